import { resolve } from 'node:path';
import { measureStandalone } from '../scripts/lib/standalone-size.js';

/** The usage summary's download, with and without its chart. */
export async function measure() {
  const sizes = await measureStandalone(resolve(import.meta.dirname, '../src/elements/usage-summary/define.ts'), 'usage-summary');
  const chart = Object.entries(sizes.lazy).find(([file]) => file.includes('chart'))?.[1] ?? 0;
  const kb = (bytes: number) => `${bytes} B (${(bytes / 1024).toFixed(1)} KB) gzip -9`;
  return {
    'entry without the chart chunk (no-chart, compact)': kb(sizes.entry),
    'chart chunk (chart.js, loaded on first chart)': kb(chart),
    'entry with the chart chunk': kb(sizes.entry + chart),
  };
}
