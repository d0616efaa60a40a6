// Renders the test-set cases into test4/postings.jsonl: `npx tsx test/eval/test4/build-test4.ts`.
// Written and labelled as a test set before the fixes it judged, and scored once; its errors were then studied
// and fixed, so it is now development set 4 (docs/extraction.md).
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST4_ML } from './cases-ml.ts';
import { TEST4_OTHER } from './cases-other.ts';
import { TEST4_INTL } from './cases-intl.ts';

export const TEST4_CASES: HoldoutCase[] = [...TEST4_ML, ...TEST4_OTHER, ...TEST4_INTL];

export const { path: TEST4_PATH, build: buildTest4 } = defineTestSet(import.meta.url, TEST4_CASES);
