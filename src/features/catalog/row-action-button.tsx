import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import type { RowAction } from '../../domain/actions';

/** The button for a row's action; busy states show a spinner and say why they wait. */
export function RowActionButton({
  action,
  name,
  onClick,
}: {
  action: RowAction;
  name: string;
  onClick: () => void;
}) {
  const destructive =
    action.kind === 'uninstall' || action.kind === 'delete' || action.kind === 'force-uninstall';
  const button = (
    <Button
      size="small"
      variant={action.kind === 'install' || action.kind === 'launch' ? 'contained' : 'outlined'}
      color={destructive ? 'error' : 'primary'}
      disabled={!action.enabled}
      onClick={onClick}
      startIcon={
        action.kind === 'busy' ? (
          <CircularProgress size={14} color="inherit" aria-hidden />
        ) : undefined
      }
      aria-label={`${action.label.replace('…', '')} ${name}`}
      sx={{ whiteSpace: 'nowrap', minWidth: 104 }}
    >
      {action.label}
    </Button>
  );
  if (!action.reason) return button;
  return (
    <Tooltip title={action.reason} describeChild>
      {/* A disabled button gets no pointer events; the span carries the tooltip. */}
      <span>{button}</span>
    </Tooltip>
  );
}
