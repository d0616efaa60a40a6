// test18, half D: 36 held-out postings from non-English-speaking countries: 24 written in German, French, Spanish,
// Portuguese, Italian, Dutch, Polish or Swedish, and 12 in English from employers in continental Europe, Latin America and Taiwan.
//
// Composition
// - Countries: DE 01 04 05 25; AT 02 35; CH 03 08; FR 06 30; BE 07 22; LU 09; CA (Québec) 10; ES 11; MX 12; AR 13;
//   CO 14; CL 15 34; BR 16 17 33; PT 18 31; IT 19 20 32; NL 21; PL 23; SE 24; DK 26; CZ 27; TW 28;
//   PL+RO+BG 36 (remote within the region); none 29 (location "Hybrid", no country hint).
//   Languages: German 01-05 (DE, AT, CH); French 06-10 (FR, BE, CH, LU, CA-QC); Spanish 11-15 (ES, MX, AR, CO, CL);
//   Portuguese 16-18 (BR, BR, PT); Italian 19-20; Dutch 21-22 (NL, BE); Polish 23; Swedish 24; English 25-36.
// - Roles (24 titled as a seed role): DS 01 08 12 21; MLE 02 14 16 25; DE 03 11 31; BIA 05 07 27; CVE 06 15;
//   ROBO 10 28; NLP_ENG 23 30; ARS 24 26; DLS 18; AIPM 19.
//   Other jobs, role null (12): 04 maintenance technician, 09 securities back-office clerk, 13 accountant, 17 support
//   analyst, 20 Java developer, 22 pharmacy assistant, 29 analytics engineer, 32 strategy consultant, 33 sales
//   development rep, 34 reliability engineer (mining), 35 backend software engineer, 36 Python developer.
// - Sectors: IT 5 (17 20 23 28 30); FIN 5 (01 07 09 12 16); HEALTH 4 (03 18 22 26); RETAIL 4 (05 08 14 25);
//   TELCO 3 (02 11 19); AUTO 4 (04 06 10 24); PUBLIC 3 (15 21 35); null 8 (13 27 29 31 32 33 34 36).
// - Formats: raw 12 (01 16 26 Workday jobDescription; 06 SmartRecruiters sections; 10 Workable description;
//   11 25 Greenhouse content, entity-escaped; 12 35 Lever description; 18 Recruitee description; 23 JSON-LD
//   description; 30 Ashby descriptionHtml); html 02 07 14 24 27; div 04 15 20 32 34; escaped 05 19 21 29 36;
//   double 08 13 28 33; text 03 09 17 22 31.
// - Board industry field on: 02 Telekommunikation, 09 Services financiers, 13 Agropecuaria, 27 Travel Arrangements,
//   33 Advertising Services, 36 Staffing and Recruiting.
//
// Hard calls
// Sector — by docs/sector-labels.md ("the employer's own business decides"; "a company made for one sector belongs to it"):
//   04 makes gearboxes and axles for commercial vehicles and farm machines: a vehicle supplier / machine maker → AUTO.
//   09 no intro; the name (Fund Services) and the board field "Services financiers" say fund administration → FIN.
//   10 designs and builds robotic cells for factories: a machine maker, systems for factories → AUTO.
//   15 traffic-management systems sold to municipalities and transport authorities → PUBLIC (Smart Cities).
//   17 cloud ERP for small firms in commerce, services and industry: business software any company uses → IT.
//   18 diagnostic-imaging software certified as a medical device, sold to hospitals → HEALTH.
//   20 software house whose clients are in logistics, energy and public administration (many industries) → IT.
//   21 a Dutch water board (waterschap) is a government body → PUBLIC.
//   23 document-analysis platform used by banks, insurers, logistics firms and public offices (many industries) → IT.
//   25 online store that sells brands' and private sellers' clothing; it makes nothing → RETAIL.
//   28 wafer foundry: makers of chips are IT, even though the job is factory robotics → IT.
//   30 software for law firms: law is none of the seven, so a software company serving it → IT.
//   35 smart-parking sensors and software for cities → PUBLIC (Smart Cities).
//   13 farming and grain storage; 27 tour operator; 29 hotel group; 31 wind and solar operator; 32 management
//   consultancy; 33 advertising screens (media); 34 copper mine → null (none of the seven).
//   36 staffing agency recruiting for an unnamed client → null (recruiters rule).
// Role — 16 "Pleno" and 23 "Starszy/Senior" are levels; 18 "Especialista em Deep Learning" → DLS; 24 "AI-forskare"
//   (AI research scientist) → ARS; 26 "Research Scientist, Machine Learning for ..." has an ML topic → ARS although
//   the employer is a biotech; 27 "Business Intelligence Developer" → BIA; 28 "Robotics Engineer" at a chipmaker →
//   ROBO; 29 Analytics Engineer, 35 Backend Software Engineer, 32 "Consultant – Data & AI Strategy" and
//   34 Reliability Engineer → null.
// Countries — 03 "Dielsdorf, ZH" and 08 "Crissier, VD" are Swiss canton codes → CH; 06 "(78)" is the Yvelines
//   département → FR; 09 "L-3364" is a Luxembourg postcode → LU; 10 "QC" → CA; 13 "Rosario, Santa Fe" is the
//   Argentine province, not New Mexico → AR; 15 "Las Condes, Región Metropolitana" and 34 "Región de Antofagasta" →
//   CL; 16 and 33 "SP" is São Paulo state → BR; 17 "Remoto" with countryHints BR → BR; 20 "(BO)" is the province of
//   Bologna → IT; 21 "Houten, Utrecht" → NL; 22 "9000 Gent" → BE; 26 "DK - Søborg" → DK; 27 "Praha 8 – Karlín" →
//   CZ; 29 "Hybrid" with no hint → [] although the body names Barcelona; 30 "Paris" → FR; 11 and 32 list two cities
//   of one country → one code; 36 "Remote - Poland, Romania, Bulgaria" → PL, RO, BG.
// Mentions — roles from the body only (a title's role counts when the body names it too); soft skills only when asked
//   of the candidate; employer-paid training or learning budgets are not Continuous learning; language levels
//   ("Good English") are not Communication; plain Azure / Azure Databricks / AWS services are not Azure ML or SageMaker;
//   SQL, dbt, Airflow, OpenCV, ROS, JAX, Scala, Go, Excel are not labels.
//   01 DS (body "Berufserfahrung als Data Scientist"); "leiten aussagekräftige Merkmale ab" → Feature engineering;
//      GLM → Regression; Gradient Boosting → Decision trees; comparing by "Gütemaße" → Model evaluation;
//      "Wahrscheinlichkeitstheorie" → Probability; "Freude am Lösen komplexer Probleme" → Problem-solving.
//   02 no MLE ("Machine-Learning-Modelle", "MLOps-Plattform" are not the role); drift monitoring → Model evaluation;
//      GitLab CI → Git + Deployment pipelines; "Bereitschaft, dich laufend weiterzubilden" → Continuous learning.
//   03 "Plausibilisierung, Bereinigung" → Data cleaning; "BI-Analysten" → BIA; "Azure DevOps Pipelines" → Deployment
//      pipelines; datasets for Power BI reports are not Visualization by this engineer; HL7/FHIR not APIs.
//   04 only "Spaß am Lösen technischer Probleme" → Problem-solving; robot cells and PLCs are not labels.
//   05 test and control stores checked for significance → Hypothesis testing; dashboards → Visualization;
//      "kaufmännisches Denken" → Business acumen; "Ergebnisse verständlich zu präsentieren" → Communication.
//   06 no CVE ("vision par ordinateur" names the field, not the role); "réseaux de neurones convolutifs" → Neural
//      networks; performance metrics and evaluation campaigns → Model evaluation; "data engineers" → DE.
//   07 checking data quality and flagging anomalies → Data cleaning (validating data); "analyste BI" → BIA;
//      "vulgariser des sujets techniques" → Communication; "analyste de données" is no seed role.
//   08 "variables explicatives" → Feature engineering; "prévisions probabilistes" → Probability; backtesting/MAPE →
//      Model evaluation; LightGBM → Decision trees; "Sens du business" → Business acumen.
//   09 only Python; VBA/Excel no label; "travailler sous pression" not Adaptability.
//   10 ROBO (body "l'ingénieur(e) en robotique participe"); "résoudre des problèmes" → Problem-solving; vision-guided
//      picking is not CVE.
//   11 PySpark → Apache Spark; "validaciones, deduplicación" → Data cleaning; GitHub Actions → Git + Deployment
//      pipelines; Java counted (Scala no label).
//   12 DS (body names "Científico(a) de Datos"); regresión logística → Regression; XGBoost → Decision trees;
//      "Construir variables" → Feature engineering; KS/AUC/PSI → Model evaluation; A/B → Hypothesis testing.
//   13 only Power BI ("deseable").
//   14 MLE (body names the role); "pipelines de features" → Feature engineering; "científicos de datos" → DS;
//      "ingenieros de datos" → DE; "redes neuronales" → Neural networks; CI/CD → Deployment pipelines.
//   15 no CVE in the body; "depurar los conjuntos de datos" → Data cleaning; "Evaluar el desempeño" → Model evaluation.
//   16 MLE ("pessoa Engenheira de Machine Learning"); "features em streaming" → Feature engineering; the AWS ML
//      Specialty certificate is named exactly → CERT_AWS; "cientistas de dados" → DS.
//   17 "APIs REST" → APIs; "foco na resolução de problemas" → Problem-solving.
//   18 DLS (body names the role); CNNs and vision transformers → Neural networks; "Acompanhar a literatura
//      científica e propor novas abordagens" is asked of the candidate → Continuous learning.
//   19 AIPM (body "Come AI Product Manager"); "NLP engineer e data scientist" → NLP_ENG, DS; LLMs alone are not
//      Neural networks (no architecture named); answer-quality monitoring → Model evaluation; "orientamento al
//      business" → Business acumen.
//   20 Jenkins → Deployment pipelines; "Formazione continua" is offered by the employer → not Continuous learning.
//   21 "schoont meetreeksen op" → Data cleaning; "houdt je kennis actief bij" → Continuous learning; plain Azure no label.
//   22 "communicatief" → Communication only.
//   23 "modeli językowych typu transformer" → Neural networks; "inżynierami ML", "ML Engineer" → MLE; inflected
//      Pythona/PyTorcha/Dockerem/Kubernetesem counted; "rozwiązywania problemów" → Problem-solving.
//   24 ARS (body "söker vi en AI-forskare"); "förstärkningsinlärning" → Reinforcement learning; "robotik" is a field,
//      not ROBO; "sannolikhetslära" → Probability.
//   25 no MLE in the body; "2 data scientists" → DS; feature pipelines → Feature engineering; NDCG/MRR → Model
//      evaluation; gradient boosted trees → Decision trees; "neural ranking models" → Neural networks; Spark (nice
//      to have) → Apache Spark; "product managers" is not AIPM.
//   26 ARS ("As Research Scientist", "machine learning researchers"); graph neural networks → Neural networks;
//      "data engineers" → DE.
//   27 BIA ("BI Developer or BI Analyst"); "willingness to learn new tools" → Continuous learning; "business side of
//      travel" → Business acumen; "Good English" not Communication.
//   28 ROBO (body "hiring a Robotics Engineer"); "English communication skills" → Communication.
//   29 "validate and deduplicate" → Data cleaning; "BI analysts" → BIA; Tableau is named but the dashboards are built by
//      the analysts, so no Visualization; GitHub → Git.
//   30 NLP_ENG (body); "ML engineers" → MLE; transformer models → Neural networks; logistic regression → Regression;
//      gradient boosting → Decision trees; "product managers" not AIPM.
//   31 DE (body "As Senior Data Engineer"); quality checks for faults, gaps and duplicates → Data cleaning.
//   32 "data scientists, data engineers and AI product managers" → DS, DE, AIPM; the Google Professional ML
//      Engineer certification is named → CERT_GCP; "a good sense for business" → Business acumen.
//   33 "adaptable attitude" → Adaptability.
//   34 "data scientists" → DS; Power BI dashboards → Visualization; Weibull analysis is not labelled Probability.
//   35 REST and GraphQL APIs → APIs; GitLab CI → Git + Deployment pipelines; Java counted; the "city dashboards" are
//      the product's, not Visualization asked of the engineer.
//   36 GitHub → Git; CI/CD pipelines → Deployment pipelines.
// Label review (docs/mention-labels.md)
// - t18-d-02: − Model evaluation ("überwachst die Modelle im Betrieb und erkennst Daten- und Modelldrift" only)
// - t18-d-05: − Visualization ("Dashboards und Standardberichte in Power BI" only)
// - t18-d-07: − Visualization ("tableaux de bord sous Power BI" only)
// - t18-d-27: − Visualization ("Build and maintain Power BI dashboards" only)
// - t18-d-34: − Visualization ("publish them on Power BI dashboards" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST18_D: HoldoutCase[] = [
  {
    id: 't18-d-01',
    title: 'Data Scientist (m/w/d) Schadenprognose',
    company: 'Rosskamp Versicherung AG',
    location: 'Köln, Nordrhein-Westfalen',
    format: 'raw',
    body: `<p><b>Über uns</b></p><p>Die Rosskamp Versicherung AG ist ein regional verwurzelter Sach- und Haftpflichtversicherer mit rund 1.900 Mitarbeitenden. Wir versichern Privatkunden, Handwerksbetriebe und landwirtschaftliche Betriebe im Rheinland und am Niederrhein – persönlich, fair und seit 1898. Unser Bereich Aktuariat &amp; Analytik baut gerade ein kleines Data-Science-Team auf, das eng an den Sparten Kraftfahrt und Gebäude arbeitet.</p><p></p><p><b>Ihre Aufgaben</b></p><ul><li>Sie entwickeln Modelle zur Prognose von Schadenhäufigkeit und Schadenhöhe in der Kfz- und Wohngebäudeversicherung.</li><li>Sie bereiten Schaden- und Vertragsdaten aus unseren Bestandssystemen auf, bereinigen sie und leiten aussagekräftige Merkmale ab, zum Beispiel aus Geodaten und Wetterereignissen.</li><li>Sie setzen Generalisierte Lineare Modelle (GLM) und Gradient Boosting ein und vergleichen beide Ansätze anhand geeigneter Gütemaße.</li><li>Sie arbeiten eng mit Aktuaren, Data Engineers und den Fachbereichen zusammen und präsentieren Ihre Ergebnisse verständlich – auch vor dem Vorstand.</li><li>Sie überführen Modelle gemeinsam mit der IT in den Produktivbetrieb und dokumentieren sie nach den Vorgaben der BaFin.</li></ul><p><b>Ihr Profil</b></p><ul><li>Abgeschlossenes Studium der Mathematik, Statistik, Physik oder eines vergleichbaren Fachs</li><li>Mindestens drei Jahre Berufserfahrung als Data Scientist, idealerweise in der Versicherungs- oder Finanzbranche</li><li>Sehr gute Kenntnisse in Python (pandas, scikit-learn) oder R sowie in SQL</li><li>Fundiertes Wissen in Statistik und Wahrscheinlichkeitstheorie</li><li>Freude am Lösen komplexer Probleme, Kommunikationsstärke und sehr gute Deutschkenntnisse</li></ul><p><b>Was wir bieten</b></p><ul><li>30 Tage Urlaub, flexible Arbeitszeiten und bis zu drei Tage mobiles Arbeiten pro Woche</li><li>Vergütung nach Tarifvertrag der privaten Versicherungswirtschaft, betriebliche Altersvorsorge</li><li>Deutschlandticket als Jobticket, Betriebsrestaurant und Fahrradleasing</li></ul><p>Wir freuen uns auf Ihre Bewerbung unter Angabe Ihrer Gehaltsvorstellung und Ihres frühestmöglichen Eintrittstermins. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['DS', 'DE', 'Data cleaning', 'Feature engineering', 'Regression', 'Decision trees', 'Model evaluation', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Probability', 'Problem-solving', 'Communication'],
  },
  {
    id: 't18-d-02',
    title: 'Machine Learning Engineer (w/m/d)',
    company: 'Wellenstein Telekom GmbH',
    location: '1030 Wien',
    industry: 'Telekommunikation',
    format: 'html',
    body: `Wellenstein Telekom versorgt über 2,4 Millionen Kundinnen und Kunden in Österreich mit Mobilfunk, Glasfaser-Internet und TV. Unser Data & AI Team in Wien-Landstraße macht aus Netz- und Nutzungsdaten bessere Produkte.

# Deine Aufgaben
- Du bringst Machine-Learning-Modelle (z. B. Churn-Prognose, Auslastung der Funkzellen) gemeinsam mit unseren Data Scientists in Produktion.
- Du baust und betreust unsere MLOps-Plattform auf Basis von Kubernetes, MLflow und GitLab CI.
- Du entwickelst REST-APIs, über die Webshop, App und Kundenservice die Modelle abfragen.
- Du überwachst die Modelle im Betrieb und erkennst Daten- und Modelldrift frühzeitig.

# Dein Profil
- Abgeschlossene Ausbildung in Informatik, Mathematik oder vergleichbar (HTL, FH oder Uni)
- Mind. 3 Jahre Erfahrung in der Softwareentwicklung mit Python
- Erfahrung mit Docker und Kubernetes, idealerweise auch mit PyTorch oder TensorFlow
- Teamgeist, Eigenverantwortung und die Bereitschaft, dich laufend weiterzubilden
- Sehr gute Deutsch- und gute Englischkenntnisse

# Wir bieten
- Flexible Arbeitszeiten und bis zu 60 % Homeoffice
- Öffi-Jahreskarte, Essenszuschuss und vergünstigte Tarife für dich und deine Familie
- Weiterbildungsbudget und interne Tech-Talks

Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 3.900 brutto pro Monat (14 Gehälter) auf Basis Vollzeit. Abhängig von Qualifikation und Erfahrung ist eine Überzahlung vorgesehen.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['AT'],
    mentions: ['DS', 'Kubernetes', 'MLflow', 'Git', 'Deployment pipelines', 'APIs', 'Python', 'Docker', 'PyTorch', 'TensorFlow', 'Continuous learning'],
  },
  {
    id: 't18-d-03',
    title: 'Data Engineer (w/m/d) 80–100 %',
    company: 'Wehntal Spitäler AG',
    location: 'Dielsdorf, ZH',
    format: 'text',
    body: `Die Wehntal Spitäler AG betreibt zwei Akutspitäler und ein Rehabilitationszentrum im Zürcher Unterland. Rund 1'400 Mitarbeitende betreuen jährlich über 18'000 stationäre Patientinnen und Patienten.

Mit der Einführung unseres neuen Klinikinformationssystems bauen wir ein zentrales Data Warehouse auf. Dafür suchen wir per sofort oder nach Vereinbarung eine engagierte Persönlichkeit.

# Ihre Aufgaben
- Aufbau und Betrieb der Datenstrecken aus dem KIS, dem Laborsystem und der Leistungsabrechnung
- Modellierung und Pflege des Data Warehouse (SQL Server, dbt)
- Sicherstellen der Datenqualität: Plausibilisierung, Bereinigung und Dokumentation der Daten
- Bereitstellen von Datensätzen für Controlling, Qualitätsmanagement und Power BI Berichte
- Enge Zusammenarbeit mit den BI-Analysten und der Medizininformatik

# Ihr Profil
- Abschluss in Informatik, Wirtschaftsinformatik oder Medizininformatik (FH, ETH oder Uni)
- Mehrjährige Erfahrung als Data Engineer oder im Data-Warehouse-Umfeld
- Sehr gute SQL-Kenntnisse, Python von Vorteil
- Erfahrung mit Versionsverwaltung (Git) und Azure DevOps Pipelines
- Kenntnisse von HL7 und FHIR sind ein Plus
- Exakte, selbständige Arbeitsweise und gute Kommunikationsfähigkeiten

# Wir bieten
- 5 Wochen Ferien, ab dem 50. Altersjahr 6 Wochen
- Grosszügige Unterstützung bei Weiterbildungen
- Personalrestaurant und vergünstigte Parkplätze

Haben wir Ihr Interesse geweckt? Wir freuen uns auf Ihre vollständige Online-Bewerbung.`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['DE', 'Data cleaning', 'Power BI', 'BIA', 'Python', 'Git', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't18-d-04',
    title: 'Instandhaltungstechniker (m/w/d) Elektrotechnik',
    company: 'Volkerding Antriebstechnik GmbH',
    location: '33719 Bielefeld',
    format: 'div',
    body: `Volkerding Antriebstechnik entwickelt und fertigt seit über 60 Jahren Getriebe, Achsmodule und elektrische Antriebe für Nutzfahrzeuge und Landmaschinen. An unserem Standort Bielefeld-Heepen arbeiten rund 650 Kolleginnen und Kollegen im Dreischichtbetrieb.

# Ihre Aufgaben
- Wartung, Inspektion und Instandsetzung unserer Fertigungsanlagen, Prüfstände und Roboterzellen
- Fehlersuche an elektrischen und elektronischen Komponenten sowie an SPS-Steuerungen (Siemens S7, TIA Portal)
- Umsetzung von Verbesserungsmaßnahmen zur Erhöhung der Anlagenverfügbarkeit
- Dokumentation der Instandhaltungsarbeiten in SAP PM
- Teilnahme an der Rufbereitschaft

# Ihr Profil
- Abgeschlossene Ausbildung als Elektroniker für Automatisierungstechnik oder Betriebstechnik, gerne mit Weiterbildung zum Techniker oder Meister
- Berufserfahrung in der Instandhaltung eines Produktionsbetriebs
- Gute Kenntnisse in der SPS-Programmierung
- Selbstständige Arbeitsweise, Teamfähigkeit und Spaß am Lösen technischer Probleme
- Bereitschaft zur Schichtarbeit

# Unser Angebot
- Unbefristeter Arbeitsvertrag nach Tarif der IG Metall
- Schichtzulagen, Urlaubs- und Weihnachtsgeld
- Betriebliche Altersvorsorge und Fahrradleasing
- Kantine und kostenlose Parkplätze

Ihre Ansprechpartnerin: Meike Strothmann, Personalabteilung, Tel. 0521 98744-120`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't18-d-05',
    title: 'BI-Analyst (m/w/d) Vertriebscontrolling',
    company: 'Zeisig Märkte GmbH',
    location: '04109 Leipzig',
    format: 'escaped',
    body: `Zeisig ist mit über 380 Supermärkten in Sachsen, Thüringen und Sachsen-Anhalt einer der großen regionalen Lebensmittelhändler Mitteldeutschlands. In unserer Zentrale in Leipzig suchen wir Verstärkung für das Vertriebscontrolling.

# Das erwartet dich
- Du entwickelst Dashboards und Standardberichte in Power BI für Vertriebsleitung, Regionalleitungen und Marktleitungen.
- Du analysierst Umsatz, Kundenfrequenz, Warenkorb und Abschriften auf Markt- und Warengruppenebene.
- Du bewertest Aktionen und Sortimentsänderungen mit Test- und Kontrollmärkten und prüfst die Ergebnisse auf Signifikanz.
- Du bist Ansprechpartner für Datenfragen und arbeitest eng mit unseren Data Engineers zusammen.

# Das bringst du mit
- Studium der Wirtschaftswissenschaften, Wirtschaftsinformatik oder eine vergleichbare Qualifikation
- Erste Berufserfahrung als BI-Analyst, Controller oder in einer ähnlichen Rolle, idealerweise im Handel
- Sicherer Umgang mit SQL, Power BI (DAX) und Excel
- Gutes Zahlenverständnis, kaufmännisches Denken und Freude daran, Ergebnisse verständlich zu präsentieren

# Darauf kannst du dich freuen
- 38-Stunden-Woche, Gleitzeit und zwei Tage Homeoffice pro Woche
- 10 % Personalrabatt in allen Zeisig-Märkten
- Zuschuss zum Deutschlandticket
- Betriebliche Altersvorsorge`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['Power BI', 'Hypothesis testing', 'DE', 'BIA', 'Business acumen', 'Communication'],
  },
  {
    id: 't18-d-06',
    title: 'Ingénieur Vision par Ordinateur – Systèmes ADAS (H/F)',
    company: 'Vectrine Automotive',
    location: 'Guyancourt (78)',
    format: 'raw',
    body: `<p><strong>Description de l&#39;entreprise</strong></p><p>Vectrine Automotive est un équipementier automobile de rang 1 spécialisé dans les capteurs et calculateurs d&#39;aide à la conduite. Nos caméras frontales et nos systèmes de surveillance du conducteur équipent plus de vingt modèles de constructeurs européens et asiatiques. Notre centre R&amp;D de Guyancourt réunit 420 ingénieurs.</p><p><strong>Description du poste</strong></p><p>Au sein de l&#39;équipe Perception (15 personnes), vous concevez les algorithmes de détection embarqués dans notre caméra frontale de prochaine génération.</p><ul><li>Développer et entraîner des réseaux de neurones convolutifs pour la détection de véhicules, de piétons et de panneaux</li><li>Optimiser les modèles pour une exécution temps réel sur SoC embarqué (quantification, pruning)</li><li>Définir les métriques de performance et mener les campagnes d&#39;évaluation sur nos bases de roulage</li><li>Collaborer avec les équipes validation et sûreté de fonctionnement (ISO 26262) ainsi qu&#39;avec les data engineers en charge de la chaîne d&#39;annotation</li></ul><p><strong>Qualifications</strong></p><ul><li>Diplôme d&#39;ingénieur ou doctorat en vision par ordinateur, traitement d&#39;images ou apprentissage automatique</li><li>3 ans d&#39;expérience minimum en vision par ordinateur, idéalement dans l&#39;automobile</li><li>Maîtrise de C++ et de Python ; expérience avec PyTorch et OpenCV</li><li>Bonnes connaissances en géométrie multi-vues et en algèbre linéaire</li><li>Anglais courant (environnement international)</li></ul><p><strong>Informations supplémentaires</strong></p><ul><li>Accord d&#39;intéressement et de participation</li><li>2 jours de télétravail par semaine, RTT</li><li>Restaurant d&#39;entreprise et navette depuis la gare de Saint-Quentin-en-Yvelines</li></ul><p>Vectrine Automotive s&#39;engage en faveur de la diversité et de l&#39;inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['FR'],
    mentions: ['Neural networks', 'Model evaluation', 'DE', 'C++', 'Python', 'PyTorch', 'Linear algebra'],
  },
  {
    id: 't18-d-07',
    title: 'Analyste Business Intelligence (H/F/X)',
    company: 'Tournesol Assurances',
    location: '5000 Namur',
    format: 'html',
    body: `Tournesol Assurances est une compagnie d'assurances belge active en assurance auto, habitation et familiale. Nous accompagnons plus de 300 000 clients via un réseau de courtiers indépendants en Wallonie et à Bruxelles.

# Votre fonction
Au sein du département Data & Reporting, vous êtes le point de contact des équipes commerciales et de la gestion des sinistres pour tout besoin en reporting.

- Vous recueillez les besoins des utilisateurs et les traduisez en indicateurs clairs.
- Vous développez et maintenez des tableaux de bord sous Power BI (production, sinistralité, satisfaction client).
- Vous contrôlez la qualité des données et signalez les anomalies aux équipes IT.
- Vous participez à la migration de nos rapports historiques vers le nouvel entrepôt de données.

# Votre profil
- Master en sciences économiques, ingénieur de gestion ou équivalent
- Au moins 2 ans d'expérience comme analyste BI ou analyste de données
- Très bonne maîtrise de SQL et de Power BI (DAX, Power Query)
- La connaissance de Tableau ou de Python est un atout
- Vous avez le sens du client et savez vulgariser des sujets techniques
- Bonne connaissance du néerlandais et de l'anglais

# Notre offre
- Un contrat à durée indéterminée
- Un package salarial attractif : chèques-repas, assurance groupe et hospitalisation, voiture de société selon la fonction
- 32 jours de congé et deux jours de télétravail par semaine`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['BE'],
    mentions: ['Power BI', 'Data cleaning', 'BIA', 'Tableau', 'Python', 'Communication'],
  },
  {
    id: 't18-d-08',
    title: 'Data Scientist Senior – Prévision de la demande (80-100%)',
    company: 'Salvan Distribution SA',
    location: 'Crissier, VD',
    format: 'double',
    body: `Salvan Distribution SA exploite 140 magasins d'alimentation et de bricolage en Suisse romande ainsi qu'une boutique en ligne avec livraison à domicile.

# Vos missions
- Concevoir et améliorer nos modèles de prévision des ventes par article et par magasin (plus de 25 000 références)
- Construire des variables explicatives à partir des promotions, de la météo, des jours fériés et des vacances scolaires
- Produire des prévisions probabilistes pour le réassort automatique et mesurer leur qualité (backtesting, biais, MAPE)
- Accompagner deux data scientists juniors et partager les bonnes pratiques (revue de code, tests, documentation)
- Présenter les résultats aux directions achats et logistique

# Votre profil
- Master ou doctorat en statistique, mathématiques appliquées ou informatique
- Au minimum 5 ans d'expérience en data science, dont une partie en prévision de séries temporelles
- Excellente maîtrise de Python (pandas, NumPy, LightGBM), de SQL et de Spark
- Expérience du travail avec Git et de la mise en production sur Databricks
- Sens du business et aisance dans la communication avec des interlocuteurs non techniques
- Français courant, allemand un atout

# Nous offrons
- 5 semaines de vacances et horaire flexible
- Rabais de 10 % dans tous nos magasins
- Caisse de pension avantageuse`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['CH'],
    mentions: ['Feature engineering', 'Probability', 'Model evaluation', 'DS', 'Python', 'Pandas', 'NumPy', 'Decision trees', 'Apache Spark', 'Git', 'Business acumen', 'Communication'],
  },
  {
    id: 't18-d-09',
    title: 'Gestionnaire Back-Office Titres (H/F)',
    company: 'Schiltz & Weber Fund Services S.A.',
    location: 'L-3364 Leudelange',
    industry: 'Services financiers',
    format: 'text',
    body: `Pour renforcer notre équipe Opérations, nous recherchons un(e) Gestionnaire Back-Office Titres.

# Vos responsabilités
- Traitement et contrôle des ordres de souscription et de rachat des fonds d'investissement (OPCVM, FIA)
- Rapprochement des positions titres et espèces avec les dépositaires et les agents de transfert
- Suivi des opérations sur titres (dividendes, splits, fusions)
- Gestion des anomalies et des suspens en lien avec les équipes de comptabilité des fonds
- Participation aux projets d'automatisation des processus

# Votre profil
- Bac+3 en finance, économie ou gestion
- Une première expérience de 2 ans en back-office titres ou en administration de fonds
- Maîtrise d'Excel ; des notions de VBA ou de Python sont un plus
- Rigueur, sens de l'organisation et capacité à travailler sous pression
- Français et anglais courants, l'allemand ou le luxembourgeois est un atout

# Ce que nous offrons
- CDI, 40 heures par semaine avec horaire mobile
- Chèques-repas et assurance complémentaire santé
- Plan de formation interne et accompagnement vers les certifications du secteur`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['LU'],
    mentions: ['Python'],
  },
  {
    id: 't18-d-10',
    title: 'Ingénieur(e) en robotique',
    company: 'Yamaska Automatisation inc.',
    location: 'Saint-Hyacinthe, QC',
    format: 'raw',
    body: `<p>Yamaska Automatisation conçoit et fabrique des cellules robotisées de palettisation, d’emballage et de soudage pour les usines agroalimentaires et manufacturières du Québec et de l’Ontario. Depuis 1997, nous avons livré plus de 600 cellules clés en main.</p><p>Relevant du directeur de l’ingénierie, l’ingénieur(e) en robotique participe à la conception, à la programmation et à la mise en service de nos cellules.</p><p><strong>Responsabilités</strong></p><ul><li>Programmer les robots industriels (FANUC, ABB, Universal Robots) et les automates associés</li><li>Développer des applications de préhension guidées par vision 2D/3D</li><li>Réaliser les simulations de cellules et valider les temps de cycle</li><li>Effectuer la mise en service chez nos clients (déplacements de 20 à 30 %)</li><li>Former les opérateurs et le personnel d’entretien des clients</li></ul><p><strong>Exigences</strong></p><ul><li>Baccalauréat en génie mécanique, électrique ou de la production automatisée; membre de l’OIQ ou admissible</li><li>3 à 5 ans d’expérience en robotique industrielle</li><li>Connaissance de ROS, de C++ ou de Python (un atout)</li><li>Autonomie, bon esprit d’équipe et capacité à résoudre des problèmes sur le terrain</li><li>Bilinguisme français-anglais</li></ul><p><strong>Avantages</strong></p><ul><li>Horaire de 40 h, congé le vendredi après-midi l’été</li><li>Assurances collectives, REER collectif avec contribution de l’employeur</li><li>Programme de formation continue</li></ul><p>Le masculin est utilisé dans le seul but d’alléger le texte. Seules les personnes retenues seront contactées.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['ROBO', 'C++', 'Python', 'Problem-solving'],
  },
  {
    id: 't18-d-11',
    title: 'Data Engineer',
    company: 'Ventisca Fibra',
    location: 'Madrid, España',
    locations: ['Madrid, España', 'Barcelona, España'],
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Ventisca Fibra es el operador de fibra óptica y telefonía móvil que está cambiando la conectividad en España: más de 1,2 millones de hogares y empresas ya navegan con nosotros.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;Sobre el equipo&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Nuestro equipo de Plataforma de Datos (9 personas) construye la infraestructura que alimenta los informes de red, las campañas comerciales y los modelos de los data scientists.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;Qué harás&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Diseñar y mantener pipelines de ingesta en streaming con Kafka a partir de los eventos de red y de los sistemas de facturación&lt;/li&gt;
&lt;li&gt;Desarrollar procesos batch en Spark (PySpark) sobre nuestro lakehouse en AWS&lt;/li&gt;
&lt;li&gt;Orquestar flujos con Airflow y modelar datos con dbt&lt;/li&gt;
&lt;li&gt;Garantizar la calidad del dato: validaciones, deduplicación y alertas&lt;/li&gt;
&lt;li&gt;Automatizar despliegues mediante GitHub Actions y Terraform&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Qué buscamos&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Al menos 3 años de experiencia como Data Engineer&lt;/li&gt;
&lt;li&gt;Dominio de Python y SQL; valorable Scala o Java&lt;/li&gt;
&lt;li&gt;Experiencia con Kafka y Spark en producción&lt;/li&gt;
&lt;li&gt;Conocimientos de Docker y Kubernetes&lt;/li&gt;
&lt;li&gt;Capacidad para comunicarte con perfiles técnicos y de negocio&lt;/li&gt;
&lt;li&gt;Nivel alto de español e inglés profesional&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Qué ofrecemos&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Modelo híbrido: 2 días en oficina (Madrid - Las Tablas o Barcelona - 22@)&lt;/li&gt;
&lt;li&gt;Retribución flexible, seguro médico y tarifa de fibra y móvil gratuita&lt;/li&gt;
&lt;li&gt;23 días laborables de vacaciones, más el 24 y el 31 de diciembre&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;En Ventisca Fibra creemos en la igualdad de oportunidades. Valoramos todas las candidaturas sin tener en cuenta género, edad, origen, orientación sexual o discapacidad.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['ES'],
    mentions: ['DS', 'Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'DE', 'Python', 'Java', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't18-d-12',
    title: 'Científico de Datos Sr. – Riesgo de Crédito',
    company: 'Remanso Crédito',
    location: 'Ciudad de México, CDMX',
    format: 'raw',
    body: `<div>En Remanso Crédito otorgamos préstamos personales y líneas de crédito a personas que la banca tradicional no atiende. Somos una SOFOM regulada con más de 400 mil clientes en todo México y operamos 100% en línea.</div><div><br></div><div>Buscamos un(a) Científico(a) de Datos Sr. para el equipo de Riesgo, que será responsable de los modelos de originación y cobranza.</div><div><br></div><div><b>Responsabilidades</b></div><ul><li>Desarrollar y recalibrar modelos de score de originación (regresión logística, XGBoost)</li><li>Construir variables a partir de buró de crédito, datos transaccionales y comportamiento en la app</li><li>Validar la estabilidad y el desempeño de los modelos (KS, AUC, PSI) y documentarlos para auditoría</li><li>Diseñar experimentos A/B de políticas de crédito junto con el equipo de Producto</li><li>Acompañar la puesta en producción de los modelos con el equipo de ingeniería (APIs de decisión en tiempo real)</li></ul><div><b>Requisitos</b></div><ul><li>Licenciatura en Actuaría, Matemáticas, Economía o afín; maestría deseable</li><li>4+ años de experiencia en modelos de riesgo de crédito</li><li>Python (pandas, scikit-learn) y SQL a nivel avanzado</li><li>Conocimiento sólido de estadística e inferencia</li><li>Capacidad para explicar resultados técnicos a las áreas de negocio</li></ul><div><b>Ofrecemos</b></div><ul><li>Sueldo competitivo + bono anual</li><li>Prestaciones superiores a las de ley: vales de despensa, SGMM y 20 días de vacaciones</li><li>Esquema híbrido (2 días en oficina en la colonia Roma)</li></ul>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['MX'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'APIs', 'Python', 'Pandas', 'Scikit-learn', 'Communication'],
  },
  {
    id: 't18-d-13',
    title: 'Analista Contable Sr.',
    company: 'Saravia Hnos. S.A.',
    location: 'Rosario, Santa Fe',
    industry: 'Agropecuaria',
    format: 'double',
    body: `Saravia Hnos. es una empresa familiar dedicada a la producción agrícola y al acopio de granos, con 35.000 hectáreas en producción y plantas de acopio en el sur de Santa Fe y en Córdoba.

# Responsabilidades
- Registración contable y conciliaciones bancarias
- Preparación de liquidaciones impositivas (IVA, Ingresos Brutos, Ganancias)
- Armado de estados contables trimestrales y anuales junto con el estudio externo
- Análisis de cuentas y control de costos por campaña
- Elaboración de reportes de gestión para la Dirección

# Requisitos
- Contador/a Público/a recibido/a
- Experiencia mínima de 4 años en puestos similares, preferentemente en empresas agropecuarias
- Manejo avanzado de Excel (tablas dinámicas, fórmulas)
- Deseable conocimiento de Power BI y del sistema Tango
- Residencia en Rosario o alrededores

# Ofrecemos
- Relación de dependencia, jornada de lunes a viernes de 8 a 17 h
- Obra social para el grupo familiar
- Almuerzo en planta`,
    role: null,
    sector: null,
    countries: ['AR'],
    mentions: ['Power BI'],
  },
  {
    id: 't18-d-14',
    title: 'Ingeniero/a de Machine Learning',
    company: 'Yarumo Mercado',
    location: 'Medellín, Antioquia',
    format: 'html',
    body: `Yarumo Mercado es el marketplace donde más de 3 millones de colombianos compran mercado, tecnología y artículos para el hogar, con entregas el mismo día en Medellín, Bogotá y Cali.

Estamos ampliando nuestro equipo de Búsqueda y Recomendaciones y buscamos un/a Ingeniero/a de Machine Learning que lleve nuestros modelos de ranking al siguiente nivel.

# Lo que harás
- Entrenar y poner en producción modelos de recomendación y de ranking de búsqueda
- Construir pipelines de features sobre Spark y servir los modelos mediante APIs de baja latencia
- Medir el impacto de cada modelo con métricas offline (NDCG, recall) y pruebas A/B
- Trabajar de la mano con científicos de datos, ingenieros de datos y el equipo de producto

# Lo que buscamos
- 3+ años de experiencia construyendo sistemas de machine learning en producción
- Excelente manejo de Python; deseable experiencia con TensorFlow o PyTorch
- Experiencia con Docker, Kubernetes y flujos de CI/CD
- Conocimiento de modelos de embeddings y redes neuronales para recomendación
- Inglés intermedio

# Beneficios
- Trabajo híbrido y horario flexible
- Bono mensual de compras en Yarumo Mercado
- Medicina prepagada y auxilio de educación`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['CO'],
    mentions: ['MLE', 'Feature engineering', 'Apache Spark', 'APIs', 'Model evaluation', 'Hypothesis testing', 'DS', 'DE', 'Python', 'TensorFlow', 'PyTorch', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Neural networks'],
  },
  {
    id: 't18-d-15',
    title: 'Ingeniero/a de Visión por Computador',
    company: 'Vialumen SpA',
    location: 'Las Condes, Región Metropolitana',
    format: 'div',
    body: `Vialumen desarrolla sistemas de gestión de tránsito para municipios y autoridades de transporte: semáforos adaptativos, conteo vehicular y fiscalización de vías exclusivas. Nuestras soluciones operan hoy en 14 comunas de Chile y en tres ciudades del Perú.

# Tus responsabilidades
- Desarrollar modelos de detección y seguimiento de vehículos, buses, ciclistas y peatones a partir de cámaras de tránsito
- Optimizar la inferencia en dispositivos de borde (NVIDIA Jetson)
- Preparar y depurar los conjuntos de datos etiquetados
- Evaluar el desempeño de los modelos en distintas condiciones de luz y clima

# Requisitos
- Título de Ingeniería Civil en Computación, Ingeniería Civil Eléctrica o carrera afín
- 2+ años de experiencia en visión por computador
- Dominio de Python y OpenCV; experiencia con PyTorch
- Conocimientos de redes neuronales convolucionales y de modelos de detección (YOLO o similares)
- Deseable: C++, Docker, GStreamer

# Ofrecemos
- Contrato indefinido
- Seguro complementario de salud
- Modalidad híbrida en nuestra oficina de Las Condes`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['CL'],
    mentions: ['Data cleaning', 'Model evaluation', 'Python', 'PyTorch', 'Neural networks', 'C++', 'Docker'],
  },
  {
    id: 't18-d-16',
    title: 'Engenheiro(a) de Machine Learning Pleno',
    company: 'Tarumã Pagamentos',
    location: 'São Paulo, SP',
    format: 'raw',
    body: `<p>A Tarumã Pagamentos é uma adquirente e instituição de pagamento que processa mais de 2 bilhões de transações por ano para 600 mil lojistas em todo o Brasil, com maquininhas, link de pagamento e Pix.</p><p></p><p><b>Sobre a vaga</b></p><p>O time de Prevenção a Fraudes procura uma pessoa Engenheira de Machine Learning para escalar os modelos que aprovam ou recusam transações em milissegundos.</p><p><b>Responsabilidades</b></p><ul><li>Colocar em produção e monitorar modelos de detecção de fraude em tempo real</li><li>Desenvolver e manter pipelines de treinamento no AWS SageMaker</li><li>Construir features em streaming a partir de tópicos Kafka</li><li>Acompanhar métricas de precisão, recall e taxa de aprovação e investigar desvios</li><li>Apoiar os cientistas de dados na padronização do código (testes, revisão, Git)</li></ul><p><b>Requisitos</b></p><ul><li>Experiência com Python e bibliotecas de ML (scikit-learn, LightGBM)</li><li>Vivência com Docker, CI/CD e serviços AWS</li><li>Conhecimento de APIs REST e de sistemas de baixa latência</li><li>Boa comunicação e trabalho em equipe</li></ul><p><b>Diferenciais</b></p><ul><li>Certificação AWS Certified Machine Learning – Specialty</li><li>Experiência com MLflow</li></ul><p><b>Benefícios</b></p><p>Vale-refeição ou vale-alimentação, plano de saúde e odontológico, PLR, auxílio academia e auxílio home office. Modelo híbrido, com três dias por semana no escritório da Av. Paulista.</p>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: ['MLE', 'Model evaluation', 'AWS SageMaker', 'Kafka', 'Feature engineering', 'DS', 'Git', 'Python', 'Scikit-learn', 'Decision trees', 'Docker', 'Deployment pipelines', 'APIs', 'Communication', 'CERT_AWS', 'MLflow'],
  },
  {
    id: 't18-d-17',
    title: 'Analista de Suporte Técnico N2',
    company: 'Siriema Sistemas',
    location: 'Remoto',
    countryHints: ['BR'],
    format: 'text',
    body: `A Siriema Sistemas desenvolve um ERP em nuvem usado por mais de 8 mil pequenas e médias empresas de comércio, serviços e indústria em todo o Brasil.

# O que você vai fazer
- Atender chamados de segundo nível encaminhados pelo N1 (e-mail, chat e telefone)
- Analisar logs, reproduzir erros e consultar o banco de dados (SQL Server) para identificar a causa dos problemas
- Documentar as soluções na base de conhecimento
- Abrir e acompanhar tickets para o time de desenvolvimento no Jira

# O que esperamos de você
- Pelo menos 2 anos de experiência com suporte a sistemas de gestão (ERP)
- Conhecimentos de SQL e de rotinas fiscais (NF-e, SPED)
- Noções de APIs REST e de integrações via webhook serão um diferencial
- Boa comunicação escrita e verbal e foco na resolução de problemas
- Disponibilidade para plantão em um sábado por mês

# Benefícios
- Trabalho 100% remoto, com auxílio home office de R$ 150
- Plano de saúde e odontológico
- Vale-alimentação de R$ 800
- Day off no aniversário`,
    role: null,
    sector: SECTOR.IT,
    countries: ['BR'],
    mentions: ['APIs', 'Communication', 'Problem-solving'],
  },
  {
    id: 't18-d-18',
    title: 'Especialista em Deep Learning – Imagem Médica',
    company: 'Zimbro Diagnóstico',
    location: 'Lisboa, Lisboa, Portugal',
    format: 'raw',
    body: `<p><span style="color:#000000">A Zimbro Diagnóstico desenvolve software de apoio ao diagnóstico por imagem. A nossa plataforma, certificada como dispositivo médico de classe IIa, analisa mamografias e TAC torácicas e é usada em 40 hospitais e clínicas em Portugal, Espanha e França.</span></p><p style="min-height: 1.7em;"></p><p><span style="color:#000000">Procuramos um(a) Especialista em Deep Learning para a equipa de Investigação Aplicada.</span></p><h4><strong><span style="color:#000000">O que vais fazer</span></strong></h4><ul><li><p><span style="color:#000000">Desenvolver e treinar redes neuronais profundas para deteção e segmentação de lesões (CNNs, transformers de visão);</span></p></li><li><p><span style="color:#000000">Conceber protocolos de validação com radiologistas e avaliar os modelos com métricas clínicas (sensibilidade, especificidade, AUC);</span></p></li><li><p><span style="color:#000000">Colaborar com a equipa de regulamentação na documentação técnica exigida pelo MDR;</span></p></li><li><p><span style="color:#000000">Acompanhar a literatura científica e propor novas abordagens à equipa.</span></p></li></ul><h4><strong><span style="color:#000000">O que procuramos</span></strong></h4><ul><li><p><span style="color:#000000">Doutoramento ou mestrado em Engenharia Informática, Engenharia Biomédica, Física ou área afim;</span></p></li><li><p><span style="color:#000000">Experiência sólida com PyTorch e Python; conhecimento de MONAI é uma mais-valia;</span></p></li><li><p><span style="color:#000000">Bons fundamentos de álgebra linear, cálculo e probabilidade;</span></p></li><li><p><span style="color:#000000">Experiência com treino distribuído em GPU e Docker;</span></p></li><li><p><span style="color:#000000">Inglês fluente.</span></p></li></ul><h4><strong><span style="color:#000000">O que oferecemos</span></strong></h4><ul><li><p><span style="color:#000000">Contrato sem termo;</span></p></li><li><p><span style="color:#000000">Seguro de saúde extensível ao agregado familiar;</span></p></li><li><p><span style="color:#000000">Horário flexível e regime híbrido (escritório no Saldanha);</span></p></li><li><p><span style="color:#000000">Orçamento anual para conferências.</span></p></li></ul>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['PT'],
    mentions: ['DLS', 'Neural networks', 'Model evaluation', 'PyTorch', 'Python', 'Linear algebra', 'Calculus', 'Probability', 'Docker', 'Continuous learning'],
  },
  {
    id: 't18-d-19',
    title: 'AI Product Manager – Assistente Virtuale',
    company: 'Volterra Connect S.p.A.',
    location: 'Milano (MI)',
    format: 'escaped',
    body: `Volterra Connect è un operatore di telefonia mobile e fibra con oltre 5 milioni di clienti in Italia. Il nostro assistente virtuale gestisce ogni mese più di 2 milioni di conversazioni con i clienti su app, sito web e WhatsApp.

# Il ruolo
Come AI Product Manager guiderai l'evoluzione dell'assistente virtuale basato su modelli linguistici di grandi dimensioni, dalla definizione della roadmap al lancio delle nuove funzionalità.

# Responsabilità
- Definire la visione di prodotto e le priorità insieme a Customer Care, Marketing e IT
- Tradurre le esigenze di business in requisiti per i team di NLP engineer e data scientist
- Definire i KPI (tasso di risoluzione, soddisfazione, costo per contatto) e monitorare la qualità delle risposte del modello
- Pianificare e analizzare test A/B sulle nuove funzionalità
- Garantire il rispetto del GDPR e delle linee guida aziendali sull'uso responsabile dell'intelligenza artificiale

# Requisiti
- Laurea in Ingegneria, Informatica, Economia o discipline affini
- Almeno 4 anni di esperienza come Product Manager, di cui almeno 2 su prodotti basati su AI o machine learning
- Conoscenza del funzionamento dei LLM e delle tecniche di valutazione dei modelli
- Ottime capacità di comunicazione e di negoziazione con stakeholder di diversi livelli
- Spiccato orientamento al business e capacità di prendere decisioni basate sui dati
- Inglese fluente

# Cosa offriamo
- Contratto a tempo indeterminato, CCNL Telecomunicazioni
- Smart working fino a 3 giorni a settimana
- Welfare aziendale, assicurazione sanitaria integrativa e buoni pasto`,
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: ['IT'],
    mentions: ['AIPM', 'NLP_ENG', 'DS', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't18-d-20',
    title: 'Sviluppatore Java Senior',
    company: 'Sambuco Informatica S.r.l.',
    location: 'Casalecchio di Reno (BO)',
    format: 'div',
    body: `Sambuco Informatica è una software house bolognese con 120 dipendenti che sviluppa soluzioni gestionali e portali web per aziende di logistica, energia e pubblica amministrazione.

Per potenziare il team di sviluppo cerchiamo uno/a Sviluppatore/Sviluppatrice Java Senior.

# Attività
- Progettazione e sviluppo di microservizi in Java 17 e Spring Boot
- Sviluppo e documentazione di API REST
- Scrittura di test unitari e di integrazione, partecipazione alle code review
- Gestione dei rilasci tramite pipeline Jenkins e container Docker su Kubernetes

# Requisiti
- Almeno 5 anni di esperienza nello sviluppo Java
- Buona conoscenza di database relazionali (PostgreSQL, Oracle)
- Utilizzo quotidiano di Git
- Conoscenza di Kafka o di altri sistemi di messaggistica
- Capacità di problem solving e attitudine al lavoro in team

# Offriamo
- Contratto a tempo indeterminato, CCNL Commercio, RAL 40.000–48.000 € in base all'esperienza
- Ticket restaurant da 8 € e 2 giorni di smart working a settimana
- Formazione continua e certificazioni a carico dell'azienda`,
    role: null,
    sector: SECTOR.IT,
    countries: ['IT'],
    mentions: ['Java', 'APIs', 'Deployment pipelines', 'Docker', 'Kubernetes', 'Git', 'Kafka', 'Problem-solving'],
  },
  {
    id: 't18-d-21',
    title: 'Data Scientist',
    company: 'Waterschap Rijnveld',
    location: 'Houten, Utrecht',
    format: 'escaped',
    body: `Waterschap Rijnveld zorgt voor droge voeten en voldoende, schoon water in het rivierengebied tussen Lek en Waal. Met 520 medewerkers beheren we dijken, gemalen, watergangen en zeven rioolwaterzuiveringen.

# Wat ga je doen?
Als Data Scientist werk je in het team Informatievoorziening aan toepassingen die onze waterbeheerders helpen betere beslissingen te nemen.

- Je ontwikkelt voorspelmodellen voor waterstanden en voor de belasting van de rioolwaterzuiveringen op basis van sensor- en neerslagdata.
- Je onderzoekt met clustering welke gemalen een vergelijkbaar storingspatroon hebben.
- Je schoont meetreeksen op en vult ontbrekende waarden aan, samen met de hydrologen.
- Je visualiseert resultaten in dashboards en legt ze uit aan collega's zonder technische achtergrond.

# Wat vragen wij?
- Een afgeronde wo-opleiding, bijvoorbeeld in data science, wiskunde, hydrologie of econometrie
- Minimaal 2 jaar werkervaring met Python of R
- Kennis van statistiek en tijdreeksanalyse
- Ervaring met Git en met werken in een cloudomgeving (Azure)
- Je bent nieuwsgierig en houdt je kennis actief bij

# Wat bieden wij?
- Een salaris van maximaal € 5.400 bruto per maand (schaal 11, cao Waterschappen)
- Een individueel keuzebudget van 19,05%
- Een 36-urige werkweek en hybride werken
- Een vast dienstverband na een jaarcontract`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['DS', 'Clustering', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'R', 'Git', 'Continuous learning'],
  },
  {
    id: 't18-d-22',
    title: 'Farmaceutisch-technisch assistent (m/v/x)',
    company: 'Zonnehof Apotheken',
    location: '9000 Gent',
    format: 'text',
    body: `Zonnehof Apotheken is een groep van 23 buurtapotheken in Oost- en West-Vlaanderen. Onze apothekers en assistenten staan elke dag klaar met advies over geneesmiddelen, zorg en preventie.

Voor onze apotheek in Sint-Amandsberg zoeken we een gemotiveerde farmaceutisch-technisch assistent (32 tot 38 uur per week).

# Jouw taken
- Je helpt patiënten aan de toog en geeft advies over vrij verkrijgbare producten.
- Je maakt magistrale bereidingen onder toezicht van de apotheker.
- Je beheert de stock, ontvangt leveringen en controleert vervaldata.
- Je registreert voorschriften in ons apotheeksoftwarepakket.

# Jouw profiel
- Diploma farmaceutisch-technisch assistent (Se-n-Se of HBO5)
- Je bent klantvriendelijk, communicatief en nauwkeurig.
- Je kunt vlot met de computer werken.
- Ervaring in een officina-apotheek is een pluspunt.

# Ons aanbod
- Een contract van onbepaalde duur
- Maaltijdcheques, hospitalisatieverzekering en ecocheques
- Opleidingen via onze eigen academie
- Vrije zaterdagen volgens beurtrol`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['Communication'],
  },
  {
    id: 't18-d-23',
    title: 'Starszy Inżynier NLP / Senior NLP Engineer',
    company: 'Sylaba AI sp. z o.o.',
    location: 'Warszawa, mazowieckie',
    format: 'raw',
    body: `<p>Sylaba AI tworzy platformę do automatycznej analizy dokumentów i korespondencji dla dużych firm: umów, faktur, reklamacji i wniosków. Z naszego oprogramowania korzystają banki, ubezpieczyciele, firmy logistyczne i urzędy w Polsce i w Czechach.</p>
<p><strong>Twoje zadania:</strong></p>
<ul>
<li>Rozwój modeli klasyfikacji i ekstrakcji informacji z dokumentów w języku polskim i czeskim</li>
<li>Dostrajanie modeli językowych typu transformer (fine-tuning, LoRA) oraz budowa rozwiązań RAG</li>
<li>Przygotowanie i czyszczenie danych treningowych, współpraca z zespołem anotatorów</li>
<li>Ewaluacja modeli (precision, recall, F1) i monitorowanie ich jakości na produkcji</li>
<li>Udostępnianie modeli przez API i współpraca z inżynierami ML oraz zespołem backendu</li>
</ul>
<p><strong>Nasze wymagania:</strong></p>
<ul>
<li>Min. 4 lata doświadczenia na stanowisku NLP Engineer lub ML Engineer</li>
<li>Bardzo dobra znajomość Pythona, PyTorcha i biblioteki Hugging Face Transformers</li>
<li>Doświadczenie z Dockerem i Kubernetesem</li>
<li>Umiejętność samodzielnego rozwiązywania problemów</li>
<li>Znajomość języka angielskiego na poziomie min. B2</li>
</ul>
<p><strong>Oferujemy:</strong></p>
<ul>
<li>Umowę B2B (24&nbsp;000 – 30&nbsp;000 zł netto + VAT) lub umowę o pracę</li>
<li>Pracę zdalną lub hybrydową z biura na Mokotowie</li>
<li>Prywatną opiekę medyczną i kartę sportową</li>
<li>Budżet szkoleniowy i udział w konferencjach</li>
</ul>`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['PL'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'MLE', 'NLP_ENG', 'Python', 'PyTorch', 'Docker', 'Kubernetes', 'Problem-solving'],
  },
  {
    id: 't18-d-24',
    title: 'AI-forskare inom autonoma transporter',
    company: 'Rydberg Fordonsteknik AB',
    location: 'Göteborg',
    format: 'html',
    body: `Rydberg Fordonsteknik utvecklar och tillverkar drivlinor, styrsystem och mjukvara för tunga lastbilar och bussar. Vi är 2 300 medarbetare i Göteborg, Södertälje och Gdańsk.

# Om rollen
På vår forskningsavdelning för autonoma transporter söker vi en AI-forskare som vill ta fram nästa generations metoder för beslutsfattande i självkörande lastbilar på avgränsade områden som hamnar, terminaler och gruvor.

# Arbetsuppgifter
- Forska på förstärkningsinlärning och imitationsinlärning för planering av fordonsrörelser
- Utveckla simuleringsmiljöer och utvärdera de tränade modellerna i simulering och på testbana
- Publicera resultat på internationella konferenser tillsammans med akademiska partner på Chalmers
- Handleda industridoktorander och examensarbetare

# Vem är du?
- Doktorsexamen inom maskininlärning, robotik, reglerteknik eller närliggande område
- Goda kunskaper i Python och C++ samt erfarenhet av PyTorch eller JAX
- Gedigen förståelse för sannolikhetslära och optimering
- Du är nyfiken, samarbetsvillig och kommunicerar tydligt på engelska

# Vi erbjuder
- Kollektivavtal, tjänstepension och friskvårdsbidrag
- Flexibla arbetstider och möjlighet att delvis arbeta hemifrån
- Förmånscykel och personalbil`,
    role: 'ARS',
    sector: SECTOR.AUTO,
    countries: ['SE'],
    mentions: ['ARS', 'Reinforcement learning', 'Model evaluation', 'Python', 'C++', 'PyTorch', 'Probability', 'Communication'],
  },
  {
    id: 't18-d-25',
    title: 'Senior Machine Learning Engineer – Search & Ranking',
    company: 'Wandelmode GmbH',
    location: 'Berlin, Germany',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;h2&gt;About Wandelmode&lt;/h2&gt;
&lt;p&gt;Wandelmode is an online fashion store for pre-loved and new clothing. Every month, 4 million customers in Germany, Austria and the Netherlands shop more than 900,000 items from brands and private sellers on our website and app. We check, photograph and ship every second-hand item from our own warehouse in Brandenburg, so that buying used feels as easy as buying new.&lt;/p&gt;
&lt;p&gt;Founded in Leipzig in 2016, we are now 650 people from more than 50 countries, with offices in Berlin and Leipzig. This year we extended resale to shoes and accessories, and next year we open in Belgium.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;The team&lt;/h3&gt;
&lt;p&gt;Search &amp;amp; Ranking (7 engineers, 2 data scientists, 1 product manager) decides what customers see first when they type a query or open a category. Because most of our items are one of a kind, the catalogue changes completely every few weeks, which makes ranking a genuinely interesting problem: there is almost no history per item, and freshness matters as much as relevance.&lt;/p&gt;
&lt;h3&gt;What you&#39;ll do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship learning-to-rank models that order millions of search results every day&lt;/li&gt;
&lt;li&gt;Own our feature pipelines end to end: from clickstream events in Kafka to features computed for online serving&lt;/li&gt;
&lt;li&gt;Run offline evaluation (NDCG, MRR) and A/B tests on our in-house experimentation platform&lt;/li&gt;
&lt;li&gt;Improve our serving stack on Kubernetes and keep p99 latency under 50 ms&lt;/li&gt;
&lt;li&gt;Mentor mid-level engineers, write design docs and help shape the team&#39;s technical roadmap&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What you&#39;ll bring&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building production ML systems, ideally in search, ranking or recommendations&lt;/li&gt;
&lt;li&gt;Strong Python; experience with TensorFlow or PyTorch&lt;/li&gt;
&lt;li&gt;Hands-on experience with gradient boosted trees (LightGBM, XGBoost) as well as neural ranking models&lt;/li&gt;
&lt;li&gt;Solid engineering practice: code review, testing, CI/CD with GitHub Actions&lt;/li&gt;
&lt;li&gt;You explain trade-offs clearly to product managers and fellow engineers&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Nice to have&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Experience with Spark or Flink&lt;/li&gt;
&lt;li&gt;Familiarity with vector search and approximate nearest-neighbour indexes&lt;/li&gt;
&lt;li&gt;German is not required; our working language is English&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Some things the team shipped this year&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;A new ranking model for category pages that lifted conversion by 6% in a four-week A/B test&lt;/li&gt;
&lt;li&gt;Size-aware re-ranking, so customers see the items that fit them first&lt;/li&gt;
&lt;li&gt;A freshness boost for newly listed items that halved the time a one-of-a-kind piece needs to sell&lt;/li&gt;
&lt;li&gt;Query understanding for German and Dutch spelling variants and brand nicknames&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Our stack&lt;/h3&gt;
&lt;p&gt;Python and Go services, Kafka and Flink for events, BigQuery for analytics, Kubernetes on Google Cloud, Terraform and Grafana. Models are trained on a shared GPU pool and served from our own ranking service.&lt;/p&gt;
&lt;h3&gt;How we work&lt;/h3&gt;
&lt;p&gt;We deploy several times a day, write short design docs for larger changes and keep meetings to a minimum. Every engineer joins the on-call rotation roughly once every two months, with a paid allowance. Teams plan in six-week cycles and have real ownership over what they build.&lt;/p&gt;
&lt;h3&gt;Our interview process&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;A 30-minute call with our recruiter&lt;/li&gt;
&lt;li&gt;A technical conversation with two engineers about a system you built&lt;/li&gt;
&lt;li&gt;A ranking case study, discussed live (no take-home assignment)&lt;/li&gt;
&lt;li&gt;A conversation about values and collaboration with the engineering manager&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;We aim to give you a decision within three weeks of your first call.&lt;/p&gt;
&lt;h3&gt;What we offer&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Hybrid work from our office in Berlin-Kreuzberg and up to 4 weeks of work from anywhere in the EU per year&lt;/li&gt;
&lt;li&gt;28 days of vacation plus 24 and 31 December&lt;/li&gt;
&lt;li&gt;EUR 1,500 personal learning budget and two conference days a year&lt;/li&gt;
&lt;li&gt;Subsidised public transport ticket and company pension scheme&lt;/li&gt;
&lt;li&gt;30% discount on everything in our shop&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Wandelmode is an equal opportunity employer. We welcome applications from people of every background, age, gender identity, sexual orientation and ability. If you need any adjustments during the process, tell your recruiter and we&#39;ll make it work.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['DS', 'Feature engineering', 'Kafka', 'Model evaluation', 'Hypothesis testing', 'Kubernetes', 'Python', 'TensorFlow', 'PyTorch', 'Decision trees', 'Neural networks', 'Git', 'Deployment pipelines', 'Communication', 'Apache Spark'],
  },
  {
    id: 't18-d-26',
    title: 'Research Scientist, Machine Learning for Protein Design',
    company: 'Skovlund Therapeutics',
    location: 'DK - Søborg',
    format: 'raw',
    body: `<p>Skovlund Therapeutics is a clinical-stage biotech company developing antibody and peptide medicines for chronic inflammatory and metabolic diseases. Our lead candidate is in Phase II trials in Europe and the US.</p><p></p><p>Our AI &amp; Computational Biology department (30 people) brings wet-lab scientists, computational chemists and machine learning researchers together under one roof in Søborg.</p><p><b>The position</b></p><p>As Research Scientist you will develop generative and predictive models that help our protein engineers design better molecules faster.</p><ul><li>Develop deep learning models (graph neural networks, protein language models, diffusion models) for property prediction and sequence design</li><li>Set up rigorous benchmarks and evaluate models against experimental data from our high-throughput assays</li><li>Work closely with data engineers to build reliable training datasets from our LIMS</li><li>Publish and present your work internally and at leading conferences</li></ul><p><b>Qualifications</b></p><ul><li>PhD in machine learning, computer science, computational biology or a related field</li><li>Strong publication record in machine learning or computational biology</li><li>Expert in Python and PyTorch; experience with JAX is a plus</li><li>Solid foundation in probability, statistics and linear algebra</li><li>Curiosity, scientific rigour and the ability to communicate with experimentalists</li></ul><p><b>We offer</b></p><ul><li>A position in an ambitious, international team</li><li>Pension scheme, health insurance, lunch arrangement and on-site fitness centre</li><li>Relocation support for international candidates</li></ul><p>Skovlund Therapeutics is committed to building a diverse workforce. We encourage all qualified candidates to apply regardless of age, gender, disability, religion or ethnic origin.</p>`,
    role: 'ARS',
    sector: SECTOR.HEALTH,
    countries: ['DK'],
    mentions: ['ARS', 'Neural networks', 'Model evaluation', 'DE', 'Python', 'PyTorch', 'Probability', 'Linear algebra', 'Communication'],
  },
  {
    id: 't18-d-27',
    title: 'Business Intelligence Developer',
    company: 'Zefyr Travel s.r.o.',
    location: 'Praha 8 – Karlín',
    industry: 'Travel Arrangements',
    format: 'html',
    body: `Zefyr Travel is one of Central Europe's largest tour operators. We sell package holidays, flights and city breaks to more than 700,000 travellers a year from the Czech Republic, Slovakia and Hungary.

We are looking for a BI Developer to join our Data & Reporting team in Karlín.

# Your responsibilities
- Build and maintain Power BI dashboards for sales, yield management and customer service
- Develop data models and ETL processes in our Azure SQL data warehouse
- Work with the commercial team to define KPIs and turn their questions into analyses
- Keep report logic versioned in Git and document data definitions

# Requirements
- 2+ years of experience as a BI Developer or BI Analyst
- Strong SQL and Power BI (DAX, Power Query); Tableau is an advantage
- Good understanding of the business side of travel or e-commerce is a plus
- Good English; Czech or Slovak is an advantage
- Proactive attitude and willingness to learn new tools

# Benefits
- 25 days of holiday and 3 sick days
- Travel discounts for you and your family
- Multisport card and meal vouchers
- Hybrid work (3 days in the office)`,
    role: 'BIA',
    sector: null,
    countries: ['CZ'],
    mentions: ['BIA', 'Power BI', 'Git', 'Tableau', 'Business acumen', 'Continuous learning'],
  },
  {
    id: 't18-d-28',
    title: 'Robotics Engineer – Fab Automation',
    company: 'Yunhai Semiconductor Co., Ltd.',
    location: 'Hsinchu, Taiwan',
    format: 'double',
    body: `Yunhai Semiconductor is a pure-play wafer foundry with three 12-inch fabs in Hsinchu and Tainan, manufacturing logic and specialty chips for customers worldwide.

Our Fab Automation department is hiring a Robotics Engineer to improve the robots and automated material handling systems that move wafers through our fabs around the clock.

# Responsibilities
- Develop and tune motion control and path planning for wafer-handling robots and overhead hoist transport vehicles
- Integrate vision-based alignment and defect checks into robot workflows
- Analyse equipment logs to find the root causes of handling errors and reduce downtime
- Work with equipment vendors and process engineers on new tool installations

# Qualifications
- Master's degree in Mechanical Engineering, Electrical Engineering or Robotics
- 3+ years of experience with industrial robot programming or motion control
- Programming in C++ and Python; experience with ROS is a plus
- Strong problem-solving skills and willingness to join an on-call rotation
- Good English communication skills; Mandarin is a plus

# Benefits
- Employee profit sharing and year-end bonus
- Free shuttle bus and dormitory for non-local employees
- Group insurance and annual health check`,
    role: 'ROBO',
    sector: SECTOR.IT,
    countries: ['TW'],
    mentions: ['ROBO', 'C++', 'Python', 'Problem-solving', 'Communication'],
  },
  {
    id: 't18-d-29',
    title: 'Analytics Engineer',
    company: 'Rocamar Hotels',
    location: 'Hybrid',
    format: 'escaped',
    body: `Rocamar Hotels operates 46 beach and city hotels in Spain, Portugal and the Canary Islands. Our central revenue and data team works from our headquarters in Barcelona's Poblenou district.

# About the role
As Analytics Engineer you'll own the models that turn raw booking, pricing and guest data into clean, trusted tables for revenue managers, marketing and hotel operations.

# What you'll do
- Build and maintain dbt models on top of Snowflake
- Write tests that validate and deduplicate booking data coming from our PMS and channel managers
- Work with our data engineers on ingestion, and with the BI analysts who build Tableau dashboards on your models
- Keep our dbt project in GitHub and review pull requests from other analysts

# What we're looking for
- 2+ years in analytics engineering, BI or data engineering
- Advanced SQL and working knowledge of Python
- Experience with dbt and a cloud warehouse (Snowflake, BigQuery or Redshift)
- Clear written communication and a habit of documenting your work
- Spanish and English; Catalan is a bonus

# What we offer
- Flexible hours and 2 remote days per week
- Discounted stays in all our hotels
- Private health insurance and 23 vacation days`,
    role: null,
    sector: null,
    countries: [],
    mentions: ['Data cleaning', 'DE', 'BIA', 'Tableau', 'Git', 'Python', 'Communication'],
  },
  {
    id: 't18-d-30',
    title: 'NLP Engineer',
    company: 'Scriba Legal SAS',
    location: 'Paris',
    format: 'raw',
    body: `<p style="min-height:1.5em">Scriba Legal builds software that helps law firms and in-house legal teams review contracts, search case law and draft documents in French, English and German. 350 legal teams across Europe use Scriba every day.</p><p style="min-height:1.5em">We’re hiring an NLP Engineer to join our 12-person Machine Learning team in Paris (Sentier).</p><h3>What you’ll work on</h3><ul style="min-height:1.5em"><li><p style="min-height:1.5em">Build retrieval and extraction pipelines over millions of legal documents</p></li><li><p style="min-height:1.5em">Fine-tune and evaluate transformer models for clause classification and named-entity recognition</p></li><li><p style="min-height:1.5em">Design evaluation sets with our in-house lawyers and track precision and recall release after release</p></li><li><p style="min-height:1.5em">Ship models behind our internal APIs and monitor them in production</p></li><li><p style="min-height:1.5em">Collaborate with ML engineers, backend engineers and product managers</p></li></ul><h3>About you</h3><ul style="min-height:1.5em"><li><p style="min-height:1.5em">3+ years of experience in NLP or search, in production</p></li><li><p style="min-height:1.5em">Strong Python; experience with PyTorch and Hugging Face</p></li><li><p style="min-height:1.5em">Good grasp of classic ML (logistic regression, gradient boosting) as well as deep learning</p></li><li><p style="min-height:1.5em">Comfortable with Docker and cloud deployments (we run on GCP)</p></li><li><p style="min-height:1.5em">Fluent English; French is a plus</p></li></ul><h3>Benefits</h3><ul style="min-height:1.5em"><li><p style="min-height:1.5em">BSPCE (stock options) for every employee</p></li><li><p style="min-height:1.5em">Meal card, 50% of your public transport pass and top-tier health insurance (mutuelle)</p></li><li><p style="min-height:1.5em">2 remote days per week</p></li></ul>`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['FR'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'APIs', 'MLE', 'Python', 'PyTorch', 'Regression', 'Decision trees', 'Docker'],
  },
  {
    id: 't18-d-31',
    title: 'Senior Data Engineer',
    company: 'Ventonorte Renováveis S.A.',
    location: 'Lisboa, Portugal',
    format: 'text',
    body: `Ventonorte Renováveis develops, builds and operates wind and solar farms in Portugal, Spain and Poland, with 2.1 GW in operation.

# The role
Our Asset Performance team uses SCADA and meteorological data from 1,800 turbines and inverters to maximise energy production. As Senior Data Engineer you will lead the design of the platform behind it.

# Responsibilities
- Design and run ingestion pipelines for high-frequency SCADA data (10-minute and 1-second resolution)
- Build batch and streaming processing with Spark and Kafka on Azure Databricks
- Implement data quality checks that flag sensor faults, gaps and duplicated records
- Support data scientists and performance engineers with curated, analysis-ready datasets
- Introduce CI/CD and infrastructure as code for the data platform

# Requirements
- 5+ years of experience in data engineering
- Strong Python and SQL; Scala is a plus
- Experience with Spark, Kafka and Delta Lake
- Familiarity with Azure Data Factory
- Ability to explain technical choices to non-technical stakeholders
- English (Portuguese is not required)

# We offer
- Health insurance for you and your family
- Meal allowance card and annual performance bonus
- Hybrid model with 2 days per week at our office in Parque das Nações`,
    role: 'DE',
    sector: null,
    countries: ['PT'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'Data cleaning', 'DS', 'Deployment pipelines', 'Python', 'Communication'],
  },
  {
    id: 't18-d-32',
    title: 'Consultant – Data & AI Strategy',
    company: 'Travertino Advisory',
    location: 'Milano (MI)',
    locations: ['Milano (MI)', 'Roma (RM)'],
    format: 'div',
    body: `Travertino Advisory is a management consulting firm with offices in Milan and Rome. We help CEOs and boards of Italian mid-caps and multinationals with strategy, operations and organisational transformation.

Our Data & AI Strategy practice helps clients decide where artificial intelligence can create value, build the business case and set up the teams to deliver it.

# What you will do
- Assess clients' data maturity and identify use cases for machine learning and generative AI
- Build business cases and roadmaps, and present them to senior executives
- Support clients in hiring and organising data scientists, data engineers and AI product managers
- Oversee proof-of-concept projects delivered by technology partners
- Contribute to internal knowledge sharing and our publications

# Who you are
- Master's degree in Engineering, Economics or Computer Science
- 2–4 years of experience in management consulting, strategy or a data & analytics role
- Understanding of the machine learning lifecycle; hands-on experience with Python or SQL is a plus
- Strong problem-solving and communication skills, and a good sense for business
- Excellent Italian and English

# Nice to have
- Google Professional Machine Learning Engineer certification or similar

# What we offer
- Fast-track career path with structured training
- International projects and an informal, supportive culture`,
    role: null,
    sector: null,
    countries: ['IT'],
    mentions: ['DS', 'DE', 'AIPM', 'Python', 'Problem-solving', 'Communication', 'Business acumen', 'CERT_GCP'],
  },
  {
    id: 't18-d-33',
    title: 'Sales Development Representative (Portuguese speaker)',
    company: 'Vitrola Media',
    location: 'São Paulo, SP',
    industry: 'Advertising Services',
    format: 'double',
    body: `Vitrola Media runs digital out-of-home advertising screens in malls, airports and subway stations across Brazil.

# What you'll do
- Prospect new advertisers and agencies by phone, email and LinkedIn
- Qualify leads and book meetings for our Account Executives
- Keep our CRM up to date

# What we're looking for
- 1+ year in B2B sales or another customer-facing role
- Native Portuguese and fluent English
- Excellent communication and a resilient, adaptable attitude

# Benefits
- Base salary plus uncapped commission
- Health plan, meal voucher and gym pass`,
    role: null,
    sector: null,
    countries: ['BR'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't18-d-34',
    title: 'Reliability Engineer – Mobile Fleet',
    company: 'Rucamanque Copper SpA',
    location: 'Antofagasta, Región de Antofagasta',
    format: 'div',
    body: `Rucamanque Copper operates an open-pit copper mine and concentrator in the Antofagasta Region, producing around 190,000 tonnes of copper in concentrate per year.

We are seeking a Reliability Engineer to join the Mine Maintenance team, responsible for our fleet of 60 haul trucks, shovels and drills.

# Key responsibilities
- Analyse failure data and define maintenance strategies using RCM and FMEA
- Build predictive maintenance models from oil analysis, vibration and payload data together with our data scientists
- Lead root-cause analysis of major failures
- Track availability, MTBF and maintenance costs, and publish them on Power BI dashboards
- Coordinate with OEM representatives and component rebuild shops

# Requirements
- Degree in Mechanical or Electrical Engineering
- 5+ years in maintenance or reliability of heavy mobile equipment
- Knowledge of Weibull analysis; Python or R is desirable
- Fluent Spanish and English
- Willingness to work a 7x7 roster at site, with camp accommodation and flights from Santiago

# We offer
- Competitive salary and annual bonus
- Complementary health and life insurance
- Training and career development programmes`,
    role: null,
    sector: null,
    countries: ['CL'],
    mentions: ['DS', 'Power BI', 'Python', 'R'],
  },
  {
    id: 't18-d-35',
    title: 'Backend Software Engineer (Go) – Smart Parking Platform',
    company: 'Randstein Mobility GmbH',
    location: 'Vienna, Austria',
    format: 'raw',
    body: `<div>Randstein Mobility makes on-street parking smarter. Our sensors and software help 35 cities and municipalities in Austria, Germany and Switzerland manage parking spaces, enforce time limits and guide drivers to free spots, which cuts traffic and emissions in city centres.</div><div><br></div><div>As a Backend Software Engineer you’ll work on the platform that processes readings from 80,000 in-ground sensors and feeds city dashboards, enforcement apps and parking guidance signs.</div><div><br></div><div><b>What you’ll do</b></div><ul><li>Design and build services in Go with PostgreSQL and TimescaleDB</li><li>Develop public and internal REST and GraphQL APIs used by municipalities and app partners</li><li>Process sensor events with Kafka</li><li>Run services on Kubernetes, with GitLab CI pipelines and observability in Grafana</li><li>Work with our data scientists to bring occupancy forecasts into the product</li></ul><div><b>What you bring</b></div><ul><li>4+ years of backend development experience (Go, Java or similar)</li><li>Solid knowledge of relational databases and event-driven systems</li><li>Experience with Docker and Kubernetes</li><li>Pragmatic problem-solving and clear communication in English (German is a plus)</li></ul><div><br></div><div>The minimum annual gross salary for this position is EUR 58,000 (full-time), as required by Austrian law; we pay above it depending on your experience. On top: Klimaticket, flexible hours, 2 remote days a week and a lunch allowance.</div>`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['AT'],
    mentions: ['APIs', 'Kafka', 'Kubernetes', 'Git', 'Deployment pipelines', 'DS', 'Java', 'Docker', 'Problem-solving', 'Communication'],
  },
  {
    id: 't18-d-36',
    title: 'Senior Python Developer (Remote)',
    company: 'Torvik Talent Partners',
    location: 'Remote - Poland, Romania, Bulgaria',
    industry: 'Staffing and Recruiting',
    format: 'escaped',
    body: `Torvik Talent Partners is recruiting on behalf of a fast-growing client. This is a long-term contract for a fully remote role, open to candidates based in Poland, Romania or Bulgaria.

# Responsibilities
- Develop and maintain backend services in Python (Django, FastAPI)
- Design REST APIs and integrate third-party services
- Write unit and integration tests and take part in code reviews on GitHub
- Containerise services with Docker and deploy them through CI/CD pipelines

# Requirements
- 5+ years of professional Python development
- Good knowledge of PostgreSQL and Redis
- Experience with AWS is an advantage
- Good English (B2 or higher)
- Self-organised and comfortable working in a distributed team across time zones

# What's offered
- B2B contract, 5,500–7,000 EUR per month depending on experience
- 100% remote with flexible working hours
- Paid time off on top of the B2B rate

By applying you agree that Torvik Talent Partners processes your personal data for recruitment purposes in line with the GDPR.`,
    role: null,
    sector: null,
    countries: ['PL', 'RO', 'BG'],
    mentions: ['Python', 'APIs', 'Git', 'Docker', 'Deployment pipelines'],
  },
];
