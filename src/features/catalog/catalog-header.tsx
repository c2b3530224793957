import UploadIcon from '@mui/icons-material/Upload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { memo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { FreshnessRow, RefreshButton, UpdatedAgo } from '../../components/freshness';
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
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        gap: 2,
      }}
    >
      <Typography variant="h4" component="h1">
        Extensions
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <ListFreshness onRefresh={onRefresh} />
        <Button
          component={RouterLink}
          to="/uploads"
          variant="outlined"
          startIcon={<UploadIcon />}
          sx={{ whiteSpace: 'nowrap' }}
        >
          Upload
        </Button>
        {updateButton}
      </Box>
    </Box>
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
