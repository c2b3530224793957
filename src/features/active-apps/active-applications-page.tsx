import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { ActiveApplication } from '../../api';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Freshness, useNow } from '../../components/freshness';
import { PageHeading } from '../../components/page-heading';
import { applicationName, groupApplications } from '../../domain/applications';
import { useKubeHelmClient } from '../../queries/client-context';
import { useReleases } from '../../queries/releases';
import { ApplicationList, type ShownApplication } from './application-list';
import { CompleteDialog, type CompleteTarget } from './complete-dialog';
import { useActiveApplications } from './use-active-applications';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Box component="section" aria-labelledby={id} sx={{ display: 'grid', gap: 1 }}>
      <Typography id={id} variant="h6" component="h2">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * The applications running for people (CONTRACT §2.7): those a workflow opened and waits for
 * ("complete" lets it go on), and those launched in the current project.
 */
export function ActiveApplicationsPage() {
  const client = useKubeHelmClient();
  const project = client.project.current();
  const { rows } = useReleases();
  const { apps, completing, markCompleting } = useActiveApplications();
  const [target, setTarget] = useState<CompleteTarget | null>(null);
  const now = useNow(30_000);
  const data = apps.data;
  const groups = useMemo(() => {
    const shown = (list: readonly ActiveApplication[]): ShownApplication[] =>
      list.map((app) => ({
        app,
        name: applicationName(app, rows ?? []),
        completing: completing.has(app.release_name),
      }));
    const g = groupApplications(data ?? [], project?.id ?? null);
    return {
      triggered: shown(g.triggered),
      inProject: shown(g.inProject),
      others: g.others.length,
    };
  }, [data, rows, completing, project?.id]);
  const projectTitle = project ? `Launched in project ${project.name}` : 'Launched applications';
  return (
    <Stack spacing={3}>
      <PageHeading title="Active applications">
        <Freshness updatedAt={apps.dataUpdatedAt} onRefresh={() => apps.refetch()} />
      </PageHeading>
      {apps.isPending ? (
        <Skeleton variant="rounded" height={160} aria-label="Loading the active applications" />
      ) : apps.isError && !apps.data ? (
        <ApiErrorAlert
          error={apps.error}
          context="Loading the active applications"
          onRetry={() => void apps.refetch()}
        />
      ) : (
        <>
          {apps.isError ? (
            <ApiErrorAlert
              error={apps.error}
              context="Refreshing the active applications"
              severity="warning"
              onRetry={() => void apps.refetch()}
            />
          ) : null}
          <Section title="Opened by workflows">
            {groups.triggered.length === 0 ? (
              <Typography color="text.secondary">
                No workflow is waiting for you in an application.
              </Typography>
            ) : (
              <ApplicationList
                label="Opened by workflows"
                items={groups.triggered}
                now={now}
                onComplete={(item) => {
                  setTarget({ releaseName: item.app.release_name, name: item.name });
                }}
              />
            )}
          </Section>
          <Section title={projectTitle}>
            {groups.inProject.length === 0 ? (
              <Typography color="text.secondary">
                {project ? 'No application runs in this project.' : 'No project is selected.'}
              </Typography>
            ) : (
              <ApplicationList label={projectTitle} items={groups.inProject} now={now} />
            )}
          </Section>
          {groups.others > 0 ? (
            <Alert severity="info" role="note">
              {groups.others} {groups.others === 1 ? 'application belongs' : 'applications belong'}{' '}
              to other projects or to none, and {groups.others === 1 ? 'is' : 'are'} not listed
              here; all releases are on the Releases page.
            </Alert>
          ) : null}
        </>
      )}
      {target ? (
        <CompleteDialog
          target={target}
          onClose={() => {
            setTarget(null);
          }}
          onCompleting={markCompleting}
        />
      ) : null}
    </Stack>
  );
}
