// Labelled employer introductions around shops and telecom operators: retailers, online shops and the services
// made for them; mobile, fixed and satellite operators and their suppliers; and the neighbouring businesses that
// share their words (restaurants, hotels, couriers, media, landlords, brands sold in shops, IT firms with retail
// or telecom clients). Labels follow docs/sector-labels.md.
import type { SectorExample } from './example.ts';

export const RETAIL_TELCO: SectorExample[] = [
  // E-commerce & Retail
  {
    id: 'rt-001',
    company: 'Fernhill Grocers Ltd',
    text: `We're looking for a Senior Data Analyst to join our Customer Insight team in Leeds.

Fernhill Grocers runs 312 supermarkets and 140 convenience shops across the North of England and Scotland, and delivers online orders from six regional hubs. Around four million shoppers come through our doors every week, and more of our decisions on ranging, pricing and promotions now rest on what our loyalty data tells us.

What you'll do
- Own the weekly basket analysis for fresh produce and bakery
- Sit with the buying teams to work out why a promotion did or didn't move volume
- Build the store clustering that decides which range goes into which shop
- Coach two analysts who joined us from the graduate scheme

What you'll get
- 15% colleague discount in our stores and online
- Pension with up to 7% employer contribution
- Private medical insurance and a cycle-to-work scheme
- Hybrid working, two days a week at our Leeds store support centre`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-002',
    company: 'Modehaus Wendt GmbH',
    text: `## Über uns
Modehaus Wendt ist ein familiengeführtes Modeunternehmen mit 58 Filialen in Nord- und Westdeutschland und einem Onlineshop, der inzwischen fast ein Drittel unseres Umsatzes ausmacht. Wir führen Damen-, Herren- und Kindermode von über 120 Marken und beraten unsere Kundinnen und Kunden persönlich – im Laden ebenso wie im Chat.

## Deine Aufgabe
Als Data Engineer (m/w/d) baust du mit unserem vierköpfigen Team die Datenplattform für Warenwirtschaft, Onlineshop und Kassensysteme weiter aus und sorgst dafür, dass unsere Einkäuferinnen jeden Morgen wissen, welche Größen wo fehlen.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'rt-003',
    company: 'Klusplein B.V.',
    text: `Over ons
Klusplein heeft 74 bouwmarkten in Nederland en Vlaanderen. Of je nu een schuur bouwt, je badkamer opnieuw betegelt of alleen een nieuw lampje zoekt: bij ons vind je ruim 40.000 artikelen en een collega die weet hoe je het aanpakt. Sinds vorig jaar bestel je ook online en haal je je spullen binnen twee uur op in de winkel.

Voor het team Prijsstrategie in Utrecht zoeken we een Data Scientist die met ons uitzoekt hoe we scherp geprijsd blijven zonder marge weg te geven.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
  },
  {
    id: 'rt-004',
    company: 'Whitlow & Crane',
    text: `<p><strong>About Whitlow &amp; Crane</strong></p><p>Since 1911, Whitlow &amp; Crane has been the department store Chicagoans visit for a first suit, a wedding registry or a new winter coat. Today we operate 23 stores across the Midwest and a website that ships to all fifty states, carrying apparel, home, beauty and fine jewelry from more than 900 brands.</p><p><strong>The role</strong></p><p>As a Machine Learning Engineer on our Personalization team, you&rsquo;ll build the models that decide what each customer sees on our homepage, in our app and in our emails.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-005',
    company: 'Voltcart Retail Pvt. Ltd.',
    text: `Voltcart is hiring a Backend Engineer (Java, Spring Boot) for our Bengaluru office.

Voltcart is one of India's fastest-growing online stores for electronics and home appliances. We sell smartphones, laptops, televisions, air conditioners and kitchen appliances from more than 300 brands to customers in over 19,000 pin codes, with next-day delivery in 40 cities and installation booked at checkout.

You will work on the order management service that handles peak sale days of 1.5 million orders, and help us move the cart and checkout flows off a monolith built in 2017.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-006',
    company: 'Repiqué',
    text: `Qui sommes-nous ?
Repiqué est la place de marché où plus de trois millions de personnes achètent et revendent leurs vêtements de seconde main. Chaque jour, près de 60 000 articles changent de garde-robe, de Lille à Marseille. Nous authentifions les pièces de créateurs, sécurisons le paiement et organisons l'envoi en point relais pour que vendre une veste prenne moins de cinq minutes. Depuis 2023, nous sommes aussi présents en Belgique et en Espagne.

Le poste
Nous cherchons un·e Data Scientist pour rejoindre l'équipe Recherche & Recommandation à Nantes et améliorer la façon dont les acheteurs trouvent la bonne taille du premier coup.

Vos missions
- Concevoir des modèles de recommandation de taille à partir des retours et des avis
- Mettre en place des tests A/B avec l'équipe produit
- Partager vos résultats avec les équipes design et service client

Ce que nous offrons : télétravail deux jours par semaine, mutuelle prise en charge à 80 %, tickets restaurant et un budget annuel pour acheter sur Repiqué.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'rt-007',
    company: 'Pantrio Pte. Ltd.',
    text: `Pantrio gets groceries to your door in 20 minutes. From 14 dark stores across Singapore, our pickers and riders handle more than 30,000 orders a week: fresh fish landed at Jurong that morning, bread from a Tiong Bahru bakery, nappies at 2 a.m.

We're looking for an Operations Analyst who enjoys messy, fast-moving data. You'll forecast demand store by store and hour by hour, decide how much chilled stock each site should carry, and help our buyers understand which of our 6,000 products earn their shelf space.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-008',
    company: 'Dishly',
    text: `# About Dishly
Dishly is the app Australians open when they're hungry. We connect 28,000 restaurants, cafés and takeaways with customers in 60 cities, and a fleet of independent riders brings the food to the door, usually in under half an hour. Restaurants use our tablet to accept orders and our dashboard to see which dishes sell on a wet Tuesday.

# The role
We're hiring a Senior Data Scientist for the Marketplace team in Melbourne. You'll work on delivery-time estimates, rider dispatch and the ranking of restaurants in search.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'meal-delivery marketplace is Retail; the restaurants are its sellers',
  },
  {
    id: 'rt-009',
    company: 'Bellwater Auto Group',
    text: `Bellwater Auto Group operates 17 new and used vehicle dealerships across Texas and Oklahoma, representing Ford, Toyota, Honda and Hyundai, along with three collision centers and a wholesale auction lane. Last year our teams sold just over 31,000 vehicles and completed 240,000 service visits.

We are hiring a BI Developer to build the reporting our general managers use every morning: units sold, gross per vehicle, service-lane conversion, and how long each used car sits on the lot before it moves.

Responsibilities
- Build and maintain Power BI reports fed from our dealer management system and CRM
- Model inventory aging and reconditioning time for the used-vehicle team
- Automate the monthly manufacturer incentive reconciliation

Benefits
- Medical, dental and vision insurance
- 401(k) with company match
- Employee vehicle purchase program and discounts on service and parts`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'car dealership sells and services cars, makes none',
  },
  {
    id: 'rt-010',
    company: 'Großhandel Lindner KG',
    text: `Seit 1962 beliefert Lindner Gastronomie, Hotellerie, Kantinen und kleine Lebensmittelhändler in Bayern und Baden-Württemberg. In unseren neun Großmärkten und über unseren Lieferdienst bekommen Wirtinnen und Köche alles, was sie brauchen – von 3.500 Frischeartikeln über Getränke bis zur Spülmaschinentablette. Rund 1.400 Mitarbeitende sorgen dafür, dass die Ware morgens um sechs vor der Küchentür steht.

Zur Verstärkung unseres Category Managements suchen wir ab sofort eine/n Analyst/in Sortiment & Preise (m/w/d) in Augsburg.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'wholesaler of goods is Retail even though its customers are restaurants',
  },
  {
    id: 'rt-011',
    company: 'Storefold Inc.',
    text: `# Who we are
Storefold is the commerce platform behind 65,000 independent online stores, from a candle maker in Halifax to a sneaker boutique in Osaka. Merchants use Storefold to build their storefront, take payments, keep inventory in sync between their website, their market stall and social channels, and print shipping labels in two clicks. Last year our merchants sold US$9.4 billion worth of goods through us.

# What you'll do
As a Staff Software Engineer on the Checkout team in Toronto, you'll own the services that turn a cart into a paid order for millions of shoppers a day.
- Lead the redesign of our tax and shipping-rate calculation
- Make checkout survive flash sales of 40,000 orders a minute
- Mentor engineers across three squads

# What you'll need
- 8+ years building backend systems in Ruby, Go or Java
- Experience with payments, order management or other money-moving systems
- A habit of writing things down`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'e-commerce platform made for shops',
  },
  {
    id: 'rt-012',
    company: 'Packwell Fulfilment Ltd',
    text: `<p>We pick, pack and ship for 450 online brands, from skincare start-ups to a national football kit supplier. Our three warehouses in Northamptonshire hold 2.1 million SKUs, and an order placed on a client&rsquo;s website by 9pm leaves our dock the same night with the brand&rsquo;s own packaging and insert cards.</p><p><strong>About the role</strong></p><p>As a Data Engineer you&rsquo;ll connect our warehouse management system to the shop platforms our clients sell on, and build the dashboards they use to track stock, returns and delivery promises.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'fulfilment made for online shops is Retail, not general logistics',
  },
  {
    id: 'rt-013',
    company: 'Aforia Analytics S.L.',
    text: `Quiénes somos
Aforia ayuda a las cadenas de tiendas a entender lo que pasa dentro de sus locales. Nuestros sensores cuentan visitas, miden el tiempo de espera en caja y detectan qué zonas del local nadie recorre; nuestra plataforma cruza esos datos con las ventas para decir a cada encargado cuántas personas necesita el sábado por la tarde. Trabajamos con más de 40 cadenas de moda, alimentación y electrónica en España, Portugal y México.

Buscamos un/a Ingeniero/a de Machine Learning para nuestro equipo de visión por computador en Valencia.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'shop-floor analytics made for retailers',
  },
  {
    id: 'rt-014',
    company: "Cobb's Market",
    text: `<p><strong>Who we are</strong></p><p>Cobb&rsquo;s Market is a family-owned grocery chain with 86 stores in Georgia, Alabama and the Carolinas. Most of our stores include a full-service deli, a scratch bakery and an in-store pharmacy, and our curbside pickup now covers every location.</p><p><strong>Why work here</strong></p><ul><li>Medical, dental and vision insurance from day one</li><li>10% associate discount on groceries</li><li>Paid time off and a 401(k) match</li></ul><p>We&rsquo;re hiring a Pricing Analyst to join our Store Support Center in Macon.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'grocery chain; an in-store pharmacy and health benefits do not make it Healthcare',
  },
  {
    id: 'rt-015',
    company: 'Maple & Main Stores Inc.',
    text: `Maple & Main is a Canadian general merchandise retailer with 214 stores from Nanaimo to St. John's, selling home goods, seasonal, small appliances, toys and everyday essentials at prices families can count on. Our store credit card and points programme have 2.4 million active members.

We're looking for a Credit Risk Analyst to join the Maple & Main Rewards team in Mississauga. You'll monitor card portfolio performance, refine approval rules for in-store applications, and work with marketing on which members to offer a limit increase.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: "a shop's own card scheme is Retail, not Finance",
  },
  {
    id: 'rt-016',
    company: 'Brightspark Electricals Ltd',
    text: `Brightspark Electricals is the UK's largest independent electrical retailer, with 190 stores and a website that sells everything from washing machines to gaming laptops. We also sell phones and SIM-only deals on every major UK network, and our in-store advisers help customers compare tariffs side by side.

Role: Analytics Engineer, Commercial Insight (Sheffield or hybrid)

You'll build the dbt models behind our trading reports, including the mobile category, where we need a better view of contract connections by store and by network.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'sells phones and contracts of many operators: a shop, not an operator',
  },
  {
    id: 'rt-017',
    company: 'Hearth & Beam',
    text: `We don't make furniture – we find it. Our buyers travel to workshops in Vietnam, Indonesia and regional Victoria to source sofas, dining tables and lighting, and we sell them through 31 showrooms across Australia and online, with free delivery to most metro postcodes.

Hearth & Beam is hiring an E-commerce Analyst in Sydney to work on our website conversion, product page testing and the range planning our buyers do each season.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'sells furniture made by others',
  },
  {
    id: 'rt-018',
    company: 'Quire & Folio Booksellers',
    text: `# Quire & Folio
We are booksellers. Sixty-two shops, from Truro to Inverness, each run by people who read what they sell and choose much of their own stock. Our website ships to the whole of the UK and our events programme brings authors into the shops most weeks of the year.

# The job
We're looking for a Data Analyst to help our buying team and shop managers understand what sells where, so that the poetry shelf in Hexham and the children's corner in Bath both carry the right books.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a bookseller sells books; publishing would be unclassified',
  },
  {
    id: 'rt-019',
    company: 'Pawsmart',
    text: `<h3>About Pawsmart</h3><p>Pawsmart is a pet specialty retailer with 340 stores in 22 states and a fast-growing online business. We sell food, toys, aquariums and supplies for dogs, cats, fish and small animals, and about a third of our stores host a partner veterinary clinic and grooming salon. Our Autoship program delivers pet food to 900,000 households on a schedule they choose.</p><h3>The opportunity</h3><p>Our Supply Chain Analytics team in Phoenix is hiring a Demand Planner to forecast store and online demand for more than 18,000 items.</p><h3>What you&rsquo;ll do</h3><ul><li>Own weekly forecasts for the dry dog food and cat litter categories</li><li>Work with vendors on promotions and new item launches</li><li>Reduce out-of-stocks without growing distribution-center inventory</li></ul><p>Benefits include medical, dental and pet insurance, a 25% associate discount and paid parental leave.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'pet shop chain; partner vet clinics in its stores are not its business',
  },
  {
    id: 'rt-020',
    company: 'Terrain Sport SAS',
    text: `Terrain Sport, ce sont 96 magasins d'articles de sport en France et en Belgique, un site marchand et un atelier de réparation vélo dans chaque magasin. Chaussures de trail, raquettes, tentes ou kimonos : nous vendons les grandes marques comme nos propres produits, et nos vendeurs sont souvent eux-mêmes grimpeurs, nageuses ou coureurs.

Dans le cadre de notre croissance, nous recrutons un·e Analyste Data Supply Chain au siège de Lyon pour améliorer la répartition du stock entre entrepôt et magasins.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'rt-021',
    company: 'DailyNest Retail Pvt. Ltd.',
    text: `&lt;p&gt;&lt;strong&gt;About DailyNest&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;DailyNest runs 1,150 neighbourhood convenience stores across Maharashtra, Gujarat and Karnataka, open from 7 am to 11 pm and stocked with groceries, dairy, snacks and household essentials. Our app lets customers order from their nearest store and pick up or get home delivery within 30 minutes.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Role: Data Analyst – Store Operations (Pune)&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;You will track store-level sales, shrinkage and stock-outs and help regional managers act on them.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-022',
    company: 'Bargain Barn Ltd',
    text: `Candles, cat food, garden hoses, party balloons, phone chargers and 8,000 other things, almost all under a fiver, in 410 Bargain Barn shops from Plymouth to Aberdeen.

Merchandising Analyst, Wolverhampton head office: decide which lines go into which shops, and how many. SQL and a feel for a bargain both help.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-023',
    company: 'Profumerie Bellandi S.p.A.',
    text: `Chi siamo
Profumerie Bellandi è una catena di profumerie con 132 negozi in Italia e un e-commerce che spedisce in tutta Europa. Nei nostri punti vendita le clienti trovano profumi, make-up e trattamenti viso di oltre 250 marchi internazionali e di nicchia, insieme alla consulenza delle nostre beauty advisor e a un programma fedeltà con 1,8 milioni di iscritte.

Cerchiamo un/una CRM Data Analyst da inserire nella sede di Bologna per segmentare la base clienti e misurare l'efficacia delle campagne.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
    why: 'sells cosmetics of many brands, makes none',
  },
  {
    id: 'rt-024',
    company: 'Versbox',
    text: `Elke ochtend om vijf uur rijden onze elektrische busjes vanuit Amersfoort, Eindhoven en Zwolle weg met de boodschappen van 22.000 huishoudens. Groente van telers uit de regio, brood van de bakker om de hoek, en natuurlijk ook gewoon wc-papier en pindakaas. Klanten bestellen voor middernacht en kiezen zelf een tijdvak van een uur.

Voor ons team Forecasting zoeken we een Data Engineer die houdt van schone pipelines en van versproducten die niet weggegooid hoeven te worden.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
  },
  {
    id: 'rt-025',
    company: 'Nómada Studio S.L.',
    text: `Sobre nosotros
Nómada es una marca de moda femenina nacida en Madrid en 2014. Diseñamos cada colección en nuestro estudio de Chamberí y la vendemos únicamente en nuestras 37 tiendas propias en España y Portugal y en nuestra web. No tenemos fábrica: la confección la hacen talleres externos en Portugal y Marruecos con los que trabajamos desde hace años.

Buscamos un/a Analista de Datos para el equipo de E-commerce que nos ayude a entender qué prendas se venden en tienda y cuáles en la web.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'designs and sells only in its own shops and website; does not make the clothes',
  },
  {
    id: 'rt-026',
    company: 'Harcourt Talent Partners',
    text: `Harcourt Talent Partners are delighted to be working with our client, one of the UK's best-known supermarket groups, on a permanent Lead Data Scientist appointment based at their Hertfordshire head office (hybrid, 2 days on site).

Our client operates more than 600 stores and a large online grocery business, and is investing heavily in pricing and promotions science. The successful candidate will lead a team of five and report to the Head of Customer Data.

Key responsibilities:
- Set the roadmap for price elasticity and promotion uplift modelling
- Take models from notebook to production with the ML engineering team
- Present recommendations to trading directors

Salary: £85,000–£95,000 plus bonus, car allowance and colleague discount.

Please apply with an up-to-date CV. Harcourt Talent Partners is acting as an employment agency in relation to this vacancy.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'recruiter: the client is a supermarket group',
  },
  {
    id: 'rt-027',
    company: 'Ostrander Group – Retail',
    text: `Ostrander Group is a privately held company with interests in commercial property, hotels and retail across Ireland and the UK. This position sits within Ostrander Retail, which operates 48 home and garden stores under the Homefield name and an online store launched in 2021.

Ostrander Retail is seeking a Data Platform Engineer to consolidate sales, inventory and customer data from our stores and website into a single warehouse on Azure, and to support the merchandising and marketing teams with clean, reliable data.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'group: the hiring unit runs the shops',
  },
  {
    id: 'rt-028',
    company: 'Kithmade',
    text: `Kithmade is where 180,000 independent makers sell what they make, and where 11 million people go looking for a gift nobody else will bring. Hand-thrown mugs, knitted baby blankets, vintage maps, custom dog tags: if someone can make it in a spare room or a small studio, you can probably buy it on Kithmade.

We're hiring a Senior Search Engineer (Remote, US) to improve how buyers discover items. You'll work on query understanding, ranking and the listing-quality signals behind them.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-029',
    company: 'Partridge Electrical Supplies Ltd',
    text: `Partridge is a distributor of electrical products. From 95 trade counters across England and Wales and a national distribution centre in Daventry, we supply cable, lighting, switchgear, heating controls and EV chargers to electricians, contractors and maintenance teams in factories and hospitals. Most orders are collected the same day or delivered next morning.

We're recruiting a Pricing Data Analyst to join the commercial team, analysing margin by branch, customer and supplier across 60,000 stocked products.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'wholesale distributor of goods is Retail, whoever its customers are',
  },
  {
    id: 'rt-030',
    company: 'Autohaus Brenner GmbH & Co. KG',
    text: `Wer wir sind
Das Autohaus Brenner ist seit drei Generationen Ihr Partner rund ums Auto in Ostwestfalen. An sieben Standorten verkaufen wir Neu- und Gebrauchtwagen von zwei Konzernmarken, betreuen Firmenflotten und kümmern uns in unseren Werkstätten um Inspektion, Reifenwechsel und Unfallreparaturen. Rund 380 Mitarbeitende, davon 45 Auszubildende, machen jedes Jahr über 6.000 Fahrzeuge startklar.

Für unsere Zentrale in Bielefeld suchen wir einen IT-Systemadministrator (m/w/d) mit Schwerpunkt Dealer-Management-System.

Deine Aufgaben
- Betreuung unseres Dealer-Management-Systems und der Schnittstellen zu den Herstellern
- Pflege von Netzwerk, Clients und Diagnosegeräten an allen Standorten
- Ansprechpartner/in für Verkauf, Werkstatt und Buchhaltung

Wir bieten: Dienstwagen auch zur privaten Nutzung, 30 Urlaubstage, Mitarbeiterkonditionen beim Fahrzeugkauf und Jobrad.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'car dealership: sells and services cars, does not make them',
  },
  {
    id: 'rt-031',
    company: 'ReDrive Motors Pvt. Ltd.',
    text: `ReDrive buys and sells used cars online. Customers in 14 Indian cities can browse 9,000 inspected cars, book a test drive at home, and take delivery with the registration transfer done for them; sellers get an instant price after a 40-minute inspection at our hubs.

We are looking for a Data Scientist (Pricing) in Gurugram. You'll build the models that price a car when we buy it and again when we list it, across makes, ages, cities and seasons.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-032',
    company: 'Tan Seng Emporium',
    text: `<p>Tan Seng Emporium has been part of Orchard Road since 1958. Our flagship department store and four suburban stores carry luxury fashion, watches, cosmetics, homeware and an international food hall, and our online store now delivers across Singapore and Malaysia.</p><p>&nbsp;</p><p><strong>Job description</strong></p><p>We are seeking a CRM Analyst to manage our customer data, build segments for the Tan Seng Privileges programme, and measure the results of our seasonal campaigns.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-033',
    company: 'Bramblewick Garden Centres',
    text: `From seed potatoes in February to real Christmas trees in December, our 38 garden centres across the Midlands and the South West sell everything a garden needs, and a fair amount it doesn't: outdoor furniture, pet food, barbecues, gifts and a café in most of them.

We're looking for an Inventory Planning Analyst who can help us get perishable plants to the right centre at the right week, and cut how many we throw away at the end of each season.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
  },
  {
    id: 'rt-034',
    company: 'Retourly GmbH',
    text: `About Retourly
Up to half of the fashion bought online is sent back. Retourly helps online shops deal with that: our returns portal lets their customers register a return, print a label or choose an exchange in a few clicks, and our analytics show each shop why items come back and which sizes to fix. More than 900 online shops in Germany, Austria and the Nordics use Retourly today.

Your role
As a Senior Python Developer in our Berlin team, you'll build the integrations with shop systems and carriers, and the models that predict return rates per product.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'returns software made for online shops',
  },
  {
    id: 'rt-035',
    company: 'Zoekwijs B.V.',
    text: `Zoekwijs builds site search and product recommendations for online shops, and nothing else. When a shopper types "zwarte sneakers maat 42" on one of our 700 customers' webshops, our engine decides what appears and in which order, using the shop's catalogue, stock and margins.

We're looking for a Machine Learning Engineer for our Amsterdam office to work on learning-to-rank models and on typo tolerance in Dutch, German and French.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'search software made only for online shops',
  },
  {
    id: 'rt-036',
    company: 'Tillpoint Pty Ltd',
    text: `Tillpoint is the point-of-sale and inventory system for independent retailers. Around 12,000 shops across Australia and New Zealand, from surf shops to bottle shops and bookshops, use Tillpoint to ring up sales, manage stock across their store and online shop, and run their loyalty programme.

We're hiring a Data Engineer in Brisbane to rebuild the pipeline behind our retailer reporting and the benchmark reports that tell a shop owner how their sales compare with similar shops nearby.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'point-of-sale software made for shops',
  },
  {
    id: 'rt-037',
    company: 'Mercearias Valadares, S.A.',
    text: `Quem somos
A Valadares é uma cadeia de supermercados de proximidade com 118 lojas no Norte e Centro de Portugal. Temos padaria e talho próprios em quase todas as lojas, trabalhamos com mais de 300 produtores locais e entregamos compras online em 60 concelhos.

Procuramos um(a) Analista de Dados para a equipa de Comercial, no Porto, que nos ajude a definir sortidos por loja, a acompanhar as quebras nos frescos e a avaliar o resultado das promoções semanais.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
    why: 'supermarket chain; baking bread in store does not make it a food maker',
  },
  {
    id: 'rt-038',
    company: 'Vitrine Já',
    text: `Sobre a Vitrine Já
Somos um marketplace brasileiro onde 45 mil lojistas vendem para consumidores de todo o país. Eletrodomésticos, celulares, moda, itens para casa e pet: são mais de 8 milhões de produtos, com pagamento via Pix ou parcelado no cartão e entrega em até dois dias nas capitais.

Estamos contratando uma Pessoa Engenheira de Dados Sênior para o time de Catálogo, em São Paulo (híbrido), para organizar e enriquecer as informações de produtos que chegam dos vendedores.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'rt-039',
    company: 'Cooperativa di Consumo Valdera',
    text: `La Cooperativa di Consumo Valdera gestisce 64 supermercati e ipermercati in Toscana e Liguria ed è di proprietà dei suoi 410.000 soci consumatori. Dal 1947 vendiamo prodotti alimentari e per la casa a prezzi equi, con una forte attenzione ai fornitori del territorio e al prodotto a marchio proprio.

Per la sede di Pontedera cerchiamo un/una Data Analyst che supporti gli uffici acquisti e marketing nell'analisi delle vendite e della carta soci.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
    why: "consumers' cooperative running supermarkets, not a farmers' cooperative",
  },
  {
    id: 'rt-040',
    company: 'Almacenes Toledano S.A. de C.V.',
    text: `&lt;p&gt;&lt;strong&gt;Quiénes somos&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Almacenes Toledano es una cadena de tiendas departamentales con 41 sucursales en México. Desde 1969 ofrecemos ropa, calzado, muebles, línea blanca y electrónica, con crédito propio para nuestros clientes y venta en línea a todo el país.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Vacante: Científico(a) de Datos&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Buscamos a una persona que desarrolle modelos de pronóstico de demanda por tienda y categoría en nuestras oficinas de Guadalajara.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'rt-041',
    company: 'Tinker Lane Toys',
    text: `Tinker Lane is Canada's biggest specialty toy retailer: 72 stores in eight provinces, a website that does a third of its yearly sales in the six weeks before Christmas, and staff who will happily spend twenty minutes finding the right puzzle for a four-year-old. We carry more than 400 toy and game brands, including a few we design ourselves and have made for us.

We're hiring a Data Analyst, Merchandise Planning, in Calgary.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'toy shops; its own-label toys are made by others',
  },
  {
    id: 'rt-042',
    company: 'Ridgeline Tire & Parts',
    text: `Ridgeline Tire & Parts is a chain of 260 tire and auto parts stores across the Mountain West and the Plains. Our stores sell and install tires, batteries, brakes and filters, and our commercial program delivers parts to independent repair shops several times a day.

Position: Senior Data Engineer (Denver, CO)

You'll own the pipelines that move point-of-sale, inventory and fitment data into our warehouse and keep parts availability accurate across stores.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'sells and fits car parts, makes none',
  },
  {
    id: 'rt-043',
    company: 'Cellar Thirteen',
    text: `We taste around 4,000 wines a year so our customers don't have to. The 900 that make the cut go into our online shop and our mixed cases, which we deliver across mainland UK from a bonded warehouse in Bristol. Most of our bottles come from small growers in France, Italy and Spain who don't sell anywhere else in Britain.

We're hiring a CRM & Data Analyst to understand what our 120,000 customers drink, and when they're likely to order again.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'wine merchant sells wines made by others',
  },
  {
    id: 'rt-044',
    company: 'Skyport Retail Pte. Ltd.',
    text: `Skyport Retail operates 85 duty-free and specialty stores in airports across Singapore, Malaysia, Thailand and Australia. Travellers shop with us for liquor, fragrances, cosmetics, chocolates and luxury goods between security and the gate, and can pre-order online to collect on departure.

We are looking for an Analytics Manager to join our regional office in Changi. You will lead a small team analysing sales per departing passenger and the effect of flight schedules on store staffing.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'shops in airports: the business is retail, not aviation',
  },
  {
    id: 'rt-045',
    company: 'Lucarne',
    text: `Chez Lucarne, chaque matin à 7 h, de nouvelles ventes privées ouvrent pour trois jours : linge de maison d'une manufacture vosgienne, valises, vins du Languedoc, jouets en bois. Nous négocions des stocks auprès de plus de 2 000 marques, les revendons à prix réduit à nos 6 millions de membres et expédions les commandes depuis notre entrepôt de Saint-Quentin.

Nous recrutons un·e Data Analyst au sein de l'équipe Ventes à Paris.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  // Telecommunications
  {
    id: 'rt-046',
    company: 'Halcyon Mobile',
    text: `We're hiring a Data Scientist for our Network Analytics team in Reading.

Halcyon Mobile is one of the UK's four mobile network operators. Our 19,000 masts carry calls and data for 21 million customers, and every day our network produces billions of events that tell us where coverage is thin, which cells are congested, and which customers are likely to leave us.

In this role you'll build models that predict cell congestion a week ahead, so our radio planners can add capacity before customers notice. You'll work alongside RF engineers who know the network mast by mast, and with a platform team that has already put our counters and call records into a lakehouse you can query in seconds.

We offer a salary of £60,000–£72,000, a bonus, a free Halcyon SIM with unlimited data for you and a discount for your family, 26 days' holiday plus bank holidays, and the chance to see your model change where we build next year.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-047',
    company: 'Wyvern Fibre Ltd',
    text: `We're digging. Since 2020 our crews have laid full-fibre to 640,000 homes and businesses across Herefordshire, Shropshire and mid Wales, places the big providers said weren't worth the trench. Customers get symmetrical gigabit broadband, a router that actually reaches the back bedroom, and a support team in Ludlow who pick up the phone.

We're looking for a GIS Analyst to help plan where we build next: mapping ducts, poles and premises, and estimating the take-up we can expect street by street.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-048',
    company: 'Cascadia Cable Communications',
    text: `<p><strong>About Cascadia</strong></p><p>Cascadia Cable Communications provides high-speed internet, TV and home phone service to 1.3 million homes and businesses in Oregon, Washington and Idaho over our own hybrid fiber-coax network. Our TV packages carry more than 250 channels, and our newest fiber upgrade brings multi-gig speeds to 400,000 homes.</p><p><strong>Position summary</strong></p><p>The Senior Network Data Engineer will build pipelines from our DOCSIS and fiber access equipment to forecast node splits and outages.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'cable operator; carrying TV channels does not make it a broadcaster',
  },
  {
    id: 'rt-049',
    company: 'Orbisky Inc.',
    text: `Orbisky delivers broadband from space. Our constellation of 310 low-earth-orbit satellites and 40 ground stations connects farms in Montana, fishing fleets in the Bering Sea and villages in northern Canada that no cable will ever reach. More than 180,000 terminals are online today.

We are hiring a Software Engineer, Network Operations (Redmond, WA) to build the tools that schedule beam capacity, route traffic between satellites and ground stations, and alert our operators before a terminal loses its link.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-050',
    company: 'funkfrei Mobilfunk GmbH',
    text: `Wir besitzen keinen einzigen Funkmast – und trotzdem telefonieren und surfen über 1,1 Millionen Menschen in Deutschland mit funkfrei. Als Mobilfunkanbieter im Netz eines großen Netzbetreibers bieten wir faire Tarife ohne Vertragslaufzeit, eSIM in fünf Minuten und einen Kundenservice per App, der wirklich antwortet.

Für unser Team in Köln suchen wir eine/n Data Analyst (m/w/d) Kundenwert & Churn, die/der herausfindet, warum Kundinnen bleiben oder wechseln.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: "MVNO: a mobile operator on another operator's network",
  },
  {
    id: 'rt-051',
    company: 'Stambh Infratel Pvt. Ltd.',
    text: `Stambh Infratel owns and operates over 28,000 telecom towers and 6,500 km of fibre across 17 Indian states. Mobile operators rent space on our towers for their antennas, and we provide the power, backup batteries, security and maintenance that keep each site running 99.95% of the time. Nearly a third of our sites now run on solar hybrid systems.

We are looking for a Data Scientist (Energy & Uptime) in Mumbai to forecast diesel consumption and battery failures across our tower portfolio and cut site outages.

Requirements:
- B.Tech/M.Tech or M.Sc. in Statistics, with 3–6 years of experience
- Time-series forecasting and anomaly detection in Python
- Experience with IoT or sensor data from remote sites is a strong plus
- Willingness to visit field sites occasionally`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'tower company; power and batteries are part of running sites',
  },
  {
    id: 'rt-052',
    company: 'Nordvik Radio Systems AB',
    text: `About us
Nordvik Radio Systems designs and builds radio units and baseband equipment for 4G and 5G mobile networks. Our products are installed on more than 90,000 sites operated by 34 mobile operators in Europe, Latin America and Southeast Asia. We develop in Gothenburg and Oulu, and our plant in Borås assembles and tests every unit we ship.

The role
We are looking for an Embedded Software Engineer to join the team that writes the firmware for our massive-MIMO radios. You will work close to the hardware, in C and C++ on multicore DSPs and ARM, and see your code go into field trials with operators within months.

What we offer
- Flexible hours and the option to work from home two days a week
- Occupational pension and wellness allowance
- Relocation support to Sweden or Finland`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'maker of network equipment for operators, though it has a plant',
  },
  {
    id: 'rt-053',
    company: 'Tariffa Software Inc.',
    text: `Tariffa builds the billing and charging system that mobile and broadband operators use to rate every call, text and gigabyte their customers use. Twenty-two operators on four continents, with 140 million subscribers between them, run their prepaid and postpaid billing on Tariffa.

We're hiring a Senior Backend Engineer (Kotlin) in Montréal to work on our real-time charging engine, which handles up to 200,000 requests per second for a single operator.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'billing software made for operators',
  },
  {
    id: 'rt-054',
    company: 'Funkplan GmbH',
    text: `# Funkplan
Funkplan makes radio network planning software for mobile operators. Planning engineers at 50 operators use our tools to simulate coverage, choose sites for new masts and tune antenna tilts, from dense city centres to Alpine valleys.

# Your role
As a Machine Learning Engineer (f/m/d) in Munich, you'll train propagation models on drive-test and crowd-sourced measurements to replace slow ray-tracing in our planning tool. English is our working language.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'planning software made for operators',
  },
  {
    id: 'rt-055',
    company: 'Coralink',
    text: `Love talking tech with people? Join our store team in Chermside, Brisbane!

At Coralink we keep 4.6 million Australians connected on our mobile network and our home internet plans. In our 160 stores, you'll help customers choose the right phone and plan, set up their new device, move their number across and sort out their bill when something isn't right.

What's in it for you: a free Coralink mobile plan, commission on top of your base rate, and paid training in your first month.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "a job in the operator's own shop",
  },
  {
    id: 'rt-056',
    company: 'Tarang Telecom Ltd',
    text: `Tarang Telecom is a mobile and broadband operator with 62 million customers across eastern and north-eastern India. We are hiring Customer Care Executives (Hindi, Bengali, Odia) for our contact centre in Bhubaneswar.

You will handle inbound calls and chats from prepaid and postpaid customers about recharges, data packs, network issues and fibre installations, and resolve them on the first contact wherever possible.

Rotational shifts, night allowance, cab facility for night shift.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "operator's own call centre",
  },
  {
    id: 'rt-057',
    company: 'Prairie Line Telephone Cooperative',
    text: `Prairie Line is a member-owned telephone cooperative that has served rural South Dakota since 1953. Today we provide fiber internet, voice and business connectivity to 14,000 members across 9 counties, over 3,800 miles of fiber we built ourselves.

We are seeking a Network Technician II in Mitchell. You'll install and troubleshoot fiber service at homes, farms and businesses, and help maintain the electronics in our central offices.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: "telephone cooperative is an operator, not a farmers' cooperative",
  },
  {
    id: 'rt-058',
    company: 'Glasnet Oost B.V.',
    text: `Glasnet Oost legt en beheert het open glasvezelnet in Overijssel en Gelderland. We zijn geen internetprovider: op ons netwerk kiezen 310.000 huishoudens en bedrijven zelf bij welke van de 18 aangesloten providers ze internet, tv en bellen afnemen. Wij zorgen dat de verbinding er ligt, werkt en snel wordt hersteld als er een graafmachine doorheen gaat.

Voor ons team Netwerkdata zoeken we een Data Engineer in Deventer.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'rt-059',
    company: 'Straitlink Cable Systems Pte. Ltd.',
    text: `<p>Straitlink owns and operates four submarine cable systems linking Singapore with Indonesia, Vietnam, Hong Kong and Japan, with more than 26,000 km of fibre on the seabed and landing stations in six countries. Carriers, content providers and cloud companies buy capacity on our cables, and our terrestrial backhaul connects each landing station to the major data centres in its city.</p><p><b>Job: Network Operations Engineer (Singapore)</b></p><ul><li>Monitor our submarine and terrestrial optical network 24/7 from the NOC</li><li>Coordinate repairs with cable ships and landing-station partners</li><li>Restore customer circuits after faults and write the incident reports</li><li>Automate routine checks with Python</li></ul><p>Shift allowance, medical and dental coverage, and an annual learning budget.</p>`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-060',
    company: 'Simwise B.V.',
    text: `Simwise connects things. Our SIMs and eSIM profiles sit in 7 million devices, from e-scooters in Lisbon and smart meters in Leeds to cold-chain trackers on trucks crossing Europe, and they roam on 600 mobile networks in 190 countries through our own core network.

We're looking for a Site Reliability Engineer in Amsterdam to help keep that core running: packet gateways, signalling, and the APIs customers use to activate and monitor their SIMs.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'IoT connectivity provider running its own mobile core: an MVNO',
  },
  {
    id: 'rt-061',
    company: 'Onda Móvil Telecom S.A.',
    text: `Quiénes somos
Onda Móvil es un operador de telecomunicaciones con red propia de fibra y móvil en Andalucía, Murcia y Extremadura. Más de 900.000 clientes confían en nosotros para su fibra, su línea móvil y su televisión, y tenemos 120 tiendas donde les atendemos en persona.

Buscamos un/a Ingeniero/a de Datos para el equipo de Red en Sevilla, que construya los procesos que recogen las alarmas y métricas de nuestros equipos de acceso y las ponen a disposición de los equipos de operación.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'rt-062',
    company: 'Ligne Claire Télécom',
    text: `<p><strong>Conseiller·ère de vente en boutique – Rennes (CDI)</strong></p><p>Ligne Claire est un opérateur mobile et internet qui compte 3,2 millions d&rsquo;abonnés en France. Dans nos 210 boutiques, nos conseillers aident chaque client à choisir son forfait, son smartphone ou son offre box fibre, transfèrent ses contacts et l&rsquo;accompagnent jusqu&rsquo;à la mise en service.</p><p>Vous rejoindrez l&rsquo;équipe de notre boutique du centre-ville, ouverte du lundi au samedi.</p>`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: "a job in the operator's own shop",
  },
  {
    id: 'rt-063',
    company: 'Fibra Dolomiti S.r.l.',
    text: `Portiamo la fibra ottica fino a casa (FTTH) nelle valli del Trentino, dell'Alto Adige e del Bellunese, dove spesso la connessione arrivava a 7 mega. Oggi 95.000 famiglie, alberghi e aziende navigano fino a 2,5 giga con il nostro servizio, e ogni mese colleghiamo nuovi comuni.

Cerchiamo un/una Network Engineer per il nostro Network Operation Center di Trento, che si occupi di monitoraggio della rete, gestione degli apparati OLT e risoluzione dei guasti.`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'rt-064',
    company: 'Conecta Sertão Telecom Ltda.',
    text: `Quem somos
A Conecta Sertão é um provedor de internet por fibra óptica com 140 mil clientes em cidades do interior de Pernambuco, Paraíba e Ceará. Construímos nossa própria rede, com mais de 9 mil km de cabos, e oferecemos internet, telefonia fixa e planos móveis para residências e empresas.

Vaga: Analista de Dados Pleno (Caruaru – PE)
Você vai criar painéis de acompanhamento de vendas, cancelamentos e ordens de serviço técnico, e apoiar a diretoria nas decisões de expansão da rede.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'rt-065',
    company: 'Borealis Wireless',
    text: `You'll join the carrier that 5.8 million Canadians in Ontario, Quebec and Atlantic Canada trust with their phones. Borealis Wireless is midway through the largest 5G build in our history and is adding fixed wireless home internet in 300 rural communities that still rely on copper.

Role: Senior Data Engineer, Customer & Network Analytics (Ottawa or Toronto)

You'll join a team that joins billing, usage and network data so our marketing and network teams finally see the same customer.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-066',
    company: 'Kallang Mobile Pte. Ltd.',
    text: `<div><p>Kallang Mobile is a Singapore mobile operator with 1.9 million subscribers and a 5G standalone network that covers the whole island, from the CBD to Pulau Ubin. We also provide fibre broadband to homes and enterprise connectivity to 14,000 businesses, and run 22 retail shops and a 24-hour contact centre.</p><p><strong>Responsibilities</strong></p><ul><li>Build churn and next-best-offer models for prepaid and postpaid customers</li><li>Work with the CVM team to design campaigns and measure their uplift with holdout groups</li><li>Deploy models on our cloud data platform and monitor them in production</li></ul><p><strong>Requirements</strong></p><ul><li>Degree in statistics, computer science or a related field</li><li>3+ years of hands-on work with Python, SQL and gradient-boosted models</li><li>Experience in telecom, banking or another subscription business is a plus</li></ul></div>`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-067',
    company: 'Tesselink Communications Ltd',
    text: `Tesselink is a business telecoms provider. We connect 9,000 UK businesses, from dental practices and law firms to regional retail chains, with leased lines, SD-WAN, SIP trunks and business mobile, over our own core network and partner access networks.

We're looking for a Network Automation Engineer (Python, Ansible) in Manchester to automate the provisioning of customer circuits and the configuration of the routers we manage on customer sites.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'operator; its business customers come from many sectors',
  },
  {
    id: 'rt-068',
    company: 'Lumenreach Networks Inc.',
    text: `Lumenreach designs optical transport systems for telecom carriers. Our coherent transponders and ROADMs carry traffic across long-haul and metro fiber networks for 60 operators, including national incumbents and cable companies in North America and Europe.

We're looking for an FPGA Engineer in Raleigh, NC to develop DSP and framing logic for our next generation of 1.6T line cards.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network equipment made for carriers',
  },
  {
    id: 'rt-069',
    company: 'Stadia Signal LLC',
    text: `When 70,000 fans at a stadium all post the same touchdown, someone has to make sure the network holds. That's us. Stadia Signal builds and operates shared indoor cellular networks (DAS and small cells) in stadiums, airports, hospitals and subway tunnels, and the major wireless carriers put their service on our equipment instead of building their own.

We're hiring an RF Engineer in Atlanta to design in-building systems and optimize them once they're live.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'neutral-host network infrastructure for operators; stadiums and hospitals are only its sites',
  },
  {
    id: 'rt-070',
    company: 'Verity Group – Mobile Networks',
    text: `Verity Group is a diversified group with businesses in energy, real estate and telecommunications across East Africa. This vacancy is with Verity Mobile Networks, the group's mobile operator, which serves 8 million subscribers in Uganda and Rwanda with voice, 4G data and mobile money.

Verity Mobile Networks is seeking a Data Warehouse Engineer in Kampala to modernise the warehouse that holds call records, recharges and customer data.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'group: the hiring unit is the mobile operator',
  },
  {
    id: 'rt-071',
    company: 'Signalpath Recruitment',
    text: `Signalpath Recruitment is partnering with a leading mobile network operator to find a Head of Data Science to join their Slough headquarters on a permanent basis.

Our client runs one of the UK's largest 4G and 5G networks and is building a central data science function covering network, customer and commercial analytics. You'll lead a team of 12, set the roadmap and work directly with the CTO and the Chief Customer Officer.

Package: up to £140k base, bonus, pension and free mobile.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'recruiter: the client is a mobile operator',
  },
  {
    id: 'rt-072',
    company: 'Nexaura Telesoft Pvt. Ltd.',
    text: `About Nexaura
Nexaura builds service assurance and network inventory software for telecom operators. Our platform correlates alarms from radio, transport and core networks, finds the root cause of an outage, and tells the operator which customers are affected before the call centre phones start ringing. It is deployed at 19 operators in India, the Middle East and Africa, managing more than 400,000 network elements.

Position: Senior Java Developer (Hyderabad)
Work on our fault management engine, which processes over a million alarms an hour.

Skills: Java 17, Spring Boot, Kafka, PostgreSQL, Kubernetes; SNMP or telecom network management knowledge is an advantage. Experience: 5–9 years. Notice period up to 60 days.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'software made for operators',
  },
  {
    id: 'rt-073',
    company: 'Kestrel Core Ltd',
    text: `Kestrel Core builds cloud-native 5G core software. Operators use it to run the brains of their network: registering devices, setting up data sessions, enforcing policy and routing traffic. It runs on their own clouds, and on public cloud for private 5G networks at ports and mines.

We're looking for a Senior Go Developer (Cambridge, UK, hybrid) to work on our user plane function and help it handle more traffic on less hardware.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'network software made for operators; ports and mines are where it is deployed',
  },
  {
    id: 'rt-074',
    company: 'Antennenwerk Rabe GmbH',
    text: `Antennenwerk Rabe develops and manufactures base-station antennas for mobile networks. From our factory in Rosenheim we ship around 120,000 antennas a year to mobile operators and tower companies in 40 countries, and our engineers help operators fit more frequency bands onto crowded masts.

We are looking for an RF Simulation Engineer (m/f/d) to design the next generation of multi-band antennas. German is helpful but not required.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'maker of network equipment for operators, though it is a factory',
  },
  {
    id: 'rt-075',
    company: 'Kgalagadi Telecom Ltd',
    text: `Kgalagadi Telecom is the national fixed-line and broadband operator of Botswana, a limited company wholly owned by the Government of Botswana. We run the country's fibre backbone, provide internet and voice services to homes, businesses and public institutions, and sell wholesale capacity to mobile operators.

The company invites applications for the post of Data Analyst, Commercial Division, based in Gaborone.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'state-owned company in the sector of its business: an operator',
  },
  {
    id: 'rt-076',
    company: 'Fibrecasa Telecomunicações, Lda.',
    text: `Vens ligar Portugal à fibra. Todos os dias as nossas equipas instalam internet por fibra em cerca de 900 casas e empresas, do Minho ao Algarve, para os clientes do nosso serviço: passam o cabo, montam o router, testam o Wi-Fi em cada divisão e só saem quando tudo funciona.

Procuramos Técnicos(as) de Instalação de Fibra Óptica para a zona de Leiria. Damos formação completa, viatura de serviço e telemóvel.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'rt-077',
    company: 'Telvio Italia S.p.A.',
    text: `Telvio è un operatore di telefonia mobile e fissa con oltre 9 milioni di clienti in Italia. Oltre al sito e all'app, siamo presenti con più di 400 negozi monomarca, dove i nostri addetti vendita attivano offerte, consegnano smartphone e assistono i clienti nel passaggio da altri operatori.

Per la direzione Retail di Milano cerchiamo un/una Data Analyst che analizzi le performance dei negozi e supporti le decisioni su aperture, chiusure e orari.`,
    sector: 'Telecommunications',
    lang: 'it',
    why: "operator's own stores and retail team are Telecom",
  },
  {
    id: 'rt-078',
    company: 'Savanna Mobile Ltd',
    text: `Savanna Mobile is a mobile operator with 14 million subscribers across Kenya and Tanzania. Beyond voice and data, our mobile money service lets customers send money, pay bills and buy airtime from any phone, through 90,000 agents.

We are recruiting a Fraud Analytics Specialist (Nairobi) to detect SIM swap fraud and agent abuse across our network and mobile money platform.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'operator; mobile money is one of its services',
  },
  {
    id: 'rt-079',
    company: 'Gulfroute Carrier Services FZ-LLC',
    text: `Gulfroute is a wholesale carrier exchanging international voice, SMS and data traffic with 600+ operators, with points of presence in Dubai, Frankfurt, Marseille, Mumbai and Singapore.

Routing & Pricing Analyst, Dubai. Least-cost routing, quality per destination, rate updates with carrier partners.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-080',
    company: 'Orbelle Satellites S.A.',
    text: `Qui sommes-nous ?
Orbelle exploite une flotte de 11 satellites géostationnaires depuis son centre de contrôle de Betzdorf, au Luxembourg. Nous louons de la capacité satellitaire à des chaînes de télévision, à des opérateurs de télécommunications pour leurs liaisons vers des zones isolées et à des armateurs pour la connectivité en mer.

Nous recrutons un·e Ingénieur·e Systèmes Sol pour faire évoluer nos stations terriennes et nos outils de supervision.`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: 'satellite operator; broadcasters are among its customers',
  },
  {
    id: 'rt-081',
    company: 'SimGuard Analytics Ltd',
    text: `SimGuard Analytics helps mobile operators stop fraud on their networks. Our platform spots SIM boxes, international revenue share fraud and wangiri call scams in real time from signalling and call records, and blocks them before the operator loses money. Forty operators in Europe, Africa and Asia use SimGuard.

We are hiring a Data Scientist (London, hybrid) to build anomaly detection models on streaming call data.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'fraud software made for operators, not for financial firms',
  },
  {
    id: 'rt-082',
    company: 'Elbtal Energie Gruppe – Glasfaser',
    text: `Die Elbtal Energie Gruppe versorgt die Region Dresden seit über 100 Jahren mit Strom, Gas und Wärme. Seit 2019 baut unsere Tochter Elbtal Glasfaser GmbH ein eigenes Glasfasernetz und bietet Internet, Telefon und TV für inzwischen 85.000 Haushalte und Unternehmen an.

Für die Elbtal Glasfaser GmbH suchen wir zum nächstmöglichen Zeitpunkt eine/n Netzplaner/in FTTH (m/w/d).`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'group: the hiring unit builds and runs a fibre network',
  },
  {
    id: 'rt-083',
    company: 'Wattle Broadband Pty Ltd',
    text: `We're an Aussie internet provider with 210,000 customers on fibre, fixed wireless and satellite connections around the country, plus our own backhaul between capital cities. We answer the phone in Adelaide, not offshore, and we don't lock anyone into a contract.

Join us as a Network Engineer in our Adelaide NOC, where you'll look after our BGP edge, CGNAT platform and the links that carry customer traffic to the rest of the internet.`,
    sector: 'Telecommunications',
    lang: 'en',
  },
  {
    id: 'rt-084',
    company: 'Câblevision Laurentides inc.',
    text: `Câblevision Laurentides offre Internet, télévision et téléphonie à 160 000 foyers et entreprises des Laurentides et de Lanaudière, sur un réseau câblé et fibre que nous entretenons nous-mêmes depuis 1978. Notre centre d'appels de Saint-Jérôme répond à nos abonnés sept jours sur sept.

Nous cherchons un·e Agent·e du service à la clientèle bilingue pour aider nos abonnés avec leur facture, leurs forfaits et les problèmes de connexion.`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: "cable operator's own call centre",
  },
  {
    id: 'rt-085',
    company: 'Telenova België NV',
    text: `Over Telenova
Telenova is een telecomoperator voor particulieren en kmo's in Vlaanderen en Brussel. We bieden mobiel, internet en tv aan 1,4 miljoen klanten over ons eigen mobiele netwerk en het kabelnet van onze partner, met 70 winkels en een klantendienst in Mechelen.

Voor ons Data & AI-team zoeken we een Machine Learning Engineer die modellen voor klantverloop en netwerkkwaliteit naar productie brengt.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  // Unclassified neighbours: hospitality, logistics, media, advertising, events, travel, landlords, agencies
  {
    id: 'rt-086',
    company: 'Ember & Oak Kitchens',
    text: `Ember & Oak is a casual dining group with 64 restaurants across England and Wales, serving wood-fired grills, brunch and a cocktail list we're quietly proud of. Our teams call each restaurant a "store", and every store runs its own kitchen, bar and takeaway counter.

We're looking for a Commercial Analyst at our Bristol support centre to forecast covers and sales by store, track food cost against menu prices, and help operations plan rotas around the weather and the football.

You'll get
- 50% off food and drink in all our stores for you and up to five friends
- Private medical insurance after probation
- 25 days' holiday plus bank holidays
- A free meal every time you visit a store for work`,
    sector: null,
    lang: 'en',
    why: 'restaurants are unclassified, though it calls them stores',
  },
  {
    id: 'rt-087',
    company: 'Harbourlight Hotels & Resorts',
    text: `<p><strong>About us</strong></p><p>Harbourlight Hotels &amp; Resorts owns and manages 19 hotels and resorts in Singapore, Malaysia, Indonesia and the Maldives, from business hotels a short walk from Raffles Place to overwater villas in Baa Atoll. Together our properties have 6,800 rooms, 48 restaurants and bars, nine spas and a handful of boutiques selling local crafts to our guests.</p><p>Founded in 1979 as a single 80-room hotel on Beach Road, we remain family-controlled, and we still believe a hotel is judged by how the night-shift front office treats a guest who arrives at 3&nbsp;a.m.</p><p><strong>The position</strong></p><p>The Revenue Management Analyst will support our regional team in setting room rates, forecasting occupancy across the portfolio, and evaluating the performance of our online distribution channels. You will report to the Director of Revenue Strategy and work closely with the sales and e-commerce teams at each property.</p>`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'rt-088',
    company: 'Greenacre Catering Services Ltd',
    text: `Greenacre cooks 180,000 meals a day for the people who keep the country running: patients and staff in 40 hospitals, pupils in 600 schools, and teams in offices, factories and universities. Our chefs cook from fresh wherever they can, and our dietitians make sure every menu works for allergies and medical diets.

We're recruiting a Data Analyst in Birmingham to report on meal volumes, waste and food cost across our contracts.`,
    sector: null,
    lang: 'en',
    why: 'contract caterer; hospitals and schools are its clients',
  },
  {
    id: 'rt-089',
    company: 'Holtkamp Logistik GmbH',
    text: `Holtkamp is a family-owned logistics company based in Dortmund. With 1,100 trucks and 24 warehouses in Germany, Poland and the Benelux, we move and store goods for automotive suppliers, chemical plants, building-material makers and retailers. Our warehouses hold everything from steel coils to flat-pack furniture, and our groupage network delivers 30,000 pallets a day.

We are hiring a Transport Optimisation Analyst (m/f/d) to improve route planning and load utilisation across our groupage network. The team works in English and German.

Your tasks
- Analyse tour data and telematics to find empty kilometres
- Build optimisation models for hub-and-spoke planning
- Support the sales team in pricing new tenders`,
    sector: null,
    lang: 'en',
    why: 'logistics for many industries is unclassified',
  },
  {
    id: 'rt-090',
    company: 'Seabridge Logistics Pvt. Ltd.',
    text: `Seabridge Logistics – freight forwarding and customs brokerage from 11 Indian ports and airports, for exporters of textiles, auto components, spices and engineering goods.

Job Title: Data Analyst – Pricing & Procurement (Chennai). SQL, Power BI, 2–4 yrs. Immediate joiners preferred. Graduates with a logistics background welcome.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'rt-091',
    company: 'Northlight Broadcasting Corp.',
    text: `Northlight Broadcasting operates five conventional television stations and three specialty channels in Western Canada, along with a network of transmitters that carries our signal to over-the-air viewers from Winnipeg to Victoria. Our newsrooms produce more than 60 hours of local news every week, and our streaming app carries it all live.

We're looking for a Broadcast Systems Engineer in Edmonton to support our master control, playout servers and transmitter monitoring.`,
    sector: null,
    lang: 'en',
    why: 'broadcaster: channels and transmitters are media, not telecom',
  },
  {
    id: 'rt-092',
    company: 'Coastline Radio Network',
    text: `Every weekday morning, 1.2 million Australians wake up with one of our breakfast shows. Coastline runs 23 commercial radio stations across regional Queensland and New South Wales, plus podcasts and a listening app, and our local sales teams help cafés, car yards and councils reach their communities on air.

We're hiring a Digital Audio Analyst in Brisbane to measure streaming audiences and the results of advertising campaigns.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'rt-093',
    company: 'The Calloway Ledger',
    text: `The Calloway Ledger, central Ohio's daily newspaper since 1884, is hiring an Audience Data Analyst. Help our 85 journalists understand which stories bring readers back to our website, apps and newsletters, and which subscribers are at risk of cancelling. SQL and Python required. Hybrid, Columbus, Ohio.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'rt-094',
    company: 'Pocket Lantern',
    text: `# About Pocket Lantern
We're an independent creative and media agency in Shoreditch. We make campaigns people actually remember, and buy the media to put them in front of the right people. Our clients include a national supermarket, two fashion retailers, a mobile network and a building society, and we've just won our first pet food brand.

# The role
We're after a Marketing Data Scientist to prove which of our campaigns moved sales. You'll:
- build and maintain media mix models for our five biggest clients
- design geo-tests with our planners before a campaign goes live
- turn the results into a story a client's CMO will read to the end

# Nice to have
- Bayesian modelling experience (PyMC, Stan or similar)
- You've worked agency-side before and survived a pitch week`,
    sector: null,
    lang: 'en',
    why: 'advertising agency; its retail and telecom clients do not make it either',
  },
  {
    id: 'rt-095',
    company: 'Kranich Messe & Event GmbH',
    text: `Über uns
Kranich plant, baut und betreibt Messestände, Kongresse und Firmenevents – von der Produktpräsentation für 300 Gäste bis zum Messeauftritt auf 2.000 Quadratmetern. Mit 140 Kolleginnen und Kollegen in Frankfurt und Leipzig realisieren wir jedes Jahr rund 400 Projekte in ganz Europa.

Zur Unterstützung unseres Teams suchen wir eine/n Business Intelligence Analyst (m/w/d), die/der Projektkalkulationen, Auslastung und Kundendaten zusammenführt.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'rt-096',
    company: 'Wayfold Holidays',
    text: `Wayfold Holidays is a travel agency with 120 stores on high streets and in shopping centres across the UK, and a website that sells package holidays, cruises and tailor-made trips. Our store teams have been selling holidays face to face for 35 years.

We're hiring a Pricing & Yield Analyst (Stockport head office) to help set package prices against demand, competitor fares and hotel availability.`,
    sector: null,
    lang: 'en',
    why: 'travel agency, though it has high-street stores',
  },
  {
    id: 'rt-097',
    company: 'Tasman Blue Airways',
    text: `<p>Tasman Blue is an Australian airline flying 170 daily services between 24 destinations in Australia, New Zealand and the Pacific, with a fleet of 38 narrow-body aircraft. On board, our crew sell meals, duty-free and travel essentials from a catalogue of 200 items, and our app lets customers pre-order before they fly.</p><p><strong>About the role</strong></p><p>As a Data Scientist in our Brisbane revenue team, you&rsquo;ll forecast demand per route and work on ancillary revenue, including seat selection, bags and onboard retail.</p><p><strong>Why Tasman Blue</strong></p><ul><li>Staff travel on our network and discounted fares with partner airlines</li><li>Salary packaging and an annual wellbeing allowance</li><li>Hybrid working from our Brisbane Airport office</li></ul>`,
    sector: null,
    lang: 'en',
    why: 'airline; onboard retail is a side line',
  },
  {
    id: 'rt-098',
    company: 'Prakriti Malls & Estates Ltd',
    text: `Prakriti Malls & Estates develops, owns and manages shopping centres in Tier 1 and Tier 2 Indian cities. Our nine malls have 3.4 million sq ft of leasable space and more than 1,400 retail tenants, from fashion brands and hypermarkets to multiplexes and food courts, and they welcome 90 million visitors a year. Three more projects, in Lucknow, Indore and Coimbatore, are under construction.

Our team designs, leases and runs each property, from choosing the anchor tenants to maintaining the escalators and organising the Diwali shopping festival.

We are seeking a Leasing Analytics Manager (Noida) to analyse footfall, tenant sales and rent performance across the portfolio and to support leasing decisions with data. Qualifications: MBA or CA with 5–8 years of experience in real estate, retail analytics or consulting; advanced Excel and SQL; Power BI preferred.`,
    sector: null,
    lang: 'en',
    why: 'develops and leases shopping centres: real estate',
  },
  {
    id: 'rt-099',
    company: 'Brandywell Retail Properties Trust',
    text: `&lt;p&gt;Brandywell Retail Properties Trust is a real estate investment trust that owns 112 grocery-anchored shopping centers in the Mid-Atlantic and Southeast. Our tenants include supermarkets, pharmacies, restaurants and service businesses that serve their neighborhoods every day.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Position: Financial Analyst, Asset Management&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Philadelphia, PA. Support the asset managers with lease analysis, budgets and property valuations.&lt;/p&gt;`,
    sector: null,
    lang: 'en',
    why: "landlord of shopping centres: 'retail' in the name is real estate",
  },
  {
    id: 'rt-100',
    company: 'Apex Bridge Staffing',
    text: `Apex Bridge Staffing is hiring! We are a national staffing firm placing talented professionals in contract, contract-to-hire and direct-hire roles across the US.

Title: Data Analyst (Contract, 6 months)
Location: Columbus, OH (Hybrid)
Pay: $38–$45/hr W2

Our client is looking for a Data Analyst with strong SQL and Tableau skills to support reporting for their operations team.

Responsibilities:
- Build and maintain weekly and monthly dashboards
- Write SQL queries against a Snowflake data warehouse
- Partner with operations managers to define KPIs

Requirements:
- 3+ years of experience as a data or reporting analyst
- Advanced SQL; Tableau or Power BI
- Excellent communication skills

Benefits available to contractors include medical, dental and vision insurance and a 401(k).`,
    sector: null,
    lang: 'en',
    why: "staffing agency that names no client's business",
  },
  {
    id: 'rt-101',
    company: 'Calder Search',
    text: `Calder Search are recruiting a Senior Analytics Engineer on behalf of our client, a growing business based in central Manchester. This is a newly created role in a data team of eight, working with dbt, Snowflake and Looker, and reporting to the Head of Data.

The successful candidate will take ownership of the modelling layer and mentor two junior engineers. Salary up to £75,000, 25 days holiday plus bank holidays, private healthcare and a cycle-to-work scheme.`,
    sector: null,
    lang: 'en',
    why: "recruiter names no client's business",
  },
  {
    id: 'rt-102',
    company: 'Koffiebar Boon',
    text: `Bij Boon draait alles om goede koffie en een plek waar je graag blijft zitten. We hebben 38 koffiebars in Nederlandse binnensteden en op stations, waar onze baristas elke dag zo'n 25.000 koppen schenken, met taart en broodjes uit eigen keuken. Onze bonen kun je ook in de zaak meenemen.

Voor ons hoofdkantoor in Utrecht zoeken we een Data Analist die onze kassa- en personeelsdata inzet om roosters en inkoop per vestiging te verbeteren.`,
    sector: null,
    lang: 'nl',
    why: 'café chain is hospitality, though it sells beans to take home',
  },
  {
    id: 'rt-103',
    company: 'Écrans du Sud',
    text: `<p><strong>Qui sommes-nous ?</strong></p><p>Écrans du Sud exploite 27 cinémas et 240 salles en Occitanie, en Provence et en Nouvelle-Aquitaine. Chaque année, 9 millions de spectateurs viennent y voir un film, acheter du pop-corn à nos comptoirs confiserie ou assister à une retransmission d&rsquo;opéra.</p><p><strong>Le poste</strong></p><p>Nous recrutons un·e Data Analyst pour analyser la fréquentation, la programmation et les ventes de billets en ligne, au siège de Montpellier.</p>`,
    sector: null,
    lang: 'fr',
    why: 'cinemas are leisure; selling snacks does not make them shops',
  },
  {
    id: 'rt-104',
    company: 'Fuerza Urbana Gimnasios S.L.',
    text: `Sobre nosotros
Fuerza Urbana es una cadena de gimnasios low cost con 85 centros en España y 420.000 socios. Abrimos de 6 a 24 h, con sala de musculación, clases dirigidas y una app para reservar plaza, seguir tus entrenamientos y comprar suplementos en nuestra tienda online.

Buscamos un/a Data Scientist en Barcelona para predecir bajas de socios y ayudar a decidir dónde abrir los próximos centros.`,
    sector: null,
    lang: 'es',
    why: 'gym chain is sport and leisure; its online shop is a side line',
  },
  {
    id: 'rt-105',
    company: 'Banqueting Sarti S.r.l.',
    text: `Dal 1986 Banqueting Sarti cura il catering di matrimoni, eventi aziendali e congressi in Emilia-Romagna e in Toscana. La nostra cucina centrale di Modena prepara fino a 5.000 coperti al giorno, e il nostro staff di sala accompagna ogni evento dall'aperitivo al taglio della torta.

Cerchiamo un/una Controller di Gestione con buone competenze di analisi dati per monitorare costi, margini per evento e previsioni di fatturato.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'rt-106',
    company: 'Hotel Villa Ortensia',
    text: `Chi siamo
Villa Ortensia è un hotel cinque stelle sul Lago di Como, con 74 camere e suite, due ristoranti, una spa e una piccola boutique di prodotti artigianali del territorio. Accogliamo ospiti da tutto il mondo da aprile a novembre.

Per la stagione 2025 cerchiamo un/una Revenue Manager che gestisca tariffe, canali di vendita online e previsioni di occupazione in collaborazione con la direzione.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'rt-107',
    company: 'Crustline Pizza',
    text: `Crustline Pizza has 410 locations across 18 states, and about 70% of our orders are delivered by our own drivers within 30 minutes. Customers order through our app and website, track their pizza from oven to door, and earn free sides with our rewards program.

We're hiring a Data Scientist for our Ann Arbor headquarters to improve delivery-time estimates, driver scheduling and the personalization of offers in the app.`,
    sector: null,
    lang: 'en',
    why: 'a restaurant chain delivering its own food is not a delivery marketplace',
  },
  {
    id: 'rt-108',
    company: 'Verlagshaus Seeburg GmbH',
    text: `Das Verlagshaus Seeburg gibt 14 Zeitschriften zu Garten, Wohnen, Kochen und Reisen heraus, die zusammen jeden Monat rund 2,3 Millionen Leserinnen und Leser erreichen, gedruckt am Kiosk und im Abo ebenso wie digital. Dazu kommen Websites, Newsletter und ein wachsendes Podcast-Angebot.

Wir suchen eine/n Data Analyst (m/w/d) für den Bereich Vertrieb & Abo-Marketing in Hamburg, die/der Kündigungen vorhersagt und unsere Aboangebote testet.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'rt-109',
    company: 'Farol Media, Lda.',
    text: `Sobre nós
A Farol Media é uma agência de meios independente com escritórios em Lisboa e no Porto. Planeamos e compramos espaço publicitário em televisão, rádio, exterior e digital para marcas de grande consumo, cadeias de retalho, operadoras de telecomunicações e bancos, e medimos o que cada euro investido trouxe de volta.

Procuramos um(a) Analista de Dados de Marketing para desenvolver modelos de atribuição e dashboards de campanha.`,
    sector: null,
    lang: 'pt',
    why: 'media agency; its clients come from many sectors',
  },
  {
    id: 'rt-110',
    company: 'Sampark Customer Services Pvt. Ltd.',
    text: `Sampark runs customer contact centres for some of the biggest names in telecom, banking, insurance, e-commerce and utilities. Our 22,000 associates in Noida, Indore, Kolkata and Manila handle calls, chats and emails in 14 languages, around the clock, and our quality teams listen to every hundredth call.

We are hiring a Workforce Management Analyst (Noida) to forecast call volumes and build schedules for our telecom and banking processes.

Key responsibilities:
- Forecast interval-level volumes and handle times for inbound queues
- Build weekly rosters and track schedule adherence
- Explain misses to operations managers and clients

Requirements: graduate with 2–4 years of WFM experience in a contact centre, advanced Excel, familiarity with a WFM tool, comfort with night shifts during peak season.`,
    sector: null,
    lang: 'en',
    why: 'call-centre outsourcer for many industries, not an IT company',
  },
  {
    id: 'rt-111',
    company: 'Rodarte Rent-a-Car',
    text: `A Rodarte aluga carros a quem visita Portugal e a quem cá vive. Temos 9.000 viaturas e 28 balcões nos aeroportos de Lisboa, Porto, Faro e Funchal e nas principais estações, e todos os anos vendemos em leilão os carros que saem da frota.

Procuramos um(a) Analista de Pricing para a nossa sede em Lisboa, que ajuste diariamente as tarifas por balcão e categoria com base na procura, na concorrência e na disponibilidade da frota.`,
    sector: null,
    lang: 'pt',
    why: 'car rental is travel; auctioning its old fleet does not make it a dealership',
  },
  {
    id: 'rt-112',
    company: 'Ironbridge Supply Chain Solutions',
    text: `Ironbridge runs warehouses and transport for other businesses. Our 31 sites across the UK store and move goods for pharmaceutical companies, drinks makers, automotive manufacturers and high-street retailers, and our fleet of 900 vehicles delivers to factories, hospitals and stores every night.

We're looking for a Solutions Design Analyst in Milton Keynes to model warehouse layouts and transport costs for new customer contracts.`,
    sector: null,
    lang: 'en',
    why: 'contract logistics for many industries, not made for online shops',
  },
  {
    id: 'rt-113',
    company: 'Grupo Parque Alto Empreendimentos',
    text: `O Grupo Parque Alto desenvolve, constrói e administra shopping centers no Sul e Sudeste do Brasil. São 12 empreendimentos com mais de 2.800 lojas, cinemas e praças de alimentação, que recebem 150 milhões de visitantes por ano.

Vaga: Analista de Inteligência de Mercado (Curitiba – PR)
Você vai analisar fluxo de visitantes, vendas dos lojistas e indicadores de aluguel para apoiar as decisões de mix de lojas e de novos projetos.`,
    sector: null,
    lang: 'pt',
    why: 'shopping-centre developer: real estate',
  },
  {
    id: 'rt-114',
    company: 'Club Deportivo Almenara',
    text: `El Club Deportivo Almenara compite en Segunda División y cuenta con 28.000 abonados, una cantera de 22 equipos y un estadio recién reformado. Además del fútbol, gestionamos la tienda oficial del club, la venta de entradas y los eventos del estadio.

Buscamos un/a Analista de Datos de Negocio en Almería que integre los datos de abonados, taquilla, tienda y patrocinio para conocer mejor a nuestra afición.`,
    sector: null,
    lang: 'es',
    why: 'football club is sport; the club shop is a side line',
  },
  {
    id: 'rt-115',
    company: 'Eastmoor University',
    text: `Eastmoor University's Institute for Communication Systems is one of Europe's largest academic centres for wireless research, with a 5G and 6G testbed that spans our campus and partnerships with operators and equipment makers.

We are seeking a Research Associate in Machine Learning for Radio Resource Management, a three-year post funded by a national research council grant. You will develop learning-based scheduling algorithms and test them on our over-the-air testbed.`,
    sector: null,
    lang: 'en',
    why: 'university: education is unclassified, whatever it researches',
  },
  {
    id: 'rt-116',
    company: 'Brightwell Energy Supply Ltd',
    text: `Brightwell is a retail energy supplier. We buy electricity and gas on the wholesale market and sell it to 1.1 million homes and small businesses across Great Britain, with smart tariffs that reward customers for using power when it's cheap and green. We don't own power stations or pipes; we're the name on the bill, and we try hard to make that bill make sense.

We're hiring a Pricing Analyst in Leeds to model tariffs, hedge costs and customer switching, and to test new time-of-use tariffs with customers who own an electric car or a heat pump.

Perks
- Employee energy discount of 20%
- 27 days' holiday plus bank holidays
- Private health insurance
- Cycle-to-work scheme and season-ticket loan`,
    sector: null,
    lang: 'en',
    why: "energy supplier: 'retail' here means selling energy, unclassified",
  },
  {
    id: 'rt-117',
    company: 'Fettle Vets',
    text: `Fettle Vets is a group of 58 veterinary practices and two referral hospitals across Scotland and the North of England. Our vets and nurses see around 600,000 pets a year, and each practice has a small shop counter selling food, flea treatments and toys.

We're looking for a Data Analyst in Edinburgh to bring together practice management, pharmacy and client data and help our clinical directors understand patterns in care.`,
    sector: null,
    lang: 'en',
    why: 'vets are unclassified, even with a shop counter',
  },
  {
    id: 'rt-118',
    company: 'Telerscoöperatie Westland Vers',
    text: `Westland Vers is een coöperatie van 140 glastuinbouwbedrijven in het Westland en de Oostland. Samen telen onze leden tomaten, paprika's en komkommers, en wij verkopen hun oogst aan supermarktketens en groothandels in Nederland, Duitsland en Scandinavië.

We zoeken een Data Analist Afzetplanning in Honselersdijk die oogstprognoses van leden koppelt aan de vraag van onze afnemers.`,
    sector: null,
    lang: 'nl',
    why: "growers' cooperative: agriculture, though it sells to supermarkets",
  },
  {
    id: 'rt-119',
    company: 'Ashdown Vale LLP',
    text: `Ashdown Vale is a law firm of 140 lawyers in London and Brussels, known for its work in telecoms, media and technology. We advise mobile operators, fibre builders and tower companies on spectrum auctions, network sharing deals and regulatory disputes.

We are looking for a Legal Data Analyst to join our knowledge and innovation team, building tools that help our lawyers search precedent and track regulatory consultations.`,
    sector: null,
    lang: 'en',
    why: 'law firm; telecom clients do not make it Telecom',
  },
  {
    id: 'rt-120',
    company: 'Lindqvist & Partners',
    text: `Lindqvist & Partners is a management consultancy with offices in Munich, Hamburg and Vienna. We help executives in telecommunications, retail and consumer goods set strategy, reorganise and make large transformations stick. Recent projects include a store network review for a fashion chain and a cost programme for a mobile operator.

We are hiring a Data Science Consultant to build the analyses behind our recommendations.`,
    sector: null,
    lang: 'en',
    why: 'management consultancy is unclassified',
  },
  // Automotive & Manufacturing: makers of goods sold in shops
  {
    id: 'rt-121',
    company: 'Crumbworth Foods Ltd',
    text: `You've probably eaten our crisps without knowing it. Crumbworth makes more than 400 million packs of crisps, popcorn and savoury snacks a year at our two factories in Lincolnshire, under our own Crumbworth and Fenland Gold brands and as own-label for most of the big UK supermarkets.

We're hiring a Data Scientist (Manufacturing Analytics) to work with our production and engineering teams on fryer yield, seasoning consistency and line downtime. The data is there: every fryer, seasoning drum and bagger on site logs to our historian every second. What's missing is someone who can turn it into decisions a shift manager trusts at 4 a.m.

You'll be based at our Spalding site at least three days a week, with a company car allowance, a staff shop full of broken-bag bargains and an annual bonus tied to plant performance.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes snacks; supermarkets only sell them',
  },
  {
    id: 'rt-122',
    company: 'Brauerei Hopfenthal GmbH',
    text: `Seit 1871 brauen wir in Hopfenthal bei Bamberg Bier nach fränkischer Art. Heute füllen wir jährlich 480.000 Hektoliter Bier und Limonade ab, die man in Getränkemärkten, Supermärkten und rund 2.000 Gaststätten in Süddeutschland findet.

Zur Verstärkung unseres Teams suchen wir eine/n Prozessingenieur/in Digitalisierung (m/w/d), die/der Sensordaten aus Sudhaus, Gärkeller und Abfüllung auswertet und unsere Anlagen effizienter macht.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'brewery makes drinks; shops are its channel',
  },
  {
    id: 'rt-123',
    company: 'Laboratoires Cévenne',
    text: `Qui sommes-nous ?
Les Laboratoires Cévenne conçoivent et fabriquent des soins pour le visage et le corps dans notre usine d'Alès depuis 1962. Nos crèmes et huiles sont vendues en parfumerie, en grands magasins et dans 7 000 pharmacies en Europe.

Nous recrutons un·e Data Scientist pour l'équipe Industrie 4.0, afin d'analyser les données de nos lignes de fabrication et de conditionnement et d'anticiper les dérives de qualité.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'makes cosmetics in its own plant; shops and pharmacies only sell them',
  },
  {
    id: 'rt-124',
    company: 'Kettlebrook Pet Nutrition',
    text: `<p><strong>About Kettlebrook</strong></p><p>Kettlebrook Pet Nutrition makes premium dog and cat food at our kitchens in Kansas and Pennsylvania. Our recipes are sold in more than 9,000 pet specialty stores, grocery chains and online retailers across North America.</p><p><strong>The role</strong></p><p>We&rsquo;re hiring a Demand Planning Analyst to forecast retailer orders by SKU and plant, and help our factories plan production runs.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes pet food; stores are its customers',
  },
  {
    id: 'rt-125',
    company: 'Swachh Home Products Pvt. Ltd.',
    text: `Swachh Home Products manufactures detergents, dishwash bars, floor cleaners and toilet cleaners at four plants in Gujarat, Uttarakhand and Tamil Nadu. Our brands reach over 1.6 million kirana stores, supermarkets and e-commerce platforms across India through 3,000 distributors.

We are looking for a Sales Analytics Manager (Ahmedabad) to analyse secondary sales, distributor stock and outlet coverage, and to build the reports our field sales force uses.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes household goods; kirana stores are its outlets',
  },
  {
    id: 'rt-126',
    company: 'Pindsvin Toys ApS',
    text: `Pindsvin designs and makes wooden toys in Aarhus, Denmark: stacking rings, push-along animals, train sets and dolls' houses, made from beech in our own workshop and finished with water-based paints. Toy shops, concept stores and department stores in 30 countries sell them, and so does our own webshop.

We're looking for a Production Planner with strong Excel and data skills to plan our workshop and raw-material purchasing.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes the toys it sells; shops are its channel',
  },
  {
    id: 'rt-127',
    company: 'Torrefazione Balestri S.p.A.',
    text: `Chi siamo
Dal 1953 tostiamo caffè a Verona. Oggi i nostri due stabilimenti producono 18.000 tonnellate di caffè all'anno tra grani, macinato e capsule, distribuiti nella grande distribuzione italiana, in 11.000 bar e in 40 paesi nel mondo.

Cerchiamo un/una Data Analyst Supply Chain per ottimizzare la pianificazione della produzione e la previsione della domanda per canale.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'coffee roaster makes food; supermarkets and bars sell it',
  },
  {
    id: 'rt-128',
    company: 'Chocolaterie Van Hecke NV',
    text: `Chocolaterie Van Hecke maakt sinds 1926 pralines en chocoladerepen in Roeselare. We verkopen ze in onze 22 eigen winkels in België, maar het grootste deel gaat via supermarkten, luchthavenwinkels en importeurs naar meer dan 50 landen.

Voor onze fabriek zoeken we een Data Engineer die de gegevens van onze productielijnen, kwaliteitscontrole en planning samenbrengt in één platform.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'makes chocolate; its own shops are one channel',
  },
  {
    id: 'rt-129',
    company: 'Móveis Carvalhal, S.A.',
    text: `&lt;p&gt;&lt;strong&gt;Sobre nós&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;A Carvalhal fabrica móveis de madeira maciça em Paços de Ferreira desde 1971. Tudo o que vendemos – mesas, camas, cómodas e estantes – sai da nossa fábrica, e chega aos clientes através dos nossos 14 showrooms em Portugal e Espanha e da nossa loja online.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Função&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Procuramos um(a) Engenheiro(a) de Processos para digitalizar o planeamento da produção.&lt;/p&gt;`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
    why: 'makes the furniture it sells in its own showrooms',
  },
  {
    id: 'rt-130',
    company: 'Confecciones Arrieta S.A.',
    text: `Confecciones Arrieta diseña y fabrica ropa de punto en su taller de Igualada desde 1958. Nuestros jerséis y chaquetas se venden en nuestras 12 tiendas, en grandes almacenes de España y Francia y a través de distribuidores en Japón. Más de 200 personas trabajan en corte, confección y acabado.

Buscamos un/a Ingeniero/a de Organización Industrial para mejorar la planificación de la producción y los tiempos de nuestras líneas de confección.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'brand that makes its clothes in its own workshop',
  },
  // Information Technology with retail or telecom clients among many
  {
    id: 'rt-131',
    company: 'Tallyhouse Data Ltd',
    text: `# About Tallyhouse
Tallyhouse is a data and analytics consultancy of 120 people in London and Edinburgh. We build data platforms, forecasting models and dashboards for clients across retail, telecoms, insurance, energy and the public sector, typically on Snowflake, Databricks or BigQuery. We're vendor-neutral and we like to leave our clients able to run what we build without us.

# The role
We're hiring a Senior Data Engineer to lead delivery on two new engagements:
- a grocery retailer's pricing data platform, replacing 400 spreadsheets
- a mobile operator's move of its customer data from on-premise Hadoop to the cloud

# You
- Have led a small engineering team on a client project
- Write good SQL and Python and know at least one cloud well
- Can explain a data model to a finance director`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data consultancy serving many industries',
  },
  {
    id: 'rt-132',
    company: 'Lattice Data Centres Pte. Ltd.',
    text: `Lattice operates five data centres in Singapore, Johor and Jakarta, with 140 MW of capacity for cloud providers, banks, e-commerce platforms and telecom carriers. Customers rent cages and racks, connect to each other across our meet-me rooms, and use our managed cloud and backup services.

We are seeking a Site Reliability Engineer to automate our customer portal, monitoring and provisioning systems.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'data centres and cloud: IT, not a telecom operator',
  },
  {
    id: 'rt-133',
    company: 'Vistaar Infotech Pvt. Ltd.',
    text: `<p>Vistaar Infotech is an IT services company with 9,500 employees in Pune, Chennai, Kochi and Dallas. We build and run applications for clients in banking and insurance, retail and consumer goods, telecom and media, and healthcare.</p><p><b>Role:</b> Senior Data Engineer &ndash; Retail &amp; CPG Practice</p><p>You will design Azure data pipelines for a US department store client and support our practice in pre-sales.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'IT services firm with many verticals; a retail client is one project',
  },
  {
    id: 'rt-134',
    company: 'Helmsly',
    text: `Helmsly makes customer service software. More than 11,000 companies, including online retailers, airlines, telecom providers, banks and software companies, use Helmsly to answer their customers' emails, chats and calls from one inbox, with AI that drafts replies and routes conversations to the right agent.

We're looking for a Senior Machine Learning Engineer (Remote, US or Canada) to work on intent detection and answer suggestions.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'SaaS serving many industries',
  },
  {
    id: 'rt-135',
    company: 'Pixelhain GmbH',
    text: `Wir sind Pixelhain, eine Digitalagentur aus Leipzig mit 90 Entwicklerinnen, Designern und Projektleitenden. Wir bauen Apps und Webplattformen für Kunden aus ganz unterschiedlichen Branchen: die Kunden-App eines Mobilfunkanbieters, den Onlineshop einer Drogeriekette, das Patientenportal eines Klinikverbunds und Buchungssysteme für Verkehrsbetriebe.

Wir suchen eine/n Senior Backend Developer (m/w/d) mit Erfahrung in Kotlin oder Java.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'software agency for many industries',
  },
  {
    id: 'rt-136',
    company: 'Reelhouse',
    text: `Reelhouse is a streaming service with 14 million subscribers in North America and Europe. We license and produce films and series, from festival documentaries to our own crime dramas, and stream them to phones, TVs and game consoles in up to 4K. Subscribers can sign up directly with us or through several cable and mobile providers that bundle Reelhouse into their plans.

We're hiring a Senior Data Engineer (Los Angeles or Remote) to build the pipelines behind playback quality monitoring and our recommendations, which process about 4 billion events a day.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'streaming service is an internet platform, not an operator or broadcaster',
  },
  {
    id: 'rt-137',
    company: 'Bastion Eight Ltd',
    text: `Bastion Eight protects critical networks. Our threat detection platform and 24/7 security operations centre defend mobile operators, banks, airports, energy companies and government departments in 20 countries against intrusions and ransomware.

We are hiring a Detection Engineer (London or Tel Aviv) to write and tune detection rules, build ML models on network telemetry and investigate incidents with our analysts.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'security software serving many industries',
  },
  {
    id: 'rt-138',
    company: 'Painel Vivo Tecnologia Ltda.',
    text: `Sobre a Painel Vivo
Somos uma plataforma brasileira de BI e analytics em nuvem. Mais de 2.500 empresas, de redes de varejo e operadoras de telefonia a hospitais, indústrias e escolas, usam a Painel Vivo para conectar seus dados e criar painéis sem precisar de um time de TI.

Estamos buscando uma Pessoa Desenvolvedora Back-end Sênior (Go) para o time de Conectores, em Florianópolis ou remoto.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'BI software for many industries',
  },
  {
    id: 'rt-139',
    company: 'Sillon Search SAS',
    text: `Sillon est une API de recherche hébergée. Des sites e-commerce, des médias, des éditeurs de logiciels et des administrations l'utilisent pour ajouter à leurs sites et applications une recherche rapide, tolérante aux fautes de frappe et personnalisable, sans gérer eux-mêmes d'infrastructure.

Nous recrutons un·e Ingénieur·e Backend Rust à Bordeaux pour travailler sur notre moteur d'indexation et la recherche vectorielle.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'search API for many kinds of sites, not only shops',
  },
  {
    id: 'rt-140',
    company: 'Hoppa Games Oy',
    text: `Hoppa Games makes free-to-play mobile games. Our three puzzle titles have been downloaded 240 million times and are played by 9 million people every month on iOS and Android.

We're looking for a Data Scientist in Helsinki to work on player segmentation, live-ops experiments and in-game economy balancing. You'll work closely with game designers and have real influence on what players see next week.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: "games company: 'mobile' means phones, not a network",
  },
  {
    id: 'rt-141',
    company: 'Charla IA S.L.',
    text: `En Charla IA desarrollamos asistentes virtuales y agentes de voz con inteligencia artificial para la atención al cliente. Operadoras de telecomunicaciones, aseguradoras, cadenas de retail y compañías de transporte los usan para resolver millones de consultas al mes en español, catalán, portugués e inglés.

Buscamos un/a Machine Learning Engineer en Madrid con experiencia en modelos de lenguaje y reconocimiento de voz.

Qué harás
- Ajustar modelos de lenguaje para los casos de uso de cada cliente
- Mejorar la transcripción de llamadas con ruido y acentos regionales
- Medir la calidad de las respuestas con conjuntos de evaluación propios

Qué ofrecemos: contrato indefinido, horario flexible, seguro médico privado y formación continua.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'AI software for customer service across industries',
  },
  {
    id: 'rt-142',
    company: 'Spanlight Semiconductor Inc.',
    text: `Spanlight designs Ethernet switch and SmartNIC silicon for data center networks at hyperscalers and AI companies.

Hiring: Design Verification Engineer, Santa Clara, California. SystemVerilog/UVM, 5+ years, packet-processing experience a plus. Onsite four days a week; relocation and visa support offered.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'chips for data-centre networks are IT, not telecom equipment',
  },
  {
    id: 'rt-143',
    company: 'Brugwerk IT B.V.',
    text: `Brugwerk is een IT-consultancy met 260 consultants in Utrecht, Rotterdam en Eindhoven. We helpen organisaties met cloudmigraties, data-platforms en maatwerksoftware. Onze klanten zijn onder andere een telecomoperator, twee supermarktketens, een pensioenuitvoerder en verschillende gemeenten.

Voor ons Data & Cloud-team zoeken we een Medior Data Engineer met ervaring in Azure en Databricks.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'IT consultancy with clients in many sectors',
  },
  // More makers of goods sold in shops
  {
    id: 'rt-144',
    company: 'Northfield Frozen Foods Inc.',
    text: `Northfield Frozen Foods makes frozen pizzas, pierogies and vegetable blends at plants in Manitoba and Ontario. You'll find our products in the freezer aisle of nearly every Canadian grocery store, and our food-service range in hospital and school cafeterias.

We're hiring a Process Data Analyst (Winnipeg) to work with plant engineering on line efficiency, energy use and product giveaway.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'food maker; grocery stores sell its products',
  },
  {
    id: 'rt-145',
    company: 'Gumleaf Paints Pty Ltd',
    text: `# About us
Gumleaf Paints has made paint in Australia since 1948. Our Dandenong factory produces interior and exterior paints, primers and timber finishes that are sold through the big hardware chains, independent paint stores and our own trade centres.

# About the role
We are seeking a Quality Data Analyst to use batch, lab and customer-complaint data to reduce variation in colour and viscosity across our production lines.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'paint maker; hardware chains only sell its paint',
  },
  {
    id: 'rt-146',
    company: 'Rijwielfabriek Dekker B.V.',
    text: `Sinds 1921 bouwen we fietsen in Dieren. Elk jaar rollen er zo'n 140.000 stads-, e- en bakfietsen van onze assemblagelijnen, die verkocht worden door 1.100 fietsenwinkels in Nederland, België en Duitsland.

Voor onze fabriek zoeken we een Data Analist Productie die storingen op de lijnen, levertijden van onderdelen en kwaliteitsmeldingen inzichtelijk maakt.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'bicycle maker; bike shops sell them',
  },
  {
    id: 'rt-147',
    company: 'Kochwerk Hausgeräte GmbH',
    text: `Kochwerk develops and manufactures built-in ovens, hobs and extractor hoods at our factories in Baden-Württemberg and Slovakia. Our appliances are sold through kitchen studios, electrical retailers and online shops in 35 countries.

We are looking for a Software Engineer for Connected Appliances (m/f/d) in Stuttgart to work on the firmware and cloud backend that let customers control their oven from an app.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'appliance maker; retailers sell its products',
  },
  {
    id: 'rt-148',
    company: 'Hadley Boot Co.',
    text: `<p>Every pair of Hadley boots is cut, stitched and resoled by hand at our workshop in Lewiston, Maine, as it has been since 1907. We sell them through 12 Hadley stores, our website and about 300 independent outfitters.</p><p><strong>Now hiring:</strong> ERP &amp; Data Analyst</p><p>Help our factory and stores share one view of materials, work-in-progress and finished pairs.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes the boots it sells in its own stores',
  },
  {
    id: 'rt-149',
    company: 'Slumberfold Ltd',
    text: `Slumberfold makes mattresses and sells them straight to your door. Every mattress is built to order at our factory in West Yorkshire, rolled, boxed and delivered within five days of ordering on our website, with a 200-night trial.

We're hiring a Data Analyst to connect our website, production and delivery data, so we can see how a change to checkout affects the load on our factory next week.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'sells online but makes the mattresses itself',
  },
  {
    id: 'rt-150',
    company: 'Orchard Lane Beverages Pty Ltd',
    text: `Orchard Lane presses juice. Our facility in the Adelaide Hills turns 60,000 tonnes of South Australian apples, oranges and grapes into cold-pressed juices and sparkling drinks each year, sold in supermarkets, cafés and convenience stores around Australia and Singapore.

We're hiring an Automation & Controls Engineer to look after our PLC systems and bring line data into a central dashboard.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
  },
];
