import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { asSentences, describeInstall, describeUninstall } from './outcome-messages';

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
      { kind: 'installed', releaseName: 'jl-1', message: 'Successfully installed: jl-1' },
      { ...ctx, launch: true },
    );
    expect(launched.title).toBe('Launched nnUNet 0.6.0');
    // The release's name is technical detail, never the message.
    expect(launched.message).not.toContain('jl-1');
    expect(launched.details).toBe('Release jl-1. The server said: “Successfully installed: jl-1”.');
    expect(
      describeInstall(
        { kind: 'installed', releaseName: 'jl-2', message: '' },
        { ...ctx, launch: true, instanceName: 'lung-study' },
      ).title,
    ).toBe('Launched lung-study (nnUNet 0.6.0)');
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
      title: 'Nothing was done: nnUNet is already installed',
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
    expect(m.message).toContain('the catalog keeps watching it');
  });

  it('no answer at all: may have gone through', () => {
    const m = describeInstall(
      { kind: 'outcome-unknown', reason: 'no-answer', error: network },
      ctx,
    );
    expect(m.message).toBe(
      'The connection to the platform was lost. It may or may not have been installed. If the catalog shows it as installing or ready, it went through; if it still shows “Not installed” after half a minute, install it again.',
    );
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
  it('says that removing started, where the row goes, and whether clean-up is skipped', () => {
    const m = describeUninstall(
      { kind: 'requested', releaseName: 'x', message: 'Started uninstalling x' },
      { name: 'X', releaseName: 'x', force: true, instance: false },
    );
    expect(m).toMatchObject({ severity: 'success', title: 'Force-uninstalling X' });
    expect(m.message).toBe(
      'Removing has started, without its clean-up steps. It stays in the catalog and shows “Not installed” once it is gone.',
    );
    expect(m.details).toContain('helm --no-hooks');
    expect(
      describeUninstall(
        { kind: 'requested', releaseName: 'jl-1', message: 'Started uninstalling jl-1' },
        { name: 'lung-study', releaseName: 'jl-1', force: false, instance: true },
      ).message,
    ).toBe('Removing has started. The instance leaves the catalog once it is gone.');
    expect(
      describeUninstall(
        { kind: 'failed', error: httpError },
        { name: 'X', releaseName: 'x', force: false, instance: true },
      ).title,
    ).toBe('Deleting X failed');
  });
});

describe('plain words', () => {
  const outcomes = [
    { kind: 'installed', releaseName: 'x', message: 'Successfully installed: x' },
    { kind: 'already-installed', releaseName: 'x', message: 'Chart is already installed x' },
    { kind: 'outcome-unknown', reason: 'helm-timeout', releaseName: 'x', message: 'm' },
    { kind: 'outcome-unknown', reason: 'helm-error', releaseName: 'x', message: 'm' },
    { kind: 'outcome-unknown', reason: 'unrecognised-reply', releaseName: null, message: 'm' },
    { kind: 'outcome-unknown', reason: 'no-answer', error: network },
    { kind: 'failed', error: httpError },
  ] as const;
  const uninstalls = [
    { kind: 'requested', releaseName: 'x', message: 'Started uninstalling x' },
    { kind: 'outcome-unknown', reason: 'no-answer', error: network },
    { kind: 'failed', error: httpError },
  ] as const;
  const messages = [
    ...outcomes.flatMap((o) => [
      describeInstall(o, ctx),
      describeInstall(o, { ...ctx, launch: true }),
    ]),
    ...uninstalls.flatMap((o) => [
      describeUninstall(o, { name: 'X', releaseName: 'x', force: true, instance: false }),
      describeUninstall(o, { name: 'X', releaseName: 'x', force: false, instance: true }),
    ]),
  ];

  it('keeps helm, kube-helm and the list out of the words people read', () => {
    for (const m of messages) {
      expect(`${m.title} ${m.message}`).not.toMatch(/helm|--no-hooks|the list confirms/i);
    }
  });

  it("quotes the server's message as a sentence of its own", () => {
    expect(describeInstall({ kind: 'failed', error: httpError }, ctx).message).toBe(
      'The platform answered: “Chart install failed boom”. Try again in a moment. If it keeps failing, ask your administrator to look at the extension service.',
    );
    const ended = new ApiError({
      kind: 'http',
      endpoint: 'POST /helm-delete-chart',
      status: 400,
      serverMessage: 'Release not found.',
    });
    expect(
      describeUninstall(
        { kind: 'failed', error: ended },
        { name: 'X', releaseName: 'x', force: false, instance: false },
      ).message,
    ).toBe('The platform answered: “Release not found.”');
  });

  it('writes the activity text as whole sentences', () => {
    expect(asSentences({ severity: 'info', title: 'Done', message: 'It runs.' })).toBe(
      'Done. It runs.',
    );
    expect(asSentences({ severity: 'info', title: 'Done?', message: '' })).toBe('Done?');
  });
});
