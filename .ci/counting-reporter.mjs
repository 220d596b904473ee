// A web-test-runner reporter that writes how many tests passed, failed and were skipped
// to the file named by WTR_COUNTS_FILE, so .ci/test.mjs can print one overall summary.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.WTR_COUNTS_FILE;
      if (!file) return;
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no tests but must still fail the run.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors += 1;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
