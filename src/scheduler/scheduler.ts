// node-cron scheduler: one task per enabled source with a schedule, refreshed from PostgreSQL so that
// ops' changes (add, pause, reschedule) apply without a restart.
import cron, { type ScheduledTask } from 'node-cron';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Queues } from '../queue/queues.ts';
import { listSources } from '../repos/sources.repo.ts';
import { reconcileRuns } from '../pipeline/reconcile.ts';
import { cronTriggerKey, enqueueRun } from './enqueue-run.ts';
import { validateSchedule } from './cron.ts';

export { validateSchedule };

export interface SchedulerDeps {
  pool: pg.Pool;
  queues: Queues;
  redis: Redis;
  logger: Logger;
}

export interface Scheduler {
  /** Re-read sources and (re)create their cron tasks. */
  refresh(): Promise<void>;
  /** The fire handler, exposed so tests can fire a source at a chosen time. */
  fire(sourceId: number, at: Date): Promise<{ runId: number; created: boolean }>;
  stop(): Promise<void>;
  tasks(): Map<number, { pattern: string; timezone: string | null; next: Date | null }>;
}

export function createScheduler(deps: SchedulerDeps, opts: { refreshMs?: number } = {}): Scheduler {
  const tasks = new Map<number, { task: ScheduledTask; pattern: string; timezone: string | null }>();
  let refreshTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function fire(sourceId: number, at: Date) {
    const { run, created } = await enqueueRun(deps.pool, deps.queues, sourceId, cronTriggerKey(at));
    deps.logger.info({ sourceId, runId: run.id, created, at: at.toISOString() }, created ? 'scheduled run enqueued' : 'scheduled run already enqueued');
    return { runId: run.id, created };
  }

  async function refresh() {
    if (stopped) return;
    const sources = await listSources(deps.pool);
    const wanted = new Map(sources.filter((s) => s.enabled && s.schedule).map((s) => [s.id, s]));
    for (const [id, t] of tasks) {
      const s = wanted.get(id);
      if (!s || s.schedule !== t.pattern || s.timezone !== t.timezone) {
        await t.task.destroy();
        tasks.delete(id);
      }
    }
    for (const [id, s] of wanted) {
      if (tasks.has(id)) continue;
      const problem = validateSchedule(s.schedule!);
      if (problem) {
        deps.logger.error({ sourceId: id, schedule: s.schedule }, `source ${id} has an invalid schedule (${problem}); fix it with 'skillpulse sources schedule ${id} "<cron>"'`);
        continue;
      }
      const task = cron.schedule(
        s.schedule!,
        async (ctx) => {
          try {
            await fire(id, ctx.date);
          } catch (err) {
            deps.logger.error({ err, sourceId: id }, 'could not enqueue scheduled run');
          }
        },
        { name: `source-${id}`, noOverlap: true, ...(s.timezone ? { timezone: s.timezone } : {}) },
      );
      tasks.set(id, { task, pattern: s.schedule!, timezone: s.timezone });
    }
  }

  refreshTimer = setInterval(() => {
    refresh().catch((err) => deps.logger.error({ err }, 'scheduler refresh failed'));
    // Work PostgreSQL says is unfinished but Redis lost (restart without persistence) is enqueued again.
    reconcileRuns(deps.pool, deps.queues, { logger: deps.logger }).catch((err) => deps.logger.error({ err }, 'reconcile failed'));
  }, opts.refreshMs ?? 30_000);
  refreshTimer.unref();

  return {
    refresh,
    fire,
    async stop() {
      stopped = true;
      clearInterval(refreshTimer);
      for (const t of tasks.values()) await t.task.destroy();
      tasks.clear();
    },
    tasks() {
      return new Map([...tasks].map(([id, t]) => [id, { pattern: t.pattern, timezone: t.timezone, next: t.task.getNextRun() }]));
    },
  };
}
