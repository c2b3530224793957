import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded request/response pair of the unmodified upstream kube-helm. */
export interface Capture {
  file: string;
  title: string;
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: string;
}

const DIR = join(import.meta.dirname, '../mocks/real-captures');

function parse(file: string, text: string): Capture {
  const title = (text.split('\n')[0] ?? '').replace(/^#\s*/, '');
  const curl = /^curl .*$/m.exec(text)?.[0] ?? '';
  const method = /-X (\w+)/.exec(curl)?.[1] ?? (curl.includes(' -I ') ? 'HEAD' : 'GET');
  const url = /(http:\/\/\S+)$/.exec(curl)?.[1]?.replace(/\\/g, '') ?? '';
  const status = Number(/^HTTP\/1\.1 (\d{3})/m.exec(text)?.[1]);
  const contentType = /^content-type: (.*)$/im.exec(text.split('## body')[0] ?? '')?.[1] ?? null;
  const body = (text.split('## body\n')[1] ?? '').split('\n## helm/kubectl')[0] ?? '';
  return {
    file,
    title,
    method,
    path: new URL(url).pathname,
    status,
    contentType,
    body: body.replace(/\n$/, ''),
  };
}

export function loadCaptures(): Capture[] {
  return readdirSync(DIR)
    .filter((f) => /^\d\d-.*\.txt$/.test(f) && !f.startsWith('00-'))
    .sort()
    .map((file) => parse(file, readFileSync(join(DIR, file), 'utf8')));
}

/** The captures of `GET /extensions` (both paths). */
export function extensionListCaptures(): Capture[] {
  return loadCaptures().filter(
    (c) => c.method === 'GET' && c.path.endsWith('/extensions') && c.status === 200,
  );
}

/** Splits a shell-escaped command line (backslash escapes only, as the captures use). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let pending = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '\\') {
      word += line.charAt(i + 1);
      i++;
      pending = true;
    } else if (c === ' ') {
      if (pending) words.push(word);
      word = '';
      pending = false;
    } else {
      word += c;
      pending = true;
    }
  }
  if (pending) words.push(word);
  return words;
}

export interface CapturedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  form?: Record<string, string>;
  /** The body came from a file that is not part of the capture. */
  bodyFromFile: boolean;
}

/** The request of a capture, rebuilt from its curl command line. */
export function capturedRequest(
  capture: Capture,
  text = readFileSync(join(DIR, capture.file), 'utf8'),
): CapturedRequest {
  const words = shellWords(/^curl .*$/m.exec(text)?.[0] ?? '');
  const request: CapturedRequest = {
    method: 'GET',
    url: new URL('http://x/'),
    headers: {},
    bodyFromFile: false,
  };
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (word === '-X') {
      request.method = next;
      i++;
    } else if (word === '-I') {
      request.method = 'HEAD';
    } else if (word === '-H') {
      const colon = next.indexOf(':');
      request.headers[next.slice(0, colon)] = next.slice(colon + 1).trim();
      i++;
    } else if (word === '-d' || word === '--data-binary') {
      if (next.startsWith('@')) request.bodyFromFile = true;
      else request.body = next;
      if (request.method === 'GET') request.method = 'POST';
      i++;
    } else if (word === '-F') {
      const eq = next.indexOf('=');
      request.form = { ...request.form, [next.slice(0, eq)]: next.slice(eq + 1) };
      if (request.method === 'GET') request.method = 'POST';
      i++;
    } else if (word.startsWith('http')) {
      request.url = new URL(word);
    }
  }
  return request;
}

export function readCapture(file: string): Capture {
  return parse(file, readFileSync(join(DIR, file), 'utf8'));
}
