// A clause limited to multimodal models binds a release only if it takes more than text. A model
// under such a license must say what it takes, or the site would quietly treat it as text-only.
import type { Problem } from '../../data/entry-files.ts';
import { releasesOf } from '../../derive/releases.ts';
import { CLAUSE_NAMES } from '../../schema/index.ts';
import { problemAt, type CatalogRule } from '../rule.ts';

export const modalities: CatalogRule = {
  name: 'modalities',
  checks: 'A model or variant under a license with a clause limited to multimodal models states its modalities.',
  scope: 'catalog',
  check({ entries, catalog }) {
    const byId = new Map(entries.filter((e) => e.collection === 'models').map((entry) => [entry.id, entry]));
    const problems: Problem[] = [];
    for (const [id, model] of catalog.models) {
      releasesOf(catalog, id).forEach((found, index) => {
        const license = catalog.licenses.get(found.license);
        const scoped = CLAUSE_NAMES.filter(
          (name) => license?.clauses[name].only_for === 'multimodal' && license.clauses[name].applies !== false,
        );
        const stated = index === 0 ? model.modalities : (found.variant?.modalities ?? model.modalities);
        if (scoped.length === 0 || stated !== undefined) return;
        problems.push(
          problemAt(
            byId.get(id)!,
            index === 0 ? ['license'] : ['variants', index - 1],
            `${found.license} has clauses that bind only multimodal models (${scoped.join(', ')}), but ${found.name} does not say what it takes as input`,
            'add modalities: [text] for a text-only model, or e.g. [text, image], with sources.modalities',
          ),
        );
      });
    }
    return problems;
  },
};
