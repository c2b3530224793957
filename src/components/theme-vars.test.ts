import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { themeVarsCss } from './theme-css';
import { theme } from './theme';

const file = fileURLToPath(new URL('./theme-vars.css', import.meta.url));

test('theme-vars.css holds exactly the variables the theme defines (regenerate with UPDATE_THEME_VARS=1)', () => {
  const css = themeVarsCss(theme);
  if (process.env.UPDATE_THEME_VARS === '1') writeFileSync(file, css);
  expect(readFileSync(file, 'utf8')).toBe(css);
});

test('both schemes are there: the light one on :root and .light, the dark one on .dark', () => {
  const css = themeVarsCss(theme);
  const block = (selector: string) => css.split(`\n${selector} {\n`)[1]?.split('\n}')[0] ?? '';
  expect(block(':root, .light')).toContain('color-scheme: light;');
  expect(block(':root, .light')).toContain('--mui-palette-primary-main: #0b5cad;');
  expect(block('.dark')).toContain('color-scheme: dark;');
  expect(block('.dark')).toContain('--mui-palette-primary-main: #7db7ff;');
});
