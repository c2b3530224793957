import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ExtensionRow, InstallOutcome, ParamPayloadValue } from '../../api';
import { useKubeHelmClient } from '../../app/client-context';
import { useNotify } from '../../components/notifications';
import { displayName } from '../../domain/names';
import { chartStatusQuery, kubeHelmKeys } from '../../queries/extensions';
import { recordActivity } from '../../stores/activity';
import { addPending } from '../../stores/pending';
import { describeInstall, describeUninstall } from './outcome-messages';

/** The time, for records made in callbacks (the compiler cannot tell them from render code). */
const stamp = () => Date.now();

export type SwitchStep =
  'confirm' | 'uninstalling' | 'waiting' | 'installing' | 'done' | 'failed' | 'cancelled';

/** After this long waiting for the old release to go, offer to force it. */
export const SWITCH_STUCK_MS = 90_000;

/**
 * Switching versions as one operation: uninstall the installed version, wait (polling helm's
 * status) until the release is gone, then install the chosen version. Cancellable until the
 * install starts.
 */
export function useSwitchVersion(row: ExtensionRow, from: string, to: string) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [cancelled, setCancelled] = useState(false);
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  const name = displayName(row);

  const uninstall = useMutation({
    mutationFn: (force: boolean) =>
      client.uninstall({ releaseName: row.releaseName, version: from, force }),
    onSuccess: (outcome) => {
      if (outcome.kind === 'requested') {
        setWaitingSince((before) => before ?? Date.now());
        addPending(client, {
          kind: 'uninstall',
          releaseName: row.releaseName,
          chart: row.chart_name,
          at: Date.now(),
        });
      }
    },
  });
  const install = useMutation({
    mutationFn: (params: Record<string, ParamPayloadValue> | undefined) =>
      client.install({
        name: row.chart_name,
        version: to,
        keywords: row.keywords,
        ...(params ? { extensionParams: params } : {}),
      }),
    onSuccess: (outcome: InstallOutcome) => {
      const message = describeInstall(outcome, {
        name,
        version: to,
        launch: false,
        existingState: null,
      });
      if (outcome.kind === 'installed') {
        addPending(client, {
          kind: 'install',
          releaseName: outcome.releaseName,
          chart: row.chart_name,
          version: to,
          at: stamp(),
        });
      }
      const title =
        outcome.kind === 'installed' ? `Switched ${name} from ${from} to ${to}` : message.title;
      notify({ severity: message.severity, title, message: message.message });
      recordActivity({
        action: 'switch version',
        extension: name,
        version: `${from} → ${to}`,
        releaseName: row.releaseName,
        outcome: outcome.kind,
        severity: message.severity,
        message: `${title}. ${message.message}`,
        details: { steps: ['uninstall', 'wait until gone', 'install'], from, to, outcome },
      });
      void queryClient.invalidateQueries({ queryKey: kubeHelmKeys.extensions() });
    },
  });
  const [params, setParams] = useState<Record<string, ParamPayloadValue> | undefined>(undefined);

  const uninstallFailed = uninstall.data !== undefined && uninstall.data.kind !== 'requested';
  const step: SwitchStep = cancelled
    ? 'cancelled'
    : install.data
      ? install.data.kind === 'installed'
        ? 'done'
        : 'failed'
      : install.isPending
        ? 'installing'
        : uninstallFailed
          ? 'failed'
          : uninstall.data?.kind === 'requested'
            ? 'waiting'
            : uninstall.isPending
              ? 'uninstalling'
              : 'confirm';

  const status = useQuery({
    ...chartStatusQuery(client, row.releaseName),
    enabled: step === 'waiting',
    refetchInterval: 1_500,
    staleTime: 0,
  });
  const gone = step === 'waiting' && status.data?.found === false;

  const { isIdle: installIdle, mutate: runInstall } = install;
  useEffect(() => {
    if (gone && installIdle) runInstall(params);
  }, [gone, installIdle, runInstall, params]);

  const start = (payload: Record<string, ParamPayloadValue> | undefined) => {
    setParams(payload);
    uninstall.mutate(false);
  };
  const forceRemoval = () => {
    uninstall.mutate(true);
  };
  const cancel = () => {
    setCancelled(true);
    if (uninstall.data?.kind === 'requested') {
      recordActivity({
        action: 'switch version',
        extension: name,
        version: `${from} → ${to}`,
        releaseName: row.releaseName,
        outcome: 'cancelled',
        severity: 'warning',
        message: `Cancelled after uninstalling ${from}: nothing was installed.`,
        details: { from, to },
      });
    }
  };
  const uninstallMessage = uninstall.data
    ? describeUninstall(uninstall.data, {
        name,
        releaseName: row.releaseName,
        force: false,
        instance: false,
      })
    : null;
  return {
    step,
    start,
    cancel,
    forceRemoval,
    canCancel: step === 'uninstalling' || step === 'waiting',
    // Judged at each status poll (every 1.5 s), so no clock is read while rendering.
    stuck:
      step === 'waiting' &&
      waitingSince !== null &&
      status.dataUpdatedAt - waitingSince > SWITCH_STUCK_MS,
    forcing: uninstall.isPending && uninstall.variables,
    failure:
      step === 'failed'
        ? install.data
          ? describeInstall(install.data, { name, version: to, launch: false, existingState: null })
          : uninstallMessage
        : null,
    statusError: status.error,
  };
}
