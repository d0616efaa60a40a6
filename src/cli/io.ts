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

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Plain aligned table. Control characters in scraped text are replaced so they cannot drive the terminal. */
export function toTable(headers: string[], rows: unknown[][], align: Array<'l' | 'r'> = []): string {
  const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v)).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const cells = [headers, ...rows].map((r) => r.map(clean));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

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
