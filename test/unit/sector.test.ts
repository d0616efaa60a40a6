import { describe, expect, it } from 'vitest';
import { sectorFor, sectorRules } from '../../src/core/sector.ts';
import { SECTOR_NAMES } from '../../src/core/taxonomy/taxonomy.data.ts';

const IT = 'Information Technology & Software Development';
const FIN = 'Finance & FinTech';
const HEALTH = 'Healthcare & Pharmaceuticals';
const RETAIL = 'E-commerce & Retail';
const TELCO = 'Telecommunications';
const AUTO = 'Automotive & Manufacturing';
const PUBLIC = 'Public Sector & Smart Cities';

const BY_EMPLOYER: Array<[string, string | null]> = [
  ['Google LLC', IT],
  ['Microsoft Corporation', IT],
  ['Meta Platforms, Inc.', IT],
  ['Amazon Web Services, Inc.', IT],
  ['AWS', IT],
  ['Amazon', RETAIL],
  ['Amazon.com Services LLC', RETAIL],
  ['JPMorgan Chase & Co.', FIN],
  ['J.P. Morgan', FIN],
  ['Capital One Services, LLC', FIN],
  ['PayPal', FIN],
  ['Block, Inc.', FIN],
  ['GE HealthCare', HEALTH],
  ['GE Healthcare', HEALTH],
  ['Siemens Healthineers', HEALTH],
  ['Pfizer Inc.', HEALTH],
  ['1000 Merck Sharp & Dohme LLC', HEALTH],
  ['Siemens AG', AUTO],
  ['Walmart Global Tech', RETAIL],
  ['Flipkart', RETAIL],
  ['Target Corporation', RETAIL],
  ['AT&T Services, Inc.', TELCO],
  ['Telefónica', TELCO],
  ['Ericsson', TELCO],
  ['BMW Group', AUTO],
  ['Tesla, Inc.', AUTO],
  ['General Motors', AUTO],
  ['City of Toronto', PUBLIC],
  ['Government of Canada', PUBLIC],
  ['Larkbridge Bank plc', FIN],
  ['Veltro Therapeutics', HEALTH],
  ['Ostmark Motors GmbH', AUTO],
  ['Harbourline Transit Authority', PUBLIC],
  ['Acme Widgets', null],
  ['Northwind Analytics', null],
];

describe('sectorFor: employer', () => {
  it.each(BY_EMPLOYER)('%s → %s', (company, sector) => {
    expect(sectorFor({ company })).toBe(sector);
  });
});

describe('sectorFor: industry field comes first', () => {
  it.each([
    ['Banking', FIN],
    ['Financial Services', FIN],
    ['Hospital & Health Care', HEALTH],
    ['Pharmaceuticals', HEALTH],
    ['Medical Devices', HEALTH],
    ['Retail', RETAIL],
    ['Telecommunications', TELCO],
    ['Automotive', AUTO],
    ['Government Administration', PUBLIC],
    ['Computer Software', IT],
  ] as const)('%s → %s', (industry, sector) => {
    expect(sectorFor({ industry, company: 'Acme Widgets' })).toBe(sector);
  });

  it('wins over the employer list', () => {
    expect(sectorFor({ industry: 'Hospital & Health Care', company: 'Google' })).toBe(HEALTH);
  });

  it('falls through to the employer when the industry maps to no sector', () => {
    expect(sectorFor({ industry: 'Education', company: 'PayPal' })).toBe(FIN);
    expect(sectorFor({ industry: 'Education', company: 'Acme Widgets' })).toBeNull();
  });
});

describe('sectorFor: text cues are cautious', () => {
  it('needs several distinct strong cues', () => {
    const text = 'Northwind is a digital bank. Our lending and payments products serve millions; join the credit risk team.';
    expect(sectorFor({ company: 'Northwind', text })).toBe(FIN);
    const clinical = 'We support clinical teams in hospitals: our models help physicians and patients, from diagnostics to drug discovery.';
    expect(sectorFor({ company: 'Northwind', text: clinical })).toBe(HEALTH);
  });

  it('stays null on passing mentions', () => {
    expect(sectorFor({ company: 'Northwind', text: 'Build ML models. Experience with healthcare or banking data is a plus.' })).toBeNull();
    expect(sectorFor({ company: 'Northwind', text: 'We build cloud software for developers.' })).toBeNull();
  });

  it('reads entity-escaped HTML and ignores benefits boilerplate', () => {
    const escaped = '&lt;h3&gt;About Telvia&lt;/h3&gt;&lt;p&gt;Telvia is a mobile and broadband operator with 9 million subscribers.&lt;/p&gt;';
    expect(sectorFor({ company: 'Telvia', text: escaped })).toBe(TELCO);
    const perks = 'About Lumo. We make board games. Perks: private medical insurance, life insurance, 8 bank holidays, season ticket loan.';
    expect(sectorFor({ company: 'Lumo', text: perks })).toBeNull();
  });

  it('takes IT only from self-descriptions', () => {
    const saas = 'About Quorra. Quorra is a B2B SaaS and enterprise software company used by 2,000 software teams.';
    expect(sectorFor({ company: 'Quorra', text: saas })).toBe(IT);
  });

  it('one clear self-description is enough, in English, German or French', () => {
    expect(sectorFor({ company: 'Kramkiste GmbH', text: 'Über uns\nKramkiste ist einer der größten Online-Shops für Spielwaren in Österreich.' })).toBe(RETAIL);
    expect(sectorFor({ company: 'Cabas', text: 'Qui sommes-nous ?\nCabas est le site e-commerce des produits frais.' })).toBe(RETAIL);
    expect(sectorFor({ company: 'Hirewell', text: 'Permanent role for a leading financial services client.\nPython, SQL.' })).toBe(FIN);
    // The same single cue outside a self-description stays a passing mention.
    expect(sectorFor({ company: 'Northwind', text: 'About the team\nWe help e-commerce teams measure their funnels.' })).toBeNull();
  });

  it('a self-description does not come from a list item or the equal-opportunity line', () => {
    const text = 'About Mosaic\nMosaic publishes magazines and podcasts.\n- Improve ranking for our ad marketplace\nWe are an equal opportunity employer.';
    expect(sectorFor({ company: 'Mosaic', text })).toBeNull();
  });

  it('stays null when two sectors compete', () => {
    const text = 'Payments and lending for hospitals: banking for clinical teams and patients.';
    expect(sectorFor({ text })).toBeNull();
  });

  it('returns null with no evidence at all', () => {
    expect(sectorFor({})).toBeNull();
    expect(sectorFor({ company: null, industry: null, text: null })).toBeNull();
  });
});

describe('sectorFor: how employers describe themselves', () => {
  const t = (text: string, company = 'Acme'): string | null => sectorFor({ company, text });
  it('reads what the employer makes, sells or runs', () => {
    expect(t('Lumenhall makes collaborative whiteboard software used by design teams.')).toBe(IT);
    expect(t('Quarry sells an enterprise software platform for model monitoring.')).toBe(IT);
    expect(t('Halden sells hiking gear through its online store and 22 shops.')).toBe(RETAIL);
    expect(t('Tessellate builds robotic cells that pack parcels in warehouses and factories.')).toBe(AUTO);
    expect(t('Hanok develops driver-assistance systems for car makers in Korea.')).toBe(AUTO);
    expect(sectorFor({ company: 'Grantley Pensions', text: 'Grantley looks after the retirement savings of 1.4 million people.' })).toBe(FIN);
    expect(t('Grantley is a provider of retirement savings and insurers of last resort.')).toBe(FIN);
  });

  it('knows other languages and public bodies by their names', () => {
    expect(t('Telered es un operador de telecomunicaciones con 12 millones de clientes.')).toBe(TELCO);
    expect(t('A Farmavida é uma rede de farmácias com 900 lojas no Brasil.')).toBe(HEALTH);
    expect(sectorFor({ company: 'Banca Adriatica', text: 'x' })).toBe(FIN);
    expect(sectorFor({ company: 'Stadtwerke Rheinfeld', text: 'x' })).toBe(PUBLIC);
    expect(sectorFor({ company: 'Gemeente Zuidveld', text: 'x' })).toBe(PUBLIC);
  });

  it('the customers named after "for" or "sold in" are not the employer', () => {
    expect(t('Sagegrove is a software company building scheduling tools for hospitals and clinics.')).toBe(IT);
    // Manufacturing evidence is thin here, so unclassified rather than retail.
    expect(t('Hallbrook Foods makes frozen meals and snacks sold in 20,000 supermarkets.', 'Hallbrook Foods')).toBeNull();
    // A recruiter's client is the employer.
    expect(t('We are hiring for a leading financial services client.')).toBe(FIN);
  });

  it('a vendor named after its customers is not in their sector by name', () => {
    expect(sectorFor({ company: 'Stillwater Retail Technologies', text: 'We make shelf-scanning cameras for grocery stores.' })).toBeNull();
    expect(sectorFor({ company: 'Northgate Retail', text: 'x' })).toBe(RETAIL);
    expect(sectorFor({ company: 'Nordlicht Software Systems', text: 'x' })).toBe(IT);
  });

  it('a pension in the benefits is not finance', () => {
    expect(t('Copperpot runs 35 neighbourhood restaurants.\nBenefits: workplace pension, meals on shift.')).toBeNull();
  });
});

describe('sectorFor: cues from the third development set', () => {
  const t = (text: string, company = 'Acme'): string | null => sectorFor({ company, text });
  it('care homes, clinics and health insurers in their own languages are healthcare', () => {
    expect(t('Oakhollow runs nine nursing homes and a residential care service in Kent.')).toBe(HEALTH);
    expect(t('Duinzorg is een zorgverzekeraar voor het noorden van het land.')).toBe(HEALTH);
    expect(sectorFor({ company: 'Clínica San Rafael', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Ospedale Santa Chiara', text: 'x' })).toBe(HEALTH);
  });

  it('accountancy and mutual insurers are finance; accounting software is FinTech', () => {
    expect(t('Pellow & Hart is an accountancy practice for farms and family firms.')).toBe(FIN);
    expect(sectorFor({ company: 'Mutuelle du Vercors', text: 'x' })).toBe(FIN);
    expect(sectorFor({ company: 'Seguradora Boa Vista', text: 'x' })).toBe(FIN);
    // The software's own domain decides; "makes … software" alone is IT.
    expect(t('Tallyhoe makes accounting software for sole traders.')).toBe(FIN);
    expect(t('Tallyhoe makes scheduling software for dental practices.')).toBe(IT);
  });

  it('grocers, supermarket chains and varejo names are retail; a pharmacy chain with shops stays healthcare', () => {
    expect(t('Marktkorb ist ein Lebensmittelhändler mit 60 Filialen in Thüringen.')).toBe(RETAIL);
    expect(sectorFor({ company: 'Supermercados Río Verde', text: 'x' })).toBe(RETAIL);
    expect(sectorFor({ company: 'Varejo Sol Nascente', text: 'x' })).toBe(RETAIL);
    expect(t('A Drogamais é uma rede de farmácias com 200 lojas.')).toBe(HEALTH);
  });

  it('trucks, machinery and driver assistance are manufacturing, also in German and Italian', () => {
    expect(t('Redgum builds electric trucks for quarries and ports.')).toBe(AUTO);
    expect(t('Spurwerk entwickelt Software für Fahrerassistenzsysteme.')).toBe(AUTO);
    expect(sectorFor({ company: 'Officine Fratelli Riva', text: 'x' })).toBe(AUTO);
  });

  it('apps, streaming services and hosting companies are IT; a cloud company says so in its name', () => {
    expect(t('Stridewell makes a sleep tracking app for shift workers.')).toBe(IT);
    expect(t('Reelhouse is a streaming service for documentaries.')).toBe(IT);
    expect(sectorFor({ company: 'Bramble Cloud', text: 'x' })).toBe(IT);
    // An app for patients is still the patients' sector evidence, not IT.
    expect(t('Bluewren builds patient apps for clinics.')).toBe(HEALTH);
  });

  it('public transport operators are public sector', () => {
    expect(sectorFor({ company: 'Innstadt Verkehrsbetriebe', text: 'x' })).toBe(PUBLIC);
    expect(t('Die Seestadt Verkehrsbetriebe betreiben Busse und Straßenbahnen.')).toBe(PUBLIC);
  });
});

describe('sectorFor: employers in their own words', () => {
  const t = (text: string, company = 'Acme'): string | null => sectorFor({ company, text });
  it('a sentence that opens with the employer\'s name is its self-description', () => {
    expect(t('About Ledgerly\nLedgerly is accounting software for freelancers: invoices and tax in one app.', 'Ledgerly')).toBe(FIN);
    expect(t('Who we are\nHarbourline Mutual has insured homes and cars in Ontario since 1921.', 'Harbourline Mutual')).toBe(FIN);
    expect(t('About the company\nFerrovia Components manufactures brake discs and castings for carmakers in four plants.', 'Ferrovia Components')).toBe(AUTO);
    // The name alone, or a heading with it, says nothing.
    expect(t('About Ledgerly\nBuild our web app in React.', 'Ledgerly')).toBeNull();
  });

  it('insuring as a verb is finance, but "insure that" is not', () => {
    expect(t('Acme insures 40,000 farms and their livestock across Wales.')).toBe(FIN);
    expect(t('Acme designs garden furniture. You will insure that orders ship on time and stock is counted.')).toBeNull();
  });

  it('shops, chains and telecom compounds in French, Dutch, Italian and Portuguese', () => {
    expect(t('Maison Corbel est une enseigne de prêt-à-porter présente dans 120 magasins et en ligne.', 'Maison Corbel')).toBe(RETAIL);
    expect(t('Tulpstad Online is een webwinkel voor fietsen met klanten in de hele Benelux.', 'Tulpstad Online B.V.')).toBe(RETAIL);
    expect(t('Draadloos Noord is een telecomaanbieder met een eigen glasvezel- en mobiel netwerk.', 'Draadloos Noord')).toBe(TELCO);
    expect(t('Farmacie Unite Nord è una catena di 150 farmacie nel nord Italia.', 'Gruppo Nord')).toBe(HEALTH);
    // A pharmacy chain's shops do not make it retail.
    expect(t('A Drogavida é uma rede de 300 farmácias com lojas em todo o país.', 'Drogavida')).toBe(HEALTH);
    expect(t('A Vinhateira Digital é uma empresa de software que cria plataformas de gestão.', 'Vinhateira Digital')).toBe(IT);
    expect(t('Opticentre développe des logiciels d\'aide au diagnostic pour les ophtalmologistes et les hôpitaux.', 'Opticentre')).toBe(HEALTH);
  });

  it('names that say health or mutual', () => {
    expect(sectorFor({ company: 'Opticentre Santé', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Harbourline Mutual', text: 'x' })).toBe(FIN);
  });

  it('a council\'s library service is public sector', () => {
    expect(t('The county library service runs 18 public libraries and a mobile library for residents.', 'Marlow County Library Service')).toBe(PUBLIC);
  });

  it('work done for one sector\'s businesses places the employer there when its own words name no sector', () => {
    expect(t('Parcelwise routes parcels for 300 online shops across Europe.', 'Parcelwise')).toBe(RETAIL);
    expect(t('Corvid Security detects account takeovers for banks and fintechs.', 'Corvid Security')).toBe(FIN);
    expect(t('Signalpath builds billing and charging systems for mobile network operators in 20 countries.', 'Signalpath')).toBe(TELCO);
    // Not when the employer already says what it is, names itself a vendor, or serves brands.
    expect(t('Sagegrove is a software company building scheduling tools for hospitals and clinics.', 'Sagegrove')).toBe(IT);
    expect(sectorFor({ company: 'Stillwater Retail Technologies', text: 'Stillwater makes shelf-scanning cameras for grocery stores.' })).toBeNull();
    expect(t('Stackwell Logistics runs third-party warehouses for fashion and homeware brands.', 'Stackwell Logistics')).toBeNull();
  });

  it('a haulier that runs trucks is not a truck maker', () => {
    expect(t('Northstar Freight moves goods by road and rail, with 40 terminals and 2,500 trucks.', 'Northstar Freight')).toBeNull();
    expect(t('Redgum builds electric trucks for quarries and ports.', 'Redgum')).toBe(AUTO);
  });

  it('a non-profit institute\'s research lab is not a technology company', () => {
    expect(t('The Calderwood Institute is an independent, non-profit research lab studying how machines learn.', 'The Calderwood Institute')).toBeNull();
    expect(t('Parallax Labs is an independent AI research lab.', 'Parallax Labs')).toBe(IT);
  });
});

describe('sectorRules', () => {
  it('is JSON data and names only taxonomy sectors', () => {
    expect(JSON.parse(JSON.stringify(sectorRules))).toEqual(sectorRules);
    for (const [, company] of BY_EMPLOYER.map(([c]) => [c, sectorFor({ company: c })] as const)) {
      if (company !== null) expect(SECTOR_NAMES).toContain(company);
    }
  });
});
