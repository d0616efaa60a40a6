// Renders the test-set cases into test15/postings.jsonl: `npx tsx test/eval/test15/build-test15.ts`.
// Written and labelled sealed by two writers who never saw the extractor, and scored once: the test set, never
// tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts
// and cases-b.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST15_A } from './cases-a.ts';
import { TEST15_B } from './cases-b.ts';

export const TEST15_CASES: HoldoutCase[] = [...TEST15_A, ...TEST15_B];

export const { path: TEST15_PATH, build: buildTest15 } = defineTestSet(import.meta.url, TEST15_CASES);
