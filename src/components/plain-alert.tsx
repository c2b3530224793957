import type { ReactNode } from 'react';
import { PlainIcon } from './plain-icon';
import './plain-page.css';

export type Severity = 'error' | 'warning' | 'info' | 'success';

const ICON = {
  error: 'errorOutline',
  warning: 'reportProblemOutlined',
  info: 'infoOutlined',
  success: 'successOutlined',
} as const;

/**
 * An alert with MUI's look, as plain elements (the first screen loads no MUI): icon, an optional
 * title, the message (it takes the width it needs; on a phone the action goes below it), and an
 * action. Role `alert` unless another is given (a `note` is not announced).
 */
export function PlainAlert({
  severity,
  title,
  action,
  role = 'alert',
  className,
  titleClassName,
  children,
}: {
  severity: Severity;
  title?: ReactNode;
  action?: ReactNode;
  role?: 'alert' | 'note' | 'status';
  className?: string;
  titleClassName?: string;
  children?: ReactNode;
}) {
  return (
    <div
      role={role}
      className={`kh-alert kh-alert--${severity}${className ? ` ${className}` : ''}`}
    >
      <div className="kh-alert__icon">
        <PlainIcon name={ICON[severity]} />
      </div>
      <div className="kh-alert__message">
        {title ? (
          <div className={`kh-alert__title${titleClassName ? ` ${titleClassName}` : ''}`}>
            {title}
          </div>
        ) : null}
        {children}
      </div>
      {action ? <div className="kh-alert__action">{action}</div> : null}
    </div>
  );
}

/** A small button in the alert's own colour (Try again, Close, Sign in again). */
export function AlertButton({
  onClick,
  disabled,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="button" className="kh-btn kh-btn--inherit" onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}
