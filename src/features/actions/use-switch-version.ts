import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ExtensionRow, InstallOutcome, ParamPayloadValue, UninstallOutcome } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { useNotify } from '../../components/notifications';
import { displayName } from '../../domain/names';
import { chartStatusQuery, kubeHelmKeys } from '../../queries/extensions';
import { recordActivity } from '../../stores/activity';
import { addPending } from '../../stores/pending';
import { describeInstall, describeUninstall, type OutcomeMessage } from './outcome-messages';
import { outcomeDetails, releaseOf } from './use-operations';

/** The time, for records made in callbacks (the compiler cannot tell them from render code). */
const stamp = () => Date.now();

export type SwitchStep =
  'confirm' | 'uninstalling' | 'waiting' | 'installing' | 'done' | 'failed' | 'cancelled';

/** After this long waiting for the old release to go, offer to force it. */
export const SWITCH_STUCK_MS = 90_000;

/**
 * Switching versions as one operation: uninstall the installed version, wait (polling helm's
 * status) until the release is gone, then install the chosen version. Cancellable until the
 * install starts; the uninstall, once asked for, goes ahead on the server either way.
 */
export function useSwitchVersion(row: ExtensionRow, from: string, to: string) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [cancelled, setCancelled] = useState(false);
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  const [params, setParams] = useState<Record<string, ParamPayloadValue> | undefined>(undefined);
  const name = displayName(row);
  const release = releaseOf(row);
  const statusKey = chartStatusQuery(client, release).queryKey;

  const log = (
    outcome: string,
    message:
      OutcomeMessage | { severity: OutcomeMessage['severity']; title: string; message: string },
    details: unknown,
  ) => {
    recordActivity({
      action: 'switch version',
      extension: name,
      version: `${from} → ${to}`,
      releaseName: release,
      outcome,
      severity: message.severity,
      message: `${message.title}. ${message.message}`,
      details: {
        steps: ['uninstall', 'wait until gone', 'install'],
        from,
        to,
        ...(details as object),
      },
    });
  };

  const uninstall = useMutation({
    mutationFn: (force: boolean) =>
      client.uninstall({ releaseName: release, version: from, force }),
    onSuccess: (outcome: UninstallOutcome, force) => {
      if (outcome.kind === 'requested') {
        setWaitingSince((before) => before ?? stamp());
        addPending(client, {
          kind: 'uninstall',
          releaseName: release,
          chart: row.chart_name,
          at: stamp(),
        });
        return;
      }
      const message = describeUninstall(outcome, {
        name,
        releaseName: release,
        force,
        instance: false,
      });
      notify(message);
      log(outcome.kind, message, { outcome: outcomeDetails(outcome) });
    },
  });

  const install = useMutation({
    mutationFn: (payload: Record<string, ParamPayloadValue> | undefined) =>
      client.install({
        name: row.chart_name,
        version: to,
        keywords: row.keywords,
        ...(payload ? { extensionParams: payload } : {}),
      }),
    onSuccess: (outcome: InstallOutcome) => {
      const message = describeInstall(outcome, {
        name,
        version: to,
        launch: false,
        existingState: null,
      });
      const waitFor =
        outcome.kind === 'installed' ||
        (outcome.kind === 'outcome-unknown' && outcome.reason !== 'no-answer')
          ? outcome.releaseName
          : outcome.kind === 'outcome-unknown'
            ? row.chart_name
            : null;
      if (waitFor) {
        addPending(client, {
          kind: 'install',
          releaseName: waitFor,
          chart: row.chart_name,
          version: to,
          at: stamp(),
        });
      }
      const title =
        outcome.kind === 'installed' ? `Switched ${name} from ${from} to ${to}` : message.title;
      notify({ severity: message.severity, title, message: message.message });
      log(
        outcome.kind === 'outcome-unknown' ? `outcome-unknown (${outcome.reason})` : outcome.kind,
        { ...message, title },
        { outcome: outcomeDetails(outcome) },
      );
      void queryClient.invalidateQueries({ queryKey: kubeHelmKeys.extensions() });
    },
  });

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
    ...chartStatusQuery(client, release),
    enabled: step === 'waiting',
    refetchInterval: 1_500,
    staleTime: 0,
  });
  // Only an answer fetched after the uninstall was asked for counts.
  const gone =
    step === 'waiting' &&
    waitingSince !== null &&
    status.dataUpdatedAt > waitingSince &&
    status.data?.found === false;

  const { isIdle: installIdle, mutate: runInstall } = install;
  useEffect(() => {
    if (gone && installIdle) runInstall(params);
  }, [gone, installIdle, runInstall, params]);

  return {
    step,
    start: (payload: Record<string, ParamPayloadValue> | undefined) => {
      setParams(payload);
      queryClient.removeQueries({ queryKey: statusKey });
      uninstall.mutate(false);
    },
    forceRemoval: () => {
      uninstall.mutate(true);
    },
    cancel: () => {
      setCancelled(true);
      log(
        'cancelled',
        {
          severity: 'warning',
          title: `Switch of ${name} cancelled`,
          message: `${from} is being removed; ${to} was not installed.`,
        },
        {},
      );
    },
    canCancel: step === 'uninstalling' || step === 'waiting',
    // Judged at each status poll (every 1.5 s), so no clock is read while rendering.
    stuck:
      step === 'waiting' &&
      waitingSince !== null &&
      status.dataUpdatedAt - waitingSince > SWITCH_STUCK_MS,
    forcing: uninstall.isPending && uninstall.variables,
    failure:
      step !== 'failed'
        ? null
        : install.data
          ? describeInstall(install.data, { name, version: to, launch: false, existingState: null })
          : uninstall.data
            ? describeUninstall(uninstall.data, {
                name,
                releaseName: release,
                force: false,
                instance: false,
              })
            : null,
  };
}
