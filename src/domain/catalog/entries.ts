import type { ExtensionRow } from '../../contract/schemas';
import {
  deriveState,
  isInstanceRow,
  isMultiInstallRow,
  type DerivedState,
} from '../extension-state';
import { displayName } from '../names';

export type KindValue = 'workflow' | 'application';
export type MaturityValue = 'stable' | 'experimental';
export type HardwareValue = 'cpu' | 'gpu';

/** One line of the catalog: a chart, with its launched instances when it is multi-installable. */
export interface CatalogEntry {
  /** The chart name; unique. */
  key: string;
  /** The single-install row, or the template row of a multi-installable chart. */
  row: ExtensionRow;
  derived: DerivedState;
  multi: boolean;
  instances: readonly InstanceEntry[];
  name: string;
  kind: KindValue;
  maturity: MaturityValue;
  hardware: HardwareValue;
  /** Lower-case text searched: names, description, keywords, instance names. */
  searchText: string;
}

export interface InstanceEntry {
  row: ExtensionRow;
  derived: DerivedState;
  name: string;
}

const collator = new Intl.Collator(undefined, { numeric: true });

function buildEntry(row: ExtensionRow, instanceRows: readonly ExtensionRow[]): CatalogEntry {
  const instances = instanceRows
    .map((r) => ({ row: r, derived: deriveState(r), name: displayName(r) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const name = displayName(row);
  return {
    key: row.chart_name,
    row,
    derived: deriveState(row),
    multi: isMultiInstallRow(row),
    instances,
    name,
    kind: row.kind === 'dag' ? 'workflow' : 'application',
    maturity: row.experimental === 'yes' ? 'experimental' : 'stable',
    hardware: row.resourceRequirement,
    searchText: [
      name,
      row.chart_name,
      row.description,
      ...row.keywords,
      ...instances.flatMap((i) => [i.name, i.row.releaseName]),
    ]
      .join('\n')
      .toLowerCase(),
  };
}

function sameMembers(
  a: CatalogEntry,
  row: ExtensionRow,
  instances: readonly ExtensionRow[],
): boolean {
  return (
    a.row === row &&
    a.instances.length === instances.length &&
    a.instances.every((i) => instances.includes(i.row))
  );
}

const NO_ROWS: readonly ExtensionRow[] = [];

const standIns = new WeakMap<ExtensionRow, ExtensionRow>();

/**
 * The chart's own line when the list has launched instances of it but no template row (one that
 * could not be read is left out): made from an instance's row, which carries the chart's facts,
 * versions and parameters (CONTRACT §3.3), so the instances stay in view. The same object for the
 * same instance row, so the line does not re-render on every poll.
 */
function standInTemplate(instance: ExtensionRow): ExtensionRow {
  const known = standIns.get(instance);
  if (known) return known;
  const template: ExtensionRow = {
    ...instance,
    releaseName: instance.chart_name,
    display_name: '',
    installed: 'no',
    helmStatus: null,
    kubeStatus: null,
    successful: undefined,
    links: [],
  };
  standIns.set(instance, template);
  return template;
}

/**
 * Groups the list into entries, one per chart: instance rows go under their template (or a
 * stand-in for it, when the list has none). Rows whose objects did not change (the query keeps
 * unchanged rows identical) keep their previous entry object, so unchanged lines do not re-render.
 */
export function groupRows(
  rows: readonly ExtensionRow[],
  previous: ReadonlyMap<string, CatalogEntry> = new Map(),
): Map<string, CatalogEntry> {
  const instances = new Map<string, ExtensionRow[]>();
  for (const row of rows) {
    if (!isInstanceRow(row)) continue;
    const list = instances.get(row.chart_name) ?? [];
    // The same instance twice (a list rebuilt from partial data) is one line.
    if (!list.some((r) => r.releaseName === row.releaseName)) list.push(row);
    instances.set(row.chart_name, list);
  }
  // One pass over the heads (the first row of a chart wins), then the charts known only by their
  // instances: the same order as the list.
  const entries = new Map<string, CatalogEntry>();
  const add = (key: string, row: ExtensionRow) => {
    const members = instances.get(key) ?? NO_ROWS;
    const before = previous.get(key);
    entries.set(
      key,
      before && sameMembers(before, row, members) ? before : buildEntry(row, members),
    );
  };
  for (const row of rows) {
    if (!entries.has(row.chart_name) && !isInstanceRow(row)) add(row.chart_name, row);
  }
  for (const [chart, [first]] of instances) {
    if (first && !entries.has(chart)) add(chart, standInTemplate(first));
  }
  return entries;
}
