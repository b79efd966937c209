// `npm run test:e2e`: the embedding proofs in test/e2e/ (plain page, strict CSP, two copies of
// the bundle, React and Vue hosts built by Vite), each file in its own process under node's
// test runner, against `dist/` (run `npm run build` first). Records its counts for `npm test`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { recordResults } from './test-results.mjs';

interface TestEventData {
  readonly name: string;
  readonly nesting: number;
  readonly todo?: string | boolean;
  readonly skip?: string | boolean;
  readonly details: { readonly type?: 'suite' | 'test'; readonly error?: { readonly failureType?: string } };
}

const dir = 'test/e2e';
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => join(dir, name));

const started = Date.now();
const counts = { passed: 0, failed: 0, todo: 0, skipped: 0 };
// Each file runs in a child process that inherits this process's loader (tsx).
const stream = run({ files, concurrency: 2, timeout: 85_000 });

stream.on('test:pass', (data: TestEventData) => {
  if (data.details.type === 'suite') return;
  if (data.skip) counts.skipped += 1;
  else if (data.todo) counts.todo += 1;
  else counts.passed += 1;
});
stream.on('test:fail', (data: TestEventData) => {
  if (data.todo) {
    if (data.details.type !== 'suite') counts.todo += 1;
    return;
  }
  // A suite fails when a test in it did (already counted), or on its own (a hook, a file that
  // does not load): count the latter too, so a broken file never reads as green.
  if (data.details.type === 'suite' && data.details.error?.failureType === 'subtestsFailed') return;
  counts.failed += 1;
});

try {
  const output = stream.compose(new spec());
  output.pipe(process.stdout);
  await finished(output);
} catch (error) {
  // The runner itself broke: still leave a count, so the summary cannot read green.
  console.error(error);
  counts.failed += 1;
}

if (counts.passed + counts.failed === 0) counts.failed = 1;
recordResults('e2e', { passed: counts.passed, failed: counts.failed });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `e2e: ${counts.passed} passed, ${counts.failed} failed${counts.todo ? `, ${counts.todo} todo (known, not counted)` : ''}${counts.skipped ? `, ${counts.skipped} skipped` : ''} in ${seconds} s`,
);
process.exitCode = counts.failed > 0 ? 1 : 0;
