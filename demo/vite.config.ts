import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { mockBillingApi } from './mock-plugin.js';

const root = resolve(import.meta.dirname, '..');

// The demo host page, served from source so edits show at once, with the mock billing API
// answering in the same process.
export default defineConfig({
  root: resolve(root, 'demo'),
  server: { port: 5173, strictPort: false, fs: { allow: [root] } },
  plugins: [mockBillingApi({ scenario: 'healthy' })],
});
