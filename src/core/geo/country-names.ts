// Country names (many languages), alpha-2 and alpha-3 codes → ISO alpha-2. Built once, lazily, from
// i18n-iso-countries' data files plus the informal spellings postings use.
import { createRequire } from 'node:module';
import { geoKey } from './geo-key.ts';

const require = createRequire(import.meta.url);

/** Languages whose country names we accept in free text (job boards write in these). */
export const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs'] as const;

/** Spellings the package does not carry. Keys are written plainly; geoKey() normalises them. */
export const EXTRA_NAMES: Record<string, string> = {
  'united states': 'US', 'usa': 'US', 'us': 'US', 'u s a': 'US', 'america': 'US', 'united states of america': 'US',
  'uk': 'GB', 'great britain': 'GB', 'britain': 'GB', 'united kingdom': 'GB', 'england': 'GB', 'scotland': 'GB',
  'wales': 'GB', 'northern ireland': 'GB', 'deutschland': 'DE', 'holland': 'NL', 'the netherlands': 'NL',
  'korea': 'KR', 'south korea': 'KR', 'republic of korea': 'KR', 'russia': 'RU', 'czech republic': 'CZ',
  'czechia': 'CZ', 'vietnam': 'VN', 'viet nam': 'VN', 'turkey': 'TR', 'turkiye': 'TR', 'uae': 'AE',
  'u a e': 'AE', 'ivory coast': 'CI', 'hong kong sar': 'HK', 'taiwan': 'TW', 'macau': 'MO', 'macao': 'MO',
  'philippines': 'PH', 'the philippines': 'PH', 'bolivia': 'BO', 'venezuela': 'VE', 'iran': 'IR', 'syria': 'SY',
  'laos': 'LA', 'moldova': 'MD', 'tanzania': 'TZ', 'north macedonia': 'MK', 'macedonia': 'MK', 'palestine': 'PS',
  'kosovo': 'XK', 'brasil': 'BR', 'méxico': 'MX', 'españa': 'ES', 'suisse': 'CH', 'schweiz': 'CH',
  'österreich': 'AT', 'polska': 'PL', 'italia': 'IT', 'sverige': 'SE', 'danmark': 'DK', 'norge': 'NO',
  'suomi': 'FI', 'éire': 'IE', 'nederland': 'NL', 'belgique': 'BE', 'belgië': 'BE', 'россия': 'RU',
  'україна': 'UA', 'ukraine': 'UA', 'magyarország': 'HU', 'românia': 'RO', 'türkiye cumhuriyeti': 'TR',
};

/** Names that are also something else a posting names (a US state): never read as the country in free text. */
export const AMBIGUOUS_NAMES = new Set(['georgia']);

interface CountryIndex {
  byName: Map<string, string>;
  alpha3: Map<string, string>;
  alpha2: Set<string>;
}

let index: CountryIndex | undefined;

function build(): CountryIndex {
  const codes = require('i18n-iso-countries/codes.json') as string[][];
  const alpha2 = new Set<string>();
  const alpha3 = new Map<string, string>();
  for (const [a2, a3] of codes) {
    if (!a2 || !a3) continue;
    alpha2.add(a2);
    alpha3.set(a3, a2);
  }
  alpha2.add('XK'); // Kosovo: user-assigned but used by every board
  const byName = new Map<string, string>();
  const clash = new Set<string>();
  const add = (name: string, code: string): void => {
    const k = geoKey(name);
    if (!k || clash.has(k)) return;
    const prev = byName.get(k);
    if (prev && prev !== code) {
      // The same word names two countries in two languages: drop it rather than pick one.
      byName.delete(k);
      clash.add(k);
      return;
    }
    byName.set(k, code);
  };
  for (const lang of NAME_LANGUAGES) {
    const data = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
    for (const [code, names] of Object.entries(data.countries)) {
      for (const n of Array.isArray(names) ? names : [names]) {
        // Two-letter "names" (US, UK) are codes, handled by the caller's code rules.
        if (geoKey(n).length > 2) add(n, code);
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(geoKey(name), code);
  return { byName, alpha3, alpha2 };
}

function idx(): CountryIndex {
  index ??= build();
  return index;
}

/** A country's name in any accepted language or spelling → alpha-2; undefined when not a country name. */
export function countryByName(name: string): string | undefined {
  const k = geoKey(name);
  if (AMBIGUOUS_NAMES.has(k)) return undefined;
  return idx().byName.get(k);
}

export function isAmbiguousCountryName(name: string): boolean {
  return AMBIGUOUS_NAMES.has(geoKey(name));
}

/** Alpha-2 or alpha-3 code (any case) → alpha-2. "UK" is GB. */
export function countryByCode(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (c === 'UK') return 'GB';
  if (c.length === 2) return idx().alpha2.has(c) ? c : undefined;
  if (c.length === 3) return idx().alpha3.get(c);
  return undefined;
}

/** Everything a structured country field may hold: code or name, any case and language. */
export function countryFromHint(hint: string): string | undefined {
  const h = hint.trim();
  if (!h) return undefined;
  if (/^[A-Za-z]{2,3}$/.test(h)) {
    const byCode = countryByCode(h);
    if (byCode) return byCode;
  }
  // In a country field "Georgia" can only be the country.
  if (isAmbiguousCountryName(h)) return 'GE';
  return countryByName(h);
}
