import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type HttpHandler } from 'msw';

/**
 * Serves MSW handlers as real HTTP from a Node server (Vite's dev and preview servers, or a
 * standalone one): Node request → fetch Request → handlers → Node response. Requests outside
 * `prefixes` go to `next`. A handler's network error drops the connection, as a real one would.
 */
export function handlersMiddleware(handlers: HttpHandler[], prefixes: string[]) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    if (
      !prefixes.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))
    ) {
      next();
      return;
    }
    serve(handlers, url, req, res, next).catch((error: unknown) => {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`simulator error: ${String(error)}`);
    });
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function serve(
  handlers: HttpHandler[],
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
): Promise<void> {
  const method = req.method ?? 'GET';
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  // Upload chunks (PATCH) may be large: the handler reads them as they arrive, unbuffered.
  const streamed = method === 'PATCH';
  const body =
    method === 'GET' || method === 'HEAD'
      ? undefined
      : streamed
        ? (Readable.toWeb(req) as ReadableStream<Uint8Array>)
        : new Uint8Array(await readBody(req));
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    body,
    signal: controller.signal,
  };
  if (streamed) init.duplex = 'half';
  const request = new Request(url, init);
  const response = await getResponse(handlers, request);
  if (!response) {
    next();
    return;
  }
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.setHeader('Content-Length', String(bytes.length));
  res.end(method === 'HEAD' ? undefined : bytes);
}
