// discover: list a board, compare with what is stored, enqueue fetches for new or changed postings only,
// and close postings the board no longer lists.
import { z } from 'zod';
import { adapterFor } from '../src/adapters/index.ts';
import type { SkippedItem } from '../src/adapters/adapter-kit.ts';
import type { ParsedPosting, RequestSpec } from '../src/core/types.ts';
import { withTransaction } from '../src/db/pool.ts';
import { BlockedError, PermanentError, TransientError } from '../src/errors.ts';
import { jobId } from '../src/queue/queues.ts';
import { closeMissing, hasStaleDetails, knownPostings, listHash, touchSeen } from '../src/repos/postings.repo.ts';
import { completeRunIfDone, finishRunEarly, getRun, markItem, markRunStarted } from '../src/repos/runs.repo.ts';
import { forgetValidators, loadValidators } from '../src/repos/list-validators.repo.ts';
import { getSource, type SourceRow } from '../src/repos/sources.repo.ts';
import type { JobContext, JobDeps } from './deps.ts';
import { enqueueAggregate } from './aggregate.job.ts';
import { storePosting, validatePosting, withSourceCompany, type FetchPayload } from './fetch.job.ts';

export const discoverPayload = z.object({ sourceId: z.number().int().positive(), runId: z.number().int().positive() });
export type DiscoverPayload = z.infer<typeof discoverPayload>;

const DAY_MS = 24 * 3600 * 1000;
const BATCH = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
/** Re-fetch at most this many unchanged details per run, so a board's first refresh does not come all at once. */
export const MAX_REFRESHES_PER_RUN = 100;

/** Days after which an unchanged posting's detail is fetched again (`options.refreshDays`, default 7). */
function refreshDays(source: SourceRow): number {
  const v = source.options.refreshDays;
  return typeof v === 'number' && v > 0 ? v : 7;
}

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
  if (run.discovered) {
    // A retry after this run's listing was committed: list nothing again (stored postings would now look
    // unchanged and the run's counts would shrink); just make sure its pending work is queued.
    await enqueuePending(deps, run.id);
    if (await completeRunIfDone(pool, run.id)) await enqueueAggregate(deps, run.id);
    return { status: 'listed', found: run.found, new: run.new, changed: run.changed, closed: run.closed, requests: run.requests };
  }
  const source = await getSource(pool, payload.sourceId);
  if (!source) throw new PermanentError(`source ${payload.sourceId} does not exist`);
  if (!source.enabled) {
    await finishRunEarly(pool, run.id, 'failed', `source ${source.id} is paused${source.pausedReason ? `: ${source.pausedReason}` : ''}`);
    return { status: 'skipped', found: 0, new: 0, changed: 0, closed: 0, requests: 0 };
  }
  await markRunStarted(pool, run.id);

  let listing: Listing;
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

  if (listing.notModified) return unchangedBoard(source.id, run.id, deps, ctx);
  if (listing.skipped.length > 0) {
    ctx.log.warn({ sourceId: source.id, runId: run.id, skipped: listing.skipped.slice(0, 20) }, `${listing.skipped.length} listed item(s) skipped`);
  }

  const adapter = adapterFor(source.kind);
  const known = await knownPostings(pool, source.id);
  const fetches: FetchPayload[] = [];
  const unchanged: string[] = [];
  const refreshBefore = Date.now() - refreshDays(source) * DAY_MS;
  let refreshes = 0;
  for (const p of listing.postings.values()) {
    const prior = known.get(p.externalId);
    const needsDetail = adapter.needsDetail(p, source);
    let change: FetchPayload['change'] | null = !prior ? 'new' : prior.listHash !== listHash(p) ? 'changed' : null;
    // A list without descriptions cannot show an edited description: re-fetch such details now and then.
    if (!change && prior && needsDetail && prior.fetchedAt.getTime() < refreshBefore && refreshes < MAX_REFRESHES_PER_RUN) {
      change = 'refresh';
      refreshes++;
    }
    if (change) {
      fetches.push({
        runId: run.id,
        sourceId: source.id,
        change,
        listed: p,
        needsDetail,
        ...(prior ? { priorContentHash: prior.contentHash } : {}),
      });
    } else unchanged.push(p.externalId);
  }
  const seen = [...listing.postings.keys()];
  const counts = { new: fetches.filter((f) => f.change === 'new').length, changed: fetches.filter((f) => f.change === 'changed').length };
  const refreshed = fetches.length - counts.new - counts.changed;

  // A posting whose list entry already carries its description is stored here; only the others need a fetch job.
  const direct = fetches.filter((f) => !f.needsDetail);
  const closed = await withTransaction(pool, async (tx) => {
    // In batches: a large board's payloads (descriptions included) are not serialised all at once. Direct
    // postings keep no payload: once stored, their run item points at the posting.
    for (const batch of chunks(fetches, BATCH)) {
      await tx.query(
        `INSERT INTO run_items (run_id, external_id, change, payload)
         SELECT $1, u.external_id, u.change, u.payload::jsonb
         FROM unnest($2::text[], $3::text[], $4::text[]) AS u(external_id, change, payload)
         ON CONFLICT (run_id, external_id) DO NOTHING`,
        [run.id, batch.map((f) => f.listed.externalId), batch.map((f) => f.change), batch.map((f) => (f.needsDetail ? JSON.stringify(f) : null))],
      );
    }
    for (const f of direct) {
      const posting = withSourceCompany(f.listed as ParsedPosting, source);
      try {
        validatePosting(posting);
      } catch (err) {
        await markItem(tx, run.id, f.listed.externalId, 'failed', { reason: (err as Error).message });
        continue;
      }
      await storePosting(tx, source, posting, f);
    }
    await touchSeen(tx, source.id, unchanged);
    const closedCount = await closeMissing(tx, source.id, seen);
    await tx.query(
      `UPDATE runs SET discovered = true, found = $2, new = $3, changed = $4,
         closed = CASE WHEN discovered THEN closed ELSE $5 END, requests = $6,
         skipped = $7, skipped_reasons = $8, pending_validators = $9, refreshed = $10 WHERE id = $1`,
      [run.id, listing.postings.size, counts.new, counts.changed, closedCount, listing.requests,
        listing.skipped.length, JSON.stringify(listing.skipped.slice(0, MAX_SKIPPED_KEPT)),
        listing.validators ? JSON.stringify(listing.validators) : null, refreshed],
    );
    // The old validators describe an older listing; the new ones count once this run completes cleanly.
    await forgetValidators(tx, source.id);
    return closedCount;
  });

  await enqueuePending(deps, run.id);
  if (await completeRunIfDone(pool, run.id)) await enqueueAggregate(deps, run.id);
  ctx.log.info({ sourceId: source.id, runId: run.id, found: listing.postings.size, ...counts, closed }, 'board listed');
  return { status: 'listed', found: listing.postings.size, ...counts, closed, requests: listing.requests };
}

/**
 * Enqueue the run's pending work from PostgreSQL: an extract job for each stored posting, a fetch job for each
 * posting still to fetch. Job ids are deterministic, so this is safe to repeat (a retried discover, or a discover
 * that died between its commit and here).
 */
async function enqueuePending(deps: JobDeps, runId: number): Promise<void> {
  const { rows } = await deps.pool.query<{ externalId: string; postingId: number | null; payload: FetchPayload | null }>(
    `SELECT external_id AS "externalId", posting_id AS "postingId", payload FROM run_items
     WHERE run_id = $1 AND status = 'pending' ORDER BY external_id`,
    [runId],
  );
  for (const batch of chunks(rows, BATCH)) {
    const extract = batch.filter((r) => r.postingId !== null);
    const fetch = batch.filter((r) => r.postingId === null && r.payload !== null);
    if (extract.length > 0) {
      await deps.queues.get('extract').addBulk(
        extract.map((r) => ({
          name: 'extract',
          data: { postingId: r.postingId!, runId, externalId: r.externalId },
          opts: { jobId: jobId('extract', runId, r.postingId!) },
        })),
      );
    }
    if (fetch.length > 0) {
      await deps.queues.get('fetch').addBulk(
        fetch.map((r) => ({ name: 'fetch', data: r.payload!, opts: { jobId: jobId('fetch', runId, r.externalId) } })),
      );
    }
  }
}

interface Listing {
  postings: Map<string, ParsedPosting>;
  requests: number;
  skipped: SkippedItem[];
  /** The board answered 304 to a conditional listing: nothing changed since the last complete one. */
  notModified: boolean;
  /** Validators to keep for next time (single-request listings only). */
  validators: { key: string; etag: string | null; lastModified: string | null } | null;
}

const MAX_SKIPPED_KEPT = 50;

/** Follow an adapter's requests (pages, facets, sitemaps) until the board is fully listed. */
async function listBoard(source: SourceRow, deps: JobDeps, ctx: JobContext): Promise<Listing> {
  const adapter = adapterFor(source.kind);
  const pending: RequestSpec[] = adapter.start(source);
  // A board listed in one request can be asked conditionally: an unchanged board answers 304 and costs nothing.
  const single = pending.length === 1 ? requestKey(pending[0]!) : null;
  // ... unless details are due for a refresh: a 304 would hide the list that says which ones.
  const prior =
    single && !(await hasStaleDetails(deps.pool, source.id, new Date(Date.now() - refreshDays(source) * DAY_MS)))
      ? await loadValidators(deps.pool, source.id, single)
      : null;
  const done = new Set<string>();
  const postings = new Map<string, ParsedPosting>();
  const skipped: SkippedItem[] = [];
  let requests = 0;
  let validators: Listing['validators'] = null;
  while (pending.length > 0) {
    const req = pending.shift()!;
    const key = requestKey(req);
    if (done.has(key)) continue;
    done.add(key);
    if (++requests > MAX_LIST_REQUESTS) {
      throw new PermanentError(`board needed more than ${MAX_LIST_REQUESTS} list requests; stopping (paging loop?)`);
    }
    if (ctx.signal.aborted) throw new TransientError('worker shutting down; the listing will be retried');
    const first = requests === 1;
    const res = await deps.fetcher.fetch(req, {
      signal: ctx.signal,
      ...(source.ratePerSecond ? { ratePerSecond: source.ratePerSecond } : {}),
      ...(first && prior ? { conditional: prior } : {}),
    });
    if (res.notModified) {
      if (first && prior) return { postings, requests, skipped, notModified: true, validators: null };
      throw new PermanentError(`${source.kind}: ${req.url} answered 304 to a request that was not conditional`);
    }
    const { page, skipped: bad } = parseListing(adapter, res.body, req, source);
    skipped.push(...bad);
    for (const p of page.postings) {
      if (postings.has(p.externalId)) skipped.push({ externalId: p.externalId, reason: `id ${p.externalId} listed twice; the first is kept` });
      else postings.set(p.externalId, p);
    }
    pending.push(...page.followUps);
    if (first && single && page.followUps.length === 0 && (res.etag || res.lastModified)) {
      validators = { key: single, etag: res.etag ?? null, lastModified: res.lastModified ?? null };
    }
  }
  return { postings, requests, skipped, notModified: false, validators: requests === 1 ? validators : null };
}

/** Parse one list response; a board that answers something unreadable is named by the request that got it. */
function parseListing(adapter: ReturnType<typeof adapterFor>, body: string, req: RequestSpec, source: SourceRow) {
  try {
    return adapter.parseListDetailed(body, req, source);
  } catch (err) {
    if (err instanceof PermanentError) throw new PermanentError(`${err.message}; list ${req.method ?? 'GET'} ${req.url}`, { cause: err });
    throw err;
  }
}

function requestKey(req: RequestSpec): string {
  return `${req.method ?? 'GET'} ${req.url} ${req.body ?? ''}`;
}

/** 304: every open posting is still listed as it was. The run succeeds with nothing new. */
async function unchangedBoard(sourceId: number, runId: number, deps: JobDeps, ctx: JobContext): Promise<DiscoverResult> {
  const found = await withTransaction(deps.pool, async (tx) => {
    const r = await tx.query('UPDATE postings SET last_seen_at = now() WHERE source_id = $1 AND closed_at IS NULL', [sourceId]);
    await tx.query(
      `UPDATE runs SET discovered = true, not_modified = true, found = $2, new = 0, changed = 0, closed = 0, requests = 1
       WHERE id = $1`,
      [runId, r.rowCount ?? 0],
    );
    return r.rowCount ?? 0;
  });
  if (await completeRunIfDone(deps.pool, runId)) await enqueueAggregate(deps, runId);
  ctx.log.info({ sourceId, runId, found }, 'board not modified since the last listing');
  return { status: 'listed', found, new: 0, changed: 0, closed: 0, requests: 1 };
}

/** Called when discover fails for good: the run ends with the reason. */
export async function discoverFailed(payload: DiscoverPayload, deps: JobDeps, reason: string, status: 'failed' | 'blocked'): Promise<void> {
  await finishRunEarly(deps.pool, payload.runId, status, reason);
}
