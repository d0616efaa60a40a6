// test17, half B: 36 held-out postings from outside the US and UK — 24 written in twelve other languages, 12 in
// English from employers in Europe, Asia, the Middle East and Latin America.
//
// Composition
// - Countries: DE 01, 25, 36; AT 02; FR 03; CA 04 (Québec); ES 05, 27; MX 06, 34; IT 07, 08; NL 09, 26, 36; BE 10;
//   PT 11, 36; BR 12, 33; PL 13, 14, 35; SE 15, 16; DK 17, 18; NO 19, 20; CZ 21, 22; FI 23, 24; CH 28; JP 29;
//   KR 30; IL 31; AE 32; IE 36. Case 36 is remote within Europe, listing four countries.
// - Languages: German 01 (DE), 02 (AT); French 03 (FR), 04 (CA-QC); Spanish 05 (ES), 06 (MX); Italian 07, 08;
//   Dutch 09 (NL), 10 (BE); Portuguese 11 (PT), 12 (BR); Polish 13, 14; Swedish 15, 16; Danish 17, 18;
//   Norwegian 19, 20; Czech 21, 22; Finnish 23, 24. English 25–36.
// - Roles: DS 01, 12, 19, 30; MLE 02, 11, 25, 35; DE 07, 13, 31; BIA 04, 09, 21; CVE 05, 26; AIPM 10, 32;
//   NLP_ENG 20, 29; ARS 23, 28; ROBO 15; DLS 17. Role null (12): 03 theatre nurse, 06 store manager, 08 fibre
//   installer, 14 HR and payroll specialist, 16 data analyst, 18 warehouse worker, 22 press-tool designer,
//   24 accountant, 27 data analyst, 33 backend engineer, 34 analytics engineer, 36 technical writer.
// - Sectors: IT 5 (13, 31, 34, 35, 36); FIN 5 (04, 07, 12, 21, 32); HEALTH 4 (03, 10, 17, 28);
//   RETAIL 4 (01, 06, 25, 29); TELCO 3 (08, 11, 23); AUTO 4 (02, 05, 15, 22); PUBLIC 3 (09, 20, 26);
//   null 8 (14 logistics, 16 newspaper publisher, 18 business not stated, 19 hydropower producer, 24 hotel group,
//   27 travel company, 30 music label, 33 recruiter naming no client business).
// - Formats: raw 01, 04, 07, 09, 11, 15, 19, 23, 25, 28, 31, 33 (Workday jobDescription 01, 19, 23, 28;
//   SmartRecruiters sections joined 04, 11; Recruitee description + requirements 07, 09; Workable description +
//   requirements + benefits 15; Greenhouse entity-escaped content 25, 31; Lever description + lists 33);
//   html 05, 12, 16, 26, 32; div 08, 14, 21, 29, 34; escaped 02, 10, 17, 20, 27; double 13, 24, 30, 36;
//   text 03, 06, 18, 22, 35.
// - Board industry field on: 08 (Telecomunicazioni), 14 (Transport i logistyka), 19 (Fornybar energi),
//   22 (Automobilový průmysl), 30 (Entertainment), 31 (Computer & Network Security).
// - Certifications: 11 (CERT_AWS), 35 (CERT_GCP) only.
//
// Hard calls
// Sector — 05: makes automatic inspection systems for production lines (castings, packaging, car parts): systems made
//   for factories → AUTO. 15: builds cobots in its own factory: maker of machines/robots → AUTO. 22: no intro; the board
//   industry field (automotive) and "body parts for passenger cars" say it is a car-parts supplier → AUTO.
//   09: a Dutch water board (hoogheemraadschap) calls itself a government organisation: part of government → PUBLIC.
//   20: a state directorate → PUBLIC. 26: counting sensors and software for municipalities' traffic planning and
//   signals: products made for cities' services → PUBLIC. 10: electronic health record for GP practices: software
//   made for healthcare → HEALTH. 28: biotech developing medicines → HEALTH. 17: CE-marked radiology software →
//   HEALTH. 03: private non-profit hospital group — a hospital is HEALTH whatever its ownership. 23: makes base-station
//   software and radios for mobile operators: network equipment → TELCO. 04: insurance co-operative (P&C and savings) →
//   FIN. 21: property/motor insurer → FIN. 29: consumer marketplace for second-hand goods → RETAIL (marketplace where
//   consumers buy goods). 13: software house building software and data platforms for clients in many industries → IT.
//   34: recruiting and onboarding software (HR software any company uses) → IT, not FIN (not payroll). 35: forecasting
//   SaaS sold to retailers, utilities and manufacturers (many industries) → IT. 36: observability SaaS → IT.
//   31: cloud-security SaaS whose customers include banks and hospitals — the industries it sells to do not decide →
//   IT. 19: hydropower producer owned by four municipalities: energy is unclassified, and public ownership does not
//   make it Public Sector (state-owned companies take their business's sector) → null. 30: music label and artist
//   management (media) → null, even though the job is on its fan app. 16: newspaper publisher (media/publishing) →
//   null. 24: accountant job at a hotel group — the employer decides, not the job → null. 27: online travel company
//   selling holiday packages → null (travel), as t3-ml-18. 14: road haulage and forwarding (logistics) → null.
//   18: short posting that never says what the employer does; the warehouse alone does not say retail → null.
//   33: recruiter whose client is only "a fast-growing, US-backed company" → null.
// Role — 23 "Tutkija (Research Scientist), koneoppiminen radioverkoissa": research scientist on machine learning → ARS.
//   35 "ML Platform Engineer" → MLE by convention. 21 "Power BI vývojář/ka" (Power BI developer) → BIA by convention.
//   04 "Analyste en intelligence d'affaires" is the Québec term for BI analyst → BIA. 09 "BI Analist" → BIA.
//   05 "Ingeniero/a de Visión Artificial" = computer vision engineer → CVE. 15 "Robotikingenjör" → ROBO.
//   16 "Dataanalytiker", 27 "Data Analyst", 34 "Analytics Engineer" → null by convention.
//   33 "Backend Engineer (Java)" → null (software engineer).
// Countries — 03 "Rennes (35)": French board style with the département number → FR. 06 "Zapopan, Jal." (Jalisco) →
//   MX. 10 "9000 Gent" → BE. 17 "2100 København Ø" and 18 "6000 Kolding" → DK. 20 "0191 Oslo" → NO. 21 "Praha 4 –
//   Michle" → CZ. 24 "96100 Rovaniemi" → FI. 04 "Montréal, QC" → CA. 30 "Republic of Korea" → KR. 33 "Remote -
//   Brazil" → BR. 05 and 16 carry countryHints (ES, SE) from the board's structured country field. 36 "Remote -
//   Europe" alone would be [], but its four listed remote locations give DE, NL, PT, IE (Hamburg in the body adds
//   nothing).
// Mentions — general: a role named only in the title is not a mention; a study field or work area ("data science",
//   "visión por computador", "intelligence d'affaires", "ML engineering, MLOps", "Business Intelligence" team) is not
//   the role; presenting or explaining results to others, asked of the candidate, is Communication; a language-level
//   requirement ("Inglés B2", "Advanced English", "talar och skriver svenska och engelska obehindrat") is not
//   Communication; Airflow, dbt, Scala, SQL, Excel, OpenCV, JAX, ROS 2, RDKit, TensorRT, Looker, BigQuery,
//   Terraform, Flink are not labels; plain AWS/Azure/GCP cloud is not a tool label.
//   01: "bereinigst sie und prüfst sie auf Plausibilität" → Data cleaning; "Versuchsplanung und statistischen Tests"
//   and A/B-Tests → Hypothesis testing; "Regressionsmodellen" → Regression; Gradient Boosting/LightGBM → Decision
//   trees; "präsentierst Ergebnisse verständlich" + "Kommunikationsstärke" → Communication; "Absatzprognose" is not
//   Probability. 02: "Aufbau von Features aus Zeitreihen" → Feature engineering; "Überwachung von Modellgüte und
//   Datendrift" → Model evaluation; GitLab + CI/CD → Git, Deployment pipelines; "Freude daran, knifflige Probleme zu
//   lösen" → Problem-solving; "Data Science" as a study subject adds nothing beyond the Data Scientists colleagues (DS).
//   MLE is in the title only. 03: "capacité d'adaptation face aux imprévus" → Adaptability; "bonne communication" →
//   Communication. 04: "tableaux de bord" → Visualization; "Valider la qualité des données" → Data cleaning;
//   "compréhension des enjeux d'affaires" → Business acumen; ingénieurs de données → DE; no BIA (title only).
//   05: "redes neuronales convolucionales" → Neural networks; precision/recall/false rejects → Model evaluation;
//   "depurar ... eliminando duplicados y etiquetas erróneas" → Data cleaning; ingenieros de robótica → ROBO.
//   06: "Capacidad para resolver problemas" → Problem-solving; "Disponibilidad de horario" is availability, not
//   Adaptability; "evaluar a un equipo" is staff appraisal. 07: "controlli di qualità e di validazione dei dati" →
//   Data cleaning; "data scientist" (Italian plural) → DS; "Spark Structured Streaming" → Apache Spark.
//   08: nothing (punctuality and precision are not listed soft skills). 09: "spoort fouten en dubbele registraties op"
//   → Data cleaning; "Python of R" → both; "helder uitleggen" → Communication; "data science" study field is not DS.
//   10: "hoe we modellen evalueren ... kwaliteit na lancering opvolgen" → Model evaluation; A/B-tests → Hypothesis
//   testing; "taalmodellen" (language models) alone is not Neural networks; "product manager of product owner" in the
//   requirements is not AIPM, but "Als AI Product Manager" in the body is. 11: "Construir features" → Feature
//   engineering; AUC/precision/drift monitoring → Model evaluation; XGBoost → Decision trees; the exact AWS ML
//   Specialty credential → CERT_AWS. 12: "regressão logística" → Regression; "Criar variáveis" (credit-model
//   variables) → Feature engineering; KS/AUC/population stability → Model evaluation; "Visão de negócio" → Business
//   acumen. 13: "analitykami BI" (BI analysts) → BIA; "Kafkę i Sparka" are the Polish forms of Kafka and Spark;
//   Hadoop/Hive → Hadoop. 14: nothing. 15: "datorseende-ingenjörer" (computer vision engineers) → CVE;
//   "förstärkningsinlärning" → Reinforcement learning; "linjär algebra" → Linear algebra; "en robotikingenjör" in the
//   body → ROBO. 16: "klusteranalys" → Clustering; Tableau dashboards → Visualization; "förklara siffror" →
//   Communication; "vill fortsätta utvecklas" → Continuous learning. 17: 3D-CNNs and vision transformers → Neural
//   networks; "fjerne dubletter, rette annoteringsfejl" → Data cleaning; external test sets with sensitivity/
//   specificity/FROC → Model evaluation; "machine learning-ingeniører" → MLE. 18: nothing ("god til at samarbejde" is
//   teamwork). 19: "probabilistiske prognoser" and "bayesianske metoder" → Probability; "tilbaketesting" (backtesting)
//   and forecast-quality assessment → Model evaluation; "dataingeniører" → DE; "liker å lære nye ting" → Continuous
//   learning; anomaly detection has no label. 20: "transformerbaserte språkmodeller" → Neural networks; "CI/CD-løp" →
//   Deployment pipelines; "kommunikasjon" → Communication. 21: "porozumět obchodním potřebám" → Business acumen;
//   dashboards and "vizualizace" → Visualization; "datovými inženýry" → DE; "Komunikativnost" → Communication.
//   22: nothing (CATIA/NX are not labels; "Zapracování změn podle požadavků zákazníka" is not Communication).
//   23: "tekoälytutkijaa" (an AI researcher) → ARS; "vahvistusoppiminen" → Reinforcement learning;
//   "neuroverkkomalleja" → Neural networks; "koneoppimisinsinöörien" → MLE; "lineaarialgebra", "todennäköisyyslaskenta"
//   → Linear algebra, Probability; "viestintätaitoja" → Communication. 24: nothing ("yhteistyötaidot" is teamwork).
//   25: "neural retrieval models" → Neural networks; "gradient-boosted rankers" → Decision trees; NDCG/recall@k,
//   offline evaluation, drift → Model evaluation; "Build features" → Feature engineering; "explain trade-offs
//   clearly" → Communication; "a product manager" is not AIPM; MLE in the title only. 26: CNNs → Neural networks;
//   "find mislabelled frames, remove near-duplicates" → Data cleaning; counting accuracy against manual counts and in
//   the field → Model evaluation; "good problem solver" → Problem-solving. 27: "Validate supplier price feeds ... fix
//   errors" → Data cleaning; A/B tests and "experiment design" → Hypothesis testing; "commercial mindset" → Business
//   acumen; "Fluent English" alone would not be Communication, "communicate findings clearly" is. 28: graph neural
//   networks → Neural networks; "Bayesian optimisation" and "probability" → Probability; prospective benchmarking
//   against experiments → Model evaluation; "You question results, including your own" → Critical thinking.
//   29: "transformer-based models" → Neural networks; NDCG offline → Model evaluation; "search APIs" → APIs.
//   30: "present insights in weekly meetings" → Communication; "comfortable with fast-changing priorities" →
//   Adaptability; "tree-based models such as LightGBM" → Decision trees; "regression models" → Regression; album-sales
//   forecasts are not Probability. 31: GitHub Actions → Git and Deployment pipelines; "ML engineers" → MLE;
//   "enjoys solving hard problems" → Problem-solving; Java counted (Scala is not a label). 32: "controlled
//   experiments" → Hypothesis testing; "how each model is evaluated before launch and monitored" → Model evaluation.
//   33: "Git-based workflows" → Git; CI/CD → Deployment pipelines; "Advanced English" is not Communication.
//   34: Looker Studio → Google Data Studio, plain Looker is not; freshness/uniqueness/accepted-values tests and fixing
//   broken sources → Data cleaning; "how a SaaS business makes money" → Business acumen; "BI" as a work area is not
//   BIA. 35: Vertex AI → Google AI Platform; GKE → Kubernetes; GitHub Actions → Git and Deployment pipelines;
//   "train, evaluate and deploy ... models" → Model evaluation; "Kubernetes (GKE) clusters" is not Clustering; the
//   named Google Cloud Professional ML Engineer credential → CERT_GCP; "like learning new tools and keep up with the
//   MLOps ecosystem" → Continuous learning. 36: "publish through our CI pipeline" → Deployment pipelines; GitHub pull
//   requests → Git; "a first dashboard" is the product in use, not Visualization; "explain complex topics simply" →
//   Communication; "product managers" is not AIPM.
// Label review (docs/mention-labels.md)
// - t17-b-04: − Visualization ("tableaux de bord Power BI" only)
// - t17-b-09: − Visualization ("dashboards en rapportages in Power BI" only)
// - t17-b-16: − Visualization ("rapporter och dashboards i Tableau" only)
// - t17-b-27: − Visualization ("Build and maintain Tableau dashboards" only)
// - t17-b-30: − Visualization ("Build dashboards for artist managers" only; no charts or visualising asked)
// - t17-b-34: − Visualization ("self-serve dashboards in Looker and Looker Studio" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST17_B: HoldoutCase[] = [
  {
    id: 't17-b-01',
    title: 'Data Scientist (m/w/d) Preis- und Sortimentsanalyse',
    company: 'Falkenrode Märkte GmbH & Co. KG',
    location: '30659 Hannover',
    format: 'raw',
    body: `<p><b>Über uns</b></p><p>Falkenrode ist ein familiengeführter Lebensmittelhändler mit über 240 Supermärkten in Niedersachsen, Bremen und Sachsen-Anhalt und einem wachsenden Lieferservice. Rund 11.000 Kolleginnen und Kollegen sorgen jeden Tag dafür, dass frische Ware zu fairen Preisen im Regal steht.</p><p><b>Deine Aufgaben</b></p><ul><li>Du entwickelst Modelle zur Preiselastizität und zur Absatzprognose für unser Trocken- und Frischesortiment</li><li>Du planst A/B-Tests für Aktionen und Preisänderungen in ausgewählten Märkten und wertest sie aus</li><li>Du bereitest Kassen- und Bestandsdaten auf, bereinigst sie und prüfst sie auf Plausibilität</li><li>Gemeinsam mit unseren Data Engineers bringst du Modelle in den produktiven Betrieb</li><li>Du präsentierst Ergebnisse verständlich vor Category Management und Vertrieb</li></ul><p><b>Dein Profil</b></p><ul><li>Abgeschlossenes Studium der Statistik, Mathematik, Wirtschaftswissenschaften oder eines vergleichbaren Fachs</li><li>Mindestens 3 Jahre Berufserfahrung als Data Scientist, idealerweise im Handel oder in der Konsumgüterbranche</li><li>Sehr gute Kenntnisse in Python (pandas, scikit-learn) und SQL</li><li>Erfahrung mit Regressionsmodellen und Gradient Boosting, z.&nbsp;B. LightGBM</li><li>Fundiertes Wissen in Versuchsplanung und statistischen Tests</li><li>Kommunikationsstärke und Freude daran, Fachbereiche mit Zahlen zu überzeugen</li><li>Sehr gute Deutsch- und gute Englischkenntnisse</li></ul><p><b>Das bieten wir</b></p><ul><li>30 Tage Urlaub, Weihnachts- und Urlaubsgeld</li><li>Mobiles Arbeiten an bis zu drei Tagen pro Woche</li><li>10&nbsp;% Mitarbeiterrabatt in allen Falkenrode-Märkten</li><li>JobRad und Zuschuss zum Deutschlandticket</li></ul><p>Wir freuen uns auf deine Bewerbung über unser Karriereportal – ganz ohne Anschreiben.</p>`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['DS', 'Hypothesis testing', 'Data cleaning', 'DE', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Regression', 'Decision trees'],
  },
  {
    id: 't17-b-02',
    title: 'Machine Learning Engineer (w/m/d) – Predictive Quality',
    company: 'Hausruck Antriebstechnik GmbH',
    location: 'Steyr, Oberösterreich, Österreich',
    format: 'escaped',
    body: `
Hausruck Antriebstechnik entwickelt und fertigt Getriebe und elektrische Antriebseinheiten für Nutzfahrzeuge und Landmaschinen. An unseren Standorten in Steyr und Wels arbeiten rund 1.900 Menschen, unsere Produkte laufen bei Fahrzeugherstellern in ganz Europa.

# Deine Rolle
Im Team Digital Manufacturing entwickelst du gemeinsam mit Prozessingenieur:innen und Data Scientists Modelle, die Ausschuss in der Zahnradfertigung vorhersagen, bevor er entsteht.

# Deine Aufgaben
- Entwicklung und Betrieb von ML-Modellen auf Sensordaten aus Schleif- und Härteanlagen
- Aufbau von Features aus Zeitreihen (Vibration, Temperatur, Stromaufnahme) gemeinsam mit der Fertigungstechnik
- Containerisierung der Modelle mit Docker und Deployment auf unsere Kubernetes-Plattform im Werk
- Weiterentwicklung unserer CI/CD-Pipelines in GitLab
- Überwachung von Modellgüte und Datendrift im laufenden Betrieb
- Experiment-Tracking und Modellregistrierung mit MLflow

# Was du mitbringst
- Abgeschlossenes Studium (Informatik, Mechatronik, Data Science o. Ä.)
- Mehrjährige Erfahrung mit Python und PyTorch oder TensorFlow
- Praxis im Betrieb von ML-Modellen in Produktion
- Grundverständnis für Fertigungsprozesse ist von Vorteil
- Teamgeist und Freude daran, knifflige Probleme zu lösen
- Sehr gute Deutschkenntnisse

# Unser Angebot
Gleitzeit, Kantine, Betriebsarzt und ein Klimaticket-Zuschuss. Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 4.100,- brutto pro Monat (KV Metallindustrie, Beschäftigungsgruppe H). Eine Überzahlung ist je nach Qualifikation und Erfahrung vorgesehen.
`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['AT'],
    mentions: ['DS', 'Feature engineering', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Git', 'Model evaluation', 'MLflow', 'Python', 'PyTorch', 'TensorFlow', 'Problem-solving'],
  },
  {
    id: 't17-b-03',
    title: 'Infirmier / Infirmière de bloc opératoire (IBODE) H/F – CDI',
    company: 'Groupe Hospitalier Kervallon',
    location: 'Rennes (35)',
    format: 'text',
    body: `
Le Groupe Hospitalier Kervallon réunit trois établissements privés à but non lucratif en Ille-et-Vilaine (chirurgie, médecine, soins de suite et de réadaptation) et accueille chaque année plus de 60 000 patients.

# Votre mission
Au sein du bloc opératoire de notre site de Rennes (12 salles, chirurgie orthopédique, viscérale et urologique), vous assurez :
- la préparation des salles, du matériel et des dispositifs médicaux
- l'instrumentation et l'aide opératoire auprès des chirurgiens
- la traçabilité des dispositifs médicaux et le respect des règles d'hygiène et de sécurité
- l'accueil et l'accompagnement des patients avant l'intervention
- l'encadrement des étudiants en soins infirmiers

# Profil recherché
- Diplôme d'État d'infirmier ; le diplôme d'IBODE ou une expérience significative en bloc est souhaité
- Rigueur, esprit d'équipe et capacité d'adaptation face aux imprévus
- Aisance relationnelle et bonne communication avec les patients et l'équipe chirurgicale

# Conditions
- CDI à temps plein, horaires variables, astreintes rémunérées
- Rémunération selon la convention collective FEHAP et reprise d'ancienneté
- Crèche partenaire, restaurant d'entreprise, CSE
`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['FR'],
    mentions: ['Adaptability', 'Communication'],
  },
  {
    id: 't17-b-04',
    title: "Analyste en intelligence d'affaires – Assurance de dommages",
    company: 'Groupe financier Havremont',
    location: 'Montréal, QC',
    format: 'raw',
    body: `<p><strong>Qui sommes-nous?</strong></p><p>Groupe financier Havremont est une coopérative québécoise d'assurance de dommages et d'épargne qui protège plus de 400&nbsp;000 membres, de l'Abitibi à la Gaspésie.</p><p><strong>Ton rôle</strong></p><p>Relevant de la directrice Données et analytique, tu transformes les données de sinistres, de souscription et de tarification en information utile pour nos équipes d'affaires.</p><ul><li>Concevoir et maintenir des tableaux de bord Power BI pour le suivi des sinistres et de la rentabilité par produit</li><li>Rédiger des requêtes SQL et modéliser les données de l'entrepôt en collaboration avec les ingénieurs de données</li><li>Valider la qualité des données et documenter les règles d'affaires</li><li>Accompagner les gestionnaires dans la lecture des indicateurs</li></ul><p><strong>Ce que tu apportes</strong></p><ul><li>Baccalauréat en informatique, en actuariat, en administration ou dans un domaine connexe</li><li>3 ans d'expérience en intelligence d'affaires ou en analytique</li><li>Maîtrise de Power BI (DAX, Power Query) et de SQL</li><li>Bonne compréhension des enjeux d'affaires en assurance, un atout</li><li>Excellentes aptitudes en communication, à l'oral comme à l'écrit; anglais fonctionnel</li></ul><p><strong>Pourquoi Havremont?</strong></p><ul><li>Horaire flexible et mode hybride (2 jours par semaine au bureau)</li><li>Régime de retraite à prestations déterminées</li><li>Assurances collectives dès le premier jour</li></ul><p>Havremont souscrit au principe d'équité en matière d'emploi. Seules les personnes retenues pour une entrevue seront contactées.</p>`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Power BI', 'DE', 'Data cleaning', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-b-05',
    title: 'Ingeniero/a de Visión Artificial',
    company: 'Hondarra Visión Industrial S.L.',
    location: 'Donostia-San Sebastián, Gipuzkoa',
    countryHints: ['ES'],
    format: 'html',
    body: `
En Hondarra diseñamos y fabricamos sistemas de inspección automática para líneas de producción: cámaras, iluminación y software que detectan defectos en piezas de fundición, envases y componentes de automoción. Más de 300 equipos nuestros trabajan hoy en fábricas de 14 países.

# ¿Qué harás?
- Desarrollar y entrenar redes neuronales convolucionales para la detección y segmentación de defectos
- Definir con cada cliente los criterios de aceptación y medir precisión, recall y tasa de falsos rechazos en planta
- Preparar y depurar los conjuntos de imágenes etiquetadas, eliminando duplicados y etiquetas erróneas
- Optimizar los modelos para que funcionen en tiempo real en PCs industriales con GPU
- Colaborar con nuestros ingenieros de robótica en celdas de inspección con brazo robótico

# ¿Qué buscamos?
- Grado o máster en Ingeniería Informática, Telecomunicación, Física o similar
- Al menos 2 años de experiencia en visión por computador
- Buen nivel de Python y C++; experiencia con PyTorch y OpenCV
- Valorable: TensorRT u ONNX Runtime
- Disponibilidad para viajes puntuales a instalaciones de clientes (10-15 %)
- Inglés B2

# Ofrecemos
- Contrato indefinido y jornada intensiva los viernes
- Salario entre 38.000 y 48.000 € brutos anuales según experiencia
- Retribución flexible (comida, transporte, guardería)
- Oficina a diez minutos de la playa de la Zurriola
`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['ES'],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'ROBO', 'Python', 'C++', 'PyTorch'],
  },
  {
    id: 't17-b-06',
    title: 'Gerente de Tienda – Zapopan',
    company: 'Tiendas Jacarandas',
    location: 'Zapopan, Jal.',
    format: 'text',
    body: `
Tiendas Jacarandas, cadena mexicana de tiendas departamentales con 85 sucursales en el Bajío y el Occidente del país, busca Gerente de Tienda para su nueva sucursal en Zapopan.

# Responsabilidades
- Dirigir la operación diaria de la tienda: ventas, inventarios, cajas y atención a clientes
- Liderar, capacitar y evaluar a un equipo de 40 colaboradores
- Cumplir las metas de venta y margen y dar seguimiento a los indicadores semanales
- Asegurar la exhibición de la mercancía conforme a los lineamientos de la marca

# Requisitos
- Licenciatura en Administración, Mercadotecnia o afín (titulado)
- 3 años como gerente o subgerente en tiendas departamentales o autoservicio
- Manejo de Excel intermedio
- Disponibilidad de horario (incluye fines de semana)
- Capacidad para resolver problemas y tomar decisiones bajo presión

# Ofrecemos
Sueldo base competitivo más bono mensual por resultados, prestaciones superiores a las de ley, vales de despensa, fondo de ahorro, seguro de gastos médicos mayores y descuento en tienda.
`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't17-b-07',
    title: 'Data Engineer',
    company: 'Ginestra Banca S.p.A.',
    location: 'Milano, Lombardia, Italia',
    format: 'raw',
    body: `<p><span style="color:#000000">Ginestra Banca è una banca commerciale nata a Firenze nel 1962, oggi presente con 120 filiali in Toscana, Lombardia ed Emilia-Romagna e con un'app usata da oltre 600.000 clienti. Stiamo costruendo la nuova piattaforma dati della banca e cerchiamo un/una Data Engineer da inserire nel team Data Platform della sede di Milano.</span></p><p style="min-height: 1.7em;"></p><h4><strong><span style="color:#000000">Il ruolo</span></strong></h4><ul><li><p><span style="color:#000000">Progettare e sviluppare flussi di ingestion batch e streaming (Kafka, Spark Structured Streaming) verso il nostro lakehouse;</span></p></li><li><p><span style="color:#000000">Implementare controlli di qualità e di validazione dei dati per i flussi regolamentari (segnalazioni di Vigilanza, AnaCredit);</span></p></li><li><p><span style="color:#000000">Orchestrare i flussi con Airflow e gestire il codice su GitLab con pipeline CI/CD;</span></p></li><li><p><span style="color:#000000">Collaborare con data scientist e analisti del rischio di credito per rendere disponibili dataset affidabili.</span></p></li></ul><p style="min-height: 1.7em;"></p><h4><strong><span style="color:#000000">Requisiti</span></strong></h4><ul><li><p><span style="color:#000000">Laurea in Informatica, Ingegneria o discipline affini;</span></p></li><li><p><span style="color:#000000">Almeno 3 anni di esperienza come Data Engineer;</span></p></li><li><p><span style="color:#000000">Ottima conoscenza di Python e SQL; Scala è un plus;</span></p></li><li><p><span style="color:#000000">Esperienza con Apache Spark e Kafka;</span></p></li><li><p><span style="color:#000000">Conoscenza di Docker; gradita esperienza con Kubernetes;</span></p></li><li><p><span style="color:#000000">Buone capacità di comunicazione e attitudine al lavoro in team;</span></p></li><li><p><span style="color:#000000">Inglese fluente.</span></p></li></ul><p style="min-height: 1.7em;"></p><h4><strong><span style="color:#000000">Cosa offriamo</span></strong></h4><p><span style="color:#000000">Contratto a tempo indeterminato CCNL Credito, smart working fino a 10 giorni al mese, buoni pasto, polizza sanitaria integrativa e piano welfare aziendale.</span></p><p><span style="color:#000000">L'annuncio è rivolto a persone di qualsiasi genere, ai sensi del D.Lgs. 198/2006.</span></p>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'Python', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't17-b-08',
    title: 'Tecnico installatore FTTH',
    company: 'Frecciarete S.p.A.',
    location: 'Bari (BA), Puglia',
    industry: 'Telecomunicazioni',
    format: 'div',
    body: `
Frecciarete costruisce e gestisce reti in fibra ottica e porta connessioni FTTH a famiglie e imprese in Puglia, Basilicata e Campania. Per rafforzare la squadra di Bari cerchiamo tecnici installatori.

# Attività
- Installazione e attivazione di collegamenti in fibra presso le abitazioni dei clienti
- Posa di cavi in canalina e nelle colonne montanti degli edifici, giunzioni e misure OTDR
- Configurazione di modem e ONT e verifica della velocità di linea
- Compilazione dei rapportini di intervento tramite app aziendale

# Requisiti
- Diploma tecnico (elettrico, elettronico o telecomunicazioni)
- Patente B
- Gradita esperienza nell'installazione di impianti in fibra o in rame
- Puntualità, precisione e cura del lavoro

# Offriamo
Contratto a tempo indeterminato CCNL Telecomunicazioni, furgone attrezzato e smartphone aziendale, formazione iniziale sulla giunzione della fibra, premi di produzione.
`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IT'],
    mentions: [],
  },
  {
    id: 't17-b-09',
    title: 'BI Analist (32-36 uur)',
    company: 'Hoogheemraadschap Kromme Veenen',
    location: 'Woerden, Utrecht, Nederland',
    format: 'raw',
    body: `<p>Het Hoogheemraadschap Kromme Veenen zorgt voor veilige dijken, voldoende en schoon water en zuivert het afvalwater van ruim 700.000 inwoners tussen Utrecht en het Groene Hart. Wij zijn een overheidsorganisatie met ongeveer 650 medewerkers.</p><p style="min-height: 1.7em;"></p><h4><strong>Wat ga je doen?</strong></h4><p>Als BI analist in het team Informatievoorziening help je collega's van waterbeheer, zuivering en belastingen om met data betere keuzes te maken.</p><ul><li><p>Je ontwikkelt en onderhoudt dashboards en rapportages in Power BI, bijvoorbeeld over waterkwaliteit, het energieverbruik van zuiveringen en de voortgang van dijkversterkingen;</p></li><li><p>Je vertaalt informatievragen uit de organisatie naar datamodellen en analyses;</p></li><li><p>Je bewaakt samen met de gegevensbeheerders de datakwaliteit en spoort fouten en dubbele registraties op;</p></li><li><p>Je werkt met onze data engineer en de informatiearchitect aan het nieuwe dataplatform.</p></li></ul><p style="min-height: 1.7em;"></p><h4><strong>Wat vragen wij?</strong></h4><ul><li><p>Hbo-werk- en denkniveau, bijvoorbeeld bedrijfskunde, informatica of data science;</p></li><li><p>Minimaal 2 jaar ervaring als BI-analist of BI-ontwikkelaar;</p></li><li><p>Goede kennis van SQL en Power BI (DAX);</p></li><li><p>Ervaring met Python of R is een pré;</p></li><li><p>Je kunt complexe informatie helder uitleggen aan niet-technische collega's.</p></li></ul><p style="min-height: 1.7em;"></p><h4><strong>Wat bieden wij?</strong></h4><ul><li><p>Maximaal € 5.180 bruto per maand (schaal 10, cao Waterschappen) bij 36 uur;</p></li><li><p>Een Individueel Keuzebudget van 19,05%;</p></li><li><p>Hybride werken en een thuiswerkvergoeding;</p></li><li><p>Volop ruimte voor opleiding en ontwikkeling.</p></li></ul><p>Een Verklaring Omtrent het Gedrag (VOG) is onderdeel van de procedure. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</p>`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'DE', 'Python', 'R', 'Communication'],
  },
  {
    id: 't17-b-10',
    title: 'AI Product Manager',
    company: 'Kwadrant Zorgsoftware NV',
    location: '9000 Gent',
    format: 'escaped',
    body: `
Kwadrant bouwt het elektronisch medisch dossier dat meer dan 3.500 huisartsen en 40 huisartsenwachtposten in Vlaanderen en Brussel elke dag gebruiken. Met 140 collega's in Gent en Hasselt maken we software die artsen tijd teruggeeft voor hun patiënten.

# Jouw rol
Als AI Product Manager ben je verantwoordelijk voor de AI-functies in ons dossier: automatische samenvattingen van consultaties, hulp bij het coderen van diagnoses en een slimme inbox voor labresultaten. Je bepaalt de roadmap, schrijft de requirements en beslist mee wanneer een model goed genoeg is om bij artsen terecht te komen.

# Wat je doet
- Je werkt dagelijks samen met onze data scientists en NLP-engineers en met een panel van huisartsen
- Je legt samen met het team vast hoe we modellen evalueren: welke fouten aanvaardbaar zijn, welke drempels we hanteren en hoe we de kwaliteit na lancering opvolgen
- Je bewaakt de privacy en de vereisten van de MDR en de AI Act
- Je meet de impact van nieuwe functies met A/B-tests en gebruiksdata

# Wie ben jij
- Minstens 4 jaar ervaring als product manager of product owner van een softwareproduct, waarvan een deel met machine learning
- Je begrijpt hoe taalmodellen werken en waar hun grenzen liggen
- Je communiceert vlot met artsen, ontwikkelaars en management, in het Nederlands en het Engels; Frans is een plus
- Affiniteit met de zorgsector

# Ons aanbod
Een competitief loon met maaltijdcheques, ecocheques, hospitalisatieverzekering, groepsverzekering en een mobiliteitsbudget. 32 vakantiedagen en twee dagen per week thuiswerk.
`,
    role: 'AIPM',
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['AIPM', 'DS', 'NLP_ENG', 'Model evaluation', 'Hypothesis testing', 'Communication'],
  },
  {
    id: 't17-b-11',
    title: 'Engenheiro/a de Machine Learning',
    company: 'Fibrenorte Comunicações, S.A.',
    location: 'Porto, Porto, Portugal',
    format: 'raw',
    body: `<p>A Fibrenorte é um operador de telecomunicações com rede própria de fibra ótica e rede móvel no Norte e Centro de Portugal, ao serviço de 900 mil clientes residenciais e empresariais.</p><p><strong>O que vais fazer</strong></p><ul><li>Desenvolver e colocar em produção modelos de previsão de churn, de propensão à compra e de deteção de avarias na rede</li><li>Construir features a partir de dados de utilização, faturação e telemetria dos equipamentos de rede</li><li>Treinar, versionar e implementar modelos no AWS SageMaker</li><li>Integrar os modelos com os sistemas de CRM através de APIs REST</li><li>Monitorizar o desempenho dos modelos em produção (AUC, precisão, drift) e definir alertas</li><li>Trabalhar com os engenheiros de dados, que gerem os fluxos em Kafka e o data lake</li></ul><p><strong>O que procuramos</strong></p><ul><li>Licenciatura ou mestrado em Engenharia Informática, Matemática ou área semelhante</li><li>3 anos de experiência com machine learning em produção</li><li>Domínio de Python e de bibliotecas como scikit-learn, XGBoost e pandas</li><li>Experiência com Docker e pipelines de CI/CD</li><li>A certificação AWS Certified Machine Learning – Specialty é valorizada</li><li>Português fluente e inglês técnico</li></ul><p><strong>O que oferecemos</strong></p><ul><li>Seguro de saúde extensível ao agregado familiar</li><li>Regime híbrido, com 2 dias por semana no escritório da Boavista</li><li>Telemóvel e pacote de serviços Fibrenorte</li><li>Orçamento anual para formação e conferências</li></ul><p>A Fibrenorte promove a igualdade de oportunidades e valoriza a diversidade nas suas equipas.</p>`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['PT'],
    mentions: ['Feature engineering', 'AWS SageMaker', 'APIs', 'Model evaluation', 'DE', 'Kafka', 'Python', 'Scikit-learn', 'Decision trees', 'Pandas', 'Docker', 'Deployment pipelines', 'CERT_AWS'],
  },
  {
    id: 't17-b-12',
    title: 'Cientista de Dados Pleno – Crédito',
    company: 'Jenipapo Pagamentos S.A.',
    location: 'São Paulo, SP',
    format: 'html',
    body: `
A Jenipapo é uma fintech de pagamentos e crédito para pequenos lojistas: maquininhas, conta digital e capital de giro para mais de 1 milhão de negócios em todo o Brasil.

# Sobre o time
O time de Crédito usa dados de transações para oferecer empréstimos justos a quem o banco tradicional não atende.

# Responsabilidades
- Desenvolver modelos de concessão e de limite de crédito (regressão logística, XGBoost)
- Criar variáveis a partir do histórico de vendas nas maquininhas e do comportamento de pagamento
- Acompanhar a performance dos modelos em produção: KS, AUC e estabilidade populacional
- Desenhar testes A/B de políticas de crédito junto com o time de Produto
- Apresentar resultados para as lideranças de negócio de forma clara

# Requisitos
- Formação em Estatística, Economia, Engenharia, Ciência da Computação ou áreas correlatas
- De 2 a 4 anos de experiência como cientista de dados, de preferência em crédito
- Python (pandas, scikit-learn) e SQL avançado
- Versionamento de código com Git
- Visão de negócio e capacidade de traduzir métricas de modelo em impacto financeiro

# Benefícios
Vale-refeição/alimentação flexível, plano de saúde e odontológico sem coparticipação, PLR, auxílio academia, auxílio home office e horário flexível. Modelo híbrido, com 2 dias por semana no escritório da Faria Lima.
`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Git', 'Business acumen'],
  },
  {
    id: 't17-b-13',
    title: 'Inżynier Danych (Data Engineer)',
    company: 'Jantarsoft Sp. z o.o.',
    location: 'Kraków, małopolskie',
    format: 'double',
    body: `
Jantarsoft to krakowski software house, który od 2011 roku tworzy oprogramowanie i platformy danych dla klientów z Polski, Niemiec i Skandynawii – od startupów po duże firmy z różnych branż. Zatrudniamy ponad 350 specjalistów.

# Twoje zadania
- Projektowanie i rozwój procesów ETL/ELT przetwarzających dane z wielu źródeł
- Budowa przetwarzania strumieniowego w oparciu o Kafkę i Sparka
- Utrzymanie środowisk opartych o Docker i Kubernetes
- Współpraca z analitykami BI i data scientistami po stronie klienta
- Dbanie o jakość kodu: code review, testy, repozytoria w GitLabie i pipeline'y CI/CD

# Nasze wymagania
- Min. 3 lata doświadczenia na stanowisku Data Engineera
- Bardzo dobra znajomość Pythona i SQL
- Doświadczenie z Apache Spark (PySpark) oraz z chmurą AWS lub Azure
- Znajomość Hadoop/Hive będzie dodatkowym atutem
- Język angielski na poziomie min. B2

# Oferujemy
- Wynagrodzenie 18 000–25 000 zł netto + VAT (B2B) lub 15 000–21 000 zł brutto (UoP)
- Pracę hybrydową lub zdalną
- Prywatną opiekę medyczną i kartę sportową
- Budżet szkoleniowy i płatne certyfikacje

Prosimy o zawarcie w CV klauzuli: „Wyrażam zgodę na przetwarzanie moich danych osobowych przez Jantarsoft Sp. z o.o. w celu przeprowadzenia procesu rekrutacji".
`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['PL'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Docker', 'Kubernetes', 'BIA', 'DS', 'Git', 'Deployment pipelines', 'Python', 'Hadoop'],
  },
  {
    id: 't17-b-14',
    title: 'Specjalista ds. kadr i płac',
    company: 'Kurant Logistyka Sp. z o.o.',
    location: 'Poznań, wielkopolskie',
    industry: 'Transport i logistyka',
    format: 'div',
    body: `
Kurant Logistyka to polska firma transportowo-spedycyjna z flotą 420 ciągników siodłowych i magazynami w Poznaniu, Strykowie i Gliwicach.

# Zakres obowiązków
- Prowadzenie dokumentacji kadrowej ok. 600 pracowników, w tym kierowców
- Naliczanie wynagrodzeń, rozliczanie czasu pracy kierowców i diet
- Sporządzanie deklaracji ZUS i PIT oraz sprawozdań do GUS
- Obsługa PPK i współpraca z biurem rachunkowym

# Wymagania
- Min. 3 lata doświadczenia w kadrach i płacach
- Znajomość Kodeksu pracy i przepisów o czasie pracy kierowców
- Praktyczna znajomość programu Symfonia lub Comarch ERP Optima oraz Excela
- Dokładność, samodzielność i dobra organizacja pracy

# Oferujemy
Umowę o pracę, pracę w godzinach 8–16, pakiet medyczny i dofinansowanie do karty sportowej.
`,
    role: null,
    sector: null,
    countries: ['PL'],
    mentions: [],
  },
  {
    id: 't17-b-15',
    title: 'Robotikingenjör – rörelseplanering',
    company: 'Fjällvik Robotics AB',
    location: 'Västerås, Västmanlands län, Sverige',
    format: 'raw',
    body: `<p>Fjällvik Robotics utvecklar och tillverkar kollaborativa robotar för palletering och maskinbetjäning. Våra robotar används i livsmedels-, läkemedels- och verkstadsindustrin i hela Norden, och all montering sker i vår fabrik i Västerås.</p><p>Nu söker vi en robotikingenjör till teamet för rörelseplanering och styrning.</p><p><strong>Du kommer att</strong></p><ul><li>utveckla algoritmer för banplanering och kollisionsundvikande i C++</li><li>bygga simuleringsmiljöer och testa nya funktioner innan de körs på riktiga robotar</li><li>arbeta nära våra datorseende-ingenjörer med detektering av greppunkter</li><li>delta vid driftsättning hos kunder vid behov</li></ul><p><strong>Krav</strong></p><ul><li>Civilingenjörsexamen inom robotik, reglerteknik, datateknik eller motsvarande</li><li>Några års erfarenhet av C++ och gärna Python</li><li>God förståelse för kinematik, linjär algebra och optimering</li><li>Erfarenhet av ROS 2 och Git</li><li>Meriterande: erfarenhet av förstärkningsinlärning för robotstyrning</li><li>Du talar och skriver svenska och engelska obehindrat</li></ul><p><strong>Förmåner</strong></p><ul><li>Kollektivavtal, tjänstepension och friskvårdsbidrag på 5&nbsp;000 kr</li><li>Flextid</li><li>Möjlighet att arbeta hemifrån vissa dagar</li></ul>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['SE'],
    mentions: ['ROBO', 'C++', 'CVE', 'Python', 'Linear algebra', 'Git', 'Reinforcement learning'],
  },
  {
    id: 't17-b-16',
    title: 'Dataanalytiker – prenumerationer',
    company: 'Fyrbåken Media AB',
    location: 'Stockholm',
    countryHints: ['SE'],
    format: 'html',
    body: `
Fyrbåken Media ger ut sju lokala dagstidningar i Mälardalen och Norrland och driver nyhetssajter och poddar med 1,2 miljoner läsare i veckan.

# Om rollen
Vi söker en dataanalytiker till vår avdelning för konsumentmarknad. Du hjälper redaktioner och marknad att förstå vad som får läsare att börja – och fortsätta – prenumerera.

# Arbetsuppgifter
- Analysera konvertering och uppsägningar för våra digitala prenumerationer
- Följa upp A/B-tester av betalväggar och erbjudanden
- Ta fram rapporter och dashboards i Tableau för redaktionsledningen
- Segmentera läsare med hjälp av klusteranalys

# Vi söker dig som
- har en akademisk examen i statistik, nationalekonomi eller liknande
- är van vid SQL och Python eller R
- tycker om att förklara siffror för personer utan analysbakgrund
- är nyfiken och vill fortsätta utvecklas inom analys

# Vi erbjuder
Tillsvidareanställning med sex månaders provanställning, hybridarbete, kollektivavtal och friskvårdsbidrag. Vi tillämpar löpande urval, så skicka gärna din ansökan redan i dag.
`,
    role: null,
    sector: null,
    countries: ['SE'],
    mentions: ['Hypothesis testing', 'Tableau', 'Clustering', 'Python', 'R', 'Communication', 'Continuous learning'],
  },
  {
    id: 't17-b-17',
    title: 'Deep Learning Specialist',
    company: 'Havtorn Diagnostics ApS',
    location: '2100 København Ø',
    format: 'escaped',
    body: `
Havtorn Diagnostics udvikler CE-mærket software, der hjælper radiologer med at finde lungeforandringer på CT-scanninger. Vores produkt er i brug på 40 hospitaler i Norden og Tyskland.

# Om stillingen
Som Deep Learning Specialist bliver du en del af vores algoritmeteam på seks personer. Du får ansvar for næste generation af vores detektionsmodeller – fra data til klinisk validering.

# Dine opgaver
- Udvikle og træne dybe neurale netværk (3D-CNN'er og vision transformers) til detektion og segmentering
- Kvalitetssikre træningsdata: fjerne dubletter, rette annoteringsfejl og sikre, at scanninger fra forskellige scannere er sammenlignelige
- Evaluere modeller på eksterne testsæt med sensitivitet, specificitet og FROC-kurver som led i den kliniske validering
- Samarbejde med vores machine learning-ingeniører om at bringe modellerne sikkert i drift

# Din profil
- Ph.d. eller kandidatgrad i datalogi, fysik, matematik eller lignende
- Solid erfaring med PyTorch og Python
- Erfaring med medicinske billeddata (DICOM) er en fordel
- Du arbejder struktureret og dokumenterer dit arbejde grundigt, da vi arbejder efter ISO 13485
- Du kommunikerer klart på engelsk; dansk er ikke et krav

# Vi tilbyder
Pension, frokostordning, sundhedsforsikring og fleksible arbejdstider. Vi hjælper med flytning og med ansøgning om forskerskatteordningen.
`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['DK'],
    mentions: ['DLS', 'Neural networks', 'Data cleaning', 'Model evaluation', 'MLE', 'PyTorch', 'Python', 'Communication'],
  },
  {
    id: 't17-b-18',
    title: 'Lagermedarbejder – fuldtid',
    company: 'Helsted & Krogh ApS',
    location: '6000 Kolding',
    format: 'text',
    body: `
Vi søger en stabil lagermedarbejder til vores lager i Kolding.

# Dine opgaver
- Modtagelse og kontrol af varer
- Plukning og pakning af ordrer
- Kørsel med truck og stabler
- Oprydning og vedligehold af lageret

# Vi forventer
- Truckcertifikat (B)
- Gerne erfaring fra lager
- Mødestabil og god til at samarbejde

Arbejdstid mandag–fredag kl. 7.00–15.00. Løn efter overenskomst. Tiltrædelse snarest – vi holder samtaler løbende.
`,
    role: null,
    sector: null,
    countries: ['DK'],
    mentions: [],
  },
  {
    id: 't17-b-19',
    title: 'Data Scientist – kraftproduksjon',
    company: 'Kvitfoss Kraft AS',
    location: 'Skien, Telemark, Norge',
    industry: 'Fornybar energi',
    format: 'raw',
    body: `<p><b>Om Kvitfoss Kraft</b></p><p>Kvitfoss Kraft eier og driver 31 vannkraftverk i Telemark og Agder og produserer i et normalår rundt 4 TWh fornybar strøm. Selskapet er eid av fire kommuner og har 280 ansatte.</p><p><b>Om stillingen</b></p><p>Vi styrker analyseteamet i produksjonsplanlegging og søker en data scientist som vil jobbe med tilsigsprognoser, prisprognoser og vedlikehold av aggregater.</p><p><b>Arbeidsoppgaver</b></p><ul><li>Utvikle probabilistiske prognoser for tilsig og snøsmelting basert på værdata og historiske målinger</li><li>Bygge modeller som oppdager avvik i sensordata fra turbiner og transformatorer</li><li>Vurdere prognosekvaliteten løpende og sammenligne nye modeller med dagens metoder ved tilbaketesting</li><li>Samarbeide med dataingeniører og hydrologer om datagrunnlag og drift</li></ul><p><b>Kvalifikasjoner</b></p><ul><li>Mastergrad innen statistikk, matematikk, fysikk eller lignende</li><li>God kjennskap til Python og biblioteker som NumPy, pandas og scikit-learn</li><li>Kjennskap til bayesianske metoder er en fordel</li><li>Erfaring fra energibransjen er ønskelig, men ikke et krav</li><li>Du er nysgjerrig og liker å lære nye ting</li></ul><p><b>Vi tilbyr</b></p><ul><li>Gode pensjons- og forsikringsordninger</li><li>Fleksibel arbeidstid og hjemmekontor etter avtale</li><li>Hytter til utleie for ansatte</li></ul><p>Søknadsfrist: 20. april. Kvitfoss Kraft ønsker mangfold blant de ansatte og oppfordrer alle kvalifiserte kandidater til å søke.</p>`,
    role: 'DS',
    sector: null,
    countries: ['NO'],
    mentions: ['DS', 'Probability', 'Model evaluation', 'DE', 'Python', 'NumPy', 'Pandas', 'Scikit-learn', 'Continuous learning'],
  },
  {
    id: 't17-b-20',
    title: 'Senior NLP-ingeniør',
    company: 'Innbyggerdirektoratet',
    location: '0191 Oslo',
    format: 'escaped',
    body: `
Innbyggerdirektoratet er et statlig forvaltningsorgan med ansvar for felles digitale tjenester for innbyggerne, blant annet den nasjonale innbyggerportalen og chattetjenesten som svarer på spørsmål om offentlige tjenester. Vi har rundt 400 ansatte i Oslo og Leikanger.

Seksjon for språkteknologi ble opprettet i 2022 og består i dag av tolv personer med bakgrunn fra lingvistikk, informatikk og statistikk. Vi samarbeider tett med universitetsmiljøer og med andre etater som bruker språkteknologi, og vi deler modeller og verktøy som åpen kildekode der det er mulig.

# Om stillingen
Vi søker en erfaren NLP-ingeniør til seksjon for språkteknologi. Du skal videreutvikle tjenester som gjør det lettere for innbyggerne å finne fram i det offentlige, blant annet søk, klassifisering av henvendelser og en assistent basert på store språkmodeller.

# Arbeidsoppgaver
- tilpasse og finjustere transformerbaserte språkmodeller for bokmål, nynorsk og nordsamisk
- etablere rammeverk for evaluering av modellene, både med automatiske mål og manuell vurdering
- utvikle og drifte tjenester i Python, pakket i Docker og kjørt på vår Kubernetes-plattform
- delta i kodegjennomganger og videreutvikling av CI/CD-løp
- samarbeide med data scientists, jurister og fagfolk i etatene

# Kvalifikasjoner
- høyere utdanning på masternivå innen informatikk, språkteknologi eller tilsvarende; lang relevant erfaring kan kompensere for manglende utdanning
- minst fem års erfaring med NLP, gjerne med PyTorch og Hugging Face
- erfaring med Git og moderne utviklingspraksis
- gode samarbeidsevner og god muntlig og skriftlig kommunikasjon på norsk

# Vi tilbyr
- stilling som seniorrådgiver med lønn i spennet 720 000–900 000 kroner
- medlemskap i Statens pensjonskasse
- fleksitid og mulighet for hjemmekontor inntil to dager i uken
- gode ordninger for faglig utvikling, kurs og konferanser
- et inkluderende arbeidsmiljø med engasjerte kolleger og et samfunnsoppdrag som betyr noe for mange

# Praktisk informasjon
Tiltredelse etter avtale. Søknadsfristen er 2. mai. Søknad og CV sendes elektronisk via vår rekrutteringsportal, og vi ber deg legge ved vitnemål og attester. Intervjuer gjennomføres i uke 20 og 21, og aktuelle kandidater kan bli bedt om å løse en praktisk oppgave.

Stillingen krever sikkerhetsklarering. Vi ønsker søkere med ulik bakgrunn og oppfordrer personer med funksjonsnedsettelse eller hull i CV-en til å søke. Vi gjør oppmerksom på at opplysninger om søkeren kan bli offentliggjort selv om søkeren har bedt om ikke å bli ført opp på søkerlisten, jf. offentleglova § 25.
`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['NO'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'Python', 'Docker', 'Kubernetes', 'Deployment pipelines', 'DS', 'PyTorch', 'Git', 'Communication'],
  },
  {
    id: 't17-b-21',
    title: 'Power BI vývojář/ka',
    company: 'Javor pojišťovna, a.s.',
    location: 'Praha 4 – Michle',
    format: 'div',
    body: `
Javor pojišťovna je česká pojišťovna s více než 25letou tradicí. Pojišťujeme majetek, vozidla a odpovědnost více než 700 tisíc klientů a do týmu Business Intelligence hledáme posilu.

# Co tě čeká
- Vývoj a správa reportů a dashboardů v Power BI pro obchod, likvidaci pojistných událostí a finance
- Tvorba datových modelů a výpočtů v DAX
- Úzká spolupráce s datovými inženýry na přípravě dat v datovém skladu (MS SQL)
- Automatizace reportingu a postupné nahrazování excelových výkazů

# Co od tebe očekáváme
- Min. 2 roky praxe s Power BI
- Dobrou znalost SQL
- Schopnost porozumět obchodním potřebám a převést je do srozumitelných vizualizací
- Komunikativnost a samostatnost
- Znalost Pythonu je výhodou

# Co nabízíme
- 5 týdnů dovolené a 3 sick days
- Home office 2 dny v týdnu
- Příspěvek na penzijní spoření, stravenkový paušál a kartu MultiSport
- Slevy na pojištění pro tebe i tvou rodinu
`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['CZ'],
    mentions: ['Power BI', 'Visualization', 'DE', 'Business acumen', 'Communication', 'Python'],
  },
  {
    id: 't17-b-22',
    title: 'Konstruktér lisovacích nástrojů',
    company: 'Fojtík Components s.r.o.',
    location: 'Mladá Boleslav, Středočeský kraj',
    industry: 'Automobilový průmysl',
    format: 'text',
    body: `
# Náplň práce
- Konstrukce postupových a transferových lisovacích nástrojů pro karosářské díly osobních automobilů
- Zpracování výkresové dokumentace v CATIA V5
- Spolupráce s nástrojárnou a oddělením kvality při odlaďování nástrojů
- Zapracování změn podle požadavků zákazníka

# Požadujeme
- SŠ/VŠ vzdělání technického směru
- Min. 3 roky praxe v konstrukci nástrojů
- Znalost CATIA V5 nebo Siemens NX
- Aktivní znalost němčiny nebo angličtiny
- ŘP sk. B

# Nabízíme
- 13. plat a 25 dní dovolené
- Jednosměnný provoz, pružný začátek pracovní doby
- Příspěvek na dopravu a stravování
- Firemní akce a zvýhodněné jazykové kurzy
`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['CZ'],
    mentions: [],
  },
  {
    id: 't17-b-23',
    title: 'Tutkija (Research Scientist), koneoppiminen radioverkoissa',
    company: 'Kuura Networks Oy',
    location: 'Finland, Espoo',
    format: 'raw',
    body: `<p><b>Kuura Networks</b> kehittää ja valmistaa 5G- ja 6G-tukiasemien ohjelmistoja ja radiolaitteita matkaviestinoperaattoreille. Meillä työskentelee noin 1&nbsp;400 ihmistä Espoossa, Oulussa ja Tampereella.</p><p>Haemme tutkimusyksikköömme tekoälytutkijaa, joka kehittää koneoppimismenetelmiä radioresurssien hallintaan ja verkon automaatioon.</p><p><b>Tehtäväsi</b></p><ul><li>Tutkit ja kehität vahvistusoppimiseen perustuvia menetelmiä tukiasemien ajoitukseen ja tehonsäätöön</li><li>Rakennat neuroverkkomalleja radiokanavan tilan ennustamiseen</li><li>Julkaiset tuloksia alan konferensseissa ja osallistut keksintöjen patentointiin</li><li>Teet yhteistyötä tuotekehityksen koneoppimisinsinöörien kanssa, jotta tulokset päätyvät tuotteisiin</li></ul><p><b>Odotamme sinulta</b></p><ul><li>tohtorin tutkintoa esimerkiksi tietoliikennetekniikasta, sähkötekniikasta tai sovelletusta matematiikasta</li><li>vahvaa osaamista lineaarialgebrasta, todennäköisyyslaskennasta ja optimoinnista</li><li>kokemusta PyTorchista tai JAXista sekä sujuvaa Python-osaamista</li><li>langattoman tiedonsiirron perusteiden tuntemusta</li><li>hyviä kirjallisia ja suullisia viestintätaitoja englanniksi</li></ul><p><b>Tarjoamme</b></p><ul><li>joustavan työajan ja mahdollisuuden etätyöhön</li><li>kattavan työterveyshuollon sekä lounas- ja liikuntaedun</li><li>mahdollisuuden osallistua kansainvälisiin konferensseihin</li></ul><p>Lisätietoja tehtävästä antaa tutkimusjohtaja Ilkka Rantanen puhelimitse 3.6. klo 13–15. Jätäthän hakemuksesi viimeistään 15.6.</p>`,
    role: 'ARS',
    sector: SECTOR.TELCO,
    countries: ['FI'],
    mentions: ['ARS', 'Reinforcement learning', 'Neural networks', 'MLE', 'Linear algebra', 'Probability', 'PyTorch', 'Python', 'Communication'],
  },
  {
    id: 't17-b-24',
    title: 'Kirjanpitäjä',
    company: 'Jänkä Hotellit Oy',
    location: '96100 Rovaniemi',
    format: 'double',
    body: `
Jänkä Hotellit on lappilainen perheyhtiö, jolla on viisi hotellia ja kolme ravintolaa Rovaniemellä, Levillä ja Saariselällä. Haemme taloushallintoomme vakituista kirjanpitäjää Rovaniemen toimistolle.

# Tehtävässäsi
- vastaat konsernin kolmen yhtiön kirjanpidosta ja kuukausiraportoinnista
- hoidat arvonlisäveroilmoitukset ja täsmäytykset
- valmistelet tilinpäätöksen yhdessä tilitoimiston kanssa
- osallistut budjetointiin ja kassavirran seurantaan

# Toivomme sinulta
- soveltuvaa tutkintoa, esimerkiksi merkonomi tai tradenomi
- useamman vuoden kokemusta kirjanpidosta
- Procountor- tai Netvisor-osaamista
- tarkkuutta ja hyviä yhteistyötaitoja

# Tarjoamme
Vakituisen kokoaikaisen työsuhteen, henkilökuntaedut hotelleissamme ja ravintoloissamme sekä liikunta- ja kulttuuriedun. Työ alkaa sopimuksen mukaan, ja hakuaika päättyy 31.1.
`,
    role: null,
    sector: null,
    countries: ['FI'],
    mentions: [],
  },
  {
    id: 't17-b-25',
    title: 'Senior Machine Learning Engineer, Search & Recommendations',
    company: 'Fadenwerk GmbH',
    location: 'Berlin, Germany',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;About Fadenwerk&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Fadenwerk is Europe&#39;s marketplace for independent fashion labels. More than 6,000 small brands sell clothing, shoes and accessories to 4 million shoppers in 11 countries through our app and website.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;The team&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Search &amp; Recommendations owns everything that decides which products a shopper sees: search ranking, &quot;similar items&quot;, the home feed and personalised emails. We are nine engineers and two data scientists, and we work closely with a product manager and a designer.&lt;/p&gt;
&lt;p&gt;Over the last year the team replaced a rules-based home feed with learned ranking, which lifted clicks on the feed by 14%. This year we want to bring the same approach to search, where most of our revenue starts, and teach our models to understand style rather than just categories. You will be one of the two most senior engineers on the team and will shape how we get there.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;What you&#39;ll do&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship ranking and retrieval models that serve 40M requests a day&lt;/li&gt;
&lt;li&gt;Build features from browsing, basket and catalogue data together with our data engineers&lt;/li&gt;
&lt;li&gt;Run offline evaluation (NDCG, recall@k) and online A/B tests, and decide what goes to 100%&lt;/li&gt;
&lt;li&gt;Own your models in production: latency, monitoring, retraining and drift&lt;/li&gt;
&lt;li&gt;Mentor other engineers and raise the bar in code review&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What you&#39;ll bring&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building ML systems in production, ideally in search, ads or recommendations&lt;/li&gt;
&lt;li&gt;Strong Python; experience with PyTorch, and with Spark for large-scale feature jobs&lt;/li&gt;
&lt;li&gt;Experience with two-tower or other neural retrieval models, and with gradient-boosted rankers&lt;/li&gt;
&lt;li&gt;Comfortable with Kubernetes, Docker and event streams in Kafka&lt;/li&gt;
&lt;li&gt;You explain trade-offs clearly to engineers and non-engineers alike&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Nice to have&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Experience with vector search (e.g. FAISS)&lt;/li&gt;
&lt;li&gt;German is not required; our working language is English&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;How we work&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Small teams that own their services end to end, from design to on-call&lt;/li&gt;
&lt;li&gt;One focus week per quarter without recurring meetings&lt;/li&gt;
&lt;li&gt;On-call is shared across the team and paid extra&lt;/li&gt;
&lt;li&gt;Hybrid: we meet in our Kreuzberg office on Tuesdays and Thursdays; the rest of the week is up to you&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Our interview process&lt;/strong&gt;&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;A 30-minute call with our recruiter&lt;/li&gt;
&lt;li&gt;A conversation with the hiring manager about projects you are proud of&lt;/li&gt;
&lt;li&gt;A system design session on a ranking problem&lt;/li&gt;
&lt;li&gt;Meeting two future teammates and our product partner&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;We aim to give you a decision within three weeks of your first call.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;&lt;strong&gt;What we offer&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;€85,000–€105,000 base salary plus virtual stock options&lt;/li&gt;
&lt;li&gt;30 days of holiday and 4 weeks of work-from-anywhere per year&lt;/li&gt;
&lt;li&gt;Relocation support and visa sponsorship&lt;/li&gt;
&lt;li&gt;A yearly wellbeing budget and a public transport ticket&lt;/li&gt;
&lt;li&gt;€1,500 conference budget per year&lt;/li&gt;
&lt;li&gt;Lunch in the office on team days&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Fadenwerk is an equal opportunity employer. We welcome applications from people of all backgrounds, and we do not ask for photos, age or marital status.&lt;/p&gt;
&lt;p&gt;We process applicant data in line with the GDPR and delete it six months after the process ends, unless you agree that we may keep it longer.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['DS', 'Feature engineering', 'DE', 'Model evaluation', 'Hypothesis testing', 'Python', 'PyTorch', 'Apache Spark', 'Neural networks', 'Decision trees', 'Kubernetes', 'Docker', 'Kafka', 'Communication'],
  },
  {
    id: 't17-b-26',
    title: 'Computer Vision Engineer',
    company: 'Fietsstroom B.V.',
    location: 'Utrecht, Netherlands',
    format: 'html',
    body: `
Fietsstroom builds sensors and software that count and classify cyclists, pedestrians and scooters at junctions. More than 60 municipalities and provinces in the Netherlands, Belgium and Denmark use our platform to plan bike lanes, time traffic lights and measure the effect of new street layouts.

# Your role
As a Computer Vision Engineer you will improve the detection and tracking models that run on our roadside units: small edge devices with a camera and an NPU, mounted on lamp posts.

# What you'll do
- Train and optimise convolutional neural networks for detection and multi-object tracking in rain, fog and low light
- Curate our dataset of annotated street scenes: find mislabelled frames, remove near-duplicates and balance rare classes
- Measure counting accuracy against manual counts, and keep an eye on accuracy once units are in the field
- Quantise models and deploy them to the edge together with our embedded team (C++)
- Work privacy by design: no images ever leave the device

# What we're looking for
- MSc in computer science, AI or a related field
- 3+ years of hands-on work in computer vision
- Python and PyTorch; C++ is a plus
- Experience with model compression or edge deployment (TensorRT, ONNX Runtime)
- Pragmatic, hands-on, and a good problem solver

# What we offer
A salary between €4,200 and €5,800 gross per month, 8% holiday allowance, 27 vacation days, an NS Business Card or a lease bike, and an office next to Utrecht Centraal.
`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['CVE', 'Neural networks', 'Data cleaning', 'Model evaluation', 'C++', 'Python', 'PyTorch', 'Problem-solving'],
  },
  {
    id: 't17-b-27',
    title: 'Data Analyst, Pricing',
    company: 'Gaviota Escapes S.L.',
    location: 'Barcelona, Catalonia, Spain',
    format: 'escaped',
    body: `
Gaviota Escapes is an online travel company. We build and sell holiday packages – flights, hotels and transfers – to 2 million travellers a year from Spain, Italy and France.

# About the role
Join our Revenue team and help set the prices of 30,000 holiday packages every day. You will work with the data scientists who own our pricing models and with the commercial managers who own our hotel contracts.

# Responsibilities
- Analyse booking curves, conversion and margin by destination and channel
- Design and read out A/B tests on prices and promotions
- Build and maintain Tableau dashboards for the commercial team
- Validate supplier price feeds and work with data engineers to fix errors at the source

# Requirements
- 2+ years in a data analyst role, ideally in travel, e-commerce or marketplaces
- Advanced SQL; Python for analysis (pandas)
- A solid grasp of statistics and experiment design
- A commercial mindset: you care about what the numbers mean for the business
- You communicate findings clearly to non-technical colleagues
- Fluent English; Spanish is a plus

# Benefits
Hybrid work (three days a week in our Poblenou office), flexible hours, private health insurance, meal vouchers and a yearly travel credit.
`,
    role: null,
    sector: null,
    countries: ['ES'],
    mentions: ['DS', 'Hypothesis testing', 'Tableau', 'Data cleaning', 'DE', 'Python', 'Pandas', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-b-28',
    title: 'AI Research Scientist – Molecular Design',
    company: 'Gentiana Therapeutics AG',
    location: 'Switzerland - Basel',
    format: 'raw',
    body: `<p><b>About us</b></p><p>Gentiana Therapeutics is a clinical-stage biotech company developing small-molecule medicines for fibrotic and inflammatory diseases. Our lead program is in Phase 2, and our discovery team of 60 chemists and biologists in Basel uses machine learning at every step from hit finding to lead optimisation.</p><p><b>The role</b></p><p>We are looking for an AI Research Scientist to join our Computational Sciences group. You will develop generative and predictive models for molecules and make them part of our chemists&#39; daily work.</p><p><b>Key responsibilities</b></p><ul><li>Develop graph neural networks and generative models for property prediction and de novo design</li><li>Build active-learning loops that use Bayesian optimisation to choose which compounds to make next</li><li>Benchmark models prospectively against experimental results and report where they fail</li><li>Publish and present at conferences where this does not conflict with our IP</li><li>Work side by side with medicinal chemists, structural biologists and our data engineers</li></ul><p><b>Requirements</b></p><ul><li>PhD in machine learning, computational chemistry, physics or a related field</li><li>A publication record in ML for molecules, proteins or materials</li><li>Excellent Python and PyTorch skills; experience with RDKit</li><li>Solid foundations in probability and linear algebra</li><li>You question results, including your own, and look for the weak spot in every analysis</li></ul><p><b>We offer</b></p><p>A permanent contract, a competitive salary, 27 days of holiday, a generous pension fund and a half-fare travelcard. Our office is a ten-minute walk from Basel SBB.</p><p>Gentiana Therapeutics is an equal opportunity employer.</p>`,
    role: 'ARS',
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['ARS', 'Neural networks', 'Probability', 'Model evaluation', 'DE', 'Python', 'PyTorch', 'Linear algebra', 'Critical thinking'],
  },
  {
    id: 't17-b-29',
    title: 'NLP Engineer, Japanese Search',
    company: 'Hinoki Market K.K.',
    location: 'Minato-ku, Tokyo, Japan',
    format: 'div',
    body: `
Hinoki Market is a marketplace app where people in Japan buy and sell secondhand goods, from clothes and books to cameras and furniture. Every day, 2 million new items are listed.

# About the team
The Search team makes sure buyers find the right item among 400 million listings. We are 14 engineers from 9 countries, and English is our working language.

# Responsibilities
- Improve query understanding for Japanese: tokenization, spelling correction, synonyms and katakana variants
- Train and serve transformer-based models for query-item relevance and product categorization
- Evaluate relevance offline with NDCG and human judgements, and validate changes with A/B tests
- Work with machine learning engineers and backend engineers to serve models behind our search APIs at low latency

# Requirements
- 3+ years of experience as an NLP engineer or in search relevance
- Strong Python; experience with PyTorch or TensorFlow
- Experience with Japanese text processing (MeCab, SudachiPy or similar)
- Business-level English; Japanese (JLPT N2 or above) is a plus

# Benefits
Visa sponsorship and relocation support, full remote within Japan or our office in Roppongi, language lessons, and 20 days of paid leave in your first year.
`,
    role: 'NLP_ENG',
    sector: SECTOR.RETAIL,
    countries: ['JP'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'Hypothesis testing', 'MLE', 'APIs', 'Python', 'PyTorch', 'TensorFlow'],
  },
  {
    id: 't17-b-30',
    title: 'Data Scientist, Fan Platform',
    company: 'Gaeul Entertainment',
    location: 'Seongdong-gu, Seoul, Republic of Korea',
    industry: 'Entertainment',
    format: 'double',
    body: `
Gaeul Entertainment is a music label and artist management company based in Seoul. We produce and release music for six groups and eleven solo artists, and we run concerts and fan events across Asia, North America and Europe.

# The role
We are hiring a Data Scientist for our Fan Insights team. You will use data from streaming services, ticketing, merchandise sales and our fan community app to help each artist's team plan releases and tours.

# What you will do
- Forecast album sales and streams in the weeks after a release
- Segment fans by behaviour using clustering, and build churn models for paid memberships
- Measure the effect of promotions and app features with A/B tests
- Build dashboards for artist managers and present insights in weekly meetings

# What we are looking for
- A degree in statistics, computer science, economics or a related field
- 3+ years as a data scientist or analyst
- Python (pandas, scikit-learn) and SQL; experience with Spark is a plus
- Experience with regression models and tree-based models such as LightGBM
- Fluent Korean and working English
- Flexible and comfortable with fast-changing priorities around comebacks and tours
`,
    role: 'DS',
    sector: null,
    countries: ['KR'],
    mentions: ['DS', 'Clustering', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Apache Spark', 'Regression', 'Decision trees', 'Adaptability'],
  },
  {
    id: 't17-b-31',
    title: 'Senior Data Engineer',
    company: 'Ketura Cyber Ltd.',
    location: 'Tel Aviv-Yafo, Israel',
    industry: 'Computer & Network Security',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Ketura Cyber protects cloud workloads for more than 900 companies, from banks and hospitals to game studios. Our agentless platform scans AWS, Azure and GCP environments, finds exposed secrets, misconfigurations and vulnerable images, and tells security teams what to fix first.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;About the role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Our platform ingests billions of cloud events every day. As a Senior Data Engineer in the Data Platform group, you&#39;ll design the pipelines that turn this stream into the security graph our customers query.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;Responsibilities&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Design and build streaming and batch pipelines with Kafka, Spark and Flink&lt;/li&gt;
&lt;li&gt;Own our lakehouse on S3 and Iceberg, including schema evolution, partitioning and cost&lt;/li&gt;
&lt;li&gt;Expose data to product teams through internal APIs&lt;/li&gt;
&lt;li&gt;Work with data scientists and ML engineers on the data behind our risk scoring&lt;/li&gt;
&lt;li&gt;Run everything on Kubernetes, with Terraform and GitHub Actions&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Requirements&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;5+ years of experience as a data engineer, or as a backend engineer on data-intensive systems&lt;/li&gt;
&lt;li&gt;Strong coding skills in Python, Scala or Java&lt;/li&gt;
&lt;li&gt;Deep hands-on experience with Spark and Kafka in production&lt;/li&gt;
&lt;li&gt;Experience with Docker and Kubernetes&lt;/li&gt;
&lt;li&gt;Independent, takes ownership, and enjoys solving hard problems&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Advantages&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Background in cybersecurity&lt;/li&gt;
&lt;li&gt;Experience with graph databases&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Ketura Cyber is an equal opportunity employer.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['IL'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'APIs', 'DS', 'MLE', 'Kubernetes', 'Git', 'Deployment pipelines', 'Python', 'Java', 'Docker', 'Problem-solving'],
  },
  {
    id: 't17-b-32',
    title: 'AI Product Manager – Retail Banking',
    company: 'Fasila Bank PJSC',
    location: 'Abu Dhabi, United Arab Emirates',
    format: 'html',
    body: `
Fasila Bank is a UAE retail and commercial bank with 38 branches across the seven emirates and more than 1.1 million customers. Our Digital Banking division builds the app and online channels that most of our customers now use every day.

# About the role
As AI Product Manager you will own the AI-powered features in our mobile app: a personal finance assistant in Arabic and English, smart spending insights and next-best-offer recommendations. You will lead a squad of data scientists, machine learning engineers and app developers.

# Key responsibilities
- Define the vision, roadmap and success metrics for AI features in retail banking
- Work with Risk, Compliance and Shariah teams to make sure models are explainable, fair and in line with Central Bank regulations
- Agree with the data scientists how each model is evaluated before launch and monitored afterwards
- Run controlled experiments to prove the value of new features
- Turn customer research and data into clear requirements

# Requirements
- 5+ years of product management experience, including at least 2 years on ML or AI products
- Understanding of how machine learning models are built, evaluated and deployed
- Strong business acumen and experience in banking or fintech
- Excellent communication and stakeholder management skills
- Arabic is a strong advantage

# What we offer
Tax-free salary, annual flight allowance, medical insurance for you and your family, and 30 days of annual leave.
`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['AE'],
    mentions: ['AIPM', 'DS', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-b-33',
    title: 'Senior Backend Engineer (Java)',
    company: 'Kapok Talent',
    location: 'Remote - Brazil',
    format: 'raw',
    body: `<div><b>Kapok Talent</b> is a tech recruitment boutique based in Florianópolis. We are hiring on behalf of a client: a fast-growing, US-backed company with engineering hubs in Brazil and Portugal.</div><div><br></div><div>You will join a team of eight engineers building the services behind our client's core product. The role is 100% remote for people living in Brazil, with overlap with US Eastern time until 2 pm.</div><div><h3>What you will do</h3><ul><li>Design, build and operate Java 21 / Spring Boot microservices</li><li>Design REST and event-driven APIs, with Kafka as the backbone</li><li>Ship services with Docker and Kubernetes through CI/CD pipelines</li><li>Take part in code reviews, the on-call rotation and architecture discussions</li></ul></div><div><h3>What you need</h3><ul><li>6+ years of backend development with Java</li><li>Experience with PostgreSQL and distributed systems</li><li>Git-based workflows and trunk-based development</li><li>Advanced English (you will work daily with US colleagues)</li></ul></div><div>Contract: PJ (contractor), paid in USD, with 30 paid days off per year. Range: USD 6,500–8,000 per month.</div>`,
    role: null,
    sector: null,
    countries: ['BR'],
    mentions: ['Java', 'APIs', 'Kafka', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Git'],
  },
  {
    id: 't17-b-34',
    title: 'Analytics Engineer',
    company: 'Huizache Labs',
    location: 'Ciudad de México, CDMX, Mexico',
    format: 'div',
    body: `
Huizache Labs makes recruiting and onboarding software used by 3,000 companies across Latin America, from restaurant chains to banks and software startups.

# The role
We are hiring our second Analytics Engineer to build the data models behind our product analytics and the reports our customers see in the app.

# What you'll do
- Model product and billing data in dbt on top of BigQuery
- Define and document our core metrics (activation, retention, seat expansion) with Product and Finance
- Write tests that check freshness, uniqueness and accepted values, and fix broken sources
- Build self-serve dashboards in Looker and Looker Studio
- Partner with our data engineer on ingestion (Fivetran, Pub/Sub)

# You have
- 3+ years in analytics engineering, BI or data analysis
- Expert SQL and dbt; some Python
- Experience with Git and code review for analytics code
- Strong communication in Spanish and English
- A good sense for how a SaaS business makes money
`,
    role: null,
    sector: SECTOR.IT,
    countries: ['MX'],
    mentions: ['Data cleaning', 'Google Data Studio', 'DE', 'Python', 'Git', 'Communication', 'Business acumen'],
  },
  {
    id: 't17-b-35',
    title: 'ML Platform Engineer',
    company: 'Halny Analytics Sp. z o.o.',
    location: 'Wrocław, Poland',
    format: 'text',
    body: `
Halny Analytics builds a demand-forecasting SaaS used by 120 companies in 15 countries, from grocery chains to utilities and manufacturers. Our Wrocław office is home to most of our 90-person engineering team.

# What you'll do
- Build and run the platform our data scientists use to train, evaluate and deploy thousands of forecasting models a day
- Run training pipelines on Kubeflow and Vertex AI, with MLflow as the model registry
- Keep our Kubernetes (GKE) clusters and Docker images healthy, secure and cost-efficient
- Own CI/CD for models: GitHub Actions, automated tests, canary releases
- Provide the internal APIs the product uses to fetch forecasts

# What we expect
- 4+ years in ML engineering, MLOps or backend/platform engineering
- Strong Python; Go is a plus
- Hands-on experience with Kubernetes, Terraform and GCP
- Google Cloud Professional Machine Learning Engineer certification is a plus
- You like learning new tools and keep up with the MLOps ecosystem

# What we offer
- B2B: 24,000–30,000 PLN net per month + VAT, or an employment contract (UoP) with an equivalent salary
- Fully remote within Poland, or hybrid from our office near the Rynek
- Private medical care, a Multisport card, and English or Polish lessons
`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['PL'],
    mentions: ['DS', 'Model evaluation', 'Kubeflow', 'Google AI Platform', 'MLflow', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'APIs', 'Python', 'CERT_GCP', 'Continuous learning'],
  },
  {
    id: 't17-b-36',
    title: 'Senior Technical Writer',
    company: 'Glimmerlog GmbH',
    location: 'Remote - Europe',
    locations: ['Remote - Germany', 'Remote - Netherlands', 'Remote - Portugal', 'Remote - Ireland'],
    format: 'double',
    body: `
Glimmerlog is an observability platform: engineering teams use it to collect logs, metrics and traces from their services and to find out why things break. We are 140 people, fully remote across Europe, with our legal home in Hamburg.

# The role
You will own the documentation for our APIs, SDKs and the Glimmerlog agent, and make sure a developer can go from sign-up to a first dashboard in fifteen minutes.

# What you'll do
- Write and maintain guides, tutorials and API reference for developers
- Work with engineers and product managers to document new features before they ship
- Treat docs as code: write in Markdown, review in GitHub pull requests, publish through our CI pipeline
- Test every instruction yourself on Docker and Kubernetes setups
- Use search and feedback data to learn which pages help users and which don't

# About you
- 4+ years of experience writing technical documentation for developer products
- Comfortable reading code in at least one language (Go, Python or TypeScript)
- Experience documenting REST APIs and OpenAPI specs
- Excellent written English and the ability to explain complex topics simply
- You live in Germany, the Netherlands, Portugal or Ireland and can work there without sponsorship
`,
    role: null,
    sector: SECTOR.IT,
    countries: ['DE', 'NL', 'PT', 'IE'],
    mentions: ['APIs', 'Git', 'Deployment pipelines', 'Docker', 'Kubernetes', 'Python', 'Communication'],
  },
];
