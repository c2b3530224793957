import { useState } from 'react';
import { PlainIcon } from './plain-icon';
import './plain-page.css';

/**
 * A closed "Technical details" section under a message in plain words: the text for an
 * administrator or a bug report, selectable and copyable.
 */
export function TechnicalDetails({
  text,
  summary = 'Technical details',
}: {
  text: string;
  summary?: string;
}) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <details className="kh-details">
      <summary>{summary}</summary>
      {/* Scrollable when long: reachable from the keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className="kh-details__text" tabIndex={0} aria-label={summary}>
        {text}
      </pre>
      <div className="kh-details__copy">
        <button type="button" className="kh-btn kh-btn--inherit" onClick={() => void copy()}>
          <PlainIcon name="contentCopy" size="small" />
          {copied === 'yes' ? 'Copied' : 'Copy details'}
        </button>
        <span aria-live="polite" className="kh-details__said">
          {copied === 'yes'
            ? 'The details are on the clipboard.'
            : copied === 'failed'
              ? 'The browser did not allow copying: select the text instead.'
              : ''}
        </span>
      </div>
    </details>
  );
}
