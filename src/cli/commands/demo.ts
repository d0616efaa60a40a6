import type { Command } from 'commander';
import { config } from '../../config.ts';
import { createLogger } from '../../log.ts';
import { fail, parsePositiveInt, toTable } from '../io.ts';
import { formatDemand } from './report.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('run the whole pipeline against bundled local job boards and print a demand report')
    .option('--port <n>', 'port of the local boards (stable, so a second demo run updates the same sources)', parsePositiveInt('--port'), 4780)
    .option('--seed <n>', 'dataset seed', parsePositiveInt('--seed'), 42)
    .option('--hosts <n>', 'spread the boards over this many loopback hosts (127.0.0.2 …)', parsePositiveInt('--hosts'), 6)
    .option('--limit <n>', 'rows of the report to print', parsePositiveInt('--limit'), 30)
    .option('--timeout <seconds>', 'give up after this long', parsePositiveInt('--timeout'), 600)
    .action(async (o: { port: number; seed: number; hosts: number; limit: number; timeout: number }) => {
      try {
        const started = Date.now();
        const hosts = Array.from({ length: o.hosts }, (_, i) => `127.0.0.${i + 2}`);
        const { runDemo } = await import('../../pipeline/demo.ts');
        const result = await runDemo(config(), {
          port: o.port,
          seed: o.seed,
          hosts,
          ratePerSecond: 25,
          concurrency: 8,
          timeoutMs: o.timeout * 1000,
          // The demo prints progress lines; worker logs show only warnings unless LOG_LEVEL asks for more.
          logger: createLogger(process.env.LOG_LEVEL ? config().logLevel : 'warn'),
          progress: (line) => process.stderr.write(`demo: ${line}\n`),
        });
        const out = process.stdout;
        out.write(`\nRuns (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
        out.write(
          toTable(
            ['source', 'board', 'run', 'status', 'found', 'new', 'changed', 'closed', 'failed', 'reason'],
            result.runs
              .sort((a, b) => a.source - b.source)
              .map((r) => {
                const board = result.boards.get(r.source);
                return [r.source, board ? `${board.kind} ${board.locator}` : '', r.run, r.status, r.found, r.new, r.changed, r.closed, r.failed, r.reason ?? ''];
              }),
          ),
        );
        out.write('\n');
        out.write(formatDemand(result.report, 'table', { limit: o.limit, title: 'Demand, all postings' }));
        out.write(`\nMore: skillpulse report demand --sector "Finance & FinTech" | --country DE | --format csv; skillpulse serve for the dashboard.\n`);
        if (result.runs.some((r) => r.status !== 'succeeded')) process.exitCode = 1;
      } catch (err) {
        fail(err);
      }
    });
}
