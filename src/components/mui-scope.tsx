import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { theme } from './theme';

/**
 * MUI's theme for a part drawn with MUI components (the places other than the catalog, the
 * dialogs, menus and drawers), loaded with that part (themed.tsx). It only provides the theme:
 * the colour variables are static (theme-vars.css), and the scheme on `<html>` and the saved
 * choice belong to color-mode.ts, so it neither injects a style sheet, nor stores, nor sets a class.
 */
export function MuiScope({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider
      theme={theme}
      colorSchemeNode={null}
      storageManager={null}
      storageWindow={null}
      disableStyleSheetGeneration
    >
      {children}
    </ThemeProvider>
  );
}
