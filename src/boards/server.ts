// The bundled local job boards: one HTTP listener per loopback host (more when a board kind needs a host
// of its own), each serving its boards in the real formats, its own robots.txt, ETags on list endpoints,
// and faults on demand. Every request is logged with its arrival time for politeness tests.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { SourceKind } from '../core/types.ts';
import { assignIds, type BoardDef, type BoardsDataset, type GroundTruthPosting } from './dataset.ts';
import { corruptUtf8, FaultInjector, type Fault, type FaultPlan, type FaultRule } from './faults.ts';
import { EXCLUSIVE_KINDS, FORMATS } from './formats/index.ts';
import type { BoardRequest, BoardResponse, RenderContext, WorkdayTweaks } from './formats/format.ts';

export interface RobotsSpec {
  /** Serve exactly this body (200). */
  body?: string;
  /** Answer /robots.txt with this status (e.g. 401 or 404: no rules; 503: disallow all). */
  status?: number;
  /** Extra `Disallow:` paths for every agent. */
  disallow?: string[];
  crawlDelay?: number;
}

export interface RequestRecord {
  /** `127.0.0.2:41234`, the host the request arrived on. */
  host: string;
  ip: string;
  method: string;
  /** Path with query. */
  path: string;
  /** Set when the response head is written (0 for a dropped connection). */
  status: number;
  /** Arrival time, monotonic milliseconds (performance.now()). */
  at: number;
  userAgent: string | null;
  ifNoneMatch: string | null;
  /** The fault served, if any. */
  fault: Fault['kind'] | null;
}

export class RequestLog {
  readonly entries: RequestRecord[] = [];

  /** Records for one host (`ip:port`, or a bare ip for all its ports). */
  forHost(host: string): RequestRecord[] {
    return this.entries.filter((e) => e.host === host || e.ip === host);
  }

  /** Arrival times (ms) at one host, in order. */
  arrivals(host: string): number[] {
    return this.forHost(host).map((e) => e.at);
  }

  hosts(): string[] {
    return [...new Set(this.entries.map((e) => e.host))];
  }

  clear(): void {
    this.entries.length = 0;
  }
}

export interface RunningBoard {
  kind: SourceKind;
  locator: string;
  /** `http://127.0.0.x:port`, to give as the source's base URL. */
  baseUrl: string;
  employer: string;
  /** Source options for `sources add`: the employer's name, and the rendered page's CSS selectors. */
  options: Record<string, unknown>;
  /** The listed postings' ground truth, as of now (follows `mutate`). */
  readonly truth: GroundTruthPosting[];
  /** The dataset entry behind this board (mutable through `mutate`). */
  def: BoardDef;
}

export interface RunningBoards {
  boards: RunningBoard[];
  requests: RequestLog;
  /** Every listening base URL. */
  hosts: string[];
  dataset: BoardsDataset;
  /** Change boards between runs (add, edit, remove postings); ids are recomputed afterwards. */
  mutate(fn: (dataset: BoardsDataset) => void): void;
  setFaults(plan: FaultPlan): void;
  addFault(rule: FaultRule): void;
  /** How many times each fault rule has fired, in plan order. */
  faultsFired(): number[];
  /** Robots rules for a host (`ip` or `ip:port`); null restores the default. */
  setRobots(host: string, spec: RobotsSpec | null): void;
  close(): Promise<void>;
}

export interface StartBoardsOptions {
  dataset: BoardsDataset;
  /** Loopback IPs to listen on (default ['127.0.0.1']). All of 127.0.0.0/8 answers on Linux. */
  hosts?: string[];
  /** Port for each host's main listener; 0 (default) picks a free one per host. */
  port?: number;
  faults?: FaultPlan;
  robots?: Record<string, RobotsSpec>;
  workday?: WorkdayTweaks;
  log?: (req: RequestRecord) => void;
}

interface Site {
  ip: string;
  port: number;
  server: Server;
  baseUrl: string;
  boards: BoardDef[];
  exclusive: boolean;
}

const MAX_REQUEST_BODY = 1 << 20;

function isLoopback(ip: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip) || ip === '::1';
}

function hostPart(ip: string): string {
  return ip.includes(':') ? `[${ip}]` : ip;
}

async function listen(ip: string, port: number, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, ip, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

function defaultRobots(site: Site, ctxs: RenderContext[]): string {
  const kinds = new Set(site.boards.map((b) => b.kind));
  const lines = ['# Local job boards for skillpulse development and tests.', 'User-agent: *'];
  if (kinds.has('greenhouse')) lines.push('Disallow: /embed/');
  if (kinds.has('workday')) lines.push('Disallow: /refreshFacet/');
  if (kinds.has('recruitee')) lines.push('Disallow: /v/');
  lines.push('Allow: /');
  const extra = ctxs.flatMap((c) => FORMATS[c.board.kind].robotsLines?.(c) ?? []);
  return `${[...lines, '', ...new Set(extra.filter((l) => l.startsWith('Sitemap:')))].join('\n')}\n`;
}

function robotsResponse(spec: RobotsSpec | undefined, fallback: string): BoardResponse {
  if (spec?.status && spec.status !== 200) return { status: spec.status, headers: { 'content-type': 'text/plain' }, body: spec.status === 401 ? 'Unauthorized' : '' };
  let body = spec?.body ?? fallback;
  if (!spec?.body && (spec?.disallow?.length || spec?.crawlDelay !== undefined)) {
    const add = [...(spec.disallow ?? []).map((d) => `Disallow: ${d}`), ...(spec.crawlDelay !== undefined ? [`Crawl-delay: ${spec.crawlDelay}`] : [])];
    body = body.replace('User-agent: *\n', `User-agent: *\n${add.join('\n')}\n`);
  }
  return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

function faultResponse(fault: Fault, req: BoardRequest, url: string): BoardResponse | 'reset' | null {
  switch (fault.kind) {
    case 'rate-limit': {
      const secs = fault.retryAfterSeconds ?? 1;
      const retryAfter = fault.retryAfterAsDate ? new Date(Date.now() + secs * 1000).toUTCString() : String(secs);
      return { status: 429, headers: { 'retry-after': retryAfter, 'content-type': 'application/json' }, body: '{"error":"Too Many Requests"}' };
    }
    case 'unavailable': {
      const headers: Record<string, string> = { 'content-type': 'text/html' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      return { status: 503, headers, body: '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>' };
    }
    case 'status':
      return { status: fault.status, headers: { 'content-type': 'text/plain', ...fault.headers }, body: fault.body ?? '' };
    case 'redirect':
      return { status: fault.status ?? 302, headers: { location: fault.location }, body: '' };
    case 'redirect-loop': {
      const looped = req.query.get('_loop') === '1';
      const target = new URL(url, 'http://x');
      if (looped) target.searchParams.delete('_loop');
      else target.searchParams.set('_loop', '1');
      return { status: 302, headers: { location: `${target.pathname}${target.search}` }, body: '' };
    }
    case 'needs-js':
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html><html><head><title>Careers</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/static/js/main.js"></script></body></html>',
      };
    case 'robots-disallow': {
      const paths = fault.paths ?? ['/'];
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: `User-agent: *\n${paths.map((p) => `Disallow: ${p}`).join('\n')}\n` };
    }
    case 'reset':
      return 'reset';
    default:
      return null; // body faults are applied to the real response
  }
}

async function writeSlowly(res: ServerResponse, body: Buffer, chunk: number, intervalMs: number): Promise<void> {
  for (let i = 0; i < body.length; i += chunk) {
    if (res.destroyed) return;
    res.write(body.subarray(i, i + chunk));
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  res.end();
}

async function writeHuge(res: ServerResponse, body: Buffer, total: number): Promise<void> {
  res.write(body);
  const pad = Buffer.alloc(64 * 1024, 0x20);
  for (let sent = body.length; sent < total && !res.destroyed; ) {
    const piece = pad.subarray(0, Math.min(pad.length, total - sent));
    sent += piece.length;
    if (!res.write(piece)) await new Promise<void>((r) => res.once('drain', r));
  }
  res.end();
}

export async function startBoards(opts: StartBoardsOptions): Promise<RunningBoards> {
  const ips = opts.hosts?.length ? opts.hosts : ['127.0.0.1'];
  for (const ip of ips) if (!isLoopback(ip)) throw new Error(`local boards listen on loopback only, not ${ip}`);
  const dataset = opts.dataset;
  const requests = new RequestLog();
  const faults = new FaultInjector(opts.faults ?? []);
  const robots = new Map<string, RobotsSpec>(Object.entries(opts.robots ?? {}));
  const workday = opts.workday ?? {};
  const sites: Site[] = [];
  const siteOfBoard = new Map<BoardDef, Site>();

  const handler = (site: () => Site) => (req: IncomingMessage, res: ServerResponse) => {
    void handle(site(), req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      } else res.destroy();
    });
  };

  const contexts = (site: Site): RenderContext[] =>
    site.boards.map((board) => ({ board, baseUrl: site.baseUrl, referenceDate: dataset.referenceDate, workday }));

  async function handle(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = req.url ?? '/';
    const parsed = new URL(url, site.baseUrl);
    const record: RequestRecord = {
      host: `${site.ip}:${site.port}`,
      ip: site.ip,
      method: req.method ?? 'GET',
      path: url,
      status: 0,
      at,
      userAgent: req.headers['user-agent'] ?? null,
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      fault: null,
    };
    requests.entries.push(record);
    res.on('close', () => opts.log?.(record));

    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_REQUEST_BODY) {
        record.status = 413;
        res.writeHead(413).end();
        return;
      }
      chunks.push(c as Buffer);
    }
    const breq: BoardRequest = {
      method: record.method,
      path: parsed.pathname,
      query: parsed.searchParams,
      body: Buffer.concat(chunks).toString('utf8'),
      headers: req.headers,
    };

    const fault = faults.take({ ip: site.ip, port: site.port, method: breq.method, path: breq.path, url });
    record.fault = fault?.kind ?? null;
    let response: BoardResponse | null = null;
    if (fault) {
      const early = faultResponse(fault, breq, url);
      if (early === 'reset') {
        req.socket.destroy();
        return;
      }
      response = early;
    }
    if (!response && breq.path === '/robots.txt') {
      const spec = robots.get(`${site.ip}:${site.port}`) ?? robots.get(site.ip);
      response = robotsResponse(spec, defaultRobots(site, contexts(site)));
    }
    if (!response) {
      for (const ctx of contexts(site)) {
        response = FORMATS[ctx.board.kind].handle(breq, ctx);
        if (response) break;
      }
    }
    response ??= { status: 404, headers: { 'content-type': 'application/json' }, body: '{"status":404,"error":"Not found"}' };

    const headers: Record<string, string> = { ...response.headers };
    if (response.cacheable && response.status === 200 && breq.method === 'GET') {
      const etag = etagOf(response.body);
      headers.etag = etag;
      headers['cache-control'] = 'no-cache';
      const inm = record.ifNoneMatch;
      if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
        record.status = 304;
        res.writeHead(304, { etag });
        res.end();
        return;
      }
    }
    let body = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
    record.status = response.status;

    if (fault?.kind === 'invalid-utf8') body = corruptUtf8(body);
    if (fault?.kind === 'truncate') {
      const keep = Math.max(0, Math.min(body.length - 1, fault.keepBytes ?? Math.floor(body.length / 2)));
      if (fault.abort) {
        res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
        res.write(body.subarray(0, keep), () => res.destroy());
        return;
      }
      body = body.subarray(0, keep);
    }
    if (fault?.kind === 'huge') {
      if (fault.declareLength) headers['content-length'] = String(Math.max(fault.bytes, body.length));
      res.writeHead(response.status, headers);
      await writeHuge(res, body, fault.bytes);
      return;
    }
    if (fault?.kind === 'slow') {
      res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
      await writeSlowly(res, body, Math.max(1, fault.chunkBytes ?? 16), fault.intervalMs ?? 200);
      return;
    }
    res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function addSite(ip: string, port: number, exclusive: boolean): Promise<Site> {
    let site!: Site;
    const server = await listen(ip, port, handler(() => site));
    const actual = (server.address() as AddressInfo).port;
    site = { ip, port: actual, server, baseUrl: `http://${hostPart(ip)}:${actual}`, boards: [], exclusive };
    sites.push(site);
    return site;
  }

  try {
    const primaries: Site[] = [];
    for (const ip of ips) primaries.push(await addSite(ip, opts.port ?? 0, false));
    let shared = 0;
    let excl = 0;
    for (const board of dataset.boards) {
      let site: Site;
      if (EXCLUSIVE_KINDS.has(board.kind)) {
        // Paths of these kinds carry no board name: one per host:port. Prefer a main listener still free of one.
        const ip = ips[excl++ % ips.length]!;
        const free = primaries.find((s) => s.ip === ip && !s.exclusive);
        if (free) {
          free.exclusive = true;
          site = free;
        } else site = await addSite(ip, 0, true);
      } else {
        site = primaries[shared++ % primaries.length]!;
      }
      site.boards.push(board);
      siteOfBoard.set(board, site);
    }
  } catch (err) {
    await Promise.all(sites.map((s) => new Promise((r) => s.server.close(r))));
    throw err;
  }

  const boards: RunningBoard[] = dataset.boards.map((def) => ({
    kind: def.kind,
    locator: def.locator,
    baseUrl: siteOfBoard.get(def)!.baseUrl,
    employer: def.employer.name,
    options: { company: def.employer.name, ...sourceOptionsFor(def.kind) },
    get truth() {
      return def.postings.filter((p) => p.listed).map((p) => p.truth);
    },
    def,
  }));

  return {
    boards,
    requests,
    hosts: sites.map((s) => s.baseUrl),
    dataset,
    mutate(fn) {
      fn(dataset);
      for (const b of dataset.boards) {
        if (!siteOfBoard.has(b)) throw new Error(`mutate cannot add boards (${b.kind} ${b.locator}); start a new server`);
        assignIds(b);
      }
    },
    setFaults: (plan) => faults.set(plan),
    addFault: (rule) => faults.add(rule),
    faultsFired: () => faults.fired(),
    setRobots(host, spec) {
      if (spec) robots.set(host, spec);
      else robots.delete(host);
    },
    async close() {
      await Promise.all(
        sites.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.server.close(() => resolve());
              s.server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

/**
 * The rendered career page carries no JSON-LD: its jobs are read with CSS selectors matching the markup its
 * script builds (see README). Other kinds need no options.
 */
export function sourceOptionsFor(kind: SourceKind): Record<string, unknown> {
  if (kind !== 'rendered') return {};
  return {
    selectors: {
      item: 'ul#job-list > li.job',
      id: 'data-id',
      title: 'h2.job-title',
      link: 'a.job-link',
      location: 'p.job-location',
      country: 'span.job-country',
      posted: 'time.job-posted',
      description: 'div.job-description',
    },
  };
}
