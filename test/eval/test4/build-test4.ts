// Renders the test-set cases into test4/postings.jsonl: `npx tsx test/eval/test4/build-test4.ts`.
// The test set was written and labelled before any extraction change it is used to judge, and is never
// tuned on: its figures are the honest estimate in docs/extraction.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST4_ML } from './cases-ml.ts';
import { TEST4_OTHER } from './cases-other.ts';
import { TEST4_INTL } from './cases-intl.ts';

export const TEST4_CASES: HoldoutCase[] = [...TEST4_ML, ...TEST4_OTHER, ...TEST4_INTL];

export const TEST4_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest4(): string {
  return TEST4_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST4_PATH, buildTest4());
  console.log(`wrote ${TEST4_CASES.length} postings to ${TEST4_PATH}`);
}
