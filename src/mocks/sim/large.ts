import type { ChartFile, Release } from './model';
import type { Rng } from './rng';

const ADJECTIVES = [
  'rapid',
  'deep',
  'robust',
  'sparse',
  'adaptive',
  'federated',
  'quantitative',
  'multi',
  'lung',
  'liver',
  'brain',
  'cardiac',
  'prostate',
  'whole-body',
  'dental',
  'retinal',
];
const NOUNS = [
  'segmentation',
  'registration',
  'classification',
  'detection',
  'radiomics',
  'denoising',
  'reconstruction',
  'anonymization',
  'conversion',
  'viewer',
  'annotation',
  'training',
  'inference',
  'harmonization',
  'qa',
  'export',
];
const MODALITIES = [
  'CT',
  'MR',
  'PET',
  'X-ray',
  'ultrasound',
  'whole-slide images',
  'DICOM SEG',
  'RTSTRUCT',
];

const title = (words: string) =>
  words
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** N synthetic charts with a spread of kinds, maturities, hardware, versions and states. */
export function largeCatalog(
  size: number,
  rng: Rng,
  now: number,
): { charts: ChartFile[]; releases: Release[] } {
  const charts: ChartFile[] = [];
  const releases: Release[] = [];
  for (let i = 0; i < size; i++) {
    const adjective = rng.pick(ADJECTIVES);
    const noun = rng.pick(NOUNS);
    const dag = rng.next() < 0.6;
    const multi = !dag && rng.next() < 0.3;
    const name = `${adjective}-${noun}-${String(i).padStart(5, '0')}-${dag ? 'workflow' : 'chart'}`;
    const keywords = [dag ? 'kaapanaworkflow' : 'kaapanaapplication'];
    if (multi) keywords.push('kaapanamultiinstallable');
    if (rng.next() < 0.25) keywords.push('kaapanaexperimental');
    if (rng.next() < 0.2) keywords.push('gpurequired');
    const versionCount = 1 + rng.int(3);
    const versions = ['0.6.0', '0.5.3', '0.4.1'].slice(0, versionCount).reverse();
    const description = `${title(`${adjective}-${noun}`)} for ${rng.pick(MODALITIES)} (synthetic chart ${String(i)})`;
    for (const version of versions) {
      charts.push({
        name,
        version,
        description,
        keywords,
        annotations:
          rng.next() < 0.9
            ? {
                'ui-visible-name': `${title(`${adjective}-${noun}`)} ${String(i)}`,
                documentation: `user_guide/extensions.html#${name}`,
              }
            : null,
        appVersion: version,
        extensionParams: null,
        globals: {},
        behaviour: 'normal',
        workload: dag ? 'job' : 'deployment',
        linkTemplates: dag
          ? []
          : multi
            ? ['/applications/project/{project_id}/release/{release}']
            : [`/${name}/`],
        ingressType: multi ? 'application' : null,
        adminNamespaceResource: false,
      });
    }
    if (rng.next() < 0.12) {
      const version = rng.pick(versions);
      const createdAt = now - 60_000 * (5 + rng.int(60 * 48));
      const roll = rng.next();
      const behaviour = roll < 0.06 ? 'crashloop' : roll < 0.09 ? 'image-pull-error' : 'normal';
      const releaseName = multi ? `${name}-${rng.hex(20)}` : name;
      releases.push({
        name: releaseName,
        chart: name,
        version,
        namespace: 'admin',
        revision: 1,
        createdAt,
        appVersion: version,
        installDoneAt: createdAt,
        outcome: roll > 0.96 ? 'failed' : 'deployed',
        behaviour,
        workload: dag ? 'job' : 'deployment',
        params: {},
        project: null,
        links: dag ? [] : [`/${name}/`],
        ingressType: null,
        objectNamespace: 'services',
        uninstall: null,
        frozen: null,
        kaapanaint: false,
        ingress: null,
      });
    }
  }
  return { charts, releases };
}
