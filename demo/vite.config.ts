import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

// The demo host page, served from source so edits show at once.
export default defineConfig({
  root: resolve(root, 'demo'),
  server: { port: 5173, strictPort: false, fs: { allow: [root] } },
  preview: { port: 4173 },
});
