import { describe, expect, it } from 'vitest';
import { lastDeployedAt, presenceOf, unlistedReason } from './presence';

describe('presenceOf: a release page with nothing to show', () => {
  it("believes helm's status over the lagging list", () => {
    expect(presenceOf({ helm: 'found', inList: false, knownBefore: false })).toBe('present');
    expect(presenceOf({ helm: 'not-found', inList: true, knownBefore: false })).toBe('gone');
  });

  it('tells an uninstalled release from one that never existed', () => {
    expect(presenceOf({ helm: 'not-found', inList: false, knownBefore: true })).toBe('gone');
    expect(presenceOf({ helm: 'not-found', inList: false, knownBefore: false })).toBe(
      'never-existed',
    );
  });

  it('waits for the first answers, and uses the list when helm cannot be read', () => {
    expect(presenceOf({ helm: 'loading', inList: null, knownBefore: false })).toBe('unknown');
    expect(presenceOf({ helm: 'loading', inList: true, knownBefore: false })).toBe('present');
    expect(presenceOf({ helm: 'unreadable', inList: null, knownBefore: true })).toBe('unknown');
    expect(presenceOf({ helm: 'unreadable', inList: true, knownBefore: false })).toBe('present');
    expect(presenceOf({ helm: 'unreadable', inList: false, knownBefore: true })).toBe('gone');
    expect(presenceOf({ helm: 'unreadable', inList: false, knownBefore: false })).toBe(
      'never-existed',
    );
  });
});

describe('unlistedReason: helm knows it, the list does not', () => {
  const at = Date.parse('2025-12-18T09:43:19Z');
  it("reads helm's time as UTC", () => {
    expect(lastDeployedAt('Thu Dec 18 09:43:19 2025')).toBe(at);
    expect(lastDeployedAt('Thu Dec  4 09:43:19 2025')).toBe(Date.parse('2025-12-04T09:43:19Z'));
    expect(lastDeployedAt('yesterday')).toBeNaN();
  });

  it('tells a workflow’s application, a list that has not caught up, and one it never shows', () => {
    expect(unlistedReason('kaapanaint-mitk-flow-1', 'Thu Dec 18 09:43:19 2025', at)).toBe(
      'workflow',
    );
    expect(unlistedReason('my-app', 'Thu Dec 18 09:43:19 2025', at + 30_000)).toBe('not-yet');
    expect(unlistedReason('my-app', 'Thu Dec 18 09:43:19 2025', at + 120_000)).toBe('not-listed');
    expect(unlistedReason('my-app', '??', at)).toBe('not-yet');
  });
});
