import { TransientError } from '../errors.ts';

/** setTimeout as a promise that rejects with TransientError when the signal aborts (the job will be retried). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortError(signal: AbortSignal): TransientError {
  return new TransientError('fetch aborted (worker shutting down or job cancelled)', { cause: signal.reason });
}
