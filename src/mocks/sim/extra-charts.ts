import type { Behaviour, ChartFile } from './model';

function chart(
  name: string,
  description: string,
  keywords: string[],
  visibleName: string,
  extra: Partial<ChartFile> = {},
): ChartFile {
  const dag = keywords.includes('kaapanaworkflow');
  return {
    name,
    version: '0.1.0',
    description,
    keywords,
    annotations: { 'ui-visible-name': visibleName },
    appVersion: '0.1.0',
    extensionParams: null,
    globals: {},
    behaviour: 'normal',
    workload: dag ? 'job' : 'deployment',
    linkTemplates: [],
    ingressType: null,
    adminNamespaceResource: false,
    ...extra,
  };
}

const demo = (behaviour: Behaviour) => ({ behaviour });

/**
 * Simulator-only charts that misbehave on purpose, so every failure the UI must explain can be
 * produced on demand. All are experimental, so they stay out of the default view.
 */
export function troubleCharts(): ChartFile[] {
  return [
    chart(
      'broken-app-chart',
      'Simulator: an application whose pods end up in CrashLoopBackOff',
      ['kaapanaapplication', 'kaapanaexperimental'],
      'Broken App (simulated crash loop)',
      { ...demo('crashloop'), linkTemplates: ['/broken-app/'] },
    ),
    chart(
      'missing-image-chart',
      'Simulator: an application whose container image cannot be pulled',
      ['kaapanaapplication', 'kaapanaexperimental'],
      'Missing Image (simulated pull error)',
      demo('image-pull-error'),
    ),
    chart(
      'slow-install-workflow',
      'Simulator: a workflow whose helm install takes longer than kube-helm waits (15 s)',
      ['kaapanaworkflow', 'kaapanaexperimental'],
      'Slow Install (simulated helm time-out)',
      demo('slow-install'),
    ),
    chart(
      'failing-install-chart',
      'Simulator: an application whose helm install fails',
      ['kaapanaapplication', 'kaapanaexperimental'],
      'Failing Install (simulated helm error)',
      demo('install-fails'),
    ),
    chart(
      'stuck-hook-workflow',
      'Simulator: a workflow whose pre-delete hook never finishes; only a forced uninstall removes it',
      ['kaapanaworkflow', 'kaapanaexperimental'],
      'Stuck Hook (simulated hanging uninstall)',
      demo('hook-hangs'),
    ),
  ];
}

/** What `GET /update-extensions` brings the first time: a new version and two new charts. */
export function collectionUpdate(): ChartFile[] {
  return [
    chart(
      'anonymizer-workflow',
      'Removes patient-identifying DICOM tags from a dataset before sharing it',
      ['kaapanaworkflow'],
      'DICOM Anonymizer',
      { version: '0.6.0', appVersion: '0.6.0' },
    ),
    chart(
      'label-studio-chart',
      'Annotate images and series collaboratively in your project',
      ['kaapanaapplication', 'kaapanamultiinstallable'],
      'Label Studio',
      {
        version: '0.6.0',
        appVersion: '0.6.0',
        linkTemplates: ['/applications/project/{project_id}/release/{release}'],
        ingressType: 'application',
        extensionParams: {
          display_name: {
            type: 'string',
            default: '-',
            definition: 'Display name for the launched application (max 20 chars)',
            value: '',
          },
        },
      },
    ),
  ];
}
