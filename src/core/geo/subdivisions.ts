// First-level subdivisions that postings name instead of a country. `admin` is the GeoNames admin1
// code the gazetteer uses, so "Paris, TX" can be checked against the cities of Texas.
export interface Subdivision {
  country: string;
  admin: string;
  names: string[];
  /** Upper-case abbreviation as written in postings ("TX", "ON", "NSW"). */
  abbr?: string;
}

const US: Array<[string, string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'],
  ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'],
  ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'],
  ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'],
  ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'],
  ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
  ['PR', 'Puerto Rico'],
];

// [abbr, GeoNames admin1, name, other names]
const CA: Array<[string, string, string, ...string[]]> = [
  ['AB', '01', 'Alberta'], ['BC', '02', 'British Columbia', 'Colombie-Britannique'], ['MB', '03', 'Manitoba'],
  ['NB', '04', 'New Brunswick', 'Nouveau-Brunswick'], ['NL', '05', 'Newfoundland and Labrador', 'Newfoundland'],
  ['NS', '07', 'Nova Scotia', 'Nouvelle-Écosse'], ['ON', '08', 'Ontario'], ['PE', '09', 'Prince Edward Island'],
  ['QC', '10', 'Quebec', 'Québec'], ['SK', '11', 'Saskatchewan'], ['YT', '12', 'Yukon'],
  ['NT', '13', 'Northwest Territories'], ['NU', '14', 'Nunavut'],
];

const AU: Array<[string, string, string]> = [
  ['ACT', '01', 'Australian Capital Territory'], ['NSW', '02', 'New South Wales'], ['NT', '03', 'Northern Territory'],
  ['QLD', '04', 'Queensland'], ['SA', '05', 'South Australia'], ['TAS', '06', 'Tasmania'], ['VIC', '07', 'Victoria'],
  ['WA', '08', 'Western Australia'],
];

// Indian states and union territories by name (GeoNames admin1 codes are not needed: the name alone is India).
const IN = [
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana',
  'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur',
  'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Orissa', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana',
  'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Jammu and Kashmir', 'Chandigarh', 'Puducherry',
  'National Capital Region', 'Delhi NCR',
];

const GB: Array<[string, string]> = [
  ['ENG', 'England'], ['SCT', 'Scotland'], ['WLS', 'Wales'], ['NIR', 'Northern Ireland'],
];

// Regions, provinces, states and counties named in European postings, by name only (the name alone settles the
// country; GeoNames admin codes are not needed). Names that are also a country's name ("Luxembourg") or a big
// city's are left to the gazetteer.
const EUROPE_NAMED: Array<[string, string[]]> = [
  ['NL', ['Noord-Brabant', 'Zuid-Holland', 'Noord-Holland', 'Gelderland', 'Overijssel', 'Friesland', 'Fryslân', 'Drenthe', 'Flevoland', 'Zeeland']],
  ['BE', ['Oost-Vlaanderen', 'West-Vlaanderen', 'Vlaams-Brabant', 'Waals-Brabant', 'Brabant wallon', 'Hainaut', 'Henegouwen', 'Vlaanderen', 'Wallonie', 'Wallonië', 'Flanders', 'Wallonia']],
  ['DE', ['Bayern', 'Bavaria', 'Baden-Württemberg', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW', 'Niedersachsen', 'Lower Saxony', 'Hessen', 'Hesse', 'Sachsen', 'Saxony', 'Sachsen-Anhalt', 'Thüringen', 'Thuringia', 'Rheinland-Pfalz', 'Schleswig-Holstein', 'Mecklenburg-Vorpommern', 'Brandenburg', 'Saarland']],
  ['AT', ['Oberösterreich', 'Niederösterreich', 'Steiermark', 'Styria', 'Tirol', 'Kärnten', 'Vorarlberg', 'Burgenland']],
  ['IT', ['Lombardia', 'Lombardy', 'Toscana', 'Tuscany', 'Piemonte', 'Piedmont', 'Veneto', 'Emilia-Romagna', 'Lazio', 'Campania', 'Puglia', 'Sicilia', 'Sicily', 'Sardegna', 'Sardinia', 'Liguria', 'Marche', 'Umbria', 'Abruzzo', 'Calabria', 'Trentino-Alto Adige', 'Friuli-Venezia Giulia']],
  ['ES', ['Cataluña', 'Catalunya', 'Catalonia', 'Andalucía', 'Andalusia', 'Comunidad de Madrid', 'Comunitat Valenciana', 'País Vasco', 'Euskadi', 'Galicia', 'Castilla y León', 'Castilla-La Mancha', 'Aragón', 'Asturias', 'Navarra', 'Murcia', 'Extremadura', 'Cantabria', 'Islas Baleares', 'Canarias']],
  ['FR', ['Île-de-France', 'Auvergne-Rhône-Alpes', "Provence-Alpes-Côte d'Azur", 'Occitanie', 'Nouvelle-Aquitaine', 'Hauts-de-France', 'Grand Est', 'Bretagne', 'Brittany', 'Normandie', 'Normandy', 'Pays de la Loire', 'Bourgogne-Franche-Comté', 'Centre-Val de Loire']],
  // English counties (not those that are also big towns elsewhere: Durham, Kent, Cornwall are left to the gazetteer).
  ['GB', ['Norfolk', 'Suffolk', 'Essex', 'East Sussex', 'West Sussex', 'Devon', 'Yorkshire', 'North Yorkshire', 'West Yorkshire', 'South Yorkshire', 'East Yorkshire', 'Lancashire', 'Cheshire', 'Derbyshire', 'Nottinghamshire', 'Leicestershire', 'Lincolnshire', 'Hampshire', 'Berkshire', 'Oxfordshire', 'Buckinghamshire', 'Hertfordshire', 'Cambridgeshire', 'Northamptonshire', 'Warwickshire', 'Worcestershire', 'Gloucestershire', 'Wiltshire', 'Shropshire', 'Staffordshire', 'Cumbria', 'Northumberland', 'Merseyside', 'West Midlands', 'Tyne and Wear']],
  // New Zealand and South African regions and provinces (not Canterbury, which is also an English city).
  ['NZ', ['Waikato', 'Otago', 'Bay of Plenty', 'Hawke\'s Bay', 'Taranaki', 'Northland', 'Southland', 'Manawatū-Whanganui', 'Manawatu-Whanganui', 'Marlborough', 'Gisborne', 'Tasman']],
  ['ZA', ['Gauteng', 'Western Cape', 'Eastern Cape', 'KwaZulu-Natal', 'Free State', 'Limpopo', 'Mpumalanga', 'North West Province', 'Northern Cape']],
  // Malaysian states and Mexican states named in postings.
  ['MY', ['Selangor', 'Johor', 'Penang', 'Pulau Pinang', 'Sabah', 'Sarawak', 'Kedah', 'Perak', 'Pahang', 'Kelantan', 'Terengganu', 'Melaka', 'Negeri Sembilan', 'Putrajaya']],
  ['MX', ['Nuevo León', 'Jalisco', 'Estado de México', 'Ciudad de México', 'CDMX', 'Querétaro', 'Guanajuato', 'Coahuila', 'Chihuahua', 'Sonora', 'Baja California', 'Yucatán', 'Puebla']],
  // Polish voivodeships as boards write them (the adjective form, "łódzkie"), and "woj." with it; Portuguese regions
  // and districts that no big town elsewhere shares; Czech regions; Danish, Swedish, Norwegian and Finnish regions.
  ['PL', ['dolnośląskie', 'kujawsko-pomorskie', 'lubelskie', 'lubuskie', 'łódzkie', 'małopolskie', 'mazowieckie', 'opolskie', 'podkarpackie', 'podlaskie', 'pomorskie', 'śląskie',
    'świętokrzyskie', 'warmińsko-mazurskie', 'wielkopolskie', 'zachodniopomorskie', 'woj. łódzkie', 'woj. mazowieckie', 'woj. małopolskie', 'woj. śląskie', 'woj. dolnośląskie',
    'woj. wielkopolskie', 'woj. pomorskie', 'Masovia', 'Lesser Poland', 'Silesia', 'Lower Silesia', 'Greater Poland']],
  ['PT', ['Algarve', 'Alentejo', 'Trás-os-Montes', 'Minho', 'Beira Interior', 'Grande Lisboa', 'Área Metropolitana de Lisboa', 'Área Metropolitana do Porto']],
  ['CZ', ['Jihomoravský kraj', 'Středočeský kraj', 'Moravskoslezský kraj', 'Plzeňský kraj', 'Olomoucký kraj', 'Ústecký kraj', 'Zlínský kraj', 'Královéhradecký kraj', 'Pardubický kraj',
    'Liberecký kraj', 'Jihočeský kraj', 'Karlovarský kraj', 'Kraj Vysočina', 'Hlavní město Praha']],
  ['DK', ['Region Hovedstaden', 'Region Midtjylland', 'Region Syddanmark', 'Region Sjælland', 'Region Nordjylland', 'Midtjylland', 'Syddanmark', 'Nordjylland', 'Sjælland', 'Jylland', 'Fyn']],
  ['SE', [...['Stockholms', 'Uppsala', 'Södermanlands', 'Östergötlands', 'Jönköpings', 'Kronobergs', 'Kalmar', 'Gotlands', 'Blekinge', 'Skåne', 'Hallands', 'Västra Götalands',
    'Värmlands', 'Örebro', 'Västmanlands', 'Dalarnas', 'Gävleborgs', 'Västernorrlands', 'Jämtlands', 'Västerbottens', 'Norrbottens'].map((n) => `${n} län`), 'Skåne', 'Västra Götaland', 'Östergötland', 'Västerbotten', 'Norrbotten', 'Dalarna', 'Värmland', 'Halland', 'Jämtland', 'Gävleborg', 'Västernorrland', 'Småland']],
  ['NO', ['Viken', 'Vestland', 'Rogaland', 'Trøndelag', 'Innlandet', 'Agder', 'Nordland', 'Troms og Finnmark', 'Møre og Romsdal', 'Vestfold og Telemark']],
  ['FI', ['Uusimaa', 'Pirkanmaa', 'Varsinais-Suomi', 'Pohjois-Pohjanmaa', 'Keski-Suomi', 'Pohjois-Savo', 'Satakunta', 'Lappi', 'Kanta-Häme', 'Päijät-Häme']],
  // Latin American regions, departments, provinces and states written in place of a city or after one.
  ['CL', ['Región Metropolitana', 'Región Metropolitana de Santiago', 'Region Metropolitana', 'Región del Biobío', 'Biobío', 'Región de la Araucanía', 'Araucanía', 'Región de Los Lagos', 'Región de Coquimbo', 'Región del Maule', 'Maule']],
  ['CO', ['Antioquia', 'Cundinamarca', 'Valle del Cauca', 'Atlántico', 'Risaralda', 'Caldas', 'Boyacá']],
  ['AR', ['Provincia de Buenos Aires', 'CABA', 'Capital Federal', 'Ciudad Autónoma de Buenos Aires', 'Gran Buenos Aires', 'GBA']],
  ['BR', ['Minas Gerais', 'Rio Grande do Sul', 'Santa Catarina', 'Paraná', 'Pernambuco', 'Bahia', 'Goiás', 'Ceará', 'Espírito Santo', 'Mato Grosso', 'Mato Grosso do Sul', 'Pará']],
  ['PE', ['Lima Metropolitana', 'Callao']],
  // Irish counties, bare where no bigger place shares the name, and always as "County X" or "Co. X".
  ['IE', ['Limerick', 'Kerry', 'Clare', 'Mayo', 'Donegal', 'Wicklow', 'Kildare', 'Meath', 'Louth', 'Wexford', 'Kilkenny', 'Tipperary', 'Sligo', 'Roscommon', 'Westmeath', 'Offaly', 'Laois', 'Carlow', 'Cavan', 'Monaghan', 'Leitrim', 'Longford',
    ...['Dublin', 'Limerick', 'Cork', 'Galway', 'Kerry', 'Clare', 'Mayo', 'Donegal', 'Wicklow', 'Kildare', 'Meath', 'Louth', 'Wexford', 'Kilkenny', 'Tipperary', 'Sligo', 'Roscommon', 'Westmeath', 'Offaly', 'Laois', 'Carlow', 'Cavan', 'Monaghan', 'Leitrim', 'Longford', 'Waterford'].flatMap((c) => [`County ${c}`, `Co. ${c}`, `Co ${c}`])]],
];

export const SUBDIVISIONS: Subdivision[] = [
  ...US.map(([abbr, name]) => ({ country: 'US', admin: abbr, abbr, names: [name] })),
  ...CA.map(([abbr, admin, ...names]) => ({ country: 'CA', admin, abbr, names })),
  ...AU.map(([abbr, admin, name]) => ({ country: 'AU', admin, abbr, names: [name] })),
  ...IN.map((name) => ({ country: 'IN', admin: '', names: [name] })),
  ...GB.map(([admin, name]) => ({ country: 'GB', admin, names: [name] })),
  ...EUROPE_NAMED.flatMap(([country, names]) => names.map((name) => ({ country, admin: '', names: [name] }))),
];
