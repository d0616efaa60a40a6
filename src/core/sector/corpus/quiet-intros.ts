// Quiet employer introductions: one or two sentences, a posting that opens with the role and says only in
// passing what the employer does, or an intro in the middle of the posting under a "who we are" heading in the
// local language (Kim jesteśmy, Om oss, Wie zijn wij, Qui sommes-nous, Chi siamo, Quem somos, Über uns, Meistä,
// O nás, Hvem er vi). Many employers are described only by what they sell, make, run or look after: public
// bodies that never call themselves government (water boards, transport authorities, road agencies, statistics
// and tax offices, land registries, municipal IT services, police data units), software companies that only say
// what their software does, vendors made for one sector, and data teams inside employers outside tech. English,
// Polish, Dutch, Swedish, German, Danish, Norwegian, Finnish, Czech, French, Spanish, Italian and Portuguese.
// Labels follow docs/sector-labels.md; `why` marks the hard calls.
import type { SectorExample } from './example.ts';

export const QUIET_INTROS: SectorExample[] = [
  // English
  {
    id: 'qi-001',
    company: 'Thistlecombe Finance',
    text: `Collections Analyst – Stockport (hybrid)

You'll look at why customers fall behind on their personal loans and car-finance agreements, test gentler ways of getting them back on track, and report to the arrears committee each month. Most of the work is SQL and Excel; some Python helps.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'only in passing: its customers hold personal loans and car finance with it, so a lender',
  },
  {
    id: 'qi-002',
    company: 'Cobwell Mutual',
    text: `We insure narrowboats, static caravans and holiday cottages, and our claims line picks up every day of the year. Hiring: Household Claims Handler, Worcester.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'qi-003',
    company: 'Ardlochan Bank',
    text: `# Data Platform Engineer

Join the 40-strong data team that sits inside the bank rather than next to it. You'll build the pipelines behind credit decisions, payments monitoring and the figures we send to the regulator.

# Who we are

Current accounts, savings and small-business lending for around 600,000 customers in Scotland and the north of England, with 31 branches and an app that most of them now use instead.

# What you get

Private healthcare, 30 days' leave, and a pension with a 10% employer contribution.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a data role inside a bank; the private healthcare is a benefit',
  },
  {
    id: 'qi-004',
    company: 'Claimhollow',
    text: `Claimhollow is the claims system that motor and home insurers run on: first notice of loss, reserving, payments to repairers and recoveries from other insurers.

We're looking for a Senior Java Engineer to work on the payments module.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'software made for insurers is Finance',
  },
  {
    id: 'qi-005',
    company: 'Ferrister Pension Administration',
    text: `<h3>Pensions Data Analyst</h3>
<p>Nurses, porters, midwives and hospital pharmacists in fourteen hospital trusts rely on us to get their pension right. We keep the records, calculate the benefits and pay them every month on behalf of the trustees.</p>
<p>You will clean and reconcile member data ahead of the scheme's next valuation and build the reports the actuaries need.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'pension administration is Finance; the members work in hospitals, which does not make it Healthcare',
  },
  {
    id: 'qi-006',
    company: 'Paysprig',
    text: `Café owners, small builders and nurseries with a handful of staff run their payroll on Paysprig: payslips, tax filings and pension contributions in about ten minutes a month. Hiring a Customer Success Lead in Manchester.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payroll software for small firms counts as money software (Finance)',
  },
  {
    id: 'qi-007',
    company: 'Pennyrig',
    text: `iOS Engineer (Swift) – London or remote UK

Small team, big releases. You'd own the screens where people buy and sell fractional shares and ETFs from £1, set up a monthly top-up into their stocks and shares ISA, and see what they've earned.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'the app buys and sells shares for its customers: a broker',
  },
  {
    id: 'qi-008',
    company: 'Larchwick Search & Selection',
    text: `Credit Risk Analyst – Agricultural Lending, Perth

Our client lends against land, livestock and machinery to around 9,000 farming families and rural businesses. They are looking for an analyst to review their loan book after two difficult harvests and help rebuild the affordability model.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'recruiter names the client: a lender to farmers; agriculture is its customers, not its business',
  },
  {
    id: 'qi-009',
    company: 'Harrowdene Hospitals',
    text: `Clinical Coding Data Analyst, Band 6

We look after people in two counties from three acute hospitals, a maternity unit and the regional burns centre. Our coding team turns what happens on the wards into the data that funds the hospitals and tells clinicians how their patients fare.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'a public hospital trust is Healthcare, not Public Sector',
  },
  {
    id: 'qi-010',
    company: 'Linthorpe Private Healthcare',
    text: `Theatre Utilisation Analyst – Leeds

Help our surgeons and theatre managers get more operations into each list: you'll map cancellations, late starts and turnaround times across our eleven hospitals and work with the booking team to fix the worst gaps.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'qi-011',
    company: 'Careleaf Notes',
    text: `Carers in 900 care homes write their notes, medication rounds and falls on our app instead of paper.

Product Manager, Medication
You'll work with nurses and pharmacists to make the medicines round safer.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'software made for care homes is Healthcare',
  },
  {
    id: 'qi-012',
    company: 'Pillwren',
    text: `Your GP sends the prescription to us, our pharmacists check it, and it arrives through the letterbox the next morning. That is the whole idea, and 350,000 people use it every month.

We're hiring a Warehouse Shift Manager for our dispensary in Coventry.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'an online pharmacy: pharmacies are Healthcare even when they post parcels',
  },
  {
    id: 'qi-013',
    company: 'Brightshaw Health Insurance',
    text: `Pricing Actuary

Set next year's premiums for the company and individual health plans, study how claims for physiotherapy, scans and cancer treatment are moving, and explain the numbers to underwriters and the board. Qualified or nearly qualified actuaries welcome.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'premiums and claims, but health insurers are Healthcare under the rule',
  },
  {
    id: 'qi-014',
    company: 'Aurisel Medical',
    text: `Production Engineer – Galway

You'll keep the clean-room lines running where we build cochlear implants and the speech processors worn behind the ear, cut scrap on the hermetic-sealing step and lead the validation of two new assembly cells.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'makers of medical devices are Healthcare, despite the factory vocabulary',
  },
  {
    id: 'qi-015',
    company: 'Quaywell Clinical Research',
    text: `Biotech companies bring us their medicines once they are ready for patients; we find the hospitals, recruit the patients and run the trials.

Clinical Data Manager – remote (UK)`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'qi-016',
    company: 'St Columba\'s Hospice',
    text: `Data and Systems Officer (part-time, 22.5 hours)

Our nurses and doctors care for about 1,800 people a year with an illness they will not recover from, on our ward and in their own homes. You'll keep the patient record system running and produce the reports our commissioners ask for.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'qi-017',
    company: 'Cardle\'s',
    text: `Replenishment Analyst

Get the right amount of bread, milk and bananas on the shelves of our 320 shops every morning, and less of it in the bin every evening. You'll work on the ordering model with buyers and depot planners.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'qi-018',
    company: 'Larderbox',
    text: `The average Larderbox basket holds 23 items and gets to the door within two hours. Hiring a Senior Data Analyst, Basket & Checkout.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'online grocery delivery is Retail',
  },
  {
    id: 'qi-019',
    company: 'Pointhatch Systems',
    text: `Backend Engineer (Node.js)

You'll work on the points engine behind the loyalty schemes of supermarket and convenience-store chains: every scan at the till, every personalised coupon printed on the receipt. About 40 million shoppers carry one of the cards we run.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'loyalty software made for grocers is a service made for retailers',
  },
  {
    id: 'qi-020',
    company: 'Thornapple Garden Centres',
    text: `**Machine Learning Engineer, Pricing**

Bedding plants don't keep. You'll build the models that decide when to mark down the geraniums and how many Christmas trees each of our 58 garden centres should order, and you'll put them into production on GCP.

Hybrid, two days a week at our support centre near Newbury.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a machine-learning role at a chain of garden centres: the employer decides',
  },
  {
    id: 'qi-021',
    company: 'Aillte Knitwear',
    text: `We design our jumpers and cardigans in Edinburgh, have them knitted by two family-run mills in the Borders, and sell them in our 22 shops and on our website. E-commerce Merchandiser wanted.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'designs and sells in its own shops but does not make the goods: Retail',
  },
  {
    id: 'qi-022',
    company: 'Colne Edge Cash & Carry Distributors',
    text: `Route Planner – Huddersfield depot

Four thousand corner shops, newsagents and petrol-station kiosks get their crisps, soft drinks and sweets from our three depots. You'll plan the drops so that every shop gets its delivery in its window.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a wholesaler of goods to shops is Retail, though the role is route planning',
  },
  {
    id: 'qi-023',
    company: 'Brayford Motor Group',
    text: `Used Vehicle Pricing Analyst. Across our 17 showrooms we sell about 14,000 used cars a year, and you'll decide what each one goes on the forecourt for.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a car dealership group is Retail',
  },
  {
    id: 'qi-024',
    company: 'Kilnfolk',
    text: `Nine thousand potters and ceramicists sell their mugs, vases and tableware to buyers on Kilnfolk. We take a small commission and handle the payments and the breakages.

Trust & Safety Analyst (part-time)`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a marketplace where consumers buy goods',
  },
  {
    id: 'qi-025',
    company: 'Dunsby Fibre',
    text: `Network Operations Engineer (24/7 rota)

When a digger goes through a duct in a Suffolk village, you're the one who sees 600 homes drop off the network, raises the fault with the field team and keeps customers posted until the splice is done.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'outages of a fibre network it runs: a broadband operator',
  },
  {
    id: 'qi-026',
    company: 'Chirrup Mobile',
    text: `SIM-only plans from £6 a month, no contract, run on one of the big networks. Hiring a Growth Marketing Manager.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a virtual mobile operator selling SIM plans',
  },
  {
    id: 'qi-027',
    company: 'Parapet Sites',
    text: `Site Acquisition Surveyor – Birmingham

We own the rooftop and street-furniture sites where the mobile networks put their antennas and small cells, and we lease space on them to all four operators. You'll negotiate with landlords and councils for new sites.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a tower and site company for mobile operators',
  },
  {
    id: 'qi-028',
    company: 'Brackenlink',
    text: `# Data Scientist – Churn and Retention

Our pay-monthly subscribers have more choice than ever. You'll predict who is about to leave, test which offers keep them, and measure whether network upgrades in an area actually reduce complaints.

# Benefits

Free SIM and broadband at home, 27 days' holiday, share scheme.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a data role at an operator that has subscribers and a network',
  },
  {
    id: 'qi-029',
    company: 'Swaptrace',
    text: `Swaptrace spots SIM-swap fraud and premium-rate call scams inside mobile networks before they cost the operator or its customers anything. Twenty-two operators in Europe and Africa run us.

Fraud Detection Engineer (Scala)`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'fraud vocabulary, but the software is made for mobile operators',
  },
  {
    id: 'qi-030',
    company: 'Kellard Broadband',
    text: `Customer Service Adviser – Sunderland contact centre

Help our broadband and landline customers when their router won't connect, their bill looks wrong or they're moving house. Full training, set shifts, and a free home connection after probation.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "an operator's own call centre is Telecom",
  },
  {
    id: 'qi-031',
    company: 'Gullwake Satcom',
    text: `Six thousand cargo ships, ferries and offshore platforms get their internet and phone calls from our satellite network. Hiring a Network Engineer for the Aberdeen operations centre.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a satellite connectivity operator; the ships are its customers, not its business',
  },
  {
    id: 'qi-032',
    company: 'Lumatrace Photonics',
    text: `Hardware Test Engineer

We design and build the optical line terminals that fibre operators install in their exchanges; our test lab in Cambridge checks every board before it ships. You'll write the automated test rigs.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network equipment for operators is Telecom, not Manufacturing',
  },
  {
    id: 'qi-033',
    company: 'Clywd Profiles',
    text: `Shift Process Technician. Our Wrexham plant runs three extrusion lines turning PVC compound into window and door profiles, around the clock, five days a week.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'qi-034',
    company: 'Ruthwell Creameries',
    text: `Our two creameries turn milk from around 600 farms into cheddar, butter and whey powder. Production Planner wanted in Carlisle.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a dairy processor makes food in plants; the farms are its suppliers',
  },
  {
    id: 'qi-035',
    company: 'Ravensby Castings',
    text: `Quality Engineer – Telford

You'll own the quality plans for the aluminium subframes and suspension knuckles we cast and machine for three European carmakers, lead customer audits and drive down porosity scrap on the high-pressure cells.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'qi-036',
    company: 'Tanfield Moulded Products',
    text: `<p><strong>Data Engineer (Industrial IoT)</strong></p>
<p>Bring the cycle times, temperatures and reject counts from our 60 injection-moulding machines into one place, so that setters see problems before the parts go in the box. We mould closures and dispensing caps for drinks and cosmetics brands.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a data role at a plant that moulds plastic parts',
  },
  {
    id: 'qi-037',
    company: 'Spindlewatch',
    text: `Our vibration sensors clip onto the motors, pumps and gearboxes in food, paper and metals plants, and tell the maintenance team which one will fail next month.

Solutions Engineer – North of England`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for factories is Manufacturing',
  },
  {
    id: 'qi-038',
    company: 'Brooklace Home Care Products',
    text: `Demand Planner

Our shampoos, shower gels and hand washes are on the shelves of most big supermarkets, and every bottle comes off the filling lines at our Leicester factory. You'll match the production plan to what the retailers order.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'supermarkets are its customers; it makes the goods, so Manufacturing',
  },
  {
    id: 'qi-039',
    company: 'Corriemoor Defence Systems',
    text: `Welding Engineer – Glasgow. Join the team that fabricates the hulls of the armoured vehicles we build for the army.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a defence manufacturer is Manufacturing; the army is its customer',
  },
  {
    id: 'qi-040',
    company: 'Aerolith Seating',
    text: `Industrial Engineer – Hamble

Airlines order the seats for their new cabins from us, and our line in Hamble builds about 9,000 a year. You'll balance the line and plan the move to a second shift.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes aircraft seats; the airlines are its customers',
  },
  {
    id: 'qi-041',
    company: 'Office for Statistics of the Northern Isles',
    text: `Survey Methodologist

We run the census, publish the monthly price index and the jobless figures, and answer the questions ministers and the public ask about the islands' economy. You'll redesign the sample for the labour force survey.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a statistics office is part of government',
  },
  {
    id: 'qi-042',
    company: 'Land Register of Inchgarve',
    text: `Every home, field and car park on the island is recorded with us, along with who owns it and who has lent against it.

Senior Developer (.NET) – register modernisation`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a land registry; the lenders mentioned are other people',
  },
  {
    id: 'qi-043',
    company: 'Trunk Roads Agency for the Marches',
    text: `Asset Data Analyst

We look after 1,100 miles of trunk road, 700 bridges and every gritter that keeps them open in winter. You'll turn inspection records into a maintenance plan that lasts five years.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a road agency',
  },
  {
    id: 'qi-044',
    company: 'Eastwold Constabulary',
    text: `Crime Data Analyst – Force Intelligence Bureau

Help officers decide where to patrol and which burglary series belong together. You'll clean the crime and incident data, map hotspots and brief the area commanders each week.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a police data unit is Public Sector',
  },
  {
    id: 'qi-045',
    company: 'Income Tax Division, States of Selvey',
    text: `Compliance Data Analyst. Working from our office in St Anne's, you'll help us find the islanders and companies who have not filed, and build the risk model that picks the returns we check.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a tax office',
  },
  {
    id: 'qi-046',
    company: 'Tri-Borough Digital Services',
    text: `# Infrastructure Engineer (Azure)

# Who we are

We are the shared IT and digital team for three borough councils: we run the networks in libraries and depots, the systems behind council tax and bin collections, and the websites residents use to report potholes.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "councils' own shared IT service is part of government, not an IT company",
  },
  {
    id: 'qi-047',
    company: 'Kerbspot Parking',
    text: `Councils put our in-ground sensors in their parking bays and our app tells drivers where the free spaces are. Field Engineer, Midlands.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'smart parking made for councils',
  },
  {
    id: 'qi-048',
    company: 'Brantmoor City Region Transport',
    text: `Network Planner (Bus)

We plan the bus network for the city region, set the fares and the timetables, and pay the operators who run the buses for us under contract. You'll redesign the routes in the eastern towns.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a regional transport authority: publicly run transport, though the operators are private',
  },
  {
    id: 'qi-049',
    company: 'Bookwhistle',
    text: `Dentists, dog groomers, driving schools and tattoo studios take their bookings on Bookwhistle. Senior Frontend Engineer (React), remote.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'booking software for many kinds of business; dentists are one of them, so IT',
  },
  {
    id: 'qi-050',
    company: 'Gantry Hosting',
    text: `Site Reliability Engineer

Our 11,000 servers in three Midlands data centres run online shops, council websites, game servers and a few things we're not allowed to mention. You'll join the on-call rota for the storage platform.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'hosting for many kinds of customer is IT',
  },
  {
    id: 'qi-051',
    company: 'Tolley & Brisk',
    text: `Senior .NET Developer – Bristol

You'll join a delivery team building software for one of our clients, which might be a building society, a regional airline or a county council. We have about 350 engineers and we build, test and support software for organisations that would rather not employ their own.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'an IT services company with clients in many sectors',
  },
  {
    id: 'qi-052',
    company: 'Parchmind',
    text: `Insurers use our API to read claim forms, hauliers to read delivery notes and law firms to read contracts. Machine Learning Engineer, document models.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'document AI sold to many industries',
  },
  {
    id: 'qi-053',
    company: 'Puddlestep Games',
    text: `Gameplay Programmer (Unity). Our little studio in Dundee makes cosy co-op games for Switch and PC.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'qi-054',
    company: 'Ticketfold',
    text: `Support Engineer (Tier 2)

The IT, HR and facilities teams at around 7,000 companies log, route and close their tickets in Ticketfold. You'll help our customers' admins with integrations, automations and the odd mystery.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'help desk software any company uses',
  },
  {
    id: 'qi-055',
    company: 'Spanlattice Interconnect',
    text: `We design the switch chips and network cards that link GPU servers inside AI data centres.

Verification Engineer (SystemVerilog/UVM) – Bristol`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'chips and networking for data centres are IT',
  },
  {
    id: 'qi-056',
    company: 'Keyvane',
    text: `We make the password manager that 40,000 companies give their staff. Hiring a Security Engineer.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'qi-057',
    company: 'University of Wendmoor',
    text: `Research Software Engineer – School of Physics and Astronomy

Fixed term, 36 months. You will help our astronomers turn their analysis code for the radio telescope survey into tested, documented software that other groups can run.`,
    sector: null,
    lang: 'en',
    why: 'a public university: education is unclassified',
  },
  {
    id: 'qi-058',
    company: 'Brackwell Institute for Crop Science',
    text: `Our scientists breed wheat that copes with drought and study the soil microbes that help it. Data Scientist (genomics), fixed term.`,
    sector: null,
    lang: 'en',
    why: 'a research institute',
  },
  {
    id: 'qi-059',
    company: 'Quayrail Freight',
    text: `Operations Planner

Our trains move shipping containers from the southern ports to inland terminals in the Midlands and the North, about 70 trains a day. You'll plan crews and locomotives for next week.`,
    sector: null,
    lang: 'en',
    why: 'rail freight is logistics',
  },
  {
    id: 'qi-060',
    company: 'Hawkcleugh Renewables',
    text: `Our 42 turbines on the ridge above Hawick and the battery site beside them sell their power into the grid. SCADA Data Analyst wanted.`,
    sector: null,
    lang: 'en',
    why: 'energy',
  },
  {
    id: 'qi-061',
    company: 'Severnmouth Water',
    text: `Leakage Data Scientist

Help us find leaks before they reach the surface. We supply drinking water to 1.1 million people and take away and treat their wastewater; we are a private company owned by long-term investors and regulated like every water company.`,
    sector: null,
    lang: 'en',
    why: 'a water utility company, not a public body: utilities are unclassified',
  },
  {
    id: 'qi-062',
    company: 'Saltcombe Quay Hotels',
    text: `Revenue Analyst

You'll help decide what each of our 19 hotels charges for its rooms tonight, next month and next summer, using our booking data and a lot of Python.`,
    sector: null,
    lang: 'en',
    why: 'hotels are hospitality',
  },
  {
    id: 'qi-063',
    company: 'Northern Courier Media',
    text: `Audience Data Analyst. Our six daily papers and their websites reach about two million readers across the North; you'll work out which stories keep them subscribing.`,
    sector: null,
    lang: 'en',
    why: 'a newspaper publisher: media',
  },
  {
    id: 'qi-064',
    company: 'Talentmoor Recruitment',
    text: `We're recruiting a Business Intelligence Developer for a permanent position in Reading. Strong SQL, SSRS and Power BI; hybrid; up to £55k. Contact Jess for details.`,
    sector: null,
    lang: 'en',
    why: 'a recruiter that does not say what the client does',
  },
  {
    id: 'qi-065',
    company: 'Wetherell Tennant Partners',
    text: `Analyst, Operations Practice

We advise chief executives of mid-sized companies on how to run their operations better: fewer layers, faster decisions, less waste. Our clients include hospitals, retailers and water companies.`,
    sector: null,
    lang: 'en',
    why: "a management consultancy; its clients' sectors do not decide",
  },
  {
    id: 'qi-066',
    company: 'Wealdgrain Farmers',
    text: `Grain Trading Assistant. We're owned by the 2,400 farmers whose wheat and barley we store, dry and sell.`,
    sector: null,
    lang: 'en',
    why: "a farmers' cooperative: agriculture",
  },
  // Polish
  {
    id: 'qi-067',
    company: 'Ratalia Finanse sp. z o.o.',
    text: `Analityk ds. windykacji – Wrocław (praca hybrydowa)

Będziesz sprawdzać, dlaczego klienci przestają spłacać raty pożyczek gotówkowych i kredytów na sprzęt RTV/AGD, które im udzieliliśmy, oraz testować nowe scenariusze kontaktu. Praca w SQL, Excelu i Power BI.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'udziela pożyczek i kredytów ratalnych: pożyczkodawca; sprzęt RTV/AGD to tylko cel kredytu',
  },
  {
    id: 'qi-068',
    company: 'TU Orlica S.A.',
    text: `Szukamy specjalisty ds. likwidacji szkód komunikacyjnych do biura w Lublinie. Ubezpieczamy samochody, domy i gospodarstwa rolne we wschodniej Polsce.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'ubezpieczyciel; gospodarstwa rolne to przedmiot ubezpieczenia',
  },
  {
    id: 'qi-069',
    company: 'Strażnica Software sp. z o.o.',
    text: `Programista Java (Senior)

Rozwijasz system, który w 40 bankach spółdzielczych sprawdza każdy przelew pod kątem prania pieniędzy i finansowania terroryzmu, a podejrzane transakcje przekazuje analitykom banku.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'oprogramowanie AML tworzone dla banków to Finance',
  },
  {
    id: 'qi-070',
    company: 'Wojewódzki Szpital Specjalistyczny w Zielnie',
    text: `Informatyk – administrator systemów

Do działu informatyki poszukujemy administratora, który zadba o serwery, sieć i system HIS na naszych 17 oddziałach, w tym na SOR i bloku operacyjnym. Praca w systemie dyżurów.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'stanowisko IT w publicznym szpitalu: liczy się pracodawca (Healthcare)',
  },
  {
    id: 'qi-071',
    company: 'Przychodnie Sasanka',
    text: `Rejestratorka medyczna – Białystok

## Kim jesteśmy

Od 2004 roku prowadzimy przychodnie rodzinne i specjalistyczne na trzech osiedlach Białegostoku. Przyjmujemy pacjentów w ramach NFZ i prywatnie.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
  },
  {
    id: 'qi-072',
    company: 'Gabinetowo sp. z o.o.',
    text: `W naszym programie lekarze, fizjoterapeuci i stomatolodzy z 6 tys. gabinetów prowadzą dokumentację medyczną i wystawiają e-recepty. Szukamy Product Ownera.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'elektroniczna dokumentacja medyczna dla gabinetów: oprogramowanie dla ochrony zdrowia',
  },
  {
    id: 'qi-073',
    company: 'Sklepy Kropka',
    text: `Kierownik sklepu – Opole

Nasze 640 sklepów osiedlowych otwiera się o 6:00, żeby klienci zdążyli kupić pieczywo i kawę przed pracą. Szukamy kierownika do nowego sklepu przy ul. Ozimskiej.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
  },
  {
    id: 'qi-074',
    company: 'Klocuś.pl',
    text: `Data Scientist – rekomendacje produktowe

Zbudujesz modele, które podpowiadają rodzicom i dziadkom, jakie klocki, gry planszowe i puzzle dobrać do wieku dziecka. Wysyłamy do 25 tys. paczek dziennie w grudniu.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'stanowisko data science w sklepie internetowym z zabawkami',
  },
  {
    id: 'qi-075',
    company: 'Księgarnie Zakładka',
    text: `# Kim jesteśmy
Prowadzimy 48 księgarni w centrach handlowych i sklep internetowy z książkami, grami i artykułami papierniczymi.

# Kogo szukamy
Analityka sprzedaży, który pomoże nam lepiej planować zatowarowanie przed premierami i rokiem szkolnym.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
  },
  {
    id: 'qi-076',
    company: 'Kablonet Warmia',
    text: `Technik instalator – Olsztyn

## Kim jesteśmy
Dostarczamy internet światłowodowy i telewizję kablową do 120 tys. mieszkań na Warmii i Mazurach. Nasi technicy podłączają nowych abonentów i usuwają awarie w terenie.`,
    sector: 'Telecommunications',
    lang: 'pl',
  },
  {
    id: 'qi-077',
    company: 'Fala Mobile S.A.',
    text: `Konsultant infolinii (umowa o pracę)

Pomagasz naszym abonentom, gdy nie działa im internet mobilny, chcą przenieść numer albo zmienić taryfę. Pakiet medyczny, karta sportowa i darmowy abonament na telefon.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'infolinia operatora komórkowego; pakiet medyczny to benefit',
  },
  {
    id: 'qi-078',
    company: 'Pasmo Systems sp. z o.o.',
    text: `Nasze oprogramowanie pokazuje operatorom komórkowym i światłowodowym na mapie każdą awarię stacji bazowej i każdy przerwany kabel, zanim zadzwonią klienci. DevOps Engineer, Kraków.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'oprogramowanie stworzone dla operatorów telekomunikacyjnych',
  },
  {
    id: 'qi-079',
    company: 'Kabelwiąz sp. z o.o.',
    text: `Inżynier procesu – Mielec

W naszym zakładzie 900 osób składa wiązki elektryczne do samochodów osobowych i dostawczych. Będziesz odpowiadać za wydajność dwóch linii montażowych i wdrażanie nowych projektów klientów.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
  },
  {
    id: 'qi-080',
    company: 'Słodowiec S.A.',
    text: `Pierniki, wafle i herbatniki z naszych czterech linii w Kutnie trafiają do sklepów w całej Europie. Szukamy Mistrza Zmiany.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'produkuje słodycze na liniach; sklepy są odbiorcami',
  },
  {
    id: 'qi-081',
    company: 'Huta Szkła Opalin',
    text: `<p><b>Analityk danych produkcyjnych</b></p>
<p>Połączysz dane z pieców, maszyn formujących i kamer kontroli jakości, żeby zmniejszyć liczbę odrzuconych butelek i słoików. Nasze wanny szklarskie pracują 24 godziny na dobę.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'rola danych w hucie szkła wytwarzającej butelki i słoiki',
  },
  {
    id: 'qi-082',
    company: 'Zarząd Dróg Miejskich w Krzemionkach',
    text: `Specjalista ds. sygnalizacji świetlnej

Odpowiadamy za 420 km ulic, 85 skrzyżowań z sygnalizacją i wszystkie wiaty przystankowe w mieście. Szukamy osoby, która zajmie się programami sygnalizacji i danymi z detektorów ruchu.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'miejski zarząd dróg jest częścią administracji',
  },
  {
    id: 'qi-083',
    company: 'Izba Administracji Skarbowej w Nadborzu',
    text: `Starszy specjalista – analiza ryzyka

W Dziale Analiz będziesz wybierać podatników i transakcje do kontroli na podstawie danych z JPK i e-faktur. Oferujemy stabilne zatrudnienie i dodatek stażowy.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'urząd skarbowy; słownictwo podatkowe nie czyni go firmą finansową',
  },
  {
    id: 'qi-084',
    company: 'Miejskie Centrum Informatyki w Starogrodzie',
    text: `Administrator sieci

Utrzymujemy sieć, serwery i oprogramowanie urzędu miasta, miejskich szkół, bibliotek i ośrodka pomocy społecznej. Praca od poniedziałku do piątku, 7:30–15:30.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'miejska jednostka IT obsługująca urząd: część samorządu, nie firma IT',
  },
  {
    id: 'qi-085',
    company: 'Kontaktownik sp. z o.o.',
    text: `Frontend Developer (Vue)

W Kontaktowniku 12 tys. firm – biura nieruchomości, szkoły językowe, hurtownie i agencje reklamowe – prowadzi kontakty z klientami, oferty i zadania handlowców.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'CRM dla firm z wielu branż to IT',
  },
  {
    id: 'qi-086',
    company: 'Bitrzeka Software House',
    text: `## Kim jesteśmy
Zespół 180 programistów z Rzeszowa i Lublina. Tworzymy aplikacje webowe i mobilne dla banków, sieci handlowych i producentów maszyn z Polski, Niemiec i Skandynawii.

## Rola
Senior .NET Developer do projektu dla klienta z Norwegii.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'software house z klientami z wielu branż',
  },
  {
    id: 'qi-087',
    company: 'Chmurnik sp. z o.o.',
    text: `Inżynier utrzymania centrum danych – Gdańsk. Dbamy o zasilanie, chłodzenie i łącza w dwóch serwerowniach, w których trzymają swoje serwery setki firm.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
  },
  {
    id: 'qi-088',
    company: 'Uniwersytet Nadnotecki',
    text: `Adiunkt badawczy w Katedrze Informatyki

Uniwersytet Nadnotecki ogłasza konkurs na stanowisko adiunkta badawczego w projekcie dotyczącym uczenia maszynowego w analizie zdjęć satelitarnych.`,
    sector: null,
    lang: 'pl',
    why: 'uczelnia publiczna: edukacja jest poza siedmioma sektorami',
  },
  {
    id: 'qi-089',
    company: 'Instytut Hydrotechniki Wiślanej',
    text: `Badamy, jak wezbrania i susze zmieniają koryta rzek, i doradzamy przy projektach wałów przeciwpowodziowych. Poszukujemy specjalisty GIS.`,
    sector: null,
    lang: 'pl',
    why: 'instytut badawczy',
  },
  {
    id: 'qi-090',
    company: 'Terminal Kontenerowy Zatoka',
    text: `Planista placu kontenerowego

Rozładowujemy i ładujemy statki kontenerowe przy naszym nabrzeżu w Gdyni i wysyłamy kontenery dalej koleją i ciężarówkami. Praca w systemie zmianowym.`,
    sector: null,
    lang: 'pl',
    why: 'terminal portowy: logistyka',
  },
  {
    id: 'qi-091',
    company: 'Słoneczne Dachy sp. z o.o.',
    text: `Montujemy instalacje fotowoltaiczne i pompy ciepła w domach jednorodzinnych na Podkarpaciu. Szukamy koordynatora montaży.`,
    sector: null,
    lang: 'pl',
    why: 'instalacje energetyczne w domach: energetyka i budownictwo',
  },
  {
    id: 'qi-092',
    company: 'Biuro Podróży Słoneczny Szlak',
    text: `Specjalista ds. e-commerce

Sprzedajemy wczasy w Grecji, Turcji i Egipcie przez naszą stronę i 30 salonów. Będziesz odpowiadać za kampanie i konwersję w sezonie przedsprzedaży.`,
    sector: null,
    lang: 'pl',
    why: 'biuro podróży: turystyka jest niesklasyfikowana, mimo słownictwa e-commerce',
  },
  // Dutch
  {
    id: 'qi-093',
    company: 'Hypotheekhuis Eemland',
    text: `Data-analist Acceptatie (32–40 uur)

Jij helpt onze acceptanten sneller beslissen over hypotheekaanvragen die via adviseurs binnenkomen. Je bouwt dashboards over doorlooptijden, afwijzingsredenen en achterstanden in de portefeuille.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'beslist over hypotheekaanvragen en heeft een portefeuille: een geldverstrekker',
  },
  {
    id: 'qi-094',
    company: 'Borgwacht Kredietverzekering',
    text: `Groothandels en transportbedrijven verzekeren bij ons het risico dat hun klanten niet betalen. Wij zoeken een risk underwriter.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'een kredietverzekeraar; de groothandels zijn klanten',
  },
  {
    id: 'qi-095',
    company: 'Onderlinge De Zwaluw',
    text: `## Data scientist schade

Modelleer schadefrequentie en fraude bij auto- en woonhuispolissen.

## Wie zijn wij
Een onderlinge verzekeraar uit Drenthe, opgericht door boeren in 1894. Onze 210.000 leden zijn samen eigenaar; winst gaat terug naar de premie.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'onderlinge verzekeraar; de boeren zijn geschiedenis, geen bedrijfsactiviteit',
  },
  {
    id: 'qi-096',
    company: 'Universitair Medisch Centrum Oostvaarders',
    text: `Functioneel beheerder EPD – afdeling Zorg-ICT

Als functioneel beheerder ben jij de schakel tussen de verpleegafdelingen, poliklinieken en de leverancier van ons elektronisch patiëntendossier. Wij combineren topreferente patiëntenzorg met onderwijs en onderzoek.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'een academisch ziekenhuis: patiëntenzorg beslist, ook al doet het onderwijs en onderzoek',
  },
  {
    id: 'qi-097',
    company: 'GGZ Duinstreek',
    text: `Wij bieden zorg aan volwassenen en jongeren met psychische problemen, in onze klinieken en bij mensen thuis. Gezocht: regiesecretaresse (24 uur).`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'qi-098',
    company: 'Beeldwacht Medical',
    text: `Software Engineer Python

Onze software leest mee met radiologen en markeert mogelijke longembolieën en breuken op CT-scans. Ruim zeventig ziekenhuizen gebruiken het.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'beeld-AI voor radiologie is software gemaakt voor de zorg',
  },
  {
    id: 'qi-099',
    company: 'Korfmarkt Supermarkten',
    text: `Data Engineer – Zaandam

Elke week rekenen ruim 2 miljoen klanten af in onze 180 supermarkten. Jij bouwt aan het dataplatform waarmee we voorraad, prijzen en aanbiedingen per winkel sturen. Personeelskorting van 10%.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'datarol bij een supermarktketen',
  },
  {
    id: 'qi-100',
    company: 'Loungeplek.nl',
    text: `Wij verkopen tuinmeubelen, parasols en buitenkeukens online en leveren ze met eigen bezorgers door heel Nederland en België. Customer service medewerker gezocht.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
  },
  {
    id: 'qi-101',
    company: 'Kassabrein B.V.',
    text: `Bakkers, slagers en kaaswinkels rekenen af met onze kassa en bestellen hun voorraad via onze app. Supportmedewerker (mbo+), Apeldoorn.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'kassasoftware gemaakt voor winkeliers: een dienst voor de retail',
  },
  {
    id: 'qi-102',
    company: 'Vezelkracht Friesland',
    text: `Monteur glasvezel – Leeuwarden e.o.

## Wie zijn wij
Wij leggen glasvezel aan in Friese dorpen waar de grote partijen niet kwamen, en wij beheren het netwerk zelf. Inmiddels zijn 38.000 huishoudens aangesloten.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'qi-103',
    company: 'Beltegoed Mobiel',
    text: `Prepaid simkaarten, bundels zonder contract, en een app waarmee je je beltegoed opwaardeert. Wij zoeken een CRM-marketeer.`,
    sector: 'Telecommunications',
    lang: 'nl',
    why: 'verkoopt simkaarten en bundels: een mobiele aanbieder',
  },
  {
    id: 'qi-104',
    company: 'Reik Mobiel',
    text: `Verkoopadviseur winkel Enschede

In onze winkel help jij klanten met een nieuw abonnement, een toestel of een probleem met hun internet thuis. Je werkt op zaterdag en één koopavond.`,
    sector: 'Telecommunications',
    lang: 'nl',
    why: 'winkel van een telecomaanbieder: de sector van de aanbieder',
  },
  {
    id: 'qi-105',
    company: 'Kasrobotica Westland',
    text: `Onze robots oogsten tomaten en paprika's en verplaatsen plantgoten in kassen van Almería tot Ontario. PLC-programmeur gezocht voor onze assemblagehal in Naaldwijk.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'bouwt robots voor tuinders: machines maken is Manufacturing, geen landbouw',
  },
  {
    id: 'qi-106',
    company: 'Peelfriet B.V.',
    text: `Procesoperator (5-ploegendienst)

In onze twee vestigingen in de Peel verwerken we elke dag zo'n 900.000 kilo aardappelen tot diepvriesfriet en aardappelspecialiteiten.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
  },
  {
    id: 'qi-107',
    company: 'Doosdruk B.V.',
    text: `Data engineer

Onze drukpersen en vouwlijmmachines maken elk jaar 400 miljoen kartonnen doosjes voor medicijnen en cosmetica. Jij koppelt de machinedata aan ons ERP zodat planners zien waar het stokt.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'datarol bij een verpakkingsdrukkerij; medicijnen zijn alleen wat in de doosjes gaat',
  },
  {
    id: 'qi-108',
    company: 'Hoogheemraadschap Delfzand',
    text: `Hydroloog/data-analist

Wij zorgen dat 600.000 mensen droge voeten houden: we onderhouden dijken en gemalen, zuiveren het afvalwater en bepalen het waterpeil in de polders.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'een waterschap is een overheidsorgaan',
  },
  {
    id: 'qi-109',
    company: 'ICT-Dienst Heuvelrug-Vallei',
    text: `Wie zijn wij? De ICT-organisatie van vier gemeenten. Wij beheren de werkplekken, het netwerk en de applicaties voor burgerzaken, belastingen en vergunningen. Gezocht: systeembeheerder.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'gemeentelijke ICT-dienst: onderdeel van de overheid',
  },
  {
    id: 'qi-110',
    company: 'Politiezone Leie-Mandel',
    text: `Data-analist criminaliteitsbeeld

Je analyseert meldingen, processen-verbaal en verkeersongevallen in onze vijf gemeenten en helpt het korps beslissen waar en wanneer we patrouilleren.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'een politiezone',
  },
  {
    id: 'qi-111',
    company: 'Diensthaak',
    text: `Kinderopvang, schoonmaakbedrijven, hotels en distributiecentra plannen hun diensten in Diensthaak. Backend developer (Kotlin).`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'planningssoftware voor veel branches is IT',
  },
  {
    id: 'qi-112',
    company: 'Wolkenmolen Hosting',
    text: `Cloud engineer

Wij draaien de servers van ruim 3.000 klanten, van webwinkels tot gemeenten, in twee datacenters bij Amsterdam. Jij automatiseert ons Kubernetes-platform.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
  },
  {
    id: 'qi-113',
    company: 'Kwartier IT Professionals',
    text: `Als .NET developer werk je bij ons aan projecten voor klanten als een zorgverzekeraar, een netbeheerder en een provincie. Wij zijn een IT-dienstverlener met 250 consultants.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'IT-dienstverlener met klanten in meerdere sectoren',
  },
  {
    id: 'qi-114',
    company: 'Hanzestad Universiteit',
    text: `PhD-kandidaat Computationele Linguïstiek (1,0 fte, 4 jaar)

Aan de Faculteit der Letteren zoeken we een promovendus voor een project over spraakherkenning voor Nedersaksische dialecten.`,
    sector: null,
    lang: 'nl',
    why: 'een openbare universiteit: onderwijs en onderzoek',
  },
  {
    id: 'qi-115',
    company: 'Waterbedrijf Heuvelland-Maas',
    text: `Wij leveren drinkwater aan 420.000 huishoudens en bedrijven in Zuid-Limburg. Assetmanager leidingnet gezocht.`,
    sector: null,
    lang: 'nl',
    why: 'een drinkwaterbedrijf is een nutsbedrijf, geen overheidsorgaan zoals een waterschap: niet geclassificeerd',
  },
  {
    id: 'qi-116',
    company: 'Koelhuis Barendrecht',
    text: `Planner expeditie

Bij ons liggen de bananen, avocado's en druiven van importeurs tot ze naar de klant gaan. Jij plant het laden en lossen van de vrachtwagens.`,
    sector: null,
    lang: 'nl',
    why: 'koel- en vrieshuis voor importeurs: logistiek',
  },
  {
    id: 'qi-117',
    company: 'Vakantieparken Bosrand',
    text: `Revenue manager. Wie zijn wij? Zes vakantieparken met bungalows, zwembaden en campings op de Veluwe en in Drenthe.`,
    sector: null,
    lang: 'nl',
    why: 'vakantieparken: recreatie',
  },
  {
    id: 'qi-118',
    company: 'Bloemenveiling Aalsmeerpoort',
    text: `Business analist. Als coöperatie van kwekers verkopen wij elke ochtend miljoenen bloemen en planten aan groothandelaren via de veilingklok en ons online platform.`,
    sector: null,
    lang: 'nl',
    why: 'coöperatie van kwekers: landbouw, ook al verkoopt zij aan groothandels',
  },
  // Swedish
  {
    id: 'qi-119',
    company: 'Fjällbygdens Ömsesidiga Försäkring',
    text: `Skadereglerare motor – Östersund

## Om oss
Vi försäkrar bilar, skotrar, hus och fritidshus i Jämtland och Härjedalen. Bolaget ägs av kunderna, och överskottet går tillbaka till dem som lägre premier.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
  },
  {
    id: 'qi-120',
    company: 'Bolånekassan Hälleby AB',
    text: `Kreditanalytiker. Du bedömer bolåneansökningar som kommer in via vår app och följer upp hur lånestocken mår när räntan rör sig.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'beviljar bolån och har en lånestock: långivare',
  },
  {
    id: 'qi-121',
    company: 'Region Västerviken – Sjukhuset i Kalvsund',
    text: `Verksamhetsutvecklare med inriktning på data

Akutmottagningen på Sjukhuset i Kalvsund tar emot 45 000 besök om året. Du kartlägger väntetider och patientflöden tillsammans med sjuksköterskor och läkare och tar fram underlag för bemanningen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'regionen anställer till sitt sjukhus: ett offentligt sjukhus är Healthcare',
  },
  {
    id: 'qi-122',
    company: 'Ortopedteknik Norrland AB',
    text: `Vi tillverkar proteser, ortoser och specialskor för patienter i fyra regioner, och våra ortopedingenjörer provar ut dem på plats. Nu söker vi en CAD-tekniker.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'medicintekniska hjälpmedel för patienter: Healthcare, trots ordet tillverkar',
  },
  {
    id: 'qi-123',
    company: 'Fjällfot Sport',
    text: `Butikschef till Fjällfot i Umeå. Vi säljer skidor, vandringskängor och friluftskläder i 26 butiker och på nätet.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
  },
  {
    id: 'qi-124',
    company: 'Klädbytet',
    text: `Dataanalytiker

Varje dag läggs 30 000 begagnade plagg upp för försäljning hos oss, och köparna betalar och får paketet via oss. Du hjälper oss förstå vilka annonser som säljer.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'marknadsplats där konsumenter köper varor',
  },
  {
    id: 'qi-125',
    company: 'Bergsunds Stadsnät AB',
    text: `Nätverkstekniker

Vi äger och driver fibernätet i Bergsunds kommun, och över 90 % av hushållen är anslutna. Bolaget ägs av kommunen.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'kommunägt bolag som driver ett fibernät: sektorn för verksamheten, inte offentlig sektor',
  },
  {
    id: 'qi-126',
    company: 'Ringa Mobil',
    text: `Kundtjänstmedarbetare – Luleå

Hos oss hjälper du abonnenter som har frågor om fakturan, vill byta abonnemang eller har tappat täckningen. Friskvårdsbidrag och tjänstepension ingår.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'kundtjänst hos en mobiloperatör',
  },
  {
    id: 'qi-127',
    company: 'Kvarnbo Gjuteri AB',
    text: `Produktionstekniker. I vårt gjuteri i Bergslagen gjuter vi motorblock och pumphus i segjärn, från formmaskinen till färdigbearbetad detalj.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
  },
  {
    id: 'qi-128',
    company: 'Roslagsbåtar AB',
    text: `## Om oss
Vi bygger motorbåtar i aluminium, 6 till 11 meter, för kustbevakning, sjöräddning och privatpersoner. Varvet ligger i Norrtälje.

## Tjänsten
Vi söker en konstruktör med erfarenhet av SolidWorks.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
    why: 'båtvarv: bygger fysiska produkter; kustbevakningen är kund',
  },
  {
    id: 'qi-129',
    company: 'IT-förbundet Norra Dalarna',
    text: `Systemförvaltare. Vi är kommunernas gemensamma IT-avdelning och ansvarar för skolornas datorer, kommunens nätverk och e-tjänsterna som invånarna använder.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'kommunalförbundets IT: del av den offentliga förvaltningen',
  },
  {
    id: 'qi-130',
    company: 'Räddningstjänsten Storsjöbygden',
    text: `GIS-samordnare

Vi släcker bränder, räddar människor vid olyckor och arbetar förebyggande i fem kommuner. Du ansvarar för kartunderlag och insatsstatistik.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'kommunal räddningstjänst',
  },
  {
    id: 'qi-131',
    company: 'Tidsfönster AB',
    text: `Förskolor, verkstäder, frisörer och redovisningsbyråer bokar och schemalägger i Tidsfönster. Vi söker en backendutvecklare (C#).`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
    why: 'boknings- och schemaprogram för många branscher; redovisningsbyråerna är bara en av dem',
  },
  {
    id: 'qi-132',
    company: 'Kodkraft Konsult AB',
    text: `Vi är 120 utvecklare och arkitekter som bygger system åt banker, fastighetsbolag och myndigheter. Söker Java-utvecklare till uppdrag i Göteborg.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
    why: 'IT-konsult med kunder i flera sektorer',
  },
  {
    id: 'qi-133',
    company: 'Mittlands universitet',
    text: `Doktorand i datavetenskap

Institutionen för informationsteknologi söker en doktorand inom maskininlärning för fjärranalys.`,
    sector: null,
    lang: 'sv',
    why: 'universitet: utbildning och forskning',
  },
  {
    id: 'qi-134',
    company: 'Vindhöjden Kraft AB',
    text: `Driftanalytiker. Vi äger och driver 60 vindkraftverk i Västernorrland och säljer elen på den nordiska elbörsen.`,
    sector: null,
    lang: 'sv',
    why: 'energi',
  },
  {
    id: 'qi-135',
    company: 'Åkeri Tornberg AB',
    text: `Trafikledare

Våra 90 lastbilar kör timmer, flis och containrar i Mellansverige. Du planerar körningarna och håller kontakten med chaufförerna.`,
    sector: null,
    lang: 'sv',
    why: 'åkeri: transport och logistik',
  },
  {
    id: 'qi-136',
    company: 'Storkläppen Fjällanläggning',
    text: `Bokningsansvarig. Vi har 14 liftar, 40 nedfarter och 900 bäddar i stugor och hotell.`,
    sector: null,
    lang: 'sv',
    why: 'skidanläggning: besöksnäring',
  },
  // German
  {
    id: 'qi-137',
    company: 'Volksbank Hügelland eG',
    text: `Data Analyst (m/w/d) Gesamtbanksteuerung

Sie bereiten Kredit-, Einlagen- und Zahlungsverkehrsdaten für Vorstand und Aufsicht auf und automatisieren das Meldewesen.

## Über uns
Als Genossenschaftsbank betreuen wir 85.000 Mitglieder und Kunden in 23 Filialen zwischen Kassel und Fulda.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'qi-138',
    company: 'Tarifwerk Assekuranz Software GmbH',
    text: `Mit unseren Tarifrechnern berechnen 60 Versicherer in Deutschland und Österreich die Beiträge für Kfz-, Hausrat- und Haftpflichtpolicen. Wir suchen einen Senior Java Entwickler (m/w/d).`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'Software für Versicherer gehört zu Finance',
  },
  {
    id: 'qi-139',
    company: 'Klinikum Landkreis Wendenau',
    text: `Medizininformatiker (m/w/d)

Unser Klinikum mit 620 Betten und 14 Fachabteilungen ist in kommunaler Trägerschaft. Sie betreuen die Schnittstellen zwischen KIS, Labor und Radiologie.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'kommunales Krankenhaus: öffentliches Krankenhaus ist Healthcare',
  },
  {
    id: 'qi-140',
    company: 'Arzneimittelwerk Saalkreis GmbH',
    text: `Qualifizierungsingenieur (m/w/d)

In Halle füllen wir sterile Injektionslösungen in Ampullen und Fertigspritzen ab. Sie qualifizieren neue Abfüllanlagen und Reinräume nach GMP.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'Arzneimittel herstellen ist Pharma, nicht Manufacturing',
  },
  {
    id: 'qi-141',
    company: 'Kühler Grund Getränkemärkte',
    text: `Marktleiter (m/w/d) für unseren Getränkemarkt in Bamberg. Wir betreiben 75 Märkte in Franken mit Kisten, Fässern und allem für die Gartenparty.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'qi-142',
    company: 'Ersatzteilkiste.de',
    text: `Kühlschrankdichtungen, Waschmaschinenpumpen, Staubsaugerbeutel: Über 400.000 Ersatzteile liegen in unserem Lager bei Magdeburg und gehen am selben Tag raus. Wir suchen einen SEO-Manager (m/w/d).`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'qi-143',
    company: 'Netzplan Geoinformatik GmbH',
    text: `GIS-Entwickler (m/w/d)

Mit unserer Software planen Netzbetreiber und Stadtwerke den Glasfaserausbau bis ins Haus: Trassen, Leerrohre, Verteiler und Kosten pro Anschluss.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'Planungssoftware für Glasfasernetze, gemacht für Netzbetreiber',
  },
  {
    id: 'qi-144',
    company: 'Kabelnetz Mittelhessen GmbH',
    text: `Servicetechniker (m/w/d)

## Über uns
Internet, Fernsehen und Telefon für 140.000 Haushalte über unser eigenes Kabel- und Glasfasernetz. Bei Störungen sind wir schnell vor Ort.`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'qi-145',
    company: 'Brandt & Lohmeier Verpackungstechnik',
    text: `Wir bauen Schlauchbeutelmaschinen, die Nudeln, Kaffee und Tierfutter verpacken, und liefern sie in 70 Länder. Gesucht: Inbetriebnahmetechniker (m/w/d).`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'qi-146',
    company: 'Sitzwerk Oberlausitz GmbH',
    text: `Data Scientist (m/w/d) Qualität

Sie werten Prüfstandsdaten aus unseren drei Werken aus, in denen wir Sitzgestelle und Verstellmechaniken für Pkw fertigen, und finden Muster hinter Reklamationen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'Datenrolle bei einem Autozulieferer',
  },
  {
    id: 'qi-147',
    company: 'Statistisches Landesamt Nordmark',
    text: `Referent (m/w/d) Methoden der Bevölkerungsstatistik

Wir erheben und veröffentlichen die amtlichen Zahlen zu Bevölkerung, Wirtschaft und Wahlen im Land.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'Statistikamt: Teil der Verwaltung',
  },
  {
    id: 'qi-148',
    company: 'Amt für Vermessung und Geoinformation Kreis Eschach',
    text: `Sachbearbeiter (m/w/d) Liegenschaftskataster. Sie führen das Kataster mit allen Flurstücken und Gebäuden im Kreis und übernehmen Vermessungsergebnisse.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'Katasteramt',
  },
  {
    id: 'qi-149',
    company: 'Belegfluss GmbH',
    text: `Ob Bäckerei, Maschinenbauer oder Pflegedienst: Mit Belegfluss geben Teams ihre Urlaubsanträge, Dienstreisen und Verträge digital frei. Frontend-Entwickler (m/w/d) gesucht.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'Workflow-Software für Firmen aller Branchen',
  },
  {
    id: 'qi-150',
    company: 'Rechenzentrum Spessart GmbH',
    text: `Wir betreiben zwei Rechenzentren und eine Cloud-Plattform für rund 1.200 mittelständische Kunden. Linux-Administrator (m/w/d) gesucht.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
  },
  {
    id: 'qi-151',
    company: 'Institut für Angewandte Polymerforschung Muldental',
    text: `Wissenschaftlicher Mitarbeiter (m/w/d)

Als gemeinnütziges Forschungsinstitut entwickeln wir mit Industriepartnern neue Kunststoffe und Recyclingverfahren.`,
    sector: null,
    lang: 'de',
    why: 'gemeinnütziges Forschungsinstitut',
  },
  {
    id: 'qi-152',
    company: 'Energieversorgung Mainaue GmbH',
    text: `Energiedatenmanager (m/w/d). Wir liefern Strom und Gas an 90.000 Kunden im Rhein-Main-Gebiet.`,
    sector: null,
    lang: 'de',
    why: 'Energieversorger',
  },
  {
    id: 'qi-153',
    company: 'Spedition Wenninghoff',
    text: `Disponent (m/w/d) Nahverkehr

Mit 120 Lkw bringen wir Paletten, Stahl und Baustoffe zu Kunden in NRW.`,
    sector: null,
    lang: 'de',
    why: 'Spedition: Logistik',
  },
  {
    id: 'qi-154',
    company: 'Hochschule Ostheide',
    text: `Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter im Labor für Regelungstechnik

Die Hochschule bildet rund 6.000 Studierende in Technik, Wirtschaft und Sozialer Arbeit aus.`,
    sector: null,
    lang: 'de',
    why: 'staatliche Hochschule',
  },
  // Danish
  {
    id: 'qi-155',
    company: 'Andelskassen Himmerland',
    text: `Kreditrådgiver til erhverv – Aars

## Hvem er vi
Vi er en andelskasse ejet af vores 19.000 medlemmer. Vi låner penge ud til familier, landmænd og små virksomheder i Himmerland og passer på deres opsparing.`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'andelskasse: udlån og opsparing; landmændene er kunder',
  },
  {
    id: 'qi-156',
    company: 'Regionshospitalet Gudenådalen',
    text: `IT-supporter til hospitalets kliniske systemer

Du hjælper sygeplejersker, læger og sekretærer på vores 12 afdelinger, når sundhedsplatformen, scannerne eller printerne driller. Hospitalet er en del af regionen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'IT-job på et offentligt hospital: Healthcare',
  },
  {
    id: 'qi-157',
    company: 'Hvidevarehuset Østjylland',
    text: `Sælger til vores butik i Randers. Vi sælger køleskabe, vaskemaskiner og tv i 11 butikker og online, og vi kører selv varerne ud og tager de gamle med retur.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'qi-158',
    company: 'Bredbånd Limfjord A/S',
    text: `Netværksingeniør

Når fiberen bliver gravet over i Skive eller en switch går ned i Struer, er det vores driftscenter, der opdager det først. Vi leverer internet og tv til 60.000 kunder omkring Limfjorden.`,
    sector: 'Telecommunications',
    lang: 'da',
  },
  {
    id: 'qi-159',
    company: 'Trafikselskabet Vadehavet',
    text: `Trafikplanlægger. Vi planlægger busser, flextrafik og skolekørsel for otte kommuner og regionen, og vi fastsætter køreplaner og takster.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
    why: 'offentligt trafikselskab ejet af kommuner og region',
  },
  {
    id: 'qi-160',
    company: 'Kodeværket ApS',
    text: `Tandlæger, fysioterapeuter, frisører og advokater lader deres kunder booke tider og sender påmindelser fra vores system. Vi søger en fullstack-udvikler (TypeScript).`,
    sector: 'Information Technology & Software Development',
    lang: 'da',
    why: 'software til mange slags virksomheder: IT',
  },
  {
    id: 'qi-161',
    company: 'Færgeselskabet Lillebælt-Øerne',
    text: `Billetsalg og kundeservice. Vores tre færger sejler dagligt mellem fastlandet og øerne med passagerer, biler og gods.`,
    sector: null,
    lang: 'da',
    why: 'færgerederi: transport',
  },
  // Norwegian
  {
    id: 'qi-162',
    company: 'Fjordforsikring AS',
    text: `Skadebehandler båt og bolig – Ålesund

Hvem er vi? Vi forsikrer fritidsbåter, hytter og boliger langs kysten fra Stad til Trondheimsfjorden.`,
    sector: 'Finance & FinTech',
    lang: 'no',
  },
  {
    id: 'qi-163',
    company: 'Helse Nordvest – Sykehuset i Rossvik',
    text: `Dataanalytiker, seksjon for virksomhetsstyring

Du lager styringsdata om ventetider, liggetid og operasjonskapasitet for sykehusets klinikker. Sykehuset er eid av staten gjennom det regionale helseforetaket.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
    why: 'statlig eid sykehus: Healthcare',
  },
  {
    id: 'qi-164',
    company: 'Handlekroken',
    text: `Butikksjef til Handlekroken Sortland. Vi driver 34 dagligvarebutikker i Nordland og Troms.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
  },
  {
    id: 'qi-165',
    company: 'Brekkevik Verft AS',
    text: `Skipsingeniør

Verftet vårt bygger brønnbåter, servicefartøy for havbruk og mindre ferger. Nå har vi fire skrog i produksjon og trenger en ingeniør til utrustning og rørsystemer.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
    why: 'skipsverft: bygger fartøy; havbruk er kundene',
  },
  {
    id: 'qi-166',
    company: 'Vann- og avløpsetaten, Bergvik kommune',
    text: `Ingeniør VA-nett

Vi sørger for rent drikkevann og tar hånd om avløpet for 110.000 innbyggere. Etaten er en del av kommunen.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'en kommunal etat, ikke et selskap: offentlig sektor',
  },
  {
    id: 'qi-167',
    company: 'Skyfjell AS',
    text: `Plattformingeniør (Kubernetes)

Vi drifter skyplattformer for rundt 400 kunder, fra nettbutikker til kommuner og rederier.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
  },
  {
    id: 'qi-168',
    company: 'Nordsjø Brønnservice AS',
    text: `Vi utfører brønnintervensjon og plugging for operatører på norsk sokkel. Planlegger offshore, Stavanger.`,
    sector: null,
    lang: 'no',
    why: 'olje og gass',
  },
  // Finnish
  {
    id: 'qi-169',
    company: 'Valokaista Savo Oy',
    text: `Verkkoasentaja, Kuopio

## Meistä
Rakennamme ja ylläpidämme valokuituverkkoa Pohjois-Savon kylissä ja kaupungeissa. Asiakkaitamme ovat kotitaloudet, maatilat ja yritykset.`,
    sector: 'Telecommunications',
    lang: 'fi',
  },
  {
    id: 'qi-170',
    company: 'Kurun Konepaja Oy',
    text: `Valmistamme harvestereita ja kuormatraktoreita Kurun tehtaallamme. Haemme tuotantoinsinööriä kokoonpanolinjalle.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
    why: 'metsäkoneiden valmistus: koneita, ei metsätaloutta',
  },
  {
    id: 'qi-171',
    company: 'Tammijärven kaupungin joukkoliikenne',
    text: `Liikennesuunnittelija

Suunnittelemme kaupungin bussilinjat, aikataulut ja lippujen hinnat. Olemme osa kaupungin organisaatiota.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fi',
    why: 'kaupungin oma joukkoliikenne',
  },
  {
    id: 'qi-172',
    company: 'Saarijärvenmaan hyvinvointialue',
    text: `Sairaanhoitaja, keskussairaalan päivystys

Meistä: vastaamme alueemme sosiaali- ja terveyspalveluista ja pelastustoimesta. Keskussairaalan päivystys on auki ympäri vuorokauden.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'julkinen sairaala; rekrytoiva yksikkö on sairaala',
  },
  {
    id: 'qi-173',
    company: 'Koodilaakso Oy',
    text: `Ohjelmistokehittäjä (React)

Meistä: teemme sopimustenhallinnan ohjelmistoa, jota käyttävät kunnat, rakennusliikkeet, kauppaketjut ja tehtaat.`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
    why: 'ohjelmisto monelle toimialalle',
  },
  {
    id: 'qi-174',
    company: 'Metsänhoitoyhdistys Pohjois-Karjala',
    text: `Metsäasiantuntija. Neuvomme metsänomistajia hakkuissa, taimikonhoidossa ja puukaupassa.`,
    sector: null,
    lang: 'fi',
    why: 'metsänomistajien yhdistys: maa- ja metsätalous',
  },
  // Czech
  {
    id: 'qi-175',
    company: 'Pojišťovna Karlštejn a.s.',
    text: `Likvidátor pojistných událostí

Pojišťujeme auta, domy a byty pro 400 tisíc klientů. Budete řešit škody z autonehod a vyplácet plnění.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
  },
  {
    id: 'qi-176',
    company: 'Potraviny Lipka',
    text: `Vedoucí prodejny – Kolín

## O nás
Provozujeme 90 prodejen potravin ve středních Čechách. Čerstvé pečivo každé ráno, ovoce a zelenina od místních pěstitelů.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
  },
  {
    id: 'qi-177',
    company: 'Vlčany Automotive s.r.o.',
    text: `Procesní inženýr

V našem závodě lisujeme, lakujeme a montujeme světlomety pro osobní automobily. Dodáváme třem evropským automobilkám.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
  },
  {
    id: 'qi-178',
    company: 'Katastrální úřad pro Posázavský kraj',
    text: `Referent/ka katastru nemovitostí. Zapisujeme vlastnická práva k pozemkům a budovám a vedeme katastrální mapy.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'katastrální úřad',
  },
  {
    id: 'qi-179',
    company: 'Kabelovka Slezsko s.r.o.',
    text: `Technik sítě

Našim 70 tisícům zákazníků dodáváme internet a televizi přes vlastní optickou síť. Hledáme technika na odstraňování poruch.`,
    sector: 'Telecommunications',
    lang: 'cs',
  },
  {
    id: 'qi-180',
    company: 'Teplárna Hradiště a.s.',
    text: `Dispečer výroby. Vyrábíme teplo a elektřinu pro 20 tisíc domácností.`,
    sector: null,
    lang: 'cs',
    why: 'energetika',
  },
  // French
  {
    id: 'qi-181',
    company: 'Mutuelle d’Assurances de la Dombes',
    text: `Gestionnaire sinistres automobile (H/F) – Bourg-en-Bresse

Qui sommes-nous ? Une mutuelle d’assurance qui protège les voitures, les maisons et les exploitations agricoles de 160 000 sociétaires dans l’Ain et le Rhône.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'mutuelle d’assurance de biens, pas une mutuelle santé; les exploitations agricoles sont ce qu’elle assure',
  },
  {
    id: 'qi-182',
    company: 'Centre hospitalier de Pontvieux',
    text: `Ingénieur(e) data – Département d’information médicale

Vous fiabiliserez les données d’activité de nos services de médecine, chirurgie et obstétrique et construirez les tableaux de bord de la direction. Établissement public de santé de 900 lits.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'hôpital public: Healthcare, pas secteur public',
  },
  {
    id: 'qi-183',
    company: 'Brico Lanterne',
    text: `Chef de rayon outillage (H/F). Nos 48 magasins vendent peinture, outillage, jardin et quincaillerie aux bricoleurs du Grand Ouest.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'qi-184',
    company: 'Fibre Trégor',
    text: `Technicien de supervision réseau (H/F)

Depuis notre centre de Saint-Brieuc, vous surveillez 24 h/24 le réseau fibre qui raccorde 210 000 foyers bretons et lancez les interventions dès qu’une coupure apparaît.`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'qi-185',
    company: 'Usinage Aéro Save',
    text: `Programmeur commande numérique (H/F)

Dans nos ateliers de Colomiers, 40 centres d’usinage cinq axes produisent des pièces de structure en titane et en aluminium pour les avionneurs.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'pièces d’avions usinées en atelier',
  },
  {
    id: 'qi-186',
    company: 'Syndicat intercommunal des eaux du Val d’Orvanne',
    text: `Technicien réseau d’eau potable (H/F)

Établissement public regroupant 32 communes, nous produisons et distribuons l’eau potable pour 75 000 habitants.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
    why: 'établissement public de communes, pas une entreprise de services publics: secteur public',
  },
  {
    id: 'qi-187',
    company: 'Département de la Haute-Lèze – Direction des routes',
    text: `Agent d’exploitation des routes. Vous entretenez les 2 300 km de routes départementales, fauchez les accotements et déneigez en hiver.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'qi-188',
    company: 'Logiciels Coquelicot',
    text: `Développeur Python (H/F)

Qui sommes-nous ? Notre logiciel de plannings et de congés est utilisé par des cabinets d’avocats, des laboratoires, des transporteurs et des mairies.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'logiciel de gestion utilisé par tous types d’organisations',
  },
  {
    id: 'qi-189',
    company: 'Université de Bréval',
    text: `Ingénieur de recherche en apprentissage automatique – Laboratoire d’informatique

L’université accueille 28 000 étudiants sur quatre campus.`,
    sector: null,
    lang: 'fr',
    why: 'université publique',
  },
  {
    id: 'qi-190',
    company: 'Hôtels Côte Vermeille',
    text: `Réceptionniste de nuit. Nos cinq hôtels accueillent familles et cyclistes entre Collioure et Banyuls.`,
    sector: null,
    lang: 'fr',
    why: 'hôtellerie',
  },
  // Spanish
  {
    id: 'qi-191',
    company: 'Pagaluz',
    text: `Con Pagaluz, un millón de personas divide la cuenta de la cena, envía dinero a sus amigos y paga con el móvil en tiendas. Buscamos Backend Engineer (Go).`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'app de pagos y dinero: Finance',
  },
  {
    id: 'qi-192',
    company: 'Hospital Comarcal del Alto Jalón',
    text: `Técnico/a de sistemas de información

Hospital público de referencia para 70 000 habitantes, con urgencias, quirófanos y consultas externas. Te incorporarás al equipo de informática que mantiene la historia clínica electrónica.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
    why: 'puesto de informática en un hospital público',
  },
  {
    id: 'qi-193',
    company: 'Residencias Los Almendros',
    text: `Enfermero/a. Cuidamos a 600 personas mayores en nuestras cinco residencias de Murcia y Alicante.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'qi-194',
    company: 'Zapaterías Paso Firme',
    text: `Dependiente/a – Valladolid

## Quiénes somos
Vendemos calzado para toda la familia en 70 tiendas y en nuestra web. Descuento del 30 % para el personal.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'qi-195',
    company: 'Ondared Telecom',
    text: `Técnico de red

Llevamos internet por radio y fibra a 200 pueblos de Teruel y Cuenca donde no llegaban otros. Cuando cae un repetidor en la sierra, subimos nosotros.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'qi-196',
    company: 'Cerámicas Mijares',
    text: `Jefe/a de turno de esmaltado. En nuestra planta de Castellón, los hornos y las líneas de esmaltado producen azulejos y porcelánico para 90 países.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'qi-197',
    company: 'Instituto de Estadística de la Ribera',
    text: `Técnico/a en estadística

Elaboramos las cifras oficiales de población, empleo y precios de la comunidad y respondemos a las consultas de ayuntamientos e investigadores.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'oficina de estadística regional',
  },
  {
    id: 'qi-198',
    company: 'Datacierzo Consultoría Tecnológica',
    text: `Ingeniero/a de datos

Quiénes somos: 300 consultores que diseñamos plataformas de datos para aseguradoras, cadenas hoteleras, hospitales privados y ayuntamientos.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'consultora tecnológica con clientes de muchos sectores',
  },
  {
    id: 'qi-199',
    company: 'Universidad Pública de Tordesal',
    text: `Contrato predoctoral en el Departamento de Ingeniería Informática para un proyecto de visión por computador aplicada a viñedos.`,
    sector: null,
    lang: 'es',
    why: 'universidad pública',
  },
  {
    id: 'qi-200',
    company: 'Frío Levante Transportes',
    text: `Jefe/a de tráfico. Nuestros 150 camiones frigoríficos llevan fruta y verdura de Murcia a toda Europa.`,
    sector: null,
    lang: 'es',
    why: 'transporte frigorífico: logística',
  },
  // Italian
  {
    id: 'qi-201',
    company: 'Altavalle SGR',
    text: `Analista quantitativo

Chi siamo: gestiamo 6 miliardi di euro in fondi comuni e mandati per casse di previdenza, fondazioni e famiglie.`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'qi-202',
    company: 'Azienda Ospedaliera San Lorenzo di Valmora',
    text: `Collaboratore tecnico informatico – concorso pubblico

L’Azienda gestisce tre presidi ospedalieri con pronto soccorso, sale operatorie e ambulatori. Si cerca una figura per la gestione della cartella clinica elettronica.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'ospedale pubblico; il concorso pubblico non lo rende pubblica amministrazione',
  },
  {
    id: 'qi-203',
    company: 'Supermercati Ghirlanda',
    text: `Capo reparto ortofrutta. Con 90 supermercati tra Veneto e Friuli, ogni mattina riempiamo i banchi di frutta e verdura del territorio.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
  },
  {
    id: 'qi-204',
    company: 'Fibra Apuana',
    text: `Tecnico di rete

## Chi siamo
Portiamo la fibra nelle case e nelle aziende tra Massa, Carrara e la Lunigiana, e gestiamo noi la rete dal nostro centro operativo.`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'qi-205',
    company: 'Rubinetterie Cusio',
    text: `Dal nostro stabilimento sul lago d’Orta escono ogni giorno 8.000 miscelatori e rubinetti in ottone. Cerchiamo un tecnico di processo per il reparto fonderia.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'qi-206',
    company: 'Pastificio Val di Sangro',
    text: `Data analyst

Aiuterai i responsabili di linea a ridurre fermi e scarti sulle nostre sei linee di pasta secca, collegando i dati delle presse e degli essiccatoi. Sconti sui prodotti per i dipendenti.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'ruolo dati in un pastificio: produzione alimentare',
  },
  {
    id: 'qi-207',
    company: 'Consorzio di Bonifica Pianura Sud',
    text: `Ingegnere idraulico

Chi siamo: gestiamo 1.800 km di canali, le idrovore e l’irrigazione di 90.000 ettari nella bassa pianura. Siamo un ente pubblico.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
    why: 'consorzio di bonifica: ente pubblico; l’irrigazione non lo rende agricoltura',
  },
  {
    id: 'qi-208',
    company: 'Gestionali Cismon',
    text: `Sviluppatore Java. Il nostro gestionale è usato da 5.000 aziende italiane, dalle officine ai negozi, dagli studi dentistici alle cooperative sociali.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'gestionale per aziende di ogni settore',
  },
  {
    id: 'qi-209',
    company: 'Politecnico di Montebasso',
    text: `Assegno di ricerca in robotica

Il Dipartimento di Ingegneria Meccanica cerca un assegnista per un progetto su robot collaborativi nelle fabbriche.`,
    sector: null,
    lang: 'it',
    why: 'università pubblica; le fabbriche sono solo il tema della ricerca',
  },
  {
    id: 'qi-210',
    company: 'Lavorando Agenzia per il Lavoro',
    text: `Per azienda cliente cerchiamo un data analyst con esperienza in Power BI. Sede: Bergamo. Contratto a tempo indeterminato.`,
    sector: null,
    lang: 'it',
    why: 'agenzia per il lavoro che non dice cosa fa il cliente',
  },
  // Portuguese
  {
    id: 'qi-211',
    company: 'Cooperativa de Crédito Serrana',
    text: `Analista de Crédito – Caxias do Sul

Somos uma cooperativa de crédito com 140 mil associados na Serra Gaúcha: conta corrente, financiamentos e investimentos para famílias, produtores rurais e pequenas empresas.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },
  {
    id: 'qi-212',
    company: 'Centro Hospitalar do Vale do Sorraia',
    text: `Técnico Superior de Informática (m/f)

Hospital público com urgência, bloco operatório e consultas externas. Procuramos um técnico para apoiar os sistemas clínicos e a rede.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'hospital público',
  },
  {
    id: 'qi-213',
    company: 'Atacarejo Boa Safra',
    text: `Operador de caixa. Nossas 22 lojas vendem no atacado e no varejo para famílias, bares e restaurantes do interior paulista.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'qi-214',
    company: 'Lojas Andorinha',
    text: `Analista de E-commerce – Porto

## Quem somos
Vendemos roupa de criança e de senhora em 35 lojas e online, com entregas em Portugal e Espanha.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'qi-215',
    company: 'Veredas Fibra Telecom',
    text: `Técnico de campo

Levamos internet de fibra óptica a 90 mil clientes em cidades do sertão pernambucano. Você vai instalar, manter e reparar a rede.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'qi-216',
    company: 'Rolhas Montado Lda',
    text: `Técnico de Qualidade. Transformamos a cortiça dos montados alentejanos em rolhas para vinhos e espumantes.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
    why: 'produz rolhas em fábrica; a cortiça é a matéria-prima',
  },
  {
    id: 'qi-217',
    company: 'Serviços Municipalizados de Vila Alva',
    text: `Técnico de SIG

Quem somos: os serviços do município que abastecem água, tratam os esgotos e recolhem o lixo da cidade.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'serviços municipalizados fazem parte do município',
  },
  {
    id: 'qi-218',
    company: 'Marémonte Software',
    text: `Programador Full-Stack (Porto)

Somos 80 engenheiros a criar software à medida para uma seguradora, uma cadeia de ginásios, uma câmara municipal e uma transportadora.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'software à medida para clientes de vários setores',
  },
  {
    id: 'qi-219',
    company: 'Universidade do Alto Minho',
    text: `Bolsa de investigação em ciência de dados

A universidade procura um bolseiro para um projeto sobre previsão de cheias no rio Lima.`,
    sector: null,
    lang: 'pt',
    why: 'universidade pública',
  },
  {
    id: 'qi-220',
    company: 'Cooperativa Agroindustrial Campos Gerais',
    text: `Analista de Logística. Somos cooperados produtores de soja, milho e trigo e armazenamos a safra em 40 silos no Paraná.`,
    sector: null,
    lang: 'pt',
    why: 'cooperativa de produtores rurais: agricultura',
  },
];
