// Registration is recorded once: as a clause of the license (it must be read in the license
// text) or as the weights' access (gated or on request). The two may not disagree.
import type { Problem } from '../../data/entry-files.ts';
import { releasesOf } from '../../derive/releases.ts';
import { problemAt, type CatalogRule } from '../rule.ts';

export const registration: CatalogRule = {
  name: 'registration',
  checks:
    'Weights under a license that itself requires registration are not recorded as open (downloadable without a gate).',
  scope: 'catalog',
  check({ entries, catalog }) {
    const byId = new Map(entries.filter((e) => e.collection === 'models').map((entry) => [entry.id, entry]));
    const problems: Problem[] = [];
    for (const id of catalog.models.keys()) {
      releasesOf(catalog, id).forEach((found, index) => {
        const registers = catalog.licenses.get(found.license)?.clauses.registration_required.applies === true;
        if (!registers || found.weights !== 'open') return;
        const path =
          index === 0 ? ['weights'] : ['variants', index - 1, found.variant?.weights ? 'weights' : 'license'];
        problems.push(
          problemAt(
            byId.get(id)!,
            path,
            `${found.name}'s license (${found.license}) requires registration, but its weights are recorded as open`,
            'record registration once: weights: gated or on-request when downloads need an account or an application, and registration_required: true only when the license text itself requires it',
          ),
        );
      });
    }
    return problems;
  },
};
