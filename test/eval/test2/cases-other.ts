// Test-set postings outside the seed's roles: other software work and non-tech jobs, with traps
// (a snake keeper, a bookshop's Kafka shelf, a triage decision tree, spark plugs, a ship, R&D, a Julia).
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST2_OTHER: HoldoutCase[] = [
  {
    id: 't2-ot-01',
    title: 'Registered Nurse - Emergency Department',
    company: 'Bayview Community Hospital',
    location: 'Tampa, FL',
    format: 'html',
    body: `# About us
Bayview Community Hospital is a 320-bed acute care hospital serving Hillsborough County.
# Responsibilities
- Assess and triage patients using the department's triage decision tree
- Administer medications and monitor vital signs
- Communicate clearly with patients, families and physicians
# Requirements
- Active Florida RN license and BLS/ACLS certification
- Calm under pressure, able to adapt to a fast-changing environment`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't2-ot-02',
    title: 'Reptile Keeper',
    company: 'Ashcombe Wildlife Park',
    location: 'Ashcombe, United Kingdom',
    format: 'text',
    body: `Ashcombe Wildlife Park is a family-run zoo and conservation charity in Devon.

The role
- Daily care of our reptile house, including a reticulated python, monitor lizards and tortoises
- Keep accurate husbandry records
- Give talks to visitors and school groups

You will need
- Experience handling large snakes
- A full driving licence`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't2-ot-03',
    title: 'Bookseller',
    company: 'Inkwell & Quire',
    location: 'Edinburgh, Scotland',
    format: 'html',
    body: `# About us
Inkwell & Quire is an independent bookshop with two branches and a small online shop.
# The job
- Recommend books, from Kafka and Woolf to new crime fiction
- Run author events and our children's reading club
- Handle deliveries and stock takes
# You
- A passion for reading
- Friendly, and a clear communicator with customers`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't2-ot-04',
    title: 'Automotive Technician',
    company: 'Redline Motors',
    location: 'Geelong VIC 3220',
    format: 'div',
    body: `# About Redline
Redline Motors is an automaker building hybrid utility vehicles at its plant in Geelong.
# Duties
- Diagnose and repair pre-delivery faults on finished vehicles
- Replace spark plugs, brakes and sensors found faulty at end-of-line testing
- Use diagnostic scan tools and record work in our quality system
# Requirements
- Certificate III in Light Vehicle Mechanical Technology
- Good problem-solving skills`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['AU'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't2-ot-05',
    title: 'Deck Officer',
    company: 'North Sound Ferries',
    location: 'Bergen, Norway',
    format: 'text',
    body: `North Sound Ferries operates passenger and car ferries along the Norwegian coast, including our flagship MV Seaborn Star.

Responsibilities
- Keep a safe navigational watch on the bridge
- Supervise mooring and cargo operations
- Maintain safety equipment and records

Requirements
- STCW Officer of the Watch certificate
- Good English`,
    role: null,
    sector: null,
    countries: ['NO'],
    mentions: [],
  },
  {
    id: 't2-ot-06',
    title: 'Backend Engineer (Go)',
    company: 'Ledgerline',
    location: 'Amsterdam, Netherlands',
    format: 'escaped',
    body: `# About Ledgerline
Ledgerline is a fintech building accounting APIs for marketplaces and platforms.
# What you'll do
- Design and build REST and gRPC APIs in Go
- Run services on Kubernetes in AWS
- Review code and mentor other engineers
# What you have
- 5+ years of backend development
- Deep understanding of Postgres
- Git and trunk-based development`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['NL'],
    mentions: ['APIs', 'Kubernetes', 'Git'],
  },
  {
    id: 't2-ot-07',
    title: 'Process Technician',
    company: 'Haverford Components',
    location: 'Greenville, SC',
    format: 'html',
    body: `# About Haverford
Haverford Components is a manufacturer of injection-moulded plastic parts for appliance and automotive customers, with two plants in South Carolina.
# What you'll do
- Set up and optimise moulding machines on the plant floor
- Investigate defects and lead root-cause analysis
- Support R&D trials of new materials
# What you need
- 2+ years in a manufacturing environment
- Strong troubleshooting and problem solving`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't2-ot-08',
    title: 'Customer Service Advisor',
    company: 'Fairhaven Bank',
    location: 'Cardiff, Wales',
    format: 'html',
    body: `# About us
Fairhaven Bank is a community bank with branches across Wales and the West of England.
# The role
- Help customers with accounts, cards and payments by phone and chat
- Spot signs of fraud and vulnerability
- Learn our products inside out through paid training
# About you
- Excellent listening and communication skills
- Happy to work shifts including Saturdays`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't2-ot-09',
    title: 'Field Engineer - Fibre',
    company: 'Crestwave Networks',
    location: 'Lyon, France',
    format: 'div',
    body: `# About Crestwave
Crestwave Networks is a telecom operator building fibre-to-the-home across south-eastern France.
# Missions
- Install and test fibre connections at customers' homes
- Splice cables and measure signal loss
- Record jobs in our field app
# Profile
- Driving licence
- Good communication with customers`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['FR'],
    mentions: ['Communication'],
  },
  {
    id: 't2-ot-10',
    title: 'Sous Chef',
    company: 'The Copper Kettle Brasserie',
    location: 'Melbourne VIC 3000',
    format: 'text',
    body: `The Copper Kettle is a busy 120-cover brasserie in the city centre.

About the role
- Run the kitchen in the head chef's absence
- Manage ordering, stock rotation and food safety records
- Train junior cooks

About you
- 3+ years in a similar role
- Leadership and a cool head during service`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 't2-ot-11',
    title: 'Site Reliability Engineer',
    company: 'Helixgate',
    location: 'Remote - Canada',
    format: 'html',
    body: `# About Helixgate
Helixgate is a software company whose observability platform monitors 2 billion API calls a day for its customers.
# What you'll do
- Keep our Kafka and ClickHouse clusters healthy
- Automate deployments with Argo CD and Helm on Kubernetes
- Write post-incident reviews
# What you bring
- Linux, networking and Python or Go
- Experience with Terraform`,
    role: null,
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['APIs', 'Kafka', 'Deployment pipelines', 'Kubernetes', 'Python'],
  },
  {
    id: 't2-ot-12',
    title: 'Executive Assistant to the CEO',
    company: 'Julia Marsh Interiors',
    location: 'Chicago, IL',
    format: 'html',
    body: `# About us
Julia Marsh Interiors is an interior design studio working on homes and boutique hotels.
# Responsibilities
- Manage Julia's calendar, travel and correspondence
- Prepare client presentations
- Coordinate suppliers and contractors
# Requirements
- Exceptional organisation and written communication
- Discretion and a sense of humour`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't2-ot-13',
    title: 'Parks Maintenance Operative',
    company: 'Brackley City Council',
    location: 'Brackley, England',
    format: 'text',
    body: `Brackley City Council looks after 90 parks, playgrounds and green spaces across the city.

What you'll do
- Grass cutting, hedge trimming and planting
- Litter picking and reporting vandalism
- Operate ride-on mowers after training

What we need
- Willingness to work outdoors in all weathers
- Team player`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't2-ot-14',
    title: 'Pharmacy Technician',
    company: 'Greenleaf Pharmacies',
    location: 'Vancouver, BC',
    format: 'div',
    body: `# About Greenleaf
Greenleaf Pharmacies is a chain of 45 community pharmacies in British Columbia.
# Duties
- Prepare prescriptions under a pharmacist's supervision
- Manage inventory and supplier orders
- Answer patient questions about collection times
# Qualifications
- Registration with the College of Pharmacists of BC
- Strong attention to detail`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't2-ot-15',
    title: 'iOS Developer',
    company: 'Morrowbright',
    location: 'Austin, TX',
    format: 'html',
    body: `# About Morrowbright
Morrowbright is an online retailer of refurbished phones and laptops, shipping to all 50 states.
# What you'll do
- Build our shopping app in Swift and SwiftUI
- Integrate with our checkout and catalogue APIs
- Write unit and UI tests and keep the CI green
# You have
- 3+ years of iOS development
- Experience with Git`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['APIs', 'Deployment pipelines', 'Git'],
  },
  {
    id: 't2-ot-16',
    title: 'Warehouse Operative',
    company: 'Stackwell Logistics',
    location: 'Northampton, UK',
    format: 'text',
    body: `Stackwell Logistics runs third-party warehouses for fashion and homeware brands.

The role
- Pick and pack customer orders accurately
- Load and unload trailers
- Keep the warehouse tidy and safe

Requirements
- Counterbalance forklift licence is a plus
- Flexible and willing to adapt to peak-season overtime`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Adaptability'],
  },
  {
    id: 't2-ot-17',
    title: 'Clinical Research Associate',
    company: 'Tamsin Therapeutics',
    location: 'Boston, MA',
    format: 'html',
    body: `# About Tamsin
Tamsin Therapeutics is a pharmaceutical company developing treatments for rare neurological diseases.
# Responsibilities
- Monitor clinical trial sites for protocol compliance
- Train site staff on the study protocol
- Build relationships with investigators and site staff
# Requirements
- Life sciences degree
- 2+ years of site monitoring
- Excellent communication and organisational skills`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't2-ot-18',
    title: 'Solicitor - Commercial Property',
    company: 'Hartwell Dunne LLP',
    location: 'Birmingham, UK',
    format: 'html',
    body: `# About us
Hartwell Dunne is a law firm advising developers, landlords and lenders.
# The role
- Handle a caseload of commercial leases and acquisitions
- Draft and negotiate documents
- Support partners on larger transactions
# About you
- Qualified solicitor, 2-5 years PQE
- Commercially minded with strong drafting skills`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Business acumen'],
  },
  {
    id: 't2-ot-19',
    title: 'Network Engineer',
    company: 'Telvara',
    location: 'Johannesburg, South Africa',
    format: 'escaped',
    body: `# About Telvara
Telvara is a mobile operator providing voice and data services to 6 million customers in southern Africa.
# Responsibilities
- Configure and troubleshoot core routers and switches
- Plan capacity upgrades for the IP backbone
- Automate routine changes with Python and Ansible
# Requirements
- CCNP or equivalent
- Experience with MPLS and BGP`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['ZA'],
    mentions: ['Python'],
  },
  {
    id: 't2-ot-20',
    title: 'Electrician',
    company: 'Corbel Construction',
    location: 'Auckland, New Zealand',
    format: 'text',
    body: `Corbel Construction builds apartments and offices across Auckland.

What you'll do
- Install wiring, switchboards and lighting on new builds
- Read drawings and work to regulations
- Test and certify installations

About you
- Registered electrician
- Safety-first attitude`,
    role: null,
    sector: null,
    countries: ['NZ'],
    mentions: [],
  },
];
