import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createKubeHelmClient } from '../src/api';
import { packChart } from '../src/mocks/sim/chart-archive';
import { packageChart } from '../scripts/package-chart';
import { NGINX_ORIGIN, SIM_ORIGIN } from './env';
import { expect, test } from './fixtures';

/**
 * Uploads through nginx's stand-alone proxy with the app's own client (FilePond's chunked
 * protocol: a multipart start, then 1 MiB PATCH chunks), as the browser would send them.
 */
function clientFor(session: string) {
  return createKubeHelmClient({
    baseUrl: `${NGINX_ORIGIN}/kube-helm-api`,
    fetch: (input, init) => {
      const headers = new Headers(init.headers);
      headers.set('Cookie', `kh-sim-session=${session}`);
      return fetch(input, { ...init, headers });
    },
  });
}

async function listed(client: ReturnType<typeof clientFor>, chartName: string) {
  await expect
    .poll(async () => (await client.listExtensions()).some((row) => row.chart_name === chartName), {
      timeout: 20_000,
    })
    .toBe(true);
}

test('the packaged chart uploads through nginx and is listed', async ({ simSession }) => {
  const out = mkdtempSync(join(tmpdir(), 'kx-nginx-upload-'));
  try {
    const path = packageChart(out);
    const file = new File([readFileSync(path)], basename(path));
    const client = clientFor(simSession);
    const outcome = await client.upload.file(file);
    expect(outcome.kind).toBe('stored');
    await listed(client, 'extensions-ui-chart');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a chart larger than a chunk goes through in several, chunks above nginx’s default body limit', async ({
  simSession,
  request,
}) => {
  const name = 'big-upload-chart';
  const bytes = packChart({
    name,
    version: '1.0.0',
    description: 'Three chunks',
    padToBytes: 2_500_000,
  });
  expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
  const file = new File([new Uint8Array(bytes)], `${name}-1.0.0.tgz`);
  const client = clientFor(simSession);
  // 2 MiB chunks: more than nginx accepts by default (1 MiB), as a larger chunk size would send.
  const outcome = await client.upload.file(file, { chunkSize: 2 * 1024 * 1024 });
  expect(outcome.kind).toBe('stored');
  // What kube-helm stored is, byte for byte, what was sent.
  const state = await request.get(`${SIM_ORIGIN}/__sim/uploads`, {
    headers: { Cookie: `kh-sim-session=${simSession}` },
  });
  const { received } = (await state.json()) as {
    received: { name: string; size: number; sha256: string | null }[];
  };
  expect(received).toContainEqual({
    name: file.name,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  await listed(client, name);
});
