import { describe, expect, it } from 'vitest';
import { loadTaxonomy, computeTaxonomyVersion } from '../../src/core/taxonomy/taxonomy.ts';
import { BLOCKERS, COUNTRIES, ENTITIES, ROLE_NAMES, SECTORS, SECTOR_NAMES } from '../../src/core/taxonomy/taxonomy.data.ts';
import { aliasesOf, defaultMatcher } from '../../src/core/match/matcher.ts';
import { foldString } from '../../src/core/match/fold.ts';

// The seed article's lists, item by item, under its own wording (group → names).
const SEED: Record<string, Record<string, string[]>> = {
  role: {
    Roles: [
      'Machine Learning Engineer', 'Data Scientist', 'AI Research Scientist', 'Data Engineer', 'Computer Vision Engineer',
      'Natural Language Processing (NLP) Engineer', 'Business Intelligence Analyst', 'AI Product Manager',
      'Robotics Engineer', 'Deep Learning Specialist',
    ],
  },
  skill: {
    'Programming Languages': ['Python', 'R', 'Java', 'C++', 'Julia'],
    'Mathematics and Statistics': ['Linear algebra', 'Calculus', 'Probability', 'Hypothesis testing'],
    'Machine Learning Algorithms': ['Regression', 'Decision trees', 'Clustering', 'Neural networks', 'Reinforcement learning'],
    'Data Processing': ['Data cleaning', 'Feature engineering', 'Model evaluation'],
    'Software Engineering': ['Version control (Git)', 'APIs', 'Deployment pipelines'],
    'Soft and Analytical Skills': ['Critical thinking', 'Problem-solving', 'Business acumen', 'Communication', 'Visualization', 'Continuous learning', 'Adaptability'],
  },
  tool: {
    'Machine Learning Libraries': ['TensorFlow', 'PyTorch', 'Scikit-learn', 'Keras'],
    'Data Analysis Tools': ['Pandas', 'NumPy', 'Matplotlib', 'Seaborn'],
    'Big Data Frameworks': ['Apache Spark', 'Hadoop', 'Kafka'],
    'Cloud ML Platforms': ['AWS SageMaker', 'Google AI Platform', 'Microsoft Azure ML', 'IBM Watson'],
    'MLOps and Model Deployment Tools': ['MLflow', 'Kubeflow', 'Docker', 'Kubernetes'],
    'Visualization Tools': ['Tableau', 'Power BI', 'Google Data Studio'],
  },
  certification: {
    Certifications: [
      'Google Professional Machine Learning Engineer', 'AWS Certified Machine Learning – Specialty',
      'Microsoft Azure AI Engineer Associate', 'IBM Machine Learning Professional Certificate',
      'Coursera Machine Learning by Andrew Ng', 'TensorFlow Developer Certificate',
      'Certified Artificial Intelligence Practitioner (CAIP)',
    ],
  },
};

describe('taxonomy data', () => {
  it('holds every seed list item, and nothing else, under its category and group', () => {
    const expected = Object.entries(SEED).flatMap(([category, groups]) =>
      Object.entries(groups).flatMap(([group, names]) => names.map((name) => `${category}|${group}|${name}`)),
    );
    const actual = ENTITIES.map((e) => `${e.category}|${e.group}|${e.name}`);
    expect([...actual].sort()).toEqual([...expected].sort());
    expect(actual).toHaveLength(66);
  });

  it('has unique ids prefixed with their category', () => {
    const ids = ENTITIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of ENTITIES) expect(e.id).toMatch(new RegExp(`^${e.category}\\.[a-z0-9-]+$`));
    expect(ids).toContain('tool.pytorch');
    expect(ids).toContain('skill.python');
    expect(ids).toContain('role.data-scientist');
  });

  it('maps every alias text to exactly one entity', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of ENTITIES) {
      for (const a of aliasesOf(e)) {
        const key = a.caseSensitive ? `cs:${a.text}` : `ci:${foldString(a.text)}`;
        (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(e.id);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1);
    expect(shared).toEqual([]);
    // A case-insensitive alias and a case-sensitive one of another entity must not collide either.
    for (const [key, ids] of owners) {
      if (!key.startsWith('cs:')) continue;
      const ci = owners.get(`ci:${foldString(key.slice(3))}`);
      if (ci) expect([...ci]).toEqual([...ids]);
    }
  });

  it('finds each context-free alias, written alone, as its own entity over the whole text', () => {
    const m = defaultMatcher();
    const misses: string[] = [];
    for (const e of ENTITIES) {
      for (const a of aliasesOf(e)) {
        if (a.context) continue;
        const occ = m.occurrences(a.text);
        const ok = occ.length === 1 && occ[0]!.entityId === e.id && occ[0]!.start === 0 && occ[0]!.end === a.text.length;
        if (!ok) misses.push(`${e.id}: ${a.text} → ${JSON.stringify(occ)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('blockers are no entity aliases', () => {
    const texts = new Set(ENTITIES.flatMap((e) => aliasesOf(e).map((a) => foldString(a.text))));
    for (const b of BLOCKERS) expect(texts.has(foldString(b.text))).toBe(false);
  });

  it('exports the seed sectors with their example employers, and the seed countries', () => {
    expect(SECTOR_NAMES).toEqual([
      'Information Technology & Software Development', 'Finance & FinTech', 'Healthcare & Pharmaceuticals',
      'E-commerce & Retail', 'Telecommunications', 'Automotive & Manufacturing', 'Public Sector & Smart Cities',
    ]);
    expect(SECTORS.find((s) => s.name === 'Telecommunications')?.employers).toEqual(['Ericsson', 'Nokia', 'AT&T']);
    expect(COUNTRIES.map((c) => c.code).sort()).toEqual(['AU', 'CA', 'DE', 'GB', 'IN', 'SG', 'US']);
    expect(COUNTRIES.find((c) => c.code === 'GB')?.name).toBe('United Kingdom');
    expect(ROLE_NAMES).toEqual(SEED.role!.Roles);
  });
});

describe('loadTaxonomy', () => {
  it('returns a cached taxonomy with a content-hash version', () => {
    const t = loadTaxonomy();
    expect(t).toBe(loadTaxonomy());
    expect(t.version).toMatch(/^tx-[0-9a-f]{12}$/);
    expect(t.version).toBe(computeTaxonomyVersion());
    expect(t.entities).toHaveLength(ENTITIES.length);
    expect(t.entities[0]).toEqual({ id: 'role.machine-learning-engineer', category: 'role', group: 'Roles', name: 'Machine Learning Engineer' });
    expect(t.sectors).toHaveLength(7);
    expect(t.countries).toHaveLength(7);
  });
});
