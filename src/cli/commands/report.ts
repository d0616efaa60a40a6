// `skillpulse report demand`: top entities with postings count and share of postings in the selection.
import { InvalidArgumentError, type Command } from 'commander';
import type { Category } from '../../core/types.ts';
import { demandReport, UNCLASSIFIED, type DemandFilters, type DemandRow } from '../../reports/demand.ts';
import { fail, parsePositiveInt, printJson, toCsv, toTable } from '../io.ts';
import { CATEGORIES, categoryOption, countryOption, sectorOption, withDatabase } from '../options.ts';


export type ReportFormat = 'table' | 'csv' | 'json';

export function formatDemand(rows: DemandRow[], format: ReportFormat, opts: { limit?: number; title?: string } = {}): string {
  if (format === 'json') return `${JSON.stringify(rows)}\n`;
  if (format === 'csv') {
    return toCsv(['category', 'group', 'name', 'postings', 'share', 'total'], rows.map((r) => [r.category, r.group, r.name, r.postings, r.share.toFixed(4), r.total]));
  }
  const total = rows[0]?.total ?? 0;
  const shown = opts.limit ? rows.slice(0, opts.limit) : rows;
  const head = `${opts.title ?? 'Demand'}: ${total} posting(s) in the selection${shown.length < rows.length ? `, top ${shown.length} of ${rows.length} entities` : ''}\n`;
  if (rows.length === 0) return `${head}(no postings mention any taxonomy entity in this selection)\n`;
  const bar = (share: number) => '█'.repeat(Math.round(share * 20)).padEnd(20, '·');
  return (
    head +
    toTable(
      ['category', 'group', 'name', 'postings', 'share', ''],
      shown.map((r) => [r.category, r.group, r.name, r.postings, `${(r.share * 100).toFixed(1)} %`, bar(r.share)]),
      ['l', 'l', 'l', 'r', 'r', 'l'],
    )
  );
}

export function registerReportCommand(program: Command): Command {
  const report = program.command('report').description('demand reports from the stored postings');
  report
    .command('demand')
    .description('taxonomy entities the postings mention, with postings count and share of the selection')
    .option('--category <c>', `only one category: ${CATEGORIES.join(', ')}`, categoryOption)
    .option('--sector <s>', `a seed sector (or a prefix of one), or "${UNCLASSIFIED}"`, sectorOption)
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code', countryOption)
    .option('--source <id>', 'only postings of this source', parsePositiveInt('--source'))
    .option('--weeks <n>', 'only postings posted in the last N weeks', parsePositiveInt('--weeks'))
    .option('--open', 'only postings still open')
    .option('--limit <n>', 'table: show the top N rows', parsePositiveInt('--limit'))
    .option('--format <f>', 'table, csv or json', (v) => {
      if (!['table', 'csv', 'json'].includes(v)) throw new InvalidArgumentError('format must be table, csv or json');
      return v as ReportFormat;
    }, 'table' as ReportFormat)
    .action(async (o: { category?: Category; sector?: string; country?: string; source?: number; weeks?: number; open?: boolean; limit?: number; format: ReportFormat }) => {
      try {
        const rows = await withDatabase((pool) => {
          const filters: DemandFilters = {
            sourceId: o.source ?? null,
            sector: o.sector ?? null,
            country: o.country ?? null,
            category: o.category ?? null,
            weeks: o.weeks ?? null,
            openOnly: Boolean(o.open),
          };
          return demandReport(pool, filters);
        });
        process.stdout.write(formatDemand(rows, o.format, o.limit ? { limit: o.limit } : {}));
      } catch (err) {
        fail(err);
      }
    });
  return report;
}
