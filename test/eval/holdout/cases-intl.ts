// Held-out postings written in German, French, Spanish, Dutch, Italian and Portuguese, or in English
// for places outside the seed's countries, with location strings in each country's own style.
import type { HoldoutCase } from './case.ts';
import { SECTOR } from '../set/entities.ts';

export const HOLDOUT_INTL: HoldoutCase[] = [
  {
    id: 'ho-in-01',
    title: 'Data Scientist (w/m/d) Schwerpunkt Zeitreihen',
    company: 'Stadtwerke Rheinfeld',
    location: 'Rheinfeld',
    countryHints: ['DEU'],
    format: 'html',
    body: `# Über uns
Die Stadtwerke Rheinfeld versorgen 250.000 Menschen mit Strom, Wasser und öffentlichem Nahverkehr.
# Deine Aufgaben
- Du entwickelst Prognosemodelle für Last und Verbrauch mit Python
- Du bereitest Messdaten auf und bereinigst sie
- Du visualisierst Ergebnisse für die Fachbereiche in Power BI
# Dein Profil
- Studium der Statistik, Mathematik oder Informatik
- Erfahrung mit Regressionsmodellen und Zeitreihenanalyse
- Kommunikationsstärke und Teamgeist`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['DE'],
    mentions: ['Python', 'Data cleaning', 'Visualization', 'Power BI', 'Regression', 'Communication'],
  },
  {
    id: 'ho-in-02',
    title: 'Machine Learning Engineer (m/w/d)',
    company: 'Kranich Versicherung AG',
    location: 'Köln',
    format: 'escaped',
    body: `# Wer wir sind
Die Kranich Versicherung AG ist ein Versicherer mit 3 Millionen Kundinnen und Kunden in Deutschland.
# Ihre Aufgaben
- Sie bringen Modelle zur Schadenerkennung in Produktion (Docker, Kubernetes)
- Sie bauen CI/CD-Pipelines für Modelle auf
- Sie überwachen Modelle und bewerten ihre Güte regelmäßig
# Ihr Profil
- Sehr gute Kenntnisse in Python und scikit-learn
- Erfahrung mit MLflow oder Azure Machine Learning
- Sehr gute Deutsch- und Englischkenntnisse`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['Docker', 'Kubernetes', 'Deployment pipelines', 'Model evaluation', 'Python', 'Scikit-learn', 'MLflow', 'Microsoft Azure ML'],
  },
  {
    id: 'ho-in-03',
    title: 'Werkstudent (m/w/d) Softwareentwicklung',
    company: 'Brenner Antriebstechnik GmbH',
    location: 'Stuttgart',
    format: 'div',
    body: `# Über uns
Brenner Antriebstechnik entwickelt und fertigt Getriebe für Industrieroboter.
# Deine Aufgaben
- Mitarbeit an Testwerkzeugen in C++ und Python
- Pflege unserer Versionsverwaltung mit Git
# Dein Profil
- Studium der Informatik oder Mechatronik
- Lernbereitschaft und Zuverlässigkeit`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['C++', 'Python', 'Git', 'Continuous learning'],
  },
  {
    id: 'ho-in-04',
    title: 'Ingénieur Data (H/F)',
    company: 'Banque Lémanique',
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    format: 'html',
    body: `# Qui sommes-nous ?
La Banque Lémanique est une banque régionale qui accompagne 800 000 clients particuliers et professionnels.
# Vos missions
- Concevoir et maintenir les pipelines de données sur Spark et Kafka
- Industrialiser les traitements avec Airflow et Docker
- Garantir la qualité des données
# Votre profil
- Maîtrise de Python et SQL
- Connaissance de Hadoop appréciée
- Esprit d'analyse et capacité à résoudre des problèmes`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['Apache Spark', 'Kafka', 'Docker', 'Python', 'Hadoop', 'Problem-solving'],
  },
  {
    id: 'ho-in-05',
    title: 'Chef de rayon',
    company: 'Marché Doré',
    location: 'Bordeaux',
    countryHints: ['FR'],
    format: 'text',
    body: `Marché Doré est une enseigne de supermarchés de proximité avec 120 magasins dans le Sud-Ouest.

Vos missions :
- Gérer le rayon frais et l'équipe de 6 personnes
- Suivre le tableau de bord des ventes et des pertes
- Garantir la satisfaction client

Votre profil : expérience en grande distribution, sens du commerce, adaptabilité.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['FR'],
    mentions: ['Adaptability'],
  },
  {
    id: 'ho-in-06',
    title: 'Científica de Datos Senior',
    company: 'Telered Andina',
    location: 'Bogotá, Colombia',
    format: 'html',
    body: `# Sobre nosotros
Telered Andina es un operador de telecomunicaciones con 12 millones de clientes de telefonía móvil y fibra.
# Responsabilidades
- Desarrollar modelos de churn con árboles de decisión y XGBoost
- Segmentar clientes con técnicas de clustering
- Presentar resultados a las áreas de negocio
# Requisitos
- Python (pandas, scikit-learn) y SQL
- Experiencia con Spark
- Excelente comunicación`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['CO'],
    mentions: ['Decision trees', 'Clustering', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Apache Spark'],
  },
  {
    id: 'ho-in-07',
    title: 'Ingeniero de Machine Learning',
    company: 'Mercadillo',
    location: 'Ciudad de México, CDMX',
    countryHints: ['MX'],
    format: 'escaped',
    body: `# Quiénes somos
Mercadillo es un marketplace en línea donde 5 millones de compradores encuentran productos de miles de vendedores.
# Qué harás
- Construir modelos de recomendación con TensorFlow
- Desplegar servicios con Docker y Kubernetes
- Diseñar pruebas A/B junto al equipo de producto
# Qué buscamos
- Python avanzado
- Experiencia con AWS SageMaker`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['MX'],
    mentions: ['TensorFlow', 'Docker', 'Kubernetes', 'Hypothesis testing', 'Python', 'AWS SageMaker'],
  },
  {
    id: 'ho-in-08',
    title: 'Enfermera/o de quirófano',
    company: 'Hospital San Telmo',
    location: 'Valencia, España',
    format: 'text',
    body: `El Hospital San Telmo busca enfermeras y enfermeros para su bloque quirúrgico.

Funciones:
- Instrumentación y circulación en quirófano
- Registro en la historia clínica electrónica

Requisitos: título de Grado en Enfermería, colegiación, trabajo en equipo.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['ES'],
    mentions: [],
  },
  {
    id: 'ho-in-09',
    title: 'Data Engineer',
    company: 'Zeeland Logistiek B.V.',
    location: 'Rotterdam, Zuid-Holland',
    countryHints: ['NL'],
    format: 'html',
    body: `# Over ons
Zeeland Logistiek verzorgt opslag en transport voor 300 klanten in de Benelux.
# Wat ga je doen
- Je bouwt datapijplijnen in Python en dbt
- Je koppelt onze WMS-data via REST API's
- Je werkt met Git en CI/CD
# Wie ben jij
- HBO/WO werk- en denkniveau
- Ervaring met Kafka is een pre`,
    role: 'DE',
    sector: null,
    countries: ['NL'],
    mentions: ['Python', 'APIs', 'Git', 'Deployment pipelines', 'Kafka'],
  },
  {
    id: 'ho-in-10',
    title: 'Sviluppatore Java',
    company: 'Banca Adriatica',
    location: 'Milano, Lombardia, Italia',
    format: 'html',
    body: `# Chi siamo
Banca Adriatica è una banca con 300 filiali nel Nord Italia.
# Attività
- Sviluppo di microservizi in Java e Spring Boot
- Integrazione di API REST
- Test automatici e pipeline CI/CD
# Requisiti
- 3 anni di esperienza
- Conoscenza di Docker e Kubernetes`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['Java', 'APIs', 'Deployment pipelines', 'Docker', 'Kubernetes'],
  },
  {
    id: 'ho-in-11',
    title: 'Engenheiro(a) de Dados',
    company: 'Farmavida',
    location: 'São Paulo, SP, Brasil',
    format: 'html',
    body: `# Sobre a Farmavida
A Farmavida é uma rede de farmácias com 900 lojas no Brasil.
# Responsabilidades
- Construir pipelines de dados com Spark e Airflow
- Garantir a limpeza e a qualidade dos dados de vendas
- Publicar painéis no Power BI
# Requisitos
- Python e SQL
- Versionamento com Git`,
    role: 'DE',
    // Pharmacy chains are filed under healthcare, as the project's employer list files CVS Health.
    sector: SECTOR.HEALTH,
    countries: ['BR'],
    mentions: ['Apache Spark', 'Data cleaning', 'Power BI', 'Python', 'Git'],
  },
  {
    id: 'ho-in-12',
    title: 'Senior Data Scientist',
    company: 'Kiwi Rail Freight',
    location: 'Wellington, New Zealand',
    format: 'html',
    body: `# About us
We move 18 million tonnes of freight a year across New Zealand.
# The role
- Build forecasting models for wagon demand
- Run experiments on timetable changes and test them statistically
- Share results through clear data visualisation
# You
- Python or R; Tableau
- Curious and keen to keep learning`,
    role: 'DS',
    sector: null,
    countries: ['NZ'],
    mentions: ['Hypothesis testing', 'Visualization', 'Python', 'R', 'Tableau', 'Continuous learning', 'Communication'],
  },
  {
    id: 'ho-in-13',
    title: 'Machine Learning Engineer',
    company: 'Sagegrove',
    location: 'Remote - Germany, Poland or Portugal',
    format: 'html',
    body: `# About Sagegrove
Sagegrove is a software company building scheduling tools for hospitals and clinics.
# What you will do
- Ship forecasting models for staffing demand with PyTorch Lightning
- Own the evaluation of models before and after launch
- Build pipelines on AWS with SageMaker and Step Functions
# What we look for
- Python, Docker, Git
- Experience with time-series methods`,
    role: 'MLE',
    sector: SECTOR.HEALTH, // scheduling software made for hospitals and clinics: docs/sector-labels.md
    countries: ['DE', 'PL', 'PT'],
    mentions: ['PyTorch', 'Model evaluation', 'AWS SageMaker', 'Python', 'Docker', 'Git'],
  },
  {
    id: 'ho-in-14',
    title: 'Data Scientist',
    company: 'GovTech Lumaria',
    location: 'Singapore',
    format: 'div',
    body: `# About us
We build digital services for citizens and public officers across the government.
# What you will do
- Apply machine learning to improve public services such as housing and transport
- Build models with scikit-learn and PyTorch
- Design dashboards and data visualisations for policy teams
# Requirements
- Degree in computer science, statistics or a related field
- Python and SQL
- Able to communicate findings to non-technical audiences`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['Scikit-learn', 'PyTorch', 'Visualization', 'Python', 'Communication'],
  },
  {
    id: 'ho-in-15',
    title: 'Data Analyst',
    company: 'Meridale Bank',
    location: 'Johannesburg, Gauteng, South Africa',
    format: 'text',
    body: `Meridale Bank is a South African retail bank with 4 million clients.

Purpose of the job
Provide analysis that helps the collections team reduce losses.

Key responsibilities
- Build reports in SQL and Power BI
- Analyse customer behaviour using regression and segmentation
- Present insights to management

Minimum requirements
- BCom or BSc degree
- 2 years' experience in banking analytics`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['ZA'],
    mentions: ['Power BI', 'Regression', 'Communication'],
  },
  {
    id: 'ho-in-16',
    title: 'Computer Vision Engineer',
    company: 'Hanok Mobility',
    location: 'Seoul, South Korea',
    format: 'html',
    body: `# About Hanok Mobility
Hanok Mobility develops driver-assistance systems for car makers in Korea and Japan.
# Responsibilities
- Develop lane and object detection networks for front cameras
- Optimise models for automotive chips in C++
- Build data cleaning and labelling tools
# Qualifications
- Python, PyTorch, OpenCV
- Knowledge of deep neural networks and linear algebra`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['KR'],
    mentions: ['Neural networks', 'C++', 'Data cleaning', 'Python', 'PyTorch', 'Linear algebra'],
  },
  {
    id: 'ho-in-17',
    title: 'Tableau Developer',
    company: 'Aurelia Pharma',
    location: 'Basel, Switzerland',
    format: 'escaped',
    body: `# About Aurelia
Aurelia Pharma researches and manufactures medicines for rare diseases.
# Your role
- Build Tableau dashboards for clinical operations and supply
- Work with data engineers to model data in Snowflake
- Gather requirements from stakeholders and communicate clearly
# Your profile
- 3+ years with Tableau Desktop and Tableau Server
- SQL; Python is a plus`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Tableau', 'DE', 'Communication', 'Python'],
  },
  {
    id: 'ho-in-18',
    title: 'Conducteur de ligne de production',
    company: 'Fromagerie Vallon',
    location: 'Besançon',
    countryHints: ['FR'],
    format: 'html',
    body: `# Qui sommes-nous ?
La Fromagerie Vallon fabrique des fromages AOP depuis 1921.
# Vos missions
- Piloter la ligne de conditionnement
- Remplir le tableau de suivi de production
- Respecter les règles d'hygiène
# Profil
- Expérience en industrie agroalimentaire
- Rigueur et capacité d'adaptation`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['FR'],
    mentions: ['Adaptability'],
  },
];
