// Integrity of the labelled evaluation set (test/eval/postings.jsonl): well-formed, unique, large
// enough, and labelled only with names the taxonomy knows. Not a score threshold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/core/taxonomy/taxonomy.ts';
import { SET_PATH, buildSet } from '../eval/build-set.ts';
import { naiveMatcher, prf, score } from '../eval/score.ts';
import { HOLDOUT_PATH, buildHoldout } from '../eval/holdout/build-holdout.ts';
import { TEST2_PATH, buildTest2 } from '../eval/test2/build-test2.ts';
import { TEST3_PATH, buildTest3 } from '../eval/test3/build-test3.ts';
import { TEST4_PATH, buildTest4 } from '../eval/test4/build-test4.ts';
import { TEST5_PATH, buildTest5 } from '../eval/test5/build-test5.ts';
import { TEST6_PATH, buildTest6 } from '../eval/test6/build-test6.ts';
import { TEST7_PATH, buildTest7 } from '../eval/test7/build-test7.ts';
import { TEST8_PATH, buildTest8 } from '../eval/test8/build-test8.ts';
import { TEST9_PATH, buildTest9 } from '../eval/test9/build-test9.ts';
import { TEST10_PATH, buildTest10 } from '../eval/test10/build-test10.ts';
import { TEST11_PATH, buildTest11 } from '../eval/test11/build-test11.ts';
import { TEST12_PATH, buildTest12 } from '../eval/test12/build-test12.ts';
import { TEST13_PATH, buildTest13 } from '../eval/test13/build-test13.ts';
import { TEST14_PATH, buildTest14 } from '../eval/test14/build-test14.ts';
import { TEST15_PATH, buildTest15 } from '../eval/test15/build-test15.ts';
import { TEST16_PATH, buildTest16 } from '../eval/test16/build-test16.ts';
import { TEST17_PATH, buildTest17 } from '../eval/test17/build-test17.ts';
import { TEST18_PATH, buildTest18 } from '../eval/test18/build-test18.ts';

const raw = readFileSync(SET_PATH, 'utf8');
const lines = raw.split('\n').filter((l) => l.trim().length > 0);
const taxonomy = loadTaxonomy();
const entityKeys = new Set(taxonomy.entities.map((e) => `${e.category}|${e.name}`));
const roleNames = new Set(taxonomy.entities.filter((e) => e.category === 'role').map((e) => e.name));
const sectorNames = new Set(taxonomy.sectors.map((s) => s.name));
// ISO 3166-1 alpha-2 as Intl knows it: a valid code has an English region name that is not the code.
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const isIso2 = (c: string): boolean => /^[A-Z]{2}$/.test(c) && c !== 'UK' && c !== 'EU' && c !== 'ZZ' && regions.of(c) !== undefined;

interface Line {
  id: string;
  input: { title?: unknown; company?: unknown; location?: unknown; description: unknown; locations?: unknown; countryHints?: unknown; industry?: unknown };
  expected: { role: string | null; sector: string | null; countries: string[]; mentions: Array<{ category: string; name: string }> };
}

const parsed = lines.map((l) => JSON.parse(l) as Line);

describe('evaluation set', () => {
  it('every line parses as a posting with an expected block', () => {
    expect(lines.length).toBe(parsed.length);
    for (const p of parsed) {
      expect(typeof p.id, p.id).toBe('string');
      expect(typeof p.input.description, p.id).toBe('string');
      expect((p.input.description as string).length, p.id).toBeGreaterThan(50);
      for (const f of ['title', 'company', 'location', 'industry'] as const) {
        const v = p.input[f];
        if (v !== undefined) expect(v === null || typeof v === 'string', `${p.id}.${f}`).toBe(true);
      }
      for (const f of ['locations', 'countryHints'] as const) {
        const v = p.input[f];
        if (v !== undefined) expect(Array.isArray(v) && v.every((x) => typeof x === 'string'), `${p.id}.${f}`).toBe(true);
      }
      expect(Array.isArray(p.expected.countries), p.id).toBe(true);
      expect(Array.isArray(p.expected.mentions), p.id).toBe(true);
    }
  });

  it('has at least 150 postings with unique ids', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(150);
    const ids = parsed.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels only taxonomy entities, by canonical name and category, each at most once', () => {
    const unknown: string[] = [];
    for (const p of parsed) {
      const keys = p.expected.mentions.map((m) => `${m.category}|${m.name}`);
      expect(new Set(keys).size, p.id).toBe(keys.length);
      for (const k of keys) if (!entityKeys.has(k)) unknown.push(`${p.id}: ${k}`);
    }
    expect(unknown).toEqual([]);
  });

  it('uses taxonomy role and sector names or null', () => {
    for (const p of parsed) {
      if (p.expected.role !== null) expect(roleNames.has(p.expected.role), `${p.id} role ${p.expected.role}`).toBe(true);
      if (p.expected.sector !== null) expect(sectorNames.has(p.expected.sector), `${p.id} sector ${p.expected.sector}`).toBe(true);
    }
  });

  it('gives countries as valid ISO 3166-1 alpha-2 codes without repeats', () => {
    for (const p of parsed) {
      for (const c of p.expected.countries) expect(isIso2(c), `${p.id} country ${c}`).toBe(true);
      expect(new Set(p.expected.countries).size, p.id).toBe(p.expected.countries.length);
    }
  });

  it('covers every role, every sector, the seven seed countries, non-tech negatives and non-English postings', () => {
    const roles = new Set(parsed.map((p) => p.expected.role));
    for (const r of roleNames) expect(roles.has(r), r).toBe(true);
    expect(roles.has(null)).toBe(true);
    const sectors = new Set(parsed.map((p) => p.expected.sector));
    for (const s of sectorNames) expect(sectors.has(s), s).toBe(true);
    expect(sectors.has(null)).toBe(true);
    const countries = new Set(parsed.flatMap((p) => p.expected.countries));
    for (const c of ['US', 'CA', 'IN', 'GB', 'DE', 'SG', 'AU']) expect(countries.has(c), c).toBe(true);
    expect(parsed.filter((p) => p.expected.mentions.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(parsed.filter((p) => p.expected.countries.length === 0).length).toBeGreaterThanOrEqual(3);
    const descriptions = parsed.map((p) => p.input.description as string);
    expect(descriptions.filter((d) => d.includes('&lt;p&gt;') && !d.includes('&amp;lt;')).length).toBeGreaterThanOrEqual(10);
    expect(descriptions.filter((d) => d.includes('&amp;lt;p&amp;gt;')).length).toBeGreaterThanOrEqual(5);
    expect(descriptions.filter((d) => !d.includes('<') && !d.includes('&lt;')).length).toBeGreaterThanOrEqual(10);
    expect(descriptions.filter((d) => /\b(Ihre|Deine|Vos|Qué)\b/.test(d)).length).toBeGreaterThanOrEqual(5);
  });

  it('is what the case sources in test/eval/set render to (run `npx tsx test/eval/build-set.ts` after editing them)', () => {
    expect(raw).toBe(buildSet());
  });
});

describe('held-out evaluation set', () => {
  const holdRaw = readFileSync(HOLDOUT_PATH, 'utf8');
  const held = holdRaw
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Line);

  it('has at least 60 postings, ids unique and distinct from the tuning set', () => {
    expect(held.length).toBeGreaterThanOrEqual(60);
    const ids = held.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tuningIds = new Set(parsed.map((p) => p.id));
    expect(ids.filter((id) => tuningIds.has(id))).toEqual([]);
  });

  it('shares no description with the tuning set', () => {
    const tuning = new Set(parsed.map((p) => p.input.description));
    expect(held.filter((p) => tuning.has(p.input.description)).map((p) => p.id)).toEqual([]);
  });

  it('labels only taxonomy entities, roles, sectors and ISO codes', () => {
    for (const p of held) {
      const keys = p.expected.mentions.map((m) => `${m.category}|${m.name}`);
      expect(new Set(keys).size, p.id).toBe(keys.length);
      for (const k of keys) expect(entityKeys.has(k), `${p.id}: ${k}`).toBe(true);
      if (p.expected.role !== null) expect(roleNames.has(p.expected.role), p.id).toBe(true);
      if (p.expected.sector !== null) expect(sectorNames.has(p.expected.sector), p.id).toBe(true);
      for (const c of p.expected.countries) expect(isIso2(c), `${p.id} country ${c}`).toBe(true);
    }
  });

  it('is what the held-out case sources render to (run `npx tsx test/eval/holdout/build-holdout.ts`)', () => {
    expect(holdRaw).toBe(buildHoldout());
  });
});

function describeTestSet(name: string, path: string, build: () => string, earlier: string[]): void {
describe(`test evaluation set (${name})`, () => {
  const testRaw = readFileSync(path, 'utf8');
  const tst = testRaw
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Line);
  const heldIds = new Set(
    [HOLDOUT_PATH, ...earlier]
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((l) => l.trim().length > 0)
      .map((l) => (JSON.parse(l) as Line).id),
  );

  it('has at least 60 postings, ids unique and distinct from the other sets', () => {
    expect(tst.length).toBeGreaterThanOrEqual(60);
    const ids = tst.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tuningIds = new Set(parsed.map((p) => p.id));
    expect(ids.filter((id) => tuningIds.has(id) || heldIds.has(id))).toEqual([]);
  });

  it('shares no description with the tuning set', () => {
    const tuning = new Set(parsed.map((p) => p.input.description));
    expect(tst.filter((p) => tuning.has(p.input.description)).map((p) => p.id)).toEqual([]);
  });

  it('covers all seven sectors and unclassifiable employers', () => {
    const sectors = new Set(tst.map((p) => p.expected.sector));
    for (const s of sectorNames) expect(sectors.has(s), s).toBe(true);
    expect(sectors.has(null)).toBe(true);
  });

  it('labels only taxonomy entities, roles, sectors and ISO codes', () => {
    for (const p of tst) {
      const keys = p.expected.mentions.map((m) => `${m.category}|${m.name}`);
      expect(new Set(keys).size, p.id).toBe(keys.length);
      for (const k of keys) expect(entityKeys.has(k), `${p.id}: ${k}`).toBe(true);
      if (p.expected.role !== null) expect(roleNames.has(p.expected.role), p.id).toBe(true);
      if (p.expected.sector !== null) expect(sectorNames.has(p.expected.sector), p.id).toBe(true);
      for (const c of p.expected.countries) expect(isIso2(c), `${p.id} country ${c}`).toBe(true);
    }
  });

  it(`is what the test case sources render to (run \`npx tsx test/eval/${name}/build-${name}.ts\`)`, () => {
    expect(testRaw).toBe(build());
  });
});
}

describeTestSet('test2', TEST2_PATH, buildTest2, []);
describeTestSet('test3', TEST3_PATH, buildTest3, [TEST2_PATH]);
describeTestSet('test4', TEST4_PATH, buildTest4, [TEST2_PATH, TEST3_PATH]);
describeTestSet('test5', TEST5_PATH, buildTest5, [TEST2_PATH, TEST3_PATH, TEST4_PATH]);
describeTestSet('test6', TEST6_PATH, buildTest6, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH]);
describeTestSet('test7', TEST7_PATH, buildTest7, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH]);
describeTestSet('test8', TEST8_PATH, buildTest8, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH]);
describeTestSet('test9', TEST9_PATH, buildTest9, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH]);
describeTestSet('test10', TEST10_PATH, buildTest10, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH]);
describeTestSet('test11', TEST11_PATH, buildTest11, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH]);
describeTestSet('test12', TEST12_PATH, buildTest12, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH]);
describeTestSet('test13', TEST13_PATH, buildTest13, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH, TEST12_PATH]);
describeTestSet('test14', TEST14_PATH, buildTest14, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH, TEST12_PATH, TEST13_PATH]);
describeTestSet('test15', TEST15_PATH, buildTest15, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH, TEST12_PATH, TEST13_PATH, TEST14_PATH]);
describeTestSet('test16', TEST16_PATH, buildTest16, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH, TEST12_PATH, TEST13_PATH, TEST14_PATH, TEST15_PATH]);
describeTestSet('test17', TEST17_PATH, buildTest17, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH, TEST12_PATH, TEST13_PATH, TEST14_PATH, TEST15_PATH, TEST16_PATH]);
describeTestSet('test18', TEST18_PATH, buildTest18, [TEST2_PATH, TEST3_PATH, TEST4_PATH, TEST5_PATH, TEST6_PATH, TEST7_PATH, TEST8_PATH, TEST9_PATH, TEST10_PATH, TEST11_PATH, TEST12_PATH, TEST13_PATH, TEST14_PATH, TEST15_PATH, TEST16_PATH, TEST17_PATH]);

describe('eval scoring', () => {
  it('computes micro precision, recall and F1', () => {
    const p = prf({ tp: 8, fp: 2, fn: 8 });
    expect(p.precision).toBeCloseTo(0.8, 10);
    expect(p.recall).toBeCloseTo(0.5, 10);
    expect(p.f1).toBeCloseTo(0.8 / 1.3, 10);
  });

  it('counts mention errors, posting accuracies and sector miss kinds', () => {
    const mk = (id: string, sector: string | null, mentions: Array<{ category: string; name: string }>) => ({
      id,
      input: { description: 'x' },
      expected: { role: 'Data Scientist', sector, countries: ['US'], mentions },
    });
    const py = { category: 'skill', name: 'Python' };
    const cert = { category: 'certification', name: 'TensorFlow Developer Certificate' };
    const cases = [mk('a', 'Finance & FinTech', [py]), mk('b', null, [])];
    const s = score(
      cases,
      (c) =>
        c.id === 'a'
          ? { role: 'Data Scientist', sector: null, countries: ['US'], mentions: [] }
          : { role: null, sector: 'Telecommunications', countries: ['US', 'CA'], mentions: [py, cert] },
      () => 'g',
    );
    expect(s.byCategory.skill).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.byCategory.certification).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(s.certificationFalseAlarmsPer150).toBe(75);
    expect(s.role.correct).toBe(1);
    expect(s.countries.correct).toBe(1);
    expect(s.sector).toMatchObject({ correct: 0, missedAsNull: 1, spurious: 1, wrongSector: 0 });
    expect(s.errors.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('naive baseline matches canonical names on word boundaries only', () => {
    const naive = naiveMatcher([
      { category: 'skill', name: 'R' },
      { category: 'skill', name: 'C++' },
      { category: 'skill', name: 'Java' },
    ]);
    expect(naive('JavaScript and C++ and R&D').map((m) => m.name)).toEqual(['R', 'C++']);
    expect(naive('javascript only')).toEqual([]);
  });
});
