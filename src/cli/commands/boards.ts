// `skillpulse boards`: run the bundled local job boards on loopback until SIGINT/SIGTERM, so the pipeline
// can be pointed at them (`sources add <kind> <locator> --base-url <baseUrl>`).
import type { Command } from 'commander';
import { generateDataset } from '../../boards/dataset.ts';
import { startBoards } from '../../boards/server.ts';

function intOption(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(value)}`);
    return n;
  };
}

export function registerBoardsCommand(program: Command): void {
  program
    .command('boards')
    .description('serve the bundled local job boards (every board format, fictional data with ground truth) on loopback')
    .option('--host <ip...>', 'loopback IPs to listen on (127.0.0.0/8 or ::1)', ['127.0.0.1'])
    .option('--port <n>', 'port of each host’s main listener (0 = any free port)', intOption('--port', 0, 65535), 0)
    .option('--seed <n>', 'dataset seed', intOption('--seed', 0, 2 ** 31 - 1), 1)
    .option('--postings <n>', 'average postings per board', intOption('--postings', 1, 10_000), 12)
    .option('--json', 'print the boards as JSON')
    .action(async (opts: { host: string[]; port: number; seed: number; postings: number; json?: boolean }) => {
      const dataset = generateDataset({ seed: opts.seed, postingsPerBoard: opts.postings });
      let running;
      try {
        running = await startBoards({ dataset, hosts: opts.host, port: opts.port });
      } catch (err) {
        process.stderr.write(`boards: ${(err as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const rows = running.boards.map((b) => ({ kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, employer: b.employer, options: b.options, postings: b.truth.length }));
      if (opts.json) process.stdout.write(`${JSON.stringify({ seed: opts.seed, boards: rows })}\n`);
      else {
        for (const r of rows) process.stdout.write(`${r.kind.padEnd(16)} ${r.locator.padEnd(64)} ${r.baseUrl}  (${r.postings} postings)\n`);
        process.stdout.write(`${rows.length} boards, ${rows.reduce((a, r) => a + r.postings, 0)} postings; Ctrl-C to stop\n`);
      }
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await running.close();
    });
}
