import { recordResults } from '../test-results.mjs';

export interface Check {
  readonly name: string;
  /** Throws (with a message saying what is wrong and how to fix it) when the check fails. */
  readonly run: () => void | Promise<void>;
}

/** Runs checks as tests: each prints ✓ or ✗, counts go to the run's totals, a failure fails the step. */
export async function runChecks(step: string, checks: readonly Check[]): Promise<void> {
  const counts = { passed: 0, failed: 0 };
  for (const check of checks) {
    try {
      await check.run();
      counts.passed += 1;
      console.log(`  ✓ ${check.name}`);
    } catch (error) {
      counts.failed += 1;
      console.log(`  ✗ ${check.name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  recordResults(step, counts);
  console.log(`${step}: ${counts.passed} passed, ${counts.failed} failed`);
  if (counts.failed > 0) process.exitCode = 1;
}
