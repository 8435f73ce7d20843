// What the home page says about the catalog itself: which releases it covers, how recently its
// entries were checked against their sources, and which models are there only for reference.
import type { DerivedModel } from '../derive/model.ts';

export interface Coverage {
  models: number;
  organizations: number;
  /** Earliest and latest release dates (YYYY-MM-DD). */
  firstRelease: string;
  lastRelease: string;
  /** The most recent and the oldest `last_verified` of any entry. */
  lastChecked: string;
  oldestCheck: string;
  /** Models whose weights were never released: reference points, not open models. */
  closed: { id: string; name: string }[];
}

const earliest = (dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));
const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

export function catalogCoverage(models: readonly DerivedModel[]): Coverage {
  const released = models.map(({ model }) => model.release_date);
  const checked = models.map(({ model }) => model.last_verified);
  return {
    models: models.length,
    organizations: new Set(models.map(({ model }) => model.organization)).size,
    firstRelease: earliest(released),
    lastRelease: latest(released),
    lastChecked: latest(checked),
    oldestCheck: earliest(checked),
    closed: models
      .filter(({ model }) => model.weights === 'not-released')
      .map(({ id, model }) => ({ id, name: model.name })),
  };
}

/** "July 2023" from "2023-07-18" or "2023-07", in English, whatever the build machine's locale. */
export function monthYear(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, (month ?? 1) - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
