// Test-set (test5) postings outside the seed's roles: other software work and non-tech jobs, with traps
// (coffee called java, spark sessions and spark-free zones, a window tableau, 'Julia Child' roses,
// regression testing, JavaScript, an archaeologist's features and cleaned sections, generic AWS
// certifications) and intros whose customers are not the employer's sector (a hospital café operator,
// an IT provider for GP surgeries, a telecom operator's shop, a car dealership regulated for credit).
// Sector decisions are those stated at the top of cases-ml.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST5_OTHER: HoldoutCase[] = [
  {
    id: 't5-ot-01',
    title: 'Service Advisor',
    company: 'Whitcombe Motor Group',
    location: 'Maidstone, Kent',
    format: 'html',
    body: `# About us
Whitcombe Motor Group sells and services new and used cars from nine dealerships across Kent and East Sussex, representing five manufacturers. Last year we handed over 11,000 cars and looked after 60,000 service visits.
# The role
As a Service Advisor you are the customer's main contact from booking to collection.
- Book in services, MOTs and repairs, and prepare job cards for the workshop
- Explain the work our technicians recommend in plain language, with clear prices
- Keep customers updated during the day by phone, text and video check
- Process payments and warranty claims
# About you
- Customer service experience, ideally in a dealership or garage
- Organised, and calm when the workshop is busy
- Full UK driving licence
# Benefits
Basic salary £26,000 plus a monthly bonus (OTE £32,000), a five-day week with one Saturday in three, and staff discounts on servicing and new cars.
Whitcombe Motor Group Ltd is authorised and regulated by the Financial Conduct Authority for consumer credit.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't5-ot-02',
    title: 'Catering Assistant – Hospital Café',
    company: 'Sable & Thyme',
    location: 'Sheffield, South Yorkshire',
    industry: 'Food and Beverage Services',
    format: 'text',
    body: `Sable & Thyme runs the cafés, restaurants and patient meal services inside 30 hospitals, universities and offices across the north of England.

We're looking for a Catering Assistant to join the team at our café in a large teaching hospital in Sheffield, serving staff, patients and visitors seven days a week.

What you'll do
- Serve hot food, sandwiches and drinks, and keep the java flowing through the night-shift rush
- Keep the counter, tables and kitchen spotless and follow our food safety procedures
- Take payments on the till
- Restock the grab-and-go fridges

What we're looking for
- Friendly and reliable
- Level 2 Food Hygiene Certificate, or willing to get it (we'll pay)
- Able to work early mornings and weekends on a rota

What you get
- £12.21 an hour, paid weekly
- Free meals on shift
- 28 days' holiday including bank holidays
- Uniform provided`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't5-ot-03',
    title: 'Senior Backend Engineer (Go)',
    company: 'Pebblestack',
    location: 'Remote - Ireland or UK',
    format: 'escaped',
    body: `# About Pebblestack
Pebblestack lets software teams turn features on and off for any user without a redeploy. 2,400 companies use our feature-flag service to ship faster and roll back in seconds.
# What you'll do
- Design and build the Go services behind our flag evaluation APIs, which answer 5 billion requests a day
- Improve our CI/CD so that a change reaches production in under 15 minutes
- Run services with Docker on Kubernetes across three cloud regions
- Review code on GitHub and write design docs
- Join our fortnightly spark sessions, where engineers demo half-finished ideas
# What we're looking for
- 6+ years of backend development, 3+ in Go
- Experience with distributed systems and high-availability APIs
- Good written communication: we're remote-first and most decisions happen in writing
# Benefits
Published salary bands, 30 days' holiday, private health insurance, a yearly budget for courses and books, and a home-office setup of your choice.
Pebblestack is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['GB', 'IE'],
    mentions: ['APIs', 'Deployment pipelines', 'Docker', 'Kubernetes', 'Git', 'Communication'],
  },
  {
    id: 't5-ot-04',
    title: 'Claims Handler – Farm and Equine',
    company: 'Cantref Rural',
    location: 'Aberystwyth, Ceredigion',
    countryHints: ['GB'],
    format: 'div',
    body: `# About us
For eighty years we have insured farms, horses, tractors and rural homes across Wales and the Marches. When something goes wrong, our claims team is often the first call a family makes.
# The role
- Handle farm property, livestock and equine claims from first notice to settlement
- Visit farms with loss adjusters when needed
- Explain our decisions clearly to policyholders, brokers and vets
- Spot claims that need our counter-fraud team
# About you
- Claims experience in general insurance (training given for the right person)
- Calm, practical problem-solving
- Welsh speaking is desirable
- Full driving licence
# What we offer
£27,500 – £31,000, 25 days' holiday plus bank holidays and your birthday, a 10% pension contribution and free home cover with us.
Cantref Rural Ltd is authorised and regulated by the Financial Conduct Authority.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 't5-ot-05',
    title: 'Dental Nurse',
    company: 'Tollgate Dental Care',
    location: 'Norwich',
    format: 'text',
    body: `Tollgate Dental Care looks after 18,000 NHS and private patients at three practices in and around Norwich.

The role
- Support our dentists and hygienists chairside
- Decontaminate instruments and keep surgeries ready for the next patient
- Take notes on our clinical system and manage patient recalls
- Reassure nervous patients

Requirements
- GDC registration as a dental nurse
- Hepatitis B vaccination

We offer
- Monday to Friday, no weekends
- £24,500 – £27,000 depending on experience
- Paid CPD and GDC fees`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't5-ot-06',
    title: 'Retail Consultant – Mobile (Part Time)',
    company: 'Wattle',
    location: 'Parramatta NSW 2150',
    format: 'html',
    body: `# About Wattle
Wattle keeps five million Australians connected on our own mobile network and NBN home internet. Our 120 stores are where most customers meet us.
# About the role
- Help customers choose plans, phones and home internet
- Explain contracts and data allowances in plain English
- Set up new phones and move contacts and photos across
- Hit monthly sales and customer-satisfaction targets
# About you
- Retail or customer service experience
- Comfortable with technology
- Available Thursday nights and weekends
# Perks
Base rate plus commission, 50% off your own mobile plan and paid training.
Wattle is an equal opportunity employer and we particularly encourage Aboriginal and Torres Strait Islander people to apply.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Communication'],
  },
  {
    id: 't5-ot-07',
    title: 'CNC Machinist – 2nd Shift',
    company: 'Oakhurst Gearworks',
    location: 'Rockford, IL 61109',
    industry: 'Machinery Manufacturing',
    format: 'raw',
    // Workday jobDescription with a long US equal-opportunity paragraph.
    body: `<p><b>Company overview</b></p><p>Oakhurst Gearworks cuts and grinds precision gears for tractors, forklifts, mining trucks and wind turbines. We have run our Rockford plant since 1948 and employ 420 people.</p><p>&nbsp;</p><p><b>Position summary</b></p><p>Set up and run CNC gear hobbing and grinding machines on second shift (3:00 pm &ndash; 11:30 pm, Monday&ndash;Friday).</p><p><b>Responsibilities</b></p><ul><li>Read blueprints and work instructions, including GD&amp;T callouts</li><li>Set up tools and fixtures; make first-piece inspections with micrometers and gear checkers</li><li>Adjust offsets to keep parts in tolerance</li><li>Keep your work area clean and follow lockout/tagout</li></ul><p><b>Qualifications</b></p><ul><li>High school diploma or GED</li><li>3+ years of CNC machining experience; Fanuc or Siemens controls preferred</li><li>Able to lift 50 lbs</li></ul><p><b>Pay and benefits</b></p><p>$26.50&ndash;$33.00/hour plus a $1.50/hour shift premium. Medical, dental and vision from day one, 401(k) with a 6% match, tuition reimbursement and a quarterly attendance bonus.</p><p>&nbsp;</p><p>Oakhurst Gearworks is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. We participate in E-Verify.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't5-ot-08',
    title: 'Refuse Collection Driver (Cat C)',
    company: 'Stourmoor Borough Council',
    location: 'Stourmoor, Worcestershire',
    countryHints: ['GB'],
    format: 'text',
    body: `Every week our crews empty 74,000 bins, sweep 400 miles of road and keep Stourmoor's parks and town centres clean. We are Stourmoor Borough Council, and we are looking for drivers to join our waste and recycling service.

About the job
- Drive a 26-tonne refuse collection vehicle on set rounds
- Lead a crew of two loaders and make sure the round is finished safely
- Complete daily vehicle checks and report defects
- Deal politely with residents and report missed collections

What you need
- Category C licence and Driver CPC card
- Good knowledge of the area is helpful

What we offer
Grade 5, £25,584 – £27,711 a year for 37 hours a week, the Local Government Pension Scheme, and 26 days' holiday rising to 31 with service.

We are committed to equality of opportunity and are a Disability Confident employer.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't5-ot-09',
    title: 'Gardener (Glasshouses)',
    company: 'Kilbrannan House and Gardens',
    location: 'Maybole, Ayrshire, Scotland',
    format: 'html',
    body: `# About us
Kilbrannan House and Gardens is a charitable trust that looks after an eighteenth-century house, 60 acres of designed landscape and a Victorian range of glasshouses. We welcome 90,000 visitors a year.
# The role
- Propagate and grow on plants for the glasshouses and the walled garden
- Look after the rose border, including our collection of 'Julia Child' and other floribunda roses
- Control pests with integrated methods and keep spray records
- Talk to visitors about the collection
# About you
- RHS Level 2 or equivalent, or proven experience
- Happy working outdoors in all weathers
- Full driving licence
# Benefits
£24,800 a year, 30 days' holiday, free entry for your family and a discount in the garden café.
Kilbrannan House Trust is a registered Scottish charity.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't5-ot-10',
    title: 'IT Service Desk Analyst (1st/2nd Line)',
    company: 'Tillbrook Managed IT',
    location: 'Belfast BT1 3LA',
    format: 'double',
    body: `# Who we are
We look after the laptops, networks, phones and cloud accounts of 300 law firms, GP surgeries and small manufacturers across Northern Ireland. Tillbrook has been a managed IT provider since 2004.
# The role
- Answer tickets by phone, email and remote session
- Set up new starters in Microsoft 365 and Intune
- Troubleshoot Windows, printer, Wi-Fi and VPN faults
- Escalate to our infrastructure engineers and follow up until the user is happy
- Explain fixes to non-technical users without jargon
# About you
- 1–2 years in a service desk or IT support role
- A logical, problem-solving approach
- Microsoft 365 or AWS certifications are a plus
# Benefits
£24,000 – £29,000 depending on experience, paid certifications, 25 days' holiday and private health cover.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 't5-ot-11',
    title: 'Visual Merchandiser',
    company: 'Marram & Vale',
    location: 'Auckland',
    countryHints: ['NZ'],
    format: 'escaped',
    body: `# About Marram & Vale
We design women's clothing in our Ponsonby studio and sell it online and through 28 boutiques across New Zealand and Australia.
# The role
- Plan and install window and in-store displays for each season's launch
- Build a striking tableau in every window: mannequins, props and light that tell one story
- Visit stores across the upper North Island and coach store teams
- Report back on what sold after each change
# About you
- 2+ years in visual merchandising
- A strong eye, and the ability to work to a brief and a budget
- Full New Zealand driver's licence
# Perks
40% staff discount, a paid day off for your birthday and a clothing allowance each season.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['NZ'],
    mentions: [],
  },
  {
    id: 't5-ot-12',
    title: 'Care Coordinator',
    company: 'Desert Willow Home Health',
    location: 'Phoenix, AZ 85004',
    format: 'html',
    body: `# About us
Desert Willow Home Health sends nurses, therapists and caregivers into 2,500 homes across the Valley every week, so that older adults can recover from surgery and live safely at home. We are Medicare-certified and Joint Commission accredited.
# What you'll do
- Build and adjust visit schedules for 40 field clinicians
- Take referrals from hospitals and physicians and verify insurance
- Keep patients, families and clinicians informed when plans change
- Adapt quickly to call-outs, monsoon storms and last-minute discharges
# What you bring
- 2+ years of scheduling or intake experience in home health or a clinic
- Clear communication by phone and in writing
- Bilingual English/Spanish is a plus
# Benefits
Medical, dental and vision insurance, paid time off from your first month, and mileage reimbursement for home visits.
Desert Willow Home Health is an equal opportunity employer. We participate in E-Verify.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Adaptability', 'Communication'],
  },
  {
    id: 't5-ot-13',
    title: 'Frontend Engineer (React)',
    company: 'Remitra',
    location: 'Bengaluru, KA',
    countryHints: ['IND'],
    format: 'div',
    body: `# About Remitra
Our app lets 700,000 Indian freelancers and exporters get paid from 40 countries, hold money in nine currencies and convert it at mid-market rates. We are authorised by the RBI as a cross-border payment aggregator.
# What you'll do
- Build our web and mobile-web product in React and TypeScript
- Work with backend engineers to design the APIs you consume
- Write tests, review pull requests on GitHub and ship several times a day
- Care about accessibility and performance on low-end Android phones
# What we're looking for
- 3+ years of frontend development with modern JavaScript
- Experience with design systems
- Bonus: you have built payments or KYC flows before
# Perks
ESOPs, health insurance for you and your parents, a ₹50,000 yearly allowance for courses and books, and a laptop of your choice.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['APIs', 'Git'],
  },
  {
    id: 't5-ot-14',
    title: 'Tower Technician',
    company: 'Prairie Reach Towers',
    location: 'Tulsa, Oklahoma; Wichita, Kansas',
    industry: 'Telecommunications',
    format: 'text',
    body: `Prairie Reach builds, owns and maintains 6,000 cell towers and rooftop sites, and leases space on them to the national wireless carriers.

As a Tower Technician you will climb our structures to install and maintain antennas, radios and fibre runs.

Responsibilities
- Climb towers up to 400 ft to install, align and maintain antennas and remote radio units
- Run and terminate fibre and coax
- Inspect towers and report findings with photos
- Follow our fall-protection rules; no spark-producing tools near generator fuel tanks
- Travel across Oklahoma and Kansas, usually home each night

Requirements
- Authorized climber certification, or willingness to get it within 60 days
- Valid driver's license and a clean driving record
- Comfortable working at height in changing weather

Benefits: $24–$32/hour, per diem, a company truck, medical, dental and vision insurance, and a 401(k).

Prairie Reach is an Equal Opportunity Employer.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't5-ot-15',
    title: 'Site Joiner',
    company: 'Tamarisk Timber Frames',
    location: 'Hexham, Northumberland',
    format: 'div',
    body: `# About us
We design, cut and raise oak-framed houses, barns and garden rooms, mostly in Northumberland and the Scottish Borders. Frames are cut in our workshop and put up on site by a team of eight.
# The role
- Raise frames on site with the crane crew and fit the joinery
- Fit windows, doors and cladding
- Keep the site tidy and safe
- Let the client know at the end of each day how the job is going
# About you
- Time-served joiner with NVQ Level 3 or equivalent
- CSCS card
- Full driving licence
# We offer
£17–£20 an hour depending on experience, overtime at time and a half, and a van for the foreman.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't5-ot-16',
    title: 'Software Developer (.NET) – AO6',
    company: 'Office of Motor Registration, Queensland Government',
    location: 'Brisbane City QLD 4000',
    format: 'escaped',
    body: `# About us
We issue driver licences and vehicle registrations for more than five million Queenslanders, and we run the online services they use to renew them. The Office of Motor Registration is part of the Queensland Government.
# About the role
- Build and maintain web services in C# and .NET for the licensing system
- Design REST APIs used by police, insurers and the new digital licence app
- Keep code in Git and improve our build and release pipelines in Azure DevOps
- Work in a cross-functional team with testers, business analysts and users
# About you
- Demonstrated experience in C# and .NET development
- Knowledge of SQL Server
- Ability to communicate technical matters to non-technical stakeholders
# What we offer
AO6, $113,409 – $122,802 p.a. plus 12.75% superannuation, and flexible working arrangements.
The Queensland Government is committed to a diverse and inclusive workforce.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['APIs', 'Git', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't5-ot-17',
    title: 'Lift Operator (Winter Season)',
    company: 'Glenbrae Mountain Resort',
    location: 'Whistler, BC',
    format: 'div',
    body: `# About us
Glenbrae Mountain Resort runs 22 lifts, a ski school and three on-mountain restaurants above the village.
# The job
- Load and unload guests safely on chairlifts and gondolas
- Shovel and groom ramps and maze areas at the start of each shift
- Watch for weather and wind holds, and follow the lift supervisor's directions
- Greet guests and answer questions about runs and conditions
# About you
- 18+, able to work outdoors in cold and stormy conditions
- Available from late November to mid-April
# Perks
A season pass, limited staff housing and discounts in the village.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't5-ot-18',
    title: 'Registered Veterinary Nurse',
    company: 'Wagtail Veterinary Hospital',
    location: 'Galway',
    countryHints: ['IE'],
    industry: 'Veterinary Services',
    format: 'html',
    body: `# About us
Wagtail Veterinary Hospital cares for dogs, cats, rabbits and the odd tortoise across Galway city and county, with a 24-hour emergency service and a dedicated surgical suite.
# The role
- Monitor anaesthesia and assist in surgery
- Run nurse clinics for vaccinations, weight and dental checks
- Look after hospitalised patients and update their owners by phone
- Explain aftercare clearly to owners at discharge
# About you
- Registered with the Veterinary Council of Ireland
- Calm under pressure and kind to nervous animals and people
# Benefits
€32,000 – €38,000, a CPD allowance, discounted care for your own pets and a company pension.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Communication'],
  },
  {
    id: 't5-ot-19',
    title: 'Field Archaeologist',
    company: 'Cairnmoor Archaeology',
    location: 'York, North Yorkshire',
    format: 'text',
    body: `Cairnmoor Archaeology digs ahead of road, rail and housing schemes across the north of England, and publishes what we find.

We are looking for Field Archaeologists to join excavation teams on a large housing site near York from March.

What you'll do
- Excavate and record features, deposits and finds to our field manual
- Clean sections and plans with a trowel before photography
- Take environmental samples and keep context sheets up to date
- Work safely around plant and in deep excavations

What you need
- A degree in archaeology or equivalent field experience
- CSCS card, or willing to get one
- Driving licence preferred

Pay: £26,400 a year, with subsistence paid when working away.
Cairnmoor Archaeology is a Registered Organisation with the Chartered Institute for Archaeologists.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: [],
  },
  {
    id: 't5-ot-20',
    title: 'QA Engineer (Manual and Automation)',
    company: 'Sentrybox',
    location: 'Kraków',
    format: 'html',
    body: `# About Sentrybox
Sentrybox is a password manager: our apps for desktop, mobile and browser keep the passwords, cards and secure notes of 3 million people and 20,000 businesses safe.
# Your responsibilities
- Plan and run regression testing for each release across Windows, macOS, iOS, Android and five browsers
- Write automated end-to-end tests in Playwright and TypeScript
- Keep the CI green: triage flaky tests and failed builds in our GitHub Actions pipelines
- Write clear bug reports that developers can act on
# Requirements
- 3+ years in QA for consumer software
- Experience testing browser extensions is a plus
- Very good English; Polish is welcome but not required
# We offer
A B2B contract or an employment contract, private medical care, a sports card and a hybrid office in the city centre.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['PL'],
    mentions: ['Deployment pipelines', 'Git', 'Communication'],
  },
];
