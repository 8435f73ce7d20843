import { expect, test } from '@playwright/test';

// Nothing moves once painted: every shift of a page's content as it loads and its scripts run,
// summed as the browser reports it (the Cumulative Layout Shift of the Web Vitals). The CPU is
// slowed as Lighthouse does, so the first paint comes before the scripts as on a slow phone.
const PAGES = ['./', 'use/', 'models/llama-2/', 'compare/?models=llama-2,mistral-7b', 'licenses/llama-2-community/'];
const VIEWPORTS = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 800 } };

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test(`pages do not shift as they load and their scripts run, on a ${device}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const shifts: string[] = [];
    for (const path of PAGES) {
      await page.goto(path, { waitUntil: 'load' });
      // The table reads its rows when the browser is idle: give it time to do so.
      await page.waitForTimeout(1500);
      // Each shift with what moved, so a failure says where to look.
      const moved = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            new PerformanceObserver((list) => {
              const describe = ({ node, previousRect: from, currentRect: to }: LayoutShift['sources'][number]) =>
                `${node instanceof Element ? node.outerHTML.slice(0, 80) : node?.nodeName} from y=${from.y} h=${from.height} to y=${to.y} h=${to.height}`;
              resolve(
                (list.getEntries() as LayoutShift[])
                  .filter((entry) => !entry.hadRecentInput)
                  .map(
                    (entry) =>
                      `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map(describe).join('; ')}`,
                  ),
              );
            }).observe({ type: 'layout-shift', buffered: true });
            // With no shift at all the observer reports nothing.
            setTimeout(() => resolve([]), 500);
          }),
      );
      shifts.push(...moved.map((shift) => `${path}: ${shift}`));
    }
    expect(shifts).toEqual([]);
    await context.close();
  });
}
