import { describe, expect, it, vi } from 'vitest';
import { createKubeHelmClient } from '../../api';
import { testChart } from '../../test/chart-archives';
import type * as CheckFileModule from './check-file';
import { UploadQueue } from './upload-queue';

// The chart reader is loaded on first use (checkFile imports it); here its code cannot be fetched
// (the network failed, or the app was updated on the server since the page was opened), which
// rejects the check with the browser's error.
vi.mock('./check-file', async (original) => ({
  ...(await original<typeof CheckFileModule>()),
  checkFile: () =>
    Promise.reject(
      new TypeError(
        'Failed to fetch dynamically imported module: https://k.example/assets/preflight-1.js',
      ),
    ),
}));

describe('the upload queue without its chart reader', () => {
  it('fails the file clearly, sends nothing, and says to reload', async () => {
    const sent: string[] = [];
    const client = createKubeHelmClient({
      baseUrl: 'http://kaapana.test/kube-helm-api',
      fetch: (url) => {
        sent.push(url);
        return Promise.reject(new TypeError('nothing may be sent'));
      },
    });
    const q = new UploadQueue({
      client,
      storage: null,
      catalog: () => Promise.resolve([]),
      record: () => undefined,
    });
    q.add([new File([testChart({ name: 'hello-app' })], 'hello-app-0.1.0.tgz')]);
    await vi.waitFor(() => {
      expect(q.entries.get()[0]?.stage).toBe('failed');
    });
    expect(q.entries.get()[0]).toMatchObject({
      message: 'The chart reader could not be loaded, so the file was neither checked nor sent.',
      nextStep: expect.stringMatching(/Reload the page to add the file again\.$/) as unknown,
    });
    expect(sent).toEqual([]);
  });
});
