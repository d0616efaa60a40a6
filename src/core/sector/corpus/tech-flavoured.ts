// Labelled employer introductions from employers that hire data scientists and ML engineers and all sound like
// technology companies: AI labs, start-ups and vendors whose sector depends on whom the product is made for
// (see docs/sector-labels.md). Every employer is fictional.
import type { SectorExample } from './example.ts';

export const TECH_FLAVOURED: SectorExample[] = [
  // Information Technology & Software Development: software, AI and data companies serving many industries or
  // industries outside the seven.
  {
    id: 'tf-001',
    company: 'Aldermoor AI',
    text: `Aldermoor is an AI research company. We train large language and vision models from scratch, publish a share of what we learn, and sell access to our models through an API used by around 4,000 businesses, from two-person studios to insurers and carmakers.

We raised a $210M Series B in March and are growing the pretraining team in London and Toronto. As a Research Engineer you will own parts of the training stack: data pipelines that handle trillions of tokens, evaluation harnesses, and the distributed training code that runs on our own clusters.

What you'll work on:
- Data mixtures and filtering for the next generation of our base models
- Scaling experiments on thousands of accelerators, and the tooling that makes them reproducible
- Evaluations that tell us whether a model is actually better, not just lower in loss

We publish, we open-source some of our smaller models, and we expect engineers to write. Compensation includes meaningful equity and a relocation package.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'AI research lab that is a company, selling to many industries',
  },
  {
    id: 'tf-002',
    company: 'Hollowmere Labs, Inc.',
    text: `<p><strong>Who we are</strong></p>
<p>Teachers spend nine hours a week marking. Hollowmere builds the feedback assistant that gives them that time back: it reads student essays, suggests rubric scores and drafts comments the teacher can accept or rewrite. More than 1,800 schools across 31 US states use it today.</p>
<p><strong>The role</strong></p>
<p>We&rsquo;re hiring a Machine Learning Engineer to improve our scoring models and build the evaluation sets that keep them fair across grade levels and dialects.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software for schools; education is unclassified, so a software vendor for it is IT',
  },
  {
    id: 'tf-003',
    company: 'Brickfold Pty Ltd',
    text: `We're looking for a Senior Data Scientist to lead our automated valuation models.

Brickfold is a Sydney software company. Our platform gives real-estate agents, mortgage brokers and property managers an instant estimate of what a home is worth, together with suburb trends and rental yields. Around 6,500 agencies log in every week. The valuation engine learns from 14 million past sales, planning records and listing photos, and you would own it end to end, from features to monitoring in production.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'proptech software serving agents, brokers and landlords (many industries), not a real-estate firm',
  },
  {
    id: 'tf-004',
    company: 'Casewise Legal AI Ltd',
    text: `# About Casewise

Casewise makes contract review software for in-house legal teams and law firms. Upload a supply agreement or a lease and Casewise flags unusual clauses, missing terms and obligations with dates attached. We are 70 people in Manchester and London, backed by two specialist B2B software investors, and used by legal teams at 300 organisations.

# The role

As an NLP Engineer you'll work on clause classification and extraction across 40 contract types.

You'll work with our two lawyers-turned-annotators and a small research team to move from clause labels to full obligation graphs: who owes what to whom, by when, and what happens if they don't. You'll own training data, models and the evaluation suite, and ship to customers every two weeks.

What we look for: solid Python, experience fine-tuning transformer models, and patience with long, messy documents.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'legal tech is a software company serving law, an unclassified industry',
  },
  {
    id: 'tf-005',
    company: 'Gridcalm',
    text: `Gridcalm forecasts how much power every wind farm, solar park and battery on a grid will produce or draw over the next 48 hours. Grid operators, energy traders and utilities in nine countries plan their days around our numbers.

We are a software company of 55 people, remote-first across Europe, with a small office in Copenhagen. We are hiring a Forecasting Scientist who enjoys weather data, probabilistic models and the satisfaction of being measured against reality every single hour.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'energy software vendor; energy is unclassified, so the software company is IT',
  },
  {
    id: 'tf-006',
    company: 'Rosterly',
    text: `Rosterly is the hiring and scheduling platform for hourly teams. Managers use it to post shifts, screen applicants and swap rotas from their phone; staff use it to pick up extra hours. Our customers include hospitals, grocery chains, banks' contact centres, warehouses and restaurant groups, more than 12,000 workplaces in Canada and the US.

We're hiring a Data Scientist (Marketplace) in Toronto to work on shift-matching and no-show prediction.

Benefits: extended health and dental coverage, RRSP matching, a learning budget.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'HR software for many industries; the customer list and health benefits do not set the sector',
  },
  {
    id: 'tf-007',
    company: 'Bidlane',
    text: `<h2>About Bidlane</h2>
<p>Bidlane runs a real-time bidding platform that decides, in under 80 milliseconds, which ad to show on 9 billion impressions a day. Advertisers and agencies use our buying tools; publishers use our yield tools to sell their inventory. We&rsquo;re 240 people in New York, London and Singapore.</p>
<h2>What you&rsquo;ll do</h2>
<ul><li>Build bid-shading and conversion models that run at the edge</li><li>Design experiments with millions of daily auctions</li></ul>
<h2>What we offer</h2>
<ul><li>Equity in a profitable company</li><li>Medical, dental and vision cover, 401(k) match</li><li>A team that will argue with you about calibration</li></ul>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'adtech software platform, not an advertising agency',
  },
  {
    id: 'tf-008',
    company: 'Wayfarer Stack Pte. Ltd.',
    text: `Wayfarer Stack builds the search and booking APIs behind travel apps. Airlines, hotel groups, online travel agencies and corporate booking tools connect to us to price itineraries and hold inventory. We handle 60 million searches a day from our Singapore and Kuala Lumpur offices.

We're hiring an ML Engineer for ranking: you'll decide which 20 of 5,000 possible itineraries a traveller sees first.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'travel-tech software vendor, not a travel company that books trips',
  },
  {
    id: 'tf-009',
    company: 'Emberfall Games',
    text: `Hey! We're Emberfall, an independent game studio in Montréal. Our last game, a co-op survival sim, has 3 million players on PC and console, and we're building our second title now.

We want a Data Scientist to join our 85-person team: player telemetry, matchmaking quality, economy balancing, and making sure our designers get answers on Monday about what players did on Saturday. You'll sit with designers, not in a separate analytics silo.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'tf-010',
    company: 'Tensorsmith Technologies Pvt. Ltd.',
    text: `&lt;p&gt;&lt;strong&gt;About Tensorsmith&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Tensorsmith is an MLOps platform that lets data teams train, deploy and monitor models without building their own infrastructure. More than 400 companies run models on us, from lenders and hospitals to retailers, logistics firms and media houses.&lt;/p&gt;&lt;p&gt;We are a team of 130 in Bengaluru and Pune and are hiring a Senior ML Platform Engineer to work on our model-serving layer (Kubernetes, Triton, Ray).&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'platform serving many industries, including lenders and hospitals',
  },
  {
    id: 'tf-011',
    company: 'Labelgrove',
    text: `Every good model starts with good labels. Labelgrove supplies them: our annotation teams in Nairobi, Kampala and Manila label images, audio, documents and sensor data for AI teams worldwide, and our own tooling checks every label twice.

We're hiring a Data Quality Scientist to design sampling and agreement metrics for projects that range from crop photos to customer-service transcripts.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'tf-012',
    company: 'Veloxa Silicon',
    text: `Veloxa designs AI inference chips. Our accelerator runs large models at a fifth of the power of a GPU, and it ships in servers sold by three of the largest data-centre hardware makers. Our foundry partner fabricates the silicon; we design the architecture, the compiler and the software stack.

We are hiring an ML Compiler Engineer in Austin or Santa Clara to map transformer workloads onto our hardware.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a chip maker is IT, not Manufacturing',
  },
  {
    id: 'tf-013',
    company: 'Heliograph',
    text: `Heliograph reads the documents companies drown in. Invoices, bills of lading, claim forms, customs declarations, permit applications: our document AI turns them into structured data with a human check where confidence is low. Our banking clients use us for account-opening paperwork, but so do freight forwarders, insurers, manufacturers and two national governments.

We're a 90-person software company based in Dublin, hiring a Computer Vision Engineer for layout understanding.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'banking clients are one of many industries served, so IT',
  },
  {
    id: 'tf-014',
    company: 'Vectorine',
    text: `Vectorine is a vector database for search and AI applications. Developers use it to store billions of embeddings and find the nearest ones in milliseconds. We're open-source at heart (22k GitHub stars), with a managed cloud service that 1,100 teams pay for.

Position: Research Engineer, Approximate Nearest Neighbour Search. Remote (US or Canada time zones).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'tf-015',
    company: 'Neuralwerk GmbH',
    text: `Über uns

Neuralwerk ist ein IT-Dienstleister aus München. Wir helfen mittelständischen Unternehmen, KI sicher in ihre Prozesse zu bringen: von der Datenplattform in der eigenen Cloud über Sprachmodelle für den Kundenservice bis zur Schulung der Fachabteilungen. Unsere 60 Beraterinnen und Entwickler arbeiten für Kunden aus Handel, Versicherung, Maschinenbau und öffentlicher Verwaltung.

Für unser Data-Science-Team suchen wir eine:n Machine Learning Engineer (m/w/d).`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'IT consultancy serving many industries',
  },
  {
    id: 'tf-016',
    company: 'Sonarine SAS',
    text: `<p><strong>Qui sommes-nous ?</strong></p>
<p>Sonarine développe une API de reconnaissance vocale qui transcrit plus de 30 langues en temps réel. Centres d&rsquo;appels, médias, éditeurs de logiciels et plateformes de visioconférence l&rsquo;intègrent dans leurs produits. Nous sommes 45 à Paris et Nantes, et nous venons de lever 18 millions d&rsquo;euros.</p>
<p><strong>Le poste</strong></p>
<p>Ingénieur·e en apprentissage automatique, équipe modèles acoustiques.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
  },
  {
    id: 'tf-017',
    company: 'Nubecita Cloud S.L.',
    text: `Buscamos un/a MLOps Engineer para nuestra sede de Madrid.

Quiénes somos
En Nubecita alquilamos capacidad de GPU por horas a equipos que entrenan y despliegan modelos de IA. Gestionamos nuestros propios centros de datos en Madrid y Lisboa, con energía renovable, y damos servicio a más de 700 clientes: start-ups, universidades, estudios de animación y empresas de todos los sectores.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
  },
  {
    id: 'tf-018',
    company: 'Datakompas B.V.',
    text: `# Over ons

Datakompas is een datateam dat je inhuurt. Wij bouwen dataplatforms, dashboards en voorspelmodellen voor organisaties die dat niet zelf kunnen of willen: van woningcorporaties en onderwijsinstellingen tot transporteurs en zorgverzekeraars. We zijn met 35 collega's in Utrecht.

# Wat ga je doen?

Als Data Scientist werk je tegelijk aan twee of drie klantprojecten.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'data consultancy serving many industries',
  },

  // Finance & FinTech: banks, insurers, trading and payment firms, and software made for financial firms.
  {
    id: 'tf-019',
    company: 'Ledgerlight',
    text: `We're looking for a Machine Learning Engineer to join our credit risk squad.

Ledgerlight is a UK neobank. Two million people hold a current account with us, get paid up to two days early and see every card payment categorised the moment it happens. We hold a full banking licence and make our own lending decisions, which is where you come in: our overdraft and personal-loan models decide thousands of applications a day, and we want them fairer and faster.

What you'll do:
- Build and ship affordability and default models in Python, deployed behind our decision engine
- Work with credit risk analysts and the regulator-facing model risk team on documentation and monitoring
- Design experiments on credit limits that are safe for customers and for the bank

We're 800 people, mostly in London and Cardiff. Hybrid, two days a week in the office.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'tf-020',
    company: 'Claimsight',
    text: `Claimsight builds claims software for property and casualty insurers. When a storm hits, adjusters use our photo models to estimate roof and water damage from policyholders' phone pictures, and our triage scores send simple claims straight to payment. Eleven US carriers process their home claims on Claimsight.

We're a Series A company in Chicago and need a Senior Computer Vision Engineer.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'software made for insurers is Finance',
  },
  {
    id: 'tf-021',
    company: 'Fairmark Credit Technologies',
    text: `<p>Fairmark scores people that banks cannot see. Around 400 million adults in South and Southeast Asia have no credit file, so we build credit scores from mobile wallet activity, utility payments and merchant data, with the applicant's consent.</p>
<p>Forty-two lenders, from microfinance institutions to digital banks, use our scores and our loan-decisioning API. We are 110 people in Bengaluru, Jakarta and Singapore.</p>
<p><strong>Role:</strong> Lead Data Scientist, Risk Models</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'credit-scoring vendor made for lenders',
  },
  {
    id: 'tf-022',
    company: 'Threnody Capital',
    text: `We are a technology company that happens to trade. Threnody is a proprietary trading firm: we trade our own capital across equities, futures and options on more than 50 exchanges, using systems we write ourselves. There are no clients and no outside investors.

Our Quantitative Researchers work in small teams with engineers to find signals, size risk and measure everything. Offices in Chicago, Amsterdam and Sydney.

What you'll do: research and build alpha models on high-frequency market data, work with traders to put them into production, and own their performance. What we look for: a strong background in maths, statistics, physics or computer science; fluency in Python and comfort with C++; curiosity about markets (no finance background required). Compensation includes a discretionary bonus tied to firm and team performance.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'calls itself a technology company, but it is a trading firm',
  },
  {
    id: 'tf-023',
    company: 'Paystrand Pte. Ltd.',
    text: `Paystrand moves money for businesses across Southeast Asia. Merchants accept cards, QR payments and bank transfers through one integration; we settle in 11 currencies and handle the licences, the card schemes and the chargebacks. Last year we processed US$19 billion.

We're hiring a Data Scientist, Payments Authorisation, to lift approval rates without letting fraud through.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'tf-024',
    company: 'Vigilant Ledger Ltd',
    text: `## Who we are
Vigilant Ledger makes anti-money-laundering software for banks, building societies and payment firms. Our transaction-monitoring models look at 300 million payments a month and tell compliance teams which 0.1% deserve a human look, with an explanation a regulator can read.

## The job
Machine Learning Engineer, Graph Models. You'll build network features that catch mule accounts moving money in rings. Edinburgh or remote in the UK.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'regtech made for financial firms',
  },
  {
    id: 'tf-025',
    company: 'Kestrel Motor Insurance',
    text: `We like to say we're a tech company with an insurance licence. Kestrel insures 350,000 drivers in the UK, and our app's driving score, built from phone sensors, sets a fairer price for careful drivers, especially young ones.

We price, underwrite and pay claims ourselves. The Pricing Data Science team is looking for a Senior Data Scientist to work on telematics risk models and claims frequency.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a car insurer is Finance, not Automotive, and not IT for calling itself tech',
  },
  {
    id: 'tf-026',
    company: 'Tallyfox',
    text: `Tallyfox is the money app for freelancers. Send an invoice in 30 seconds, chase late payers automatically, put tax aside as you earn and file your return from your phone. 180,000 designers, developers, translators and tradespeople across Germany, Austria and the Netherlands use it.

We're hiring a Data Scientist in Berlin to build our cash-flow forecasting and expense categorisation.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'invoicing and tax software for freelancers is Finance',
  },
  {
    id: 'tf-027',
    company: 'Meridian Wealth Inc.',
    text: `Investing shouldn't need a golf membership. Meridian manages C$6 billion for 240,000 Canadians through diversified portfolios, automatic rebalancing and advisers you can book on a video call. We are a registered portfolio manager in every province.

Machine Learning Engineer, Personalisation (Toronto, hybrid): help us recommend the right account and contribution plan to every client.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'tf-028',
    company: 'Northgate Credit Union',
    text: `<p><strong>Data Scientist, Member Analytics</strong></p>
<p>Northgate is a member-owned credit union with 28 branches across Alberta and 190,000 members. We offer chequing and savings accounts, mortgages, business loans and wealth advice, and every dollar of profit goes back to members and communities.</p>
<p>Our new analytics team is modernising how we understand members: churn, product fit and early signs of financial stress.</p>
<p><strong>What we offer:</strong> health and dental benefits, a defined-benefit pension, paid volunteer days.</p>
<p><strong>Responsibilities</strong></p>
<ul><li>Build member segmentation and propensity models</li><li>Partner with branch and contact-centre leaders to put insights into action</li><li>Help set up our first cloud data platform and model monitoring</li></ul>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'tf-029',
    company: 'Sumwise Pty Ltd',
    text: `Accountants shouldn't be typing in receipts. Sumwise reads the bank feeds, bills and receipts of a practice's clients and codes them for the accountant to review, so a bookkeeping job that took a day takes an hour. 1,600 accounting practices in Australia and New Zealand use Sumwise for 90,000 small-business clients.

Based in Melbourne, we're hiring our second ML Engineer.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'software for accountancy firms is Finance',
  },
  {
    id: 'tf-030',
    company: 'Kinfolk Talent',
    text: `Kinfolk Talent is partnering with our client, a fast-growing buy-now-pay-later lender, to hire a Senior Data Scientist (Credit Risk) in Mumbai.

Our client lets shoppers at 20,000 online and offline merchants split purchases into interest-free instalments, and underwrites every one of those loans in under two seconds. Having just raised a large Series C, they are building out risk, collections and fraud analytics.

Please apply with your CV; shortlisted candidates will hear from us within five working days.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'recruiter names its client: a lender, not the merchants it serves',
  },
  {
    id: 'tf-031',
    company: 'Haldane & Pike LLP',
    text: `Haldane & Pike is a top-twenty UK accountancy firm: audit, tax, advisory and business recovery for 9,000 clients from family businesses to listed groups. Our Audit Analytics team builds the tools our auditors use to test every transaction in a ledger rather than a sample.

We're hiring a Data Scientist to develop anomaly-detection models for journal testing.

Benefits include 25 days' holiday plus bank holidays, and study support for ACA or CFA.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'accountancy firm is Finance; "bank holidays" is a benefit word',
  },
  {
    id: 'tf-032',
    company: 'Fraudline',
    text: `Card fraud costs issuers more than it costs criminals. Fraudline's scoring engine sits inside the authorisation flow of 70 banks and payment processors and scores every card transaction in 15 milliseconds. Our consortium model learns from 4 billion transactions a year.

Open role: Senior ML Engineer, Real-Time Scoring. We're in Austin with a hub in Lisbon.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'fraud-scoring vendor made for banks and processors',
  },
  {
    id: 'tf-033',
    company: 'Zinsquelle GmbH',
    text: `Zinsquelle ist die Sparplattform für alle, die mehr aus ihrem Geld machen wollen. Über ein Konto legen unsere 450.000 Kundinnen und Kunden Tages- und Festgeld bei über 80 Partnerbanken in Europa an, ohne jedes Mal ein neues Konto zu eröffnen. Wir verwalten mehr als 9 Milliarden Euro Einlagen.

Für unser Team in Berlin suchen wir ab sofort eine:n Senior Data Scientist (m/w/d) mit Schwerpunkt Zinsprognose und Kundenverhalten.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'tf-034',
    company: 'Assurly',
    text: `Qui sommes-nous ?

Assurly est une assurtech lyonnaise. Nous assurons plus de 200 000 locataires et propriétaires en France avec une assurance habitation souscrite en trois minutes et des sinistres indemnisés en moyenne sous 48 heures. Nous sommes courtier et concevons nos propres garanties avec deux assureurs partenaires.

Nous recrutons un·e Data Scientist pour la tarification et la détection de fraude aux sinistres.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'tf-035',
    company: 'Cuentaclara',
    text: `<p>¿Autónomo o pyme? Cuentaclara te hace la contabilidad. Emites facturas, conectas tu banco y nosotros preparamos los impuestos trimestrales. Más de 95.000 autónomos y pequeñas empresas en España y México confían en nosotros.</p>
<p><strong>Buscamos</strong> un/a Machine Learning Engineer para automatizar la clasificación de gastos y la lectura de facturas. Trabajo remoto desde España.</p>`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'bookkeeping and tax software for small firms is Finance',
  },
  {
    id: 'tf-036',
    company: 'Koersvast',
    text: `Wij zoeken een Quantitative Developer.

Koersvast is een online broker uit Amsterdam. Ruim 300.000 beleggers handelen via onze app in aandelen, ETF's en obligaties tegen vaste lage kosten. We hebben een vergunning van de AFM en bewaren het vermogen van klanten gescheiden.

Je bouwt mee aan ons orderrouteringssysteem en aan modellen die de beste uitvoeringsplaats kiezen.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
  },

  // Healthcare & Pharmaceuticals: genomics, drug discovery, biotech, medical imaging and software for care.
  {
    id: 'tf-037',
    company: 'Helixory',
    text: `Helixory helps clinical laboratories interpret genomes. When a child with a suspected rare disease is sequenced, our platform ranks the thousands of variants found and shows the geneticist the evidence for the few that matter. Sixty hospital and reference labs in the US and Europe sign out reports on Helixory.

We're a 95-person company in Boston. Machine Learning Scientist, Variant Interpretation: train models on functional assays and population data to predict which variants cause disease.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-038',
    company: 'Moleculis Therapeutics',
    text: `# About us

Moleculis is a drug discovery company that designs small molecules with machine learning. Our lead programme, an oral inhibitor for idiopathic pulmonary fibrosis, entered Phase 1 this year, and we have three more candidates in preclinical work.

We sit in Cambridge with our own wet labs: computational chemists and ML researchers work next to the medicinal chemists who make the compounds.

# The role

Senior ML Scientist, Generative Chemistry

You will build generative models that propose molecules meeting potency, selectivity and ADME targets, and work in a tight loop with chemists who will synthesise your designs within weeks. Experience with graph neural networks, diffusion or language models for chemistry is valuable; a chemistry background is not required, curiosity is.

We offer a competitive salary, share options and a private pension with 8% employer contribution.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'AI drug discovery with its own pipeline is a maker of medicines',
  },
  {
    id: 'tf-039',
    company: 'Radiant Scan AI Pvt. Ltd.',
    text: `Radiant Scan's software reads chest X-rays and head CTs within a minute of the scan and flags urgent findings for the radiologist. It runs in 450 hospitals and diagnostic centres in India, Southeast Asia and Africa, and is CE-marked as a medical device.

We are hiring a Deep Learning Engineer in Bengaluru to work on detection and segmentation models for new body parts and modalities.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-040',
    company: 'Carepath Health Systems',
    text: `<p>Community health centers run on thin margins and thick paperwork. Carepath is the electronic health record built for them: charting, e-prescribing, sliding-fee billing and population health dashboards in one system. 900 clinics serving 6 million patients use Carepath every day.</p>
<p>We&rsquo;re looking for a Data Scientist to build risk stratification models that help care teams reach patients before they end up in the ER.</p>
<p><strong>What you&rsquo;ll do</strong></p>
<ul><li>Build and validate models on de-identified claims and EHR data</li><li>Work with our clinical advisors to make sure predictions are useful at the point of care</li><li>Monitor models for drift and bias across patient populations</li></ul>
<p>Fully remote in the US. Medical, dental and vision insurance, 401(k), and 20 days PTO.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-041',
    company: 'Tissuely',
    text: `Pathologists look at glass slides all day. We help them look at the right ones first. Tissuely digitises biopsies and runs AI that grades prostate and breast cancer on the scanned slide, so a pathologist can confirm in seconds what used to take minutes. Our system is in use at 30 labs in Singapore, Australia and Japan.

We're hiring a Computer Vision Research Engineer (gigapixel images, weak supervision, lots of them).`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-042',
    company: 'Parkhurst Search Partners',
    text: `Parkhurst Search is retained by our client, a global clinical research organisation, to find a Principal Data Scientist for its Philadelphia office.

The client runs Phase I to IV trials for pharmaceutical and biotech sponsors in over 40 countries. The new Trial Analytics group will predict site enrolment, detect data anomalies across studies and support risk-based monitoring.

Requirements: 8+ years in data science, experience with clinical or health data, and Python or R.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'recruiter names the client: a clinical research organisation',
  },
  {
    id: 'tf-043',
    company: 'Evergreen Health Plan',
    text: `Evergreen is a nonprofit health plan covering 1.1 million members in Oregon and Washington through employer, individual and Medicare plans. We pay claims, build provider networks and run care programmes for members with diabetes, heart failure and high-risk pregnancies.

Our Data Science team is hiring a Senior Data Scientist, Care Management, to predict who will benefit from a nurse's call.

In this role you will:
- Build models that predict avoidable hospital admissions and emergency visits
- Measure the impact of care programmes with careful causal methods
- Work with nurses, pharmacists and actuaries to turn predictions into outreach lists

Hybrid in Portland. Evergreen offers its own health plan to employees, a 403(b) with 6% match and generous paid time off.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'a health insurer is Healthcare, not Finance',
  },
  {
    id: 'tf-044',
    company: 'Pulsewave Medical Inc.',
    text: `Pulsewave makes a wearable patch that records every heartbeat for 14 days. Cardiologists prescribe it to catch arrhythmias that a 30-second ECG misses; our algorithms find the episodes and a technician team reviews them before a report goes to the doctor. The device is FDA-cleared and we manufacture it in Minnesota.

Role: Machine Learning Engineer, Arrhythmia Detection`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-device maker is Healthcare, not Manufacturing',
  },
  {
    id: 'tf-045',
    company: 'ShiftWell',
    text: `Nurse managers at 300 hospitals build next month's rota in ShiftWell. Our scheduling system knows each ward's skill mix, every nurse's contract and leave, and the agency rates, and it predicts where gaps will open before they do.

We're a 60-person team in Leeds and Glasgow, hiring an Operations Research Scientist to work on the optimiser.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'hospital staffing software is Healthcare',
  },
  {
    id: 'tf-046',
    company: 'Cormorant Pharmacy Group',
    text: `With 520 stores across Australia, Cormorant is the pharmacy most Australians pass on the way home. Our pharmacists dispense 40 million prescriptions a year and run vaccinations, health checks and medication reviews in store.

The Data & Analytics team is hiring a Data Scientist to forecast medicine demand by store and help pharmacists spot patients who are due a refill. Team member discount on in-store purchases.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'pharmacy chain is Healthcare; stores and a store discount do not make it Retail',
  },
  {
    id: 'tf-047',
    company: 'Foldwright Bio',
    text: `At Foldwright we design proteins that do not exist in nature. Our models propose antibody and enzyme sequences, our automated lab in South San Francisco builds and tests 10,000 of them a week, and the results train the next round. Two of our antibody programmes are partnered with large pharmaceutical companies.

We raised $140M last year. We're hiring an ML Scientist, Protein Language Models.

We're looking for someone who has trained large sequence models, ideally on proteins or other biological sequences, and wants their predictions tested in a real lab every week. You'll sit between the ML team and the protein engineers, and help decide what we build next. Full benefits, equity, and lunch with the people who pipette your designs.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-048',
    company: 'Molarvision Pty Ltd',
    text: `Molarvision is dental AI. Our software reads bitewing and panoramic X-rays in dental practices and marks decay, bone loss and old restorations so that the dentist can show patients exactly what they see. 2,400 practices across Australia, the UK and Canada use it.

We're hiring a Senior ML Engineer in Brisbane.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-049',
    company: 'Harbourline Clinics',
    text: `Last year our GPs saw 410,000 patients by video, and our prescribers sent their medicines to the pharmacy of their choice the same afternoon. Harbourline is a CQC-registered online GP practice working alongside the NHS and with private patients.

We're hiring a Data Scientist to work with our clinical safety team on triage, waiting times and outcomes.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-050',
    company: 'Septra Analytics',
    text: `Sepsis kills when it's caught late. Septra's early-warning model reads vital signs and lab results in the electronic record and alerts ICU and ward teams hours before a patient deteriorates. We are live in 41 hospitals across Canada and the northern US.

Join us as a Clinical ML Engineer in Toronto. Our benefits include full health and dental coverage from day one.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'tf-051',
    company: 'Genomwerk Diagnostik GmbH',
    text: `Über uns
Genomwerk ist ein Labor für genetische Diagnostik in Heidelberg. Wir sequenzieren jedes Jahr über 60.000 Patientenproben für Kliniken und Arztpraxen, von der Tumordiagnostik bis zu seltenen Erkrankungen, und entwickeln unsere Auswertungssoftware selbst.

Deine Aufgaben
Als Bioinformatiker:in / Data Scientist (m/w/d) entwickelst du Pipelines zur Variantenbewertung und trainierst Modelle, die unsere Befunde schneller und genauer machen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'tf-052',
    company: 'Rendezvital',
    text: `&lt;p&gt;&lt;strong&gt;Qui sommes-nous ?&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Rendezvital édite le logiciel de gestion des cabinets médicaux et paramédicaux : prise de rendez-vous en ligne, dossier patient, téléconsultation et facturation. Plus de 14 000 médecins, kinésithérapeutes et centres de santé l&amp;rsquo;utilisent en France et en Belgique.&lt;/p&gt;&lt;p&gt;Nous recrutons un·e Data Scientist pour réduire les rendez-vous non honorés.&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'software made for medical practices is Healthcare',
  },
  {
    id: 'tf-053',
    company: 'Biomira S.A.',
    text: `Quiénes somos
Biomira es una biotecnológica de Barcelona que desarrolla vacunas de ARNm contra enfermedades infecciosas. Tenemos dos candidatas en ensayos clínicos y una planta piloto propia para fabricar lotes clínicos.

Buscamos un/a Científico/a de Datos para nuestro equipo de bioinformática: diseño de antígenos, análisis de datos de inmunogenicidad y automatización de pipelines.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
    why: 'vaccine maker; its pilot plant does not make it Manufacturing',
  },
  {
    id: 'tf-054',
    company: 'Zorgmatch',
    text: `Zorgmatch maakt planningssoftware voor de thuiszorg. Elke ochtend plannen ruim 200 thuiszorgorganisaties met ons de routes van 38.000 wijkverpleegkundigen en verzorgenden langs cliënten thuis, met oog voor vaste gezichten en reistijd.

We zoeken een Data Scientist / Operations Researcher in Eindhoven om ons planningsalgoritme slimmer te maken.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'software made for home-care providers is Healthcare',
  },

  // E-commerce & Retail: marketplaces, online grocers and vendors made for retailers.
  {
    id: 'tf-055',
    company: 'Shelfwise',
    text: `Shelfwise puts small cameras on grocery shelves. Every hour they tell the store which products are out of stock, misplaced or wrongly priced, and store staff get a list on their handheld. We're in 2,100 supermarkets across the US and Canada.

We're hiring a Computer Vision Engineer in Seattle to push product recognition past 200,000 SKUs.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'shelf cameras made for grocery stores',
  },
  {
    id: 'tf-056',
    company: 'Aislecast',
    text: `<p><strong>About Aislecast</strong></p>
<p>Aislecast is the retail media platform for supermarkets. We help grocers run their own advertising business: sponsored products on their website and app, offers on their loyalty coupons and screens in their aisles, all measured against real till data. Seven grocery chains in the UK and Europe sell their ad space through us.</p>
<p><strong>Role:</strong> Data Scientist, Measurement</p>
<p>In this role you&rsquo;ll build incrementality measurement for campaigns across online and in-store sales, design geo- and store-level experiments, and help our grocers prove to brands that their ads sell products.</p>
<p>We&rsquo;re 90 people in London and Warsaw. Hybrid, with 27 days&rsquo; holiday and share options.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'advertising software made only for retailers, so Retail',
  },
  {
    id: 'tf-057',
    company: 'Forecastry Ltd',
    text: `&lt;p&gt;Forecastry tells grocers how much to order. Our demand forecasts cover fresh food, promotions and weather for 4,000 stores, and our replenishment engine sends the orders. Our retailers waste 30% less fresh food.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;We&amp;rsquo;re hiring:&lt;/strong&gt; Senior Data Scientist, Forecasting (London, hybrid)&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'demand forecasting made for grocers',
  },
  {
    id: 'tf-058',
    company: 'Bazaro Technologies Pvt. Ltd.',
    text: `Bazaro is India's marketplace for small towns. 45 million shoppers buy clothes, kitchenware and electronics from 600,000 sellers on our app, most of them paying cash on delivery. We are a technology company at heart, with 900 engineers in Bengaluru and Gurugram.

Machine Learning Engineer, Search & Recommendations: help a first-time shopper in Bareilly find the right kurta in Hindi.

You'll work on:
- Multilingual query understanding and spelling correction for low-literacy users
- Ranking models that balance relevance, seller quality and delivery speed
- Experiments with millions of daily users

We offer ESOPs, medical insurance for you and your family, and a flexible hybrid policy.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'consumer marketplace is Retail even when it calls itself a technology company',
  },
  {
    id: 'tf-059',
    company: 'Boxwhistle',
    text: `Groceries at your door in 20 minutes. That's Boxwhistle. We run 48 dark stores across Singapore and Kuala Lumpur and deliver a million orders a month, from fresh fish to nappies.

Data Scientist, Supply Chain: forecast demand per store per hour so our riders never leave without the milk. We're a team of 60 at our Singapore HQ, and hiring fast.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'tf-060',
    company: 'Revertly',
    text: `Revertly handles returns for online shops. Shoppers print a label or drop a parcel at one of 12,000 points; we collect it, grade it, refund or exchange it and send the goods back to stock or resale. 1,400 fashion and home e-commerce brands in the UK, Ireland and Germany use us.

We're hiring a Data Scientist to predict which orders will come back.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'returns service for online shops, not logistics',
  },
  {
    id: 'tf-061',
    company: 'Marigold & Finch',
    text: `# Who we are

Marigold & Finch designs linen and cotton clothing in our London studio and sells it only through our website and our nine shops. Partner workshops in Portugal and India make our pieces to our patterns.

# The role

Our first Data Scientist will work on size recommendations, markdown and demand planning, so we make fewer clothes that nobody buys.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'brand that designs and sells in its own shops but does not make the goods',
  },
  {
    id: 'tf-062',
    company: 'Pricewhisper GmbH',
    text: `Pricewhisper sets prices for retailers. Our pricing engine recommends regular prices, promotions and markdowns for fashion, DIY and grocery chains, balancing margin and stock against what competitors charge. Our 35 customers run 9,000 stores in Germany, Austria and Poland.

Based in Hamburg, we're looking for a Senior Data Scientist (Causal Inference) to measure price elasticity properly. The job is in English.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'tf-063',
    company: 'Second Loop',
    text: `Over a million Australians have sold a dress, a jacket or a pair of boots on Second Loop instead of throwing it out. Our marketplace takes a photo, suggests a price and handles the shipping label; buyers get authenticity checks on designer items.

We're hiring an ML Engineer in Melbourne for image search and pricing.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'tf-064',
    company: 'Storefold Inc.',
    text: `Storefold is the e-commerce platform for independent shops. A bike shop, a bookstore or a cheese maker can put its stock online in an afternoon, take payments, and sync inventory with the till in its physical store. 52,000 merchants in Canada and the US run their stores on Storefold.

We're hiring a Senior Data Scientist, Merchant Growth, in Vancouver.

You'll model which merchants are likely to grow, which will churn, and which features help them sell more. You'll work with product managers and our payments team, and your work will shape what we build next year.

We offer stock options, extended health benefits and four-day weeks in July and August.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'e-commerce platform made for shops is Retail',
  },
  {
    id: 'tf-065',
    company: 'Querybloom',
    text: `<h3>About us</h3>
<p>Querybloom powers the search bar on 900 online stores. Shoppers type &ldquo;red sneakers under 3000&rdquo; in English, Hinglish or Tamil and our engine understands it; merchandisers pin, boost and bury products from a dashboard.</p>
<h3>The role</h3>
<p>NLP Engineer, Query Understanding &ndash; Chennai</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'search software made for online shops',
  },
  {
    id: 'tf-066',
    company: 'Carvale',
    text: `Carvale sells used cars online. Pick one of 8,000 inspected cars on our site, get finance in minutes and we'll deliver it to your driveway with a 14-day money-back guarantee. We buy, recondition and sell every car ourselves from five hubs across England.

Data Scientist, Pricing: decide what we pay for a car and what we ask for it.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a car dealership is Retail, not Automotive; the car finance is a product it sells',
  },
  {
    id: 'tf-067',
    company: 'Pantrybox',
    text: `We're an online supermarket, but most of us never touch a shelf. Pantrybox picks 70,000 orders a week in two automated warehouses near Toronto and Montréal and delivers them in our own electric vans.

The Data team is hiring a Machine Learning Engineer for substitutions: what to send when the oat milk you ordered is out.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'online grocer; its warehouses and vans do not make it logistics',
  },
  {
    id: 'tf-068',
    company: 'Parcelwing',
    text: `Parcelwing is fulfilment for online shops. Brands send their stock to our warehouses in Dallas, Reno and Columbus; when a shopper orders, we pick, pack and ship the same day, and plug into their e-commerce store so they never touch a spreadsheet. We ship for 3,000 online brands.

Role: Data Scientist, Network Planning`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'fulfilment made for online shops is Retail, unlike general logistics',
  },
  {
    id: 'tf-069',
    company: 'Regalblick GmbH',
    text: `Regalblick macht Regale im Lebensmittelhandel sichtbar. Unsere Kameras und Roboter erfassen mehrmals täglich Bestände, Preisschilder und Platzierung in über 1.200 Supermärkten in Deutschland und der Schweiz. Die Filialen sehen sofort, wo nachgefüllt werden muss.

Wir suchen eine:n Computer Vision Engineer (m/w/d) in Köln oder remote.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'tf-070',
    company: 'Cabas Futé',
    text: `Chez Cabas Futé, on fait les courses à votre place. Commandez avant 22 h sur notre appli, nous livrons le lendemain matin fruits, légumes, produits frais et épicerie venus de nos entrepôts d'Île-de-France et de la région lyonnaise. 250 000 foyers nous font confiance.

Nous recrutons un·e Data Scientist pour la prévision de la demande et l'optimisation des promotions.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'tf-071',
    company: 'Mercadillo Online S.L.',
    text: `Sobre nosotros

Mercadillo es el marketplace donde más de 6 millones de personas en España y Portugal compran muebles, decoración y jardín a 3.000 tiendas. Nosotros no fabricamos nada: conectamos compradores y vendedores y nos encargamos del pago y la atención al cliente.

Buscamos un/a Data Scientist para el equipo de ranking.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'tf-072',
    company: 'Winkelwijs B.V.',
    text: `Over ons
Winkelwijs bouwt loyaliteitsprogramma's en gepersonaliseerde aanbiedingen voor supermarkten. Via de app van de supermarkt krijgen 5 miljoen klanten in Nederland en België elke week hun eigen kortingen, berekend door onze modellen.

Wij zoeken een Machine Learning Engineer voor ons kantoor in Amsterdam.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'loyalty software made for supermarkets',
  },

  // Telecommunications: operators, network equipment makers and software made for operators.
  {
    id: 'tf-073',
    company: 'Netweave Systems',
    text: `Netweave automates mobile networks. Our software watches every cell site in an operator's radio network, predicts faults and congestion, and retunes parameters without waiting for an engineer. Nine mobile operators across North America and Latin America run it on 180,000 sites.

We're hiring a Machine Learning Engineer, Network Anomaly Detection, in Dallas.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'software made for mobile operators',
  },
  {
    id: 'tf-074',
    company: 'Corefive',
    text: `<p>Corefive writes the cloud-native 5G core. Our software runs the part of a mobile network that authenticates phones, sets up data sessions and routes traffic, on any public or private cloud. Operators in 14 countries and a growing number of private 5G networks at ports and mines run on Corefive.</p>
<p>We&rsquo;re a 200-person software company in Ottawa and Bengaluru. <strong>Open role:</strong> Data Scientist, Network Intelligence.</p>
<p>You&rsquo;ll use signalling and session data from live networks to build models that predict congestion, detect misbehaving devices and recommend configuration changes. Experience with time series and streaming systems matters more than telecom knowledge; we&rsquo;ll teach you the 3GPP acronyms.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'calls itself a software company, but the software is made for mobile operators',
  },
  {
    id: 'tf-075',
    company: 'Skylark Broadband',
    text: `We're putting broadband in places fibre will never reach. Skylark operates a constellation of 320 low-earth-orbit satellites and sells internet service directly to homes, farms, ships and remote clinics in Australia, New Zealand and the Pacific.

Data Scientist, Capacity Planning: decide where the next beam goes. Perth or Sydney.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'satellite broadband operator; the remote clinics and farms are customers',
  },
  {
    id: 'tf-076',
    company: 'Ranforge',
    text: `Ranforge is an Open RAN software company. We build the radio access network software that lets operators mix radios from different vendors and run them on standard servers. Our RAN intelligent controller apps cut energy use at quiet cell sites by up to 25%.

Hiring: Reinforcement Learning Engineer, RAN Optimisation. Bristol, UK, or Bengaluru.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'tf-077',
    company: 'Fibrelane',
    text: `We keep 640,000 homes and businesses connected over full fibre, from Cornwall to Cumbria, and we're building to 1.5 million by 2028. Fibrelane lays, owns and runs the network, and sells broadband both directly and through 30 internet providers.

Our data team is hiring a Data Scientist to predict build costs street by street and spot faults before customers call.

What you'll do:
- Build models that estimate build cost and take-up for every street in our plan
- Use network telemetry to predict faults and optimise engineer visits
- Work with our network and finance teams to prioritise the next 400,000 premises

Hybrid, with offices in Bristol and Leeds. 28 days' holiday plus bank holidays, and 8% pension contribution.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'tf-078',
    company: 'Chatter Mobile Pty Ltd',
    text: `Chatter is a mobile network for people who hate lock-in contracts. We run on one of Australia's big networks, but the plans, the app, the billing and the support are all ours. 600,000 customers, no store, no call-centre hold music.

Data Scientist, Growth & Retention. Sydney, hybrid. Help us understand why people leave and what makes them stay.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'tf-079',
    company: 'Towerpoint Infrastructure Pvt. Ltd.',
    text: `Towerpoint owns and operates 38,000 telecom towers across India and leases space on them to mobile operators. We power, secure and maintain every site, most of them on diesel-free hybrid energy systems.

Our Analytics CoE is hiring a Data Scientist in Gurugram to forecast site energy use and predict equipment failures from 2 billion sensor readings a day.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'tower company; the energy and sensor work does not make it a utility',
  },
  {
    id: 'tf-080',
    company: 'Ratewell Billing',
    text: `Every time a phone uses a megabyte, someone has to charge for it. Ratewell's real-time charging and billing platform does that for 22 mobile and broadband operators across Europe, Africa and the Middle East, for 140 million subscribers.

We're looking for an ML Engineer to build revenue-assurance and anomaly models. Based in Prague, relocation offered.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'billing software made for operators',
  },
  {
    id: 'tf-081',
    company: 'Spectrumly',
    text: `## About Spectrumly
We help operators decide where to build. Spectrumly's planning tool predicts radio coverage and capacity from terrain, buildings and real network measurements, so an operator can plan 5G sites, fixed-wireless rollouts and spectrum bids on one map. Our customers are mobile operators, fixed-wireless providers and tower companies.

## Role
Machine Learning Engineer, Propagation Modelling (Denver or remote US)`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'tf-082',
    company: 'Harcourt Lane Recruitment',
    text: `Our client is a mobile and broadband operator serving 9 million customers across Ireland and the UK, with a network of 140 retail stores and two contact centres.

They are building a Customer Intelligence team and have asked us to find a Senior Data Scientist to lead churn and next-best-offer modelling. Dublin-based, hybrid, excellent package including pension and private health insurance.

The successful candidate will lead a team of three, work closely with marketing and the retail store network, and take ownership of model deployment. Experience in a subscription business is a plus. Please send your CV to our telecoms and technology desk; all applications are treated in confidence.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'recruiter names the client: an operator; its stores and the health insurance benefit do not matter',
  },
  {
    id: 'tf-083',
    company: 'Veltra Cable',
    text: `<p><strong>Data Scientist, Network Analytics &ndash; Calgary</strong></p>
<p>Veltra delivers cable internet, TV and home phone to 1.3 million homes across the Prairies. Our hybrid fibre-coax network stretches 60,000 km, and we are upgrading it to multi-gigabit speeds.</p>
<p>You&rsquo;ll use modem telemetry to find plant faults before they turn into truck rolls.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'cable operator; "plant" is its network, not a factory',
  },
  {
    id: 'tf-084',
    company: 'Tarsio Networks',
    text: `&lt;p&gt;Tarsio designs and builds radio units and antennas for 4G and 5G networks. Our equipment is on 60,000 cell towers in 20 countries, sold to mobile operators directly and through systems integrators.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Role:&lt;/strong&gt; ML Engineer, Digital Pre-Distortion &amp;amp; Beamforming (San Diego)&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network equipment maker for operators, not Manufacturing',
  },
  {
    id: 'tf-085',
    company: 'Simwell Pte. Ltd.',
    text: `Simwell is the eSIM platform for operators. When a traveller lands in Tokyo and downloads a data plan, or a new customer switches networks without visiting a store, Simwell's platform provisions the profile. We serve 70 mobile operators and virtual operators across Asia-Pacific and Europe.

We are hiring a Data Scientist in Singapore for fraud and activation analytics.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'tf-086',
    company: 'Tethera IoT GmbH',
    text: `Tethera connects machines. We are a mobile virtual network operator for the Internet of Things: our SIM cards keep 4 million meters, vending machines, scooters and agricultural sensors online in 180 countries, and our platform lets customers manage their connectivity.

We are hiring a Data Scientist in Munich (English-speaking team) to detect anomalous traffic and predict SIM failures.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'IoT connectivity provider is an operator, despite serving many industries',
  },
  {
    id: 'tf-087',
    company: 'Netzwelle GmbH',
    text: `Über uns
Netzwelle baut Glasfasernetze im ländlichen Raum. In Niedersachsen und Nordrhein-Westfalen haben wir bereits 210.000 Haushalte angeschlossen und betreiben das Netz selbst, vom Hausanschluss bis zum Rechenzentrum.

Für unser Team Netzplanung suchen wir eine:n Data Scientist (m/w/d), die:der mit Geodaten und Machine Learning den Ausbau Straße für Straße plant.`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'tf-088',
    company: 'Altiligne',
    text: `Altiligne apporte le très haut débit là où la fibre n'arrive pas. Nous exploitons un réseau hertzien et satellite qui relie 90 000 foyers, mairies et exploitations agricoles dans les zones rurales du Massif central et des Pyrénées.

Nous recrutons un·e Data Scientist pour optimiser la capacité du réseau et réduire les pannes. Poste basé à Clermont-Ferrand.`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'tf-089',
    company: 'Redonda Telecom S.A.',
    text: `Quiénes somos
Redonda es un operador móvil y de fibra con 4,5 millones de clientes en Chile y Perú. Tenemos nuestra propia red 4G y 5G y más de 90 tiendas.

Buscamos un/a Ingeniero/a de Machine Learning para el equipo de Inteligencia de Red en Santiago: predicción de congestión y mantenimiento preventivo de antenas.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'tf-090',
    company: 'Glasnet Noord B.V.',
    text: `<p><strong>Over ons</strong></p>
<p>Glasnet Noord legt en beheert glasvezel in Groningen, Friesland en Drenthe. Inmiddels zijn 180.000 huishoudens en bedrijven aangesloten op ons open netwerk, waarover zes internetaanbieders hun diensten leveren.</p>
<p>We zoeken een <strong>Data Scientist</strong> die ons helpt storingen te voorspellen en de aanleg slimmer te plannen.</p>`,
    sector: 'Telecommunications',
    lang: 'nl',
  },

  // Automotive & Manufacturing: autonomous driving, factory robots, batteries and EVs, and systems for plants.
  {
    id: 'tf-091',
    company: 'Wayvern Autonomy',
    text: `Wayvern is building the driver for robotaxis. Our autonomous-driving stack, from perception to planning, drives a fleet of 120 test vehicles across Phoenix and Austin, and we are working with two carmakers to put it into production vehicles.

We are hiring a Research Scientist, Motion Forecasting, to predict what every pedestrian, cyclist and car around us will do in the next eight seconds.

What you'll do:
- Design and train transformer-based models over multi-agent scenes
- Build closed-loop evaluation in simulation and on the road
- Work with planning engineers to make forecasts useful for driving decisions

We're 650 people in Mountain View and Phoenix. Competitive salary, equity, and rides in the car on day one.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'autonomous-driving company, although its product is software',
  },
  {
    id: 'tf-092',
    company: 'Armature Robotics',
    text: `<h2>About us</h2>
<p>Armature builds robotic arms that learn new tasks in an afternoon. Our robots pick, pack and assemble on production lines at electronics, food and auto-parts factories, and we make them ourselves in our plant outside Pittsburgh.</p>
<h2>Role</h2>
<p>Robot Learning Engineer &ndash; imitation learning, sim-to-real, manipulation.</p>
<p>You&rsquo;ll train manipulation policies from teleoperated demonstrations and simulation, deploy them to robots on customer lines and learn from what breaks. We care about robots that work on a Tuesday night shift, not just in a demo video.</p>
<p>Full benefits, equity and relocation to Pittsburgh.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'tf-093',
    company: 'Voltcell Energy',
    text: `Voltcell makes lithium-iron-phosphate battery cells at our gigafactory in Sunderland: 12 GWh a year, going into electric vans, buses and grid storage. Every cell that leaves the line carries 2,000 measurements from formation and testing.

We're hiring a Data Scientist, Manufacturing Quality, to predict which cells will fail before they are packed.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes batteries in a factory; "Energy" in the name does not make it an energy producer',
  },
  {
    id: 'tf-094',
    company: 'Ridgeback Motors',
    text: `We design and build electric pickups and SUVs for people who actually go off-road. Ridgeback delivered 28,000 vehicles last year from our factory in Georgia, and every one of them sends us data on battery health and drivetrain loads.

Join our Vehicle Data team as a Machine Learning Engineer working on range prediction and battery degradation.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'tf-095',
    company: 'Plantsense',
    text: `Plantsense listens to machines. Our wireless vibration and temperature sensors go on the pumps, motors and compressors in a plant, and our models warn the maintenance team weeks before a bearing fails. Paper mills, cement works, breweries and car-parts plants in 17 countries use Plantsense on 90,000 assets.

We're hiring an ML Engineer, Predictive Maintenance, in Atlanta.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for plants is Manufacturing, not IT',
  },
  {
    id: 'tf-096',
    company: 'Inspectra Vision',
    text: `Inspectra's cameras inspect 1.5 billion parts a year on production lines: castings, injection-moulded parts, PCBs and pharmaceutical blister packs. When a defect passes, our system catches it before it leaves the factory.

Computer Vision Engineer, Anomaly Detection (Stuttgart or remote in the EU). English is our working language.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'production-line inspection; the blister packs do not make it Healthcare',
  },
  {
    id: 'tf-097',
    company: 'Kitehawk Aero',
    text: `Kitehawk designs and builds electric vertical take-off aircraft for regional air mobility. Our five-seat prototype has flown 600 test flights and we are building our first production line in Montreal.

Flight Controls ML Engineer: work on learned state estimation and fault detection for the fly-by-wire system.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'tf-098',
    company: 'Crumbwell Foods Ltd',
    text: `You've probably eaten one of our crackers. Crumbwell bakes 140 million packs of crackers and oatcakes a year in our two bakeries in Lancashire, and they're on the shelves of 12,000 supermarkets and corner shops.

We're looking for a Data Scientist to improve demand forecasting and line scheduling. Generous staff shop discount.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes goods sold in supermarkets, so Manufacturing not Retail',
  },
  {
    id: 'tf-099',
    company: 'Solvane Chemicals',
    text: `Solvane makes specialty polymers and coatings at six plants in Texas, Louisiana and the Netherlands. Our advanced process control group uses data from 80,000 sensors to keep reactors stable and yields high.

We are hiring a Process Data Scientist (Houston) to build soft sensors and optimise batch recipes.

What you'll do:
- Build and deploy soft sensors for product quality in continuous and batch processes
- Work with operations engineers on each site to put models into the control room
- Help set up our plant data platform and model governance

Some travel to our plants (about 20%). Competitive salary, bonus and 401(k) match.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'tf-100',
    company: 'Haulsafe Technologies',
    text: `Haulsafe develops self-driving systems for heavy trucks. Our driver software and sensor kit have logged 4 million autonomous miles on Texas interstates, and we partner with a major truck manufacturer to build it into new tractors from the factory.

Perception Engineer, Long-Range Detection: see a stalled car 1,000 feet away at night in the rain.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'autonomous-driving company, not a freight carrier',
  },
  {
    id: 'tf-101',
    company: 'Lumisense',
    text: `# About Lumisense

Lumisense develops and manufactures lidar sensors for carmakers. Our solid-state lidar will ship in two premium car models next year, and we supply Tier-1 automotive suppliers in Europe, Japan and Korea.

# The role

Perception Data Scientist, point-cloud detection and sensor calibration. Detroit or Munich.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'tf-102',
    company: 'Twinforge',
    text: `Twinforge is factory software. Our manufacturing execution system and digital twin model every machine, order and operator on the shop floor, so planners at 500 plants making everything from car seats to yoghurt can see what is happening and what will happen next.

We're hiring an Optimisation Scientist, Scheduling. Pune or Chennai.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'software made for factories is Manufacturing',
  },
  {
    id: 'tf-103',
    company: 'Handwerk Robotik GmbH',
    text: `Wer wir sind
Handwerk Robotik entwickelt und baut kollaborative Roboter für Schweißen, Schleifen und Montage in kleinen und mittleren Betrieben. Über 3.000 unserer Cobots arbeiten bereits in Werkstätten und Fabriken in ganz Europa, gefertigt in unserem Werk in Augsburg.

Wir suchen eine:n Machine Learning Engineer (m/w/d) für Bahnplanung und Bildverarbeitung.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'tf-104',
    company: 'Trapkracht B.V.',
    text: `Trapkracht ontwerpt en bouwt elektrische fietsen in onze fabriek in Zwolle. Jaarlijks rollen er 60.000 e-bikes van de band, en elke fiets stuurt gegevens over accu, motor en onderhoud naar onze cloud.

We zoeken een Data Scientist die met die data storingen voorspelt en ons helpt betere fietsen te maken.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
  },
  {
    id: 'tf-105',
    company: 'Sillon Machines',
    text: `<p><strong>Qui sommes-nous ?</strong></p>
<p>Sillon conçoit et fabrique des tracteurs et robots agricoles autonomes dans notre usine près d&rsquo;Angers. Nos robots désherbent et sèment déjà dans 400 exploitations en France, en Allemagne et au Canada.</p>
<p>Nous recrutons un·e Ingénieur·e en vision par ordinateur pour la détection des cultures et des adventices.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'makes farm machines in a factory; farming itself would be unclassified',
  },
  {
    id: 'tf-106',
    company: 'Envasa Packaging S.A.',
    text: `Envasa fabrica envases de cartón y plástico reciclado para alimentación, bebidas y cosmética en cuatro plantas en España y Marruecos. Producimos más de 2.000 millones de unidades al año.

Buscamos un/a Científico/a de Datos para reducir mermas y paradas en nuestras líneas de producción con visión artificial y mantenimiento predictivo.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'tf-107',
    company: 'Layerline Additive',
    text: `Layerline prints metal parts. Rocket engine injectors, hip-implant blanks, hydraulic manifolds: our 40 laser powder-bed machines in Adelaide print them for aerospace, medical and defence customers.

Process Data Scientist: use melt-pool camera data to predict porosity before a build finishes. Adelaide, on site. Experience with image time series is a plus.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'contract manufacturer; its medical and aerospace customers do not set the sector',
  },
  {
    id: 'tf-108',
    company: 'Ironvale Steel',
    text: `Ironvale runs an electric-arc furnace steelworks in Ohio, turning scrap into 2.4 million tons of rebar and wire rod a year. Our Digital Operations team is small and close to the mill floor.

We're hiring a Data Scientist to model energy use per heat and predict chemistry before tapping. Three days a week at the mill in Marion County.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },

  // Public Sector & Smart Cities: government bodies, publicly run services and products made for city services.
  {
    id: 'tf-109',
    company: 'Civicflow Ltd',
    text: `Civicflow is govtech. Our planning and permitting software lets residents apply for planning permission online and lets council officers handle applications in one place; 95 local councils in England and Wales use it.

We're hiring a Data Scientist to build document checks that catch incomplete applications before an officer opens them.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'software made for councils',
  },
  {
    id: 'tf-110',
    company: 'Parkpilot',
    text: `<p>Parkpilot helps cities manage the kerb. Our in-ground sensors and cameras show which parking bays are free, drivers find them in the city&rsquo;s app, and enforcement officers see overstays live. 46 cities in the US, Canada and Australia run their parking on Parkpilot.</p>
<p><strong>Role:</strong> Machine Learning Engineer, Occupancy Prediction (Denver, hybrid)</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'smart parking made for cities',
  },
  {
    id: 'tf-111',
    company: 'Signalwise',
    text: `Signalwise makes traffic lights think. Our adaptive signal control reads detector and camera data and retimes intersections every cycle; city transport departments in 30 cities have cut peak delays by a fifth.

We're hiring a Reinforcement Learning Engineer in Toronto. Our team of 40 works with traffic engineers from more than 30 city transport departments.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'traffic-signal control sold to cities',
  },
  {
    id: 'tf-112',
    company: 'Binroute',
    text: `Bins get emptied because someone planned the truck's route. Binroute is that someone for 70 Australian councils: our software plans waste and recycling collection routes, tracks every lift and tells residents when their street was missed.

Role: Data Scientist, Route Optimisation. Brisbane, hybrid. Every new starter rides along on a collection run in their first month.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'waste-route planning for councils',
  },
  {
    id: 'tf-113',
    company: 'Maple County Government',
    text: `Data Scientist II, Office of Data & Analytics

Maple County provides services to 780,000 residents: public safety, roads, elections, parks, social services and libraries. The Office of Data & Analytics helps departments use data to decide where crews, caseworkers and dollars go.

Salary range $92,000–$118,000. County employees receive health insurance, a defined-benefit pension and paid holidays.

Duties include:
- Building dashboards and predictive models with county departments
- Cleaning and linking data across departmental systems
- Presenting findings to department heads and the County Board

This position is open until filled. Maple County is an equal opportunity employer.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-114',
    company: 'Northshire Police',
    text: `Northshire Police serves 1.4 million people across towns, villages and two cities. Our Data Science Unit helps officers and staff understand demand, predict where calls will come from, and evaluate what works in reducing harm.

We are recruiting a Senior Data Scientist (police staff role). Candidates must pass vetting. Salary £48,000–£55,000, plus a pension and cycle-to-work scheme.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-115',
    company: 'Calder Valley Transit Authority',
    text: `<p><strong>About us</strong></p>
<p>Calder Valley Transit is the public agency that runs bus, light rail and paratransit services for 1.9 million people in the Calder Valley region. We carry 320,000 riders a day.</p>
<p>The Planning &amp; Analytics group is hiring a <strong>Transit Data Scientist</strong> to model ridership and help redesign our bus network.</p>
<p><strong>Duties</strong></p>
<ul><li>Analyse fare-card and automatic passenger counter data</li><li>Build ridership forecasts for service changes</li><li>Support public engagement with clear maps and charts</li></ul>
<p>This is a union-represented position with a public pension and transit pass.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'publicly run transport is Public Sector, not unclassified transport',
  },
  {
    id: 'tf-116',
    company: 'Revenue Analytics Division',
    text: `The Revenue Analytics Division is part of the state Department of Taxation. We use data to help 4 million taxpayers get their returns right, to spot refund fraud and to decide which returns deserve an audit.

We're hiring a Machine Learning Engineer to modernise our risk models and move them to the department's cloud platform. Civil service benefits apply.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a tax authority is government; tax fraud work does not make it Finance',
  },
  {
    id: 'tf-117',
    company: 'Cityline Civic Inc.',
    text: `When a resident reports a pothole, a broken streetlight or a missed pickup, there's a good chance it goes through Cityline. Our 311 platform routes requests to the right city department, tracks them to completion and tells the resident when it's fixed. Cities from Oakland to Halifax use it.

Data Scientist, Service Request Intelligence (remote, US/Canada).`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-118',
    company: 'Harlow County Public Health',
    text: `&lt;p&gt;Harlow County Public Health protects the health of 520,000 residents through disease surveillance, immunisation clinics, restaurant inspections and emergency preparedness.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Position:&lt;/strong&gt; Epidemiologist / Data Scientist. You&amp;rsquo;ll build outbreak detection from lab reports, emergency-department visits and wastewater data.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a county health department is Public Sector, not Healthcare',
  },
  {
    id: 'tf-119',
    company: 'Joint Forces Software Unit',
    text: `The Joint Forces Software Unit is the armed forces' in-house technology unit. We build software for soldiers, sailors and aviators: logistics planning tools, maintenance prediction for vehicles and aircraft, and data platforms that work when the network doesn't.

We are hiring civilian Machine Learning Engineers. Security clearance required.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a unit of the armed forces, not a defence manufacturer',
  },
  {
    id: 'tf-120',
    company: 'Lumenway',
    text: `Lumenway turns streetlights into a city network. Our controllers dim lights when streets are empty, report faults automatically and carry sensors for air quality and noise. 140,000 lights in 60 municipalities across Germany, the Netherlands and Denmark run on Lumenway.

Data Scientist, Urban Sensing. Copenhagen, English-speaking team.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-121',
    company: 'Courts Modernisation Service',
    text: `## Who we are
The Courts Modernisation Service is part of the Ministry of Justice. We are moving hearings, case files and listings online for magistrates', county and family courts, so that judges, clerks and the public spend less time waiting.

## The role
Data Scientist: forecast case volumes and hearing durations to improve how courts list cases.

You'll work with listing officers and judges to understand how cases really move, build forecasting models in Python and R, and present results to senior civil servants. Civil Service pension, flexible working and 25 days' annual leave rising to 30. We welcome applications from people of all backgrounds.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-122',
    company: 'Floodwatch Civic Pty Ltd',
    text: `Floodwatch puts water-level sensors in creeks and stormwater drains and gives local councils a live flood dashboard and automatic road-closure alerts. Thirty-eight councils in Queensland and New South Wales run their flood warnings on it.

We're hiring a Hydrology ML Engineer to extend our forecasts from 30 minutes to 6 hours.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-123',
    company: 'Nagvara Smart City Development Ltd',
    text: `Nagvara Smart City Development Ltd is the special-purpose company set up by the Nagvara Municipal Corporation to run the city's integrated command centre, intelligent traffic system, e-governance services and water-network monitoring.

Applications are invited for the post of Data Scientist (contract, 3 years). Candidates should have experience with geospatial data and time-series forecasting.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'tf-124',
    company: 'Amtsfix GmbH',
    text: `<p><strong>Über uns</strong></p>
<p>Amtsfix digitalisiert die Bürgerämter. Mit unserer Software beantragen Bürgerinnen und Bürger Meldebescheinigungen, Parkausweise und Führungszeugnisse online, und die Verwaltung bearbeitet alles in einem System. Über 250 Städte und Gemeinden in Deutschland arbeiten bereits mit Amtsfix.</p>
<p>Wir suchen eine:n <strong>Data Scientist (m/w/d)</strong> für die automatische Vorprüfung von Anträgen.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'software made for municipal administrations',
  },
  {
    id: 'tf-125',
    company: 'Mobilicité',
    text: `Mobilicité équipe les collectivités en capteurs de mobilité. Nos compteurs mesurent vélos, piétons et voitures aux carrefours, et notre plateforme aide les services voirie de 120 villes et métropoles à planifier pistes cyclables et plans de circulation.

Nous recrutons un·e Data Scientist à Bordeaux.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'tf-126',
    company: 'Tramitia S.L.',
    text: `Buscamos un/a Ingeniero/a de Datos con experiencia en NLP.

Tramitia desarrolla la plataforma de administración electrónica que usan más de 400 ayuntamientos y diputaciones en España: sede electrónica, registro, expedientes y notificaciones. Cada año gestionamos 30 millones de trámites de ciudadanos y empresas.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'e-government software made for councils',
  },

  // Unclassified: research institutes, universities, and employers whose own business is in none of the seven
  // sectors, however technical the job.
  {
    id: 'tf-127',
    company: 'Institute for Open Machine Intelligence',
    text: `The Institute for Open Machine Intelligence is an independent non-profit research institute. We study how large AI systems behave, publish everything we find, and release our models and evaluation tools under open licences. We are funded by philanthropic grants and take no commercial contracts.

We are hiring Research Engineers for our interpretability and evaluations teams in Seattle.

Our researchers work in small teams on open questions: why models fail under distribution shift, how to measure dangerous capabilities, and what makes an evaluation trustworthy. Research engineers build the infrastructure that makes this work possible and co-author papers.

Salary range $180,000–$230,000, full benefits, and a commitment to publish.`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute, not an AI company',
  },
  {
    id: 'tf-128',
    company: 'University of Eastbrook',
    text: `<p><strong>Research Software Engineer, Centre for Learning Systems</strong></p>
<p>The Centre for Learning Systems is a research centre in the University of Eastbrook&rsquo;s School of Computing. Our 60 researchers work on reinforcement learning, robotics and machine learning for medical imaging with hospital partners across the region.</p>
<p>Fixed-term for 36 months, university pension scheme.</p>`,
    sector: null,
    lang: 'en',
    why: 'a university; its hospital partners and robotics research do not set the sector',
  },
  {
    id: 'tf-129',
    company: 'Brightmeter Energy',
    text: `Brightmeter supplies electricity and gas to 1.6 million homes in Britain, with a smart-meter app that shows what every appliance costs and tariffs that get cheaper when the wind blows. We're proud to run one of the most data-driven energy suppliers in the country.

Our Data Science team is hiring a Senior Data Scientist to forecast customer demand half-hour by half-hour and help customers shift usage.

What you'll do:
- Build demand forecasts used by our trading desk and customer teams
- Design experiments on time-of-use tariffs and nudges
- Improve our smart-meter data pipelines with the data engineering team

We offer a hybrid working pattern, 8% pension and a discount on your own energy bill.`,
    sector: null,
    lang: 'en',
    why: 'an energy retailer is unclassified, however data-driven',
  },
  {
    id: 'tf-130',
    company: 'Skyrova Airways',
    text: `Skyrova flies 14 million passengers a year to 90 destinations from our hubs in Singapore and Perth. Our Operations Research team builds the models that schedule aircraft and crews, price seats and recover the network when a typhoon closes an airport.

Join us as a Data Scientist, Revenue Management.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'tf-131',
    company: 'Tidewater Hotels & Resorts',
    text: `# About Tidewater

Tidewater operates 85 hotels and resorts across the Caribbean, Mexico and Florida, from city business hotels to all-inclusive beach resorts. Our Commercial Analytics team sets room prices for 22,000 rooms every night.

# The role

Data Scientist, Pricing. Based in Miami. Team members enjoy discounted stays across the portfolio.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'tf-132',
    company: 'The Ledger-Post',
    text: `The Ledger-Post has covered our city and state for 140 years. Today 310,000 people subscribe to our journalism online and in print, and our newsroom of 200 reporters and editors publishes around the clock.

We are hiring a Data Scientist to work with the audience team on subscription propensity, paywall design and newsletter recommendations.`,
    sector: null,
    lang: 'en',
    why: 'a newspaper (media); "Ledger" in the name says nothing about Finance',
  },
  {
    id: 'tf-133',
    company: 'Ashcombe Reid LLP',
    text: `Ashcombe Reid is an international law firm with 1,100 lawyers in London, New York, Hong Kong and Frankfurt, advising on disputes, finance and corporate transactions. Our Legal Innovation team builds the tools our lawyers use, from clause search to e-disclosure review.

We're hiring a Machine Learning Engineer to help lawyers review millions of documents in litigation.

You'll join a team of 25 engineers, data scientists and knowledge lawyers. You will fine-tune and evaluate language models on privileged documents in a secure environment, and work directly with partners on live matters. No legal background needed.`,
    sector: null,
    lang: 'en',
    why: 'a law firm, not a legal-tech vendor; advising on finance does not make it Finance',
  },
  {
    id: 'tf-134',
    company: 'Larkspur Advisory',
    text: `Larkspur Advisory is a management consultancy. We help chief executives of banks, retailers, hospital groups and governments decide what to do next, and increasingly that means putting AI to work. Our Advanced Analytics practice has grown to 140 people across Sydney, Singapore and Mumbai.

Role: Senior Data Scientist, Advanced Analytics. Expect to travel to client sites.

You'll work in small case teams alongside strategy consultants, build models that support a client's key decisions, and present them to their leadership. We look for strong Python and statistics, and the ability to explain a model to a board. Expect 30-40% travel.`,
    sector: null,
    lang: 'en',
    why: 'management consultancy; its clients are in many sectors',
  },
  {
    id: 'tf-135',
    company: 'Stonegable Properties',
    text: `Stonegable owns and manages 24,000 rental apartments across Texas, Arizona and Colorado, and we are developing 3,000 more. We're a property company that takes data seriously: rents, renewals and maintenance are all planned from our own data platform.

We're hiring a Data Scientist to forecast lease renewals and recommend rents.`,
    sector: null,
    lang: 'en',
    why: 'a real-estate owner, not a proptech software vendor',
  },
  {
    id: 'tf-136',
    company: 'Mortar & Beam Construction',
    text: `<p>Mortar &amp; Beam builds hospitals, schools, data centres and rail stations across Ontario and Quebec. With 2,800 people on site and in the office, we delivered $3.1B of projects last year.</p>
<p>Our Digital Construction team is hiring a <strong>Data Scientist</strong> to predict schedule slippage from site diaries, drone surveys and BIM models.</p>`,
    sector: null,
    lang: 'en',
    why: 'a builder; building hospitals and data centres does not make it Healthcare or IT',
  },
  {
    id: 'tf-137',
    company: 'Prairie Grain Co-operative',
    text: `Prairie Grain is a farmer-owned co-operative. Our 11,000 members grow wheat, canola and pulses across Saskatchewan and Manitoba, and we store, market and ship their grain from 34 elevators.

We're hiring a Data Scientist to build yield and price forecasts that help members decide when to sell. Based in Regina, with full benefits and a pension plan.`,
    sector: null,
    lang: 'en',
    why: "farmers' co-operative, not an agritech software company",
  },
  {
    id: 'tf-138',
    company: 'Basinview Energy',
    text: `Basinview explores for and produces oil and natural gas in the Permian Basin and offshore Gulf of Mexico, producing about 190,000 barrels of oil equivalent a day.

Our Subsurface Data Science team is hiring a Machine Learning Geoscientist to interpret seismic volumes and predict well performance. Relocation to Houston provided.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'tf-139',
    company: 'Redcliff Minerals',
    text: `At Redcliff's iron ore mines in the Pilbara, 90 autonomous haul trucks run around the clock, controlled from our operations centre in Perth. We're one of the most automated miners in Australia, and we want to go further.

Data Scientist, Mine Automation: improve fleet dispatch and predict tyre and engine failures.`,
    sector: null,
    lang: 'en',
    why: 'a mining company that uses autonomous trucks, not one that makes them',
  },
  {
    id: 'tf-140',
    company: 'Keelhaul Freight',
    text: `Keelhaul moves freight by road, rail and sea for manufacturers, chemical producers and car-parts suppliers. Our 40 warehouses store goods for customers until they are needed on the production line, and our 1,200 trucks run across Germany, Poland and the Czech Republic.

We're hiring a Data Scientist, Network Optimisation (Hamburg, English-speaking team).`,
    sector: null,
    lang: 'en',
    why: 'general freight logistics; serving manufacturers does not make it Manufacturing',
  },
  {
    id: 'tf-141',
    company: 'Wanderkeel Holidays',
    text: `Wanderkeel has been sending Britons on small-group adventures for 25 years: trekking in Nepal, cycling in Vietnam, sailing in Croatia. We book 90,000 travellers a year onto 600 trips and run our own guides.

We're hiring our first Data Scientist to work on pricing and trip recommendations. Based in our Bristol office.`,
    sector: null,
    lang: 'en',
    why: 'a travel company that books trips is unclassified',
  },
  {
    id: 'tf-142',
    company: 'Fieldnote Media',
    text: `Fieldnote is an independent media agency. We plan and buy advertising for 60 brands across TV, streaming, social and outdoor, and our Data & Effectiveness team measures what actually worked.

Looking for a Marketing Mix Modelling Data Scientist to join the team in Manchester. Experience with Bayesian methods preferred; hybrid working, three days in office.`,
    sector: null,
    lang: 'en',
    why: 'an advertising agency, not an adtech software company',
  },
  {
    id: 'tf-143',
    company: 'Apex Talent Partners',
    text: `Apex Talent Partners is hiring on behalf of our client, a fast-growing scale-up with a strong engineering culture, for a Senior Machine Learning Engineer.

You'll take models from notebook to production, mentor two juniors and help choose the MLOps stack. Python, PyTorch and AWS are essential. Remote-first within the UK, up to £95,000 plus equity.`,
    sector: null,
    lang: 'en',
    why: 'recruiter does not say what the client does',
  },
  {
    id: 'tf-144',
    company: 'Brightpath Online Academy',
    text: `Brightpath is an accredited online high school. Our 14,000 students in grades 9 to 12 learn from certified teachers in live classes and graduate with a recognised diploma.

We're hiring a Data Scientist to help our teachers see which students are falling behind and why. Remote, anywhere in the United States; teaching experience welcome.`,
    sector: null,
    lang: 'en',
    why: 'a school, not an edtech software vendor',
  },
  {
    id: 'tf-145',
    company: 'Varma Holdings',
    text: `Varma Holdings is a diversified group with interests in cement, hospitality, consumer finance, renewable power and real estate, employing 45,000 people across India and the Middle East.

The Group Data Office is hiring Data Scientists to work on projects across our businesses. Location: Mumbai. Competitive salary and relocation support.`,
    sector: null,
    lang: 'en',
    why: 'a conglomerate and the posting names no hiring business',
  },
  {
    id: 'tf-146',
    company: 'Pawsworth Veterinary Group',
    text: `Pawsworth has 210 veterinary practices and four animal hospitals across the UK. Our vets and nurses care for 1.3 million pets a year, and our Data team helps them with appointments, stock and clinical quality.

We're hiring a Data Scientist. Benefits include private health insurance and discounted pet care.`,
    sector: null,
    lang: 'en',
    why: 'vets are unclassified, not Healthcare',
  },
  {
    id: 'tf-147',
    company: 'Harbour City FC',
    text: `Harbour City FC plays in the A-League and the W-League in front of 15,000 fans a week. Our Performance Analysis department uses tracking and event data to scout players, plan training loads and prepare for every opponent.

Position: Football Data Scientist (full-time, Sydney). Experience with tracking data and a love of the game essential.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'tf-148',
    company: 'Institut für Angewandte Lernende Systeme e.V.',
    text: `Über uns
Das Institut für Angewandte Lernende Systeme ist ein gemeinnütziges Forschungsinstitut in Dresden. Wir forschen zu vertrauenswürdiger KI, Robotik und Sprachverarbeitung und arbeiten dabei mit Hochschulen und Unternehmen zusammen. Finanziert werden wir aus öffentlichen Fördermitteln.

Wir suchen eine:n Wissenschaftliche:n Mitarbeiter:in (m/w/d) im Bereich Machine Learning, befristet auf drei Jahre.`,
    sector: null,
    lang: 'de',
    why: 'non-profit research institute',
  },
  {
    id: 'tf-149',
    company: 'Eaux du Val de Loire',
    text: `Chaque jour, nous distribuons l'eau potable de 650 000 habitants du Val de Loire et traitons leurs eaux usées dans nos 40 stations d'épuration. Eaux du Val de Loire exploite 9 000 km de canalisations.

Nous recrutons un·e Data Scientist pour détecter les fuites sur le réseau grâce aux capteurs de pression et de débit.`,
    sector: null,
    lang: 'fr',
    why: 'a water utility is unclassified',
  },
  {
    id: 'tf-150',
    company: 'Kassengroep Westland',
    text: `Kassengroep Westland teelt op 120 hectare glas tomaten, paprika's en komkommers voor supermarkten in heel Europa. In onze kassen hangen duizenden sensoren en camera's die klimaat, gewasgroei en oogst meten.

We zoeken een Data Scientist die met die data de oogst voorspelt en het kasklimaat helpt sturen.`,
    sector: null,
    lang: 'nl',
    why: 'a grower (agriculture); selling to supermarkets does not make it Retail',
  },
];
