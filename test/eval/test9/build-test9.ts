// Renders the test-set cases into test9/postings.jsonl: `npx tsx test/eval/test9/build-test9.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST9_A } from './cases-a.ts';
import { TEST9_B } from './cases-b.ts';

export const TEST9_CASES: HoldoutCase[] = [...TEST9_A, ...TEST9_B];

export const TEST9_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest9(): string {
  return TEST9_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST9_PATH, buildTest9());
  console.log(`wrote ${TEST9_CASES.length} postings to ${TEST9_PATH}`);
}
