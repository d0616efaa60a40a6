// The loaded taxonomy and its version. The version is a content hash over everything that decides an
// extraction (entities, aliases, context rules, role/sector/country rules, matcher revision): when any of
// it changes, stored postings can be re-extracted from their raw responses.
import { createHash } from 'node:crypto';
import type { Category } from '../types.ts';
import { roleRules } from '../role.ts';
import { sectorRules } from '../sector.ts';
import { countryRulesVersion } from '../geo/countries.ts';
import { MATCHER_REVISION } from '../match/matcher.ts';
import { sentenceModelHash } from '../skills/sentence-skills.ts';
import { BLOCKERS, COUNTRIES, ENTITIES, SECTORS, type CountrySpec, type SectorSpec } from './taxonomy.data.ts';

export interface TaxonomyEntity {
  id: string;
  category: Category;
  group: string;
  name: string;
}

export interface Taxonomy {
  version: string;
  entities: TaxonomyEntity[];
  sectors: SectorSpec[];
  countries: CountrySpec[];
}

/** JSON with object keys sorted, so the hash does not depend on property order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

export function computeTaxonomyVersion(): string {
  const payload = canonicalJson({
    entities: ENTITIES,
    blockers: BLOCKERS,
    sectors: SECTORS,
    countries: COUNTRIES,
    roleRules,
    sectorRules,
    countryRulesVersion,
    matcher: MATCHER_REVISION,
    sentenceModel: sentenceModelHash(),
  });
  return `tx-${createHash('sha256').update(payload).digest('hex').slice(0, 12)}`;
}

let cached: Taxonomy | null = null;

export function loadTaxonomy(): Taxonomy {
  return (cached ??= Object.freeze({
    version: computeTaxonomyVersion(),
    entities: ENTITIES.map(({ id, category, group, name }) => ({ id, category, group, name })),
    sectors: SECTORS.map((s) => ({ name: s.name, employers: [...s.employers] })),
    countries: COUNTRIES.map((c) => ({ ...c })),
  }) as Taxonomy);
}

export function taxonomyVersion(): string {
  return loadTaxonomy().version;
}
