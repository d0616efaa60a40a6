// Employer introductions that mostly say what the employer ships, sells, operates or treats (sofas delivered,
// prescriptions dispensed, riders carried, calls answered for subscribers) rather than naming its industry, in
// English, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Czech, German, French, Spanish, Italian and
// Portuguese. Labels follow docs/sector-labels.md; `why` marks the hard cases (another sector's vocabulary in the
// benefits or the role, tech roles at employers outside tech, vendors made for one sector, multi-sector vendors).
import type { SectorExample } from './example.ts';

export const SHIPS_AND_OPERATES: SectorExample[] = [
  // English: Finance & FinTech
  {
    id: 'so-001',
    company: 'Quillfeather Card Services',
    text: `Fraud Analyst (Card Authorisations) – Cardiff, hybrid

Right now about 3.4 million of our credit cards are sitting in wallets and phones across the UK and Ireland. Every time one is tapped, our decision engine has 80 milliseconds to approve the purchase, decline it or ask the cardholder to confirm it in the app.

You will join the team that writes and tunes the rules and models behind those decisions: spotting new attack patterns in authorisation data, measuring how many genuine customers a rule upsets, and working with our collections and disputes colleagues when a case turns out to be first-party fraud.

What we look for: SQL, some Python or SAS, and an analytical head that enjoys a good puzzle.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'issues credit cards and decides on authorisations: a card issuer',
  },
  {
    id: 'so-002',
    company: 'Kestrelholm',
    text: `# Who we are

Savers across Yorkshire and the North East keep £9.6bn with Kestrelholm, and every month 48,000 households pay down the mortgage on their home through us. We have no shareholders: the people who save and borrow with us own us and vote at our AGM each April.

# The role

As a Data Engineer in our Leeds head office you will move our mortgage and savings data from overnight batch files into a modern Azure platform, so that underwriters and product teams see yesterday's applications this morning rather than next week.

# Benefits

- Private medical insurance and a health cash plan
- 28 days' holiday plus bank holidays
- Preferential mortgage rate for colleagues`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'members save and take mortgages with it (a building society); private medical insurance is a benefit',
  },
  {
    id: 'so-003',
    company: 'Brindlecote Pay Ltd',
    text: `Our pocket-sized card readers take payments at 92,000 market stalls, coffee carts, barbers and mobile dog groomers around the country. Traders pay a flat fee per tap and see the money in their account the next working day, and our app shows them what sold and when.

We are looking for a Backend Engineer (Kotlin) to join the settlement squad. You will own the services that batch up the day's transactions, reconcile them against what the card schemes report, and pay traders out on time, every time.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "card readers and next-day settlement for merchants: a payment processor; the traders' trades do not count",
  },
  {
    id: 'so-004',
    company: 'Halverton Schools Pension Trust',
    text: `Every month we pay a pension to 310,000 retired teachers, caretakers and school cooks, and we invest the contributions of another 420,000 who are still working. Our £48bn of assets is spread across listed shares, infrastructure, property and private credit.

We're recruiting an Investment Data Analyst to join the Total Portfolio team. You'll bring holdings, transactions and valuations from our external managers into one view, build the dashboards that the investment committee reads, and help us measure the carbon footprint of the portfolio.

Based in Sheffield; three days a week in the office.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a pension fund; its members work in schools, but education does not decide',
  },
  {
    id: 'so-005',
    company: 'Ledgerwick',
    text: `Plumbers, hairdressers, wedding photographers and driving instructors – 1.2 million of them send their invoices, snap their receipts and file their self-assessment with Ledgerwick. Our app matches bank transactions to invoices automatically and tells a sole trader how much to put aside for tax each month.

**Senior Product Designer, Tax Journeys**

You'll redesign how someone with no accounting background gets from a year of receipts to a submitted tax return without calling an accountant. Remote-first within the UK, with a studio in Bristol.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'invoicing, bookkeeping and tax software for sole traders is money software for small firms',
  },
  {
    id: 'so-006',
    company: 'Palisade Talent Partners',
    text: `Palisade Talent Partners are delighted to be working with our client, a lender that finances around 40,000 used cars a year through a network of 1,900 independent dealerships.

The role: Credit Risk Modeller (Scorecards)
Location: Nottingham / hybrid

Our client is rebuilding the application scorecards that decide who is offered finance at the dealer's desk and at what rate. You will develop and validate new models, monitor how they perform, and present your findings to the credit committee.

Experience with SAS or Python and with consumer lending data is essential. Car-industry knowledge is not needed.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "recruiter names the client: a car-finance lender; dealers and cars are the lender's channel, not its business",
  },
  {
    id: 'so-007',
    company: 'Fenwright Re',
    text: `When a hurricane flattens a stretch of coastline or a hailstorm wrecks a city's car parks, the insurers who covered those homes and cars call on us to share the bill. Fenwright Re takes on part of the risk of 260 insurers in 40 countries, and paid out $2.1bn in claims last year.

Catastrophe Modelling Analyst, London

- Run and adjust vendor catastrophe models for windstorm, flood and earthquake
- Help underwriters price property treaties during the 1 January and 1 April renewals
- Build Python tools that replace our spreadsheet workflows`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'so-008',
    company: 'Corvell Clearing House',
    text: `Site Reliability Engineer – Core Clearing Platform

Between the moment two firms agree a trade and the moment cash and securities change hands, we stand in the middle. Corvell guarantees 14 million futures and options contracts a day, calls margin from 180 member firms every morning and holds €90bn of their collateral.

You'll keep the platform that calculates those margin calls up 24x6: capacity planning, incident response, chaos testing and automating away toil. We run on Linux, Kafka, Kubernetes and a lot of Java.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a clearing house; the job is in tech',
  },
  {
    id: 'so-009',
    company: 'Amberlock Trading',
    text: `We quote prices in 6,000 exchange-traded funds and 30,000 bonds on 25 venues, all day, every day that markets are open. We risk our own capital on every one of those quotes, and our systems decide in microseconds when to buy, when to sell and when to step back.

We think of ourselves as a technology company that happens to trade. More than half of our 400 people write code.

**C++ Developer – Low-Latency Trading Systems (Amsterdam)**
You'll work on the order gateways and pricing engines that connect our strategies to exchanges.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "a trading firm that calls itself a technology company: what it does (trading its own capital) decides",
  },
  // English: Healthcare & Pharmaceuticals
  {
    id: 'so-010',
    company: 'Sallowmead Health Partners',
    text: `Our nine hospitals and 41 outpatient clinics across the East Midlands see more than a million patients a year, from a child's broken wrist on a Saturday afternoon to a knee replacement booked months in advance.

**Data Engineer – Patient Flow**

You'll build the pipelines that bring admissions, theatre lists and bed occupancy into one near-real-time picture, so our site managers know at 8am where the pressure will be at 4pm. We use Azure Data Factory, Databricks and dbt.

Benefits include a contributory pension, on-site parking and a cycle-to-work scheme.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'runs hospitals and clinics; the job is data engineering',
  },
  {
    id: 'so-011',
    company: 'Greaves & Pell',
    text: `From 380 counters on high streets and in retail parks we dispense 22 million prescriptions a year, give 600,000 flu jabs each winter and check blood pressure for anyone who walks in. Yes, we also sell sun cream, shampoo and meal deals – but it is the pharmacist behind the counter who brings most people through our doors.

We're hiring a Category Analyst to join our Head Office in Warrington, looking after the over-the-counter medicines range: pricing, promotions and space planning across the estate.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'a pharmacy chain is Healthcare, though it sells toiletries and the role is in category management',
  },
  {
    id: 'so-012',
    company: 'Wrenfield Care',
    text: `Our carers make 18,000 visits a week to older and disabled people in their own homes across Kent and East Sussex – helping someone wash and dress, preparing a meal, making sure the right tablets are taken at the right time.

We're looking for a Rostering & Systems Coordinator to keep our scheduling system running smoothly, build reports for our branch managers and train new office staff. You don't need a care background, but you'll need to be calm when a carer calls in sick at 6am.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'home care provider; the role is office systems',
  },
  {
    id: 'so-013',
    company: 'Nettlebrook Diagnostics',
    text: `Every weekday, couriers bring 90,000 blood, urine and tissue samples from GP surgeries and hospital wards to our three laboratories. Most results are back with the requesting doctor within 24 hours.

Role: Laboratory Information Systems Analyst

- Configure test codes, reference ranges and result rules in our LIMS
- Build HL7 and FHIR interfaces to hospital and GP systems
- Investigate and fix the odd result that goes astray

You'll be based at our central lab in Reading.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'so-014',
    company: 'Calderwyn Biologics',
    text: `We fill and finish around 400 million doses a year – flu, pneumococcal and travel vaccines – on eight sterile lines at our site near Swansea. Batches leave us for health services in 70 countries.

Process Automation Engineer (DeltaV)

Join our engineering team to maintain and improve the control systems on our formulation and filling lines. You'll work closely with Quality Assurance to keep everything validated to GMP, and with production to reduce changeover times.

Shift allowance, 12% pension, free on-site gym.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'makes vaccines: Healthcare & Pharmaceuticals, not Manufacturing, despite the factory vocabulary',
  },
  {
    id: 'so-015',
    company: 'Rotaline',
    text: `Nurses, midwives and porters in 120 hospital trusts swap shifts, book extra hours and check their rota on our app – about 700,000 of them every month. Ward managers use Rotaline to see who's on tomorrow night and which gaps still need filling.

We're hiring a **Senior Frontend Engineer (React)** to rebuild the ward manager's planning view. You'll pair with our clinical advisers, all of whom have worked shifts themselves.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'staff rostering software made for hospitals: a vendor made for healthcare',
  },
  {
    id: 'so-016',
    company: 'Oakhaven Health Plan',
    text: `About Oakhaven

We pay for the scans, consultations, operations and physiotherapy of 700,000 members, most of them covered through their employer. When a member's knee gives way on the football pitch, our nurses help them find a specialist within days and we settle the bill with the hospital directly.

The Role

We're looking for a Claims Data Scientist to spot unusual billing patterns across our network of 1,300 hospitals and clinics and help our provider team negotiate fair prices.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'a health insurer is Healthcare, not Finance',
  },
  {
    id: 'so-017',
    company: 'Kingsfold Dental Group',
    text: `IT Support Technician – Field based (North West)

Our 85 practices see 1.1 million patients a year for check-ups, hygiene appointments, fillings, implants and aligners. When an X-ray sensor stops talking to the practice management system at 8.45am, you'll be the person who gets the first patient of the day in the chair on time.

You'll look after PCs, imaging devices, printers and network kit across our practices in Lancashire and Cumbria. Company car provided.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'so-018',
    company: 'Lumicrest Imaging',
    text: `<p>Our software reads more than 2 million chest X-rays a year in 160 hospitals, flagging suspected lung nodules, collapsed lungs and misplaced tubes for a radiologist to look at first.</p><p><strong>Machine Learning Engineer – Model Validation</strong></p><ul><li>Design studies that test our models on data from hospitals they have never seen</li><li>Build monitoring that catches drift when a hospital changes its X-ray machines</li><li>Prepare evidence for our regulatory submissions</li></ul><p>PyTorch, Python and a careful mind.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-imaging AI is a vendor made for healthcare',
  },
  // English: E-commerce & Retail
  {
    id: 'so-019',
    company: 'Hollin & Birch',
    text: `We deliver about 26,000 dining tables, sideboards and beds a year from our warehouse in Tilburg to homes in eleven European countries. Every piece is designed by our studio in London and made for us by family workshops in Portugal and Lithuania; customers order on our website or in our two showrooms.

# The role

As a Demand Planner you will forecast sales by product and country, decide with our buyers how many of each piece to order from the workshops, and keep the warehouse from overflowing before the January sale.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'designs furniture and sells it to consumers online; partner workshops make it, so Retail, not Manufacturing',
  },
  {
    id: 'so-020',
    company: 'Marlpit Timber & Build',
    text: `By seven in the morning our 64 yards have already loaded plasterboard, joists, drainage pipe and bags of cement onto the vans of a few thousand builders, roofers and plumbers. Most of our customers have a trade account with us; weekend DIYers are welcome too.

**Pricing Analyst – Head Office, Northampton**

We set prices for 40,000 products across a branch network where the same trade customer might buy in three different yards. You'll build the pricing models, monitor margins by branch and help our sales teams quote big orders.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "builders' merchant: a distributor of goods; construction customers do not make it a builder",
  },
  {
    id: 'so-021',
    company: 'Swiftcart',
    text: `Our riders bring groceries, nappies and a cold bottle of something to your door in about 15 minutes, from 40 small warehouses across London, Manchester and Birmingham. On a Friday evening that's 3,000 orders an hour.

We're looking for an Operations Research Scientist to decide where the next warehouses go, which 2,500 products each one stocks, and how many riders we need on shift at any hour.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'so-022',
    company: 'Tillyard Motors',
    text: `We sell and service around 11,000 new and used cars a year from 18 showrooms in Devon, Cornwall and Somerset, representing six manufacturers. Our workshops carry out 90,000 services and MOTs annually.

Marketing Data Analyst – Exeter

You'll own reporting on leads from our website and the big car portals, measure which campaigns sell cars rather than just getting clicks, and help our sales managers plan stock across sites.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'car dealership: sells cars, does not make them',
  },
  {
    id: 'so-023',
    company: 'Kindlewood Market',
    text: `Four thousand independent makers sell their ceramics, prints, candles and knitwear to 2.3 million shoppers through Kindlewood. We take a small commission on each sale, help makers with photography and postage labels, and keep the whole thing feeling more like a craft fair than a warehouse.

Senior Search Engineer
- Improve ranking for queries like "blue mug" that match 40,000 listings
- Build personalisation that doesn't just show everyone the same bestsellers
- Elasticsearch, Python, experimentation`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a marketplace where consumers buy goods',
  },
  {
    id: 'so-024',
    company: 'Nextdrop Parcels',
    text: `Every evening our vans collect from 9,000 web shops – independent fashion labels, supplement brands, bike-part sellers – and we deliver their parcels the next day, with a one-hour slot their customers can change in our tracking page. Returns come back through 4,000 drop-off lockers.

We're hiring a Product Manager for our merchant platform: the dashboard and plugins that shops use to print labels, book collections and handle returns.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a parcel service made for online shops is Retail, unlike a general carrier',
  },
  {
    id: 'so-025',
    company: 'Shelfcount',
    text: `Data Scientist – Store Analytics

Cameras on the ceilings of 1,400 supermarkets and convenience stores send us a picture of every aisle every fifteen minutes. Our models spot empty shelves, wrong price labels and promotions that never made it out of the stockroom, and tell the store team what to fix first.

You'll improve the models that estimate how many sales a gap on the shelf costs, and work with the grocery chains we serve to prove it.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'shop-floor analytics made for retailers',
  },
  {
    id: 'so-026',
    company: 'Grovesend',
    text: `Across our 230 stores, customers buy 9 million bananas a month and one in four of our shoppers orders online for home delivery or click and collect. We've been feeding families in the South since 1936.

**Data Scientist – Fresh Forecasting**

Help us order the right amount of bread, salad and strawberries for every store every day, so there's less waste at closing time and fewer empty shelves at opening. Python, Spark, and an interest in weather.

Benefits: colleague discount, free annual health check, pension with matched contributions.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'so-027',
    company: 'Fothergill & Vane',
    text: `Our seven department stores and our website sell everything from school uniforms to sofas, and 900,000 customers carry the Fothergill & Vane store card, which earns them points and lets them spread the cost of bigger purchases.

We are hiring a Credit Risk Analyst for the store card team. You'll monitor arrears, set credit limits for new cardholders and help design offers that bring customers back to the stores.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "a department store's own card scheme is Retail; the credit role does not make it a lender",
  },
  // English: Telecommunications
  {
    id: 'so-028',
    company: 'Halyard Connect',
    text: `We answer around 2.4 million calls and 1.8 million chats a year from people who pay us for their mobile, broadband and home phone. Some want a new handset, some want to know why the router is blinking orange, and a few want to tell us exactly what they think of us.

**Workforce Planning Analyst – Customer Operations, Glasgow**

You'll forecast contact volumes by channel and half-hour, build the rotas for 1,100 advisers and react on the day when a storm takes out lines in the Highlands.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "the contact-centre operation of an operator with mobile and broadband subscribers",
  },
  {
    id: 'so-029',
    company: 'Gorsewick Networks',
    text: `# What we do

We have laid full-fibre lines past 480,000 homes and farms in rural Wales and the Marches, places that the big providers left on copper for decades. Households buy their service from one of 14 providers that rent our lines.

# The role

Network Planning Engineer: design the routes, cabinets and splitter layouts for our next 150,000 premises, working in our GIS tools with survey teams on the ground.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'so-030',
    company: 'Pylonet Infrastructure',
    text: `We own 7,200 masts, rooftop sites and street poles and lease space on them to the country's four mobile networks and to emergency-service radio. When a network wants to switch on 5G in a town centre, it usually starts with a call to us.

We're looking for a Data & Insight Analyst to model where demand for new sites will come from and how much space each structure has left.

What we offer: 27 days' leave, private healthcare, electric car scheme.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a tower company; private healthcare is a benefit',
  },
  {
    id: 'so-031',
    company: 'Sablewave Radio Systems',
    text: `The radio units and antennas we design sit on 160,000 mast tops in 30 countries, carrying 4G and 5G traffic for mobile operators. We design in Cambridge and Oulu, and our contract factories build to our specifications.

Embedded Software Engineer – Baseband
You'll write and optimise C code on DSPs for the uplink receiver chain, profile it in the lab against our channel emulators and take it through field trials with operator customers.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network equipment made for mobile operators',
  },
  {
    id: 'so-032',
    company: 'Ratewright Billing',
    text: `Every month our rating engine prices more than 3 billion calls, texts and data sessions for 40 mobile and fixed operators, turns them into bills for 90 million subscribers, and settles roaming charges between networks.

Senior Java Engineer – Rating & Charging (Remote, UK/EU)

- Evolve our 5G charging function and its Diameter and HTTP/2 interfaces
- Make rating rules that product teams can change without a release
- Keep latency under 10ms at peak`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'billing software made for operators',
  },
  {
    id: 'so-033',
    company: 'Skyreach Orbital',
    text: `Our satellites and ground stations connect 6,000 cargo ships, 300 oil platforms and a growing number of remote farms and cabins to the internet. A crew member in the middle of the Pacific can video-call home on our network.

We're hiring a Network Operations Engineer for our 24/7 operations centre in Aberdeen, monitoring beams, gateways and terminals and working with shipowners' IT teams when a vessel drops off.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'satellite operator; its customers are ships and rigs but connectivity is its business',
  },
  {
    id: 'so-034',
    company: 'Bramwell Mobile',
    text: `Sales Advisor – Leeds Trinity store

In our 310 stores we help customers choose a phone, move their number, set up a family plan and get the most out of our network. You'll be the friendly face who sorts out a cracked screen and explains roaming before someone flies to Spain.

- Monthly commission on top of your basic pay
- Discounted phone plans for you and your family
- Full training, no previous sales experience needed`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "a store of a mobile operator: the operator's sector, not Retail",
  },
  {
    id: 'so-035',
    company: 'Sparrowtalk',
    text: `We sell SIM-only plans to 1.4 million customers, riding on a bigger network's masts. No shops, no contracts longer than 30 days, and an app that lets people change their data allowance whenever they like.

# Role: Growth Analyst

You'll dig into sign-up funnels, porting-in rates and churn, and help marketing decide where the next pound goes.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a mobile virtual operator sells airtime and SIMs: Telecom',
  },
  {
    id: 'so-036',
    company: 'Lobecast RF Planning',
    text: `Radio engineers at 55 mobile operators use our software to decide where the next mast goes, which way each antenna should point and how a new 5G band will change coverage street by street.

We're looking for a Geospatial Software Engineer (C++/Python) to speed up our propagation engine, which models signal loss through buildings and trees on 3D city models.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network-planning software made for operators',
  },
  // English: Automotive & Manufacturing
  {
    id: 'so-037',
    company: 'Glassmere Sorting Systems',
    text: `Our optical sorters pick 12 tonnes of mixed plastic flakes an hour apart by colour and polymer, using near-infrared cameras and thousands of tiny air jets. More than 900 of them run in recycling plants on four continents.

Controls Software Engineer – Chesterfield

You'll write the real-time software that turns camera images into valve firings in under two milliseconds, commission new machines at customer sites and help our service team diagnose issues remotely.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a machine maker; its customers are recyclers, which does not move it',
  },
  {
    id: 'so-038',
    company: 'Ketterby Pressings',
    text: `Our plants in Győr, Sunderland and Kragujevac press, weld and coat 1.8 million door panels, bonnets and tailgates a year for five carmakers. Each panel has to arrive at the customer's line in the right sequence, within a four-hour window.

We are looking for a Manufacturing Data Engineer to connect press-line sensors and vision inspection to a common data platform and help our quality engineers find root causes faster.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'so-039',
    company: 'Verdane Coatings',
    text: `The resins we make in Runcorn end up in the paint on bridges, wind turbines, ship hulls and kitchen cupboards. We run 22 reactors and ship 140,000 tonnes a year in drums, totes and road tankers.

Process Chemist – Scale-up

You'll take new formulations from the lab bench to the production reactor, write batch instructions and troubleshoot when a batch doesn't behave.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'so-040',
    company: 'Millhaven Bakeries',
    text: `We bake 1.4 million loaves, rolls and wraps a week in three bakeries and deliver them overnight to supermarket depots, where most of them go on the shelves under the supermarkets' own labels.

**Planning Analyst**

Build the weekly production plan across our lines, balance what the supermarkets order with what our ovens can do, and help us cut the 4% of bread that goes unsold.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes the food that shops sell: Manufacturing, despite the supermarket vocabulary',
  },
  {
    id: 'so-041',
    company: 'Bearingwatch',
    text: `Our wireless sensors listen to 60,000 pumps, fans, gearboxes and presses in 700 factories, from paper mills to bottling plants. When a bearing starts to fail, our models spot it weeks ahead and tell the maintenance team which machine to look at during the next planned stop.

Senior Data Scientist – Condition Monitoring
Signal processing, Python and a curiosity about how machines break.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for factories',
  },
  {
    id: 'so-042',
    company: 'Tolvane Dynamics',
    text: `Systems Engineer – Vehicle Electronics

We design and build tracked and wheeled armoured vehicles for six NATO armies at our works in Telford, along with the spares and training that keep them running for thirty years.

You'll define and integrate the electronic architecture of our next vehicle: power distribution, vehicle networks, crew displays and sensors. Security clearance required.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a defence manufacturer; the armies it sells to are Public Sector, it is not',
  },
  {
    id: 'so-043',
    company: 'Wyvernford Aerostructures',
    text: `Machined wing ribs, spars and landing-gear fittings leave our Preston site for aircraft assembly lines in Toulouse, Hamburg and Seattle – around 120,000 parts a year in aluminium and titanium.

We are hiring a CNC Programmer (5-axis), working with our methods engineers to program, prove out and optimise new parts on our Makino and DMG Mori machines.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'so-044',
    company: 'Stackright Automation',
    text: `The shuttle robots we build carry totes up and down 20-metre racks in 230 warehouses – for grocers, fashion brands, spare-parts distributors and pharmaceutical wholesalers. A single system can pick 1,000 order lines an hour per workstation.

Robotics Software Engineer (C++/ROS)
Work on fleet control: path planning, traffic management and recovery when a robot stops in the wrong place.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a robot maker whose customers span sectors; warehouse vocabulary does not make it logistics',
  },
  {
    id: 'so-045',
    company: 'Orwell Cycleworks',
    text: `Every year about 120,000 e-bikes roll off our assembly lines in Coventry, most of them ridden away from independent bike shops in the UK, Benelux and Scandinavia.

**Data Engineer (Python, Azure)**

You'll connect our ERP, production line and warranty data, so we can see which frame batch or motor firmware leads to returns, and feed our designers with what riders actually do with our bikes.

Perks: bike-to-work scheme, free servicing on your own bike, hybrid working.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  // English: Public Sector & Smart Cities
  {
    id: 'so-046',
    company: 'Fenmouth Combined Transport',
    text: `Our buses, trams and ferries carry about 410,000 journeys a day across the Fenmouth city region. We set the routes and fares, contract the bus operators, own the tram network and run the smartcard that ties it all together – on behalf of the region's five councils.

**Transport Data Analyst**

You'll turn tap-on, tap-off and vehicle location data into insight on crowding, punctuality and where the next route should go.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a publicly run transport authority of the councils',
  },
  {
    id: 'so-047',
    company: 'Wymondley Borough Council',
    text: `Every week we empty 190,000 bins, keep 40,000 streetlights on, inspect restaurant kitchens, process planning applications and answer 12,000 calls from residents. We also look after 60 parks, three leisure centres and the market hall.

Business Intelligence Developer (Power BI)

Help our service managers see what is going on: missed collections by round, time to decide a planning application, and how long residents wait on the phone.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'so-048',
    company: 'Amberphase',
    text: `Traffic engineers in 70 cities use our platform to time 38,000 junctions. When a bus runs late, our software can hold a green light for it; when a football match finishes, it clears the roads around the stadium.

Backend Engineer (Go) – Signal Control
You'll work on the services that talk to roadside controllers over unreliable links and push new timing plans safely.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'traffic-signal platform sold to cities',
  },
  {
    id: 'so-049',
    company: 'Baywarden',
    text: `<p>Baywarden runs parking for 48 councils: the sensors under the bays, the app drivers pay with, and the tools parking officers use to issue permits and handle appeals. Together we manage 320,000 on-street spaces.</p><p><strong>Product Analyst</strong> &ndash; help councils understand occupancy and turnover by street, and design tariffs that free up space in busy town centres.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "smart parking made for councils' services",
  },
  {
    id: 'so-050',
    company: 'Lowell County Department of Public Health',
    text: `Epidemiologist II – Disease Surveillance

We track outbreaks of measles, food poisoning and respiratory illness for 900,000 residents, inspect 4,000 restaurants a year, run eight immunization clinics and license septic systems. When a school reports a cluster of stomach bugs, our team is on the phone within the hour.

You'll analyze surveillance data in R and SAS, build dashboards for the County Health Officer, and help write the weekly respiratory virus report.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a county health department is government; clinics and epidemiology do not make it Healthcare',
  },
  {
    id: 'so-051',
    company: 'Northmarch Police',
    text: `Our officers and staff answer 420,000 emergency and non-emergency calls a year, patrol 3,000 square miles and investigate everything from burglaries to organised crime.

Digital Forensics Analyst
Extract and analyse data from phones, laptops and vehicles seized in investigations, and present your findings clearly to investigators and in court.

Police staff role: you won't need to wear a uniform, but you will need vetting.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'so-052',
    company: 'Harbourstate Revenue Office',
    text: `We collect 31 billion in income tax, GST and excise duties each year, pay family benefits to 400,000 households and chase the businesses that forget to file. Every resident and every company of the Harbour State deals with us at some point.

Senior Data Scientist – Compliance Analytics

Build models that find under-declared income and carousel fraud in VAT data, so our auditors spend their time on the right cases.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a tax authority is government; money vocabulary does not make it Finance',
  },
  {
    id: 'so-053',
    company: 'Joint Forces Digital Command',
    text: `We keep the navy's ships, the army's brigades and the air force's squadrons connected: secure networks on land and at sea, logistics systems and the software that plans deployments.

Cloud Platform Engineer (civilian)
- Build and operate accredited cloud environments for defence applications
- Automate with Terraform and Ansible
- SC clearance required, DV desirable

Part of the Ministry of Defence.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'part of the armed forces; the job is cloud engineering',
  },
  // English: Information Technology & Software Development
  {
    id: 'so-054',
    company: 'Loomcraft Analytics',
    text: `Our forecasting platform tells a supermarket chain how much milk to order, two banks how much cash to put in their ATMs, a hospital group how many beds it will need next week and an airline how many meals to load. 240 organisations run 3 billion forecasts through it every day.

**Senior Machine Learning Engineer – Forecasting Core**

Work on the models and the distributed training and serving infrastructure behind them (Python, Ray, Kubernetes).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a software company whose customers span several sectors',
  },
  {
    id: 'so-055',
    company: 'Servewell',
    text: `Waiters in 18,000 restaurants, pubs and cafés take orders on our tablets, send them to the kitchen screen and split the bill at the table. Owners see tonight's takings and tomorrow's staff rota in one app.

Senior Mobile Engineer (Kotlin/Swift)

Help us make the ordering app fast and reliable when the Wi-Fi in a basement bar drops out on a Saturday night.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software made for restaurants, an industry outside the seven: a software company is IT',
  },
  {
    id: 'so-056',
    company: 'Fellgate Semiconductor',
    text: `Our power-management chips sit in 300 million laptops, servers and game consoles, and our newest parts feed the accelerators in AI data centres. We design in Edinburgh and Bristol and ship through partner foundries in Taiwan.

Analog Design Engineer – DC/DC converters. You'll take blocks from specification through schematic, layout supervision and silicon validation in the lab.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'makers of chips are IT, not Manufacturing',
  },
  {
    id: 'so-057',
    company: 'Hearthstack',
    text: `# What we run

40,000 virtual servers, 9 petabytes of object storage and a managed Kubernetes service, all in three data centres we operate in Manchester, Dublin and Frankfurt. 11,000 customers, from two-person agencies to national newspapers, host on us.

# What you'll do

As a Storage Engineer you'll operate and extend our Ceph clusters, plan capacity and lead incident reviews.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'so-058',
    company: 'Moth & Tinderbox',
    text: `Nine million people a month play our three titles on phones and PCs – a cosy farming game, a pirate card battler and a puzzle game about lighthouses.

Live Ops Data Analyst
Design and read A/B tests for events and offers, build the dashboards our game teams check every morning, and help decide what goes into the next season.

Fully remote within Europe.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a games company; the farming game does not make it agriculture',
  },
  {
    id: 'so-059',
    company: 'Plinth Planning',
    text: `Finance teams at 2,100 companies – a brewery, a hospital trust, a software firm, a chain of garden centres – build their budgets and forecasts in Plinth instead of 40 linked spreadsheets. CFOs use it to ask what happens to cash if sales drop 10%.

Solutions Consultant (FP&A)
You'll run demos, design customers' planning models and help them get live in weeks. A qualified accountant or FP&A background is ideal.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'budgeting and planning software any company uses is IT, despite the finance vocabulary',
  },
  {
    id: 'so-060',
    company: 'Roadledger',
    text: `Our telematics boxes and app track 85,000 lorries and vans for haulage firms and coach operators: where each one is, how it's being driven, when the driver's hours run out and which tyre needs attention.

Senior Backend Engineer (Scala)
Ingest 2 billion GPS and CAN-bus events a day and turn them into alerts that fleet managers act on.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software for haulage (logistics is outside the seven): a software company is IT',
  },
  {
    id: 'so-061',
    company: 'Tarnbridge Digital',
    text: `Right now 600 of our engineers are rebuilding a mortgage journey for a high-street lender, moving a hospital group's records to the cloud and writing the app a grocery chain's delivery drivers use. We've delivered software for clients in 14 countries since 2004.

We're hiring **Lead Java Developers** to lead teams of five to eight on client projects. Mostly remote, with occasional client visits.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: "an IT services firm with clients in several sectors; the clients' sectors do not decide",
  },
  {
    id: 'so-062',
    company: 'Flickerdeck',
    text: `Subscribers stream 80 million hours of films and series a month on Flickerdeck, on smart TVs, phones and games consoles in 22 countries.

**Senior Video Encoding Engineer**

Make every stream look sharper on less bandwidth: per-title encoding, AV1 roll-out and player-side adaptive bitrate logic.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a streaming platform is an internet platform (IT), not Telecom or media',
  },
  // English: unclassified
  {
    id: 'so-063',
    company: 'Oceanward Routing',
    text: `Our meteorologists and oceanographers route 2,500 cargo ships, tankers and yachts a year around storms, big swells and ice. A master gets our recommended track twice a day, and the owner gets a report on fuel saved and time lost after every voyage.

Marine Forecaster – Plymouth, shift rota

You'll prepare route advice and weather briefings, and help our developers improve the wave and current models behind our voyage optimisation tool.`,
    sector: null,
    lang: 'en',
    why: 'forecasting and routing services for shipping: neither software company nor one of the seven',
  },
  {
    id: 'so-064',
    company: 'Hearthglow Energy',
    text: `We supply electricity and gas to 620,000 homes and small businesses, and we've helped 40,000 of them fit heat pumps and solar panels. Our customer team in Swindon answers about 1.5 million calls, emails and chats a year.

Customer Insight Analyst
Analyse why customers call, what makes them leave and which tariffs suit which homes. SQL and a curious mind required.`,
    sector: null,
    lang: 'en',
    why: 'an energy supplier; the contact-centre vocabulary is not Telecom',
  },
  {
    id: 'so-065',
    company: 'Dunmere Water',
    text: `We pump 480 million litres of drinking water a day to 1.3 million people and treat what comes back through 9,000 km of sewers. We're owned by the four local authorities we serve.

Hydraulic Modeller
Build and maintain network models, test how the system copes with drought and heavy rain, and support our leakage teams.`,
    sector: null,
    lang: 'en',
    why: 'a water utility is unclassified, even owned by councils (a state-owned company is in the sector of its business)',
  },
  {
    id: 'so-066',
    company: 'Haulmark Logistics',
    text: `Our 900 trucks and 3,200 trailers move pallets for food producers, chemical plants, carmakers and supermarkets across the UK and Ireland, and our 14 warehouses store 300,000 pallets at any one time.

Transport Planner (nights)
Plan tomorrow's loads, match them to drivers and vehicles and react when a ferry is cancelled.`,
    sector: null,
    lang: 'en',
    why: 'general haulage and warehousing for many industries',
  },
  {
    id: 'so-067',
    company: 'Lindenquay Hotels',
    text: `Our 32 hotels welcome 1.9 million guests a year, from business travellers on a Tuesday night to wedding parties on a Saturday. Each has a restaurant and most have a spa.

Revenue Analyst
Set room rates by date, channel and room type, forecast demand around concerts and conferences, and work with hotel managers on group bookings.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'so-068',
    company: 'University of Eastmarch',
    text: `We teach 26,000 students across 300 degree programmes, and our researchers work on everything from coastal erosion to new antibiotics. Our teaching hospital partnership trains a fifth of the region's doctors.

Research Software Engineer – Digital Research Services
Help research groups write better code, move workloads onto our HPC cluster and publish reproducible software.`,
    sector: null,
    lang: 'en',
    why: 'a university is unclassified; the teaching hospital partnership is not its business',
  },
  {
    id: 'so-069',
    company: 'Brightforce Staffing',
    text: `Every week Brightforce puts 6,000 temporary workers into warehouses, offices, factories and events across the Midlands. We pay them weekly and look after their holiday pay, training and safety.

Payroll Data Administrator
Process timesheets, check pay rates against assignments and answer workers' questions about their pay.`,
    sector: null,
    lang: 'en',
    why: 'a staffing agency that names no client',
  },
  {
    id: 'so-070',
    company: 'Ormsby Vantridge',
    text: `Chief executives call us when a merger needs to deliver, when costs have run away or when a new strategy needs to land with 20,000 employees. Our 350 consultants work with clients in consumer goods, banking, healthcare and government.

Analyst – Data & Analytics Practice
Build the models behind our recommendations: market sizing, cost benchmarks and customer segmentation.`,
    sector: null,
    lang: 'en',
    why: 'a management consultancy is unclassified; its clients do not decide',
  },
  {
    id: 'so-071',
    company: 'Pawmend Veterinary Group',
    text: `Our 140 practices and four referral hospitals treat 1.2 million dogs, cats, rabbits and horses a year. Vets, nurses and receptionists keep them well with vaccinations, dental care and surgery, and our 24-hour hospitals handle the emergencies.

IT Service Desk Analyst – support the practice management and imaging systems our teams use every day.`,
    sector: null,
    lang: 'en',
    why: 'vets and animal hospitals are not Healthcare',
  },
  {
    id: 'so-072',
    company: 'Repforge Gyms',
    text: `Half a million members work out in our 95 gyms, open 24 hours, with classes from spin to Pilates. Members book classes, scan in and track workouts in our app.

Mobile Product Manager
Own the member app roadmap: class booking, personal training sales and workout tracking.

Free membership for you and a friend, plus private health insurance.`,
    sector: null,
    lang: 'en',
    why: 'gyms and fitness are not Healthcare; the health insurance is a benefit',
  },
  {
    id: 'so-073',
    company: 'Saltings Institute for Coastal Change',
    text: `Our 120 scientists measure how coastlines, estuaries and salt marshes are changing, run long-term monitoring from our two research vessels and advise governments on flood defences. We are an independent charity, funded by research councils and trusts.

Scientific Programmer – Ocean Modelling
Maintain and develop our Fortran and Python coastal models on national HPC facilities.`,
    sector: null,
    lang: 'en',
    why: 'a non-profit research institute',
  },
  {
    id: 'so-074',
    company: 'Puffin Regional Airways',
    text: `Our 38 turboprops fly 2.8 million passengers a year between 30 airports in the UK, Ireland and the Channel Islands, many of them on routes where we are the only link.

Crew Scheduling Analyst
Build the monthly rosters for pilots and cabin crew, balancing legal rest rules, training and the odd fog day.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'so-075',
    company: 'Hatherley Construction',
    text: `In the last ten years we've built 14 hospitals, 60 schools and the new wing of the county's crown court. We are currently on site with a cancer centre in Leicester and a 400-bed acute hospital in Stoke.

Digital Construction Manager (BIM)
Lead our BIM standards, coordinate design models between architects and engineers, and hand over digital records to the hospital estates teams.`,
    sector: null,
    lang: 'en',
    why: 'a builder; building hospitals does not make it Healthcare',
  },
  {
    id: 'so-076',
    company: 'Wetherby Growers',
    text: `On 9,000 hectares of Lincolnshire and Yorkshire farmland we grow 60,000 tonnes of potatoes a year, most of them sold under contract to crisp makers and chip shops, plus onions, carrots and wheat in the rotation.

Agronomy Data Analyst
Bring together soil scans, yield maps, drone imagery and weather data to help our farm managers decide where and when to plant, irrigate and harvest.`,
    sector: null,
    lang: 'en',
    why: 'a farm; agriculture is unclassified',
  },
  {
    id: 'so-077',
    company: 'Tamarvale Radio & Television',
    text: `Three radio stations and a regional TV news service reach 2.6 million people across the South West every week. We also run the transmitter network that carries our signal to every valley.

Broadcast Systems Engineer
Look after playout, studio and transmission systems, and help move our production onto IP.`,
    sector: null,
    lang: 'en',
    why: 'a broadcaster is media, not Telecom, though it runs transmitters',
  },
  // Dutch
  {
    id: 'so-078',
    company: 'Spaarbank Dommelvallei',
    text: `Ruim 280.000 klanten in Brabant en Limburg zetten hun spaargeld bij ons, en elk jaar helpen we zo'n 6.000 gezinnen aan de hypotheek voor hun eerste huis. We hebben 19 kantoren waar je gewoon binnen kunt lopen.

**Data Engineer (Azure / dbt)**

Je bouwt mee aan ons nieuwe dataplatform, zodat acceptanten en risicomanagers niet meer wachten op maandrapportages. Je werkt samen met collega's van Kredietrisico en Klantbediening.

Wat wij bieden: een 36-urige werkweek, 13e maand, personeelskorting op je hypotheekrente.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
  },
  {
    id: 'so-079',
    company: 'Pinpunt Betalingen B.V.',
    text: `Op 54.000 toonbanken in Nederland en België staat een pinautomaat van ons: bij bakkers, fietsenmakers, kappers en marktkramen. Wij verwerken ruim 700 miljoen betalingen per jaar en zetten de omzet de volgende ochtend op de rekening van de ondernemer.

Als **Backend Developer (Java)** werk je aan de transactieverwerking en de koppelingen met de kaartschema's. Hybride, kantoor in Utrecht.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'betaalterminals en afwikkeling voor winkeliers: een betaalverwerker, geen retailer',
  },
  {
    id: 'so-080',
    company: 'Waddenborg Verzekeringen',
    text: `Ieder jaar handelen we zo'n 90.000 schademeldingen af: een ruit die sneuvelt op de A7, een lekkende cv-ketel in Leeuwarden, een aanrijding met een trekker op een dijkweg. Onze polissen dekken auto's, woningen en bedrijven van 410.000 klanten in Noord-Nederland.

Vacature: Pricing Analist Particulier

- Je ontwikkelt tariefmodellen voor auto- en woonverzekeringen
- Je analyseert schadelast en opzeggingen
- Je werkt met Python, SQL en Emblem`,
    sector: 'Finance & FinTech',
    lang: 'nl',
  },
  {
    id: 'so-081',
    company: 'Factuurvos',
    text: `Meer dan 160.000 zzp'ers en kleine ondernemers maken hun facturen in Factuurvos, koppelen hun zakelijke rekening en doen hun btw-aangifte met twee klikken. Een schilder of een webdesigner hoeft bij ons geen boekhouder te zijn.

We zoeken een **Senior Product Owner Belastingaangifte** die de inkomstenbelastingmodule van onze app vernieuwt.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'facturatie- en btw-software voor zzpers: geldsoftware voor kleine ondernemers',
  },
  {
    id: 'so-082',
    company: 'Zorggroep Linge-Waal',
    text: `In onze drie ziekenhuizen en twaalf buitenpoliklinieken helpen we jaarlijks ruim 300.000 patiënten: van een gebroken pols op de spoedeisende hulp tot een nieuwe heup.

Functie: **Data Engineer Zorglogistiek**

Je bouwt datapijplijnen die OK-planningen, bedbezetting en opnames samenbrengen, zodat onze capaciteitsplanners een dag vooruit kunnen kijken. Je werkt met Azure Data Factory, Python en HiX-data.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'ziekenhuisgroep; de functie is data-engineering',
  },
  {
    id: 'so-083',
    company: 'Apotheken De Vijzel',
    text: `Vanuit 46 apotheken leveren we elk jaar 3,5 miljoen recepten af, geven we medicatiebegeleiding aan chronisch zieke mensen en bezorgen we aan huis bij wie niet meer naar de balie kan komen. Ook verkopen we zelfzorgmiddelen en verzorgingsproducten.

Wij zoeken een **Applicatiebeheerder Apotheeksystemen** voor ons servicekantoor in Zwolle.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'een apotheekketen is Healthcare, ook al verkoopt ze verzorgingsproducten',
  },
  {
    id: 'so-084',
    company: 'Thuiszorg Veenhorst',
    text: `Onze wijkverpleegkundigen en verzorgenden komen elke dag bij 3.200 cliënten thuis in Drenthe en Oost-Groningen: wondzorg, insuline spuiten, helpen met douchen en aankleden.

Ter versterking van ons planbureau zoeken wij een **Functioneel Beheerder Planning & Roostering** (32–36 uur). Je beheert ons planningssysteem, maakt rapportages en ondersteunt de teams.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'so-085',
    company: 'Zorgverzekeraar Helderwijk',
    text: `Wij vergoeden de huisartsbezoeken, fysiotherapie, operaties en medicijnen van 1,1 miljoen verzekerden. Met 80 ziekenhuizen en duizenden zorgverleners maken we afspraken over prijs en kwaliteit.

**Data Scientist Zorginkoop**

- onderzoek declaratiedata en signaleer opvallende patronen
- vergelijk zorgaanbieders op uitkomsten en kosten
- help onze inkopers bij de onderhandelingen

Goede secundaire voorwaarden, waaronder een korting op je eigen zorgverzekering.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'een zorgverzekeraar is Healthcare, niet Finance',
  },
  {
    id: 'so-086',
    company: 'Trapwiel.nl',
    text: `We versturen jaarlijks zo'n 70.000 fietsen en ruim een miljoen onderdelen vanuit ons magazijn in Tiel naar klanten in Nederland, België en Duitsland. Klanten bestellen op onze site, halen op in een van onze vier winkels of laten hun nieuwe fiets rijklaar thuisbezorgen.

Vacature: **Marketing Analist**
Je meet het effect van campagnes, zoekadvertenties en e-mails op de verkoop en bouwt dashboards in Looker.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'verkoopt fietsen aan consumenten, maakt ze niet',
  },
  {
    id: 'so-087',
    company: 'Bouwcentrum Van Rossem',
    text: `Bij onze 28 vestigingen halen aannemers, loodgieters en klussers elke ochtend hun gipsplaten, hout, tegels en sanitair. Ruim 30.000 artikelen op voorraad, en wat er niet ligt, bezorgen we morgen op de bouwplaats.

Functie: Category Manager Afbouw
Je bepaalt het assortiment, onderhandelt met leveranciers en stuurt op marge per vestiging.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'bouwmaterialenhandel: een handel in goederen, geen bouwbedrijf',
  },
  {
    id: 'so-088',
    company: 'Versland Supermarkten',
    text: `**IT Security Officer**

In onze 180 winkels rekenen klanten elke week 2,4 miljoen keer af, en steeds vaker bestellen ze hun boodschappen online. Dat betekent kassa's, zelfscans, een webshop en een bezorgapp die altijd veilig moeten werken.

Je stelt beleid op, begeleidt pentests en bent het aanspreekpunt bij incidenten. Personeelskorting van 10% op je boodschappen.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'supermarktketen; de functie is IT-security',
  },
  {
    id: 'so-089',
    company: 'Tweedeslag',
    text: `Op Tweedeslag kopen en verkopen 3 miljoen mensen tweedehands kleding, speelgoed en meubels. Wij regelen de betaling, het verzendlabel en de koperbescherming; verkopers houden meer over dan bij de kringloop.

We zoeken een **Senior Data Scientist Trust & Safety** die nepadvertenties en oplichters herkent voordat een koper betaalt.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'een marktplaats waar consumenten goederen kopen',
  },
  {
    id: 'so-090',
    company: 'Dinkelnet',
    text: `Wij beantwoorden jaarlijks 1,5 miljoen vragen van mensen die bij ons internet, tv en een mobiel abonnement afnemen: van een modem dat niet wil opstarten tot een verhuizing naar een ander adres.

**Teamleider Klantenservice Techniek** (Enschede)
Je coacht een team van 18 medewerkers, stuurt op oplossing bij eerste contact en werkt met de netwerkafdeling aan storingen.`,
    sector: 'Telecommunications',
    lang: 'nl',
    why: 'de klantenservice van een kabel- en mobiele operator',
  },
  {
    id: 'so-091',
    company: 'Glasweg Noord',
    text: `Sinds 2019 hebben we glasvezel aangelegd naar 260.000 adressen in Friesland en Groningen, tot in de kleinste dorpen. Bewoners kiezen zelf welke provider hun internet en tv over ons netwerk levert.

**Netwerkontwerper FTTH**

- ontwerp tracés, wijkcentrales en kasten
- reken aan capaciteit en splitsingen
- werk samen met aannemers en gemeenten in het veld

Leaseauto, 36-urige werkweek en een thuiswerkvergoeding.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'so-092',
    company: 'Zendlab B.V.',
    text: `De microgolfverbindingen die wij ontwerpen dragen het dataverkeer tussen 90.000 zendmasten van mobiele operators in Europa en Afrika. Ontwerp en test gebeuren in Eindhoven; de productie besteden we uit.

**Embedded Software Engineer (C/Linux)**

- firmware voor onze radio's: modulatie, linkadaptatie en beheer op afstand
- werken met FPGA-collega's en het testlab
- af en toe een veldtest bij een operator`,
    sector: 'Telecommunications',
    lang: 'nl',
    why: 'netwerkapparatuur gemaakt voor operators',
  },
  {
    id: 'so-093',
    company: 'Belzee Zakelijk',
    text: `Ruim 14.000 mkb-bedrijven bellen en internetten via ons: vaste nummers in de cloud, zakelijke mobiele abonnementen en glasvezel op de bedrijfslocatie.

Vacature: **Accountmanager Zakelijke Markt** – regio Rotterdam
Je adviseert ondernemers over hun telefonie en verbindingen. Leaseauto, telefoon van de zaak en een goede bonusregeling.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'so-094',
    company: 'Stroopwafelbakkerij Goudsberg',
    text: `Elke dag bakken we op zes lijnen ruim 2 miljoen stroopwafels, die in 40 landen in de schappen liggen onder ons eigen merk en onder dat van supermarkten.

**Procestechnoloog**

- optimaliseer deeg, bakprofielen en verpakkingslijnen
- leid verbeterprojecten met de ploegen
- zorg voor voedselveiligheid volgens BRC

Ploegentoeslag en elke vrijdag een verse zak stroopwafels mee naar huis.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'maakt voedingsmiddelen in een fabriek',
  },
  {
    id: 'so-095',
    company: 'Bolgrader Machinebouw',
    text: `Onze sorteer- en telmachines verwerken bloembollen en pootaardappelen op 1.100 bedrijven wereldwijd. We ontwerpen, bouwen en testen alles in onze werkplaats in Lisse.

**Software Engineer Machinebesturing (PLC / C#)**

- programmeer besturingen en vision-software
- test nieuwe machines in de werkplaats
- ga mee naar klanten in binnen- en buitenland voor inbedrijfstelling`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'een machinebouwer; klanten in de landbouw maken het geen landbouwbedrijf',
  },
  {
    id: 'so-096',
    company: 'Kartonnagefabriek De Vaart',
    text: `Wat wij maken kom je elke dag tegen: de doos van je online bestelling, de tray onder je paprika's, de omdoos van je wasmiddel. Uit onze twee fabrieken gaan jaarlijks 450 miljoen verpakkingen van golfkarton.

**Planner Productie**

- maak de planning voor de golfkartonmachine en de stanslijnen
- stem af met verkoop, inkoop en expeditie
- verbeter de planning met data uit ons ERP`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
  },
  {
    id: 'so-097',
    company: 'Assenbouw Twente',
    text: `Onze assen en wielophangingen zitten onder 70.000 trailers en bussen per jaar. Klanten zijn trailerbouwers en busfabrikanten in heel Europa.

**Data-analist Kwaliteit** – je koppelt meetdata uit de lasrobots en eindcontrole aan garantieclaims en helpt engineers de oorzaak van afwijkingen te vinden. Ook als je nog nooit in een fabriek hebt gewerkt.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
  },
  {
    id: 'so-098',
    company: 'Gemeente Lindeveen',
    text: `Wij halen het afval op bij 45.000 huishoudens, verstrekken paspoorten en rijbewijzen, onderhouden 300 kilometer weg en verlenen vergunningen voor alles van een dakkapel tot een festival.

**Informatieadviseur Sociaal Domein**
Je vertaalt de vragen van consulenten jeugdzorg en Wmo naar werkende informatievoorziening en begeleidt de aanbesteding van een nieuw systeem.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'een gemeente; jeugdzorg en Wmo maken haar geen zorgaanbieder',
  },
  {
    id: 'so-099',
    company: 'Vervoerregio Maasdelta',
    text: `Onze bussen, trams en metro's vervoeren elke werkdag 520.000 reizigers in de regio. Wij bepalen de dienstregeling en tarieven, besteden de concessies aan en investeren in haltes en lijnen, namens 14 gemeenten.

**Data-analist OV**

- analyseer incheckdata en reizigersstromen
- adviseer over nieuwe lijnen en frequenties
- maak dashboards voor bestuurders

Salaris volgens de cao Gemeenten, gratis reizen met het OV in de regio.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'een openbaar vervoerautoriteit van gemeenten',
  },
  {
    id: 'so-100',
    company: 'Waterschap Lage Vechtlanden',
    text: `Wij houden 900 kilometer dijk op hoogte, regelen het waterpeil in 4.000 kilometer sloten en zuiveren het afvalwater van 700.000 inwoners in 14 rioolwaterzuiveringen. Ons algemeen bestuur wordt door de inwoners gekozen.

**GIS-specialist**

- beheer onze geodata en kaartviewers
- bouw analyses voor peilbeheer en dijkinspecties
- help collega's met drone- en hoogtedata`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'een waterschap is een overheid met een gekozen bestuur, geen nutsbedrijf',
  },
  {
    id: 'so-101',
    company: 'Huurwijzer Software',
    text: `Ruim 120 woningcorporaties beheren met ons pakket de verhuur, het onderhoud en de huurinning van samen 900.000 woningen.

**Medior .NET Developer**

Je werkt in het team dat reparatieverzoeken van huurders afhandelt: van de melding in de app tot de planning van de monteur en de factuur van de aannemer. C#, Azure, Angular.

Hybride werken vanuit Amersfoort.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'software voor woningcorporaties (vastgoed valt buiten de zeven): een softwarebedrijf is IT',
  },
  {
    id: 'so-102',
    company: 'Datahaven Zeeland',
    text: `In onze twee datacenters in Vlissingen en Goes draaien de servers van 2.300 klanten, van webwinkels en accountantskantoren tot gemeenten. We bieden colocatie, private cloud en back-up.

**Linux Systeembeheerder**

- beheer en automatiseer onze virtualisatieplatformen
- help klanten bij migraties
- draai mee in de 24/7 storingsdienst (extra betaald)`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
  },
  {
    id: 'so-103',
    company: 'Steigerwerk Data',
    text: `Onze 70 consultants bouwen dataplatforms en AI-toepassingen voor een verzekeraar, een ziekenhuis, twee gemeenten en een bierbrouwer. Voor elke klant werken we in vaste teams van drie tot vijf.

Je wordt **Data Engineer** in een van die teams:
- Databricks, Snowflake, Python en dbt
- datamodellen en pijplijnen van ontwerp tot productie
- een opleidingsbudget van 5.000 euro per jaar`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'IT-consultancy met klanten in veel sectoren',
  },
  {
    id: 'so-104',
    company: 'Groenstroom Delta',
    text: `We leveren stroom en gas aan 380.000 huishoudens en kopen de stroom van 9.000 zonnedaken en 40 windmolens in. Onze klantenservice in Middelburg beantwoordt elk jaar een half miljoen vragen.

**Data-analist Energiehandel**

- voorspel verbruik en opwek per kwartier
- ondersteun onze handelaren op de day-ahead- en onbalansmarkt
- Python en SQL`,
    sector: null,
    lang: 'nl',
    why: 'energieleverancier; de klantenservice maakt het geen telecom',
  },
  {
    id: 'so-105',
    company: 'Flexvolk Uitzendgroep',
    text: `Wekelijks werken 4.500 flexkrachten via ons in distributiecentra, productiehallen en kantoren in heel Nederland. Wij regelen hun contract, loon en huisvesting.

**Intercedent** (32–40 uur) – Venlo

- werf en begeleid flexkrachten
- onderhoud contact met opdrachtgevers
- plan diensten en los problemen op de werkvloer op`,
    sector: null,
    lang: 'nl',
    why: 'uitzendbureau zonder genoemde opdrachtgever',
  },
  {
    id: 'so-106',
    company: 'Hogeschool Rijnmond-Zuid',
    text: `Ruim 22.000 studenten volgen bij ons een opleiding, van verpleegkunde en bouwkunde tot informatica. Onze lectoraten doen praktijkgericht onderzoek samen met bedrijven en ziekenhuizen in de regio.

**Docent Software Engineering** (0,8 fte)

Je geeft les in programmeren en softwareontwerp, begeleidt projectgroepen en stages en werkt mee aan het vernieuwde curriculum.`,
    sector: null,
    lang: 'nl',
    why: 'onderwijs is niet ingedeeld; een verpleegkunde-opleiding maakt het geen zorg',
  },
  {
    id: 'so-107',
    company: 'Rederij Damsterdiep',
    text: `Onze 36 binnenvaartschepen varen dag en nacht containers, graan en bouwstoffen tussen de Rotterdamse haven en het achterland tot in Basel.

**Planner Scheepsinzet**

- plan ladingen, bemanning en onderhoud
- schakel als de waterstand op de Rijn daalt
- onderhoud contact met verladers en terminals`,
    sector: null,
    lang: 'nl',
  },
  {
    id: 'so-108',
    company: 'Weerkundig Bureau Polderzicht',
    text: `Akkerbouwers, aannemers, evenementenorganisatoren en havens nemen hun beslissingen op onze weersverwachtingen: wanneer spuiten, wanneer beton storten, wanneer het podium afbreken.

**Meteoroloog** (dag- en avonddiensten)

- maak verwachtingen en waarschuwingen op maat
- werk mee aan onze rekenmodellen
- sta klanten telefonisch te woord bij zwaar weer`,
    sector: null,
    lang: 'nl',
    why: 'weerdiensten voor klanten in veel sectoren: geen softwarebedrijf',
  },
  {
    id: 'so-109',
    company: 'Zorgvastgoed Brabantstad',
    text: `Wij bezitten en beheren 85 gebouwen waarin huisartsen, fysiotherapeuten, apotheken en verpleeghuizen gevestigd zijn. Zorgaanbieders huren bij ons; wij zorgen voor onderhoud, verduurzaming en nieuwbouw.

**Assetmanager**

- stel meerjarenonderhoudsplannen op
- voer gesprekken met huurders over uitbreiding
- rapporteer over rendement aan onze beleggers`,
    sector: null,
    lang: 'nl',
    why: 'vastgoed voor zorgaanbieders: vastgoed is niet ingedeeld',
  },
  {
    id: 'so-110',
    company: 'Dierenklinieken Het Anker',
    text: `In onze elf klinieken behandelen we jaarlijks 60.000 honden, katten en konijnen: vaccinaties, gebitsbehandelingen, operaties en spoedhulp in het weekend.

Wij zoeken een **ICT-medewerker** die:
- de praktijksoftware, röntgensystemen en het netwerk in alle klinieken beheert
- collega's helpt bij storingen
- nieuwe klinieken aansluit`,
    sector: null,
    lang: 'nl',
    why: 'dierenartsen zijn geen Healthcare',
  },
  // Polish
  {
    id: 'so-111',
    company: 'Karta Jantar S.A.',
    text: `W portfelach i telefonach naszych klientów jest dziś 1,9 mln kart kredytowych. Co sekundę nasz system decyduje, czy zaakceptować płatność, odrzucić ją, czy poprosić o potwierdzenie w aplikacji.

**Analityk ds. przeciwdziałania nadużyciom**

- tworzenie i strojenie reguł antyfraudowych
- analiza transakcji kartowych w SQL i Pythonie
- współpraca z działem windykacji i reklamacji

Oferujemy: pracę hybrydową w Warszawie, prywatną opiekę medyczną, kartę sportową.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'wydawca kart kredytowych; opieka medyczna to benefit',
  },
  {
    id: 'so-112',
    company: 'Leasing Mazurski sp. z o.o.',
    text: `Co roku finansujemy około 9 000 samochodów osobowych, ciągników i maszyn budowlanych dla przedsiębiorców z całej Polski. Umowę klient podpisuje u dealera, a decyzję dostaje od nas w 30 minut – także w sobotę.

**Specjalista ds. oceny ryzyka** (Olsztyn lub zdalnie)

Twoje zadania:
- analiza wniosków leasingowych małych i średnich firm
- ocena sprawozdań finansowych i historii kredytowej
- współpraca przy rozwoju modelu scoringowego i reguł automatycznych decyzji

Oferujemy samochód służbowy do celów prywatnych na preferencyjnych warunkach, prywatną opiekę medyczną i premię kwartalną.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'firma leasingowa finansuje pojazdy: pożyczkodawca, nie branża motoryzacyjna',
  },
  {
    id: 'so-113',
    company: 'Biuro Rachunkowe Saldo-Plus',
    text: `Prowadzimy księgi i kadry dla ponad 700 firm z Wrocławia i okolic – od warsztatów samochodowych i piekarni po gabinety stomatologiczne i sklepy internetowe. Co miesiąc naliczamy 9 000 list płac, składamy deklaracje VAT i JPK naszych klientów, a w kwietniu rozliczamy kilka tysięcy PIT-ów.

Do zespołu pełnej księgowości szukamy **Księgowej / Księgowego**.

Czego oczekujemy: min. 3 lat doświadczenia w pełnej księgowości, znajomości przepisów VAT i CIT, dobrej organizacji pracy. Mile widziana znajomość Comarch ERP Optima.

Oferujemy: umowę o pracę, dofinansowanie do studiów i kursów zawodowych, pracę od 8 do 16.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'biuro rachunkowe; branże klientów nie decydują',
  },
  {
    id: 'so-114',
    company: 'Kasa Wzajemna Roztocze',
    text: `**Programista Java** – Zamość lub zdalnie

Rozwijasz system obsługi pożyczek i bankowość internetową, z których korzysta 85 tysięcy osób. Pracujesz w zespole sześciu programistów i testerów, w Javie 17, Springu i Oracle.

# O nas

Naszymi właścicielami są nasi członkowie: mieszkańcy Lubelszczyzny, którzy u nas oszczędzają, biorą pożyczki na remont czy samochód i co roku wybierają radę nadzorczą. Nie mamy akcjonariuszy, a nadwyżkę przeznaczamy na lepsze oprocentowanie lokat.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'członkowie oszczędzają i pożyczają: kasa kredytowa',
  },
  {
    id: 'so-115',
    company: 'Apteki Pod Kasztanem',
    text: `W naszych 210 aptekach realizujemy rocznie ponad 14 mln recept, robimy przeglądy lekowe pacjentom przyjmującym wiele leków i szczepimy przeciw grypie. Na półkach mamy też kosmetyki, suplementy i artykuły dla dzieci.

**Analityk Danych Sprzedażowych** (Łódź, model hybrydowy)

- analiza sprzedaży leków bez recepty i asortymentu kosmetycznego
- raporty dla kierowników regionów w Power BI
- wsparcie planowania promocji i gazetki

Oferujemy rabat pracowniczy w naszych aptekach oraz pakiet medyczny.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'sieć aptek to Healthcare, choć sprzedaje też kosmetyki',
  },
  {
    id: 'so-116',
    company: 'Szpitale Nadwarciańskie sp. z o.o.',
    text: `Nasze cztery szpitale powiatowe i 20 poradni specjalistycznych przyjmują rocznie 180 tys. pacjentów z Wielkopolski i Ziemi Lubuskiej.

Szukamy **Administratora Sieci i Systemów**, który zadba o serwery, sieć i integrację systemu szpitalnego z elektroniczną dokumentacją medyczną.

Oferujemy umowę o pracę, dofinansowanie do wypoczynku i pakiet medyczny.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'szpitale; stanowisko IT',
  },
  {
    id: 'so-117',
    company: 'Laboratoria Diagnostyczne Wektor',
    text: `Każdego dnia do naszych 12 laboratoriów trafia 45 tys. próbek krwi, moczu i wymazów z 400 punktów pobrań, przychodni i szpitali. Większość wyników lekarz i pacjent widzą w systemie jeszcze tego samego dnia.

**Diagnosta laboratoryjny** – Gdańsk, praca zmianowa

- wykonywanie badań biochemicznych i hematologicznych
- kontrola jakości i walidacja wyników
- obsługa analizatorów i systemu LIS

Wymagamy prawa wykonywania zawodu diagnosty laboratoryjnego.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
  },
  {
    id: 'so-118',
    company: 'Farmaceutyka Beskidzka S.A.',
    text: `Z naszego zakładu w Bielsku-Białej wychodzi rocznie 2 mld tabletek i kapsułek – leków generycznych na nadciśnienie, cukrzycę i cholesterol – do aptek i hurtowni w 30 krajach.

**Inżynier Automatyki**

Zajmiesz się utrzymaniem i modernizacją linii tabletkowania, powlekania i blistrowania: programowanie PLC (Siemens S7), analiza awarii, udział w kwalifikacji urządzeń zgodnie z GMP.

Oferujemy pracę w systemie dwuzmianowym, dodatek zmianowy, stołówkę pracowniczą i dofinansowanie do okularów.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'producent leków: Healthcare, nie Manufacturing, mimo języka fabryki',
  },
  {
    id: 'so-119',
    company: 'Sofanova.pl',
    text: `Z naszego magazynu pod Poznaniem wysyłamy rocznie 30 000 sof, narożników i łóżek do domów w całej Europie. Projektujemy je sami, a szyją je dla nas partnerskie zakłady tapicerskie; klienci kupują na naszej stronie.

**Specjalista ds. e-commerce** – zarządzanie ofertą w sklepie internetowym i na marketplace'ach, analiza konwersji.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'sprzedaje meble konsumentom, nie produkuje ich sama',
  },
  {
    id: 'so-120',
    company: 'Hurtownia Budowlana Bednarek i Syn',
    text: `Każdego ranka na naszych 15 placach wykonawcy i dekarze ładują cement, bloczki, papę i stal zbrojeniową. Mamy w ofercie ponad 20 000 pozycji, a większe zamówienia dowozimy na budowę własnym samochodem z HDS-em. Klientami są firmy budowlane, instalatorzy i osoby, które same remontują dom.

Szukamy **Doradcy Klienta Handlowego** do oddziału w Rzeszowie:
- obsługa klientów firmowych i przygotowywanie ofert
- doradztwo w doborze materiałów
- współpraca z magazynem przy kompletacji dostaw

Premia od sprzedaży, samochód służbowy, karta sportowa.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'hurtownia materiałów budowlanych: handel, nie budownictwo',
  },
  {
    id: 'so-121',
    company: 'Drogerie Bławatek',
    text: `**Specjalista ds. Programu Lojalnościowego** – Kraków

2,6 mln klientów zbiera punkty na karcie Bławatek w naszych 340 drogeriach i w aplikacji. Za punkty odbierają kosmetyki, perfumy i rabaty na kolejne zakupy.

Twoje zadania:
- analiza zachowań uczestników programu (SQL, Power BI)
- projektowanie kampanii personalizowanych
- mierzenie skuteczności promocji i współpraca z działem kategorii

Benefity: 20% rabatu na zakupy, prywatna opieka medyczna, karta sportowa.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'własny program lojalnościowy sieci sklepów to Retail',
  },
  {
    id: 'so-122',
    company: 'Targowisko Online sp. z o.o.',
    text: `Na naszej platformie 18 tys. sklepów i rzemieślników sprzedaje ubrania, zabawki i sprzęt domowy 4 mln kupujących. My obsługujemy płatności, wysyłki i zwroty, a sprzedawcom pomagamy ze zdjęciami i opisami ofert.

Poszukujemy **Senior Data Scientista (Rekomendacje)**:
- rozwój modeli rekomendacji i personalizacji strony głównej
- planowanie i analiza testów A/B
- Python, Spark, BigQuery

Praca zdalna lub biuro w Warszawie, B2B lub UoP.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'marketplace dla konsumentów',
  },
  {
    id: 'so-123',
    company: 'Telewir S.A.',
    text: `Nasze centrum obsługi odbiera rocznie 3 mln połączeń i czatów od abonentów telefonii komórkowej i internetu światłowodowego. Pomagamy przenieść numer, skonfigurować router i zrozumieć fakturę.

**Konsultant ds. obsługi klienta** (Kielce, praca zmianowa)
Oferujemy: abonament komórkowy dla pracownika, premie miesięczne, pakiet medyczny.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'centrum obsługi klienta operatora',
  },
  {
    id: 'so-124',
    company: 'Światłowód Podhale',
    text: `Od 2017 roku doprowadziliśmy światłowód do 140 000 domów na Podhalu, Spiszu i Orawie, także do wsi, do których wcześniej nie docierał żaden szybki internet. Sprzedajemy internet i telewizję bezpośrednio mieszkańcom.

**Projektant sieci FTTH**

- projektowanie tras, szaf i rozdzielaczy w systemie GIS
- uzgodnienia z gminami i właścicielami działek
- współpraca z wykonawcami i odbiory techniczne

Oferujemy darmowy internet w domu, samochód służbowy i elastyczne godziny pracy.`,
    sector: 'Telecommunications',
    lang: 'pl',
  },
  {
    id: 'so-125',
    company: 'Maszty Polskie sp. z o.o.',
    text: `Jesteśmy właścicielem 5 600 wież i masztów w całej Polsce. Anteny instalują na nich wszyscy operatorzy komórkowi, nadawcy radiowi i służby ratunkowe, a my dbamy o konstrukcje, zasilanie i dostęp do terenu.

Szukamy **Analityka Danych Infrastruktury**, który:
- zbuduje model zapotrzebowania na nowe lokalizacje pod 5G
- przeanalizuje obciążenie konstrukcji i wolne miejsce na antenach
- przygotuje raporty dla zarządu i zespołów sprzedaży

Warszawa, praca hybrydowa.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'firma wieżowa obsługująca operatorów',
  },
  {
    id: 'so-126',
    company: 'Meble Kornik sp. z o.o.',
    text: `W naszej fabryce pod Poznaniem szyjemy i składamy 30 000 sof i narożników rocznie – od stelaża po ostatni szew. Trafiają do sieci meblowych i sklepów internetowych w Niemczech, Francji i Skandynawii.

**Technolog produkcji**

- przygotowanie dokumentacji technologicznej nowych modeli
- normy zużycia materiałów i optymalizacja rozkroju tkanin
- współpraca z działem konstrukcyjnym i kontrolą jakości

Oferujemy umowę o pracę, dowóz pracowniczy z Poznania i rabat na nasze meble.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'sama produkuje sofy: Manufacturing (por. sklep meblowy so-119)',
  },
  {
    id: 'so-127',
    company: 'Autobusy Dunajec',
    text: `Z naszej hali montażowej wyjeżdża rocznie 600 autobusów elektrycznych i hybrydowych dla przewoźników miejskich w Polsce, Czechach i krajach bałtyckich.

**Inżynier Systemów Wysokiego Napięcia**

Odpowiesz za integrację baterii, napędu i ładowania w nowych modelach, testy na stanowisku i w trasie oraz współpracę z dostawcami komponentów.

# O nas

Projektujemy i budujemy autobusy od ramy po oprogramowanie sterowników. Zatrudniamy 1 100 osób w Nowym Sączu.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'producent autobusów; miejscy przewoźnicy są klientami, nie decydują',
  },
  {
    id: 'so-128',
    company: 'Okna Rawicz',
    text: `Co roku produkujemy 420 tys. okien PCV i aluminiowych w dwóch zakładach na Dolnym Śląsku. Większość trafia do dystrybutorów i firm montażowych w Niemczech i Beneluksie.

**Specjalista ds. Utrzymania Ruchu**

- przeglądy i naprawy linii do cięcia, zgrzewania i szklenia
- diagnostyka układów pneumatycznych i elektrycznych
- udział we wdrażaniu nowych maszyn

Praca zmianowa, dodatek za pracę w nocy, dowóz pracowniczy, pakiet medyczny.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
  },
  {
    id: 'so-129',
    company: 'Zakłady Mięsne Sokółka',
    text: `**Analityk Systemów ERP** – Sokółka / hybrydowo

Rozwijasz moduły produkcji, planowania i magazynu w naszym systemie ERP, wspierasz użytkowników w zakładzie i współpracujesz z dostawcą oprogramowania.

# O nas

Codziennie przerabiamy 300 ton mięsa na wędliny, kiełbasy i parówki. Trafiają na półki sieci handlowych pod naszą marką i markami własnymi sklepów, a także do 120 naszych stoisk firmowych.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'producent żywności; stanowisko IT',
  },
  {
    id: 'so-130',
    company: 'Miejski Zarząd Komunikacji Nadwiśle',
    text: `Nasze tramwaje i autobusy przewożą dziennie 230 tys. pasażerów. Jako jednostka miasta planujemy rozkłady jazdy, ustalamy taryfy, zlecamy przewozy operatorom i prowadzimy system biletu elektronicznego.

**Specjalista ds. analiz przewozowych**

- analiza danych z kasowników, biletomatów i liczników pasażerów
- przygotowywanie propozycji zmian w rozkładach
- raporty dla Prezydenta Miasta i Rady Miasta

Umowa o pracę, dodatek stażowy, bilet sieciowy dla pracownika.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'miejska jednostka organizująca transport publiczny',
  },
  {
    id: 'so-131',
    company: 'Urząd Miasta Wierzbnica',
    text: `Wydajemy dowody osobiste, rejestrujemy samochody, utrzymujemy drogi i oświetlenie, prowadzimy przedszkola i odbieramy odpady od 25 tys. mieszkańców.

Burmistrz Miasta ogłasza nabór na wolne stanowisko urzędnicze **Informatyk** w Referacie Organizacyjnym.

Zakres zadań:
- administrowanie siecią i serwerami urzędu
- wsparcie pracowników w obsłudze systemów dziedzinowych
- dbanie o bezpieczeństwo informacji i kopie zapasowe

Wymagania: wykształcenie wyższe, obywatelstwo polskie, niekaralność.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
  },
  {
    id: 'so-132',
    company: 'Zakład Świadczeń Emerytalnych – Oddział w Olsztynie',
    text: `Wypłacamy co miesiąc emerytury i renty 380 tys. osób z Warmii i Mazur, pobieramy składki od 60 tys. płatników i wydajemy zaświadczenia o ubezpieczeniu.

**Specjalista ds. analiz danych** – raportowanie, kontrola płatników, współpraca z centralą.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'państwowy urząd ubezpieczeń społecznych: administracja, nie finanse',
  },
  {
    id: 'so-133',
    company: 'Sygnalia sp. z o.o.',
    text: `Nasz system steruje sygnalizacją świetlną na 2 800 skrzyżowaniach w 35 miastach i daje tramwajom oraz autobusom priorytet na światłach. Zarządy dróg widzą w nim na żywo korki, awarie i czasy przejazdu.

**Programista C++ (systemy czasu rzeczywistego)**

- rozwój oprogramowania sterowników ulicznych
- komunikacja ze sterownikami i centrum zarządzania ruchem
- testy na stanowisku i w terenie

Gdańsk, praca hybrydowa, B2B lub UoP.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'system zarządzania ruchem sprzedawany miastom',
  },
  {
    id: 'so-134',
    company: 'Kodoteka sp. z o.o.',
    text: `Budujemy aplikacje webowe i mobilne dla sieci hoteli, ubezpieczyciela, producenta okien i dwóch startupów medycznych. Zatrudniamy 140 programistów, a każdy projekt prowadzą stałe zespoły po 5–7 osób.

Szukamy **Senior Frontend Developera (React)**:
- React, TypeScript, testy w Playwright
- współpraca z UX i klientem od pierwszych warsztatów
- mentoring młodszych osób w zespole

B2B 20–26 tys. zł netto, praca zdalna, budżet szkoleniowy.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'software house z klientami z wielu branż',
  },
  {
    id: 'so-135',
    company: 'Węzeł Danych Gliwice',
    text: `Utrzymujemy 12 000 serwerów wirtualnych i prywatne chmury dla 1 500 firm w naszych centrach danych w Katowicach i Gliwicach: sklepów internetowych, biur projektowych, szpitali i urzędów.

**Administrator Linux / DevOps**

- automatyzacja w Ansible i Terraform
- utrzymanie klastrów Kubernetes i Ceph
- dyżury rotacyjne (dodatkowo płatne)

Oferujemy umowę o pracę, szkolenia i certyfikacje, prywatną opiekę medyczną.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
  },
  {
    id: 'so-136',
    company: 'Trasomat',
    text: `Nasza aplikacja planuje trasy 20 tys. ciężarówek i dostawczaków firm transportowych i kurierskich w Europie Środkowej. Dyspozytor wrzuca zlecenia, a my w kilka sekund układamy kolejność rozładunków z uwzględnieniem czasu pracy kierowców.

**Backend Developer (Go)**
- optymalizacja tras i algorytmy heurystyczne
- integracje z systemami telematycznymi
- PostgreSQL, Kafka, Kubernetes

Praca zdalna, B2B.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'oprogramowanie dla transportu (spoza siedmiu sektorów): firma software’owa to IT',
  },
  {
    id: 'so-137',
    company: 'Przesyłka Express Pomorze',
    text: `Nasze 700 samochodów dostawczych doręcza codziennie 110 tys. paczek i palet dla zakładów produkcyjnych, hurtowni, kancelarii i urzędów na Pomorzu i Kujawach.

**Dyspozytor transportu** (Gdynia)

- planowanie tras i załadunków
- stały kontakt z kierowcami i klientami
- reagowanie na opóźnienia i reklamacje

Praca zmianowa, premia miesięczna, pakiet medyczny.`,
    sector: null,
    lang: 'pl',
    why: 'ogólna firma kurierska dla wielu branż',
  },
  {
    id: 'so-138',
    company: 'Energetyka Cieplna Ślesin',
    text: `Dostarczamy ciepło do 90 tys. mieszkań w Koninie i okolicach oraz wytwarzamy energię elektryczną dla sieci krajowej. W ciągu pięciu lat zastępujemy kotły węglowe pompami ciepła i magazynem ciepła.

**Inżynier ds. automatyki**

- utrzymanie systemów sterowania bloków i kotłowni
- udział w modernizacji układów DCS
- dyżury domowe

Oferujemy umowę o pracę, dodatek energetyczny i pakiet socjalny.`,
    sector: null,
    lang: 'pl',
  },
  {
    id: 'so-139',
    company: 'Politechnika Nadodrzańska',
    text: `Kształcimy 14 tys. studentów na kierunkach od mechaniki i budownictwa po informatykę, a nasze laboratoria prowadzą badania z przemysłem motoryzacyjnym i energetycznym.

Rektor ogłasza konkurs na stanowisko **Asystenta w Katedrze Systemów Informatycznych** (grupa badawczo-dydaktyczna).

- prowadzenie zajęć z programowania i baz danych
- prace badawcze w zakresie uczenia maszynowego
- wymagany tytuł magistra inżyniera`,
    sector: null,
    lang: 'pl',
    why: 'uczelnia publiczna: edukacja nie jest klasyfikowana',
  },
  {
    id: 'so-140',
    company: 'Agencja Pracy Tymczasowej Kadrus',
    text: `Co tydzień 3 000 naszych pracowników tymczasowych pracuje w magazynach, na liniach produkcyjnych i w biurach w całej Polsce. Zapewniamy im zakwaterowanie, transport i wypłatę co tydzień.

**Koordynator ds. pracowników tymczasowych**

- rekrutacja i wdrażanie nowych osób
- rozliczanie czasu pracy
- stały kontakt z klientami i kierownikami zmian

Samochód służbowy, telefon, premia kwartalna.`,
    sector: null,
    lang: 'pl',
    why: 'agencja pracy bez wskazania klienta',
  },
  {
    id: 'so-141',
    company: 'Hotele Nad Zalewem',
    text: `Nasze 9 hoteli nad Bałtykiem i w Tatrach przyjmuje rocznie 250 tys. gości: rodziny na wakacjach, firmy na konferencjach i pary na weekendy SPA.

**Revenue Manager**
- ustalanie cen pokoi w zależności od sezonu i kanału sprzedaży
- analiza popytu i konkurencji
- współpraca z dyrektorami hoteli

Benefity: noclegi dla pracowników w naszych hotelach, karta sportowa.`,
    sector: null,
    lang: 'pl',
  },
  {
    id: 'so-142',
    company: 'Grupa Producentów Owoców Sandomierskie Sady',
    text: `Nasi członkowie – 140 gospodarstw sadowniczych – uprawiają jabłka i wiśnie na 2 600 hektarach. My zbieramy owoce, sortujemy je, przechowujemy w komorach z kontrolowaną atmosferą i sprzedajemy sieciom handlowym oraz na eksport.

**Specjalista ds. eksportu**
- kontakty z odbiorcami w Skandynawii i na Bliskim Wschodzie
- przygotowywanie ofert i dokumentów eksportowych
- język angielski na poziomie C1`,
    sector: null,
    lang: 'pl',
    why: 'grupa producentów rolnych: rolnictwo',
  },
  {
    id: 'so-143',
    company: 'Instytut Badań Gleby i Klimatu',
    text: `Nasi naukowcy badają, jak zmiana klimatu wpływa na gleby i plony, prowadzą 40 stacji doświadczalnych i doradzają ministerstwu rolnictwa. Jesteśmy instytutem badawczym finansowanym z grantów i budżetu państwa.

**Programista naukowy (Python)**

- rozwój modeli symulacyjnych wzrostu roślin
- przetwarzanie danych satelitarnych i meteorologicznych
- współpraca z zespołami agronomów`,
    sector: null,
    lang: 'pl',
    why: 'instytut badawczy',
  },
  // Swedish
  {
    id: 'so-144',
    company: 'Sparbanken Ljusnedal',
    text: `Hos oss har 95 000 privatpersoner och företag i Härjedalen och Jämtland sina sparpengar, bolån och företagskrediter. Vi har sju kontor och en del av vinsten går tillbaka till föreningar i bygden.

**Kreditanalytiker företag** – du analyserar kreditansökningar från lokala företag, från skogsägare till hotell, och tar fram beslutsunderlag till kreditkommittén.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'sparbank; kundernas branscher avgör inte',
  },
  {
    id: 'so-145',
    company: 'Fakturalyft AB',
    text: `Vi köper fakturor av 11 000 småföretag – snickare, konsulter, åkare och frisörsalonger – och betalar ut pengarna samma dag, så att de slipper vänta 60 dagar på att deras kund ska betala. När fakturan förfaller sköter vi påminnelser och inkasso.

**Data Scientist, kredit**

- utveckla modeller som bedömer risken att fakturamottagaren inte betalar
- bygga övervakning av modellerna i produktion
- jobba nära kreditchefen och produktteamet

Python, SQL, gärna erfarenhet av kreditdata. Kontor vid Odenplan, hybridarbete.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'fakturaköp är kreditgivning till småföretag',
  },
  {
    id: 'so-146',
    company: 'Tjänstepension Norrsken',
    text: `Vi förvaltar tjänstepensionen för 640 000 anställda inom handel och industri och betalar varje månad ut pension till 110 000 pensionärer. Kapitalet, 190 miljarder kronor, placeras i aktier, obligationer, fastigheter och infrastruktur.

**Riskanalytiker kapitalförvaltning** – Stockholm

- mät och rapportera marknads- och likviditetsrisk i portföljen
- bygg stresstester för räntor och aktiekurser
- utveckla våra verktyg i Python

Förmåner: friskvårdsbidrag, tjänstepension och sex veckors semester.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'pensionsbolag; medlemmarnas branscher (handel, industri) avgör inte',
  },
  {
    id: 'so-147',
    company: 'Vårdcentralerna Mälarstrand',
    text: `På våra 22 vårdcentraler i Västmanland och Södermanland träffar läkare, sjuksköterskor, psykologer och fysioterapeuter 420 000 patienter om året, och via vår app kan man chatta med en sjuksköterska dygnet runt.

**Systemförvaltare journalsystem**

Du tar hand om behörigheter, mallar och integrationer i vårt journalsystem, leder förändringar tillsammans med verksamheten och är kontaktperson mot leverantören.

Vi erbjuder kollektivavtal, friskvårdsbidrag och möjlighet att arbeta hemifrån två dagar i veckan.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
  },
  {
    id: 'so-148',
    company: 'Tandhälsan Öresund',
    text: `**Ekonomicontroller** – Malmö

Du följer upp klinikernas resultat varje månad, tar fram prognoser och budget tillsammans med klinikcheferna och hjälper oss förstå vad som driver lönsamheten i olika behandlingar.

# Om oss

Våra 48 kliniker i Skåne och Halland tar emot 300 000 patienter om året för undersökningar, fyllningar, implantat och tandreglering. Vi har 900 medarbetare: tandläkare, tandhygienister, tandsköterskor och ett litet huvudkontor.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'tandvårdskedja; rollen är ekonomi',
  },
  {
    id: 'so-149',
    company: 'Insulinkraft Medical AB',
    text: `Våra insulinpumpar och glukossensorer bärs av 90 000 personer med diabetes i 25 länder. Pumpen doserar insulin automatiskt efter vad sensorn mäter, och appen visar kurvan i telefonen.

**Embedded-utvecklare (C)** – Göteborg

- utveckla säkerhetskritisk programvara enligt IEC 62304
- arbeta med Bluetooth Low Energy och låg strömförbrukning
- skriva tester och dokumentation för våra regulatoriska ansökningar

Vi tillverkar pumparna i egen fabrik i Mölndal.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'tillverkare av medicintekniska produkter: Healthcare, inte Manufacturing',
  },
  {
    id: 'so-150',
    company: 'Byggmästarnas Järn & Trä',
    text: `På våra 31 trävaruhus hämtar hantverkare och villaägare virke, gips, isolering, fönster och verktyg. Proffskunder har konto hos oss och får varorna levererade till bygget med kranbil nästa morgon.

Vi söker en **Inköpare trä och skivmaterial** till huvudkontoret i Växjö:
- förhandla med sågverk och skivtillverkare
- planera lager och kampanjer tillsammans med butikerna
- följa upp marginaler och leveransprecision

Personalrabatt och bilförmån.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'bygghandel: handlare av varor, inte byggföretag',
  },
  {
    id: 'so-151',
    company: 'Ärtan Barnkläder',
    text: `Vi skickar 1,2 miljoner paket om året från vårt lager i Borås till familjer i hela Norden. Kläderna ritar vi själva i vår ateljé; de sys av partnerfabriker i Portugal och Turkiet och säljs bara i vår webbshop och tre egna butiker.

**Data Analyst E-handel**

- analysera kampanjer, returer och kundresor i webbshopen
- bygga dashboards i Looker för inköp och marknad
- planera A/B-tester tillsammans med vårt produktteam

Personalrabatt 40 %.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'designar och säljer kläder i egna kanaler men tillverkar inte: Retail',
  },
  {
    id: 'so-152',
    company: 'Bilhallen Norrort',
    text: `Vi säljer 7 500 nya och begagnade bilar om året från nio anläggningar i Stockholms län och servar 60 000 bilar i våra verkstäder. Vi representerar fyra bilmärken.

**Digital marknadsförare**

- ansvara för annonsering på bilportaler, Google och sociala medier
- mäta vilka kampanjer som ger provkörningar och affärer
- samarbeta med säljchefer på varje anläggning

Förmånsbil till bra villkor.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'bilhandlare, inte biltillverkare',
  },
  {
    id: 'so-153',
    company: 'Fiberbygd Telekom',
    text: `**Teamledare Kundservice** – Sundsvall

Du coachar 15 medarbetare, följer upp kvalitet och svarstider och jobbar med att fler ärenden löses i första kontakten.

# Om oss

Varje år svarar vi på 700 000 samtal och chattar från kunder som har bredband, tv och mobilabonnemang hos oss. Vårt fibernät når 180 000 hushåll i Norrland, och vi säljer även mobilabonnemang i ett annat nät.`,
    sector: 'Telecommunications',
    lang: 'sv',
  },
  {
    id: 'so-154',
    company: 'Antennverket AB',
    text: `Våra antenner sitter på 120 000 mobilmaster hos operatörer i Europa och Asien. Vi konstruerar i Kista, testar i egna mätkammare och låter kontraktstillverkare bygga i stor skala.

**RF-ingenjör**

- simulera och verifiera antenner för nya 5G-band
- arbeta med operatörers krav och fältprov
- utveckla mätmetoder i vårt labb

Vi erbjuder flextid, friskvårdsbidrag och privat sjukvårdsförsäkring.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'nätutrustning för mobiloperatörer',
  },
  {
    id: 'so-155',
    company: 'Lastvagnskomponenter i Södertälje AB',
    text: `Vi gjuter och bearbetar 400 000 växellådshus och bromsok om året i vår fabrik utanför Södertälje. Kunderna är lastbils- och busstillverkare i Europa.

**Produktionstekniker**

- förbättra bearbetningslinjer och cykeltider
- leda införandet av nya artiklar
- arbeta med kvalitetsavvikelser tillsammans med operatörer

Dagtid, kollektivavtal, personalbil med el till förmånligt pris.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
  },
  {
    id: 'so-156',
    company: 'Hamnbryggans Kafferosteri AB',
    text: `Vi rostar 18 000 ton kaffe om året i vårt rosteri vid hamnen. Det säljs under vårt eget märke och under butikskedjornas egna varumärken i hela Norden.

**Underhållsingenjör**

- ansvara för förebyggande underhåll av rostare, malverk och förpackningslinjer
- analysera stopp och driva förbättringar
- delta i beredskap

Kollektivavtal, friskvårdsbidrag – och personalkaffe, förstås.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
    why: 'livsmedelstillverkare',
  },
  {
    id: 'so-157',
    company: 'Robotik Västerås AB',
    text: `Våra industrirobotar svetsar, lackerar och plockar i 3 000 fabriker – hos biltillverkare, möbelfabriker och livsmedelsproducenter. Varje år levererar vi 4 000 nya robotar från vår fabrik i Västerås.

**Mjukvaruutvecklare rörelsestyrning (C++)**

- banplanering och kollisionsundvikande
- säkerhetsfunktioner enligt ISO 10218
- simulering och test i vårt robotlabb`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
  },
  {
    id: 'so-158',
    company: 'Region Norrfjäll – Kollektivtrafiken',
    text: `Våra bussar och tåg gör 14 miljoner resor om året i länet, från stadstrafik i residensstaden till skolskjuts i fjällbyarna. Vi är regionens kollektivtrafikmyndighet: vi upphandlar trafiken, planerar linjerna och sätter biljettpriserna.

**Dataanalytiker kollektivtrafik**

- analysera resande-, biljett- och förseningsdata
- ta fram underlag inför nya tidtabeller
- bygga rapporter i Power BI för regionens politiker

Tjänsten är placerad i Lycksele med möjlighet till distansarbete två dagar i veckan.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'regionens kollektivtrafikmyndighet',
  },
  {
    id: 'so-159',
    company: 'Storbrånsta kommun',
    text: `Vi driver skolor och äldreboenden, tömmer soptunnor, plogar gator och ger bygglov till 10 000 invånare. Kommunen har 900 anställda.

**IT-tekniker**

Du ger support till kommunens verksamheter – från skolornas datorer och hemtjänstens telefoner till kommunhusets nätverk – och är med när vi byter till ny plattform för e-tjänster.

Anställningsform: tillsvidare, heltid. Tillträde enligt överenskommelse.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'kommun; äldreboenden och skolor gör den inte till vård eller utbildning',
  },
  {
    id: 'so-160',
    company: 'Molnhallen AB',
    text: `I våra två datahallar i Luleå kör 4 000 kunder sina servrar på förnybar el och frikyla: spelbolag, forskargrupper, webbyråer, en nätbutik och ett par kommuner.

**Site Reliability Engineer**

- drift och automation av vår plattform för virtuella servrar och Kubernetes
- lagring i Ceph, övervakning med Prometheus
- beredskap var sjätte vecka`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
  },
  {
    id: 'so-161',
    company: 'Lyktspel Studio',
    text: `Två miljoner spelare i månaden odlar, bygger och seglar i våra tre mobilspel.

**Gameplay-programmerare (Unity/C#)**

- bygg nya funktioner och event till vårt nästa spel
- samarbeta med designers och grafiker i små team
- optimera prestanda på äldre telefoner

Vi sitter i Malmö men du kan jobba var du vill i Sverige.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
  },
  {
    id: 'so-162',
    company: 'Norrskog Förvaltning',
    text: `Vi sköter 340 000 hektar skog åt 12 000 skogsägare: planterar, röjer, gallrar, avverkar och säljer virket till sågverk och massabruk.

**GIS-analytiker**

- arbeta med laserskanning, satellitbilder och skogsbruksplaner
- utveckla verktyg som hjälper våra virkesköpare planera avverkningar
- Python, QGIS, gärna erfarenhet av skogsbruk`,
    sector: null,
    lang: 'sv',
    why: 'skogsbruk: jordbruk och skogsbruk är oklassade',
  },
  {
    id: 'so-163',
    company: 'Elnät Dalälven',
    text: `Vi driver elnätet som levererar ström till 140 000 hushåll och företag i Dalarna, och vi bygger ut det i snabb takt för laddbilar, värmepumpar och nya industrier.

**Nätplanerare**

- planera nya anslutningar och förstärkningar
- beräkna belastning och spänningsfall
- samarbeta med entreprenörer och markägare`,
    sector: null,
    lang: 'sv',
  },
  {
    id: 'so-164',
    company: 'Folkhögskolan Siljansnäs',
    text: `Varje år läser 600 deltagare hos oss – allmän kurs, musik, konst och en utbildning till undersköterska – och många bor på vårt internat vid sjön.

Vi söker en **IT-samordnare** på 50 %.

Du ansvarar för datorer, nätverk och lärplattform, hjälper lärare med digitala verktyg och håller ordning på licenser.`,
    sector: null,
    lang: 'sv',
    why: 'utbildning; undersköterskeutbildningen gör den inte till vård',
  },
  {
    id: 'so-165',
    company: 'Bemanningsbolaget Kraftlaget',
    text: `Vi har 2 000 konsulter ute varje vecka på lager, i fabriker och på kontor i Mellansverige.

**Rekryterare**

- hitta, intervjua och introducera nya konsulter
- matcha rätt person till rätt uppdrag
- ha kontakt med kunder om behov och kvalitet

Vi erbjuder tjänstebil, provision och friskvårdsbidrag.`,
    sector: null,
    lang: 'sv',
    why: 'bemanningsföretag som inte nämner någon kund',
  },
  // Danish
  {
    id: 'so-166',
    company: 'Mors-Thy Medlemsbank',
    text: `Vores 70.000 medlemmer i Thy, Mors og Salling har deres opsparing, boliglån og erhvervskreditter hos os, og de vælger selv repræsentantskabet. Et overskud går tilbage til medlemmerne som bedre renter.

**IT-sikkerhedsspecialist** – Nykøbing Mors

- ansvar for adgangsstyring og logovervågning
- beredskabsplaner og test af dem
- samarbejde med vores datacentral og revisionen

Vi tilbyder pension, sundhedsforsikring og fleksible arbejdstider.`,
    sector: 'Finance & FinTech',
    lang: 'da',
  },
  {
    id: 'so-167',
    company: 'Hjemmeplejen Sydfyn ApS',
    text: `Vores sygeplejersker og social- og sundhedsassistenter kører hver dag ud til 1.400 borgere på Sydfyn og Langeland: sårpleje, medicin, hjælp til bad og påklædning.

**Planlægger**

- læg køreplaner for 180 medarbejdere i vores planlægningssystem
- hjælp, når en kollega melder sig syg kl. 6
- lav rapporter til ledelsen om besøg og kørsel

Fast arbejdstid på kontoret i Svendborg.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'privat hjemmepleje; kunden er ofte kommunen, men arbejdsgiveren yder pleje',
  },
  {
    id: 'so-168',
    company: 'Cykelkælderen.dk',
    text: `Vi sender 45.000 cykler og 600.000 reservedele om året fra vores lager i Kolding til kunder i hele Norden. Du kan også prøvekøre i vores to butikker i Kolding og Roskilde.

**Performance Marketing Specialist**

- Google Ads, Meta og affiliate
- budgetter og kampagner for fem lande
- tæt samarbejde med indkøb om sæsonvarer

Personalerabat og cykelværksted på kontoret.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'so-169',
    company: 'Bølgenet A/S',
    text: `**Workforce Manager** – Aarhus

Du laver prognoser for opkald og chats, lægger vagtplaner for 250 rådgivere og styrer bemandingen i realtid, når et kabel bliver gravet over.

# Om os

Vi besvarer 900.000 henvendelser om året fra kunder med mobilabonnement, bredbånd og tv hos os. Vi driver eget fibernet i Østjylland og sælger mobil i samarbejde med et landsdækkende net.`,
    sector: 'Telecommunications',
    lang: 'da',
  },
  {
    id: 'so-170',
    company: 'Vejkontoret Storstrøm Kommune',
    text: `Vi passer 1.100 km kommuneveje, 240 broer og 9.000 gadelamper, rydder sne om vinteren og giver gravetilladelser til forsyningsselskaber og entreprenører.

**Dataanalytiker**

- byg et overblik over vejenes tilstand med data fra vores målebiler
- planlæg vedligeholdelse og asfaltprogrammer
- lav kort og rapporter til det politiske udvalg

Løn efter overenskomst mellem KL og fagforeningen.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
  },
  {
    id: 'so-171',
    company: 'Dyreklinikken Vestjylland',
    text: `På vores fire klinikker behandler vi 25.000 hunde, katte og heste om året, og vores dyrlæger kører ud til landbrug med kvæg og grise i hele Vestjylland.

**Klinikkoordinator** med flair for IT

- hold styr på bookingsystem, journaler og røntgenudstyr
- hjælp kollegerne med IT-problemer
- koordiner vagtplaner for døgnvagten`,
    sector: null,
    lang: 'da',
    why: 'dyrlæger er ikke Healthcare',
  },
  // Norwegian
  {
    id: 'so-172',
    company: 'Fjordlinje Mobil AS',
    text: `Vi leverer mobilabonnement og fiber til 420 000 kunder langs kysten fra Stavanger til Bodø, og vi bygger ut 5G i bygder der de store har latt vente på seg.

**Nettverksingeniør radio**

- planlegg og optimaliser basestasjoner
- analyser dekning og kapasitet
- samarbeid med feltteknikere og grunneiere

Fri mobil og bredbånd for deg og familien.`,
    sector: 'Telecommunications',
    lang: 'no',
  },
  {
    id: 'so-173',
    company: 'Havbruksteknikk Sunnmøre AS',
    text: `Vi bygger fôrflåter, merder og undervannskameraer som brukes på 900 oppdrettsanlegg i Norge, Chile og Skottland. Alt settes sammen i vår fabrikk i Ålesund.

**Automasjonsingeniør**

- PLS-programmering av fôringssystemer
- igangkjøring ute på anleggene
- videreutvikling av fjernstyring fra land

Vi tilbyr fast stilling, god pensjonsordning og fleksitid.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
    why: 'maskinprodusent; kundene driver oppdrett, som ikke avgjør',
  },
  {
    id: 'so-174',
    company: 'Kollektivtrafikk Hordvik fylkeskommune',
    text: `Bussene, trikken og ferjene våre tar 70 millioner reiser i året i fylket. Vi er fylkeskommunens administrasjonsselskap for kollektivtrafikk: vi fastsetter ruter og priser og kjøper inn trafikken fra operatørene.

**Produktsjef billettering**

- utvikle app og betalingsløsninger for de reisende
- samarbeide med operatører og leverandører
- måle bruk og kundetilfredshet`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'fylkeskommunens kollektivtrafikk',
  },
  {
    id: 'so-175',
    company: 'Kodeklippen AS',
    text: `Vi lager programvare for et rederi, to sykehus, en dagligvarekjede og flere kommuner. 90 utviklere i Bergen og Trondheim, organisert i små team.

**Fullstack-utvikler (TypeScript/.NET)**

- ny funksjonalitet fra idé til produksjon
- tett dialog med kunden
- kompetansedager hver måned`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
    why: 'IT-konsulentselskap med kunder i flere sektorer',
  },
  {
    id: 'so-176',
    company: 'Tindvik Sparebank',
    text: `60 000 kunder på Helgeland har sparepengene, boliglånet og bedriftskontoen sin hos oss. En del av overskuddet går tilbake til lag og foreninger.

**Rådgiver bedriftsmarked**

- følg opp fiskebåtrederier, gårdbrukere og lokale håndverkere
- vurder kredittsøknader
- vær en synlig del av lokalmiljøet`,
    sector: 'Finance & FinTech',
    lang: 'no',
    why: 'sparebank; kundenes næringer avgjør ikke',
  },
  {
    id: 'so-177',
    company: 'Laksegården Vesterålen AS',
    text: `I våre tolv lokaliteter vokser 9 millioner laks til slaktestørrelse hvert år, og vi har eget settefiskanlegg på land.

**Fiskehelsebiolog**

- overvåk fiskehelse og lusenivå
- jobb med veterinærer og røktere
- rapporter til Mattilsynet`,
    sector: null,
    lang: 'no',
    why: 'oppdrett er landbruk; fiskehelse er ikke Healthcare',
  },
  // Finnish
  {
    id: 'so-178',
    company: 'Lääkäriasemat Vuokko Oy',
    text: `Meidän 26 lääkärikeskuksessamme ja kahdessa leikkaussairaalassa hoidetaan vuosittain 500 000 potilasta – flunssasta polvileikkaukseen.

Haemme **Data Engineeriä** rakentamaan tietoalustaa, joka yhdistää ajanvaraus-, potilas- ja laskutustiedot.

- Azure, dbt ja Python
- tiivis yhteistyö lääkärien ja talousyksikön kanssa
- työterveyshuolto ja liikuntaetu`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'lääkärikeskukset ja sairaalat; tehtävä on data-alalla',
  },
  {
    id: 'so-179',
    company: 'Kuusitehdas Oy',
    text: `Tehtaamme Pohjois-Savossa valmistavat vuodessa 80 000 hirsitalopakettia ja liimapuupalkkia vientiin Japaniin ja Keski-Eurooppaan.

Haemme **Tuotantoinsinööriä**:
- kehittämään CNC-linjoja ja laatua
- ottamaan käyttöön uusia työstökoneita
- tekemään yhteistyötä suunnittelun kanssa`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
    why: 'valmistaa puutuotteita tehtaassa; ei rakennusliike',
  },
  {
    id: 'so-180',
    company: 'Pilvikuja Oy',
    text: `Ohjelmistoamme käyttävät kauppaketju, pankki, kaksi kaupunkia ja useampi teollisuusyritys: se ennustaa kysyntää ja henkilöstötarvetta viikoiksi eteenpäin.

**Senior Backend Developer (Python)** – Helsinki tai etänä

- ennustemallien tuotantoonvienti
- rajapinnat asiakkaiden järjestelmiin
- Kubernetes ja PostgreSQL`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
    why: 'ohjelmistoyritys, jonka asiakkaat ovat monelta alalta',
  },
  {
    id: 'so-181',
    company: 'Rautakauppa Kirves',
    text: `Rakentajat ja remontoijat hakevat 18 myymälästämme puutavaraa, levyjä, laattoja ja työkaluja. Ammattilaisille toimitamme suoraan työmaalle.

Haemme **Valikoimapäällikköä** pääkonttoriimme Tampereelle:
- vastaat sisustus- ja laattavalikoimasta
- neuvottelet toimittajien kanssa
- seuraat katetta myymälöittäin`,
    sector: 'E-commerce & Retail',
    lang: 'fi',
  },
  {
    id: 'so-182',
    company: 'Säätalo Merituuli Oy',
    text: `Meteorologimme laativat reittiennusteita 800 laivalle vuodessa Itämerellä ja Pohjanmerellä sekä jäätilannetiedotteita satamille ja luotsiasemille.

Haemme **Meteorologia** vuorotyöhön:
- reitti- ja sääpalvelut varustamoille
- varoitukset myrskyistä ja jäästä
- mallien kehitys yhdessä ohjelmoijien kanssa`,
    sector: null,
    lang: 'fi',
    why: 'sääpalvelut merenkululle: ei mikään seitsemästä',
  },
  // Czech
  {
    id: 'so-183',
    company: 'Družstevní záložna Vltava',
    text: `Naši členové – 40 000 lidí z jižních Čech – si u nás spoří, berou si úvěry na bydlení a auto a každý rok volí představenstvo.

Hledáme **Analytika úvěrového rizika** do Českých Budějovic:
- vyhodnocování žádostí o úvěr
- vývoj a monitoring skóringového modelu
- spolupráce s pobočkami

Nabízíme 5 týdnů dovolené a příspěvek na penzijní spoření.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
  },
  {
    id: 'so-184',
    company: 'Síťovka Morava s.r.o.',
    text: `Ročně vyřídíme 800 000 hovorů a chatů od zákazníků, kteří u nás mají mobilní tarif, optický internet nebo televizi.

**Specialista zákaznické podpory** – Brno, směnný provoz

- řešení technických dotazů a reklamací
- pomoc s přenosem čísla a nastavením routeru

Nabízíme služební telefon s neomezeným tarifem, stravenky a Multisport kartu.`,
    sector: 'Telecommunications',
    lang: 'cs',
  },
  {
    id: 'so-185',
    company: 'Strojírny Benešovka a.s.',
    text: `Naše čerpadla a ventily pracují v elektrárnách, chemických závodech a úpravnách vody ve 40 zemích. Vyrábíme je v závodě u Benešova, od slévárny po zkušebnu.

Hledáme **Konstruktéra (SolidWorks)** do vývoje:
- návrh nových typů čerpadel
- výpočty a výkresová dokumentace
- spolupráce s výrobou a zkušebnou`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
    why: 'výrobce strojů; zákazníci z energetiky nerozhodují',
  },
  {
    id: 'so-186',
    company: 'Technické služby města Horní Lipník',
    text: `Svážíme odpad z 12 000 domácností, uklízíme ulice, udržujeme parky a veřejné osvětlení. Jsme příspěvková organizace města.

**IT technik**

- správa počítačů, sítě a GPS jednotek ve svozových vozech
- podpora zaměstnanců
- spolupráce s odborem informatiky městského úřadu`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'organizace zřízená městem pro městské služby',
  },
  {
    id: 'so-187',
    company: 'Pivovarská restaurace U Tří Soudků',
    text: `Naše čtyři restaurace v Praze a v Plzni denně obslouží 3 000 hostů. Pivo točíme od místních pivovarů a vaříme českou kuchyni.

Hledáme **Provozního manažera**:
- řízení směn a zásob
- nábor a zaškolení personálu
- spolupráce s dodavateli`,
    sector: null,
    lang: 'cs',
    why: 'restaurace: pohostinství',
  },
  // German
  {
    id: 'so-188',
    company: 'Kliniken am Randen gGmbH',
    text: `In unseren drei Krankenhäusern und sieben Medizinischen Versorgungszentren behandeln wir jährlich 95.000 Patientinnen und Patienten – von der Geburt bis zur Palliativversorgung.

**Wir suchen: SAP-Inhouse-Berater (m/w/d) Finanzen & Controlling**

Sie betreuen unsere SAP-Module FI/CO, begleiten die Umstellung auf S/4HANA und unterstützen die Fachabteilungen bei Abschlüssen.

Wir bieten: TVöD, betriebliche Altersvorsorge, Jobrad.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'Krankenhausträger; die Stelle ist SAP-Finanzen',
  },
  {
    id: 'so-189',
    company: 'Baustoffhandel Reinecke KG',
    text: `An unseren 22 Standorten in Niedersachsen holen Handwerker und Bauherren jeden Morgen Mauersteine, Dämmstoffe, Fliesen und Werkzeug ab. Größere Mengen liefern wir mit eigenen Kran-Lkw direkt auf die Baustelle.

**Disponent (m/w/d) Fuhrpark**

- Sie planen die Touren unserer 60 Lkw
- Sie stimmen Liefertermine mit Kunden und Niederlassungen ab
- Sie optimieren die Auslastung mit unserem Tourenplanungssystem

Wir bieten: unbefristete Anstellung, Mitarbeiterrabatt, 30 Tage Urlaub.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'Baustoffhändler: Handel mit Waren, kein Bauunternehmen; die Stelle ist Disposition',
  },
  {
    id: 'so-190',
    company: 'Pfalzmetall Umformtechnik GmbH',
    text: `Unsere Pressen formen jedes Jahr 25 Millionen Halter, Träger und Gehäuseteile für Sitze, Achsen und Batteriekästen. Abnehmer sind Automobilhersteller und ihre großen Zulieferer.

**Data Engineer (m/w/d) Produktion** – Sie bringen Maschinendaten aus 40 Pressen in unsere Cloud-Plattform und bauen Dashboards für die Qualitätssicherung.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'so-191',
    company: 'Verkehrsbetrieb der Stadt Lahnfeld',
    text: `Unsere Busse befördern täglich 60.000 Fahrgäste im Stadtgebiet. Als Eigenbetrieb der Stadt Lahnfeld planen wir Linien und Fahrpläne, betreiben die Busse selbst und verkaufen die Fahrkarten.

**Sachbearbeiter (m/w/d) Fahrgastdaten**

- Auswertung von Zähl- und Ticketdaten
- Berichte für Betriebsleitung und Stadtrat
- Mitarbeit an der Einführung automatischer Fahrgastzählung

Bezahlung nach TVöD, Jobticket.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'ein von der Stadt selbst betriebener Nahverkehr',
  },
  {
    id: 'so-192',
    company: 'Lagerbit Software GmbH',
    text: `Mit unserer Software steuern 1.400 Lager von Speditionen, Maschinenbauern, Großhändlern und Kliniken ihre Ein- und Auslagerung, Kommissionierung und Inventur.

**Senior Java-Entwickler (m/w/d)**

- Weiterentwicklung unseres Lagerverwaltungssystems
- Schnittstellen zu ERP-Systemen und Förderanlagen
- Remote in Deutschland oder im Büro in Dortmund`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'Lagerverwaltungssoftware für Kunden aus vielen Branchen: IT',
  },
  {
    id: 'so-193',
    company: 'Fasernetz Oberschwaben GmbH',
    text: `Wir haben bis heute 210.000 Haushalte und Betriebe im Allgäu und in Oberschwaben an unser Glasfasernetz angeschlossen und liefern Internet, Telefonie und Fernsehen – auch auf Bauernhöfe und in Bergdörfer.

**Netzplaner FTTH (m/w/d)**

- Planung von Trassen, Verteilern und Hausanschlüssen
- Abstimmung mit Gemeinden und Tiefbaufirmen
- Dokumentation im GIS`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'so-194',
    company: 'Alpenrast Hotelbetriebe GmbH',
    text: `In unseren 14 Ferienhotels in Tirol und im Salzburger Land übernachten jährlich 280.000 Gäste. Jedes Haus hat Restaurant, Wellnessbereich und Skiverleih.

**IT-Administrator (m/w/d)**

- Betreuung von Netzwerken, Kassensystemen und Hotelsoftware
- Ansprechpartner für unsere Rezeptionen
- Rufbereitschaft in der Hochsaison

Freie Kost und Logis in unseren Häusern möglich.`,
    sector: null,
    lang: 'de',
    why: 'Hotellerie ist nicht eingeordnet; die IT-Stelle ändert daran nichts',
  },
  // French
  {
    id: 'so-195',
    company: 'Mutuelle Prévoyance du Bocage',
    text: `Nous assurons les voitures, maisons et exploitations agricoles de 380 000 sociétaires en Normandie et en Bretagne, et nous indemnisons chaque année 70 000 sinistres : tempêtes, dégâts des eaux, accrochages sur les routes de campagne.

**Actuaire tarification IARD (H/F)** – Caen, télétravail partiel

- construire les modèles de prime auto et habitation
- suivre la sinistralité et les résiliations
- R, Python, SAS`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: "assureur auto et habitation; les exploitations agricoles sont des clients",
  },
  {
    id: 'so-196',
    company: 'Pharmacies du Val Fleuri',
    text: `<p><strong>Chef de projet informatique (H/F)</strong></p><p>Nos 75 officines délivrent 6 millions d'ordonnances par an, vaccinent contre la grippe et accompagnent les patients sous traitement chronique. Nous vendons aussi de la parapharmacie et des produits de beauté.</p><ul><li>piloter le déploiement du nouveau logiciel d'officine</li><li>mettre en place la téléconsultation dans 20 pharmacies</li><li>coordonner les prestataires</li></ul><p>Poste basé à Lyon.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'réseau de pharmacies; poste informatique',
  },
  {
    id: 'so-197',
    company: 'Maison Cordelle',
    text: `Nous expédions 400 000 colis par an depuis notre entrepôt d'Orléans : linge de lit, rideaux et vaisselle que nous dessinons à Paris et faisons fabriquer par des ateliers partenaires au Portugal et en Inde. Vente uniquement sur notre site et dans nos six boutiques.

**Responsable CRM (H/F)**

- concevoir les parcours e-mail et SMS
- segmenter nos 900 000 clients
- mesurer l'effet des campagnes sur les ventes`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
    why: 'conçoit et vend ses produits sans les fabriquer',
  },
  {
    id: 'so-198',
    company: 'Télécom Aubépine',
    text: `Nos conseillers répondent chaque année à 2 millions d'appels de clients abonnés à nos offres mobile et fibre. Centres de relation client à Lille, Amiens et Dakar.

**Analyste Qualité de Service (H/F)**

- suivre la satisfaction, les temps d'attente et la résolution au premier contact
- analyser les motifs d'appel
- proposer des améliorations aux équipes réseau et facturation`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'so-199',
    company: 'Communauté d’agglomération du Val de Sarre',
    text: `Nous collectons les déchets de 140 000 habitants, gérons l'eau et l'assainissement, les piscines et le réseau de bus de 28 communes.

**Chargé(e) de mission SIG (H/F)**

- administrer les données géographiques de la collectivité
- produire cartes et analyses pour les services
- accompagner les communes membres

Cadre d'emplois des ingénieurs territoriaux.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
    why: "intercommunalité: collectivité territoriale, même si elle gère l'eau",
  },
  {
    id: 'so-200',
    company: 'Caravelle Logiciels',
    text: `Des cabinets d'avocats, des agences immobilières et des écoles privées – 6 000 clients – gèrent leurs agendas, dossiers et facturation avec nos logiciels.

**Développeur·se Full Stack (Vue.js / PHP)** – Nantes ou télétravail

- nouvelles fonctionnalités de bout en bout
- revue de code et tests
- tickets restaurant et mutuelle prise en charge à 100 %`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'éditeur de logiciels pour des secteurs hors des sept',
  },
  {
    id: 'so-201',
    company: 'Vignobles Maréchal-Duvernay',
    text: `Sur nos 240 hectares de vignes en Bourgogne, nous cultivons chaque année 1 800 tonnes de raisin, que nous livrons à la cave coopérative du village et à trois maisons de négoce qui le vinifient et le mettent en bouteille.

**Chef de culture (H/F)**

- organiser les travaux de la vigne, de la taille aux vendanges
- encadrer une équipe de 25 personnes et les saisonniers
- piloter la conversion en agriculture biologique`,
    sector: null,
    lang: 'fr',
    why: 'cultive et vend du raisin sans le vinifier: agriculture',
  },
  // Spanish
  {
    id: 'so-202',
    company: 'Caja Rural del Alto Ebro',
    text: `Nuestros 210.000 socios y clientes de La Rioja y Navarra tienen en nosotros sus ahorros, sus hipotecas y los créditos para la campaña. Tenemos 64 oficinas, muchas en pueblos donde somos la única entidad.

**Analista de Riesgo de Crédito** – Logroño

- analizar operaciones de empresas y agricultores
- mantener los modelos de scoring
- preparar informes para el comité de riesgos`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'caja rural: entidad de crédito aunque sus clientes sean agricultores',
  },
  {
    id: 'so-203',
    company: 'Clínicas Dentales Sonrisa Norte',
    text: `En nuestras 60 clínicas atendemos cada año a 400.000 pacientes: revisiones, implantes, ortodoncia invisible.

Buscamos **Técnico/a de Sistemas** para dar soporte a las clínicas de Asturias y Cantabria:
- equipos, red y radiología digital
- software de gestión de citas
- vehículo de empresa`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'so-204',
    company: 'Ferreterías Almunia',
    text: `En nuestras 42 tiendas de Aragón y Cataluña, profesionales y aficionados al bricolaje encuentran 25.000 referencias: herramientas, pinturas, fontanería y jardín. También vendemos por nuestra web con recogida en tienda.

**Responsable de Compras Ferretería** – Zaragoza

- negociar con proveedores
- definir surtido y precios
- planificar promociones con las tiendas`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'so-205',
    company: 'Conservas Ría de Arosa',
    text: `Cada año enlatamos 30 millones de latas de atún, mejillones y sardinas en nuestra fábrica de Vilagarcía, que se venden en supermercados de toda Europa.

**Ingeniero/a de Procesos**

- mejora de líneas de esterilización y envasado
- reducción de mermas y consumo energético
- coordinación con calidad y mantenimiento

Contrato indefinido, comedor de empresa y autobús desde Pontevedra.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'fabrica alimentos en conserva; no es pesca ni comercio',
  },
  {
    id: 'so-206',
    company: 'Consorcio de Transportes de la Vega Alta',
    text: `Nuestros autobuses interurbanos realizan 18 millones de viajes al año. Fijamos las tarifas, planificamos las líneas y gestionamos la tarjeta de transporte en nombre de la comunidad autónoma y de 40 ayuntamientos.

**Técnico/a de Análisis de Datos de Movilidad**

- explotar datos de validaciones y GPS
- proponer mejoras de horarios
- proceso selectivo por concurso-oposición`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'so-207',
    company: 'Nubeplana Tecnología',
    text: `Nuestra plataforma de atención al cliente la usan 3.000 empresas: una aerolínea, varias tiendas online, una aseguradora y un hospital privado. Gestionan con ella correos, chats y llamadas.

**Ingeniero/a de Software Backend (Node.js)** – 100 % remoto en España

- microservicios en Node.js y TypeScript
- integraciones con WhatsApp y telefonía
- seguro médico privado y presupuesto de formación`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'software de atención al cliente para muchos sectores: IT',
  },
  {
    id: 'so-208',
    company: 'Academia de Idiomas Lumbre',
    text: `Cada curso enseñamos inglés, alemán y chino a 9.000 alumnos en 20 centros de Madrid y Castilla-La Mancha y en nuestras clases en línea.

**Coordinador/a de Plataforma Digital**

- gestionar nuestro campus virtual
- formar a los profesores
- analizar datos de asistencia y progreso`,
    sector: null,
    lang: 'es',
    why: 'educación: no clasificada',
  },
  // Italian
  {
    id: 'so-209',
    company: 'Banca di Credito Cooperativo delle Langhe Orientali',
    text: `I nostri 48.000 soci e clienti tra Alba e Canelli tengono da noi i loro risparmi, accendono mutui e finanziano vendemmie e macchinari agricoli. Abbiamo 22 filiali.

**Analista Crediti Imprese**

- valutazione delle pratiche di affidamento
- analisi di bilancio delle aziende vitivinicole e artigiane
- monitoraggio del portafoglio`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'so-210',
    company: 'Residenze Sanitarie Colle Verde',
    text: `Nelle nostre 18 residenze in Lombardia e Veneto assistiamo ogni giorno 1.700 anziani, con infermieri, fisioterapisti e medici presenti h24.

**Sistemista IT**

- gestione rete e postazioni nelle residenze
- supporto alla cartella clinica elettronica
- trasferte nelle sedi`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'case di cura; ruolo IT',
  },
  {
    id: 'so-211',
    company: 'Bottega Ferraguti Online',
    text: `Spediamo 600.000 ordini l'anno dal nostro magazzino di Piacenza: pasta, olio, vino e formaggi di 400 piccoli produttori italiani, a clienti in tutta Europa.

**Category Manager Vini**

- selezione delle cantine e del catalogo
- prezzi e promozioni
- collaborazione con il marketing per le newsletter`,
    sector: 'E-commerce & Retail',
    lang: 'it',
    why: 'vende online prodotti di altri: commercio, non produzione',
  },
  {
    id: 'so-212',
    company: 'Oleodinamica Bassa Reggiana S.p.A.',
    text: `I nostri cilindri e le nostre pompe idrauliche muovono trattori, gru e macchine movimento terra in 50 paesi. Ne produciamo 350.000 l'anno nello stabilimento di Guastalla.

**Ingegnere di Processo**

- ottimizzazione delle linee di lavorazione meccanica e assemblaggio
- introduzione di nuovi prodotti
- lean manufacturing`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'so-213',
    company: 'Crinale Telecomunicazioni',
    text: `Portiamo la fibra e il wireless a 160.000 famiglie e aziende nelle valli dell'Appennino dove gli altri non arrivano.

**Tecnico di Rete NOC**

- monitoraggio della rete e risoluzione guasti
- configurazione di apparati radio e ottici
- reperibilità a rotazione, auto aziendale`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'so-214',
    company: 'Agriturismi Valle del Serchio',
    text: `Le nostre cinque tenute ospitano ogni anno 20.000 ospiti in camere e appartamenti e coltivano olivi, castagni e vigneti.

**Responsabile Prenotazioni e Marketing Digitale**

- gestione dei portali di prenotazione
- campagne social e newsletter
- prezzi per stagione`,
    sector: null,
    lang: 'it',
    why: 'ospitalità e agricoltura: non classificate',
  },
  // Portuguese
  {
    id: 'so-215',
    company: 'Caixa Mútua do Minho',
    text: `Os nossos 120.000 associados no Minho e em Trás-os-Montes guardam connosco as suas poupanças e pedem crédito para casa e para as suas empresas.

**Analista de Sistemas Core Bancário** – Braga, regime híbrido

- evolução do sistema de contas e empréstimos
- integração com os canais digitais
- seguro de saúde e plano de pensões`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },
  {
    id: 'so-216',
    company: 'Hospitais Ribeira Grande',
    text: `Os nossos quatro hospitais e 15 clínicas atendem 700.000 consultas por ano na região de Lisboa e Setúbal.

**Engenheiro de Dados (m/f)**

- construir o novo data lake clínico com Azure e Databricks
- integrar dados de urgência, bloco operatório e faturação
- trabalhar com médicos e gestores`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'rede de hospitais; a função é de dados',
  },
  {
    id: 'so-217',
    company: 'Supermercados Pinhal',
    text: `As nossas 95 lojas recebem 1,5 milhões de clientes por semana e a entrega ao domicílio cresce todos os meses.

**Especialista em Cibersegurança** – Leiria

- proteger caixas, loja online e centros logísticos
- gerir testes de intrusão e incidentes
- formar as equipas das lojas em boas práticas
- acompanhar a conformidade com o RGPD

Seguro de saúde e desconto nas compras.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
    why: 'cadeia de supermercados; seguro de saúde é um benefício',
  },
  {
    id: 'so-218',
    company: 'Câmara Municipal de Vale do Corgo',
    text: `Recolhemos o lixo, mantemos as estradas e os jardins, gerimos as escolas básicas e licenciamos obras para 45.000 munícipes.

**Técnico Superior de Informática** – procedimento concursal

- gestão de servidores e rede municipal
- apoio aos serviços e às juntas de freguesia
- segurança da informação`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
  },
  {
    id: 'so-219',
    company: 'Nuvemtrilha Software',
    text: `Todos os dias, 9.000 empresas – uma cadeia de hotéis, fábricas de calçado, um hospital privado, escritórios de advogados – registam as férias, os turnos e as avaliações dos seus 600.000 colaboradores na nossa plataforma.

**Programador Backend (Go)** – remoto em Portugal

- Evoluir o motor de turnos e escalas
- Integrar com sistemas de processamento salarial dos clientes
- Seguro de saúde, subsídio de formação e horário flexível`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'software de recursos humanos usado por empresas de vários setores: IT',
  },
  {
    id: 'so-220',
    company: 'Transportes Serra da Estrela',
    text: `Os nossos 450 camiões levam mercadorias de fábricas portuguesas para Espanha, França e Alemanha, e trazem de volta matérias-primas.

**Planeador de Transportes** – Guarda

- planear cargas e rotas
- acompanhar motoristas
- responder a clientes`,
    sector: null,
    lang: 'pt',
    why: 'transporte rodoviário de mercadorias: logística',
  },
];
