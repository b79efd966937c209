import { recordResults } from './test-results.mjs';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * A Web Test Runner reporter that records how many tests passed and failed. A test file
 * that fails outside its tests (a failed import, an uncaught error) counts as one failure,
 * so a broken file can never make the total look green.
 */
export function countingReporter(step) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const sessionCounts = { passed: 0, failed: 0 };
        if (session.testResults) countSuite(session.testResults, sessionCounts);
        if (!session.passed && sessionCounts.failed === 0) sessionCounts.failed = 1;
        counts.passed += sessionCounts.passed;
        counts.failed += sessionCounts.failed;
      }
      recordResults(step, counts);
    },
  };
}
