// Scoring for the evaluation set: pure functions over expected and extracted results.
import type { EvalCase } from './build-set.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Prediction {
  role: string | null;
  sector: string | null;
  countries: string[];
  mentions: Array<{ category: string; name: string }>;
}

export interface CaseErrors {
  id: string;
  role?: { expected: string | null; got: string | null };
  sector?: { expected: string | null; got: string | null };
  countries?: { expected: string[]; got: string[] };
  /** Extracted but not labelled. */
  falsePositives: string[];
  /** Labelled but not extracted. */
  falseNegatives: string[];
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

const key = (m: { category: string; name: string }): string => `${m.category}|${m.name}`;

function bump(map: Map<string, Counts>, k: string, field: keyof Counts): void {
  const c = map.get(k) ?? { tp: 0, fp: 0, fn: 0 };
  c[field] += 1;
  map.set(k, c);
}

export interface Scores {
  postings: number;
  byCategory: Record<string, Prf>;
  byGroup: Record<string, Prf & { category: string }>;
  certificationFalseAlarmsPer150: number;
  role: { correct: number; accuracy: number };
  countries: { correct: number; accuracy: number };
  sector: { correct: number; accuracy: number; missedAsNull: number; wrongSector: number; spurious: number };
  errors: CaseErrors[];
}

/**
 * Micro-averaged mention scores per category and group, plus posting-level accuracy.
 * `groupOf` maps "category|name" to the taxonomy group (unknown names fall in "(unknown)").
 */
export function score(cases: EvalCase[], predict: (c: EvalCase) => Prediction, groupOf: (k: string) => string): Scores {
  const cats = new Map<string, Counts>();
  const groups = new Map<string, Counts>();
  const groupCat = new Map<string, string>();
  let roleOk = 0;
  let countriesOk = 0;
  let sectorOk = 0;
  let missedAsNull = 0;
  let wrongSector = 0;
  let spurious = 0;
  const errors: CaseErrors[] = [];
  for (const c of cases) {
    const p = predict(c);
    const exp = new Set(c.expected.mentions.map(key));
    const got = new Set(p.mentions.map(key));
    const err: CaseErrors = { id: c.id, falsePositives: [], falseNegatives: [] };
    const count = (k: string, field: keyof Counts): void => {
      const category = k.split('|')[0] ?? '';
      const group = groupOf(k);
      groupCat.set(group, category);
      bump(cats, category, field);
      bump(groups, group, field);
    };
    for (const k of exp) {
      if (got.has(k)) count(k, 'tp');
      else {
        count(k, 'fn');
        err.falseNegatives.push(k);
      }
    }
    for (const k of got) {
      if (!exp.has(k)) {
        count(k, 'fp');
        err.falsePositives.push(k);
      }
    }
    if (p.role === c.expected.role) roleOk++;
    else err.role = { expected: c.expected.role, got: p.role };
    const ec = [...c.expected.countries].sort();
    const gc = [...new Set(p.countries)].sort();
    if (ec.join(',') === gc.join(',')) countriesOk++;
    else err.countries = { expected: ec, got: gc };
    if (p.sector === c.expected.sector) sectorOk++;
    else {
      err.sector = { expected: c.expected.sector, got: p.sector };
      if (p.sector === null) missedAsNull++;
      else if (c.expected.sector === null) spurious++;
      else wrongSector++;
    }
    if (err.role || err.sector || err.countries || err.falsePositives.length || err.falseNegatives.length) errors.push(err);
  }
  const n = cases.length;
  const byCategory: Record<string, Prf> = {};
  for (const cat of ['role', 'skill', 'tool', 'certification']) byCategory[cat] = prf(cats.get(cat) ?? { tp: 0, fp: 0, fn: 0 });
  const byGroup: Record<string, Prf & { category: string }> = {};
  for (const [g, c] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) byGroup[g] = { ...prf(c), category: groupCat.get(g) ?? '' };
  const certFp = cats.get('certification')?.fp ?? 0;
  return {
    postings: n,
    byCategory,
    byGroup,
    certificationFalseAlarmsPer150: n === 0 ? 0 : (certFp * 150) / n,
    role: { correct: roleOk, accuracy: n ? roleOk / n : 0 },
    countries: { correct: countriesOk, accuracy: n ? countriesOk / n : 0 },
    sector: { correct: sectorOk, accuracy: n ? sectorOk / n : 0, missedAsNull, wrongSector, spurious },
    errors,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The naive baseline: each entity's canonical name as a case-insensitive regex with `\b` at its
 * word-character ends (so "C++" can still match), no aliases, no context rules.
 */
export function naiveMatcher(entities: Array<{ category: string; name: string }>): (text: string) => Array<{ category: string; name: string }> {
  const rules = entities.map((e) => {
    const start = /^\w/.test(e.name) ? '\\b' : '';
    const end = /\w$/.test(e.name) ? '\\b' : '';
    return { e, re: new RegExp(`${start}${escapeRegExp(e.name)}${end}`, 'i') };
  });
  return (text) => rules.filter((r) => r.re.test(text)).map((r) => ({ category: r.e.category, name: r.e.name }));
}
