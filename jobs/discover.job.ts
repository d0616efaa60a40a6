// discover: list a board, compare with what is stored, enqueue fetches for new or changed postings only,
// and close postings the board no longer lists.
import { z } from 'zod';
import { adapterFor } from '../src/adapters/index.ts';
import type { ParsedPosting, RequestSpec, SourceConfig } from '../src/core/types.ts';
import { withTransaction } from '../src/db/pool.ts';
import { BlockedError, PermanentError } from '../src/errors.ts';
import { jobId } from '../src/queue/queues.ts';
import { closeMissing, knownPostings, listHash, touchSeen } from '../src/repos/postings.repo.ts';
import { completeRunIfDone, finishRunEarly, getRun, markRunStarted } from '../src/repos/runs.repo.ts';
import { getSource } from '../src/repos/sources.repo.ts';
import type { JobContext, JobDeps } from './deps.ts';
import { enqueueAggregate } from './aggregate.job.ts';
import type { FetchPayload } from './fetch.job.ts';

export const discoverPayload = z.object({ sourceId: z.number().int().positive(), runId: z.number().int().positive() });
export type DiscoverPayload = z.infer<typeof discoverPayload>;

/** A board that needs more list requests than this is misbehaving (or a paging bug): stop and say so. */
export const MAX_LIST_REQUESTS = 2_000;

export interface DiscoverResult {
  status: 'listed' | 'blocked' | 'skipped';
  found: number;
  new: number;
  changed: number;
  closed: number;
  requests: number;
}

export async function discover(payload: DiscoverPayload, deps: JobDeps, ctx: JobContext): Promise<DiscoverResult> {
  const { pool } = deps;
  const run = await getRun(pool, payload.runId);
  if (!run) throw new PermanentError(`run ${payload.runId} does not exist`);
  if (run.status !== 'queued' && run.status !== 'running') {
    return { status: 'skipped', found: run.found, new: run.new, changed: run.changed, closed: run.closed, requests: run.requests };
  }
  const source = await getSource(pool, payload.sourceId);
  if (!source) throw new PermanentError(`source ${payload.sourceId} does not exist`);
  if (!source.enabled) {
    await finishRunEarly(pool, run.id, 'failed', `source ${source.id} is paused${source.pausedReason ? `: ${source.pausedReason}` : ''}`);
    return { status: 'skipped', found: 0, new: 0, changed: 0, closed: 0, requests: 0 };
  }
  await markRunStarted(pool, run.id);

  let listing: { postings: Map<string, ParsedPosting>; requests: number };
  try {
    listing = await listBoard(source, deps, ctx);
  } catch (err) {
    if (err instanceof BlockedError) {
      await finishRunEarly(pool, run.id, 'blocked', err.message);
      ctx.log.warn({ err, sourceId: source.id }, 'discover blocked');
      return { status: 'blocked', found: 0, new: 0, changed: 0, closed: 0, requests: 0 };
    }
    throw err; // the processor decides: retry, delay, or fail (and then ends the run with the reason)
  }

  const adapter = adapterFor(source.kind);
  const known = await knownPostings(pool, source.id);
  const fetches: FetchPayload[] = [];
  const unchanged: string[] = [];
  for (const p of listing.postings.values()) {
    const prior = known.get(p.externalId);
    const change = !prior ? 'new' : prior.listHash !== listHash(p) ? 'changed' : null;
    if (change) {
      fetches.push({ runId: run.id, sourceId: source.id, change, listed: p, needsDetail: adapter.needsDetail(p, source) });
    } else unchanged.push(p.externalId);
  }
  const seen = [...listing.postings.keys()];
  const counts = { new: fetches.filter((f) => f.change === 'new').length, changed: fetches.filter((f) => f.change === 'changed').length };

  const closed = await withTransaction(pool, async (tx) => {
    if (fetches.length > 0) {
      await tx.query(
        `INSERT INTO run_items (run_id, external_id, change)
         SELECT $1, u.external_id, u.change FROM unnest($2::text[], $3::text[]) AS u(external_id, change)
         ON CONFLICT (run_id, external_id) DO NOTHING`,
        [run.id, fetches.map((f) => f.listed.externalId), fetches.map((f) => f.change)],
      );
    }
    await touchSeen(tx, source.id, unchanged);
    const closedCount = await closeMissing(tx, source.id, seen);
    await tx.query(
      `UPDATE runs SET discovered = true, found = $2, new = $3, changed = $4,
         closed = CASE WHEN discovered THEN closed ELSE $5 END, requests = $6 WHERE id = $1`,
      [run.id, listing.postings.size, counts.new, counts.changed, closedCount, listing.requests],
    );
    return closedCount;
  });

  // Deterministic job ids: a retried discover re-adds the same jobs, which BullMQ ignores.
  await deps.queues.get('fetch').addBulk(
    fetches.map((f) => ({ name: 'fetch', data: f, opts: { jobId: jobId('fetch', f.runId, f.listed.externalId) } })),
  );
  if (fetches.length === 0 && (await completeRunIfDone(pool, run.id))) await enqueueAggregate(deps, run.id);
  ctx.log.info({ sourceId: source.id, runId: run.id, found: listing.postings.size, ...counts, closed }, 'board listed');
  return { status: 'listed', found: listing.postings.size, ...counts, closed, requests: listing.requests };
}

/** Follow an adapter's requests (pages, facets, sitemaps) until the board is fully listed. */
async function listBoard(
  source: SourceConfig & { ratePerSecond: number | null },
  deps: JobDeps,
  ctx: JobContext,
): Promise<{ postings: Map<string, ParsedPosting>; requests: number }> {
  const adapter = adapterFor(source.kind);
  const pending: RequestSpec[] = adapter.start(source);
  const done = new Set<string>();
  const postings = new Map<string, ParsedPosting>();
  let requests = 0;
  while (pending.length > 0) {
    const req = pending.shift()!;
    const key = `${req.method ?? 'GET'} ${req.url} ${req.body ?? ''}`;
    if (done.has(key)) continue;
    done.add(key);
    if (++requests > MAX_LIST_REQUESTS) {
      throw new PermanentError(`board needed more than ${MAX_LIST_REQUESTS} list requests; stopping (paging loop?)`);
    }
    if (ctx.signal.aborted) throw new Error('shutting down');
    const res = await deps.fetcher.fetch(req, { signal: ctx.signal, ratePerSecond: source.ratePerSecond ?? undefined });
    const page = adapter.parseList(res.body, req, source);
    for (const p of page.postings) if (!postings.has(p.externalId)) postings.set(p.externalId, p);
    pending.push(...page.followUps);
  }
  return { postings, requests };
}

/** Called when discover fails for good: the run ends with the reason. */
export async function discoverFailed(payload: DiscoverPayload, deps: JobDeps, reason: string, status: 'failed' | 'blocked'): Promise<void> {
  await finishRunEarly(deps.pool, payload.runId, status, reason);
}
