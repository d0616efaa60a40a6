// One test set's build: its case sources rendered into the postings.jsonl beside its build script, and the script
// writing that file when run directly (`npx tsx test/eval/testN/build-testN.ts`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HoldoutCase } from './holdout/case.ts';
import { buildHoldoutCase } from './holdout/build-holdout.ts';

export function defineTestSet(scriptUrl: string, cases: HoldoutCase[]): { path: string; build: () => string } {
  const path = join(dirname(fileURLToPath(scriptUrl)), 'postings.jsonl');
  const build = (): string => cases.map((c) => JSON.stringify(buildHoldoutCase(c))).join('\n') + '\n';
  if (process.argv[1] && fileURLToPath(scriptUrl) === process.argv[1]) {
    writeFileSync(path, build());
    console.log(`wrote ${cases.length} postings to ${path}`);
  }
  return { path, build };
}
