import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useEffect } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LOAD_FAILURE_HELP } from '../../components/load-failure';
import { ReloadButton } from '../../components/reload-button';
import { DropZone } from './drop-zone';
import { UploadList } from './upload-list';
import { useUploads } from './uploads-provider';

/** The uploads place: charts (.tgz) and container images (.tar), checked, tracked and trusted. */
export function UploadsPage() {
  const { queue, failed, load } = useUploads();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Box>
        <Typography variant="h4" component="h1">
          Uploads
        </Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>
          Add charts you packaged yourself (.tgz, from <code>helm package</code>) and the container
          images they need (.tar, from <code>docker save</code>). Uploads go on while you use the
          rest of the app.
        </Typography>
      </Box>
      {queue ? (
        <>
          <DropZone
            onFiles={(files) => {
              queue.add(files);
            }}
          />
          <UploadList />
        </>
      ) : failed ? (
        <Alert severity="error">
          <AlertTitle>The uploads could not be loaded</AlertTitle>
          {LOAD_FAILURE_HELP}
          <div className="kh-gap-above">
            <ReloadButton />
          </div>
        </Alert>
      ) : (
        <CircularProgress aria-label="Loading the uploads" />
      )}
    </Stack>
  );
}
