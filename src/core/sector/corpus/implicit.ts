// Employer introductions in which the employer never names its industry with a generic word: the sector has to
// be read from what it does day to day (who walks in, what leaves the loading dock, what customers pay for).
// Labels follow docs/sector-labels.md; `why` marks the hard cases.
import type { SectorExample } from './example.ts';

export const IMPLICIT: SectorExample[] = [
  // Finance & FinTech
  {
    id: 'im-001',
    company: 'Cedarline',
    text: `Cedarline has been owned by the people it serves since 1951. Today 212,000 members across northeast Ohio keep their paychecks with us, borrow for a first car or a starter home, and elect our board every spring. Whatever we earn goes back to them as lower loan rates and higher dividends on savings, not to outside shareholders.

We're hiring a Data Analyst for our member insights team in Akron. You'll work with loan, deposit and card data to understand why members join, what makes them stay, and where our branches and mobile app let them down. Expect SQL, Power BI and a lot of conversations with lending managers.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'members save and borrow with it: a credit union',
  },
  {
    id: 'im-002',
    company: 'Orrin Ltd',
    text: `# About Orrin

Around 4,000 times a second, somebody taps a card on a terminal somewhere in Europe and the request passes through our authorisation switch on its way to the cardholder's issuer. We acquire for 65,000 merchants (cafés, bike shops, petrol stations, online stores) and settle their takings into their accounts the next morning.

# The role

As a Senior Data Engineer you'll own the pipelines behind our settlement, interchange and chargeback reporting. You'll work in Python and Spark on AWS, alongside our risk and finance teams in Dublin and Lisbon.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'card acquiring and settlement: payments, though its customers are shops',
  },
  {
    id: 'im-003',
    company: 'Hartwell & Dunne',
    text: `When a pipe bursts at two in the morning or a van reverses into someone's porch, we're the people they ring. Hartwell & Dunne covers 1.1 million homes and cars across the UK, and our claims handlers settle most escape-of-water claims within ten working days.

We're looking for a Pricing Analyst to join the home team in Norwich. You'll build GLMs and gradient-boosted models that set what a customer pays at renewal, and test how those prices hold up against the market.

What you get: 33 days' holiday including bank holidays, a 10% pension contribution and hybrid working.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "home and motor cover; 'bank holidays' is a benefit",
  },
  {
    id: 'im-004',
    company: 'Haverleigh Partners LLP',
    text: `<p><strong>Who we are</strong></p><p>Haverleigh Partners invests &pound;38bn on behalf of pension schemes, endowments, charities and families. Our fund managers run concentrated portfolios of listed equities and investment-grade credit, and we usually hold a position for five years or more.</p><p><strong>The opportunity</strong></p><p>We&rsquo;re looking for a Quantitative Developer to build the risk, attribution and liquidity tools our portfolio managers open every morning. You&rsquo;ll work in Python and kdb+ in a team of six, based in our London office four days a week.</p><p><strong>What you&rsquo;ll do</strong></p><ul><li>Rebuild our factor-exposure and ex-ante risk reports on a single, tested code base</li><li>Work with the investment risk team to model liquidity under stressed redemptions</li><li>Automate the monthly attribution pack that goes to clients and trustees</li></ul><p><strong>About you:</strong> strong Python, solid statistics, and curiosity about how portfolios behave. Prior experience with portfolio data helps but is not essential.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'im-005',
    company: 'Pryor Whitcombe LLP',
    text: `Pryor Whitcombe signs off the year-end accounts of more than 600 owner-managed businesses across the Midlands: family engineering firms, dental practices, farms and small chains of nurseries. Our tax team files around 4,000 self-assessment returns every January, and our advisory partners help clients buy, sell and hand on their businesses.

We are hiring an Audit Data Analyst to bring data analytics into every audit we run, using IDEA, Alteryx and Power BI to test full populations of journals instead of samples.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "audit and tax work: accountancy; the clients' trades don't count",
  },
  {
    id: 'im-006',
    company: 'Paisaloop Technologies Pvt. Ltd.',
    text: `## Why Paisaloop

Two crore people get their salary credited to a Paisaloop account. They pay rent over UPI, split dinners with friends, and park spare money in savings jars that earn interest from day one. Since last year, members with a steady income can also draw a small credit line inside the app, approved in under two minutes.

## What you'll do

Join the credit team in Bengaluru as a Machine Learning Engineer. You'll build the models that set those credit limits, watch how they behave in production, and explain them to our compliance team and to the RBI.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "money app holding accounts and lending: Finance despite 'Technologies' in the name",
  },
  {
    id: 'im-007',
    company: 'Veritrace Pte. Ltd.',
    text: `Lenders across Southeast Asia send us every loan application and card transaction they receive. Within 80 milliseconds our models return a risk score and the three reasons behind it, and the lender decides whether to approve, decline or ask for another document. Forty-two lenders in six countries rely on it, from app-based consumer lenders in Jakarta to long-established card issuers in Manila.

Veritrace is hiring a Senior ML Engineer in Singapore to work on device and behaviour signals for account-takeover detection.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'fraud and credit scoring made for lenders is Finance per the rule',
  },
  {
    id: 'im-008',
    company: 'Lattimer Ridge LLC',
    text: `<p>Lattimer Ridge trades its own capital. Every session we quote two-sided prices on more than 9,000 listed options and futures from Chicago and Amsterdam, and our systems place and cancel millions of quotes before the closing bell.</p><p>We&rsquo;re hiring a <strong>C++ Engineer</strong> for the pricing team:</p><ul><li>Write and profile low-latency code that reprices our book on every market tick</li><li>Work side by side with traders and researchers</li><li>Ship to production weekly</li></ul><p><strong>You might be a fit if you:</strong></p><ul><li>Have 3+ years of modern C++ (17/20) in performance-sensitive systems</li><li>Understand caches, memory layout and lock-free data structures</li><li>Enjoy measuring things in nanoseconds and arguing with profilers</li></ul><p>No trading background required; we teach the markets. Base salary $200k&ndash;$275k plus discretionary bonus, catered lunch and a fully paid health plan.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'im-009',
    company: 'Paydeck Pty Ltd',
    text: `Every fortnight, 14,000 small employers across Australia run their pay through Paydeck. We work out PAYG withholding, super contributions and leave balances, report each pay run to the ATO through Single Touch Payroll, and get staff paid on time, whether they work at a café in Fremantle, a building site in Geelong or a physio clinic in Cairns.

We're after a Data Engineer to help us move our reporting from nightly batch jobs to event streams. You'll work with Kafka, dbt and Snowflake.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payroll software is listed under Finance; cafés and clinics are its customers',
  },
  {
    id: 'im-010',
    company: 'Fenwick Oriel & Co.',
    text: `Cargo ships, bonded warehouses, wind farms under construction: if it is large, expensive and hard to replace, there is a good chance Fenwick Oriel placed the cover for it. Our brokers negotiate terms with underwriters in the London market on behalf of 2,300 corporate clients, and fight their corner when a claim comes in.

We're looking for a Data Analyst to join our placement analytics team, building the models that tell brokers which markets are likely to quote and at what price.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'insurance broker; ships and warehouses are what it insures',
  },
  {
    id: 'im-011',
    company: 'Northvale Search Partners',
    text: `Northvale is partnering with a long-standing client on a Senior Investment Data Engineer hire in Toronto.

Our client looks after the retirement savings of 410,000 teachers, nurses and municipal workers in Ontario, investing around C$120 billion across public equities, infrastructure and private credit. Its in-house team is rebuilding the data platform that values those holdings every day.

You will have 6+ years of data engineering experience, strong Python and SQL, and ideally some exposure to portfolio or risk data.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "recruiter describes the client: a pension fund; teachers and nurses are its members",
  },
  {
    id: 'im-012',
    company: 'Volksmark Münsterland eG',
    text: `<p><strong>Über uns</strong></p><p>Rund 240.000 Menschen im Münsterland führen bei uns ihr Girokonto, finanzieren ihr Eigenheim oder legen Monat für Monat Geld für die Ausbildung ihrer Kinder zurück. Unsere 31 Geschäftsstellen und unser Beratungsteam am Telefon kennen die Region &ndash; und als Genossenschaft gehören wir unseren Mitgliedern.</p><p>Zur Verstärkung unserer Abteilung Datenmanagement suchen wir zum nächstmöglichen Zeitpunkt eine:n <strong>Data Analyst (m/w/d)</strong> in Münster.</p><p><strong>Ihre Aufgaben</strong></p><ul><li>Sie bereiten Kunden-, Konto- und Kreditdaten für Vertrieb und Risikocontrolling auf</li><li>Sie entwickeln Dashboards in Power BI und automatisieren wiederkehrende Auswertungen</li><li>Sie arbeiten eng mit unseren Beraterinnen und Beratern in den Geschäftsstellen zusammen</li></ul><p><strong>Wir bieten</strong> eine Vergütung nach Tarif, 31 Urlaubstage, mobiles Arbeiten und ein Jobrad.</p>`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'im-013',
    company: 'Groupe Orvane',
    text: `Qui sommes-nous ?
Dégât des eaux, accrochage sur un parking, cambriolage pendant les vacances : quand un sinistre arrive, nos 300 gestionnaires prennent le relais. Orvane protège les logements, les voitures et les petites entreprises de 1,4 million de sociétaires dans l'Ouest de la France et indemnise près de 180 000 dossiers par an.

Nous recrutons un(e) Data Scientist pour notre direction Tarification à Nantes.

Ce que nous offrons : télétravail trois jours par semaine, mutuelle d'entreprise prise en charge à 60 %, intéressement.

Vos missions :
- construire et faire évoluer les modèles de prime pure en auto et en habitation ;
- mesurer l'élasticité au prix lors des renouvellements ;
- présenter vos résultats aux comités de direction.

Profil : école d'ingénieur, d'actuariat ou master en statistique, trois ans d'expérience minimum, maîtrise de Python ou R.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: "home and motor cover; the 'mutuelle' is a staff benefit",
  },
  {
    id: 'im-014',
    company: 'Puentia S.A. de C.V.',
    text: `## Quiénes somos

Cada mes, más de 800.000 personas que trabajan en Estados Unidos y España envían dinero a sus familias en México, Colombia y Guatemala con la app de Puentia. El dinero llega en minutos a una cuenta, a una tarjeta o para retirarlo en efectivo en 40.000 tiendas de barrio y farmacias.

## El puesto

Buscamos un/a Ingeniero/a de Datos en Ciudad de México para construir los modelos que detectan envíos sospechosos y cumplir con las reglas contra el lavado de dinero.`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'money transfers; shops and pharmacies are only cash-out points',
  },
  {
    id: 'im-015',
    company: 'Valdora S.p.A.',
    text: `Chi siamo
Finanziamo i macchinari di oltre 5.000 piccole e medie imprese tra Lombardia, Veneto ed Emilia-Romagna: torni a controllo numerico, presse, carrelli elevatori, linee di confezionamento. Il cliente sceglie la macchina, noi la acquistiamo e gliela concediamo in leasing, con rate su misura e una risposta sulla pratica in 48 ore.

Cerchiamo un/una Credit Risk Analyst da inserire nella sede di Verona, per sviluppare i modelli di rating delle imprese clienti.`,
    sector: 'Finance & FinTech',
    lang: 'it',
    why: 'finances machinery; factories are its borrowers',
  },
  {
    id: 'im-016',
    company: 'Boekvink B.V.',
    text: `Over ons
Ruim 90.000 zzp'ers en kleine ondernemers in Nederland en België versturen hun facturen, koppelen hun zakelijke rekening en doen hun btw-aangifte met Boekvink. Bonnetje fotograferen, bedrag controleren, klaar: wij boeken het voor je.

Voor ons team in Utrecht zoeken we een Machine Learning Engineer die onze automatische herkenning van bonnen en betalingen nog slimmer maakt.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'bookkeeping software is Finance per the rule',
  },
  {
    id: 'im-017',
    company: 'Confere Dados S.A.',
    text: `&lt;p&gt;&lt;strong&gt;Sobre nós&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Todos os dias, financeiras, redes de varejo e operadoras de celular consultam nossos dados mais de 3 milhões de vezes antes de aprovar um empréstimo, um crediário ou um plano pós-pago. Calculamos o score de crédito de 150 milhões de brasileiros e ajudamos quem concede crédito a dizer sim com segurança.&lt;/p&gt;&lt;p&gt;Buscamos uma pessoa Cientista de Dados Sênior para o time de modelagem em São Paulo.&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'pt',
    why: 'credit scoring is Finance; shops and phone operators are among its clients',
  },
  // Healthcare & Pharmaceuticals
  {
    id: 'im-018',
    company: 'Willowmere Ltd',
    text: `Our nurses and carers visit around 3,000 people in their own homes every week across Kent and East Sussex. They change dressings after surgery, manage insulin and catheters, and help someone wash and dress in the morning so they can keep living where they want to.

We're recruiting a Rostering and Planning Analyst to help us match 900 visiting staff to those visits, cut travel time between calls and spot where demand will outgrow our teams. You'll use Excel, SQL and our scheduling system, and you'll spend time with the coordinators who plan each day.

What you'll do:
- Build weekly demand and capacity reports for each of our eight branches
- Model travel times and suggest better run patterns for rural areas
- Work with HR to understand where turnover leaves gaps in the rota

What we offer: a salary of £34,000–£38,000, mileage paid at 45p, hybrid working from our Maidstone office, and 28 days' leave plus your birthday off.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'im-019',
    company: 'Holloway & Pike',
    text: `# Who we are

Our pharmacists dispense around 60,000 prescriptions a day from 410 branches in England and Wales. They give flu jabs, check blood pressure, fit people with stop-smoking plans and treat sore throats and earaches without a GP appointment. Customers pick up sun cream and shampoo on the way out too, but the dispensary is the heart of every branch.

# The role

As a Data Scientist in our Nottingham support office you'll forecast medicine demand branch by branch so the shelves behind the counter are never empty.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'dispensing chain: pharmacies are Healthcare even with a shop floor',
  },
  {
    id: 'im-020',
    company: 'Shannonbrook Vascular Ltd',
    text: `Shannonbrook Vascular designs and builds coronary stents and balloon catheters in Galway. Around 200,000 patients a year have one of our devices placed in an artery, and cardiologists in 38 countries choose them for difficult, calcified lesions. Our cleanrooms run three shifts, and every stent is laser-cut, polished, crimped and inspected on lines we designed ourselves.

We're hiring a Process Data Engineer to connect the data from those lines to our quality system and help our engineers find the causes of yield loss faster.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'makes medical devices: Healthcare, not Manufacturing',
  },
  {
    id: 'im-021',
    company: 'Arclight Research Inc.',
    text: `<p>Drug developers hand us their phase II and III studies and we run them from first site to final database: we select and train more than 300 investigator sites, recruit and follow patients, monitor the data and deliver the submission package for the FDA and EMA.</p><p><strong>Position: Senior Statistical Programmer</strong> (Durham, NC or remote, US)</p><p>You will write SAS and R programs for SDTM and ADaM datasets and the tables, listings and figures for oncology and rare-disease trials.</p><p><strong>What you bring</strong></p><ul><li>5+ years of SAS programming in clinical trials, with working knowledge of CDISC standards</li><li>Experience as lead programmer on at least one study through database lock</li><li>R or Python is a plus; we are moving our validation tooling to R</li></ul><p>We offer a 401(k) with 5% match, medical and dental from day one, and a four-day work week during the summer months.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'im-022',
    company: 'Charthouse',
    text: `Nurses at 140 community hospitals and 900 outpatient clinics chart vital signs, order labs and hand over their shifts in Charthouse. Physicians sign notes in it, pharmacists verify orders in it, and at 3am it is the screen a night nurse trusts to show which patient is due their next dose.

We are looking for a Senior Backend Engineer (Go, PostgreSQL) to work on our medication administration record. Experience with HL7 or FHIR is a plus. Remote within the US.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'patient records system made for care providers is Healthcare',
  },
  {
    id: 'im-023',
    company: 'Saguaro Plan Inc.',
    text: `We're looking for an Analytics Engineer to join our claims data team in Phoenix.

## About us

More than 700,000 members in Arizona and New Mexico carry our card. When they need a knee MRI, a referral to a specialist or a new prescription, we decide whether it is covered and pay the doctor, the lab or the pharmacy. Our care managers also call members after a hospital stay to make sure they have their medicines and a follow-up visit booked.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'health insurer: Healthcare, not Finance',
  },
  {
    id: 'im-024',
    company: 'Sahyadri Biologics Pvt. Ltd.',
    text: `Every flu season, close to 30 million doses of our vaccines leave the fill-finish line in Pune for more than 70 countries. Sahyadri Biologics also produces rabies and typhoid conjugate vaccines, supplied through UNICEF and national immunisation programmes.

We are hiring a Data Scientist for Manufacturing Science and Technology. You will model batch records and environmental monitoring data to predict deviations before they happen, working with QA, QC and production teams.

Responsibilities:
- Build multivariate models on batch, utility and environmental monitoring data
- Develop dashboards for continued process verification
- Support investigations with data and statistics, and document models to GMP expectations

Requirements: M.Sc./M.Tech. in statistics, chemical engineering or biotechnology; 3–6 years in a regulated manufacturing environment; Python or JMP; familiarity with 21 CFR Part 11.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'im-025',
    company: 'Lumen Pathcare Pvt. Ltd.',
    text: `Each morning our phlebotomists draw blood at 600 walk-in centres and in 40,000 homes across Maharashtra and Karnataka. By evening, the samples have run through the analysers at our processing centre in Pune and the reports are on patients' phones and their doctors' desks.

Role: Data Engineer (Pune). You'll build the pipelines that track every sample from collection to report, and the dashboards our operations team uses to keep turnaround under 12 hours.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'im-026',
    company: 'Heatherlea Living',
    text: `<p><strong>About Heatherlea</strong></p><p>1,900 older people call one of our 38 homes across Yorkshire and the North East home. Many live with dementia, and our nurses and care teams look after them around the clock, from medication rounds to a walk in the garden.</p><p>We&rsquo;re looking for a <strong>Business Intelligence Analyst</strong> to help our home managers see occupancy, staffing and clinical indicators in one place.</p><p>Benefits include a Blue Light Card, free meals on shift and paid DBS checks.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'im-027',
    company: 'Opaline AI Ltd',
    text: `Radiologists in 11 countries open a chest CT and see our overlay before they start reading: nodules measured, emphysema scored, incidental findings flagged. Last year our models looked at 2.6 million scans and helped catch early lung cancers that would otherwise have waited for the next appointment.

Opaline is hiring a Machine Learning Engineer in Oxford to train and validate detection models on multi-site imaging data, and to prepare the evidence for our next regulatory submission.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'imaging AI made for radiology is Healthcare, not IT',
  },
  {
    id: 'im-028',
    company: 'Corella Dental Group Pty Ltd',
    text: `Patients book check-ups, fillings, implants and clear aligners at our 62 surgeries across Victoria and Tasmania, and our dentists, hygienists and oral health therapists see about 9,000 of them every week.

We're looking for a Reporting Analyst to join our support office in Melbourne. You'll turn appointment, recall and treatment-plan data into reports that help each surgery fill its chairs and follow up on unfinished treatment.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'im-029',
    company: 'Rotawise',
    text: `## About Rotawise

Ward managers fill 9,000 nursing shifts a week through Rotawise. When someone calls in sick at 6am, our app offers the shift to qualified staff from the trust's own bank before it goes to an agency, and checks their registration and training are in date.

## The job

We're hiring a Full-Stack Engineer (TypeScript, React, Node) to build the tools NHS trusts use to plan safe staffing levels.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: "staffing system made for hospitals is Healthcare; the trust's 'bank' is its own staff pool",
  },
  {
    id: 'im-030',
    company: 'Taunusmed GmbH',
    text: `Über uns
Unsere Tabletten gegen Bluthochdruck und Herzinsuffizienz werden in über 40 Ländern verschrieben. In Bad Homburg forschen wir an neuen Wirkstoffen, in unserem Werk in Marburg stellen wir jährlich rund zwei Milliarden Tabletten her, und unsere Teams begleiten klinische Studien in ganz Europa.

Für unsere Abteilung Pharmakovigilanz suchen wir eine:n Data Scientist (m/w/d), der/die Meldungen über Nebenwirkungen automatisiert auswertet.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'makes medicines: Healthcare even though it runs a plant',
  },
  {
    id: 'im-031',
    company: 'Groupe Belvédère Santé',
    text: `<p><strong>Qui sommes-nous ?</strong></p><p>Chaque année, nos chirurgiens réalisent plus de 14&nbsp;000 interventions, dont les deux tiers en ambulatoire, dans nos quatre établissements de la métropole lyonnaise. Orthopédie, chirurgie de la main, ophtalmologie : nos patients entrent le matin et rentrent chez eux le soir.</p><p>Nous recherchons un(e) <strong>Data Analyst</strong> pour piloter l&rsquo;occupation des blocs opératoires et la durée des séjours.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
  },
  {
    id: 'im-032',
    company: 'Movilia',
    text: `Cada semana atendemos a más de 5.000 pacientes en nuestros 22 centros de Madrid, Valencia y Zaragoza: personas que vuelven a caminar después de un ictus, deportistas que se recuperan de una rotura de ligamentos, niños con parálisis cerebral. Nuestros fisioterapeutas, logopedas y terapeutas ocupacionales trabajan juntos en cada caso.

Buscamos un/a Analista de Datos para medir la evolución de los pacientes y ayudar a los equipos clínicos a decidir qué tratamientos funcionan mejor.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'im-033',
    company: 'Udito Più S.r.l.',
    text: `## Chi siamo

Ogni giorno i nostri 400 audioprotesisti misurano l'udito di migliaia di persone, scelgono con loro l'apparecchio acustico giusto e lo regolano visita dopo visita, nei nostri 230 centri e presso i negozi di ottica convenzionati in tutta Italia.

## Il ruolo

Cerchiamo un/una Data Analyst a Bologna per analizzare i dati dei controlli audiometrici e migliorare il percorso dei pazienti dalla prima prova all'applicazione.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'hearing tests and fitting by audiologists: Healthcare, not a chain of shops',
  },
  {
    id: 'im-034',
    company: 'Stroomwijzer',
    text: `Over ons
Bij ons krijgen jaarlijks ruim 12.000 mensen met een depressie, angststoornis of verslaving behandeling, van een paar gesprekken bij een psycholoog tot een opname op een van onze afdelingen in Deventer. Onze psychiaters, verpleegkundigen en ervaringsdeskundigen werken in 14 teams in Overijssel en Gelderland.

Wij zoeken een Data Engineer die onze wachtlijsten, behandeltrajecten en uitkomstmetingen in één datawarehouse samenbrengt.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'im-035',
    company: 'Biocerne Ltda.',
    text: `Sobre nós
Desenvolvemos e produzimos em Belo Horizonte os testes rápidos de dengue, zika, chikungunya e covid que chegam a mais de 5.000 laboratórios, postos de saúde e unidades de pronto atendimento em todo o Brasil. Em 15 minutos, com uma gota de sangue, o médico sabe o que o paciente tem.

Estamos contratando uma pessoa Analista de Dados para acompanhar a qualidade dos lotes e a demanda por região durante as epidemias.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'makes diagnostic tests: Healthcare',
  },
  // E-commerce & Retail
  {
    id: 'im-036',
    company: "Fairbairn's",
    text: `Every week about 1.4 million shoppers fill their trolleys at one of our 212 stores in Scotland and the north of England, and another 90,000 order their weekly shop online for home delivery or click-and-collect. Fairbairn's started as a single shop on the Perth Road in Dundee in 1898 and is still family-owned.

We're hiring a Pricing Data Scientist to work on promotions: which offers bring customers back, which only move sales from one week to the next, and what happens to the rest of the basket. Python, SQL, and a healthy interest in what's in people's fridges.

You'll be part of a team of twelve data scientists and engineers in our Edinburgh head office, working closely with buyers and category managers. We're on Azure and Databricks, and we ship models that make real decisions every week, from the price of a pint of milk to which lines go on end-of-aisle displays.

What's in it for you: a salary of £55,000–£65,000, a 10% discount on your shopping, a bonus scheme and a final-salary-style pension that's rarer than it should be.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'im-037',
    company: 'Loftly',
    text: `## About Loftly

Customers order sofas, beds, rugs and lamps on our site and app, and our own two-person crews deliver them to the room of their choice, unpack everything and take the cardboard away. We stock 6,000 products from 140 makers in our warehouse in Daventry and run 80 vans out of four cross-docks.

## The role

As an Analytics Engineer you'll model orders, returns and delivery slots in dbt so that trading, buying and operations all work from the same numbers.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "sells furniture online; its own vans and warehouse don't make it logistics",
  },
  {
    id: 'im-038',
    company: 'Maplecrest Motor Group',
    text: `Drivers across southern Ontario buy, trade in, lease and service their cars at our 19 showrooms, representing eleven brands from Hamilton to Kingston. Last year we sold 24,000 new and pre-owned vehicles and our service bays handled more than 180,000 appointments.

We're looking for a Data Analyst to join our head office in Mississauga. You'll build reporting on inventory age, trade-in values and service retention, and help our general managers decide which cars to stock on each lot.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'car dealerships are Retail, not Automotive',
  },
  {
    id: 'im-039',
    company: 'Zipcart Pte. Ltd.',
    text: `Ran out of eggs at 9pm? Tap, and one of our riders is at your door in 20 minutes. Zipcart runs 38 dark stores across Singapore, each stocked with 4,000 items from fresh durians to nappies, and we deliver around 60,000 orders a day.

We're hiring a Senior Data Scientist for demand forecasting. You'll predict what every store will sell every hour so that pickers have it on the shelf and nothing goes to waste. Python, LightGBM, Airflow.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'im-040',
    company: 'Tillbright Inc.',
    text: `<p>Forty thousand independent shops &ndash; bike shops, bookshops, plant shops, record shops &ndash; run their online storefront, their stock and their tills on Tillbright. When a customer buys the last copy of a novel in the Portland store, it disappears from the website before the receipt has printed.</p><p><strong>We&rsquo;re hiring:</strong> Senior Software Engineer, Inventory (Ruby, Postgres, Kafka). Remote in the US or Canada.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a platform made for shops is Retail per the rule',
  },
  {
    id: 'im-041',
    company: 'Pendry & Lyle',
    text: `Corner shops, newsagents and petrol forecourts across the Midlands stock their shelves from us. We buy from 1,200 brands and growers, run 14 cash-and-carry depots and deliver to more than 8,000 independent stores six days a week, from crisps and soft drinks to household cleaning and chilled food.

Pendry & Lyle is looking for a Supply Chain Analyst to improve our forecasting and range planning across depots.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a wholesaler of goods is Retail per the table',
  },
  {
    id: 'im-042',
    company: 'Packwise Fulfilment Ltd',
    text: `# What we do

Online brands send us their stock; we take it from there. When a shopper clicks buy on one of the 900 web shops we serve, our pickers in Northampton and Leeds have the parcel packed, labelled and on a courier's van the same day, and we handle the returns when that dress doesn't fit.

# The role

We're hiring a Data Engineer to connect our warehouse system to Shopify, WooCommerce and Amazon order feeds and build the reporting our clients see.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'fulfilment for online shops is Retail, not logistics',
  },
  {
    id: 'im-043',
    company: 'Wren & Ashby',
    text: `We design every coat, dress and knit in our studio in Collingwood and sell them only in our own 14 stores and on our website. Production is done by partner workshops in Victoria and Portugal that we have worked with for years.

We're looking for a Merchandise Planning Analyst to help decide how many of each style to buy, which sizes go to which store, and when to mark down.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'designs clothes but only sells them, in its own shops: Retail',
  },
  {
    id: 'im-044',
    company: 'Bellhaven',
    text: `<p>Tradespeople and weekend DIYers come to our 90 branches for timber, paint, tiles and power tools, and a growing number order online and collect within an hour.</p><p><strong>Role:</strong> Customer Insight Analyst, Reading head office</p><p><strong>What we offer:</strong></p><ul><li>Private health insurance</li><li>20% colleague discount in store and online</li><li>Cycle-to-work scheme</li><li>Bonus of up to 10%</li></ul>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'sells DIY goods in its branches; health insurance is a benefit',
  },
  {
    id: 'im-045',
    company: 'Thriftle',
    text: `Four million people in India buy and sell pre-loved clothes, sneakers and handbags on Thriftle. A seller snaps three photos, we pick the parcel up from their door, check it's genuine in our Gurugram hub and ship it to the buyer within four days.

We're hiring an SDE-2 for the search and recommendations team. You'll work on ranking listings so that a kurta posted five minutes ago in Jaipur reaches the buyer looking for one in Kochi.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'im-046',
    company: 'Aislesense Inc.',
    text: `Ceiling cameras in 3,000 stores count how many shoppers walk each aisle, how long they stand in front of the cereal and how long the checkout line gets at 5:30pm. Store managers get a staffing suggestion on their phone before the queue forms, and category teams see which displays actually sell.

Aislesense is hiring a Computer Vision Engineer in Chicago to improve our people-tracking models on edge devices.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'shop-floor analytics made for stores is Retail',
  },
  {
    id: 'im-047',
    company: 'Schrittmacher Schuh GmbH',
    text: `# Über uns

Seit 1962 bringen wir Menschen in Bewegung: In unseren 180 Filialen zwischen Flensburg und Passau und in unserem Onlineshop finden Kundinnen und Kunden Sneaker, Wanderschuhe, Kinderschuhe und Pumps von über 200 Marken. Unsere Verkäuferinnen und Verkäufer messen Kinderfüße noch von Hand.

# Deine Aufgaben

Als Data Analyst (m/w/d) in unserer Zentrale in Kassel planst du Sortimente und Bestände je Filiale und wertest Abverkäufe und Retouren aus.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'im-048',
    company: 'Recyclo',
    text: `Qui sommes-nous ?
Chaque jour, près de 9 000 smartphones, tablettes et ordinateurs portables reconditionnés trouvent preneur sur notre site. Nous sélectionnons les vendeurs professionnels, contrôlons la qualité de ce qu'ils expédient et gérons le service client et les retours pour plus de 2 millions d'acheteurs en France, en Belgique et en Espagne.

Nous recherchons un(e) Data Scientist pour améliorer la détection des annonces à risque et la notation des vendeurs.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
    why: 'a marketplace where consumers buy goods; computers are only what it sells',
  },
  {
    id: 'im-049',
    company: 'Grupo Orbalia',
    text: `<p><strong>Quiénes somos</strong></p><p>Cada mañana, a las nueve, abrimos las puertas de 260 tiendas de barrio en Galicia, Asturias y Castilla y León. Fruta de la zona, pescado de lonja, pan recién horneado y todo lo necesario para la compra de la semana, a cinco minutos de casa.</p><p>Buscamos un/a <strong>Analista de Datos</strong> para el departamento de Compras en A Coruña, para optimizar surtidos y reducir mermas de producto fresco.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'im-050',
    company: 'Casaluce S.r.l.',
    text: `&lt;p&gt;&lt;strong&gt;Chi siamo&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Su Casaluce ogni mese 300.000 persone comprano lampade, tessili, piatti e piccoli mobili scelti dai nostri buyer in Italia e in Europa. Spediamo da Piacenza in 48 ore e le nostre consulenti rispondono in chat sette giorni su sette.&lt;/p&gt;&lt;p&gt;Cerchiamo un/una &lt;strong&gt;Digital Marketing Analyst&lt;/strong&gt; per misurare il rendimento delle campagne e delle newsletter.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'it',
  },
  {
    id: 'im-051',
    company: 'Bordje B.V.',
    text: `Over ons
Elke avond bezorgen onze 7.000 koeriers maaltijden van ruim 6.000 restaurants, van de pizzeria om de hoek tot de sushibar in het centrum, bij mensen thuis in 40 Nederlandse steden. Jij bestelt in de app, wij zorgen dat het binnen een half uur warm op tafel staat.

Voor ons Data Science-team in Amsterdam zoeken we iemand die onze bezorgtijdvoorspellingen en de toewijzing van ritten verder verbetert.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'meal-delivery marketplace is Retail per the table, not food service',
  },
  {
    id: 'im-052',
    company: 'Lojas Paranoá S.A.',
    text: `Sobre nós
Nossas 95 lojas em Goiás, Tocantins e no Distrito Federal vendem geladeiras, fogões, televisores, celulares e colchões, e nosso site entrega em todo o Centro-Oeste. Boa parte dos nossos clientes compra no crediário próprio, em até 18 vezes, com o carnê pago na própria loja.

Buscamos um(a) Analista de Dados Pleno para apoiar as áreas comercial e de crédito ao cliente em Goiânia.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
    why: "sells appliances; its own store credit is a shop's scheme, not Finance",
  },
  // Telecommunications
  {
    id: 'im-053',
    company: 'Mahanadi Connect Pvt. Ltd.',
    text: `Every month about 2 million people in Odisha, Jharkhand and West Bengal top up their prepaid SIMs with us, most of them for less than 200 rupees at a kirana counter. They use our 4G network to watch cricket, call family working in other states and receive payments on their phones.

We are hiring a Data Scientist (Churn and Recharge Analytics) in Kolkata. You will predict which subscribers are about to let their plan lapse and design offers that keep them with us.

Key responsibilities:
- Build and monitor churn and recharge-propensity models across 14 million subscribers
- Design A/B tests for recharge offers with the marketing team
- Work with distribution to understand which retailers sell the most recharges and why

What we're looking for: 3–5 years of experience in analytics or data science, strong SQL and Python, and experience with large event data (Spark or Hive). Bengali or Odia is a plus.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'im-054',
    company: 'Hedgerow Networks Ltd',
    text: `## About us

Our engineers have pulled fibre to 640,000 homes and farms in Devon, Cornwall and Somerset, down lanes the big players passed over, and we switch on another 3,000 every week. Customers get symmetrical gigabit speeds, a router that works, and a phone line answered in Exeter.

## The role

We're looking for a Network Data Analyst to work out where to build next, using address data, take-up rates and the cost of every pole and duct.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'im-055',
    company: 'Talvane Infrastructure',
    text: `We own and lease 8,400 towers and rooftop sites across Nigeria, Ghana and Kenya. Mobile operators hang their antennas on our steel, and we keep the generators fuelled, the batteries charged and the sites secure so their customers stay connected through every power cut.

Talvane is hiring a Data Engineer in Lagos to bring telemetry from our site controllers into one platform and predict generator failures before a site goes down.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a tower company is Telecommunications; the generators are not energy',
  },
  {
    id: 'im-056',
    company: 'Kallio Radio Systems Oy',
    text: `<p>Our radios sit at the top of masts in 60 countries. We design the baseband units and antennas that 5G operators install in their networks, and the software that schedules how a cell shares its spectrum among thousands of phones.</p><p><strong>Open position:</strong> Machine Learning Engineer, Radio Resource Management (Espoo or Oulu)</p><p>You will train models that decide beam and power settings in real time and test them in our live trial network.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "makes network equipment for operators: Telecommunications, not Manufacturing",
  },
  {
    id: 'im-057',
    company: 'Ratewell',
    text: `Seventy mobile operators on four continents bill their subscribers with Ratewell. Every call, text and megabyte passes through our charging engine, which decides in milliseconds whether a prepaid customer still has credit and what a roaming session should cost.

We're hiring a Senior Scala Engineer in Dublin to work on real-time rating for 5G network slicing.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'billing software made for mobile operators is Telecommunications',
  },
  {
    id: 'im-058',
    company: 'Bluestem Cable',
    text: `If you've streamed a game or joined a video call in eastern Kansas, chances are it ran over our lines. Bluestem Cable brings internet, TV and home phone service to 310,000 households and small businesses, and our technicians are in people's living rooms every day installing modems and chasing down signal problems.

We're looking for a Data Analyst on the network operations team in Topeka.

Perks: free internet and TV at home, 401(k) with 6% match, medical, dental and vision coverage from day one.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'broadband and cable operator; its TV service does not make it media',
  },
  {
    id: 'im-059',
    company: 'Islaconnect Inc.',
    text: `You'll be the voice customers hear when their internet drops in the middle of a typhoon. Our Pasig contact centre takes calls and chats from 4 million home-internet and mobile subscribers across Luzon and the Visayas, and our agents can reset a modem, book a technician or move a plan without transferring anyone.

We're hiring a Workforce Management Analyst to forecast call volumes and build schedules for 1,200 agents.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "an operator's own call centre counts as Telecommunications",
  },
  {
    id: 'im-060',
    company: 'Southern Arc Pty Ltd',
    text: `# Who we are

Cattle stations in the Kimberley, mining camps in the Pilbara and fishing boats off Tasmania all get online through our satellites. We run two geostationary satellites and a growing fleet of low-orbit partners, with ground stations in Western Australia and the Northern Territory.

# The role

Southern Arc is hiring a Network Performance Engineer in Perth to monitor link quality across 45,000 terminals and automate capacity planning by beam.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'satellite operator; mines and stations are its customers',
  },
  {
    id: 'im-061',
    company: 'Tessaro Group – Mobile',
    text: `Walk into any of our 140 stores and you'll find people setting up their first phone, moving their number across from another network, or upgrading to a bigger data plan. Our store teams also fix cracked screens while customers wait.

We're looking for a Retail Performance Analyst in Birmingham to build the reporting that tells each store how it's doing on connections, upgrades and customer satisfaction.

Benefits: colleague discount on airtime and handsets, 25 days' holiday, pension.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "a mobile network's own shops count as Telecommunications",
  },
  {
    id: 'im-062',
    company: 'Pocketline',
    text: `We don't own a single mast. We rent capacity on a national network and sell SIM-only plans (no contracts, no roaming fees in Europe) to 900,000 customers, almost all of whom join and manage their plan in our app.

We're hiring a Product Analyst in Manchester to understand how people choose a data allowance, why they leave, and which features make them recommend us.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'a virtual mobile network selling plans is still Telecommunications',
  },
  {
    id: 'im-063',
    company: 'Cellgrid Analytics',
    text: `<p>RF engineers at mobile operators in Canada, Mexico and Brazil decide where the next 5G cell goes using Cellgrid. Our platform models coverage from terrain and building data, simulates interference between sites and ranks candidate locations by the traffic they would carry.</p><p>We&rsquo;re looking for a <strong>Geospatial Data Engineer</strong> in Montréal to scale our propagation pipelines.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network planning software made for operators is Telecommunications',
  },
  {
    id: 'im-064',
    company: 'Nordfaser GmbH',
    text: `Über uns
Wir bringen Glasfaser bis in die Wohnungen von rund 300.000 Haushalten in Niedersachsen und Bremen, und zwar auch dorthin, wo bisher nur das alte Kupferkabel lag. Unsere Kundinnen und Kunden surfen, telefonieren und streamen über unser eigenes Netz, und unser Service sitzt in Oldenburg, nicht in einem fremden Callcenter.

Für die Netzplanung suchen wir eine:n GIS-Datenanalyst:in (m/w/d), die/der den Ausbau Straße für Straße mitplant.`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'im-065',
    company: 'Ondine',
    text: `# Qui sommes-nous ?

Plus de 3 millions d'abonnés appellent, surfent et regardent la télé grâce à nos box et à nos forfaits mobiles, en métropole et à La Réunion. Nos techniciens raccordent chaque mois 25 000 foyers à la fibre, et nos conseillers répondent depuis Lille, Rennes et Saint-Denis.

# Le poste

Nous recrutons un(e) Data Scientist pour prédire les résiliations et personnaliser les offres de renouvellement de mobile.

Vous rejoindrez une équipe de huit data scientists à Lille. Au programme : modèles de churn sur 3 millions de lignes, tests A/B sur les offres de fidélisation, et travail étroit avec les équipes marketing et relation client. Python, Spark et GCP au quotidien. Télétravail jusqu'à trois jours par semaine, RTT et forfait mobile offert.`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'im-066',
    company: 'Sureste Conecta S.L.',
    text: `Quiénes somos
Llevamos internet por fibra y telefonía móvil a 450.000 hogares y pymes de Andalucía y Murcia, muchos de ellos en pueblos donde antes solo llegaba el ADSL. Tenemos red propia, 60 tiendas y un servicio técnico que sale a reparar averías en menos de 24 horas.

Buscamos un/a Ingeniero/a de Datos en Málaga para integrar los datos de red, clientes e incidencias en nuestra nueva plataforma.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'im-067',
    company: 'Fibralpi S.p.A.',
    text: `<p><strong>Chi siamo</strong></p><p>Posiamo e gestiamo la rete in fibra ottica che porta la connessione a 1,8 milioni di unità immobiliari in Piemonte, Valle d&rsquo;Aosta e Liguria. Non vendiamo abbonamenti ai privati: affittiamo la nostra rete agli operatori che lo fanno, in modo aperto e a parità di condizioni.</p><p>Cerchiamo un/una <strong>Network Data Analyst</strong> a Torino.</p>`,
    sector: 'Telecommunications',
    lang: 'it',
    why: 'a wholesale fibre network is Telecommunications',
  },
  {
    id: 'im-068',
    company: 'Kwik B.V.',
    text: `&lt;p&gt;&lt;strong&gt;Over ons&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Ruim 1,1 miljoen klanten in Nederland bellen, appen en internetten met een abonnement of prepaid-bundel van Kwik. Overstappen met je eigen nummer regel je in vijf minuten in de app, en onze klantenservice zit gewoon in Zwolle.&lt;/p&gt;&lt;p&gt;Wij zoeken een &lt;strong&gt;Data Analist&lt;/strong&gt; die inzicht geeft in klantverloop en bundelgebruik.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'im-069',
    company: 'Irapuã Conect Ltda.',
    text: `Sobre nós
Levamos internet de fibra a 700 mil casas e empresas no interior de São Paulo e do Paraná, em cidades onde muita gente teve a primeira conexão de verdade com a gente. Temos rede própria de 22 mil quilômetros, lojas em 90 cidades e técnicos que instalam em até 48 horas.

Estamos contratando uma pessoa Engenheira de Dados para o time de planejamento de rede em Londrina.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  // Automotive & Manufacturing
  {
    id: 'im-070',
    company: 'Brandt & Kessler Inc.',
    text: `Our machinists cut, hob and heat-treat about 40,000 gear blanks a week in Toledo, Ohio, for transmissions, wind-turbine gearboxes and farm equipment. We run 70 CNC machines across three shifts and measure every batch on our own CMMs before it ships.

We're hiring a Manufacturing Data Analyst to pull machine, scrap and downtime data into one place and help our production managers find where the hours go.

What you'll do:
- Connect our machine monitoring system, ERP and quality database into one reporting layer
- Build OEE and scrap dashboards for each cell and shift
- Work on the floor with supervisors to understand why a machine stopped, not just that it did

What you'll need: a degree in engineering, statistics or a related field, 2+ years with SQL and Power BI or Tableau, and a willingness to wear safety glasses. We offer medical, dental and vision, a 401(k) with match and a profit-sharing bonus paid every quarter.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'im-071',
    company: 'Ferrovane Ltd',
    text: `# About Ferrovane

Roughly one car in five built in Europe stops with our brake calipers. We cast, machine and assemble them in Coventry and Brno and deliver them line-side to carmakers' plants in sequence, so the right caliper arrives for the right car within a two-hour window.

# Your role

As a Quality Data Engineer you'll link test-bench results with supplier and process data to trace defects back to their cause before they reach a customer's line.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'im-072',
    company: 'Oakhurst Group – Snacks Division',
    text: `You'll find our crisps, popcorn and lentil chips in every supermarket and most corner shops in Britain. We fry, season and pack around 180 million bags a year at our two sites in Lincolnshire, using potatoes from 60 growers within an hour's drive.

We're looking for a Demand Planner to forecast volumes by product and customer, and to work with the factory on line schedules ahead of big promotions.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes snacks sold in supermarkets: Manufacturing, not Retail',
  },
  {
    id: 'im-073',
    company: 'Strait Polymers Pte. Ltd.',
    text: `<p>Our reactors on Jurong Island turn naphtha-derived monomers into 600,000 tonnes of polypropylene and specialty resins a year. Those pellets become car bumpers in Thailand, medical syringes in Malaysia and food packaging across Asia.</p><p><strong>Role:</strong> Process Data Scientist</p><p>You will build soft sensors and optimisation models for our reactor trains, working with control engineers and operators on shift.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes chemicals: Manufacturing; syringes and bumpers are its customers\' goods',
  },
  {
    id: 'im-074',
    company: 'Flint Hills Aerostructures',
    text: `Wing ribs, spars and landing-gear fittings machined in our Wichita plant fly on more than 4,000 commercial aircraft. We work titanium and aluminium on five-axis machines, shot-peen and anodise in house, and deliver to airframe builders in the US, Canada and Brazil.

Flint Hills Aerostructures is hiring a Production Planning Analyst to sequence orders across our machining cells.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes aircraft parts: Manufacturing, not an airline',
  },
  {
    id: 'im-075',
    company: 'Driftline Autonomy Inc.',
    text: `Our test fleet drives about 30,000 driverless miles a week on the streets of Phoenix and Austin, and since March members of the public can hail one of our robotaxis. Everything from the lidar mounting to the motion planner is designed in house.

We're hiring a Perception Engineer to improve how our vehicles detect and predict cyclists and pedestrians at night. C++, PyTorch, and a lot of time with log data.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'autonomous-driving companies are Automotive per the table',
  },
  {
    id: 'im-076',
    company: 'Lynxeye Vision GmbH',
    text: `Cameras we mount above production lines look at 3 billion parts a year and pull the bad ones before they are packed: cracked castings, misprinted labels, bottles filled two millimetres short. Our systems run in 900 plants, from engine blocks in Bavaria to blister packs in Ireland.

Lynxeye is hiring a Deep Learning Engineer in Regensburg (English-speaking team) to train defect-detection models that work with just a few dozen examples per defect.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'production-line inspection systems are Manufacturing per the rule',
  },
  {
    id: 'im-077',
    company: 'Haw River Chairworks',
    text: `We build every chair, bench and dining table in our workshop in Saxapahaw, North Carolina, from walnut and white oak sawn within 200 miles. About 14,000 pieces leave our loading dock each year, sold through our own website and a handful of showrooms.

We're looking for an Operations Analyst to help us plan wood purchases, schedule the finishing line and cut lead times from twelve weeks to eight.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes the furniture it sells: Manufacturing per the brand rule',
  },
  {
    id: 'im-078',
    company: 'Ridgeway Talent Search',
    text: `Ridgeway Talent Search is hiring on behalf of a client in Rajkot, Gujarat.

Our client builds 35- and 50-horsepower tractors on two assembly lines, roughly 60,000 a year, and farmers across India and East Africa plough and haul with them. The company is adding connected telematics to its new models.

Position: IoT Data Engineer. 4–7 years' experience, Python, MQTT, time-series databases. Competitive CTC.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'recruiter describes the client: a tractor maker; farmers are its customers',
  },
  {
    id: 'im-079',
    company: 'Kinetra Robotics',
    text: `Our robot arms weld car bodies, paint appliances and stack boxes onto pallets in about 2,000 factories. We design the arms, gearboxes and controllers in Waterloo, Ontario and assemble around 5,000 units a year.

We're hiring a Motion Planning Engineer to make our arms faster and safer when working next to people.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes robots: Manufacturing per the labels',
  },
  {
    id: 'im-080',
    company: 'Tremor Analytics Pty Ltd',
    text: `Vibration sensors we bolt onto motors, pumps and gearboxes tell maintenance teams in paper mills, breweries and bottling plants that a bearing is wearing out weeks before it seizes. We watch 60,000 machines across Australia and New Zealand, and our analysts in Brisbane review every alarm before it goes to the site.

We're hiring a Data Scientist to work on remaining-useful-life models.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for factories is Manufacturing',
  },
  {
    id: 'im-081',
    company: 'Albrecht Seifert GmbH & Co. KG',
    text: `<p><strong>Über uns</strong></p><p>Unsere Maschinen füllen und verschließen weltweit jeden Tag rund 50 Millionen Joghurtbecher, Kaffeekapseln und Tablettenblister. Seit 1927 entwickeln und bauen wir sie in Crailsheim &ndash; vom Einzelmodul bis zur kompletten Linie &ndash; und unser Service ist in 60 Ländern vor Ort.</p><p>Wir suchen eine:n <strong>Data Scientist (m/w/d) Condition Monitoring</strong>.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'builds machines; pill blisters are what they fill, not its business',
  },
  {
    id: 'im-082',
    company: 'Maison Oréade',
    text: `Qui sommes-nous ?
Nos crèmes, shampooings et gels douche sont formulés par notre laboratoire et fabriqués dans notre usine d'Orléans, à raison de 90 millions de flacons par an. On les trouve en pharmacie, en grande surface et dans une trentaine de pays.

Nous recherchons un(e) Data Analyst Supply Chain pour fiabiliser les prévisions de production et réduire les ruptures chez nos clients distributeurs.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'makes cosmetics sold in pharmacies and supermarkets: Manufacturing',
  },
  {
    id: 'im-083',
    company: 'Oleícola Valdecañas S.A.',
    text: `Quiénes somos
Cada otoño molturamos la aceituna de más de 3.000 agricultores de Jaén y Córdoba en nuestras dos almazaras, y envasamos 40 millones de litros de aceite de oliva al año en botellas y latas que se venden en 50 países con nuestra marca y con la de grandes cadenas.

Buscamos un/a Analista de Datos para el área de Producción en Andújar.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'mills and bottles oil: food making, not farming',
  },
  {
    id: 'im-084',
    company: 'Fonderie Gualtieri S.p.A.',
    text: `## Chi siamo

Dalle nostre fonderie di Lumezzane escono ogni anno 60.000 valvole a sfera e saracinesche in acciaio, destinate a oleodotti, impianti petrolchimici e reti idriche in tutto il mondo. Fondiamo, lavoriamo e collaudiamo tutto in casa.

## La posizione

Cerchiamo un/una Data Engineer per collegare le macchine dei reparti alla piattaforma di produzione.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'makes valves; oil and water networks are its customers',
  },
  {
    id: 'im-085',
    company: 'Velomaas B.V.',
    text: `# Over ons

In onze fabriek in Venlo lassen, lakken en monteren we elk jaar 120.000 elektrische fietsen en bakfietsen. De frames en accupacks ontwerpen we zelf; de fietsen gaan via 800 fietsenwinkels in de Benelux en Duitsland de deur uit.

# Wat ga je doen

Als Data Engineer bouw je mee aan de koppeling tussen onze productielijnen, het MES en de kwaliteitsdata.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'builds bikes sold in shops: Manufacturing',
  },
  {
    id: 'im-086',
    company: 'Vessani Autopeças Ltda.',
    text: `Sobre nós
Nossa linha de prensas em Betim estampa 12 milhões de peças por ano, de longarinas a suportes de motor, entregues em sequência às montadoras de Minas Gerais e do Paraná. Temos 1.400 colaboradores e certificação IATF 16949.

Buscamos uma pessoa Analista de Dados Industriais para acompanhar OEE, refugo e paradas de linha.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  // Public Sector & Smart Cities
  {
    id: 'im-087',
    company: 'Tri-County Emergency Communications District',
    text: `We answer every 911 call placed in Lorain, Huron and Erie counties, about 240,000 a year, and dispatch the sheriff's deputies, fire crews and ambulances that respond to them. Our telecommunicators work 12-hour shifts in a single center in Norwalk, Ohio, and the county commissioners of all three counties sit on our board.

We are hiring a GIS and Data Analyst to maintain the address and map data our dispatchers rely on and to report response times to the three counties.

Duties include:
- Maintaining the road centerline and address point layers used by our dispatch system
- Reconciling new addresses with the three county auditors every month
- Producing response-time and call-volume reports for the board and the public

Minimum qualifications: bachelor's degree in GIS, geography or a related field, or equivalent experience; ArcGIS Pro; SQL. Applicants must pass a background check. Benefits include the Ohio Public Employees Retirement System, paid holidays and tuition reimbursement.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a dispatch centre governed by three counties is government',
  },
  {
    id: 'im-088',
    company: 'Wrexley Borough',
    text: `## About us

We empty the bins of 140,000 households, keep 11 libraries and 40 parks open, approve planning applications and make sure the most vulnerable children and adults in the borough are safe. Our 3,200 staff are paid for by council tax and government grants.

## The role

We're looking for a Data Analyst for our Insight team, working with housing, social care and waste services to understand demand and target spending where it helps most. Local Government Pension Scheme.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'im-089',
    company: 'Mercer Falls County',
    text: `Each spring, 310,000 property owners in Mercer Falls County receive a valuation notice from us, and every fall we mail the tax bills that fund the county's schools, roads and sheriff's office. Our assessors visit new construction, hear appeals, and keep the parcel map current.

Position: Senior Data Analyst, Office of the Assessor. Build and validate mass-appraisal models in R or Python; present results to the appeals board.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'levies property tax: a county office, not Finance',
  },
  {
    id: 'im-090',
    company: 'Coastlink',
    text: `Our 1,100 drivers run buses and light-rail trams that carry 280,000 trips a day between Tweed Heads and the Sunshine Coast. We are owned and funded by the state, and fares, timetables and new routes are set with the transport minister's office.

We're hiring a Transport Data Analyst in Brisbane to turn tap-on and tap-off data into the travel patterns that shape next year's network.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'publicly run transport is Public Sector',
  },
  {
    id: 'im-091',
    company: 'Greenwave Systems Ltd',
    text: `<p>Traffic engineers in 40 cities retime their signals with Greenwave. Our platform reads loop detectors and cameras at 9,000 junctions, predicts queues 15 minutes ahead and gives buses and ambulances a green light when they need one.</p><p><strong>We are hiring a Data Scientist</strong> in Manchester to work on queue prediction and signal optimisation.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "traffic-signal platform sold to cities is Smart Cities per the rule",
  },
  {
    id: 'im-092',
    company: 'ParkSutra Technologies Pvt. Ltd.',
    text: `Drivers in Bengaluru, Pune and Ahmedabad find a free kerbside bay on our app before they reach it. Municipal corporations install our sensors under 20,000 on-street spaces, collect parking fees through us, and see where illegal parking blocks bus routes.

We are looking for a Backend Engineer (Java, Kafka) to scale our sensor ingestion to 100,000 bays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'smart parking sold to municipalities is Smart Cities',
  },
  {
    id: 'im-093',
    company: "Elk Hollow County Sheriff's Office",
    text: `Our deputies patrol 2,300 square miles of mountain roads, ranches and small towns, run the county jail and serve civil papers for the courts. We respond to around 60,000 calls for service a year with 310 sworn and civilian staff.

We are seeking a Crime Analyst to map incident patterns, support investigations and prepare the monthly reports presented to the Board of Supervisors.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'im-094',
    company: 'Joint Fleet Support Command',
    text: `Our soldiers, sailors and aviators rely on us to keep 400 armoured vehicles, 60 helicopters and a fleet of patrol ships ready for operations. We forecast spare parts, plan overhauls and manage the stores that keep them moving.

We're looking for a civilian Data Scientist to build demand forecasts for spare parts. Security clearance required; civil service pension.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "armed forces are government; 'stores' here are military supplies",
  },
  {
    id: 'im-095',
    company: 'Pinecrest County Department of Public Health',
    text: `We inspect 4,000 restaurants and pools, run free vaccination clinics, test wells for contamination and track outbreaks of measles, tuberculosis and foodborne illness across a county of 900,000 people.

We are hiring an Epidemiologist (Data) to manage our disease surveillance data and produce weekly situation reports for county leadership.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a county public health department is Public Sector, not Healthcare',
  },
  {
    id: 'im-096',
    company: 'Binroute Ltd',
    text: `# About Binroute

Every weekday morning, 3,500 refuse trucks in 60 UK councils follow routes planned by Binroute. When a street is blocked or a lorry breaks down, our system reshuffles the rounds and tells residents which collections will be late.

# The role

We're hiring a Data Scientist to optimise vehicle routing and predict missed collections.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'waste-route planning made for councils is Smart Cities',
  },
  {
    id: 'im-097',
    company: 'Workforce Transition Board',
    text: `Each year we help 60,000 Singaporeans who have been retrenched or want a new career: career coaches meet them, we fund their training courses, and we pay out grants to employers who take them on and retrain them. We report to the Ministry of Manpower.

We are hiring a Data Scientist to evaluate which programmes lead to lasting jobs.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a statutory board is government, not a staffing agency',
  },
  {
    id: 'im-098',
    company: 'Stadt Hohenfurt',
    text: `<p><strong>Über uns</strong></p><p>Rund 4.800 Kolleginnen und Kollegen sorgen dafür, dass in unserer Stadt Pässe ausgestellt, Kitaplätze vergeben, Baugenehmigungen erteilt und Straßen im Winter geräumt werden. Für 260.000 Einwohnerinnen und Einwohner machen wir das Leben ein Stück einfacher.</p><p>Wir suchen zum 1. Juli eine:n <strong>Data Analyst (m/w/d)</strong> für das Amt für Digitalisierung, Bezahlung nach TVöD EG 11.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
  },
  {
    id: 'im-099',
    company: 'Département de la Haute-Vézère',
    text: `Qui sommes-nous ?
Nous entretenons 4 200 km de routes, gérons 38 collèges, versons le RSA à 12 000 allocataires et accompagnons les personnes âgées qui veulent rester chez elles. Nos 2 600 agents travaillent à Tulle et dans neuf maisons départementales.

Nous recrutons un(e) Data Analyst (catégorie A, titulaire ou contractuel) au sein de la direction du numérique.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'im-100',
    company: 'Ayuntamiento de Villaseca del Río',
    text: `## Quiénes somos

Gestionamos el padrón de 85.000 vecinos, concedemos las licencias de obra, recogemos la basura, mantenemos parques y calles y organizamos las fiestas de septiembre. Nuestra Policía Local y nuestros servicios sociales atienden a la ciudadanía todos los días del año.

## El puesto

Plaza de Técnico/a de Análisis de Datos, subgrupo A2, para el área de Transformación Digital.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'im-101',
    company: 'Comune di Valtorre',
    text: `Chi siamo
Rilasciamo ogni anno 30.000 carte d'identità, iscriviamo i bambini ai nidi e alle mense scolastiche, gestiamo i permessi per la ZTL e curiamo il verde pubblico per 120.000 cittadini. La Polizia Locale, i servizi sociali e l'anagrafe fanno parte della nostra struttura.

Avviso di selezione per un/una Istruttore/Istruttrice Direttivo Data Analyst, categoria D, a tempo indeterminato.

Il/la candidato/a selezionato/a si occuperà di:
- integrare i dati dei servizi demografici, tributari e sociali in un unico cruscotto;
- supportare gli uffici nella pubblicazione dei dati aperti;
- produrre analisi per la programmazione dei servizi educativi.

Requisiti: laurea magistrale in statistica, informatica, economia o equipollenti; conoscenza di SQL e di almeno uno strumento di BI. Scadenza per le domande: 30 giorni dalla pubblicazione.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
  },
  {
    id: 'im-102',
    company: 'Waterschap Lage Venen',
    text: `Over ons
Wij houden de voeten van 700.000 mensen droog. We beheren 480 kilometer dijk, 120 gemalen en 14 rioolwaterzuiveringen, en we stellen de waterstand in sloten en vaarten af op boeren, natuur en bewoners. Inwoners betalen daarvoor onze waterschapsbelasting.

Wij zoeken een Data Scientist die meetgegevens van gemalen en peilbuizen omzet in betere voorspellingen van wateroverlast.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'a water board is a tier of government, not a utility',
  },
  {
    id: 'im-103',
    company: 'Lumecidade Tecnologia Ltda.',
    text: `&lt;p&gt;&lt;strong&gt;Sobre nós&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Mais de 350 mil postes em 40 prefeituras brasileiras acendem, apagam e avisam quando queimam graças à nossa plataforma. Os gestores municipais veem no mapa cada ponto de luz, o consumo de energia e os chamados dos moradores, e as equipes de manutenção recebem as rotas no celular.&lt;/p&gt;&lt;p&gt;Buscamos uma pessoa Desenvolvedora Backend (Python) para o time de integração de dispositivos.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'street-lighting platform made for city halls is Smart Cities',
  },
  // Information Technology & Software Development
  {
    id: 'im-104',
    company: 'Boltrack GmbH',
    text: `Developers spin up around 30,000 virtual machines a day on our servers in Frankfurt, Nuremberg and Helsinki. They run web shops, game servers, research pipelines and side projects on Boltrack, pay by the hour, and get a root prompt in under a minute.

We're hiring a Site Reliability Engineer (English-speaking team, Frankfurt or remote in the EU) to automate how we provision bare-metal hosts and keep our control plane running through hardware failures.

You will:
- Work on the service that takes a server from a crate to a ready host without anyone touching it
- Improve our observability stack (Prometheus, Loki, Grafana) and on-call tooling
- Take part in a fair on-call rotation with a fixed allowance

You bring solid Linux fundamentals, experience with Go or Python, and some scars from running production systems. We offer 30 days of vacation, a hardware budget, and a generous allowance of server credit for your own projects.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'im-105',
    company: 'Helmstone',
    text: `When a law firm's email goes down at 8am, or an architect's practice gets hit by ransomware, our engineers in Leeds are the ones who fix it. We look after the laptops, networks, Microsoft 365 tenants and backups of 350 small and mid-sized organisations across Yorkshire, on fixed monthly contracts.

We're looking for a Data and Automation Engineer to build reporting from our ticketing and monitoring tools and automate the routine fixes our service desk does by hand.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'managed IT support for many kinds of clients',
  },
  {
    id: 'im-106',
    company: 'Quorra Inc.',
    text: `<p>Banks, airlines, city councils and supermarket chains all run approvals on Quorra. Our workflow engine routes a request &ndash; a loan exception, a refund, a building permit, a price change &ndash; to the right people, keeps the audit trail, and lets teams change the process without writing code.</p><p><strong>Role: Staff Backend Engineer</strong>, Austin or remote (US)</p><p>Java, Kotlin, PostgreSQL, Temporal.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'workflow product sold to many industries, banks among them: IT',
  },
  {
    id: 'im-107',
    company: 'Gullwing Forge',
    text: `# Who we are

Twelve million players a month log into Emberfall, our online fantasy world, to raid dungeons, run market stalls and argue about the last patch on our forums. We're 400 people in Montréal and Vancouver, and we ship a content update every six weeks.

# The role

As a Data Engineer on the player analytics team you'll build the event pipelines that tell our designers which quests people abandon and what keeps guilds together.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'games are internet platforms: IT',
  },
  {
    id: 'im-108',
    company: 'Lanternreel',
    text: `Subscribers in 40 countries watch about 9 million hours of our catalogue every day, from Korean thrillers to British baking shows, on TVs, phones and game consoles. Lanternreel adds 300 titles a month and streams them in up to 4K.

We're hiring a Recommendation Systems Engineer to work on what appears in the first row of the home screen. Python, PyTorch, Spark; London or Amsterdam.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a streaming service is IT per the table, not media',
  },
  {
    id: 'im-109',
    company: 'Siltra Semiconductor',
    text: `The chips we design power the network cards in about a third of the world's hyperscale data centers. Siltra is fabless: we architect, verify and tape out 5nm and 3nm silicon in Austin and Bangalore, and our foundry partners build it.

We are looking for a Design Verification Engineer with UVM and SystemVerilog experience to join the team working on our next 800G SmartNIC.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'makes chips: IT, not Manufacturing',
  },
  {
    id: 'im-110',
    company: 'Tagbarn Pvt. Ltd.',
    text: `Every week our annotators in Coimbatore, Madurai and Nagpur label about 4 million images, video frames and text snippets for teams training computer vision and language models. Our own tooling routes each task to the right specialist and checks quality with model-assisted review.

Tagbarn is hiring an ML Engineer to build active-learning pipelines that decide which samples are worth a human's time.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'im-111',
    company: 'Vantor Labs Inc.',
    text: `We train large language models, study how they behave, and publish much of what we learn. Our models are used through an API by 20,000 developers, and our interpretability work has changed how we and others build them.

Vantor Labs is hiring a Research Engineer (pretraining) in San Francisco. You'll work on data mixtures, scaling experiments and training infrastructure across thousands of GPUs.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'an AI lab that is a company is IT',
  },
  {
    id: 'im-112',
    company: 'Sentinel Grid Pte. Ltd.',
    text: `<p><strong>About us</strong></p><p>Our analysts in Singapore and Kuala Lumpur watch 2 billion log lines a day from 600 organisations &ndash; hospitals, logistics firms, universities, manufacturers &ndash; and call them within minutes when an attacker gets in.</p><p><strong>The job</strong></p><ul><li>Detection Engineer</li><li>Write and tune detection rules and anomaly models</li><li>Work with our incident responders on real intrusions</li></ul>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'security monitoring for many industries: IT',
  },
  {
    id: 'im-113',
    company: 'Peoplewise Ltd',
    text: `## What we do

Companies of 50 to 5,000 people run their hiring, onboarding, holiday requests and performance reviews on Peoplewise. A new starter signs their contract, books their first week and meets their buddy, all before they walk through the door.

## What you get

- Private health insurance with dental
- Cycle-to-work scheme
- Four-day weeks in August

We're hiring a Senior Data Engineer in Bristol.

## The role

You'll own the pipelines that feed our in-product analytics, so that an HR manager can see time-to-hire, absence trends and review completion across their company without exporting a spreadsheet. You'll work in Python, dbt and BigQuery, and you'll help us design a multi-tenant data model that keeps every customer's data separate.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'HR product for any employer is IT; health insurance is a benefit',
  },
  {
    id: 'im-114',
    company: 'Kaveri Systems Pvt. Ltd.',
    text: `Our 3,000 engineers in Pune, Hyderabad and Chennai design, build and run systems for clients in insurance, retail, telecom and logistics across the US and Europe, from claims portals to warehouse scanning apps. Most of our clients have worked with us for more than eight years.

We are hiring Data Engineers (5–9 years) with Azure Data Factory, Databricks and PySpark for a long-running programme.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'builds systems for clients across many sectors: IT',
  },
  {
    id: 'im-115',
    company: 'Taktwerk GmbH',
    text: `# Über uns

Mehr als 20.000 Teams in Agenturen, Behörden, Kliniken und Maschinenbaufirmen planen ihre Projekte, verteilen Aufgaben und erfassen ihre Zeiten mit Taktwerk. Wir sind 120 Leute in Leipzig und Wien und entwickeln alles selbst.

# Deine Rolle

Als Senior Backend-Entwickler:in (Kotlin, PostgreSQL) arbeitest du an unserer neuen Ressourcenplanung.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'project-planning app for many industries: IT',
  },
  {
    id: 'im-116',
    company: 'Nuage Nord SAS',
    text: `Qui sommes-nous ?
Nos trois datacenters autour de Lille hébergent les sites, les bases de données et les sauvegardes de 8 000 clients, des collectivités aux éditeurs de jeux vidéo. Serveurs dédiés, cloud privé, stockage objet : tout est opéré par nos équipes, sur du matériel que nous assemblons nous-mêmes.

Nous recrutons un(e) Ingénieur(e) DevOps pour automatiser le déploiement de notre offre Kubernetes managée.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
  },
  {
    id: 'im-117',
    company: 'Charlantia S.L.',
    text: `<p><strong>Quiénes somos</strong></p><p>Más de 6.000 empresas de 30 países atienden a sus clientes con Charlantia: los mensajes de WhatsApp, correo y chat llegan a una misma bandeja, nuestros bots resuelven las preguntas repetidas y los agentes se quedan con lo importante.</p><p>Buscamos un/a <strong>Ingeniero/a de Machine Learning (NLP)</strong> en Barcelona o en remoto desde España.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
  },
  {
    id: 'im-118',
    company: 'Piazzetta S.r.l.',
    text: `Chi siamo
Ogni giorno tre milioni di persone aprono Piazzetta per scoprire cosa succede nel proprio quartiere: chi vende una bici usata, quale farmacia è di turno, quando riapre la piscina comunale. Siamo 90 persone tra Milano e Bari e costruiamo l'app, i feed e gli strumenti di moderazione.

Cerchiamo un/una Data Scientist per migliorare il ranking del feed locale.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'a local social network is IT; pharmacies and pools are what users post about',
  },
  {
    id: 'im-119',
    company: 'Bytewerf B.V.',
    text: `&lt;p&gt;&lt;strong&gt;Over ons&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Wij bouwen web- en mobiele apps op maat voor opdrachtgevers als woningcorporaties, musea, transportbedrijven en gemeenten. Met 45 developers, designers en testers in Groningen brengen we elk jaar zo'n 30 projecten live en houden we ze daarna draaiend.&lt;/p&gt;&lt;p&gt;Wij zoeken een &lt;strong&gt;Medior Backend Developer (.NET)&lt;/strong&gt;.&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'builds apps for clients in many sectors: IT',
  },
  {
    id: 'im-120',
    company: 'Nuvix Tecnologia S.A.',
    text: `Sobre nós
Mais de 12 mil empresas de todos os tamanhos, de clínicas e escolas a escritórios de advocacia e lojas, enviam, assinam e arquivam seus contratos com a Nuvix. Um documento sai do e-mail, é assinado pelo celular em minutos e fica guardado com validade jurídica.

Buscamos uma pessoa Engenheira de Software Sênior (Node.js, AWS) para o time de assinaturas em Florianópolis.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'e-signature product for many kinds of business: IT',
  },
  // Unclassified (null)
  {
    id: 'im-121',
    company: 'Caldermoor',
    text: `Our 14 wind farms in the Scottish Borders and two gas-fired plants on the Humber generate enough electricity for 2.3 million homes. We sell it on the wholesale market and under long-term contracts to large buyers, and our control room in Edinburgh balances output against demand every half hour.

We're hiring a Trading Analyst to forecast wind output and day-ahead prices.

You'll sit on the trading floor with our traders and meteorologists and build the forecasts they act on: wind output by site, imbalance prices and the value of flexibility from our battery sites. You'll need strong Python, a feel for time series and the patience to dig into why yesterday's forecast went wrong.

We offer a salary of £60,000–£75,000, an annual bonus, 30 days' holiday and a pension contribution of up to 12%.`,
    sector: null,
    lang: 'en',
    why: "power generation is unclassified; 'plants' are power stations",
  },
  {
    id: 'im-122',
    company: 'Dunmore Group – Freight',
    text: `Every night our 600 temperature-controlled trucks leave depots in Dublin, Belfast and Cork carrying chilled food for processors, medicines for wholesalers and fresh produce for grocery chains, and they're unloaded at 2,000 stores and sites before the doors open.

We're looking for a Route Optimisation Analyst to work with our transport planners on load building and driver schedules.`,
    sector: null,
    lang: 'en',
    why: "haulier serving many industries; the 'stores' are delivery points",
  },
  {
    id: 'im-123',
    company: 'Skylark Regional',
    text: `Our 60 turboprops and regional jets fly 7 million passengers a year between 45 airports in Scandinavia and the Baltics, many of them on routes no one else operates. Our crews do up to six sectors a day, and our engineers turn aircraft around overnight in Bergen and Tallinn.

We're hiring a Revenue Management Analyst to set fares and seat availability across our network.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'im-124',
    company: 'Aster & Vale',
    text: `Guests sleep in about 4,000 of our rooms every night, in converted warehouses in Glasgow, a Georgian terrace in Bath and 31 other buildings across the UK and Ireland. They eat breakfast in our restaurants, work from our lobbies and, we hope, come back.

We're looking for a Pricing and Revenue Analyst to work on room rates and demand forecasting.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'im-125',
    company: 'Fuego Cantina Co.',
    text: `We serve around 80,000 burritos, bowls and tacos a day from 320 kitchens in Texas, Arizona and Colorado, with salsas made fresh every morning and tortillas pressed to order. Guests order at the counter, in our app or through delivery partners.

We are hiring a Senior Data Analyst in Dallas to help our operations team forecast demand by restaurant and hour, and set staffing levels.

Benefits: medical, dental, vision, free meals on shift, 401(k).`,
    sector: null,
    lang: 'en',
    why: 'restaurants are food service, not Retail',
  },
  {
    id: 'im-126',
    company: 'Tamworth Vale University',
    text: `18,000 students study with us across campuses in Tamworth and Lichfield, from nursing and paramedic science to engineering and fine art. Our medical students train on placements with our hospital partners across the West Midlands, and our researchers work on ageing, clean energy and cyber security.

We are seeking a Planning and Data Analyst to model student numbers and support our admissions strategy.`,
    sector: null,
    lang: 'en',
    why: "a university is unclassified; the hospitals are placement partners",
  },
  {
    id: 'im-127',
    company: 'Harvest Table Trust',
    text: `Last year we collected 9,000 tonnes of surplus food from farms, food makers and supermarkets and delivered it to 1,200 community kitchens, school breakfast clubs and shelters across London and the South East. Around 400 volunteers sort it in our Park Royal warehouse every week.

We are recruiting a Data Officer to report on where food goes, who it helps and how much waste we prevent, for our funders and trustees.`,
    sector: null,
    lang: 'en',
    why: 'a charity redistributing food is a non-profit, not Retail',
  },
  {
    id: 'im-128',
    company: 'Marlow Quaye LLP',
    text: `Our 140 lawyers act for lenders, borrowers and private equity funds on acquisition finance, restructurings and fund formation. Clients call us when a deal is due to sign on Friday and the term sheet has just changed again.

We're hiring a Legal Data Analyst to build our clause library, work with our knowledge lawyers on document automation and measure matter profitability.`,
    sector: null,
    lang: 'en',
    why: 'a law firm is unclassified; lenders are its clients',
  },
  {
    id: 'im-129',
    company: 'Stonecrop Residential',
    text: `<p>We own and manage 12,000 rental apartments in Toronto, Ottawa and Hamilton. Our site teams handle move-ins, maintenance requests and lease renewals, and our development arm is building 2,400 more units along transit lines.</p><p><strong>Role:</strong> Data Analyst, Asset Management</p><p>You will model rents, occupancy and capital spending across the portfolio.</p>`,
    sector: null,
    lang: 'en',
    why: 'a landlord is real estate: unclassified',
  },
  {
    id: 'im-130',
    company: 'Keelson Build Ltd',
    text: `Our site teams are pouring concrete for a 400-bed hospital in Derby, fitting out two secondary schools in Nottingham and refurbishing a 1960s office block in Leicester. We've built across the East Midlands for 70 years, with around 900 staff and a supply chain of local trades.

We're looking for a Digital Construction Data Analyst to bring programme, cost and BIM data into one reporting model.`,
    sector: null,
    lang: 'en',
    why: 'a builder is unclassified; the hospital is a project, not its business',
  },
  {
    id: 'im-131',
    company: 'Pilbara Ridge Resources Ltd',
    text: `Our haul trucks move about 200,000 tonnes of rock a day at two open-pit operations east of Newman, and our rail line carries the iron ore 400 km to port at Port Hedland. Most of our 2,600 people work fly-in, fly-out rosters.

We're hiring a Data Scientist to build models that predict truck tyre and engine failures and improve dispatch across the pit.`,
    sector: null,
    lang: 'en',
    why: 'mining is unclassified; the trucks are equipment it uses',
  },
  {
    id: 'im-132',
    company: 'Waikato Valley Dairy Co-operative',
    text: `Our 2,100 farmer-members send their milk to us every day, and we pay them for it each month and share the profits at the end of the season. Members vote on our board, own their shares and get advice from our field team on pasture, herd health and effluent management.

We're recruiting a Data Analyst in Hamilton to build a farm-performance dashboard for members.`,
    sector: null,
    lang: 'en',
    why: "farmers' co-operative is agriculture; 'members' and 'shares' are not Finance",
  },
  {
    id: 'im-133',
    company: 'Thornbury Companion Care',
    text: `Our vets and vet nurses see about 300,000 dogs, cats and rabbits a year in 54 clinics across Ireland and the UK, from puppy vaccinations to orthopaedic surgery in our two referral hospitals. Pet owners can spread costs with our monthly health plan.

We're hiring a Business Intelligence Analyst in Cork.`,
    sector: null,
    lang: 'en',
    why: 'vets are unclassified, not Healthcare',
  },
  {
    id: 'im-134',
    company: 'Ironline',
    text: `Members lift, spin and stretch at our 75 clubs across Australia, open 24/7 and priced from $14.95 a week. Our trainers run 6,000 classes a week, and the app books your spot, tracks your sessions and lets you freeze your membership when you travel.

We're looking for a Data Analyst to work on member retention and pricing.`,
    sector: null,
    lang: 'en',
    why: 'gyms are unclassified, not Healthcare',
  },
  {
    id: 'im-135',
    company: 'Larchfield Talent Partners',
    text: `Our client is looking for a Data Engineer to join a growing team in Manchester. Hybrid (2 days in office), £60k–£70k plus bonus.

You'll build and maintain ELT pipelines in Azure and Databricks, work closely with analysts and stakeholders, and help shape best practice across the platform. Strong SQL and Python are essential; experience with dbt is nice to have.

Apply now or contact Priya at Larchfield for a confidential chat.

What's on offer:
- 27 days' holiday plus bank holidays
- Private healthcare and a contributory pension
- A genuine learning budget and certification support

Interviews are two stages, both by video. Larchfield Talent Partners is acting as an employment agency in relation to this vacancy.`,
    sector: null,
    lang: 'en',
    why: "recruiter that does not say what the client does",
  },
  {
    id: 'im-136',
    company: 'Tamsin & Crole',
    text: `We're hiring a Senior Analyst to join our insights team.

You'll build dashboards in Power BI, write SQL against our Snowflake warehouse, and automate reporting in Python. You'll present findings to senior leadership every month and partner with finance, operations and marketing on ad-hoc analysis.

Hybrid working from our Canary Wharf office, 25 days' holiday plus bank holidays, private medical insurance.`,
    sector: null,
    lang: 'en',
    why: "names only tools and benefits; nothing says what the employer does",
  },
  {
    id: 'im-137',
    company: 'Ashgrove Advisory',
    text: `Chief executives call us when a strategy has stalled: a carmaker deciding which plants to close, a retailer rethinking its store estate, a utility working out how to fund its grid. Our 250 consultants in Sydney, Melbourne and Singapore build the case, test it with data and stay to make it happen.

We're hiring a Senior Data Scientist for our analytics practice.`,
    sector: null,
    lang: 'en',
    why: 'management consulting is unclassified whatever the clients',
  },
  {
    id: 'im-138',
    company: 'The Lantern Courier',
    text: `Our reporters publish around 300 stories a day, from city hall votes to high-school football, read by 4 million people a month on our site and apps and by 60,000 who still get the print edition on their doorstep.

We're hiring an Audience Data Analyst to help our newsroom understand which stories bring readers back and turn them into subscribers.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'im-139',
    company: 'Westwave',
    text: `# About Westwave

Our 11 radio stations reach 3.5 million listeners a week across the west of England and Wales, with breakfast shows, local news every hour and live football commentary. We also run the transmitters on 40 hilltops that carry our signal.

# The role

We're looking for a Data Analyst to work with our ad sales team on audience and campaign reporting.`,
    sector: null,
    lang: 'en',
    why: 'a radio broadcaster is media; owning transmitters does not make it Telecommunications',
  },
  {
    id: 'im-140',
    company: 'Field & Fable',
    text: `You've probably laughed at one of our ads without knowing it was us. We write, shoot and place campaigns for soft drinks, mobile networks and online shops, and our media team buys 40 million pounds' worth of TV, social and outdoor space a year.

Field & Fable is hiring a Marketing Effectiveness Analyst to build econometric models that show clients what their spend really did.`,
    sector: null,
    lang: 'en',
    why: 'an ad agency is unclassified; its clients are other sectors',
  },
  {
    id: 'im-141',
    company: 'Rathore Group',
    text: `Rathore Group began as a single textile mill in Ludhiana in 1958. Today our businesses include hotels in Rajasthan, a bottling plant in Punjab, a chain of pharmacies in Delhi NCR and a growing solar portfolio, employing 22,000 people.

We are hiring a Group Data Analyst at our corporate office in Gurugram to consolidate reporting across these businesses.`,
    sector: null,
    lang: 'en',
    why: 'a conglomerate hiring at group level, no single business unit',
  },
  {
    id: 'im-142',
    company: 'Halden Institute',
    text: `<p>Our 400 scientists study how the oceans store heat and carbon, run the buoys and research cruises that measure it, and share their data freely with researchers everywhere. We are an independent non-profit funded by foundations and research councils.</p><p><strong>Position:</strong> Research Software Engineer (Python, HPC) to maintain our ocean model and data archive.</p>`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute is unclassified',
  },
  {
    id: 'im-143',
    company: 'Stadtwerke Ebersfeld GmbH',
    text: `Über uns
Wir versorgen rund 420.000 Haushalte und Betriebe in der Region mit Strom, Erdgas, Fernwärme und Trinkwasser, betreiben zwei Blockheizkraftwerke und bauen Solarparks auf den Dächern unserer Stadt. Als Unternehmen im Eigentum der Stadt reinvestieren wir unsere Gewinne vor Ort.

Wir suchen eine:n Data Scientist (m/w/d) für die Last- und Preisprognose im Energiehandel.`,
    sector: null,
    lang: 'de',
    why: 'a city-owned utility: energy and water decide, not the owner',
  },
  {
    id: 'im-144',
    company: 'Flughafen Wendelstein GmbH',
    text: `<p><strong>Über uns</strong></p><p>Über unsere zwei Start- und Landebahnen reisen jedes Jahr 9 Millionen Fluggäste in 120 Ziele. Wir betreiben die Terminals, die Gepäckförderanlage und die Vorfeldkontrolle und vermieten Flächen an Shops und Restaurants. Gesellschafter sind das Land und zwei Landkreise.</p><p>Wir suchen eine:n <strong>Data Engineer (m/w/d)</strong> für unsere Passagierflussprognose.</p>`,
    sector: null,
    lang: 'de',
    why: 'an airport operator is transport; public shareholders do not make it government',
  },
  {
    id: 'im-145',
    company: 'Cars Vermeil',
    text: `Qui sommes-nous ?
Nos 1 200 conducteurs emmènent chaque jour des écoliers, des salariés et des touristes sur les routes de Bourgogne et de Franche-Comté. Lignes régulières entre villes, ramassage scolaire sous contrat, excursions à la journée : notre flotte de 900 autocars roule 40 millions de kilomètres par an.

Nous recrutons un(e) Data Analyst pour optimiser l'affectation des véhicules et des conducteurs.`,
    sector: null,
    lang: 'fr',
    why: 'a private coach operator is transport: unclassified',
  },
  {
    id: 'im-146',
    company: 'ESCV',
    text: `# Qui sommes-nous ?

Chaque année, 5 000 étudiants suivent nos programmes Bachelor, Grande École et MBA sur nos campus de Bordeaux et de Bayonne, et 700 cadres reviennent se former chez nous. Nos professeurs publient en finance, marketing et management du vin.

# Le poste

Nous recrutons un(e) Data Analyst pour le pilotage des admissions et de l'insertion professionnelle de nos diplômés.`,
    sector: null,
    lang: 'fr',
    why: "a business school is education; 'finance' is a subject it teaches",
  },
  {
    id: 'im-147',
    company: 'Hoteles Marea Alta',
    text: `Quiénes somos
Cada verano recibimos a más de 300.000 huéspedes en nuestros 18 establecimientos de Mallorca, Menorca y la Costa del Sol. Desayunos con producto local, piscinas frente al mar y un equipo de animación que los niños recuerdan de un año para otro.

Buscamos un/a Revenue Analyst para nuestra central en Palma, para trabajar precios, canales de venta y previsiones de ocupación.`,
    sector: null,
    lang: 'es',
  },
  {
    id: 'im-148',
    company: 'Ristora Nord S.p.A.',
    text: `Chi siamo
Ogni giorno prepariamo 45.000 pasti per mense scolastiche, aziendali e ospedaliere in Lombardia e Piemonte, con centri cottura a Bergamo, Novara e Monza. I nostri dietisti calcolano menù per ogni età e per chi ha allergie o intolleranze.

Cerchiamo un/una Data Analyst per la pianificazione degli acquisti e la riduzione degli sprechi.`,
    sector: null,
    lang: 'it',
    why: 'catering is food service; schools and hospitals are its customers',
  },
  {
    id: 'im-149',
    company: 'Woonstede Groen',
    text: `&lt;p&gt;&lt;strong&gt;Over ons&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Wij verhuren 28.000 betaalbare woningen in Arnhem, Nijmegen en omgeving. Onze huurders bellen ons als de verwarming stuk is, onze wijkbeheerders kennen de buurten, en de komende tien jaar isoleren we 9.000 woningen tot label A.&lt;/p&gt;&lt;p&gt;Wij zoeken een &lt;strong&gt;Data Analist Vastgoed&lt;/strong&gt;.&lt;/p&gt;`,
    sector: null,
    lang: 'nl',
    why: 'a housing association is real estate: unclassified',
  },
  {
    id: 'im-150',
    company: 'Agropecuária Serra Azul S.A.',
    text: `Sobre nós
Cultivamos soja, milho e algodão em 60 mil hectares no oeste da Bahia e criamos 25 mil cabeças de gado em integração lavoura-pecuária. Nossas máquinas colhem com piloto automático e cada talhão tem mapa de produtividade.

Buscamos uma pessoa Cientista de Dados para modelos de previsão de safra a partir de imagens de satélite e dados de clima.`,
    sector: null,
    lang: 'pt',
  },
];
