// Renders the test-set cases into test9/postings.jsonl: `npx tsx test/eval/test9/build-test9.ts`.
// Written and labelled as a test set before the fixes it judged, and scored once; its errors were then studied
// and fixed, so it is now development set 9 (docs/extraction.md). Sector labels follow docs/sector-labels.md.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST9_A } from './cases-a.ts';
import { TEST9_B } from './cases-b.ts';

export const TEST9_CASES: HoldoutCase[] = [...TEST9_A, ...TEST9_B];

export const { path: TEST9_PATH, build: buildTest9 } = defineTestSet(import.meta.url, TEST9_CASES);
