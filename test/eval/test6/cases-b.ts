// Test-set (test6) postings, part B: 24 in German (Germany, Austria, Switzerland), French (France, Belgium,
// Luxembourg), Spanish (Spain, Argentina, Peru), Italian, Dutch (Netherlands, Flanders), Portuguese (Portugal,
// Brazil), Polish and Swedish, and 12 in English from Ireland, New Zealand, South Africa, Kenya, the UAE, the
// Philippines, Brazil, Mexico, Nigeria, Singapore, Ghana and Malaysia. About a third put the employer's
// introduction at the end; several describe the business without naming its industry.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, and a company made for one sector's
// businesses belongs to that sector; otherwise IT for software firms, null when none of the seven applies.
// Sector cases decided by that page: a private health insurer is Healthcare (b-01); condition-monitoring
// software for factories is Manufacturing although the board says "Software Development" (b-02), as are
// inspection stations for production lines (b-32); a road-inspection system sold to municipalities is Public
// Sector (b-04); a fund administrator is Finance (b-09), as is fraud-scoring software for banks (b-25); a
// conversational platform sold to many industries (b-12), software for mines (b-13), IT services (b-23) and a
// data-annotation service (b-30) are IT; a fashion chain's own store card is Retail (b-27); a recruiter that
// names no client business (b-18), a port terminal operator (b-19), a power generator (b-26), an airline
// (b-34), a haulier (b-35) and a public university (b-36) are null.
//
// Mention decisions: a role named in the body is a role mention in any language ("als data scientist",
// "ingenieros de datos", "inżynier danych", "AI-forskare", "especialista em deep learning"); "deep learning"
// never stands alone here, a named architecture always goes with it. Looker Studio is Google Data Studio;
// GitHub Actions is Git and Deployment pipelines; "tableaux de bord" is not Tableau; PL-300 and "paid
// certifications" are no certification, the three named seed certifications are; a sales pipeline is not a
// deployment pipeline; monitoring forecast accuracy is Model evaluation; validating lab assays or lab results
// is not; correcting missing or duplicate trip records is Data cleaning; explaining the Wi-Fi to a customer
// is Communication; a designer who uses A/B test results is named Hypothesis testing; a recruiter called Julia
// is not the language. Titles: "Data Annotation Team Lead (Computer Vision Projects)", a sales engineer, an
// RPA developer, a Medical Laboratory Scientist and a Data Analyst map to no role; "Chef de produit IA",
// "Productmanager AI", "Analista de BI", "Ingegnere di Visione Artificiale" and "AI-forskare" do.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST6_B: HoldoutCase[] = [
  {
    id: 't6-b-01',
    title: 'Data Engineer (m/w/d) Leistungsdaten',
    company: 'Alsterquell Private Krankenversicherung a.G.',
    location: '20457 Hamburg',
    format: 'html',
    body: `# Über uns
Die Alsterquell ist ein Versicherungsverein auf Gegenseitigkeit: Wir gehören unseren rund 610.000 Versicherten, nicht Aktionären. Als private Krankenversicherung erstatten wir jedes Jahr über 1,4 Millionen Arztrechnungen, Rezepte und Krankenhausaufenthalte – und wir wollen das schneller und verständlicher tun.
# Deine Aufgaben
- Du baust und betreibst Datenstrecken, die Rechnungen, Heil- und Kostenpläne und Arzneimitteldaten aus unseren Bestandssystemen in unsere Datenplattform bringen
- Du entwickelst Batch- und Streaming-Jobs mit Apache Spark und Kafka
- Du schreibst Prüfregeln, die doppelte oder fehlerhafte Belege finden und korrigieren, bevor sie in Auswertungen landen
- Du stellst unseren Data Scientists und dem Leistungscontrolling dokumentierte, verlässliche Tabellen bereit
- Du versionierst deinen Code in GitLab und lieferst über CI/CD-Pipelines aus
# Das bringst du mit
- Abgeschlossenes Studium der Informatik, Wirtschaftsinformatik oder eine vergleichbare Qualifikation
- Mehrjährige Erfahrung mit Python und SQL
- Erfahrung mit Kubernetes ist ein Plus
- Sorgfalt im Umgang mit Gesundheitsdaten und Kenntnisse der DSGVO
- Sehr gute Deutschkenntnisse (mindestens C1)
# Das bieten wir
- 38-Stunden-Woche, 30 Tage Urlaub, zusätzlich frei am 24. und 31. Dezember
- Bis zu drei Tage mobiles Arbeiten pro Woche
- Betriebliche Altersversorgung und vermögenswirksame Leistungen
- Deutschlandticket als Jobticket und ein Betriebsrestaurant mit Blick auf den Hafen
- Beitragsfreier Zusatzschutz für Zahn und Brille
Bewerbungen schwerbehinderter Menschen sind uns ausdrücklich willkommen. Wir freuen uns über alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.
Deine Ansprechpartnerin: Julia Brandes, Recruiting`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'DS', 'Git', 'Deployment pipelines', 'Python', 'Kubernetes'],
  },
  {
    id: 't6-b-02',
    title: 'Machine Learning Engineer (w/m/d) Zustandsüberwachung',
    company: 'Schwingwerk Analytics GmbH',
    location: '70469 Stuttgart',
    locations: ['Remote, Deutschland'],
    industry: 'Software Development',
    format: 'raw',
    // Personio description: <p><strong> section heads, lists, &szlig; and &nbsp; entities.
    body: `<p><strong>Deine Mission</strong></p><p>Eine Presse, die ungeplant steht, kostet ein Werk schnell 40.000&nbsp;&euro; pro Stunde. Als Machine Learning Engineer sorgst du daf&uuml;r, dass unsere Modelle Lagersch&auml;den und Unwuchten Wochen vorher erkennen &ndash; zuverl&auml;ssig genug, dass Instandhalter ihnen vertrauen.</p><p><strong>Wer wir sind</strong></p><p>Schwingwerk entwickelt Schwingungssensoren und die Software dahinter f&uuml;r Fabriken: Unsere Systeme &uuml;berwachen Pressen, Spritzgie&szlig;maschinen, Pumpen und F&ouml;rderb&auml;nder in &uuml;ber 300 Werken der Automobil-, Verpackungs- und Lebensmittelindustrie. Wir sind 85 Leute, eigenfinanziert und profitabel.</p><p><strong>Deine Aufgaben</strong></p><ul><li>Du entwickelst Merkmale aus Schwingungs-, Temperatur- und Stromsignalen (Feature Engineering im Frequenzbereich)</li><li>Du trainierst Modelle f&uuml;r Anomalieerkennung und Restlebensdauer mit scikit-learn und PyTorch, u.&nbsp;a. LSTM-Netze</li><li>Du bewertest jedes Modell gegen echte Schadensf&auml;lle aus unserer Fallbibliothek, bevor es live geht</li><li>Du bringst Modelle mit Docker auf unsere Edge-Gateways und in die Cloud; deine Experimente verfolgst du in MLflow</li><li>Du baust REST-APIs, &uuml;ber die Kunden Warnungen direkt in ihr Instandhaltungssystem &uuml;bernehmen</li></ul><p><strong>Was du mitbringst</strong></p><ul><li>Studium der Informatik, Elektrotechnik, des Maschinenbaus oder der Physik</li><li>Mindestens 3 Jahre Erfahrung mit Python, NumPy und pandas im produktiven Einsatz</li><li>Solide Grundlagen in Signalverarbeitung, Statistik und Wahrscheinlichkeitsrechnung</li><li>Du hast Spa&szlig; daran, verzwickte Probleme pragmatisch zu l&ouml;sen</li><li>Deutsch oder Englisch flie&szlig;end</li></ul><p><strong>Was wir bieten</strong></p><ul><li>65.000 &ndash; 82.000&nbsp;&euro; Jahresgehalt plus Gewinnbeteiligung</li><li>Remote in ganz Deutschland oder in unserem B&uuml;ro am Pragsattel</li><li>30 Tage Urlaub und 1.500&nbsp;&euro; Weiterbildungsbudget pro Jahr</li><li>JobRad und Zuschuss zum Deutschlandticket</li></ul><p>Wir freuen uns auf deine Bewerbung &ndash; egal, wer du bist, woher du kommst oder wen du liebst.</p>`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['MLE', 'Feature engineering', 'Scikit-learn', 'PyTorch', 'Neural networks', 'Model evaluation', 'Docker', 'MLflow', 'APIs', 'Python', 'NumPy', 'Pandas', 'Probability', 'Problem-solving'],
  },
  {
    id: 't6-b-03',
    title: 'Business Intelligence Analyst:in (Vollzeit, 38,5 h)',
    company: 'Grünkorb GmbH',
    location: '4020 Linz',
    countryHints: ['AT'],
    format: 'div',
    body: `# Deine Aufgaben
- Du entwickelst und betreust Power BI-Berichte für Vertrieb, Einkauf und Filiallogistik
- Du definierst gemeinsam mit den Fachbereichen Kennzahlen wie Abschriften, Warenverfügbarkeit und Frischequote
- Du visualisierst Entwicklungen so, dass eine Gebietsleitung sie auf dem Tablet in zwei Minuten versteht
- Du prüfst Daten aus Kassen- und Warenwirtschaftssystem auf Lücken und Fehler und korrigierst sie an der Quelle
- Du arbeitest eng mit unseren Data Engineers in Wien zusammen
# Dein Profil
- Abgeschlossene Ausbildung (HAK, FH oder Uni) mit Schwerpunkt Wirtschaftsinformatik, Controlling oder Statistik
- Mindestens 2 Jahre Erfahrung mit Power BI, DAX und SQL
- Zertifizierung PL-300 von Vorteil
- Kaufmännisches Denken und Freude an Zahlen
- Kommunikationsstärke und ein sicheres Auftreten
# Wir bieten
- Das kollektivvertragliche Mindestgehalt beträgt € 3.420,– brutto pro Monat (Vollzeit); je nach Qualifikation und Erfahrung ist eine Überzahlung vorgesehen
- 15 % Einkaufsrabatt, Essenszuschuss und ein Gesundheitsprogramm
- Gleitzeit und zwei Homeoffice-Tage pro Woche
# Über Grünkorb
In unseren 210 Filialen zwischen Bodensee und Neusiedler See kaufen jeden Tag rund 300.000 Menschen Brot, Obst, Milch und alles für die Woche ein – in vielen Orten sind wir der einzige Nahversorger. Von unserer Zentrale in Linz aus steuern wir Einkauf, Logistik und 6.800 Mitarbeiter:innen.
Wir schätzen Vielfalt und freuen uns über Bewerbungen aller Menschen, unabhängig von Alter, Geschlecht, Herkunft oder Beeinträchtigung.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['AT'],
    mentions: ['Power BI', 'Visualization', 'Data cleaning', 'DE', 'Business acumen', 'Communication'],
  },
  {
    id: 't6-b-04',
    title: 'Computer Vision Engineer (w/m/d) 80–100 %',
    company: 'Strassenblick AG',
    location: '5400 Baden AG',
    countryHints: ['CH'],
    format: 'escaped',
    body: `# Über uns
Strassenblick macht aus Kehrichtfahrzeugen und Linienbussen fahrende Strasseninspektoren: Kameras auf Fahrzeugen, die ohnehin jeden Tag durch jede Strasse fahren, erfassen Schlaglöcher, Risse, verblasste Markierungen und beschädigte Signale. Über 70 Gemeinden und drei Kantone planen mit unseren Zustandskarten ihren Strassenunterhalt.
# Ihre Aufgaben
- Sie entwickeln und trainieren Modelle zur Erkennung und Segmentierung von Strassenschäden (CNNs und Vision Transformer) mit PyTorch
- Sie messen die Erkennungsqualität systematisch an Strecken, die unsere Bauingenieure annotiert haben, und berichten sie je Schadensklasse
- Sie optimieren die Inferenz in C++ für die Recheneinheiten in den Fahrzeugen
- Sie kuratieren unsere Bilddatenbank und bereinigen fehlerhafte Annotationen
- Sie erklären Tiefbauämtern, was die Modelle erkennen und wo ihre Grenzen liegen
# Ihr Profil
- Master oder Doktorat in Informatik, Elektrotechnik oder Geomatik
- Mindestens 3 Jahre Erfahrung in Computer Vision
- Sehr gute Kenntnisse in Python und C++; Erfahrung mit Docker
- Lineare Algebra und projektive Geometrie sind für Sie kein Fremdwort
- Deutsch und Englisch; Französisch von Vorteil
# Wir bieten
Jahresarbeitszeit bei einer 42-Stunden-Woche, 5 Wochen Ferien, eine überobligatorische Pensionskasse, ein Halbtax-Abonnement und ein Büro zwei Minuten vom Bahnhof Baden.
Wir freuen uns auf Bewerbungen von Menschen jeden Alters, Geschlechts und jeder Herkunft.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['CH'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Data cleaning', 'Communication', 'Python', 'Docker', 'Linear algebra'],
  },
  {
    id: 't6-b-05',
    title: 'Laborwissenschaftler (m/w/d) Molekulardiagnostik',
    company: 'Saaletal Diagnostika GmbH',
    location: '07745 Jena, Thüringen',
    format: 'text',
    body: `Für unser Entwicklungslabor suchen wir ab sofort einen Laborwissenschaftler (m/w/d) in Vollzeit, unbefristet.

Ihre Aufgaben
- Entwicklung und Optimierung von PCR-Assays für den Nachweis von Atemwegserregern
- Planung, Durchführung und Auswertung von Verifizierungs- und Validierungsstudien nach IVDR
- Statistische Auswertung der Studiendaten (Nachweisgrenzen, Präzision, Regressionsanalysen) in R
- Erstellung der technischen Dokumentation für die Zulassung
- Fachliche Anleitung von Laborantinnen und Laboranten

Ihr Profil
- Promotion oder Master in Molekularbiologie, Biochemie oder Biotechnologie
- Mehrjährige Erfahrung in der qPCR-Entwicklung, idealerweise im regulierten Umfeld (ISO 13485)
- Sicherer Umgang mit Statistiksoftware, z. B. R oder JMP
- Strukturierte, selbstständige Arbeitsweise und Teamgeist

Unser Angebot
- Vergütung in Anlehnung an den Tarifvertrag der chemischen Industrie
- 30 Tage Urlaub, Gleitzeit ohne Kernarbeitszeit
- Betriebliche Altersvorsorge und Zuschuss zur Kinderbetreuung
- Kostenlose Parkplätze und Jobticket für den Jenaer Nahverkehr

Über uns
Saaletal Diagnostika entwickelt und produziert seit 1998 PCR-Tests und Analysegeräte für medizinische Labore und Kliniken. Rund 260 Mitarbeitende in Jena und Halle arbeiten daran, dass Ärztinnen und Ärzte Infektionen schneller und sicherer erkennen.

Wir begrüßen Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['Regression', 'R'],
  },
  {
    id: 't6-b-06',
    title: 'Data Scientist (H/F) – Risque de crédit',
    company: 'Prêtalis',
    location: 'Lyon 3e (69)',
    format: 'escaped',
    body: `# Qui sommes-nous ?
Prêtalis finance les projets des particuliers depuis 1972 : crédits auto, travaux, prêts personnels et crédit renouvelable. Établissement de crédit agréé par l'ACPR, nous accordons chaque année 180 000 prêts via notre site, nos concessionnaires partenaires et nos 30 agences.
# Vos missions
Au sein de la Direction des Risques (14 personnes), vous :
- construisez et recalibrez les scores d'octroi et de comportement (régression logistique, gradient boosting avec XGBoost) ;
- créez de nouvelles variables explicatives à partir des données de compte et d'open banking ;
- backtestez les modèles et documentez leur performance pour la validation interne et le superviseur ;
- concevez des tests A/B sur les parcours de souscription avec l'équipe digitale ;
- présentez vos résultats au comité des risques.
# Votre profil
- Bac+5 en statistique, actuariat ou data science (ENSAE, ENSAI, ISFA ou équivalent)
- 3 ans d'expérience minimum en modélisation du risque de crédit
- Python (pandas, scikit-learn) et SQL ; la connaissance de SAS est un plus
- Rigueur, esprit critique et goût du travail en équipe
# Ce que nous offrons
- Rémunération : 52 à 62 k€ bruts annuels selon expérience, plus intéressement et participation
- Télétravail jusqu'à 2 jours par semaine
- 27 jours de congés + 12 RTT, restaurant d'entreprise, mutuelle et prévoyance
Prêtalis est une entreprise handi-accueillante : tous nos postes sont ouverts aux personnes en situation de handicap.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Critical thinking'],
  },
  {
    id: 't6-b-07',
    title: 'Ingénieur Robotique (H/F) – Cellules d’assemblage',
    company: 'Garonne Aérostructures',
    location: 'Blagnac (31)',
    countryHints: ['FR'],
    format: 'raw',
    // Welcome-to-the-Jungle style page: <h3> sections, &rsquo; and &nbsp; entities, the company last.
    body: `<h3>Descriptif du poste</h3><p>Rattach&eacute;(e) au responsable Industrialisation, vous concevez et mettez en service les cellules robotis&eacute;es de per&ccedil;age et de rivetage de notre nouvelle ligne de panneaux de fuselage.</p><ul><li>Programmer les robots (KUKA, Fanuc) hors ligne et sur site, et valider les trajectoires en simulation</li><li>D&eacute;velopper les outils de pilotage et de contr&ocirc;le en Python et en C++, sous ROS&nbsp;2</li><li>Int&eacute;grer la vision 2D/3D pour le recalage des pi&egrave;ces</li><li>Analyser les arr&ecirc;ts et proposer des solutions pour fiabiliser les cellules</li><li>R&eacute;diger les modes op&eacute;ratoires et former les op&eacute;rateurs et la maintenance</li></ul><h3>Profil recherch&eacute;</h3><ul><li>Ing&eacute;nieur(e) en robotique, m&eacute;catronique ou automatisme</li><li>5 ans d&rsquo;exp&eacute;rience en int&eacute;gration robotique, id&eacute;alement dans l&rsquo;a&eacute;ronautique ou l&rsquo;automobile</li><li>Ma&icirc;trise de la cin&eacute;matique des robots industriels</li><li>Capacit&eacute; &agrave; r&eacute;soudre des probl&egrave;mes techniques sur le terrain, dans les d&eacute;lais de la production</li><li>Anglais technique</li></ul><h3>Informations compl&eacute;mentaires</h3><ul><li>CDI, statut cadre, 45&ndash;55&nbsp;k&euro; selon profil</li><li>T&eacute;l&eacute;travail&nbsp;: non applicable (pr&eacute;sence en atelier)</li><li>Int&eacute;ressement, CSE, mutuelle familiale</li></ul><h3>Qui sommes-nous&nbsp;?</h3><p>Chez Garonne A&eacute;rostructures, 1&nbsp;400 compagnons, techniciens et ing&eacute;nieurs fabriquent des panneaux de fuselage, des portes de soute et des cadres en titane. Une pi&egrave;ce sur trois qui sort de nos ateliers de Blagnac et de Tarbes vole aujourd&rsquo;hui sur un avion monocouloir.</p><p>Toutes nos offres sont ouvertes aux personnes en situation de handicap.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['FR'],
    mentions: ['Python', 'C++', 'Problem-solving'],
  },
  {
    id: 't6-b-08',
    title: 'Analyste Business Intelligence (H/F/X) – Contrat à durée indéterminée',
    company: 'Ville de Hautrive-sur-Ourthe',
    location: 'Hautrive-sur-Ourthe (Province de Liège)',
    countryHints: ['BE'],
    format: 'div',
    body: `# Qui sommes-nous ?
L'administration communale de Hautrive-sur-Ourthe emploie 640 agents au service de 47 000 habitants : état civil, travaux, propreté, crèches, écoles communales et CPAS. Notre cellule Données & Stratégie aide le Collège communal à décider sur la base de chiffres fiables.
# Votre fonction
- Concevoir et maintenir les tableaux de bord de suivi du Programme stratégique transversal dans Power BI
- Collecter, contrôler et corriger les données issues des logiciels métiers (population, travaux, finances)
- Produire des visualisations claires pour le rapport annuel et le site de la Ville
- Présenter les indicateurs aux chefs de service et au Collège
# Votre profil
- Master en sciences économiques, statistique, informatique de gestion ou équivalent
- Expérience de 2 ans minimum avec Power BI (DAX, Power Query) et SQL
- La connaissance de Python ou de R est un atout
- Rigueur, autonomie et sens du service public
- Permis B
# Nous offrons
- Un contrat à durée indéterminée à temps plein (38 h/semaine), échelle barémique A1 : de 3 592,68 € à 5 422,86 € bruts mensuels (indexés)
- Valorisation de l'ancienneté du secteur privé jusqu'à 6 ans
- Chèques-repas, assurance hospitalisation, deuxième pilier de pension
- 26 jours de congé et 11 jours fériés
Le dossier de candidature comprend une lettre de motivation, un CV et une copie du diplôme. Il est à adresser au Collège communal, Service du Personnel, au plus tard le 15 du mois.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['BE'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'R'],
  },
  {
    id: 't6-b-09',
    title: 'Chef de produit IA (F/H)',
    company: 'Alzette Fund Services S.A.',
    location: 'Luxembourg-Kirchberg',
    format: 'double',
    body: `# Le poste
Vous prenez en charge la feuille de route de nos outils d'intelligence artificielle : lecture automatique des prospectus et des ordres de souscription, contrôle des valeurs liquidatives, assistant pour nos équipes de teneurs de registre.
# Qui sommes-nous ?
Alzette Fund Services administre 420 fonds d'investissement pour le compte de sociétés de gestion européennes : calcul quotidien des valeurs liquidatives, tenue du registre des porteurs, comptabilité des fonds et services de dépositaire. Nos 900 collaborateurs travaillent au Kirchberg et à Esch-Belval.
# Vos missions
- Recueillir les besoins des équipes opérationnelles et les traduire en priorités
- Définir avec nos data scientists et nos ingénieurs machine learning les critères d'évaluation des modèles avant toute mise en production
- Arbitrer le backlog selon la valeur pour l'entreprise et les exigences de la CSSF
- Présenter l'avancement et les résultats à la direction
# Votre profil
- 5 ans d'expérience en gestion de produit, dont 2 sur des produits d'IA ou de données
- Connaissance de l'industrie des fonds (UCITS, AIFM) appréciée
- Sens des affaires, aisance relationnelle, excellente communication écrite et orale
- Français et anglais courants ; l'allemand ou le luxembourgeois sont un plus
# Avantages
Rémunération attractive avec 13e mois, chèques-repas, assurance santé complémentaire, plan de pension complémentaire et jours de télétravail dans la limite des conventions fiscales applicables aux frontaliers français, belges et allemands.`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['LU'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Business acumen', 'Communication'],
  },
  {
    id: 't6-b-10',
    title: 'Ingeniero/a de Machine Learning – Calidad de red',
    company: 'Meseta Conecta',
    location: '28050 Madrid',
    locations: ['Remoto, España'],
    format: 'text',
    body: `En Meseta Conecta llevamos internet por fibra y cobertura móvil a 3,1 millones de hogares y negocios de Castilla y León, Castilla-La Mancha y Madrid, muchos de ellos en pueblos donde nadie más quiso desplegar.

¿Qué harás?
- Diseñar modelos que anticipen averías en nodos de fibra y estaciones base a partir de alarmas, meteorología y tráfico
- Construir variables a partir de las series temporales de la red (feature engineering)
- Entrenar modelos con XGBoost y redes neuronales recurrentes en TensorFlow
- Desplegar los modelos en nuestro clúster de Kubernetes con Kubeflow y registrar los experimentos en MLflow
- Mantener el código en GitHub con integración continua
- Colaborar con ingenieros de datos y con los técnicos de planta

¿Qué buscamos?
- Grado o máster en Ingeniería de Telecomunicación, Informática o Matemáticas
- 3 años o más de experiencia poniendo modelos en producción
- Python avanzado; valorable Java
- Capacidad de adaptación: nuestra red crece cada semana
- Se valorará la certificación Google Professional Machine Learning Engineer

¿Qué ofrecemos?
- Salario: 48.000 – 58.000 € brutos anuales
- Teletrabajo 100 % o híbrido en Madrid (Méndez Álvaro)
- Seguro médico, retribución flexible y 23 días laborables de vacaciones
- Fibra y móvil gratis para ti

En Meseta Conecta garantizamos la igualdad de oportunidades y la no discriminación por razón de sexo, origen, edad, discapacidad, orientación sexual o identidad de género.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['ES'],
    mentions: ['Feature engineering', 'Decision trees', 'Neural networks', 'TensorFlow', 'Kubernetes', 'Kubeflow', 'MLflow', 'Git', 'Deployment pipelines', 'DE', 'Python', 'Java', 'Adaptability', 'CERT_GCP'],
  },
  {
    id: 't6-b-11',
    title: 'Científica/o de Datos – Surtido y Demanda',
    company: 'Huerta a Casa',
    location: '46024 València',
    countryHints: ['ES'],
    format: 'raw',
    // InfoJobs-style description: bold heads, &bull; lines separated by <br>, the company last.
    body: `<p><b>Descripci&oacute;n de la oferta</b><br>Buscamos una cient&iacute;fica o cient&iacute;fico de datos para el equipo de Demanda. Tu trabajo decide cu&aacute;ntos kilos de tomate, pan o yogur compramos cada noche para que no falte nada y no se tire nada.</p><p><b>Funciones</b><br>&bull; Desarrollar y mantener modelos de previsi&oacute;n de demanda por producto, almac&eacute;n y franja horaria (regresi&oacute;n y &aacute;rboles de decisi&oacute;n con LightGBM)<br>&bull; Detectar y corregir datos an&oacute;malos por roturas de stock, festivos y promociones antes de entrenar<br>&bull; Agrupar a los clientes por h&aacute;bitos de compra (clustering) para personalizar el surtido<br>&bull; Evaluar los modelos cada semana frente a la venta real y explicar las desviaciones al equipo de Compras<br>&bull; Visualizar resultados con Matplotlib y Seaborn en notebooks que cualquiera pueda leer</p><p><b>Requisitos</b><br>&bull; Grado en Matem&aacute;ticas, Estad&iacute;stica, F&iacute;sica o Ingenier&iacute;a<br>&bull; Al menos 2 a&ntilde;os de experiencia en ciencia de datos<br>&bull; Python (pandas, scikit-learn) y SQL<br>&bull; Buena base de estad&iacute;stica y probabilidad<br>&bull; Pensamiento cr&iacute;tico: te preguntas si un n&uacute;mero tiene sentido antes de presentarlo</p><p><b>Ofrecemos</b><br>&bull; Contrato indefinido y salario de 40.000 a 50.000&nbsp;&euro; brutos anuales<br>&bull; Horario flexible y 2 d&iacute;as de teletrabajo<br>&bull; 20&nbsp;% de descuento en tus pedidos<br>&bull; Seguro m&eacute;dico a partir del sexto mes</p><p><b>Sobre nosotros</b><br>Huerta a Casa es el supermercado online de la Comunitat Valenciana y la Regi&oacute;n de Murcia: fruta, verdura, carne y todo lo de la compra semanal, entregado en casa en franjas de una hora desde nuestros tres almacenes. M&aacute;s de 140.000 familias hacen la compra con nosotros cada mes.</p>`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['ES'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Data cleaning', 'Clustering', 'Model evaluation', 'Communication', 'Visualization', 'Matplotlib', 'Seaborn', 'Python', 'Pandas', 'Scikit-learn', 'Probability', 'Critical thinking'],
  },
  {
    id: 't6-b-12',
    title: 'Ingeniero/a de NLP Sr.',
    company: 'Tertulia Labs',
    location: 'CABA, Buenos Aires, Argentina',
    industry: 'Software Development',
    format: 'html',
    body: `# Sobre nosotros
Tertulia Labs desarrolla una plataforma de asistentes conversacionales que atiende por WhatsApp, web y teléfono a los clientes de 300 empresas de la región: aseguradoras, clínicas, aerolíneas, cadenas de ropa y organismos públicos. Somos 180 personas entre Buenos Aires, Córdoba y Montevideo.
# Tu desafío
- Entrenar y ajustar modelos de lenguaje basados en transformers para clasificación de intenciones y extracción de entidades en español rioplatense, español neutro y portugués
- Limpiar y anonimizar conversaciones reales antes de usarlas para entrenar
- Armar conjuntos de evaluación por cliente y medir precisión y cobertura antes de cada lanzamiento
- Exponer los modelos como APIs y desplegarlos con Docker en AWS SageMaker
- Trabajar junto a nuestro equipo de producto y a los data scientists de cada vertical
# Qué buscamos
- 4 o más años trabajando en procesamiento de lenguaje natural
- Python sólido, PyTorch y Hugging Face
- Inglés intermedio-avanzado
- Ganas de seguir aprendiendo: el campo cambia cada mes
# Qué ofrecemos
- Salario en pesos ajustado trimestralmente por inflación, o contratación en dólares para perfiles senior
- Prepaga de primer nivel para vos y tu grupo familiar
- Esquema híbrido: 2 días en nuestra oficina de Palermo
- Una semana extra de vacaciones y clases de inglés
En Tertulia Labs valoramos la diversidad y promovemos un ambiente de trabajo inclusivo.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['AR'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'Docker', 'AWS SageMaker', 'DS', 'Python', 'PyTorch', 'Continuous learning'],
  },
  {
    id: 't6-b-13',
    title: 'Ingeniero(a) de Ventas – Soluciones de Analítica Minera',
    company: 'Cordillera Insight S.A.C.',
    location: 'Lima, Perú',
    format: 'escaped',
    body: `# Misión del puesto
Acompañar al equipo comercial en la venta de nuestra plataforma de analítica a empresas mineras del Perú: preparar demostraciones, resolver dudas técnicas y diseñar pilotos junto al cliente.
# Responsabilidades
- Preparar y presentar demostraciones técnicas a superintendentes de mina y equipos de TI
- Entender los procesos de acarreo y chancado de cada cliente y proponer casos de uso
- Coordinar pilotos con nuestros científicos de datos e ingenieros de machine learning
- Elaborar propuestas técnicas y responder licitaciones
- Viajar a unidades mineras en Arequipa, Cajamarca y Apurímac (aprox. 30 % del tiempo)
# Requisitos
- Ingeniero(a) de Minas, Industrial, de Sistemas o afín
- 3 años en preventa o ventas técnicas de software
- Conocimientos básicos de Python y Power BI, deseables
- Excelente comunicación y orientación al negocio
- Disponibilidad para viajar
# Beneficios
Remuneración fija más comisiones, EPS al 100 %, seguro vida ley y SCTR para las visitas a mina.
# Sobre Cordillera Insight
Somos una empresa de software limeña con 12 años de historia. Nuestra plataforma recoge los datos de camiones, palas y chancadoras y los convierte en alertas y recomendaciones para operaciones mineras en el Perú, Chile y Bolivia.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['PE'],
    mentions: ['Communication', 'DS', 'MLE', 'Python', 'Power BI', 'Business acumen'],
  },
  {
    id: 't6-b-14',
    title: 'Data Engineer Senior – Piattaforma Transazioni',
    company: 'Navigli Pagamenti S.p.A.',
    location: 'Milano (MI)',
    format: 'raw',
    // SuccessFactors description: inline <span style> wrappers and &agrave;-style entities.
    body: `<p><span style="font-size:11pt"><b>Chi siamo</b></span></p><p><span style="font-size:11pt">Ogni volta che qualcuno appoggia la carta su un POS in uno dei 90.000 negozi, bar e distributori nostri clienti, la transazione passa dai nostri sistemi: la autorizziamo in meno di 200 millisecondi e il giorno dopo accreditiamo l&rsquo;incasso all&rsquo;esercente.</span></p><p><span style="font-size:11pt"><b>Il ruolo</b></span></p><ul><li><span>Progettare e sviluppare pipeline batch e streaming su Apache Spark e Kafka per 25 milioni di transazioni al giorno</span></li><li><span>Implementare controlli di qualit&agrave; che intercettano duplicati, importi anomali e record incompleti</span></li><li><span>Rendere disponibili i dati ai team antifrode e ai data scientist, con documentazione e SLA chiari</span></li><li><span>Automatizzare build e rilasci con Jenkins e gestire il codice su Git</span></li><li><span>Contribuire alla migrazione dal cluster Hadoop on-premise al cloud</span></li></ul><p><span style="font-size:11pt"><b>Requisiti</b></span></p><ul><li><span>Laurea in Ingegneria Informatica, Informatica o discipline affini</span></li><li><span>Almeno 5 anni di esperienza come data engineer</span></li><li><span>Ottima conoscenza di Java o Scala e di Python</span></li><li><span>Esperienza con Docker e Kubernetes</span></li><li><span>Capacit&agrave; di problem solving e di lavoro in team</span></li></ul><p><span style="font-size:11pt"><b>Cosa offriamo</b></span></p><p><span>RAL 55.000 &ndash; 65.000 &euro;, premio di risultato, buoni pasto da 8 &euro;, assicurazione sanitaria integrativa e smart working fino a 3 giorni a settimana. Sede in zona Porta Genova, a due passi dal Naviglio.</span></p><p><span>La ricerca &egrave; rivolta a candidati ambosessi (L. 903/77 e D.lgs. 198/2006). I dati personali saranno trattati ai sensi del Regolamento UE 2016/679.</span></p>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'DS', 'DE', 'Deployment pipelines', 'Git', 'Hadoop', 'Java', 'Python', 'Docker', 'Kubernetes', 'Problem-solving'],
  },
  {
    id: 't6-b-15',
    title: 'Ingegnere di Visione Artificiale',
    company: 'Imbottiti Sangone S.p.A.',
    location: 'Torino (TO)',
    countryHints: ['ITA'],
    format: 'div',
    body: `# Il ruolo
Entrerai nel team Qualità Digitale per portare il controllo visivo automatico su tutte le nostre linee di cucitura e stampaggio.
# Chi siamo
Dalle nostre tre fabbriche tra Orbassano e Beinasco escono ogni anno 2,4 milioni di sedili: schiume, telai e rivestimenti che finiscono in un'auto su cinque prodotta in Europa. Siamo 2.100 persone e forniamo direttamente i principali costruttori.
# Cosa farai
- Svilupperai modelli di rilevamento dei difetti (cuciture storte, pieghe, macchie) con reti neurali convoluzionali in TensorFlow e Keras
- Valuterai i modelli su set di immagini etichettate dai nostri ispettori, misurando falsi scarti e difetti mancati
- Scriverai software di acquisizione e inferenza in C++ e Python per i PC industriali in linea
- Collaborerai con manutenzione e produzione su illuminazione e posizionamento delle telecamere
# Requisiti
- Laurea magistrale in Ingegneria Informatica, Elettronica o Meccatronica
- Almeno 3 anni di esperienza in computer vision industriale
- Conoscenza di OpenCV e di Git
- Disponibilità a lavorare in stabilimento
# Offriamo
Contratto a tempo indeterminato CCNL Metalmeccanico, livello commisurato all'esperienza, mensa aziendale, welfare aziendale e premio di produzione.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['Neural networks', 'TensorFlow', 'Keras', 'Model evaluation', 'C++', 'Python', 'Git'],
  },
  {
    id: 't6-b-16',
    title: 'Farmacista collaboratore/collaboratrice',
    company: 'Farmacie Euganee S.r.l.',
    location: 'Abano Terme (PD)',
    format: 'text',
    body: `Cerchiamo un/una farmacista da inserire nella farmacia di Abano Terme, con possibilità di turni anche nelle sedi di Padova e Monselice.

Mansioni
- Dispensazione dei farmaci e consiglio al banco
- Servizi di telemedicina (ECG, holter pressorio) e prenotazioni CUP
- Gestione degli ordini e del magazzino con il gestionale
- Allestimento delle vetrine stagionali insieme al team

Requisiti
- Laurea in Farmacia o CTF e iscrizione all'Albo
- Ottime capacità comunicative e attitudine all'ascolto
- Disponibilità a turni, anche festivi, secondo il calendario provinciale

Offriamo
- Contratto a tempo indeterminato CCNL Farmacie private, livello A1
- Formazione ECM pagata dall'azienda
- Sconti sui prodotti di parafarmacia

Chi siamo
Farmacie Euganee è un gruppo di 14 farmacie tra i Colli Euganei e la Bassa Padovana, a conduzione familiare dal 1962.

I candidati ambosessi (L. 903/77) sono invitati a leggere l'informativa privacy ai sensi dell'art. 13 del GDPR.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IT'],
    mentions: ['Communication'],
  },
  {
    id: 't6-b-17',
    title: 'Data Scientist (32–36 uur)',
    company: 'Gemeente Vechtmond',
    location: 'Vechtmond, Overijssel',
    countryHints: ['NL'],
    format: 'html',
    body: `# Over ons
De gemeente Vechtmond telt 64.000 inwoners, verdeeld over een stad en negen kernen langs de Vecht. Onze 720 collega's regelen alles van paspoorten en bijstand tot het onderhoud van bruggen en de afvalinzameling. Het team Informatiegestuurd Werken helpt het college en de raad om beleid op feiten te bouwen.
# Wat ga je doen?
- Je ontwikkelt voorspelmodellen, bijvoorbeeld voor de vraag naar schuldhulpverlening en Wmo-voorzieningen, met regressie en random forests in R of Python
- Je toetst met statistische toetsen of maatregelen effect hebben
- Je controleert en verbetert de kwaliteit van gegevens uit onze basisregistraties
- Je legt uitkomsten helder uit aan beleidsmedewerkers en raadsleden en visualiseert ze in begrijpelijke grafieken
- Je toetst elk model op eerlijkheid en uitlegbaarheid voordat het in het Algoritmeregister komt
# Wat vragen wij?
- Een afgeronde master in statistiek, econometrie, data science of vergelijkbaar
- Minimaal 2 jaar werkervaring als data scientist
- Ervaring met R en/of Python; kennis van Git is een pré
- Een kritische blik: je stelt de vraag achter de vraag
# Wat bieden wij?
- Salaris maximaal € 5.853 bruto per maand bij 36 uur (schaal 11, cao Gemeenten)
- Een Individueel Keuzebudget van 17,05 % bovenop je salaris
- Hybride werken, een laptop en een thuiswerkvergoeding
- Een goede pensioenregeling
Een assessment kan onderdeel zijn van de procedure. Een Verklaring Omtrent het Gedrag (VOG) is verplicht.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['Regression', 'Decision trees', 'R', 'Python', 'Hypothesis testing', 'Data cleaning', 'Communication', 'Visualization', 'Model evaluation', 'DS', 'Git', 'Critical thinking'],
  },
  {
    id: 't6-b-18',
    title: 'Productmanager AI',
    company: 'Scheldewerk Talent',
    location: 'Gent, Oost-Vlaanderen',
    industry: 'Staffing and Recruiting',
    format: 'double',
    body: `# Over Scheldewerk Talent
Scheldewerk Talent is een selectiekantoor voor digitale profielen in Vlaanderen. Sinds 2011 brengen we productmensen, ontwikkelaars en dataspecialisten samen met werkgevers die bij hen passen.
# Onze klant
Onze klant is een snelgroeiende Gentse scale-up met 120 medewerkers en klanten in twaalf Europese landen. Om de volgende stap te zetten, zoeken we voor hen een Productmanager AI.
# Jouw rol
- Je bepaalt de visie en de roadmap voor de AI-functionaliteiten in het product
- Je werkt dagelijks samen met machine learning engineers en een data scientist om te bepalen hoe modellen geëvalueerd worden voor ze live gaan
- Je spreekt wekelijks met klanten en vertaalt hun noden naar user stories
- Je maakt keuzes op basis van impact, kost en risico
# Jouw profiel
- Minstens 4 jaar ervaring als productmanager of product owner in software
- Ervaring met datagedreven of AI-producten
- Commercieel inzicht en sterke communicatieve vaardigheden in het Nederlands en het Engels
- Je blijft graag bij: je volgt nieuwe ontwikkelingen in AI op de voet
# Het aanbod
Een competitief loon met maaltijdcheques, ecocheques, groepsverzekering, hospitalisatieverzekering, een bedrijfswagen of mobiliteitsbudget en 32 vakantiedagen. Hybride werken vanuit Gent.
Interesse? Stuur je cv naar Pieter Van Damme. We behandelen je kandidatuur uiteraard discreet.`,
    role: 'AIPM',
    sector: null,
    countries: ['BE'],
    mentions: ['AIPM', 'MLE', 'DS', 'Model evaluation', 'Business acumen', 'Communication', 'Continuous learning'],
  },
  {
    id: 't6-b-19',
    title: 'RPA-ontwikkelaar (Robotic Process Automation)',
    company: 'Kadeloods Logistiek B.V.',
    location: 'Rotterdam, Zuid-Holland',
    format: 'raw',
    // Recruitee description: <h2> sections, lists, an italic agency line at the end.
    body: `<h2>Jouw functie</h2><p>Als RPA-ontwikkelaar automatiseer je het handwerk achter onze containeroverslag: douanedocumenten, vrachtbrieven en facturen die nu nog met de hand worden overgetypt.</p><h2>Over Kadeloods</h2><p>Vanaf onze terminals in de Waalhaven en in Moerdijk zetten we jaarlijks 380.000 containers over tussen zeeschip, binnenvaart, spoor en vrachtwagen. Met 540 collega&rsquo;s zorgen we dat lading op tijd in het achterland is.</p><h2>Wat ga je doen?</h2><ul><li>Je bouwt en onderhoudt software-robots in UiPath</li><li>Je koppelt processen aan onze systemen via API&rsquo;s</li><li>Je zoekt samen met de afdelingen uit welke processen zich lenen voor automatisering</li><li>Je beheert je workflows in Git en test ze voordat ze live gaan</li></ul><h2>Wat vragen we?</h2><ul><li>Hbo-werk- en denkniveau, bijvoorbeeld Informatica of Bedrijfskunde</li><li>Minstens 2 jaar ervaring met UiPath, Power Automate of Blue Prism</li><li>Kennis van C# of Python is mooi meegenomen</li><li>Je bent een probleemoplosser en legt technische zaken eenvoudig uit</li></ul><h2>Wat bieden wij?</h2><ul><li>Salaris tussen &euro; 3.900 en &euro; 5.100 bruto per maand</li><li>Een 13e maand en 27 vakantiedagen</li><li>Een NS Business Card of een leaseauto</li><li>Opleidingsbudget van &euro; 2.000 per jaar</li></ul><p><em>Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</em></p>`,
    role: null,
    sector: null,
    countries: ['NL'],
    mentions: ['APIs', 'Git', 'Python', 'Problem-solving', 'Communication'],
  },
  {
    id: 't6-b-20',
    title: 'Especialista em Deep Learning (m/f)',
    company: 'Radiolume, Lda.',
    location: 'Lisboa',
    countryHints: ['PT'],
    format: 'escaped',
    body: `# A função
Procuramos um(a) especialista em deep learning para liderar o desenvolvimento dos modelos que leem mamografias e tomossínteses ao lado dos radiologistas.
# Quem somos
A Radiolume desenvolve software de apoio ao diagnóstico por imagem, certificado como dispositivo médico (marcação CE, classe IIa). O nosso produto analisa mais de um milhão de exames de rastreio do cancro da mama por ano em 60 hospitais e clínicas de Portugal, Espanha e França.
# Responsabilidades
- Desenhar e treinar redes neuronais convolucionais e vision transformers em PyTorch
- Avaliar o desempenho dos modelos por fabricante de equipamento, densidade mamária e faixa etária, e documentar os resultados para a auditoria regulamentar
- Limpar e curar os conjuntos de imagens e anotações, com os radiologistas
- Acompanhar dois engenheiros de machine learning júnior
# Requisitos
- Doutoramento ou mestrado com trabalho em visão computacional ou imagem médica
- 4 ou mais anos a treinar redes neuronais em Python
- Bons conhecimentos de álgebra linear, cálculo e probabilidades
- Experiência com Docker e Git
# O que oferecemos
Salário entre 55.000 € e 70.000 € brutos anuais, seguro de saúde, stock options, 25 dias de férias e um orçamento anual para conferências.
A Radiolume é um empregador que promove a igualdade de oportunidades.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['PT'],
    mentions: ['DLS', 'Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'MLE', 'Python', 'Linear algebra', 'Calculus', 'Probability', 'Docker', 'Git'],
  },
  {
    id: 't6-b-21',
    title: 'Analista de BI Pleno',
    company: 'Sabiá Móvel',
    location: 'São Paulo - SP',
    countryHints: ['BR'],
    format: 'raw',
    // Gupy description: <h3> sections, &bull; lines joined by <br>, the company last.
    body: `<h3>Descri&ccedil;&atilde;o da vaga</h3><p>Estamos buscando uma pessoa Analista de BI para o time de Intelig&ecirc;ncia Comercial, que acompanha vendas, recargas e cancelamentos em todo o pa&iacute;s.</p><h3>Responsabilidades e atribui&ccedil;&otilde;es</h3><p>&bull; Desenvolver e manter pain&eacute;is no Power BI e no Looker Studio para as diretorias de Varejo e P&oacute;s-pago;<br>&bull; Criar visualiza&ccedil;&otilde;es que mostrem, de forma simples, a evolu&ccedil;&atilde;o do churn por regi&atilde;o e canal;<br>&bull; Garantir a qualidade dos dados, identificando e tratando inconsist&ecirc;ncias nas bases de vendas das lojas;<br>&bull; Apresentar resultados e recomenda&ccedil;&otilde;es para gerentes regionais;<br>&bull; Apoiar os cientistas de dados na prepara&ccedil;&atilde;o de bases para os modelos de churn.</p><h3>Requisitos e qualifica&ccedil;&otilde;es</h3><p>&bull; Superior completo em Estat&iacute;stica, Economia, Engenharia ou &aacute;reas afins;<br>&bull; Experi&ecirc;ncia com SQL avan&ccedil;ado e Power BI (DAX);<br>&bull; Conhecimento em Python ser&aacute; um diferencial;<br>&bull; Vis&atilde;o de neg&oacute;cio.</p><h3>Informa&ccedil;&otilde;es adicionais</h3><p>&bull; Modelo h&iacute;brido: 3 dias no escrit&oacute;rio da Vila Ol&iacute;mpia<br>&bull; Vale-refei&ccedil;&atilde;o ou vale-alimenta&ccedil;&atilde;o, plano de sa&uacute;de e odontol&oacute;gico<br>&bull; PLR e plano de celular corporativo ilimitado<br>&bull; Aux&iacute;lio academia</p><h3>Sobre a empresa</h3><p>A Sabi&aacute; M&oacute;vel &eacute; a operadora de telefonia celular e internet m&oacute;vel que mais cresce no Brasil, com 22 milh&otilde;es de clientes e 400 lojas pr&oacute;prias. Acreditamos que conex&atilde;o &eacute; direito de todos.</p>`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['BR'],
    mentions: ['BIA', 'Power BI', 'Google Data Studio', 'Visualization', 'Data cleaning', 'Communication', 'DS', 'Python', 'Business acumen'],
  },
  {
    id: 't6-b-22',
    title: 'Técnico(a) de Campo – Fibra Óptica',
    company: 'Mandacaru Fibra',
    location: 'Recife - PE',
    countryHints: ['BRA'],
    format: 'double',
    body: `# Quem somos
Levamos internet de verdade para o interior de Pernambuco, da Paraíba e de Alagoas: já são 380 mil casas e comércios ligados por cabos que nós mesmos passamos, poste a poste.
# O que você vai fazer
- Instalar e ativar conexões de fibra nas casas e empresas dos clientes
- Fazer fusões, medições com OTDR e reparos na rede externa
- Atender chamados de manutenção dentro do prazo
- Explicar ao cliente, com paciência, como usar o Wi-Fi e o aplicativo
# Requisitos
- Ensino médio completo; curso técnico em telecomunicações é um diferencial
- CNH categoria A ou B
- NR-10 e NR-35 (trabalho em altura) em dia
- Disponibilidade para atuar em Recife, Olinda e Jaboatão dos Guararapes
# Benefícios
Salário + adicional de periculosidade, vale-alimentação, plano de saúde, moto ou carro da empresa e ajuda de custo com celular.
A Mandacaru Fibra valoriza a diversidade. Todas as vagas são abertas a pessoas com deficiência (PcD).`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['BR'],
    mentions: ['Communication'],
  },
  {
    id: 't6-b-23',
    title: 'Inżynier Danych (K/M/N)',
    company: 'Kopiec Software sp. z o.o.',
    location: 'Kraków, małopolskie',
    countryHints: ['PL'],
    format: 'div',
    body: `# Twoje zadania
- Projektowanie i budowa potoków danych w Apache Spark i Kafka dla klientów z Europy Zachodniej
- Modelowanie hurtowni danych i przygotowywanie danych dla analityków oraz data scientistów
- Pisanie testów jakości danych, wykrywanie i usuwanie duplikatów oraz braków
- Automatyzacja wdrożeń (CI/CD, GitHub Actions) i praca z Dockerem
- Bezpośredni kontakt z klientem: przedstawianie postępów i rekomendacji
# Nasze wymagania
- Min. 3 lata doświadczenia jako inżynier danych lub programista backend
- Bardzo dobra znajomość Pythona i SQL; mile widziana Java
- Doświadczenie z chmurą AWS lub Azure
- Umiejętność rozwiązywania problemów i samodzielność
- Angielski na poziomie min. B2
# Oferujemy
- Wynagrodzenie: 18 000 – 25 000 zł netto + VAT (B2B) lub 15 000 – 21 000 zł brutto (umowa o pracę)
- Pracę hybrydową z biura na Zabłociu lub zdalną z dowolnego miejsca w Polsce
- Prywatną opiekę medyczną i kartę sportową
- Budżet szkoleniowy i płatne certyfikacje
# O nas
Kopiec Software to krakowska firma usług IT. Od 2009 roku budujemy oprogramowanie i platformy danych dla klientów z branży logistycznej, energetycznej, ubezpieczeniowej i handlowej. Zatrudniamy 350 specjalistów w Krakowie, Rzeszowie i Katowicach.`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['PL'],
    mentions: ['Apache Spark', 'Kafka', 'DS', 'DE', 'Data cleaning', 'Deployment pipelines', 'Git', 'Docker', 'Communication', 'Python', 'Java', 'Problem-solving'],
  },
  {
    id: 't6-b-24',
    title: 'AI-forskare, autonom körning',
    company: 'Kattegatt Lastvagnar AB',
    location: 'Göteborg',
    countryHints: ['SE'],
    format: 'text',
    body: `Kattegatt Lastvagnar bygger tunga lastbilar och dragbilar i Göteborg och Umeå sedan 1946. Vår forskningsavdelning utvecklar förarlösa transporter för gruvor, hamnar och slutna industriområden, där de första fordonen redan kör i skift.

Om rollen
Som AI-forskare hos oss driver du forskningen om hur fordonen planerar sin väg bland människor, maskiner och andra fordon.
- Utveckla metoder inom förstärkningsinlärning och imitationsinlärning för rörelseplanering
- Träna och utvärdera modeller i simulering och på vår testbana utanför Borås
- Samarbeta med Chalmers och KTH i gemensamma forskningsprojekt
- Handleda industridoktorander

Vi söker dig som
- har en doktorsexamen inom maskininlärning, robotik eller reglerteknik
- programmerar obehindrat i Python och C++
- har goda kunskaper i linjär algebra och sannolikhetslära
- har erfarenhet av PyTorch

Vi erbjuder
Kollektivavtal, tjänstepension, friskvårdsbidrag på 5 000 kr, förmånscykel och flexibla arbetstider.

Sista ansökningsdag är den 30 juni. Vi tillämpar löpande urval. Inför anställning genomförs en bakgrundskontroll.`,
    role: 'ARS',
    sector: SECTOR.AUTO,
    countries: ['SE'],
    mentions: ['ARS', 'Reinforcement learning', 'Model evaluation', 'Python', 'C++', 'Linear algebra', 'Probability', 'PyTorch'],
  },
  {
    id: 't6-b-25',
    title: 'Applied Scientist – Payments Fraud',
    company: 'Ardcullen Risk Systems',
    location: 'Dublin 2, Ireland',
    locations: ['Belfast, Northern Ireland'],
    format: 'html',
    body: `# The role
Every second, our models score card payments and instant transfers for the banks we work with, deciding which go straight through and which are held for review. You will research and ship the next generation of those models.
- Research sequence and graph models (transformers, graph neural networks) for detecting mule accounts and account takeover
- Design features from transaction histories, device signals and payee networks
- Run rigorous offline evaluations and backtests, and read out champion–challenger A/B tests with partner banks
- Write production-quality Python and work with our ML engineers to deploy models on Kubernetes
# What we're looking for
- PhD in machine learning, statistics or a related field, or equivalent industry research experience
- Strong foundations in probability and statistics
- Experience with PyTorch
- The ability to explain model behaviour to bank risk teams and regulators
# What we offer
A competitive salary and equity, 25 days' annual leave, private health insurance, an 8% pension contribution, and a choice of our Dublin or Belfast office with two days a week in person.
# About Ardcullen
Ardcullen builds fraud and anti-money-laundering scoring software for banks and payment companies. Fourteen banks in Ireland, the UK and the Nordics run their real-time payment screening on our platform.
Ardcullen Risk Systems is an equal opportunities employer. We welcome applications from all backgrounds and provide reasonable accommodations throughout the recruitment process.`,
    role: 'ARS',
    sector: SECTOR.FIN,
    countries: ['IE', 'GB'],
    mentions: ['Neural networks', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Python', 'MLE', 'Kubernetes', 'Probability', 'PyTorch', 'Communication'],
  },
  {
    id: 't6-b-26',
    title: 'Machine Learning Engineer',
    company: 'Tussock Light',
    location: 'Christchurch, Canterbury',
    countryHints: ['NZ'],
    format: 'div',
    body: `# Kia ora, we're Tussock Light
Four hydro stations on the Waitaki side of the Alps and two wind farms in Canterbury make the power we sell to 290,000 homes, farms and businesses across the South Island. When the lakes are low or the wind drops, our traders and our models decide how to keep the lights on without blowing out anyone's bill.
# What you'll do
- Take demand and inflow forecasting models from our data scientists and run them as reliable services
- Build feature pipelines from weather forecasts, smart-meter readings and lake levels
- Deploy models in Docker on Azure Machine Learning and keep releases flowing through Azure DevOps CI/CD
- Monitor forecast accuracy every half-hour trading period and flag when a model needs attention
- Keep code in Git and make sure everything is tested
# What you'll bring
- 3+ years as a software or ML engineer, with strong Python
- Experience with scikit-learn and LightGBM or similar gradient-boosting libraries
- Comfortable working with traders and engineers who will ask hard questions
- The right to work in New Zealand
# What's in it for you
A salary of NZ$125,000–$145,000, five weeks' annual leave, KiwiSaver contributions of 6%, health insurance, a power-bill discount and a day off for your birthday.
We're committed to a workplace where everyone belongs, and we welcome applications from Māori and Pasifika candidates.`,
    role: 'MLE',
    sector: null,
    countries: ['NZ'],
    mentions: ['DS', 'Feature engineering', 'Docker', 'Microsoft Azure ML', 'Deployment pipelines', 'Model evaluation', 'Git', 'MLE', 'Python', 'Scikit-learn', 'Decision trees'],
  },
  {
    id: 't6-b-27',
    title: 'Machine Learning Engineer – Store Card Credit',
    company: 'Milkwood & Co.',
    location: 'Cape Town, Western Cape, South Africa',
    format: 'raw',
    // SmartRecruiters jobAd: Company Description, Job Description, Qualifications, Additional Information.
    body: `<p><strong>Company Description</strong></p><p>Milkwood &amp; Co. designs and sells affordable clothing, shoes and homeware in 310 stores across South Africa, Namibia and Botswana, and online. One in three of our customers pays with a Milkwood store card, which we run in-house through Milkwood Card Services.</p><p><strong>Job Description</strong></p><ul><li>Build and maintain the services that score store card applications and set credit limits in real time at our tills and online</li><li>Turn the credit team&rsquo;s scorecards (logistic regression and gradient-boosted trees) into tested, monitored APIs</li><li>Automate retraining and releases with GitHub Actions and deploy on AWS SageMaker</li><li>Validate every model release against the one it replaces before it goes live, together with the credit risk team</li><li>Work within the National Credit Act and POPIA: explainable decisions, documented data</li></ul><p><strong>Qualifications</strong></p><ul><li>BSc or BEng in Computer Science, Engineering or similar</li><li>4+ years of software engineering, 2+ with ML in production</li><li>Python and SQL; Java is useful</li><li>Docker and Kubernetes</li><li>AWS Certified Machine Learning &ndash; Specialty is an advantage</li></ul><p><strong>Additional Information</strong></p><ul><li>Hybrid: 3 days a week at our Foreshore head office</li><li>Medical aid and retirement annuity contributions, 25% staff discount</li><li>Milkwood &amp; Co. is an equal opportunity employer. Preference will be given to candidates from designated groups in line with our Employment Equity Plan.</li></ul>`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['ZA'],
    mentions: ['Regression', 'Decision trees', 'APIs', 'Git', 'Deployment pipelines', 'AWS SageMaker', 'Model evaluation', 'Python', 'Java', 'Docker', 'Kubernetes', 'CERT_AWS'],
  },
  {
    id: 't6-b-28',
    title: 'Senior Data Scientist – Customer Value',
    company: 'Kilele Mobile',
    location: 'Nairobi, Kenya',
    industry: 'Telecommunications',
    format: 'double',
    body: `# Role purpose
Lead the analytics behind our bundles, airtime credit and customer retention, and make sure every pricing decision is backed by evidence.
# Key responsibilities
- Build churn, lifetime-value and propensity models using regression and random forests in Python or R
- Segment subscribers by clustering their usage, recharge and location patterns
- Design A/B tests for bundle prices and SMS offers, and read them out honestly
- Engineer features from call records, data sessions and mobile-money top-ups
- Present findings to the commercial leadership team and coach two junior data scientists
# Requirements
- Master's degree in statistics, mathematics, economics or computer science
- 5+ years in data science, ideally in telecoms, banking or FMCG
- Strong SQL, Python and R; experience with Apache Spark is a plus
- Commercial thinking and the ability to turn analysis into a business case
# What we offer
Competitive pay, medical cover for you and your dependants, a pension scheme, an airtime and data allowance, and a learning budget.
# About Kilele Mobile
Kilele Mobile carries calls, SMS and data for 19 million subscribers across Kenya, through 5,400 base stations from Mombasa to Lodwar and 120 shops of our own.
Kilele Mobile is an equal opportunity employer. Qualified women and persons living with disabilities are encouraged to apply. We never ask for money at any stage of recruitment.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['KE'],
    mentions: ['Regression', 'Decision trees', 'Python', 'R', 'Clustering', 'Hypothesis testing', 'Feature engineering', 'Communication', 'DS', 'Apache Spark', 'Business acumen'],
  },
  {
    id: 't6-b-29',
    title: 'NLP Engineer (Arabic & English)',
    company: 'Mizan Public Services Authority',
    location: 'Abu Dhabi, United Arab Emirates',
    format: 'escaped',
    body: `# About the Authority
The Mizan Public Services Authority is the government body that runs residents' services for the emirate: visas and residency, driving licences, business permits and utility connections, through one app and 32 customer happiness centres.
# Job purpose
Build the language technology behind the Authority's digital assistant, which answers 1.5 million questions a month in Arabic, including Gulf dialect, and in English.
# Key accountabilities
- Fine-tune transformer models for intent classification, entity extraction and retrieval over policy documents
- Build evaluation sets with our Arabic linguists and measure answer quality before every release
- Clean, de-duplicate and anonymise conversation logs in line with data-protection law
- Expose models through secure APIs and deploy them with Docker and Kubernetes in the government cloud
- Work with product owners and policy teams to explain what the assistant can and cannot answer
# Qualifications
- Bachelor's or Master's in computer science, computational linguistics or a related field
- 4+ years in natural language processing, with strong Python and PyTorch
- Fluency in Arabic and English is essential
- Microsoft Azure AI Engineer Associate certification is desirable
# Benefits
Tax-free salary, housing and transport allowances, an annual air ticket, medical insurance for you and your family, and 30 working days of annual leave. UAE nationals are strongly encouraged to apply in line with Emiratisation policy.`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['AE'],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'Docker', 'Kubernetes', 'Communication', 'Python', 'PyTorch', 'CERT_AZ'],
  },
  {
    id: 't6-b-30',
    title: 'Data Annotation Team Lead (Computer Vision Projects)',
    company: 'Tarsier Annotation Services, Inc.',
    location: 'Taguig City, Metro Manila',
    countryHints: ['PH'],
    format: 'text',
    body: `Tarsier Annotation Services labels the images, video and text that AI companies use to train and test their models. Our 1,100 annotators in Taguig, Iloilo and Davao work for clients building self-driving systems, retail shelf scanners and medical imaging tools in the US, Europe and Japan.

The role
You will lead a team of 25 annotators on bounding-box, polygon and keypoint projects.
- Plan daily throughput and assign tasks across shifts
- Run quality checks: review samples, catch mislabelled and duplicate images, and send work back for correction
- Write clear labelling guidelines and update them with the client's computer vision engineers
- Report accuracy and turnaround to the project manager every week
- Coach annotators and keep the team motivated through night shifts

Qualifications
- Bachelor's degree in any field
- 2+ years leading a team in data annotation, content moderation or BPO
- Strong written and spoken English
- Comfortable with spreadsheets; basic Python scripting is a plus
- Able to adapt quickly when a client changes the guidelines mid-project

What we offer
- Competitive salary plus night differential and a performance bonus
- HMO coverage from day one, plus one dependent
- Government-mandated benefits (SSS, PhilHealth, Pag-IBIG) and 13th-month pay
- Free shuttle from Guadalupe MRT station`,
    role: null,
    sector: SECTOR.IT,
    countries: ['PH'],
    mentions: ['Data cleaning', 'CVE', 'Communication', 'Python', 'Adaptability'],
  },
  {
    id: 't6-b-31',
    title: 'Senior Product Designer, Seller Experience',
    company: 'Feira Viva',
    location: 'São Paulo, Brazil',
    locations: ['Remote – Brazil'],
    format: 'html',
    body: `# The role
We're looking for a senior product designer to own the tools that small sellers use to list products, answer buyers and get paid.
# What you'll do
- Lead design for seller onboarding, listings and order management, from research to shipped product
- Run interviews and usability tests with sellers in São Paulo, Recife and Porto Alegre
- Work with product managers, engineers and data scientists, and use A/B test results to decide what stays
- Build and maintain components in our design system
# What we're looking for
- 6+ years of product design, including marketplace or B2B tools
- A portfolio that shows your process and its results
- Fluent English and Portuguese; Spanish is a plus
- Clear communication and the confidence to defend a decision with evidence
# Benefits
Salary in BRL (CLT), health and dental plans, meal voucher, home-office allowance and a yearly budget for courses and books.
# About Feira Viva
Feira Viva is an online marketplace where 4 million shoppers buy clothes, electronics and home goods from 70,000 independent sellers across Brazil. We handle payments and delivery so sellers can focus on their products.
Feira Viva is committed to building a diverse team. All qualified applicants are considered regardless of race, gender, sexual orientation, disability or age.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['BR'],
    mentions: ['DS', 'Hypothesis testing', 'Communication'],
  },
  {
    id: 't6-b-32',
    title: 'Sales Engineer – Machine Vision (Bajío & Northeast)',
    company: 'Silla Vision Systems',
    location: 'Monterrey, N.L., Mexico',
    locations: ['Querétaro, Qro., Mexico'],
    format: 'raw',
    // Workday jobDescription: <p><b> headings and &nbsp; spacer paragraphs.
    body: `<p><b>About us</b></p><p>Silla Vision Systems designs inspection stations for production lines: cameras, lighting and software that check welds, labels, seals and assembled parts at line speed. More than 450 plants in Mexico, the US and Central America &mdash; from auto parts to appliances and beverages &mdash; rely on our systems to stop defects before they ship.</p><p>&nbsp;</p><p><b>Your role</b></p><p>As our Sales Engineer for the Baj&iacute;o and the Northeast, you will be the technical voice in front of plant managers and quality engineers.</p><ul><li>Understand each customer&rsquo;s process and define inspection requirements</li><li>Run feasibility tests in our lab on customer parts and present the results</li><li>Work with our computer vision engineers to scope inspection with convolutional neural networks where rule-based tools fall short</li><li>Prepare quotations and manage a pipeline of opportunities in Salesforce</li><li>Support installations and first production runs</li></ul><p><b>What you bring</b></p><ul><li>Engineering degree in mechatronics, electronics or industrial engineering</li><li>3+ years in technical sales or applications engineering in industrial automation</li><li>Fluent Spanish and English</li><li>A solid business sense and the persistence to close complex deals</li><li>Valid passport and willingness to travel 50% of the time</li></ul><p>&nbsp;</p><p><b>Compensation &amp; benefits</b></p><p>Base salary plus commissions, prestaciones superiores a las de ley, major medical insurance, savings fund and a company car.</p><p>Silla Vision Systems is an equal opportunity employer.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['MX'],
    mentions: ['Communication', 'CVE', 'Neural networks', 'Business acumen'],
  },
  {
    id: 't6-b-33',
    title: 'Medical Laboratory Scientist (Haematology)',
    company: 'Ekoline Laboratories',
    location: 'Ikeja, Lagos State',
    countryHints: ['NG'],
    format: 'double',
    body: `# Job summary
We are recruiting an experienced Medical Laboratory Scientist for the haematology bench at our Ikeja hub laboratory.
# Responsibilities
- Perform full blood counts, coagulation studies and blood film reviews
- Run daily quality control, record results and investigate out-of-range controls
- Validate results in the laboratory information system and escalate critical values to clinicians
- Maintain and calibrate analysers according to manufacturer schedules
- Support the training of interns and junior scientists
# Requirements
- BMLS and a current MLSCN licence
- Minimum 3 years' post-NYSC experience in a busy haematology laboratory
- Attention to detail and good problem-solving skills
- Clear communication with doctors and patients
# Benefits
Competitive salary, HMO cover, pension, 21 days' leave and a yearly training allowance.
# About Ekoline
Ekoline Laboratories runs 14 diagnostic laboratories and 60 sample-collection centres across Lagos, Ogun and Oyo, processing 9,000 blood, urine and imaging tests for patients and hospitals every day.
Ekoline Laboratories is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['NG'],
    mentions: ['Problem-solving', 'Communication'],
  },
  {
    id: 't6-b-34',
    title: 'Senior Data Analyst, Flight Operations',
    company: 'Hornbill Air',
    location: 'Singapore',
    industry: 'Airlines and Aviation',
    format: 'html',
    body: `# About Hornbill Air
Hornbill Air flies 52 aircraft to 40 cities across Southeast Asia, Australia and India from our hub at Changi. Our Flight Operations team plans crews, fuel and schedules for 380 flights a day.
# What you'll do
- Analyse fuel burn, delay and turnaround data to find savings our pilots and dispatchers can act on
- Build Tableau dashboards for the Flight Operations leadership
- Visualise on-time performance by route, aircraft type and hour of day with Python (Matplotlib, Seaborn)
- Check and correct data from aircraft systems and the crew rostering system before analysis
- Explain findings to captains and operations managers in plain language
# What you'll need
- Degree in statistics, engineering, aviation management or similar
- 4+ years in analytics, ideally in aviation or logistics
- SQL, Python (pandas) and Tableau
- Sound judgement and critical thinking under time pressure
# What we offer
Competitive salary and variable bonus, staff travel for you and your family, medical and dental insurance, and flexible working.
Hornbill Air is an equal opportunity employer. Only shortlisted candidates will be notified.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Tableau', 'Visualization', 'Python', 'Matplotlib', 'Seaborn', 'Data cleaning', 'Communication', 'Pandas', 'Critical thinking'],
  },
  {
    id: 't6-b-35',
    title: 'Transport Planner',
    company: 'Ankobra Logistics Ltd',
    location: 'Tema, Greater Accra',
    locations: ['Tema, Ghana', 'Lomé, Togo'],
    countryHints: ['GH'],
    format: 'div',
    body: `# The role
Plan and schedule container and bulk cargo movements for our fleet between Tema, Kumasi, Ouagadougou and Lomé, working from our Tema office with regular weeks at our Lomé depot.
# Responsibilities
- Build daily truck and driver plans that meet delivery windows and driver-hours rules
- Track trips in our fleet management system and re-plan when borders, weather or port delays change the picture
- Keep trip and cost records accurate, and correct missing or duplicate entries before month-end
- Prepare weekly performance reports for the operations manager
- Liaise with customers, customs agents and drivers
# Requirements
- HND or degree in logistics, supply chain or a related field
- 3+ years' transport planning experience, ideally cross-border within ECOWAS
- Strong Excel; experience with Power BI is an advantage
- Good communication in English; French is a strong advantage
- A calm problem-solver who adapts quickly when plans change
# What we offer
Competitive salary, medical cover, SSNIT pension contributions, a mobile phone and a meal allowance.
# About us
From our yards in Tema and Lomé, our 600 trucks carry containers, cement, cocoa and fuel to customers in Ghana, Togo, Burkina Faso and Mali.
Ankobra Logistics is an equal opportunity employer.`,
    role: null,
    sector: null,
    countries: ['GH', 'TG'],
    mentions: ['Data cleaning', 'Power BI', 'Communication', 'Problem-solving', 'Adaptability'],
  },
  {
    id: 't6-b-36',
    title: 'Research Software Engineer (Contract, 24 months)',
    company: 'Universiti Bukit Gasing',
    location: 'Petaling Jaya, Selangor',
    countryHints: ['MY'],
    industry: 'Higher Education',
    format: 'raw',
    // Oracle/Taleo description: <div><span style> blocks, <br/> lines, numeric entities.
    body: `<div><span style="font-family:Arial"><b>About the University</b><br/>Universiti Bukit Gasing is a public research university with 18,000 students. Its Centre for Tropical Climate Research models rainfall, flooding and haze across Peninsular Malaysia with state agencies and regional partners.</span></div><div><span style="font-family:Arial"><b>Job Description</b><br/>The Research Software Engineer will turn the Centre&#39;s research code into reliable, documented tools that researchers and partner agencies can run themselves.</span></div><div><span style="font-family:Arial"><b>Responsibilities</b><br/>&#8226; Refactor and test simulation and data-processing code in Python and Julia<br/>&#8226; Package tools in Docker containers and run them on the university&#39;s HPC cluster<br/>&#8226; Set up version control on GitHub and continuous integration for the Centre&#39;s repositories<br/>&#8226; Build APIs that serve forecast outputs to partner agencies<br/>&#8226; Support researchers and postgraduate students, and run short training sessions</span></div><div><span style="font-family:Arial"><b>Requirements</b><br/>&#8226; Bachelor&#39;s or Master&#39;s degree in computer science, engineering or a physical science<br/>&#8226; 3+ years writing scientific or data-intensive software<br/>&#8226; Strong Python with NumPy and pandas; experience with Julia or C++ is an advantage<br/>&#8226; Good command of English and Bahasa Melayu</span></div><div><span style="font-family:Arial"><b>Remuneration</b><br/>Salary commensurate with qualifications and experience, EPF and SOCSO contributions, medical benefits and annual leave as per university policy. Only shortlisted candidates will be contacted.</span></div>`,
    role: null,
    sector: null,
    countries: ['MY'],
    mentions: ['Python', 'Julia', 'Docker', 'Git', 'Deployment pipelines', 'APIs', 'NumPy', 'Pandas', 'C++'],
  },
];
