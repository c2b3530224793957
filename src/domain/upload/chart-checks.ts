import { KEYWORDS } from '../../contract/keywords';
import { check, isHelmVersion, plural, type PreflightCheck } from './checks';
import { isRecord, scalarText, type ChartInspection, type Yaml } from './inspect';

/** What Chart.yaml and values.yaml must say for the platform to list the chart (CONTRACT §5.2). */

const REPACKAGE = 'Fix it in the chart and package it again with `helm package`.';

/** Chart.yaml readable, with a name and a version Helm accepts. Null when all is well. */
export function chartYamlProblem(inspection: ChartInspection): PreflightCheck | null {
  const parsed = inspection.chartYaml;
  if (parsed.kind !== 'ok') {
    return check(
      'chart',
      'blocking',
      'Chart.yaml',
      `Chart.yaml cannot be read: ${parsed.kind === 'invalid' ? parsed.message : 'it is missing'}.`,
      ['Helm cannot load a chart whose Chart.yaml is not valid YAML.', REPACKAGE],
    );
  }
  const chart = parsed.value;
  for (const key of ['name', 'version'] as const) {
    const value: unknown = chart[key];
    if (value === undefined || value === null || scalarText(value).trim() === '') {
      return check('chart', 'blocking', 'Chart.yaml', `Chart.yaml has no ${key}.`, [REPACKAGE]);
    }
    if (typeof value !== 'string') {
      return check(
        'chart',
        'blocking',
        'Chart.yaml',
        `Chart.yaml writes the ${key} as a number (${scalarText(value)}); Helm needs text.`,
        [
          `Put it in quotes, e.g. ${key}: "${key === 'version' ? '1.0.0' : scalarText(value)}".`,
          REPACKAGE,
        ],
      );
    }
  }
  return null;
}

export function versionCheck(version: string): PreflightCheck | null {
  if (isHelmVersion(version)) return null;
  return check('version', 'blocking', 'Version', `“${version}” is not a version Helm accepts.`, [
    'Helm needs a semantic version such as 1.2.3 or 0.6.0-latest.',
    REPACKAGE,
  ]);
}

export function keywordsCheck(inspection: ChartInspection): PreflightCheck {
  const { keywords, kind } = inspection.summary;
  const title = 'Extension keyword';
  if (kind === 'workflow' || kind === 'application') {
    const keyword = kind === 'workflow' ? KEYWORDS.workflow : KEYWORDS.application;
    return check(
      'keywords',
      'ok',
      title,
      `It has the ${keyword} keyword: it is listed as ${kind === 'workflow' ? 'a workflow' : 'an application'}.`,
    );
  }
  if (kind === 'platform') {
    return check(
      'keywords',
      'warning',
      title,
      'It only has the kaapanaplatform keyword: it will be listed among platforms, not in this catalog.',
      [
        `Add ${KEYWORDS.application} or ${KEYWORDS.workflow} to the keywords in Chart.yaml to list it here.`,
      ],
    );
  }
  return check(
    'keywords',
    'blocking',
    title,
    `Chart.yaml has neither the ${KEYWORDS.workflow} nor the ${KEYWORDS.application} keyword.`,
    [
      'Without one of them the platform stores the file but never lists it, so it can never be installed.',
      `Add ${KEYWORDS.application} (an application) or ${KEYWORDS.workflow} (a workflow) under \`keywords:\` in Chart.yaml.${keywords.includes('kaapanaworkflow-v2') ? ' Charts marked kaapanaworkflow-v2 are not listed in this catalog.' : ''}`,
    ],
  );
}

export function descriptionCheck(chart: Yaml): PreflightCheck {
  const title = 'Description';
  const breaks = [
    'While a chart without a description is stored, the platform cannot build its list of extensions: the whole catalog stops loading, for everyone, until an administrator deletes the file by hand.',
    'Add a line such as `description: "What it does"` to Chart.yaml.',
  ];
  if (!('description' in chart)) {
    return check('description', 'blocking', title, 'Chart.yaml has no description.', breaks);
  }
  const value: unknown = chart.description;
  if (typeof value !== 'string') {
    return check(
      'description',
      'blocking',
      title,
      value === null
        ? 'The description in Chart.yaml is blank (nothing after `description:`).'
        : 'The description in Chart.yaml is not text.',
      breaks,
    );
  }
  if (value.trim() === '') {
    return check(
      'description',
      'warning',
      title,
      'The description is empty; the catalog will show no text for it.',
    );
  }
  return check('description', 'ok', title, 'It has a description.');
}

export function globalCheck(inspection: ChartInspection): PreflightCheck {
  const title = 'Global section';
  const why =
    'The platform passes its settings to every chart through `global:`. Without that section the catalog fails to load once and then leaves the chart out without a word.';
  const { values } = inspection;
  if (values.kind === 'missing') {
    return check('global', 'blocking', title, 'The chart has no values.yaml.', [
      why,
      'Add a values.yaml with at least the line `global: {}`.',
    ]);
  }
  if (values.kind === 'invalid') {
    return check('global', 'blocking', title, `values.yaml cannot be read: ${values.message}.`, [
      REPACKAGE,
    ]);
  }
  if (!('global' in values.value)) {
    return check('global', 'blocking', title, 'values.yaml has no top-level `global:` section.', [
      why,
      'Add the line `global: {}` to values.yaml.',
    ]);
  }
  if (!isRecord(values.value.global)) {
    return check(
      'global',
      'blocking',
      title,
      '`global:` in values.yaml is not a section of keys.',
      [why, 'Write `global: {}` when there is nothing to set.'],
    );
  }
  return check('global', 'ok', title, 'values.yaml has a `global:` section.');
}

const KNOWN_TYPES = new Set([
  'string',
  'bool',
  'boolean',
  'list_single',
  'list_multi',
  'doc',
  'group_name',
]);

/** Install parameters the form cannot show, and ones the chart's own global values override. */
export function paramsCheck(inspection: ChartInspection): PreflightCheck {
  const { params } = inspection.summary;
  const title = 'Install parameters';
  const values = inspection.values.kind === 'ok' ? inspection.values.value : {};
  const globals = isRecord(values.global) ? values.global : {};
  const details: string[] = [];
  for (const param of params) {
    if (!KNOWN_TYPES.has(param.type)) {
      details.push(
        param.type
          ? `“${param.key}” has the type “${param.type}”, which the install form does not know; it is shown read-only and never sent.`
          : `“${param.key}” has no type; the install form cannot offer it.`,
      );
    }
    const fixed = scalarText(globals[param.key]);
    if (fixed !== '' && param.type !== 'doc' && param.type !== 'group_name') {
      details.push(
        `“${param.key}” will never take effect: values.yaml sets \`global.${param.key}\` to “${fixed}”, and the platform applies the chart's own global values after the user's answers. Leave \`global.${param.key}\` empty or remove it.`,
      );
    }
  }
  if (details.length > 0) {
    return check(
      'params',
      'warning',
      title,
      `${plural(details.length, 'parameter problem')} found.`,
      details,
    );
  }
  return check(
    'params',
    'ok',
    title,
    params.length === 0
      ? 'It installs without asking anything.'
      : `${plural(params.length, 'parameter')}, all usable.`,
  );
}

export function coverageCheck(inspection: ChartInspection): PreflightCheck | null {
  const { notRead } = inspection.archive;
  if (notRead.length === 0) return null;
  return check(
    'coverage',
    'warning',
    'Files not read',
    `${plural(notRead.length, 'part')} of the archive could not be read here, so the checks above did not see ${notRead.length === 1 ? 'it' : 'them'}.`,
    notRead,
  );
}
