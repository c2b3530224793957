import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Link as RouterLink } from 'react-router';
import type { ActiveApplication } from '../../api';
import { AgeText } from '../../components/age-text';
import { OpenLinks } from '../../components/open-links';
import { releasePath } from '../../components/release-path';
import { ToneChip } from '../../components/tone-chip';
import { createdAtMs } from '../../domain/applications';

export interface ShownApplication {
  app: ActiveApplication;
  name: string;
  completing: boolean;
}

function Ready({ item }: { item: ShownApplication }) {
  if (item.completing) return <ToneChip tone="info" label="Completing…" />;
  return item.app.ready ? (
    <ToneChip tone="success" label="Ready" />
  ) : (
    <ToneChip tone="info" label="Starting" />
  );
}

function Created({ app, now }: { app: ActiveApplication; now: number }) {
  const at = createdAtMs(app);
  if (at === null) return <span>{app.created_at}</span>;
  return (
    <span title={new Date(at).toLocaleString()}>
      {new Date(at).toLocaleString()}{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        (<AgeText ms={now - at} suffix=" ago" />)
      </Typography>
    </span>
  );
}

function Name({ item }: { item: ShownApplication }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{item.name}</Typography>
      <Link
        component={RouterLink}
        to={releasePath(item.app.release_name)}
        variant="body2"
        sx={{ overflowWrap: 'anywhere' }}
      >
        Release {item.app.release_name}
      </Link>
    </Box>
  );
}

/** One group of applications: a table on wide screens, cards on narrow ones. */
export function ApplicationList({
  label,
  items,
  now,
  onComplete,
}: {
  label: string;
  items: readonly ShownApplication[];
  now: number;
  /** Offered for applications opened by workflows. */
  onComplete?: (item: ShownApplication) => void;
}) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  const complete = (item: ShownApplication) =>
    onComplete ? (
      <Button
        size="small"
        variant="outlined"
        aria-disabled={item.completing}
        aria-label={`Complete ${item.name}`}
        onClick={() => {
          if (!item.completing) onComplete(item);
        }}
      >
        Complete
      </Button>
    ) : null;
  if (narrow) {
    return (
      <Box
        component="ul"
        aria-label={label}
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}
      >
        {items.map((item) => (
          <Paper
            component="li"
            variant="outlined"
            key={item.app.release_name}
            sx={{ p: 2, display: 'grid', gap: 1 }}
          >
            <Name item={item} />
            <Box>
              <Ready item={item} />
            </Box>
            <Typography variant="body2">
              Created <Created app={item.app} now={now} />
            </Typography>
            <Box
              sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, justifyContent: 'space-between' }}
            >
              <OpenLinks links={item.app.paths} name={item.name} />
              {complete(item)}
            </Box>
          </Paper>
        ))}
      </Box>
    );
  }
  const heads = ['Application', 'State', 'Created', 'Open', ...(onComplete ? ['Action'] : [])];
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {heads.map((head) => (
              <TableCell key={head} sx={{ fontWeight: 600 }}>
                {head}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.app.release_name}>
              <TableCell sx={{ maxWidth: 420 }}>
                <Name item={item} />
              </TableCell>
              <TableCell>
                <Ready item={item} />
              </TableCell>
              <TableCell>
                <Created app={item.app} now={now} />
              </TableCell>
              <TableCell>
                <OpenLinks links={item.app.paths} name={item.name} />
              </TableCell>
              {onComplete ? <TableCell>{complete(item)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
