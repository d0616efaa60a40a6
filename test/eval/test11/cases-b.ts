// Test-set (test11) postings, part B: 24 in German (Germany, Austria, Switzerland), French (France, Belgium,
// Luxembourg), Spanish (Spain, Mexico, Argentina, Chile), Italian, Dutch (Netherlands, Flanders), Portuguese
// (Portugal, Brazil), Polish and Swedish, and 12 in English from Ireland, New Zealand, South Africa, Kenya, the
// UAE, the Philippines, Brazil, Mexico, Nigeria, India and a remote EU post. Employers describe themselves in
// their own words, at the top, after the duties or at the end; some say only what they do.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a vendor made for one sector's
// businesses is in that sector, and null when the posting does not say or the business is none of the seven.
//
// Hard calls: t11-b-01 a cheese maker buying from 640 farms is food manufacturing, not a farmers'
// cooperative; t11-b-02 a municipal utility is unclassified; t11-b-10 and t11-b-29 sell traffic-signal and parking platforms to cities (Public
// Sector); t11-b-12 a robotics engineer at a copper mine (the mine is unclassified); t11-b-14 a hotel group
// (unclassified); t11-b-16 a Dutch water board is part of government; t11-b-20 a health-plan operator is
// Healthcare; t11-b-22 fulfilment for online shops is Retail; t11-b-24 a regional public-transport authority is
// Public Sector; t11-b-28 a rose grower is agriculture (null) and a "Data Analyst" title is none of the ten
// roles; t11-b-33 a sales engineer is not a data role; t11-b-36 a newspaper is media (null).
//
// Mention decisions: colleagues' roles named in the body are role mentions in any language ("científicos de
// datos", "ingénieurs roboticiens", "a BI developer" → Business Intelligence Analyst in t11-b-30); a named
// certification that is "valorizada" is still named (t11-b-19), as in earlier sets; CNNs, transformers,
// vision transformers, graph neural networks and "neurale netwerken" are Neural networks; XGBoost, LightGBM, "árboles de
// decisión" are Decision trees; A/B tests are Hypothesis testing, and an A/B test of a new model against the
// live one is also Model evaluation (t11-b-03); watching how models perform in production is Model evaluation
// (t11-b-16, t11-b-19); GitLab CI, Azure DevOps pipelines, Jenkins, GitHub Actions and "automatisera
// driftsättningen" are Deployment pipelines; "Azure" as a cloud is not Azure ML, "TensorFlow Lite" is
// TensorFlow; "na poziomie komunikatywnym" (a conversational language level, t11-b-23) is not Communication,
// while talking clearly with patients or customers is; only explicit problem-solving wording is labelled.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST11_B: HoldoutCase[] = [
  {
    id: 't11-b-01',
    title: 'Data Scientist (m/w/d) Absatz- und Milchmengenprognose',
    company: 'Käserei Ammergrund GmbH',
    location: 'Kempten (Allgäu)',
    countryHints: ['DE'],
    format: 'raw',
    // Personio job description: <h3> sections and lists, company text at the end.
    body: `<h3>Deine Aufgaben</h3><ul><li>Du entwickelst Prognosemodelle f&uuml;r die t&auml;gliche Milchanlieferung unserer Lieferh&ouml;fe und f&uuml;r den Absatz unserer K&auml;se- und Joghurtsorten</li><li>Du arbeitest mit Zeitreihen, Regressionsmodellen und XGBoost</li><li>Du leitest aus Wetter-, Feiertags- und Aktionsdaten aussagekr&auml;ftige Merkmale f&uuml;r deine Modelle ab</li><li>Du pr&uuml;fst, wie gut deine Modelle gegen&uuml;ber der bisherigen Planung abschneiden, und misst ihre Treffsicherheit jede Woche nach</li><li>Du stellst deine Ergebnisse der Produktionsplanung und dem Vertrieb verst&auml;ndlich vor</li></ul><h3>Das bringst du mit</h3><ul><li>Abgeschlossenes Studium der Statistik, Mathematik, Informatik oder Lebensmitteltechnologie mit Schwerpunkt Daten</li><li>Sicherer Umgang mit Python (pandas, NumPy, scikit-learn)</li><li>Erfahrung mit Git</li><li>Gute Deutschkenntnisse in Wort und Schrift</li></ul><h3>Das bieten wir</h3><ul><li>Unbefristete Anstellung in Vollzeit (38,5 Std./Woche)</li><li>Jahresgehalt zwischen 62.000&nbsp;&euro; und 74.000&nbsp;&euro; brutto</li><li>30 Tage Urlaub, JobRad und betriebliche Altersvorsorge</li><li>Jeden Monat ein K&auml;sepaket aus eigener Herstellung</li></ul><h3>&Uuml;ber uns</h3><p>Seit 1932 machen wir in Kempten aus Heumilch Bergk&auml;se, Emmentaler und Joghurt. Jeden Tag verarbeiten wir rund 900.000 Liter Milch von 640 H&ouml;fen aus dem Oberallg&auml;u; unsere Produkte stehen in Superm&auml;rkten in ganz Deutschland und &Ouml;sterreich.</p><p>Wir freuen uns auf Bewerbungen von allen Menschen &ndash; unabh&auml;ngig von Geschlecht, Nationalit&auml;t, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identit&auml;t.</p>`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Git'],
  },
  {
    id: 't11-b-02',
    title: 'Data Engineer (w/m/d) Energiedatenplattform',
    company: 'Stadtwerke Saalebogen GmbH',
    location: 'Halle (Saale), Sachsen-Anhalt',
    format: 'html',
    body: `# Wer wir sind
Strom, Fernwärme und Trinkwasser für rund 150.000 Haushalte in Halle und im Saalekreis, dazu 38 Ladeparks für Elektroautos: Das sind wir. Mit dem Smart-Meter-Rollout wächst unsere Datenmenge gerade um ein Vielfaches – und wir wollen mehr daraus machen als Abrechnungen.

# Deine Aufgaben
- Du baust Datenstrecken für Zählerstände, Netzlasten und Wetterdaten mit Apache Spark und Kafka
- Du schreibst Prüfregeln, die fehlerhafte oder doppelte Zählerwerte erkennen und korrigieren
- Du betreibst die Plattform auf Kubernetes und automatisierst Releases mit GitLab CI
- Du stellst unseren Data Scientists und dem Netzbetrieb verlässliche Datensätze bereit

# Dein Profil
- Studium der Informatik oder eine vergleichbare Ausbildung
- Mehrjährige Erfahrung mit Python oder Java
- Sicher in SQL und Datenmodellierung
- Du löst gern knifflige Probleme und arbeitest gern im Team

# Was wir bieten
- Vergütung nach TV-V inklusive Jahressonderzahlung
- 30 Tage Urlaub, 24.12. und 31.12. arbeitsfrei
- Mobiles Arbeiten bis zu 60 %
- Betriebliche Altersvorsorge und Deutschlandticket Job

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Fragen beantwortet dir gern Frau Kettler aus dem Personalteam unter 0345 000-1234.`,
    role: 'DE',
    sector: null,
    countries: ['DE'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'Kubernetes', 'Git', 'Deployment pipelines', 'DS', 'Python', 'Java', 'Problem-solving'],
  },
  {
    id: 't11-b-03',
    title: 'Machine Learning Engineer (m/w/d) – Empfehlungen & Suche',
    company: 'Gipfelkauf GmbH',
    location: 'Innsbruck, Tirol',
    format: 'div',
    body: `# Über Gipfelkauf
Seit 2009 verschicken wir Kletterseile, Tourenski, Zelte und Wanderschuhe aus unserem Lager in Hall in Tirol an 1,1 Millionen Kundinnen und Kunden in Österreich, Deutschland und der Schweiz – und beraten in unserem Flagship-Store in der Innsbrucker Altstadt persönlich.

# Deine Aufgaben
- Du bringst Ranking- und Empfehlungsmodelle für unseren Webshop in Produktion
- Du baust Trainings- und Serving-Pipelines mit MLflow, Docker und Kubernetes
- Du testest neue Modelle im A/B-Test gegen die aktuelle Version
- Du arbeitest eng mit unseren Data Scientists und dem Produktteam zusammen

# Dein Profil
- Mindestens 3 Jahre Erfahrung mit Python und PyTorch oder TensorFlow
- Erfahrung mit Cloud-Diensten, idealerweise AWS SageMaker
- Du lernst gerne dazu und bleibst bei neuen Methoden am Ball

# Wir bieten
Das kollektivvertragliche Mindestgehalt (KV Handel) für diese Position beträgt € 3.450 brutto monatlich; unser Angebot liegt je nach Erfahrung deutlich darüber (ab € 4.600). Dazu: Gleitzeit, zwei Homeoffice-Tage pro Woche, 30 % Mitarbeiterrabatt und eine Saisonkarte für die Nordkettenbahn.`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['AT'],
    mentions: ['MLflow', 'Docker', 'Kubernetes', 'Hypothesis testing', 'Model evaluation', 'DS', 'Python', 'PyTorch', 'TensorFlow', 'AWS SageMaker', 'Continuous learning'],
  },
  {
    id: 't11-b-04',
    title: 'Sachbearbeiter/in Zahlungsverkehr 80–100 %',
    company: 'Bank Thurwies AG',
    location: '9000 St. Gallen SG',
    format: 'text',
    body: `Die Bank Thurwies ist die Regionalbank der Ostschweiz: 310 Mitarbeitende in 14 Geschäftsstellen betreuen Sparkonten, Hypotheken und Firmenkredite für rund 120'000 Kundinnen und Kunden zwischen Bodensee und Toggenburg.

Ihre Aufgaben
- Verarbeitung und Kontrolle von In- und Auslandzahlungen (SIC, SEPA, SWIFT)
- Abklärungen bei Rückweisungen und Rückfragen von Korrespondenzbanken
- Mitarbeit bei der Umstellung auf ISO 20022
- Auskünfte an Kundinnen, Kunden und Geschäftsstellen am Telefon

Ihr Profil
- Abgeschlossene Banklehre oder kaufmännische Grundbildung mit Erfahrung im Zahlungsverkehr
- Exakte und selbständige Arbeitsweise
- Stilsicheres Deutsch, gute Englischkenntnisse
- Sicherer Umgang mit MS Office

Wir bieten
Fünf Wochen Ferien, Vorzugskonditionen auf Hypotheken und Bankprodukten, Reka-Checks, einen Beitrag an das Halbtax-Abonnement und moderne Arbeitsplätze fünf Gehminuten vom Bahnhof.

Interessiert? Wir freuen uns auf Ihre vollständigen Bewerbungsunterlagen über unser Online-Portal. Dossiers von Personalvermittlern werden nicht berücksichtigt.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CH'],
    mentions: [],
  },
  {
    id: 't11-b-05',
    title: 'Analyste Business Intelligence (H/F) – CDI',
    company: "Mutuelle Ligérienne d'Assurances",
    location: 'Angers (49)',
    format: 'escaped',
    body: `# Qui sommes-nous ?
Depuis 1921, la Mutuelle Ligérienne assure les voitures, les habitations, les exploitations agricoles et les artisans des Pays de la Loire. 420 000 sociétaires nous font confiance et 1 100 collaborateurs les accompagnent, en agence comme au téléphone.

# Vos missions
Au sein de la Direction Data & Pilotage (12 personnes), vous :
- concevez et maintenez les rapports et tableaux de bord Power BI de l'indemnisation et de la souscription ;
- modélisez les données de sinistres dans notre entrepôt (SQL Server) avec nos data engineers ;
- contrôlez la qualité des données et corrigez doublons, valeurs manquantes et incohérences entre outils métiers ;
- présentez vos analyses aux directions métiers et les aidez à les interpréter.

# Votre profil
- Bac+3 à Bac+5 en informatique décisionnelle ou en statistiques
- 3 ans d'expérience minimum sur Power BI (DAX, Power Query)
- Des notions de Python sont appréciées
- Rigueur, sens du service et goût du travail en équipe

# Pourquoi nous rejoindre ?
- Rémunération : 42 à 50 K€ bruts annuels selon expérience, + intéressement et participation
- 2 jours de télétravail par semaine
- 27 jours de congés + 18 RTT
- Restaurant d'entreprise, CSE, tarifs préférentiels sur vos contrats

Tous nos postes sont ouverts aux personnes en situation de handicap.`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['Power BI', 'DE', 'Data cleaning', 'Communication', 'Python'],
  },
  {
    id: 't11-b-06',
    title: 'Ingénieur Vision par Ordinateur (H/F/X)',
    company: 'Tricéo Machines SA',
    location: '7000 Mons, Hainaut',
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated; company description last.
    body: `<p><strong>Votre mission</strong></p><p>Nos trieuses optiques voient passer jusqu'&agrave; 30 tonnes de pommes de terre, de carottes et d'oignons par heure. Vous rendez leurs yeux plus fins.</p><ul><li>Vous entra&icirc;nez des r&eacute;seaux de neurones convolutifs (CNN) qui d&eacute;tectent taches, germes et cailloux sur des images hyperspectrales</li><li>Vous optimisez l'inf&eacute;rence en C++ sur les GPU embarqu&eacute;s de nos machines</li><li>Vous constituez avec nos clients des jeux d'images de r&eacute;f&eacute;rence et mesurez pr&eacute;cision et rappel sur ceux-ci avant chaque mise en production</li><li>Vous travaillez avec nos ing&eacute;nieurs roboticiens sur l'&eacute;jection pneumatique</li></ul><p><strong>Votre profil</strong></p><ul><li>Master ou doctorat en vision par ordinateur, traitement d'image ou apprentissage automatique</li><li>Ma&icirc;trise de Python et de PyTorch ; OpenCV</li><li>Bonne connaissance du C++</li><li>Fran&ccedil;ais courant, anglais technique ; le n&eacute;erlandais est un atout</li></ul><p><strong>Nous offrons</strong></p><p>Un CDI &agrave; temps plein, une r&eacute;mun&eacute;ration attractive assortie d'avantages extral&eacute;gaux (voiture de soci&eacute;t&eacute;, ch&egrave;ques-repas de 8&nbsp;&euro;, assurance groupe et hospitalisation), 32 jours de cong&eacute; et un environnement o&ugrave; les id&eacute;es passent vite du bureau d'&eacute;tudes &agrave; l'atelier.</p><p><strong>Qui sommes-nous ?</strong></p><p>Fond&eacute;e en 1987 &agrave; Mons, Tric&eacute;o Machines con&ccedil;oit, construit et entretient des trieuses optiques et des calibreuses pour l'industrie agroalimentaire. 260 personnes, 1&nbsp;400 machines install&eacute;es dans 40 pays.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['BE'],
    mentions: ['Neural networks', 'C++', 'Model evaluation', 'ROBO', 'Python', 'PyTorch'],
  },
  {
    id: 't11-b-07',
    title: 'Product Manager IA (F/H)',
    company: 'Fibréa',
    location: 'Villeurbanne (69)',
    format: 'html',
    body: `# Fibréa en bref
Nous raccordons 2,3 millions de foyers et d'entreprises d'Auvergne-Rhône-Alpes à la fibre optique, nous leur fournissons box, TV et forfaits mobiles, et nous les dépannons quand ça coupe. 1 900 salariés, dont 600 techniciens sur le terrain.

# Le poste
Rattaché(e) au Head of Digital, vous pilotez les produits d'IA destinés à nos clients et à nos techniciens : l'assistant qui diagnostique une panne de box avant l'appel, et l'outil qui prévoit les interventions à planifier.
- Vous définissez la vision produit, la feuille de route et les indicateurs de succès
- Vous priorisez le backlog avec une équipe de data scientists, de machine learning engineers et de développeurs
- Vous fixez avec l'équipe les critères d'évaluation des modèles avant chaque lancement
- Vous organisez des tests A/B sur l'espace client pour mesurer l'effet réel des nouvelles fonctionnalités
- Vous présentez les résultats au comité de direction

# Profil recherché
- 5 ans d'expérience en product management, dont 2 sur des produits intégrant du machine learning
- Compréhension des enjeux business d'un opérateur : churn, coût des appels, satisfaction
- Aisance pour vulgariser des sujets techniques

# Avantages
- 55 à 65 k€ bruts annuels + variable de 10 %
- Télétravail 3 jours par semaine
- Abonnement fibre et forfait mobile offerts
- Accord d'intéressement et CSE`,
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: ['FR'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't11-b-08',
    title: 'Infirmier / Infirmière en soins intensifs (m/f)',
    company: "Clinique du Val d'Alzette",
    location: 'L-4240 Esch-sur-Alzette',
    countryHints: ['LU'],
    format: 'text',
    body: `Votre mission
Au sein de notre unité de soins intensifs de 12 lits, vous assurez la surveillance et les soins des patients en phase critique, en collaboration étroite avec les médecins anesthésistes-réanimateurs.

Vos responsabilités
- Surveillance clinique et hémodynamique des patients ventilés ou sous assistance
- Préparation et administration des traitements selon prescription
- Tenue du dossier de soins informatisé
- Accueil et information des familles

Votre profil
- Diplôme d'infirmier reconnu au Luxembourg (autorisation d'exercer du ministère de la Santé)
- Une spécialisation en soins intensifs ou une première expérience en réanimation est un atout
- Aisance relationnelle et capacité à communiquer clairement avec les patients et leurs familles
- Maîtrise du français ; le luxembourgeois ou l'allemand est un plus
- Disponibilité pour un travail en horaires postés (jour, nuit, week-end)

Nous offrons
Un contrat à durée indéterminée à temps plein ou à 75 %, une rémunération selon la convention collective FHL, des primes de nuit et de week-end, et un plan de formation continue.

Qui sommes-nous ?
La Clinique du Val d'Alzette soigne chaque année 38 000 patients dans le sud du pays : chirurgie, maternité, soins intensifs et une policlinique ouverte 24 heures sur 24. Nos 1 050 collaborateurs viennent du Luxembourg, de France, de Belgique et d'Allemagne.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['LU'],
    mentions: ['Communication'],
  },
  {
    id: 't11-b-09',
    title: 'Científico/a de Datos Sénior – Previsión de Demanda',
    company: 'Supermercados Vallfosca',
    location: 'Paterna, Valencia',
    countryHints: ['ES'],
    format: 'div',
    body: `# Quiénes somos
En Vallfosca llevamos desde 1974 llenando la cesta de la compra de las familias valencianas. Hoy somos 186 supermercados en la Comunitat Valenciana y la Región de Murcia, 7.400 personas y una tienda online con entrega en el día.

# Qué harás
- Construir modelos de previsión de demanda por tienda y producto para frescos con gradient boosting (LightGBM) y modelos de regresión
- Crear variables a partir de calendario, clima, promociones y datos de la tarjeta de fidelización
- Validar los modelos con backtesting antes de ponerlos en producción y seguir su precisión cada semana
- Explicar los resultados a los equipos de compras y de tienda, sin jerga
- Visualizar el impacto de las roturas de stock y la merma con Python (Matplotlib, Seaborn)

# Qué buscamos
- 5 años o más en ciencia de datos, idealmente en retail o gran consumo
- Python (pandas, scikit-learn) y SQL avanzado; Spark es un plus
- Experiencia trabajando con data engineers en entornos cloud (Azure)
- Pensamiento crítico: cuestionas los datos antes de creértelos

# Qué ofrecemos
- Salario de 52.000 a 62.000 € brutos anuales + bonus por objetivos
- Contrato indefinido, jornada intensiva los viernes y en agosto
- 10 % de descuento en compras y seguro médico

En Vallfosca garantizamos la igualdad de oportunidades y la no discriminación por razón de sexo, origen, edad, discapacidad u orientación sexual.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['ES'],
    mentions: ['Decision trees', 'Regression', 'Feature engineering', 'Model evaluation', 'Communication', 'Visualization', 'Python', 'Matplotlib', 'Seaborn', 'Pandas', 'Scikit-learn', 'Apache Spark', 'DE', 'Critical thinking'],
  },
  {
    id: 't11-b-10',
    title: 'Ingeniero(a) de Datos – Movilidad',
    company: 'Ondaverde Movilidad S.A.P.I. de C.V.',
    location: 'Zapopan, Jal.',
    countryHints: ['MEX'],
    format: 'escaped',
    body: `# Quiénes somos
Nuestro sistema ajusta en tiempo real los tiempos de 3.200 semáforos en Guadalajara, Monterrey y Puebla. Los ayuntamientos nos contratan para que sus calles fluyan, sus camiones urbanos lleguen a tiempo y sus cruces sean más seguros para quien va a pie.

# Qué harás
- Diseñar y mantener flujos de datos en tiempo real desde controladores de semáforos, cámaras y GPS de autobuses con Kafka y Apache Spark
- Detectar y corregir lecturas faltantes o duplicadas de los sensores antes de que lleguen a los modelos
- Desplegar servicios con Docker y Kubernetes
- Exponer los datos a los tableros de los ayuntamientos mediante APIs REST
- Colaborar con nuestros científicos de datos en nuevos modelos de flujo vehicular

# Requisitos
- Ingeniería en Sistemas, Computación o afín
- 3 años o más como ingeniero(a) de datos
- Python y SQL; deseable Java o Scala
- Git y buenas prácticas de CI/CD
- Inglés intermedio

# Ofrecemos
Sueldo de $55,000 a $70,000 MXN mensuales brutos y prestaciones superiores a las de ley: aguinaldo de 30 días, vales de despensa, seguro de gastos médicos mayores, fondo de ahorro y home office dos días por semana.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['MX'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'Docker', 'Kubernetes', 'APIs', 'DS', 'DE', 'Python', 'Java', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't11-b-11',
    title: 'Analista Sr. de Riesgo Crediticio',
    company: 'Préstamos Ombú S.A.',
    location: 'Ciudad Autónoma de Buenos Aires',
    countryHints: ['AR'],
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer, company text at the end.
    body: `<p><b>Tu desaf&iacute;o</b></p><p>Vas a sumarte al equipo de Riesgo que decide a qui&eacute;n le prestamos, cu&aacute;nto y a qu&eacute; tasa.</p><ul><li>Desarrollar y recalibrar modelos de scoring de originaci&oacute;n con regresi&oacute;n log&iacute;stica y &aacute;rboles de decisi&oacute;n</li><li>Monitorear la morosidad por cosecha y proponer ajustes a la pol&iacute;tica de cr&eacute;dito</li><li>Dise&ntilde;ar pruebas A/B de l&iacute;mites y tasas junto al equipo de producto</li><li>Presentar los resultados al Comit&eacute; de Cr&eacute;ditos</li></ul><p><b>Qu&eacute; buscamos</b></p><ul><li>Graduado/a en Econom&iacute;a, Actuario, Estad&iacute;stica o Ingenier&iacute;a</li><li>4 a&ntilde;os de experiencia en riesgo de cr&eacute;dito minorista</li><li>SQL avanzado y Python o R</li><li>Visi&oacute;n de negocio y criterio para balancear crecimiento y p&eacute;rdida</li></ul><p><b>Beneficios</b></p><ul><li>Modalidad h&iacute;brida (dos d&iacute;as en la oficina de Palermo)</li><li>Prepaga para vos y tu grupo familiar</li><li>Bono anual por desempe&ntilde;o y ajuste salarial trimestral</li><li>Una semana extra de vacaciones</li></ul><p>&nbsp;</p><p><b>Sobre Pr&eacute;stamos Omb&uacute;</b></p><p>Desde 2016 otorgamos pr&eacute;stamos personales y cr&eacute;ditos para monotributistas 100&nbsp;% online. Hoy 1,3 millones de personas tienen una cuenta con nosotros, y operamos bajo la supervisi&oacute;n del Banco Central de la Rep&uacute;blica Argentina como proveedor no financiero de cr&eacute;dito.</p>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['AR'],
    mentions: ['Regression', 'Decision trees', 'Hypothesis testing', 'Communication', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't11-b-12',
    title: 'Ingeniero/a en Robótica – Mantenimiento Autónomo',
    company: 'Compañía Minera Cerro Atacal',
    location: 'Antofagasta, Región de Antofagasta',
    format: 'double',
    body: `# Sobre nosotros
Cerro Atacal produce 240.000 toneladas de cobre fino al año en su faena a 3.100 metros de altura, a 180 km de Antofagasta. Somos 2.900 trabajadores propios y más de 4.000 de empresas colaboradoras.

# El cargo
- Diseñar e integrar robots para tareas de riesgo: cambio de revestimientos de molinos y muestreo en chancado
- Programar robots industriales y móviles en ROS 2 con C++ y Python
- Entrenar políticas de control con aprendizaje por refuerzo en simulación antes de llevarlas a terreno
- Resolver problemas en terreno junto a mantenedores y operadores

# Requisitos
- Ingeniería Civil Eléctrica, Mecánica o Mecatrónica
- 3 años de experiencia en robótica industrial
- Licencia de conducir clase B
- Disponibilidad para sistema de turnos 7x7

# Ofrecemos
Renta competitiva, bono de producción, seguro complementario de salud, alojamiento en campamento y traslado aéreo desde Santiago, La Serena o Antofagasta.

Cerro Atacal promueve la inclusión laboral de personas con discapacidad conforme a la Ley 21.015.`,
    role: 'ROBO',
    sector: null,
    countries: ['CL'],
    mentions: ['C++', 'Python', 'Reinforcement learning', 'Problem-solving'],
  },
  {
    id: 't11-b-13',
    title: 'Progettista Rete FTTH (m/f)',
    company: 'Reteviva S.p.A.',
    location: 'Torino (TO)',
    format: 'raw',
    // Recruitee description: <h2> sections.
    body: `<h2>Chi siamo</h2><p>Reteviva &egrave; l'operatore che porta la fibra ottica e il 5G fisso nelle valli del Piemonte e della Valle d'Aosta: 410.000 clienti tra famiglie, imprese e comuni, una rete di 18.000&nbsp;km e un servizio clienti che risponde da Torino.</p><h2>Cosa farai</h2><ul><li>Progettare reti FTTH in architettura GPON, dal POP fino alla borchia d'utente</li><li>Redigere computi metrici e documentazione per i permessi comunali</li><li>Coordinare le imprese esecutrici nei cantieri</li><li>Aggiornare il catasto di rete sul GIS aziendale</li></ul><h2>Cosa cerchiamo</h2><ul><li>Diploma di perito o laurea in ingegneria delle telecomunicazioni</li><li>Conoscenza di AutoCAD e QGIS</li><li>Patente B</li><li>Capacit&agrave; di problem solving e di lavorare in autonomia</li></ul><h2>Cosa offriamo</h2><p>CCNL Telecomunicazioni, livello 5 o 6 in base all'esperienza, buoni pasto da 8&nbsp;&euro;, auto aziendale, welfare aziendale e assistenza sanitaria integrativa.</p><p>La ricerca &egrave; rivolta a candidati di entrambi i sessi (L.&nbsp;903/77 e D.Lgs.&nbsp;198/2006).</p>`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IT'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't11-b-14',
    title: 'Analista Business Intelligence',
    company: 'Conero Hotels & Resorts S.r.l.',
    location: 'Rimini (RN)',
    format: 'double',
    body: `# Il ruolo
Cerchiamo un/una Analista Business Intelligence che aiuti direzione, revenue manager e direttori d'albergo a leggere i numeri della stagione.
- Sviluppare e mantenere report e dashboard in Power BI su occupazione, prezzo medio e RevPAR
- Integrare i dati del gestionale alberghiero, del channel manager e delle recensioni online
- Supportare il revenue management con analisi di domanda e di prezzo
- Visualizzare in modo chiaro l'andamento delle prenotazioni

# Requisiti
- Laurea in Economia, Statistica o Ingegneria Gestionale
- Almeno 2 anni di esperienza con Power BI e SQL
- Conoscenza di Python o R gradita
- Ottime capacità di comunicazione e di presentazione dei risultati

# Offriamo
Contratto a tempo indeterminato CCNL Turismo, RAL 34.000–40.000 €, smart working due giorni a settimana e soggiorni scontati in tutte le nostre strutture.

# Chi siamo
Conero Hotels & Resorts gestisce 23 alberghi tra la Riviera romagnola, le Marche e le Dolomiti: 2.600 camere e 900 collaboratori in alta stagione, dalla reception alla cucina.`,
    role: 'BIA',
    sector: null,
    countries: ['IT'],
    mentions: ['Power BI', 'Visualization', 'Python', 'R', 'Communication'],
  },
  {
    id: 't11-b-15',
    title: 'Sviluppatore Java Senior (m/f)',
    company: 'Euganea Informatica S.r.l.',
    location: 'Padova (PD)',
    format: 'text',
    body: `Euganea Informatica è una società di consulenza IT con 180 persone tra Padova, Vicenza e Treviso: sviluppiamo e manteniamo applicazioni su misura per aziende manifatturiere, banche locali ed enti pubblici del Nord-Est.

Per il nostro team Sviluppo cerchiamo uno/a Sviluppatore Java Senior.

Responsabilità
- Progettare e sviluppare microservizi in Java 17 e Spring Boot
- Esporre e documentare API REST
- Containerizzare le applicazioni con Docker e rilasciarle su Kubernetes
- Curare le pipeline CI/CD con Jenkins e il versionamento del codice con Git
- Affiancare i colleghi più giovani nelle code review

Requisiti
- Almeno 5 anni di esperienza nello sviluppo Java
- Esperienza con database relazionali (PostgreSQL, Oracle)
- Voglia di aggiornarsi continuamente su nuove tecnologie

Offriamo
RAL 42.000–50.000 € in base all'esperienza, CCNL Metalmeccanico, buoni pasto elettronici, orario flessibile, due giorni di smart working e un budget annuale per corsi e certificazioni.

I dati personali saranno trattati ai sensi del Regolamento UE 2016/679 (GDPR).`,
    role: null,
    sector: SECTOR.IT,
    countries: ['IT'],
    mentions: ['Java', 'APIs', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Git', 'Continuous learning'],
  },
  {
    id: 't11-b-16',
    title: 'Machine learning engineer (32–36 uur)',
    company: 'Waterschap Lingemeer',
    location: 'Tiel, Gelderland',
    format: 'div',
    body: `# Over ons
Waterschap Lingemeer zorgt voor veilige dijken, schoon water en droge voeten voor 420.000 inwoners tussen Waal en Lek. Als waterschap zijn we een van de oudste overheden van Nederland, met een eigen gekozen bestuur. Onze 560 collega's beheren 180 gemalen en zes rioolwaterzuiveringen.

# Wat ga je doen?
- Je ontwikkelt modellen die op basis van sensordata voorspellen wanneer een gemaal onderhoud nodig heeft
- Je brengt modellen naar productie in Microsoft Azure Machine Learning en bewaakt hoe ze presteren
- Je automatiseert trainen en uitrollen met Azure DevOps-pipelines
- Je beheert code en modellen in Git
- Je legt uitkomsten begrijpelijk uit aan hydrologen en aan het bestuur

# Wat vragen wij?
- Hbo- of wo-diploma in informatica, data science of een technische richting
- Minimaal 2 jaar ervaring met Python en scikit-learn
- Je bent nieuwsgierig en blijft jezelf ontwikkelen

# Wat bieden wij?
Salaris maximaal € 5.602 bruto per maand (schaal 11, cao Waterschappen), een individueel keuzebudget van 19,5 %, een goed pensioen bij ABP en flexibele werktijden. Een assessment kan onderdeel zijn van de procedure.`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['Microsoft Azure ML', 'Model evaluation', 'Deployment pipelines', 'Git', 'Communication', 'Python', 'Scikit-learn', 'Continuous learning'],
  },
  {
    id: 't11-b-17',
    title: 'Data Scientist Klinische Data',
    company: 'Ziekenhuisnetwerk Scheldeboog',
    location: 'Gent, Oost-Vlaanderen',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, organisation text at the end.
    body: `<p><b>Jouw functie</b></p><p>Als data scientist help je artsen en verpleegkundigen om sneller te zien welke pati&euml;nten achteruitgaan.</p><ul><li>Je bouwt voorspellende modellen voor heropnames en sepsis op basis van het elektronisch pati&euml;ntendossier</li><li>Je test je modellen op gegevens van andere campussen voordat ze in gebruik gaan, en bespreekt de resultaten met de artsen</li><li>Je zet ruwe labo- en monitoringdata om in bruikbare kenmerken voor je modellen</li><li>Je visualiseert trends voor de afdelingen met Python</li><li>Je werkt samen met onze data engineers en het team rapportering</li></ul><p><b>Jouw profiel</b></p><ul><li>Master in statistiek, informatica, biomedische wetenschappen of gelijkwaardig</li><li>Ervaring met Python (pandas, scikit-learn) en/of R</li><li>Kennis van neurale netwerken is een plus</li><li>Je communiceert helder met zorgverleners</li></ul><p><b>Ons aanbod</b></p><p>Een contract van onbepaalde duur, verloning volgens IFIC-barema met erkenning van relevante ervaring, maaltijdcheques, fietsvergoeding en een hospitalisatieverzekering.</p><p><b>Over Scheldeboog</b></p><p>Scheldeboog verenigt vier ziekenhuizen in Gent, Eeklo en Zelzate: 1.450 bedden, 5.200 medewerkers en 700 artsen. Wij staan voor topzorg dicht bij huis.</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['Model evaluation', 'Communication', 'Feature engineering', 'Visualization', 'DE', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Neural networks'],
  },
  {
    id: 't11-b-18',
    title: 'Klantenservicemedewerker Techniek (24–32 uur)',
    company: 'Terpnet',
    location: 'Leeuwarden',
    countryHints: ['NLD'],
    format: 'html',
    body: `# Wie zijn wij?
Wij houden 300.000 huishoudens in Friesland, Groningen en Drenthe online – via glasvezel en, waar dat nog niet ligt, via de kabel. Ook tv en vaste telefonie komen bij ons vandaan.

# Wat ga je doen?
- Je helpt klanten telefonisch en via de chat als hun internet, tv of telefoon het niet doet
- Je stelt storingen op afstand vast en plant waar nodig een monteur in
- Je legt uit hoe modem, wifi-versterker en tv-kastje werken

# Wie ben jij?
- Mbo-niveau 4
- Technisch inzicht en geduld
- Je communiceert helder en vriendelijk, ook met klanten die even niet zo vriendelijk zijn
- Beschikbaar op minimaal één avond per week en één zaterdag per maand

# Wat bieden wij?
- € 2.650 – € 3.150 bruto per maand bij 36 uur
- 8 % vakantiegeld en een eindejaarsuitkering
- Reiskostenvergoeding en een laptop om thuis te werken na je inwerkperiode
- Gratis glasvezelabonnement

Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['NL'],
    mentions: ['Communication'],
  },
  {
    id: 't11-b-19',
    title: 'Engenheiro/a de Machine Learning',
    company: 'Banco Ribeira Alta',
    location: 'Lisboa',
    countryHints: ['PT'],
    format: 'escaped',
    body: `# O que vais fazer
- Colocar em produção modelos de deteção de fraude em pagamentos e de risco de crédito
- Construir pipelines de treino e inferência com Kubeflow e Kubernetes
- Gerir experiências e versões de modelos com MLflow
- Monitorizar o desempenho dos modelos em produção e decidir, com a equipa de risco, quando os retreinar
- Trabalhar lado a lado com cientistas de dados e engenheiros de dados

# O que procuramos
- Licenciatura ou mestrado em Engenharia Informática ou área afim
- 3 ou mais anos a desenvolver sistemas de ML em Python
- Experiência com Docker, Git e CI/CD
- Conhecimento de TensorFlow ou PyTorch
- Certificação Google Professional Machine Learning Engineer valorizada

# O que oferecemos
Contrato sem termo, salário competitivo, seguro de saúde extensível ao agregado familiar, condições bancárias preferenciais e modelo híbrido (três dias em casa).

# Sobre nós
O Banco Ribeira Alta nasceu em 1889 como caixa de crédito dos produtores do Douro. Hoje somos um banco universal com 190 balcões, 1,1 milhões de clientes particulares e empresas, e uma app que abre contas em oito minutos.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['PT'],
    mentions: ['Kubeflow', 'Kubernetes', 'MLflow', 'Model evaluation', 'DS', 'DE', 'Python', 'Docker', 'Git', 'Deployment pipelines', 'TensorFlow', 'PyTorch', 'CERT_GCP'],
  },
  {
    id: 't11-b-20',
    title: 'Cientista de Dados Pleno',
    company: 'Serrana Saúde',
    location: 'Belo Horizonte - MG',
    format: 'raw',
    // Gupy job page: <p><strong> section titles, hyphen bullets joined with <br>.
    body: `<p><strong>Sobre a Serrana Sa&uacute;de</strong></p><p>Somos uma operadora de planos de sa&uacute;de com 780 mil benefici&aacute;rios em Minas Gerais e no Esp&iacute;rito Santo, rede pr&oacute;pria de 14 cl&iacute;nicas e dois hospitais, e mais de 30 anos cuidando de quem cuida da fam&iacute;lia mineira.</p><p><strong>Responsabilidades e atribui&ccedil;&otilde;es</strong></p><p>- Desenvolver modelos para prever interna&ccedil;&otilde;es evit&aacute;veis e priorizar benefici&aacute;rios para programas de cuidado<br>- Aplicar t&eacute;cnicas de clusteriza&ccedil;&atilde;o para segmentar perfis de uso da rede<br>- Tratar dados de contas m&eacute;dicas, corrigindo inconsist&ecirc;ncias e registros duplicados<br>- Avaliar os modelos com m&eacute;tricas adequadas e acompanhar o desempenho depois da implanta&ccedil;&atilde;o<br>- Apresentar os resultados para as &aacute;reas m&eacute;dica e atuarial</p><p><strong>Requisitos e qualifica&ccedil;&otilde;es</strong></p><p>- Forma&ccedil;&atilde;o em Estat&iacute;stica, Matem&aacute;tica, Ci&ecirc;ncia da Computa&ccedil;&atilde;o ou &aacute;reas afins<br>- Experi&ecirc;ncia com Python (pandas, scikit-learn) e SQL<br>- Conhecimento de Power BI<br>- Viv&ecirc;ncia com AWS SageMaker ser&aacute; um diferencial</p><p><strong>Informa&ccedil;&otilde;es adicionais</strong></p><p>Regime CLT, vale-refei&ccedil;&atilde;o, plano de sa&uacute;de e odontol&oacute;gico sem coparticipa&ccedil;&atilde;o, previd&ecirc;ncia privada, aux&iacute;lio-creche e modelo h&iacute;brido.</p><p>Valorizamos a diversidade: todas as pessoas s&atilde;o bem-vindas, independentemente de ra&ccedil;a, g&ecirc;nero, orienta&ccedil;&atilde;o sexual, idade ou defici&ecirc;ncia.</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['BR'],
    mentions: ['Clustering', 'Data cleaning', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Power BI', 'AWS SageMaker'],
  },
  {
    id: 't11-b-21',
    title: 'Analista de Suporte Técnico N2',
    company: 'Nuvemtrilha',
    location: 'Florianópolis - SC',
    format: 'div',
    body: `# Quem somos
Mais de 9 mil empresas, de escritórios de arquitetura a redes de academias, organizam projetos, tarefas e aprovações na Nuvemtrilha. Somos 240 pessoas, com sede em Florianópolis e clientes em todo o Brasil e em Portugal.

# O que você vai fazer
- Atender chamados de segundo nível por e-mail, chat e telefone
- Reproduzir erros, analisar logs e consultar o banco de dados (SQL) para encontrar a causa
- Documentar soluções na base de conhecimento
- Testar integrações de clientes com a nossa API

# O que esperamos
- Dois anos de experiência com suporte a sistemas web
- SQL básico e noções de APIs REST
- Boa comunicação escrita
- Espanhol é um diferencial

# Benefícios
Salário de R$ 4.800 a R$ 5.800, vale-alimentação, plano de saúde, auxílio academia, day off no aniversário e trabalho remoto com encontros trimestrais na sede.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['BR'],
    mentions: ['APIs', 'Communication'],
  },
  {
    id: 't11-b-22',
    title: 'Analityk Business Intelligence (K/M)',
    company: 'Skrzynka Fulfillment Sp. z o.o.',
    location: 'Poznań, wielkopolskie',
    format: 'html',
    body: `# Twoje zadania
- Tworzenie i rozwój raportów w Power BI dla działu operacji i dla klientów
- Analiza wydajności kompletacji, terminowości wysyłek i zwrotów
- Wizualizacja danych o przepływie paczek przez magazyny
- Przygotowywanie analiz i prezentowanie wniosków kierownikom zmian i klientom
- Współpraca z data engineerem przy rozwoju hurtowni danych

# Nasze wymagania
- Min. 2 lata doświadczenia na stanowisku analitycznym
- Bardzo dobra znajomość SQL i Power BI
- Mile widziana znajomość Pythona
- Samodzielność i dokładność

# Oferujemy
- Umowę o pracę, wynagrodzenie 9 000–11 500 zł brutto
- Pracę hybrydową (2 dni w biurze w Poznaniu)
- Prywatną opiekę medyczną i kartę sportową
- Dofinansowanie do nauki języków

# O nas
Przechowujemy, pakujemy i wysyłamy zamówienia ponad 600 sklepów internetowych – od małych marek kosmetycznych po sieci z elektroniką. Z naszych trzech magazynów pod Poznaniem wychodzi 70 000 paczek dziennie.

Prosimy o zawarcie w CV klauzuli: „Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji."`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['PL'],
    mentions: ['Power BI', 'Visualization', 'Communication', 'DE', 'Python'],
  },
  {
    id: 't11-b-23',
    title: 'Specjalista ds. Planowania Produkcji (K/M/N)',
    company: 'Kolbex Automotive Sp. z o.o.',
    location: 'Tychy, śląskie',
    format: 'text',
    body: `Kolbex Automotive produkuje wiązki przewodów i moduły oświetlenia dla producentów samochodów z Niemiec, Czech i Włoch. W zakładzie w Tychach pracuje 1 300 osób w systemie trzyzmianowym.

Zakres obowiązków
- Tworzenie harmonogramów produkcji w SAP PP
- Kontrola dostępności materiałów i współpraca z działem logistyki
- Analiza wskaźników OEE i raportowanie do kierownika zakładu
- Reagowanie na zmiany w zamówieniach klientów

Wymagania
- Wykształcenie wyższe techniczne lub ekonomiczne
- Min. 2 lata doświadczenia w planowaniu produkcji
- Dobra znajomość Excela; znajomość Power BI będzie atutem
- Język angielski lub niemiecki na poziomie komunikatywnym
- Umiejętność rozwiązywania problemów

Oferujemy
Umowę o pracę na czas nieokreślony, premię kwartalną, dofinansowanie do obiadów, prywatną opiekę medyczną, bezpłatny parking i dowóz pracowników z Katowic i Mikołowa.

Administratorem Pani/Pana danych osobowych jest Kolbex Automotive Sp. z o.o. z siedzibą w Tychach.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['PL'],
    mentions: ['Power BI', 'Problem-solving'],
  },
  {
    id: 't11-b-24',
    title: 'Dataingenjör till Trafikanalys',
    company: 'Mittkustens Kollektivtrafikmyndighet',
    location: 'Sundsvall',
    countryHints: ['SE'],
    format: 'raw',
    // Teamtailor job body: <h3> sections, organisation text at the end.
    body: `<h3>Om rollen</h3><p>Vi vill veta hur resen&auml;rerna faktiskt reser &ndash; f&ouml;r att kunna planera turer som passar dem. Som dataingenj&ouml;r bygger du grunden f&ouml;r det.</p><h3>Dina arbetsuppgifter</h3><ul><li>Bygga och underh&aring;lla datafl&ouml;den fr&aring;n biljettsystemet, blippdata och fordonens GPS till v&aring;r dataplattform i Azure</li><li>Skriva kontroller som hittar och r&auml;ttar felaktiga eller saknade avl&auml;sningar</li><li>Ta fram datamodeller f&ouml;r rapporter i Power BI tillsammans med v&aring;ra analytiker</li><li>Versionshantera all kod i Git och automatisera drifts&auml;ttningen</li></ul><h3>Vem &auml;r du?</h3><ul><li>H&ouml;gskoleexamen inom datateknik, systemvetenskap eller motsvarande</li><li>Erfarenhet av Python och SQL, g&auml;rna &auml;ven Apache Spark</li><li>Du &auml;r strukturerad och tycker om att l&ouml;sa problem</li></ul><h3>Vi erbjuder</h3><p>Tillsvidareanst&auml;llning p&aring; heltid med sex m&aring;naders provanst&auml;llning, flextid, friskv&aring;rdsbidrag p&aring; 3&nbsp;000&nbsp;kr och fritt &aring;kande med alla v&aring;ra bussar och t&aring;g i l&auml;net.</p><h3>Om oss</h3><p>Mittkustens Kollektivtrafikmyndighet ansvarar f&ouml;r busstrafiken och regionalt&aring;gen i V&auml;sternorrland. Vi &auml;gs av regionen och l&auml;nets sju kommuner och planerar, upphandlar och f&ouml;ljer upp 24 miljoner resor om &aring;ret.</p><p>Vi undanber oss kontakt med rekryterings- och annonsf&ouml;retag.</p>`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['SE'],
    mentions: ['Data cleaning', 'Power BI', 'Git', 'Deployment pipelines', 'Python', 'Apache Spark', 'Problem-solving'],
  },
  {
    id: 't11-b-25',
    title: 'Applied Scientist, Ocean Forecasting',
    company: 'Tolka Research Ltd',
    location: 'Dublin 2, Ireland',
    format: 'html',
    body: `# The role
We are looking for an Applied Scientist to make our wave, current and sea-temperature forecasts sharper, further ahead.
- Design and train graph neural networks and transformer models on decades of satellite, buoy and reanalysis data in PyTorch
- Benchmark every candidate model against physics-based forecasts and our production model on held-out years
- Present your results to the wider research team and write them up for customers
- Work with our ML engineers to ship models to the forecasting service that runs four times a day

# What you'll bring
- A PhD or equivalent research experience in machine learning, atmospheric or ocean science, or applied mathematics
- Strong Python and a solid grounding in linear algebra and probability
- Publications at venues such as NeurIPS, ICML or in geoscience journals are a plus

# Benefits
Competitive salary and share options, 25 days' annual leave plus public holidays, private health insurance, a €2,000 yearly conference budget and the bike-to-work scheme.

# About Tolka
Tolka Research is a 60-person AI company. We build machine-learning models of the ocean and sell forecasts to shipping lines, offshore wind farms, ports and fisheries. Our office overlooks the Grand Canal in Dublin.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IE'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Communication', 'MLE', 'Python', 'Linear algebra', 'Probability'],
  },
  {
    id: 't11-b-26',
    title: 'Yard Team Leader',
    company: 'Totara Trade Depot',
    location: 'Te Rapa, Hamilton',
    countryHints: ['NZL'],
    format: 'text',
    body: `From framing timber and roofing iron to paint, fixings and garden mix, we keep Waikato builders and weekend DIYers stocked from four sites between Te Awamutu and Huntly. Our trade counter opens at 6:30am because that's when our customers start.

About the role
We're after a Yard Team Leader for our Te Rapa site to lead a crew of eight and keep the yard safe, tidy and moving.

What you'll do
- Run the yard roster and daily toolbox talks
- Load trade orders accurately and on time, and check deliveries against paperwork
- Keep stock rotated, racked and counted
- Communicate clearly with customers, drivers and the store team
- Lead by example on health and safety

What you'll bring
- 2+ years' experience in a timber yard, warehouse or building supplies
- Forklift licence with F endorsement
- Full NZ driver's licence (Class 2 is a bonus)
- Able to work 6:30am–3:30pm weekdays and one Saturday morning in three

What we offer
$29–$33 per hour depending on experience, KiwiSaver, staff pricing, boots and uniform, and real chances to move up as we grow.

Applicants must have the right to work in New Zealand.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['NZ'],
    mentions: ['Communication'],
  },
  {
    id: 't11-b-27',
    title: 'NLP Engineer – Multilingual Self-Service',
    company: 'Ukhozi Mobile',
    location: 'Midrand, Gauteng',
    format: 'div',
    body: `# Who we are
Ukhozi Mobile is a mobile network operator with 14 million prepaid and contract customers across South Africa. Our towers reach from the Karoo to the Kruger, and most of our customers speak to us on WhatsApp, USSD or in one of 230 stores.

# What you'll do
- Build intent classification and entity extraction for our WhatsApp and USSD self-service channels in isiZulu, isiXhosa, Sesotho, Afrikaans and English
- Fine-tune transformer models with the Hugging Face libraries and PyTorch
- Build evaluation sets with our language specialists and track accuracy per language
- Serve models through APIs on Kubernetes
- Work with data scientists and the customer-care team

# What you'll need
- BSc or MSc in Computer Science, Engineering or Linguistics
- 3+ years of Python and natural language processing
- Experience with Docker and Git
- The ability to explain model behaviour to non-technical stakeholders

# What's in it for you
Market-related salary, medical aid and retirement fund contributions, a monthly data and airtime allowance, and hybrid work from our Midrand campus.

Ukhozi Mobile is committed to employment equity in line with the Employment Equity Act; preference will be given to candidates from designated groups.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['ZA'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'APIs', 'Kubernetes', 'DS', 'Python', 'Docker', 'Git', 'Communication'],
  },
  {
    id: 't11-b-28',
    title: 'Data Analyst – Harvest & Grading',
    company: 'Waridi Farms Ltd',
    location: 'Naivasha, Nakuru County',
    countryHints: ['KE'],
    format: 'escaped',
    body: `# About us
We grow 180 million rose stems a year in 120 hectares of greenhouses on the shores of Lake Naivasha, and fly them to the auctions in the Netherlands and to florists across the Middle East. 2,400 people work on our farm.

# The role
- Clean the daily harvest, grading and cold-store data and fix errors at the source with the grading hall supervisors
- Forecast weekly harvest volumes per variety with regression models in Python
- Build and maintain Power BI reports for the farm and sales teams
- Present the weekly numbers to farm managers and explain what changed

# Requirements
- Degree in Statistics, Economics, Agriculture or a related field
- 2+ years in a data or reporting role
- Strong Excel and SQL; Python is required
- Willingness to spend time in the greenhouses and the grading hall

# We offer
A competitive salary, medical cover for you and your family, staff transport from Naivasha town and lunch on the farm every day.

Waridi Farms is Fairtrade certified and an equal opportunity employer.`,
    role: null,
    sector: null,
    countries: ['KE'],
    mentions: ['Data cleaning', 'Regression', 'Python', 'Power BI', 'Communication'],
  },
  {
    id: 't11-b-29',
    title: 'Computer Vision Engineer',
    company: 'Parkora FZ-LLC',
    location: 'Dubai, United Arab Emirates',
    format: 'raw',
    // Workable description: <p><strong> lead-ins and lists, company text at the end.
    body: `<p><strong>The role</strong></p><p>Our cameras watch 60,000 on-street parking bays. You will make them see better.</p><ul><li>Train object detection and licence-plate recognition CNNs in PyTorch for Arabic and Latin plates</li><li>Optimise inference in C++ for NVIDIA Jetson edge devices and ship it in Docker containers</li><li>Measure accuracy in glare, sandstorms and at night, and sign off every model against our field test set before rollout</li><li>Work with hardware and field teams on camera placement</li></ul><p><strong>Requirements</strong></p><ul><li>BSc or MSc in Computer Science, Electrical Engineering or similar</li><li>4+ years in computer vision with Python and C++</li><li>Experience with OpenCV; TensorFlow Lite is a plus</li><li>Arabic is an advantage but not required</li></ul><p><strong>Benefits</strong></p><p>Tax-free salary of AED 22,000&ndash;30,000 per month, annual flight home, family medical insurance, visa sponsorship and 30 days' annual leave.</p><p><strong>About Parkora</strong></p><p>Parkora runs the sensors, cameras and payment apps behind on-street parking for municipalities in the UAE, Oman and Saudi Arabia. City transport departments use our platform to find free bays, enforce time limits and plan parking policy.</p>`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['AE'],
    mentions: ['Neural networks', 'PyTorch', 'C++', 'Docker', 'Model evaluation', 'Python', 'TensorFlow'],
  },
  {
    id: 't11-b-30',
    title: 'Business Intelligence Developer',
    company: 'Banahaw Medical Centers, Inc.',
    location: 'Makati City, Metro Manila',
    format: 'double',
    body: `# Job summary
We are looking for a Business Intelligence Developer to give our hospital directors, nursing leaders and finance team one trusted view of how our hospitals are doing.

# Duties and responsibilities
- Design and build data warehouse models and Power BI reports on admissions, bed occupancy, length of stay and billing
- Write ETL in SQL Server Integration Services and Python
- Validate figures with department heads and fix data quality issues at the source
- Train end users and present the monthly KPI pack to the executive committee

# Qualifications
- Bachelor's degree in IT, Computer Science, Statistics or a related field
- At least 3 years' experience as a BI developer
- Strong SQL and DAX; Python is an advantage
- Willing to work onsite in Makati, Monday to Friday

# What we offer
HMO coverage for you and two dependents, 13th month pay, rice subsidy, paid vacation and sick leave, and free annual executive check-up at our hospitals.

# About us
Banahaw Medical Centers operates three tertiary hospitals and 11 outpatient clinics in Metro Manila and Laguna, with 1,200 beds and more than 900 accredited doctors.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['PH'],
    mentions: ['Power BI', 'Python', 'Data cleaning', 'Communication', 'BIA'],
  },
  {
    id: 't11-b-31',
    title: 'Machine Learning Engineer, Credit Decisioning',
    company: 'Capivara Bank',
    location: 'São Paulo, SP',
    locations: ['Remote - Mexico'],
    format: 'html',
    body: `# About Capivara
Capivara Bank is a digital bank for people the big banks overlooked. 9 million customers in Brazil and Mexico use our app to get paid, pay with Pix or SPEI, and borrow small amounts at fair rates.

# What you'll do
- Build and maintain the feature pipelines that feed our credit limit and default models, in Apache Spark
- Take models trained with XGBoost from notebook to low-latency services on AWS SageMaker
- Package services with Docker, run them on Kubernetes and release them through GitHub Actions
- Validate every new model against the current one on out-of-time samples before it takes traffic
- Work closely with data scientists and credit risk analysts

# What we're looking for
- 4+ years of software or ML engineering with Python
- Experience running models in production in a regulated business
- Clear written English; Portuguese or Spanish is a plus

# Benefits
Competitive salary in BRL or MXN, stock options, health and dental plans, meal allowance, and a home-office budget.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['BR', 'MX'],
    mentions: ['Feature engineering', 'Apache Spark', 'Decision trees', 'AWS SageMaker', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Git', 'Model evaluation', 'DS', 'Python', 'Communication'],
  },
  {
    id: 't11-b-32',
    title: 'Deep Learning Specialist – Forging Inspection',
    company: 'Forjados del Bajío S.A. de C.V.',
    location: 'Querétaro, Qro.',
    countryHints: ['MX'],
    format: 'escaped',
    body: `# Who we are
Steering knuckles and control arms from our two forge lines in Querétaro end up under one in nine pickups built in North America. 1,600 people, three shifts, and zero tolerance for a crack that leaves the plant.

# What you will do
- Train CNN and vision transformer models to find cracks, laps and folds in X-ray and camera images of forgings
- Curate and relabel noisy training data with our quality inspectors
- Benchmark every model against human inspectors before it goes on the line
- Work with the robotics engineers who build the handling cells
- Deploy models to the line PCs with Docker

# What you bring
- MSc or PhD in computer science, electrical engineering or a related field
- 3+ years of deep learning in Python and PyTorch
- Fluent Spanish and working English

# What we offer
Competitive salary in MXN, benefits above the legal minimum (aguinaldo of 30 days, savings fund, major medical insurance), transport from Querétaro city and a subsidised canteen.`,
    role: 'DLS',
    sector: SECTOR.AUTO,
    countries: ['MX'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'ROBO', 'Docker', 'Python', 'PyTorch'],
  },
  {
    id: 't11-b-33',
    title: 'Sales Engineer – Data Platform (West Africa)',
    company: 'Lagoonstack Ltd',
    location: 'Lagos, Nigeria',
    locations: ['Accra, Ghana'],
    format: 'div',
    body: `# The role
You will be the technical voice of our sales team: you run the demos, answer the hard questions and prove the platform works on the customer's own data.
- Lead technical discovery and product demos with prospects
- Build proofs of concept with the customer's data engineers and data scientists
- Explain how the platform runs Apache Spark and Kafka under the hood, and how it fits their stack
- Write clear proposals and answer security questionnaires

# Requirements
- 4+ years in pre-sales, solutions engineering or data engineering
- Comfortable with SQL and Python
- Excellent communication and presentation skills
- Willingness to travel between Lagos, Accra and Abidjan

# What we offer
A competitive base salary plus commission, health insurance (HMO), a pension, a laptop and a generous data allowance.

# About Lagoonstack
Lagoonstack is a cloud data platform built in West Africa. Banks, telcos, retailers and government agencies use it to store, query and analyse their data without sending it abroad.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['NG', 'GH'],
    mentions: ['DE', 'DS', 'Apache Spark', 'Kafka', 'Python', 'Communication'],
  },
  {
    id: 't11-b-34',
    title: 'Senior Medical Scientist, Haematology & Blood Transfusion',
    company: 'Lough Atalia Private Hospital',
    location: 'Galway, Co. Galway',
    format: 'text',
    body: `Lough Atalia Private Hospital is a 140-bed acute hospital on the shores of Galway Bay, with an emergency department, six theatres, a cancer centre and an accredited laboratory that runs 900,000 tests a year.

Role summary
Reporting to the Chief Medical Scientist, you will supervise the Haematology and Blood Transfusion sections of our laboratory and take part in the on-call rota.

Key responsibilities
- Perform and supervise full blood counts, coagulation studies and blood grouping and crossmatching
- Maintain compliance with ISO 15189 and the EU Blood Directive
- Train and assess junior staff
- Investigate non-conformances and lead internal audits

Requirements
- BSc in Biomedical Science or equivalent, and CORU registration as a Medical Scientist
- At least 4 years' post-registration experience, 2 of them in blood transfusion
- A commitment to continuing professional development

We offer
A salary in line with the HSE consolidated scale, on-call allowances, a defined-contribution pension, private health cover and a paid CPD allowance.

Lough Atalia Private Hospital is an equal opportunities employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Continuous learning'],
  },
  {
    id: 't11-b-35',
    title: 'Data Engineer (Remote, EU)',
    company: 'Commons Climate Observatory',
    location: 'Remote – within the EU',
    format: 'raw',
    // Ashby job description: <div> sections with <h3> headings.
    body: `<div><h3>Who we are</h3><p>Commons Climate Observatory is a non-profit research institute. We collect, check and publish open climate records &ndash; station temperatures, river gauges, snow depth &ndash; so that researchers, journalists and local officials can use them for free. We are funded by foundations and public research grants, and our 25 staff work remotely across the EU.</p></div><div><h3>What you will do</h3><ul><li>Build and run the pipelines that ingest 40,000 weather stations in Python and Apache Spark</li><li>Write quality checks that flag and correct spikes, gaps and duplicated station records</li><li>Keep our code on GitHub and our releases automated with GitHub Actions</li><li>Package services in Docker</li><li>Help our researchers turn their scripts into maintained datasets</li></ul></div><div><h3>What you bring</h3><ul><li>3+ years as a data engineer</li><li>Python and SQL; experience with NetCDF or Parquet is welcome</li><li>Care for documentation and open data</li></ul></div><div><h3>What we offer</h3><p>&euro;58,000&ndash;&euro;70,000 a year through an employer of record in your country of residence, 28 days' holiday, a four-day week in August and a yearly team retreat.</p><p>You must live in and have the right to work in an EU member state.</p></div>`,
    role: 'DE',
    sector: null,
    countries: [],
    mentions: ['Python', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Docker', 'DE'],
  },
  {
    id: 't11-b-36',
    title: 'AI Product Manager – Newsroom Tools',
    company: 'The Kaveri Chronicle',
    location: 'Bengaluru, Karnataka',
    format: 'html',
    body: `# About us
The Kaveri Chronicle has published a morning newspaper in Bengaluru since 1948. Today 1.4 million readers get us in print, on the web and in our app, in English and Kannada, and 380 journalists report for us across Karnataka.

# The role
You will own the AI tools our newsroom and readers use: draft summaries for editors, translation between English and Kannada, and story recommendations in the app.
- Set the roadmap and success metrics with the editor-in-chief and the product head
- Work day to day with our data scientists and ML engineers
- Define evaluation criteria for summaries and translations with senior editors before anything ships
- Run A/B tests on recommendations and headlines in the app
- Present results and trade-offs to editorial leadership

# What you'll bring
- 4+ years in product management, including products built on machine learning
- An understanding of subscription and advertising economics
- Respect for editorial standards: no AI output reaches readers without a journalist's review

# What we offer
A competitive CTC, health insurance for your family, a newsroom that never sleeps and a free subscription for life.`,
    role: 'AIPM',
    sector: null,
    countries: ['IN'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
];
