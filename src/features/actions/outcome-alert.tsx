import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { OutcomeMessage } from './outcome-messages';

/**
 * Technical detail behind a message (what the server said, the release's name, what an
 * administrator should check), collapsed under "Details" so the message itself stays plain.
 */
export function TechnicalDetails({
  text,
  summary = 'Details',
}: {
  text: string | undefined;
  summary?: string;
}) {
  if (!text) return null;
  return (
    <Box
      component="details"
      sx={{
        mt: 1,
        typography: 'body2',
        '& > summary': { cursor: 'pointer', fontWeight: 500, width: 'fit-content' },
        '& > p': { m: 0, mt: 0.5, overflowWrap: 'anywhere' },
      }}
    >
      <summary>{summary}</summary>
      <p>{text}</p>
    </Box>
  );
}

/** An outcome shown in the open dialog (a failure, or an answer that never came). */
export function OutcomeAlert({ outcome }: { outcome: OutcomeMessage }) {
  return (
    <Alert severity={outcome.severity} role="alert">
      <AlertTitle>{outcome.title}</AlertTitle>
      {outcome.message}
      <TechnicalDetails text={outcome.details} />
    </Alert>
  );
}
