// The static paths of every badge file, shared by the SVG and the shields.io JSON routes: each
// model's badges, and each variant's under /badges/<id>/<variant>/.
import { BADGE_KINDS } from '../../../publish/badge-snippets.ts';
import { badgeContent } from '../../../publish/badges.ts';
import { loadDerivedModels } from '../../../site/content.ts';

export async function badgePaths() {
  const { catalog, models } = await loadDerivedModels();
  return models.flatMap((derived) =>
    BADGE_KINDS.map((kind) => ({
      params: { id: derived.id, kind },
      props: { content: badgeContent(catalog, derived, kind) },
    })),
  );
}

export async function variantBadgePaths() {
  const { catalog, models } = await loadDerivedModels();
  return models.flatMap((derived) =>
    derived.variants.flatMap((variant) =>
      BADGE_KINDS.map((kind) => ({
        params: { id: derived.id, variant: variant.variant!.id, kind },
        props: { content: badgeContent(catalog, derived, kind, variant) },
      })),
    ),
  );
}
