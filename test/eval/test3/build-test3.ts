// Renders the test-set cases into test3/postings.jsonl: `npx tsx test/eval/test3/build-test3.ts`.
// Written and labelled as a test set before the fixes it judged; its sector and role errors were later
// studied and fixed, so it is now the third development set. The test set is test4 (docs/extraction.md).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST3_ML } from './cases-ml.ts';
import { TEST3_OTHER } from './cases-other.ts';
import { TEST3_INTL } from './cases-intl.ts';

export const TEST3_CASES: HoldoutCase[] = [...TEST3_ML, ...TEST3_OTHER, ...TEST3_INTL];

export const TEST3_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest3(): string {
  return TEST3_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST3_PATH, buildTest3());
  console.log(`wrote ${TEST3_CASES.length} postings to ${TEST3_PATH}`);
}
