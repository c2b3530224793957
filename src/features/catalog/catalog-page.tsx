import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useKubeHelmClient } from '../../app/client-context';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { displayName } from '../../domain/names';
import { extensionsQuery } from '../../queries/extensions';

/** The catalog place. For now: the extensions' names, straight from kube-helm. */
export function CatalogPage() {
  const client = useKubeHelmClient();
  const extensions = useQuery(extensionsQuery(client));
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Extensions
      </Typography>
      {extensions.isPending ? (
        <Stack spacing={1} aria-busy="true" aria-label="Loading the extensions">
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} variant="rounded" height={40} />
          ))}
        </Stack>
      ) : extensions.isError ? (
        <ApiErrorAlert
          error={extensions.error}
          context="Loading the extensions"
          onRetry={() => void extensions.refetch()}
        />
      ) : extensions.data.length === 0 ? (
        <Typography>No extensions yet.</Typography>
      ) : (
        <List aria-label="Extensions" dense>
          {extensions.data.map((row) => (
            <ListItem key={row.releaseName} divider>
              <ListItemText primary={displayName(row)} secondary={row.description} />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
