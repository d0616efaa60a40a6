// Extraction facade: one posting in, role/sector/countries/mentions out. Pure and deterministic.
// Mentions come from the description only, because spans must point into one text — the normalised
// description that `extract --text` prints. The title decides the posting's role (roleFromTitle);
// role names in the body are mentions, not the posting's role.
import type { ExtractResult, PostingInput } from './types.ts';
import { htmlToText } from './text/html-to-text.ts';
import { matchMentions } from './match/matcher.ts';
import { taxonomyVersion } from './taxonomy/taxonomy.ts';
import { roleFromTitle } from './role.ts';
import { countriesFrom } from './geo/countries.ts';
import { sectorFor } from './sector.ts';

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
    mentions: matchMentions(text),
    taxonomyVersion: taxonomyVersion(),
  };
  return { result, text };
}
