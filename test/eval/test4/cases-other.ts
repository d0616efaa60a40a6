// Test-set (test4) postings outside the seed's roles: other software work and non-tech jobs, some with
// traps (a bakery's oven "pipeline", a vineyard's tree rows, a theatre's spark effects).
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST4_OTHER: HoldoutCase[] = [
  {
    id: 't4-ot-01',
    title: 'Pharmacy Technician',
    company: 'Greenway Pharmacies',
    location: 'Leeds, England',
    format: 'text',
    body: `Greenway Pharmacies is a family-run chain of 22 community pharmacies dispensing prescriptions across Yorkshire.

The role
- Dispense prescriptions accurately
- Talk patients through their medicines

You
- Registered pharmacy technician
- Good communication skills`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't4-ot-02',
    title: 'Store Manager',
    company: 'Hollis Home & Garden',
    location: 'Brisbane QLD',
    countryHints: ['AU'],
    format: 'html',
    body: `# About Hollis
Hollis Home & Garden is a retailer of garden, hardware and home products with 55 stores across Queensland.
# Your role
- Lead a team of 30 and run the store day to day
- Hit sales and stock targets
# About you
- Retail management experience`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 't4-ot-03',
    title: 'Bakery Shift Lead',
    company: 'Crumb Street Bakery',
    location: 'Portland, OR',
    format: 'div',
    body: `# About us
Crumb Street Bakery bakes bread for cafés across Portland every night.
# The job
- Keep the dough pipeline moving from mixer to oven
- Train new bakers
# You
- Two years in a commercial bakery`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't4-ot-04',
    title: 'Senior Frontend Engineer',
    company: 'Ledgerly',
    location: 'Austin, TX',
    format: 'escaped',
    body: `# About Ledgerly
Ledgerly is accounting software for freelancers: invoices, expenses and tax estimates in one app.
# What you'll do
- Build our web app in React and TypeScript
- Work with designers on new features
# You have
- 5+ years of frontend work
- Git`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Git'],
  },
  {
    id: 't4-ot-05',
    title: 'Network Field Technician',
    company: 'Northwave Telecom',
    location: 'Calgary, AB',
    countryHints: ['CA'],
    format: 'html',
    body: `# About us
Northwave Telecom provides internet, TV and phone service to 900,000 homes in western Canada.
# Duties
- Install and repair fibre and coax connections
- Explain the service to customers
# Requirements
- Valid driver's licence`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Communication'],
  },
  {
    id: 't4-ot-06',
    title: 'Vineyard Hand',
    company: 'Gumtree Ridge Wines',
    location: 'Barossa Valley, SA',
    countryHints: ['AU'],
    format: 'text',
    body: `Gumtree Ridge Wines is a family winery in the Barossa.

The work
- Prune vines and tend the tree rows around the cellar door
- Help with the vintage

You
- Fit and happy outdoors`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 't4-ot-07',
    title: 'Planning Officer',
    company: 'Ashvale District Council',
    location: 'Ashvale, Surrey',
    countryHints: ['GB'],
    format: 'html',
    body: `# About us
Ashvale District Council delivers local services for 95,000 residents, from bin collections to planning permission.
# The role
- Assess planning applications
- Write clear reports for the planning committee
# You
- Degree in town planning`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't4-ot-08',
    title: 'Production Supervisor',
    company: 'Brightline Plastics',
    location: 'Greenville, SC',
    industry: 'Manufacturing',
    format: 'div',
    body: `# Who we are
Brightline Plastics moulds interior parts for trucks and buses.
# What you'll do
- Lead the night shift on four moulding lines
- Track scrap and downtime
# What you'll need
- Three years supervising in a plant`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't4-ot-09',
    title: 'Stage Technician',
    company: 'Lantern Yard Theatre',
    location: 'Bristol, England',
    format: 'text',
    body: `Lantern Yard Theatre stages 12 productions a year.

The role
- Rig lights and run spark and smoke effects safely
- Load in and load out shows

You
- Working at height certificate`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't4-ot-10',
    title: 'Site Reliability Engineer',
    company: 'Quarrystone Cloud',
    location: 'Dublin, Ireland',
    format: 'html',
    body: `# About us
Quarrystone Cloud is a hosting company: we run managed databases and Kubernetes clusters for software teams.
# The job
- Keep our platform up and fast
- Automate everything with Terraform and Go
# You
- Kubernetes, Docker, Linux`,
    role: null,
    sector: SECTOR.IT,
    countries: ['IE'],
    mentions: ['Kubernetes', 'Docker'],
  },
  {
    id: 't4-ot-11',
    title: 'Registered Nurse - ICU',
    company: 'St Brannock Hospital',
    location: 'Perth WA',
    countryHints: ['AU'],
    format: 'escaped',
    body: `# About us
St Brannock is a 300-bed private hospital.
# The role
- Care for critically ill patients
- Work closely with doctors and families
# You
- AHPRA registration
- Calm problem-solving under pressure`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't4-ot-12',
    title: 'Relationship Manager, Business Banking',
    company: 'Coastline Savings Bank',
    location: 'Halifax, NS',
    countryHints: ['CA'],
    format: 'html',
    body: `# About Coastline
Coastline Savings Bank is a community bank serving Atlantic Canada.
# The role
- Grow a portfolio of business clients
- Assess loan requests
# You
- Five years in commercial lending`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't4-ot-13',
    title: 'Warehouse Associate',
    company: 'Boxhill Fulfilment',
    location: 'Northampton, England',
    format: 'text',
    body: `Boxhill Fulfilment picks, packs and ships orders for online shops.

The role
- Pick and pack orders
- Load vans

You
- Able to stand for long shifts`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't4-ot-14',
    title: 'Events Coordinator',
    company: 'Harbour Lights Festival',
    location: 'Hobart TAS',
    countryHints: ['AU'],
    format: 'div',
    body: `# About us
Harbour Lights is a winter arts festival.
# The role
- Book venues and artists
- Keep suppliers to schedule
# You
- Organised and adaptable`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Adaptability'],
  },
  {
    id: 't4-ot-15',
    title: 'Backend Engineer (Java)',
    company: 'Signalpath',
    location: 'Hyderabad, Telangana',
    countryHints: ['IN'],
    format: 'html',
    body: `# About Signalpath
Signalpath builds billing and charging systems for mobile network operators in 20 countries.
# The job
- Build services in Java and Kafka
- Design APIs for partners
# You
- 4+ years Java`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Java', 'Kafka', 'APIs'],
  },
  {
    id: 't4-ot-16',
    title: 'Librarian',
    company: 'Marlow County Library Service',
    location: 'Marlow, Buckinghamshire',
    countryHints: ['GB'],
    format: 'html',
    body: `# About us
The county library service runs 18 public libraries and a mobile library for residents.
# The role
- Run children's reading sessions
- Help residents get online`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't4-ot-17',
    title: 'Quality Engineer',
    company: 'Ironbridge Axles',
    location: 'Chennai, Tamil Nadu',
    countryHints: ['IN'],
    format: 'text',
    body: `Ironbridge Axles is a supplier of axles and driveline parts to commercial vehicle manufacturers.

The role
- Run root cause analysis on field failures
- Keep PPAP documents up to date

You
- Mechanical engineering degree`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: [],
  },
  {
    id: 't4-ot-18',
    title: 'Barista',
    company: 'Small Hours Coffee',
    location: 'Wellington, New Zealand',
    format: 'text',
    body: `Small Hours Coffee is a neighbourhood café.

You will
- Make great coffee
- Keep the bar clean

You are
- Friendly and reliable`,
    role: null,
    sector: null,
    countries: ['NZ'],
    mentions: [],
  },
  {
    id: 't4-ot-19',
    title: 'Clinical Research Associate',
    company: 'Arbor Therapeutics',
    location: 'Cambridge, MA',
    format: 'escaped',
    body: `# About Arbor
Arbor Therapeutics is a clinical-stage biotech developing drugs for rare kidney diseases.
# The role
- Monitor clinical trial sites
- Review case report forms
# You
- Two years of monitoring experience`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't4-ot-20',
    title: 'Customer Success Manager',
    company: 'Tabletop HQ',
    location: 'Remote, United States',
    format: 'html',
    body: `# About us
Tabletop HQ is a cloud software company: restaurants use our platform to take bookings and orders.
# The role
- Onboard new customers
- Communicate product changes clearly
# You
- 2+ years in customer success at a SaaS company`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Communication'],
  },
];
