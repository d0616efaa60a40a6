// The skillpulse command line. Each command module registers itself; this file only assembles them.
import { Command } from 'commander';
import { VERSION } from '../version.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerOpsCommands } from './commands/ops.ts';
import { registerReportCommand } from './commands/report.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerReextractCommand } from './commands/reextract.ts';
import { registerBoardsCommand } from './commands/boards.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerReportTrendsCommand } from './commands/report-trends.ts';

const program = new Command('skillpulse')
  .description('Job-market intelligence: scrape public job postings politely, extract roles, skills, tools and certifications, report demand.')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  // Usage errors (unknown option, bad argument) exit 2, like malformed input; help and version exit 0.
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
  .addHelpText(
    'after',
    `
Configuration (environment): DATABASE_URL (default postgres://postgres@127.0.0.1:5432/skillpulse),
REDIS_URL (default redis://127.0.0.1:6379), LOG_LEVEL (info), PORT (8080), QUEUE_PREFIX (skillpulse),
FETCH_ALLOW_NETWORKS (CIDRs that fetching may reach although private/loopback; empty by default),
CRAWLER_CONTACT_URL (sent in the User-Agent), FETCH_RATE_PER_HOST (1 request/s), CHROMIUM_PATH (/usr/bin/chromium),
WORKER_LOCK_MS (60000: how long a job stays locked to a worker that stopped answering).`,
  );

registerDemoCommand(program);
registerExtractCommand(program);
registerOpsCommands(program);
const report = registerReportCommand(program);
registerReextractCommand(program);
registerBoardsCommand(program);
registerServeCommand(program);
registerReportTrendsCommand(report);

await program.parseAsync(process.argv);
