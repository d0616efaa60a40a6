// test14, half B: 36 hand-written postings from outside the US and UK, with analyst labels.
//
// Composition
// - 24 postings written entirely in another language: German 4 (b-01 DE, b-02 AT, b-03 CH, b-04 DE), French 4
//   (b-05 FR, b-06 BE, b-07 CH, b-08 CA-Québec), Spanish 3 (b-09 ES, b-10 MX, b-11 AR), Italian 2 (b-12, b-13),
//   Dutch 2 (b-14 NL, b-15 BE-Flanders), Portuguese 2 (b-16 PT, b-17 BR), Polish 2 (b-18, b-19), Swedish 1 (b-20),
//   Danish 1 (b-21), Norwegian 1 (b-22), Czech 1 (b-23), Finnish 1 (b-24): twelve languages.
// - 12 postings in English from Germany (b-25), the Netherlands (b-26), Denmark/Sweden (b-27), Japan (b-28),
//   South Korea (b-29), Israel (b-30), Egypt (b-31), Vietnam (b-32), Colombia (b-33), Poland (b-34),
//   remote EMEA (b-35) and Singapore (b-36).
// - Roles: 24 titles among the seed's ten roles — DS 4 (01, 10, 17, 27), MLE 4 (02, 16, 25, 32), DE 4 (03, 09,
//   14, 23), BIA 3 (06, 13, 18), ARS 2 (07, 28), CVE 2 (05, 19), AIPM 2 (20, 35), ROBO 1 (12), DLS 1 (21),
//   NLP_ENG 1 (24); 12 other jobs with role null (04 nurse, 08 data analyst, 11 truck driver, 15 bookkeeper,
//   22 data analyst in a directorate, 26 analytics engineer, 29 process engineer, 30 backend software engineer,
//   31 call-centre team leader, 33 coffee quality analyst, 34 credit risk analyst, 36 data analyst).
// - Sectors: IT 4, FIN 5, HEALTH 4, RETAIL 4, TELCO 4, AUTO 4, PUBLIC 4, null 7.
// - Formats: raw 12 (Personio 01, Lever 05/32, Workday 08/28, SmartRecruiters 10/18, Recruitee 13, Teamtailor
//   16/34, JSON-LD 22, Greenhouse content 25), html 6, div 6, escaped 6, double 2, text 4.
// - Board industry field on 6 cases (12, 15, 18, 23, 29, 31), in the board's language; on 18 and 23 the field is
//   the only place the employer's business is stated.
//
// Sector calls
// - b-03: traffic-signal control software sold to cities and cantons → PUBLIC (made for cities' services).
// - b-05: end-of-line optical inspection cells for factories → AUTO (systems made for factories), although the
//   inspected goods include pharma vials.
// - b-08: newspaper group → null (media). b-11: general-freight trucking for building sites → null (logistics,
//   not for online shops). b-13: renewable-energy producer and supplier → null (energy).
// - b-15: staffing agency, client only "een klant in de regio Gent" → null; the industry field says staffing.
// - b-20: online retailer selling 400 other brands plus own stores → RETAIL. b-24: speech software used by media,
//   insurers, municipalities and contact centres → IT (many sectors). b-28: recommendation APIs for shops, news,
//   travel and video clients → IT. b-35: help-desk software → IT (business software).
// - b-14: water board, government body → PUBLIC. b-22: state directorate → PUBLIC. b-36: parking sensors made
//   for city councils → PUBLIC.
// - b-21: hearing-aid maker → HEALTH (medical devices). b-07: portable ultrasound probes → HEALTH.
// - b-26: holiday-park operator → null (travel/leisure). b-27: ferry operator → null (transport, not public).
// - b-29: battery-cell maker → AUTO (physical goods made in factories). b-30: fraud scoring for banks and
//   payment processors → FIN. b-33: smallholder coffee cooperative that mills and exports → null (farmers'
//   cooperative). b-34: online consumer lender → FIN. b-18: only the industry field "Bankowość" and the name → FIN.
// - b-23: only the industry field "Telekomunikace" (and the name) → TELCO.
//
// Role calls
// - b-07 "Chercheur·se scientifique en IA" → ARS; b-28 "Applied Scientist" → ARS. b-27 "Decision Scientist" → DS.
// - b-16 "Engenheiro/a de Machine Learning (MLOps)", b-25 "Senior MLOps Engineer", b-32 "Machine Learning
//   Platform Engineer" → MLE. b-20 "Produktchef AI" → AIPM. b-24 "NLP Engineer / Kieliteknologiainsinööri" →
//   NLP_ENG. b-23 "Datový inženýr" → DE. b-18 "Analityk Business Intelligence" → BIA.
// - Null: b-26 Analytics Engineer, b-34 Credit Risk Analyst, b-30 Software Engineer, b-08/22/36 data analysts.
// - Every role-titled body names its role, so the role is also a mention.
//
// Mention decisions
// - Traps not labelled: b-01 "Go-Live"; b-02 "Kubernetes-Cluster" (Kubernetes yes, Clustering no); b-04 contact
//   person Julia, "Excel", pay group "P 8"; b-11 "Categoría E"; b-12 "test di regressione sul firmware"; b-13 power
//   curves and "power & gas" (Power BI is labelled where named); b-14 "Azure Data Engineer Associate" (not a
//   taxonomy certification); b-19 and b-29 "R&D"; b-23 "Hadoop clusteru" (Hadoop yes, Clustering no); b-25 "AWS
//   certification preferred" (no certification label) and "Go is a plus"; b-26 "spark decisions"; b-29 "spark
//   sources"; b-30 TypeScript/JavaScript dashboards (Java only); b-31 "Grade R2"; b-32 "Python and Go";
//   b-33 manager named Watson and the Q Grader certificate.
// - Labelled paraphrases: b-01 GLMs → Regression, Gradient Boosting → Decision trees, backtesting → Model
//   evaluation; b-05/b-19/b-21/b-24/b-28 CNNs, transformers, "sieci neuronowe", "neurale netværk" → Neural
//   networks; b-07 sensitivity/specificity on cohorts → Model evaluation; b-08 and b-26 Looker Studio → Google
//   Data Studio; b-14 Azure Machine Learning → Microsoft Azure ML; b-16 Vertex AI → Google AI Platform; b-19
//   TensorFlow Lite → TensorFlow; b-02/b-14 PySpark → Apache Spark; b-29 t-tests/ANOVA → Hypothesis testing;
//   b-32 Google Cloud Professional Machine Learning Engineer → CERT_GCP; b-23 "datovými vědci" → DS and
//   "BI analytiky" → BIA; b-20 "ML-ingenjörer" → MLE; b-27 "challenge assumptions" → Critical thinking;
//   b-12 "calcolo differenziale" → Calculus.
// - Not labelled: b-15 bookkeeping reconciliations (not Data cleaning); b-33 cupping records; b-31 KPI
//   coaching; dashboards alone (no Visualization unless charts/graphs are named).
//
// Countries: b-11 "Garín, Provincia de Buenos Aires" → AR; b-27 Copenhagen or Malmö → DK, SE; b-34 Warsaw or
// Gdańsk → PL (the lender's Czech customers do not place the job); b-35 "Remote - EMEA" → [].
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST14_B: HoldoutCase[] = [
  { id: 't14-b-01', title: 'Data Scientist (m/w/d) Tarifierung Kfz', company: 'Isarland Versicherung a.G.', location: '80331 München', format: 'raw',
    role: 'DS', sector: SECTOR.FIN, countries: ['DE'], mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Git', 'Business acumen'],
    body: `<div class="job-description"><h5>Über uns</h5><p>Als Versicherungsverein auf Gegenseitigkeit gehören wir unseren Mitgliedern: rund 1,2 Millionen Menschen in Bayern vertrauen uns ihre Kfz-, Hausrat- und Haftpflichtversicherung an. Ohne Aktionäre im Nacken können wir langfristig denken &ndash; und genau das tun wir auch bei unseren Daten.</p>
<h5>Deine Aufgaben</h5><p>Als Data Scientist im Team Tarifierung Kfz gestaltest du die Preise, die unsere Kundinnen und Kunden jedes Jahr auf ihrer Beitragsrechnung sehen.</p><ul><li>Du entwickelst und pflegst Tarifmodelle für unsere Kfz-Sparte &ndash; von klassischen GLMs bis zu Gradient Boosting.</li><li>Du baust aus Schadens-, Vertrags- und Telematikdaten aussagekräftige Merkmale für diese Modelle.</li><li>Du prüfst neue Modelle vor dem Go-Live per Backtesting und überwachst sie danach im Bestand.</li><li>Du erklärst deine Ergebnisse dem Aktuariat und dem Vertrieb verständlich &ndash; auch ohne Formeln.</li></ul>
<h5>Dein Profil</h5><ul><li>Abgeschlossenes Studium der Mathematik, Statistik, Physik oder ein vergleichbarer Abschluss</li><li>Mehrjährige Erfahrung mit Python (pandas, scikit-learn) und SQL</li><li>Sicherer Umgang mit Git</li><li>Du verstehst, wie ein Versicherer Geld verdient: Schadenquote, Kostenquote und Combined Ratio sind für dich keine Fremdwörter</li><li>Deutsch fließend, Englisch gut</li></ul>
<h5>Wir bieten</h5><ul><li>38-Stunden-Woche und bis zu 3 Tage mobiles Arbeiten pro Woche</li><li>30 Tage Urlaub, dazu frei am 24. und 31.12.</li><li>Betriebliche Altersvorsorge und Zuschuss zum Deutschlandticket</li><li>Gehaltsrahmen: 72.000 &ndash; 88.000 € brutto p.a., abhängig von deiner Erfahrung</li></ul>
<p>Kein Anschreiben nötig &ndash; dein Lebenslauf genügt. Wir freuen uns auf deine Bewerbung über unser Karriereportal!</p></div>` },
  { id: 't14-b-02', title: 'Machine Learning Engineer (w/m/d) – Netzbetrieb', company: 'Donaufunk Netz GmbH', location: '1030 Wien', format: 'escaped',
    role: 'MLE', sector: SECTOR.TELCO, countries: ['AT'], mentions: ['MLE', 'Kubernetes', 'MLflow', 'Docker', 'Git', 'Deployment pipelines', 'Kafka', 'Apache Spark', 'Model evaluation', 'DS', 'Python'],
    body: `Donaufunk betreibt Glasfaser- und Richtfunknetze in Wien, Niederösterreich und dem Burgenland. Über 400.000 Haushalte und Betriebe surfen und telefonieren über unsere Leitungen.

# Deine Aufgaben
- Als Machine Learning Engineer bringst du unsere Modelle zur Störungsvorhersage vom Notebook in den Regelbetrieb
- Aufbau und Betrieb unserer ML-Plattform auf Kubernetes, mit MLflow für Experiment-Tracking und Modellregistry
- Containerisierung mit Docker; der Code liegt in GitLab-Repositories, ausgerollt wird über automatisierte Pipelines in GitLab CI
- Verarbeitung von Netzwerk-Telemetrie in Echtzeit mit Kafka und PySpark
- Überwachung der Modellqualität im Produktivbetrieb (Drift, Precision und Recall der Störungsalarme)
- Enge Zusammenarbeit mit unseren Data Scientists und dem Network Operations Center

# Das bringst du mit
- Mehrjährige Erfahrung in einer vergleichbaren Rolle
- Sehr gute Python-Kenntnisse
- Du hast bereits einen Kubernetes-Cluster im Produktivbetrieb betreut
- Deutsch auf C1-Niveau, gutes Englisch

# Was wir bieten
- Gleitzeit ohne Kernzeit und bis zu 60 % Home-Office
- Öffi-Jahreskarte, Essenszuschuss und betriebliche Gesundheitsvorsorge
- Ein Team, das sein Netz wirklich kennt

Für diese Position gilt der Kollektivvertrag für Angestellte in Telekommunikationsunternehmen. Das kollektivvertragliche Mindestgehalt beträgt EUR 3.850 brutto pro Monat (14 x jährlich); eine Überzahlung je nach Qualifikation und Erfahrung ist vorgesehen.` },
  { id: 't14-b-03', title: 'Data Engineer / Dateningenieur:in (80–100 %)', company: 'Signalwerk Limmat AG', location: '8005 Zürich, ZH', format: 'html',
    role: 'DE', sector: SECTOR.PUBLIC, countries: ['CH'], mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'APIs', 'Git', 'Docker', 'Python', 'Communication'],
    body: `Wenn in Winterthur, Luzern oder St. Gallen eine Ampel auf Grün schaltet, steckt oft unsere Software dahinter. Signalwerk Limmat entwickelt Verkehrsrechner und eine Plattform zur Lichtsignalsteuerung, die wir an Städte, Gemeinden und Kantone liefern. Unsere Kundschaft sind Tiefbauämter und Verkehrsbetriebe der öffentlichen Hand.

# Deine Aufgabe
Als Data Engineer baust du die Datenstrecken, über die Detektordaten von rund 3'000 Knoten in unsere Plattform fliessen.
- Streaming-Pipelines mit Kafka und Spark pflegen und erweitern
- Rohdaten von Induktionsschleifen und Kameras plausibilisieren, bereinigen und Ausfälle kennzeichnen
- REST-Schnittstellen für die Verkehrsingenieurinnen und -ingenieure der Städte bereitstellen
- Deine Arbeit landet versioniert in Git und läuft in Docker-Containern in unserem Rechenzentrum in Zürich-West

# Dein Profil
- Fundierte Kenntnisse in Python, Scala von Vorteil
- Erfahrung mit Zeitreihendaten und relationalen Datenbanken
- Freude am Austausch mit Fachleuten aus den Gemeinden – du kannst Technisches einfach erklären
- Deutsch fliessend, Französisch ein Plus

# Wir bieten
- Jahresarbeitszeit, 5 Wochen Ferien, Beitrag an Halbtax oder GA
- Lohnband CHF 110'000 – 130'000 bei 100 %
- Ein Produkt, das man jeden Morgen auf dem Arbeitsweg sieht` },
  { id: 't14-b-04', title: 'Pflegefachfrau / Pflegefachmann (m/w/d) Intensivstation – Teil- oder Vollzeit', company: 'Klinikum Mühlenaue', location: '04103 Leipzig, Sachsen', format: 'text',
    role: null, sector: SECTOR.HEALTH, countries: ['DE'], mentions: [],
    body: `Das Klinikum Mühlenaue ist ein Haus der Schwerpunktversorgung mit 620 Betten und 14 Fachabteilungen im Leipziger Osten. Für unsere interdisziplinäre Intensivstation mit 18 Betten suchen wir ab sofort Verstärkung.

# Ihre Aufgaben
- Ganzheitliche Pflege von beatmeten und kritisch kranken Patientinnen und Patienten
- Überwachung der Vitalparameter und sichere Bedienung der Medizingeräte
- Dokumentation im Patientendatenmanagementsystem (PDMS)
- Anleitung von Auszubildenden und neuen Kolleginnen und Kollegen

# Ihr Profil
- Abgeschlossene Ausbildung als Pflegefachfrau/-mann oder Gesundheits- und Krankenpfleger/in
- Fachweiterbildung Intensiv- und Anästhesiepflege wünschenswert, aber kein Muss
- Einfühlungsvermögen, Teamgeist und Belastbarkeit
- Grundkenntnisse in MS Office (Word, Excel)

# Wir bieten
- Vergütung nach TVöD-K, Entgeltgruppe P 8 bis P 9, zuzüglich Intensivzulage und Zeitzuschläge
- Zuschuss zum Deutschlandticket Job
- Kita-Plätze direkt auf dem Klinikgelände
- Strukturierte Einarbeitung mit Mentorin oder Mentor und ein jährliches Fortbildungsbudget

Ihre Ansprechpartnerin: Julia Brandenstein, Pflegedienstleitung, Tel. 0341 5580-2210.

Bitte bewerben Sie sich über unser Online-Portal. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.` },
  { id: 't14-b-05', title: 'Ingénieur Computer Vision (H/F) – CDI', company: 'Vitrelis Inspection', location: '69007 Lyon', format: 'raw',
    role: 'CVE', sector: SECTOR.AUTO, countries: ['FR'], mentions: ['CVE', 'Neural networks', 'PyTorch', 'C++', 'Model evaluation', 'Data cleaning', 'Python', 'Linear algebra', 'Git', 'Docker'],
    body: `<div class="section page-centered" data-qa="job-description"><div>Chez Vitrelis, nous concevons des cellules d'inspection optique qui contrôlent en bout de ligne les flacons, ampoules et pare-brise de nos clients industriels. Nos systèmes tournent aujourd'hui dans 140 usines en Europe, 24 h/24.</div><div><br></div><div>Au sein de l'équipe Vision (8 personnes), vous serez Ingénieur Computer Vision et prendrez en charge les algorithmes de détection de défauts, du prototype jusqu'à la mise en service chez le client.</div></div><div class="section page-centered"><h3>Vos missions</h3><ul class="posting-requirements plain-list"><li>Concevoir et entraîner des réseaux de neurones convolutifs (PyTorch) pour détecter rayures, bulles et inclusions</li><li>Porter les modèles en C++ sur nos calculateurs embarqués</li><li>Mesurer les taux de faux rejets et de défauts manqués sur les lignes de production de nos clients</li><li>Constituer et nettoyer les jeux d'images annotées avec l'équipe terrain</li></ul></div><div class="section page-centered"><h3>Votre profil</h3><ul class="posting-requirements plain-list"><li>Bac+5 (école d'ingénieur ou master) en vision par ordinateur ou traitement d'image</li><li>Très bonne maîtrise de Python et de C++</li><li>Bases solides en algèbre linéaire et en géométrie projective</li><li>Habitude de Git et de Docker</li><li>Déplacements ponctuels chez nos clients (environ 10 %)</li></ul></div><div class="section page-centered"><h3>Ce que nous offrons</h3><ul class="posting-requirements plain-list"><li>Salaire : 48 – 58 k€ brut annuel selon expérience</li><li>RTT, mutuelle prise en charge à 60 %, tickets restaurant</li><li>Deux jours de télétravail par semaine</li></ul></div>` },
  { id: 't14-b-06', title: 'Business Intelligence Analyst (H/F/X)', company: 'Marchés Ardennoix', location: '1000 Bruxelles', format: 'div',
    role: 'BIA', sector: SECTOR.RETAIL, countries: ['BE'], mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication', 'DE', 'Business acumen'],
    body: `Marchés Ardennoix, ce sont 86 supermarchés de proximité en Wallonie et à Bruxelles, un service de courses en ligne et 4 200 collaborateurs. Chaque semaine, plus d'un million de clients passent en caisse chez nous.

# Votre rôle
En tant que Business Intelligence Analyst, vous rejoignez l'équipe Performance Commerciale et devenez la référence pour les chiffres de vente de nos magasins.
- Construire et maintenir les rapports Power BI destinés aux directeurs de magasin et aux acheteurs
- Vérifier, corriger et documenter les données de caisse et de stock avant leur publication
- Traduire les questions des équipes commerciales en analyses claires, illustrées de graphiques parlants
- Travailler main dans la main avec nos data engineers sur les flux venant de SAP

# Votre profil
- Au moins 3 ans d'expérience en BI, idéalement dans la distribution
- SQL avancé, DAX
- Vous comprenez les leviers de la marge en retail : démarque, promotions, assortiment
- Bilingue français-néerlandais ; l'anglais est un atout

# Notre offre
Un contrat à durée indéterminée, une voiture de société ou un budget mobilité, des chèques-repas, des éco-chèques, une assurance hospitalisation et 32 jours de congé.` },
  { id: 't14-b-07', title: 'Chercheur·se scientifique en IA – Imagerie ultrasonore', company: 'Échovalse SA', location: '1015 Lausanne, VD', countryHints: ['CH'], format: 'escaped',
    role: 'ARS', sector: SECTOR.HEALTH, countries: ['CH'], mentions: ['ARS', 'Neural networks', 'Python', 'PyTorch', 'Model evaluation', 'Communication', 'Probability', 'Continuous learning'],
    body: `Échovalse conçoit et fabrique des sondes échographiques portables et le logiciel qui les accompagne. Nos appareils, certifiés CE et FDA, sont utilisés aux urgences et en médecine générale dans une trentaine de pays.

Vous rejoindrez notre équipe de recherche en tant que chercheur·se en intelligence artificielle (AI Research Scientist), avec une grande liberté dans le choix des sujets.

# Votre mission
- Développer de nouvelles architectures de deep learning (transformers, réseaux convolutifs) pour la segmentation et la mesure automatique sur images ultrasonores
- Implémenter et tester vos idées en Python et PyTorch
- Concevoir les protocoles de validation avec nos partenaires hospitaliers et évaluer la sensibilité et la spécificité des modèles sur des cohortes indépendantes
- Publier dans les conférences de référence (MICCAI, MIDL) et présenter vos travaux aux équipes produit et réglementaire

# Votre profil
- Doctorat en apprentissage automatique, vision par ordinateur ou domaine proche
- Solides bases en probabilités et en statistique
- Curiosité scientifique : vous suivez la littérature de près et aimez apprendre de nouvelles méthodes
- Français ou anglais courant ; l'allemand est un plus

Lieu de travail : Lausanne (EPFL Innovation Park), deux jours de télétravail par semaine. Taux d'activité : 100 %. Entrée en fonction : à convenir.` },
  { id: 't14-b-08', title: 'Analyste de données – Auditoire numérique', company: 'Groupe Presse Boréale', location: 'Montréal (QC)', format: 'raw',
    role: null, sector: null, countries: ['CA'], mentions: ['Hypothesis testing', 'Google Data Studio', 'Visualization', 'Communication', 'Python', 'R'],
    body: `<p><b>Qui sommes-nous?</b></p><p>Groupe Presse Boréale publie trois quotidiens, une quinzaine d'hebdos régionaux et des sites d'information lus par quatre millions de Québécois chaque mois.</p><p></p><p>Relevant de la directrice Produits numériques, l'analyste de données mesure ce que lisent nos abonnés et aide les salles de rédaction à mieux les servir.</p><p></p><p><b>Responsabilités</b></p><ul><li><p>Analyser le comportement de lecture et les conversions d'abonnement</p></li><li><p>Concevoir et analyser des tests A/B sur le mur payant et les infolettres</p></li><li><p>Produire des tableaux de bord dans Looker Studio et des visualisations pour le comité de direction</p></li><li><p>Vulgariser les résultats auprès des journalistes et des chefs de pupitre</p></li></ul><p><b>Exigences</b></p><ul><li><p>Baccalauréat en statistique, économie, informatique ou domaine connexe</p></li><li><p>De 2 à 4 ans d'expérience pertinente; SQL (BigQuery)</p></li><li><p>Maîtrise de Python ou de R</p></li><li><p>Excellent français écrit; anglais fonctionnel</p></li></ul><p><b>Conditions</b></p><p>Salaire annuel : 68 000 $ à 82 000 $ selon l'expérience. Régime de retraite, assurances collectives, horaire flexible et mode hybride (deux jours par semaine à nos bureaux de la rue Saint-Antoine).</p><p></p><p><i>Groupe Presse Boréale souscrit au principe d'accès à l'égalité en emploi et invite les femmes, les Autochtones, les membres des minorités visibles et ethniques et les personnes handicapées à poser leur candidature.</i></p>` },
  { id: 't14-b-09', title: 'Ingeniero/a de Datos Senior', company: 'Alacena Rápida', location: '28046 Madrid', format: 'html',
    role: 'DE', sector: SECTOR.RETAIL, countries: ['ES'], mentions: ['DE', 'Apache Spark', 'Kafka', 'Data cleaning', 'Kubernetes', 'Docker', 'Deployment pipelines', 'DS', 'Python', 'Git'],
    body: `En Alacena Rápida llevamos la compra del súper a casa en menos de 30 minutos desde nuestras 22 tiendas oscuras en Madrid, Barcelona y Valencia. Más de 9.000 productos, 350.000 clientes y muchísimos pedidos de última hora.

# Qué harás
Como Ingeniero/a de Datos te unirás al equipo de Plataforma de Datos, que da servicio a operaciones, compras y marketing.
- Diseñar y mantener pipelines batch y en streaming con Spark y Kafka
- Garantizar la calidad de los datos de pedidos, inventario y repartidores: validaciones, deduplicación y alertas
- Desplegar los servicios en Kubernetes con Docker y pipelines de CI/CD
- Colaborar con el equipo de científicos de datos en la previsión de demanda por tienda

# Qué buscamos
- +4 años de experiencia en ingeniería de datos
- Python y SQL a nivel avanzado
- Experiencia con Airflow y Git
- Buen nivel de inglés

# Qué ofrecemos
- Salario de 55.000 a 68.000 € brutos anuales
- Retribución flexible (seguro médico, tarjeta transporte, guardería)
- 23 días laborables de vacaciones y jornada intensiva en agosto
- Modelo híbrido con oficina junto a Méndez Álvaro` },
  { id: 't14-b-10', title: 'Científico(a) de Datos Sr. – Riesgo de Crédito', company: 'Créditos Colibrí', location: 'Ciudad de México, CDMX, México', format: 'raw',
    role: 'DS', sector: SECTOR.FIN, countries: ['MX'], mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn'],
    body: `<div class="job-sections"><section id="st-companyDescription"><h2>Descripción de la empresa</h2><div class="wysiwyg"><p>Créditos Colibrí otorga préstamos personales y créditos de nómina a más de 600 mil personas en México, muchas de ellas sin historial en buró. Somos una SOFOM regulada y operamos 100&nbsp;% en línea.</p></div></section><section id="st-jobDescription"><h2>Descripción del empleo</h2><div class="wysiwyg"><p>Buscamos un(a) Científico(a) de Datos para el equipo de Riesgo, que decide a quién le prestamos, cuánto y a qué tasa.</p><ul><li>Desarrollar modelos de originación y cobranza con regresión logística y XGBoost</li><li>Construir variables a partir de datos transaccionales y de buró</li><li>Validar los modelos con backtesting y monitorear su estabilidad (PSI, KS) mes a mes</li><li>Presentar resultados y recomendaciones al comité de crédito</li></ul></div></section><section id="st-qualifications"><h2>Requisitos</h2><div class="wysiwyg"><ul><li>Licenciatura en Actuaría, Matemáticas, Economía o afín</li><li>4+ años en modelos de riesgo de crédito</li><li>Python (pandas, scikit-learn) y SQL</li><li>Inglés intermedio</li></ul></div></section><section id="st-additionalInformation"><h2>Información adicional</h2><div class="wysiwyg"><p>Prestaciones superiores a las de ley: aguinaldo de 30 días, vales de despensa, seguro de gastos médicos mayores y esquema híbrido en oficinas de Polanco.</p><p>Sueldo: $65,000 – $80,000 MXN mensuales brutos.</p></div></section></div>` },
  { id: 't14-b-11', title: 'Chofer de camión – Categoría E (Zona Norte)', company: 'Transportes Ñandubay S.R.L.', location: 'Garín, Provincia de Buenos Aires', format: 'text',
    role: null, sector: null, countries: ['AR'], mentions: [],
    body: `Transportes Ñandubay es una empresa familiar con 35 años en el transporte de cargas generales: materiales de construcción, bobinas de acero y maquinaria agrícola con destino a obras y depósitos de todo el país.

# Buscamos
Chofer con licencia profesional para viajes de media y larga distancia, con base en nuestra playa de Garín.
- Licencia de conducir profesional vigente (categoría E1) y LiNTI al día
- Experiencia mínima de 3 años con semirremolque
- Disponibilidad para viajar de lunes a sábado
- Manejo básico del celular para la app de seguimiento (cargar remitos, fotos y firmas)

# Ofrecemos
- Sueldo según convenio de camioneros más viáticos
- Unidades 0 km con GPS y taller propio
- Obra social para vos y tu familia

Enviar CV por WhatsApp indicando en el asunto "Chofer Zona Norte". Abstenerse sin experiencia comprobable.` },
  { id: 't14-b-12', title: 'Ingegnere Robotico (Robotics Engineer) – Bracci Collaborativi', company: 'Cobotica Valsusa S.r.l.', location: '10156 Torino (TO)', industry: 'Automazione industriale', format: 'div',
    role: 'ROBO', sector: SECTOR.AUTO, countries: ['IT'], mentions: ['ROBO', 'C++', 'Python', 'Reinforcement learning', 'Linear algebra', 'Calculus', 'Git'],
    body: `Progettiamo e produciamo bracci robotici collaborativi per l'assemblaggio e la pallettizzazione: oltre 2.000 cobot installati presso aziende alimentari, farmaceutiche e dell'automotive.

# Di cosa ti occuperai
Come Robotics Engineer entrerai nel team Motion Control, composto da sei persone.
- Sviluppare algoritmi di pianificazione del moto e di controllo in C++ (ROS 2)
- Scrivere strumenti di simulazione e di test in Python
- Sperimentare tecniche di reinforcement learning per la presa di oggetti non strutturati
- Eseguire i test di regressione sul firmware prima di ogni rilascio
- Supportare i tecnici durante il collaudo presso i clienti

# Requisiti
- Laurea magistrale in Ingegneria Meccatronica, dell'Automazione o Robotica
- Ottima conoscenza di cinematica, algebra lineare e calcolo differenziale
- Uso quotidiano di Git
- Inglese tecnico

# Offriamo
RAL 38.000–46.000 € in base all'esperienza, CCNL Metalmeccanico Industria, premio di produzione, mensa aziendale e piattaforma welfare.` },
  { id: 't14-b-13', title: 'Business Intelligence Analyst', company: 'Energie Valsabbia S.p.A.', location: 'Brescia (BS)', format: 'raw',
    role: 'BIA', sector: null, countries: ['IT'], mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication'],
    body: `<p>Energie Valsabbia produce e vende energia da fonti rinnovabili: 14 centrali idroelettriche nelle valli bresciane, parchi fotovoltaici in Lombardia e in Puglia e contratti di fornitura di luce e gas per 90.000 famiglie e imprese.</p><p>Cerchiamo un/a <strong>Business Intelligence Analyst</strong> da inserire nella funzione Energy Management, a riporto del Responsabile Pianificazione.</p><p><strong>Responsabilità</strong></p><ul><li>Sviluppare e mantenere report e dashboard in Power BI sulla produzione degli impianti e sulle vendite</li><li>Controllare la coerenza e la completezza dei dati di misura (curve di potenza orarie, letture dei contatori) e correggerne le anomalie</li><li>Analizzare l'andamento dei prezzi sul mercato elettrico e dei contratti PPA</li><li>Presentare i risultati al management con grafici chiari e sintetici</li></ul><p><strong>Requisiti</strong></p><ul><li>Laurea in Ingegneria Gestionale, Economia o Statistica</li><li>Almeno 2 anni di esperienza in ruoli di BI o controllo di gestione</li><li>Ottima conoscenza di SQL ed Excel; DAX</li><li>Conoscenza del settore energetico (power &amp; gas) gradita</li></ul><p>Sede di lavoro: Brescia, con 2 giorni di smart working a settimana. Contratto a tempo indeterminato, CCNL Elettrico.</p><p><em>La ricerca è rivolta a candidati di entrambi i sessi ai sensi della normativa vigente. I dati saranno trattati secondo il Regolamento UE 2016/679.</em></p>` },
  { id: 't14-b-14', title: 'Data Engineer (32–36 uur)', company: 'Waterschap Lange Venen', location: 'Woerden, Utrecht', format: 'div',
    role: 'DE', sector: SECTOR.PUBLIC, countries: ['NL'], mentions: ['DE', 'APIs', 'Data cleaning', 'Apache Spark', 'DS', 'Microsoft Azure ML', 'Git', 'Deployment pipelines', 'Python', 'Communication'],
    body: `Waterschap Lange Venen zorgt voor droge voeten en voldoende, schoon water in het veenweidegebied tussen Utrecht, Gouda en Amsterdam. We beheren 1.400 kilometer dijk, 60 gemalen en 9 rioolwaterzuiveringen. Als overheidsorganisatie werken we voor ruim 480.000 inwoners.

# Wat ga je doen?
Als Data Engineer bouw je mee aan ons dataplatform in Azure.
- Je ontsluit meetgegevens van gemalen, peilbuizen en sensoren via API's
- Je controleert en corrigeert meetreeksen op haperingen en uitschieters, zodat hydrologen erop kunnen bouwen
- Je zet datapijplijnen op in Azure Data Factory en Databricks (PySpark)
- Je helpt onze data scientists om hun voorspelmodellen voor waterpeilen met Azure Machine Learning in productie te brengen
- Je beheert code in Git en automatiseert releases met Azure DevOps-pipelines

# Wat vragen we?
- Hbo- of wo-denkniveau en minimaal 3 jaar ervaring in een vergelijkbare functie
- Goede kennis van Python en SQL
- Je legt technische keuzes helder uit aan collega's zonder IT-achtergrond
- De certificering Azure Data Engineer Associate is een pré

# Wat bieden we?
Salaris in schaal 10 (maximaal € 5.525 bruto per maand bij 36 uur), plus een Individueel Keuzebudget van 17,05%. Een vast contract na een jaar, goede pensioenopbouw en een fiets van de zaak. Een assessment kan deel uitmaken van de procedure.` },
  { id: 't14-b-15', title: 'Boekhouder (m/v/x) – voltijds', company: 'Uitzendkantoor Scheldeplus', location: '9000 Gent', industry: 'Uitzendbureaus en selectie', format: 'escaped',
    role: null, sector: null, countries: ['BE'], mentions: ['Power BI'],
    body: `Voor een klant in de regio Gent zijn we op zoek naar een gemotiveerde boekhouder. Het gaat om een vaste job met onmiddellijke indiensttreding, rechtstreeks in dienst bij de klant.

# Jouw taken
- Je boekt aankoop- en verkoopfacturen en volgt de openstaande posten op
- Je bereidt de btw-aangiftes en de intrastat-aangifte voor
- Je ondersteunt bij de maand- en jaarafsluiting
- Je stemt de bankrekeningen af en bent aanspreekpunt voor leveranciers

# Jouw profiel
- Bachelor boekhouden-fiscaliteit of gelijkwaardig door ervaring
- Je werkt vlot met Excel; kennis van Exact Online of Octopus is een plus
- Ervaring met Power BI is mooi meegenomen
- Nauwkeurig, discreet en sterk met cijfers

# Aanbod
Een marktconform loon aangevuld met maaltijdcheques, ecocheques, een hospitalisatieverzekering en een 13de maand. Glijdende werkuren en 1 dag thuiswerk per week.

Scheldeplus selecteert kandidaten op basis van hun competenties, ongeacht leeftijd, geslacht, afkomst, geloof, handicap of seksuele geaardheid.` },
  { id: 't14-b-16', title: 'Engenheiro/a de Machine Learning (MLOps)', company: 'Ondamar Telecomunicações', location: 'Lisboa ou Porto', locations: ['Lisboa', 'Porto'], countryHints: ['PT'], format: 'raw',
    role: 'MLE', sector: SECTOR.TELCO, countries: ['PT'], mentions: ['MLE', 'Kubeflow', 'Kubernetes', 'Google AI Platform', 'Deployment pipelines', 'Model evaluation', 'DS', 'Feature engineering', 'Python', 'Docker', 'TensorFlow', 'PyTorch'],
    body: `<div class="prose"><p>A Ondamar é o terceiro operador móvel português: servimos 2,8 milhões de clientes com rede móvel 5G, fibra até casa e televisão.</p><p>Procuramos um/a <strong>Engenheiro/a de Machine Learning</strong> para a equipa de Data &amp; AI, que coloca em produção os modelos que preveem churn, falhas de rede e procura de tráfego.</p><h3>O que vais fazer</h3><ul><li><p>Construir e manter pipelines de treino e inferência com Kubeflow sobre Kubernetes</p></li><li><p>Migrar os modelos existentes para o Vertex AI e automatizar o deploy com CI/CD</p></li><li><p>Implementar monitorização dos modelos em produção (drift, degradação da precisão)</p></li><li><p>Trabalhar com os cientistas de dados na criação de features reutilizáveis</p></li></ul><h3>O que procuramos</h3><ul><li><p>3+ anos de experiência em Python</p></li><li><p>Experiência com Docker e Terraform</p></li><li><p>Conhecimento de TensorFlow ou PyTorch</p></li><li><p>Português fluente e bom inglês</p></li></ul><h3>O que oferecemos</h3><p>Seguro de saúde extensível à família, subsídio de refeição em cartão, 25 dias de férias, modelo híbrido e telemóvel com tarifário ilimitado (claro).</p></div>` },
  { id: 't14-b-17', title: 'Cientista de Dados Pleno – Saúde Populacional', company: 'Rede Hospitalar Ipê Dourado', location: 'São Paulo - SP', format: 'html',
    role: 'DS', sector: SECTOR.HEALTH, countries: ['BR'], mentions: ['DS', 'Clustering', 'Decision trees', 'Regression', 'Data cleaning', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'R'],
    body: `Somos uma rede com 11 hospitais e 40 clínicas no estado de São Paulo, com mais de 2 milhões de atendimentos por ano.

# Responsabilidades
Como Cientista de Dados na área de Saúde Populacional, você vai:
- Segmentar pacientes crônicos por perfil de risco usando técnicas de clusterização
- Desenvolver modelos preditivos de reinternação (random forest, regressão logística)
- Tratar e padronizar dados do prontuário eletrônico, corrigindo inconsistências e registros duplicados
- Avaliar o impacto dos programas de cuidado com testes estatísticos
- Apresentar resultados para médicos e gestores de forma clara e objetiva

# Requisitos
- Graduação em Estatística, Ciência da Computação, Engenharia ou áreas afins
- Python (pandas, scikit-learn) e/ou R
- SQL
- Desejável: vivência com dados de saúde (CID-10, TUSS)

# Benefícios
- Vale-refeição, plano de saúde e odontológico
- Auxílio academia, PLR e day off no aniversário
- Regime CLT, modelo híbrido (3x por semana no escritório da Vila Mariana)

Vagas afirmativas: todas as pessoas são bem-vindas, e candidaturas de pessoas negras, pessoas com deficiência e pessoas LGBTQIAPN+ são especialmente incentivadas.` },
  { id: 't14-b-18', title: 'Analityk Business Intelligence (K/M)', company: 'Bank Bursztynowy S.A.', location: 'Gdańsk, pomorskie', industry: 'Bankowość', format: 'raw',
    role: 'BIA', sector: SECTOR.FIN, countries: ['PL'], mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'DE', 'Visualization', 'Tableau', 'Python'],
    body: `<div class="job-sections"><section id="st-companyDescription"><h2>Opis firmy</h2><div class="wysiwyg"><p>Dołącz do Departamentu Raportowania Zarządczego w naszej centrali w Gdańsku.</p></div></section><section id="st-jobDescription"><h2>Opis stanowiska</h2><div class="wysiwyg"><p>Jako Analityk Business Intelligence będziesz odpowiadać za:</p><ul><li>tworzenie i rozwój raportów w Power BI dla zarządu i sieci oddziałów,</li><li>weryfikację jakości danych i usuwanie rozbieżności między systemami źródłowymi,</li><li>przygotowywanie analiz ad hoc i przedstawianie ich interesariuszom w przystępnej formie,</li><li>współpracę z inżynierami danych przy rozbudowie hurtowni danych.</li></ul></div></section><section id="st-qualifications"><h2>Kwalifikacje</h2><div class="wysiwyg"><ul><li>min. 2 lata doświadczenia na podobnym stanowisku,</li><li>bardzo dobra znajomość SQL i DAX,</li><li>umiejętność wizualizacji danych (mile widziane doświadczenie z Tableau),</li><li>podstawy Pythona będą dodatkowym atutem,</li><li>komunikatywny angielski.</li></ul></div></section><section id="st-additionalInformation"><h2>Informacje dodatkowe</h2><div class="wysiwyg"><p>Oferujemy umowę o pracę, wynagrodzenie 12&nbsp;000–15&nbsp;500 zł brutto miesięcznie, premię roczną, pakiet medyczny, kartę sportową i pracę hybrydową (2 dni w tygodniu w biurze).</p><p>Administratorem Twoich danych osobowych jest Bank Bursztynowy S.A. z siedzibą w Gdańsku.</p></div></section></div>` },
  { id: 't14-b-19', title: 'Inżynier Computer Vision – systemy ADAS', company: 'Optikar Sp. z o.o.', location: 'Wrocław, dolnośląskie', format: 'text',
    role: 'CVE', sector: SECTOR.AUTO, countries: ['PL'], mentions: ['CVE', 'Neural networks', 'TensorFlow', 'C++', 'Model evaluation', 'Python', 'Linear algebra', 'Git'],
    body: `Optikar projektuje i produkuje kamery oraz moduły radarowe dla producentów samochodów. Nasze systemy wspomagania kierowcy jeżdżą w ponad 3 milionach aut w Europie. Zakład produkcyjny mamy w Oleśnicy, a centrum R&D we Wrocławiu.

# Twoje zadania
Jako Inżynier Computer Vision dołączysz do zespołu percepcji.
- rozwój sieci neuronowych do wykrywania pieszych, pasów ruchu i znaków drogowych
- optymalizacja modeli pod układy wbudowane (TensorFlow Lite, kwantyzacja)
- implementacja algorytmów w C++
- ocena skuteczności detekcji na nagraniach testowych i raportowanie wyników

# Wymagania
- wykształcenie wyższe: automatyka, informatyka, fizyka lub pokrewne
- min. 3 lata doświadczenia w przetwarzaniu obrazu
- C++17 oraz Python
- dobra znajomość geometrii i algebry liniowej
- praca z Git i Jira
- język angielski na poziomie B2

# Oferujemy
- umowę o pracę lub B2B; 16 000–22 000 zł brutto (UoP)
- elastyczne godziny pracy i prywatną opiekę medyczną
- budżet szkoleniowy i udział w konferencjach` },
  { id: 't14-b-20', title: 'Produktchef AI – Personalisering', company: 'Kvarnby Mode AB', location: 'Stockholm', format: 'double',
    role: 'AIPM', sector: SECTOR.RETAIL, countries: ['SE'], mentions: ['AIPM', 'DS', 'MLE', 'Hypothesis testing', 'Communication', 'Business acumen', 'Adaptability'],
    body: `Kvarnby Mode säljer kläder, skor och accessoarer från 400 varumärken i vår webbutik och i sju egna butiker i Sverige och Norge. Vi skickar omkring 25 000 paket i veckan.

# Om rollen
Som produktchef för AI (AI Product Manager) äger du allt som gör att kunden hittar rätt: rekommendationer, sök och storleksguide.
- Äga roadmapen för personalisering och sätta mål som går att mäta
- Prioritera tillsammans med våra data scientists och ML-ingenjörer
- Formulera hypoteser och följa upp A/B-tester
- Förklara vad modellerna gör – och inte gör – för inköp, marknad och ledning

# Vem är du?
- Minst 4 års erfarenhet som produktchef, gärna inom e-handel
- Du förstår hur marginaler, returer och lager hänger ihop
- Du trivs när saker förändras snabbt och prioriteringar skiftar
- Svenska och engelska flytande

Kollektivavtal, friskvårdsbidrag på 5 000 kr, personalrabatt på 30 % och hybridarbete från kontoret på Södermalm. Vi går igenom ansökningar löpande.` },
  { id: 't14-b-21', title: 'Deep Learning Specialist – lydbehandling', company: 'Høreklang A/S', location: '2750 Ballerup', format: 'escaped',
    role: 'DLS', sector: SECTOR.HEALTH, countries: ['DK'], mentions: ['DLS', 'Neural networks', 'Model evaluation', 'Python', 'PyTorch', 'C++', 'Continuous learning'],
    body: `Høreklang udvikler og producerer høreapparater og tilbehør, som sælges gennem audiologiske klinikker i 60 lande. Vi er 2.300 medarbejdere, heraf 400 i udviklingsafdelingen i Ballerup.

# Jobbet
Som Deep Learning Specialist i vores Audio Intelligence-team:
- udvikler du neurale netværk, der adskiller tale fra støj i realtid
- træner og evaluerer du modeller på store lyddatasæt, både med objektive mål og i lyttetests med brugere
- komprimerer du modeller, så de kan køre på en chip med meget lidt strøm (kvantisering, pruning)
- samarbejder du tæt med DSP-ingeniører og firmwareudviklere

# Din profil
- Ph.d. eller kandidat med fokus på maskinlæring eller signalbehandling
- Stærk i Python og PyTorch; C++ er en fordel
- Du holder dig opdateret på ny forskning og deler gerne det, du lærer
- Du taler og skriver engelsk; dansk er ikke et krav

Vi tilbyder pension, sundhedsordning, kantine og fleksibel arbejdstid. Ansøgningsfrist: 15. marts – vi holder samtaler løbende.` },
  { id: 't14-b-22', title: 'Seniorrådgiver – dataanalytiker', company: 'Havneforvaltningsdirektoratet', location: '0150 Oslo', countryHints: ['NO'], format: 'raw',
    role: null, sector: SECTOR.PUBLIC, countries: ['NO'], mentions: ['Visualization', 'Hypothesis testing', 'Communication', 'R', 'Python', 'Tableau'],
    body: `<p>Havneforvaltningsdirektoratet er et statlig direktorat som fører tilsyn med landets havner og farleder og forvalter sjøtrafikkdata for hele kysten. Vi har om lag 240 ansatte i Oslo, Bergen og Tromsø.</p><p>Vi søker en seniorrådgiver som skal jobbe som dataanalytiker i seksjon for statistikk og analyse.</p><h2>Arbeidsoppgaver</h2><ul><li>analysere AIS-data om skipstrafikk og havneanløp</li><li>utvikle statistikk og visualiseringer til publikasjoner og til departementet</li><li>teste hypoteser om effekten av nye regler med statistiske metoder</li><li>formidle funn muntlig og skriftlig til ledelsen</li></ul><h2>Kvalifikasjoner</h2><ul><li>mastergrad i statistikk, samfunnsøkonomi eller tilsvarende</li><li>erfaring med R eller Python</li><li>kjennskap til Tableau er en fordel</li><li>god skriftlig fremstillingsevne på norsk</li></ul><h2>Vi tilbyr</h2><ul><li>stillingen lønnes som seniorrådgiver (kode 1364), lønnsspenn kr 720&nbsp;000–860&nbsp;000</li><li>medlemskap i Statens pensjonskasse</li><li>fleksitid og trening i arbeidstiden</li></ul><p>Staten som arbeidsgiver skal gjenspeile mangfoldet i befolkningen. Vi oppfordrer alle kvalifiserte kandidater til å søke, uavhengig av alder, kjønn, funksjonsevne eller etnisk bakgrunn.</p>` },
  { id: 't14-b-23', title: 'Datový inženýr / Data Engineer', company: 'Vltava Mobil a.s.', location: 'Praha 8', industry: 'Telekomunikace', format: 'div',
    role: 'DE', sector: SECTOR.TELCO, countries: ['CZ'], mentions: ['DE', 'Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'DS', 'BIA', 'Python', 'Git', 'Docker'],
    body: `Do našeho týmu Big Data hledáme datového inženýra nebo datovou inženýrku.

# Co tě čeká
- návrh a vývoj datových pipeline v Apache Spark a Kafka
- správa našeho Hadoop clusteru a jeho postupná migrace do cloudu
- kontrola kvality dat a čištění záznamů o provozu
- spolupráce s datovými vědci a BI analytiky

# Co od tebe očekáváme
- alespoň 3 roky praxe na pozici Data Engineer
- Python nebo Scala, pokročilé SQL
- zkušenosti s Gitem a Dockerem
- komunikativní angličtina

# Co nabízíme
5 týdnů dovolené, 3 sick days, stravenkový paušál, sportovní kartu, příspěvek na penzijní spoření a služební telefon s neomezeným tarifem. Kancelář je kousek od metra Invalidovna.` },
  { id: 't14-b-24', title: 'NLP Engineer / Kieliteknologiainsinööri', company: 'Puheaalto Oy', location: '00100 Helsinki', format: 'html',
    role: 'NLP_ENG', sector: SECTOR.IT, countries: ['FI'], mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'Docker', 'APIs', 'Python', 'PyTorch', 'Continuous learning'],
    body: `Puheaalto kehittää puheentunnistus- ja tekstianalytiikkaohjelmistoja, joita käyttävät mediatalot, vakuutusyhtiöt, kunnat ja asiakaspalvelukeskukset eri puolilla Pohjoismaita. Tarjoamme tuotteemme SaaS-palveluna ja rajapintojen kautta.

# Tehtävä
NLP Engineerinä vastaat:
- suomen- ja ruotsinkielisten kielimallien hienosäädöstä (transformer-mallit)
- mallien laadun mittaamisesta: sanavirheprosentti, tarkkuus ja saanti
- mallien paketoinnista Docker-kontteihin ja julkaisemisesta REST-rajapinnan kautta

# Odotamme sinulta
- vahvaa Python-osaamista ja kokemusta PyTorchista
- ymmärrystä kieliteknologiasta ja tilastollisista menetelmistä
- halua oppia uutta ja seurata alan tutkimusta
- sujuvaa suomea tai ruotsia sekä englantia

# Tarjoamme
Kilpailukykyisen palkan (4 800–6 200 €/kk), liikunta- ja kulttuuriedun, lounasedun, etätyömahdollisuuden ja kattavan työterveyshuollon. Haku päättyy 28.2.` },
  { id: 't14-b-25', title: 'Senior MLOps Engineer', company: 'Tracebloom GmbH', location: 'Berlin, Germany', format: 'raw',
    role: 'MLE', sector: SECTOR.IT, countries: ['DE'], mentions: ['MLE', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'MLflow', 'Model evaluation', 'DS', 'Python', 'Communication'],
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Tracebloom builds an observability platform that engineering teams at 1,800 companies &amp;ndash; from game studios to freight forwarders &amp;ndash; use to trace requests, catch anomalies and keep their services up at 3 a.m. We're 160 people, mostly in Berlin, and profitable since 2023.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;We're looking for a &lt;strong&gt;Senior MLOps Engineer&lt;/strong&gt; to own the infrastructure behind our anomaly-detection models. Today those models score 2 billion spans a day; next year it will be a lot more.&lt;/p&gt;
&lt;h3&gt;What you'll do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Run training and serving on our Kubernetes clusters and package everything in Docker&lt;/li&gt;
&lt;li&gt;Build CI/CD with GitHub Actions so that a model ships like any other service in our GitHub monorepo&lt;/li&gt;
&lt;li&gt;Track experiments and model versions in MLflow&lt;/li&gt;
&lt;li&gt;Set up model monitoring in production: data drift, alert precision, latency budgets&lt;/li&gt;
&lt;li&gt;Partner with our data scientists and the other ML engineers on the team&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What you bring&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;5+ years in infrastructure, platform or ML engineering&lt;/li&gt;
&lt;li&gt;Strong Python; Go is a plus&lt;/li&gt;
&lt;li&gt;Hands-on AWS (EKS, S3, IAM). AWS certification preferred.&lt;/li&gt;
&lt;li&gt;You write things down and explain trade-offs clearly to people who weren't in the room&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What we offer&lt;/h3&gt;
&lt;p&gt;&amp;euro;85,000 &amp;ndash; &amp;euro;105,000 plus virtual shares, 30 days of vacation, a sports membership, a &amp;euro;1,500 learning budget and a hybrid setup (2 days a week at our office near Ostkreuz). Visa and relocation support are available.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Tracebloom is an equal opportunity employer. We welcome applications regardless of gender, nationality, ethnic or social origin, religion, disability, age or sexual identity.&lt;/p&gt;&lt;/div&gt;` },
  { id: 't14-b-26', title: 'Analytics Engineer', company: 'Zonnedal Vakanties B.V.', location: 'Amsterdam, Netherlands (Hybrid)', format: 'html',
    role: null, sector: null, countries: ['NL'], mentions: ['DE', 'Data cleaning', 'Git', 'Deployment pipelines', 'Google Data Studio', 'Python', 'Communication'],
    body: `Zonnedal runs 31 holiday parks in the Netherlands, Belgium and Germany – cottages, campsites and a handful of glamping spots – and welcomes 1.2 million guests a year.

# The job
As Analytics Engineer you sit between our data engineers and the analysts in revenue management and marketing. Our morning reports should spark decisions, not questions.
- Model booking, pricing and guest data in dbt on top of Snowflake
- Write tests that catch duplicate bookings, missing prices and broken joins before anyone sees them
- Keep our dbt project in GitLab and run it through CI on every merge request
- Maintain the Looker Studio reports the park managers open every morning
- Write the odd ingestion script in Python

# About you
- 2+ years of SQL-heavy work in analytics or data engineering
- You like explaining data to colleagues who don't live in spreadsheets
- English is our working language; Dutch is nice to have

# What we offer
€4,200 – €5,600 gross per month, 8% holiday allowance, 27 days off, a travel allowance and one free week in any of our parks every year.` },
  { id: 't14-b-27', title: 'Decision Scientist – Pricing & Capacity', company: 'Sundlinjen Ferries A/S', location: 'Copenhagen, Denmark or Malmö, Sweden', locations: ['Copenhagen, Denmark', 'Malmö, Sweden'], format: 'div',
    role: 'DS', sector: null, countries: ['DK', 'SE'], mentions: ['DS', 'Regression', 'Hypothesis testing', 'Critical thinking', 'Communication', 'Probability', 'Python', 'Business acumen'],
    body: `Sundlinjen operates six car and passenger ferries across the Øresund and the Kattegat, carrying 4 million passengers and 900,000 freight units a year.

We're hiring a Decision Scientist to help us decide how to price crossings and how to allocate deck space between cars, trucks and trailers. You'll join a small team of data scientists and analysts in the commercial department.

# What you'll work on
- Build demand models (regression, price elasticity) for passenger and freight bookings
- Design pricing experiments and read them out properly, significance included
- Challenge assumptions baked into our existing pricing rules
- Present recommendations to the commercial director and the route managers

# What we're looking for
- MSc in statistics, economics, operations research or similar
- A solid grounding in probability and statistics
- Python and SQL
- Commercial awareness: you understand yield, margin and load factor

Danish or Swedish employment contract depending on where you live. Pension, lunch scheme and free crossings for you and your family.` },
  { id: 't14-b-28', title: 'Applied Scientist, Recommendations (Search & Discovery)', company: 'Kumorai Inc.', location: 'Shibuya-ku, Tokyo 150-0002', countryHints: ['JP'], format: 'raw',
    role: 'ARS', sector: SECTOR.IT, countries: ['JP'], mentions: ['ARS', 'Neural networks', 'PyTorch', 'Model evaluation', 'Hypothesis testing', 'Apache Spark', 'Communication', 'Python', 'C++', 'Java'],
    body: `<p><b>About Kumorai</b></p><p>Kumorai provides recommendation and search APIs to more than 300 companies in Japan and Korea. E-commerce sites, news apps, travel agencies and video services plug our engine in instead of building their own.</p><p></p><p><b>The Role</b></p><p>As an Applied Scientist on the Search &amp; Discovery team, you'll research new ranking models and ship them to production.</p><p></p><p><b>Responsibilities</b></p><ul><li>Develop deep learning ranking models (two-tower retrieval, sequence transformers) in PyTorch</li><li>Run offline evaluation (NDCG, recall@k) and design online A/B tests with our clients</li><li>Process click and impression logs with Spark</li><li>Write internal papers and present at our weekly research reading group</li></ul><p><b>Qualifications</b></p><ul><li>PhD or MS in computer science, machine learning or a related field, with 3+ years of industry experience</li><li>Python; C++ or Java for model serving is a plus</li><li>Business-level Japanese (JLPT N2) or fluent English</li></ul><p><b>Compensation &amp; Benefits</b></p><p>Annual salary ¥9,000,000 – ¥14,000,000 depending on experience. Flextime, remote work up to 3 days a week, relocation and visa support.</p>` },
  { id: 't14-b-29', title: 'Process Engineer – Cathode Coating (Battery Cell Plant)', company: 'Onnuri Cell Materials Co., Ltd.', location: 'Cheongju, Chungcheongbuk-do, South Korea', industry: 'Secondary Battery Manufacturing', format: 'text',
    role: null, sector: SECTOR.AUTO, countries: ['KR'], mentions: ['Hypothesis testing', 'Python'],
    body: `Onnuri makes lithium-ion battery cells for electric vehicles and energy storage at two plants in Cheongju and one in Gumi.

# Responsibilities
- Own yield and defect rates on the cathode coating and calendering lines
- Lead root-cause analysis and design experiments (DOE) to tune coating speed and drying temperature
- Use statistical process control and significance tests (t-tests, ANOVA) to confirm process changes
- Work with the R&D center on new electrode formulations moving into mass production
- Write shift reports and train line operators; enforce dry-room rules (no open flames or spark sources)

# Requirements
- BS/MS in chemical, materials or mechanical engineering
- 3+ years in a battery, display or semiconductor fab
- Data analysis in Minitab, JMP or Python
- Korean (native level) and working English

# We offer
Rotational shift allowance, company housing for employees from outside the region, and a shuttle bus from Cheongju station.` },
  { id: 't14-b-30', title: 'Backend Software Engineer – Fraud Decisioning', company: 'Ofekra Risk Systems', location: 'Tel Aviv-Yafo, Israel', format: 'escaped',
    role: null, sector: SECTOR.FIN, countries: ['IL'], mentions: ['Java', 'APIs', 'Kafka', 'Kubernetes', 'Docker', 'Deployment pipelines', 'DS', 'Git', 'Problem-solving'],
    body: `Ofekra's fraud-scoring engine screens card payments and bank transfers for 45 banks and payment processors, deciding in under 50 ms whether a transaction looks legitimate.

# What you'll do
- Build and scale the Java services behind our real-time decision API
- Stream transactions through Kafka and keep latency flat at peak load
- Deploy on Kubernetes with Docker and own your services' CI/CD pipelines
- Work with our data scientists to serve their models at low latency

# Requirements
- 4+ years of backend development in Java or Kotlin (our dashboards are TypeScript/JavaScript, but this role is backend only)
- Experience with high-throughput distributed systems
- Comfortable with Git and thorough code review
- You enjoy solving hard problems and digging into production incidents
- Hebrew or English at a professional level

Hybrid, 3 days a week in our office near Sarona. Ofekra is an equal opportunity employer.` },
  { id: 't14-b-31', title: 'Customer Care Team Leader – Arabic/English', company: 'Nilewave Mobile S.A.E.', location: 'New Cairo, Cairo, Egypt', industry: 'Telecommunications', format: 'div',
    role: null, sector: SECTOR.TELCO, countries: ['EG'], mentions: ['Power BI', 'Communication', 'Problem-solving'],
    body: `Nilewave Mobile serves 14 million prepaid and postpaid subscribers across Egypt with 4G and home internet.

# Key responsibilities
- Lead a team of 15–20 agents in our New Cairo contact center
- Monitor KPIs (AHT, FCR, CSAT) and coach agents every day
- Handle escalated complaints about billing, roaming and network coverage
- Prepare weekly reports in Excel; experience building Power BI reports is an advantage

# Requirements
- Bachelor's degree; 3+ years in call centers, at least 1 as a team leader
- Excellent communication skills in Arabic and English
- Strong problem-solving skills and a calm head
- Completed or exempted from military service (male applicants)

Position level: Grade R2 (supervisory). Transportation, medical insurance and quarterly incentives.` },
  { id: 't14-b-32', title: 'Machine Learning Platform Engineer', company: 'Bến Xanh Marketplace', location: 'District 7, Ho Chi Minh City, Vietnam', countryHints: ['VN'], format: 'raw',
    role: 'MLE', sector: SECTOR.RETAIL, countries: ['VN'], mentions: ['MLE', 'DS', 'Kubeflow', 'Kubernetes', 'Kafka', 'Deployment pipelines', 'Model evaluation', 'Python', 'Docker', 'CERT_GCP'],
    body: `<div class="section page-centered" data-qa="job-description"><div><b>Bến Xanh</b> is Vietnam's marketplace for home goods and groceries: 40,000 sellers, 9 million monthly shoppers and same-day delivery in Hanoi and Ho Chi Minh City.</div><div><br></div><div>As a Machine Learning Platform Engineer, you'll build the platform our data scientists use to train and ship ranking, fraud and delivery-time models.</div></div><div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements plain-list"><li>Operate Kubeflow Pipelines and model serving on Kubernetes</li><li>Build real-time inference services fed by Kafka streams</li><li>Automate training and releases through CI/CD</li><li>Add monitoring for model drift and prediction quality in production</li></ul></div><div class="section page-centered"><h3>What we're looking for</h3><ul class="posting-requirements plain-list"><li>3+ years of software or ML infrastructure engineering</li><li>Python and Go</li><li>Docker, Terraform and GCP</li><li>Google Cloud Professional Machine Learning Engineer certification is a plus</li><li>English for daily work; Vietnamese is a plus</li></ul></div><div class="section page-centered"><h3>Perks</h3><ul class="posting-requirements plain-list"><li>13th-month salary and performance bonus</li><li>Premium health insurance for you and your family</li><li>MacBook Pro and a lunch allowance</li></ul></div>` },
  { id: 't14-b-33', title: 'Coffee Quality Analyst (Q Grader)', company: 'Cooperativa Cafetera Cerro Nublado', location: 'Manizales, Caldas, Colombia', format: 'double',
    role: null, sector: null, countries: ['CO'], mentions: [],
    body: `We are a cooperative of 2,300 smallholder coffee farmers in Caldas and Risaralda. We buy our members' parchment coffee, mill it and export specialty lots to roasters in Europe, Asia and North America.

# What you will do
- Cup and grade incoming lots following the SCA protocol and assign quality categories
- Keep moisture, density and defect records for every lot
- Prepare pre-shipment and offer samples
- Train member farmers on fermentation and drying practices

# Requirements
- Current Q Arabica Grader certificate
- 2+ years of cupping experience
- Excel for lot records
- English at B2 level

Reporting to: Andrés Watson, Quality & Export Manager. Full-time, Monday to Friday, with some Saturdays during the main harvest.` },
  { id: 't14-b-34', title: 'Credit Risk Analyst (Scorecards)', company: 'Lendora Polska sp. z o.o.', location: 'Warszawa or Gdańsk', locations: ['Warszawa, mazowieckie', 'Gdańsk, pomorskie'], format: 'raw',
    role: null, sector: SECTOR.FIN, countries: ['PL'], mentions: ['Regression', 'Decision trees', 'Model evaluation', 'Communication', 'Python', 'R', 'Business acumen'],
    body: `<div class="prose"><p>Lendora offers instalment loans and credit lines online to 700,000 customers in Poland and Czechia. Decisions take minutes, and our risk team is why they are good ones.</p><h3>What you'll do</h3><ul><li><p>Build and recalibrate application and behavioural scorecards (logistic regression)</p></li><li><p>Challenge the scorecards with gradient boosting benchmarks</p></li><li><p>Monitor model performance every month (Gini, PSI, default rates by vintage)</p></li><li><p>Explain model changes to the credit committee and to the regulator</p></li></ul><h3>What you bring</h3><ul><li><p>2+ years in credit risk modelling</p></li><li><p>SAS or Python; R is welcome too</p></li><li><p>A good grasp of the unit economics of consumer lending</p></li><li><p>Fluent Polish and English</p></li></ul><h3>What we offer</h3><p>Employment contract (PLN 14,000 – 19,000 gross per month) or B2B, private medical care, a sports card and hybrid work from our offices in Warsaw (Mokotów) or Gdańsk (Oliwa).</p></div>` },
  { id: 't14-b-35', title: 'AI Product Manager, Conversation Insights', company: 'Murmurly', location: 'Remote - EMEA', format: 'html',
    role: 'AIPM', sector: SECTOR.IT, countries: [], mentions: ['AIPM', 'Model evaluation', 'NLP_ENG', 'DS', 'Communication', 'Adaptability', 'Business acumen'],
    body: `Murmurly is help-desk software for support teams of 20 to 2,000 agents. Around 5,000 companies – airlines, SaaS startups, utilities, retailers – answer their customers' emails and chats in Murmurly every day.

# The role
As AI Product Manager for Conversation Insights, you'll own the features that summarise tickets, detect topics and flag unhappy customers before they churn.
- Define what good looks like: evaluation sets, quality metrics and guardrails for our LLM features
- Work daily with our NLP engineers and data scientists
- Talk to customers, write crisp specs, and explain trade-offs to sales and leadership
- Re-plan without drama when the model landscape shifts under us every quarter

# You have
- 4+ years of product management, at least 2 of them on ML or AI products
- Enough SQL to answer your own questions
- Commercial sense: you know how a feature turns into revenue

We hire in any EMEA country where we have an entity or can use an employer of record; you'll overlap at least four hours with CET. Salary €95k – €120k depending on location, plus equity and a home-office budget.` },
  { id: 't14-b-36', title: 'Data Analyst, Kerbside Parking', company: 'Kerbmetric Pte. Ltd.', location: 'Singapore', format: 'escaped',
    role: null, sector: SECTOR.PUBLIC, countries: ['SG'], mentions: ['Clustering', 'Data cleaning', 'Tableau', 'Visualization', 'Communication', 'Python', 'Pandas'],
    body: `Kerbmetric makes sensor-based parking systems for city councils: we guide drivers to free bays, enforce time limits and help town planners price kerbside space. Our systems run in 18 cities across Southeast Asia and Australia.

# What you'll do
- Analyse occupancy and turnover across 60,000 sensored bays
- Segment streets into demand profiles with k-means clustering
- Validate sensor feeds and remove duplicate or faulty readings
- Build Tableau dashboards and charts for our council clients
- Present findings to council transport officers

# Requirements
- Degree in statistics, urban planning, transport engineering or similar
- Python (pandas) and SQL
- 2+ years of experience as a data analyst

Hybrid, office at one-north. CPF contributions, 18 days of annual leave and medical benefits.` },
];
