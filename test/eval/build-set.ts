// Renders the hand-written cases in set/ into postings.jsonl, the evaluation set.
// Run after editing a case: `npx tsx test/eval/build-set.ts`. The integrity test fails if the
// committed JSONL and the cases disagree.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { PostingInput } from '../../src/core/types.ts';
import type { CaseSource } from './set/case.ts';
import { COMPANIES } from './set/companies.ts';
import { TAILS } from './set/boilerplate.ts';
import { render } from './set/render.ts';
import { resolveLabel } from './set/entities.ts';
import { CASES_ML } from './set/cases-ml.ts';
import { CASES_DATA } from './set/cases-data.ts';
import { CASES_OTHER_TECH } from './set/cases-other-tech.ts';
import { CASES_NON_TECH } from './set/cases-non-tech.ts';
import { CASES_INTL } from './set/cases-intl.ts';

export interface ExpectedMention {
  category: string;
  name: string;
}

export interface EvalCase {
  id: string;
  input: PostingInput;
  expected: {
    role: string | null;
    sector: string | null;
    countries: string[];
    mentions: ExpectedMention[];
  };
}

export const ALL_CASES: CaseSource[] = [...CASES_ML, ...CASES_DATA, ...CASES_OTHER_TECH, ...CASES_NON_TECH, ...CASES_INTL];

export const SET_PATH = join(dirname(fileURLToPath(import.meta.url)), 'postings.jsonl');

function companyKey(c: CaseSource): string | undefined {
  return Object.keys(COMPANIES).find((k) => COMPANIES[k]?.name === c.company);
}

export function buildCase(c: CaseSource): EvalCase {
  const key = companyKey(c);
  const company = key ? COMPANIES[key] : undefined;
  const parts: string[] = [];
  if (company && !c.noIntro) parts.push(company.intro);
  parts.push(c.body);
  for (const t of c.tail ?? []) {
    const block = TAILS[t];
    if (block === undefined) throw new Error(`${c.id}: unknown tail ${t}`);
    parts.push(block);
  }
  const input: PostingInput = {
    title: c.title,
    company: c.company,
    location: c.location,
    description: render(parts.join('\n\n'), c.format),
  };
  if (c.locations) input.locations = c.locations;
  if (c.countryHints) input.countryHints = c.countryHints;
  if (c.industry !== undefined) input.industry = c.industry;
  const seen = new Set<string>();
  const mentions: ExpectedMention[] = [];
  // Mentions are what the description names; the title decides the posting's role, not a mention.
  for (const label of c.mentions) {
    const e = resolveLabel(label);
    const k = `${e.category}|${e.name}`;
    if (seen.has(k)) throw new Error(`${c.id}: duplicate label ${label}`);
    seen.add(k);
    mentions.push({ category: e.category, name: e.name });
  }
  const sector = c.sector !== undefined ? c.sector : company ? company.sector : null;
  return {
    id: c.id,
    input,
    expected: { role: c.role === null ? null : resolveLabel(c.role).name, sector, countries: [...c.countries].sort(), mentions },
  };
}

export function buildSet(): string {
  return ALL_CASES.map((c) => JSON.stringify(buildCase(c))).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SET_PATH, buildSet());
  console.log(`wrote ${ALL_CASES.length} postings to ${SET_PATH}`);
}
