// Renders the test-set cases into test16/postings.jsonl: `npx tsx test/eval/test16/build-test16.ts`.
// Written and labelled sealed by two writers who never saw the extractor, and scored once: the test set, never
// tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts
// and cases-b.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST16_A } from './cases-a.ts';
import { TEST16_B } from './cases-b.ts';

export const TEST16_CASES: HoldoutCase[] = [...TEST16_A, ...TEST16_B];

export const { path: TEST16_PATH, build: buildTest16 } = defineTestSet(import.meta.url, TEST16_CASES);
