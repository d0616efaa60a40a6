// test13, half B: 36 held-out postings from outside the English-speaking boards, labelled by hand.
//
// Composition
// - 24 postings written entirely in another language, 12 languages: German (01 DE, 02 AT, 03 CH), French (04 FR,
//   05 CH, 06 CA-QC), Spanish (07 ES, 08 MX, 09 CL), Italian (10, 11), Dutch (12 NL, 13 BE), Portuguese (14 PT,
//   15 BR), Polish (16, 17), Swedish (18, 19), Danish (20), Norwegian (21), Czech (22, 23), Finnish (24).
// - 12 in English from elsewhere: 25 DE, 26 NL, 27 SE/DK, 28 JP, 29 KR, 30 IL, 31 EG, 32 VN, 33 CO, 34 PL,
//   35 remote EMEA, 36 KE.
// - Roles: 24 seed roles (DS 01 08 22; MLE 02 10 27; DE 04 18 31; BIA 05 12 16 33; CVE 07 25; NLP_ENG 15 28;
//   ARS 19 30; ROBO 20 29; DLS 23; AIPM 24 35) and 12 other jobs (null).
// - Sectors: IT 4, FIN 5, HEALTH 4, RETAIL 4, TELCO 4, AUTO 4, PUBLIC 4, null 7.
// - Formats: raw 12 (Personio 01, Workday 04 28, SmartRecruiters 07 35, Teamtailor 10, Recruitee 12, Greenhouse
//   entity-escaped 15 25, Lever 20 30, JSON-LD 23), html 5, div 5, escaped 5, double 4, text 5.
// - Board industry field on 6 (02 13 16 22 28 33), four of them in the local language.
//
// Sector calls
// - 01: online furniture shop that buys from manufacturers and makes nothing itself -> RETAIL.
// - 02: car/home/business insurer (not a health insurer) -> FIN.
// - 05: agency set up by fourteen communes to plan buses, run public car parks and count traffic -> part of local
//   government -> PUBLIC.
// - 06: store job at a mobile/broadband operator -> TELCO (a shop inside an operator).
// - 07: stamped-steel parts supplier to carmakers, described only by what it ships -> AUTO.
// - 10: document-reading software sold to banks, insurers, utilities, law firms and public bodies: many sectors ->
//   IT (the self-description sits in a closing paragraph only).
// - 13: board industry says "Transport en logistiek", but the employer stores, picks and ships for 300+ webshops:
//   fulfilment for online shops -> RETAIL.
// - 14: hotel kitchen -> null (hospitality).
// - 16: upholstered-furniture factory -> AUTO (maker of physical goods), board field "Produkcja mebli".
// - 17: international road haulier -> null (logistics).
// - 18: regional public-transport authority acting for the region -> PUBLIC (publicly run transport).
// - 19: non-profit research institute (foundation) working with energy companies -> null, although the work is
//   for energy firms and public funders.
// - 20: maker of collaborative robot arms in its own factory -> AUTO (robot maker), although customers are food,
//   electronics and labs.
// - 21: audit and accountancy firm -> FIN.
// - 23: CT-reading software, a certified medical device used by hospitals -> HEALTH.
// - 24: software for municipal waste collection (fill-level sensors, truck routes), employer described only in the
//   closing paragraph -> PUBLIC (a product made for cities' services), not IT.
// - 26: newspaper and magazine publisher -> null (media), though the job is analytics engineering.
// - 27: music/podcast streaming app -> IT (internet platform).
// - 28: consumer marketplace for second-hand and new goods -> RETAIL (industry field "Internet & E-Commerce").
// - 29: compounding robots for hospital pharmacies (a medical device) -> HEALTH, not AUTO.
// - 30: email-security vendor selling to hospitals, law firms, manufacturers, cities and banks -> IT.
// - 31: recruiter naming no client business -> null.
// - 32: mobile games studio -> IT, although the team builds an in-game store.
// - 33: electricity generator/distributor -> null (energy); "power" in the text is electricity.
// - 34: retail bank -> FIN.
// - 35: planning software for mobile network operators -> TELCO; remote EMEA -> countries [].
// - 36: growers' cooperative exporting fresh produce -> null (agriculture).
//
// Role calls
// - 05 "Analyste Business Intelligence", 12 "Business Intelligence Analist", 16 "Analityk Business Intelligence",
//   33 "Power BI Developer" -> BIA.
// - 10 "MLOps Engineer", 27 "ML Platform Engineer" -> MLE. 19 "Forskare inom maskininlärning" (research scientist
//   in ML) and 30 "Applied Scientist" -> ARS. 24 "Tekoälytuotepäällikkö" -> AIPM.
// - Null: 09 "Analista de Datos", 26 "Analytics Engineer", 32 "Backend Software Engineer", 34 "Credit Risk
//   Analyst", and the non-tech jobs 03 06 11 13 14 17 21 36.
//
// Mention calls
// - Title roles are not mentions; roles named in the body are: 01 DE (colleagues); 02 DS; 04 DS; 10 MLE and DS;
//   15 DS ("cientistas de dados"); 18 DE ("ytterligare en dataingenjör") and DS; 20 ROBO ("11 robotingeniører");
//   22 DS ("v roli data scientist"); 24 DS and MLE ("data scientistien ja ML-insinöörien"); 25 ROBO (colleagues);
//   26 BIA ("analytics engineer or BI developer") and DS; 27 MLE and DS; 28 DE; 29 CVE (colleague); 30 MLE;
//   31 DS and DE ("as a data engineer"); 35 DS and MLE.
// - Fields of work are not roles: 04 "data engineering", 12 "Data Science" as a study subject.
// - 28: "NLP" used as a field ("3+ years of NLP in production") is not the NLP Engineer role. 29: "robotics
//   engineering" as a degree subject is not the role. 35: "product management" is not AIPM.
// - Traps left unlabelled: 02 "Regressionstests" (Regression not labelled; "Kubernetes-Cluster" is Kubernetes);
//   03 Julia Brändli (a person), Excel, "Lohnklasse 13"; 07 "I+D"; 11 "R&S", lab quality controls on analysers,
//   "livello D"; 12 Azure Data Factory (Azure is not Azure ML); 16 "kat. B" driving licence; 17 "kat. C+E";
//   18 Azure; 28 "AWS certification preferred" (no certification label); 30 Eli Watson (a person);
//   32 "regression suite", "Go", "go-getter"; 33 "power", PL-300 (not a seed certification); 34 "band C";
//   35 "spark" (a verb); 14 Lagos is in the Algarve (PT).
// - Labelled: 08 R and 34 R (the language, next to Python/SAS); 27 Java and 32 Java (offered as alternatives);
//   10 Vertex AI -> Google AI Platform; 26 Looker Studio -> Google Data Studio; 22 PySpark -> Apache Spark;
//   02 GitLab CI -> Deployment pipelines, "Git-basierte Workflows" -> Git; 04 and 20 GitLab -> Git.
// - 06 "à l'aise avec les changements fréquents" -> Adaptability; "trouver des solutions quand un client arrive
//   avec un problème" -> Problem-solving; "expliquer clairement" -> Communication.
// - 03 and 21 (nurse, accountant): clear explanation to patients/clients -> Communication.
// - 29 "plot and review cycle-time and dosing data" -> Visualization.
// - 34 "challenge model assumptions" -> Critical thinking; backtesting/monitoring scorecards -> Model evaluation.
// - 36 Excel demand plan: no Model evaluation; "explain changes" -> Communication.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

/** Greenhouse sends `content` as entity-escaped HTML. */
const greenhouse = (html: string): string =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const TEST13_B: HoldoutCase[] = [
  {
    id: 't13-b-01',
    title: 'Data Scientist (m/w/d) – Preis- & Sortimentsanalytik',
    company: 'Sofalinde Wohnversand GmbH',
    location: '80331 München',
    format: 'raw',
    body:
      '<p><strong>Über uns</strong></p><p>Sofalinde verkauft Sofas, Betten und Esstische ausschließlich online – rund 38.000 Bestellungen im Monat gehen von unserem Lager in Garching an Haushalte in Deutschland, Österreich und den Niederlanden. Eigene Fabriken haben wir nicht: Wir kaufen bei rund 60 Herstellern ein und kümmern uns um Auswahl, Shop, Lieferung und Service.</p>' +
      '<p><strong>Deine Aufgaben</strong></p><ul><li>Du entwickelst Modelle zur Preiselastizität und Abverkaufsprognose für über 12.000 Artikel – meist mit Gradient Boosting (LightGBM) und, wo es passt, mit klassischer Regression.</li><li>Du planst A/B-Tests im Shop (Preisanzeige, Lieferzeitversprechen, Empfehlungen), wertest sie aus und sagst klar, wann ein Ergebnis nicht signifikant ist.</li><li>Du baust Features aus Klick-, Retouren- und Lieferdaten.</li><li>Zusammen mit unseren Data Engineers bringst du deine Modelle in den täglichen Preislauf.</li><li>Du erklärst Ergebnisse dem Einkauf und der Geschäftsführung – ohne Formelsammlung.</li></ul>' +
      '<p><strong>Dein Profil</strong></p><ul><li>Abgeschlossenes Studium (Statistik, Mathematik, Informatik o.&nbsp;ä.) und mind. 3 Jahre Berufserfahrung</li><li>Sehr gutes Python (pandas, scikit-learn), solides SQL</li><li>Du arbeitest selbstverständlich mit Git und Code-Reviews</li><li>Gespür dafür, wie ein Onlinehändler Geld verdient: Marge, Retourenquote, Lagerumschlag</li><li>Deutsch oder Englisch fließend</li></ul>' +
      '<p><strong>Was wir bieten</strong></p><ul><li>Gehalt 68.000–82.000&nbsp;€ brutto/Jahr</li><li>30 Urlaubstage, 2 Tage mobiles Arbeiten pro Woche</li><li>Zuschuss zum Deutschlandticket, 25&nbsp;% Mitarbeiterrabatt im Shop</li></ul>' +
      '<p>Bewirb dich bitte über das Formular mit Lebenslauf und frühestmöglichem Eintrittstermin. Anschreiben? Brauchen wir nicht.</p>',
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: [
      'Decision trees', 'Regression', 'Hypothesis testing', 'Feature engineering', 'DE', 'Communication',
      'Python', 'Pandas', 'Scikit-learn', 'Git', 'Business acumen',
    ],
  },
  {
    id: 't13-b-02',
    title: 'Machine Learning Engineer (w/m/d) – Schaden & Betrug',
    company: 'Donaupfeil Versicherung AG',
    location: '1030 Wien',
    industry: 'Versicherungen',
    format: 'escaped',
    body: `Seit 1911 versichern wir Autos, Wohnungen und Betriebe in ganz Österreich – heute vertrauen uns rund 1,4 Millionen Kundinnen und Kunden. Unser Team Data & Analytics sorgt dafür, dass Schadenmeldungen schneller bearbeitet und auffällige Fälle früher erkannt werden.

# Ihre Aufgaben
- Sie bringen die Modelle unserer Data Scientists zur Betrugserkennung und Schadenschätzung in Produktion und betreuen sie dort
- Aufbau und Pflege unserer Deployment-Pipelines in GitLab CI, inkl. automatisierter Regressionstests für die gesamte Schadenstrecke
- Bereitstellung der Modelle als REST-Services in Docker-Containern auf unserem Kubernetes-Cluster (On-Premises)
- Tracking von Experimenten und Modellversionen mit MLflow
- Überwachung der Modellgüte im Betrieb (Drift, Precision/Recall) und Alarmierung bei Abweichungen

# Ihr Profil
- Abgeschlossenes Studium der Informatik, Wirtschaftsinformatik oder eine vergleichbare Ausbildung
- Mindestens 3 Jahre Erfahrung mit Python in produktiven Umgebungen
- Erfahrung mit Git-basierten Workflows (Merge Requests, Reviews)
- Sicherer Umgang mit Linux; Terraform ist ein Plus
- Sehr gute Deutschkenntnisse, gute Englischkenntnisse

# Wir bieten
- Gleitzeit ohne Kernzeit, bis zu 3 Tage Homeoffice pro Woche
- Betriebsrestaurant, Jobticket, betriebliche Pensionsvorsorge
- Für diese Position gilt ein Mindestjahresbruttogehalt von € 56.000 laut Kollektivvertrag für Angestellte des Innendienstes der Versicherungsunternehmen. Eine Überzahlung je nach Qualifikation und Erfahrung ist vorgesehen.

Wir freuen uns auf Ihre Bewerbung über unser Karriereportal.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['AT'],
    mentions: [
      'DS', 'Deployment pipelines', 'APIs', 'Docker', 'Kubernetes', 'MLflow', 'Model evaluation', 'Python', 'Git',
    ],
  },
  {
    id: 't13-b-03',
    title: 'Dipl. Pflegefachfrau/-mann HF 80–100 % – Medizinische Bettenstation',
    company: 'Spital Töss-Eulachtal',
    location: '8400 Winterthur, ZH',
    format: 'text',
    body: `Das Spital Töss-Eulachtal versorgt mit 260 Betten und rund 1'400 Mitarbeitenden die Bevölkerung der Region Winterthur. Für unsere medizinische Bettenstation 4 Ost (28 Betten, Schwerpunkt Innere Medizin und Onkologie) suchen wir per 1. März oder nach Vereinbarung eine engagierte Persönlichkeit.

# Ihre Aufgaben
- Ganzheitliche Pflege und Betreuung von Patientinnen und Patienten im Bezugspflegesystem
- Pflegeplanung und Dokumentation im Klinikinformationssystem
- Verabreichen von Medikamenten und Mitwirkung bei Chemotherapien (nach Einarbeitung)
- Gespräche mit Angehörigen, Austrittsplanung gemeinsam mit dem Sozialdienst
- Begleitung von Lernenden FaGe und Studierenden HF

# Ihr Profil
- Diplom als Pflegefachfrau/-mann HF/FH oder vom SRK anerkannt
- Freude an interdisziplinärer Zusammenarbeit und eine klare, einfühlsame Kommunikation mit Patienten und Angehörigen
- Bereitschaft zu Schichtdienst inkl. Wochenenden
- Gute MS-Office-Kenntnisse (Excel für die Einsatzplanung von Vorteil)

# Wir bieten
- 5 Wochen Ferien, ab 50 Jahren 6 Wochen
- Vergünstigte Verpflegung im Personalrestaurant, Personalwohnungen in Spitalnähe
- Lohn gemäss kantonalem Lohnsystem, Funktion Pflegefachperson HF, Lohnklasse 13
- Interne Weiterbildungen, z. B. Kinästhetik und Palliative Care

Fragen beantwortet Ihnen gerne Julia Brändli, Stationsleiterin, Tel. 052 266 41 80. Wir freuen uns auf Ihre Online-Bewerbung.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Communication'],
  },
  {
    id: 't13-b-04',
    title: 'Data Engineer (H/F) – Plateforme Réseau Fibre',
    company: 'Fibrevia Réseaux SAS',
    location: 'Boulogne-Billancourt (92)',
    format: 'raw',
    body:
      '<p><b>Qui sommes-nous ?</b></p><p><span>Fibrevia Réseaux déploie et exploite la fibre optique jusqu\'à l\'abonné dans 1&nbsp;900 communes d\'Île-de-France et des Hauts-de-France. Nous louons l\'accès à notre réseau aux opérateurs commerciaux et raccordons chaque mois plus de 25&nbsp;000 nouveaux foyers.</span></p><p></p>' +
      '<p><b>Vos missions</b></p><ul><li><p>Concevoir et maintenir les pipelines d\'ingestion des données de supervision du réseau (alarmes OLT, mesures optiques, tickets d\'intervention) avec Kafka et Spark</p></li><li><p>Fiabiliser les données : dédoublonnage des tickets, contrôles de cohérence, correction des adresses mal géocodées</p></li><li><p>Mettre à disposition des jeux de données propres pour les data scientists et l\'équipe Qualité de service</p></li><li><p>Industrialiser les traitements : dépôt GitLab, CI/CD, conteneurs Docker</p></li><li><p>Participer à la migration de notre cluster Hadoop vers un lakehouse sur stockage objet</p></li></ul><p></p>' +
      '<p><b>Votre profil</b></p><ul><li><p>Bac+5 école d\'ingénieur ou université</p></li><li><p>3 ans minimum en data engineering ; Python et SQL courants, Scala apprécié</p></li><li><p>Connaissance d\'Airflow</p></li><li><p>Esprit d\'équipe, rigueur et goût pour résoudre des problèmes concrets de terrain</p></li></ul><p></p>' +
      '<p><b>Ce que nous offrons</b></p><p><span>Rémunération : 52 à 62 k€ bruts annuels selon expérience. RTT, télétravail 2 jours par semaine, mutuelle prise en charge à 70&nbsp;%, intéressement. Poste basé à Boulogne-Billancourt, déplacements ponctuels à Lille.</span></p>' +
      '<p><span>Fibrevia Réseaux est attachée à la diversité ; tous nos postes sont ouverts aux personnes en situation de handicap.</span></p>',
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['FR'],
    mentions: [
      'Kafka', 'Apache Spark', 'Data cleaning', 'DS', 'Git', 'Deployment pipelines', 'Docker', 'Hadoop', 'Python',
      'Problem-solving',
    ],
  },
  {
    id: 't13-b-05',
    title: 'Analyste Business Intelligence (H/F) 80-100%',
    company: 'Agence intercommunale de la mobilité du Chablais',
    location: '1870 Monthey VS',
    format: 'html',
    body: `Créée par quatorze communes valaisannes et vaudoises, l'Agence intercommunale de la mobilité du Chablais planifie l'offre de bus régionaux, gère les parkings publics et effectue les comptages de trafic de la région. Nous rendons compte chaque année aux conseils communaux de l'usage de ces services.

# Votre mission
- Développer et faire évoluer les tableaux de bord Power BI destinés aux communes (fréquentation des lignes, occupation des parkings, comptages vélos)
- Consolider les données de billettique, de capteurs et de comptage ; détecter et corriger les valeurs aberrantes et les doublons
- Produire des graphiques et des cartes clairs pour les rapports annuels et les séances publiques
- Présenter les résultats aux municipalités et aux entreprises de transport, oralement et par écrit
- Documenter les indicateurs et veiller à leur cohérence dans le temps

# Votre profil
- Formation HES ou universitaire en informatique de gestion, géomatique, statistique ou équivalente
- 2 à 4 ans d'expérience en BI ; maîtrise de Power BI (DAX, Power Query) et de SQL
- Des notions de Python sont un atout
- Excellente maîtrise du français, allemand oral apprécié
- Sens du service public et autonomie

# Nous offrons
- Un poste stable au sein d'une équipe de 22 personnes
- Traitement selon l'échelle salariale intercommunale, classe 9
- Caisse de pension publique, 5 semaines de vacances
- Horaire variable et télétravail partiel

Entrée en fonction : 1er avril ou à convenir. Délai de postulation : 15 février. Merci d'envoyer un dossier complet (lettre, CV, certificats) via notre plateforme.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['CH'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Python'],
  },
  {
    id: 't13-b-06',
    title: 'Conseiller(ère) aux ventes – Boutique Laval (temps partiel)',
    company: 'Télécom Cascadelle',
    location: 'Laval, QC',
    countryHints: ['CA'],
    format: 'div',
    body: `Chez Télécom Cascadelle, on branche plus de 900 000 Québécois à notre réseau mobile et à notre Internet résidentiel, des Laurentides jusqu'en Gaspésie. Nos 48 boutiques sont souvent le premier contact avec nos clients — et on veut que ça compte.

# Ce que tu feras
- Accueillir les clients et comprendre leurs besoins en cellulaire, Internet et télé
- Expliquer clairement nos forfaits, les frais d'appareil et les options d'itinérance
- Activer les lignes, transférer les numéros et configurer les appareils
- Trouver des solutions quand un client arrive avec un problème de facture ou de couverture
- Atteindre tes objectifs de ventes individuels et ceux de la boutique

# Ce qu'on recherche
- Diplôme d'études secondaires (DES)
- 1 an d'expérience en vente au détail ou en service à la clientèle, idéalement en télécommunications
- Être à l'aise avec les changements fréquents de promotions et de procédures
- Bilinguisme français-anglais, un atout
- Disponibilité les soirs et fins de semaine (20 à 28 h/semaine)

# Ce qu'on offre
- Salaire de base de 17,50 $/h + commissions sans plafond
- Rabais de 50 % sur tes services Cascadelle
- Assurances collectives dès 20 h/semaine
- Formation payée de trois semaines

Télécom Cascadelle souscrit au principe d'équité en matière d'emploi.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Communication', 'Problem-solving', 'Adaptability'],
  },
  {
    id: 't13-b-07',
    title: 'Ingeniero/a de Visión Artificial – Inspección de piezas',
    company: 'Troquelados Ebrovia S.A.',
    location: '50197 Zaragoza, Aragón, España',
    format: 'raw',
    body:
      '<h3>Descripción de la empresa</h3><p>Cada día salen de nuestras líneas de prensas en la Plataforma Logística de Zaragoza más de 90.000 piezas de chapa estampada —refuerzos de pilar, travesaños, soportes de batería— con destino a seis fabricantes de automóviles europeos. Somos 640 personas y llevamos 40 años en la automoción.</p>' +
      '<h3>Descripción del empleo</h3><p>Nuestro departamento de I+D busca un/a ingeniero/a para liderar la nueva generación de sistemas de inspección óptica en línea.</p><ul><li>Diseñar, entrenar y poner en producción redes neuronales convolucionales para detectar grietas, arrugas y rebabas en piezas estampadas.</li><li>Calibrar cámaras e iluminación; trabajar con geometría proyectiva y álgebra lineal para la reconstrucción 3D con luz estructurada.</li><li>Medir la precisión y el recall de cada modelo frente a la inspección manual antes de cada liberación, y vigilar su rendimiento en planta.</li><li>Integrar los modelos con el PLC de línea junto al equipo de automatización.</li></ul>' +
      '<h3>Requisitos</h3><ul><li>Grado o máster en Ingeniería Informática, Industrial o de Telecomunicación.</li><li>Al menos 3 años de experiencia en visión artificial industrial.</li><li>C++ y Python; experiencia con PyTorch y OpenCV.</li><li>Se valorará experiencia con Docker y despliegue en equipos edge (NVIDIA Jetson).</li><li>Inglés B2.</li></ul>' +
      '<h3>Información adicional</h3><ul><li>Contrato indefinido, jornada intensiva los viernes.</li><li>Salario: 42.000 – 50.000 € brutos anuales.</li><li>Comedor en planta y ruta de autobús desde Zaragoza ciudad.</li></ul><p>En Troquelados Ebrovia garantizamos la igualdad de oportunidades entre mujeres y hombres en todos nuestros procesos de selección.</p>',
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['ES'],
    mentions: ['Neural networks', 'Linear algebra', 'Model evaluation', 'C++', 'Python', 'PyTorch', 'Docker'],
  },
  {
    id: 't13-b-08',
    title: 'Científico(a) de Datos Sr. – Riesgo de Crédito',
    company: 'Crédito Ahuehuete, S.A. de C.V., SOFOM E.N.R.',
    location: 'Miguel Hidalgo, CDMX',
    format: 'html',
    body: `Prestamos a más de 300,000 pequeños comerciantes en México — tienditas, fondas, talleres — que la banca tradicional no atiende. Otorgamos créditos de capital de trabajo desde $5,000 MXN y los cobramos por transferencia o en tiendas de conveniencia.

# ¿Qué harás?
- Desarrollar y mantener modelos de originación y de cobranza: regresión logística para los scorecards regulatorios y XGBoost para los modelos de comportamiento
- Construir variables a partir de datos transaccionales, de buró de crédito y de uso de la app
- Hacer backtesting de los modelos cada trimestre y documentar su desempeño (Gini, KS, estabilidad) para el Comité de Riesgos
- Diseñar pruebas A/B de políticas de crédito (montos, plazos) con los equipos de Producto y Cobranza
- Presentar hallazgos a la Dirección de Riesgos en un lenguaje claro

# Lo que buscamos
- Licenciatura en Actuaría, Matemáticas, Economía o afín; maestría deseable
- 4+ años construyendo modelos de riesgo de crédito
- Python (pandas, scikit-learn) y SQL avanzados; R es un plus
- Entender cómo gana dinero una financiera: tasa, pérdida esperada, costo de fondeo
- Inglés intermedio

# Ofrecemos
- Sueldo mensual bruto de $75,000 a $95,000 MXN
- Prestaciones superiores a las de ley: aguinaldo de 30 días, vales de despensa, seguro de gastos médicos mayores
- Esquema híbrido (3 días en oficina en Polanco)

Crédito Ahuehuete, S.A. de C.V., SOFOM, E.N.R., para su constitución y operación no requiere autorización de la SHCP y está sujeta a la supervisión de la CNBV únicamente en materia de prevención de lavado de dinero.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['MX'],
    mentions: [
      'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Hypothesis testing',
      'Communication', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Business acumen',
    ],
  },
  {
    id: 't13-b-09',
    title: 'Analista de Datos Comerciales – Gerencia de Categorías',
    company: 'Supermercados Queltehue',
    location: 'Las Condes, Santiago, Región Metropolitana',
    format: 'text',
    body: `Supermercados Queltehue tiene 112 locales entre Arica y Puerto Montt y despacha compras online en 40 comunas. En la Gerencia de Categorías decidimos qué se vende, a qué precio y en qué góndola.

# Funciones
- Preparar los reportes semanales de venta, margen y quiebres de stock por categoría y local
- Mantener y mejorar los dashboards de Power BI que usan los jefes de categoría
- Revisar y depurar los maestros de productos (códigos duplicados, gramajes mal cargados)
- Apoyar el análisis de promociones y cambios de surtido
- Automatizar planillas Excel recurrentes (Python es un plus)

# Requisitos
- Ingeniero/a Comercial, Civil Industrial o carrera afín
- 1 a 2 años de experiencia en retail o consumo masivo
- Excel avanzado y SQL intermedio
- Disponibilidad para trabajar en Las Condes (modalidad híbrida 4x1)

# Beneficios
- Aguinaldo de Fiestas Patrias y Navidad
- Seguro complementario de salud
- 15% de descuento en nuestros locales y en la web

Esta oferta se enmarca en la Ley N° 21.015 de inclusión laboral.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['CL'],
    mentions: ['Power BI', 'Data cleaning', 'Python'],
  },
  {
    id: 't13-b-10',
    title: 'MLOps Engineer',
    company: 'Lucerniq S.r.l.',
    location: 'Milano, Lombardia',
    format: 'raw',
    body:
      '<h3>Il ruolo</h3><p>Cerchiamo una persona che renda il ciclo di vita dei nostri modelli noioso nel senso migliore del termine: riproducibile, automatizzato, osservabile.</p>' +
      '<h3>Cosa farai</h3><ul><li><p>Progettare e mantenere le pipeline di training e rilascio dei modelli su Vertex AI e Kubeflow Pipelines</p></li><li><p>Gestire il serving dei modelli su Kubernetes (GKE) con container Docker</p></li><li><p>Automatizzare test e rilasci con GitHub Actions</p></li><li><p>Monitorare in produzione le prestazioni dei modelli (accuratezza per tipo di documento, drift dei dati) e avviare il retraining quando serve</p></li><li><p>Lavorare fianco a fianco con i nostri Machine Learning Engineer e Data Scientist</p></li></ul>' +
      '<h3>Cosa cerchiamo</h3><ul><li><p>Almeno 3 anni come DevOps, MLOps o ML engineer</p></li><li><p>Python solido, buona conoscenza di Terraform</p></li><li><p>Esperienza con Git e con la code review</p></li><li><p>Voglia di imparare e di tenerti aggiornato sulle novità del settore</p></li></ul>' +
      '<h3>Cosa offriamo</h3><ul><li><p>RAL 45.000–55.000 € in base all\'esperienza</p></li><li><p>Buoni pasto, piano welfare aziendale</p></li><li><p>Smart working 3 giorni a settimana</p></li></ul>' +
      '<h3>Chi siamo</h3><p>Il software di Lucerniq legge e classifica documenti — fatture, contratti, perizie, cartelle cliniche — per oltre 200 clienti tra banche, assicurazioni, utility, studi legali e pubbliche amministrazioni. Siamo 70 persone tra Milano e Torino.</p>',
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['IT'],
    mentions: [
      'Google AI Platform', 'Kubeflow', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Model evaluation', 'MLE',
      'DS', 'Python', 'Git', 'Continuous learning',
    ],
  },
  {
    id: 't13-b-11',
    title: 'Tecnico/a di Laboratorio Biomedico – Settore Chimica Clinica',
    company: 'Centro Diagnostico Felsineo',
    location: '40127 Bologna (BO)',
    format: 'double',
    body: `Il Centro Diagnostico Felsineo esegue ogni giorno circa 4.500 esami di laboratorio per i propri punti prelievo, per cliniche private e per i medici di base dell'area metropolitana di Bologna. Siamo accreditati con il Servizio Sanitario Regionale dell'Emilia-Romagna.

# Attività
- Esecuzione di analisi di chimica clinica e immunometria su analizzatori automatici
- Controlli di qualità interni giornalieri sugli analizzatori e partecipazione ai programmi VEQ
- Manutenzione ordinaria della strumentazione e gestione dei reagenti
- Rilascio tecnico dei risultati nel sistema informatico di laboratorio (LIS)
- Collaborazione con il reparto R&S per la messa a punto di nuovi metodi

# Requisiti
- Laurea in Tecniche di Laboratorio Biomedico e iscrizione all'Albo TSRM-PSTRP
- Esperienza di almeno 1 anno in laboratorio analisi (gradita, non indispensabile)
- Disponibilità a turni, incluso il sabato mattina
- Precisione e spirito di squadra

# Offriamo
- Contratto a tempo indeterminato CCNL Sanità Privata, livello D
- Mensa aziendale e parcheggio riservato
- Formazione ECM a carico dell'azienda`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IT'],
    mentions: [],
  },
  {
    id: 't13-b-12',
    title: 'Business Intelligence Analist (32-36 uur)',
    company: 'Omgevingsdienst Eemvallei',
    location: 'Amersfoort, Utrecht',
    format: 'raw',
    body:
      '<p>Omgevingsdienst Eemvallei verleent namens elf gemeenten en de provincie Utrecht omgevingsvergunningen en houdt toezicht op bedrijven: van geluid en bodem tot asbest en energiebesparing. Met 230 collega\'s zorgen we voor een gezonde en veilige leefomgeving.</p>' +
      '<p><strong>Wat ga je doen?</strong></p><ul><li>Je bouwt en onderhoudt Power BI-rapportages voor onze opdrachtgevers: doorlooptijden van vergunningen, handhavingsverzoeken, inspecties.</li><li>Je haalt data uit ons zaaksysteem en uit landelijke registraties en zorgt dat die klopt: je spoort dubbele zaken en ontbrekende datums op en lost ze samen met de teams op.</li><li>Je maakt heldere grafieken en kaarten voor de jaarverslagen aan de gemeenteraden.</li><li>Je vertaalt vragen van managers en beleidsmedewerkers naar indicatoren, en legt uit wat de cijfers wel en niet zeggen.</li></ul>' +
      '<h2>Functie-eisen</h2><ul><li>hbo/wo-werk- en denkniveau, bijvoorbeeld Bedrijfskunde, Informatica of Data Science</li><li>minimaal 2 jaar ervaring met Power BI (DAX) en SQL</li><li>ervaring met Azure Data Factory is mooi meegenomen</li><li>je bent kritisch: je neemt niet elk cijfer voor waar aan en stelt de vragen die anderen vergeten</li></ul>' +
      '<p><strong>Wat bieden we?</strong></p><ul><li>Salaris maximaal € 5.306 bruto per maand (schaal 10, cao Gemeenten), afhankelijk van je ervaring</li><li>Individueel Keuzebudget (IKB) van 17,05%</li><li>Thuiswerkvergoeding en volledige OV-vergoeding</li></ul>' +
      '<p>Een assessment kan onderdeel zijn van de procedure. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</p>',
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Critical thinking'],
  },
  {
    id: 't13-b-13',
    title: 'Orderpicker – nachtploeg (m/v/x)',
    company: 'Pakketpunt Scheldeland NV',
    location: '9052 Zwijnaarde (Gent)',
    countryHints: ['BE'],
    industry: 'Transport en logistiek',
    format: 'text',
    body: `Elke nacht vertrekken vanuit ons magazijn in Zwijnaarde zo'n 40.000 pakjes. We stockeren, picken en verzenden voor meer dan 300 webshops – van schoenen en speelgoed tot koffiemachines – zodat hun klanten de volgende dag geleverd worden.

# Jouw job
- Je pickt bestellingen met een handscanner en stelt ze correct samen
- Je verpakt en labelt pakjes voor verschillende koeriers
- Je controleert retourzendingen en zet ze terug in stock
- Je houdt je werkplek netjes en veilig

# Jouw profiel
- Je werkt nauwkeurig en kan een hoog tempo aan
- Ervaring in een magazijn is een plus, maar geen must: we leiden je zelf op
- Een attest heftruck of reachtruck is een troef
- Je spreekt Nederlands of Engels

# Ons aanbod
- Vast contract na een proefperiode van 3 maanden
- Nachtploeg van zondag tot donderdag, 22u–6u, met een ploegenpremie van 25%
- Maaltijdcheques van €8 en fietsvergoeding
- Vlot bereikbaar met de bus vanaf Gent-Sint-Pieters`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['BE'],
    mentions: [],
  },
  {
    id: 't13-b-14',
    title: 'Cozinheiro(a) de 1.ª – Época de Verão',
    company: 'Hotel Ponta da Gaivota',
    location: 'Lagos (Algarve), Faro',
    format: 'div',
    body: `O Hotel Ponta da Gaivota, quatro estrelas com 96 quartos sobre a praia de Porto de Mós, procura reforçar a equipa de cozinha para a época de verão (abril a outubro).

# Funções
- Preparação e confeção dos pratos da carta e do buffet de pequenos-almoços
- Controlo de temperaturas e registos HACCP
- Receção e arrumação de mercadorias, controlo de validades
- Colaborar com o Chef na criação dos pratos do dia com peixe da lota de Lagos

# Perfil
- Experiência mínima de 2 anos em funções semelhantes
- Formação em cozinha (escola de hotelaria) valorizada
- Capacidade de trabalhar sob pressão e em equipa
- Inglês básico

# Oferecemos
- Vencimento base de 1.050 € + subsídio de alimentação
- Alojamento partilhado para colaboradores deslocados
- Contrato a termo certo com possibilidade de renovação

Envie o seu CV através do botão Candidatar.`,
    role: null,
    sector: null,
    countries: ['PT'],
    mentions: [],
  },
  {
    id: 't13-b-15',
    title: 'Engenheira(o) de NLP Sênior – Atendimento Digital',
    company: 'Banco Tucumã',
    location: 'São Paulo, SP (Híbrido)',
    format: 'raw',
    body: greenhouse(
      '<div class="content-intro"><p>O Tucumã é um banco 100% digital com 9 milhões de clientes: conta, cartão, Pix, empréstimo consignado e investimentos, tudo no app.</p></div>' +
        '<h3>Sobre a vaga</h3><p>Nosso time de Atendimento Digital responde a 1,2 milhão de conversas por mês no app e no WhatsApp. Você vai construir os modelos que entendem o que o cliente quer e resolvem a maior parte dos casos sem fila.</p>' +
        '<h3>Responsabilidades</h3><ul><li>Desenvolver e ajustar modelos de linguagem baseados em transformers para classificar intenções, extrair dados de comprovantes e resumir conversas</li><li>Avaliar os modelos com conjuntos de teste anotados e acompanhar as métricas de precisão e cobertura em produção</li><li>Expor os modelos como APIs para o time de backend, com deploy por pipelines de CI/CD</li><li>Trabalhar com cientistas de dados e com o time jurídico em temas de LGPD</li></ul>' +
        '<h3>Requisitos</h3><ul><li>Experiência sólida com Python e PyTorch; Hugging Face Transformers</li><li>Vivência com Docker e Kubernetes</li><li>Inglês para leitura técnica</li><li>Vontade de aprender e de acompanhar as publicações da área</li></ul>' +
        '<h3>Diferenciais</h3><ul><li>Experiência com modelos para português</li><li>Certificação AWS é um diferencial</li></ul>' +
        '<h3>Benefícios</h3><ul><li>VR/VA de R$ 1.800/mês</li><li>Plano de saúde e odontológico</li><li>PLR e auxílio academia</li><li>Day off no aniversário</li></ul>' +
        '<div class="content-conclusion"><p>O Tucumã valoriza a diversidade e incentiva candidaturas de pessoas negras, mulheres, pessoas LGBTQIA+ e pessoas com deficiência.</p></div>',
    ),
    role: 'NLP_ENG',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: [
      'Neural networks', 'Model evaluation', 'APIs', 'Deployment pipelines', 'DS', 'Python', 'PyTorch', 'Docker',
      'Kubernetes', 'Continuous learning',
    ],
  },
  {
    id: 't13-b-16',
    title: 'Analityk Business Intelligence (k/m)',
    company: 'Fabryka Mebli Kornica Sp. z o.o.',
    location: 'Swarzędz, wielkopolskie',
    industry: 'Produkcja mebli',
    format: 'escaped',
    body: `Od 1994 roku produkujemy meble tapicerowane – narożniki, sofy i fotele – w dwóch zakładach w Swarzędzu i Obornikach. 85% produkcji trafia na eksport do sieci meblowych w Niemczech, Francji i Skandynawii.

# Twoje zadania
- Tworzenie i rozwój raportów w Power BI dla produkcji, zakupów i logistyki (OEE, zużycie tkanin, terminowość dostaw)
- Integracja danych z systemów ERP i MES, czyszczenie i weryfikacja danych źródłowych
- Przygotowywanie wizualizacji i analiz ad hoc dla zarządu
- Współpraca z działem IT przy rozwoju hurtowni danych

# Nasze wymagania
- Wykształcenie wyższe (informatyka, ekonometria, zarządzanie produkcją)
- Min. 2 lata doświadczenia na podobnym stanowisku
- Bardzo dobra znajomość Power BI i SQL, zaawansowany Excel
- Umiejętność jasnego przedstawiania wniosków osobom nietechnicznym
- Znajomość języka angielskiego na poziomie B2
- Prawo jazdy kat. B (dojazdy między zakładami)

# Oferujemy
- Umowę o pracę, wynagrodzenie 9 000 – 12 000 zł brutto
- Prywatną opiekę medyczną i kartę sportową
- Dofinansowanie obiadów w stołówce zakładowej

Prosimy o zawarcie w CV klauzuli: „Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji".`,
    role: 'BIA',
    sector: SECTOR.AUTO,
    countries: ['PL'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication'],
  },
  {
    id: 't13-b-17',
    title: 'Kierowca C+E – transport międzynarodowy (system 3/1)',
    company: 'Transpol-Wrzos Sp. z o.o.',
    location: 'Stryków, łódzkie',
    format: 'text',
    body: `Jesteśmy firmą transportową z 25-letnim doświadczeniem. Nasze 180 ciągników z naczepami typu firana i chłodnia wozi ładunki między Polską, Niemcami, Beneluksem i Francją.

# Zadania
- Przewóz towarów na trasach międzynarodowych zgodnie z dokumentacją CMR
- Dbanie o powierzony pojazd i zgłaszanie usterek
- Kontakt ze spedytorem przez aplikację na tablecie

# Wymagania
- Prawo jazdy kat. C+E, kwalifikacja wstępna, karta kierowcy
- Mile widziane uprawnienia ADR
- Doświadczenie min. 1 rok w transporcie międzynarodowym
- Dyspozycyjność w systemie 3 tygodnie w trasie / 1 tydzień w domu

# Oferujemy
- Wynagrodzenie 500–550 zł netto za dzień + diety
- Nowoczesne ciągniki (Euro 6) przypisane do kierowcy
- Zjazdy na weekendy do bazy w Strykowie`,
    role: null,
    sector: null,
    countries: ['PL'],
    mentions: [],
  },
  {
    id: 't13-b-18',
    title: 'Dataingenjör till Analysenheten',
    company: 'Kollektivtrafikförvaltningen Västmälaren',
    location: 'Västerås',
    format: 'html',
    body: `Kollektivtrafikförvaltningen Västmälaren ansvarar på uppdrag av regionen för busstrafiken och pendeltågen i länet – över 110 000 resor en vanlig vardag. Vi planerar linjenätet, upphandlar trafiken och följer upp att den fungerar.

# Om tjänsten
Analysenheten består av åtta personer: analytiker, en data scientist och nu ytterligare en dataingenjör. Du blir en nyckelperson när vi flyttar vår dataplattform till molnet (Azure).

# Arbetsuppgifter
- Bygga och förvalta dataflöden från biljettsystemet, fordonens GPS-positioner och påstigningsräknare
- Ta emot realtidsdata via Kafka och bearbeta stora datamängder i Spark
- Säkerställa datakvaliteten: rensa bort dubbletter, laga trasiga tidsstämplar och flagga orimliga värden
- Versionshantera kod i Git och sätta upp automatiska driftsättningsflöden (CI/CD)

# Vi söker dig som
- Har högskoleexamen inom datavetenskap, systemvetenskap eller motsvarande
- Har minst tre års erfarenhet av liknande arbete
- Programmerar obehindrat i Python och SQL
- Uttrycker dig väl i tal och skrift på svenska

# Övrigt
Vi tillämpar individuell lönesättning. Tjänsten är en tillsvidareanställning med sex månaders provanställning. Inför beslut om anställning kan säkerhetsprövning med registerkontroll göras. Vi undanber oss bestämt direktkontakt med annonsförsäljare och rekryteringsföretag.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['SE'],
    mentions: [
      'DS', 'DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python', 'Communication',
    ],
  },
  {
    id: 't13-b-19',
    title: 'Forskare inom maskininlärning – förstärkningsinlärning för energisystem',
    company: 'Stiftelsen Kvarnholm forskningsinstitut',
    location: 'Stockholm (Kista)',
    format: 'double',
    body: `Stiftelsen Kvarnholm forskningsinstitut är ett icke-vinstdrivande forskningsinstitut som bedriver tillämpad forskning åt näringsliv och offentlig sektor. Våra 140 forskare arbetar med energi, material och digitalisering.

# Om rollen
I gruppen för lärande system söker vi en forskare som vill utveckla metoder för styrning av elnät och fjärrvärme med förstärkningsinlärning. Projekten finansieras av Energimyndigheten och EU och genomförs tillsammans med energibolag.

# Du kommer att
- Utveckla metoder för förstärkningsinlärning med djupa neurala nätverk och pröva dem i simulerade och verkliga system
- Implementera i Python och PyTorch
- Publicera i internationella tidskrifter och på konferenser samt presentera resultat för projektpartner
- Handleda doktorander och examensarbetare

# Kvalifikationer
- Doktorsexamen inom maskininlärning, reglerteknik eller närliggande område
- Goda kunskaper i sannolikhetslära och linjär algebra
- Erfarenhet av att skriva forskningsansökningar är meriterande
- Flytande engelska; svenska är meriterande

Vi erbjuder flexibla arbetstider, friskvårdsbidrag och sex veckors semester. Välkommen med din ansökan senast den 31 mars.`,
    role: 'ARS',
    sector: null,
    countries: ['SE'],
    mentions: [
      'Reinforcement learning', 'Neural networks', 'Python', 'PyTorch', 'Communication', 'Probability',
      'Linear algebra',
    ],
  },
  {
    id: 't13-b-20',
    title: 'Robotingeniør – bevægelsesplanlægning',
    company: 'Gribeklo Robotics ApS',
    location: '5230 Odense M',
    format: 'raw',
    body:
      '<div>Vi designer og bygger kollaborative robotarme og gribere på vores fabrik i Odense – over 9.000 enheder om året til fødevareproducenter, elektronikfabrikker og laboratorier.</div><div><br></div><div>Du bliver en del af et team på 11 robotingeniører, der ejer alt fra banegenerering til sikkerhedsfunktioner i styringen.</div>' +
      '<h3>Dine opgaver</h3><ul><li>Udvikle algoritmer til bevægelsesplanlægning og kollisionsundgåelse i C++</li><li>Bygge prototyper og testværktøjer i Python</li><li>Arbejde med kinematik og dynamik – lineær algebra er dit daglige værktøj</li><li>Integrere med ROS 2 og vores egen styring</li><li>Code review i GitLab og CI-pipelines, der kører test på rigtige robotter hver nat</li></ul>' +
      '<h3>Din profil</h3><ul><li>Kandidat i robotteknologi, mekatronik eller lignende</li><li>3+ års erfaring med moderne C++</li><li>Erfaring med Docker er et plus</li><li>Du kan lide at løse svære problemer sammen med mekanik- og elektronikfolkene</li><li>Engelsk i skrift og tale (dansk er ikke et krav)</li></ul>' +
      '<div>Løn efter kvalifikationer, pension på 10 %, frokostordning og fitnessrum i kælderen. Vi holder samtaler løbende, så send gerne din ansøgning snarest.</div>',
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['DK'],
    mentions: [
      'ROBO', 'C++', 'Python', 'Linear algebra', 'Git', 'Deployment pipelines', 'Docker', 'Problem-solving',
    ],
  },
  {
    id: 't13-b-21',
    title: 'Regnskapsmedarbeider / autorisert regnskapsfører',
    company: 'Revisjonshuset Fjellbekk AS',
    location: '0150 Oslo',
    format: 'div',
    body: `Revisjonshuset Fjellbekk er et revisjons- og regnskapsfirma med 45 ansatte i Oslo og Drammen. Vi fører regnskap, lønn og årsoppgjør for rundt 600 små og mellomstore bedrifter og reviderer et hundretalls selskaper og stiftelser.

# Arbeidsoppgaver
- Løpende bokføring, fakturering og bankavstemminger for en fast kundeportefølje
- Lønnskjøring og a-melding
- MVA-oppgaver, årsoppgjør og skattemelding
- Rådgivning til kundene og svar på spørsmål om regnskapet

# Kvalifikasjoner
- Autorisert regnskapsfører eller bachelor i økonomi og administrasjon
- Erfaring fra regnskapsbyrå er en fordel
- God på Excel; erfaring med Power BI-rapportering er et pluss
- Du forklarer tall på en enkel måte til kunder som ikke er økonomer

# Vi tilbyr
- Fast stilling, lønn etter avtale
- Fleksitid og mulighet for hjemmekontor
- Betalt videreutdanning og etterutdanningskurs
- Sosialt miljø med fagkvelder og hytteturer`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['NO'],
    mentions: ['Power BI', 'Communication'],
  },
  {
    id: 't13-b-22',
    title: 'Data Scientist – zákaznická analytika',
    company: 'Kavka Mobil a.s.',
    location: 'Praha 4 – Michle',
    industry: 'Telekomunikace',
    format: 'escaped',
    body: `Provozujeme mobilní síť pro 2,8 milionu zákazníků a optický internet v 60 českých městech. Do týmu zákaznické analytiky hledáme kolegu nebo kolegyni, kteří nám pomohou udržet zákazníky, kteří by jinak odešli ke konkurenci.

# Co tě čeká
- Modely odchodu zákazníků (churn) – gradient boosting, logistická regrese
- Segmentace zákazníků pomocí shlukování podle chování v síti a v aplikaci
- Zpracování dat v PySpark na našem datovém jezeře
- Návrh a vyhodnocení A/B testů retenčních nabídek
- Prezentace výsledků obchodnímu a marketingovému týmu

# Co od tebe čekáme
- VŠ vzdělání technického nebo ekonomického směru
- Alespoň 2 roky praxe v roli data scientist nebo analytik
- Python (pandas, scikit-learn), SQL
- Angličtina na úrovni B2
- Chuť neustále se učit nové věci

# Co nabízíme
- 5 týdnů dovolené a 3 sick days
- Home office 2 dny v týdnu
- Multisport kartu, stravenkový paušál, příspěvek na penzijní spoření
- Tarif zdarma pro tebe i rodinu`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['CZ'],
    mentions: [
      'Decision trees', 'Regression', 'Clustering', 'Apache Spark', 'Hypothesis testing', 'Communication', 'DS',
      'Python', 'Pandas', 'Scikit-learn', 'Continuous learning',
    ],
  },
  {
    id: 't13-b-23',
    title: 'Deep Learning Specialist – analýza CT snímků',
    company: 'Skiagram s.r.o.',
    location: 'Brno, Jihomoravský kraj',
    format: 'raw',
    body:
      '<p><strong>Skiagram</strong> vyvíjí software, který radiologům v nemocnicích pomáhá najít plicní uzly a krvácení do mozku na CT snímcích. Náš produkt je certifikovaný zdravotnický prostředek třídy IIa a používá ho 70 nemocnic v 9 zemích.</p>' +
      '<p><strong>Náplň práce</strong></p><ul><li>Navrhovat a trénovat 3D konvoluční sítě a transformery pro segmentaci a detekci nálezů</li><li>Vyhodnocovat modely na klinických datech (senzitivita, specificita, FROC) a připravovat podklady pro klinické studie</li><li>Optimalizovat inferenci (ONNX, TensorRT) a balit modely do Docker kontejnerů</li><li>Spolupracovat s radiology a s regulatorním týmem</li></ul>' +
      '<p><strong>Požadujeme</strong></p><ul><li>Ph.D. nebo Ing. v oboru informatika či biomedicínské inženýrství</li><li>Zkušenosti s PyTorch a Pythonem</li><li>Angličtinu na pracovní úrovni</li><li>Sledujete nový výzkum a rádi ho zkoušíte v praxi</li></ul>' +
      '<p><strong>Nabízíme</strong></p><p>Mzdu 90&nbsp;000–120&nbsp;000 Kč měsíčně, 25 dní dovolené, flexibilní pracovní dobu a kancelář pět minut od hlavního nádraží.</p>',
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['CZ'],
    mentions: ['Neural networks', 'Model evaluation', 'Docker', 'PyTorch', 'Python', 'Continuous learning'],
  },
  {
    id: 't13-b-24',
    title: 'Tekoälytuotepäällikkö (AI Product Manager)',
    company: 'Routakone Oy',
    location: '33100 Tampere',
    format: 'html',
    body: `Etsimme tuotepäällikköä, joka vastaa reittioptimoinnin ja täyttöasteennusteiden tekoälyominaisuuksista.

# Tehtävässä
- Omistat tekoälyominaisuuksien tiekartan ja priorisoit kehitystä asiakkaiden tarpeiden perusteella
- Määrittelet yhdessä data scientistien ja ML-insinöörien kanssa, miten mallien onnistumista mitataan: ennusteiden tarkkuus, ajetut kilometrit, ylitäyttyneet astiat
- Suunnittelet A/B-testejä ja pilotteja asiakaskuntien kanssa
- Viestit selkeästi sekä kuntien päättäjille että omille kehittäjillemme

# Toivomme sinulta
- Vähintään 3 vuoden kokemusta tuotehallinnasta ohjelmistoyrityksessä
- Liiketoimintaymmärrystä: tiedät, miten hinnoittelu ja kate syntyvät SaaS-liiketoiminnassa
- Ymmärrystä koneoppimisesta – et kirjoita malleja itse, mutta tiedät, mitä kysyä
- Sujuvaa suomea ja englantia

# Tarjoamme
- Kilpailukykyisen palkan ja osakeoptiot
- Liikunta- ja kulttuuriedut sekä kattavan työterveyshuollon
- Hybridityön Tampereen keskustassa

Routakone tekee ohjelmistoa kunnille ja kuntien jätelaitoksille: sensorit kertovat, milloin syväkeräysastia on täynnä, ja järjestelmämme suunnittelee jäteautoille reitit. Palvelu on käytössä 38 kunnassa Suomessa ja Virossa.`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['FI'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't13-b-25',
    title: 'Senior Computer Vision Engineer – Perception (m/f/d)',
    company: 'Quernstein Mobility GmbH',
    location: 'Munich, Bavaria, Germany',
    format: 'raw',
    body: greenhouse(
      '<div class="content-intro"><p>Quernstein builds the self-driving system for heavy trucks on Europe&rsquo;s motorways &mdash; hub to hub, around the clock. Our test fleet of 30 trucks has driven 4 million autonomous kilometres between Munich, Nuremberg and Leipzig.</p></div>' +
        '<p><strong>What you&rsquo;ll do</strong></p><ul><li>Design and train camera-based 3D object detection and lane-topology models (CNNs, BEV transformers)</li><li>Fuse camera with lidar and radar, and own calibration across the sensor rig</li><li>Build offline evaluation pipelines against our labelled scenario library and track precision/recall per object class</li><li>Write production C++ for our in-vehicle compute; prototype in Python</li><li>Work closely with our robotics engineers and the functional safety team in our R&amp;D centre</li></ul>' +
        '<p><strong>What you bring</strong></p><ul><li>MSc or PhD in computer vision, robotics or similar, and 5+ years of industry experience</li><li>Strong PyTorch; TensorRT experience is a plus</li><li>Solid linear algebra and multi-view geometry</li><li>You are comfortable in a fast-moving startup where priorities shift</li></ul>' +
        '<p><strong>Nice to have</strong></p><ul><li>ROS 2, Docker</li><li>Experience with ISO 26262 or SOTIF</li></ul>' +
        '<p><strong>What we offer</strong></p><ul><li>&euro;95,000&ndash;&euro;125,000 base plus virtual share options</li><li>30 days of vacation, Deutschlandticket, relocation support</li></ul>' +
        '<div class="content-conclusion"><p>Quernstein is an equal opportunity employer. We welcome applications regardless of gender, nationality, ethnic or social origin, religion, disability, age or sexual identity.</p></div>',
    ),
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: [
      'Neural networks', 'Model evaluation', 'C++', 'Python', 'ROBO', 'PyTorch', 'Linear algebra', 'Adaptability',
      'Docker',
    ],
  },
  {
    id: 't13-b-26',
    title: 'Analytics Engineer',
    company: 'De Grachtenpost Media',
    location: 'Amsterdam, Netherlands (Hybrid)',
    format: 'double',
    body: `De Grachtenpost publishes two national newspapers, a weekly magazine and four regional news sites, read by 3.1 million people every week. Our reader revenue team needs someone to own the data models behind subscriptions and engagement.

# What you'll do
- Build and maintain dbt models on top of our Snowflake warehouse: subscriptions, churn, article engagement
- Write tests and data quality checks so editors and the subscriptions team can trust the numbers
- Work with our data analysts and two data scientists to turn ad-hoc queries into reusable datasets
- Keep our Looker Studio reports fast and consistent
- Version everything in GitHub and deploy through GitHub Actions

# What we're looking for
- 2+ years as an analytics engineer or BI developer
- Excellent SQL, working knowledge of Python
- You explain data definitions clearly to non-technical colleagues, in English; Dutch is a plus
- Curious, and willing to question the assumptions behind a KPI

# What we offer
- €4,200–€5,600 gross per month (40 hours), plus 8% holiday allowance
- 27 vacation days and a pension scheme
- Two days a week in our newsroom by the Amstel`,
    role: null,
    sector: null,
    countries: ['NL'],
    mentions: [
      'Data cleaning', 'DS', 'Google Data Studio', 'Git', 'Deployment pipelines', 'BIA', 'Python', 'Communication',
      'Critical thinking',
    ],
  },
  {
    id: 't13-b-27',
    title: 'ML Platform Engineer',
    company: 'Krusbär Streaming AB',
    location: 'Stockholm, Sweden or Copenhagen, Denmark',
    locations: ['Stockholm, Sweden', 'Copenhagen, Denmark'],
    format: 'escaped',
    body: `Krusbär is the music and podcast streaming app used by 22 million listeners across the Nordics and the Baltics. Every recommendation on the home screen — from the Monday mix to the podcast you didn't know you needed — comes out of models our ML platform serves.

# The team
Our ML Platform team (six engineers) builds the paved road for 40+ machine learning engineers and data scientists: feature store, training infrastructure, model registry, online serving.

# You will
- Run and extend our training and serving stack on Kubernetes, including GPU scheduling for PyTorch jobs
- Maintain the feature store and its batch pipelines on Spark
- Own the model registry (MLflow) and the CI/CD templates teams use to ship models
- Build tooling that compares a candidate model with the production one offline before rollout
- Be on call one week in eight

# You have
- Strong software engineering skills in Python; Go or Java is a bonus
- Hands-on Kubernetes and Docker experience in production
- Experience with Kafka or another streaming system
- Good written communication: we are remote-friendly and write a lot of design docs

# Good to know
Hybrid: two days a week in our Stockholm (Södermalm) or Copenhagen (Vesterbro) office. Six weeks' vacation, parental leave topped up to 90% of salary for six months, and a wellness allowance. Salary range and equity are shared in the first call.`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['SE', 'DK'],
    mentions: [
      'MLE', 'DS', 'Kubernetes', 'PyTorch', 'Apache Spark', 'MLflow', 'Deployment pipelines', 'Model evaluation',
      'Python', 'Java', 'Docker', 'Kafka', 'Communication',
    ],
  },
  {
    id: 't13-b-28',
    title: 'NLP Engineer – Product Search (Japanese)',
    company: 'Hanamichi Ichiba K.K.',
    location: 'Minato-ku, Tokyo, Japan',
    countryHints: ['JP'],
    industry: 'Internet & E-Commerce',
    format: 'raw',
    body:
      '<p><b>About Hanamichi Ichiba</b></p><p>Hanamichi Ichiba is Japan&#39;s marketplace for pre-owned designer goods and everyday items: 14 million shoppers buy from more than 400,000 sellers and from our own authenticated stock every month.</p><p></p>' +
      '<p><b>Responsibilities</b></p><ul><li><p>Improve query understanding for Japanese product search: tokenization, spelling correction for kana/kanji variants, synonym expansion</p></li><li><p>Train and fine-tune transformer models for query classification and product attribute extraction</p></li><li><p>Run online A/B tests with the search product team and read the results with appropriate statistical care</p></li><li><p>Measure offline relevance (NDCG, recall@k) before every release</p></li><li><p>Collaborate with the data engineers who own the catalog pipelines</p></li></ul><p></p>' +
      '<p><b>Qualifications</b></p><ul><li><p>3+ years of NLP in production; Python and PyTorch</p></li><li><p>Experience with Elasticsearch or OpenSearch</p></li><li><p>Business-level Japanese (JLPT N1 or equivalent) and working English</p></li><li><p>Familiarity with AWS; AWS certification preferred</p></li></ul><p></p>' +
      '<p><b>Compensation &amp; Benefits</b></p><p>Annual salary JPY 9,000,000&ndash;13,000,000 depending on experience, paid in 12 monthly installments. Housing allowance, flextime (core hours 11:00&ndash;15:00), full remote up to 2 days a week.</p>',
    role: 'NLP_ENG',
    sector: SECTOR.RETAIL,
    countries: ['JP'],
    mentions: ['Neural networks', 'Hypothesis testing', 'Model evaluation', 'DE', 'Python', 'PyTorch'],
  },
  {
    id: 't13-b-29',
    title: 'Robotics Engineer – Pharmacy Automation',
    company: 'Doraji Medical Robotics Co., Ltd.',
    location: 'Seongnam-si, Gyeonggi-do, South Korea',
    format: 'div',
    body: `Doraji makes the robots that prepare IV bags and chemotherapy doses in hospital pharmacies. Our compounding systems run in 85 hospitals in Korea, Japan and Taiwan, and each one prepares up to 600 doses a day without a pharmacist touching a syringe.

# Responsibilities
- Develop motion control and gripper software for our 6-axis compounding arm in C++ on a real-time Linux target
- Build vision-guided vial and syringe localization together with our computer vision engineer
- Write test rigs and analysis scripts in Python; plot and review cycle-time and dosing data from the field
- Support verification under IEC 62304 and ISO 13485 with the quality team

# Requirements
- BS/MS in mechanical, electrical or robotics engineering
- 3+ years building robot software (ROS experience welcome)
- Good foundation in kinematics, linear algebra and control
- Business-level Korean; English for documentation

# Benefits
- Annual salary negotiable based on experience
- Shuttle bus from Pangyo Station, lunch and dinner provided
- Annual health check-up and self-development allowance`,
    role: 'ROBO',
    sector: SECTOR.HEALTH,
    countries: ['KR'],
    mentions: ['C++', 'CVE', 'Python', 'Visualization', 'Linear algebra'],
  },
  {
    id: 't13-b-30',
    title: 'Applied Scientist, Threat Detection',
    company: 'Kinneret Cyberworks Ltd.',
    location: 'Tel Aviv-Yafo, Israel',
    format: 'raw',
    body:
      '<div>Kinneret Cyberworks protects email and collaboration tools for 5,000 organisations: hospitals, law firms, manufacturers, city governments and banks. Every day our models look at 900 million messages and decide which ones never reach an inbox.</div><div><br></div><div>You will join the detection research group, reporting to Eli Watson, Head of Research.</div>' +
      '<h3>What you\'ll do</h3><ul><li>Research and ship models that detect phishing, account takeover and malicious attachments</li><li>Train transformer-based models on email text and graph neural networks on sender behaviour</li><li>Design offline evaluations and red-team datasets, and track false-positive rates after launch</li><li>Turn research into production services together with our ML engineers</li><li>Keep up with security and ML research and share what you read in our weekly reading group</li></ul>' +
      '<h3>What you bring</h3><ul><li>PhD or MSc in CS, EE or statistics, plus 3+ years of applied ML</li><li>Python and PyTorch; Spark for large-scale data</li><li>Strong probability and statistics</li><li>A clear writer: you can explain a model\'s failure modes to a SOC analyst</li></ul>' +
      '<div>Hybrid from our Tel Aviv office. We fully support employees on reserve duty.</div>',
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IL'],
    mentions: [
      'Neural networks', 'Model evaluation', 'MLE', 'Continuous learning', 'Python', 'PyTorch', 'Apache Spark',
      'Probability', 'Communication',
    ],
  },
  {
    id: 't13-b-31',
    title: 'Data Engineer – Cairo (Hybrid)',
    company: 'NileBridge Talent Partners',
    location: 'New Cairo, Cairo Governorate, Egypt',
    format: 'text',
    body: `NileBridge Talent Partners is hiring on behalf of a fast-growing client for a Data Engineer to join their Cairo team. Client details will be shared with shortlisted candidates.

# Responsibilities
- Design, build and maintain batch and streaming pipelines (Airflow, Kafka, Spark)
- Model data in the warehouse and make it usable for analysts and data scientists
- Implement data validation and monitoring; fix broken or duplicated records at the source
- Containerise jobs with Docker and deploy them through CI/CD

# Requirements
- BSc in Computer Engineering, Computer Science or a related field
- 3–5 years of experience as a data engineer
- Strong Python and SQL
- Experience with Hadoop is a plus
- Completed or exempted from military service (male applicants)
- Excellent English

# Package
- Competitive salary in EGP + annual bonus
- Medical and life insurance
- Hybrid: 3 days from the office in New Cairo

Only shortlisted candidates will be contacted.`,
    role: 'DE',
    sector: null,
    countries: ['EG'],
    mentions: [
      'Kafka', 'Apache Spark', 'DS', 'Data cleaning', 'Docker', 'Deployment pipelines', 'DE', 'Python', 'Hadoop',
    ],
  },
  {
    id: 't13-b-32',
    title: 'Backend Software Engineer (Go)',
    company: 'Bamboo Lantern Games',
    location: 'District 7, Ho Chi Minh City, Vietnam',
    format: 'html',
    body: `Bamboo Lantern Games makes mobile games played by 9 million people a month across Southeast Asia. Our two biggest titles, a farming sim and a card battler, run on a backend written almost entirely in Go.

# What you'll do
- Build and scale game services: matchmaking, inventory, the in-game store and live events
- Design gRPC and REST APIs used by the Unity client and our internal tools
- Write unit and integration tests, and keep our regression suite under 10 minutes
- Run services on Kubernetes on GCP and improve our CI/CD on GitLab
- Join the on-call rotation after onboarding

# What we need
- 3+ years of backend development; Go preferred, Java or C# also fine
- Solid SQL (PostgreSQL) and Redis
- Good English for daily standups with our Singapore studio
- A go-getter attitude and ownership of what you ship

# Benefits
- 13th-month salary + performance bonus
- Premium health insurance for you and your family
- MacBook Pro, flexible hours, and an in-game currency allowance (really)`,
    role: null,
    sector: SECTOR.IT,
    countries: ['VN'],
    mentions: ['APIs', 'Kubernetes', 'Deployment pipelines', 'Git', 'Java'],
  },
  {
    id: 't13-b-33',
    title: 'Power BI Developer',
    company: 'Energías Guatapurí S.A. E.S.P.',
    location: 'Medellín, Antioquia, Colombia',
    industry: 'Servicios públicos – Energía eléctrica',
    format: 'escaped',
    body: `Energías Guatapurí generates and distributes electricity for 1.2 million homes and businesses in Antioquia and Caldas, from three hydro plants and a growing solar portfolio. Our Commercial Intelligence team is looking for a Power BI Developer to help us understand where our power goes and where revenue is lost.

# Responsibilities
- Build and maintain Power BI reports on energy sales, collections and non-technical losses
- Model data from SAP and our metering platform; validate meter readings and correct gaps before they reach the reports
- Design clear visuals for the executive committee and for regulatory reporting
- Present monthly results to the commercial management team

# Requirements
- Degree in Systems Engineering, Industrial Engineering or similar
- 3+ years with Power BI (DAX, Power Query) and SQL Server
- Intermediate English (B1+); native or fluent Spanish
- Microsoft PL-300 certification is a plus

# We offer
- Indefinite-term contract, salary COP 7.5–9 M monthly
- Prepaid medicine plan and education loans
- Hybrid work, 3 days at our office in El Poblado`,
    role: 'BIA',
    sector: null,
    countries: ['CO'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication'],
  },
  {
    id: 't13-b-34',
    title: 'Credit Risk Analyst (Retail Lending Models)',
    company: 'Solvanta Bank S.A.',
    location: 'Kraków, Poland',
    format: 'double',
    body: `Solvanta Bank serves 4 million retail customers in Poland, Czechia and Slovakia with current accounts, mortgages and consumer loans. The Kraków Risk Centre builds and monitors the credit models for all three markets.

# Your responsibilities
- Monitor the performance of PD, LGD and application scorecards; prepare quarterly backtesting reports for the Model Risk Committee
- Recalibrate logistic regression scorecards and challenge model assumptions with the development team
- Prepare data for IFRS 9 provisioning and stress tests, including reconciliation and correction of data issues
- Support regulatory requests from the KNF and the ECB

# Your profile
- Master's degree in quantitative finance, econometrics, mathematics or statistics
- 2+ years in credit risk modelling or validation
- Good SQL and either SAS, R or Python
- Understanding of how lending products earn money and where losses come from
- Clear communicator in English; Polish is an advantage

# We offer
- Salary band C (PLN 14,000–18,500 gross monthly) + annual bonus
- Hybrid work, 2 days a week in the office
- Private medical care, sports card, life insurance and language classes`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['PL'],
    mentions: [
      'Model evaluation', 'Regression', 'Critical thinking', 'Data cleaning', 'R', 'Python', 'Business acumen',
      'Communication',
    ],
  },
  {
    id: 't13-b-35',
    title: 'Senior AI Product Manager – Network Planning (Remote, EMEA)',
    company: 'Cellwright Networks',
    location: 'Remote – EMEA',
    format: 'raw',
    body:
      '<h3>Company Description</h3><p>Cellwright builds planning and optimisation software for mobile network operators. 31 operators in 24 countries use our platform to decide where to put the next 5G site, how to tilt antennas and when to add capacity.</p>' +
      '<h3>Job Description</h3><ul><li>Own the roadmap for our ML-powered traffic forecasting and site recommendation features</li><li>Work with data scientists and ML engineers to define success metrics and evaluation criteria for each model before it ships</li><li>Spend time with operators&#39; radio planning teams and translate their problems into product requirements</li><li>Write clear PRDs and present the roadmap to customers and leadership</li><li>Balance commercial impact with technical feasibility: you know which features win renewals</li></ul>' +
      '<h3>Qualifications</h3><ul><li>5+ years of product management in B2B software, 2+ with ML products</li><li>Working understanding of RAN and 5G concepts</li><li>Comfortable with ambiguity and shifting priorities in a scale-up</li><li>Fluent English; another European language is a plus</li><li>Based anywhere between UTC-1 and UTC+3</li></ul>' +
      '<h3>Additional Information</h3><p>Fully remote. Where we have no entity we hire through an employer of record. Two company offsites a year (they tend to spark our best product ideas) and a home-office budget.</p>',
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: [],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Communication', 'Business acumen', 'Adaptability'],
  },
  {
    id: 't13-b-36',
    title: 'Supply Chain Planner',
    company: "Chepsoi Growers' Cooperative Society",
    location: 'Kericho, Kenya',
    format: 'div',
    body: `Chepsoi Growers' Cooperative Society is owned by 6,500 smallholder farmers around Kericho and Bomet. We grade and pack our members' avocados and snow peas and ship them fresh to supermarkets and importers in Europe and the Gulf.

# Key responsibilities
- Plan weekly harvest, packhouse and cold-chain capacity against export orders
- Maintain the weekly demand plan in Excel and our ERP, and explain changes to the commercial team
- Coordinate reefer container bookings with shipping lines and our Mombasa port agent
- Track KPIs (fill rate, on-time shipment, rejects at destination) and report them monthly

# Requirements
- Degree in Supply Chain Management, Agribusiness or a related field; CIPS is a plus
- 3 years of planning experience in fresh produce or FMCG
- Strong Excel; Power BI is an advantage
- Problem-solving mindset and the ability to work with farmers, packhouse teams and buyers

# What we offer
- Competitive salary and medical cover
- Staff housing on site`,
    role: null,
    sector: null,
    countries: ['KE'],
    mentions: ['Power BI', 'Problem-solving', 'Communication'],
  },
];
