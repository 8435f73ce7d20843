// The license map's data: how many models fall under each license category and verdict.
import { LICENSE_CATEGORIES, VERDICTS, type LicenseCategory, type Verdict } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';

export interface LicenseMapCell {
  category: LicenseCategory;
  verdict: Verdict;
  count: number;
}

/** How many models fall under each license category and verdict, every pair listed. */
export function licenseMap(catalog: Catalog, models: readonly DerivedModel[]): LicenseMapCell[] {
  return LICENSE_CATEGORIES.flatMap((category) =>
    VERDICTS.map((verdict) => ({
      category,
      verdict,
      count: models.filter(
        (derived) =>
          catalog.licenses.get(derived.model.license)?.category === category && derived.commercial.verdict === verdict,
      ).length,
    })),
  );
}
