// Test-set (test8) postings, part B: 24 in German (Germany, Austria, Switzerland), French (France, Belgium,
// Switzerland), Spanish (Spain, Argentina, Peru), Italian, Dutch (Netherlands, Flanders), Portuguese (Portugal,
// Brazil), Polish and Swedish, and 12 in English from Ireland, New Zealand, South Africa, Ghana, Kenya, the UAE,
// the Philippines, Brazil, Mexico, Malaysia and Nigeria. About a third of the employers introduce themselves at
// the end of the posting, and several say only what they do, not which industry they are in.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a vendor made for one sector's
// businesses is in that sector, and the label is null when the posting does not say or the business is outside
// the seven. Cases that rest on it: a Swiss Krankenkasse and a Belgian mutualité are health insurers
// (Healthcare); billing software for mobile operators is Telecommunications; an app for freelancers' invoices
// and VAT returns is Finance; a maker of ultrasound probes is Healthcare, not Manufacturing; a cannery and a
// maker of harvesters are Manufacturing; shelf cameras sold to supermarkets are Retail; a municipal tax
// office shared by councils and a parking system sold to municipalities are Public Sector; a public
// university's institute, a port, a mine, a hotel group, a haulier and a recruiter naming no client are null.
//
// Mention decisions: as stated at the top of test5/cases-ml.ts (colleagues' roles named in the body, in any
// language, are role mentions; the title's role counts only when the body names it too; CNNs, LSTMs and
// transformer models are Neural networks; gradient boosting, random forests and XGBoost are Decision trees;
// A/B tests are Hypothesis testing; dashboards alone are not Visualization; GitHub and GitLab are Git; CI/CD
// and GitHub Actions are Deployment pipelines; Vertex AI is Google AI Platform). Harder calls:
// t8-b-01 "Erfahrung im Data Engineering" names the field, not a colleague, so no role mention;
// t8-b-02 "Lernbereitschaft" (willingness to learn) is Continuous learning; travel to customers abroad does not
// add countries (t8-b-02, t8-b-18, t8-b-30, t8-b-35); t8-b-06 "tableaux de bord" is not Tableau;
// t8-b-08 presenting results at conferences is Communication; t8-b-16 "Julia" is a contact person, not the
// language; t8-b-17 is remote anywhere in the EU with no country named, so no country; t8-b-21 names two
// certifications by their exact names, so both count; t8-b-23 "komunikatywność" and t8-b-20 "comunicação
// escrita" are Communication, as "communicatief vaardig" was in test5; t8-b-35 is a sales engineer, so role
// null although the title says computer vision.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST8_B: HoldoutCase[] = [
  {
    id: 't8-b-01',
    title: 'Data Engineer (m/w/d) Produktionsdaten',
    company: 'Kochertal Kabelsysteme GmbH',
    location: 'Künzelsau, Baden-Württemberg',
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter.
    body: `<p><strong>Unternehmensbeschreibung</strong></p><p>In jedem dritten Lkw, der in Europa vom Band l&auml;uft, stecken Leitungss&auml;tze aus dem Kochertal. 2.300 Kolleginnen und Kollegen in K&uuml;nzelsau, Ingelfingen und Kaschau konfektionieren jedes Jahr &uuml;ber 90 Millionen Meter Leitung &ndash; und jede Crimpverbindung wird gepr&uuml;ft, bevor sie das Werk verl&auml;sst.</p><p><strong>Stellenbeschreibung</strong></p><ul><li>Du baust Datenstrecken, die Maschinen- und Pr&uuml;fdaten aus 14 Crimp- und Pr&uuml;fanlagen &uuml;ber Kafka in unser Lakehouse bringen</li><li>Du entwickelst Batch- und Streaming-Jobs mit Apache Spark in Python</li><li>Du schreibst Pr&uuml;fregeln, die fehlerhafte, doppelte oder l&uuml;ckenhafte Messwerte erkennen und bereinigen, bevor jemand sie auswertet</li><li>Du stellst unseren Data Scientists und den Qualit&auml;tsingenieur:innen dokumentierte, verl&auml;ssliche Tabellen bereit</li><li>Dein Code liegt in GitLab, ausgerollt wird &uuml;ber GitLab CI</li></ul><p><strong>Qualifikationen</strong></p><ul><li>Abgeschlossenes Studium der (Wirtschafts-)Informatik oder eine vergleichbare Ausbildung</li><li>Mindestens drei Jahre Erfahrung im Data Engineering, sehr gutes SQL</li><li>Erfahrung mit Docker ist von Vorteil</li><li>Du gehst Probleme strukturiert an und findest pragmatische L&ouml;sungen</li><li>Sehr gute Deutsch- und gute Englischkenntnisse</li></ul><p><strong>Zus&auml;tzliche Informationen</strong></p><p>Tarifvertrag der Metall- und Elektroindustrie Baden-W&uuml;rttemberg, 35-Stunden-Woche, 30 Tage Urlaub, JobRad, betriebliche Altersvorsorge, Kantine mit regionalem Essen und bis zu zwei Tage mobiles Arbeiten pro Woche.</p><p>Wir freuen uns &uuml;ber Bewerbungen unabh&auml;ngig von Geschlecht, Nationalit&auml;t, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identit&auml;t. Schwerbehinderte Bewerber:innen werden bei gleicher Eignung bevorzugt ber&uuml;cksichtigt.</p>`,
    role: 'DE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Kafka', 'Apache Spark', 'Python', 'Data cleaning', 'DS', 'Git', 'Deployment pipelines', 'Docker', 'Problem-solving'],
  },
  {
    id: 't8-b-02',
    title: 'Robotik-Ingenieur:in Greifsysteme',
    company: 'Almtal Greiftechnik GmbH',
    location: 'Wels, Oberösterreich',
    format: 'html',
    body: `# Deine Aufgaben
- Du entwickelst Greif- und Bahnplanungssoftware für unsere Roboterzellen in C++ und Python
- Du bindest Kameras und Kraft-Momenten-Sensoren über ROS 2 an
- Gemeinsam mit unseren Computer Vision Engineers bringst du die Lageerkennung von Bauteilen in die Zelle
- Für das Greifen unsortierter Teile aus der Kiste setzen wir Reinforcement Learning ein – du testest neue Strategien zuerst in der Simulation, dann an der realen Zelle
- Du nimmst Anlagen bei Kund:innen in Österreich, Deutschland und Tschechien in Betrieb (Reisetätigkeit ca. 20 %)
# Dein Profil
- Abgeschlossenes Studium der Mechatronik, Robotik oder Informatik (FH/TU)
- Fundierte Kenntnisse in linearer Algebra und Kinematik
- Erfahrung mit Git und sauberer Softwareentwicklung
- Eigenverantwortung, Teamgeist und Lernbereitschaft
# Unser Angebot
- Das kollektivvertragliche Mindestgehalt für diese Position beträgt € 4.100,– brutto pro Monat (KV Metallindustrie). Eine deutliche Überzahlung ist je nach Qualifikation und Erfahrung vorgesehen.
- Gleitzeit ohne Kernzeit und zwei Homeoffice-Tage pro Woche
- Betriebsrestaurant, Jobticket und Firmenevents
# Über uns
Almtal Greiftechnik baut Robotergreifer, Vakuumsauger und komplette Greifzellen. 380 Mitarbeitende in Wels und Gmunden fertigen jedes Jahr über 60.000 Greifer für Logistikzentren, Lebensmittelbetriebe und die Automobilindustrie.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['AT'],
    mentions: ['C++', 'Python', 'CVE', 'Reinforcement learning', 'Linear algebra', 'Git', 'Continuous learning'],
  },
  {
    id: 't8-b-03',
    title: 'Senior Data Scientist (w/m/d) Leistungsanalytik',
    company: 'Reussgarten Krankenkasse',
    location: 'Luzern',
    countryHints: ['CHE'],
    format: 'escaped',
    body: `# Über uns
Als Krankenversicherer begleiten wir 410'000 Versicherte in der ganzen Deutschschweiz – in der Grundversicherung und mit Zusatzversicherungen für Spital, Zahn und Alternativmedizin. Jedes Jahr prüfen wir über fünf Millionen Rechnungen von Ärztinnen, Spitälern und Apotheken.
# Deine Aufgaben
- Du entwickelst Modelle, die auffällige Rechnungen von Leistungserbringern erkennen – mit Gradient Boosting, Clustering und klassischer Regression
- Du leitest aus Tarifpositionen, Diagnosen und Behandlungsverläufen aussagekräftige Merkmale für deine Modelle ab
- Du validierst die Modelle laufend gegen die Entscheide unserer Leistungsprüfer:innen
- Du visualisierst Ergebnisse und präsentierst sie der Geschäftsleitung
- Du coachst zwei Junior Data Scientists
# Dein Profil
- Master oder PhD in Statistik, Mathematik, Informatik oder einem verwandten Fach
- Mehrjährige Erfahrung mit Python (pandas, scikit-learn) oder R
- Kenntnisse im Schweizer Gesundheitswesen (TARMED, TARDOC) sind ein Plus
- Stilsicheres Deutsch und gute Französischkenntnisse
# Wir bieten
Pensum 80–100 %, Jahresarbeitszeit mit flexiblen Arbeitszeiten, fünf Wochen Ferien, Prämienrabatt auf unsere Zusatzversicherungen, ein Halbtax-Abo und eine Pensionskasse, die mehr als das Obligatorium leistet.`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Decision trees', 'Clustering', 'Regression', 'Feature engineering', 'Model evaluation', 'Visualization', 'Communication', 'DS', 'Python', 'Pandas', 'Scikit-learn', 'R'],
  },
  {
    id: 't8-b-04',
    title: 'Werkstudent (m/w/d) Finanzen & Controlling',
    company: 'Personalfluss GmbH',
    location: 'Erfurt, Thüringen',
    format: 'text',
    body: `# Deine Aufgaben
- Du unterstützt unser Controlling beim Monatsabschluss und bei der Forecast-Planung
- Du pflegst Auswertungen in Excel und baust erste Berichte in Power BI
- Du bereitest Kennzahlen für Gespräche mit Investor:innen und Banken auf
# Dein Profil
- Eingeschriebene:r Student:in der BWL, Wirtschaftsmathematik oder eines ähnlichen Studiengangs
- Sicherer Umgang mit Excel; erste Erfahrung mit Power BI oder SQL ist ein Plus
- Zahlenaffinität und ein gutes Gespür für wirtschaftliche Zusammenhänge
- 16–20 Stunden pro Woche, in den Semesterferien gern mehr
# Was wir bieten
- 17 € pro Stunde
- Flexible Arbeitszeiten rund um deine Vorlesungen
- Zuschuss zum Deutschlandticket und ein Team, das dich wirklich einarbeitet
# Über uns
Mit Personalfluss planen 9.000 Betriebe – von der Bäckerei über das Autohaus bis zum Krankenhaus – Schichten, Urlaube und Arbeitszeiten. Unsere Software läuft im Browser und als App. Wir sind 140 Menschen in Erfurt und Jena.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['DE'],
    mentions: ['Power BI', 'Business acumen'],
  },
  {
    id: 't8-b-05',
    title: 'Ingénieur(e) Machine Learning – Facturation opérateurs (H/F)',
    company: 'Tarifia Systèmes',
    location: 'Sophia Antipolis (06)',
    format: 'div',
    body: `# Votre mission
Au sein de l'équipe Revenue Assurance, vous concevez les modèles qui repèrent les fuites de revenus et les anomalies de facturation chez nos clients.
- Développer des modèles de détection d'anomalies en Python (gradient boosting, réseaux LSTM sur les séries de consommation)
- Industrialiser les modèles : conteneurs Docker, déploiement sur Kubernetes, suivi des expériences dans MLflow
- Mettre en place l'intégration et le déploiement continus des modèles avec GitLab
- Mesurer la précision des alertes avec les analystes de nos clients et comparer chaque nouveau modèle au précédent
- Exposer les scores via des API REST consommées par notre moteur de facturation
# Votre profil
- Bac+5 école d'ingénieurs ou master en informatique ou en science des données
- Au moins 3 ans d'expérience du machine learning en production
- Maîtrise de Python ; une expérience en Java est appréciée
- Anglais professionnel : nos clients sont en Europe, en Afrique et au Moyen-Orient
# Ce que nous offrons
Rémunération de 52 à 62 k€ brut annuel selon profil, 12 jours de RTT, télétravail deux jours par semaine, tickets restaurant, mutuelle prise en charge à 60 %, intéressement et comité d'entreprise.
# Qui sommes-nous ?
Tarifia édite depuis 2004 le logiciel de tarification et de facturation utilisé par 35 opérateurs mobiles et fixes dans 22 pays. Chaque mois, nos plateformes calculent les factures de 90 millions d'abonnés.
Tarifia s'engage en faveur de la diversité : tous nos postes sont ouverts aux personnes en situation de handicap.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['FR'],
    mentions: ['Python', 'Decision trees', 'Neural networks', 'Docker', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Git', 'Model evaluation', 'APIs', 'Java'],
  },
  {
    id: 't8-b-06',
    title: 'Analyste Business Intelligence (H/F/X)',
    company: 'Mutualité Les Trois Vallées',
    location: 'Charleroi',
    format: 'raw',
    // Teamtailor body: <h3> headings, <p> and <ul>, accents as entities.
    body: `<div><h3>Qui sommes-nous&nbsp;?</h3><p>La Mutualit&eacute; Les Trois Vall&eacute;es rembourse les soins de sant&eacute; de 520&nbsp;000 affili&eacute;s dans le Hainaut et la province de Luxembourg&nbsp;: consultations, m&eacute;dicaments, hospitalisations. Nous versons aussi les indemnit&eacute;s d&rsquo;incapacit&eacute; de travail et accompagnons nos membres dans 38 agences.</p><h3>Ta mission</h3><ul><li>Concevoir et faire &eacute;voluer les tableaux de bord Power BI des services Remboursements et Indemnit&eacute;s</li><li>Mod&eacute;liser les donn&eacute;es de notre entrep&ocirc;t SQL Server avec nos data engineers</li><li>Contr&ocirc;ler la qualit&eacute; des donn&eacute;es et corriger les incoh&eacute;rences avec les &eacute;quipes m&eacute;tier</li><li>Pr&eacute;senter tes analyses au comit&eacute; de direction</li></ul><h3>Ton profil</h3><ul><li>Master en &eacute;conomie, statistique, informatique ou &eacute;quivalent par exp&eacute;rience</li><li>Trois ans d&rsquo;exp&eacute;rience en BI, DAX et SQL</li><li>Python est un atout</li><li>Bonne connaissance du n&eacute;erlandais, un plus</li></ul><h3>Notre offre</h3><p>Un CDI &agrave; temps plein (36h/semaine), des ch&egrave;ques-repas, une assurance hospitalisation, un 13e mois et un p&eacute;cule de vacances, deux jours de t&eacute;l&eacute;travail par semaine et 32 jours de cong&eacute;.</p><p>Nous recrutons sur la base des comp&eacute;tences, sans distinction d&rsquo;&acirc;ge, de genre, d&rsquo;origine, de conviction ou de handicap.</p></div>`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['Power BI', 'DE', 'Data cleaning', 'Communication', 'Python'],
  },
  {
    id: 't8-b-07',
    title: "Chargé(e) d'études statistiques – Mobilités (H/F)",
    company: 'Mobilités Rance-Émeraude',
    location: 'Saint-Malo (35)',
    format: 'escaped',
    body: `# Qui sommes-nous ?
Mobilités Rance-Émeraude est l'autorité organisatrice des transports publics de 18 communes : bus urbains, cars scolaires, vélos en libre-service et transport à la demande. Syndicat mixte, nous sommes gouvernés par les élus des communes membres.
# Vos missions
- Exploiter les données de billettique et de comptage des voyageurs
- Estimer la fréquentation de chaque ligne avec des modèles de régression
- Piloter les enquêtes origine-destination et en redresser les résultats
- Cartographier et visualiser les flux de déplacements, puis présenter vos analyses aux élus
# Votre profil
- Master en statistique, géographie ou économie des transports
- Maîtrise de R ou de Python (pandas)
- Qualités rédactionnelles et aisance à l'oral
# Conditions
Poste ouvert aux fonctionnaires du cadre d'emplois des attachés territoriaux et aux contractuels. Rémunération statutaire, régime indemnitaire (RIFSEEP), adhésion au CNAS, participation à la mutuelle et forfait mobilités durables.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['FR'],
    mentions: ['Regression', 'Visualization', 'Communication', 'R', 'Python', 'Pandas'],
  },
  {
    id: 't8-b-08',
    title: 'Chercheur·se en intelligence artificielle (H/F)',
    company: 'Orbe Intelligence SA',
    location: 'Neuchâtel (NE)',
    format: 'html',
    body: `# Qui sommes-nous ?
Orbe Intelligence est un laboratoire privé de recherche en IA fondé en 2021 par d'anciens chercheurs d'une école polytechnique. Nous développons des modèles de langage compacts que les entreprises peuvent faire tourner sur leurs propres serveurs, et nous publions une partie de nos travaux.
# Vos missions
- Mener des recherches sur l'efficacité des architectures transformer, la distillation et la quantification
- Entraîner des modèles sur nos grappes de GPU avec PyTorch
- Concevoir des protocoles d'évaluation rigoureux et de nouveaux jeux de test
- Présenter vos résultats dans les grandes conférences (NeurIPS, ICML, ACL)
- Travailler avec nos ingénieurs machine learning pour amener vos résultats en production
# Votre profil
- Doctorat en informatique, en mathématiques appliquées ou en physique
- Solides bases en algèbre linéaire, en probabilités et en optimisation
- Excellente pratique de Python ; C++ apprécié
- Une expérience de l'apprentissage par renforcement est un plus
# Ce que nous offrons
Salaire de CHF 140'000 à 175'000 selon expérience, budget conférences, 25 jours de vacances, caisse de pension au-delà du minimum légal et bureaux au bord du lac.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['CH'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Communication', 'MLE', 'Linear algebra', 'Probability', 'Python', 'C++', 'Reinforcement learning'],
  },
  {
    id: 't8-b-09',
    title: 'Científico/a de Datos – Riesgo de Crédito',
    company: 'Caja Campos del Júcar',
    location: 'Albacete, Castilla-La Mancha',
    format: 'double',
    body: `# Quiénes somos
Somos una cooperativa de crédito con 94 oficinas en Albacete, Cuenca y Valencia. Desde 1962 financiamos a agricultores, autónomos y familias, y cada año concedemos más de 30.000 préstamos.
# Qué harás
- Desarrollar modelos de scoring para préstamos personales e hipotecas (regresión logística, XGBoost)
- Construir variables a partir de movimientos de cuenta, recibos domiciliados y datos de campaña agrícola
- Hacer el backtesting de los modelos y defender su validación ante Validación Interna y el supervisor
- Explicar cómo funcionan los modelos a la red de oficinas y al Comité de Riesgos
# Qué buscamos
- Grado en Matemáticas, Estadística, Economía o similar
- Al menos dos años en riesgo de crédito
- Python (pandas, scikit-learn) y SQL; se valorará SAS y R
- Conocimiento de la normativa de modelos internos (IRB)
# Qué ofrecemos
Contrato indefinido, 16 pagas según el convenio de cooperativas de crédito, préstamos en condiciones de empleado, seguro médico, jornada intensiva los viernes y en verano, y un plan de formación continua.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['ES'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'R'],
  },
  {
    id: 't8-b-10',
    title: 'Ingeniero/a de Visión Artificial',
    company: 'Mariñeira de Arousa S.L.',
    location: 'Vilagarcía de Arousa (Pontevedra)',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs; the company text comes last.
    body: `<p><b>El puesto</b></p><p>Queremos que ninguna lata salga de nuestras l&iacute;neas con un cierre defectuoso o una etiqueta torcida. Buscamos a una persona que dise&ntilde;e y mantenga los sistemas de visi&oacute;n que lo hacen posible.</p><ul><li>Desarrollar sistemas de visi&oacute;n que inspeccionen el cierre, el llenado y el etiquetado de cada lata en l&iacute;nea</li><li>Entrenar redes neuronales convolucionales con PyTorch para detectar defectos</li><li>Medir la tasa de falsos rechazos y validar cada modelo con Calidad antes de ponerlo en producci&oacute;n</li><li>Optimizar la inferencia en C++ sobre los PCs industriales de cada l&iacute;nea</li><li>Trabajar codo con codo con Mantenimiento y Calidad en planta</li></ul><p>&nbsp;</p><p><b>Requisitos</b></p><ul><li>Ingenier&iacute;a Inform&aacute;tica, de Telecomunicaci&oacute;n o Industrial</li><li>Dos a&ntilde;os de experiencia en visi&oacute;n por computador con OpenCV y Python</li><li>Se valorar&aacute; experiencia con Docker</li><li>Gallego o castellano a nivel nativo</li></ul><p>&nbsp;</p><p><b>Ofrecemos</b></p><p>Entre 34.000 y 40.000 &euro; brutos anuales, contrato indefinido, horario de ma&ntilde;ana, comedor de empresa y lote de producto en Navidad.</p><p>&nbsp;</p><p><b>Qui&eacute;nes somos</b></p><p>Desde 1948 envasamos a mano mejillones, berberechos y sardinas de las r&iacute;as gallegas. Hoy nuestras dos plantas de Vilagarc&iacute;a cierran 40 millones de latas al a&ntilde;o que se venden en 30 pa&iacute;ses.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['ES'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python', 'Docker'],
  },
  {
    id: 't8-b-11',
    title: 'Jefe/a de Producto de IA – Estacionamiento Medido',
    company: 'Cuadra Urbana S.A.',
    location: 'Mendoza',
    countryHints: ['AR'],
    format: 'text',
    body: `En Cuadra Urbana desarrollamos el sistema de estacionamiento medido que usan 23 municipios de Argentina y Uruguay: la app con la que los vecinos pagan, las terminales de los inspectores de tránsito y el tablero con el que cada municipalidad sigue la ocupación de sus calles.

# Qué vas a hacer
- Definir la visión y la hoja de ruta de nuestras funciones de IA: predicción de ocupación por cuadra y lectura de patentes en las terminales de los inspectores
- Priorizar el backlog junto a nuestros científicos de datos y los ingenieros de visión por computadora
- Acordar con el equipo cómo se evalúan los modelos y qué precisión alcanza para salir a producción
- Diseñar y leer pruebas A/B en la app
- Presentar resultados a secretarios de tránsito e intendentes
# Qué buscamos
- 4 o más años como product manager, al menos uno en productos con machine learning
- Entendimiento del negocio con gobiernos locales y de cómo funcionan las licitaciones
- Inglés intermedio
# Qué ofrecemos
- Sueldo en pesos, actualizado trimestralmente por inflación
- Prepaga para vos y tu grupo familiar
- Modalidad híbrida y dos semanas extra de vacaciones`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['AR'],
    mentions: ['DS', 'CVE', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't8-b-12',
    title: 'Auxiliar de Almacén – Turno Noche',
    company: 'Boticas Vallesur S.A.C.',
    location: 'Trujillo, La Libertad',
    countryHints: ['PE'],
    format: 'div',
    body: `# Quiénes somos
Boticas Vallesur tiene 180 boticas en el norte y el sur del Perú. Atendemos recetas médicas, vendemos medicamentos y productos de cuidado personal, y nuestros químicos farmacéuticos orientan a cada paciente.
# Funciones
- Recepción y verificación de mercadería de los laboratorios
- Preparación de pedidos para las boticas de la región
- Control de lotes y fechas de vencimiento
- Orden y limpieza del almacén según las buenas prácticas de almacenamiento
# Requisitos
- Secundaria completa
- Seis meses de experiencia en almacén
- Disponibilidad para trabajar en turno noche (de 10 p.m. a 6 a.m.)
# Beneficios
Ingreso a planilla desde el primer día con todos los beneficios de ley, EPS, bonificación nocturna, movilidad de retorno y descuentos en nuestras boticas.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['PE'],
    mentions: [],
  },
  {
    id: 't8-b-13',
    title: 'Ingegnere/a dei Dati – Rete FTTH',
    company: 'Fibra Subalpina S.p.A.',
    location: 'Novara (NO)',
    format: 'escaped',
    body: `# Chi siamo
Portiamo la connessione a 1 Gigabit nelle case e nelle imprese di Piemonte, Liguria e Valle d'Aosta: la nostra rete raggiunge 2,1 milioni di unità immobiliari e la affittiamo a 14 operatori.
# Cosa farai
- Progettare pipeline che raccolgono i dati degli apparati di rete (OLT e ONT) con Kafka e Apache Spark
- Sviluppare in Python e Scala
- Scrivere controlli di qualità del dato su duplicati, valori mancanti e anagrafiche incoerenti
- Orchestrare i job con Airflow su Kubernetes
- Fornire dataset affidabili ai data scientist del Network Planning e agli analisti BI
# Requisiti
- Laurea in Ingegneria Informatica o delle Telecomunicazioni
- Almeno 3 anni di esperienza come data engineer
- Buona conoscenza di Git e delle pratiche di CI/CD
- Inglese tecnico
# Offriamo
CCNL Telecomunicazioni, RAL tra 42.000 e 50.000 euro, buoni pasto, smart working fino a tre giorni a settimana e un piano di welfare aziendale.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['IT'],
    mentions: ['Kafka', 'Apache Spark', 'Python', 'Data cleaning', 'Kubernetes', 'DS', 'BIA', 'DE', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't8-b-14',
    title: 'Specialista Deep Learning – Imaging ecografico',
    company: 'Biomedica Secchia S.r.l.',
    location: 'Mirandola (MO)',
    format: 'html',
    body: `# Chi siamo
Progettiamo e produciamo sonde e sistemi ecografici portatili per ospedali, ambulatori e studi veterinari. Nel nostro stabilimento di Mirandola, nel cuore del distretto biomedicale, lavorano 260 persone.
# Di cosa ti occuperai
- Sviluppare reti neurali convoluzionali e modelli transformer che migliorano la qualità delle immagini e riconoscono le strutture anatomiche
- Addestrare i modelli con PyTorch e convertirli per l'inferenza sul dispositivo (ONNX, TensorRT)
- Progettare la validazione clinica dei modelli insieme al team Affari Regolatori (MDR)
- Curare i dataset di immagini: annotazione, eliminazione dei duplicati e anonimizzazione
# Cosa cerchiamo
- Laurea magistrale o dottorato in Ingegneria, Fisica o Informatica
- Solide basi di algebra lineare e di calcolo
- Python e C++
- Inglese fluente
# Cosa offriamo
CCNL Metalmeccanico Industria, RAL tra 45.000 e 58.000 euro, mensa aziendale, piano welfare e orario flessibile.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['IT'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'Linear algebra', 'Calculus', 'Python', 'C++'],
  },
  {
    id: 't8-b-15',
    title: 'Addetto/a contabilità fornitori',
    company: 'Alberghi Ponale S.r.l.',
    location: 'Riva del Garda (TN)',
    format: 'div',
    body: `# Di cosa ti occuperai
- Registrazione delle fatture passive e riconciliazione degli estratti conto
- Gestione dello scadenziario e dei pagamenti ai fornitori
- Supporto alla chiusura di bilancio insieme allo studio del commercialista
# Cosa cerchiamo
- Diploma di ragioneria o laurea in Economia
- Due anni di esperienza in contabilità, meglio se nel turismo
- Buona conoscenza di Excel; gradita la conoscenza di un gestionale contabile
- Precisione, riservatezza e capacità di lavorare per scadenze
# Cosa offriamo
Contratto a tempo indeterminato, CCNL Turismo, tempo pieno e la possibilità di alloggio per i primi mesi.
# Chi siamo
Alberghi Ponale gestisce cinque hotel e due residence sulla sponda trentina del lago di Garda: 620 camere e 280 collaboratori in alta stagione.`,
    role: null,
    sector: null,
    countries: ['IT'],
    mentions: [],
  },
  {
    id: 't8-b-16',
    title: 'Data Scientist WOZ-waardering (32–36 uur)',
    company: 'Belastingsamenwerking Vechtdal',
    location: 'Zwolle, Overijssel',
    format: 'raw',
    // Werken-bij page body: <h2> headings and plain <ul>, entities for diacritics.
    body: `<h2>Wie zijn wij</h2><p>Belastingsamenwerking Vechtdal heft en int de gemeentelijke belastingen voor zes gemeenten in Overijssel. Elk jaar bepalen wij de WOZ-waarde van 190.000 woningen en bedrijfspanden. Wij zijn een gemeenschappelijke regeling: een overheidsorganisatie, bestuurd door de deelnemende gemeenten.</p><h2>Wat ga je doen</h2><ul><li>Je bouwt en onderhoudt de modellen die de waarde van woningen taxeren, met regressie en gradient boosting</li><li>Je vertaalt kadasterdata, verkoopcijfers en foto&rsquo;s van panden naar bruikbare kenmerken voor je modellen</li><li>Je spoort fouten en gaten in de objectgegevens op en corrigeert ze</li><li>Je werkt in Python (pandas, scikit-learn) en beheert je code in Git</li><li>Je legt de uitkomsten helder uit aan taxateurs, bezwaarbehandelaars en de Waarderingskamer</li></ul><h2>Wat vragen wij</h2><ul><li>Een afgeronde wo-opleiding in econometrie, statistiek of data science</li><li>Minimaal twee jaar ervaring met het bouwen van voorspelmodellen</li><li>Je bent nieuwsgierig en blijft jezelf ontwikkelen</li></ul><h2>Wat bieden wij</h2><p>Schaal 11 (maximaal &euro; 6.100 bruto per maand bij 36 uur), een Individueel Keuzebudget van 17,05%, ABP-pensioen, hybride werken en een opleidingsbudget.</p><p>Vragen over de functie? Bel Julia Hoekstra, teamleider Waardebepaling, via 038 &ndash; 204 11 00.</p>`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Data cleaning', 'Python', 'Pandas', 'Scikit-learn', 'Git', 'Communication', 'Continuous learning'],
  },
  {
    id: 't8-b-17',
    title: 'Machine learning engineer (remote binnen de EU)',
    company: 'Tiendo B.V.',
    location: 'Remote (EU)',
    format: 'html',
    body: `# Wat ga je doen
Elke maand fotograferen onze klanten 1,4 miljoen bonnetjes en facturen met hun telefoon. Jij zorgt ervoor dat die automatisch op de juiste grootboekrekening en in de juiste btw-categorie terechtkomen.
- Je traint en verbetert transformermodellen die bonnetjes lezen en categoriseren, in PyTorch
- Je brengt modellen in productie met Docker en onze CI/CD-straat in GitHub Actions
- Je meet hoe vaak klanten onze suggesties corrigeren en vergelijkt nieuwe modellen met de huidige in A/B-tests
- Je bouwt API's waarmee de app en onze partners voorspellingen opvragen
# Wie ben jij
- Minimaal 3 jaar ervaring met Python in productie
- Je werkt graag samen met onze data scientists en productmanagers
- Je werkt zelfstandig vanuit huis, waar je ook woont binnen de EU; vier keer per jaar zien we elkaar tijdens een teamweek
- Je spreekt Engels; Nederlands is een pluspunt
# Wat bieden wij
€ 70.000 – € 88.000 bruto per jaar (of het equivalent via een employer of record), 28 vakantiedagen, een thuiswerkbudget en € 2.000 opleidingsbudget per jaar.
# Over ons
Met de app van Tiendo regelen 60.000 zzp'ers en kleine ondernemers hun facturen, bonnetjes en btw-aangifte in een paar minuten per maand.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: [],
    mentions: ['Neural networks', 'PyTorch', 'Docker', 'Deployment pipelines', 'Git', 'Model evaluation', 'Hypothesis testing', 'APIs', 'Python', 'DS'],
  },
  {
    id: 't8-b-18',
    title: 'Planner wegtransport (m/v/x)',
    company: 'Transport Verbruggen-Dael NV',
    location: '2030 Antwerpen',
    countryHints: ['BEL'],
    format: 'text',
    body: `Vanuit onze terminal in de Antwerpse haven rijden elke dag 160 vrachtwagens containers naar klanten in België, Nederland en Noord-Frankrijk.

# Jouw taken
- Je plant de ritten van onze chauffeurs en houdt rekening met rij- en rusttijden
- Je bent het aanspreekpunt voor chauffeurs, klanten en terminals
- Je zorgt dat de douanedocumenten in orde zijn
- Je lost onverwachte problemen op, van een file op de Ring tot een panne in Lille
# Jouw profiel
- Bachelor of gelijkwaardig door ervaring
- Je spreekt Nederlands en Frans, Engels is een plus
- Je past je snel aan wanneer de planning op het laatste moment verandert
# Ons aanbod
- Een bediendecontract van onbepaalde duur
- Maaltijdcheques, ecocheques en een hospitalisatieverzekering
- Fietsvergoeding en 12 ADV-dagen`,
    role: null,
    sector: null,
    countries: ['BE'],
    mentions: ['Problem-solving', 'Adaptability'],
  },
  {
    id: 't8-b-19',
    title: 'Analista de BI (m/f)',
    company: 'Grupo Rodas do Minho',
    location: 'Viseu',
    countryHints: ['PT'],
    format: 'div',
    body: `# Quem somos
Somos concessionários oficiais de sete marcas em 11 stands em Viseu, Guarda e Aveiro: vendemos carros novos e usados, fazemos a manutenção em oficinas próprias e financiamos as compras dos nossos clientes através de parceiros.
# O que vais fazer
- Desenvolver e manter relatórios e dashboards em Power BI para vendas, após-venda e stock de usados
- Integrar dados do DMS, do CRM e da contabilidade num único data warehouse
- Garantir a qualidade dos dados, corrigindo clientes e matrículas duplicados
- Apresentar análises à administração e aos diretores de stand
# O que procuramos
- Licenciatura em Gestão, Economia ou Engenharia
- Dois anos de experiência com Power BI e SQL
- Python é valorizado
- Sentido de negócio e gosto por números
# O que oferecemos
Contrato sem termo, seguro de saúde, subsídio de alimentação em cartão e desconto nas nossas oficinas.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['PT'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'Python', 'Business acumen'],
  },
  {
    id: 't8-b-20',
    title: 'Engenheiro(a) de Processamento de Linguagem Natural',
    company: 'Instituto de Linguística Computacional da Universidade do Mondego',
    location: 'Coimbra',
    format: 'escaped',
    body: `# Quem somos
O Instituto de Linguística Computacional é uma unidade de investigação da Universidade do Mondego, uma universidade pública. Trabalhamos em recursos e ferramentas para o português falado em Portugal e em África.
# O projeto
Contrato de trabalho a termo certo de 24 meses, no âmbito de um projeto financiado por fundos nacionais e europeus.
- Construir corpora de português europeu e africano: recolha, limpeza, deduplicação e anotação
- Treinar e afinar modelos transformer para reconhecimento de entidades e classificação de textos
- Avaliar os modelos com métricas padronizadas e comparar com os resultados publicados
- Disponibilizar modelos e dados abertos no GitHub
# Requisitos
- Mestrado em Engenharia Informática ou Linguística Computacional
- Python e PyTorch
- Boa comunicação escrita em português e inglês
# Remuneração
2.100 € brutos mensais, 14 meses por ano, e horário flexível.`,
    role: 'NLP_ENG',
    sector: null,
    countries: ['PT'],
    mentions: ['Data cleaning', 'Neural networks', 'Model evaluation', 'Git', 'Python', 'PyTorch', 'Communication'],
  },
  {
    id: 't8-b-21',
    title: 'Engenheiro(a) de Machine Learning Pleno',
    company: 'Nuvem Catarina Hospedagem Ltda.',
    location: 'Joinville, SC',
    format: 'raw',
    // Gupy description: <p> and <ul>, the company text in the closing section.
    body: `<p><strong>Sobre a vaga</strong></p><p>Nosso time de Plataforma de IA ajuda os clientes a rodar modelos nos nossos servidores com GPU sem precisar montar infraestrutura pr&oacute;pria.</p><p><strong>Responsabilidades e atribui&ccedil;&otilde;es</strong></p><ul><li>Construir e manter o servi&ccedil;o gerenciado de infer&ecirc;ncia que nossos clientes usam para publicar modelos</li><li>Automatizar treinamento, versionamento e deploy com Kubeflow, MLflow e Kubernetes</li><li>Criar pipelines de CI/CD para modelos</li><li>Medir lat&ecirc;ncia, custo e qualidade dos modelos em produ&ccedil;&atilde;o</li></ul><p><strong>Requisitos e qualifica&ccedil;&otilde;es</strong></p><ul><li>Experi&ecirc;ncia com Python e Go</li><li>Docker e Kubernetes no dia a dia</li><li>Experi&ecirc;ncia com TensorFlow ou PyTorch</li><li>Ingl&ecirc;s para leitura t&eacute;cnica</li></ul><p><strong>Diferenciais</strong></p><ul><li>Certifica&ccedil;&atilde;o AWS Certified Machine Learning &ndash; Specialty ou Google Professional Machine Learning Engineer</li></ul><p><strong>Benef&iacute;cios</strong></p><p>CLT, vale-refei&ccedil;&atilde;o e vale-alimenta&ccedil;&atilde;o de R$ 1.400 por m&ecirc;s, plano de sa&uacute;de e odontol&oacute;gico, aux&iacute;lio academia, PLR e home office com ajuda de custo.</p><p><strong>Sobre a Nuvem Catarina</strong></p><p>Somos uma empresa de hospedagem e cloud 100% brasileira: 40 mil clientes e tr&ecirc;s data centers em Santa Catarina e S&atilde;o Paulo. Aqui, todas as pessoas s&atilde;o bem-vindas &ndash; valorizamos a diversidade em todas as suas formas.</p>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['BR'],
    mentions: ['Kubeflow', 'MLflow', 'Kubernetes', 'Deployment pipelines', 'Model evaluation', 'Python', 'Docker', 'TensorFlow', 'PyTorch', 'CERT_AWS', 'CERT_GCP'],
  },
  {
    id: 't8-b-22',
    title: 'Inżynier / Inżynierka Computer Vision',
    company: 'Jarmarkon Sp. z o.o.',
    location: 'Poznań, wielkopolskie',
    format: 'html',
    body: `# O nas
Jarmarkon to internetowy targ, na którym 4 miliony klientów kupują od 25 tysięcy sprzedawców – od części rowerowych po ręcznie robioną ceramikę.
# Twoje zadania
- Rozwijanie modeli, które rozpoznają kategorię produktu i wykrywają niedozwolone towary na zdjęciach ofert
- Trenowanie sieci konwolucyjnych i vision transformerów w PyTorch
- Wyszukiwanie podobnych produktów po zdjęciu
- Ocena jakości modeli na zbiorach testowych i w testach A/B
- Współpraca z zespołem data engineerów przy budowie potoków danych
# Nasze wymagania
- Minimum 3 lata doświadczenia w computer vision
- Python oraz dobra znajomość PyTorch lub TensorFlow
- Docker i Git
- Angielski na poziomie B2
# Oferujemy
Umowa o pracę (18 000 – 24 000 zł brutto) lub B2B, prywatna opieka medyczna, karta sportowa, praca hybrydowa z biura w centrum Poznania.`,
    role: 'CVE',
    sector: SECTOR.RETAIL,
    countries: ['PL'],
    mentions: ['Neural networks', 'PyTorch', 'TensorFlow', 'Model evaluation', 'Hypothesis testing', 'DE', 'Python', 'Docker', 'Git'],
  },
  {
    id: 't8-b-23',
    title: 'Specjalista / Specjalistka ds. likwidacji szkód komunikacyjnych',
    company: 'TUW Karkonoska',
    location: 'Wrocław, dolnośląskie',
    format: 'raw',
    // Job-board body: <h2> headings, <ul> lists, Polish letters as numeric entities.
    body: `<h2>O nas</h2><p>Od 1993 roku pomagamy kierowcom i rodzinom z Dolnego &#346;l&#261;ska, gdy co&#347; p&oacute;jdzie nie tak: wyp&#322;acamy odszkodowania za st&#322;uczki, zalane mieszkania i zniszczone plony. Nale&#380;ymy do naszych cz&#322;onk&oacute;w &ndash; jest ich dzi&#347; 310 tysi&#281;cy.</p><h2>Tw&oacute;j zakres obowi&#261;zk&oacute;w</h2><ul><li>prowadzenie post&#281;powa&#324; likwidacyjnych szk&oacute;d komunikacyjnych</li><li>kontakt z klientami, warsztatami i rzeczoznawcami</li><li>weryfikacja kosztorys&oacute;w napraw</li><li>zg&#322;aszanie podejrze&#324; wy&#322;udze&#324;</li></ul><h2>Nasze wymagania</h2><ul><li>wykszta&#322;cenie wy&#380;sze</li><li>co najmniej rok do&#347;wiadczenia w obs&#322;udze klienta lub likwidacji szk&oacute;d</li><li>prawo jazdy kat. B</li><li>komunikatywno&#347;&#263; i dok&#322;adno&#347;&#263;</li></ul><h2>Oferujemy</h2><ul><li>umow&#281; o prac&#281; i premi&#281; kwartaln&#261;</li><li>pakiet medyczny i ubezpieczenie na &#380;ycie na preferencyjnych warunkach</li><li>dofinansowanie do karty sportowej</li></ul><p>Administratorem Twoich danych osobowych jest TUW Karkonoska z siedzib&#261; we Wroc&#322;awiu.</p>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['PL'],
    mentions: ['Communication'],
  },
  {
    id: 't8-b-24',
    title: 'Data Engineer till vårt analysteam – Malmö eller Köpenhamn',
    company: 'Ljusglimt Games AB',
    location: 'Malmö',
    locations: ['København, Danmark'],
    format: 'double',
    body: `# Om rollen
Du blir en av fyra data engineers i vårt analysteam och ser till att varje beslut om våra spel vilar på data man kan lita på.
- Bygga och underhålla dataflöden från våra spelservrar med Kafka och Apache Spark
- Modellera data i vårt lakehouse och skriva automatiska tester som fångar trasig eller saknad data
- Ge våra dataanalytiker och data scientists snabb tillgång till data
- Automatisera driftsättningen med CI/CD
# Vi söker dig som
- Har minst tre års erfarenhet av Python eller Scala
- Har arbetat med molnplattformar och Docker
- Tycker om att lösa problem tillsammans med andra
- Talar svenska, danska eller engelska
# Vi erbjuder
Kollektivavtal, tjänstepension, friskvårdsbidrag på 5 000 kr, 30 semesterdagar och spelkvällar varannan fredag.
# Om oss
Ljusglimt Games gör pussel- och äventyrsspel för mobilen som spelas av elva miljoner människor varje månad. Vi är 180 personer i Malmö och Köpenhamn.`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['SE', 'DK'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'DS', 'Deployment pipelines', 'Python', 'Docker', 'Problem-solving'],
  },
  {
    id: 't8-b-25',
    title: 'Business Intelligence Developer',
    company: 'Curraghbeg Credit Union',
    location: 'Kilkenny, Co. Kilkenny',
    industry: 'Banking',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs.
    body: `<p><b>About us</b></p><p>Curraghbeg Credit Union is owned by its 38,000 members in Kilkenny and south Laois. We hold &euro;420 million in members&rsquo; savings and lend to local families, farmers and small businesses from five offices and our app.</p><p>&nbsp;</p><p><b>The role</b></p><ul><li>Build and maintain the Power BI reports used by our lending, finance and risk teams</li><li>Develop SQL Server data models and SSIS loads from our core banking system</li><li>Validate the data we load each night and correct errors at source with the teams that own it</li><li>Present insights on lending and arrears to the Board and the management team</li></ul><p>&nbsp;</p><p><b>About you</b></p><ul><li>3+ years in a BI or reporting role, ideally in financial services</li><li>Strong SQL and Power BI (DAX, data modelling)</li><li>Python scripting is an advantage</li><li>Familiar with version control in Git</li><li>QFA or a similar qualification is desirable but not essential</li></ul><p>&nbsp;</p><p><b>What we offer</b></p><p>&euro;55,000 &ndash; &euro;65,000 depending on experience, a 10% employer pension contribution, health insurance, a 35-hour week and support for further study.</p><p>Curraghbeg Credit Union Limited is regulated by the Central Bank of Ireland. We are an equal opportunities employer and welcome applications from all sections of the community.</p>`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'Python', 'Git'],
  },
  {
    id: 't8-b-26',
    title: 'Senior Statistician',
    company: 'Western Seaboard Development Agency',
    location: 'Galway, Co. Galway',
    format: 'html',
    body: `# The role
The Senior Statistician leads our small statistics unit, which publishes the official figures on jobs, incomes and population on the western seaboard, from Donegal to Kerry.
- Design the samples for our annual business and household surveys
- Edit and impute survey returns, and correct errors before figures are published
- Build regression models that estimate employment for small areas
- Visualise results for our quarterly bulletin and interactive maps
- Present findings to Ministers, county councils and the media
# Essential requirements
- A degree with a high level of statistics, and at least five years' experience producing official statistics
- Strong R; SAS is an advantage
- Ability to manage a team of four
# Salary and terms
Senior Statistician scale: €84,000 – €101,000 (PPC rate). Single Public Service Pension Scheme. 30 days' annual leave, blended working and the Cycle to Work scheme.
# About us
The Western Seaboard Development Agency is a state agency set up by statute to support the economic, social and cultural development of the western counties. It reports to the Department of Rural and Community Development. The Agency is committed to a policy of equal opportunity.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['IE'],
    mentions: ['Data cleaning', 'Regression', 'Visualization', 'Communication', 'R'],
  },
  {
    id: 't8-b-27',
    title: 'Applied Scientist – Berth Planning',
    company: 'Mount Pukewhero Terminals Ltd',
    location: 'Tauranga, Bay of Plenty',
    format: 'div',
    body: `# Who we are
Every year 27 million tonnes of logs, kiwifruit, dairy and containers cross our wharves. 1,300 vessels a year call at our berths, and every hour a ship waits at anchor costs someone money.
# The role
You will research and build the methods that decide which ship gets which berth and crane, and when.
- Predict vessel arrival times with gradient-boosted trees and LSTM networks
- Quantify the uncertainty in those predictions, and plan around it
- Explore reinforcement learning for berth and crane allocation
- Back-test every method against last season's actual operations before it is used
- Share findings with the planning team and shipping lines
- Work alongside our data engineers and operations analysts
# What you'll bring
- A PhD or research master's in operations research, statistics, computer science or a related field
- Strong grounding in probability and optimisation
- Python
# What we offer
NZ$150,000 – $175,000, KiwiSaver contributions of 6%, health insurance, five weeks' annual leave and a parking space by the sea.`,
    role: 'ARS',
    sector: null,
    countries: ['NZ'],
    mentions: ['Decision trees', 'Neural networks', 'Probability', 'Reinforcement learning', 'Model evaluation', 'Communication', 'DE', 'Python'],
  },
  {
    id: 't8-b-28',
    title: 'Data Scientist – Collections',
    company: 'Bhekani Finance (Pty) Ltd',
    location: 'Durban, KwaZulu-Natal',
    format: 'escaped',
    body: `# The role
When a customer falls behind on a loan, a kind phone call at the right moment helps them and us. You will build the models that decide who we call, when, and with what offer.
- Build behavioural scorecards with logistic regression and gradient boosting
- Engineer features from repayment histories, payday patterns and call outcomes
- Design and analyse A/B tests of SMS reminders and payment-holiday offers
- Build Tableau dashboards for collections team leaders
- Explain model results to call centre managers in plain language
# Requirements
- BSc or BCom (Hons) in Statistics, Actuarial Science or Data Science
- 3+ years' experience in credit or collections analytics
- Python (pandas, scikit-learn) and SQL
# Benefits
Medical aid contribution, provident fund, 13th cheque, study assistance and a hybrid work arrangement.
Bhekani Finance is an equal opportunity employer. Preference will be given to candidates from designated groups in line with our Employment Equity plan.
# About Bhekani
Bhekani Finance is a registered credit provider. We lend to 260,000 working South Africans through 48 branches in KwaZulu-Natal and the Eastern Cape and through our app.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['ZA'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Hypothesis testing', 'Tableau', 'Communication', 'Python', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't8-b-29',
    title: 'Mine Planning Engineer',
    company: 'Bonsa Valley Mining Ltd',
    location: 'Tarkwa, Western Region, Ghana',
    industry: 'Mining',
    format: 'text',
    body: `Bonsa Valley Mining operates an open-pit gold mine and a 4.5 Mtpa processing plant near Tarkwa, employing 1,900 people, most of them from the surrounding communities.

# Key responsibilities
- Prepare short- and medium-term mine plans and schedules
- Run pit optimisations and design pushbacks, ramps and waste dumps
- Reconcile planned against actual tonnes and grades every month
- Solve day-to-day production problems with the mining and geology teams
# Requirements
- BSc in Mining Engineering
- At least five years in open-pit planning
- Working knowledge of mine planning software; Python scripting to automate reports is an advantage
# What we offer
A four-weeks-on, two-weeks-off roster, housing on site, medical cover for you and your family and a production bonus.`,
    role: null,
    sector: null,
    countries: ['GH'],
    mentions: ['Problem-solving', 'Python'],
  },
  {
    id: 't8-b-30',
    title: 'Field Operations Analyst',
    company: 'Mlingoti Towers Ltd',
    location: 'Eldoret, Kenya',
    format: 'double',
    body: `# Who we are
Our 2,600 masts in Kenya and Tanzania carry the signal of every mobile network in the region. We power them, guard them and keep them up 99.95% of the time.
# The role
- Analyse outage, fuel and battery data from sites across western Kenya
- Build and maintain Power BI dashboards for the regional field team
- Forecast diesel use per site with simple regression models
- Clean the readings we get from generator sensors and fix gaps before they reach a report
- Explain what the numbers mean to field technicians and contractors
- Visit sites in the region when needed
# Requirements
- Degree in Statistics, Engineering or Economics
- Advanced Excel and Power BI
- Python or R is an advantage
# Benefits
Medical cover for you and your dependants, pension, airtime allowance and a company car for site visits.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['KE'],
    mentions: ['Power BI', 'Regression', 'Data cleaning', 'Communication', 'Python', 'R'],
  },
  {
    id: 't8-b-31',
    title: 'NLP Engineer – Arabic Customer Care',
    company: 'Falaj Mobile PJSC',
    location: 'Sharjah, United Arab Emirates',
    format: 'raw',
    // Oracle Recruiting Cloud: inline styles, spans and <br> runs with &bull; bullets; company text last.
    body: `<p><span style="font-size:11pt"><b>The role</b></span></p><p><span style="font-size:11pt">Our customers write to us in Gulf Arabic, Modern Standard Arabic, English and everything in between. You will build the language models behind our chat and voice assistants.<br>&bull; Fine-tune transformer models on customer conversations in Arabic dialects, using Hugging Face and PyTorch<br>&bull; Evaluate intent and answer accuracy with our annotation team before every release<br>&bull; Train and deploy models on Azure Machine Learning, packaged with Docker and served on Kubernetes<br>&bull; Work with our data scientists on churn and complaint analytics</span></p><p><span style="font-size:11pt"><b>Requirements</b><br>Bachelor&rsquo;s or Master&rsquo;s in Computer Science or Computational Linguistics.<br>Strong Python.<br>Fluent Arabic and English.<br>Microsoft Certified: Azure AI Engineer Associate is an advantage.</span></p><p><span style="font-size:11pt"><b>Benefits</b><br>Tax-free salary, housing and transport allowances, annual flight home, medical insurance for you and your family, and discounted mobile and home broadband plans.</span></p><p><span style="font-size:11pt"><b>About Falaj Mobile</b><br>Falaj Mobile serves 7 million mobile and home broadband customers across the UAE and Oman, with 5G coverage in every emirate. We are an equal opportunity employer and support Emiratisation.</span></p>`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['AE'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Microsoft Azure ML', 'Docker', 'Kubernetes', 'DS', 'Python', 'CERT_AZ'],
  },
  {
    id: 't8-b-32',
    title: 'AI Product Manager',
    company: 'Kalesa Systems Inc.',
    location: 'Pasig City, Metro Manila',
    industry: 'IT Services and IT Consulting',
    format: 'html',
    body: `# About Kalesa
Kalesa Systems builds and runs software for banks, airlines, hospitals and government offices across Southeast Asia. Our 1,400 engineers work from Pasig, Cebu and Davao.
# What you'll do
Lead our document-processing product, which reads invoices, IDs and claim forms for our clients.
- Own the roadmap and the business case for every release
- Work day to day with our ML engineers and NLP engineers
- Define success metrics and the evaluation datasets each model must pass before release
- Present the roadmap and results to client executives
# What we're looking for
- 5+ years in product management, 2+ on machine learning products
- Strong business acumen and experience writing business cases
- Familiarity with Google Vertex AI or AWS SageMaker
# Benefits
HMO coverage for you and two dependents from day one, 14th month pay, a hybrid set-up, and paid leave that converts to cash.
Kalesa Systems is an equal opportunity employer. We hire on merit and do not discriminate based on age, gender, religion, ethnicity, disability or sexual orientation.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['PH'],
    mentions: ['MLE', 'NLP_ENG', 'Model evaluation', 'Communication', 'Business acumen', 'Google AI Platform', 'AWS SageMaker'],
  },
  {
    id: 't8-b-33',
    title: 'Robotics Engineer – Autonomous Harvesters',
    company: 'Jatobá Máquinas Agrícolas S.A.',
    location: 'Ribeirão Preto, SP',
    countryHints: ['BR'],
    format: 'div',
    body: `# The role
Our next sugarcane harvester drives itself along the rows at night. You will write the software that lets it see the crop, plan its path and stop safely.
- Develop motion planning and control software in C++ and Python on ROS 2
- Fuse GNSS, lidar and camera data to estimate the machine's position in the field
- Work with our computer vision engineers on crop-row and obstacle detection
- Test new releases in simulation and in the field during harvest
# Requirements
- Degree in Mechatronics, Control or Computer Engineering
- Solid linear algebra and probability
- Experience with Git and code review
- English for work; Portuguese is a plus
# Benefits
Profit sharing (PLR), health and dental plan, meal vouchers and the company bus from the city centre.
# About Jatobá
Jatobá builds sugarcane and coffee harvesters, planters and sprayers in our factory in Ribeirão Preto and exports them to 20 countries.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['BR'],
    mentions: ['C++', 'Python', 'CVE', 'Linear algebra', 'Probability', 'Git'],
  },
  {
    id: 't8-b-34',
    title: 'Pricing Analyst',
    company: 'Supermercados Cerro Colli',
    location: 'Zapopan, Jalisco',
    countryHints: ['MEX'],
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter.
    body: `<p><strong>Company Description</strong></p><p>Every day 1.1 million families in Jalisco, Nayarit and Colima fill their bags at our 140 stores: fresh tortillas, fruit and vegetables, meat, and everything the household needs.</p><p><strong>Job Description</strong></p><ul><li>Set and review shelf prices for 25,000 products against local competitors</li><li>Estimate price elasticity with regression models</li><li>Design A/B tests of promotions between matched groups of stores, and read out the results</li><li>Keep the Tableau dashboards that buyers use every Monday up to date</li><li>Work with our data scientists on the markdown model for fresh produce</li></ul><p><strong>Qualifications</strong></p><ul><li>Degree in Economics, Actuarial Science or Industrial Engineering</li><li>2+ years in pricing or commercial analytics</li><li>Advanced Excel; Python or R</li><li>Commercial sense: you care whether a price change made money</li><li>Spanish and English</li></ul><p><strong>Additional Information</strong></p><p>Benefits above the legal minimum: 30 days&rsquo; aguinaldo, grocery vouchers, savings fund, major medical insurance and a 10% discount in our stores.</p>`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: ['Regression', 'Hypothesis testing', 'Tableau', 'DS', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't8-b-35',
    title: 'Technical Sales Engineer – Computer Vision',
    company: 'Aislegrid Pte. Ltd.',
    location: 'Cyberjaya, Selangor',
    locations: ['Singapore'],
    format: 'double',
    body: `# About Aislegrid
Aislegrid's ceiling cameras and shelf analytics tell supermarket and pharmacy chains which shelves are empty, which prices are wrong and where queues are forming. 2,100 stores in seven countries use us.
# The role
Based in Cyberjaya or Singapore, you will help retailers decide to buy and install Aislegrid.
- Run demos and pilot projects with store operations teams
- Scope camera installations and the integration with each client's point-of-sale system through our APIs
- Explain how our models work, and how accurate they are, to non-technical buyers
- Bring client feedback to our computer vision engineers
- Travel across Malaysia, Singapore, Thailand and Indonesia (about 40%)
# Requirements
- Degree in engineering or computer science
- 3+ years in pre-sales or solutions engineering
- Python scripting is a plus
# What we offer
Base salary plus commission, EPF or CPF contributions, medical and dental cover, and a travel allowance.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['MY', 'SG'],
    mentions: ['APIs', 'Communication', 'CVE', 'Python'],
  },
  {
    id: 't8-b-36',
    title: 'Senior .NET Developer',
    company: 'Eko Talent Partners',
    location: 'Abuja, FCT',
    industry: 'Staffing and Recruiting',
    format: 'text',
    body: `Our client, a fast-growing organisation with offices in Abuja and Port Harcourt, is looking for a Senior .NET Developer to join its in-house technology team.

# Responsibilities
- Design and build web applications and REST APIs in C# and .NET 8
- Maintain SQL Server databases and write efficient queries
- Keep code in Git and ship it through Azure DevOps pipelines
- Package services with Docker
- Troubleshoot and solve production issues
# Requirements
- B.Sc. in Computer Science or a related field
- 5+ years of .NET development
- NYSC discharge certificate
# Remuneration
Competitive salary, HMO, pension and a 13th-month bonus.

Eko Talent Partners is a recruitment agency. Only shortlisted candidates will be contacted.`,
    role: null,
    sector: null,
    countries: ['NG'],
    mentions: ['APIs', 'Git', 'Deployment pipelines', 'Docker', 'Problem-solving'],
  },
];
