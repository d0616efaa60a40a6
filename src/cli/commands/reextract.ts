// `skillpulse reextract`: re-run extraction over stored raw postings whose latest extraction is from another
// taxonomy version. Resumable (job ids carry the version and posting id) and idempotent; rollups follow.
import type { Command } from 'commander';
import { taxonomyVersion } from '../../core/taxonomy/taxonomy.ts';
import { config } from '../../config.ts';
import { enqueueAggregate } from '../../../jobs/aggregate.job.ts';
import { waitForQueuesIdle } from '../../pipeline/run-source.ts';
import { jobId } from '../../queue/queues.ts';
import { startWorkers } from '../../queue/workers.ts';
import { openRuntime } from '../../runtime.ts';
import { sleep } from '../../http/sleep.ts';
import { fail, parsePositiveInt } from '../io.ts';

export function registerReextractCommand(program: Command): void {
  program
    .command('reextract')
    .description('re-extract stored postings whose extraction is from an older taxonomy version (resumable)')
    .option('--all', 're-extract every posting, even those already at the current version')
    .option('--concurrency <n>', 'extraction jobs at once in this process', parsePositiveInt('--concurrency'), 2)
    .option('--no-local-workers', 'only enqueue; leave the work to worker processes')
    .action(async (o: { all?: boolean; concurrency: number; localWorkers: boolean }) => {
      try {
        const rt = await openRuntime(config());
        const version = taxonomyVersion();
        try {
          const { rows } = await rt.pool.query<{ id: number }>(
            `SELECT p.id FROM postings p LEFT JOIN extractions e ON e.id = p.extraction_id
             WHERE $1 OR e.id IS NULL OR e.taxonomy_version <> $2 ORDER BY p.id`,
            [Boolean(o.all), version],
          );
          const stamp = o.all ? `all-${Date.now()}` : version;
          const queue = rt.queues.get('extract');
          for (let i = 0; i < rows.length; i += 500) {
            await queue.addBulk(
              rows.slice(i, i + 500).map((r) => ({ name: 'extract', data: { postingId: r.id }, opts: { jobId: jobId('reextract', stamp, r.id) } })),
            );
          }
          process.stderr.write(`${rows.length} posting(s) to re-extract with taxonomy ${version}\n`);
          if (!o.localWorkers || rows.length === 0) {
            if (rows.length > 0) await enqueueAggregate(rt);
            return;
          }
          const workers = startWorkers(rt, { connection: rt.workerRedis(), prefix: rt.config.queuePrefix, concurrency: o.concurrency, queues: ['extract'] });
          try {
            for (;;) {
              const { rows: left } = await rt.pool.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM postings p LEFT JOIN extractions e ON e.id = p.extraction_id
                 WHERE p.id = ANY ($1::bigint[]) AND (e.id IS NULL OR e.taxonomy_version <> $2 OR ($3 AND e.extracted_at < $4))`,
                [rows.map((r) => r.id), version, Boolean(o.all), new Date(Number(stamp.split('-')[1] ?? 0) || 0)],
              );
              const done = rows.length - left[0]!.n;
              const width = 30;
              const filled = Math.round((done / rows.length) * width);
              process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${rows.length}`);
              if (left[0]!.n === 0) break;
              await sleep(300);
            }
            process.stderr.write('\n');
          } finally {
            await workers.close();
          }
          await enqueueAggregate(rt);
          const agg = startWorkers(rt, { connection: rt.workerRedis(), prefix: rt.config.queuePrefix, concurrency: 1, queues: ['aggregate'] });
          try {
            await waitForQueuesIdle(rt, 120_000);
          } finally {
            await agg.close();
          }
          process.stderr.write('rollups rebuilt\n');
        } finally {
          await rt.close();
        }
      } catch (err) {
        fail(err);
      }
    });
}
