import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Snackbar from '@mui/material/Snackbar';
import type { Notification } from './notifications';

/**
 * The notification on screen (notifications.tsx decides which, when and where): MUI's Snackbar
 * with a filled Alert, loaded with the first notification.
 */
export function NotificationSnackbar({
  current,
  open,
  narrow,
  headerHeight,
  messageLines,
  onClose,
  onEntered,
  onExited,
}: {
  current: (Notification & { key: number }) | undefined;
  open: boolean;
  narrow: boolean;
  headerHeight: number;
  messageLines: number;
  onClose: () => void;
  onEntered: () => void;
  onExited: () => void;
}) {
  return (
    <Snackbar
      key={current?.key}
      open={open}
      autoHideDuration={current?.severity === 'error' ? null : 6000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      slotProps={{ transition: { onEntered, onExited } }}
      anchorOrigin={
        narrow
          ? { vertical: 'top', horizontal: 'center' }
          : { vertical: 'bottom', horizontal: 'left' }
      }
      sx={
        narrow
          ? {
              top: 0,
              left: 0,
              right: 0,
              '@media (min-width: 600px)': { top: 0, left: 0, right: 0, transform: 'none' },
            }
          : { maxWidth: 360 }
      }
    >
      {current ? (
        <Alert
          severity={current.severity}
          variant="filled"
          onClose={onClose}
          sx={
            narrow
              ? {
                  width: '100%',
                  height: headerHeight,
                  borderRadius: 0,
                  alignItems: 'center',
                  py: 0.5,
                  typography: 'body2',
                  '& .MuiAlert-message': { py: 0, minWidth: 0, overflow: 'hidden' },
                }
              : { width: '100%', typography: 'body2' }
          }
        >
          <AlertTitle noWrap={narrow} sx={{ mb: current.message ? 0.25 : 0 }}>
            {current.title}
          </AlertTitle>
          {current.message ? (
            <Box
              className={narrow && messageLines === 0 ? 'kh-visually-hidden' : undefined}
              sx={
                narrow && messageLines > 0
                  ? {
                      display: '-webkit-box',
                      WebkitLineClamp: messageLines,
                      WebkitBoxOrient: 'vertical',
                      overflow: 'hidden',
                    }
                  : {}
              }
            >
              {current.message}
            </Box>
          ) : null}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
