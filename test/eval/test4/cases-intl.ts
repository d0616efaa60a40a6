// Test-set (test4) postings in German, French, Spanish, Italian, Dutch and Portuguese, with titles in
// those languages and employers introducing themselves in their own language.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST4_INTL: HoldoutCase[] = [
  {
    id: 't4-in-01',
    title: 'Data Engineer (m/w/d)',
    company: 'Elbufer Versicherung AG',
    location: 'Hamburg, Deutschland',
    format: 'html',
    body: `# Über uns
Die Elbufer Versicherung AG ist ein Versicherer für Hausrat, Haftpflicht und Kfz mit 2 Millionen Kunden.
# Deine Aufgaben
- Du baust Datenstrecken mit Apache Spark und Kafka
- Du sorgst für saubere Daten im Data Warehouse
# Dein Profil
- Sehr gute Kenntnisse in Python
- Erfahrung mit Docker und Git`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'Python', 'Docker', 'Git'],
  },
  {
    id: 't4-in-02',
    title: 'Data Scientist (w/m/d) Produktionsplanung',
    company: 'Hohenlohe Antriebstechnik GmbH',
    location: 'Heilbronn, Baden-Württemberg',
    countryHints: ['DE'],
    format: 'escaped',
    body: `# Wer wir sind
Die Hohenlohe Antriebstechnik GmbH fertigt Getriebe und Achsen für Fahrzeughersteller in ganz Europa.
# Ihre Aufgaben
- Sie entwickeln Prognosemodelle für die Produktionsplanung
- Sie visualisieren Kennzahlen in Power BI
# Ihr Profil
- Python, pandas und scikit-learn`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Visualization', 'Power BI', 'Python', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't4-in-03',
    title: 'Pflegefachkraft (m/w/d)',
    company: 'Klinikum Auenwald',
    location: 'Leipzig, Sachsen',
    countryHints: ['DE'],
    format: 'html',
    body: `# Über uns
Das Klinikum Auenwald ist ein Krankenhaus der Schwerpunktversorgung mit 600 Betten.
# Ihre Aufgaben
- Pflege und Betreuung unserer Patientinnen und Patienten
# Ihr Profil
- Abgeschlossene Ausbildung in der Pflege`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 't4-in-04',
    title: 'Machine Learning Engineer (all genders)',
    company: 'Stadtwerke Traunfeld',
    location: 'Traunfeld, Bayern',
    countryHints: ['DE'],
    format: 'div',
    body: `# Über uns
Wir sind das kommunale Unternehmen der Stadt Traunfeld und betreiben Busse, Bäder und das Wassernetz.
# Deine Aufgaben
- Du entwickelst Modelle zur Vorhersage von Rohrbrüchen
- Du bringst Modelle mit Docker und MLflow in Betrieb
# Dein Profil
- Python, scikit-learn`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['DE'],
    mentions: ['Docker', 'MLflow', 'Python', 'Scikit-learn'],
  },
  {
    id: 't4-in-05',
    title: 'Ingénieur Machine Learning (H/F)',
    company: 'Banque Rivemont',
    location: 'Paris, Île-de-France',
    countryHints: ['FR'],
    format: 'html',
    body: `# Qui sommes-nous ?
La Banque Rivemont est une banque de détail qui accompagne 3 millions de clients particuliers et professionnels.
# Vos missions
- Concevoir des modèles de détection de fraude
- Industrialiser les modèles avec Docker et Kubernetes
# Votre profil
- Maîtrise de Python et de scikit-learn`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['Docker', 'Kubernetes', 'Python', 'Scikit-learn'],
  },
  {
    id: 't4-in-06',
    title: 'Data Scientist H/F',
    company: 'Maison Corbel',
    location: 'Lyon, France',
    format: 'escaped',
    body: `# À propos
Maison Corbel est une enseigne de prêt-à-porter présente dans 120 magasins et en ligne.
# Vos missions
- Prévoir les ventes par magasin et par article
- Présenter vos résultats aux équipes achats
# Votre profil
- Python, pandas
- Esprit critique et sens du business`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['Python', 'Pandas', 'Critical thinking', 'Business acumen', 'Communication'],
  },
  {
    id: 't4-in-07',
    title: 'Ingénieur Vision par Ordinateur',
    company: 'Opticentre Santé',
    location: 'Bordeaux, France',
    format: 'div',
    body: `# Qui sommes-nous
Opticentre Santé développe des logiciels d'aide au diagnostic pour les ophtalmologistes et les hôpitaux.
# Missions
- Entraîner des réseaux de neurones sur des images de rétine avec PyTorch
# Profil
- Python, NumPy`,
    role: 'CVE',
    sector: SECTOR.HEALTH,
    countries: ['FR'],
    mentions: ['Neural networks', 'PyTorch', 'Python', 'NumPy'],
  },
  {
    id: 't4-in-08',
    title: 'Chargé de clientèle (H/F)',
    company: 'Télécom Armor',
    location: 'Rennes, Bretagne',
    countryHints: ['FR'],
    format: 'html',
    body: `# Qui sommes-nous ?
Télécom Armor est un opérateur de fibre optique et de téléphonie mobile pour les particuliers en Bretagne.
# Vos missions
- Répondre aux clients par téléphone
# Votre profil
- Sens du service`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['FR'],
    mentions: [],
  },
  {
    id: 't4-in-09',
    title: 'Científico de Datos',
    company: 'Aseguradora Levante',
    location: 'Valencia, España',
    format: 'html',
    body: `# Quiénes somos
Aseguradora Levante es una compañía de seguros de salud, hogar y vida con 60 años de historia.
# Qué harás
- Construir modelos de regresión para tarificar pólizas
- Presentar resultados al equipo actuarial
# Qué buscamos
- Python o R
- Pandas y scikit-learn`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['ES'],
    mentions: ['Regression', 'Communication', 'Python', 'R', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't4-in-10',
    title: 'Ingeniero de Datos',
    company: 'Red Móvil Iberia',
    location: 'Madrid',
    countryHints: ['ES'],
    format: 'escaped',
    body: `# Sobre nosotros
Red Móvil Iberia es un operador de telecomunicaciones con servicios de fibra y móvil para 4 millones de clientes.
# Tus funciones
- Construir pipelines de datos con Apache Spark
- Mantener los flujos en Kafka
# Requisitos
- Python, Git`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['ES'],
    mentions: ['Apache Spark', 'Kafka', 'Python', 'Git'],
  },
  {
    id: 't4-in-11',
    title: 'Camarero/a',
    company: 'Casa Albero',
    location: 'Sevilla, España',
    format: 'text',
    body: `Casa Albero es un restaurante de cocina andaluza.

Qué harás
- Atender las mesas
- Preparar la sala

Qué buscamos
- Experiencia en hostelería`,
    role: null,
    sector: null,
    countries: ['ES'],
    mentions: [],
  },
  {
    id: 't4-in-12',
    title: 'Ingegnere Machine Learning',
    company: 'Officine Brenta S.p.A.',
    location: 'Padova, Veneto',
    countryHints: ['IT'],
    format: 'html',
    body: `# Chi siamo
Officine Brenta produce componenti meccanici per l'industria automobilistica dal 1962.
# Cosa farai
- Sviluppare modelli per il controllo qualità sulle linee di produzione
- Portare i modelli in produzione con Docker
# Requisiti
- Python, PyTorch`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['Docker', 'Python', 'PyTorch'],
  },
  {
    id: 't4-in-13',
    title: 'Analista di Business Intelligence',
    company: 'Comune di Valdora',
    location: 'Valdora, Lombardia',
    countryHints: ['IT'],
    format: 'escaped',
    body: `# Chi siamo
Il Comune di Valdora è l'ente locale che eroga servizi a 80.000 cittadini.
# Cosa farai
- Creare cruscotti in Power BI per gli uffici comunali
# Requisiti
- Capacità di comunicazione`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['IT'],
    mentions: ['Power BI', 'Communication'],
  },
  {
    id: 't4-in-14',
    title: 'Scienziato dei Dati',
    company: 'Farmacie Unite Nord',
    location: 'Milano, Italia',
    format: 'div',
    body: `# Chi siamo
Farmacie Unite Nord è una catena di 150 farmacie nel nord Italia.
# Cosa farai
- Analizzare le vendite e prevedere la domanda di farmaci
# Requisiti
- Python, pandas, Tableau`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['IT'],
    mentions: ['Python', 'Pandas', 'Tableau'],
  },
  {
    id: 't4-in-15',
    title: 'Data Engineer',
    company: 'Tulpstad Online B.V.',
    location: 'Utrecht, Nederland',
    format: 'html',
    body: `# Over ons
Tulpstad Online is een webwinkel voor fietsen en fietsonderdelen met klanten in de hele Benelux.
# Wat ga je doen
- Je bouwt datapijplijnen met Apache Spark
- Je beheert onze Kafka-stromen
# Wat vragen wij
- Python, Docker`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['NL'],
    mentions: ['Apache Spark', 'Kafka', 'Python', 'Docker'],
  },
  {
    id: 't4-in-16',
    title: 'Medewerker Klantenservice',
    company: 'Gemeente Polderwijk',
    location: 'Polderwijk, Zuid-Holland',
    countryHints: ['NL'],
    format: 'text',
    body: `De gemeente Polderwijk zorgt voor 45.000 inwoners: van paspoorten tot afvalinzameling.

Wat ga je doen
- Inwoners helpen aan de balie en telefoon

Wat vragen wij
- MBO-niveau 4`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: [],
  },
  {
    id: 't4-in-17',
    title: 'Cientista de Dados',
    company: 'Banco Atlântico Norte',
    location: 'Lisboa, Portugal',
    format: 'html',
    body: `# Quem somos
O Banco Atlântico Norte é um banco com 300 agências em Portugal.
# O que vais fazer
- Desenvolver modelos de risco de crédito
- Comunicar resultados às equipas de negócio
# O que procuramos
- Python, scikit-learn`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['PT'],
    mentions: ['Communication', 'Python', 'Scikit-learn'],
  },
  {
    id: 't4-in-18',
    title: 'Engenheiro de Machine Learning',
    company: 'Vinhateira Digital',
    location: 'São Paulo, Brasil',
    format: 'escaped',
    body: `# Sobre nós
A Vinhateira Digital é uma empresa de software que cria plataformas de gestão para escritórios de contabilidade.
# Responsabilidades
- Criar modelos de classificação de documentos
- Publicar modelos com Docker e Kubernetes
# Requisitos
- Python, TensorFlow`,
    role: 'MLE',
    sector: SECTOR.FIN, // software made for accounting firms: docs/sector-labels.md
    countries: ['BR'],
    mentions: ['Docker', 'Kubernetes', 'Python', 'TensorFlow'],
  },
  {
    id: 't4-in-19',
    title: 'Softwareentwickler (m/w/d) Java',
    company: 'Rheinblick IT Services GmbH',
    location: 'Düsseldorf, Nordrhein-Westfalen',
    countryHints: ['DE'],
    industry: 'Information Technology & Services',
    format: 'html',
    body: `# Über uns
Wir sind ein IT-Dienstleister für den Mittelstand.
# Deine Aufgaben
- Entwicklung von Backend-Services in Java
# Dein Profil
- Erfahrung mit Git und Docker`,
    role: null,
    sector: SECTOR.IT,
    countries: ['DE'],
    mentions: ['Java', 'Git', 'Docker'],
  },
  {
    id: 't4-in-20',
    title: 'Ingénieur Data (H/F)',
    company: 'Groupe Vellane',
    location: 'Nantes, France',
    format: 'div',
    body: `# Qui sommes-nous
Le Groupe Vellane est un groupe familial qui gère des hôtels et des campings sur la côte atlantique.
# Vos missions
- Construire des flux de données avec Apache Spark
# Votre profil
- Python, Git`,
    role: 'DE',
    sector: null,
    countries: ['FR'],
    mentions: ['Apache Spark', 'Python', 'Git'],
  },
];
