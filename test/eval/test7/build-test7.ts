// Renders the test-set cases into test7/postings.jsonl: `npx tsx test/eval/test7/build-test7.ts`.
// Written and labelled as a test set before the fixes it judged, and scored once; its errors were then studied
// and fixed, so it is now development set 7 (docs/extraction.md). Sector labels follow docs/sector-labels.md.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST7_A } from './cases-a.ts';
import { TEST7_B } from './cases-b.ts';

export const TEST7_CASES: HoldoutCase[] = [...TEST7_A, ...TEST7_B];

export const { path: TEST7_PATH, build: buildTest7 } = defineTestSet(import.meta.url, TEST7_CASES);
