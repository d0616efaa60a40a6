// The demo: bundled local job boards → scheduler fire → workers → PostgreSQL → demand report.
// Runs unattended; a second run finds nothing new and doubles no count (stable board URLs, upserts, dedupe keys).
import type { Config } from '../config.ts';
import { adapters } from '../adapters/index.ts';
import { generateDataset } from '../boards/dataset.ts';
import { startBoards } from '../boards/server.ts';
import { openRuntime } from '../runtime.ts';
import { startWorkers } from '../queue/workers.ts';
import { createScheduler } from '../scheduler/scheduler.ts';
import { upsertSource } from '../repos/sources.repo.ts';
import { demandReport, type DemandRow } from '../reports/demand.ts';
import { waitForRunRollups, waitForRuns, summary, type RunSummary } from './run-source.ts';
import type { Logger } from 'pino';

export interface DemoOptions {
  port: number;
  seed: number;
  /** Loopback hosts the boards are spread over (politeness is per host). */
  hosts: string[];
  /** Polite rate per host for the demo's sources; loopback boards can take more than the 1/s default. */
  ratePerSecond: number;
  concurrency: number;
  timeoutMs: number;
  logger?: Logger;
  progress?: (line: string) => void;
}

export interface DemoResult {
  runs: RunSummary[];
  report: DemandRow[];
  sourceIds: number[];
  /** Board kind and locator of each source, by source id. */
  boards: Map<number, { kind: string; locator: string }>;
}

export const DEMO_ALLOWED_NETWORK = '127.0.0.0/8';

export async function runDemo(cfg: Config, opts: DemoOptions): Promise<DemoResult> {
  // The demo talks only to its own boards on loopback, so it allows loopback for itself, explicitly.
  const config = { ...cfg, fetchAllowNetworks: [...new Set([...cfg.fetchAllowNetworks, DEMO_ALLOWED_NETWORK])] };
  const rt = await openRuntime(config, opts.logger ? { logger: opts.logger } : {});
  const say = opts.progress ?? (() => {});
  const dataset = generateDataset({ seed: opts.seed });
  const boards = await startBoards({ dataset, hosts: opts.hosts, port: opts.port });
  let workers: ReturnType<typeof startWorkers> | undefined;
  const scheduler = createScheduler(rt, { refreshMs: 3_600_000 });
  try {
    const supported = boards.boards.filter((b) => b.kind in adapters);
    say(`local job boards: ${supported.length} boards on ${opts.hosts.length} loopback host(s), port ${opts.port}`);
    const sourceIds: number[] = [];
    const boardOf = new Map<number, { kind: string; locator: string }>();
    for (const b of supported) {
      const s = await upsertSource(rt.pool, { kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options, ratePerSecond: opts.ratePerSecond });
      sourceIds.push(s.id);
      boardOf.set(s.id, { kind: b.kind, locator: b.locator });
    }
    workers = startWorkers(rt, { connection: rt.workerRedis(), prefix: rt.config.queuePrefix, concurrency: opts.concurrency, lockMs: rt.config.workerLockMs });
    const fired = await Promise.all(sourceIds.map((id) => scheduler.fire(id, new Date())));
    say(`scheduled ${fired.length} run(s); workers running`);
    let last = '';
    const runs = await waitForRuns(rt, fired.map((f) => f.runId), {
      timeoutMs: opts.timeoutMs,
      pollMs: 500,
      onProgress: (rs) => {
        const done = rs.filter((r) => ['succeeded', 'failed', 'blocked'].includes(r.status)).length;
        const found = rs.reduce((n, r) => n + r.found, 0);
        const line = `runs finished ${done}/${rs.length}, postings listed ${found}`;
        if (line !== last) say(line);
        last = line;
      },
    });
    await waitForRunRollups(rt, runs.filter((r) => r.status === 'succeeded').map((r) => r.id), 120_000);
    const report = await demandReport(rt.pool, {});
    return { runs: runs.map(summary), report, sourceIds, boards: boardOf };
  } finally {
    await scheduler.stop();
    await workers?.close();
    await boards.close();
    await rt.close();
  }
}
