import CloudSyncIcon from '@mui/icons-material/CloudSync';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useMutation } from '@tanstack/react-query';
import { explainApiError } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { useNotify } from '../../components/notifications';

/**
 * Fetches the latest extension collections. kube-helm answers quickly but copies the charts in
 * the background; they show up at its next list rebuild, within about half a minute. One
 * mutation per page, however many buttons start it.
 */
export function useUpdateExtensions(onUpdated: () => void) {
  const client = useKubeHelmClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => client.updateExtensions(),
    onSuccess: (outcome) => {
      switch (outcome.kind) {
        case 'updated':
          onUpdated();
          notify({
            severity: 'success',
            title: 'Extension collections updated',
            message: 'New or changed charts appear in the list within about half a minute.',
          });
          break;
        case 'no-collections':
          notify({
            severity: 'info',
            title: 'No extension collections are configured',
            message: `${outcome.message} Upload charts you packaged yourself instead, or ask your administrator.`,
          });
          break;
        case 'outcome-unknown':
          onUpdated();
          notify({
            severity: 'warning',
            title: 'No answer from the update',
            message:
              'Pulling the collections can take longer than we wait. If it went through, new charts appear within a minute; otherwise try again.',
          });
          break;
        case 'failed': {
          const { title, nextStep } = explainApiError(outcome.error);
          notify({
            severity: 'error',
            title: 'Updating the extensions failed',
            message: `${title} ${nextStep}`,
          });
          break;
        }
      }
    },
  });
}

export function UpdateExtensionsButton({
  update,
}: {
  update: ReturnType<typeof useUpdateExtensions>;
}) {
  return (
    <Button
      variant="outlined"
      onClick={() => {
        update.mutate();
      }}
      disabled={update.isPending}
      startIcon={update.isPending ? <CircularProgress size={16} aria-hidden /> : <CloudSyncIcon />}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {update.isPending ? 'Updating extensions…' : 'Update extensions'}
    </Button>
  );
}
