import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ToneChip } from '../../components/tone-chip';
import type { Tone } from '../../components/tone';
import { Prose } from './prose';
import type { UploadEntry } from './upload-entry';

type Check = NonNullable<UploadEntry['report']>['checks'][number];

const STATUS: Record<Check['status'], { label: string; tone: Tone }> = {
  ok: { label: 'OK', tone: 'success' },
  blocking: { label: 'Stops the upload', tone: 'error' },
  warning: { label: 'Warning', tone: 'warning' },
  decision: { label: 'Your choice', tone: 'warning' },
};

/** Every pre-flight check: what it looked at, the result, and for problems why and what to do. */
export function ChecksList({ checks }: { checks: readonly Check[] }) {
  return (
    <Box component="ul" aria-label="Checks" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {checks.map((check) => (
        <Box
          component="li"
          key={check.id}
          sx={{
            display: 'grid',
            // On phones the verdict sits above its words, which keep the whole width.
            gridTemplateColumns: { xs: '1fr', sm: '9.5rem 1fr' },
            gap: { xs: 0.5, sm: 1 },
            py: 0.5,
          }}
        >
          <Box>
            <ToneChip tone={STATUS[check.status].tone} label={STATUS[check.status].label} />
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2">
              <strong>{check.title}:</strong> <Prose text={check.summary} />
            </Typography>
            {check.details.length > 0 ? (
              <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'text.secondary' }}>
                {check.details.map((detail) => (
                  <Typography
                    component="li"
                    variant="body2"
                    key={detail}
                    sx={{ wordBreak: 'break-word' }}
                  >
                    <Prose text={detail} />
                  </Typography>
                ))}
              </Box>
            ) : null}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
