// Prometheus metrics: process metrics, queue depths, and pipeline state read from PostgreSQL at scrape time.
// One registry per server (not prom-client's global), so several servers can live in one process.
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Pool } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import { QUEUE_NAMES, type Queues } from '../queue/queues.ts';
import type { Logger } from '../log.ts';
import { withTimeout } from './http-kit.ts';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

export interface PipelineMetrics {
  registry: Registry;
  /** Refresh the gauges from PostgreSQL and Redis, then render the exposition text. */
  render(): Promise<string>;
}

export function createPipelineMetrics(deps: { pool: Pool; queues: Queues; logger: Logger; timeoutMs?: number }): PipelineMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const timeoutMs = deps.timeoutMs ?? 2_000;

  const backendUp = new Gauge({
    name: 'skillpulse_metrics_backend_up',
    help: 'Whether the backend answered while collecting this scrape (1) or not (0); its gauges are absent when 0',
    labelNames: ['backend'],
    registers,
  });
  const queueJobs = new Gauge({
    name: 'skillpulse_queue_jobs',
    help: 'Jobs in each BullMQ queue by state',
    labelNames: ['queue', 'state'],
    registers,
  });
  // Labelled (not two plain gauges) so that a scrape without PostgreSQL drops them instead of reporting 0.
  const postings = new Gauge({
    name: 'skillpulse_postings',
    help: 'Postings: state="stored" counts all stored rows, state="open" those still listed by their board',
    labelNames: ['state'],
    registers,
  });
  const runs = new Gauge({ name: 'skillpulse_runs', help: 'Runs by status', labelNames: ['status'], registers });
  const lastSuccessAge = new Gauge({
    name: 'skillpulse_source_last_success_age_seconds',
    help: 'Seconds since the source last finished a successful run (absent for sources that never have)',
    labelNames: ['source_id', 'kind', 'locator'],
    registers,
  });
  const sourceEnabled = new Gauge({
    name: 'skillpulse_source_enabled',
    help: 'Whether the source is scheduled (1) or paused (0)',
    labelNames: ['source_id', 'kind', 'locator'],
    registers,
  });

  async function refreshQueues(): Promise<void> {
    const counts = await withTimeout(
      Promise.all(QUEUE_NAMES.map(async (name) => [name, await deps.queues.get(name).getJobCounts(...QUEUE_STATES)] as const)),
      timeoutMs,
      'Redis',
    );
    queueJobs.reset();
    for (const [queue, byState] of counts) {
      for (const state of QUEUE_STATES) queueJobs.set({ queue, state }, byState[state] ?? 0);
    }
  }

  async function refreshDatabase(): Promise<void> {
    const [counts, sources] = await withTimeout(
      Promise.all([
        deps.pool.query<{ metric: string; label: string; value: number }>(sql('server_metrics_counts')),
        deps.pool.query<{ sourceId: number; kind: string; locator: string; enabled: boolean; lastSuccessAgeSeconds: number | null }>(
          sql('sources_run_summary'),
        ),
      ]),
      timeoutMs,
      'PostgreSQL',
    );
    postings.reset();
    runs.reset();
    for (const r of counts.rows) {
      if (r.metric === 'postings') postings.set({ state: r.label }, r.value);
      else if (r.metric === 'runs') runs.set({ status: r.label }, r.value);
    }
    lastSuccessAge.reset();
    sourceEnabled.reset();
    for (const s of sources.rows) {
      const labels = { source_id: String(s.sourceId), kind: s.kind, locator: s.locator };
      sourceEnabled.set(labels, s.enabled ? 1 : 0);
      if (s.lastSuccessAgeSeconds !== null) lastSuccessAge.set(labels, Math.max(0, s.lastSuccessAgeSeconds));
    }
  }

  async function refresh(backend: 'redis' | 'postgres', fn: () => Promise<void>, stale: Gauge[]): Promise<void> {
    try {
      await fn();
      backendUp.set({ backend }, 1);
    } catch (err) {
      // A scrape with a backend down still answers: the up gauge says which, and stale values are dropped.
      for (const g of stale) g.reset();
      backendUp.set({ backend }, 0);
      deps.logger.warn({ err, backend }, 'metrics: backend did not answer');
    }
  }

  return {
    registry,
    async render() {
      await Promise.all([
        refresh('redis', refreshQueues, [queueJobs]),
        refresh('postgres', refreshDatabase, [postings, runs, lastSuccessAge, sourceEnabled]),
      ]);
      return registry.metrics();
    },
  };
}
