import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMultiLabel, predictMultiLabel, trainMultiLabel } from '../../src/core/skills/model.ts';
import { lineFeatures, lineScores, lineUnits } from '../../src/core/skills/sentence-skills.ts';
import { SENTENCE_MODEL_PATH, buildSentenceModelJson, loadSentenceCorpus } from '../../src/core/skills/train.ts';
import { SENTENCE_SKILLS } from '../../src/core/skills/corpus/example.ts';
import { extractWithText } from '../../src/core/extract.ts';
import { loadTaxonomy } from '../../src/core/taxonomy/taxonomy.ts';

describe('multi-label model', () => {
  const labels = ['x', 'y'];
  const data = [
    { features: ['a', 'c'], labels: [0] },
    { features: ['a', 'd'], labels: [0] },
    { features: ['a', 'b'], labels: [0, 1] },
    { features: ['b', 'c'], labels: [1] },
    { features: ['b', 'd'], labels: [1] },
    { features: ['e', 'c'], labels: [] },
    { features: ['e', 'd'], labels: [] },
    { features: ['e'], labels: [] },
  ];
  const opts = { epochs: 200, learningRate: 0.1, l2: 0.001, minDf: 2, minWeight: 0.005 };

  it('says yes or no per label, both at once where both features are there', () => {
    const m = compileMultiLabel(trainMultiLabel(labels, data, opts));
    const [x, y] = predictMultiLabel(m, ['a', 'b']);
    expect(x).toBeGreaterThan(0.5);
    expect(y).toBeGreaterThan(0.5);
    expect(predictMultiLabel(m, ['e'])).toEqual([expect.any(Number), expect.any(Number)]);
    expect(Math.max(...predictMultiLabel(m, ['e']))).toBeLessThan(0.2);
    expect(predictMultiLabel(m, ['a'])[1]).toBeLessThan(0.5);
  });

  it('is deterministic and drops features seen fewer than minDf times', () => {
    const a = trainMultiLabel(labels, [...data, { features: ['rare'], labels: [0] }], opts);
    const b = trainMultiLabel(labels, [...data, { features: ['rare'], labels: [0] }], opts);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.weights.rare).toBeUndefined();
  });
});

describe('the lines the model reads', () => {
  it('are lines and sentences with offsets into the text, bullets and short lines left out', () => {
    const text = 'Skills\n- Explain results to the board. Write clear reports!\n• Python, SQL\nWe offer a company pension.';
    const units = lineUnits(text).map(([s, e]) => text.slice(s, e));
    expect(units).toEqual(['Explain results to the board.', 'Write clear reports!', 'We offer a company pension.']);
  });

  it('features are words without accents, long-word prefixes, pairs and the first word', () => {
    const f = lineFeatures('Présentez vos résultats à 3 équipes');
    expect(f).toEqual(expect.arrayContaining(['w:presentez', 'p:prese', 'b:vos_resultats', 'h:presentez', 'w:#', 'b:a_#', 'b:#_equipes']));
  });
});

describe('the shipped sentence model', () => {
  it('reads only skills of the taxonomy', () => {
    const skills = new Set(loadTaxonomy().entities.filter((e) => e.category === 'skill').map((e) => e.name));
    for (const s of SENTENCE_SKILLS) expect(skills.has(s), s).toBe(true);
  });

  it('the corpus has unique ids, known skills and a good share of lines with none', async () => {
    const corpus = await loadSentenceCorpus();
    expect(new Set(corpus.map((s) => s.id)).size).toBe(corpus.length);
    for (const s of corpus) for (const k of s.skills) expect(SENTENCE_SKILLS).toContain(k);
    expect(corpus.filter((s) => s.skills.length === 0).length / corpus.length).toBeGreaterThan(0.3);
  });

  it('is what the corpus and the feature code produce (retrain after changing either)', async () => {
    const shipped = readFileSync(SENTENCE_MODEL_PATH, 'utf8');
    const { thresholds } = JSON.parse(shipped) as { thresholds: number[] };
    expect(await buildSentenceModelJson(thresholds)).toBe(shipped);
  }, 120_000);
});

describe('skills read from the employer\'s own words', () => {
  const extract = (description: string) => extractWithText({ title: 'Data Scientist', description });

  it('a line that asks for a skill in other words becomes a mention whose span is that line', () => {
    const line = 'Turn what the numbers say into a story the store managers can act on';
    const { result, text } = extract(`<ul><li>Python and pandas</li><li>${line}</li></ul>`);
    const comm = result.mentions.find((m) => m.name === 'Communication');
    expect(comm, JSON.stringify(lineScores(line))).toBeDefined();
    expect(comm!.spans.map(([s, e]) => text.slice(s, e))).toEqual([line]);
  });

  it('a skill the matcher named is not added again from lines', () => {
    const { result } = extract('<p>Strong communication skills.</p><p>Turn what the numbers say into a story the store managers can act on.</p>');
    const comm = result.mentions.filter((m) => m.name === 'Communication');
    expect(comm).toHaveLength(1);
    expect(comm[0]!.spans).toHaveLength(1);
  });

  it('lines that only share words with a skill stay silent', () => {
    const { result } = extract([
      '<p>Our communications team will contact shortlisted candidates within two weeks.</p>',
      '<p>We offer flexible working hours and a yearly learning budget.</p>',
      '<p>The factory runs two clean rooms and a new model line for compact cars.</p>',
      '<p>Regression testing of the billing system before every release.</p>',
    ].join(''));
    expect(result.mentions.filter((m) => m.category === 'skill')).toEqual([]);
  });
});
