// Renders the test-set cases into test17/postings.jsonl: `npx tsx test/eval/test17/build-test17.ts`.
// Written and labelled sealed by four writers who never saw the extractor, and scored once: the test set, never
// tuned on. 144 postings, twice the earlier sets, so that one posting moves a posting-level figure by 0.7 points.
// Sector labels follow docs/sector-labels.md; mention decisions are stated at the top of each cases file.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST17_A } from './cases-a.ts';
import { TEST17_B } from './cases-b.ts';
import { TEST17_C } from './cases-c.ts';
import { TEST17_D } from './cases-d.ts';

export const TEST17_CASES: HoldoutCase[] = [...TEST17_A, ...TEST17_B, ...TEST17_C, ...TEST17_D];

export const { path: TEST17_PATH, build: buildTest17 } = defineTestSet(import.meta.url, TEST17_CASES);
