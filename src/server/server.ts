// `skillpulse serve`: health, Prometheus metrics, the JSON API, the analysts' dashboard and the ops pages,
// on node:http. Handlers validate their input, use parameterised SQL only, and answer errors as JSON
// without internals; unexpected errors are logged with their stack and shown as "internal error".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import type { Category } from '../core/types.ts';
import type { Pool } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import type { Logger } from '../log.ts';
import { QUEUE_NAMES, type Queues } from '../queue/queues.ts';
import { toCsv } from '../reports/format.ts';
import { demandReport, UNCLASSIFIED, type DemandFilters, type DemandRow } from '../reports/demand.ts';
import { topEmployers } from '../reports/employers.ts';
import { cooccurrenceReport, trendsReport } from '../reports/trends.ts';
import { getRun, listRuns } from '../repos/runs.repo.ts';
import { getSource, listSources, setSourceEnabled } from '../repos/sources.repo.ts';
import { checkHealth } from './health.ts';
import { assertSameOriginJson, HttpError, readJsonBody, send, sendError, sendJson } from './http-kit.ts';
import { createPipelineMetrics } from './prometheus.ts';
import { pathId, QueryParams } from './query-params.ts';
import { retryFailedItems } from '../pipeline/retry-failed.ts';
import { PAGES, sendAsset } from './static-assets.ts';

export interface ServerDeps {
  pool: Pool;
  redis: Redis;
  queues: Queues;
  logger: Logger;
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on. Default 127.0.0.1: the ops actions have no login, so exposing them is a choice. */
  host?: string;
  /**
   * Host header names (without port) the server answers to. Default: on a loopback interface only
   * localhost, 127.0.0.1 and ::1 — which defeats DNS rebinding (a foreign name resolved to 127.0.0.1 keeps its
   * own Host header); on any other interface every name, unless listed here.
   */
  allowedHosts?: string[];
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
}

type Handler = (ctx: Ctx) => Promise<void>;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
}

const CATEGORIES: readonly Category[] = ['role', 'skill', 'tool', 'certification'];
const DEMAND_PARAMS = ['sector', 'country', 'category', 'source', 'weeks'] as const;

function demandFilters(q: QueryParams): DemandFilters {
  return {
    sector: q.string('sector', { max: 100 }),
    country: q.country('country'),
    category: q.oneOf('category', CATEGORIES),
    sourceId: q.int('source', { min: 1, max: Number.MAX_SAFE_INTEGER }),
    weeks: q.int('weeks', { min: 1, max: 520 }),
  };
}

function demandCsv(rows: DemandRow[]): string {
  return toCsv(
    ['category', 'group', 'name', 'postings', 'share', 'total'],
    rows.map((r) => [r.category, r.group, r.name, r.postings, r.share.toFixed(6), r.total]),
  );
}

function reasonFrom(body: Record<string, unknown>): string {
  const reason = body.reason;
  if (typeof reason !== 'string' || reason.trim() === '') throw new HttpError(400, 'body must be {"reason": "why the source is paused"}');
  if (reason.length > 500) throw new HttpError(400, 'reason is longer than 500 characters');
  return reason.trim();
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The Host header without its port, lower-cased ("[::1]:8080" → "[::1]"). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const h = header.toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d+$/, '');
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { pool, redis, queues, logger } = deps;
  const host = deps.host ?? '127.0.0.1';
  const allowedHosts = deps.allowedHosts
    ? new Set(deps.allowedHosts.map((h) => h.toLowerCase()))
    : isLoopback(host)
      ? new Set(['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host])
      : null;
  const metrics = createPipelineMetrics({ pool, queues, logger });

  // With Redis away, every queue reports each reconnect failure; log the first of each minute, and let
  // /healthz say the rest.
  let lastQueueWarning = 0;
  const onQueueError = (err: Error) => {
    const now = Date.now();
    if (now - lastQueueWarning < 60_000) return;
    lastQueueWarning = now;
    logger.warn({ err }, 'queue connection error');
  };
  for (const name of QUEUE_NAMES) queues.get(name).on('error', onQueueError);

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/healthz$/,
      handler: async ({ res }) => {
        const { errors, ...health } = await checkHealth(pool, redis);
        if (health.status !== 'ok') logger.warn({ health, errors }, 'health check: backend down');
        sendJson(res, health.status === 'ok' ? 200 : 503, health);
      },
    },
    {
      method: 'GET',
      pattern: /^\/metrics$/,
      handler: async ({ res }) => send(res, 200, metrics.registry.contentType, await metrics.render()),
    },
    {
      method: 'GET',
      pattern: /^\/api\/facets$/,
      handler: async ({ res, url }) => {
        new QueryParams(url.searchParams, []);
        const { rows } = await pool.query<{ facet: string; value: string | null; postings: number | null }>(sql('dashboard_facets'));
        const sectors = rows.filter((r) => r.facet === 'sector').map((r) => ({ value: r.value || UNCLASSIFIED, postings: r.postings }));
        // Postings with no known country cannot be selected by a country filter; they are left out of the choices.
        const countries = rows.filter((r) => r.facet === 'country' && r.value).map((r) => ({ value: r.value, postings: r.postings }));
        const weeks = rows.filter((r) => r.facet === 'week' && r.value).map((r) => r.value!);
        sendJson(res, 200, { sectors, countries, firstWeek: weeks[0] ?? null, lastWeek: weeks[1] ?? weeks[0] ?? null, categories: CATEGORIES });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/demand$/,
      handler: async ({ res, url }) => {
        sendJson(res, 200, await demandReport(pool, demandFilters(new QueryParams(url.searchParams, DEMAND_PARAMS))));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/employers$/,
      handler: async ({ res, url }) => {
        const q = new QueryParams(url.searchParams, [...DEMAND_PARAMS, 'limit']);
        const { category: _ignored, ...filters } = demandFilters(q);
        sendJson(res, 200, await topEmployers(pool, { ...filters, limit: q.int('limit', { min: 1, max: 200 }) ?? 10 }));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/export\/demand\.csv$/,
      handler: async ({ res, url }) => {
        const rows = await demandReport(pool, demandFilters(new QueryParams(url.searchParams, DEMAND_PARAMS)));
        send(res, 200, 'text/csv; charset=utf-8', demandCsv(rows), {
          'Content-Disposition': 'attachment; filename="skillpulse-demand.csv"',
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/trends$/,
      handler: async ({ res, url }) => {
        const q = new QueryParams(url.searchParams, ['weeks', 'sector', 'country', 'category', 'minPostings', 'minTotal']);
        const minPostings = q.int('minPostings', { min: 1, max: 1_000_000 });
        const minTotal = q.int('minTotal', { min: 1, max: 100_000_000 });
        const report = await trendsReport(pool, {
          weeks: q.int('weeks', { min: 1, max: 260 }) ?? 4,
          sector: q.string('sector', { max: 100 }),
          country: q.country('country'),
          category: q.oneOf('category', CATEGORIES),
          options: { ...(minPostings !== null ? { minPostings } : {}), ...(minTotal !== null ? { minTotal } : {}) },
        });
        sendJson(res, 200, report);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/cooccurrence$/,
      handler: async ({ res, url }) => {
        const q = new QueryParams(url.searchParams, ['entity', 'sector', 'country', 'source', 'minSupport', 'limit']);
        const entity = q.string('entity', { required: true, max: 200 })!;
        const report = await cooccurrenceReport(pool, entity, {
          sector: q.string('sector', { max: 100 }),
          country: q.country('country'),
          sourceId: q.int('source', { min: 1, max: Number.MAX_SAFE_INTEGER }),
          minSupport: q.int('minSupport', { min: 1, max: 1_000_000 }) ?? 3,
          limit: q.int('limit', { min: 1, max: 500 }) ?? 20,
        });
        if (!report) throw new HttpError(404, `no posting mentions an entity with the id or name ${JSON.stringify(entity)}`);
        sendJson(res, 200, report);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/sources$/,
      handler: async ({ res, url }) => {
        new QueryParams(url.searchParams, []);
        const [sources, summary] = await Promise.all([
          listSources(pool),
          pool.query<{
            sourceId: number;
            lastRunId: number | null;
            lastRunStatus: string | null;
            lastRunReason: string | null;
            lastRunAt: string | null;
            lastRunFinishedAt: string | null;
            lastSuccessAt: string | null;
          }>(sql('sources_run_summary')),
        ]);
        const bySource = new Map(summary.rows.map((r) => [r.sourceId, r]));
        sendJson(
          res,
          200,
          sources.map((s) => {
            const r = bySource.get(s.id);
            const lastRun =
              r && r.lastRunId !== null
                ? { id: r.lastRunId, status: r.lastRunStatus, reason: r.lastRunReason, createdAt: r.lastRunAt, finishedAt: r.lastRunFinishedAt }
                : null;
            return { ...s, lastRun, lastSuccessAt: r?.lastSuccessAt ?? null };
          }),
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/runs$/,
      handler: async ({ res, url }) => {
        const q = new QueryParams(url.searchParams, ['source', 'limit']);
        const sourceId = q.int('source', { min: 1, max: Number.MAX_SAFE_INTEGER });
        sendJson(res, 200, await listRuns(pool, { sourceId, limit: q.int('limit', { min: 1, max: 500 }) ?? 50 }));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/runs\/([^/]+)\/items$/,
      handler: async ({ res, url, params }) => {
        const runId = pathId(params[0]!, 'run');
        const status = new QueryParams(url.searchParams, ['status']).oneOf('status', ['pending', 'done', 'failed'] as const);
        if (!(await getRun(pool, runId))) throw new HttpError(404, `run ${runId} does not exist`);
        sendJson(res, 200, (await pool.query(sql('run_items_detail'), [runId, status])).rows);
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/sources\/([^/]+)\/pause$/,
      handler: async ({ req, res, params }) => {
        const id = pathId(params[0]!, 'source');
        const reason = reasonFrom(await readJsonBody(req));
        if (!(await setSourceEnabled(pool, id, false, reason))) throw new HttpError(404, `source ${id} does not exist`);
        logger.info({ sourceId: id, reason }, 'source paused from the API');
        sendJson(res, 200, await getSource(pool, id));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/sources\/([^/]+)\/resume$/,
      handler: async ({ req, res, params }) => {
        const id = pathId(params[0]!, 'source');
        await readJsonBody(req);
        if (!(await setSourceEnabled(pool, id, true, null))) throw new HttpError(404, `source ${id} does not exist`);
        logger.info({ sourceId: id }, 'source resumed from the API');
        sendJson(res, 200, await getSource(pool, id));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/runs\/([^/]+)\/retry-failed$/,
      handler: async ({ req, res, params }) => {
        const runId = pathId(params[0]!, 'run');
        await readJsonBody(req);
        const result = await retryFailedItems(pool, queues, runId);
        if (!result) throw new HttpError(404, `run ${runId} does not exist`);
        logger.info({ runId, requeued: result.requeued.length, skipped: result.skipped.length }, 'failed items re-queued from the API');
        sendJson(res, 200, result);
      },
    },
    {
      method: 'GET',
      pattern: /^\/assets\/([^/]+)$/,
      handler: async ({ res, params }) => sendAsset(res, params[0]!),
    },
    {
      method: 'GET',
      pattern: /^\/(ops)?$/,
      handler: async ({ res, url }) => sendAsset(res, PAGES[url.pathname]!),
    },
  ];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (allowedHosts && !allowedHosts.has(hostName(req.headers.host))) {
      throw new HttpError(421, 'this server does not answer to that host name');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const matching = routes.filter((r) => r.pattern.test(url.pathname));
    if (matching.length === 0) throw new HttpError(404, `no such endpoint: ${url.pathname}`);
    const route = matching.find((r) => r.method === method);
    if (!route) {
      res.setHeader('Allow', [...new Set(matching.map((r) => r.method))].join(', '));
      throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
    }
    if (route.method === 'POST') assertSameOriginJson(req);
    const params = route.pattern.exec(url.pathname)!.slice(1).map((p) => {
      try {
        return decodeURIComponent(p ?? '');
      } catch {
        throw new HttpError(400, 'malformed percent-encoding in the path');
      }
    });
    await route.handler({ req, res, url, params });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        if (!res.headersSent) sendError(res, err.status, err.message);
        return;
      }
      logger.error({ err, method: req.method, url: req.url }, 'request failed');
      if (!res.headersSent) sendError(res, 500, 'internal error');
      else res.destroy();
    });
  });
  // Malformed requests get a bare 400; never echo the parser's details.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ host, port }, 'server listening');

  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Stop accepting, let in-flight requests finish, and cut keep-alive connections that sit idle.
        const force = setTimeout(() => server.closeAllConnections(), 5_000);
        server.close((err) => {
          clearTimeout(force);
          for (const name of QUEUE_NAMES) queues.get(name).off('error', onQueueError);
          if (err) reject(err);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
