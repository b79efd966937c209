// Each step of `npm test` records its own counts here, so `.ci/run` can print one
// `N passed, N failed` line covering every test that ran, whichever step stopped the run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const resultsDir = '.test-results';

/** @param {string} step @param {{ passed: number, failed: number }} counts */
export function recordResults(step, counts) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${step}.json`), JSON.stringify(counts));
}

/** @returns {{ passed: number, failed: number }} */
export function totalResults() {
  const total = { passed: 0, failed: 0 };
  let files = [];
  try {
    files = readdirSync(resultsDir).filter((name) => name.endsWith('.json'));
  } catch {
    return total;
  }
  for (const name of files) {
    const counts = JSON.parse(readFileSync(join(resultsDir, name), 'utf8'));
    total.passed += counts.passed;
    total.failed += counts.failed;
  }
  return total;
}
