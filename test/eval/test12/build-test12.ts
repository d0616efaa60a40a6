// Renders the test-set cases into test12/postings.jsonl: `npx tsx test/eval/test12/build-test12.ts`.
// Written and labelled sealed by two writers who never saw the extractor, and scored once: the test set, never
// tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts
// and cases-b.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST12_A } from './cases-a.ts';
import { TEST12_B } from './cases-b.ts';

export const TEST12_CASES: HoldoutCase[] = [...TEST12_A, ...TEST12_B];

export const { path: TEST12_PATH, build: buildTest12 } = defineTestSet(import.meta.url, TEST12_CASES);
