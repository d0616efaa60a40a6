// Worker processes for whole-pipeline tests: real `skillpulse worker` children on the test's database and
// queue prefix, so politeness and crash recovery are exercised across processes, not just async tasks.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/skillpulse.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface WorkerProc {
  child: ChildProcess;
  /** Everything the process wrote (its warn/error logs), for failure messages. */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>;
}

export function startWorkerProc(env: Record<string, string>, args: string[] = ['--concurrency', '4']): WorkerProc {
  const child = spawn(process.execPath, [BIN, 'worker', ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => out, exited };
}

/** SIGTERM and wait for the exit (SIGKILL after `graceMs` so a hung worker cannot hang the suite). */
export async function stopWorkerProc(w: WorkerProc, graceMs = 40_000): Promise<number | string> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return w.exited;
  w.child.kill('SIGTERM');
  const timer = setTimeout(() => w.child.kill('SIGKILL'), graceMs);
  try {
    return await w.exited;
  } finally {
    clearTimeout(timer);
  }
}
