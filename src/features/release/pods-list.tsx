import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ToneChip } from '../../components/tone-chip';
import type { PodFacts } from '../../domain/pod-facts';

const TROUBLE = new Set([
  'crash-looping',
  'image-pull',
  'config-error',
  'out-of-memory',
  'evicted',
  'failed',
]);

function Status({ pod, focus }: { pod: PodFacts; focus: boolean }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <span>{pod.status || '–'}</span>
      {focus ? (
        <ToneChip
          tone={TROUBLE.has(pod.condition) ? 'error' : 'info'}
          label="the diagnosis is about this one"
        />
      ) : null}
    </Box>
  );
}

/** The release's pods as kubectl lists them: name, ready, status, restarts, age. */
export function PodsList({
  pods,
  focus,
  unknown = null,
}: {
  pods: readonly PodFacts[];
  focus: string | null;
  /** Why the pods are not known here (the list does not show the release, or was not read). */
  unknown?: 'not-listed' | 'list-unread' | null;
}) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  return (
    <Paper variant="outlined" component="section" aria-labelledby="pods-heading" sx={{ p: 2 }}>
      <Typography id="pods-heading" variant="h6" component="h2" gutterBottom>
        Pods
      </Typography>
      {unknown !== null ? (
        <Typography color="text.secondary">
          {unknown === 'list-unread'
            ? 'Not known yet: the extension list, which shows them, could not be read.'
            : 'Not known here: the extension list does not show this release.'}
        </Typography>
      ) : pods.length === 0 ? (
        <Typography color="text.secondary">No pods are listed for this release.</Typography>
      ) : narrow ? (
        <Box
          component="ul"
          aria-label="Pods"
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}
        >
          {pods.map((pod) => (
            <Box component="li" key={pod.name} sx={{ borderTop: 1, borderColor: 'divider', pt: 1 }}>
              <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{pod.name}</Typography>
              <Status pod={pod} focus={pod.name === focus} />
              <Typography variant="body2" color="text.secondary">
                Ready {pod.ready || '–'} · restarts {pod.restartsText || '0'} · age {pod.age || '–'}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <Table size="small" aria-label="Pods">
          <TableHead>
            <TableRow>
              {['Name', 'Ready', 'Status', 'Restarts', 'Age'].map((head) => (
                <TableCell key={head} sx={{ fontWeight: 600 }}>
                  {head}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {pods.map((pod) => (
              <TableRow key={pod.name}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{pod.name}</TableCell>
                <TableCell>{pod.ready || '–'}</TableCell>
                <TableCell>
                  <Status pod={pod} focus={pod.name === focus} />
                </TableCell>
                <TableCell>{pod.restartsText || '0'}</TableCell>
                <TableCell>{pod.age || '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
