// `npm run bench`: the project's measurements, not tests. Node-side figures come from
// `bench/*.node.ts` (each exports `measure(): Promise<Figures>`); browser figures come from
// `bench/*.html` pages served by Vite in production mode (Lit without dev-mode checks), each
// of which sets `window.benchResult` to its figures when done. Run: `npm run bench [-- name…]`.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/chromium.js';

type Figures = Record<string, string | number>;
const root = resolve(import.meta.dirname, '..');
const benchDir = resolve(root, 'bench');
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.some((filter) => name.includes(filter));

function print(name: string, figures: Figures): void {
  console.log(`\n${name}`);
  const width = Math.max(...Object.keys(figures).map((key) => key.length));
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)}  ${value}`);
}

const files = readdirSync(benchDir).sort();

for (const file of files.filter((name) => name.endsWith('.node.ts') && wanted(name))) {
  const module = (await import(pathToFileURL(resolve(benchDir, file)).href)) as { measure: () => Promise<Figures> };
  print(file, await module.measure());
}

const pages = files.filter((name) => name.endsWith('.html') && wanted(name));
if (pages.length > 0) {
  process.env.NODE_ENV = 'production';
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: benchDir,
    mode: 'production',
    logLevel: 'warn',
    server: { port: 0, fs: { allow: [root] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchChromium();
  try {
    for (const page of pages) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      tab.on('pageerror', (error) => console.log(`[${page}] ${error.message}`));
      await tab.goto(`http://localhost:${port}/${page}`);
      await tab.waitForFunction(() => 'benchResult' in window, undefined, { timeout: 300_000 });
      print(page, (await tab.evaluate(() => (window as unknown as { benchResult: Figures }).benchResult)) as Figures);
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
