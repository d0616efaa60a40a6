// Held-out postings outside the seed's roles: other software work and non-tech jobs, with traps
// (dockers on a quay, regression testing, Pandas at a zoo, a Mr Watson, "tableau" and "API" in other senses).
import type { HoldoutCase } from './case.ts';
import { SECTOR } from '../set/entities.ts';

export const HOLDOUT_OTHER: HoldoutCase[] = [
  {
    id: 'ho-ot-01',
    title: 'QA Automation Engineer',
    company: 'Tidewell Bank',
    location: 'Charlotte, NC',
    format: 'html',
    body: `# About Tidewell
Tidewell Bank is a regional bank with 200 branches in the Carolinas and Virginia.
# What you'll do
- Own automated regression testing for our mobile banking app
- Write UI tests in Playwright and API tests in Postman
- Keep our test suites green in the CI/CD pipeline
# What you'll bring
- 3+ years in test automation with Java or TypeScript
- Experience with Git and Jenkins`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['APIs', 'Deployment pipelines', 'Java', 'Git'],
  },
  {
    id: 'ho-ot-02',
    title: 'Site Reliability Engineer',
    company: 'Nimbusfield',
    location: 'Austin, Texas, United States of America',
    format: 'escaped',
    body: `# About Nimbusfield
Nimbusfield is a cloud infrastructure provider offering managed Postgres and object storage to developers.
# Responsibilities
- Run 40 Kubernetes clusters across three regions
- Automate everything with Terraform, Go and Python
- Improve our incident response and on-call health
# Requirements
- Deep Linux and networking knowledge
- Experience with Prometheus and Grafana
- Clear written communication for incident reviews`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Kubernetes', 'Python', 'Communication'],
  },
  {
    id: 'ho-ot-03',
    title: 'Frontend Engineer',
    company: 'Lumenhall',
    location: 'Lisbon, Portugal',
    format: 'html',
    body: `# About Lumenhall
Lumenhall makes collaborative whiteboard software used by design teams in 90 countries.
# The job
- Build product features in React and TypeScript
- Care about accessibility and performance
- Work closely with designers and the API team
# You
- 4+ years of frontend engineering
- Strong JavaScript fundamentals`,
    role: null,
    sector: SECTOR.IT,
    countries: ['PT'],
    mentions: ['APIs'],
  },
  {
    id: 'ho-ot-04',
    title: 'Dock Worker',
    company: 'Port of Harwick Authority',
    location: 'Harwick',
    countryHints: ['GB'],
    format: 'text',
    body: `The Port of Harwick Authority is recruiting experienced dockers and crane operators for our container terminal.

Duties
- Load and unload vessels safely
- Operate straddle carriers after training
- Work a rotating shift pattern including nights

Requirements
- Previous experience as a docker or in a warehouse
- Forklift licence an advantage`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 'ho-ot-05',
    title: 'Zookeeper - Asian Mammals',
    company: 'Westmoor Zoo',
    location: 'Westmoor',
    countryHints: ['GB'],
    format: 'html',
    body: `# About Westmoor Zoo
Westmoor Zoo is a conservation charity caring for 700 animals.
# The role
Join the team caring for our red pandas, sloth bears and a pair of clouded leopards. You will also help with the reptile house, where our royal python needs a keeper who is calm and careful.
- Prepare diets and clean enclosures
- Observe behaviour and keep daily records
- Give talks to visitors
# About you
- Animal care qualification
- Good communication skills with the public`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 'ho-ot-06',
    title: 'Pharmacist',
    company: 'Kellow Pharmacy',
    location: 'Leeds, UK',
    format: 'div',
    body: `# About Kellow
Kellow Pharmacy runs 48 community pharmacies in Yorkshire.
# The role
- Dispense prescriptions accurately and counsel patients
- Run the flu vaccination clinic
- Supervise two pharmacy technicians
# You
- Registered with the GPhC
- Excellent communication and problem-solving skills`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 'ho-ot-07',
    title: 'Process Chemist',
    company: 'Valcrest Pharma',
    location: 'Hyderabad',
    format: 'html',
    body: `# About Valcrest
Valcrest Pharma manufactures generic medicines and active pharmaceutical ingredients for 60 countries.
# Responsibilities
- Scale up API synthesis routes from lab to plant
- Investigate batch deviations and write reports
- Follow GMP at all times
# Requirements
- MSc in organic chemistry
- 3+ years in API process development`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IN'],
    mentions: [],
  },
  {
    id: 'ho-ot-08',
    title: 'Executive Assistant to Mr. Watson',
    company: 'Alder & Finch LLP',
    location: 'Chicago, IL',
    format: 'text',
    body: `Alder & Finch LLP is a law firm of 120 lawyers.

We are looking for an executive assistant to support our managing partner, Mr. Watson, and two senior partners.

- Manage complex diaries and travel
- Prepare documents in Word and PowerPoint
- Handle confidential matters with discretion

You are organised, adaptable and calm under pressure.`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Adaptability'],
  },
  {
    id: 'ho-ot-09',
    title: 'Store Manager',
    company: 'Pantry & Co',
    location: 'Perth WA 6000',
    format: 'html',
    body: `# About Pantry & Co
Pantry & Co is a chain of 90 neighbourhood grocery stores across Western Australia.
# The role
Lead a team of 30 and run a store that our customers love.
- Hit sales and shrink targets
- Roster, coach and develop your team
- Keep the store clean, safe and full
# You
- Retail management experience
- Commercial awareness and a problem solver mindset`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Business acumen', 'Problem-solving'],
  },
  {
    id: 'ho-ot-10',
    title: 'Communications Officer',
    company: 'Harrow Valley Council',
    location: 'Harrow Valley',
    countryHints: ['United Kingdom'],
    format: 'div',
    body: `# About us
Harrow Valley Council provides services to 140,000 residents.
# The role
Write press releases, run our social channels and keep residents informed about bin collections, roadworks and elections.
# You
- Excellent writing skills
- Experience of local government communications
- Able to adapt quickly when news breaks`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 'ho-ot-11',
    title: 'Backend Engineer (Go)',
    company: 'Larchmont Telecom',
    location: 'Denver, CO',
    format: 'double',
    body: `# About Larchmont
Larchmont Telecom provides fibre broadband and business phone lines to 600,000 customers in the Mountain West.
# What you'll do
- Build provisioning services in Go and gRPC
- Own our Kafka-based event bus
- Deploy with Docker and Kubernetes
# What you'll need
- 4+ years of backend development
- PostgreSQL and Redis`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['US'],
    mentions: ['APIs', 'Kafka', 'Docker', 'Kubernetes'],
  },
  {
    id: 'ho-ot-12',
    title: 'Registered Nurse - ICU',
    company: 'Bayshore Medical Center',
    location: 'Tampa, Florida',
    format: 'html',
    body: `# About Bayshore
Bayshore Medical Center is a 420-bed teaching hospital.
# Responsibilities
- Provide critical care to adult patients
- Document care in the electronic health record
- Collaborate with physicians and respiratory therapists
# Qualifications
- Active Florida RN license, BLS and ACLS
- Critical thinking under pressure`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Critical thinking'],
  },
  {
    id: 'ho-ot-13',
    title: 'Graphic Designer',
    company: 'Sunfield Studio',
    location: 'Remote',
    format: 'text',
    body: `Sunfield Studio is a small branding agency.

We need a designer who can turn messy briefs into clean, bold identities. You will work in Figma, Illustrator and InDesign and present your ideas to clients.

Bonus: motion design, a spark of humour, and an eye for typography.`,
    role: null,
    sector: null,
    countries: [],
    mentions: [],
  },
  {
    id: 'ho-ot-14',
    title: 'Embedded Software Engineer',
    company: 'Draxton Motors',
    location: 'Coventry, West Midlands, UK',
    format: 'raw',
    // Oracle Recruiting Cloud: inline styles, spans and <br> runs.
    body: `<p><span style="font-size:11pt"><b>About Draxton</b></span></p><p><span style="font-size:11pt">Draxton Motors builds electric buses and coaches at our plant in Coventry.</span></p><p><span style="font-size:11pt"><b>Role</b><br>Develop battery management firmware in C and C++ for our next-generation platform.<br>&bull; Write MISRA-compliant code and unit tests<br>&bull; Use CAN tools to debug vehicle networks<br>&bull; Keep code in Git and releases in our Jenkins pipelines</span></p><p><span style="font-size:11pt"><b>You</b><br>Degree in electronic engineering; AUTOSAR experience is a plus.</span></p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['GB'],
    mentions: ['C++', 'Git', 'Deployment pipelines'],
  },
  {
    id: 'ho-ot-15',
    title: 'Financial Analyst',
    company: 'Hallbrook Foods',
    location: 'Minneapolis, MN',
    format: 'html',
    body: `# About Hallbrook
Hallbrook Foods makes frozen meals and snacks sold in 20,000 supermarkets.
# The role
- Build the monthly forecast and variance analysis for our plants
- Partner with operations on capital projects
- Automate reports in Excel and Power BI
# You
- CPA or progress toward it
- Strong business acumen and attention to detail`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Power BI', 'Business acumen'],
  },
  {
    id: 'ho-ot-16',
    title: 'Plumber',
    company: 'Rapid Flow Services',
    location: 'Calgary, AB',
    format: 'text',
    body: `Rapid Flow Services is hiring a licensed journeyman plumber.

- Install and repair water and gas lines in homes and businesses
- Read drawings and follow code
- Own tools and a valid driver's licence required

We pay weekly and offer full benefits.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 'ho-ot-17',
    title: 'DevOps Engineer',
    company: 'Grantley Pensions',
    location: 'Edinburgh, Scotland',
    format: 'raw',
    // Eightfold job description: <div> blocks and <br/> line breaks, no lists.
    body: `<div><strong>Who we are</strong><br/>Grantley Pensions looks after the retirement savings of 1.4 million people.</div><div><strong>What you will do</strong><br/>Design and run our release pipelines in GitLab.<br/>Containerise legacy services with Docker and move them to Kubernetes.<br/>Write infrastructure code in Terraform and Ansible.</div><div><strong>What you need</strong><br/>Experience with Azure, Linux and Bash or Python.<br/>A calm, problem-solving attitude.</div>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Deployment pipelines', 'Git', 'Docker', 'Kubernetes', 'Python', 'Problem-solving'],
  },
  {
    id: 'ho-ot-18',
    title: 'Sales Engineer, Machine Learning Platform',
    company: 'Quarry Data Systems',
    location: 'New York, NY',
    format: 'html',
    body: `# About Quarry
Quarry Data Systems sells an enterprise software platform for feature stores and model monitoring.
# The role
Run technical demos and proofs of concept with data science teams at large enterprises.
- Explain how Quarry works with Spark, Databricks, SageMaker and Vertex AI
- Write Python notebooks that show customers value in a day
# You
- 4+ years in sales engineering or as a data scientist
- Great presentation and communication skills`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['DS', 'Apache Spark', 'AWS SageMaker', 'Google AI Platform', 'Python', 'Communication'],
  },
  {
    id: 'ho-ot-19',
    title: 'Warehouse Associate',
    company: 'Flipkart',
    location: 'Bhiwandi, Maharashtra',
    format: 'text',
    body: `Role: Warehouse Associate (night shift)
Pick, pack and sort customer orders in our fulfilment centre.
Scan items with handheld devices and keep the area tidy.
Requirements: 10th pass, ability to stand for long hours, willingness to learn.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: ['Continuous learning'],
  },
  {
    id: 'ho-ot-20',
    title: 'Mobile Developer (iOS)',
    company: 'Capital One',
    location: 'McLean, VA',
    format: 'escaped',
    body: `# Overview
Build the features that millions of customers use to manage their cards and accounts.
# Responsibilities
- Develop in Swift and SwiftUI
- Consume REST APIs from our backend teams
- Write unit and snapshot tests; keep the CI/CD pipeline fast
# Basic qualifications
- Bachelor's degree
- 2+ years of iOS development
- Experience with Git`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['APIs', 'Deployment pipelines', 'Git'],
  },
  {
    id: 'ho-ot-21',
    title: 'Electrical Engineer - Substations',
    company: 'Northgrid Utilities',
    location: 'Regina, Saskatchewan',
    format: 'html',
    body: `# About Northgrid
Northgrid Utilities delivers power to 500,000 homes and farms.
# The role
- Design protection and control schemes for transmission substations
- Specify transformers, breakers and relays
- Review communication protocols such as IEC 61850 and DNP3
# You
- P.Eng. or eligible
- Strong problem solving`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: ['Problem-solving'],
  },
  {
    id: 'ho-ot-22',
    title: 'Security Engineer',
    company: 'Ericsson',
    location: 'Stockholm, Sweden',
    format: 'html',
    body: `# About this opportunity
Join the team that secures the software running our 5G radio access network products.
# What you will do
- Threat-model new features with development teams
- Review code in C++ and Java for security issues
- Automate security checks in our CI/CD pipelines
# What you bring
- 5+ years in product security
- Knowledge of Linux, containers and Kubernetes`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['SE'],
    mentions: ['C++', 'Java', 'Deployment pipelines', 'Kubernetes'],
  },
];
