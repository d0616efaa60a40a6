// Renders the test-set cases into test8/postings.jsonl: `npx tsx test/eval/test8/build-test8.ts`.
// Written and labelled as a test set before the fixes it judged, and scored once; its errors were then studied
// and fixed, so it is now development set 8 (docs/extraction.md). Sector labels follow docs/sector-labels.md.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST8_A } from './cases-a.ts';
import { TEST8_B } from './cases-b.ts';

export const TEST8_CASES: HoldoutCase[] = [...TEST8_A, ...TEST8_B];

export const { path: TEST8_PATH, build: buildTest8 } = defineTestSet(import.meta.url, TEST8_CASES);
