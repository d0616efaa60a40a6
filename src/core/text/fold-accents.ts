// Lower case without accents ("Présentez" → "presentez"), the comparison key that place names, employer names and
// the classifiers' features share. ASCII text skips the Unicode decomposition, which costs more than the rest.
const NON_ASCII = /[^\x00-\x7f]/;

export function foldAccents(s: string): string {
  return (NON_ASCII.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase();
}
