// The release timeline's geometry, computed at build time: models by date and size. The component
// only draws it; the same points give its table.
import { scaleLog, scaleUtc } from 'd3-scale';
import type { Verdict } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';

export interface TimelinePoint {
  id: string;
  label: string;
  organization: string;
  date: string;
  size: number;
  verdict: Verdict;
  closed: boolean;
  x: number;
  y: number;
  /** Where its name fits without covering another, if anywhere; every point keeps its title. */
  labelled: LabelPlace | false;
}

/** A name's place beside its mark: right or left of it, on the line above or below. */
export type LabelPlace = 'right' | 'left' | 'right-below' | 'left-below';
const PLACES: readonly LabelPlace[] = ['right', 'left', 'right-below', 'left-below'];

export interface Tick {
  value: string;
  position: number;
}

export interface Timeline {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: TimelinePoint[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Models left out because their size is unknown. */
  unplaced: { id: string; label: string }[];
}

export function timeline(catalog: Catalog, models: readonly DerivedModel[]): Timeline {
  const width = 1200;
  const height = 560;
  const plot = { left: 64, right: width - 24, top: 16, bottom: height - 40 };
  const placed = models.filter((derived) => derived.model.parameters !== 'unknown');
  const day = (date: string) => new Date(`${date.length === 7 ? `${date}-15` : date}T00:00:00Z`);
  const size = (derived: DerivedModel) => Math.max(...(derived.model.parameters as number[]));
  const dates = placed.map((derived) => day(derived.model.release_date).getTime());
  const sizes = placed.map(size);
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates)), new Date(Math.max(...dates))])
    .nice()
    .range([plot.left, plot.right]);
  const y = scaleLog()
    .domain([Math.min(...sizes), Math.max(...sizes)])
    .nice()
    .range([plot.bottom, plot.top]);
  const points: TimelinePoint[] = placed.map((derived) => ({
    id: derived.id,
    label: derived.model.name,
    organization: catalog.organizations.get(derived.model.organization)?.name ?? derived.model.organization,
    date: derived.model.release_date,
    size: size(derived),
    verdict: derived.commercial.verdict,
    closed: derived.model.weights === 'not-released',
    x: Math.round(x(day(derived.model.release_date)) * 10) / 10,
    y: Math.round(y(size(derived)) * 10) / 10,
    labelled: false,
  }));
  placeLabels(points, plot.right);
  return {
    width,
    height,
    plot,
    points,
    xTicks: x.ticks(6).map((tick) => ({
      value:
        String(tick.getUTCFullYear()) +
        (tick.getUTCMonth() ? `-${String(tick.getUTCMonth() + 1).padStart(2, '0')}` : ''),
      position: x(tick),
    })),
    yTicks: y
      .ticks(5)
      .filter((tick) => Number.isInteger(Math.log10(tick)))
      .map((tick) => ({ value: tick < 1 ? `${tick * 1000}M` : `${tick}B`, position: y(tick) })),
    unplaced: models
      .filter((derived) => derived.model.parameters === 'unknown')
      .map((derived) => ({ id: derived.id, label: derived.model.name })),
  };
}

// Greedy label placement, largest models first: a name is drawn only where it covers no other
// name and no other point. Approximate text metrics are enough at this size.
const CHAR_WIDTH = 6.2;
function placeLabels(points: TimelinePoint[], right: number): void {
  const boxes: { left: number; top: number; right: number; bottom: number }[] = points.map((point) => ({
    left: point.x - 6,
    top: point.y - 6,
    right: point.x + 6,
    bottom: point.y + 6,
  }));
  const overlaps = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const point of [...points].sort((a, b) => b.size - a.size || a.label.localeCompare(b.label))) {
    const width = point.label.length * CHAR_WIDTH;
    // Above the mark first, right then left; then below it.
    for (const place of PLACES) {
      const left = place.startsWith('right') ? point.x + 8 : point.x - 10 - width;
      const top = place.endsWith('below') ? point.y + 4 : point.y - 18;
      const box = { left, top, right: left + width + 2, bottom: top + 14 };
      const own = (other: (typeof boxes)[number]) => other.left === point.x - 6 && other.top === point.y - 6;
      if (box.left >= 0 && box.right <= right + 20 && !boxes.some((other) => !own(other) && overlaps(box, other))) {
        point.labelled = place;
        boxes.push(box);
        break;
      }
    }
  }
}
