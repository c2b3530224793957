import Box from '@mui/material/Box';
import { useReleases } from '../queries/releases';

/** How many releases need attention, for the navigation (nothing when none do). */
export function AttentionCount() {
  const { needAttention } = useReleases({ afterThePage: true });
  if (needAttention === 0) return null;
  return (
    <>
      <Box
        component="span"
        aria-hidden
        className="kh-tone kh-tone-error"
        sx={{
          ml: 0.75,
          minWidth: 20,
          height: 20,
          px: 0.75,
          borderRadius: 10,
          fontSize: 12,
          fontWeight: 700,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        {needAttention}
      </Box>
      <span className="kh-visually-hidden">
        , {needAttention} {needAttention === 1 ? 'needs' : 'need'} attention
      </span>
    </>
  );
}
