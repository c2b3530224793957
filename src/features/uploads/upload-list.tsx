import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useStore } from '../../stores/external-store';
import { FINISHED_STAGES } from './upload-entry';
import { UploadCard } from './upload-card';
import { useUploadQueue } from './uploads-provider';

/** Every file added in this browser, newest first, kept across reloads. */
export function UploadList() {
  const queue = useUploadQueue();
  const entries = useStore(queue.entries);
  const finished = entries.some((e) => FINISHED_STAGES.includes(e.stage));
  return (
    <Box component="section" aria-labelledby="uploads-list-heading">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="uploads-list-heading" variant="h6" component="h2">
          Files
        </Typography>
        {finished ? (
          <Button
            color="inherit"
            onClick={() => {
              queue.clearFinished();
            }}
          >
            Clear finished
          </Button>
        ) : null}
      </Box>
      {entries.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>
          Nothing added from this browser yet.
        </Typography>
      ) : (
        <Stack component="ul" spacing={2} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <UploadCard entry={entry} />
            </li>
          ))}
        </Stack>
      )}
    </Box>
  );
}
