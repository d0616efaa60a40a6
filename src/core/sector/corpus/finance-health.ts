// Labelled employer introductions for Finance & FinTech and Healthcare & Pharmaceuticals, with neighbours that
// share their words but are unclassified (vets, gyms, universities, law firms, utilities' trading desks) and IT
// firms that count banks or hospitals among many clients. Labels follow docs/sector-labels.md.
import type { SectorExample } from './example.ts';

export const FINANCE_HEALTH: SectorExample[] = [
  // Finance & FinTech
  {
    id: 'fh-001',
    company: 'Thistlebrook Building Society',
    text: `Thistlebrook Building Society has helped people across Yorkshire and the North East buy their homes since 1871. We are owned by our 410,000 members rather than by shareholders, so the profit we make goes back into better savings rates and fairer mortgages.

We're now looking for a Senior Data Analyst to join our Member Insight team in Leeds. You'll work with the mortgage and savings product owners to understand how members use our branches, app and contact centre, building dashboards in Power BI and models in Python that feed directly into pricing decisions. Hybrid working, with two days a week in our Leeds head office.

What you'll bring:
- Strong SQL and experience turning messy data into clear recommendations
- Confidence presenting to senior colleagues who are not analysts
- Ideally some experience of retail financial services, though curiosity matters more

What we offer: a salary of £48,000 to £55,000, a 12% employer pension contribution, 30 days' holiday plus bank holidays, and colleague rates on our mortgages and savings accounts.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-002',
    company: 'Inkplume',
    text: `We're hiring a Senior Backend Engineer (Kotlin) to help us scale!

Inkplume is the bank account built for freelancers and gig workers. Get paid up to two days early, let us set aside your taxes automatically, and never see a monthly fee. Banking services are provided by our partner bank, Member FDIC; the debit card is issued under licence.

Since launching in Austin two years ago we've opened 600,000 accounts with a team of 90 people, most of us remote across US time zones. You'd own services in our ledger and money-movement stack: ACH, card authorisations, instant payouts.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-003',
    company: 'Orrin Payments Pte. Ltd.',
    text: `# About Orrin
Orrin processes card, QR and real-time bank payments for more than 14,000 merchants across Singapore, Malaysia and Indonesia, from hawker centres to airlines. We hold a Major Payment Institution licence from the Monetary Authority of Singapore and settle over SGD 9 billion a year.

# The role
As a Risk Operations Lead you will run the team that reviews merchant onboarding, monitors chargebacks and tunes our transaction rules. You will report to the Chief Risk Officer.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-004',
    company: 'Calder & Finch LLP',
    text: `<p><strong>Who we are</strong></p>
<p>Calder &amp; Finch is a firm of chartered accountants and tax advisers with seven offices across the Midlands. We audit around 300 owner-managed businesses and charities, prepare accounts and tax returns for many more, and advise families on succession and inheritance tax.</p>
<p><strong>The opportunity</strong></p>
<p>Our Nottingham audit team is looking for an Audit Senior (ACA/ACCA qualified or finalist) to lead fieldwork on a varied portfolio of clients.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'accountancy firm, though the LLP name reads like a law firm',
  },
  {
    id: 'fh-005',
    company: 'Harrowby Talent Partners',
    text: `Harrowby Talent Partners are delighted to be working exclusively with our client, a Tier 1 global investment bank, on a permanent Vice President, Market Risk Quant role based in Canary Wharf.

Our client's Markets division trades rates, FX and credit for institutional clients around the world. You will build and validate VaR and stress-testing models, working closely with the trading desks and the risk committee.

Strong Python and C++, a PhD or Masters in a quantitative subject, and FRTB experience are essential. Please apply with an up-to-date CV.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'recruiter: the client, an investment bank, is the employer',
  },
  {
    id: 'fh-006',
    company: 'Redmere Insurance Group',
    text: `Redmere Insurance Group is one of Ontario's leading property and casualty insurers, protecting more than 700,000 drivers, homeowners and small businesses through a network of independent brokers.

Position: Claims Analytics Specialist, Waterloo, ON (hybrid)

What we offer:
- Comprehensive health, dental and vision coverage from day one
- Defined contribution pension with employer match
- Paid volunteer days and a wellness account

In this role you'll analyse auto and property claims data to spot severity trends and help our adjusters settle claims faster. You'll partner with pricing, fraud and operations teams, build severity and frequency dashboards, and turn findings into recommendations our claims leaders can act on.

You bring three or more years in analytics, ideally in insurance; strong SQL and Python or R; and the ability to explain a model to someone who has never built one. Experience with Guidewire ClaimCenter is an asset.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'property and casualty insurer; the health and dental cover is a staff benefit',
  },
  {
    id: 'fh-007',
    company: 'Pawprint Cover Ltd',
    text: `Every year we pay out over £40 million in vet bills so that pet owners can say yes to the treatment their dog or cat needs.

Pawprint Cover is a pet insurer authorised and regulated by the Financial Conduct Authority, with 280,000 policyholders across the UK. We're growing our Pricing team in Bristol and are looking for a Pricing Analyst who enjoys GLMs, SQL and working out what a fair premium looks like for a nine-year-old spaniel.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'pet insurer: an insurer, not animal care',
  },
  {
    id: 'fh-008',
    company: 'Sahyadri Gramin Microfinance Pvt. Ltd.',
    text: `Sahyadri Gramin Microfinance is an RBI-registered NBFC-MFI headquartered in Pune. We provide small group loans, between Rs 20,000 and Rs 80,000, to women entrepreneurs in rural Maharashtra and Karnataka who run dairies, tailoring units and kirana stores. Our 2,100 field officers serve 6.5 lakh borrowers through 340 branches.

We are hiring a Branch Manager for our Satara region who will lead a team of loan officers, oversee disbursement and collection, and keep portfolio quality high.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-009',
    company: 'Ledgerline Technologies Pvt. Ltd.',
    text: `Role: Java Developer (Spring Boot, Oracle), 3 to 6 years, Bengaluru

About Ledgerline: We build a core banking system used by more than 180 urban co-operative banks and regional rural banks in India. Our platform runs deposits, loans, CASA, NEFT/RTGS and UPI integration, and the regulatory returns banks file with the RBI. Over 40 million bank accounts are maintained on Ledgerline software today.

You will develop and maintain modules of our loan management suite and work with bank IT teams during rollouts.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'core-banking software made for banks',
  },
  {
    id: 'fh-010',
    company: 'Gumleaf Community Credit Union Ltd',
    text: `<h3>About Gumleaf</h3>
<p>Gumleaf is a customer-owned credit union that has served the people of regional Victoria for more than 60 years. We offer everyday accounts, home and personal loans, and insurance through our partners, all from 22 branches and a highly rated app.</p>
<p>As a customer-owned organisation, we don&rsquo;t answer to shareholders &ndash; our profits go back to our members through lower fees and into the communities we serve.</p>
<h3>About the role</h3>
<p>We&rsquo;re seeking a Lending Specialist for our Ballarat branch on a full-time, permanent basis.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-011',
    company: 'Sentrell Labs, Inc.',
    text: `Sentrell scores every card transaction, account opening and loan application for fraud in under 50 milliseconds. More than 120 card issuers, credit unions and online lenders in North America rely on our models to stop account takeover and synthetic-identity fraud, while approving more good customers.

We're looking for a Machine Learning Engineer to join our Modeling team in Denver or remotely in the US. You'll train gradient-boosted and graph models on billions of labeled transactions and ship them to our real-time scoring service.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'fraud-scoring software made for card issuers and lenders',
  },
  {
    id: 'fh-012',
    company: 'Hallbrook Capital Management',
    text: `Hallbrook Capital Management is an independent investment manager based in Boston with $38 billion in assets under management. For over thirty years we have managed fixed income and multi-asset portfolios for public pension plans, endowments, foundations and insurance companies. Our culture is collaborative and research-driven, and our investment professionals average 17 years of experience.

Hallbrook is seeking an Associate, Client Portfolio Management, to support the Fixed Income team in communicating strategy, positioning and performance to institutional clients.

Responsibilities
- Prepare quarterly portfolio reviews, commentary and attribution analysis for client meetings
- Respond to consultant databases and requests for proposal
- Work with portfolio managers and traders to explain positioning in rates, credit and securitized markets

Qualifications
- Bachelor's degree and 2–4 years of experience in asset management or investment consulting
- Progress toward the CFA charter is a plus
- Excellent writing skills and comfort with Excel, FactSet and Bloomberg`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-013',
    company: 'Fernhollow',
    text: `We look after £4.2 billion for around 11,000 families, entrepreneurs and charities, and many of them have been with us for three generations. Each client has a named investment manager who builds a portfolio around them and explains every decision in plain English, and our financial planners help with pensions, tax and passing wealth on.

Fernhollow is looking for a Paraplanner to join our Edinburgh office. You will research products, prepare suitability reports and work alongside two Chartered Financial Planners.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-014',
    company: 'Kestrel Pay Ltd',
    text: `Product Designer – Checkout (Dublin, hybrid)

Kestrel Pay lets shoppers in Ireland and the UK split a purchase into three interest-free payments. We take on the credit risk, pay the retailer upfront, and send friendly reminders instead of late fees. We are authorised by the Central Bank of Ireland as a credit provider.

You'll design the moment a customer chooses Kestrel at checkout and the repayment journey that follows, working with our credit, compliance and engineering teams.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'lender behind buy-now-pay-later; the retailers are its partners',
  },
  {
    id: 'fh-015',
    company: 'Straits Meridian Securities Pte. Ltd.',
    text: `Straits Meridian Securities is a member of the Singapore Exchange and a licensed capital markets services firm offering equities, derivatives and bond trading to retail and accredited investors across South East Asia. Our trading platform handles more than 90,000 orders on a busy day.

We are looking for a Compliance Officer (Surveillance) to monitor trading activity for market abuse, handle regulatory enquiries and improve our surveillance tooling.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-016',
    company: 'Larchmont Trading LLC',
    text: `## Who we are
Larchmont is a proprietary trading firm. We trade our own capital, never clients', across futures and options on more than 30 exchanges, from an office in Chicago's Loop and a smaller one in London. About 140 people work here; roughly half of them write code.

## What you'll do
As a Low-Latency C++ Engineer you'll work on the order-entry and market-data systems our traders depend on, measuring performance in nanoseconds.

## Compensation
Base salary of $200,000 to $275,000 plus discretionary bonus.

## What we look for
- Deep knowledge of modern C++ and Linux internals
- Experience with kernel bypass, FPGAs or exchange protocols is a plus but not required
- No finance background needed: we'll teach you how markets work

## Perks
Catered lunch every day, a gym stipend, 100% employer-paid medical coverage and an annual trip for the whole firm.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-017',
    company: 'Maplecrest Pension Plan',
    text: `Maplecrest invests and administers the pension plan of 210,000 working and retired teachers in three Canadian provinces. With $96 billion in net assets, we invest in public equities, infrastructure, real estate and private credit around the world so that our members receive a secure retirement income.

We are recruiting a Senior Analyst, Infrastructure Investments, in Toronto.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'pension fund; its members being teachers does not make it education',
  },
  {
    id: 'fh-018',
    company: 'Rupeeway',
    text: `&lt;p&gt;&lt;strong&gt;About Rupeeway&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Rupeeway is a payments and money app used by 35 million people across India. Pay any shop by scanning a UPI QR code, recharge your mobile, pay electricity bills, buy digital gold and invest in mutual funds, all from one app. We are a licensed payment aggregator and our mutual fund platform is registered with SEBI.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Role: Android Developer (SDE-2)&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Location: Gurugram&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-019',
    company: 'Carrick Holdings – Insurance Services',
    text: `Carrick Holdings is a family-owned group with interests in property, hotels and financial services. This vacancy is with Carrick Insurance Services, the group's Lloyd's-registered insurance broker, which arranges commercial insurance for 4,500 businesses in the UK and Ireland, from farms and haulage firms to manufacturers.

We are looking for an Account Executive to manage a portfolio of mid-market clients, handle renewals and work with underwriters to place cover.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'group posting: the hiring unit is an insurance broker',
  },
  {
    id: 'fh-020',
    company: 'Cobalt Harbor Home Loans',
    text: `Last year we helped 18,000 families close on a home, and more than a third of them were buying for the first time. Our loan officers work in 26 states, and our in-house underwriting and closing teams get most loans funded in under 30 days.

Cobalt Harbor is hiring a Mortgage Underwriter II (remote, US). You will review conventional, FHA and VA loan files, assess income, credit and collateral, and issue credit decisions in line with agency guidelines. NMLS experience preferred.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-021',
    company: 'Okapi Lending Ltd',
    text: `Okapi Lending is a digital lender licensed by the Central Bank of Nigeria. Small traders in Lagos, Abuja and Port Harcourt apply for a working-capital loan on their phone in five minutes and receive the money the same day, and we decide using transaction history rather than collateral. We have disbursed over ₦60 billion to 250,000 businesses.

We are hiring a Credit Risk Analyst to build scorecards, monitor portfolio performance and set limits.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-022',
    company: 'Verity Ledger Inc.',
    text: `Verity Ledger is cloud accounting software for small businesses and the bookkeepers who serve them. More than 300,000 businesses (plumbers, bakeries, design studios, dental practices) use Verity to send invoices, reconcile bank feeds, run payroll and file sales tax.

We're looking for a Senior Product Manager for our Payroll product in San Francisco or remote.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'accounting and payroll software, which the rule puts under Finance',
  },
  {
    id: 'fh-023',
    company: 'Payworth Solutions Ltd',
    text: `Payworth pays 1.4 million people every month. Our payroll software and managed payroll bureau handle pay, pensions auto-enrolment, HMRC submissions and payslips for 6,000 UK employers, from care homes and construction firms to schools and retailers.

Payroll Specialist (Bureau) – Reading – £32,000 to £36,000

You will process a portfolio of client payrolls end to end, resolve queries from client HR teams and keep up to date with legislation.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payroll software and bureau: Finance, whatever industries its clients are in',
  },
  {
    id: 'fh-024',
    company: 'Coastline Risk Partners Pty Ltd',
    text: `Coastline Risk Partners is an independent insurance broker based in Brisbane. We arrange business insurance, from public liability and professional indemnity to fleet and farm cover, for more than 3,000 Queensland businesses, and we stand beside them when they make a claim.

We are seeking an experienced Account Manager (Tier 1 RG146) to look after a portfolio of commercial clients. Salary package plus bonus; parking on site.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "insurance broker, although 'risk partners' sounds like consulting",
  },
  {
    id: 'fh-025',
    company: 'Veridian Watch',
    text: `We are looking for a Solutions Consultant to join our APAC team in Singapore.

Veridian Watch builds anti-money-laundering software for banks, remittance companies and digital asset exchanges. Our platform screens customers against sanctions lists, monitors transactions for suspicious patterns and helps compliance teams file reports to regulators. Forty-five financial institutions in 19 countries use Veridian today.

You will run product demonstrations, scope implementations and support pilots with prospective bank customers.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'anti-money-laundering software made for financial firms',
  },
  {
    id: 'fh-026',
    company: 'Hartwell Card Services',
    text: `<p>Hartwell Card Services issues and manages co-branded credit cards for well-known retailers, airlines and hotel groups in the United States. We run underwriting, account servicing, collections and rewards for more than 9 million cardholders on behalf of our partners, and we are the lender on every card.</p>
<ul><li>Position: Senior Collections Strategy Analyst</li><li>Location: Wilmington, DE</li><li>Hybrid: 3 days in office</li></ul>
<p><strong>What you&rsquo;ll do</strong></p>
<ul><li>Design and test contact strategies for early-stage delinquent accounts</li><li>Build champion/challenger experiments and measure roll rates and cure rates</li><li>Partner with our partners&rsquo; marketing teams to keep the cardholder experience on brand</li></ul>
<p><strong>Benefits</strong>: medical, dental and vision from day one, 401(k) match, tuition assistance and discounts at many of our retail partners.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'card issuer and lender; the retailers and airlines are partners',
  },
  {
    id: 'fh-027',
    company: 'Corvane Exchange',
    text: `Corvane is a regulated digital asset exchange where 4 million customers in the US and Canada buy, sell and store bitcoin, ether and 120 other assets. We're registered as a money services business with FinCEN and hold state money transmitter licences.

We're hiring a Staff Security Engineer to protect our custody infrastructure: hardware security modules, key ceremonies and withdrawal controls. Fully remote across North America.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-028',
    company: 'Osprey Ridge Bank',
    text: `Site Reliability Engineer – Platform Engineering – Portland, OR

You'll join a team that runs our Kubernetes platform on AWS, builds Terraform modules, maintains our observability stack (Prometheus, Grafana, OpenTelemetry) and leads incident reviews. We deploy more than 200 times a week.

Osprey Ridge Bank is a community bank with 64 branches in Oregon and Washington and $14 billion in assets, serving households, small businesses and agricultural customers since 1908.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "tech job at a bank: the job's tools say nothing about the sector",
  },
  {
    id: 'fh-029',
    company: 'Suraksha Jeevan Life Insurance Co. Ltd.',
    text: `Suraksha Jeevan is a life insurance company headquartered in Mumbai with a presence in over 500 cities. We offer term plans, savings and pension products, as well as critical illness and hospital cash riders, through 45,000 agents, bancassurance partners and our own website.

We are hiring an Assistant Manager – Actuarial (Pricing) to price individual protection products and support product filings with IRDAI.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'life insurer, not a health insurer, despite its illness riders',
  },
  {
    id: 'fh-030',
    company: 'Ashby Marine & Specialty Re',
    text: `Ashby Re writes reinsurance for insurers around the world: property catastrophe, marine, aviation and political risk. From our offices in Hamilton, Bermuda and in the City of London we put €2.6 billion of capacity behind the companies that insure ships, factories and airlines.

Catastrophe Modeller. Reporting to the Head of Exposure Management, you will run vendor models, develop our own view of risk and support underwriters at renewals.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'fh-031',
    company: 'Kreditbank Oberlausitz eG',
    text: `Über uns
Als genossenschaftliche Bank sind wir seit 1894 in der Oberlausitz zu Hause. Rund 48.000 Mitglieder sind Miteigentümer unserer Bank; 310 Mitarbeitende betreuen Privat- und Firmenkunden in 19 Filialen zwischen Bautzen und Görlitz. Wir finanzieren den Handwerksbetrieb um die Ecke ebenso wie das Eigenheim junger Familien.

Zur Verstärkung unseres Teams suchen wir zum nächstmöglichen Zeitpunkt eine/n Firmenkundenberater/in (m/w/d) in Vollzeit.

Ihre Aufgaben:
- Ganzheitliche Betreuung eines Portfolios mittelständischer Firmenkunden
- Analyse von Jahresabschlüssen und Vorbereitung von Kreditentscheidungen
- Begleitung von Investitions- und Fördermittelfinanzierungen

Ihr Profil: abgeschlossene Bankausbildung mit Weiterbildung zum Bankfachwirt oder ein Studium, mehrjährige Erfahrung im Firmenkundengeschäft und Freude am Kontakt mit Unternehmern der Region.

Wir bieten Ihnen Vergütung nach Tarif, 31 Urlaubstage, flexible Arbeitszeiten und ein Jobrad.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'fh-032',
    company: 'Zahlwerk GmbH',
    text: `Du willst Zahlungen einfacher machen? Bei Zahlwerk bauen wir die Infrastruktur, über die Software-Plattformen ihren Kundinnen und Kunden Zahlungen anbieten: Kartenakzeptanz, SEPA-Lastschrift, Echtzeitüberweisung und Auszahlungen in 31 Ländern. Wir sind ein von der BaFin beaufsichtigtes Zahlungsinstitut mit Sitz in Berlin und wickeln jeden Monat mehr als 2 Mrd. Euro ab.

Für unser Team Acquiring suchen wir eine:n Senior Software Engineer (Go) – remote innerhalb Deutschlands oder hybrid in Berlin-Kreuzberg.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'fh-033',
    company: 'Alpenblick Versicherung AG',
    text: `<p><strong>Wer wir sind</strong></p>
<p>Die Alpenblick Versicherung AG versichert seit über 120 Jahren Haushalte und KMU in der Schweiz: Hausrat, Gebäude, Motorfahrzeuge, Haftpflicht und Rechtsschutz. Mit 1.100 Mitarbeitenden und 40 Generalagenturen sind wir nah bei unseren Kundinnen und Kunden.</p>
<p><strong>Das bieten wir</strong></p>
<ul><li>Beiträge an die Krankenkasse und vergünstigte Versicherungen</li><li>Fünf Wochen Ferien</li><li>Halbtax-Abonnement</li></ul>
<p>Für unsere Abteilung Schaden Motorfahrzeug in Luzern suchen wir eine/n Schadenexperte/-in 80–100%.</p>`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'property and motor insurer; the health-insurance contribution is a staff benefit',
  },
  {
    id: 'fh-034',
    company: 'Banque Tilleuil',
    text: `Qui sommes-nous ?

Tilleuil, c'est la banque mobile des indépendants et des TPE. Ouvrir un compte professionnel prend huit minutes, la comptabilité se fait presque toute seule et nos conseillers répondent en moins de cinq minutes, sept jours sur sept. Agréés par l'ACPR comme établissement de crédit, nous accompagnons déjà 220 000 artisans, commerçants et professions libérales.

Nous recrutons un·e Data Scientist Crédit pour concevoir nos modèles d'octroi de prêts professionnels. Poste basé à Paris (10e), télétravail partiel.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'fh-035',
    company: 'Cabinet Verlaine & Associés',
    text: `Cabinet d'expertise comptable implanté à Lyon et Villefranche-sur-Saône, Verlaine & Associés accompagne 1 400 entreprises, associations et professions médicales dans leur comptabilité, leur fiscalité, leur paie et le conseil de gestion. Nos 45 collaborateurs travaillent en équipes à taille humaine, au plus près des dirigeants.

Dans le cadre de notre développement, nous recherchons un(e) Collaborateur(trice) comptable confirmé(e) en CDI.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'accountancy firm, whatever its clients (medical practices included)',
  },
  {
    id: 'fh-036',
    company: 'Mutuelle des Artisans du Rhône',
    text: `<p>Depuis 1932, la <strong>Mutuelle des Artisans du Rhône</strong> assure les véhicules, les ateliers, les locaux et la responsabilité civile des artisans et commerçants de la région Auvergne-Rhône-Alpes. Société d&rsquo;assurance mutuelle, elle n&rsquo;a pas d&rsquo;actionnaires&nbsp;: ses 95&nbsp;000 sociétaires sont ses seuls propriétaires.</p>
<p>Nous recherchons un&middot;e <strong>Gestionnaire sinistres IARD</strong> pour notre siège de Villeurbanne.</p>`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'mutual insurer of vehicles and premises, not a health mutual',
  },
  {
    id: 'fh-037',
    company: 'Banco Pradera S.A.',
    text: `Quiénes somos
Banco Pradera es una entidad financiera con más de 90 años de historia en Castilla y León y Extremadura. Damos servicio a 1,2 millones de clientes particulares, autónomos, empresas agrarias y pymes a través de 380 oficinas y de nuestra banca digital.

¿Qué buscamos?
Un/a Analista de Riesgo de Crédito para el área de Empresas en Valladolid, que analice operaciones de financiación, elabore propuestas para el comité de riesgos y haga seguimiento de la cartera.

Requisitos
- Grado en Economía, ADE o similar
- Al menos 3 años de experiencia en análisis de riesgos de empresas
- Conocimiento de análisis de estados financieros y de la normativa de provisiones

Ofrecemos
Contrato indefinido, horario flexible con viernes por la tarde libres, plan de formación y condiciones preferentes en productos del banco.`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'fh-038',
    company: 'Lanamonte',
    text: `En Lanamonte creemos que un buen historial de pagos vale más que un aval. Desde nuestra app, más de 900 mil personas en México han recibido su primer crédito personal, con tasas claras y sin letras chiquitas, y hoy ya ofrecemos tarjeta de crédito y cuenta de ahorro. Somos una SOFIPO autorizada y supervisada por la CNBV.

Buscamos un(a) Ingeniero(a) de Datos Senior para nuestro equipo de Riesgos en la Ciudad de México (esquema híbrido).`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'fh-039',
    company: 'Banca Castellaro S.p.A.',
    text: `Chi siamo
Banca Castellaro è una banca commerciale indipendente nata a Cuneo nel 1898. Oggi conta 150 filiali in Piemonte e Liguria e serve oltre 400.000 famiglie e 30.000 imprese, con particolare attenzione al mondo agricolo e al turismo.

Per il potenziamento della Direzione Sistemi Informativi ricerchiamo un/una IT Security Specialist, con esperienza in gestione delle vulnerabilità e SIEM. Sede di lavoro: Cuneo.`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'fh-040',
    company: 'Rendita SGR S.p.A.',
    text: `Rendita SGR è una società di gestione del risparmio indipendente con sede a Milano. Gestiamo 11 miliardi di euro in fondi comuni, gestioni patrimoniali e fondi pensione aperti per conto di risparmiatori privati, casse di previdenza e fondazioni bancarie. Il nostro approccio di investimento è fondamentale e di lungo periodo.

Ricerchiamo un/una Junior Portfolio Manager – Obbligazionario, da inserire nel team Reddito Fisso.`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'fh-041',
    company: 'Dijkhuis Vermogensbeheer B.V.',
    text: `&lt;h2&gt;Over ons&lt;/h2&gt;&lt;p&gt;Dijkhuis Vermogensbeheer beheert sinds 1987 het vermogen van particulieren, ondernemers en stichtingen. Vanuit onze kantoren in Zwolle en Amersfoort beleggen we ruim 3 miljard euro, met een persoonlijke vermogensbeheerder voor iedere klant. Wij staan onder toezicht van de AFM en De Nederlandsche Bank.&lt;/p&gt;&lt;h2&gt;De functie&lt;/h2&gt;&lt;p&gt;Wij zoeken een Relatiebeheerder Vermogensbeheer (32&amp;ndash;40 uur).&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'nl',
  },
  {
    id: 'fh-042',
    company: 'Klinkr B.V.',
    text: `Klinkr zorgt ervoor dat 18.000 webwinkels in Nederland en België betaald worden: iDEAL, Bancontact, creditcards en achteraf betalen, via één koppeling. Wij zijn een betaalinstelling met een vergunning van De Nederlandsche Bank en verwerken jaarlijks meer dan 70 miljoen transacties.

Voor ons team Merchant Risk in Amsterdam zoeken we een Risk Analyst die transacties monitort, fraudepatronen herkent en regels bijstelt.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'payment processor (like PayPal in the seed): Finance, even when its merchants are webshops',
  },
  {
    id: 'fh-043',
    company: 'Cooperativa de Crédito Serra Verde',
    text: `Sobre nós
A Serra Verde é uma cooperativa de crédito com mais de 35 anos de história no Sul de Minas Gerais. Somos 180 mil cooperados, entre produtores rurais, pequenos empresários e famílias, e oferecemos conta corrente, crédito rural, consórcio, seguros e investimentos em 62 agências. Os resultados são divididos entre os cooperados.

Estamos contratando Analista de Crédito Rural para a agência de Varginha.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
    why: 'credit union whose members are farmers: a lender, not agriculture',
  },
  {
    id: 'fh-044',
    company: 'Seguros Atlântida, S.A.',
    text: `<p>A <strong>Seguros Atlântida</strong> é uma seguradora portuguesa com sede em Lisboa, presente no mercado há mais de 70 anos. Protegemos carros, casas, empresas e vidas de mais de 600 mil clientes, através de uma rede de 1.500 mediadores e do nosso canal digital.</p>
<p><strong>Função:</strong> Atuário(a) Júnior &ndash; Ramo Não Vida</p>
<p><strong>Local:</strong> Lisboa (regime híbrido)</p>`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },
  {
    id: 'fh-045',
    company: 'Trocaí Pagamentos Ltda.',
    text: `Quer construir o jeito como o Brasil recebe dinheiro? Aqui na Trocaí, pequenos negócios recebem por Pix, cartão e boleto com uma maquininha ou um link, e recebem o dinheiro na hora na conta digital Trocaí. Já são 1,3 milhão de lojistas, salões, oficinas e ambulantes usando a Trocaí em todo o país. Somos uma instituição de pagamento autorizada pelo Banco Central.

Vaga: Pessoa Engenheira de Software Backend Sênior (Java) – remoto.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },

  // Healthcare & Pharmaceuticals
  {
    id: 'fh-046',
    company: 'Severnvale Hospitals NHS Foundation Trust',
    text: `Severnvale Hospitals NHS Foundation Trust provides acute and specialist care to around 620,000 people across Worcestershire and the Welsh borders. Our two main hospitals have 1,150 beds, a major trauma unit and one of the busiest maternity services in the region, and we employ more than 8,000 staff.

Job summary
We are looking for an Information Analyst to join the Business Intelligence team, producing reports on waiting lists, bed occupancy and emergency department performance for clinical divisions and the Trust Board. Band 5. SQL and SSRS experience is desirable.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'public hospital trust: Healthcare, not Public Sector',
  },
  {
    id: 'fh-047',
    company: 'Larkspur Health',
    text: `<p><strong>About Larkspur Health</strong></p>
<p>Larkspur Health is a not-for-profit health system serving central Ohio, with 5 hospitals, 70 outpatient clinics, urgent care centers and a home health agency. Our 14,000 team members care for more than a million patients a year.</p>
<p><strong>Position Summary</strong></p>
<p>The Registered Nurse &ndash; Cardiac Step-Down provides direct patient care for adults recovering from cardiac procedures. Night shift, 36 hours per week. Sign-on bonus available.</p>
<p><strong>Responsibilities</strong></p>
<ul><li>Assess, plan and evaluate nursing care for a caseload of four to five patients</li><li>Monitor telemetry and respond to changes in condition</li><li>Educate patients and families before discharge</li></ul>
<p><strong>Requirements</strong>: current Ohio RN license, BLS and ACLS certification, one year of acute-care experience preferred.</p>
<p>Larkspur offers tuition reimbursement, a 403(b) with employer match, and free parking at every campus.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-048',
    company: 'Evening Star Home Care',
    text: `Our caregivers help 1,800 older adults across Phoenix and Tucson stay in the homes they love. We help with bathing, meals, medication reminders and getting to appointments, and our nurses coordinate with each client's doctor when needs change. Visits range from one hour a week to around-the-clock care.

Now hiring: Home Care Aides (part-time and full-time). Flexible schedules, weekly pay, paid training and mileage reimbursement. CPR certification preferred.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-049',
    company: 'Willowmere Care Homes Ltd',
    text: `# About us
Willowmere is a family-run group of 14 residential and nursing care homes in Kent and East Sussex, looking after 700 residents, many of them living with dementia. We were rated Good or Outstanding by the CQC across every home last year.

# About the role
We're looking for a Deputy Manager for our 72-bed nursing home in Tunbridge Wells. You will be an RGN with a current NMC PIN and at least two years' experience in a care setting.

# What you'll do
- Lead the nursing team on shift and support the Home Manager with audits, care plans and staff supervision
- Oversee medication management and liaise with GPs, district nurses and families
- Help prepare for CQC inspections and drive continuous improvement

# What we offer
A salary of up to £52,000, paid breaks, a free meal on every shift, funded revalidation and a real say in how the home is run.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-050',
    company: 'Tulsi Chemists Pvt. Ltd.',
    text: `Tulsi Chemists is a chain of 420 pharmacies across Tamil Nadu, Kerala and Karnataka. Our licensed pharmacists dispense prescriptions, advise customers on over-the-counter medicines and run free blood sugar and blood pressure checks, and the Tulsi app delivers medicines to the doorstep within two hours in 30 cities.

Position: Pharmacist (B.Pharm/D.Pharm), Coimbatore. Registration with the State Pharmacy Council is mandatory. Employee discount on purchases in all our stores.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: "pharmacy chain: Healthcare, although it has stores and a delivery app",
  },
  {
    id: 'fh-051',
    company: 'Sarvodha Pharmaceuticals Ltd.',
    text: `Sarvodha Pharmaceuticals manufactures generic formulations and active pharmaceutical ingredients for over 70 countries. Our four USFDA-approved plants near Hyderabad produce tablets, capsules and injectables across cardiology, diabetes and anti-infectives.

Opening: Executive – Quality Assurance (Formulations), Unit III, Pashamylaram. Responsibilities include batch record review, deviation and CAPA management and supporting regulatory audits. Candidates with M.Pharm and 2 to 5 years in an oral solid dosage plant are preferred.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'maker of medicines: Healthcare, though it runs factories',
  },
  {
    id: 'fh-052',
    company: 'Corvalis Therapeutics',
    text: `## Why Corvalis
Corvalis Therapeutics is a clinical-stage biotechnology company developing one-time gene therapies for inherited retinal diseases. Our lead program is in a Phase 2 trial for children with a rare form of blindness, and two more programs will enter the clinic next year.

## The opportunity
We are seeking a Scientist II, AAV Process Development, to join our team in South San Francisco. You will design and run upstream experiments to improve vector yield and quality and transfer processes to our manufacturing partners.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-053',
    company: 'Halden Orthopedics Inc.',
    text: `Halden Orthopedics designs and manufactures knee and hip replacement implants and the surgical instruments used to place them. More than 400,000 patients have received a Halden implant, and our products are used in 1,900 hospitals in North America and Europe.

We're hiring a Manufacturing Engineer for our machining and finishing plant in Warsaw, Indiana, to improve CNC processes for cobalt-chrome and titanium components and support FDA and ISO 13485 audits.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-device maker: Healthcare, not Manufacturing',
  },
  {
    id: 'fh-054',
    company: 'Tanjong Diagnostics Pte. Ltd.',
    text: `Tanjong Diagnostics is an accredited clinical laboratory serving more than 1,000 general practitioners, specialist clinics and hospitals in Singapore. Our laboratories run around 25,000 blood, urine and tissue tests every day, with results back to doctors within hours.

We are looking for a Medical Technologist (Haematology) to perform and validate tests, maintain analysers and take part in quality control. Shift work, including weekends on a rota.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-055',
    company: 'Bexley Clinical Research Ltd',
    text: `Clinical Research Associate II – home-based, UK

Bexley Clinical Research is a mid-sized contract research organisation that runs clinical trials for pharmaceutical and biotech companies. Over 25 years we have managed more than 900 studies in oncology, respiratory and rare diseases at 3,000 hospital sites across Europe.

As a CRA you'll monitor study sites, verify source data, make sure patient safety and protocol are respected, and build strong relationships with investigators.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-056',
    company: 'Cedarline Health Plan',
    text: `Cedarline Health Plan provides health insurance to 1.1 million members in Michigan and Indiana through employer, individual and Medicare Advantage plans. Our care managers and nurse line help members find the right doctor, fill prescriptions and manage chronic conditions.

Cedarline is hiring a Senior Actuarial Analyst to support premium rate filings, reserve calculations and medical cost trend analysis. Remote within Michigan or Indiana.

What you will do:
- Build and maintain models that project claims costs by line of business
- Prepare exhibits for state regulators and CMS bid submissions
- Explain results to finance, underwriting and provider-network colleagues

What you bring: a bachelor's degree in actuarial science, mathematics or statistics; progress toward ASA or FSA designation; strong Excel and SQL skills. Experience with Medicare Advantage is a plus. Cedarline supports exam study with paid study hours and covers exam fees.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'health insurer: Healthcare, not Finance',
  },
  {
    id: 'fh-057',
    company: 'Ridgeline Physio & Sports Medicine',
    text: `Ridgeline runs 18 physiotherapy clinics across Perth and the South West, treating everything from post-surgical knees and back pain to netball injuries. Our physiotherapists work alongside sports physicians, exercise physiologists and hand therapists, and we bill Medicare, DVA and private health funds.

We're after a Graduate or Early Career Physiotherapist for our Joondalup clinic, with structured mentoring, a CPD budget and subsidised gym membership.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'physiotherapy clinics; the gym membership is a staff perk',
  },
  {
    id: 'fh-058',
    company: 'Chartwise Systems',
    text: `Chartwise builds the electronic medical record used by 9,000 family physicians, nurse practitioners and walk-in clinics across Canada. Doctors use Chartwise to chart visits, e-prescribe, order labs and bill provincial health plans.

We are looking for a Clinical Implementation Specialist (Vancouver or remote in BC) who will train clinic teams, migrate patient data from legacy systems and support go-lives. A background as a medical office assistant or nurse is an asset.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-record software made for clinics',
  },
  {
    id: 'fh-059',
    company: 'Lumenray AI',
    text: `Radiologists read hundreds of scans a day. Lumenray's software reads them first: our FDA-cleared algorithms flag brain bleeds, pulmonary embolisms and fractures on CT and X-ray within minutes, so urgent cases reach the top of the worklist. Over 600 hospitals and imaging centers run Lumenray.

We are hiring a Senior Computer Vision Engineer in New York or Tel Aviv to train and validate detection models on large, de-identified imaging datasets.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-imaging AI made for hospitals',
  },
  {
    id: 'fh-060',
    company: 'Rotaly Ltd',
    text: `<p>Rotaly is the workforce platform that 70 NHS trusts and private hospitals use to roster nurses, doctors and allied health professionals, fill gaps with their own staff bank and cut agency spending. Every week, more than 250,000 clinical shifts are planned on Rotaly.</p>
<p>We&rsquo;re hiring a <strong>Senior Full-Stack Engineer (TypeScript, React, Node.js)</strong> to join our Manchester-based squad working on shift-booking for bank staff.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'staff-scheduling software made for hospitals',
  },
  {
    id: 'fh-061',
    company: 'Nirmaya Hospitals',
    text: `Nirmaya Hospitals is a network of 11 multispeciality hospitals across Pune, Nashik and Aurangabad with 2,400 beds, offering cardiac surgery, oncology, transplants and 24x7 emergency care. We treat more than 9 lakh patients every year.

Job title: Manager – Revenue Cycle (TPA and Insurance Desk). You will lead cashless claim processing with TPAs and insurers, reduce claim denials and manage the billing team.

Key responsibilities:
- Track pre-authorisation and final bill approvals for cashless admissions
- Analyse denials and short payments and work with clinical teams on documentation
- Coordinate with empanelled insurers on tariffs and package rates
- Prepare monthly receivables reports for the CFO

Requirements: graduate with 6 to 10 years of hospital billing or TPA experience; working knowledge of hospital information systems and MS Excel.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'hospital chain; the insurance desk is a job, not the business',
  },
  {
    id: 'fh-062',
    company: 'Pearlgate Dental Group',
    text: `Pearlgate Dental Group runs 23 dental clinics across Singapore and Johor Bahru, offering general dentistry, orthodontics, implants and children's dentistry. Our dentists see more than 15,000 patients a month.

Position: Dental Surgery Assistant (Tampines clinic). Prepare treatment rooms, sterilise instruments, assist dentists chairside and manage patient records. Training provided for fresh candidates.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-063',
    company: 'Carrow Recruitment',
    text: `Carrow Recruitment are proud to partner with our client, a leading independent hospital group with 30 hospitals across England, to recruit a Theatre Manager for their flagship hospital in Oxford.

Our client performs over 90,000 operations a year, mainly orthopaedic, ophthalmic and general surgery, for both private and NHS-funded patients.

You will be a registered nurse or ODP with significant theatre leadership experience. Excellent salary, car allowance and private medical cover.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'recruiter: the client, a hospital group, is the employer',
  },
  {
    id: 'fh-064',
    company: 'Brightwater Biologics Ltd',
    text: `Brightwater Biologics develops and manufactures vaccines. Our facility in Ringaskiddy, Co. Cork fills 200 million doses a year of paediatric and influenza vaccines for health systems in more than 40 countries.

Role: QC Microbiology Analyst (12-month contract)
- Environmental monitoring of grade A/B cleanrooms
- Sterility and endotoxin testing of in-process and finished product
- Supporting investigations and audits by the HPRA and FDA`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-065',
    company: 'St. Aldric Medical Center',
    text: `Software Engineer – Integration (HL7/FHIR)

You'll build and support the interfaces that connect our Epic environment with lab, radiology, pharmacy and billing systems, using Mirth Connect, Python and SQL Server. On-call rotation one week in six.

St. Aldric Medical Center is a 640-bed teaching hospital and Level I trauma center in Milwaukee, caring for patients from across eastern Wisconsin since 1893.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: "tech job at a hospital: the job's tools say nothing about the sector",
  },
  {
    id: 'fh-066',
    company: 'Coral Sea Pathology',
    text: `Our couriers collect samples from 2,500 medical practices and hospitals in North Queensland every day, and our laboratories in Townsville and Cairns report more than 10,000 pathology tests a day. Our pathologists are on call to discuss results with doctors around the clock.

Coral Sea Pathology is seeking Collection Officers (phlebotomists) for our patient collection centres in Cairns. Certificate III in Pathology Collection highly regarded.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'pathology laboratory; its couriers do not make it logistics',
  },
  {
    id: 'fh-067',
    company: 'Mindharbour Clinics',
    text: `Mindharbour provides outpatient psychiatry and psychological therapy for adults and adolescents at nine clinics in London and the South East, and by video. Our consultant psychiatrists, clinical psychologists and mental health nurses treat depression, anxiety, eating disorders and ADHD, and we take referrals from GPs and insurers. We are registered with the Care Quality Commission.

We are recruiting a Clinical Psychologist (HCPC registered), 0.8 FTE, to join our adult team in Guildford.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'clinical mental-health service, not consumer wellness',
  },
  {
    id: 'fh-068',
    company: 'Dosewell Pharmacy',
    text: `Dosewell is a licensed online pharmacy. Patients send us their prescriptions, or their doctors do, and our pharmacists check, pack and ship medication to their door in all 50 states, with automatic refills and a pharmacist on chat for questions. We fill 2 million prescriptions a year from our pharmacies in Columbus and Reno.

Join us as a Pharmacy Technician (certified) in Columbus, OH. Day and evening shifts available.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'online pharmacy: a pharmacy, not an online retailer',
  },
  {
    id: 'fh-069',
    company: 'Birchgrove Long-Term Care',
    text: `Birchgrove operates nine long-term care homes in Nova Scotia and New Brunswick, home to 1,100 residents who need 24-hour nursing support. Our teams of nurses, continuing care assistants, recreation therapists and dietary staff make each home a place where residents feel known.

Now hiring: Licensed Practical Nurse (LPN), Truro. Permanent full-time, rotating shifts, union position with health and dental benefits and a pension plan.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-070',
    company: 'Gliden Medical, Inc.',
    text: `&lt;p&gt;&lt;b&gt;About Gliden Medical&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gliden Medical makes a tubeless insulin pump and the app that connects it with continuous glucose monitors, so people with type 1 diabetes spend less time thinking about dosing. More than 150,000 people in the US and Europe wear a Gliden pump.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Job Description&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The Embedded Firmware Engineer will develop safety-critical firmware for our next-generation pump in compliance with IEC 62304.&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-071',
    company: 'Protea Family Clinics (Pty) Ltd',
    text: `Protea Family Clinics runs 35 primary care clinics in Gauteng and KwaZulu-Natal where families can see a GP, a nurse or a dentist without an appointment, at a fixed, affordable fee. We also run chronic-medication collection points and an on-site dispensary at each clinic.

We are looking for a Professional Nurse (Primary Health Care) for our Soweto clinic. Valid SANC registration required.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-072',
    company: 'ClaimCraft',
    text: `ClaimCraft is revenue-cycle software for hospitals and physician groups. We automate medical coding, claim scrubbing and denial management so that health systems get paid correctly by Medicare, Medicaid and commercial payers. Our customers include 240 hospitals and 4,000 physician practices.

We're looking for a Data Engineer (Snowflake, dbt, Airflow) to build the pipelines that power our denial-prediction models. Remote, US.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'billing software made for hospitals, despite its claims and payments vocabulary',
  },
  {
    id: 'fh-073',
    company: 'Osgrove',
    text: `Surgeons in 60 countries reach for an Osgrove instrument every day: forceps, retractors, needle holders and more than 3,000 other hand-finished instruments used in operating theatres. Everything is still forged, machined and inspected in our Sheffield workshop, and every instrument carries a lifetime guarantee.

Osgrove is recruiting a Regulatory Affairs Officer to maintain our technical files under the UK MDR and EU MDR and support our notified body audits.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'maker of surgical instruments: a medical-device company',
  },
  {
    id: 'fh-074',
    company: 'Calloway Kidney Care',
    text: `Three times a week, more than 11,000 patients with kidney failure come to one of our 140 dialysis centers in Texas, Louisiana and Oklahoma for treatment that keeps them alive. Our nephrologists, nurses, patient care technicians and dietitians know them by name.

Calloway Kidney Care is hiring a Patient Care Technician (PCT) for our Baton Rouge center. No dialysis experience? We'll train you, with paid certification.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'fh-075',
    company: 'Trialmark Pte. Ltd.',
    text: `Trialmark builds electronic data capture and randomisation software for clinical trials. Pharmaceutical companies, biotechs and contract research organisations use Trialmark to collect patient data at hospital sites, run drug supply and keep their studies inspection-ready. More than 1,200 trials in 50 countries have run on our platform.

We're hiring a Clinical Data Manager in Singapore to configure study databases and edit checks for our sponsor customers.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'clinical-trial software made for pharma and CROs',
  },
  {
    id: 'fh-076',
    company: 'Kliniken Rheinaue gGmbH',
    text: `Die Kliniken Rheinaue sind ein Verbund aus drei Krankenhäusern der Schwerpunktversorgung zwischen Speyer und Ludwigshafen. Mit 1.050 Betten und 2.900 Beschäftigten versorgen wir jährlich rund 52.000 stationäre und 110.000 ambulante Patientinnen und Patienten.

Wir suchen zum 1. Oktober eine Pflegefachkraft (m/w/d) für unsere Intensivstation, in Voll- oder Teilzeit. Wir bieten Vergütung nach TVöD, betriebliche Altersvorsorge, ein Jobrad und eine hauseigene Kita.

Ihre Aufgaben:
- Pflege und Überwachung beatmeter und intensivpflichtiger Patientinnen und Patienten
- Zusammenarbeit mit dem ärztlichen Dienst und der Physiotherapie
- Anleitung von Auszubildenden und neuen Kolleginnen und Kollegen

Ihr Profil: abgeschlossene Ausbildung als Pflegefachfrau/-mann oder Gesundheits- und Krankenpfleger/in, idealerweise mit Fachweiterbildung Intensiv- und Anästhesiepflege. Berufseinsteiger:innen arbeiten wir strukturiert ein.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'fh-077',
    company: 'Pflegedienst Sonnenweg',
    text: `Jeden Tag fahren unsere Pflegekräfte zu über 300 Menschen in Bielefeld und Umgebung nach Hause: Wir helfen bei der Körperpflege, verabreichen Medikamente, versorgen Wunden und sind da, wenn Angehörige eine Pause brauchen. Ein Dienstwagen steht jeder Tour zur Verfügung.

Für unser Team suchen wir examinierte Pflegefachkräfte (m/w/d) in Teilzeit oder Vollzeit, gern auch Wiedereinsteiger:innen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'fh-078',
    company: 'Hallberg Endoskopie GmbH',
    text: `<p><strong>Über uns</strong></p>
<p>Die Hallberg Endoskopie GmbH entwickelt und fertigt in Tuttlingen starre und flexible Endoskope, Kamerasysteme und Instrumente für die minimalinvasive Chirurgie. Kliniken in mehr als 80 Ländern operieren mit unseren Produkten.</p>
<p><strong>Deine Aufgaben als Qualitätsingenieur (m/w/d)</strong></p>
<ul><li>Pflege der technischen Dokumentation nach MDR</li><li>Bearbeitung von Reklamationen und CAPA</li><li>Begleitung von Audits der Benannten Stelle</li></ul>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'medical-device maker: Healthcare, not Manufacturing',
  },
  {
    id: 'fh-079',
    company: 'Mutuelle Santé Horizon',
    text: `Qui sommes-nous ?
Mutuelle Santé Horizon est une mutuelle de santé régie par le Code de la mutualité. Nous remboursons les frais de santé de 480 000 adhérents, salariés, indépendants et retraités, en complément de l'Assurance Maladie, et nous gérons les contrats collectifs de 6 000 entreprises.

Le poste : Chargé(e) de relation adhérents, basé(e) à Nantes. Vous répondez aux questions sur les remboursements, les devis optiques et dentaires et le tiers payant.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'health mutual insurer: Healthcare, not Finance',
  },
  {
    id: 'fh-080',
    company: 'Laboratoires Vernay',
    text: `Laboratoire pharmaceutique familial fondé en 1954, Laboratoires Vernay développe, fabrique et commercialise des médicaments en dermatologie et en pédiatrie. Nos 850 collaborateurs, répartis entre le siège de Lyon et l'usine de Saint-Priest, produisent chaque année 60 millions de boîtes distribuées en pharmacie dans 45 pays.

Nous recherchons un(e) Pharmacien(ne) Assurance Qualité en CDI pour notre site de production.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
  },
  {
    id: 'fh-081',
    company: 'Grupo Hospitalario Alcor',
    text: `# Quiénes somos
Grupo Hospitalario Alcor reúne 9 hospitales y 24 centros médicos en Andalucía y la Región de Murcia. Cada año atendemos más de 700.000 urgencias y realizamos 85.000 intervenciones quirúrgicas, con especial dedicación a traumatología, cardiología y oncología.

# Qué buscamos
Enfermero/a para la Unidad de Hospitalización Quirúrgica del Hospital Alcor Málaga. Contrato indefinido, turnos rotatorios.

# Funciones
- Valoración, planificación y seguimiento de los cuidados de los pacientes ingresados
- Administración de tratamientos y control de constantes
- Coordinación con el equipo médico y con las familias al alta

# Ofrecemos
Plan de acogida, formación continuada acreditada, seguro médico para ti y tu familia en nuestros centros y posibilidad de desarrollo en otras unidades del grupo.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'fh-082',
    company: 'Droguerías Altamira S.A.S.',
    text: `Droguerías Altamira es una cadena de 260 droguerías y farmacias en Bogotá, Medellín y el Eje Cafetero. Nuestros regentes de farmacia dispensan fórmulas médicas, aconsejan a los clientes y atienden domicilios las 24 horas.

Vacante: Regente de Farmacia para punto de venta en Pereira. Requisito: tarjeta profesional vigente. Ofrecemos contrato a término indefinido y descuentos en nuestras tiendas.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
    why: 'pharmacy chain: Healthcare, though it has points of sale',
  },
  {
    id: 'fh-083',
    company: 'Ensaya Clinical S.L.',
    text: `¿Te interesa la investigación clínica? En Ensaya gestionamos ensayos clínicos de fase I a IV para laboratorios farmacéuticos y empresas de biotecnología. Desde Barcelona coordinamos más de 120 estudios activos en 400 hospitales de España, Portugal y Latinoamérica, sobre todo en oncología y enfermedades raras.

Buscamos un/a Monitor/a de Ensayos Clínicos (CRA) con al menos un año de experiencia, para trabajar en remoto con viajes a centros.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'fh-084',
    company: 'RSA Villa dei Glicini',
    text: `Chi siamo
Villa dei Glicini è una residenza sanitaria assistenziale alle porte di Bergamo che accoglie 120 ospiti anziani non autosufficienti. Medici, infermieri, fisioterapisti e operatori socio-sanitari garantiscono assistenza 24 ore su 24, con un nucleo dedicato alle persone con Alzheimer.

Cerchiamo Infermieri/e per turni diurni e notturni. Contratto a tempo indeterminato, CCNL sanità privata.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'fh-085',
    company: 'Diagnostica Lariana S.r.l.',
    text: `<p>Diagnostica Lariana gestisce sei centri di diagnostica per immagini e laboratorio analisi tra Como e Lecco, accreditati con il Servizio Sanitario Regionale. Ogni anno eseguiamo oltre 200.000 esami tra risonanze magnetiche, TAC, ecografie e prelievi.</p>
<p>Per il centro di Cantù ricerchiamo un/una <strong>Tecnico Sanitario di Radiologia Medica</strong>, iscritto/a all&rsquo;albo.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'fh-086',
    company: 'Farmaceutici Brenta S.p.A.',
    text: `Farmaceutici Brenta è un'azienda farmaceutica italiana fondata a Padova nel 1962. Sviluppiamo e produciamo farmaci iniettabili sterili e colliri per ospedali e farmacie in Italia e in oltre 30 paesi. Il nostro stabilimento di Piove di Sacco è autorizzato da AIFA ed ispezionato dalla FDA.

Ricerchiamo un/una Validation Specialist da inserire nel team Convalide, per la qualifica di impianti, sistemi e processi asettici.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'maker of medicines: Healthcare, though it runs a plant',
  },
  {
    id: 'fh-087',
    company: 'Zorggroep De Linde',
    text: `Over ons
Zorggroep De Linde biedt ouderenzorg in de Achterhoek: zes verpleeghuizen, kleinschalig wonen voor mensen met dementie en wijkverpleging bij ruim 1.400 cliënten thuis. Met 2.100 medewerkers en 900 vrijwilligers zorgen we ervoor dat ouderen zo lang mogelijk zelf de regie houden.

Wij zoeken een Wijkverpleegkundige (niveau 5) voor ons team in Doetinchem, 24 tot 32 uur per week.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'fh-088',
    company: 'Dossiera B.V.',
    text: `Dossiera ontwikkelt het elektronisch patiëntendossier voor de geestelijke gezondheidszorg en de gehandicaptenzorg. Behandelaars bij ruim 150 zorginstellingen in Nederland en Vlaanderen rapporteren, plannen en declareren in Dossiera.

Voor ons ontwikkelteam in Utrecht zoeken we een Medior .NET Developer die samen met zorgprofessionals nieuwe functionaliteit bouwt.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'patient-record software made for care providers',
  },
  {
    id: 'fh-089',
    company: 'Amparo Saúde',
    text: `&lt;p&gt;&lt;strong&gt;Quem somos&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;A Amparo Saúde é uma operadora de planos de saúde com 900 mil beneficiários em São Paulo e no Paraná. Além da rede credenciada, temos 14 clínicas próprias de atenção primária e um hospital-dia em Curitiba.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Vaga&lt;/strong&gt;: Analista de Regulação Médica Pleno&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'health plan operator: a health insurer, so Healthcare',
  },
  {
    id: 'fh-090',
    company: 'Clínica Maré Alta',
    text: `Na Maré Alta, cuidamos de quem precisa de reabilitação depois de um AVC, de uma cirurgia ortopédica ou de um acidente. A nossa clínica em Matosinhos tem 60 camas de internamento, ginásio de fisioterapia, hidroterapia e terapia da fala, e acompanha cerca de 2.000 doentes por ano.

Procuramos Fisioterapeuta com cédula profissional para integrar a equipa de neurorreabilitação.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: "rehabilitation clinic; its physiotherapy 'ginásio' is not a gym business",
  },

  // Unclassified: neighbours that use finance or health words
  {
    id: 'fh-091',
    company: 'Hedgerow Veterinary Group',
    text: `Hedgerow Veterinary Group is an independent group of 12 small-animal practices and a 24-hour referral hospital in Devon and Cornwall. Our vets, nurses and receptionists look after 60,000 registered pets, and our hospital has orthopaedic, soft-tissue surgery and imaging teams.

We're looking for a Registered Veterinary Nurse to join our Exeter hospital on a four-day week. We offer CPD allowance, RCVS fees paid, pet healthcare plan discounts and a cycle-to-work scheme.`,
    sector: null,
    lang: 'en',
    why: 'vets are unclassified, despite hospital, surgery and nurses',
  },
  {
    id: 'fh-092',
    company: 'IronVale Fitness',
    text: `IronVale operates 48 gyms across Texas and Oklahoma, most of them open 24/7, with free weights, group classes, recovery zones and a personal-training team in every club. Over 230,000 members work out with us.

We are hiring Personal Trainers for our Austin-area clubs. Certification (NASM, ACE, ISSA) required; CPR/AED certification within 30 days. Benefits include medical, dental and a free premium membership.`,
    sector: null,
    lang: 'en',
    why: 'gyms are not Healthcare',
  },
  {
    id: 'fh-093',
    company: 'Lotus Quay Spa',
    text: `<p><strong>About us</strong></p>
<p>Lotus Quay Spa is a day spa by the Singapore River offering massages, facials, body scrubs and hydrotherapy pools. Guests come to us to slow down, and our therapists create treatments around each guest's needs.</p>
<p><strong>We are hiring</strong>: Spa Therapist (full-time). Certified in Swedish and deep-tissue massage; attractive commission and staff treatments.</p>`,
    sector: null,
    lang: 'en',
    why: 'spa and wellness are not Healthcare',
  },
  {
    id: 'fh-094',
    company: 'Kingsbridge University',
    text: `Kingsbridge University Medical School trains 1,200 medical students and carries out research in cardiovascular science, infection and population health. Our students learn on placement with our NHS hospital partners across the region.

Research Fellow in Health Data Science (fixed term, 36 months). You will analyse linked primary-care and hospital records to study outcomes after heart attack, working in R and Python on a secure data platform. Grade 7.

The post sits within the Institute of Population Health, a group of 90 researchers including epidemiologists, statisticians and clinicians. You will have a PhD (or be close to completion) in epidemiology, statistics, data science or a related field and experience of working with large routinely collected health datasets.

Benefits include 41 days' annual leave including university closure days, a generous pension scheme, and access to the University sports centre and staff development programmes.`,
    sector: null,
    lang: 'en',
    why: 'university medical school: education, even with hospital partners',
  },
  {
    id: 'fh-095',
    company: 'Halvorsen Institute for Cancer Research',
    text: `The Halvorsen Institute is an independent, non-profit research institute in Seattle devoted to understanding how cancers begin and how they resist treatment. Our 40 laboratories are funded by federal grants and private philanthropy, and our discoveries are published openly.

The Computational Biology Core seeks a Bioinformatics Scientist to analyse single-cell and spatial sequencing data in collaboration with laboratory scientists.`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute, though it studies cancer',
  },
  {
    id: 'fh-096',
    company: "Brightlight Children's Cancer Trust",
    text: `Brightlight is a UK charity supporting children and young people with cancer, and their families. We fund research into kinder treatments, run a helpline and provide free holiday homes for families during and after treatment. All of our work is paid for by supporters' donations.

Digital Fundraising Manager (London or home-based). You will grow regular giving through paid social and search, email journeys and our Christmas appeal.`,
    sector: null,
    lang: 'en',
    why: 'charity: unclassified, even when its cause is health',
  },
  {
    id: 'fh-097',
    company: 'Crestmoor Property Management',
    text: `Crestmoor manages 140 office, medical office and retail buildings across the Dallas–Fort Worth area on behalf of institutional owners. Our tenants range from bank branches and law firms to dental practices and urgent care clinics.

Position: Property Manager, Medical Office Portfolio. Oversee leasing coordination, budgets, vendor contracts and tenant relations for eleven medical office buildings.`,
    sector: null,
    lang: 'en',
    why: "property manager; its tenants' businesses don't matter",
  },
  {
    id: 'fh-098',
    company: 'Ashcombe Wright LLP',
    text: `Ashcombe Wright is a full-service law firm with offices in London, Leeds and Frankfurt. Our Banking & Finance practice advises lenders, borrowers and private equity sponsors on leveraged finance, real estate finance and restructuring, and our Life Sciences team acts for pharmaceutical and medical device clients.

We are recruiting a 3–5 PQE Associate to join the Banking & Finance team in London.`,
    sector: null,
    lang: 'en',
    why: 'law firm, even its banking practice',
  },
  {
    id: 'fh-099',
    company: 'Northwind Energy – Trading',
    text: `Northwind Energy generates and supplies electricity and gas to 2.3 million homes and businesses in Great Britain from a fleet of wind farms, gas-fired plants and battery sites. Our Trading team in Glasgow manages the group's exposure in wholesale power and gas markets and optimises our plants and batteries.

We are hiring a Short-Term Power Trader to trade day-ahead and intraday markets. Experience with EPEX and N2EX is an advantage.

In this role you will:
- Trade the group's short-term position around forecasts for wind output and customer demand
- Dispatch our battery sites into the Balancing Mechanism and ancillary services
- Work with quants and data scientists to improve forecasting and bidding tools

You'll have two or more years' experience on a power trading desk, quick numerical judgment and a cool head when the wind forecast changes at 3am. Python is a plus. Shifts cover 24/7 operations.`,
    sector: null,
    lang: 'en',
    why: "utility's trading desk: energy is unclassified, not Finance",
  },
  {
    id: 'fh-100',
    company: 'Pellham Advisory',
    text: `Pellham Advisory is a management consultancy of 300 people. We help leadership teams in banking, insurance, healthcare and the public sector redesign how they operate: cost programmes, operating-model change and post-merger integration. Our clients include four of the ten largest UK lenders and several NHS integrated care boards.

Senior Consultant – Financial Services Operations. You will lead workstreams on client engagements, typically on site in London or Edinburgh three days a week.

What you'll do
- Diagnose operational performance through process mapping, data analysis and interviews
- Design target operating models and build the business case for change
- Coach client teams through implementation and manage junior consultants

About you
Four or more years of consulting or transformation experience, ideally including financial services. Strong structured thinking, confident with Excel and PowerPoint. Benefits include private medical insurance, a 10% pension contribution and an annual learning budget.`,
    sector: null,
    lang: 'en',
    why: 'management consultancy, whatever its clients',
  },
  {
    id: 'fh-101',
    company: 'Ryeland Recruitment',
    text: `Ryeland Recruitment are recruiting on behalf of our client for a Finance Business Partner on a permanent basis in Birmingham.

Our client is a growing organisation with a turnover of around £80m. Reporting to the Head of Finance, you will support budget holders with forecasting, variance analysis and month-end.

The ideal candidate will be CIMA or ACCA qualified with strong Excel skills. Salary up to £58,000 plus benefits including private health insurance and 25 days' holiday plus bank holidays.`,
    sector: null,
    lang: 'en',
    why: "recruiter names no client's business; finance job and health insurance perk say nothing",
  },
  {
    id: 'fh-102',
    company: 'Assurance Testing Laboratories Inc.',
    text: `For 40 years, manufacturers have sent us their products to prove they are safe before they reach the market. Assurance Testing Laboratories tests and certifies electrical equipment, toys, furniture and building materials against UL, CSA and IEC standards in our labs in Illinois and Ontario.

We are looking for a Test Engineer, Electrical Safety, to run tests, write reports and work with client engineering teams.`,
    sector: null,
    lang: 'en',
    why: "'assurance' here is product testing, not insurance",
  },
  {
    id: 'fh-103',
    company: 'Ironclad Cover Security Ltd',
    text: `Ironclad Cover provides manned guarding, mobile patrols and key holding for offices, retail parks, construction sites and hospitals across Greater Manchester. We employ 650 SIA-licensed officers.

Security Officer – Night Cover – £12.60 per hour
You'll patrol the site, monitor CCTV, control access and complete incident reports. Valid SIA door supervisor or security guarding licence essential.`,
    sector: null,
    lang: 'en',
    why: "security company: 'cover' means shifts, and hospitals are only one site",
  },
  {
    id: 'fh-104',
    company: 'Tallis Construction',
    text: `Tallis Construction is a main contractor delivering schools, hospitals, laboratories and public buildings across the East of England, with an annual turnover of £420 million. We are currently building a new 200-bed hospital wing in Norwich and a research centre for a university in Cambridge.

Senior Quantity Surveyor – Healthcare Projects. You'll manage cost plans, subcontract packages and valuations from pre-construction through to handover.

Requirements
- Degree in Quantity Surveying or Commercial Management; MRICS desirable
- Experience on NEC4 contracts of £20m+
- Healthcare or education projects preferred

Package
£70,000 to £80,000, car allowance, 10% pension, private healthcare and 27 days' holiday plus bank holidays. We are a Considerate Constructors Scheme partner and support our people through chartership.`,
    sector: null,
    lang: 'en',
    why: 'builder; hospitals are its projects, not its business',
  },
  {
    id: 'fh-105',
    company: 'Brightwell Facilities Services',
    text: `From hospital wards to bank headquarters, Brightwell keeps buildings clean, safe and running. Our 9,000 colleagues provide cleaning, catering, portering and maintenance for offices, schools, airports and NHS sites across England and Wales.

We are recruiting a Domestic Supervisor for a hospital contract in Cardiff, leading a team of 25 cleaners and making sure infection-control standards are met on every shift.`,
    sector: null,
    lang: 'en',
    why: 'facilities company serving many kinds of buildings',
  },
  {
    id: 'fh-106',
    company: 'Saltwater Yoga',
    text: `We're a community of seven yoga and pilates studios on Sydney's northern beaches, running 350 classes a week from sunrise vinyasa to yin and prenatal yoga. Our members come for the movement and stay for the people.

Saltwater Yoga is looking for a Studio Manager for our Manly studio: run the front desk team, look after members, build the class timetable with our teachers and grow memberships.`,
    sector: null,
    lang: 'en',
    why: 'yoga studios: wellness, not Healthcare',
  },
  {
    id: 'fh-107',
    company: 'Wagstaff Pet Resorts',
    text: `Wagstaff Pet Resorts runs dog daycare, overnight boarding and grooming at 16 locations in Ohio and Pennsylvania. Every pet gets a health check on arrival, and we work with local veterinary clinics when a guest needs medication or care during a stay.

Now hiring: Pet Care Associates (full-time and part-time). Love dogs? Comfortable lifting 40 lbs? Apply today.`,
    sector: null,
    lang: 'en',
    why: 'animal care is unclassified',
  },
  {
    id: 'fh-108',
    company: 'Northfield College of Nursing',
    text: `Northfield College of Nursing is a private, accredited nursing school in Calgary. We offer practical nurse diplomas and a bridging program for internationally educated nurses, and our students complete clinical placements in hospitals and long-term care homes across Alberta.

We are hiring a Nursing Instructor (Clinical) to supervise students on placement and teach in our simulation lab. Active CRNA registration required.`,
    sector: null,
    lang: 'en',
    why: 'nursing school: education, though it trains nurses',
  },
  {
    id: 'fh-109',
    company: 'Hartfield Freight Ltd',
    text: `Hartfield Freight is a third-party logistics provider with 11 warehouses and a fleet of 400 vehicles in the Midlands and the North. We store, pick and deliver goods for customers in pharmaceuticals, automotive parts, beverages and publishing, including temperature-controlled storage for medicines.

We are looking for a Transport Planner to plan daily routes for our trunking and multi-drop fleet using our TMS. Shift pattern: 4 on, 4 off.`,
    sector: null,
    lang: 'en',
    why: 'logistics serving many industries; pharmaceuticals are one client group',
  },
  {
    id: 'fh-110',
    company: 'Oakhurst Living',
    text: `<p>Oakhurst Living builds and manages retirement villages for people aged 65 and over who want to downsize without giving up their independence. Our 19 villages across New Zealand offer apartments and villas with a residents' lounge, pool and bowling green; we do not provide nursing or personal care.</p>
<p>We're looking for a <strong>Village Manager</strong> for our Tauranga village, responsible for residents, property maintenance and sales of homes as they come up.</p>`,
    sector: null,
    lang: 'en',
    why: 'retirement housing without care: real estate, not a care home',
  },
  {
    id: 'fh-111',
    company: 'Pulse & Vine Media',
    text: `Pulse & Vine Media publishes magazines, websites and podcasts about health, fitness, food and personal finance, read by 14 million people a month in the UK and Australia. Our titles include a weekly health podcast and a money website for first-time buyers.

We're hiring a Commissioning Editor, Health, to plan features, commission freelance writers and work with medical reviewers to keep our advice accurate.`,
    sector: null,
    lang: 'en',
    why: 'publisher; its subjects are health and money',
  },
  {
    id: 'fh-112',
    company: 'Redfern Creative',
    text: `Redfern is an independent creative agency of 120 people in Toronto. We make brand campaigns, websites and social content for clients in banking, pharmaceuticals, packaged foods and tourism, and our recent work includes a national campaign for a credit union and a launch for an allergy medication.

We're hiring an Art Director with 5+ years of agency experience and a portfolio that shows range.`,
    sector: null,
    lang: 'en',
    why: 'advertising agency with clients in many industries',
  },
  {
    id: 'fh-113',
    company: 'Verdant Credits',
    text: `Verdant Credits develops forest restoration and cookstove projects in Kenya, Uganda and Madagascar and sells the verified carbon credits they generate to companies offsetting their emissions. Each project is certified under an independent standard and monitored by satellite.

We are looking for a Carbon Project Analyst in Nairobi to model emission reductions, prepare monitoring reports and support the registration of new projects.`,
    sector: null,
    lang: 'en',
    why: "'credits' are carbon offsets, not lending",
  },
  {
    id: 'fh-114',
    company: 'Riverside Leisure Trust',
    text: `Riverside Leisure Trust is a not-for-profit charitable trust running 9 leisure centres, 6 swimming pools and a climbing wall for the people of Hampshire. Every surplus is reinvested into our facilities and community programmes such as free swimming for under-8s.

Lifeguard / Leisure Assistant. Casual hours available; NPLQ required, or we'll train you. Free membership for staff and their families.`,
    sector: null,
    lang: 'en',
    why: 'sport and leisure are unclassified',
  },
  {
    id: 'fh-115',
    company: 'Centre for Household Finance Research',
    text: `# Who we are
The Centre for Household Finance Research is an independent, non-profit research institute in Washington, DC. We study how American families save, borrow and plan for retirement, and our findings on debt, payday loans and retirement savings are used by policymakers and consumer groups. We are funded by foundations and accept no funding from financial firms.

# The role
Research Associate to clean and analyse survey and credit-bureau data in Stata and R.`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute, though it studies finance',
  },
  {
    id: 'fh-116',
    company: 'Prairie Grain Co-operative',
    text: `Prairie Grain is a farmer-owned co-operative with 7,500 members across Saskatchewan and Manitoba. We handle, store and market our members' wheat, canola and pulses through 28 elevators, and sell seed, fertiliser and crop protection products. Profits are returned to members as patronage dividends and equity.

We're hiring a Grain Merchandiser in Regina to buy grain from members, manage basis and freight, and sell to domestic processors and exporters.`,
    sector: null,
    lang: 'en',
    why: "farmers' co-operative; dividends and equity are not Finance",
  },
  {
    id: 'fh-117',
    company: 'SafeStep Training Ltd',
    text: `&lt;p&gt;SafeStep Training delivers first aid, fire safety, manual handling and health and safety courses to 4,000 employers a year, at our centres in Leicester and Derby or on site. Our trainers are former paramedics, nurses and fire officers.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Job title:&lt;/strong&gt; First Aid Trainer (self-employed or PAYE)&lt;/p&gt;`,
    sector: null,
    lang: 'en',
    why: "training provider; 'health and safety' is not healthcare",
  },
  {
    id: 'fh-118',
    company: 'Tierklinik am Stadtpark GmbH',
    text: `Über uns
Die Tierklinik am Stadtpark in Hannover ist rund um die Uhr für Hunde, Katzen und Heimtiere da. Unser Team aus 22 Tierärztinnen und Tierärzten sowie 40 Tiermedizinischen Fachangestellten versorgt jährlich über 30.000 Patienten, mit eigener Chirurgie, CT und Intensivstation.

Wir suchen eine Tiermedizinische Fachangestellte (m/w/d) in Voll- oder Teilzeit. Wir bieten Fortbildungsbudget, Zuschuss zur Krankenzusatzversicherung und vergünstigte Behandlung eigener Haustiere.`,
    sector: null,
    lang: 'de',
    why: 'veterinary clinic: vets are unclassified',
  },
  {
    id: 'fh-119',
    company: 'Stadtwerke Auenfeld – Energiehandel',
    text: `Die Stadtwerke Auenfeld versorgen 180.000 Haushalte und Betriebe mit Strom, Gas, Fernwärme und Wasser und betreiben zwei Heizkraftwerke sowie Wind- und Solarparks. Unser Bereich Energiehandel beschafft Strom und Gas an der Börse und im OTC-Markt, vermarktet die Erzeugung unserer Anlagen und steuert die Risiken des Portfolios.

Wir suchen eine:n Portfoliomanager:in Strom (m/w/d) mit Erfahrung im Intraday- und Terminhandel.`,
    sector: null,
    lang: 'de',
    why: "municipally owned utility's trading unit: sector of its business, energy, is unclassified",
  },
  {
    id: 'fh-120',
    company: 'Thalasso Côte Sauvage',
    text: `<p><strong>Qui sommes-nous&nbsp;?</strong></p>
<p>Face à l&rsquo;océan, à Quiberon, notre centre de thalassothérapie accueille chaque année 25&nbsp;000 curistes pour des séjours bien-être&nbsp;: bains d&rsquo;eau de mer, enveloppements d&rsquo;algues, massages et soins du visage, avec un hôtel de 80 chambres et un restaurant.</p>
<p>Nous recrutons des <strong>Hydrothérapeutes</strong> (CDD saisonnier, avril à octobre).</p>`,
    sector: null,
    lang: 'fr',
    why: 'thalassotherapy spa and hotel: wellness, not Healthcare',
  },
  {
    id: 'fh-121',
    company: 'Delorme Vasseur Avocats',
    text: `Delorme Vasseur est un cabinet d'avocats d'affaires parisien de 90 avocats. Notre département Banque & Finance conseille des banques, des fonds de dette et des emprunteurs sur leurs financements d'acquisition et leurs restructurations ; notre équipe Santé accompagne des laboratoires et des cliniques en droit réglementaire.

Nous recherchons un(e) collaborateur(trice) de 2 à 4 ans d'expérience pour rejoindre l'équipe Banque & Finance.

Vos missions :
- rédaction et négociation de contrats de crédit, de sûretés et d'intercréanciers ;
- accompagnement des clients lors des audits et des closings ;
- participation au développement de la pratique (articles, séminaires).

Profil : titulaire du CAPA, formation en droit bancaire ou droit des affaires, anglais courant indispensable. Rémunération attractive, mutuelle prise en charge à 100 % et télétravail deux jours par semaine.`,
    sector: null,
    lang: 'fr',
    why: 'law firm, though its clients are banks and clinics',
  },
  {
    id: 'fh-122',
    company: 'Clínica Veterinaria Los Robles',
    text: `Somos una clínica veterinaria con hospitalización 24 horas en Valencia. Atendemos perros, gatos y animales exóticos, con servicio de cirugía, diagnóstico por imagen y un laboratorio propio. Cada mes pasan por nuestras consultas más de 2.500 mascotas.

Buscamos Auxiliar Técnico Veterinario (ATV) para turno de tarde. Se valorará experiencia en hospitalización y manejo de animales exóticos.`,
    sector: null,
    lang: 'es',
    why: "'clínica' of a vet: animal care is unclassified",
  },
  {
    id: 'fh-123',
    company: 'Fundación Levante de Investigación Biomédica',
    text: `Quiénes somos
La Fundación Levante de Investigación Biomédica es una entidad sin ánimo de lucro que impulsa la investigación en enfermedades cardiovasculares y metabólicas. Sus 28 grupos de investigación trabajan en colaboración con hospitales y universidades de Alicante y Murcia, y se financian con convocatorias públicas y mecenazgo.

Se busca Técnico/a de Laboratorio para el grupo de Genómica, con contrato vinculado a proyecto.`,
    sector: null,
    lang: 'es',
    why: 'non-profit research foundation, though it works with hospitals',
  },
  {
    id: 'fh-124',
    company: 'Terme di Valcorva',
    text: `Le Terme di Valcorva, in Trentino, accolgono ogni anno 60.000 ospiti tra piscine termali, percorsi benessere, massaggi e trattamenti estetici, con un hotel di 110 camere immerso nei boschi.

Per la stagione invernale cerchiamo Massaggiatori/Massaggiatrici ed Estetiste con esperienza. Offriamo vitto e alloggio e contratto stagionale CCNL turismo.`,
    sector: null,
    lang: 'it',
    why: 'thermal spa and hotel: wellness and hospitality',
  },
  {
    id: 'fh-125',
    company: 'Bertoldi & Partners',
    text: `Bertoldi & Partners è una società di consulenza direzionale con sedi a Milano e Roma. Affianchiamo banche, compagnie assicurative, aziende ospedaliere e gruppi industriali nella definizione della strategia, nella riorganizzazione dei processi e nella gestione del cambiamento.

Ricerchiamo un/una Consultant, con 2-3 anni di esperienza in consulenza, per la practice Financial Services.`,
    sector: null,
    lang: 'it',
    why: 'management consultancy, whatever its clients',
  },
  {
    id: 'fh-126',
    company: 'Van Rijswijk Vastgoedbeheer',
    text: `Van Rijswijk Vastgoedbeheer beheert namens beleggers ruim 9.000 woningen en 120 bedrijfspanden in de Randstad, waaronder gezondheidscentra, bankkantoren en winkelcentra. Wij regelen de verhuur, het onderhoud en de servicekosten en zijn het aanspreekpunt voor huurders.

Wij zoeken een Technisch Vastgoedbeheerder voor ons kantoor in Den Haag, 36 tot 40 uur.`,
    sector: null,
    lang: 'nl',
    why: "property manager; the tenants' businesses don't matter",
  },
  {
    id: 'fh-127',
    company: 'Instituut voor Voeding en Gezondheid',
    text: `Het Instituut voor Voeding en Gezondheid is een onafhankelijk, non-profit onderzoeksinstituut in Wageningen. Wij onderzoeken hoe voeding bijdraagt aan gezond ouder worden en delen onze resultaten openbaar met overheden, artsen en het publiek. Ons onderzoek wordt gefinancierd door fondsen en subsidies.

Vacature: Postdoc Epidemiologie (1,0 fte, 3 jaar) voor een cohortstudie onder 20.000 deelnemers.`,
    sector: null,
    lang: 'nl',
    why: 'non-profit research institute on nutrition and health',
  },
  {
    id: 'fh-128',
    company: 'Flexwerk Uitzendbureau',
    text: `Voor onze opdrachtgever in de regio Eindhoven zoeken wij een Financieel Administratief Medewerker (32-40 uur). Je verwerkt inkoop- en verkoopfacturen, doet bankmutaties en ondersteunt bij de maandafsluiting.

Wat bieden wij?
- Salaris tussen €2.800 en €3.300
- Collectieve zorgverzekering met korting
- Kans op een vast contract

Flexwerk is een uitzendbureau met 14 vestigingen in Brabant en Limburg.`,
    sector: null,
    lang: 'nl',
    why: "staffing agency names no client's business; health insurance is a perk",
  },
  {
    id: 'fh-129',
    company: 'Academia Corpo Livre',
    text: `A Corpo Livre é uma rede de academias com 35 unidades em Belo Horizonte e região, com musculação, aulas coletivas, natação e lutas. Mais de 80 mil alunos treinam com a gente.

Vaga: Professor(a) de Educação Física – Musculação
Requisitos: graduação em Educação Física e registro no CREF ativo. Benefícios: vale-transporte, plano odontológico e treino gratuito.`,
    sector: null,
    lang: 'pt',
    why: "'academia' here is a gym, neither a school nor Healthcare",
  },
  {
    id: 'fh-130',
    company: 'Faculdade Ribeirinha de Ciências da Saúde',
    text: `Sobre nós
A Faculdade Ribeirinha de Ciências da Saúde é uma instituição de ensino superior privada em Coimbra que forma enfermeiros, fisioterapeutas e técnicos de análises clínicas. Os nossos 1.800 estudantes fazem estágios em hospitais e centros de saúde da região Centro.

Procuramos Docente de Enfermagem (tempo integral), com doutoramento e experiência clínica.`,
    sector: null,
    lang: 'pt',
    why: 'higher education, though it trains health professionals',
  },

  // Information Technology: software and IT firms with banks or hospitals among many clients
  {
    id: 'fh-131',
    company: 'Saptarishi Infotech Pvt. Ltd.',
    text: `Saptarishi Infotech is an IT services company with 6,500 engineers in Chennai, Pune and Kochi. We build and run applications, migrate systems to the cloud and provide testing and support for clients in banking, insurance, healthcare, retail and manufacturing across the US, UK and Middle East.

Hiring: .NET Full Stack Developer (Angular, Azure), 4 to 8 years, Chennai. Work from office three days a week.

Key skills:
- C#, ASP.NET Core, Entity Framework and REST APIs
- Angular 14+ and TypeScript
- Azure App Services, Functions and DevOps pipelines
- SQL Server and query optimisation

You will work directly with client product owners in onsite-offshore teams and follow Agile practices. Immediate joiners or candidates with up to 30 days' notice preferred. Benefits include group health insurance for you and your family, a learning portal and quarterly performance bonuses.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services across many industries',
  },
  {
    id: 'fh-132',
    company: 'Emberly Cloud Ltd',
    text: `Emberly runs UK-sovereign cloud infrastructure from three data centres in Wales and the North West. Banks, NHS trusts, councils, universities and software companies host their most sensitive workloads with us because their data never leaves the UK and our platform is certified to ISO 27001 and Cyber Essentials Plus.

We're looking for a Platform Engineer (OpenStack, Ceph, Ansible) to build and operate the compute and storage layers of our cloud.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'cloud provider for many industries, banks and hospitals among them',
  },
  {
    id: 'fh-133',
    company: 'Bastion Grid Security',
    text: `<p><strong>About Bastion Grid</strong></p>
<p>Bastion Grid is a managed detection and response provider. Our 24/7 security operations center watches the networks of 800 organizations &mdash; regional hospitals, credit unions, manufacturers, school districts and law firms &mdash; and stops attacks before they spread.</p>
<p><strong>Role</strong>: SOC Analyst II (Tier 2), Charlotte, NC. Triage alerts in our SIEM and EDR tools, investigate incidents and guide customers through containment.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'security provider serving many industries',
  },
  {
    id: 'fh-134',
    company: 'Testwright Sp. z o.o.',
    text: `We're hiring a QA Automation Engineer (Playwright, TypeScript) in Kraków or remote in Poland.

Testwright is a software testing company. Our 350 testers and automation engineers work as part of product teams at fintech start-ups, healthtech companies, online retailers and game studios across Europe, covering test automation, performance and accessibility testing.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software testing firm; fintech and healthtech are two of many clients',
  },
  {
    id: 'fh-135',
    company: 'Cloudgum Consulting Pty Ltd',
    text: `Cloudgum is a Salesforce consulting partner with 80 certified consultants in Melbourne and Sydney. We design and implement Sales Cloud, Service Cloud and Marketing Cloud for banks, universities, charities, health insurers and utilities, and support them after go-live.

We're hiring a Salesforce Developer (Apex, LWC, integrations). Salesforce Platform Developer I certification required.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT consultancy with clients in many industries; Salesforce is a tool',
  },
  {
    id: 'fh-136',
    company: 'Lattice Point Analytics',
    text: `Lattice Point is a data and AI consultancy in Singapore. We help organisations across Asia build data platforms and put machine learning into production: demand forecasting for a regional airline, churn models for a bank, bed-occupancy forecasting for a hospital group, and route optimisation for a logistics company.

Role: Senior Data Engineer (Databricks, Spark, Azure). You will design lakehouse pipelines for client projects and mentor junior engineers.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data consultancy with clients across industries',
  },
  {
    id: 'fh-137',
    company: 'Parsewell',
    text: `Parsewell turns documents into data. Our document AI reads invoices, insurance claims, medical records, bills of lading and tax forms, pulls out the fields that matter and sends them into the systems our customers already use. Insurers, hospitals, logistics companies and accounting firms process 400 million pages a year with Parsewell.

We're hiring a Senior ML Engineer (NLP / document understanding), remote in the US or Canada.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'document AI for many industries, not made for one',
  },
  {
    id: 'fh-138',
    company: 'Stillwater',
    text: `Stillwater is a meditation and sleep app used by 9 million people. Our guided meditations, sleep stories and breathing exercises help people feel calmer, and we're available on iOS, Android and the web in 12 languages.

We're looking for a Senior iOS Engineer (Swift, SwiftUI) to build new audio and personalisation features. Fully remote within the UK or EU; company-wide wellness days and a subscription to the app for you and a friend.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'consumer wellness app: a software company, and wellness is not Healthcare',
  },
  {
    id: 'fh-139',
    company: 'Prairiebeam IT Services',
    text: `Prairiebeam is a managed IT services provider in Winnipeg. We look after the computers, networks, Microsoft 365 and backups of 300 small and mid-sized organizations: dental and medical clinics, accounting and law firms, non-profits and manufacturers.

IT Support Technician (Level 1/2): answer helpdesk tickets, set up laptops, manage user accounts and visit client sites when needed.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'managed IT for many kinds of small businesses',
  },
  {
    id: 'fh-140',
    company: 'Kaldera Semiconductor',
    text: `Kaldera designs low-power microcontrollers and secure elements. Our chips are inside card payment terminals, glucose meters, smart meters, car keys and industrial sensors, and we ship more than 600 million units a year through distributors and direct to device makers.

Job: Analog Design Engineer, San Jose, CA. Design and verify ADCs, LDOs and oscillators in advanced CMOS processes.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'chip maker, whatever devices use its chips',
  },
  {
    id: 'fh-141',
    company: 'Buildloop',
    text: `# About Buildloop
Buildloop is a low-code platform for building internal apps and workflows. Operations teams at banks, hospitals, government agencies and manufacturers use Buildloop to replace spreadsheets and paper forms with secure apps, without waiting in the IT queue. We're a 200-person company with offices in London and Bengaluru.

# The role
Developer Advocate (EMEA): write tutorials, speak at meetups and turn community feedback into product improvements.

# You might be a fit if
- You have built apps yourself, in code or with low-code tools, and enjoy explaining how
- You can write a clear tutorial and record a short video about it
- You're comfortable on stage in front of both developers and business users

# Benefits
Equity, 28 days' holiday, private health insurance, a home-office budget and two volunteering days a year.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'platform for many industries',
  },
  {
    id: 'fh-142',
    company: 'Aurelian Labs, Inc.',
    text: `Aurelian Labs is an AI research and product company. We train large language models and sell access to them through an API and enterprise products; our customers range from banks and hospital systems to law firms, retailers and game studios.

We're hiring a Research Engineer, Pretraining, in San Francisco to scale training runs across thousands of GPUs and improve data pipelines.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'AI lab that is a company, with customers in many industries',
  },
  {
    id: 'fh-143',
    company: 'Trustline ID',
    text: `Trustline ID verifies that people are who they say they are. Our identity checks, ID document scanning and liveness detection run inside the sign-up flows of banks, online marketplaces, telecom operators, car-sharing services and dating apps in 30 countries.

We are looking for a Senior Backend Engineer (Go, Postgres, Kafka) to work on our verification API in Toronto or remote in Canada.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'identity checks for many industries, not made for banks alone',
  },
  {
    id: 'fh-144',
    company: 'Softwarehaus Brückner GmbH',
    text: `Wir sind ein inhabergeführtes Softwarehaus aus Münster mit 120 Mitarbeitenden. Seit 25 Jahren entwickeln wir individuelle Software und Schnittstellen für Banken, Krankenhäuser, Logistikunternehmen und Stadtverwaltungen – von der Anforderungsanalyse bis zum Betrieb in unserem eigenen Rechenzentrum.

Zur Verstärkung suchen wir eine:n Java-Entwickler:in (m/w/d) mit Erfahrung in Spring Boot und Kubernetes.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'software company with clients in many industries',
  },
  {
    id: 'fh-145',
    company: 'Numéria Conseil',
    text: `Qui sommes-nous ?
Numéria est une entreprise de services du numérique (ESN) de 900 consultants, présente à Paris, Lille et Nantes. Nous accompagnons nos clients des secteurs banque, assurance, santé, énergie et industrie dans le développement de leurs applications, la migration vers le cloud et la sécurité de leurs systèmes.

Nous recherchons un(e) Développeur(se) Full Stack Java / Angular pour une mission longue chez un client du secteur bancaire à Lille.

Vos missions :
- concevoir et développer des API REST en Java 17 / Spring Boot ;
- développer les écrans en Angular ;
- participer aux cérémonies agiles et aux revues de code.

Profil recherché : bac+5 en informatique, au moins trois ans d'expérience en développement Java, une première expérience en méthode agile. Nous offrons un accompagnement personnalisé, un budget formation et certification, une mutuelle et des titres-restaurant.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: "IT services firm; the mission's bank client is not the employer",
  },
  {
    id: 'fh-146',
    company: 'Hébergia SAS',
    text: `<p>H&eacute;bergia est un h&eacute;bergeur fran&ccedil;ais certifi&eacute; HDS et ISO&nbsp;27001. Depuis nos quatre datacenters en r&eacute;gion lyonnaise, nous h&eacute;bergeons les applications de 2&nbsp;500 clients&nbsp;: &eacute;diteurs de logiciels, mutuelles, collectivit&eacute;s, &eacute;tablissements de sant&eacute; et sites e-commerce.</p>
<p>Nous recrutons un&middot;e <strong>Ing&eacute;nieur&middot;e Syst&egrave;mes Linux</strong> (CDI, Villeurbanne).</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'hosting provider for many kinds of clients, health among them',
  },
  {
    id: 'fh-147',
    company: 'Nubeluz Software S.L.',
    text: `En Nubeluz diseñamos y desarrollamos aplicaciones web y móviles a medida. Somos 70 personas en Sevilla y Madrid y hemos trabajado para aseguradoras, clínicas dentales, cadenas hoteleras, bancos y startups de toda Europa.

Buscamos Desarrollador/a Frontend con React y TypeScript. Teletrabajo total o híbrido, jornada intensiva en verano.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'software agency with clients in many industries',
  },
  {
    id: 'fh-148',
    company: 'Sistemi Lagunari S.r.l.',
    text: `&lt;p&gt;&lt;strong&gt;Chi siamo&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Sistemi Lagunari è una società di consulenza informatica di Mestre. Dal 2004 progettiamo infrastrutture di rete, gestiamo data center e sviluppiamo software gestionali per aziende sanitarie, istituti di credito, enti pubblici e imprese del Nord-Est.&lt;/p&gt;&lt;p&gt;Cerchiamo un/una Sistemista Windows/Linux.&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'IT consultancy with health, credit and public clients',
  },
  {
    id: 'fh-149',
    company: 'Datakade B.V.',
    text: `Datakade bouwt een dataplatform waarmee organisaties hun data veilig kunnen delen en analyseren zonder dat die hun eigen omgeving verlaat. Ziekenhuizen, verzekeraars, gemeenten en energiebedrijven gebruiken Datakade voor gezamenlijke analyses.

Voor ons team in Rotterdam zoeken we een Senior Data Engineer (Python, Spark, Kubernetes).`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'data platform for many industries',
  },
  {
    id: 'fh-150',
    company: 'Codeflora Tecnologia Ltda.',
    text: `A Codeflora é uma software house de Florianópolis com 250 pessoas desenvolvedoras. Criamos produtos digitais, apps e integrações para bancos, hospitais, varejistas e agronegócio, com squads dedicadas a cada cliente.

Estamos contratando Pessoa Desenvolvedora Back-end Pleno (Node.js, PostgreSQL, AWS). Trabalho 100% remoto, vale-alimentação e plano de saúde.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'software house for many industries; the health plan is a perk',
  },
];
