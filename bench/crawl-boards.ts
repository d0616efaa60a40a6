// The crawl benchmark's board server, in a process of its own so its CPU and event loop are apart from the
// crawlers measured: serves one board per loopback IP and answers, per phase, what its request log shows
// (request counts, statuses, and the gaps between requests to each host). Talks to the parent over IPC and
// exits when the parent goes away.
import { getPriority, setPriority } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { SourceKind } from '../src/core/types.ts';
import { startBoards, type RequestRecord, type RunningBoards } from '../src/boards/server.ts';
import { crawlDatasets, type CrawlShape } from './crawl-dataset.ts';

export interface BoardInfo {
  kind: SourceKind;
  locator: string;
  baseUrl: string;
  options: Record<string, unknown>;
  postings: number;
}

export interface GapStats {
  requests: number;
  /** Requests answered with something other than 2xx/304. */
  errors: number;
  hosts: number;
  /** Requests closer to the previous one at the same host than `intervalMs - toleranceMs`. */
  violations: number;
  /**
   * Of those, how many had the earlier request stamped right after a stall of this server's event loop: its
   * real arrival may have been earlier, so the gap the log shows is too small (not the crawler's doing).
   */
  blurred: number;
  /** The most requests one host received within any one second. */
  maxPerSecond: number;
  /** Hosts with at least one violation, worst first: host, violations, smallest gap (ms). */
  worst: Array<{ host: string; violations: number; minGapMs: number }>;
  /** A few violations in detail: the two requests (path, arrival ms into the phase) and the gap. */
  examples: Array<{ host: string; gapMs: number; first: string; second: string; at: number }>;
  minGapMs: number | null;
  /** 1st percentile of all per-host gaps (ms). */
  p1GapMs: number | null;
  medianGapMs: number | null;
  /** First to last arrival (ms). */
  spanMs: number;
  /** The server's own CPU over the phase (ms, its stall watcher included) and its worst event-loop stall (ms), which blurs arrival times. */
  serverCpuMs: number;
  serverMaxLoopDelayMs: number;
}

export type ToChild =
  | { type: 'start'; shape: CrawlShape; ips: string[] }
  | { type: 'mark'; id: number }
  | { type: 'stats'; id: number; intervalMs: number; toleranceMs: number }
  | { type: 'close' };

export type FromChild =
  | { type: 'ready'; boards: BoardInfo[]; niceness: number }
  | { type: 'marked'; id: number }
  | { type: 'stats'; id: number; stats: GapStats }
  | { type: 'error'; message: string };

/** Per-host gaps over one phase's records. */
export function gapStats(
  records: RequestRecord[],
  intervalMs: number,
  toleranceMs: number,
  stalls: Stall[] = [],
): Omit<GapStats, 'serverCpuMs' | 'serverMaxLoopDelayMs'> {
  const byHost = new Map<string, RequestRecord[]>();
  let errors = 0;
  for (const r of records) {
    if (!((r.status >= 200 && r.status < 300) || r.status === 304)) errors++;
    let list = byHost.get(r.host);
    if (!list) byHost.set(r.host, (list = []));
    list.push(r);
  }
  const start = records.length ? Math.min(...records.map((r) => r.at)) : 0;
  const gaps: number[] = [];
  const worst: GapStats['worst'] = [];
  const examples: GapStats['examples'] = [];
  let violations = 0;
  let blurred = 0;
  let maxPerSecond = 0;
  for (const [host, list] of byHost) {
    list.sort((a, b) => a.at - b.at);
    let hostViolations = 0;
    let minGap = Infinity;
    // Most requests in any one-second window, a view of the rate that scheduling jitter does not move.
    for (let lo = 0, hi = 0; hi < list.length; hi++) {
      while (list[hi]!.at - list[lo]!.at >= 1000) lo++;
      maxPerSecond = Math.max(maxPerSecond, hi - lo + 1);
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      const gap = cur.at - prev.at;
      gaps.push(gap);
      minGap = Math.min(minGap, gap);
      if (gap >= intervalMs - toleranceMs) continue;
      hostViolations++;
      // The earlier request was stamped in the burst after a stall: it may have arrived up to the stall's
      // length earlier. Blurred when that uncertainty covers the whole shortfall.
      const shortfall = intervalMs - toleranceMs - gap;
      if (stalls.some((s) => prev.at >= s.end - 1 && prev.at <= s.end + STALL_BURST_MS && s.ms + (prev.at - s.end) >= shortfall)) blurred++;
      if (examples.length < 5) examples.push({ host, gapMs: round(gap), first: `${prev.method} ${prev.path}`.slice(0, 120), second: `${cur.method} ${cur.path}`.slice(0, 120), at: round(prev.at - start) });
    }
    violations += hostViolations;
    if (hostViolations > 0) worst.push({ host, violations: hostViolations, minGapMs: round(minGap) });
  }
  worst.sort((a, b) => b.violations - a.violations);
  gaps.sort((a, b) => a - b);
  const at = (q: number) => (gaps.length ? round(gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))]!) : null);
  const times = records.map((r) => r.at);
  return {
    requests: records.length,
    errors,
    hosts: byHost.size,
    violations,
    blurred,
    maxPerSecond,
    worst: worst.slice(0, 5),
    examples,
    minGapMs: gaps.length ? round(gaps[0]!) : null,
    p1GapMs: at(0.01),
    medianGapMs: at(0.5),
    spanMs: times.length ? round(Math.max(...times) - Math.min(...times)) : 0,
  };
}

/** A stretch in which this process's event loop did not run: requests that arrived then are stamped at `end`. */
export interface Stall {
  end: number;
  ms: number;
}

/** Stalls at least this long are recorded; the burst of handlers after one runs for up to STALL_BURST_MS. */
const STALL_MIN_MS = 3;
const STALL_BURST_MS = 10;
const TICK_MS = 2;

/** Watches this process's event loop with a 2 ms timer and keeps the stalls (bounded list). */
function watchStalls(): { stalls: Stall[]; reset(): void } {
  const stalls: Stall[] = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const lag = now - last - TICK_MS;
    if (lag >= STALL_MIN_MS && stalls.length < 100_000) stalls.push({ end: now, ms: lag });
    last = now;
  }, TICK_MS).unref();
  return { stalls, reset: () => void (stalls.length = 0) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function main(): Promise<void> {
  const send = (m: FromChild) => process.send?.(m);
  // This process is the measuring instrument: ask the kernel to run it ahead of the crawlers it measures, so
  // arrival times are stamped when requests arrive (needs root; without it, stalls are only detected).
  try {
    setPriority(-10);
  } catch {
    // not permitted: the stall watcher still flags blurred arrivals
  }
  let servers: RunningBoards[] = [];
  const marks = new Map<RunningBoards, number>();
  let cpuMark = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const watch = watchStalls();
  // Never outlive the parent; and never run longer than an hour whatever happens.
  process.on('disconnect', () => void shutdown(0));
  setTimeout(() => void shutdown(2), 3_600_000).unref();

  async function shutdown(code: number): Promise<never> {
    await Promise.race([Promise.all(servers.map((s) => s.close())), new Promise((r) => setTimeout(r, 5_000).unref())]);
    process.exit(code);
  }

  process.on('message', (msg: ToChild) => {
    void (async () => {
      switch (msg.type) {
        case 'start': {
          const { shared, exclusive } = crawlDatasets(msg.shape);
          const n = shared.boards.length;
          servers = [await startBoards({ dataset: shared, hosts: msg.ips.slice(0, n) })];
          if (exclusive.boards.length) servers.push(await startBoards({ dataset: exclusive, hosts: msg.ips.slice(n, n + exclusive.boards.length) }));
          const boards = servers.flatMap((s) =>
            s.boards.map((b) => ({ kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options, postings: b.truth.length })),
          );
          const hosts = new Set(boards.map((b) => b.baseUrl));
          if (hosts.size !== boards.length) throw new Error(`expected one board per host, got ${boards.length} boards on ${hosts.size} hosts`);
          send({ type: 'ready', boards, niceness: getPriority() });
          break;
        }
        case 'mark':
          for (const s of servers) marks.set(s, s.requests.entries.length);
          cpuMark = process.cpuUsage();
          loop.reset();
          watch.reset();
          send({ type: 'marked', id: msg.id });
          break;
        case 'stats': {
          const records = servers.flatMap((s) => s.requests.entries.slice(marks.get(s) ?? 0));
          const cpu = process.cpuUsage(cpuMark);
          send({
            type: 'stats',
            id: msg.id,
            stats: {
              ...gapStats(records, msg.intervalMs, msg.toleranceMs, watch.stalls),
              serverCpuMs: Math.round((cpu.user + cpu.system) / 1000),
              serverMaxLoopDelayMs: round(loop.max / 1e6),
            },
          });
          break;
        }
        case 'close':
          await shutdown(0);
      }
    })().catch((err: unknown) => {
      send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    });
  });
}

if (process.send) await main();
