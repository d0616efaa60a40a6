// Renders the test-set cases into test11/postings.jsonl: `npx tsx test/eval/test11/build-test11.ts`.
// Written and labelled sealed by two writers who never saw the extractor, and scored once: the test set, never
// tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts
// and cases-b.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST11_A } from './cases-a.ts';
import { TEST11_B } from './cases-b.ts';

export const TEST11_CASES: HoldoutCase[] = [...TEST11_A, ...TEST11_B];

export const { path: TEST11_PATH, build: buildTest11 } = defineTestSet(import.meta.url, TEST11_CASES);
