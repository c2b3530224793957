import { describe, expect, it } from 'vitest';
import { deriveState } from '../../domain/extension-state';
import { PROJECT, testBackend } from './test-helpers';

describe('uninstalling', () => {
  it('runs the hooks (uninstalling), then the release is gone', async () => {
    const sim = testBackend({ scenario: 'busy' });
    await sim.rows();
    const reply = await sim.uninstall({
      release_name: 'nnunet-workflow',
      release_version: '0.6.0',
      helm_command_addons: '',
    });
    expect(reply).toEqual({
      status: 200,
      body: 'Started uninstalling nnunet-workflow',
      contentType: null,
    });
    const during = await sim.row('nnunet-workflow');
    expect(during && deriveState(during).state).toBe('uninstalling');
    await sim.clock.advance(sim.backend.timing.workflowHookMs);
    const after = await sim.row('nnunet-workflow');
    expect(after && deriveState(after).state).toBe('not-installed');
    expect(after?.installed).toBe('no');
  });

  it('answers 200 for a release that does not exist', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    expect(
      (await sim.uninstall({ release_name: 'no-such-release', helm_command_addons: '' })).body,
    ).toBe('Started uninstalling no-such-release');
  });

  it('crashes on a boolean multiinstallable, as upstream does', async () => {
    const sim = testBackend({ scenario: 'busy' });
    const reply = await sim.uninstall({
      release_name: 'jupyterlab-chart-3f9a1c7e52b04d8a6e1f',
      multiinstallable: true,
    });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({
      detail: "Chart uninstall failed 'bool' object has no attribute 'lower'",
    });
    expect(sim.backend.world.releases.has('jupyterlab-chart-3f9a1c7e52b04d8a6e1f')).toBe(true);
  });

  it('leaves a release whose hook hangs uninstalling until a forced uninstall', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const keywords = ['kaapanaworkflow', 'kaapanaexperimental'];
    await sim.install({ name: 'stuck-hook-workflow', version: '0.1.0', keywords });
    await sim.uninstall({
      release_name: 'stuck-hook-workflow',
      release_version: '0.1.0',
      helm_command_addons: '',
    });
    await sim.clock.advance(60_000);
    await sim.rebuildNext();
    const stuck = await sim.row('stuck-hook-workflow');
    expect(stuck && deriveState(stuck).state).toBe('uninstalling');
    await sim.uninstall({
      release_name: 'stuck-hook-workflow',
      release_version: '0.1.0',
      helm_command_addons: '--no-hooks',
    });
    await sim.clock.advance(100);
    const gone = await sim.row('stuck-hook-workflow');
    expect(gone && deriveState(gone).state).toBe('not-installed');
  });

  it("gets the fixture's stuck mitk-flow-workflow out only by force", async () => {
    const sim = testBackend({ scenario: 'busy' });
    await sim.uninstall({
      release_name: 'mitk-flow-workflow',
      release_version: '0.6.0',
      helm_command_addons: '',
    });
    await sim.clock.advance(120_000);
    expect(sim.backend.world.releases.has('mitk-flow-workflow')).toBe(true);
    await sim.uninstall({ release_name: 'mitk-flow-workflow', helm_command_addons: '--no-hooks' });
    await sim.clock.advance(100);
    await sim.rows();
    expect(sim.backend.world.releases.has('mitk-flow-workflow')).toBe(false);
  });

  it('keeps a deleted instance row (successful "pending") until the next full rebuild', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const launched = await sim.install(
      {
        name: 'jupyterlab-chart',
        version: '0.6.0',
        keywords: ['kaapanaapplication', 'kaapanaint', 'kaapanamultiinstallable'],
      },
      PROJECT,
    );
    const name = launched.body.replace('Successfully installed: ', '');
    await sim.rebuildNext();
    expect(await sim.row(name)).toBeDefined();
    await sim.uninstall({
      release_name: name,
      release_version: '0.6.0',
      helm_command_addons: '',
      multiinstallable: 'yes',
    });
    await sim.clock.advance(sim.backend.timing.applicationHookMs + 50);
    const lingering = await sim.row(name);
    expect(lingering?.successful).toBe('pending');
    const template = await sim.row('jupyterlab-chart');
    expect(template?.available_versions['0.6.0']?.deployments).toEqual([]);
    await sim.rebuildNext();
    expect(await sim.row(name)).toBeUndefined();
  });
});

describe('update-extensions', () => {
  it('answers 202 at once; the new charts appear only at a full rebuild after they land', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.rows();
    const reply = await sim.answer(sim.backend.updateExtensions());
    expect(reply).toEqual({
      status: 202,
      body: 'Successfully updated the extensions',
      contentType: null,
    });
    await sim.clock.advance(sim.backend.timing.collectionCopyMs);
    expect(await sim.row('anonymizer-workflow')).toBeUndefined();
    await sim.rebuildNext();
    expect(await sim.row('anonymizer-workflow')).toBeDefined();
    expect(await sim.row('label-studio-chart')).toBeDefined();
  });

  it('fills an empty catalog', async () => {
    const sim = testBackend({ scenario: 'empty' });
    expect(await sim.rows()).toEqual([]);
    await sim.answer(sim.backend.updateExtensions());
    await sim.clock.advance(sim.backend.timing.collectionCopyMs);
    await sim.rebuildNext();
    expect((await sim.rows()).length).toBeGreaterThan(20);
  });
});

describe('active applications', () => {
  it('completes a kaapanaint release, refuses others with upstream wording', async () => {
    const sim = testBackend({ scenario: 'busy' });
    const done = await sim.answer(
      sim.backend.completeActiveApplication(
        JSON.stringify({ release_name: 'kaapanaint-mitk-flow-251218094107123456' }),
      ),
    );
    expect(done.body).toBe('Completed active application: kaapanaint-mitk-flow-251218094107123456');
    const refused = await sim.answer(
      sim.backend.completeActiveApplication(JSON.stringify({ release_name: 'nnunet-workflow' })),
    );
    expect(refused.status).toBe(500);
    expect(JSON.parse(refused.body)).toEqual({
      detail:
        'Internal server error: 500: Failed to complete active application: release nnunet-workflow does not have correct annotations',
    });
  });
});
