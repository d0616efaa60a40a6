// Test-set (test3) postings outside the seed's roles: other software work and non-tech jobs, with traps
// (a distillery's spark, a theatre's pipeline, a zoo's panda, a plumbing R&D, a lab's "tree" of samples).
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST3_OTHER: HoldoutCase[] = [
  {
    id: 't3-ot-01',
    title: 'Care Assistant - Nights',
    company: 'Willowmere Care Homes',
    location: 'Norwich, England',
    format: 'html',
    body: `# About us
Willowmere runs six residential care homes in Norfolk.
# Your day
- Support residents with personal care and medication rounds
- Keep care notes accurate and up to date
- Talk with families and explain changes in a resident's care
# You
- Kind, patient and able to adapt when plans change at short notice
- Care Certificate or willing to work towards it`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't3-ot-02',
    title: 'Head Distiller',
    company: 'Corrie Glen Distillery',
    location: 'Speyside, Scotland',
    format: 'text',
    body: `Corrie Glen is a small independent whisky distillery.

The role
- Run mashing, fermentation and distillation shifts
- Keep the spirit safe: we have a zero-spark policy in the still house
- Record every cask in our stock system

You
- Experience in brewing or distilling
- Happy to learn new methods from our master blender`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Continuous learning'],
  },
  {
    id: 't3-ot-03',
    title: 'Senior Backend Engineer (Go)',
    company: 'Parcelwise',
    location: 'Berlin, Germany',
    format: 'escaped',
    body: `# About Parcelwise
Parcelwise routes parcels for 300 online shops across Europe.
# What you'll do
- Design REST and gRPC APIs in Go
- Run services on Kubernetes and keep CI/CD fast
- Review code and mentor two junior engineers
# What you bring
- 5+ years of backend work
- PostgreSQL and Kafka in production`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['APIs', 'Kubernetes', 'Deployment pipelines', 'Kafka'],
  },
  {
    id: 't3-ot-04',
    title: 'Zookeeper - Giant Pandas',
    company: 'Riverside Zoological Society',
    location: 'Edinburgh, United Kingdom',
    format: 'html',
    body: `# About us
Riverside Zoological Society cares for 2,000 animals and runs breeding programmes.
# The role
- Daily care of our two giant pandas and the red panda family
- Record feeding and behaviour observations
- Give keeper talks to visitors
# About you
- Animal management qualification
- Good communication skills with the public`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't3-ot-05',
    title: 'Stage Manager',
    company: 'Lantern Street Theatre',
    location: 'Chicago, IL',
    format: 'div',
    body: `# About us
Lantern Street is a 300-seat theatre producing six shows a season.
# Responsibilities
- Call cues and run rehearsals
- Keep the production pipeline on schedule from first read-through to closing night
- Communicate clearly with actors, designers and crew
# Requirements
- Three seasons of stage management experience
- Calm problem solver`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 't3-ot-06',
    title: 'Frontend Engineer',
    company: 'Lumen Ledger',
    location: 'London, United Kingdom',
    format: 'html',
    body: `# About us
Lumen Ledger makes accounting software for freelancers.
# What you'll do
- Build our web app in TypeScript and React
- Turn designs into accessible components
- Draw charts of income and tax with D3
# What we look for
- Strong JavaScript fundamentals
- Git and code review habits
- Eager to learn and share what you learn`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Visualization', 'Git', 'Continuous learning'],
  },
  {
    id: 't3-ot-07',
    title: 'Plumbing Product Engineer (R&D)',
    company: 'Thornbury Valves',
    location: 'Birmingham, England',
    format: 'text',
    body: `Thornbury Valves designs taps and valves for homes and hospitals.

What you'll do
- Design and test new valve mechanisms in our R&D lab
- Build prototypes and run endurance tests
- Work with suppliers in Italy and China

You
- Mechanical engineering degree
- CAD experience (SolidWorks)
- Practical problem-solving skills`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['GB'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't3-ot-08',
    title: 'Laboratory Technician',
    company: 'Greystone Diagnostics',
    location: 'Raleigh, NC',
    format: 'escaped',
    body: `# About us
Greystone Diagnostics runs clinical laboratories for hospitals in the Southeast.
# Duties
- Process blood and tissue samples following SOPs
- Maintain the sample tree in our LIMS and keep chain of custody
- Calibrate analysers and log quality control results
# Qualifications
- Associate degree in clinical laboratory science
- Attention to detail`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't3-ot-09',
    title: 'Site Reliability Engineer',
    company: 'Kestrel Cloud',
    location: 'Amsterdam, Netherlands',
    format: 'html',
    body: `# About Kestrel
Kestrel Cloud hosts databases for 5,000 customers.
# What you'll do
- Run our Kubernetes fleet across three regions
- Improve the release pipeline and rollback tooling
- Write post-mortems and run incident reviews
# Requirements
- Linux, Terraform, Docker
- Python or Go`,
    role: null,
    sector: SECTOR.IT,
    countries: ['NL'],
    mentions: ['Kubernetes', 'Deployment pipelines', 'Docker', 'Python'],
  },
  {
    id: 't3-ot-10',
    title: 'Store Manager',
    company: 'Thimble & Thread',
    location: 'Leeds, United Kingdom',
    format: 'html',
    body: `# About us
Thimble & Thread sells fabrics and sewing supplies from 30 shops.
# The role
- Lead a team of eight and plan rotas
- Hit sales targets and control costs like it's your own business
- Keep displays fresh and stock levels right
# About you
- Retail management experience
- Strong commercial awareness`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Business acumen'],
  },
  {
    id: 't3-ot-11',
    title: 'Electrician',
    company: 'Halden Building Services',
    location: 'Denver, CO',
    format: 'text',
    body: `Halden Building Services maintains offices and schools in the Denver metro area.

What you'll do
- Install and repair wiring, panels and lighting
- Test circuits and find faults
- Read drawings and follow code

You have
- Journeyman license
- Your own hand tools`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't3-ot-12',
    title: 'QA Automation Engineer',
    company: 'Redwing Health Apps',
    location: 'Boston, MA',
    format: 'div',
    body: `# About us
Redwing builds patient apps for hospital systems.
# Responsibilities
- Write automated UI and API tests in Java
- Run test suites in our continuous integration on every merge
- File bugs in Jira with steps to reproduce
# Requirements
- Selenium or Playwright
- Version control with Git`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Java', 'APIs', 'Deployment pipelines', 'Git'],
  },
  {
    id: 't3-ot-13',
    title: 'Marketing Coordinator',
    company: 'Sundial Breweries',
    location: 'Asheville, NC',
    format: 'html',
    body: `# About us
Sundial is a craft brewery with two taprooms.
# What you'll do
- Plan events, newsletters and social posts
- Track campaign results in a simple spreadsheet
- Work with the brewers on seasonal launches
# About you
- Excellent written and verbal communication
- Organised and adaptable`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't3-ot-14',
    title: 'Accountant',
    company: 'Marlow & Finch LLP',
    location: 'Reading, England',
    format: 'escaped',
    body: `# About us
Marlow & Finch is an accountancy practice serving owner-managed businesses.
# The role
- Prepare year-end accounts and tax returns
- Reconcile client bank records and fix errors in their bookkeeping
- Explain numbers to clients in plain English
# About you
- ACA/ACCA qualified or part-qualified
- Good with Xero and Excel`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't3-ot-15',
    title: 'Mobile Developer (iOS)',
    company: 'Brindle Fitness',
    location: 'Vancouver, BC',
    format: 'html',
    body: `# About Brindle
Brindle makes a training app for runners.
# What you'll do
- Build features in Swift and SwiftUI
- Integrate with our GraphQL backend
- Ship weekly through our CI/CD setup
# About you
- 3+ years of iOS
- You pick up new frameworks quickly`,
    role: null,
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['APIs', 'Deployment pipelines', 'Continuous learning'],
  },
  {
    id: 't3-ot-16',
    title: 'Pharmacy Technician',
    company: 'Crestway Pharmacy',
    location: 'Phoenix, AZ',
    format: 'text',
    body: `Crestway is a community pharmacy chain with 25 locations.

Duties
- Fill prescriptions and manage inventory
- Answer patient questions and route clinical ones to the pharmacist
- Process insurance claims

Requirements
- State technician registration
- Friendly and clear communicator`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't3-ot-17',
    title: 'Platform Engineer',
    company: 'Osprey Telecom',
    location: 'Manchester, England',
    format: 'html',
    body: `# About us
Osprey Telecom provides broadband to 600,000 homes.
# What you'll do
- Build the internal developer platform on Kubernetes
- Maintain Jenkins pipelines and our GitHub organisation
- Write Python tooling for provisioning
# About you
- Docker, Helm, Terraform
- Thinks critically about trade-offs`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Kubernetes', 'Deployment pipelines', 'Git', 'Python', 'Docker', 'Critical thinking'],
  },
  {
    id: 't3-ot-18',
    title: 'Chef de Partie',
    company: 'The Saltbox Kitchen',
    location: 'Brighton, England',
    format: 'html',
    body: `# About us
The Saltbox Kitchen is a seafood restaurant on the seafront.
# The role
- Run the grill section during service
- Prep fish and keep your station clean
- Help train commis chefs
# You
- Two years on a busy line
- Food hygiene certificate`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't3-ot-19',
    title: 'Solutions Architect',
    company: 'Granite Peak Software',
    location: 'Salt Lake City, UT',
    format: 'div',
    body: `# About us
Granite Peak makes ERP software for manufacturers.
# What you'll do
- Design integrations between our ERP and customers' systems through our REST API
- Lead technical workshops and translate business needs into designs
- Write solution documents
# About you
- Java or C#
- Understanding of how manufacturing businesses make money`,
    role: null,
    sector: SECTOR.AUTO, // ERP software made for manufacturers: docs/sector-labels.md
    countries: ['US'],
    mentions: ['APIs', 'Java', 'Business acumen'],
  },
  {
    id: 't3-ot-20',
    title: 'Customer Success Manager',
    company: 'Hollowbrook SaaS',
    location: 'Remote (US)',
    format: 'escaped',
    body: `# About us
Hollowbrook sells scheduling software to clinics.
# What you'll do
- Onboard new customers and run quarterly reviews
- Spot churn risk early and act on it
- Prepare usage reports for customer leadership
# About you
- 2+ years in customer success
- Resourceful problem-solver who stays calm when priorities shift`,
    role: null,
    sector: SECTOR.HEALTH, // scheduling software made for clinics: docs/sector-labels.md
    countries: ['US'],
    mentions: ['Problem-solving', 'Adaptability'],
  },
];
