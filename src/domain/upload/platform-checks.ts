import { check, plural, type PreflightCheck } from './checks';
import type { ChartSummary } from './inspect';
import type { NamespaceFinding } from './namespaces';

/** What the platform does with the file: its name, the admin namespace, the catalog (CONTRACT §5.2). */

export function expectedFileName(summary: Pick<ChartSummary, 'name' | 'version'>): string {
  return `${summary.name}-${summary.version}.tgz`;
}

export function fileNameCheck(fileName: string, summary: ChartSummary): PreflightCheck {
  const expected = expectedFileName(summary);
  const title = 'File name';
  if (fileName === expected)
    return check('file-name', 'ok', title, `The file is named ${expected}.`);
  return check(
    'file-name',
    'decision',
    title,
    `The file is named “${fileName}”, but the platform needs “${expected}”.`,
    [
      'The platform installs a chart from the file <name>-<version>.tgz. Under another name it is listed but cannot be installed, and removing it later can break the list once.',
      `It can be uploaded as ${expected}; the file on your computer stays as it is.`,
    ],
    { kind: 'rename', to: expected },
  );
}

function where(finding: NamespaceFinding): string {
  return `${finding.file}, line ${String(finding.line)}: \`namespace: ${finding.written}\``;
}

export function adminNamespaceCheck(
  findings: readonly NamespaceFinding[],
  unreadTemplates: number,
  adminNamespace = 'admin',
): PreflightCheck {
  const title = 'Admin namespace';
  const admin = findings.filter((f) => f.verdict === 'admin');
  const unknown = findings.filter((f) => f.verdict === 'unknown');
  const unread =
    unreadTemplates > 0
      ? [
          `${plural(unreadTemplates, 'template')} could not be read here and ${unreadTemplates === 1 ? 'was' : 'were'} not checked.`,
        ]
      : [];
  if (admin.length > 0) {
    return check(
      'admin-namespace',
      'blocking',
      title,
      `${plural(admin.length, 'resource')} would be placed in the admin namespace (“${adminNamespace}” on a standard platform).`,
      [
        ...admin.map(where),
        'The platform refuses such a chart after the upload, but keeps the file: it would appear in the catalog and fail to install.',
        'Place the resources in another namespace, e.g. `{{ .Values.global.services_namespace }}` for applications.',
      ],
    );
  }
  const honest =
    'This is read from the templates as written. The platform renders the chart after the upload and checks again.';
  if (unknown.length > 0) {
    return check(
      'admin-namespace',
      'warning',
      title,
      `The namespace of ${plural(unknown.length, 'resource')} is only known when the chart is rendered.`,
      [
        ...unknown.map(where),
        'If one of them ends up in the admin namespace, the platform refuses the chart after the upload and keeps the file.',
        ...unread,
      ],
    );
  }
  return check(
    'admin-namespace',
    unread.length > 0 ? 'warning' : 'ok',
    title,
    'No resource is placed in the admin namespace.',
    [honest, ...unread],
  );
}

export interface CatalogEntry {
  chart_name: string;
  versions: readonly string[];
}

export function catalogCheck(
  summary: ChartSummary,
  catalog: readonly CatalogEntry[] | null,
): PreflightCheck {
  const { name, version } = summary;
  const title = 'Catalog';
  if (catalog === null) {
    return check(
      'catalog',
      'warning',
      title,
      `The catalog could not be read, so it is not known whether ${name} ${version} is already there.`,
      ['Uploading a version that is already stored replaces it.'],
    );
  }
  const versions = [
    ...new Set(catalog.filter((row) => row.chart_name === name).flatMap((row) => row.versions)),
  ];
  if (versions.includes(version)) {
    return check(
      'catalog',
      'decision',
      title,
      `${name} ${version} is already in the catalog.`,
      [
        `Replace: the stored chart file is overwritten. Releases already installed from it keep running unchanged; the next install of ${version} uses the new file, and the catalog shows its description and parameters after its next refresh (up to half a minute).`,
        'Keep: nothing changes and this file is not uploaded.',
      ],
      { kind: 'keep-or-replace' },
    );
  }
  return check(
    'catalog',
    'ok',
    title,
    versions.length > 0
      ? `${name} is in the catalog with ${versions.join(', ')}; ${version} will be added.`
      : `${name} is new to the catalog.`,
  );
}
