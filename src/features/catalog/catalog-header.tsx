import UploadIcon from '@mui/icons-material/Upload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Freshness } from '../../components/freshness';
import { kubeHelmKeys } from '../../queries/extensions';
import { useFetchStatus, useReadAt } from '../../queries/list-clock';

/** The page title with how fresh the list is, and the page's own actions. */
export function CatalogHeader({
  onRefresh,
  updateButton,
}: {
  onRefresh: () => void;
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
}

/** When the list was read and whether a read is under way: the only part a read re-renders. */
function ListFreshness({ onRefresh }: { onRefresh: () => void }) {
  const updatedAt = useReadAt(kubeHelmKeys.extensions());
  const fetching = useFetchStatus(kubeHelmKeys.extensions()) === 'fetching';
  return <Freshness updatedAt={updatedAt} fetching={fetching} onRefresh={onRefresh} />;
}
