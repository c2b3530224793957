import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ChartStatus, Deployment } from '../../contract/schemas';
import { helmUpdatedAt } from '../../domain/pods';
import { lastDeployedAt } from '../../domain/releases/presence';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** A text worth showing: null when absent or empty (a pending placeholder has empty facts). */
const shown = (text: string | undefined): string | null =>
  text === undefined || text === '' ? null : text;

function lastDeployed(status: ChartStatus | null, deployment: Deployment | null): string {
  const at = deployment ? helmUpdatedAt(deployment) : Number.NaN;
  if (!Number.isNaN(at)) return new Date(at).toLocaleString();
  if (!status) return '–';
  const fromHelm = lastDeployedAt(status['LAST DEPLOYED']);
  return Number.isNaN(fromHelm)
    ? `${status['LAST DEPLOYED']} (platform time)`
    : new Date(fromHelm).toLocaleString();
}

/**
 * What helm says about the release: from `view-chart-status` where it has answered (fresher), the
 * list's copy otherwise; a difference between the two is said, not hidden.
 */
export function HelmFacts({
  status,
  deployment,
  version,
}: {
  status: ChartStatus | null;
  deployment: Deployment | null;
  version: string | null;
}) {
  const info = deployment?.helm_info;
  const helmStatus = status?.STATUS ?? deployment?.helm_status ?? '–';
  const listLags =
    status !== null && deployment !== null && status.STATUS !== deployment.helm_status;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="helm-heading" sx={{ p: 2 }}>
      <Typography id="helm-heading" variant="h6" component="h2" gutterBottom>
        Helm
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
        }}
      >
        <Fact term="Status">
          {helmStatus}
          {listLags ? (
            <Typography
              component="span"
              variant="body2"
              color="text.secondary"
              sx={{ display: 'block' }}
            >
              the list still says {deployment.helm_status}
            </Typography>
          ) : null}
        </Fact>
        <Fact term="Revision">{status?.REVISION ?? info?.revision ?? '–'}</Fact>
        <Fact term="Last deployed">{lastDeployed(status, deployment)}</Fact>
        <Fact term="Chart">{shown(info?.chart) ?? version ?? '–'}</Fact>
        <Fact term="App version">{shown(info?.app_version) ?? '–'}</Fact>
        <Fact term="Namespace">{status?.NAMESPACE ?? shown(info?.namespace) ?? '–'}</Fact>
      </Box>
    </Paper>
  );
}
