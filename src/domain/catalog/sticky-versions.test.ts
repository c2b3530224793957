import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { STICKY_VERSIONS_MS, StickyVersions } from './sticky-versions';

const rows = extensionListSchema.parse(fixtureJson);
const collabora = rows.find((r) => r.releaseName === 'collabora-chart');
if (!collabora) throw new Error('fixture changed');
/** What a quick re-read after an uninstall gives: the latest version only. */
const reread = {
  ...collabora,
  versions: ['0.6.0'],
  available_versions: { '0.6.0': { deployments: [] } },
};
const withReread = rows.map((r) => (r === collabora ? reread : r));

describe('sticky versions', () => {
  it('keeps the versions of a full read while a quick re-read shows fewer', () => {
    const sticky = new StickyVersions();
    expect(sticky.apply(rows, 0)).toBe(rows);
    const shown = sticky.apply(withReread, 5_000);
    const row = shown.find((r) => r.releaseName === 'collabora-chart');
    expect(row?.versions).toEqual(['0.6.0', '0.5.3']);
    expect(Object.keys(row?.available_versions ?? {}).sort()).toEqual(['0.5.3', '0.6.0']);
    // The same answer again gives the same objects: unchanged lines do not re-render.
    expect(sticky.apply(withReread, 6_000)).toEqual(shown);
    expect(sticky.apply(withReread, 6_000).find((r) => r.releaseName === 'collabora-chart')).toBe(
      row,
    );
  });

  it('believes the list again after a while', () => {
    const sticky = new StickyVersions();
    sticky.apply(rows, 0);
    const later = sticky.apply(withReread, STICKY_VERSIONS_MS);
    expect(later.find((r) => r.releaseName === 'collabora-chart')?.versions).toEqual(['0.6.0']);
  });
});
