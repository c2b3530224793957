import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notification {
  severity: AlertColor;
  title: string;
  message?: string;
}

interface Queued extends Notification {
  key: number;
}

type Notify = (notification: Notification) => void;

const NotifyContext = createContext<Notify | null>(null);

/** Shows one notification at a time; errors stay until dismissed, the rest fade after a while. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Queued[]>([]);
  /** The current one is on its way out (dismissed or timed out); the next follows when it is gone. */
  const [closing, setClosing] = useState(false);
  const notify = useCallback<Notify>((notification) => {
    setQueue((q) => [...q, { ...notification, key: Date.now() + Math.random() }]);
  }, []);
  const current = queue[0];
  const close = () => {
    setClosing(true);
  };
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={current?.key}
        open={current !== undefined && !closing}
        autoHideDuration={current?.severity === 'error' ? null : 6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') close();
        }}
        slotProps={{
          transition: {
            onExited: () => {
              setQueue((q) => q.slice(1));
              setClosing(false);
            },
          },
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        {current ? (
          <Alert
            severity={current.severity}
            variant="filled"
            onClose={close}
            sx={{ maxWidth: 560 }}
          >
            <AlertTitle>{current.title}</AlertTitle>
            {current.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside NotificationsProvider');
  return useMemo(() => notify, [notify]);
}
