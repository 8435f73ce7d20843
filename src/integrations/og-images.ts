// Draws every missing Open Graph card before the pages are built, on as many threads as the
// machine has cores. Astro renders its routes one at a time, so drawing thousands of cards inside
// the image route would use one core; the route then finds each card in the cache.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { deriveAll } from '../derive/model.ts';
import { isCached, modelCard, SITE_CARD, type OgCard } from '../publish/og-image.ts';
import { validatedContent } from './validated-content.ts';

// Below this, starting threads costs more than it saves.
const CARDS_PER_THREAD = 16;
// A thread draws at most this many cards, then exits. resvg keeps each card's pixels (about 3 MB)
// outside V8's heap, where they put no pressure on the garbage collector: a thread drawing
// thousands of cards grew by gigabytes. An exiting thread gives everything back.
const CARDS_PER_WORKER = 250;

function drawOnThread(cards: OgCard[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../publish/og-image-worker.ts', import.meta.url), { workerData: cards });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the image thread stopped with code ${code}`)),
    );
  });
}

export default function ogImagesIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'open-llm-atlas:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const { problems, catalog } = validatedContent(root);
        // Content problems stop the build elsewhere, with their messages.
        if (problems.length > 0) return;
        const missing = [SITE_CARD, ...deriveAll(catalog).map((derived) => modelCard(catalog, derived))].filter(
          (card) => !isCached(card),
        );
        const threads = Math.min(availableParallelism(), Math.floor(missing.length / CARDS_PER_THREAD));
        if (threads < 1) return;
        const started = performance.now();
        const batches = Array.from({ length: Math.ceil(missing.length / CARDS_PER_WORKER) }, (_, batch) =>
          missing.slice(batch * CARDS_PER_WORKER, (batch + 1) * CARDS_PER_WORKER),
        );
        const drawBatches = async () => {
          for (let batch = batches.shift(); batch; batch = batches.shift()) await drawOnThread(batch);
        };
        await Promise.all(Array.from({ length: threads }, drawBatches));
        logger.info(
          `drew ${missing.length} Open Graph images on ${threads} threads in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
