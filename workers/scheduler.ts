// Scheduler process: fires each enabled source's cron schedule into the discover queue until SIGTERM.
// Several may run; deterministic run keys and job ids make a double fire enqueue once.
import { config } from '../src/config.ts';
import { openRuntime } from '../src/runtime.ts';
import { createScheduler } from '../src/scheduler/scheduler.ts';
import { onShutdown } from './shutdown.ts';

export async function runSchedulerProcess(): Promise<void> {
  const rt = await openRuntime(config());
  const scheduler = createScheduler(rt);
  await scheduler.refresh();
  rt.logger.info({ sources: [...scheduler.tasks().keys()] }, 'scheduler started');
  await onShutdown(rt.logger, async () => {
    await scheduler.stop();
    await rt.close();
  });
}
