import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A place's title (its one h1) with what belongs beside it: freshness, a place-wide action. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 1,
      }}
    >
      <Typography variant="h4" component="h1">
        {title}
      </Typography>
      {children}
    </Box>
  );
}
