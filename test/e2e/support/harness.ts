// The e2e harness: the Node mock server for the API, and a tiny static server on 127.0.0.1
// that serves the pages, `dist/` and whatever a test mounts, with the headers each page
// needs, and proxies `/api/billing` to the mock so every page talks to its own origin
// (no CORS, and a strict CSP's `default-src 'self'` stays true).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startMockServer, type MockServer } from '../../../src/mock/node.js';
import type { ScenarioName } from '../../../src/mock/scenarios.js';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const distDir = join(root, 'dist');
export const pagesDir = join(root, 'test/e2e/pages');
export const TODAY = '2026-11-24';
export const API_BASE = '/api/billing';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface HarnessOptions {
  readonly scenario?: ScenarioName;
  /** URL prefix (`/react/`) → folder served under it, beside the default mounts. */
  readonly mounts?: Readonly<Record<string, string>>;
  /** Exact path → extra response headers (a page's CSP). */
  readonly headers?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** URL prefix → the page served for every path under it (a history-routed host page). */
  readonly pageFallbacks?: Readonly<Record<string, string>>;
  /** Serve text files gzip-compressed to a browser that accepts it, as a production host does (the Lighthouse bench). */
  readonly compress?: boolean;
}

export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
}

export interface Harness {
  /** Where the pages are served, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
  readonly mock: MockServer;
  /** Every API request the pages made through the proxy, in order. */
  readonly apiRequests: readonly ProxiedRequest[];
  /** Back to the scenario's own data, and an empty request log: call before each test. */
  reset(): void;
  close(): Promise<void>;
}

/** The default mounts: the pages, the library build and bundle, two copies of the bundle, axe. */
function defaultMounts(): Record<string, string> {
  return {
    '/pages/': pagesDir,
    '/dist/': distDir,
    '/a/': distDir,
    '/b/': distDir,
    '/vendor/axe-core/': join(root, 'node_modules/axe-core'),
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'host']);

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const mock = await startMockServer({ port: 0, scenario: options.scenario ?? 'healthy', today: TODAY });
  const mounts = Object.entries({ ...defaultMounts(), ...options.mounts });
  const apiRequests: ProxiedRequest[] = [];

  const proxy = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || hopByHop.has(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = request.method ?? 'GET';
    apiRequests.push({ method, path: url.pathname.slice(API_BASE.length), authorization: headers.get('authorization') });
    const body = method === 'GET' || method === 'HEAD' ? undefined : Uint8Array.from(await readBody(request));
    const answer = await fetch(`${mock.origin}${url.pathname}${url.search}`, { method, headers, body });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!hopByHop.has(name)) out[name] = value;
    });
    response.writeHead(answer.status, out);
    response.end(Buffer.from(await answer.arrayBuffer()));
  };

  const serveFile = async (request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> => {
    for (const [prefix, dir] of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = resolve(dir, `.${sep}${decodeURIComponent(pathname.slice(prefix.length))}`);
      if (file !== dir && !file.startsWith(dir + sep)) return false;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', ...options.headers?.[pathname] };
      if (options.compress && /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /^(text|application\/json)/.test(type)) {
        const body = gzipSync(await readFile(file));
        response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) }).end(body);
        return true;
      }
      response.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
      createReadStream(file).pipe(response);
      return true;
    }
    return false;
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === API_BASE || url.pathname.startsWith(`${API_BASE}/`)) return proxy(request, response, url);
      // Browsers ask for one on every page; an empty answer keeps the console clean.
      if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
      if (request.method === 'GET' && (await serveFile(request, response, url.pathname))) return;
      const fallback = Object.entries(options.pageFallbacks ?? {}).find(([prefix]) => url.pathname.startsWith(prefix));
      if (request.method === 'GET' && fallback && (await serveFile(request, response, fallback[1]))) return;
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    };
    handle().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    mock,
    apiRequests,
    reset() {
      mock.backend.reset();
      apiRequests.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await mock.close();
    },
  };
}
