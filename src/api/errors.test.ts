import { describe, expect, it } from 'vitest';
import { ApiError, explainApiError, type ApiErrorKind } from './errors';

const error = (kind: ApiErrorKind, status: number | null, serverMessage = '') =>
  new ApiError({ kind, endpoint: 'GET /extensions', status, serverMessage });

describe('explainApiError', () => {
  it('quotes the server as a sentence of its own', () => {
    expect(explainApiError(error('http', 500, 'Failed to get extensions')).title).toBe(
      'The extension service said: Failed to get extensions.',
    );
    expect(explainApiError(error('http', 500, 'Release not found!')).title).toBe(
      'The extension service said: Release not found!',
    );
  });

  it('gives researchers a step they can take, and keeps the logs for administrators', () => {
    const kinds: [ApiErrorKind, number | null][] = [
      ['network', null],
      ['timeout', null],
      ['http', 502],
      ['bad-response', 200],
      ['signed-out', 401],
      ['forbidden', 403],
    ];
    for (const [kind, status] of kinds) {
      const { title, nextStep, forAdmins } = explainApiError(error(kind, status, 'x'));
      expect(`${title} ${nextStep}`, kind).not.toMatch(/kube-helm|logs|details below/);
      expect(nextStep, kind).not.toBe('');
      expect(forAdmins, kind).not.toBe('');
    }
  });

  it('tells how to sign in again when the session has expired', () => {
    expect(explainApiError(error('signed-out', 401)).nextStep).toBe(
      'Sign in again: reload the page and Kaapana asks for your login.',
    );
  });
});
