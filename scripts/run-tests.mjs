// `npm test`: every step runs even when an earlier one failed, so one run reports every
// problem; the exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { recordResults, resultsDir, totalResults } from './test-results.mjs';

const steps = [
  // Steps without tests of their own count as one failure when they fail, so the
  // summary can never read "0 failed" for a broken run.
  { name: 'typecheck', script: 'typecheck', countsItself: false },
  { name: 'build', script: 'build', countsItself: false },
  { name: 'browser tests', script: 'test:browser', countsItself: true },
  // The embedding proofs (plain page, strict CSP, two bundles, React and Vue hosts) run on dist/.
  { name: 'e2e', script: 'test:e2e', countsItself: true, needs: 'build' },
  { name: 'freshness', script: 'check:fresh', countsItself: true },
  { name: 'openapi', script: 'check:openapi', countsItself: true },
  { name: 'sizes', script: 'check:size', countsItself: true, needs: 'build' },
  { name: 'storybook', script: 'build-storybook', countsItself: false },
];

rmSync(resultsDir, { recursive: true, force: true });
const failed = new Set();
for (const step of steps) {
  if (step.needs && failed.has(step.needs)) {
    console.log(`\n── ${step.name}: skipped, ${step.needs} failed`);
    recordResults(step.script, { passed: 0, failed: 1 });
    failed.add(step.name);
    continue;
  }
  console.log(`\n── ${step.name}`);
  const { status } = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
  if (status !== 0) {
    failed.add(step.name);
    if (!step.countsItself) recordResults(step.script, { passed: 0, failed: 1 });
  }
}

const { passed, failed: failedTests } = totalResults();
console.log(`\n${passed} passed, ${failedTests} failed${failed.size ? ` (failed steps: ${[...failed].join(', ')})` : ''}`);
process.exit(failed.size ? 1 : 0);
