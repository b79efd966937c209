import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { standaloneConfig } from '../../vite.config.js';

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface StandaloneSizes {
  /** gzip -9 bytes of the entry file (what a page downloads first). */
  readonly entry: number;
  /** gzip -9 bytes of each lazy chunk, by file name. */
  readonly lazy: Readonly<Record<string, number>>;
}

/** Sizes of the lazy chunks a standalone build left beside `fileName.js` in `dir`. */
export function lazyChunkSizes(dir: string, fileName: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of readdirSync(dir)) {
    if (file.startsWith(`${fileName}.`) && file !== `${fileName}.js` && file.endsWith('.js')) sizes[file] = gzipBytes(join(dir, file));
  }
  return sizes;
}

/** Builds one entry standalone (lit, zod … inside) and measures it. */
export async function measureStandalone(entry: string, name: string): Promise<StandaloneSizes> {
  const outDir = mkdtempSync(join(tmpdir(), `kayse-size-${name}-`));
  try {
    await build({ configFile: false, ...standaloneConfig(entry, name, outDir) });
    return { entry: gzipBytes(join(outDir, `${name}.js`)), lazy: lazyChunkSizes(outDir, name) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
