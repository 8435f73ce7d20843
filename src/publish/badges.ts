// Badges for READMEs: the same label, message and color as an SVG (drawn by shields.io's own
// badge-maker, which escapes every text) and as a shields.io endpoint JSON. Their addresses and
// the snippets that embed them are in badge-snippets.ts, which the browser can load too.
import { makeBadge } from 'badge-maker';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel, DerivedRelease } from '../derive/model.ts';
import { VERDICT_NAME, verdictText } from '../present/labels.ts';
import { CATEGORY_COLORS, scoreColor, VERDICT_COLORS } from '../present/palette.ts';
import type { BadgeContent, BadgeKind } from './badge-snippets.ts';

/** The commercial-use message: the verdict, or every verdict in the model when its variants differ. */
function verdictMessage(derived: DerivedModel, release: DerivedRelease | undefined): string {
  if (release) return verdictText(release.commercial.verdict, release.commercial.unread).toLowerCase();
  const labels = [
    ...new Set(
      derived.releases.map(({ commercial }) => verdictText(commercial.verdict, commercial.unread).toLowerCase()),
    ),
  ];
  return derived.verdictVaries ? `varies: ${labels.join(', ')}` : labels[0]!;
}

/** A model's badge, or one variant's (its own license and verdict, the model's openness). */
export function badgeContent(
  catalog: Catalog,
  derived: DerivedModel,
  kind: BadgeKind,
  release?: DerivedRelease,
): BadgeContent {
  switch (kind) {
    case 'license': {
      const id = release?.license ?? derived.model.license;
      const license = catalog.licenses.get(id);
      return {
        label: 'license',
        message: license?.spdx ?? license?.name ?? id,
        color: CATEGORY_COLORS[license?.category ?? 'proprietary'],
      };
    }
    case 'commercial': {
      const verdict = (release ?? derived).commercial.verdict;
      return {
        label: VERDICT_NAME.toLowerCase(),
        message: verdictMessage(derived, release),
        color: VERDICT_COLORS[verdict],
      };
    }
    case 'openness': {
      const { score, mofClass } = derived.openness;
      return {
        label: 'openness',
        message: `${score.toFixed(2)}${mofClass ? ` · MOF ${mofClass}` : ''}`,
        color: scoreColor(score),
      };
    }
  }
}

export function badgeSvg(content: BadgeContent): string {
  // flat-square: a few hundred bytes, no gradient or filter.
  return makeBadge({ label: content.label, message: content.message, color: content.color, style: 'flat-square' });
}

/** shields.io's endpoint format: https://shields.io/badges/endpoint-badge */
export function shieldsEndpoint(content: BadgeContent) {
  return { schemaVersion: 1, label: content.label, message: content.message, color: content.color.replace(/^#/, '') };
}
