// Report and write statements live in sql/queries/*.sql, each with a header naming its parameters.
// Loaded by name once and cached; values are always bound, never spliced.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const QUERIES_DIR = fileURLToPath(new URL('../../sql/queries/', import.meta.url));
const cache = new Map<string, string>();

export function sql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad query name ${JSON.stringify(name)}`);
    text = readFileSync(`${QUERIES_DIR}/${name}.sql`, 'utf8');
    cache.set(name, text);
  }
  return text;
}
