import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Prose } from './prose';
import type { UploadEntry } from './upload-entry';
import { useUploadQueue } from './uploads-provider';

/** The questions a chart leaves to the user: upload under the right name; keep or replace. */
export function ChoicePanel({ entry }: { entry: UploadEntry }) {
  const queue = useUploadQueue();
  const open = (entry.report?.checks ?? []).filter((c) => c.status === 'decision');
  return (
    <Stack spacing={1}>
      {open.map((check) =>
        check.fix?.kind === 'rename' && !entry.choices.rename ? (
          <Alert key={check.id} severity="warning">
            <AlertTitle>
              <Prose text={check.summary} />
            </AlertTitle>
            <Prose text={check.details[0] ?? ''} />
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              <Button
                variant="contained"
                onClick={() => void queue.choose(entry.id, { rename: true })}
              >
                Upload as {check.fix.to}
              </Button>
            </Stack>
          </Alert>
        ) : check.fix?.kind === 'keep-or-replace' && entry.choices.existing === null ? (
          <Alert key={check.id} severity="warning">
            <AlertTitle>
              <Prose text={check.summary} />
            </AlertTitle>
            {check.details.map((d) => (
              <div key={d}>
                <Prose text={d} />
              </div>
            ))}
            <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
              <Button
                variant="contained"
                onClick={() => void queue.choose(entry.id, { existing: 'replace' })}
              >
                Replace it
              </Button>
              <Button
                variant="outlined"
                onClick={() => void queue.choose(entry.id, { existing: 'keep' })}
              >
                Keep the one in the catalog
              </Button>
            </Stack>
          </Alert>
        ) : null,
      )}
    </Stack>
  );
}
