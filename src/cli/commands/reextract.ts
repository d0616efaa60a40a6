// `skillpulse reextract`: re-run extraction over stored raw postings whose latest extraction is from another
// taxonomy version. Resumable and idempotent; rollups follow.
import type { Command } from 'commander';
import { taxonomyVersion } from '../../core/taxonomy/taxonomy.ts';
import { config } from '../../config.ts';
import { sleep } from '../../http/sleep.ts';
import { fail, parsePositiveInt } from '../io.ts';

export function registerReextractCommand(program: Command): void {
  program
    .command('reextract')
    .description('re-extract stored postings whose extraction is from an older taxonomy version (resumable)')
    .option('--concurrency <n>', 'extraction jobs at once in this process', parsePositiveInt('--concurrency'), 2)
    .option('--no-local-workers', 'only enqueue; leave the work to worker processes')
    .action(async (o: { concurrency: number; localWorkers: boolean }) => {
      try {
        const [{ openRuntime }, { enqueueAggregate }, { enqueueReextraction, remainingOf }, { waitForQueuesIdle }, { startWorkers }] =
          await Promise.all([
            import('../../runtime.ts'),
            import('../../../jobs/aggregate.job.ts'),
            import('../../pipeline/reextract.ts'),
            import('../../pipeline/run-source.ts'),
            import('../../queue/workers.ts'),
          ]);
        const rt = await openRuntime(config());
        const version = taxonomyVersion();
        try {
          const ids = await enqueueReextraction(rt.pool, rt.queues, version);
          process.stderr.write(`${ids.length} posting(s) to re-extract with taxonomy ${version}\n`);
          if (ids.length === 0) return;
          if (!o.localWorkers) {
            await enqueueAggregate(rt);
            return;
          }
          const workers = startWorkers(rt, { connection: rt.workerRedis(), prefix: rt.config.queuePrefix, concurrency: o.concurrency, queues: ['extract', 'aggregate'] });
          try {
            const width = 30;
            for (;;) {
              const left = await remainingOf(rt.pool, ids, version);
              const done = ids.length - left;
              const filled = Math.round((done / ids.length) * width);
              process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${ids.length}`);
              if (left === 0) break;
              await sleep(300);
            }
            process.stderr.write('\n');
            await enqueueAggregate(rt);
            await waitForQueuesIdle(rt, 120_000);
          } finally {
            await workers.close();
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
