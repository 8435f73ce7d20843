// Scheduling for work that can wait: the table packs its off-screen rows and writes the URL when
// the browser has nothing better to do.

/** Runs a task when the browser is idle, or after `timeout` ms at the latest. */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeout: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback((deadline) => task(deadline), { timeout });
  else setTimeout(() => task(), Math.min(timeout, 100));
}

/**
 * Lets the browser render a frame before `task`. Rows moved inside groups skipped off screen ask
 * for no frame, so Chromium's link bookkeeping (its navigation predictor looks at every link put
 * into the page) would wait for the next one: the next sort's frame, at 5,000 rows 30 to 45 ms
 * late. A frame after each slice of packing settles each slice's links in idle time.
 */
export function afterNextFrame(task: () => void): void {
  requestAnimationFrame(() => task());
}
