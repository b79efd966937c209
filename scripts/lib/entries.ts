import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Each element's registering module is a package entry named after its folder (`usage-summary.js`). */
export function elementEntries(): Record<string, string> {
  const elementsDir = resolve(root, 'src/elements');
  if (!existsSync(elementsDir)) return {};
  const entries: Record<string, string> = {};
  for (const name of readdirSync(elementsDir).sort()) {
    const define = resolve(elementsDir, name, 'define.ts');
    if (existsSync(define)) entries[name] = define;
  }
  return entries;
}

/**
 * The library build's entries, keyed by their path under src/ so that dist/ mirrors src/:
 * `index` (no side effects), `define` (every tag), each element's `define`, and the mock.
 */
export function libraryEntries(): Record<string, string> {
  const sources = [
    resolve(root, 'src/index.ts'),
    resolve(root, 'src/define.ts'),
    ...Object.values(elementEntries()),
    resolve(root, 'src/mock/index.ts'),
    resolve(root, 'src/mock/node.ts'),
  ].filter((file) => existsSync(file));
  return Object.fromEntries(sources.map((file) => [relative(resolve(root, 'src'), file).replace(/\.ts$/, ''), file]));
}

export const standaloneEntry = resolve(root, 'src/bundle.ts');
export const standaloneFileName = 'kayse-billing-elements.bundle';
