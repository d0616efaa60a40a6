// Employer introductions of software and hardware vendors made for one sector's businesses (labelled with that
// sector), of money software and FinTech that reads like software, and of general-purpose software companies
// that name customers in several industries (Information Technology). Labels follow docs/sector-labels.md.
import type { SectorExample } from './example.ts';

export const VENDORS_2: SectorExample[] = [
  // Finance & FinTech: software and services made for banks, lenders, insurers, brokers, exchanges, accountants.
  {
    id: 'v2-001',
    company: 'Coreholt',
    text: `We're hiring a Senior Backend Engineer (Go) for our deposits team.

Coreholt is a cloud core for community banks. Today 38 banks in the Midwest and the South run their checking, savings and CD accounts on our platform instead of a mainframe in the basement. Our API posts every transaction in real time, so a teller in Dubuque and the mobile app see the same balance at the same second. We're 140 people, remote-first across the US, with hubs in Des Moines and Nashville.

You'll own the interest-accrual and statement services and work closely with our bank-onboarding squad when a new charter converts.

What you'll work on:
- Moving interest accrual from a nightly batch to event-driven posting
- Statement rendering for 2.6 million accounts at month end
- Tooling that lets our conversion team map a legacy core's product codes onto ours

What we look for: five or more years building backend systems in Go, Java or Kotlin; comfort with Postgres at scale; care about correctness when every cent has to reconcile. Banking experience is a plus, not a requirement.

Salary range $165,000–$195,000 plus equity.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'core banking software is made for banks',
  },
  {
    id: 'v2-002',
    company: 'Corvane Analytics Inc.',
    text: `# About us
Corvane scores card transactions for fraud before they are approved. Card issuers – from regional banks to two of the ten largest credit-card programmes in North America – send us around 45 million authorisations a day, and our models answer in under 30 milliseconds.

# The role
As a Machine Learning Engineer on the Models team you will retrain and ship the gradient-boosted and sequence models behind our risk score, and build the monitoring that tells an issuer when a new attack pattern shows up.

# Where
Toronto or Austin, hybrid.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'fraud scoring for card issuers',
  },
  {
    id: 'v2-003',
    company: 'Harbourline Search',
    text: `Harbourline Search is delighted to be partnering with our client, a Series B SaaS business based in London, on the search for a Product Manager.

Our client's sanctions and anti-money-laundering screening platform is used by more than 60 banks, payment institutions and building societies across the UK and Europe to check customers and payments against watchlists in real time. Having recently closed a $48m round, they are building out a second product for transaction monitoring.

The successful candidate will own the case-management workflow used by compliance analysts. Hybrid, 2 days a week in the office near Old Street.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'recruiter names its client: AML software for banks',
  },
  {
    id: 'v2-004',
    company: 'Quillmark Ltd',
    text: `<p><strong>Who we are</strong></p>
<p>Quillmark is practice software for accountancy firms. Around 2,300 practices in the UK and Ireland use it to onboard clients, chase records, track deadlines for self-assessment and VAT returns, and bill for their time. If you have ever wondered how a ten-person firm in Shrewsbury keeps on top of 900 year-ends, the answer is increasingly us.</p>
<p><strong>The role</strong></p>
<p>We&rsquo;re looking for a Customer Success Manager to look after our mid-sized firms (20&ndash;150 staff).</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'software for accountancy firms',
  },
  {
    id: 'v2-005',
    company: 'Strata Risk Pvt. Ltd.',
    text: `<p>Strata Risk builds the credit decisioning engine behind small-ticket loans in India. NBFCs, microfinance institutions and co-operative banks use our platform to pull bureau data, read bank statements and decide on a loan application in under two minutes. Last year our engine made 31 lakh lending decisions.</p>
<p><strong>About the role</strong></p>
<ul><li>Build and validate scorecards for new lender clients</li><li>Work with Python, PySpark and our rules engine</li><li>Location: Bengaluru (Koramangala), hybrid</li></ul>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-006',
    company: 'Pellucid Systems Pte. Ltd.',
    text: `Pellucid Systems is looking for a Low-Latency C++/Rust Engineer in Singapore.

Brokers and proprietary trading desks across Asia route their orders through our order-management and execution platform: 14 exchanges connected, from SGX to the Tokyo and Hong Kong markets, with pre-trade risk checks in single-digit microseconds. Our engineering team is small (35) and senior.

Our stack: Rust and modern C++ on the hot path, Kafka and ClickHouse for the post-trade pipeline, Kubernetes everywhere else.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'trading system made for brokers; the tools say nothing',
  },
  {
    id: 'v2-007',
    company: 'Brightwater Claims',
    text: `Adjusters at 42 property and casualty insurers close their simplest claims without touching them. A policyholder photographs a dented fender or a burst pipe in our app, our models estimate the repair, check the policy and flag anything that looks staged, and the payment goes out the same day.

That's Brightwater. We're based in Halifax and Montréal and we're hiring a Senior Full-Stack Developer (TypeScript, React, Node) for the adjuster workbench.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'claims software made for insurers',
  },
  {
    id: 'v2-008',
    company: 'Fenwick & Lowe Software Ltd',
    text: `&lt;p&gt;&lt;strong&gt;About Fenwick &amp;amp; Lowe&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Our platform is where 4,000 independent financial advisers run their business: fact-finds, suitability reports, model portfolios, ongoing reviews and the paperwork the regulator expects. Advisers and paraplanners from Aberdeen to Truro log in every morning.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;The job&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We need a QA Engineer to help us release weekly without breaking anyone&amp;rsquo;s annual review season. Based in Bristol, 3 days in the office.&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'software made for financial advisers',
  },
  {
    id: 'v2-009',
    company: 'Kestrel Loan Cloud Pty Ltd',
    text: `About Kestrel
Mortgage brokers lodge about one in six Australian home-loan applications through Kestrel. Our cloud platform pre-fills the lender forms, runs serviceability calculators for 40 lenders side by side and keeps the broker compliant with best-interests duty.

What we offer
- Hybrid work from our Melbourne office on Flinders Lane
- Private health cover for you and your family
- 4 weeks' leave plus your birthday off

We're after a Senior Data Engineer to build our lender-policy pipeline.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'mortgage software for brokers and lenders; health cover is a benefit',
  },
  {
    id: 'v2-010',
    company: 'Oxbow Data',
    text: `You'll join the team that files the call reports. Every quarter, more than 600 credit unions send their regulatory reports to the NCUA through Oxbow, and every month their boards read the ALM and concentration-risk dashboards we build from their core data.

We're a 70-person company in Madison, Wisconsin, and we're hiring an Analytics Engineer who is comfortable with SQL, dbt and the occasional fixed-width file from a 1990s core system.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-011',
    company: 'Zinsgrad GmbH',
    text: `# Über uns
Die Zinsgrad GmbH entwickelt eine Cloud-Plattform für das Firmenkundenkreditgeschäft. Über 90 Sparkassen und Genossenschaftsbanken bearbeiten damit Kreditanträge von Handwerksbetrieben und Mittelständlern – von der Bilanzanalyse über das Rating bis zur Kreditentscheidung. Unser Team sitzt in Frankfurt am Main und Münster.

# Deine Aufgaben
- Du entwickelst als Java-Entwickler (m/w/d) Services für unser Ratingmodul
- Du arbeitest eng mit den Fachexpertinnen aus dem Bankgeschäft zusammen`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'Kreditsoftware für Banken',
  },
  {
    id: 'v2-012',
    company: 'Tressol SAS',
    text: `Qui sommes-nous ?

Tressol édite une plateforme SaaS de connaissance client (KYC) pour les banques privées, les sociétés de gestion et les assureurs vie. Nos clients y vérifient l'identité de leurs clients, l'origine des fonds et les bénéficiaires effectifs, puis suivent les dossiers dans le temps. Aujourd'hui, 55 établissements en France, au Luxembourg et en Suisse nous font confiance.

Nous recrutons un·e Développeur·se Backend Kotlin pour notre équipe Paris (Sentier), en CDI.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'v2-013',
    company: 'Riscal Tech S.L.',
    text: `<p><strong>Quiénes somos</strong></p>
<p>En Riscal Tech desarrollamos el software de recobro que usan bancos, financieras de consumo y entidades de crédito al consumo en España y Portugal para gestionar sus carteras de impago: segmentación, estrategias de contacto, acuerdos de pago y seguimiento de agencias externas. Más de 2 millones de expedientes pasan cada año por nuestra plataforma.</p>
<p>Buscamos un/a Data Scientist para nuestro equipo de Madrid.</p>`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'software de recobro para entidades financieras',
  },
  {
    id: 'v2-014',
    company: 'Rekenkern B.V.',
    text: `Over ons
Rekenkern bouwt de administratie- en rekensoftware waarmee pensioenfondsen en pensioenuitvoerders de pensioenen van ruim 1,5 miljoen deelnemers beheren. Door de nieuwe pensioenwet moeten al die rechten worden omgezet – en dat gebeurt voor een groot deel in onze rekenkern.

Wij zoeken een Medior .NET Developer voor ons team in Utrecht. Je werkt samen met actuarissen en met de fondsen zelf.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
  },
  {
    id: 'v2-015',
    company: 'Halberd Markets',
    text: `Halberd Markets is a SaaS company. Our customers are two national stock exchanges and about 70 broker-dealers, and what they buy from us is surveillance: our platform replays every order and trade, looks for spoofing, layering and insider patterns, and hands compliance officers a ranked queue of alerts they can defend to a regulator.

We're hiring a Staff Software Engineer for the replay engine (Java, kdb+, AWS). New York City, hybrid.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'says SaaS, but made for exchanges and brokers',
  },

  // Healthcare & Pharmaceuticals: software and devices made for hospitals, clinics, pharmacies, care and trials.
  {
    id: 'v2-016',
    company: 'Shiftwell',
    text: `Per diem nurses pick up their next shift in the Shiftwell app, and nurse managers at 210 hospitals stop calling down a phone tree at 5 a.m. when the night shift is two short. Last month our marketplace filled 52,000 shifts across med-surg, ICU and labor & delivery units.

We're hiring a Senior Product Designer to rethink how a charge nurse sees staffing for the next 72 hours. Remote within the US, with quarterly get-togethers in Denver.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'hospital staffing system',
  },
  {
    id: 'v2-017',
    company: 'Radiant Lens AI Ltd',
    text: `# About Radiant Lens
We are an AI company. Our models read chest X-rays and head CTs the moment they leave the scanner and push suspected pneumothorax, bleeds and fractures to the top of the radiologist's worklist. We hold UKCA and CE marking and are live in 23 NHS trusts and several private imaging networks.

# About the role
We are looking for an MLOps Engineer to own how our models are deployed inside hospital networks, monitored for drift and updated safely.

# What you'll do
- Package models for on-premise and cloud deployment behind hospital firewalls
- Build the monitoring that compares our outputs with radiologists' final reports
- Work with our regulatory team so that every release is traceable under our quality management system

# About you
You have run ML models in production, you know Docker and Kubernetes well, and you don't mind that a release here needs a signed validation report. Based in London (King's Cross), three days a week in the office.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-imaging AI is made for hospitals',
  },
  {
    id: 'v2-018',
    company: 'Carebridge Health Records Inc.',
    text: `<h3>About Carebridge</h3>
<p>Carebridge is the electronic medical record used by more than 900 community health centres, family practices and walk-in clinics in Ontario, British Columbia and Nova Scotia. Physicians chart, prescribe and send referrals in it; front desks book appointments and bill the provincial plan.</p>
<h3>Your role</h3>
<p>As an Integration Developer you&rsquo;ll connect Carebridge to labs, pharmacies and provincial health information exchanges using HL7 v2 and FHIR.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'v2-019',
    company: 'Tandem Dental Cloud',
    text: `Tandem runs the front desk of about 1,100 dental practices across Australia and New Zealand: online booking, recall reminders, charting, health-fund claims at the chair and the end-of-day reconciliation.

# What you'll do
- Build features in our React Native app that patients use to book and pay
- Work in a product squad of six in Brisbane
- Talk to practice managers every sprint

# Why Tandem
We're profitable, growing and still small enough that your work shows up in the next release.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'v2-020',
    company: 'Medora Trials',
    text: `Medora Trials is a clinical-trial software company based in Cambridge, Massachusetts. Sponsors and contract research organisations run more than 400 active studies on our electronic data capture and randomisation platform, from 30-patient rare disease trials to Phase III oncology studies with 200 sites.

We're looking for a Validation Engineer who knows 21 CFR Part 11 and GxP and wants to help us release faster without cutting corners.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'v2-021',
    company: 'Pillbox Logic Pvt. Ltd.',
    text: `About us: Pillbox Logic builds the dispensing and inventory software used in 1,800 pharmacy stores across India, from single-counter chemists in Nagpur to a 400-store chain in the South. Our app tracks every strip by batch and expiry, flags Schedule H drugs that need a prescription, and reorders from distributors automatically.

Role: SDE II (Backend, Java/Spring Boot). Location: Hyderabad.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'software made for pharmacies; "stores" are pharmacies',
  },
  {
    id: 'v2-022',
    company: 'Homebound Systems',
    text: `Our app plans about 90,000 home care visits every week. Carers open it to see who they are visiting next, what medication is due and which notes the last visitor left; coordinators at 600 home care agencies use it to fill gaps when someone calls in sick.

We're Homebound Systems, a 120-person team in Manchester. We're hiring a Senior Android Engineer who cares about an app that has to work in a basement flat with one bar of signal.

Benefits: 27 days' holiday plus bank holidays, pension matching, cycle-to-work scheme.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'v2-023',
    company: 'Veritrace Pte. Ltd.',
    text: `Veritrace makes RFID tags, ceiling readers and the cloud dashboard that tell a hospital where every infusion pump, wheelchair and ultrasound machine is right now. Biomedical engineering teams at 40 hospitals in Singapore, Malaysia and Thailand use it to find equipment that is due for servicing and to stop buying pumps they already own.

We are hiring an Embedded Firmware Engineer (C, BLE, low power) for our Singapore lab.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'v2-024',
    company: 'Clarion Coding',
    text: `Hospitals lose money every time a claim goes out with the wrong code. Clarion reads the physician's notes, suggests ICD-10 and CPT codes, and catches what a payer would deny before the bill is sent. 85 health systems run their revenue cycle through our platform and it has recovered more than $300 million in missed charges.

We're hiring a Senior NLP Engineer (Python, PyTorch) to work on our coding models. Remote, US.

In this role you will:
- Train and evaluate models that map clinical notes to diagnosis and procedure codes
- Work with our certified coders, who review every model change before it reaches a customer
- Build explanations coders can trust: which sentence in the note supports which code

You bring 5+ years of applied NLP, experience with transformer models in production, and an appetite for messy clinical text. Experience with HIPAA-regulated data is a plus. Base salary $180k–$215k, plus equity and full benefits.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'billing words, but revenue-cycle software made for hospitals',
  },
  {
    id: 'v2-025',
    company: 'Ward Nine',
    text: `You'll be joining the team behind the bed board. At 31 hospitals across Ireland and the UK, when a patient is admitted from the emergency department, the site manager opens Ward Nine to see which beds are clean, which discharges are expected before noon and where the patient should go.

We're a Dublin software company of 60 people. This role is for a Full-Stack Engineer (Elixir, Phoenix LiveView, Postgres).`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'v2-026',
    company: 'Befundwerk GmbH',
    text: `<p><strong>Wer wir sind</strong></p>
<p>Befundwerk digitalisiert die Pathologie. Mit unserer Plattform betrachten Pathologinnen und Pathologen Gewebeschnitte am Bildschirm statt unter dem Mikroskop, unsere Algorithmen zählen Mitosen und markieren verdächtige Areale. Institute für Pathologie an 28 Kliniken und Laboren in Deutschland, Österreich und der Schweiz arbeiten damit.</p>
<p>Für unser Team in München suchen wir eine:n Senior Backend Engineer (Python, Kubernetes).</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'v2-027',
    company: 'Posologia SAS',
    text: `# Qui sommes-nous ?
Posologia est l'éditeur du logiciel de soins et de prescription utilisé dans plus de 1 200 EHPAD et résidences autonomie en France. Les infirmières y préparent les piluliers, les médecins coordonnateurs y valident les traitements et les aides-soignantes y tracent chaque soin sur tablette.

# Le poste
Nous recherchons un·e Product Owner pour notre module de circuit du médicament, basé·e à Lyon.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'logiciel fait pour les maisons de retraite médicalisées',
  },
  {
    id: 'v2-028',
    company: 'Referto S.r.l.',
    text: `Chi siamo

Referto è una piattaforma di telerefertazione: quando una TAC viene eseguita di notte in un piccolo ospedale dell'Appennino, le immagini arrivano in pochi secondi a un radiologo reperibile a Bologna o a Bari, che le legge e firma il referto dal nostro visualizzatore web. Lavoriamo con 46 strutture tra ospedali pubblici e centri diagnostici privati.

Cerchiamo un/a DevOps Engineer per il team di Milano.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'v2-029',
    company: 'Prontu Saúde Tecnologia Ltda',
    text: `<p><strong>Sobre nós</strong></p>
<p>O Prontu é o prontuário eletrônico de mais de 18 mil médicos, dentistas e psicólogos em consultórios e clínicas de todo o Brasil. Agenda, prontuário, receita digital e faturamento dos convênios em um só lugar.</p>
<p>Estamos contratando uma Pessoa Engenheira de Software Sênior (Ruby on Rails) para o nosso time de Belo Horizonte, em regime remoto.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
  },
  {
    id: 'v2-030',
    company: 'Cortex Dose Inc.',
    text: `&lt;p&gt;Cortex Dose builds treatment-planning software for radiation oncology. Medical physicists and dosimetrists at more than 150 cancer centres use our GPU-accelerated dose engine to plan and adapt a patient&amp;rsquo;s radiotherapy in minutes instead of hours.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Position:&lt;/strong&gt; Senior C++/CUDA Engineer, Dose Calculation&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Location:&lt;/strong&gt; Madison, WI or remote&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },

  // E-commerce & Retail: software, hardware and fulfilment made for shops and online retailers.
  {
    id: 'v2-031',
    company: 'Reboxa',
    text: `Around 4,000 online stores send their returns through Reboxa. A shopper types in an order number, picks an exchange or store credit instead of a refund, and prints a label; the merchant sees the reason, the item and the restocking decision in one place. We plug into Shopify, BigCommerce and Magento in an afternoon.

We're hiring a Senior Backend Engineer (Node.js, Postgres) for our integrations team. Remote within the US and Canada.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'returns software made for online shops',
  },
  {
    id: 'v2-032',
    company: 'Staffcast Analytics',
    text: `# About us
Staffcast forecasts how many people a supermarket needs on the checkout, at the deli counter and in the back room, every fifteen minutes, for the next three weeks. Grocery chains with 2,600 stores in the US use our forecasts to build schedules, and store managers see them in our app each morning.

# The role
Data Scientist, Forecasting. You'll work on demand models that take in till data, weather, promotions and holidays. Chicago or remote.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'v2-033',
    company: 'Tillroll Ltd',
    text: `<p><strong>About Tillroll</strong></p>
<p>Tillroll is the till and stock system for 7,500 independent shops in the UK &ndash; bookshops, gift shops, delis, hardware stores. Shop owners ring up sales on an iPad, see what&rsquo;s selling and reorder from suppliers in the same app. We don&rsquo;t process card payments ourselves; we connect to whichever card reader the shop already has.</p>
<p><strong>The role</strong></p>
<p>iOS Engineer (Swift). Based in Leeds, hybrid.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'point-of-sale and stock software made for shops',
  },
  {
    id: 'v2-034',
    company: 'Cartwheel Fulfilment Pty Ltd',
    text: `Cartwheel picks, packs and ships for more than 300 online stores, from skincare brands to a surf shop that only sells online. Our warehouses in Sydney, Melbourne and Brisbane take orders straight from the store's Shopify or WooCommerce checkout, and our software tells the shop owner where every parcel is.

We're looking for a Warehouse Systems Analyst to look after our WMS and carrier integrations, based at our Erskine Park site.

About the role
You'll be the person our pick-and-pack team calls when a batch of orders won't release, and the person our merchants' developers talk to when their store's orders aren't reaching us. Day to day you'll configure new client stores, keep the carrier label integrations healthy through peak season, and write the SQL reports our account managers send to merchants each month.

About you
Two or more years supporting a WMS or an e-commerce platform, solid SQL, and a calm head in November.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'warehouses and parcels, but fulfilment made for online shops',
  },
  {
    id: 'v2-035',
    company: 'Markdown Labs Inc.',
    text: `Every season, fashion retailers guess when to mark down a jacket and by how much. Markdown Labs replaces the guess: our pricing engine looks at sell-through in each store and online, stock left, and weeks to the end of the season, and recommends the price for each product in each channel. Twenty-two apparel and footwear retailers, with 5,000 stores between them, price with us.

Position: Senior Data Engineer. New York, hybrid.

Our customers send us point-of-sale and e-commerce data for every product, every day. You'll build the pipelines that clean it, join it with inventory and promotions, and feed our forecasting models before stores open. You'll also own the data-quality checks that catch a retailer's feed breaking before their merchants notice.

We're looking for someone with 5+ years of data engineering, strong Python and SQL, experience with Spark or Databricks, and an interest in how shops actually sell things. $170k–$200k base.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'v2-036',
    company: 'Basketry Commerce Pvt. Ltd.',
    text: `About Basketry

Basketry lets a neighbourhood grocery or a sari shop open its own online store in ten minutes. Customers order on WhatsApp or our web storefront, the shop owner accepts the order on our app and delivers it from the counter. 2.1 lakh shops in 300 towns sell through Basketry today.

We are hiring a Product Analyst (SQL, Python, Mixpanel) for our Bengaluru office.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'v2-037',
    company: 'Aislewise Pte. Ltd.',
    text: `Aislewise designs electronic shelf labels and the cloud that drives them. A supermarket changes the price of 30,000 products overnight from one screen; staff find the shelf for an online order because the label blinks. Our labels hang in 1,400 grocery and pharmacy-retail stores across Southeast Asia and Australia.

Role: Hardware Test Engineer, Singapore (one-north). You'll design the test rigs for our next e-paper label.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'v2-038',
    company: 'Checkout Forge',
    text: `# Checkout Forge
Online stores lose most of their buyers at checkout. We build a one-page headless checkout that merchants drop into their storefront: address lookup, shipping rates, promo codes and upsells, tested on 90 million sessions a year. We don't hold the money — payments go through the merchant's own processor.

# The job
Frontend Engineer (React, TypeScript), focused on checkout speed. Remote, with an office in Salt Lake City.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'checkout software for online shops, not a payment firm',
  },
  {
    id: 'v2-039',
    company: 'Stampcard Ltd',
    text: `&lt;p&gt;&lt;strong&gt;About Stampcard&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Stampcard runs the loyalty schemes of 900 independent shops and small chains &amp;ndash; garden centres, bookshops, hardware stores and farm shops. Customers collect points with their phone at the till, and shop owners send offers to their regulars from our dashboard.&lt;/p&gt;&lt;p&gt;We&amp;rsquo;re hiring a Backend Developer (Python, Django) in Norwich.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "shops' loyalty schemes are Retail",
  },
  {
    id: 'v2-040',
    company: 'Footfall Metrics Inc.',
    text: `Footfall Metrics makes the ceiling sensors that count shoppers at the entrances of 11,000 stores and 90 shopping malls in Canada and the US. Our analytics show retailers their conversion rate by hour, how long the fitting-room queue was and whether the new window display brought people in.

We're hiring a Computer Vision Engineer to work on our next-generation sensor. Vancouver, on-site three days a week.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'v2-041',
    company: 'Regalfuchs GmbH',
    text: `Du willst Software bauen, die jeden Morgen in 3.000 Supermärkten benutzt wird? Regalfuchs berechnet für Lebensmittelhändler, wie viel Joghurt, Brot und Salat jede Filiale bestellen sollte – damit weniger weggeworfen wird und die Regale trotzdem voll sind. Zu unseren Kunden zählen zwei der großen deutschen Handelsketten und mehrere regionale Kaufleute.

Wir suchen in Hamburg eine:n Data Engineer (m/w/d) mit Erfahrung in Python und Spark.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'v2-042',
    company: 'Escaparate Digital S.L.',
    text: `<p><strong>Quiénes somos</strong></p>
<p>Escaparate es la plataforma con la que 6.000 tiendas de moda y calzado de España y Latinoamérica venden online: catálogo, pasarela con las principales formas de pago, envíos y devoluciones, sincronizados con el stock de la tienda física.</p>
<p><strong>Qué buscamos</strong></p>
<p>Un/a Desarrollador/a Full Stack (PHP, Vue) para nuestro equipo de Valencia. Jornada intensiva los viernes.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'plataforma de comercio electrónico para tiendas',
  },
  {
    id: 'v2-043',
    company: 'Pakketwijs B.V.',
    text: `Over ons
Met Pakketwijs printen 14.000 webwinkels hun verzendlabels, kiezen ze per pakket de goedkoopste vervoerder en sturen ze hun klanten track-&-trace-berichten in hun eigen huisstijl. We koppelen met Bol, Lightspeed, WooCommerce en Shopify.

Wij zoeken een Backend Developer (PHP/Laravel) in Eindhoven. Je werkt aan de koppelingen met PostNL, DHL en DPD.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'verzendsoftware voor webwinkels',
  },
  {
    id: 'v2-044',
    company: 'Caisse Claire SAS',
    text: `# Qui sommes-nous ?
Caisse Claire, c'est le logiciel de caisse et de gestion de stock de 5 000 commerces indépendants : cavistes, fleuristes, épiceries fines, librairies. Nos commerçants encaissent sur tablette, suivent leurs ventes depuis leur téléphone et passent commande à leurs fournisseurs en trois clics.

# Le poste
Nous cherchons un·e Responsable Support Client, à Nantes, pour accompagner nos commerçants au quotidien.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'v2-045',
    company: 'Gôndola Tech Ltda',
    text: `A Gôndola Tech usa as fotos tiradas pelos repositores para descobrir, em tempo real, quais produtos estão em falta nas prateleiras de 2.300 lojas de redes de supermercados e farmácias no Brasil. Nossos clientes varejistas recuperam vendas perdidas e corrigem a exposição no mesmo dia.

Estamos em São Paulo e buscamos uma Pessoa Cientista de Dados com experiência em visão computacional.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },

  // Telecommunications: network equipment and software made for operators.
  {
    id: 'v2-046',
    company: 'Cellgrid Analytics',
    text: `Radio engineers at four of the largest mobile operators in the Americas open Cellgrid on Monday morning to see which cells will run out of capacity before Friday. Our platform reads counters from 300,000 base stations, predicts congestion and recommends which parameter to change or where to add a carrier.

We're hiring a Senior Data Engineer (Scala, Spark, Flink) in Dallas.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'radio-network analytics made for mobile operators',
  },
  {
    id: 'v2-047',
    company: 'Tollgate Billing Ltd',
    text: `# About Tollgate
Tollgate is a cloud charging and billing platform for mobile virtual network operators. 70 MVNOs in Europe rate every call, text and megabyte in real time on our platform, sell bundles and send the monthly bill. We also handle top-ups and direct-debit payments on their behalf.

# The role
Salesforce Administrator to look after our CRM and the quote-to-contract process as we grow into North America. London, hybrid.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'billing and payments words, but operator billing is Telecom; Salesforce is the job tool',
  },
  {
    id: 'v2-048',
    company: 'Fibrecast Pty Ltd',
    text: `Fibrecast is design software for fibre networks. Network operators and the builders they hire draw a new fibre-to-the-premises area in our tool: it routes cable along existing ducts and poles, places splitters, counts every splice and produces the bill of materials. Our customers have designed 4 million premises with us in Australia, New Zealand and the UK.

We're hiring a GIS Developer (PostGIS, TypeScript) in Adelaide.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'v2-049',
    company: 'Spectra Tower Systems Inc.',
    text: `<p>Spectra Tower Systems makes the monitoring units bolted to 18,000 cell towers across Canada. When a generator fails, a door opens or a battery bank runs low, tower companies and operators know within seconds, and our platform dispatches a technician with the right part.</p>
<p><strong>Now hiring:</strong> Electrical Design Engineer, Calgary. Experience with DC power systems and IP-rated enclosures an asset.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'v2-050',
    company: 'Signalroute Technologies Pvt. Ltd.',
    text: `Signalroute builds service-assurance software for telecom operators. Our platform correlates alarms from routers, microwave links and fibre rings so that a network operations centre sees one incident instead of 4,000 alarms. 14 operators across South Asia, the Middle East and Africa run their NOCs on Signalroute.

Position: Senior Java Developer
Location: Pune (Baner)
Experience: 5–8 years`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'v2-051',
    company: 'Nimbus Core Networks',
    text: `We build cloud-native software: Go microservices, Kubernetes operators, CI/CD, the lot. What we build is a 5G standalone core. Mobile operators and private-network providers run our packet core on their own cloud to connect phones, ports and factories; our software is live in 19 networks.

Nimbus Core is hiring a Site Reliability Engineer to help operators run our core at carrier-grade availability. Remote (US) or Boston.

What the job looks like:
- Build the observability stack that operators deploy next to our core
- Write runbooks and automation for upgrades that must not drop a single session
- Join operator war rooms when a network launches, sometimes on site in Europe or Asia

You should have run Kubernetes in production, know Prometheus and Grafana, and be curious about how a phone attaches to a network. Telecom experience helps but we will teach you 3GPP.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'cloud words, but a mobile core made for operators',
  },
  {
    id: 'v2-052',
    company: 'Pocketsim Pte. Ltd.',
    text: `# About us
Pocketsim runs the eSIM provisioning platform behind 35 mobile operators in Asia-Pacific. When someone buys a new phone or switches plan, our platform downloads the operator's profile to the device in seconds, whether the sale happens in the app, on the website or in one of the operator's shops.

# The role
Security Engineer (PKI, HSMs, GSMA SGP standards), Singapore.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'v2-053',
    company: 'Churnlens',
    text: `You'll join the team that tells broadband providers which customers are about to leave, and why. Churnlens combines line-quality data, support calls and billing history for 12 fixed and mobile operators in Europe; their retention teams and store staff act on our scores every day.

We're a Dublin start-up of 40. This is a Machine Learning Engineer role, Python and GCP.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'churn software made for operators',
  },
  {
    id: 'v2-054',
    company: 'Ridgeway Microwave Ltd',
    text: `About us
Ridgeway Microwave designs and builds point-to-point microwave radios in Cambridgeshire. Mobile operators use our E-band and 18–38 GHz links to backhaul traffic from masts where fibre can't reach; about 60,000 of our links are carrying traffic in 40 countries.

The role: RF Design Engineer.

What you get: 25 days' holiday plus bank holidays, private health insurance, a 7% pension contribution and a free lunch on Fridays.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network equipment maker; health insurance and bank holidays are benefits',
  },
  {
    id: 'v2-055',
    company: 'Callsight',
    text: `Callsight catches fraud on telephone networks. SIM-box bypass, international revenue share fraud, Wangiri call-backs: our platform watches call records for 22 operators in Africa and the Middle East and blocks suspicious routes before they cost the operator money.

We're hiring a Data Analyst in Cape Town who enjoys hunting patterns in billions of CDRs.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'fraud words, but fraud management made for operators',
  },
  {
    id: 'v2-056',
    company: 'Funkplan GmbH',
    text: `# Über uns
Mit unserer Software planen Netzbetreiber in Deutschland, Österreich und Skandinavien ihre Mobilfunknetze: Standortsuche, Ausbreitungsberechnung, Frequenzplanung und EMF-Nachweise. Die Funkplan GmbH wurde 2009 in Düsseldorf gegründet und beschäftigt heute 85 Menschen.

# Was dich erwartet
Als C++-Entwickler (m/w/d) arbeitest du an unserem Ausbreitungsmodell und an der 3D-Darstellung von Stadtgebieten.`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'v2-057',
    company: 'Dorsale S.r.l.',
    text: `<p><strong>Chi siamo</strong></p>
<p>Dorsale sviluppa la piattaforma con cui gli operatori di rete in fibra gestiscono l&rsquo;attivazione delle linee FTTH: dagli ordini degli operatori retail all&rsquo;appuntamento con il tecnico, fino al collaudo. Ogni mese passano da noi oltre 120.000 attivazioni in Italia.</p>
<p>Cerchiamo un/a Backend Developer (Java, Kafka) per la sede di Torino.</p>`,
    sector: 'Telecommunications',
    lang: 'it',
    why: 'piattaforma fatta per operatori di rete',
  },
  {
    id: 'v2-058',
    company: 'Portabilis SAS',
    text: `Portabilis est une entreprise du numérique dont la plateforme traite la portabilité des numéros pour les opérateurs mobiles et fixes en France et en Belgique. Quand un abonné change d'opérateur en gardant son numéro, la demande passe par nos API en quelques secondes.

Nous recrutons un·e Ingénieur·e DevOps à Rennes (AWS, Terraform, PostgreSQL).`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: 'plateforme faite pour les opérateurs',
  },
  {
    id: 'v2-059',
    company: 'Torreão Sistemas Ltda',
    text: `# Sobre nós
A Torreão desenvolve o software de gestão de sites usado por operadoras e empresas de torres no Brasil: contratos de aluguel, visitas de manutenção, inventário de antenas e licenças ambientais de mais de 40 mil sites.

# A vaga
Pessoa Desenvolvedora Mobile (Flutter) para o app dos técnicos de campo. Trabalho remoto, com encontros trimestrais em Campinas.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'v2-060',
    company: 'Orbitline Ground Software Inc.',
    text: `&lt;h2&gt;About Orbitline&lt;/h2&gt;&lt;p&gt;Satellite operators use Orbitline to schedule their ground-station antennas, route capacity across their constellations and keep broadband terminals online as satellites pass overhead. Our software manages 1,900 satellites and 60 ground stations for seven operators.&lt;/p&gt;&lt;h2&gt;The role&lt;/h2&gt;&lt;p&gt;Senior Software Engineer, Scheduling (Rust, Python). Redmond, WA.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'en',
  },

  // Automotive & Manufacturing: software and systems made for factories and their production lines.
  {
    id: 'v2-061',
    company: 'Pressline Analytics',
    text: `Plant managers at 70 stamping and die-casting plants in Michigan, Ohio and Mexico start their shift meeting with our dashboards. Pressline connects to the PLCs on every press, tracks OEE by line and by shift, and tells the maintenance lead which die change is eating the most minutes.

We're hiring a Controls Integration Engineer who knows Allen-Bradley and Siemens PLCs and is happy to spend a few days a month on a plant floor. Based in Detroit.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'analytics made for factories',
  },
  {
    id: 'v2-062',
    company: 'Lumen Defect AI Ltd',
    text: `<p><strong>About us</strong></p>
<p>We&rsquo;re an AI start-up, but our models don&rsquo;t live in a browser. Lumen puts cameras over production lines and finds the scratch on a car door panel, the short fill in a bottle, the mislabelled pack, at full line speed. Our systems inspect 400 million parts a month in 65 factories in the UK, Spain and Poland.</p>
<p><strong>The role</strong></p>
<p>Computer Vision Engineer (PyTorch, edge deployment on NVIDIA Jetson). Coventry.</p>
<p><strong>What you&rsquo;ll do</strong></p>
<ul><li>Train detection and segmentation models on images from our customers&rsquo; lines</li><li>Squeeze them to run at 120 frames per second on edge hardware</li><li>Visit plants to understand why a defect that matters to one customer is cosmetic to another</li></ul>
<p><strong>What we offer</strong></p>
<p>A salary of &pound;60,000&ndash;&pound;75,000, share options, 27 days&rsquo; holiday and a team that ships to real factories every month.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'production-line inspection is made for factories',
  },
  {
    id: 'v2-063',
    company: 'Torqueworks Software Pvt. Ltd.',
    text: `Torqueworks makes a manufacturing execution system for auto-component makers. Forging, machining and assembly shops that supply Tier-1 suppliers and carmakers run their work orders, traceability and PPAP documentation on our platform; 180 plants in Tamil Nadu, Maharashtra and Thailand are live.

Opening: Implementation Consultant (MES), Chennai. Travel to customer plants about 40% of the time.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'v2-064',
    company: 'Vibrasense Inc.',
    text: `# What we do
Vibrasense makes wireless vibration and temperature sensors for motors, pumps, gearboxes and fans, and the predictive-maintenance software that reads them. Pulp mills, food plants and auto-parts factories use us to fix a bearing two weeks before it would have stopped a line.

# Who we're looking for
An Embedded Software Engineer (C, Zephyr RTOS) for our Waterloo, Ontario office.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for plants',
  },
  {
    id: 'v2-065',
    company: 'Batchtrace Pty Ltd',
    text: `When a supermarket pulls a yoghurt off its shelves, the dairy that made it has to find which batch, which milk tanker and which pallets went where, fast. Batchtrace is the recipe, batch and traceability software that 240 food and beverage manufacturers in Australia use to do that in minutes, and to pass their audits the rest of the year.

We're hiring a Solutions Engineer in Melbourne to help new manufacturers go live.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'supermarket mentioned, but software made for food manufacturers',
  },
  {
    id: 'v2-066',
    company: 'Gauge & Temper',
    text: `Gauge & Temper is statistical process control software for steel mills and metal processors. Quality engineers at 55 mills chart thickness, hardness and surface defects coil by coil, and operators get an alarm when a process starts drifting, not after 40 tonnes are scrap.

We're a 45-person software company in Pittsburgh and we're hiring a Full-Stack Developer (C#, .NET, Angular).`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'v2-067',
    company: 'Foundry Loop Pte. Ltd.',
    text: `<h3>About Foundry Loop</h3>
<p>Foundry Loop builds digital twins of bottling and canning lines. Beverage makers in Southeast Asia simulate a new SKU, a changeover or a faster filler in our software before they touch the real line, and our live twin shows where each line is losing bottles per minute today.</p>
<h3>The position</h3>
<p>Simulation Engineer (Python, discrete-event simulation). Singapore, with regular visits to plants in Vietnam and Thailand.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'v2-068',
    company: 'Armature Robotics Ltd',
    text: `About us
Armature Robotics designs and builds collaborative robot arms and the app that programs them. Our arms tend CNC machines, palletise boxes and screw panels on assembly lines in 500 factories; a setter can teach a new job by moving the arm by hand.

We're hiring a Robotics Software Engineer (C++, ROS 2) in Bristol.

We offer 25 days' holiday plus bank holidays, an electric car scheme and share options.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'v2-069',
    company: 'Kanbanly sp. z o.o.',
    text: `Kanbanly is production scheduling for machine shops. Job shops making anything from hydraulic fittings to aircraft brackets plan their CNC machines, operators and material in our cloud app, and the shop floor sees the day's sequence on a TV at each cell. 650 shops in Poland, Germany and the Czech Republic use it.

We're looking for a Senior Frontend Developer (React) in Wrocław or remote in Poland.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'v2-070',
    company: 'Airloss Monitoring Ltd',
    text: `Compressed air is the most expensive utility in most factories, and a third of it leaks away. Airloss fits flow and pressure sensors to compressor rooms and production lines and shows plant engineers which leak, which shift and which machine is wasting it. 120 manufacturing plants in the UK and Ireland – bakeries, injection moulders, packaging and automotive plants – use our platform.

Role: Field Applications Engineer, Midlands.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'energy words, but made for factories',
  },
  {
    id: 'v2-071',
    company: 'Taktwerk GmbH',
    text: `# Über uns
Taktwerk bringt das Shopfloor-Management ins Tablet: Schichtübergaben, Störungsmeldungen, Kennzahlen je Linie und 5S-Audits. Über 300 Werke von Automobilzulieferern und Maschinenbauern arbeiten mit unserer Software – von der Gießerei in Thüringen bis zum Montagewerk in Mexiko.

# Deine Rolle
Als Product Manager (m/w/d) verantwortest du unser Modul für Störungsmanagement. Standort: Stuttgart, hybrid.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'v2-072',
    company: 'Schweißblick GmbH',
    text: `<p>Wir suchen eine:n Embedded Linux Entwickler:in für unser Team in Linz.</p>
<p><strong>Was wir machen</strong></p>
<p>Schweißblick überwacht Schweißnähte, während sie entstehen. Unsere Kameras und Sensoren sitzen an Schweißrobotern in Karosseriebau und Stahlbau und melden Poren, Bindefehler und Spritzer in Echtzeit. Fahrzeughersteller, Zulieferer und Hersteller von Landmaschinen prüfen so jede Naht statt jede hundertste.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'v2-073',
    company: 'Línea Viva Software S.L.',
    text: `Quiénes somos
En Línea Viva desarrollamos software de mantenimiento predictivo para plantas de estampación, inyección de plástico y mecanizado. Nuestra plataforma lee los datos de las máquinas, avisa antes de que falle un molde o un husillo y organiza el trabajo del equipo de mantenimiento. Trabajamos con más de 90 fábricas del sector de automoción en España y Portugal.

Buscamos un/a Ingeniero/a de Datos para nuestra oficina de Bilbao.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'v2-074',
    company: 'Filato S.r.l.',
    text: `# Chi siamo
Filato è il gestionale in cloud pensato per tessiture, tintorie e confezionisti. Dalla distinta base dei tessuti alla pianificazione dei telai, dal conto lavoro con i terzisti alla tracciabilità dei lotti: oltre 400 aziende del distretto di Prato, di Biella e del Veneto producono con noi.

# La posizione
Cerchiamo un/a Consulente Applicativo/a per seguire l'avviamento nei clienti. Sede a Prato.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'gestionale fatto per aziende manifatturiere',
  },
  {
    id: 'v2-075',
    company: 'Aerospec Systems',
    text: `&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Aerospec Systems builds automated inspection cells for composite aircraft parts. Our ultrasonic and thermography systems scan wing skins, fuselage panels and engine nacelles as they come out of the autoclave, and our software maps every defect onto the part&amp;rsquo;s 3D model. Aerostructure makers in Kansas, South Carolina and Quebec rely on us.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Opening:&lt;/strong&gt; Software Engineer, Inspection Analytics &amp;ndash; Wichita, KS&lt;/p&gt;`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },

  // Public Sector & Smart Cities: products made for governments, councils and city services.
  {
    id: 'v2-076',
    company: 'Planvista Ltd',
    text: `Planvista is the planning portal behind 140 local planning authorities in England and Wales. Residents submit a planning application for an extension, neighbours comment on it, and council planning officers assess it, consult and issue the decision, all in our software.

We're hiring a User Researcher to spend time with planning officers and applicants. Based in Birmingham, hybrid.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'software made for councils',
  },
  {
    id: 'v2-077',
    company: 'Curbside Labs',
    text: `# About Curbside
We put a sensor in each parking space and tell drivers, enforcement officers and city transport departments which spaces are free right now. Twenty-six US cities, from Sacramento to Providence, run their curbside parking and loading zones on our platform.

# The role
Firmware Engineer (nRF, LoRaWAN). Oakland, CA.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'smart parking made for cities',
  },
  {
    id: 'v2-078',
    company: 'Binroute Pty Ltd',
    text: `Binroute plans the routes of 2,400 garbage and recycling trucks for 90 councils in Australia. Our optimisation engine works out which streets each truck collects on which day, our in-cab tablets tell drivers about missed bins and contaminated recycling, and residents get a reminder on the night before collection.

We're hiring an Operations Research Engineer (Python, OR-Tools) in Newcastle, NSW.

About the role
Councils change their collection zones when new suburbs are built, when they add a green-waste bin or when a depot closes. You'll improve the solver that rebalances thousands of streets across trucks and days, make it respect narrow laneways and school-zone hours, and help our customer team explain the new routes to council waste managers.

What you'll bring
Experience with vehicle-routing or scheduling problems, strong Python, and the patience to check a solution against a street map.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'route planning words, but waste-route planning made for councils',
  },
  {
    id: 'v2-079',
    company: 'Signalwise Inc.',
    text: `<p><strong>About Signalwise</strong></p>
<p>Signalwise is adaptive traffic-signal software. Municipal traffic engineers in 48 cities across Canada and the northern US let our platform retime 9,000 intersections every few minutes from camera and radar counts, give priority to buses and clear the way for fire trucks.</p>
<p><strong>Role</strong>: Traffic Systems Engineer (P.Eng. or EIT), Ottawa.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'v2-080',
    company: 'Courtdocket Inc.',
    text: `Courtdocket is case management software for state and county courts. Clerks open cases, judges sign orders and attorneys e-file in our cloud platform; 19 state court systems and 300 county courts use it to run 4 million cases a year.

We are looking for a Senior Software Engineer (C#, Azure) with an interest in public-sector technology. Austin, TX, or remote.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'v2-081',
    company: 'Townhall Pay Inc.',
    text: `Residents of 420 towns and cities pay their property taxes, water bills and parking tickets through Townhall Pay, and the municipal finance office sees every payment reconciled against its ledger the next morning. We build for one customer: local government.

We're hiring a Senior Product Manager for our utility billing module. Remote, US.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'payment words, but the product is made for municipalities',
  },
  {
    id: 'v2-082',
    company: 'Beaconline Systems Ltd',
    text: `<p><strong>About us</strong></p>
<p>When someone dials 999 in 11 police force areas and 9 fire and rescue services, the call handler records the incident in Beaconline and our computer-aided dispatch system suggests the nearest available unit. Our software has to work every second of every day, and we take that seriously.</p>
<p><strong>The role</strong>: Senior .NET Developer, Reading. Candidates will need to pass NPPV3 vetting.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'v2-083',
    company: 'Nagarik Digital Pvt. Ltd.',
    text: `About us
Nagarik Digital builds e-governance platforms for state governments and urban local bodies in India. Citizens in 11 states apply for birth and death certificates, trade licences and property tax assessments through our portals, and municipal staff process them in our back-office workflow.

Opening: Java Full Stack Developer, Jaipur. Experience with Spring Boot, Angular and PostgreSQL preferred.

Responsibilities
- Build citizen-facing services that work on low-end phones and in Hindi, Marathi and Tamil
- Integrate with state payment gateways, DigiLocker and Aadhaar-based authentication
- Support go-lives in municipal offices and train department staff

Qualifications
B.E./B.Tech or MCA, 3–6 years of experience, and willingness to travel to client sites within Rajasthan and Madhya Pradesh.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'v2-084',
    company: 'Transitcast Pte. Ltd.',
    text: `# Who we are
Transitcast builds passenger information and fare systems for public transport authorities. The arrival times on bus-stop displays in six Asian cities, the journey planner in their official apps and the tap-in validators on 5,000 buses run on our software and hardware.

# What you'll do
As a Backend Engineer (Kotlin) you'll work on our real-time vehicle prediction service. Singapore.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'v2-085',
    company: 'Lampwise',
    text: `&lt;p&gt;Lampwise makes the controllers that sit on top of LED streetlights and the platform that city councils use to dim, schedule and monitor them. 300,000 streetlights in 60 municipalities across the UK and Scandinavia report faults through us, and councils have cut their street-lighting energy bills by about 40%.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;We&amp;rsquo;re hiring:&lt;/strong&gt; Hardware Engineer (mixed-signal, mains power) &amp;ndash; Edinburgh.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'energy savings, but streetlight control made for councils',
  },
  {
    id: 'v2-086',
    company: 'Loketwerk B.V.',
    text: `Over Loketwerk
Wanneer je in een van onze 120 gemeenten een paspoort aanvraagt, een verhuizing doorgeeft of een uittreksel uit de BRP opvraagt, verwerkt de medewerker burgerzaken dat in Loketwerk. Wij bouwen software voor gemeenten, en alleen voor gemeenten.

Wij zoeken een Java Developer voor ons team in Zwolle.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'v2-087',
    company: 'Voirie Connect SAS',
    text: `<p><strong>Qui sommes-nous ?</strong></p>
<p>Voirie Connect est la plateforme avec laquelle 350 collectivités &ndash; communes, métropoles et départements &ndash; gèrent les signalements de leurs habitants&nbsp;: nid-de-poule, lampadaire en panne, dépôt sauvage. Les agents des services techniques reçoivent l&rsquo;intervention sur leur téléphone et l&rsquo;habitant est prévenu quand c&rsquo;est réparé.</p>
<p>Nous recrutons un·e Développeur·se Mobile (React Native) à Bordeaux.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'v2-088',
    company: 'Ciudad Sensor S.L.',
    text: `Ciudad Sensor diseña sensores de calidad del aire y ruido y la plataforma con la que 70 ayuntamientos de España y Chile vigilan sus zonas de bajas emisiones. Los técnicos municipales ven los datos de cada calle en tiempo real y los vecinos los consultan en la web del ayuntamiento.

Buscamos un/a Ingeniero/a Electrónico/a para nuestro laboratorio de Valencia.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'producto hecho para ayuntamientos',
  },
  {
    id: 'v2-089',
    company: 'Amtsfluss GmbH',
    text: `# Über uns
Amtsfluss entwickelt Online-Dienste für Kommunen: Bürgerinnen und Bürger beantragen Anwohnerparkausweise, melden Hunde an oder beantragen Wohngeld online, und die Sachbearbeitung im Amt erhält den Antrag vollständig und digital. Über 400 Städte und Gemeinden in Sachsen, Thüringen und Bayern nutzen unsere Plattform.

# Deine Aufgaben
Als Frontend-Entwickler:in (Vue.js) baust du barrierefreie Antragsstrecken nach BITV 2.0. Standort: Leipzig oder remote.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
  },
  {
    id: 'v2-090',
    company: 'Ballotline Inc.',
    text: `&lt;h3&gt;About Ballotline&lt;/h3&gt;&lt;p&gt;County election offices in 14 states run voter registration, poll-worker scheduling, mail-ballot tracking and results reporting on Ballotline. On election night our platform publishes results for more than 30 million registered voters.&lt;/p&gt;&lt;h3&gt;The role&lt;/h3&gt;&lt;p&gt;Security Engineer. U.S. citizenship and the ability to obtain a background check are required. Denver, CO.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },

  // Finance & FinTech that reads like software: money apps, neobanks, payment APIs, money software for small firms.
  {
    id: 'v2-091',
    company: 'Moneyjar',
    text: `Moneyjar is an app that rounds up your everyday purchases and moves the spare change into a high-yield savings jar. 2.4 million people in the US save with us, and the average member has put away $1,100 without thinking about it.

We're hiring a Senior iOS Engineer (Swift, SwiftUI) for our Savings squad. Remote across US time zones.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a money app',
  },
  {
    id: 'v2-092',
    company: 'Oakleaf',
    text: `# About Oakleaf
Oakleaf is an app-only bank for people who get paid irregularly: delivery riders, nurses on agency shifts, musicians. We hold a full UK banking licence, and our current account smooths uneven income into a steady weekly allowance.

# The role
Backend Engineer, Payments (Kotlin, Postgres, AWS). London or remote in the UK.

# What you'll work on
Faster Payments in and out, Direct Debits, card settlement, and the income-smoothing engine that decides each Friday how much of a member's money to release. You'll be on a rota for the payments services you build.

# You might be a fit if
You have built backend services that move money or handle other people's data carefully, you like typed languages, and you write things down.

# Benefits
25 days' holiday plus bank holidays, private medical insurance, cycle-to-work scheme.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a neobank; the nurses are its customers',
  },
  {
    id: 'v2-093',
    company: 'Coinslot Technologies Inc.',
    text: `Coinslot is a payments API for software platforms. Booking tools, marketplaces and vertical SaaS companies embed our API to onboard their own customers as merchants, take cards and bank transfers, and pay them out the next day. We process about $9 billion a year.

We're looking for a Staff Engineer for our ledger team. You'll design the double-entry system that every cent passes through. San Francisco or New York.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payment processor, sold to software firms',
  },
  {
    id: 'v2-094',
    company: 'Tallysheet Ltd',
    text: `Plumbers, electricians and roofers send 600,000 invoices a month from Tallysheet. They price a job on site, turn the quote into an invoice with one tap, and see when the customer has paid. Our app also chases late payers so the tradesperson doesn't have to.

We're a team of 55 in Cardiff, and we're hiring a Flutter Developer to build our next mobile app.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'invoicing software for small firms',
  },
  {
    id: 'v2-095',
    company: 'Sumwise Pty Ltd',
    text: `<p><strong>About Sumwise</strong></p>
<p>Sumwise is the bookkeeping app for sole traders in Australia. Connect your bank account, snap receipts, and we sort your income and expenses, work out your GST and lodge your BAS with the ATO. More than 150,000 sole traders &ndash; from photographers to dog walkers &ndash; use it.</p>
<p><strong>The role</strong></p>
<p>Senior Product Designer, Sydney (Surry Hills).</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'bookkeeping software for sole traders',
  },
  {
    id: 'v2-096',
    company: 'Taxbird Inc.',
    text: `Freelancers, rideshare drivers and Etsy sellers in Canada file their taxes with Taxbird. Our app tracks deductions all year, estimates instalments and files the T1 return when April comes, in English and French.

We're a Toronto software company of 90 people. We're hiring a Data Scientist to model which deductions people miss.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'tax software for freelancers',
  },
  {
    id: 'v2-097',
    company: 'Salarium Technologies Pvt. Ltd.',
    text: `About Salarium
Salarium runs payroll for 38,000 small and mid-sized businesses in India. Every month our platform calculates salaries, deducts PF, ESI, TDS and professional tax, pays employees by bank transfer and files the returns.

We are hiring a Senior QA Engineer (automation, Playwright) for our Gurugram office.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payroll for small firms is Finance by the rule',
  },
  {
    id: 'v2-098',
    company: 'Instalo Pte. Ltd.',
    text: `# About us
Instalo lets shoppers split a purchase into three interest-free payments. Over 12,000 online stores and shopping-mall retailers in Singapore, Malaysia and the Philippines offer Instalo at checkout, and we pay the merchant upfront while taking on the credit risk.

# The job
Credit Risk Analyst (SQL, Python). Singapore.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'buy-now-pay-later lender; the shops are its merchants',
  },
  {
    id: 'v2-099',
    company: 'Cardforge Inc.',
    text: `With a few API calls, a company can issue its own debit or credit cards with Cardforge: virtual cards in seconds, physical cards shipped in days, spend controls, and real-time authorisation webhooks. More than 400 fintechs and software companies launch card programmes on us, with our partner banks as issuers.

We're hiring an Engineering Manager for our authorisation platform. New York, hybrid.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'card-issuing platform',
  },
  {
    id: 'v2-100',
    company: 'Tidewire Remit Ltd',
    text: `<p>Tidewire is how 700,000 people in the UK and Ireland send money home to Nigeria, Ghana, Kenya and Zimbabwe. Our app delivers to bank accounts and mobile wallets in minutes, with fees shown upfront.</p>
<p><strong>We are looking for</strong> a Compliance Analyst (transaction monitoring) to join our team in Manchester.</p>
<p><strong>What we offer:</strong> hybrid working, 26 days&rsquo; holiday, private health insurance.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-101',
    company: 'Receiptless Inc.',
    text: `Finance teams at 9,000 start-ups close their books two days faster with Receiptless. We give every employee a corporate card with built-in limits, match each swipe to its receipt automatically, and sync the expense to the accounting system.

Our engineering team is 80 people across Austin and Toronto. We're hiring a Senior Full-Stack Engineer (TypeScript, React, Go) for the card controls team.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'corporate cards and expense software for small firms',
  },
  {
    id: 'v2-102',
    company: 'Stillwater Invest',
    text: `About us
Stillwater is an investing app for Australians who would rather not pick stocks. You tell us your goal, we build a portfolio of low-cost ETFs and rebalance it for you. 210,000 investors hold A$3.1 billion with us.

About the role
Full-Stack Engineer, Sydney. You'll work on onboarding and the super rollover flow.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-103',
    company: 'Blockhaven Exchange Pte. Ltd.',
    text: `Blockhaven is a licensed digital-asset exchange in Singapore. Retail and institutional customers buy, sell and hold bitcoin, ether and stablecoins on our platform, with custody held in segregated cold storage under our MAS licence.

Position: Site Reliability Engineer. You'll keep our matching engine and wallet services running 24/7.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-104',
    company: 'Linkvault Ltd',
    text: `# About Linkvault
Linkvault is an open-banking API. Developers call one endpoint, their users connect a bank account, and our API returns balances, transactions and income categories from 2,000 banks across Europe. Lenders use us to check affordability, accounting apps to sync bank feeds, and pension apps to start a transfer.

# The job
Developer Advocate. London, hybrid.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'developer words, but an open-banking API for financial firms',
  },
  {
    id: 'v2-105',
    company: 'Capbridge Lending',
    text: `Capbridge lends to small businesses online. A bakery owner or an auto-repair shop applies in ten minutes, links their bank account, and gets an offer for a term loan or a line of credit within a day. We have funded $2.3 billion to 40,000 businesses.

We're hiring a Senior Underwriter to join our Charlotte, NC team.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-106',
    company: 'Chequemate Software Inc.',
    text: `&lt;p&gt;Small businesses still pay most of their suppliers by cheque. Chequemate replaces that: owners forward supplier bills to us, approve them in our app and we pay them by EFT or Interac e-Transfer on the due date. 22,000 Canadian businesses pay $600 million of bills a month with us.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Role:&lt;/strong&gt; Senior Backend Developer (Ruby on Rails) &amp;ndash; Montr&amp;eacute;al or remote.&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'bill-payment software for small firms',
  },
  {
    id: 'v2-107',
    company: 'Pocketpenny',
    text: `Pocketpenny is a prepaid debit card and app for 8- to 17-year-olds. Parents send pocket money, set chores and see what gets spent; kids learn to budget with savings goals. 500,000 families in the UK use it.

We're looking for a Senior Android Engineer in London. Perks include a learning budget, 25 days' holiday plus bank holidays, and a family health plan.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'v2-108',
    company: 'Bahi Digital Pvt. Ltd.',
    text: `Shopkeepers across India keep credit accounts for their regular customers. Bahi moves that notebook onto the phone: kirana owners, chemists and hardware dealers record who owes what, send payment reminders on WhatsApp and collect by UPI. 1.2 crore merchants use Bahi.

We are hiring an Android Developer (Kotlin) for our Bengaluru office.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'shops are the users, but it is money software for small firms',
  },
  {
    id: 'v2-109',
    company: 'Tapstand Pty Ltd',
    text: `# About Tapstand
Cafés, hairdressers and market stalls take card payments with our pocket-sized readers. Tapstand is a payment processor: we acquire the transactions, settle funds to the merchant's account the next day and give them a simple dashboard. 65,000 Australian businesses take payments with us.

# The role
Risk Operations Analyst, Melbourne.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payment processor whose merchants include shops',
  },
  {
    id: 'v2-110',
    company: 'Nestguard Insurance Inc.',
    text: `Nestguard sells renters and homeowners insurance through an app. A policy takes 90 seconds to buy, and most claims are settled by our claims bot in minutes. We are a licensed insurer in 31 states, with 1.1 million policyholders.

We're hiring a Senior Data Engineer for our pricing team. Remote, US. Benefits include medical, dental and vision insurance, a 401(k) match and 20 days of PTO.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'an insurer; medical insurance is a benefit',
  },
  {
    id: 'v2-111',
    company: 'Kontoblick GmbH',
    text: `# Über uns
Mit Kontoblick erledigen über 90.000 Selbstständige und Freiberufler:innen ihre Buchhaltung selbst: Belege fotografieren, Rechnungen schreiben, Umsatzsteuervoranmeldung direkt ans Finanzamt übermitteln. Unsere App verbindet sich mit dem Geschäftskonto und ordnet Buchungen automatisch zu.

# Deine Aufgaben
Als Senior Backend Engineer (m/w/d) arbeitest du an unserer Steuer-Engine (Kotlin, PostgreSQL). Berlin oder remote in Deutschland.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'v2-112',
    company: 'Lohnlotse GmbH',
    text: `<p><strong>Das sind wir</strong></p>
<p>Lohnlotse macht die Lohnabrechnung für kleine Betriebe einfach: Bäckereien, Friseursalons, Handwerksbetriebe mit 3 bis 50 Beschäftigten. Unsere Software rechnet Löhne, Sozialversicherung und Lohnsteuer ab und meldet alles an Krankenkassen und Finanzamt.</p>
<p>Für unser Team in Köln suchen wir eine:n Fachexpert:in Entgeltabrechnung.</p>
<p><strong>Benefits:</strong> Jobrad, betriebliche Krankenversicherung, 30 Tage Urlaub.</p>`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'Lohnsoftware für kleine Betriebe; Krankenversicherung ist ein Benefit',
  },
  {
    id: 'v2-113',
    company: 'Facturo SAS',
    text: `Qui sommes-nous ?
Facturo est la solution de facturation électronique des artisans, commerçants et TPE. Devis, factures, relances et envoi au format obligatoire via notre plateforme de dématérialisation partenaire : plus de 70 000 entrepreneurs l'utilisent déjà pour être prêts pour la réforme.

Nous recrutons un·e Développeur·se Full Stack (Symfony, React) à Toulouse.

Vos missions :
- Faire évoluer l'éditeur de devis et de factures utilisé chaque jour par nos clients
- Développer les connexions avec les banques pour le rapprochement des paiements
- Participer aux choix techniques d'une équipe de douze personnes

Ce que nous offrons : CDI, télétravail trois jours par semaine, tickets restaurant, mutuelle prise en charge à 100 % et une équipe qui écoute ses utilisateurs.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'logiciel de facturation pour petites entreprises',
  },
  {
    id: 'v2-114',
    company: 'Alcancía Financiera S.L.',
    text: `<p><strong>Quiénes somos</strong></p>
<p>Alcancía es la cuenta de negocio de más de 60.000 autónomos en España. Desde la app abren su cuenta con IBAN español, emiten facturas, apartan automáticamente el IVA y el IRPF de cada cobro y presentan sus modelos trimestrales.</p>
<p><strong>El puesto</strong></p>
<p>Buscamos un/a Backend Engineer (Go) en Barcelona, modalidad híbrida.</p>`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'v2-115',
    company: 'Cofrinho Pagamentos Ltda',
    text: `# Sobre nós
O Cofrinho ajuda pequenos negócios a receber: link de pagamento por Pix e cartão, maquininha no celular e conta digital com saque no mesmo dia. Mais de 300 mil microempreendedores — manicures, vendedores de marmita, oficinas — recebem com a gente.

# A vaga
Pessoa Engenheira de Software Backend (Kotlin), remoto de qualquer lugar do Brasil.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },
  {
    id: 'v2-116',
    company: 'Fattura Lieve S.r.l.',
    text: `Chi siamo
Fattura Lieve è l'app di fatturazione elettronica per freelance e partite IVA in regime forfettario. Emetti la fattura dal telefono, la inviamo al Sistema di Interscambio, calcoliamo quanto mettere da parte per tasse e contributi e ti ricordiamo le scadenze. Ci usano 110.000 professionisti.

Cerchiamo un/a Mobile Developer (React Native) per il team di Torino.`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'v2-117',
    company: 'Spaarvogel B.V.',
    text: `Over ons
Spaarvogel is een beleggingsapp voor mensen die voor het eerst gaan beleggen. Vanaf €1 beleg je in indexfondsen, automatisch elke maand. Ruim 250.000 Nederlanders en Belgen beleggen via ons; we staan onder toezicht van de AFM.

Wij zoeken een Senior iOS Developer (Swift) voor ons team in Amsterdam.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
  },
  {
    id: 'v2-118',
    company: 'Nómina Fácil Tech S.A. de C.V.',
    text: `En Nómina Fácil hacemos la nómina de 15.000 pymes en México: calculamos sueldos, IMSS e ISR, timbramos los recibos ante el SAT y dispersamos los pagos a las cuentas de los empleados. Todo desde una plataforma en la nube.

Vacante: Desarrollador/a Backend (Python, Django). Ubicación: Ciudad de México, esquema híbrido.`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'software de nómina para pymes',
  },
  {
    id: 'v2-119',
    company: 'Flywheel Advance Inc.',
    text: `Flywheel Advance funds growing e-commerce brands. Sellers on Shopify and Amazon connect their store, and within 48 hours we advance them cash for inventory and ads, repaid as a share of future sales. We have advanced $1.4 billion to 6,000 online brands.

We're hiring a Senior Data Scientist, Underwriting. Remote, US.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a lender whose borrowers are online shops',
  },
  {
    id: 'v2-120',
    company: 'Longview Pensions Ltd',
    text: `&lt;p&gt;&lt;strong&gt;About Longview&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;The average person in the UK has had eleven jobs and lost track of at least one workplace pension. Longview finds old pensions, combines them into one plan in our app and shows you what you&amp;rsquo;ll retire on. 340,000 customers trust us with &amp;pound;7bn.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;The role:&lt;/strong&gt; Senior Product Analyst, Edinburgh.&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },

  // Information Technology & Software Development: general-purpose software that names customers in many sectors.
  {
    id: 'v2-121',
    company: 'Pipewell',
    text: `Pipewell moves data from the apps a company uses into its warehouse, reliably and without anyone writing a cron job. 5,000 data teams sync 300 sources with us: a regional bank loads its core-banking exports, a hospital group its scheduling data, a fashion retailer its Shopify orders.

We're hiring an Analytics Engineer for our internal data team. You'll work in Python, dbt and Snowflake. Remote, US.

What you'll do
- Model our product usage data so that product managers can answer their own questions
- Own the revenue and retention dashboards that the leadership team reads every Monday
- Dogfood Pipewell: you'll be one of our most demanding users, and your bug reports go straight to the connector teams

What you bring
Three or more years of analytics engineering, strong SQL, and opinions about naming conventions. Compensation $140,000–$170,000 plus equity; we meet in person twice a year.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'customers in many industries; the tools say nothing',
  },
  {
    id: 'v2-122',
    company: 'Marlow & Finch Digital',
    text: `<p><strong>Who we are</strong></p>
<p>Marlow &amp; Finch is a software consultancy of 220 engineers, designers and data people in London, Leeds and Glasgow. We design and build digital services for clients in insurance, retail, energy and the public sector &ndash; recent work includes a claims portal, a store-stock app and a benefits-application service.</p>
<p><strong>The role</strong></p>
<p>Lead Developer (Java or .NET), working on client teams of 6&ndash;10.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT consultancy with clients in many sectors',
  },
  {
    id: 'v2-123',
    company: 'Stackyard Ltd',
    text: `# About Stackyard
We run managed Kubernetes and Postgres for 1,700 companies who'd rather not run it themselves, from two data centres in London and one in Amsterdam. Our customers range from a building society to an online furniture shop and a few NHS suppliers.

# The role
Platform Engineer (Go, Linux, Kubernetes), London or remote in the UK.

# Perks
Cycle-to-work scheme, private health insurance, 25 days plus bank holidays.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'hosting for many industries; benefits say nothing',
  },
  {
    id: 'v2-124',
    company: 'Tickety',
    text: `Tickety is help desk software. Support teams at 14,000 companies answer email, chat and WhatsApp in one inbox: a broadband provider with 600 agents, a furniture webshop with four, a university IT service desk and a municipal call centre.

We're hiring a Senior Backend Engineer (Elixir) in Toronto. Our engineering team is 70 people and ships every day.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'help desk software any company uses',
  },
  {
    id: 'v2-125',
    company: 'Relay CRM Pvt. Ltd.',
    text: `About us
Relay is a CRM built for sales teams in growing companies. 25,000 businesses across India, the Middle East and Southeast Asia manage leads, calls and deals with us – real-estate developers, insurance agencies, car dealerships, coaching institutes and B2B manufacturers.

Role: Senior Frontend Engineer (React, TypeScript). Location: Chennai, hybrid.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'CRM for many industries',
  },
  {
    id: 'v2-126',
    company: 'Tracewell Inc.',
    text: `<h2>About Tracewell</h2>
<p>Tracewell is an observability platform: logs, metrics and traces in one place, with alerts that wake the right person. Two of the largest US banks, a national mobile operator, a streaming service and 3,000 smaller engineering teams run their production monitoring on us.</p>
<h2>The role</h2>
<p>Senior Software Engineer, Query Engine (Rust). Seattle or remote.</p>
<h2>What you&rsquo;ll do</h2>
<ul><li>Make queries over petabytes of logs return in under two seconds</li><li>Design the columnar storage format for our next generation of trace data</li><li>Profile, measure and cut cost per ingested gigabyte</li></ul>
<h2>What we&rsquo;re looking for</h2>
<p>Experience building databases, search engines or other systems where performance is the product. Rust preferred; C++ or Go with an interest in Rust welcome.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'banking and telecom clients among many industries',
  },
  {
    id: 'v2-127',
    company: 'Keyturn Security Pte. Ltd.',
    text: `Keyturn is a login and identity API. Developers add passkeys, single sign-on and multi-factor authentication to their apps with a few lines of code. Our customers include digital banks, airlines, e-commerce marketplaces and hospital patient portals in 40 countries.

We're hiring a Security Engineer (cryptography, WebAuthn) in Singapore.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'identity software for many industries',
  },
  {
    id: 'v2-128',
    company: 'Peopleboard Pty Ltd',
    text: `About Peopleboard
Peopleboard is HR software for companies of 50 to 2,000 people: onboarding, leave, performance reviews and an employee directory. We don't run payroll; we sync with whichever payroll provider you use. Schools, aged-care operators, accounting firms and tech companies across Australia are customers.

We're after a Senior Product Manager in Brisbane.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'HR software any company uses, not payroll',
  },
  {
    id: 'v2-129',
    company: 'Northmark ERP',
    text: `# About Northmark
Northmark is a cloud ERP for mid-sized companies: finance, purchasing, inventory, projects and reporting. Our 3,500 customers are wholesalers, engineering consultancies, charities, software firms and a good number of manufacturers, in the US and Canada.

# The role
Implementation Consultant (finance modules). Minneapolis or remote.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'ERP for many industries',
  },
  {
    id: 'v2-130',
    company: 'Forecastly',
    text: `CFOs at 2,000 companies build their budgets in Forecastly instead of a 40-tab spreadsheet. Our planning platform pulls actuals from the general ledger, lets each department plan headcount and spend, and shows the board the forecast against the plan. Customers range from hospitals and retailers to SaaS companies and manufacturers.

We're hiring a Senior Software Engineer (Python, React). New York, hybrid.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'budgeting and planning software is IT by the rule',
  },
  {
    id: 'v2-131',
    company: 'Labelhouse AI Pvt. Ltd.',
    text: `Labelhouse builds training data for AI teams. Our annotation platform and 3,000 trained annotators label lidar scans for autonomous-driving companies, X-rays for medical-imaging start-ups, product photos for e-commerce search and documents for insurers.

We are hiring a Machine Learning Engineer to build our model-assisted labelling tools. Location: Hyderabad.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data company serving many industries',
  },
  {
    id: 'v2-132',
    company: 'Spineleaf Networks Inc.',
    text: `Spineleaf designs 400G and 800G Ethernet switches and the network operating system that runs them. Our switches sit in the data centres of cloud providers, trading firms, hospitals' private clouds and AI training clusters. We don't sell to mobile operators; our world is the data centre.

We're hiring an ASIC Verification Engineer in San Jose, CA.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'networking for data centres is IT',
  },
  {
    id: 'v2-133',
    company: 'Bluewick IT Services',
    text: `&lt;p&gt;&lt;strong&gt;About Bluewick&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Bluewick is a managed IT services provider in Leeds. We look after the laptops, networks, Microsoft 365 and backups of 180 organisations across Yorkshire &amp;ndash; GP surgeries, law firms, schools, estate agents and a couple of small factories.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;The role:&lt;/strong&gt; 2nd Line Support Engineer.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Benefits:&lt;/strong&gt; 25 days plus bank holidays, healthcare cash plan.&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services for many industries; GP surgeries are only clients',
  },
  {
    id: 'v2-134',
    company: 'Formwright',
    text: `Formwright is a low-code platform for building internal apps and workflows. Business teams at 800 organisations build their own tools on it: a Dutch municipality handles permit requests, an insurer routes claims, a hospital tracks equipment loans and a logistics company manages driver onboarding.

We're hiring a Senior Backend Engineer (Kotlin) for our Rotterdam office. English is our working language.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'low-code platform for many industries',
  },
  {
    id: 'v2-135',
    company: 'Glyphwork Inc.',
    text: `<p><strong>About Glyphwork</strong></p>
<p>Glyphwork is a document-AI API. Send us a PDF or a phone photo and get back structured data: invoices for accounts-payable teams, bills of lading for freight forwarders, intake forms for clinics, ID documents for marketplaces. 1,200 companies call our API about 80 million times a month.</p>
<p><strong>The role</strong>: Applied Scientist, OCR and layout models. Boston or remote.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'document AI for many industries',
  },
  {
    id: 'v2-136',
    company: 'Querylane',
    text: `# About Querylane
Querylane is search as a service. Online shops use us for product search, publishers for their archives, and companies for the intranet search nobody used to trust. 2,500 customers, 9 billion queries a year, an engineering team of 60 in Berlin.

# Your role
Search Relevance Engineer (Java, Lucene, learning-to-rank). Berlin, English-speaking team.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'online shops are one customer group among several',
  },
  {
    id: 'v2-137',
    company: 'Moatline Security Ltd',
    text: `Moatline protects cloud workloads from attackers. Our agentless platform scans AWS, Azure and Google Cloud accounts for misconfigurations and exposed secrets, and catches attacks as they happen. Security teams at banks, telecom operators, hospitals and SaaS companies in 30 countries depend on us.

We're hiring a Threat Researcher in Tel Aviv.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'security software for many industries',
  },
  {
    id: 'v2-138',
    company: 'Callwright',
    text: `Callwright is a cloud contact-centre platform. We route voice calls over SIP from the carriers straight to agents working in a browser, with chat, email and AI call summaries in the same screen. Airlines, insurers, utilities and online retailers run 60,000 agent seats on us.

We're hiring a Senior VoIP Engineer (Kamailio, FreeSWITCH, WebRTC). Denver or remote.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'telephony words, but contact-centre software for many industries',
  },
  {
    id: 'v2-139',
    company: 'Sensorloom Pte. Ltd.',
    text: `# About us
Sensorloom is an IoT platform. Device makers and system integrators connect sensors to our cloud and build dashboards and alerts on top: cold-chain trackers in refrigerated trucks, vibration sensors in factories, occupancy sensors in office buildings and parking sensors on city streets.

# The role
Backend Engineer (Go, MQTT, TimescaleDB), Singapore.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IoT platform for many industries',
  },
  {
    id: 'v2-140',
    company: 'Talentbridge Recruitment',
    text: `Talentbridge are proud to be working with our client, a fast-growing SaaS company in Manchester, to find a Senior PHP Developer.

Our client's booking and scheduling software is used by 30,000 businesses: gyms, physiotherapy clinics, hair salons, driving schools and council leisure centres. They are profitable, growing 40% year on year and moving from a monolith to services.

Salary up to £75k, hybrid (2 days in office).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: "recruiter's client is software for many industries",
  },
  {
    id: 'v2-141',
    company: 'Datenhafen GmbH',
    text: `# Über uns
Die Datenhafen GmbH betreibt eine eigene Cloud aus zwei Rechenzentren in Hamburg und Hannover. Versicherungen, Onlinehändler, Stadtwerke, Kliniken und Softwarehäuser betreiben ihre Anwendungen bei uns – DSGVO-konform und mit deutschem Support rund um die Uhr.

# Deine Aufgaben
Als Cloud Engineer (m/w/d) automatisierst du unsere OpenStack-Plattform mit Terraform und Ansible.
- Du baust unser Kubernetes-Angebot für Kunden weiter aus
- Du verbesserst Monitoring und Alarmierung mit Prometheus und Grafana
- Du nimmst an der Rufbereitschaft teil, die wir fair im Team verteilen

# Das bieten wir
Unbefristeter Vertrag, 30 Tage Urlaub, Jobrad, flexible Arbeitszeiten und zwei Tage pro Woche mobiles Arbeiten. Unser Team besteht aus 45 Kolleginnen und Kollegen in Hamburg-Hammerbrook.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'Cloud-Anbieter für viele Branchen',
  },
  {
    id: 'v2-142',
    company: 'Softwarehaus Klarbach GmbH',
    text: `<p>Wir sind ein inhabergeführtes Softwarehaus in Nürnberg mit 140 Mitarbeitenden. Seit 1998 entwickeln wir Individualsoftware für den Mittelstand: ein Kundenportal für eine Regionalbank, die Lagersteuerung eines Großhändlers, eine App für die Terminvergabe einer Klinik.</p>
<p><strong>Deine Aufgaben als Softwareentwickler:in Java</strong></p>
<ul><li>Du entwickelst Anwendungen mit Spring Boot und Angular</li><li>Du arbeitest direkt mit unseren Kunden zusammen</li></ul>`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'Softwarehaus mit Kunden aus vielen Branchen',
  },
  {
    id: 'v2-143',
    company: 'Nuagique SAS',
    text: `# Qui sommes-nous ?
Nuagique édite une plateforme de signature électronique et de parapheur numérique. Banques, notaires, collectivités, hôpitaux et agences immobilières y font signer plus de 40 millions de documents par an.

# Le poste
Nous recherchons un·e Ingénieur·e Sécurité (PKI, eIDAS) pour notre équipe de Paris.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'logiciel utilisé par de nombreux secteurs',
  },
  {
    id: 'v2-144',
    company: 'Groupe Vernaison – Vernaison Digital',
    text: `<p><strong>Qui sommes-nous ?</strong></p>
<p>Vernaison Digital est l&rsquo;entité services numériques du Groupe Vernaison. Nos 600 consultant·es accompagnent des clients dans l&rsquo;assurance, l&rsquo;industrie, la santé et le secteur public&nbsp;: développement d&rsquo;applications, data, cloud et cybersécurité.</p>
<p><strong>Le poste</strong>&nbsp;: Consultant·e Data Engineer (Spark, Azure), basé·e à Lyon.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: "l'entité qui recrute est une ESN aux clients multisectoriels",
  },
  {
    id: 'v2-145',
    company: 'Veldwerk B.V.',
    text: `Over Veldwerk
Veldwerk maakt planningssoftware voor buitendienstmedewerkers. Installatiebedrijven, thuiszorgorganisaties, glasvezelaannemers en schoonmaakbedrijven plannen er dagelijks 25.000 monteurs en medewerkers mee, en die zien hun route en werkbonnen in onze app.

Wij zoeken een Medior Frontend Developer (Vue) in Arnhem.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'planningssoftware voor veel branches',
  },
  {
    id: 'v2-146',
    company: 'Nuvem Clara Tecnologia Ltda',
    text: `<p><strong>Sobre nós</strong></p>
<p>A Nuvem Clara é uma plataforma de dados e BI em nuvem. Mais de 1.500 empresas — redes de varejo, bancos médios, cooperativas do agronegócio, hospitais e indústrias — conectam seus sistemas e montam painéis sem depender do time de TI.</p>
<p><strong>A vaga</strong>: Pessoa Engenheira de Dados Sênior, remoto (Brasil).</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'plataforma de dados para vários setores',
  },
  {
    id: 'v2-147',
    company: 'Codice Chiaro S.r.l.',
    text: `Chi siamo
Codice Chiaro è una software house di Bologna. Progettiamo e sviluppiamo app mobili e piattaforme web per clienti molto diversi: l'home banking di una banca di credito cooperativo, l'e-commerce di un marchio di moda, l'app per le prenotazioni di un poliambulatorio.

Cerchiamo un/a iOS Developer (Swift) da inserire nel nostro team.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'software house con clienti di vari settori',
  },
  {
    id: 'v2-148',
    company: 'Datamesa S.A.',
    text: `# Quiénes somos
Datamesa es una consultora de datos e inteligencia artificial con 300 profesionales en Buenos Aires, Montevideo y Santiago. Construimos modelos de predicción de bajas para operadoras de telecomunicaciones, de demanda para cadenas de retail y de fraude para aseguradoras.

# El puesto
Machine Learning Engineer Semi Senior, modalidad remota.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'consultora de datos con clientes de varios sectores',
  },
  {
    id: 'v2-149',
    company: 'Vantle',
    text: `&lt;h3&gt;About Vantle&lt;/h3&gt;&lt;p&gt;Vantle is an email and messaging API. Order confirmations from online retailers, one-time passcodes from banks, boarding passes from airlines and appointment reminders from clinics: about 4 billion messages a month go out through our infrastructure.&lt;/p&gt;&lt;h3&gt;The role&lt;/h3&gt;&lt;p&gt;Deliverability Engineer, Dublin or remote in Ireland.&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'messaging API for many industries',
  },
  {
    id: 'v2-150',
    company: 'Kilnworth Group – Kilnworth Digital',
    text: `Kilnworth Group owns hotels, a building firm and a chain of garden centres. Kilnworth Digital is its software and IT services business: 150 developers and cloud engineers in Cork and Kraków who build software for the group and for outside clients in insurance, retail and local government.

We're hiring a Senior .NET Developer for Kilnworth Digital in Cork.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'the hiring unit is an IT services business',
  },
];
