import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../package.json' with { type: 'json' };
import { runChecks } from './lib/checks.js';
import { resultsDir } from './test-results.mjs';
import { elementEntries } from './lib/entries.js';
import { nonPublicEntries, type Manifest } from './lib/manifest-public.js';
import { buildOpenApiDocument, serializeOpenApiDocument } from './lib/openapi.js';

const stale = (file: string, command: string) => new Error(`${file} differs from what the source generates: run \`${command}\` and commit it`);

await runChecks('freshness', [
  {
    name: 'openapi.json regenerates to the committed bytes',
    run: () => {
      if (readFileSync('openapi.json', 'utf8') !== serializeOpenApiDocument(buildOpenApiDocument())) throw stale('openapi.json', 'npm run openapi');
    },
  },
  {
    name: 'custom-elements.json regenerates to the committed bytes',
    run: () => {
      // The analyzer resolves --outdir against the working directory, so the scratch copy stays inside.
      mkdirSync(resultsDir, { recursive: true });
      const outDir = mkdtempSync(join(resultsDir, 'cem-'));
      try {
        execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', outDir], { stdio: 'pipe' });
        const generated = readFileSync(join(outDir, 'custom-elements.json'), 'utf8');
        const committed = readFileSync('custom-elements.json', 'utf8');
        if (generated !== committed) {
          // Kept, with the first lines that differ, so a CI log shows what changed (not as `.json`:
          // every `.json` there is a step's test counts).
          writeFileSync(join(resultsDir, 'custom-elements.generated.txt'), generated);
          const ours = generated.split('\n');
          const theirs = committed.split('\n');
          const first = ours.findIndex((line, index) => line !== theirs[index]);
          const context = ours.slice(Math.max(0, first - 3), first + 8).map((line, index) => `${first - 2 + index}: ${line}`);
          throw new Error(`${stale('custom-elements.json', 'npm run analyze').message}\n    first difference at line ${first + 1}:\n    ${context.join('\n    ')}`);
        }
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'custom-elements.json lists only what a host may use',
    run: () => {
      const found = nonPublicEntries(JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest);
      if (found.length) {
        const shown = found.slice(0, 40).concat(found.length > 40 ? [`… and ${found.length - 40} more`] : []);
        throw new Error(`${found.length} entries a host cannot use (the plugin in custom-elements-manifest.config.mjs leaves them out):\n    ${shown.join('\n    ')}`);
      }
    },
  },
  {
    name: "package.json's customElements field points at the committed manifest",
    run: () => {
      if (packageJson.customElements !== './custom-elements.json') throw new Error(`customElements is ${packageJson.customElements}; it must be ./custom-elements.json`);
    },
  },
  {
    name: 'package.json exports every element entry',
    run: () => {
      const exported = Object.keys(packageJson.exports);
      const missing = Object.keys(elementEntries()).filter((name) => !exported.includes(`./${name}.js`));
      if (missing.length) throw new Error(`add exports for: ${missing.map((name) => `./${name}.js`).join(', ')}`);
    },
  },
  {
    name: 'every export of package.json points at a built file',
    run: () => {
      const targets = Object.values(packageJson.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
      const missing = targets.filter((target) => !existsSync(target));
      if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run \`npm run build\` first)`);
    },
  },
]);
