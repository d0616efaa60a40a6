// Length-preserving case folding, so offsets in the folded copy are offsets in the original text and no
// index map is needed. A code unit whose lower case is longer than one unit (U+0130 'İ' → "i̇") stays as it
// is; the matcher's aliases never contain one, so nothing is lost.

/** Punctuation folds that keep case: dashes → '-', typographic apostrophes → "'", odd spaces → ' '. */
export const PUNCT_FOLD: Uint16Array = buildPunctFold();
/** PUNCT_FOLD, then lower-cased where that keeps one code unit. */
export const CASE_FOLD: Uint16Array = buildCaseFold(PUNCT_FOLD);
/** 1 for letters, marks, digits and '_' — what a match must not start or end inside of. */
export const WORD_CHAR: Uint8Array = buildWordChars();

function buildPunctFold(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) t[c] = 0x2d;
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0xff07]) t[c] = 0x27;
  for (const c of [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) {
    t[c] = 0x20;
  }
  return t;
}

function buildCaseFold(base: Uint16Array): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const b = base[c]!;
    // Surrogate halves are not characters on their own.
    if (b >= 0xd800 && b <= 0xdfff) {
      t[c] = b;
      continue;
    }
    const lower = String.fromCharCode(b).toLowerCase();
    t[c] = lower.length === 1 ? lower.charCodeAt(0) : b;
  }
  return t;
}

function buildWordChars(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{M}\p{N}_]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (re.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}

export function foldString(s: string, table: Uint16Array = CASE_FOLD): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(table[s.charCodeAt(i)]!);
  return out;
}
