// Employer / industry / text → one of the seed's seven sectors, or null, by the rule in docs/sector-labels.md.
// Unclassified beats a wrong sector, so evidence is taken in order of trust:
// 1. the board's own industry field, mapped by words;
// 2. the employer's name against the seed's examples and a curated list (longest name wins, so
//    "Siemens Healthineers" is healthcare while "Siemens" is manufacturing, and "Amazon Web Services"
//    is IT while "Amazon" is E-commerce & Retail), or a public-body name ("City of …", "Ministry of …");
//    a word in the employer's own name that says what it does ("… Bank", "… Therapeutics", "… Motors");
// 3. the employer's own words, read by a classifier (src/core/sector/model.ts) trained on a corpus of labelled
//    employer introductions (src/core/sector/corpus/): the posting's opening, its "About us" section wherever
//    it sits, and the sentences that open with the employer's name. The model says a sector only when it is
//    sure enough (the threshold cross-validation chose); hand-written cue lists are among its features, not a
//    verdict of their own, because cues recognise the wording they were written for and little else.
// "Software" in an industry field or a name is true of every vendor, and a vendor made for one sector's
// businesses is in that sector, so IT from those two is only the fallback when the text places the employer
// nowhere.
import { foldAccents } from './text/fold-accents.ts';
import { decodeHTML } from 'entities';
import { SECTORS as TAXONOMY_SECTORS, SECTOR_NAMES } from './taxonomy/taxonomy.data.ts';
import { EMPLOYERS } from './sector-employers.ts';
import { memoByString } from './memo.ts';
import { compileModel, predictSoftmax, type CompiledModel, type SoftmaxModel } from './sector/model.ts';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

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
  // Chips and computers are IT (docs/sector-labels.md), even when the field says "Semiconductor Manufacturing".
  [IT, String.raw`semiconductor|computer hardware|computer networking`],
  // "Hospitality" is hotels, not hospitals.
  [HEALTH, String.raw`hospital(?!ity)|health ?care|pharma|biotech|medical|surgical|medtech|life sciences|clinical|health|diagnostics|wellness|gesundheit|krankenh|sant[ée]|salud|sa[úu]de|sanit[àa]|zorg|sjukv[åa]rd|h[äa]lso|sundhed|helse|terveyd|zdrow|zdravot|m[ée]dic|farmac|l[äa][äa]ke`],
  [FIN, String.raw`bank|financ|fintech|insurance|invest|capital markets|payments|venture capital|accounting|credit|lending|versicher|assurance|seguro|assicura|verzeker|f[öo]rs[äa]kring|forsikring|vakuutu|ubezpiecz|poji[sš][tť]|rachunkow|ksi[ęe]gow|buchhaltung|steuerberat|wirtschaftspr|comptab|contab|boekhoud|finans|finanz|finan[çc]|pankki|rahoitu|bankow`],
  [RETAIL, String.raw`retail|e-?commerce|marketplace|supermarket|grocery|wholesale|apparel|consumer electronics retail|einzelhandel|gro(?:ß|ss)handel|handel detaliczny|handel hurtowy|detal?jhandel|detailhandel|v[äa]hitt[äa]iskauppa|tukkukauppa|commerce de d[ée]tail|comercio minorista|com[ée]rcio (?:varejista|a retalho)|varejo|vendita al dettaglio|grande distribuzione|maloobchod|velkoobchod`],
  [TELCO, String.raw`telecom|t[ée]l[ée]com|wireless|telephony|tele ?kom|tietoliikenne|telekomunika`],
  [AUTO, String.raw`automotive|automobil|pr[ůu]mysl|manufactur|industrial|machinery|aerospace|aircraft|motor vehicle|mechanical|fertigung|herstellung|maschinenbau|fahrzeug|produkcja|przemys[łl]|v[ýy]roba|tillverkning|fremstilling|produksjon|valmistus|teollisuus|fabricaci[óo]n|fabrica[çc][ãa]o|manifattur|industria manifatturiera|fabricage|maakinrakennus|koneiden`],
  [PUBLIC, String.raw`government|public (?:sector|administration|policy|safety)|law enforcement|civic|municipal|military|verwaltung|administration publique|administraci[óo]n p[úu]blica|administra[çc][ãa]o p[úu]blica|pubblica amministrazione|overheid|offentlig (?:f[öo]rvaltning|forvaltning|sektor)|administracja publiczna|ve[řr]ejn[áa] spr[áa]va|julkinen hallinto`],
  [IT, String.raw`information technology|software|internet|it services|saas|computer|cloud|artificial intelligence|technology|informati|oprogramowanie|ohjelmisto|tietotekniik|it-tj[äa]nster|it-tjenester`],
];

/**
 * Board industry values that name a business outside the seven sectors (docs/sector-labels.md: unclassified).
 * Checked only when no sector's industry words matched, so "Food and Beverage Manufacturing" stays Manufacturing
 * and "Renewable Energy Semiconductor Manufacturing" stays IT.
 */
const UNCLASSIFIED_INDUSTRY = new RegExp(String.raw`\b(?:utilit(?:y|ies)|energy|oil|gas|mining|hospitality|hotels?|restaurants?|food (?:and beverage )?services|education|higher education|e-learning|airlines?|aviation|travel|tourism|logistics|freight|shipping|trucking|warehousing|media|publishing|broadcast\w*|advertising|management consulting|legal services|law practice|real estate|construction|architecture|agricultur\w*|farming|non-?profit|philanthrop\w*|sports|leisure|entertainment|veterinary|energie\w*|energi|energ[íi]a|logisti[ck]\w*|hotellerie|gastronomie|hotelaria|hosteler[íi]a|bildung|enseignement|educaci[óo]n|educa[çc][ãa]o|istruzione|onderwijs|utbildning|uddannelse|koulutus|edukacja|vzd[ěe]l[áa]v[áa]n[íi]|bau(?:gewerbe|wesen)|immobilien|bergbau|landwirtschaft|transport (?:routier|de mercancías)|spedition)`, 'i');

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
    'insures?(?! that)', 'insured', 'insuring', 'versichert', 'versichern',
    // Insurers and bookkeepers in the Nordic and Central European languages.
    'ubezpiecz\\w*', 'ubezpiecze\\w*', 'poji[sš][tť]\\w*', 'f[öo]rs[äa]kringar', 'forsikring(?:er)?', 'vakuutu\\w*', 'ksi[ęe]gowo[sś]\\w*', 'rachunkow\\w*', '[úu][čc]etnictv[íi]', 'bokf[öo]ring', 'regnskab\\w*', 'regnskap', 'kirjanpi\\w*', 'tilitoimisto\\w*',
    // Money software and services for small firms and people (docs/sector-labels.md: FinTech), and accountancy in
    // other languages.
    'invoicing', 'e-invoicing', 'payroll', 'bookkeeping', 'accounting', 'tax returns?', 'payment (?:app|service|provider|processor|institution|aggregator|gateway)s?',
    'money transfers?', 'remittances?', 'get paid',
    // Card payments for merchants in Spanish and Portuguese.
    'lectores de tarjetas', 'links? de pago', 'terminales de pago', 'medios de pago', 'tarjetas de (?:cr[ée]dito|d[ée]bito)', 'maquininhas?', 'meios de pagamento',
    // Savings, loans and mortgages in other languages.
    'risparmi\\w*', 'prestiti', 'mutui', 'conti correnti', 'finanziamenti', '[ée]pargne', 'pr[êe]ts (?:immobiliers|hypoth[ée]caires|personnels)', 'ahorros?',
    'pr[ée]stamos', 'hipotecas?', 'poupan[çc]a', 'empr[ée]stimos', 'financiamentos?', 'kredite', 'baufinanzierung\\w*', 'ersparnisse', 'spaargeld', 'hypotheken', 'leningen', 'contabilidade', 'contabilidad', 'comptabilit[ée]', 'contabilit[àa]', 'buchhaltung', 'boekhouding', 'facturaci[óo]n electr[óo]nica', 'n[óo]mina'],
  [HEALTH]: ['clinical', 'patients?', 'drug discovery', 'pharmaceuticals?', 'biotech', 'hospitals?', 'healthcare',
    'health care', 'medical devices?', 'diagnostics', 'clinical trials', 'therapeutics', 'physicians', 'ehr',
    'electronic health records?', 'fda', 'oncology', 'genomics', 'medical imaging',
    'clinics', 'dental (?:practices?|clinics?|surgeries|care)', 'dentists?',
    // Medicines and the companies that make them, in several languages.
    'medicines?', 'drugs', 'vaccines?', 'therapies', 'antibod(?:y|ies)', 'biologics', 'm[ée]dicaments?', 'arzneimittel\\w*', 'medicamentos?', 'farmaci',
    'geneesmiddelen', 'vacinas?', 'vacunas?', 'impfstoff\\w*',
    // Medical equipment and the people who use it.
    'ultrasound', 'medical (?:equipment|technology)', 'midwives', 'maternity', 'surgeons?', 'implants?', 'pharmac(?:y|ies)', 'farm[áa]cias?', 'pharmacies', 'apotheken?', 'krankenh[äa]us(?:er)?', 'kliniken', 'h[ôo]pital', 'hospital(?:es)?',
    'care homes?', 'nursing homes?', 'residential care', 'pflegeheime?', 'mri', 'radiolog\\w*', 'zorgverzekeraar',
    'ziekenh[ou]\\w*', 'cliniques?', 'cl[íi]nicas?', 'ospedal[ei]',
    // Plurals and clinical words in other languages: "hôpitaux", "farmacie", "aide au diagnostic".
    'h[ôo]pitaux', 'farmacie', 'l[ée]k[áa]r(?:na|ny|en|n[áa]ch|nu)', 'apotek(?:et|er|erne|ene)?', 'aptek[ai]?', 'apteka', 'apteekki\\w*',
    // Health insurers are Healthcare (docs/sector-labels.md), and Swiss German "Spital".
    'health insurers?', 'health funds?', 'private health insurance', 'health insurance (?:fund|provider|company)', 'krankenversicherung', 'krankenkassen?',
    'mutuelle sant[ée]', 'seguros? de salud', 'planos? de sa[úu]de', 'operadora de (?:planos de )?sa[úu]de', 'spital', 'spit[äa]ler', '\\p{L}+spital', 'nhs',
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
    // Shops and grocers in Czech, the Nordic languages, Finnish and Polish.
    'n[äa]tbutik\\w*', 'nettbutikk\\w*', 'netbutik\\w*', 'verkkokaup\\w*', '[ée]piceries?', 'prodejn[ayě]', 'prodejen', 'prodejn[áa]ch', 'butikker', 'butiker', 'butikkene', 'myym[äa]l[äa]\\w*', 'dagligvare\\w*', 'dagligvaru\\w*', 'supermarked\\w*', 'livsmedelsbutik\\w*', 'p[äa]ivitt[äa]istavara\\w*', 'sieci? (?:\\d+ )?sklep[óo]w',
    // Shops and chains in French, Dutch, Italian, Spanish and Portuguese.
    'magasins', 'enseigne de (?:pr[êe]t-[àa]-porter|mode|distribution|bricolage|sport)', 'pr[êe]t-[àa]-porter',
    'webwinkels?', 'winkels', 'winkelketen', 'negozi', 'catena di negozi', 'tiendas', 'lojas', 'tienda (?:en l[íi]nea|online)', 'loja (?:online|virtual)',
    // Wholesalers and distributors of goods (docs/sector-labels.md), in several languages.
    'wholesalers?', 'grossist\\w*', 'grossiste', 'gro(?:ß|ss)h(?:a|ä)ndler\\w*', 'gro(?:ß|ss)handel', 'groothandel\\w*', 'mayoristas?', 'atacadistas?', 'grossista'],
  [TELCO]: ['telecommunications', 'telecom', '5g', 'wireless networks?', 'mobile networks?', 'network operators?',
    'carriers?', 'ran', 'subscribers', 'broadband', 'fib(?:er|re)', 'lte', 'radio access networks?', 'spectrum', 'network optimization',
    'mobile operators?', 'telecomunica\\w*', 't[ée]l[ée]communications', 't[ée]l[ée]com', 'telekommunikation', 'mobilfunk\\w*',
    // Dutch compounds and networks: "telecomaanbieder", "glasvezel", "mobiel netwerk".
    'telecomaanbieder\\w*', 'telecombedrijf', 'glasvezel\\w*', 'mobiel netwerk', 'glasfaser\\w*', 'fibra [óo]ptica', 'fibre optique',
    // What an operator sells and runs.
    'sim cards?', 'cell sites?', 'airtime', 'data bundles?', 'prepaid (?:plans|bundles)', 'masts',
    'mobilnet\\w*', 'fibernet\\w*', 'bredb[åa]nd\\w*', 'mobiln[äa]t\\w*', 'laajakaista\\w*', '[śs]wiat[łl]owod\\w*', 'telefonii kom[óo]rkowej', 'mobiln[íi] s[íi]t[ěe]?'],
  [AUTO]: ['automotive', 'vehicles?', 'autonomous driving', 'self-driving', 'adas', 'manufacturing', 'factory',
    'factories', 'assembly lines?', 'oem', 'powertrain', 'electric vehicles?', 'production lines?', 'plants?',
    'industrial automation', 'supply chain',
    'automakers?', 'carmakers?', 'car makers?', 'driver[- ]assistance', 'robotic cells?', 'manufacturers?', 'fabrique', 'fabricante',
    'hersteller', 'stabiliment[oi]', 'usines?', 'f[áa]bricas?',
    '(?:builds|makes|manufactures|designs) (?:[\\w-]+ ){0,2}trucks', 'machinery', 'fahrerassistenz\\w*', 'maschinenbau', 'macchine', 'meccanic[ah]e?',
    // Manufacturing as the verb: "manufactures brake discs", "fabrique des pièces", "produziert".
    'manufactures', 'manufactured', 'castings',
    // Making and building machines in German and Dutch.
    'fertigen', 'gefertigt', 'konstruieren und fertigen', 'machinebouw\\w*', 'ontworpen en gebouwd', 'bouwen machines',
    // Food and drink made in plants: dairies and cheese makers in several languages.
    'dair(?:y|ies)', 'creamer(?:y|ies)', 'fromagerie', 'laiterie', 'molkerei', 'k(?:ä|ae)serei', 'zuivelfabriek', 'caseificio', 'l[áa]cteos', 'components for (?:cars|vehicles|carmakers|automakers)', 'fertigt', 'fabrica(?:mos)?', 'fabbrica', 'produce componenti',
    // Dairies and plants in Polish, Czech, Finnish and the Nordic languages. Verbs of making ("producerer",
    // "valmistamme") are left to the model: makers of hearing aids and implants use them too.
    'mleczar\\w*', 'zak[łl]ad(?:ach|y|[óo]w) produkcyjn\\w*', 'v[ýy]robn[íi] z[áa]vod\\w*', 'tehta\\w*', 'tehdas', 'fabrikk\\w*', 'fabrikker'],
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
    // Public transport in other languages.
    'kollektivtrafik\\w*', 'kollektivtransport\\w*', 'joukkoliikente\\w*', 'komunikacj\\w* miejsk\\w*', 've[řr]ejn[éá] doprav\\w*', 'transports? (?:en commun|publics?)', 'transporte p[úu]blico', 'trasporto pubblico', 'openbaar vervoer', 'offentlig transport',
    // Services a council runs: libraries, schools' admissions, bin collection.
    'public librar(?:y|ies)', 'council tax', 'waste collection', 'bin collections?',
    // National government in its own names.
    'commonwealth', 'federal government', 'state government', 'statutory (?:board|body|authority)',
    // Municipalities in the Nordic languages and Polish.
    'kommunen', 'kommunens', 'kommuner', 'kommunerna', 'gmin[ayę]', 'kunnan', 'kaupungin',
    // Public service and state bodies in other languages: "le service public de l'emploi", "et statlig direktorat".
    'service public', 'servicio p[úu]blico', 'servi[çc]o p[úu]blico', 'servizio pubblico', 'statlig(?:t|e)?', 'statens', 'organiza[čc]n[íi] slo[žz]k\\w* st[áa]tu'],
};

/**
 * IT cues that say only "makes software" or "builds an app": the product's own domain, when it names one,
 * is the sector ("makes accounting software" is FinTech, "builds MRI reconstruction software" is medical
 * imaging), so such a cue counts for IT only when no other sector's cue sits inside it.
 */
const VENDOR_CUES = [String.raw`(?:makes|builds|sells|develops) (?:[\w-]+ ){0,3}software`, String.raw`(?:makes|builds|develops) an? (?:[\w-]+ ){0,2}app`];

/** Words in an employer's name that say its sector by themselves. */
const NAME_WORDS: Array<[string, string]> = [
  [FIN, String.raw`bank|privatbank|volksbank|landesbank|raiffeisenbank|sparkasse|hypothekenbank|direktbank|sparbank|bancorp|banque|banca|banco|(?<!health )insurance|(?<!health )insurer|assurances?|financial|capital|credit union|securities|invest\w*|payments?|pay|pensions?|mutuelle|seguradora|aseguradora|assicurazioni|mutual|building society|versicherung\w*|f[öo]rs[äa]kring\w*|forsikring\w*|vakuutus\w*|ubezpiecze\w*|poji[sš][tť]ovna|rachunkow\w*|ksi[ęe]gow\w*|[úu][čc]etn[íi]|pankki|sparekasse|sparbanken|pagamenti|pagos?|pagamentos|paiements?|zahlungen|betalingen`],
  [HEALTH, String.raw`nhs|health (?:fund|insurance|insurer|board)|spital|spit[äa]ler|\p{L}+spital|pharma\w*|therapeutics|biologics|surgical|medtech|krankenversicherung|krankenkasse|zorgverzekeraar|sanitari[oa]|sanit[àa]|mutualit[ée]|alterszentrum|altersheim|pflegeheim|pflegezentrum|seniorenheim|seniorenzentrum|ehpad|verpleeghuis|woonzorgcentrum|casa de repouso|residencia de mayores|biosciences?|biotech\w*|biopharma|health ?care|health system|hospitals?|klinik\w*|clinic|medical|medtech|diagnostics|clinique|cl[íi]nica|ospedale|krankenhaus|ziekenhuis|farmac\w*|apothek\w*|sant[ée]|salud|sa[úu]de|gesundheit\w*`],
  [RETAIL, String.raw`retail|stores|supermarkets?|grossist|wholesale|marketplace|e-?commerce|supermercados?|supermarch[ée]s?|supermercati|varejo`],
  [TELCO, String.raw`telecom\w*|telekom\w*|telco|wireless|mobile networks?`],
  [AUTO, String.raw`motors|automotive|fordon\w*|kj[øo]ret[øo]y\w*|manufacturing|industries|mleczarsk\w*|mejeri\w*|meieri\w*|meijeri|molkerei|autowerke?|fahrzeug\w*|antriebstechnik|robotics|officine|meccaniche`],
  // Not a bare "agency" (travel, talent and digital agencies) nor "Stadtwerke" (municipal utilities, which are unclassified).
  [PUBLIC, String.raw`authority|council|municipality|ministry|kommun|kommune|gmina|urz[ąa]d|[úu][řr]ad|magistrat|kaupunki|kunta|\p{L}*direktorat(?:et)?|\p{L}*tilsynet|\p{L}*styrelsen|\p{L}*myndigheten|\p{L}+verket|commission|(?:government|federal|state|public health|environment(?:al)?|revenue|statistics) agency|verkehrsbetriebe`],
  [IT, String.raw`software|saas|cloud|ai|a\.i\.`],
];

const ANIMAL_CARE = /\b(?:veterinary|vets?|animal|pets?|equine|tierarzt\w*|tierklinik|v[ée]t[ée]rinaires?|veterinari[ao]s?|dierenarts\w*|dierenkliniek)\b/i;

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

/** A retail or health word next to a vendor word in a name ("… Retail Technologies") names the customers. */
const VENDOR_NAME = String.raw`\b(?:technolog(?:y|ies)|tech|software|systems|solutions|labs|analytics|ai)\b`;

/** Characters at the start of the text where the employer describes itself. */
export const INTRO_CHARS = 1200;

/** Legal forms and filler that do not distinguish employers. */
const COMPANY_NOISE = String.raw`\b(?:inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|se|sa|s a|nv|bv|ab|as|pte|pty|oy|spa|kg|services|holdings?|group|the|and co)\b`;

function companyKey(name: string): string {
  return foldAccents(name)
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
const vendorRe = new RegExp(VENDOR_NAME, 'i');
// Per sector: one alternation that says whether any cue is there (most intros have none for most
// sectors), then the single cues, counted only when the gate matched.
const cueRes = Object.entries(CUES).map(([s, cues]) => [s, wordRe(cues.join('|'))] as const);

export function sectorFromIndustry(industry: string): string | null {
  for (const [s, re] of industryRes) if (re.test(industry)) return s;
  return null;
}

/** The same employers post again and again: their sector is looked up once per name. */
export const sectorFromEmployer: (company: string) => string | null = memoByString(employerSector);

function employerSector(company: string): string | null {
  return employerEvidence(company)?.sector ?? null;
}

/** The employer's sector from its name, and whether that came from a known employer or public body, or a name word. */
function employerEvidence(company: string): { sector: string; known: boolean } | null {
  const k = companyKey(company);
  if (!k) return null;
  for (const [name, s] of employers) if (k === name || k.startsWith(`${name} `)) return { sector: s, known: true };
  if (publicRe.test(company)) return { sector: PUBLIC, known: true };
  const byWord = new Set(nameWordRes.filter(([, re]) => re.test(company)).map(([s]) => s));
  // A veterinary hospital or animal clinic is not healthcare (docs/sector-labels.md).
  if (ANIMAL_CARE.test(company)) byWord.delete(HEALTH);
  if (vendorRe.test(company)) for (const s of byWord) if (s !== IT) byWord.delete(s);
  // "Surgical Robotics", "Medical Industries": makers of medical devices are Healthcare (docs/sector-labels.md).
  if (byWord.has(HEALTH)) byWord.delete(AUTO);
  const only = byWord.size === 1 ? [...byWord][0] : undefined;
  return only ? { sector: only, known: false } : null;
}
const employerEvidenceMemo = memoByString(employerEvidence);

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

// All sectors' cues in one pattern, one capture group per sector, so a text is scanned once.
const CUE_SECTORS = Object.keys(CUES);
const allCuesRe = new RegExp(`${B}(?:${CUE_SECTORS.map((s) => `(${CUES[s]!.join('|')})`).join('|')})${E}`, 'giu');

/** Cue occurrences per sector (each place in the text once), plus IT's "makes … software" outside another sector's cue. */
function countCues(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of s.matchAll(allCuesRe)) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined);
    const sector = CUE_SECTORS[k - 1];
    if (sector) out.set(sector, (out.get(sector) ?? 0) + 1);
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
  // Most sentences do not contain the name at all: a substring test first (the head is folded like companyKey).
  const low = sentence.toLowerCase();
  if (!low.includes(head) && (/^[\x00-\x7f]*$/.test(low) || !fold(low).includes(head))) return false;
  const words = companyKey(sentence).split(' ');
  const at = words.slice(0, 4).indexOf(head);
  return at >= 0 && words.length - at >= 4;
}

/**
 * The posting's sector. Evidence in order of trust: a board's industry field and a known employer or public body
 * decide; so does a name word that says a sector's business ("… Bank", "… Therapeutics"). Otherwise the model reads
 * the employer's own words. "Software" in the industry field or the name is true of every vendor, and a vendor made
 * for one sector's businesses is in that sector (docs/sector-labels.md), so IT from those two is only the fallback
 * when the text does not place the employer.
 */
export function sectorFor(input: { company?: string | null; industry?: string | null; text?: string | null }): string | null {
  const byIndustry = input.industry ? sectorFromIndustry(input.industry) : null;
  // Car dealers are Retail (docs/sector-labels.md) though boards file them under "Automotive".
  if (byIndustry === AUTO && DEALER.test(introOf(input.text ?? '').slice(0, 600))) return RETAIL;
  if (byIndustry && byIndustry !== IT) return byIndustry;
  const byName = input.company ? employerEvidenceMemo(input.company) : null;
  if (byName && (byName.known || byName.sector !== IT)) return byName.sector;
  // Chipmakers are IT (docs/sector-labels.md) however much their fabs sound like manufacturing.
  if (input.company && CHIPMAKER.test(input.company)) return IT;
  // The board says the employer's business is one outside the seven (utilities, hotels, logistics, …): only a
  // clear description of a business made for one sector outweighs it (fulfilment for online shops is Retail),
  // and never a reading of IT.
  const outside = !byIndustry && !!input.industry && UNCLASSIFIED_INDUSTRY.test(input.industry);
  const text = input.text ?? '';
  const company = input.company ?? undefined;
  // Universities and schools are unclassified (docs/sector-labels.md), whatever their research is about; their hospitals are not.
  if (company && UNIVERSITY.test(company) && !UNIVERSITY_HOSPITAL.test(company)) return null;
  // A recruiter's sector is its client's, and only what the posting says about the client decides it.
  if ((input.industry && RECRUITER_INDUSTRY.test(input.industry)) || isRecruiterText(text)) return clientSector(text);
  // Where the employer speaks is read once; the model and the rules below all use it.
  const reading = text.trim() || company ? readEmployer(text, company) : null;
  const sentence = reading?.self;
  // "… is the Commonwealth agency responsible for …": a body that says it is part of government.
  if (sentence && GOVERNMENT_SELF.test(sentence)) return PUBLIC;
  // A travel company that books trips is unclassified (docs/sector-labels.md), however technical its teams.
  if (sentence && TRAVEL_SELF.test(sentence)) return null;
  const scores = reading ? sectorScores(text, company, reading) : null;
  let fromText = scores ? modelVerdict(scores, text, company, outside ? OUTSIDE_INDUSTRY_THRESHOLD : undefined) : null;
  // Technology words in a utility's or a hotel group's posting describe the job, not a software company.
  if (outside && fromText === IT) fromText = null;
  // A software company is IT to the eye; made for one sector's businesses, it is in that sector.
  if (fromText === null || fromText === IT) {
    const vendor = vendorFor(sentence);
    if (vendor) return vendor;
  } else if (servesManySectors(sentence, scores?.probs[IT] ?? 0)) {
    // …and a technology company whose customers span several sectors is IT, not the first sector it names.
    return IT;
  }
  return fromText ?? byIndustry ?? (outside ? null : byName?.sector) ?? null;
}

/** How sure the model must be to place an employer whose board industry field names a business outside the seven. */
const OUTSIDE_INDUSTRY_THRESHOLD = 0.6;

/** An employer that sells cars rather than making them: "19 new and used car dealerships", "automotive retailer". */
const DEALER = new RegExp(String.raw`${B}(?:(?:car |motor |vehicle )?dealerships|(?:automotive|motor|car) retail(?:er|ers|ing)|dealer group|autoh[äa]user|concessionnaires automobiles|concesionarios de autom[óo]viles|concessionarie auto|autodealers)${E}`, 'iu');

const CHIPMAKER = new RegExp(String.raw`${B}(?:semiconductors?|microelectronics|halbleiter\w*|semiconducteurs?|semiconductores)${E}`, 'iu');
/** The employer's own sentence saying it is a travel company or agency. */
const TRAVEL_SELF = new RegExp(String.raw`${B}(?:(?:online )?travel (?:company|companies|agency|agencies|agent|business|group)|tour operators?|reiseb[üu]ro|reiseveranstalter|agences? de voyages?|agencias? de viajes?|agenzi[ae] di viaggi|reisbureau|reisorganisatie)${E}`, 'iu');

const UNIVERSITY = new RegExp(String.raw`${B}(?:university|universit[äa]t|universit[ée]|universidad|universidade|universit[àa]|universiteit|uniwersytet|univerzita|yliopisto|universitet|hochschule|polytechnic|politecnico|polit[ée]cnica|college)${E}`, 'iu');
const UNIVERSITY_HOSPITAL = new RegExp(String.raw`${B}(?:hospitals?|medical cent(?:er|re)|health|klinikum|uniklinik\w*|clinic|h[ôo]pital|hospital|ospedale|ziekenhuis|szpital)${E}`, 'iu');

/** The employer's own sentence saying it is a government body, in several languages. */
const GOVERNMENT_SELF = new RegExp(String.raw`${B}(?:(?:is|are) (?:the|a|an) (?:[\w-]+ ){0,2}(?:Commonwealth|federal|national|state|government|public|statutory|regional|municipal|county|city) (?:agency|authority|department|ministry|regulator|inspectorate|office|body)|(?:ist|sind) (?:die|eine) (?:[\p{L}-]+ ){0,2}(?:Bundesbehörde|Landesbehörde|Behörde|Aufsichtsbehörde)|(?:est|sont) (?:l'|un |une )(?:agence|établissement|autorité|administration) publique?|(?:es|somos) (?:el|un) organismo público|(?:è|siamo) (?:l'|un )ente pubblico|(?:är|er) (?:en|ett) (?:statlig |kommunal )?myndighet)${E}`, 'iu');

// ---- recruiters ----

/** A board's industry field that says the poster is a recruiter or staffing agency. */
const RECRUITER_INDUSTRY = /\b(?:staffing|recruit\w*|employment (?:agenc\w*|services)|executive search|personalvermittlung|personaldienstleist\w*|arbeitnehmer[üu]berlassung|cabinet de recrutement|agencias? de (?:empleo|colocaci[óo]n)|selecci[óo]n de personal|uitzendbureau|werving en selectie|rekrytointi|bemanning)\b/iu;
/** A recruiter's own words: posting for a client ("on behalf of our client", "acting as an employment agency"). */
const RECRUITER_TEXT = /\b(?:acting as an? (?:employment|recruitment) (?:agency|business)|on behalf of (?:our|a|an) (?:[\w-]+ ){0,3}client|our client,? (?:is|are|an?)\b|(?:working|partnering|partnered) with (?:an?|our) (?:[\w-]+,? ){0,4}client|für unseren (?:[\w-]+ ){0,3}(?:Kunden|Mandanten)|pour (?:le compte de )?(?:notre|un) client|para (?:nuestro|un) cliente|per (?:un|il nostro) (?:importante )?cliente|voor (?:onze|een) (?:opdrachtgever|klant))/iu;
/** A literal scan first: most postings name no client and no agency, and it costs a fraction of RECRUITER_TEXT. */
const RECRUITER_HINT = /client|kunden|mandanten|opdrachtgever|klant|agency/i;
function isRecruiterText(text: string): boolean {
  const head = text.slice(0, SCAN_CHARS);
  return RECRUITER_HINT.test(head) && RECRUITER_TEXT.test(head);
}
const CLIENT_WORD = /\b(?:client|clients|Kunden|Mandanten|cliente|opdrachtgever|klant)\b/iu;

/**
 * The client's sector from the sentences that speak of the client ("our client, a leading retail bank"): one
 * sector's cues there decide it; a client described only as "fast-growing" or "well-funded" leaves it null
 * (docs/sector-labels.md: a recruiter that names no client's business is unclassified). The job's own words
 * are not evidence: an ML role says nothing about the client's business.
 */
function clientSector(text: string): string | null {
  const client = text.slice(0, SCAN_CHARS).split(/(?<=[.!?])\s+|\n/).filter((s) => CLIENT_WORD.test(s)).join('\n');
  // Nothing of a sector's business said about the client: unclassified. Otherwise the model reads those sentences
  // alone ("a leading retail bank with 300 branches" is a bank, not a shop).
  if (countCues(client).size === 0) return null;
  return modelVerdict(sectorScores(client), client);
}

// ---- the scored classifier over the employer's own words ----
//
// Hand cues recognise the wording they were written for and little else: a new writer's "we keep two million
// homes online" or "nos 64 épiceries fines" names no cue. The model (src/core/sector/model.ts) is trained on a
// corpus of labelled employer introductions (src/core/sector/corpus/, labelled by docs/sector-labels.md) over
// the features below, and says a sector only when it is confident; the rules above still come first.

/** Where employers describe themselves: a heading line of its own ("About us", "Über uns", "Chi siamo", …). */
const ABOUT_HEADING_SOURCE = String.raw`^[¿¡]?(?:about(?: us| the (?:company|team|business|role's team))?(?: \S+){0,3}|who we are|our (?:company|story|mission)|the company|company (?:overview|description|profile)|agency overview|[üu]ber uns|wer wir sind|das sind wir|(?:das )?unternehmen|qui sommes[- ]nous|[àa] propos(?: de nous)?|l'entreprise|notre (?:entreprise|soci[ée]t[ée])|qui[ée]nes somos|sobre nosotros|la empresa|chi siamo|l'azienda|over ons|wie (?:zijn )?wij(?: zijn)?|sobre n[óo]s|quem somos|a empresa|o nas|om oss|om os|o firmie)\s*[?:!.¿]*\s*$`;
const ABOUT_HEADING = new RegExp(ABOUT_HEADING_SOURCE, 'iu');
const ABOUT_CHARS = 1000;
/** How far into a posting employer sentences and an "About" heading are looked for. */
const SCAN_CHARS = 12_000;

const STOP_WORDS: readonly string[] = ('a an and are as at be by for from has have in is it its of on or our that the their this to we with you your will who ' +
    'der die das und ist sind ein eine einer wir unsere unser ihr sie mit von zu im in fur auf den dem des bei als auch ' +
    'le la les l un une et de des du est sont nous notre nos vous votre pour avec dans en au aux sur qui que d ' +
    'el los las y es son somos nuestro nuestra nuestros con por para del al una lo se ' +
    'il lo gli i e di da della del delle dei per con siamo nostro nostra nostri ' +
    'het een en van is zijn wij we ons onze voor met op te aan bij ' +
    'o os as um uma do da dos das no na nos nas com por para que somos nosso nossa').split(' ');
const STOP = new Set(STOP_WORDS);

function fold(s: string): string {
  return foldAccents(s).replace(/(\p{L})[-‐](\p{L})/gu, '$1$2');
}

function tokens(s: string): string[] {
  return (fold(s).match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t) && !/^\d+$/.test(t) && t.length >= 2);
}

/** The parts of a posting where the employer says what it is: the opening, an "About" section, its own sentences. */
export function selfDescriptionRegions(text: string, company?: string): { intro: string; about: string; own: string[] } {
  const opening = introOf(text);
  const intro = leadingProse(opening);
  const scan = text.length > INTRO_CHARS ? (/[<&]/.test(text) ? plain(text.slice(0, SCAN_CHARS * 2)) : text).slice(0, SCAN_CHARS) : opening;
  // An "About us" heading anywhere after the opening prose (short postings put it within the first lines).
  let about = '';
  let at = 0;
  for (const line of scan.split('\n')) {
    if (at >= intro.length && line.length < 60 && ABOUT_HEADING.test(line.trim())) {
      about = leadingProse(scan.slice(at + line.length, at + line.length + ABOUT_CHARS));
      break;
    }
    at += line.length + 1;
  }
  const head = nameHead(company);
  const own = scan
    .split(/(?<=[.!?])\s+|\n/)
    .filter((s) => !intro.includes(s) && !about.includes(s) && namesEmployer(s, head))
    .slice(0, 4);
  return { intro, about, own };
}

const BULLET = /^\s*(?:[-•*·▪●◦]|\d{1,2}[.)])\s/;
/** A heading: a short line without a sentence's closing punctuation ("What you'll do", "About us:"). */
const isHeading = (line: string): boolean => line.trim().length < 60 && !/[.!?]["'”’)]?\s*$/.test(line.trim());

/**
 * The prose a section opens with: headings before it are skipped, and it ends at the first list or the next
 * heading. The employer says what it is in prose; the duties and requirements that follow are every posting's
 * vocabulary and say nothing about the sector.
 */
function leadingProse(section: string): string {
  const out: string[] = [];
  for (const line of section.split('\n')) {
    if (!line.trim()) continue;
    if (BULLET.test(line) || isHeading(line)) {
      if (out.length === 0) continue;
      break;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** The classifier's features: words, word prefixes and pairs of the self-description regions, name words, cue counts. */
export function sectorFeatures(text: string, company?: string): string[] {
  return featuresOf(readEmployer(text, company), company);
}

/** Where the employer speaks in a posting, and the sentence in which it says what it is. */
interface EmployerReading {
  regions: { intro: string; about: string; own: string[] };
  /** The first sentence that says what the employer is or opens with its name. */
  self: string | undefined;
}

function readEmployer(text: string, company?: string): EmployerReading {
  const regions = selfDescriptionRegions(text, company);
  const sentences = regions.intro.split(/(?<=[.!?])\s+|\n/);
  const head = nameHead(company);
  const self = sentences.find((s) => selfRe.test(s)) ?? sentences.find((s) => namesEmployer(s, head)) ?? regions.own[0];
  return { regions, self };
}

function featuresOf({ regions: { intro, about, own }, self }: EmployerReading, company?: string): string[] {
  const f = new Set<string>();
  const key = companyKey(company ?? '');
  for (const w of key.split(' ')) if (w.length >= 2 && !/^\d+$/.test(w)) f.add(`c:${w}`);
  const nameSector = company ? nameWordRes.filter(([, re]) => re.test(company)).map(([s]) => s) : [];
  for (const s of nameSector) f.add(`n:${s}`);
  const body = [intro, about, ...own].join('\n').replace(boilerplateRe, ' ');
  const toks = tokens(body);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    f.add(`w:${t}`);
    if (t.length >= 6) f.add(`p:${t.slice(0, 5)}`);
    if (i > 0) f.add(`b:${toks[i - 1]}_${t}`);
  }
  if (self) for (const t of tokens(self)) f.add(`s:${t}`);
  for (const [s, n] of countCues(body)) {
    f.add(`k:${s}`);
    if (n >= 2) f.add(`k2:${s}`);
  }
  if (self) for (const [s] of countCues(self)) f.add(`sk:${s}`);
  return [...f];
}

/**
 * A vendor made for one sector's businesses, in the employer's own sentence: a product word ("software",
 * "platform", "app") and customers of exactly one sector other than IT after "for", "used by", "serving" and the
 * like ("builds scheduling software for hospitals and clinics", "the core banking platform 140 credit unions
 * run on"). docs/sector-labels.md puts such a vendor in its customers' sector.
 */
function vendorFor(sentence: string | undefined): string | null {
  if (!sentence) return null;
  const products = [...sentence.matchAll(PRODUCT_RE)];
  if (products.length === 0) return null;
  // The product's own domain ("invoicing software", "core banking platform") and the customers it is for.
  const domains = products.map((p) => sentence.slice(Math.max(0, p.index - 40), p.index).split(/[,;:]/).pop() ?? '');
  const customers = CUSTOMERS_RE.exec(sentence)?.[1] ?? '';
  const served = customerRes.filter(([, re]) => re.test(customers)).map(([s]) => s);
  // Customers from shops to software firms: made for many sectors, not one; so is any range "from … to …".
  if (served.includes(IT) && served.length > 1) return null;
  if (CUSTOMER_RANGE.test(customers)) return null;
  const sectors = new Set([...domains.flatMap((d) => [...countCues(d).keys()]), ...served].filter((s) => s !== IT));
  return sectors.size === 1 ? [...sectors][0]! : null;
}

/**
 * The businesses a vendor can be made for, per sector: who the customers are, not what they do ("for banks", not
 * "for payments"; "for retailers", not "for feature stores").
 */
const CUSTOMER_CUES: Record<string, string> = {
  [FIN]: String.raw`banks|banking|credit unions|lenders|insurers|insurance (?:companies|carriers|brokers)|brokers|fintechs|asset managers|wealth managers|pension funds|accountants|accounting firms|accountancy firms|escrit[óo]rios de contabilidade|despachos contables|cabinets comptables|steuerberater\w*|banken|banques|bancos|banche|verzekeraars|versicherer|assureurs|aseguradoras|seguradoras`,
  [HEALTH]: String.raw`hospitals|hospital laboratories|clinics|clinicians|doctors|physicians|pathologists|nurses|dentists|(?:dental|medical|gp|physician|doctors'?) practices|pharmacies|pharmacists|care homes|nursing homes|radiologists|clinical (?:labs|laboratories)|pharma companies|drug makers|health systems|krankenh[äa]user|kliniken|praxen|apotheken|h[ôo]pitaux|cliniques|m[ée]decins|hospitales|cl[íi]nicas|m[ée]dicos|ospedali|ziekenhuizen|huisartsen|farm[áa]cias`,
  [RETAIL]: String.raw`retailers|grocery chains|retail chains|shops|online shops|online stores|web ?shops|merchants|grocers|supermarkets|department stores|e-?commerce (?:brands|companies|businesses|teams)|(?<!feature |data |object |vector |key-value )stores|h[äa]ndler|einzelh[äa]ndler|online-?shops|commer[cç]ants|magasins|tiendas|comercios|negozi|winkels|webwinkels|lojas|varejistas`,
  [TELCO]: String.raw`(?:mobile |network |telecom |telco |broadband )?operators|carriers|telcos|isps|internet service providers|telecom(?:munications)? (?:companies|providers)|netzbetreiber|op[ée]rateurs|operadores|operatori|operadoras`,
  [AUTO]: String.raw`manufacturers|factories|(?<!power |energy |nuclear |solar |wind |treatment )plants|carmakers|automakers|car makers|oems|production lines|machine builders|suppliers to carmakers|hersteller|fabriken|werke|usines|fabricants|f[áa]bricas|fabricantes|stabilimenti|fabrieken`,
  // Software firms as customers: with shops or banks beside them, the vendor serves many sectors (IT), not one.
  [IT]: String.raw`software (?:firms|companies|houses|vendors|teams)|tech(?:nology)? (?:companies|firms|startups)|saas (?:companies|businesses)|start-?ups|game studios|softwareh[äa]user|[ée]diteurs de logiciels|empresas de software|softwarebedrijven`,
  [PUBLIC]: String.raw`councils|cities|municipalities|local authorities|governments?|government agencies|public (?:sector|agencies|bodies)|transit agencies|police (?:forces|departments)|kommunen|st[äa]dte|beh[öo]rden|collectivit[ée]s|mairies|villes|ayuntamientos|municipios|comuni|gemeenten|prefeituras`,
};
const customerRes = Object.entries(CUSTOMER_CUES).map(([s, re]) => [s, wordRe(re)] as const);

/**
 * A technology company whose own sentence names customers of two or more sectors ("per clienti molto diversi: comuni,
 * studi legali, case editrici, utility e catene di negozi"): a product word there, or IT close behind in the model.
 */
function servesManySectors(sentence: string | undefined, itProbability: number): boolean {
  if (!sentence) return false;
  const customers = CUSTOMERS_RE.exec(sentence)?.[1] ?? '';
  const served = new Set(customerRes.filter(([, re]) => re.test(customers)).map(([s]) => s));
  if (served.size < 2) return false;
  return PRODUCT_WORD_RE.test(sentence) || itProbability >= 0.15;
}

/** Customers named as a range ("from grocery chains to utilities and manufacturers"): many sectors. */
const CUSTOMER_RANGE = /\bfrom\s+(?:\S+\s+){1,4}to\s+\S/i;
/** The customers clause of a sentence, and the words that say the employer sells a product. */
const CUSTOMERS_RE = /\b(?:(?:software|platforms?|tools|systems?|apps?)(?=(?: \S+){1,5} use\b)|for|used by|trusted by|serving|serves|helps?|lets|(?:companies|businesses|organi[sz]ations|customers|clients) (?:from|like|such as|including|ranging from)|(?:sells?|sold|licen[cs]es?) (?:[^.;]*? )?to|that (?:\S+ ){1,4}(?:use|run on|rely on)|für|pour|para|per|voor)\b(.*)$/iu;
const PRODUCT_RE = /\b(?:software|platforms?|app|apps|saas|apis?|system|systems|tools?|engine|plattform|plateforme|logiciels?|plataformas?|piattaforma|aplicativo|aplicaci[óo]n)\b/giu;
/** The same words for a single test (a global pattern keeps its position between `test` calls). */
const PRODUCT_WORD_RE = new RegExp(PRODUCT_RE.source, 'iu');


export const NULL_CLASS = 'none';
const MODEL_URL = new URL('./sector/model.json', import.meta.url);
let model: (CompiledModel & { threshold: number }) | null = null;
let modelText: string | null = null;

function loadModelText(): string {
  return (modelText ??= readFileSync(MODEL_URL, 'utf8'));
}

/** A short hash of the shipped weights, for the taxonomy version. */
export function sectorModelHash(): string {
  return createHash('sha256').update(loadModelText()).digest('hex').slice(0, 12);
}

function loadModel(): CompiledModel & { threshold: number } {
  if (model) return model;
  const m = JSON.parse(loadModelText()) as SoftmaxModel & { threshold: number };
  return (model = { ...compileModel(m), threshold: m.threshold });
}

/** The model's reading of a posting: the most probable class and its probability. */
export function sectorScores(text: string, company?: string, reading = readEmployer(text, company)): { best: string | null; p: number; probs: Record<string, number> } {
  const m = loadModel();
  const probs = predictSoftmax(m, featuresOf(reading, company));
  let k = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[k]!) k = i;
  const name = m.classes[k]!;
  return {
    best: name === NULL_CLASS ? null : name,
    p: probs[k]!,
    probs: Object.fromEntries(m.classes.map((c, i) => [c, probs[i]!])),
  };
}

/** The model's sector when it is at least `threshold` sure and the class is not "none"; else null. */
function modelVerdict(scores: { best: string | null; p: number }, text: string, company?: string, threshold = loadModel().threshold): string | null {
  const { best, p } = scores;
  if (!best || p < threshold) return null;
  // Animals' patients and surgeries are a vet's, and vets are unclassified (docs/sector-labels.md).
  if (best === HEALTH && (ANIMAL_CARE.test(company ?? '') || ANIMAL_CARE.test(introOf(text).slice(0, 400)))) return null;
  return best;
}

/** Everything above that decides a sector, for the taxonomy version. */
export const sectorRules: unknown = {
  version: 10,
  recruiter: [RECRUITER_INDUSTRY.source, RECRUITER_TEXT.source, CLIENT_WORD.source],
  governmentSelf: GOVERNMENT_SELF.source,
  university: [UNIVERSITY.source, UNIVERSITY_HOSPITAL.source],
  nameWords: NAME_WORDS,
  boilerplate: BOILERPLATE,
  selfDescription: SELF_DESCRIPTION,
  introChars: INTRO_CHARS,
  industry: INDUSTRY,
  unclassifiedIndustry: [UNCLASSIFIED_INDUSTRY.source, OUTSIDE_INDUSTRY_THRESHOLD],
  publicBody: PUBLIC_BODY,
  employers: buildEmployers(),
  cues: CUES,
  vendorCues: VENDOR_CUES,
  animalCare: ANIMAL_CARE.source,
  customerCues: CUSTOMER_CUES,
  customersClause: CUSTOMERS_RE.source,
  customerRange: CUSTOMER_RANGE.source,
  dealer: DEALER.source,
  chipmaker: CHIPMAKER.source,
  travelSelf: TRAVEL_SELF.source,
  productWords: PRODUCT_RE.source,
  aboutHeading: ABOUT_HEADING_SOURCE,
  stopWords: STOP_WORDS,
  // The classifier's weights (read when the version is computed).
  get model(): string {
    return sectorModelHash();
  },
};
