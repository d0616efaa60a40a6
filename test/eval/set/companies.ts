// Fictional employers (plus a few of the seed's named employers) with the intro paragraph their
// boards put on every posting, and the sector an analyst would file them under (null: none of the seven).
// Intros deliberately carry no taxonomy entity, only traps (R&D, "spark innovation").
import { SECTOR } from './entities.ts';

export interface Company {
  name: string;
  sector: string | null;
  intro: string;
}

export const COMPANIES: Record<string, Company> = {
  northwind: {
    name: 'Northwind Labs',
    sector: SECTOR.IT,
    intro: `# About Northwind Labs
Northwind Labs builds developer tooling used by more than 40,000 software teams. Our platform helps engineers ship code faster, review it safely and understand how their services behave in production. We are a remote-friendly software company of 600 people with hubs in San Francisco, Toronto and London.`,
  },
  cobalt: {
    name: 'Cobaltline Software',
    sector: SECTOR.IT,
    intro: `# Who we are
Cobaltline Software makes a B2B SaaS platform that mid-sized companies use to plan budgets, forecast revenue and close their books. Founded in 2014, we now serve 3,000 customers in 30 countries, and our product and engineering teams sit in Austin, Dublin and Bengaluru.`,
  },
  quill: {
    name: 'Quillstack',
    sector: SECTOR.IT,
    intro: `# About Quillstack
Quillstack is a cloud infrastructure company. We run a global network of data centres and offer compute, storage and managed databases to startups and enterprises alike. Our engineers care about reliability, clear writing and calm on-call rotations.`,
  },
  helio: {
    name: 'Heliograph AI',
    sector: SECTOR.IT,
    intro: `# About Heliograph
Heliograph AI is an applied research lab and software company. We train foundation models and turn them into products that businesses can trust: assistants, document understanding and search. Our R&D group publishes openly and collaborates with universities in Canada, the UK and Germany.`,
  },
  sap: {
    name: 'SAP',
    sector: SECTOR.IT,
    intro: `# Why join us
We help the world run better. Our enterprise software connects finance, supply chain and people processes for organisations of every size, and our teams in Walldorf, Bangalore and Vancouver build the cloud applications behind them.`,
  },
  larkspur: {
    name: 'Larkspur Bank',
    sector: SECTOR.FIN,
    intro: `# About Larkspur Bank
Larkspur Bank is a UK retail and business bank serving four million customers. We offer current accounts, mortgages, savings and small-business lending through our app and 120 branches. We are regulated by the PRA and FCA, and we take our responsibility to customers seriously.`,
  },
  tallyrand: {
    name: 'Tallyrand Pay',
    sector: SECTOR.FIN,
    intro: `# About Tallyrand
Tallyrand Pay is a fintech that lets online merchants accept card and bank payments in 40 currencies. We process more than 2 billion dollars a month, fight fraud in real time and pay out merchants the next day. Teams sit in New York, Amsterdam and Singapore.`,
  },
  meridian: {
    name: 'Meridian Mutual Insurance',
    sector: SECTOR.FIN,
    intro: `# About Meridian Mutual
Meridian Mutual is a policyholder-owned insurer offering home, auto and life cover to 1.8 million members across the United States. For 90 years we have been there when our members need us most.`,
  },
  brightwater: {
    name: 'Brightwater Capital',
    sector: SECTOR.FIN,
    intro: `# About Brightwater Capital
Brightwater Capital is an investment manager with 60 billion dollars under management across equities, fixed income and multi-asset funds. We combine fundamental research with systematic methods.`,
  },
  mastercard: {
    name: 'Mastercard',
    sector: SECTOR.FIN,
    intro: `# Our purpose
We work to connect and power an inclusive digital economy that benefits everyone, everywhere, by making transactions safe, simple, smart and accessible.`,
  },
  columba: {
    name: 'St. Columba Health System',
    sector: SECTOR.HEALTH,
    intro: `# About St. Columba Health System
St. Columba Health System is a not-for-profit network of four hospitals, 30 clinics and a home-care service in Ohio and Pennsylvania. Our 11,000 caregivers treat every patient like family.`,
  },
  veridia: {
    name: 'Veridia Therapeutics',
    sector: SECTOR.HEALTH,
    intro: `# About Veridia
Veridia Therapeutics is a clinical-stage biopharmaceutical company developing medicines for rare kidney and liver diseases. Our R&D organisation combines wet-lab biology with computation to find better drug candidates faster.`,
  },
  apothea: {
    name: 'Apothea Pharma Ltd',
    sector: SECTOR.HEALTH,
    intro: `# About Apothea
Apothea Pharma is one of India's fast-growing generic medicine makers, with five manufacturing plants approved by the US FDA and a presence in 70 markets.`,
  },
  healthineers: {
    name: 'Siemens Healthineers',
    sector: SECTOR.HEALTH,
    intro: `# Our team
We pioneer breakthroughs in healthcare. For everyone. Everywhere. Our imaging, diagnostics and therapy products help clinicians make better decisions.`,
  },
  klinikum: {
    name: 'Klinikum Auenwald gGmbH',
    sector: SECTOR.HEALTH,
    intro: `# Über uns
Das Klinikum Auenwald ist ein Haus der Schwerpunktversorgung mit 640 Betten und 14 Fachabteilungen. Jährlich versorgen wir rund 30.000 Patientinnen und Patienten stationär.`,
  },
  basketly: {
    name: 'Basketly',
    sector: SECTOR.RETAIL,
    intro: `# About Basketly
Basketly is an online grocery marketplace that delivers from local stores in under an hour. We serve 9 million households and work with 15,000 shops, from corner bakeries to national supermarket chains.`,
  },
  hartwell: {
    name: 'Hartwell & Rowe',
    sector: SECTOR.RETAIL,
    intro: `# About Hartwell & Rowe
Hartwell & Rowe is a British department store group with 48 stores and a fast-growing online shop. For 150 years we have brought customers fashion, beauty and homeware they love.`,
  },
  kaufladen: {
    name: 'Kaufladen24 GmbH',
    sector: SECTOR.RETAIL,
    intro: `# Über Kaufladen24
Kaufladen24 ist einer der größten Online-Shops für Haushalt, Garten und Technik im deutschsprachigen Raum. Mehr als 5 Millionen Kundinnen und Kunden bestellen jedes Jahr bei uns.`,
  },
  paniermalin: {
    name: 'Panier Malin',
    sector: SECTOR.RETAIL,
    intro: `# Qui sommes-nous ?
Panier Malin est le site e-commerce préféré des familles françaises pour les courses du quotidien. Plus de 2 millions de commandes par an, 1 200 collaborateurs et une croissance à deux chiffres.`,
  },
  shopify: {
    name: 'Shopify',
    sector: SECTOR.RETAIL,
    intro: `# About the team
We build the commerce platform that millions of merchants use to sell online and in person.`,
  },
  telnova: {
    name: 'Telnova',
    sector: SECTOR.TELCO,
    intro: `# About Telnova
Telnova is a mobile and broadband operator serving 22 million subscribers. We are rolling out 5G standalone nationwide and run one of the densest fibre networks in the region.`,
  },
  fibrewave: {
    name: 'FibreWave Networks',
    sector: SECTOR.TELCO,
    intro: `# About FibreWave
FibreWave Networks is an Australian wholesale broadband and telecommunications provider. Our fibre backbone connects every mainland capital city and more than 300 regional towns.`,
  },
  ericsson: {
    name: 'Ericsson',
    sector: SECTOR.TELCO,
    intro: `# About this opportunity
Join a team that builds the mobile networks of tomorrow. Our radio and core network products carry a large share of the world's mobile traffic.`,
  },
  voltara: {
    name: 'Voltara Motors',
    sector: SECTOR.AUTO,
    intro: `# About Voltara
Voltara Motors designs and builds electric vans and light trucks for delivery fleets. Our plant in Michigan produced its 50,000th vehicle this year, and our autonomy team is building driver-assistance features for urban routes.`,
  },
  steinbach: {
    name: 'Steinbach Antriebstechnik GmbH',
    sector: SECTOR.AUTO,
    intro: `# Über uns
Die Steinbach Antriebstechnik GmbH ist ein familiengeführter Hersteller von Getrieben und Antriebssystemen für den Maschinenbau und die Automobilindustrie. An drei Standorten in Baden-Württemberg beschäftigen wir 1.900 Mitarbeitende.`,
  },
  kestrel: {
    name: 'Kestrel Automation',
    sector: SECTOR.AUTO,
    intro: `# About Kestrel Automation
Kestrel Automation manufactures industrial robot cells and automated assembly lines for automotive and electronics plants. We design, build and commission every line in-house.`,
  },
  bmw: {
    name: 'BMW Group',
    sector: SECTOR.AUTO,
    intro: `# Your team
Our plant team shapes the future of individual mobility, from the body shop to final assembly.`,
  },
  portadair: {
    name: 'City of Port Adair',
    sector: SECTOR.PUBLIC,
    intro: `# About the City
The City of Port Adair serves 480,000 residents. Our Department of Innovation and Technology uses data to improve traffic flow, public safety and the services residents rely on every day.`,
  },
  westmark: {
    name: 'Westmark Transit Authority',
    sector: SECTOR.PUBLIC,
    intro: `# About us
Westmark Transit Authority is the public agency that plans and runs buses, light rail and ferries for the region. We move 900,000 passengers every weekday.`,
  },
  govtech: {
    name: 'Civic Digital Office',
    sector: SECTOR.PUBLIC,
    intro: `# About the Civic Digital Office
The Civic Digital Office is a government agency that builds digital services for citizens and public officers: permits, benefits, tax filing and smart city sensors.`,
  },
  fernhill: {
    name: 'Fernhill University',
    sector: null,
    intro: `# About Fernhill University
Fernhill University is a public research university with 28,000 students and a long tradition in the sciences, humanities and teacher education.`,
  },
  orbis: {
    name: 'Orbis Consulting Partners',
    sector: null,
    intro: `# About Orbis
Orbis Consulting Partners is a management consultancy. We help clients across many industries set strategy, reorganise and deliver large change programmes.`,
  },
  talentbridge: {
    name: 'Talentbridge Staffing',
    sector: null,
    intro: `# About our client
Talentbridge is partnering with a well-known organisation to find an outstanding professional for the role below. Our client prefers to remain confidential at this stage.`,
  },
  greenleaf: {
    name: 'Greenleaf Energy',
    sector: null,
    intro: `# About Greenleaf Energy
Greenleaf Energy develops and operates wind and solar farms, with 4 GW in operation and a pipeline of battery storage projects. We want to spark innovation in how clean power is built and traded.`,
  },
  mosaic: {
    name: 'Mosaic Media Group',
    sector: null,
    intro: `# About Mosaic
Mosaic Media Group publishes magazines, podcasts and TV formats loved by 60 million people a month.`,
  },
  copperpot: {
    name: 'Copperpot Restaurants',
    sector: null,
    intro: `# About Copperpot
Copperpot runs 35 neighbourhood restaurants known for seasonal food, good coffee and friendly service.`,
  },
  northstar: {
    name: 'Northstar Freight',
    sector: null,
    intro: `# About Northstar Freight
Northstar Freight moves goods by road and rail across North America, with 40 cross-dock terminals and 2,500 trucks.`,
  },
  haverford: {
    name: 'Haverford & Lowe LLP',
    sector: null,
    intro: `# About the firm
Haverford & Lowe is an international law firm with 14 offices advising companies on disputes, transactions and regulation.`,
  },
};
