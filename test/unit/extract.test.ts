import { describe, expect, it } from 'vitest';
import { extractPosting, normalisedText } from '../../src/core/extract.ts';
import { loadTaxonomy } from '../../src/core/taxonomy/taxonomy.ts';
import { CATEGORY_ORDER } from '../../src/core/match/matcher.ts';
import type { PostingInput } from '../../src/core/types.ts';
import { memoByString } from '../../src/core/memo.ts';

// Greenhouse-shaped content: entity-escaped HTML, written for this test.
const posting: PostingInput = {
  title: 'Senior Machine Learning Engineer, Ranking',
  company: 'Northwind Analytics',
  location: 'Toronto, Ontario, Canada',
  countryHints: ['CA'],
  description:
    '&lt;h2&gt;About the team&lt;/h2&gt;&lt;p&gt;Our Data Scientists and engineers build ranking models.&lt;/p&gt;' +
    '&lt;ul&gt;&lt;li&gt;5+ years of Python&lt;/li&gt;&lt;li&gt;R or Julia for statistical work&lt;/li&gt;' +
    '&lt;li&gt;PyTorch, scikit-learn, Apache Spark &amp;amp; Kafka&lt;/li&gt;&lt;li&gt;Docker and Kubernetes on AWS SageMaker&lt;/li&gt;&lt;/ul&gt;' +
    '&lt;p&gt;Nice to have: TensorFlow Developer Certificate. We value clear communication.&lt;/p&gt;' +
    '&lt;script&gt;track(&quot;Python&quot;)&lt;/script&gt;',
};

describe('extractPosting', () => {
  const result = extractPosting(posting);
  const text = normalisedText(posting);

  it('returns the contract shape', () => {
    expect(Object.keys(result).sort()).toEqual(['countries', 'mentions', 'role', 'sector', 'taxonomyVersion']);
    expect(result.taxonomyVersion).toBe(loadTaxonomy().version);
    expect(Array.isArray(result.countries)).toBe(true);
    expect(result.countries).toContain('CA');
    for (const m of result.mentions) {
      expect(Object.keys(m).sort()).toEqual(['category', 'count', 'entityId', 'group', 'name', 'spans']);
      expect(m.count).toBe(m.spans.length);
    }
  });

  it('takes the role from the title, not from role names in the body', () => {
    expect(result.role).toBe('Machine Learning Engineer');
    expect(result.mentions.find((m) => m.category === 'role')?.name).toBe('Data Scientist');
    expect(extractPosting({ title: 'Office Manager', description: 'Work with our Data Scientists.' }).role).toBeNull();
  });

  it('finds the mentions of the description, with spans into the normalised text', () => {
    const names = result.mentions.map((m) => m.name);
    expect(names).toEqual([
      'Data Scientist',
      'Communication',
      'Julia',
      'Python',
      'R',
      'Apache Spark',
      'AWS SageMaker',
      'Docker',
      'Kafka',
      'Kubernetes',
      'PyTorch',
      'Scikit-learn',
      'TensorFlow Developer Certificate',
    ]);
    const python = result.mentions.find((m) => m.name === 'Python');
    expect(python?.count).toBe(1); // the script's "Python" is dropped
    for (const m of result.mentions) {
      for (const [s, e] of m.spans) expect(text.slice(s, e).length).toBe(e - s);
    }
    const spark = result.mentions.find((m) => m.name === 'Apache Spark')!;
    expect(text.slice(...spark.spans[0]!)).toBe('Apache Spark');
    expect(text).toContain('- PyTorch, scikit-learn, Apache Spark & Kafka');
  });

  it('sorts mentions by category order, then name', () => {
    const ranks = result.mentions.map((m) => CATEGORY_ORDER.indexOf(m.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('accepts a description-only posting and plain text', () => {
    const r = extractPosting({ description: 'Hadoop and Tableau' });
    expect(r.role).toBeNull();
    expect(r.mentions.map((m) => m.name)).toEqual(['Hadoop', 'Tableau']);
    expect(r.mentions[0]!.spans).toEqual([[0, 6]]);
  });

  it('is deterministic', () => {
    expect(extractPosting(posting)).toEqual(result);
  });
});

describe('memoByString', () => {
  it('computes each key once and stays bounded', () => {
    const calls: string[] = [];
    const f = memoByString((k: string) => {
      calls.push(k);
      return k === 'none' ? null : k.length;
    }, 2);
    expect([f('ab'), f('ab'), f('none'), f('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    f('abc'); // a third key clears the full cache
    f('ab');
    expect(calls).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
