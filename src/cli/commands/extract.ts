// `skillpulse extract`: the DESIGN.md section 5 contract. Reads one JSON posting or JSON Lines on stdin.
import type { Command } from 'commander';
import { extractPosting, normalisedText } from '../../core/extract.ts';
import type { ExtractResult, PostingInput } from '../../core/types.ts';
import { fail, printJson, readStdin, UsageError } from '../io.ts';

/** Validate one decoded posting; returns the input or a message saying what is wrong. */
export function toPostingInput(value: unknown): PostingInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object with a "description" field';
  const v = value as Record<string, unknown>;
  if (typeof v.description !== 'string') return '"description" is required and must be a string';
  for (const key of ['title', 'company', 'location', 'industry'] as const) {
    if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string') return `"${key}" must be a string when given`;
  }
  for (const key of ['locations', 'countryHints'] as const) {
    if (v[key] !== undefined && !(Array.isArray(v[key]) && (v[key] as unknown[]).every((x) => typeof x === 'string'))) {
      return `"${key}" must be an array of strings when given`;
    }
  }
  return v as unknown as PostingInput;
}

/** The contract's output object: the mention's internal entity id is not part of it. */
export function contractOutput(r: ExtractResult) {
  return {
    role: r.role,
    sector: r.sector,
    countries: r.countries,
    mentions: r.mentions.map(({ category, group, name, count, spans }) => ({ category, group, name, count, spans })),
    taxonomyVersion: r.taxonomyVersion,
  };
}

export type ExtractInputMode = { mode: 'single'; value: unknown } | { mode: 'lines'; lines: string[] };

/** One JSON object (possibly pretty-printed over many lines), or JSON Lines. */
export function splitInput(text: string): ExtractInputMode {
  const trimmed = text.trim();
  if (!trimmed) throw new UsageError('no input on stdin: pipe a JSON posting, e.g. echo \'{"description":"Python and SQL"}\' | skillpulse extract');
  try {
    return { mode: 'single', value: JSON.parse(trimmed) };
  } catch (err) {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length <= 1) throw new UsageError(`input is not valid JSON: ${(err as Error).message}`);
    return { mode: 'lines', lines };
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract role, sector, countries and taxonomy mentions from postings on stdin (JSON or JSON Lines)')
    .option('--text', 'print the normalised text that mention spans point into, instead of the extraction')
    .addHelpText(
      'after',
      `
Input: {"title": "...", "company": "...", "location": "...", "description": "<html or text>"}  (only description is required)
Output: {"role", "sector", "countries", "mentions": [{"category", "group", "name", "count", "spans"}], "taxonomyVersion"}
One object in, one object out; JSON Lines in, JSON Lines out (a bad line gives {"error": "..."}).
Exit 2 on malformed input.`,
    )
    .action(async (opts: { text?: boolean }) => {
      try {
        const input = splitInput(await readStdin());
        if (input.mode === 'single') {
          const posting = toPostingInput(input.value);
          if (typeof posting === 'string') throw new UsageError(`malformed posting: ${posting}`);
          if (opts.text) process.stdout.write(`${normalisedText(posting)}\n`);
          else printJson(contractOutput(extractPosting(posting)));
          return;
        }
        const out: string[] = [];
        input.lines.forEach((line, i) => {
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (err) {
            out.push(JSON.stringify({ error: `line ${i + 1}: not valid JSON: ${(err as Error).message}` }));
            return;
          }
          const posting = toPostingInput(value);
          if (typeof posting === 'string') out.push(JSON.stringify({ error: `line ${i + 1}: ${posting}` }));
          else out.push(JSON.stringify(opts.text ? { text: normalisedText(posting) } : contractOutput(extractPosting(posting))));
        });
        process.stdout.write(`${out.join('\n')}\n`);
      } catch (err) {
        fail(err);
      }
    });
}
