import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import type { RowAction } from '../domain/actions';

/**
 * The button for what can be done with an extension or a release. It stays the same element
 * whatever the state, and a busy button is only aria-disabled: focus is never lost while an
 * install or uninstall runs (a dialog returning focus to it finds it).
 */
export function ActionButton({
  action,
  name,
  onClick,
  variant = action.kind === 'install' || action.kind === 'launch' ? 'contained' : 'outlined',
  minWidth,
}: {
  action: RowAction;
  /** Whom it acts on, for its accessible name. */
  name: string;
  onClick: () => void;
  variant?: 'outlined' | 'contained';
  /** The catalog's buttons keep one width whatever their label. */
  minWidth?: number;
}) {
  const destructive =
    action.kind === 'uninstall' || action.kind === 'delete' || action.kind === 'force-uninstall';
  return (
    <Tooltip title={action.reason ?? ''} describeChild>
      <Button
        size="small"
        variant={variant}
        color={destructive ? 'error' : 'primary'}
        aria-disabled={!action.enabled}
        onClick={() => {
          if (action.enabled) onClick();
        }}
        startIcon={
          action.kind === 'busy' ? (
            <CircularProgress size={14} color="inherit" aria-hidden />
          ) : undefined
        }
        aria-label={`${action.label.replace('…', '')} ${name}`}
        sx={{
          whiteSpace: 'nowrap',
          minWidth,
          ...(action.enabled
            ? {}
            : {
                color: 'text.secondary',
                borderColor: 'divider',
                cursor: 'default',
                '&:hover': { bgcolor: 'transparent' },
              }),
        }}
      >
        {action.label}
      </Button>
    </Tooltip>
  );
}
