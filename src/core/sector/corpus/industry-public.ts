// Labelled employer introductions, slice "industry and public": manufacturers, carmakers and their
// suppliers, government bodies and smart-city vendors, their unclassified neighbours (energy, mining,
// construction, logistics, education, non-profits) and a few IT firms, state-owned banks and telecoms.
// Labels follow docs/sector-labels.md; `why` marks the hard cases.
import type { SectorExample } from './example.ts';

export const INDUSTRY_PUBLIC: SectorExample[] = [
  // Automotive & Manufacturing
  {
    id: 'ip-001',
    company: 'Altmoor Motor Company Ltd',
    text: `Altmoor Motor Company builds compact SUVs and light vans at its plant in Telford, where 2,400 people assemble around 190,000 vehicles a year. We are moving the whole range to electric drive by 2030, and our manufacturing engineering team is growing to match.

As a Manufacturing Data Analyst you will work with body shop and paint shop engineers to find where the line loses time, build the dashboards shift leaders use each morning, and help decide which stations get new sensors next.

What we offer: 33 days holiday including bank holidays, private medical insurance, a car lease scheme and a pension with 8% employer contribution.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-002',
    company: 'Rheinfeld Bremstechnik GmbH',
    text: `## Über uns
Die Rheinfeld Bremstechnik GmbH entwickelt und fertigt Bremssättel, Bremsscheiben und elektromechanische Parkbremsen für Pkw und leichte Nutzfahrzeuge. Als Zulieferer mehrerer europäischer Automobilhersteller beschäftigen wir rund 1.100 Mitarbeitende an unseren Standorten in Koblenz und Trnava.

## Deine Aufgaben
- Auswertung von Prüfstandsdaten aus der Dauerlauferprobung
- Aufbau von Prognosemodellen für den Verschleiß von Reibbelägen
- Enge Zusammenarbeit mit Entwicklung und Qualitätssicherung

## Das bieten wir
Tarifvertrag der Metall- und Elektroindustrie, 30 Urlaubstage, Dienstrad-Leasing und betriebliche Altersvorsorge.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'ip-003',
    company: 'Parallax Mobility, Inc.',
    text: `We're looking for a senior data engineer to own the pipeline that carries telemetry from every truck we've ever shipped - about 40 TB a month and climbing.

Who we are: Parallax Mobility designs and builds battery-electric medium-duty delivery trucks. Our first 1,800 vehicles rolled off the line in Stockton, California last year, and the next-generation platform goes into production in 2026. We're 420 people, half of them on the factory floor.

You'll sit with the vehicle software and battery teams, and you'll have a real say in how we store and serve charge-cycle data to the engineers who need it.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-004',
    company: 'Kestrel Cell Works Sp. z o.o.',
    text: `<p><strong>About Kestrel Cell Works</strong></p><p>Kestrel Cell Works manufactures lithium-iron-phosphate battery cells and modules for electric buses and stationary storage. Our first production hall near Wrocław came on stream in 2023 and will reach 8&nbsp;GWh of annual capacity by 2026.</p><p>We are hiring a <strong>Process Data Scientist</strong> to join the cell formation team.</p><ul><li>Model the link between electrode coating parameters and cell capacity</li><li>Build early-warning checks for formation and ageing</li><li>Work in English with colleagues from 23 countries</li></ul>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes battery cells in its own plant; storage customers do not make it energy',
  },
  {
    id: 'ip-005',
    company: 'Halden Autonomy',
    text: `At Halden Autonomy we write software - perception, prediction, planning - but what we ship is a truck that drives itself. Our Class 8 tractors have covered more than 4 million autonomous miles hauling freight between Dallas and Atlanta for our carrier partners.

We're hiring a Machine Learning Engineer, Perception, to improve how our lidar and camera models handle rain, glare and road works. You'll train models in PyTorch, evaluate them on our simulation fleet, and see them on the road within weeks.

Based in Pittsburgh or Dallas. Medical, dental and vision coverage from day one.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'autonomous-driving company, not IT; hauling freight for carriers does not make it logistics',
  },
  {
    id: 'ip-006',
    company: 'Hoferbach Maschinenbau GmbH & Co. KG',
    text: `Für unseren Bereich Digitale Services suchen wir ab sofort eine*n Softwareentwickler*in für Maschinendaten (m/w/d).

Über uns: Seit 1962 bauen wir in Schwäbisch Hall Verpackungsmaschinen - Schlauchbeutelmaschinen, Kartonierer und komplette Endverpackungslinien. Unsere Anlagen verpacken Schokoriegel, Tiefkühlgemüse und Tabletten-Blister bei Kunden in über 60 Ländern. Rund 650 Kolleginnen und Kollegen konstruieren, montieren und nehmen jede Maschine selbst in Betrieb.

Was dich erwartet: Du entwickelst die Datenschnittstelle, über die unsere Maschinen Zustands- und Leistungsdaten an das Kundenportal melden.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'machine builder; the food and pharma customers do not decide',
  },
  {
    id: 'ip-007',
    company: 'Tessaract Robotics Pte. Ltd.',
    text: `# About Tessaract
Tessaract Robotics designs and builds collaborative robot arms for electronics assembly - screw driving, connector insertion, board handling. Every arm is assembled and calibrated at our facility in Tuas, and more than 3,500 of them are at work in plants across Southeast Asia.

# The role
We need a Robotics Software Engineer to work on grasp planning and force control.
- C++ and ROS 2 on real hardware, every week
- Close work with our mechanical and firmware engineers
- Occasional trips to customer lines in Penang and Ho Chi Minh City`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-008',
    company: 'Severnside Aerostructures Ltd',
    text: `<h3>Who we are</h3><p>Severnside Aerostructures machines and assembles wing ribs, spars and landing-gear doors for single-aisle and wide-body aircraft. From our two sites near Bristol we deliver to the final assembly lines of the world&rsquo;s major airframers, and our parts fly with more than 200 airlines.</p><h3>The opportunity</h3><p>As a Quality Data Engineer you will bring together inspection results from our CMMs, NDT cells and autoclaves so engineers can trace every part from raw billet to shipping crate.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes aircraft parts; the airlines that fly them are not the employer',
  },
  {
    id: 'ip-009',
    company: 'Sarvodaya Speciality Chemicals Pvt. Ltd.',
    text: `Sarvodaya Speciality Chemicals is a manufacturer of pigment intermediates, optical brighteners and textile auxiliaries, with three plants in Vapi and Dahej and exports to 38 countries. Our R&D centre in Vadodara develops new molecules and scales them from the lab to 20 kL reactors.

Position: Executive - Process Analytics
Location: Dahej, Gujarat
Experience: 2-5 years

Responsibilities include collecting batch data from DCS and LIMS, analysing yield losses with the production team, and preparing weekly reports for the plant head. Candidates with a B.Tech in Chemical Engineering and working knowledge of Python will be preferred.

About you:
- 2-5 years in a chemical, pharma or agrochemical plant, ideally in production or process engineering
- Comfortable with Excel and SQL; exposure to statistical process control
- Willing to work in a plant environment and support shift teams when a batch goes wrong

We offer a competitive salary, group mediclaim for you and your family, a transport facility from Bharuch and Ankleshwar, and subsidised canteen meals. Interested candidates may share their CV with current and expected CTC.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-010',
    company: 'Tollgate Bakeries Ltd',
    text: `Every night our ovens in Wakefield and Bridgend turn out 1.6 million loaves, rolls and crumpets, and by six the next morning they are on supermarket shelves from Inverness to Truro.

We're looking for a Demand Planning Analyst to help us bake the right amount: too little and a store runs out, too much and good bread goes to waste. You'll build forecasts with our customers' sales data, weather and promotions, and work with the bakery managers who turn your numbers into a production plan.

Perks include a staff shop with discounted bread and cakes, a free loaf every shift, and 25 days holiday plus bank holidays.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'bakes goods sold in supermarkets; the maker is Manufacturing, not Retail',
  },
  {
    id: 'ip-011',
    company: 'Brouwerij De Drie Kraanvogels B.V.',
    text: `Over ons
In 1904 begon onze overgrootvader met een brouwketel achter de herberg in Oudenaarde-aan-de-Vecht. Vandaag brouwen we in onze brouwerij in Weesp jaarlijks 220.000 hectoliter bier, van ons blonde pils tot seizoensbieren die in heel Nederland, België en Duitsland te koop zijn. We zijn nog steeds een familiebedrijf, met 190 collega's.

Wat ga je doen?
Als data-analist productie breng je de gegevens van brouwzaal, gistkelder en bottelarij samen. Je helpt onze brouwmeesters om het energieverbruik per hectoliter te verlagen en de vulling op de bottellijn stabieler te maken.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
  },
  {
    id: 'ip-012',
    company: 'Mobilificio Arzenti S.r.l.',
    text: `<p><strong>Chi siamo</strong></p><p>Dal 1971 Mobilificio Arzenti progetta e produce a Lissone divani, letti imbottiti e sedute in legno massello. Tutto nasce nel nostro stabilimento di 18.000&nbsp;m&sup2;: dalla falegnameria al taglio dei tessuti, fino al controllo finale. I nostri arredi sono venduti in oltre 400 negozi in Italia e all&rsquo;estero.</p><p><strong>La posizione</strong></p><p>Cerchiamo un/una <strong>Analista della pianificazione della produzione</strong> che lavori con il responsabile di stabilimento per ridurre i tempi di consegna e i fermi macchina.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'ip-013',
    company: 'Vindhya Steel & Alloys Ltd',
    text: `# About the company
Vindhya Steel & Alloys operates an integrated steel plant at Angul, Odisha with a capacity of 3.2 million tonnes a year: coke ovens, a blast furnace, basic oxygen furnaces and a hot strip mill producing HR coils and plates for construction, pipes and automobiles.

# Role: Senior Engineer - Digital & Automation
- Build soft sensors for blast furnace hot-metal temperature
- Maintain the historian and reporting systems used by operations
- Work with shift-in-charge engineers on process improvements

Company accommodation in the township, medical facilities and school bus for children.

# Who can apply
B.E./B.Tech in Metallurgy, Electrical or Instrumentation with 4-8 years in a steel or aluminium plant. Knowledge of Level 2 automation, OSIsoft PI or similar historians, and Python will be an advantage.

# Why join us
We are commissioning a second blast furnace and a cold rolling mill over the next three years, and the digital team will grow from 12 to 40 people. You will get exposure to every part of the plant, from the raw-material yard to the finishing lines.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-014',
    company: 'Cartonnages du Val de Loire SAS',
    text: `Qui sommes-nous ?
Cartonnages du Val de Loire fabrique chaque année plus de 300 millions de caisses en carton ondulé dans ses deux usines d'Amboise et de Saumur. Nos clients sont des vignerons, des industriels de l'agroalimentaire et de nombreux sites de vente en ligne, pour qui nous concevons des emballages sur mesure, plus légers et recyclables.

Le poste
Rattaché(e) au directeur industriel, vous analysez les données de nos onduleuses et de nos lignes d'impression afin de réduire la gâche et les changements de format. Vous travaillez avec les chefs d'équipe et le service maintenance.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'makes packaging in its factories; online-shop customers do not make it Retail',
  },
  {
    id: 'ip-015',
    company: 'Linescan Systems, Inc.',
    text: `Linescan Systems builds camera-based inspection systems that find defects on production lines before a part leaves the station: scratches on painted body panels, porosity in castings, missing clips in wire harnesses. Our systems run in stamping, paint and assembly plants across North America.

We are hiring a Computer Vision Engineer in Auburn Hills, Michigan. You will train and ship defect-detection models, tune them on real lines with our field engineers, and keep false rejects low enough that plant managers trust the system.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'production-line inspection systems are made for factories',
  },
  {
    id: 'ip-016',
    company: 'Quillon',
    text: `Quillon listens to machines.

Our wireless vibration and temperature sensors sit on pumps, presses, gearboxes and conveyors in more than 300 food, paper and automotive plants, and our software tells maintenance teams which asset will fail, roughly when, and why. Fewer breakdowns, fewer 3am callouts.

We're a team of 85 in Manchester and Leeds. We're hiring a Data Scientist to improve our fault-classification models, working with reliability engineers who have spent decades on factory floors.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'predictive maintenance for plants is a system made for factories, not generic IT',
  },
  {
    id: 'ip-017',
    company: 'Hollis & Rae',
    text: `Hollis & Rae makes shampoo, conditioner and soap bars with no plastic in sight. Everything is mixed, poured and packed at our own facility in Columbus, Ohio, and you'll find our products in more than 14,000 supermarkets and drugstores across the US and Canada.

We're looking for a Supply Chain Analyst to help us plan production runs, manage raw-material stock and keep our retail partners' shelves full. You'll work between the plant, procurement and the sales team.

Benefits: health, dental and vision insurance, 401(k) match, and a generous employee product allowance.

A bit more about us: we started in a kitchen in 2014 and moved into our own 90,000 sq ft plant in 2021. We make around 60 million units a year on four filling lines and two soap lines, and we formulate, test and package everything ourselves. Our team of 310 includes chemists, line operators, maintenance techs and a small, growing data group that you'd be joining.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'consumer brand that makes its goods; supermarkets only sell them',
  },
  {
    id: 'ip-018',
    company: 'Talentforge Recruitment',
    text: `Data Engineer - Automotive Interiors - Coventry - up to £58,000

Our client, a tier-one supplier of seating and interior trim to several of the major carmakers, is building out a small data team at its UK headquarters. They run eight plants across Europe and are connecting their production lines to a central data platform.

You will:
- build pipelines from PLCs and MES into Azure
- model scrap and downtime data for plant managers
- work alongside manufacturing engineers

Hybrid, 3 days on site. Please apply with an up-to-date CV and one of our consultants will be in touch.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'recruiter; the client is a car-parts supplier',
  },
  {
    id: 'ip-019',
    company: 'Caldwell Industries – Precision Castings',
    text: `Caldwell Industries is a family-owned group with businesses in property, trucking and metal casting. This role sits in Caldwell Precision Castings, our foundry in Woodstock, Ontario, which pours aluminium and ductile-iron parts for agricultural, rail and heavy-truck customers.

We're looking for a Process Improvement Analyst to study melt, mould and finishing data, reduce scrap and help the foundry team plan the introduction of a second high-pressure die-casting cell.

Shift-free role, group benefits and RRSP matching.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'group posting; the hiring unit is a foundry',
  },
  {
    id: 'ip-020',
    company: 'Chicotes Elétricos Paraná Ltda.',
    text: `Sobre nós
A Chicotes Elétricos Paraná produz chicotes elétricos e cabos de bateria para montadoras de automóveis e caminhões instaladas no Brasil e na Argentina. São 2.300 colaboradores em nossas fábricas de São José dos Pinhais e Ponta Grossa.

Vaga: Analista de Dados de Engenharia de Processos
- Acompanhar indicadores de qualidade e produtividade das linhas de montagem
- Desenvolver relatórios em Power BI para a gerência industrial
- Apoiar projetos de automação de testes elétricos

Benefícios: plano de saúde, vale-alimentação, transporte fretado e participação nos lucros.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  {
    id: 'ip-021',
    company: 'Neumáticos Alcorza S.A.',
    text: `# Quiénes somos
Neumáticos Alcorza fabrica neumáticos para turismos, furgonetas y maquinaria agrícola en su planta de Miranda de Ebro, donde trabajan 1.400 personas. Cada día salen de nuestras prensas de vulcanizado unas 26.000 cubiertas que se montan en vehículos nuevos o se venden a talleres de toda Europa.

# Qué buscamos
Una persona para el equipo de Ingeniería de Procesos que analice los datos de mezclado, confección y vulcanizado y proponga mejoras para reducir defectos.
- Experiencia con SQL y Python
- Ganas de pisar planta`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'ip-022',
    company: 'Prairie Iron Works Ltd.',
    text: `Prairie Iron Works designs and manufactures air seeders, grain carts and land rollers at our 40-acre plant in Humboldt, Saskatchewan. Farmers across Western Canada, the Northern Plains and Australia run our equipment through seeding and harvest.

We're hiring an Embedded Software Developer to work on the seeding-rate controllers and the tablet app operators use in the cab. You'll test on real machines in our yard and, come spring, in the field with our customers.

Full benefits, profit sharing and a company truck for field trips.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes farm machinery; agriculture is only its customers',
  },
  {
    id: 'ip-023',
    company: 'Arkwell Defence Systems plc',
    text: `Arkwell Defence Systems designs and manufactures tracked armoured vehicles, remote weapon stations and turret systems for the Ministry of Defence and allied armed forces. Our sites in Newcastle and Telford employ 3,100 people, from welders to software engineers.

Role: Reliability Data Analyst (SC clearance required)

You will analyse field-return and test-track data to predict component failures and feed your findings back into vehicle design. UK nationality is required for this role.

What you will do:
- Build failure-rate and life-cycle cost models for powertrain, suspension and electronic sub-systems
- Work with design engineers to turn trial findings into design changes
- Present reliability growth figures at customer design reviews

Arkwell offers a 9-day fortnight, a contributory pension of up to 12%, and support for chartership with the IMechE or the IET. Our Newcastle site is a short walk from the Metro.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'defence manufacturer, not Public Sector; government is only its customer',
  },
  {
    id: 'ip-024',
    company: 'Coldharbor Air Inc.',
    text: `Coldharbor Air manufactures rooftop heating and cooling units for commercial buildings at our plant in Jackson, Tennessee. Hiring a Test Engineering Data Analyst to automate reporting from our run-test stations and flag failing compressors early. On site, first shift. Medical, dental and a 401(k) from day one.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-025',
    company: 'Vetrerie Del Serio S.p.A.',
    text: `&lt;p&gt;&lt;strong&gt;Chi siamo&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Vetrerie Del Serio produce contenitori in vetro per vino, birra, acque minerali e olio d&amp;rsquo;oliva. Nei nostri tre forni di Alzano e Treviglio fondiamo ogni giorno 900 tonnellate di vetro, di cui oltre la met&amp;agrave; riciclato.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Cosa farai&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Analisi dei dati di formatura e di ispezione delle bottiglie&lt;/li&gt;&lt;li&gt;Supporto al miglioramento dell&amp;rsquo;efficienza energetica dei forni&lt;/li&gt;&lt;/ul&gt;`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'ip-026',
    company: 'Chocolaterie Maison Lemaire SA',
    text: `Qui sommes-nous ?

Depuis 1932, la Chocolaterie Maison Lemaire transforme les fèves de cacao en tablettes, pralines et pâtes à tartiner dans son usine de Verviers. Nos chocolats se retrouvent dans les rayons des supermarchés en Belgique, en France et aux Pays-Bas, et dans nos deux boutiques historiques de Liège.

Nous recherchons un(e) analyste en planification industrielle pour optimiser l'ordonnancement de nos lignes de moulage et d'emballage, en particulier avant Pâques et les fêtes de fin d'année.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'makes its chocolate; supermarkets and two shops do not make it Retail',
  },
  {
    id: 'ip-027',
    company: 'Sundown Coatings Pty Ltd',
    text: `<p>Sundown Coatings has been making paint in Australia for over 60 years. Our factory in Dandenong South produces interior and exterior house paints, primers and protective coatings, sold through hardware stores and trade centres across every state.</p><p>We are looking for a <strong>Formulation Data Analyst</strong> to help our chemists make sense of thousands of test panels and weathering results, and to build tools that predict how a new formula will perform before it goes on the exposure racks.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'paint maker; hardware stores only sell its goods',
  },
  {
    id: 'ip-028',
    company: 'Fietsfabriek Hollandse Waard B.V.',
    text: `Wie zijn wij?
In onze fabriek in Dordrecht lassen, lakken en monteren we elk jaar ruim 120.000 fietsen: stadsfietsen, e-bikes en bakfietsen. Frames, wielen en accupakketten komen samen op onze eigen assemblagelijnen en gaan daarna naar fietsenwinkels in de Benelux en Duitsland.

Jouw rol
Als engineer testdata bouw je de software waarmee we elke e-bike aan het eind van de lijn testen, en analyseer je retouren om zwakke plekken in onze motoren en accu's te vinden.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
  },
  {
    id: 'ip-029',
    company: 'Fenby Pet Nutrition Ltd',
    text: `Our kitchens in Grantham cook 40,000 tonnes of dog and cat food a year, from dry kibble to wet pouches, for our own brands and for some of the UK's best-known pet shops. Our recipes are developed with animal nutritionists and recommended by vets across the country.

We're hiring a Quality Data Analyst to track every batch from raw-meat intake to sealed pouch, spot drift in moisture and protein early, and help the quality team prepare for audits.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes pet food in its own plant; vets and pet shops are not the employer',
  },
  {
    id: 'ip-030',
    company: 'Asientos Automotrices del Bajío S.A. de C.V.',
    text: `<p><strong>Acerca de nosotros</strong></p><p>Somos fabricantes de asientos completos, estructuras metálicas y espumas para armadoras de vehículos ligeros en México y Estados Unidos. Nuestra planta en Querétaro entrega asientos en secuencia, justo a tiempo, a cuatro líneas de ensamble.</p><p><strong>Vacante: Ingeniero(a) de Datos de Manufactura</strong></p><ul><li>Integrar datos de soldadura, costura y prueba final</li><li>Desarrollar tableros para producción y calidad</li><li>Inglés intermedio</li></ul><p>Ofrecemos prestaciones superiores a las de ley, comedor y transporte.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'ip-031',
    company: 'Tarang Electric Mobility Pvt. Ltd.',
    text: `Love motorcycles? So do we. 🏍️

Tarang builds electric motorcycles from the ground up in Hosur - our own motors, our own battery packs, our own frames. Since launch we've put 65,000 bikes on Indian roads, and riders have covered over 400 million km on them.

We're hiring a Battery Data Scientist to work on state-of-health estimation using data streamed from every bike. You'll pair with our cell engineers and the team in the pack assembly line, and your models will reach riders' dashboards through OTA updates.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-032',
    company: 'Aluprofil Westerwald GmbH',
    text: `Wer wir sind: Die Aluprofil Westerwald GmbH presst, eloxiert und bearbeitet Aluminiumprofile für Fenster- und Fassadenbauer, den Schienenfahrzeugbau und die Elektromobilität. Mit vier Strangpressen und 380 Beschäftigten in Montabaur gehören wir zu den größeren Profilherstellern in Deutschland.

Zur Verstärkung unserer Produktionsplanung suchen wir eine*n Data Analyst (m/w/d), der bzw. die Auftragsdaten, Maschinenzeiten und Ausschussquoten zusammenführt und unsere Planer mit Prognosen unterstützt.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'ip-033',
    company: 'Taktwerk Software GmbH',
    text: `Taktwerk develops a manufacturing execution system for discrete manufacturers: order dispatch to work centres, machine data collection, quality checks at the station and full genealogy for every part. More than 180 factories in the DACH region plan and track their production with it, from gearbox makers to furniture plants.

We are looking for a Backend Engineer (Kotlin) for our shop-floor connectivity team in Augsburg. You will work on the OPC UA and MQTT adapters that connect our system to the machines. English or German as working language.

Your tasks:
- Develop and maintain connectors for PLCs, CNC machines and test benches
- Improve the throughput of our event pipeline (Kafka, PostgreSQL)
- Work directly with customers' automation engineers during go-lives

What you bring: solid experience with Kotlin or Java, an interest in industrial protocols, and the patience to debug a machine that only talks on Tuesdays. We offer 30 days of holiday, a company pension and two days a year on a customer shop floor to see our software in action.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'software made for factories belongs with Manufacturing, not IT',
  },
  {
    id: 'ip-034',
    company: 'Kaveri Embedded Systems Pvt. Ltd.',
    text: `About Us:
Kaveri Embedded Systems develops and validates ECU software for passenger-car and two-wheeler makers: battery management, motor control and body electronics. Our 900 engineers in Pune and Coimbatore work as an extension of the R&D teams of carmakers in India, Japan and Europe, and our code runs in more than four million vehicles.

Job Title: Senior Engineer - Model-Based Development
- Develop control algorithms in MATLAB/Simulink
- Generate and verify production code to AUTOSAR standards
- Support HIL testing with the validation team`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'a software supplier made for carmakers is an automotive supplier',
  },
  {
    id: 'ip-035',
    company: 'Skyhaven Aeronautics Pty Ltd',
    text: `Skyhaven Aeronautics designs and builds fixed-wing survey drones at our workshop in Toowoomba. Agronomists use them to map crop health, mine surveyors to measure stockpiles, and councils to inspect roads after floods. Every airframe is laid up, wired and flight-tested by our own team.

We're after a Flight Software Engineer to work on autopilot and mission-planning code. Experience with PX4 or ArduPilot is a plus.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes aircraft; farm, mine and council users do not decide',
  },
  {
    id: 'ip-036',
    company: 'Ashby & Wren',
    text: `Ashby & Wren pours every candle by hand at our workshop in Ludlow, Shropshire - around 2,000 a day in season - and blends our room sprays and diffusers in the room next door. You'll find them in our three shops, on our website and in department stores in the UK and Ireland.

We're looking for a part-time Operations Analyst to help us plan production around the Christmas peak and keep wax, glass and fragrance stock in balance.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'brand that makes its own goods; its shops do not make it Retail',
  },
  {
    id: 'ip-037',
    company: 'Glenmore Dairies Ltd',
    text: `Glenmore Dairies is a family-owned dairy company in the Waikato. Each spring morning our tankers collect milk from around 400 farms, and our two creameries at Morrinsville and Te Aroha turn it into cheddar, butter and milk powder for customers in New Zealand and 30 export markets.

We're hiring a Manufacturing Systems Analyst to look after the data coming off our evaporators, dryers and packing lines and to help our site managers plan capacity for the peak of the season.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'processes milk into food in its factories; the farms are its suppliers',
  },
  {
    id: 'ip-038',
    company: 'Keystone Railcar Company',
    text: `Keystone Railcar Company builds light-rail vehicles and commuter railcars at our plant in Hornell, New York. Transit agencies in eleven US cities run our cars, and we are currently building 140 vehicles for two new lines.

As a Systems Integration Engineer you will test the train control and passenger information software on our test track before each car is delivered, and work with the agencies' engineers during acceptance.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes trains; the transit agencies that run them are Public Sector',
  },
  {
    id: 'ip-039',
    company: 'Fiação e Tecelagem do Ave, S.A.',
    text: `Sobre nós
Fundada em 1948 em Vila Nova de Famalicão, a Fiação e Tecelagem do Ave fia, tece e acaba tecidos de algodão e linho para marcas de vestuário e de têxteis-lar de toda a Europa. Com 560 colaboradores e um parque de 240 teares, somos uma das principais tecelagens do Vale do Ave.

Procuramos um(a) Engenheiro(a) de Processo para a área de acabamentos, com interesse em dados: vai acompanhar indicadores de qualidade, consumos de água e energia, e apoiar a equipa na redução de defeitos.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  {
    id: 'ip-040',
    company: 'Strata Forge Inc.',
    text: `Strata Forge is a contract manufacturer of metal parts made by additive manufacturing. We run 34 laser powder-bed machines in Cincinnati and print titanium and nickel parts for jet engines, rocket injectors and orthopaedic implants, then heat-treat, machine and inspect them in house.

We're hiring a Process Data Engineer to connect build logs, melt-pool monitoring and CT scan results so that our engineers can qualify new parts faster.

You will:
- design a data model that links each build to its powder lot, machine and inspection results
- automate anomaly detection on layer images and melt-pool signals
- work with quality engineers on the data packages our aerospace customers require

We offer medical, dental and vision coverage, a 401(k) with 6% match and a quarterly bonus tied to on-time delivery.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'contract manufacturer; aerospace and implant customers do not decide',
  },
  {
    id: 'ip-041',
    company: 'Pennine Mouldings Ltd',
    text: `Injection moulder, 110 presses, Rochdale. Production Data Analyst wanted.

We mould plastic components for household appliances, garden products and car interiors. You'll report on OEE, scrap and tool changes for the production manager.

Days, Mon-Fri. Private health insurance, 25 days plus bank holidays, cycle to work scheme, free parking.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'health insurance and bank holidays are benefits; it moulds plastic parts',
  },
  {
    id: 'ip-042',
    company: 'Horlogerie Combe-Grède SA',
    text: `<p><strong>Notre maison</strong></p><p>Installée à Saint-Imier depuis 1889, Horlogerie Combe-Grède conçoit et fabrique ses propres mouvements mécaniques. Du décolletage des pièces à l&rsquo;assemblage et au réglage final, près de 300 collaboratrices et collaborateurs réalisent chaque année quelque 18&nbsp;000 montres.</p><p><strong>Votre mission</strong></p><p>En tant qu&rsquo;ingénieur(e) qualité, vous analysez les données de contrôle de nos ateliers de composants et mettez en place des outils de suivi statistique des procédés.</p><p><strong>Votre profil</strong></p><ul><li>Ingénieur(e) HES en microtechnique ou en mécanique, ou formation équivalente</li><li>Connaissance de la maîtrise statistique des procédés et des plans d&rsquo;expériences</li><li>Intérêt pour la programmation (Python ou R)</li></ul><p>Nous offrons un environnement de travail au cœur d&rsquo;un savoir-faire unique, un horaire variable et des prestations sociales de qualité.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
  },
  {
    id: 'ip-043',
    company: 'Officine Meccaniche Sanvitale S.p.A.',
    text: `Officine Meccaniche Sanvitale progetta e costruisce pompe a ingranaggi e motori idraulici per trattori, escavatori e carrelli elevatori. Nello stabilimento di Reggio Emilia lavorano 520 persone tra lavorazioni meccaniche, assemblaggio e banchi prova.

Per l'ufficio Ingegneria di Produzione cerchiamo un/una Data Analyst che raccolga i dati dei banchi prova e delle macchine utensili e supporti i responsabili di reparto nel miglioramento continuo. Contratto metalmeccanico, mensa aziendale, welfare.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'ip-044',
    company: 'Stanmore Elevator Company',
    text: `We design and build passenger and freight elevators at our factory in Lorain, Ohio - cabs, drives, controllers and door systems - and our crews install them in hospitals, apartment towers and warehouses across the Midwest.

The Controls Software Engineer will work on the dispatch logic that decides which car answers which call, and on the remote monitoring that tells our service techs about a fault before the building manager does.

Union plant. Medical, dental, pension and tuition reimbursement.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
  {
    id: 'ip-045',
    company: 'Himsagar Beverages Pvt. Ltd.',
    text: `Himsagar Beverages bottles packaged drinking water, fruit drinks and carbonated soft drinks at five plants in Himachal Pradesh, Punjab and Uttar Pradesh. Our drinks reach more than 300,000 retail outlets in North India through a network of 1,200 distributors.

Opening: Analyst - Manufacturing Excellence (Baddi plant)
Key responsibilities: line-efficiency reporting, water and energy usage analysis, supporting the plant head in capacity planning for the summer peak.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes and bottles drinks; the retail outlets only sell them',
  },

  // Public Sector & Smart Cities
  {
    id: 'ip-046',
    company: 'Stadt Kassel',
    text: `Die Stadt Kassel sucht für das Amt für Statistik und Wahlen zum nächstmöglichen Zeitpunkt eine*n

Datenanalyst*in (m/w/d) – Entgeltgruppe 11 TVöD

Das Amt erstellt die amtliche Statistik der Stadt, führt die Wahlen und Abstimmungen durch und stellt Daten über Bevölkerung, Wohnen und Verkehr für Politik, Verwaltung und Bürgerschaft bereit.

Ihre Aufgaben:
- Aufbereitung und Auswertung von Melde- und Wahldaten
- Weiterentwicklung des städtischen Open-Data-Portals
- Erstellung von Berichten für den Magistrat

Wir bieten: einen sicheren Arbeitsplatz im öffentlichen Dienst, flexible Arbeitszeiten und ein Jobticket.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
  },
  {
    id: 'ip-047',
    company: 'Ville de Grenoble',
    text: `<p><strong>La collectivité</strong></p><p>Avec plus de 4&nbsp;000 agents, la Ville de Grenoble assure chaque jour les services publics de proximité&nbsp;: écoles, crèches, espaces verts, propreté urbaine, état civil et culture.</p><p>Au sein de la Direction des systèmes d&rsquo;information, le service Données et Cartographie recrute un(e) <strong>chargé(e) d&rsquo;études géomatiques</strong> (catégorie B, filière technique).</p><ul><li>Mettre à jour le référentiel des voies et des adresses</li><li>Produire des cartes et analyses pour les élus</li></ul>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'ip-048',
    company: 'Ayuntamiento de Valladolid',
    text: `El Ayuntamiento de Valladolid convoca un proceso selectivo para cubrir, en régimen de interinidad, una plaza de Técnico/a de Análisis de Datos adscrita al Servicio de Innovación y Modernización Administrativa.

Funciones principales:
- Explotación de los datos de los servicios municipales (padrón, tributos, movilidad, atención ciudadana).
- Elaboración de cuadros de mando para las concejalías.
- Apoyo a la publicación de conjuntos de datos en el portal de datos abiertos municipal.

Requisitos: titulación universitaria de grado y nacionalidad española o de un Estado miembro de la UE.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'ip-049',
    company: 'Gemeente Zwolle',
    text: `Over ons
Gemeente Zwolle werkt elke dag aan een stad waar het goed wonen, werken en leven is voor ruim 130.000 inwoners. Van paspoorten en vergunningen tot groenonderhoud en jeugdzorg: onze 1.600 collega's zorgen dat het gebeurt.

Wat ga je doen?
Als data-analist bij het team Onderzoek en Statistiek beantwoord je vragen van het college en de raad met cijfers: hoeveel woningen zijn er nodig, waar groeit de drukte op de fietspaden, welke wijken hebben extra aandacht nodig?

Wat bieden wij?
Salaris in schaal 10, een Individueel Keuzebudget van 17,05% en een goed pensioen bij het ABP.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'ip-050',
    company: 'Comune di Bergamo',
    text: `# Chi siamo
Il Comune di Bergamo eroga ogni giorno servizi a oltre 120.000 cittadini: anagrafe, scuole dell'infanzia, servizi sociali, manutenzione delle strade e del verde, polizia locale.

# Il profilo ricercato
Per il Servizio Sistemi Informativi e Innovazione cerchiamo un Istruttore Direttivo Informatico (Area dei Funzionari), a tempo pieno e indeterminato, che si occupi di:
- integrazione delle banche dati comunali
- sviluppo di servizi online per i cittadini
- analisi dei dati per gli uffici di settore

Assunzione tramite concorso pubblico per esami.

# Requisiti
- Laurea magistrale in informatica, ingegneria informatica o statistica
- Conoscenza di SQL e di almeno un linguaggio di programmazione
- Conoscenza della normativa sull'amministrazione digitale

# Cosa offriamo
Contratto collettivo Funzioni Locali, buoni pasto, possibilità di lavoro agile fino a due giorni a settimana e un piano di formazione sulla trasformazione digitale della pubblica amministrazione. Le domande vanno presentate esclusivamente online entro il termine indicato nel bando.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
  },
  {
    id: 'ip-051',
    company: 'Prefeitura Municipal de Londrina',
    text: `<p>A <strong>Prefeitura Municipal de Londrina</strong> torna pública a abertura de processo seletivo simplificado para contratação temporária de <strong>Analista de Dados</strong> para a Secretaria Municipal de Planejamento, Orçamento e Tecnologia.</p><p>O profissional apoiará as secretarias municipais na organização dos dados de saúde, educação, assistência social e arrecadação, na construção de painéis de acompanhamento de metas do plano de governo e na publicação de dados no portal da transparência.</p><p>Carga horária: 40 horas semanais.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
  },
  {
    id: 'ip-052',
    company: 'State of Minnesota',
    text: `Working Title: Budget Data Analyst
Agency: Minnesota Management and Budget Analytics Office

The Budget Analytics Office prepares revenue and spending forecasts for the Governor and the Legislature and helps state agencies measure whether their programs reach the people they serve.

In this role you will maintain the models behind the biennial budget forecast, clean and document agency data, and write plain-language summaries for legislative staff.

The State of Minnesota offers a pension plan, low-cost medical and dental coverage, and paid holidays.

Minimum qualifications: three years of professional experience in quantitative analysis, including work with large datasets in R, Python or SAS. A bachelor's degree in economics, statistics, public policy or a related field may substitute for one year of experience.

Preferred: experience with public-sector budgets or revenue forecasting; ability to explain technical work to non-technical audiences.

This position is eligible for telework within Minnesota. Applicants must submit a resume and a cover letter describing their forecasting experience.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-053',
    company: 'Government of Telangana – Directorate of Land Records',
    text: `Applications are invited for contractual engagement of GIS Analysts (5 posts) in the Directorate of Land Records, Revenue Department, Government of Telangana, Hyderabad.

The Directorate maintains the cadastral maps and record-of-rights for over 10,000 revenue villages and is digitising survey records so that citizens can view and update their land details online.

Essential qualifications: M.Sc. Geoinformatics or B.Tech with GIS experience. Remuneration as per government norms. Tenure: one year, extendable.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-054',
    company: 'Queensland Government',
    text: `# About us
The Road Safety Data Unit sits within the Queensland Government's transport department. We collect, link and publish data on every reported crash on Queensland roads, and our analysis shapes speed-limit reviews, black-spot funding and driver education campaigns.

# About the role
As a Senior Data Analyst (AO6) you will link crash, hospital and licensing data, build models of crash risk along the state-controlled road network, and brief executives on what the numbers mean.

Location: Brisbane CBD. Temporary full-time until June 2027.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-055',
    company: 'West Pennine Police',
    text: `West Pennine Police serves 1.1 million people across towns and moorland communities. Our Performance and Insight team helps officers put resources where they are needed most.

We are recruiting a Crime Analyst (police staff, Grade F). You will map patterns in burglary, vehicle crime and anti-social behaviour, produce problem profiles for neighbourhood teams and support major investigations with timeline and network analysis.

Successful applicants will undergo vetting. Benefits include a local government pension, flexible working and 26 days annual leave rising with service.

About you: you'll have a degree or equivalent experience in a numerate or social-science subject, be confident with Excel and SQL, and ideally have used a GIS tool such as QGIS. You must have lived in the UK for the last three years to meet vetting requirements.

We are committed to building a workforce that reflects the communities we serve and welcome applications from all backgrounds.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-056',
    company: 'Province of Nova Scotia – Court Services',
    text: `<p>Court Services supports the Provincial Court, the Supreme Court and the Family Court of Nova Scotia, running court offices in 19 communities and managing the records of more than 60,000 cases a year.</p><p>We are seeking a <strong>Business Intelligence Analyst</strong> to build reports on case volumes, time to disposition and interpreter needs, and to help modernise our case management system.</p><p>The Province of Nova Scotia is an Equal Opportunity Employer.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-057',
    company: 'Office for Regional Statistics',
    text: `The Office for Regional Statistics produces the official figures on population, employment and housing for the twelve regions, and publishes them on a fixed calendar so that everyone sees them at the same time.

We're hiring a Statistical Methodologist to redesign how we estimate small-area population between censuses, combining survey data with administrative records. You'll work with demographers, data engineers and colleagues in other government departments.

Civil Service pension, flexible hours and hybrid working from our Newport or Darlington offices.

What you'll bring:
- A postgraduate qualification in statistics, or equivalent experience
- Experience of small-area estimation, record linkage or survey weighting
- Strong R or Python, and the judgement to know when a simple method is good enough

How to apply: please submit a CV and a 750-word statement of suitability against the criteria above. Interviews will be held online in the week of 12 May.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-058',
    company: 'Marlow County Department of Public Health',
    text: `The Marlow County Department of Public Health protects the health of 640,000 residents through disease surveillance, restaurant inspections, immunization clinics and maternal and child health programs.

Position: Epidemiologist II (Data Modernization)

You will build automated pipelines for reportable-disease and syndromic-surveillance data, create dashboards for county leadership, and support outbreak investigations. This position is funded through a state grant.

Marlow County offers CalPERS retirement, medical, dental and vision insurance, and 13 paid holidays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a county health department is Public Sector, not Healthcare',
  },
  {
    id: 'ip-059',
    company: 'Tri-River Regional Transit Authority',
    text: `&lt;p&gt;Tri-River Regional Transit Authority operates 62 bus routes, two light-rail lines and paratransit service across three counties, carrying 38 million riders a year. TRRTA is a public agency governed by a board appointed by the member cities and counties.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Service Planning Data Analyst&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Use automatic passenger counter and fare data to evaluate route performance and support the annual service change.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'publicly run transport is Public Sector, not logistics',
  },
  {
    id: 'ip-060',
    company: 'Finanzverwaltung des Landes Brandenburg',
    text: `Die Finanzverwaltung des Landes Brandenburg – mit 13 Finanzämtern und der Technischen Finanzschule – sorgt dafür, dass Steuern gerecht und gleichmäßig festgesetzt und erhoben werden.

Für das Referat Risikomanagement suchen wir eine*n Data Scientist (m/w/d). Sie entwickeln Modelle, die Steuererklärungen mit erhöhtem Prüfbedarf erkennen, und arbeiten eng mit der Betriebsprüfung und der Steuerfahndung zusammen.

Wir bieten eine Verbeamtung bei Vorliegen der Voraussetzungen, Gleitzeit und mobiles Arbeiten.

Ihr Profil:
- abgeschlossenes Hochschulstudium (Master oder Diplom) in Statistik, Informatik, Mathematik oder einer vergleichbaren Fachrichtung
- sehr gute Kenntnisse in Python oder R sowie in SQL
- Interesse an steuerrechtlichen Fragestellungen

Bewerbungen von Menschen mit Schwerbehinderung sind ausdrücklich erwünscht. Die Stelle ist grundsätzlich teilbar. Bitte bewerben Sie sich bis zum 30. des Monats über unser Online-Bewerbungsportal.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'a tax administration is government, not Finance',
  },
  {
    id: 'ip-061',
    company: 'Greenwave Mobility Ltd',
    text: `Greenwave Mobility makes adaptive traffic-signal software for local authorities. Our platform reads detector and camera data at junctions and retimes signals every cycle, cutting queues and giving buses and cyclists priority. Fourteen UK councils and three Australian cities run it today.

We're looking for a Traffic Data Scientist to improve our queue-length estimation and to work with council traffic engineers when we roll out to a new city. Background in transport modelling welcome; we'll teach you the rest.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'traffic-signal platform made for cities is Smart Cities, not IT',
  },
  {
    id: 'ip-062',
    company: 'Vrijplek B.V.',
    text: `Vrijplek maakt parkeren in de stad eenvoudiger. Onze sensoren in het wegdek zien of een parkeerplek vrij is, en onze software helpt gemeenten bij handhaving, vergunningparkeren en het sturen van verkeer naar garages. Inmiddels werken 28 Nederlandse en Belgische gemeenten met ons platform.

Voor ons team in Utrecht zoeken we een backend developer die werkt aan de koppelingen met de systemen van gemeenten en handhavers. Je werkt met Go en PostgreSQL in een team van acht.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'smart-parking product made for municipalities',
  },
  {
    id: 'ip-063',
    company: 'Kerbside Labs Ltd',
    text: `Every week, council bin lorries in 40 UK districts follow routes we planned.

Kerbside Labs builds route-optimisation and in-cab software for local authority waste and recycling services. Crews see their round on a tablet, report missed bins and contaminated recycling, and managers see the whole fleet live.

Role: Optimisation Engineer. You'll work on the vehicle-routing solver that rebalances rounds when councils change collection days or add food-waste collections.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'waste-route planning made for councils',
  },
  {
    id: 'ip-064',
    company: 'Ministry of Defence – Defence Analytics Branch',
    text: `The Defence Analytics Branch provides operational research and data science to the armed forces and the Ministry of Defence: from modelling spare-parts demand for aircraft fleets to analysing recruitment and retention of service personnel.

We are seeking an Operational Research Analyst (Higher Executive Officer). You will build simulation and optimisation models, present findings to senior military and civilian staff, and work with colleagues in all three services.

Security clearance required. Civil Service pension and 25 days leave plus bank holidays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-065',
    company: "Ministère de l'Agriculture – Service de la statistique",
    text: `Le service de la statistique et de la prospective du ministère chargé de l'agriculture produit les statistiques officielles sur les exploitations agricoles, les cultures, l'élevage et les industries agroalimentaires : recensement agricole, enquêtes sur les pratiques culturales, comptes de l'agriculture.

Poste : chargé(e) d'études en méthodologie statistique

Vous concevez les plans de sondage des enquêtes annuelles auprès des exploitations et développez les programmes de redressement en R. Poste ouvert aux fonctionnaires de catégorie A et aux contractuels.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
    why: 'a ministry is government even when its subject is farming',
  },
  {
    id: 'ip-066',
    company: 'Office of Environmental Monitoring',
    text: `The Office of Environmental Monitoring is the State body responsible for measuring air and water quality in Ireland. We run 110 air-monitoring stations and sample rivers, lakes and bathing waters across the country, and our data underpin national reporting to the European Commission.

Data Engineer (Grade 7), Dublin or Cork. You will modernise the pipelines that take sensor and laboratory results into our public data services.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-067',
    company: 'Government Digital Services Agency',
    text: `<p><strong>Who we are</strong></p><p>The Government Digital Services Agency is a statutory board that builds and runs the digital services Singapore residents use to file claims, book appointments and sign documents with government. Our engineers, designers and product managers work side by side with ministries to rebuild services around citizens.</p><p><strong>What you will do</strong></p><ul><li>Design and build APIs for a shared identity and payments platform</li><li>Operate services on government cloud</li><li>Mentor junior engineers</li></ul><p><strong>What we are looking for</strong></p><ul><li>At least six years of experience building backend systems in Java, Go or TypeScript</li><li>Hands-on experience with distributed systems and public cloud</li><li>A strong sense of security and privacy when handling personal data</li></ul><p>Only shortlisted candidates will be notified. All appointments are subject to the terms and conditions of the public service.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a government agency, even though it builds software',
  },
  {
    id: 'ip-068',
    company: 'Hartside Borough Council',
    text: `Housing Data Officer – Housing Services – Grade 8

Hartside Borough Council owns and manages 14,000 council homes and runs the housing register for everyone waiting for a social tenancy in the borough. We also deal with homelessness applications and licensing of private landlords.

You'll keep our stock condition and repairs data accurate, produce the figures we report to the regulator, and help managers spot homes at risk of damp and mould before tenants have to tell us.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a borough council is government, not real estate',
  },
  {
    id: 'ip-069',
    company: 'City of Ballarat',
    text: `Ballarat's libraries lend over a million items a year, run coding clubs and English conversation classes, and give anyone a free computer and Wi-Fi. Our Libraries and Learning team is part of the City of Ballarat, which also looks after the city's roads, parks, waste collection and community services.

We're hiring a Digital Services Librarian to manage our e-collections, analyse borrowing data and run digital literacy sessions across four branches. Band 5, full time.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-070',
    company: 'Lichtnetz Kommunal GmbH',
    text: `Lichtnetz Kommunal vernetzt Straßenbeleuchtung. Unsere Steuermodule und unsere Plattform ermöglichen es Städten und Gemeinden, jede Leuchte einzeln zu dimmen, Ausfälle sofort zu erkennen und den Stromverbrauch der Beleuchtung um bis zu 60 Prozent zu senken. Über 90 Kommunen in Deutschland und Österreich setzen unsere Lösung ein.

Für unser Team in Leipzig suchen wir eine*n Full-Stack-Entwickler*in (m/w/d), die bzw. der das Betreiberportal für kommunale Bauhöfe und Tiefbauämter weiterentwickelt.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'street-lighting platform made for municipalities',
  },
  {
    id: 'ip-071',
    company: 'Wealdshire Fire and Rescue Service',
    text: `Wealdshire Fire and Rescue Service responds to around 9,000 incidents a year from 24 fire stations and carries out thousands of home fire safety visits.

We are looking for an Information Analyst to join our Risk and Planning team. You'll use incident, building and population data to decide where prevention work is needed, and to model how changes in crewing or station locations affect response times.

Benefits: Local Government Pension Scheme, flexible working, on-site gym and a cycle-to-work scheme.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-072',
    company: 'Pinecrest County Emergency Communications',
    text: `When someone in Pinecrest County dials 911, one of our telecommunicators answers. The Emergency Communications Department dispatches the Sheriff's Office, fire districts and EMS for 14 municipalities from a single center.

GIS / CAD Systems Analyst: maintain the address points and road centerlines that route every call, manage map updates in the computer-aided dispatch system, and prepare call-volume reports for the Board of Commissioners.

County benefits package, including pension and paid holidays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a county department; 911 calls and EMS do not make it telecom or health',
  },
  {
    id: 'ip-073',
    company: 'Diputación Provincial de Granada',
    text: `<p><strong>Quiénes somos</strong></p><p>La Diputación Provincial de Granada presta asistencia técnica, económica y tecnológica a los 174 municipios de la provincia, la mayoría con menos de 5.000 habitantes: abastecimiento de agua, recogida de residuos, carreteras provinciales, servicios sociales comunitarios y administración electrónica.</p><p><strong>Puesto</strong>: Técnico/a Superior en Sistemas de Información Geográfica, para el Servicio de Asistencia a Municipios.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'ip-074',
    company: 'Regione Puglia',
    text: `Regione Puglia – Dipartimento Mobilità

Avviso di selezione per n. 2 funzionari esperti in analisi dei dati di mobilità, da assegnare all'Osservatorio regionale dei trasporti.

L'Osservatorio raccoglie e analizza i dati del trasporto pubblico locale, del traffico sulle strade regionali e degli spostamenti casa-lavoro, a supporto della programmazione dei servizi ferroviari e su gomma finanziati dalla Regione.

Requisiti: laurea magistrale in ingegneria, statistica o economia; conoscenza di R o Python e di strumenti GIS.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
  },
  {
    id: 'ip-075',
    company: 'Zeladoria Digital Tecnologia Lda.',
    text: `A Zeladoria Digital desenvolve uma aplicação com que os munícipes comunicam à câmara municipal um buraco na estrada, um candeeiro apagado ou lixo por recolher, e um sistema de gestão com que os serviços municipais encaminham, resolvem e respondem a cada pedido. Hoje trabalhamos com 37 câmaras municipais em Portugal e nos Açores.

Procuramos um(a) Product Designer para a equipa de Braga, para redesenhar a aplicação dos munícipes e o painel dos técnicos municipais.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'product made for city services',
  },
  {
    id: 'ip-076',
    company: 'Government of Canada – Border Analytics Directorate',
    text: `The Border Analytics Directorate supports the officers who process travellers and goods at more than 1,100 points of service across Canada, from airports to land crossings and postal centres.

Position: Data Scientist (EC-05)

You will develop models that help officers target commercial shipments for examination, evaluate how well targeting rules perform, and explain your methods to program managers. Bilingual imperative (English/French) for some positions; English essential for others.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-077',
    company: 'Rechtbank Midden-Gelderland',
    text: `Wie zijn wij
De Rechtbank Midden-Gelderland behandelt jaarlijks zo'n 90.000 zaken: straf-, civiele, familie- en bestuursrechtelijke zaken. Rechters, juridisch medewerkers en ondersteunend personeel werken samen in Arnhem en Zutphen.

De functie
Als informatieanalist breng je de doorlooptijden van zaken in kaart, help je de afdelingen de planning van zittingen te verbeteren en lever je cijfers aan voor het jaarverslag. Je werkt met SQL en Power BI.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'ip-078',
    company: 'Nagpur Municipal Corporation',
    text: `&lt;p&gt;Nagpur Municipal Corporation invites applications for the post of &lt;strong&gt;Urban Data Analyst&lt;/strong&gt; (contract) in its Smart City and Integrated Command &amp;amp; Control Centre cell.&lt;/p&gt;&lt;p&gt;The Corporation provides water supply, solid-waste management, roads, street lighting and property-tax services to over 2.5 million residents. The analyst will build dashboards from traffic cameras, water-meter readings and citizen grievance data for the Municipal Commissioner.&lt;/p&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-079',
    company: 'Western Australian Electoral Office',
    text: `The Western Australian Electoral Office conducts State general elections, by-elections and local government elections, and maintains the State electoral roll jointly with the Commonwealth.

Level 5 Data and Systems Officer. Support the systems used to nominate candidates, count votes and publish results on election night. You will also prepare enrolment statistics for the redistribution of electoral boundaries.

Perth, full-time, fixed term for the 2029 election cycle.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-080',
    company: 'Civic Talent Partners',
    text: `Civic Talent Partners are delighted to be working with our client, a large metropolitan borough council in Greater Manchester, to recruit a Head of Data and Insight.

The council serves 230,000 residents and is bringing together data from adult social care, children's services, revenues and benefits, and highways into a single insight function.

Salary £72,000 - £78,000 plus Local Government Pension Scheme. Closing date for applications: 14 March.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'recruiter; the client is a borough council',
  },
  {
    id: 'ip-081',
    company: 'Faregate Systems Inc.',
    text: `Faregate Systems builds account-based fare collection for public transit. Riders tap a contactless card or phone at the gate or on the bus, and our back office works out the fare, applies daily caps and reduced fares, and settles revenue to the transit agency. Nineteen transit agencies in the US and Canada run on our platform.

We're hiring a Senior Backend Engineer (Java) to work on fare calculation and reporting for agencies. Remote-friendly within North America.

What you'll do:
- Design services that calculate fares across buses, light rail and commuter trains
- Build the reports agencies use to reconcile revenue with their banks
- Keep the system running during the morning peak, when 40,000 taps a minute arrive

We offer competitive salaries, equity, health coverage for you and your dependents, and a free transit pass in whichever city you live in.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'made for publicly run transit agencies, not payments or IT',
  },
  {
    id: 'ip-082',
    company: 'Ministry of Health – Health Intelligence Unit',
    text: `# About the Health Intelligence Unit
The Ministry of Health advises the government on health policy and funds the health and disability system. The Health Intelligence Unit turns national collections - hospital discharges, immunisations, cancer registrations - into evidence for ministers and the public.

# The role
Senior Analyst, Population Health Monitoring (Wellington). Build indicators of health outcomes by region and ethnicity, and help modernise our reporting using R and SQL.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a ministry of health is government, not Healthcare',
  },
  {
    id: 'ip-083',
    company: "Région Occitanie – Observatoire régional de l'emploi",
    text: `<p>Rattaché à la Direction de l&rsquo;Emploi et de la Formation de la Région Occitanie, l&rsquo;Observatoire régional de l&rsquo;emploi analyse l&rsquo;évolution des métiers et des compétences dans les 13 départements de la région pour orienter la carte des formations financées par la collectivité.</p><p>Nous recrutons un(e) <strong>data scientist</strong> (cadre d&rsquo;emplois des attachés territoriaux) chargé(e) d&rsquo;exploiter les offres d&rsquo;emploi en ligne et les données administratives pour produire des indicateurs par bassin d&rsquo;emploi.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'ip-084',
    company: 'City of Tucson',
    text: `Department: Information Technology
Position: Senior Database Administrator

The City of Tucson's IT Department supports more than 4,500 employees across police, fire, water, transportation and parks, and runs the systems residents use to pay utility bills, request services and apply for permits.

You'll manage our SQL Server and PostgreSQL estate, plan upgrades, and help departments move reporting workloads to the cloud. Arizona State Retirement System and City-paid life insurance.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a city IT department is part of government, not IT',
  },
  {
    id: 'ip-085',
    company: 'Vayu Urban Sensing Pvt. Ltd.',
    text: `Vayu Urban Sensing installs low-cost air-quality sensor networks for city governments. Our 4,000 sensors in Lucknow, Patna, Indore and 11 other cities report PM2.5, NO2 and ozone every minute, and municipal corporations use our dashboards to plan road-dust control, restrict burning and warn residents on bad-air days.

We are hiring a Data Scientist (calibration) in Noida to correct sensor readings against reference monitors.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'sensor network made for city governments',
  },
  {
    id: 'ip-086',
    company: 'Harbor County Assessor',
    text: `The Harbor County Assessor's Office values every parcel of land in the county - 310,000 homes, businesses and farms - so that property taxes are shared fairly.

We are hiring an Appraiser / Data Analyst to maintain our mass-appraisal models, analyze sales to keep values current, and answer questions from property owners during the appeal season.

Benefits: PERS pension, medical, 11 paid holidays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a county office; valuing property does not make it real estate',
  },
  {
    id: 'ip-087',
    company: 'Gobierno de Jalisco – Secretaría de Movilidad',
    text: `La Secretaría de Movilidad del Gobierno de Jalisco planea y regula el transporte público, otorga licencias de conducir y opera el sistema de semáforos del área metropolitana de Guadalajara.

Buscamos Analista de Datos de Movilidad para la Dirección de Planeación:
- Procesar datos de GPS de unidades de transporte público
- Elaborar indicadores de puntualidad y cobertura
- Apoyar estudios de origen-destino

Contratación por honorarios, jornada de lunes a viernes.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'ip-088',
    company: 'City of Raleigh',
    text: `City of Raleigh Solid Waste Services collects garbage, recycling and yard waste from more than 140,000 homes every week with a fleet of 120 trucks operated by City employees.

Solid Waste Data Analyst: analyze route, tonnage and service-request data, model the effect of new developments on collection routes, and report performance to City Council.

City of Raleigh employees receive state retirement, medical coverage and paid holidays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'a city department, not a waste or utility company',
  },
  {
    id: 'ip-089',
    company: 'Directorate of Economics and Statistics, Government of Punjab',
    text: `The Directorate of Economics and Statistics, Government of Punjab, compiles the State Domestic Product, conducts price and crop-estimation surveys and publishes the Statistical Abstract of the state every year.

Applications are invited for the post of Data Analyst (on outsourcing basis) for the state data-analytics cell at Chandigarh. The analyst will build dashboards for administrative departments and support the district-level indicator framework.

Age limit: 37 years. Selection by written test and interview.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
  },
  {
    id: 'ip-090',
    company: 'Civitas Twin Inc.',
    text: `<p><strong>About Civitas Twin</strong></p><p>Cities use Civitas Twin to see what a new building, bike lane or bus route will do before they build it. Our 3D digital twin combines zoning, transit, utility and sunlight data, and municipal planners in 23 North American cities use it to run scenarios and share them with residents at public hearings.</p><p>We are hiring a <strong>Geospatial Software Engineer</strong> in Toronto to work on our city-model ingestion pipeline.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'planning product made for municipalities',
  },

  // Unclassified neighbours
  {
    id: 'ip-091',
    company: 'Cairnhill Renewables Ltd',
    text: `Cairnhill Renewables owns and operates eleven onshore wind farms across Scotland and the north of England, with 640 MW of generating capacity, and is building its first battery storage plants alongside two of them.

We're recruiting a Performance Analyst to monitor turbine availability and yield, investigate under-performance using SCADA data, and work with our site technicians and the turbine makers on fixes.

Edinburgh office with regular site visits. Pension, private medical insurance and an electric vehicle salary-sacrifice scheme.`,
    sector: null,
    lang: 'en',
    why: 'energy producer; its "plants" are power plants, not factories',
  },
  {
    id: 'ip-092',
    company: 'Stadtwerke Lindenau GmbH',
    text: `Als hundertprozentige Tochter der Stadt Lindenau versorgen wir rund 85.000 Kundinnen und Kunden mit Strom, Erdgas, Fernwärme und Trinkwasser. Außerdem betreiben wir zwei Hallenbäder und das städtische Parkhaus.

Für unsere Abteilung Netzplanung suchen wir eine*n Data Analyst (m/w/d), die bzw. der Lastprognosen für das Strom- und Wärmenetz erstellt und den Ausbau von Ladepunkten und Wärmepumpen im Netzgebiet modelliert.

Wir bieten Vergütung nach TV-V, 30 Tage Urlaub und eine betriebliche Altersversorgung.`,
    sector: null,
    lang: 'de',
    why: 'municipally owned utility: the business is energy and water',
  },
  {
    id: 'ip-093',
    company: 'Red Gully Copper Pty Ltd',
    text: `Red Gully Copper runs an open-pit copper-gold mine and a 9 Mtpa processing plant 60 km north of Cobar, NSW. We work a 7-on/7-off FIFO roster from Newcastle and Dubbo.

We're looking for a Mine Technical Data Analyst to bring together fleet, drill-and-blast and plant data so our engineers can see how blasting affects grinding throughput. Experience in mining or heavy industry is preferred.

Site accommodation, flights, and a salary package including superannuation.`,
    sector: null,
    lang: 'en',
    why: 'a mine; its processing plant does not make it Manufacturing',
  },
  {
    id: 'ip-094',
    company: 'Athabasca Ridge Energy Corp.',
    text: `&lt;p&gt;&lt;strong&gt;About Us&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Athabasca Ridge Energy is a Calgary-based producer of oil and natural gas, with in-situ oil sands operations near Fort McMurray and liquids-rich gas assets in the Montney. We produce about 95,000 barrels of oil equivalent per day.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Reservoir Data Scientist&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Build models that forecast steam-oil ratio and well performance, working with reservoir and production engineers.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Qualifications&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Degree in petroleum engineering, geoscience, statistics or a related field&lt;/li&gt;&lt;li&gt;3+ years of experience with Python and production data&lt;/li&gt;&lt;li&gt;Eligibility to work in Canada&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;We offer a flexible work schedule with every second Friday off, a savings plan and a comprehensive benefits package.&lt;/p&gt;`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-095',
    company: 'Morrow & Pike Construction Ltd',
    text: `Morrow & Pike is a building contractor working across the North West and Yorkshire. Most of what we build is for the public sector: primary schools, health centres, leisure centres and council offices, delivered through regional frameworks.

We are looking for a Digital Construction Coordinator to manage our BIM models and site data, help project teams track progress against programme, and keep our common data environment in order.

Company car or allowance, 25 days holiday plus bank holidays, and a contributory pension.`,
    sector: null,
    lang: 'en',
    why: 'a builder; public-sector clients do not make it Public Sector',
  },
  {
    id: 'ip-096',
    company: 'Harlan Whitcombe Partnership',
    text: `Harlan Whitcombe is an independent engineering consultancy of 700 civil, structural and building-services engineers. We design bridges for highway authorities, flood defences for the Environment Agency, new production halls for food and car manufacturers, and energy-efficient refurbishments for universities.

We're hiring a Computational Design Engineer in our Birmingham office to build parametric tools in Python and Grasshopper that our project engineers use every day.`,
    sector: null,
    lang: 'en',
    why: 'engineering consultancy serving many industries; not a software company',
  },
  {
    id: 'ip-097',
    company: 'Prairie Plains Grain Co-operative',
    text: `Prairie Plains Grain Co-operative is owned by 3,800 farm families in Manitoba and eastern Saskatchewan. We operate nine inland grain terminals, market our members' wheat, canola and oats to domestic mills and export buyers, and supply seed and crop inputs at our agronomy centres.

Position: Grain Marketing Analyst. Support the merchandising team with price, basis and shipment data, and build tools that help members decide when to sell.`,
    sector: null,
    lang: 'en',
    why: "farmers' co-operative; its agronomy centres are not Retail",
  },
  {
    id: 'ip-098',
    company: 'Melkveebedrijf De Hoge Weide',
    text: `Over ons
Wij zijn een familiebedrijf in het Groene Hart met 420 melkkoeien, 180 hectare grasland en maïs, en twee melkrobots die dag en nacht draaien. We leveren onze melk aan de zuivelcoöperatie en doen mee aan een project voor minder stikstofuitstoot.

Vacature: bedrijfsmedewerker met interesse in data. Je helpt bij het melken en voeren, en je houdt de gegevens uit de robots, halsbanden en voerwagen bij om de gezondheid en productie van de koeien te volgen.`,
    sector: null,
    lang: 'nl',
    why: 'a dairy farm is agriculture, unlike a dairy factory',
  },
  {
    id: 'ip-099',
    company: 'Calder State University',
    text: `<p>Calder State University enrolls 31,000 students across nine colleges and conducts more than $180 million a year in sponsored research. Our College of Nursing and Health Sciences trains students in clinical placements with our hospital partners across the region.</p><p>The Office of Institutional Research seeks a <strong>Data Analyst</strong> to produce enrollment, retention and graduation reports, support accreditation reviews and build dashboards for deans.</p><p>Benefits include tuition waivers for employees and dependents.</p><p><strong>Minimum qualifications</strong>: bachelor&rsquo;s degree and two years of experience in data analysis, preferably in higher education. Proficiency in SQL and a visualization tool such as Tableau.</p><p><strong>Preferred</strong>: experience with student information systems and IPEDS reporting.</p><p>Calder State University is an equal opportunity employer and participates in the state retirement system.</p>`,
    sector: null,
    lang: 'en',
    why: 'public university; hospital partners do not make it Healthcare',
  },
  {
    id: 'ip-100',
    company: 'Cedar Fork Public Schools',
    text: `Cedar Fork Public Schools educates 27,000 students in 41 schools, from pre-K to grade 12.

Position: Assessment and Accountability Data Analyst, Central Office.
- Prepare state accountability reports
- Build dashboards for principals on attendance and growth
- Train teachers to use student data

Salary per district classified schedule; state teachers' retirement system.`,
    sector: null,
    lang: 'en',
    why: 'public schools are unclassified, not Public Sector',
  },
  {
    id: 'ip-101',
    company: 'Association Puits et Partage',
    text: `Puits et Partage est une association de solidarité internationale qui construit et réhabilite des points d'eau, des latrines et des systèmes d'irrigation au Niger, au Tchad et au Burkina Faso, en lien avec les communautés villageoises.

Nous recherchons un(e) chargé(e) de suivi-évaluation et de gestion des données, basé(e) à Niamey, pour concevoir nos enquêtes de terrain sur tablette, analyser l'accès à l'eau dans les villages suivis et rédiger les rapports destinés à nos bailleurs.`,
    sector: null,
    lang: 'fr',
  },
  {
    id: 'ip-102',
    company: 'Straits Cargo Link Pte. Ltd.',
    text: `Straits Cargo Link is a freight forwarder and contract logistics company with 1.2 million sq ft of bonded warehouse space in Singapore and Johor. We move air and ocean cargo for semiconductor, chemical and consumer-goods customers and run their stores and spare-parts depots.

Job: Logistics Data Analyst
- Track shipment milestones and carrier performance
- Build slotting and labour-planning models for our warehouses
- Prepare monthly KPI packs for key accounts`,
    sector: null,
    lang: 'en',
    why: "logistics; its warehouse 'stores' are not shops",
  },
  {
    id: 'ip-103',
    company: 'Indus Skyways Ltd',
    text: `Indus Skyways is a full-service airline flying 84 aircraft to 52 domestic and 19 international destinations from our hubs in Delhi and Mumbai.

We are hiring a Revenue Management Analyst to forecast demand, set fare-class inventory and analyse competitor pricing on our international routes. Experience with airline revenue management systems is a plus.

Benefits include free and discounted travel for you and your family.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-104',
    company: 'Petróleo Atlântico S.A.',
    text: `Sobre a empresa
A Petróleo Atlântico é uma sociedade de economia mista controlada pelo Governo Federal que explora e produz petróleo e gás natural em campos marítimos das bacias de Campos e de Santos, com produção de cerca de 350 mil barris por dia.

Processo seletivo: Analista de Dados de Reservatórios
Você irá desenvolver modelos de previsão de produção e apoiar as equipes de engenharia de reservatórios na gestão dos campos maduros.

Requisitos
- Formação em Engenharia de Petróleo, Estatística, Ciência da Computação ou áreas afins
- Conhecimento de Python e SQL
- Disponibilidade para atuar no Rio de Janeiro e em Macaé

A admissão se dá por concurso público, com provas objetivas e discursivas. Oferecemos plano de saúde, previdência complementar, auxílio-educação e participação nos lucros e resultados.`,
    sector: null,
    lang: 'pt',
    why: 'state-controlled, but the business is oil and gas',
  },
  {
    id: 'ip-105',
    company: 'Coastal Water Corporation',
    text: `Coastal Water Corporation is owned by the State Government and supplies drinking water and wastewater services to 1.1 million people along the coast between Noosa and the Gold Coast. We operate 32 treatment plants and 14,000 km of pipes.

We're recruiting a Data Scientist (Network Analytics) to predict pipe bursts, detect leaks from smart-meter and pressure data and help plan the renewal program.`,
    sector: null,
    lang: 'en',
    why: 'government-owned water utility: utilities are unclassified',
  },
  {
    id: 'ip-106',
    company: 'Institut für Angewandte Klimaforschung e.V.',
    text: `Das Institut für Angewandte Klimaforschung ist ein gemeinnütziges, außeruniversitäres Forschungsinstitut mit Sitz in Potsdam. Rund 160 Wissenschaftlerinnen und Wissenschaftler untersuchen, wie sich Extremwetter auf Landwirtschaft, Wasserversorgung und Städte auswirkt.

Wir suchen eine*n wissenschaftliche*n Mitarbeiter*in (Postdoc, m/w/d) im Bereich maschinelles Lernen für Klimaprojektionen. Die Stelle ist auf drei Jahre befristet; Vergütung nach TVöD Bund E13.`,
    sector: null,
    lang: 'de',
    why: 'non-profit research institute',
  },
  {
    id: 'ip-107',
    company: 'Helios Meseta Energía S.L.',
    text: `# Sobre nosotros
Helios Meseta Energía desarrolla, construye y opera plantas solares fotovoltaicas en Castilla-La Mancha, Extremadura y Aragón. Hoy tenemos 1,3 GW en operación y otros 2 GW en tramitación, y vendemos la energía a grandes consumidores industriales mediante contratos a largo plazo.

# La posición
Analista de Datos de Operación para nuestro centro de control en Madrid: seguimiento de la producción de las plantas, detección de fallos en inversores y previsión de generación.`,
    sector: null,
    lang: 'es',
    why: 'energy producer; solar plants are not factories',
  },
  {
    id: 'ip-108',
    company: 'Costruzioni Benedetti S.p.A.',
    text: `Costruzioni Benedetti è un'impresa di costruzioni generali attiva dal 1958 in infrastrutture stradali e ferroviarie, edilizia ospedaliera e scolastica. Tra i cantieri in corso: una galleria ferroviaria in Val di Susa e un nuovo polo scolastico a Verona.

Per la sede di Torino cerchiamo un/una BIM Coordinator che gestisca i modelli informativi di commessa, coordini le discipline di progetto e supporti il cantiere nel controllo dei tempi e dei costi.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'ip-109',
    company: 'Studio Grachtwerk Architecten',
    text: `Studio Grachtwerk is een architectenbureau in Amsterdam met 45 architecten, stedenbouwkundigen en interieurontwerpers. We ontwerpen woningbouw, scholen en de herbestemming van oude fabrieken en kantoren.

We zoeken een computational designer die onze ontwerpteams helpt met parametrische modellen, daglicht- en energieberekeningen en het automatiseren van tekenwerk. Ervaring met Rhino, Grasshopper en Python is een pré.`,
    sector: null,
    lang: 'nl',
  },
  {
    id: 'ip-110',
    company: 'Sable Bay Hotels',
    text: `Sable Bay Hotels runs 26 resort and city hotels in Singapore, Malaysia, Thailand and Vietnam, with 7,400 rooms and a loyalty programme of two million members.

We're hiring a Revenue Analytics Manager at our Singapore head office to lead room-rate optimisation and forecast demand across our properties. You'll work with hotel general managers and our distribution team.

Complimentary stays at group hotels, medical and dental coverage.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-111',
    company: 'Nordhavn Line A/S',
    text: `Nordhavn Line operates 48 container ships on routes between Northern Europe, the Mediterranean and West Africa, and runs feeder services out of Rotterdam and Hamburg.

As a Data Scientist in our Copenhagen network team you'll forecast container demand per route, optimise empty-container repositioning and model fuel consumption by speed and weather.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-112',
    company: 'Midstate Fresh Haul, Inc.',
    text: `Our 340 refrigerated trailers move milk, cheese and frozen foods from 60 food plants to more than 2,000 grocery stores across Iowa, Illinois and Wisconsin, day and night.

Midstate Fresh Haul is looking for a Transportation Analyst to improve load planning, on-time delivery and driver schedules. You'll work in our dispatch office in Cedar Rapids with planners and fleet managers.

Medical, dental, 401(k) with match and paid time off.`,
    sector: null,
    lang: 'en',
    why: 'a trucking firm; food plants and grocery stores are its customers',
  },
  {
    id: 'ip-113',
    company: 'Coopérative Agricole des Plaines de Beauce',
    text: `Qui sommes-nous ?
Notre coopérative rassemble 2 600 agriculteurs adhérents en Eure-et-Loir et dans le Loiret. Nous collectons, stockons et commercialisons leurs céréales et oléagineux, et nous les accompagnons avec nos conseillers agronomiques et nos dépôts d'approvisionnement.

Le poste
Chargé(e) de projets agriculture numérique : vous développez les outils d'aide à la décision proposés aux adhérents (modulation de la fertilisation, suivi des parcelles par satellite) et analysez les données de collecte.`,
    sector: null,
    lang: 'fr',
    why: "farmers' co-operative",
  },
  {
    id: 'ip-114',
    company: 'Bramblegate Veterinary Group',
    text: `Bramblegate Veterinary Group is a family of 38 small-animal and equine practices across the South West, with two 24-hour referral hospitals in Exeter and Taunton.

We're looking for a Clinical Data Analyst to help our vets understand outcomes, manage vaccine reminders and plan staffing across our hospitals. Experience with practice management systems is useful but not essential.

Free pet health plan for your animals, private medical insurance and CPD allowance.`,
    sector: null,
    lang: 'en',
    why: 'vets are unclassified; its animal hospitals are not Healthcare',
  },
  {
    id: 'ip-115',
    company: 'Ironbark Fitness Pty Ltd',
    text: `Ironbark Fitness runs 64 24/7 gyms across Victoria and South Australia, with 180,000 members, group classes and personal trainers in every club.

We're hiring a Member Insights Analyst to understand why members join, train and leave, and to help our club managers plan class timetables. SQL and a love of dashboards required; a love of deadlifts optional.`,
    sector: null,
    lang: 'en',
    why: 'gyms and wellness are not Healthcare',
  },
  {
    id: 'ip-116',
    company: 'Stratford Lane Partners',
    text: `Stratford Lane Partners is a management consultancy of 400 people helping leaders in manufacturing, the public sector, energy and financial services make difficult decisions on strategy, operations and organisation.

We are hiring an Analytics Consultant in Chicago. You will build the analysis behind our recommendations - cost models, demand forecasts, survey analytics - and present it to client executives alongside our partners.

You will work on projects such as a footprint review for a packaging manufacturer, a cost-to-serve model for a regional utility, or an operating-model redesign for a state agency. Expect 30-50% travel.

We're looking for 3-5 years of experience in analytics or consulting, strong SQL and Python or R, and the ability to turn an analysis into a storyline a CEO will act on. Base salary, annual bonus, and full benefits from day one.`,
    sector: null,
    lang: 'en',
    why: 'management consultancy; its clients do not decide',
  },
  {
    id: 'ip-117',
    company: 'Ashcombe Lyle LLP',
    text: `<p>Ashcombe Lyle is a commercial law firm with offices in London, Leeds and Frankfurt. Our lawyers advise banking clients on financing and regulation, carmakers on supply contracts, and local authorities on major procurements.</p><p>We are looking for a <strong>Legal Data Analyst</strong> in our Knowledge and Innovation team to build tools that extract and compare clauses across thousands of agreements.</p>`,
    sector: null,
    lang: 'en',
    why: 'law firm; banking and carmaker clients do not decide',
  },
  {
    id: 'ip-118',
    company: 'Sahyadri Realty Pvt. Ltd.',
    text: `Sahyadri Realty develops residential townships and commercial office parks in Pune and Nashik, with 14 million sq ft delivered and 6 million sq ft under construction.

Opening: Analyst - Sales Analytics & CRM
- Analyse lead funnels and site-visit conversion across projects
- Maintain the Salesforce CRM used by our sales teams
- Prepare weekly MIS reports for the management`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-119',
    company: 'Northpoint Staffing',
    text: `Northpoint Staffing is hiring on behalf of a client! Position: Data Analyst, 6-month contract, hybrid in Dallas, TX. Pay: $45-52/hr W2.

Requirements:
- 3+ years SQL
- Tableau or Power BI
- Strong communication skills

Northpoint Staffing is an equal opportunity employer. Apply today and a recruiter will contact you within 48 hours.`,
    sector: null,
    lang: 'en',
    why: "staffing agency that does not say the client's business",
  },
  {
    id: 'ip-120',
    company: 'Omroep Kustland',
    text: `Over Omroep Kustland
Omroep Kustland is de regionale publieke omroep voor Zeeland en de Zuid-Hollandse eilanden. We maken elke dag radio, televisie en online nieuws over wat er speelt in onze regio, en worden gefinancierd door de provincie.

Vacature: data-journalist (32-36 uur)
Je zoekt verhalen in open data van gemeenten, waterschappen en de provincie, maakt kaarten en grafieken bij onze artikelen en traint collega's in het werken met data.`,
    sector: null,
    lang: 'nl',
    why: 'publicly funded broadcaster: media, not government',
  },
  {
    id: 'ip-121',
    company: 'Loudhouse Creative Ltd',
    text: `Loudhouse is an independent advertising agency in Shoreditch. We make campaigns for carmakers, supermarkets, a building society and two government departments - TV, social, outdoor, the lot.

We're looking for a Marketing Effectiveness Analyst to measure what our campaigns actually do: media-mix models, brand tracking, test-and-learn on social. You'll present your findings to clients and to our creatives, who will argue with you.`,
    sector: null,
    lang: 'en',
    why: 'advertising agency; its clients do not decide',
  },
  {
    id: 'ip-122',
    company: 'Coral Coast Airports Pty Ltd',
    text: `Coral Coast Airports owns and operates two regional airports in North Queensland, welcoming 4.8 million passengers a year on domestic and international flights. We look after the runways, terminals, car parks and retail spaces, and work with 11 airlines to grow routes.

Role: Aviation Data Analyst. Forecast passenger numbers, analyse terminal flow and parking demand, and support route-development business cases.`,
    sector: null,
    lang: 'en',
    why: 'airport operator: transport; terminal shops are tenants',
  },
  {
    id: 'ip-123',
    company: 'Rete Gas Appenninica S.p.A.',
    text: `<p><strong>Chi siamo</strong></p><p>Rete Gas Appenninica gestisce la distribuzione del gas naturale in 210 comuni di Toscana, Umbria e Marche, con 11.000 km di condotte e oltre 700.000 punti di riconsegna. Ci occupiamo di manutenzione della rete, pronto intervento e lettura dei contatori.</p><p><strong>Posizione</strong>: Data Analyst per l&rsquo;area Asset Management, con il compito di sviluppare modelli di rischio per la sostituzione delle condotte e di analizzare i dati dei contatori intelligenti.</p>`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'ip-124',
    company: 'Skagerrak Drilling AS',
    text: `Skagerrak Drilling owns and operates six semi-submersible drilling rigs working for oil and gas companies on the Norwegian and UK continental shelves.

We are looking for a Data Engineer in Stavanger to collect and structure real-time drilling data from our rigs, and to support our engineers in reducing non-productive time. Offshore visits will be required.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-125',
    company: 'Florestas do Tejo, S.A.',
    text: `Quem somos
A Florestas do Tejo gere 48.000 hectares de floresta de eucalipto, pinheiro-bravo e sobreiro no Ribatejo e no Alentejo. Plantamos, gerimos e colhemos madeira e cortiça, que vendemos a fábricas de pasta de papel e de rolhas.

Procuramos um(a) Técnico(a) de Detecção Remota para monitorizar o estado das nossas florestas com imagens de satélite e drones, estimar volumes de madeira e apoiar a prevenção de incêndios.`,
    sector: null,
    lang: 'pt',
    why: 'forestry is agriculture; the mills it sells to are not the employer',
  },
  {
    id: 'ip-126',
    company: 'Huron Shore Generating Corp.',
    text: `Huron Shore Generating Corp. is owned by the Province and produces around a third of the province's electricity from two nuclear stations and 40 hydroelectric dams.

We're seeking a Senior Data Scientist for our Nuclear Asset Reliability group. You'll build models that predict equipment degradation from plant monitoring data and help plan outage work.

Defined-benefit pension, comprehensive health and dental benefits. Security clearance required.

Who we're looking for: a graduate degree in engineering, statistics or computer science, five years of experience building predictive models on industrial sensor data, and the ability to communicate uncertainty clearly to station management.

Our stations run on 12-hour shifts and safety comes first in everything we do. You'll be based at our head office and spend time at the stations to learn how the equipment is operated and maintained.`,
    sector: null,
    lang: 'en',
    why: 'state-owned, but the business is energy',
  },
  {
    id: 'ip-127',
    company: 'Grupo Tapas del Sur S.L.',
    text: `Quiénes somos: Grupo Tapas del Sur nació en una taberna de Triana en 1994 y hoy tiene 82 locales en Andalucía, Madrid y Valencia, entre tabernas, cervecerías y servicio a domicilio desde nuestras cocinas.

Buscamos un/a Analista de Negocio para la oficina central en Sevilla: análisis de ventas por local, rotación de carta y previsión de demanda para ajustar las compras y los turnos de cocina.

Descuento del 50 % en nuestros locales.`,
    sector: null,
    lang: 'es',
    why: "restaurants are hospitality; 'locales' are not shops",
  },
  {
    id: 'ip-128',
    company: 'Istituto Scolastico Paritario San Giorgio',
    text: `L'Istituto San Giorgio è una scuola paritaria di Monza che accoglie 900 alunni dalla scuola dell'infanzia al liceo scientifico.

Cerchiamo un/una docente di Informatica per il liceo scientifico opzione scienze applicate, che insegni programmazione in Python, basi di dati e fondamenti di intelligenza artificiale, e che segua i progetti di robotica extracurricolari.

Contratto CCNL scuole non statali, a tempo pieno.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'ip-129',
    company: 'Open Door Housing Trust',
    text: `# Who we are
Open Door Housing Trust is a charity supporting people who are homeless or at risk of homelessness in Bristol and Bath. We run hostels, a night shelter and a tenancy support service that helps 1,500 people a year keep their homes.

# The role
Impact and Data Officer (part time, 3 days). Look after our case management data, report to funders and help our support workers see what works.

# What we offer
Health cash plan, employee assistance programme, 28 days leave plus bank holidays.`,
    sector: null,
    lang: 'en',
    why: 'charity; health cash plan and bank holidays are benefits',
  },
  {
    id: 'ip-130',
    company: 'Compass & Kite Travel',
    text: `Compass & Kite designs small-group walking and cycling holidays in 40 countries, from the Dolomites to Patagonia. Our team of 120 in Kendal and our local guides take 22,000 travellers a year off the beaten path.

We're looking for a Data Analyst to help us price trips, understand booking patterns and decide which new destinations to launch next.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-131',
    company: 'Larkspur Academic Press',
    text: `<p>Larkspur Academic Press publishes 160 peer-reviewed journals and 400 new books a year in engineering, the social sciences and the humanities.</p><p>Our Publishing Technology team is hiring a <strong>Metadata Engineer</strong> to improve how article and book metadata flows to indexing services, libraries and our own platform.</p><p>Based in Oxford, hybrid.</p>`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-132',
    company: 'Kaveri Institute of Technology',
    text: `Kaveri Institute of Technology is a private engineering college in Mysuru affiliated to the state technological university, offering B.E., M.Tech and MBA programmes to 4,200 students. Our placement cell places graduates with carmakers, IT services companies and banks.

Applications are invited for the post of Assistant Professor, Department of Artificial Intelligence and Data Science. Candidates should hold an M.Tech/Ph.D. as per AICTE norms.`,
    sector: null,
    lang: 'en',
    why: 'education; where graduates are placed does not decide',
  },
  {
    id: 'ip-133',
    company: 'Bushveld Reef Platinum Ltd',
    text: `Bushveld Reef Platinum mines platinum-group metals from two underground shafts and an open pit near Rustenburg, with a concentrator on site and a smelter shared with a neighbouring producer.

We are recruiting a Geological Data Scientist to build resource models from drilling and mapping data and help plan mining sequences. Housing allowance and medical aid contribution.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'ip-134',
    company: 'Ashworth Town Football Club',
    text: `Ashworth Town Football Club is looking for a Performance Analyst to join our first-team staff. You'll code matches, manage GPS and tracking data from training and matches, and present opposition analysis to the coaching team.

Match days, evenings and some weekend work are required. Staff discount in the club shop and two season tickets.`,
    sector: null,
    lang: 'en',
    why: 'sport club; the club shop does not make it Retail',
  },
  {
    id: 'ip-135',
    company: 'Southpoint Greenhouses Ltd.',
    text: `Southpoint Greenhouses grows tomatoes, cucumbers and peppers under 90 acres of glass near Leamington, Ontario. Our produce is picked, packed and on grocery shelves in Ontario and the US Midwest within two days.

We're hiring a Growing Data Specialist to work with our head growers on climate control, irrigation and yield forecasting, using data from thousands of sensors in the greenhouses.`,
    sector: null,
    lang: 'en',
    why: 'a grower is agriculture, not a food factory',
  },

  // IT firms with government or factory clients among many; state-owned banks and telecoms
  {
    id: 'ip-136',
    company: 'Nimbus Logic Technologies Pvt. Ltd.',
    text: `Nimbus Logic is an IT services and consulting company with 6,500 engineers in Hyderabad, Chennai and Kochi. We build and run software for clients in government, manufacturing, banking, retail and healthcare across India, the Middle East and the UK - from e-governance portals to plant-floor dashboards.

Requirement: Senior Data Engineer (Databricks)
Experience: 5-8 years
Notice period: immediate to 30 days preferred

Roles & Responsibilities:
- Design and build batch and streaming pipelines on Databricks and Azure
- Work with client teams to migrate legacy data warehouses to the lakehouse
- Mentor a team of 4-6 engineers and review their code
- Participate in pre-sales discussions and estimations

Skills: PySpark, Delta Lake, SQL, Azure Data Factory, CI/CD. Certification in Databricks or Azure is an advantage. Work from office, Hyderabad (Gachibowli), 5 days a week.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services firm serving many industries, government among them',
  },
  {
    id: 'ip-137',
    company: 'Rheinwolke Hosting GmbH',
    text: `Rheinwolke Hosting runs cloud infrastructure from three data centres in Frankfurt and Düsseldorf: virtual machines, managed Kubernetes and object storage, all under German data-protection law. Our 2,300 customers include city administrations, universities, machine builders and online shops.

We're looking for a Site Reliability Engineer to help operate our OpenStack platform, automate with Terraform and Ansible, and join the on-call rotation. English is our working language.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'cloud provider; public and factory customers are among many',
  },
  {
    id: 'ip-138',
    company: 'Paperless Harbor Inc.',
    text: `&lt;p&gt;Paperless Harbor makes document management and e-signature software used by 9,000 organizations: county clerks, manufacturers, law firms, school districts and credit unions.&lt;/p&gt;&lt;p&gt;We are hiring a &lt;strong&gt;Machine Learning Engineer&lt;/strong&gt; to improve document classification and data extraction from scanned forms.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Remote (US)&lt;/li&gt;&lt;li&gt;Python, PyTorch&lt;/li&gt;&lt;/ul&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'software for many industries is IT',
  },
  {
    id: 'ip-139',
    company: 'Fernleigh Data Ltd',
    text: `We're a data and AI consultancy of 140 people in Leeds and Glasgow. Last year we built a demand forecast for a frozen-food factory, a fraud model for an insurer, a bed-occupancy tool for an NHS trust and a route planner for a council.

We're hiring a Senior Data Scientist who likes variety: you'll move between clients every few months, own the modelling and explain it to people who don't care what a gradient is.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data consultancy; factory and council clients are among many',
  },
  {
    id: 'ip-140',
    company: 'Terranode Mapping Software Inc.',
    text: `Terranode makes GIS software for organizations that manage things spread across a map: electric and water utilities, mining companies, forestry firms, railways and municipal governments. More than 1,100 organizations in 40 countries use our desktop, web and field apps.

We're hiring a Senior Software Developer (C#/.NET) in Vancouver to work on our spatial analysis engine.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'GIS software serving many industries, cities among them',
  },
  {
    id: 'ip-141',
    company: 'Meshpoint B.V.',
    text: `# About Meshpoint
Meshpoint builds an IoT platform that connects sensors and machines to the cloud. Customers use it to monitor office buildings, cold stores, factory lines, greenhouses and municipal pumping stations - over 2 million devices in total.

# Your role
Senior Embedded Engineer in Eindhoven:
- Firmware for our LoRaWAN and LTE-M gateways
- Over-the-air update mechanism
- Work with our cloud team on device provisioning`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IoT platform for many industries, not made for factories or cities',
  },
  {
    id: 'ip-142',
    company: 'Fluxa Tecnologia Ltda.',
    text: `<p><strong>Quem somos</strong></p><p>A Fluxa é uma plataforma low-code para criar aplicativos e automatizar processos sem escrever milhares de linhas de código. Ministérios, secretarias estaduais, indústrias, bancos e redes de varejo usam a Fluxa para digitalizar formulários, aprovações e atendimento.</p><p><strong>Vaga</strong>: Desenvolvedor(a) Back-end Sênior (Java), remoto, para o time do motor de workflows.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'low-code platform for many industries, government among them',
  },
  {
    id: 'ip-143',
    company: 'Integra Sistemas de Gestión S.L.',
    text: `Integra Sistemas de Gestión es una consultora tecnológica especializada en la implantación y el soporte de ERP. Desde nuestras oficinas en Bilbao, Zaragoza y Madrid trabajamos con empresas industriales, distribuidoras, hospitales privados y administraciones públicas.

Buscamos consultor/a técnico/a con experiencia en desarrollo ABAP y SAP S/4HANA para proyectos de migración. Teletrabajo parcial y formación certificada.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'ERP consultancy serving many industries',
  },
  {
    id: 'ip-144',
    company: 'Investitions- und Förderbank Mittelland',
    text: `Über uns
Die Investitions- und Förderbank Mittelland ist die Förderbank des Landes. Wir vergeben zinsgünstige Darlehen und Zuschüsse an Gründerinnen und Gründer, mittelständische Unternehmen, Kommunen und private Bauherren und betreuen ein Kreditvolumen von 14 Milliarden Euro.

Für den Bereich Risikocontrolling suchen wir eine*n Quantitative Analyst (m/w/d), die bzw. der unsere Ratingverfahren und Kreditrisikomodelle weiterentwickelt und validiert.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'state-owned development bank: its business is lending',
  },
  {
    id: 'ip-145',
    company: 'Deccan National Bank',
    text: `Deccan National Bank is a public sector bank with 3,200 branches and 48 million customers across India, majority owned by the Government of India.

Recruitment of Specialist Officers: Data Scientist (Scale II), Digital Banking Department, Mumbai.
- Build credit-scoring and collection models for retail and MSME loans
- Develop customer analytics for our mobile banking app

Selection through online examination and interview. Pay scale as per bank norms.

Eligibility: B.E./B.Tech or M.Sc. in Statistics, Mathematics or Computer Science with at least three years of post-qualification experience in analytics in a bank, NBFC or fintech. Knowledge of Python, SAS and SQL is essential.

Candidates must be willing to serve anywhere in India. The bank offers perquisites including leased accommodation, medical aid and a pension scheme as per government guidelines.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'state-owned bank: the business is banking',
  },
  {
    id: 'ip-146',
    company: 'Banco Estadual do Cerrado S.A.',
    text: `O Banco Estadual do Cerrado é um banco público controlado pelo Governo do Estado, com 190 agências e atuação em crédito rural, financiamento a pequenas empresas e serviços bancários para servidores estaduais.

Concurso público: Analista de Tecnologia da Informação - Ciência de Dados.
Atribuições: desenvolver modelos de risco de crédito e de prevenção à fraude, apoiar a área de negócios com análises de clientes e manter pipelines de dados.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
    why: 'state-controlled bank: its business is banking',
  },
  {
    id: 'ip-147',
    company: 'Meridian Export Credit Insurance Corporation Ltd',
    text: `Meridian Export Credit Insurance Corporation is a state-owned insurance company. We insure exporters against the risk that overseas buyers don't pay, and guarantee the bank loans that finance large export contracts, covering about $9 billion of trade a year.

We are looking for an Actuarial Data Analyst to improve our country and buyer risk models, price new policies and support reserving.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'state-owned company whose business is insurance',
  },
  {
    id: 'ip-148',
    company: 'Namib Connect Ltd',
    text: `Namib Connect is the state-owned telecommunications operator of Namibia, providing mobile, fixed-line and fibre broadband services to 1.4 million customers, and operating 900 mobile sites from the Skeleton Coast to the Zambezi.

We are looking for a Network Data Analyst to analyse traffic, coverage and dropped-call data, and support the planning of our 5G rollout in Windhoek and Walvis Bay.

Requirements:
- Degree in electrical engineering, telecommunications or computer science
- Three years in a mobile operator or vendor environment
- Knowledge of radio network KPIs and SQL

Namib Connect offers a medical aid contribution, a housing allowance and staff mobile and data benefits. Applications close on the last Friday of the month.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'state-owned operator: the business is telecoms',
  },
  {
    id: 'ip-149',
    company: 'Télécom Océan Indien S.A.',
    text: `<p><strong>Qui sommes-nous ?</strong></p><p>Détenue majoritairement par l&rsquo;État, Télécom Océan Indien est l&rsquo;opérateur historique de téléphonie fixe, mobile et internet de l&rsquo;île. Nos boutiques et notre centre de relation client accompagnent plus de 600&nbsp;000 abonnés.</p><p>Nous recrutons un(e) <strong>analyste data marketing</strong> pour étudier l&rsquo;usage de nos offres mobiles, prévoir les résiliations et piloter les campagnes de fidélisation.</p>`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: 'state-owned operator; its shops are part of the operator',
  },
  {
    id: 'ip-150',
    company: 'OpenLine Fibre Networks Ltd',
    text: `Around 1.3 million homes and businesses reach the internet through the fibre network we build and run on behalf of the Crown. OpenLine Fibre Networks is a government-owned company that sells wholesale broadband to 60 internet providers across New Zealand.

We're hiring a Network Planning Engineer to model demand, plan capacity upgrades in our exchanges and help decide where to extend fibre next.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'government-owned company whose business is fibre broadband',
  },
];
