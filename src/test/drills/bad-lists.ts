import type { Rng } from '../../mocks/sim/rng';

/**
 * Mutated `GET /extensions` bodies for the bad-replies drill, each with what a correct reader must
 * make of it. Every mutation of an entry knows whether the entry must still be read (`kept`) or
 * must be left out and explained (`left-out`); whole-body garbage must be refused as a whole.
 */

type Obj = Record<string, unknown>;
export type Verdict = 'kept' | 'left-out';

interface EntryMutation {
  name: string;
  verdict: Verdict;
  /** The changed entry (a copy), or null when the mutation does not apply to this one. */
  apply(entry: Obj, rng: Rng): unknown;
}

export interface MutatedEntry {
  index: number;
  mutation: string;
  verdict: Verdict;
}

export interface BadList {
  label: string;
  body: string;
  /** What a correct reader makes of it: rows and explained entries, or a refusal of the whole. */
  expect:
    { kind: 'list'; entries: number; mutated: MutatedEntry[] } | { kind: 'refused'; why: string };
}

const clone = <T>(value: T): T => structuredClone(value);
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text that must come through as text: long, odd, hostile. */
export function oddText(rng: Rng): string {
  const kinds: (() => string)[] = [
    () => 'x'.repeat(100_000 + rng.int(400_000)),
    () => 'word '.repeat(20_000),
    () => '\u202eevil\u202c \u200b\u200d\ufeff zero-width',
    () => 'nul\u0000byte\u0001\u001f',
    () => '😀'.repeat(2_000) + '𝕏',
    () => '<img src=x onerror=alert(1)>',
    () => '   ',
    () => '',
    () => 'ا'.repeat(500),
    () => '\n\r\t'.repeat(100),
    () => '{"looks":"like json"}',
    () => '${jndi:ldap://x}',
  ];
  return rng.pick(kinds)();
}

const WRONG: Record<string, (rng: Rng) => unknown> = {
  number: (rng) => rng.int(1000) - 500,
  float: () => 1.5e308,
  boolean: (rng) => rng.next() < 0.5,
  array: () => ['a', 1],
  object: () => ({ nested: { deep: true } }),
  // JSON cannot say undefined; NaN is written as null, so it is not "wrong type" but null.
};
const wrongValue = (rng: Rng, except: string[] = []) =>
  WRONG[rng.pick(Object.keys(WRONG).filter((k) => !except.includes(k)))]?.(rng);

/** Top-level keys of a row and what each accepts (contract/schemas.ts, CONTRACT §3.1). */
const ROW_FIELDS: Record<string, { nullable: boolean; optional: boolean; text: boolean }> = {
  available_versions: { nullable: false, optional: false, text: false },
  chart_name: { nullable: false, optional: false, text: true },
  name: { nullable: false, optional: false, text: true },
  releaseName: { nullable: false, optional: false, text: true },
  description: { nullable: false, optional: false, text: true },
  display_name: { nullable: false, optional: false, text: true },
  experimental: { nullable: false, optional: false, text: false },
  multiinstallable: { nullable: false, optional: false, text: false },
  installed: { nullable: false, optional: false, text: false },
  kind: { nullable: false, optional: false, text: false },
  resourceRequirement: { nullable: false, optional: false, text: false },
  keywords: { nullable: false, optional: false, text: false },
  annotations: { nullable: true, optional: false, text: false },
  extension_params: { nullable: true, optional: false, text: false },
  helmStatus: { nullable: true, optional: false, text: true },
  kubeStatus: { nullable: true, optional: false, text: false },
  successful: { nullable: true, optional: true, text: false },
  links: { nullable: false, optional: false, text: false },
  version: { nullable: false, optional: false, text: true },
  latest_version: { nullable: false, optional: false, text: true },
  versions: { nullable: false, optional: false, text: false },
};

const DEPLOYMENT_FIELDS = [
  'deployment_id',
  'helm_status',
  'helm_info',
  'kube_status',
  'kube_info',
  'links',
  'ready',
];

/** The deployments of a row (the objects themselves, to change in place on a copy). */
function deploymentsOf(row: Obj): Obj[] {
  const versions = row.available_versions;
  if (!isObj(versions)) return [];
  return Object.values(versions).flatMap((v) =>
    isObj(v) && Array.isArray(v.deployments) ? v.deployments.filter(isObj) : [],
  );
}

const onCopy =
  (change: (copy: Obj, rng: Rng) => boolean) =>
  (entry: Obj, rng: Rng): unknown => {
    const copy = clone(entry);
    return change(copy, rng) ? copy : null;
  };

const onDeployment = (change: (d: Obj, rng: Rng) => boolean) =>
  onCopy((copy, rng) => {
    const all = deploymentsOf(copy);
    if (all.length === 0) return false;
    return change(rng.pick(all), rng);
  });

const onParam = (change: (param: Obj, rng: Rng) => boolean) =>
  onCopy((copy, rng) => {
    const params = copy.extension_params;
    if (!isObj(params)) return false;
    const keys = Object.keys(params).filter((k) => isObj(params[k]));
    if (keys.length === 0) return false;
    const param = params[rng.pick(keys)];
    return isObj(param) && change(param, rng);
  });

function fieldMutations(): EntryMutation[] {
  return Object.entries(ROW_FIELDS).flatMap(([field, spec]): EntryMutation[] => [
    {
      name: `${field} missing`,
      verdict: spec.optional ? 'kept' : 'left-out',
      apply: onCopy((copy) => Reflect.deleteProperty(copy, field)),
    },
    {
      name: `${field} null`,
      verdict: spec.nullable ? 'kept' : 'left-out',
      apply: onCopy((copy) => {
        copy[field] = null;
        return true;
      }),
    },
    {
      name: `${field} of the wrong type`,
      verdict: 'left-out',
      apply: onCopy((copy, rng) => {
        // An array where kubeStatus allows one, an object where a record goes: not wrong.
        const except =
          field === 'kubeStatus' ||
          field === 'keywords' ||
          field === 'links' ||
          field === 'versions'
            ? ['array']
            : field === 'available_versions' ||
                field === 'annotations' ||
                field === 'extension_params'
              ? ['object']
              : [];
        copy[field] = wrongValue(rng, except);
        return true;
      }),
    },
    ...(spec.text
      ? [
          {
            name: `${field} odd text`,
            verdict: 'kept' as const,
            apply: onCopy((copy, rng) => {
              copy[field] = oddText(rng);
              return true;
            }),
          },
        ]
      : []),
  ]);
}

function deploymentMutations(): EntryMutation[] {
  return [
    ...DEPLOYMENT_FIELDS.map((field): EntryMutation => ({
      name: `deployment ${field} missing`,
      verdict: 'left-out',
      apply: onDeployment((d) => Reflect.deleteProperty(d, field)),
    })),
    {
      name: 'deployment kube_info null',
      verdict: 'kept',
      apply: onDeployment((d) => {
        d.kube_info = null;
        return true;
      }),
    },
    {
      name: 'deployment kube_status unknown',
      verdict: 'kept',
      apply: onDeployment((d) => {
        d.kube_status = 'unknown';
        return true;
      }),
    },
    {
      name: 'deployment kube_status odd word',
      verdict: 'left-out',
      apply: onDeployment((d) => {
        d.kube_status = 'weird';
        return true;
      }),
    },
    {
      name: 'deployment pod lists of different lengths',
      verdict: 'kept',
      apply: onDeployment((d, rng) => {
        const info = d.kube_info;
        if (!isObj(info)) return false;
        const key = rng.pick(['name', 'ready', 'status', 'restarts', 'age']);
        const list = info[key];
        info[key] = Array.isArray(list) && list.length > 0 ? [] : ['x', 'y', 'z'];
        return true;
      }),
    },
    {
      name: 'deployment pod texts odd',
      verdict: 'kept',
      apply: onDeployment((d, rng) => {
        const info = d.kube_info;
        const odd = () => rng.pick(['', '-1', 'abc', '99999999999999999999', '1/0', '0/0', '∞']);
        if (isObj(info)) {
          for (const key of ['ready', 'status', 'restarts', 'age']) {
            const list = info[key];
            if (Array.isArray(list)) info[key] = list.map(odd);
          }
        }
        if (Array.isArray(d.kube_status)) d.kube_status = d.kube_status.map(odd);
        return true;
      }),
    },
    {
      name: 'deployment helm status unheard of',
      verdict: 'kept',
      apply: onDeployment((d, rng) => {
        d.helm_status = oddText(rng);
        return true;
      }),
    },
    {
      name: 'deployment revision a number',
      verdict: 'left-out',
      apply: onDeployment((d) => {
        if (!isObj(d.helm_info)) return false;
        d.helm_info.revision = 3;
        return true;
      }),
    },
    {
      name: 'deployment times unreadable',
      verdict: 'kept',
      apply: onDeployment((d, rng) => {
        if (!isObj(d.helm_info)) return false;
        d.helm_info.updated = oddText(rng);
        return true;
      }),
    },
    {
      name: 'deployment ready a string',
      verdict: 'left-out',
      apply: onDeployment((d) => {
        d.ready = 'true';
        return true;
      }),
    },
    {
      name: 'deployment hostile links',
      verdict: 'kept',
      apply: onDeployment((d) => {
        d.links = ['javascript:alert(1)', '//evil.example', '/kube-helm-api/update-extensions'];
        return true;
      }),
    },
    {
      name: 'deployment id empty',
      verdict: 'kept',
      apply: onDeployment((d) => {
        d.deployment_id = '';
        return true;
      }),
    },
  ];
}

function versionMutations(): EntryMutation[] {
  return [
    {
      name: 'no versions at all',
      verdict: 'kept',
      apply: onCopy((copy) => {
        copy.available_versions = {};
        copy.versions = [];
        return true;
      }),
    },
    {
      name: 'latest version not among the versions',
      verdict: 'kept',
      apply: onCopy((copy) => {
        copy.latest_version = '99.0.0-ghost';
        copy.version = '';
        return true;
      }),
    },
    {
      name: 'a version without deployments key',
      verdict: 'left-out',
      apply: onCopy((copy) => {
        if (!isObj(copy.available_versions)) return false;
        copy.available_versions['0.0.0-broken'] = {};
        return true;
      }),
    },
    {
      name: 'version keys odd',
      verdict: 'kept',
      apply: onCopy((copy, rng) => {
        if (!isObj(copy.available_versions)) return false;
        copy.available_versions[oddText(rng).slice(0, 200)] = { deployments: [] };
        const versions: unknown[] = Array.isArray(copy.versions) ? copy.versions : [];
        copy.versions = [...versions, '', 'v.v.v'];
        return true;
      }),
    },
    {
      name: 'ten thousand versions',
      verdict: 'kept',
      apply: onCopy((copy) => {
        const many = Array.from({ length: 10_000 }, (_, i) => `0.${String(i)}.0`);
        copy.versions = many;
        return true;
      }),
    },
  ];
}

function paramMutations(): EntryMutation[] {
  return [
    {
      name: 'param without type',
      verdict: 'left-out',
      apply: onParam((p) => delete p.type),
    },
    {
      name: 'param without required',
      verdict: 'left-out',
      apply: onParam((p) => delete p.required),
    },
    {
      name: 'param required as text',
      verdict: 'left-out',
      apply: onParam((p) => {
        p.required = 'yes';
        return true;
      }),
    },
    {
      name: 'param texts of other types',
      verdict: 'kept',
      apply: onParam((p, rng) => {
        p.definition = wrongValue(rng);
        p.help = wrongValue(rng);
        p.title = { a: 1 };
        return true;
      }),
    },
    {
      name: 'param default and value odd',
      verdict: 'kept',
      apply: onParam((p, rng) => {
        p.default = rng.pick([null, {}, [null, 1], 1e300, '', oddText(rng)]);
        p.value = rng.pick([null, 'not a list', [{}, []], 42]);
        return true;
      }),
    },
    {
      name: 'param type unheard of',
      verdict: 'kept',
      apply: onParam((p) => {
        p.type = 'single_selectable';
        return true;
      }),
    },
    {
      name: 'params many and hostile',
      verdict: 'kept',
      apply: onCopy((copy, rng) => {
        const params: Obj = {};
        for (let i = 0; i < 60; i++) {
          params[`p${String(i)}`] = {
            type: rng.pick(['string', 'int', 'bool', 'list_single', 'list_multi', 'doc', 'x']),
            default: rng.pick(['', 'a', true, ['a'], null, 3]),
            value: rng.pick([['a', 'b'], null, 'z']),
            definition: oddText(rng).slice(0, 300),
            help: '<script>window.__xss=1</script><b>help</b>',
            html: '<img src=x onerror="window.__xss=1">',
            required: rng.next() < 0.5,
          };
        }
        copy.extension_params = params;
        return true;
      }),
    },
    {
      name: 'a param null',
      verdict: 'left-out',
      apply: onCopy((copy) => {
        const params = isObj(copy.extension_params) ? copy.extension_params : {};
        copy.extension_params = { ...params, broken: null };
        return true;
      }),
    },
  ];
}

function otherMutations(): EntryMutation[] {
  const replaced = (name: string, value: (rng: Rng) => unknown): EntryMutation => ({
    name,
    verdict: 'left-out',
    apply: (_, rng) => value(rng),
  });
  return [
    replaced('a bare text instead of the row', (rng) =>
      rng.pick(['bare string', '', oddText(rng)]),
    ),
    replaced('a number instead of the row', () => 42),
    replaced('null instead of the row', () => null),
    replaced('true instead of the row', () => true),
    replaced('a list instead of the row', () => [{ chart_name: 'x' }]),
    replaced('an empty object instead of the row', () => ({})),
    {
      name: 'annotation values not text',
      verdict: 'left-out',
      apply: onCopy((copy) => {
        copy.annotations = { 'ui-visible-name': 7 };
        return true;
      }),
    },
    {
      name: 'annotations odd',
      verdict: 'kept',
      apply: onCopy((copy, rng) => {
        copy.annotations = {
          'ui-visible-name': oddText(rng),
          documentation: rng.pick(['../../kube-helm-api/update-extensions', 'javascript:x', '']),
        };
        return true;
      }),
    },
    {
      name: 'unknown keys added',
      verdict: 'kept',
      apply: onCopy((copy, rng) => {
        copy.__proto__extra = { polluted: true };
        copy.constructor_ = 'x';
        copy[oddText(rng).slice(0, 50)] = wrongValue(rng);
        return true;
      }),
    },
    {
      name: 'keywords and links odd',
      verdict: 'kept',
      apply: onCopy((copy, rng) => {
        copy.keywords = ['', oddText(rng), 'kaapanamultiinstallable', 'kaapanamultiinstallable'];
        copy.links = ['javascript:alert(1)', ':99999', ':8080/a', '/ok', oddText(rng)];
        return true;
      }),
    },
    {
      name: 'kubeStatus empty text',
      verdict: 'kept',
      apply: onCopy((copy) => {
        copy.kubeStatus = '';
        copy.helmStatus = '';
        return true;
      }),
    },
    {
      name: 'successful odd word',
      verdict: 'left-out',
      apply: onCopy((copy) => {
        copy.successful = 'no';
        return true;
      }),
    },
    {
      name: 'kind unheard of',
      verdict: 'left-out',
      apply: onCopy((copy) => {
        copy.kind = 'workflow';
        return true;
      }),
    },
    {
      name: 'yes/no as true',
      verdict: 'left-out',
      apply: onCopy((copy, rng) => {
        copy[rng.pick(['installed', 'experimental', 'multiinstallable'])] = 'true';
        return true;
      }),
    },
  ];
}

export const ENTRY_MUTATIONS: readonly EntryMutation[] = [
  ...fieldMutations(),
  ...deploymentMutations(),
  ...versionMutations(),
  ...paramMutations(),
  ...otherMutations(),
];

/** Whole bodies that are not a list of rows at all, and what they are. */
export const WHOLE_GARBAGE: readonly { label: string; body: (rng: Rng) => string }[] = [
  { label: 'empty body', body: () => '' },
  { label: 'plain text', body: () => 'Internal Server Error' },
  { label: 'truncated JSON', body: () => '[{"chart_name": "a", "na' },
  { label: 'a JSON object', body: () => '{"rows": []}' },
  { label: 'JSON null', body: () => 'null' },
  { label: 'a JSON string', body: () => '"[]"' },
  { label: 'a JSON number', body: () => '42' },
  { label: 'a detail object', body: () => '{"detail":"Failed to get extensions"}' },
  {
    label: 'binary junk',
    body: (rng) => String.fromCharCode(...Array.from({ length: 300 }, () => rng.int(256))),
  },
  { label: 'only bare strings', body: () => '["bare string","another"]' },
  { label: 'only nulls and numbers', body: () => '[null, 1, true, []]' },
  { label: 'a huge text', body: (rng) => oddText(rng).repeat(3) },
  { label: 'nested arrays', body: () => '[[[[[[[[[[]]]]]]]]]]' },
  { label: 'JSON with a BOM', body: () => '\ufeff[]x' },
];

/**
 * One mutated list: a few entries of `base` changed (each by one mutation that applies to it),
 * sometimes an entry duplicated, or (now and then) garbage instead of a list.
 */
export function badList(
  base: readonly unknown[],
  rng: Rng,
  { garbageShare = 0.08, mutations = 4 }: { garbageShare?: number; mutations?: number } = {},
): BadList {
  if (rng.next() < garbageShare) {
    const garbage = rng.pick(WHOLE_GARBAGE);
    return {
      label: `garbage: ${garbage.label}`,
      body: garbage.body(rng),
      expect: { kind: 'refused', why: garbage.label },
    };
  }
  const entries = base.map((e) => e);
  const mutated: MutatedEntry[] = [];
  const count = Math.min(entries.length, 1 + rng.int(mutations));
  const free = entries.map((_, i) => i);
  for (let n = 0; n < count && free.length > 0; n++) {
    const index = free.splice(rng.int(free.length), 1)[0] ?? 0;
    const entry = entries[index];
    if (!isObj(entry)) continue;
    for (let tries = 0; tries < 20; tries++) {
      const mutation = rng.pick(ENTRY_MUTATIONS);
      const changed = mutation.apply(entry, rng);
      if (changed === null) continue;
      entries[index] = changed;
      mutated.push({ index, mutation: mutation.name, verdict: mutation.verdict });
      break;
    }
  }
  if (rng.next() < 0.1 && entries.length > 0) {
    // The same row twice: both are rows (or both are not).
    const from = rng.int(entries.length);
    entries.push(clone(entries[from]));
    const source = mutated.find((m) => m.index === from);
    mutated.push({
      index: entries.length - 1,
      mutation: `#${String(from)} twice`,
      verdict: source?.verdict ?? 'kept',
    });
  }
  const label = mutated.map((m) => `#${String(m.index)} ${m.mutation}`).join(', ') || 'unchanged';
  return {
    label,
    body: JSON.stringify(entries),
    expect: { kind: 'list', entries: entries.length, mutated },
  };
}
