// Test-set (test10) postings, part B: 24 in German (Germany, Austria, Switzerland), French (France, Belgium,
// Switzerland), Spanish (Spain, Mexico, Argentina, Chile), Italian, Dutch (Netherlands, Flanders), Portuguese
// (Portugal, Brazil), Polish and Swedish, and 12 in English from Ireland, New Zealand, South Africa, Kenya, the
// UAE, the Philippines, Mexico and Brazil. Employers describe themselves in their own words, a third of them at
// the end of the posting, several only through what they do.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a company made for one sector is in
// that sector, and null when the posting does not say or the business is in none of the seven.
//
// Mention decisions: a role named in the body is a role mention, the posting's own role and colleagues' alike, in
// any language ("en tant que chef de produit IA", "BI-Analysten", "analityków BI"; "MLOps engineers" → Machine
// Learning Engineer), but not the role inside a certification's name; named architectures (CNN, U-Net, LSTM,
// transformer models) and "neural networks" are Neural networks; gradient boosting, random forests, LightGBM and
// XGBoost are Decision trees; A/B tests and champion–challenger tests on live applications are Hypothesis
// testing; dashboards ("tableros", "cruscotti", "daily dashboard") alone are not Visualization, charts and
// "visualise" are; GitHub, GitLab and Git-based workflows are Git; CI/CD, Jenkins, GitHub Actions and automated
// release pipelines are Deployment pipelines; "une certification Azure ou AWS est un plus" is no certification,
// a named one (Google Professional Machine Learning Engineer) is. Harder calls:
// - t10-b-06: monitoring "la performance des modèles" in production is Model evaluation; "vulgariser des sujets
//   techniques" is Communication.
// - t10-b-25: "Deep Learning Engineer" is the Deep Learning Specialist role; "Clear written English" is
//   Communication (clear writing asked for).
// - t10-b-28: "Open to learning" is Continuous learning.
// - Sectors: a cheese dairy (t10-b-08) and a sofa factory (t10-b-23) make goods (Manufacturing); a grocery
//   wholesaler (t10-b-24) is Retail; a health insurer (t10-b-16) is Healthcare, a car and home insurer
//   (t10-b-06) Finance; a veterinary laboratory (t10-b-34), a freight terminal (t10-b-15), an energy supplier
//   (t10-b-17) and a recruiter naming no client's business (t10-b-04) are null.
// - t10-b-35: field-service scheduling software for many trades is Information Technology, not small-firm money
//   software; "feature pipelines" is Feature engineering.
// - Location traps: Bulle (FR) is the canton of Fribourg (CH), Bari (BA), Chapecó, SC and Recife, PE are not
//   Bosnia, the Seychelles or Peru, Canterbury is in New Zealand; travel to plants abroad and customers abroad
//   are not job countries.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST10_B: HoldoutCase[] = [
  {
    id: 't10-b-01',
    title: 'Data Engineer (m/w/d) Risikodaten',
    company: 'Elbtal Privatbank AG',
    location: 'Dresden',
    countryHints: ['DE'],
    format: 'raw',
    // Personio description: <p><strong> headings, plain lists.
    body: `<p><strong>Über uns</strong></p><p>Die Elbtal Privatbank betreut seit 1992 vermögende Privatkunden, Stiftungen und mittelständische Familienunternehmen in Sachsen und Thüringen. Mit 240 Mitarbeitenden verwalten wir ein Kundenvermögen von rund 6 Mrd. &euro;.</p><p><strong>Deine Aufgaben</strong></p><ul><li>Du baust und betreibst unsere Datenstrecken für Kredit-, Markt- und Liquiditätsrisiko auf Basis von Apache Spark und Python</li><li>Du löst nächtliche Batch-Exporte aus dem Kernbankensystem durch ereignisbasierte Schnittstellen mit Kafka ab</li><li>Du implementierst automatisierte Datenqualitätsprüfungen, damit unsere Meldungen an die Bankenaufsicht stimmen</li><li>Du versionierst deinen Code in Git und lieferst über unsere Jenkins-Pipelines aus</li><li>Du arbeitest eng mit dem Risikocontrolling und unseren BI-Analysten zusammen</li></ul><p><strong>Dein Profil</strong></p><ul><li>Abgeschlossenes Studium der (Wirtschafts-)Informatik oder eine vergleichbare Qualifikation</li><li>Mindestens drei Jahre Berufserfahrung mit Datenplattformen, idealerweise in einer Bank</li><li>Sicherer Umgang mit SQL, Python und Spark; Kenntnisse in Java sind ein Plus</li><li>Verständnis für regulatorische Anforderungen (BCBS 239, MaRisk) von Vorteil</li><li>Sehr gute Deutsch- und gute Englischkenntnisse</li></ul><p><strong>Was wir bieten</strong></p><ul><li>Vergütung nach Tarifvertrag für das private Bankgewerbe plus variable Vergütung</li><li>30 Urlaubstage, der 24. und 31. Dezember sind zusätzlich frei</li><li>Mobiles Arbeiten bis zu 60&nbsp;%</li><li>Deutschlandticket, Jobrad und betriebliche Altersvorsorge</li></ul><p>Wir freuen uns auf Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.</p>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['Apache Spark', 'Python', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'BIA', 'Java'],
  },
  {
    id: 't10-b-02',
    title: 'Robotik-Ingenieur (m/w/d) Montageautomation',
    company: 'Jagsttal Antriebstechnik GmbH',
    location: 'Ellwangen (Jagst), Baden-Württemberg',
    format: 'html',
    body: `# Deine Aufgaben
- Du planst und programmierst Roboterzellen, die Getriebemotoren vollautomatisch montieren und prüfen
- Du entwickelst Bahnplanung und Greifstrategien in C++ und ROS 2
- Du integrierst Kamerasysteme für die Lageerkennung von Bauteilen
- Du nimmst neue Anlagen bei uns und in unseren Werken in Tschechien und Mexiko in Betrieb
- Du analysierst Störungen systematisch und findest die Ursache, nicht nur das Symptom

# Dein Profil
- Studium der Mechatronik, Elektrotechnik oder Informatik
- Erfahrung mit Industrierobotern (KUKA, Fanuc oder ABB)
- Gute Kenntnisse in C++, Python von Vorteil
- Reisebereitschaft von ca. 20 %

# Unser Angebot
- Unbefristeter Arbeitsvertrag nach IG-Metall-Tarif
- 35-Stunden-Woche, Gleitzeit, 30 Tage Urlaub
- Kantine, Betriebsarzt, Fahrradleasing
- Weiterbildung in unserer eigenen Akademie

# Über Jagsttal Antriebstechnik
Wir entwickeln und fertigen Getriebemotoren, Frequenzumrichter und Antriebssteuerungen für Förderanlagen, Verpackungsmaschinen und Intralogistik. 1.900 Mitarbeitende an fünf Standorten, davon 1.100 in Ellwangen, bauen jedes Jahr über 400.000 Antriebe.
Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['C++', 'Python', 'Problem-solving'],
  },
  {
    id: 't10-b-03',
    title: 'Data Scientist (w/m/d) Netzausbau',
    company: 'Murtal Glasfaser GmbH',
    location: 'Graz, Steiermark',
    countryHints: ['AT'],
    format: 'div',
    body: `# Wer wir sind
Wir verlegen Glasfaser bis in die Wohnung: 310.000 Haushalte und 14.000 Betriebe in der Steiermark und in Kärnten surfen, telefonieren und streamen bereits über unser Netz, und jedes Jahr kommen rund 40.000 Anschlüsse dazu.

# Deine Aufgaben
- Du prognostizierst mit Regressions- und Klassifikationsmodellen, in welchen Gemeinden sich der Ausbau lohnt
- Du kombinierst Adress-, Gebäude- und Vertriebsdaten und leitest daraus aussagekräftige Merkmale für die Modelle ab
- Du gruppierst Gemeinden nach Ausbaupotenzial mit Clusterverfahren
- Du stellst deine Ergebnisse der Geschäftsführung und den Bürgermeisterinnen und Bürgermeistern verständlich vor

# Was du mitbringst
- Abgeschlossenes Studium (Statistik, Mathematik, Informatik, Geoinformatik o. ä.)
- Sehr gute Kenntnisse in Python oder R
- Erfahrung mit Geodaten (PostGIS, QGIS) ist ein Plus
- Unternehmerisches Gespür: du fragst, ob sich eine Investition rechnet

# Was wir bieten
Für diese Position gilt ein Bruttojahresgehalt ab 58.000 € (Vollzeit, lt. Kollektivvertrag); eine Überzahlung je nach Qualifikation und Erfahrung ist möglich. Dazu Homeoffice, Gleitzeit ohne Kernzeit und ein Klimaticket.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['AT'],
    mentions: ['Regression', 'Feature engineering', 'Clustering', 'Communication', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't10-b-04',
    title: 'Sachbearbeiter/in Kreditorenbuchhaltung 80–100 %',
    company: 'Seetal Stellenpartner AG',
    location: 'Luzern',
    countryHints: ['CHE'],
    format: 'double',
    body: `# Ihre Aufgaben
Für unseren Kunden, ein etabliertes Unternehmen im Raum Luzern, suchen wir per sofort oder nach Vereinbarung eine zuverlässige Persönlichkeit für die Kreditorenbuchhaltung.
- Prüfen, Kontieren und Verbuchen von Lieferantenrechnungen
- Vorbereitung der Zahlungsläufe und Abstimmung der Kreditorenkonten
- Mitarbeit beim Monats- und Jahresabschluss
- Ansprechperson für Lieferanten und interne Stellen

# Ihr Profil
- Kaufmännische Grundbildung (EFZ), Weiterbildung als Sachbearbeiter/in Rechnungswesen von Vorteil
- Erfahrung mit Abacus oder SAP
- Sehr gute MS-Office-Kenntnisse, insbesondere Excel
- Exakte, selbständige Arbeitsweise

# Unser Angebot
Eine abwechslungsreiche Stelle in einem kollegialen Team, fortschrittliche Anstellungsbedingungen und eine gute Anbindung an den öffentlichen Verkehr.

# Über uns
Seetal Stellenpartner vermittelt seit 2004 Fach- und Führungskräfte in den Bereichen Finanzen, Administration und Technik in der ganzen Zentralschweiz. Wir freuen uns auf Ihr vollständiges Dossier mit Lebenslauf, Arbeitszeugnissen und Diplomen. Bewerbungen über Drittpersonen werden nicht berücksichtigt.`,
    role: null,
    sector: null,
    countries: ['CH'],
    mentions: [],
  },
  {
    id: 't10-b-05',
    title: 'Data Scientist (H/F) – Prévision des ventes frais',
    company: 'Les Halles de Brocéliande',
    location: 'Rennes (35)',
    format: 'raw',
    // Welcome to the Jungle style: <p><strong> headings, company section last.
    body: `<p><strong>Votre mission</strong></p><p>Au sein de l&#39;équipe Data de 9 personnes, vous améliorez les prévisions de ventes des rayons frais (fruits et légumes, boucherie, boulangerie) pour réduire la casse sans créer de ruptures en magasin.</p><ul><li>Concevoir et améliorer des modèles de prévision (gradient boosting, séries temporelles) magasin par magasin</li><li>Construire des variables explicatives à partir de la météo, des promotions et des jours fériés</li><li>Mesurer la qualité des prévisions et la comparer à celle de l&#39;outil actuel</li><li>Présenter vos résultats aux chefs de rayon et à la direction commerciale</li><li>Mettre vos modèles en production avec nos data engineers (Python, Airflow, Docker)</li></ul><p><strong>Profil recherché</strong></p><ul><li>Bac+5 en statistique, data science ou école d&#39;ingénieur</li><li>2 ans d&#39;expérience minimum en prévision</li><li>Maîtrise de Python (pandas, scikit-learn) et de SQL</li><li>Curiosité pour le commerce : vous aimez passer une matinée en magasin</li></ul><p><strong>Ce que nous offrons</strong></p><ul><li>Salaire : 45&nbsp;000 &ndash; 55&nbsp;000 &euro; bruts annuels selon expérience</li><li>Intéressement et participation, 10&nbsp;% de remise dans nos magasins</li><li>Télétravail 2 jours par semaine, RTT</li><li>Mutuelle prise en charge à 70&nbsp;%</li></ul><p><strong>Qui sommes-nous&nbsp;?</strong></p><p>Les Halles de Brocéliande, ce sont 48 supermarchés et 120 magasins de proximité en Bretagne et en Pays de la Loire, une centrale d&#39;achat à Vern-sur-Seiche et 7&nbsp;200 collaborateurs. Nous travaillons avec plus de 900 producteurs locaux.</p><p>Tous nos postes sont ouverts aux personnes en situation de handicap.</p>`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'DE', 'Python', 'Docker', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't10-b-06',
    title: 'Ingénieur Machine Learning (H/F)',
    company: 'Assurances du Val de Sèvre',
    location: 'Niort (79)',
    locations: ['Lyon (69)'],
    format: 'html',
    body: `# Qui sommes-nous ?
Assureur mutualiste depuis 1934, nous assurons les voitures, les habitations et la responsabilité professionnelle de 1,6 million de sociétaires, artisans et commerçants pour la plupart. Nos 3 100 collaborateurs travaillent à Niort, à Lyon et dans 85 agences.

# Vos missions
- Industrialiser les modèles de tarification et de détection de la fraude conçus par nos data scientists
- Développer des API de scoring en Python (FastAPI) et les déployer sur Kubernetes
- Suivre les modèles en production : dérive des données, temps de réponse, performance des modèles
- Mettre en place MLflow pour le suivi des expériences et le registre de modèles
- Automatiser les tests et les mises en production avec GitLab CI

# Votre profil
- Bac+5 en informatique ou en mathématiques appliquées
- 3 ans d'expérience en MLOps ou en développement logiciel
- Très bonne maîtrise de Python, Docker et Kubernetes
- Une certification Azure ou AWS est un plus
- Esprit d'équipe et capacité à vulgariser des sujets techniques

# Rémunération et avantages
Entre 48 et 60 k€ bruts annuels sur 13 mois, intéressement, 28 jours de congés et 20 RTT, télétravail jusqu'à 3 jours par semaine. Poste basé à Niort ou à Lyon.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['DS', 'Python', 'APIs', 'Kubernetes', 'Model evaluation', 'MLflow', 'Git', 'Deployment pipelines', 'Docker', 'Communication'],
  },
  {
    id: 't10-b-07',
    title: 'Chef de produit IA (H/F/X)',
    company: 'Passerelle Emploi Hainaut',
    location: 'Charleroi, Hainaut',
    countryHints: ['BE'],
    format: 'div',
    body: `# Qui sommes-nous ?
Passerelle Emploi est le service public de l'emploi et de la formation de la province de Hainaut. Chaque année, nos 1 400 agents accompagnent 180 000 demandeurs d'emploi et 9 000 employeurs, dans 26 bureaux de Mouscron à Chimay.

# Votre fonction
Nous développons un assistant qui propose à chaque conseiller les offres d'emploi et les formations les plus pertinentes pour la personne qu'il reçoit. En tant que chef de produit IA, vous :
- définissez la vision et la feuille de route du produit avec les conseillers et la direction
- travaillez au quotidien avec deux data scientists et un ingénieur machine learning
- fixez avec eux les critères d'évaluation des recommandations et suivez leur qualité
- veillez au respect du RGPD et du règlement européen sur l'IA
- présentez l'avancement aux comités de direction

# Votre profil
- Master, toutes orientations
- 3 ans d'expérience en gestion de produit numérique
- Intérêt pour l'impact social et sens du service public
- Excellentes capacités de communication

# Notre offre
Contrat à durée indéterminée, barème A6 de la fonction publique provinciale, chèques-repas, 32 jours de congé et télétravail 2 jours par semaine.`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['BE'],
    mentions: ['AIPM', 'DS', 'MLE', 'Model evaluation', 'Communication'],
  },
  {
    id: 't10-b-08',
    title: 'Laborantin·e en microbiologie alimentaire (80–100 %)',
    company: 'Fromagerie de la Sarine SA',
    location: 'Bulle (FR)',
    format: 'text',
    body: `Chaque jour, nous transformons 600 000 litres de lait livrés par 380 exploitations de la Gruyère et de la Veveyse en gruyère, raclette, beurre et crème. Notre site de Bulle emploie 260 personnes.

# Vos tâches
- Analyses microbiologiques du lait, des produits en cours de fabrication et des produits finis
- Prélèvements d'environnement dans les halles de fabrication
- Saisie des résultats dans notre LIMS
- Participation aux audits IFS et aux inspections cantonales

# Votre profil
- CFC de laborantin·e orientation biologie ou formation jugée équivalente
- Expérience en laboratoire alimentaire, un atout
- Bonne maîtrise du français, connaissances d'allemand appréciées
- Rigueur, autonomie et esprit d'équipe

# Nous offrons
- Horaire en deux équipes (6h–14h30 / 13h–21h30), un samedi par mois
- 5 semaines de vacances, 13e salaire
- Caisse de pension au-delà du minimum LPP

Lieu de travail : Bulle, canton de Fribourg (Suisse).`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['CH'],
    mentions: [],
  },
  {
    id: 't10-b-09',
    title: 'Científico/a de Datos',
    company: 'Farmacias Moncayo',
    location: 'Zaragoza',
    countryHints: ['ES'],
    format: 'escaped',
    body: `# Qué harás
- Predecir la demanda de más de 14.000 referencias (medicamentos, dermocosmética, ortopedia) en cada farmacia
- Diseñar modelos de regresión y de árboles de decisión (XGBoost) y validarlos frente al sistema de reposición actual
- Segmentar a los clientes de nuestro programa de fidelización con técnicas de clustering
- Analizar los test A/B de la app y de la web
- Explicar los resultados de forma sencilla a los farmacéuticos titulares y al equipo de compras

# Qué buscamos
- Grado o máster en Matemáticas, Estadística, Ingeniería o similar
- 2+ años de experiencia con Python (pandas, scikit-learn) y SQL
- Valorable: experiencia con Power BI
- Ganas de seguir aprendiendo y de compartir lo que sabes

# Qué ofrecemos
- Salario de 38.000 a 46.000 € brutos anuales
- Jornada intensiva los viernes y en agosto
- Seguro médico y 20 % de descuento en parafarmacia
- Formación continua

# Quiénes somos
Farmacias Moncayo es una red de 64 farmacias en Aragón, La Rioja y Navarra con servicio de formulación magistral, seguimiento farmacoterapéutico y venta online de parafarmacia. Somos 700 personas, la mitad farmacéuticos y farmacéuticas.
En Farmacias Moncayo valoramos la diversidad y garantizamos la igualdad de oportunidades en el acceso al empleo.`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['ES'],
    mentions: ['Regression', 'Decision trees', 'Model evaluation', 'Clustering', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Power BI', 'Continuous learning'],
  },
  {
    id: 't10-b-10',
    title: 'Ingeniero(a) de Visión por Computadora',
    company: 'Estampados Laja S.A. de C.V.',
    location: 'Silao, Gto.',
    countryHints: ['MEX'],
    format: 'raw',
    // Oracle Recruiting description: <div><b> headings, lists, closing address line.
    body: `<div><b>¿Quiénes somos?</b></div><div>Estampamos y soldamos piezas de carrocería &ndash; pisos, postes, refuerzos de puertas &ndash; para las armadoras de El Bajío. Nuestra planta de Silao opera tres turnos y entrega 2,5 millones de ensambles al año justo a tiempo.</div><div><b>Responsabilidades</b></div><ul><li>Desarrollar sistemas de inspección visual que detecten grietas, arrugas y puntos de soldadura faltantes</li><li>Entrenar redes convolucionales de segmentación tipo U-Net con TensorFlow a partir de imágenes de la línea</li><li>Medir la tasa de detección y de falsos rechazos de cada modelo antes de liberarlo a producción</li><li>Desplegar los modelos en equipos de borde con Docker</li><li>Documentar y dar soporte a los técnicos de mantenimiento en los tres turnos</li></ul><div><b>Requisitos</b></div><ul><li>Ingeniería en Mecatrónica, Electrónica, Sistemas o afín</li><li>2 años de experiencia en visión artificial (OpenCV, Python)</li><li>Inglés técnico intermedio</li><li>Disponibilidad para rotar turnos durante arranques de proyecto</li></ul><div><b>Ofrecemos</b></div><div>Sueldo competitivo, vales de despensa, fondo de ahorro, comedor subsidiado, transporte desde León e Irapuato y prestaciones superiores a las de ley.</div><div>Silao de la Victoria, Guanajuato.</div>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['MX'],
    mentions: ['Neural networks', 'TensorFlow', 'Model evaluation', 'Docker', 'Python'],
  },
  {
    id: 't10-b-11',
    title: 'Analista Senior de Business Intelligence',
    company: 'Consorcio Metropolitano de Movilidad',
    location: 'Mendoza, Argentina',
    format: 'html',
    body: `# Tu rol
Vas a construir los tableros con los que el Consorcio sigue, día a día, la puntualidad, la ocupación y la recaudación de las 92 líneas de colectivo del área metropolitana.
- Diseñar y mantener tableros en Power BI para la dirección y para los municipios asociados
- Modelar datos de validaciones de boletos, GPS de las unidades y reclamos de vecinos
- Depurar y corregir los datos de GPS antes de publicarlos
- Visualizar en mapas la demanda por parada y franja horaria
- Presentar hallazgos a intendentes, concejales y empresas operadoras

# Requisitos
- Título en Ingeniería, Economía, Estadística o afines
- 4 años de experiencia en BI
- SQL avanzado y Power BI (DAX); Python deseable
- Capacidad para explicar datos a personas no técnicas

# Ofrecemos
Planta permanente, obra social, jornada de 35 horas semanales y capacitación.

# Sobre el Consorcio
El Consorcio Metropolitano de Movilidad es el organismo público que planifica, regula y controla el transporte público de pasajeros de los seis departamentos del Gran Mendoza. Depende del Gobierno de la Provincia y de los municipios que lo integran.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['AR'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Python'],
  },
  {
    id: 't10-b-12',
    title: 'Ejecutivo(a) Comercial Pymes – Zona Sur',
    company: 'Cobralisto SpA',
    location: 'Concepción, Región del Biobío',
    format: 'double',
    body: `# Quiénes somos
Nuestros lectores de tarjetas y links de pago permiten a 90.000 almacenes, ferreterías, peluquerías y emprendedores de todo Chile cobrar con débito, crédito y prepago, y recibir su plata al día hábil siguiente.

# Tu desafío
- Visitar comercios de Concepción, Talcahuano, Chillán y Los Ángeles y sumarlos a Cobralisto
- Gestionar tu cartera en Salesforce y cumplir metas mensuales de afiliación
- Capacitar a los clientes en el uso del lector y de la app
- Detectar oportunidades de venta cruzada, como créditos para capital de trabajo

# Lo que buscamos
- 2 años de experiencia en venta en terreno, idealmente de servicios financieros o de telecomunicaciones
- Licencia de conducir clase B al día
- Buena comunicación y orientación a resultados
- Manejo de Excel

# Lo que ofrecemos
Sueldo base + comisiones sin tope (renta promedio $1.400.000 líquidos), auto de la empresa, celular, seguro complementario de salud y día libre de cumpleaños.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CL'],
    mentions: ['Communication'],
  },
  {
    id: 't10-b-13',
    title: 'Ingegnere NLP (Senior)',
    company: 'Sintassi Lab S.r.l.',
    location: 'Torino (TO)',
    format: 'raw',
    // inRecruiting description: <p><b> headings with <br>, accented letters as entities.
    body: `<p><b>Chi siamo</b><br>Sintassi Lab sviluppa assistenti virtuali e motori di ricerca semantica in italiano per clienti molto diversi: comuni, studi legali, case editrici, utility e catene di negozi. Siamo 45 persone, met&agrave; a Torino e met&agrave; in giro per l&rsquo;Italia.</p><p><b>Cosa farai</b></p><ul><li>Addestrerai e adatterai modelli transformer per classificazione, estrazione di entit&agrave; e risposta a domande, con PyTorch e Hugging Face</li><li>Costruirai set di valutazione con i nostri linguisti e misurerai la qualit&agrave; delle risposte prima di ogni rilascio</li><li>Esporrai i modelli come API e li porterai in produzione con Docker e Kubernetes</li><li>Lavorerai con il nostro product manager e con i data engineer dei clienti</li></ul><p><b>Cosa cerchiamo</b></p><ul><li>Laurea magistrale o dottorato in Informatica, Linguistica computazionale o affini</li><li>Almeno 3 anni di esperienza in NLP con Python</li><li>Ottima padronanza dell&rsquo;italiano scritto; inglese tecnico</li><li>Abitudine a lavorare con Git e con la code review</li></ul><p><b>Cosa offriamo</b></p><ul><li>RAL 45.000&ndash;58.000 &euro; in base all&rsquo;esperienza</li><li>CCNL Commercio, buoni pasto da 8 &euro;, welfare aziendale</li><li>Lavoro da remoto da tutta Italia, con due giorni al mese in ufficio a Torino</li></ul><p>La ricerca &egrave; rivolta a candidati di entrambi i sessi ai sensi della L. 903/77 e del D.Lgs. 198/2006.</p>`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['IT'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'APIs', 'Docker', 'Kubernetes', 'DE', 'Python', 'Git'],
  },
  {
    id: 't10-b-14',
    title: 'Addetto/a alla vendita – negozio Bari centro (part-time 24h)',
    company: 'Murgia Mobile S.p.A.',
    location: 'Bari (BA)',
    format: 'div',
    body: `# Di cosa ti occuperai
- Accoglierai i clienti nel nostro negozio di via Sparano e li aiuterai a scegliere offerte mobile, fibra e smartphone
- Attiverai SIM, portabilità del numero e contratti fibra
- Gestirai la cassa e l'esposizione della merce
- Darai assistenza su bollette e problemi di linea, insieme al servizio clienti

# Cosa chiediamo
- Diploma di scuola superiore
- Almeno un anno di esperienza nella vendita al dettaglio
- Disponibilità a lavorare nel weekend su turni
- Doti comunicative e orientamento al cliente

# Cosa offriamo
Contratto part-time 24 ore a tempo indeterminato (CCNL Telecomunicazioni), provvigioni sulle attivazioni, smartphone e offerta aziendale gratuiti, formazione iniziale di due settimane a Milano.

# Chi siamo
Murgia Mobile è l'operatore di telefonia mobile e fibra nato in Puglia nel 2009: oggi abbiamo 3,1 milioni di clienti nel Sud Italia, una rete 5G in 1.200 comuni e 140 negozi monomarca.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IT'],
    mentions: ['Communication'],
  },
  {
    id: 't10-b-15',
    title: 'Sviluppatore/Sviluppatrice BI',
    company: 'Nodo Logistico Adige S.p.A.',
    location: 'Verona (VR)',
    format: 'double',
    body: `# Chi siamo
Nodo Logistico Adige gestisce un terminal intermodale di 250 ettari alle porte di Verona: ogni giorno 110 treni merci collegano i nostri binari con Germania, Paesi Bassi e Scandinavia, e 4.000 camion entrano ed escono dai varchi. Offriamo anche magazzini in affitto e servizi doganali.

# Il ruolo
Cerchiamo una persona che porti ordine nei dati di terminal, magazzini e dogana.
- Progettare il data warehouse e i flussi ETL su SQL Server
- Sviluppare report e cruscotti in Power BI per direzione, clienti e imprese ferroviarie
- Creare grafici chiari sui tempi di sosta di treni e camion
- Raccogliere i requisiti dai responsabili operativi e tradurli in indicatori

# Requisiti
- Laurea in Ingegneria gestionale, Informatica, Economia o affini
- 3 anni di esperienza con Power BI e SQL
- Conoscenza di Python o R gradita
- Buona conoscenza dell'inglese e del tedesco

# Offriamo
Contratto a tempo indeterminato CCNL Logistica, Trasporto Merci e Spedizione, RAL 38.000–44.000 €, mensa aziendale e parcheggio riservato.`,
    role: 'BIA',
    sector: null,
    countries: ['IT'],
    mentions: ['Power BI', 'Visualization', 'Python', 'R'],
  },
  {
    id: 't10-b-16',
    title: 'Data Scientist Zorginkoop',
    company: 'Veluwezorg Verzekeringen',
    location: 'Apeldoorn',
    countryHints: ['NL'],
    format: 'escaped',
    body: `# Wat ga je doen?
Als data scientist bij de afdeling Zorginkoop help je onze inkopers om met ziekenhuizen, wijkverpleging en ggz-aanbieders betere afspraken te maken.
- Je voorspelt zorgkosten per regio en per aandoening met regressiemodellen en gradient boosting
- Je spoort afwijkende declaratiepatronen op voor de afdeling Controle
- Je controleert declaratiedata en corrigeert fouten voordat ze in analyses terechtkomen
- Je vertaalt je bevindingen naar heldere adviezen en presenteert ze aan zorginkopers en management

# Wat vragen we?
- Een afgeronde master in econometrie, statistiek, data science of een vergelijkbare richting
- Minimaal 3 jaar ervaring met Python of R
- Ervaring met Git en werken met code reviews
- Gevoel voor wat er voor de organisatie financieel op het spel staat

# Wat bieden we?
- Een salaris van € 4.600 tot € 6.500 bruto per maand (schaal 10)
- Een 13e maand en 8% vakantiegeld
- Een 36-urige werkweek en hybride werken
- Korting op je eigen zorgverzekering

# Over Veluwezorg
Veluwezorg is een zorgverzekeraar zonder winstoogmerk. We verzekeren 620.000 mensen in Gelderland en Overijssel voor hun basisverzekering en aanvullende pakketten, en kopen jaarlijks voor 2,4 miljard euro zorg in.`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['NL'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Data cleaning', 'Communication', 'Python', 'R', 'Git', 'Business acumen'],
  },
  {
    id: 't10-b-17',
    title: 'Medewerker Klantenservice (32–40 uur)',
    company: 'IJsselstroom Energie',
    location: 'Zwolle',
    countryHints: ['NLD'],
    format: 'text',
    body: `Bij IJsselstroom Energie leveren we groene stroom en gas aan 280.000 huishoudens en mkb-bedrijven in heel Nederland. Onze stroom komt uit windparken en zonnevelden in Overijssel, Flevoland en Friesland.

# Wat ga je doen?
- Je beantwoordt vragen van klanten via telefoon, chat en e-mail over jaarafrekeningen, termijnbedragen en verhuizingen
- Je verwerkt meterstanden en past termijnbedragen aan in ons klantsysteem
- Je maakt betalingsregelingen met klanten die hun rekening niet in één keer kunnen betalen
- Je geeft verbeterpunten door aan het team Processen

# Wat neem je mee?
- Mbo-4 werk- en denkniveau
- Je bent klantvriendelijk, geduldig en schriftelijk sterk
- Je kunt goed luisteren en legt ingewikkelde zaken eenvoudig uit

# Wat krijg je?
- € 2.750 tot € 3.300 bruto per maand op basis van 40 uur
- Een inwerkperiode van zes weken
- Thuiswerken na je inwerkperiode, met een thuiswerkvergoeding
- Reiskostenvergoeding en 27 vakantiedagen`,
    role: null,
    sector: null,
    countries: ['NL'],
    mentions: ['Communication'],
  },
  {
    id: 't10-b-18',
    title: 'Machine learning engineer (m/v/x)',
    company: 'Verkeerscentrum Scheldeland',
    location: 'Gent, Oost-Vlaanderen',
    format: 'raw',
    // Recruitee description: <h2> headings, typographic apostrophes as entities.
    body: `<h2>Wie zijn wij?</h2><p>Verkeerscentrum Scheldeland is de intergemeentelijke dienst die voor 19 steden en gemeenten in Oost-Vlaanderen de verkeerslichten, de parkeergeleiding en de camera&rsquo;s langs de invalswegen beheert. We zijn een publiekrechtelijke vereniging met 85 medewerkers.</p><h2>Jouw job</h2><p>Je bouwt mee aan modellen die de verkeersdrukte een uur vooruit voorspellen, zodat onze operatoren de lichten op tijd kunnen bijsturen.</p><ul><li>Je brengt modellen van onze data scientists in productie als API&rsquo;s</li><li>Je zet pipelines op voor hertraining en continue integratie met GitHub Actions</li><li>Je bewaakt de voorspelkwaliteit en vergelijkt nieuwe modellen met de huidige voordat ze live gaan</li><li>Je verwerkt streaming data van 2.400 detectielussen en camera&rsquo;s via Kafka</li></ul><h2>Jouw profiel</h2><ul><li>Master in de ingenieurswetenschappen of informatica, of gelijkwaardig door ervaring</li><li>Minstens 2 jaar ervaring met Python en Docker</li><li>Kennis van Azure Machine Learning is een plus</li><li>Je bent leergierig en houdt je kennis bij</li></ul><h2>Ons aanbod</h2><ul><li>Contract van onbepaalde duur, niveau A1a&ndash;A2a (bruto &euro; 3.900 &ndash; &euro; 6.100 per maand, afhankelijk van relevante ervaring)</li><li>Maaltijdcheques van &euro; 8, hospitalisatie- en groepsverzekering</li><li>35 vakantiedagen en glijdende werkuren</li><li>Fietsvergoeding en gratis openbaar vervoer woon-werk</li></ul><p>Wij werven aan op basis van competenties, ongeacht leeftijd, gender, afkomst of beperking.</p>`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['BE'],
    mentions: ['DS', 'APIs', 'Deployment pipelines', 'Git', 'Model evaluation', 'Kafka', 'Python', 'Docker', 'Microsoft Azure ML', 'Continuous learning'],
  },
  {
    id: 't10-b-19',
    title: 'Engenheiro(a) de Machine Learning – Pesquisa e Recomendações',
    company: 'Ribalta Marketplace, S.A.',
    location: 'Lisboa',
    countryHints: ['PRT'],
    format: 'html',
    body: `# O que vais fazer
- Melhorar a pesquisa e as recomendações de produtos que 3 milhões de pessoas usam todos os meses
- Treinar modelos de ranking com LightGBM e redes neuronais em TensorFlow
- Criar e manter features a partir de cliques, compras e avaliações em Apache Spark
- Avaliar cada modelo offline e em testes A/B antes de o lançar para todos
- Colocar modelos em produção no AWS SageMaker

# O que procuramos
- 3+ anos de experiência em machine learning em produção
- Python e SQL fluentes
- Experiência com sistemas de recomendação ou de pesquisa
- Inglês fluente (a equipa é internacional)

# O que oferecemos
Salário entre 55.000 € e 70.000 € brutos anuais, seguro de saúde, subsídio de refeição em cartão, 25 dias úteis de férias e trabalho híbrido no nosso escritório do Cais do Sodré.

# Sobre nós
Na Ribalta juntamos 4.200 lojas portuguesas e espanholas num só sítio: os clientes encontram de livros usados a frigoríficos, pagam uma só vez e recebem tudo em casa em 48 horas. Somos 380 pessoas em Lisboa, no Porto e em Madrid.`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['PT'],
    mentions: ['Decision trees', 'Neural networks', 'TensorFlow', 'Feature engineering', 'Apache Spark', 'Model evaluation', 'Hypothesis testing', 'AWS SageMaker', 'Python'],
  },
  {
    id: 't10-b-20',
    title: 'Cientista de Dados Pleno – Crédito Rural',
    company: 'Cooperativa de Crédito Taquaruçu',
    location: 'Chapecó, SC',
    countryHints: ['BR'],
    format: 'double',
    body: `# Quem somos
Somos uma cooperativa de crédito com 210 mil associados no oeste de Santa Catarina e no sudoeste do Paraná. Nas nossas 74 agências, produtores rurais, pequenos comerciantes e famílias abrem conta, investem e tomam crédito com taxas justas — e dividem as sobras no fim do ano.

# O que você vai fazer
- Desenvolver modelos de risco de crédito para custeio e investimento agrícola, com regressão logística e random forests
- Criar variáveis a partir de dados de safra, clima e movimentação da conta
- Validar o desempenho dos modelos com backtesting e acompanhar sua estabilidade
- Apresentar os resultados ao comitê de crédito e às gerências das agências

# Requisitos
- Graduação em Estatística, Economia, Engenharia ou Ciência da Computação
- 3 anos de experiência com modelagem de risco
- Python (pandas, scikit-learn) e SQL
- Conhecimento de Git

# Benefícios
Plano de saúde e odontológico, vale-alimentação, participação nos resultados, previdência privada e auxílio-educação.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Git'],
  },
  {
    id: 't10-b-21',
    title: 'Enfermeiro(a) Assistencial – UTI Adulto',
    company: 'Hospital Santa Luzia do Capibaribe',
    location: 'Recife, PE',
    format: 'div',
    body: `# Sobre o hospital
O Hospital Santa Luzia do Capibaribe é um hospital geral filantrópico com 320 leitos, 40 deles de UTI, referência em cardiologia e oncologia para Pernambuco e os estados vizinhos.

# Atividades
- Prestar assistência de enfermagem a pacientes críticos adultos
- Realizar a sistematização da assistência de enfermagem (SAE) e registrar no prontuário eletrônico
- Supervisionar os técnicos de enfermagem do plantão
- Participar dos protocolos de segurança do paciente e de controle de infecção

# Requisitos
- Graduação em Enfermagem e registro ativo no COREN-PE
- Especialização em terapia intensiva (desejável)
- Experiência mínima de 1 ano em UTI
- Disponibilidade para plantões 12x36, diurnos ou noturnos

# Oferecemos
Salário compatível com o piso da enfermagem, adicional noturno, insalubridade, plano de saúde, refeição no local e creche conveniada.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['BR'],
    mentions: [],
  },
  {
    id: 't10-b-22',
    title: 'Inżynier / Inżynierka Danych – Big Data',
    company: 'Odra Telekom S.A.',
    location: 'Wrocław, dolnośląskie',
    locations: ['Praca zdalna'],
    format: 'raw',
    // pracuj.pl-style description: <p><strong> section headings, lower-case list items, company last.
    body: `<p><strong>Twój zakres obowiązków</strong></p><ul><li>projektowanie i rozwój przepływów danych z sieci komórkowej i światłowodowej (ok. 25 mld rekordów dziennie) w oparciu o Apache Spark i Kafka,</li><li>migracja procesów z klastra Hadoop do chmury,</li><li>tworzenie testów jakości danych i usuwanie duplikatów w danych billingowych,</li><li>automatyzacja wdrożeń (CI/CD, GitLab),</li><li>współpraca z zespołem analityków BI i data scientistów.</li></ul><p><strong>Nasze wymagania</strong></p><ul><li>min. 3 lata doświadczenia w pracy z dużymi zbiorami danych,</li><li>bardzo dobra znajomość Pythona lub Scali oraz SQL,</li><li>doświadczenie z Dockerem i Kubernetesem,</li><li>znajomość języka angielskiego na poziomie B2.</li></ul><p><strong>To oferujemy</strong></p><ul><li>wynagrodzenie 17&nbsp;000 &ndash; 23&nbsp;000 zł brutto/mies. (umowa o pracę) lub 21&nbsp;000 &ndash; 27&nbsp;000 zł netto + VAT (B2B),</li><li>pracę hybrydową we Wrocławiu lub zdalną z dowolnego miejsca w Polsce,</li><li>prywatną opiekę medyczną, kartę sportową i ubezpieczenie na życie,</li><li>darmowy abonament komórkowy i światłowód w domu.</li></ul><p><strong>O nas</strong></p><p>Odra Telekom to operator sieci komórkowej 5G i światłowodu, który obsługuje 6,8 mln klientów w zachodniej i południowej Polsce. Zatrudniamy 4&nbsp;100 osób.</p><p>Administratorem Twoich danych osobowych jest Odra Telekom S.A. z siedzibą we Wrocławiu. Szczegóły dotyczące przetwarzania danych znajdziesz w klauzuli informacyjnej.</p>`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['PL'],
    mentions: ['Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'Deployment pipelines', 'Git', 'BIA', 'DS', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 't10-b-23',
    title: 'Specjalista / Specjalistka ds. kadr i płac',
    company: 'Meble Warta Sp. z o.o.',
    location: 'Swarzędz, wielkopolskie',
    format: 'text',
    body: `Od 1991 roku szyjemy i tapicerujemy sofy, narożniki i fotele w naszej fabryce w Swarzędzu. 650 pracowników wytwarza 1 200 mebli dziennie dla sklepów meblowych w Niemczech, Francji i Skandynawii.

# Zakres obowiązków
- naliczanie wynagrodzeń dla pracowników produkcji i biura (system akordowy, praca zmianowa)
- prowadzenie dokumentacji kadrowej i akt osobowych
- rozliczenia z ZUS, PFRON i urzędem skarbowym
- przygotowywanie raportów kadrowych dla zarządu

# Wymagania
- min. 3 lata doświadczenia w kadrach i płacach
- bardzo dobra znajomość Kodeksu pracy i przepisów ZUS
- znajomość programu Symfonia lub enova365
- dokładność i umiejętność rozwiązywania problemów

# Oferujemy
- umowę o pracę na czas nieokreślony
- pracę w godzinach 7:00–15:00
- dofinansowanie posiłków i prywatną opiekę medyczną
- zniżki na meble z naszej produkcji`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['PL'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't10-b-24',
    title: 'BI-utvecklare',
    company: 'Vätternhallen Grossist AB',
    location: 'Jönköping',
    countryHints: ['SE'],
    format: 'escaped',
    body: `# Om oss
Vätternhallen är en fristående grossist som levererar livsmedel, drycker och förbrukningsvaror till 1 800 matbutiker, restauranger och storkök i Götaland. Från vårt lager i Jönköping går 160 lastbilar ut varje natt.

# Om tjänsten
Som BI-utvecklare blir du en del av vårt analysteam på fem personer och arbetar nära inköp, lager och försäljning.
- Bygga och förvalta vårt datalager i Azure och våra rapporter i Power BI
- Visualisera lagernivåer, leveransprecision och marginaler så att de blir lätta att förstå
- Säkerställa att artikel- och kunddata är korrekta och rätta fel vid källan
- Hjälpa säljare och inköpare att ställa rätt frågor till datan

# Vem är du?
- Eftergymnasial utbildning inom systemvetenskap, ekonomi eller liknande
- Minst tre års erfarenhet av Power BI, DAX och SQL
- Du uttrycker dig väl i tal och skrift på svenska
- Erfarenhet av Python är meriterande

# Vi erbjuder
Kollektivavtal, friskvårdsbidrag på 5 000 kr, flextid och möjlighet till distansarbete två dagar i veckan. Urval sker löpande, så skicka gärna din ansökan redan i dag.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['SE'],
    mentions: ['BIA', 'Power BI', 'Visualization', 'Data cleaning', 'Communication', 'Python'],
  },
  {
    id: 't10-b-25',
    title: 'Deep Learning Engineer – Cardiac Imaging',
    company: 'Atalia Cardiac Ltd',
    location: 'Galway, Ireland',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraph, EEO line last.
    body: `<p><b>About Atalia Cardiac</b></p><p>We design and manufacture catheters and implantable heart monitors at our plant in Parkmore, Galway, and our software reads the signals and ultrasound images they capture. More than 300,000 patients in 30 countries carry one of our monitors.</p><p>&nbsp;</p><p><b>The Role</b></p><p>You will join the Imaging AI team, building models that measure heart function from echocardiography video.</p><ul><li>Design and train convolutional and transformer networks in PyTorch to segment the left ventricle</li><li>Build evaluation protocols with our cardiologists and report model performance by device, site and patient group</li><li>Curate and de-duplicate large image datasets and fix labelling errors</li><li>Write design documentation to the standard our regulatory team needs for CE marking and FDA submissions</li><li>Work with our MLOps engineers to package models in Docker for the device software</li></ul><p><b>Requirements</b></p><ul><li>MSc or PhD in computer science, biomedical engineering or a related field</li><li>3+ years of experience training neural networks for medical or other imaging</li><li>Excellent Python; C++ is an advantage</li><li>Clear written English</li></ul><p><b>What We Offer</b></p><ul><li>Competitive salary and annual bonus</li><li>8% pension contribution and private health insurance for you and your family</li><li>Education assistance and 25 days&#39; annual leave</li></ul><p>Atalia Cardiac is an equal opportunities employer. All qualified applicants will receive consideration for employment without regard to age, civil status, disability, family status, gender, membership of the Traveller community, race, religion or sexual orientation.</p>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'MLE', 'Docker', 'Python', 'C++', 'Communication'],
  },
  {
    id: 't10-b-26',
    title: 'Payroll and Office Administrator',
    company: 'Carrow Hayes Consulting',
    location: 'Dublin 2',
    countryHints: ['IRL'],
    format: 'text',
    body: `We are looking for an organised Payroll and Office Administrator to keep our Dublin office running smoothly and our 70 people paid correctly and on time.

# What you'll do
- Run fortnightly payroll for staff in the Republic and in Northern Ireland, including Revenue and HMRC submissions
- Maintain employee records, leave and expenses in our HR system
- Be the first point of contact for visitors, couriers and building management
- Organise travel and accommodation for consultants visiting clients
- Support the finance manager with month-end and supplier payments

# What you'll bring
- 2+ years in a payroll or office administration role
- IPASS qualification, or working towards it
- Confident with Excel and payroll software (BrightPay or similar)
- Discretion with confidential information

# What we offer
€38,000–€44,000, a 5% pension contribution, health insurance, hybrid working after probation and a paid day off for your birthday.

# About Carrow Hayes
Carrow Hayes is an independent management consultancy. We help the boards and leadership teams of semi-state bodies, charities and family businesses with strategy, organisation design and large change programmes. Founded in 2003, we have offices in Dublin and Belfast.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: [],
  },
  {
    id: 't10-b-27',
    title: 'Data Engineer',
    company: 'Te Awa Regional Council',
    location: 'Hamilton, Waikato',
    format: 'html',
    body: `# About the role
Our Data & Insights team is building a modern data platform so that the people who plan buses, flood defences and resource consents can trust the numbers they work from.
- Build and maintain ingestion pipelines from river sensors, bus ticketing and consenting systems into our Azure data platform
- Model data in Databricks with Apache Spark and Python
- Write data quality checks and fix issues at the source with system owners
- Keep code in Git and release through automated build and deployment pipelines
- Support our BI analysts and the occasional data scientist on contract

# About you
- 3+ years in data engineering or a similar role
- Strong SQL and Python
- Experience with Spark
- A collaborative approach and the ability to explain technical ideas to non-technical colleagues

# What we offer
Salary range NZD $105,000–$125,000, plus KiwiSaver contributions, flexible working, an extra week of leave after five years' service, and free travel on our bus network.

# About us
Te Awa Regional Council looks after the rivers, land and air of a region of 520,000 people, runs the regional bus network and plans how our towns grow. We are committed to Te Tiriti o Waitangi and to being an equal employment opportunities employer.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['NZ'],
    mentions: ['Apache Spark', 'Python', 'Data cleaning', 'Git', 'Deployment pipelines', 'BIA', 'DS', 'Communication'],
  },
  {
    id: 't10-b-28',
    title: 'Farm Assistant – 900-cow dairy unit',
    company: 'Rakaia Flats Dairy Partnership',
    location: 'Ashburton, Canterbury',
    format: 'div',
    body: `# About us
We are a family-owned partnership milking 900 cows on 320 hectares of irrigated pasture between the Rakaia and Ashburton rivers in Mid Canterbury, New Zealand. Our team of seven runs a 60-bail rotary shed.

# The job
- Milking on an 8 days on, 3 off roster
- Calf rearing in spring and young-stock work through the season
- Shifting irrigators and break-fencing
- Tractor and farm bike work, effluent management

# About you
- At least one season on a New Zealand dairy farm (keen beginners will be considered)
- A full driver's licence
- Reliable, honest and able to work as part of a team
- Open to learning — we support on-farm training and qualifications

# What we offer
$58,000–$62,000 depending on experience, a warm three-bedroom house on farm, meat and milk, and a team that finishes on time.`,
    role: null,
    sector: null,
    countries: ['NZ'],
    mentions: ['Continuous learning'],
  },
  {
    id: 't10-b-29',
    title: 'Applied Scientist – Credit Risk',
    company: 'Mopane Credit (Pty) Ltd',
    location: 'Johannesburg, Gauteng',
    locations: ['Cape Town, Western Cape'],
    format: 'escaped',
    body: `# The role
We are looking for an applied scientist to improve how we lend to customers with thin credit files.
- Research and build credit-scoring models from bank statements, airtime top-ups and repayment histories
- Compare gradient-boosted trees with sequence models (LSTMs) on repayment data
- Run champion–challenger tests on live applications and measure the effect on approvals and losses
- Backtest every model across economic cycles before it goes to the credit committee
- Write internal papers and present findings to the risk and executive committees

# Requirements
- PhD or MSc in statistics, econometrics, computer science or a related field
- Strong Python and R
- Experience with PyTorch or TensorFlow
- A sound grasp of probability and statistical inference

# Benefits
Market-related salary, medical aid and retirement fund contributions, study support and a hybrid working week in Johannesburg or Cape Town.

# About Mopane Credit
Mopane Credit is a registered credit provider offering personal loans and credit cards to 1.1 million South Africans, most of them through our app. We are an equal opportunity employer and, in line with our Employment Equity plan, preference will be given to candidates from designated groups.`,
    role: 'ARS',
    sector: SECTOR.FIN,
    countries: ['ZA'],
    mentions: ['ARS', 'Decision trees', 'Neural networks', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Python', 'R', 'PyTorch', 'TensorFlow', 'Probability'],
  },
  {
    id: 't10-b-30',
    title: 'Warehouse Shift Supervisor (Nights)',
    company: 'Tafelberg Direct',
    location: 'Montague Gardens, Cape Town',
    format: 'double',
    body: `# Who we are
South Africans order nappies, braai sets, school shoes and air fryers on our app, and we get them to their door the next day. Our Cape Town fulfilment centre picks and packs 40,000 orders a day for customers across the Western and Eastern Cape.

# Responsibilities
- Lead a shift team of 60 pickers, packers and forklift drivers
- Plan labour against forecast order volumes and hit dispatch cut-offs
- Solve problems on the floor as they happen: late trucks, stock discrepancies, equipment breakdowns
- Report shift performance in the daily dashboard and stand-up
- Keep the warehouse safe and compliant with the OHS Act

# Requirements
- Matric; a logistics diploma is an advantage
- 3+ years' supervisory experience in a warehouse or distribution centre
- Willing to work rotating day and night shifts
- A clear communicator in English and Afrikaans or isiXhosa

# What we offer
A competitive salary with a night-shift allowance, provident fund, medical aid subsidy, staff discount and transport home after night shifts.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['ZA'],
    mentions: ['Problem-solving', 'Communication'],
  },
  {
    id: 't10-b-31',
    title: 'AI Product Manager – Customer Care',
    company: 'Tausi Mobile Ltd',
    location: 'Nairobi, Kenya',
    format: 'raw',
    // SmartRecruiters sections joined: <h3> headings, lists, benefits last.
    body: `<h3>Who we are</h3><p>From Lodwar to Lamu, 9 million people use our SIM cards to call, browse and send money home. We run 3,400 cell sites across Kenya and sell airtime and data bundles through 60,000 agents, many of them roadside kiosks.</p><h3>The role</h3><p>Our customer care centre answers 120,000 calls and chats a day in English, Kiswahili and Sheng. You will own the AI products that help customers help themselves: a WhatsApp assistant, smart call routing and agent-assist tools.</p><ul><li>Own the roadmap and success metrics for AI in customer care</li><li>Work with our NLP engineers and data scientists to decide how models are evaluated before and after launch</li><li>Run A/B tests of new assistant flows against the current ones</li><li>Turn customer pain points into clear requirements and explain trade-offs to leadership</li><li>Make sure we respect the Data Protection Act in everything we ship</li></ul><h3>What you bring</h3><ul><li>5+ years in product management, 2+ of them on ML or data products</li><li>Strong commercial sense: you know what a minute of call time costs us</li><li>Comfortable reading SQL and dashboards</li></ul><h3>Benefits</h3><ul><li>Competitive pay in KES and an annual bonus</li><li>Comprehensive medical cover including dependants</li><li>Free monthly airtime and data</li></ul>`,
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: ['KE'],
    mentions: ['NLP_ENG', 'DS', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't10-b-32',
    title: 'Robotics Engineer – Facade Cleaning Robots',
    company: 'Sandglass Robotics FZ-LLC',
    location: 'Dubai Silicon Oasis, Dubai',
    countryHints: ['AE'],
    format: 'html',
    body: `# About Sandglass Robotics
We design and build robots that clean the glass facades of high-rise towers, airport terminals and solar farms. Our machines are assembled in our workshop in Dubai Silicon Oasis and work on more than 80 sites across the Gulf.

# What you will do
- Develop motion planning and control software for cable-driven and climbing robots in C++ and ROS 2
- Fuse data from lidar, cameras and load cells to keep robots safe in wind and heat
- Use reinforcement learning in simulation to tune climbing behaviour on unusual facades
- Test prototypes on site and work through failures with the mechanical team

# Requirements
- BSc or MSc in robotics, mechatronics or electrical engineering
- 3+ years of robotics software experience
- Strong C++ and Python
- A valid UAE driving licence, or able to obtain one

# Benefits
Tax-free salary, housing allowance, an annual flight home, health insurance and 30 days' leave.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['AE'],
    mentions: ['C++', 'Reinforcement learning', 'Python'],
  },
  {
    id: 't10-b-33',
    title: 'NLP Engineer',
    company: 'Lirio Language AI Inc.',
    location: 'Bonifacio Global City, Taguig',
    countryHints: ['PH'],
    format: 'div',
    body: `# What you'll do
- Build models that classify and extract information from documents and chat logs in English, Filipino and Taglish
- Fine-tune transformer models with Hugging Face and PyTorch, and benchmark them against our current rule-based systems
- Clean and label training data with our annotation team
- Serve models through REST APIs on Kubernetes
- Mentor junior engineers

# What we're looking for
- Bachelor's degree in Computer Science, Mathematics or a related field
- 3+ years of NLP or machine learning experience with Python
- Experience with Docker and Git
- The Google Professional Machine Learning Engineer certification is an advantage

# What we offer
HMO coverage from day one for you and two dependents, 13th-month pay, rice allowance, and hybrid work with three days a week in our BGC office.

# About Lirio
Lirio builds language AI for companies across the Philippines and Southeast Asia: insurers, hospitals, government agencies, retailers and BPOs use our platform to read documents and answer customer messages. We are 160 people in Taguig and Cebu.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['PH'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'APIs', 'Kubernetes', 'Python', 'Docker', 'Git', 'CERT_GCP'],
  },
  {
    id: 't10-b-34',
    title: 'Medical Technologist (Veterinary Diagnostic Laboratory)',
    company: 'Lapu Vet Diagnostics',
    location: 'Mandaue City, Cebu',
    format: 'text',
    body: `Lapu Vet Diagnostics is a veterinary laboratory serving more than 250 animal clinics and pig and poultry farms in the Visayas and Mindanao. We run blood chemistry, hematology, parasitology and PCR tests for dogs, cats, livestock and birds.

# Duties
- Process and analyse blood, urine and tissue samples from animal patients
- Run and calibrate chemistry and hematology analysers
- Release results to veterinarians through our laboratory information system
- Follow biosafety procedures and keep accurate records

# Qualifications
- Licensed Medical Technologist (PRC)
- Fresh graduates are welcome to apply
- Willing to work on a shifting schedule, including weekends

# Benefits
SSS, PhilHealth and Pag-IBIG contributions, HMO after regularisation, free uniforms and 15 days' paid leave.`,
    role: null,
    sector: null,
    countries: ['PH'],
    mentions: [],
  },
  {
    id: 't10-b-35',
    title: 'Senior Data Engineer',
    company: 'Tlalli Software',
    location: 'Guadalajara, Jal.',
    locations: ['Bogotá, Colombia'],
    countryHints: ['MX'],
    format: 'escaped',
    body: `# About Tlalli
Tlalli builds field-service software: 6,500 companies in Mexico, Colombia and the US use our app to schedule technicians, track jobs and collect customer sign-off, from elevator maintainers to pest-control firms and solar installers.

# The role
We are hiring a Senior Data Engineer in Guadalajara or Bogotá to build the data platform behind our analytics and our first machine learning features.
- Design batch and streaming pipelines with Kafka, Apache Spark and dbt on AWS
- Keep code in GitHub, orchestrate jobs with Airflow and deploy them with GitHub Actions
- Build feature pipelines for our ML engineers' job-duration and no-show models
- Own data quality: tests, deduplication and alerts

# Requirements
- 5+ years of data engineering experience
- Expert SQL and Python; Scala or Java is a plus
- Experience with Docker and Terraform
- Advanced English (our team spans three countries)

# Benefits
Salary in MXN or COP above the local market, prestaciones superiores a las de ley in Mexico, major medical insurance, remote Fridays and a yearly learning budget.`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['MX', 'CO'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Git', 'Deployment pipelines', 'Feature engineering', 'MLE', 'Data cleaning', 'Python', 'Java', 'Docker'],
  },
  {
    id: 't10-b-36',
    title: 'Product Marketing Manager – LATAM',
    company: 'Jabuticaba Interactive',
    location: 'São Paulo, SP',
    format: 'raw',
    // JSON-LD description: bold company name in the opening paragraph, <p><strong> headings.
    body: `<p><strong>Jabuticaba Interactive</strong> makes free-to-play mobile games played by 40 million people a month, from our studios in São Paulo and Florianópolis. Our football manager game is a top-10 sports title in Brazil, Mexico and Argentina.</p><p><strong>About the role</strong></p><p>You will own the go-to-market for our titles in Latin America: positioning, launch plans, creator partnerships and in-game events.</p><ul><li>Plan and run launches for new games and seasonal updates in Brazil and Spanish-speaking Latin America</li><li>Work with our data analysts to read player research and campaign results</li><li>Brief the creative and localisation teams</li><li>Manage a marketing budget and report results to the studio leads</li></ul><p><strong>Requirements</strong></p><ul><li>5+ years in product or brand marketing, ideally in games or apps</li><li>Fluent Portuguese, Spanish and English</li><li>Strong storytelling and presentation skills</li><li>Based in São Paulo (hybrid, 3 days a week in the office)</li></ul><p><strong>Benefits</strong></p><ul><li>CLT contract, health and dental plan, meal and food vouchers (VR/VA)</li><li>Gym membership, annual bonus and a yearly games budget</li></ul><p>Jabuticaba Interactive is an equal opportunity employer. We welcome people of every race, gender, sexual orientation, age, religion and disability.</p>`,
    role: null,
    sector: SECTOR.IT,
    countries: ['BR'],
    mentions: ['Communication'],
  },
];
