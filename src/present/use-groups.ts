// "Can I use it?" lists releases (a model's main weights, and each variant whose terms differ from
// them) in groups that share their terms: the same verdict and the same clauses blocking the same
// uses. Many models share a license, so a clause is told once for its group rather than once for
// each model. Each clause that binds only above a number or in some regions carries its condition,
// so the page's script can weigh it against a user's own numbers.
import type { Use, Verdict } from '../schema/vocabulary.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel, DerivedRelease } from '../derive/model.ts';
import type { Condition } from './conditions.ts';
import { blockingReasons, conditionOf, type BlockingReason } from './reasons.ts';
import { modelHref, releaseHref } from '../site/urls.ts';

/** A reason behind a verdict, as the script needs it to weigh the verdict for a user's numbers. */
export interface VerdictReason {
  /** What the reason makes the verdict on its own. */
  effect: Exclude<Verdict, 'yes'>;
  condition?: Condition;
}

export interface UseGroup {
  /** In the order given, so the newest model of the group comes first. */
  members: { ref: string; name: string; href: string }[];
  verdict: Verdict;
  /** The verdict rests on a license whose every clause is unconfirmed. */
  unread: boolean;
  verdictReasons: VerdictReason[];
  /** The uses no clause blocks: the same for every member of the group, as its reasons are. */
  allows: Use[];
  reasons: BlockingReason[];
}

function verdictReasons(catalog: Catalog, release: DerivedRelease): VerdictReason[] {
  const effect = release.commercial.verdict === 'no' ? 'no' : 'conditional';
  return release.commercial.reasons.map((reason) => {
    const condition = conditionOf(catalog, reason);
    return condition ? { effect, condition } : { effect };
  });
}

/** What sets a release's terms apart: equal keys, one group. */
function termsKey(catalog: Catalog, release: DerivedRelease): string {
  return JSON.stringify([
    release.commercial.verdict,
    release.commercial.unread,
    verdictReasons(catalog, release),
    blockingReasons(catalog, release.allows),
  ]);
}

/** The releases of every model in groups of shared terms, ordered by each group's first member. */
export function groupBySharedTerms(catalog: Catalog, models: readonly DerivedModel[]): UseGroup[] {
  const groups = new Map<string, UseGroup>();
  for (const derived of models) {
    const [main, ...variants] = derived.releases;
    const mainKey = termsKey(catalog, main!);
    // A variant under the main weights' terms is told with its model; one under others, apart.
    const apart = variants.filter((variant) => termsKey(catalog, variant) !== mainKey);
    for (const release of [main!, ...apart]) {
      const key = termsKey(catalog, release);
      let group = groups.get(key);
      if (!group) {
        group = {
          members: [],
          verdict: release.commercial.verdict,
          unread: release.commercial.unread,
          verdictReasons: verdictReasons(catalog, release),
          allows: USE_NAMES.filter((use) => release.allows[use].allowed),
          reasons: blockingReasons(catalog, release.allows),
        };
        groups.set(key, group);
      }
      const href = release.variant ? releaseHref(derived.id, release.variant.id) : modelHref(derived.id);
      group.members.push({ ref: release.ref, name: release.name, href });
    }
  }
  return [...groups.values()];
}
