// Geometry of the site's pictures, computed at build time; components only draw it. Every
// picture also has a plain data form for its text alternative.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { scaleLog, scaleUtc } from 'd3-scale';
import { LICENSE_CATEGORIES, VERDICTS, type LicenseCategory, type Verdict } from '../schema/index.ts';
import type { Catalog } from './catalog.ts';
import type { DerivedModel } from './derive.ts';
import { truncate } from './format.ts';

// ---- lineage tree ----

export interface LineageNode {
  kind: 'model' | 'data';
  /** Model id, or the dataset's name. */
  id: string;
  label: string;
  verdict?: Verdict;
  /** For data: the license id of its binding terms. */
  terms?: string;
  /** The model it was tuned from, or the model a dataset binds. */
  parent?: string;
  x: number;
  y: number;
}

export interface LineageEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
  kind: 'fine-tune' | 'data';
}

export interface Lineage {
  width: number;
  height: number;
  nodes: LineageNode[];
  edges: LineageEdge[];
}

interface TreeDatum {
  kind: 'root' | 'model' | 'data';
  id: string;
  label: string;
  verdict?: Verdict;
  terms?: string;
  children: TreeDatum[];
}

const ROW = 34;
const COLUMN = 270;
// Approximate width of a 12px label, so edges start after the parent's name instead of crossing it.
const LABEL_CHAR = 6.6;
const MARGIN = { top: 20, right: 300, bottom: 20, left: 20 };

/**
 * The fine-tuning families: every model with a base model or a descendant, its binding training
 * data as inputs. `focus` limits it to one model's family (its root and everything under it),
 * found from the model itself, so a page per model costs its family, not the whole atlas.
 */
export function lineage(byId: ReadonlyMap<string, DerivedModel>, focus?: string): Lineage {
  const inFamily = (derived: DerivedModel) => derived.model.base_model !== undefined || derived.children.length > 0;
  const rootOf = (derived: DerivedModel) => derived.ancestors.at(-1) ?? derived.id;
  const focused = focus === undefined ? undefined : byId.get(focus);
  if (focus !== undefined && !focused) throw new Error(`no model "${focus}"`);
  const candidates = focused ? [byId.get(rootOf(focused))].filter((root) => root !== undefined) : [...byId.values()];
  const roots = candidates
    .filter((derived) => inFamily(derived) && derived.model.base_model === undefined)
    .sort((a, b) => a.model.name.localeCompare(b.model.name));
  const build = (derived: DerivedModel): TreeDatum => ({
    kind: 'model', id: derived.id, label: derived.model.name, verdict: derived.commercial.verdict,
    children: [
      ...(derived.model.training_data ?? []).filter((data) => data.binding).map((data): TreeDatum => ({ kind: 'data', id: data.name, label: truncate(data.name, 40), terms: data.terms, children: [] })),
      ...derived.children.map((child) => build(byId.get(child)!)),
    ],
  });
  const root = hierarchy<TreeDatum>({ kind: 'root', id: '', label: '', children: roots.map(build) });
  const laidOut = tree<TreeDatum>().nodeSize([ROW, COLUMN])(root);
  const points = laidOut.descendants().filter((node) => node.data.kind !== 'root');
  if (points.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const minX = Math.min(...points.map((node) => node.x));
  const maxX = Math.max(...points.map((node) => node.x));
  // d3's tree grows downward (x across, y down); drawn left to right, so swap the axes.
  const position = (node: HierarchyPointNode<TreeDatum>) => ({ x: MARGIN.left + (node.depth - 1) * COLUMN, y: MARGIN.top + node.x - minX });
  return {
    width: MARGIN.left + (Math.max(...points.map((node) => node.depth)) - 1) * COLUMN + MARGIN.right,
    height: MARGIN.top + maxX - minX + MARGIN.bottom,
    nodes: points.map((node) => ({
      kind: node.data.kind as 'model' | 'data', id: node.data.id, label: node.data.label, verdict: node.data.verdict, terms: node.data.terms,
      parent: node.parent?.data.kind === 'model' ? node.parent.data.label : undefined, ...position(node),
    })),
    edges: points.filter((node) => node.parent && node.parent.data.kind !== 'root').map((node) => ({
      from: { x: position(node.parent!).x + 16 + node.parent!.data.label.length * LABEL_CHAR, y: position(node.parent!).y },
      to: position(node),
      kind: node.data.kind === 'data' ? 'data' : 'fine-tune',
    })),
  };
}

// ---- release timeline ----

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
  labelled: 'right' | 'left' | false;
}

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
  const width = 960;
  const height = 480;
  const plot = { left: 64, right: width - 24, top: 16, bottom: height - 40 };
  const placed = models.filter((derived) => derived.model.parameters !== 'unknown');
  const day = (date: string) => new Date(`${date.length === 7 ? `${date}-15` : date}T00:00:00Z`);
  const size = (derived: DerivedModel) => Math.max(...(derived.model.parameters as number[]));
  const dates = placed.map((derived) => day(derived.model.release_date).getTime());
  const sizes = placed.map(size);
  const x = scaleUtc().domain([new Date(Math.min(...dates)), new Date(Math.max(...dates))]).nice().range([plot.left, plot.right]);
  const y = scaleLog().domain([Math.min(...sizes), Math.max(...sizes)]).nice().range([plot.bottom, plot.top]);
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
    width, height, plot, points,
    xTicks: x.ticks(6).map((tick) => ({ value: String(tick.getUTCFullYear()) + (tick.getUTCMonth() ? `-${String(tick.getUTCMonth() + 1).padStart(2, '0')}` : ''), position: x(tick) })),
    yTicks: y.ticks(5).filter((tick) => Number.isInteger(Math.log10(tick))).map((tick) => ({ value: tick < 1 ? `${tick * 1000}M` : `${tick}B`, position: y(tick) })),
    unplaced: models.filter((derived) => derived.model.parameters === 'unknown').map((derived) => ({ id: derived.id, label: derived.model.name })),
  };
}

// Greedy label placement, largest models first: a name is drawn only where it covers no other
// name and no other point. Approximate text metrics are enough at this size.
const CHAR_WIDTH = 6.2;
function placeLabels(points: TimelinePoint[], right: number): void {
  const boxes: { left: number; top: number; right: number; bottom: number }[] = points.map((point) => ({ left: point.x - 6, top: point.y - 6, right: point.x + 6, bottom: point.y + 6 }));
  const overlaps = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const point of [...points].sort((a, b) => b.size - a.size || a.label.localeCompare(b.label))) {
    const width = point.label.length * CHAR_WIDTH;
    // Right of the mark first, then left of it.
    for (const side of ['right', 'left'] as const) {
      const left = side === 'right' ? point.x + 8 : point.x - 10 - width;
      const box = { left, top: point.y - 18, right: left + width + 2, bottom: point.y - 4 };
      const own = (other: (typeof boxes)[number]) => other.left === point.x - 6 && other.top === point.y - 6;
      if (box.right <= right + 20 && !boxes.some((other) => !own(other) && overlaps(box, other))) {
        point.labelled = side;
        boxes.push(box);
        break;
      }
    }
  }
}

// ---- license map ----

export interface LicenseMapCell {
  category: LicenseCategory;
  verdict: Verdict;
  count: number;
}

/** How many models fall under each license category and verdict, every pair listed. */
export function licenseMap(catalog: Catalog, models: readonly DerivedModel[]): LicenseMapCell[] {
  return LICENSE_CATEGORIES.flatMap((category) => VERDICTS.map((verdict) => ({
    category,
    verdict,
    count: models.filter((derived) => catalog.licenses.get(derived.model.license)?.category === category && derived.commercial.verdict === verdict).length,
  })));
}
