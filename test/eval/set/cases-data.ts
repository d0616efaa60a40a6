// Data science, data engineering and business intelligence postings, plus the analyst and
// analytics titles that are none of the seed's roles.
import type { CaseSource } from './case.ts';
import { SECTOR } from './entities.ts';

export const CASES_DATA: CaseSource[] = [
  {
    id: 'data-001',
    title: 'Data Scientist',
    company: 'Tallyrand Pay',
    location: 'Singapore',
    format: 'html',
    body: `# What you'll do
- Analyse payment flows to find new fraud patterns and merchant risk signals
- Build and validate models with Python, Pandas and Scikit-learn
- Design experiments and apply hypothesis testing to measure impact
- Present insights to risk and product leaders with clear visualisations
# What you'll need
- 3+ years as a data scientist in fintech or e-commerce
- Strong SQL and Python; R is welcome
- Solid statistics: regression, probability, sampling
- Experience with Tableau or Looker Studio`,
    tail: ['benefitsUs'],
    role: 'DS',
    countries: ['SG'],
    mentions: ['DS', 'Python', 'Pandas', 'Scikit-learn', 'Hypothesis testing', 'Visualization', 'R', 'Regression', 'Probability', 'Tableau', 'Google Data Studio', 'Model evaluation', 'Communication'],
  },
  {
    id: 'data-002',
    title: 'Senior Data Scientist - Pricing',
    company: 'Meridian Mutual Insurance',
    location: 'Des Moines, IA',
    format: 'escaped',
    body: `# Overview
Join the pricing analytics team and help set fair prices for millions of auto and home policies.
# Responsibilities
- Build generalised linear models and gradient boosting models for claim frequency and severity
- Lead feature engineering on telematics data
- Partner with actuaries to file rates with state regulators
# Requirements
- Master's or PhD in statistics, mathematics or actuarial science
- 5+ years of experience in R or Python
- Knowledge of regression, decision trees and model evaluation
- Communication skills to explain models to non-technical audiences`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'DS',
    countries: ['US'],
    mentions: ['Feature engineering', 'R', 'Python', 'Regression', 'Decision trees', 'Model evaluation', 'Communication'],
  },
  {
    id: 'data-003',
    title: 'Data Scientist, Clinical Analytics',
    company: 'St. Columba Health System',
    location: 'Pittsburgh, PA',
    format: 'div',
    body: `# Position summary
The Data Scientist supports clinical and operational leaders with predictive models for readmissions, sepsis risk and staffing.
# Responsibilities
- Extract and clean EHR data (Epic Clarity); data cleaning and validation
- Develop logistic regression and tree-based models in R or Python
- Build dashboards in Power BI for nursing and physician leaders
- Work with Dr. Watson and the Quality Committee on model review
# Qualifications
- Master's degree in biostatistics, data science or related field
- 2+ years of healthcare analytics experience
- Knowledge of HIPAA`,
    tail: ['benefitsUs', 'eeoUs', 'accommodation'],
    role: 'DS',
    countries: ['US'],
    mentions: ['DS', 'Data cleaning', 'Regression', 'R', 'Python', 'Power BI', 'Decision trees'],
  },
  {
    id: 'data-004',
    title: 'Data Scientist (m/w/d)',
    company: 'Kaufladen24 GmbH',
    location: 'Hamburg',
    countryHints: ['DE'],
    format: 'html',
    body: `# Deine Aufgaben
- Du entwickelst Modelle für Nachfrageprognosen und Preisoptimierung
- Du arbeitest mit Python, Pandas und Scikit-learn und bringst Modelle mit unseren Data Engineers in Produktion
- Du führst A/B-Tests durch und wertest sie statistisch aus
# Dein Profil
- Abgeschlossenes Studium der Informatik, Mathematik, Statistik oder vergleichbar
- Mehrjährige Erfahrung mit Regression und Zeitreihenmodellen
- Erfahrung mit Apache Spark ist ein Plus
- Sehr gute Deutsch- und Englischkenntnisse`,
    tail: ['benefitsDe', 'eeoDe'],
    role: 'DS',
    countries: ['DE'],
    mentions: ['Python', 'Pandas', 'Scikit-learn', 'DE', 'Regression', 'Apache Spark', 'Hypothesis testing'],
  },
  {
    id: 'data-005',
    title: 'Data Scientist - Network Analytics',
    company: 'FibreWave Networks',
    location: 'Brisbane QLD',
    format: 'text',
    body: `About the role
We're looking for a Data Scientist to help us predict faults on our fibre network and plan capacity.

Key responsibilities
• Build predictive maintenance models from network telemetry
• Apply clustering to group similar fault patterns
• Automate reporting in Python and share results through Power BI

About you
• Tertiary qualification in a quantitative discipline
• Experience with Python (Pandas, NumPy, Scikit-learn) and SQL
• Hadoop or Spark experience is desirable
• Strong problem-solving and communication skills`,
    tail: [],
    role: 'DS',
    countries: ['AU'],
    mentions: ['DS', 'Clustering', 'Python', 'Power BI', 'Pandas', 'NumPy', 'Scikit-learn', 'Hadoop', 'Apache Spark', 'Problem-solving', 'Communication'],
  },
  {
    id: 'data-006',
    title: 'Lead Data Scientist',
    company: 'Westmark Transit Authority',
    location: 'Seattle, Washington',
    format: 'html',
    body: `# Job summary
The Lead Data Scientist will lead a team of three analysts and build models that forecast ridership, predict bus delays and inform service planning.
# Examples of duties
- Develop ridership forecasting models using regression and machine learning methods
- Build geospatial analyses of travel patterns
- Produce public dashboards in Tableau
- Review analysts' code in Git
# Minimum qualifications
- Bachelor's degree in statistics, data science, transportation planning or related field
- Five years of experience in Python or R`,
    tail: ['eeoUs'],
    role: 'DS',
    countries: ['US'],
    mentions: ['DS', 'Regression', 'Tableau', 'Git', 'Python', 'R'],
  },
  {
    id: 'data-007',
    title: 'Data Scientist II, Marketplace',
    company: 'Basketly',
    location: 'Toronto, Ontario',
    format: 'escaped',
    body: `# What you'll do
- Own the metrics for our shopper and courier marketplace
- Design experiments, run hypothesis testing and explain trade-offs
- Build causal and regression models to size opportunities
# What you'll bring
- 2+ years of experience
- Fluency in SQL and Python (Pandas, Matplotlib)
- Nice to have: experience with Julia or R`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'DS',
    countries: ['CA'],
    mentions: ['Hypothesis testing', 'Regression', 'Python', 'Pandas', 'Matplotlib', 'Julia', 'R'],
  },
  {
    id: 'data-008',
    title: 'Data Scientist',
    company: 'Veridia Therapeutics',
    location: 'South San Francisco, CA',
    format: 'html',
    body: `# The opportunity
Support our translational biology teams with analysis of genomics and clinical trial data.
- Analyse RNA-seq and proteomics data in R and Python
- Apply clustering and dimensionality reduction to find patient subgroups
- Work with R&D scientists to design studies with sound hypothesis testing
# Requirements
- PhD in computational biology, bioinformatics or statistics
- Experience with Bioconductor, Seaborn or ggplot2`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'DS',
    countries: ['US'],
    mentions: ['R', 'Python', 'Clustering', 'Hypothesis testing', 'Seaborn'],
  },
  {
    id: 'data-009',
    title: 'Senior Data Engineer',
    company: 'Cobaltline Software',
    location: 'Dublin, Ireland; Austin, TX',
    format: 'html',
    body: `# What you'll do
- Design and build batch and streaming pipelines with Apache Spark, Kafka and Airflow
- Own our lakehouse on S3 and Delta Lake
- Partner with data scientists and Business Intelligence Analysts to model data for reporting
- Build CI/CD deployment pipelines for data jobs
# What you'll bring
- 5+ years in data engineering
- Strong Python and SQL; Java or Scala experience
- Experience with Docker and Kubernetes`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: 'DE',
    countries: ['IE', 'US'],
    mentions: ['Apache Spark', 'Kafka', 'DS', 'BIA', 'Deployment pipelines', 'Python', 'Java', 'Docker', 'Kubernetes'],
  },
  {
    id: 'data-010',
    title: 'Data Engineer',
    company: 'Larkspur Bank',
    location: 'Glasgow, Scotland, United Kingdom',
    format: 'escaped',
    body: `# About the role
We're modernising our data platform and moving from on-premise Hadoop to the cloud. As a Data Engineer you'll build the pipelines that feed regulatory reporting and our data science teams.
# What you'll be doing
- Build ingestion and transformation jobs in PySpark on Azure Databricks
- Write data quality checks and automated data cleaning rules
- Manage code in Git and release with Azure DevOps pipelines
# What you'll need
- Python and SQL
- Experience with Hadoop, Hive or Spark
- An understanding of data governance in financial services`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'DE',
    countries: ['GB'],
    mentions: ['DE', 'Hadoop', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python'],
  },
  {
    id: 'data-011',
    title: 'Data Engineer - Streaming',
    company: 'Telnova',
    location: 'Toronto, ON, Canada',
    format: 'div',
    body: `# Responsibilities
- Build real-time pipelines for network events with Kafka and Flink
- Maintain our Hadoop cluster during its migration to Kubernetes
- Provide clean datasets to ML engineers and BI analysts
# Qualifications
- 3+ years of data engineering
- Java or Python
- Docker, Git, Linux`,
    tail: ['eeoUs'],
    role: 'DE',
    countries: ['CA'],
    mentions: ['Kafka', 'Hadoop', 'Kubernetes', 'MLE', 'BIA', 'Java', 'Python', 'Docker', 'Git', 'Data cleaning'],
  },
  {
    id: 'data-012',
    title: 'Big Data Engineer',
    company: 'Apothea Pharma Ltd',
    location: 'Mumbai, Maharashtra',
    format: 'text',
    body: `Role: Big Data Engineer
Experience: 4-7 years
Location: Mumbai (Andheri East)

Job responsibilities:
1. Develop data pipelines on Hadoop and Spark for manufacturing and supply chain data
2. Work with Kafka for streaming ingestion from plant systems
3. Support the data science team with feature engineering

Skills: Hadoop, Hive, Spark (Scala/PySpark), Kafka, Python, SQL, Airflow, Git`,
    tail: ['benefitsIn'],
    role: 'DE',
    countries: ['IN'],
    mentions: ['DE', 'Hadoop', 'Apache Spark', 'Kafka', 'Feature engineering', 'Python', 'Git'],
  },
  {
    id: 'data-013',
    title: 'Data Engineer (m/w/d)',
    company: 'Steinbach Antriebstechnik GmbH',
    location: 'Heilbronn, Baden-Württemberg',
    format: 'html',
    body: `# Ihre Aufgaben
- Aufbau und Betrieb von Datenpipelines für Maschinen- und Qualitätsdaten aus der Produktion
- Anbindung von Sensordaten über Kafka und Speicherung im Data Lake
- Bereitstellung von Auswertungen in Power BI für Fertigung und Qualitätssicherung
# Ihr Profil
- Studium der Informatik, Wirtschaftsinformatik oder eine vergleichbare Ausbildung
- Erfahrung mit Python und SQL, idealerweise mit Apache Spark
- Kenntnisse in Docker und Git
- Gute Deutschkenntnisse`,
    tail: ['benefitsDe', 'eeoDe'],
    role: 'DE',
    countries: ['DE'],
    mentions: ['Kafka', 'Power BI', 'Python', 'Apache Spark', 'Docker', 'Git'],
  },
  {
    id: 'data-014',
    title: 'Data Engineer',
    company: 'Civic Digital Office',
    location: 'Canberra ACT',
    format: 'escaped',
    body: `# The role
Build data pipelines that bring together sensor data from street lights, parking bays and waste bins for our smart city program.
- Ingest IoT data streams using Kafka
- Transform and publish datasets for analysts and the public open data portal
- Document pipelines and APIs
# Requirements
- Python, SQL
- Experience with cloud data services
- Australian citizenship and ability to obtain a Baseline security clearance`,
    tail: [],
    role: 'DE',
    countries: ['AU'],
    mentions: ['Kafka', 'APIs', 'Python'],
  },
  {
    id: 'data-015',
    title: 'Business Intelligence Analyst',
    company: 'Hartwell & Rowe',
    location: 'London',
    countryHints: ['GB'],
    format: 'html',
    body: `# About the role
As our Business Intelligence Analyst you'll turn sales, stock and customer data into reports that help buyers and store managers make better decisions.
# What you'll do
- Build and maintain Power BI dashboards for trading and supply teams
- Write SQL against our Snowflake warehouse
- Spot trends and explain them in plain English
# What you'll need
- Experience in a BI or reporting role, ideally in retail
- Advanced Excel and Power BI (DAX)
- Strong business acumen and communication skills`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'BIA',
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'Business acumen', 'Communication'],
  },
  {
    id: 'data-016',
    title: 'BI Analyst',
    company: 'Brightwater Capital',
    location: 'Boston, MA',
    format: 'div',
    body: `# Responsibilities
- Produce daily and monthly reports on fund flows and client activity
- Build dashboards in Tableau and maintain their data sources
- Automate recurring analysis with Python
# Qualifications
- 2+ years in business intelligence or reporting in asset management
- SQL and Tableau required; Tableau Desktop Specialist certification a plus
- Attention to detail and problem-solving`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'BIA',
    countries: ['US'],
    mentions: ['Tableau', 'Python', 'Problem-solving'],
  },
  {
    id: 'data-017',
    title: 'Business Intelligence Analyst - Supply Chain',
    company: 'Kaufladen24 GmbH',
    location: 'Berlin, Germany',
    format: 'escaped',
    body: `# Your tasks
- Create and maintain reports in Power BI and Google Data Studio
- Analyse delivery times, returns and warehouse productivity
- Work closely with our Data Engineers on data models
# Your profile
- Degree in business, economics or a quantitative field
- Very good SQL, first experience with Python or R
- English at a professional level; German is a plus`,
    tail: ['benefitsDe'],
    role: 'BIA',
    countries: ['DE'],
    mentions: ['Power BI', 'Google Data Studio', 'DE', 'Python', 'R'],
  },
  {
    id: 'data-018',
    title: 'Senior Business Intelligence Analyst',
    company: 'Telnova',
    location: 'Vancouver, British Columbia',
    format: 'html',
    body: `# What you'll do
- Lead reporting for our consumer mobile business
- Design data models and dashboards in Power BI and Tableau
- Use regression and cohort analyses to explain churn
# What you bring
- 6+ years of BI experience
- SQL, Python
- Excellent communication and visualization skills`,
    tail: ['eeoUs'],
    role: 'BIA',
    countries: ['CA'],
    mentions: ['Power BI', 'Tableau', 'Regression', 'Python', 'Communication', 'Visualization'],
  },
  {
    id: 'data-019',
    title: 'Data Analyst',
    company: 'Copperpot Restaurants',
    location: 'Bristol, UK',
    format: 'text',
    body: `We're looking for a Data Analyst to help our operations team understand sales, labour and waste across our restaurants.

What you'll do:
- Build weekly reports in Power BI
- Analyse menu performance and staffing levels
- Work with the finance team on budgets

What you'll need:
- Strong Excel and SQL
- Some experience with Power BI or Tableau
- A friendly, curious attitude`,
    tail: ['benefitsUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Power BI', 'Tableau'],
  },
  {
    id: 'data-020',
    title: 'Analytics Engineer',
    company: 'Northwind Labs',
    location: 'Remote - UK',
    format: 'html',
    body: `# The role
Analytics Engineers at Northwind own the layer between raw data and the metrics everyone uses.
- Model data in dbt on top of Snowflake
- Write tests, documentation and CI for our models (Git, GitHub Actions)
- Work with Data Engineers and Data Scientists on shared definitions
# You have
- Excellent SQL and some Python
- Experience with a BI tool such as Looker or Tableau`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Git', 'DE', 'DS', 'Python', 'Tableau', 'Deployment pipelines'],
  },
  {
    id: 'data-021',
    title: 'Senior Data Analyst, Growth',
    company: 'Tallyrand Pay',
    location: 'Amsterdam, North Holland, Netherlands',
    format: 'escaped',
    body: `# What you'll do
- Analyse the merchant funnel from sign-up to first payment
- Design and read A/B tests with hypothesis testing
- Build dashboards in Looker Studio
# What you'll need
- 4+ years in analytics
- SQL and Python or R`,
    tail: [],
    role: null,
    countries: ['NL'],
    mentions: ['Hypothesis testing', 'Google Data Studio', 'Python', 'R'],
  },
  {
    id: 'data-022',
    title: 'Statistician',
    company: 'Veridia Therapeutics',
    location: 'Basel, Switzerland',
    format: 'html',
    body: `# Responsibilities
- Write statistical analysis plans for phase II and III trials
- Perform sample size calculations and hypothesis testing
- Program analyses in SAS and R
# Qualifications
- MSc or PhD in statistics or biostatistics
- Knowledge of ICH E9 and regulatory requirements
- Strong background in probability and regression models`,
    tail: ['privacy'],
    role: null,
    countries: ['CH'],
    mentions: ['Hypothesis testing', 'R', 'Probability', 'Regression'],
  },
  {
    id: 'data-023',
    title: 'Quantitative Researcher',
    company: 'Brightwater Capital',
    location: 'London, England',
    format: 'html',
    body: `# The role
Join the systematic equities team to research and implement trading signals.
- Research alpha signals using large financial datasets
- Build models with regression, decision trees and neural networks
- Write production research code in Python and C++
# Requirements
- PhD in mathematics, physics, statistics or computer science
- Deep knowledge of probability, calculus and linear algebra
- Experience with NumPy and Pandas`,
    tail: ['eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Regression', 'Decision trees', 'Neural networks', 'Python', 'C++', 'Probability', 'Calculus', 'Linear algebra', 'NumPy', 'Pandas'],
  },
  {
    id: 'data-024',
    title: 'Data Scientist',
    company: 'Fernhill University',
    location: 'Nottingham, UK',
    format: 'text',
    body: `The Planning and Insight Office is looking for a Data Scientist to model student recruitment, retention and outcomes.

Main duties
- Build predictive models of student continuation using R
- Produce clear visualisation of results for senior leadership
- Maintain data quality and documentation

Person specification
- Degree in statistics, data science or a related subject (essential)
- Experience with R or Python (essential)
- Experience of higher education data (desirable)

Salary: Grade 7, £38,249 - £45,163 per annum`,
    tail: ['eeoUk'],
    role: 'DS',
    countries: ['GB'],
    mentions: ['DS', 'R', 'Visualization', 'Python'],
  },
  {
    id: 'data-025',
    title: 'Data Engineer',
    company: 'Voltara Motors',
    location: 'Ann Arbor, MI',
    format: 'html',
    body: `# Responsibilities
- Build pipelines that move vehicle telemetry from our fleet into the data lake
- Use Apache Spark and Kafka at multi-terabyte scale
- Provide curated datasets for battery analytics and the autonomy team
# Requirements
- 3+ years of experience with Python, Java or Scala
- Experience with Docker and Kubernetes, Git
- Knowledge of AWS`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'DE',
    countries: ['US'],
    mentions: ['Apache Spark', 'Kafka', 'Python', 'Java', 'Docker', 'Kubernetes', 'Git', 'Data cleaning'],
  },
  {
    id: 'data-026',
    title: 'Data Scientist – Customer Analytics',
    company: 'Shopify',
    location: 'Remote - Canada',
    format: 'escaped',
    body: `# What you'll do
- Build customer lifetime value and churn models for merchants
- Apply clustering to segment buyers
- Communicate findings with clear visualization in Looker and Matplotlib
# Qualifications
- Python, SQL
- Experience with PySpark and Scikit-learn`,
    tail: ['eeoUs'],
    role: 'DS',
    countries: ['CA'],
    mentions: ['Clustering', 'Visualization', 'Matplotlib', 'Python', 'Apache Spark', 'Scikit-learn', 'Communication'],
  },
  {
    id: 'data-027',
    title: 'Business Intelligence Analyst',
    company: 'City of Port Adair',
    location: 'Port Adair, Washington',
    format: 'div',
    body: `# Nature of work
The Business Intelligence Analyst supports city departments with performance dashboards and data analysis.
# Examples of duties
- Develop dashboards in Power BI and publish them to the city's open data site
- Clean and document datasets from permitting, 311 and public works systems
- Train staff in self-service reporting
# Minimum qualifications
- Bachelor's degree and two years of experience in data analysis
- Experience with SQL and Power BI`,
    tail: ['eeoUs', 'accommodation'],
    role: 'BIA',
    countries: ['US'],
    mentions: ['BIA', 'Power BI', 'Data cleaning'],
  },
  {
    id: 'data-028',
    title: 'Data Engineer',
    company: 'Talentbridge Staffing',
    location: 'Johannesburg, South Africa',
    format: 'text',
    body: `Permanent role for a leading financial services client.

Requirements:
- 3+ years experience as a Data Engineer
- Python, SQL, Spark
- Azure Data Factory, Databricks
- Git and CI/CD deployment pipelines

Please contact Julia Mokoena on 011 555 0100 for a confidential discussion.`,
    tail: [],
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['ZA'],
    mentions: ['DE', 'Python', 'Apache Spark', 'Git', 'Deployment pipelines'],
  },
  {
    id: 'data-029',
    title: 'Senior Data Scientist, Demand Forecasting',
    company: 'Basketly',
    location: 'Paris, France',
    format: 'html',
    body: `# Your mission
Forecast demand for 20,000 products across 600 stores so that shelves are full and waste is low.
- Build hierarchical forecasting models in Python
- Own model evaluation and backtesting
- Work with engineers to industrialise models on Kubernetes
# Your profile
- 5+ years of experience in forecasting
- Python, Pandas, NumPy, Scikit-learn; PyTorch is a plus
- Fluent English, French is a plus`,
    tail: ['benefitsFr', 'eeoFr'],
    role: 'DS',
    countries: ['FR'],
    mentions: ['Python', 'Model evaluation', 'Kubernetes', 'Pandas', 'NumPy', 'Scikit-learn', 'PyTorch'],
  },
  {
    id: 'data-030',
    title: 'Data Science Manager',
    company: 'Larkspur Bank',
    location: 'London, UK; Cardiff, Wales',
    format: 'html',
    body: `# The role
Lead a team of six data scientists working on credit risk and customer propensity models.
- Set priorities and coach the team
- Ensure model evaluation and validation meet our model risk standards
- Present to senior stakeholders
# About you
- Experience leading data science teams in financial services
- Hands-on background in Python or R
- Strong communication and business acumen`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'DS', // relabelled: a data science manager is in the Data Scientist family (role.ts decision)
    countries: ['GB'],
    mentions: ['DS', 'Model evaluation', 'Python', 'R', 'Communication', 'Business acumen'],
  },
];
