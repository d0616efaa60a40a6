// Run a source now and (optionally) wait for its run to finish, with in-process workers so the command
// works on its own; workers elsewhere may share the jobs.
import type { Runtime } from '../runtime.ts';
import { startWorkers, type WorkerSet } from '../queue/workers.ts';
import { getRuns, summary, type RunRow, type RunSummary } from '../repos/runs.repo.ts';

export { summary, type RunSummary };
import { enqueueRun } from '../scheduler/enqueue-run.ts';
import { sleep } from '../http/sleep.ts';
import { jobId } from '../queue/queues.ts';

export const TERMINAL = new Set(['succeeded', 'failed', 'blocked']);

export async function waitForRuns(
  rt: Pick<Runtime, 'pool'>,
  runIds: number[],
  opts: { timeoutMs: number; onProgress?: (runs: RunRow[]) => void; pollMs?: number },
): Promise<RunRow[]> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const runs = await getRuns(rt.pool, runIds);
    opts.onProgress?.(runs);
    if (runs.every((r) => TERMINAL.has(r.status))) return runs;
    if (Date.now() > deadline) {
      const open = runs.filter((r) => !TERMINAL.has(r.status)).map((r) => r.id);
      throw new Error(
        `run(s) ${open.join(', ')} still not finished after ${Math.round(opts.timeoutMs / 1000)} s; ` +
          `check 'skillpulse runs' and the worker logs, or wait longer with --timeout`,
      );
    }
    await sleep(opts.pollMs ?? 250);
  }
}

/** Wait until no aggregate job is waiting or active, so reports read fresh rollups. */
export async function waitForQueuesIdle(rt: Pick<Runtime, 'queues'>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await Promise.all(
      (['discover', 'fetch', 'extract', 'aggregate'] as const).map((q) =>
        rt.queues.get(q).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children'),
      ),
    );
    if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
    if (Date.now() > deadline) throw new Error('queues did not drain in time; check the worker logs');
    await sleep(200);
  }
}

/**
 * Wait for the rollup that the completion of each run triggered (its aggregate job), so a report read afterwards
 * includes the run. Other queued work is not waited for.
 */
export async function waitForRunRollups(rt: Pick<Runtime, 'queues'>, runIds: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const queue = rt.queues.get('aggregate');
  for (const runId of runIds) {
    for (;;) {
      const job = await queue.getJob(jobId('aggregate', 'run', runId));
      const state = job ? await job.getState() : 'missing';
      // 'missing': removed after completing (or never needed); 'failed': its reason is on the job for ops.
      if (state === 'completed' || state === 'failed' || state === 'missing') break;
      if (Date.now() > deadline) throw new Error(`the rollup of run ${runId} did not finish in time; check the worker logs`);
      await sleep(100);
    }
  }
}

export async function runSourceNow(
  rt: Runtime,
  sourceId: number,
  opts: { wait: boolean; timeoutMs: number; localWorkers: boolean; concurrency?: number; onProgress?: (r: RunRow[]) => void },
): Promise<RunSummary> {
  const { run } = await enqueueRun(rt.pool, rt.queues, sourceId, `manual:${Date.now()}`);
  if (!opts.wait) return summary(run);
  let workers: WorkerSet | undefined;
  if (opts.localWorkers) {
    workers = startWorkers(rt, { connection: rt.workerRedis(), prefix: rt.config.queuePrefix, concurrency: opts.concurrency ?? 4, lockMs: rt.config.workerLockMs });
  }
  try {
    const [done] = await waitForRuns(rt, [run.id], { timeoutMs: opts.timeoutMs, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
    if (done!.status === 'succeeded') await waitForRunRollups(rt, [done!.id], 60_000);
    return summary(done!);
  } finally {
    await workers?.close();
  }
}
