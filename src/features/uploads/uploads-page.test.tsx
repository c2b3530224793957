import { File as NodeFile } from 'node:buffer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../../stores/persisted';
import { appSimulator, rowOf } from '../../test/app-sim';
import { testChart } from '../../test/chart-archives';
import { renderApp } from '../../test/render';

const sim = appSimulator();

const deployment =
  'kind: Deployment\nmetadata:\n  namespace: "{{ .Values.global.services_namespace }}"\nspec:\n  template:\n    spec:\n      containers:\n        - image: {{ .Values.global.registry_url }}/hello-app:{{ .Values.global.kaapana_build_version }}\n';

/** A file as the browser gives it (Node's File reads as a stream, like the browser's). */
const file = (name: string, bytes: Uint8Array) => new NodeFile([bytes], name) as unknown as File;

const chart = (spec: Parameters<typeof testChart>[0] = {}) =>
  testChart({
    name: 'hello-app',
    chart: { annotations: { 'ui-visible-name': 'Hello App' } },
    templates: { 'deployment.yaml': deployment },
    ...spec,
  });

async function add(...files: File[]) {
  const user = userEvent.setup({ applyAccept: false });
  const input = await screen.findByTestId('upload-input');
  await user.upload(input, files);
  return user;
}

const card = (name: string) => screen.findByRole('article', { name });

describe('the Uploads place', () => {
  it('checks a chart, uploads it, waits for the catalog and links to its row', async () => {
    const { router } = renderApp('/uploads');
    expect(await screen.findByRole('button', { name: 'Choose files…' })).toBeEnabled();
    const user = await add(file('hello-app-0.1.0.tgz', chart()));
    const hello = await card('hello-app-0.1.0.tgz');
    expect(await within(hello).findByText(/version 0\.1\.0 · Application · stable/)).toBeVisible();
    expect(within(hello).getByRole('list', { name: 'Checks' }).children).toHaveLength(7);
    expect(within(hello).getByText('registry')).toBeVisible();
    expect(within(hello).getByText('platform version')).toBeVisible();
    expect(await within(hello).findByText(/Waiting for the catalog to list it/)).toBeVisible();
    // The catalog lists new charts at its next full rebuild.
    sim.elapse(5_000);
    const link = await within(hello).findByRole('link', { name: 'Show Hello App in the catalog' });
    expect(within(hello).getByRole('status')).toHaveAccessibleName(
      'hello-app-0.1.0.tgz: Available',
    );
    await user.click(link);
    expect(router.state.location.search).toBe('?q=hello-app');
    expect(await rowOf('Hello App')).toBeVisible();
  });

  it('stops a chart without a description before anything is sent', async () => {
    renderApp('/uploads');
    await add(file('hello-app-0.1.0.tgz', chart({ chart: { description: undefined } })));
    const hello = await card('hello-app-0.1.0.tgz');
    expect(
      await within(hello).findByText('Not uploaded: Chart.yaml has no description.'),
    ).toBeVisible();
    expect(within(hello).getByText('Stops the upload')).toBeVisible();
    expect(within(hello).getByText(/the whole catalog stops loading/)).toBeVisible();
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
  });

  it('offers a wrongly named chart its right name and uploads it under that name', async () => {
    renderApp('/uploads');
    const user = await add(file('hello.tgz', chart()));
    const hello = await card('hello.tgz');
    await user.click(
      await within(hello).findByRole('button', { name: 'Upload as hello-app-0.1.0.tgz' }),
    );
    expect(await within(hello).findByText(/· uploaded as hello-app-0\.1\.0\.tgz/)).toBeVisible();
    await waitFor(() => {
      expect(sim.backend.fileNames()).toContain('hello-app-0.1.0.tgz');
    });
    expect(sim.backend.fileNames()).not.toContain('hello.tgz');
  });

  it('refuses other files with the reason, by their content too', async () => {
    renderApp('/uploads');
    await add(
      file('notes.zip', new Uint8Array([0x50, 0x4b, 3, 4])),
      file('fake-0.1.0.tgz', new TextEncoder().encode('plain text, not gzip\n'.repeat(30))),
    );
    expect(
      await within(await card('notes.zip')).findByText(/is a \.zip file\. Only charts/),
    ).toBeVisible();
    expect(
      await within(await card('fake-0.1.0.tgz')).findByText(
        /is named \.tgz but is not gzip-compressed/,
      ),
    ).toBeVisible();
  });

  it('asks before the page is left while a file uploads', async () => {
    // 64 KiB pieces (a setting a platform with a request size limit may need): several here.
    localStorage.setItem(`${STORAGE_PREFIX}upload-chunk-mib`, '0.0625');
    sim.backend.setUploadFaults({ at: { '2': 'hang-after' }, hangMs: 3_000 });
    renderApp('/uploads');
    const user = await add(file('images.tar', tarBytes()));
    const images = await card('images.tar');
    await within(images).findByRole('progressbar', { name: 'Uploading images.tar' });
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    // Cancelled, it stops asking.
    await user.click(within(images).getByRole('button', { name: 'Cancel' }));
    expect(
      await within(images).findByText('Cancelled. What had arrived was discarded on the platform.'),
    ).toBeVisible();
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('shows an upload a reload cut off as interrupted, with how to restart it', async () => {
    localStorage.setItem(
      `${STORAGE_PREFIX}uploads`,
      JSON.stringify([
        {
          id: '1',
          fileName: 'images.tar',
          size: 2048,
          kind: 'image',
          stage: 'uploading',
          addedAt: 1,
          updatedAt: 1,
          uploadName: 'images.tar',
          report: null,
          choices: { rename: false, existing: null },
          message: null,
          nextStep: null,
          restarts: 0,
          transferId: null,
          stored: false,
          deadline: null,
        },
      ]),
    );
    renderApp('/uploads');
    const images = await card('images.tar');
    expect(within(images).getByText('Interrupted')).toBeVisible();
    expect(
      within(images).getByText('Add the file again: it uploads from the start.'),
    ).toBeVisible();
  });
});

function tarBytes(): Uint8Array {
  const bytes = new Uint8Array(200_000);
  bytes.set(new TextEncoder().encode('manifest.json'), 0);
  bytes.set(new TextEncoder().encode('ustar\u000000'), 257);
  return bytes;
}
