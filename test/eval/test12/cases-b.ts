// test12, half B: 36 held-out postings from outside the English-speaking markets.
//
// Composition
// - 24 postings written entirely in another language (12 languages): German ×4 (b-01 DE, b-02 AT, b-03 CH,
//   b-04 DE), French ×3 (b-05 FR, b-06 BE, b-07 CA/Québec), Spanish ×3 (b-08 ES, b-09 MX, b-10 AR), Italian ×2
//   (b-11, b-12), Dutch ×2 (b-13 NL, b-14 BE/Flanders), Portuguese ×2 (b-15 PT, b-16 BR), Polish ×2 (b-17, b-18),
//   Swedish ×2 (b-19, b-20), Danish (b-21), Norwegian (b-22), Czech (b-23), Finnish (b-24).
// - 12 in English from other countries: b-25 Germany, b-26 Netherlands, b-27 Denmark, b-28 Japan, b-29 South Korea,
//   b-30 Israel, b-31 Egypt, b-32 Vietnam, b-33 Colombia, b-34 Poland, b-35 remote EMEA, b-36 UAE.
// - Roles: 24 seed roles (DS ×4, DE ×4, BIA ×4, MLE ×3, ARS ×2, NLP ×2, ROBO ×2, CVE, AIPM, DLS) and 12 other jobs
//   (nurse, pharmacist, truck driver, pastry chef, three data analysts, analytics engineer, credit risk analyst,
//   two software engineers, QA engineer).
// - Sectors: FIN 5, TELCO 4, AUTO 4, HEALTH 4, RETAIL 4, PUBLIC 4, IT 4, null 7.
// - Formats: raw 12 (Personio, SmartRecruiters, Teamtailor ×2, Workday ×2, JSON-LD, Recruitee, Greenhouse content ×2,
//   Lever ×2), html 6, div 5, escaped 5, double 3, text 5. Board industry field on six cases (b-04, b-11, b-14,
//   b-17, b-20 in the local language; b-27 in English).
//
// Sector calls
// - b-06: a Belgian mutualité reimburses its members' care: a health insurer → HEALTH. The employer only speaks in
//   the closing paragraph.
// - b-07: a public transit authority ("organisme public" of the agglomeration) → PUBLIC (publicly run transport).
// - b-13: a licensed payment institution whose merchants are web shops → FIN (payment processor), not RETAIL.
// - b-14: the body barely describes the employer; the board field "Telecommunicatie", the "Netwerkbeheer"
//   department and the free subscription "van ons eigen netwerk" make it an operator → TELCO.
// - b-18: a haulier driving for food producers and retail chains: logistics, not made for online shops → null.
// - b-20: a hydropower producer → null (energy). b-27: an offshore wind-farm owner/operator → null (energy).
// - b-21: a container shipping line with its own terminals → null (logistics and transport).
// - b-23: a document-recognition platform sold to insurers, logistics firms and public administration: software
//   serving many industries → IT.
// - b-24: a customer-service/help-desk SaaS used by web shops and municipalities alike → IT.
// - b-28: makes and sells picking robots to distribution centres (apparel, pharmacy, grocery): a robot maker →
//   AUTO, not RETAIL.
// - b-30: ambient clinical documentation software for hospitals and clinics, described only at the end → HEALTH.
// - b-31: a real-estate developer → null. b-36: a resort hotel → null.
// - b-32: an outsourcing software house with clients in many industries → IT.
// - b-34: an adaptive traffic-signal platform running city intersections → PUBLIC (made for cities).
// - b-35: an observability SaaS → IT.
//
// Role calls
// - b-08 "Ingeniero/a NLP" → NLP_ENG; b-14 "BI-ontwikkelaar", b-31 "Business Intelligence Developer", b-17
//   "Analityk Business Intelligence", b-06 "Analyste Business Intelligence" → BIA; b-23 "Specialista na hluboké
//   učení" → DLS; b-19 "Robotikingenjör" → ROBO; b-22 "Dataingeniør", b-15 "Engenheiro(a) de Dados" → DE.
// - b-25 "Senior Applied Scientist" → ARS; b-35 "MLOps Engineer" → MLE.
// - null: b-10 and b-20 ("Analista de Datos", "Dataanalytiker") and b-33 Data Analyst; b-16 "Analista de Risco de
//   Crédito" (credit risk analyst); b-26 Analytics Engineer; b-24 and b-34 software engineers; b-32 QA.
//
// Mention decisions
// - The title's role is listed only when the body names it too (all 24 role cases do).
// - Traps left unlabelled: b-01 "Go-live"; b-11 "R&D" and pay levels "C3 o B1"; b-13 "Go" the language;
//   b-24 regressiotestit and Kubernetes-klusteri (Kubernetes itself labelled); b-23 and b-29 GPU clusters;
//   b-30 "catch regressions" and "AWS certification"; b-08 "certificación AWS"; b-27 GWO certificates and
//   "power"; b-26 "power users" and b-31 "Excel power user"; b-32 and b-34 regression test suites; b-36 "spark"
//   (verb) and grade "R5"; b-09 Julia Anaya and b-33 Daniela Watson (people); b-05 Spark clusters; b-17 "Azure"
//   as a cloud only (no Azure ML); b-24 and b-34 name JavaScript only to rule it out (Java labelled); Excel
//   everywhere.
// - Labelled paraphrases: b-01 GLMs → Regression, Azure Machine Learning → Microsoft Azure ML; b-09 Vertex AI →
//   Google AI Platform, XGBoost → Decision trees; b-10 and b-33 Looker Studio → Google Data Studio; b-05 and
//   b-25 PySpark/Spark → Apache Spark; b-19 förstärkningsinlärning → Reinforcement learning; b-29 RLHF →
//   Reinforcement learning; b-11 reti neurali ricorrenti → Neural networks, random forest → Decision trees;
//   b-07 k-moyennes → Clustering; b-16 regressão logística → Regression, backtesting → Model evaluation;
//   b-32 API tests against REST services → APIs, writing defect reports clearly → Communication; b-36 "adapt to
//   changing banquet orders" → Adaptability; b-26 "question assumptions" → Critical thinking;
//   b-15 "preparação de variáveis para os modelos" → Feature engineering; b-28 "deep learning" models → Neural
//   networks; b-13 and b-32 GitHub Actions/Argo CD and Jenkins → Deployment pipelines.
// - Not labelled: b-12 "formazione continua ECM" is a benefit the employer pays for, not a trait asked of the
//   candidate; b-34 asks for "good English" (a language, not Communication).
// - b-35 "Remote - EMEA" with a time-zone band and no country list → countries []. b-10 "Córdoba Capital,
//   Provincia de Córdoba" with pesos → AR.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST12_B: HoldoutCase[] = [
  {
    id: 't12-b-01',
    title: 'Senior Data Scientist (m/w/d) Tarifierung Kfz',
    company: 'Auenfeld Versicherung AG',
    location: '50670 Köln',
    format: 'raw',
    body: `<div class="job-description"><p>Wir versichern rund 1,3 Millionen Autos, Motorräder und Wohnungen – ohne Filialnetz, direkt und digital. Im Team Pricing sorgen acht Leute dafür, dass jeder Beitrag zum Risiko passt.</p>
<h2>Deine Aufgaben</h2>
<ul>
<li>Als Data Scientist entwickelst und pflegst du unsere Tarifmodelle in der Kfz-Versicherung – von generalisierten linearen Modellen bis zu Gradient Boosting.</li>
<li>Du baust neue Merkmale aus Telematik-, Fahrzeug- und Schadendaten auf und prüfst, wie stabil sie über die Zeit sind.</li>
<li>Du validierst Modelle vor dem Go-live per Backtesting und überwachst sie danach im Bestand.</li>
<li>Du erklärst Ergebnisse so, dass Aktuariat, Vertrieb und Vorstand sie verstehen.</li>
<li>Du arbeitest eng mit unseren Data Engineers zusammen; trainiert und ausgerollt wird in Azure Machine Learning.</li>
</ul>
<h2>Dein Profil</h2>
<ul>
<li>Abgeschlossenes Studium der Mathematik, Statistik, Physik oder vergleichbar – eine Promotion ist ein Plus, kein Muss</li>
<li>Mehrjährige Erfahrung mit Python (pandas, scikit-learn, LightGBM) und SQL</li>
<li>Erfahrung mit R ist willkommen, unsere Reservierung läuft teilweise noch darauf</li>
<li>Sicherer Umgang mit Git und Code-Reviews</li>
<li>Sehr gute Deutschkenntnisse (mind. C1) und gute Englischkenntnisse</li>
</ul>
<h2>Warum wir?</h2>
<ul>
<li>Gehaltsband 78.000 – 96.000 € brutto p.a. plus variable Vergütung</li>
<li>30 Tage Urlaub, 24. und 31.12. frei</li>
<li>Hybrid: zwei Tage pro Woche in unserem Büro am Rheinauhafen</li>
<li>Jobrad, betriebliche Altersvorsorge, Deutschlandticket-Zuschuss</li>
</ul>
<p>Bewirb dich gern ohne Anschreiben – Lebenslauf und ein paar Sätze zu deiner Motivation reichen uns.</p></div>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: [
      'DS', 'DE', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication',
      'Microsoft Azure ML', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Git',
    ],
  },
  {
    id: 't12-b-02',
    title: 'Machine Learning Engineer (w/m/d) – Netzbetrieb',
    company: 'Donaunetz Breitband GmbH',
    location: '1100 Wien',
    format: 'text',
    body: `Donaunetz betreibt ein eigenes Glasfasernetz mit mehr als 410.000 aktiven Anschlüssen in Wien, Niederösterreich und dem Burgenland – für Haushalte, Betriebe und Gemeinden.

Als Machine Learning Engineer bringst du unsere Modelle zur Störungsvorhersage vom Notebook in den Produktivbetrieb. Du arbeitest dafür eng mit zwei Data Scientists und den Kolleg:innen aus dem Netzbetrieb zusammen.

# Deine Aufgaben
- Aufbau und Betrieb unserer ML-Plattform auf Kubernetes (on-prem), inkl. Modell-Registry mit MLflow
- Streaming-Features aus der Netzwerk-Telemetrie über Kafka bereitstellen
- CI/CD-Pipelines in GitLab für Training und Deployment
- Saubere Versionskontrolle für Code, Daten und Modelle
- Monitoring der Modellgüte im laufenden Betrieb (Drift, Precision/Recall)

# Das bringst du mit
- Sehr gute Python-Kenntnisse
- Erfahrung mit Docker und Kubernetes
- Solides Verständnis von ML-Methoden – du musst nicht jedes Paper kennen
- Sicherer Umgang mit Linux und der Shell
- Deutsch auf B2-Niveau, Englisch fließend
- Lust, dich laufend in neue Werkzeuge einzuarbeiten

# Was wir bieten
- Gleitzeit ohne Kernzeit, 2–3 Tage Homeoffice pro Woche
- KlimaTicket Österreich
- Kantine und Fitnessraum am Standort Favoriten

Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 3.850,– brutto/Monat (14x). Abhängig von Qualifikation und Erfahrung ist eine deutliche Überzahlung vorgesehen.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['AT'],
    mentions: [
      'MLE', 'DS', 'Kubernetes', 'MLflow', 'Kafka', 'Feature engineering', 'Deployment pipelines', 'Git',
      'Model evaluation', 'Python', 'Docker', 'Continuous learning',
    ],
  },
  {
    id: 't12-b-03',
    title: 'Computer Vision Engineer 80–100 % (w/m/d)',
    company: 'Talwerk Prüfsysteme AG',
    location: 'Winterthur, ZH, Schweiz',
    countryHints: ['CH'],
    format: 'raw',
    body: `<div class="section company-description"><h2>Unternehmensbeschreibung</h2><p>Talwerk entwickelt und baut Inline-Prüfanlagen für die Fertigung. Unsere Kamerasysteme kontrollieren Spritzgussteile, Lötstellen und Verpackungen direkt an der Produktionslinie – bei über 300 Industriekunden in 22 Ländern.</p></div>
<div class="section job-description"><h2>Stellenbeschreibung</h2><p>Als Computer Vision Engineer in unserem Team Bildverarbeitung (9 Personen) sorgst du dafür, dass unsere Anlagen auch feinste Fehler zuverlässig finden.</p><ul>
<li>Entwicklung von Algorithmen zur Defekterkennung mit klassischer Bildverarbeitung und Convolutional Neural Networks</li>
<li>Training und Optimierung von Modellen in PyTorch, Export nach ONNX und TensorRT für unsere Embedded-Hardware</li>
<li>Implementierung performanter Komponenten in C++17</li>
<li>Aufbau von Testdatensätzen und Messung von Erkennungsrate und Fehlalarmquote bei Kunden</li>
<li>Kalibrierung von Kameras und 3D-Sensoren</li>
</ul></div>
<div class="section qualifications"><h2>Qualifikationen</h2><ul>
<li>MSc oder PhD in Informatik, Elektrotechnik, Physik oder ähnlich</li>
<li>Fundierte Kenntnisse in linearer Algebra und projektiver Geometrie</li>
<li>Erfahrung mit Python und OpenCV</li>
<li>Von Vorteil: Docker und Git im Alltag</li>
<li>Deutsch oder Englisch fliessend</li>
</ul></div>
<div class="section additional-information"><h2>Zusätzliche Informationen</h2><p>5 Wochen Ferien, Weiterbildungsbudget, Halbtax-Abo, moderne Büros fünf Gehminuten vom Bahnhof Winterthur. Wir berücksichtigen ausschliesslich Direktbewerbungen.</p></div>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['CH'],
    mentions: [
      'CVE', 'Neural networks', 'PyTorch', 'C++', 'Model evaluation', 'Linear algebra', 'Python', 'Docker', 'Git',
    ],
  },
  {
    id: 't12-b-04',
    title: 'Pflegefachkraft (m/w/d) für die Intensivstation – Voll- oder Teilzeit',
    company: 'Klinikum Isarauen gGmbH',
    location: '80336 München',
    industry: 'Krankenhäuser und Gesundheitswesen',
    format: 'html',
    body: `Das Klinikum Isarauen ist ein Haus der Schwerpunktversorgung mit 640 Betten und 19 Fachabteilungen. Für unsere interdisziplinäre Intensivstation (22 Betten) suchen wir ab sofort Verstärkung.

# Ihre Aufgaben
- Ganzheitliche Pflege intensivpflichtiger Patientinnen und Patienten, inkl. Beatmung und Nierenersatzverfahren
- Überwachung der Vitalparameter und Dokumentation im Krankenhausinformationssystem
- Mitarbeit bei Visiten und Angehörigengesprächen
- Anleitung von Auszubildenden und neuen Kolleg*innen

# Ihr Profil
- Abgeschlossene Ausbildung als Pflegefachfrau/-mann oder Gesundheits- und Krankenpfleger/in
- Fachweiterbildung Intensiv- und Anästhesiepflege wünschenswert, aber keine Voraussetzung
- Einfühlungsvermögen, Belastbarkeit und eine klare Kommunikation mit Patienten, Angehörigen und dem ärztlichen Team

# Wir bieten
- Vergütung nach TVöD-K (P8 bis P9) zzgl. Intensiv- und Schichtzulagen
- Regelmäßige Fort- und Weiterbildungen, u. a. zur Praxisanleitung
- Dienstplanung mit Wunschdienstbuch und verlässlichem Frei
- Jobticket und Plätze in unserer hauseigenen Kita

Ihre Ansprechpartnerin: Frau S. Reindl, Pflegedienstleitung, Tel. 089 4410-2230`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['Communication'],
  },
  {
    id: 't12-b-05',
    title: 'Data Engineer (H/F) – Supply & Magasins',
    company: 'Bricoval',
    location: 'Lyon (69)',
    format: 'escaped',
    body: `Avec 142 magasins en France et un site marchand qui livre en 48 h, Bricoval équipe les bricoleurs du dimanche comme les artisans.

En tant que Data Engineer, vous rejoignez l'équipe Data du siège (14 personnes) et construisez les flux dont dépendent nos prévisions de ventes et nos réassorts.

# Vos missions
- Concevoir et maintenir les pipelines d'ingestion des ventes, des stocks et des commandes web, en batch et en temps réel avec Kafka
- Développer des traitements distribués en PySpark et optimiser le coût de nos clusters
- Mettre en place des contrôles qualité : dédoublonnage des références produits, correction des codes EAN erronés, alertes sur les données manquantes
- Industrialiser les déploiements (Docker, GitLab CI)
- Travailler au quotidien avec les data scientists de l'équipe prévision et les analystes métier

# Votre profil
- Bac+5 en informatique ou équivalent, 3 ans d'expérience minimum
- Python et SQL maîtrisés
- Git, revue de code et tests automatisés font partie de vos habitudes
- Vous savez expliquer un choix technique à un chef de rayon comme à un architecte
- Une première expérience avec Airflow ou dbt est un plus

# Ce que nous offrons
- Rémunération : 48 à 58 k€ bruts annuels + intéressement et participation
- Télétravail 2 jours par semaine
- 20 % de remise dans nos magasins
- Tickets restaurant, mutuelle prise en charge à 70 %`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: [
      'DE', 'DS', 'Kafka', 'Apache Spark', 'Data cleaning', 'Docker', 'Deployment pipelines', 'Python', 'Git',
      'Communication',
    ],
  },
  {
    id: 't12-b-06',
    title: 'Analyste Business Intelligence (H/F/X)',
    company: 'MutuaLien',
    location: '1000 Bruxelles',
    format: 'raw',
    body: `<div class="body"><p><strong>Ton rôle</strong></p><p>En tant qu'analyste BI, tu rejoins la cellule Pilotage (6 personnes) qui fournit chiffres et tableaux de bord à toutes les directions.&nbsp;</p>
<ul>
<li>Concevoir et faire évoluer nos rapports Power BI (modèle de données, DAX, sécurité par rôle)</li>
<li>Traduire les questions des directions en indicateurs et en visualisations claires</li>
<li>Fiabiliser les données : rapprochements, contrôles de cohérence et corrections avec les équipes sources</li>
<li>Présenter les résultats aux comités de direction</li>
</ul>
<p><strong>Ton profil</strong></p>
<ul>
<li>Master en économie, statistique, informatique de gestion ou équivalent</li>
<li>Très bonne maîtrise de SQL ; Excel n'a aucun secret pour toi</li>
<li>Connaissance de Python ou de R : un atout</li>
<li>Bilingue FR/NL ou bonne connaissance du néerlandais</li>
<li>Esprit critique : tu remets en question les chiffres qui semblent trop beaux</li>
</ul>
<p><strong>Ce que nous t'offrons</strong></p>
<ul>
<li>Un CDI de 38 h/semaine avec horaire flexible</li>
<li>Chèques-repas de 8 €, assurance hospitalisation, 13e mois et pécule de vacances</li>
<li>Jusqu'à 3 jours de télétravail par semaine</li>
</ul>
<p>MutuaLien rembourse les soins de santé de 480&nbsp;000 affiliés à Bruxelles et en Wallonie, et les accompagne dans leurs démarches en cas d'incapacité de travail ou d'hospitalisation.</p></div>`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: [
      'BIA', 'Power BI', 'Visualization', 'Data cleaning', 'Communication', 'Python', 'R', 'Critical thinking',
    ],
  },
  {
    id: 't12-b-07',
    title: 'Scientifique de données principal(e) – Planification du réseau',
    company: 'Société de transport du Grand-Montréal',
    location: 'Montréal, QC',
    countryHints: ['CA'],
    format: 'div',
    body: `La STGM exploite 212 lignes d'autobus et deux lignes de tramway, au service de 1,4 million de déplacements par jour. Organisme public relevant de l'agglomération, elle planifie son réseau à partir de données de plus en plus riches.

# Ce que vous ferez
- Modéliser l'achalandage par ligne et par arrêt (modèles de régression, séries temporelles)
- Segmenter la clientèle à partir des données de cartes à puce (k-moyennes, méthodes hiérarchiques)
- Concevoir et analyser les projets pilotes : tests d'hypothèses, groupes témoins
- Produire des visualisations et des cartes pour les élus et le public
- Vulgariser vos résultats auprès des équipes de planification et d'exploitation
- Encadrer deux scientifiques de données juniors

# Exigences
- Maîtrise ou doctorat en statistique, recherche opérationnelle, génie ou domaine connexe
- Minimum six ans d'expérience pertinente
- Maîtrise de Python ou de R ; connaissance de Tableau
- Maîtrise du français exigée, conformément à la Charte de la langue française

# Conditions
- Échelle salariale : 98 450 $ à 123 060 $ (classe 12)
- Régime de retraite à prestations déterminées, quatre semaines de vacances dès l'embauche
- Mode hybride, trois jours par semaine au siège

La STGM souscrit au principe d'équité en matière d'emploi et invite les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles et ethniques à présenter leur candidature.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: [
      'DS', 'Regression', 'Clustering', 'Hypothesis testing', 'Visualization', 'Communication', 'Python', 'R',
      'Tableau',
    ],
  },
  {
    id: 't12-b-08',
    title: 'Ingeniero/a NLP Senior – Asistente Virtual',
    company: 'Banco Albor',
    location: 'Madrid - Sede Las Tablas',
    countryHints: ['ES'],
    format: 'raw',
    body: `<p><b>¿Quiénes somos?</b></p><p>En Banco Albor damos servicio a 6,8 millones de clientes particulares y empresas a través de 1.100 oficinas y de nuestra app, que ya concentra el 70 % de las operaciones.</p><p><b>¿Qué harás?</b></p><p>Como Ingeniero/a NLP te incorporarás al equipo que desarrolla Alba, nuestra asistente virtual.</p><ul><li><p>Diseñar y entrenar modelos de lenguaje basados en transformers para clasificación de intenciones y extracción de entidades en las conversaciones con clientes</p></li><li><p>Ajustar modelos con PyTorch y Hugging Face</p></li><li><p>Definir conjuntos de prueba y medir precisión y cobertura de cada versión antes de su despliegue</p></li><li><p>Exponer los modelos como servicios mediante APIs REST</p></li><li><p>Colaborar con los ingenieros de machine learning en la puesta en producción (Docker, Kubernetes)</p></li></ul><p><b>¿Qué buscamos?</b></p><ul><li><p>Grado o máster en Informática, Lingüística Computacional, Matemáticas o similar</p></li><li><p>Más de 4 años de experiencia con Python</p></li><li><p>Capacidad para explicar resultados a negocio y al área de Riesgos</p></li><li><p>Se valorará certificación AWS</p></li></ul><p><b>¿Qué ofrecemos?</b></p><ul><li><p>Retribución flexible, seguro de salud y condiciones financieras de empleado</p></li><li><p>Modelo híbrido 3+2 y jornada intensiva los viernes y en verano</p></li></ul><p>Banco Albor es una entidad comprometida con la igualdad de oportunidades y la diversidad. Todas las candidaturas recibirán consideración sin distinción de género, edad, discapacidad u origen.</p>`,
    role: 'NLP_ENG',
    sector: SECTOR.FIN,
    countries: ['ES'],
    mentions: [
      'NLP_ENG', 'MLE', 'Neural networks', 'PyTorch', 'Model evaluation', 'APIs', 'Docker', 'Kubernetes', 'Python',
      'Communication',
    ],
  },
  {
    id: 't12-b-09',
    title: 'Científico(a) de Datos Sr. – Precios y Promociones',
    company: 'Supermercados Tizapán',
    location: 'Ciudad de México, CDMX',
    format: 'html',
    body: `Abrimos nuestras 320 tiendas los 365 días del año en 14 estados, y cada semana más de 9 millones de familias hacen su súper con nosotros.

Buscamos un(a) científico(a) de datos con experiencia para el equipo de Precios y Promociones. Reportarás a Julia Anaya, Directora de Analítica.

# Responsabilidades
- Construir modelos de elasticidad de precio y de pronóstico de demanda por tienda y SKU (XGBoost, modelos jerárquicos)
- Crear variables a partir de tickets, clima y calendario de quincenas
- Diseñar y leer pruebas A/B de promociones en tiendas piloto
- Procesar grandes volúmenes de datos con Spark
- Desplegar y monitorear modelos en Vertex AI
- Presentar recomendaciones a las direcciones comerciales

# Requisitos
- Licenciatura en Actuaría, Matemáticas, Economía o afín; maestría deseable
- 4+ años como científico(a) de datos
- Python (pandas, scikit-learn)
- Visión de negocio: entiendes cómo se gana (y se pierde) margen en un anaquel
- Inglés intermedio

# Ofrecemos
- Sueldo competitivo + bono anual
- Prestaciones superiores a las de ley, vales de despensa y 20 días de vacaciones
- Esquema híbrido, oficinas en Santa Fe`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: [
      'DS', 'Decision trees', 'Feature engineering', 'Hypothesis testing', 'Apache Spark', 'Google AI Platform',
      'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Business acumen',
    ],
  },
  {
    id: 't12-b-10',
    title: 'Analista de Datos – Observatorio de Movilidad',
    company: 'Ente Metropolitano de Movilidad de Córdoba',
    location: 'Córdoba Capital, Provincia de Córdoba',
    format: 'double',
    body: `El EMMC es el organismo público que planifica y regula el transporte urbano de pasajeros, los taxis y el estacionamiento medido de la ciudad.

# Tareas
- Mantener los tableros de seguimiento del sistema de transporte en Looker Studio
- Depurar y validar los registros de la tarjeta de transporte y del GPS de los colectivos
- Elaborar gráficos e informes mensuales y presentarlos ante el Concejo Deliberante
- Responder pedidos de acceso a la información pública

# Requisitos
- Estudiantes avanzados o graduados de Estadística, Economía, Ingeniería o carreras afines
- Manejo de SQL y Excel avanzado; Python o R deseable
- Capacidad para comunicar resultados a personas no técnicas

# Condiciones
- Contratación en planta transitoria, 35 horas semanales
- Remuneración según escala municipal (Categoría 14), en pesos, con actualización trimestral
- Presentar CV y analítico hasta el 30/04 por la mesa de entradas virtual`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['AR'],
    mentions: ['Google Data Studio', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'R'],
  },
  {
    id: 't12-b-11',
    title: 'Data Scientist – Manutenzione predittiva',
    company: 'Officine Ferralpina S.p.A.',
    location: 'Lumezzane (BS)',
    countryHints: ['IT'],
    industry: 'Macchinari industriali',
    format: 'raw',
    body: `<p><strong>Chi siamo</strong><br>Progettiamo e costruiamo centri di lavoro a 5 assi e linee transfer per l'automotive e l'aerospazio: oltre 2.400 macchine installate in 38 Paesi, tutte assemblate nel nostro stabilimento in Val Trompia.</p><p><strong>Il ruolo</strong><br>Nel nuovo team Digital Services, il/la Data Scientist lavorerà con i dati che le nostre macchine inviano dai clienti, in collaborazione con il reparto R&amp;D e con i tecnici del service.</p><ul><li>analisi dei segnali di vibrazione, temperatura e assorbimento dei mandrini</li><li>costruzione di feature nel dominio del tempo e della frequenza</li><li>modelli di anomaly detection e di stima della vita residua (random forest, reti neurali ricorrenti)</li><li>raggruppamento delle macchine per profilo d'uso (clustering)</li><li>validazione dei modelli sul campo, misurando falsi allarmi e guasti anticipati</li></ul><p><strong>Requisiti</strong></p><ul><li>Laurea magistrale in Ingegneria, Fisica o Matematica</li><li>Ottima conoscenza di Python (NumPy, pandas, scikit-learn)</li><li>Buone basi di statistica e calcolo delle probabilità</li><li>Disponibilità a brevi trasferte presso i clienti (circa 10%)</li><li>Patente B</li></ul><p><strong>Offriamo</strong><br>Contratto a tempo indeterminato CCNL Metalmeccanico Industria, livello C3 o B1 in base all'esperienza; premio di risultato; mensa aziendale; orario flessibile.</p><p>La ricerca è rivolta a candidati di entrambi i sessi (L. 903/77 e D.Lgs. 198/2006).</p>`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: [
      'DS', 'Feature engineering', 'Decision trees', 'Neural networks', 'Clustering', 'Model evaluation', 'Python',
      'NumPy', 'Pandas', 'Scikit-learn', 'Probability',
    ],
  },
  {
    id: 't12-b-12',
    title: 'Farmacista Collaboratore/trice – Milano Porta Romana',
    company: 'Farmacie Navigli S.r.l.',
    location: 'Milano (MI)',
    format: 'text',
    body: `Siamo un gruppo di 27 farmacie tra Lombardia e Piemonte, con servizi di telemedicina, autoanalisi e preparazioni galeniche. Per la nostra farmacia di Porta Romana cerchiamo un/a farmacista collaboratore/trice.

# Cosa farai
- Dispensazione dei farmaci e consiglio al banco
- Gestione delle ricette elettroniche e della DPC
- Servizi in farmacia: ECG, holter pressorio, tamponi
- Controllo scadenze e supporto nella gestione del magazzino

# Cosa cerchiamo
- Laurea in Farmacia o CTF e iscrizione all'Albo
- Ottime capacità comunicative e attitudine alla vendita
- Disponibilità a turni, anche festivi a rotazione
- Conoscenza di un gestionale di farmacia gradita

# Offriamo
- CCNL Farmacie Private, primo livello, contratto a tempo indeterminato
- Formazione continua ECM a carico dell'azienda
- Sconto dipendenti su parafarmaco e cosmesi`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IT'],
    mentions: ['Communication'],
  },
  {
    id: 't12-b-13',
    title: 'Machine Learning Engineer – Fraudedetectie',
    company: 'Betaalbrug B.V.',
    location: 'Amsterdam, Noord-Holland, Nederland',
    format: 'raw',
    body: `<p>Elke dag verwerken we ruim 2,5 miljoen betalingen voor webwinkels, abonnementsdiensten en goede doelen: iDEAL, creditcards, wallets en terugkerende incasso's. Betaalbrug is een betaalinstelling onder toezicht van De Nederlandsche Bank.</p>
<h2>Wat ga je doen?</h2>
<ul>
<li>Je ontwikkelt en verbetert onze real-time fraudemodellen op basis van gradient boosting</li>
<li>Je bouwt nieuwe features op transactie-, apparaat- en netwerkgegevens</li>
<li>Je bouwt de pipelines die events uit Kafka omzetten in features</li>
<li>Je zet modellen in productie achter een scoring-API met een latency-budget van 30 ms</li>
<li>Je monitort modelprestaties en drift en bepaalt samen met het fraudeteam de drempelwaarden</li>
<li>Je automatiseert training en uitrol via GitHub Actions en Argo CD</li>
</ul>
<h2>Wie ben jij?</h2>
<ul>
<li>Minimaal 3 jaar ervaring als machine learning engineer, of als software engineer met ML in productie</li>
<li>Sterk in Python; ervaring met Go of Java is mooi meegenomen</li>
<li>Ervaring met Kubernetes en Docker</li>
<li>Je spreekt goed Engels; Nederlands is geen vereiste</li>
</ul>
<h2>Wat bieden wij?</h2>
<ul>
<li>€ 70.000 – € 88.000 bruto per jaar, exclusief 8% vakantiegeld</li>
<li>27 vakantiedagen en een NS Business Card</li>
<li>Hybride: dinsdag en donderdag samen op kantoor aan de Wibautstraat</li>
</ul>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['NL'],
    mentions: [
      'MLE', 'Decision trees', 'Feature engineering', 'Kafka', 'APIs', 'Model evaluation', 'Deployment pipelines',
      'Python', 'Java', 'Kubernetes', 'Docker',
    ],
  },
  {
    id: 't12-b-14',
    title: 'BI-ontwikkelaar (m/v/x)',
    company: 'Scheldelink',
    location: '9000 Gent',
    industry: 'Telecommunicatie',
    format: 'div',
    body: `Ben jij degene die van ruwe cijfers heldere inzichten maakt? Ons BI-team in Gent zoekt versterking.

# Jouw job
- Je bouwt en onderhoudt Power BI-rapporten voor Sales, Customer Care en Netwerkbeheer
- Je ontwerpt het datamodel in ons datawarehouse, samen met de data engineers
- Je controleert en corrigeert de gegevens uit ons facturatiesysteem en CRM
- Je maakt grafieken die een directielid in tien seconden begrijpt

# Jouw profiel
- Bachelor of master in een informatica- of economische richting
- Minstens 2 jaar ervaring als BI-ontwikkelaar of BI-analist
- Sterke kennis van SQL en DAX
- Sterk probleemoplossend vermogen: je zoekt zelf naar de oorzaak van een afwijking
- Vlot in het Nederlands, goede kennis van het Frans en Engels

# Ons aanbod
- Een bediendecontract van onbepaalde duur
- Bedrijfswagen of mobiliteitsbudget, maaltijdcheques, groeps- en hospitalisatieverzekering
- Gratis internet, tv en mobiel abonnement op ons eigen netwerk`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['BE'],
    mentions: ['BIA', 'Power BI', 'DE', 'Data cleaning', 'Visualization', 'Problem-solving'],
  },
  {
    id: 't12-b-15',
    title: 'Engenheiro(a) de Dados Sénior',
    company: 'Atlântica Comunicações',
    location: 'Lisboa ou Porto',
    locations: ['Lisboa, Portugal', 'Porto, Portugal'],
    format: 'escaped',
    body: `Levamos fibra a 2,1 milhões de casas e rede móvel 5G a 97% da população portuguesa. A equipa de Dados está a crescer e procuramos um(a) engenheiro(a) de dados sénior.

# O que vais fazer
- Desenhar e manter pipelines de dados de rede, faturação e apoio ao cliente com Apache Spark e Kafka
- Migrar processos legados do nosso cluster Hadoop para a nova plataforma na cloud
- Garantir a qualidade dos dados: regras de validação, deduplicação de clientes e reconciliação com a faturação
- Automatizar deploys com pipelines de CI/CD
- Apoiar os cientistas de dados na preparação de variáveis para os modelos de churn

# O que procuramos
- 5+ anos de experiência como engenheiro(a) de dados
- Python e Scala; SQL avançado
- Git e boas práticas de engenharia de software
- Português e inglês fluentes

# O que oferecemos
- Seguro de saúde extensível ao agregado familiar
- Subsídio de refeição em cartão
- Pacote de telecomunicações gratuito
- Regime híbrido, com escritórios no Parque das Nações e na Boavista`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['PT'],
    mentions: [
      'DE', 'DS', 'Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'Deployment pipelines', 'Feature engineering',
      'Python', 'Git',
    ],
  },
  {
    id: 't12-b-16',
    title: 'Analista de Risco de Crédito Pleno',
    company: 'Ipê Crédito',
    location: 'São Paulo, SP',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;A Ipê concede crédito pessoal e capital de giro para mais de 900 mil brasileiros pelo app, sem agência e sem papelada.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;Estamos procurando uma pessoa analista de risco de crédito para o time de Políticas, que trabalha de perto com cientistas de dados e com o time de Cobrança.&lt;/p&gt;&lt;h3&gt;&lt;strong&gt;Responsabilidades&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Acompanhar indicadores de inadimplência (over 30, over 90) por safra e canal&lt;/li&gt;&lt;li&gt;Desenvolver e recalibrar modelos de score com regressão logística&lt;/li&gt;&lt;li&gt;Fazer backtesting das políticas de crédito e dos modelos em produção&lt;/li&gt;&lt;li&gt;Desenhar testes A/B de limites e taxas junto com o time de Produto&lt;/li&gt;&lt;li&gt;Apresentar análises e recomendações ao comitê de crédito&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;&lt;strong&gt;Requisitos&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Formação em Estatística, Economia, Engenharia ou áreas afins&lt;/li&gt;&lt;li&gt;SQL e Python (pandas) no dia a dia&lt;/li&gt;&lt;li&gt;Conhecimento de modelos de árvore (XGBoost) é um diferencial&lt;/li&gt;&lt;li&gt;Vivência com Power BI&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;&lt;strong&gt;Benefícios&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;CLT, VR/VA de R$ 1.600 por mês&lt;/li&gt;&lt;li&gt;Plano de saúde e odontológico sem coparticipação&lt;/li&gt;&lt;li&gt;PLR semestral e auxílio academia&lt;/li&gt;&lt;li&gt;Trabalho híbrido: 2x por semana na Faria Lima&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&amp;nbsp;&lt;/p&gt;&lt;p&gt;Aqui na Ipê, diversidade é premissa. Todas as pessoas candidatas serão consideradas independentemente de raça, gênero, orientação sexual, idade ou deficiência.&lt;/p&gt;`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: [
      'DS', 'Regression', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Python', 'Pandas',
      'Decision trees', 'Power BI',
    ],
  },
  {
    id: 't12-b-17',
    title: 'Analityk Business Intelligence (Power BI)',
    company: 'Drogerie Perełka sp. z o.o.',
    location: 'Kraków, małopolskie',
    industry: 'Handel detaliczny',
    format: 'html',
    body: `Sieć 610 drogerii w całej Polsce i sklep internetowy z dostawą w 24 godziny. Dołącz do zespołu analityki w naszej centrali w Krakowie.

# Twoje zadania
- Tworzenie i rozwój raportów oraz dashboardów w Power BI dla działów sprzedaży, marketingu i logistyki
- Przygotowywanie analiz sprzedaży, promocji i programu lojalnościowego
- Wizualizacja danych w sposób zrozumiały dla kierowników regionalnych
- Weryfikacja i czyszczenie danych z systemów sklepowych
- Współpraca z inżynierami danych przy rozwoju hurtowni danych w Azure

# Nasze wymagania
- Min. 2 lata doświadczenia na stanowisku analityka BI lub analityka danych
- Bardzo dobra znajomość SQL i Power BI (DAX, Power Query)
- Znajomość Excela na poziomie zaawansowanym
- Umiejętność jasnego przekazywania wniosków osobom nietechnicznym
- Mile widziana znajomość Pythona

# Oferujemy
- Umowę o pracę, wynagrodzenie 11 000 – 14 500 zł brutto
- Pracę hybrydową (2 dni w biurze przy Rondzie Mogilskim)
- Prywatną opiekę medyczną i dofinansowanie do sportu
- 15% rabatu w naszych drogeriach`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['PL'],
    mentions: ['BIA', 'Power BI', 'Visualization', 'Data cleaning', 'DE', 'Communication', 'Python'],
  },
  {
    id: 't12-b-18',
    title: 'Kierowca kat. C+E – transport krajowy, chłodnia',
    company: 'Trans-Warta Logistyka sp. z o.o.',
    location: 'Poznań, wielkopolskie',
    format: 'text',
    body: `Od 1998 roku przewozimy ładunki paletowe i chłodnicze dla producentów żywności i sieci handlowych. Mamy 180 ciągników i własną bazę w Swarzędzu.

# Zadania
- Przewóz ładunków na terenie kraju zestawem z naczepą chłodnią
- Obsługa tachografu cyfrowego i aplikacji mobilnej do potwierdzania dostaw
- Kontrola temperatury ładunku i dokumentów przewozowych
- Dbanie o powierzony pojazd

# Wymagania
- Prawo jazdy kat. C+E, kwalifikacja wstępna, karta kierowcy
- Min. rok doświadczenia w transporcie
- Aktualne badania lekarskie i psychotesty

# Oferujemy
- Umowę o pracę i wynagrodzenie do 11 000 zł netto
- Zjazdy na każdy weekend
- Nowe ciągniki Euro 6 przypisane do kierowcy

Zadzwoń: 61 000 41 22 (dział kadr) lub przyjdź do bazy w Swarzędzu, ul. Rzemieślnicza 4.`,
    role: null,
    sector: null,
    countries: ['PL'],
    mentions: [],
  },
  {
    id: 't12-b-19',
    title: 'Robotikingenjör – rörelseplanering',
    company: 'Mälarrobot AB',
    location: 'Västerås',
    countryHints: ['SE'],
    format: 'raw',
    body: `<div><h3>Om oss</h3><p>Vi konstruerar och tillverkar kollaborativa robotarmar för paketering och maskinbetjäning. Över 7&nbsp;000 av våra robotar arbetar i dag i fabriker i Norden och Tyskland.</p><h3>Om rollen</h3><p>Som robotikingenjör i teamet för rörelseplanering gör du våra robotar snabbare, säkrare och enklare att programmera. Du kommer att:</p><ul><li>utveckla algoritmer för banplanering och kollisionsundvikande i C++</li><li>ta fram prototyper för greppstrategier med förstärkningsinlärning i simulering</li><li>skriva verktyg och tester i Python</li><li>testa på riktiga robotar i vårt labb och hos kund</li></ul><h3>Vi tror att du</h3><ul><li>har en civilingenjörsexamen inom teknisk fysik, elektroteknik eller datateknik</li><li>är trygg i linjär algebra och kinematik</li><li>har erfarenhet av ROS 2 och Git</li><li>kommunicerar tydligt på svenska eller engelska</li></ul><h3>Praktiskt</h3><p>Tillsvidareanställning med sex månaders provanställning. Kollektivavtal, friskvårdsbidrag på 5&nbsp;000 kr och tre veckors sammanhängande sommarledighet. Vi tillämpar löpande urval, så skicka gärna din ansökan redan i dag.</p></div>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['SE'],
    mentions: ['ROBO', 'C++', 'Reinforcement learning', 'Python', 'Linear algebra', 'Git', 'Communication'],
  },
  {
    id: 't12-b-20',
    title: 'Dataanalytiker – produktionsplanering',
    company: 'Norrforsen Kraft AB',
    location: 'Sundsvall',
    industry: 'Energi',
    format: 'double',
    body: `Norrforsen Kraft producerar el i 14 vattenkraftverk längs Indalsälven och säljer den till hushåll och företag i hela Sverige.

# Dina arbetsuppgifter
- Analysera produktions-, flödes- och väderdata för att förbättra tappningsplaneringen
- Bygga prognosmodeller för elpriser och tillrinning (regression och tidsserier)
- Ta fram rapporter och visualiseringar i Power BI
- Rätta och komplettera mätserier med luckor och felaktiga värden

# Din profil
- Högskoleexamen i statistik, matematik eller energiteknik
- Goda kunskaper i Python eller R
- Du trivs i förändring och lär dig gärna nya verktyg – branschen står mitt i en stor omställning

# Vi erbjuder
- Kollektivavtal, 30 semesterdagar och flextid
- Möjlighet till distansarbete två dagar i veckan
- Friskvårdstimme och förmånscykel

Sista ansökningsdag 15 mars. Tjänsten kan komma att säkerhetsprövas.`,
    role: null,
    sector: null,
    countries: ['SE'],
    mentions: [
      'Regression', 'Power BI', 'Visualization', 'Data cleaning', 'Python', 'R', 'Adaptability',
      'Continuous learning',
    ],
  },
  {
    id: 't12-b-21',
    title: 'AI Product Manager – havneplanlægning',
    company: 'Kattegat Linjen A/S',
    location: '2150 Nordhavn',
    format: 'html',
    body: `Vi sejler containere mellem 46 havne i Nordeuropa og Middelhavet med en flåde på 38 skibe, og vi driver selv tre containerterminaler.

Nu søger vi en AI Product Manager, der kan gøre vores prognoser for ankomsttider og kajplanlægning til et produkt, terminalerne ikke kan undvære.

# Dine opgaver
- Du ejer produktet fra vision til roadmap og prioriterer sammen med vores data scientists og ML-ingeniører, hvad der skal bygges
- Du definerer succeskriterier og følger op på, hvor præcise modellerne er i drift
- Du formidler klart til terminalchefer, kaptajner og ledelse

# Din profil
- Erfaring som produktejer eller product manager på data- eller AI-produkter
- Stærk forretningsforståelse: du ved, hvad en times forsinkelse ved kajen koster
- Du trives med uklarhed og skiftende prioriteter
- Flydende engelsk; dansk er en fordel

# Vi tilbyder
- Pensionsordning, sundhedsforsikring og frokostordning
- Kontor ved vandet i Nordhavn og mulighed for hjemmearbejde
- Et internationalt miljø med kolleger fra 30 lande`,
    role: 'AIPM',
    sector: null,
    countries: ['DK'],
    mentions: ['AIPM', 'DS', 'MLE', 'Model evaluation', 'Communication', 'Business acumen', 'Adaptability'],
  },
  {
    id: 't12-b-22',
    title: 'Dataingeniør – seksjon for datadeling',
    company: 'Registerdirektoratet',
    location: '0191 Oslo',
    format: 'div',
    body: `Registerdirektoratet er et statlig direktorat som forvalter fem nasjonale registre og gjør dataene tilgjengelige for innbyggere, kommuner og andre etater.

# Arbeidsoppgaver
- Utvikle og drifte dataflyt fra registrene til vår nye dataplattform
- Bygge og vedlikeholde pipelines i Python og Apache Spark
- Tilgjengeliggjøre data for andre etater via API-er
- Kvalitetssikre data: validering, duplikatkontroll og retting i samarbeid med fagseksjonene
- Versjonskontroll og kodegjennomgang i GitLab

# Kvalifikasjoner
- Mastergrad innen informatikk eller tilsvarende; lang relevant erfaring kan kompensere
- Erfaring som dataingeniør
- Kjennskap til Kafka og Docker er en fordel
- Gode samarbeids- og kommunikasjonsevner

# Vi tilbyr
- Stilling som seniorrådgiver (kode 1364), lønnsspenn 680 000 – 820 000 kr
- Medlemskap i Statens pensjonskasse
- Fleksitid og mulighet for hjemmekontor

Vi ønsker søkere med ulik bakgrunn, og oppfordrer personer med hull i CV-en eller funksjonsnedsettelse til å søke.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['NO'],
    mentions: [
      'DE', 'Python', 'Apache Spark', 'APIs', 'Data cleaning', 'Git', 'Kafka', 'Docker', 'Communication',
    ],
  },
  {
    id: 't12-b-23',
    title: 'Specialista na hluboké učení (Deep Learning Specialist)',
    company: 'Vltava Labs s.r.o.',
    location: 'Praha 8 – Karlín',
    format: 'escaped',
    body: `Naše platforma pro vytěžování dokumentů zpracuje denně přes 3 miliony faktur, smluv a formulářů pro pojišťovny, logistické firmy i veřejnou správu.

Hledáme specialistu na deep learning do týmu, který stojí za modely pro čtení dokumentů.

# Náplň práce
- Vývoj a trénování hlubokých neuronových sítí pro rozpoznávání rozvržení dokumentů a OCR
- Experimenty s transformery pro vizuálně-jazykové modely (trénujeme na vlastním GPU clusteru)
- Optimalizace inference (kvantizace, TensorRT) a nasazení modelů v Dockeru
- Vyhodnocování modelů na interních benchmarcích

# Požadujeme
- Praxi s PyTorch nebo TensorFlow
- Výborný Python, znalost C++ výhodou
- Solidní matematický základ (lineární algebra, pravděpodobnost)
- Chuť sledovat nový výzkum a zkoušet ho v praxi

# Nabízíme
- Mzdu 110 000 – 150 000 Kč měsíčně
- 5 týdnů dovolené a stravenkový paušál
- Příspěvek na penzijní spoření`,
    role: 'DLS',
    sector: SECTOR.IT,
    countries: ['CZ'],
    mentions: [
      'DLS', 'Neural networks', 'Docker', 'Model evaluation', 'PyTorch', 'TensorFlow', 'Python', 'C++',
      'Linear algebra', 'Probability', 'Continuous learning',
    ],
  },
  {
    id: 't12-b-24',
    title: 'Ohjelmistokehittäjä, backend (Java/Kotlin)',
    company: 'Revontuli Systems Oy',
    location: '02150 Espoo',
    format: 'text',
    body: `Kehitämme asiakaspalvelun SaaS-alustaa, jota käyttää yli 1 800 yritystä ja organisaatiota 30 maassa – verkkokaupoista kuntiin.

# Tehtävät
- Uusien ominaisuuksien kehittäminen Java- ja Kotlin-palveluihin
- REST-rajapintojen suunnittelu ja ylläpito
- Automaattisten yksikkö- ja regressiotestien kirjoittaminen
- Palveluiden ajaminen Kubernetes-klusterissa

# Odotamme
- Vähintään 3 vuoden kokemusta backend-kehityksestä
- Kokemusta Gitistä ja CI/CD-putkista
- Hyvää suomen tai englannin kielen taitoa
- JavaScript-osaamista ei tarvita, frontend-tiimi on erikseen

# Tarjoamme
- Palkka 4 200 – 5 600 €/kk kokemuksen mukaan
- Liukuva työaika ja etätyömahdollisuus
- Lounas- ja liikuntaetu`,
    role: null,
    sector: SECTOR.IT,
    countries: ['FI'],
    mentions: ['Java', 'APIs', 'Kubernetes', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't12-b-25',
    title: 'Senior Applied Scientist – Search & Ranking',
    company: 'Lumenmode GmbH',
    location: 'Berlin, Germany',
    format: 'raw',
    body: `<div>At Lumenmode, 11 million people in 19 countries shop for clothes, shoes and beauty from more than 4,000 brands.</div><div><br></div><div>Our Search &amp; Ranking team decides what shoppers see first when they type "white sneakers" or open a category page. As a Senior Applied Scientist you will own the ranking models behind those results, from the first idea to the online experiment.</div><h3>What you'll do</h3><ul><li>Design learning-to-rank models: gradient-boosted trees today, two-tower neural networks tomorrow</li><li>Run online A/B experiments and own their statistical analysis</li><li>Build offline evaluation (NDCG, recall@k) that actually predicts what happens online</li><li>Work with our ML engineers to ship models to production</li><li>Keep up with the research in information retrieval and bring the good ideas in</li></ul><h3>What you'll bring</h3><ul><li>A PhD, or an MSc and several years of industry experience in ML or IR</li><li>Strong Python; PyTorch or TensorFlow</li><li>Experience generating features at scale with Spark</li><li>You can explain trade-offs to product managers and engineers alike</li></ul><h3>What we offer</h3><ul><li>€85,000–€110,000 base salary plus virtual shares</li><li>Visa sponsorship and relocation support to Berlin</li><li>German lessons, 30 days of holiday, BVG ticket</li></ul><div>We welcome applications from everyone, regardless of gender, origin, religion, disability, age or sexual identity.</div>`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: [
      'ARS', 'MLE', 'Decision trees', 'Neural networks', 'Hypothesis testing', 'Model evaluation',
      'Continuous learning', 'Python', 'PyTorch', 'TensorFlow', 'Apache Spark', 'Feature engineering',
      'Communication',
    ],
  },
  {
    id: 't12-b-26',
    title: 'Analytics Engineer',
    company: 'Polderwing Airlines',
    location: 'Schiphol-Oost, Netherlands',
    format: 'escaped',
    body: `Polderwing flies 3.2 million passengers a year on 64 routes from Amsterdam, Rotterdam and Eindhoven.

# About the role
Our data team is small: two data engineers, three analysts and one data scientist. You'll be the link between them, turning booking, flight-ops and ancillary data into tables our power users in Revenue Management can trust.

- Own the dbt models behind our booking and ancillary reporting
- Write data quality tests for freshness, duplicates and referential integrity, and fix what they catch
- Build the semantic layer behind our Tableau dashboards
- Version everything in GitHub and deploy through GitHub Actions

# You have
- 3+ years with SQL and dbt, and some Python
- Experience with Snowflake or BigQuery
- The habit of questioning assumptions before a number goes out
- No Dutch needed

# We offer
- €4,800–€6,200 gross per month plus 8% holiday allowance
- Staff travel: ten free flights a year on our network
- Hybrid working from our office next to the airport`,
    role: null,
    sector: null,
    countries: ['NL'],
    mentions: [
      'DE', 'DS', 'Data cleaning', 'Tableau', 'Git', 'Deployment pipelines', 'Python', 'Critical thinking',
    ],
  },
  {
    id: 't12-b-27',
    title: 'Data Engineer – Offshore Operations',
    company: 'Vestkyst Vind A/S',
    location: 'Esbjerg, Denmark',
    industry: 'Renewable Energy',
    format: 'text',
    body: `We own and operate nine offshore wind farms in the North Sea and the Baltic, supplying power to 2.4 million homes.

# What you'll do
- Build ingestion for SCADA data from more than 700 turbines (10-minute and 1-second resolution) into our lakehouse
- Develop Spark jobs on Databricks
- Set up data quality checks that flag frozen sensors, gaps and impossible values
- Deliver curated datasets to the data scientists working on predictive maintenance
- Work in Git with CI/CD like the rest of our engineering teams

# Who you are
- Experience as a data engineer in an industrial or IoT setting
- Python and SQL
- Experience with time-series databases is a plus
- Willing to go offshore a few times a year (GWO certificates paid by us)

# What we offer
- Salary according to qualifications, 12% pension and a health insurance
- Canteen, flexible hours and a harbour-front office
- Relocation help for candidates moving to Denmark`,
    role: 'DE',
    sector: null,
    countries: ['DK'],
    mentions: ['DE', 'DS', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python'],
  },
  {
    id: 't12-b-28',
    title: 'Robotics Engineer – Piece Picking (English-speaking team)',
    company: 'Kanade Robotics K.K.',
    location: 'Koto-ku, Tokyo',
    countryHints: ['JP'],
    format: 'div',
    body: `We design and build picking robots that handle up to 1,200 different items an hour in distribution centres for apparel, pharmacy and grocery customers across Japan and Korea.

As a Robotics Engineer on the picking-cell team you'll take our robots from the lab to the warehouse floor.

# Responsibilities
- Develop grasp-planning and motion-planning software in C++ and Python
- Integrate vision models from our computer vision engineers into the picking cell
- Train grasp-success models with deep learning and evaluate them on our test cells
- Travel to customer sites for commissioning (about 20%)

# Requirements
- 3+ years in robotics: industrial arms or mobile manipulators
- Solid linear algebra, kinematics and probability
- Experience with ROS and Docker
- Business-level English; Japanese is a plus (JLPT N2)

# Conditions
- Annual salary JPY 8,000,000–12,000,000
- Visa support and relocation
- Flex time, remote work up to two days a week`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['JP'],
    mentions: [
      'ROBO', 'CVE', 'C++', 'Python', 'Neural networks', 'Model evaluation', 'Linear algebra', 'Probability',
      'Docker',
    ],
  },
  {
    id: 't12-b-29',
    title: 'AI Research Scientist, Speech & Language (Korean LLM)',
    company: 'Saebyeok Telecom',
    location: 'Seongnam-si, Gyeonggi-do, South Korea',
    countryHints: ['KR'],
    format: 'raw',
    body: `<p><b>About Saebyeok</b></p><p>Saebyeok connects 21 million mobile subscribers and 9 million broadband homes in Korea, and runs its own AI research centre in Pangyo.</p><p><b>The role</b></p><p>As an AI Research Scientist in the Speech &amp; Language group you will push the state of the art for Korean and bring it into our customer-care and network-operations products.</p><ul><li>Conduct research on speech recognition and Korean large language models</li><li>Pre-train and fine-tune transformer models on our large GPU clusters</li><li>Evaluate models on public and internal benchmarks</li><li>Publish at top venues (ACL, Interspeech, NeurIPS)</li><li>Work with the NLP engineers who take research to production</li></ul><p><b>Qualifications</b></p><ul><li>PhD in CS, EE or a related field, or equivalent research experience</li><li>Deep expertise in PyTorch</li><li>Strong publication record</li><li>Experience with reinforcement learning from human feedback is a plus</li></ul><p>Saebyeok Telecom is an equal opportunity employer. Persons eligible for employment protection (veterans) are given preference in accordance with relevant laws.</p>`,
    role: 'ARS',
    sector: SECTOR.TELCO,
    countries: ['KR'],
    mentions: ['ARS', 'Neural networks', 'Model evaluation', 'NLP_ENG', 'PyTorch', 'Reinforcement learning'],
  },
  {
    id: 't12-b-30',
    title: 'Senior NLP Engineer',
    company: 'Scribea Health',
    location: 'Tel Aviv-Yafo, Israel',
    format: 'html',
    body: `We're looking for a senior NLP engineer to join a team of eight building the models at the heart of our product.

# What you'll do
- Build models that turn doctor–patient conversations into structured clinical notes
- Fine-tune and evaluate LLMs and smaller transformer models; design evaluation sets together with clinicians
- Own the model-serving APIs used by our EHR integrations
- Monitor quality in production and catch regressions before clinicians do

# Requirements
- 5+ years in NLP or ML engineering
- Python, PyTorch, Hugging Face
- Experience with Docker and Kubernetes
- Hebrew and English
- AWS certification – nice to have

# About us
Scribea makes ambient documentation software for hospitals and clinics. 6,000 physicians in Israel and the US use it to write their notes, and get an hour of their day back.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['IL'],
    mentions: [
      'NLP_ENG', 'Neural networks', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'Docker', 'Kubernetes',
    ],
  },
  {
    id: 't12-b-31',
    title: 'Business Intelligence Developer',
    company: 'Nilestone Developments',
    location: 'New Cairo, Cairo, Egypt',
    format: 'escaped',
    body: `Nilestone builds and manages residential compounds and business parks in New Cairo, Sheikh Zayed and the North Coast, with more than 14,000 units delivered since 2006.

# Responsibilities
- Develop Power BI reports for sales, collections and construction progress
- Build and maintain SSIS packages and the data warehouse
- Validate and reconcile data between the CRM and the Oracle ERP
- Present monthly performance figures to the executive committee

# Requirements
- Bachelor's degree in Computer Science, Information Systems or similar
- 3+ years as a BI developer
- Strong SQL and DAX; Excel power user
- Python is a plus
- A problem-solving mindset
- Arabic and English

# Benefits
- Medical insurance for you and your family
- Transportation from Nasr City and Sheikh Zayed
- Annual bonus`,
    role: 'BIA',
    sector: null,
    countries: ['EG'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Python', 'Problem-solving'],
  },
  {
    id: 't12-b-32',
    title: 'QA Automation Engineer (Mid/Senior)',
    company: 'Lotus Gate Software JSC',
    location: 'District 7, Ho Chi Minh City, Vietnam',
    format: 'double',
    body: `We build and run software for clients in Japan, Singapore and Australia – booking engines, logistics portals, mobile banking front ends – with 650 engineers in Ho Chi Minh City and Da Nang.

# Responsibilities
- Design and maintain automated regression suites for web and mobile
- Write API tests against our clients' REST services
- Integrate the tests into Jenkins pipelines
- Write clear defect reports and work with developers to reproduce issues

# Requirements
- 3+ years of test automation with Selenium, Playwright or Appium
- Java or JavaScript/TypeScript
- Git
- English (TOEIC 650+); Japanese N3 is a plus

# Benefits
- 13th-month salary and performance bonus
- Premium health insurance for you and your family
- Sponsorship for ISTQB and cloud certifications`,
    role: null,
    sector: SECTOR.IT,
    countries: ['VN'],
    mentions: ['APIs', 'Deployment pipelines', 'Communication', 'Java', 'Git'],
  },
  {
    id: 't12-b-33',
    title: 'Data Analyst – Collections',
    company: 'Cuenta Cóndor',
    location: 'Bogotá, Colombia',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Cuenta Cóndor is a digital bank for 3 million Colombians: savings accounts, debit cards and small loans, all from the app.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;You'll join the Collections team and report to Daniela Watson, Head of Collections.&lt;/p&gt;&lt;h3&gt;What you'll do&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Build and own the daily collections dashboard in Looker Studio&lt;/li&gt;&lt;li&gt;Segment delinquent customers with clustering to tailor contact strategies&lt;/li&gt;&lt;li&gt;Measure the impact of new collection strategies with controlled experiments and significance tests&lt;/li&gt;&lt;li&gt;Partner with the data scientists who own our risk models&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;What you'll bring&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;2+ years of analytics experience, ideally in lending&lt;/li&gt;&lt;li&gt;Advanced SQL; Python with pandas&lt;/li&gt;&lt;li&gt;Fluent Spanish and professional English&lt;/li&gt;&lt;li&gt;Business acumen: you understand how roll rates drive credit losses&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Benefits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Prepaid medicine plan&lt;/li&gt;&lt;li&gt;Hybrid work from our office in Chapinero&lt;/li&gt;&lt;li&gt;Learning budget of COP 4,000,000 a year&lt;/li&gt;&lt;/ul&gt;`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CO'],
    mentions: [
      'Google Data Studio', 'Clustering', 'Hypothesis testing', 'DS', 'Python', 'Pandas', 'Business acumen',
    ],
  },
  {
    id: 't12-b-34',
    title: 'Software Engineer (Java) – Traffic Signal Control',
    company: 'Zielona Fala Systems sp. z o.o.',
    location: 'Warszawa, mazowieckie, Poland',
    format: 'div',
    body: `Our adaptive signal control platform runs 4,300 intersections in 37 cities across Poland, the Baltics and Czechia, and cuts the time buses and trams spend waiting at red lights.

# What you'll do
- Develop backend services in Java 21 and Spring Boot
- Build integrations with detectors, cameras and city traffic-management centres over REST and MQTT
- Write unit, integration and regression tests
- Run services with Docker on Kubernetes

# What we expect
- 3+ years of professional Java (not JavaScript – the front-end team is separate)
- Git
- Good English; Polish is a plus

# We offer
- B2B: 20 000 – 27 000 PLN net + VAT, or employment contract: 17 000 – 23 000 PLN gross
- Private medical care
- Office in Mokotów, hybrid work`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['PL'],
    mentions: ['Java', 'APIs', 'Docker', 'Kubernetes', 'Git'],
  },
  {
    id: 't12-b-35',
    title: 'MLOps Engineer (Remote, EMEA)',
    company: 'Tracehound',
    location: 'Remote - EMEA',
    format: 'raw',
    body: `<div>Tracehound is an observability platform: 2,300 engineering teams use our tracing and log analytics to find out why their software is slow.</div><div><br></div><div>We are hiring our first MLOps Engineer. You'll work alongside two machine learning engineers and our data scientists, and own the platform they train and ship on.</div><h3>What you'll do</h3><ul><li>Run training on Kubernetes with Kubeflow Pipelines and track experiments in MLflow</li><li>Build CI/CD for models with GitHub Actions</li><li>Set up model monitoring in production: latency, drift and alert precision</li><li>Support the SageMaker endpoints that still serve a few legacy models while we migrate them</li></ul><h3>What you bring</h3><ul><li>Strong Python, Docker and Terraform</li><li>You're comfortable with ambiguity in a 90-person company</li><li>Clear written communication – we're remote-first and mostly async</li></ul><h3>Benefits</h3><ul><li>€90k–€115k depending on location</li><li>Home-office budget and a yearly team offsite</li><li>You must live in a time zone between UTC-1 and UTC+3</li></ul>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: [],
    mentions: [
      'MLE', 'DS', 'Kubernetes', 'Kubeflow', 'MLflow', 'Deployment pipelines', 'Model evaluation', 'AWS SageMaker',
      'Python', 'Docker', 'Adaptability', 'Communication',
    ],
  },
  {
    id: 't12-b-36',
    title: 'Chef de Partie – Pastry',
    company: 'Sahra Palms Resort & Residences',
    location: 'Dubai, United Arab Emirates',
    format: 'html',
    body: `Sahra Palms is a 420-key beachfront resort on the Palm with nine restaurants and lounges. Our pastry team creates desserts that spark conversations.

# Key responsibilities
- Run the pastry section for our all-day dining restaurant and banqueting (up to 600 covers)
- Prepare laminated doughs, entremets and plated desserts to recipe specifications
- Train and supervise commis chefs
- Maintain HACCP records and food-safety standards

# Requirements
- 3+ years in a five-star pastry kitchen
- Creativity and attention to detail; able to adapt quickly to changing banquet orders
- Good communication skills in English

# Package
- Job grade R5, tax-free salary
- Shared accommodation, transportation and meals on duty
- 30 days annual leave and an annual ticket home`,
    role: null,
    sector: null,
    countries: ['AE'],
    mentions: ['Adaptability', 'Communication'],
  },
];
