import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { LoadBoundary } from './load-boundary';
import { useHeaderHeight, useModalDialogOpen } from './notification-placement';
import { themed } from './themed';
import { COMPACT, useMediaQuery } from './use-media-query';

// MUI's Snackbar and Alert load with the first notification, not with the catalog.
const NotificationSnackbar = lazy(async () => ({
  default: await themed(async () => (await import('./notification-snackbar')).NotificationSnackbar),
}));

export type AlertColor = 'success' | 'info' | 'warning' | 'error';

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

/**
 * Shows one notification at a time; errors stay until dismissed, the rest fade after a while.
 *
 * Where, so that a notification never hides the controls people use next:
 * - While a dialog is open, notifications wait until it has closed (one already on screen when a
 *   dialog opens goes away). A dialog shows its own outcomes (and nothing repeats them), so
 *   nothing can ever cover a dialog's buttons.
 * - On wide screens (md and up) at the bottom left, at most 360 px wide: the catalog's (and the
 *   releases') action buttons are the rightmost column, at least ~500 px from the left edge at
 *   every width from 900 px, so a notification there never sits on one.
 * - On narrow screens the rows become cards with their action on the right of each card, so any
 *   spot over the content could hide one. There the notification takes exactly the place of the
 *   sticky header (measured), whose navigation it hides for a few seconds (an error until its
 *   close button is pressed); the page's content is never under it. What does not fit is clipped
 *   on screen but read in full by screen readers, and every action's outcome is also in the
 *   activity log.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Queued[]>([]);
  /** The current one is on its way out (dismissed or timed out); the next follows when it is gone. */
  const [closing, setClosing] = useState(false);
  /** The notification on screen now, if any (it has been seen). */
  const onScreen = useRef<number | null>(null);
  // One already seen goes when a dialog opens; one that comes while a dialog is open waits.
  const dialogOpen = useModalDialogOpen(() => {
    if (onScreen.current !== null) setClosing(true);
  });
  const narrow = useMediaQuery(COMPACT);
  const headerHeight = useHeaderHeight();
  // Lines of message that fit under a one-line title in the header's height.
  const messageLines = Math.max(0, Math.floor((headerHeight - 8 - 22) / 20));
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
      {/* Until the last one has left (its exit ends with the queue's next). */}
      {current !== undefined ? (
        <LoadBoundary
          what="A notification"
          onDismiss={() => {
            setQueue([]);
            setClosing(false);
          }}
        >
          <Suspense fallback={null}>
            <NotificationSnackbar
              current={current}
              open={!closing && !dialogOpen}
              narrow={narrow}
              headerHeight={headerHeight}
              messageLines={messageLines}
              onClose={close}
              onEntered={() => {
                onScreen.current = current.key;
              }}
              onExited={() => {
                onScreen.current = null;
                // Held while a dialog is open: it shows when the dialog has gone.
                if (!closing) return;
                setQueue((q) => q.slice(1));
                setClosing(false);
              }}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside NotificationsProvider');
  return useMemo(() => notify, [notify]);
}
