// Starts Pagefind's search UI on /search/. Pagefind's files exist only in the built site, so the
// page loads its script by URL and this module starts it once that script has run.
interface PagefindUIOptions {
  element: string;
  bundlePath?: string;
  showSubResults?: boolean;
  showImages?: boolean;
  resetStyles?: boolean;
}

interface Pagefind {
  filters(): Promise<unknown>;
}

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

export {};

// A Pagefind search counts only the filters whose index has loaded by then, and the UI keeps the
// filters of its first result; loading every filter first gives the first result the whole panel
// (License, Commercial use, Page). The UI imports the same module, so it reuses what is loaded.
async function loadFilterIndex(bundlePath: string): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.filters();
}

function searchFor(query: string, input: HTMLInputElement): void {
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const container = document.querySelector<HTMLElement>('#search');
const bundlePath = container?.dataset.bundlePath;
if (container && bundlePath && window.PagefindUI) {
  container.querySelector('[data-search-fallback]')?.remove();
  // No thumbnails: the first image of a model page is a badge, not a picture of the model.
  new window.PagefindUI({ element: '#search', bundlePath, showSubResults: true, showImages: false });
  const query = new URLSearchParams(window.location.search).get('q');
  const input = container.querySelector<HTMLInputElement>('input');
  // Loaded on arrival, so a query typed here meets the whole filter index too. Without it the
  // search still runs; the UI reports a missing index itself.
  void loadFilterIndex(bundlePath)
    .catch((error: unknown) => console.error('Search filters could not be loaded:', error))
    .finally(() => {
      if (query && input) searchFor(query, input);
    });
}
