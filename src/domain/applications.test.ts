import { describe, expect, it } from 'vitest';
import {
  activeApplicationListSchema,
  extensionListSchema,
  type ActiveApplication,
} from '../contract/schemas';
import appsJson from '../mocks/fixtures/active-applications.json';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { applicationName, createdAtMs, groupApplications } from './applications';
import { shortDuration, spokenAge } from './durations';

const apps = activeApplicationListSchema.parse(appsJson);
const rows = extensionListSchema.parse(fixtureJson);
const PROJECT = '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81';
const app = (over: Partial<ActiveApplication>): ActiveApplication => ({
  name: 'x',
  namespace: 'services',
  created_at: '2025-12-18T09:41:07+00:00',
  project: '',
  paths: ['/x/'],
  annotations: {},
  release_name: 'x',
  from_workflow_run: false,
  ready: true,
  ...over,
});

describe('groupApplications: the lists Kaapana users know', () => {
  it('splits the fixture into triggered and installed in the project', () => {
    const groups = groupApplications(apps, PROJECT);
    const names = (list: ActiveApplication[]) => list.map((a) => a.release_name);
    expect(groups.triggered.every((a) => a.from_workflow_run)).toBe(true);
    expect(groups.triggered.length).toBeGreaterThan(0);
    expect(groups.inProject.length).toBeGreaterThan(0);
    expect(
      [...names(groups.triggered), ...names(groups.inProject), ...names(groups.others)].sort(),
    ).toEqual(
      apps
        .filter((a) => a.paths.length > 0)
        .map((a) => a.release_name)
        .sort(),
    );
  });

  it("needs every path in the project's space, and leaves out applications without paths", () => {
    const mine = `/applications/project/${PROJECT}/release/a`;
    const groups = groupApplications(
      [
        app({ release_name: 'mine', paths: [mine] }),
        app({ release_name: 'half', paths: [mine, '/elsewhere/'] }),
        app({ release_name: 'other', paths: ['/applications/project/other/release/b'] }),
        app({ release_name: 'bare', paths: [`/applications/project/${PROJECT}/release/`] }),
        app({ release_name: 'none', paths: [] }),
      ],
      PROJECT,
    );
    expect(groups.inProject.map((a) => a.release_name)).toEqual(['mine']);
    expect(groups.others.map((a) => a.release_name)).toEqual(['half', 'other', 'bare']);
  });

  it('puts everything not triggered among the others when no project is known', () => {
    const groups = groupApplications(apps, null);
    expect(groups.inProject).toEqual([]);
    expect(groups.others.length + groups.triggered.length).toBe(
      apps.filter((a) => a.paths.length > 0).length,
    );
  });
});

describe('applicationName: never a bare release id when a better name is known', () => {
  it('uses the display name it was launched with', () => {
    expect(
      applicationName(
        app({ release_name: 'r1', annotations: { 'kaapana.ai/display-name': 'lung-study' } }),
        rows,
      ),
    ).toBe('lung-study');
  });

  it("falls back to the catalog's name of its extension", () => {
    const release = 'jupyterlab-chart-b71e04c9d2a35f6e8c10';
    expect(
      applicationName(
        app({ release_name: release, annotations: { 'kaapana.ai/display-name': release } }),
        rows,
      ),
    ).toBe('Jupyterlab Notebook');
    expect(applicationName(app({ release_name: 'code-server-chart' }), rows)).toBe(
      'Code Server for Airflow',
    );
  });

  it('says the release name when nothing better is known', () => {
    expect(applicationName(app({ release_name: 'kaapanaint-x-1' }), rows)).toBe('kaapanaint-x-1');
    expect(
      applicationName(
        app({ release_name: 'r', annotations: { 'kaapana.ai/display-name': '-' } }),
        [],
      ),
    ).toBe('r');
  });

  it('reads the creation time, with its offset', () => {
    expect(createdAtMs(app({ created_at: '2025-12-18T10:41:07+01:00' }))).toBe(
      Date.parse('2025-12-18T09:41:07Z'),
    );
    expect(createdAtMs(app({ created_at: 'yesterday' }))).toBeNull();
  });
});

describe('durations', () => {
  it('prints ages as kubectl does, and says them in words', () => {
    expect(
      [45_000, 14 * 60_000, 192 * 60_000, 52 * 3_600_000, 400 * 86_400_000].map(shortDuration),
    ).toEqual(['45s', '14m', '3h12m', '2d4h', '400d']);
    expect(spokenAge(192 * 60_000)).toBe('3 hours 12 minutes');
    expect(spokenAge(86_400_000)).toBe('1 day');
    expect(shortDuration(-5)).toBe('0s');
  });
});
