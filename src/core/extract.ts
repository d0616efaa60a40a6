// Extraction facade: one posting in, role/sector/countries/mentions out. Pure and deterministic.
// Mentions come from the description only, because spans must point into one text — the normalised
// description that `extract --text` prints. The title decides the posting's role (roleFromTitle);
// role names in the body are mentions, not the posting's role.
import type { ExtractResult, PostingInput } from './types.ts';
import { htmlToText } from './text/html-to-text.ts';
import { matchMentions, sortMentions } from './match/matcher.ts';
import { loadTaxonomy, taxonomyVersion } from './taxonomy/taxonomy.ts';
import { sentenceSkillMentions, type SkillEntity } from './skills/sentence-skills.ts';
import { roleFromTitle } from './role.ts';
import { countriesFrom } from './geo/countries.ts';
import { sectorFor } from './sector.ts';

let skillEntities: Map<string, SkillEntity> | null = null;

function skillEntity(name: string): SkillEntity {
  skillEntities ??= new Map(loadTaxonomy().entities.filter((e) => e.category === 'skill').map((e) => [e.name, { entityId: e.id, group: e.group }]));
  const hit = skillEntities.get(name);
  if (!hit) throw new Error(`the sentence model names "${name}", which is not a skill in the taxonomy`);
  return hit;
}

/** Named mentions from the matcher, then the skills the sentence model reads in lines where none was named. */
function mentionsIn(text: string): ExtractResult['mentions'] {
  const named = matchMentions(text);
  const found = new Set(named.filter((m) => m.category === 'skill').map((m) => m.name));
  const read = sentenceSkillMentions(text, found, skillEntity);
  return read.length ? sortMentions([...named, ...read]) : named;
}

export function normalisedText(input: PostingInput): string {
  return htmlToText(input.description);
}

export function extractPosting(input: PostingInput): ExtractResult {
  return extractWithText(input).result;
}

/** The extraction and the normalised text its spans point into, computed once. */
export function extractWithText(input: PostingInput): { result: ExtractResult; text: string } {
  const text = normalisedText(input);
  const countryInput: { location?: string | null; locations?: string[]; countryHints?: string[] } = {};
  if (input.location !== undefined) countryInput.location = input.location;
  if (input.locations !== undefined) countryInput.locations = input.locations;
  if (input.countryHints !== undefined) countryInput.countryHints = input.countryHints;
  const result: ExtractResult = {
    role: roleFromTitle(input.title),
    sector: sectorFor({ company: input.company ?? null, industry: input.industry ?? null, text }),
    countries: countriesFrom(countryInput),
    mentions: mentionsIn(text),
    taxonomyVersion: taxonomyVersion(),
  };
  return { result, text };
}
