// Worker process: runs the pipeline's queues until SIGTERM. Any number may run, on any machine that reaches
// the same Redis and PostgreSQL.
import { config } from '../src/config.ts';
import { openRuntime } from '../src/runtime.ts';
import { startWorkers } from '../src/queue/workers.ts';
import { onShutdown } from './shutdown.ts';

export async function runWorkerProcess(opts: { concurrency: number }): Promise<void> {
  const rt = await openRuntime(config());
  const set = startWorkers(rt, { connection: rt.workerRedis(), prefix: rt.config.queuePrefix, concurrency: opts.concurrency, lockMs: rt.config.workerLockMs });
  rt.logger.info({ concurrency: opts.concurrency, prefix: rt.config.queuePrefix }, 'worker started');
  await onShutdown(rt.logger, async () => {
    await set.close();
    await rt.close();
  });
}
