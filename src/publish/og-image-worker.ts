// Draws the Open Graph cards it is given into the image cache, on its own thread.
import { workerData } from 'node:worker_threads';
import { ogImage, type OgCard } from './og-image.ts';

for (const card of workerData as OgCard[]) await ogImage(card);
