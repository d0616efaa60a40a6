// `npm run eval`: scores the extractor against the labelled sets and prints a model-card table. Columns:
// the tuning set (test/eval/postings.jsonl, which the rules were developed against), the development sets
// (held-out or test sets of earlier rounds whose errors were then studied and fixed; pooled into one column
// unless --each is given) and the test set (written and labelled before the fixes it judges, never tuned on:
// the honest estimate).
//   --each    one column per development set instead of the pooled one
//   --errors  list every posting the extractor got wrong (expected vs extracted), per set
//   --json    print the figures as JSON instead (every set, and the pooled development column)
// A report, not a test: always exits 0 once it has run.
import { readFileSync } from 'node:fs';
import type { EvalCase } from './build-set.ts';
import { SET_PATH } from './build-set.ts';
import { HOLDOUT_PATH } from './holdout/build-holdout.ts';
import { TEST2_PATH } from './test2/build-test2.ts';
import { TEST3_PATH } from './test3/build-test3.ts';
import { TEST4_PATH } from './test4/build-test4.ts';
import { TEST5_PATH } from './test5/build-test5.ts';
import { TEST6_PATH } from './test6/build-test6.ts';
import { TEST7_PATH } from './test7/build-test7.ts';
import { TEST8_PATH } from './test8/build-test8.ts';
import { TEST9_PATH } from './test9/build-test9.ts';
import { TEST10_PATH } from './test10/build-test10.ts';
import { TEST11_PATH } from './test11/build-test11.ts';
import { TEST12_PATH } from './test12/build-test12.ts';
import { TEST13_PATH } from './test13/build-test13.ts';
import { TEST14_PATH } from './test14/build-test14.ts';
import { TEST15_PATH } from './test15/build-test15.ts';
import { TEST16_PATH } from './test16/build-test16.ts';
import { TEST17_PATH } from './test17/build-test17.ts';
import { TEST18_PATH } from './test18/build-test18.ts';
import { naiveMatcher, score, type Prf, type Scores } from './score.ts';
import { extractPosting, normalisedText } from '../../src/core/extract.ts';
import { loadTaxonomy } from '../../src/core/taxonomy/taxonomy.ts';

/** Development sets, oldest first: each was a held-out or test set once, and its errors were then studied and fixed. */
const DEVELOPMENT: Array<[string, string]> = [
  ['development 1', HOLDOUT_PATH],
  ['development 2', TEST2_PATH],
  ['development 3', TEST3_PATH],
  ['development 4', TEST4_PATH],
  ['development 5', TEST5_PATH],
  ['development 6', TEST6_PATH],
  ['development 7', TEST7_PATH],
  ['development 8', TEST8_PATH],
  ['development 9', TEST9_PATH],
  ['development 10', TEST10_PATH],
  ['development 11', TEST11_PATH],
  ['development 12', TEST12_PATH],
  ['development 13', TEST13_PATH],
  ['development 14', TEST14_PATH],
  ['development 15', TEST15_PATH],
  ['development 16', TEST16_PATH],
  ['development 17', TEST17_PATH],
];
const DESCRIBE: Record<string, string> = {
  'development 1': 'test/eval/holdout/, the first held-out set',
  'development 2': 'test/eval/test2/, the second round\'s test set',
  'development 3': 'test/eval/test3/, the third round\'s test set',
  'development 4': 'test/eval/test4/, the fourth round\'s test set',
  'development 5': 'test/eval/test5/, the fifth round\'s test set',
  'development 6': 'test/eval/test6/, the sixth round\'s first test set',
  'development 7': 'test/eval/test7/, the sixth round\'s second test set',
  'development 8': 'test/eval/test8/, the sixth round\'s third test set',
  'development 9': 'test/eval/test9/, the sixth round\'s fourth test set',
  'development 10': 'test/eval/test10/, the sixth round\'s fifth test set',
  'development 11': 'test/eval/test11/, the sixth round\'s sixth test set',
  'development 12': 'test/eval/test12/, the seventh round\'s first test set',
  'development 13': 'test/eval/test13/, the seventh round\'s second test set',
  'development 14': 'test/eval/test14/, the seventh round\'s third test set',
  'development 15': 'test/eval/test15/, the seventh round\'s fourth test set',
  'development 16': 'test/eval/test16/, the seventh round\'s fifth test set',
  'development 17': 'test/eval/test17/, the eighth round\'s first test set',
};
/** The test set: never tuned on. */
const TEST: [string, string] = ['test/eval/test18/', TEST18_PATH];

export const TARGETS = {
  toolF1: 0.97,
  skillF1: 0.92,
  skillPrecision: 0.95,
  certFalseAlarmsPer150: 1,
  role: 0.97,
  countries: 0.97,
  sector: 0.9,
} as const;

export function loadSet(path = SET_PATH): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as EvalCase);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number): string => x.toFixed(3);
const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');

type Checks = Record<'toolF1' | 'skillF1' | 'skillPrecision' | 'certFalseAlarms' | 'role' | 'countries' | 'sector', boolean>;

interface Report {
  name: string;
  scores: Scores;
  baseline: Scores;
  checks: Checks;
}

function evaluate(name: string, cases: EvalCase[], groupOf: (k: string) => string, entities: Array<{ category: string; name: string }>): Report {
  const extracted = new Map(cases.map((c) => [c.id, extractPosting(c.input)]));
  const scores = score(cases, (c) => extracted.get(c.id)!, groupOf);
  const naive = naiveMatcher(entities.filter((e) => e.category === 'skill' || e.category === 'tool'));
  const onlySkillsTools = (ms: Array<{ category: string; name: string }>): Array<{ category: string; name: string }> =>
    ms.filter((m) => m.category === 'skill' || m.category === 'tool');
  const baseline = score(
    cases.map((c) => ({ ...c, expected: { ...c.expected, mentions: onlySkillsTools(c.expected.mentions) } })),
    (c) => ({ role: null, sector: null, countries: [], mentions: naive(normalisedText(c.input)) }),
    groupOf,
  );
  const skill = cat(scores, 'skill');
  const tool = cat(scores, 'tool');
  const checks: Checks = {
    toolF1: tool.f1 >= TARGETS.toolF1,
    skillF1: skill.f1 >= TARGETS.skillF1,
    skillPrecision: skill.precision >= TARGETS.skillPrecision,
    certFalseAlarms: scores.certificationFalseAlarmsPer150 <= TARGETS.certFalseAlarmsPer150,
    role: scores.role.accuracy >= TARGETS.role,
    countries: scores.countries.accuracy >= TARGETS.countries,
    sector: scores.sector.accuracy >= TARGETS.sector,
  };
  return { name, scores, baseline, checks };
}

function cat(s: Scores, k: string): Prf {
  return s.byCategory[k]!;
}

/** "TP/FP/FN P R F1" in a fixed width, for one set's column. */
function prfCell(p: Prf): string {
  return `${String(p.tp).padStart(4)} ${String(p.fp).padStart(3)} ${String(p.fn).padStart(3)}  ${f3(p.precision)} ${f3(p.recall)} ${f3(p.f1)}`;
}

const CELL = 32;

function sideBySide(label: string, cells: string[], target = ''): string {
  return `${label.padEnd(40)} ${cells.map((c) => c.padEnd(CELL)).join(' │ ')}  ${target}`;
}

function errorLines(report: Report): string[] {
  const lines = [`Errors in the ${report.name} set (${report.scores.errors.length} postings)`];
  for (const e of report.scores.errors) {
    const parts: string[] = [];
    if (e.role) parts.push(`role: expected ${JSON.stringify(e.role.expected)}, got ${JSON.stringify(e.role.got)}`);
    if (e.sector) parts.push(`sector: expected ${JSON.stringify(e.sector.expected)}, got ${JSON.stringify(e.sector.got)}`);
    if (e.countries) parts.push(`countries: expected [${e.countries.expected.join(',')}], got [${e.countries.got.join(',')}]`);
    if (e.falseNegatives.length) parts.push(`missed: ${e.falseNegatives.join('; ')}`);
    if (e.falsePositives.length) parts.push(`spurious: ${e.falsePositives.join('; ')}`);
    lines.push(`  ${e.id}`);
    for (const p of parts) lines.push(`      ${p}`);
  }
  return lines;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const taxonomy = loadTaxonomy();
  const groupByKey = new Map(taxonomy.entities.map((e) => [`${e.category}|${e.name}`, e.group]));
  const groupOf = (k: string): string => groupByKey.get(k) ?? '(not in taxonomy)';
  const tuning = evaluate('tuning', loadSet(SET_PATH), groupOf, taxonomy.entities);
  const devSets = DEVELOPMENT.map(([name, path]) => [name, loadSet(path)] as const);
  const devEach = devSets.map(([name, cases]) => evaluate(name, cases, groupOf, taxonomy.entities));
  const devPooled = evaluate('development', devSets.flatMap(([, cases]) => cases), groupOf, taxonomy.entities);
  const test = evaluate('test', loadSet(TEST[1]), groupOf, taxonomy.entities);
  const reports = args.has('--each') ? [tuning, ...devEach, test] : [tuning, devPooled, test];

  if (args.has('--json')) {
    const out: Record<string, unknown> = { taxonomyVersion: taxonomy.version, targets: TARGETS };
    for (const r of [tuning, ...devEach, devPooled, test]) {
      const { errors, ...figures } = r.scores;
      const set: Record<string, unknown> = {
        ...figures,
        baseline: { skill: cat(r.baseline, 'skill'), tool: cat(r.baseline, 'tool') },
        targetsMet: r.checks,
      };
      if (args.has('--errors')) set.errors = errors;
      out[r.name] = set;
    }
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  const both = (f: (r: Report) => string): string[] => reports.map(f);
  const names = reports.map((r) => r.name).join(' / ');
  const lines: string[] = [];
  lines.push(`skillpulse extraction evaluation — taxonomy ${taxonomy.version}`);
  lines.push(`tuning set: ${tuning.scores.postings} postings, the rules were developed against it`);
  for (const [name, cases] of devSets) lines.push(`${name}: ${cases.length} postings, ${DESCRIBE[name]}`);
  if (!args.has('--each')) lines.push(`  (pooled into one "development" column of ${devPooled.scores.postings}; --each shows them one by one)`);
  lines.push(`test set: ${test.scores.postings} postings (${TEST[0]}), written and labelled before the fixes it judges and never tuned on: the estimate`);
  lines.push('');
  lines.push(sideBySide('Mentions (micro)', both((r) => `${r.name}: TP  FP  FN  prec. recall F1`), `target (${names})`));
  const skillTarget = `F1 ≥ ${TARGETS.skillF1}, P ≥ ${TARGETS.skillPrecision}: ${both((r) => mark(r.checks.skillF1 && r.checks.skillPrecision)).join(' / ')}`;
  lines.push(sideBySide('role mentions', both((r) => prfCell(cat(r.scores, 'role')))));
  lines.push(sideBySide('skill', both((r) => prfCell(cat(r.scores, 'skill'))), skillTarget));
  lines.push(sideBySide('tool', both((r) => prfCell(cat(r.scores, 'tool'))), `F1 ≥ ${TARGETS.toolF1}: ${both((r) => mark(r.checks.toolF1)).join(' / ')}`));
  lines.push(sideBySide('certification', both((r) => prfCell(cat(r.scores, 'certification')))));
  lines.push('');
  lines.push('By group');
  const groups = [...new Set(reports.flatMap((r) => Object.keys(r.scores.byGroup)))].sort();
  for (const g of groups) {
    const category = reports.map((r) => r.scores.byGroup[g]?.category).find((c) => c) ?? '';
    lines.push(sideBySide(`  ${category}: ${g}`, both((r) => { const p = r.scores.byGroup[g]; return p ? prfCell(p) : '—'; })));
  }
  lines.push('');
  lines.push('Naive baseline (canonical names, case-insensitive \\b regex, no aliases or context)');
  lines.push(sideBySide('skill (baseline)', both((r) => prfCell(cat(r.baseline, 'skill')))));
  lines.push(sideBySide('tool (baseline)', both((r) => prfCell(cat(r.baseline, 'tool')))));
  lines.push('');
  lines.push('Postings');
  const acc = (x: { correct: number; accuracy: number }, n: number): string => `${pct(x.accuracy)} (${x.correct}/${n})`;
  lines.push(sideBySide('  certification false alarms /150', both((r) => r.scores.certificationFalseAlarmsPer150.toFixed(2)), `≤ ${TARGETS.certFalseAlarmsPer150}: ${both((r) => mark(r.checks.certFalseAlarms)).join(' / ')}`));
  lines.push(sideBySide('  role accuracy', both((r) => acc(r.scores.role, r.scores.postings)), `≥ ${pct(TARGETS.role)}: ${both((r) => mark(r.checks.role)).join(' / ')}`));
  lines.push(sideBySide('  country set exact match', both((r) => acc(r.scores.countries, r.scores.postings)), `≥ ${pct(TARGETS.countries)}: ${both((r) => mark(r.checks.countries)).join(' / ')}`));
  lines.push(sideBySide('  sector accuracy', both((r) => acc(r.scores.sector, r.scores.postings)), `≥ ${pct(TARGETS.sector)}: ${both((r) => mark(r.checks.sector)).join(' / ')}`));
  lines.push(sideBySide('    misses: null / wrong / spurious', both((r) => `${r.scores.sector.missedAsNull} / ${r.scores.sector.wrongSector} / ${r.scores.sector.spurious}`)));
  lines.push('');
  if (args.has('--errors')) {
    for (const r of reports) lines.push(...errorLines(r), '');
  } else {
    lines.push(`${both((r) => `${r.scores.errors.length} ${r.name}`).join(', ')} postings have at least one error; run with --errors to list them.`);
  }
  console.log(lines.join('\n'));
}

main();
