import { describe, expect, it } from 'vitest';
import { createKubeHelmClient, explainApiError, isApiError, type KubeHelmClient } from '../../api';
import { caseRng, drillCount, drillSeed, printSeedOnFailure, reportDrill } from './seed';
import { describeGarbage, garbageFetch, garbageReply } from './garbage-replies';

/**
 * Drill: garbage from every endpoint but the list, through the client. Whatever comes back, each
 * call ends in one of its typed outcomes or an ApiError that can be explained to people, never a
 * crash, and never an install or an upload reported done that the reply does not prove.
 */

type Call = (client: KubeHelmClient) => Promise<unknown>;

const file = new File([new Uint8Array(3000).fill(7)], 'images.tar');
const CALLS: Record<string, Call> = {
  install: (c) => c.install({ name: 'edk', version: '0.6.0', keywords: ['kaapanaapplication'] }),
  launch: (c) =>
    c.install({
      name: 'jupyterlab-chart',
      version: '0.6.0',
      keywords: ['kaapanamultiinstallable'],
    }),
  uninstall: (c) => c.uninstall({ releaseName: 'edk', version: '0.6.0' }),
  'force uninstall': (c) =>
    c.uninstall({ releaseName: 'edk', force: true, multiinstallable: true }),
  'update extensions': (c) => c.updateExtensions(),
  'chart status': (c) => c.viewChartStatus('edk'),
  'active applications': (c) => c.listActiveApplications(),
  'complete application': (c) => c.completeActiveApplication('kaapanaint-x'),
  'health check': (c) => c.healthCheck(),
  platforms: (c) => c.listPlatforms(),
  'upload start': (c) => c.upload.start({ name: 'images.tar', size: 3000 }),
  'upload chunk': (c) =>
    c.upload.sendChunk({
      id: 'abc-12345678',
      data: file,
      offset: 0,
      total: 3000,
      fileName: 'images.tar',
    }),
  'upload revert': (c) => c.upload.revert('abc-12345678'),
  'upload a file': (c) => c.upload.file(file, { chunkSize: 1000, restartDelaysMs: [0] }),
  'import images': (c) => c.importContainer('images.tar'),
};

/** Successes that garbage can never prove. */
function provenWithout(name: string, outcome: unknown): string | null {
  if (typeof outcome !== 'object' || outcome === null || !('kind' in outcome)) return null;
  const { kind } = outcome;
  if (
    (name === 'install' || name === 'launch') &&
    (kind === 'installed' || kind === 'already-installed')
  ) {
    return `an install reported ${kind}`;
  }
  if (name === 'upload a file' && kind === 'stored') return 'an upload reported stored';
  return null;
}

/** Every error in an outcome (or thrown) must be an ApiError people can be told about. */
function checkError(error: unknown, where: string): void {
  expect(isApiError(error), `${where}: ${String(error)}`).toBe(true);
  if (!isApiError(error)) return;
  const words = explainApiError(error);
  expect(words.title.trim(), `${where}: explained`).not.toBe('');
}

describe('drill: garbage from every other endpoint', () => {
  it('ends every call in a typed outcome or an explained error', async () => {
    const seed = drillSeed(4_242);
    printSeedOnFailure('garbage endpoints', seed);
    const perCall = drillCount(40);
    const outcomes = new Map<string, number>();
    for (const [index, [name, call]] of Object.entries(CALLS).entries()) {
      for (let n = 0; n < perCall; n++) {
        const reply = garbageReply(caseRng(seed, index * 10_000 + n));
        const client = createKubeHelmClient({
          baseUrl: 'http://kaapana.test/kube-helm-api',
          fetch: garbageFetch(reply),
          project: { transport: 'header', current: () => ({ id: 'p-1', name: 'admin' }) },
          // A hang is given up on at once (what a time-out means is the subject, not its length).
          timeouts: {
            extensions: 20,
            install: 20,
            uninstall: 20,
            updateExtensions: 20,
            importContainer: 20,
            uploadChunk: 20,
            other: 20,
          },
        });
        const where = `seed ${String(seed)}, ${name} answered ${describeGarbage(reply)}`;
        let result: string;
        try {
          const outcome = await call(client);
          expect(provenWithout(name, outcome), where).toBeNull();
          if (typeof outcome === 'object' && outcome !== null && 'error' in outcome) {
            checkError(outcome.error, where);
          }
          result =
            typeof outcome === 'object' && outcome !== null && 'kind' in outcome
              ? String(outcome.kind)
              : 'answer';
        } catch (error) {
          checkError(error, where);
          result = isApiError(error) ? `error ${error.kind}` : 'crash';
        }
        outcomes.set(result, (outcomes.get(result) ?? 0) + 1);
      }
    }
    expect(outcomes.get('crash')).toBeUndefined();
    reportDrill('garbage endpoints', {
      seed,
      replies: perCall * Object.keys(CALLS).length,
      ...Object.fromEntries(outcomes),
    });
  }, 120_000);
});
