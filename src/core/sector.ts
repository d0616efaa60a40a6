// Employer / industry / text → one of the seed's seven sectors, or null. Unclassified beats a wrong
// sector, so evidence is taken in order of trust and the weakest kind must be plentiful:
// 1. the board's own industry field, mapped by words;
// 2. the employer's name against the seed's examples and a curated list (longest name wins, so
//    "Siemens Healthineers" is healthcare while "Siemens" is manufacturing, and "Amazon Web Services"
//    is IT while "Amazon" is E-commerce & Retail), or a public-body name ("City of …", "Ministry of …");
//    A word in the employer's own name that says what it does ("… Bank", "… Therapeutics", "… Motors")
//    counts as the employer's evidence too.
// 3. keywords in the opening of the text (where boards put the "About us" paragraph): at least MIN_CUES
//    distinct cues for one sector and CUE_MARGIN times as many as any other. Benefits boilerplate
//    ("health insurance", "bank holidays") is removed first. IT needs self-descriptions ("software
//    company", "SaaS"), not technology words: every ML posting mentions cloud and software.
import { decodeHTML } from 'entities';
import { SECTORS as TAXONOMY_SECTORS, SECTOR_NAMES } from './taxonomy/taxonomy.data.ts';
import { EMPLOYERS } from './sector-employers.ts';
import { memoByString } from './memo.ts';

function canonical(name: string): string {
  if (!SECTOR_NAMES.includes(name)) throw new Error(`sector.ts: "${name}" is not a taxonomy sector`);
  return name;
}


const IT = canonical('Information Technology & Software Development');
const FIN = canonical('Finance & FinTech');
const HEALTH = canonical('Healthcare & Pharmaceuticals');
const RETAIL = canonical('E-commerce & Retail');
const TELCO = canonical('Telecommunications');
const AUTO = canonical('Automotive & Manufacturing');
const PUBLIC = canonical('Public Sector & Smart Cities');

/** Board industry values (LinkedIn-style and ATS categories) → sector. Regex sources, case-insensitive. */
const INDUSTRY: Array<[string, string]> = [
  [HEALTH, String.raw`hospital|health ?care|pharma|biotech|medical|life sciences|clinical|health|diagnostics|wellness`],
  [FIN, String.raw`bank|financ|fintech|insurance|invest|capital markets|payments|venture capital|accounting|credit|lending`],
  [RETAIL, String.raw`retail|e-?commerce|marketplace|supermarket|grocery|wholesale|apparel|consumer electronics retail`],
  [TELCO, String.raw`telecom|wireless|telephony`],
  [AUTO, String.raw`automotive|manufactur|industrial|machinery|aerospace|aviation|motor vehicle|mechanical`],
  [PUBLIC, String.raw`government|public (?:sector|administration|policy|safety)|law enforcement|civic|municipal|military`],
  [IT, String.raw`information technology|software|internet|it services|saas|computer|cloud|artificial intelligence|technology`],
];

/** Public bodies: their names say so. */
const PUBLIC_BODY = String.raw`^(?:the )?(?:city|county|state|province|commonwealth|government|ministry|department|office|borough|municipality|region) of\b|\b(?:government|ministry|department of|federal|municipal|city council|county council|public service|bundesamt|bundesministerium|landeshauptstadt|stadtverwaltung|gemeente|mairie|ayuntamiento|municipio|prefeitura|comune di|gov|govtech|police)\b`;

/** Distinct cues per sector for free text. */
const CUES: Record<string, string[]> = {
  [FIN]: ['bank', 'banking', 'payments', 'lending', 'loans?', 'credit cards?', 'fintechs?', 'trading', 'underwriting',
    'mortgages?', 'wealth management', 'asset management', 'brokerage', 'insurance', 'financial services',
    'hedge fund', 'capital markets', 'fraud detection', 'anti-money laundering', 'aml', 'credit risk',
    'banks', 'insurers?', 'retirement savings', 'investment managers?', 'asset managers?', 'banca', 'banco', 'banque',
    'versicherer', 'versicherung', 'assureur', 'aseguradora', 'assicurazion[ei]',
    // Accountancy and mutual insurers in their own words.
    'accountancy', 'accounting (?:firm|practice|software)', 'bookkeeping', 'mutuelles?', 'seguradoras?', 'verzekeraar',
    // Insuring as the verb: "has insured homes and cars since 1921", "we insure 40,000 farms".
    // French, Spanish and Italian "assure/asegura/assicura" also mean "ensures": left out.
    'insures?(?! that)', 'insured', 'insuring', 'versichert'],
  [HEALTH]: ['clinical', 'patients?', 'drug discovery', 'pharmaceuticals?', 'biotech', 'hospitals?', 'healthcare',
    'health care', 'medical devices?', 'diagnostics', 'clinical trials', 'therapeutics', 'physicians', 'ehr',
    'electronic health records?', 'fda', 'oncology', 'genomics', 'medical imaging',
    'clinics', 'pharmac(?:y|ies)', 'farm[áa]cias?', 'pharmacies', 'apotheken?', 'krankenh[äa]us(?:er)?', 'kliniken', 'h[ôo]pital', 'hospital(?:es)?',
    'care homes?', 'nursing homes?', 'residential care', 'pflegeheime?', 'mri', 'radiolog\\w*', 'zorgverzekeraar',
    'ziekenh[ou]\\w*', 'cliniques?', 'cl[íi]nicas?', 'ospedal[ei]',
    // Plurals and clinical words in other languages: "hôpitaux", "farmacie", "aide au diagnostic".
    'h[ôo]pitaux', 'farmacie',
    // A pharmacy chain has shops too: the chain itself is the stronger cue.
    '(?:chain|network) of (?:\\d+ )?(?:community )?pharmacies', 'pharmacy chain', 'rede de (?:\\d+ )?farm[áa]cias', 'cadena de (?:\\d+ )?farmacias', 'catena di (?:\\d+ )?farmacie', 'cha[îi]ne de (?:\\d+ )?pharmacies', 'aide au diagnostic', 'diagnostic m[ée]dical', 'ophtalmolog\\w*', 'ophthalmolog\\w*', 'm[ée]decins'],
  [RETAIL]: ['e-?commerce', 'online marketplace', 'shoppers', 'retail', 'storefronts?', 'checkout', 'shopping',
    'grocery', 'fulfil?ment cent(?:er|re)s?', 'omnichannel', 'assortment', 'merchandising', 'in-store', 'basket',
    'marketplace', 'stores', 'supermarkets?', 'department stores?', 'online[- ]?shops?', 'fashion', 'homeware', 'shops',
    'online retailers?', 'onlinehandel', 'online-?h[äa]ndler', 'einzelhandel', 'versandhandel', 'commerce en ligne',
    'grande distribution', 'supermarch[ée]s', 'comercio electr[óo]nico', 'supermercados?',
    'online stores?', 'webshops?', 'retailers?', 'retail chain', 'chain of (?:stores|shops)',
    // A grocer's branches and the Portuguese word for retail; plain "shops" in other languages is left out
    // because pharmacy chains have shops too.
    'filialen', 'lebensmittelh[äa]ndler', 'varejo', 'varejista',
    // Shops and chains in French, Dutch, Italian, Spanish and Portuguese.
    'magasins', 'enseigne de (?:pr[êe]t-[àa]-porter|mode|distribution|bricolage|sport)', 'pr[êe]t-[àa]-porter',
    'webwinkels?', 'winkels', 'winkelketen', 'negozi', 'catena di negozi', 'tiendas', 'lojas', 'tienda (?:en l[íi]nea|online)', 'loja (?:online|virtual)'],
  [TELCO]: ['telecommunications', 'telecom', '5g', 'wireless networks?', 'mobile networks?', 'network operators?',
    'carriers?', 'ran', 'subscribers', 'broadband', 'fib(?:er|re)', 'lte', 'radio access networks?', 'spectrum', 'network optimization',
    'mobile operators?', 'telecomunica\\w*', 't[ée]l[ée]communications', 't[ée]l[ée]com', 'telekommunikation', 'mobilfunk\\w*',
    // Dutch compounds and networks: "telecomaanbieder", "glasvezel", "mobiel netwerk".
    'telecomaanbieder\\w*', 'telecombedrijf', 'glasvezel\\w*', 'mobiel netwerk', 'glasfaser\\w*', 'fibra [óo]ptica', 'fibre optique'],
  [AUTO]: ['automotive', 'vehicles?', 'autonomous driving', 'self-driving', 'adas', 'manufacturing', 'factory',
    'factories', 'assembly lines?', 'oem', 'powertrain', 'electric vehicles?', 'production lines?', 'plants?',
    'industrial automation', 'supply chain',
    'automakers?', 'carmakers?', 'car makers?', 'driver[- ]assistance', 'robotic cells?', 'manufacturers?', 'fabrique', 'fabricante',
    'hersteller', 'stabiliment[oi]', 'usines?', 'f[áa]bricas?',
    '(?:builds|makes|manufactures|designs) (?:[\\w-]+ ){0,2}trucks', 'machinery', 'fahrerassistenz\\w*', 'maschinenbau', 'macchine', 'meccanic[ah]e?',
    // Manufacturing as the verb: "manufactures brake discs", "fabrique des pièces", "produziert".
    'manufactures', 'manufactured', 'castings', 'components for (?:cars|vehicles|carmakers|automakers)', 'fertigt', 'fabrica(?:mos)?', 'fabbrica', 'produce componenti'],
  [IT]: ['software company', 'saas', 'b2b software', 'enterprise software', 'developer tool(?:s|ing)',
    'cloud infrastructure', 'software teams', 'data cent(?:er|re)s', 'cloud (?:platform|provider|applications?)',
    // A non-profit institute's lab is research, not a technology company.
    'foundation models', '(?<!non-?profit )(?<!not-for-profit )research lab', 'software products?', 'technology company', 'tech company',
    'software companies', 'software platform', 'softwarehersteller',
    '[ée]diteur de logiciels?', 'empresa de software', 'empresa de tecnolog[íi]a', 'entreprise de logiciels?', 'softwareunternehmen', 'softwarebedrijf', 'azienda (?:di )?software',
    'streaming (?:service|platform)', 'hosting (?:company|provider)',
    'hosts? (?:databases|websites|applications)'],
  [PUBLIC]: ['government', 'public sector', 'citizens', 'municipal', 'smart cit(?:y|ies)', 'federal agenc(?:y|ies)',
    'public services', 'traffic management', 'civic', 'ministry', 'security clearance', 'public safety',
    'residents', 'municipality', 'city council', 'county council', 'local authority', 'public transport', 'taxpayers',
    '[öo]ffentlichen nahverkehr', 'stra[ßs]enbahn', 'verkehrsbetriebe',
    // Services a council runs: libraries, schools' admissions, bin collection.
    'public librar(?:y|ies)', 'council tax', 'waste collection', 'bin collections?'],
};

/**
 * IT cues that say only "makes software" or "builds an app": the product's own domain, when it names one,
 * is the sector ("makes accounting software" is FinTech, "builds MRI reconstruction software" is medical
 * imaging), so such a cue counts for IT only when no other sector's cue sits inside it.
 */
const VENDOR_CUES = [String.raw`(?:makes|builds|sells|develops) (?:[\w-]+ ){0,3}software`, String.raw`(?:makes|builds|develops) an? (?:[\w-]+ ){0,2}app`];

/** Words in an employer's name that say its sector by themselves. */
const NAME_WORDS: Array<[string, string]> = [
  [FIN, String.raw`bank|bancorp|banque|banca|banco|insurance|insurer|assurance|versicherung|financial|capital|credit union|securities|invest\w*|payments?|pay|pensions?|mutuelle|seguradora|aseguradora|assicurazioni|mutual|building society`],
  [HEALTH, String.raw`pharma\w*|therapeutics|biosciences?|biotech\w*|biopharma|health ?care|health system|hospitals?|klinik\w*|clinic|medical|medtech|diagnostics|clinique|cl[íi]nica|ospedale|krankenhaus|ziekenhuis|farmac\w*|apothek\w*|sant[ée]|salud|sa[úu]de|gesundheit\w*`],
  [RETAIL, String.raw`retail|stores|supermarkets?|marketplace|e-?commerce|supermercados?|supermarch[ée]s?|supermercati|varejo`],
  [TELCO, String.raw`telecom\w*|telekom\w*|telco|wireless|mobile networks?`],
  [AUTO, String.raw`motors|automotive|manufacturing|industries|autowerke?|fahrzeug\w*|antriebstechnik|robotics|officine|meccaniche`],
  [PUBLIC, String.raw`authority|council|municipality|ministry|agency|stadtwerke|verkehrsbetriebe`],
  [IT, String.raw`software|saas|cloud`],
];

/** Benefits and boilerplate phrases whose words are sector cues elsewhere. */
const BOILERPLATE = String.raw`\b(?:health|life|dental|medical|vision|travel|disability|income protection|private medical)\s+(?:insurance|cover)\b|\bbank holidays?\b|\b(?:season ticket|student|cycle)\s+loans?\b|\bhealthcare (?:plan|benefits?|cover)\b|\bprivate healthcare\b`;

/**
 * The sentence in which the employer says what it is ("X is a UK retail bank", "X ist einer der größten
 * Online-Shops", "X est le site e-commerce …", "a leading financial services client"): its cues count twice,
 * so one clear self-description is enough, while passing mentions elsewhere still need company.
 */
const SELF_DESCRIPTION = String.raw`\b(?:is|are) (?:an?|the|one of|europe's|the uk's|india's|america's)\b|\bwe are an?\b|\b(?:ist|sind) (?:ein|eine|einer|der|die|das)\b|\b(?:est|sont) (?:le|la|l'|un|une|les)\b|\b(?:es|somos) (?:el|la|un|una)\b|\b(?:for|with) (?:an?|our) (?:[\w-]+ ){0,4}client\b|\bour client,? (?:is )?an?\b`
  // What the employer does: "X makes / builds / sells …", and "è una", "é uma", "is een".
  + String.raw`|^\S+(?: \S+){0,3} (?:makes|builds|sells|develops|designs|manufactures|produces|operates|runs|provides|offers|versorgt|versorgen|entwickelt|entwickeln|betreibt|betreiben|baut|fabrique|produit|produce|produz|fabrica)\b|\bwe (?:make|build|sell|develop|design|manufacture|operate|run)\b|(?:^|\s)(?:è|é) (?:una?|uma?|il|la|o|a)\b|\bis een\b`;

/**
 * In the self-description, who the employer sells to is not what it is: "a software company building tools
 * for hospitals", "frozen meals sold in supermarkets", "cameras for grocery stores". That clause is dropped,
 * unless the sentence is a recruiter's "for a … client", where the client is the employer.
 */
const CUSTOMER_CLAUSE = String.raw`\b(?:for|sold (?:in|through|at|to)|used by|trusted by|serving|to help)\b.*$`;
const CLIENT = String.raw`\bclient\b`;

/** A retail or health word next to a vendor word in a name ("… Retail Technologies") names the customers. */
const VENDOR_NAME = String.raw`\b(?:technolog(?:y|ies)|tech|software|systems|solutions|labs|analytics|ai)\b`;

/** Characters at the start of the text where the employer describes itself. */
export const INTRO_CHARS = 1200;
export const MIN_CUES = 2;
export const CUE_MARGIN = 2;

/** Legal forms and filler that do not distinguish employers. */
const COMPANY_NOISE = String.raw`\b(?:inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|se|sa|s a|nv|bv|ab|as|pte|pty|oy|spa|kg|services|holdings?|group|the|and co)\b`;

function companyKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:[a-z]{0,3}\d{2,}\s+)/, '') // requisition-system prefixes: "1000 Merck…", "IL00 Mellanox…"
    .replace(/\.com\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(new RegExp(COMPANY_NOISE, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildEmployers(): Array<[string, string]> {
  const out = new Map<string, string>();
  const add = (name: string, sector: string): void => {
    const k = companyKey(name);
    if (k && !out.has(k)) out.set(k, sector);
  };
  // Amazon: the seed lists it under IT and under E-commerce; plain "Amazon" is retail (see above).
  add('Amazon', RETAIL);
  for (const s of TAXONOMY_SECTORS) for (const e of s.employers) add(e, canonical(s.name));
  for (const [sector, names] of Object.entries(EMPLOYERS)) for (const n of names) add(n, canonical(sector));
  // Longest first: the most specific name wins.
  return [...out].sort((a, b) => b[0].length - a[0].length);
}

export const sectorRules: unknown = {
  version: 5,
  nameWords: NAME_WORDS,
  boilerplate: BOILERPLATE,
  selfDescription: SELF_DESCRIPTION,
  introChars: INTRO_CHARS,
  industry: INDUSTRY,
  publicBody: PUBLIC_BODY,
  employers: buildEmployers(),
  cues: CUES,
  vendorCues: VENDOR_CUES,
  minCues: MIN_CUES,
  cueMargin: CUE_MARGIN,
};

// Word edges that know accented letters: `\b` in a non-Unicode pattern treats "é" or "ö" as a non-word
// character, so "Santé" or "öffentlichen" would never match.
const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const wordRe = (re: string): RegExp => new RegExp(`${B}(?:${re})${E}`, 'iu');

const industryRes = INDUSTRY.map(([s, re]) => [s, new RegExp(String.raw`\b(?:${re})`, 'i')] as const);
const employers = buildEmployers();
const publicRe = new RegExp(PUBLIC_BODY, 'i');
const nameWordRes = NAME_WORDS.map(([s, re]) => [s, wordRe(re)] as const);
const boilerplateRe = new RegExp(BOILERPLATE, 'gi');
const selfRe = new RegExp(SELF_DESCRIPTION, 'i');
const customerRe = new RegExp(CUSTOMER_CLAUSE, 'i');
const clientRe = new RegExp(CLIENT, 'i');
const vendorRe = new RegExp(VENDOR_NAME, 'i');
// Per sector: one alternation that says whether any cue is there (most intros have none for most
// sectors), then the single cues, counted only when the gate matched.
const cueRes = Object.entries(CUES).map(
  ([s, cues]) =>
    [s, wordRe(cues.join('|')), cues.map(wordRe)] as const,
);

export function sectorFromIndustry(industry: string): string | null {
  for (const [s, re] of industryRes) if (re.test(industry)) return s;
  return null;
}

/** The same employers post again and again: their sector is looked up once per name. */
export const sectorFromEmployer: (company: string) => string | null = memoByString(employerSector);

function employerSector(company: string): string | null {
  const k = companyKey(company);
  if (!k) return null;
  for (const [name, s] of employers) if (k === name || k.startsWith(`${name} `)) return s;
  if (publicRe.test(company)) return PUBLIC;
  const byWord = new Set(nameWordRes.filter(([, re]) => re.test(company)).map(([s]) => s));
  if (vendorRe.test(company)) for (const s of byWord) if (s !== IT) byWord.delete(s);
  return byWord.size === 1 ? ([...byWord][0] ?? null) : null;
}

/** HTML (possibly entity-escaped, as Greenhouse sends it) → plain text. */
function plain(text: string): string {
  let t = text;
  if (/&lt;\/?[a-z]/i.test(t)) t = decodeHTML(t);
  // Tags end lines (a heading or list item is not part of the next sentence); other space collapses.
  return decodeHTML(t.replace(/<[^>]*>/g, '\n')).replace(/[^\S\n]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The first INTRO_CHARS of plain text, without converting the whole of a long posting. */
function introOf(text: string): string {
  if (!/[<&]/.test(text)) return text.slice(0, INTRO_CHARS).replace(/[^\S\n]+/g, ' ');
  // Markup and entities shrink when removed, so a generous prefix is enough unless it is mostly tags.
  for (let take = INTRO_CHARS * 4; ; take *= 4) {
    const p = plain(text.slice(0, take));
    if (p.length >= INTRO_CHARS || take >= text.length) return p.slice(0, INTRO_CHARS);
  }
}

const vendorRes = VENDOR_CUES.map(wordRe);

function countCues(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [sector, gate, res] of cueRes) {
    if (!gate.test(s)) continue;
    out.set(sector, res.filter((re) => re.test(s)).length);
  }
  for (const re of vendorRes) {
    const m = re.exec(s);
    if (!m || cueRes.some(([sector, gate]) => sector !== IT && gate.test(m[0]))) continue;
    out.set(IT, (out.get(IT) ?? 0) + 1);
  }
  return out;
}

/** The first word of an employer's name that is not an article: "The Calderwood Institute" → "calderwood". */
function nameHead(company: string | undefined): string | null {
  const head = companyKey(company ?? '').split(' ').find((w) => w.length >= 3 && !/^(?:the|der|die|das|le|la|les|el|los|il|lo|de|het|een|a|o|os|as)$/.test(w));
  return head ?? null;
}

/** A sentence is the employer's own when it names the employer in its first words and goes on to say more. */
function namesEmployer(sentence: string, head: string | null): boolean {
  if (!head) return false;
  const words = companyKey(sentence).split(' ');
  const at = words.slice(0, 4).indexOf(head);
  return at >= 0 && words.length - at >= 4;
}

export function sectorFromText(text: string, company?: string): string | null {
  let intro = introOf(text).replace(boilerplateRe, ' ');
  const head = nameHead(company);
  const sentences = intro.split(/(?<=[.!?])\s+|\n/);
  // A self-description in so many words first ("X is a …", "for a … client"), else the first sentence that opens with the name.
  const sentence = sentences.find((s) => selfRe.test(s)) ?? sentences.find((s) => namesEmployer(s, head));
  let self = sentence;
  let selfCounts = self ? countCues(self) : undefined;
  if (sentence && !clientRe.test(sentence)) {
    self = sentence.replace(customerRe, '');
    selfCounts = countCues(self);
    // "Parcelwise routes parcels for 300 online shops": when the employer's own words name no sector, the
    // work it does for one sector's businesses places it there, counted once. A vendor's name ("… Technologies")
    // or a product sold in shops ("sold in supermarkets") keeps the customers out, and so do brands as customers
    // ("warehouses for fashion brands": a brand's products are not its sector).
    const clause = sentence.slice(self.length);
    const servesOnly = /^\s*for\b/i.test(clause) && !/\bbrands?\b/i.test(clause) && selfCounts.size === 0 && !vendorRe.test(company ?? '');
    if (self !== sentence && !servesOnly) intro = intro.replace(sentence, self);
  }
  const counts = countCues(intro);
  if (selfCounts) for (const [s, n] of selfCounts) counts.set(s, (counts.get(s) ?? 0) + n);
  const scored = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, next] = scored;
  if (!best || best[1] < MIN_CUES) return null;
  if (next && best[1] < CUE_MARGIN * next[1]) return null;
  return best[0];
}

export function sectorFor(input: { company?: string | null; industry?: string | null; text?: string | null }): string | null {
  if (input.industry) {
    const s = sectorFromIndustry(input.industry);
    if (s) return s;
  }
  if (input.company) {
    const s = sectorFromEmployer(input.company);
    if (s) return s;
  }
  const text = [input.company ?? '', input.text ?? ''].join('\n');
  return text.trim() ? sectorFromText(text, input.company ?? undefined) : null;
}
