import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { UploadEntry } from './upload-entry';

type Summary = NonNullable<NonNullable<UploadEntry['report']>['summary']>;

const KIND = { workflow: 'Workflow', application: 'Application', platform: 'Platform' } as const;

/** What the chart is: its name and version, kind, flags and install parameters. */
export function ChartFacts({ summary }: { summary: Summary }) {
  const flags = [
    summary.kind ? KIND[summary.kind] : 'No kind (no extension keyword)',
    summary.experimental ? 'experimental' : 'stable',
    summary.gpu ? 'needs a GPU' : null,
    summary.multiInstallable ? 'can be launched several times' : null,
  ].filter(Boolean);
  return (
    <Box>
      <Typography variant="body2">
        <strong>{summary.displayName ?? summary.name}</strong>{' '}
        {summary.displayName ? `(${summary.name}) ` : ''}version {summary.version} ·{' '}
        {flags.join(' · ')}
      </Typography>
      {summary.description ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {summary.description}
        </Typography>
      ) : null}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {summary.params.length === 0
          ? 'Installs without asking anything.'
          : `Asks when installed: ${summary.params
              .filter((p) => p.type !== 'doc' && p.type !== 'group_name')
              .map((p) => `${p.label}${p.defaultText ? ` (default ${p.defaultText})` : ''}`)
              .join('; ')}.`}
      </Typography>
    </Box>
  );
}
