// Renders the held-out cases into holdout/postings.jsonl: `npx tsx test/eval/holdout/build-holdout.ts`.
// The held-out set is never tuned on; see docs/extraction.md for how its errors are reported.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildCase, type EvalCase } from '../build-set.ts';
import type { HoldoutCase } from './case.ts';
import { HOLDOUT_ML } from './cases-ml.ts';
import { HOLDOUT_OTHER } from './cases-other.ts';
import { HOLDOUT_INTL } from './cases-intl.ts';

export const HOLDOUT_CASES: HoldoutCase[] = [...HOLDOUT_ML, ...HOLDOUT_OTHER, ...HOLDOUT_INTL];

export const HOLDOUT_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

export function buildHoldoutCase(c: HoldoutCase): EvalCase {
  const { format, ...rest } = c;
  // Raw bodies are board HTML as sent; render() would escape them, so they go in as the description.
  // No intro from set/companies.ts: a held-out posting carries all of its own text.
  const built = buildCase({ ...rest, noIntro: true, format: format === 'raw' ? 'html' : format });
  if (format === 'raw') built.input.description = c.body;
  return built;
}

export function buildHoldout(): string {
  return HOLDOUT_CASES.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(HOLDOUT_PATH, buildHoldout());
  console.log(`wrote ${HOLDOUT_CASES.length} postings to ${HOLDOUT_PATH}`);
}
