// Renders the test-set cases into test7/postings.jsonl: `npx tsx test/eval/test7/build-test7.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST7_A } from './cases-a.ts';
import { TEST7_B } from './cases-b.ts';

export const TEST7_CASES: HoldoutCase[] = [...TEST7_A, ...TEST7_B];

export const TEST7_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest7(): string {
  return TEST7_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST7_PATH, buildTest7());
  console.log(`wrote ${TEST7_CASES.length} postings to ${TEST7_PATH}`);
}
