import { describe, expect, it } from 'vitest';
import { isApiError } from './errors';
import { rememberingListReader } from './extensions';
import type { RawResponse } from './request';
import fixtureJson from '../mocks/fixtures/extensions.json';

const answer = (text: string): RawResponse => ({
  endpoint: 'GET /extensions',
  status: 200,
  ok: true,
  text,
  contentType: 'application/json',
});

/** A fixture row under another release name. */
const template = (fixtureJson as Record<string, unknown>[])[0] ?? {};
const row = (releaseName: string) => ({ ...template, releaseName });

describe('rememberingListReader', () => {
  it('gives the very same read for an identical answer, without parsing it again', () => {
    const read = rememberingListReader();
    const text = JSON.stringify([row('a'), row('b')]);
    const first = read(answer(text));
    expect(first.rows.map((r) => r.releaseName)).toEqual(['a', 'b']);
    // An equal text (not the same string object) is recognised too.
    const again = read(answer(JSON.stringify(JSON.parse(text))));
    expect(again).toBe(first);
    expect(again.rows[0]).toBe(first.rows[0]);
  });

  it('reads a changed answer anew and then remembers that one', () => {
    const read = rememberingListReader();
    const first = read(answer(JSON.stringify([row('a')])));
    const changed = read(answer(JSON.stringify([row('a'), row('c')])));
    expect(changed).not.toBe(first);
    expect(changed.rows.map((r) => r.releaseName)).toEqual(['a', 'c']);
    expect(read(answer(JSON.stringify([row('a'), row('c')])))).toBe(changed);
    // Back to the earlier answer: read again (only the last one is remembered).
    const back = read(answer(JSON.stringify([row('a')])));
    expect(back).not.toBe(first);
    expect(back).toEqual(first);
  });

  it('never remembers a bad answer: the same bad answer fails every time', () => {
    const read = rememberingListReader();
    const good = read(answer(JSON.stringify([row('a')])));
    for (const bad of ['["bare string"]', 'not json', '{}']) {
      for (let i = 0; i < 2; i++) {
        let caught: unknown = null;
        try {
          read(answer(bad));
        } catch (error) {
          caught = error;
        }
        expect(isApiError(caught) && caught.kind).toBe('bad-response');
      }
    }
    // The last good answer is still the one recognised.
    expect(read(answer(JSON.stringify([row('a')])))).toBe(good);
  });
});
