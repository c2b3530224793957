import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { settlementOf, type FollowedAction } from './follow-up';

const rows = extensionListSchema.parse(fixtureJson);
const install = (releaseName: string, at = 0): FollowedAction => ({
  kind: 'install',
  releaseName,
  at,
  until: at + 15 * 60_000,
});

describe('how an action ended', () => {
  it('reads the release state once it has settled', () => {
    expect(settlementOf(install('nnunet-workflow'), rows, 1_000)?.outcome).toBe('Ready');
    expect(settlementOf(install('body-and-organ-analysis-workflow'), rows, 1_000)?.outcome).toBe(
      'Failed',
    );
    expect(settlementOf(install('radiomics-workflow'), rows, 1_000)).toBeNull();
  });

  it('waits for the lagging list before saying a release never appeared', () => {
    expect(settlementOf(install('nothing-here', 0), rows, 30_000)).toBeNull();
    expect(settlementOf(install('nothing-here', 0), rows, 120_000)?.outcome).toBe('Not listed');
  });

  it('says when a release is still not ready after the watch ends', () => {
    expect(settlementOf(install('radiomics-workflow', 0), rows, 16 * 60_000)?.outcome).toBe(
      'Still starting',
    );
  });

  it('knows an uninstall is done when the release is gone', () => {
    const uninstall: FollowedAction = { ...install('mitk-flow-workflow'), kind: 'uninstall' };
    expect(settlementOf(uninstall, rows, 1_000)).toBeNull();
    expect(settlementOf(uninstall, [], 1_000)?.outcome).toBe('Removed');
    expect(settlementOf(uninstall, rows, 16 * 60_000)?.outcome).toBe('Still uninstalling');
  });
});
