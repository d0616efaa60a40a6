// Employer introductions for the sector model: unclassified employers (energy, water, mining, construction,
// transport, hospitality, leisure, media, education, non-profits, professional services, agriculture and more),
// many using words that sound like one of the seven sectors; and employers of the seven sectors whose posting
// looks unclassified at first sight (a bank's events team, a hospital's kitchen, a council's leisure centre).
// Labels follow docs/sector-labels.md: the employer's own business decides.
import type { SectorExample } from './example.ts';

export const UNCLASSIFIED: SectorExample[] = [
  // Unclassified employers (null).
  {
    id: 'un-001',
    company: 'Brightwater Energy Ltd',
    text: `We're hiring a Data Analyst to join our Customer Insight team in Leeds. Brightwater Energy supplies gas and electricity to 1.4 million homes across Great Britain and generates a share of it at our own gas-fired and biomass plants in Yorkshire and Teesside. You'll work with smart-meter readings, customers' accounts and billing data to spot households who are struggling to pay and to improve how we forecast demand through the winter. We run on Python, dbt and Snowflake. Benefits include a cycle-to-work scheme, 27 days' holiday plus bank holidays, and private health insurance.`,
    sector: null,
    lang: 'en',
    why: 'energy supplier: its plants and customer accounts are not Manufacturing or Finance',
  },
  {
    id: 'un-002',
    company: 'Tamarack Water Company',
    text: `# About Tamarack Water

Tamarack Water Company is an investor-owned utility delivering drinking water and wastewater services to 340,000 people across western Pennsylvania. Our Network Operations Center keeps watch over 2,100 miles of mains, 48 pump stations and two treatment plants around the clock.

# The role

As a SCADA Engineer you will maintain the telemetry that tells us when a pressure zone drops or a reservoir runs low, and help move our remote sites from radio links to cellular modems. You'll report to the Operations Technology Manager in Pittsburgh.`,
    sector: null,
    lang: 'en',
    why: 'water utility: its network operations are water mains, not Telecom',
  },
  {
    id: 'un-003',
    company: 'Red Gully Resources Pty Ltd',
    text: `Red Gully Resources is an ASX-listed gold and copper producer. Our Mulga Flat operation, 140 km north-east of Kalgoorlie, moved 28 million tonnes of material last year, and our processing plant treats around 4 Mtpa of ore through crushing, grinding and a carbon-in-leach circuit.

We are looking for a Senior Mine Planning Engineer to join the site technical services team on an 8/6 FIFO roster from Perth. You will own the short-term plan, reconcile against grade control and work closely with the geology and drill-and-blast crews.`,
    sector: null,
    lang: 'en',
    why: 'mining (unclassified by the table); a processing plant is not a factory',
  },
  {
    id: 'un-004',
    company: 'Northfjord Petroleum AS',
    text: `<p><strong>Who we are</strong></p><p>Northfjord Petroleum is an independent exploration and production company headquartered in Stavanger. We operate three producing oil and gas fields on the Norwegian Continental Shelf and hold interests in eleven licences in the North Sea and the Norwegian Sea.</p><p><strong>The position</strong></p><ul><li>Lead reservoir simulation studies for the Hestvika tie-back</li><li>Work with drilling and subsurface teams on well planning</li><li>Present results to partners and to the licence committee</li></ul><p>We offer a defined-contribution pension, a company cabin in Sirdal and flexible working.</p>`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-005',
    company: 'Gasnetz Mittelrhein GmbH',
    text: `Über uns

Die Gasnetz Mittelrhein GmbH betreibt ein rund 6.800 Kilometer langes Erdgas-Verteilnetz zwischen Koblenz und Bingen und versorgt über unsere Leitungen mehr als 210.000 Haushalte und Gewerbebetriebe. Als Netzbetreiber sind wir für Bau, Wartung und Betrieb der Leitungen, Druckregelanlagen und Hausanschlüsse verantwortlich.

Für unsere Netzleitstelle in Koblenz suchen wir ab sofort eine:n

Ingenieur:in Netzführung (m/w/d)

Sie überwachen den Netzbetrieb im Schichtdienst, steuern Störungseinsätze und arbeiten an der Beimischung von Wasserstoff in unser Netz mit.`,
    sector: null,
    lang: 'de',
    why: 'gas network operator: the network is pipelines, not Telecom; energy is unclassified',
  },
  {
    id: 'un-006',
    company: 'Hargrove Builders, Inc.',
    text: `Hargrove Builders is hiring a Project Engineer for a new 220-bed patient tower in Nashville.

Since 1971 Hargrove has been a general contractor and construction manager across Tennessee and Kentucky. We've built 14 hospitals, dozens of schools, two minor-league ballparks and more distribution centers than we can count. Our self-perform crews handle concrete, carpentry and steel erection, and our preconstruction group prices every job in-house.

On this project you'll manage RFIs and submittals, run coordination meetings with the MEP trades and keep the three-week look-ahead honest. Procore and Bluebeam experience is a plus.`,
    sector: null,
    lang: 'en',
    why: 'builder of hospitals: builders are unclassified, the clients do not count',
  },
  {
    id: 'un-007',
    company: 'Fenwick Oduya Architects',
    text: `Fenwick Oduya Architects is a 35-person practice in Bristol designing libraries, affordable housing and workplaces, including a bank's regional headquarters that is now on site. We are looking for a Part II Architectural Assistant who is confident in Revit to join our housing studio and work on schemes from concept to planning.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-008',
    company: 'Sahyadri Infra Consultants Pvt. Ltd.',
    text: `About the Company
Sahyadri Infra Consultants is a Pune-based engineering consultancy providing detailed design and project management for bridges, elevated metro viaducts, flyovers and water supply schemes. Our clients include state public works departments, metro rail corporations and private highway concessionaires, and our 420 engineers have worked on more than 900 km of highways in Maharashtra, Karnataka and Telangana.

Position: Senior Bridge Design Engineer (Prestressed Concrete)
Location: Pune (Baner)
Experience: 8-12 years
Software: MIDAS Civil, STAAD.Pro, AutoCAD`,
    sector: null,
    lang: 'en',
    why: 'engineering consultancy working for public bodies is not itself part of government',
  },
  {
    id: 'un-009',
    company: 'Ravensmoor Realty',
    text: `Ravensmoor Realty is one of the busiest independent real estate brokerages in the Greater Toronto Area, with 180 agents in five offices from Oakville to Markham. We help families buy and sell homes, and our commercial desk leases retail units and industrial space to businesses of every size.

We're adding a Marketing Coordinator who can turn listings into great social posts, manage our CRM (we use Follow Up Boss) and organise open-house weekends. Bonus points for photography and French.`,
    sector: null,
    lang: 'en',
    why: 'real estate brokerage; leasing retail units does not make it Retail',
  },
  {
    id: 'un-010',
    company: 'Larkmoor Residential Management LLC',
    text: `You'll be the first person our residents call when something goes wrong, and the person who makes sure it gets fixed.

Larkmoor Residential Management looks after 1,100 apartments in 14 communities across Columbus and Dayton on behalf of private owners. We collect rent, screen applicants, handle maintenance requests and keep our buildings full.

As Assistant Property Manager you'll work from our Short North community office, run move-ins and renewals in Yardi, follow up on late rent, and coordinate vendors for unit turns.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-011',
    company: 'Meridian Facility Services Pte Ltd',
    text: `&lt;p&gt;&lt;strong&gt;About Meridian&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Meridian Facility Services provides integrated facilities management across Singapore and Malaysia: building maintenance, M&amp;amp;E engineering, cleaning, landscaping and pest control. Our 2,600 staff look after hospitals and polyclinics, shopping malls, business parks, condominiums and two university campuses.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Role: Facilities Executive (Healthcare Portfolio)&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;You will be based at a 600-bed public hospital in the east, coordinating preventive maintenance and responding to ward requests.&lt;/p&gt;`,
    sector: null,
    lang: 'en',
    why: 'facilities contractor serving hospitals among many industries',
  },
  {
    id: 'un-012',
    company: 'Ironmarsh Guarding Ltd',
    text: `Security Officer – Manchester city centre – £12.60/hour

Ironmarsh Guarding has protected people and property across the North West since 2004. Our 900 SIA-licensed officers work on static sites, mobile patrols and key-holding for bank branches, retail parks, construction sites, data centres and university halls.

This vacancy is on a flagship shopping centre contract: 4 on, 4 off, days and nights. Full training, paid SIA renewal, free uniform and a pension.`,
    sector: null,
    lang: 'en',
    why: 'security firm: the sites it guards do not decide its sector',
  },
  {
    id: 'un-013',
    company: 'Clearwell Commercial Cleaning Pty Ltd',
    text: `Every night our 600 cleaners look after 5 million square metres of Brisbane: hospital corridors and day-surgery theatres, school classrooms, office towers on Eagle Street and the food courts of three shopping centres. By 6 am it all has to be spotless.

Clearwell is family-owned and has been cleaning South-East Queensland since 1988. We're now looking for an Area Supervisor for our Northside night shift: someone who knows infection-control cleaning, can lead a team of 40 and isn't afraid of a rota spreadsheet. Company vehicle and fuel card provided.`,
    sector: null,
    lang: 'en',
    why: 'commercial cleaner for hospitals, schools and malls: not Healthcare',
  },
  {
    id: 'un-014',
    company: 'Brennan Group – Logistics',
    text: `We're looking for a Transport Planner to join our network planning team in Daventry.

Brennan Logistics is the contract logistics business of Brennan Group. We run 11 warehouses and a fleet of 640 trailers across the UK for retail partners, car-parts manufacturers, drinks brands and pharmaceutical wholesalers. Every night our trunking network moves stock to more than 2,000 stores and 300 workshops.

You will plan next-day routes in Paragon, balance driver hours against customer delivery windows, and work with the depot managers to cut empty running.`,
    sector: null,
    lang: 'en',
    why: 'contract logistics for many industries, not fulfilment made for online shops',
  },
  {
    id: 'un-015',
    company: 'Straitsway Container Lines Pte Ltd',
    text: `## Data Analyst, Fleet Performance

**About us:** Straitsway Container Lines is a Singapore-headquartered ocean carrier operating 46 container vessels on intra-Asia and Asia–Middle East trades, with calls at 60 ports from Chittagong to Jebel Ali. We carry everything from garments and electronics to frozen seafood and auto parts.

**The job:** work on bunker consumption, voyage optimisation and emissions reporting under IMO CII, using noon reports, AIS feeds and charter party terms.

**Tools:** SQL, Python, Power BI.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-016',
    company: 'Kadewerk Bulk Terminal B.V.',
    text: `Over ons
Kadewerk Bulk Terminal is een droge-bulkterminal in de Rotterdamse haven. Op onze kades lossen we jaarlijks ruim 25 miljoen ton ijzererts, kolen en agribulk uit zeeschepen en laden we door naar binnenvaart en spoor. Met 380 collega's werken we 24/7, in weer en wind.

Wat ga je doen?
Als Planner Kadeoperaties maak je de ligplaatsplanning, stem je af met rederijen en agenten, en zorg je dat kranen, transportbanden en ploegen op tijd klaarstaan.`,
    sector: null,
    lang: 'nl',
  },
  {
    id: 'un-017',
    company: 'Aerlume',
    text: `Aerlume is Ireland's newest regional airline, flying 14 ATR 72s from Dublin, Cork and Shannon to 22 destinations in the UK and France. Our cabin crew sell snacks, perfume and duty-free from the trolley, and onboard retail revenue grew 30% last year, so we're hiring an Ancillary Revenue Analyst.

You'll price bags, seats and onboard sales, run A/B tests on the booking flow and report weekly to the Commercial Director. SQL and Excel essential; airline or travel experience helpful.`,
    sector: null,
    lang: 'en',
    why: 'airline: onboard sales do not make it Retail',
  },
  {
    id: 'un-018',
    company: 'Flughafen Weserbergland GmbH',
    text: `Unternehmen
Die Flughafen Weserbergland GmbH betreibt den Regionalflughafen bei Hameln. Gesellschafter sind das Land Niedersachsen und der Landkreis. Jährlich fertigen wir rund 900.000 Passagiere ab, vor allem Ferienflüge in den Mittelmeerraum, dazu Frachtflüge und die allgemeine Luftfahrt. Im Terminal vermieten wir Flächen an Gastronomie und Duty-free-Shops.

Wir suchen zum nächstmöglichen Zeitpunkt eine:n
Sachbearbeiter:in Flughafenentgelte und Abrechnung (m/w/d)

Sie erstellen die Rechnungen an Airlines und Bodenverkehrsdienste und pflegen die Entgeltordnung.`,
    sector: null,
    lang: 'de',
    why: 'state-owned company takes the sector of its business: an airport, unclassified',
  },
  {
    id: 'un-019',
    company: 'Prairie & Lakes Railroad',
    text: `<p>Prairie &amp; Lakes Railroad is a regional freight railroad running 1,300 route miles across Iowa, Minnesota and South Dakota. We haul grain, ethanol, fertilizer and frac sand, and our intermodal ramp in Council Bluffs handles containers for big-box retailers and parcel carriers bound for the coasts.</p><p>We are hiring a <strong>Trainmaster</strong> for our Mason City terminal. You will supervise train and yard crews, enforce FRA operating rules and keep cars moving on time.</p><p>Railroad experience required; relocation assistance available.</p>`,
    sector: null,
    lang: 'en',
    why: 'freight railroad; retailers are only some of its shippers',
  },
  {
    id: 'un-020',
    company: 'Wayfarer & Co Holidays',
    text: `Wayfarer & Co is an independent tour operator in York. We put together small-group walking holidays in the Dolomites, the Picos de Europa and the Scottish islands, and sell them through our own website and a small team of travel consultants. About 14,000 guests travelled with us last year.

We're looking for an E-commerce Manager to own our booking site: conversion, paid search, the holiday pages and the checkout. You'll work with our developer agency and the operations team who build each itinerary.`,
    sector: null,
    lang: 'en',
    why: 'a travel company that books trips is unclassified (rule), despite its e-commerce',
  },
  {
    id: 'un-021',
    company: 'The Albery Hotel Singapore',
    text: `<p>The Albery is a 312-room heritage hotel on Beach Road, Singapore, with three restaurants, a rooftop bar, a spa and the Albery Shop, where guests buy our pastries, teas and hotel-branded gifts.</p><p>We are looking for a <strong>Retail &amp; Pastry Shop Supervisor</strong> to run the shop from opening to close: stock and display, the POS, daily sales reports and a team of four.</p><ul><li>2 years in retail or F&amp;B supervision</li><li>5-day work week, staff meals, uniform and laundry</li></ul>`,
    sector: null,
    lang: 'en',
    why: 'hotel with its own shop: the job is retail, the employer is a hotel',
  },
  {
    id: 'un-022',
    company: 'Grupo Cocina Tepeyac',
    text: `Quiénes somos
Grupo Cocina Tepeyac opera 19 restaurantes de cocina mexicana tradicional en la Ciudad de México, Puebla y Querétaro. Cada semana nuestras cocinas sirven más de 45.000 comidas, desde el desayuno de chilaquiles hasta la cena de mole poblano, y contamos con un área de banquetes para bodas y eventos.

Buscamos Gerente de Restaurante para nuestra sucursal de Polanco. Serás responsable de la operación diaria, del equipo de sala y cocina (más de 40 personas), de los costos de alimentos y de la experiencia de nuestros comensales.`,
    sector: null,
    lang: 'es',
  },
  {
    id: 'un-023',
    company: 'Thistle Table Catering Ltd',
    text: `Thistle Table is a contract caterer feeding people across Scotland. Our chefs run staff restaurants and cafés for office campuses, school meal services for 60 primary schools, patient and visitor catering at three hospitals, and hospitality at two football stadiums on match days.

Role: Catering Manager, Forth Valley hospital site. You'll lead a team of 25 preparing patient meals to dietitian-approved menus, manage the visitor café, and keep our food-safety records audit-ready.

We offer 33 days' holiday including bank holidays, free meals on shift and a health cash plan.`,
    sector: null,
    lang: 'en',
    why: 'caterer (unclassified); a hospital site and a health cash plan are not its business',
  },
  {
    id: 'un-024',
    company: 'Lanternfield Events',
    text: `Lanternfield is a London events agency. We produce conferences, award dinners and product launches for clients in banking, pharmaceuticals, telecoms and the charity sector: 140 events last year, from a 40-seat board off-site in the Cotswolds to a 6,000-delegate summit at ExCeL.

We need a Senior Event Producer to lead our financial-services accounts. You'll own budgets up to £1.5m, manage venues and AV suppliers, and be on site from build to get-out.`,
    sector: null,
    lang: 'en',
    why: 'events agency; its banking clients do not make it Finance',
  },
  {
    id: 'un-025',
    company: 'Kestrel Park Rovers FC',
    text: `# Club Shop Retail Assistant (part-time, match days)

Kestrel Park Rovers is a professional football club in League Two with a 12,000-seat stadium, an academy and a women's team. Our club shop and online store sell home and away kits, scarves and matchday programmes to supporters in Cumbria and beyond.

## What you'll do
- Serve supporters before, during and after home games
- Restock and merchandise the shop on non-match days
- Handle click-and-collect orders from the online store

Staff get 20% off club merchandise and two season tickets each year.`,
    sector: null,
    lang: 'en',
    why: 'football club: its shop does not make it Retail',
  },
  {
    id: 'un-026',
    company: 'Pulseforge Fitness',
    text: `Pulseforge is an Australian gym network with 48 clubs in Victoria and New South Wales. Members get 24/7 access, group classes, reformer pilates and a recovery zone with saunas and ice baths. We talk a lot about health and wellbeing, and we back it with great coaching and a community that turns up at 5:30 am.

We're hiring a Club Manager for Pulseforge Geelong. You will grow membership, lead a team of trainers and front-desk staff, and look after the club's P&L. Free membership for you and a plus-one.`,
    sector: null,
    lang: 'en',
    why: 'gyms and wellness are not Healthcare (table)',
  },
  {
    id: 'un-027',
    company: 'Cedar Hollow Adventure Park',
    text: `Cedar Hollow Adventure Park welcomes 1.1 million guests each summer to 42 rides, a water park, live shows and 30 food stands and gift shops on the shores of Lake Erie. Seasonal team members run rides, lifeguard, cook, sell merchandise and keep the park spotless.

Now hiring: Seasonal Merchandise Lead. Lead a team of 12 in our Midway shops, count cash, restock from the warehouse and set up displays. Season runs May to September. Perks: free park admission for you and friends, discounts on food and merchandise, and housing for out-of-town team members.`,
    sector: null,
    lang: 'en',
    why: 'theme park: its gift shops are part of a leisure business',
  },
  {
    id: 'un-028',
    company: 'Wyvern Valley Zoo',
    text: `Wyvern Valley Zoo is a conservation charity caring for more than 1,800 animals across 90 acres in the Welsh Marches. Our on-site animal hospital treats everything from red pandas to tree frogs, and our keepers run breeding programmes for 30 endangered species.

We're looking for a Veterinary Nurse to join the animal health team: anaesthesia monitoring, lab work, quarantine and post-mortem support. RVN registration required; zoo experience desirable but not essential.`,
    sector: null,
    lang: 'en',
    why: 'zoo: animal care is not Healthcare (table)',
  },
  {
    id: 'un-029',
    company: 'Fondation Garance pour la photographie',
    text: `Qui sommes-nous ?
Le Musée Garance de la photographie est géré par une fondation privée reconnue d'utilité publique. Installé depuis 1998 dans une ancienne soierie des pentes de la Croix-Rousse, à Lyon, il conserve 60 000 tirages et négatifs et accueille chaque année 140 000 visiteurs, dont 25 000 scolaires.

Le poste
Nous recherchons un·e chargé·e des collections numériques pour piloter la numérisation du fonds, enrichir notre base documentaire et préparer la mise en ligne du catalogue.`,
    sector: null,
    lang: 'fr',
  },
  {
    id: 'un-030',
    company: 'Fondazione Teatro del Borgo',
    text: `Chi siamo
La Fondazione Teatro del Borgo gestisce un teatro all'italiana di 900 posti nel centro di Parma e una sala sperimentale da 120. Ogni stagione produciamo e ospitiamo oltre 150 recite tra prosa, opera e danza, e portiamo i nostri laboratori in 40 scuole della provincia.

Cerchiamo un/una Responsabile della biglietteria e del pubblico, che coordini la vendita di abbonamenti e biglietti, il servizio di sala e i rapporti con le scuole. Richiesta esperienza con sistemi di biglietteria online e ottimo inglese.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'un-031',
    company: 'Edições Quarto Crescente',
    text: `Sobre nós
A Quarto Crescente é uma editora independente de Lisboa, fundada em 2003. Publicamos cerca de 60 títulos por ano (ficção portuguesa e traduzida, ensaio e livros ilustrados para a infância) e os nossos livros chegam às livrarias de Portugal continental, dos Açores e da Madeira, e também ao Brasil.

Procuramos um(a) editor(a) de mesa para acompanhar os livros desde o manuscrito até à gráfica: revisão, coordenação com tradutores e ilustradores, e cumprimento dos prazos de produção.`,
    sector: null,
    lang: 'pt',
  },
  {
    id: 'un-032',
    company: 'The Deccan Ledger',
    text: `The Deccan Ledger is an English-language daily newspaper published from Hyderabad and Bengaluru, with a print circulation of 310,000 and 9 million monthly readers online. Our Business desk covers banking, start-ups, IT services and the stock markets for readers across South India.

We are hiring a Senior Correspondent – Banking & Markets in Mumbai to break stories on lenders, the RBI and SEBI, and to write the Monday markets column. Minimum 6 years of financial journalism.`,
    sector: null,
    lang: 'en',
    why: 'newspaper covering banks: media is unclassified',
  },
  {
    id: 'un-033',
    company: 'Northern Lights Broadcasting Corp.',
    text: `&lt;p&gt;&lt;strong&gt;Northern Lights Broadcasting&lt;/strong&gt; runs four television channels and eleven radio stations across Manitoba, Saskatchewan and Northwestern Ontario, reaching 1.9 million viewers and listeners every week with local news, weather and hockey.&lt;/p&gt;&lt;p&gt;We are hiring a &lt;strong&gt;Transmission Engineer&lt;/strong&gt; to maintain our network of 60 FM and TV transmitter sites, microwave links and satellite uplinks, and to plan the move of our playout to the cloud.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Electronics or broadcast engineering diploma&lt;/li&gt;&lt;li&gt;Valid driver&amp;rsquo;s licence, some travel&lt;/li&gt;&lt;/ul&gt;`,
    sector: null,
    lang: 'en',
    why: 'broadcaster with transmitters: broadcasters are not Telecom (table)',
  },
  {
    id: 'un-034',
    company: 'Crookshank Creative',
    text: `hey 👋 we're Crookshank, a 60-person independent ad agency in Portland making campaigns people actually remember. Our clients? A regional bank, a mobile carrier, two craft breweries, an outdoor-gear brand and a children's hospital foundation. We do brand strategy, film, social and media buying under one roof.

We're looking for a Senior Media Planner who loves spreadsheets as much as big ideas. You'll build plans across TV, streaming, paid social and out-of-home, and defend every dollar to clients.`,
    sector: null,
    lang: 'en',
    why: 'advertising agency; its bank and carrier clients do not count',
  },
  {
    id: 'un-035',
    company: 'Kinsella Vane Communications Pte Ltd',
    text: `Kinsella Vane Communications is a Singapore public relations consultancy with offices in Jakarta and Kuala Lumpur. We help technology companies, banks, hospitals and government-linked companies manage their reputations: media relations, crisis communications, executive profiling and internal communications.

We are looking for an Account Manager to lead a portfolio of four clients, manage two executives, and pitch stories to regional business and tech media.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-036',
    company: 'Institut Lindqvist für Markt- und Sozialforschung GmbH',
    text: `Wir befragen jedes Jahr rund 400.000 Menschen: am Telefon, online und auf der Straße. Das Institut Lindqvist liefert seit 1979 Marktforschung für Handelsketten, Versicherer, Automobilhersteller, Verlage und Ministerien. Mit 220 Mitarbeitenden in Hamburg und Leipzig planen wir Studien, erheben Daten und werten sie aus.

Für unser Team Quantitative Forschung suchen wir eine:n Data Analyst:in (m/w/d) mit Erfahrung in R oder Python, Gewichtung und Segmentierung.`,
    sector: null,
    lang: 'de',
    why: 'market research for many industries',
  },
  {
    id: 'un-037',
    company: 'Ashcombe Partners LLP',
    text: `Ashcombe Partners is an independent management consultancy with 250 consultants in London, Edinburgh and Dublin. We help clients set strategy, redesign operations and deliver large change programmes. About a third of our work is with banking clients and insurers; the rest is with energy companies, retailers, universities and central government.

We are recruiting a Manager for our Operations practice to lead client teams of four to six, shape proposals and coach our analysts. Previous consulting experience essential.`,
    sector: null,
    lang: 'en',
    why: 'management consultancy (table); banking clients among many',
  },
  {
    id: 'un-038',
    company: 'Whitlock Hale & Merriman LLP',
    text: `<p><strong>About the Firm</strong></p><p>Whitlock Hale &amp; Merriman LLP is a full-service law firm of 310 lawyers in New York, Chicago and Charlotte. Our Banking &amp; Finance group represents lenders and borrowers in syndicated loans, leveraged finance and restructurings; other groups advise on litigation, real estate, labor and health care regulation.</p><p><strong>Position</strong></p><p>We are seeking a mid-level associate (3&ndash;5 years) for the Banking &amp; Finance group in Charlotte.</p>`,
    sector: null,
    lang: 'en',
    why: 'law firm; its banking practice does not make it Finance',
  },
  {
    id: 'un-039',
    company: 'PeopleArc Advisory',
    text: `PeopleArc Advisory is an HR consulting firm based in Gurugram. For 15 years we have helped Indian companies design salary structures, performance systems and leadership programmes, and run culture surveys for some of the country's largest employers. Our consultants work alongside clients' HR teams; we do not sell software.

Role: Consultant – Rewards. You'll benchmark pay, build job architectures and present recommendations to CHROs. MBA (HR) with 2-4 years of experience preferred.`,
    sector: null,
    lang: 'en',
    why: 'HR consultancy, not HR software',
  },
  {
    id: 'un-040',
    company: 'Talentbridge Recruitment',
    text: `Talentbridge Recruitment is working with our client to find a Data Engineer for a 12-month contract in Birmingham (hybrid, 2 days on site).

You'll build batch and streaming pipelines in Azure Data Factory and Databricks, model data in Delta Lake and support analysts with clean, documented datasets. Day rate £450–£525 outside IR35.

Talentbridge is an independent agency placing contract and permanent tech talent across the Midlands. Apply today and one of our consultants will call you within 48 hours.`,
    sector: null,
    lang: 'en',
    why: "recruiter names no client's business (rule)",
  },
  {
    id: 'un-041',
    company: 'Coralbay University',
    text: `Coralbay University is a public university on Queensland's Sunshine Coast, with 24,000 students, a medical school and research strengths in marine science and ageing. Our students train in the University Health Clinic, which offers physiotherapy, psychology and dietetics to the public, and on placement with our hospital partners across the region.

We're seeking a Clinic Operations Coordinator to manage bookings, student rosters and Medicare billing in the University Health Clinic.`,
    sector: null,
    lang: 'en',
    why: 'public university (table); its clinic and hospital partners do not make it Healthcare',
  },
  {
    id: 'un-042',
    company: 'Westbrook Hill Academy',
    text: `Westbrook Hill Academy is an independent day school for 640 students from kindergarten to grade 12, set on a 40-acre campus outside Richmond, Virginia. Small classes, a strong arts programme and a rowing team we're rather proud of.

We are seeking a Director of Finance and Operations to oversee the school's budget, tuition billing, financial aid, facilities and auxiliary services, and to support the board's finance committee. CPA or MBA preferred.`,
    sector: null,
    lang: 'en',
    why: 'school hiring a finance director: the job is not the employer',
  },
  {
    id: 'un-043',
    company: 'Kita-Verbund Sonnenkinder gGmbH',
    text: `Wer wir sind
Der Kita-Verbund Sonnenkinder ist ein gemeinnütziger Träger von 23 Kindertagesstätten in Berlin-Pankow, Lichtenberg und Marzahn. In unseren Krippen- und Kitagruppen betreuen, bilden und begleiten 410 pädagogische Fachkräfte rund 2.300 Kinder im Alter von acht Wochen bis zum Schuleintritt.

Für unsere neue Kita in Weißensee suchen wir eine Kitaleitung (m/w/d) in Vollzeit. Wir bieten Bezahlung in Anlehnung an den TV-L, eine betriebliche Altersvorsorge, ein Firmenticket und 30 Tage Urlaub.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'un-044',
    company: 'Common Table Food Network',
    text: `Common Table Food Network is a registered charity that gets good food to people who need it in the Ottawa region. Our warehouse receives 9 million pounds of food a year from farmers, grocery partners and food drives, and our trucks deliver it to 120 member food banks, school breakfast programmes and shelters.

We're hiring a Warehouse & Inventory Supervisor to run receiving, cold storage and dispatch, and to keep our inventory system accurate. Forklift certification required.`,
    sector: null,
    lang: 'en',
    why: 'charity; grocery partners and a warehouse do not make it Retail',
  },
  {
    id: 'un-045',
    company: 'Riverside Fellowship Church',
    text: `Riverside Fellowship is a non-denominational church in Boise, Idaho, with three Sunday services, a youth ministry, a food pantry and a preschool. About 2,000 people call Riverside home.

We're hiring a full-time Operations Manager to oversee our facilities, budgets, volunteer scheduling and event logistics, and to support the lead pastor and elder board. Experience in church or non-profit administration preferred; a heart for our community essential.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-046',
    company: 'FairShift Union',
    text: `FairShift is a trade union of 140,000 members in the UK: shop workers, care assistants, bank call-centre staff and warehouse teams. We negotiate pay with employers, represent members at work and campaign for fair rotas and safe staffing.

We are recruiting an Organiser for the South West to build union membership in supermarkets and care homes, train workplace reps and lead recognition campaigns. Car essential; car allowance provided.`,
    sector: null,
    lang: 'en',
    why: "trade union: its members' industries do not decide its sector",
  },
  {
    id: 'un-047',
    company: 'Society of Building Surveyors (Asia)',
    text: `About the Society
The Society of Building Surveyors (Asia) is a professional membership body with 5,800 members in Singapore, Malaysia and Hong Kong. We set the standards for building surveying practice, accredit university programmes, run continuing professional development and publish guidance on building inspection and façade safety.

Position: Manager, Professional Development. You will plan our CPD calendar of 120 courses and webinars a year, manage trainers and the learning platform, and work with our technical committees.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-048',
    company: 'The Larchfield Institute',
    text: `The Larchfield Institute is an independent think tank in London working on the economics of technology. Our reports on open banking, digital payments, AI regulation and the future of the high street are read by ministers, regulators and industry. We are a registered charity and take no money from political parties.

We're hiring a Senior Researcher – Financial Technology to lead our programme on payments and consumer credit: design research, commission polling, write and present to policymakers.`,
    sector: null,
    lang: 'en',
    why: 'think tank researching fintech is a non-profit, not Finance',
  },
  {
    id: 'un-049',
    company: "Krishna Valley Farmers' Producer Company Ltd",
    text: `Krishna Valley Farmers' Producer Company is owned by 6,200 smallholder farmers in Krishna and Guntur districts of Andhra Pradesh. We aggregate and grade our members' chilli, turmeric and paddy at 14 collection centres, sell in bulk to traders and exporters, and supply members with seed and fertiliser at fair prices.

We are looking for an Operations Manager (Procurement & Warehousing) to run collection centres during the harvest season, manage quality testing and warehouse receipts, and coordinate with our bank partners on produce-backed loans.`,
    sector: null,
    lang: 'en',
    why: "farmers' cooperative (unclassified by the table); bank partners do not change it",
  },
  {
    id: 'un-050',
    company: 'Armadora Rías Baixas S.L.',
    text: `Somos una armadora familiar de Marín (Pontevedra) con nueve buques de pesca de altura que faenan en el Gran Sol y en aguas de Namibia. Desembarcamos merluza, rape y gallo que vendemos en la lonja y a mayoristas de toda España. Llevamos más de 60 años en el mar y 180 tripulantes forman parte de nuestra flota.

Buscamos Jefe/a de Máquinas para un arrastrero congelador de 42 metros, con titulación de Oficial de Máquinas y experiencia en motores de propulsión.`,
    sector: null,
    lang: 'es',
  },
  {
    id: 'un-051',
    company: 'Florestas Campo Alto S.A.',
    text: `Quem somos
A Campo Alto administra 85 mil hectares de florestas plantadas de eucalipto e pinus no Mato Grosso do Sul e em Minas Gerais. Cuidamos de tudo, do viveiro de mudas à colheita mecanizada, e vendemos madeira em tora para fábricas de celulose, serrarias e produtores de carvão vegetal. Também mantemos 30 mil hectares de reserva legal e áreas de preservação.

Vaga: Engenheiro(a) Florestal – Inventário e Planejamento
Você vai coordenar o inventário florestal contínuo, usar imagens de drones e LiDAR e planejar a colheita dos próximos anos.`,
    sector: null,
    lang: 'pt',
    why: 'forestry: sells logs to pulp mills, does not run them',
  },
  {
    id: 'un-052',
    company: 'Fernhill Veterinary Group',
    text: `<p>Fernhill Veterinary Group is an independent group of eight small-animal practices and a 24-hour referral hospital in Hampshire and Dorset. Our vets, nurses and patient care assistants see over 60,000 patients a year, mostly dogs, cats and rabbits, and our surgery, imaging and in-house pharmacy run seven days a week.</p><p>We're looking for a <strong>Clinical Director</strong> for our Winchester practice: lead a team of six vets and ten RVNs, own clinical standards and help shape our new dentistry service.</p>`,
    sector: null,
    lang: 'en',
    why: 'vets: animal care is not Healthcare (table), whatever the clinical words',
  },
  {
    id: 'un-053',
    company: 'Pompes Funèbres Marchal',
    text: `Depuis quatre générations, les Pompes Funèbres Marchal accompagnent les familles de la région liégeoise dans l'un des moments les plus difficiles de leur vie. Nous organisons chaque année près de 900 funérailles, gérons trois funérariums et un atelier de marbrerie, et proposons des contrats de prévoyance obsèques.

Nous recherchons un·e conseiller·ère funéraire pour notre agence de Seraing : accueil des familles, organisation des cérémonies avec les cultes et les crématoriums, rédaction des devis et formalités administratives.`,
    sector: null,
    lang: 'fr',
    why: 'funeral director; prepaid funeral plans do not make it an insurer',
  },
  {
    id: 'un-054',
    company: 'Saltbush Waste Services Pty Ltd',
    text: `Saltbush is a privately owned waste and resource recovery company in South Australia. Our fleet of 220 trucks empties bins for 9,000 businesses, and under contract to six councils we collect kerbside general waste, recycling and green organics from 180,000 homes. We also run two transfer stations and a composting site.

We're hiring a Fleet Maintenance Supervisor for our Wingfield depot to lead 18 diesel mechanics and keep our side-loaders on the road.`,
    sector: null,
    lang: 'en',
    why: 'private waste contractor; council contracts do not make it Public Sector',
  },
  {
    id: 'un-055',
    company: 'Kaveri Recyclers Pvt. Ltd.',
    text: `Kaveri Recyclers runs one of Karnataka's largest materials recovery facilities, on the outskirts of Bengaluru. We receive 450 tonnes of dry waste a day from bulk generators, apartment complexes and waste pickers' cooperatives, sort it into 30 grades of paper, plastic, metal and glass, bale it and sell it to recycling mills. An authorised e-waste dismantling unit operates on the same site.

Position: Plant Manager. Lead 260 workers across two shifts, improve sorting yields and safety, and manage EPR documentation for our brand-owner clients.`,
    sector: null,
    lang: 'en',
    why: 'recycler: a sorting plant is not a factory making goods',
  },
  {
    id: 'un-056',
    company: 'Traductions Boréal inc.',
    text: `Traductions Boréal est un cabinet de traduction de Montréal qui compte 45 langagiers salariés et un réseau de 300 pigistes. Nous traduisons de l'anglais vers le français et inversement pour des cabinets d'avocats, des banques, des laboratoires pharmaceutiques, des fabricants et des ministères, et nous offrons la révision, la localisation de sites Web et l'interprétation.

Nous cherchons un·e traducteur·rice agréé·e spécialisé·e en finance pour traduire rapports annuels, prospectus et circulaires de sollicitation de procurations.`,
    sector: null,
    lang: 'fr',
    why: "translation agency serving banks among many; the job's speciality is not the employer's sector",
  },
  {
    id: 'un-057',
    company: 'Inkwell Print Co.',
    text: `Menus for 300 restaurants. Banners for the county fair. Wedding invitations, election yard signs, the parish newsletter and 40,000 real-estate flyers a month: if it's on paper in Lancaster County, there's a decent chance it came off our presses.

Inkwell Print Co. is a family-owned commercial print shop with offset, digital and wide-format printing under one roof. We're hiring a Prepress Technician to check files, impose jobs and make plates. Adobe Creative Suite required; we'll train you on the rest.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-058',
    company: 'The Halden Institute for Genomic Research',
    text: `# About the Institute

The Halden Institute is an independent, charity-funded research institute in Cambridge studying the genetics of rare diseases. Our 380 scientists sequence genomes from patients referred by hospitals across the UK, and our discoveries feed into diagnostic tests developed by partners. We are a non-profit and publish all our data openly.

# The role

We are recruiting a Research Software Engineer to build variant-calling pipelines for 200,000 genomes, working in Nextflow and Python on our HPC cluster.`,
    sector: null,
    lang: 'en',
    why: 'non-profit research institute (table), even in medical genetics',
  },
  {
    id: 'un-059',
    company: 'Hydroélectrique des Alpes du Sud SAS',
    text: `Hydroélectrique des Alpes du Sud exploite 27 centrales hydroélectriques et 14 barrages dans les Hautes-Alpes et les Alpes-de-Haute-Provence, pour une production annuelle de 1,9 TWh d'électricité renouvelable. Nos équipes assurent la conduite des usines, la maintenance des turbines et la sûreté des ouvrages.

Dans le cadre du renouvellement de nos concessions, nous recrutons un·e ingénieur·e automatismes pour moderniser le contrôle-commande de nos centrales depuis notre poste de téléconduite de Gap.`,
    sector: null,
    lang: 'fr',
    why: "electricity producer: its 'usines' are power plants; energy is unclassified",
  },
  {
    id: 'un-060',
    company: 'Sunstead Solar',
    text: `Sunstead Solar designs and installs rooftop solar and battery systems for homeowners in Arizona, Nevada and New Mexico: more than 22,000 roofs since 2012. Our own crews do the installs; our energy consultants meet customers at home and at kiosks in home-improvement stores, and our finance team helps them choose between cash, loan and lease.

We're looking for a Permitting Coordinator to prepare plan sets and permit packages for 40 jurisdictions and chase utility interconnection approvals.`,
    sector: null,
    lang: 'en',
    why: 'solar installer; store kiosks and financing options do not make it Retail or Finance',
  },
  {
    id: 'un-061',
    company: 'Greyline Buses Ltd',
    text: `&lt;h2&gt;About Greyline&lt;/h2&gt;&lt;p&gt;Greyline Buses is a privately owned bus company running 75 routes across Lancashire and Greater Manchester with 420 buses and 1,300 colleagues. Most of our network is run under franchise contracts with the combined authority; the rest are our own commercial services and school buses.&lt;/p&gt;&lt;h2&gt;The role&lt;/h2&gt;&lt;p&gt;As a Service Controller you&amp;rsquo;ll keep buses on time from our Bolton control room, managing disruption, driver changeovers and real-time passenger information.&lt;/p&gt;`,
    sector: null,
    lang: 'en',
    why: 'private bus operator under franchise: not publicly run transport',
  },
  {
    id: 'un-062',
    company: 'Rentauto Levante S.L.',
    text: `Rentauto Levante es una empresa de alquiler de vehículos sin conductor con 34 oficinas en aeropuertos, estaciones de tren y centros urbanos de la Comunitat Valenciana, Murcia y Baleares. Nuestra flota de 9.000 turismos, furgonetas y coches eléctricos se renueva cada año.

Buscamos Responsable de Flota para nuestra sede de Alicante: planificar compras y devoluciones de vehículos con los fabricantes, controlar daños y mantenimientos y optimizar la ocupación en temporada alta.`,
    sector: null,
    lang: 'es',
    why: 'car rental is transport, neither a carmaker nor a dealership',
  },
  {
    id: 'un-063',
    company: 'École de langues Rive Gauche',
    text: `Vous aimez transmettre le français et faire découvrir Paris ? Rejoignez-nous !

L'École Rive Gauche enseigne le français langue étrangère à 3 500 étudiants adultes par an, venus de plus de 80 pays. Cours intensifs, préparation au DELF et au DALF, ateliers de conversation et programmes pour les entreprises : nos 40 enseignants travaillent en petits groupes, dans nos locaux du 6e arrondissement.

Poste : professeur·e de FLE (CDI, 28 h/semaine). Master FLE exigé, expérience du CECRL appréciée.`,
    sector: null,
    lang: 'fr',
  },
  {
    id: 'un-064',
    company: 'Silverscreen Multiplex Pvt. Ltd.',
    text: `Silverscreen Multiplex operates 210 screens across 58 cinemas in Gujarat, Rajasthan and Madhya Pradesh, most of them anchoring shopping malls. Beyond the movies, our food and beverage counters serve 4 million tubs of popcorn a year and our lobby stores sell film merchandise.

We're hiring a Regional F&B Manager for Ahmedabad to drive per-cap spend, manage vendor contracts and maintain FSSAI compliance across 14 cinemas.`,
    sector: null,
    lang: 'en',
    why: 'cinema chain in malls: leisure, not Retail',
  },
  {
    id: 'un-065',
    company: 'Desert Palm Golf & Country Club',
    text: `Desert Palm Golf & Country Club is a private members' club in Dubai with an 18-hole championship course, a floodlit nine-hole academy course, a tennis centre, two restaurants and a pro shop. Our 1,400 members and their guests play more than 70,000 rounds a year.

We are seeking a Membership & Events Manager to look after member relations, run club tournaments and corporate golf days, and grow our events revenue. Accommodation, annual flight ticket and medical insurance provided.`,
    sector: null,
    lang: 'en',
    why: 'golf club; the pro shop and medical insurance are not its business',
  },
  {
    id: 'un-066',
    company: 'Société des Remontées de Val Cerise SA',
    text: `Qui sommes-nous ?
La Société des Remontées de Val Cerise exploite le domaine skiable de Val Cerise, en Savoie : 38 remontées mécaniques, 120 km de pistes, un réseau de neige de culture et deux magasins de location de skis au pied des pistes. Chaque hiver, 350 saisonniers rejoignent nos 90 permanents.

Nous recrutons pour la saison d'hiver un·e responsable des magasins de location : gestion du parc de 4 000 paires de skis, réservations en ligne, encadrement de 18 loueurs et techniciens.`,
    sector: null,
    lang: 'fr',
    why: "ski resort's rental shops belong to a leisure business, not Retail",
  },
  {
    id: 'un-067',
    company: 'Azurelle Cruises',
    text: `Azurelle Cruises operates six mid-size ships sailing the Caribbean, the Mediterranean and Alaska, with 9,000 crew members from 60 countries. Each ship has its own medical centre, staffed around the clock for guests and crew.

We are recruiting Ship's Nurses for 4-month contracts. You will assist the ship's doctor with consultations and emergencies, manage the onboard pharmacy inventory and run crew health checks. Minimum 3 years' ER or ICU experience and ACLS certification. Cabin, meals, flights and a tax-free salary included.`,
    sector: null,
    lang: 'en',
    why: 'cruise line hiring a nurse: the job is medical, the employer is travel',
  },
  {
    id: 'un-068',
    company: 'Hive & Harbour',
    text: `Hive & Harbour runs 11 coworking spaces and serviced offices in Singapore and Kuala Lumpur, from hot desks in Tanjong Pagar to whole floors for growing teams. Our 4,500 members (start-ups, law firms, banks' innovation labs, NGOs) work with us on flexible leases.

We're hiring a Community Manager for our Raffles Place space. You'll welcome members, run events, keep the space humming and sell meeting rooms and private offices. A hospitality or real-estate background is welcome.`,
    sector: null,
    lang: 'en',
    why: 'flexible office operator is real estate, whatever its members do',
  },
  {
    id: 'un-069',
    company: 'Kamerplein Studentenhuisvesting B.V.',
    text: `Bij Kamerplein wonen ruim 6.000 studenten in onze gebouwen in Groningen, Utrecht, Delft en Maastricht. Wij bouwen, verhuren en beheren studentenkamers en studio's, van het huurcontract tot de lekkende kraan.

Voor onze locatie in Utrecht zoeken we een huismeester (32-36 uur). Je bent het aanspreekpunt voor bewoners, voert kleine reparaties uit, begeleidt in- en uitchecks en houdt de algemene ruimtes schoon en veilig. Je werkt samen met ons verhuurteam en externe aannemers.`,
    sector: null,
    lang: 'nl',
  },
  {
    id: 'un-070',
    company: 'Eastfield Homes',
    text: `<p><strong>About us</strong></p><p>Eastfield Homes is a not-for-profit housing association providing 14,000 affordable homes for rent and shared ownership across Essex and Suffolk. We work closely with local councils, who nominate many of our new tenants, but we are an independent registered provider of social housing.</p><p>We&rsquo;re recruiting an <strong>Income Officer</strong> to support tenants with rent accounts, Universal Credit claims and payment plans, and to reduce arrears with empathy rather than enforcement.</p>`,
    sector: null,
    lang: 'en',
    why: 'housing association: a non-profit landlord, not part of government; rent accounts are not banking',
  },
  {
    id: 'un-071',
    company: 'Studio Ferraresi Interni',
    text: `Chi siamo
Studio Ferraresi Interni è uno studio di interior design con sede a Milano, in zona Isola. Da vent'anni progettiamo interni di hotel, ristoranti, negozi monomarca e abitazioni private, in Italia e all'estero, seguendo il cliente dal concept alla direzione lavori.

Cerchiamo un/una Interior Designer Junior con 2-3 anni di esperienza, ottima padronanza di AutoCAD e 3ds Max e sensibilità per i materiali. Il lavoro si svolge in studio, con sopralluoghi nei cantieri.`,
    sector: null,
    lang: 'it',
    why: 'design studio: designing shops does not make it Retail',
  },
  {
    id: 'un-072',
    company: 'Wattle & Stone Landscapes',
    text: `Wattle & Stone Landscapes has been building gardens in Adelaide for 18 years: native gardens, outdoor kitchens, retaining walls, pool surrounds and the odd rooftop terrace. We also maintain grounds for strata buildings, schools and a few wineries in the Adelaide Hills.

We're after a qualified Landscape Construction Leading Hand to run a crew of three. Current driver's licence and White Card essential. Ute and phone supplied.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-073',
    company: 'Keeper Pest Solutions Ltd',
    text: `Rats in a restaurant cellar at midnight. Pigeons on a hospital roof. Moths in a museum store. Our technicians deal with all of it, 365 days a year.

Keeper Pest Solutions protects 7,000 commercial customers across the Midlands (food factories, restaurants, hospitals, warehouses and housing associations) with contracts audited to food-safety and NHS standards. We're hiring a Pest Control Technician for the Nottingham area. RSPH Level 2 preferred; full training given. Van, fuel card and paid overtime.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-074',
    company: 'Umzüge Grabowski GmbH',
    text: `Seit 1986 bringen wir Menschen und Möbel sicher ans Ziel: Privatumzüge in ganz Deutschland, Büro- und Praxisumzüge, Möbellagerung und Auslandsumzüge nach Polen und Skandinavien. Mit 14 Möbelwagen und 60 Mitarbeitenden gehören wir zu den größten Umzugsunternehmen im Raum Dortmund.

Wir suchen ab sofort Berufskraftfahrer (m/w/d) Klasse CE für den Nah- und Fernverkehr. Sie fahren unsere Möbelwagen, packen mit an und sind bei unseren Kundinnen und Kunden das freundliche Gesicht der Firma.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'un-075',
    company: 'Stadsfiets Koeriers B.V.',
    text: `Over ons
Stadsfiets Koeriers bezorgt sinds 2009 zakelijke zendingen in Utrecht en Amersfoort, uitstootvrij met bakfietsen en e-vans. Elke dag rijden onze 70 koeriers met laboratoriummonsters voor huisartsen en ziekenhuizen, contracten voor advocatenkantoren, onderdelen voor monteurs en lunches voor kantoren. Pakketten voor webwinkels doen we niet.

Vacature: Planner Dagdienst (32 uur). Je verdeelt ritten, houdt contact met klanten en stuurt koeriers bij op de weg.`,
    sector: null,
    lang: 'nl',
    why: 'business courier for many industries; no parcels for online shops',
  },
  {
    id: 'un-076',
    company: 'Mareas Producciones S.L.',
    text: `Mareas Producciones organiza el Festival Mareas, tres días de música independiente y electrónica frente al mar en Cádiz con 60.000 asistentes, y una gira de conciertos de verano por diez ciudades. Trabajamos con patrocinadores como un banco, una cervecera y una operadora móvil, que instalan sus espacios dentro del recinto.

Buscamos Coordinador/a de Patrocinios para gestionar los acuerdos con las marcas, su activación en el festival y los informes de resultados.`,
    sector: null,
    lang: 'es',
    why: 'festival organiser; its bank and mobile-operator sponsors do not decide its sector',
  },
  {
    id: 'un-077',
    company: 'Lowlight Records',
    text: `Lowlight is an independent record label in Nashville with a roster of 30 artists across Americana, country and indie folk. We sign, record and market music, run our own publishing arm and press our vinyl at partner plants. Our releases reach listeners on every streaming service, on radio and on the road.

We're hiring a Digital Marketing Manager to plan release campaigns, pitch to streaming playlists and grow our artists' audiences on socials.`,
    sector: null,
    lang: 'en',
    why: 'record label is media; releasing on streaming services does not make it IT',
  },
  {
    id: 'un-078',
    company: 'Saltmarsh Pictures',
    text: `Saltmarsh Pictures is an independent film and television production company based in Glasgow. We make drama and documentary for UK broadcasters and the streamers; our last series was shot on Skye and in Lagos. We're in pre-production on an eight-part crime drama filming in Dundee from March.

We're looking for a Production Coordinator to manage schedules, crew travel, contracts and call sheets, and keep the production office running smoothly.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-079',
    company: 'Tallgrass Audio',
    text: `Tallgrass Audio is a Winnipeg podcast production company. We make narrative and interview shows (true crime, history, food) for streaming platforms, public broadcasters and brands. Twelve of our shows have charted in Canada's top 50.

We're looking for an Audio Producer to help develop, record and edit two weekly shows. You'll work in Pro Tools or Reaper, direct hosts in the studio and on location, and write tight episode copy.`,
    sector: null,
    lang: 'en',
    why: 'makes shows for streaming platforms; not a streaming service',
  },
  {
    id: 'un-080',
    company: 'Verlagshaus Brenner KG',
    text: `Über uns
Das Verlagshaus Brenner ist ein familiengeführter Zeitschriftenverlag in Stuttgart. Wir geben elf Titel heraus, von Gartenzeitschriften über Wohnmagazine bis zu Fachtiteln für Handwerk und Landwirtschaft, mit einer verkauften Gesamtauflage von 1,2 Millionen Exemplaren. Dazu kommen unsere Onlineportale und ein eigener Abo-Shop.

Für die Redaktion von „Landleben heute“ suchen wir eine:n Online-Redakteur:in (m/w/d) in Teilzeit.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'un-081',
    company: 'Pinnacle Reach Search Partners',
    text: `Pinnacle Reach is a boutique executive search firm in Singapore placing senior leaders across Asia-Pacific. Our consultants work with clients in banking, healthcare, technology and consumer industries.

We are currently partnering with a confidential client to appoint a Regional Chief Financial Officer based in Singapore, overseeing finance teams in six markets. The successful candidate will be a qualified accountant with 15+ years of experience, including IPO readiness and M&A integration.`,
    sector: null,
    lang: 'en',
    why: "recruiter lists its clients' industries but not this client's business (rule)",
  },
  {
    id: 'un-082',
    company: "Tenuta Ca' Bianca",
    text: `Tenuta Ca' Bianca è una villa del Cinquecento immersa nelle colline del Chianti, oggi dedicata a matrimoni ed eventi privati. Ogni anno organizziamo circa 80 matrimoni, soprattutto per coppie dal Regno Unito e dagli Stati Uniti, e ospitiamo gli invitati nelle nostre 22 camere e nei casali della tenuta.

Cerchiamo un/una Wedding & Event Coordinator con inglese fluente, che segua le coppie dalla prima visita al giorno delle nozze e coordini catering, fiorai, fotografi e musicisti.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'un-083',
    company: 'Kilmory Racecourse',
    text: `Kilmory Racecourse hosts 18 days of flat and National Hunt racing a year in County Kildare, welcoming 140,000 racegoers, and fills the days in between with conferences, concerts and a Sunday market on our grounds. Our bars, restaurants and the bookmakers' ring are at the heart of race day.

We are seeking a Commercial Manager to grow sponsorship, hospitality packages and non-racing events revenue.`,
    sector: null,
    lang: 'en',
    why: 'racecourse: bookmakers on site are not Finance',
  },
  {
    id: 'un-084',
    company: 'Spinifex Geoscience Pty Ltd',
    text: `**Spinifex Geoscience** provides exploration services to mining and energy companies across Western Australia and the Northern Territory: geological mapping, drill-hole logging, geophysical surveys and resource modelling. Our 70 geologists and field technicians spent 2,400 days in the field last year.

**Field Geologist – Pilbara (2/1 roster)**
- Log RC and diamond core on a lithium exploration program
- Supervise drill crews and manage sample dispatch
- 4WD licence and remote-area first aid required`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-085',
    company: 'Ingenieurbüro Haller & Voss Umweltplanung GmbH',
    text: `Wir sind ein unabhängiges Ingenieurbüro für Umweltplanung mit Sitz in Freiburg. Für Städte, Energieversorger, Bauträger und Industriebetriebe erstellen wir Umweltverträglichkeitsstudien, Artenschutzgutachten und Altlastenuntersuchungen. 45 Biolog:innen, Geograf:innen und Ingenieur:innen arbeiten bei uns im Büro und im Gelände.

Zur Verstärkung suchen wir eine:n Projektleiter:in Altlasten und Bodenschutz (m/w/d). Sie koordinieren Bodenuntersuchungen, werten Analysen aus und vertreten Gutachten gegenüber Behörden.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'un-086',
    company: 'Barrow Lane Cost Consultants',
    text: `&lt;p&gt;Barrow Lane is a firm of chartered quantity surveyors and cost consultants in Leeds and Sheffield. We manage construction costs for developers, housing associations, universities and hospital trusts, from early cost plans and tender reports through to final accounts.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Assistant Quantity Surveyor&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Prepare valuations and cost reports, measure works and help settle final accounts on projects worth &amp;pound;2m&amp;ndash;&amp;pound;60m. RICS APC support provided.&lt;/p&gt;`,
    sector: null,
    lang: 'en',
    why: "construction cost consultants: 'final accounts' are not accountancy",
  },
  {
    id: 'un-087',
    company: 'Hartley Shaw Recruitment',
    text: `Hartley Shaw Recruitment are delighted to be working with our client, a tier-one scaffolding and access contractor with depots across Victoria and Tasmania, on a permanent Scaffold Estimator role in Melbourne.

Our client designs and erects scaffolding for high-rise residential towers, hospitals, bridges and industrial shutdowns. You'll measure from drawings, price tenders and hand over to the operations team.

- $110k–$130k + super + car allowance
- Monday to Friday, office-based with site visits`,
    sector: null,
    lang: 'en',
    why: "recruiter's client is a scaffolding contractor: construction is unclassified",
  },
  {
    id: 'un-088',
    company: 'Rubicon Demolition & Abatement',
    text: `Rubicon Demolition & Abatement tears down what others built. Since 1994 we've demolished factories, hospitals, parking structures and power plants across Ohio, Michigan and Indiana, and our abatement division removes asbestos and lead safely before a single wall comes down.

We're looking for an Estimator/Project Manager to walk sites, build bids, line up salvage buyers and run jobs from mobilization to final cleanup. OSHA 30 required.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-089',
    company: 'Agropecuária Serra Dourada Ltda.',
    text: `Sobre nós
A Agropecuária Serra Dourada é uma empresa familiar do agronegócio com 42 mil hectares de lavouras em Sorriso e Lucas do Rio Verde, no Mato Grosso. Plantamos soja na safra e milho e algodão na safrinha, com agricultura de precisão, irrigação por pivô e armazéns próprios com capacidade para 180 mil toneladas.

Estamos contratando um(a) Analista de Agricultura de Precisão para gerar mapas de produtividade e de aplicação em taxa variável, acompanhar o monitoramento de pragas e treinar operadores de máquinas.`,
    sector: null,
    lang: 'pt',
  },
  {
    id: 'un-090',
    company: 'Kingsmere Marina & Boatyard',
    text: `Kingsmere Marina & Boatyard sits on Whangārei Harbour with 420 berths, a 70-tonne travel lift and a hardstand for 120 boats. Our marine engineers, shipwrights and painters maintain and refit yachts and launches, and our chandlery stocks everything from antifouling to anchors.

We're hiring a Marina Office Manager to run berth bookings and billing, look after berth holders and visiting yachties, and coordinate the yard schedule.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'un-091',
    company: 'Riverbend Relief International',
    text: `Riverbend Relief International is a non-governmental organisation working with rural communities in Kenya's Turkana, Marsabit and Isiolo counties. Since 2006 we have drilled 380 boreholes, built school classrooms and run drought-resilience programmes, and we partner with local health clinics on nutrition screening.

We are recruiting a Monitoring, Evaluation and Learning Officer based in Lodwar to design data collection tools in KoboToolbox, train field staff and report results to donors. Degree in statistics or development studies and 3 years' NGO experience required.`,
    sector: null,
    lang: 'en',
    why: 'NGO that partners with clinics but does not run them',
  },
  {
    id: 'un-092',
    company: 'Brightpath Tutorials Pvt. Ltd.',
    text: `Brightpath Tutorials has coached over 1.5 lakh students for JEE and NEET since 2005. Our 42 classroom centres in Telangana, Andhra Pradesh and Tamil Nadu run two-year integrated programmes, weekend batches and test series.

We are hiring Faculty – Biology (NEET) for our Vijayawada centre. You will teach classes of 60-80 students, prepare study material and mock tests, and hold doubt-clearing sessions. M.Sc. with 3+ years of teaching experience preferred.`,
    sector: null,
    lang: 'en',
    why: 'coaching for medical entrance exams is education, not Healthcare',
  },
  {
    id: 'un-093',
    company: 'Warmwell Heat Networks Ltd',
    text: `Warmwell Heat Networks builds and runs district heating networks in British cities. Our 110 km of insulated pipework carries hot water from energy centres, heat pumps and recovered industrial heat to 28,000 homes, a hospital, two universities and a shopping centre. Customers pay for heat through meters, and our billing team manages their accounts.

We're hiring a Network Operations Engineer to monitor pressures and temperatures from our control room in Sheffield and lead fault response.`,
    sector: null,
    lang: 'en',
    why: "heat network: 'network operations' means pipework; energy is unclassified",
  },
  {
    id: 'un-094',
    company: 'Minera Salar Alto S.A.',
    text: `Quiénes somos
Minera Salar Alto es una compañía minera chilena que extrae salmuera en el Salar de Pedernales, en la Región de Atacama, y la concentra en pozas de evaporación para producir carbonato de litio de grado batería. Trabajamos a 3.300 metros de altura con 640 trabajadores propios y contratistas, en turnos 7x7.

Buscamos Ingeniero/a de Procesos para nuestra planta de Copiapó: control de leyes, balance de masas y proyectos de mejora de recuperación.`,
    sector: null,
    lang: 'es',
    why: "mine's processing plant; mining is unclassified",
  },
  {
    id: 'un-095',
    company: 'Steinbruch Hohenfels GmbH & Co. KG',
    text: `Im Steinbruch Hohenfels gewinnen wir seit über 100 Jahren Muschelkalk. Jährlich brechen, sieben und verladen wir rund 1,1 Millionen Tonnen Schotter, Splitt und Edelsplitt für den Straßen- und Gleisbau in Nordbayern. Unser Familienbetrieb beschäftigt 48 Mitarbeitende.

Wir suchen eine:n Sprengberechtigte:n (m/w/d) in Vollzeit. Sie planen und führen Gewinnungssprengungen durch, dokumentieren nach Sprengstoffrecht und arbeiten eng mit unserem Betriebsleiter zusammen.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'un-096',
    company: 'Hebridean Salmon Farms Ltd',
    text: `We grow Atlantic salmon at 22 sea sites around Lewis, Harris and the Uists, from hatchery smolts to harvest, with 190 people working on the farms, on our boats and in our freshwater units. Fish welfare and clean seabeds are at the heart of how we farm.

Hebridean Salmon Farms is hiring a Fish Health Biologist to monitor sea lice, gill health and mortality across our sites, work with our vets on treatment plans, and report to the regulator.`,
    sector: null,
    lang: 'en',
    why: 'fish farming: its fish health team and vets are not Healthcare',
  },
  {
    id: 'un-097',
    company: 'Ashgrove Holdings',
    text: `Ashgrove Holdings is a family-owned group with businesses in hotels, supermarkets, commercial property, car dealerships and consumer finance across Malaysia and Singapore. Our group head office in Kuala Lumpur provides finance, legal, HR and IT services to all of them.

We are looking for a Group Treasury Analyst to manage cash pooling and FX hedging across 30 subsidiaries, prepare liquidity forecasts and work with our relationship banks.`,
    sector: null,
    lang: 'en',
    why: 'conglomerate head office, no single unit hiring (groups rule)',
  },
  {
    id: 'un-098',
    company: 'Quillon',
    text: `Quillon is growing! We're looking for a Salesforce Administrator to join our Revenue Operations team in Austin, TX.

What you'll do:
- Own our Salesforce org: users, profiles, flows and reports
- Build dashboards for sales leadership in Tableau
- Keep data clean across Salesforce, HubSpot and NetSuite

What you bring: 3+ years as a Salesforce admin, Admin certification, SQL a plus. Hybrid, 3 days in office. Medical, dental, vision and a 401(k) match.`,
    sector: null,
    lang: 'en',
    why: 'the posting never says what the employer does; tools and benefits say nothing',
  },
  {
    id: 'un-099',
    company: 'Bayou Point Refining LLC',
    text: `Bayou Point Refining operates a 210,000-barrel-per-day refinery on the Mississippi River south of Baton Rouge, turning crude oil into gasoline, diesel, jet fuel and asphalt. Our crude unit, cat cracker, hydrotreaters and utility plants run around the clock with 850 employees.

We're hiring a Process Engineer for the Fluid Catalytic Cracking unit: monitor performance, optimize yields with the planning team and support turnarounds. Chemical engineering degree required.`,
    sector: null,
    lang: 'en',
    why: 'oil refiner: oil and gas is unclassified, not chemicals manufacturing',
  },
  {
    id: 'un-100',
    company: 'Blue Mesa Electric Cooperative',
    text: `Blue Mesa Electric Cooperative is a member-owned electric co-op serving 62,000 meters across rural western Colorado. We maintain 5,400 miles of power lines and 38 substations, and every member has a capital credits account: when we have a good year, the margins go back to them.

We're looking for a Member Services Representative to answer calls, set up new service, take payments and explain bills and rebates to members. Benefits include a pension plan and paid holidays.`,
    sector: null,
    lang: 'en',
    why: 'electric co-op: member accounts and capital credits do not make it a credit union',
  },

  // Employers of the seven sectors whose posting looks unclassified at first sight.
  {
    id: 'un-101',
    company: 'Marrow Valley Bank',
    text: `Events & Hospitality Coordinator – Edinburgh head office

Marrow Valley Bank is a Scottish retail and business bank serving 900,000 personal customers and 60,000 small businesses through 70 branches, our app and our relationship managers. Our Events & Hospitality team runs around 300 client dinners, customer seminars, staff conferences and community events a year, mostly in the bank's own venue on St Andrew Square.

You'll plan menus with our caterers, manage room bookings and AV, look after guests on the day and keep budgets on track. Hotel or venue events experience ideal.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a bank hiring for events: the employer is a bank',
  },
  {
    id: 'un-102',
    company: 'Granite Shield Mutual Insurance Company',
    text: `<p><strong>Corporate Real Estate Manager</strong> &ndash; Hartford, CT</p><p>Granite Shield Mutual has protected homes, cars and small businesses in New England since 1887. As a mutual insurer, we&rsquo;re owned by our 1.3 million policyholders.</p><p>Our Corporate Real Estate team manages 42 offices and claims centers across six states. In this role you&rsquo;ll negotiate leases, run fit-out projects and work with our facilities partner on maintenance and energy use.</p><ul><li>10+ years in corporate real estate or facilities</li><li>Pension, 401(k) and hybrid work</li></ul>`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: "insurer's property team: the employer is an insurer",
  },
  {
    id: 'un-103',
    company: 'Coast Cedar Credit Union',
    text: `Love your community? So do we.

Coast Cedar Credit Union is owned by its 140,000 members on Vancouver Island and the Sunshine Coast. Every year we give 7% of our profits back through sponsorships, scholarships and grants, from youth soccer leagues to the Nanaimo salmon festival, and our staff volunteer 9,000 hours.

As Community Engagement Coordinator, you'll run our sponsorship program, organize branch events and tell those stories on social media. Event planning or non-profit experience is an asset.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'credit union (table), community-events job',
  },
  {
    id: 'un-104',
    company: 'Halberd Crane Asset Management',
    text: `Halberd Crane Asset Management manages S$38 billion for pension funds, insurers and private clients from offices in Singapore, Hong Kong and Sydney. Since our founding we have also built a collection of 600 works of modern Southeast Asian art, displayed across our offices and lent to museums.

We are seeking a Curator, Corporate Art Collection, to manage acquisitions, conservation and loans, organise two exhibitions a year in our Marina Bay lobby and run tours for clients.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'asset manager hiring a curator: not a museum',
  },
  {
    id: 'un-105',
    company: 'Nordhafen Pensionskasse AG',
    text: `Die Nordhafen Pensionskasse AG sichert die betriebliche Altersversorgung von 180.000 Beschäftigten und Rentner:innen aus Hafenwirtschaft und Logistik. Rund ein Viertel unserer Kapitalanlagen von 9 Mrd. Euro steckt in Immobilien: Wohnanlagen, Büros und Logistikhallen in ganz Deutschland.

Für unser Immobilien-Asset-Management in Hamburg suchen wir eine:n Asset Manager:in Wohnimmobilien (m/w/d). Sie steuern die Hausverwaltungen, planen Modernisierungen und bereiten Ankäufe vor.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: "pension fund's property team: pension funds are Finance (table)",
  },
  {
    id: 'un-106',
    company: 'Mehta Raghavan & Co. Chartered Accountants',
    text: `Mehta Raghavan & Co. is a firm of chartered accountants with 11 partners and 350 professionals in Chennai, Bengaluru and Coimbatore, providing statutory audit, tax and advisory services to listed companies, family businesses and non-profits. Every year around 120 CA articled assistants train with us.

We are looking for a Learning & Development Manager to run our training academy: induction for new articles, technical updates on Ind AS and GST, soft-skills workshops and the LMS.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'accountancy firms are Finance (table); the job is training',
  },
  {
    id: 'un-107',
    company: 'Tailwhistle Pet Insurance Pty Ltd',
    text: `Claims Assessor – Pet Insurance (Sydney, hybrid)

Tailwhistle Pet Insurance covers 260,000 dogs and cats across Australia for vet bills, from accidents and illness to dental care. We pay most claims directly to the vet clinic, often before the patient has left the surgery.

As a Claims Assessor you'll review invoices and clinical histories from vets, decide claims against the policy wording and call owners with good (and sometimes hard) news. Vet nurse experience is a big plus.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'insurer; vets and clinics appear only as claimants',
  },
  {
    id: 'un-108',
    company: 'North Fenland Hospitals NHS Foundation Trust',
    text: `North Fenland Hospitals NHS Foundation Trust runs two acute hospitals and a community hospital serving 380,000 people in Cambridgeshire and Lincolnshire. Our Catering Department cooks 2,500 patient meals a day in a central production kitchen and runs the staff restaurant and two visitor cafés.

We are looking for a Catering Production Manager to lead chefs and catering assistants, plan menus with dietitians for texture-modified and allergen-free diets, and manage food safety.

Band 6. NHS pension, 27 days' annual leave plus bank holidays.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'public hospitals are Healthcare (table); the job is catering',
  },
  {
    id: 'un-109',
    company: 'Mercy Plains Health System',
    text: `<p>Mercy Plains Health System includes six hospitals, 40 outpatient clinics and a home health agency across Kansas and Nebraska. We&rsquo;re in the middle of a $900 million building program: a new heart and vascular tower in Wichita, two freestanding emergency departments and renovations to our oldest campus.</p><p>We&rsquo;re hiring a <strong>Construction Project Manager</strong> to represent the health system on these projects, working with architects, contractors and our clinical teams, and keeping infection control risk assessments in place during work in occupied buildings.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: "hospital system's building projects: the employer runs hospitals",
  },
  {
    id: 'un-110',
    company: 'Banksia Grove Aged Care',
    text: `Our 140 residents love a sing-along, a game of bowls on the lawn and the Friday happy hour. Some are living with dementia; many need help with daily care. All of them deserve days with purpose and fun.

Banksia Grove is a not-for-profit residential aged care home in Toowoomba with 24-hour nursing care. We are looking for a Lifestyle Coordinator to plan and run our activities calendar, bus outings and special events, and to work with nurses and allied health staff on each resident's care plan.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'care homes are Healthcare (table); a leisure-sounding job',
  },
  {
    id: 'un-111',
    company: 'Halvorsen Pharma GmbH',
    text: `Die Halvorsen Pharma GmbH entwickelt und produziert Generika und Biosimilars an zwei Standorten in Hessen. Unsere 1.100 Mitarbeitenden stellen jährlich rund 3 Milliarden Tabletten her, die in über 40 Länder geliefert werden.

Für unseren Standort Marburg suchen wir eine:n Fuhrpark- und Logistikkoordinator:in (m/w/d). Sie verwalten rund 260 Dienstwagen unseres Außendienstes, steuern Leasingverträge und Werkstätten und organisieren den Werkverkehr zwischen unseren Standorten.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'maker of medicines (table) hiring for its vehicle fleet',
  },
  {
    id: 'un-112',
    company: 'Aventa Health Insurance Pte Ltd',
    text: `Aventa Health Insurance covers 800,000 people in Singapore through individual shield plans and corporate medical benefits. We also run Aventa Move, a wellness programme that rewards members for steps, gym visits and health screenings.

We're looking for a Wellness Events Executive to organise corporate health fairs, fun runs and fitness challenges with gym partners, and to grow engagement in the Aventa Move app.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'health insurers are Healthcare (table), not Finance; gyms appear only as partners',
  },
  {
    id: 'un-113',
    company: 'Lantern Clinical Staffing Ltd',
    text: `## About Lantern

Lantern Clinical Staffing supplies registered nurses, healthcare assistants and midwives to NHS hospitals, private clinics and care homes across London and the South East. We fill around 4,000 shifts a week through our app and our 24/7 booking desk.

## The role

We're hiring a Compliance Officer to check nurses' NMC registration, DBS, right to work and mandatory training before they go on shift, and to prepare for NHS framework audits.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'a staffing service made only for healthcare providers is Healthcare (rule)',
  },
  {
    id: 'un-114',
    company: 'Pharmacies Solenne',
    text: `Pharmacies Solenne, c'est un réseau de 180 pharmacies en Belgique et dans le nord de la France. Chaque nuit, notre entrepôt de Tournai prépare et livre médicaments, produits de parapharmacie et dispositifs médicaux à l'ensemble de nos officines, pour qu'ils soient en rayon dès l'ouverture.

Nous recherchons un·e chef·fe d'équipe préparation de commandes (équipe de nuit) : encadrement de 25 préparateurs, respect des bonnes pratiques de distribution et de la chaîne du froid, suivi de la productivité dans notre WMS.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'pharmacy chains are Healthcare (table); the job is in its warehouse',
  },
  {
    id: 'un-115',
    company: "Harland's",
    text: `Every night our 400 trucks leave six depots to restock 620 stores before the doors open at 7 am: fresh bread, chilled milk and 30,000 other lines.

Harland's is one of Britain's favourite food retailers, and our Logistics team is hiring HGV Class 1 Drivers at our Avonmouth depot. You'll drive modern, well-maintained tractor units on regular store routes, with home time every day.

- £19.40 per hour, nights premium
- 15% colleague discount in our stores
- Pension with 6% contribution`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "a supermarket's own transport: the employer is a retailer",
  },
  {
    id: 'un-116',
    company: 'Whitcombe & Lyle',
    text: `Whitcombe & Lyle has been Milwaukee's department store since 1902: fashion, beauty, home and a food hall over eight floors on Wisconsin Avenue, plus four suburban stores and our website. On the top floor, the Lantern Room restaurant has served afternoon tea and chicken pot pie to shoppers for generations.

We're looking for a Restaurant General Manager for the Lantern Room: lead front and back of house, drive covers and check average, and bring private dining and holiday events back to life.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "department store's restaurant: the employer is a shop",
  },
  {
    id: 'un-117',
    company: 'Chemhandel Rheinberg GmbH',
    text: `Über uns
Die Chemhandel Rheinberg GmbH ist ein unabhängiger Chemiedistributor. Wir kaufen Lösemittel, Säuren, Laugen und Spezialchemikalien bei über 200 Herstellern ein, lagern sie in unseren Tanklagern in Duisburg und Ludwigshafen, füllen sie in Gebinde ab und liefern sie an 6.000 Kunden aus Industrie, Wasseraufbereitung und Landwirtschaft.

Wir suchen eine:n Disponent:in Gefahrgut (m/w/d), die oder der Touren plant, ADR-Vorschriften sicher anwendet und mit unseren Speditionen zusammenarbeitet.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'distributors of goods are Retail (table); it buys chemicals from makers, makes none',
  },
  {
    id: 'un-118',
    company: "Holt & Farrow Builders' Merchants",
    text: `Holt & Farrow is an independent builders' merchant with 26 branches across Yorkshire and the North East. Trade customers and DIYers come to us for timber, bricks, plaster, drainage, kitchens and tool hire, and our fleet of crane lorries delivers to 1,500 building sites a week.

We're recruiting a Branch Manager for our Harrogate yard to lead a team of 14, grow trade accounts with local builders and keep stock and margins in shape.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'merchant selling building materials: a seller of goods, not a builder',
  },
  {
    id: 'un-119',
    company: 'Northshore Motors',
    text: `Northshore Motors is a family-owned dealership group on Vancouver's North Shore, selling new and pre-owned cars from three brands and servicing 25,000 vehicles a year in our 40-bay shop.

We're hiring a Licensed Automotive Service Technician (Red Seal) to diagnose and repair vehicles, perform warranty work and mentor apprentices. Flat-rate pay with guaranteed hours, tool allowance and factory training.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'car dealerships are Retail (table), not Automotive',
  },
  {
    id: 'un-120',
    company: 'Tazaa Cart',
    text: `Tazaa Cart delivers groceries, fruits, vegetables and household essentials to customers' doors in 15 minutes in Mumbai, Pune and Hyderabad, from a network of 180 dark stores. Customers order on our app; our delivery partners do the rest.

We are onboarding Delivery Partners in Andheri and Powai. Earn per order plus incentives, flexible shifts, accident insurance and weekly payouts. You need a two-wheeler, a valid driving licence and a smartphone.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'grocery delivery is Retail (table), though the job is delivery',
  },
  {
    id: 'un-121',
    company: 'Viveros El Olivar S.L.',
    text: `Viveros El Olivar es una cadena de centros de jardinería con seis tiendas en la provincia de Sevilla. Vendemos plantas de interior y exterior, macetas, sustratos, riego, muebles de jardín y artículos para mascotas, y en nuestro centro de Dos Hermanas tenemos además una cafetería entre los invernaderos.

Buscamos Encargado/a de Tienda para el centro de Bormujos: gestión del equipo de ventas, pedidos a proveedores, exposición de producto y atención al cliente.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'garden-centre chain sells goods in shops: Retail, not agriculture',
  },
  {
    id: 'un-122',
    company: 'Halcyon Telecom Group – Property',
    text: `Halcyon Telecom Group is one of the UK's largest mobile and broadband providers. Our Property team manages the estate behind the network: 1,200 telephone exchanges and equipment buildings, 8,000 rooftop and ground-based mast sites, 300 shops and our offices.

We're looking for a Lease Renewals Surveyor to negotiate rents and renewals with landlords under the Electronic Communications Code, value sites and keep our lease database accurate. MRICS preferred.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "an operator's property unit: the group's business is telecoms",
  },
  {
    id: 'un-123',
    company: 'Summit Vertical Infrastructure',
    text: `Summit Vertical owns and operates 9,400 communications towers and 1,100 rooftop sites across the Midwest and the Southeast, and leases space on them to wireless carriers, who hang their antennas and radios on our steel.

We're hiring a Tower Construction Manager to oversee new builds and structural modifications: manage climbing crews, check engineering drawings and keep sites compliant with FAA and FCC rules.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'tower companies are Telecom (table); a construction-sounding job',
  },
  {
    id: 'un-124',
    company: 'Brolga Fibre Pty Ltd',
    text: `Trenching, boring and laying 3,000 km of cable a year isn't glamorous, but it's how gigabit internet reaches country towns.

Brolga Fibre builds and operates its own fibre network across regional New South Wales and Victoria and sells wholesale broadband to internet providers. We're hiring a Civil Works Supervisor to manage horizontal directional drilling and trenching subcontractors, traffic management and reinstatement on our Wagga Wagga build.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'fibre operator (table); the job is civil works',
  },
  {
    id: 'un-125',
    company: 'Equatoria Satellite Pte Ltd',
    text: `<p><strong>Equatoria Satellite</strong> operates three geostationary communications satellites covering Southeast Asia, the Indian Ocean and Australia. We provide broadband to ships, aircraft, remote mines and island communities, and backhaul for mobile operators. A fourth satellite launches next year.</p><p>We are recruiting a <strong>Ground Station Engineer</strong> for our teleport in Singapore to operate and maintain antennas, RF chains and modems, and to support the launch and in-orbit testing campaign.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'satellite operator (table); its mining and shipping customers do not count',
  },
  {
    id: 'un-126',
    company: 'Vayu Telecom Ltd.',
    text: `Vayu Telecom is one of India's mobile network operators, with 95 million subscribers and 5G in 300 cities. We are also the title sponsor of the Vayu Arena in Kolkata and of two franchise cricket teams.

We are hiring a Manager – Sponsorships & Events to run our stadium partnerships, match-day activations and on-ground events, manage agencies and measure results.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'mobile operator hiring for sports sponsorship',
  },
  {
    id: 'un-127',
    company: 'Lynx Mobiel B.V.',
    text: `Over ons
Lynx Mobiel is een mobiele operator met een eigen netwerk en 2,4 miljoen klanten in Nederland. In onze 85 winkels helpen we klanten met abonnementen, toestellen, thuisinternet en reparaties.

Voor onze winkel in Eindhoven zoeken we een verkoopadviseur (24-38 uur). Je adviseert klanten over abonnementen en telefoons, sluit contracten af en lost vragen op over facturen en dekking. Je krijgt personeelskorting op abonnementen en toestellen.`,
    sector: 'Telecommunications',
    lang: 'nl',
    why: "an operator's own shops take the operator's sector (rule)",
  },
  {
    id: 'un-128',
    company: 'Torvane Radio Systems Ltd',
    text: `Torvane Radio Systems designs and manufactures antennas, filters and small-cell radios for mobile network operators in Europe and the Middle East. Everything is built at our factory in Newport, South Wales, where 280 people run machining, PCB assembly and RF test.

We're hiring a Production Engineer to improve yields on our antenna assembly line, write work instructions and lead lean projects.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'makes network equipment for mobile operators: Telecom (rule), though a factory',
  },
  {
    id: 'un-129',
    company: 'Vossberg Automobile AG',
    text: `Seit 1921 baut die Vossberg Automobile AG Fahrzeuge in Kassel, heute rund 300.000 Pkw und leichte Nutzfahrzeuge im Jahr. Im Vossberg Museum am Stammwerk zeigen wir 140 historische Fahrzeuge, vom ersten Vossberg-Zweisitzer bis zu Prototypen unserer Elektromodelle, und empfangen jährlich 250.000 Besucherinnen und Besucher.

Für das Museum suchen wir eine:n Museumspädagog:in (m/w/d). Sie entwickeln Führungen und Workshops für Schulklassen und Familien und begleiten Werksführungen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: "carmaker's museum: the employer makes cars",
  },
  {
    id: 'un-130',
    company: 'Old Ferry Brewing Co.',
    text: `Pour pints, talk beer, and show visitors where it's made.

Old Ferry Brewing Co. brews 60,000 hectolitres a year of cask and canned beer in Shrewsbury, sold to 900 pubs and in supermarkets across the UK. Our Brewery Tap sits next to the brewhouse and runs tours six days a week.

We're hiring a Taproom & Tours Supervisor to run the bar, guide tours and lead a small team. Staff beer allowance, naturally.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'brewer makes drink (Manufacturing); the taproom job is hospitality',
  },
  {
    id: 'un-131',
    company: 'Hearthstone Bakeries Ltd',
    text: `Our ovens never really stop. Between 10 pm and 6 am our three plants bake 1.4 million loaves, rolls and crumpets, and by breakfast they're on supermarket shelves from Cornwall to Cumbria under our own Hearthstone brand and retailers' own labels.

We're looking for a Night Shift Production Manager at our Leicester bakery to lead 120 operatives across mixing, proving, baking and packing lines, and hit our targets on safety, quality and waste.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes goods sold in supermarkets: Manufacturing, not Retail (brands rule)',
  },
  {
    id: 'un-132',
    company: 'Calder Bay Chemicals Inc.',
    text: `Calder Bay Chemicals makes chlor-alkali products at our 300-acre site on the Texas Gulf Coast. Our plants turn salt, water and electricity into chlorine, caustic soda and hydrochloric acid for water treatment, paper mills and plastics makers, and our own cogeneration unit supplies steam and power.

We're hiring a Utilities Operator to run boilers, the cogeneration turbine and cooling towers on a 12-hour rotating shift.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'chemicals maker (table); its power and steam plant serves its own factory',
  },
  {
    id: 'un-133',
    company: 'Ptarmigan Aerospace',
    text: `Ptarmigan Aerospace designs and builds turboprop aircraft for regional airlines and special-mission operators at our plant in Mirabel, Quebec. Our new 78-seat PA-78 is in flight test, with four test aircraft flying out of Mirabel and a hot-weather campaign planned in Arizona.

We are hiring a Flight Test Engineer to plan test points, monitor telemetry in real time and analyse performance data for certification with Transport Canada and the FAA. A pilot's licence is an asset.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'aircraft maker (table); flying is testing, not an airline',
  },
  {
    id: 'un-134',
    company: 'Ardent Defence Systems Ltd',
    text: `# Requirements Engineer – Telford

Ardent Defence Systems designs and manufactures armoured vehicle subsystems and naval gun mounts for the UK Ministry of Defence and allied armed forces. Our 1,400 engineers and technicians work at sites in Telford and Barrow.

- Capture and trace customer requirements for a new protected-vehicle turret
- Work closely with MOD project teams through design reviews
- You must be eligible for SC clearance`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'defence manufacturers are Manufacturing (table), though the customer is government',
  },
  {
    id: 'un-135',
    company: 'Cantiere Navale del Tigullio S.p.A.',
    text: `Cantiere Navale del Tigullio costruisce da oltre sessant'anni navi da carico, traghetti e unità di servizio per armatori di tutta Europa. Nel nostro stabilimento di Lavagna, con due scali e un bacino di carenaggio, lavorano 700 dipendenti e altrettanti addetti delle ditte in appalto.

Cerchiamo un/una Ingegnere di Produzione Scafo che pianifichi la prefabbricazione dei blocchi, coordini le squadre di saldatura e carpenteria e segua i collaudi in banchina.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'shipyard builds ships (Manufacturing); its customers are shipping lines',
  },
  {
    id: 'un-136',
    company: 'Yarra Meadows Dairy Co.',
    text: `Yarra Meadows Dairy Co. turns milk from 140 farming families in Gippsland into cheddar, yoghurt and butter at our factory in Warragul, and you'll find our products in supermarkets and independent grocers across Australia.

We're hiring a Milk Supply Officer to work with our supplying farmers: visit farms, advise on milk quality and herd management, manage supply agreements and plan collection runs with our tanker fleet.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'food maker in a factory (table); the job is with farmers',
  },
  {
    id: 'un-137',
    company: 'Wexcombe Borough Council',
    text: `Wexcombe Borough Council runs three leisure centres directly, with pools, gyms, sports halls and a climbing wall used by 900,000 visitors a year. We also look after the borough's parks, libraries and bin collections.

We're recruiting a Duty Manager for Wexcombe Leisure Centre: open and close the centre, lead lifeguards and fitness instructors, handle incidents and keep us compliant with pool safety standards. Local Government Pension Scheme and free leisure membership.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "council-run leisure centre: the employer is a council",
  },
  {
    id: 'un-138',
    company: 'Ville de Saint-Aurèle',
    text: `La Ville de Saint-Aurèle, municipalité de 48 000 habitants de la Montérégie, recrute un·e technicien·ne en muséologie pour son Musée d'histoire régionale.

Le musée municipal, géré par le Service de la culture et des loisirs, conserve 20 000 objets témoignant de l'histoire de la vallée du Richelieu et accueille chaque année 35 000 visiteurs. Sous la supervision de la conservatrice, vous assurerez la gestion des collections, le montage des expositions et l'accueil des groupes scolaires.

Conditions selon la convention collective des employés municipaux.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
    why: 'museum run by a municipality: the employer is government',
  },
  {
    id: 'un-139',
    company: 'Northern Ranges National Park Authority',
    text: `Ranger – North Sector (full-time, permanent)

The Northern Ranges National Park Authority is the public body that looks after 1,400 square kilometres of moorland, forest and farmland in northern England. We are the planning authority for the park, we conserve its landscape and wildlife, and we help 8 million visitors a year enjoy it.

As a Ranger you'll maintain footpaths, work with farmers and volunteers, and be the Authority's face in the hills. Local Government Pension Scheme and flexible working.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'national park authority is a public body; the work is outdoors and leisure',
  },
  {
    id: 'un-140',
    company: 'Tri-River Transit Authority',
    text: `<p><strong>Bus Operator Trainee &ndash; $24.10/hour</strong></p><p>Tri-River Transit Authority is the public transit agency for three counties in central Ohio, created under state law and governed by a board appointed by the counties. Our 410 buses carry 19 million riders a year on 48 routes and our paratransit service.</p><p>Paid 7-week training for your CDL, full benefits and a state pension from day one.</p><ul><li>18+ with a valid Ohio driver&rsquo;s license</li><li>Good driving record</li></ul>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'publicly run transport (table), unlike private bus companies',
  },
  {
    id: 'un-141',
    company: "Harlan Ridge County Sheriff's Office",
    text: `Detention Cook – Harlan Ridge County Sheriff's Office

The Detention Services Division operates the county's 600-bed jail and prepares three meals a day for inmates and staff, including medical and religious diets. Cooks work 12-hour shifts in the jail kitchen and supervise inmate kitchen workers.

Requirements: food handler card, two years of institutional or restaurant cooking, and ability to pass a background check. County employees receive health insurance, a retirement plan and paid holidays.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "county sheriff's office is government; the job is cooking",
  },
  {
    id: 'un-142',
    company: 'City of Fairbrook Public Works – Solid Waste Division',
    text: `The City of Fairbrook's Solid Waste Division collects trash, recycling and yard waste from 52,000 homes every week with its own crews and trucks. We also run the city's recycling drop-off center and bulky item pickups.

The City is hiring Refuse Truck Drivers (CDL Class B) for automated side-loader routes. Starting pay $22.80/hour, city pension, health insurance and uniform allowance.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "a city's own waste service is Public Sector, unlike private waste contractors",
  },
  {
    id: 'un-143',
    company: 'Curbstead',
    text: `Curbstead helps 70 councils across the UK and Ireland run their on-street parking: sensors in parking bays, an app for drivers to pay, and a dashboard that tells enforcement officers where to go. Our platform also plans loading bays and kerbside EV charging.

We're hiring a Customer Success Manager to look after our council clients: onboarding new boroughs, training parking teams and making sure our data shows up in their transport plans.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: "product made for cities' parking services (table), not a car-park operator",
  },
  {
    id: 'un-144',
    company: 'Región de Murcia – Dirección General de Justicia',
    text: `La Dirección General de Justicia de la Comunidad Autónoma de la Región de Murcia convoca un proceso selectivo para cubrir plazas de Intérprete-Traductor/a en los órganos judiciales de Murcia, Cartagena y Lorca.

El Servicio de Intérpretes Judiciales presta interpretación en declaraciones, juicios y guardias para personas que no hablan castellano, y traduce documentos para juzgados y fiscalías. El año pasado atendió más de 9.000 actuaciones en árabe, rumano, inglés, francés y otras 30 lenguas.

Requisitos: titulación universitaria y dominio acreditado del árabe.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: "regional government's court service, not a translation agency",
  },
  {
    id: 'un-145',
    company: 'Moonwell Games',
    text: `Moonwell is an independent games studio in Brighton. Our cosy farming game, Hollowfern, has sold 3 million copies on PC and consoles, and we're now building our next world: a co-op adventure set on a floating archipelago.

We're hiring a Narrative Designer to write quests, characters and barks, build dialogue in Yarn Spinner and Unity, and work with artists and level designers to make every island tell a story.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'games companies are IT (table), though the work is storytelling',
  },
  {
    id: 'un-146',
    company: 'Cinemoor',
    text: `<p>Cinemoor is a subscription streaming service for independent film and documentaries, with 6 million subscribers in 40 countries. We also commission and co-produce 30 original titles a year with producers in the UK, Europe and Latin America.</p><p>We&rsquo;re hiring a <strong>Commissioning Editor, Documentaries</strong> to find stories, develop projects with producers and follow them through production to launch on the platform.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'streaming services are IT; broadcasters and producers would be null (table)',
  },
  {
    id: 'un-147',
    company: 'Coldharbour Data Centres Pte Ltd',
    text: `&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Coldharbour Data Centres owns and operates five data centres in Singapore, Johor and Jakarta with 140 MW of IT load. We lease space, power and cooling to cloud providers, banks and enterprises, and provide cross-connects and remote hands around the clock.&lt;/p&gt;&lt;p&gt;We&amp;rsquo;re hiring a &lt;strong&gt;Critical Facilities Engineer&lt;/strong&gt; to operate and maintain chillers, UPS and generators, respond to alarms and carry out planned maintenance without a second of downtime.&lt;/p&gt;`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data-centre hosting is IT (table), though the job is building plant',
  },
  {
    id: 'un-148',
    company: 'Quantique Systems Pvt. Ltd.',
    text: `Quantique Systems is an IT services and consulting company with 38,000 engineers delivering application development, cloud migration and managed services to clients in 30 countries. Our Hyderabad campus is home to 12,000 of them, with three food courts, a gym and a crèche.

We are hiring a Campus Facilities & Food Services Manager to run cafeteria vendors, housekeeping and transport for the Hyderabad campus, and to improve employee satisfaction scores.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services company hiring for campus catering',
  },
  {
    id: 'un-149',
    company: 'Peoplewick',
    text: `Peoplewick makes HR software for mid-sized companies: employee records, onboarding, time off, performance reviews and engagement surveys in one app. More than 4,000 employers in Canada and the US (manufacturers, clinics, restaurants, non-profits) use it every day.

We're hiring an Implementation Consultant in Toronto to configure Peoplewick for new customers, map their HR policies into the product and train their HR teams.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'HR software any company uses is IT (table), not an HR consultancy',
  },
  {
    id: 'un-150',
    company: 'Sintonia Música Digital Ltda.',
    text: `Sobre nós
A Sintonia é um serviço de streaming de música com 12 milhões de usuários no Brasil e em Portugal. Nosso catálogo tem 90 milhões de faixas, e nosso time editorial monta playlists, rádios e podcasts originais que ajudam as pessoas a descobrir artistas.

Vaga: Curador(a) Editorial – Música Brasileira. Você vai criar e atualizar playlists de MPB, samba e pagode, acompanhar os lançamentos das gravadoras e analisar dados de audiência.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'music streaming service is IT (table); the job is editorial',
  },
];
