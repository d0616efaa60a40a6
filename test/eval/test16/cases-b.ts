// test16, half B: 36 held-out postings from outside the English-speaking boards' home markets.
//
// Composition
// - 24 postings written entirely in another language, 12 languages: German t16-b-01 (DE), -02 (AT), -03 (CH);
//   French -04 (FR), -05 (BE), -06 (CA/Québec); Spanish -07 (ES), -08 (MX), -09 (CL); Italian -10, -11;
//   Dutch -12 (NL), -13 (BE/Flanders); Portuguese -14 (PT), -15 (BR); Polish -16, -17; Swedish -18, -19;
//   Danish -20; Norwegian -21; Czech -22, -23; Finnish -24. Locations as local boards write them (postcodes,
//   "ZH", "(38)", "QC", "CDMX", "Región Metropolitana", "(BO)", "wielkopolskie", "län", "Praha 5", "kraj").
// - 12 postings in English from elsewhere: -25 Germany, -26 Netherlands, -27 Sweden/Finland, -28 Japan,
//   -29 South Korea, -30 Israel, -31 Egypt, -32 Vietnam, -33 Colombia, -34 Poland, -35 remote EMEA,
//   -36 Singapore.
// - Roles: 24 among the seed's ten (DS 4, MLE 4, BIA 3, DE 3, ARS 2, CVE 2, NLP 2, AIPM 2, ROBO 1, DLS 1),
//   12 other jobs (warehouse, nurse, driver ×2, lab technician, data analyst, accountant, home-care assistant,
//   analytics engineer, credit risk analyst, backend engineer, sous chef).
// - Sectors: FIN 5, RETAIL 5, HEALTH 4, AUTO 4, PUBLIC 4, IT 4, TELCO 3, null 7.
// - Formats: raw 12 (Personio -01, JSON-LD -04/-30, SmartRecruiters -07, Workday -10/-33, Recruitee -13,
//   Teamtailor -18, Greenhouse content -22/-28, Lever -25/-35), html 6, div 4, escaped 4, double 3, text 7.
// - Board industry field on six: -03, -14, -17, -20, -24 (local language), -29 (English).
//
// Hard calls
// Sector
// - 03 Swiss wholesaler of plumbing and heating supplies to installers ("Grosshandel"): wholesalers and
//   distributors of goods are Retail.
// - 04 inspection stations for production lines, sold to car-part, pharma-packaging and appliance factories:
//   a system made for factories → AUTO, although the customers' industries differ.
// - 05 Belgian electricity and gas supplier with wind parks: energy → null, although the job is BI.
// - 09 Chilean road haulier for fruit growers, salmon farms and mines: logistics not for online shops → null.
// - 11 non-profit foundation doing biomedical research: research institute → null (not Healthcare).
// - 13 Flemish intercommunale (association of 13 municipalities) collecting waste and supporting mobility
//   plans: a body of local government → PUBLIC.
// - 14 airline (industry field "Aviação e transporte aéreo") → null.
// - 15 Brazilian AI company whose document/vision APIs serve banks, retailers, insurers and agribusiness:
//   multi-sector tech → IT.
// - 16 dairy producer: food maker → AUTO (Manufacturing).
// - 17 accounting office (biuro rachunkowe) → FIN.
// - 18 maker of collaborative picking robots, assembled in its own factory → AUTO.
// - 19 Swedish municipality's home-care service: the employer is the kommun → PUBLIC (not Healthcare).
// - 20 the employer says what it is only in the closing "Om os" paragraph (mobile and fibre operator) and in
//   the industry field → TELCO.
// - 21 state directorate under the transport ministry → PUBLIC.
// - 22 private AI research lab that licenses its models to software firms: an AI lab that is a company → IT.
// - 23 supermarket chain's own delivery drivers → RETAIL.
// - 24 maker of drilling rigs for mines and tunnels: a machine maker → AUTO (not null as mining would be).
// - 25 HR platform for mid-sized companies: business software any company uses → IT.
// - 26 news publisher → null (media).
// - 28 search/translation software used by law firms, manufacturers, game studios and city offices → IT.
// - 29 no self-description beyond the name, "base stations" and the industry field → TELCO.
// - 31 maker of generic medicines → HEALTH.
// - 33 traffic-signal platform run for city mobility departments → PUBLIC (Smart Cities).
// - 34 consumer lender, described only at the end → FIN.
// - 35 recruiter for "a Series B scale-up" that never says what the client does → null.
// - 36 hotel kitchen → null.
// Role
// - 13 "Data-analist" and 26 "Analytics Engineer" and 34 "Credit Risk Analyst" → null; 35 "Senior Backend
//   Engineer (Go)" → null.
// - 16 "Analityk Business Intelligence" and 31 "Business Intelligence Developer" → BIA; 05 English title in a
//   French posting → BIA.
// - 22 Czech "Výzkumník/Výzkumnice v oblasti umělé inteligence" → ARS; 27 "Applied Scientist" → ARS.
// - 24 Finnish "Konenäköinsinööri" → CVE; 18 Swedish "Robotikingenjör" → ROBO; 21 Norwegian
//   "Maskinlæringsingeniør" → MLE; 14 Portuguese "Engenheiro(a) de Dados" → DE; 15 "Especialista em Deep
//   Learning" → DLS; 25 "MLOps Engineer" → MLE.
// Mentions
// - The title's role is listed only where the body names it too (it does in all 24 role cases, in the local
//   language where the posting is not in English).
// - Colleague roles: 02, 07, 10, 14, 25, 29, 32 name data scientists → DS; 10, 25, 27, 30 name ML engineers →
//   MLE; 13, 26 name data engineers → DE; 24 works with robotics engineers → ROBO. 32 asks for "3+ years as a
//   machine learning engineer or data scientist" → both MLE and DS. 28 "product managers" are not AIPM.
// - GitHub Actions / GitLab CI / Jenkins / "CI/CD" → Deployment pipelines; Git is listed only where Git or a
//   GitHub/GitLab repository is named (not for 25, where only GitHub Actions appears).
// - Model evaluation: 01 out-of-time validation and monitoring, 02 monitoring model quality, 04 precision and
//   recall, 08 backtesting, 10 how ranking models are evaluated (precision, recall, NDCG), 12/28 evaluation
//   sets, 15 offline evaluations, 21 accuracy over time, 22 evaluating models, 25 drift/accuracy monitoring,
//   27 offline evaluation, 30 sensitivity/specificity targets, 32 recall@k/NDCG, 34 scorecard monitoring and
//   backtests. 18 evaluating grasp strategies in simulation is not model evaluation.
// - Data cleaning: 05, 07, 13, 14, 16, 26 (dbt tests catching duplicates), 29 (validation rules), 31. Not in 03
//   ("Bereinigen von Lagerplätzen" is tidying warehouse bins) and not in 11 (sample registration only).
// - Communication for the non-tech jobs where communication itself is asked for: 06, 09, 19; not in 17
//   ("Kontakt z klientami" is a duty, not a skill asked for).
// - Business acumen: 05 (profit levers of an energy supplier), 08, 10, 16, 20, 26 (what matters to a
//   subscription business), 30 (how hospitals buy software).
// - Critical thinking: 02 ("Dinge zu hinterfragen"), 20 ("stiller spørgsmål ved antagelser").
// - Adaptability: 06, 19, 32 (ambiguity), 35. Continuous learning: 11 ("voglia di imparare"), 15, 22, 27.
// - 32 "Vertex AI" → Google AI Platform; 26 Looker Studio → Google Data Studio; 31 Power Query alone is not a
//   label (Power BI is named separately).
// - Traps left unlabelled: 01 "F&E" and "Go-live"; 04 R&D; 03 Julia (a person), Excel; 11 "livello D";
//   13 "niveau A1a"; 15 "R$" (currency); 19 "B-körkort"; 21 Azure (cloud only); 22 "GPU cluster";
//   23 "skupiny C"; 25 "AWS certification preferred"; 28 Go (language and "go live"); 29 Kubernetes cluster
//   (Kubernetes yes, Clustering no); 33 Julia Restrepo (a person); 34 "Grade: R3"; 35 JavaScript (not Java),
//   Go; 36 "spark ideas", Excel; 08 "Certificación de AWS deseable" (generic, no certification label).
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST16_B: HoldoutCase[] = [
  {
    id: 't16-b-01', title: 'Data Scientist (m/w/d) Tarifierung Kfz',
    company: 'Hallerbrunn Versicherungsgruppe', location: '80339 München',
    format: 'raw',
    body: `<h2>Über uns</h2><p>Seit 1911 versichern wir Autos, Häuser und Betriebe in Bayern und Baden-Württemberg – heute vertrauen uns rund 1,4 Millionen Kundinnen und Kunden. Unsere Kfz-Sparte wächst, und mit ihr unser Team Pricing &amp; Analytics.</p>
<h2>Deine Aufgaben</h2><ul><li>Als Data Scientist entwickelst du unsere Tarifmodelle für die Kfz-Versicherung weiter – von klassischen GLMs bis zu Gradient-Boosting-Verfahren</li><li>Du baust aus Telematik-, Schaden- und Vertragsdaten aussagekräftige Merkmale für die Modelle</li><li>Du validierst deine Modelle out-of-time und überwachst ihre Güte nach dem Go-live</li><li>Du stellst deine Ergebnisse dem Aktuariat und dem Vertrieb verständlich vor</li><li>Du arbeitest in unserem F&amp;E-Arbeitskreis „Telematik 2030“ mit</li></ul>
<h2>Dein Profil</h2><ul><li>Abgeschlossenes Studium der Mathematik, Statistik, Aktuarwissenschaften oder vergleichbar</li><li>Sehr gute Kenntnisse in Python (pandas, scikit-learn) oder R</li><li>Erfahrung mit Git und sauberer Code-Dokumentation</li><li>Idealerweise erste Berührungspunkte mit der Kfz-Tarifierung; eine begonnene DAV-Ausbildung ist ein Plus</li><li>Sehr gute Deutschkenntnisse (C1) und gute Englischkenntnisse</li></ul>
<h2>Was wir bieten</h2><ul><li>Tarifvertrag der privaten Versicherungswirtschaft, 38-Stunden-Woche</li><li>Bis zu 3 Tage mobiles Arbeiten pro Woche</li><li>30 Tage Urlaub plus 24.12. und 31.12. frei</li><li>JobRad, Zuschuss zum Deutschlandticket, betriebliche Altersvorsorge</li></ul>
<p>Wir freuen uns auf deine Bewerbung über unser Karriereportal – bitte mit Gehaltsvorstellung und frühestmöglichem Eintrittstermin.</p>`,
    role: 'DS', sector: SECTOR.FIN, countries: ['DE'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Git'],
  },
  {
    id: 't16-b-02', title: 'Machine Learning Engineer (w/m/d) – Netzqualität',
    company: 'Tauernwelle Mobilfunk GmbH', location: '1030 Wien',
    format: 'text',
    body: `Über 2,1 Millionen Menschen in Österreich telefonieren, streamen und surfen über unser Mobilfunk- und Glasfasernetz. Damit das auch am Arlberg und im Mühlviertel zuverlässig klappt, werten wir täglich Milliarden Messpunkte aus unseren Funkzellen aus.

# Deine Rolle
Im Team Network Intelligence bringst du Modelle zur Störungsvorhersage vom Notebook in den Betrieb. Du arbeitest eng mit unseren Data Scientists und den Kolleg:innen aus dem Netzbetrieb zusammen.
- Aufbau und Betrieb von Trainings- und Inferenz-Pipelines (Python, Docker, Kubernetes)
- Versionierung von Modellen und Experimenten mit MLflow
- Automatisierte Deployments über GitLab CI
- Überwachung der Modellgüte im Produktivbetrieb und Alarmierung bei Drift
- Verarbeitung großer Datenmengen mit PySpark

# Das bringst du mit
- Abgeschlossene technische Ausbildung (TU, FH) oder gleichwertige Praxis
- Mind. 3 Jahre Erfahrung als Machine Learning Engineer oder als Software Engineer mit ML-Bezug
- Sicherer Umgang mit Git und Code-Reviews
- Freude daran, Dinge zu hinterfragen und Probleme strukturiert zu lösen
- Deutsch und Englisch fließend

# Unser Angebot
Hybrides Arbeiten (bis zu 60 % Homeoffice), Öffi-Jahreskarte, Gratis-Tarif für dich und deine Familie, jährliches Weiterbildungsbudget.

Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 4.150 brutto pro Monat (14 Gehälter). Abhängig von Qualifikation und Erfahrung ist eine Überzahlung selbstverständlich.`,
    role: 'MLE', sector: SECTOR.TELCO, countries: ['AT'],
    mentions: ['MLE', 'DS', 'Python', 'Docker', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Model evaluation', 'Apache Spark', 'Git', 'Critical thinking', 'Problem-solving'],
  },
  {
    id: 't16-b-03', title: 'Logistiker/in EFZ 100% – Kommissionierung',
    company: 'Hollwanger Installationsbedarf AG', location: '8604 Volketswil ZH',
    industry: 'Grosshandel',
    format: 'html',
    body: `Wir beliefern Sanitär- und Heizungsinstallateure in der ganzen Deutschschweiz mit über 60'000 Artikeln – vom Eckventil bis zur Wärmepumpe. Bestellt ein Installateur bis 17 Uhr, steht die Ware am nächsten Morgen auf seiner Baustelle.

# Ihre Aufgaben
- Kommissionieren und Verpacken von Kundenaufträgen mit dem Handscanner
- Warenannahme, Kontrolle der Lieferscheine und Einlagerung
- Bedienen von Stapler und Schubmaststapler
- Mithilfe bei Inventuren und beim Bereinigen von Lagerplätzen

# Ihr Profil
- Abgeschlossene Lehre als Logistiker/in EFZ oder mehrjährige Erfahrung im Lager
- Staplerausweis (SUVA-anerkannt)
- Grundkenntnisse in Excel und SAP von Vorteil
- Zuverlässig, belastbar und teamfähig
- Gute Deutschkenntnisse in Wort und Schrift

# Wir bieten
Moderne Arbeitsplätze, 5 Wochen Ferien, Personalrestaurant, gute Anbindung an den ÖV (Bus 743) und Gratisparkplätze. Arbeitszeiten: Frühschicht 06.00–14.45 Uhr oder Spätschicht 10.15–19.00 Uhr.

Haben wir Ihr Interesse geweckt? Dann freut sich Frau Julia Meierhans auf Ihre vollständigen Bewerbungsunterlagen.`,
    role: null, sector: SECTOR.RETAIL, countries: ['CH'],
    mentions: [],
  },
  {
    id: 't16-b-04', title: 'Ingénieur Vision par Ordinateur F/H – CDI',
    company: 'Visiolyre', location: 'Meylan (38)',
    format: 'raw',
    body: `<p><strong>Qui sommes-nous ?</strong></p><p>Visiolyre conçoit des stations d'inspection automatique pour les lignes de production : nos caméras et nos logiciels repèrent les rayures, les bavures et les défauts de soudure sur des pièces automobiles, des emballages pharmaceutiques et de l'électroménager, directement sur la chaîne, à des cadences de 120 pièces par minute. Plus de 300 stations tournent aujourd'hui dans les usines de nos clients en Europe.</p><p><strong>Vos missions</strong></p><p>En tant qu'ingénieur·e vision par ordinateur, vous rejoignez une équipe de sept personnes à Meylan.</p><ul><li>Concevoir et entraîner des réseaux de neurones convolutifs pour la détection et la segmentation de défauts</li><li>Porter les modèles sur nos calculateurs embarqués (C++, TensorRT)</li><li>Mesurer la précision et le rappel de chaque modèle sur les jeux de test validés par nos clients, puis suivre leurs performances en production</li><li>Participer aux travaux de notre équipe R&amp;D sur l'éclairage et l'optique</li><li>Vous déplacer ponctuellement chez nos clients pour les mises en service (environ 20&nbsp;% du temps)</li></ul><p><strong>Votre profil</strong></p><ul><li>Bac+5 (école d'ingénieur ou master) en vision par ordinateur, traitement d'images ou apprentissage automatique</li><li>Maîtrise de Python et de PyTorch ; bonne pratique du C++ moderne</li><li>Bases solides en algèbre linéaire et en géométrie projective</li><li>Habitude de travailler avec Git et des revues de code</li><li>Anglais technique courant</li></ul><p><strong>Ce que nous proposons</strong></p><p>Rémunération : 45 à 58&nbsp;k€ brut annuel selon expérience, intéressement, tickets restaurant, 2 jours de télétravail par semaine, RTT.</p><p>Processus : un échange RH de 30 minutes, un entretien technique avec l'équipe vision, puis une rencontre sur site.</p>`,
    role: 'CVE', sector: SECTOR.AUTO, countries: ['FR'],
    mentions: ['CVE', 'Neural networks', 'C++', 'Python', 'PyTorch', 'Model evaluation', 'Linear algebra', 'Git'],
  },
  {
    id: 't16-b-05', title: 'Business Intelligence Analyst (H/F/X)',
    company: 'Lumeyrac Énergie', location: '1348 Louvain-la-Neuve',
    format: 'div',
    body: `Lumeyrac fournit de l'électricité verte et du gaz à 420 000 ménages et PME en Wallonie et à Bruxelles, et exploite onze parcs éoliens dans le Hainaut et en province de Namur.

# Votre fonction
Au sein du département Customer Analytics, vous êtes la personne de référence pour le reporting commercial.
- Vous concevez et maintenez les rapports Power BI suivis par la direction commerciale (DAX, modèles de données)
- Vous contrôlez la qualité des données de facturation et corrigez les anomalies à la source avec l'équipe IT
- Vous traduisez les questions métier en analyses claires et en graphiques parlants
- Vous présentez vos conclusions lors du comité commercial mensuel
- Vous suivez la consommation et la puissance souscrite par segment de clientèle

# Votre profil
- Master en sciences économiques, ingénieur commercial ou équivalent
- Minimum 3 ans d'expérience en tant que Business Intelligence Analyst ou Data Analyst
- Excellente maîtrise de SQL et de Power BI ; Python est un atout
- Vous comprenez les leviers de rentabilité d'un fournisseur d'énergie
- Bilingue français-néerlandais ; l'anglais est un plus

# Notre offre
Contrat à durée indéterminée, salaire attractif assorti d'un package complet (voiture de société ou budget mobilité, chèques-repas, assurance groupe et hospitalisation, 32 jours de congé) et télétravail deux jours par semaine.`,
    role: 'BIA', sector: null, countries: ['BE'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'Business acumen'],
  },
  {
    id: 't16-b-06', title: 'Infirmier(ère) clinicien(ne) – Soins à domicile (temps plein)',
    company: 'Soins Val-Brisé inc.', location: 'Laval, QC',
    format: 'text',
    body: `Depuis 2004, Soins Val-Brisé accompagne à domicile les aînés et les personnes en perte d'autonomie de Laval et des Basses-Laurentides : soins infirmiers, soins de plaies, suivi post-opératoire et soutien aux proches aidants.

# Responsabilités
- Évaluer la condition physique et mentale des clients et élaborer le plan thérapeutique infirmier (PTI)
- Effectuer les soins de plaies complexes, l'administration des médicaments et les prélèvements
- Assurer la liaison avec les médecins traitants, les pharmaciens et les familles
- Rédiger des notes d'évolution claires au dossier électronique
- Encadrer les infirmières auxiliaires et les préposés aux bénéficiaires

# Exigences
- Baccalauréat en sciences infirmières
- Membre en règle de l'OIIQ
- Minimum 2 ans d'expérience, idéalement en soins à domicile ou en gériatrie
- Permis de conduire classe 5 valide et accès à une voiture
- Bonne maîtrise d'Outlook et d'Excel pour la gestion des horaires
- Excellentes habiletés de communication et grande capacité d'adaptation face aux imprévus

# Conditions
- Salaire de 38,50 $ à 52,10 $/h selon l'expérience
- Kilométrage remboursé à 0,61 $/km
- Horaire de jour du lundi au vendredi, une fin de semaine sur quatre
- Assurances collectives et REER collectif`,
    role: null, sector: SECTOR.HEALTH, countries: ['CA'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't16-b-07', title: 'Data Engineer (Madrid o Barcelona)',
    company: 'Supermercados Almendrara', location: 'Madrid, Comunidad de Madrid, España',
    locations: ['Madrid, Comunidad de Madrid, España', 'Barcelona, Cataluña, España'],
    format: 'raw',
    body: `<h3>Descripción de la empresa</h3><p>Con 612 tiendas en la Península y Baleares y un servicio de compra online que reparte en 48 provincias, Almendrara es una de las cadenas de supermercados de referencia en España. Cada día pasan por nuestras cajas más de un millón de tickets.</p>
<h3>Descripción del empleo</h3><p>Buscamos un/a Data Engineer para el equipo de Plataforma de Datos, que da servicio a Compras, Logística y Marketing.</p><ul><li>Diseñar y mantener pipelines de ingesta batch y streaming (PySpark, Kafka)</li><li>Modelar el dato de ventas, stock y promociones en nuestro lakehouse</li><li>Implantar controles de calidad del dato: duplicados, tickets incompletos, códigos de producto erróneos</li><li>Automatizar despliegues con GitHub Actions</li><li>Colaborar con los científicos de datos en la preparación de datasets para los modelos de previsión de demanda</li></ul>
<h3>Requisitos</h3><ul><li>Al menos 3 años de experiencia como Data Engineer</li><li>Python y SQL avanzados; se valorará Scala</li><li>Experiencia con Spark y Kafka en producción</li><li>Git y buenas prácticas de revisión de código</li><li>Docker y conocimientos de Kubernetes</li><li>Inglés B2</li></ul>
<h3>Información adicional</h3><ul><li>Contrato indefinido y salario entre 42.000 y 55.000 € brutos anuales</li><li>Modelo híbrido: 3 días en oficina y 2 en remoto</li><li>Retribución flexible (transporte, guardería) y 10 % de descuento en nuestras tiendas</li><li>Jornada intensiva en agosto</li></ul>`,
    role: 'DE', sector: SECTOR.RETAIL, countries: ['ES'],
    mentions: ['DE', 'DS', 'Apache Spark', 'Kafka', 'Data cleaning', 'Deployment pipelines', 'Git', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 't16-b-08', title: 'Científico/a de Datos Sr. – Riesgo de Crédito',
    company: 'Finzatl', location: 'Ciudad de México, CDMX',
    format: 'html',
    body: `En Finzatl damos crédito a quienes los bancos no ven: más de 900 mil tianguistas, choferes de plataforma y dueños de pequeños negocios en México han recibido un préstamo desde su celular, sin aval y sin papeleo.

# ¿Qué harás?
- Desarrollar modelos de originación y cobranza con XGBoost y regresión logística
- Crear nuevas variables a partir de datos transaccionales, del dispositivo y del buró de crédito
- Diseñar pruebas A/B de límites de crédito y tasas, y medir su impacto en mora y rentabilidad
- Hacer backtesting y monitorear la estabilidad de los modelos en producción
- Explicar los resultados al comité de riesgos y al equipo de producto

# ¿Qué buscamos?
- Licenciatura o maestría en Actuaría, Matemáticas, Economía o afín
- 4+ años como Científico/a de Datos, de preferencia en crédito o seguros
- Python (pandas, scikit-learn) y SQL
- Entender cómo gana dinero un negocio de crédito: margen, pérdida esperada, costo de adquisición
- Certificación de AWS deseable

# Ofrecemos
Sueldo competitivo más bono anual, prestaciones superiores a las de ley, vales de despensa, seguro de gastos médicos mayores y home office 3 días a la semana; el resto, en nuestra oficina de la colonia Roma.`,
    role: 'DS', sector: SECTOR.FIN, countries: ['MX'],
    mentions: ['DS', 'Decision trees', 'Regression', 'Feature engineering', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Business acumen'],
  },
  {
    id: 't16-b-09', title: 'Conductor/a de camión Clase A4 – Centro de Distribución Pudahuel',
    company: 'Transportes Quillagua', location: 'Pudahuel, Región Metropolitana',
    format: 'text',
    body: `Transportes Quillagua mueve carga refrigerada y seca entre Arica y Puerto Montt para productores frutícolas, salmoneras y empresas mineras. Contamos con una flota de 180 camiones y 4 centros de distribución.

# Funciones
- Conducir camión con rampla en rutas interregionales (Santiago – La Serena – Copiapó)
- Revisar el equipo antes de cada salida y registrar las novedades en la app de la empresa
- Controlar la temperatura del equipo de frío durante el viaje
- Entregar guías de despacho y coordinar descargas con los clientes

# Requisitos
- Licencia profesional clase A4 o A5 al día
- Mínimo 3 años de experiencia en carretera
- Hoja de vida del conductor sin infracciones graves
- Disponibilidad para turnos y para pernoctar fuera de casa
- Buena comunicación con clientes y despachadores

# Ofrecemos
- Sueldo base + viáticos + bono por kilometraje (renta líquida aprox. $1.300.000 – $1.600.000)
- Contrato indefinido después del período de prueba
- Seguro complementario de salud
- Capacitaciones en conducción eficiente

Postulación: envía tu CV y una foto de tu licencia a través de este portal.`,
    role: null, sector: null, countries: ['CL'],
    mentions: ['Communication'],
  },
  {
    id: 't16-b-10', title: 'AI Product Manager - Ricerca e Raccomandazioni',
    company: 'Arredalto', location: 'Milano, Lombardia, Italia',
    format: 'raw',
    body: `<p><b>Chi siamo</b></p><p>Su Arredalto ogni mese 3 milioni di persone scelgono divani, lampade e cucine tra i prodotti di oltre 1.200 marchi e artigiani italiani. Gestiamo il marketplace, la logistica dei colli voluminosi e il servizio clienti, dall'ordine fino al montaggio a casa.</p><p><b>Il ruolo</b></p><p>Come AI Product Manager guiderai il team che costruisce ricerca, raccomandazioni e ranking del catalogo. Lavorerai ogni giorno con data scientist, machine learning engineer e designer.</p><p><b>Responsabilità</b></p><ul><li><p>Definire la roadmap di prodotto per ricerca e raccomandazioni, con obiettivi misurabili</p></li><li><p>Progettare e leggere i test A/B insieme ai data scientist e decidere cosa rilasciare</p></li><li><p>Tradurre i bisogni di clienti e venditori in requisiti chiari per il team tecnico</p></li><li><p>Raccontare risultati e priorità al management e ai partner commerciali</p></li></ul><p><b>Requisiti</b></p><ul><li><p>Almeno 4 anni come Product Manager, di cui 2 su prodotti basati su machine learning</p></li><li><p>Buona comprensione di come si valutano i modelli di ranking (precision, recall, NDCG) e dei loro limiti</p></li><li><p>Forte senso del business: sai leggere un conto economico e collegare una metrica di prodotto al margine</p></li><li><p>Ottimo italiano e inglese</p></li></ul><p><b>Cosa offriamo</b></p><ul><li><p>RAL 60.000 – 75.000 € + bonus</p></li><li><p>Smart working fino a 3 giorni a settimana</p></li><li><p>Buoni pasto, assicurazione sanitaria integrativa, sconto dipendenti</p></li></ul><p>Arredalto garantisce pari opportunità: la ricerca è rivolta a candidati di entrambi i sessi (L. 903/77).</p>`,
    role: 'AIPM', sector: SECTOR.RETAIL, countries: ['IT'],
    mentions: ['AIPM', 'DS', 'MLE', 'Hypothesis testing', 'Communication', 'Model evaluation', 'Business acumen'],
  },
  {
    id: 't16-b-11', title: 'Tecnico di laboratorio biomedico – tempo determinato 24 mesi',
    company: 'Istituto Ferrandina per la Ricerca Biomedica', location: 'Bologna (BO)',
    format: 'div',
    body: `L'Istituto Ferrandina è una fondazione senza scopo di lucro che dal 1987 studia le basi genetiche delle malattie rare del sangue. I nostri 140 ricercatori sono finanziati da bandi europei, dal Ministero e da donazioni private.

# Attività
Il/la tecnico/a lavorerà nel laboratorio di genomica funzionale, all'interno di un progetto finanziato dall'UE.
- Preparazione di campioni, estrazione di DNA e RNA, allestimento di librerie per il sequenziamento
- Gestione di colture cellulari in cappa a flusso laminare
- Registrazione dei campioni nel LIMS
- Manutenzione ordinaria della strumentazione e gestione del magazzino reagenti

# Requisiti
- Laurea in Tecniche di Laboratorio Biomedico (abilitante) o in Biotecnologie
- Almeno un anno di esperienza in un laboratorio di biologia molecolare
- Buona conoscenza del pacchetto Office, in particolare di Excel
- Conoscenza di base di R per semplici analisi statistiche: titolo preferenziale
- Precisione, capacità di lavorare in gruppo e voglia di imparare

# Offerta
Contratto CCNL Sanità privata, livello D, tempo pieno 36 ore settimanali. Sede di lavoro: via del Pratello, Bologna.`,
    role: null, sector: null, countries: ['IT'],
    mentions: ['R', 'Continuous learning'],
  },
  {
    id: 't16-b-12', title: 'NLP Engineer – klinische tekst',
    company: 'Dossierlicht', location: 'Utrecht',
    countryHints: ['NL'],
    format: 'escaped',
    body: `Artsen in Nederlandse ziekenhuizen besteden gemiddeld twee uur per dag aan het elektronisch patiëntendossier. Dossierlicht maakt software die ontslagbrieven en overdrachten samenvat en diagnosecodes voorstelt, zodat zorgverleners meer tijd overhouden voor hun patiënten. Onze software draait inmiddels in 14 ziekenhuizen en 60 huisartsenpraktijken.

# Wat ga je doen?
Als NLP Engineer werk je aan de taalmodellen achter onze samenvattingen en codering.
- Je fine-tunet transformer-modellen op geanonimiseerde Nederlandse klinische teksten (PyTorch, Hugging Face)
- Je bouwt evaluatiesets samen met onze medisch specialisten en meet precisie en recall per specialisme
- Je zet modellen in productie achter een interne REST API, in Docker-containers
- Je denkt mee over privacy: wat mag een model wel en niet zien?

# Wat vragen we?
- Minimaal 3 jaar ervaring met NLP in Python
- Ervaring met Git en code reviews
- Je kunt complexe keuzes helder uitleggen aan artsen en aan onze directie
- Nederlands op moedertaalniveau (de teksten zijn Nederlands)

# Wat bieden we?
Een salaris tussen € 4.800 en € 6.600 bruto per maand, 8% vakantiegeld, 27 vakantiedagen, een NS Business Card en een goede pensioenregeling. Je werkt vanuit ons kantoor aan de Oudegracht en twee dagen per week thuis.`,
    role: 'NLP_ENG', sector: SECTOR.HEALTH, countries: ['NL'],
    mentions: ['NLP_ENG', 'Neural networks', 'PyTorch', 'Model evaluation', 'APIs', 'Docker', 'Python', 'Git', 'Communication'],
  },
  {
    id: 't16-b-13', title: 'Data-analist Afvalbeheer en Mobiliteit',
    company: 'Intercommunale Leiebocht', location: '8500 Kortrijk',
    format: 'raw',
    body: `<p>Intercommunale Leiebocht is het samenwerkingsverband van 13 Zuid-West-Vlaamse steden en gemeenten. Wij halen het huishoudelijk afval op bij 145.000 gezinnen, baten 11 recyclageparken uit en ondersteunen onze gemeenten bij hun mobiliteitsplannen.</p><h3>Jouw functie</h3><p>Als data-analist help je onze gemeenten om beleid te voeren op basis van cijfers.</p><ul><li>Je bouwt en onderhoudt Power BI-rapporten over ophaalrondes, bezoeken aan recyclageparken en verkeerstellingen</li><li>Je controleert en corrigeert de data van onze weegbruggen en ophaalwagens (ontbrekende ritten, dubbele registraties)</li><li>Je maakt heldere grafieken en kaarten voor gemeenteraden en schepencolleges</li><li>Je werkt samen met onze GIS-medewerker en met de data engineer van de stad</li></ul><h3>Jouw profiel</h3><ul><li>Je hebt een masterdiploma, of een bachelordiploma met relevante ervaring</li><li>Je werkt vlot met Power BI en Excel; Python of R is een pluspunt</li><li>Je kan cijfers vertalen naar een verhaal dat een schepen begrijpt</li><li>Je slaagt voor de selectieproef</li></ul><h3>Ons aanbod</h3><ul><li>Contract van onbepaalde duur, niveau A1a (bruto maandloon tussen € 3.712 en € 5.830, afhankelijk van relevante ervaring)</li><li>Maaltijdcheques van € 8, hospitalisatieverzekering, fietsvergoeding</li><li>Glijdende werkuren en thuiswerk tot 2 dagen per week</li></ul><p>Solliciteer uiterlijk op 14 maart via de knop hieronder.</p>`,
    role: null, sector: SECTOR.PUBLIC, countries: ['BE'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'DE', 'Python', 'R', 'Communication'],
  },
  {
    id: 't16-b-14', title: 'Engenheiro(a) de Dados – Operações de Voo',
    company: 'Atlantivo Linhas Aéreas', location: 'Lisboa ou Porto',
    locations: ['Lisboa', 'Porto'],
    countryHints: ['PT'],
    industry: 'Aviação e transporte aéreo',
    format: 'double',
    body: `A Atlantivo liga Lisboa e o Porto a 74 destinos na Europa, em África e nas Américas, com uma frota de 58 aviões. Todos os dias saem dos nossos hubs mais de 300 voos.

# O desafio
Procuramos um(a) Engenheiro(a) de Dados para a equipa de Operações de Voo, que trata dados de tripulação, manutenção, combustível e pontualidade.
- Construir e manter pipelines em Apache Spark e Kafka que recebem dados dos aviões e dos sistemas de escala
- Migrar cargas antigas de Hadoop para a nossa plataforma cloud
- Garantir a qualidade dos dados: validar registos de voo, remover duplicados e corrigir fusos horários
- Automatizar testes e deploys com Jenkins
- Trabalhar lado a lado com os cientistas de dados que otimizam o consumo de combustível

# Perfil
- Licenciatura em Engenharia Informática ou similar
- 3+ anos de experiência em engenharia de dados
- Python ou Java/Scala, e SQL
- Controlo de versões com Git
- Português e inglês fluentes; disponibilidade para ir ao Porto uma vez por mês

# Oferecemos
Seguro de saúde, viagens de lazer com tarifas de colaborador para ti e para a tua família, subsídio de refeição em cartão, horário flexível e modelo híbrido.`,
    role: 'DE', sector: null, countries: ['PT'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'Deployment pipelines', 'DS', 'Python', 'Java', 'Git'],
  },
  {
    id: 't16-b-15', title: 'Especialista em Deep Learning (Pleno/Sênior) – Remoto',
    company: 'Visãozen Tecnologia', location: 'Remoto',
    countryHints: ['BR'],
    format: 'double',
    body: `Bancos, redes de varejo, seguradoras e cooperativas do agro usam as APIs da Visãozen para ler documentos, conferir selfies e contar animais em fotos de drone. São mais de 40 milhões de chamadas por mês, todas processadas na nossa própria infraestrutura em São Paulo.

# O que você vai fazer
Como Especialista em Deep Learning, você vai cuidar dos modelos por trás dessas chamadas.
- Treinar e otimizar redes neurais para OCR e detecção de objetos (PyTorch; alguns modelos legados em TensorFlow)
- Destilar e quantizar modelos para rodar com baixa latência em GPU e CPU
- Definir métricas e rodar avaliações offline antes de cada release
- Expor os modelos via API REST e publicá-los em Kubernetes, junto com o time de plataforma
- Acompanhar a literatura e trazer para o time o que vale a pena testar

# O que esperamos
- Experiência sólida com deep learning aplicado a visão computacional ou documentos
- Python avançado e bons fundamentos de álgebra linear e probabilidade
- Inglês para leitura de artigos
- Vontade de aprender e de ensinar

# Benefícios
CLT ou PJ, a combinar · Plano de saúde e odontológico · Vale-refeição de R$ 1.100 · Auxílio home office · Day off no aniversário`,
    role: 'DLS', sector: SECTOR.IT, countries: ['BR'],
    mentions: ['DLS', 'Neural networks', 'PyTorch', 'TensorFlow', 'Model evaluation', 'APIs', 'Kubernetes', 'Python', 'Linear algebra', 'Probability', 'Continuous learning'],
  },
  {
    id: 't16-b-16', title: 'Analityk Business Intelligence (K/M)',
    company: 'Zakłady Mleczarskie Bielawin', location: 'Wrocław, dolnośląskie',
    format: 'double',
    body: `W naszych trzech zakładach na Dolnym Śląsku przerabiamy codziennie 1,2 mln litrów mleka na sery, jogurty i masło, które trafiają do sklepów w Polsce i w 30 innych krajach.

# Twoje zadania
- Tworzenie i rozwój raportów w Power BI dla działów sprzedaży, produkcji i logistyki
- Przygotowywanie analiz rentowności produktów i kanałów sprzedaży
- Weryfikacja i czyszczenie danych z systemu ERP oraz danych od sieci handlowych
- Prezentowanie wyników zarządowi w przystępnej formie
- Automatyzacja raportów, które dziś powstają ręcznie w Excelu

# Nasze wymagania
- Min. 2 lata doświadczenia na stanowisku analityka BI lub analityka danych
- Bardzo dobra znajomość Power BI (DAX, Power Query) i SQL
- Mile widziana znajomość Pythona
- Umiejętność wizualizacji danych i myślenie biznesowe
- Język angielski na poziomie B2

# Oferujemy
- Umowę o pracę i wynagrodzenie 9 000 – 12 000 zł brutto
- Pracę hybrydową (2 dni w biurze przy ul. Legnickiej)
- Prywatną opiekę medyczną, kartę sportową i co miesiąc paczkę z naszymi produktami`,
    role: 'BIA', sector: SECTOR.AUTO, countries: ['PL'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Python', 'Visualization', 'Business acumen'],
  },
  {
    id: 't16-b-17', title: 'Samodzielna Księgowa / Samodzielny Księgowy',
    company: 'Biuro Rachunkowe Kwadrans', location: 'Poznań, wielkopolskie',
    industry: 'Rachunkowość i księgowość',
    format: 'text',
    body: `Od 15 lat prowadzimy pełną księgowość ponad 200 firm z Wielkopolski – od jednoosobowych działalności po spółki z o.o. zatrudniające kilkaset osób.

# Zakres obowiązków
- Prowadzenie ksiąg rachunkowych i KPiR powierzonych klientów
- Sporządzanie deklaracji VAT i JPK oraz rozliczeń CIT i PIT
- Uzgadnianie sald i przygotowywanie sprawozdań finansowych
- Kontakt z klientami oraz z urzędami skarbowymi i ZUS

# Oczekujemy
- Min. 3 lat doświadczenia w biurze rachunkowym
- Znajomości programów księgowych (Optima, Symfonia lub podobne)
- Dobrej znajomości Excela (tabele przestawne)
- Dokładności i umiejętności rozwiązywania problemów
- Mile widziany certyfikat księgowy

# Oferujemy
- Umowę o pracę, wynagrodzenie 8 500 – 10 500 zł brutto
- Szkolenia z bieżących zmian w przepisach podatkowych
- Owocowe czwartki i parking dla pracowników`,
    role: null, sector: SECTOR.FIN, countries: ['PL'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't16-b-18', title: 'Robotikingenjör – rörelseplanering',
    company: 'Servolund Robotik', location: 'Västerås, Västmanlands län',
    format: 'raw',
    body: `<p>Servolund bygger samarbetande robotar för plock och palletering. Våra armar står i dag i över 900 fabriker och lager, från bryggerier i Bayern till läkemedelsfabriker i Uppsala, och varje enhet monteras och testas i vår fabrik i Västerås.</p><h3>Om rollen</h3><p>Som robotikingenjör i teamet Motion får du ansvar för hur armarna planerar sina rörelser runt människor och hinder. Du jobbar nära mekanik, elektronik och våra mjukvaruutvecklare.</p><ul><li>Utveckla algoritmer för rörelseplanering och kollisionsundvikande i C++ (ROS 2)</li><li>Prototypa nya greppstrategier i Python och utvärdera dem i simulering och i riktiga celler</li><li>Experimentera med förstärkningsinlärning för svåra greppfall</li><li>Felsöka på plats tillsammans med kunder när något inte fungerar som det ska</li></ul><h3>Vem är du?</h3><ul><li>Civilingenjör inom robotik, reglerteknik eller teknisk fysik</li><li>Mycket god förståelse för linjär algebra och kinematik</li><li>Van att arbeta med Git och kodgranskning</li><li>Du tycker om att lösa problem som ingen har löst förut</li><li>Du talar och skriver svenska och engelska obehindrat</li></ul><h3>Bra att veta</h3><p>Tjänsten är en tillsvidareanställning med sex månaders provanställning. Kollektivavtal, friskvårdsbidrag på 5 000 kr och flexibla arbetstider. Vi tillämpar löpande urval – skicka in din ansökan redan i dag!</p>`,
    role: 'ROBO', sector: SECTOR.AUTO, countries: ['SE'],
    mentions: ['ROBO', 'C++', 'Python', 'Reinforcement learning', 'Linear algebra', 'Git', 'Problem-solving'],
  },
  {
    id: 't16-b-19', title: 'Undersköterska till hemtjänsten, Ölmsjö centrum',
    company: 'Ölmsjö kommun', location: 'Ölmsjö, Kronobergs län',
    format: 'div',
    body: `# Om arbetsplatsen
Hemtjänsten i Ölmsjö kommun ger stöd och omvårdnad till omkring 320 brukare i deras egna hem, dygnet runt. Vi är fyra arbetsgrupper som utgår från Storgatan i centrum.

# Arbetsuppgifter
Som undersköterska hjälper du brukarna med personlig omvårdnad, måltider, läkemedel enligt delegering och social samvaro. Du dokumenterar i verksamhetssystemet och är kontaktperson för ett antal brukare och deras anhöriga.

# Kvalifikationer
- Undersköterskeexamen enligt Skolverkets krav från 2023, eller motsvarande äldre utbildning
- B-körkort för manuell växellåda – ett krav
- God förmåga att uttrycka dig i tal och skrift på svenska
- Du är lugn, flexibel och kan anpassa dig när dagen inte blir som planerat

# Anställningsvillkor
Tillsvidare, heltid 100 %, dag och kväll samt varannan helg. Lön enligt överenskommelse. Tillträde enligt överenskommelse.

Vi undanber oss bestämt kontakt med annonsförsäljare.`,
    role: null, sector: SECTOR.PUBLIC, countries: ['SE'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't16-b-20', title: 'Data Scientist til Kundeindsigt',
    company: 'Kattegatnet', location: '8000 Aarhus C',
    industry: 'Telekommunikation',
    format: 'escaped',
    body: `Vil du være med til at forstå, hvorfor kunderne bliver – og hvorfor de går?

# Dine opgaver
Som Data Scientist i Kundeindsigt arbejder du med data om forbrug, supporthenvendelser og abonnementer for mere end 900.000 kunder.
- Du bygger churn-modeller og segmenterer kunderne med klyngeanalyse
- Du designer og analyserer A/B-tests af tilbud og prisændringer sammen med marketing
- Du visualiserer dine resultater, så de kan bruges i hverdagen
- Du formidler indsigter til ledelsen og til vores butikschefer

# Din profil
- Kandidat i statistik, matematik, økonomi eller lignende
- Erfaring med Python eller R – gerne begge dele
- Du stiller spørgsmål ved antagelser, også dine egne
- Du forstår, hvordan en abonnementsforretning tjener penge

# Om os
Kattegatnet driver mobil- og fibernettet for private og erhverv i hele Danmark og har 46 butikker fra Skagen til Gedser. Vi er 1.700 kolleger, og hovedkontoret ligger ved havnen i Aarhus.`,
    role: 'DS', sector: SECTOR.TELCO, countries: ['DK'],
    mentions: ['DS', 'Clustering', 'Hypothesis testing', 'Visualization', 'Communication', 'Python', 'R', 'Critical thinking', 'Business acumen'],
  },
  {
    id: 't16-b-21', title: 'Maskinlæringsingeniør',
    company: 'Vegdatadirektoratet', location: '0150 Oslo',
    format: 'html',
    body: `Vegdatadirektoratet er et statlig direktorat under Samferdselsdepartementet. Vi samler inn og forvalter data om trafikk, vegnett og føreforhold, og deler dem med kommuner, fylker og publikum.

# Om stillingen
Vi søker en maskinlæringsingeniør til seksjon for trafikkdata. Du skal videreutvikle modellene som beregner trafikkmengder fra tellepunkter og kameraer, og sørge for at de går stabilt i drift.
- Utvikle og drifte ML-modeller i Python
- Containerisere modeller med Docker og kjøre dem på vår Kubernetes-plattform
- Spore eksperimenter og modellversjoner i MLflow
- Bygge CI/CD-løyper for modellene
- Overvåke modellenes treffsikkerhet over tid

# Kvalifikasjoner
- Mastergrad innen informatikk, statistikk eller tilsvarende
- Erfaring med Git
- Erfaring med Azure er en fordel
- Du liker å samarbeide og kan forklare tekniske valg for kolleger uten teknisk bakgrunn
- Gode norskkunnskaper, muntlig og skriftlig

# Vi tilbyr
- Stillingen lønnes som seniorrådgiver (kode 1364), kr 680 000 – 830 000
- Medlemskap i Statens pensjonskasse
- Fleksitid og mulighet for hjemmekontor`,
    role: 'MLE', sector: SECTOR.PUBLIC, countries: ['NO'],
    mentions: ['MLE', 'Python', 'Docker', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Model evaluation', 'Git', 'Communication'],
  },
  {
    id: 't16-b-22', title: 'Výzkumník/Výzkumnice v oblasti umělé inteligence',
    company: 'Lomnice AI Lab', location: 'Praha 5 – Smíchov',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Lomnice AI Lab je soukromá výzkumná laboratoř se 60 lidmi v Praze. Vyvíjíme vlastní multimodální modely a licencujeme je softwarovým firmám po celé Evropě; výsledky pravidelně publikujeme na NeurIPS a ICML.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;Jako výzkumník nebo výzkumnice v oblasti umělé inteligence se připojíte k týmu, který stojí za naší další generací modelů.&lt;/p&gt;&lt;h3&gt;Co budete dělat&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Navrhovat a trénovat nové architektury neuronových sítí pro porozumění obrazu a textu (PyTorch)&lt;/li&gt;&lt;li&gt;Zkoumat posilované učení z lidské zpětné vazby&lt;/li&gt;&lt;li&gt;Navrhovat pečlivé experimenty a poctivě vyhodnocovat modely&lt;/li&gt;&lt;li&gt;Publikovat a prezentovat výsledky na konferencích i uvnitř firmy&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Koho hledáme&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Doktorát (nebo jeho blížící se dokončení) v oboru strojového učení, matematiky nebo informatiky&lt;/li&gt;&lt;li&gt;Silný základ v lineární algebře, pravděpodobnosti a optimalizaci&lt;/li&gt;&lt;li&gt;Výborná znalost Pythonu; C++ nebo CUDA výhodou&lt;/li&gt;&lt;li&gt;Chuť neustále sledovat nový výzkum&lt;/li&gt;&lt;li&gt;Angličtina na pracovní úrovni&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Co nabízíme&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Mzda 110&amp;nbsp;000 – 160&amp;nbsp;000 Kč měsíčně a zaměstnanecké akcie&lt;/li&gt;&lt;li&gt;Přístup k našemu vlastnímu GPU clusteru (2&amp;nbsp;048 karet)&lt;/li&gt;&lt;li&gt;Konferenční rozpočet, 5 týdnů dovolené, sportovní karta&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Lomnice AI Lab s.r.o., Nádražní, Praha 5. Na pohlaví, věku ani původu nám nezáleží – záleží nám na vaší práci.&lt;/p&gt;&lt;/div&gt;`,
    role: 'ARS', sector: SECTOR.IT, countries: ['CZ'],
    mentions: ['ARS', 'Neural networks', 'PyTorch', 'Reinforcement learning', 'Model evaluation', 'Communication', 'Linear algebra', 'Probability', 'Python', 'C++', 'Continuous learning'],
  },
  {
    id: 't16-b-23', title: 'Řidič sk. C – rozvoz zboží do prodejen (Brno)',
    company: 'Potraviny Hradišťan', location: 'Brno-Slatina, Jihomoravský kraj',
    format: 'text',
    body: `Potraviny Hradišťan provozují 230 prodejen potravin na Moravě a ve Slezsku. Z našeho distribučního centra v Brně-Slatině každou noc vyjíždí 60 aut se zbožím pro naše prodejny.

# Náplň práce
- Rozvoz zboží z distribučního centra do našich prodejen (trasy po Jihomoravském a Zlínském kraji)
- Nakládka a vykládka pomocí hydraulického čela a paletového vozíku
- Kontrola teploty u chlazeného zboží a vedení dokumentace
- Každodenní kontrola technického stavu vozidla

# Požadujeme
- Řidičský průkaz skupiny C, profesní průkaz a kartu řidiče
- Praxe v řízení nákladního vozidla výhodou, ne podmínkou
- Spolehlivost a ochotu pracovat v nočních směnách

# Nabízíme
- Mzdu 38 000 – 45 000 Kč hrubého měsíčně + příplatky za noci a víkendy
- Stravenkový paušál, 5 týdnů dovolené
- Nákup v našich prodejnách se slevou 10 %
- Náborový příspěvek 15 000 Kč`,
    role: null, sector: SECTOR.RETAIL, countries: ['CZ'],
    mentions: [],
  },
  {
    id: 't16-b-24', title: 'Konenäköinsinööri (Computer Vision Engineer)',
    company: 'Kallioväylä', location: 'Tampere',
    countryHints: ['FI'],
    industry: 'Koneiden ja laitteiden valmistus',
    format: 'html',
    body: `Suunnittelemme ja valmistamme Tampereella porauslaitteita ja kivenkäsittelykoneita kaivoksiin ja tunnelityömaille. Yli 70 % tuotannostamme menee vientiin.

# Tehtävä
Konenäköinsinöörinä kehität järjestelmiä, joiden avulla porauslaite tunnistaa itsenäisesti tunnelin pinnan, halkeamat ja porareikien sijainnit.
- Kehität ja koulutat neuroverkkoja kuvien ja 3D-pistepilvien tulkintaan (PyTorch)
- Toteutat algoritmit tuotantoon C++:lla laitteen sulautettuun tietokoneeseen
- Testaat ratkaisuja koeradallamme ja asiakkaiden työmailla
- Teet tiivistä yhteistyötä automaatio- ja robotiikkainsinöörien kanssa

# Odotamme
- DI- tai tohtorin tutkinto esimerkiksi signaalinkäsittelystä, robotiikasta tai tietotekniikasta
- Kokemusta konenäöstä ja kameroiden kalibroinnista
- Vahvaa osaamista Pythonissa ja C++:ssa
- Git on sinulle arkipäivää
- Hyvä suomen tai englannin kielen taito

# Tarjoamme
Kilpailukykyinen palkka, liukuva työaika, lounasetu, liikunta- ja kulttuurietu sekä kattava työterveyshuolto. Tehtävään valitulta edellytetään hyväksyttävää huumausainetestiä.`,
    role: 'CVE', sector: SECTOR.AUTO, countries: ['FI'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'C++', 'Python', 'Git', 'ROBO'],
  },
  {
    id: 't16-b-25', title: 'Senior MLOps Engineer (f/m/d)',
    company: 'Tessaloop', location: 'Berlin, Germany',
    format: 'raw',
    body: `<div>Tessaloop builds the HR platform that 3,800 mid-sized companies across Europe use to hire, onboard and develop their people. Our recommendations – which candidate to call first, which onboarding step is stuck, which team is about to lose someone – are served by about 40 models in production.</div><div><br></div><div>We're looking for a Senior MLOps Engineer to own the platform those models run on.</div><div><br></div><h3>What you'll do</h3><ul><li>Run and extend our training and serving stack on Kubernetes (EKS), with Kubeflow Pipelines for training and our own serving layer</li><li>Own the model registry and experiment tracking in MLflow</li><li>Build CI/CD for models with GitHub Actions: tests, image builds, canary releases</li><li>Set up monitoring for drift and degraded accuracy, and make the alerts actionable</li><li>Help our ML engineers and data scientists ship faster – you'll be their first port of call</li></ul><h3>What you bring</h3><ul><li>5+ years in software, platform or ML engineering, 2+ of them running ML in production</li><li>Strong Python; Docker and Kubernetes are in your daily toolbox</li><li>Experience with AWS – SageMaker is a plus, not a must</li><li>Infrastructure as code (Terraform)</li><li>AWS certification preferred</li></ul><h3>What we offer</h3><ul><li>€85,000 – €105,000 base salary plus virtual shares</li><li>Hybrid in our Kreuzberg office or remote within Germany</li><li>30 days of vacation, a €1,500 learning budget and a BVG ticket</li></ul><div>Tessaloop is an equal opportunity employer. We welcome applications regardless of gender, origin, religion, disability, age or sexual identity.</div>`,
    role: 'MLE', sector: SECTOR.IT, countries: ['DE'],
    mentions: ['MLE', 'DS', 'Kubernetes', 'Kubeflow', 'MLflow', 'Deployment pipelines', 'Model evaluation', 'Python', 'Docker', 'AWS SageMaker'],
  },
  {
    id: 't16-b-26', title: 'Analytics Engineer',
    company: 'Damrakbode Media', location: 'Hybrid',
    format: 'escaped',
    body: `Every morning 610,000 people open the Damrakbode app to read the news, do the crossword and check the football. We publish three national titles and eleven regional papers, in print and online, and our subscription business pays for the journalism.

# The role
You'll sit in the Data team at our office in the Amsterdam Houthavens, between our data engineers, who get the data in, and the newsroom and subscription teams, who want answers from it.
- Build and maintain dbt models on top of our warehouse, with tests that catch duplicated subscriptions and broken article IDs before anyone sees them
- Keep our code in GitLab and ship changes through merge requests and CI
- Build the Looker Studio reports the newsroom uses to see what readers actually read
- Explain numbers to editors who did not ask for a lesson in statistics

# You have
- 2+ years in analytics engineering or data analysis
- Excellent SQL and some Python
- A feel for what matters to a subscription business: churn, conversion, lifetime value
- Fluent English; Dutch is a plus but not required

# We offer
€4,300 – €5,900 gross per month, 8% holiday allowance, a 13th month, an NS travel card and free access to all our titles.`,
    role: null, sector: null, countries: ['NL'],
    mentions: ['DE', 'Data cleaning', 'Git', 'Deployment pipelines', 'Google Data Studio', 'Communication', 'Python', 'Business acumen'],
  },
  {
    id: 't16-b-27', title: 'Applied Scientist, Fraud & Risk',
    company: 'Norrvalv Payments', location: 'Stockholm, Sweden',
    locations: ['Stockholm, Sweden', 'Helsinki, Finland'],
    format: 'html',
    body: `Norrvalv processes card and account-to-account payments for 45,000 merchants in the Nordics and the Baltics, settling more than €30 billion a year. When a payment looks wrong, we have about 80 milliseconds to decide.

# What you'll work on
As an Applied Scientist in Fraud & Risk you will design the models that make that decision.
- Research and prototype new approaches to fraud detection, from gradient-boosted trees to graph neural networks over the merchant–card network
- Engineer features from transaction streams, device signals and chargeback history
- Run offline evaluations and shadow tests, reporting precision and recall at the thresholds our risk team cares about
- Write up your findings and present them to the risk committee
- Work with our ML engineers to take prototypes into production on Spark and our real-time scoring service

# What we're looking for
- PhD or MSc in machine learning, statistics or a related field, plus 3+ years of applied research
- Strong Python and solid probability and statistics
- Publications are nice to have, not required
- Curious, and keeps up with the research literature

# Practicalities
Permanent contract, hybrid (3 days a week in the office), occupational pension and health insurance. Please apply in English.`,
    role: 'ARS', sector: SECTOR.FIN, countries: ['SE', 'FI'],
    mentions: ['ARS', 'Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation', 'Communication', 'MLE', 'Apache Spark', 'Python', 'Probability', 'Continuous learning'],
  },
  {
    id: 't16-b-28', title: 'NLP Engineer – Japanese Language Models (Tokyo)',
    company: 'Hoshizora Linguistics', location: 'Tokyo, Japan',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;About Hoshizora Linguistics&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Law firms, manufacturers, game studios and city offices across Japan use Hoshizora to search, summarise and translate their documents. Our enterprise search and translation products handle more than 20 million pages a month.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;&lt;strong&gt;The role&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We are hiring an NLP Engineer to work on the Japanese language models behind our search and summarisation products.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Fine-tune and distil transformer models for Japanese and English (PyTorch)&lt;/li&gt;&lt;li&gt;Build evaluation sets with our linguists and track quality release over release&lt;/li&gt;&lt;li&gt;Serve models through gRPC APIs running on Kubernetes&lt;/li&gt;&lt;li&gt;Work with product managers to decide what&amp;#39;s ready to go live&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Requirements&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;3+ years of NLP engineering experience in Python&lt;/li&gt;&lt;li&gt;Experience with Docker and Kubernetes&lt;/li&gt;&lt;li&gt;Business-level Japanese (JLPT N2 or above) and working English&lt;/li&gt;&lt;li&gt;Go or Rust experience is a plus&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Benefits&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Annual salary ¥9,000,000 – ¥13,000,000 (paid in 12 installments)&lt;/li&gt;&lt;li&gt;Flextime and remote work up to 3 days a week&lt;/li&gt;&lt;li&gt;Commuting allowance, social insurance and visa sponsorship&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Hoshizora Linguistics K.K. is an equal opportunity employer.&lt;/p&gt;&lt;/div&gt;`,
    role: 'NLP_ENG', sector: SECTOR.IT, countries: ['JP'],
    mentions: ['NLP_ENG', 'Neural networks', 'PyTorch', 'Model evaluation', 'APIs', 'Kubernetes', 'Python', 'Docker'],
  },
  {
    id: 't16-b-29', title: 'Data Engineer – Network Analytics Platform',
    company: 'Dasom Mobile', location: 'Seongnam-si, Gyeonggi-do, South Korea',
    industry: 'Telecommunications',
    format: 'div',
    body: `# About the team
The Network Analytics Platform team collects performance counters, call records and alarm logs from about 60,000 base stations and makes them usable for radio engineers and data scientists. We run one of the largest on-premise Hadoop estates in the country and are moving it, piece by piece, to Kubernetes.

# Responsibilities
- Build streaming pipelines with Kafka and Spark Structured Streaming
- Maintain, and slowly retire, legacy Hadoop and Hive jobs
- Operate our Spark-on-Kubernetes cluster together with the infrastructure team
- Write validation rules that catch missing counters, duplicated records and clock skew between sites
- Expose curated datasets to analysts through internal REST APIs

# Qualifications
- Bachelor's degree in computer science or equivalent experience
- 4+ years as a data engineer
- Java or Scala, and Python
- Korean at a business level; English for documentation

# Benefits
Annual performance bonus, housing loan support, a free mobile plan and a company shuttle from Gangnam and Jamsil.`,
    role: 'DE', sector: SECTOR.TELCO, countries: ['KR'],
    mentions: ['DE', 'DS', 'Hadoop', 'Kubernetes', 'Kafka', 'Apache Spark', 'Data cleaning', 'APIs', 'Java', 'Python'],
  },
  {
    id: 't16-b-30', title: 'AI Product Manager – Imaging',
    company: 'Scanvesta Health', location: 'Tel Aviv-Yafo, Israel',
    format: 'raw',
    body: `<p>Scanvesta develops AI that reads CT and X-ray scans and flags urgent findings – brain bleeds, pulmonary embolisms, fractures – for radiologists. Our FDA-cleared and CE-marked software is used in more than 400 hospitals and imaging centers.</p><p><strong>What you'll do:</strong></p><p>As our AI Product Manager for imaging, you'll own two of our detection products from clinical need to launch.</p><ul><li>Own the roadmap and make the trade-offs between new findings, speed and integration work</li><li>Work daily with our machine learning engineers, clinical team and regulatory affairs</li><li>Define what "good enough" means with sensitivity and specificity targets, and review validation studies before each release</li><li>Talk to radiologists and hospital IT leaders to understand workflows and buying decisions</li><li>Present the product strategy to leadership and at customer advisory boards</li></ul><p><strong>Requirements:</strong></p><ul><li>4+ years of product management, at least 2 in AI/ML products</li><li>Experience with medical devices or healthcare software - big advantage</li><li>Understanding of how hospitals buy and pay for software</li><li>Excellent English; Hebrew - an advantage</li></ul><p>This position is open to all candidates.</p>`,
    role: 'AIPM', sector: SECTOR.HEALTH, countries: ['IL'],
    mentions: ['AIPM', 'MLE', 'Model evaluation', 'Communication', 'Business acumen'],
  },
  {
    id: 't16-b-31', title: 'Business Intelligence Developer',
    company: 'Nilecrest Pharmaceuticals', location: 'New Cairo, Cairo Governorate, Egypt',
    format: 'text',
    body: `Nilecrest manufactures more than 190 generic medicines – antibiotics, cardiovascular and diabetes treatments – at two plants in 10th of Ramadan City, and exports to 22 markets in Africa and the Gulf.

# Job purpose
The BI Developer builds and maintains the reporting that Sales, Supply Chain and Finance use to run the business.

# Key responsibilities
- Design data models and Power BI dashboards for sales, tender and stock performance
- Clean and reconcile data from SAP, distributor files and pharmacy sell-out reports
- Create clear visualisations that make trends obvious to regional managers
- Gather requirements from business users and present findings to management
- Support the move of legacy Excel reports to Power BI

# Requirements
- Bachelor's degree in Computer Science, Engineering, Statistics or Commerce
- 3–5 years of experience in BI development
- Strong SQL and Power BI (DAX, Power Query); Tableau knowledge is a plus
- Strong analytical and problem-solving skills
- Fluent Arabic and English

# What we offer
Competitive salary, medical insurance for you and your family, transportation from Cairo and Giza, and a yearly bonus.`,
    role: 'BIA', sector: SECTOR.HEALTH, countries: ['EG'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Tableau', 'Problem-solving'],
  },
  {
    id: 't16-b-32', title: 'Machine Learning Engineer (Recommendation) – Ho Chi Minh City',
    company: 'Giỏ Xanh Commerce', location: 'Ho Chi Minh City, Vietnam',
    format: 'html',
    body: `Giỏ Xanh is where 14 million Vietnamese shoppers buy groceries, phones and fashion from more than 80,000 sellers, with two-hour delivery in Ho Chi Minh City and Hanoi.

# What you will do
- Build and improve candidate generation and ranking models for the home feed and search (TensorFlow, two-tower models)
- Build features from clickstream and order data with PySpark
- Run A/B tests with the product team and read the results with care
- Evaluate models offline with recall@k and NDCG before they reach an experiment
- Package models in Docker and deploy them on our Kubernetes platform

# What we are looking for
- 3+ years as a machine learning engineer or data scientist
- Strong Python and a solid understanding of deep learning for recommendation
- Experience with Vertex AI or SageMaker is a plus
- Good English; Vietnamese is a plus
- Able to work with ambiguity in a fast-moving team

# Benefits
13th-month salary, performance bonus, premium healthcare, a MacBook, 15 days of annual leave, English and Vietnamese classes.`,
    role: 'MLE', sector: SECTOR.RETAIL, countries: ['VN'],
    mentions: ['MLE', 'DS', 'TensorFlow', 'Apache Spark', 'Feature engineering', 'Hypothesis testing', 'Model evaluation', 'Docker', 'Kubernetes', 'Python', 'Neural networks', 'Google AI Platform', 'AWS SageMaker', 'Adaptability'],
  },
  {
    id: 't16-b-33', title: 'Data Scientist – Traffic Signal Optimization',
    company: 'Vialumbra', location: 'Medellín, Antioquia, Colombia',
    format: 'raw',
    body: `<p><b>Who we are</b></p><p>Vialumbra's platform runs the traffic signals, bus priority and incident detection of 23 cities in Latin America. Our software adjusts signal timing at more than 9,000 intersections every few minutes, and city mobility departments use it to plan new corridors.</p><p><b>Your role</b></p><p>As a Data Scientist you will join the team led by Julia Restrepo and work on the models that decide signal timing.</p><ul><li><p>Model travel times and queue lengths with regression and time-series methods</p></li><li><p>Group intersections with similar demand patterns using clustering</p></li><li><p>Analyse data from loop detectors, cameras and GPS in Python (pandas) and R</p></li><li><p>Produce clear charts and maps for city engineers and present recommendations to municipal clients</p></li></ul><p><b>What you need</b></p><ul><li><p>Degree in engineering, statistics or a related quantitative field</p></li><li><p>3+ years of experience in data science</p></li><li><p>Advanced English and Spanish</p></li><li><p>Experience with transport or urban data is a plus</p></li></ul><p><b>What we offer</b></p><ul><li><p>Indefinite-term contract, salary in COP according to experience</p></li><li><p>Prepaid medicine plan, hybrid work from our office in El Poblado</p></li></ul><p>Vialumbra is an equal opportunity employer.</p>`,
    role: 'DS', sector: SECTOR.PUBLIC, countries: ['CO'],
    mentions: ['DS', 'Regression', 'Clustering', 'Python', 'Pandas', 'R', 'Visualization', 'Communication'],
  },
  {
    id: 't16-b-34', title: 'Credit Risk Analyst – Consumer Lending',
    company: 'Vistuline Consumer Finance', location: 'Warszawa, mazowieckie',
    format: 'escaped',
    body: `# Your responsibilities
- Monitor the performance of our scorecards and decision rules, and run quarterly backtests
- Develop and recalibrate application scorecards using logistic regression
- Prepare risk reports for the Management Board and the Credit Committee
- Support IFRS 9 provisioning and requests from the regulator

# Requirements
- Master's degree in econometrics, mathematics or finance
- 2+ years in credit risk at a bank or lending company
- SQL, and Python or SAS; Excel at an advanced level
- Clear communication in Polish and English, written and spoken
- Grade: R3 in our salary framework (PLN 13,000 – 16,500 gross per month)

# We offer
Hybrid work (2 days a week at our office by Rondo ONZ), private medical care, life insurance, a sports card and an annual bonus.

# About us
Vistuline Consumer Finance lends to around 700,000 households in Poland: cash loans, card instalments and point-of-sale financing in 4,000 partner shops.`,
    role: null, sector: SECTOR.FIN, countries: ['PL'],
    mentions: ['Model evaluation', 'Regression', 'Python', 'Communication'],
  },
  {
    id: 't16-b-35', title: 'Senior Backend Engineer (Go) – Remote, EMEA',
    company: 'Quillsby Talent Partners', location: 'Remote - EMEA',
    format: 'raw',
    body: `<div>We're partnering with a Series B scale-up that is hiring its first engineer outside the founding team's home time zone. Our client is fully remote and works asynchronously, with teammates in nine countries.</div><div><br></div><h3>What you'll be doing</h3><ul><li>Design and build backend services in Go, exposed through REST and gRPC APIs</li><li>Own services end to end: code in GitHub, CI/CD with GitHub Actions, deploys to Kubernetes</li><li>Improve observability and on-call runbooks</li><li>Review code and mentor two mid-level engineers</li></ul><h3>What you'll need</h3><ul><li>6+ years of backend development, at least 3 of them in Go</li><li>Docker, Kubernetes and Postgres in production</li><li>Some TypeScript or JavaScript on the frontend is a bonus</li><li>Clear written communication – most decisions happen in docs</li><li>Comfortable with ambiguity and changing priorities at an early-stage company</li></ul><h3>Package</h3><ul><li>€90,000 – €120,000 depending on location, plus equity</li><li>Employer of record available in most EMEA countries</li></ul><div>Quillsby Talent Partners acts as an employment agency in relation to this vacancy.</div>`,
    role: null, sector: null, countries: [],
    mentions: ['APIs', 'Git', 'Deployment pipelines', 'Kubernetes', 'Docker', 'Communication', 'Adaptability'],
  },
  {
    id: 't16-b-36', title: 'Sous Chef – All-Day Dining',
    company: 'The Marrowgate Hotel', location: 'Singapore 189560',
    format: 'text',
    body: `The Marrowgate is a 312-room heritage hotel on Beach Road, with an all-day dining restaurant, a rooftop bar and six function rooms.

# Responsibilities
- Run the kitchen during service in the absence of the Executive Chef
- Plan menus and daily specials with the culinary team, costing each dish
- Train and supervise commis and chefs de partie
- Check deliveries, rotate stock and keep food safety records up to date for audits
- Track food cost weekly in Excel and spark ideas for reducing waste

# Requirements
- Diploma in culinary arts or equivalent
- At least 4 years in a hotel or high-volume restaurant kitchen, including 1 year as Sous Chef or Junior Sous Chef
- Food safety certificate (Level 3)
- Able to work shifts, weekends and public holidays

# Benefits
Duty meals, uniform and laundry, medical and dental coverage, and staff rates across our partner hotels.

Apply with your CV and a photo of a signature dish.`,
    role: null, sector: null, countries: ['SG'],
    mentions: [],
  },
];
