// Test-set (test7) postings, part B: 24 written in German (Germany, Austria, Switzerland), French (France,
// Switzerland, Senegal), Spanish (Spain, Argentina, Peru), Italian (Italy, Ticino), Dutch (Netherlands,
// Flanders), Portuguese (Portugal, Brazil), Polish and Swedish, and 12 in English from Ireland, New Zealand,
// South Africa, Kenya, the UAE, the Philippines, Brazil, Mexico, Nigeria, Singapore, Ghana and Malaysia.
// Every employer is fictional and introduces itself in its own words: at the top, after the role summary or
// at the end, and about a quarter only through what it does.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a vendor made for one sector's
// businesses is in that sector, and null when the posting does not say or the business is in none of the seven.
// Sector calls that needed the page: t7-b-12 parking sensors and apps bought by city councils (Public Sector);
// t7-b-13 invoicing and bookkeeping app for freelancers (Finance); t7-b-17 a Dutch water board, which is a
// tier of government (Public Sector); t7-b-18 a recruiter that never says what its client does (null); t7-b-19
// a clothing brand that designs and sells only in its own shops (Retail); t7-b-21 a shopping-centre landlord
// that sells no goods (real estate, null); t7-b-22 chat assistants made for online shops (Retail); t7-b-26 an
// electricity lines company (utility, null); t7-b-36 a chip designer and maker, even though its chips go into
// cars (Information Technology).
//
// Mention decisions: colleagues' roles named in the body are role mentions in any language ("robotica-
// engineers", "ML-ingenjör", "analystes BI", "ingenieros de visión artificial", "pessoa Engenheira de Machine
// Learning"); CNNs, U-Nets, vision transformers, conformers and "transformery" are Neural networks; gradient
// boosting, random forests, LightGBM and XGBoost are Decision trees; A/B tests and statistical or hypothesis
// tests are Hypothesis testing; Power BI or Tableau reports and dashboards name the tool only, while
// "visualise", "visualisations" and plots are Visualization; deriving inputs for a model from signals is
// Feature engineering; GitHub, GitLab and versioning are Git; Jenkins, GitLab CI, GitHub Actions, Azure
// DevOps pipelines and CI/CD are Deployment pipelines; Vertex AI is Google AI Platform. t7-b-27 names the
// Azure AI Engineer Associate certification itself, so it is a certification mention. t7-b-31 names Kafka and
// Spark as systems its platform connects to and the sales engineer demonstrates: labelled, as the posting
// names them. t7-b-34 "reinforcement learning from human feedback" is Reinforcement learning. Not labelled:
// "R&D" and "R$" (no R), the recruiter contact Julia (no Julia), "Mobile Communications" in a company name
// (no Communication), "tableaux de bord" (no Tableau), the electrical transformers of t7-b-26 (no Neural
// networks), speaking a language fluently (no Communication; "communication skills" in two languages is).
// t7-b-22 is remote from anywhere in the EU with no country named: countries [].
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST7_B: HoldoutCase[] = [
  {
    id: 't7-b-01',
    title: 'Machine Learning Engineer (m/w/d) Zustandsüberwachung',
    company: 'Lechfeld Getriebewerk GmbH',
    location: '86343 Königsbrunn, Bayern',
    format: 'raw',
    // Personio job page: name/value sections joined by the adapter, umlauts as entities.
    body: `<h3>&Uuml;ber uns</h3><p>Unsere Getriebe drehen sich in Windenergieanlagen vor Helgoland, in Schiffsantrieben und in Zementm&uuml;hlen auf vier Kontinenten. Seit 1962 konstruieren und fertigen wir sie in K&ouml;nigsbrunn &ndash; heute mit 1.400 Menschen, einer eigenen H&auml;rterei und einem Pr&uuml;ffeld, auf dem wir Getriebe bis 12 MW unter Last testen.</p><h3>Deine Aufgabe</h3><p>Jedes Getriebe, das unser Werk verl&auml;sst, meldet &uuml;ber Schwingungs-, Temperatur- und &Ouml;lsensoren seinen Zustand. Im Team Digital Service machst du aus diesen Daten verl&auml;ssliche Warnungen, bevor ein Lager oder eine Verzahnung versagt.</p><ul><li>Du entwickelst Modelle zur Fr&uuml;herkennung von Lager- und Zahnsch&auml;den, unter anderem mit Gradient Boosting und 1D-CNNs</li><li>Du leitest aus Schwingungsspektren und Betriebsdaten aussagekr&auml;ftige Merkmale f&uuml;r die Modelle ab</li><li>Du pr&uuml;fst jedes Modell an dokumentierten Schadensf&auml;llen aus Pr&uuml;ffeld und Service, bevor es live geht</li><li>Du bringst Modelle mit Docker und Kubernetes in Betrieb und verfolgst Experimente in MLflow</li><li>Du arbeitest eng mit unseren Data Scientists und den Serviceingenieur:innen zusammen</li></ul><h3>Dein Profil</h3><ul><li>Studium der Informatik, Elektrotechnik, Mechatronik oder des Maschinenbaus</li><li>Mehrj&auml;hrige Erfahrung mit Python, NumPy, pandas und scikit-learn</li><li>Sicherer Umgang mit Git und GitLab CI</li><li>Du erkl&auml;rst komplexe Zusammenh&auml;nge verst&auml;ndlich &ndash; im Besprechungsraum genauso wie in der Montagehalle</li><li>Sehr gute Deutsch- und gute Englischkenntnisse</li></ul><h3>Was wir bieten</h3><ul><li>Tarifvertrag der bayerischen Metall- und Elektroindustrie, 35-Stunden-Woche und 30 Tage Urlaub</li><li>Gleitzeit und bis zu zwei Tage mobiles Arbeiten pro Woche</li><li>Betriebliche Altersvorsorge, Fahrradleasing und Zuschuss zum Deutschlandticket</li><li>Kantine mit regionaler K&uuml;che und Belegpl&auml;tze in der Kita am Werk</li><li>Eigenes Weiterbildungsbudget und Zeit f&uuml;r Fachkonferenzen</li></ul><p>Wir freuen uns &uuml;ber Bewerbungen von Menschen jeden Alters und Geschlechts, jeder Herkunft, Religion und sexuellen Identit&auml;t. Schwerbehinderte Bewerber:innen werden bei gleicher Eignung bevorzugt ber&uuml;cksichtigt.</p><p>Fragen zur Stelle beantwortet dir Tobias Reindl aus dem Recruiting unter 08231 5540-218.</p>`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation', 'Docker', 'Kubernetes', 'MLflow', 'DS', 'Python', 'NumPy', 'Pandas', 'Scikit-learn', 'Git', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't7-b-02',
    title: 'Data Engineer (w/m/d) Kreditdaten',
    company: 'Bausparkasse Westmünster AG',
    location: 'Münster (Westfalen)',
    countryHints: ['DEU'],
    industry: 'Banking',
    format: 'escaped',
    body: `# Deine Rolle
Im Team Kreditdatenplattform sorgst du dafür, dass Antrags-, Bestands- und Zahlungsdaten aus unseren Kernsystemen verlässlich, nachvollziehbar und pünktlich im Data Warehouse ankommen – für das Risikomanagement, das Meldewesen an die Aufsicht und unsere Analytics-Teams.

# Deine Aufgaben
- Du baust und betreibst Datenstrecken mit Apache Spark (PySpark) und Kafka
- Du migrierst Ladeprozesse aus dem bestehenden Hadoop-Cluster auf unsere neue Plattform
- Du implementierst automatisierte Datenqualitätsprüfungen und bereinigst fehlerhafte Bestandsdaten gemeinsam mit den Fachbereichen
- Du stellst Daten über REST-APIs für die digitale Antragsstrecke bereit
- Du versionierst deinen Code mit Git und lieferst ihn über Jenkins-Pipelines aus

# Dein Profil
- Abgeschlossenes Studium der (Wirtschafts-)Informatik oder eine vergleichbare Ausbildung mit Berufserfahrung
- Sehr gute Kenntnisse in Python und SQL, gerne auch in Java
- Erfahrung mit regulatorischen Anforderungen (BAIT, BCBS 239) ist ein Plus
- Strukturierte Arbeitsweise und Freude an der Zusammenarbeit mit Risikocontrolling & IT

# Unser Angebot
- Tarifvertrag für die privaten Bausparkassen mit 13,5 Monatsgehältern
- 39-Stunden-Woche mit Gleitzeit und bis zu 60 % mobilem Arbeiten
- 30 Tage Urlaub, dazu sind der 24.12. und der 31.12. frei
- Vergünstigte Bauspar- und Baufinanzierungskonditionen für Mitarbeitende
- Betriebliche Altersversorgung, Jobticket und ein Gesundheitsprogramm mit Betriebssport

# Über uns
Seit 1929 helfen wir Familien in Westfalen und im Emsland ins eigene Zuhause. Mit 310.000 Bausparverträgen und einem Baufinanzierungsbestand von 6,8 Mrd. Euro sind wir die Bausparkasse der Region; rund 850 Kolleginnen und Kollegen arbeiten in Münster und in 40 Beratungsbüros.
Vielfalt ist für uns selbstverständlich. Wir begrüßen alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'APIs', 'Git', 'Deployment pipelines', 'Python', 'Java'],
  },
  {
    id: 't7-b-03',
    title: 'Pharmazeut:in (Teilzeit, 30 Wochenstunden)',
    company: 'Karawanken-Apotheken GmbH',
    location: 'Klagenfurt am Wörthersee, Kärnten',
    format: 'text',
    body: `Die Karawanken-Apotheken sind elf öffentliche Apotheken zwischen Klagenfurt, Villach und Völkermarkt. 140 Mitarbeiterinnen und Mitarbeiter beraten täglich rund 6.000 Kundinnen und Kunden – zu Rezepten, Selbstmedikation, Impfungen, Naturheilmitteln und Kosmetik.

Ihre Aufgaben
- Abgabe von Arzneimitteln und fundierte Beratung unserer Kundinnen und Kunden
- Prüfung von Verschreibungen und Wechselwirkungs-Checks
- Herstellung magistraler Zubereitungen in unserem Labor
- Mitwirkung bei Impfaktionen, Blutdruck- und Gesundheitstagen
- Begleitung unserer Aspirantinnen und Aspiranten

Ihr Profil
- Abgeschlossenes Pharmaziestudium und Berechtigung zur Berufsausübung in Österreich
- Freude an der Beratung und ausgeprägte Kommunikationsfähigkeit
- Sicherer Umgang mit dem Warenwirtschaftssystem der Apotheke
- Bereitschaft zu Nacht- und Wochenenddiensten (etwa einmal im Monat)

Wir bieten
- Ein wertschätzendes Team in einer modernen Apotheke mit Kommissionierautomat
- Fortbildungen der Apothekerkammer auf unsere Kosten
- Mitarbeiterrabatt von 20 % auf das gesamte Freiwahlsortiment
- Gratis-Parkplatz und ein Zuschuss zur Jahreskarte für Bus und Bahn

Das Mindestgehalt für diese Position beträgt laut Gehaltskassen-Schema € 3.642,– brutto pro Monat für 30 Wochenstunden. Eine Überzahlung je nach Berufserfahrung ist selbstverständlich.

Wir freuen uns auf Ihre Bewerbung – unabhängig von Alter, Geschlecht, Herkunft, Religion oder Behinderung.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AT'],
    mentions: ['Communication'],
  },
  {
    id: 't7-b-04',
    title: 'Data Scientist (w/m/d) 80–100 %',
    company: 'Stadt Seeweiler',
    location: 'Seeweiler ZH',
    countryHints: ['CH'],
    format: 'div',
    body: `# Ihre Aufgaben
- Sie werten Daten aus Einwohnerregister, Steuerstatistik und Verkehrszählungen aus und erstellen Prognosen zur Bevölkerungs- und Schülerzahlentwicklung
- Sie entwickeln Regressions- und Zeitreihenmodelle und überprüfen deren Prognosegüte laufend
- Sie bereinigen und verknüpfen Register- und Geodaten
- Sie visualisieren Ergebnisse für den Stadtrat und die Bevölkerung, etwa im Open-Data-Portal
- Sie beraten die Departemente bei statistischen Fragen und Umfragen

# Ihr Profil
- Masterabschluss in Statistik, Data Science, Volkswirtschaft oder Geografie
- Sehr gute Kenntnisse in R oder Python sowie Erfahrung mit Git
- Sicheres Verständnis von Wahrscheinlichkeitsrechnung und statistischen Tests
- Sie kommunizieren komplexe Sachverhalte adressatengerecht, mündlich wie schriftlich

# Wir bieten
- Eine sinnstiftende Aufgabe mit direktem Nutzen für die Bevölkerung
- Fünf Wochen Ferien, ab 50 Jahren sechs Wochen
- Gute Sozialleistungen und eine Pensionskasse mit überdurchschnittlichen Arbeitgeberbeiträgen
- Beitrag an das Abonnement des öffentlichen Verkehrs
- Lohn gemäss städtischem Lohnsystem, Funktionsstufe 12

# Über uns
Seeweiler zählt 23'000 Einwohnerinnen und Einwohner. Die Stadtverwaltung erbringt mit rund 480 Mitarbeitenden Dienstleistungen für Bevölkerung und Wirtschaft – von der Einwohnerkontrolle bis zum Werkhof. Die Fachstelle Statistik & Daten gehört zur Präsidialabteilung und arbeitet für alle Departemente.
Die Stadt Seeweiler setzt sich für Chancengleichheit ein und freut sich über Bewerbungen von Menschen mit unterschiedlichem Hintergrund.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['CH'],
    mentions: ['Regression', 'Model evaluation', 'Data cleaning', 'Visualization', 'R', 'Python', 'Git', 'Probability', 'Hypothesis testing', 'Communication'],
  },
  {
    id: 't7-b-05',
    title: 'Responsable Pricing (H/F)',
    company: 'Cimes & Sentiers',
    location: 'Villeurbanne (69)',
    format: 'html',
    body: `# Le poste
Rattaché(e) à la Direction commerciale, vous définissez la politique de prix de nos 9 000 références, en magasin comme sur le site, et vous pilotez les soldes et les démarques.

# Qui sommes-nous ?
Depuis 1991, Cimes & Sentiers équipe randonneurs, alpinistes et traileurs : 38 magasins entre les Alpes, le Massif central et les Pyrénées, un site marchand et un atelier de réparation. Nous sommes 620 passionnés, dont beaucoup d'accompagnateurs et de guides.

# Vos missions
- Construire la grille tarifaire et suivre notre positionnement prix face à la concurrence
- Piloter les soldes avec l'équipe de data scientists, qui modélise l'élasticité de nos ventes
- Suivre la marge et le chiffre d'affaires par famille de produits dans Power BI
- Mettre en place des tests A/B de prix et de remises sur le site
- Présenter vos recommandations au comité de direction chaque mois

# Votre profil
- Bac+5 école de commerce ou d'ingénieurs
- 5 ans d'expérience en pricing ou en contrôle de gestion dans la distribution
- Excellente maîtrise d'Excel ; la connaissance de SQL ou de Python est un plus
- Sens du commerce et goût pour les chiffres
- Vous aimez la montagne ? C'est un vrai plus.

# Nos avantages
- Rémunération : 52 à 60 k€ bruts annuels + prime sur objectifs
- Accord d'intéressement et de participation
- 35 % de remise sur nos produits et prêt de matériel pour vos sorties
- Mutuelle prise en charge à 70 %, tickets restaurant, deux jours de télétravail par semaine

Cimes & Sentiers est engagée en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['DS', 'Power BI', 'Hypothesis testing', 'Communication', 'Python', 'Business acumen'],
  },
  {
    id: 't7-b-06',
    title: 'Spécialiste Deep Learning – Imagerie mammaire (H/F)',
    company: 'Opaline Imagerie SAS',
    location: 'Toulouse (31)',
    format: 'double',
    body: `# Votre mission
Au sein de l'équipe R&D (14 personnes), vous concevez les modèles qui détectent et caractérisent les lésions sur les mammographies et les tomosynthèses.
- Concevoir et entraîner des réseaux de neurones convolutifs et des vision transformers avec PyTorch
- Construire des jeux d'évaluation multicentriques et mesurer sensibilité, spécificité et AUC par constructeur d'appareil
- Nettoyer les données avec les radiologues partenaires : doublons, métadonnées DICOM erronées, annotations contradictoires
- Préparer la documentation technique pour le marquage CE et les dossiers FDA
- Présenter vos travaux en conférence (MICCAI, RSNA) et auprès de nos radiologues partenaires

# Votre profil
- Doctorat en apprentissage automatique, vision par ordinateur ou traitement du signal
- Excellente maîtrise de Python et de NumPy
- Expérience des clusters GPU, de Docker et de Git
- Rigueur scientifique et envie de travailler au plus près des médecins

# Ce que nous offrons
- CDI, 55 à 70 k€ selon expérience, BSPCE
- 12 RTT, mutuelle prise en charge à 100 %, forfait mobilités durables
- Trois jours de télétravail par semaine et des bureaux à deux pas du canal du Midi

# Qui sommes-nous ?
Opaline Imagerie développe des logiciels d'aide au diagnostic pour les radiologues. Notre solution, marquée CE comme dispositif médical de classe IIa, analyse chaque année plus d'un million de mammographies dans 210 centres d'imagerie en France, en Belgique et en Espagne.
Opaline Imagerie s'engage pour l'égalité professionnelle et l'accueil des personnes en situation de handicap.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['FR'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'Communication', 'Python', 'NumPy', 'Docker', 'Git'],
  },
  {
    id: 't7-b-07',
    title: 'Analyste Business Intelligence (H/F) 80–100%',
    company: 'Banque Privée Ormont & Cie SA',
    location: 'Lausanne, VD',
    countryHints: ['CH'],
    format: 'raw',
    // SmartRecruiters jobAd: company, job description, qualifications and additional information sections.
    body: `<p><strong>Qui sommes-nous</strong></p><p>Fond&eacute;e &agrave; Lausanne en 1874, Ormont &amp; Cie g&egrave;re le patrimoine de familles et d&rsquo;entrepreneurs suisses et internationaux. Nos 260 collaboratrices et collaborateurs accompagnent plus de 4&nbsp;000 client&middot;e&middot;s et CHF 19 milliards d&rsquo;actifs sous gestion, avec une ind&eacute;pendance qui dure depuis cinq g&eacute;n&eacute;rations d&rsquo;associ&eacute;s.</p><p><strong>Description du poste</strong></p><ul><li>D&eacute;velopper et maintenir les rapports et tableaux de bord Power BI destin&eacute;s &agrave; la direction, aux g&eacute;rant&middot;e&middot;s et &agrave; la conformit&eacute;</li><li>Mod&eacute;liser les donn&eacute;es du syst&egrave;me bancaire central dans l&rsquo;entrep&ocirc;t de donn&eacute;es</li><li>Automatiser les contr&ocirc;les de qualit&eacute; et corriger les incoh&eacute;rences des donn&eacute;es de client&egrave;le</li><li>Visualiser les flux d&rsquo;actifs et la rentabilit&eacute; par relation de mani&egrave;re claire et sobre</li><li>Traduire les besoins des m&eacute;tiers en indicateurs fiables</li></ul><p><strong>Qualifications</strong></p><ul><li>Master en syst&egrave;mes d&rsquo;information, &eacute;conomie ou finance</li><li>3 ans d&rsquo;exp&eacute;rience en BI, id&eacute;alement dans la banque</li><li>Ma&icirc;trise de SQL, DAX et Power BI&nbsp;; Python serait un atout</li><li>Aisance &agrave; communiquer avec les g&eacute;rant&middot;e&middot;s et la direction</li><li>Fran&ccedil;ais courant, anglais professionnel&nbsp;; l&rsquo;allemand est un plus</li></ul><p><strong>Informations suppl&eacute;mentaires</strong></p><p>Nous offrons un 13e salaire, un bonus annuel, une caisse de pension g&eacute;n&eacute;reuse, des conditions bancaires pr&eacute;f&eacute;rentielles, 25 jours de vacances et la possibilit&eacute; de travailler &agrave; distance deux jours par semaine.</p><p>Notre politique salariale est v&eacute;rifi&eacute;e chaque ann&eacute;e par un organisme ind&eacute;pendant. Nous nous r&eacute;jouissons de recevoir des candidatures de tous horizons.</p>`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['CH'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Python', 'Communication'],
  },
  {
    id: 't7-b-08',
    title: 'Ingénieur(e) Data – Plateforme Big Data',
    company: 'Kayar Mobile SA',
    location: 'Dakar, Sénégal',
    format: 'div',
    body: `# Qui sommes-nous ?
Chaque jour, sept millions de Sénégalais et de Gambiens passent leurs appels, envoient leurs SMS, se connectent à Internet et paient avec leur téléphone grâce à nos 2 900 sites radio. Kayar Mobile emploie 1 800 personnes à Dakar et dans nos agences régionales.

# Vos missions
- Concevoir et industrialiser les flux d'ingestion des CDR, des recharges et des données réseau avec Kafka et Spark
- Administrer et faire évoluer notre cluster Hadoop (HDFS, Hive)
- Mettre en place des contrôles de qualité et corriger les anomalies dans les données de facturation
- Mettre à disposition des jeux de données fiables pour les data scientists et les analystes BI
- Conteneuriser les traitements avec Docker

# Votre profil
- Diplôme d'ingénieur en informatique ou équivalent
- 3 ans d'expérience en ingénierie des données
- Maîtrise de Python ou de Scala, et de SQL
- Bonne connaissance de Git et des pipelines CI/CD
- Capacité à résoudre des problèmes complexes sous pression

# Ce que nous offrons
- Une rémunération attractive et un 13e mois
- Une couverture santé (IPM) pour vous et votre famille, une retraite complémentaire
- Un forfait mobile et Internet offert
- Un plan de formation et des certifications prises en charge

Kayar Mobile garantit l'égalité des chances. Les candidatures féminines sont vivement encouragées.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['SN'],
    mentions: ['Kafka', 'Apache Spark', 'Hadoop', 'Data cleaning', 'DS', 'BIA', 'Docker', 'Python', 'Git', 'Deployment pipelines', 'Problem-solving'],
  },
  {
    id: 't7-b-09',
    title: 'Analista de Business Intelligence (H/M)',
    company: 'Grupo Sanitario Marjal',
    location: 'Alicante',
    countryHints: ['ES'],
    format: 'html',
    body: `# Tu misión
Buscamos una persona que convierta los datos asistenciales y económicos de nuestros centros en información útil para la dirección médica y la gerencia.

# Funciones
- Diseñar y mantener informes y cuadros de mando en Tableau sobre actividad quirúrgica, listas de espera y ocupación de camas
- Modelar en el data warehouse los datos de la historia clínica, urgencias y facturación
- Depurar registros duplicados y errores de codificación junto al Servicio de Admisión
- Presentar cada mes los resultados al comité de dirección

# Requisitos
- Grado en Ingeniería Informática, Estadística, ADE o similar
- Al menos 3 años de experiencia en BI, preferiblemente en el sector sanitario
- SQL avanzado; valorable R o Python
- Pensamiento crítico y capacidad analítica

# Ofrecemos
- Contrato indefinido y jornada intensiva los viernes y en verano
- Salario de 34.000 a 40.000 € brutos anuales
- Seguro médico en nuestros centros para ti y tu familia
- Plan de formación continua y ayudas para másteres

# Quiénes somos
Grupo Sanitario Marjal reúne cuatro hospitales privados y 17 centros médicos en la Comunitat Valenciana y la Región de Murcia. Cada año atendemos 900.000 consultas y 40.000 intervenciones quirúrgicas.
En Grupo Sanitario Marjal garantizamos la igualdad de oportunidades y la no discriminación por razón de sexo, origen, edad, discapacidad, orientación sexual o cualquier otra circunstancia personal o social, conforme a nuestro Plan de Igualdad.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['ES'],
    mentions: ['Tableau', 'Data cleaning', 'Communication', 'R', 'Python', 'Critical thinking'],
  },
  {
    id: 't7-b-10',
    title: 'Ingeniero/a de Machine Learning – Prevención de Fraude',
    company: 'Cuyen Pay S.A.',
    location: 'Rosario, Santa Fe, Argentina',
    locations: ['Montevideo, Uruguay'],
    format: 'escaped',
    body: `# Sobre nosotros
Cuyen Pay es la billetera virtual que usan 3,5 millones de personas en Argentina y Uruguay para cobrar, pagar con QR, invertir en fondos comunes y pedir préstamos chicos. Somos 420 personas y estamos registrados como proveedor de servicios de pago.

# Qué vas a hacer
- Diseñar, entrenar y poner en producción modelos que detectan fraude en transacciones en tiempo real (LightGBM y redes neuronales)
- Construir features a partir de eventos de dispositivo y de comportamiento
- Desplegar modelos en AWS con SageMaker y contenedores Docker
- Consumir eventos de Kafka con latencias menores a 100 ms
- Medir el desempeño de los modelos contra los contracargos reales y diseñar tests A/B de reglas

# Qué buscamos
- 3+ años como ML engineer o data scientist, con modelos en producción
- Python sólido; valoramos Java
- Experiencia con CI/CD y Git
- Inglés intermedio

# Beneficios
- Sueldo en pesos ajustado por inflación cada trimestre
- Prepaga para vos y tu grupo familiar
- 3 semanas de vacaciones desde el primer año y el día de tu cumpleaños libre
- Presupuesto anual para cursos y conferencias
- Esquema híbrido: podés trabajar desde nuestras oficinas de Rosario o de Montevideo

En Cuyen Pay valoramos la diversidad y no discriminamos por género, origen, religión, edad, orientación sexual ni discapacidad.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['AR', 'UY'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'AWS SageMaker', 'Docker', 'Kafka', 'Model evaluation', 'Hypothesis testing', 'MLE', 'DS', 'Python', 'Java', 'Deployment pipelines', 'Git'],
  },
  {
    id: 't7-b-11',
    title: 'Científica/o de Datos – Planta Concentradora',
    company: 'Compañía Minera Tingocancha S.A.A.',
    location: 'Unidad Minera Tingocancha, Áncash – Perú',
    format: 'text',
    body: `Propósito del puesto
Desarrollar modelos analíticos que mejoren la recuperación de cobre y zinc en la planta concentradora y reduzcan el consumo de energía y de reactivos.

Funciones
- Construir modelos predictivos de recuperación y ley de concentrado con datos de sensores, laboratorio y el sistema de control (regresión, random forest)
- Identificar regímenes de operación de los molinos con técnicas de clustering
- Limpiar y validar datos de instrumentación con fallas y valores atípicos
- Visualizar los resultados para los superintendentes de planta y mantenimiento
- Explicar los hallazgos a operadores y jefes de guardia en campo

Requisitos
- Ingeniero/a metalurgista, químico, industrial o de sistemas; maestría en ciencia de datos deseable
- 3 años de experiencia en analítica avanzada
- Python (pandas, scikit-learn) y Power BI
- Disponibilidad para régimen 14x7 en la unidad minera, a 4 200 m s. n. m.

Ofrecemos
- Remuneración competitiva en planilla, gratificaciones y utilidades de ley
- EPS al 100 % para el colaborador y sus dependientes
- Seguro Vida Ley y SCTR
- Movilidad desde Lima y Huaraz al inicio y fin de cada guardia

Sobre nosotros
Desde 1998 producimos concentrados de cobre, zinc y plata en nuestra unidad de la Cordillera Negra. Somos 1 300 colaboradores y 900 trabajadores de empresas contratistas, y trabajamos de la mano con nueve comunidades campesinas de la zona.
La seguridad es nuestro primer valor. Promovemos la igualdad de oportunidades y no discriminamos por género, origen, religión, edad ni discapacidad.`,
    role: 'DS',
    sector: null,
    countries: ['PE'],
    mentions: ['Regression', 'Decision trees', 'Clustering', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Power BI'],
  },
  {
    id: 't7-b-12',
    title: 'Responsable de Producto de IA (H/M/X)',
    company: 'Plazalibre Urbana S.L.',
    location: 'Bilbao, Bizkaia',
    format: 'raw',
    // JSON-LD JobPosting.description from the careers page: <p>, <br> and accents as entities.
    body: `<p><strong>Sobre Plazalibre</strong></p><p>Nuestros sensores y c&aacute;maras saben qu&eacute; plazas de aparcamiento est&aacute;n libres en 46 ciudades de Espa&ntilde;a y Portugal. Los ayuntamientos nos contratan para guiar a los conductores hasta una plaza, cobrar la zona azul desde el m&oacute;vil, vigilar las zonas de carga y descarga y planificar su movilidad con datos. Somos 150 personas entre Bilbao y Valladolid.</p><p><strong>El puesto</strong></p><p>Buscamos a alguien que lidere la hoja de ruta de nuestros productos de inteligencia artificial: predicci&oacute;n de ocupaci&oacute;n, detecci&oacute;n de veh&iacute;culos y el asistente que responde a los agentes de la polic&iacute;a local.</p><p>&bull; Decidir qu&eacute; construimos y en qu&eacute; orden, y explicarlo a todo el equipo<br>&bull; Acordar con nuestros cient&iacute;ficos de datos e ingenieros de visi&oacute;n artificial c&oacute;mo se mide si un modelo est&aacute; listo para producci&oacute;n: precisi&oacute;n, falsos positivos y cobertura por ciudad<br>&bull; Hablar cada semana con t&eacute;cnicos municipales, polic&iacute;a local y conductores<br>&bull; Priorizar el backlog seg&uacute;n impacto y coste</p><p><strong>Lo que buscamos</strong></p><p>&bull; 4 a&ntilde;os como product manager, 2 de ellos con productos de datos o IA<br>&bull; Conocimientos de Python y SQL para explorar datos por tu cuenta<br>&bull; Capacidad para comunicar decisiones t&eacute;cnicas a clientes p&uacute;blicos<br>&bull; Visi&oacute;n de negocio<br>&bull; Se valorar&aacute; el euskera</p><p><strong>Ofrecemos</strong></p><p>Salario de 55.000 a 65.000 &euro; brutos anuales, retribuci&oacute;n flexible (comida, transporte, guarder&iacute;a), teletrabajo tres d&iacute;as por semana, 23 d&iacute;as laborables de vacaciones m&aacute;s el 24 y el 31 de diciembre, y un presupuesto anual de formaci&oacute;n.</p><p>Plazalibre cuenta con un Plan de Igualdad registrado y selecciona a las personas sin distinci&oacute;n de g&eacute;nero, origen, edad, discapacidad u orientaci&oacute;n sexual.</p>`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['ES'],
    mentions: ['DS', 'CVE', 'Model evaluation', 'Python', 'Communication', 'Business acumen'],
  },
  {
    id: 't7-b-13',
    title: 'Product Owner – Pagamenti e Incassi',
    company: 'Saldobene S.p.A.',
    location: 'Brescia (BS)',
    industry: 'Financial Services',
    format: 'div',
    body: `# Il ruolo
Cerchiamo un/una Product Owner che guidi il team Pagamenti: sette sviluppatori, una designer e un data analyst.

# Chi siamo
Saldobene è l'app con cui 280.000 liberi professionisti e piccole imprese italiane emettono fatture elettroniche, tengono la contabilità in regime forfettario, pagano gli F24 e ricevono i pagamenti dei loro clienti. Siamo nati a Brescia nel 2016 e oggi siamo 190.

# Cosa farai
- Definirai la roadmap dei flussi di incasso: bonifici istantanei, PagoPA, link di pagamento
- Scriverai user story e criteri di accettazione insieme agli sviluppatori
- Lavorerai con i data scientist per portare nell'app la previsione dei flussi di cassa
- Analizzerai i funnel e lancerai test A/B sulle schermate di pagamento
- Presenterai risultati e priorità al management ogni trimestre

# Cosa cerchiamo
- Almeno 3 anni come Product Owner o Product Manager in ambito fintech o pagamenti
- Conoscenza della PSD2 e dei circuiti di pagamento
- Dimestichezza con SQL e con Google Data Studio
- Problem solving e capacità di adattamento

# Cosa offriamo
- RAL tra 50.000 e 62.000 €, CCNL Commercio
- Buoni pasto da 8 € e un piano welfare da 1.000 € l'anno
- Assicurazione sanitaria integrativa estesa al nucleo familiare
- Smart working fino a tre giorni a settimana

La ricerca è rivolta a candidati di entrambi i sessi ai sensi delle leggi 903/77 e 125/91.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['DS', 'Hypothesis testing', 'Communication', 'Google Data Studio', 'Problem-solving', 'Adaptability'],
  },
  {
    id: 't7-b-14',
    title: 'Ingegnere Robotico – Celle di Saldatura (m/f/x)',
    company: 'Stampaggi Chisola S.p.A.',
    location: 'Rivalta di Torino (TO)',
    format: 'html',
    body: `# Chi siamo
Stampiamo e saldiamo componenti di scocca – longheroni, traverse e rinforzi in acciaio altoresistenziale – per le case automobilistiche europee. Tre stabilimenti in provincia di Torino, 900 dipendenti, 60 presse e oltre 400 robot di saldatura.

# Cosa farai
- Programmerai e metterai in servizio celle robotizzate di saldatura a punti e ad arco
- Svilupperai in C++ e Python gli strumenti di simulazione e di controllo delle traiettorie
- Lavorerai con ROS 2 sui nuovi robot mobili della logistica interna
- Ridurrai i tempi ciclo insieme agli enti Tecnologie e Manutenzione
- Risolverai i problemi di processo direttamente in linea, con i capiturno

# Requisiti
- Laurea magistrale in Ingegneria Meccatronica, dell'Automazione o Elettronica
- Almeno 3 anni di esperienza in robotica industriale
- Buona conoscenza della cinematica e dell'algebra lineare
- Versionamento del codice con Git
- Inglese B2 e disponibilità a brevi trasferte presso i clienti

# Offriamo
- CCNL Metalmeccanico Industria, RAL tra 38.000 e 46.000 € in base all'esperienza
- Premio di risultato e fondo sanitario di categoria
- Mensa aziendale e navetta dal capolinea della metropolitana di Torino
- Percorsi di formazione tecnica con i costruttori dei robot

Il presente annuncio è rivolto a persone di ogni genere ai sensi del D.Lgs. 198/2006.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['C++', 'Python', 'Problem-solving', 'Linear algebra', 'Git'],
  },
  {
    id: 't7-b-15',
    title: 'Sviluppatore Java Senior (m/f/d) 80–100%',
    company: 'Cassarate Software SA',
    location: 'Lugano (TI)',
    locations: ['Como (CO)'],
    format: 'raw',
    // Workday jobDescription: <p><b> headings and &nbsp; spacer paragraphs; company text last.
    body: `<p><b>Il tuo ruolo</b></p><p>Entrerai nel team Piattaforme, che sviluppa i servizi di back-end per i nostri clienti nelle banche, nelle assicurazioni, nella logistica e nella pubblica amministrazione. Potrai lavorare dalla sede di Lugano o dall&rsquo;ufficio di Como.</p><p>&nbsp;</p><p><b>Responsabilit&agrave;</b></p><ul><li>Progettare e sviluppare microservizi in Java 21 e Spring Boot</li><li>Esporre API REST e integrare sistemi esistenti dei clienti</li><li>Containerizzare i servizi con Docker e rilasciarli su Kubernetes tramite pipeline CI/CD</li><li>Fare code review su GitLab e curare la qualit&agrave; del codice</li><li>Affiancare i colleghi junior</li></ul><p><b>Requisiti</b></p><ul><li>Almeno 5 anni di sviluppo Java in contesti enterprise</li><li>Esperienza con Kafka &egrave; un vantaggio</li><li>Italiano fluente e buon inglese; il tedesco &egrave; un plus</li><li>Permesso di lavoro per la Svizzera oppure disponibilit&agrave; a lavorare da Como</li></ul><p>&nbsp;</p><p><b>Cosa offriamo</b></p><p>Salario annuo lordo tra CHF 105&rsquo;000 e 125&rsquo;000 a Lugano, oppure RAL tra 55.000 e 65.000 &euro; a Como; tredicesima, cinque settimane di vacanza, orario flessibile, due giorni di telelavoro e un budget annuo per la formazione.</p><p>&nbsp;</p><p><b>Chi siamo</b></p><p>Cassarate Software &egrave; una software house indipendente fondata a Lugano nel 2004. Con 230 persone tra Lugano e Como progettiamo, sviluppiamo e gestiamo applicazioni su misura e servizi cloud per aziende di molti settori.</p><p>Cassarate Software promuove le pari opportunit&agrave; e valuta ogni candidatura senza distinzione di genere, et&agrave;, origine o disabilit&agrave;.</p>`,
    role: null,
    sector: SECTOR.IT,
    countries: ['CH', 'IT'],
    mentions: ['Java', 'APIs', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Git', 'Kafka'],
  },
  {
    id: 't7-b-16',
    title: 'Computer Vision Ontwikkelaar (m/v/x)',
    company: 'Kempenaar Sorteersystemen B.V.',
    location: 'Veldhoven, Noord-Brabant',
    format: 'escaped',
    body: `# Wie zijn wij?
Onze machines sorteren elke dag 40.000 ton aardappelen, uien, wortels en bessen op maat, kleur en gebreken. Ze staan bij telers en verwerkers in 55 landen en worden allemaal ontworpen en gebouwd in Veldhoven, waar 380 collega's werken.

# Wat ga je doen?
- Je ontwikkelt beeldherkenningsmodellen die rot, schurft en beschadigingen herkennen, met convolutionele neurale netwerken in PyTorch
- Je combineert camerabeelden met hyperspectrale en NIR-data
- Je zet modellen om naar snelle C++-code voor de embedded GPU's in onze machines
- Je test nieuwe modellen op productstromen in onze demohal en vergelijkt ze met de versie die bij klanten draait
- Je werkt samen met onze robotica-engineers aan een nieuw pick-and-place-systeem

# Wat vragen wij?
- Een master in Elektrotechniek, Informatica of Technische Natuurkunde
- Minimaal 3 jaar ervaring met computer vision, Python en OpenCV
- Kennis van lineaire algebra en kansrekening
- Je bent leergierig en houdt de vakliteratuur bij

# Wat bieden wij?
- Een salaris tussen € 4.200 en € 6.100 bruto per maand en een 13e maand
- Cao Metalektro, 27 vakantiedagen plus roostervrije dagen
- Een goede pensioenregeling en een fiets van de zaak
- Ruimte voor opleidingen en een jaarlijkse studiereis naar een beurs

Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['NL'],
    mentions: ['Neural networks', 'PyTorch', 'C++', 'Model evaluation', 'ROBO', 'Python', 'Linear algebra', 'Probability', 'Continuous learning'],
  },
  {
    id: 't7-b-17',
    title: 'Datascientist Waterkwaliteit (32–36 uur)',
    company: 'Waterschap Lingedelta',
    location: 'Tiel',
    countryHints: ['NL'],
    format: 'text',
    body: `Wat ga je doen?
Je bouwt modellen die voorspellen waar en wanneer blauwalg, zuurstoftekort en riooloverstorten optreden, zodat onze veldmedewerkers op tijd kunnen ingrijpen.

- Je ontwikkelt voorspelmodellen op basis van meetreeksen, neerslag en satellietbeelden (regressie, gradient boosting)
- Je schoont meetdata van sensoren op: gaten, uitschieters en drift
- Je visualiseert uitkomsten in kaarten en grafieken voor het bestuur en voor inwoners
- Je legt je resultaten uit aan ecologen, beheerders en het dagelijks bestuur
- Je werkt samen met onze data-engineers aan een betrouwbaar dataplatform

Wat vragen we?
- Een wo-master in data science, (hydro)ecologie, statistiek of vergelijkbaar
- Ervaring met Python of R en met versiebeheer in Git
- Affiniteit met water en natuur

Wat bieden we?
- Salaris in schaal 11 (maximaal € 6.110 bruto per maand bij 36 uur), volgens de cao Waterschappen
- Een individueel keuzebudget van 17,05 % van je salaris
- Flexibele werktijden en de mogelijkheid om deels thuis te werken
- Een goed pensioen en een opleidingsbudget

Over ons
Waterschap Lingedelta is een van de 21 waterschappen: de oudste democratische bestuurslaag van Nederland. Wij zorgen voor veilige dijken, voldoende en schoon water in het rivierengebied tussen Lek, Linge en Waal. We beheren 1.800 kilometer dijken en kades, 64 gemalen en 9 rioolwaterzuiveringen, voor 420.000 inwoners.

Wij vinden een inclusieve organisatie belangrijk en nodigen iedereen uit om te solliciteren.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['Regression', 'Decision trees', 'Data cleaning', 'Visualization', 'Communication', 'DE', 'Python', 'R', 'Git'],
  },
  {
    id: 't7-b-18',
    title: 'Data Engineer (m/v/x)',
    company: 'Leiebrug Selectie',
    location: 'Kortrijk',
    countryHints: ['BE'],
    format: 'html',
    body: `# Functieomschrijving
Voor onze klant, een groeiende organisatie in de regio Kortrijk, zoeken wij een Data Engineer die hun dataplatform mee uitbouwt.
- Je bouwt ETL-pijplijnen in Azure Data Factory en Databricks (PySpark)
- Je modelleert data in een lakehouse volgens de medallion-architectuur
- Je automatiseert deployments via Azure DevOps (CI/CD)
- Je ondersteunt de BI-analisten bij hun Power BI-rapporten

# Profiel
- Bachelor of master informatica, of gelijkwaardig door ervaring
- Minstens 3 jaar ervaring met SQL en Python
- Je werkt vlot met Git
- Je lost problemen graag zelfstandig op
- Goede kennis van het Nederlands en het Engels

# Aanbod
- Een bruto maandloon tussen € 3.900 en € 5.400, afhankelijk van je ervaring
- Maaltijdcheques van € 8, ecocheques en een groeps- en hospitalisatieverzekering
- Een bedrijfswagen of een mobiliteitsbudget
- 32 vakantiedagen en hybride werken

# Over Leiebrug Selectie
Leiebrug Selectie is een selectiekantoor met kantoren in Kortrijk, Gent en Roeselare. Wij begeleiden kandidaten van het eerste gesprek tot de eerste werkdag – discreet en persoonlijk.
Leiebrug Selectie beoordeelt kandidaten uitsluitend op hun competenties, ongeacht leeftijd, geslacht, afkomst, geloof, seksuele geaardheid of handicap.`,
    role: 'DE',
    sector: null,
    countries: ['BE'],
    mentions: ['DE', 'Apache Spark', 'Deployment pipelines', 'BIA', 'Power BI', 'Python', 'Git', 'Problem-solving'],
  },
  {
    id: 't7-b-19',
    title: 'Analista de Dados (m/f)',
    company: 'Linho & Sal',
    location: 'Braga',
    countryHints: ['PT'],
    format: 'div',
    body: `# Quem somos
Desenhamos roupa de linho e algodão para todos os dias e vendemo-la apenas nas nossas 22 lojas em Portugal e Espanha e na nossa loja online. As peças são confecionadas por oficinas parceiras do Minho, a quem compramos cada coleção.

# O que vais fazer
- Analisar vendas, stocks e devoluções por loja e por coleção
- Construir relatórios em Power BI para a equipa de compras e para as lojas
- Garantir dados limpos: corrigir clientes duplicados e erros de inventário
- Apoiar a previsão da procura com modelos de regressão simples
- Partilhar conclusões com as equipas de produto e de lojas

# O que procuramos
- Licenciatura em Gestão, Economia, Estatística ou Engenharia
- 2 anos de experiência em análise de dados, de preferência no retalho
- SQL e Excel avançado; Python ou R é uma mais-valia
- Espírito crítico e curiosidade

# O que oferecemos
- Contrato sem termo e salário entre 1.800 € e 2.300 € brutos, 14 meses por ano
- Subsídio de alimentação em cartão e seguro de saúde
- 40 % de desconto nas nossas peças
- O dia de aniversário livre

A Linho & Sal promove a igualdade de oportunidades e não discrimina em função do sexo, idade, origem, religião, deficiência ou orientação sexual.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['PT'],
    mentions: ['Power BI', 'Data cleaning', 'Regression', 'Communication', 'Python', 'R', 'Critical thinking'],
  },
  {
    id: 't7-b-20',
    title: 'Engenheiro(a) de Machine Learning Pleno',
    company: 'Fibracerta',
    location: 'São Paulo - SP',
    countryHints: ['BR'],
    format: 'raw',
    // Gupy job page: fixed <h2> sections, <p> bodies with <br> lines and emoji bullets, company text last.
    body: `<h2>Descri&ccedil;&atilde;o da vaga</h2><p>Estamos procurando uma pessoa Engenheira de Machine Learning para o time de Dados &amp; IA, que hoje re&uacute;ne 6 cientistas de dados e 4 engenheiros de dados.</p><h2>Responsabilidades e atribui&ccedil;&otilde;es</h2><p>🔹 Colocar em produ&ccedil;&atilde;o modelos de previs&atilde;o de cancelamento e de falhas na rede &oacute;ptica;<br>🔹 Criar pipelines de treino e deploy com Kubeflow e MLflow;<br>🔹 Acompanhar a performance dos modelos em produ&ccedil;&atilde;o e comparar cada nova vers&atilde;o com a atual;<br>🔹 Expor os modelos via APIs para o app e para o atendimento;<br>🔹 Versionar c&oacute;digo e modelos no GitHub, com CI/CD via GitHub Actions.</p><h2>Requisitos e qualifica&ccedil;&otilde;es</h2><p>✅ Experi&ecirc;ncia com Python e bibliotecas como scikit-learn e PyTorch;<br>✅ Viv&ecirc;ncia com Docker e Kubernetes;<br>✅ Experi&ecirc;ncia com GCP (Vertex AI) &eacute; um diferencial;<br>✅ Boa comunica&ccedil;&atilde;o para explicar resultados para as &aacute;reas de neg&oacute;cio.</p><h2>Informa&ccedil;&otilde;es adicionais</h2><p>💰 Faixa salarial: R$ 13.000 a R$ 16.500 (CLT)<br>🏥 Plano de sa&uacute;de e odontol&oacute;gico sem coparticipa&ccedil;&atilde;o<br>🍽️ Vale-refei&ccedil;&atilde;o e alimenta&ccedil;&atilde;o de R$ 1.600 em cart&atilde;o flex&iacute;vel<br>📚 Aux&iacute;lio educa&ccedil;&atilde;o<br>🏠 Modelo h&iacute;brido: 2 dias por semana no escrit&oacute;rio da Vila Ol&iacute;mpia<br>🎂 Day off no anivers&aacute;rio<br>🌐 Internet de 1 Giga em casa por nossa conta</p><h2>Sobre a empresa</h2><p>Levamos internet de fibra &oacute;ptica a 900 mil casas e empresas no interior de S&atilde;o Paulo e no sul de Minas Gerais, com rede pr&oacute;pria de 38 mil quil&ocirc;metros. Somos 2.100 pessoas e nascemos em Campinas, em 2009.</p><p>Na Fibracerta, todas as pessoas s&atilde;o bem-vindas. Esta vaga tamb&eacute;m &eacute; para pessoas com defici&ecirc;ncia.</p>`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['BR'],
    mentions: ['MLE', 'DS', 'DE', 'Kubeflow', 'MLflow', 'Model evaluation', 'APIs', 'Git', 'Deployment pipelines', 'Python', 'Scikit-learn', 'PyTorch', 'Docker', 'Kubernetes', 'Google AI Platform', 'Communication'],
  },
  {
    id: 't7-b-21',
    title: 'Analista de BI Sênior',
    company: 'Itapagipe Shopping Centers S.A.',
    location: 'Salvador - BA',
    countryHints: ['BRA'],
    format: 'escaped',
    body: `# Quem somos
Somos donos e administradores de seis shopping centers na Bahia, em Sergipe e em Alagoas. Alugamos espaço a 1.100 lojas, operamos 14.000 vagas de estacionamento e recebemos 70 milhões de visitas por ano. Não vendemos produtos: nosso negócio é o espaço, os serviços e o relacionamento com lojistas e visitantes.

# Responsabilidades
- Desenvolver e manter painéis em Power BI de fluxo de visitantes, vendas dos lojistas, inadimplência e estacionamento
- Integrar dados de contadores de fluxo, do sistema de estacionamento e da gestão de contratos de locação
- Criar visualizações que os superintendentes dos shoppings entendam em poucos segundos
- Apoiar o time comercial nas negociações de aluguel com análises de desempenho por loja

# Requisitos
- Superior completo em Engenharia, Economia, Administração ou Sistemas de Informação
- 5 anos de experiência com BI, DAX e SQL avançado
- Python é um diferencial
- Visão de negócio e boa comunicação

# Benefícios
- Plano de saúde e odontológico
- Participação nos lucros e resultados
- Vale-alimentação e estacionamento gratuito nos nossos shoppings
- Auxílio academia e horário flexível

Valorizamos a diversidade: todas as candidaturas serão consideradas sem distinção de raça, gênero, orientação sexual, idade, religião ou deficiência.`,
    role: 'BIA',
    sector: null,
    countries: ['BR'],
    mentions: ['Power BI', 'Visualization', 'Python', 'Business acumen', 'Communication'],
  },
  {
    id: 't7-b-22',
    title: 'Inżynier/Inżynierka NLP',
    company: 'Gadułka Software sp. z o.o.',
    location: 'Praca zdalna (UE)',
    format: 'text',
    body: `Kim jesteśmy
Budujemy asystentów czatowych dla sklepów internetowych. Nasz bot odpowiada klientom na pytania o rozmiary, dostawę i zwroty, podpowiada produkty i przyjmuje reklamacje. Korzysta z niego ponad 1 100 e-sklepów w Polsce, Czechach i Niemczech.

Co będziesz robić
- Trenować i dostrajać modele językowe (transformery) do rozpoznawania intencji i wyszukiwania odpowiedzi po polsku, czesku i niemiecku
- Budować zbiory ewaluacyjne i mierzyć jakość odpowiedzi bota
- Czyścić i anonimizować rozmowy z klientami przed treningiem
- Udostępniać modele przez REST API w kontenerach Docker
- Współpracować z product managerem i zespołem obsługi klienta

Czego oczekujemy
- Min. 3 lata doświadczenia w NLP i bardzo dobra znajomość Pythona
- Praktyka z PyTorch i biblioteką Hugging Face Transformers
- Znajomość Git
- Komunikatywność i samodzielność

Oferujemy
- 18 000–24 000 zł netto + VAT (B2B) lub 15 000–20 000 zł brutto (umowa o pracę)
- Pracę w 100% zdalną z dowolnego kraju Unii Europejskiej i spotkania zespołu raz na kwartał
- Prywatną opiekę medyczną i kartę sportową
- Budżet szkoleniowy 5 000 zł rocznie
- 26 dni płatnego wypoczynku także przy B2B

Masz pytania? Napisz do Julii Wrzesińskiej, naszej rekruterki.`,
    role: 'NLP_ENG',
    sector: SECTOR.RETAIL,
    countries: [],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'Docker', 'Python', 'PyTorch', 'Git', 'Communication'],
  },
  {
    id: 't7-b-23',
    title: 'Analityk danych (k/m/n)',
    company: 'Cytadela Fulfilment sp. z o.o.',
    location: 'Tarnowo Podgórne (pow. poznański)',
    countryHints: ['PL'],
    format: 'raw',
    // Polish job-board offer page: <section> blocks with <h2> and <ul>, company text last.
    body: `<section><h2>Tw&oacute;j zakres obowiązk&oacute;w</h2><ul><li>analiza wydajności kompletacji, pakowania i obsługi zwrot&oacute;w,</li><li>tworzenie raport&oacute;w w Power BI dla kierownik&oacute;w zmian i dla klient&oacute;w,</li><li>prognozowanie wolumenu zam&oacute;wień na potrzeby planowania zmian (modele regresji, szeregi czasowe),</li><li>dbanie o jakość danych: wyłapywanie i poprawianie błęd&oacute;w w danych z systemu WMS.</li></ul></section><section><h2>Nasze wymagania</h2><ul><li>wykształcenie wyższe (logistyka, ekonometria, informatyka lub pokrewne),</li><li>min. 2 lata doświadczenia w analizie danych,</li><li>bardzo dobra znajomość SQL i Excela,</li><li>Python (pandas) będzie dodatkowym atutem,</li><li>umiejętność jasnego przedstawiania wniosk&oacute;w.</li></ul></section><section><h2>To oferujemy</h2><ul><li>umowę o pracę i wynagrodzenie 9&nbsp;500&ndash;12&nbsp;000 zł brutto miesięcznie,</li><li>premię kwartalną,</li><li>prywatną opiekę medyczną i dofinansowanie karty sportowej,</li><li>bezpłatny dojazd busem z Poznania,</li><li>pracę hybrydową po okresie wdrożenia.</li></ul></section><section><h2>O firmie</h2><p>Pakujemy i wysyłamy zam&oacute;wienia ponad 300 sklep&oacute;w internetowych &ndash; od kosmetyk&oacute;w po części rowerowe. W dw&oacute;ch magazynach pod Poznaniem kompletujemy 45&nbsp;000 paczek dziennie i obsługujemy zwroty od klient&oacute;w naszych sklep&oacute;w z całej Europy.</p></section>`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['PL'],
    mentions: ['Power BI', 'Regression', 'Data cleaning', 'Python', 'Pandas', 'Communication'],
  },
  {
    id: 't7-b-24',
    title: 'Dataingenjör till vårt plattformsteam',
    company: 'Fältplan AB',
    location: 'Linköping',
    countryHints: ['SE'],
    industry: 'Software Development',
    format: 'html',
    body: `# Om oss
Fältplan är verktyget som 4 000 serviceföretag – hissfirmor, elektriker, städbolag och fastighetsskötare – använder för att planera sina tekniker, skicka arbetsordrar och följa upp uppdrag. Vi är 140 personer och har kontor vid Trädgårdstorget i Linköping.

# Rollen
- Bygga och drifta dataflöden från vår produkt till vårt lakehouse med Kafka och Spark
- Ta fram datamodeller för produktanalys och för kundernas egna rapporter
- Skriva tester och datakvalitetskontroller som fångar fel innan de når kunderna
- Jobba nära våra data scientists och vår ML-ingenjör
- Automatisera infrastrukturen med Terraform och driftsätta via GitHub Actions

# Vi söker dig som
- Har minst tre års erfarenhet som dataingenjör eller backendutvecklare
- Skriver Python och SQL obehindrat
- Har erfarenhet av Docker och gärna Kubernetes
- Tycker om att lära dig nytt

# Vi erbjuder
- Kollektivavtal och tjänstepension
- 30 semesterdagar och friskvårdsbidrag på 5 000 kr
- Hybridarbete: vi ses på kontoret tre dagar i veckan
- Föräldralönetillägg och en generös utbildningsbudget

Vi välkomnar sökande oavsett kön, ålder, etnicitet, funktionsvariation eller sexuell läggning. Vi tillämpar löpande urval, så skicka gärna in din ansökan redan i dag.`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['SE'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'DS', 'MLE', 'Deployment pipelines', 'Git', 'DE', 'Python', 'Docker', 'Kubernetes', 'Continuous learning'],
  },
  {
    id: 't7-b-25',
    title: 'Senior Medical Laboratory Scientist – Haematology & Blood Transfusion',
    company: 'Thomondgate Hospital',
    location: 'Dooradoyle, Limerick',
    format: 'div',
    body: `# The role
The Senior Medical Laboratory Scientist leads a team of six scientists on the haematology and transfusion benches and takes part in the laboratory's 24/7 on-call rota.

# Key responsibilities
- Perform and supervise full blood counts, coagulation screens and blood group and antibody testing
- Validate and authorise results, and escalate critical values to clinical teams
- Maintain ISO 15189 accreditation: internal quality control, external quality assessment and document control
- Investigate non-conformances and analyser faults, and put corrective actions in place
- Train and assess junior staff and students on placement

# Essential requirements
- Registration with CORU as a Medical Scientist
- At least five years' post-registration experience, including blood transfusion
- Excellent communication skills and the ability to work calmly under pressure
- Strong problem-solving skills when analysers or results do not behave as expected

# What we offer
- Senior Medical Scientist salary scale: €61,000–€74,500, pro rata for part-time
- Public service pension and 30 days' annual leave
- Support for further study, including an MSc in Biomedical Science
- On-site parking, a staff restaurant and a cycle-to-work scheme

# About us
Thomondgate Hospital is a 430-bed acute hospital serving Limerick, Clare and North Tipperary, with a 24-hour emergency department, a regional maternity unit and a cancer centre. Our laboratory processes 3.2 million tests a year.
Thomondgate Hospital is an equal opportunities employer and welcomes applications from all sections of the community, in line with the Employment Equality Acts 1998–2015.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 't7-b-26',
    title: 'Data Scientist – Network Asset Analytics',
    company: 'Rimutaka Lines Ltd',
    location: 'Petone, Lower Hutt',
    format: 'html',
    body: `# About the role
We look after the poles, wires, transformers and substations that carry power to every house on our patch – and much of that gear went in before the 1980s. You'll help our engineers decide what to fix, what to replace and what to leave alone.

# What you'll do
- Build failure and condition models for 48,000 poles and 2,900 km of cable, using survival analysis, logistic regression and random forests
- Join inspection records, outage history, weather and LiDAR data, and clean up decades of inconsistent asset records
- Use probability and Bayesian methods to put a likelihood of failure on each asset
- Visualise risk on maps and plots that field crews and the board can read at a glance
- Present findings to asset managers and to the team that prepares our regulatory plans

# What you'll bring
- A degree in statistics, data science, engineering or a related field
- Solid Python (pandas, scikit-learn) or R, and Git
- Curiosity about how physical networks age

# What we offer
- A salary of $115,000–$135,000, plus employer KiwiSaver contributions of 4%
- Health insurance for you and your whānau
- An extra week of annual leave after three years
- Flexible hours, free parking and a short walk to Petone station

# About us
Since 1993 Rimutaka Lines has kept the power flowing to 170,000 homes and businesses across the Hutt Valley, the Wairarapa and the Kāpiti Coast. We're owned by a community trust, so our profits come back to our customers as an annual discount on their bills.
We welcome applicants from all backgrounds and are committed to giving effect to te Tiriti o Waitangi.`,
    role: 'DS',
    sector: null,
    countries: ['NZ'],
    mentions: ['Regression', 'Decision trees', 'Data cleaning', 'Probability', 'Visualization', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Git'],
  },
  {
    id: 't7-b-27',
    title: 'Machine Learning Engineer – Credit Decisioning',
    company: 'Kgotla Finance (Pty) Ltd',
    location: 'Sandton, Gauteng',
    locations: ['Cape Town, Western Cape'],
    format: 'raw',
    // Workday jobDescription: role summary first, then the company text, <p><b> headings.
    body: `<p><b>Job summary</b></p><p>We are looking for an ML engineer to take our next generation of credit-scoring models from the data science bench into production, where they will decide on 25,000 loan applications a day.</p><p>&nbsp;</p><p><b>Who we are</b></p><p>Kgotla Finance lends to people the big banks often overlook: nurses, teachers, taxi owners and informal traders. Since 2008 we have granted more than R14 billion in personal and small-business loans through our app, 90 branches and payroll partners. We are a registered credit provider and an authorised financial services provider.</p><p><b>Key responsibilities</b></p><ul><li>Build and run real-time scoring services on Azure Machine Learning and Kubernetes</li><li>Write feature pipelines over bank-statement, bureau and repayment data</li><li>Backtest new scorecards against historical loan performance before release</li><li>Keep code in Git and ship it through Azure DevOps pipelines</li><li>Work with credit risk, compliance and the collections team on how models are used</li></ul><p><b>Minimum requirements</b></p><ul><li>BSc or BEng in Computer Science, Engineering, Statistics or Actuarial Science</li><li>3+ years building ML systems in Python, including XGBoost and scikit-learn</li><li>A good grasp of statistics and probability</li><li>Microsoft Certified: Azure AI Engineer Associate will be advantageous</li></ul><p><b>What we offer</b></p><p>A market-related salary, a 13th cheque, medical aid and retirement fund contributions, group life cover, study assistance and hybrid working from our Sandton or Cape Town offices.</p><p>&nbsp;</p><p>Kgotla Finance is an equal opportunity employer. Preference will be given to candidates from designated groups in line with our Employment Equity plan.</p>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['ZA'],
    mentions: ['MLE', 'Microsoft Azure ML', 'Kubernetes', 'Feature engineering', 'Model evaluation', 'Git', 'Deployment pipelines', 'Python', 'Decision trees', 'Scikit-learn', 'Probability', 'CERT_AZ'],
  },
  {
    id: 't7-b-28',
    title: 'Pricing & Revenue Analyst – Freight',
    company: 'Winam Freight & Clearing Ltd',
    location: 'Kisumu, Kenya',
    industry: 'Transportation, Logistics, Supply Chain and Storage',
    format: 'text',
    body: `Who we are
Winam Freight moves containers and bulk cargo between Kisumu's inland container depot, the lake port and customers in Uganda, Tanzania and Rwanda, and clears goods through customs for 900 importers. We run 210 trucks, two lake barges and a bonded warehouse.

The role
You will own the prices we quote and make sure every lane we run earns its keep.

- Maintain rate cards for road, lake transport, clearing and storage across four countries
- Analyse margin by lane and by customer and recommend price changes
- Build regression models of fuel cost and transit time to support quotations
- Keep the pricing data clean: remove duplicate quotes and correct lane codes
- Prepare weekly Power BI reports for the commercial director

Requirements
- A degree in Economics, Statistics, Supply Chain or a related field
- 3 years in pricing or commercial analysis, ideally in freight or logistics
- Advanced Excel and working knowledge of SQL
- Strong commercial sense and attention to detail
- Good communication skills in English and Kiswahili

What we offer
- A competitive salary and an annual performance bonus
- Inpatient and outpatient medical cover for you and three dependants
- Pension scheme and group life cover
- 24 working days of annual leave

Winam Freight is an equal opportunity employer. Only shortlisted candidates will be contacted.`,
    role: null,
    sector: null,
    countries: ['KE'],
    mentions: ['Regression', 'Data cleaning', 'Power BI', 'Business acumen', 'Communication'],
  },
  {
    id: 't7-b-29',
    title: 'AI Product Manager – Digital Government Services',
    company: 'Ghaf Digital Government Authority',
    location: 'Dubai, United Arab Emirates',
    format: 'escaped',
    body: `# About us
Ghaf Digital Government Authority is the government entity that designs and runs the emirate's digital public services: residency renewals, business licences, housing applications and more than 700 other services used by 3.6 million residents.

# The role
- Own the roadmap for AI features in the government services app, including the Arabic–English virtual assistant and automatic document checks
- Work with data scientists, NLP engineers and the policy owners of each service
- Decide, with each service owner, how a model's accuracy and fairness will be tested before it goes live
- Run A/B tests on service journeys and act on the results
- Explain AI decisions and their limits to senior leadership and to service owners without a technical background

# Requirements
- 6+ years of product management, at least 2 of them on AI or data products
- Understanding of responsible AI and personal data protection law
- Fluent English; Arabic is a strong advantage
- Strong business acumen and stakeholder management

# What we offer
- A tax-free salary with housing and transport allowances
- Annual flight tickets for you and your family
- 30 working days of annual leave
- Premium health insurance and support with school fees

UAE nationals are strongly encouraged to apply. We are committed to a diverse and inclusive workplace.`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['AE'],
    mentions: ['DS', 'NLP_ENG', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't7-b-30',
    title: 'NLP Engineer – Customer Care Assistant',
    company: 'Sampaguita Mobile Communications, Inc.',
    location: 'Makati City, Metro Manila',
    countryHints: ['PHL'],
    format: 'double',
    body: `# Who we are
Sampaguita Mobile keeps 28 million Filipinos connected with prepaid and postpaid mobile, home fibre and fixed wireless in 81 provinces.

# The job
Most of our customers reach us by chat – in Tagalog, Cebuano, English or a mix of all three. You'll build the language models behind our customer care assistant.
- Fine-tune transformer-based language models for intent detection, slot filling and answer retrieval
- Label, clean and de-duplicate millions of chat transcripts, and remove personal data before training
- Build evaluation sets for each language and track accuracy and containment
- Serve models through APIs on Kubernetes
- Collaborate with our conversation designers and data engineers

# Qualifications
- Bachelor's degree in Computer Science, Linguistics or a related field
- 3+ years of NLP work in Python with PyTorch or TensorFlow
- Experience with Git and Docker
- Fluent in Filipino and English

# Benefits
- Competitive pay, 13th month pay and a performance bonus
- HMO coverage from day one for you and two dependents
- A free postpaid plan and home fibre
- Rice subsidy and hybrid work

Sampaguita Mobile is an equal opportunity employer.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['PH'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'Kubernetes', 'DE', 'Python', 'PyTorch', 'TensorFlow', 'Git', 'Docker'],
  },
  {
    id: 't7-b-31',
    title: 'Sales Engineer – LATAM',
    company: 'Garoupa Data Ltda.',
    location: 'Florianópolis, SC',
    locations: ['Remote – Brazil', 'Remote – Colombia'],
    industry: 'Software Development',
    format: 'double',
    body: `# The role
As our first Sales Engineer for Latin America, you'll run technical discovery and demos for data teams at banks, retailers, airlines and manufacturers, and design proofs of concept with them.
- Demo our platform and show how it connects to Kafka, Spark and the customer's warehouse
- Build proof-of-concept pipelines in Python and SQL
- Answer security questionnaires and RFPs
- Bring customer feedback back to our product managers

# What we look for
- 4+ years as a sales engineer, solutions architect or data engineer
- Hands-on experience with cloud data warehouses and at least one of AWS, Azure or GCP
- Excellent presentation and communication skills in English and in Portuguese or Spanish
- Happy to travel about 30% of the time

# Benefits
- Salary in USD plus commission, and stock options
- Private health plan for you and your dependents
- Home-office allowance and a new laptop of your choice
- Four weeks of vacation and your birthday off

# About Garoupa
Garoupa Data builds a data observability platform: it watches pipelines and warehouses and alerts data teams when tables arrive late, break or drift. More than 600 companies in 30 countries use it. We were founded in Florianópolis in 2017 and are now 240 people.
Garoupa is an equal opportunity employer and welcomes people of every background.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['BR', 'CO'],
    mentions: ['Kafka', 'Apache Spark', 'Python', 'DE', 'Communication'],
  },
  {
    id: 't7-b-32',
    title: 'Computer Vision Engineer – Composite Inspection',
    company: 'Pedernal Aerocomposites S.A. de C.V.',
    location: 'Chihuahua, Chih.',
    countryHints: ['MEX'],
    format: 'div',
    body: `# Role summary
You will develop the vision systems that inspect every carbon-fibre part before it leaves our plants, and help our quality team move from manual to automated inspection.

# Who we are
We lay up, cure and machine carbon-fibre flaps, fairings and nacelle panels for aircraft programs in North America and Europe. Our 1,100 people work across two plants in Chihuahua.

# Responsibilities
- Develop segmentation models (U-Net and other CNNs) that find porosity, wrinkles and foreign objects in ultrasonic C-scans and camera images, using TensorFlow and Keras
- Validate models against inspector decisions and document their accuracy for our AS9100 quality system
- Write image-processing code in C++ and Python with OpenCV
- Work with our robotics engineers on the automated scanning cell

# Requirements
- B.S. or M.S. in Computer Science, Mechatronics or Electrical Engineering
- 3+ years in computer vision, with models running in production
- Git and Docker
- Fluent English and Spanish
- Strong problem-solving skills

# Benefits
- Benefits above the legal minimum: 30-day aguinaldo, grocery vouchers and a 13% savings fund
- Major medical insurance for you and your family
- Company transportation and an on-site cafeteria
- English classes and tuition support

Pedernal Aerocomposites is an equal opportunity employer.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['MX'],
    mentions: ['Neural networks', 'TensorFlow', 'Keras', 'Model evaluation', 'C++', 'Python', 'ROBO', 'Git', 'Docker', 'Problem-solving'],
  },
  {
    id: 't7-b-33',
    title: 'Energy Systems Engineer – Tower Sites',
    company: 'Yewa Towers Nigeria Ltd',
    location: 'Lekki, Lagos State',
    format: 'raw',
    // Oracle Recruiting Cloud: inline styles, spans and <br> runs with &bull; bullets.
    body: `<p><span style="font-size:11pt"><b>Who we are</b></span></p><p><span style="font-size:11pt">Our 4,700 towers carry the antennas of all four of Nigeria&rsquo;s mobile networks. We build the sites, keep them powered and secure around the clock, and lease the space so the networks can reach another village without building their own.</span></p><p><span style="font-size:11pt"><b>The role</b><br>You will design and improve the power systems that keep our off-grid and bad-grid sites running.<br>&bull; Design solar&ndash;battery&ndash;generator hybrid systems for new and existing sites<br>&bull; Analyse generator runtime, fuel and battery data in Power BI to find sites that waste diesel<br>&bull; Write Python scripts that clean and validate telemetry from site controllers<br>&bull; Lead investigations into site outages and follow up corrective actions with field teams</span></p><p><span style="font-size:11pt"><b>Requirements</b><br>B.Eng in Electrical or Electronic Engineering; COREN registration is an advantage.<br>Five years in power systems, ideally on telecom or remote sites.<br>Strong problem-solving skills and clear written and spoken communication.<br>Willingness to travel to sites across the South-West and the North.</span></p><p><span style="font-size:11pt"><b>What we offer</b><br>A competitive salary, a 13th month, HMO cover for you and your family, pension contributions, an official vehicle and a yearly training budget.</span></p><p><span style="font-size:11pt">Yewa Towers is an equal opportunity employer and does not charge any fee at any stage of recruitment.</span></p>`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['NG'],
    mentions: ['Power BI', 'Python', 'Data cleaning', 'Problem-solving', 'Communication'],
  },
  {
    id: 't7-b-34',
    title: 'Applied Scientist, Speech & Audio',
    company: 'Serangoon AI Labs Pte. Ltd.',
    location: 'Singapore 117543',
    format: 'double',
    body: `# About us
Serangoon AI Labs is a research company of 90 people building speech and audio models for the languages of Southeast Asia. We license our models to app makers, contact centres and broadcasters, and we publish much of our research.

# What you'll work on
- Research and train speech recognition and speech synthesis models for Malay, Tagalog, Thai, Vietnamese and code-switched speech, using transformer and conformer architectures in PyTorch
- Explore self-supervised pre-training and reinforcement learning from human feedback for spoken dialogue
- Design rigorous benchmarks and evaluate our models and others against them
- Publish at leading speech and language venues and present your work to partners
- Work with our ML engineers to ship models to production

# About you
- A PhD in speech processing, machine learning or a related field, or equivalent research experience
- Strong Python and deep knowledge of PyTorch; JAX is a plus
- Solid linear algebra, probability and optimisation
- A record of publications

# Benefits
- Competitive salary and equity
- A generous compute budget for your own research
- 16 weeks of paid parental leave for every parent
- Flexible benefits and Employment Pass sponsorship

We are an equal opportunity employer and hire on merit, in line with the Tripartite Guidelines on Fair Employment Practices.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['Neural networks', 'PyTorch', 'Reinforcement learning', 'Model evaluation', 'Communication', 'MLE', 'Python', 'Linear algebra', 'Probability'],
  },
  {
    id: 't7-b-35',
    title: 'Monitoring, Evaluation & Learning Officer',
    company: 'Volta Basin Livelihoods Trust',
    location: 'Tamale, Northern Region, Ghana',
    industry: 'Non-profit Organizations',
    format: 'text',
    body: `Job purpose
The MEL Officer tracks the results of our programmes and helps our teams learn from them.

About us
Volta Basin Livelihoods Trust is a Ghanaian non-profit working with 40,000 smallholder women farmers and shea collectors in the Northern, Savannah and Upper East regions. Our programmes are funded by foundations and development partners.

Responsibilities
- Design surveys and sampling plans, and manage data collection on tablets
- Clean and validate survey data, and follow up inconsistencies with field officers
- Analyse results in R or Stata, including regression and statistical tests of programme effects
- Produce charts and visualisations for donor reports
- Present findings to programme staff and communities in plain language

Requirements
- A degree in Statistics, Economics, Development Studies or a related field
- 3 years of MEL experience with NGOs
- Sound critical thinking and attention to detail
- Willingness to spend up to 40% of your time in the field; Dagbani is an advantage

What we offer
- A competitive NGO salary with SSNIT contributions
- Medical insurance for you and your dependants
- Per diem for field travel
- 24 days of annual leave

Women are strongly encouraged to apply.`,
    role: null,
    sector: null,
    countries: ['GH'],
    mentions: ['Data cleaning', 'R', 'Regression', 'Hypothesis testing', 'Visualization', 'Communication', 'Critical thinking'],
  },
  {
    id: 't7-b-36',
    title: 'Yield Engineer – Test Data Analytics',
    company: 'Penara Semiconductor Sdn. Bhd.',
    location: 'Kulim Hi-Tech Park, Kedah',
    countryHints: ['MY'],
    industry: 'Semiconductor Manufacturing',
    format: 'raw',
    // Eightfold job description: <div> blocks and <br/> line breaks, no lists.
    body: `<div><strong>About Penara</strong><br/>We design microcontrollers and power chips and make them in our own assembly and test plant in Kulim. Our chips end up in cars, phones, washing machines and factory drives, and the plant ships nine million of them a day.</div><div><strong>The role</strong><br/>Analyse wafer-sort and final-test data to find the causes of yield loss and drive them down.<br/>Build Python tools with pandas and Matplotlib to visualise bin maps and parametric trends.<br/>Apply statistical process control, hypothesis tests and designed experiments to separate real shifts from noise.<br/>Cluster wafer maps to spot recurring failure signatures.<br/>Work with process, test and product engineers, and present yield reviews to management every week.</div><div><strong>Requirements</strong><br/>Degree in Electrical Engineering, Physics or Materials Science.<br/>3+ years in semiconductor yield, test or product engineering.<br/>JMP or Python for data analysis.<br/>Strong problem-solving skills using 8D and 5-Why.</div><div><strong>We offer</strong><br/>An attractive salary and annual bonus, EPF and SOCSO contributions, medical and dental cover, free company transport and a subsidised canteen.</div><div>Penara Semiconductor is an equal opportunity employer.</div>`,
    role: null,
    sector: SECTOR.IT,
    countries: ['MY'],
    mentions: ['Python', 'Pandas', 'Matplotlib', 'Visualization', 'Hypothesis testing', 'Clustering', 'Communication', 'Problem-solving'],
  },
];
