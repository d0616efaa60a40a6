// Test-set postings in German, French, Spanish, Italian, Dutch and Portuguese, or in English for places
// outside the seed's countries, with each country's own location style.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST2_INTL: HoldoutCase[] = [
  {
    id: 't2-in-01',
    title: 'Data Scientist (m/w/d)',
    company: 'Elbhafen Versicherungsgruppe',
    location: 'Hamburg',
    countryHints: ['DE'],
    format: 'html',
    body: `# Über uns
Die Elbhafen Versicherungsgruppe ist ein Versicherer für Privat- und Gewerbekunden in Norddeutschland.
# Ihre Aufgaben
- Sie entwickeln Modelle zur Vorhersage von Kündigungen mit Python
- Sie bereinigen und verknüpfen Vertrags- und Schadendaten
- Sie präsentieren Ergebnisse verständlich für den Vertrieb
# Ihr Profil
- Abschluss in Statistik, Mathematik oder Informatik
- Erfahrung mit scikit-learn und SQL
- Analytisches Denkvermögen und Teamfähigkeit`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['Python', 'Data cleaning', 'Communication', 'Scikit-learn'],
  },
  {
    id: 't2-in-02',
    title: 'Data Engineer (w/m/d)',
    company: 'Kornblum Handel GmbH',
    location: 'München, Bayern',
    format: 'escaped',
    body: `# Wer wir sind
Kornblum ist ein Online-Händler für Haushaltswaren mit über zwei Millionen Bestellungen im Jahr.
# Deine Aufgaben
- Du baust Datenpipelines mit Apache Spark und Kafka
- Du sorgst für saubere, geprüfte Daten im Data Warehouse
- Du versionierst deinen Code mit Git
# Dein Profil
- Sehr gute Python-Kenntnisse
- Erfahrung mit Docker und Kubernetes`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 't2-in-03',
    title: 'Ingénieur Machine Learning H/F',
    company: 'Banque Ardoise',
    location: 'Paris, Île-de-France, France',
    format: 'html',
    body: `# Qui sommes-nous ?
La Banque Ardoise est une banque de détail avec 400 agences en France.
# Vos missions
- Industrialiser des modèles de détection de fraude (Docker, Kubernetes)
- Mettre en place des pipelines CI/CD pour les modèles
- Évaluer la performance des modèles en production
# Votre profil
- Maîtrise de Python et de PyTorch
- Esprit d'analyse et capacité à résoudre des problèmes
- Bon relationnel et sens de la communication`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['Docker', 'Kubernetes', 'Deployment pipelines', 'Model evaluation', 'Python', 'PyTorch', 'Problem-solving', 'Communication'],
  },
  {
    id: 't2-in-04',
    title: 'Data Analyst F/H',
    company: 'Mairie de Valcourt',
    location: 'Valcourt, France',
    format: 'div',
    body: `# La collectivité
La ville de Valcourt (45 000 habitants) modernise ses services publics.
# Missions
- Construire des tableaux de bord pour les élus et les services
- Fiabiliser les données issues des différents logiciels métiers
- Produire des visualisations claires avec Power BI
# Profil
- Maîtrise de SQL et d'Excel ; Python apprécié
- Rigueur, curiosité et goût d'apprendre`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['FR'],
    mentions: ['Data cleaning', 'Visualization', 'Power BI', 'Python', 'Continuous learning'],
  },
  {
    id: 't2-in-05',
    title: 'Científico de Datos',
    company: 'Hospital Universitario San Ramón',
    location: 'Sevilla, España',
    format: 'html',
    body: `# Quiénes somos
El Hospital Universitario San Ramón es un hospital público con 900 camas en Andalucía.
# Funciones
- Desarrollar modelos predictivos de reingresos con Python y R
- Limpiar y preparar datos clínicos
- Validar los modelos con los equipos médicos
# Requisitos
- Conocimientos de estadística y aprendizaje automático
- Capacidad de comunicación y trabajo en equipo`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['ES'],
    mentions: ['Python', 'R', 'Data cleaning', 'Model evaluation', 'Communication'],
  },
  {
    id: 't2-in-06',
    title: 'Ingeniero de Datos',
    company: 'Ondaluz Telecomunicaciones',
    location: 'Ciudad de México, CDMX',
    countryHints: ['MX'],
    format: 'text',
    body: `Ondaluz es un operador de telecomunicaciones con 12 millones de clientes de telefonía móvil en México.

Responsabilidades
- Diseñar pipelines de datos con Spark y Kafka
- Asegurar la calidad de los datos de tráfico de red y corregir registros erróneos
- Automatizar despliegues con Docker

Requisitos
- Python y SQL avanzados
- Experiencia con Hadoop`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['MX'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'Docker', 'Python', 'Hadoop'],
  },
  {
    id: 't2-in-07',
    title: 'Data Scientist',
    company: 'Officine Ravello S.p.A.',
    location: 'Torino, Italia',
    format: 'html',
    body: `# Chi siamo
Officine Ravello produce componenti per motori nei suoi stabilimenti in Piemonte per i principali costruttori di automobili.
# Attività
- Sviluppare modelli di manutenzione predittiva con Python
- Pulizia e preparazione dei dati dei sensori di linea
- Presentare i risultati ai responsabili di produzione
# Requisiti
- Laurea in statistica, matematica o ingegneria
- Conoscenza di scikit-learn e pandas
- Capacità di problem solving`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['Python', 'Data cleaning', 'Communication', 'Scikit-learn', 'Pandas', 'Problem-solving'],
  },
  {
    id: 't2-in-08',
    title: 'Machine Learning Engineer',
    company: 'Draadloos Noord B.V.',
    location: 'Groningen, Nederland',
    format: 'escaped',
    body: `# Over ons
Draadloos Noord is een telecomaanbieder met een eigen glasvezel- en mobiel netwerk in Noord-Nederland.
# Wat ga je doen
- Je bouwt modellen die storingen in het netwerk voorspellen
- Je brengt modellen in productie met Docker en Kubernetes
- Je bewaakt de kwaliteit van modellen in productie
# Wat vragen wij
- Ervaring met Python en TensorFlow
- Goede communicatieve vaardigheden`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['NL'],
    mentions: ['Docker', 'Kubernetes', 'Model evaluation', 'Python', 'TensorFlow', 'Communication'],
  },
  {
    id: 't2-in-09',
    title: 'Analista de Business Intelligence',
    company: 'Mercado Serrano',
    location: 'São Paulo, SP, Brasil',
    format: 'div',
    body: `# Sobre nós
O Mercado Serrano é uma rede de supermercados com 80 lojas no estado de São Paulo.
# Responsabilidades
- Criar painéis no Power BI para as equipes comerciais
- Garantir a qualidade e a limpeza dos dados de vendas
- Apresentar análises para a diretoria
# Requisitos
- SQL avançado
- Boa comunicação e visão de negócio`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['BR'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'Business acumen'],
  },
  {
    id: 't2-in-10',
    title: 'Senior Data Scientist',
    company: 'Kiwira Bank',
    location: 'Auckland, New Zealand',
    format: 'html',
    body: `# About Kiwira
Kiwira Bank is a New Zealand-owned bank serving 700,000 personal and business customers.
# What you'll do
- Build credit risk models using logistic regression and gradient boosting
- Engineer features from transaction histories
- Explain model decisions to risk committees and regulators
# You bring
- Python and SQL
- Solid statistics
- Curiosity and a growth mindset`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['NZ'],
    mentions: ['Regression', 'Feature engineering', 'Communication', 'Python', 'Continuous learning', 'Decision trees'],
  },
  {
    id: 't2-in-11',
    title: 'Data Engineer',
    company: 'Lionsgate Health Network',
    location: 'Singapore',
    format: 'text',
    body: `Lionsgate Health Network operates three private hospitals and 20 specialist clinics in Singapore.

Key responsibilities
- Build ingestion pipelines from clinical systems into our lakehouse
- Implement data validation and deduplication rules
- Expose curated data through internal APIs

Requirements
- Python, Spark and Airflow
- Experience with AWS`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['SG'],
    mentions: ['Data cleaning', 'APIs', 'Python', 'Apache Spark'],
  },
  {
    id: 't2-in-12',
    title: 'Softwareentwickler (m/w/d) Backend',
    company: 'Nordlicht Software GmbH',
    location: 'Hannover',
    countryHints: ['DEU'],
    format: 'html',
    body: `# Über uns
Nordlicht ist ein Softwarehersteller, dessen Warenwirtschaftssoftware von 3.000 mittelständischen Unternehmen genutzt wird.
# Deine Aufgaben
- Du entwickelst REST-APIs in Java und Spring
- Du betreibst unsere Dienste mit Docker
- Du arbeitest in einem agilen Team mit Git und Jenkins
# Dein Profil
- Abgeschlossenes Informatikstudium
- Lernbereitschaft und Teamgeist`,
    role: null,
    sector: SECTOR.IT,
    countries: ['DE'],
    mentions: ['APIs', 'Java', 'Docker', 'Git', 'Deployment pipelines', 'Continuous learning'],
  },
  {
    id: 't2-in-13',
    title: 'Vendeur / Vendeuse en magasin',
    company: 'Maison Ferrand',
    location: 'Bordeaux, France',
    format: 'text',
    body: `Maison Ferrand est une enseigne de prêt-à-porter avec 60 boutiques en France.

Vos missions
- Accueillir et conseiller les clients
- Suivre le tableau de bord des ventes du magasin
- Participer à la mise en rayon

Votre profil
- Sens du contact et de la communication
- Capacité d'adaptation`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't2-in-14',
    title: 'Enfermero/a de quirófano',
    company: 'Clínica Santa Eulalia',
    location: 'Barcelona, Cataluña',
    format: 'div',
    body: `# Sobre nosotros
La Clínica Santa Eulalia es un centro hospitalario privado especializado en cirugía.
# Funciones
- Instrumentación y circulación en quirófano
- Preparación del material estéril
# Requisitos
- Grado en Enfermería y colegiación
- Trabajo en equipo y buena comunicación con los pacientes`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['ES'],
    mentions: ['Communication'],
  },
  {
    id: 't2-in-15',
    title: 'Operaio di produzione',
    company: 'Ferralli Meccanica',
    location: 'Brescia, Italia',
    format: 'text',
    body: `Ferralli Meccanica è un'azienda manifatturiera che produce valvole industriali nel suo stabilimento di Brescia.

Mansioni
- Conduzione di macchine CNC
- Controllo qualità dei pezzi prodotti

Requisiti
- Diploma tecnico
- Disponibilità al lavoro su turni`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: [],
  },
  {
    id: 't2-in-16',
    title: 'Data Scientist',
    company: 'Gemeente Westerhaven',
    location: 'Westerhaven, Netherlands',
    format: 'html',
    body: `# Over de gemeente
De gemeente Westerhaven zorgt voor 150.000 inwoners: van afvalinzameling tot bijstand.
# Wat ga je doen
- Je analyseert gegevens over bijstand en schuldhulp met R en Python
- Je maakt heldere visualisaties voor beleidsmakers
- Je toetst hypotheses over het effect van nieuw beleid
# Wie ben jij
- Master in statistiek of econometrie
- Je kunt complexe analyses helder uitleggen`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['NL'],
    mentions: ['R', 'Python', 'Visualization', 'Hypothesis testing', 'Communication'],
  },
  {
    id: 't2-in-17',
    title: 'Machine Learning Engineer',
    company: 'Sakura Motors Europe',
    location: 'Remote - Germany, Austria or Switzerland',
    format: 'html',
    body: `# About us
Sakura Motors Europe is the European arm of a Japanese car manufacturer.
# What you'll do
- Build ML models for predictive maintenance of connected vehicles
- Deploy them on Azure Machine Learning with CI/CD
- Work with data engineers on the telemetry platform
# What you bring
- Python, PySpark and Databricks
- Experience with decision tree ensembles such as random forests`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['AT', 'CH', 'DE'],
    mentions: ['Microsoft Azure ML', 'Deployment pipelines', 'DE', 'Python', 'Apache Spark', 'Decision trees'],
  },
  {
    id: 't2-in-18',
    title: 'Analista de Datos Sr.',
    company: 'Cooperativa Agrícola del Valle',
    location: 'Santiago, Chile',
    format: 'text',
    body: `La Cooperativa Agrícola del Valle agrupa a 1.200 productores de fruta de exportación.

Funciones
- Analizar datos de cosecha y exportación
- Depurar y consolidar bases de datos de productores
- Elaborar reportes en Tableau

Requisitos
- Excel avanzado, SQL y Python
- Proactividad y ganas de aprender`,
    role: null,
    sector: null,
    countries: ['CL'],
    mentions: ['Data cleaning', 'Tableau', 'Python', 'Continuous learning'],
  },
];
