import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';

/** Reloads the page: the way on after a crash or a part that could not be loaded. */
export function ReloadButton({ size, sx }: { size?: 'small' | 'medium'; sx?: SxProps<Theme> }) {
  return (
    <Button
      variant="outlined"
      color="inherit"
      size={size}
      sx={sx}
      onClick={() => {
        window.location.reload();
      }}
    >
      Reload
    </Button>
  );
}
