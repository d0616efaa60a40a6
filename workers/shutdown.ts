// Graceful shutdown for every process: on SIGTERM/SIGINT run the closers in order; a second signal, or the
// bound running out, forces the exit.
import type { Logger } from 'pino';

export function onShutdown(logger: Logger, close: () => Promise<void>, opts: { timeoutMs?: number } = {}): Promise<void> {
  return new Promise((resolve) => {
    let closing = false;
    const handler = (signal: NodeJS.Signals) => {
      if (closing) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      closing = true;
      logger.info({ signal }, 'shutting down: no new jobs, finishing in-flight work');
      const timer = setTimeout(() => {
        logger.error('shutdown took too long: exiting; unfinished jobs return to the queue when their locks expire');
        process.exit(1);
      }, opts.timeoutMs ?? 30_000);
      timer.unref();
      close()
        .then(() => {
          clearTimeout(timer);
          logger.info('shut down cleanly');
          resolve();
        })
        .catch((err) => {
          logger.error({ err }, 'error while shutting down');
          process.exit(1);
        });
    };
    process.once('SIGTERM', handler);
    process.once('SIGINT', handler);
  });
}
