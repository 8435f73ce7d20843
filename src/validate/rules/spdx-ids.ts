import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import type { Problem } from '../../data/entry-files.ts';
import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type CatalogRule } from '../rule.ts';
import { nearestName } from '../suggest.ts';

const SPDX_IDS: readonly string[] = spdxIds;
const KNOWN = new Set(SPDX_IDS);

export const spdxIdsRule: CatalogRule = {
  name: 'spdx-ids',
  checks: "A license's spdx field is an identifier on the SPDX license list, or null.",
  scope: 'catalog',
  check({ entries }) {
    const problems: Problem[] = [];
    for (const entry of entries.filter((e) => e.collection === 'licenses')) {
      const spdx = fieldsOf(entry.data)?.spdx;
      if (typeof spdx !== 'string' || KNOWN.has(spdx)) continue;
      const guess = nearestName(spdx, SPDX_IDS);
      const hint = `${guess ? `did you mean "${guess}"? ` : ''}Use null when the license has no SPDX id`;
      problems.push(problemAt(entry, ['spdx'], `"${spdx}" is not on the SPDX license list`, hint));
    }
    return problems;
  },
};
