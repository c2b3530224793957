import { describe, expect, it } from 'vitest';
import { badList } from '../test/drills/bad-lists';
import { baseLists, simulatedList } from '../test/drills/base-lists';
import { caseRng, drillSeed, printSeedOnFailure } from '../test/drills/seed';
import { isObject, quickRow } from './row-check';
import { extensionRowSchema } from './schemas';

/** The quick reading of an entry, held against the schema's: whatever it accepts reads equal. */
function expectAgrees(entry: object, where: string): boolean {
  const quick = quickRow(entry);
  if (quick === undefined) return false;
  expect(quick, where).toBe(entry);
  const schema = extensionRowSchema.safeParse(entry);
  expect(schema.success, `${where}: the schema accepts it too`).toBe(true);
  expect(quick, `${where}: reads the same`).toStrictEqual(schema.data);
  return true;
}

describe('the quick reading of a row', () => {
  it('reads every good row as the schema does, without a copy', async () => {
    const lists = [...(await baseLists()), await simulatedList('large:2000')];
    let rows = 0;
    for (const [n, list] of lists.entries()) {
      for (const [i, entry] of list.entries()) {
        if (!isObject(entry)) continue;
        const where = `list ${String(n)} #${String(i)}`;
        // Parameters with chart text written as a number are converted: the schema's work.
        const converts = /"(definition|help|title|html)":(?!")/.test(
          JSON.stringify(entry.extension_params),
        );
        expect(expectAgrees(entry, where), where).toBe(!converts);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(2_000);
  });

  it('accepts nothing the schema refuses or reads differently, in a thousand mutated lists', async () => {
    const seed = drillSeed(20_261_204);
    printSeedOnFailure('quick rows', seed);
    const bases = await baseLists();
    const tally = { quick: 0, left: 0 };
    for (let n = 0; n < 1_000; n++) {
      const rng = caseRng(seed, n);
      const bad = badList(rng.pick(bases), rng);
      if (bad.expect.kind !== 'list') continue;
      const entries = JSON.parse(bad.body) as unknown[];
      for (const m of bad.expect.mutated) {
        const entry = entries[m.index];
        if (!isObject(entry)) continue;
        const where = `seed ${String(seed)} case ${String(n)} #${String(m.index)} ${m.mutation}`;
        if (expectAgrees(entry, where)) tally.quick++;
        else tally.left++;
      }
    }
    // Some mutations keep a row exactly as kube-helm could send it, most do not.
    expect(tally.quick).toBeGreaterThan(50);
    expect(tally.left).toBeGreaterThan(500);
  });

  const good = async () => {
    const [entry] = await simulatedList('busy');
    if (!isObject(entry)) throw new Error('no row');
    return entry;
  };

  it('leaves to the schema a row with an extra key, a missing one or a wrong type', async () => {
    const row = await good();
    expect(quickRow(row)).toBe(row);
    const cases: [string, (r: Record<string, unknown>) => void][] = [
      ['an extra key (the schema drops it)', (r) => (r.extra = 1)],
      ['a missing key', (r) => delete r.versions],
      [
        'a __proto__ key',
        (r) => Object.defineProperty(r, '__proto__', { value: {}, enumerable: true }),
      ],
      ['a number for text', (r) => (r.description = 3)],
      ['an unknown kind', (r) => (r.kind = 'workflow')],
      ['true for yes', (r) => (r.installed = true)],
      ['a number among keywords', (r) => (r.keywords = ['a', 1])],
      ['successful "no"', (r) => (r.successful = 'no')],
      ['a version without deployments', (r) => (r.available_versions = { '1.0.0': {} })],
      [
        'a parameter with a number for a title',
        (r) => {
          r.extension_params = { p: { type: 'string', required: false, title: 7 } };
        },
      ],
      ['a parameter without required', (r) => (r.extension_params = { p: { type: 'string' } })],
      ['an annotation that is not text', (r) => (r.annotations = { a: null })],
    ];
    for (const [what, change] of cases) {
      const copy = structuredClone(row);
      change(copy);
      expect(quickRow(copy), what).toBeUndefined();
    }
    const withSuccess = { ...structuredClone(row), successful: null };
    expect(expectAgrees(withSuccess, 'successful: null'), 'successful: null').toBe(true);
  });

  it('checks every deployment, its helm and pod facts', async () => {
    const lists = await baseLists();
    const deployed = lists
      .flat()
      .filter(isObject)
      .find((r) => JSON.stringify(r.available_versions).includes('"kube_info":{'));
    if (!deployed) throw new Error('no deployed row');
    expect(quickRow(deployed)).toBe(deployed);
    const breaks: ((d: Record<string, unknown>) => void)[] = [
      (d) => (d.ready = 'true'),
      (d) => (d.extra = true),
      (d) => (d.kube_status = 'running'),
      (d) => ((d.helm_info as Record<string, unknown>).revision = 1),
      (d) => ((d.kube_info as Record<string, unknown>).age = '3d'),
      (d) => ((d.kube_info as Record<string, unknown>).annotations = null),
    ];
    for (const [n, change] of breaks.entries()) {
      const copy = structuredClone(deployed);
      const versions = copy.available_versions as Record<string, { deployments: unknown[] }>;
      const deployment = Object.values(versions)
        .flatMap((v) => v.deployments)
        .find((d) => isObject(d) && isObject(d.kube_info));
      if (!isObject(deployment)) throw new Error('no deployment');
      change(deployment);
      expect(quickRow(copy), `break ${String(n)}`).toBeUndefined();
      // Only the extra key is the schema's to drop; every other break is wrong for it too.
      expect(extensionRowSchema.safeParse(copy).success, `break ${String(n)}`).toBe(n === 1);
    }
  });
});
