// Writes the palette's page colours (src/present/palette.ts) as CSS variables, so the stylesheet
// names a verdict's colour without holding its shade. Loaded by global.css with @plugin.
import plugin from 'tailwindcss/plugin';
import { PAGE_VERDICT_COLORS, type Shades } from '../present/palette.ts';

type Theme = keyof Shades;

function verdictVariables(theme: Theme): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [verdict, { mark, background, text }] of Object.entries(PAGE_VERDICT_COLORS)) {
    variables[`--verdict-${verdict}`] = `var(--color-${mark[theme]})`;
    variables[`--verdict-${verdict}-background`] = `var(--color-${background[theme]})`;
    variables[`--verdict-${verdict}-text`] = `var(--color-${text[theme]})`;
  }
  return variables;
}

export default plugin(({ addBase }) => {
  addBase({
    ':root': { ...verdictVariables('light'), '@variant dark': verdictVariables('dark') },
  });
});
