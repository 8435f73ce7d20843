// Open Graph images, one per model, drawn at build time (satori lays out, resvg rasterises) and
// cached by content: an unchanged model costs nothing on the next build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Verdict } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';
import { truncate } from '../present/format.ts';
import { VERDICT_LABELS, VERDICT_NAME } from '../present/labels.ts';
import { CARD_COLORS, VERDICT_COLORS } from '../present/palette.ts';

export interface OgCard {
  title: string;
  summary: string;
  /** A model's terms; the site's own card has none. */
  terms?: { verdict: Verdict; license: string; openness: string };
}

const WIDTH = 1200;
const HEIGHT = 630;
// Satori sizes boxes without their padding, so the card's content box is the image less it.
const PADDING = 64;
// Bump when the drawing changes, so cached images are redrawn.
const DESIGN_VERSION = 5;
// OG_IMAGE_CACHE_DIR moves the cache, e.g. so the benchmark can measure a cold and a warm build.
const CACHE_DIR = process.env.OG_IMAGE_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'open-llm-atlas-og');

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

const verdictText = (verdict: Verdict) => `${VERDICT_NAME}: ${VERDICT_LABELS[verdict].toLowerCase()}`;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const box = (style: Record<string, unknown>, children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

async function draw(card: OgCard): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const tree = box(
    {
      width: WIDTH - 2 * PADDING,
      height: HEIGHT - 2 * PADDING,
      padding: PADDING,
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: CARD_COLORS.background,
      color: CARD_COLORS.title,
      fontFamily: 'Inter',
    },
    [
      box({ fontSize: 30, color: CARD_COLORS.brand, fontWeight: 700 }, 'Open LLM Atlas'),
      box({ flexDirection: 'column', gap: 24, width: WIDTH - 2 * PADDING }, [
        box({ fontSize: 72, fontWeight: 700, lineHeight: 1.1, width: '100%' }, truncate(card.title, 40)),
        box({ fontSize: 30, color: CARD_COLORS.summary, lineHeight: 1.35, width: '100%' }, truncate(card.summary, 190)),
      ]),
      card.terms
        ? box({ gap: 20, alignItems: 'center', fontSize: 28 }, [
            box(
              {
                background: VERDICT_COLORS[card.terms.verdict],
                color: CARD_COLORS.onVerdict,
                padding: '10px 20px',
                borderRadius: 10,
                fontWeight: 700,
              },
              verdictText(card.terms.verdict),
            ),
            box({ color: CARD_COLORS.detail }, truncate(card.terms.license, 40)),
            box({ color: CARD_COLORS.detail }, `Openness ${card.terms.openness}`),
          ])
        : box(
            { fontSize: 28, color: CARD_COLORS.detail },
            'Licenses, commercial use and openness, every fact sourced.',
          ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}

/** The site's own card, for pages that are not about one model. */
export const SITE_CARD: OgCard = {
  title: 'Which open LLM may I use?',
  summary:
    'Open large language models compared: what each license allows, derived clause by clause, with a source for every fact.',
};

/** A model's card: its name, summary and terms. */
export function modelCard(catalog: Catalog, { model, commercial, openness }: DerivedModel): OgCard {
  return {
    title: model.name,
    summary: model.summary,
    terms: {
      verdict: commercial.verdict,
      license: catalog.licenses.get(model.license)?.name ?? model.license,
      openness: openness.score.toFixed(2),
    },
  };
}

const cacheFile = (card: OgCard) =>
  join(CACHE_DIR, `${createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, card })).digest('hex')}.png`);

/** Whether a card was drawn before (so a build gets it for nothing). */
export const isCached = (card: OgCard): boolean => existsSync(cacheFile(card));

/** The PNG for a card, from the cache when the same card was drawn before. */
export async function ogImage(card: OgCard): Promise<Buffer> {
  const file = cacheFile(card);
  try {
    return readFileSync(file);
  } catch {
    const png = await draw(card);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, png);
    return png;
  }
}
