import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { describeInstall, describeUninstall } from './outcome-messages';

const ctx = { name: 'nnUNet', version: '0.6.0', launch: false, existingState: null };
const httpError = new ApiError({
  kind: 'http',
  endpoint: 'POST /helm-install-chart',
  status: 500,
  serverMessage: 'Chart install failed boom',
});
const network = new ApiError({
  kind: 'network',
  endpoint: 'POST /helm-install-chart',
  status: null,
});

describe('describeInstall', () => {
  it('installed and launched', () => {
    expect(
      describeInstall(
        {
          kind: 'installed',
          releaseName: 'nnunet-workflow',
          message: 'Successfully installed: nnunet-workflow',
        },
        ctx,
      ),
    ).toMatchObject({
      severity: 'success',
      title: 'Installed nnUNet 0.6.0',
    });
    const launched = describeInstall(
      { kind: 'installed', releaseName: 'jl-1', message: '' },
      { ...ctx, launch: true },
    );
    expect(launched.title).toBe('Launched nnUNet 0.6.0');
    expect(launched.message).toContain('jl-1');
  });

  it('already installed: says nothing was done, and what to do for a failed release', () => {
    const failed = describeInstall(
      {
        kind: 'already-installed',
        releaseName: 'nnunet-workflow',
        message: 'Chart is already installed nnunet-workflow',
      },
      { ...ctx, existingState: 'failed' },
    );
    expect(failed).toMatchObject({
      severity: 'warning',
      title: 'Nothing was done: nnunet-workflow is already installed',
    });
    expect(failed.message).toContain('uninstall it first');
  });

  it('outcome unknown after the helm limit: keep watching, and say so', () => {
    const m = describeInstall(
      {
        kind: 'outcome-unknown',
        reason: 'helm-timeout',
        releaseName: 'x',
        message: 'Chart install command failed for x',
      },
      ctx,
    );
    expect(m).toMatchObject({ severity: 'warning', title: 'nnUNet 0.6.0 may still be installing' });
    expect(m.message).toContain('we keep watching');
  });

  it('no answer at all: may have gone through', () => {
    const m = describeInstall(
      { kind: 'outcome-unknown', reason: 'no-answer', error: network },
      ctx,
    );
    expect(m.message).toContain('may have gone through');
  });

  it("failed, with the server's message", () => {
    expect(describeInstall({ kind: 'failed', error: httpError }, ctx)).toMatchObject({
      severity: 'error',
      title: 'Installing nnUNet 0.6.0 failed',
      message: expect.stringContaining('Chart install failed boom') as unknown,
    });
  });
});

describe('describeUninstall', () => {
  it('says what kube-helm started, and whether hooks are skipped', () => {
    const m = describeUninstall(
      { kind: 'requested', releaseName: 'x', message: 'Started uninstalling x' },
      { name: 'X', releaseName: 'x', force: true, instance: false },
    );
    expect(m).toMatchObject({ severity: 'success', title: 'Force-uninstalling X' });
    expect(m.message).toContain('without running its hooks');
    expect(
      describeUninstall(
        { kind: 'failed', error: httpError },
        { name: 'X', releaseName: 'x', force: false, instance: true },
      ).title,
    ).toBe('Deleting X failed');
  });
});
