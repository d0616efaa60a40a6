// test17, half D: 36 held-out postings from non-English-speaking countries: 24 written in German, French, Spanish,
// Portuguese, Italian, Dutch, Polish or Swedish, and 12 in English from European, Latin American and Asian employers.
//
// Composition
// - Countries: DE 01 04 05 26; AT 02 33; CH 03 08; FR 06 25; BE 07 22 30; LU 09; CA 10 (Québec); ES 11 27;
//   MX 12; AR 13; CO 14; PE 15; BR 16 17 34; PT 18 28; IT 19 20; NL 21; PL 23; SE 24; DK 31; CZ 32; CL 35; TW 36;
//   29 is remote within Southern Europe (IT, ES, PT).
// - Languages: German 01-05 (DE, AT, CH, DE, DE); French 06-10 (FR, BE, CH, LU, CA); Spanish 11-15 (ES, MX, AR, CO,
//   PE); Portuguese 16-18 (BR, BR, PT); Italian 19-20; Dutch 21 (NL) and 22 (BE); Polish 23; Swedish 24; English 25-36.
// - Roles: DS 01 11 35; MLE 02 14 22 34; ROBO 04 33; DE 06 12 24; BIA 07 21 32; CVE 08 26; DLS 10 31; AIPM 15 36;
//   NLP_ENG 18 25; ARS 28. Other jobs (role null): 03 nurse, 05 transit statistics clerk, 09 payroll administrator,
//   13 credit risk analyst, 16 data analyst, 17 ISP support technician, 19 ski-lift maintenance technician,
//   20 supermarket sales assistant, 23 Java developer, 27 data analyst, 29 site reliability engineer,
//   30 clinical data manager.
// - Sectors: IT 5 (14 18 25 28 36); FIN 5 (01 07 09 13 34); HEALTH 4 (03 10 16 30); RETAIL 4 (06 12 20 27);
//   TELCO 3 (02 11 17); AUTO 4 (04 08 26 33); PUBLIC 3 (05 21 24); null 8 (15 airline, 19 ski lifts,
//   22 electricity and gas network operator, 23 recruiter with an undescribed client, 29 no description,
//   31 non-profit research institute, 32 hotels, 35 copper mine).
// - Formats: raw 01 04 06 10 12 16 22 25 28 31 34 36 (01 and 12 SmartRecruiters jobAd HTML, 04 and 36 Workday
//   jobDescription, 06 and 34 Lever description, 10 Workable description, 16 JSON-LD description, 22 Recruitee,
//   25 and 31 Greenhouse content, entity-escaped, 28 Ashby descriptionHtml); html 02 11 18 26 30;
//   div 05 08 15 21 33; escaped 07 13 24 27 32; double 14 23 29 35; text 03 09 17 19 20.
// - Board industry field on: 07 12 17 20 33 35.
//
// Hard calls
// Sector — 05: a transit association of two counties that plans and buys bus and rail services is publicly run
//   transport, so Public Sector. 09: a fiduciaire keeps the books, tax returns and payroll of small firms, an
//   accountancy firm, so Finance. 15: an airline is unclassified (airlines and travel), whatever the AI product.
//   16: an operadora de planos de saúde is a health insurer, so Healthcare, not Finance. 17: no intro; the board
//   industry field, the name and the fibre-ISP duties make it Telecommunications. 21: a Dutch waterschap is a tier
//   of government (elected regional water authority), not a utility company, so Public Sector. 22: a distribution
//   network operator for electricity and gas is energy and utilities, so null even though the job is ML. 23: the
//   recruiter recruits IT staff but its client is only "a large international organisation", so null (recruiter
//   rule). 24: route planning for municipal waste collection, sold to municipalities, is the page's own example of
//   Smart Cities, so Public Sector. 25: contract-review software for legal teams and law firms serves law, which is
//   outside the seven, and it is a software company, so IT. 27: a marketplace where consumers buy second-hand goods
//   is E-commerce & Retail. 29: the posting says only "Series B company of 140 people", so null. 31: non-profit
//   research institute, null even though it designs vaccines and enzymes. 32: hotels are hospitality, null. 33: maker
//   of mobile robots for factories, Manufacturing. 35: mining, null. 36: maker of AI accelerator chips, IT.
// Role — 05 "Sachbearbeiter Fahrgastdaten und Verkehrsstatistik", 13 "Analista de Riesgo Crediticio" and 30
//   "Clinical Data Manager" are not any of the ten roles. 16 "Analista de Dados" and 27 "Data Analyst" are Data
//   Analyst, null. 21 "BI-ontwikkelaar" is BI Developer, so BIA. 15 "Product Manager de Inteligencia Artificial" is
//   an AI product manager, AIPM. 10 "Spécialiste en apprentissage profond" is Deep Learning Specialist, DLS.
//   28 "Research Scientist, Speech" is research on speech-recognition models, an ML topic, so ARS.
//   24 "Dataingenjör" is Data Engineer. 23 "Starszy Programista Java" is a software developer, null.
// Countries — 03 "Winterthur, ZH" and 08 "Neuchâtel, NE" are Swiss cantons (not Niger for NE); 16 "Belo Horizonte -
//   MG" and 17 "Londrina - PR" are Brazilian states (not Madagascar or Puerto Rico); 19 "Valfurva (SO)" and
//   20 "Pescara (PE)" are Italian provinces (Sondrio, Pescara), so IT, not Somalia or Peru; 09 "L-8010 Strassen" is
//   Luxembourg; 10 "Montréal, QC" is Canada; 12 "CDMX" is Mexico City; 13 "CABA" is Buenos Aires city; 15 "Miraflores,
//   Lima" is Peru; 29 "Remote – Southern Europe" takes its countries from the locations list (IT, ES, PT).
// Mentions
//   01: "Data Engineers" → DE; logistic regression → Regression; gradient boosting → Decision trees; "bereinigen" →
//   Data cleaning; "leiten aussagekräftige Merkmale ab" → Feature engineering; backtesting and Gini → Model
//   evaluation; "komplexe Sachverhalte einfach zu erklären" → Communication. PD/LGD models are named only by their
//   abbreviations, no Probability. SAS and SQL are not labels.
//   02: body names Machine Learning Engineer → MLE; "Data Scientists" → DS; drift and false-alarm rate monitoring →
//   Model evaluation; REST-APIs → APIs; GitLab CI → Git and Deployment pipelines; "Freude am Lernen neuer
//   Technologien" → Continuous learning. "Teamgeist" is not a label.
//   03: "Kommunikative ... Persönlichkeit" → Communication; nothing else.
//   04: body names Robotik-Ingenieur → ROBO; "lineare Algebra" → Linear algebra; "Lösungsorientierte Arbeitsweise und
//   Spaß an kniffligen technischen Fragestellungen" → Problem-solving. ROS 2 is not a label.
//   05: "Aufbereitung und Plausibilisierung der Daten" → Data cleaning; "Zahlen anschaulich in Diagrammen und Karten
//   darzustellen" → Visualization; R named as a language; Kommunikationsstärke → Communication.
//   06: body names Data Engineer → DE; "data scientists" → DS ("data analysts" is not a role); duplicate and
//   missing-value checks → Data cleaning; GitLab CI deployments → Git and Deployment pipelines; "capacité à
//   vulgariser auprès des métiers" → Communication. The store dashboards the team feeds are the employer's
//   description, not a Visualization requirement.
//   07: "analyste BI" → BIA; "data engineers" → DE; Power BI dashboards and "le choix du bon graphique" →
//   Visualization; "Vous comprenez les enjeux d'un assureur" → Business acumen; "Bonne communication" → Communication.
//   08: body names "ingénieur·e en vision par ordinateur" → CVE; "réseaux de neurones convolutifs" → Neural
//   networks; false-reject rate, recall, precision → Model evaluation. OpenCV is not a label.
//   09: no entity at all (payroll; "sens du service client" is not Communication).
//   10: "chercheurs en IA" → ARS; the title's DLS is not named in the body; CNN and transformers → Neural networks;
//   sensitivity, ROC/AUC → Model evaluation; "algèbre linéaire" → Linear algebra; "probabilités" → Probability;
//   "veille active de la littérature" → Continuous learning; "communiquer clairement" → Communication. "Grappes de
//   GPU" are compute clusters, not Clustering.
//   11: body names científico/a de datos → DS; "Construir variables" → Feature engineering; XGBoost and LightGBM →
//   Decision trees; AUC and lift → Model evaluation; tests A/B → Hypothesis testing; PySpark → Apache Spark;
//   "Explicar los resultados a dirección" → Communication; "entender el negocio" → Business acumen. "Segmentar la
//   base de clientes" names no clustering method and is not counted.
//   12: body names Ingeniero de Datos → DE; "analistas de BI" → BIA; "científicos de datos" → DS; validations and
//   duplicate removal → Data cleaning; Azure DevOps deployments → Deployment pipelines. Plain Azure is not Azure ML.
//   13: scorecards by logistic regression → Regression; KS, Gini, backtesting → Model evaluation; "presentar
//   conclusiones a áreas no técnicas" → Communication; "pensamiento crítico" → Critical thinking.
//   14: body names Ingeniero(a) de Machine Learning → MLE; "científicos de datos" → DS; Vertex AI → Google AI
//   Platform; GKE and Kubernetes → Kubernetes; GitHub Actions → Git and Deployment pipelines; drift monitoring →
//   Model evaluation; the named Google credential → CERT_GCP; "Ganas de aprender" → Continuous learning.
//   15: body names "Product Manager de IA" → AIPM; "científicos de datos" → DS; "ingenieros de machine learning" →
//   MLE; experimentos A/B → Hypothesis testing; "visión de negocio" → Business acumen; "Excelente comunicación" →
//   Communication.
//   16: Power BI dashboards and "contar histórias com dados" → Visualization; "limpar e validar dados" → Data
//   cleaning; "cientistas de dados" → DS; "Boa comunicação" → Communication.
//   17: "Boa comunicação" → Communication only; Mikrotik and Huawei are not labels.
//   18: body names engenheiro(a) de NLP → NLP_ENG and "(engenheiro(a)) de machine learning" → MLE; transformer
//   models → Neural networks; precision, recall, F1 → Model evaluation; internal APIs → APIs; following research and
//   "aprender continuamente" → Continuous learning. "Partilhar conhecimento" is not counted as Communication.
//   19: "Attitudine al problem solving" → Problem-solving. "Formazione continua" is a benefit offered, not a
//   Continuous learning requirement.
//   20: "Ottime capacità comunicative" → Communication (a deliberately short posting, as store jobs are).
//   21: body names BI-ontwikkelaar → BIA; "data engineers" → DE; dashboards and reports → Visualization; "borgt de
//   datakwaliteit van sensordata" → Data cleaning; "legt technische keuzes uit in begrijpelijke taal" →
//   Communication. Azure Data Factory is not Azure ML.
//   22: "data scientists" → DS; "machine learning engineer of data engineer" → MLE and DE; Azure Machine Learning →
//   Microsoft Azure ML; Azure DevOps pipelines → Deployment pipelines; accuracy and drift follow-up → Model
//   evaluation; LightGBM → Decision trees; leergierig → Continuous learning.
//   23: REST API → APIs; Jenkins or GitLab CI and CI/CD → Deployment pipelines and Git; "samodzielnego
//   rozwiązywania problemów" → Problem-solving. Spring Boot is not a label.
//   24: body names dataingenjör → DE; "data scientist" → DS; "Tvätta och harmonisera adress- och abonnentdata" →
//   Data cleaning; API:er → APIs; GitHub Actions deployments → Git and Deployment pipelines; "lösa problem" →
//   Problem-solving; "uttrycker dig väl i tal och skrift" → Communication.
//   25: "research scientists" on the language-model team → ARS; "NLP engineers" → NLP_ENG; transformer models →
//   Neural networks; baselines, precision, recall → Model evaluation; internal APIs → APIs; services that "ship through
//   GitHub Actions" → Git and Deployment pipelines. Ray and pgvector are not labels.
//   26: body names Computer Vision Engineer → CVE; CNN and transformer architectures → Neural networks; cleaning
//   training data → Data cleaning; mAP and false-positive rates → Model evaluation; linear algebra → Linear algebra.
//   27: A/B tests and experiment design → Hypothesis testing; Looker dashboards and "tell a clear story with data" →
//   Visualization and Communication; "comfortable with ambiguity" → Adaptability. Looker is not Google Data Studio;
//   "product managers" and "analytics engineers" are not roles of the ten.
//   28: body names Research Scientist for speech models → ARS; "ML engineers" → MLE; neural network architectures →
//   Neural networks; word error rate analysis → Model evaluation; RLHF → Reinforcement learning; probability and
//   linear algebra. "GPU cluster" is not Clustering; JAX is not a label.
//   29: EKS and Kubernetes → Kubernetes; CI/CD with GitHub Actions and Argo CD → Deployment pipelines and Git;
//   "explaining trade-offs in writing" → Communication. "Kafka clusters" are not Clustering.
//   30: edit checks for missing, inconsistent or duplicate entries, a clean database → Data cleaning; R for listings
//   → R; "clear communicator" → Communication. SAS is not a label.
//   31: body names Deep Learning Specialist → DLS; graph neural networks → Neural networks; benchmarking against
//   experimental data → Model evaluation; GitHub repositories → Git; "eagerness to learn" → Continuous learning;
//   "communication skills" → Communication.
//   32: body names Business Intelligence Analyst → BIA; Tableau dashboards → Visualization; "good business sense" →
//   Business acumen; "present findings" → Communication.
//   33: "robotics engineers" → ROBO; linear algebra; "problem-solving skills" → Problem-solving. ROS is not a label.
//   34: body names Machine Learning Engineer → MLE; "data scientists" → DS; features from transaction streams and
//   feature stores → Feature engineering; gradient boosted models → Decision trees; SageMaker → AWS SageMaker; CI/CD
//   pipelines → Deployment pipelines; precision, recall and drift → Model evaluation; the named AWS credential →
//   CERT_AWS.
//   35: body names data scientist → DS; clustering → Clustering; probabilistic forecasts → Probability; "Clean and
//   reconcile data" → Data cleaning; "Present results to site management" → Communication.
//   36: body names AI Product Manager → AIPM; "deep learning specialists" → DLS; neural networks, CNNs, transformers
//   → Neural networks; accuracy targets for quantised models → Model evaluation; "comfort with ambiguity" →
//   Adaptability. ONNX is not a label.
// Label review (docs/mention-labels.md)
// - t17-d-16: − Visualization ("dashboards ... no Power BI" only; "contar histórias com dados" is Communication)
// - t17-d-21: − Visualization ("rapportages in Power BI" and "heldere dashboards" only)
// - t17-d-27: − Visualization ("dashboards in Looker" only; "tell a clear story with data" is Communication)
// - t17-d-32: − Visualization ("maintain Tableau dashboards" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST17_D: HoldoutCase[] = [
  {
    id: 't17-d-01',
    title: 'Data Scientist (m/w/d) Kreditrisikomodelle',
    company: 'Wesermark Bank AG',
    location: '28195 Bremen',
    countryHints: ['DE'],
    format: 'raw',
    body: `<p><strong>Über uns</strong></p><p>Die Wesermark Bank AG ist eine regional verwurzelte Privatkundenbank mit rund 1.400 Mitarbeitenden und 62 Filialen zwischen Cuxhaven und Osnabrück. Wir finanzieren Eigenheime, begleiten den Mittelstand und betreuen über 600.000 Kundinnen und Kunden.</p><p><strong>Ihre Aufgaben</strong></p><ul><li>Sie entwickeln und validieren Modelle für Ausfallrisiken und Verlustquoten (PD/LGD) in unserem Privat- und Firmenkundenportfolio</li><li>Sie bereiten Kredit- und Zahlungsverkehrsdaten auf, bereinigen sie und leiten aussagekräftige Merkmale ab</li><li>Sie führen regelmäßige Backtestings durch und dokumentieren die Modellgüte (Gini, Trennschärfe, Kalibrierung) für die Aufsicht</li><li>Sie arbeiten eng mit dem Risikocontrolling, unseren Data Engineers und der IT zusammen</li><li>Sie präsentieren Ergebnisse gegenüber Vorstand und Fachbereichen</li></ul><p><strong>Ihr Profil</strong></p><ul><li>Abgeschlossenes Studium der Statistik, Mathematik, Wirtschaftswissenschaften oder eines vergleichbaren Fachs</li><li>Mindestens drei Jahre Erfahrung als Data Scientist oder in der quantitativen Risikomodellierung, idealerweise in einer Bank</li><li>Sehr gute Kenntnisse in logistischer Regression und Scorecard-Entwicklung; Erfahrung mit Gradient Boosting ist ein Plus</li><li>Sicherer Umgang mit Python (pandas, scikit-learn) und SQL; SAS-Kenntnisse sind willkommen</li><li>Kenntnisse der regulatorischen Anforderungen (CRR, MaRisk, EBA-Leitlinien)</li><li>Strukturierte, sorgfältige Arbeitsweise und die Fähigkeit, komplexe Sachverhalte einfach zu erklären</li><li>Verhandlungssichere Deutschkenntnisse</li></ul><p><strong>Wir bieten</strong></p><ul><li>Tarifvertrag des privaten Bankgewerbes, 13,5 Gehälter</li><li>Mobiles Arbeiten bis zu 60 %</li><li>30 Tage Urlaub, zusätzlich frei am 24. und 31.12.</li><li>Betriebliche Altersvorsorge und Dienstradleasing</li></ul><p>Wir freuen uns auf Ihre Bewerbung mit Angabe Ihrer Gehaltsvorstellung und Ihres frühestmöglichen Eintrittstermins.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: [
      'DS', 'DE', 'Regression', 'Decision trees', 'Python', 'Pandas', 'Scikit-learn', 'Data cleaning',
      'Feature engineering', 'Model evaluation', 'Communication',
    ],
  },
  {
    id: 't17-d-02',
    title: 'Machine Learning Engineer (w/m/x) – Netzwerkanalytik',
    company: 'Tauernfunk Mobil GmbH',
    location: '1030 Wien',
    format: 'html',
    body: `Tauernfunk ist Österreichs jüngster Mobilfunk- und Glasfaseranbieter: Über 1,8 Millionen Kund:innen telefonieren, surfen und streamen in unserem Netz – von Bregenz bis Neusiedl.

# Deine Rolle
Im Team Network Intelligence bringst du Machine-Learning-Modelle aus dem Prototyp in den Betrieb unseres 5G-Netzes. Gemeinsam mit Data Scientists und Netzwerkingenieur:innen baust du Systeme, die Störungen an Funkzellen vorhersagen, bevor Kund:innen sie bemerken.

# Deine Aufgaben
- Entwicklung und Betrieb von ML-Pipelines für Anomalieerkennung und Kapazitätsprognosen
- Verarbeitung von Streaming-Daten aus dem Netz mit Kafka und Spark
- Containerisierung und Deployment der Modelle mit Docker und Kubernetes
- Tracking von Experimenten und Modellversionen in MLflow
- Überwachung der Modellqualität im Betrieb (Drift, Fehlalarmquote) und Retraining
- Bereitstellung von Vorhersagen über REST-APIs für unsere Netzleitstelle

# Das bringst du mit
- Abgeschlossenes Studium (Informatik, Mathematik, Nachrichtentechnik o. Ä.)
- Mind. 3 Jahre Erfahrung als Machine Learning Engineer oder Software Engineer mit ML-Schwerpunkt
- Sehr gute Python-Kenntnisse; Erfahrung mit PyTorch oder scikit-learn
- Erfahrung mit CI/CD (GitLab CI) und Infrastructure as Code
- Teamgeist, Eigenverantwortung und Freude am Lernen neuer Technologien
- Sehr gute Deutsch- und gute Englischkenntnisse

# Was wir bieten
- Hybrides Arbeiten (bis zu 3 Tage pro Woche im Homeoffice)
- Gratis Mobilfunktarif und Glasfaser-Internet für zu Hause
- Öffi-Ticket und Kantine am Standort Wien Landstraße
- Weiterbildungsbudget von 2.000 € pro Jahr

Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 4.100,– brutto pro Monat (14 x jährlich) auf Basis Vollzeit. Eine Überzahlung ist abhängig von Qualifikation und Erfahrung vorgesehen.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['AT'],
    mentions: [
      'MLE', 'DS', 'Kafka', 'Apache Spark', 'Docker', 'Kubernetes', 'MLflow', 'Model evaluation', 'APIs', 'Python',
      'PyTorch', 'Scikit-learn', 'Deployment pipelines', 'Git', 'Continuous learning',
    ],
  },
  {
    id: 't17-d-03',
    title: 'Dipl. Pflegefachperson HF/FH Medizin 80–100 %',
    company: 'Spital Tössegg AG',
    location: 'Winterthur, ZH',
    format: 'text',
    body: `Das Spital Tössegg ist das Zentrumsspital für rund 220 000 Menschen in der Region Winterthur und im Tösstal. Mit 380 Betten, einer eigenen Notfallstation und 2100 Mitarbeitenden bieten wir eine umfassende medizinische Grundversorgung.

Für unsere Bettenstation Innere Medizin suchen wir per 1. März oder nach Vereinbarung eine engagierte

# Dipl. Pflegefachperson HF/FH 80–100 %

# Ihre Aufgaben
- Ganzheitliche Pflege und Betreuung von Patientinnen und Patienten mit internistischen Krankheitsbildern
- Planung, Durchführung und Dokumentation des Pflegeprozesses im Klinikinformationssystem
- Enge Zusammenarbeit mit Ärzteschaft, Therapie und Sozialdienst
- Begleitung von Studierenden HF/FH und Lernenden FaGe

# Ihr Profil
- Diplom als Pflegefachperson HF/FH oder eine vom SRK anerkannte ausländische Ausbildung
- Freude an der Arbeit im interprofessionellen Team
- Kommunikative, belastbare Persönlichkeit mit Humor
- Bereitschaft zu Schichtarbeit (Früh-, Spät- und Nachtdienst) sowie Wochenenddiensten

# Wir bieten
- Fünf Wochen Ferien, ab 50 Jahren sechs Wochen
- Vergünstigte Verpflegung in unserem Personalrestaurant
- Interne und externe Weiterbildungen
- Kinderkrippe auf dem Areal

Auskünfte erteilt Ihnen gerne Frau Regula Zehnder, Leiterin Pflege Innere Medizin. Wir freuen uns auf Ihre Online-Bewerbung.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Communication'],
  },
  {
    id: 't17-d-04',
    title: 'Robotik-Ingenieur (m/w/d) Bahnplanung und Simulation',
    company: 'Silbertann Robotics GmbH',
    location: '73230 Kirchheim unter Teck',
    format: 'raw',
    body: `<p><b>Silbertann Robotics</b> entwickelt und baut seit 1998 Schweiß- und Handhabungsroboter für den Karosseriebau. Unsere Roboterzellen laufen in über 40 Werken von Automobilherstellern und Zulieferern in Europa und Asien. Am Stammsitz in Kirchheim unter Teck arbeiten 520 Menschen in Entwicklung, Montage und Service.</p><p></p><p><b>Ihre Aufgaben:</b></p><ul><li>Entwicklung von Algorithmen zur kollisionsfreien Bahnplanung für 6-Achs-Roboter und Mehrrobotersysteme</li><li>Implementierung in C++ und Integration in unsere Steuerungssoftware sowie in ROS 2</li><li>Aufbau und Pflege von Simulationsmodellen für die virtuelle Inbetriebnahme</li><li>Test und Optimierung vor Ort an Roboterzellen in unserem Technikum, gelegentlich bei Kunden (Reiseanteil ca. 10 %)</li><li>Enge Abstimmung mit Mechanik, Elektrokonstruktion und Vertrieb</li></ul><p></p><p><b>Ihr Profil:</b></p><ul><li>Studium der Mechatronik, Informatik, Elektrotechnik oder Robotik (Master oder Promotion)</li><li>Mehrjährige Berufserfahrung als Robotik-Ingenieur oder in der Steuerungsentwicklung</li><li>Fundierte Kenntnisse in Kinematik, Dynamik und linearer Algebra</li><li>Sehr gute Programmierkenntnisse in C++, Python für Skripte und Tests</li><li>Erfahrung mit Git und Code-Reviews</li><li>Lösungsorientierte Arbeitsweise und Spaß an kniffligen technischen Fragestellungen</li><li>Gute Deutsch- und Englischkenntnisse</li></ul><p></p><p><b>Unser Angebot:</b></p><ul><li>Unbefristeter Arbeitsvertrag nach IG-Metall-Tarif</li><li>35-Stunden-Woche mit Gleitzeit</li><li>Betriebsrestaurant, Firmenfitness und Dienstradleasing</li></ul><p>Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['ROBO', 'C++', 'Linear algebra', 'Python', 'Git', 'Problem-solving'],
  },
  {
    id: 't17-d-05',
    title: 'Sachbearbeiter (m/w/d) Fahrgastdaten und Verkehrsstatistik',
    company: 'Verkehrsverbund Wümme-Oste (VWO)',
    location: '27356 Rotenburg (Wümme)',
    format: 'div',
    body: `Der Verkehrsverbund Wümme-Oste ist der Zusammenschluss der Landkreise Rotenburg (Wümme) und Stade für den öffentlichen Personennahverkehr. Wir planen Fahrpläne und Tarife für 74 Bus- und Bahnlinien, bestellen Verkehrsleistungen bei den Verkehrsunternehmen und sorgen dafür, dass der ÖPNV im ländlichen Raum attraktiv bleibt.

Zum nächstmöglichen Zeitpunkt ist im Bereich Angebotsplanung eine unbefristete Vollzeitstelle zu besetzen (Entgeltgruppe 9b TVöD).

# Ihre Aufgaben
- Aufbereitung und Plausibilisierung der Daten aus automatischen Fahrgastzählsystemen und dem Ticketverkauf
- Erstellung von Monats- und Jahresstatistiken für die Verbandsversammlung und das Land Niedersachsen
- Pflege und Weiterentwicklung unserer Berichte in Power BI
- Auswertungen zur Auslastung einzelner Linien als Grundlage für die Fahrplanung
- Beantwortung von Datenanfragen der Landkreise, Gemeinden und Verkehrsunternehmen

# Ihr Profil
- Abgeschlossenes Studium (Bachelor/FH) der Verkehrsplanung, Geografie, Statistik oder vergleichbar, alternativ Ausbildung zur/zum Verwaltungsfachangestellten mit einschlägiger Erfahrung
- Sicherer Umgang mit Excel und SQL; Kenntnisse in R oder Python wünschenswert
- Freude daran, Zahlen anschaulich in Diagrammen und Karten darzustellen
- Selbstständige, sorgfältige Arbeitsweise und Kommunikationsstärke
- Führerschein Klasse B

# Wir bieten
- Vergütung nach TVöD-VKA inkl. Jahressonderzahlung und Leistungsentgelt
- Betriebliche Altersversorgung (ZVK)
- Flexible Arbeitszeiten und Möglichkeit zum mobilen Arbeiten
- Deutschlandticket als Jobticket

# Hinweise zur Bewerbung
Die Stelle ist grundsätzlich teilzeitgeeignet, sofern die ganztägige Besetzung durch eine entsprechende Ergänzung gewährleistet ist. Der VWO fördert die Gleichstellung aller Geschlechter; Bewerbungen von Frauen sind ausdrücklich erwünscht. Schwerbehinderte Menschen und ihnen Gleichgestellte werden bei gleicher Eignung bevorzugt berücksichtigt; bitte fügen Sie Ihrer Bewerbung einen entsprechenden Nachweis bei.

Bitte bewerben Sie sich bis zum 15. des Folgemonats ausschließlich über unser Online-Bewerbungsportal. Fügen Sie Ihrer Bewerbung ein Anschreiben, einen Lebenslauf sowie Ihre Abschluss- und Arbeitszeugnisse bei. Die Vorstellungsgespräche finden voraussichtlich in der zweiten Hälfte des Folgemonats in unserer Geschäftsstelle in Rotenburg (Wümme) statt; Reisekosten können leider nicht erstattet werden.

Für fachliche Fragen steht Ihnen der Leiter der Angebotsplanung, Herr Tjark Vosteen, zur Verfügung. Fragen zum Auswahlverfahren beantwortet Ihnen Frau Imke Schlüter aus dem Personalbereich.

# Datenschutz
Mit Ihrer Bewerbung übermitteln Sie uns personenbezogene Daten. Wir verarbeiten diese ausschließlich zur Durchführung des Auswahlverfahrens nach Art. 6 Abs. 1 lit. b DSGVO und § 12 NDSG. Nach Abschluss des Verfahrens werden die Unterlagen nicht berücksichtigter Bewerberinnen und Bewerber nach sechs Monaten gelöscht.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['DE'],
    mentions: ['Data cleaning', 'Power BI', 'R', 'Python', 'Visualization', 'Communication'],
  },
  {
    id: 't17-d-06',
    title: 'Data Engineer H/F',
    company: 'Rivéo Bricolage',
    location: "Villeneuve-d'Ascq (59)",
    format: 'raw',
    body: `<div><b>Rivéo Bricolage</b>, c'est 128 magasins de bricolage, jardin et décoration en France et en Belgique, un site marchand qui réalise 18 % de nos ventes, et 9 000 collaborateurs qui aident chaque jour nos clients à réussir leurs projets pour la maison.</div><div><br></div><div>Au sein de la Direction Data (45 personnes), l'équipe Data Platform construit les flux qui alimentent nos tableaux de bord magasins, nos prévisions de ventes et la personnalisation du site. Nous recherchons un(e) Data Engineer pour renforcer l'équipe basée à notre siège de Villeneuve-d'Ascq.</div><div><br></div><div><b>Vos missions</b></div><ul><li>Concevoir et maintenir des pipelines d'ingestion batch et temps réel (Kafka, Spark) vers notre data lake sur Google Cloud</li><li>Modéliser les données ventes, stocks et fidélité dans BigQuery et dbt</li><li>Mettre en place des contrôles de qualité : détection des doublons, valeurs manquantes, cohérence entre caisses et ERP</li><li>Orchestrer les traitements avec Airflow et industrialiser les déploiements via GitLab CI</li><li>Accompagner les data scientists et les data analysts dans l'accès à la donnée</li></ul><div><b>Votre profil</b></div><ul><li>Bac+5 en informatique ou école d'ingénieurs</li><li>3 ans d'expérience minimum en data engineering</li><li>Maîtrise de Python et SQL ; la connaissance de Scala est un plus</li><li>Bonne pratique de Git, des revues de code et des tests</li><li>Esprit d'équipe, rigueur et capacité à vulgariser auprès des métiers</li></ul><div><b>Ce que nous offrons</b></div><ul><li>CDI, statut cadre, 2 jours de télétravail par semaine</li><li>Rémunération : 48 à 58 k€ bruts annuels selon expérience, intéressement et participation</li><li>20 % de remise dans l'ensemble de nos magasins</li><li>RTT, mutuelle prise en charge à 70 %</li></ul><div>Rivéo Bricolage s'engage en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.</div>`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: [
      'DE', 'DS', 'Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python', 'Communication',
    ],
  },
  {
    id: 't17-d-07',
    title: 'Analyste Business Intelligence (H/F/X)',
    company: 'Semois Assurances',
    location: '5000 Namur',
    industry: 'Assurances',
    format: 'escaped',
    body: `Assureur indépendant fondé à Namur en 1921, Semois Assurances protège plus de 350 000 familles et PME wallonnes en assurance auto, habitation, responsabilité civile et épargne-pension, via un réseau de 600 courtiers.

# Votre fonction
Au sein du département Finance & Reporting, vous transformez nos données de contrats et de sinistres en informations utiles pour la direction, les actuaires et le réseau commercial.

- Vous concevez et faites évoluer des tableaux de bord Power BI (primes, sinistralité, rentabilité par produit et par courtier)
- Vous écrivez et optimisez des requêtes SQL sur notre entrepôt de données
- Vous recueillez les besoins des utilisateurs métiers et les traduisez en indicateurs clairs
- Vous veillez à la fiabilité des chiffres publiés, en lien avec nos data engineers
- Vous participez à la migration de nos anciens rapports Excel vers Power BI

# Votre profil
- Master en sciences économiques, ingénieur de gestion, informatique ou équivalent
- Minimum 2 ans d'expérience comme analyste BI ou dans le reporting
- Très bonne maîtrise de Power BI (DAX, Power Query) et de SQL
- Vous aimez rendre les chiffres lisibles : le choix du bon graphique compte pour vous
- Vous comprenez les enjeux d'un assureur et le fonctionnement d'un réseau de courtiers
- Bonne communication, orale et écrite ; la connaissance du néerlandais est un atout

# Notre offre
- Un contrat à durée indéterminée dans une entreprise stable et à taille humaine
- Un package salarial attractif : chèques-repas, assurance groupe, hospitalisation, voiture de société selon fonction
- 2 jours de télétravail par semaine et horaire flexible
- 32 jours de congé

Semois Assurances applique une politique de diversité et sélectionne ses collaborateurs sur la base de leurs compétences, sans distinction d'âge, de genre, d'origine, de conviction ou de handicap.`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['BE'],
    mentions: ['BIA', 'DE', 'Power BI', 'Visualization', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-d-08',
    title: 'Ingénieur·e en vision par ordinateur 80–100 %',
    company: 'Sorvilier Optronique SA',
    location: 'Neuchâtel, NE',
    format: 'div',
    body: `Sorvilier Optronique conçoit et fabrique des machines de contrôle visuel pour les lignes de production de l'horlogerie, du décolletage et des dispositifs médicaux. Nos systèmes inspectent chaque jour des millions de composants – aiguilles, vis, ressorts, implants – directement sur les chaînes de nos clients.

# Vos responsabilités
- Développer des algorithmes de détection de défauts sur des images haute résolution (rayures, bavures, inclusions)
- Entraîner et optimiser des réseaux de neurones convolutifs pour la segmentation et la classification
- Évaluer les modèles sur des jeux de test annotés (taux de faux rejets, rappel, précision) et suivre leurs performances en production
- Porter les modèles sur nos calculateurs embarqués en C++
- Collaborer avec les équipes optique et mécanique, et avec nos clients lors des mises en service

# Votre profil
- Master ou doctorat en vision par ordinateur, traitement d'images ou apprentissage automatique
- Au moins 3 ans d'expérience comme ingénieur·e en vision par ordinateur, idéalement en contrôle industriel
- Python et PyTorch, bonne maîtrise du C++ moderne ; OpenCV
- Autonomie, rigueur et aisance en anglais technique

# Nous offrons
- Un poste dans une PME industrielle de 140 personnes, en croissance
- Horaire libre, 5 semaines de vacances
- Des locaux neufs au bord du lac, à 5 minutes de la gare`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['CH'],
    mentions: ['CVE', 'Neural networks', 'Model evaluation', 'C++', 'Python', 'PyTorch'],
  },
  {
    id: 't17-d-09',
    title: 'Gestionnaire de paie (H/F)',
    company: 'Thill & Reuter Fiduciaire S.à r.l.',
    location: 'L-8010 Strassen',
    format: 'text',
    body: `Fiduciaire indépendante établie à Strassen depuis 1987, Thill & Reuter accompagne près de 700 PME, commerçants et indépendants luxembourgeois dans leur comptabilité, leurs déclarations fiscales et la gestion de leurs salaires.

# Vos tâches
- Établissement des fiches de salaire mensuelles pour un portefeuille de clients (environ 900 salariés)
- Déclarations auprès du CCSS et suivi des affiliations
- Gestion des dossiers de frontaliers français, belges et allemands
- Réponse aux questions des clients et de leurs salariés

# Votre profil
- Formation en comptabilité ou en gestion des ressources humaines
- 2 ans d'expérience en paie luxembourgeoise
- Maîtrise du français ; l'allemand ou le luxembourgeois est un atout
- Rigueur, discrétion et sens du service client

Nous offrons un CDI, une ambiance familiale et des horaires flexibles. Merci d'envoyer votre candidature via ce portail.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['LU'],
    mentions: [],
  },
  {
    id: 't17-d-10',
    title: 'Spécialiste en apprentissage profond',
    company: 'Sylvanis Imagerie inc.',
    location: 'Montréal, QC',
    format: 'raw',
    body: `<p>Sylvanis développe des logiciels d'aide au diagnostic pour les radiologistes. Nos algorithmes analysent les mammographies et les tomodensitogrammes thoraciques dans plus de 60 hôpitaux et cliniques d'imagerie au Canada et en Europe; deux de nos produits sont homologués par Santé Canada.</p><p>Fondée en 2018 par une radiologiste et deux ingénieurs, l'entreprise compte aujourd'hui 85 personnes à Montréal et à Québec. Notre mission est simple : aider les radiologistes à trouver plus tôt les cancers et les nodules, sans ajouter à leur charge de travail. Chaque modèle que nous mettons en marché est validé dans des études multicentriques avec nos hôpitaux partenaires.</p><p><strong>Le poste</strong></p><p>Relevant de la directrice de la recherche appliquée, vous concevez et entraînez les modèles qui détectent et caractérisent les lésions. Vous travaillez avec nos chercheurs en IA, nos radiologistes-conseils et l'équipe d'ingénierie logicielle qui intègre les modèles dans nos produits.</p><p><strong>Responsabilités</strong></p><ul><li>Concevoir des architectures de réseaux de neurones profonds (CNN, transformeurs pour la vision) pour la détection et la segmentation</li><li>Entraîner les modèles sur nos grappes de GPU avec PyTorch et suivre les expériences</li><li>Mesurer la performance clinique des modèles : sensibilité, spécificité, courbes ROC et AUC, analyses par sous-groupes</li><li>Rédiger la documentation technique exigée pour les dossiers réglementaires</li><li>Faire une veille active de la littérature et partager vos lectures avec l'équipe</li></ul><p><strong>Exigences</strong></p><ul><li>Maîtrise ou doctorat en informatique, génie biomédical ou domaine connexe</li><li>4 ans d'expérience pratique en apprentissage profond, idéalement en imagerie médicale</li><li>Excellente maîtrise de Python et de PyTorch; connaissance de Docker et de Git</li><li>Solides bases en algèbre linéaire et en probabilités</li><li>Capacité à communiquer clairement en français et en anglais</li></ul><p><strong>Atouts</strong></p><ul><li>Expérience avec les données DICOM et les outils d'annotation médicale</li><li>Publications à MICCAI, MIDL ou dans une conférence comparable</li><li>Connaissance des exigences réglementaires pour les logiciels dispositifs médicaux (Santé Canada, FDA, marquage CE)</li><li>Expérience de l'apprentissage auto-supervisé ou de la distillation de modèles</li></ul><p><strong>Ce que nous offrons</strong></p><ul><li>Salaire de 110 000 $ à 135 000 $ selon l'expérience</li><li>Régime d'assurances collectives complet dès le premier jour et REER collectif avec contribution de l'employeur</li><li>Mode hybride : deux jours par semaine à nos bureaux du Mile-End</li><li>Quatre semaines de vacances dès l'embauche et congés mobiles pour la période des Fêtes</li><li>Budget annuel de 3 000 $ pour les conférences et la formation</li></ul><p><strong>Notre processus</strong></p><p>Un premier appel de 30 minutes avec notre conseillère en acquisition de talents, un entretien technique avec deux membres de l'équipe de recherche, une présentation d'un de vos projets passés, puis une rencontre avec la directrice de la recherche appliquée. Nous répondons à toutes les candidatures dans un délai de deux semaines.</p><p>Le français est la langue de travail de Sylvanis; une bonne partie de nos échanges avec les hôpitaux européens se fait toutefois en anglais. Des mesures d'adaptation sont offertes sur demande à toutes les étapes du processus.</p><p>Sylvanis souscrit au principe d'équité en matière d'emploi et invite les femmes, les Autochtones, les personnes en situation de handicap et les membres des minorités visibles à poser leur candidature.</p>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: [
      'ARS', 'Neural networks', 'PyTorch', 'Model evaluation', 'Continuous learning', 'Python', 'Docker', 'Git',
      'Linear algebra', 'Probability', 'Communication',
    ],
  },
  {
    id: 't17-d-11',
    title: 'Científico/a de Datos – Retención de Clientes',
    company: 'Ríasnet Telecom',
    location: 'A Coruña, Galicia, España',
    format: 'html',
    body: `En Ríasnet llevamos fibra, móvil y televisión a más de 420.000 hogares y empresas de Galicia y Asturias. Somos el operador de referencia del noroeste y seguimos desplegando red propia en pueblos a los que nadie más llega.

# ¿Qué harás?
Te incorporarás al equipo de Analítica Avanzada (8 personas) para ayudar a que nuestros clientes se queden con nosotros:
- Desarrollar modelos de propensión a la baja (churn) y de siguiente mejor oferta
- Construir variables a partir de datos de uso, facturación, incidencias técnicas y llamadas al servicio de atención al cliente
- Entrenar y comparar modelos (regresión logística, XGBoost, LightGBM) y medir su rendimiento con AUC y lift
- Diseñar tests A/B con el equipo de marketing para medir el impacto real de las campañas
- Segmentar la base de clientes para personalizar la comunicación comercial
- Explicar los resultados a dirección de forma clara, con recomendaciones de negocio

# ¿Qué buscamos?
- Grado o máster en Matemáticas, Estadística, Ingeniería o similar
- Al menos 2 años de experiencia como científico/a de datos
- Python (pandas, scikit-learn) y SQL avanzado; valoraremos PySpark
- Conocimientos sólidos de estadística e inferencia
- Capacidad para entender el negocio y traducir preguntas comerciales en análisis
- Gallego o castellano nativo y buen nivel de inglés

# ¿Qué ofrecemos?
- Contrato indefinido y salario entre 38.000 y 46.000 € brutos anuales
- Jornada intensiva los viernes y en verano
- Teletrabajo 3 días a la semana
- Fibra y móvil gratis, seguro médico y retribución flexible`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['ES'],
    mentions: [
      'DS', 'Feature engineering', 'Regression', 'Decision trees', 'Model evaluation', 'Hypothesis testing',
      'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Apache Spark', 'Business acumen',
    ],
  },
  {
    id: 't17-d-12',
    title: 'Ingeniero(a) de Datos Sr.',
    company: 'Supermercados Xoconostle',
    location: 'Ciudad de México, CDMX',
    countryHints: ['MX'],
    industry: 'Retail',
    format: 'raw',
    body: `<p><strong>¿Quiénes somos?</strong></p><p>Somos una cadena mexicana de supermercados con 210 tiendas en el centro del país, 2 centros de distribución y venta en línea con entrega a domicilio. Más de 15,000 colaboradores hacemos posible que millones de familias llenen su despensa cada semana.</p><p><strong>¿Qué harás?</strong></p><ul><li>Diseñar, construir y mantener pipelines de datos de ventas, inventarios y comercio electrónico en Azure (Data Factory, Databricks)</li><li>Procesar grandes volúmenes de transacciones de punto de venta con Spark</li><li>Integrar eventos en tiempo real desde Kafka hacia nuestro lago de datos</li><li>Asegurar la calidad de la información: validaciones, depuración de registros duplicados y conciliación con el ERP</li><li>Automatizar despliegues con Azure DevOps y llevar el control de versiones en Git</li><li>Trabajar de la mano con analistas de BI y científicos de datos</li></ul><p><strong>Requisitos</strong></p><ul><li>Ingeniería en Sistemas, Computación o afín</li><li>5+ años de experiencia como Ingeniero de Datos</li><li>Dominio de Python, SQL y PySpark</li><li>Experiencia con modelado dimensional y data warehousing</li><li>Inglés intermedio</li><li>Disponibilidad para trabajar en oficinas corporativas en Azcapotzalco (esquema híbrido)</li></ul><p><strong>Ofrecemos</strong></p><ul><li>Sueldo competitivo + prestaciones superiores a las de ley</li><li>Vales de despensa, fondo de ahorro y seguro de gastos médicos mayores</li><li>Descuento en nuestras tiendas</li></ul><p>Supermercados Xoconostle es una empresa incluyente. No solicitamos certificado de no gravidez ni pruebas de VIH.</p>`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: [
      'DE', 'BIA', 'DS', 'Apache Spark', 'Kafka', 'Data cleaning', 'Deployment pipelines', 'Git', 'Python',
    ],
  },
  {
    id: 't17-d-13',
    title: 'Analista Sr. de Riesgo Crediticio',
    company: 'Tacuarí Créditos S.A.',
    location: 'CABA, Buenos Aires',
    format: 'escaped',
    body: `Tacuarí es una fintech argentina que otorga préstamos personales y financiación de compras en cuotas, 100% online. Desde 2017 les prestamos a más de 900.000 personas, muchas de ellas sin historial bancario.

# Tu misión
Vas a sumarte al equipo de Riesgo para diseñar las políticas de originación y seguimiento de nuestra cartera.

- Desarrollar y recalibrar scorecards de originación y comportamiento (regresión logística)
- Monitorear la performance de los modelos vigentes: estabilidad de la población, KS, Gini, backtesting de pérdidas
- Definir políticas de aprobación, límites y pricing por riesgo
- Analizar cosechas (vintages) de mora y proponer ajustes
- Armar reportes periódicos para el Directorio y el BCRA

# Lo que buscamos
- Profesional en Economía, Actuario, Estadística o Ingeniería
- 3+ años en riesgo de crédito en bancos, financieras o fintechs
- Manejo avanzado de SQL y de Python o R
- Capacidad para presentar conclusiones a áreas no técnicas
- Proactividad y pensamiento crítico para cuestionar supuestos

# Beneficios
- Modalidad híbrida (2 días en la oficina de Palermo)
- Prepaga de primer nivel para vos y tu familia
- Sueldo actualizado por inflación, con revisión trimestral
- Semana extra de vacaciones y día de cumpleaños libre`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['AR'],
    mentions: ['Regression', 'Model evaluation', 'Python', 'R', 'Communication', 'Critical thinking'],
  },
  {
    id: 't17-d-14',
    title: 'Ingeniero(a) de Machine Learning',
    company: 'Sinúlabs S.A.S.',
    location: 'Medellín, Antioquia',
    format: 'double',
    body: `Sinúlabs es una empresa de software colombiana. Construimos productos SaaS de atención al cliente y automatización de procesos que usan más de 300 empresas en Latinoamérica, desde aseguradoras hasta universidades y cadenas de restaurantes.

Buscamos un(a) Ingeniero(a) de Machine Learning para llevar a producción los modelos de nuestro equipo de ciencia de datos: clasificación de tickets, detección de intención y recomendación de respuestas.

# Responsabilidades
- Empaquetar modelos como servicios con FastAPI y exponerlos como APIs REST
- Construir pipelines de entrenamiento y despliegue en Google Cloud (Vertex AI, GKE)
- Configurar CI/CD con GitHub Actions para código y modelos
- Registrar experimentos y versiones de modelos con MLflow
- Monitorear latencia, costos y desempeño de los modelos en producción, detectando drift
- Acompañar a los científicos de datos en buenas prácticas de ingeniería

# Requisitos
- 3 años o más de experiencia en ingeniería de software o MLOps
- Python avanzado, Docker y Kubernetes
- Experiencia con alguna nube pública (ideal GCP)
- Deseable: certificación Google Professional Machine Learning Engineer
- Inglés conversacional (B2)
- Ganas de aprender y de compartir lo que sabes

# Ofrecemos
- Contrato a término indefinido
- Trabajo remoto desde cualquier ciudad de Colombia, con encuentros trimestrales en Medellín
- Plan complementario de salud y auxilio educativo`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['CO'],
    mentions: [
      'MLE', 'DS', 'APIs', 'Google AI Platform', 'Kubernetes', 'Deployment pipelines', 'Git', 'MLflow',
      'Model evaluation', 'Python', 'Docker', 'CERT_GCP', 'Continuous learning',
    ],
  },
  {
    id: 't17-d-15',
    title: 'Product Manager de Inteligencia Artificial',
    company: 'Vilcanota Líneas Aéreas S.A.C.',
    location: 'Miraflores, Lima',
    format: 'div',
    body: `Vilcanota Líneas Aéreas conecta 19 destinos del Perú y 7 de Sudamérica con una flota de 28 aviones. Cada año volamos con más de 4 millones de pasajeros.

Nuestra Gerencia de Transformación Digital busca un(a) Product Manager de IA para liderar los productos basados en datos que mejoran la experiencia del pasajero y la eficiencia de la operación.

# Funciones
- Definir la visión y el roadmap de productos de IA: pronóstico de demanda, precios dinámicos y asistente virtual para atención al pasajero
- Priorizar el backlog junto a científicos de datos, ingenieros de machine learning y las áreas de negocio
- Definir métricas de éxito y diseñar experimentos A/B para validar cada lanzamiento
- Asegurar el uso responsable de los datos de pasajeros conforme a la Ley de Protección de Datos Personales
- Comunicar avances y resultados a la gerencia

# Requisitos
- 4+ años en gestión de productos digitales, al menos 2 con productos de machine learning o analítica
- Conocimiento suficiente de machine learning para conversar con el equipo técnico
- Experiencia trabajando con metodologías ágiles
- Excelente comunicación y visión de negocio
- Inglés avanzado

# Beneficios
- Pasajes liberados para ti y tu familia
- EPS cubierta al 100 %
- Horario flexible y modalidad híbrida`,
    role: 'AIPM',
    sector: null,
    countries: ['PE'],
    mentions: ['AIPM', 'DS', 'MLE', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't17-d-16',
    title: 'Analista de Dados Pleno',
    company: 'Vitalara Saúde',
    location: 'Belo Horizonte - MG',
    format: 'raw',
    body: `<p><strong>Sobre a Vitalara</strong></p><p>A Vitalara Saúde é uma operadora de planos de saúde com mais de 380 mil beneficiários em Minas Gerais e rede própria de 14 clínicas e 2 hospitais. Nosso propósito é cuidar de gente com qualidade e custo justo.</p><p><strong>Responsabilidades</strong></p><ul><li>Construir e manter dashboards de sinistralidade, utilização da rede e indicadores assistenciais no Power BI</li><li>Extrair, limpar e validar dados de contas médicas, autorizações e cadastro de beneficiários com SQL</li><li>Identificar padrões de uso e oportunidades de redução de custos junto às áreas de Regulação e Atuarial</li><li>Apoiar os cientistas de dados na preparação de bases para modelos preditivos</li><li>Garantir a consistência dos indicadores enviados à ANS</li></ul><p><strong>Requisitos</strong></p><ul><li>Superior completo em Estatística, Engenharia, Economia, Sistemas de Informação ou áreas afins</li><li>Experiência com SQL avançado e Power BI (DAX)</li><li>Conhecimento em Python para análise de dados (pandas)</li><li>Boa comunicação e capacidade de contar histórias com dados</li><li>Desejável: experiência na área de saúde suplementar</li></ul><p><strong>Benefícios</strong></p><ul><li>Plano de saúde e odontológico Vitalara sem coparticipação</li><li>Vale-refeição ou vale-alimentação</li><li>PLR e auxílio academia</li><li>Modelo híbrido: 3 dias no escritório da Savassi</li></ul><p>Todas as pessoas são bem-vindas. Valorizamos a diversidade e incentivamos candidaturas de pessoas com deficiência.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['BR'],
    mentions: ['Power BI', 'Data cleaning', 'DS', 'Python', 'Pandas', 'Communication'],
  },
  {
    id: 't17-d-17',
    title: 'Analista de Suporte Técnico N2',
    company: 'Tucunaré Telecom',
    location: 'Londrina - PR',
    industry: 'Telecomunicações',
    format: 'text',
    body: `Estamos contratando! Venha fazer parte do nosso time de Suporte Técnico em Londrina.

# Atividades
- Atendimento de chamados de segundo nível de clientes residenciais e corporativos (fibra óptica)
- Diagnóstico remoto de ONUs, roteadores e conexões PPPoE
- Configuração de VLANs e acompanhamento de rompimentos junto à equipe de campo
- Registro de ocorrências no sistema de OS

# Requisitos
- Curso técnico ou superior em Redes, Telecomunicações ou TI (cursando ou completo)
- Experiência em suporte a provedor de internet
- Conhecimentos em Mikrotik, Huawei e redes TCP/IP
- Disponibilidade para escala 6x1, inclusive fins de semana
- Boa comunicação e paciência com o cliente

# Benefícios
- Salário compatível + adicional noturno quando aplicável
- Vale-transporte e vale-alimentação
- Plano odontológico
- Internet fibra 500 Mega grátis`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['BR'],
    mentions: ['Communication'],
  },
  {
    id: 't17-d-18',
    title: 'Engenheiro(a) de NLP',
    company: 'Tágide AI, Lda.',
    location: 'Lisboa',
    format: 'html',
    body: `A Tágide AI desenvolve uma plataforma de processamento de linguagem natural que permite a empresas de qualquer setor analisar documentos, emails e conversas em português, espanhol e inglês. Somos 35 pessoas, com escritório no Cais do Sodré e clientes em seis países.

# O que vais fazer
- Desenvolver modelos de extração de entidades, classificação de documentos e sumarização, com especial foco no português europeu
- Fazer fine-tuning de modelos transformer (BERT, T5, LLMs abertos) com PyTorch e Hugging Face
- Construir conjuntos de avaliação e medir precisão, recall e F1 por cliente e por tipo de documento
- Colocar os modelos em produção com a equipa de plataforma (Docker, Kubernetes, APIs internas)
- Acompanhar a investigação na área e propor novas abordagens

# O que procuramos
- Mestrado ou doutoramento em Engenharia Informática, Linguística Computacional ou área relacionada
- 3+ anos de experiência como engenheiro(a) de NLP ou de machine learning
- Python excelente; experiência com PyTorch
- Boas práticas de engenharia: Git, testes, revisão de código
- Português nativo e inglês fluente; espanhol é uma vantagem
- Gosto por aprender continuamente e por partilhar conhecimento

# O que oferecemos
- Salário entre 45.000 € e 60.000 € brutos anuais
- Seguro de saúde extensível ao agregado familiar
- Regime híbrido, 2 dias por semana no escritório
- Orçamento anual para conferências e formação`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['PT'],
    mentions: [
      'NLP_ENG', 'MLE', 'Neural networks', 'PyTorch', 'Model evaluation', 'Docker', 'Kubernetes', 'APIs', 'Python',
      'Git', 'Continuous learning',
    ],
  },
  {
    id: 't17-d-19',
    title: 'Tecnico Manutentore Impianti a Fune',
    company: 'Sciovie Alta Valzebrù S.p.A.',
    location: 'Valfurva (SO)',
    format: 'text',
    body: `Sciovie Alta Valzebrù gestisce 11 impianti di risalita e 38 km di piste nel comprensorio sciistico dell'alta Valtellina, con apertura invernale ed estiva.

Cerchiamo un tecnico manutentore da inserire nella squadra impianti, con contratto a tempo indeterminato.

# Mansioni
- Manutenzione ordinaria e straordinaria di seggiovie, cabinovie e skilift
- Controlli giornalieri e registrazione delle verifiche previste dalla normativa
- Interventi su quadri elettrici, PLC e sistemi oleodinamici
- Supporto durante le revisioni generali estive

# Requisiti
- Diploma tecnico (elettrotecnica, meccanica o meccatronica)
- Esperienza in manutenzione industriale; gradita abilitazione di capo servizio o macchinista
- Capacità di lavorare in quota e in condizioni climatiche difficili
- Attitudine al problem solving e disponibilità a turni e reperibilità
- Patente B

# Offriamo
- CCNL funiviario, alloggio in zona disponibile per i primi mesi
- Skipass stagionale per il dipendente e i familiari
- Formazione continua`,
    role: null,
    sector: null,
    countries: ['IT'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't17-d-20',
    title: 'Addetto/a Vendite Part-Time 24h',
    company: 'Supermercati Sirente',
    location: 'Pescara (PE)',
    industry: 'Grande distribuzione organizzata',
    format: 'text',
    body: `Supermercati Sirente, catena abruzzese con 46 punti vendita, ricerca addetti/e vendite per il nuovo negozio di Pescara Porta Nuova.

Attività: rifornimento scaffali, banco gastronomia, cassa.

# Requisiti
- Gradita esperienza nella GDO
- Disponibilità su turni, anche festivi
- Ottime capacità comunicative

Contratto part-time 24 ore, tempo determinato 6 mesi con possibilità di proroga, CCNL Commercio, 5° livello.

La ricerca è rivolta a candidati di entrambi i sessi (L. 903/77 e D.Lgs. 198/2006).`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['IT'],
    mentions: ['Communication'],
  },
  {
    id: 't17-d-21',
    title: 'BI-ontwikkelaar (36 uur)',
    company: 'Waterschap Zuiderveen',
    location: 'Zwolle',
    format: 'div',
    body: `Waterschap Zuiderveen zorgt voor droge voeten, voldoende en schoon water en het zuiveren van afvalwater voor ruim 600.000 inwoners in Overijssel en Drenthe. We beheren 3.200 kilometer watergangen, 140 gemalen en 12 rioolwaterzuiveringen.

# Wat ga je doen?
Als BI-ontwikkelaar in het team Informatievoorziening zorg je dat collega's van beleid tot beheer de juiste informatie hebben. Je bouwt rapportages over waterstanden, zuiveringsprestaties en onderhoud van kunstwerken, en verbetert ons datawarehouse samen met de data engineers.

- Je ontwikkelt datamodellen en rapportages in Power BI
- Je schrijft SQL en bouwt ETL-processen in Azure Data Factory
- Je vertaalt informatievragen van collega's naar heldere dashboards
- Je borgt de datakwaliteit van sensordata uit gemalen en meetpunten

# Wat vragen we?
- Hbo-werk- en denkniveau, bijvoorbeeld Bedrijfskundige Informatica of HBO-ICT
- Minimaal 3 jaar ervaring als BI-ontwikkelaar of BI-specialist
- Goede kennis van Power BI, DAX en SQL
- Je legt technische keuzes uit in begrijpelijke taal
- Affiniteit met het werk van een overheidsorganisatie

# Wat bieden we?
- Salaris maximaal € 5.180 bruto per maand (schaal 10 CAO Waterschappen), afhankelijk van opleiding en ervaring
- Individueel Keuzebudget van 19,05 % bovenop je salaris
- Hybride werken en een thuiswerkvergoeding
- Opleidingsbudget en ruimte voor persoonlijke ontwikkeling

Een assessment kan deel uitmaken van de selectieprocedure. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['BIA', 'DE', 'Power BI', 'Data cleaning', 'Communication'],
  },
  {
    id: 't17-d-22',
    title: 'Machine Learning Engineer – Netbeheer',
    company: 'Rupelstreek Netbeheer',
    location: 'Mechelen, Antwerpen, België',
    format: 'raw',
    body: `<p style="min-height: 1.7em;">Rupelstreek Netbeheer is de distributienetbeheerder voor elektriciteit en aardgas in 23 Vlaamse gemeenten. Wij zorgen ervoor dat 410.000 gezinnen en bedrijven betrouwbaar stroom en gas krijgen, en we bereiden het net voor op warmtepompen, laadpalen en zonnepanelen.</p><h4><strong>Jouw rol</strong></h4><p>In ons Data &amp; AI-team (12 collega's) bouw je mee aan modellen die de belasting van onze laagspanningscabines voorspellen en congestie op het net detecteren. Je werkt samen met data scientists, netplanners en IT-architecten.</p><ul><li><p>Je brengt voorspellingsmodellen van notebook naar productie</p></li><li><p>Je bouwt pipelines voor training en scoring op Azure Machine Learning en Databricks</p></li><li><p>Je automatiseert testen en releases met Azure DevOps pipelines</p></li><li><p>Je volgt de nauwkeurigheid van de modellen op en grijpt in bij drift</p></li><li><p>Je verwerkt meetdata van digitale meters met Spark</p></li></ul><h4><strong>Jouw profiel</strong></h4><ul><li><p>Master in de ingenieurswetenschappen, informatica of statistiek</p></li><li><p>Minstens 3 jaar ervaring als machine learning engineer of data engineer</p></li><li><p>Sterk in Python en SQL; ervaring met scikit-learn en LightGBM</p></li><li><p>Je werkt met Git en kent de principes van MLOps</p></li><li><p>Je bent leergierig en houdt je kennis bij</p></li><li><p>Vlot Nederlands, goede kennis van het Engels</p></li></ul><h4><strong>Ons aanbod</strong></h4><ul><li><p>Een vast contract met een competitief loon, maaltijdcheques, hospitalisatie- en groepsverzekering</p></li><li><p>Een bedrijfswagen of mobiliteitsbudget</p></li><li><p>Glijdende werkuren en twee dagen thuiswerk per week</p></li></ul>`,
    role: 'MLE',
    sector: null,
    countries: ['BE'],
    mentions: [
      'DS', 'MLE', 'DE', 'Microsoft Azure ML', 'Deployment pipelines', 'Model evaluation', 'Apache Spark', 'Python',
      'Scikit-learn', 'Decision trees', 'Git', 'Continuous learning',
    ],
  },
  {
    id: 't17-d-23',
    title: 'Starszy Programista Java',
    company: 'Wydma HR sp. z o.o.',
    location: 'Warszawa, mazowieckie',
    format: 'double',
    body: `Wydma HR to agencja rekrutacyjna specjalizująca się w rekrutacji specjalistów IT. Dla naszego Klienta – dużej międzynarodowej organizacji z warszawskim centrum kompetencyjnym – poszukujemy doświadczonego programisty Java.

# Zakres obowiązków
- Projektowanie i rozwój mikroserwisów w Java 17 i Spring Boot
- Tworzenie i utrzymanie REST API dla aplikacji webowych i mobilnych
- Integracja systemów z wykorzystaniem Kafki
- Udział w code review i dbanie o jakość kodu
- Współpraca z zespołami w Polsce i Hiszpanii

# Wymagania
- Min. 5 lat doświadczenia w programowaniu w Javie
- Znajomość Dockera i Kubernetesa
- Doświadczenie z Git oraz pipeline'ami CI/CD (Jenkins lub GitLab CI)
- Bardzo dobra znajomość języka angielskiego (min. B2)
- Umiejętność samodzielnego rozwiązywania problemów

# Oferujemy
- Wynagrodzenie 22 000 – 27 000 zł netto + VAT (B2B) lub 18 000 – 22 000 zł brutto (UoP)
- Pracę hybrydową – 2 dni w biurze na Mokotowie
- Prywatną opiekę medyczną i kartę sportową
- Budżet szkoleniowy

Prosimy o zawarcie w CV klauzuli: „Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z RODO.”`,
    role: null,
    sector: null,
    countries: ['PL'],
    mentions: ['Java', 'APIs', 'Kafka', 'Docker', 'Kubernetes', 'Git', 'Deployment pipelines', 'Problem-solving'],
  },
  {
    id: 't17-d-24',
    title: 'Dataingenjör',
    company: 'Ruttvis AB',
    location: 'Göteborg',
    format: 'escaped',
    body: `Ruttvis bygger planeringssystem för kommunal avfallshantering. Över 70 svenska och norska kommuner och kommunala renhållningsbolag använder vår plattform för att planera sophämtningsrutter, följa upp tömningar och minska körsträckor och utsläpp.

# Om tjänsten
Vi söker en dataingenjör som vill ta ansvar för flödet av data från våra kunders sopbilar, sensorer i kärl och kommunernas abonnentregister. Du blir en del av vårt dataplattformsteam på fyra personer och arbetar nära våra utvecklare och vår data scientist.

# Arbetsuppgifter
- Bygga och underhålla datapipelines i Python och SQL
- Ta emot händelseströmmar från fordon via Kafka
- Tvätta och harmonisera adress- och abonnentdata från olika kommunala system
- Utveckla och dokumentera API:er som kunderna använder för att hämta statistik
- Automatisera driftsättning med GitHub Actions och Docker

# Vi tror att du har
- Några års erfarenhet som dataingenjör eller backendutvecklare
- Goda kunskaper i Python, SQL och molntjänster (vi kör på Azure)
- Erfarenhet av Kafka eller liknande strömningsplattformar
- Du tycker om att lösa problem och uttrycker dig väl i tal och skrift på svenska

# Vi erbjuder
- Kollektivavtal, tjänstepension och friskvårdsbidrag på 5 000 kr
- Flexibla arbetstider och möjlighet till distansarbete två dagar i veckan
- Kontor vid Lindholmen

Urval sker löpande, så skicka gärna din ansökan redan idag. Vi undanber oss samtal från rekryteringsföretag och annonsförsäljare.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['SE'],
    mentions: [
      'DE', 'DS', 'Python', 'Kafka', 'Data cleaning', 'APIs', 'Git', 'Deployment pipelines', 'Docker',
      'Problem-solving', 'Communication',
    ],
  },
  {
    id: 't17-d-25',
    title: 'Senior NLP Engineer',
    company: 'Vérilex',
    location: 'Paris, Île-de-France, France',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;About Vérilex&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Vérilex builds contract-review software for in-house legal teams and law firms. Our platform reads agreements in French, English and German, flags risky clauses and answers lawyers&#39; questions about their contract portfolio. Founded in 2020, we are 85 people in Paris and Berlin.&lt;/p&gt;&lt;/div&gt;&lt;h3&gt;The role&lt;/h3&gt;&lt;p&gt;You will join the Language team (6 engineers, 2 research scientists) that owns our clause extraction and question-answering models. You will ship models that lawyers rely on under real deadlines, so quality and explainability matter as much as speed.&lt;/p&gt;&lt;h3&gt;What you&#39;ll do&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Design and train models for clause classification, named-entity recognition and retrieval over long legal documents&lt;/li&gt;&lt;li&gt;Fine-tune and distil transformer models, and compare open-weight LLMs against our in-house baselines&lt;/li&gt;&lt;li&gt;Build annotation guidelines and evaluation sets with our legal experts; track precision, recall and answer faithfulness for every release&lt;/li&gt;&lt;li&gt;Serve models behind internal APIs with our platform team, keeping latency low&lt;/li&gt;&lt;li&gt;Mentor two mid-level NLP engineers&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;What we&#39;re looking for&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;5+ years building NLP systems in production&lt;/li&gt;&lt;li&gt;Strong Python; deep experience with PyTorch and the Hugging Face ecosystem&lt;/li&gt;&lt;li&gt;Experience with retrieval (dense and sparse), vector databases and prompt design&lt;/li&gt;&lt;li&gt;Clear written communication in English; French is a plus, not a requirement&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Your first months&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;In your first month, you will ship a change to our clause classifier and get to know our evaluation harness and annotation tooling&lt;/li&gt;&lt;li&gt;By month three, you will own the roadmap for question answering over contract portfolios, working with our product lead and two of our lawyer-designers&lt;/li&gt;&lt;li&gt;By month six, you will have led the move of one production model from a fine-tuned encoder to a retrieval-augmented setup, or shown with data why we should not&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Our stack&lt;/h3&gt;&lt;p&gt;Python everywhere on the ML side, PyTorch and Hugging Face for training, Ray for batch jobs, PostgreSQL with pgvector for retrieval. Services run on Kubernetes and ship through GitHub Actions. We keep the stack boring on purpose so that the interesting work happens in the models.&lt;/p&gt;&lt;h3&gt;Nice to have&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Publications at ACL, EMNLP or similar venues&lt;/li&gt;&lt;li&gt;Experience with multilingual or legal text&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;What we offer&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;€75k–€95k base salary plus BSPCE (stock options)&lt;/li&gt;&lt;li&gt;Meal card and full health cover (mutuelle) paid at 100%&lt;/li&gt;&lt;li&gt;Hybrid policy: 2 days a week in our office near Sentier&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Hiring process&lt;/h3&gt;&lt;p&gt;A 30-minute call with our talent partner; a technical conversation with two engineers from the Language team about a system you have built; a take-home-free pairing session on a small extraction problem using our real (anonymised) data; and a final conversation with our CTO and our head of legal product. We aim to give you an answer within three weeks of your first call.&lt;/p&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Vérilex is an equal opportunity employer. We welcome applications from people of all backgrounds.&lt;/p&gt;&lt;/div&gt;`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['FR'],
    mentions: [
      'ARS', 'NLP_ENG', 'Neural networks', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'Communication',
      'Kubernetes', 'Git', 'Deployment pipelines',
    ],
  },
  {
    id: 't17-d-26',
    title: 'Computer Vision Engineer – Perception (f/m/d)',
    company: 'Sehwerk Automotive GmbH',
    location: 'Munich, Bavaria, Germany',
    format: 'html',
    body: `Sehwerk develops the camera-based perception software for the automated driving functions of premium carmakers. Our software runs in series-production vehicles on the road today, from highway pilot to automated parking, and 380 engineers in Munich, Ingolstadt and Cluj are working on the next generation.

# Your mission
As a Computer Vision Engineer in the Perception team you develop the deep-learning models that detect vehicles, pedestrians, lanes and traffic signs from surround-view cameras.

- Design and train multi-task CNN and transformer architectures for 2D/3D object detection and semantic segmentation
- Build data pipelines for selecting, labelling and cleaning training data from our test fleet
- Evaluate models against KPI sets (mAP, false positive rate per 1,000 km) and analyse failure cases
- Optimise networks for embedded automotive SoCs (quantisation, pruning) together with our C++ team
- Contribute to safety documentation according to ISO 26262 and ISO 21448 (SOTIF)

# Your profile
- Master's degree or PhD in computer science, electrical engineering or a related field
- 3+ years of hands-on experience in computer vision with deep learning
- Very good Python skills and experience with PyTorch; C++ is a plus
- Solid understanding of linear algebra and camera geometry
- Structured way of working and good communication skills in English; German is a plus

# What we offer
- Permanent contract, 30 days of vacation, flexible working hours and up to 40% mobile work
- Company pension scheme and subsidised Deutschlandticket
- Work with one of Europe's largest automotive camera datasets

We value diversity and welcome all applications regardless of gender, nationality, ethnic and social origin, religion, disability, age, sexual orientation and identity.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: [
      'CVE', 'Neural networks', 'Data cleaning', 'Model evaluation', 'C++', 'Python', 'PyTorch', 'Linear algebra',
      'Communication',
    ],
  },
  {
    id: 't17-d-27',
    title: 'Data Analyst – Marketplace',
    company: 'Trastea',
    location: 'Barcelona, Catalonia, Spain',
    format: 'escaped',
    body: `Trastea is Spain's marketplace for second-hand furniture and home goods. Three million people use our app to buy and sell sofas, lamps and bikes, and we handle payment and delivery between them.

# The team
You'll join the Marketplace Analytics team (5 analysts) and partner with product managers, engineers and the operations team that runs our delivery network.

# What you'll do
- Own the metrics for buyer and seller conversion, search and delivery
- Design and analyse A/B tests for new features in the app, and help teams read results correctly
- Build and maintain dashboards in Looker that teams use every day
- Dig into questions like "why did listings in Valencia drop last week?" and turn the answers into recommendations
- Work with our analytics engineers to improve the data models in dbt

# What you bring
- 2+ years of experience as a data or product analyst
- Excellent SQL; Python for analysis is a plus
- Solid grasp of statistics and experiment design
- Able to tell a clear story with data to non-technical colleagues
- Curious, pragmatic and comfortable with ambiguity
- English required; Spanish or Catalan is a plus

# What we offer
- Salary range €42,000–€52,000
- Flexible hours, hybrid work (2 days in our Poblenou office)
- Private health insurance and meal vouchers
- €300 a year to spend on our marketplace`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['ES'],
    mentions: ['Hypothesis testing', 'Python', 'Communication', 'Adaptability'],
  },
  {
    id: 't17-d-28',
    title: 'Research Scientist, Speech',
    company: 'Varanda Voice Labs',
    location: 'Porto, Portugal',
    format: 'raw',
    body: `<p style="min-height:1.5em">Varanda Voice Labs builds speech recognition and voice synthesis models that developers build into their products. Our models power call-centre transcription, dubbing tools and accessibility apps in 30 languages. We are a team of 60, mostly in Porto, with a small office in London.</p><p style="min-height:1.5em"><strong>About the role</strong></p><p style="min-height:1.5em">We're hiring a Research Scientist to push the accuracy of our recognition models on low-resource languages and noisy, real-world audio. You will own research projects from idea to production model, working with our ML engineers, who run training infrastructure and serving.</p><p style="min-height:1.5em"><strong>You will</strong></p><ul><li><p style="min-height:1.5em">Explore new neural network architectures and training objectives for end-to-end speech recognition (conformers, self-supervised pre-training)</p></li><li><p style="min-height:1.5em">Run large-scale experiments on our GPU cluster and analyse word error rate across languages, accents and audio conditions</p></li><li><p style="min-height:1.5em">Apply reinforcement learning from human feedback to improve the naturalness of synthesised speech</p></li><li><p style="min-height:1.5em">Publish at Interspeech, ICASSP or NeurIPS when it makes sense</p></li></ul><p style="min-height:1.5em"><strong>You have</strong></p><ul><li><p style="min-height:1.5em">A PhD in machine learning, speech processing or a related field, or equivalent research experience</p></li><li><p style="min-height:1.5em">A publication record in speech or deep learning</p></li><li><p style="min-height:1.5em">Strong Python and PyTorch; JAX is a plus</p></li><li><p style="min-height:1.5em">Solid foundations in probability, linear algebra and optimisation</p></li></ul><p style="min-height:1.5em"><strong>We offer</strong></p><ul><li><p style="min-height:1.5em">Competitive salary and equity</p></li><li><p style="min-height:1.5em">Conference budget and 10% time for open research</p></li><li><p style="min-height:1.5em">Relocation support to Porto</p></li></ul>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['PT'],
    mentions: [
      'ARS', 'MLE', 'Neural networks', 'Model evaluation', 'Reinforcement learning', 'Python', 'PyTorch',
      'Probability', 'Linear algebra',
    ],
  },
  {
    id: 't17-d-29',
    title: 'Senior Site Reliability Engineer',
    company: 'Yarrowline',
    location: 'Remote – Southern Europe',
    locations: ['Remote - Italy', 'Remote - Spain', 'Remote - Portugal'],
    format: 'double',
    body: `We're a Series B company of 140 people, fully remote across Europe, and our traffic has tripled in the last year. We're looking for an SRE who can help us keep up without losing sleep.

# What you'll work on
- Run and evolve our Kubernetes platform (EKS) across three AWS regions
- Own our observability stack: Prometheus, Grafana, OpenTelemetry and on-call alerting
- Improve our CI/CD with GitHub Actions and Argo CD so that every team can deploy several times a day
- Lead incident reviews and turn them into concrete reliability work
- Keep our Kafka clusters and PostgreSQL databases healthy and cost-efficient

# About you
- 5+ years in SRE, DevOps or platform engineering
- Deep Kubernetes and Terraform experience; you've run Kafka in production
- Comfortable writing Go or Python for tooling
- Calm under pressure and good at explaining trade-offs in writing
- Able to join an on-call rotation (one week in six, paid)

# Why us
- Fully remote, with two team offsites a year
- Competitive salary paid in EUR, plus stock options
- 30 days of holiday and a home-office budget

This role is open to candidates living in Italy, Spain or Portugal; we employ through local entities.`,
    role: null,
    sector: null,
    countries: ['IT', 'ES', 'PT'],
    mentions: ['Kubernetes', 'Deployment pipelines', 'Git', 'Kafka', 'Python', 'Communication'],
  },
  {
    id: 't17-d-30',
    title: 'Clinical Data Manager',
    company: 'Sablon Clinical Research',
    location: 'Wavre, Walloon Brabant, Belgium',
    format: 'html',
    body: `Sablon Clinical Research is a mid-sized contract research organisation running phase I–III clinical trials for pharmaceutical and biotech sponsors across Europe. Our 420 staff manage studies in oncology, immunology and rare diseases.

# Your responsibilities
- Set up study databases in our EDC system and write data management plans
- Define edit checks and review data listings to detect missing, inconsistent or duplicate entries
- Raise and resolve queries with investigator sites until the database is clean and ready for lock
- Reconcile safety data and external lab data with the clinical database
- Work closely with biostatisticians, clinical research associates and the sponsor's study team

# Your profile
- Master's degree in life sciences, pharmacy or a related field
- At least 3 years of clinical data management experience in a CRO or pharma company
- Working knowledge of CDISC standards (CDASH, SDTM) and ICH-GCP
- SAS or R for data listings is an asset
- Precise, organised, and a clear communicator with sites and sponsors
- Fluent English; French or Dutch is an advantage

# We offer
- A permanent contract with a competitive salary, meal vouchers, group and hospitalisation insurance
- Company car or mobility budget
- Two days of remote work per week`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['Data cleaning', 'R', 'Communication'],
  },
  {
    id: 't17-d-31',
    title: 'Deep Learning Specialist, Protein Design',
    company: 'Søholm Institute for Protein Design',
    location: 'København Ø, Denmark',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;The Søholm Institute for Protein Design is an independent, non-profit research institute funded by a private foundation. Our 90 scientists design new proteins for use as enzymes, vaccines and research tools, and we publish all of our methods and models openly.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;&lt;strong&gt;The position&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We are looking for a Deep Learning Specialist to join the Computational Design group. You will develop the generative models our wet-lab scientists use to propose new protein sequences and structures, and help run them on our new GPU cluster.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Responsibilities&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Develop and train deep generative models for protein sequences and structures (diffusion models, protein language models, graph neural networks)&lt;/li&gt;&lt;li&gt;Benchmark models against experimental data from our labs and public datasets&lt;/li&gt;&lt;li&gt;Write clean, tested and documented research code in Python and PyTorch, and maintain our GitHub repositories&lt;/li&gt;&lt;li&gt;Collaborate closely with biochemists and structural biologists&lt;/li&gt;&lt;li&gt;Supervise PhD students and present results at group meetings and conferences&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Qualifications&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PhD in machine learning, computational biology, physics or a related field&lt;/li&gt;&lt;li&gt;Strong track record with deep learning, ideally applied to molecules or proteins&lt;/li&gt;&lt;li&gt;Expert Python and PyTorch; experience with JAX is welcome&lt;/li&gt;&lt;li&gt;Interest in biology and eagerness to learn from experimental colleagues&lt;/li&gt;&lt;li&gt;Excellent English communication skills&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Terms&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;The position is full-time and available from 1 March, initially for three years with the possibility of extension. Salary and terms of employment follow the collective agreement for academic staff, with a supplement based on qualifications. The institute offers relocation support and help with Danish tax and residence permits.&lt;/p&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;The institute values diversity and encourages all qualified candidates to apply, whatever their personal background.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DLS',
    sector: null,
    countries: ['DK'],
    mentions: [
      'DLS', 'Neural networks', 'Model evaluation', 'Python', 'PyTorch', 'Git', 'Continuous learning', 'Communication',
    ],
  },
  {
    id: 't17-d-32',
    title: 'Business Intelligence Analyst',
    company: 'Zlatá Lilie Hotels',
    location: 'Praha 1, Czech Republic',
    format: 'escaped',
    body: `Zlatá Lilie Hotels runs 14 city and spa hotels in Czechia, Slovakia and Austria, from Prague's Old Town to Karlovy Vary. Our central office in Prague supports the hotels with revenue management, sales, finance and IT.

# About the role
As Business Intelligence Analyst you will give our revenue managers and hotel directors the numbers they need to set prices and plan staff.

- Build and maintain Tableau dashboards for occupancy, average daily rate, RevPAR and channel mix
- Combine data from our property management system, booking channels and finance in SQL
- Support the annual budget and monthly forecasts
- Investigate anomalies in bookings and explain what is driving them

# Requirements
- University degree in economics, statistics, hospitality management or similar
- 2+ years in a BI or reporting role, ideally in hotels, travel or retail
- Strong SQL and Tableau; advanced Excel
- Good business sense and the ability to present findings to hotel teams
- Fluent English; Czech or German is a plus

# We offer
- Full-time contract, 25 days of holiday plus 3 sick days
- Meal vouchers, a sports card and a pension contribution
- Staff rates in all our hotels`,
    role: 'BIA',
    sector: null,
    countries: ['CZ'],
    mentions: ['BIA', 'Tableau', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-d-33',
    title: 'Robotics Engineer – Mobile Manipulation',
    company: 'Traunau Automation GmbH',
    location: 'Linz, Upper Austria, Austria',
    industry: 'Industrial Machinery Manufacturing',
    format: 'div',
    body: `Traunau Automation builds autonomous mobile robots with collaborative arms for machine tending and intralogistics in metalworking plants. Designed and assembled in Linz, our robots work in more than 200 factories across Europe.

# Your tasks
- Develop motion planning and grasping software for mobile manipulators in ROS 2 and C++
- Integrate 3D cameras and force-torque sensors into our robot control stack
- Tune controllers and test new features on our robots in the test hall and at customer sites
- Work with our robotics engineers, mechanical designers and the customer service team

# Your profile
- Degree in robotics, mechatronics, computer science or similar
- 3+ years of experience with robot manipulators or mobile robots
- Very good C++ and Python; experience with ROS
- Good knowledge of kinematics, linear algebra and control theory
- Hands-on attitude, problem-solving skills and willingness to travel (approx. 15%)
- Good English; German is an advantage

# We offer
- An annual gross salary from €58,000 based on full-time employment; overpayment depending on qualifications and experience
- Flexible working hours, canteen and a job ticket
- Training budget and internal tech talks`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['AT'],
    mentions: ['ROBO', 'C++', 'Python', 'Linear algebra', 'Problem-solving'],
  },
  {
    id: 't17-d-34',
    title: 'Machine Learning Engineer, Fraud Prevention',
    company: 'Tuiuiú Pagamentos',
    location: 'São Paulo, SP, Brazil',
    format: 'raw',
    body: `<div>Tuiuiú is a Brazilian payments company. We process Pix, card and boleto payments for more than 80,000 online stores and apps, and we protect every one of them from fraud and chargebacks.</div><div><br></div><div>Our Fraud Prevention team builds the real-time models that approve or decline each transaction in under 100 milliseconds. We are looking for a Machine Learning Engineer to help us scale these models as our volume doubles.</div><div><br></div><div><b>What you'll do</b></div><ul><li>Build and operate low-latency scoring services in Python and Java</li><li>Develop features from transaction streams in Kafka and Spark Structured Streaming</li><li>Train gradient boosted models (XGBoost, LightGBM) and neural networks with our data scientists</li><li>Deploy models with SageMaker, Docker and Kubernetes, and keep our CI/CD pipelines healthy</li><li>Monitor precision, recall and approval rates in production and trigger retraining when drift appears</li></ul><div><b>What we're looking for</b></div><ul><li>4+ years of software or ML engineering experience, with models running in production</li><li>Strong Python; Java or Scala is a plus</li><li>Experience with AWS (SageMaker, EMR, Lambda); AWS Certified Machine Learning – Specialty is a plus</li><li>Good knowledge of feature stores and streaming systems</li><li>Advanced English; Portuguese is not required</li></ul><div><b>Benefits</b></div><ul><li>Competitive salary (CLT) and profit sharing</li><li>Health and dental plans, meal allowance</li><li>Hybrid model: 2 days a week in our Pinheiros office</li></ul>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: [
      'MLE', 'DS', 'Python', 'Java', 'Kafka', 'Apache Spark', 'Feature engineering', 'Decision trees',
      'Neural networks', 'AWS SageMaker', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Model evaluation',
      'CERT_AWS',
    ],
  },
  {
    id: 't17-d-35',
    title: 'Data Scientist – Mine Planning',
    company: 'Tamarugal Copper SpA',
    location: 'Santiago, Región Metropolitana, Chile',
    industry: 'Mining & Metals',
    format: 'double',
    body: `Tamarugal Copper operates an open-pit copper mine and concentrator in the Tarapacá region, producing around 180,000 tonnes of copper a year. Our technical team in Santiago supports operations at the mine site, 1,800 km to the north.

# The role
We are looking for a Data Scientist to join Mine Planning & Optimisation. You will build models that help our planners and plant metallurgists make better decisions on blasting, haulage and ore blending.

# Responsibilities
- Develop predictive models for ore hardness, throughput and copper recovery using drill, sensor and plant data
- Apply clustering to identify geometallurgical domains in the ore body
- Build probabilistic forecasts of weekly production for the planning team
- Clean and reconcile data from fleet management, lab assays and plant historians
- Present results to site management and follow up on how they are used in operations

# Requirements
- Degree in mining engineering, metallurgy, statistics, computer science or similar; a postgraduate degree is a plus
- 3+ years of experience as a data scientist, ideally in mining or heavy industry
- Python (pandas, NumPy, scikit-learn) and SQL; experience with Power BI
- Fluent Spanish and good English
- Willingness to travel to the mine site several times a year

# We offer
- Competitive salary and annual bonus
- Complementary health and life insurance
- Hybrid work in our Las Condes office`,
    role: 'DS',
    sector: null,
    countries: ['CL'],
    mentions: [
      'DS', 'Clustering', 'Probability', 'Data cleaning', 'Communication', 'Python', 'Pandas', 'NumPy',
      'Scikit-learn', 'Power BI',
    ],
  },
  {
    id: 't17-d-36',
    title: 'AI Product Manager',
    company: 'Tsaoling Microsystems',
    location: 'Taiwan - Hsinchu',
    format: 'raw',
    body: `<p><b>About Tsaoling</b></p><p>Tsaoling Microsystems designs low-power AI accelerator chips for edge devices such as smart cameras, industrial gateways and consumer electronics. Headquartered in Hsinchu, we have 900 employees in Taiwan, Shanghai and San Jose.</p><p></p><p><b>Job Description</b></p><p>As AI Product Manager you will define the software toolkit that lets customers bring their neural networks to our chips: model compiler, quantisation tools and reference models.</p><ul><li>Gather requirements from customers and field application engineers, and turn them into a clear roadmap</li><li>Decide which model families (CNNs, small transformers, speech models) we support first, based on market demand</li><li>Work with our compiler team, deep learning specialists and hardware architects on specifications and release plans</li><li>Define benchmarks and accuracy targets for quantised models compared with their floating-point originals</li><li>Support sales with product presentations and competitive analysis</li></ul><p></p><p><b>Qualifications</b></p><ul><li>Bachelor&#39;s or Master&#39;s degree in Electrical Engineering, Computer Science or related</li><li>5+ years of product management or technical marketing in semiconductors or AI software</li><li>Working knowledge of TensorFlow, PyTorch and ONNX model formats</li><li>Excellent communication skills in English and Mandarin</li><li>Business acumen and comfort with ambiguity</li></ul><p>Tsaoling is an equal opportunity employer.</p>`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['TW'],
    mentions: [
      'AIPM', 'Neural networks', 'DLS', 'Model evaluation', 'TensorFlow', 'PyTorch', 'Communication',
      'Business acumen', 'Adaptability',
    ],
  },
];
