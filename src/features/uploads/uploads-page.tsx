import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** The uploads place: charts (.tgz) and container images (.tar). Filled in by a later issue. */
export function UploadsPage() {
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Uploads
      </Typography>
      <Alert severity="info" role="note">
        Uploading charts (.tgz) and container images (.tar) will live here. It is not built yet.
      </Alert>
    </Stack>
  );
}
