// fetch: get a posting's detail where the list did not carry it, keep the raw response, upsert the posting,
// and hand it to extraction.
import { z } from 'zod';
import { adapterFor } from '../src/adapters/index.ts';
import type { ParsedPosting } from '../src/core/types.ts';
import { withTransaction, type Queryable } from '../src/db/pool.ts';
import { PermanentError } from '../src/errors.ts';
import { jobId } from '../src/queue/queues.ts';
import { contentHash, saveRaw, upsertPosting } from '../src/repos/postings.repo.ts';
import { getSource, type SourceRow } from '../src/repos/sources.repo.ts';
import type { JobContext, JobDeps } from './deps.ts';
import { itemFailed } from './run-items.ts';

const parsedPosting = z.object({
  externalId: z.string().min(1),
  title: z.string(),
  company: z.string().nullable(),
  url: z.string().nullable(),
  locations: z.array(z.string()),
  countryHints: z.array(z.string()),
  remote: z.boolean().nullable(),
  descriptionHtml: z.string().nullable(),
  postedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  industry: z.string().nullable(),
  department: z.string().nullable(),
  employmentType: z.string().nullable(),
});

export const fetchPayload = z.object({
  runId: z.number().int().positive(),
  sourceId: z.number().int().positive(),
  change: z.enum(['new', 'changed', 'refresh']),
  needsDetail: z.boolean(),
  /** For 'refresh': the stored posting's content hash, to tell whether the detail really changed. */
  priorContentHash: z.string().optional(),
  listed: parsedPosting,
});
export type FetchPayload = z.infer<typeof fetchPayload>;

export async function fetchPosting(payload: FetchPayload, deps: JobDeps, ctx: JobContext): Promise<{ postingId: number }> {
  const source = await getSource(deps.pool, payload.sourceId);
  if (!source) throw new PermanentError(`source ${payload.sourceId} does not exist`);
  const adapter = adapterFor(source.kind);
  const listed = payload.listed as ParsedPosting;
  let posting = listed;
  let response: string | undefined;
  if (payload.needsDetail) {
    if (!adapter.detailRequest || !adapter.parseDetail) {
      throw new PermanentError(`${source.kind} adapter cannot fetch details, but posting ${listed.externalId} has no description`);
    }
    const req = adapter.detailRequest(listed, source);
    const res = await deps.fetcher.fetch(req, { signal: ctx.signal, ratePerSecond: source.ratePerSecond ?? undefined });
    posting = adapter.parseDetail(res.body, req, listed, source);
    response = res.body;
  }
  posting = withSourceCompany(posting, source);
  validatePosting(posting);
  const postingId = await withTransaction(deps.pool, (tx) => storePosting(tx, source, posting, payload, response));
  await deps.queues
    .get('extract')
    .add('extract', { postingId, runId: payload.runId, externalId: listed.externalId }, { jobId: jobId('extract', payload.runId, postingId) });
  return { postingId };
}

/** Boards whose API does not name the employer (Lever, Ashby, Workday, ...): the source says who it is. */
export function withSourceCompany(posting: ParsedPosting, source: Pick<SourceRow, 'options'>): ParsedPosting {
  const company = typeof source.options.company === 'string' ? source.options.company : null;
  return !posting.company && company ? { ...posting, company } : posting;
}

/**
 * Store a complete posting for a run, inside the caller's transaction: upsert it, keep its raw record, link its run
 * item. A refreshed detail that differs from the stored one is a change the list could not show; it is counted
 * once, as the item's change moves from 'refresh' to 'changed' in the same transaction.
 */
export async function storePosting(
  tx: Queryable,
  source: SourceRow,
  posting: ParsedPosting,
  payload: Pick<FetchPayload, 'runId' | 'change' | 'needsDetail' | 'priorContentHash' | 'listed'>,
  response?: string,
): Promise<number> {
  const listed = payload.listed as ParsedPosting;
  const { id } = await upsertPosting(tx, source.id, posting, listed, payload.needsDetail);
  await saveRaw(tx, id, { format: `${source.kind}/v1`, parsed: posting, ...(response !== undefined ? { response } : {}) });
  await tx.query('UPDATE run_items SET posting_id = $3 WHERE run_id = $1 AND external_id = $2', [payload.runId, listed.externalId, id]);
  if (payload.change === 'refresh' && payload.priorContentHash !== undefined && payload.priorContentHash !== contentHash(posting)) {
    const moved = await tx.query(
      `UPDATE run_items SET change = 'changed' WHERE run_id = $1 AND external_id = $2 AND change = 'refresh'`,
      [payload.runId, listed.externalId],
    );
    if ((moved.rowCount ?? 0) > 0) await tx.query('UPDATE runs SET changed = changed + 1 WHERE id = $1', [payload.runId]);
  }
  return id;
}

/** A posting we cannot count is refused whole, with the reason, rather than stored half. */
export function validatePosting(p: ParsedPosting): void {
  if (!p.title.trim()) throw new PermanentError(`posting ${p.externalId} has no title`);
  if (!p.descriptionHtml || !p.descriptionHtml.trim()) {
    throw new PermanentError(`posting ${p.externalId} ("${p.title.slice(0, 80)}") has no description`);
  }
}

export async function fetchFailed(payload: FetchPayload, deps: JobDeps, reason: string): Promise<void> {
  await itemFailed(deps, payload.runId, payload.listed.externalId, reason);
}
