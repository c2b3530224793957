import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useState } from 'react';
import type { ExtensionRow, ParamPayloadValue } from '../../api';
import { displayName } from '../../domain/names';
import { useKubeHelmClient } from '../../queries/client-context';
import { chartStatusQuery } from '../../queries/extensions';
import { useReportOperation } from './operation-report';
import {
  installedRelease,
  installOutcomeWords,
  outcomeDetails,
  uninstallOutcomeWords,
} from './operation-report';
import { describeInstall, describeUninstall } from './outcome-messages';
import { canCancel, SWITCH_START, switchReducer } from './switch-steps';
import { releaseOf } from './use-operations';

/** The time, for records made in callbacks (the compiler cannot tell them from render code). */
const stamp = () => Date.now();

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
  const report = useReportOperation();
  const [state, dispatch] = useReducer(switchReducer, SWITCH_START);
  const [params, setParams] = useState<Record<string, ParamPayloadValue> | undefined>(undefined);
  const name = displayName(row);
  const release = releaseOf(row);
  const activity = (outcome: string, details: unknown) => ({
    action: 'Switch version',
    extension: name,
    version: `${from} → ${to}`,
    releaseName: release,
    outcome,
    details: {
      steps: ['uninstall', 'wait until gone', 'install'],
      from,
      to,
      ...(details as object),
    },
  });

  const uninstall = useMutation({
    mutationFn: (force: boolean) =>
      client.uninstall({ releaseName: release, version: from, force }),
    onSuccess: (outcome, force) => {
      if (outcome.kind === 'requested') {
        const at = stamp();
        dispatch({ type: 'uninstall-accepted', at });
        report({
          message: describeUninstall(outcome, {
            name,
            releaseName: release,
            force,
            instance: false,
          }),
          pending: { kind: 'uninstall', releaseName: release, chart: row.chart_name, at },
          notify: false,
          follow: null,
          activity: activity(uninstallOutcomeWords(outcome), { outcome: outcomeDetails(outcome) }),
        });
        return;
      }
      const failure = describeUninstall(outcome, {
        name,
        releaseName: release,
        force,
        instance: false,
      });
      dispatch({ type: 'uninstall-failed', failure });
      report({
        message: failure,
        pending: null,
        notify: false,
        follow: null,
        activity: activity(uninstallOutcomeWords(outcome), { outcome: outcomeDetails(outcome) }),
      });
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
    onSuccess: (outcome) => {
      const message = describeInstall(outcome, {
        name,
        version: to,
        launch: false,
        existingState: null,
      });
      const named = installedRelease(outcome);
      // With no answer at all the install may still be under way, under the chart's name.
      const waitFor = named ?? (outcome.kind === 'outcome-unknown' ? row.chart_name : null);
      const ok = outcome.kind === 'installed';
      dispatch(ok ? { type: 'installed' } : { type: 'install-failed', failure: message });
      const title = ok ? `Switched ${name} from ${from} to ${to}` : message.title;
      report({
        message: { ...message, title },
        pending: waitFor
          ? {
              kind: 'install',
              releaseName: waitFor,
              chart: row.chart_name,
              version: to,
              at: stamp(),
            }
          : null,
        // The dialog stays open until closed and shows how the switch ended: no notification.
        notify: false,
        follow: waitFor ? 'install' : null,
        activity: activity(installOutcomeWords(outcome), { outcome: outcomeDetails(outcome) }),
      });
    },
  });

  const status = useQuery({
    ...chartStatusQuery(client, release),
    enabled: state.step === 'waiting',
    refetchInterval: 1_500,
    staleTime: 0,
  });
  // Only an answer fetched after the uninstall was accepted counts.
  const gone =
    state.step === 'waiting' &&
    state.waitingSince !== null &&
    status.dataUpdatedAt > state.waitingSince &&
    status.data?.found === false;

  const { mutate: runInstall } = install;
  useEffect(() => {
    if (!gone) return;
    dispatch({ type: 'gone' });
    runInstall(params);
  }, [gone, runInstall, params]);

  return {
    step: state.step,
    failure: state.failure,
    start: (payload: Record<string, ParamPayloadValue> | undefined) => {
      setParams(payload);
      queryClient.removeQueries({ queryKey: chartStatusQuery(client, release).queryKey });
      dispatch({ type: 'start' });
      uninstall.mutate(false);
    },
    forceRemoval: () => {
      uninstall.mutate(true);
    },
    cancel: () => {
      dispatch({ type: 'cancel' });
      report({
        message: {
          severity: 'warning',
          title: `Switch of ${name} cancelled`,
          message: `${from} is being removed; ${to} was not installed.`,
        },
        pending: null,
        notify: false,
        follow: null,
        activity: activity('Cancelled', {}),
      });
    },
    canCancel: canCancel(state.step),
    // Judged at each status poll (every 1.5 s), so no clock is read while rendering.
    stuck:
      state.step === 'waiting' &&
      state.waitingSince !== null &&
      status.dataUpdatedAt - state.waitingSince > SWITCH_STUCK_MS,
    forcing: uninstall.isPending && uninstall.variables,
  };
}
