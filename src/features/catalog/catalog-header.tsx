import { memo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { FreshnessRow, RefreshButton, UpdatedAgo } from '../../components/freshness';
import { PlainIcon } from '../../components/plain-icon';
import { kubeHelmKeys } from '../../queries/extensions';
import { useReadAt } from '../../queries/list-clock';

/** The page title with how fresh the list is, and the page's own actions. Memoised: the view
 * changes nothing here. */
export const CatalogHeader = memo(function CatalogHeader({
  onRefresh,
  updateButton,
}: {
  /** Reads the list again; the promise ends with the read. */
  onRefresh: () => unknown;
  updateButton: ReactNode;
}) {
  return (
    <div className="kh-page-head">
      <h1 className="kh-h1">Extensions</h1>
      <div className="kh-page-head__actions">
        <ListFreshness onRefresh={onRefresh} />
        <RouterLink to="/uploads" className="kh-btn kh-btn--outlined kh-btn--medium">
          <PlainIcon name="upload" />
          Upload
        </RouterLink>
        {updateButton}
      </div>
    </div>
  );
});

/** When the list was read, and a way to read it now. */
function ListFreshness({ onRefresh }: { onRefresh: () => unknown }) {
  return (
    <FreshnessRow>
      <ListUpdatedAgo />
      <RefreshButton onRefresh={onRefresh} />
    </FreshnessRow>
  );
}

/** The only part of the header that a read re-renders (when its words change). */
function ListUpdatedAgo() {
  return <UpdatedAgo updatedAt={useReadAt(kubeHelmKeys.extensions())} />;
}
