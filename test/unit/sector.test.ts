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

describe('sectorFor: names decide before the text', () => {
  it('a name word that says a sector\'s business decides; "Software" in a name is only the fallback', () => {
    expect(sectorFor({ company: 'Banca Adriatica', text: 'x' })).toBe(FIN);
    expect(sectorFor({ company: 'Gemeente Zuidveld', text: 'x' })).toBe(PUBLIC);
    expect(sectorFor({ company: 'Innstadt Verkehrsbetriebe', text: 'x' })).toBe(PUBLIC);
    expect(sectorFor({ company: 'Nordlicht Software Systems', text: 'x' })).toBe(IT);
    expect(sectorFor({ company: 'Northgate Retail', text: 'x' })).toBe(RETAIL);
  });

  it('a municipal utility, a vet\'s hospital and a digital agency are not placed by their names', () => {
    expect(sectorFor({ company: 'Stadtwerke Rheinfeld', text: 'x' })).toBeNull();
    expect(sectorFor({ company: 'Wagtail Veterinary Hospital', text: 'x' })).toBeNull();
    expect(sectorFor({ company: 'Brightwave Digital Agency', text: 'x' })).toBeNull();
  });

  it('an industry field that says software gives way to a text that places a vendor in its customers\' sector', () => {
    const text = 'About Loftmark\nLoftmark makes the core banking platform that 140 credit unions and community banks run on: deposit accounts, loans, cards and online banking.';
    expect(sectorFor({ company: 'Loftmark Software', industry: 'Computer Software', text })).toBe(FIN);
    expect(sectorFor({ company: 'Loftmark Software', industry: 'Computer Software', text: 'Build our React front end.' })).toBe(IT);
  });

  it('names in other languages: a German health insurer, an Italian payments firm', () => {
    expect(sectorFor({ company: 'Alsterquell Private Krankenversicherung a.G.', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Navigli Pagamenti S.p.A.', text: 'x' })).toBe(FIN);
  });

  it('an airline is not aircraft manufacturing, whatever its board\'s industry field says', () => {
    expect(sectorFor({ company: 'Hornbill Air', industry: 'Airlines and Aviation', text: 'Hornbill Air flies 52 aircraft to 40 cities.' })).toBeNull();
    expect(sectorFor({ industry: 'Aviation and Aerospace Component Manufacturing', company: 'Acme' })).toBe(AUTO);
  });

  it('chips are IT whatever the industry field says; a "sanitario" group is healthcare; an AI lab falls back to IT', () => {
    expect(sectorFor({ industry: 'Semiconductor Manufacturing', company: 'Penara Semiconductor' })).toBe(IT);
    expect(sectorFor({ company: 'Grupo Sanitario Marjal', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Serangoon AI Labs Pte. Ltd.', text: 'Join our speech team.' })).toBe(IT);
  });

  it('health mutuals, care homes and payment processors by their names in other languages', () => {
    expect(sectorFor({ company: 'Mutualité Horizon Wallonie', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Alterszentrum Sitterhof', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Pagalia Procesos de Pago S.L.', text: 'x' })).toBe(FIN);
  });

  it('industry fields in the boards\' local languages', () => {
    expect(sectorFor({ industry: 'Telekommunikation', company: 'Acme' })).toBe(TELCO);
    expect(sectorFor({ industry: 'Koneiden ja laitteiden valmistus', company: 'Acme' })).toBe(AUTO);
    expect(sectorFor({ industry: 'Rachunkowość i księgowość', company: 'Acme' })).toBe(FIN);
    expect(sectorFor({ industry: 'Öffentliche Verwaltung', company: 'Acme' })).toBe(PUBLIC);
    expect(sectorFor({ industry: 'Handel detaliczny', company: 'Acme' })).toBe(RETAIL);
    // "Vermögensverwaltung" (asset management) is not public administration.
    expect(sectorFor({ industry: 'Vermögensverwaltung', company: 'Acme' })).not.toBe(PUBLIC);
  });

  it('"Hospitality" is hotels, not hospitals', () => {
    const text = 'Harbourlight Hotels runs 38 hotels along the coast. Guests, patients of our spa partners and families stay with us.';
    expect(sectorFor({ industry: 'Hospitality', company: 'Harbourlight Hotels', text })).toBeNull();
    expect(sectorFor({ industry: 'Hospitals and Health Care', company: 'Acme' })).toBe(HEALTH);
  });

  it('an industry field outside the seven needs a clear description to be outweighed', () => {
    const pipelines = 'Position summary\nThe Data Engineer builds the data pipelines behind billing and smart-meter reporting, on Spark, Kafka and a cloud data platform.';
    expect(sectorFor({ industry: 'Utilities', company: 'Caldrey Energy', text: pipelines })).toBeNull();
    const fulfilment = 'We ship 40,000 orders a day for 1,800 online shops. Lanternby stores, picks, packs and ships for online stores and marketplace sellers from six fulfilment centres, so their shoppers get parcels the next day.';
    expect(sectorFor({ industry: 'Logistics and Supply Chain', company: 'Lanternby', text: fulfilment })).toBe(RETAIL);
  });

  it('insurers, bookkeepers, dairies and public bodies by their names in German, Polish, Czech and the Nordic languages', () => {
    expect(sectorFor({ company: 'Hallerwald Versicherungsgruppe', text: 'x' })).toBe(FIN);
    expect(sectorFor({ company: 'Biuro Rachunkowe Kwartał', text: 'x' })).toBe(FIN);
    expect(sectorFor({ company: 'Zakłady Mleczarskie Lipno', text: 'x' })).toBe(AUTO);
    expect(sectorFor({ company: 'Ödeby kommun', text: 'x' })).toBe(PUBLIC);
    expect(sectorFor({ company: 'Fiskeridirektoratet', text: 'x' })).toBe(PUBLIC);
    expect(sectorFor({ company: 'Úřad pro evidenci vozidel', text: 'x' })).toBe(PUBLIC);
    // A dairy farm is farming (unclassified), not a dairy plant.
    expect(sectorFor({ company: 'Rivermead Dairy Partnership', text: 'We milk 900 cows on irrigated pasture.' })).not.toBe(AUTO);
  });

  it('NHS trusts, health funds and Swiss "Spital" are Healthcare; a mutual insurer stays Finance', () => {
    expect(sectorFor({ company: 'Eastmere Community NHS Trust', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Westralia Health Fund', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Kantonsspital Lindenau', text: 'x' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Harrow Vale Mutual Insurance', text: 'x' })).toBe(FIN);
    const insurer = 'About us\nCorrabee is a not-for-profit health insurer looking after 90,000 members; every dollar we save goes back into their cover.';
    expect(sectorFor({ company: 'Corrabee', text: insurer })).toBe(HEALTH);
  });

  it('car dealers filed under "Automotive" are Retail; a Czech automotive industry field is Manufacturing', () => {
    const dealer = 'Kestrel Motor Group is a family-owned automotive retailer with 12 new and used car dealerships across the region.';
    expect(sectorFor({ company: 'Kestrel Motor Group', industry: 'Automotive', text: dealer })).toBe(RETAIL);
    expect(sectorFor({ company: 'Kestrel Pressings', industry: 'Automotive', text: 'We press body panels for carmakers.' })).toBe(AUTO);
    expect(sectorFor({ company: 'Acme', industry: 'Automobilový průmysl', text: 'x' })).toBe(AUTO);
  });

  it('a vendor whose customers run "from X to Y" serves many sectors; "the software municipalities use" is made for cities', () => {
    const range = 'Brightfold builds a forecasting SaaS used by 80 companies, from grocery chains to utilities and manufacturers.';
    expect(sectorFor({ company: 'Brightfold', text: range })).not.toBe(AUTO);
    const cities = 'Cisterna Civic builds the software municipalities across the region use to run city services: waste collection routing and smart parking.';
    expect(sectorFor({ company: 'Cisterna Civic', text: cities })).toBe(PUBLIC);
  });

  it('chipmakers are IT whatever their fabs make; a travel company that books trips is unclassified', () => {
    const fab = 'Lianhe Semiconductor is a wafer foundry with two 12-inch fabs, manufacturing logic chips for customers worldwide.';
    expect(sectorFor({ company: 'Lianhe Semiconductor Co., Ltd.', text: fab })).toBe(IT);
    const travel = 'Farwander is one of Europe\'s fastest-growing online travel companies: millions of travellers book holidays and city breaks on our app.';
    expect(sectorFor({ company: 'Farwander', text: travel })).toBeNull();
  });

  it('plural "Assurances" and Swedish "Fordon" in names; pharmacies, grocers and online shops in more languages', () => {
    expect(sectorFor({ company: 'Tilleul Assurances', text: 'x' })).toBe(FIN);
    expect(sectorFor({ company: 'Lindqvist Fordonsteknik AB', text: 'x' })).toBe(AUTO);
    expect(sectorFor({ company: 'Mateřídouška s.r.o.', text: 'Síť lékáren Mateřídouška provozuje 24 lékáren na Moravě. Do naší lékárny hledáme farmaceuta.' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Grytan Nordic AB', text: 'Grytan är Nordens största nätbutik för köksutrustning. Inför hösten utökar vi kvällsskiftet på vårt lager.' })).toBe(RETAIL);
  });

  it('returns null with no evidence at all', () => {
    expect(sectorFor({})).toBeNull();
    expect(sectorFor({ company: null, industry: null, text: null })).toBeNull();
    expect(sectorFor({ company: 'Northwind', text: 'Build ML models in Python. Strong SQL.' })).toBeNull();
  });
});

describe('sectorFor: the employer in its own words (the model)', () => {
  const t = (company: string, text: string): string | null => sectorFor({ company, text });

  it.each([
    ['Northwind', 'Northwind is a digital bank. Our lending and payments products serve two million customers.', FIN],
    ['Harbourline', 'Who we are\nHarbourline has insured homes and cars in Ontario since 1921.', FIN],
    ['Oakhollow Care', 'Oakhollow runs nine nursing homes and a home care service for older people in Kent.', HEALTH],
    ['Tarragon', 'Tarragon discovers, develops and manufactures antibody medicines for autoimmune disease.', HEALTH],
    ['Halden Outdoor', 'Halden sells hiking gear through its online store and 22 shops across Scotland.', RETAIL],
    ['Telvia', '&lt;h3&gt;About Telvia&lt;/h3&gt;&lt;p&gt;Telvia is a mobile and broadband operator with 9 million subscribers.&lt;/p&gt;', TELCO],
    ['Redgum Trucks', 'Redgum designs and builds electric trucks for quarries and ports in its Adelaide factory.', AUTO],
    ['Marlow', 'Marlow runs 18 public libraries, bin collections and school admissions for 400,000 residents.', PUBLIC],
    ['Quorra', 'About Quorra. Quorra is a B2B SaaS company: 2,000 software teams use our platform to ship faster.', IT],
    // in other languages
    ['Kramkiste GmbH', 'Über uns\nKramkiste ist einer der größten Online-Shops für Spielwaren in Österreich.', RETAIL],
    ['Telered', 'Telered es un operador de telecomunicaciones con 12 millones de clientes en España.', TELCO],
    ['Farmavida', 'A Farmavida é uma rede de farmácias com 900 lojas no Brasil.', HEALTH],
    ['Cassa Valtorre', 'Chi siamo\nDa 150 anni raccogliamo il risparmio delle famiglie e finanziamo le imprese del territorio. Oggi contiamo 95 filiali.', FIN],
  ])('%s', (company, text, sector) => {
    expect(t(company, text)).toBe(sector);
  });

  it('a vendor made for one sector is in that sector (docs/sector-labels.md)', () => {
    expect(t('Sagegrove', 'Sagegrove is a software company building staff scheduling tools for hospitals and clinics.')).toBe(HEALTH);
    expect(t('Signalpath', 'Signalpath builds billing and charging systems for mobile network operators in 20 countries.')).toBe(TELCO);
  });

  it('a technology company whose customers span several sectors is IT; one that helps one sector\'s staff is in it', () => {
    expect(t('Sintassi Lab S.r.l.', 'Sintassi Lab sviluppa assistenti virtuali e motori di ricerca in italiano per clienti molto diversi: comuni, studi legali, case editrici, utility e catene di negozi.')).toBe(IT);
    expect(t('Cherwell Histology AI', 'Cherwell Histology AI builds software that helps pathologists read biopsy slides in hospital laboratories.')).toBe(HEALTH);
  });

  it('a vendor whose customers run from shops to software firms serves many sectors: IT, not retail', () => {
    expect(t('Tillhook', 'Tillhook makes help-desk software that support teams at 3,000 companies – from garden centres and shops to software firms – use to answer their customers.')).toBe(IT);
    expect(t('Tillhook', 'Tillhook makes help-desk software that support teams at 3,000 online shops use to answer their customers.')).toBe(RETAIL);
  });

  it('a body that says it is part of government is Public Sector, whatever its work is about', () => {
    expect(t('Tasman Benefits Integrity Office', 'The Tasman Benefits Integrity Office is the Commonwealth agency responsible for making sure payments under national schemes reach the people entitled to them, and for detecting fraud.')).toBe(PUBLIC);
    expect(t('Landesamt Nord', 'Das Landesamt Nord ist die Aufsichtsbehörde für Banken und Versicherungen in drei Ländern.')).toBe(PUBLIC);
    expect(t('Verdant Payments', 'Verdant Payments is a payments company; we help government agencies collect fees online.')).not.toBe(PUBLIC);
  });

  it('universities are unclassified whatever their research is about; a university hospital is Healthcare', () => {
    expect(sectorFor({ company: 'Harlow Vale University', text: 'Research Computing supports 1,400 researchers, from genomics and cancer biology to hospital data, with GPU clusters.' })).toBeNull();
    expect(sectorFor({ company: 'Harlow Vale University Hospital', text: 'We care for 600,000 patients a year across three sites.' })).toBe(HEALTH);
  });

  it('makers of medical devices are Healthcare even when their name says robotics or industries', () => {
    expect(sectorFor({ company: 'Corvid Surgical Robotics', text: 'We design and manufacture robotic arms for keyhole surgery.' })).toBe(HEALTH);
    expect(sectorFor({ company: 'Corvid Robotics', text: 'We design and manufacture robotic arms for car body shops.' })).toBe(AUTO);
  });

  it('a recruiter is in its client\'s sector when the posting says what the client does, else unclassified', () => {
    const job = '\nThe role:\n- Build ML pipelines and deploy models on Kubernetes\n- Monitor models in production\nWhat they are looking for:\n- Strong Python and MLOps experience';
    expect(sectorFor({ company: 'Pendle Search', industry: 'Staffing and Recruiting', text: `Pendle Search are working with a fast-growing, well-funded client to hire an MLOps Engineer into their platform team.${job}` })).toBeNull();
    expect(sectorFor({ company: 'Pendle Search', text: `We are working with a fast-growing client to hire an MLOps Engineer.${job}\nPendle Search is acting as an employment agency in relation to this vacancy.` })).toBeNull();
    expect(sectorFor({ company: 'Pendle Search', industry: 'Staffing and Recruiting', text: `Our client, a leading retail bank with 300 branches, is hiring an MLOps Engineer.${job}` })).toBe(FIN);
  });

  it('wholesalers, dairies, operators\' airtime and card readers for merchants, in several languages', () => {
    expect(t('Vätternhallen Grossist AB', 'Vätternhallen är en fristående grossist som levererar livsmedel till matbutiker och restauranger.')).toBe(RETAIL);
    expect(t('Laiterie du Jorat SA', 'Chaque jour, notre fromagerie transforme 400 000 litres de lait en gruyère et en beurre dans notre usine de Moudon.')).toBe(AUTO);
    expect(t('Simba Mobile Ltd', 'From Kisumu to Mombasa, 6 million people use our SIM cards to call and browse; we run 2,800 cell sites and sell airtime and data bundles through agents.')).toBe(TELCO);
    expect(t('Cobrafácil SpA', 'Nuestros lectores de tarjetas y links de pago permiten a 60.000 comercios cobrar con tarjetas de crédito y débito.')).toBe(FIN);
    expect(sectorFor({ company: 'Elbtal Privatbank AG', text: 'x' })).toBe(FIN);
  });

  it('reads an "About us" section that follows the opening in a short posting', () => {
    const text = 'We are looking for someone to build the reporting for our sales team.\nWhat you will do\n- Build dashboards in Power BI\n- Work with the sales leads\nAbout us\nFernhollow keeps 400,000 homes online over its own fibre network and sells mobile plans in 60 shops.';
    expect(t('Fernhollow', text)).toBe(TELCO);
  });

  it('reads an "About us" section at the end of a long posting', () => {
    const text = `Senior Data Engineer\n${'- Build and run batch pipelines in Spark and Airflow for the analytics team.\n'.repeat(40)}About us\nHarrowgate Mutual insures 300,000 farms and rural homes, and pays most claims within a week.`;
    expect(t('Harrowgate', text)).toBe(FIN);
  });

  it('benefits words and passing mentions are not the sector', () => {
    expect([null, AUTO]).toContain(t('Lumo', 'About Lumo. We design board games. Perks: private medical insurance, life insurance, 8 bank holidays, season ticket loan.'));
    expect(t('Copperpot', 'Copperpot runs 35 neighbourhood restaurants.\nBenefits: workplace pension, meals on shift.')).toBeNull();
  });

  it('unclassified employers stay unclassified', () => {
    expect(t('Kestrel Freight', 'Kestrel Freight is a trucking and logistics company moving goods for 4,000 shippers across North America.')).toBeNull();
    expect(t('Wagtail Veterinary Hospital', 'Wagtail Veterinary Hospital cares for dogs, cats and rabbits, with a 24-hour emergency service and a surgical suite.')).toBeNull();
    expect(t('The Calderwood Institute', 'The Calderwood Institute is an independent, non-profit research lab studying how machines learn.')).toBeNull();
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
