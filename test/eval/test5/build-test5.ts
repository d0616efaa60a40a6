// Renders the test-set cases into test5/postings.jsonl: `npx tsx test/eval/test5/build-test5.ts`.
// The set was written and labelled sealed: no extraction was run on its postings before the labels were
// committed, and it is never tuned on. Sector and mention decisions are stated at the top of cases-ml.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from '../holdout/case.ts';
import { buildHoldoutCase } from '../holdout/build-holdout.ts';
import { TEST5_ML } from './cases-ml.ts';
import { TEST5_OTHER } from './cases-other.ts';
import { TEST5_INTL } from './cases-intl.ts';

export const TEST5_CASES: HoldoutCase[] = [...TEST5_ML, ...TEST5_OTHER, ...TEST5_INTL];

export const TEST5_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildTest5(): string {
  return TEST5_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TEST5_PATH, buildTest5());
  console.log(`wrote ${TEST5_CASES.length} postings to ${TEST5_PATH}`);
}
