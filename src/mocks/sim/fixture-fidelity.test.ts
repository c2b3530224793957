import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import activeApplicationsFixture from '../fixtures/active-applications.json';
import extensionsFixture from '../fixtures/extensions.json';
import platformsFixture from '../fixtures/platforms.json';
import { capturedRequest, loadCaptures } from '../../test/captures';
import { kubeHelmHandlers } from '../handlers';
import { SimBackend } from './backend';
import { realClock } from './clock';
import { testBackend } from './test-helpers';

describe('the busy scenario is the fixture state', () => {
  it('lists exactly the fixture rows, in order, then its own trouble-making charts', async () => {
    const { rows } = testBackend({ scenario: 'busy' });
    const listed = await rows();
    expect(listed.slice(0, extensionsFixture.length)).toEqual(extensionsFixture);
    expect(listed.slice(extensionsFixture.length).map((r) => r.releaseName)).toEqual([
      'broken-app-chart',
      'missing-image-chart',
      'slow-install-workflow',
      'failing-install-chart',
      'stuck-hook-workflow',
    ]);
  });

  it('lists exactly the fixture active applications', async () => {
    const { backend, answer } = testBackend({ scenario: 'busy' });
    const reply = await answer(backend.activeApplications());
    expect(JSON.parse(reply.body)).toEqual(activeApplicationsFixture);
  });

  it('lists the fixture platform', async () => {
    const { backend, answer } = testBackend({ scenario: 'busy' });
    const reply = await answer(backend.listPlatforms());
    expect(JSON.parse(reply.body)).toEqual(platformsFixture);
  });
});

/**
 * Requests whose answer does not depend on which charts are installed: replayed against the
 * `fresh` scenario, the simulator must answer exactly what the real kube-helm answered.
 */
const REPLAYABLE = [
  '01-health-check.txt',
  '02-health-check-root-path.txt',
  '05-view-chart-status-missing.txt',
  '06-view-chart-status-no-param.txt',
  '07-active-applications-empty.txt',
  '13-install-multi-no-project-header.txt',
  '17-install-missing-version.txt',
  '18-install-unknown-chart.txt',
  '19-install-not-json.txt',
  '29-delete-nonexistent.txt',
  '30-delete-missing-release-name.txt',
  '40-filepond-patch-no-id.txt',
  '44-filepond-delete-unknown.txt',
  '47-filepond-post-bad-form.txt',
  '51-import-container-missing.txt',
  '52-import-container-empty.txt',
  '53-import-container-no-param.txt',
  '68-complete-active-application-missing.txt',
  '69-complete-active-application-wrong.txt',
  '73-query-sanitizing.txt',
];

describe('the simulator answers like the real kube-helm', () => {
  const server = setupServer(
    ...kubeHelmHandlers(() => backend, '/kube-helm-api'),
    ...kubeHelmHandlers(() => backend, ''),
  );
  let backend = new SimBackend({ scenario: 'fresh', timing: 'fast', clock: realClock });
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => {
    server.close();
  });

  const captures = loadCaptures().filter((c) => REPLAYABLE.includes(c.file));
  it('has every replayable capture', () => {
    expect(captures).toHaveLength(REPLAYABLE.length);
  });

  for (const capture of captures) {
    it(`${capture.file}: ${capture.title}`, async () => {
      backend = new SimBackend({ scenario: 'fresh', timing: 'fast', clock: realClock });
      const request = capturedRequest(capture);
      let body: BodyInit | undefined = request.body;
      if (request.form) {
        const form = new FormData();
        for (const [k, v] of Object.entries(request.form)) form.append(k, v);
        body = form;
      }
      const response = await fetch(
        `http://kaapana.test${request.url.pathname}${request.url.search}`,
        {
          method: request.method,
          headers: request.headers,
          body,
        },
      );
      expect(response.status).toBe(capture.status);
      expect(response.headers.get('Content-Type')).toBe(capture.contentType);
      const text = await response.text();
      if (capture.contentType === 'application/json') {
        expect(JSON.parse(text)).toEqual(JSON.parse(capture.body));
      } else {
        expect(text).toBe(capture.body);
      }
    });
  }
});
