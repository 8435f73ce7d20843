// Starts Pagefind's search UI on /search/. Pagefind's files exist only in the built site, so the
// page loads its script by URL and this module starts it once that script has run.
interface PagefindUIOptions {
  element: string;
  bundlePath?: string;
  showSubResults?: boolean;
  resetStyles?: boolean;
}

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

export {};

const container = document.querySelector<HTMLElement>('#search');
if (container && window.PagefindUI) {
  container.querySelector('[data-search-fallback]')?.remove();
  new window.PagefindUI({ element: '#search', bundlePath: container.dataset.bundlePath, showSubResults: true });
  const query = new URLSearchParams(window.location.search).get('q');
  const input = container.querySelector<HTMLInputElement>('input');
  if (query && input) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
