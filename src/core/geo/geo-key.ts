import { foldAccents } from '../text/fold-accents.ts';

// One normalisation for every place-name lookup: case, accents, dots and punctuation do not matter.
export function geoKey(s: string): string {
  return foldAccents(s)
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
