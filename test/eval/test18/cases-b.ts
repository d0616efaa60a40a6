// test18, half B: 36 held-out postings from outside the US and UK — 24 written entirely in twelve other languages
// (two each), 12 in English from European, Asian, Middle-Eastern and Latin-American employers.
//
// Composition
// - Languages: German 01 (DE), 02 (AT); French 03 (FR), 04 (CA-QC); Spanish 05 (ES), 06 (MX); Italian 07, 08;
//   Dutch 09 (NL), 10 (BE); Portuguese 11 (PT), 12 (BR); Polish 13, 14; Swedish 15, 16; Danish 17, 18;
//   Norwegian 19, 20; Czech 21, 22; Finnish 23, 24. English 25–36. English job titles, whole or in part, sit inside
//   local-language postings in 07, 13, 15, 17, 21 and 23.
// - Countries: DE 01, 25, 36; AT 02; FR 03; CA 04; ES 05, 27; MX 06, 34; IT 07, 08; NL 09, 26, 36; BE 10;
//   PT 11, 36; BR 12, 33; PL 13, 14, 35; SE 15, 16; DK 17, 18; NO 19, 20, 36; CZ 21, 22; FI 23, 24; CH 28; JP 29;
//   KR 30; IL 31; AE 32. 36 is "Remote - Europe" with countryHints NO, DE, NL, PT. No case has [] countries.
// - Roles (24 titled as a seed role): MLE 03, 25, 36; DS 05, 15, 21, 29; ARS 23, 28; DE 01, 09, 19, 31;
//   CVE 11, 27; NLP_ENG 13, 30; BIA 04, 12, 32; AIPM 17, 33; ROBO 07; DLS 26.
//   Other jobs (role null, 12): 02 payroll clerk, 06 store manager, 08 nurse, 10 bookkeeper, 14 call-centre agent,
//   16 warehouse worker, 18 bank adviser, 20 data analyst, 22 pharmacist, 24 backend developer, 34 supply chain
//   planner, 35 Java developer.
// - Sectors: IT 5 (13, 24, 28, 33, 35); FIN 5 (03, 12, 18, 21, 31); HEALTH 4 (08, 17, 22, 26);
//   RETAIL 4 (04, 06, 16, 25); TELCO 3 (05, 14, 23); AUTO 4 (01, 07, 11, 27); PUBLIC 3 (02, 09, 32);
//   null 8 (10, 15, 19, 20, 29, 30, 34, 36).
// - Formats: raw 12 — 01 and 23 Workday jobDescription, 05 and 34 SmartRecruiters sections, 09 Recruitee, 12 and 32
//   JSON-LD description, 19 Workable, 25 Greenhouse content (entity-escaped), 27 Lever, 30 and 36 Ashby
//   descriptionHtml; html 04, 08, 17, 22, 28; div 07, 14, 15, 18, 24; escaped 03, 13, 21, 26, 31;
//   double 11, 20, 29, 35; text 02, 06, 10, 16, 33.
// - Board industry field on: 05 (Telecomunicaciones), 12 (Serviços Financeiros), 18 (Bank- og finansvirksomhed),
//   26 (Medical Devices), 29 (Travel Arrangements), 31 (Computer Software).
// - Certifications: 05 (CERT_GCP, named exactly), 13 (CERT_AZ, named exactly). 32 names a Power BI credential and 35
//   "paid certifications (AWS, Oracle)"; neither is one of the seven.
//
// Hard calls
// Sector
// - 02 municipality (Gemeinde) and 09 water board (Hoogheemraadschap/waterschap): bodies of government → PUBLIC.
// - 07 maker of packaging and palletising machines → AUTO (makers of machines), though its customers are food and
//   pharma firms ("not the industries a product happens to be sold to").
// - 10 staffing agency whose client is "een groeiend familiebedrijf" with no business named → null (Recruiters rule).
// - 11 maker of visual inspection systems for production lines → AUTO ("factory-floor inspection systems are
//   Manufacturing"), not IT.
// - 13 software house building custom software for many industries → IT; the insurer it works for on this project
//   is a client, not the employer.
// - 14 call centre of a mobile and fibre operator → TELCO (a shop or call centre inside an operator).
// - 15 electricity grid operator → null (energy and utilities).
// - 17 maker of catheters and ostomy products → HEALTH (medical devices), although the job is an AI product role.
// - 18 no company intro: board industry field (bank and finance) and the name (Sparekasse = savings bank) → FIN.
// - 19 shipping company → null (logistics and transport). 20 hotel chain → null (hospitality).
// - 21 property and motor insurer (not a health insurer) → FIN.
// - 22 pharmacy chain → HEALTH (pharmacies), not RETAIL.
// - 23 maker of radio network equipment for mobile operators → TELCO.
// - 24 shift-planning and time-tracking software used by many industries → IT (business software: HR); it does not
//   do payroll, so not FIN.
// - 25 marketplace where consumers buy fashion → RETAIL.
// - 26 medical-imaging AI → HEALTH (software made for healthcare).
// - 28 AI company licensing models to banks, hospitals, factories and government → IT (serves many industries).
// - 29 online travel agency → null (a travel company that books trips is unclassified), board field agrees.
// - 30 newspaper and news-site publisher → null (media, publishing).
// - 31 fraud and AML scoring made for banks and payment providers → FIN, although the board field says
//   "Computer Software" (a vendor made for one sector belongs to that sector).
// - 32 government authority that plans and regulates transport, taxis and parking → PUBLIC.
// - 33 customer-service / help-desk platform for companies of every kind → IT (business software any company uses).
// - 34 third-party logistics and customs broker serving manufacturers → null (logistics not made for online shops).
// - 35 document-management and e-signature platform for many industries → IT.
// - 36 independent non-profit research institute → null.
// Role
// - 04 "Analyste en intelligence d'affaires" is Québec French for BI analyst → BIA. 12 "Pleno" is a level → BIA.
// - 05 "Científico/a de Datos" → DS. 11 "Engenheiro/a de Visão Computacional" → CVE. 19 "Dataingeniør" → DE.
// - 23 "Tekoälytutkija (Research Scientist, AI for RAN)" — AI researcher → ARS. 28 "Research Scientist, Efficient
//   Language Models" has an ML topic → ARS.
// - 33 "Senior Product Manager, AI" → AIPM. 36 "MLOps Engineer" → MLE.
// - 20 "Dataanalytiker" (data analyst) → null. 24 backend developer and 35 Java developer → null.
// Countries
// - 01 "85055 Ingolstadt" (German postcode, no country) → DE. 02 "9433 Fohrenbach, Kärnten": Kärnten (Carinthia) is
//   an Austrian state → AT. 03 "Paris 09 - 75" (arrondissement, département) → FR. 04 "Laval, QC" → CA.
// - 06 "Zapopan, Jal." (Jalisco) → MX. 07 "(BO)" and 08 "(MB)" are Italian province codes → IT. 10 "9000 Gent" → BE.
// - 11 "Guimarães, Braga" (district) → PT. 12 "- SP" / "- PR" are Brazilian states → BR. 18 "Randers C" → DK.
// - 21 "Praha 4 – Michle" and 22 "Brno-střed, Jihomoravský kraj" → CZ. 27 "Barcelona" → ES.
// - 33 "Remote - Brazil" → BR. 34 "Monterrey, NL, Mexico": NL is Nuevo León, not the Netherlands → MX only.
// - 36 "Remote - Europe" alone says no country; countryHints NO, DE, NL, PT (the body names the same four).
// Mentions
// - 01: "Bereinigung und Dublettenprüfung" → Data cleaning; REST-Schnittstellen → APIs; "Data Scientists" → DS;
//   CI/CD in Azure DevOps → Deployment pipelines; Azure and Databricks alone are not Azure ML; Kommunikationsfähigkeit
//   → Communication.
// - 02: none; accuracy, discretion and reliability are not taxonomy skills, Excel is not a label.
// - 03: gradient boosting → Decision trees; réseaux de neurones → Neural networks; PySpark → Apache Spark; "suivi des
//   modèles ... dérive, précision et rappel" → Model evaluation; GitLab CI → Git and Deployment pipelines; "ingénieurs
//   ML" → MLE; "data engineer" → DE; probabilités → Probability; "esprit critique" → Critical thinking; "vulgariser
//   vos travaux auprès des équipes métier" → Communication; Cloudera "(HDFS, Hive, Spark)" → Hadoop; Airflow and
//   Grafana are not labels.
// - 04: the body names "l'analyste en intelligence d'affaires" → BIA; tableaux de bord → Visualization; "valider la
//   qualité des données" → Data cleaning; tests against "magasins témoins" (control stores) → Hypothesis testing;
//   presenting findings clearly → Communication; "compréhension des enjeux du commerce de détail" → Business acumen;
//   "Python ou de R" → R.
// - 05: XGBoost → Decision trees; regresión logística → Regression; customer segmentation by clustering →
//   Clustering; tests A/B → Hypothesis testing; AUC/lift/calibration and production tracking → Model evaluation;
//   Vertex AI → Google AI Platform; "data engineers" → DE; probabilidad → Probability; "Google Cloud Professional
//   Machine Learning Engineer" → CERT_GCP.
// - 06: "facilidad de palabra" (being articulate) → Communication; leadership and results orientation are not labels.
// - 07: the body names "il/la Robotics Engineer" → ROBO; algebra lineare → Linear algebra; "problem solving" →
//   Problem-solving; "formazione continua" is a benefit the employer offers → not Continuous learning.
// - 08: "Capacità di comunicazione con pazienti e familiari" → Communication.
// - 09: PySpark → Apache Spark; "schoont sensordata op" → Data cleaning; API's → APIs; "BI-analisten" → BIA; "data
//   scientists" → DS; Power BI counts as a tool but not Visualization (the engineer feeds the reports, others build
//   them); "Data Science" as a field of study is not the DS role; CI/CD in Azure DevOps → Deployment pipelines.
// - 10: "communicatief" → Communication; Exact Online, Octopus, Excel are not labels.
// - 11: the body never names the role (only the field "visão computacional") → no CVE; redes neuronais convolucionais
//   → Neural networks; cleaning datasets with inconsistent or duplicate labels → Data cleaning; precision/recall/false
//   positives → Model evaluation; "espírito crítico" → Critical thinking; "vontade de aprender continuamente" →
//   Continuous learning; "Formação técnica" under benefits adds nothing.
// - 12: "analista de BI" → BIA; Looker Studio → Google Data Studio; dashboards → Visualization; inconsistencies and
//   duplicate records → Data cleaning; experimentos A/B → Hypothesis testing; "Visão de negócio" → Business acumen.
// - 13: "NLP Engineer" and "ML Engineer" in the body → NLP_ENG, MLE; "data engineerami" → DE; transformer models →
//   Neural networks; F1/precision/recall → Model evaluation; serwisy REST → APIs; "Gita" → Git; "umiejętność
//   rozwiązywania problemów" → Problem-solving; the exact "Microsoft Azure AI Engineer Associate" → CERT_AZ; plain
//   Azure cloud is not Azure ML.
// - 14: "Komunikatywność" → Communication; first-line configuration support is a duty, not a Problem-solving ask.
// - 15: probabilistiska prognoser → Probability; gradient boosting/LightGBM → Decision trees; regression models →
//   Regression; backtesting → Model evaluation; "Visualisera resultat" → Visualization; "dataingenjörer" → DE; Spark →
//   Apache Spark; matplotlib → Matplotlib.
// - 16: none; "förstår och gör dig förstådd på svenska eller engelska" is a language requirement, not Communication.
// - 17: "AI Product Manager" and "AI-produktchef" in the body → AIPM; "machine learning engineers" → MLE; "data
//   scientists" → DS; following the models' precision and sensitivity → Model evaluation; "kontrollerede forsøg
//   (A/B-test)" → Hypothesis testing; "Stærk forretningsforståelse" → Business acumen; "udfordre teamet" is not
//   Critical thinking.
// - 18: "kommunikerer let i både skrift og tale" → Communication; "investeringscertificeret" is not a taxonomy credential.
// - 19: "dataingeniør" in the body → DE; "Vaske og kvalitetssikre sensordata" → Data cleaning; Power BI as a tool only
//   (analysts build the dashboards); CI/CD → Deployment pipelines; speaking Norwegian and English is language, not
//   Communication.
// - 20: dashboards in Tableau → Visualization; "Rydde og strukturere data" → Data cleaning; kontrollgrupper →
//   Hypothesis testing; "God forretningsforståelse" → Business acumen; "formidler tall" → Communication.
// - 21: GLM → Regression; gradient boosting → Decision trees; čištění dat → Data cleaning; "tvorba nových proměnných"
//   (building new variables) → Feature engineering; accuracy checks and validation → Model evaluation; "Hadoop
//   clusteru" → Hadoop, not Clustering; Azure Machine Learning → Microsoft Azure ML; "kritické myšlení" → Critical
//   thinking ("analytické" alone would not have counted).
// - 22: "komunikační dovednosti" → Communication; "Ochotu se dále vzdělávat" (a requirement) → Continuous learning.
// - 23: "tekoälytutkijaa" in the body → ARS; vahvistusoppiminen → Reinforcement learning; neuroverkkopohjaiset →
//   Neural networks; lineaarialgebra → Linear algebra; todennäköisyyslaskenta → Probability; fluent English is
//   language, not Communication; JAX is not a label.
// - 24: REST/GraphQL → APIs; GitHub Actions → Git and Deployment pipelines; "Kotlin, Java" → Java; "Halua oppia uutta
//   ja kehittää osaamistasi jatkuvasti" → Continuous learning.
// - 25: "ML engineers" → MLE; "a data scientist" → DS; its "product manager" is not AIPM; LightGBM → Decision trees;
//   two-tower neural networks → Neural networks; building features from clickstream data → Feature engineering;
//   NDCG/recall@k → Model evaluation; A/B tests → Hypothesis testing; model APIs → APIs; "pragmatic problem-solver" →
//   Problem-solving; explaining trade-offs → Communication; "Kafka-backed online store" → Kafka; the "experimentation
//   platform" adds nothing beyond the A/B tests.
// - 26: "Deep Learning Specialist" in the body → DLS; "computer vision engineers" → CVE; "MLOps engineer" → MLE;
//   U-Net/vision transformers → Neural networks; label quality, duplicate and corrupted scans → Data cleaning;
//   Dice/Hausdorff/agreement with cardiologists → Model evaluation.
// - 27: "Computer Vision Engineer" in the body → CVE; "robotics engineers" → ROBO; "data engineers" → DE; CNN and
//   BEV transformer → Neural networks; "Kubernetes-based training clusters" → Kubernetes, not Clustering; "R&D" is
//   not R.
// - 28: "research scientists" on ML in the body → ARS; RLHF → Reinforcement learning; evaluation suites → Model
//   evaluation; transformer architectures → Neural networks; "GPU cluster" is not Clustering; "NLP" as a field is
//   not NLP_ENG.
// - 29: Bayesian hierarchical models/inference → Probability; A/B tests and experimental design → Hypothesis testing;
//   monitoring accuracy after launch → Model evaluation; Looker Studio → Google Data Studio; Tableau as a tool only.
// - 30: "As an NLP engineer" → NLP_ENG; transformer language models → Neural networks; factuality checks, human
//   ratings and metrics → Model evaluation; "keeping up with a fast-moving field" → Continuous learning.
// - 31: "data scientists" → DS; "ML engineers" → MLE; new transaction features → Feature engineering; validation and
//   deduplication → Data cleaning; GitHub Actions → Git and Deployment pipelines; EKS → Kubernetes; SageMaker → AWS
//   SageMaker; Flink, Terraform, Scala are not labels.
// - 32: "The Business Intelligence Analyst" in the body → BIA; Power BI dashboards → Visualization; "clean and
//   validate" → Data cleaning; "Microsoft Certified: Power BI Data Analyst Associate" is not a taxonomy credential.
// - 33: "Product Manager for AI" → AIPM; "ML engineers" → MLE; "an NLP engineer" → NLP_ENG; answer-quality and
//   hallucination criteria → Model evaluation; A/B experiments → Hypothesis testing; "Strong business sense" →
//   Business acumen; reading a dashboard is not Visualization.
// - 34: "Problem-solving skills" → Problem-solving; weekly KPI reports to clients are a duty, not Communication;
//   being bilingual is language.
// - 35: "regression suite" is not Regression; REST APIs → APIs; GitLab CI → Git and Deployment pipelines; "willingness
//   to learn new technologies" → Continuous learning.
// - 36: "MLOps Engineer" in the body → MLE; "data scientists" → DS (climate scientists are not a role); Kubeflow
//   Pipelines → Kubeflow; GitHub Actions → Git and Deployment pipelines; monitoring forecast skill and drift → Model
//   evaluation; "Clear written communication" → Communication.
// Label review (docs/mention-labels.md)
// - t18-b-04: − Visualization ("tableaux de bord Power BI" only)
// - t18-b-12: − Visualization ("dashboards no Power BI e no Looker Studio" only)
// - t18-b-20: − Visualization ("rapporter og dashboards i Tableau" only)
// - t18-b-32: − Visualization ("Power BI dashboards" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST18_B: HoldoutCase[] = [
  {
    id: 't18-b-01',
    title: "Data Engineer (m/w/d) Produktionsdaten",
    company: "Hallerbach Antriebstechnik GmbH",
    location: "85055 Ingolstadt",
    format: 'raw',
    body: `<p style="text-align:left"><b>Über uns</b></p><p>Die Hallerbach Antriebstechnik GmbH entwickelt und fertigt seit 1962 Getriebe, Achsmodule und elektrische Antriebseinheiten für Pkw- und Nutzfahrzeughersteller in ganz Europa. An unseren vier Standorten in Bayern und Tschechien arbeiten rund 3.100 Menschen daran, dass unsere Antriebe leiser, leichter und effizienter werden.</p><p style="text-align:inherit"></p><p>Für unser Team <b>Produktionsdaten &amp; Analytics</b> am Standort Ingolstadt suchen wir ab sofort eine:n</p><p><b>Data Engineer (m/w/d)</b></p><p><b>Ihre Aufgaben</b></p><ul><li>Sie konzipieren, bauen und betreiben Datenstrecken von Prüfständen, Messmaschinen und Fertigungslinien in unsere Datenplattform (Azure, Databricks)</li><li>Sie entwickeln Batch- und Streaming-Pipelines mit Apache Spark und Kafka</li><li>Sie sichern die Datenqualität: Plausibilisierung, Bereinigung und Dublettenprüfung der Messdaten, bevor unsere Data Scientists und die Qualitätssicherung damit arbeiten</li><li>Sie stellen aufbereitete Daten über REST-Schnittstellen für Fachanwendungen bereit</li><li>Sie arbeiten eng mit der Fertigungsplanung, der Werks-IT und externen Dienstleistern zusammen</li></ul><p><b>Ihr Profil</b></p><ul><li>Abgeschlossenes Studium der Informatik, Wirtschaftsinformatik, Elektrotechnik oder eine vergleichbare Qualifikation</li><li>Mindestens drei Jahre Berufserfahrung als Data Engineer, idealerweise im industriellen Umfeld</li><li>Sehr gute Kenntnisse in Python und SQL; Erfahrung mit Scala ist von Vorteil</li><li>Sicherer Umgang mit Git sowie mit CI/CD-Pipelines in Azure DevOps</li><li>Grundkenntnisse in Docker</li><li>Strukturierte Arbeitsweise, Teamgeist und gute Kommunikationsfähigkeit in Deutsch und Englisch</li></ul><p><b>Wir bieten</b></p><ul><li>Vergütung nach Tarifvertrag der bayerischen Metall- und Elektroindustrie, 35-Stunden-Woche</li><li>Gleitzeit und bis zu zwei Tage mobiles Arbeiten pro Woche</li><li>Betriebliche Altersvorsorge, Dienstradleasing und Betriebsrestaurant</li><li>30 Tage Urlaub sowie Urlaubs- und Weihnachtsgeld</li></ul><p>Wir freuen uns auf Ihre Online-Bewerbung. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.</p>`,
    role: "DE",
    sector: SECTOR.AUTO,
    countries: ["DE"],
    mentions: ["DE", "DS", "Apache Spark", "Kafka", "Data cleaning", "APIs", "Python", "Git", "Deployment pipelines", "Docker", "Communication"],
  },
  {
    id: 't18-b-02',
    title: "Sachbearbeiter:in Personalverrechnung (Teilzeit 30 Std.)",
    company: "Gemeinde Fohrenbach",
    location: "9433 Fohrenbach, Kärnten",
    format: 'text',
    body: `Die Gemeinde Fohrenbach (rund 6.800 Einwohnerinnen und Einwohner) schreibt gemäß Kärntner Gemeindebedienstetengesetz (K-GBG) folgende Stelle im Gemeindeamt aus:

**Sachbearbeiter:in Personalverrechnung** – Teilzeit 30 Wochenstunden, Dienstbeginn 1. März

# Ihre Aufgaben
- Laufende Lohn- und Gehaltsverrechnung für rund 90 Gemeindebedienstete
- Meldungen an die Sozialversicherung und das Finanzamt, Jahreslohnzettel
- Führung der Personalakten sowie der Urlaubs- und Zeiterfassung
- Mitarbeit bei der Erstellung des Stellenplans und des Voranschlags

# Anforderungen
- Abgeschlossene kaufmännische Ausbildung (HAK, Lehrabschluss Bürokauffrau/-mann) oder gleichwertige Qualifikation
- Praxis in der Personalverrechnung, idealerweise mit BMD oder SAP HCM
- Sichere MS-Office-Kenntnisse, insbesondere Excel
- Genauigkeit, Verschwiegenheit und Zuverlässigkeit
- Österreichische Staatsbürgerschaft oder Staatsbürgerschaft eines EU/EWR-Mitgliedstaates
- Bei männlichen Bewerbern: abgeleisteter Präsenz- oder Zivildienst

# Wir bieten
Einen sicheren Arbeitsplatz in einem kollegialen Team, Gleitzeit sowie Aus- und Fortbildung an der Verwaltungsakademie. Die Entlohnung erfolgt nach dem K-GBG; das Mindestentgelt beträgt € 2.436,- brutto monatlich auf Vollzeitbasis, je nach anrechenbaren Vordienstzeiten ist eine höhere Einstufung möglich.

Bewerbungen mit Lebenslauf, Zeugnissen und Staatsbürgerschaftsnachweis richten Sie bitte bis 15. Jänner an das Gemeindeamt Fohrenbach, z. H. Amtsleitung, oder über das Bewerbungsformular auf unserer Website.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ["AT"],
    mentions: [],
  },
  {
    id: 't18-b-03',
    title: "Ingénieur Machine Learning H/F – Lutte contre la fraude",
    company: "Hautecombe Banque",
    location: "Paris 09 - 75",
    format: 'escaped',
    body: `Banque privée et de financement des entreprises fondée à Lyon en 1897, Hautecombe Banque accompagne aujourd'hui 180 000 clients particuliers, professionnels et PME. Notre direction Data & IA, basée à Paris, compte 45 collaborateurs et met ses modèles au service de la conformité, du crédit et de la relation client.

# Votre équipe
Vous rejoignez la squad Lutte contre la fraude : 2 data scientists, 1 data engineer, 3 ingénieurs ML et un product owner, au contact direct des équipes Conformité et Moyens de paiement.

# Vos missions
- Concevoir et industrialiser des modèles de détection de fraude sur les virements instantanés et les paiements par carte (gradient boosting, réseaux de neurones pour les séquences de transactions)
- Construire les variables explicatives à partir des historiques de transactions (feature engineering) avec PySpark
- Mettre en place le suivi des modèles en production : dérive des données, précision et rappel, volume d'alertes
- Exposer les scores via des API temps réel appelées par le moteur de règles
- Automatiser l'entraînement et le déploiement des modèles avec MLflow, Docker et GitLab CI

# Votre profil
- Bac+5 (école d'ingénieurs ou master) en informatique, mathématiques appliquées ou statistiques
- Au moins 3 ans d'expérience en tant qu'ingénieur machine learning ou data scientist
- Très bonne maîtrise de Python (pandas, scikit-learn) ; la connaissance de Kubernetes est un plus
- Solides bases en probabilités et en statistiques
- Rigueur, esprit critique et capacité à vulgariser vos travaux auprès des équipes métier
- Anglais professionnel

# Notre environnement technique
Les données de transactions sont historisées sur notre plateforme Cloudera (HDFS, Hive, Spark), dont la migration vers un cloud de confiance qualifié SecNumCloud est en cours. L'orchestration est assurée par Airflow, les modèles sont servis sur Kubernetes et supervisés dans Grafana. Chaque modèle passe devant le comité de validation des risques de modèle avant sa mise en production, ce qui impose une documentation soignée et des tests reproductibles.

# Processus de recrutement
Un premier échange téléphonique avec notre chargée de recrutement, puis un entretien technique avec deux membres de la squad autour d'une étude de cas, et enfin une rencontre avec le directeur Data & IA. Nous vous donnons une réponse sous trois semaines.

# Ce que nous offrons
- Jusqu'à 2 jours de télétravail par semaine
- Intéressement, participation et PEE abondé
- 27 jours de congés payés et 12 jours de RTT
- Restaurant d'entreprise et prise en charge de 75 % du titre de transport

Hautecombe Banque s'engage en faveur de la diversité, de l'égalité professionnelle et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.`,
    role: "MLE",
    sector: SECTOR.FIN,
    countries: ["FR"],
    mentions: ["DS", "DE", "MLE", "Decision trees", "Neural networks", "Feature engineering", "Apache Spark", "Model evaluation", "APIs", "MLflow", "Docker", "Git", "Deployment pipelines", "Python", "Pandas", "Scikit-learn", "Kubernetes", "Hadoop", "Probability", "Critical thinking", "Communication"],
  },
  {
    id: 't18-b-04',
    title: "Analyste en intelligence d'affaires",
    company: "Hébert-Lavoie Alimentation inc.",
    location: "Laval, QC",
    format: 'html',
    body: `Hébert-Lavoie Alimentation, c'est 64 épiceries et 3 centres de distribution au Québec et dans l'Est ontarien. Entreprise familiale depuis 1971, nous misons sur les produits d'ici et sur des équipes de magasin engagées.

# Le rôle
Relevant de la directrice, Analytique et performance commerciale, l'analyste en intelligence d'affaires soutient les équipes de mise en marché, d'approvisionnement et d'opérations en magasin dans leurs décisions.

# Tes responsabilités
- Concevoir et maintenir des tableaux de bord Power BI sur les ventes, les marges et les pertes par magasin
- Écrire des requêtes SQL dans notre entrepôt de données (Snowflake) et valider la qualité des données provenant des caisses et du programme de fidélité
- Analyser les résultats des circulaires et des tests en magasin en les comparant à des magasins témoins
- Présenter tes constats aux directeurs de catégories de façon claire et vulgarisée
- Documenter les indicateurs et former les utilisateurs des rapports

# Ce qu'on recherche
- Baccalauréat en administration des affaires (TI, finance ou marketing), en statistique ou l'équivalent
- 2 à 4 ans d'expérience en intelligence d'affaires ou en analyse de données
- Excellente maîtrise de Power BI (DAX, Power Query) et de SQL
- Connaissance de Python ou de R, un atout
- Bonne compréhension des enjeux du commerce de détail alimentaire
- Bilinguisme français-anglais, puisque le poste implique des échanges réguliers avec nos fournisseurs de l'Ontario

# Pourquoi nous?
- Horaire flexible et mode hybride (2 jours par semaine au siège social de Laval)
- 10 % de rabais employé en épicerie
- Assurances collectives et REER collectif avec contribution de l'employeur
- Stationnement gratuit

Nous souscrivons au principe d'équité en matière d'emploi. Seules les personnes retenues seront contactées.`,
    role: "BIA",
    sector: SECTOR.RETAIL,
    countries: ["CA"],
    mentions: ["BIA", "Power BI", "Data cleaning", "Hypothesis testing", "Communication", "Python", "R", "Business acumen"],
  },
  {
    id: 't18-b-05',
    title: "Científico/a de Datos – Churn y Valor de Cliente",
    company: "Hórreo Telecom S.A.",
    location: "Madrid, Comunidad de Madrid, España",
    industry: "Telecomunicaciones",
    format: 'raw',
    body: `<p><strong>Descripción de la empresa</strong></p><p>Hórreo Telecom es el operador de fibra y móvil de más de 2,3 millones de hogares y 90.000 empresas en España. Desplegamos y gestionamos nuestra propia red FTTH en el norte y el centro del país, y en los últimos tres años hemos duplicado nuestra base de clientes móviles.</p><p><strong>Descripción del empleo</strong></p><p>En el equipo de Customer Analytics buscamos un/a científico/a de datos que nos ayude a entender por qué se van nuestros clientes y qué podemos hacer para que se queden.</p><ul><li>Desarrollar modelos de propensión a la baja (churn) y de valor de vida del cliente con XGBoost y regresión logística.</li><li>Segmentar la base de clientes mediante técnicas de clustering para personalizar las ofertas de retención.</li><li>Diseñar y analizar tests A/B de las campañas del call center y de la app Mi Hórreo.</li><li>Evaluar los modelos (AUC, lift, calibración) y hacer seguimiento de su rendimiento una vez en producción.</li><li>Trabajar con los data engineers del equipo de plataforma para desplegar los modelos en Vertex AI.</li></ul><p><strong>Requisitos</strong></p><ul><li>Grado o máster en Matemáticas, Estadística, Física, Ingeniería o similar.</li><li>Al menos 3 años de experiencia como data scientist, preferiblemente en telecomunicaciones, banca o seguros.</li><li>Dominio de Python (pandas, scikit-learn) y SQL; se valorará experiencia con BigQuery.</li><li>Sólidos conocimientos de estadística y probabilidad.</li><li>Capacidad para comunicar resultados técnicos con claridad a equipos no técnicos.</li><li>Se valorará la certificación Google Cloud Professional Machine Learning Engineer.</li></ul><p><strong>Información adicional</strong></p><ul><li>Contrato indefinido y salario fijo + variable.</li><li>Modelo híbrido: 3 días de teletrabajo a la semana.</li><li>Fibra y móvil gratis, seguro médico y plan de retribución flexible.</li><li>Jornada intensiva los viernes y en verano.</li></ul><p>En Hórreo Telecom creemos en la igualdad de oportunidades y valoramos la diversidad. Todas las candidaturas serán consideradas sin distinción de género, edad, discapacidad u orientación sexual.</p>`,
    role: "DS",
    sector: SECTOR.TELCO,
    countries: ["ES"],
    mentions: ["DS", "Decision trees", "Regression", "Clustering", "Hypothesis testing", "Model evaluation", "DE", "Google AI Platform", "Python", "Pandas", "Scikit-learn", "Probability", "Communication", "CERT_GCP"],
  },
  {
    id: 't18-b-06',
    title: "Gerente de Tienda – Zapopan",
    company: "Guayacán Calzado y Accesorios, S.A. de C.V.",
    location: "Zapopan, Jal.",
    format: 'text',
    body: `En Guayacán Calzado y Accesorios contamos con más de 120 tiendas en 24 estados de la República. ¡Buscamos líderes que quieran crecer con nosotros!

**Vacante: Gerente de Tienda – Zapopan**

# Funciones
- Dirigir y motivar al equipo de piso de venta (8 a 12 asesores)
- Cumplir las metas de venta mensuales y controlar inventarios y mermas
- Elaborar roles de turno y capacitar al personal de nuevo ingreso
- Cuidar la experiencia de compra y la imagen visual de la tienda
- Realizar cortes de caja y depósitos

# Requisitos
- Preparatoria terminada; licenciatura trunca o terminada (deseable)
- Experiencia mínima de 2 años como gerente o subgerente de tienda en retail (calzado, ropa o tiendas departamentales)
- Manejo de Excel básico e indicadores de venta
- Liderazgo, facilidad de palabra y orientación a resultados
- Disponibilidad para rolar turnos y trabajar fines de semana

# Ofrecemos
- Sueldo base + comisiones y bonos por cumplimiento
- Prestaciones de ley y superiores
- Vales de despensa y fondo de ahorro
- 30% de descuento en producto

Interesados postularse por este medio o acudir directamente a tienda con solicitud elaborada. Guayacán es una empresa incluyente.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ["MX"],
    mentions: ["Communication"],
  },
  {
    id: 't18-b-07',
    title: "Robotics Engineer – Celle di fine linea",
    company: "Ferlandi Automazione S.r.l.",
    location: "Castel Maggiore (BO)",
    format: 'div',
    body: `Ferlandi Automazione progetta e costruisce dal 1988 macchine automatiche per il confezionamento secondario e la pallettizzazione, destinate ai settori alimentare, farmaceutico e cosmetico. Oltre l'80% della nostra produzione è destinata all'export.

# Il ruolo
Inserito/a nell'Ufficio Tecnico Robotica, il/la Robotics Engineer si occuperà dello sviluppo delle celle robotizzate di fine linea: pick & place, pallettizzazione e cambio formato automatico.

# Attività principali
- Programmazione di robot antropomorfi e SCARA (ABB, Fanuc, KUKA) e integrazione con PLC Siemens
- Sviluppo di applicazioni di pick & place guidate da visione in C++ e Python, con ROS 2
- Simulazione delle celle e calcolo dei tempi ciclo
- Collaudi in sede e messa in servizio presso i clienti in Italia e all'estero (circa 30% di trasferte)
- Redazione della documentazione tecnica

# Requisiti
- Laurea in Ingegneria dell'Automazione, Meccatronica, Elettronica o affini
- Almeno 2 anni di esperienza nella programmazione di robot industriali
- Buona conoscenza di C++ e Python; basi di cinematica e di algebra lineare applicata alla robotica
- Inglese fluente, parlato e scritto
- Capacità di problem solving e di lavorare in team anche sotto pressione durante gli avviamenti

# Offriamo
Contratto a tempo indeterminato CCNL Metalmeccanico Industria, premio di risultato, mensa aziendale, piano welfare e formazione continua.

Il presente annuncio è rivolto ad entrambi i sessi ai sensi delle leggi 903/77 e 125/91. Si prega di inviare il CV autorizzando il trattamento dei dati personali ai sensi del Regolamento UE 2016/679.`,
    role: "ROBO",
    sector: SECTOR.AUTO,
    countries: ["IT"],
    mentions: ["ROBO", "C++", "Python", "Linear algebra", "Problem-solving"],
  },
  {
    id: 't18-b-08',
    title: "Infermiere/a – Area Chirurgica",
    company: "Istituto Clinico Fenaroli",
    location: "Monza (MB)",
    format: 'html',
    body: `L'Istituto Clinico Fenaroli è un ospedale privato accreditato con il Servizio Sanitario Nazionale: 240 posti letto, un blocco operatorio con 9 sale, un pronto soccorso ortopedico e un centro di riabilitazione.

Per potenziare l'organico dell'Area Chirurgica (ortopedia e chirurgia generale) ricerchiamo

**Infermieri/e**

# Requisiti
- Laurea in Infermieristica o titolo equipollente
- Iscrizione all'Ordine delle Professioni Infermieristiche (OPI)
- Gradita esperienza in reparti chirurgici; valutiamo anche neolaureati
- Capacità di comunicazione con pazienti e familiari e attitudine al lavoro in équipe

# Offriamo
- Contratto a tempo indeterminato CCNL AIOP, full time su turni
- Percorso di inserimento con infermiere tutor
- Formazione ECM gratuita
- Mensa interna e parcheggio convenzionato

Sede di lavoro: Monza. I dati personali saranno trattati ai sensi del Regolamento UE 2016/679 (GDPR).`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ["IT"],
    mentions: ["Communication"],
  },
  {
    id: 't18-b-09',
    title: "Medior Data Engineer",
    company: "Hoogheemraadschap Kennemervliet",
    location: "Haarlem, Noord-Holland, Nederland",
    format: 'raw',
    body: `<p><span style="color:#000000">Droge voeten, schoon water en voldoende zoetwater: daar werken we bij Hoogheemraadschap Kennemervliet elke dag aan. Als waterschap beheren we de dijken, gemalen, watergangen en rioolwaterzuiveringen in een gebied met ruim 900.000 inwoners tussen de kust en het IJ.</span></p><p style="min-height: 1.7em;"></p><p><span style="color:#000000">Het team Informatievoorziening bouwt aan een dataplatform waarop hydrologen, beheerders en bestuurders hun beslissingen baseren. Daarvoor zoeken we een medior data engineer.</span></p><h4><strong><span style="color:#000000">Wat ga je doen?</span></strong></h4><ul><li><p><span style="color:#000000">Je ontwikkelt en beheert datapijplijnen die meetgegevens van gemalen, peilbuizen en zuiveringen ophalen en in ons dataplatform laden.</span></p></li><li><p><span style="color:#000000">Je bouwt ETL-processen in Azure Data Factory en Databricks (PySpark).</span></p></li><li><p><span style="color:#000000">Je controleert en schoont sensordata op: ontbrekende waarden, uitschieters en dubbele metingen.</span></p></li><li><p><span style="color:#000000">Je ontsluit data via API&#39;s voor de hydrologen en voor onze Power BI-rapportages.</span></p></li><li><p><span style="color:#000000">Je werkt samen met onze data scientists en BI-analisten.</span></p></li></ul><h4><strong><span style="color:#000000">Wat vragen wij?</span></strong></h4><ul><li><p><span style="color:#000000">Hbo- of wo-werk- en denkniveau, bijvoorbeeld Informatica of Data Science.</span></p></li><li><p><span style="color:#000000">Minimaal 3 jaar ervaring als data engineer.</span></p></li><li><p><span style="color:#000000">Goede kennis van Python en SQL.</span></p></li><li><p><span style="color:#000000">Ervaring met versiebeheer in Git en met CI/CD in Azure DevOps.</span></p></li><li><p><span style="color:#000000">Je communiceert helder, ook met collega&#39;s zonder technische achtergrond.</span></p></li></ul><h4><strong><span style="color:#000000">Wat bieden wij?</span></strong></h4><ul><li><p><span style="color:#000000">Een salaris van maximaal € 5.416 bruto per maand (schaal 10, cao Waterschappen), afhankelijk van je ervaring.</span></p></li><li><p><span style="color:#000000">Een Individueel Keuzebudget van 19,45% bovenop je salaris.</span></p></li><li><p><span style="color:#000000">Een 36-urige werkweek en hybride werken.</span></p></li><li><p><span style="color:#000000">Een persoonlijk opleidingsbudget.</span></p></li></ul><p><span style="color:#000000">Een assessment kan deel uitmaken van de selectieprocedure. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</span></p>`,
    role: "DE",
    sector: SECTOR.PUBLIC,
    countries: ["NL"],
    mentions: ["DE", "Apache Spark", "Data cleaning", "APIs", "Power BI", "DS", "BIA", "Python", "Git", "Deployment pipelines", "Communication"],
  },
  {
    id: 't18-b-10',
    title: "Boekhouder (m/v/x)",
    company: "Kantelpunt Interim",
    location: "9000 Gent",
    format: 'text',
    body: `Voor onze klant, een groeiend familiebedrijf in de regio Gent, zijn wij op zoek naar een gemotiveerde boekhouder. Je komt terecht in een kleine financiële dienst van vier personen en rapporteert aan de financieel directeur.

# Jouw taken
- Je verwerkt aankoop- en verkoopfacturen en bankuittreksels
- Je maakt de btw-aangiftes en intrastat-aangiftes op
- Je bereidt de maand- en jaarafsluiting voor in samenwerking met de externe accountant
- Je volgt de openstaande klanten op en stuurt herinneringen

# Jouw profiel
- Je hebt een bachelor Accountancy-Fiscaliteit of bent gelijkwaardig door ervaring
- Je hebt minstens 3 jaar ervaring in een gelijkaardige functie
- Kennis van Exact Online of Octopus is een pluspunt
- Je werkt vlot met Excel
- Je bent nauwkeurig, zelfstandig en communicatief

# Aanbod
Een vaste job met een marktconform loon, aangevuld met maaltijdcheques, ecocheques en een hospitalisatieverzekering. Je hebt glijdende werkuren en kan 1 dag per week van thuis werken.

Interesse? Solliciteer via de knop hieronder of bel naar ons kantoor in Gent.`,
    role: null,
    sector: null,
    countries: ["BE"],
    mentions: ["Communication"],
  },
  {
    id: 't18-b-11',
    title: "Engenheiro/a de Visão Computacional",
    company: "Foconorte Sistemas de Inspeção, Lda.",
    location: "Guimarães, Braga",
    format: 'double',
    body: `A Foconorte desenvolve e fabrica sistemas de inspeção visual automática para linhas de produção: têxteis técnicos, componentes para a indústria automóvel, embalagens e cortiça. Os nossos equipamentos estão instalados em mais de 300 fábricas em 22 países.

# O que vais fazer
- Desenvolver algoritmos de deteção de defeitos em tempo real com OpenCV e redes neuronais convolucionais (PyTorch)
- Preparar e anotar conjuntos de imagens e limpar datasets com etiquetas inconsistentes ou duplicadas
- Avaliar os modelos com métricas de precisão, recall e taxa de falsos positivos na linha
- Otimizar a inferência em GPUs embarcadas (TensorRT, ONNX)
- Acompanhar instalações nas fábricas dos clientes (deslocações pontuais)

# O que procuramos
- Mestrado em Engenharia Eletrotécnica, Informática, Física ou área afim
- Pelo menos 2 anos de experiência em visão computacional ou processamento de imagem
- Domínio de Python e C++
- Bons conhecimentos de álgebra linear e geometria projetiva
- Experiência com Docker e Git
- Espírito crítico e vontade de aprender continuamente

# Oferecemos
- Contrato sem termo
- Seguro de saúde extensível ao agregado familiar
- Horário flexível e 1 dia de teletrabalho por semana
- Formação técnica e participação em conferências da área`,
    role: "CVE",
    sector: SECTOR.AUTO,
    countries: ["PT"],
    mentions: ["Neural networks", "PyTorch", "Data cleaning", "Model evaluation", "Python", "C++", "Linear algebra", "Docker", "Git", "Critical thinking", "Continuous learning"],
  },
  {
    id: 't18-b-12',
    title: "Analista de Business Intelligence Pleno",
    company: "Juriti Pagamentos S.A.",
    location: "São Paulo - SP",
    locations: ["São Paulo - SP", "Curitiba - PR"],
    industry: "Serviços Financeiros",
    format: 'raw',
    body: `<h2>Sobre a Juriti</h2>
<p>A Juriti é uma instituição de pagamento autorizada pelo Banco Central do Brasil. Oferecemos maquininhas, conta digital, link de pagamento e antecipação de recebíveis para mais de 400 mil pequenos negócios, de salões de beleza a oficinas mecânicas.</p>
<h2>Responsabilidades e atribuições</h2>
<ul>
<li>Construir e manter dashboards no Power BI e no Looker Studio para as áreas de Crédito, Cobrança e Risco;</li>
<li>Desenvolver consultas e modelagem de dados em SQL (BigQuery) e dbt;</li>
<li>Garantir a qualidade dos dados, identificando inconsistências e registros duplicados nas bases transacionais;</li>
<li>Apoiar o time de produto na análise de experimentos A/B no app;</li>
<li>Apresentar resultados para as lideranças de forma clara e objetiva.</li>
</ul>
<h2>Requisitos e qualificações</h2>
<ul>
<li>Formação superior completa em Engenharia, Estatística, Economia, Administração ou áreas correlatas;</li>
<li>Experiência como analista de BI ou analista de dados;</li>
<li>SQL avançado e domínio de Power BI (DAX);</li>
<li>Conhecimento em Python será um diferencial;</li>
<li>Visão de negócio e vontade de entender como os nossos clientes ganham dinheiro.</li>
</ul>
<h2>Informações adicionais</h2>
<ul>
<li>Vale-refeição e vale-alimentação (cartão flexível)</li>
<li>Plano de saúde e odontológico extensivo a dependentes</li>
<li>PLR semestral</li>
<li>Auxílio academia</li>
<li>Modelo híbrido: 3 dias por semana no escritório (São Paulo ou Curitiba)</li>
</ul>`,
    role: "BIA",
    sector: SECTOR.FIN,
    countries: ["BR"],
    mentions: ["BIA", "Power BI", "Google Data Studio", "Data cleaning", "Hypothesis testing", "Communication", "Python", "Business acumen"],
  },
  {
    id: 't18-b-13',
    title: "NLP Engineer",
    company: "Kwantyl Software Sp. z o.o.",
    location: "Kraków, małopolskie",
    locations: ["Kraków, małopolskie", "Wrocław, dolnośląskie"],
    format: 'escaped',
    body: `Kwantyl to polski software house, który od 2011 roku tworzy oprogramowanie na zamówienie dla firm z Europy Zachodniej i USA – od logistyki, przez e-commerce, po energetykę. Zatrudniamy ponad 400 specjalistów w Krakowie, we Wrocławiu i zdalnie.

# O projekcie
Dołączysz do zespołu, który dla niemieckiego ubezpieczyciela rozwija system automatycznej klasyfikacji korespondencji i ekstrakcji danych z pism, e-maili i formularzy szkodowych. System przetwarza dziś ok. 30 tys. dokumentów dziennie.

# Zakres obowiązków
- Projektowanie i trenowanie modeli klasyfikacji tekstu i rozpoznawania encji (NER) dla języka niemieckiego i polskiego
- Fine-tuning modeli typu transformer i ocena ich jakości (F1, precision, recall) na zbiorach testowych
- Budowa serwisów REST udostępniających modele innym systemom klienta
- Konteneryzacja (Docker) i wdrożenia na Kubernetes w chmurze Azure
- Współpraca z data engineerami i analitykami po stronie klienta

# Wymagania
- Min. 3 lata doświadczenia komercyjnego jako NLP Engineer, ML Engineer lub w podobnej roli
- Bardzo dobra znajomość Pythona i PyTorch
- Praktyka z bibliotekami spaCy i Hugging Face Transformers
- Znajomość Gita i dobrych praktyk code review
- Angielski na poziomie min. B2; niemiecki będzie dodatkowym atutem
- Samodzielność i umiejętność rozwiązywania problemów
- Mile widziany certyfikat Microsoft Azure AI Engineer Associate

# Oferujemy
- Umowę B2B (140–190 zł netto/h + VAT) lub umowę o pracę (18 000–25 000 zł brutto)
- Pracę hybrydową w Krakowie lub Wrocławiu albo w pełni zdalną z Polski
- Prywatną opiekę medyczną i kartę sportową
- Budżet szkoleniowy 4 000 zł rocznie

Prosimy o dopisanie do CV klauzuli: „Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO)."`,
    role: "NLP_ENG",
    sector: SECTOR.IT,
    countries: ["PL"],
    mentions: ["NLP_ENG", "MLE", "Neural networks", "Model evaluation", "APIs", "Docker", "Kubernetes", "DE", "Python", "PyTorch", "Git", "Problem-solving", "CERT_AZ"],
  },
  {
    id: 't18-b-14',
    title: "Konsultant/ka Infolinii – obsługa klientów biznesowych",
    company: "Fala Telekom S.A.",
    location: "Gdańsk, pomorskie",
    format: 'div',
    body: `Fala Telekom to ogólnopolski operator sieci komórkowej i światłowodowej. Obsługujemy ponad 3 mln klientów indywidualnych i 120 tys. firm, a nasze centrum obsługi w Gdańsku to serce kontaktu z klientem.

# Twoje zadania
- Obsługa połączeń przychodzących i zgłoszeń mailowych od klientów biznesowych
- Udzielanie informacji o usługach, fakturach i warunkach umów
- Wsparcie pierwszej linii w konfiguracji usług (APN, routery światłowodowe, numery dodatkowe)
- Rejestrowanie zgłoszeń w systemie CRM i przekazywanie ich do działów technicznych

# Czego oczekujemy
- Wykształcenia min. średniego
- Komunikatywności i wysokiej kultury osobistej
- Swobodnej obsługi komputera
- Gotowości do pracy w systemie zmianowym w godz. 8:00–20:00, od poniedziałku do soboty

# Co oferujemy
- Umowę o pracę od pierwszego dnia
- Wynagrodzenie podstawowe 5 200 zł brutto + premia kwartalna do 1 200 zł
- Płatne trzytygodniowe szkolenie wdrożeniowe
- Zniżki na usługi Fala Telekom, pakiet medyczny i kartę sportową`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ["PL"],
    mentions: ["Communication"],
  },
  {
    id: 't18-b-15',
    title: "Data Scientist – nätplanering",
    company: "Kronälv Elnät AB",
    location: "Sundsvall, Västernorrlands län",
    format: 'div',
    body: `Kronälv Elnät äger och driver elnätet i 14 kommuner i Mellannorrland och levererar el till 190 000 kunder. Vi står mitt i en historisk omställning: elektrifieringen av industrin, nya vindkraftsparker och laddinfrastruktur ställer helt nya krav på nätet.

# Om rollen
Som Data Scientist på avdelningen Nätutveckling tar du fram prognoser och analyser som ligger till grund för investeringar i nätet för flera miljarder kronor.

# Arbetsuppgifter
- Ta fram probabilistiska prognoser för last och effektuttag per nätstation
- Bygga modeller med gradient boosting och regression för att förutse fel på kablar och transformatorer
- Utvärdera modellerna mot historiska utfall (backtesting)
- Visualisera resultat för nätplanerare och ledning
- Samarbeta med våra dataingenjörer kring dataflöden från mätsystemen

# Vi söker dig som
- Har en masterexamen i matematisk statistik, teknisk fysik eller motsvarande
- Har några års erfarenhet av att arbeta som data scientist
- Är van att arbeta i Python (pandas, scikit-learn, LightGBM, matplotlib) eller R
- Kan kommunicera komplexa resultat på ett enkelt sätt, på svenska och engelska
- Har B-körkort

Meriterande är erfarenhet från energibranschen och kunskap om Databricks eller Spark.

# Vi erbjuder
Tillsvidareanställning med sex månaders provanställning, flextid, friskvårdsbidrag på 5 000 kr per år och möjlighet till distansarbete två dagar i veckan. Vi har kollektivavtal.

Urval sker löpande. Tjänsten är placerad i säkerhetsklass och kan komma att säkerhetsprövas enligt säkerhetsskyddslagen. Vi undanber oss kontakt med rekryterings- och annonseringsföretag.`,
    role: "DS",
    sector: null,
    countries: ["SE"],
    mentions: ["DS", "Probability", "Decision trees", "Regression", "Model evaluation", "Visualization", "DE", "Python", "Pandas", "Scikit-learn", "Matplotlib", "R", "Communication", "Apache Spark"],
  },
  {
    id: 't18-b-16',
    title: "Lagermedarbetare till vårt e-handelslager – kvällsskift",
    company: "Kökslådan Nordic AB",
    location: "Jönköping",
    format: 'text',
    body: `Kökslådan är Nordens största nätbutik för köksutrustning och husgeråd. Inför hösten utökar vi kvällsskiftet på vårt lager i Torsvik.

# Arbetsuppgifter
- Plock och pack av kundorder med handscanner
- Inleverans och returhantering

# Vi söker dig som
- Gärna har erfarenhet av lagerarbete och truckkort A+B
- Förstår och gör dig förstådd på svenska eller engelska
- Är noggrann och trivs i högt tempo

Heltid måndag–torsdag 15.00–00.30, OB-tillägg enligt kollektivavtal och personalrabatt. Sista ansökningsdag 30 september.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ["SE"],
    mentions: [],
  },
  {
    id: 't18-b-17',
    title: "AI Product Manager – Digital Continence Care",
    company: "Hjarbæk Medical A/S",
    location: "2800 Kongens Lyngby",
    format: 'html',
    body: `Hjarbæk Medical udvikler og producerer medicinsk udstyr inden for kontinens- og urologipleje. Vores katetre og stomiprodukter bruges dagligt af over en million mennesker i 40 lande, og vi er 2.600 medarbejdere i Danmark, Ungarn og USA.

# Om stillingen
Vi søger en AI Product Manager til vores nye enhed Digital Care, hvor vi bygger en app og en sensor, der hjælper brugere og sygeplejersker med at forudsige og forebygge urinvejsinfektioner. Som AI-produktchef ejer du roadmap og prioriteringer for de maskinlæringsfunktioner, der indgår i produktet.

# Dine opgaver
- Definere produktkrav til forudsigelsesmodeller sammen med vores data scientists og machine learning engineers
- Fastlægge succeskriterier og følge op på modellernes præcision og sensitivitet i kliniske studier
- Sikre at løsningen lever op til MDR og kravene til software som medicinsk udstyr (IEC 62304)
- Planlægge og evaluere kontrollerede forsøg (A/B-test) i appen
- Formidle komplekse tekniske forhold til klinikere, regulatoriske specialister og ledelsen

# Din profil
- Kandidatuddannelse inden for ingeniørvidenskab, datalogi, sundhedsvidenskab eller lignende
- Minimum 4 års erfaring med produktledelse af datadrevne eller AI-baserede produkter
- Forståelse for machine learning og statistik – du behøver ikke selv at kode, men du skal kunne udfordre teamet
- Stærk forretningsforståelse og evne til at omsætte brugerbehov til en forretningsplan
- Du kommunikerer klart på dansk og engelsk

# Vi tilbyder
Et ambitiøst team i Kongens Lyngby, fleksible arbejdstider, pensionsordning, sundhedsforsikring og kantineordning.

Send din ansøgning senest den 12. oktober. Vi indkalder løbende til samtaler.`,
    role: "AIPM",
    sector: SECTOR.HEALTH,
    countries: ["DK"],
    mentions: ["AIPM", "DS", "MLE", "Model evaluation", "Hypothesis testing", "Communication", "Business acumen"],
  },
  {
    id: 't18-b-18',
    title: "Privatrådgiver",
    company: "Fjordbyernes Sparekasse",
    location: "Randers C",
    industry: "Bank- og finansvirksomhed",
    format: 'div',
    body: `Har du lyst til at rådgive kunder om boliglån, opsparing og pension – og til at være en del af et lokalt team, hvor der er kort vej fra idé til handling? Så er du måske vores nye privatrådgiver i Randers.

# Du kommer til at
- Rådgive en fast portefølje af privatkunder om lån, investering og forsikring
- Tage proaktiv kontakt til kunderne og holde årlige rådgivningsmøder
- Samarbejde med vores erhvervsrådgivere og specialister i pension og bolig

# Vi forventer, at du
- Er uddannet finansøkonom, bankrådgiver eller har tilsvarende baggrund
- Har erfaring fra privatrådgivning og gerne er investeringscertificeret
- Har flair for salg og er god til at skabe relationer
- Er struktureret og kommunikerer let i både skrift og tale

# Vi tilbyder
Løn efter overenskomst på det finansielle område, pension, sundhedsordning og 6. ferieuge.

Ansøgningsfrist: 3. november. Samtaler holdes løbende.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ["DK"],
    mentions: ["Communication"],
  },
  {
    id: 't18-b-19',
    title: "Dataingeniør",
    company: "Fjordlast Rederi AS",
    location: "Bergen, Vestland, Norway",
    format: 'raw',
    body: `<p>Fjordlast Rederi er et familieeid rederi med 34 skip i nærskipsfart langs norskekysten og i Nordsjøen. Vi frakter tørrlast, fôr og byggevarer, og har hovedkontor på Nordnes i Bergen.</p><p>Vi er i gang med å digitalisere flåten: sensordata fra motorer, drivstofforbruk og posisjon skal samles på én plattform, slik at vi kan kutte utslipp og planlegge seilasene bedre. Nå søker vi vår første dataingeniør.</p><p><strong>Arbeidsoppgaver</strong></p><ul><li>Utvikle og drifte datapipelines fra skipene til skyplattformen vår i AWS</li><li>Strømme sanntidsdata med Kafka og lagre dem i datavarehuset</li><li>Vaske og kvalitetssikre sensordata før de brukes i rapporter og analyser</li><li>Legge til rette for at analytikerne kan lage dashboards i Power BI</li></ul><p><strong>Kvalifikasjoner</strong></p><ul><li>Høyere utdanning innen informatikk eller tilsvarende</li><li>Erfaring som dataingeniør eller backendutvikler</li><li>God kjennskap til Python og SQL</li><li>Erfaring med Docker, Terraform og CI/CD er en fordel</li><li>Du snakker og skriver norsk og engelsk</li></ul><p><strong>Vi tilbyr</strong></p><ul><li>Fast stilling i et uformelt miljø med korte beslutningsveier</li><li>Konkurransedyktig lønn, god pensjonsordning og forsikringer</li><li>Mulighet til å bli med ut på skipene</li></ul>`,
    role: "DE",
    sector: null,
    countries: ["NO"],
    mentions: ["DE", "Kafka", "Data cleaning", "Power BI", "Python", "Docker", "Deployment pipelines"],
  },
  {
    id: 't18-b-20',
    title: "Dataanalytiker",
    company: "Havblikk Hotellgruppe AS",
    location: "Tromsø",
    format: 'double',
    body: `Havblikk Hotellgruppe driver 19 hoteller fra Stavanger til Kirkenes, med konferansesentre, restauranter og rundt 1 400 medarbeidere. Hovedkontoret vårt ligger i Tromsø.

# Om stillingen
Vi bygger opp et lite analyseteam på hovedkontoret og søker en dataanalytiker som vil jobbe tett med revenue management, salg og hotelldirektørene.

# Arbeidsoppgaver
- Analysere belegg, priser og bookingkanaler, og lage prognoser for etterspørsel
- Utvikle og vedlikeholde rapporter og dashboards i Tableau
- Rydde og strukturere data fra bookingsystemet, kassesystemene og kundeklubben
- Måle effekten av priskampanjer ved hjelp av kontrollgrupper

# Hvem er du?
- Bachelor- eller mastergrad innen økonomi, statistikk eller lignende
- Gode ferdigheter i SQL og Excel; erfaring med Python eller R er et pluss
- God forretningsforståelse, gjerne fra reiseliv eller varehandel
- Du formidler tall på en måte som får folk til å handle på dem

# Vi tilbyr
Gode personalrabatter på alle våre hoteller, pensjonsordning, treningstilbud og et arbeidsmiljø med humør og høyt tempo.

Søknadsfrist: 20. oktober.`,
    role: null,
    sector: null,
    countries: ["NO"],
    mentions: ["Tableau", "Data cleaning", "Hypothesis testing", "Python", "R", "Business acumen", "Communication"],
  },
  {
    id: 't18-b-21',
    title: "Data Scientist – pojistná matematika a pricing",
    company: "Klenot pojišťovna, a.s.",
    location: "Praha 4 – Michle",
    format: 'escaped',
    body: `Klenot pojišťovna je česká pojišťovna s více než třicetiletou historií. Pojišťujeme majetek, vozidla a odpovědnost téměř milionu klientů a spolupracujeme s více než 2 000 obchodními partnery.

Do týmu Pricing & Analytics hledáme kolegu nebo kolegyni na pozici

**Data Scientist – pojistná matematika a pricing**

# Co Vás čeká
- Vývoj modelů pro tarifikaci pojištění vozidel a majetku (GLM, gradient boosting)
- Příprava a čištění dat ze smluv a pojistných událostí a tvorba nových proměnných
- Vyhodnocování přesnosti modelů a jejich pravidelná validace
- Spolupráce s aktuáry, upisovateli a IT při nasazení modelů do produkce
- Účast na migraci analytického prostředí z Hadoop clusteru do Azure Machine Learning
- Prezentace výsledků vedení

# Co od Vás očekáváme
- VŠ vzdělání v oboru matematika, statistika, ekonometrie nebo pojistná matematika
- Min. 2 roky praxe na pozici data scientist nebo pojistný matematik
- Znalost Pythonu nebo R, pokročilá znalost SQL
- Znalost teorie pravděpodobnosti a matematické statistiky
- Analytické a kritické myšlení, samostatnost a komunikační dovednosti

# Co nabízíme
- Hybridní režim (až 3 dny home office týdně)
- 5 týdnů dovolené a 3 sick days
- Příspěvek na penzijní spoření a životní pojištění
- Stravenkový paušál a MultiSport kartu
- Odborné vzdělávání a podporu při přípravě na aktuárské zkoušky`,
    role: "DS",
    sector: SECTOR.FIN,
    countries: ["CZ"],
    mentions: ["DS", "Regression", "Decision trees", "Data cleaning", "Feature engineering", "Model evaluation", "Hadoop", "Microsoft Azure ML", "Communication", "Python", "R", "Probability", "Critical thinking"],
  },
  {
    id: 't18-b-22',
    title: "Farmaceut/ka – Brno centrum",
    company: "Heřmánek lékárny s.r.o.",
    location: "Brno-střed, Jihomoravský kraj",
    format: 'html',
    body: `Síť lékáren Heřmánek provozuje 38 lékáren na Moravě a ve Slezsku. Do naší lékárny v centru Brna hledáme farmaceuta nebo farmaceutku na plný úvazek.

# Náplň práce
- Výdej léčivých přípravků na recept i bez receptu a odborné poradenství pacientům
- Příprava individuálně připravovaných léčivých přípravků
- Kontrola zásob a objednávky
- Práce s lékárenským systémem a eReceptem

# Požadujeme
- VŠ vzdělání v oboru farmacie (Mgr.), členství v ČLnK
- Praxe výhodou, rádi zaučíme i absolventy
- Příjemné vystupování a komunikační dovednosti
- Ochotu se dále vzdělávat

# Nabízíme
- Mzdu od 52 000 Kč hrubého + osobní ohodnocení
- Příspěvek na celoživotní vzdělávání
- 25 dní dovolené, stravenky a slevy na sortiment`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ["CZ"],
    mentions: ["Communication", "Continuous learning"],
  },
  {
    id: 't18-b-23',
    title: "Tekoälytutkija (Research Scientist, AI for RAN)",
    company: "Kantele Networks Oy",
    location: "Oulu, Finland",
    format: 'raw',
    body: `<p><b>Kantele Networks</b> kehittää ja valmistaa radioverkkolaitteita ja -ohjelmistoja matkapuhelinoperaattoreille. Tuotteitamme käyttää yli 60 operaattoria Euroopassa ja Aasiassa, ja tutkimus- ja tuotekehitystoimintamme on keskitetty Ouluun ja Espooseen.</p><p></p><p><b>Tehtävä</b></p><p>Haemme tekoälytutkijaa tiimiin, joka kehittää koneoppimismenetelmiä 5G- ja 6G-radioverkkojen ohjaukseen. Tutkimusaiheitamme ovat mm. vahvistusoppiminen keilanmuodostuksen ja radioresurssien jaon optimointiin sekä neuroverkkopohjaiset vastaanottimet.</p><ul><li>Kehität ja testaat uusia algoritmeja simulaattoreissa ja oikealla verkkodatalla</li><li>Julkaiset tuloksia alan konferensseissa ja haet patentteja</li><li>Teet yhteistyötä tuotekehityksen ohjelmistosuunnittelijoiden kanssa, jotta menetelmät päätyvät tuotteisiin</li></ul><p><b>Odotamme sinulta</b></p><ul><li>Tohtorin tutkintoa koneoppimisesta, signaalinkäsittelystä, tietoliikennetekniikasta tai vastaavalta alalta</li><li>Vahvaa matemaattista osaamista: lineaarialgebra, todennäköisyyslaskenta ja optimointi</li><li>Kokemusta PyTorchista tai JAXista sekä Pythonista; C++-osaaminen on eduksi</li><li>Sujuvaa englannin kieltä</li></ul><p><b>Tarjoamme</b></p><ul><li>Mahdollisuuden tehdä julkaistavaa tutkimusta teollisuudessa</li><li>Joustavat työajat ja hybridityön</li><li>Kattavan työterveyshuollon sekä liikunta- ja kulttuuriedun</li></ul><p>Tehtävään valittavalta edellytetään hyväksyttyä turvallisuusselvitystä.</p>`,
    role: "ARS",
    sector: SECTOR.TELCO,
    countries: ["FI"],
    mentions: ["ARS", "Reinforcement learning", "Neural networks", "Linear algebra", "Probability", "PyTorch", "Python", "C++"],
  },
  {
    id: 't18-b-24',
    title: "Ohjelmistokehittäjä, backend (Kotlin)",
    company: "Kuurapilvi Oy",
    location: "Tampere",
    format: 'div',
    body: `Kuurapilvi kehittää pilvipohjaista työvuorosuunnittelu- ja tuntikirjausohjelmistoa. Asiakkainamme on yli 1 800 yritystä – rakennusliikkeitä, siivousyhtiöitä, tapahtumatuottajia ja ohjelmistotaloja – ja palvelua käyttää päivittäin 120 000 työntekijää.

# Tehtävä
Tulet tiimiin, joka rakentaa rajapintoja ja integraatioita asiakkaidemme HR- ja toiminnanohjausjärjestelmiin.
- Kehität REST- ja GraphQL-rajapintoja Kotlinilla ja Spring Bootilla
- Rakennat ja ylläpidät integraatioita asiakkaiden HR- ja ERP-järjestelmiin
- Kirjoitat testejä ja kehität CI/CD-putkia GitHub Actionsissa
- Osallistut päivystysvuoroihin (korvaus erikseen)

# Toivomme sinulta
- Useamman vuoden kokemusta backend-kehityksestä JVM-kielillä (Kotlin, Java)
- Kokemusta PostgreSQL:stä ja Dockerista
- Halua oppia uutta ja kehittää osaamistasi jatkuvasti
- Sujuvaa suomen kieltä ja hyvää englantia

# Tarjoamme
Palkka 4 200–5 600 € / kk kokemuksen mukaan, lounas-, liikunta- ja kulttuurietu, joustava etätyö sekä toimisto Tampereen keskustassa.`,
    role: null,
    sector: SECTOR.IT,
    countries: ["FI"],
    mentions: ["APIs", "Git", "Deployment pipelines", "Java", "Docker", "Continuous learning"],
  },
  {
    id: 't18-b-25',
    title: "Senior Machine Learning Engineer – Search & Ranking",
    company: "Knopfloch Marketplace GmbH",
    location: "Berlin, Germany",
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;h2&gt;About Knopfloch&lt;/h2&gt;
&lt;p&gt;Knopfloch is Germany&#39;s marketplace for pre-owned and independent fashion. 3.5 million shoppers buy from 9,000 boutiques and private sellers on our website and apps, and we take care of payment, shipping and returns for every order.&lt;/p&gt;&lt;/div&gt;
&lt;h2&gt;The team&lt;/h2&gt;
&lt;p&gt;Search &amp;amp; Ranking (nine people: ML engineers, backend engineers, a data scientist and a product manager) decides what shoppers see when they search, browse a category or open the home feed. Last year our ranking work added 11% to gross merchandise value.&lt;/p&gt;
&lt;h2&gt;How we work&lt;/h2&gt;
&lt;p&gt;Our ranking stack runs on Python end to end: training jobs are orchestrated with Airflow, features land in a Kafka-backed online store, and models are served from Kubernetes on Google Cloud. We ship several times a day, write short design docs before big changes, and review each other&#39;s experiments as carefully as each other&#39;s code. Most of the team has been here for more than three years, and we like it that way.&lt;/p&gt;
&lt;h2&gt;What you&#39;ll do&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship learning-to-rank models (LightGBM, two-tower neural networks in PyTorch) for search and the home feed&lt;/li&gt;
&lt;li&gt;Build features from clickstream, catalogue and seller data with Spark and our feature store&lt;/li&gt;
&lt;li&gt;Run offline evaluation (NDCG, recall@k) and online A/B tests, and decide together with product what goes live&lt;/li&gt;
&lt;li&gt;Own the serving path: low-latency model APIs on Kubernetes, including monitoring and a share of the on-call rota&lt;/li&gt;
&lt;li&gt;Mentor other engineers and raise the bar in code and design reviews&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;What you bring&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building production ML systems, at least 2 of them in search, recommendations or ads&lt;/li&gt;
&lt;li&gt;Strong Python; Go or Java is a plus&lt;/li&gt;
&lt;li&gt;Hands-on experience with PyTorch or TensorFlow, and with MLflow or a similar experiment tracker&lt;/li&gt;
&lt;li&gt;You are a pragmatic problem-solver and can explain trade-offs to colleagues outside ML&lt;/li&gt;
&lt;li&gt;Fluent English; German is not required&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;Your first months&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;In your first month you ship a small change to the search ranker and get to know our experimentation platform.&lt;/li&gt;
&lt;li&gt;By month three you own one of our ranking surfaces, such as similar-item recommendations or the category pages.&lt;/li&gt;
&lt;li&gt;By month six you lead a larger project, for example moving the home feed to a sequence-aware model or cutting serving latency in half.&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;Interview process&lt;/h2&gt;
&lt;p&gt;A 30-minute call with our recruiter; a conversation with the hiring manager about your past work; a take-home ML design exercise (about three hours, and we pay you for it); a final round with two engineers and our product lead. We aim to finish within three weeks and give feedback at every stage.&lt;/p&gt;
&lt;h2&gt;What we offer&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;€85,000–€105,000 base salary plus virtual shares&lt;/li&gt;
&lt;li&gt;30 days of vacation, hybrid work from our office in Kreuzberg&lt;/li&gt;
&lt;li&gt;Relocation support and visa sponsorship&lt;/li&gt;
&lt;li&gt;€1,000 yearly learning budget and a public transport ticket&lt;/li&gt;
&lt;li&gt;Subsidised lunch, a company pension scheme and two extra weeks of fully paid parental leave&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Knopfloch is an equal opportunity employer. We welcome applications from people of every background, gender identity, age, religion, disability and sexual orientation. We process your application data in line with the GDPR and our applicant privacy notice, and delete it six months after the process ends unless you agree otherwise.&lt;/p&gt;&lt;/div&gt;`,
    role: "MLE",
    sector: SECTOR.RETAIL,
    countries: ["DE"],
    mentions: ["MLE", "DS", "Decision trees", "Neural networks", "PyTorch", "Feature engineering", "Apache Spark", "Kafka", "Model evaluation", "Hypothesis testing", "APIs", "Kubernetes", "Python", "Java", "TensorFlow", "MLflow", "Problem-solving", "Communication"],
  },
  {
    id: 't18-b-26',
    title: "Deep Learning Specialist – Cardiac MRI",
    company: "Hartlijn Imaging B.V.",
    location: "Eindhoven, North Brabant, Netherlands",
    industry: "Medical Devices",
    format: 'escaped',
    body: `Hartlijn Imaging builds AI software that reads cardiac MRI and CT scans. Our CE-marked products measure heart function and flag abnormalities in seconds, and they are used in 140 hospitals across Europe.

# Your role
As a Deep Learning Specialist you will develop the segmentation and quantification models inside our products and take them from research prototype to certified release.

# What you will do
- Develop 3D segmentation networks (U-Net variants, vision transformers) in PyTorch
- Curate training data with our clinical annotators: check label quality and remove duplicate or corrupted scans
- Validate models on multi-centre test sets and report Dice scores, Hausdorff distances and agreement with cardiologists
- Write the technical documentation our notified body needs under the EU MDR
- Work with our computer vision engineers and our MLOps engineer on deployment to hospital sites

# What we are looking for
- PhD or MSc in deep learning, medical image analysis or a related field
- Strong Python and PyTorch; experience with MONAI is a plus
- A solid grounding in linear algebra and probability
- Experience with Docker and Git
- You write clearly and enjoy discussing results with clinicians

# What we offer
A salary between €5,000 and €7,000 gross per month, 8% holiday allowance, 27 vacation days and a good pension plan. Candidates from abroad may be eligible for the 30% ruling.

Hartlijn Imaging is an equal opportunity employer. Acquisition in response to this vacancy is not appreciated.`,
    role: "DLS",
    sector: SECTOR.HEALTH,
    countries: ["NL"],
    mentions: ["DLS", "Neural networks", "PyTorch", "Data cleaning", "Model evaluation", "CVE", "MLE", "Python", "Linear algebra", "Probability", "Docker", "Git", "Communication"],
  },
  {
    id: 't18-b-27',
    title: "Computer Vision Engineer – Perception",
    company: "Garrofa Mobility S.L.",
    location: "Barcelona",
    format: 'raw',
    body: `<div><span style="font-size: 11pt;">Garrofa builds the self-driving system for last-mile delivery vans and airport shuttles. Our vehicles already run without a safety driver in three European cities, and we are working with two van makers to bring our stack into series production.</span></div><div><br></div><div><span style="font-size: 11pt;">As a Computer Vision Engineer in the Perception team (14 engineers, based in our R&amp;D centre in Poblenou), you will work on how our vehicles see pedestrians, cyclists and everything else on the road.</span></div><div><br></div><div><b>What you'll do</b></div><ul><li>Develop 3D object detection and multi-object tracking from camera and lidar data</li><li>Train and optimise CNN and BEV transformer models in PyTorch, and deploy them with TensorRT on the vehicle computer</li><li>Build evaluation pipelines that measure precision, recall and tracking metrics per scenario, and dig into failure cases</li><li>Work with our robotics engineers on sensor calibration and with our data engineers on the labelling pipeline</li></ul><div><b>What we're looking for</b></div><ul><li>MSc or PhD in computer vision, robotics or a related field</li><li>3+ years of production C++ and Python</li><li>Solid multi-view geometry and linear algebra</li><li>Experience with ROS 2 and Docker</li><li>A problem-solving mindset and clear communication in English</li><li>Nice to have: CUDA, and Kubernetes-based training clusters</li></ul><div><b>What we offer</b></div><ul><li>Competitive salary and stock options</li><li>Flexible hours, 2 days a week from home</li><li>Private health insurance and meal vouchers</li><li>Relocation package for candidates moving to Barcelona</li></ul>`,
    role: "CVE",
    sector: SECTOR.AUTO,
    countries: ["ES"],
    mentions: ["CVE", "Neural networks", "PyTorch", "Model evaluation", "ROBO", "DE", "C++", "Python", "Linear algebra", "Docker", "Kubernetes", "Problem-solving", "Communication"],
  },
  {
    id: 't18-b-28',
    title: "Research Scientist, Efficient Language Models",
    company: "Firnline AI AG",
    location: "Zurich, Switzerland",
    format: 'html',
    body: `Firnline is an AI company based in Zurich. We build small, efficient language models that organisations can run on their own hardware, and we license them to customers in banking, healthcare, manufacturing and the public sector.

# About the role
We are looking for research scientists to push the frontier of efficient training and inference: distillation, quantisation, sparse mixture-of-experts and better pretraining data. You will own research projects end to end, from idea to a model our customers run in production.

# Responsibilities
- Design and run large-scale pretraining and fine-tuning experiments on our GPU cluster
- Develop new methods for preference optimisation, including RLHF and its alternatives
- Build evaluation suites and analyse model behaviour beyond benchmark scores
- Publish at top venues and contribute to our open-weight releases

# Qualifications
- PhD in machine learning, NLP or a related field, or equivalent research experience
- Publications at NeurIPS, ICML, ICLR, ACL or similar venues
- Deep understanding of transformer architectures and optimisation
- Fluent in Python and PyTorch or JAX; experience with distributed training (FSDP, DeepSpeed)
- Strong mathematical background in linear algebra, probability and calculus

# What we offer
CHF 150,000–210,000 plus equity, a generous compute budget for your own ideas, 25 vacation days, a half-fare travelcard and a conference budget.`,
    role: "ARS",
    sector: SECTOR.IT,
    countries: ["CH"],
    mentions: ["ARS", "Reinforcement learning", "Model evaluation", "Neural networks", "Python", "PyTorch", "Linear algebra", "Probability", "Calculus"],
  },
  {
    id: 't18-b-29',
    title: "Data Scientist, Pricing",
    company: "Kazahana Travel K.K.",
    location: "Minato-ku, Tokyo, Japan",
    industry: "Travel Arrangements",
    format: 'double',
    body: `Kazahana Travel is one of Japan's leading online travel agencies. Travellers book hotels, ryokan, flights and tour packages with us – more than 12 million bookings last year.

# The role
Our Pricing & Revenue team is hiring a Data Scientist to build the models behind package pricing, coupons and seasonal promotions.

# Responsibilities
- Build demand forecasting and price elasticity models (Bayesian hierarchical models, gradient boosting)
- Design and analyse A/B tests of prices and coupons
- Monitor model accuracy after launch and retrain when demand shifts
- Present results to the business side in Japanese and English

# Requirements
- 3+ years as a data scientist in e-commerce, travel or a similar consumer business
- Python (pandas, NumPy, scikit-learn) and SQL
- Solid statistics: regression, Bayesian inference and experimental design
- Business-level Japanese (JLPT N1 or equivalent) and conversational English

# Nice to have
- Experience with Spark or BigQuery
- Experience with Tableau or Looker Studio

# Benefits
Annual salary JPY 9,000,000–13,000,000 depending on experience, commuting allowance, full social insurance, flextime, remote work up to three days a week and discounts on our own travel packages.`,
    role: "DS",
    sector: null,
    countries: ["JP"],
    mentions: ["DS", "Probability", "Decision trees", "Hypothesis testing", "Model evaluation", "Communication", "Python", "Pandas", "NumPy", "Scikit-learn", "Regression", "Apache Spark", "Tableau", "Google Data Studio"],
  },
  {
    id: 't18-b-30',
    title: "NLP Engineer (Korean Language Models)",
    company: "Hangang Media Group",
    location: "Seoul, South Korea",
    format: 'raw',
    body: `<p style="min-height:1.5em">Hangang Media Group publishes two national daily newspapers, a weekly business magazine and a news site read by nine million people a month. Our Newsroom Technology team builds the tools that help our 600 journalists and editors report, write and publish faster.</p><p style="min-height:1.5em">As an NLP engineer, you will build the models behind article summaries, automatic tagging and Korean–English translation of our reporting.</p><h3>What you&#39;ll do</h3><ul><li><p style="min-height:1.5em">Fine-tune Korean transformer language models for summarisation, named-entity recognition and topic classification</p></li><li><p style="min-height:1.5em">Build retrieval pipelines over our 40-year article archive</p></li><li><p style="min-height:1.5em">Evaluate model output together with editors: factuality checks, human ratings and automatic metrics</p></li><li><p style="min-height:1.5em">Serve models through internal APIs used by our content management system</p></li></ul><h3>What we&#39;re looking for</h3><ul><li><p style="min-height:1.5em">3+ years of industry experience in NLP</p></li><li><p style="min-height:1.5em">Python, PyTorch and the Hugging Face ecosystem</p></li><li><p style="min-height:1.5em">Experience with Docker and Kubernetes</p></li><li><p style="min-height:1.5em">Fluent Korean and working English</p></li><li><p style="min-height:1.5em">Curiosity and the habit of keeping up with a fast-moving field</p></li></ul><h3>Benefits</h3><ul><li><p style="min-height:1.5em">Annual performance bonus and housing loan support</p></li><li><p style="min-height:1.5em">Flexible working hours and two remote days a week</p></li><li><p style="min-height:1.5em">Free subscriptions to all our publications</p></li></ul>`,
    role: "NLP_ENG",
    sector: null,
    countries: ["KR"],
    mentions: ["NLP_ENG", "Neural networks", "Model evaluation", "APIs", "Python", "PyTorch", "Docker", "Kubernetes", "Continuous learning"],
  },
  {
    id: 't18-b-31',
    title: "Senior Data Engineer",
    company: "Gilboa Risk Technologies Ltd.",
    location: "Tel Aviv-Yafo, Israel",
    industry: "Computer Software",
    format: 'escaped',
    body: `Gilboa builds real-time fraud and anti-money-laundering detection for banks and payment providers. Our platform scores more than 400 million transactions a day for 60 financial institutions in Europe, Israel and Latin America.

# About the role
We're looking for a Senior Data Engineer to join our Data Platform group and own the streaming pipelines that feed our fraud models.

# What you'll do
- Design and build streaming and batch pipelines with Kafka, Flink and Spark
- Build our feature store and work with data scientists on new transaction features (velocity, device and merchant aggregates)
- Own data quality: validation, deduplication and handling of late events
- Work closely with our ML engineers to take models from research to production
- Improve our CI/CD and infrastructure as code (GitHub Actions, Terraform, EKS, SageMaker)

# Requirements
- 6+ years of experience as a data engineer or backend engineer
- Strong in Java or Scala, and in Python
- Deep experience with Kafka and at least one stream processor
- Experience with Docker and Kubernetes
- Strong ownership and excellent communication skills in English

# Nice to have
- Experience in fintech, payments or banking
- Experience with ClickHouse or Pinot

Gilboa is an equal opportunity employer.`,
    role: "DE",
    sector: SECTOR.FIN,
    countries: ["IL"],
    mentions: ["DE", "Kafka", "Apache Spark", "Feature engineering", "DS", "Data cleaning", "MLE", "Deployment pipelines", "Git", "Kubernetes", "AWS SageMaker", "Java", "Python", "Docker", "Communication"],
  },
  {
    id: 't18-b-32',
    title: "Business Intelligence Analyst",
    company: "General Authority for Roads and Mobility",
    location: "Abu Dhabi, United Arab Emirates",
    format: 'raw',
    body: `<h2>Job Purpose</h2>
<p>The Business Intelligence Analyst supports the Strategy &amp; Performance Sector by turning data from public bus, taxi, parking and traffic systems into reports and key performance indicators for senior management and government stakeholders.</p>
<h2>Key Responsibilities</h2>
<ul>
<li>Develop and maintain Power BI dashboards for bus ridership, taxi performance and parking occupancy.</li>
<li>Consolidate, clean and validate data received from operational systems and partner entities.</li>
<li>Prepare monthly performance reports for the Office of the Director General and for government KPI platforms.</li>
<li>Support the Data Governance Office in maintaining the Authority&#39;s data catalogue.</li>
<li>Perform any other duties assigned by the line manager.</li>
</ul>
<h2>Qualifications and Experience</h2>
<ul>
<li>Bachelor&#39;s degree in Information Systems, Statistics, Engineering or a related field.</li>
<li>Minimum 4 years of experience in business intelligence or data analysis, preferably in government or transport.</li>
<li>Advanced SQL, Power BI (DAX) and Excel; knowledge of Tableau is an advantage.</li>
<li>Microsoft Certified: Power BI Data Analyst Associate is preferred.</li>
<li>Excellent communication and presentation skills in English; Arabic is preferred.</li>
</ul>
<h2>About the Authority</h2>
<p>The General Authority for Roads and Mobility is the government entity responsible for planning and regulating public transport, taxis, parking and road traffic in the Emirate of Abu Dhabi. UAE Nationals are encouraged to apply.</p>`,
    role: "BIA",
    sector: SECTOR.PUBLIC,
    countries: ["AE"],
    mentions: ["BIA", "Power BI", "Data cleaning", "Tableau", "Communication"],
  },
  {
    id: 't18-b-33',
    title: "Senior Product Manager, AI",
    company: "Kapivara Cloud Ltda.",
    location: "Remote - Brazil",
    format: 'text',
    body: `Kapivara Cloud is the customer-service platform that 11,000 companies in Latin America – from clinics and schools to retailers and banks – use to answer their customers on WhatsApp, Instagram, email and phone.

# The role
We're hiring a Product Manager for AI to lead our AI Assistant: the LLM-based agent that drafts replies, summarises conversations and resolves simple requests on its own. You'll work with a squad of four ML engineers, an NLP engineer and a product designer.

# What you'll do
- Own the roadmap and success metrics for the AI Assistant
- Define evaluation criteria with the ML team: answer quality, resolution rate and hallucination rate
- Run A/B experiments in production and decide what ships
- Talk to customers every week and turn what you learn into product decisions
- Write clear specs and communicate progress to leadership and to the sales and support teams

# What we're looking for
- 5+ years of product management in B2B SaaS, including at least 2 years on ML or AI products
- Comfortable with data: you can write SQL and read a dashboard without help
- Strong business sense: pricing, packaging and the unit economics of LLM features
- Fluent English and Portuguese; Spanish is a plus

# Benefits
CLT or PJ contract, health and dental plan, home-office allowance, meal card, annual company offsite and 30 days of paid vacation.`,
    role: "AIPM",
    sector: SECTOR.IT,
    countries: ["BR"],
    mentions: ["AIPM", "MLE", "NLP_ENG", "Model evaluation", "Hypothesis testing", "Communication", "Business acumen"],
  },
  {
    id: 't18-b-34',
    title: "Supply Chain Planner (Bilingual)",
    company: "Garambullo Logística, S.A. de C.V.",
    location: "Monterrey, NL, Mexico",
    format: 'raw',
    body: `<p><strong>Company Description</strong></p><p>Garambullo Logística is a third-party logistics provider offering cross-border trucking, customs brokerage and contract warehousing between northern Mexico and Texas. Our 1,100 employees move freight every day for manufacturers of appliances, auto parts and beverages.</p><p><strong>Job Description</strong></p><ul><li>Plan weekly inbound and outbound volumes for our warehouse clients in Apodaca and Santa Catarina.</li><li>Coordinate carrier capacity and customs documentation with the brokerage team.</li><li>Track KPIs (OTIF, dock-to-stock, inventory accuracy) and report them weekly to clients.</li><li>Maintain planning files in Excel and in our WMS.</li></ul><p><strong>Qualifications</strong></p><ul><li>Bachelor&#39;s degree in Industrial Engineering, Logistics or a related field.</li><li>2+ years in supply chain planning or logistics operations.</li><li>Advanced Excel; Power BI is a plus.</li><li>Bilingual English–Spanish (80% or higher).</li><li>Problem-solving skills and the ability to work under pressure.</li></ul><p><strong>Additional Information</strong></p><ul><li>Competitive salary and benefits above the legal minimum</li><li>Grocery vouchers and savings fund</li><li>Major medical insurance</li><li>Company transportation</li></ul>`,
    role: null,
    sector: null,
    countries: ["MX"],
    mentions: ["Power BI", "Problem-solving"],
  },
  {
    id: 't18-b-35',
    title: "Senior Java Developer (Kotlin welcome)",
    company: "Jesion Systems Sp. z o.o.",
    location: "Warszawa, Poland",
    format: 'double',
    body: `Jesion Systems is a Polish software company behind a document-management and e-signature platform used by 3,000 organisations across Central and Eastern Europe – law firms, manufacturers, logistics companies and public hospitals among them.

# Your responsibilities
- Develop backend services in Java 21 and Spring Boot for our document workflow engine
- Design REST APIs and event-driven integrations (Kafka)
- Write tests, keep our regression suite green and improve our GitLab CI pipelines
- Work with product owners, QA and DevOps in a Scrum team of seven
- Take part in code reviews and technical design discussions

# Our requirements
- 5+ years of commercial experience with Java
- Spring Boot, Hibernate and PostgreSQL
- Docker; Kubernetes is a plus
- Git and trunk-based development
- English at B2 level or higher; Polish is not required
- Ownership, problem-solving skills and a willingness to learn new technologies

# We offer
- B2B: 24,000–30,000 PLN net + VAT per month, or employment contract: 20,000–25,000 PLN gross
- Fully remote work within Poland or hybrid from our Warsaw office
- Private medical care, sports card and English lessons
- Paid certifications (AWS, Oracle) and a yearly conference budget`,
    role: null,
    sector: SECTOR.IT,
    countries: ["PL"],
    mentions: ["Java", "APIs", "Kafka", "Git", "Deployment pipelines", "Docker", "Kubernetes", "Problem-solving", "Continuous learning"],
  },
  {
    id: 't18-b-36',
    title: "MLOps Engineer",
    company: "Isfjell Climate Institute",
    location: "Remote - Europe",
    countryHints: ["NO", "DE", "NL", "PT"],
    format: 'raw',
    body: `<p style="min-height:1.5em">The Isfjell Climate Institute is an independent, non-profit research institute that produces open seasonal climate forecasts for farmers, aid agencies and governments in East Africa and South Asia. We are funded by philanthropic foundations and publish all our models and data under open licences.</p><h2>About the role</h2><p style="min-height:1.5em">Our forecasts come from an ensemble of physics-based and machine learning models. As our first MLOps Engineer you will make that ensemble reliable: reproducible training, automated releases, and monitoring that tells us when a model starts to drift.</p><h2>What you&#39;ll do</h2><ul><li><p style="min-height:1.5em">Build training and inference pipelines on Kubernetes with Kubeflow Pipelines</p></li><li><p style="min-height:1.5em">Set up experiment tracking and a model registry with MLflow</p></li><li><p style="min-height:1.5em">Automate releases with GitHub Actions and containerise our workloads with Docker</p></li><li><p style="min-height:1.5em">Monitor forecast skill and data drift, and alert the science team when a model degrades</p></li><li><p style="min-height:1.5em">Help our climate scientists and data scientists write better, tested Python</p></li></ul><h2>What we&#39;re looking for</h2><ul><li><p style="min-height:1.5em">4+ years in MLOps, ML platform or backend engineering</p></li><li><p style="min-height:1.5em">Strong Python and infrastructure as code (Terraform)</p></li><li><p style="min-height:1.5em">Experience running Kubernetes in production</p></li><li><p style="min-height:1.5em">Experience with xarray, Zarr or other large gridded datasets is a plus</p></li><li><p style="min-height:1.5em">Clear written communication – we work asynchronously across five time zones</p></li></ul><h2>What we offer</h2><ul><li><p style="min-height:1.5em">€70,000–€90,000 depending on location, paid through our employer of record</p></li><li><p style="min-height:1.5em">We can employ you in Norway, Germany, the Netherlands or Portugal</p></li><li><p style="min-height:1.5em">30 days of holiday and two team retreats a year</p></li></ul>`,
    role: "MLE",
    sector: null,
    countries: ["NO", "DE", "NL", "PT"],
    mentions: ["MLE", "Kubernetes", "Kubeflow", "MLflow", "Git", "Deployment pipelines", "Docker", "Model evaluation", "DS", "Python", "Communication"],
  },
];
