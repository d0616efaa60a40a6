// Test-set (test5) postings in German (Germany, Austria, Switzerland), French (France, Belgium, Quebec,
// Morocco), Spanish (Mexico, Colombia, Chile, Spain), Italian, Dutch (Netherlands, Flanders) and
// Portuguese (Portugal, Brazil), and in English from Kenya, South Africa and Indonesia. Employers introduce
// themselves in their own language, often only through what they do. Traps: an automotive "cluster",
// "tableaux de bord" beside the Tableau tool, a province code that is also a country code (BG, PR), a
// Limburg that exists in two countries, a Grade R teacher and the island of Java. Sector decisions are
// those stated at the top of cases-ml.ts.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST5_INTL: HoldoutCase[] = [
  {
    id: 't5-in-01',
    title: 'Data Scientist (m/w/d) Qualitätsprognose',
    company: 'Wetterau Gusstechnik GmbH',
    location: 'Friedberg (Hessen)',
    countryHints: ['DE'],
    format: 'html',
    body: `# Wer wir sind
Seit 1957 gießen wir Zylinderköpfe, Motorblöcke und Getriebegehäuse aus Aluminium – heute für fast alle großen Automobilhersteller Europas. An zwei Standorten in der Wetterau arbeiten 1.100 Kolleginnen und Kollegen.
# Was dich erwartet
- Du entwickelst Modelle, die Porosität und Ausschuss vorhersagen, bevor ein Bauteil in die Bearbeitung geht
- Du setzt dabei auf Regressionsmodelle, Random Forests und Gradient Boosting
- Du bereinigst Prozess- und Sensordaten aus der Gießerei und führst sie zusammen
- Du bereitest Ergebnisse verständlich für Meister und Schichtleitungen auf und präsentierst sie
# Was du mitbringst
- Studium der Statistik, Informatik, Physik oder eines ingenieurwissenschaftlichen Fachs
- Sehr gute Kenntnisse in Python (pandas, scikit-learn)
- Freude daran, in der Produktion unterwegs zu sein
- Sehr gute Deutschkenntnisse
# Was wir bieten
Tarifvertrag der Metall- und Elektroindustrie, 35-Stunden-Woche, 30 Tage Urlaub, Dienstrad-Leasing und eine Betriebskantine.
Bei uns zählt, was du kannst – nicht Herkunft, Geschlecht, Alter, Religion, Behinderung oder sexuelle Identität. Bei gleicher Eignung laden wir schwerbehinderte Menschen bevorzugt zum Gespräch ein.`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Regression', 'Decision trees', 'Data cleaning', 'Communication', 'Python', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't5-in-02',
    title: 'Machine Learning Engineer:in (Vollzeit)',
    company: 'Stadt Ennsbruck',
    location: 'Ennsbruck, Oberösterreich',
    countryHints: ['AUT'],
    format: 'div',
    body: `# Über uns
Als Magistrat der Stadt Ennsbruck kümmern wir uns um die Anliegen von rund 58.000 Bürgerinnen und Bürgern – von der Baubewilligung bis zur Kinderbetreuung. Unser Team „Digitale Stadt" entwickelt Services, die den Amtsweg ersparen.
# Deine Aufgaben
- Du entwickelst Modelle, die eingehende Anträge und E-Mails automatisch der richtigen Abteilung zuordnen
- Du evaluierst die Modelle regelmäßig und dokumentierst ihre Grenzen nachvollziehbar
- Du bringst Modelle mit Docker und CI/CD-Pipelines in unser Rechenzentrum
- Du versionierst Code und Modelle mit Git
# Dein Profil
- Abgeschlossenes Studium (Informatik, Data Science o. ä.)
- Mehrjährige Erfahrung mit Python und scikit-learn
- Sensibilität für Datenschutz (DSGVO)
# Wir bieten
Für diese Position gilt ein monatliches Mindestentgelt von € 3.890,70 brutto (Vollzeit); eine Überzahlung je nach Qualifikation und Erfahrung ist möglich. Gleitzeit, Homeoffice und ein Zuschuss zum Klimaticket.
Die Stadt Ennsbruck fördert die Gleichstellung von Frauen und Männern und ermutigt Frauen ausdrücklich zur Bewerbung.`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['AT'],
    mentions: ['Model evaluation', 'Docker', 'Deployment pipelines', 'Git', 'Python', 'Scikit-learn'],
  },
  {
    id: 't5-in-03',
    title: 'Senior Data Engineer (80–100 %)',
    company: 'Birsfelden Biopharma AG',
    location: 'Basel',
    countryHints: ['CHE'],
    format: 'escaped',
    body: `# Über uns
Wir erforschen, entwickeln und produzieren biotechnologisch hergestellte Arzneimittel gegen seltene Stoffwechselerkrankungen. Rund 900 Mitarbeitende arbeiten an unseren Standorten in Basel und Visp.
# Ihre Aufgaben
- Aufbau von Datenstrecken aus Labor- und Produktionssystemen in unsere Datenplattform mit Apache Spark und Kafka
- Ablösung der bestehenden Hadoop-Umgebung
- Daten aus klinischen Studien bereinigen, harmonisieren und für Auswertungen bereitstellen
- Enge Zusammenarbeit mit unseren Data Scientists und der Qualitätssicherung (GxP)
# Ihr Profil
- Mehrjährige Erfahrung als Data Engineer, idealerweise in einem regulierten Umfeld
- Sehr gute Python- und SQL-Kenntnisse; Erfahrung mit Git und CI/CD
- Überzeugende Kommunikation mit Fachbereichen auf Deutsch und Englisch
# Wir bieten
Fünf Wochen Ferien, eine Pensionskasse über dem gesetzlichen Minimum, ein Halbtax-Abonnement und flexible Arbeitszeiten.`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'DS', 'DE', 'Python', 'Git', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't5-in-04',
    title: 'Data Analyst (H/F) – CDI',
    company: 'Les Comptoirs Vérane',
    location: 'Lille (59)',
    format: 'html',
    body: `# Qui sommes-nous ?
Depuis 1984, nos 64 épiceries fines et notre site vendent thés, cafés, confiseries et produits du terroir dans toute la France. Les Comptoirs Vérane, c'est 700 collaborateurs et 4 millions de tickets de caisse par an.
# Vos missions
- Construire et faire vivre les tableaux de bord de la direction commerciale dans Tableau
- Nettoyer et fiabiliser les données de ventes, de stocks et de fidélité
- Analyser la performance des opérations promotionnelles
- Vulgariser vos analyses auprès des équipes magasins et du siège
# Votre profil
- Bac+5 en statistiques, école de commerce ou d'ingénieurs
- Maîtrise de SQL ; Python est un plus
- Curiosité, rigueur et esprit critique
# Ce que nous offrons
CDI, 39 h avec RTT, tickets-restaurant, 30 % de remise en boutique et une mutuelle prise en charge à 60 %.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['Tableau', 'Data cleaning', 'Communication', 'Python', 'Critical thinking'],
  },
  {
    id: 't5-in-05',
    title: 'Ingénieur Machine Learning (H/F/X)',
    company: 'Ardennet SA',
    location: 'Namur, Belgique',
    format: 'double',
    body: `# Qui sommes-nous ?
Ardennet exploite le réseau mobile et le réseau fixe qui relient deux millions de Wallons et de Bruxellois. Nous installons la fibre dans 120 communes et gérons 3 800 antennes.
# Votre rôle
- Concevoir des modèles qui prédisent les pannes d'antennes à partir des alarmes et de la météo
- Construire des variables à partir des séries temporelles du réseau (feature engineering)
- Entraîner des réseaux de neurones avec PyTorch
- Déployer et suivre les modèles sur Kubernetes avec MLflow
# Votre profil
- Master en informatique, ingénieur civil ou équivalent
- 3 ans d'expérience en machine learning, dont un en production
- Python courant ; la connaissance du néerlandais est un atout
- Esprit d'équipe et capacité d'adaptation
# Nous offrons
Un contrat à durée indéterminée, une voiture de société ou un budget mobilité, des chèques-repas, une assurance hospitalisation et 32 jours de congé.
Ardennet s'engage pour la diversité et l'égalité des chances.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['BE'],
    mentions: ['Feature engineering', 'Neural networks', 'PyTorch', 'Kubernetes', 'MLflow', 'Python', 'Adaptability'],
  },
  {
    id: 't5-in-06',
    title: 'Scientifique de données principal(e)',
    company: "Coopérative d'épargne Bois-Francs",
    location: 'Drummondville (Québec)',
    format: 'text',
    body: `La Coopérative d'épargne Bois-Francs offre prêts hypothécaires, épargne, placements et assurance à 400 000 membres du Centre-du-Québec. Nos excédents sont redistribués à nos membres et à la communauté.

Ton rôle
- Concevoir des modèles de risque de crédit et de prévision des départs de membres (régression logistique, modèles de survie)
- Concevoir des tests statistiques pour mesurer l'effet des campagnes
- Présenter tes résultats à des gestionnaires qui ne sont pas spécialistes des données
- Accompagner deux scientifiques de données juniors

Ton profil
- Maîtrise ou doctorat en statistique, en actuariat ou dans un domaine connexe
- 5 ans d'expérience en science des données
- R et Python
- Sens des affaires et rigueur

Nos avantages
Régime de retraite à prestations déterminées, assurances collectives, horaire flexible et 4 semaines de vacances dès l'embauche.

La Coopérative souscrit au principe d'accès à l'égalité en emploi.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Regression', 'Hypothesis testing', 'Communication', 'DS', 'R', 'Python', 'Business acumen'],
  },
  {
    id: 't5-in-07',
    title: 'Ingénieur Robotique (H/F)',
    company: 'Atlas Faisceaux SARL',
    location: 'Tanger, Maroc',
    format: 'div',
    body: `# Qui sommes-nous ?
Dans nos deux usines de la zone franche de Tanger, nous fabriquons chaque jour 9 000 faisceaux de câbles pour les constructeurs automobiles européens. Nous faisons partie du cluster automobile de la région Tanger-Tétouan-Al Hoceïma.
# Vos missions
- Programmer et mettre en service des cellules robotisées de découpe et de sertissage (ABB, Fanuc)
- Développer des outils de vision et de contrôle en C++ et Python
- Réduire les temps de cycle avec les équipes méthodes
- Former les techniciens de maintenance
# Votre profil
- Ingénieur d'État en mécatronique, automatisme ou robotique
- 3 à 5 ans d'expérience en intégration robotique
- Sens de la résolution de problèmes
- Français courant, anglais technique ; l'espagnol est un plus
# Nous offrons
Un salaire motivant, une retraite complémentaire, une assurance maladie complémentaire et le transport du personnel.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['MA'],
    mentions: ['C++', 'Python', 'Problem-solving'],
  },
  {
    id: 't5-in-08',
    title: 'Científico(a) de Datos Sr.',
    company: 'Súper Huasteca',
    location: 'Monterrey, N.L., México',
    format: 'escaped',
    body: `# ¿Quiénes somos?
Con 210 tiendas en Nuevo León, Coahuila y Tamaulipas, llevamos la despensa a más de un millón de familias cada semana. Súper Huasteca también vende en línea con entrega el mismo día.
# ¿Qué harás?
- Construir modelos de pronóstico de demanda por tienda y artículo con árboles de decisión y XGBoost
- Limpiar y depurar datos de ventas, inventarios y lealtad
- Procesar grandes volúmenes con Spark en Databricks
- Crear tableros en Looker Studio para las gerencias de compras
- Comunicar hallazgos a directores de forma clara y sencilla
# ¿Qué buscamos?
- Licenciatura en Actuaría, Matemáticas, Ingeniería o afín
- 4+ años de experiencia como científico de datos
- Dominio de Python (pandas y scikit-learn) y de SQL
- Pensamiento crítico e inglés intermedio
# Ofrecemos
Prestaciones superiores a las de ley, vales de despensa, fondo de ahorro y seguro de gastos médicos mayores.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: ['Decision trees', 'Data cleaning', 'Apache Spark', 'Google Data Studio', 'Communication', 'DS', 'Python', 'Pandas', 'Scikit-learn', 'Critical thinking'],
  },
  {
    id: 't5-in-09',
    title: 'Ingeniero(a) de Datos',
    company: 'Nubeandina S.A.S.',
    location: 'Medellín, Antioquia',
    countryHints: ['CO'],
    industry: 'IT Services and IT Consulting',
    format: 'html',
    body: `# Sobre nosotros
En Nubeandina desarrollamos el software de facturación electrónica y nómina que usan 30.000 pymes en Colombia, Perú y Ecuador. Somos 260 personas y trabajamos en la nube desde el primer día.
# Tus responsabilidades
- Diseñar y mantener flujos de datos en tiempo real con Kafka y Apache Spark sobre AWS
- Construir APIs REST para exponer datos a los equipos de producto
- Automatizar despliegues con CI/CD y versionar todo en Git
- Apoyar a los analistas de BI con modelos de datos confiables
# Requisitos
- 3+ años como ingeniero(a) de datos
- Python y SQL avanzados
- Inglés B2
# Beneficios
Trabajo híbrido, medicina prepagada, bono por desempeño y un día libre en tu cumpleaños.`,
    role: 'DE',
    sector: SECTOR.FIN, // e-invoicing and payroll software: FinTech (docs/sector-labels.md)
    countries: ['CO'],
    mentions: ['Kafka', 'Apache Spark', 'APIs', 'Deployment pipelines', 'Git', 'BIA', 'DE', 'Python'],
  },
  {
    id: 't5-in-10',
    title: 'Analista de Inteligencia de Negocios',
    company: 'Municipalidad de Puerto Quintral',
    location: 'Puerto Quintral, Región de Los Lagos, Chile',
    format: 'text',
    body: `La Municipalidad de Puerto Quintral atiende a 180.000 vecinas y vecinos: recolección de residuos, permisos de circulación, salud primaria y educación municipal.

Funciones
- Desarrollar reportes y tableros en Power BI para la Alcaldía y las direcciones municipales
- Integrar datos de patentes, permisos y atención ciudadana
- Proponer visualizaciones de datos claras para la cuenta pública anual
- Capacitar a funcionarios en el uso de los reportes

Requisitos
- Título profesional de Ingeniería Civil Industrial, Ingeniería en Informática o afín
- 2 años de experiencia en inteligencia de negocios
- Conocimientos de SQL
- Comunicación efectiva y trabajo en equipo

Condiciones
Contrata, grado 10 de la Escala Municipal, jornada completa. Renta bruta aproximada de $2.100.000.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['CL'],
    mentions: ['Power BI', 'Visualization', 'Communication'],
  },
  {
    id: 't5-in-11',
    title: 'Ingeniero/a de Visión Artificial',
    company: 'Nevoscan Diagnóstico S.L.',
    location: 'Barcelona',
    countryHints: ['ESP'],
    format: 'html',
    body: `# Quiénes somos
Diseñamos dermatoscopios digitales y el software que ayuda a los dermatólogos a detectar melanomas a tiempo. Nuestros equipos, con marcado CE como producto sanitario, se usan en 400 hospitales y clínicas de Europa.
# Qué harás
- Entrenar redes neuronales convolucionales para clasificar y segmentar lesiones de la piel con PyTorch
- Evaluar los modelos con datos de distintos hospitales y tipos de piel
- Preparar la documentación técnica para el marcado CE
- Optimizar la inferencia en el dispositivo
# Qué buscamos
- Máster o doctorado en visión por computador o aprendizaje automático
- Python y OpenCV
- Valorable: C++
- Nivel alto de inglés
# Qué ofrecemos
Contrato indefinido, horario flexible, retribución flexible (seguro médico, transporte, guardería) y 25 días laborables de vacaciones.`,
    role: 'CVE',
    sector: SECTOR.HEALTH,
    countries: ['ES'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Python', 'C++'],
  },
  {
    id: 't5-in-12',
    title: 'Data Scientist Senior',
    company: 'Cassa di Risparmio di Valtorre',
    location: 'Bergamo (BG)',
    format: 'div',
    body: `# Chi siamo
Da 150 anni raccogliamo il risparmio delle famiglie e finanziamo le imprese del territorio bergamasco e bresciano. Oggi contiamo 95 filiali e 280.000 clienti.
# Cosa farai
- Svilupperai modelli di rischio di credito con regressione logistica e alberi decisionali
- Disegnerai test delle ipotesi per misurare l'efficacia delle campagne commerciali
- Spiegherai i risultati al management e alla rete delle filiali in modo semplice
- Collaborerai con la funzione Convalida sui modelli regolamentari
# Chi cerchiamo
- Laurea magistrale in Statistica, Matematica, Economia o Ingegneria
- Almeno 4 anni di esperienza come data scientist
- Ottima conoscenza di Python; gradita la conoscenza di SAS
- Capacità di problem solving
# Cosa offriamo
Contratto a tempo indeterminato, buoni pasto, welfare aziendale e smart working due giorni a settimana.
La ricerca è rivolta a candidati di entrambi i sessi ai sensi della normativa vigente.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['Regression', 'Decision trees', 'Hypothesis testing', 'Communication', 'DS', 'Python', 'Problem-solving'],
  },
  {
    id: 't5-in-13',
    title: 'Data Engineer – Monitoraggio ambientale',
    company: 'Osservatorio Ambientale Regionale',
    location: 'Firenze, Toscana',
    countryHints: ['ITA'],
    format: 'escaped',
    body: `# Chi siamo
L'Osservatorio Ambientale Regionale è l'ente pubblico che controlla per conto della Regione la qualità dell'aria, delle acque e del suolo. Gestiamo 240 centraline e pubblichiamo ogni giorno i dati per cittadini e comuni.
# Attività
- Progettare e mantenere i flussi di dati dalle centraline al nostro data lake
- Pulire e validare le serie storiche delle misure prima della pubblicazione
- Sviluppare script in Python e gestire il codice con Git
- Pubblicare i servizi in container Docker
# Requisiti
- Laurea in Informatica, Ingegneria o Fisica
- Esperienza con database PostgreSQL
- Costituisce titolo preferenziale la conoscenza di Apache Spark
# Inquadramento
Contratto a tempo determinato di 24 mesi, area dei Funzionari. Selezione pubblica per titoli e colloquio.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['IT'],
    mentions: ['Data cleaning', 'Python', 'Git', 'Docker', 'Apache Spark'],
  },
  {
    id: 't5-in-14',
    title: 'Business Intelligence Analist',
    company: 'Tuincentrum De Groene Vink',
    location: 'Amersfoort',
    countryHints: ['NLD'],
    format: 'raw',
    // Recruitee description: <h2> headings and <p><strong> lead-ins.
    body: `<h2>Over ons</h2><p>In onze 14 tuincentra en onze webshop verkopen we planten, potgrond, tuinmeubelen en kerstversiering aan ruim twee miljoen klanten per jaar. Tuincentrum De Groene Vink is een familiebedrijf uit Amersfoort.</p><h2>Wat ga je doen?</h2><p><strong>Rapportages.</strong> Je bouwt en onderhoudt dashboards in Power BI voor inkoop, winkels en e-commerce.</p><p><strong>Inzicht.</strong> Je zorgt voor heldere datavisualisaties die ook een bedrijfsleider op de winkelvloer begrijpt.</p><p><strong>Data.</strong> Je werkt samen met onze data engineer aan een betrouwbaar datamodel.</p><h2>Wat vragen wij?</h2><ul><li>Hbo/wo-werk- en denkniveau</li><li>Minimaal 3 jaar ervaring met Power BI en SQL</li><li>Python is een pr&eacute;</li><li>Je bent communicatief vaardig en werkt graag met mensen op de vloer</li></ul><h2>Wat bieden wij?</h2><ul><li>Salaris tussen &euro; 3.800 en &euro; 5.200 bruto per maand</li><li>25% personeelskorting</li><li>Hybride werken en een reiskostenvergoeding</li></ul>`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['NL'],
    mentions: ['Power BI', 'Visualization', 'DE', 'Python', 'Communication'],
  },
  {
    id: 't5-in-15',
    title: 'Onderhoudstechnieker elektromechanica (ploegen)',
    company: 'Kempenvolt NV',
    location: 'Genk, Limburg',
    format: 'text',
    body: `Kempenvolt bouwt elektrische bestelwagens in onze fabriek in Genk. Elke dag rollen er 140 voertuigen van de band, voor klanten in heel Europa.

Jouw job
- Je voert preventief en correctief onderhoud uit op robots, transportbanden en lasinstallaties
- Je zoekt storingen op in PLC-sturingen (Siemens S7) en pneumatica
- Je werkt in een drieploegensysteem
- Je noteert elke interventie in ons onderhoudssysteem

Jouw profiel
- Bachelor of A2 elektromechanica
- Probleemoplossend denken
- Bereid om in ploegen te werken

Ons aanbod
Een vast contract, een ploegenpremie, maaltijdcheques en een hospitalisatieverzekering.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['BE'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't5-in-16',
    title: 'Engenheiro(a) de Dados',
    company: 'Marés Telecom',
    location: 'Porto',
    countryHints: ['PT'],
    format: 'html',
    body: `# Quem somos
Levamos fibra, televisão e rede móvel a 1,2 milhões de casas e empresas em Portugal continental e nas ilhas. A Marés Telecom tem 2.300 colaboradores e uma rede própria de 40.000 km de fibra.
# O que vais fazer
- Desenvolver pipelines de dados em Apache Spark e Kafka para os dados de rede e de clientes
- Migrar os processos da antiga plataforma Hadoop para a cloud
- Garantir a limpeza e a consistência dos dados de faturação
- Trabalhar com as equipas de cientistas de dados e de BI
# O que procuramos
- Licenciatura ou mestrado em Engenharia Informática ou similar
- 3 anos de experiência com Python e SQL
- Conhecimentos de Git e Docker
# O que oferecemos
Seguro de saúde extensível ao agregado familiar, subsídio de refeição em cartão e um dia de férias extra por cada ano de casa.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['PT'],
    mentions: ['Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'DS', 'Python', 'Git', 'Docker'],
  },
  {
    id: 't5-in-17',
    title: 'Gerente de Produto de IA',
    company: 'Cooperativa Agrária Vale do Piquiri',
    location: 'Cascavel, PR',
    countryHints: ['BR'],
    format: 'double',
    body: `# Quem somos
Somos uma cooperativa de 6.000 produtores de soja, milho e trigo no oeste do Paraná. Recebemos e armazenamos a safra, vendemos insumos e prestamos assistência técnica no campo.
# O desafio
Estamos criando um assistente que ajuda nossos agrônomos a recomendar o manejo de cada talhão a partir de imagens de satélite e dados de clima.
- Definir a visão e o roadmap do produto de IA
- Trabalhar com cientistas de dados e engenheiros de machine learning para definir métricas e critérios de avaliação dos modelos
- Conversar com cooperados e agrônomos toda semana
- Priorizar o backlog com base em valor para o negócio
# Requisitos
- 4+ anos como gerente de produto
- Experiência com produtos de dados ou IA
- Visão de negócio e boa comunicação
# Benefícios
Plano de saúde e odontológico, participação nos resultados e vale-alimentação.`,
    role: 'AIPM',
    sector: null,
    countries: ['BR'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Business acumen', 'Communication'],
  },
  {
    id: 't5-in-18',
    title: 'Machine Learning Engineer',
    company: 'Shambani Labs',
    location: 'Nairobi, Kenya',
    locations: ['Kampala, Uganda'],
    format: 'raw',
    // Eightfold job description: <div> blocks and <br/> line breaks, no lists.
    body: `<div><strong>About Shambani</strong><br/>Shambani builds the app that 800,000 smallholder farmers in Kenya and Uganda use to check market prices, weather and pest alerts, and to ask our agronomists questions by SMS or voice note.</div><div><strong>The role</strong><br/>Train crop-disease classifiers on photos taken with low-end phones, using TensorFlow and Keras.<br/>Build models that route farmers' questions in Swahili, Luganda and English to the right answer.<br/>Deploy models on Vertex AI and monitor them in production.<br/>Evaluate models on new regions and crops before launch.</div><div><strong>Requirements</strong><br/>3+ years building ML systems in Python.<br/>Experience with neural networks for images or text.<br/>Git and Docker.<br/>Willingness to travel to farms once a quarter.</div><div><strong>We offer</strong><br/>A competitive salary in KES or UGX, medical cover for you and your family, and a yearly budget for courses.</div>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['KE', 'UG'],
    mentions: ['TensorFlow', 'Keras', 'Google AI Platform', 'Model evaluation', 'Python', 'Neural networks', 'Git', 'Docker'],
  },
  {
    id: 't5-in-19',
    title: 'Grade R Teacher',
    company: 'Fynbos Preparatory School',
    location: 'Stellenbosch, Western Cape',
    format: 'text',
    body: `Fynbos Preparatory is an independent, co-educational primary school of 480 learners in the Stellenbosch winelands, from Grade R to Grade 7.

We are looking for a warm, creative Grade R teacher to join our Foundation Phase team from January.

Responsibilities
- Plan and teach a play-based Grade R programme in line with CAPS
- Observe, assess and report on each child's progress
- Communicate warmly and clearly with parents
- Take part in extramural activities and school events

Requirements
- B.Ed (Foundation Phase) or equivalent
- SACE registration
- Afrikaans and English; isiXhosa is an advantage
- A clear police clearance and a clear Child Protection Register check

Fynbos Preparatory is committed to employment equity.`,
    role: null,
    sector: null,
    countries: ['ZA'],
    mentions: ['Communication'],
  },
  {
    id: 't5-in-20',
    title: 'Dive Instructor (PADI)',
    company: 'Karimun Reef Lodge',
    location: 'Karimunjawa, Central Java, Indonesia',
    format: 'html',
    body: `# About us
Karimun Reef Lodge is a 24-room eco-lodge on an island in the Java Sea, a two-hour fast boat from Jepara on the north coast of Java. Our guests come for the reefs, the mangroves and the quiet.
# The role
- Teach PADI courses from Open Water to Rescue Diver
- Lead guided dives and snorkel trips, and brief guests on marine-park rules
- Look after the dive centre's boats, compressors and rental gear
- Help our marine biologist with reef monitoring surveys
# About you
- PADI Open Water Scuba Instructor or higher, with current professional insurance
- Good English; Bahasa Indonesia is an advantage
- Adaptable and happy with island life and basic facilities
# We offer
A monthly salary in IDR plus commission, accommodation and meals on the island, and two return flights to Jakarta a year.`,
    role: null,
    sector: null,
    countries: ['ID'],
    mentions: ['Adaptability'],
  },
];
