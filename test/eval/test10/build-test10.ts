// Renders the test-set cases into test10/postings.jsonl: `npx tsx test/eval/test10/build-test10.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST10_A } from './cases-a.ts';
import { TEST10_B } from './cases-b.ts';

export const TEST10_CASES: HoldoutCase[] = [...TEST10_A, ...TEST10_B];

export const TEST10_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest10(): string {
  return TEST10_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST10_PATH, buildTest10());
  console.log(`wrote ${TEST10_CASES.length} postings to ${TEST10_PATH}`);
}
