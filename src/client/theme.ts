// The header's theme toggle. The page follows the system until the visitor picks a theme; the
// choice is kept in localStorage and applied before paint by the inline script in Base.astro.
// Its visible state (a switch and "on"/"off") follows the theme in CSS; aria-pressed tells it here.
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

const effectiveTheme = () => root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light');

function show(): void {
  if (button) button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
}

if (button) {
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      window.localStorage.setItem('theme', next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    show();
  });
  systemDark.addEventListener('change', show);
  show();
}
