// Renders the test-set cases into test13/postings.jsonl: `npx tsx test/eval/test13/build-test13.ts`.
// Written and labelled sealed by two writers who never saw the extractor, and scored once: the test set, never
// tuned on. Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of cases-a.ts
// and cases-b.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST13_A } from './cases-a.ts';
import { TEST13_B } from './cases-b.ts';

export const TEST13_CASES: HoldoutCase[] = [...TEST13_A, ...TEST13_B];

export const { path: TEST13_PATH, build: buildTest13 } = defineTestSet(import.meta.url, TEST13_CASES);
