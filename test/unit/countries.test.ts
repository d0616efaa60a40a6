import { describe, expect, it } from 'vitest';
import { countriesFrom, countriesFromText, countryRulesVersion } from '../../src/core/geo/countries.ts';

const TEXT: Array<[string, string[]]> = [
  // states and provinces
  ['Austin, TX', ['US']],
  ['Toronto, ON', ['CA']],
  ['Sydney NSW', ['AU']],
  ['Melbourne VIC', ['AU']],
  ['Bengaluru, Karnataka', ['IN']],
  ['Gurugram, Haryana', ['IN']],
  ['Texas', ['US']],
  ['Ontario', ['CA']],
  // remote / hybrid qualifiers
  ['Remote - UK', ['GB']],
  ['Remote, US', ['US']],
  ['Remote U.S.', ['US']],
  ['Remote (Canada)', ['CA']],
  ['Remote in Canada', ['CA']],
  ['Hybrid - London', ['GB']],
  // several places
  ['New York City, NY; San Francisco, CA', ['US']],
  ['London | Berlin', ['DE', 'GB']],
  ['Remote, Canada; Remote, US', ['CA', 'US']],
  // regions and non-places are not countries
  ['Multiple Locations', []],
  ['2 Locations', []],
  ['EMEA', []],
  ['Remote - EMEA', []],
  // Italian provinces and Brazilian states after a town: the code is the province when the town is there
  ['Bergamo (BG)', ['IT']],
  ['Milano (MI)', ['IT']],
  ['Torino (TO)', ['IT']],
  ['Bergamo, BG', ['IT']],
  ['Cascavel, PR', ['BR']],
  ['Curitiba (PR)', ['BR']],
  ['Sofia, BG', ['BG']],
  ['Paris (FR)', ['FR']],
  ['Florence, AL', ['US']],
  ['Geneva, IL', ['US']],
  // Swiss cantons after a town, city districts
  ['Zürich ZH', ['CH']],
  ['Lausanne VD', ['CH']],
  ['Lyon 3e (69)', ['FR']],
  ['Paris 8ème', ['FR']],
  ['Luxembourg-Kirchberg', ['LU']],
  ['Baden-Baden', ['DE']],
  ['Wilkes-Barre, PA', ['US']],
  // European regions, provinces and Irish counties by name; a Brazilian state after a city that is also a country name
  ['Veldhoven, Noord-Brabant', ['NL']],
  ['Dooradoyle, Limerick', ['IE']],
  ['Firenze, Toscana', ['IT']],
  ['Friedberg, Hessen', ['DE']],
  ['Salvador - BA', ['BR']],
  ['Norwich, Norfolk', ['GB']],
  ['Norfolk, VA', ['US']],
  ['Cyberjaya, Selangor', ['MY']],
  ['Sophia Antipolis (06)', ['FR']],
  ['Monterrey, Nuevo León', ['MX']],
  ['Hamilton, Waikato', ['NZ']],
  ['Stellenbosch, Western Cape', ['ZA']],
  ['Remoto desde Uruguay', ['UY']],
  // cities in their own languages
  ['Venezia', ['IT']],
  ['Roma', ['IT']],
  ['Roma, TX', ['US']],
  ['Genf', ['CH']],
  ['København', ['DK']],
  ['Den Haag', ['NL']],
  ['Bruxelles', ['BE']],
  ['Europe', []],
  ['North America', []],
  ['Anywhere', []],
  ['Remote', []],
  ['Hybrid', []],
  // ambiguity
  ['Georgia', []],
  ['Atlanta, Georgia', ['US']],
  ['Atlanta, GA', ['US']],
  ['Tbilisi, Georgia', ['GE']],
  ['Indianapolis, IN', ['US']],
  ['Hyderabad, IN', ['IN']],
  ['Remote, IN', []],
  ['San Francisco, CA', ['US']],
  ['Toronto, CA', ['CA']],
  ['Remote - CA', []],
  ['Paris, TX', ['US']],
  ['Paris', ['FR']],
  ['London, ON', ['CA']],
  ['London', ['GB']],
  ['Cambridge, MA', ['US']],
  ['Cambridge, UK', ['GB']],
  ['Cambridge', []],
  ['Delhi', ['IN']],
  ['Berlin, DE', ['DE']],
  ['Wilmington, DE', ['US']],
  ['Seattle, WA', ['US']],
  ['Perth, WA', ['AU']],
  ['Amsterdam, NL', ['NL']],
  ["St. John's, NL", ['CA']],
  ['Victoria', []],
  ['Victoria, BC', ['CA']],
  ['Washington, D.C.', ['US']],
  // country names in several spellings and languages
  ['New Delhi, India', ['IN']],
  ['London, England, United Kingdom', ['GB']],
  ['Edinburgh, Scotland', ['GB']],
  ['München, Deutschland', ['DE']],
  ['São Paulo, Brazil', ['BR']],
  ['Warsaw, Poland', ['PL']],
  ['Tokyo, Japan', ['JP']],
  ['Singapore', ['SG']],
  // board shapes: Amazon reverses the order, Workday leads with the country
  ['US, CA, Cupertino', ['US']],
  ['IN, KA, Bangalore', ['IN']],
  ['USA - Pennsylvania - West Point', ['US']],
  ['United States - Northbrook', ['US']],
  ['Israel, Yokneam', ['IL']],
  ['Utrecht, Utrecht, Netherlands', ['NL']],
  ['New York, NY (HQ)', ['US']],
  // cities through the gazetteer and aliases
  ['Zürich', ['CH']],
  ['Munich', ['DE']],
  ['Bangalore', ['IN']],
  ['Ho Chi Minh', ['VN']],
  ['Bay Area', ['US']],
  ['Greater Seattle Area', ['US']],
  ['Mountain View, CA', ['US']],
  ['Kitchener, Waterloo, ON', ['CA']],
  ['Nowhereville', []],
  // postal codes, lists, towns the gazetteer does not hold
  ['Sydney NSW 2000', ['AU']],
  ['Singapore 018989', ['SG']],
  // "St." for the gazetteer's "Sankt"/"Saint", and a canton code that is also Singapore's country code
  ['9000 St. Gallen SG', ['CH']],
  ['St. Pölten', ['AT']],
  ['Singapore, SG', ['SG']],
  // Australian fly-in fly-out jobs name the city the flights leave from
  ['Kalgoorlie, WA (FIFO ex-Perth)', ['AU']],
  ['FIFO ex-Brisbane', ['AU']],
  // Polish voivodeships, Portuguese regions and a town shared with a bigger namesake, city districts by number or postal letter
  ['Stryków, łódzkie', ['PL']],
  ['Lagos (Algarve), Faro', ['PT']],
  ['Lagos, Faro', ['PT']],
  ['Lagos', ['NG']],
  ['Praha 4 – Michle', ['CZ']],
  ['5230 Odense M', ['DK']],
  ['Aarhus C', ['DK']],
  ['Brno, Jihomoravský kraj', ['CZ']],
  // Irish counties as "Co. X", UK outward postcodes alone, "Provincia de …" / "State of …" before a subdivision's name
  ['Dundalk, Co. Louth', ['IE']],
  ['Edinburgh EH1', ['GB']],
  ['Garín, Provincia de Buenos Aires', ['AR']],
  ['State of São Paulo', ['BR']],
  ['State College, PA', ['US']],
  ['Storåsen, Västernorrlands län', ['SE']],
  // A postcode as its own part settles a town shared across countries; a town too small for the gazetteer beside
  // a code that only one country uses for its provinces; Latin American regions by name
  ['Birmingham, B5', ['GB']],
  ['Birmingham, AL', ['US']],
  ['Calgary, T2P', ['CA']],
  ['8604 Volketswil ZH', ['CH']],
  ['Smallbrook, BE', ['BE']],
  ['Pudahuel, Región Metropolitana', ['CL']],
  // lists joined by "and" or "&", and country names that contain them; Bogotá's capital district
  ['US & Canada', ['CA', 'US']],
  ['Remote - UK & Ireland', ['GB', 'IE']],
  ['Bosnia and Herzegovina', ['BA']],
  ['Port of Spain, Trinidad & Tobago', ['TT']],
  ['Bogotá, D.C.', ['CO']],
  // Irish towns the gazetteer holds under their Irish names; postcodes with a country letter; an Italian province
  // code in brackets after a town too small for the gazetteer (SO is Sondrio here, not Somalia)
  ['Hybrid - Galway', ['IE']],
  ['L-8010 Strassen', ['LU']],
  ['D-80339 München', ['DE']],
  ['Valfurva (SO)', ['IT']],
  // Indian states abbreviated after a town of India; the same letters after an American town stay American
  ['Pune, MH', ['IN']],
  ['Panaji, GA', ['IN']],
  ['Atlanta, GA', ['US']],
  ['Remote (CH)', ['CH']],
  ['Washington, D.C.', ['US']],
  ['Envigado, Antioquia', ['CO']],
  ['Chapecó, Santa Catarina', ['BR']],
  ['Remote - Germany, Netherlands or Spain', ['DE', 'ES', 'NL']],
  ['Raleigh-Durham, NC', ['US']],
  ['Smallbrook, DE', ['US']],
  ['Smallbrook, WA', []],
  // a postal code's shape settles a shared state code; UK and Canadian codes are not place names
  ['Smallbrook, WA 98362', ['US']],
  ['Smallbrook, WA 6230', ['AU']],
  ['Seattle, WA 98101-1234', ['US']],
  ['London EC2A 4NE', ['GB']],
  ['Toronto, ON M5V 2T6', ['CA']],
  ['Hyderabad, Telangana 500081', ['IN']],
];

describe('countriesFrom: free-text locations', () => {
  it.each(TEXT)('%s → %j', (location, expected) => {
    expect(countriesFrom({ location })).toEqual(expected);
  });
});

describe('countriesFromText: repeated locations', () => {
  it('answers a repeated location the same, and a caller cannot change the remembered answer', () => {
    const first = countriesFromText('Remote - Germany, Netherlands or Spain');
    first.push('XX');
    expect(countriesFromText('Remote - Germany, Netherlands or Spain')).toEqual(['DE', 'NL', 'ES']);
  });
});

describe('countriesFrom: structured hints', () => {
  it.each([
    [['us'], ['US']],
    [['USA'], ['US']],
    [['DEU'], ['DE']],
    [['GBR', 'UK'], ['GB']],
    [['United States'], ['US']],
    [['Deutschland'], ['DE']],
    [['Netherlands'], ['NL']],
    [['ca', 'fr'], ['CA', 'FR']],
    [['Georgia'], ['GE']],
    [['European Union'], []],
    [['ZZZ', 'QQ'], []],
  ] as const)('%j → %j', (countryHints, expected) => {
    expect(countriesFrom({ countryHints: [...countryHints] })).toEqual(expected);
  });
});

describe('countriesFrom: combining inputs', () => {
  it('merges hints, location and locations, sorted and deduplicated', () => {
    expect(
      countriesFrom({ location: 'Berlin, Germany', locations: ['Toronto, ON', 'Remote - UK', 'Berlin'], countryHints: ['USA', 'DE'] }),
    ).toEqual(['CA', 'DE', 'GB', 'US']);
  });

  it('returns [] when nothing is known', () => {
    expect(countriesFrom({})).toEqual([]);
    expect(countriesFrom({ location: null, locations: [], countryHints: [] })).toEqual([]);
    expect(countriesFrom({ location: '   ' })).toEqual([]);
  });

  it('has a content version', () => {
    expect(countryRulesVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('structured country hints settle place names', () => {
  it('a canton code beside a hinted Switzerland is the canton, not Antigua', () => {
    expect(countriesFrom({ location: '5400 Baden AG', countryHints: ['CH'] })).toEqual(['CH']);
  });

  it.each([
    [{ location: 'Kestwick, Surrey', countryHints: ['GB'] }, ['GB']],
    [{ location: 'Kestwick, Surrey' }, ['CA']],
    [{ location: 'Brindlemere, Lombardia', countryHints: ['Italy'] }, ['IT']],
    [{ locations: ['London', 'Toronto, ON'], countryHints: ['GB'] }, ['CA', 'GB']],
    [{ locations: ['Austin, TX', 'Remote - Germany'], countryHints: ['US'] }, ['DE', 'US']],
    [{ location: 'Paris', countryHints: ['FR'] }, ['FR']],
  ])('%j → %j', (input, expected) => {
    expect(countriesFrom(input)).toEqual(expected);
  });
});
