import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { LaunchRecord } from '../../domain/releases/launch-record';

/** What this browser sent when it installed or launched the release, when it did. */
export function LaunchedWith({
  launch,
  instance,
}: {
  launch: LaunchRecord | null;
  instance: boolean;
}) {
  const params = launch ? Object.entries(launch.params) : [];
  return (
    <Paper variant="outlined" component="section" aria-labelledby="launched-heading" sx={{ p: 2 }}>
      <Typography id="launched-heading" variant="h6" component="h2" gutterBottom>
        {instance ? 'Launched with' : 'Installed with'}
      </Typography>
      {launch === null ? (
        <Typography color="text.secondary">
          Not known here: it was not {instance ? 'launched' : 'installed'} from this browser (or its
          activity log was cleared).
        </Typography>
      ) : (
        <>
          <Typography color="text.secondary" gutterBottom>
            {launch.action} of {launch.chart} {launch.version} from this browser,{' '}
            {new Date(launch.at).toLocaleString()}
            {params.length === 0 ? ', without settings.' : ':'}
          </Typography>
          {params.length > 0 ? (
            <Box
              component="dl"
              sx={{
                m: 0,
                display: 'grid',
                gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
                columnGap: 2,
                rowGap: 0.5,
              }}
            >
              {params.map(([key, value]) => (
                <Box key={key} sx={{ display: 'contents' }}>
                  <Typography
                    component="dt"
                    sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                  >
                    {key}
                  </Typography>
                  <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                    {typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}
                  </Typography>
                </Box>
              ))}
            </Box>
          ) : null}
        </>
      )}
    </Paper>
  );
}
