import { describe, expect, it } from 'vitest';
import type { z } from '../contract/zod';
import activeApplications from '../mocks/fixtures/active-applications.json';
import availablePlatforms from '../mocks/fixtures/available-platforms.json';
import extensions from '../mocks/fixtures/extensions.json';
import platforms from '../mocks/fixtures/platforms.json';
import textResponses from '../mocks/fixtures/text-responses.json';
import viewChartStatus from '../mocks/fixtures/view-chart-status.json';
import { loadCaptures } from '../test/captures';
import { serverMessage } from './request';
import {
  activeApplicationListSchema,
  availablePlatformsSchema,
  chartStatusSchema,
  extensionListSchema,
  extensionRowSchema,
} from '../contract/schemas';

describe('the schemas accept every fixture', () => {
  it.each([
    ['extensions.json', extensionListSchema, extensions],
    ['platforms.json', extensionListSchema, platforms],
    ['active-applications.json', activeApplicationListSchema, activeApplications],
    ['view-chart-status.json', chartStatusSchema, viewChartStatus],
    ['available-platforms.json', availablePlatformsSchema, availablePlatforms],
  ] as [string, z.ZodMiniType, unknown][])('%s', (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });

  it('keeps all 23 fixture rows', () => {
    expect(extensionListSchema.parse(extensions)).toHaveLength(23);
  });
});

const SCHEMA_BY_PATH: [RegExp, z.ZodMiniType][] = [
  [/\/(extensions|platforms)$/, extensionListSchema],
  [/\/active-applications$/, activeApplicationListSchema],
  [/\/view-chart-status$/, chartStatusSchema],
];

describe('the schemas accept every JSON body of the real captures', () => {
  const captures = loadCaptures();
  const jsonOk = captures.filter(
    (c) =>
      c.status < 300 && c.contentType === 'application/json' && !c.path.endsWith('openapi.json'),
  );

  it('finds the captured JSON bodies', () => {
    expect(jsonOk).toHaveLength(19);
  });

  for (const capture of jsonOk) {
    it(`${capture.file}: ${capture.title}`, () => {
      const schema = SCHEMA_BY_PATH.find(([path]) => path.test(capture.path))?.[1];
      expect(schema, `no schema for ${capture.path}`).toBeDefined();
      const result = schema?.safeParse(JSON.parse(capture.body));
      expect(result?.error).toBeUndefined();
    });
  }

  it('reads a message out of every captured error body', () => {
    const errors = captures.filter((c) => c.status >= 400);
    expect(errors.length).toBeGreaterThan(15);
    for (const capture of errors) {
      expect(
        serverMessage({ text: capture.body, contentType: capture.contentType }),
        capture.file,
      ).not.toBe('');
    }
  });

  it('reads every plain-text captured body as it is, whatever it looks like', () => {
    for (const capture of captures.filter((c) => c.contentType === null && c.method !== 'HEAD')) {
      expect(
        serverMessage({ text: capture.body, contentType: capture.contentType }),
        capture.file,
      ).toBe(capture.body.trim());
    }
  });
});

describe('the schemas reject what kube-helm never sends', () => {
  const row = extensionListSchema.parse(extensions)[0];
  it.each([
    ['installed as a boolean', { installed: true }],
    ['successful "no"', { successful: 'no' }],
    ['an unknown kind', { kind: 'service' }],
    [
      'kube_status as null',
      { available_versions: { '0.6.0': { deployments: [{ kube_status: null }] } } },
    ],
    [
      'a numeric revision',
      { available_versions: { '0.6.0': { deployments: [{ helm_info: { revision: 1 } }] } } },
    ],
  ])('%s', (_what, patch) => {
    const merged = structuredClone(row) as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'available_versions') {
        const dep = row?.available_versions['0.6.0']?.deployments[0];
        const inner = (value as { '0.6.0': { deployments: Record<string, unknown>[] } })['0.6.0']
          .deployments[0];
        merged.available_versions = {
          '0.6.0': {
            deployments: [
              {
                ...dep,
                ...inner,
                ...(inner?.helm_info
                  ? { helm_info: { ...dep?.helm_info, ...inner.helm_info } }
                  : {}),
              },
            ],
          },
        };
      } else {
        merged[key] = value;
      }
    }
    expect(extensionRowSchema.safeParse(merged).success).toBe(false);
  });

  it("takes any YAML in a parameter's default and value: one odd chart must not break the list", () => {
    const odd = structuredClone(extensions) as { extension_params: unknown }[];
    const first = odd[0];
    if (!first) throw new Error('fixture');
    first.extension_params = {
      weird: {
        type: 'string',
        default: { a: 1 },
        value: [1, 2],
        definition: 42,
        help: ['x'],
        required: true,
      },
    };
    const parsed = extensionListSchema.parse(odd);
    expect(parsed[0]?.extension_params?.weird).toMatchObject({ definition: '42', help: undefined });
  });

  it('drops the bare strings a corrupted cache can hold, and keeps the rows', () => {
    expect(extensionListSchema.parse(['oops', ...(extensions as unknown[])])).toHaveLength(23);
  });
});

describe('error bodies of text-responses.json', () => {
  it('always yield the message people should see', () => {
    // The gateway's own answers (401, 403) are told apart by status, not by body.
    const fromKubeHelm = textResponses.responses.filter(
      (x) => x.method !== 'HEAD' && x.status !== 401 && x.status !== 403,
    );
    expect(fromKubeHelm.length).toBeGreaterThan(20);
    for (const r of fromKubeHelm) {
      const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
      const message = serverMessage({ text: body, contentType: r.contentType });
      expect(message, `${r.method} ${r.path}`).not.toBe('');
      if (
        typeof r.body === 'object' &&
        typeof (r.body as { detail?: unknown }).detail === 'string'
      ) {
        expect(message).toBe((r.body as { detail: string }).detail);
      }
    }
  });
});
