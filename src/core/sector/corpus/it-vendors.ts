// Employer introductions of software and IT companies, of vendors whose products exist for one sector (labelled
// with that sector), of recruiters posting for a client, and of software-adjacent employers in none of the seven
// sectors. Labels follow docs/sector-labels.md.
import type { SectorExample } from './example.ts';

export const IT_VENDORS: SectorExample[] = [
  // Information Technology & Software Development: software, cloud, IT services, data and AI, hardware, platforms.
  {
    id: 'iv-001',
    company: 'Brackenfield Labs',
    text: `Brackenfield is a software company that builds contract lifecycle tools for legal and procurement teams. More than 1,400 organisations – from shipping lines and universities to city councils and pharmaceutical firms – draft, negotiate and sign agreements in Brackenfield every day. We're a team of 180 spread between Boston, Dublin and Kraków, and we're hiring a Senior Backend Engineer (Go, PostgreSQL) to help us rebuild our clause-search service so that it answers in milliseconds instead of seconds.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software sold to many industries',
  },
  {
    id: 'iv-002',
    company: 'Orbitry, Inc.',
    text: `We're looking for a Staff Engineer to join our build-execution team.

# About Orbitry
Orbitry runs continuous integration for about 60,000 engineering teams. When a developer pushes a commit, our schedulers spin up an isolated runner, cache what can be cached, and report back — usually before the coffee is poured. We are remote-first across North America, with hubs in Denver and Toronto.

# What you'll do
- Own the scheduler that places 9 million jobs a day
- Cut cold-start time for Linux and macOS runners
- Work with the security team on runner isolation`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-003',
    company: 'Halcyon Cloud GmbH',
    text: `# Über uns
Die Halcyon Cloud GmbH betreibt seit 2011 eigene Rechenzentren in Frankfurt am Main und Nürnberg. Rund 9.000 Kundinnen und Kunden – vom Onlineshop über Agenturen bis zur Stadtverwaltung – hosten bei uns virtuelle Server, Managed Kubernetes und S3-kompatiblen Objektspeicher, DSGVO-konform und ausschließlich in Deutschland.

# Deine Aufgaben
Als Linux Systemadministrator (m/w/d) betreust du unsere Virtualisierungsplattform auf Basis von KVM und Ceph und automatisierst mit Ansible und Terraform.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'hosting provider; online shops and city offices are only customers',
  },
  {
    id: 'iv-004',
    company: 'Brightmoor Consulting Pvt. Ltd.',
    text: `<p><strong>About Brightmoor</strong></p><p>Brightmoor Consulting is an IT services company headquartered in Pune with delivery centres in Hyderabad and Coimbatore. Our 3,200 engineers build and support applications for banking, insurance, healthcare and retail clients in India, the UK and the Middle East &ndash; from mainframe modernisation to cloud migration and test automation.</p><p><strong>Role:</strong> Java Technical Lead (Spring Boot, Microservices), 8&ndash;12 years, Pune (hybrid).</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services for many industries; banking clients do not make it Finance',
  },
  {
    id: 'iv-005',
    company: 'Vantasse',
    text: `<p>Every day, around four billion events flow through Vantasse pipelines: clicks from travel sites, sensor readings from wind farms, lab results from hospital networks, orders from grocery apps. Six hundred customers use us to collect that data, model it in SQL and ship it to their warehouses without writing glue code.</p><p>We&rsquo;re hiring a <strong>Senior Data Engineer</strong> for the connectors team in Toronto or remotely in Canada. You&rsquo;ll build and maintain the connectors our customers rely on most, in Python and Rust.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data-pipeline product used across many industries',
  },
  {
    id: 'iv-006',
    company: 'Nimbleforge Games',
    text: `Nimbleforge Games is an independent studio in Montreal making narrative adventure games for PC and consoles. Our last title, a hand-painted mystery set on a Breton island, sold over a million copies, and we're now in pre-production on something bigger. We're a studio of 45 people and we'd like a Gameplay Programmer (C++, Unreal Engine 5) who loves tools as much as mechanics. Bilingual team; English is our working language.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-007',
    company: 'Ossory AI',
    text: `## Research Engineer, Pre-training

Ossory is an AI research company in London building large language models that can reason over long technical documents. We train our own models from scratch on our own cluster, publish much of what we learn, and license the models to other companies through an API.

## The role
You'll work on data mixtures, tokenisation and training stability for our next generation of models. Strong PyTorch, experience with distributed training (FSDP, tensor parallelism) and a taste for careful experiments matter more than a PhD.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-008',
    company: 'Sablecore Semiconductor Inc.',
    text: `Sablecore Semiconductor designs and manufactures low-power processors for edge servers and network appliances. Our fab in Round Rock, Texas, produces 28 nm and 16 nm wafers, and our design teams in Austin and Bengaluru tape out a new chip roughly every nine months. We are hiring a Process Integration Engineer to join the fab team on day shift: you will own yield improvement for the metal layers, run designed experiments and work with the design team on test structures.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'chip maker is IT by the rule, although it runs a fab',
  },
  {
    id: 'iv-009',
    company: 'Tessellate Systems Pte. Ltd.',
    text: `Tessellate Systems builds rack-scale servers for AI training clusters. Our liquid-cooled racks, each holding 72 accelerators, are assembled in Johor and shipped to hyperscale and research data centres in Asia and Europe. From our engineering centre in Singapore we design the boards, the cooling loops and the firmware that keeps all of it running. Join us as a Firmware Engineer (BMC / OpenBMC, embedded Linux) and help bring up our next platform.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'server maker for data centres is IT, not Manufacturing',
  },
  {
    id: 'iv-010',
    company: 'Loomwise',
    text: `hey 👋 we're Loomwise — the place where 11 million knitters, weavers and embroiderers post their projects, swap patterns and argue about yarn weights. It's a social network, but a kind one (really: our moderation team is famous for it). We're 38 people, mostly remote, with a tiny office in Portland. We're looking for an iOS engineer who ships in SwiftUI and cares about feeds that feel fast on a five-year-old phone.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-011',
    company: 'Fennick',
    text: `Fennick is a search engine that doesn't track you. Four million people a day use it to search the web, and we pay for it with contextual ads that never rely on a profile. Our index of 9 billion pages is built and ranked by a team of 60 in Zürich and Berlin. As a Search Quality Engineer you'll design ranking experiments, build evaluation sets with our raters and ship changes to the ranker that millions of people notice the next morning.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-012',
    company: 'Cindervault Security Ltd',
    text: `Role: Incident Response Consultant – Manchester / hybrid

Cindervault Security is a UK cybersecurity firm. Our 24/7 security operations centre watches the networks of around 300 organisations – high-street banks, NHS trusts, local councils, manufacturers and law firms – and our incident responders are the people they call at 3 a.m. when something goes wrong. We're CREST accredited and growing fast. Benefits include private health insurance, 27 days' holiday plus bank holidays, and a training budget of £3,000 a year.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'security firm with clients in many sectors; health insurance and bank holidays are benefits',
  },
  {
    id: 'iv-013',
    company: 'Prismetric Analytics',
    text: `Prismetric makes self-service analytics software. Finance teams use it to close the month, supermarket chains to watch margins by store, insurers to track claims, factories to follow scrap rates — same product, same dashboards, different data. We're 400 people across Chicago, London and Sydney, and we're hiring a Product Designer for the dashboard editor, the part of Prismetric that every one of those users touches first.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'general-purpose analytics used by many industries',
  },
  {
    id: 'iv-014',
    company: 'Hollowell Technologies S.A.',
    text: `Quiénes somos

Hollowell Technologies es una consultora tecnológica con sede en Madrid y oficinas en Sevilla y Bilbao. Desde hace quince años ayudamos a empresas de energía, transporte, banca y administración pública a desarrollar software a medida, migrar a la nube y mantener sus aplicaciones críticas. Somos 650 profesionales.

Buscamos un/a Desarrollador/a .NET Senior para un proyecto de modernización de aplicaciones.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'IT consultancy serving many industries',
  },
  {
    id: 'iv-015',
    company: 'Datafjord AS',
    text: `Datafjord is a data consultancy in Oslo. We're 70 data engineers, analytics engineers and ML engineers who build data platforms for Nordic companies — a ferry operator, a salmon farmer, two municipalities and an online pharmacy are among this year's clients. We work in small teams, usually on Snowflake or Databricks with dbt. Now hiring: Analytics Engineer, Norwegian or English speaking.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data consultancy; clients span sectors',
  },
  {
    id: 'iv-016',
    company: 'Stackmere Pty Ltd',
    text: `# Who we are
Stackmere is a headless content management system. Developers model content once and publish it to websites, apps, kiosks and smart TVs through our GraphQL API. Around 2,000 teams use Stackmere, from newsrooms and universities to airlines.

# The job
Senior Frontend Engineer (React, TypeScript), Sydney CBD or remote within Australia. You'll own the content editor: the part of Stackmere that non-developers see every day.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-017',
    company: 'Threnody Audio',
    text: `Threnody Audio writes software instruments and effect plug-ins for music producers. Our synths run inside every major digital audio workstation on macOS and Windows, and our reverb is on more records than we can keep track of. We're a small team of 22 in Bristol and we're looking for a DSP Engineer (C++, JUCE) who can turn a paper on filter design into something that sounds good at 48 kHz.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-018',
    company: 'Ardentis Informatique SAS',
    text: `Qui sommes-nous ?

Ardentis est une entreprise de services numériques (ESN) lyonnaise de 420 collaborateurs. Nous accompagnons nos clients – industriels, mutuelles, collectivités et acteurs de la grande distribution – dans le développement de leurs applications, l'infogérance de leurs systèmes et leur passage au cloud.

Dans le cadre de notre croissance, nous recrutons un(e) Ingénieur(e) DevOps (Kubernetes, GitLab CI, Terraform) en CDI.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'IT services firm with clients in several sectors',
  },
  {
    id: 'iv-019',
    company: 'Mirelle AI',
    text: `Mirelle AI sells computer-vision APIs: upload an image and our models return the text in it, the objects, the faces blurred or the document cropped, in 40 ms. Developers at 5,000 companies — photo apps, insurers, logistics firms, museums — call us about 300 million times a month. Based in Paris, team of 55, Series B. We're hiring an ML Engineer to own model serving on GPUs (Triton, ONNX, CUDA).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'general AI API; insurers are one customer group among many',
  },
  {
    id: 'iv-020',
    company: 'Corvane',
    text: `You'll join the team that keeps 14,000 Kubernetes clusters alive for Corvane's customers. When a node dies at 4 a.m. in Frankfurt, Virginia or Mumbai, your automation should already have replaced it before anyone is paged. Customers bring containers; we run everything under them — control planes, upgrades, networking, backups.

Site Reliability Engineer, remote (EU or US time zones).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-021',
    company: 'Pellucid Software B.V.',
    text: `Over ons
Pellucid bouwt planningssoftware voor projectteams. Bouwbedrijven, ingenieursbureaus, zorginstellingen en overheden plannen er hun mensen en middelen mee – in totaal zo'n 90.000 gebruikers. We zitten met 110 collega's in een oud postkantoor in Utrecht.

Wij zoeken een Medior Backend Developer (C#, .NET 8, Azure) die meebouwt aan onze nieuwe planningsengine.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'planning software used across industries',
  },
  {
    id: 'iv-022',
    company: 'Bramblecode',
    text: `Bramblecode is an app development agency in Leeds. Clients come to us with an idea and we design, build and run the app: a booking app for a chain of climbing gyms, a field-inspection tool for a water company, a loyalty app for a regional bakery. We're 30 people, mostly engineers. We need an Android Developer (Kotlin, Jetpack Compose) with a couple of years' experience and opinions about offline sync.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software agency; the loyalty app is a client project',
  },
  {
    id: 'iv-023',
    company: 'Glimmerdeck',
    text: `&lt;p&gt;&lt;strong&gt;About Glimmerdeck&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Glimmerdeck is an observability platform. Engineering teams send us their logs, metrics and traces, and we help them find out why production is slow before their customers do. More than 3,500 companies run Glimmerdeck, and we ingest about 40 petabytes a month.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;The role&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;As a Senior Software Engineer on Storage, you will work on our columnar storage engine, written in Rust, and make queries over months of data return in seconds.&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-024',
    company: 'Solvane Tecnologia Ltda.',
    text: `Sobre nós
A Solvane é uma empresa de tecnologia de São Paulo especializada em outsourcing de desenvolvimento de software. Nossos squads trabalham para clientes de varejo, agronegócio, saúde e serviços financeiros, no Brasil e nos Estados Unidos. Somos mais de 800 pessoas, com trabalho 100% remoto.

Estamos contratando Pessoa Desenvolvedora Full Stack Sênior (Node.js, React, AWS).`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'software outsourcing for many industries',
  },
  {
    id: 'iv-025',
    company: 'Greyhaven Data Centres Pte. Ltd.',
    text: `Greyhaven operates three carrier-neutral data centres in Singapore and one in Jakarta, with 64 MW of IT capacity. Cloud providers, banks, streaming platforms and research institutes rent cages and racks from us, and we run the power, cooling and connectivity behind them. Our newest site buys its power from a solar plant in Batam. We are looking for a Critical Facilities Engineer to look after the electrical and mechanical plant on a rotating shift.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data-centre operator is hosting; the power plant is a supplier',
  },
  {
    id: 'iv-026',
    company: 'Tidewater Interactive',
    text: `Tidewater Interactive makes free-to-play puzzle games for phones. About 9 million people play one of our three titles every month. We're 120 people in Helsinki, and we like small teams that own a game end to end. We're hiring a Senior Game Economy Designer — someone who can look at retention curves and in-app purchase data and say what will make the next season more fun, not just more profitable.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-027',
    company: 'Umbral Systems GmbH',
    text: `Umbral Systems ist ein SAP-Beratungshaus mit 240 Beraterinnen und Beratern in München, Stuttgart und Wien. Wir führen S/4HANA bei mittelständischen Unternehmen ein – bei Maschinenbauern und Automobilzulieferern ebenso wie bei Lebensmittelherstellern, Handelsketten und Energieversorgern – und betreuen ihre Systeme danach im Application Management.

Für unser Team Logistik suchen wir eine/n SAP EWM Berater/in (m/w/d).`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'SAP consultancy with customers in many industries, not a manufacturer',
  },
  {
    id: 'iv-028',
    company: 'Kestrel Peak Software',
    text: `Kestrel Peak Software builds applicant tracking and onboarding software for mid-sized employers. Hotels, trucking firms, school districts and hospitals use Kestrel Peak to post jobs, screen applicants and get new hires through their first week. We're based in Salt Lake City with 260 employees.

Perks: medical, dental and vision insurance from day one, 401(k) match, and a home-office stipend.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'hiring software for any employer; medical insurance is a benefit',
  },
  {
    id: 'iv-029',
    company: 'Ostrander Group – Cloud Services',
    text: `Ostrander Group is a family-owned group with businesses in building materials, farm equipment and hotels. This role is in Ostrander Cloud Services, the group's technology company: 150 engineers who run the group's data centres and, since 2021, sell managed hosting and backup services to more than 400 outside customers in the Midwest. We're hiring a Cloud Platform Engineer (VMware, Azure, Terraform) for our Des Moines office.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'group posting; the hiring unit is a hosting company',
  },
  {
    id: 'iv-030',
    company: 'Calloway Compute',
    text: `We rent GPUs. Lots of them: Calloway Compute runs 18,000 accelerators in three data centres in Texas and Oregon, and AI start-ups, universities and film studios train models on them by the hour. Our software makes a cluster of a thousand GPUs feel like a single machine.

We're hiring a Distributed Systems Engineer for the scheduler team (Go, Kubernetes, Slurm).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-031',
    company: 'Moonquarry',
    text: `# hi, we're Moonquarry
Moonquarry is a no-code app builder. People who have never written a line of code — a nurse manager, a sales ops lead, a teacher — build internal tools on it by dragging blocks around. 70,000 apps and counting.

# why this role
Our block editor is getting slow on big apps. You'll be the Senior Frontend Engineer who fixes that (TypeScript, React, some canvas wizardry). Remote, anywhere from UTC-5 to UTC+2.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'app builder for anyone; the nurse manager is a user, not the employer',
  },
  {
    id: 'iv-032',
    company: 'Inferlytics S.r.l.',
    text: `Chi siamo
Inferlytics è una società di consulenza in intelligenza artificiale nata a Milano nel 2016. Progettiamo e sviluppiamo modelli di machine learning su misura per aziende di settori diversi: moda, assicurazioni, energia, logistica. Lavoriamo in piccoli team misti di data scientist e ingegneri.

Cerchiamo un/una Machine Learning Engineer con esperienza in Python, MLOps e deployment su cloud.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'AI consultancy with clients in many sectors',
  },
  {
    id: 'iv-033',
    company: 'Papercrane',
    text: `<h3>About Papercrane</h3><p>Papercrane lets anyone send a document for signature and get it back signed in minutes. Estate agents use it for tenancy agreements, law firms for engagement letters, banks for account openings, HR teams for offer letters &ndash; 180,000 businesses in 40 countries.</p><h3>About the role</h3><p>We&rsquo;re looking for a Security Engineer to join our Dublin team and own our audit trail and document-integrity features.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'e-signature product for every industry',
  },
  {
    id: 'iv-034',
    company: 'Holmfirth Digital Ltd',
    text: `Holmfirth Digital is a managed IT service provider for small businesses across West Yorkshire. We look after the laptops, networks, Microsoft 365 tenancies and backups of about 250 clients — dental practices, accountants, solicitors, schools, estate agents and charities.

1st/2nd Line Support Engineer wanted: you'll visit client sites a couple of days a week, so a full UK driving licence is essential.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT support firm; dental and accountancy clients do not set its sector',
  },
  {
    id: 'iv-035',
    company: 'Strata Nine',
    text: `Strata Nine is a streaming platform for documentaries. Members in 60 countries watch 3,000 films on phones, TVs and browsers; we license the films, and we build everything else ourselves — the players, the recommendations, the encoding pipeline. We're hiring a Senior Video Engineer (FFmpeg, HLS/DASH, AV1) in London or Lisbon.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'streaming platform is an internet platform (IT), not a broadcaster',
  },
  {
    id: 'iv-036',
    company: 'Zephyrine Labs',
    text: `Zephyrine Labs is building a fault-tolerant quantum computer out of trapped ions. Our second-generation system has 56 qubits and is available to researchers through our cloud service. Engineering happens in Boulder, Colorado. We're looking for a Quantum Compiler Engineer to work on the software that maps circuits onto our hardware's native gates (Python, Rust; MLIR a plus).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-037',
    company: 'Cobaltline Networks Inc.',
    text: `Cobaltline Networks designs high-radix Ethernet switches and network operating software for the data centres where AI models are trained. Our 800G switches connect GPU clusters at cloud providers and large research labs. HQ in San Jose, engineering in Vancouver.

Hiring: Senior ASIC Verification Engineer (SystemVerilog, UVM).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'networking for data centres is IT, not equipment for telecom operators',
  },
  {
    id: 'iv-038',
    company: 'Marlowe & Finch',
    text: `<p>Marlowe &amp; Finch is a software consultancy of 90 engineers and designers in Edinburgh and Glasgow. We build bespoke web platforms for clients in public services, energy, travel and higher education, usually in TypeScript and Python on AWS, and we stay with them long after launch.</p><p><strong>We&rsquo;re hiring:</strong> Lead Developer. You&rsquo;ll lead a team of four to six, pair with our clients&rsquo; product owners and still write code every week.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software consultancy; public-service clients do not make it Public Sector',
  },
  {
    id: 'iv-039',
    company: 'Quantia Software S.L.',
    text: `Buscamos Desarrollador/a Backend (PHP, Symfony) para nuestra oficina de Valencia.

Quantia es una empresa de software valenciana que desarrolla una aplicación de gestión de proyectos y control horario para pymes. La usan más de 12.000 empresas en España y Latinoamérica: estudios de arquitectura, talleres, clínicas veterinarias, agencias de publicidad… Somos 85 personas y crecemos cada año.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
  },
  {
    id: 'iv-040',
    company: 'Threadline',
    text: `Threadline is feature-flag and experimentation software. Product teams wrap new code in a Threadline flag, roll it out to 1% of users, watch the metrics and either ship or roll back, without a deploy. We serve 70 billion flag evaluations a day for 1,800 customers.

Remote across the US and Canada. We're looking for an Engineering Manager for our SDK team.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-041',
    company: 'Wexford Data Services Pvt. Ltd.',
    text: `Wexford Data Services prepares training data for AI companies. From our centres in Chennai and Madurai, 2,600 annotators label images, transcribe audio in eleven Indian languages and rate chatbot answers for model builders in the US and Europe. Our in-house platform assigns tasks, checks quality and tracks every label. We are hiring a Python Developer (Django, PostgreSQL) to extend the platform.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-042',
    company: 'Nordlicht Software AG',
    text: `Über uns
Die Nordlicht Software AG entwickelt seit 2004 Werkzeuge für automatisierte Softwaretests. Mehr als 1.500 Entwicklungsteams – bei Versicherungen, Autobauern, Onlinehändlern und Behörden – testen ihre Web- und Desktopanwendungen mit unserem Produkt. Wir sind 190 Kolleginnen und Kollegen in Hamburg und Leipzig.

Wir suchen: Softwareentwickler (m/w/d) Java für unser Test-Engine-Team.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'testing tools sold across industries',
  },
  {
    id: 'iv-043',
    company: 'Bellcourt Systems Ltd',
    text: `Job: QA Engineer (Playwright, TypeScript), Reading, Berkshire.

Bellcourt Systems makes field-service software: engineers who fix lifts, boilers, fire alarms and vending machines get their jobs, parts lists and customer signatures on our mobile app. 700 service companies use it.

What we offer: 25 days' holiday plus bank holidays, a cycle-to-work scheme, private medical cover and a learning budget.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'field-service software for many trades; bank holidays are a benefit',
  },
  {
    id: 'iv-044',
    company: 'Sparrowhawk Labs',
    text: `Sparrowhawk Labs makes a password manager used by 6 million people and 40,000 businesses. Everything is end-to-end encrypted: we can't see your passwords even if we wanted to. We're a remote team of 140 across the US, Canada and the UK. Join as a Senior Cryptography Engineer and help us add passkeys and post-quantum key exchange.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
  },
  {
    id: 'iv-045',
    company: 'Algoritmo Vivo S.r.l.',
    text: `Algoritmo Vivo è una software house torinese: dal 2009 sviluppiamo applicazioni web e mobile su commissione e un nostro prodotto per la gestione delle prenotazioni, usato da palestre, musei, teatri e studi professionali in tutta Italia. Siamo 40 persone.

Posizione aperta: Sviluppatore/Sviluppatrice Frontend (Vue.js, TypeScript). Contratto a tempo indeterminato, smart working due giorni a settimana.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
  },
  {
    id: 'iv-046',
    company: 'Cirrusdale Pty Ltd',
    text: `<p><strong>Cloud Engineer – AWS | Melbourne</strong></p><p>Cirrusdale is an AWS Advanced Tier Services Partner. For eight years we&rsquo;ve helped Australian organisations move to the cloud and run well once they&rsquo;re there &ndash; superannuation funds, universities, a state transport agency, retailers and mining companies among them. We&rsquo;re 65 people and we&rsquo;d like you to be the 66th.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'cloud consultancy serving many industries',
  },
  {
    id: 'iv-047',
    company: 'Klaarbit B.V.',
    text: `Wie zijn wij?
Klaarbit maakt een cloud-datawarehouse voor het mkb. Bedrijven koppelen hun boekhouding, webshop, CRM en planning in een paar klikken en krijgen één plek waar al hun data samenkomt. Ruim 3.000 klanten, van groothandels tot installatiebedrijven.

Vacature: Data Engineer (Python, Kafka, ClickHouse) – Amsterdam, 32-40 uur.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'data warehouse for all kinds of small firms; webshop and bookkeeping are data sources',
  },
  {
    id: 'iv-048',
    company: 'Lumenaire Technologies SAS',
    text: `Lumenaire Technologies est un éditeur de logiciels de cybersécurité toulousain. Notre sonde de détection d'intrusion protège les réseaux de 600 organisations : hôpitaux, collectivités, industriels de l'aéronautique, opérateurs d'énergie. Nous sommes 150, dont la moitié en R&D.

Nous recherchons un(e) Analyste SOC N2 pour rejoindre notre centre de supervision.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'security vendor serving many sectors',
  },
  {
    id: 'iv-049',
    company: 'Hexbridge Software Lda.',
    text: `Quem somos
A Hexbridge é uma software house de Lisboa que desenvolve produtos digitais para empresas do norte da Europa – nearshore, no mesmo fuso horário. Os nossos 220 engenheiros trabalham para clientes de seguros, media, mobilidade e energia.

Procuramos um(a) Engenheiro(a) de Software Sénior (Java, Kotlin, Spring) para uma equipa dedicada a um cliente nos Países Baixos.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
  },
  {
    id: 'iv-050',
    company: 'Tallowin',
    text: `Tallowin is a search and recommendations API. Online shops use it to rank products, job boards to match candidates, news publishers to pick the next article, and recipe sites to answer "what can I cook with leeks?". You send us your catalogue and your click data; we return results in under 50 ms. Team of 48 in Berlin and remote. Hiring a Search Relevance Engineer (Python, Elasticsearch, learning to rank).`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'API sold to shops and to many other industries',
  },

  // Vendors made for one sector: labelled with the sector their customers are in.
  {
    id: 'iv-051',
    company: 'Ledgerline Systems',
    text: `Ledgerline Systems builds the core ledger that 230 credit unions and community banks in the US run on. When a member deposits a paycheck, pays off a car loan or opens a share certificate, the posting happens in our software. We're based in Madison, Wisconsin, and we're hiring a Senior .NET Engineer to help move our platform from nightly batch to real-time posting.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'core banking software made for lenders',
  },
  {
    id: 'iv-052',
    company: 'Veritrace',
    text: `<p>Every time a card issued by one of our 140 partner banks is tapped, swiped or used online, Veritrace scores the payment for fraud in under 40 milliseconds. Our models decide whether the issuer approves, declines or asks the cardholder to confirm in the app &ndash; about 30 million decisions a day.</p><p>We&rsquo;re looking for a <strong>Senior ML Engineer</strong> to work on our real-time graph features. Offices in London and Vilnius.</p>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'fraud scoring for card issuers',
  },
  {
    id: 'iv-053',
    company: 'Claimwright',
    text: `# About Claimwright
Claimwright is claims software for property and casualty insurers. When a storm floods a street, adjusters at our customers open the claims in Claimwright, send a surveyor, approve the repair and pay out — and the policyholder follows it all on their phone. Twenty-two insurers in the US and Canada run their claims on us.

# The role
Senior Product Manager, Claims Automation. Remote (US/Canada).`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'claims software made for insurers',
  },
  {
    id: 'iv-054',
    company: 'Fiscora GmbH',
    text: `Fiscora entwickelt Buchhaltungs- und Lohnsoftware für Steuerberatungskanzleien. Mehr als 4.000 Kanzleien in Deutschland und Österreich erstellen mit uns Finanzbuchhaltungen, Lohnabrechnungen und Jahresabschlüsse für ihre Mandanten. Unser Sitz ist in Nürnberg.

Zur Verstärkung suchen wir eine/n Senior Backend Developer (m/w/d) Kotlin für unser Team Lohn.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'accounting and payroll software is Finance by the rule',
  },
  {
    id: 'iv-055',
    company: 'Tallyhawk',
    text: `Tallyhawk runs payroll for 48,000 small businesses across Canada: restaurants, hair salons, landscapers, dental offices, daycares. Owners enter hours, we calculate pay, deductions and remittances, file with the CRA and deposit wages on payday. HQ in Halifax, team of 210. We're hiring a Payroll Tax Analyst and a Staff Software Engineer (Ruby on Rails).`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "payroll software is Finance by the rule, whatever its customers' trades",
  },
  {
    id: 'iv-056',
    company: 'Kyrosoft S.A.',
    text: `Quiénes somos
Kyrosoft desarrolla software de prevención del blanqueo de capitales. Bancos, aseguradoras, entidades de pago y cooperativas de crédito de España y América Latina lo utilizan para filtrar clientes contra listas de sanciones, puntuar el riesgo de cada operación y comunicar operaciones sospechosas al supervisor. Sede en Madrid, 180 profesionales.

Buscamos Científico/a de Datos con experiencia en detección de anomalías.`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'anti-money-laundering software made for financial firms',
  },
  {
    id: 'iv-057',
    company: 'Quorra Analytics Pvt. Ltd.',
    text: `Quorra Analytics helps lenders say yes to people without a credit history. NBFCs and banks across India send us a loan applicant's consent-based data — bank statements, bill payments, GST returns for small shops — and our models return a credit score and a recommended limit in seconds. 90+ lending partners, 2 million decisions a month.

Hiring: Data Scientist – Credit Risk, Bengaluru.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'credit scoring for lenders; the small shops are borrowers',
  },
  {
    id: 'iv-058',
    company: 'Corbel Technologies',
    text: `&lt;p&gt;Corbel Technologies builds order management and execution software for brokers and trading firms. Our platform routes equity and futures orders to 60 exchanges, checks every order against pre-trade risk limits and keeps the audit trail regulators ask for. Clients include broker-dealers in New York, Chicago and Singapore.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Position:&lt;/strong&gt; Low-Latency C++ Developer, New York.&lt;/p&gt;`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'trading software made for brokers',
  },
  {
    id: 'iv-059',
    company: 'Assurly Ltd',
    text: `Assurly is the broking platform for UK commercial insurance brokers. 600 brokerages use Assurly to quote, place and renew policies for their clients — haulage fleets, pubs, warehouses — with 40 insurers connected. We're in Birmingham, and we're hiring a Business Analyst who knows the London market or regional broking.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "software made for insurance brokers; fleets and pubs are their clients' risks",
  },
  {
    id: 'iv-060',
    company: 'Pontevia SAS',
    text: `Pontevia édite une plateforme de vérification d'identité et de conformité KYC pour les banques, les néobanques et les prestataires de services de paiement. À l'ouverture d'un compte, notre solution vérifie la pièce d'identité, contrôle les listes de sanctions et calcule un score de risque en moins d'une minute. Basés à Paris, nous sommes 95.

Poste : Développeur·se Backend Python (H/F), CDI.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'compliance software made for banks',
  },
  {
    id: 'iv-061',
    company: 'Rostrum Health Systems',
    text: `Nurse managers at 310 hospitals use Rostrum to build their rosters. Our software knows which nurses hold which competencies, who worked nights last week, what the enterprise agreement allows and how many staff each ward needs at every hour — and it fills the gaps before a shift goes short. Based in Perth, Western Australia, with customers across Australia, New Zealand and the UK.

Now hiring: Optimisation Engineer (constraint programming, Java or Kotlin).`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'rostering software made for hospitals',
  },
  {
    id: 'iv-062',
    company: 'Cliniqo',
    text: `&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Cliniqo is an electronic health record built for family doctors. Around 5,500 GPs in Ontario and British Columbia write their notes, prescriptions and referrals in Cliniqo and see lab results the moment they come in. We&amp;rsquo;re a team of 120 in Vancouver.&lt;/p&gt;&lt;p&gt;Senior Full-Stack Developer wanted (Elixir, React). Experience with HL7 FHIR is a plus.&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'EHR made for doctors',
  },
  {
    id: 'iv-063',
    company: 'Radiant Lens AI',
    text: `## Radiant Lens AI – Senior Deep Learning Engineer

**About us:** Radiant Lens builds AI that reads chest CT scans. Our software flags lung nodules, measures them and compares them with previous scans, so that radiologists can report faster and miss fewer cancers. It's FDA-cleared and CE-marked, and used in 180 hospitals and imaging centres.

**About you:** PyTorch, 3D segmentation, and the patience to work with noisy clinical labels.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-imaging AI is Healthcare, not IT',
  },
  {
    id: 'iv-064',
    company: 'Wardly',
    text: `Wardly's bed-management software shows every NHS trust that uses it, in real time, which beds are free, who is waiting in A&E and which patients are ready to go home. Fourteen trusts in England run their daily bed meetings from it. We're a 50-person company in Nottingham.

Hiring: Implementation Consultant — ideally someone who has worked in patient flow or hospital operations.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'software made for hospitals; public hospitals are Healthcare',
  },
  {
    id: 'iv-065',
    company: 'Medisync GmbH',
    text: `Über uns
Medisync entwickelt Praxisverwaltungssoftware für Zahnarztpraxen: Terminplanung, Behandlungsdokumentation, Röntgenbilder und die Abrechnung mit der Kassenzahnärztlichen Vereinigung in einem System. Mehr als 6.000 Praxen arbeiten täglich damit. Wir sitzen in Münster und sind 160 Menschen.

Wir suchen Dich als Support-Mitarbeiter/in (m/w/d) mit Erfahrung in einer Zahnarztpraxis.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'software made for dental practices; its billing module does not make it Finance',
  },
  {
    id: 'iv-066',
    company: 'Dosewell',
    text: `Pharmacists in 2,300 community pharmacies across the US check prescriptions on Dosewell screens: the label, the interaction warnings, the insurance claim and the refill reminder all come from our dispensing system. We're adding clinical services — vaccinations, point-of-care tests — and need a Senior Product Engineer (TypeScript, PostgreSQL) to build them. Remote, with a hub in Columbus, Ohio.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'dispensing software made for pharmacies; the insurance claim is a pharmacy task',
  },
  {
    id: 'iv-067',
    company: 'TrialGrid',
    text: `TrialGrid makes clinical trial software. Sponsors and contract research organisations use our platform to plan studies, capture patient data at 9,000 investigator sites and monitor safety, under 21 CFR Part 11. Headquartered in Raleigh-Durham, with teams in Pune and Kraków. We're hiring a Validation Engineer to own computer system validation for new releases.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'software made for drug trials',
  },
  {
    id: 'iv-068',
    company: 'Santéo SAS',
    text: `Qui sommes-nous ?
Santéo développe le logiciel que les services de soins infirmiers à domicile utilisent chaque jour : planification des tournées, transmissions entre infirmiers, dossier de soins et télétransmission à l'Assurance Maladie. Plus de 900 structures en France l'ont adopté. Nous sommes basés à Nantes.

Nous recrutons un(e) Développeur·se mobile Flutter.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'software made for home-care nursing services',
  },
  {
    id: 'iv-069',
    company: 'Cardiolink S.r.l.',
    text: `Cardiolink sviluppa una piattaforma di telemonitoraggio per i reparti di cardiologia. I dati di pacemaker e defibrillatori impiantati arrivano ogni notte sulla nostra piattaforma, che segnala al cardiologo aritmie e problemi di batteria. La usano 120 ospedali in Italia e Spagna. Sede a Bologna.

Cerchiamo un/una Software Engineer Backend (Java, Spring) con interesse per il settore medicale.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'iv-070',
    company: 'Carebridge Pty Ltd',
    text: `<p><strong>Who we are</strong></p><p>Carebridge makes electronic medication charts for residential aged care. Nurses and carers in 1,100 care homes across Australia record every dose on a tablet at the bedside, and pharmacies receive the charts directly.</p><p><strong>Why join us</strong></p><ul><li>Salary packaging</li><li>Discounted health insurance</li><li>Wellbeing days</li></ul><p>We&rsquo;re hiring a Customer Success Manager in Brisbane.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'software made for care homes; health insurance is a benefit',
  },
  {
    id: 'iv-071',
    company: 'Shelfsight',
    text: `Shelfsight puts small cameras on supermarket shelves and tells store managers, every fifteen minutes, which products are out of stock, misplaced or wrongly priced. Eleven grocery chains in the US and UK use it in 4,000 stores. Behind it: computer-vision models we train ourselves and a lot of edge computing. We're hiring a Computer Vision Engineer in Boston.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'shelf analytics made for grocers, although it is an AI product',
  },
  {
    id: 'iv-072',
    company: 'Cartwheel Commerce',
    text: `Cartwheel Commerce is the online-shop builder for independent retailers. Bookshops, florists, bike shops and boutiques set up their store with us, take payments, sync stock with their till and ship orders — 35,000 merchants in the UK, Ireland and Australia. Team of 200 in Manchester. We're looking for a Senior Ruby Engineer for the checkout team.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'e-commerce platform made for shops',
  },
  {
    id: 'iv-073',
    company: 'Parcelwise Ltd',
    text: `Parcelwise delivers for online shops. Webshops and marketplace sellers book collections in our app; our vans pick up from their warehouses in the afternoon, and customers get their parcel the next day with a one-hour delivery window. 7,000 online retailers ship with us across the UK. Operations hub in Northampton.

Hiring: Route Planning Analyst (Python, SQL).`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'parcel service made for online shops, not general logistics',
  },
  {
    id: 'iv-074',
    company: 'Kassenwerk GmbH',
    text: `Kassenwerk macht Kassensysteme für den Einzelhandel. Modegeschäfte, Buchhandlungen, Reformhäuser und Filialisten mit bis zu 300 Standorten kassieren, buchen Warenbestände und werten ihre Umsätze mit unserer Software aus – auf dem iPad oder an der stationären Kasse. Wir sind 90 Leute in Köln.

Gesucht: Frontend-Entwickler (m/w/d) React Native.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'till software made for shops',
  },
  {
    id: 'iv-075',
    company: 'Preciar S.L.',
    text: `Quiénes somos
Preciar ayuda a las cadenas de supermercados a fijar sus precios. Nuestro software analiza ventas, precios de la competencia y elasticidad de cada producto, y propone cada semana el precio óptimo para 40.000 referencias por tienda. Trabajamos con cadenas de alimentación de España, Portugal y México. Oficinas en Barcelona.

Buscamos Data Scientist Senior (Python, optimización, series temporales).`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'pricing software made for supermarket chains',
  },
  {
    id: 'iv-076',
    company: 'Stocklight',
    text: `We're hiring a Demand Forecasting Engineer to join Stocklight in New York.

Stocklight plans inventory for fashion and footwear retailers. Buyers and allocators at 60 retail chains use our forecasts to decide how many of each size go to each store, and when to mark down what won't sell. Together our customers run around 9,000 stores worldwide.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'planning software made for retailers',
  },
  {
    id: 'iv-077',
    company: 'Rebox Returns B.V.',
    text: `Over ons
Rebox regelt retouren voor webwinkels. Klanten van de webshops die met ons werken melden een retour aan in ons portaal en leveren het pakket in bij een afgiftepunt; wij sorteren, controleren en zetten de artikelen weer in de verkoop. Ruim 1.200 webwinkels in de Benelux en Duitsland werken met ons. Ons hoofdkantoor staat in Tilburg.

Vacature: Full-stack developer (TypeScript, Node.js).`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'returns service made for online shops',
  },
  {
    id: 'iv-078',
    company: 'Vitrina Digital Ltda.',
    text: `Sobre nós
A Vitrina conecta lojistas aos grandes marketplaces. Com a nossa plataforma, uma loja publica seus produtos em dez marketplaces ao mesmo tempo, sincroniza estoque e preços e recebe todos os pedidos num só painel. Mais de 8.000 lojistas usam a Vitrina todos os dias. Estamos em Curitiba.

Vaga: Pessoa Engenheira de Software Backend (Go, PostgreSQL).`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
    why: 'software made for shops selling on marketplaces',
  },
  {
    id: 'iv-079',
    company: 'Aislewise',
    text: `Aislewise runs retail media networks for grocers. We turn a supermarket chain's website, app and in-store screens into advertising space that food and drink brands can buy, and we measure the sales each campaign drives from loyalty-card data. Six grocery chains in the US and Canada run their media networks on Aislewise. Based in Chicago. Hiring: Senior Data Engineer (Spark, Databricks).`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'made for supermarket chains, although it sells advertising',
  },
  {
    id: 'iv-080',
    company: 'Spectrail',
    text: `Spectrail makes radio network planning software for mobile operators. Engineers at 70 operators in 45 countries use it to decide where the next 5G site goes, which antenna tilt covers a stadium and how much capacity a neighbourhood will need next year. Headquartered in Cambridge, UK. We're hiring an RF Propagation Scientist (ray tracing, Python, C++).`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network planning software made for operators',
  },
  {
    id: 'iv-081',
    company: 'Billvantage',
    text: `&lt;h2&gt;About Billvantage&lt;/h2&gt;&lt;p&gt;Billvantage builds convergent charging and billing for communications service providers. Mobile, broadband and cable operators on four continents rate calls, data sessions and bundles in real time on our platform and send 80 million bills a month.&lt;/p&gt;&lt;h2&gt;Your role&lt;/h2&gt;&lt;p&gt;Java Developer, Charging Engine &amp;ndash; Noida or Bengaluru.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'operator billing; billing does not make it Finance',
  },
  {
    id: 'iv-082',
    company: 'Towerline Analytics',
    text: `Tower companies own the steel; Towerline tells them what's on it. Our platform holds a digital twin of every site in a tower company's portfolio — antennas, tenants, structural load, lease terms — built from drone surveys. 210,000 towers in the Americas are modelled in Towerline. Based in Atlanta.

We're hiring a Photogrammetry Engineer.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'software made for tower companies',
  },
  {
    id: 'iv-083',
    company: 'Fibrecraft Design GmbH',
    text: `Wer wir sind
Fibrecraft entwickelt Planungssoftware für den Glasfaserausbau. Netzbetreiber planen damit Trassen, Verteiler und Hausanschlüsse, berechnen die Kosten und erzeugen die Unterlagen für die Tiefbaufirmen. Mit unserer Software wurden bereits 2,5 Millionen Glasfaseranschlüsse geplant. Wir sind in Kassel zuhause.

Wir suchen eine/n GIS-Entwickler/in (m/w/d) (Python, PostGIS).`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'network planning software made for fibre operators',
  },
  {
    id: 'iv-084',
    company: 'Cellaris',
    text: `Cellaris builds open RAN software: the virtualised baseband that runs a 5G cell site on ordinary servers instead of proprietary boxes. Four mobile operators in Europe and Japan have our software live in their networks, and more are in trials. We're 300 engineers in Dallas, Bristol and Bengaluru.

Hiring: L1 PHY Software Engineer (C, DPDK, 3GPP NR).`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'radio network software for mobile operators, not general server software',
  },
  {
    id: 'iv-085',
    company: 'Kallio Networks Oy',
    text: `Kallio Networks designs and manufactures microwave radios that carry mobile traffic from cell towers back to the core network. Our E-band links are in the networks of 90 operators, from Finnish islands to the Chilean Andes. HQ and factory in Tampere. We are hiring an RF Hardware Engineer for our next generation of radios.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network equipment maker is Telecom, though it has a factory',
  },
  {
    id: 'iv-086',
    company: 'Signalia S.p.A.',
    text: `Chi siamo
Signalia sviluppa software di service assurance per operatori di telecomunicazioni: la nostra piattaforma raccoglie allarmi e metriche da milioni di apparati di rete mobile e fissa, correla i guasti e apre i ticket per le squadre sul campo. La usano operatori in Italia, Grecia e Turchia. Sede a Roma.

Ricerchiamo un/una Network Data Engineer (Kafka, Python).`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'iv-087',
    company: 'Churnscope',
    text: `Churnscope predicts which mobile subscribers are about to leave, and why. Our models read an operator's network-quality data, billing history and call-centre contacts and tell retention teams whom to call this week and what to offer. Eight operators in Southeast Asia and Africa use Churnscope across 110 million subscribers. HQ in Singapore. Hiring a Lead Data Scientist.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'analytics made for mobile operators, not general-purpose analytics',
  },
  {
    id: 'iv-088',
    company: 'Numéra Télécom SAS',
    text: `Numéra opère la plateforme de portabilité des numéros et d'échanges entre opérateurs : quand un abonné change d'opérateur mobile ou fixe en gardant son numéro, c'est chez nous que la demande passe. Nos clients sont les opérateurs télécoms français et belges, grands et petits. Nous sommes 60, à Rennes.

Nous recrutons un(e) Ingénieur(e) d'exploitation Linux.`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'iv-089',
    company: 'Linecheck Vision',
    text: `Linecheck Vision builds inspection systems for production lines. Our cameras and models sit above conveyors in bottling plants, electronics assembly and car-part stamping lines and reject a defective part in 30 milliseconds. 1,400 lines run Linecheck in 20 countries. Based in Detroit, with a service team in Monterrey. We're looking for a Vision Application Engineer who doesn't mind steel-toe boots.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'inspection systems made for factory lines',
  },
  {
    id: 'iv-090',
    company: 'Gearsense',
    text: `Gearsense listens to machines. Our wireless vibration sensors clip onto the pumps, fans and gearboxes of paper mills, cement plants and food factories, and our models warn maintenance teams weeks before a bearing fails. 600 plants, 90,000 sensors. Team of 80 in Pittsburgh.

Hiring a Reliability Data Scientist.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance made for factories',
  },
  {
    id: 'iv-091',
    company: 'Fabrikon Sistemas S.L.',
    text: `Fabrikon desarrolla un sistema MES para fábricas de alimentación y bebidas. Con nuestro software, las plantas de envasado, las almazaras y las fábricas de conservas controlan la producción en tiempo real, registran los lotes para la trazabilidad y miden el OEE de cada línea. Más de 250 fábricas en España y Portugal lo usan. Estamos en Zaragoza.

Buscamos Ingeniero/a de Implantación MES con disponibilidad para viajar.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'production software made for food factories',
  },
  {
    id: 'iv-092',
    company: 'Torquebase',
    text: `Torquebase is simulation software for the engineers who design car powertrains. Tier 1 suppliers and carmakers in Germany, Japan and the US use it to model electric drive units, gearboxes and thermal systems before a single prototype is built. HQ in Ann Arbor, Michigan; engineering in Stuttgart. We're hiring a Numerical Methods Engineer (C++, FEM).`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'software made for carmakers and their suppliers',
  },
  {
    id: 'iv-093',
    company: 'Weldwise',
    text: `You'll join Weldwise's applications team, the people who install our weld-monitoring systems on the body-in-white lines of car plants. Every spot weld a robot makes is measured by our sensors; if a weld drifts out of spec, the line knows before the car body moves on. We work with five carmakers and a dozen of their body-part suppliers.

Position: Field Applications Engineer, based in Greenville, South Carolina, 40% travel.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'quality systems made for car plants',
  },
  {
    id: 'iv-094',
    company: 'Moldmetrics B.V.',
    text: `Over Moldmetrics
Moldmetrics ontwikkelt sensoren en software voor spuitgieterijen. Onze drukopnemers zitten in de matrijs en laten de operator per cyclus zien of een product goed is – voordat het de machine verlaat. Kunststofverwerkers in Nederland, Duitsland en Polen gebruiken ons systeem op ruim 2.000 machines. Ons team zit in Eindhoven.

We zoeken een Embedded Software Engineer (C, Linux).`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'process monitoring made for moulding plants',
  },
  {
    id: 'iv-095',
    company: 'Kilnview',
    text: `Kilnview makes thermal cameras and software that watch the inside of industrial furnaces. Glassmakers, steel mills and ceramic-tile factories use Kilnview to see the flame, the melt and the refractory lining in real time and cut their gas use. Our systems run at 300 furnaces. Based in Sheffield.

Hiring: Embedded Vision Developer (C++, Linux).`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'monitoring systems made for factories',
  },
  {
    id: 'iv-096',
    company: 'Taktline',
    text: `# Taktline – Backend Engineer (Go)

Taktline is a manufacturing execution system for discrete manufacturers. Machine shops, furniture makers and electronics assemblers use it to schedule work orders, track every part across the shop floor and report OEE. 900 factories, mostly in the US Midwest and Ontario.

- Fully remote in the US or Canada
- Health, dental and vision insurance
- A yearly visit to a customer plant`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'MES made for factories; health insurance is a benefit',
  },
  {
    id: 'iv-097',
    company: 'Qualimétrie Industrielle SAS',
    text: `Qualimétrie Industrielle édite un logiciel de maîtrise statistique des procédés (MSP) pour les ateliers d'usinage. Nos clients – sous-traitants de l'aéronautique, de l'automobile et du ferroviaire – mesurent leurs pièces en bord de machine, et notre logiciel alerte l'opérateur dès qu'une cote dérive. 350 usines équipées en France et au Maroc. Siège à Annecy.

Poste : Ingénieur(e) Support Technique (H/F).`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'quality software made for machining plants',
  },
  {
    id: 'iv-098',
    company: 'Kerbside Parking Ltd',
    text: `Kerbside Parking provides parking-permit and enforcement software to local authorities. Residents in 65 council areas apply for permits online, civil enforcement officers issue penalty charge notices from our handhelds, and the council's parking team handles appeals in the back office. Based in Bristol. We're hiring a Product Owner with local government experience.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'parking software made for councils',
  },
  {
    id: 'iv-099',
    company: 'Signalwise',
    text: `<p>Signalwise&rsquo;s adaptive traffic-signal platform retimes intersections every cycle based on the queues its cameras see. Cities and state transportation departments in 30 US metro areas run 12,000 intersections on it; average delays on the corridors it manages fell by a fifth.</p><p>Headquarters in Phoenix.&nbsp;We&rsquo;re hiring a <strong>Traffic Engineer</strong> (PE preferred) to work with our city customers.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'traffic-signal platform sold to cities',
  },
  {
    id: 'iv-100',
    company: 'Binroute',
    text: `Every morning 2,000 bin lorries leave their depots on rounds that Binroute planned. Councils across England, Wales and Scotland use our software to design collection rounds, track their lorries and log the missed bins residents report. 45 of us, in Cardiff.

Hiring: Optimisation Developer (Python, OR-Tools).`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "waste-route planning made for councils' services",
  },
  {
    id: 'iv-101',
    company: 'Permitwell',
    text: `<p><strong>About Permitwell</strong></p><p>Permitwell is a permitting and inspections platform for municipalities. Builders apply for a building permit online, plans examiners review drawings in the browser and inspectors book site visits from their phones. 140 towns and cities in Canada and the US run their permit offices on Permitwell.</p><p><strong>Location:</strong> Calgary,&nbsp;Alberta (hybrid). <strong>Role:</strong> Senior Software Developer (C#, Angular).</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'made for municipalities; builders are applicants, not customers',
  },
  {
    id: 'iv-102',
    company: 'Urbania Sistemas Ltda.',
    text: `Quem somos
A Urbania desenvolve a plataforma de iluminação pública inteligente usada por 70 prefeituras brasileiras. Nossos controladores instalados nos postes permitem à prefeitura acender, apagar e dimerizar cada luminária, detectar falhas e reduzir a conta de energia. Sede em Belo Horizonte.

Vaga: Desenvolvedor(a) IoT Pleno (C, MQTT, LoRaWAN).`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'street-lighting platform made for city governments',
  },
  {
    id: 'iv-103',
    company: 'Transitica',
    text: `Transitica builds fare collection systems for public transport authorities. Riders in 25 cities tap a bank card or phone on our validators to board buses, trams and ferries, and our back office calculates fare caps and settles revenue with each transit agency. Offices in Toronto and Melbourne. We're looking for a Payments Integration Engineer.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'made for publicly run transport; card payments are a feature',
  },
  {
    id: 'iv-104',
    company: 'Civiqo S.r.l.',
    text: `Chi siamo
Civiqo sviluppa software per i Comuni italiani: anagrafe, protocollo, pratiche edilizie e pagamenti PagoPA in un'unica piattaforma. Oltre 800 amministrazioni comunali, dalle piccole realtà montane ai capoluoghi di provincia, lavorano ogni giorno con i nostri applicativi. Sede a Padova.

Cerchiamo un/una Analista Funzionale con esperienza nella pubblica amministrazione.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
    why: 'software made for municipalities',
  },
  {
    id: 'iv-105',
    company: 'Courtdesk',
    text: `Courtdesk makes case management software for courts. Clerks at 90 county and state courts in the US docket filings, schedule hearings and publish opinions in Courtdesk, and the public can e-file and search records online. Based in Richmond, Virginia, with 70 staff, most of whom have worked in a clerk's office. Now hiring a Senior QA Analyst.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'software made for courts',
  },

  // Recruiters: the client is the employer; a client whose business is not named is null.
  {
    id: 'iv-106',
    company: 'Thornbury Talent',
    text: `Thornbury Talent is partnering with a fast-growing neobank in London to find a Senior Android Engineer. Our client holds a full UK banking licence, has 2.5 million customers on its app and is launching savings pots and joint accounts this year. You'll join a squad of eight working in Kotlin. Salary up to £105,000 plus equity. Hybrid, two days a week in Shoreditch.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "recruiter; the client's business decides",
  },
  {
    id: 'iv-107',
    company: 'Harrow & Pike Search',
    text: `Harrow & Pike Search is recruiting on behalf of a SaaS scale-up whose route-optimisation software is used by haulage firms and freight forwarders across Europe. Our client has 250 staff and recently raised a Series C. They are looking for a Head of Data Engineering to rebuild their data platform on GCP. Competitive package; London or Amsterdam.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'client is a software company serving logistics, which is outside the seven',
  },
  {
    id: 'iv-108',
    company: 'Northcote Technical Recruitment',
    text: `Our client, a private hospital group with eleven hospitals across the North West, is looking for an Integration Analyst to join its digital team in Manchester. You will build and support interfaces between the group's patient administration system, theatre systems and pathology. Experience with HL7 and Rhapsody or Mirth preferred.

Northcote Technical Recruitment is acting as an employment agency in relation to this vacancy.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'iv-109',
    company: 'Meridale Staffing',
    text: `<p><strong>Meridale Staffing</strong> is recruiting for our client, a regional supermarket chain with 140 stores across Ohio and Pennsylvania.</p><p>The <strong>BI Developer</strong> will build Power BI reporting on store sales, shrink and labour for the merchandising and operations teams. Hybrid from the client&rsquo;s head office near Columbus.</p><ul><li>$95&ndash;110k</li><li>Associate discount in every store</li></ul>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'iv-110',
    company: 'Keystaff Solutions Pvt. Ltd.',
    text: `Hiring for one of India's largest mobile network operators — our client serves 300+ million subscribers with 4G and 5G across 22 circles.

Role: Network Automation Engineer (Python, Ansible, NETCONF/YANG)
Location: Gurugram (work from office)
Experience: 5–9 years

Share your CV with current CTC and notice period. Keystaff Solutions is an equal opportunity recruiter.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'iv-111',
    company: 'Gradwell Partners GmbH',
    text: `Für unseren Kunden, einen international tätigen Automobilzulieferer mit Sitz in der Region Stuttgart, suchen wir einen Embedded Software Entwickler (m/w/d) AUTOSAR. Unser Kunde entwickelt und fertigt Lenk- und Bremssysteme für nahezu alle europäischen Fahrzeughersteller und beschäftigt weltweit 18.000 Mitarbeitende.

Ihr Ansprechpartner bei Gradwell Partners freut sich auf Ihre Bewerbung.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'iv-112',
    company: 'Civic Talent Ltd',
    text: `Civic Talent is working with a county council in the East Midlands to recruit a Data Architect on a 12-month contract. The council delivers adult social care, highways, libraries and school transport to 800,000 residents and is building a single data platform on Azure. Inside IR35. £550–£600 per day. BPSS clearance required.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "client is a council; its social care is a council service",
  },
  {
    id: 'iv-113',
    company: 'Ironbark Recruitment Pty Ltd',
    text: `Ironbark Recruitment has been engaged by a Sydney-based cybersecurity consultancy to find two Penetration Testers. Our client runs red-team engagements and security assessments for ASX-listed companies, government agencies and hospitals, and has grown to 90 consultants in five years. OSCP or CREST CRT required. Salary $140k–$170k + super.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: "client is a security consultancy; its clients' sectors do not count",
  },
  {
    id: 'iv-114',
    company: 'Lindqvist Executive',
    text: `Lindqvist Executive is delighted to be partnering with a global asset manager overseeing more than $400bn across equities, fixed income and private markets. Our client is seeking a Director of Data Science to lead a team of twelve building signals for its quantitative equity funds. New York or Boston.`,
    sector: 'Finance & FinTech',
    lang: 'en',
  },
  {
    id: 'iv-115',
    company: 'Tandem People',
    text: `Tandem People are recruiting a Software Test Engineer for our client, a manufacturer of insulin pumps and continuous glucose monitors based in Galway. You'll verify embedded and mobile-app software under IEC 62304, working closely with the systems and regulatory teams. Permanent, hybrid, excellent benefits.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'medical-device maker is Healthcare, not Manufacturing',
  },
  {
    id: 'iv-116',
    company: 'Brightpath Recruiting',
    text: `Our client makes crisps, popcorn and oat bars that you'll find on the shelves of every major UK supermarket. From two factories in Lincolnshire they produce 900 tonnes a week, and they need a Manufacturing Data Analyst to build OEE and waste reporting for the production sites.

Brightpath Recruiting is acting as an employment agency.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'maker of goods sold in supermarkets is Manufacturing, not Retail',
  },
  {
    id: 'iv-117',
    company: 'Cobbold & Marsh Recruitment',
    text: `Cobbold & Marsh are hiring for an online fashion retailer that ships dresses, knitwear and shoes to customers in 30 countries from its own warehouse in Leicester. Our client sells only through its website and app, and is looking for a Senior Data Analyst – Customer to work on retention, personalisation and returns. Up to £65k, hybrid.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'iv-118',
    company: 'Recrutia SAS',
    text: `Recrutia recrute pour son client, un éditeur de logiciels SaaS bordelais spécialisé dans la gestion de la relation client pour les PME de tous secteurs, un(e) Lead Developer PHP / Symfony. Notre client compte 120 collaborateurs et 6 000 entreprises clientes.

Poste en CDI, télétravail partiel, 55-65 k€.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
  },
  {
    id: 'iv-119',
    company: 'Harbourline Talent Pte. Ltd.',
    text: `Harbourline Talent is recruiting for a regional payments company headquartered in Singapore. Our client processes card and QR payments for 400,000 merchants in Southeast Asia and holds a Major Payment Institution licence from the MAS. Position: Site Reliability Engineer. EP sponsorship available for the right candidate.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'payment processor; merchants are its customers',
  },
  {
    id: 'iv-120',
    company: 'Oakhurst Recruitment',
    text: `Oakhurst Recruitment are delighted to be working with an alternative fibre broadband provider that has built full-fibre networks to 600,000 homes across the South West. Our client is hiring a Network Planning Engineer to design new builds in rural Devon and Cornwall. Experience with fibre design tools and PIA is essential. Car allowance. Apply today.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'iv-121',
    company: 'Talentos Ibéricos S.L.',
    text: `Desde Talentos Ibéricos buscamos para nuestro cliente, uno de los principales marketplaces de moda de segunda mano en España, un/a Product Manager de Pagos y Envíos. Nuestro cliente conecta a más de 5 millones de compradores y vendedores y gestiona los envíos de principio a fin.

Ubicación: Barcelona, modelo híbrido.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'client is a consumer marketplace',
  },
  {
    id: 'iv-122',
    company: 'Quayside Recruitment Inc.',
    text: `Quayside Recruitment is hiring on behalf of a federal government agency in Ottawa. Our client is looking for a Senior Cloud Security Analyst to support its move to a Protected B cloud environment. Candidates must hold or be able to obtain Secret-level security clearance. French/English bilingualism is an asset. 6-month contract with extension.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'iv-123',
    company: 'Fieldstone Talent',
    text: `Fieldstone Talent is partnering with an electricity and gas utility serving 1.6 million households in the Midlands. Our client is hiring a Machine Learning Engineer to forecast demand at substation level. Python, time-series modelling, Azure; experience with smart-meter data is a bonus. Hybrid, two days a week in Nottingham.`,
    sector: null,
    lang: 'en',
    why: 'client named, but energy utilities are unclassified',
  },
  {
    id: 'iv-124',
    company: 'Parkes & Lowe Recruitment',
    text: `Parkes & Lowe Recruitment are working with a family-run care-home operator with 24 homes across Kent and Sussex. Our client is recruiting its first IT Manager to lead a move to digital care records and to look after the network in every home. Full-time, based at the Maidstone head office, car allowance.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
  },
  {
    id: 'iv-125',
    company: 'Rowan Hale Associates',
    text: `Rowan Hale Associates are recruiting a Senior Python Developer for a well-established client based in central Birmingham. You'll join a friendly team of twelve, working on internal tools and APIs (Django, PostgreSQL, AWS). Salary up to £70,000, 4 days WFH, 25 days' holiday. Please apply with your CV.`,
    sector: null,
    lang: 'en',
    why: "recruiter names no client's business",
  },
  {
    id: 'iv-126',
    company: 'Clearwater Resourcing',
    text: `Clearwater Resourcing – Data Analyst – Leeds – £40–45k

Our client is a growing organisation based in Leeds city centre. They are looking for a Data Analyst with strong SQL and Power BI skills to join a small insight team.

Benefits include private health insurance, 26 days plus bank holidays, a pension and an employee discount scheme.`,
    sector: null,
    lang: 'en',
    why: 'business unknown; health insurance, bank holidays and discount are benefits',
  },
  {
    id: 'iv-127',
    company: 'Werving & Co B.V.',
    text: `Voor onze opdrachtgever in de regio Utrecht zijn wij op zoek naar een ervaren DevOps Engineer. Onze opdrachtgever is een gezonde, groeiende organisatie met korte lijnen en een informele cultuur. Je werkt met Azure, Terraform en Kubernetes. Salaris tot € 5.800 bruto per maand, leaseauto en 30 vakantiedagen.`,
    sector: null,
    lang: 'nl',
    why: "recruiter names no client's business",
  },
  {
    id: 'iv-128',
    company: 'Mosaic Talent Partners',
    text: `Mosaic Talent Partners is recruiting a Data Engineer for a client that is a market leader in its field. The stack: Python, Spark, Airflow, Snowflake, dbt and a little Scala. You'll design batch and streaming pipelines and mentor two junior engineers. Hybrid in Toronto. Please note our client cannot sponsor work permits.`,
    sector: null,
    lang: 'en',
    why: 'only the tools are named, not the business',
  },
  {
    id: 'iv-129',
    company: 'Recrutamento Atlântico Lda.',
    text: `A Recrutamento Atlântico está a recrutar, para uma empresa cliente de referência no seu setor, um(a) Analista de Sistemas com experiência em SQL Server e .NET. Local de trabalho: Porto, regime híbrido. Oferecemos contrato sem termo, seguro de saúde, subsídio de alimentação e formação contínua certificada.`,
    sector: null,
    lang: 'pt',
    why: "no client's business named; health insurance is a benefit",
  },
  {
    id: 'iv-130',
    company: 'Bluestone Staffing Inc.',
    text: `<p><strong>Salesforce Administrator</strong> &ndash; Dallas, TX</p><p>Bluestone Staffing is seeking a Salesforce Administrator for a confidential client. 12-month contract-to-hire, W2 only. Must have the Salesforce Admin certification, experience with Flows and reports, and strong stakeholder communication.</p><p>Benefits through Bluestone: medical, dental, 401(k).</p>`,
    sector: null,
    lang: 'en',
    why: 'confidential client; Salesforce is the tool, not the employer',
  },

  // Software-adjacent employers in none of the seven sectors.
  {
    id: 'iv-131',
    company: 'Brightlane Digital',
    text: `Brightlane Digital is a performance marketing agency in Austin. We run paid search, paid social and SEO for about 80 brands — direct-to-consumer skincare, regional banks, SaaS companies, a few hospitals — and report everything in dashboards we build ourselves. We're hiring a Marketing Analytics Engineer (BigQuery, dbt, Looker, GA4) to automate our client reporting.`,
    sector: null,
    lang: 'en',
    why: 'advertising agency is unclassified, despite its tech stack and clients',
  },
  {
    id: 'iv-132',
    company: 'Learnwell Academy',
    text: `Learnwell Academy teaches people to code. Our online bootcamps in web development, data analytics and cybersecurity have trained 40,000 adults, most of them changing careers, with live classes and one-to-one mentors. We're based in Toronto and hiring a Curriculum Developer for our data analytics track (Python, SQL, Tableau).`,
    sector: null,
    lang: 'en',
    why: 'education provider is unclassified',
  },
  {
    id: 'iv-133',
    company: 'Harcourt Lyle Partners',
    text: `# About Harcourt Lyle
Harcourt Lyle Partners is a management consultancy. We advise chief executives of retailers, insurers and hospital systems on strategy, operations and mergers. Our 600 consultants work from offices in London, New York and Singapore.

# Data & Analytics Consultant
Join our advanced analytics practice to build the models behind our strategy work: pricing, network design, demand forecasting.`,
    sector: null,
    lang: 'en',
    why: "management consultancy; its clients' sectors do not count",
  },
  {
    id: 'iv-134',
    company: 'Fenwick Press Media',
    text: `Fenwick Press Media publishes eleven regional news websites and three weekly newspapers across Yorkshire and the North East. Around 4 million people read our journalism each month. We're hiring a Senior Web Developer to rebuild our article pages and paywall (PHP, WordPress VIP, React) and make them load fast on a phone on a rural bus route.`,
    sector: null,
    lang: 'en',
    why: 'news publisher is unclassified',
  },
  {
    id: 'iv-135',
    company: 'Institute for Applied Climate Data',
    text: `<p>The <strong>Institute for Applied Climate Data</strong> is an independent, non-profit research institute based in Boulder, Colorado. Our Data Lab turns satellite records and climate-model output into open datasets used by researchers, farmers&rsquo; groups and city planners.</p><p>We are seeking a <strong>Research Software Engineer</strong> (Python, xarray, Dask, cloud-native formats such as Zarr) to scale our processing pipelines.</p>`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute, even with a data lab',
  },
  {
    id: 'iv-136',
    company: 'Stagecraft & Co.',
    text: `Stagecraft & Co. is a creative agency. We make campaigns: TV spots, social films, out-of-home posters and the occasional interactive installation for car brands, airlines and one very famous biscuit. 120 people in Shoreditch. Creative Technologist wanted — someone who prototypes in Unity, TouchDesigner or three.js and can explain it to a client.`,
    sector: null,
    lang: 'en',
    why: 'advertising agency; car-brand clients do not make it Automotive',
  },
  {
    id: 'iv-137',
    company: 'Eastmoor University',
    text: `The Centre for Health Data Science at Eastmoor University brings together statisticians, computer scientists and clinicians to study how data can improve care. Working with our NHS hospital partners, we analyse linked records for 3 million patients. We are recruiting a Research Fellow in Machine Learning (fixed term, 36 months). Grade 7, £38,249–£45,163.`,
    sector: null,
    lang: 'en',
    why: 'university; hospital partners are not the employer',
  },
  {
    id: 'iv-138',
    company: 'Ashby Quint LLP',
    text: `Ashby Quint is a commercial law firm with 900 lawyers in London, Frankfurt and Hong Kong. Our Legal Innovation team builds the tools our lawyers use: document automation, contract review models and a knowledge search over thirty years of precedents. We're hiring a Legal Engineer (Python, some experience with LLM tooling).`,
    sector: null,
    lang: 'en',
    why: 'law firm; an in-house software team does not make it IT',
  },
  {
    id: 'iv-139',
    company: 'Harwood Estates',
    text: `Harwood Estates develops and manages rental housing — 14,000 apartments across Ontario. Our PropTech team builds the resident app, the maintenance-request system and the pricing models for our own buildings. We are hiring a Full Stack Developer (React, Node.js) to join them at our head office in Mississauga.`,
    sector: null,
    lang: 'en',
    why: 'real estate; the software is for its own buildings',
  },
  {
    id: 'iv-140',
    company: 'Panelwise Research',
    text: `What do 18-to-24-year-olds in Jakarta think of oat milk? Panelwise finds out. We run online surveys and focus groups with a panel of 2 million people across Asia-Pacific for consumer brands, government departments and advertising agencies. Based in Singapore.

Hiring: Survey Data Scientist (R or Python, weighting, MaxDiff).`,
    sector: null,
    lang: 'en',
    why: 'market research firm; government clients do not make it Public Sector',
  },
  {
    id: 'iv-141',
    company: 'Solstra Energy',
    text: `Solstra Energy develops and operates solar and battery plants in Queensland and New South Wales — 1.4 GW across 19 sites. Our Digital team writes the software that dispatches our batteries into the national electricity market every five minutes. We're hiring a Quantitative Developer (Python, optimisation) in Brisbane.`,
    sector: null,
    lang: 'en',
    why: 'energy producer; its plants are power plants, not factories',
  },
  {
    id: 'iv-142',
    company: 'Corrigan Freight',
    text: `Corrigan Freight moves goods for manufacturers and wholesalers across Ireland and the UK with 600 trucks and eight distribution centres. Our stores teams in Dublin and Belfast handle 40,000 pallets a week. We're hiring a WMS Analyst to configure our warehouse management system and build reports in SQL.`,
    sector: null,
    lang: 'en',
    why: 'logistics firm; its stores are warehouses, not shops',
  },
  {
    id: 'iv-143',
    company: 'Quarto & Vine Publishing',
    text: `<p>Quarto &amp; Vine Publishing has published school textbooks since 1962. Today half our revenue comes from digital: online homework platforms used in 3,000 schools in the UK and Australia.</p><p>We&rsquo;re looking for a <strong>QA Engineer</strong> to join the digital products team in Oxford.</p>`,
    sector: null,
    lang: 'en',
    why: 'educational publisher is unclassified',
  },
  {
    id: 'iv-144',
    company: 'Open Streets Foundation',
    text: `The Open Streets Foundation is a non-profit that helps people walk and cycle safely. We collect crash and traffic data from police and city sources, publish it as open data and campaign for safer junctions. Our small data team (four people) is looking for a Data Engineer, remote in Germany or the Netherlands.`,
    sector: null,
    lang: 'en',
    why: 'non-profit; city and police data do not make it Public Sector',
  },
  {
    id: 'iv-145',
    company: 'Redmere Athletic FC',
    text: `Redmere Athletic Football Club is looking for a Performance Data Analyst to join the first-team analysis department. You'll turn tracking and event data from our matches into reports for the coaches and the recruitment team (Python, R, SQL). Redmere Athletic plays in the Championship and runs an academy of 200 young players.`,
    sector: null,
    lang: 'en',
    why: 'sports club is unclassified',
  },
  {
    id: 'iv-146',
    company: 'Greenfurrow Cooperative',
    text: `Greenfurrow is a farmers' cooperative owned by 3,200 grain growers in Saskatchewan and Manitoba. We market our members' wheat, canola and pulses and run 14 grain elevators. Our small digital team is building an app where members book deliveries and see their settlements. Hiring a Mobile Developer (Flutter) in Regina.`,
    sector: null,
    lang: 'en',
    why: "farmers' cooperative is unclassified",
  },
  {
    id: 'iv-147',
    company: 'De Kroniek Media B.V.',
    text: `Over ons
De Kroniek Media geeft vier regionale dagbladen en een landelijk opinieweekblad uit. Dagelijks lezen meer dan een miljoen mensen onze artikelen, steeds vaker online en in onze apps. Onze redacties zitten in Zwolle, Groningen en Amsterdam.

Voor het team Digitale Producten zoeken wij een Data Analist (SQL, Python, Google Analytics).`,
    sector: null,
    lang: 'nl',
    why: 'publisher is unclassified',
  },
  {
    id: 'iv-148',
    company: 'Academia Digital Horizonte',
    text: `Sobre nós
A Academia Digital Horizonte oferece cursos online de programação, design e marketing digital para mais de 300 mil alunos no Brasil. Nossas aulas são gravadas por profissionais do mercado e acompanhadas de mentorias ao vivo. Estamos em Recife.

Vaga: Pessoa Desenvolvedora Front-end (React) para a nossa plataforma de ensino.`,
    sector: null,
    lang: 'pt',
    why: 'online course provider is education',
  },
  {
    id: 'iv-149',
    company: 'Almagro & Vidal Consultores',
    text: `Almagro & Vidal es una consultora de estrategia y gestión con sede en Madrid. Asesoramos a comités de dirección de empresas de distribución, banca, energía y sanidad en transformación, eficiencia operativa y fusiones. Somos 200 consultores.

Buscamos Consultor/a de Analítica Avanzada para nuestra práctica de Data & AI.`,
    sector: null,
    lang: 'es',
    why: 'management consultancy is unclassified',
  },
  {
    id: 'iv-150',
    company: 'Istituto di Ricerca Sestante',
    text: `Chi siamo
L'Istituto di Ricerca Sestante è un ente di ricerca privato senza scopo di lucro con sede a Trento. Il nostro Data Lab studia la mobilità, il turismo e il mercato del lavoro nelle Alpi, collaborando con università, enti locali e aziende di trasporto.

Cerchiamo un/una Data Scientist con esperienza in Python e analisi spaziale.`,
    sector: null,
    lang: 'it',
    why: 'non-profit research institute',
  },
];
