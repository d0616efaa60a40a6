// test15, half B — 36 held-out postings, ids t15-b-01 … t15-b-36. Analyst notes.
//
// Composition
// - 24 postings written entirely in another language, 12 languages: German (b-01 DE, b-02 AT, b-03 CH),
//   French (b-04 FR, b-05 BE, b-06 CA), Spanish (b-07 ES, b-08 MX, b-09 CL), Italian (b-10, b-11),
//   Dutch (b-12 NL, b-13 BE), Portuguese (b-14 PT, b-15 BR), Polish (b-16, b-17), Swedish (b-18, b-19),
//   Danish (b-20), Norwegian (b-21, b-22), Czech (b-23), Finnish (b-24). Locations as local boards write
//   them (postcodes, "(63)", "(BO)", "ZH", "N.L.", voivodeships, län, maakond).
// - 12 postings in English from Germany (b-25), the Netherlands (b-26), Sweden (b-27), Japan (b-28),
//   South Korea (b-29), Israel (b-30), Egypt (b-31), Vietnam (b-32), Colombia (b-33), Poland (b-34),
//   remote EMEA (b-35) and Estonia (b-36).
// - 24 titles among the seed's ten roles (MLE 4, DS 4, ARS 2, DE 3, CVE 2, NLP 2, BIA 3, AIPM 2, ROBO 1,
//   DLS 1), 12 other jobs (role null).
// - Sectors: Retail 5, Finance 5, Healthcare 4, Manufacturing 4, Public 4, Telecom 4, IT 3, null 7.
// - Formats: raw 12 (Personio b-01, JSON-LD b-04 b-15, Greenhouse content b-07 b-25, Workday b-11,
//   Recruitee b-12, SmartRecruiters b-16 b-35, Teamtailor b-20, Lever b-26 b-30), html 6, div 5,
//   escaped 5, double 3, text 5. Board industry field on 6 (b-02, b-09, b-12, b-17 in the local language;
//   b-31, b-35 in English).
//
// Labelling conventions used throughout
// - The title's role is listed in mentions only when the body itself names that role (or a colleague role);
//   roles named in the body always count ("ML Engineers", "dataingenjör", "BI-ontwikkelaar", "Analista BI").
// - Skills/tools named as "a plus", "deseable", "mile widziane", "výhodou" count as asked for.
//
// Hard calls by case
// - b-02: "R oder Python" is the language R (labelled); "Verwendungsgruppe C" is a pay-scale letter, nothing.
// - b-03: "Lohnklasse R12" is a pay class, not R; "Julia Brunner" is a person, not Julia. "Flexibilität und
//   Freude an Veränderungen" → Adaptability.
// - b-04: maker of camera inspection machines for bottling lines → Manufacturing (systems made for
//   factories, built in its own plant). "projets R&D" not labelled.
// - b-05: Walloon public-interest body → Public. "contrôles de qualité automatisés (complétude, doublons…)"
//   → Data cleaning; "vulgariser … auprès d'un public non spécialiste" → Communication.
// - b-06: store sales job at a fibre/mobile operator → Telecom (a shop inside an operator). "Excellente
//   communication en français" → Communication; "à l'aise avec le changement" → Adaptability.
// - b-07: conversational-AI vendor whose customers are insurers, hotels, councils and energy retailers →
//   multi-sector software → IT. NLP_ENG is only in the title ("trabajando en NLP" is not the role).
// - b-08: Looker Studio → Google Data Studio; "Entender cómo gana dinero un supermercado" → Business acumen.
// - b-09: mining-services contractor (industry "Minería") → null. "Licencia clase B" is nothing.
// - b-10: packaging-machine maker → Manufacturing; random forest → Decision trees, LSTM → Neural networks;
//   "reparto R&D" not labelled.
// - b-11: publishing group (newspapers, magazines, books) → null (media/publishing). "Azure AI Foundry" is
//   labelled Microsoft Azure ML (Microsoft's current Azure platform for building and deploying models, the
//   successor of the Azure ML studio experience) — a judgment call. "AI Product Manager" named in the body.
// - b-12: social-housing association (industry "Vastgoed / woningcorporaties") → null (real estate, not a
//   government body). "Azure-omgeving"/"Azure Data Factory" are cloud only, not Azure ML. "Power Query" is
//   part of Power BI, not an extra label; "schaal H" is a pay scale.
// - b-13: hospital lab technologist → Healthcare; "valideert technische resultaten" is lab result validation,
//   not Data cleaning.
// - b-14: PT fibre/mobile operator → Telecom; Vertex AI → Google AI Platform; the exact Google Professional
//   Machine Learning Engineer credential is named → CERT_GCP.
// - b-15: digital bank → Finance; PySpark → Apache Spark; "Visão de negócio … resultado" → Business acumen.
// - b-16: maker of AMR and palletising robots built in its own factory → Manufacturing. "inżynierami
//   computer vision" → CVE; "rachunku różniczkowego" → Calculus.
// - b-17: road haulage and warehousing (industry "Transport / Spedycja / Logistyka") → null. Excel only.
// - b-18: a municipality → Public; "regionens BI-analytiker" → BIA.
// - b-19: Analytics Engineer → role null. Online grocery delivery → Retail. Tableau dashboards alone are not
//   Visualization; tests catching duplicates and missing values → Data cleaning; GitHub → Git.
// - b-20: hearing-aid maker (CE-marked medical devices) → Healthcare. "Julia Vestergaard" is a person;
//   TensorFlow Lite → TensorFlow; "holder dig opdateret med ny forskning" → Continuous learning.
// - b-21: hydro/wind power producer → null (energy). Here "Julia" is the programming language → Julia.
//   "kraft" words are not Power BI.
// - b-22: haulage company → null; "førerkort klasse CE" is a licence class; "god til å løse problemer på
//   egen hånd" → Problem-solving.
// - b-23: Java developer → role null (Software Engineer). State registry office of the interior ministry →
//   Public. "regresních testů" is regression testing (not Regression); JavaScript is not Java, but the post
//   asks for Java itself → Java. GitLab CI → Deployment pipelines; "zkušenost s Gitem" → Git.
// - b-24: maker of 5G/6G base stations for mobile operators → Telecom. "Tutkija, tekoäly (Research
//   Scientist)" → ARS.
// - b-25: food and grocery delivery marketplace → Retail. Argo CD → Deployment pipelines; Spark named for
//   training data → Apache Spark.
// - b-26: payment processor → Finance. MLOps Engineer → MLE (named in the body → MLE in mentions). "AWS
//   certification is a plus" is generic, no certification label. "Kubernetes clusters" → Kubernetes only,
//   not Clustering. GitHub Actions → Deployment pipelines only (no repository wording → no Git).
// - b-27: mobile operator → Telecom (described only in a closing paragraph). "Hadoop cluster" → Hadoop only.
// - b-28: Level-4 driving systems with truck makers → Manufacturing (autonomous driving). "R&D teams" not
//   labelled; "robotics engineers" → ROBO.
// - b-29: webtoon platform and game publisher → IT (internet platform/games). "spark new ideas" is a verb;
//   "Curiosity about the latest research" → Continuous learning; LLMs/transformers → Neural networks.
// - b-30: Applied Scientist → ARS. Fraud/AML detection sold to banks and card issuers → Finance.
//   "Segment … with clustering" → Clustering.
// - b-31: BI Developer → BIA. Generic-medicines maker (described only at the end) → Healthcare. "Azure
//   Machine Learning" → Microsoft Azure ML; "power users" is not Power BI (Power BI is named separately).
// - b-32: Ho Chi Minh City marketplace → Retail. Looker Studio → Google Data Studio; "Commercial awareness"
//   → Business acumen; "Comfortable with ambiguity" → Adaptability.
// - b-33: Software Engineer (Go) → role null. Recruiter hiring for an unnamed "US-based client" whose
//   business is not said → null. "Go" the language and "go live" are no entity; "regression suites" is not
//   Regression; "Review pull requests on GitHub" → Git.
// - b-34: Credit Risk Analyst → role null; retail bank → Finance. "Corporate grade: R" and "Recommendation T"
//   are letters, not R. Scorecard monitoring → Model evaluation; logistic regression → Regression.
// - b-35: pre-sales role → null; workflow SaaS used by many industries → IT; "Remote – EMEA" → countries [].
//   "Liam Watson" is a person, not IBM Watson; JavaScript is not Java.
// - b-36: Data Analyst → role null; government agency → Public.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST15_B: HoldoutCase[] = [
  {
    id: 't15-b-01',
    title: 'Machine Learning Engineer (m/w/d) – Empfehlungen & Suche',
    company: 'Beetwerk Versand GmbH',
    location: '20457 Hamburg',
    countryHints: ['DE'],
    format: 'raw',
    body: `<p><strong>Wer wir sind</strong></p>
<p>Bei Beetwerk bestellen jedes Jahr rund 900.000 Hobbygärtner:innen Stauden, Saatgut, Hochbeete und Gartenmöbel – online und in unseren zwei Gartencentern in Wilhelmsburg und Lüneburg. Unser Sortiment umfasst über 38.000 Artikel von mehr als 400 Lieferanten.</p>
<p><strong>Deine Aufgaben</strong></p>
<ul>
<li>Du entwickelst unsere Produktempfehlungen und das Ranking der Shopsuche weiter – von der Idee bis zum produktiven Modell</li>
<li>Du baust Features aus Klick-, Warenkorb- und Saisondaten und trainierst Modelle mit LightGBM und PyTorch</li>
<li>Du bringst Modelle über unsere CI/CD-Pipelines (GitLab CI) als Docker-Container in Produktion und überwachst sie dort</li>
<li>Du misst Erfolg sauber: Offline-Metriken wie NDCG und A/B-Tests im Shop</li>
<li>Du reviewst Code deiner Kolleg:innen in unseren GitLab-Repositories</li>
<li>Du arbeitest eng mit unseren Data Engineers und dem Category Management zusammen</li>
</ul>
<p><strong>Was du mitbringst</strong></p>
<ul>
<li>Mehrere Jahre Erfahrung als ML Engineer oder Data Scientist mit Modellen im Produktivbetrieb</li>
<li>Sehr gute Kenntnisse in Python, Pandas und scikit-learn; SQL ist für dich selbstverständlich</li>
<li>Erfahrung mit Apache Airflow oder ähnlichen Orchestrierungstools</li>
<li>Du kannst Ergebnisse verständlich erklären – auch Kolleg:innen, die lieber Rosen schneiden als Konfusionsmatrizen lesen</li>
<li>Sehr gutes Deutsch oder Englisch</li>
</ul>
<p><strong>Was wir bieten</strong></p>
<ul>
<li>Gehalt zwischen 68.000 und 82.000 € brutto jährlich</li>
<li>30 Urlaubstage, Zuschuss zum Deutschlandticket, Hund im Büro erlaubt</li>
<li>20 % Mitarbeiterrabatt auf das gesamte Sortiment</li>
</ul>
<p>Klingt gut? Dann bewirb dich mit Lebenslauf und frühestem Eintrittstermin. Deine Ansprechpartnerin ist Nele Petersen.</p>`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['MLE', 'DS', 'DE', 'Feature engineering', 'Decision trees', 'PyTorch', 'Deployment pipelines', 'Docker', 'Model evaluation', 'Hypothesis testing', 'Git', 'Python', 'Pandas', 'Scikit-learn', 'Communication'],
  },
  {
    id: 't15-b-02',
    title: 'Data Scientist (w/m/d) Tarifierung & Schadenprognose',
    company: 'Wachauer Wechselseitige Versicherung AG',
    location: '1010 Wien',
    industry: 'Versicherungswesen',
    format: 'escaped',
    body: `Die Wachauer Wechselseitige ist seit 1871 ein Versicherungsverein auf Gegenseitigkeit. Wir versichern rund 640.000 Kundinnen und Kunden in Österreich gegen Sturm, Hagel, Unfall und Haftpflicht – von der Weinbäuerin in Krems bis zum Tischlereibetrieb in Ottakring.

# Ihre Aufgaben
- Weiterentwicklung unserer Tarifmodelle in der Kfz- und Haushaltsversicherung mit GLMs und Gradient Boosting
- Prognose von Elementarschäden auf Basis von Wetter- und Geodaten
- Aufbereitung und Plausibilisierung großer Bestands- und Schadendaten
- Validierung der Modelle (Backtesting, Stabilitätsanalysen) und Dokumentation für Aktuariat und FMA-Prüfungen
- Präsentation der Ergebnisse vor Vorstand und Fachbereichen

# Ihr Profil
- Abgeschlossenes Studium der Statistik, Mathematik, Versicherungsmathematik oder vergleichbar
- Fundiertes Wissen in Wahrscheinlichkeitsrechnung und Statistik
- Sehr gute Kenntnisse in R oder Python; Erfahrung mit SAS ist von Vorteil
- Sicherer Umgang mit SQL und Excel
- Teamgeist und Freude an der Zusammenarbeit mit unseren Aktuar:innen

# Unser Angebot
Flexible Arbeitszeiten, bis zu zwei Tage Homeoffice pro Woche, Betriebsrestaurant am Schwedenplatz, betriebliche Pensionskasse.

Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 4.112,– brutto pro Monat (14 × jährlich; KV für Angestellte der Versicherungsunternehmen, Innendienst, Verwendungsgruppe C). Die tatsächliche Entlohnung richtet sich nach Qualifikation und Erfahrung.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['AT'],
    mentions: ['Regression', 'Decision trees', 'Data cleaning', 'Model evaluation', 'Communication', 'Probability', 'R', 'Python'],
  },
  {
    id: 't15-b-03',
    title: 'Dipl. Pflegefachfrau/-mann HF Intensivpflege 80–100 %',
    company: 'Spital Thurbrücke AG',
    location: '8400 Winterthur ZH',
    format: 'text',
    body: `Das Spital Thurbrücke versorgt mit 420 Betten und rund 2'300 Mitarbeitenden die Region Winterthur und das Zürcher Weinland. Unsere interdisziplinäre Intensivstation (IPS) behandelt jährlich über 1'800 Patientinnen und Patienten.

# Ihre Aufgaben
- Ganzheitliche Pflege und Überwachung von kritisch kranken Patientinnen und Patienten
- Bedienung von Beatmungsgeräten und Monitoring-Systemen
- Pflegedokumentation im Klinikinformationssystem
- Begleitung von Angehörigen in belastenden Situationen
- Mitarbeit in Projekten zur Qualitätsentwicklung

# Ihr Profil
- Diplom Pflegefachfrau/-mann HF oder FH, NDS Intensivpflege abgeschlossen oder Bereitschaft dazu
- Belastbarkeit, Flexibilität und Freude an Veränderungen im Stationsalltag
- Gute Deutschkenntnisse (mind. C1)
- Sicher im Umgang mit MS Office (Word, Excel)

# Wir bieten
- Lohn nach kantonalem Reglement, Lohnklasse R12 (je nach Erfahrung CHF 84'000–102'000 bei 100 %)
- Schichtzulagen, 5 Wochen Ferien, vergünstigte Verpflegung im Personalrestaurant
- Kinderkrippe auf dem Areal

Fragen beantwortet Ihnen gerne Julia Brunner, Stationsleiterin IPS, Tel. 052 266 00 00.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Adaptability'],
  },
  {
    id: 't15-b-04',
    title: 'Ingénieur Vision par Ordinateur H/F',
    company: 'Verrand Optique Industrielle',
    location: 'Clermont-Ferrand (63)',
    countryHints: ['FR'],
    format: 'raw',
    body: `<p><strong>Verrand Optique Industrielle</strong> conçoit et fabrique depuis 1994 des systèmes d'inspection par caméra pour les lignes d'embouteillage et de conditionnement : contrôle des niveaux, des bouchons, des étiquettes et des défauts de verre, jusqu'à 72 000 bouteilles à l'heure. Nos 1 100 machines tournent chez des embouteilleurs d'eaux minérales, de vins et de spiritueux dans 31 pays.</p>
<p><strong>Vos missions</strong></p>
<ul><li>Concevoir et entraîner des réseaux de neurones convolutifs pour la détection de défauts sur le verre et les étiquettes</li><li>Développer les algorithmes de traitement d'image embarqués en C++ (OpenCV) sur nos calculateurs de ligne</li><li>Constituer et nettoyer les bases d'images annotées, en lien avec nos techniciens SAV</li><li>Mesurer les performances (taux de fausses éjections, rappel sur les défauts critiques) sur banc et chez le client</li><li>Participer aux projets R&amp;D menés avec notre laboratoire universitaire partenaire</li></ul>
<p><strong>Profil recherché</strong></p>
<ul><li>Bac+5 (école d'ingénieurs ou master) en vision, traitement du signal ou informatique</li><li>Maîtrise de Python et de PyTorch ; C++ moderne apprécié</li><li>Bonnes bases en algèbre linéaire et en géométrie projective (calibration caméra)</li><li>Esprit d'équipe, rigueur, goût pour le terrain : déplacements ponctuels en France et en Europe (15 %)</li></ul>
<p><strong>Rémunération et avantages</strong><br/>45 – 55 k€ brut annuel selon expérience, 13e mois, RTT, intéressement, mutuelle prise en charge à 70 %.</p>
<p>Poste en CDI basé à Clermont-Ferrand (Puy-de-Dôme). Tous nos postes sont ouverts aux personnes en situation de handicap.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['FR'],
    mentions: ['Neural networks', 'C++', 'Data cleaning', 'Model evaluation', 'Python', 'PyTorch', 'Linear algebra'],
  },
  {
    id: 't15-b-05',
    title: 'Data Engineer (H/F/X) – Contrat à durée indéterminée',
    company: 'Office wallon de la Donnée territoriale (OWDT)',
    location: '5000 Namur',
    format: 'html',
    body: `L'Office wallon de la Donnée territoriale est un organisme d'intérêt public de la Région wallonne. Il collecte, harmonise et publie les données cadastrales, d'aménagement du territoire et de mobilité utilisées par les communes wallonnes, les services du Gouvernement wallon et les citoyens.

# Votre fonction
Au sein de la Direction de l'Information géographique (14 personnes), vous :
- concevez et maintenez les flux d'intégration des données (ETL/ELT) entre nos sources métiers et notre entrepôt PostgreSQL/PostGIS ;
- industrialisez les traitements existants écrits en Python et en SQL ;
- mettez en place des contrôles de qualité automatisés (complétude, doublons, cohérence géométrique) ;
- exposez les jeux de données via des API REST pour le géoportail régional ;
- documentez vos développements et versionnez le code sous Git ;
- travaillez avec les analystes SIG et les data scientists de la cellule Observatoire.

# Votre profil
- Master en informatique, géomatique ou équivalent par expérience ;
- Au moins 3 ans d'expérience en ingénierie de données ;
- La connaissance d'Apache Kafka ou d'un autre outil de streaming est un atout ;
- Bonne connaissance du néerlandais (niveau B1) : un atout ;
- Capacité à vulgariser des sujets techniques auprès d'un public non spécialiste.

# Notre offre
- Contrat à durée indéterminée, niveau A6 (barème de la fonction publique wallonne), valorisation de l'ancienneté privée jusqu'à 10 ans ;
- Chèques-repas de 8 €, intervention à 100 % dans les frais de transports en commun ;
- Télétravail jusqu'à 3 jours par semaine.

Sélection : épreuve écrite puis entretien. Candidatures jusqu'au 14 mars via le portail emploi de l'Office.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['BE'],
    mentions: ['Python', 'Data cleaning', 'APIs', 'Git', 'DS', 'Kafka', 'Communication'],
  },
  {
    id: 't15-b-06',
    title: 'Conseiller(ère) aux ventes – Boutique Promenades du Fleuve (temps plein)',
    company: 'Fibrelac Télécom',
    location: 'Laval, QC',
    format: 'div',
    body: `Fibrelac, c'est l'Internet par fibre, la télé et le mobile pour plus de 410 000 foyers et entreprises au Québec. Nos 38 boutiques sont souvent le premier endroit où nos clients découvrent nos forfaits.

# Ce que tu feras
- Accueillir la clientèle et trouver le forfait Internet, mobile ou télé qui lui convient vraiment
- Activer les lignes, transférer les numéros et configurer les appareils (iPhone, Android, routeurs Wi-Fi 6)
- Atteindre tes objectifs de ventes mensuels et participer aux promotions en boutique
- Régler les questions de facturation simples avec l'aide de notre service à la clientèle

# Ce qu'on recherche
- 1 an d'expérience en vente au détail ou en service à la clientèle
- Excellente communication en français; anglais fonctionnel (clientèle bilingue)
- Disponibilité les soirs et les fins de semaine
- Tu es à l'aise avec le changement : nos offres évoluent chaque trimestre

# Ce qu'on offre
- Salaire de base de 18,50 $/h + commissions (moyenne de 46 000 $ par année)
- Rabais de 50 % sur tes services Fibrelac
- Assurances collectives dès le premier jour et REER collectif

Fibrelac souscrit au principe d'équité en matière d'emploi.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't15-b-07',
    title: 'Ingeniero/a de NLP (Procesamiento de Lenguaje Natural) – Senior',
    company: 'Parlanta Labs',
    location: 'Madrid, Comunidad de Madrid, España',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;En Parlanta construimos asistentes conversacionales que atienden por voz y chat en español, catalán, euskera y portugués. Nuestra plataforma la usan aseguradoras, cadenas hoteleras, ayuntamientos y comercializadoras de energía: más de 60 clientes y 9 millones de conversaciones al mes.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;Qué harás&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Ajustar (fine-tuning) modelos de lenguaje basados en transformers para clasificación de intenciones y extracción de entidades&lt;/li&gt;
&lt;li&gt;Diseñar la evaluación: conjuntos de prueba por cliente, precisión y cobertura por intención, revisión sistemática de errores&lt;/li&gt;
&lt;li&gt;Construir los servicios de inferencia en Python y exponerlos mediante APIs gRPC&lt;/li&gt;
&lt;li&gt;Colaborar con nuestro equipo de ML Engineers en el despliegue sobre Kubernetes&lt;/li&gt;
&lt;li&gt;Mantenerte al día de la investigación en NLP y proponer qué merece la pena probar (y qué no)&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Qué buscamos&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;4+ años trabajando en NLP en producción&lt;/li&gt;
&lt;li&gt;Dominio de Python, PyTorch y Hugging Face Transformers&lt;/li&gt;
&lt;li&gt;Experiencia con spaCy y con limpieza de corpus (deduplicación, normalización, anonimización de datos personales)&lt;/li&gt;
&lt;li&gt;Se valora: experiencia con modelos de voz (ASR) o conocimientos de euskera o catalán&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Qué ofrecemos&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Salario: 58.000 – 72.000 € brutos/año&lt;/li&gt;
&lt;li&gt;Modelo híbrido: 2 días a la semana en la oficina de Chamberí&lt;/li&gt;
&lt;li&gt;Seguro médico, 25 días laborables de vacaciones y 1.500 €/año para formación &amp;amp; conferencias&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Parlanta Labs es una empresa comprometida con la igualdad de oportunidades. Valoramos todas las candidaturas sin distinción de género, edad, origen, orientación sexual o discapacidad.&lt;/p&gt;&lt;/div&gt;`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['ES'],
    mentions: ['Neural networks', 'Model evaluation', 'Python', 'APIs', 'MLE', 'Kubernetes', 'Continuous learning', 'PyTorch', 'Data cleaning'],
  },
  {
    id: 't15-b-08',
    title: 'Analista de Inteligencia de Negocios Sr.',
    company: 'Supermercados La Cosecha Norteña',
    location: 'Monterrey, N.L.',
    countryHints: ['MX'],
    format: 'html',
    body: `¡Únete a La Cosecha! Somos una cadena de 112 supermercados y 14 tiendas de conveniencia en Nuevo León, Coahuila y Tamaulipas, con más de 9,000 colaboradores.

# Objetivo del puesto
Transformar los datos de ventas, inventarios y del programa de lealtad en información clara para las áreas de Compras, Operación de Tiendas y Mercadotecnia.

# Responsabilidades
- Desarrollar y mantener tableros en Power BI y reportes en Looker Studio para gerentes de tienda
- Construir modelos de datos y consultas en SQL Server y BigQuery
- Validar y depurar la información de punto de venta (duplicados, devoluciones mal capturadas)
- Analizar resultados de promociones y de pruebas A/B en folletos digitales
- Presentar hallazgos a directores de categoría con gráficos claros y recomendaciones accionables

# Requisitos
- Licenciatura en Actuaría, Ingeniería Industrial, Sistemas o afín
- 3 años de experiencia como Analista BI o en un puesto similar
- Power BI avanzado (DAX, Power Query) y Excel avanzado
- Deseable: Python o R para análisis
- Entender cómo gana dinero un supermercado: margen, merma, rotación

# Ofrecemos
Sueldo competitivo, prestaciones superiores a las de ley, vales de despensa, fondo de ahorro y 20% de descuento en tiendas La Cosecha.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: ['Power BI', 'Google Data Studio', 'Data cleaning', 'Hypothesis testing', 'Communication', 'Visualization', 'BIA', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't15-b-09',
    title: 'Contador/a General – Faena y Casa Matriz',
    company: 'Servicios Mineros Cordillera Alta SpA',
    location: 'Antofagasta, Región de Antofagasta',
    industry: 'Minería',
    format: 'text',
    body: `Servicios Mineros Cordillera Alta presta servicios de movimiento de tierra, mantención de caminos mineros y arriendo de equipos pesados a faenas de cobre y litio en el norte de Chile.

# Funciones
- Llevar la contabilidad general bajo IFRS y cerrar los estados financieros mensuales
- Preparar las declaraciones mensuales (F29) y la declaración anual de renta (F22) ante el SII
- Conciliaciones bancarias, control de activo fijo y centros de costo por contrato
- Coordinar con auditoría externa y con el área de Remuneraciones
- Apoyar la implementación del nuevo ERP

# Requisitos
- Título de Contador Auditor o Ingeniero en Información y Control de Gestión
- Mínimo 5 años de experiencia, idealmente en empresas contratistas de la minería
- Excel avanzado (tablas dinámicas, BUSCARV); manejo de Power BI deseable
- Licencia de conducir clase B
- Disponibilidad para viajar a faena una semana al mes

# Beneficios
Renta líquida de $2.400.000 a $2.800.000, bono anual por cumplimiento, seguro complementario de salud, casino en faena.`,
    role: null,
    sector: null,
    countries: ['CL'],
    mentions: ['Power BI'],
  },
  {
    id: 't15-b-10',
    title: 'Data Scientist – Manutenzione Predittiva',
    company: 'Confezionatrici Reno Valsamoggia S.p.A.',
    location: 'Valsamoggia (BO)',
    countryHints: ['IT'],
    format: 'div',
    body: `Progettiamo e costruiamo macchine automatiche per il confezionamento di caffè in capsule, tè e prodotti farmaceutici: astucciatrici, riempitrici e fine linea. Ogni anno escono dal nostro stabilimento di Crespellano circa 280 macchine, per l'85% destinate all'export.

# Il ruolo
Entrerai nel team Digital Services (6 persone), che sviluppa il servizio di teleassistenza e manutenzione predittiva collegato alle macchine installate presso i clienti.

# Responsabilità
- Analizzare i segnali dei sensori (vibrazioni, temperature, assorbimenti dei motori) raccolti dalle linee
- Sviluppare modelli per prevedere guasti e usura dei componenti (random forest, modelli di sopravvivenza, reti LSTM)
- Pulire e allineare serie storiche provenienti da PLC diversi
- Valutare i modelli sui dati storici di fermo macchina e monitorarne le prestazioni dopo il rilascio
- Visualizzare i risultati per i tecnici dell'assistenza e per il reparto R&D

# Requisiti
- Laurea magistrale in Ingegneria, Fisica, Statistica o Informatica
- Almeno 2 anni di esperienza come Data Scientist, preferibilmente in ambito industriale
- Ottima conoscenza di Python (Pandas, NumPy, scikit-learn) e di SQL
- Buone basi di statistica e calcolo delle probabilità
- Buona conoscenza dell'inglese

# Cosa offriamo
RAL 40.000–50.000 € in base all'esperienza, CCNL Metalmeccanico Industria, premio di risultato, mensa aziendale, 2 giorni di smart working a settimana.

La ricerca è rivolta a candidati di entrambi i sessi (L. 903/77).`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['Decision trees', 'Neural networks', 'Data cleaning', 'Model evaluation', 'Visualization', 'DS', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Probability'],
  },
  {
    id: 't15-b-11',
    title: 'AI Product Manager – Piattaforme Editoriali',
    company: 'Gruppo Editoriale Ventaglio',
    location: 'Milano, Lombardia, Italia',
    format: 'raw',
    body: `<p><b>Chi siamo</b></p><p>Gruppo Editoriale Ventaglio pubblica quattro quotidiani locali, undici periodici di cucina, viaggi e design e un catalogo di oltre 6.000 titoli di narrativa e saggistica. Ogni mese i nostri siti raggiungono 14 milioni di lettori unici.</p><p><b>La posizione</b></p><p>Cerchiamo un/una AI Product Manager che guidi lo sviluppo degli strumenti di intelligenza artificiale usati dalle redazioni: trascrizione delle interviste, suggerimento dei titoli, tagging automatico degli articoli e raccomandazione dei contenuti sui nostri siti.</p><p><b>Responsabilità principali</b></p><ul><li>Definire roadmap e priorità insieme ai direttori di testata e al team tecnologico</li><li>Tradurre le esigenze delle redazioni in requisiti chiari per data scientist e sviluppatori</li><li>Definire le metriche di successo e organizzare test A/B sulle raccomandazioni</li><li>Presidiare gli aspetti legali ed etici (diritto d'autore, AI Act, trasparenza verso i lettori)</li><li>Comunicare avanzamenti e risultati al comitato di direzione</li></ul><p><b>Requisiti</b></p><ul><li>5+ anni come Product Manager su prodotti digitali, di cui almeno 2 su prodotti basati su machine learning</li><li>Comprensione dei concetti di base dei modelli linguistici e dei loro limiti</li><li>Capacità di mettere in discussione le ipotesi, anche le proprie</li><li>Esperienza con Azure AI Foundry o piattaforme analoghe è un plus</li><li>Ottimo italiano e inglese fluente</li></ul><p><b>Sede e modalità</b></p><p>Milano, zona Porta Nuova – modalità ibrida, 3 giorni in sede.</p><p>Il Gruppo garantisce pari opportunità nel rispetto del D.Lgs. 198/2006.</p>`,
    role: 'AIPM',
    sector: null,
    countries: ['IT'],
    mentions: ['AIPM', 'DS', 'Hypothesis testing', 'Communication', 'Critical thinking', 'Microsoft Azure ML'],
  },
  {
    id: 't15-b-12',
    title: 'BI-ontwikkelaar (Power BI) 32–36 uur',
    company: 'Woonstichting Poldergoed',
    location: 'Amersfoort',
    countryHints: ['NL'],
    industry: 'Vastgoed / woningcorporaties',
    format: 'raw',
    body: `<p><strong>Over Poldergoed</strong></p><p>Poldergoed verhuurt ruim 14.000 sociale huurwoningen in Amersfoort, Leusden en Soest. Wij zorgen voor betaalbaar en goed onderhouden wonen voor mensen met een kleiner inkomen.</p><p><strong>Wat ga je doen?</strong></p><p>Als BI-ontwikkelaar maak je deel uit van het team Informatievoorziening (5 collega's). Je:</p><ul><li>bouwt en onderhoudt rapportages en datamodellen in Power BI voor Verhuur, Vastgoed en Financiën;</li><li>ontwikkelt ETL-processen in Azure Data Factory richting ons datawarehouse in de Azure-omgeving;</li><li>controleert en verbetert de datakwaliteit uit ons ERP-systeem;</li><li>vertaalt vragen van collega's naar heldere visualisaties en legt uit wat de cijfers wel en niet zeggen.</li></ul>
<p><strong>Wat vragen wij?</strong></p><ul><li>hbo werk- en denkniveau, bijvoorbeeld Bedrijfskundige Informatica;</li><li>minimaal 3 jaar ervaring met Power BI (DAX, Power Query) en SQL;</li><li>kennis van de corporatiesector is een pré, geen eis;</li><li>je bent nieuwsgierig en wilt blijven leren.</li></ul><p><strong>Wat bieden wij?</strong></p><ul><li>Salaris tussen € 4.010 en € 5.730 bruto per maand (schaal H, cao Woondiensten) bij 36 uur</li><li>Een individueel keuzebudget van 16,6%</li><li>Thuiswerkvergoeding en een fiets van de zaak</li></ul><p>Vragen? Bel met Femke de Wit, teamleider Informatievoorziening, via 033 – 000 12 34. Reageren kan tot en met 21 februari.</p>`,
    role: 'BIA',
    sector: null,
    countries: ['NL'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Continuous learning'],
  },
  {
    id: 't15-b-13',
    title: 'Medisch laboratoriumtechnoloog (m/v/x) – klinische biologie',
    company: 'AZ Sint-Ludgardis',
    location: '9000 Gent',
    format: 'escaped',
    body: `AZ Sint-Ludgardis is een algemeen ziekenhuis met 620 bedden op twee campussen in Gent en Merelbeke. Ons labo klinische biologie voert jaarlijks meer dan 3 miljoen analyses uit voor het ziekenhuis en voor huisartsen uit de regio.

# Jouw taken
- Je voert analyses uit in hematologie, chemie en microbiologie, ook tijdens wacht- en weekenddiensten
- Je bedient en onderhoudt de analysetoestellen en voert dagelijks de kwaliteitscontroles uit
- Je valideert technische resultaten en signaleert afwijkingen aan de klinisch bioloog
- Je werkt mee aan de ISO 15189-accreditatie

# Jouw profiel
- Bachelor in de biomedische laboratoriumtechnologie (of gelijkwaardig)
- Erkenning als medisch laboratoriumtechnoloog, of in aanvraag
- Je werkt nauwkeurig, ook onder tijdsdruk, en communiceert vlot met collega's en verpleegkundigen
- Kennis van een laboratoriuminformatiesysteem is een plus

# Ons aanbod
- Voltijds contract van onbepaalde duur, verloning volgens IFIC-barema (categorie 13)
- Maaltijdcheques, fietsvergoeding en gratis parking
- Opleidingsmogelijkheden en een warm team van 48 laboranten

Interesse? Solliciteer via onze vacaturesite vóór 31 januari. Meer info: Pieter Claeys, hoofdlaborant, 09 000 00 00.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['Communication'],
  },
  {
    id: 't15-b-14',
    title: 'Engenheiro/a de Machine Learning (MLOps)',
    company: 'Atlantis Fibra e Móvel, S.A.',
    location: 'Lisboa ou Porto',
    locations: ['Lisboa', 'Porto'],
    countryHints: ['PT'],
    format: 'html',
    body: `A Atlantis leva fibra, televisão e rede móvel 5G a 2,1 milhões de clientes em Portugal continental, nos Açores e na Madeira. A nossa equipa de Dados & IA trabalha em previsão de churn, deteção de anomalias na rede e otimização de ofertas.

# O que vais fazer
- Colocar em produção modelos de churn e de deteção de falhas na rede, em colaboração com os Data Scientists
- Construir e manter pipelines de treino e inferência em Vertex AI e BigQuery
- Automatizar a entrega de modelos com CI/CD (Cloud Build, Terraform)
- Monitorizar a deriva dos dados e o desempenho dos modelos em produção
- Garantir boas práticas: testes, versionamento em Git, documentação

# O que procuramos
- Licenciatura ou mestrado em Engenharia Informática, Matemática Aplicada ou semelhante
- 3+ anos de experiência com Python em produção
- Experiência com Docker e Kubernetes (GKE)
- Conhecimentos de TensorFlow ou PyTorch
- A certificação Google Professional Machine Learning Engineer é valorizada
- Português fluente e bom nível de inglês

# O que oferecemos
Seguro de saúde extensível ao agregado familiar, subsídio de refeição em cartão, telemóvel e pacote de serviços Atlantis gratuito, regime híbrido.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['PT'],
    mentions: ['DS', 'Google AI Platform', 'Deployment pipelines', 'Model evaluation', 'Git', 'Python', 'Docker', 'Kubernetes', 'TensorFlow', 'PyTorch', 'CERT_GCP'],
  },
  {
    id: 't15-b-15',
    title: 'Pessoa Cientista de Dados Sênior – Crédito',
    company: 'Banco Caju Digital',
    location: 'São Paulo, SP',
    countryHints: ['BR'],
    format: 'raw',
    body: `<p>O <strong>Caju</strong> é um banco digital com 7 milhões de clientes: conta gratuita, cartão de crédito, Pix, empréstimo pessoal e investimentos, tudo no app. Somos autorizados a funcionar pelo Banco Central do Brasil desde 2020.</p><p><strong>Sobre a vaga</strong></p><p>Você vai fazer parte do time de Modelagem de Crédito, responsável pelos modelos que decidem limite de cartão e oferta de empréstimo para milhões de pessoas.</p><p><strong>Responsabilidades</strong></p><ul><li>Desenvolver modelos de probabilidade de inadimplência com regressão logística e XGBoost</li><li>Criar variáveis a partir de dados transacionais, de bureau e de Open Finance</li><li>Executar backtesting e acompanhar a estabilidade (PSI, KS, AUC) dos modelos em produção</li><li>Desenhar experimentos e testes A/B de políticas de crédito</li><li>Explicar os resultados para as áreas de Risco e Produto e para o comitê de crédito</li></ul><p><strong>Requisitos</strong></p><ul><li>Experiência sólida com Python (pandas, scikit-learn) e SQL</li><li>Conhecimento de estatística e probabilidade</li><li>Vivência com PySpark em grandes volumes de dados</li><li>Visão de negócio: entender como cada ponto de inadimplência afeta o resultado</li></ul><p><strong>Diferenciais</strong></p><ul><li>Experiência com MLflow</li><li>Inglês para leitura técnica</li></ul><p><strong>Benefícios</strong></p><p>Vale-refeição ou alimentação flexível, plano de saúde e odontológico, PLR, auxílio academia, auxílio home office. Modelo híbrido: 2x por semana no escritório da Faria Lima.</p><p>No Caju, valorizamos a diversidade. Todas as pessoas candidatas serão consideradas sem distinção de raça, gênero, orientação sexual, idade ou deficiência.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: ['Probability', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Apache Spark', 'Business acumen', 'MLflow'],
  },
  {
    id: 't15-b-16',
    title: 'Inżynier Robotyki / Robotics Engineer (k/m)',
    company: 'Krakbot Sp. z o.o.',
    location: 'Kraków, małopolskie, Polska',
    format: 'raw',
    body: `<h2>Opis firmy</h2><p>Krakbot projektuje i produkuje autonomiczne wózki AMR oraz zrobotyzowane stanowiska paletyzacji. W naszej fabryce w Niepołomicach powstaje rocznie ok. 600 robotów, które pracują w zakładach produkcyjnych branży spożywczej, meblarskiej i motoryzacyjnej w całej Europie.</p><h2>Opis stanowiska</h2><ul><li>Rozwój oprogramowania sterującego manipulatorów i robotów mobilnych w C++ i ROS 2</li><li>Planowanie ruchu, lokalizacja i fuzja danych z czujników (lidar, kamery 3D, IMU)</li><li>Testy na stanowisku i uruchomienia u klientów (wyjazdy ok. 20% czasu)</li><li>Współpraca z inżynierami computer vision oraz z konstruktorami mechanikami</li></ul><h2>Kwalifikacje</h2><ul><li>Wykształcenie wyższe: automatyka i robotyka, mechatronika lub pokrewne</li><li>Min. 3 lata doświadczenia przy robotach przemysłowych lub mobilnych</li><li>Dobra znajomość C++ oraz Pythona; praca z Gitem</li><li>Solidne podstawy algebry liniowej i rachunku różniczkowego (kinematyka, dynamika)</li><li>Mile widziane: uczenie ze wzmocnieniem, Docker</li><li>Angielski na poziomie B2</li></ul><h2>Informacje dodatkowe</h2><ul><li>Wynagrodzenie: 14 000 – 19 000 zł brutto/mies. (UoP) lub 17 000 – 22 000 zł netto + VAT (B2B)</li><li>Prywatna opieka medyczna, karta sportowa, dofinansowanie nauki języków</li><li>Praca hybrydowa: biuro w Krakowie (Zabłocie) + fabryka w Niepołomicach</li></ul>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['PL'],
    mentions: ['C++', 'CVE', 'Python', 'Git', 'Linear algebra', 'Calculus', 'Reinforcement learning', 'Docker'],
  },
  {
    id: 't15-b-17',
    title: 'Magazynier z uprawnieniami UDT – zmiana popołudniowa',
    company: 'Odra-Trans Logistyka Sp. z o.o.',
    location: 'Bielany Wrocławskie, dolnośląskie',
    countryHints: ['PL'],
    industry: 'Transport / Spedycja / Logistyka',
    format: 'text',
    body: `Odra-Trans od 1998 roku zajmuje się transportem drogowym i magazynowaniem. Obsługujemy 3 centra dystrybucyjne o łącznej powierzchni 64 000 m² i flotę 180 ciągników siodłowych.

# Zakres obowiązków
- Przyjęcie i wydawanie towaru, kompletacja zamówień przy użyciu skanera
- Obsługa wózka widłowego czołowego i reach trucka
- Kontrola ilościowa i jakościowa dostaw, zgłaszanie niezgodności
- Praca w systemie WMS

# Wymagania
- Aktualne uprawnienia UDT na wózki widłowe (wymiana butli gazowej mile widziana)
- Doświadczenie na podobnym stanowisku min. 6 miesięcy
- Dyspozycyjność do pracy na zmianie popołudniowej (14:00–22:00)
- Podstawowa obsługa komputera (Excel w stopniu podstawowym)

# Oferujemy
- Umowa o pracę, 33 zł brutto/h + premia frekwencyjna do 600 zł
- Darmowy dojazd busem z Wrocławia i Kobierzyc
- Paczki świąteczne, karta sportowa`,
    role: null,
    sector: null,
    countries: ['PL'],
    mentions: [],
  },
  {
    id: 't15-b-18',
    title: 'Dataingenjör till Digitaliseringsenheten',
    company: 'Storåsens kommun',
    location: 'Storåsen, Västernorrlands län',
    format: 'div',
    body: `Storåsens kommun har 31 000 invånare och ungefär 2 800 medarbetare inom skola, omsorg, samhällsbyggnad och kultur. Digitaliseringsenheten stödjer alla förvaltningar med system, data och e-tjänster.

# Om tjänsten
Som dataingenjör bygger du upp kommunens gemensamma dataplattform. Du kommer att:
- utveckla och förvalta dataflöden från verksamhetssystem (ekonomi, skola, vård och omsorg) till vårt datalager
- säkerställa datakvalitet: tvätta, validera och dokumentera data
- göra data tillgängliga för analytiker och för kommunens öppna data-portal via API:er
- arbeta med Python, SQL och Azure Data Factory
- samarbeta med verksamhetsutvecklare och med regionens BI-analytiker

# Vi söker dig som
- har högskoleexamen inom data/IT eller motsvarande erfarenhet
- har minst två års erfarenhet av dataintegration eller datalager
- är van att versionshantera kod i Git
- är pedagogisk och kan förklara tekniska frågor för personer utan IT-bakgrund
- trivs med förändring och har lätt för att anpassa dig när prioriteringar skiftar

# Vi erbjuder
Tillsvidareanställning med sex månaders provanställning, flextid, friskvårdsbidrag och möjlighet till distansarbete två dagar i veckan. Lön enligt överenskommelse.

Inför rekryteringen har vi tagit ställning till rekryteringskanaler och marknadsföring. Vi undanber oss därför kontakt med försäljare av annonser.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['SE'],
    mentions: ['DE', 'Data cleaning', 'APIs', 'Python', 'BIA', 'Git', 'Communication', 'Adaptability'],
  },
  {
    id: 't15-b-19',
    title: 'Analytics Engineer',
    company: 'Ljungblom Livs Online AB',
    location: 'Stockholm',
    format: 'double',
    body: `Vi kör ut matkassar och över 11 000 livsmedelsvaror till hushåll i Stockholm, Uppsala och Göteborg – beställt i appen på kvällen, levererat vid dörren nästa morgon.

# Vad du gör
- Modellerar data i dbt ovanpå vårt lager i Snowflake så att inköp, lager och marknad har en gemensam sanning
- Bygger och underhåller dashboards i Tableau
- Skriver tester som fångar dubbletter och saknade värden innan de når rapporterna
- Hjälper analytiker och data scientists att hitta rätt data
- Håller ordning på vår kodbas i GitHub och granskar kollegornas pull requests

# Vem du är
- Du kan SQL riktigt bra och har jobbat med dbt eller liknande
- Du har grundläggande kunskaper i Python
- Du förstår hur en livsmedelshandel tjänar pengar – marginal, svinn, leveranskostnad per order
- Du är nyfiken och ifrågasätter gärna antaganden, även dina egna
- Du kommunicerar tydligt på svenska och engelska

# Praktiskt
Heltid, tillsvidare. Kontor vid Fridhemsplan, två hemmadagar i veckan. Tjänstepension, friskvårdsbidrag på 5 000 kr och 25 % rabatt på dina matkassar.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['SE'],
    mentions: ['Tableau', 'Data cleaning', 'DS', 'Git', 'Python', 'Business acumen', 'Critical thinking', 'Communication'],
  },
  {
    id: 't15-b-20',
    title: 'Deep Learning Specialist – lydbehandling i høreapparater',
    company: 'Hørbro Medical A/S',
    location: '8200 Aarhus N',
    format: 'raw',
    body: `<div class="prose"><p>Hos Hørbro Medical udvikler og producerer vi høreapparater og cochlear-processorer, som hver dag hjælper over en million mennesker i 70 lande med at høre bedre. Alle vores apparater er CE-mærket medicinsk udstyr og bliver produceret på vores fabrik i Skanderborg.</p><h3>Om stillingen</h3><p>Du bliver en del af vores Signal Processing &amp; AI-team (11 personer) og kommer til at referere til Julia Vestergaard, Head of Audio AI. Sammen arbejder vi på at få dybe neurale netværk til at skille tale fra støj – direkte på en chip, der bruger under 1 milliwatt.</p><h3>Dine opgaver</h3><ul><li>Designe og træne kompakte neurale netværk (CNN'er, RNN'er) til støjreduktion og talegenkendelse</li><li>Kvantisere og komprimere modeller, så de kan køre på vores egen DSP-platform</li><li>Evaluere modellerne i lyttetests med brugere og på objektive mål</li><li>Arbejde tæt sammen med audiologer og firmwareudviklere</li></ul><h3>Din profil</h3><ul><li>Ph.d. eller kandidat inden for maskinlæring, signalbehandling eller lignende</li><li>Stærk erfaring med PyTorch eller TensorFlow samt Python</li><li>Gerne erfaring med TensorFlow Lite eller anden udrulning på edge-enheder</li><li>Du holder dig opdateret med ny forskning og deler gerne din viden</li><li>Du taler og skriver engelsk flydende – dansk er ikke et krav</li></ul><h3>Vi tilbyder</h3><p>Et fagligt stærkt miljø, fleksible arbejdstider, pensionsordning, sundhedsforsikring og frokostordning. Vi hjælper gerne med relocation.</p><p>Ansøgningsfrist: 1. marts. Vi holder samtaler løbende.</p></div>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['DK'],
    mentions: ['Neural networks', 'Model evaluation', 'PyTorch', 'TensorFlow', 'Python', 'Continuous learning'],
  },
  {
    id: 't15-b-21',
    title: 'Data Scientist – produksjonsplanlegging',
    company: 'Fjellkraft Vestland AS',
    location: '5003 Bergen',
    format: 'html',
    body: `Fjellkraft Vestland eier og driver 23 vannkraftverk og to vindparker i Vestland og Rogaland, med en samlet årsproduksjon på rundt 7 TWh. Kraften selges på den nordiske kraftbørsen.

# Om stillingen
I avdelingen for produksjonsplanlegging og krafthandel skal du utvikle modeller som hjelper oss å bestemme når vannet i magasinene skal brukes.

# Arbeidsoppgaver
- Utvikle prognosemodeller for tilsig, forbruk og kraftpriser
- Forbedre og vedlikeholde eksisterende modeller i Python
- Kvalitetssikre og vaske måledata fra kraftverk og værstasjoner
- Visualisere resultater og presentere dem for driftsoperatører og krafthandlere
- Samarbeide med dataingeniørene i IT-avdelingen

# Kvalifikasjoner
- Mastergrad i statistikk, matematikk, fysikk eller tilsvarende
- God kjennskap til tidsserieanalyse og regresjonsmodeller
- Erfaring med Python (pandas, NumPy) – kjennskap til Julia er et pluss
- Gode kommunikasjonsevner på norsk eller et annet skandinavisk språk

# Vi tilbyr
- Konkurransedyktig lønn og gode pensjonsordninger
- Fleksibel arbeidstid og mulighet for hjemmekontor
- Strømrabatt og hytte til utleie for ansatte`,
    role: 'DS',
    sector: null,
    countries: ['NO'],
    mentions: ['Python', 'Data cleaning', 'Visualization', 'Communication', 'DE', 'Regression', 'Pandas', 'NumPy', 'Julia'],
  },
  {
    id: 't15-b-22',
    title: 'Sjåfør klasse CE – fast stilling',
    company: 'Rogaland Tungtransport AS',
    location: '4313 Sandnes',
    countryHints: ['NO'],
    format: 'text',
    body: `Rogaland Tungtransport kjører bygningsmaterialer, stål og anleggsmaskiner for kunder på hele Sør-Vestlandet. Vi har 64 biler og holder til på Forus.

# Arbeidsoppgaver
- Kjøring av semitrailer og lastebil med henger, hovedsakelig dagkjøring i Rogaland og Agder
- Lasting og sikring av gods, bruk av lastebilkran
- Enkel føring av kjørelister i appen vår

# Vi ser etter deg som
- Har førerkort klasse CE og gyldig yrkessjåførkompetanse
- Har kranførerbevis G4 (G8 er en fordel)
- Snakker og forstår norsk godt
- Er serviceinnstilt, punktlig og god til å løse problemer på egen hånd når ting ikke går etter planen

# Vi tilbyr
Timelønn etter tariff pluss tillegg, nye biler, arbeidstøy og gode forsikringer.`,
    role: null,
    sector: null,
    countries: ['NO'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't15-b-23',
    title: 'Java vývojář/ka – registry veřejné správy',
    company: 'Národní úřad pro registry a evidence (NÚRE)',
    location: 'Praha 4',
    format: 'escaped',
    body: `Národní úřad pro registry a evidence je organizační složka státu zřízená ministerstvem vnitra. Spravujeme základní registry, přes které si úřady ověřují údaje o občanech, adresách a firmách – denně jde o více než 4 miliony dotazů.

# Náplň práce
- vývoj a údržba backendových služeb v Javě (Java 21, Spring Boot)
- návrh a implementace REST API pro napojení úřadů a obcí
- psaní jednotkových a regresních testů, code review
- spolupráce s analytiky a s týmem provozu na nasazení přes GitLab CI do prostředí OpenShift

# Požadujeme
- min. 3 roky praxe s vývojem v Javě
- znalost SQL (PostgreSQL, Oracle)
- zkušenost s Gitem
- znalost JavaScriptu/TypeScriptu výhodou (interní administrace)
- bezúhonnost (výpis z rejstříku trestů)

# Nabízíme
- plat dle nařízení vlády o platových poměrech, 12. platová třída, osobní příplatek
- 5 týdnů dovolené + 3 dny zdravotního volna
- stravenkový paušál, příspěvek na penzijní spoření a na sport
- home office až 2 dny v týdnu`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['CZ'],
    mentions: ['Java', 'APIs', 'Deployment pipelines', 'Git'],
  },
  {
    id: 't15-b-24',
    title: 'Tutkija, tekoäly (Research Scientist) – radioverkot',
    company: 'Kaamos Networks Oy',
    location: 'Oulu',
    format: 'div',
    body: `Kaamos Networks suunnittelee ja valmistaa 5G- ja 6G-tukiasemia sekä niiden ohjelmistoja matkapuhelinoperaattoreille. Asiakkainamme on 40 operaattoria Euroopassa ja Aasiassa, ja tuotekehityksemme sijaitsee Oulussa ja Espoossa.

# Tehtävä
Tule mukaan tutkimusryhmäämme kehittämään koneoppimismenetelmiä, joilla radioverkko optimoi itse itseään.
- Kehität ja julkaiset uusia menetelmiä, jotka perustuvat esimerkiksi vahvistusoppimiseen ja syviin neuroverkkoihin
- Rakennat simulaatioympäristöjä ja arvioit menetelmien suorituskykyä
- Viet parhaat ideat tuotekehitykseen yhdessä ohjelmistokehittäjien kanssa
- Osallistut standardointityöhön (3GPP) ja yliopistoyhteistyöhön

# Odotamme sinulta
- Tohtorin tutkinto koneoppimisesta, tilastotieteestä, tietoliikennetekniikasta tai vastaavalta alalta
- Julkaisuja alan konferensseissa (NeurIPS, ICML, ICC tai vastaava)
- Vahvaa osaamista todennäköisyyslaskennassa ja lineaarialgebrassa
- Kokemusta PyTorchista tai JAXista
- Sujuvaa englantia; suomen kieli ei ole välttämätön

# Tarjoamme
Kilpailukykyisen palkan, joustavat työajat, liikunta- ja kulttuuriedun sekä mahdollisuuden tehdä osan töistä etänä. Autamme muutossa Ouluun.`,
    role: 'ARS',
    sector: SECTOR.TELCO,
    countries: ['FI'],
    mentions: ['Reinforcement learning', 'Neural networks', 'Model evaluation', 'Probability', 'Linear algebra', 'PyTorch'],
  },
  {
    id: 't15-b-25',
    title: 'Senior Machine Learning Engineer – Search & Ranking',
    company: 'Lieferlotse',
    location: 'Berlin, Germany',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Lieferlotse is the app where 4 million people in Germany and Austria order dinner and groceries from 38,000 restaurants and neighbourhood shops – brought to their door by our riders in under 30 minutes.&lt;/p&gt;&lt;/div&gt;
&lt;h2&gt;The role&lt;/h2&gt;
&lt;p&gt;Every search on Lieferlotse returns a ranked list of restaurants and products. You will own the models behind that list, from candidate generation to the final re-ranker, and help product, data and engineering agree on what &quot;relevant&quot; actually means.&lt;/p&gt;
&lt;h2&gt;What you'll do&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship learning-to-rank models (gradient-boosted trees today, two-tower neural models tomorrow)&lt;/li&gt;
&lt;li&gt;Build real-time features on top of our Kafka event streams&lt;/li&gt;
&lt;li&gt;Run online experiments and read them properly – we care about statistical power, not just p-values&lt;/li&gt;
&lt;li&gt;Own your models in production: latency budgets, monitoring, retraining&lt;/li&gt;
&lt;li&gt;Mentor two mid-level ML engineers&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;What you'll bring&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building production ML systems, ideally in search, ranking or recommendations&lt;/li&gt;
&lt;li&gt;Strong Python; working knowledge of Java or Scala for our serving layer&lt;/li&gt;
&lt;li&gt;Experience with TensorFlow or PyTorch, and with Spark for building offline training data&lt;/li&gt;
&lt;li&gt;Comfort with Kubernetes and Docker – we deploy everything through Argo CD&lt;/li&gt;
&lt;li&gt;Clear written communication: we decide things in design docs, not in meetings&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;Nice to have&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;German is not required; English is our working language&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Salary range for this role: €85,000 – €105,000 + virtual shares. 28 vacation days, a €1,000 yearly learning budget, a gym subsidy &amp;amp; free dinner on the app every Friday.&lt;/p&gt;&lt;p&gt;Lieferlotse is an equal opportunity employer. We welcome applications regardless of gender, ethnicity, religion, disability, age or sexual orientation.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'Kafka', 'Hypothesis testing', 'Model evaluation', 'MLE', 'Python', 'Java', 'TensorFlow', 'PyTorch', 'Apache Spark', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't15-b-26',
    title: 'MLOps Engineer',
    company: 'Paywick',
    location: 'Amsterdam, Noord-Holland',
    format: 'raw',
    body: `<div>Paywick processes card and iDEAL payments for 22,000 web shops, marketplaces and subscription businesses across the Benelux and DACH. We hold an electronic money institution licence from De Nederlandsche Bank and settle more than €9 billion a year.</div><div><br></div><div>Our Risk &amp; Fraud team runs the models that decide, in under 80 milliseconds, whether a payment goes through. We are looking for an MLOps Engineer to make that platform boringly reliable.</div><div><h3>What you will do</h3><ul><li>Own the training and serving platform for our fraud models on AWS (SageMaker, EKS)</li><li>Operate and upgrade our Kubernetes clusters and the model-serving stack that runs on them</li><li>Build CI/CD for models with GitHub Actions: automated tests, canary releases, rollbacks</li><li>Set up model monitoring for drift and score distributions, plus alerting that wakes the right person</li><li>Track experiments and model versions in MLflow</li></ul></div><div><h3>What you bring</h3><ul><li>3+ years in MLOps, DevOps or backend engineering with Python</li><li>Hands-on experience with Docker, Kubernetes and Terraform</li><li>Experience with a streaming platform such as Kafka</li><li>An AWS certification is a plus, not a requirement</li><li>You like to question assumptions in post-mortems, including your own</li></ul></div><div><h3>What we offer</h3><ul><li>€70,000 – €88,000 gross per year plus 8% holiday allowance</li><li>Support with the 30% ruling application for eligible international hires</li><li>Hybrid: 2 days a week in our office near Amsterdam Zuid</li></ul></div><div>Paywick is committed to building a diverse team. We do not discriminate on the basis of race, religion, gender identity, sexual orientation, age or disability.</div>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['NL'],
    mentions: ['MLE', 'AWS SageMaker', 'Kubernetes', 'Deployment pipelines', 'Model evaluation', 'MLflow', 'Python', 'Docker', 'Kafka', 'Critical thinking'],
  },
  {
    id: 't15-b-27',
    title: 'Data Engineer – Network Analytics',
    company: 'Nordvåg Mobile AB',
    location: 'Stockholm, Sweden',
    format: 'escaped',
    body: `# About the team
Network Analytics collects 40 billion events a day from radio sites, the core network and customer devices, and turns them into the data our engineers use to plan capacity and fix coverage gaps.

# Responsibilities
- Build and run streaming and batch pipelines with Kafka, Apache Flink and Spark on our on-prem Hadoop cluster, which we are migrating to Google Cloud
- Model data for capacity planning, fault analysis and churn prediction
- Implement data quality checks and deduplication of network counters
- Work with data scientists and radio planners to understand what they need
- Write clear documentation and share knowledge with the rest of the team

# Requirements
- 4+ years as a data engineer
- Strong Python and SQL; Scala is a plus
- Experience with Airflow and Git-based workflows
- Experience with containerised deployments (Docker, Kubernetes)
- Good communication skills in English; Swedish is a plus

# Benefits
Collective agreement, occupational pension, wellness allowance (SEK 5,000) and a free Nordvåg subscription with unlimited data.

# About Nordvåg
Nordvåg runs a 4G/5G mobile network covering 99% of Sweden's population, with 3.2 million subscribers on our own brands and on eight MVNOs that rent capacity from us. Our head office is in Solna, next to Arenastaden.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['SE'],
    mentions: ['Kafka', 'Apache Spark', 'Hadoop', 'Data cleaning', 'DS', 'DE', 'Python', 'Git', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't15-b-28',
    title: 'Computer Vision Engineer, Perception (Autonomous Driving)',
    company: 'Kiriyama Autonomy K.K.',
    location: 'Minato-ku, Tokyo',
    format: 'div',
    body: `Kiriyama Autonomy develops Level 4 self-driving systems for city buses and delivery vans together with two Japanese truck makers. Our test fleet of 46 vehicles drives every day in Tokyo, Nagoya and Fukuoka.

# What you will work on
- Develop camera-based 3D object detection and lane and traffic-light recognition running on in-vehicle hardware
- Train and optimize deep neural networks (CNNs, vision transformers) for real-time inference
- Curate and clean large driving datasets, and own the labeling guidelines we give our annotation vendor
- Evaluate perception quality in closed-loop simulation and on test tracks
- Collaborate with our robotics engineers and the R&D teams in Nagoya

# Requirements
- MS or PhD in computer science, electrical engineering or equivalent experience
- 3+ years of experience in computer vision or deep learning
- Proficiency in Python and modern C++
- Experience with PyTorch; TensorRT experience is a plus
- Solid understanding of linear algebra and multi-view geometry
- Business-level English; Japanese is not required (JLPT N2 is a plus)

# Compensation
Annual salary ¥9,000,000 – ¥15,000,000 depending on experience, commuting allowance, relocation and visa support.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['JP'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'ROBO', 'Python', 'C++', 'PyTorch', 'Linear algebra'],
  },
  {
    id: 't15-b-29',
    title: 'NLP Engineer (LLM Serving & Evaluation)',
    company: 'Haneul Pixel Corp.',
    location: 'Seongnam-si, Gyeonggi-do, South Korea',
    format: 'html',
    body: `Haneul Pixel runs a webtoon platform with 21 million monthly readers and publishes five mobile games. Our AI Lab builds the language technology behind comment moderation, translation of webtoons into nine languages, and in-game NPC dialogue.

# Responsibilities
- Fine-tune and serve large language models for translation and moderation in Korean, Japanese and English
- Build evaluation sets and automatic metrics, and run human evaluation with our localization team
- Clean and deduplicate multilingual training corpora
- Build APIs that game and webtoon teams call from their services
- Work with data engineers on training-data pipelines

# Qualifications
- 3+ years of NLP experience in industry, or a PhD in NLP
- Strong Python and PyTorch; experience with vLLM or similar serving frameworks
- Understanding of transformer architectures and tokenization for Korean
- Curiosity about the latest research, and the energy to spark new ideas in a small team
- Korean or English at business level

# Working at Haneul Pixel
Flexible hours (core time 11:00–16:00), meal allowance, annual welfare points, and free access to every webtoon episode. The office is a short walk from Pangyo station.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['KR'],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'DE', 'Python', 'PyTorch', 'Continuous learning'],
  },
  {
    id: 't15-b-30',
    title: 'Applied Scientist, Payment Fraud',
    company: 'Shomer Signals',
    location: 'Tel Aviv-Yafo, Israel',
    format: 'raw',
    body: `<div><b>About Shomer</b></div><div>Shomer Signals builds real-time fraud and money-laundering detection for banks, card issuers and payment service providers. Eleven banks in Europe and Israel screen every card transaction and wire transfer through our platform.</div><div><br></div><div><h3>What you'll do</h3><ul><li>Research and develop new detection models: graph neural networks over transaction networks, sequence models and unsupervised anomaly detection</li><li>Segment merchants and account behaviour with clustering to cut false alerts</li><li>Design offline evaluation frameworks that reflect how analysts actually review alerts (precision at a fixed alert budget)</li><li>Publish internally and externally – our scientists presented at KDD last year</li><li>Work with our ML engineers to turn prototypes into production models</li></ul></div><div><h3>Requirements</h3><ul><li>PhD (or MSc plus 3 years of experience) in computer science, statistics or a related field</li><li>Strong background in probability and statistical learning</li><li>Excellent Python; PyTorch or PyTorch Geometric</li><li>Ability to explain model behaviour to bank risk teams and regulators</li></ul></div><div><h3>Nice to have</h3><ul><li>Experience with financial crime data</li><li>Hebrew is not required</li></ul></div><div>Hybrid, 3 days a week at our office on Rothschild Boulevard. Reserve-duty friendly.</div>`,
    role: 'ARS',
    sector: SECTOR.FIN,
    countries: ['IL'],
    mentions: ['Neural networks', 'Clustering', 'Model evaluation', 'MLE', 'Probability', 'Python', 'PyTorch', 'Communication'],
  },
  {
    id: 't15-b-31',
    title: 'Senior BI Developer',
    company: 'Nile Crescent Pharmaceuticals',
    location: '6th of October City, Giza, Egypt',
    industry: 'Pharmaceutical Manufacturing',
    format: 'double',
    body: `# Job Purpose
Deliver reporting and analytics for Sales, Supply Chain and Quality across our two plants and 24 regional sales offices.

# Key Responsibilities
- Design and maintain the enterprise data model and Power BI reports for commercial and supply-chain teams
- Develop SSIS and Data Factory packages that load data from SAP, the CRM used by our 900 medical representatives, and distributor sell-out files
- Validate and reconcile distributor data; correct duplicates and mismatched product codes
- Train power users in each department and support self-service reporting
- Work with our data scientists on demand-forecast dashboards, and prototype models in Azure Machine Learning when needed

# Requirements
- Bachelor's degree in Computer Science, Engineering or Commerce
- 5+ years in BI development; strong SQL, DAX and data modeling
- Experience with Azure (Data Factory, Synapse)
- Excellent communication skills in Arabic and English
- Knowledge of the Egyptian pharmaceutical market is an advantage

# About us
Nile Crescent manufactures more than 180 generic medicines – antibiotics, cardiovascular and diabetes treatments – in GMP-certified plants and exports to 17 countries in Africa and the Gulf.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['EG'],
    mentions: ['Power BI', 'Data cleaning', 'DS', 'Microsoft Azure ML', 'Communication'],
  },
  {
    id: 't15-b-32',
    title: 'AI Product Manager – Personalization',
    company: 'Chợ Xanh',
    location: 'District 7, Ho Chi Minh City',
    countryHints: ['VN'],
    format: 'html',
    body: `Chợ Xanh is Vietnam's marketplace for fresh food and household goods: 12,000 sellers, 3.5 million monthly buyers and same-day delivery in Ho Chi Minh City, Hanoi and Da Nang.

# What you'll do
- Own the roadmap for personalization: home feed, search suggestions and push notifications
- Work with data scientists and ML engineers to turn ideas into experiments, and read A/B test results with them
- Define success metrics that balance buyer conversion, seller fairness and margin
- Write clear PRDs and present results to leadership in Vietnamese and English
- Build simple dashboards in Looker Studio to track model impact every week

# What we're looking for
- 4+ years of product management, at least 2 of them on ML-powered features
- Understanding of how recommendation systems work and how they fail
- Commercial awareness: you know how a marketplace makes money
- Comfortable with ambiguity and fast-changing priorities
- SQL is a plus

# Benefits
13th-month salary, performance bonus, premium health insurance, 15 days of annual leave and a laptop of your choice.`,
    role: 'AIPM',
    sector: SECTOR.RETAIL,
    countries: ['VN'],
    mentions: ['DS', 'MLE', 'Hypothesis testing', 'Communication', 'Google Data Studio', 'Business acumen', 'Adaptability'],
  },
  {
    id: 't15-b-33',
    title: 'Software Engineer – Backend (Go) – Remote from Colombia',
    company: 'Puente Talento Andino S.A.S.',
    location: 'Bogotá, D.C., Colombia',
    format: 'text',
    body: `We are hiring on behalf of a US-based client for a fully remote position open to engineers living in Colombia. You will be contracted in USD through our Colombian entity.

# Responsibilities
- Design and build backend services in Go and PostgreSQL
- Maintain the REST and gRPC APIs used by the web and mobile apps
- Keep the regression suites green and add integration tests for new features
- Take part in on-call (one week in six) and help the team go live with new releases smoothly
- Review pull requests on GitHub

# Requirements
- 4+ years of backend experience, 2+ with Go
- Solid knowledge of SQL and message queues (RabbitMQ or Kafka)
- Experience with Docker and CI/CD (GitHub Actions)
- English B2+ and clear written communication
- A problem-solving mindset and real ownership

# What we offer
- USD 4,500 – 6,000 per month, depending on seniority
- 15 business days of PTO plus Colombian public holidays
- Home-office stipend and prepaid medicine (medicina prepagada)

Process: a 30-minute call with our recruiter, a technical interview with the client and a short take-home exercise. We answer every application within 5 business days.`,
    role: null,
    sector: null,
    countries: ['CO'],
    mentions: ['APIs', 'Git', 'Kafka', 'Docker', 'Deployment pipelines', 'Communication', 'Problem-solving'],
  },
  {
    id: 't15-b-34',
    title: 'Credit Risk Analyst – Retail Scoring (English-speaking)',
    company: 'Bank Narwiański S.A.',
    location: 'Warszawa, mazowieckie',
    format: 'escaped',
    body: `Bank Narwiański serves 2.4 million retail and 60,000 SME customers in Poland through 310 branches and its mobile app.

# Your responsibilities
- Monitor the performance of application and behavioural scorecards for cash loans and credit cards
- Prepare monthly risk reports: vintage analysis, roll rates, approval rates
- Support the redevelopment of scorecards built with logistic regression
- Run data quality checks on input data from the core banking system
- Present findings to the Retail Credit Committee

# Requirements
- Master's degree in econometrics, mathematics, finance or similar
- 2+ years in credit risk or analytics at a bank or consumer-finance company
- Very good SQL and Excel; SAS or Python
- Knowledge of IFRS 9 and of Recommendation T of the Polish Financial Supervision Authority is an asset
- Fluent English and Polish

# We offer
- Corporate grade: R (Specialist band), annual bonus
- Employment contract, hybrid work (2 days a week from home)
- Private medical care, life insurance, sports card, cafeteria benefit platform`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['PL'],
    mentions: ['Model evaluation', 'Regression', 'Data cleaning', 'Communication', 'Python'],
  },
  {
    id: 't15-b-35',
    title: 'Senior Solutions Consultant (Pre-Sales) – EMEA',
    company: 'Quillbrook',
    location: 'Remote – EMEA',
    industry: 'Software Development',
    format: 'raw',
    body: `<h2>Company Description</h2><p>Quillbrook is a workflow automation platform used by 3,400 companies – manufacturers, hospitals, law firms, retailers and universities – to replace spreadsheets and email approvals with structured, auditable processes.</p><h2>Job Description</h2><p>You will partner with our Account Executives across EMEA to win new customers. You'll run discovery, build tailored demos and proofs of concept, and be the technical voice in the room from first call to signature.</p><ul><li>Lead technical discovery and map customer processes to Quillbrook workflows</li><li>Build demos and POCs, including integrations through our REST API and webhooks</li><li>Answer security questionnaires and RFPs together with our InfoSec team</li><li>Feed customer insights back to Product – you will work closely with Liam Watson, our Director of Solutions Engineering</li></ul><h2>Qualifications</h2><ul><li>5+ years in pre-sales, solutions engineering or consulting for a SaaS company</li><li>Comfortable reading and writing simple scripts (JavaScript or Python) and working with JSON</li><li>Outstanding presentation skills and the ability to explain technical topics to executive audiences</li><li>Commercial awareness and experience with complex sales cycles</li><li>Fluent English; German, French or Dutch is a strong plus</li></ul><h2>Additional Information</h2><ul><li>Fully remote within EMEA (we hire through an employer of record where we have no entity)</li><li>OTE €120,000 – €150,000 (70/30 split) plus equity</li><li>Up to 25% travel to customer sites and our offices</li></ul><p>Quillbrook is proud to be an equal opportunity employer.</p>`,
    role: null,
    sector: SECTOR.IT,
    countries: [],
    mentions: ['APIs', 'Python', 'Communication', 'Business acumen'],
  },
  {
    id: 't15-b-36',
    title: 'Data Analyst (Mobility Statistics)',
    company: 'Liikuvusandmete Amet (Estonian Mobility Data Office)',
    location: 'Tallinn, Harju maakond',
    format: 'double',
    body: `The Estonian Mobility Data Office is a government agency in the area of government of the Ministry of Climate. We collect and publish data on public transport, road traffic and cycling for national and municipal planners.

# Your tasks
- Analyse ticketing, GPS and traffic-counter data to answer questions from the ministry and from municipalities
- Build and maintain reports in Power BI and visualise trends in clear charts for public releases
- Clean and validate raw counter data and document every correction
- Use statistical tests to check whether timetable changes had an effect on ridership
- Work with our data engineers on the new data warehouse

# We expect
- Master's degree in statistics, geography, economics or a related field
- Good command of SQL and of R or Python
- Experience with Power BI or Tableau
- Estonian at C1 level and good English
- Critical thinking and the courage to question assumptions in the data

# We offer
Salary from €2,600 gross per month, 35 days of annual leave (civil service), sports compensation and a modern office in Ülemiste City. Apply through the public service job portal by 20 March.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['EE'],
    mentions: ['Power BI', 'Visualization', 'Data cleaning', 'Hypothesis testing', 'DE', 'R', 'Python', 'Tableau', 'Critical thinking'],
  },
];
