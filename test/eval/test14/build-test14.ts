// Renders the test-set cases into test14/postings.jsonl: `npx tsx test/eval/test14/build-test14.ts`.
// Written and labelled sealed by two writers who never saw the extractor, and scored once: the test set, never
// tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts
// and cases-b.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST14_A } from './cases-a.ts';
import { TEST14_B } from './cases-b.ts';

export const TEST14_CASES: HoldoutCase[] = [...TEST14_A, ...TEST14_B];

export const { path: TEST14_PATH, build: buildTest14 } = defineTestSet(import.meta.url, TEST14_CASES);
