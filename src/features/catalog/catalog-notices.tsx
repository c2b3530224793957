import { memo } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

export function EmptyCatalog({ action }: { action: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        The catalog is empty
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Fetch the platform&apos;s extension collections, or upload a chart you packaged yourself.
      </Typography>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
        {action}
        <Button component={RouterLink} to="/uploads">
          Upload a chart
        </Button>
      </Stack>
    </Paper>
  );
}

export function NoMatch({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Nothing matches
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {query
          ? `No extension matches “${query}” with the chosen filters.`
          : 'No extension matches the chosen filters.'}
      </Typography>
      <Button variant="contained" onClick={onClear}>
        Clear search and filters
      </Button>
    </Paper>
  );
}

export const HiddenExperimental = memo(function HiddenExperimental({
  count,
  onShow,
}: {
  count: number;
  onShow: () => void;
}) {
  if (count === 0) return null;
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
    >
      {count} experimental extension{count === 1 ? ' is' : 's are'} hidden.
      <Button size="small" onClick={onShow}>
        Show {count === 1 ? 'it' : 'them'}
      </Button>
    </Typography>
  );
});
