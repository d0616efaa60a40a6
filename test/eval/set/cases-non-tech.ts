// Non-technical postings: the negatives. Most name no taxonomy entity at all; several carry
// traps (R&D, R-2, "spark", "contact Julia", "Dr. Watson", "pandas", "regression").
import type { CaseSource } from './case.ts';
import { SECTOR } from './entities.ts';

export const CASES_NON_TECH: CaseSource[] = [
  {
    id: 'non-001',
    title: 'Registered Nurse - Cardiac ICU',
    company: 'St. Columba Health System',
    location: 'Columbus, Ohio',
    format: 'div',
    body: `# Position summary
Provide direct care to critically ill cardiac patients in our 24-bed unit. You will work alongside Dr. Watson's cardiothoracic surgery team and our intensivists.
# Responsibilities
- Assess, plan and evaluate nursing care for assigned patients
- Titrate vasoactive drips and manage invasive lines
- Educate patients and families before discharge
# Requirements
- Current Ohio RN license
- BLS and ACLS certification
- 2 years of ICU experience preferred
- Rotating 12-hour shifts, including weekends`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-002',
    title: 'Warehouse Associate - Night Shift',
    company: 'Basketly',
    location: 'Atlanta, Georgia',
    format: 'html',
    body: `# What you'll do
- Pick and pack grocery orders accurately and on time
- Unload deliveries and keep aisles tidy and safe
- Use a handheld scanner to track stock
# What you need
- Able to lift up to 50 lbs and stand for a full shift
- Available for nights (10pm - 6:30am) and some weekends
- Forklift certification is a plus
$19.50/hour plus $2 night differential.`,
    tail: ['eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-003',
    title: 'Staff Accountant',
    company: 'Cobaltline Software',
    location: 'Austin, TX',
    format: 'escaped',
    body: `# What you'll do
- Prepare month-end journal entries and balance sheet reconciliations
- Support the annual audit and quarterly reviews
- Maintain the fixed asset register and prepaid schedules
- Capitalise R&D costs in line with ASC 350-40
# What you bring
- Bachelor's degree in accounting; CPA or CPA-eligible
- 2+ years of experience in public accounting or SaaS
- Advanced Excel; NetSuite experience is a plus`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-004',
    title: 'Account Executive, Mid-Market',
    company: 'Northwind Labs',
    location: 'London, United Kingdom',
    format: 'html',
    body: `# What you'll do
- Own a territory of mid-market software companies in the UK and Ireland
- Run the full sales cycle from discovery to close
- Forecast accurately in Salesforce
# What you bring
- 3+ years of SaaS closing experience
- A consultative approach and strong business acumen
- A record of hitting quota`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Business acumen'],
  },
  {
    id: 'non-005',
    title: 'Retail Sales Associate',
    company: 'Hartwell & Rowe',
    location: 'Birmingham, West Midlands, UK',
    format: 'text',
    body: `Join our Birmingham store team!

What you'll be doing
- Welcoming customers and helping them find what they love
- Keeping the shop floor looking great
- Processing sales and returns at the till

What we're looking for
- Retail or hospitality experience is great but not essential
- Friendly and confident communication
- Flexibility to work weekends

£12.21 per hour plus 25% colleague discount`,
    tail: ['eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 'non-006',
    title: 'Pharmacist',
    company: 'St. Columba Health System',
    location: 'Erie, PA',
    format: 'div',
    body: `# Responsibilities
- Verify medication orders and check for interactions
- Provide drug information to physicians and nurses
- Participate in antimicrobial stewardship rounds
# Qualifications
- PharmD from an accredited program
- Pennsylvania pharmacist license
- Hospital pharmacy residency preferred`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-007',
    title: 'HVAC Technician',
    company: 'Talentbridge Staffing',
    location: 'Phoenix, AZ',
    format: 'text',
    body: `Our client, a commercial facilities company, needs an experienced HVAC Technician.

- Service and repair rooftop units, chillers and boilers
- Handle refrigerants such as R-410A and R-22 (EPA 608 Universal required)
- Diagnose electrical faults
- Valid driver's license

Pay: $32-$40/hr, overtime available.`,
    tail: [],
    role: null,
    sector: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-008',
    title: 'Chef de Partie',
    company: 'Copperpot Restaurants',
    location: 'Bath, Somerset',
    countryHints: ['GBR'],
    format: 'html',
    body: `# The role
Run a section in our busy open kitchen and help the head chef spark new ideas for the seasonal menu.
- Prep and cook to our recipes and standards
- Keep your section clean and compliant with food safety rules
- Support and train commis chefs
# About you
- Previous experience as a CDP or strong commis
- Level 2 Food Hygiene
- A love of seasonal British produce`,
    tail: ['benefitsUk'],
    role: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 'non-009',
    title: 'HGV Class 1 Driver',
    company: 'Northstar Freight',
    location: 'Winnipeg, Manitoba',
    format: 'escaped',
    body: `# What you'll do
- Drive regional routes between our Winnipeg and Regina terminals
- Complete pre-trip and post-trip inspections
- Keep accurate electronic logs
# Requirements
- Class 1 licence with a clean abstract
- 2 years of tractor-trailer experience
- Ability to pass a drug and alcohol test`,
    tail: [],
    role: null,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 'non-010',
    title: 'Customer Service Advisor',
    company: 'Telnova',
    location: 'Cork, Ireland',
    format: 'html',
    body: `# About the role
Be the voice of Telnova for customers who call and chat with us about bills, devices and network issues.
- Solve customer problems on the first contact wherever possible
- Explain plans and offers clearly
- Log every interaction in our CRM
# What you need
- Excellent communication skills in English
- A patient, problem-solving attitude
- Shift work between 8am and 9pm`,
    tail: ['benefitsUk'],
    role: null,
    countries: ['IE'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 'non-011',
    title: 'Financial Controller',
    company: 'Larkspur Bank',
    location: 'Edinburgh, UK',
    format: 'escaped',
    body: `# The role
Lead financial control for the retail division, including month-end, reporting and balance sheet substantiation.
# Key responsibilities
- Own the monthly close and management accounts
- Work with treasury and regulatory reporting
- Lead a team of four qualified accountants
# About you
- ACA, ACCA or CIMA qualified
- Banking experience
- Strong communication with senior stakeholders`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 'non-012',
    title: 'Production Operator',
    company: 'Steinbach Antriebstechnik GmbH',
    location: 'Reutlingen, Germany',
    format: 'html',
    body: `# Your tasks
- Operate and monitor CNC gear-cutting machines
- Perform quality checks with measuring equipment
- Keep records in our MES system
# Your profile
- Completed vocational training in metalworking
- Willingness to work in three shifts
- Basic German language skills`,
    tail: ['benefitsDe'],
    role: null,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 'non-013',
    title: 'Assembly Line Worker',
    company: 'Voltara Motors',
    location: 'Lansing, MI',
    format: 'text',
    body: `Build the electric vans that keep cities moving.

- Install components on the moving line using hand and power tools
- Follow standard work and safety procedures
- Rotate between stations every two hours

Requirements: High school diploma or GED, ability to stand for 10 hours, steel-toe boots.

Starting pay $22.00/hr. Shift premium for nights.`,
    tail: ['eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-014',
    title: 'Clinical Research Associate',
    company: 'Veridia Therapeutics',
    location: 'Raleigh-Durham, NC',
    format: 'div',
    body: `# Responsibilities
- Monitor clinical trial sites for protocol compliance and data quality
- Perform source data verification
- Support R&D study teams with site feasibility
# Qualifications
- Bachelor's degree in life sciences or nursing
- 2+ years of on-site monitoring experience
- Knowledge of ICH-GCP
- Willingness to travel 60%`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-015',
    title: 'Marketing Manager',
    company: 'Shopify',
    location: 'Remote - Americas',
    format: 'html',
    body: `# What you'll do
- Plan and run campaigns for our merchant audience
- Work with content, design and growth teams
- Report on results and share learnings
# What you bring
- 6+ years of B2B marketing
- Excellent written communication
- Analytical mindset and comfort with Google Analytics`,
    tail: [],
    role: null,
    countries: [],
    mentions: ['Communication'],
  },
  {
    id: 'non-016',
    title: 'Bus Operator',
    company: 'Westmark Transit Authority',
    location: 'Bellevue, Washington',
    format: 'html',
    body: `# Job summary
Safely operate a transit bus on assigned routes, provide excellent customer service and help make every trip reliable.
# Minimum qualifications
- Valid Washington driver's license and three years of driving experience
- Ability to obtain a Class B CDL with passenger and air brake endorsements during paid training
- Ability to work split shifts, nights, weekends and holidays`,
    tail: ['eeoUs', 'accommodation'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-017',
    title: 'Zookeeper - Giant Pandas',
    company: 'Talentbridge Staffing',
    location: 'Adelaide, South Australia',
    format: 'text',
    body: `Our client, a leading wildlife park, is seeking an experienced keeper to join the team caring for its two giant pandas and red pandas.

- Daily husbandry, feeding and enclosure cleaning
- Behavioural observation and enrichment
- Talks to visitors

Certificate III in Captive Animals required.`,
    tail: [],
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 'non-018',
    title: 'Paralegal',
    company: 'Haverford & Lowe LLP',
    location: 'New York, NY',
    format: 'escaped',
    body: `# Responsibilities
- Assist attorneys in litigation: document review, filings and trial preparation
- Maintain case files and deadlines
- Coordinate with courts and opposing counsel
# Qualifications
- Bachelor's degree and paralegal certificate
- 3+ years of litigation experience at a law firm
- Excellent organisation and attention to detail`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-019',
    title: 'Teaching Assistant, Mathematics',
    company: 'Fernhill University',
    location: 'Nottingham, England',
    format: 'html',
    body: `# About the role
Support first-year undergraduate modules in linear algebra and calculus by running tutorials and marking coursework.
# Person specification
- Enrolled in a PhD in mathematics at Fernhill
- Clear communication and patience with students
- Ability to explain proofs at the whiteboard`,
    tail: ['eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Linear algebra', 'Calculus', 'Communication'],
  },
  {
    id: 'non-020',
    title: 'Store Manager',
    company: 'Basketly',
    location: 'Perth, WA',
    format: 'div',
    body: `# About the role
Lead our Perth dark store team of 40 pickers and drivers.
# What you'll do
- Hit service, quality and cost targets every week
- Recruit, train and coach your team
- Keep the store safe and audit-ready
# What you'll bring
- 3+ years managing a retail or warehouse team
- Strong people leadership and problem-solving`,
    tail: [],
    role: null,
    countries: ['AU'],
    mentions: ['Problem-solving'],
  },
  {
    id: 'non-021',
    title: 'Lab Technician',
    company: 'Apothea Pharma Ltd',
    location: 'Ahmedabad, Gujarat',
    format: 'text',
    body: `Job Title: QC Lab Technician
Department: Quality Control

Responsibilities:
1. Perform routine analysis of raw materials and finished products by HPLC and GC
2. Maintain lab notebooks as per GMP and ALCOA+ principles
3. Calibrate instruments

Qualification: B.Sc / M.Sc Chemistry with 1-3 years experience in a regulated pharma lab.`,
    tail: [],
    role: null,
    countries: ['IN'],
    mentions: [],
  },
  {
    id: 'non-022',
    title: 'Sales Representative - Business Mobile',
    company: 'Telnova',
    location: 'Frankfurt am Main',
    countryHints: ['DE'],
    format: 'html',
    body: `# Your tasks
- Win new small and medium business customers for our mobile and fibre products
- Build long-term relationships and grow existing accounts
- Keep our CRM up to date
# Your profile
- Sales experience, ideally in telecommunications
- Fluent German and good English
- Driving licence`,
    tail: ['benefitsDe', 'eeoDe'],
    role: null,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 'non-023',
    title: 'Claims Adjuster',
    company: 'Meridian Mutual Insurance',
    location: 'Tampa, FL',
    format: 'escaped',
    body: `# What you'll do
- Investigate auto claims, interview parties and inspect damage
- Determine coverage and negotiate settlements
- Document every step in the claims system
# What you need
- Florida 6-20 adjuster license or ability to obtain within 90 days
- Strong communication and negotiation skills`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 'non-024',
    title: 'Barista',
    company: 'Copperpot Restaurants',
    location: 'Melbourne, Victoria',
    format: 'text',
    body: `We're looking for a barista who loves great coffee and great conversation.

- Dial in espresso every morning
- Serve customers quickly and warmly
- Keep the bar spotless

Weekend availability essential. Contact Julia at the Fitzroy café for a trial shift.`,
    tail: [],
    role: null,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 'non-025',
    title: 'Payroll Specialist',
    company: 'Orbis Consulting Partners',
    location: 'Chicago, IL',
    format: 'html',
    body: `# Responsibilities
- Run semi-monthly payroll for 1,200 US employees in ADP
- Reconcile payroll to the general ledger
- Answer employee questions about pay, taxes and deductions
# Requirements
- 3+ years of multi-state payroll experience
- CPP certification preferred`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-026',
    title: 'Electrician',
    company: 'FibreWave Networks',
    location: 'Townsville, Queensland',
    format: 'div',
    body: `# About the role
Maintain power systems at our regional exchanges and data centres.
- Install and maintain switchboards, UPS and generators
- Perform testing and tagging
- Respond to call-outs on a roster
# About you
- Unrestricted Electrical Licence (QLD)
- Current driver's licence
- Experience in telecommunications or data centres highly regarded`,
    tail: [],
    role: null,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 'non-027',
    title: 'Human Resources Business Partner',
    company: 'Steinbach Antriebstechnik GmbH',
    location: 'Stuttgart',
    countryHints: ['Germany'],
    format: 'escaped',
    body: `# Your role
- Advise managers in our R&D and production divisions on all HR topics
- Lead annual talent reviews and succession planning
- Work with the works council on restructuring and shift models
# Your profile
- Degree in business administration, psychology or law
- 5+ years of HR experience in manufacturing
- Fluent German and English`,
    tail: ['eeoDe'],
    role: null,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 'non-028',
    title: 'Physiotherapist',
    company: 'Klinikum Auenwald gGmbH',
    location: 'Auenwald, Deutschland',
    format: 'text',
    body: `Physiotherapeut (m/w/d) in Voll- oder Teilzeit

Ihre Aufgaben:
- Behandlung unserer Patientinnen und Patienten auf den Stationen und ambulant
- Frühmobilisation auf der Intensivstation
- Enge Zusammenarbeit mit Ärzten und Pflege

Ihr Profil:
- Abgeschlossene Ausbildung als Physiotherapeut/in
- Teamfähigkeit und Empathie`,
    tail: ['benefitsDe', 'eeoDe'],
    role: null,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 'non-029',
    title: 'Procurement Officer',
    company: 'City of Port Adair',
    location: 'Port Adair, WA 98362',
    format: 'html',
    body: `# Nature of work
Manage competitive solicitations for goods and services, from drafting specifications to awarding contracts.
# Duties
- Prepare RFPs and evaluate bids
- Ensure compliance with state procurement law
- Advise departments on purchasing options
- Run the consultant selection for the R-2 residential rezoning study
# Qualifications
- Bachelor's degree in business or public administration
- Three years of public procurement experience`,
    tail: ['eeoUs', 'accommodation'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-030',
    title: 'Customer Success Manager',
    company: 'Cobaltline Software',
    location: 'Remote',
    format: 'html',
    body: `# What you'll do
- Onboard new customers and make sure they see value quickly
- Run quarterly business reviews
- Turn customer feedback into product insight
# What you bring
- 3+ years in customer success for B2B SaaS
- Business acumen and excellent communication skills
- Experience with Gainsight or Salesforce`,
    tail: ['eeoUs'],
    role: null,
    countries: [],
    mentions: ['Business acumen', 'Communication'],
  },
  {
    id: 'non-031',
    title: 'Medical Receptionist',
    company: 'St. Columba Health System',
    location: 'Youngstown, OH',
    format: 'text',
    body: `Greet patients, schedule appointments and verify insurance at our family medicine clinic. Answer phones for Dr. Watson, Dr. Patel and Dr. Nguyen.

Requirements: high school diploma, one year of front-desk experience in a medical office, knowledge of Epic a plus.`,
    tail: ['eeoUs'],
    role: null,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-032',
    title: 'Maintenance Mechanic',
    company: 'Kestrel Automation',
    location: 'Querétaro, Mexico',
    format: 'html',
    body: `# Responsibilities
- Preventive and corrective maintenance of robot cells, conveyors and presses
- Troubleshoot pneumatic, hydraulic and electrical systems
- Document repairs in the maintenance system
# Requirements
- Technical degree in industrial maintenance
- 3 years of experience in automotive plants
- Spanish and basic English`,
    tail: [],
    role: null,
    countries: ['MX'],
    mentions: [],
  },
  {
    id: 'non-033',
    title: 'Tax Manager',
    company: 'Brightwater Capital',
    location: 'Luxembourg',
    format: 'escaped',
    body: `# The role
Manage tax reporting for our Luxembourg fund range.
- Oversee tax returns and withholding tax reclaims
- Review tax provisions and reporting for funds
- Liaise with auditors and tax authorities
# Requirements
- Qualified accountant or tax adviser
- 6+ years of experience in fund taxation
- French or German is an advantage`,
    tail: ['privacy'],
    role: null,
    countries: ['LU'],
    mentions: [],
  },
  {
    id: 'non-034',
    title: 'Graphic Designer',
    company: 'Mosaic Media Group',
    location: 'Remote',
    format: 'html',
    body: `# About the role
Design covers, social assets and motion graphics for our magazine brands.
- Work in Adobe Creative Cloud and Figma
- Collaborate with editors and the video team
- Keep our brand guidelines fresh
# About you
- A strong portfolio
- Excellent visual storytelling and data visualization skills for infographics`,
    tail: [],
    role: null,
    countries: [],
    mentions: ['Visualization'],
  },
  {
    id: 'non-035',
    title: 'Site Supervisor',
    company: 'Greenleaf Energy',
    location: 'Aberdeen, Scotland',
    format: 'div',
    body: `# The role
Supervise contractors during construction of a 300 MW onshore wind farm.
- Enforce health and safety rules on site
- Track progress against the programme
- Report daily to the project manager
# You have
- NEBOSH certificate and CSCS card
- 5+ years in construction supervision`,
    tail: ['benefitsUk'],
    role: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 'non-036',
    title: 'Delivery Driver',
    company: 'Panier Malin',
    location: 'Lyon (69)',
    countryHints: ['FR'],
    format: 'html',
    body: `# Vos missions
- Livrer les commandes de nos clients à domicile en respectant les créneaux
- Charger et décharger le véhicule
- Assurer un service client irréprochable
# Votre profil
- Permis B depuis plus de 2 ans
- Ponctualité et sens du service`,
    tail: ['benefitsFr', 'eeoFr'],
    role: null,
    countries: ['FR'],
    mentions: [],
  },
  {
    id: 'non-037',
    title: 'Community Health Worker',
    company: 'City of Port Adair',
    location: 'Port Adair, Washington',
    format: 'text',
    body: `The Public Health Division seeks a Community Health Worker to connect residents with health and social services.

- Conduct home visits and health screenings
- Help residents enroll in insurance programs
- Keep accurate case notes

Bilingual English/Spanish preferred. Valid driver's license required.`,
    tail: ['eeoUs'],
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 'non-038',
    title: 'Executive Assistant',
    company: null,
    location: null,
    format: 'text',
    body: `Busy executive office seeks an organised Executive Assistant.

- Manage calendars, travel and expenses
- Prepare board papers
- Be the first point of contact for visitors

Must be discreet, proactive and a strong communicator.`,
    tail: [],
    role: null,
    sector: null,
    countries: [],
    mentions: ['Communication'],
  },
];
