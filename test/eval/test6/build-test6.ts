// Renders the test-set cases into test6/postings.jsonl: `npx tsx test/eval/test6/build-test6.ts`.
// Written and labelled as a test set before the fixes it judged, and scored once; its errors were then studied
// and fixed, so it is now development set 6 (docs/extraction.md). Sector labels follow docs/sector-labels.md.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST6_A } from './cases-a.ts';
import { TEST6_B } from './cases-b.ts';

export const TEST6_CASES: HoldoutCase[] = [...TEST6_A, ...TEST6_B];

export const { path: TEST6_PATH, build: buildTest6 } = defineTestSet(import.meta.url, TEST6_CASES);
