// Small helpers every command shares: reading stdin, printing tables/CSV/JSON, failing with a clear message.
import { ConfigError } from '../config.ts';
import { SkillpulseError } from '../errors.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export { csvCell, toCsv, toTable } from '../reports/format.ts';

/** Print an error the way a user can act on it and exit: 2 for bad input/usage, 1 otherwise. */
export function fail(err: unknown): never {
  if (err instanceof UsageError || err instanceof ConfigError) {
    process.stderr.write(`skillpulse: ${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof SkillpulseError) {
    process.stderr.write(`skillpulse: ${err.message}\n`);
    process.exit(1);
  }
  const e = err as Error;
  process.stderr.write(`skillpulse: ${e?.message ?? String(err)}\n`);
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') process.stderr.write(`${e?.stack ?? ''}\n`);
  process.exit(1);
}

export function parsePositiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive whole number, got ${JSON.stringify(v)}`);
    return n;
  };
}
