// Renders the test-set cases into test18/postings.jsonl: `npx tsx test/eval/test18/build-test18.ts`.
// Written and labelled sealed by four writers who never saw the extractor, and scored once: the test set, never
// tuned on. 144 postings, twice the earlier sets, so that one posting moves a posting-level figure by 0.7 points.
// Sector labels follow docs/sector-labels.md and mention labels docs/mention-labels.md (a review brought the
// writers' Visualization and Model evaluation labels in line with it before scoring; each change is listed at the
// end of its file's header). Mention decisions are stated at the top of each cases file.
import type { HoldoutCase } from '../holdout/case.ts';
import { defineTestSet } from '../test-set.ts';
import { TEST18_A } from './cases-a.ts';
import { TEST18_B } from './cases-b.ts';
import { TEST18_C } from './cases-c.ts';
import { TEST18_D } from './cases-d.ts';

export const TEST18_CASES: HoldoutCase[] = [...TEST18_A, ...TEST18_B, ...TEST18_C, ...TEST18_D];

export const { path: TEST18_PATH, build: buildTest18 } = defineTestSet(import.meta.url, TEST18_CASES);
