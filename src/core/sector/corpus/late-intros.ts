// Labelled whole short postings whose employer describes itself late: in an "About" block near the end, in one
// sentence of the closing paragraph, or only through the duties. They teach the sector model to find the
// employer's business after a long run of duties, requirements and benefits that name other sectors' words.
// Labels follow docs/sector-labels.md; employers are fictional.
import type { SectorExample } from './example.ts';

export const LATE_INTROS: SectorExample[] = [
  {
    id: 'li-001',
    company: 'Marrow Valley Bank',
    text: `Senior Data Engineer – Columbus, OH (hybrid)

We are looking for a Senior Data Engineer to help rebuild the pipelines behind our deposit, lending and branch reporting. You will own the move of nightly batch jobs from an on-premise SQL Server warehouse to Snowflake, and you will work closely with finance, risk and the digital banking team.

What you will do
- Design and build ELT pipelines in dbt and Airflow, with tests and lineage for every regulatory table
- Migrate legacy SSIS packages and retire them one by one without breaking the month-end close
- Model loan, deposit and transaction data so analysts can answer questions without asking IT
- Work with our information security team on masking, row-level access and audit trails
- Mentor two junior engineers and review their pull requests

What you bring
- Six or more years of data engineering, at least two on a cloud warehouse (Snowflake, BigQuery or Redshift)
- Strong SQL and Python; comfortable with Git, CI/CD and Terraform
- Experience with data governance in a regulated environment is a big plus
- A calm, methodical way of working when numbers have to reconcile to the cent

What we offer
- Medical, dental and vision insurance from day one, with an HSA contribution
- 401(k) with a 6% match and an employee stock purchase plan
- 11 paid holidays, including all federal bank holidays, plus 20 days of PTO
- Tuition reimbursement and two volunteer days a year

About Marrow Valley Bank
Founded in 1911 as a savings and loan for mill workers in the Scioto valley, Marrow Valley Bank is now a community bank with 68 branches across Ohio and West Virginia, $9 billion in assets, and a growing small-business lending book. We still answer the phone in Ohio.

Marrow Valley Bank is an Equal Opportunity Employer. Member FDIC.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'li-002',
    company: 'Harcastle Insurance plc',
    text: `# Claims Data Analyst
**Leeds, West Yorkshire · Hybrid (2 days in the office) · £38,000 – £45,000**

## The role
Claims is where our promises are tested. As a Claims Data Analyst you will turn millions of claim events into the reporting our claims handlers, fraud investigators and pricing actuaries rely on every morning. You will sit in the Claims Insight team of nine people.

## Your responsibilities
- Build and maintain Power BI dashboards on claim frequency, severity, leakage and settlement times
- Write SQL against our Guidewire ClaimCenter data in Azure Synapse
- Spot unusual patterns in motor and home claims and pass them to the counter-fraud unit
- Support the quarterly reserving cycle with clean, reconciled data extracts
- Help move our ad-hoc Excel reports into governed, automated pipelines

## About you
- Solid SQL and Power BI (DAX); some Python or R is welcome
- You explain numbers plainly to people who are not analysts
- Experience in insurance, banking or another regulated industry is helpful but not essential

## Benefits
- 25 days' holiday plus bank holidays, with the option to buy five more
- Private medical insurance and a health cash plan
- Pension with up to 8% employer contribution
- Discounts on our own car and home policies
- Cycle-to-work scheme and season-ticket loan

## About Harcastle
Harcastle has insured homes, cars and small businesses across the north of England since 1887. Today we look after 1.4 million policyholders and pay out around 900 claims every working day, mostly through brokers and our own direct brand.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'li-003',
    company: 'Quillon',
    text: `Settlement Operations Analyst
Austin, TX – on site four days a week

The Settlement Operations team makes sure that every dollar moving through Quillon lands in the right place, on the right day. You will join a team of twelve analysts working a staggered early shift (6:30 am start) so that we can close the books before the East Coast opens.

Day to day you will:
- Reconcile daily card settlements with our issuing banks and the card networks, and chase every break until it is resolved
- Investigate chargebacks and retrievals, prepare representment files and track deadlines
- Calculate and release merchant payouts, holding funds where risk rules require it
- Check interchange and scheme fee invoices against our own transaction records
- Write clear runbooks and help automate manual steps with SQL and Python scripts
- Work with Treasury on funding forecasts for weekends and public holidays

You might be a fit if you have:
- Two or more years in payments operations, reconciliation or fund accounting
- Excellent Excel skills; working SQL; exposure to Looker or Tableau
- Knowledge of ISO 8583 or settlement file formats (TC33, IPM) is a strong plus
- A habit of asking why a number is off by three cents

What we offer: a competitive salary and annual bonus, medical/dental/vision insurance, 401(k) match, 18 days PTO plus holidays, a hardware budget, and a quiet desk in our Domain office with free breakfast on early-shift days.

Quillon processes card payments for more than 40,000 merchants across the United States, from food trucks to regional hotel chains.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'card settlement and merchant payouts: a payment processor',
  },
  {
    id: 'li-004',
    company: 'Wrenmoor Capital Management Pte. Ltd.',
    text: `<h2>Investment Data Analyst</h2>
<p>Singapore &middot; Full time &middot; Raffles Place</p>
<p>Our Investment Data team sits between the portfolio managers and technology. We are hiring an analyst to look after the security master, pricing and holdings data that feed our portfolio construction and risk systems.</p>
<p><strong>Responsibilities</strong></p>
<ul>
<li>Own daily data quality checks on prices, corporate actions and benchmark constituents</li>
<li>Onboard new data vendors (Bloomberg, ICE, MSCI) and map their fields to our internal model</li>
<li>Build Python and SQL tooling to replace spreadsheets used by the operations desk</li>
<li>Support the performance and attribution team at each month end</li>
<li>Work with engineers on our move from an on-premise database to AWS</li>
</ul>
<p><strong>Requirements</strong></p>
<ul>
<li>Degree in finance, economics, computer science or a related field</li>
<li>2&ndash;4 years in investment operations or market data</li>
<li>Good Python (pandas) and SQL; knowledge of fixed income instruments is an advantage</li>
</ul>
<p><strong>What we offer</strong></p>
<ul>
<li>Competitive base and discretionary bonus</li>
<li>Group health and dental insurance, annual health screening</li>
<li>18 days annual leave plus public holidays, birthday leave</li>
</ul>
<p><strong>About Wrenmoor</strong></p>
<p>Wrenmoor Capital Management is an independent asset manager with US$14 billion under management across Asian equities, Asian credit and multi-asset funds. We manage money for pension funds, insurers, endowments and private banks from offices in Singapore, Hong Kong and Tokyo.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'li-005',
    company: 'Northshore Community Credit Union',
    text: `Business Systems Analyst, Lending
Location: Thunder Bay, Ontario (hybrid) | Permanent, full time

Are you the person colleagues call when a process does not make sense? We are looking for a Business Systems Analyst to join our small project team and help our lending staff get more out of the systems they use every day.

In this role you will:
• Gather requirements from mortgage, consumer and agricultural lending teams and turn them into clear user stories
• Configure and test changes to our loan origination system and document them for front-line staff
• Map current processes, find the manual steps, and propose what to automate
• Coordinate user acceptance testing with branch staff and our software vendors
• Write training notes and short videos for new features

You will need:
• A diploma or degree in business, IT or a related field
• Three years as a business analyst or in a systems support role
• Comfort with Jira, Confluence, Visio and SQL queries
• Knowledge of lending, underwriting or collections is an asset

Why join us?
• Competitive salary and an annual profit share when members do well
• Extended health and dental benefits, life insurance, and an employee and family assistance program
• Defined contribution pension with a 7% employer match
• Three weeks' vacation to start, plus personal days and statutory holidays
• Preferred rates on your own mortgage and loans

Northshore is a member-owned credit union serving 31,000 members in Northwestern Ontario from nine branches. Every member has a vote and our profits go back to members and to the towns we serve.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'li-006',
    company: 'Rao Mehta & Associates LLP',
    text: `Audit Associate (Statutory & Internal Audit) – Pune

Experience: 1–3 years | Qualification: CA Inter / semi-qualified CA / M.Com

Job description:
We have openings for Audit Associates in our Pune office to work on statutory audits, internal audits and tax audits of mid-sized clients in manufacturing, IT services, real estate and healthcare.

Key responsibilities:
- Plan and carry out audit fieldwork at client locations, including stock verification at plants and warehouses
- Vouching, ledger scrutiny and bank reconciliations in Tally Prime and SAP
- Prepare working papers and draft observations for review by the manager
- Assist with Ind AS disclosures, GST reconciliations and tax audit reports (Form 3CD)
- Coordinate with client finance teams to close open points before deadlines

Skills required:
- Sound knowledge of accounting standards and the Companies Act
- Advanced Excel; exposure to audit software such as CaseWare is an advantage
- Good written English; Marathi or Hindi helpful for client visits
- Willing to travel within Maharashtra for up to one week at a time

We offer:
- Structured articleship-to-associate growth path and CA final exam leave
- Group mediclaim for employee and family, accident insurance
- Five-day week outside the March–September audit season
- Conveyance allowance for client visits

Rao Mehta & Associates is a firm of chartered accountants founded in 1994, with 14 partners and 180 staff across Pune, Mumbai and Nashik, offering audit, assurance, direct and indirect tax, and advisory services.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'accountancy firm; client industries are not its sector',
  },
  {
    id: 'li-007',
    company: 'Falkwacht GmbH',
    text: `Machine Learning Engineer (m/w/d) – Frankfurt am Main oder remote in Deutschland

Deine Aufgaben
- Du entwickelst und trainierst Modelle, die in Echtzeit entscheiden, ob ein Kreditantrag oder eine Kontoeröffnung betrügerisch ist
- Du baust Feature-Pipelines auf Basis von Transaktions-, Geräte- und Antragsdaten (Python, Spark, Kafka)
- Du bringst Modelle mit MLflow und Kubernetes in Produktion und überwachst Drift und Fehlalarmquoten
- Du arbeitest eng mit unseren Kunden zusammen, um Modelle an deren Risikostrategie anzupassen
- Du dokumentierst Modelle so, dass sie einer Prüfung durch BaFin und interne Revision standhalten

Dein Profil
- Abgeschlossenes Studium in Informatik, Mathematik, Statistik oder vergleichbar
- Mindestens drei Jahre Erfahrung mit Machine Learning in Produktion
- Sehr gute Kenntnisse in Python und SQL, Erfahrung mit Gradient Boosting und Graph-Methoden
- Erfahrung im Umgang mit unausgewogenen Datensätzen ist ein Plus
- Sehr gutes Deutsch und Englisch

Was wir bieten
- 30 Urlaubstage, flexible Arbeitszeiten und bis zu 100 % Homeoffice innerhalb Deutschlands
- Betriebliche Altersvorsorge und Zuschuss zur Krankenzusatzversicherung
- Deutschlandticket oder JobRad – du entscheidest
- Jährliches Weiterbildungsbudget von 2.000 Euro und Konferenzbesuche

Über uns
Falkwacht entwickelt Software zur Betrugserkennung und Kreditrisikobewertung für Banken, Sparkassen, Leasinggesellschaften und Konsumentenkreditgeber. Über unsere Plattform laufen jeden Tag rund zwei Millionen Anträge und Zahlungen. Wir sind 85 Menschen aus 19 Ländern und sitzen im Frankfurter Bahnhofsviertel.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'fraud-scoring software made for lenders: Finance per the one-sector rule',
  },
  {
    id: 'li-008',
    company: 'Pursefinch',
    text: `# Senior iOS Engineer 📱
Melbourne (Collingwood) or remote within Australia

Hey! We're after a senior iOS engineer who cares about the small things: the haptic tap when your pay lands, the way a savings goal fills up, the one-second login that just works. You'll join a squad of six (two iOS, two Android, one backend, one designer) that owns everything a customer touches in their first thirty days with us.

## What you'll actually do
- Ship features in Swift and SwiftUI every week, behind feature flags
- Own onboarding: identity checks, account opening and the first card activation
- Work with the backend crew on our GraphQL API and help shape new endpoints
- Keep the app fast and accessible (VoiceOver matters to us)
- Pair, review, and occasionally argue nicely about architecture

## You probably have
- 5+ years building iOS apps that real people use
- Deep Swift knowledge, comfortable with Combine or async/await
- Experience with CI (Bitrise, GitHub Actions) and crash monitoring (Sentry)
- Bonus points for having worked on anything touching money, security or biometrics

## The good stuff
- Equity for everyone, from the first day
- 20 days' leave plus your birthday off, and we close between Christmas and New Year
- A private health insurance allowance and a yearly wellbeing budget
- New MacBook, new iPhone, and a home office setup allowance
- 16 weeks' paid parental leave, whatever your gender

## Who we are
Pursefinch is an Australian digital bank. We hold a full banking licence, look after everyday accounts, savings and debit cards for about 600,000 customers, and we don't charge fees for any of it. We make money the boring way: lending responsibly.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'li-009',
    company: 'Stellingwerf Trading B.V.',
    text: `&lt;p&gt;&lt;strong&gt;C++ Developer &amp;ndash; Low-Latency Systems&lt;/strong&gt;&lt;br&gt;Amsterdam, Zuidas &amp;middot; Full time &amp;middot; On site&lt;/p&gt;
&lt;p&gt;You will work on the systems that price and send our quotes to European exchanges in a few microseconds. Developers, traders and researchers sit at the same desks, and what you write on Monday can be live on Wednesday.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;What you will work on&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Exchange gateways and order-book handlers in modern C++ (20)&lt;/li&gt;
&lt;li&gt;Profiling and tuning on Linux: cache behaviour, kernel bypass, lock-free queues&lt;/li&gt;
&lt;li&gt;Tools that let traders change risk limits and parameters safely during the day&lt;/li&gt;
&lt;li&gt;Testing and replay frameworks that run a full trading day in minutes&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What we look for&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;A master&amp;rsquo;s degree in computer science, physics, mathematics or similar&lt;/li&gt;
&lt;li&gt;Strong C++ and a solid grasp of computer architecture and networking&lt;/li&gt;
&lt;li&gt;Python for scripting and analysis&lt;/li&gt;
&lt;li&gt;No finance background needed; we teach you the markets&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What we offer&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;A high base salary and a profit-based bonus from your first year&lt;/li&gt;
&lt;li&gt;Full health insurance cover, daily lunch and a gym on the top floor&lt;/li&gt;
&lt;li&gt;Relocation support and help with the 30% ruling for international hires&lt;/li&gt;
&lt;li&gt;27 holidays, plus Dutch public holidays&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Stellingwerf is a proprietary trading firm founded in 2006 that trades its own capital as a market maker in equity options, ETFs and futures on over 30 exchanges. We are 140 people, one office and no clients.&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'li-010',
    company: 'Carnet Clair SAS',
    text: `Développeur·se back-end Go (H/F) – Lyon ou télétravail

Le poste
Tu rejoins l'équipe « Encaissement » (5 développeurs, une product manager, un designer). Votre mission commune : que nos utilisateurs soient payés plus vite. Tu travailleras sur la génération des factures, les relances automatiques, le rapprochement bancaire et la future facturation électronique obligatoire.

Tes missions
- Concevoir et développer des services en Go, exposés via une API REST et des webhooks
- Intégrer les connecteurs bancaires (DSP2) et les plateformes de dématérialisation partenaires
- Écrire des tests, surveiller la production (Datadog, PostgreSQL, GCP) et participer aux astreintes
- Travailler avec le support pour comprendre les problèmes réels des utilisateurs

Ton profil
- Au moins trois ans d'expérience en développement back-end (Go, ou Java/Kotlin et envie d'apprendre Go)
- À l'aise avec SQL, Docker et les architectures orientées événements
- Une connaissance de la comptabilité ou de la TVA est un plus, pas une obligation

Ce que nous offrons
- Salaire entre 52 et 65 k€ selon expérience, BSPCE
- Mutuelle prise en charge à 100 %, tickets restaurant, forfait mobilités durables
- Deux jours de télétravail minimum, ou full remote si tu habites à plus de 100 km
- 27 jours de congés payés et RTT

Qui sommes-nous ?
Carnet Clair aide 80 000 indépendants, artisans et TPE à créer leurs devis et factures, relancer leurs clients, suivre leur trésorerie et préparer leur déclaration de TVA, depuis une application web et mobile. Nous sommes 60, basés à Lyon, rentables depuis 2022.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'invoicing and VAT software for small firms: Finance per the rule',
  },
  {
    id: 'li-011',
    company: 'Talentbridge Recruitment',
    text: `Risk Reporting Analyst – 12-month FTC (likely to go permanent)
Nottingham | Hybrid, 3 days from home | up to £48,000 + benefits

Talentbridge Recruitment is delighted to be partnering with our client on an important hire within their Enterprise Risk function.

The Opportunity
Reporting to the Head of Risk MI, you will produce the monthly and quarterly risk packs that go to the Board Risk Committee, and help modernise how they are built.

Key Responsibilities
- Produce credit, liquidity and operational risk MI from SQL Server and SAS sources
- Rebuild legacy Excel packs in Power BI and document the data behind every chart
- Track key risk indicators against appetite and flag breaches promptly
- Support responses to regulatory data requests from the PRA and FCA
- Work with Finance to reconcile risk figures to the general ledger

Skills & Experience
- Strong SQL and Excel, with Power BI or Tableau
- Previous exposure to risk reporting in financial services, ideally mortgages or savings
- Confident presenting figures to senior stakeholders
- Knowledge of IRB or IFRS 9 models is desirable

Benefits
- 27 days' annual leave plus bank holidays
- Annual bonus scheme and a generous pension
- Private medical insurance, cycle-to-work and a discounted mortgage rate for colleagues

About our client
Our client is a long-established building society, owned by its members, with over 50 branches across the East Midlands and £12bn of mortgages and savings on its books. It has a strong culture of staying close to members and its local communities.

To apply, send your CV to Priya at Talentbridge quoting ref. TB-4471.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'recruiter names its client: a building society',
  },
  {
    id: 'li-012',
    company: 'Maplecrest Pension Investment Board',
    text: `<p><strong>Developer, Portfolio Analytics</strong><br>Toronto, ON &ndash; hybrid, three days in office</p>
<p>The Portfolio Analytics group builds the tools our investment teams use to understand risk, exposure and performance across public markets, private equity, infrastructure and real estate. We are looking for a developer who enjoys working directly with investment professionals.</p>
<p><strong>Key responsibilities</strong></p>
<ul>
<li>Develop and maintain analytics services in Python and C#, running on Azure</li>
<li>Build data models for look-through exposure of fund and co-investment holdings</li>
<li>Automate the daily risk run and its checks, and support users when numbers look odd</li>
<li>Contribute to a shared library of financial calculations with proper tests</li>
</ul>
<p><strong>Qualifications</strong></p>
<ul>
<li>Degree in computer science, engineering, mathematics or finance</li>
<li>3+ years of professional software development</li>
<li>Familiarity with financial instruments; progress toward CFA or FRM is an asset</li>
<li>Experience with SQL, Git and CI/CD pipelines</li>
</ul>
<p><strong>What we offer</strong></p>
<ul>
<li>A defined benefit pension plan (of course)</li>
<li>Comprehensive health, dental and vision coverage from your first day</li>
<li>Four weeks&rsquo; vacation, flexible hours and a paid volunteer day</li>
</ul>
<p>Maplecrest invests the pension savings of 340,000 current and retired teachers, nurses and municipal employees in Ontario, managing C$96 billion in assets at arm&rsquo;s length from government.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'pension fund investing for public workers is Finance, not Public Sector',
  },
  {
    id: 'li-013',
    company: 'Almazán Correduría de Seguros S.L.',
    text: `Analista de Datos (Power BI / SQL) – Madrid

¿Qué harás?
Te incorporarás al área de Operaciones y Negocio para dar soporte a la dirección comercial y a los equipos de siniestros con información fiable y a tiempo.

Funciones principales
- Diseñar y mantener cuadros de mando en Power BI sobre cartera, renovaciones, primas y siniestralidad
- Extraer y depurar datos de nuestro sistema de gestión de pólizas y de las plataformas de las aseguradoras
- Automatizar informes mensuales que hoy se elaboran a mano en Excel
- Colaborar con el equipo de IT en la migración del data warehouse a Azure
- Apoyar a los ejecutivos de cuentas con análisis de clientes de empresa

Requisitos
- Grado en Estadística, Matemáticas, Economía, Ingeniería o similar
- Al menos dos años de experiencia como analista de datos
- Dominio de SQL y Power BI; valorable Python
- Conocimiento del sector asegurador (valorable, no imprescindible)

Ofrecemos
- Contrato indefinido y salario competitivo según valía
- Seguro médico privado, ticket restaurante y retribución flexible
- Jornada intensiva los viernes y durante julio y agosto
- 23 días laborables de vacaciones y formación continua

Quiénes somos
Almazán es una correduría de seguros independiente fundada en 1978. Asesoramos a más de 9.000 empresas y 40.000 particulares y negociamos sus pólizas de daños, responsabilidad civil, flotas, vida y salud con más de 60 compañías aseguradoras. Tenemos oficinas en Madrid, Valencia y Zaragoza.`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'li-014',
    company: 'Rhineland Development Bank',
    text: `IT Security Architect (f/m/d)
Düsseldorf | Permanent | Full time or part time (from 32 hours)

Your tasks
- Design and review the security architecture of new applications, from our loan portal to our cloud data platform
- Define guardrails for Azure and on-premise systems and check that projects follow them
- Carry out threat modelling and risk assessments together with product teams
- Support audits and supervisory reviews under DORA and BAIT requirements
- Advise management on security investments and report on the risk picture

Your profile
- Degree in computer science or a comparable field
- Several years' experience as a security architect or senior security engineer
- Knowledge of identity and access management, network security and cloud security (Azure)
- Certifications such as CISSP or CCSP are welcome
- Fluent German and good English

What we offer
- A permanent position with a salary under the public-sector collective agreement plus a bank allowance
- Flexible working hours and up to 60% remote work
- 30 days' annual leave; 24 and 31 December are days off
- Company pension scheme, subsidised canteen and a JobTicket

About us
Rhineland Development Bank is the state-owned promotional bank of North Rhine-Westphalia. We lend to small and medium-sized businesses, housing associations and start-ups, usually through their house banks, and we finance municipal infrastructure at favourable rates. Our 1,300 employees manage a balance sheet of around €160 billion.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'state-owned bank is Finance, not Public Sector',
  },
  {
    id: 'li-015',
    company: 'St. Aldric Regional Medical Center',
    text: `Clinical Informatics Analyst II – Epic Inpatient
Spokane, WA · Full time · Day shift, on-call rotation one week in six

Position summary
The Clinical Informatics Analyst II builds, tests and supports inpatient clinical documentation and ordering workflows in Epic. You will translate what nurses, physicians and pharmacists need at the bedside into safe, well-tested system changes.

Essential functions
- Analyse workflow requests from clinical units and recommend build options
- Build and maintain order sets, flowsheets, navigators and best practice advisories
- Run unit, integrated and regression testing before each quarterly upgrade
- Provide at-the-elbow support during go-lives on the medical-surgical and ICU floors
- Take part in the 24/7 on-call rotation for critical system issues

Qualifications
- Epic ClinDoc or Inpatient Orders certification, or ability to certify within six months of hire
- Three years of experience in clinical informatics, or an RN with two years of bedside experience plus strong interest in informatics
- Knowledge of HL7 and clinical terminology (SNOMED, LOINC) is preferred
- Excellent communication with clinical and technical teams

Benefits
- Medical, dental and vision insurance with low-premium options; employee clinic visits at no cost
- 403(b) retirement plan with employer match
- Paid time off that grows with service, plus six paid holidays
- Tuition assistance and free parking in the staff garage

St. Aldric Regional Medical Center is a 412-bed non-profit teaching hospital and Level II trauma center serving eastern Washington and northern Idaho, with a cancer institute, a birth center and 22 outpatient clinics.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'li-016',
    company: 'Brightwater Homecare Ltd',
    text: `Care Assistant – Community (Days, Evenings or Weekends)
Bristol North & South Gloucestershire | £12.60–£14.10 per hour + mileage | Full time and part time

Could you help someone stay in the home they love?

As a Care Assistant you will visit people in their own homes across Filton, Bradley Stoke and Patchway. Most of the people you support are older adults; some live with dementia, some are recovering from a hospital stay, and some just need a hand to stay independent.

Your visits might include:
- Helping with washing, dressing and getting up in the morning
- Preparing meals and making sure people eat and drink well
- Prompting and giving medication as set out in their care plan
- Noticing changes in health or mood and reporting them to the office or district nurse
- A cup of tea and a chat — often the part people remember

You don't need experience: we train you fully, paid, and support you to gain your Care Certificate and Level 2 and 3 diplomas. You will need a full UK driving licence and access to a car.

What you get
- Guaranteed-hours contracts if you want them, and rotas set two weeks ahead
- Paid travel time between visits plus 45p per mile
- 28 days' holiday including bank holidays
- Free DBS check and uniform
- A health cash plan, an employee assistance line and high-street discounts
- Refer-a-friend bonus of £300

Our 260 carers make around 3,000 home visits every week across Bristol and South Gloucestershire, rated Good by the CQC in every area. Apply in two minutes — no CV needed.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'home care provider, implied by the visits',
  },
  {
    id: 'li-017',
    company: 'Pinerow Pharmacy',
    text: `Inventory & Replenishment Analyst
Head Office – Mississauga, ON | Hybrid

Reporting to the Manager, Supply Planning, the Inventory & Replenishment Analyst makes sure each of our locations has the right prescription medications and front-store products on hand, without tying up cash in excess stock.

Responsibilities
- Monitor daily stock levels for drugs and over-the-counter products across 140 stores and the distribution centre
- Tune reorder points and forecasts in our replenishment system (SAP IBP) for seasonal lines such as cold and flu products and vaccines
- Work with pharmacists and wholesalers to manage drug shortages and recalls quickly
- Build reports in Power BI on fill rate, expiry write-offs and days of supply
- Support new-store openings with opening inventory plans

Qualifications
- Degree in supply chain, business or analytics
- 2+ years in inventory planning or demand forecasting
- Advanced Excel and SQL; experience with SAP is an asset
- Knowledge of drug schedules and narcotic controls is a plus

What we offer
- Competitive salary and annual incentive
- Health, dental and vision benefits, including a drug plan and paramedical coverage
- RRSP matching and a 20% employee discount on front-store purchases
- Three weeks' vacation plus summer Fridays

Pinerow Pharmacy is an Ontario-owned pharmacy chain. Our pharmacists fill more than 9 million prescriptions a year, give flu shots and travel vaccines, run medication reviews and care for residents of 60 long-term care homes.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'pharmacy chain is Healthcare despite stores and an employee discount',
  },
  {
    id: 'li-018',
    company: 'Helmrich Medizintechnik GmbH',
    text: `Qualitätsingenieur Fertigung (m/w/d)
Standort: Tuttlingen | Vollzeit | unbefristet

Ihre Aufgaben
- Sie betreuen die Qualitätssicherung in unserer Fertigung für chirurgische Instrumente und Implantate: Drehen, Fräsen, Schleifen, Oberflächenbehandlung und Reinraumverpackung
- Sie erstellen und pflegen FMEAs, Prüfpläne und Validierungen (IQ/OQ/PQ) für neue Maschinen und Prozesse
- Sie bearbeiten Abweichungen und CAPAs und führen Ursachenanalysen mit 8D und Ishikawa durch
- Sie begleiten Audits durch Benannte Stellen und Kunden und unterstützen bei der Umsetzung der MDR
- Sie werten Prozessdaten aus (Minitab, SAP QM) und treiben Verbesserungen voran

Ihr Profil
- Studium der Medizintechnik, des Maschinenbaus oder eine vergleichbare Qualifikation
- Erfahrung im Qualitätsmanagement nach ISO 13485, idealerweise in der Medizinprodukteherstellung
- Sicherer Umgang mit statistischen Methoden und MS Office
- Gute Deutsch- und Englischkenntnisse

Wir bieten
- Tarifliche Vergütung nach IG Metall mit Urlaubs- und Weihnachtsgeld
- Gleitzeit, 30 Tage Urlaub und Möglichkeit zu einem Homeoffice-Tag pro Woche
- Betriebliche Krankenversicherung und Firmenfitness
- Kostenlose Parkplätze und E-Bike-Leasing

Über uns
Seit 1952 entwickeln und fertigen wir in Tuttlingen Instrumente für die Wirbelsäulen- und Unfallchirurgie sowie Implantate aus Titan. Unsere Produkte werden in über 70 Ländern in Krankenhäusern eingesetzt. Wir beschäftigen 480 Mitarbeitende, davon 350 in der Produktion.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'maker of medical devices is Healthcare, though it runs a factory',
  },
  {
    id: 'li-019',
    company: 'Clinexa Research Pvt. Ltd.',
    text: `Clinical Data Manager
Location: Hyderabad (Hitec City) | Experience: 5–8 years | Work mode: Hybrid

Job summary:
We are seeking a Clinical Data Manager to lead data management activities for Phase II–III oncology and cardiovascular studies from study start-up to database lock.

Roles & responsibilities:
- Author Data Management Plans, CRF completion guidelines and edit check specifications
- Oversee eCRF design and user acceptance testing in Medidata Rave and Veeva Vault EDC
- Manage query resolution with sites and monitors and track data cleaning metrics
- Coordinate SAE reconciliation with the pharmacovigilance team and external vendor data (central lab, ECG, IRT)
- Lead database lock activities and archive study documents in the TMF
- Mentor a team of four to six data associates

Desired profile:
- B.Pharm / M.Pharm / M.Sc in life sciences or equivalent
- 5+ years in clinical data management at a CRO or sponsor
- Sound knowledge of ICH-GCP, CDISC (CDASH, SDTM) and 21 CFR Part 11
- SAS or R for listings is an added advantage
- Strong client-facing communication

Perks & benefits:
- Group health insurance covering spouse, children and parents
- Term life and personal accident cover
- Flexible hours with two days work from home
- Annual performance bonus and sponsored certifications

Clinexa is a clinical research organisation that runs trials for pharmaceutical and biotech sponsors in India, Southeast Asia and Eastern Europe, with 1,100 staff and more than 300 studies delivered since 2009.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'li-020',
    company: 'Tessellate Inc.',
    text: `Senior Backend Engineer (Ruby/Postgres) — Remote, US

We're hiring a senior backend engineer to join our Records team. You'll work on the core of our product: charting, treatment plans, e-prescribing, and the claims our customers send to payers.

What you'll do
- Design and build features in Ruby on Rails and PostgreSQL, running on AWS
- Improve the performance of our charting service, which handles tens of thousands of notes a day
- Build and maintain integrations with labs, pharmacies, state prescription monitoring programs and clearinghouses (HL7, FHIR, X12)
- Help us meet HIPAA and SOC 2 requirements in how we log, encrypt and audit access
- Take part in a fair on-call rotation (roughly one week in eight)

What we're looking for
- 6+ years of backend engineering experience, including work on a large Rails monolith
- Strong SQL and data modelling
- Experience with healthcare data standards is a big plus; curiosity about them is a must
- Clear writing: we're a remote team and we decide things in documents

Benefits
- Salary range $165,000–$195,000 plus stock options
- Medical, dental and vision insurance with 100% of employee premiums paid
- Unlimited PTO with a 15-day minimum, and company-wide week off in December
- $1,500 home office budget and a yearly learning stipend

About Tessellate
Tessellate builds the electronic health record and practice management software used by 2,800 behavioral health and addiction treatment clinics in 41 states. Therapists and psychiatrists use it to chart sessions, prescribe, bill insurers and stay in touch with their patients.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'EHR software made for clinics: Healthcare per the one-sector rule',
  },
  {
    id: 'li-021',
    company: 'Eemvaart Zorgverzekeringen',
    text: `Data Engineer (32–36 uur)
Amersfoort | Hybride | Schaal 10

Wat ga je doen?
Als Data Engineer in het team Declaratie-informatie zorg je ervoor dat onze analisten en actuarissen kunnen vertrouwen op de data over zorgdeclaraties. Jaarlijks komen er ruim 40 miljoen declaraties binnen van ziekenhuizen, huisartsen, apotheken en fysiotherapeuten.

Je taken
- Je bouwt en onderhoudt datapijplijnen in Azure Data Factory en Databricks
- Je modelleert declaratie- en polisdata in ons datawarehouse (Data Vault)
- Je werkt samen met de afdeling Zorginkoop aan analyses van kosten en kwaliteit per zorgaanbieder
- Je bewaakt de privacy van verzekerden: pseudonimisering en toegangsbeheer zijn voor jou vanzelfsprekend
- Je automatiseert tests en deployment met Azure DevOps

Wat vragen we?
- Hbo- of wo-werk- en denkniveau
- Minimaal drie jaar ervaring als data engineer
- Goede kennis van SQL, Python en Spark
- Ervaring met privacygevoelige data, bij voorkeur in de zorg of financiële dienstverlening

Wat bieden we?
- Een salaris tussen € 4.100 en € 5.800 bruto per maand bij 36 uur
- Een 13e maand en 8% vakantiegeld
- Korting op je eigen zorgverzekering en aanvullende pakketten
- Een thuiswerkvergoeding en een NS Business Card

Over ons
Eemvaart is een zorgverzekeraar zonder winstoogmerk met 620.000 verzekerden in Utrecht, Gelderland en Flevoland. Wij kopen zorg in bij ziekenhuizen en huisartsen en vergoeden de zorgkosten van onze verzekerden.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'health insurer: Healthcare, not Finance',
  },
  {
    id: 'li-022',
    company: 'Harlan Fork Diagnostics',
    text: `Laboratory Information Systems (LIS) Analyst
Nashville, Tennessee — Onsite with flexibility after training

Summary
The LIS Analyst keeps our laboratory systems running so that results reach physicians quickly and accurately. You will support the lab information system, instrument interfaces and the electronic result feeds to our client practices.

Responsibilities
• Maintain test definitions, reference ranges and reflex rules in the LIS
• Build and troubleshoot interfaces between analyzers, middleware and the LIS
• Set up HL7 order and result interfaces with physician offices and their EHRs
• Validate system changes and document them for CAP and CLIA inspections
• Respond to system issues that affect turnaround time, including some evenings and weekends

Requirements
• Bachelor's degree in medical laboratory science, IT or a related field
• Two years of experience with a laboratory information system (Sunquest, Orchard, or similar)
• Working knowledge of HL7 v2 and SQL
• MLS (ASCP) certification is preferred

We offer
• Health, dental and vision insurance with HSA and FSA options
• 401(k) plan with company match
• PTO plus eight paid holidays
• Shift differentials for evening support
• Continuing education support

Every night, our couriers collect samples from more than 1,600 physician offices, nursing homes and urgent care centres across Tennessee and Kentucky. By morning, our two laboratories have run some 30,000 tests — blood work, pathology, molecular and toxicology — and sent the results back.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'diagnostic laboratory, implied by what it does',
  },
  {
    id: 'li-023',
    company: 'Laboratoires Serrevac',
    text: `<p><strong>Technicien de production aseptique (H/F) &ndash; CDI</strong></p>
<p>Marcy-l&rsquo;&Eacute;toile (69) &middot; Travail en 3x8</p>
<p><strong>Vos missions</strong></p>
<ul>
<li>Conduire les &eacute;tapes de formulation, de remplissage et de lyophilisation en zone &agrave; atmosph&egrave;re contr&ocirc;l&eacute;e (classes A/B)</li>
<li>Pr&eacute;parer les &eacute;quipements, les milieux et les composants selon les proc&eacute;dures</li>
<li>Renseigner les dossiers de lot en temps r&eacute;el et respecter les Bonnes Pratiques de Fabrication</li>
<li>Participer aux contr&ocirc;les environnementaux et aux simulations de r&eacute;partition aseptique</li>
<li>Proposer des am&eacute;liorations dans le cadre de notre d&eacute;marche Lean</li>
</ul>
<p><strong>Votre profil</strong></p>
<ul>
<li>BTS ou DUT en bioanalyses, biotechnologies ou &eacute;quivalent</li>
<li>Une premi&egrave;re exp&eacute;rience en environnement pharmaceutique est appr&eacute;ci&eacute;e</li>
<li>Rigueur, sens du travail en &eacute;quipe, aisance avec les syst&egrave;mes informatis&eacute;s (SAP, MES)</li>
</ul>
<p><strong>Ce que nous offrons</strong></p>
<ul>
<li>Primes d&rsquo;&eacute;quipe, int&eacute;ressement et participation</li>
<li>Mutuelle et pr&eacute;voyance d&rsquo;entreprise, restaurant d&rsquo;entreprise</li>
<li>Navettes depuis Lyon et parking gratuit</li>
</ul>
<p>Laboratoires Serrevac d&eacute;veloppe et fabrique des vaccins humains contre la grippe, la rage et les m&eacute;ningites. Nos 1&nbsp;400 collaborateurs produisent chaque ann&eacute;e plus de 80 millions de doses distribu&eacute;es dans une cinquantaine de pays.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'vaccine maker: Healthcare, though the job is on a production line',
  },
  {
    id: 'li-024',
    company: 'Radiqa AI Pte. Ltd.',
    text: `Machine Learning Engineer, Computer Vision
Singapore (one-north) | Full-time

About the role
You'll join a team of eight ML engineers and two radiologists working on models that read chest X-rays and CT scans. You'll take research prototypes and turn them into models that run reliably inside hospital networks, often on modest hardware.

What you will do
- Train and evaluate segmentation and detection models in PyTorch on large, messy image sets
- Build pipelines for DICOM ingestion, de-identification and labelling
- Optimise inference with ONNX and TensorRT for on-premise GPU servers
- Work with our regulatory team to produce the evidence needed for HSA, CE and FDA submissions
- Monitor model performance after deployment and investigate drift by site and scanner vendor

What we are looking for
- MSc or PhD in computer science, electrical engineering or a related field
- 3+ years of hands-on deep learning, ideally with 3D or medical images
- Solid software engineering habits: testing, code review, Docker, CI
- Experience with MONAI or similar frameworks is a plus

Benefits
- Competitive salary and ESOP
- Comprehensive medical and dental insurance, plus flexible benefits credits
- 21 days' annual leave, hybrid working and a learning budget
- Conference travel for accepted papers

About Radiqa
Radiqa builds AI software that helps radiologists find lung nodules, fractures and strokes sooner. Our products are used in 90 hospitals and imaging centres in Singapore, Malaysia, Indonesia, Australia and the Middle East.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-imaging AI: software made for healthcare',
  },
  {
    id: 'li-025',
    company: 'Saltbush Dental Co.',
    text: `Practice Manager – Newcastle (Charlestown)

Full time, Monday to Friday with one Saturday a month | $85,000–$95,000 + super + bonus

We're looking for a practice manager who loves running a tight ship and looking after people — patients and team alike. You'll lead a team of 14 (dentists, oral health therapists, dental assistants and front desk) in one of our busiest practices.

What you'll be responsible for
- Day-to-day running of the practice: rosters, appointment book, recalls and patient flow
- Meeting monthly targets for chair utilisation, treatment plan acceptance and patient reviews
- Managing health fund claims (HICAPS) and payment plans, and resolving billing queries
- Keeping infection control, sterilisation records and radiation licensing up to date
- Recruiting, onboarding and coaching team members
- Working with our marketing team on local campaigns and school visits

About you
- At least two years' experience managing a dental, medical or allied health practice
- Strong with practice management software (Dental4Windows, Exact or Core Practice)
- Comfortable reading a P&L and talking numbers
- Warm, organised and unflappable on a Monday morning

What's in it for you
- Performance bonus paid quarterly
- Free dental care for you and discounted treatment for your family
- Paid professional development and a leadership program
- Private health insurance discount through our corporate partner

Saltbush Dental Co. runs 38 family dental practices across New South Wales and Queensland, from Tweed Heads to Wollongong. Our dentists see about 450,000 patients a year.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'li-026',
    company: 'Hospital Distrital do Alto Mondego, E.P.E.',
    text: `Engenheiro/a de Sistemas e Redes (m/f)
Local: Seia | Contrato de trabalho em funções públicas | Tempo inteiro

Descrição da função
Integrado/a no Serviço de Sistemas de Informação, o/a Engenheiro/a de Sistemas e Redes será responsável por garantir o funcionamento da infraestrutura tecnológica que suporta a atividade clínica e administrativa, 24 horas por dia.

Principais responsabilidades
- Administrar servidores Windows e Linux, ambientes de virtualização (VMware) e armazenamento
- Gerir a rede local e sem fios dos edifícios do hospital e dos centros de saúde associados
- Assegurar cópias de segurança, planos de recuperação de desastre e monitorização (Zabbix)
- Apoiar a integração do processo clínico eletrónico, dos equipamentos de imagiologia (PACS) e do laboratório
- Aplicar as medidas de cibersegurança exigidas pelo Centro Nacional de Cibersegurança
- Participar na escala de prevenção

Requisitos
- Licenciatura em Engenharia Informática, Eletrotécnica ou área afim
- Experiência mínima de três anos em administração de sistemas e redes
- Conhecimentos de Active Directory, firewalls e VPN
- Certificações Cisco ou Microsoft serão valorizadas

Oferecemos
- Remuneração de acordo com a tabela em vigor
- Seguro de saúde e refeitório com preço social
- Formação contínua e estabilidade profissional

Sobre nós
O Hospital Distrital do Alto Mondego é um hospital público com 230 camas, serviço de urgência médico-cirúrgica, bloco operatório e consultas externas em 26 especialidades, servindo cerca de 150.000 habitantes da região da Serra da Estrela.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'public hospital: Healthcare, not Public Sector',
  },
  {
    id: 'li-027',
    company: 'Shiftloom Ltd',
    text: `Customer Success Manager – NHS Trusts
Manchester or remote (UK) | £45,000–£55,000 + bonus

The role
You'll look after a portfolio of around 20 customers, helping their workforce, rostering and medical staffing teams get full value from Shiftloom. Your aim is simple: more shifts filled by the right people, fewer agency bookings, and staff who get rosters they can live with.

What you'll do
- Lead onboarding for new trusts, from data migration to the first published rota
- Run quarterly reviews with Directors of Nursing and workforce leads, using usage and fill-rate data
- Spot accounts at risk early and build plans to turn them around
- Feed back what you hear to Product, and help customers test new features
- Work with our implementation and support teams to solve tricky problems

What we're looking for
- Experience in customer success, account management or implementation in B2B software
- Understanding of how ward rostering, bank staff and locum booking work is a big plus
- Confident with data: Excel, and ideally Looker or Power BI
- Able to travel to customer sites a few days a month

Benefits
- 27 days' holiday plus bank holidays and your birthday
- Private medical insurance and an enhanced pension
- EMI share options
- Home working allowance and a learning budget

About Shiftloom
Shiftloom builds rostering and staff-bank software for hospitals. More than 60 NHS trusts and private hospital groups use it to plan nurses', doctors' and healthcare assistants' shifts and fill gaps from their own staff banks before calling an agency.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'hospital staffing system: software made for healthcare',
  },
  {
    id: 'li-028',
    company: 'Farmaceutici Belcastro S.p.A.',
    text: `Ingegnere di Processo – Reparto Forme Solide
Sede: Latina | Contratto a tempo indeterminato | CCNL Chimico-Farmaceutico

Il ruolo
Cerchiamo un/una Ingegnere di Processo che supporti la produzione di compresse e capsule nel nostro stabilimento di Latina, dalla granulazione al confezionamento in blister.

Responsabilità
- Ottimizzare i processi di granulazione, compressione e rivestimento, riducendo scarti e tempi di fermo
- Gestire il trasferimento tecnologico di nuovi prodotti dal reparto sviluppo alla produzione
- Redigere protocolli e rapporti di convalida di processo e di pulizia
- Partecipare alla gestione di deviazioni, change control e CAPA secondo le GMP
- Collaborare con manutenzione e qualità per l'installazione di nuove linee

Requisiti
- Laurea in Ingegneria Chimica, Chimica e Tecnologia Farmaceutiche o affini
- Almeno due anni di esperienza in ambito produttivo farmaceutico
- Conoscenza delle normative GMP europee e delle linee guida ICH
- Buona conoscenza dell'inglese e dei principali strumenti informatici (SAP, Minitab)

Offriamo
- Retribuzione commisurata all'esperienza e premio di produzione
- Assistenza sanitaria integrativa e fondo pensione di categoria
- Mensa aziendale e welfare aziendale
- Percorsi di formazione tecnica e linguistica

Chi siamo
Farmaceutici Belcastro sviluppa e produce farmaci equivalenti e specialità per la cardiologia e la gastroenterologia. Dai nostri due stabilimenti escono ogni anno oltre due miliardi di compresse, vendute nelle farmacie italiane ed esportate in 35 paesi.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'medicines maker: Healthcare, not Manufacturing, despite the plant',
  },
  {
    id: 'li-029',
    company: 'Orchard Lane Supermarkets Ltd',
    text: `Pricing Data Scientist
Support Centre, Reading · Hybrid (two days a week in the office) · Competitive salary + bonus

What's the job?
Every week we set tens of thousands of prices and promotions. As a Pricing Data Scientist you'll build the models that tell our commercial teams what a price change or a multibuy will really do to volumes, margin and basket size, and where customers notice.

What you'll be doing
- Build price-elasticity and promotion-uplift models with Python on Databricks
- Measure the cannibalisation and halo effects of promotions across categories
- Design and read test-and-learn trials in selected branches
- Turn results into clear recommendations for buyers and category managers
- Help productionise models with our ML engineers (MLflow, Azure)

What you'll need
- A degree in a quantitative subject, or equivalent experience
- Three or more years applying statistics or machine learning to commercial problems
- Strong Python and SQL; experience with causal inference or Bayesian methods is a plus
- The ability to explain a model to someone who just wants to know whether to run the offer

What's in it for you
- Annual bonus and a contributory pension
- 15% colleague discount in our branches and online, rising to 25% at Christmas
- 25 days' holiday plus bank holidays
- Private medical insurance, free eye tests and a cycle-to-work scheme

About Orchard Lane
Orchard Lane is a family-owned grocer with 212 supermarkets and convenience stores across southern England and Wales, plus home delivery from our website. We buy fresh produce from more than 600 British farms and employ 24,000 colleagues.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'li-030',
    company: 'Wohnfuchs GmbH',
    text: `Senior Product Manager Checkout & Payment (m/w/d)
Berlin-Kreuzberg oder remote in Deutschland | Vollzeit

Deine Rolle
Du verantwortest den Checkout unseres Onlineshops – vom Warenkorb bis zur Bestellbestätigung. Du arbeitest mit einem Team aus sechs Entwickler:innen, einer UX-Designerin und einem Data Analyst und sorgst dafür, dass mehr Kund:innen ihren Kauf erfolgreich abschließen.

Deine Aufgaben
- Du entwickelst die Roadmap für Checkout, Zahlarten und Lieferoptionen
- Du priorisierst anhand von A/B-Tests, Funnel-Analysen (Amplitude, BigQuery) und Nutzerinterviews
- Du bindest neue Zahlungsanbieter an, z. B. Ratenkauf und Kauf auf Rechnung
- Du stimmst dich mit Logistik und Kundenservice ab, damit Liefertermine für Sperrgut verlässlich angezeigt werden
- Du schreibst klare User Stories und nimmst Features ab

Dein Profil
- Mindestens vier Jahre Erfahrung als Product Manager im E-Commerce
- Erfahrung mit Experimentation und Conversion-Optimierung
- Analytisches Denken, SQL-Grundkenntnisse sind ein Plus
- Sehr gutes Deutsch und Englisch

Unsere Benefits
- 30 Urlaubstage und Sabbatical-Option
- Hybrides Arbeiten und 4 Wochen im Jahr aus dem EU-Ausland
- 30 % Mitarbeiterrabatt auf unser gesamtes Sortiment
- Zuschuss zur betrieblichen Altersvorsorge und Urban Sports Club

Über Wohnfuchs
Wohnfuchs ist ein Online-Möbelhändler: Wir verkaufen Sofas, Betten, Tische und Leuchten von mehr als 300 Herstellern aus ganz Europa über unseren Shop in Deutschland, Österreich und der Schweiz und liefern bis in die Wohnung. Wir selbst produzieren keine Möbel – wir wählen aus, beraten und liefern.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'online shop for furniture made by others: Retail, not Manufacturing',
  },
  {
    id: 'li-031',
    company: 'Oakhollow Auto Group',
    text: `Service Advisor — Oakhollow Toyota of Lakeland
Lakeland, FL | Full time | $55,000–$90,000 (base + commission)

Are you great with people and curious about cars? Our Lakeland store is looking for an experienced Service Advisor to be the first face our customers see when they bring their vehicle in.

Responsibilities
- Greet service customers, listen to their concerns and write accurate repair orders
- Walk customers through multi-point inspection results and recommended maintenance
- Keep customers updated by phone and text throughout the day
- Work with technicians and the parts department to keep jobs moving
- Handle warranty claims and extended service contract repairs
- Hit monthly targets for customer satisfaction and hours sold

Requirements
- One year or more as a service advisor at a franchised dealership
- Working knowledge of a dealer management system (CDK, Reynolds, or Dealertrack)
- A valid driver's license and a clean driving record
- Saturday availability (8 am to 1 pm, every other week)

What we offer
- Medical, dental, vision and life insurance
- 401(k) with company match
- Paid vacation and holidays
- Employee pricing on new and used vehicles, parts and service
- Ongoing manufacturer training and certification

Oakhollow Auto Group is a family-owned group of 17 new-car dealerships in central Florida, representing Toyota, Honda, Ford, Hyundai and Subaru. We sell around 28,000 new and pre-owned vehicles a year and service many more.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'car dealership group: Retail, not Automotive',
  },
  {
    id: 'li-032',
    company: 'Basketly Technologies Pvt. Ltd.',
    text: `Product Analyst – Dark Store Operations
Bengaluru (Koramangala) | 2–4 years | Full time, in office

About the role
Our promise is groceries at your door in 15 minutes, and that promise is kept or broken inside our dark stores. As a Product Analyst on the Store Ops team you will help product managers decide what to build for pickers, packers and store managers, and measure whether it worked.

What you'll do
- Define and track metrics such as pick time, order accuracy, stock-outs and rider wait time
- Write SQL (Trino, BigQuery) and build dashboards in Metabase and Superset
- Analyse experiments on picking routes, shelf layouts and substitution rules
- Dig into city-level anomalies — why did Pune slow down on Sunday evening?
- Work with category teams on availability of fresh fruit, vegetables, dairy and staples

What we're looking for
- 2–4 years as a product or business analyst, ideally in quick commerce, e-commerce or logistics
- Strong SQL and Excel; Python is a plus
- Structured problem-solving and the habit of checking the data before trusting it
- Willingness to spend time in stores to understand the ground reality

What we offer
- Competitive CTC and ESOPs
- Medical insurance for you, your spouse, children and parents
- Free grocery credits every month
- Flexible leave policy and wellness sessions

Basketly is an online grocery app delivering fruit, vegetables, dairy, household essentials and snacks from 420 dark stores in 14 Indian cities. We handle roughly 900,000 orders a day.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'li-033',
    company: 'Stallwise',
    text: `Staff Software Engineer, Storefront Performance
Remote — Canada (Toronto, Montréal or Vancouver preferred) · Full-time

The team
The Storefront team owns everything a shopper sees: the theme engine, product pages, search, cart and the CDN edge that serves it all. Our merchants range from a one-person candle shop to brands doing Black Friday at 5,000 orders a minute, and every one of them should feel fast.

What you'll do
- Set the technical direction for storefront rendering and caching across Ruby, Go and edge workers
- Lead projects that cut time-to-first-byte and Largest Contentful Paint across millions of pages
- Design load tests and capacity plans for peak shopping events
- Mentor senior engineers and write the design docs others learn from
- Be part of the incident commander rotation

What you bring
- 10+ years building high-traffic web systems, with deep knowledge of HTTP caching and CDNs
- Production experience with Kubernetes on GCP or AWS, and observability tooling
- A record of leading large cross-team technical changes
- E-commerce experience is welcome but not required

Benefits
- Competitive salary, RSUs and an annual bonus
- Health and dental coverage from day one, with a health spending account
- 4 weeks' vacation, plus a paid December break
- Home office and wellness stipends

About Stallwise
Stallwise is an e-commerce platform for independent retailers and direct-to-consumer brands. About 190,000 merchants in 70 countries use it to run their online stores, take payments, sell in person with our point-of-sale app and ship orders.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'e-commerce platform made for shops: Retail per the one-sector rule',
  },
  {
    id: 'li-034',
    company: 'Pakhuis Fulfilment B.V.',
    text: `Software Developer WMS (C#/.NET)
Tilburg | 40 uur | Vast contract na één jaar

Wat ga je doen?
In ons eigen warehouse management systeem komt alles samen: binnenkomende zendingen, voorraad, orderpicken, inpakken en het doorsturen naar pakketvervoerders. Als developer werk je in een team van vijf aan nieuwe functies en koppelingen.

Jouw taken
- Je ontwikkelt nieuwe functionaliteit in C#/.NET en SQL Server
- Je bouwt koppelingen met webwinkelplatforms en marktplaatsen, zodat orders binnen een minuut bij ons binnen zijn
- Je koppelt vervoerders en labelprinters aan het systeem
- Je analyseert storingen samen met de teamleiders op de vloer
- Je denkt mee over slimmer picken en de inzet van robots

Wat vragen we?
- Minimaal drie jaar ervaring met C# en .NET
- Ervaring met REST-API's en message queues (RabbitMQ of Azure Service Bus)
- Je spreekt goed Nederlands en vindt het leuk om ook eens de warehousevloer op te gaan

Wat krijg je?
- Een salaris tussen € 3.800 en € 5.200 bruto per maand
- 25 vakantiedagen en een goede pensioenregeling
- Collectieve zorgverzekering met korting
- Een leaseauto of fietsplan, jij kiest
- Gratis lunch en maandelijkse vrijdagmiddagborrel

Over Pakhuis
Pakhuis slaat de voorraad op van 350 webwinkels – van sneakers tot speelgoed – en verstuurt hun bestellingen in Nederland, België en Duitsland. Bestellingen die vóór 23.00 uur binnenkomen, gaan dezelfde dag nog de deur uit. Onze drie warehouses verwerken samen zo'n 60.000 pakketten per dag.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'fulfilment made for online shops: Retail, not logistics',
  },
  {
    id: 'li-035',
    company: 'Barrow & Finch Distribution Pty Ltd',
    text: `Category Analyst – Hardware & Garden
Dandenong South, VIC | Full time | Hybrid (3 days on site)

The opportunity
Reporting to the Category Manager, you'll help decide what we range, how we price it and how much we hold across our three distribution centres. This is a hands-on analytical role for someone who likes spreadsheets and suppliers in equal measure.

Key responsibilities
- Analyse sales, margin and stock performance for power tools, fasteners, garden and paint
- Prepare range reviews and recommend new lines and deletions
- Maintain supplier price files and load cost changes into our ERP (Microsoft Dynamics 365)
- Track rebates and promotional funding from suppliers
- Support the sales team with quotes and catalogue updates for our store customers

About you
- Degree in business, commerce or a related field
- 2+ years in category, buying or pricing analysis
- Advanced Excel (pivot tables, XLOOKUP, Power Query); Power BI is a plus
- Strong attention to detail and good supplier relationship skills

What's on offer
- Salary package of $80,000–$90,000 plus super
- Staff purchase prices on our whole range
- Income protection insurance and an employee assistance program
- Free on-site parking and a modern office

Barrow & Finch is a family-owned wholesaler. We buy tools, hardware, garden and paint products from 450 brands and distribute them to more than 1,100 independent hardware stores, timber yards and trade centres in Victoria, South Australia and Tasmania.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'li-036',
    company: 'Galeries Delaunay',
    text: `Chargé·e de marketing CRM (H/F) – CDI
Paris 9e · Statut cadre · Télétravail deux jours par semaine

Votre mission
Au sein de la direction Clients, vous pilotez nos programmes relationnels : e-mails, SMS, notifications de l'application et avantages de notre carte de fidélité. Votre objectif : faire revenir nos clients, en magasin comme en ligne.

Vos responsabilités
- Construire le plan de campagnes CRM en lien avec les temps forts (soldes, rentrée, fêtes de fin d'année)
- Segmenter la base clients (Salesforce Marketing Cloud, BigQuery) et personnaliser les messages
- Analyser les performances des campagnes et du programme de fidélité, et proposer des améliorations
- Coordonner les équipes des magasins pour les ventes privées et les événements clients
- Travailler avec les marques partenaires présentes dans nos espaces

Votre profil
- Bac+5 en école de commerce ou équivalent
- Trois à cinq ans d'expérience en CRM, idéalement dans la distribution ou le luxe
- Maîtrise d'un outil de routage et bonnes bases en SQL
- Anglais courant

Avantages
- Remise de 30 % dans tous nos magasins et sur notre site
- Tickets restaurant, mutuelle et prévoyance
- Treizième mois et prime sur objectifs
- Remboursement à 75 % du pass Navigo

À propos
Galeries Delaunay est un grand magasin fondé en 1896. Sur 40 000 m² boulevard Haussmann et dans nos magasins de Lyon, Lille et Bordeaux, nous vendons mode, beauté, maison et gastronomie de plus de 3 000 marques, et en ligne dans toute l'Europe.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'li-037',
    company: 'Vitrinê',
    text: `Pessoa Engenheira de Software Sênior – Busca e Recomendação
Remoto (Brasil) · CLT · Tempo integral

Sobre a vaga
O time de Busca e Recomendação cuida de como milhões de pessoas encontram o que querem comprar no nosso app e no site. Procuramos uma pessoa engenheira sênior para evoluir nosso motor de busca e os modelos de ranqueamento.

Responsabilidades
- Desenvolver serviços em Kotlin e Python sobre Elasticsearch e Kafka
- Melhorar relevância de busca para catálogos enormes e cheios de anúncios duplicados
- Colaborar com cientistas de dados na colocação de modelos de ranqueamento em produção
- Medir impacto com testes A/B e métricas de conversão
- Participar do plantão do time, em escala justa

Requisitos
- Experiência sólida com desenvolvimento back-end e sistemas distribuídos
- Conhecimento de motores de busca (Elasticsearch, OpenSearch ou Solr)
- Vivência com AWS, Docker e Kubernetes
- Inglês para leitura técnica

Benefícios
- Plano de saúde e odontológico sem coparticipação, extensivo a dependentes
- Vale-refeição/alimentação flexível e auxílio home office
- Participação nos lucros
- Cupons de desconto para comprar no Vitrinê

Sobre o Vitrinê
O Vitrinê é um marketplace onde 45 mil lojistas brasileiros vendem eletrônicos, moda, casa, brinquedos e produtos de beleza para mais de 20 milhões de consumidores. Cuidamos do pagamento, da vitrine e, para boa parte dos lojistas, da entrega.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'li-038',
    company: 'Aislewatch Ltd',
    text: `Computer Vision Engineer
Edinburgh or remote (UK) | £60,000–£75,000 + share options

What you'll work on
Our sensors sit above shop entrances, tills and fitting rooms and count what happens: how many people come in, how long they queue, which displays they stop at. You'll work on the models that turn ceiling-mounted video into anonymous counts on small devices, without storing a single face.

Responsibilities
- Train and evaluate detection and tracking models (PyTorch) for crowded, badly lit scenes
- Compress and deploy models to edge hardware (NVIDIA Jetson, ARM NPUs)
- Build evaluation sets from real installations and measure count accuracy against manual audits
- Work with firmware and backend engineers on over-the-air model updates
- Keep privacy by design in every step, with our data protection officer

Requirements
- 3+ years working on computer vision in production
- Strong Python and good C++
- Experience with multi-object tracking and model quantisation
- Interest in how physical spaces work

Benefits
- 28 days' annual leave plus bank holidays
- Private health insurance and a 5% pension contribution
- Flexible hours and a four-day week option at 90% pay
- Annual team trip

About Aislewatch
Aislewatch sells footfall counting, queue alerts and in-store conversion analytics to store chains. Fashion retailers, supermarkets and shopping centres in 22 countries use our dashboards to plan staffing, compare stores and see which window displays bring people in.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'shop-floor analytics made for retailers: Retail',
  },
  {
    id: 'li-039',
    company: 'Ottavia Rinaldi',
    text: `Visual Merchandiser – Boutique di Milano e Nord Italia
Milano | Tempo pieno | Trasferte frequenti

Il ruolo
Cerchiamo un/una Visual Merchandiser che curi l'immagine delle nostre boutique nel Nord Italia e traduca le linee guida della collezione in vetrine e allestimenti che fanno entrare i clienti.

Responsabilità
- Realizzare vetrine e allestimenti interni a ogni cambio di collezione e per i saldi
- Adattare le linee guida del brand a negozi di dimensioni diverse
- Analizzare con i responsabili di negozio i dati di vendita per capo e colore, e proporre cambi di esposizione
- Formare il personale di vendita sulle regole di esposizione
- Fotografare e documentare ogni allestimento per l'ufficio centrale

Requisiti
- Esperienza di almeno tre anni come visual merchandiser nel settore moda
- Senso estetico, manualità e attenzione al dettaglio
- Buona conoscenza del pacchetto Office e di strumenti di grafica
- Disponibilità a viaggiare tre giorni a settimana; patente B

Cosa offriamo
- Contratto a tempo indeterminato CCNL Commercio
- Sconto dipendenti del 40% sulle nostre collezioni
- Buoni pasto e rimborso spese di trasferta
- Assicurazione sanitaria integrativa

Ottavia Rinaldi disegna abbigliamento e accessori donna e li vende solo nelle sue 46 boutique in Italia, Svizzera e Francia e sul proprio sito. La produzione è affidata a laboratori esterni tra Veneto e Marche; noi disegniamo, scegliamo i tessuti e vendiamo.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
    why: 'brand that designs and sells only in its own shops: Retail',
  },
  {
    id: 'li-040',
    company: 'Greystair Talent Partners',
    text: `Store Operations Analyst
Dublin 12 (Support Office) | Permanent | Hybrid | €50,000–€58,000

Greystair Talent Partners are recruiting on behalf of our client for a newly created role in their Store Operations team. This is a great opportunity for an analyst who wants to see their work change how stores run.

The Role
You'll analyse how time and money are spent in stores and help the operations leadership make better decisions about staffing, opening hours and task planning.

Responsibilities
- Build labour models that match staff hours to customer traffic and deliveries
- Produce weekly KPI reporting on sales per labour hour, shrinkage and availability
- Support the rollout of new task management and handheld devices to stores
- Visit stores regularly to understand how processes work in practice
- Present findings to regional managers in a clear, practical way

Requirements
- 2–3 years in an analytical role, ideally in retail or multi-site operations
- Strong Excel and Power BI; SQL is an advantage
- Full clean driving licence

Benefits
- Performance bonus and pension contribution
- VHI health insurance contribution
- Generous staff discount
- 23 days' annual leave plus public holidays

Our client is one of Ireland's largest home improvement and DIY retailers, with 34 stores nationwide and a fast-growing online business selling paint, garden, kitchens, tools and building supplies.

Please send your CV to Aoife Brennan at Greystair Talent Partners.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'recruiter names its client: a DIY retailer',
  },
  {
    id: 'li-041',
    company: 'Barkley & Finn',
    text: `<p><strong>Store Manager &ndash; Boise, ID</strong></p>
<p>Full time &middot; $62,000&ndash;$70,000 + quarterly bonus</p>
<p>We&rsquo;re looking for a Store Manager who loves pets and knows how to run a profitable, friendly store. You&rsquo;ll lead a team of 15&ndash;20 associates, including our groomers and our aquatics specialist.</p>
<p><strong>What you&rsquo;ll do</strong></p>
<ul>
<li>Own the store&rsquo;s P&amp;L, sales targets, payroll budget and shrink</li>
<li>Recruit, train and schedule associates; coach them to give great advice on food, toys and supplies</li>
<li>Keep shelves full and planograms accurate; manage deliveries from our distribution center</li>
<li>Run adoption events with local shelters and build relationships with the community</li>
<li>Work with the independent veterinary clinic that rents space in the store to coordinate vaccine days</li>
</ul>
<p><strong>What you&rsquo;ll need</strong></p>
<ul>
<li>3+ years of retail management experience</li>
<li>Ability to lift 40 lbs and work weekends and holidays</li>
<li>A love of animals (pet photos in your interview are welcome)</li>
</ul>
<p><strong>Perks</strong></p>
<ul>
<li>Medical, dental, vision, and pet insurance</li>
<li>401(k) with company match</li>
<li>30% associate discount on food, supplies and grooming</li>
<li>Paid time off and a day off for your pet&rsquo;s adoption anniversary</li>
</ul>
<p>Barkley &amp; Finn runs 210 neighborhood pet supply stores in 11 western states and ships pet food and supplies to customers&rsquo; doors through autoship.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'pet supply shops are Retail; the in-store vet is a separate tenant',
  },
  {
    id: 'li-042',
    company: 'Voltia Electrónica S.A.',
    text: `Responsable de Tienda – Centro Comercial Nervión (Sevilla)

¿Te apasiona la tecnología y sabes liderar equipos? Buscamos un/a Responsable de Tienda para nuestro punto de venta en Sevilla.

Tus funciones
- Dirigir un equipo de 25 personas: vendedores, cajeros, almacén y servicio técnico
- Alcanzar los objetivos de ventas, margen y servicios (garantías, financiación, instalación)
- Organizar turnos y controlar el presupuesto de personal
- Garantizar la implantación de promociones y la correcta exposición de producto
- Supervisar los pedidos de la web que se recogen en tienda y las devoluciones
- Velar por la satisfacción del cliente y resolver incidencias

Qué buscamos
- Experiencia mínima de tres años como responsable de tienda o jefe de sección en retail
- Conocimientos de electrónica de consumo y electrodomésticos
- Orientación a resultados y capacidad de motivar al equipo
- Manejo de herramientas informáticas de gestión (SAP Retail, Excel)

Qué ofrecemos
- Contrato indefinido y salario fijo más variable por objetivos
- Seguro médico para ti y tu familia
- Descuentos para empleados en toda la gama de productos
- Plan de carrera con formación en nuestra escuela de gestión

Voltia es una cadena española de tiendas de electrónica y electrodomésticos con 95 tiendas en España y Portugal y una tienda online. Vendemos móviles, ordenadores, televisores, videojuegos y electrodomésticos de las principales marcas.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'li-043',
    company: 'Parallax',
    text: `# Data Scientist – Customer Retention
**Birmingham (Brindleyplace) or London · Hybrid · Permanent**

## The role
Our customers can leave us with one text message. Your job is to help make sure they don't want to. You'll join the Customer Analytics team and build the models that predict which pay-monthly customers are about to leave, and work out which offer, if any, would keep them.

## What you'll do
- Build and maintain churn and propensity models on usage, billing, network experience and contact-centre data
- Design uplift models and experiments so that retention offers go to the customers they actually change
- Work with the network team to link dropped calls and slow data sessions to customer behaviour
- Deploy models on our GCP platform (BigQuery, Vertex AI) with the ML engineering team
- Present results to the retention, pricing and handset trading teams

## What we're looking for
- Solid experience building predictive models in Python
- Strong SQL and a good grounding in experimental design
- Experience with subscription businesses (telco, media, energy or banking) is helpful
- Clear, honest communication about what a model can and cannot do

## What you'll get
- Bonus, pension with up to 10% employer contribution, and share save scheme
- Free SIM-only plan with unlimited data, and 50% off handsets for you and family
- 26 days' holiday plus bank holidays
- Private medical insurance, dental cover and a wellbeing allowance

## About Parallax
Parallax is a UK mobile network operator with 9 million customers on pay-monthly, pay-as-you-go and business plans. Our 4G and 5G network covers 99% of the population, and we run 380 stores and three customer contact centres.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'li-044',
    company: 'Gullwing Networks Pty Ltd',
    text: `Network Operations Engineer (Level 2)
Perth, WA | Full time | Rotating roster including nights (24/7 NOC)

About the role
When a backhoe digs through a cable in Joondalup at 2 am, you'll be the one who sees it first. Our Network Operations Centre watches every optical line terminal, aggregation switch and core router in real time, and works with field crews to get customers back online.

Key responsibilities
- Monitor the network using our NMS and alarm correlation tools, and triage incidents
- Troubleshoot GPON, Ethernet, MPLS and BGP issues, escalating to Level 3 where needed
- Coordinate with field technicians, civil contractors and wholesale partners during outages
- Carry out planned maintenance and configuration changes during night-time windows
- Write clear incident reports and post-incident reviews

Skills and experience
- 2+ years in a NOC or network support role with an ISP or carrier
- Working knowledge of Juniper or Nokia routing platforms
- CCNA, JNCIA or similar; CCNP is a plus
- Scripting in Python or Bash to automate routine checks

Benefits
- Shift allowance and overtime for call-outs
- Salary continuance insurance and discounted private health cover
- Free fibre internet at home at our top speed tier
- Paid study leave for certifications

We keep 410,000 homes and 18,000 businesses across Western Australia connected over our own fibre network, which we have been building street by street since 2015. Customers buy our gigabit plans directly or through one of the 30 retail providers that resell our network.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'fibre network operator, implied by what it runs',
  },
  {
    id: 'li-045',
    company: 'Norrvik Radio Systems Oy',
    text: `Embedded Software Engineer – 5G Baseband
Oulu, Finland · Permanent · Hybrid

What you'll do
You will develop real-time software for the baseband units of our 5G radio base stations: the layer 1 and layer 2 code that schedules users and processes signals within fractions of a millisecond.

Responsibilities
- Design, implement and test features in C and C++ on multicore DSP and ARM platforms
- Implement 3GPP Release 17 and 18 features together with system engineers
- Optimise performance and memory use on hardware with hard real-time deadlines
- Investigate faults reported from field trials and live networks of our customers
- Automate tests in our hardware-in-the-loop labs (Python, Robot Framework, Jenkins)

What we expect
- MSc in electrical engineering, telecommunications or computer science
- 3+ years of embedded software development in C/C++
- Knowledge of LTE or 5G NR physical layer or MAC is a strong plus
- Good English; Finnish is not required

What we offer
- Salary according to experience, plus a yearly incentive
- Occupational healthcare, including specialist visits
- Lunch and sports benefits (ePassi), and a summer cottage for staff bookings
- Flexible working hours and relocation support to Oulu

About Norrvik
Norrvik designs and builds radio access network equipment — base stations, antennas and the software that runs them — for mobile operators in Europe, Asia and Latin America. Our 2,300 engineers work in Oulu, Tampere, Kraków and Bengaluru.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'li-046',
    company: 'Talon Ridge Towers, LLC',
    text: `GIS Analyst – Site Development
Denver, CO (hybrid) | Full time

Position overview
The GIS Analyst supports our site development and leasing teams by keeping our map of more than 11,000 sites accurate and making it easy to answer questions like "which sites can take another carrier's antennas at 150 feet?"

Responsibilities
- Maintain our spatial database of sites, parcels, easements and access roads (ArcGIS Pro, PostGIS)
- Produce search-ring analyses and coverage overlays when a customer requests a new site
- Check zoning, FAA and environmental constraints for candidate locations
- Build web maps and dashboards for leasing managers and construction partners
- Clean and merge data from acquisitions of site portfolios

Qualifications
- Bachelor's degree in geography, GIS, civil engineering or similar
- 2+ years of professional GIS experience
- Proficiency with ArcGIS Pro and SQL; Python (ArcPy) is a plus
- Experience in telecom, utilities or real estate is helpful

Benefits
- Medical, dental and vision insurance and a company-funded HSA
- 401(k) with 5% match
- 15 days PTO, 10 paid holidays and a floating day
- Annual bonus program

Talon Ridge owns and operates wireless communication towers and rooftop sites across 29 states. We lease space on our structures to the national wireless carriers, regional operators and fixed wireless broadband providers, and build new towers where their networks need them.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'li-047',
    company: 'Ratelink Software Pvt. Ltd.',
    text: `Senior Java Developer – Charging & Billing
Pune (Baner) | 5–9 years | Work from office, 4 days a week

Job description:
We are looking for a Senior Java Developer for our real-time charging product team. You will build features that rate voice, SMS and data sessions in milliseconds and turn them into correct bills for millions of subscribers.

Responsibilities:
- Develop and maintain microservices in Java 17 and Spring Boot
- Implement Diameter Gy/Ro and 5G CHF (Nchf) interfaces according to 3GPP specifications
- Work on rating rules, bundles, roaming and prepaid balance management
- Tune performance using Kafka, Redis and Aerospike for high-throughput workloads
- Support customer deployments and upgrades, occasionally on site abroad

Required skills:
- Strong Java, Spring Boot, multithreading and REST
- Experience with Kubernetes, Helm and CI/CD (GitLab)
- Knowledge of OCS, BSS or mediation systems preferred
- Good problem-solving and communication skills

Benefits:
- Medical insurance for self, spouse, children and parents (₹5 lakh cover)
- Performance bonus and ESOPs
- Night shift allowance during go-live weekends
- Cab facility and subsidised cafeteria

About us:
Ratelink builds online charging, convergent billing and customer management software for mobile and fixed-line operators. Our platforms bill more than 180 million subscribers for 40 operators in India, Africa, the Middle East and Southeast Asia.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'billing software made for operators: Telecommunications',
  },
  {
    id: 'li-048',
    company: 'Conewago Valley Cable & Broadband',
    text: `Network Engineer II – Access Network (DOCSIS/HFC)
Harrisburg, PA | Full-time | On-site with field visits

Job summary
Conewago Valley Cable & Broadband is looking for a Network Engineer II to support and improve our hybrid fibre-coax access network. You'll work on the cable modem termination systems, node splits and upgrades that keep internet, TV and phone service reliable for our customers.

Key responsibilities
- Configure, upgrade and troubleshoot CMTS and remote PHY devices
- Analyse plant health data (MER, codeword errors, upstream noise) and direct field maintenance
- Plan DOCSIS 3.1 and node-split projects with outside plant engineering
- Support the move to distributed access architecture and fibre-deep designs
- Participate in the on-call rotation and maintenance windows after midnight

Requirements
- 3+ years of experience with DOCSIS networks at a cable operator or vendor
- Knowledge of IP routing (OSPF, BGP, IS-IS) and IPv6
- Familiarity with Harmonic, Casa or similar CMTS platforms
- SCTE certifications are a plus

Compensation & benefits
- Competitive pay with on-call premium
- Medical, dental and vision insurance; company-paid life insurance
- 401(k) with match and a pension for long-service employees
- Free internet and TV service for employees in our footprint
- Paid vacation, holidays and sick time

Family owned since 1968, Conewago Valley serves 240,000 homes and businesses in 46 communities across central Pennsylvania with cable TV, high-speed internet and phone service.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'li-049',
    company: 'Aurora Orbital Communications Inc.',
    text: `Ground Segment Engineer
Ottawa, Ontario · Full-time · On site

About the role
Our satellites are only as good as the gateways that talk to them. As a Ground Segment Engineer you'll help design, install and operate the gateway earth stations that carry our customers' broadband traffic between orbit and the internet.

Responsibilities
- Design and test RF and baseband chains for Ka-band gateway sites
- Commission new gateways in northern Canada and overseas, including travel of up to 25%
- Develop monitoring and automation for antennas, modems and network equipment (Python, Grafana)
- Support the network operations centre with fault analysis and escalations
- Work with regulators and site landlords on licensing and access

Qualifications
- Bachelor's degree in electrical engineering or related discipline; P.Eng. or EIT preferred
- 4+ years in satellite ground systems, RF engineering or telecom network engineering
- Hands-on experience with spectrum analysers, link budgets and RF measurements
- Eligibility to obtain a security clearance

Benefits
- Health, dental and vision coverage for you and your family
- Group RRSP with employer match
- Northern travel allowance and generous time off in lieu
- Four weeks' vacation and a company-wide shutdown over the holidays

Aurora Orbital operates a constellation of low-Earth-orbit satellites and sells high-speed internet to remote communities, mines, ships and aircraft across Canada and the Arctic, directly and through local internet providers.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'li-050',
    company: 'Ondaria',
    text: `Asesor/a Comercial en Tienda – Valencia (Centro)
Jornada completa o parcial (30 h) · Contrato indefinido

¿Qué harás en tu día a día?
- Atender a los clientes que vienen a nuestra tienda y descubrir qué necesitan
- Asesorar sobre tarifas de móvil, fibra y televisión, y sobre los terminales más adecuados
- Tramitar altas, portabilidades, renovaciones y cambios de tarifa en nuestros sistemas
- Resolver dudas sobre facturas, cobertura y averías, y derivar lo que no se pueda solucionar en tienda
- Mantener la tienda ordenada y los terminales de exposición a punto
- Cumplir los objetivos comerciales del equipo

¿Qué buscamos?
- Experiencia en atención al cliente o venta (valorable en telefonía o electrónica)
- Ganas de aprender y de trabajar en equipo
- Disponibilidad para trabajar en turnos rotativos de lunes a sábado
- Manejo básico de herramientas informáticas

¿Qué te ofrecemos?
- Salario fijo más incentivos mensuales sin techo
- Tarifa de móvil y fibra gratuita para ti y descuentos para tu familia
- Seguro médico y seguro de vida
- Formación inicial pagada de dos semanas y plan de carrera hacia encargado/a de tienda

Esta tienda es de Ondaria, el operador que da servicio de móvil, fibra y televisión a 4,2 millones de clientes en España con su propia red. Nuestras 280 tiendas propias son el lugar donde conocemos a nuestros clientes cara a cara.`,
    sector: 'Telecommunications',
    lang: 'es',
    why: "an operator's own store: the operator's sector, not Retail",
  },
  {
    id: 'li-051',
    company: 'Archipelago Telecom, Inc.',
    text: `Customer Care Specialist – Postpaid Technical Support
Pasig City, Metro Manila · Onsite · Shifting schedule (night differential applies)

Job summary
Be the calm voice that gets someone's internet back. As a Customer Care Specialist you'll handle calls, chat and social media messages from our postpaid mobile and home broadband subscribers, and you'll fix as many issues as you can in the first contact.

Responsibilities
- Troubleshoot mobile data, voice, SMS and home wifi issues with customers step by step
- Check line status, run remote modem resets and book technician visits when needed
- Explain bills, plan changes, roaming charges and device instalments
- Log every case accurately in our CRM and follow up on open tickets
- Meet targets for resolution rate, handling time and customer satisfaction

Qualifications
- At least two years of college, or senior high school graduate with call centre experience
- Excellent English communication skills; Tagalog is an advantage
- Basic knowledge of networking and smartphones
- Willing to work nights, weekends and holidays

What we offer
- Competitive salary plus performance incentives and night differential
- HMO coverage from day one with free dependents
- Free postpaid plan and discounted fibre subscription
- Rice subsidy, paid training and clear career paths to team lead

This role is in our in-house contact centre. Archipelago Telecom provides mobile, fibre and fixed wireless services to 38 million Filipinos across the country.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "an operator's own contact centre",
  },
  {
    id: 'li-052',
    company: 'Antennia SAS',
    text: `Senior Frontend Engineer (React / WebGL)
Paris (Station F) or remote in France · CDI

The job
Radio engineers plan thousands of new antenna sites a year, and most still do it with desktop tools from the last decade. We're building the browser-based alternative. You'll work on the 3D map where engineers drop a site on a rooftop, tilt an antenna and see the coverage change in seconds.

What you'll do
- Build and optimise our map and 3D views in React, TypeScript, deck.gl and WebGL
- Render coverage heatmaps and interference layers over millions of map tiles
- Design interfaces for complex workflows: site candidates, frequency plans, drive-test imports
- Work closely with our propagation and backend teams (Rust, Python, PostgreSQL/PostGIS)
- Talk regularly with users at customer sites

What we're looking for
- 5+ years of frontend development, including heavy data visualisation
- Strong TypeScript and React; WebGL or map libraries are a big plus
- Interest in radio physics; no telecom background required
- French or English; the team speaks both

Perks
- Competitive salary and BSPCE
- Full health insurance (mutuelle Alan) and meal vouchers
- 25 days off plus RTT, flexible remote work
- Yearly offsite, last time in Porto

About Antennia
Antennia makes radio network planning and optimisation software for mobile operators and tower companies. Ten operators in Europe and Africa already use it to plan their 5G rollouts.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network planning software made for operators: Telecommunications',
  },
  {
    id: 'li-053',
    company: 'Kopi Mobile Pte. Ltd.',
    text: `Growth Marketing Lead
Singapore · Full time · Hybrid (Tanjong Pagar office)

We're hiring a Growth Marketing Lead to own how new customers find us and sign up, all online. You'll have a budget, a small team (a performance marketer, a content lead and a designer) and a very direct link between what you try and what happens to our numbers.

What you'll own
- Paid acquisition across search, social and app stores, with a target cost per activated line
- Referral programmes and partnerships with delivery apps, banks and travel sites
- Conversion of our sign-up flow, from plan selection to eSIM activation, with product and engineering
- Weekly reporting on funnel, churn in the first 90 days and port-in volumes
- Campaigns for launches, like our 5G roaming add-ons for travellers

What you'll need
- 6+ years in growth or performance marketing at a consumer app or subscription business
- Hands-on with Google Ads, Meta, AppsFlyer and Amplitude (or similar)
- Comfortable with SQL, or at least not afraid of it
- Good instincts for copy that sounds like a person

Benefits
- Competitive salary and variable bonus
- Free unlimited mobile plan for you and two family members
- Medical, dental and optical insurance, plus flexible benefits
- 20 days of annual leave plus birthday leave

Kopi Mobile is a digital mobile operator: no shops, no contracts, just SIM-only and eSIM plans you buy in our app. We run on a partner's 5G network and look after 700,000 subscribers in Singapore and Malaysia.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'li-054',
    company: 'Rete Tirrenica S.p.A.',
    text: `Tecnico di Rete FTTH – Provincia di Pisa e Livorno
Tempo pieno | Contratto a tempo indeterminato CCNL Telecomunicazioni | Auto aziendale

Cosa farai
- Installerai e attiverai collegamenti in fibra ottica fino a casa (FTTH) per clienti privati e aziende
- Effettuerai giunzioni, misure con OTDR e power meter e collaudi delle linee
- Configurerai router e ONT presso il cliente e verificherai il funzionamento dei servizi voce e internet
- Interverrai sui guasti della rete di accesso, anche in armadi stradali e pozzetti
- Aggiornerai gli ordini di lavoro tramite l'app aziendale su tablet

Cosa cerchiamo
- Diploma tecnico (elettronica, elettrotecnica, telecomunicazioni o simili)
- Esperienza di almeno un anno come tecnico installatore di reti in rame o fibra
- Patente B e disponibilità a reperibilità a turni
- Abilitazione PES/PAV e corso per lavori in quota sono titoli preferenziali

Cosa offriamo
- Retribuzione fissa più premio di risultato e indennità di reperibilità
- Auto aziendale, tablet e smartphone
- Assistenza sanitaria integrativa e fondo pensione Telemaco
- Formazione continua sulle nuove tecnologie di rete

Chi siamo
Rete Tirrenica è l'operatore di telefonia fissa e banda ultralarga della costa tirrenica: gestiamo una rete in fibra ottica e rame che porta internet e telefono a 520.000 famiglie e imprese tra Liguria, Toscana e Lazio.`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'li-055',
    company: 'Conecta Sertão Telecom Ltda.',
    text: `Analista de NOC Pleno
Petrolina (PE) · Presencial · Escala 12x36

O que você vai fazer
- Monitorar 24x7 a rede de transporte, backbone e acesso (OLTs, rádios e roteadores) com Zabbix e Grafana
- Atender e tratar incidentes, abrir chamados para as equipes de campo e acompanhar até o restabelecimento
- Configurar e diagnosticar roteadores Huawei e Mikrotik, BGP com operadoras e provedores de trânsito
- Atualizar a documentação dos enlaces e das rotas de fibra
- Apoiar o time de engenharia em janelas de manutenção noturnas

O que procuramos
- Formação técnica ou superior em Redes, Telecomunicações ou áreas afins
- Experiência de pelo menos dois anos em NOC de provedor de internet ou operadora
- Conhecimentos sólidos em TCP/IP, OSPF, BGP, VLAN e GPON
- Certificação MTCNA ou CCNA será um diferencial

Benefícios
- Plano de saúde e odontológico
- Vale-alimentação e adicional noturno
- Internet fibra 1 Gbps gratuita na sua casa
- Participação nos resultados

Sobre a Conecta Sertão
Somos um provedor regional de internet por fibra óptica com 160 mil assinantes em 58 cidades de Pernambuco, Bahia e Piauí. Nossa rede própria tem mais de 9 mil quilômetros de cabos e leva banda larga a cidades onde as grandes operadoras nunca chegaram.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'li-056',
    company: 'Dunehaven Search FZ-LLC',
    text: `RAN Optimisation Engineer (5G) – Dubai, UAE
Permanent | Tax-free package | Relocation provided

Dunehaven Search is recruiting for a RAN Optimisation Engineer to join our client's network performance team in Dubai.

Key responsibilities
- Monitor and optimise KPIs for accessibility, retainability, throughput and mobility across 4G and 5G layers
- Analyse drive-test and crowd-sourced data and recommend parameter and tilt changes
- Lead optimisation of new 5G SA clusters and stadium and mall coverage projects
- Work with vendor teams on feature trials and software upgrades
- Build automated KPI reports with Python and SQL

Requirements
- Bachelor's in telecommunications or electrical engineering
- 5+ years of RAN optimisation experience on Ericsson, Nokia or Huawei equipment
- Hands-on with TEMS, Actix or similar tools
- Strong knowledge of 3GPP NR features and carrier aggregation

Package
- Highly competitive tax-free salary with housing and transport allowances
- Annual flights home and 30 days' leave
- Family medical insurance and schooling support

About our client
Our client is one of the largest mobile network operators in the Gulf, serving more than 12 million mobile and home broadband customers and running one of the region's first standalone 5G networks.

Shortlisted candidates will be contacted within five working days.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'recruiter names its client: a mobile network operator',
  },
  {
    id: 'li-057',
    company: 'Kaltenbach Bremssysteme GmbH',
    text: `Softwareentwickler Embedded C – Bremsregelung (m/w/d)
Zwickau | Vollzeit | unbefristet | Hybrid möglich

Ihre Aufgaben
- Entwicklung von Funktionen für elektronische Bremssysteme (ABS, ESC, elektromechanische Parkbremse) in Embedded C nach AUTOSAR
- Umsetzung von Anforderungen aus dem Lastenheft unserer Kunden in Softwaredesigns
- Modul- und Integrationstests am HiL-Prüfstand sowie Begleitung von Wintertests in Schweden
- Arbeit nach ASPICE und ISO 26262 inklusive Dokumentation
- Abstimmung mit Hardware-, Hydraulik- und Applikationsingenieuren

Ihr Profil
- Studium der Elektrotechnik, Informatik, Mechatronik oder vergleichbar
- Mindestens drei Jahre Erfahrung in der Embedded-Softwareentwicklung, idealerweise im Automotive-Umfeld
- Kenntnisse in CAN, CAN FD und Ethernet sowie Tools wie Vector CANoe
- Erfahrung mit funktionaler Sicherheit ist von Vorteil
- Gute Deutsch- und Englischkenntnisse

Wir bieten
- Vergütung nach Tarifvertrag der Metall- und Elektroindustrie Sachsen
- 35-Stunden-Woche mit Gleitzeit und bis zu drei Tagen mobiles Arbeiten
- 30 Tage Urlaub, Urlaubs- und Weihnachtsgeld
- Betriebliche Krankenversicherung und Altersvorsorge
- Kantine und Ladesäulen für E-Autos auf dem Werksgelände

Über uns
Kaltenbach Bremssysteme entwickelt und fertigt Bremssättel, Bremsregelsysteme und Parkbremsen für Pkw und leichte Nutzfahrzeuge. Zu unseren Kunden zählen sieben der zehn größten Automobilhersteller. 2.100 Beschäftigte arbeiten in unseren Werken in Zwickau, Plauen und im tschechischen Cheb.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'li-058',
    company: 'Haverbrook Foods Ltd',
    text: `IT Business Partner – Supply Chain & Manufacturing
Wakefield, West Yorkshire | Hybrid | £55,000–£62,000 + car allowance

The role
You'll be the link between our operations teams and IT. From production planning to the warehouse and our customer orders, you'll understand what people need, shape the right solutions and see them delivered.

What you'll do
- Build strong relationships with the heads of production, planning, engineering and logistics
- Own the IT roadmap for our SAP S/4HANA manufacturing and warehouse modules
- Lead the rollout of a new manufacturing execution system on our fryer and packing lines
- Manage EDI links with our retail customers so orders, advance shipping notices and invoices flow cleanly
- Work with suppliers and our internal developers on priorities and budgets

What you'll bring
- Experience as a business partner, business analyst or project lead in a manufacturing environment
- Good understanding of SAP PP/MM/WM or similar ERP modules
- Confidence with senior stakeholders and with people on the shop floor
- Food industry experience is a plus

What we offer
- Car allowance, bonus and pension up to 7%
- 25 days' holiday plus bank holidays
- Private health insurance
- Staff shop with our crisps, popcorn and tortilla chips at factory prices

About Haverbrook
Haverbrook Foods makes crisps, popcorn and tortilla chips at two factories in Yorkshire, under our own brand and for supermarkets' own labels. You'll find our products on the shelves of every major UK supermarket and in 14 export markets.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'food maker whose goods are sold in supermarkets: Manufacturing, not Retail',
  },
  {
    id: 'li-059',
    company: 'Corrigan Box & Carton Co.',
    text: `Continuous Improvement Engineer
Kenosha, Wisconsin — Full time, first shift with flexibility for off-shift support

What you'll do
- Lead kaizen events on corrugators, die cutters, flexo folder-gluers and finishing lines
- Measure OEE, scrap and changeover times and find the largest losses first
- Apply SMED to cut changeover times on short-run print jobs
- Work with maintenance on reliability projects and preventive maintenance schedules
- Coach supervisors and operators in 5S, standard work and problem solving
- Present savings and results monthly to the plant leadership team

What you bring
- Bachelor's degree in industrial, mechanical or manufacturing engineering
- 3+ years of continuous improvement experience in a manufacturing plant
- Lean Six Sigma Green Belt (Black Belt preferred)
- Comfortable with Excel, Minitab and basic SQL for pulling production data
- Packaging or paper experience is helpful

What we offer
- Competitive salary and annual bonus
- Medical, dental, vision insurance and a wellness program
- 401(k) with dollar-for-dollar match up to 5%
- Paid time off plus nine holidays
- Safety boots and prescription safety glasses paid for

Corrigan has been making corrugated boxes, displays and protective packaging since 1947. Our four plants in Wisconsin and Illinois turn recycled paper into around 9 billion square feet of packaging a year for food, beverage, appliance and e-commerce customers.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'li-060',
    company: 'Tactiq Robotics Pte. Ltd.',
    text: `<p><strong>Robotics Software Engineer (Motion Planning)</strong></p>
<p>Singapore &middot; Full-time &middot; On-site (Jurong)</p>
<p>You&rsquo;ll write the software that makes our robot arms move quickly and safely around people. Our arms work alongside operators on assembly, machine tending and palletising cells, so every millisecond of planning time and every millimetre of accuracy matters.</p>
<p><strong>Responsibilities</strong></p>
<ul>
<li>Develop motion planning, collision checking and trajectory optimisation in C++</li>
<li>Integrate force-torque sensing and safety-rated speed and separation monitoring</li>
<li>Build simulation and test tools (ROS 2, Gazebo, Isaac Sim)</li>
<li>Work with mechanical and electrical engineers on new arm models, from prototype to production</li>
<li>Support customer deployments at factories in Southeast Asia</li>
</ul>
<p><strong>Requirements</strong></p>
<ul>
<li>Master&rsquo;s or PhD in robotics, mechanical engineering or computer science</li>
<li>Strong C++ and Python; experience with ROS 2</li>
<li>Solid grasp of kinematics, dynamics and optimisation</li>
</ul>
<p><strong>Benefits</strong></p>
<ul>
<li>Competitive salary and share options</li>
<li>Medical and dental insurance, plus outpatient coverage</li>
<li>18 days&rsquo; leave, growing with tenure</li>
</ul>
<p>Tactiq designs and builds collaborative robot arms and grippers in its own factory in Singapore, and has shipped more than 6,000 robots to electronics, automotive and consumer goods manufacturers.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'li-061',
    company: 'Scheldemond Chemicals NV',
    text: `Process Control Engineer
Antwerp (Port of Antwerp-Bruges) | Permanent | Day work with on-call

Your job
As Process Control Engineer you'll look after the distributed control system and advanced process control of our ethylene oxide and glycols units. You'll make the plant run more steadily, more efficiently and, above all, safely.

Responsibilities
- Maintain and improve control strategies, alarms and interlocks in the DCS (Honeywell Experion)
- Develop and tune model predictive controllers to raise throughput and reduce energy use
- Take part in HAZOP and SIL studies and manage changes to safety instrumented functions
- Support operators on shift and analyse process upsets
- Work with IT/OT on historian data (AVEVA PI) and cybersecurity of control networks

Profile
- Master in chemical engineering, electromechanics or control engineering
- 3+ years in process control in a chemical, petrochemical or refining plant
- Knowledge of IEC 61511 and alarm management (ISA-18.2)
- Fluent in Dutch or English; willing to learn the other

We offer
- A competitive salary with 13th and 14th month, meal vouchers and eco-cheques
- Hospitalisation insurance for you and your family, group insurance (pension)
- 32 days of leave including ADV days
- Company car or mobility budget

About Scheldemond
Scheldemond Chemicals produces ethylene oxide, glycols, surfactants and other intermediates at our integrated site in the port of Antwerp. Our chemicals end up in detergents, coolants, textiles and pharmaceuticals made by customers in 60 countries.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'li-062',
    company: 'Lodestar Autonomy Inc.',
    text: `Senior Perception Engineer — Long-Range Detection
Pittsburgh, PA or Dallas, TX · On-site · Full-time

About the team
Trucks need to see far: at highway speed, a loaded semi needs more than 200 metres to stop. Our Perception team builds the models that find vehicles, debris, pedestrians and lane closures at long range, from fused lidar, radar and camera data.

What you'll do
- Design and train 3D detection and tracking models (PyTorch) on petabytes of driving data
- Improve long-range recall without raising false-positive braking events
- Build data mining and auto-labelling pipelines to find rare scenarios
- Optimise models to run within strict latency budgets on our in-vehicle compute
- Validate performance in simulation, on closed tracks and in supervised operations on Texas highways

What you'll bring
- MS or PhD in robotics, computer vision, machine learning or related field
- 4+ years of experience building perception systems for robots or vehicles
- Strong Python and C++; experience with CUDA or TensorRT is a plus
- Familiarity with sensor calibration and sensor fusion

Benefits
- Competitive salary, equity and annual bonus
- Premium medical, dental and vision insurance
- 401(k) with match; flexible time off
- Relocation assistance and daily catered lunch

About Lodestar
Lodestar builds autonomous driving systems for heavy trucks. We design our own sensor pods and compute, integrate them with truck manufacturers on the production line, and run driverless freight lanes between Dallas, Houston and Phoenix with our carrier partners.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'autonomous-driving company: Automotive, not IT, though the job is ML',
  },
  {
    id: 'li-063',
    company: 'Vibrasense Analytics Pvt. Ltd.',
    text: `Data Scientist – Machine Health
Chennai (Guindy) | 3–6 years | Full time | Hybrid

Role overview:
Our wireless sensors are mounted on more than 40,000 motors, pumps, gearboxes and compressors. As a Data Scientist on the Machine Health team, you will build the models that spot bearing wear, misalignment and cavitation weeks before a breakdown stops a production line.

Responsibilities:
- Develop anomaly detection and fault classification models on vibration, temperature and current signals
- Apply signal processing (FFT, envelope analysis, order tracking) to raw high-frequency data
- Work with our vibration analysts (ISO CAT II/III) to label faults and validate predictions
- Deploy models on AWS (SageMaker, Lambda) and on edge gateways
- Present case studies to plant maintenance heads at customer sites

Requirements:
- B.E./B.Tech or M.Tech in mechanical, electrical or instrumentation engineering, or M.Sc in statistics
- 3+ years of experience in machine learning on time-series data
- Strong Python (NumPy, SciPy, scikit-learn, PyTorch)
- Knowledge of rotating machinery and condition monitoring is a big plus

Benefits:
- Group medical insurance for family, including parents
- ESOPs and yearly performance bonus
- Sponsored vibration analysis certification
- Flexible working hours

About Vibrasense:
Vibrasense builds predictive maintenance systems for factories. Cement, steel, paper, automotive and food plants in India, the Middle East and Southeast Asia use our sensors and software to keep their machines running.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for factories: Manufacturing',
  },
  {
    id: 'li-064',
    company: 'Mobilificio Conti & Figli S.r.l.',
    text: `Programmatore CNC – Reparto Pantografi
Lissone (MB) | Tempo pieno | Giornaliero

Descrizione
Cerchiamo un Programmatore CNC da inserire nel reparto lavorazioni, per la programmazione e la conduzione dei centri di lavoro a 5 assi che realizzano i componenti in legno massello dei nostri tavoli, sedie e madie.

Mansioni
- Programmare i centri di lavoro CNC a partire dai disegni tecnici e dai modelli 3D dell'ufficio tecnico
- Impostare attrezzature, utensili e parametri di lavorazione per noce, rovere e frassino
- Eseguire il primo pezzo, controllarlo e avviare la produzione in serie
- Collaborare con l'ufficio tecnico per migliorare tempi e qualità delle lavorazioni
- Curare la manutenzione ordinaria delle macchine

Requisiti
- Esperienza di almeno tre anni nella programmazione CNC nel settore legno o arredo
- Conoscenza di software CAD/CAM (preferibilmente AlphaCAM o Maestro)
- Capacità di leggere il disegno tecnico
- Precisione e passione per il lavoro artigianale

Offriamo
- Contratto a tempo indeterminato CCNL Legno-Arredo Industria
- Premio di produzione annuale e welfare aziendale
- Assicurazione sanitaria integrativa
- Mensa convenzionata e parcheggio interno

Chi siamo
Dal 1961 a Lissone progettiamo e produciamo mobili in legno massello: tavoli, sedie, librerie e madie che vendiamo attraverso 400 rivenditori in Italia e all'estero. Tutto nasce nel nostro stabilimento, dalla selezione delle tavole alla finitura a mano.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'li-065',
    company: 'Vindhyagiri Steel Ltd.',
    text: `Assistant Manager – SAP PP/QM (In-house)
Raipur, Chhattisgarh | 6–10 years | Full time, on site

Job description:
We are looking for an experienced SAP PP/QM functional consultant to join our in-house IT team and support production, quality and plant maintenance users at our integrated steel plant.

Key responsibilities:
- Support and enhance SAP S/4HANA PP and QM modules for the blast furnace, steel melt shop, rolling mills and wire rod mill
- Configure process orders, batch management, inspection lots and quality certificates
- Coordinate with MES and Level 2 automation teams on integration of production data
- Gather requirements from plant heads and prepare functional specifications for ABAP developers
- Train end users and lead testing for new roll-outs and upgrades

Desired candidate profile:
- B.E./B.Tech (Metallurgy, Mechanical or Electrical preferred)
- 6+ years of SAP PP/QM experience with at least one full implementation
- Experience in a process industry such as steel, cement or aluminium
- Good communication skills in English and Hindi

What we offer:
- Competitive salary with performance-linked incentive
- Company accommodation in our township, with school and hospital nearby
- Group mediclaim and personal accident insurance for employee and family
- Provident fund, gratuity and leave travel allowance

About Vindhyagiri Steel:
Vindhyagiri Steel operates a 3.2 million tonne per annum integrated steel plant near Raipur, producing billets, TMT bars, wire rods and structural sections for construction and infrastructure across India.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'li-066',
    company: 'Aérostructures Garonne SAS',
    text: `Ingénieur·e Méthodes Assemblage (H/F) – CDI
Colomiers (31) · Cadre · Temps plein

Le poste
Rattaché·e au responsable Industrialisation, vous préparez et améliorez les gammes d'assemblage des tronçons de fuselage et des portes que nous livrons aux avionneurs.

Vos missions
- Rédiger les gammes de fabrication et d'assemblage à partir des maquettes numériques (CATIA V5, 3DEXPERIENCE)
- Définir les outillages, les temps standards et l'implantation des postes
- Accompagner la montée en cadence d'un nouveau programme de portes passagers
- Traiter les non-conformités avec la qualité et le bureau d'études
- Participer aux chantiers d'amélioration continue (Lean, 5S, SMED)

Votre profil
- Diplôme d'ingénieur en mécanique, productique ou aéronautique
- Trois ans d'expérience minimum en méthodes, idéalement dans l'aéronautique ou l'automobile
- Connaissance de la norme EN 9100 et des procédés d'assemblage (rivetage, collage, mastic)
- Anglais professionnel

Nous offrons
- Rémunération selon profil, 13e mois, intéressement et participation
- Mutuelle familiale prise en charge à 70 %, comité d'entreprise
- Accord de télétravail jusqu'à deux jours par semaine
- Restaurant d'entreprise et parking

Qui sommes-nous ?
Aérostructures Garonne conçoit et fabrique des éléments de fuselage, des portes et des trappes de train d'atterrissage pour avions commerciaux et hélicoptères. Nos 900 salariés travaillent sur trois sites en Occitanie.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
  },
  {
    id: 'li-067',
    company: 'Corvane Defence Systems Ltd',
    text: `Systems Engineer – Naval Sensors
Portsmouth, Hampshire | On site | £52,000–£68,000 | SC clearance required

The role
You'll join the systems engineering team responsible for our hull-mounted and towed sonar systems, working from first requirements through integration, sea trials and in-service support.

Key responsibilities
- Capture and manage requirements in DOORS and trace them through design and test
- Define system architectures and interfaces with our electronics, software and mechanical teams
- Plan and run integration tests in our acoustic test tank and on board ships during sea trials
- Support design reviews and acceptance with the Ministry of Defence and allied navies
- Contribute to reliability, safety and obsolescence analyses

Requirements
- Degree in systems, electrical or mechanical engineering, physics or similar
- Experience of systems engineering on complex products (defence, aerospace, rail or energy)
- Knowledge of MBSE tools (Cameo, Capella) is desirable
- Eligibility for Security Check (SC) clearance: sole UK nationality may be required for some programmes

Benefits
- 25 days' leave plus bank holidays and a Christmas shutdown
- Pension with up to 10% employer contribution
- Private medical insurance and life assurance
- Flexible working with a 9-day fortnight option

About Corvane
Corvane designs and manufactures sonar, mine-countermeasure and underwater communication systems in Portsmouth and Plymouth. Our equipment is fitted on frigates, submarines and survey vessels in eleven navies.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'defence manufacturer: Manufacturing, not Public Sector, though it sells to navies',
  },
  {
    id: 'li-068',
    company: 'Industrias Brillante S.A. de C.V.',
    text: `Supervisor(a) de Producción – Turno Mixto
El Salto, Jalisco | Tiempo completo | Presencial

Objetivo del puesto
Coordinar al personal y las líneas de envasado de detergentes líquidos y suavizantes para cumplir con el plan de producción, la calidad y la seguridad en cada turno.

Responsabilidades
- Asignar personal a las líneas de llenado, tapado, etiquetado y empaque
- Dar seguimiento a indicadores de eficiencia (OEE), mermas y paros
- Coordinar cambios de formato y limpieza de líneas con mantenimiento y calidad
- Asegurar el cumplimiento de buenas prácticas de manufactura y normas de seguridad
- Capturar la producción en SAP y reportar incidencias a la gerencia de planta

Requisitos
- Ingeniería Industrial, Química o afín, titulado(a)
- Tres años de experiencia como supervisor(a) en producción de consumo masivo
- Conocimiento de manufactura esbelta y 5S
- Disponibilidad para rolar turnos

Ofrecemos
- Sueldo competitivo más bono de productividad
- Prestaciones superiores a las de ley: vales de despensa, fondo de ahorro y seguro de gastos médicos mayores
- Comedor subsidiado y transporte de personal
- Venta de producto para empleados a precio de fábrica

Industrias Brillante fabrica detergentes, suavizantes y limpiadores para el hogar en su planta de Jalisco. Nuestras marcas se venden en supermercados, tiendas de conveniencia y tienditas de todo México y Centroamérica.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'household goods maker sold in supermarkets: Manufacturing, not Retail',
  },
  {
    id: 'li-069',
    company: 'Borealis Transit Vehicles Inc.',
    text: `Battery Systems Test Engineer
Winnipeg, Manitoba | Full time | On site

Position summary
We are looking for a Battery Systems Test Engineer to validate the traction battery packs, thermal systems and charging interfaces that go into our battery-electric buses.

Responsibilities
- Plan and execute tests at cell, module and pack level: performance, thermal, abuse and life cycling
- Operate and maintain battery cyclers, environmental chambers and data acquisition systems
- Analyse test data in Python and MATLAB and write clear test reports
- Support certification to CSA, UL and UNECE R100 standards
- Investigate field issues reported by transit agencies and feed results back to design

Qualifications
- Bachelor's degree in electrical, mechanical or mechatronics engineering
- 3+ years of experience testing high-voltage batteries or electric powertrains
- Knowledge of CAN tools (Vector CANalyzer, PCAN) and BMS behaviour
- High-voltage safety training, or willingness to complete it

Benefits
- Health, dental, vision and life insurance for you and your dependants
- Defined contribution pension with matching
- Three weeks' vacation plus a winter shutdown
- Boot allowance and tuition support

About Borealis
Borealis Transit Vehicles designs and builds battery-electric and hybrid buses in Winnipeg and St. Cloud, Minnesota. More than 4,000 of our buses are in service with city transit agencies and university campuses across North America.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'bus maker: Manufacturing, though its customers are public transit agencies',
  },
  {
    id: 'li-070',
    company: 'Cervejaria Ribatejana, S.A.',
    text: `Engenheiro/a de Manutenção – Linhas de Enchimento
Santarém | Contrato sem termo | Horário de dia com prevenção

A função
Procuramos um/a Engenheiro/a de Manutenção para garantir a disponibilidade e o desempenho das nossas linhas de enchimento de garrafa, lata e barril.

Responsabilidades
- Planear e acompanhar a manutenção preventiva e corretiva das enchedoras, pasteurizadores, rotuladoras e paletizadoras
- Analisar avarias e implementar melhorias com base em dados de OEE
- Gerir a equipa de técnicos de manutenção por turnos
- Gerir stocks de peças e contratos com fornecedores de equipamento
- Apoiar projetos de eficiência energética e de redução do consumo de água

Perfil
- Licenciatura ou mestrado em Engenharia Mecânica, Eletrotécnica ou Eletromecânica
- Experiência mínima de quatro anos em manutenção industrial, de preferência na indústria alimentar ou de bebidas
- Conhecimentos de SAP PM, automação (Siemens) e metodologias TPM
- Inglês técnico

Oferecemos
- Remuneração competitiva e prémio anual
- Seguro de saúde extensível ao agregado familiar
- Subsídio de refeição acima do valor legal
- Cabaz de Natal com os nossos produtos

Sobre nós
Desde 1927 que a Cervejaria Ribatejana produz cerveja, sidra e águas com gás na sua fábrica de Santarém. As nossas marcas estão em cafés, restaurantes e supermercados de todo o país e são exportadas para 20 mercados.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  {
    id: 'li-071',
    company: 'Harrowfield City Council',
    text: `Data Analyst (Grade 8)
Harrowfield Civic Centre | 37 hours per week | Permanent | £36,124 – £39,513

About the role
Our Insight & Performance team helps services understand the people they serve and the difference they make. We need a Data Analyst to join a friendly team of seven and work across housing, adult social care, waste and parking.

Main responsibilities
- Produce regular performance reports and dashboards in Power BI for service managers and councillors
- Join up data from different systems (housing management, social care case records, Civica revenues) to answer questions no single system can
- Support statutory returns to central government, checking data quality before submission
- Analyse census and local data to inform ward profiles and the Joint Strategic Needs Assessment
- Help colleagues use data well through short training sessions and clear guidance

About you
- Experience of data analysis and reporting, ideally in local government or the wider public sector
- Confident with SQL, Excel and Power BI (or a similar tool)
- Understanding of GDPR and handling personal data responsibly
- Able to explain findings clearly to non-specialists

What we offer
- Local Government Pension Scheme with a generous employer contribution
- 26 days' annual leave rising to 31 with service, plus bank holidays
- Flexible working and hybrid arrangements
- Employee discounts, cycle-to-work and an employee assistance programme

Harrowfield City Council provides services to 290,000 residents, from bin collections and libraries to social care, housing and planning. We are committed to being an inclusive employer and welcome applications from all parts of our community.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'li-072',
    company: 'State of Nevada – Office of Broadband Expansion',
    text: `Grants Program Analyst II (Broadband Infrastructure)
Carson City or Las Vegas, NV · Full time · Classified position · Hybrid eligible

Position description
The Grants Program Analyst II reviews applications and monitors subgrants that fund new fiber, fixed wireless and satellite internet service to unserved homes and businesses in rural and tribal communities.

Duties include
- Evaluate provider applications against federal and state program rules, and score proposed projects
- Review engineering maps and cost data against the state's broadband availability map
- Monitor construction milestones, reimbursement requests and compliance reports from internet service providers
- Prepare reports for the federal funding agency, the Governor's office and the Legislature
- Respond to challenges from providers and local governments about served and unserved locations

Minimum qualifications
- Bachelor's degree in public administration, business, engineering or a related field, and two years of professional grants or program management experience
- Experience with GIS tools or telecommunications infrastructure is desirable
- Proficiency with Excel and grant management systems

Benefits
- Public Employees' Retirement System (PERS) pension
- Medical, dental and vision insurance through the Public Employees' Benefits Program
- 11 paid state holidays, annual and sick leave accrual
- Public Service Loan Forgiveness eligible employer

The Office of Broadband Expansion is a state agency within the Governor's Office. It does not build or run networks; it plans and funds broadband expansion across Nevada's 17 counties.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'state agency that funds broadband: Public Sector, not Telecommunications',
  },
  {
    id: 'li-073',
    company: 'Gemeente Berkelstroom',
    text: `Informatieadviseur Sociaal Domein
Berkelstroom | 36 uur | Schaal 11 (max. € 5.700) | Vast dienstverband

Wat ga je doen?
Onze consulenten Wmo, Jeugd en Participatie werken met veel verschillende systemen en willen vooral één ding: hun inwoners goed helpen. Als informatieadviseur zorg je ervoor dat de informatievoorziening daarbij helpt in plaats van hindert.

Je taken
- Je vertaalt wensen van het sociaal domein naar eisen voor applicaties en gegevensstromen
- Je begeleidt de aanbesteding en invoering van een nieuw zaaksysteem voor het sociaal domein
- Je adviseert over privacy en informatiebeveiliging (AVG, BIO) samen met de privacy officer
- Je zorgt voor goede koppelingen met landelijke voorzieningen en samenwerkende gemeenten in de regio
- Je stelt een informatieplan op voor de komende vier jaar

Wie ben jij?
- Hbo- of wo-opleiding, bijvoorbeeld bestuurskunde, informatiekunde of bedrijfskunde
- Minimaal drie jaar ervaring als informatieadviseur of business analist, bij voorkeur bij een gemeente
- Kennis van de Common Ground-gedachte en van wetgeving in het sociaal domein
- Je legt complexe onderwerpen helder uit aan wethouders en uitvoerders

Wat bieden wij?
- Een Individueel Keuzebudget van 17,05% van je salaris
- Flexibele werktijden en de mogelijkheid om thuis te werken
- Pensioenopbouw bij het ABP
- Een opleidingsbudget en een laptop en telefoon van de zaak

Berkelstroom is een gemeente met 48.000 inwoners in de Achterhoek, bestaande uit vijf kernen. Het gemeentehuis staat in het centrum van Berkel aan de rivier, en we werken nauw samen met drie buurgemeenten.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'li-074',
    company: 'Shire of Wattle Creek',
    text: `Asset Management & GIS Officer
Wattle Creek, WA · Full time · Level 6 · $88,000–$96,000 + 12% super

About the position
Reporting to the Manager Works & Services, the Asset Management & GIS Officer keeps track of the roads, footpaths, drainage, buildings and parks that our community relies on. You'll make sure we know what we own, what condition it's in and what it will cost to keep it going.

Key duties
- Maintain the asset register and GIS layers in IntraMaps and the corporate asset system
- Coordinate road condition surveys and update the 10-year renewal program
- Prepare asset valuations and depreciation schedules with the finance team for annual reporting
- Produce maps for planning applications, bushfire management and council meetings
- Support grant applications for road and drainage projects

Selection criteria
- Qualification in surveying, GIS, civil engineering or asset management
- Experience with GIS software (QGIS, ArcGIS or IntraMaps)
- Good understanding of asset management principles (IPWEA, ISO 55000)
- Current C-class driver's licence

What we offer
- Generous superannuation contribution
- Subsidised housing in town
- Five weeks' annual leave for regional employees
- Flexible working hours and a 9-day fortnight option
- Income protection insurance paid by the Shire

The Shire of Wattle Creek is the local government for a wheatbelt district of 6,800 km² and about 4,300 residents, three hours east of Perth. We look after 1,200 km of roads, a recreation centre, two libraries and the district airstrip.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'li-075',
    company: 'Kreisverwaltung Oberhavelland',
    text: `IT-Systemadministrator (m/w/d) für Server und Netzwerke
Entgeltgruppe 10 TVöD | Vollzeit (39 Std.) | unbefristet | Standort: Kreisstadt Lindberg

Ihre Aufgaben
- Betrieb und Weiterentwicklung der Windows-Serverlandschaft, der Virtualisierung (VMware) und des Speichers
- Betreuung des Netzwerks für die Kreisverwaltung, die Außenstellen und die Kreisschulen
- Umsetzung von Maßnahmen der Informationssicherheit nach BSI IT-Grundschutz
- Mitarbeit bei der Einführung der E-Akte und der digitalen Antragsverfahren nach dem Onlinezugangsgesetz
- Unterstützung des Service Desks im zweiten Level

Ihr Profil
- Abgeschlossene Ausbildung als Fachinformatiker/in Systemintegration oder ein Studium der Informatik
- Mehrjährige Erfahrung in der Administration von Windows-Servern und Active Directory
- Kenntnisse in Netzwerktechnik (VLAN, Firewall, WLAN)
- Führerschein Klasse B

Wir bieten
- Eine krisensichere Anstellung im öffentlichen Dienst mit Jahressonderzahlung
- Betriebliche Altersvorsorge über die Zusatzversorgungskasse
- Gleitzeit und Möglichkeit zur mobilen Arbeit
- 30 Tage Urlaub sowie arbeitsfrei am 24. und 31. Dezember
- Zuschuss zum Deutschlandticket

Über uns
Der Landkreis Oberhavelland ist mit rund 1.100 Beschäftigten Dienstleister für 190.000 Einwohnerinnen und Einwohner. Wir sind zuständig für Kfz-Zulassung, Bauaufsicht, Jugendhilfe, Abfallwirtschaft und vieles mehr.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
  },
  {
    id: 'li-076',
    company: 'Fraser Valley Regional Transit Authority',
    text: `Service Planning Analyst
Abbotsford, BC · Regular full-time · Hybrid

The opportunity
Our Service Planning team designs the bus network that 60,000 people ride every weekday. As a Service Planning Analyst, you'll turn ridership data, community feedback and operating budgets into routes and timetables that work for riders and operators alike.

What you'll do
- Analyse automatic passenger counter, fare card and GPS data to find crowding and delays
- Build and test schedules and vehicle blocks in our scheduling software (Trapeze)
- Model the cost and ridership impact of service changes and new routes
- Prepare GTFS feeds for trip planners and check their accuracy
- Present options at public engagement sessions and to the Board

What you bring
- Degree in planning, geography, engineering or a related field
- 2+ years of experience in transit planning or transportation analysis
- Strong Excel and SQL; GIS (ArcGIS or QGIS); Python or R is a plus
- Clear writing and presentation skills

What we offer
- Municipal Pension Plan membership
- Extended health and dental benefits, and an employee and family assistance program
- Free transit pass for you and your household
- Three weeks' vacation to start, plus paid statutory holidays

The Fraser Valley Regional Transit Authority is the public body that plans, funds and operates bus and HandyDART service for five municipalities in the Fraser Valley. We are governed by a board of elected officials from those municipalities.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'publicly run transport: Public Sector, not transport',
  },
  {
    id: 'li-077',
    company: 'Plazalibre Smart S.L.',
    text: `Ingeniero/a IoT – Sensores de aparcamiento
Bilbao · Híbrido · Indefinido

El puesto
Buscamos un/a ingeniero/a IoT para el equipo de dispositivos. Trabajarás en los sensores que se instalan en el asfalto y detectan si una plaza está libre u ocupada, y en las pasarelas que envían esos datos a la nube.

Tus responsabilidades
- Desarrollar firmware en C para microcontroladores de bajo consumo con comunicaciones NB-IoT y LoRaWAN
- Optimizar la duración de la batería de los sensores por encima de diez años
- Probar los dispositivos en campo y analizar falsos positivos causados por nieve, agua o vehículos grandes
- Colaborar con el equipo de plataforma (AWS IoT, Python) en la actualización remota de firmware
- Apoyar las instalaciones piloto en nuevas ciudades

Requisitos
- Ingeniería de Telecomunicación, Electrónica o Informática
- Tres años de experiencia en desarrollo de sistemas embebidos
- Conocimiento de protocolos de radio de bajo consumo
- Inglés de trabajo

Ofrecemos
- Salario competitivo y plan de retribución flexible
- Seguro médico privado
- Horario flexible, viernes intensivos y 24 días de vacaciones
- Presupuesto de formación anual

Sobre Plazalibre
Plazalibre desarrolla sistemas de aparcamiento inteligente para ayuntamientos: sensores en las plazas, paneles de guiado, aplicaciones de pago para conductores y herramientas para que la policía local controle la zona azul. Más de 70 ciudades de España, Portugal y Chile usan ya nuestra plataforma.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: "smart parking made for cities' services: Public Sector & Smart Cities",
  },
  {
    id: 'li-078',
    company: 'Phasewell Pte. Ltd.',
    text: `Backend Engineer (Go) – Real-Time Traffic Platform
Singapore · Full-time · Hybrid

About the role
Every 200 milliseconds, thousands of junction controllers report detector counts and signal states to our platform. You'll help build the services that ingest that stream, compute new timing plans and send them back to the street, where a bug means a queue of buses.

What you'll do
- Build and operate high-throughput services in Go on Kubernetes, with Kafka and TimescaleDB
- Implement protocol adapters for traffic controllers (NTCIP, UTMC and vendor-specific interfaces)
- Develop APIs for operator dashboards, incident management and bus priority
- Improve observability and resilience: a city's control room runs on this around the clock
- Work with traffic engineers to turn optimisation models into production code

What we're looking for
- 4+ years of backend development, preferably in Go, Rust or Java
- Experience with streaming systems and time-series data
- Solid grasp of networking and distributed systems failure modes
- Interest in transport and cities; traffic engineering knowledge is a bonus

Benefits
- Competitive salary and annual bonus
- Medical, dental and specialist insurance
- 20 days' annual leave plus public holidays
- Learning budget and a monthly transport allowance

About Phasewell
Phasewell makes adaptive traffic signal control and traffic management software for road authorities and city governments. Our platform runs about 9,000 signalised junctions in Singapore, Kuala Lumpur, Auckland and four Australian cities.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'traffic-signal platform sold to cities: Smart Cities per the rule',
  },
  {
    id: 'li-079',
    company: "Lassen Ridge County Sheriff's Office",
    text: `Crime Analyst I/II
Susanville area, CA · Full time · Non-sworn · $68,400–$91,600 DOQ

Definition
Under general supervision, the Crime Analyst collects, analyses and presents crime and calls-for-service data to help deputies, detectives and command staff decide where to focus.

Typical duties
- Query the records management and computer-aided dispatch systems to identify crime patterns, series and hot spots
- Produce weekly crime bulletins and maps for patrol briefings
- Support investigations with link analysis, cell phone record analysis and timelines
- Prepare statistical reports for the Board of Supervisors and state reporting (NIBRS)
- Respond to public records requests involving crime data

Minimum qualifications
- Bachelor's degree in criminal justice, statistics, geography or a related field
- For level II, two years of crime or intelligence analysis experience
- Proficiency with Excel, SQL and ArcGIS; experience with i2 Analyst's Notebook is desirable
- Must pass a thorough background investigation, polygraph and psychological evaluation

Benefits
- CalPERS retirement
- Medical, dental and vision insurance with county contribution
- 12 paid holidays, vacation and sick leave
- Uniform and training allowance

The Sheriff's Office is the law enforcement agency for unincorporated Lassen Ridge County. Our deputies patrol 4,500 square miles of high desert and forest, and we also run the county jail, court security and search and rescue.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'li-080',
    company: 'Marlow County Public Health Department',
    text: `Epidemiologist II – Communicable Disease
Marlow County, NC · Full-time · Hybrid after probation

Job summary
The Epidemiologist II conducts surveillance and investigation of reportable diseases and outbreaks in Marlow County, and turns the results into information that clinicians, schools, long-term care facilities and the public can act on.

Essential duties
- Monitor reportable disease data in the state surveillance system and syndromic data from hospital emergency departments
- Lead outbreak investigations in child care centres, nursing homes and restaurants with environmental health staff
- Analyse data in R or SAS and produce weekly and annual surveillance reports
- Build public dashboards on respiratory illness, vaccination coverage and overdose trends
- Support emergency preparedness exercises and the response to public health emergencies

Knowledge, skills and abilities
- Master's degree in epidemiology, public health or biostatistics
- Two years of experience in applied epidemiology, preferably at a local or state health department
- Proficiency in R, SAS or Stata; GIS experience is a plus
- Ability to communicate clearly with partners and the media

Benefits
- Local Government Employees' Retirement System pension and 401(k) with county contribution
- Health, dental and vision insurance
- 12 paid county holidays, vacation and sick leave
- Public Service Loan Forgiveness eligible

Marlow County Public Health Department is a department of county government. We protect the health of 380,000 residents through disease control, restaurant inspections, immunization clinics, WIC and vital records.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'county health department: Public Sector, not Healthcare',
  },
  {
    id: 'li-081',
    company: 'Kerbside Logic Ltd',
    text: `Implementation Consultant
Sheffield or remote (UK) | £38,000–£46,000 + bonus | Travel across the UK

The role
When a council switches to our system, hundreds of bin rounds, thousands of streets and every crew's in-cab tablet change on one Monday morning. As an Implementation Consultant you'll plan and lead those go-lives, so residents notice nothing except fewer missed bins.

Responsibilities
- Run implementation projects from kick-off to go-live, usually three to six months each
- Import and clean property, round and service data from the customer's old systems
- Configure round optimisation, crew apps and the missed-collection integration with the customer's CRM
- Train waste managers, supervisors and crews, including early-morning depot sessions
- Hand accounts over to our support team and capture lessons for the next project

What we're looking for
- Experience implementing software or running operational change projects
- Good with data in Excel and SQL, and confident with maps and GIS
- Knowledge of local authority waste services is a big advantage
- Full UK driving licence and willingness to travel two or three days a week

Benefits
- 25 days' holiday plus bank holidays, and an extra day every year of service
- Private medical insurance and a 6% pension contribution
- Laptop, phone and travel paid; hotel stays when needed
- Profit share for all staff

About Kerbside Logic
Kerbside Logic makes waste-collection route planning and in-cab software for councils. Fifty-two local authorities in England, Scotland and Wales use it to plan their rounds, record collections and report missed bins.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'waste-route planning software made for councils: Smart Cities',
  },
  {
    id: 'li-082',
    company: 'Northern Plains Revenue Agency',
    text: `Senior Data Analyst, Compliance Risk
Regina, Saskatchewan · Permanent full-time · Hybrid

The opportunity
Join our Compliance Analytics unit and help make sure everyone pays their fair share. You'll build the risk models that decide which business tax returns, payroll remittances and fuel tax accounts are selected for review, and measure whether audits recover what they should.

Responsibilities
- Develop risk-scoring models for sales tax, payroll and fuel tax filings using Python and SAS
- Match data from tax returns, business registrations and third-party sources
- Evaluate the results of audit campaigns and recommend changes to selection rules
- Produce reports for senior management and briefing notes for the Deputy Minister
- Protect taxpayer confidentiality in every dataset you touch

Qualifications
- Degree in statistics, economics, computer science or a related field
- Four years of experience in data analysis or risk modelling, ideally in tax, banking or insurance
- Strong SQL and Python or SAS
- Ability to obtain an enhanced reliability security screening

What we offer
- Defined benefit public service pension
- Extended health, dental and vision benefits
- Earned days off and flexible hours
- Professional development and tuition support

The Northern Plains Revenue Agency is an agency of the provincial government. It administers provincial taxes, collects debts owed to the province and pays out tax credits and rebates to residents and businesses.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'tax agency of government: Public Sector despite finance words',
  },
  {
    id: 'li-083',
    company: 'Comune di Valdorsena',
    text: `Avviso di selezione pubblica – Istruttore Direttivo Informatico (Area dei Funzionari)
Tempo pieno e indeterminato | Sede: Municipio di Valdorsena (TN)

Profilo ricercato
Il Comune di Valdorsena ricerca un/una Istruttore Direttivo Informatico da assegnare al Servizio Innovazione e Sistemi Informativi.

Principali attività
- Gestione dei sistemi informativi dell'ente: server, postazioni di lavoro, rete e telefonia
- Coordinamento dei fornitori dei software gestionali (protocollo, anagrafe, tributi, contabilità)
- Attuazione dei progetti di transizione digitale finanziati dal PNRR: migrazione al cloud, pagoPA, app IO, SPID e CIE
- Supporto al Responsabile per la Transizione al Digitale e al DPO nella sicurezza dei dati
- Assistenza agli uffici e alle scuole comunali

Requisiti di ammissione
- Laurea in Informatica, Ingegneria Informatica o equivalente
- Cittadinanza italiana o di uno Stato membro dell'Unione europea
- Godimento dei diritti civili e politici
- Conoscenza della lingua inglese e dei principali applicativi informatici

Trattamento economico
- Stipendio tabellare previsto dal CCNL Funzioni Locali, tredicesima mensilità
- Buoni pasto e orario flessibile
- Possibilità di lavoro agile secondo il regolamento dell'ente

Valdorsena è un comune di 9.400 abitanti in Trentino. Il Comune gestisce i servizi demografici, l'edilizia, la polizia locale, le scuole dell'infanzia e la biblioteca. La domanda va presentata entro trenta giorni dalla pubblicazione, esclusivamente in via telematica.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
  },
  {
    id: 'li-084',
    company: "Communauté d'agglomération Loire-Brenne",
    text: `&lt;p&gt;&lt;strong&gt;Chef·fe de projet Territoire intelligent et données (H/F)&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Cadre d&amp;rsquo;emplois des ing&amp;eacute;nieurs territoriaux &amp;ndash; Titulaire ou contractuel &amp;middot; Temps complet &amp;middot; Si&amp;egrave;ge de l&amp;rsquo;agglom&amp;eacute;ration&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;Missions&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Piloter la plateforme de donn&amp;eacute;es territoriale : capteurs de fr&amp;eacute;quentation, comptages v&amp;eacute;lo, consommations des b&amp;acirc;timents publics, remplissage des conteneurs&lt;/li&gt;
&lt;li&gt;Coordonner le d&amp;eacute;ploiement de l&amp;rsquo;&amp;eacute;clairage public connect&amp;eacute; avec les communes membres&lt;/li&gt;
&lt;li&gt;Ouvrir les donn&amp;eacute;es publiques (open data) et animer la communaut&amp;eacute; des r&amp;eacute;utilisateurs&lt;/li&gt;
&lt;li&gt;Conduire les march&amp;eacute;s publics et suivre les prestataires&lt;/li&gt;
&lt;li&gt;Veiller au respect du RGPD avec le DPO&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Profil&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Formation sup&amp;eacute;rieure en syst&amp;egrave;mes d&amp;rsquo;information, g&amp;eacute;omatique ou am&amp;eacute;nagement&lt;/li&gt;
&lt;li&gt;Exp&amp;eacute;rience de conduite de projets num&amp;eacute;riques, id&amp;eacute;alement en collectivit&amp;eacute;&lt;/li&gt;
&lt;li&gt;Connaissance des SIG (QGIS) et des bases de donn&amp;eacute;es&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Conditions&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;R&amp;eacute;mun&amp;eacute;ration statutaire, r&amp;eacute;gime indemnitaire (RIFSEEP) et prime de fin d&amp;rsquo;ann&amp;eacute;e&lt;/li&gt;
&lt;li&gt;Participation &amp;agrave; la mutuelle et &amp;agrave; la pr&amp;eacute;voyance, CNAS&lt;/li&gt;
&lt;li&gt;T&amp;eacute;l&amp;eacute;travail deux jours par semaine&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;La Communaut&amp;eacute; d&amp;rsquo;agglom&amp;eacute;ration Loire-Brenne regroupe 31 communes et 128&amp;nbsp;000 habitants. Elle exerce les comp&amp;eacute;tences mobilit&amp;eacute;, d&amp;eacute;chets, eau, d&amp;eacute;veloppement &amp;eacute;conomique et habitat.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'li-085',
    company: 'Tandemly, Inc.',
    text: `Senior Product Designer, Timelines
Remote (US or Canada) · Full-time

Hi! We're looking for a senior product designer to own the timeline and dependency views in our app. Teams plan quarters, launches and weddings in them (really), and they've outgrown what we first built.

What you'll do
- Lead design for timelines, dependencies and workload views from research to shipped pixels
- Run user interviews and usability tests with customers of every size, from 5-person agencies to 5,000-person companies
- Prototype interactions in Figma and, where it helps, in code
- Work in a trio with a product manager and an engineering lead, and share decisions in writing
- Contribute to our design system and help raise the craft across the team

What you'll need
- 6+ years of product design experience, with a portfolio showing complex, data-dense interfaces
- Strong interaction design and a good eye for visual detail
- Comfortable with ambiguity and with saying no to nice-to-haves
- Experience designing collaborative or real-time tools is a plus

Benefits
- Salary range $150,000–$180,000 and equity
- Medical, dental and vision insurance (100% covered for you, 80% for dependents)
- 401(k) / RRSP matching
- Four weeks off, plus a company-wide week in summer and in December
- A yearly offsite, most recently in Lisbon

Tandemly makes project management software. Around 40,000 teams — marketing departments, software teams, agencies, non-profits, construction firms and schools — plan their work in our web, desktop and mobile apps.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'li-086',
    company: 'Hertzfeld Cloud GmbH',
    text: `Site Reliability Engineer – Compute Platform (f/m/d)
Nuremberg or remote within the EU · Full time · English-speaking team

The job
You'll help run the platform behind our virtual machines and managed Kubernetes: thousands of hypervisor hosts in five data centres. Your work decides whether a customer's server boots in 20 seconds or 2 minutes, and whether a failed disk is something they notice.

What you'll do
- Operate and automate our KVM-based compute platform with Go, Python and Ansible
- Improve monitoring and alerting (Prometheus, Grafana, Loki) so we find problems before customers do
- Take part in the on-call rotation (one week in six, paid)
- Lead post-incident reviews and turn findings into engineering work
- Work with the data centre team on hardware roll-outs and capacity planning

What you bring
- Several years of experience running Linux systems at scale
- Good knowledge of virtualisation, networking (BGP, VXLAN) and storage (Ceph)
- Programming skills in Go or Python
- A calm approach to incidents and a habit of writing things down

What we offer
- Competitive salary and a yearly bonus
- 30 days' holiday and flexible working hours
- Company pension scheme, JobRad bike leasing and Deutschlandticket
- Free cloud credits for your own projects

About Hertzfeld Cloud
Hertzfeld Cloud is a European cloud and hosting provider. We run our own data centres in Nuremberg, Frankfurt and Helsinki and offer virtual servers, managed Kubernetes, object storage and dedicated servers to 350,000 developers and businesses.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'li-087',
    company: 'Navarasa Infotech Pvt. Ltd.',
    text: `.NET Full Stack Developer – 4 to 7 years – Kochi / Bengaluru

Job description:
We are hiring .NET full stack developers for client projects across banking, insurance, retail and healthcare. You will work in agile teams with our clients' product owners in the UK, the US and the Middle East.

Roles and responsibilities:
- Design and develop web applications using C#, .NET 8, ASP.NET Core and Angular or React
- Build REST APIs and integrate with third-party systems and payment gateways
- Write unit and integration tests and take part in code reviews
- Deploy on Azure (App Service, Functions, Azure SQL) with Azure DevOps pipelines
- Estimate tasks and join daily stand-ups with onsite and offshore colleagues

Required skills:
- 4–7 years of hands-on development in C# and .NET
- Experience with SQL Server and Entity Framework
- Frontend experience in Angular or React
- Good communication skills for client-facing calls

Preferred:
- Microsoft Azure certification (AZ-204)
- Exposure to microservices and Docker

Benefits:
- Group health insurance for employee and dependents
- Flexible work timings and hybrid working
- Certification reimbursement and onsite opportunities
- Annual company trip

About Navarasa Infotech:
Navarasa Infotech is an IT services and software development company with 2,400 engineers in Kochi, Bengaluru and Dubai. We build and maintain applications for banks, retailers, hospitals, manufacturers and logistics firms in 18 countries.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services firm serving many industries: IT',
  },
  {
    id: 'li-088',
    company: 'Fathomline Ltd',
    text: `Data Engineer – Forecasting Platform
London (Farringdon) · Hybrid, two days a week · £70,000–£85,000 + options

What you'll work on
Our customers send us history — orders, sensor readings, call volumes, energy meter data — and get back forecasts they plan their week around. You'll build the pipelines that take in billions of rows a day from very different sources and feed them cleanly to our models.

Responsibilities
- Build ingestion connectors for warehouses, object stores and APIs (Snowflake, BigQuery, S3, Kafka)
- Develop scalable transformation jobs in Python and Spark, orchestrated with Dagster
- Design the storage layer for time-series features and backtests on Apache Iceberg
- Add data quality checks and lineage so customers can trust what goes in
- Work with research scientists to put new model types into production

You have
- 4+ years of data engineering experience in a product company
- Strong Python and SQL, and real experience with Spark or a similar engine
- Knowledge of cloud infrastructure (AWS or GCP) and Terraform
- Care for testing, documentation and cost

Benefits
- Share options in a growing company
- 27 days' holiday plus bank holidays
- Private health insurance through Vitality and a healthcare cash plan
- £1,000 yearly learning budget and a cycle-to-work loan

About Fathomline
Fathomline is a data and AI company. Our forecasting platform is used by 300 companies — retailers, utilities, airlines, contact centres and manufacturers among them — to predict demand and plan staff and stock.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'AI platform for many industries: IT',
  },
  {
    id: 'li-089',
    company: 'Helion Silicon Inc.',
    text: `Process Engineer – Lithography (Fab 3)
Hillsboro, Oregon · Full time · Day shift with on-call

Job description
Join the lithography module team in our 300 mm fab. You'll own the performance of a group of immersion scanners and track tools, keeping overlay, critical dimension and defect levels within tight limits while wafers keep moving.

Responsibilities
- Monitor process control charts and respond to excursions with root-cause analysis and corrective actions
- Run experiments to improve CD uniformity, overlay and throughput on new technology nodes
- Qualify new photoresists, reticles and equipment upgrades
- Work with equipment engineers, integration engineers and suppliers to solve tool problems
- Write and maintain specifications and operator procedures in our MES

Qualifications
- MS or PhD in chemical engineering, materials science, physics or electrical engineering
- 2+ years in semiconductor process engineering (BS with 5+ years considered)
- Knowledge of statistical process control and design of experiments (JMP)
- Comfortable working in a cleanroom gown for extended periods

Benefits
- Competitive salary, annual bonus and restricted stock units
- Medical, dental and vision insurance; on-site health center
- 401(k) match and employee stock purchase plan
- Sabbatical every seven years

Helion Silicon designs and manufactures processors and networking chips for data centres, cloud providers and high-performance computing. Our three fabs in Oregon and Arizona produce more than 40,000 wafers a month.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'chip maker: IT, not Manufacturing, despite the fab',
  },
  {
    id: 'li-090',
    company: 'Sugarmaple Games',
    text: `# Gameplay Programmer (C++ / Unreal Engine 5)
**Montréal, QC – Hybrid · Permanent**

We're looking for a gameplay programmer to join the team behind our next open-world co-op adventure. You'll work hand in hand with designers and animators to make traversal, combat and creatures feel great with a controller in your hands.

## What you'll do
- Implement gameplay systems in C++ and Blueprints: abilities, AI behaviours, interactions
- Prototype quickly with designers and polish what works until it shines
- Optimise gameplay code for current-generation consoles and PC
- Debug networked multiplayer issues with the online team
- Review code and share knowledge with other programmers

## What we're looking for
- 3+ years of professional game development in C++
- Shipped at least one title on console or PC
- Solid knowledge of Unreal Engine (gameplay framework, GAS a plus)
- Good sense of game feel, and a love of playing games together
- French is an asset; our studio works in both languages

## Perks
- Group insurance (health, dental, life) and a group RRSP with matching
- Flexible hours and 4 weeks of vacation, plus a holiday break in December
- Free games, game nights and a fully stocked studio kitchen
- Training budget and GDC tickets for the team

## About us
Sugarmaple is an independent studio of 180 developers. We've made six games played by more than 25 million people on consoles, PC and mobile, and we're proudly owned by the people who work here.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'li-091',
    company: 'Relaya',
    text: `Solutions Engineer – Financial Services Accounts
New York, NY · Hybrid · Full time

About the role
Our Financial Services team sells to banks, credit unions and insurers, and they ask hard questions: data residency, audit trails, integration with core systems. As a Solutions Engineer you'll partner with account executives to show them how our platform fits, and to prove it in a proof of concept.

Responsibilities
- Run discovery with IT, operations and compliance teams and map their requirements
- Build and deliver tailored demos of sales pipeline, service case and marketing journey features
- Lead technical evaluations and proofs of concept, including integrations via REST APIs
- Answer security questionnaires and RFPs with our security team
- Feed product gaps back to product management

Requirements
- 4+ years in solutions engineering, sales engineering or technical consulting for SaaS
- Hands-on experience with CRM platforms (Salesforce, Dynamics or similar), APIs and SSO
- Experience with financial services customers is preferred
- Excellent presentation and writing skills

Benefits
- OTE with 70/30 split, plus RSUs
- Medical, dental and vision insurance; HSA contribution
- Flexible PTO and 12 company holidays
- Commuter benefits and a wellness stipend

About Relaya
Relaya makes customer relationship management software. Sales, service and marketing teams at 14,000 companies use it — manufacturers, retailers, software firms, hospitals, universities and banks — to manage their customers in one place.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'CRM for many industries; banking clients are one vertical: IT',
  },
  {
    id: 'li-092',
    company: 'Staffhearth Pty Ltd',
    text: `Technical Support Engineer (Payroll Integrations)
Brisbane, QLD · Full time · Hybrid, 3 days in office

What you'll be doing
You'll be the escalation point for customers whose employee data isn't flowing the way it should. Most of the time that means digging into integrations between our HR platform and the payroll, rostering and finance systems our customers already use.

Day to day
- Troubleshoot API, SFTP and webhook integrations with payroll and accounting systems
- Write SQL to investigate data issues and explain clearly what went wrong
- Reproduce bugs and write good tickets for our engineering teams
- Build internal scripts and knowledge-base articles so the next person fixes it faster
- Help customers through end-of-financial-year and Single Touch Payroll deadlines

What we're looking for
- 2+ years in a technical support or implementation role at a SaaS company
- Solid SQL and comfort reading JSON and API logs
- Understanding of HR or payroll processes is a plus
- Patience, curiosity and clear writing

What's in it for you
- Salary of $85,000–$100,000 plus super
- Extra week of leave after two years, plus your birthday off
- Discounted private health insurance and an employee assistance program
- Learning budget and paid certifications

About Staffhearth
Staffhearth builds HR software — onboarding, leave, performance reviews and employee records — for 6,500 Australian and New Zealand businesses in every industry, from cafés and construction firms to hospitals and councils.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'HR software any company uses: IT',
  },
  {
    id: 'li-093',
    company: 'Helpnook',
    text: `DevOps Engineer – Platform Team
Barcelona (22@) or remote in Spain · Full-time

About the role
Our help desk answers about 4 million support conversations a week for our customers, and nobody wants a support tool that's down. You'll join the five-person platform team that keeps it up, fast and cheap to run.

What you'll do
- Run and evolve our Kubernetes clusters on AWS (EKS) with Terraform and Argo CD
- Improve CI pipelines in GitHub Actions so that a merge reaches production in under 15 minutes
- Own observability: metrics, logs and traces with OpenTelemetry and Grafana
- Work on database reliability (PostgreSQL, Redis, OpenSearch) together with backend teams
- Keep costs under control and security tight (SOC 2, ISO 27001)

What you bring
- 3+ years in a DevOps, SRE or platform role
- Hands-on Kubernetes and Terraform
- Scripting in Go, Python or Bash
- Professional English; Spanish or Catalan is nice to have

What we offer
- Competitive salary and stock options
- Private health insurance for you and your family
- Flexible hours, 25 vacation days and intensive working Fridays in summer
- Meal card, training budget and a new laptop of your choice

About Helpnook
Helpnook is help desk and customer service software. Around 9,000 companies — online shops, travel agencies, software firms, schools and local utilities — use it to answer email, chat and WhatsApp messages from their customers.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'li-094',
    company: 'Cinderbox',
    text: `Senior Video Encoding Engineer
Los Angeles, CA or Remote (US) · Full time

The team
The Encoding team decides how every film and episode on our service is compressed, packaged and protected before it reaches a TV, phone or laptop. Small wins here mean sharper pictures on a bad connection and lower delivery costs for millions of viewers.

What you'll do
- Develop and tune encoding pipelines for AV1, HEVC and H.264 with per-title and per-shot optimisation
- Build tools to measure perceptual quality (VMAF) at scale on AWS
- Work on packaging (CMAF, HLS, DASH) and DRM with the playback team
- Investigate quality complaints from devices across the world
- Evaluate new codecs and hardware encoders

What you'll bring
- 5+ years in video compression or media processing
- Strong C/C++ or Rust, plus Python for analysis
- Deep knowledge of FFmpeg and at least one modern encoder
- Experience with large-scale batch compute

Benefits
- Salary range $185,000–$230,000, plus equity
- Medical, dental and vision insurance with generous family coverage
- Flexible time off and 16 weeks' paid parental leave
- Free subscription, of course

About Cinderbox
Cinderbox is a streaming service with 22 million subscribers in North America and Europe. We license and commission films and series and deliver them over the internet to apps on smart TVs, phones, consoles and the web.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'streaming service: an internet platform (IT), not Telecommunications',
  },
  {
    id: 'li-095',
    company: 'Sentrim Security Ltd.',
    text: `Threat Researcher – Cloud Attacks
Tel Aviv · Full time · Hybrid

About the position
Attackers love misconfigured cloud accounts. As a Threat Researcher on our research team, you'll find out how they break in, move around and steal data, and turn what you learn into detections our product runs for every customer.

Responsibilities
- Investigate attacker techniques in AWS, Azure, GCP and Kubernetes environments
- Write and test detection rules and behavioural models against real telemetry
- Run honeypots and analyse the malware and tooling they catch
- Publish research on our blog and present at conferences
- Support incident response for customers during active attacks

Requirements
- 3+ years in security research, incident response, red teaming or detection engineering
- Hands-on knowledge of cloud IAM, logging and common attack paths
- Scripting in Python or Go
- Excellent written English

Benefits
- Competitive salary and equity
- Keren hishtalmut and pension contributions above the legal minimum
- Private health insurance and a meal card
- Conference budget and hardware of your choice

About Sentrim
Sentrim is a cybersecurity software company. Our cloud security platform protects more than 1,100 organisations — banks, hospitals, game studios, manufacturers and government agencies — by finding risks in their cloud setup and stopping attacks as they happen.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'li-096',
    company: 'Ordalis',
    text: `ERP Functional Consultant – Finance & Purchasing modules
Nantes, France · Permanent · Hybrid (English-speaking team)

Your role
You'll help our customers go live on our ERP. Working with a project manager and a technical consultant, you'll configure the finance, purchasing and inventory modules and teach our customers' teams how to run their business in them.

Responsibilities
- Lead workshops to understand each customer's accounting, purchasing and stock processes
- Configure the chart of accounts, approval workflows, VAT rules and inventory settings
- Prepare data migration templates and check the migrated balances
- Train key users and support them through their first month-end close
- Write functional specifications for custom reports and integrations

Profile
- Degree in business, finance, accounting or information systems
- 3+ years as an ERP consultant (any major ERP) or as a finance user who led an ERP project
- Good understanding of accounting and purchasing processes
- Fluent English; French is a plus

What we offer
- Competitive salary and variable bonus
- Full health cover (mutuelle) and meal vouchers
- 25 days of paid leave plus RTT
- Two days of remote work per week and a sustainable mobility allowance

About Ordalis
Ordalis publishes a cloud ERP for small and mid-sized companies. About 3,200 businesses — wholesalers, service companies, engineering firms, associations and online shops — run their accounting, purchasing, stock and invoicing on it.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'ERP for companies of every kind: IT, though the job is about accounting',
  },
  {
    id: 'li-097',
    company: 'Farlamp Research Ltd',
    text: `Research Scientist – Reasoning and Planning
London (King's Cross) · Full time · On site four days a week

The role
We're looking for a research scientist to work on how large language models plan over long horizons: breaking a goal into steps, checking their own work and recovering from mistakes. You'll run experiments on our own models, publish, and see your ideas go into the systems we ship.

What you'll do
- Design and run large-scale training and evaluation experiments
- Develop new methods for reinforcement learning from feedback and search at inference time
- Build evaluation suites for multi-step tasks in code, maths and tool use
- Collaborate with engineers to move results from research into production models
- Publish at top venues and mentor junior researchers

What we look for
- PhD in machine learning, computer science or a related field, or equivalent research experience
- Publications at NeurIPS, ICML, ICLR or similar
- Strong PyTorch or JAX skills and experience with distributed training
- Curiosity and rigour in equal measure

Benefits
- Competitive salary and meaningful equity
- Private medical and dental insurance for you and your family
- 30 days' holiday plus bank holidays
- Generous pension and relocation support, including visa sponsorship

Farlamp is an AI research company. We train foundation models and sell access to them through an API and enterprise products, used by software companies, banks, publishers and public bodies.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'AI research lab that is a company: IT',
  },
  {
    id: 'li-098',
    company: 'Nuvem Forte Serviços de TI Ltda.',
    text: `Analista de Suporte N2 – Infraestrutura e Cloud
Curitiba (PR) · Híbrido · CLT

O que você vai fazer
- Atender chamados de segundo nível de clientes de serviços gerenciados, dentro dos SLAs de contrato
- Administrar servidores Windows e Linux, Active Directory, Microsoft 365 e Entra ID
- Operar ambientes em Azure e AWS: máquinas virtuais, backup, redes e custos
- Monitorar a infraestrutura dos clientes com Zabbix e tratar alertas
- Documentar procedimentos e escalar para o N3 quando necessário
- Participar de plantões em escala

Requisitos
- Formação em Tecnologia da Informação, Redes ou áreas correlatas
- Experiência de dois anos em suporte de infraestrutura
- Conhecimentos em virtualização (VMware ou Hyper-V) e redes (firewall, VPN)
- Certificações Microsoft (AZ-900, AZ-104) serão um diferencial

Benefícios
- Plano de saúde e odontológico
- Vale-refeição e vale-alimentação
- Auxílio para certificações e cursos
- Gympass e day off no aniversário

Sobre nós
A Nuvem Forte é uma empresa de serviços de TI. Cuidamos da infraestrutura, da nuvem, da segurança e do suporte ao usuário de 260 empresas clientes — indústrias, escritórios de advocacia, redes de lojas, clínicas e cooperativas — no Paraná e em Santa Catarina.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'managed IT services for many industries: IT',
  },
  {
    id: 'li-099',
    company: 'Calderstone Energy plc',
    text: `SCADA & Control Systems Engineer
Knottingley, West Yorkshire · Permanent · Site-based with travel to our wind farms

About the role
You'll look after the control systems that run our generating plants: the distributed control system of a 1.2 GW combined-cycle gas plant and the SCADA that links our onshore wind farms to the control room.

Key responsibilities
- Maintain and upgrade DCS and SCADA systems, PLCs and HMIs across our plants
- Manage changes to control logic through our engineering change process
- Improve the cybersecurity of operational technology networks in line with NIS regulations
- Support outage planning and lead commissioning of control system upgrades
- Respond to plant trips and faults as part of an on-call rota

What we're looking for
- HNC/HND or degree in electrical, control or instrumentation engineering
- Experience with DCS (ABB, Emerson or Siemens) and SCADA in power generation, oil and gas or water
- Knowledge of IEC 62443 and industrial networks
- Full driving licence

Benefits
- Bonus, defined contribution pension up to 12% and share incentive plan
- 26 days' holiday plus bank holidays
- Private medical insurance and annual health checks
- Discount on your home energy bill

About Calderstone
Calderstone Energy generates electricity from gas, onshore wind and battery storage, selling it on the wholesale market and to large industrial users. Our plants can power around 2 million homes.`,
    sector: null,
    lang: 'en',
    why: 'energy producer; its "plants" are power stations: unclassified',
  },
  {
    id: 'li-100',
    company: 'Blackcap Freight Systems',
    text: `Transportation Planner – Grocery & Retail Distribution
Columbus, OH · Full-time · On site (Mon–Fri with rotating Saturdays)

What you'll do
You'll plan the daily routes that move loads from our cross-dock to more than 2,000 stores for the grocery and pharmacy chains we haul for. Every load is time-windowed, temperature-controlled and due at a dock door that has another truck waiting behind it.

Responsibilities
- Build daily route plans and load tenders in our TMS (Blue Yonder)
- Assign drivers and equipment, balancing hours-of-service rules and backhaul opportunities
- Track loads in real time and resolve late deliveries with customers and store receivers
- Analyse on-time performance, cost per mile and empty miles, and suggest improvements
- Coordinate with the warehouse team on cut-off times and trailer loading sequences

Requirements
- 2+ years of transportation planning or dispatch experience
- Strong Excel skills; experience with a TMS is preferred
- Knowledge of DOT regulations and hours-of-service
- Clear communicator under pressure

Benefits
- Medical, dental and vision insurance
- 401(k) with company match
- Paid time off and holidays
- Tuition reimbursement and a referral bonus

Blackcap Freight Systems is a trucking and warehousing company with 1,400 trucks and nine distribution centres in the Midwest. We carry refrigerated and dry freight for grocery chains, food manufacturers and pharmacy wholesalers.`,
    sector: null,
    lang: 'en',
    why: 'logistics firm hauling to stores, not made for online shops: unclassified',
  },
  {
    id: 'li-101',
    company: 'University of Northern Tablelands',
    text: `Research Data Manager – Rural Health Research Institute
Armidale, NSW · Full-time, fixed term (3 years) · HEW Level 7 · Hybrid

About the role
The Rural Health Research Institute runs large studies with our hospital and community health partners across regional New South Wales. We are seeking a Research Data Manager to set up and manage the data systems for a new cohort study following 12,000 people over ten years.

Key responsibilities
- Design and build study databases in REDCap and manage data linkage with state health records
- Write data management plans and ethics documentation
- Develop data cleaning and reporting scripts in R and SQL
- Manage secure storage and access in our trusted research environment
- Train research staff and PhD students in good data practice

Selection criteria
- Degree in health information, statistics, computer science or a related discipline
- Demonstrated experience managing research or clinical data
- Knowledge of privacy legislation and research ethics requirements
- Strong organisational and communication skills

What we offer
- 17% superannuation
- Flexible working arrangements and 20 days' annual leave plus leave loading
- Staff discounts at the campus gym and bookshop
- Salary packaging and access to health insurance discounts

The University of Northern Tablelands is a public university with 21,000 students, most studying online. Our research institutes work on rural health, agriculture and water.`,
    sector: null,
    lang: 'en',
    why: 'public university; hospital partners are not its business: unclassified',
  },
  {
    id: 'li-102',
    company: 'Halberd & Lowe',
    text: `Consultant – Financial Services Practice
Frankfurt am Main · Full time · English and German

The role
As a Consultant in our Financial Services practice, you'll work in small teams on strategy and operations projects for banks, insurers and asset managers. Typical projects last eight to twelve weeks: a cost programme for a regional bank, a growth strategy for a digital insurer, a target operating model for a payments business.

What you'll do
- Structure problems and build fact bases from client data, interviews and market research
- Develop financial models and business cases in Excel
- Write and present recommendations to client executives
- Help clients put changes into practice after the strategy is agreed
- Contribute to our knowledge building in banking and insurance

What we look for
- Excellent master's degree in economics, business, engineering or a similar field
- Two to four years of experience in consulting or in a strategy role in financial services
- Strong analytical skills and a confident, clear communication style
- Fluent German and English; willingness to travel up to three days a week

What we offer
- Structured training, mentoring and a clear promotion path
- Competitive salary with a performance bonus
- Company pension, private health insurance top-up and BahnCard 100
- Sabbatical options after two years

Halberd & Lowe is an independent management consultancy with 600 consultants in eleven offices across Europe. We advise companies in financial services, energy, industry and the public sector on strategy, organisation and operations.`,
    sector: null,
    lang: 'en',
    why: 'management consultancy; its banking clients do not make it Finance',
  },
  {
    id: 'li-103',
    company: 'Tan Whitcombe LLP',
    text: `Legal Technologist
Singapore (Marina Bay) · Full time · Hybrid

The role
Our lawyers draft, review and negotiate thousands of documents a year. As Legal Technologist you'll help them do it faster and more consistently, by designing automated templates, building workflows and choosing the right tools.

Key responsibilities
- Build document automation templates for frequently used agreements
- Configure and support our document management, e-discovery and contract review platforms
- Evaluate AI tools for drafting and due diligence and run careful pilots with practice groups
- Train lawyers and support staff, and measure whether the tools are used
- Work with IT on security, confidentiality and access controls

Requirements
- Law degree with an interest in technology, or a technical background with experience in a law firm
- Experience with document automation tools (HotDocs, Contract Express or similar)
- Understanding of how lawyers work and the pressures they face
- Excellent communication skills

Benefits
- Competitive salary and annual bonus
- Medical, dental and hospitalisation insurance
- 20 days' annual leave plus public holidays
- Flexible working and a professional development allowance

Tan Whitcombe is a full-service law firm with 150 lawyers in Singapore and Jakarta. We advise banks, fintech companies, technology businesses, hospitals and family offices on corporate, finance, disputes and regulatory matters.`,
    sector: null,
    lang: 'en',
    why: 'law firm; client sectors do not decide: unclassified',
  },
  {
    id: 'li-104',
    company: 'Skymynah Airlines',
    text: `Senior Analyst – Revenue Management
Gurugram, Haryana · Full time · Work from office

Role summary:
The Revenue Management team sets the fares and seat availability for every flight we operate. As Senior Analyst you will own a group of domestic and international routes and maximise revenue through pricing, inventory control and overbooking.

Key responsibilities:
- Monitor bookings, pick-up and competitor fares daily and adjust inventory controls
- Build demand forecasts for festivals, long weekends and new routes
- Set overbooking levels and review no-show patterns
- Analyse route profitability with the network planning team
- Automate reports with SQL and Python and build dashboards in Tableau

Requirements:
- Graduate or postgraduate degree in engineering, economics, statistics or business
- 3–5 years of experience in airline revenue management, pricing or analytics
- Strong Excel, SQL and Python
- Familiarity with PROS, Sabre or Amadeus revenue management systems is preferred

Benefits:
- Competitive salary and annual performance bonus
- Medical insurance for employee and family
- Free and discounted air travel for you and your family
- Transport facility for early and late shifts

Skymynah Airlines is a low-cost airline operating 180 daily flights to 40 domestic and international destinations from its bases in Delhi, Mumbai and Hyderabad.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'li-105',
    company: 'Hoteles Brisamar S.L.',
    text: `Revenue Manager – Zona Levante
Alicante · Contrato indefinido · Jornada completa

Funciones
- Definir la estrategia de precios y disponibilidad de cinco hoteles vacacionales y urbanos en la Comunidad Valenciana
- Analizar la demanda, el pick-up y la competencia a diario, y ajustar tarifas en el channel manager y el motor de reservas
- Negociar cupos y condiciones con turoperadores y agencias de viajes online
- Preparar presupuestos y previsiones de ocupación, ADR y RevPAR
- Colaborar con los directores de hotel y con marketing en campañas y paquetes

Requisitos
- Titulación en Turismo, ADE o similar
- Al menos tres años de experiencia en revenue management hotelero
- Dominio de Excel y experiencia con sistemas de revenue (IDeaS, Duetto o similares) y PMS (Opera)
- Inglés alto; se valorará alemán

Ofrecemos
- Salario fijo más variable según objetivos
- Seguro médico privado
- Descuentos en estancias en todos nuestros hoteles para ti, familiares y amigos
- Formación continua y posibilidad de desarrollo en la cadena

Hoteles Brisamar es una cadena hotelera familiar con 17 hoteles de costa y de ciudad en la Comunidad Valenciana, Baleares y Andalucía, con 4.800 habitaciones y 1.300 empleados en temporada alta.`,
    sector: null,
    lang: 'es',
  },
  {
    id: 'li-106',
    company: 'Kestrel Lake Mining Corp.',
    text: `Senior Mine Planning Engineer – Underground
Timmins, Ontario · Permanent · 5-and-2 rotation after onboarding

Position summary
Reporting to the Chief Mine Engineer, you'll lead short- and medium-term planning for our underground gold operation, making sure each month's development and stoping plan is safe, achievable and delivers the ounces.

Key responsibilities
- Develop 3-month and 12-month mine plans and schedules in Deswik
- Design stopes, development drives and ventilation raises with geology and geotechnical teams
- Reconcile planned versus actual tonnes and grade, and explain the variances
- Support the life-of-mine plan and reserve updates
- Mentor junior engineers and work closely with operations supervisors underground

Qualifications
- Bachelor's degree in mining engineering; P.Eng. or eligibility in Ontario
- 6+ years of underground mine planning experience, including long-hole stoping
- Proficiency with Deswik, Datamine or similar mine planning software
- Strong communication skills and a commitment to safety

What we offer
- Competitive salary, annual bonus and long-term incentive plan
- Health, dental, vision and life insurance from day one
- Group RRSP with company matching
- Relocation assistance and a northern living allowance

Kestrel Lake Mining is a gold producer operating two underground mines and a mill in the Timmins camp, producing around 210,000 ounces a year, with an exploration project in Québec.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'li-107',
    company: 'Pellow & Stanbridge Construction Ltd',
    text: `BIM Coordinator – Healthcare & Education Projects
Bristol · Site and office based · £42,000–£50,000 + car allowance

The role
You'll coordinate the digital design information on two major projects: a new cancer treatment centre for an NHS trust and a secondary school for the county council. You'll make sure designers, subcontractors and our site teams work from one coordinated, up-to-date model.

Responsibilities
- Manage the common data environment (Autodesk Construction Cloud) and enforce naming and information standards
- Federate architectural, structural and MEP models and run clash detection in Navisworks
- Chair coordination meetings and track clashes to resolution
- Produce 4D sequencing models for site logistics and client presentations
- Prepare asset information for handover to the hospital's and school's facilities teams

Requirements
- Experience in a BIM coordinator role with a contractor or design consultancy
- Good working knowledge of ISO 19650
- Proficiency in Revit, Navisworks and Solibri
- CSCS card and full driving licence

Benefits
- Car allowance, pension and annual bonus
- 25 days' holiday plus bank holidays
- Private medical insurance after probation
- Paid professional membership and chartership support

Pellow & Stanbridge is a building contractor founded in 1954. We build hospitals, schools, laboratories and housing across the South West and Wales, with an annual turnover of £420 million.`,
    sector: null,
    lang: 'en',
    why: 'builder of hospitals and schools is construction: unclassified',
  },
  {
    id: 'li-108',
    company: 'Alder Institute for Climate Research',
    text: `Research Software Engineer – Climate Model Development
Boulder, CO · Full time · Hybrid

Position summary
The Research Software Engineer will work with scientists to improve the performance, portability and usability of our Earth system model, which we run on national supercomputers and share freely with researchers worldwide.

Responsibilities
- Port and optimise Fortran and C++ model components for GPU architectures (OpenACC, CUDA, Kokkos)
- Improve build systems, continuous integration and regression testing on HPC systems
- Develop Python tools for model configuration, output analysis and visualisation
- Write documentation and run training workshops for the model's user community
- Contribute to open-source software and co-author scientific papers

Qualifications
- Degree in computer science, atmospheric science, physics, applied mathematics or related field
- 3+ years of scientific software development experience
- Strong Fortran or C++, plus Python
- Experience with MPI and HPC job schedulers (Slurm, PBS)

Benefits
- Medical, dental and vision insurance with low employee premiums
- 403(b) retirement plan with 10% employer contribution
- 22 days of vacation plus 12 holidays
- Sabbatical program and support for conference travel

The Alder Institute is an independent, non-profit research institute funded by federal grants and private foundations. Our 300 scientists and engineers study the climate system and share their models and data openly.`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute: unclassified, not IT',
  },
  {
    id: 'li-109',
    company: 'Elbwerk Medien GmbH',
    text: `Data Analyst Digitale Abos (m/w/d)
Hamburg | Vollzeit | hybrid

Was dich erwartet
Immer mehr Leserinnen und Leser zahlen für unseren Journalismus im Netz. Als Data Analyst im Team Digital Subscriptions hilfst du uns zu verstehen, wer ein Abo abschließt, wer bleibt und warum jemand kündigt.

Deine Aufgaben
- Du analysierst Nutzungs- und Abodaten (Google Analytics 4, BigQuery, Piano) und leitest Empfehlungen ab
- Du baust Dashboards für Chefredaktion, Produkt und Vertrieb in Looker Studio
- Du planst A/B-Tests für Paywall, Preise und Probeabos und wertest sie aus
- Du entwickelst Modelle zur Kündigungsvorhersage gemeinsam mit dem Data-Science-Team
- Du zeigst Redaktionen, welche Artikel neue Abonnent:innen gewinnen

Dein Profil
- Studium in Statistik, Wirtschaftswissenschaften, Informatik oder Vergleichbarem
- Mindestens zwei Jahre Erfahrung in der Datenanalyse, idealerweise bei einem Medienhaus oder einem Abo-Geschäft
- Sehr gute SQL-Kenntnisse, Python ist ein Plus
- Interesse an Journalismus und Nachrichten

Was wir bieten
- 30 Tage Urlaub und flexible Arbeitszeiten
- Kostenloses Digitalabo aller unserer Titel
- Zuschuss zum Deutschlandticket und betriebliche Altersvorsorge
- Zugang zu Firmenfitness und Weiterbildungsangeboten

Über Elbwerk Medien
Elbwerk Medien gibt drei Regionalzeitungen in Norddeutschland heraus, betreibt deren Nachrichtenportale und zwei Lokalradios. Täglich erreichen wir rund 1,8 Millionen Menschen.`,
    sector: null,
    lang: 'de',
    why: 'publisher and media: unclassified',
  },
  {
    id: 'li-110',
    company: 'Hollis & Rae',
    text: `Business Intelligence Developer
Manchester · Hybrid (2 days in office) · £50,000–£60,000

We're looking for a Business Intelligence Developer to join our growing data team. You'll build the reports and data models that our commercial, operations and finance teams use every day, and help us move from spreadsheets to a modern data stack.

What you'll do
- Design and develop Power BI reports and semantic models
- Write and optimise SQL in our Azure SQL and Fabric environment
- Build data pipelines with Azure Data Factory and dbt
- Work with stakeholders to gather requirements and turn them into clear dashboards
- Help set up data governance, documentation and testing

What you'll bring
- 3+ years of experience as a BI developer or analytics engineer
- Strong SQL, DAX and Power BI skills
- Experience with Azure data services
- A pragmatic approach and good communication skills

What we offer
- 25 days' holiday plus bank holidays, and an extra day off for your birthday
- Private health insurance and a health cash plan
- Company pension with 6% employer contribution
- Discounts at hundreds of high-street stores and restaurants through our perks platform
- Cycle-to-work scheme and regular social events

Hollis & Rae is an equal opportunities employer. If you need any adjustments during the application process, please let us know.`,
    sector: null,
    lang: 'en',
    why: 'never says what the employer does; benefits words are noise',
  },
  {
    id: 'li-111',
    company: 'Harebell Vets Group',
    text: `Registered Veterinary Nurse – Small Animal Hospital
Cheltenham, Gloucestershire · Full time or part time · £28,000–£33,000

About the role
Our 24-hour hospital in Cheltenham takes referrals and emergencies from across Gloucestershire. We're looking for a Registered Veterinary Nurse to join a team of 18 nurses on a rota of days, some nights and one weekend in four.

What you'll do
- Monitor anaesthesia and assist in surgery, including orthopaedic and soft tissue procedures
- Care for hospitalised dogs, cats and rabbits, including critical care patients
- Run nurse clinics for weight management, dental checks and post-operative care
- Support clients with clear advice and compassion, including at difficult times
- Train and mentor student veterinary nurses

What we're looking for
- RCVS registered veterinary nurse
- Experience in small animal practice; emergency and critical care experience is a plus
- A calm head and good teamwork

Benefits
- Generous CPD allowance and paid RCVS fees
- 5.6 weeks' holiday including bank holidays
- Free and discounted treatment for your own pets
- Pension, health cash plan and an employee assistance programme

Harebell Vets runs 22 small animal practices and two 24-hour veterinary hospitals across Gloucestershire, Worcestershire and Oxfordshire.`,
    sector: null,
    lang: 'en',
    why: 'vets and animal care are not Healthcare: unclassified',
  },
  {
    id: 'li-112',
    company: 'Quarrystone Fitness',
    text: `Membership Systems Analyst
Sydney (Alexandria) support office · Full time · Hybrid

About the role
Our members join online, scan in with an app and pay by direct debit every fortnight. You'll make sure all the systems behind that — membership management, payments, access control and the app — work together smoothly for our members and our club teams.

Key responsibilities
- Own the configuration of our membership management platform (pricing, contracts, freezes)
- Investigate and resolve failed payments, duplicate charges and access issues with the payments team
- Manage integrations with door access, class booking and the member app
- Test new releases and roll changes out to clubs
- Produce reports on joins, cancellations and member visits

About you
- 2+ years as a systems analyst, business analyst or application support specialist
- Strong SQL and Excel skills
- Experience with subscription or membership systems is a plus
- Enjoy solving problems for non-technical colleagues

Benefits
- Free membership at all our clubs, plus a free membership for a friend
- Discounted personal training and group fitness programs
- Wellbeing days and an employee assistance program
- Discounted private health insurance

Quarrystone Fitness runs 95 gyms across New South Wales, Victoria and Queensland, with 24/7 access, group classes, pools at our larger clubs and 380,000 members.`,
    sector: null,
    lang: 'en',
    why: 'gyms and wellness are not Healthcare: unclassified',
  },
  {
    id: 'li-113',
    company: 'Agence Sillage',
    text: `Data Planner Média (H/F) – CDI
Paris 11e · Hybride · Statut cadre

Votre rôle
Au sein du pôle Média & Data, vous aidez nos équipes à choisir où et quand diffuser les campagnes de nos annonceurs, et vous mesurez ce qu'elles rapportent vraiment.

Vos missions
- Analyser les audiences et construire des plans média digitaux (social, vidéo en ligne, programmatique, télévision segmentée)
- Mettre en place le suivi des campagnes : plans de marquage, Google Analytics 4, Campaign Manager
- Produire des bilans de campagne et des modèles d'attribution et de mix marketing
- Travailler avec les équipes créatives sur les tests de messages
- Présenter les recommandations aux annonceurs, qu'il s'agisse d'une banque, d'une chaîne de magasins ou d'un constructeur automobile

Votre profil
- Bac+5 en école de commerce, d'ingénieur ou master en statistiques/marketing
- Deux à quatre ans d'expérience en agence média ou chez un annonceur
- Maîtrise d'Excel et de SQL ; Python ou R appréciés
- Curiosité pour la publicité et goût pour la pédagogie

Nos avantages
- Prime annuelle, intéressement et tickets restaurant
- Mutuelle prise en charge à 80 %
- Trois jours de télétravail par semaine
- Séminaire annuel et afterworks

Qui sommes-nous ?
Sillage est une agence de publicité et de conseil média indépendante. Nos 140 collaborateurs conçoivent et achètent les campagnes de 45 annonceurs, en France et en Belgique.`,
    sector: null,
    lang: 'fr',
    why: 'advertising agency; its advertisers do not decide: unclassified',
  },
  {
    id: 'li-114',
    company: 'Corbel Staffing Solutions',
    text: `Full Stack Developer (React / Node.js) – Contract to Hire
Austin, TX · Hybrid · $60–$75/hr W2

Corbel Staffing Solutions is seeking a Full Stack Developer for our client, a growing organisation in the Austin area. This is a six-month contract-to-hire opportunity with strong potential for conversion.

Responsibilities
- Develop new features for internal and customer-facing web applications in React and Node.js
- Design and build REST and GraphQL APIs backed by PostgreSQL
- Write unit and integration tests with Jest and Cypress
- Deploy to AWS (Lambda, ECS, RDS) through CI/CD pipelines
- Participate in sprint planning, code reviews and technical design discussions

Requirements
- 4+ years of professional full stack development experience
- Strong JavaScript/TypeScript, React and Node.js
- Experience with SQL databases and AWS services
- Excellent communication skills
- Must be authorized to work in the US without sponsorship

Benefits (during contract)
- Medical, dental and vision insurance through Corbel
- Weekly pay and direct deposit
- 401(k) eligibility after 90 days
- Paid holidays per client schedule

Corbel Staffing Solutions places IT, engineering and finance professionals with employers across Texas. Apply today to speak with a recruiter within 24 hours!`,
    sector: null,
    lang: 'en',
    why: "recruiter that never says what its client does: unclassified",
  },
  {
    id: 'li-115',
    company: 'Coöperatie Zuidweide U.A.',
    text: `Medewerker Teeltadvies & Data (32–40 uur)
Emmeloord | Vast dienstverband na jaarcontract | Regelmatig op pad

Wat ga je doen?
Je helpt onze leden hun akkerbouw slimmer te maken. Je verzamelt gegevens over percelen, rassen, bemesting en opbrengsten, en vertaalt die samen met onze teeltadviseurs naar concrete adviezen voor het volgende seizoen.

Jouw werkzaamheden
- Je beheert de teeltregistratie van ruim 600 leden en controleert de kwaliteit van de gegevens
- Je maakt opbrengstanalyses en perceelkaarten met satellietbeelden en bodemscans (QGIS)
- Je ondersteunt teeltadviseurs bij veldbezoeken en proefvelden voor nieuwe aardappel- en uienrassen
- Je bouwt rapportages in Power BI voor leden en het bestuur
- Je denkt mee over nieuwe diensten, zoals taakkaarten voor precisielandbouw

Wie zoeken wij?
- Hbo-opleiding in akkerbouw, agrotechniek of geo-informatie
- Affiniteit met data en de agrarische praktijk; liefst zelf van de boerderij
- Ervaring met GIS en Excel
- Rijbewijs B

Wat bieden wij?
- Een goed salaris volgens de cao, eindejaarsuitkering en winstdeling
- Een auto van de zaak voor bezoeken aan leden
- Collectieve zorgverzekering en pensioenregeling
- Ruimte voor opleiding, bijvoorbeeld in precisielandbouw

Over Zuidweide
Zuidweide is een coöperatie van akkerbouwers in de Noordoostpolder en Flevoland. Samen verkopen onze leden hun pootaardappelen, uien en graan, kopen ze gezamenlijk in en delen ze kennis over de teelt.`,
    sector: null,
    lang: 'nl',
    why: "farmers' cooperative: unclassified",
  },
  {
    id: 'li-116',
    company: 'Suvarna Group',
    text: `Manager – Group Internal Audit (IT & Data Analytics)
Mumbai (Lower Parel) | 8–12 years | Full time

Job purpose:
The Group Internal Audit function provides independent assurance to the Audit Committee across all businesses of the group. We are looking for a Manager to lead IT audits and build data analytics into our audit programme.

Key responsibilities:
- Plan and execute audits of IT general controls, ERP (SAP) access, cybersecurity and data privacy across group companies
- Develop continuous auditing scripts in SQL and Python and dashboards in Power BI
- Review system implementation projects and third-party service providers
- Report findings to business heads and track remediation
- Coordinate with statutory auditors and regulators where applicable

Desired profile:
- CA / CISA / CIA with a B.E. or B.Tech background preferred
- 8+ years of IT audit experience with a Big Four firm or a large corporate
- Hands-on data analytics skills (ACL, IDEA, SQL or Python)
- Willingness to travel to group locations across India

What we offer:
- Competitive compensation with annual incentive
- Medical insurance for self, spouse, children and parents
- Exposure to a wide range of businesses and senior leadership
- Leave encashment, gratuity and provident fund

Suvarna Group is a diversified Indian conglomerate with 38,000 employees and businesses in textiles, cement, chemicals, real estate, hotels, consumer finance and renewable energy. This role sits in the group's corporate office and covers all businesses.`,
    sector: null,
    lang: 'en',
    why: 'conglomerate; the hiring unit is group-wide: unclassified',
  },
  {
    id: 'li-117',
    company: 'Osterie Bellavista S.r.l.',
    text: `Responsabile Acquisti Food & Beverage
Torino | Tempo pieno | Contratto a tempo indeterminato CCNL Turismo

Il ruolo
Cerchiamo una persona che gestisca gli acquisti di materie prime e bevande per i nostri locali, garantendo qualità, continuità e costi sotto controllo.

Responsabilità
- Selezionare e gestire i fornitori di carne, pesce, ortofrutta, formaggi, vini e birre
- Negoziare listini e condizioni, preferendo produttori piemontesi e liguri
- Definire con gli chef le schede tecniche dei piatti e il food cost dei menù
- Monitorare ordini, giacenze e sprechi nei locali tramite il gestionale di cucina
- Garantire il rispetto delle normative HACCP e di tracciabilità

Requisiti
- Esperienza di almeno quattro anni negli acquisti in ristorazione o catering
- Ottima conoscenza dei prodotti alimentari e delle stagionalità
- Capacità negoziali e di analisi dei costi (Excel)
- Patente B e disponibilità a spostamenti in regione

Offriamo
- Retribuzione competitiva e premio annuale sui risultati
- Pasti gratuiti nei nostri locali
- Buoni welfare e assicurazione sanitaria integrativa
- Ambiente giovane e dinamico

Osterie Bellavista gestisce 14 trattorie e due pizzerie a Torino, Milano e Genova, con 420 dipendenti. Cuciniamo piatti della tradizione piemontese e ogni giorno serviamo circa 6.000 coperti.`,
    sector: null,
    lang: 'it',
    why: 'restaurants are not Retail: unclassified',
  },
  {
    id: 'li-118',
    company: 'Viagens Maré',
    text: `Engenheiro/a de Dados
Lisboa · Híbrido · Contrato sem termo

O que vais fazer
- Construir e manter pipelines de dados de reservas, pesquisas e preços de voos e hotéis (Airflow, dbt, BigQuery)
- Integrar os dados dos fornecedores – companhias aéreas, cadeias hoteleiras e operadores turísticos – no nosso data warehouse
- Apoiar a equipa de pricing e marketing com modelos de dados fiáveis
- Garantir a qualidade e a governação dos dados, incluindo o RGPD
- Colaborar com cientistas de dados na passagem de modelos para produção
- Reduzir custos de processamento e documentar cada tabela no catálogo de dados

O que procuramos
- Licenciatura em Engenharia Informática, Matemática ou área semelhante
- Três anos de experiência em engenharia de dados
- Bons conhecimentos de SQL e Python, e experiência com uma cloud (GCP ou AWS)
- Inglês fluente

O que oferecemos
- Salário competitivo e prémio anual
- Seguro de saúde extensível ao agregado familiar
- Descontos em viagens para ti e para a tua família
- 25 dias de férias, horário flexível e dois dias de teletrabalho por semana

Sobre nós
A Viagens Maré é uma agência de viagens online: ajudamos 2 milhões de clientes por ano em Portugal, Espanha e Brasil a reservar voos, hotéis e pacotes de férias, com apoio em português 24 horas por dia.`,
    sector: null,
    lang: 'pt',
    why: 'travel company that books trips: unclassified',
  },
  {
    id: 'li-119',
    company: 'Prairie Sky Broadcasting Ltd.',
    text: `Broadcast Systems Engineer
Calgary, Alberta · Full-time · On-call rotation

About the role
You'll keep our television stations and radio stations on air. From master control and playout servers to transmitter sites on hilltops, you'll maintain, troubleshoot and upgrade the systems that put our newscasts and programs on screens and speakers across the Prairies.

Responsibilities
- Maintain IP-based broadcast infrastructure (SMPTE 2110), playout automation and routers
- Support live news production, including remote trucks and bonded cellular links
- Maintain FM and digital TV transmitters and microwave links at remote sites
- Manage the move of playout and graphics to the cloud
- Respond to off-air events as part of the on-call rotation

Qualifications
- Diploma or degree in electronics, broadcast technology or computer engineering
- 4+ years of broadcast engineering experience
- Knowledge of IP networking, video formats and RF systems
- Valid driver's licence and ability to travel to transmitter sites in winter

Benefits
- Health, dental and vision coverage, and life insurance
- Defined contribution pension with employer matching
- Three weeks' vacation to start
- Employee wellness program

Prairie Sky Broadcasting owns and operates four television stations and eleven radio stations in Alberta and Saskatchewan. Our newsrooms produce 40 hours of local news every week.`,
    sector: null,
    lang: 'en',
    why: 'broadcaster: media, not Telecommunications',
  },
  {
    id: 'li-120',
    company: 'Lanternhill Learning Centres Pte. Ltd.',
    text: `<p><strong>Learning Technology Executive</strong><br>Singapore (Bishan HQ) &middot; Full-time &middot; Mon&ndash;Fri with occasional Saturday support</p>
<p>We&rsquo;re looking for a Learning Technology Executive to help our teachers and students get the best out of our online learning platform and classroom technology.</p>
<p><strong>Job responsibilities</strong></p>
<ul>
<li>Administer our learning management system (Moodle): courses, enrolments, quizzes and reports</li>
<li>Support teachers in creating interactive lessons and recording video explanations</li>
<li>Set up and troubleshoot classroom equipment: smart boards, tablets and video conferencing</li>
<li>Analyse student progress data and prepare reports for centre managers and parents</li>
<li>Evaluate new educational tools, including AI tutoring assistants</li>
</ul>
<p><strong>Job requirements</strong></p>
<ul>
<li>Diploma or degree in IT, education technology or a related field</li>
<li>1&ndash;3 years of experience supporting users of software systems</li>
<li>Experience with Moodle, Google Workspace for Education or similar platforms</li>
<li>Patient and friendly, with good communication skills</li>
</ul>
<p><strong>Benefits</strong></p>
<ul>
<li>AWS, performance bonus and medical and dental benefits</li>
<li>14 days&rsquo; annual leave plus public holidays and birthday leave</li>
<li>Tuition fee waiver for your children at our centres</li>
</ul>
<p>Lanternhill runs 26 tuition and enrichment centres across Singapore, teaching mathematics, science and English to 15,000 primary and secondary school students each week.</p>`,
    sector: null,
    lang: 'en',
    why: 'education company: unclassified',
  },
];
