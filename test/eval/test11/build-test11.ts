// Renders the test-set cases into test11/postings.jsonl: `npx tsx test/eval/test11/build-test11.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST11_A } from './cases-a.ts';
import { TEST11_B } from './cases-b.ts';

export const TEST11_CASES: HoldoutCase[] = [...TEST11_A, ...TEST11_B];

export const TEST11_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest11(): string {
  return TEST11_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST11_PATH, buildTest11());
  console.log(`wrote ${TEST11_CASES.length} postings to ${TEST11_PATH}`);
}
