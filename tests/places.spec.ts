import { expect, test } from './fixtures';

// Every place loads when its address is opened directly (a bookmark, a reload, a link from the
// platform): its heading shows, and neither the router nor anything else warns on the console.
for (const [path, heading] of [
  ['/', 'Extensions'],
  ['/releases', 'Releases'],
  ['/releases/nnunet-workflow', 'nnUNet'],
  ['/uploads', 'Uploads'],
  ['/applications', 'Active applications'],
  ['/activity', 'Activity'],
] as const) {
  test(`${path} opened directly shows its place without a warning`, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    expect(warnings).toEqual([]);
  });
}
