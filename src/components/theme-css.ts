import type { Theme } from '@mui/material/styles';

type Sheet = Record<string, Record<string, string | number>>;

/**
 * The theme's CSS variables (both colour schemes) as a style sheet: what MUI's ThemeProvider would
 * inject at run time, written out once (`theme-vars.css`) so that the first screen, which has no
 * MUI, has the very same colours. Nothing else reads this at run time.
 */
export function themeVarsCss(theme: Theme): string {
  const sheets = (theme as unknown as { generateStyleSheets: () => Sheet[] }).generateStyleSheets();
  const blocks: string[] = [];
  for (const sheet of sheets) {
    for (const [selector, declarations] of Object.entries(sheet)) {
      const lines = Object.entries(declarations).map(
        ([property, value]) => `  ${cssProperty(property)}: ${String(value)};`,
      );
      blocks.push(`${selector} {\n${lines.join('\n')}\n}`);
    }
  }
  return `/* Generated from components/theme.ts by theme-vars.test.ts (UPDATE_THEME_VARS=1). */\n${blocks.join('\n')}\n`;
}

function cssProperty(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
