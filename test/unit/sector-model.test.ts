import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModel, predictSoftmax, trainSoftmax } from '../../src/core/sector/model.ts';
import { selfDescriptionRegions, sectorFeatures } from '../../src/core/sector.ts';
import { MODEL_PATH, buildModelJson, loadCorpus } from '../../src/core/sector/train.ts';
import { SECTOR_NAMES } from '../../src/core/taxonomy/taxonomy.data.ts';

describe('softmax model', () => {
  const classes = ['x', 'y', 'none'];
  const data = [
    { features: ['a', 'c'], label: 0 },
    { features: ['a', 'd'], label: 0 },
    { features: ['a'], label: 0 },
    { features: ['b', 'c'], label: 1 },
    { features: ['b', 'd'], label: 1 },
    { features: ['b'], label: 1 },
    { features: ['e', 'c'], label: 2 },
    { features: ['e'], label: 2 },
  ];
  const opts = { epochs: 200, learningRate: 0.1, l2: 0.001, minDf: 2, minWeight: 0.005 };

  it('learns which features mark which class', () => {
    const m = compileModel(trainSoftmax(classes, data, opts));
    const p = (f: string[]): number => predictSoftmax(m, f).indexOf(Math.max(...predictSoftmax(m, f)));
    expect(p(['a'])).toBe(0);
    expect(p(['b', 'c'])).toBe(1);
    expect(p(['e'])).toBe(2);
    expect(predictSoftmax(m, ['a'])[0]).toBeGreaterThan(0.8);
  });

  it('is unsure about features it has not seen', () => {
    const m = compileModel(trainSoftmax(classes, data, opts));
    expect(Math.max(...predictSoftmax(m, ['never-seen']))).toBeLessThan(0.6);
  });

  it('is deterministic and drops features seen fewer than minDf times', () => {
    const a = trainSoftmax(classes, [...data, { features: ['rare'], label: 0 }], opts);
    const b = trainSoftmax(classes, [...data, { features: ['rare'], label: 0 }], opts);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.weights.rare).toBeUndefined();
  });
});

describe('where the employer describes itself', () => {
  const long = `Senior Data Engineer\n${'Build pipelines in Spark and Airflow.\n'.repeat(60)}About us\nHarrowgate Mutual insures 300,000 farms.\nWe are an equal opportunity employer.`;

  it('reads an "About us" section at the end of a long posting', () => {
    expect(selfDescriptionRegions(long, 'Harrowgate Mutual').about).toContain('insures 300,000 farms');
  });

  it('reads sentences that open with the employer name anywhere in the posting', () => {
    const text = `${'Own the roadmap for our models.\n'.repeat(60)}Quillon keeps two million homes online over its own fibre network.`;
    expect(selfDescriptionRegions(text, 'Quillon Ltd').own[0]).toContain('two million homes online');
  });

  it('features come from the name, the words and their prefixes, pairs and the cues', () => {
    const f = sectorFeatures('Marrowfield is a retail bank with 40 branches.', 'Marrowfield Bank plc');
    expect(f).toEqual(expect.arrayContaining(['c:marrowfield', 'c:bank', 'w:retail', 'b:retail_bank', 'p:branc', 'n:Finance & FinTech', 'k:Finance & FinTech']));
    // benefits boilerplate is not evidence
    expect(sectorFeatures('Perks: private health insurance and 25 days plus bank holidays.')).not.toContain('w:insurance');
  });
});

describe('shipped model', () => {
  it('is trained from the corpus as it stands (run npx tsx src/core/sector/train.ts after changing it)', async () => {
    const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { threshold: number };
    expect(readFileSync(MODEL_PATH, 'utf8')).toBe(await buildModelJson(shipped.threshold));
  }, 120_000);

  it('corpus labels are taxonomy sectors or null, and ids are unique', async () => {
    const corpus = await loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    for (const e of corpus) expect(e.sector === null || SECTOR_NAMES.includes(e.sector)).toBe(true);
  });
});

describe('corpus and evaluation sets are kept apart', () => {
  it('no employer in the training corpus is an employer of an evaluation set', async () => {
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const key = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const root = join(import.meta.dirname, '../eval');
    const files = ['postings.jsonl', ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(d.name, 'postings.jsonl'))];
    const evalCompanies = new Set<string>();
    for (const f of files) {
      let text = '';
      try {
        text = readFileSync(join(root, f), 'utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n').filter(Boolean)) {
        const c = (JSON.parse(line) as { input: { company?: string | null } }).input.company;
        if (c) evalCompanies.add(key(c));
      }
    }
    expect(evalCompanies.size).toBeGreaterThan(300);
    const shared = (await loadCorpus()).filter((e) => evalCompanies.has(key(e.company))).map((e) => `${e.id} ${e.company}`);
    expect(shared).toEqual([]);
  });
});
