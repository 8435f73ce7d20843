// What the home page says about the catalog itself: which releases it covers, how recently its
// entries were checked against their sources, and which models are there only for reference.
import type { DerivedModel } from '../derive/model.ts';
import { WEIGHTS_ACCESS } from '../schema/vocabulary.ts';
import { EMPTY_STATE, serializeTableState } from './table-state.ts';

/** The table's query that leaves out the models whose weights were never released. */
export const RELEASED_ONLY_QUERY = serializeTableState({
  ...EMPTY_STATE,
  weights: WEIGHTS_ACCESS.filter((access) => access !== 'not-released'),
});

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
