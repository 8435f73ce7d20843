// The lineage picture's geometry, computed at build time: the fine-tuning families as a tree, with
// binding training data as inputs. The component only draws it; the same nodes give its list.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Verdict } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';
import { splitRef } from '../derive/releases.ts';
import { effectiveTerms } from '../derive/terms.ts';
import { truncate } from './format.ts';

export interface LineageNode {
  kind: 'model' | 'data';
  /** Model id, or dataset id. */
  id: string;
  /** A variant tuned from another base than its model's: its id within the model. */
  variant?: string;
  /** The whole name, for the tooltip and the list. */
  label: string;
  /** The name as drawn: a dataset's long name is cut so it does not run into the next column. */
  short: string;
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

export interface LineageLayout {
  width: number;
  height: number;
  nodes: LineageNode[];
  edges: LineageEdge[];
}

interface TreeDatum {
  kind: 'root' | 'model' | 'data';
  id: string;
  variant?: string;
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

/** The datasets, as a model lists them, whose terms reach its main weights. */
function bindingData(catalog: Catalog, id: string): string[] {
  const ids = effectiveTerms(catalog, id).flatMap((term) =>
    term.origin.kind === 'training_data' ? [term.origin.via ?? term.origin.dataset] : [],
  );
  return [...new Set(ids)];
}

/**
 * Variants tuned from another model than their own model's base (a distill of Llama released
 * with DeepSeek-R1, say), as leaves under that base model, keyed by its id.
 */
function variantsByBase(byId: ReadonlyMap<string, DerivedModel>): Map<string, TreeDatum[]> {
  const byBase = new Map<string, TreeDatum[]>();
  const modelOf = (ref: string | undefined) => (ref === undefined ? undefined : splitRef(ref).modelId);
  for (const derived of byId.values()) {
    const modelBase = modelOf(derived.model.base_model);
    for (const release of derived.variants) {
      const base = modelOf(release.variant?.base_model);
      if (base === undefined || base === derived.id || base === modelBase || !byId.has(base)) continue;
      const leaf: TreeDatum = {
        kind: 'model',
        id: derived.id,
        variant: release.variant!.id,
        label: release.name,
        verdict: release.commercial.verdict,
        children: [],
      };
      byBase.set(base, [...(byBase.get(base) ?? []), leaf]);
    }
  }
  return byBase;
}

/**
 * The fine-tuning families: every model with a base model or a descendant, its binding training
 * data as inputs. `focus` limits it to one model's family (its root and everything under it),
 * found from the model itself, so a page per model costs its family, not the whole atlas.
 */
export function lineageTree(catalog: Catalog, byId: ReadonlyMap<string, DerivedModel>, focus?: string): LineageLayout {
  const tunedVariants = variantsByBase(byId);
  const inFamily = (derived: DerivedModel) =>
    derived.model.base_model !== undefined || derived.children.length > 0 || tunedVariants.has(derived.id);
  const rootOf = (derived: DerivedModel) => derived.ancestors.at(-1) ?? derived.id;
  const focused = focus === undefined ? undefined : byId.get(focus);
  if (focus !== undefined && !focused) throw new Error(`no model "${focus}"`);
  const candidates = focused ? [byId.get(rootOf(focused))].filter((root) => root !== undefined) : [...byId.values()];
  const roots = candidates
    .filter((derived) => inFamily(derived) && derived.model.base_model === undefined)
    .sort((a, b) => a.model.name.localeCompare(b.model.name));
  const build = (derived: DerivedModel): TreeDatum => ({
    kind: 'model',
    id: derived.id,
    label: derived.model.name,
    verdict: derived.commercial.verdict,
    children: [
      ...bindingData(catalog, derived.id).map((id): TreeDatum => ({
        kind: 'data',
        id,
        label: catalog.datasets.get(id)?.name ?? id,
        terms: catalog.datasets.get(id)?.license,
        children: [],
      })),
      ...derived.children.map((child) => build(byId.get(child)!)),
      ...(tunedVariants.get(derived.id) ?? []),
    ],
  });
  const root = hierarchy<TreeDatum>({ kind: 'root', id: '', label: '', children: roots.map(build) });
  const laidOut = tree<TreeDatum>().nodeSize([ROW, COLUMN])(root);
  const points = laidOut.descendants().filter((node) => node.data.kind !== 'root');
  if (points.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const minX = Math.min(...points.map((node) => node.x));
  const maxX = Math.max(...points.map((node) => node.x));
  // d3's tree grows downward (x across, y down); drawn left to right, so swap the axes.
  const position = (node: HierarchyPointNode<TreeDatum>) => ({
    x: MARGIN.left + (node.depth - 1) * COLUMN,
    y: MARGIN.top + node.x - minX,
  });
  return {
    width: MARGIN.left + (Math.max(...points.map((node) => node.depth)) - 1) * COLUMN + MARGIN.right,
    height: MARGIN.top + maxX - minX + MARGIN.bottom,
    nodes: points.map((node) => ({
      kind: node.data.kind as 'model' | 'data',
      id: node.data.id,
      ...(node.data.variant ? { variant: node.data.variant } : {}),
      label: node.data.label,
      short: node.data.kind === 'data' ? truncate(node.data.label, 40) : node.data.label,
      verdict: node.data.verdict,
      terms: node.data.terms,
      parent: node.parent?.data.kind === 'model' ? node.parent.data.label : undefined,
      ...position(node),
    })),
    edges: points
      .filter((node) => node.parent && node.parent.data.kind !== 'root')
      .map((node) => ({
        from: {
          x: position(node.parent!).x + 16 + node.parent!.data.label.length * LABEL_CHAR,
          y: position(node.parent!).y,
        },
        to: position(node),
        kind: node.data.kind === 'data' ? 'data' : 'fine-tune',
      })),
  };
}
