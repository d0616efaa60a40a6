// A labelled corpus kept as TypeScript files in one folder: every array any file exports, in file-name order.
// `example.ts` holds the type and is not data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadCorpusDir<T>(dir: string): Promise<T[]> {
  const out: T[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'example.ts').sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (Array.isArray(v)) out.push(...(v as T[]));
  }
  return out;
}
