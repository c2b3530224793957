import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';

export type Arriving = 'no' | 'waiting' | 'overdue';

/** After "update extensions", charts are on their way; after `patienceMs` they are overdue. */
export function useCollectionsArriving(patienceMs: number): [Arriving, () => void] {
  const [arriving, setArriving] = useState<Arriving>('no');
  useEffect(() => {
    if (arriving !== 'waiting') return undefined;
    const timer = setTimeout(() => {
      setArriving('overdue');
    }, patienceMs);
    return () => {
      clearTimeout(timer);
    };
  }, [arriving, patienceMs]);
  const expect = useCallback(() => {
    setArriving('waiting');
  }, []);
  return [arriving, expect];
}

/**
 * An empty catalog right after "update extensions": the platform copies the collections' charts in
 * the background and lists them at its next full read (seen: about half a minute). Say so, with
 * progress, until they arrive — or, when they don't, what to check.
 */
export function CollectionsArriving({ overdue }: { overdue: boolean }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }} role="status">
      <Typography variant="h6" component="h2" gutterBottom>
        {overdue ? 'No extensions have arrived yet' : 'Fetching the extension collections…'}
      </Typography>
      {overdue ? (
        <Typography color="text.secondary">
          The platform accepted the update, but no charts are listed after a minute and a half.
          Pulling a collection can take longer on a slow network; the list keeps refreshing. If
          nothing arrives, ask your administrator whether extension collections are configured and
          can be pulled from the registry.
        </Typography>
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            The charts are being copied onto the platform. They usually appear here within a minute;
            this page refreshes by itself.
          </Typography>
          <LinearProgress aria-label="Fetching the extension collections" />
        </>
      )}
    </Paper>
  );
}
