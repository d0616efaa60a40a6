// Renders the test-set cases into test5/postings.jsonl: `npx tsx test/eval/test5/build-test5.ts`.
// Written and labelled as a test set before the fixes it judged, and scored once; its errors were then studied
// and fixed, so it is now development set 5 (docs/extraction.md). Sector labels follow docs/sector-labels.md.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST5_ML } from './cases-ml.ts';
import { TEST5_OTHER } from './cases-other.ts';
import { TEST5_INTL } from './cases-intl.ts';

export const TEST5_CASES: HoldoutCase[] = [...TEST5_ML, ...TEST5_OTHER, ...TEST5_INTL];

export const { path: TEST5_PATH, build: buildTest5 } = defineTestSet(import.meta.url, TEST5_CASES);
