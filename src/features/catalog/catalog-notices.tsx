import { memo } from 'react';
import { Link as RouterLink } from 'react-router';

export function EmptyCatalog({ action }: { action: React.ReactNode }) {
  return (
    <div className="kh-paper kh-paper--outlined kh-empty">
      <h2 className="kh-h2 kh-empty__title">The catalog is empty</h2>
      <p className="kh-empty__text kh-secondary">
        Fetch the platform&apos;s extension collections, or upload a chart you packaged yourself.
      </p>
      <div className="kh-row-gap kh-empty__actions">
        {action}
        <RouterLink className="kh-btn kh-btn--medium kh-btn--text" to="/uploads">
          Upload a chart
        </RouterLink>
      </div>
    </div>
  );
}

export function NoMatch({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <div className="kh-paper kh-paper--outlined kh-empty">
      <h2 className="kh-h2 kh-empty__title">Nothing matches</h2>
      <p className="kh-empty__text kh-secondary">
        {query
          ? `No extension matches “${query}” with the chosen filters.`
          : 'No extension matches the chosen filters.'}
      </p>
      <button type="button" className="kh-btn kh-btn--contained kh-btn--medium" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}

export const HiddenExperimental = memo(function HiddenExperimental({
  count,
  onShow,
}: {
  count: number;
  onShow: () => void;
}) {
  if (count === 0) return null;
  return (
    <p className="kh-body2 kh-secondary kh-row-gap">
      {count} experimental extension{count === 1 ? ' is' : 's are'} hidden.
      <button type="button" className="kh-btn" onClick={onShow}>
        Show {count === 1 ? 'it' : 'them'}
      </button>
    </p>
  );
});
