// Test-set (test3) postings in German, French, Spanish, Italian, Dutch and Portuguese, or in English for
// places outside the seed's countries, each with its country's own location style.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST3_INTL: HoldoutCase[] = [
  {
    id: 't3-in-01',
    title: 'Data Scientist (w/m/d)',
    company: 'Rheinauen Energie AG',
    location: 'Köln, Nordrhein-Westfalen',
    countryHints: ['DE'],
    format: 'html',
    body: `# Über uns
Die Rheinauen Energie AG versorgt 1,5 Millionen Haushalte mit Strom und Gas.
# Deine Aufgaben
- Du entwickelst Prognosemodelle für den Energieverbrauch mit Python
- Du bereitest Zählerdaten auf und entfernst Ausreißer und Lücken
- Du erklärst deine Ergebnisse verständlich für Fachbereiche ohne Statistikkenntnisse
# Dein Profil
- Erfahrung mit pandas, scikit-learn und Zeitreihen
- Du arbeitest dich gerne in neue Themen ein`,
    role: 'DS',
    sector: null,
    countries: ['DE'],
    mentions: ['Python', 'Data cleaning', 'Communication', 'Pandas', 'Scikit-learn', 'Continuous learning'],
  },
  {
    id: 't3-in-02',
    title: 'Machine Learning Engineer (m/w/d)',
    company: 'Fahrwerk Mobility GmbH',
    location: 'Stuttgart, Baden-Württemberg, Deutschland',
    format: 'escaped',
    body: `# Über uns
Fahrwerk Mobility entwickelt Software für Fahrerassistenzsysteme.
# Aufgaben
- Trainieren und Optimieren neuronaler Netze für die Objekterkennung
- Aufbau von CI/CD-Pipelines für Modelle mit GitLab
- Bewertung der Modelle auf Testfahrten und in der Simulation
# Profil
- Sehr gute Kenntnisse in Python, PyTorch und C++
- Teamfähigkeit und eine strukturierte Arbeitsweise`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Neural networks', 'Deployment pipelines', 'Git', 'Model evaluation', 'Python', 'PyTorch', 'C++'],
  },
  {
    id: 't3-in-03',
    title: 'Data Engineer (all genders)',
    company: 'Donaustadt Verkehrsbetriebe',
    location: 'Wien, Österreich',
    format: 'div',
    body: `# Über uns
Die Donaustadt Verkehrsbetriebe betreiben Bus und Straßenbahn in Wien.
# Deine Aufgaben
- Aufbau von Datenstrecken mit Apache Kafka und Spark
- Sicherstellung der Datenqualität: Dubletten erkennen, Fehler korrigieren
- Bereitstellung von Daten über REST-Schnittstellen
# Dein Profil
- Python, SQL und Docker`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['AT'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'APIs', 'Python', 'Docker'],
  },
  {
    id: 't3-in-04',
    title: 'Data Scientist H/F',
    company: 'Mutuelle des Cévennes',
    location: 'Montpellier, Occitanie, France',
    format: 'html',
    body: `# Qui sommes-nous ?
La Mutuelle des Cévennes protège 300 000 adhérents dans le sud de la France.
# Vos missions
- Construire des modèles de prévision des arrêts de travail
- Créer des variables explicatives à partir des données de remboursement
- Valider les modèles et suivre leur performance dans le temps
- Restituer les résultats aux équipes métier
# Votre profil
- Python, scikit-learn, SQL
- Curiosité et capacité d'adaptation`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['FR'],
    mentions: ['Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Scikit-learn', 'Adaptability'],
  },
  {
    id: 't3-in-05',
    title: 'Ingénieur Data F/H',
    company: 'Rail Atlantique',
    location: 'Nantes, France',
    format: 'escaped',
    body: `# L'entreprise
Rail Atlantique exploite des lignes régionales dans l'ouest de la France.
# Missions
- Développer des pipelines de données sur Spark et Airflow
- Fiabiliser les données issues des capteurs des trains
- Mettre en production avec Docker et Kubernetes
# Profil
- Python et SQL
- Esprit d'équipe, rigueur`,
    role: 'DE',
    sector: null,
    countries: ['FR'],
    mentions: ['Apache Spark', 'Data cleaning', 'Docker', 'Kubernetes', 'Python'],
  },
  {
    id: 't3-in-06',
    title: 'Científico de Datos',
    company: 'Cooperativa Agraria del Ebro',
    location: 'Zaragoza, Aragón, España',
    format: 'html',
    body: `# Quiénes somos
La Cooperativa Agraria del Ebro agrupa a 2.000 agricultores de Aragón.
# Funciones
- Desarrollar modelos de predicción de cosechas con Python
- Depurar y preparar datos de sensores y satélite
- Presentar los resultados a los técnicos de campo de forma sencilla
# Requisitos
- Experiencia con pandas y scikit-learn
- Capacidad analítica y resolución de problemas`,
    role: 'DS',
    sector: null,
    countries: ['ES'],
    mentions: ['Python', 'Data cleaning', 'Communication', 'Pandas', 'Scikit-learn', 'Problem-solving'],
  },
  {
    id: 't3-in-07',
    title: 'Ingeniero/a de Machine Learning',
    company: 'Banco Pampero',
    location: 'Buenos Aires, Argentina',
    format: 'div',
    body: `# Sobre nosotros
Banco Pampero es un banco digital con 3 millones de clientes.
# Qué harás
- Entrenar y evaluar modelos de riesgo crediticio
- Construir pipelines de despliegue continuo para los modelos
- Exponer los modelos mediante APIs REST
# Qué buscamos
- Python, TensorFlow y Docker
- Ganas de aprender y buena comunicación`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['AR'],
    mentions: ['Model evaluation', 'Deployment pipelines', 'APIs', 'Python', 'TensorFlow', 'Docker', 'Continuous learning', 'Communication'],
  },
  {
    id: 't3-in-08',
    title: 'Analista de Business Intelligence',
    company: 'Supermercados La Alameda',
    location: 'Sevilla, España',
    format: 'text',
    body: `Supermercados La Alameda tiene 85 tiendas en Andalucía.

Tus funciones
- Crear cuadros de mando en Power BI para los directores de tienda
- Revisar y corregir los datos de ventas antes de cada cierre
- Proponer mejoras con visión de negocio

Requisitos
- SQL y Excel avanzado`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['ES'],
    mentions: ['Power BI', 'Data cleaning', 'Business acumen'],
  },
  {
    id: 't3-in-09',
    title: 'Data Scientist',
    company: 'Assicurazioni Laguna',
    location: 'Milano, Lombardia, Italia',
    format: 'html',
    body: `# Chi siamo
Assicurazioni Laguna è una compagnia assicurativa con 500 agenzie in Italia.
# Responsabilità
- Sviluppare modelli di machine learning per la stima dei sinistri
- Pulire e preparare i dati provenienti da diversi sistemi
- Valutare le prestazioni dei modelli e monitorarle nel tempo
- Presentare i risultati al management
# Requisiti
- Python e SQL; conoscenza di Spark
- Ottime capacità comunicative e attitudine al problem solving`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IT'],
    mentions: ['Data cleaning', 'Model evaluation', 'Communication', 'Python', 'Apache Spark', 'Problem-solving'],
  },
  {
    id: 't3-in-10',
    title: 'Ingegnere Machine Learning',
    company: 'Officine Meccaniche Bellini',
    location: 'Bologna, Italia',
    format: 'escaped',
    body: `# Chi siamo
Officine Meccaniche Bellini produce macchine per il packaging.
# Cosa farai
- Sviluppare modelli di manutenzione predittiva sui dati dei sensori
- Creare nuove feature a partire dai segnali di vibrazione
- Portare i modelli in produzione con Docker
# Chi cerchiamo
- Python, scikit-learn, NumPy
- Voglia di imparare e flessibilità`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['IT'],
    mentions: ['Feature engineering', 'Docker', 'Python', 'Scikit-learn', 'NumPy', 'Continuous learning', 'Adaptability'],
  },
  {
    id: 't3-in-11',
    title: 'Data Scientist',
    company: 'Polderzorg',
    location: 'Utrecht, Nederland',
    format: 'html',
    body: `# Over ons
Polderzorg is een zorgverzekeraar met 1 miljoen verzekerden.
# Wat ga je doen
- Je ontwikkelt voorspelmodellen voor zorgkosten in Python
- Je schoont data op en koppelt bronnen aan elkaar
- Je valideert modellen samen met actuarissen
- Je vertaalt resultaten naar begrijpelijk advies voor het management
# Wat vragen wij
- Ervaring met pandas en scikit-learn
- Goede communicatieve vaardigheden en leergierig`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['NL'],
    mentions: ['Python', 'Data cleaning', 'Model evaluation', 'Communication', 'Pandas', 'Scikit-learn', 'Continuous learning'],
  },
  {
    id: 't3-in-12',
    title: 'Data Engineer',
    company: 'Havenlicht Energie',
    location: 'Antwerpen, België',
    format: 'div',
    body: `# Over ons
Havenlicht Energie levert groene stroom aan bedrijven in Vlaanderen.
# Jouw taken
- Je bouwt datapijplijnen met Kafka en Spark
- Je zorgt voor de kwaliteit van meetdata en lost fouten op
- Je beheert code in Git en automatiseert releases met CI/CD
# Jouw profiel
- Python, SQL, Docker`,
    role: 'DE',
    sector: null,
    countries: ['BE'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python', 'Docker'],
  },
  {
    id: 't3-in-13',
    title: 'Cientista de Dados',
    company: 'Varejo Ipê',
    location: 'São Paulo, SP, Brasil',
    format: 'html',
    body: `# Sobre nós
A Varejo Ipê é uma rede de farmácias com 400 lojas no Brasil.
# Responsabilidades
- Desenvolver modelos de previsão de demanda
- Tratar e limpar dados de vendas e estoque
- Criar variáveis a partir do histórico de compras
- Apresentar resultados para as áreas de negócio
# Requisitos
- Python, pandas, SQL
- Boa comunicação e facilidade para trabalhar em equipe`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['BR'],
    mentions: ['Data cleaning', 'Feature engineering', 'Communication', 'Python', 'Pandas'],
  },
  {
    id: 't3-in-14',
    title: 'Engenheiro(a) de Machine Learning',
    company: 'Seguradora Atlântica',
    location: 'Lisboa, Portugal',
    format: 'escaped',
    body: `# Quem somos
A Seguradora Atlântica é uma seguradora com 1 milhão de clientes em Portugal.
# O que vais fazer
- Treinar e avaliar modelos de deteção de fraude
- Colocar modelos em produção com pipelines de CI/CD
- Disponibilizar previsões através de APIs
# O que procuramos
- Python, PyTorch, Kubernetes
- Capacidade de adaptação e vontade de aprender`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['PT'],
    mentions: ['Model evaluation', 'Deployment pipelines', 'APIs', 'Python', 'PyTorch', 'Kubernetes', 'Adaptability', 'Continuous learning'],
  },
  {
    id: 't3-in-15',
    title: 'Data Scientist',
    company: 'Kookaburra Health',
    location: 'Melbourne VIC, Australia',
    format: 'html',
    body: `# About us
Kookaburra Health runs telehealth clinics for regional Australia.
# What you'll do
- Build triage models that flag urgent consults
- Fix up messy clinical notes and appointment data
- Check models for bias and accuracy before each release
- Explain results to clinicians
# About you
- Python and R
- Always learning`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Data cleaning', 'Model evaluation', 'Communication', 'Python', 'R', 'Continuous learning'],
  },
  {
    id: 't3-in-16',
    title: 'Machine Learning Engineer',
    company: 'Lionsgate Fintech',
    location: 'Singapore',
    format: 'div',
    body: `# About us
Lionsgate Fintech offers credit lines to small merchants in Southeast Asia.
# Responsibilities
- Productionise credit models on AWS with SageMaker
- Build feature pipelines from transaction data
- Monitor drift and retrain models
# Requirements
- Python, Docker, MLflow
- Clear communicator across time zones`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['AWS SageMaker', 'Feature engineering', 'Python', 'Docker', 'MLflow', 'Communication'],
  },
  {
    id: 't3-in-17',
    title: 'Data Analyst',
    company: 'Kiwi Rail Freight',
    location: 'Auckland, New Zealand',
    format: 'text',
    body: `Kiwi Rail Freight moves goods between ports and inland hubs.

What you'll do
- Build dashboards in Tableau for the operations team
- Clean and reconcile wagon tracking data
- Answer ad-hoc questions with SQL

About you
- Analytical mind with sound business judgement`,
    role: null,
    sector: null,
    countries: ['NZ'],
    mentions: ['Tableau', 'Data cleaning', 'Business acumen'],
  },
  {
    id: 't3-in-18',
    title: 'Computer Vision Engineer',
    company: 'Sakura Inspection Systems',
    location: 'Osaka, Japan',
    format: 'html',
    body: `# About us
Sakura Inspection Systems builds optical inspection machines for electronics factories.
# What you'll do
- Develop defect detection with convolutional neural networks
- Curate and label image data from production lines
- Measure detection accuracy on customer lines
# Requirements
- Python, C++, OpenCV, PyTorch`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['JP'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'Python', 'C++', 'PyTorch'],
  },
  {
    id: 't3-in-19',
    title: 'Kassenmitarbeiter (m/w/d)',
    company: 'Frischmarkt Lindner',
    location: 'Leipzig, Sachsen',
    format: 'html',
    body: `# Über uns
Frischmarkt Lindner ist ein Lebensmittelhändler mit 40 Filialen in Sachsen.
# Deine Aufgaben
- Kassieren und Kundenberatung
- Warenverräumung und Pflege der Regale
# Dein Profil
- Freundliches Auftreten und Teamgeist
- Flexibilität bei den Arbeitszeiten`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 't3-in-20',
    title: 'Infirmier / Infirmière en soins généraux',
    company: 'Clinique du Lac Léman',
    location: 'Genève, Suisse',
    format: 'div',
    body: `# Notre établissement
La Clinique du Lac Léman est une clinique privée de 150 lits.
# Vos missions
- Assurer les soins aux patients hospitalisés
- Travailler en lien avec les médecins et les familles
# Votre profil
- Diplôme d'infirmier reconnu en Suisse
- Sens de la communication et capacité d'adaptation`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CH'],
    mentions: ['Communication', 'Adaptability'],
  },
];
