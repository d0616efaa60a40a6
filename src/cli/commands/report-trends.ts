// `skillpulse report trends` (an entity's share in the last N weeks against the N weeks before, with 95 %
// intervals and a significance-tested label) and `skillpulse report cooccurrence <entity-name>`.
import { InvalidArgumentError, type Command } from 'commander';
import type { Category } from '../../core/types.ts';
import { cooccurrenceReport, trendsReport, type CooccurrenceReport, type TrendsReport } from '../../reports/trends.ts';
import { fail, parsePositiveInt, toCsv, toTable, UsageError } from '../io.ts';
import { CATEGORIES, categoryOption, countryOption, sectorOption, withDatabase } from '../options.ts';

type Format = 'table' | 'csv' | 'json';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const pp = (x: number) => `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)} pp`;

function format(v: string): Format {
  if (v !== 'table' && v !== 'csv' && v !== 'json') throw new InvalidArgumentError('format must be table, csv or json');
  return v;
}

export function formatTrends(r: TrendsReport, f: Format): string {
  if (f === 'json') return `${JSON.stringify(r)}\n`;
  if (f === 'csv') {
    return toCsv(
      ['label', 'category', 'group', 'name', 'previous_postings', 'previous_total', 'previous_share', 'current_postings', 'current_total', 'current_share', 'current_low', 'current_high', 'change', 'p_value'],
      r.rows.map((t) => [
        t.label,
        t.category,
        t.group,
        t.name,
        t.previous.postings,
        t.previous.total,
        t.previous.share.toFixed(6),
        t.current.postings,
        t.current.total,
        t.current.share.toFixed(6),
        t.current.low.toFixed(6),
        t.current.high.toFixed(6),
        t.change.toFixed(6),
        t.pValue === null ? '' : t.pValue.toPrecision(4),
      ]),
    );
  }
  const head =
    `Trends: weeks ${r.current.from}..${r.current.to} (${r.current.total} postings) against ` +
    `${r.previous.from}..${r.previous.to} (${r.previous.total} postings)\n`;
  if (r.rows.length === 0) return `${head}(no mentions in either period)\n`;
  return (
    head +
    toTable(
      ['trend', 'category', 'name', 'before', 'now', '95 % CI now', 'change', 'p'],
      r.rows.map((t) => [
        t.label,
        t.category,
        t.name,
        pct(t.previous.share),
        pct(t.current.share),
        `${pct(t.current.low)} – ${pct(t.current.high)}`,
        pp(t.change),
        t.pValue === null ? '' : t.pValue.toPrecision(2),
      ]),
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r'],
    )
  );
}

export function formatCooccurrence(r: CooccurrenceReport, f: Format): string {
  if (f === 'json') return `${JSON.stringify(r)}\n`;
  if (f === 'csv') {
    return toCsv(
      ['category', 'group', 'name', 'together', 'postings', 'support', 'confidence', 'lift'],
      r.rows.map((c) => [c.category, c.group, c.name, c.together, c.postings, c.support.toFixed(6), c.confidence.toFixed(6), c.lift.toFixed(4)]),
    );
  }
  const head = `${r.entity.name} (${r.entity.category}): ${r.entity.postings} of ${r.total} postings; pairs mentioned together by at least ${r.minSupport}\n`;
  if (r.rows.length === 0) return `${head}(nothing goes with it often enough)\n`;
  return (
    head +
    toTable(
      ['category', 'name', 'together', 'of its postings', 'lift'],
      r.rows.map((c) => [c.category, c.name, c.together, pct(c.confidence), c.lift.toFixed(2)]),
      ['l', 'l', 'r', 'r', 'r'],
    )
  );
}

export function registerReportTrendsCommand(reportCommand: Command): void {
  reportCommand
    .command('trends')
    .description("each entity's share of postings in the last N weeks against the N weeks before: rising, falling, flat or insufficient data")
    .option('--weeks <n>', 'window length in weeks', parsePositiveInt('--weeks'), 4)
    .option('--sector <s>', 'a seed sector (or a prefix of one), or "unclassified"', sectorOption)
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code', countryOption)
    .option('--category <c>', `only one category: ${CATEGORIES.join(', ')}`, categoryOption)
    .option('--format <f>', 'table, csv or json', format, 'table' as Format)
    .action(async (o: { weeks: number; sector?: string; country?: string; category?: Category; format: Format }) => {
      try {
        const report = await withDatabase((pool) =>
          trendsReport(pool, { weeks: o.weeks, sector: o.sector ?? null, country: o.country ?? null, category: o.category ?? null }),
        );
        process.stdout.write(formatTrends(report, o.format));
      } catch (err) {
        fail(err);
      }
    });

  reportCommand
    .command('cooccurrence <entity-name>')
    .description('what is mentioned together with an entity (by name or taxonomy id), ranked by lift')
    .option('--sector <s>', 'a seed sector (or a prefix of one), or "unclassified"', sectorOption)
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code', countryOption)
    .option('--source <id>', 'only postings of this source', parsePositiveInt('--source'))
    .option('--min-support <n>', 'leave out pairs mentioned together by fewer postings', parsePositiveInt('--min-support'), 3)
    .option('--limit <n>', 'at most this many pairs', parsePositiveInt('--limit'), 20)
    .option('--format <f>', 'table, csv or json', format, 'table' as Format)
    .action(
      async (
        entity: string,
        o: { sector?: string; country?: string; source?: number; minSupport: number; limit: number; format: Format },
      ) => {
        try {
          const report = await withDatabase((pool) =>
            cooccurrenceReport(pool, entity, {
              sector: o.sector ?? null,
              country: o.country ?? null,
              sourceId: o.source ?? null,
              minSupport: o.minSupport,
              limit: o.limit,
            }),
          );
          if (!report) throw new UsageError(`no stored posting mentions an entity named ${JSON.stringify(entity)}`);
          process.stdout.write(formatCooccurrence(report, o.format));
        } catch (err) {
          fail(err);
        }
      },
    );
}
