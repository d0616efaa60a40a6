// `npm run eval`: scores the extractor against the labelled set and prints a model-card table.
//   --errors  list every posting the extractor got wrong (expected vs extracted)
//   --json    print the figures as JSON instead
// A report, not a test: always exits 0 once it has run.
import { readFileSync } from 'node:fs';
import type { EvalCase } from './build-set.ts';
import { SET_PATH } from './build-set.ts';
import { naiveMatcher, score, type Prf, type Scores } from './score.ts';
import { extractPosting, normalisedText } from '../../src/core/extract.ts';
import { loadTaxonomy } from '../../src/core/taxonomy/taxonomy.ts';

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

function row(label: string, p: Prf, target = ''): string {
  return `${label.padEnd(44)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}  ${f3(p.precision)}  ${f3(p.recall)}  ${f3(p.f1)}  ${target}`;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const cases = loadSet();
  const taxonomy = loadTaxonomy();
  const groupByKey = new Map(taxonomy.entities.map((e) => [`${e.category}|${e.name}`, e.group]));
  const groupOf = (k: string): string => groupByKey.get(k) ?? '(not in taxonomy)';

  const extracted = new Map(cases.map((c) => [c.id, extractPosting(c.input)]));
  const scores = score(cases, (c) => extracted.get(c.id)!, groupOf);

  const naive = naiveMatcher(taxonomy.entities.filter((e) => e.category === 'skill' || e.category === 'tool'));
  const onlySkillsTools = (ms: Array<{ category: string; name: string }>): Array<{ category: string; name: string }> =>
    ms.filter((m) => m.category === 'skill' || m.category === 'tool');
  const baseline = score(
    cases.map((c) => ({ ...c, expected: { ...c.expected, mentions: onlySkillsTools(c.expected.mentions) } })),
    (c) => ({ role: null, sector: null, countries: [], mentions: naive(normalisedText(c.input)) }),
    groupOf,
  );

  const cat = (s: Scores, k: string): Prf => s.byCategory[k]!;
  const skill = cat(scores, 'skill');
  const tool = cat(scores, 'tool');
  const checks = {
    toolF1: tool.f1 >= TARGETS.toolF1,
    skillF1: skill.f1 >= TARGETS.skillF1,
    skillPrecision: skill.precision >= TARGETS.skillPrecision,
    certFalseAlarms: scores.certificationFalseAlarmsPer150 <= TARGETS.certFalseAlarmsPer150,
    role: scores.role.accuracy >= TARGETS.role,
    countries: scores.countries.accuracy >= TARGETS.countries,
    sector: scores.sector.accuracy >= TARGETS.sector,
  };

  if (args.has('--json')) {
    const { errors, ...figures } = scores;
    const out: Record<string, unknown> = {
      taxonomyVersion: taxonomy.version,
      ...figures,
      baseline: { skill: cat(baseline, 'skill'), tool: cat(baseline, 'tool') },
      targets: TARGETS,
      targetsMet: checks,
    };
    if (args.has('--errors')) out.errors = errors;
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  const lines: string[] = [];
  lines.push(`skillpulse extraction evaluation — ${scores.postings} labelled postings, taxonomy ${taxonomy.version}`);
  lines.push('');
  lines.push(`${'Mentions (micro)'.padEnd(44)}   TP   FP   FN  prec.  recall  F1     target`);
  lines.push(row('role mentions', cat(scores, 'role')));
  lines.push(row('skill', skill, `F1 ≥ ${TARGETS.skillF1}, P ≥ ${TARGETS.skillPrecision}: ${mark(checks.skillF1 && checks.skillPrecision)}`));
  lines.push(row('tool', tool, `F1 ≥ ${TARGETS.toolF1}: ${mark(checks.toolF1)}`));
  lines.push(row('certification', cat(scores, 'certification')));
  lines.push('');
  lines.push('By group');
  for (const [g, p] of Object.entries(scores.byGroup)) lines.push(row(`  ${p.category}: ${g}`, p));
  lines.push('');
  lines.push('Naive baseline (canonical names, case-insensitive \\b regex, no aliases or context)');
  lines.push(row('skill (baseline)', cat(baseline, 'skill')));
  lines.push(row('tool (baseline)', cat(baseline, 'tool')));
  lines.push('');
  lines.push('Postings');
  lines.push(
    `  certification false alarms   ${scores.certificationFalseAlarmsPer150.toFixed(2)} per 150 postings   target ≤ ${TARGETS.certFalseAlarmsPer150}: ${mark(checks.certFalseAlarms)}`,
  );
  lines.push(`  role accuracy                ${pct(scores.role.accuracy)} (${scores.role.correct}/${scores.postings})   target ≥ ${pct(TARGETS.role)}: ${mark(checks.role)}`);
  lines.push(
    `  country set exact match      ${pct(scores.countries.accuracy)} (${scores.countries.correct}/${scores.postings})   target ≥ ${pct(TARGETS.countries)}: ${mark(checks.countries)}`,
  );
  lines.push(
    `  sector accuracy              ${pct(scores.sector.accuracy)} (${scores.sector.correct}/${scores.postings})   target ≥ ${pct(TARGETS.sector)}: ${mark(checks.sector)}`,
  );
  lines.push(
    `    of the misses: ${scores.sector.missedAsNull} left null, ${scores.sector.wrongSector} wrong sector, ${scores.sector.spurious} sector given where none applies`,
  );
  lines.push('');
  if (args.has('--errors')) {
    lines.push(`Errors (${scores.errors.length} postings)`);
    for (const e of scores.errors) {
      const parts: string[] = [];
      if (e.role) parts.push(`role: expected ${JSON.stringify(e.role.expected)}, got ${JSON.stringify(e.role.got)}`);
      if (e.sector) parts.push(`sector: expected ${JSON.stringify(e.sector.expected)}, got ${JSON.stringify(e.sector.got)}`);
      if (e.countries) parts.push(`countries: expected [${e.countries.expected.join(',')}], got [${e.countries.got.join(',')}]`);
      if (e.falseNegatives.length) parts.push(`missed: ${e.falseNegatives.join('; ')}`);
      if (e.falsePositives.length) parts.push(`spurious: ${e.falsePositives.join('; ')}`);
      lines.push(`  ${e.id}`);
      for (const p of parts) lines.push(`      ${p}`);
    }
  } else {
    lines.push(`${scores.errors.length} postings have at least one error; run with --errors to list them.`);
  }
  console.log(lines.join('\n'));
}

main();
