import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useKubeHelmClient } from '../../queries/client-context';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { activeApplicationsQuery } from '../../queries/extensions';

/** The active applications place. For now: their names and whether they are ready. */
export function ActiveApplicationsPage() {
  const client = useKubeHelmClient();
  const apps = useQuery(activeApplicationsQuery(client));
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Active applications
      </Typography>
      {apps.isPending ? (
        <Skeleton variant="rounded" height={80} aria-label="Loading the active applications" />
      ) : apps.isError ? (
        <ApiErrorAlert
          error={apps.error}
          context="Loading the active applications"
          onRetry={() => void apps.refetch()}
        />
      ) : apps.data.length === 0 ? (
        <Alert severity="info" role="note">
          No applications are running.
        </Alert>
      ) : (
        <List aria-label="Active applications">
          {apps.data.map((app) => (
            <ListItem key={`${app.namespace}/${app.name}`} divider>
              <ListItemText
                primary={app.annotations['kaapana.ai/display-name'] ?? app.name}
                secondary={`${app.from_workflow_run ? 'Started by a workflow' : 'Launched'} · ${app.ready ? 'ready' : 'starting'}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
