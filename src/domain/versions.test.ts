import { describe, expect, it } from 'vitest';
import { compareVersions, sortVersionsDescending } from './versions';

describe('version order (LooseVersion)', () => {
  it('orders numerically, component by component', () => {
    expect(sortVersionsDescending(['0.5.3', '0.10.0', '0.6.0', '0.6.0'])).toEqual([
      '0.10.0',
      '0.6.0',
      '0.6.0',
      '0.5.3',
    ]);
  });

  it('puts a longer version after its prefix', () => {
    expect(compareVersions('0.6.0-latest', '0.6.0')).toBeGreaterThan(0);
    expect(compareVersions('0.6.0-12-gabc1234', '0.6.0-3-gdef')).toBeGreaterThan(0);
  });

  it('sorts numbers before text where Python would give up', () => {
    expect(compareVersions('1.0.0', '1.0.a')).toBeLessThan(0);
  });
});
