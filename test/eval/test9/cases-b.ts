// Test-set (test9) postings, part B: 24 in German (Germany, Austria, Switzerland), French (France, Belgium,
// Switzerland), Spanish (Spain, Argentina, Chile), Italian, Dutch (Netherlands, Flanders), Portuguese (Portugal,
// Brazil), Polish and Swedish, and 12 in English from Ireland, New Zealand, South Africa, Kenya, the UAE, the
// Philippines, Brazil, Mexico, Singapore, Nigeria, Malaysia and Ghana. Fictional employers describe themselves
// in their own words, at the top, after the role summary or at the end, some only by what they do.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, and a company made for one sector
// is in that sector; when the posting does not say, or the business is none of the seven, the label is null.
//
// Sector decisions worth stating: t9-b-02 a municipally owned energy and water utility is unclassified (a
// state-owned company takes the sector of its business); t9-b-08 a Belgian mutualité is a health insurer
// (Healthcare); t9-b-06 road-inspection cameras sold to cities and t9-b-16 citizen-request software sold to
// comuni are Public Sector & Smart Cities; t9-b-12 a cannery makes food (Manufacturing); t9-b-14 robots at a
// copper mine are a mine's (null); t9-b-28 chat software sold to banks, airlines and shops alike is IT;
// t9-b-35 an oil-palm and cocoa grower that sells its fruit to mills is agriculture (null).
//
// Mention decisions: a role named in the body is a role mention, the posting's own role and colleagues' roles
// alike, in any language ("BI-Analyst:innen", "analistas de BI", "BI-analisten" are Business Intelligence
// Analyst; "data analysts" and "BI-Spezialisten" are not roles); named architectures (CNNs, transformer
// models, graph neural networks) are Neural networks, "deep learning" alone is not; gradient boosting,
// XGBoost, LightGBM are Decision trees; A/B tests and explicit hypothesis tests are Hypothesis testing;
// dashboards alone are not Visualization and "tableaux de bord" is not Tableau; GitHub/GitLab/version control
// are Git; CI/CD, GitLab CI, Azure DevOps pipelines are Deployment pipelines; monitoring model performance and
// measuring accuracy are Model evaluation; Vertex AI is Google AI Platform; a certification counts only when
// named exactly (t9-b-11 names AWS Certified Machine Learning – Specialty). Hard calls: t9-b-04 "ständige
// Weiterbildung" and t9-b-17 "aggiornamento continuo" are Continuous learning; t9-b-32 "hypothesis testing"
// in a welding quality engineer's SPC list is Hypothesis testing; t9-b-20 "commercieel inzicht" and t9-b-27
// "commercial acumen" are Business acumen; t9-b-09 "tableaux croisés dynamiques" (Excel pivot tables) names
// no tool.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST9_B: HoldoutCase[] = [
  {
    id: 't9-b-01',
    title: 'Machine Learning Engineer (m/w/d) Siegelqualität & Prozessdaten',
    company: 'Härtsfeld Abfülltechnik GmbH',
    location: '73431 Aalen, Baden-Württemberg',
    countryHints: ['DE'],
    format: 'raw',
    // Personio job description: <p><strong> headings, <ul> lists, &uuml;-style entities.
    body: `<p><strong>Wer wir sind</strong></p><p>Unsere Anlagen f&uuml;llen und verschlie&szlig;en Joghurtbecher, Kaffeekapseln und Tierfutterschalen &ndash; bis zu 48.000 St&uuml;ck pro Stunde. Rund 620 Menschen konstruieren, montieren und warten sie in Aalen und Heidenheim, und 2.300 davon laufen heute bei Molkereien und R&ouml;stereien in 40 L&auml;ndern.</p><p><strong>Deine Aufgaben</strong></p><ul><li>Du entwickelst Modelle, die aus Temperatur-, Druck- und Kraftverl&auml;ufen der Siegelstationen vorhersagen, ob eine Siegelnaht dicht ist &ndash; bevor der Becher die Anlage verl&auml;sst</li><li>Du leitest aus den Rohsignalen aussagekr&auml;ftige Merkmale ab und pflegst sie in einer gemeinsamen Feature-Bibliothek</li><li>Du trainierst Modelle mit scikit-learn und, wo es sich lohnt, 1D-CNNs in PyTorch</li><li>Du bringst Modelle auf unsere Edge-Box an der Anlage: als Docker-Container, gebaut und ausgeliefert &uuml;ber GitLab CI</li><li>Du misst die Trefferquote neuer Modelle gegen die Pr&uuml;fprotokolle unseres Labors, bevor sie beim Kunden laufen</li></ul><p><strong>Was du mitbringst</strong></p><ul><li>Studium der Informatik, Mechatronik, Physik oder Vergleichbares</li><li>Mindestens 3 Jahre Erfahrung mit Python in produktiven Projekten</li><li>C++-Kenntnisse sind ein Plus</li><li>Lust, regelm&auml;&szlig;ig in der Montagehalle und gelegentlich beim Kunden zu sein</li><li>Sehr gute Deutsch- und gute Englischkenntnisse</li></ul><p><strong>Was wir bieten</strong></p><ul><li>Tarifvertrag der Metall- und Elektroindustrie Baden-W&uuml;rttemberg, 35-Stunden-Woche</li><li>30 Tage Urlaub, Gleitzeit und bis zu zwei Tage mobiles Arbeiten pro Woche</li><li>JobRad, betriebliche Altersvorsorge und eine Kantine mit regionaler K&uuml;che</li></ul><p>Wir freuen uns auf Bewerbungen von allen Menschen &ndash; unabh&auml;ngig von Geschlecht, Nationalit&auml;t, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter und sexueller Identit&auml;t.</p><p>Deine Ansprechpartnerin: Katrin Oberdorfer, Personal, Telefon 07361 5580-214</p>`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Feature engineering', 'Scikit-learn', 'Neural networks', 'PyTorch', 'Docker', 'Git', 'Deployment pipelines', 'Model evaluation', 'Python', 'C++'],
  },
  {
    id: 't9-b-02',
    title: 'Data Engineer (w/m/d) Netz- und Verbrauchsdaten',
    company: 'Energie- und Wasserversorgung Rottal-Vils GmbH',
    location: 'Pfarrkirchen, Niederbayern',
    format: 'html',
    body: `# Deine Aufgaben
- Du baust Datenstrecken für die 15-Minuten-Messwerte unserer Smart Meter auf – mit Apache Kafka und Spark auf unserer Datenplattform
- Du plausibilisierst die Messwerte, schließt Lücken, markierst Ausreißer und entfernst Doppelungen
- Du stellst Netzplanung, Vertrieb und unseren zwei Data Scientists saubere, dokumentierte Tabellen bereit
- Du betreust die Power BI-Berichte für Vertrieb und Netzbetrieb mit
- Du versionierst deine Arbeit in Git und orchestrierst Jobs mit Airflow

# Dein Profil
- Abgeschlossenes Studium der Informatik, Wirtschaftsinformatik oder eine vergleichbare Ausbildung
- Erfahrung mit Python und SQL
- Kenntnisse in Kubernetes sind wünschenswert
- Interesse an der Energiewende und gute Deutschkenntnisse (mindestens C1)

# Das bieten wir
- Vergütung nach TV-V, Jahressonderzahlung und Leistungsentgelt
- 30 Tage Urlaub, 24. und 31. Dezember frei
- Betriebliche Altersversorgung über die Zusatzversorgungskasse
- Deutschlandticket als Jobticket, Gesundheitstage und ein sicherer Arbeitsplatz in der Region

# Über uns
Wir versorgen 140.000 Menschen zwischen Rott und Vils mit Strom, Erdgas, Fernwärme und Trinkwasser und betreiben die Netze dafür. Gesellschafter sind die Städte Pfarrkirchen und Eggenfelden und der Landkreis Rottal-Inn. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.

Bitte bewirb dich bis 30. April über unser Online-Portal.`,
    role: 'DE',
    sector: null,
    countries: ['DE'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'DS', 'Power BI', 'Git', 'Python', 'Kubernetes'],
  },
  {
    id: 't9-b-03',
    title: 'BI-Analyst:in Schaden & Leistung (Vollzeit/Teilzeit)',
    company: 'Inntaler Wechselseitige Versicherung',
    location: '6020 Innsbruck, Tirol',
    countryHints: ['AUT'],
    format: 'div',
    body: `# Wer wir sind
Seit 1872 versichern wir Höfe, Häuser, Autos und Betriebe im Westen Österreichs – heute für 290.000 Kundinnen und Kunden. Als Versicherungsverein auf Gegenseitigkeit gehören wir unseren Mitgliedern und nicht der Börse.

# Ihre Aufgaben
- Sie entwickeln und betreuen Berichte und Dashboards in Power BI für die Schaden- und Leistungsabteilung
- Sie analysieren Schadenhäufigkeit, Großschäden und Unwetterereignisse und leiten daraus Empfehlungen ab
- Sie prüfen Bestands- und Schadendaten auf Fehler und Dubletten und bereinigen sie gemeinsam mit der IT
- Sie präsentieren Ihre Ergebnisse verständlich vor Abteilungsleitung und Vorstand
- Sie arbeiten eng mit unserem Data Engineer am neuen Data Warehouse zusammen

# Ihr Profil
- Abgeschlossenes Studium (Wirtschaftsinformatik, Statistik, Mathematik oder ähnlich)
- Mindestens 2 Jahre Erfahrung mit SQL und Power BI (DAX)
- Kenntnisse in Python oder R von Vorteil
- Freude daran, knifflige Probleme zu lösen
- Versicherungskenntnisse sind ein Plus, aber keine Voraussetzung

# Unser Angebot
Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 3.540,– brutto pro Monat (14 Gehälter) auf Basis Vollzeit. Eine Überzahlung je nach Qualifikation und Erfahrung ist vorgesehen. Dazu kommen Gleitzeit ohne Kernzeit, Homeoffice an bis zu drei Tagen, Essenszuschuss, Klimaticket-Zuschuss und vergünstigte Versicherungen für Sie und Ihre Familie.

Wir schätzen Vielfalt und freuen uns über Bewerbungen unabhängig von Alter, Geschlecht, Herkunft, Religion oder Behinderung.`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['AT'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'DE', 'Python', 'R', 'Problem-solving'],
  },
  {
    id: 't9-b-04',
    title: 'Fachperson Gesundheit EFZ 60–80 % – Langzeitpflege',
    company: 'Alterszentrum Sitterhof',
    location: '9200 Gossau SG',
    format: 'text',
    body: `Im Alterszentrum Sitterhof leben 96 Bewohnerinnen und Bewohner in vier Wohngruppen, darunter eine geschützte Demenzabteilung. Unser Team aus Pflege, Aktivierung, Hotellerie und Technik sorgt dafür, dass sie sich bei uns zu Hause fühlen.

Per 1. Juni oder nach Vereinbarung suchen wir eine Fachperson Gesundheit EFZ für die Wohngruppe Fürstenland.

Ihre Aufgaben
- Sie pflegen und begleiten unsere Bewohnerinnen und Bewohner ganzheitlich nach dem Pflegeprozess
- Sie führen medizinaltechnische Verrichtungen gemäss Ihrer Ausbildung aus
- Sie dokumentieren im elektronischen Pflegedossier
- Sie kommunizieren klar und einfühlsam mit Bewohnerinnen, Bewohnern und Angehörigen
- Sie begleiten Lernende FaGe in ihrer Ausbildung

Ihr Profil
- Abgeschlossene Ausbildung als Fachfrau/Fachmann Gesundheit EFZ
- Erfahrung in der Langzeitpflege oder Geriatrie von Vorteil
- Bereitschaft zu Wochenend- und Spätdiensten
- Bereitschaft zur ständigen Weiterbildung
- Gute Deutschkenntnisse, Schweizerdeutsch verstehen Sie

Wir bieten
- Fünf Wochen Ferien, ab 50 Jahren sechs
- Zulagen für Wochenend- und Abenddienste
- Vergünstigte Verpflegung im Personalrestaurant
- Grosszügige Unterstützung bei Weiterbildungen
- Gute Erreichbarkeit: fünf Minuten zu Fuss vom Bahnhof Gossau

Wir freuen uns auf Ihre Bewerbung mit Lebenslauf, Diplom und Arbeitszeugnissen an Frau Regula Tobler, Leitung Pflege und Betreuung.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Communication', 'Continuous learning'],
  },
  {
    id: 't9-b-05',
    title: 'Data Scientist (m/w/d) Kundenbindung',
    company: 'Förde Glasfasernetz GmbH',
    location: 'Kiel, Schleswig-Holstein',
    format: 'escaped',
    body: `# Deine Mission
Wer einmal bei uns ist, soll bleiben. Du hilfst uns zu verstehen, warum Kundinnen und Kunden kündigen – und was wir rechtzeitig dagegen tun können.

# Das erwartet dich
- Du entwickelst Kündigungsmodelle mit Gradient Boosting (XGBoost) und erklärst, welche Faktoren wirklich zählen
- Du leitest Merkmale aus Nutzungs-, Störungs- und Vertragsdaten ab
- Du setzt A/B-Tests für Halteangebote auf und wertest sie aus
- Du visualisierst Ergebnisse für Vertrieb und Kundenservice und präsentierst sie dort
- Du arbeitest mit unseren Data Engineers und BI-Analyst:innen an einer gemeinsamen Datenbasis

# Das bringst du mit
- Studium der Statistik, Mathematik, Informatik oder vergleichbar
- 3+ Jahre Erfahrung mit Python (pandas, scikit-learn) und Git
- Erfahrung mit AWS SageMaker ist ein Plus
- Deutsch und Englisch fließend

# Benefits
- 38-Stunden-Woche, 30 Tage Urlaub, Homeoffice bis zu 80 %
- Glasfaseranschluss für dich zu Hause kostenlos
- Jährliches Weiterbildungsbudget von 1.500 €
- Bike-Leasing und Zuschuss zum Deutschlandticket

# Über uns
Wir bringen Glasfaser bis in die Wohnung – für 410.000 Haushalte und Betriebe zwischen Flensburg und Lübeck, dazu Telefon und Fernsehen. Unsere 900 Kolleginnen und Kollegen bauen, betreiben und vermarkten das Netz selbst. Wir freuen uns über alle Bewerbungen, unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['DE'],
    mentions: ['Decision trees', 'Feature engineering', 'Hypothesis testing', 'Visualization', 'Communication', 'DE', 'BIA', 'Python', 'Pandas', 'Scikit-learn', 'Git', 'AWS SageMaker'],
  },
  {
    id: 't9-b-06',
    title: 'Ingénieur Vision par Ordinateur (H/F)',
    company: 'Placéo Voirie',
    location: 'Grenoble (38)',
    format: 'raw',
    // SmartRecruiters sections: Company Description, Job Description, Qualifications, Additional Information.
    body: `<h3>Description de l'entreprise</h3><p>Nos cam&eacute;ras se fixent sur les bennes &agrave; ordures et les balayeuses des villes. Pendant leur tourn&eacute;e habituelle, elles rep&egrave;rent les nids-de-poule, les panneaux tomb&eacute;s, les tags et les d&eacute;p&ocirc;ts sauvages, et les services techniques de 70 communes fran&ccedil;aises re&ccedil;oivent chaque matin la liste des r&eacute;parations &agrave; planifier. Plac&eacute;o Voirie compte 45 personnes &agrave; Grenoble.</p><h3>Description du poste</h3><p>Au sein de l'&eacute;quipe Perception (6 personnes), vous am&eacute;liorez les mod&egrave;les qui d&eacute;tectent et classent les d&eacute;fauts de voirie.</p><ul><li>Entra&icirc;ner et optimiser des r&eacute;seaux de neurones convolutifs de d&eacute;tection et de segmentation en PyTorch</li><li>Constituer les jeux d'images annot&eacute;es et les nettoyer : doublons, flous, annotations erron&eacute;es</li><li>Mesurer pr&eacute;cision et rappel ville par ville avant chaque mise en production</li><li>Porter les mod&egrave;les en C++ sur le bo&icirc;tier embarqu&eacute; des v&eacute;hicules</li><li>Livrer via notre int&eacute;gration continue GitLab</li></ul><h3>Qualifications</h3><ul><li>Dipl&ocirc;me d'ing&eacute;nieur ou master en vision par ordinateur, traitement d'images ou informatique</li><li>3 ans d'exp&eacute;rience minimum en Python et OpenCV</li><li>Docker au quotidien</li><li>Anglais technique lu et &eacute;crit</li></ul><h3>Informations suppl&eacute;mentaires</h3><p>CDI, 45 &agrave; 55 k&euro; bruts annuels selon exp&eacute;rience. Deux jours de t&eacute;l&eacute;travail par semaine, tickets restaurant, mutuelle prise en charge &agrave; 70 %, forfait mobilit&eacute;s durables.</p><p>Plac&eacute;o Voirie s'engage en faveur de la diversit&eacute; : tous nos postes sont ouverts aux personnes en situation de handicap.</p>`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['FR'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'C++', 'Git', 'Deployment pipelines', 'Python', 'Docker'],
  },
  {
    id: 't9-b-07',
    title: 'Analyste BI – Performance magasins (H/F)',
    company: 'Les Marchés du Couesnon',
    location: 'Rennes (35)',
    format: 'html',
    body: `# Vos missions
Rattaché(e) au responsable du contrôle de gestion, vous donnez aux magasins et aux acheteurs les chiffres dont ils ont besoin, au bon moment.
- Concevoir et faire vivre les tableaux de bord Power BI des magasins et des rayons
- Analyser les ventes, les marges, la démarque et les ruptures par magasin et par famille de produits
- Fiabiliser les données de caisse : corriger les codes-barres erronés, supprimer les doublons, compléter les référentiels
- Présenter vos analyses aux directeurs de magasin et au comité de direction
- Travailler avec nos deux data engineers sur le futur entrepôt de données

# Votre profil
- Bac+5 en statistique, informatique décisionnelle ou école de commerce
- 2 ans d'expérience minimum sur Power BI et SQL ; Python est un plus
- Vous avez le sens du commerce et aimez le terrain
- Permis B, déplacements réguliers dans les magasins

# Ce que nous offrons
Salaire de 38 à 44 k€ sur 13 mois, intéressement et participation, 10 % de remise dans nos magasins, carte tickets restaurant, mutuelle familiale, RTT.

# Qui sommes-nous ?
Les Marchés du Couesnon, ce sont 41 supermarchés, 9 drives et 3 200 collaborateurs entre Rennes, Saint-Malo et Fougères. Nous travaillons avec plus de 600 producteurs bretons. Tous nos postes sont ouverts aux personnes en situation de handicap.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'DE', 'Python', 'Business acumen'],
  },
  {
    id: 't9-b-08',
    title: 'Product Manager IA (H/F/X)',
    company: 'Mutualité Horizon Wallonie',
    location: '5000 Namur',
    format: 'div',
    body: `# Qui sommes-nous ?
Mutualité Horizon Wallonie rembourse les soins de santé de 520 000 affiliés en Wallonie et à Bruxelles. Nos conseillers répondent chaque année à plus de deux millions de questions sur les remboursements, l'incapacité de travail et l'assurance hospitalisation.

# Votre fonction
Vous êtes responsable d'un assistant qui aide nos conseillers à trouver la bonne réponse, plus vite, dans nos règles de remboursement.
- Définir la vision, la roadmap et les priorités de l'assistant
- Travailler au quotidien avec nos data scientists et nos ML engineers
- Définir avec eux les critères d'évaluation de l'assistant et suivre sa qualité
- Expliquer les choix et les limites de l'IA à la direction, aux conseillers et au délégué à la protection des données
- Recueillir les retours des agences et les traduire en user stories

# Votre profil
- 3 ans d'expérience en product management, idéalement sur un produit data ou IA
- Bonne compréhension de ce que les grands modèles de langage savent faire et ne savent pas faire
- Parfaitement bilingue français-néerlandais
- Esprit d'équipe et sens du service

# Notre offre
Un contrat à durée indéterminée, un 13e mois, des chèques-repas, des éco-chèques, une assurance groupe et hospitalisation, 32 jours de congé et du télétravail trois jours par semaine.

Nous sélectionnons nos collaborateurs et collaboratrices sur la base de leurs compétences, quels que soient leur âge, leur genre, leur origine, leur handicap ou leur orientation sexuelle.`,
    role: 'AIPM',
    sector: SECTOR.HEALTH,
    countries: ['BE'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Communication'],
  },
  {
    id: 't9-b-09',
    title: 'Chargé(e) de devis déménagement (H/F)',
    company: 'Bellecour Déménagements',
    location: 'Vénissieux (69)',
    format: 'text',
    body: `Chaque année, nos 140 déménageurs installent 6 000 familles dans leur nouveau logement et transfèrent les bureaux d'environ 300 entreprises, de Lyon jusqu'à l'étranger. Bellecour Déménagements est une entreprise familiale depuis trois générations.

Vos missions
- Visiter les logements et les bureaux de nos clients pour estimer le volume à déménager
- Établir les devis et les présenter aux clients
- Organiser les chantiers avec le service exploitation : camions, équipes, monte-meubles
- Suivre vos devis et relancer les clients

Votre profil
- Une première expérience commerciale, idéalement dans le déménagement ou le transport
- Vous communiquez clairement et avec tact, au téléphone comme chez le client
- À l'aise avec Excel (tableaux croisés dynamiques) et un logiciel de devis
- Permis B indispensable

Ce que nous proposons
CDI, 35 heures du lundi au vendredi, fixe de 2 300 € bruts mensuels plus commissions, véhicule de service, tickets restaurant et mutuelle.`,
    role: null,
    sector: null,
    countries: ['FR'],
    mentions: ['Communication'],
  },
  {
    id: 't9-b-10',
    title: 'Chercheur·euse en apprentissage automatique',
    company: 'Nivéal SA',
    location: 'Lausanne, VD',
    industry: 'Software Development',
    format: 'escaped',
    body: `# Le poste
Vous rejoignez une équipe de huit chercheurs et chercheuses qui travaillent sur la planification : comment un modèle peut-il décider, étape par étape, dans un monde qui change ?
- Mener des recherches en apprentissage par renforcement pour la planification sous contraintes
- Concevoir de nouvelles architectures fondées sur les transformers
- Évaluer rigoureusement les modèles sur des bancs d'essai publics et internes
- Publier dans les meilleures conférences (NeurIPS, ICML, ICLR)
- Présenter vos travaux à l'équipe produit et aux ingénieurs machine learning qui les mettent en production

# Votre profil
- Doctorat en informatique, mathématiques appliquées ou domaine proche
- Solides bases en algèbre linéaire et en probabilités
- Excellente maîtrise de Python et de PyTorch ; C++ apprécié
- Publications dans des conférences de premier plan

# Conditions
Salaire de CHF 125 000 à 150 000 par an, 25 jours de vacances, abonnement demi-tarif CFF, deux semaines par an pour aller en conférence.

# À propos de Nivéal
Nivéal est une entreprise suisse d'intelligence artificielle fondée en 2019. Nous développons des modèles de planification que des entreprises de la logistique, de l'énergie et de l'industrie intègrent dans leurs propres logiciels. Nous sommes 60, à Lausanne et à Zurich. Nous accueillons toutes les candidatures, sans distinction de genre, d'origine, d'âge ou de handicap.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['CH'],
    mentions: ['Reinforcement learning', 'Neural networks', 'Model evaluation', 'Communication', 'MLE', 'Linear algebra', 'Probability', 'Python', 'PyTorch', 'C++'],
  },
  {
    id: 't9-b-11',
    title: 'Ingeniero/a MLOps – Plataforma de Modelos',
    company: 'Pagalia Procesos de Pago S.L.',
    location: 'Madrid',
    countryHints: ['ESP'],
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacers, <ul> lists.
    body: `<p>Cada d&iacute;a procesamos los pagos con tarjeta de 90.000 comercios en Espa&ntilde;a y Portugal: desde la panader&iacute;a del barrio hasta cadenas hoteleras. Cada operaci&oacute;n pasa por nuestros modelos antes de autorizarse, en menos de 50 milisegundos.</p><p>&nbsp;</p><p><b>Tu misi&oacute;n</b></p><p>Buscamos a alguien que construya y cuide la plataforma donde viven esos modelos.</p><ul><li>Llevar a producci&oacute;n los modelos de scoring (LightGBM) que desarrollan nuestros cient&iacute;ficos de datos</li><li>Servirlos en Kubernetes con baja latencia y alta disponibilidad</li><li>Mantener el registro de experimentos y modelos en MLflow</li><li>Automatizar el ciclo de vida con CI/CD en GitHub Actions</li><li>Consumir y publicar eventos en Kafka</li><li>Monitorizar el rendimiento de los modelos en producci&oacute;n y avisar cuando se degradan</li></ul><p><b>Qu&eacute; buscamos</b></p><ul><li>4+ a&ntilde;os como ingeniero/a de software o de plataforma</li><li>Python y Java o Scala</li><li>Docker y Kubernetes en producci&oacute;n</li><li>Se valorar&aacute; la certificaci&oacute;n AWS Certified Machine Learning &ndash; Specialty</li><li>Ingl&eacute;s alto</li></ul><p><b>Qu&eacute; ofrecemos</b></p><p>Salario de 55.000 a 68.000 &euro; brutos anuales seg&uacute;n experiencia, retribuci&oacute;n flexible, seguro m&eacute;dico, 25 d&iacute;as laborables de vacaciones y jornada intensiva en agosto.</p><p>Pagalia Procesos de Pago S.L. es una entidad de pago autorizada y supervisada por el Banco de Espa&ntilde;a. Promovemos la igualdad de oportunidades y no discriminamos por raz&oacute;n de g&eacute;nero, origen, edad, discapacidad u orientaci&oacute;n sexual.</p>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['ES'],
    mentions: ['Decision trees', 'DS', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Git', 'Kafka', 'Model evaluation', 'Python', 'Java', 'Docker', 'CERT_AWS'],
  },
  {
    id: 't9-b-12',
    title: 'Técnico/a de Mantenimiento Industrial (turnos rotativos)',
    company: 'Conservas Vega del Segura S.A.',
    location: 'Molina de Segura (Murcia)',
    format: 'double',
    body: `# ¿Qué harás?
- Mantenimiento preventivo y correctivo de autoclaves, cerradoras de latas, calderas y líneas de envasado
- Diagnóstico y reparación de averías eléctricas, neumáticas e hidráulicas
- Programación básica de autómatas (Siemens S7) y variadores
- Registro de cada intervención en el GMAO
- Colaboración con Calidad en las auditorías IFS y BRC

# ¿Qué buscamos?
- FP de Grado Superior en Mecatrónica Industrial, Electricidad o similar
- 2 años de experiencia en mantenimiento industrial, preferiblemente en alimentación
- Capacidad para resolver problemas con autonomía
- Disponibilidad para turnos rotativos de mañana, tarde y noche

# ¿Qué ofrecemos?
Contrato indefinido, salario según convenio de conservas vegetales de la Región de Murcia más plus de turnicidad y nocturnidad, comedor subvencionado y formación a cargo de la empresa.

# Sobre nosotros
Desde 1964 convertimos el melocotón, el albaricoque y el pimiento de la Vega del Segura en conservas que se venden en 30 países. Nuestra fábrica de Molina de Segura da trabajo a 380 personas, y a más de 900 en campaña. En Conservas Vega del Segura aplicamos un Plan de Igualdad y valoramos la diversidad.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['ES'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't9-b-13',
    title: 'Ingeniero/a de Datos Sr.',
    company: 'Mercadito Austral S.A.',
    location: 'Palermo, CABA',
    locations: ['Remoto desde Uruguay'],
    countryHints: ['AR'],
    format: 'html',
    body: `# El desafío
Buscamos un/a Ingeniero/a de Datos Sr. para el equipo de Plataforma de Datos: seis personas que mueven todo lo que pasa en la app hacia donde se analiza y se modela.

# Quiénes somos
Mercadito Austral es el marketplace donde 6.000 almacenes, verdulerías y dietéticas de barrio venden online, y donde 1,4 millones de personas en Argentina y Uruguay hacen sus compras de la semana. Nacimos en Buenos Aires en 2018.

# Qué vas a hacer
- Construir pipelines batch y streaming con Apache Spark y Kafka
- Modelar los datos de pedidos, catálogo y repartos en nuestro lakehouse
- Escribir validaciones automáticas que detecten duplicados, precios fuera de rango y pedidos incompletos
- Orquestar con Airflow, versionar en Git y desplegar con CI/CD
- Dar soporte a nuestros científicos de datos y a los analistas de BI

# Qué buscamos
- 5+ años de experiencia en ingeniería de datos
- Python y SQL avanzados
- Docker; Kubernetes es un plus
- Inglés intermedio

# Beneficios
- Sueldo en pesos con actualización trimestral, o en dólares si trabajás desde Uruguay
- Prepaga de primer nivel para vos y tu grupo familiar
- Modalidad híbrida en CABA: dos días en la oficina de Palermo
- Semana extra de vacaciones y día de cumpleaños libre

En Mercadito Austral valoramos la diversidad: no importa tu género, tu edad, tu origen ni a quién ames.`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['AR', 'UY'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'BIA', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 't9-b-14',
    title: 'Ingeniero(a) de Robótica',
    company: 'Minera Cerro Quimal SpA',
    location: 'Antofagasta, Región de Antofagasta',
    format: 'div',
    body: `# Quiénes somos
Minera Cerro Quimal extrae y concentra cobre en la Región de Antofagasta desde 1997. En nuestra faena trabajan 2.400 personas, entre dotación propia y empresas colaboradoras.

# El cargo
Queremos sacar a las personas de las tareas más riesgosas de la planta concentradora. Como Ingeniero(a) de Robótica liderarás la integración de robots para el cambio de revestimientos de molinos y la toma de muestras.
- Integrar brazos robóticos y sistemas de guiado en terreno
- Programar en ROS 2 con C++ y Python
- Simular las maniobras antes de probarlas en planta
- Explorar técnicas de aprendizaje por refuerzo para el control de las maniobras
- Mantener el código bajo control de versiones con Git
- Trabajar con mantenimiento, operaciones y proveedores de equipos

# Requisitos
- Ingeniería Civil Eléctrica, Mecánica o en Computación
- 3 años de experiencia en robótica industrial o móvil
- Licencia de conducir clase B
- Disponibilidad para sistema de turnos 7x7 con alojamiento en campamento

# Ofrecemos
Renta competitiva, bono anual por desempeño, seguro complementario de salud y vida, y pasajes aéreos a tu ciudad de origen. Promovemos la inclusión laboral según la Ley 21.015.`,
    role: 'ROBO',
    sector: null,
    countries: ['CL'],
    mentions: ['ROBO', 'C++', 'Python', 'Reinforcement learning', 'Git'],
  },
  {
    id: 't9-b-15',
    title: 'Data Scientist – Antiriciclaggio',
    company: 'Banca Lariana di Credito',
    location: 'Milano (MI)',
    countryHints: ['ITA'],
    format: 'raw',
    // Oracle Recruiting Cloud description: <h2> headings, <p> text, <ul> lists, entity-escaped accents.
    body: `<h2>Il ruolo</h2><p>Nella Direzione Compliance, il team Analisi AML controlla ogni giorno oltre 600.000 operazioni. Cerchiamo un/una Data Scientist che renda i nostri controlli pi&ugrave; precisi e meno rumorosi.</p><h2>Di cosa ti occuperai</h2><ul><li>Sviluppare modelli di scoring delle operazioni sospette con regressione logistica e gradient boosting</li><li>Costruire variabili a partire da bonifici, contanti, carte e dati anagrafici</li><li>Validare i modelli con backtesting su casi gi&agrave; segnalati all'UIF e misurarne i falsi positivi</li><li>Presentare risultati e limiti dei modelli al Comitato Rischi e agli auditor</li><li>Lavorare con i colleghi dell'IT per portare i modelli in produzione</li></ul><h2>Chi cerchiamo</h2><ul><li>Laurea magistrale in Statistica, Matematica, Fisica o Ingegneria</li><li>Solida conoscenza della probabilit&agrave; e della statistica inferenziale</li><li>Ottima padronanza di Python o R e di SQL; uso quotidiano di Git</li><li>Almeno 3 anni di esperienza, meglio se in ambito bancario</li></ul><h2>Cosa offriamo</h2><p>Contratto a tempo indeterminato CCNL Credito, retribuzione commisurata all'esperienza, premio aziendale, buoni pasto, previdenza complementare, polizza sanitaria per te e la tua famiglia, smart working fino a 10 giorni al mese.</p><h2>Chi siamo</h2><p>Da oltre 120 anni siamo la banca di famiglie e imprese tra Como, Lecco e la Brianza: 74 filiali, 210.000 clienti e una sede direzionale a Milano.</p><p>La ricerca &egrave; rivolta a candidati di entrambi i sessi ai sensi della L. 903/77 e del D.Lgs. 198/2006, e a persone di tutte le et&agrave; e nazionalit&agrave; ai sensi dei D.Lgs. 215/03 e 216/03. I dati saranno trattati ai sensi del Regolamento UE 2016/679.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Probability', 'Python', 'R', 'Git'],
  },
  {
    id: 't9-b-16',
    title: 'Ingegnere/a NLP',
    company: 'Civica Lingua S.r.l.',
    location: 'Padova (PD)',
    format: 'escaped',
    body: `# Chi siamo
Ogni giorno i cittadini scrivono al proprio Comune: PEC, email, segnalazioni dall'app, moduli online. Civica Lingua legge questi messaggi per 210 Comuni e 3 Province del Veneto e del Friuli e li smista all'ufficio giusto, dalla Polizia Locale ai Servizi Sociali. Siamo 35 persone a Padova.

# Cosa farai
- Sviluppare modelli transformer per classificare e instradare le richieste dei cittadini
- Estrarre entità e scadenze da delibere, determine e atti
- Pulire e anonimizzare i testi prima dell'addestramento
- Valutare i modelli su ogni ente prima di attivarli
- Esporre i modelli tramite API REST integrate con i gestionali comunali

# Requisiti
- Laurea in Informatica, Ingegneria o Linguistica computazionale
- Almeno 2 anni di esperienza con Python, PyTorch e Hugging Face
- Buona conoscenza di Docker
- Ottimo italiano scritto

# Cosa offriamo
RAL 38.000–46.000 €, CCNL Commercio, buoni pasto da 8 €, lavoro ibrido con due giorni in sede, welfare aziendale e corsi di formazione.

Il presente annuncio è rivolto a candidati di entrambi i sessi (L. 903/77).`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['IT'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'Docker'],
  },
  {
    id: 't9-b-17',
    title: 'Tecnico/a Sanitario/a di Radiologia Medica',
    company: 'Centro Diagnostico Reno e Savena',
    location: 'Casalecchio di Reno (BO)',
    format: 'text',
    body: `Il Centro Diagnostico Reno e Savena è un poliambulatorio privato accreditato con il Servizio Sanitario Regionale: ogni anno eseguiamo oltre 90.000 esami di diagnostica per immagini, dalla radiologia tradizionale alla risonanza magnetica.

Per la sede di Casalecchio di Reno cerchiamo un/una Tecnico/a di Radiologia Medica.

Attività
- Esecuzione di esami di radiologia tradizionale, TC, risonanza magnetica e mammografia
- Accoglienza dei pazienti e spiegazione delle procedure
- Controlli di qualità sulle apparecchiature in collaborazione con il fisico sanitario
- Gestione delle immagini nel sistema RIS/PACS

Requisiti
- Laurea in Tecniche di Radiologia Medica, per Immagini e Radioterapia
- Iscrizione all'Albo TSRM
- Buone capacità comunicative con pazienti e colleghi
- Propensione all'aggiornamento continuo

Offriamo
Contratto a tempo indeterminato, full time o part time, CCNL AIOP, turni diurni dal lunedì al sabato, crediti ECM a carico del centro.

I candidati di entrambi i sessi sono invitati a rispondere (L. 903/77 e D.Lgs. 198/2006).`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IT'],
    mentions: ['Communication', 'Continuous learning'],
  },
  {
    id: 't9-b-18',
    title: 'Deep Learning Specialist – Fari adattivi',
    company: 'Fari Padani S.p.A.',
    location: 'Formigine (MO)',
    format: 'html',
    body: `# Il ruolo
Nel team Elettronica Avanzata svilupperai gli algoritmi che permettono ai nostri fari di "vedere": abbagliare meno chi arriva di fronte e illuminare meglio pedoni e ciclisti.

# Responsabilità
- Progettare e addestrare reti neurali convoluzionali per riconoscere veicoli, pedoni e segnaletica di notte
- Sviluppare con TensorFlow e Keras e ottimizzare i modelli (quantizzazione, pruning) per microcontrollori automotive
- Valutare i modelli su dataset notturni raccolti su strada e su pista
- Collaborare con gli ingegneri di computer vision e con il team software in C++

# Requisiti
- Laurea magistrale o dottorato in Ingegneria, Informatica o Fisica
- Ottime basi di algebra lineare e calcolo
- Esperienza con Python e C++
- Conoscenza della ISO 26262 gradita
- Inglese fluente

# Offriamo
Contratto a tempo indeterminato CCNL Metalmeccanico Industria, premio di risultato, mensa aziendale, orario flessibile e 8 giorni al mese di smart working.

# Chi siamo
Fari Padani progetta e costruisce fari, fanali e sistemi di illuminazione per le case automobilistiche europee dal 1971. Nei nostri stabilimenti di Formigine e Melfi lavorano 1.900 persone. L'annuncio è rivolto a candidati di entrambi i sessi, ai sensi della L. 903/77.`,
    role: 'DLS',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['Neural networks', 'TensorFlow', 'Keras', 'Model evaluation', 'CVE', 'C++', 'Linear algebra', 'Calculus', 'Python'],
  },
  {
    id: 't9-b-19',
    title: 'Data Engineer',
    company: 'Belastingsamenwerking Rivierenland-Oost',
    location: 'Tiel, Gelderland',
    countryHints: ['NLD'],
    format: 'raw',
    // Werken-bij page (Recruitee): <h3> headings, <p> and <ul>, &euro; entities.
    body: `<h3>Wie zijn wij?</h3><p>Wij heffen en innen de gemeentelijke belastingen voor zes gemeenten in het Rivierenland en stellen elk jaar de WOZ-waarde vast van ruim 95.000 woningen en bedrijfspanden. Namens de gemeenten zijn we er voor 210.000 inwoners. We zijn een gemeenschappelijke regeling met 120 collega's.</p><h3>Wat ga je doen?</h3><ul><li>Je bouwt en beheert datastromen uit onze belasting- en WOZ-administratie naar ons nieuwe dataplatform (Azure, Databricks met Apache Spark)</li><li>Je schrijft pipelines in Python en SQL</li><li>Je ontdubbelt adressen, corrigeert fouten uit de basisregistraties en bewaakt de datakwaliteit</li><li>Je beheert je code in Git en rolt uit via pipelines in Azure DevOps</li><li>Je levert de data voor de Power BI-rapportages van onze BI-analisten en voor de taxateurs</li></ul><h3>Wat vragen wij?</h3><ul><li>Hbo- of wo-werk- en denkniveau</li><li>Minimaal 3 jaar ervaring als data engineer</li><li>Kennis van de AVG en zorgvuldig met persoonsgegevens</li></ul><h3>Wat bieden wij?</h3><ul><li>Salaris in schaal 10: maximaal &euro; 5.525 bruto per maand bij 36 uur</li><li>Een Individueel Keuzebudget van 17,05% van je salaris</li><li>Thuiswerken in overleg, met een thuiswerkvergoeding</li><li>Een opleidingsbudget en pensioen bij het ABP</li></ul><p>Een assessment kan deel uitmaken van de procedure. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</p>`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['DE', 'Apache Spark', 'Python', 'Data cleaning', 'Git', 'Deployment pipelines', 'Power BI', 'BIA'],
  },
  {
    id: 't9-b-20',
    title: 'Accountmanager KMO (m/v/x)',
    company: 'Scheldenet NV',
    location: '2000 Antwerpen',
    format: 'html',
    body: `# Jouw job
Als accountmanager KMO ben jij het vaste aanspreekpunt voor 250 kleine en middelgrote bedrijven in de provincie Antwerpen.
- Je bezoekt bestaande klanten en zoekt actief nieuwe klanten
- Je stelt voorstellen op voor internet, vaste en mobiele telefonie en beveiligde bedrijfsnetwerken
- Je volgt je pijplijn op in Salesforce
- Je werkt nauw samen met onze technische collega's voor installaties op maat

# Jouw profiel
- Bachelor of gelijkwaardig door ervaring
- 3 jaar ervaring in B2B-verkoop
- Je hebt commercieel inzicht en weet wat een KMO-zaakvoerder wakker houdt
- Je bent communicatief sterk, in het Nederlands én het Frans
- Rijbewijs B

# Ons aanbod
Een vast contract met een competitief loon, een variabel commissieplan, een bedrijfswagen met tankkaart, maaltijdcheques, ecocheques, groeps- en hospitalisatieverzekering en 32 vakantiedagen.

# Wie zijn wij?
Via ons eigen glasvezel- en 5G-netwerk houden we 1,1 miljoen gezinnen en 70.000 bedrijven in Vlaanderen online. Scheldenet telt 2.800 medewerkers. Wij kiezen voor diversiteit en beoordelen kandidaten enkel op hun competenties.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['BE'],
    mentions: ['Business acumen', 'Communication'],
  },
  {
    id: 't9-b-21',
    title: 'Cientista de Dados (M/F) – Farmacovigilância',
    company: 'Laboratórios Tejo Farma, S.A.',
    location: 'Oeiras, Lisboa',
    format: 'escaped',
    body: `# Quem somos
Há 60 anos que desenvolvemos e fabricamos medicamentos genéricos e de marca na nossa fábrica de Oeiras. Hoje os nossos 140 medicamentos chegam a farmácias e hospitais de 35 países.

# A função
Integrado(a) na equipa de Segurança do Medicamento, vais ajudar-nos a detetar mais cedo os efeitos adversos.
- Analisar dados de notificações espontâneas, ensaios clínicos e literatura
- Aplicar testes de hipóteses e modelos de regressão para detetar sinais de segurança
- Limpar e validar os dados das notificações: duplicados, datas impossíveis, códigos em falta
- Visualizar resultados com ggplot2 e Matplotlib
- Apresentar resultados a médicos e farmacêuticos da equipa de segurança

# Perfil
- Mestrado ou doutoramento em Estatística, Bioestatística, Epidemiologia ou área afim
- Domínio de R e Python
- Conhecimento do dicionário MedDRA é uma vantagem
- Inglês fluente

# Oferecemos
Contrato sem termo, seguro de saúde extensível ao agregado familiar, subsídio de refeição, horário flexível e regime híbrido.

A Tejo Farma é uma entidade empregadora que promove a igualdade de oportunidades.`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['PT'],
    mentions: ['Hypothesis testing', 'Regression', 'Data cleaning', 'Visualization', 'Matplotlib', 'Communication', 'R', 'Python'],
  },
  {
    id: 't9-b-22',
    title: 'Analista de Prevenção de Perdas',
    company: 'Casa Araucária Materiais de Construção Ltda.',
    location: 'Curitiba, PR',
    countryHints: ['BR'],
    format: 'html',
    body: `# Quem somos
Vendemos cimento, pisos, tintas, ferramentas e tudo o que uma obra precisa em 38 lojas no Paraná e em Santa Catarina, e entregamos na obra em até 24 horas. Somos 4.100 colaboradores.

# O que você vai fazer
- Analisar quebras, furtos e divergências de estoque por loja e por categoria
- Cruzar dados de PDV, notas fiscais e inventários para encontrar a causa das perdas
- Manter os painéis de perdas em Power BI
- Comunicar achados e planos de ação às gerências das lojas
- Acompanhar os inventários rotativos

# Requisitos
- Ensino superior completo em Administração, Engenharia ou Contábeis
- Excel avançado e Power BI
- Disponibilidade para viagens às lojas

# Benefícios
Vale-refeição, vale-alimentação, plano de saúde e odontológico, participação nos lucros, 15% de desconto nas nossas lojas e Gympass.

Vaga também para pessoas com deficiência.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['BR'],
    mentions: ['Power BI', 'Communication'],
  },
  {
    id: 't9-b-23',
    title: 'Specjalista / Specjalistka ds. wsparcia IT z językiem niemieckim',
    company: 'Wisłosoft Services sp. z o.o.',
    location: 'Kraków, małopolskie',
    format: 'raw',
    // Polish board listing: <h2> sections, <ul> lists, &oacute;-style entities.
    body: `<h2>O nas</h2><p>Wis&#322;osoft Services prowadzi service desk i wsparcie stanowisk pracy dla 40 firm z Niemiec, Austrii i Szwajcarii. Od 2009 roku dbamy o to, &#380;eby ich pracownicy mogli pracowa&#263; bez przestoj&oacute;w. W krakowskim biurze pracuje nas 380 os&oacute;b.</p><h2>Tw&oacute;j zakres obowi&#261;zk&oacute;w</h2><ul><li>Przyjmowanie zg&#322;osze&#324; telefonicznie, mailowo i przez portal &ndash; po niemiecku</li><li>Diagnozowanie i rozwi&#261;zywanie problem&oacute;w z kontami, poczt&#261;, VPN i drukarkami</li><li>Zarz&#261;dzanie kontami w Active Directory i Microsoft 365</li><li>Dokumentowanie rozwi&#261;za&#324; w bazie wiedzy</li></ul><h2>Nasze wymagania</h2><ul><li>J&#281;zyk niemiecki na poziomie min. B2</li><li>Komunikatywno&#347;&#263; i cierpliwo&#347;&#263; w kontakcie z u&#380;ytkownikami</li><li>Podstawowa znajomo&#347;&#263; PowerShell lub Pythona b&#281;dzie atutem</li></ul><h2>Oferujemy</h2><ul><li>Umow&#281; o prac&#281;, wynagrodzenie 7 500&ndash;9 000 z&#322; brutto miesi&#281;cznie</li><li>Prac&#281; hybrydow&#261; po okresie wdro&#380;enia</li><li>Prywatn&#261; opiek&#281; medyczn&#261;, kart&#281; sportow&#261; i dofinansowanie kurs&oacute;w j&#281;zykowych</li></ul><p>Prosimy o zawarcie w CV klauzuli: &bdquo;Wyra&#380;am zgod&#281; na przetwarzanie moich danych osobowych dla potrzeb niezb&#281;dnych do realizacji procesu rekrutacji zgodnie z RODO.&rdquo;</p>`,
    role: null,
    sector: SECTOR.IT,
    countries: ['PL'],
    mentions: ['Problem-solving', 'Communication', 'Python'],
  },
  {
    id: 't9-b-24',
    title: 'Robotingenjör – Palleteringsceller',
    company: 'Mälarrobot AB',
    location: 'Västerås, Västmanlands län',
    countryHints: ['SWE'],
    format: 'raw',
    // Teamtailor job body: <h3> headings, <p> and <ul>, &auml;-style entities.
    body: `<p>V&aring;ra robotceller staplar l&aring;dor, s&auml;ckar och kassar p&aring; pall i slutet av produktionslinjer &ndash; hos mejerier, bryggerier och l&auml;kemedelsfabriker i hela Norden. Vi konstruerar, bygger och testar varje cell i v&aring;r fabrik i V&auml;ster&aring;s, d&auml;r vi &auml;r 160 medarbetare.</p><h3>Om rollen</h3><p>Som robotingenj&ouml;r i v&aring;rt utvecklingsteam g&ouml;r du v&aring;ra celler smartare, s&aring; att de klarar blandade l&aring;dor utan att n&aring;gon beh&ouml;ver programmera om dem.</p><ul><li>Utveckla r&ouml;relseplanering och gripstrategier i C++ och ROS 2</li><li>Bygga simuleringar och testverktyg i Python</li><li>Tr&auml;na CNN-modeller i PyTorch som hittar l&aring;dor och etiketter i 3D-kamerabilder</li><li>Versionshantera i Git och leverera via v&aring;r CI-pipeline</li><li>K&ouml;ra tj&auml;nsterna i Docker p&aring; cellens industri-PC</li></ul><h3>Vem &auml;r du?</h3><ul><li>Civilingenj&ouml;r inom robotik, datateknik eller motsvarande</li><li>N&aring;gra &aring;rs erfarenhet av robotprogrammering</li><li>Du trivs lika bra vid tangentbordet som ute i verkstaden</li><li>Svenska och engelska i tal och skrift</li></ul><h3>Vi erbjuder</h3><p>Kollektivavtal, tj&auml;nstepension, friskv&aring;rdsbidrag p&aring; 5 000 kr och flextid. Vi till&auml;mpar l&ouml;pande urval, s&aring; skicka g&auml;rna in din ans&ouml;kan redan i dag.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['SE'],
    mentions: ['ROBO', 'C++', 'Python', 'Neural networks', 'PyTorch', 'Git', 'Deployment pipelines', 'Docker'],
  },
  {
    id: 't9-b-25',
    title: 'Senior Data Scientist, Clinical Evidence',
    company: 'Corrib Vascular Ltd',
    location: 'Athlone, Co. Westmeath',
    industry: 'Medical Equipment Manufacturing',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, <ul> lists, an About block and #LI tag at the end.
    body: `<p><b>The role</b></p><p>Our Clinical Evidence team shows surgeons, hospitals and regulators what our devices do for patients once they leave the trial setting. As Senior Data Scientist you will lead the analysis of registry and post-market data for our peripheral stent and balloon catheter families.</p><p><b>Key responsibilities</b></p><ul><li>Analyse outcomes from national registries and post-market clinical follow-up studies using survival analysis and regression models</li><li>Write statistical analysis plans and carry out formal hypothesis testing for post-market studies</li><li>Clean and reconcile registry extracts: duplicate patients, missing follow-up dates, inconsistent device codes</li><li>Visualise results for clinical evaluation reports and publications</li><li>Present findings to clinicians, notified bodies and internal review boards</li><li>Work with our data engineers on a validated analysis environment</li></ul><p><b>Requirements</b></p><ul><li>MSc or PhD in statistics, biostatistics, epidemiology or a related field</li><li>5+ years in medical devices, pharma or health research</li><li>Fluent R and Python; SAS is an advantage</li><li>Familiarity with EU MDR and ISO 14155</li></ul><p><b>What we offer</b></p><p>Competitive salary, annual bonus, 8% pension contribution, private health insurance for you and your family, 25 days' annual leave, hybrid working and education assistance.</p><p><b>About Corrib Vascular</b></p><p>Corrib Vascular designs and manufactures catheters, stents and guidewires for the treatment of peripheral artery disease. From our plants in Athlone and Galway, 1,300 people ship devices to hospitals in more than 50 countries.</p><p>Corrib Vascular is an equal opportunities employer. All qualified applicants will receive consideration for employment without regard to age, civil status, family status, gender, race, religion, disability, sexual orientation or membership of the Traveller community.</p><p>#LI-Hybrid</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['DS', 'Regression', 'Hypothesis testing', 'Data cleaning', 'Visualization', 'Communication', 'DE', 'R', 'Python'],
  },
  {
    id: 't9-b-26',
    title: 'Data Engineer',
    company: 'Hauraki-Kaimai Regional Council',
    location: 'Hamilton, Waikato',
    format: 'html',
    body: `# About the role
We are looking for a data engineer to help us bring river levels, rainfall, bus patronage and consent data into one place, so that our scientists, planners and transport team can trust what they see.

# About us
Hauraki-Kaimai Regional Council looks after the rivers, soils, air and coastline of our region, runs its bus network and keeps communities safe from floods. We serve 540,000 people and work in partnership with iwi and hapū across the rohe.

# What you'll do
- Build pipelines from telemetry sites, ticketing systems and our consents database into our Azure data platform (Databricks and Apache Spark)
- Write automated data quality checks that flag gaps, spikes and duplicate readings
- Write Python and SQL, keep it in GitHub and release it through CI/CD
- Work alongside our data scientists and GIS team to publish open data for the public

# About you
- 3+ years' experience in a data engineering role
- Strong Python and SQL
- Experience with cloud data platforms, ideally Azure
- A commitment to Te Tiriti o Waitangi and to working with Māori

# What we offer
Salary range $104,000 – $122,000, plus KiwiSaver employer contribution, flexible working, an extra week of leave after five years, and free bus travel in the region.

We are an equal employment opportunities employer and welcome applications from people of all backgrounds. Applications close Sunday 12 May.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['NZ'],
    mentions: ['DE', 'Apache Spark', 'Data cleaning', 'Python', 'Git', 'Deployment pipelines', 'DS'],
  },
  {
    id: 't9-b-27',
    title: 'BI Developer – Prepaid & Recharge',
    company: 'Umoya Mobile (Pty) Ltd',
    location: 'Midrand, Gauteng',
    countryHints: ['ZA'],
    format: 'div',
    body: `# Who we are
Umoya Mobile keeps 11 million South Africans connected, with prepaid and contract voice and data on our own network of 9,000 sites, and sells through 420 stores and 60,000 informal traders.

# Purpose of the role
Turn our prepaid bundle, recharge and distribution data into reports that regional sales teams act on every week.

# Key responsibilities
- Design and maintain Power BI reports and data models on top of SQL Server
- Build and schedule SSIS packages from our charging and distribution systems
- Translate business questions from sales and product teams into measures and data models
- Present findings to regional sales managers and the prepaid product team
- Support the move of our reporting to the cloud

# Requirements
- Degree in Information Systems, Statistics or Computer Science
- 3 – 5 years' experience in BI development
- Strong SQL and DAX
- Tableau experience is an advantage; Python is a plus
- Commercial acumen: you understand how bundles, churn and dealer commissions drive revenue

# Benefits
Market-related salary, performance bonus, medical aid and provident fund, free monthly airtime and data, and study assistance.

Umoya Mobile is committed to employment equity. Preference will be given to candidates from designated groups in line with our Employment Equity plan.`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['ZA'],
    mentions: ['Power BI', 'Communication', 'Tableau', 'Python', 'Business acumen'],
  },
  {
    id: 't9-b-28',
    title: 'NLP Engineer (Swahili & Sheng)',
    company: 'Pwani Conversations Ltd',
    location: 'Mombasa, Kenya',
    format: 'escaped',
    body: `# The role
Our chat assistant answers customers on WhatsApp, SMS and web chat in English, Swahili and the Sheng that young Kenyans actually write. You will make it understand them better.
- Build intent classifiers and entity extractors for code-switched Swahili, Sheng and English messages
- Fine-tune transformer models with PyTorch and Hugging Face
- Clean, de-duplicate and label chat logs with our annotation team
- Evaluate models per language and per client before every release
- Package models with Docker, deploy on Kubernetes and serve them through our APIs

# Requirements
- 3+ years building NLP systems in Python
- Experience shipping models to production
- Swahili speaker, or a strong interest in low-resource languages

# What we offer
A competitive salary in KES, comprehensive medical cover for you and your dependants, a learning budget, and a hybrid week between our Nyali office and home.

# About Pwani
Pwani Conversations builds the chat software that banks, airlines, insurers, retailers and utilities across East Africa use to answer their customers. Our 90 people work from Mombasa and Kampala. We are an equal opportunity employer.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['KE'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Docker', 'Kubernetes', 'APIs', 'Python'],
  },
  {
    id: 't9-b-29',
    title: 'AI Product Manager – Search & Recommendations',
    company: 'Darb Grocer FZ-LLC',
    location: 'Dubai, United Arab Emirates',
    format: 'double',
    body: `# About Darb
Darb Grocer delivers groceries in 20 minutes from 60 dark stores across Dubai, Abu Dhabi and Sharjah. Nine hundred thousand households order from our app every month, and we stock 12,000 products, from Lebanese labneh to Kerala rice.

# The role
You will own search and recommendations in the app: what a customer sees when they type "milk" and what we suggest before they check out.
- Own the roadmap for search, ranking and recommendations
- Work with our ML engineers and data scientists to define offline metrics and evaluate models before launch
- Design and read out A/B tests with the analytics team
- Balance customer value with commercial goals: basket size, supplier-funded placements and margin
- Communicate plans and results clearly to leadership and category managers

# Requirements
- 5+ years of product management, with at least 2 on ML-powered products
- Strong commercial acumen
- Arabic is a plus

# What we offer
Tax-free salary, annual flight home, UAE residence visa, comprehensive medical insurance and 30 days' annual leave.

Darb Grocer is an equal opportunity employer.`,
    role: 'AIPM',
    sector: SECTOR.RETAIL,
    countries: ['AE'],
    mentions: ['MLE', 'DS', 'Model evaluation', 'Hypothesis testing', 'Business acumen', 'Communication'],
  },
  {
    id: 't9-b-30',
    title: 'Network Operations Center Technician (Night Shift)',
    company: 'Visayas Fiber Link Inc.',
    location: 'Iloilo City, Iloilo',
    format: 'text',
    body: `Visayas Fiber Link brings fiber internet to 380,000 homes and businesses across Panay, Negros and Guimaras. Our network operations center watches over every node and every kilometer of cable, day and night.

Job description
- Monitor the fiber network, OLTs and core routers around the clock
- Log, prioritize and escalate outages and dispatch field teams
- Troubleshoot customer connectivity issues escalated by our hotline
- Keep incident tickets and shift reports complete and accurate

Qualifications
- Graduate of Electronics and Communications Engineering, IT or a related course
- At least 1 year of NOC or technical support experience
- Strong troubleshooting and problem-solving skills
- Clear communication in English, Filipino and Hiligaynon
- Basic Python scripting is a plus
- Willing to work night shifts, weekends and holidays

Benefits
- Night differential and overtime pay
- HMO coverage from day one, with one free dependent
- 13th month pay and performance bonus
- Free fiber connection at home`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['PH'],
    mentions: ['Problem-solving', 'Communication', 'Python'],
  },
  {
    id: 't9-b-31',
    title: 'Applied Scientist – Conversational Banking (Portuguese)',
    company: 'Pitanga Digital S.A.',
    location: 'São Paulo, SP',
    countryHints: ['BR'],
    format: 'raw',
    // Lever posting page: <div> sections with <h3> headings and <ul class="posting-requirements"> lists.
    body: `<div><p>Our in-app assistant already answers four million questions a month about transfers, card limits and bills. We want it to understand Brazilians the way they actually write &ndash; abbreviations, slang and all &ndash; and to know when to hand over to a person.</p></div><div><h3>Who we are</h3><p>We give 9 million Brazilians a free account, a card and instant Pix transfers in one app, plus credit that costs less than the bank down the street. Pitanga Digital is authorised by the Central Bank of Brazil and has 1,800 employees in S&atilde;o Paulo and Recife.</p></div><div><h3>What you will do</h3><ul class="posting-requirements plain-list"><li>Research and train Portuguese language models for intent understanding, retrieval and response generation</li><li>Adapt transformer architectures and fine-tune them with reinforcement learning from human feedback</li><li>Build evaluation sets with our support agents and measure answer quality before every launch</li><li>Publish internally and, when it makes sense, at ACL, EMNLP or BRACIS</li><li>Partner with ML engineers to bring your models into production</li></ul></div><div><h3>What you bring</h3><ul class="posting-requirements plain-list"><li>PhD or MSc in computer science, computational linguistics or a related field, or equivalent research experience</li><li>Strong Python and PyTorch</li><li>A solid foundation in probability and statistics</li><li>Fluent English; Portuguese is a strong plus</li></ul></div><div><h3>Benefits</h3><p>Competitive salary in BRL, profit sharing, stock options, health and dental plans for you and your dependants, meal and food vouchers, Gympass and a home-office allowance.</p><p>At Pitanga we believe diverse teams build better products. We welcome applicants of every race, gender, sexual orientation, age and disability.</p></div>`,
    role: 'ARS',
    sector: SECTOR.FIN,
    countries: ['BR'],
    mentions: ['Neural networks', 'Reinforcement learning', 'Model evaluation', 'MLE', 'Python', 'PyTorch', 'Probability'],
  },
  {
    id: 't9-b-32',
    title: 'Quality Engineer – Welding',
    company: 'Asientos Sierra Gorda S.A. de C.V.',
    location: 'Ramos Arizpe, Coahuila',
    format: 'double',
    body: `# Position summary
Own the quality of welded seat structures on our robotic lines, from first article to series production.

# Responsibilities
- Lead root-cause analysis and corrective actions (8D) for weld defects and customer complaints
- Work with our robotics engineers to tune welding robot programs and fixtures
- Run PPAP and APQP activities for new programs
- Plan destructive and non-destructive weld tests and release the results
- Communicate with customers' supplier quality engineers, in English and Spanish

# Requirements
- Bachelor's degree in Mechanical, Industrial or Mechatronics Engineering
- 3+ years in automotive quality, ideally with robotic MIG welding
- Working knowledge of SPC, capability studies and hypothesis testing
- Strong problem-solving skills
- Bilingual English/Spanish
- Valid visa to travel to the US

# Benefits
Above-law benefits: 30-day Christmas bonus, 20% savings fund, food vouchers, major medical insurance, transport from Saltillo and Ramos Arizpe, and a subsidized cafeteria.

# About us
Asientos Sierra Gorda stamps, welds and assembles seat frames and mechanisms for cars and pickups built in Mexico and the United States. Our 1,600 people work in two plants in Coahuila. We are an equal opportunity employer.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['MX'],
    mentions: ['ROBO', 'Communication', 'Hypothesis testing', 'Problem-solving'],
  },
  {
    id: 't9-b-33',
    title: 'Technical Writer, Developer Documentation',
    company: 'Merlion Datawerks Pte. Ltd.',
    location: 'Singapore',
    locations: ['Kuala Lumpur, Malaysia'],
    format: 'escaped',
    body: `# About us
Merlion Datawerks makes a data platform that engineering teams at banks, shipping lines, hospitals and game studios use to move, store and query their data. We are 220 people across Singapore, Kuala Lumpur and Bengaluru.

# The role
Our customers' data engineers and data scientists learn our product from the docs. You will make sure what they read is right, complete and easy to follow.
- Write and maintain our REST API reference, SDK guides and tutorials
- Test every code sample in Python and SQL before it ships
- Keep the docs in Git alongside the code, and review changes with engineers through pull requests
- Turn release notes from engineering into clear, friendly explanations for customers

# About you
- 3+ years writing technical documentation for developers
- Able to read Python and call an API from the command line
- Excellent written English and a clear, plain style
- Comfortable asking engineers questions until you understand the answer

# What we offer
Competitive salary, annual bonus, medical and dental cover, a learning budget and flexible hours. Hybrid from our offices in Singapore or Kuala Lumpur.

Merlion Datawerks is an equal opportunity employer and does not discriminate on the basis of race, religion, age, gender, nationality or disability.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['SG', 'MY'],
    mentions: ['DE', 'DS', 'APIs', 'Python', 'Git', 'Communication'],
  },
  {
    id: 't9-b-34',
    title: 'Data Protection Officer',
    company: 'Lagoon City University',
    location: 'Abuja, FCT',
    format: 'text',
    body: `Lagoon City University is a private university of 9,000 students, with faculties of law, engineering, medicine and management sciences and a new campus in Abuja.

The University seeks a Data Protection Officer to lead its compliance with the Nigeria Data Protection Act 2023.

Responsibilities
- Maintain records of processing for student, staff, alumni and research data
- Carry out data protection impact assessments for new systems
- Handle data subject requests and breach notifications to the Nigeria Data Protection Commission
- Train staff and students, and communicate privacy requirements clearly to non-specialists
- Prepare the annual compliance audit return

Requirements
- A degree in law, information management or computer science
- A recognised data protection certification (for example CIPP or CDPO)
- 4 years' experience in data protection, privacy or information governance
- Excellent written and spoken English

Remuneration
An attractive package in line with the University's conditions of service, including housing and transport allowances, health insurance and tuition waiver for dependants.

Applications close four weeks from the date of this advert. Only shortlisted candidates will be contacted.`,
    role: null,
    sector: null,
    countries: ['NG'],
    mentions: ['Communication'],
  },
  {
    id: 't9-b-35',
    title: 'Machine Learning Engineer',
    company: 'Kinabatangan Estates Berhad',
    location: 'Sandakan, Sabah',
    locations: ['Kuala Lumpur, Malaysia'],
    format: 'div',
    body: `# The role
Each of our estates is photographed by drone every month. You will turn those images into yield forecasts that our managers use to plan harvesting crews and transport.
- Train CNN models in TensorFlow that count palms, detect unhealthy trees and estimate fruit bunches
- Compare forecasts against harvest records and report accuracy per estate
- Deploy models on Vertex AI and track experiments in MLflow
- Package jobs with Docker
- Work with our agronomists and our data scientist on new use cases

# Requirements
- Degree in Computer Science, Engineering or a related field
- 3+ years building ML systems in Python
- Willing to spend one week a month in Sabah

# What we offer
Competitive salary, EPF contributions above the statutory rate, medical and hospitalisation cover for you and your family, and company housing on estate visits.

# About us
We grow oil palm and cocoa on 52,000 hectares in the Kinabatangan and Lahad Datu districts and sell our fruit to mills across Sabah. Our 7,000 workers and their families live on our estates, where we run schools, clinics and a conservation corridor for orangutans.`,
    role: 'MLE',
    sector: null,
    countries: ['MY'],
    mentions: ['Neural networks', 'TensorFlow', 'Model evaluation', 'Google AI Platform', 'MLflow', 'Docker', 'DS', 'Python'],
  },
  {
    id: 't9-b-36',
    title: 'Fleet Maintenance Supervisor',
    company: 'Nzema Express Coaches Ltd',
    location: 'Takoradi, Western Region',
    industry: 'Ground Passenger Transportation',
    format: 'text',
    body: `Nzema Express Coaches runs 140 intercity buses between Takoradi, Accra, Kumasi and Tamale, carrying more than a million passengers a year.

We are looking for a Fleet Maintenance Supervisor to lead our Takoradi workshop.

Responsibilities
- Supervise a team of 25 mechanics, auto electricians and tyre fitters across two shifts
- Plan preventive maintenance so that every bus passes its inspection before departure
- Diagnose engine, gearbox and air-conditioning faults
- Keep maintenance records and spare-parts stock up to date
- Report weekly to the Operations Manager on fleet availability and costs

Requirements
- HND in Automotive Engineering or equivalent
- 5 years' experience maintaining buses or heavy trucks, 2 of them as a supervisor
- Strong problem-solving skills and calm under pressure
- Good communication with drivers, mechanics and management

We offer a competitive salary, SSNIT contributions, medical cover and free travel on our network for you and your family.`,
    role: null,
    sector: null,
    countries: ['GH'],
    mentions: ['Problem-solving', 'Communication'],
  },
];
