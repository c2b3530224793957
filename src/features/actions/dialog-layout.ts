import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';

/**
 * Dialogs with a form fill a phone's screen: the 32 px margins of a floating dialog would leave a
 * long form too little room. On larger screens they float as usual.
 */
export function useFormDialogFullScreen(): boolean {
  return useMediaQuery(useTheme().breakpoints.down('sm'));
}

/** Buttons keep their words on one line; when they do not fit, they wrap as whole buttons. */
export const ACTIONS_SX = {
  flexWrap: 'wrap',
  rowGap: 1,
  '& .MuiButton-root': { whiteSpace: 'nowrap' },
} as const;
