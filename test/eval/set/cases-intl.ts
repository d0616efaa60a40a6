// Non-English postings, double-escaped HTML, structured country and industry fields, and
// location strings that are easy to misread (London, Ontario; Perth, WA; Georgia).
import type { CaseSource } from './case.ts';
import { SECTOR } from './entities.ts';

export const CASES_INTL: CaseSource[] = [
  {
    id: 'intl-001',
    title: 'Data Scientist H/F',
    company: 'Panier Malin',
    location: 'Paris, France',
    format: 'html',
    body: `# Vos missions
- Concevoir des modèles de recommandation et de prévision de la demande
- Réaliser le nettoyage des données et le feature engineering
- Construire des tableaux de bord sous Power BI pour les équipes métier
- Travailler avec nos Data Engineers pour industrialiser les modèles
# Votre profil
- Bac+5 en statistiques, mathématiques appliquées ou informatique
- Maîtrise de Python (Pandas, Scikit-learn) et de SQL
- Connaissance de Spark appréciée
- Anglais professionnel`,
    tail: ['benefitsFr', 'eeoFr'],
    role: 'DS',
    countries: ['FR'],
    mentions: ['Data cleaning', 'Feature engineering', 'Power BI', 'DE', 'Python', 'Pandas', 'Scikit-learn', 'Apache Spark'],
  },
  {
    id: 'intl-002',
    title: 'Ingénieur Machine Learning (F/H)',
    company: 'Panier Malin',
    location: 'Lille',
    countryHints: ['France'],
    format: 'escaped',
    body: `# Le poste
Rattaché(e) au responsable de l'équipe Data, vous mettez en production les modèles de nos data scientists.
- Déployer les modèles avec Docker et Kubernetes
- Mettre en place le suivi des expériences avec MLflow
- Développer des API en Python
# Profil recherché
- 3 ans d'expérience minimum
- Connaissance de TensorFlow ou PyTorch
- Esprit d'équipe et curiosité`,
    tail: ['benefitsFr', 'eeoFr'],
    role: 'MLE',
    countries: ['FR'],
    mentions: ['DS', 'Docker', 'Kubernetes', 'MLflow', 'APIs', 'Python', 'TensorFlow', 'PyTorch'],
  },
  {
    id: 'intl-003',
    title: 'Werkstudent Data Analytics (m/w/d)',
    company: 'Kaufladen24 GmbH',
    location: 'Hamburg, Deutschland',
    format: 'text',
    body: `Deine Aufgaben:
- Unterstützung bei Analysen rund um Sortiment und Kundenverhalten
- Erstellung von Reports in Tableau
- Datenaufbereitung mit Python

Dein Profil:
- Studium der Wirtschaftswissenschaften, Informatik oder Statistik
- Erste Erfahrung mit SQL und Python
- Kenntnisse in Wahrscheinlichkeitsrechnung und Statistik`,
    tail: ['eeoDe'],
    role: null,
    countries: ['DE'],
    mentions: ['Tableau', 'Python', 'Probability'],
  },
  {
    id: 'intl-004',
    title: 'Data Engineer (m/w/d)',
    company: 'Klinikum Auenwald gGmbH',
    location: 'Auenwald',
    countryHints: ['Deutschland'],
    format: 'html',
    body: `# Ihre Aufgaben
- Aufbau eines klinischen Data Warehouse aus KIS-, Labor- und Pflegedaten
- Entwicklung von ETL-Strecken in Python
- Bereitstellung von Kennzahlen in Power BI für die Klinikleitung
# Ihr Profil
- Abgeschlossenes Studium der (Medizin-)Informatik
- Erfahrung mit SQL, Python und Git
- Kenntnisse im Datenschutz im Gesundheitswesen`,
    tail: ['benefitsDe', 'eeoDe'],
    role: 'DE',
    countries: ['DE'],
    mentions: ['Python', 'Power BI', 'Git'],
  },
  {
    id: 'intl-005',
    title: 'Científico de Datos',
    company: 'Tallyrand Pay',
    location: 'Madrid, España',
    format: 'html',
    body: `# Qué harás
- Desarrollar modelos de detección de fraude con Python y Scikit-learn
- Aplicar técnicas de clustering para segmentar comercios
- Presentar resultados a los equipos de riesgo
# Qué buscamos
- Grado en matemáticas, estadística o ingeniería
- Experiencia con Pandas y SQL
- Inglés fluido`,
    tail: [],
    role: 'DS',
    countries: ['ES'],
    mentions: ['Python', 'Scikit-learn', 'Clustering', 'Pandas', 'Communication'],
  },
  {
    id: 'intl-006',
    title: 'Senior Data Scientist',
    company: 'Heliograph AI',
    location: 'London, Ontario',
    format: 'double',
    body: `# What you'll do
- Measure how customers use our assistants and where they fail
- Build evaluation datasets and metrics with our research team
- Run experiments with proper hypothesis testing
# What you bring
- Python, Pandas, NumPy
- Experience with R&D teams in a fast-moving environment
- Strong communication skills`,
    tail: ['eeoUs'],
    role: 'DS',
    countries: ['CA'],
    mentions: ['Hypothesis testing', 'Python', 'Pandas', 'NumPy', 'Communication', 'Model evaluation'],
  },
  {
    id: 'intl-007',
    title: 'Machine Learning Engineer',
    company: 'FibreWave Networks',
    location: 'Perth, WA',
    format: 'double',
    body: `# About the role
Build models that predict faults and optimise technician dispatch across Western Australia.
- Train models with Scikit-learn and TensorFlow
- Deploy them with Docker on our Kubernetes platform
- Monitor them with MLflow
# About you
- Python and SQL
- Experience with Apache Spark & Kafka`,
    tail: [],
    role: 'MLE',
    countries: ['AU'],
    mentions: ['Scikit-learn', 'TensorFlow', 'Docker', 'Kubernetes', 'MLflow', 'Python', 'Apache Spark', 'Kafka'],
  },
  {
    id: 'intl-008',
    title: 'Business Intelligence Analyst',
    company: 'Northstar Freight',
    location: 'Savannah, Georgia',
    format: 'double',
    body: `# What you'll do
- Build Power BI & Tableau dashboards for terminal operations
- Analyse lane profitability and driver utilisation
# What you bring
- SQL and Power BI
- Python is a plus`,
    tail: ['eeoUs'],
    role: 'BIA',
    countries: ['US'],
    mentions: ['Power BI', 'Tableau', 'Python'],
  },
  {
    id: 'intl-009',
    title: 'Warehouse Team Leader',
    company: 'Kaufladen24 GmbH',
    location: 'Tbilisi, Georgia',
    format: 'double',
    body: `# Your tasks
- Lead a team of 25 warehouse associates in our Caucasus fulfilment centre
- Plan shifts and keep productivity and safety on track
# Your profile
- 3+ years of team leadership in logistics
- English and Georgian`,
    tail: [],
    role: null,
    countries: ['GE'],
    mentions: [],
  },
  {
    id: 'intl-010',
    title: 'Data Scientist',
    company: 'Talentbridge Staffing',
    location: 'Zurich',
    countryHints: ['CHE'],
    industry: 'Banking',
    format: 'text',
    body: `For our client, an international private bank, we are looking for a Data Scientist.

Tasks:
- Client segmentation with clustering methods
- Next-best-action models (decision trees, gradient boosting)
- Visualisation with Tableau

Requirements:
- Python, Scikit-learn, Pandas
- Banking experience
- German and English`,
    tail: ['agency'],
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CH'],
    mentions: ['DS', 'Clustering', 'Decision trees', 'Visualization', 'Tableau', 'Python', 'Scikit-learn', 'Pandas'],
  },
  {
    id: 'intl-011',
    title: 'Robotics Engineer',
    company: 'Talentbridge Staffing',
    location: 'Osaka, Japan',
    industry: 'Automotive',
    format: 'html',
    body: `# Overview
Our client, a major car maker, is hiring a Robotics Engineer for its new EV assembly plant.
- Develop and commission welding and painting robots
- Program in C++ and Python
- Work with production engineering and suppliers
# Requirements
- 5+ years in automotive robotics
- Japanese (business level) and English`,
    tail: [],
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['JP'],
    mentions: ['ROBO', 'C++', 'Python'],
  },
  {
    id: 'intl-012',
    title: 'Nurse (Registered) - Emergency Department',
    company: null,
    location: 'Auckland',
    countryHints: ['NZ'],
    industry: 'Hospital & Health Care',
    format: 'text',
    body: `Full-time Registered Nurse position in a busy emergency department.

- Triage and assess patients
- Work as part of a multidisciplinary team
- Current APC with the Nursing Council of New Zealand required

Please contact Julia Harris, Nurse Unit Manager, for an informal chat.`,
    tail: [],
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['NZ'],
    mentions: [],
  },
  {
    id: 'intl-013',
    title: 'Data Engineer',
    company: 'Ericsson',
    location: 'Stockholm, Sweden; Kista',
    format: 'html',
    body: `# About this opportunity
Build the data pipelines behind our network analytics products.
- Develop streaming pipelines on Kafka and Apache Spark
- Run workloads on Kubernetes
- Collaborate with data scientists on feature engineering
# What you bring
- Python or Java
- Docker and Git`,
    tail: ['eeoUs'],
    role: 'DE',
    countries: ['SE'],
    mentions: ['Kafka', 'Apache Spark', 'Kubernetes', 'DS', 'Feature engineering', 'Python', 'Java', 'Docker', 'Git'],
  },
  {
    id: 'intl-014',
    title: 'AI Product Manager',
    company: 'Civic Digital Office',
    location: 'Singapore 018989',
    format: 'double',
    body: `# What you will be working on
- Own the roadmap for AI assistants used by 150,000 public officers
- Work with engineers, policy teams and users to decide what to build
- Define evaluation criteria for AI features with our data scientists
# What we are looking for
- 4+ years of product management
- Understanding of large language models and their limits
- Strong communication`,
    tail: [],
    role: 'AIPM',
    countries: ['SG'],
    mentions: ['DS', 'Communication', 'Model evaluation'],
  },
  {
    id: 'intl-015',
    title: 'Machine Learning Engineer',
    company: 'Veridia Therapeutics',
    location: 'Cambridge, UK',
    format: 'double',
    body: `# The role
Join our Cambridge R&D computing group and build the platform that trains models on our assay data.
- Build training pipelines in PyTorch and run them on AWS SageMaker
- Write reusable Python libraries
- Own model evaluation & monitoring
# You have
- Experience with Docker
- A background in life sciences is a plus`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'MLE',
    countries: ['GB'],
    mentions: ['PyTorch', 'AWS SageMaker', 'Python', 'Model evaluation', 'Docker'],
  },
  {
    id: 'intl-016',
    title: 'Data Scientist (Remote)',
    company: 'Cobaltline Software',
    location: 'Remote - Germany, Netherlands or Spain',
    format: 'html',
    body: `# What you'll do
- Improve our cash-flow forecasting models
- Own feature engineering and model evaluation
- Work in Python with Pandas, Scikit-learn and PyTorch
# What you bring
- 3+ years as a data scientist
- Solid knowledge of regression and probability`,
    tail: ['eeoUk'],
    role: 'DS',
    countries: ['DE', 'ES', 'NL'],
    mentions: ['DS', 'Feature engineering', 'Model evaluation', 'Python', 'Pandas', 'Scikit-learn', 'PyTorch', 'Regression', 'Probability'],
  },
];
