// Ops commands: database, sources, runs, worker and scheduler processes.
import { InvalidArgumentError, type Command } from 'commander';
import { adapterFor } from '../../adapters/index.ts';
import { config } from '../../config.ts';
import { createPool, ensureDatabase } from '../../db/pool.ts';
import { migrate } from '../../db/migrate.ts';
import { SOURCE_KINDS, type SourceKind } from '../../core/types.ts';
import { listRunItems, listRuns, getRun, summary } from '../../repos/runs.repo.ts';
import {
  getSource,
  listSources,
  removeSource,
  setSourceEnabled,
  setSourceSchedule,
  upsertSource,
} from '../../repos/sources.repo.ts';
import { syncTaxonomy } from '../../repos/taxonomy.repo.ts';
import { validateSchedule } from '../../scheduler/cron.ts';
import { fail, parsePositiveInt, printJson, toTable, UsageError } from '../io.ts';
import { withDatabase } from '../options.ts';

// Queue, browser and process modules load only when a command needs them, so light commands start fast.
async function openRuntime(...args: Parameters<typeof import('../../runtime.ts').openRuntime>) {
  return (await import('../../runtime.ts')).openRuntime(...args);
}

function sourceKind(v: string): SourceKind {
  if (!(SOURCE_KINDS as readonly string[]).includes(v)) {
    throw new InvalidArgumentError(`unknown kind "${v}"; kinds are: ${SOURCE_KINDS.join(', ')}`);
  }
  return v as SourceKind;
}

function baseUrl(v: string): string {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new InvalidArgumentError(`"${v}" is not a URL; give scheme, host and port, e.g. http://127.0.0.1:4780`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InvalidArgumentError('--base-url must be http:// or https://');
  return `${u.protocol}//${u.host}`;
}

function schedule(v: string): string {
  const problem = validateSchedule(v);
  if (problem) throw new InvalidArgumentError(`"${v}" is not a cron expression (${problem}); e.g. "0 6 * * *" for 06:00 daily`);
  return v;
}

function jsonObject(v: string): Record<string, unknown> {
  try {
    const o = JSON.parse(v) as unknown;
    if (typeof o === 'object' && o !== null && !Array.isArray(o)) return o as Record<string, unknown>;
  } catch {
    /* fall through */
  }
  throw new InvalidArgumentError(`--options must be a JSON object, e.g. '{"region":"eu"}'`);
}

const sourceId = parsePositiveInt('source id');

export function registerOpsCommands(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('create the database if needed and apply pending migrations (safe to run from several processes)')
    .action(async () => {
      try {
        const cfg = config();
        await ensureDatabase(cfg.databaseUrl);
        const pool = createPool(cfg.databaseUrl, 2);
        try {
          const r = await migrate(pool, { onApply: (f) => process.stderr.write(`applied ${f}\n`) });
          const version = await syncTaxonomy(pool);
          process.stdout.write(`${r.applied.length} migration(s) applied, ${r.alreadyApplied.length} already applied; taxonomy ${version}\n`);
        } finally {
          await pool.end();
        }
      } catch (err) {
        fail(err);
      }
    });

  const sources = program.command('sources').description('add, list, schedule and pause job-board sources');
  sources
    .command('add')
    .description('add a source (adding the same kind, locator and base URL again updates it) and print its id')
    .argument('<kind>', `one of: ${SOURCE_KINDS.join(', ')}`, sourceKind)
    .argument('<locator>', 'the board: greenhouse board token, lever site, workday host/site, a listing URL, ...')
    .option('--base-url <url>', 'replace scheme, host and port of the API (point any adapter at a replay server)', baseUrl)
    .option('--schedule <cron>', 'cron expression for scheduled runs, e.g. "0 6 * * *"', schedule)
    .option('--timezone <tz>', 'IANA timezone for the schedule, e.g. Europe/Berlin')
    .option('--rate <n>', 'polite request rate for this source, requests per second per host', (v) => {
      const n = Number(v);
      if (!(n > 0)) throw new InvalidArgumentError('--rate must be a positive number');
      return n;
    })
    .option('--company <name>', 'the employer behind the board, for boards whose API does not name it')
    .option('--options <json>', 'adapter options as a JSON object, e.g. \'{"region":"eu"}\'', jsonObject)
    .option('--json', 'print {"id": ...}')
    .addHelpText(
      'after',
      `
Locators by kind:
  greenhouse       board token                      e.g. acme
  lever            site (--options '{"region":"eu"}' for the EU host)
  ashby            job board name
  workday          {tenant host}/{site}             e.g. acme.wd5.myworkdayjobs.com/External
  smartrecruiters  company identifier               e.g. AcmeCorp
  workable         account                          e.g. acme
  recruitee        company subdomain, or a careers host
  oracle           {host}/{siteNumber}              e.g. acme.fa.us2.oraclecloud.com/CX_1
  eightfold        {host}/{domain}                  e.g. careers.acme.com/acme.com
  jsonld           a listing page or sitemap URL    (pages carrying schema.org JobPosting)
  rendered         a page URL that needs JavaScript (--options '{"selectors":{"item":"li.job",...}}')
Example: skillpulse sources add greenhouse acme --company "Acme" --schedule "0 6 * * *" --json`,
    )
    .action(async (kind: SourceKind, locator: string, o: { baseUrl?: string; schedule?: string; timezone?: string; rate?: number; company?: string; options?: Record<string, unknown>; json?: boolean }) => {
      try {
        // A locator the adapter cannot use is refused now, with the adapter's own explanation, not at the first run.
        try {
          adapterFor(kind).start({ id: 0, kind, locator, baseUrl: o.baseUrl ?? null, options: o.options ?? {} });
        } catch (err) {
          throw new UsageError(`${(err as Error).message}; see 'skillpulse sources add --help' and src/adapters/README.md`);
        }
        const row = await withDatabase((pool) =>
          upsertSource(pool, {
            kind,
            locator,
            baseUrl: o.baseUrl ?? null,
            options: { ...(o.options ?? {}), ...(o.company ? { company: o.company } : {}) },
            schedule: o.schedule ?? null,
            timezone: o.timezone ?? null,
            ratePerSecond: o.rate ?? null,
          }),
        );
        if (o.json) printJson({ id: row.id });
        else process.stdout.write(`${row.id}\n`);
      } catch (err) {
        fail(err);
      }
    });
  sources
    .command('list')
    .description('list sources with their schedule and state')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      try {
        const rows = await withDatabase(listSources);
        if (o.json) return printJson(rows);
        process.stdout.write(
          toTable(
            ['id', 'kind', 'locator', 'base url', 'schedule', 'state'],
            rows.map((s) => [s.id, s.kind, s.locator, s.baseUrl ?? '', s.schedule ?? '', s.enabled ? 'enabled' : `paused${s.pausedReason ? `: ${s.pausedReason}` : ''}`]),
          ),
        );
      } catch (err) {
        fail(err);
      }
    });
  for (const [name, enabled] of [['pause', false], ['resume', true]] as const) {
    sources
      .command(name)
      .description(enabled ? 'resume a paused source' : 'pause a source: its schedule stops firing and queued runs are skipped')
      .argument('<id>', 'source id', sourceId)
      .option('--reason <text>', 'why (shown to ops)')
      .action(async (id: number, o: { reason?: string }) => {
        try {
          const ok = await withDatabase((pool) => setSourceEnabled(pool, id, enabled, o.reason ?? null));
          if (!ok) throw new UsageError(`no source ${id}; see 'skillpulse sources list'`);
          process.stdout.write(`source ${id} ${enabled ? 'resumed' : 'paused'}\n`);
        } catch (err) {
          fail(err);
        }
      });
  }
  sources
    .command('schedule')
    .description('set or clear (with "none") a source\'s cron schedule')
    .argument('<id>', 'source id', sourceId)
    .argument('<cron>', 'cron expression, or "none"')
    .option('--timezone <tz>', 'IANA timezone')
    .action(async (id: number, cron: string, o: { timezone?: string }) => {
      try {
        const value = cron === 'none' ? null : schedule(cron);
        const ok = await withDatabase((pool) => setSourceSchedule(pool, id, value, o.timezone ?? null));
        if (!ok) throw new UsageError(`no source ${id}; see 'skillpulse sources list'`);
        process.stdout.write(`source ${id} schedule ${value ?? 'cleared'}\n`);
      } catch (err) {
        fail(err);
      }
    });
  sources
    .command('remove')
    .description('remove a source with its runs and postings')
    .argument('<id>', 'source id', sourceId)
    .action(async (id: number) => {
      try {
        if (!(await withDatabase((pool) => removeSource(pool, id)))) throw new UsageError(`no source ${id}`);
        process.stdout.write(`source ${id} removed\n`);
      } catch (err) {
        fail(err);
      }
    });

  program
    .command('run')
    .description('run one source now; with --wait, process it in this process and print the run summary')
    .argument('<source-id>', 'source id', sourceId)
    .option('--wait', 'wait for the run to finish (runs workers in this process too)')
    .option('--json', 'print the summary as JSON')
    .option('--timeout <seconds>', 'give up waiting after this long', parsePositiveInt('--timeout'), 600)
    .option('--no-local-workers', 'only wait; leave the work to worker processes')
    .action(async (id: number, o: { wait?: boolean; json?: boolean; timeout: number; localWorkers: boolean }) => {
      try {
        const rt = await openRuntime(config());
        try {
          if (!(await getSource(rt.pool, id))) throw new UsageError(`no source ${id}; see 'skillpulse sources list'`);
          const tty = process.stderr.isTTY && !o.json;
          const { runSourceNow } = await import('../../pipeline/run-source.ts');
          const s = await runSourceNow(rt, id, {
            wait: Boolean(o.wait),
            timeoutMs: o.timeout * 1000,
            localWorkers: o.localWorkers,
            onProgress: (runs) => {
              const r = runs[0];
              if (r && tty) process.stderr.write(`\rrun ${r.id}: ${r.status}, found ${r.found}, new ${r.new}, changed ${r.changed}   `);
            },
          });
          if (tty) process.stderr.write('\n');
          if (o.json) printJson({ source: s.source, status: s.status, found: s.found, new: s.new, changed: s.changed, closed: s.closed, failed: s.failed, reason: s.reason });
          else process.stdout.write(`run ${s.run} of source ${s.source}: ${s.status}; found ${s.found}, new ${s.new}, changed ${s.changed}, closed ${s.closed}, failed ${s.failed}${s.reason ? `; ${s.reason}` : ''}\n`);
          if (s.status === 'failed' || s.status === 'blocked') process.exitCode = 1;
        } finally {
          await rt.close();
        }
      } catch (err) {
        fail(err);
      }
    });

  const runs = program.command('runs').description('see runs and their failed postings');
  runs
    .command('list', { isDefault: true })
    .description('recent runs')
    .option('--source <id>', 'only this source', sourceId)
    .option('--limit <n>', 'how many', parsePositiveInt('--limit'), 20)
    .option('--json', 'print JSON')
    .action(async (o: { source?: number; limit: number; json?: boolean }) => {
      try {
        const rows = await withDatabase((pool) => listRuns(pool, { sourceId: o.source ?? null, limit: o.limit }));
        if (o.json) return printJson(rows.map(summary));
        process.stdout.write(
          toTable(
            ['run', 'source', 'status', 'found', 'new', 'changed', 'closed', 'failed', 'started', 'reason'],
            rows.map((r) => [r.id, r.sourceId, r.status, r.found, r.new, r.changed, r.closed, r.failed, r.startedAt ? new Date(r.startedAt).toISOString() : '', r.reason ?? '']),
          ),
        );
      } catch (err) {
        fail(err);
      }
    });
  runs
    .command('show')
    .description('one run with its failed postings and their reasons')
    .argument('<run-id>', 'run id', parsePositiveInt('run id'))
    .option('--json', 'print JSON')
    .action(async (id: number, o: { json?: boolean }) => {
      try {
        const [run, failed] = await withDatabase(async (pool) => [await getRun(pool, id), await listRunItems(pool, id, 'failed')] as const);
        if (!run) throw new UsageError(`no run ${id}; see 'skillpulse runs'`);
        if (o.json) return printJson({ ...summary(run), skipped: run.skippedReasons, failedItems: failed });
        process.stdout.write(
          `run ${run.id} of source ${run.sourceId}: ${run.status}${run.reason ? ` (${run.reason})` : ''}; ` +
            `found ${run.found}, new ${run.new}, changed ${run.changed}, closed ${run.closed}, failed ${run.failed}, ` +
            `skipped ${run.skipped}${run.notModified ? '; board not modified since the last listing' : ''}\n`,
        );
        if (failed.length) process.stdout.write(toTable(['failed posting', 'reason'], failed.map((f) => [f.externalId, f.reason ?? ''])));
        if (run.skippedReasons.length) {
          process.stdout.write(toTable(['skipped item', 'reason'], run.skippedReasons.map((s) => [s.externalId ?? '', s.reason])));
        }
      } catch (err) {
        fail(err);
      }
    });

  runs
    .command('retry')
    .description("re-queue a run's failed postings (after fixing what failed them)")
    .argument('<run-id>', 'run id', parsePositiveInt('run id'))
    .option('--json', 'print JSON')
    .action(async (id: number, o: { json?: boolean }) => {
      try {
        const rt = await openRuntime(config());
        try {
          const { retryFailedItems } = await import('../../pipeline/retry-failed.ts');
          const r = await retryFailedItems(rt.pool, rt.queues, id);
          if (!r) throw new UsageError(`no run ${id}; see 'skillpulse runs'`);
          if (o.json) return printJson(r);
          process.stdout.write(`run ${id}: ${r.requeued.length} posting(s) re-queued; workers will process them\n`);
          if (r.skipped.length) process.stdout.write(toTable(['not re-queued', 'why'], r.skipped.map((s) => [s.externalId, s.reason])));
        } finally {
          await rt.close();
        }
      } catch (err) {
        fail(err);
      }
    });
  runs
    .command('reconcile')
    .description('re-enqueue unfinished work that Redis lost (e.g. after a Redis restart); the scheduler does this every 30 s')
    .option('--older-than <seconds>', 'only work untouched for this long', parsePositiveInt('--older-than'), 60)
    .action(async (o: { olderThan: number }) => {
      try {
        const rt = await openRuntime(config());
        try {
          const { reconcileRuns } = await import('../../pipeline/reconcile.ts');
          const r = await reconcileRuns(rt.pool, rt.queues, { olderThanMs: o.olderThan * 1000, logger: rt.logger });
          process.stdout.write(`re-enqueued: ${r.discover} discover, ${r.fetch} fetch, ${r.extract} extract job(s)\n`);
        } finally {
          await rt.close();
        }
      } catch (err) {
        fail(err);
      }
    });

  program
    .command('worker')
    .description('run a worker for the pipeline queues until SIGTERM (any number may run at once)')
    .option('--concurrency <n>', 'jobs at once per queue', parsePositiveInt('--concurrency'), 4)
    .action(async (o: { concurrency: number }) => {
      try {
        await (await import('../../../workers/worker.ts')).runWorkerProcess({ concurrency: o.concurrency });
      } catch (err) {
        fail(err);
      }
    });
  program
    .command('scheduler')
    .description('fire each enabled source on its cron schedule until SIGTERM (several may run; runs are not doubled)')
    .action(async () => {
      try {
        await (await import('../../../workers/scheduler.ts')).runSchedulerProcess();
      } catch (err) {
        fail(err);
      }
    });
}
