import { describe, expect, it } from 'vitest';
import extensions from '../mocks/fixtures/extensions.json';
import { loadCaptures } from '../test/captures';
import { readableExtensionListSchema } from './extension-list';
import { extensionListSchema } from './schemas';

const fixture = () => structuredClone(extensions) as Record<string, unknown>[];

describe('reading /extensions entry by entry', () => {
  it('reads every fixture row and every captured list, with nothing unreadable', () => {
    const read = readableExtensionListSchema.parse(extensions);
    expect(read.rows).toEqual(extensionListSchema.parse(extensions));
    expect(read.unreadable).toEqual([]);
    const lists = loadCaptures().filter(
      (c) => c.status === 200 && /\/(extensions|platforms)$/.test(c.path),
    );
    expect(lists.length).toBeGreaterThan(5);
    for (const capture of lists) {
      expect(readableExtensionListSchema.parse(JSON.parse(capture.body)).unreadable).toEqual([]);
    }
  });

  it('keeps the readable rows when one lacks extension_params, and says which and why', () => {
    const list = fixture();
    const broken = list[4];
    if (!broken) throw new Error('fixture');
    delete broken.extension_params;
    const read = readableExtensionListSchema.parse(list);
    expect(read.rows).toHaveLength(22);
    expect(read.rows.map((r) => r.releaseName)).not.toContain(broken.releaseName);
    expect(read.unreadable).toEqual([
      {
        index: 4,
        name: 'Radiomics',
        problems: ['extension_params: Invalid input: expected record, received undefined'],
      },
    ]);
  });

  it('names an entry as people see it, and lists at most five problems', () => {
    const list = fixture();
    const [first] = list;
    if (!first) throw new Error('fixture');
    list[0] = { display_name: 'My chart', kind: 'nonsense' };
    const read = readableExtensionListSchema.parse(list);
    const entry = read.unreadable[0];
    expect(entry?.name).toBe('My chart');
    expect(entry?.problems).toHaveLength(6);
    expect(entry?.problems.at(-1)).toMatch(/^… and \d+ more$/);
  });

  it('reports bare strings, numbers, null and lists as entries that are not rows', () => {
    const read = readableExtensionListSchema.parse([
      'bare string',
      1,
      null,
      [],
      true,
      ...fixture().slice(0, 2),
    ]);
    expect(read.rows).toHaveLength(2);
    expect(read.unreadable).toEqual([
      { index: 0, name: null, problems: ['a bare text, not a row: "bare string"'] },
      { index: 1, name: null, problems: ['a number (1), not a row'] },
      { index: 2, name: null, problems: ['null, not a row'] },
      { index: 3, name: null, problems: ['a list, not a row'] },
      { index: 4, name: null, problems: ['a boolean (true), not a row'] },
    ]);
  });

  it('clips long names and texts', () => {
    const long = 'x'.repeat(500);
    const read = readableExtensionListSchema.parse([long, { releaseName: long }]);
    expect(read.unreadable[0]?.problems[0]?.length).toBeLessThan(120);
    expect(read.unreadable[1]?.name).toBe(`${'x'.repeat(80)}…`);
  });

  it('takes an empty list as an empty catalog, and refuses anything but a list', () => {
    expect(readableExtensionListSchema.parse([])).toEqual({ rows: [], unreadable: [] });
    for (const body of [{}, 'text', null, 1, { detail: 'x' }]) {
      expect(readableExtensionListSchema.safeParse(body).success).toBe(false);
    }
  });
});
