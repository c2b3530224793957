import type { RowAction } from '../domain/actions';
import './plain.css';

/**
 * The button for what can be done with an extension or a release. It stays the same element
 * whatever the state, and a busy button is only aria-disabled: focus is never lost while an
 * install or uninstall runs (a dialog returning focus to it finds it). A plain button (the look
 * of MUI's small Button, `plain.css`): every line of the catalog and the releases has one. Why it
 * cannot be used now is its description, shown as a tip (`TipHost`).
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
    <button
      type="button"
      className={`kh-btn kh-btn--${variant}${destructive ? ' kh-btn--error' : ''}`}
      aria-disabled={!action.enabled}
      title={action.reason === '' ? undefined : action.reason}
      data-tip={action.reason ? '' : undefined}
      onClick={() => {
        if (action.enabled) onClick();
      }}
      aria-label={`${action.label.replace('…', '')} ${name}`}
      style={minWidth === undefined ? undefined : { minWidth }}
    >
      {action.kind === 'busy' ? <span className="kh-spinner" aria-hidden /> : null}
      {action.label}
    </button>
  );
}
