import { describe, expect, it } from 'vitest';
import { allTruth, generateDataset } from '../../src/boards/dataset.ts';
import { ENTITY_WORDS, ROLES, SECTORS, SEED_COUNTRIES } from '../../src/boards/vocabulary.ts';
import { SOURCE_KINDS } from '../../src/core/types.ts';

// The seed article's own wording, written out here so a drift in the generator's lists is caught.
const SEED_TOOLS = [
  'TensorFlow', 'PyTorch', 'Scikit-learn', 'Keras', 'Pandas', 'NumPy', 'Matplotlib', 'Seaborn', 'Apache Spark', 'Hadoop',
  'Kafka', 'AWS SageMaker', 'Google AI Platform', 'Microsoft Azure ML', 'IBM Watson', 'MLflow', 'Kubeflow', 'Docker',
  'Kubernetes', 'Tableau', 'Power BI', 'Google Data Studio',
];
const SEED_CERTS = [
  'Google Professional Machine Learning Engineer',
  'AWS Certified Machine Learning – Specialty',
  'Microsoft Azure AI Engineer Associate',
  'IBM Machine Learning Professional Certificate',
  'Coursera Machine Learning by Andrew Ng',
  'TensorFlow Developer Certificate',
  'Certified Artificial Intelligence Practitioner (CAIP)',
];

function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

describe('generateDataset', () => {
  const ds = generateDataset({ seed: 42 });
  const truth = allTruth(ds);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateDataset({ seed: 42 }))).toBe(JSON.stringify(ds));
    const other = generateDataset({ seed: 43 });
    expect(other.boards.map((b) => b.postings[0]?.truth.title)).not.toEqual(ds.boards.map((b) => b.postings[0]?.truth.title));
  });

  it('has a few hundred postings on every board kind', () => {
    expect(truth.length).toBeGreaterThanOrEqual(250);
    expect(truth.length).toBeLessThanOrEqual(400);
    expect(new Set(ds.boards.map((b) => b.kind))).toEqual(new Set(SOURCE_KINDS));
    const workday = ds.boards.find((b) => b.kind === 'workday')!;
    expect(workday.postings.length).toBeGreaterThan(20); // so it pages
  });

  it('covers every sector, role and seed country', () => {
    expect(new Set(truth.map((t) => t.sector))).toEqual(new Set(SECTORS));
    expect(new Set(truth.map((t) => t.role).filter((r) => r !== null))).toEqual(new Set(ROLES));
    const countries = new Set(truth.flatMap((t) => t.countries));
    for (const c of SEED_COUNTRIES) expect(countries).toContain(c);
    expect(truth.some((t) => t.role === null)).toBe(true);
    expect(truth.some((t) => t.countries.length > 1)).toBe(true);
    expect(truth.some((t) => t.remote)).toBe(true);
  });

  it('records entities in the seed wording, each named in the description', () => {
    const allowed = new Set([...ENTITY_WORDS.filter((e) => e.category === 'skill').map((e) => e.name), ...SEED_TOOLS, ...SEED_CERTS]);
    for (const name of SEED_TOOLS) expect(ENTITY_WORDS.some((e) => e.category === 'tool' && e.name === name)).toBe(true);
    for (const name of SEED_CERTS) expect(ENTITY_WORDS.some((e) => e.category === 'certification' && e.name === name)).toBe(true);
    const seen = new Set<string>();
    for (const board of ds.boards) {
      for (const p of board.postings) {
        const text = plainText(p.descriptionHtml);
        for (const e of p.truth.entities) {
          expect(allowed.has(e.name), e.name).toBe(true);
          const word = ENTITY_WORDS.find((w) => w.name === e.name)!;
          expect(word.category).toBe(e.category);
          expect(word.say.some((s) => text.includes(s)), `${e.name} in ${p.truth.externalId}`).toBe(true);
          seen.add(e.name);
        }
        // Roles are the title's business, never repeated in the body.
        for (const role of ROLES) expect(text.includes(role) && !SEED_CERTS.some((c) => text.includes(c))).toBe(false);
      }
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  it('dates postings over ten weeks before the reference date', () => {
    const ref = Date.parse(ds.referenceDate);
    for (const t of truth) {
      const posted = Date.parse(t.postedAt);
      expect(posted).toBeLessThan(ref);
      expect(ref - posted).toBeLessThan(71 * 86_400_000);
      expect(Date.parse(t.updatedAt)).toBeGreaterThanOrEqual(posted);
    }
  });

  it('marks cross-posted duplicates with the original board and id', () => {
    const dups = truth.filter((t) => t.duplicateOf);
    expect(dups.length).toBeGreaterThanOrEqual(3);
    for (const d of dups) {
      const original = truth.find((t) => t.kind === d.duplicateOf!.kind && t.locator === d.duplicateOf!.locator && t.externalId === d.duplicateOf!.externalId);
      expect(original).toBeDefined();
      expect(original!.title).toBe(d.title);
      expect(original!.company).toBe(d.company);
      expect(original!.locations).toEqual(d.locations);
      expect(original!.kind).not.toBe(d.kind);
      expect(original!.duplicateOf).toBeNull();
    }
  });

  it('gives unique ids per board and keeps unlisted jobs out of the truth', () => {
    for (const b of ds.boards) {
      const ids = b.postings.map((p) => p.truth.externalId);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const ashby = ds.boards.filter((b) => b.kind === 'ashby');
    expect(ashby.every((b) => b.postings.some((p) => !p.listed))).toBe(true);
    const hiddenIds = new Set(ashby.flatMap((b) => b.postings.filter((p) => !p.listed).map((p) => p.truth.externalId)));
    expect(truth.some((t) => hiddenIds.has(t.externalId))).toBe(false);
  });

  it('uses fictional employers only', () => {
    const real = ['Google', 'Microsoft', 'Amazon', 'IBM', 'Meta', 'Oracle', 'SAP', 'PayPal', 'Pfizer', 'Walmart', 'Tesla', 'BMW', 'Nokia', 'Ericsson'];
    for (const e of ds.employers) for (const r of real) expect(e.name.includes(r)).toBe(false);
  });
});
