// Renders the test-set cases into test6/postings.jsonl: `npx tsx test/eval/test6/build-test6.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST6_A } from './cases-a.ts';
import { TEST6_B } from './cases-b.ts';

export const TEST6_CASES: HoldoutCase[] = [...TEST6_A, ...TEST6_B];

export const TEST6_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest6(): string {
  return TEST6_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST6_PATH, buildTest6());
  console.log(`wrote ${TEST6_CASES.length} postings to ${TEST6_PATH}`);
}
