// What the crawl benchmark compares skillpulse with, over the same boards and the same requests (each
// adapter's list requests, its follow-ups, and a detail request per posting whose list has no description):
//  - the floor: N concurrent loops of plain `fetch`, no robots.txt, no rate limit, no storage;
//  - Crawlee's CheerioCrawler at the same concurrency, with a trivial parse of each detail page.
// Both run in this process; both are bounded in requests and time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapterFor } from '../src/adapters/index.ts';
import type { ParsedPosting, RequestSpec, SourceConfig } from '../src/core/types.ts';
import type { BoardInfo } from './crawl-boards.ts';

export interface PeerOptions {
  concurrency: number;
  /** Give up (and report it) after this many requests or this long. */
  maxRequests: number;
  timeoutMs: number;
}

export interface PeerResult {
  postings: number;
  requests: number;
  /** What went wrong, first few; empty on a clean run. */
  failures: string[];
  failureCount: number;
  ms: number;
  /** This process's CPU over the run. */
  cpuMs: number;
  peakRssMb: number;
}

interface Task {
  board: number;
  spec: RequestSpec;
  /** Set on a detail request: the listed posting it completes. */
  listed?: ParsedPosting;
}

function sourceOf(b: BoardInfo, i: number): SourceConfig {
  return { id: i + 1, kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options };
}

/** The tasks a list response implies: its follow-up pages, and a detail request per posting that needs one. */
function expand(body: string, task: Task, source: SourceConfig): { tasks: Task[]; done: number } {
  const adapter = adapterFor(source.kind);
  const page = adapter.parseList(body, task.spec, source);
  const tasks: Task[] = page.followUps.map((spec) => ({ board: task.board, spec }));
  let done = 0;
  for (const p of page.postings) {
    if (adapter.needsDetail(p, source) && adapter.detailRequest) tasks.push({ board: task.board, spec: adapter.detailRequest(p, source), listed: p });
    else done++;
  }
  return { tasks, done };
}

function startTasks(boards: BoardInfo[]): Task[] {
  return boards.flatMap((b, i) => adapterFor(b.kind).start(sourceOf(b, i)).map((spec) => ({ board: i, spec })));
}

class Meter {
  private readonly cpu = process.cpuUsage();
  private readonly t0 = performance.now();
  private peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => (this.peak = Math.max(this.peak, process.memoryUsage().rss)), 100);
  stop(): Pick<PeerResult, 'ms' | 'cpuMs' | 'peakRssMb'> {
    clearInterval(this.timer);
    const c = process.cpuUsage(this.cpu);
    return { ms: performance.now() - this.t0, cpuMs: (c.user + c.system) / 1000, peakRssMb: Math.max(this.peak, process.memoryUsage().rss) / 2 ** 20 };
  }
}

/** The floor: `concurrency` loops taking tasks from one queue, each a plain fetch and a read of the body. */
export async function runFetchFloor(boards: BoardInfo[], opts: PeerOptions): Promise<PeerResult> {
  const sources = boards.map(sourceOf);
  const queue = startTasks(boards);
  const failures: string[] = [];
  let failureCount = 0;
  let postings = 0;
  let requests = 0;
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  const wakeAll = () => {
    for (const w of waiters.splice(0)) w();
  };
  const deadline = Date.now() + opts.timeoutMs;
  const meter = new Meter();

  // A lane with nothing to take waits while others are in flight (they may bring follow-ups); the last one
  // to finish with an empty queue releases everyone.
  const lane = async (): Promise<void> => {
    for (;;) {
      const task = queue.shift();
      if (!task) {
        if (inFlight === 0) return wakeAll();
        await new Promise<void>((r) => waiters.push(r));
        continue;
      }
      if (requests >= opts.maxRequests || Date.now() > deadline) {
        failureCount++;
        failures.push(`stopped after ${requests} requests, ${Math.round((opts.timeoutMs - (deadline - Date.now())) / 1000)} s`);
        queue.length = 0;
        continue;
      }
      inFlight++;
      requests++;
      try {
        const { spec } = task;
        const res = await fetch(spec.url, { method: spec.method ?? 'GET', headers: spec.headers, body: spec.body, signal: AbortSignal.timeout(30_000) });
        const body = await res.text();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        if (task.listed) postings++;
        else {
          const { tasks, done } = expand(body, task, sources[task.board]!);
          queue.push(...tasks);
          postings += done;
        }
      } catch (err) {
        failureCount++;
        if (failures.length < 5) failures.push(`${task.spec.method ?? 'GET'} ${task.spec.url}: ${(err as Error).message}`);
      } finally {
        inFlight--;
        wakeAll();
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, lane));
  return { postings, requests, failures, failureCount, ...meter.stop() };
}

/** Crawlee's CheerioCrawler at a fixed concurrency, in-memory storage only (nothing written to disk). */
export async function runCrawlee(boards: BoardInfo[], opts: PeerOptions): Promise<PeerResult> {
  const storageDir = mkdtempSync(join(tmpdir(), 'skillpulse-crawlee-'));
  process.env.CRAWLEE_STORAGE_DIR = storageDir;
  const { CheerioCrawler, Configuration, log } = await import('@crawlee/cheerio');
  log.setLevel(log.LEVELS.ERROR);
  const sources = boards.map(sourceOf);
  const toRequest = (t: Task) => ({
    url: t.spec.url,
    method: t.spec.method ?? 'GET',
    ...(t.spec.body !== undefined ? { payload: t.spec.body } : {}),
    ...(t.spec.headers ? { headers: t.spec.headers } : {}),
    // Workday pages are POSTs to one URL that differ only in their body.
    uniqueKey: `${t.spec.method ?? 'GET'} ${t.spec.url} ${t.spec.body ?? ''}`,
    label: t.listed ? 'detail' : 'list',
    userData: { task: t },
  });
  let postings = 0;
  let failureCount = 0;
  const failures: string[] = [];
  const meter = new Meter();
  try {
    const config = new Configuration({ persistStorage: false, purgeOnStart: true, storageClientOptions: { localDataDirectory: storageDir } });
    const crawler = new CheerioCrawler(
      {
        minConcurrency: opts.concurrency,
        maxConcurrency: opts.concurrency,
        maxRequestRetries: 1,
        maxRequestsPerCrawl: opts.maxRequests,
        requestHandlerTimeoutSecs: 30,
        navigationTimeoutSecs: 30,
        additionalMimeTypes: ['application/json', 'application/xml', 'text/xml'],
        async requestHandler({ request, body, json, $ }) {
          const task = (request.userData as { task: Task }).task;
          if (request.label === 'detail') {
            // The trivial parse: the title, from the JSON or the page.
            const title = json ? String((json as Record<string, unknown>).title ?? (json as Record<string, { title?: string }>).jobPostingInfo?.title ?? (json as { name?: string }).name ?? '') : $('title').text();
            if (!title) throw new Error('detail without a title');
            postings++;
            return;
          }
          const text = typeof body === 'string' ? body : body.toString('utf8');
          const { tasks, done } = expand(text, task, sources[task.board]!);
          postings += done;
          if (tasks.length) await crawler.addRequests(tasks.map(toRequest));
        },
        failedRequestHandler({ request }, err) {
          failureCount++;
          if (failures.length < 5) failures.push(`${request.method} ${request.url}: ${err.message}`);
        },
      },
      config,
    );
    const run = crawler.run(startTasks(boards).map(toRequest));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), opts.timeoutMs)));
    const outcome = await Promise.race([run, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      await crawler.teardown();
      failureCount++;
      failures.push(`stopped after ${Math.round(opts.timeoutMs / 1000)} s`);
    }
    const { requestsFinished, requestsFailed } = crawler.stats.state;
    return { postings, requests: requestsFinished + requestsFailed, failures, failureCount, ...meter.stop() };
  } finally {
    rmSync(storageDir, { recursive: true, force: true });
  }
}
