import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useDropzone } from 'react-dropzone';

/**
 * Where files come in: dropped anywhere on the zone, or picked with its button (keyboard and
 * screen readers use the button). Every file is passed on; what is not a chart or an image
 * archive is refused in the list, with the reason.
 */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    onDrop: (accepted, rejected) => {
      onFiles([...accepted, ...rejected.map((r) => r.file)]);
    },
    noClick: true,
    noKeyboard: true,
    multiple: true,
  });
  return (
    <Box
      component="section"
      {...getRootProps({ role: 'region', 'aria-label': 'Add files' })}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: isDragActive ? 'primary.main' : 'divider',
        borderRadius: 2,
        bgcolor: isDragActive ? 'action.hover' : 'background.paper',
        px: 3,
        py: 4,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 1,
        textAlign: 'center',
      }}
    >
      <input {...getInputProps({ accept: '.tgz,.tar' })} data-testid="upload-input" />
      <UploadFileIcon color={isDragActive ? 'primary' : 'action'} sx={{ fontSize: 40 }} />
      <Typography sx={{ fontWeight: 600 }}>
        {isDragActive ? 'Drop to add them' : 'Drop charts (.tgz) and container images (.tar) here'}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', maxWidth: 640 }}>
        Several files at once are fine; they upload one after another. Charts are checked here, in
        your browser, before anything is sent.
      </Typography>
      <Button variant="contained" onClick={open} sx={{ mt: 1 }}>
        Choose files…
      </Button>
    </Box>
  );
}
