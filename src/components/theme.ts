import { createTheme } from '@mui/material/styles';

/** Light and dark, following the system until the user picks one. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#0b5cad' }, background: { default: '#f5f7fa' } } },
    dark: {
      palette: {
        primary: { main: '#7db7ff' },
        error: { main: '#ff8a80' },
        background: { default: '#0f1419' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    // A focus ring people can see, on every button-like control.
    MuiButtonBase: {
      // Rows render dozens of buttons at a time; ripples cost more than they tell.
      defaultProps: { disableRipple: true },
      styleOverrides: {
        root: ({ theme }) => ({
          '&.Mui-focusVisible': {
            outline: `2px solid ${theme.vars.palette.primary.main}`,
            outlineOffset: 2,
          },
        }),
      },
    },
  },
});

// The theme uses CSS variables: ThemeProvider takes the props that go with them (mui-scope.tsx).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}
