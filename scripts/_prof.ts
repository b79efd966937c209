import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.js';
process.env.NODE_ENV = 'production';
const root = resolve(import.meta.dirname, '..');
const { createServer } = await import('vite');
const server = await createServer({ configFile: false, root: resolve(root, 'bench'), mode: 'production', logLevel: 'warn', server: { port: 0, fs: { allow: [root] } } });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await launchChromium();
const page = await browser.newPage();
page.on('console', (m) => { if (m.text().startsWith('open')) console.log('[page]', m.text()); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.goto(`http://localhost:${port}/reports.html`);
await page.waitForFunction(() => 'benchResult' in window, undefined, { timeout: 300_000 });
// Profile only from each release on: start at mark, stop at the end.
await page.exposeFunction('startProfile', () => cdp.send('Profiler.start'));
await page.evaluate(() => { let started = false; (window as unknown as { mark: () => void }).mark = () => { if (!started) { started = true; void (window as unknown as { startProfile: () => void }).startProfile(); } }; });
await page.evaluate(() => (window as unknown as { again: () => Promise<void> }).again());
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const incl = new Map<string, number>();
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  let first = true;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(node_modules|src|bench)\//, '$1/').replace(/\?.*/, '')}:${n.callFrame.lineNumber}`;
    if (first) { self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0)); first = false; }
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
});
console.log('--- inclusive');
for (const [k, v] of [...incl.entries()].filter(([k]) => !/idle|program|root/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
console.log('--- self');
for (const [k, v] of [...self.entries()].filter(([k]) => !/idle|program|root/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
await browser.close();
await server.close();
