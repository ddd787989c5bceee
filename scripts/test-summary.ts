/**
 * `npm run test:summary -- FILE`: reads Vitest's JSON results and prints the closing line CI
 * looks for, `N passed, N failed`; exits non-zero when anything failed or no results exist.
 * A test file that could not even load has no failed test of its own, so it counts as one.
 */
import fs from 'node:fs';

type Results = {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
};

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log(`No test results at ${file ?? '(no file given)'}: the build or the test runner stopped before writing them.`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}

const results = JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
const brokenFiles = results.testResults.filter(
  (t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'),
);
for (const t of brokenFiles) console.log(`failed to run: ${t.name}${t.message ? ` (${t.message.split('\n')[0]})` : ''}`);
const failed = results.numFailedTests + brokenFiles.length;
const skipped = results.numPendingTests + results.numTodoTests;
if (!results.success && failed === 0) console.log('Vitest reported an error outside the tests (see above).');
console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.success && failed === 0 ? 0 : 1);
