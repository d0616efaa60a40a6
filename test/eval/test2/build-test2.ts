// Renders the test-set cases into test2/postings.jsonl: `npx tsx test/eval/test2/build-test2.ts`.
// Written and labelled as a test set before the fixes it judged; its errors were later studied and fixed,
// so it is now the second development set. The test set is test4 (docs/extraction.md).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST2_ML } from './cases-ml.ts';
import { TEST2_OTHER } from './cases-other.ts';
import { TEST2_INTL } from './cases-intl.ts';

export const TEST2_CASES: HoldoutCase[] = [...TEST2_ML, ...TEST2_OTHER, ...TEST2_INTL];

export const TEST2_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest2(): string {
  return TEST2_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST2_PATH, buildTest2());
  console.log(`wrote ${TEST2_CASES.length} postings to ${TEST2_PATH}`);
}
