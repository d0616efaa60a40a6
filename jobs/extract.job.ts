// extract: run the pure extraction over a stored posting's raw record and store mentions with evidence spans.
import { z } from 'zod';
import { extractWithText } from '../src/core/extract.ts';
import type { PostingInput } from '../src/core/types.ts';
import { withTransaction } from '../src/db/pool.ts';
import { PermanentError } from '../src/errors.ts';
import { getPostingForExtraction, saveExtraction } from '../src/repos/postings.repo.ts';
import type { JobContext, JobDeps } from './deps.ts';
import { completeRunIfDone, markItem } from '../src/repos/runs.repo.ts';
import { enqueueAggregate } from './aggregate.job.ts';
import { itemFailed } from './run-items.ts';

export const extractPayload = z.object({
  postingId: z.number().int().positive(),
  runId: z.number().int().positive().optional(),
  externalId: z.string().optional(),
});
export type ExtractPayload = z.infer<typeof extractPayload>;

export async function extract(payload: ExtractPayload, deps: JobDeps, _ctx: JobContext): Promise<{ extractionId: number; mentions: number }> {
  const posting = await getPostingForExtraction(deps.pool, payload.postingId);
  if (!posting) throw new PermanentError(`posting ${payload.postingId} does not exist`);
  const raw = posting.raw;
  if (!raw) throw new PermanentError(`posting ${posting.id} has no stored raw record to extract from`);
  const p = raw.parsed;
  const input: PostingInput = {
    title: p.title,
    company: p.company,
    locations: p.locations,
    countryHints: p.countryHints,
    industry: p.industry,
    description: p.descriptionHtml ?? '',
  };
  const { result, text } = extractWithText(input);
  const forRun = payload.runId !== undefined && payload.externalId !== undefined;
  const extractionId = await withTransaction(deps.pool, async (tx) => {
    const id = await saveExtraction(tx, posting.id, posting.contentHash, result, text.length);
    if (forRun) await markItem(tx, payload.runId!, payload.externalId!, 'done', { postingId: posting.id });
    return id;
  });
  if (forRun && (await completeRunIfDone(deps.pool, payload.runId!))) await enqueueAggregate(deps, payload.runId);
  return { extractionId, mentions: result.mentions.length };
}

export async function extractFailed(payload: ExtractPayload, deps: JobDeps, reason: string): Promise<void> {
  if (payload.runId !== undefined && payload.externalId !== undefined) {
    await itemFailed(deps, payload.runId, payload.externalId, reason);
  }
}
