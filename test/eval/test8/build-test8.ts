// Renders the test-set cases into test8/postings.jsonl: `npx tsx test/eval/test8/build-test8.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST8_A } from './cases-a.ts';
import { TEST8_B } from './cases-b.ts';

export const TEST8_CASES: HoldoutCase[] = [...TEST8_A, ...TEST8_B];

export const TEST8_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest8(): string {
  return TEST8_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST8_PATH, buildTest8());
  console.log(`wrote ${TEST8_CASES.length} postings to ${TEST8_PATH}`);
}
