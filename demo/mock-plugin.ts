import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { createControlApp, createMockBackend, type MockBackendOptions } from '../src/mock/index.js';

const API_BASE = '/api/billing';

/**
 * Serves the mock billing API and its `/__mock` control API from the Vite dev server itself,
 * so `npm start` is one process and the page talks to the mock over real HTTP.
 */
export function mockBillingApi(options: MockBackendOptions = {}): Plugin {
  return {
    name: 'kayse-mock-billing-api',
    configureServer(server) {
      const backend = createMockBackend({ ...options, basePath: API_BASE });
      const listener = getRequestListener(createControlApp({ backend, basePath: API_BASE }).fetch);
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '';
        if (url.startsWith(`${API_BASE}/`) || url === API_BASE || url.startsWith('/__mock/')) void listener(request, response);
        else next();
      });
      server.config.logger.info(`  ➜  Mock billing API: ${API_BASE} (scenario ${backend.state.scenario}), controls under /__mock`);
    },
  };
}
