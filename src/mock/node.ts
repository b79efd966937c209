// Node only: serves the mock over HTTP for the demo and end-to-end tests.
import { serve } from '@hono/node-server';
import { createMockBackend, type MockBackend } from './backend.js';
import { createControlApp } from './control-api.js';
import type { MockBackendOptions } from './options.js';

export interface MockServerOptions extends MockBackendOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1: a mock has no business listening on other interfaces by default. */
  readonly hostname?: string;
}

export interface MockServer {
  /** The API's base URL, e.g. http://127.0.0.1:8787/api/billing. */
  readonly url: string;
  /** The server's origin, where `/__mock` lives. */
  readonly origin: string;
  readonly backend: MockBackend;
  close(): Promise<void>;
}

/** Starts the mock backend and its `/__mock` control API on one HTTP server. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const { port, hostname = '127.0.0.1', basePath = '/api/billing', ...backendOptions } = options;
  const backend = createMockBackend({ ...backendOptions, basePath });
  const app = createControlApp({ backend, basePath });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port, hostname }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive connections would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
