import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** The library build's entries: `index` (no side effects), `all` (every tag), `mock`, and one per element. */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    all: resolve(root, 'src/define.ts'),
    ...elementEntries(),
  };
  const mock = resolve(root, 'src/mock/index.ts');
  if (existsSync(mock)) entries.mock = mock;
  const mockNode = resolve(root, 'src/mock/node.ts');
  if (existsSync(mockNode)) entries['mock-node'] = mockNode;
  return entries;
}

export const standaloneEntry = resolve(root, 'src/bundle.ts');
export const standaloneFileName = 'kayse-billing-elements.bundle';
