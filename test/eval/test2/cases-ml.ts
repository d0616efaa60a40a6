// Test-set postings for the seed's roles (ML, data science, data engineering, BI, CV, NLP, robotics),
// written and labelled before the extractor was run on them. Now the second development set.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST2_ML: HoldoutCase[] = [
  {
    id: 't2-ml-01',
    title: 'Senior Data Scientist, Claims',
    company: 'Harrowgate Mutual',
    location: 'Leeds, England, United Kingdom',
    format: 'html',
    body: `# Who we are
Harrowgate Mutual is a home and motor insurer owned by its 1.2 million members.
# The role
- Build models that predict which claims need a specialist handler
- Wrangle messy claims data from three legacy systems into something usable
- Run statistical tests to check whether process changes actually reduce claim costs
- Present your findings to claims managers who are not technical
# About you
- Strong Python and SQL; comfortable with pandas and scikit-learn
- Solid grounding in probability and statistics
- A curious problem solver who picks up new tools quickly`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Hypothesis testing', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Probability', 'Problem-solving', 'Continuous learning'],
  },
  {
    id: 't2-ml-02',
    title: 'Machine Learning Engineer',
    company: 'Orchard Lane Health',
    location: 'Minneapolis, MN',
    format: 'escaped',
    body: `# About us
Orchard Lane Health runs 14 hospitals and 60 outpatient clinics across the Upper Midwest.
# What you'll do
- Deploy sepsis early-warning models to production with Docker and Kubernetes
- Build and maintain CI/CD pipelines for model releases
- Monitor model performance after launch and retrain when it drifts
- Expose predictions to the EHR team through REST APIs
# What you bring
- 4+ years of Python; experience with PyTorch or TensorFlow
- Familiarity with MLflow for experiment tracking
- Clear communication with clinicians and nurses`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Docker', 'Kubernetes', 'Deployment pipelines', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'TensorFlow', 'MLflow', 'Communication'],
  },
  {
    id: 't2-ml-03',
    title: 'Data Engineer',
    company: 'Quayline Freight Software',
    location: 'Rotterdam, Netherlands',
    format: 'div',
    body: `# About Quayline
Quayline is a software company building a SaaS platform that freight forwarders use to book and track containers.
# Your work
- Design batch and streaming pipelines with Spark and Kafka
- Data wrangling: turn carrier EDI feeds into tidy tables
- Keep our Airflow DAGs and dbt models under version control in Git
# Your profile
- Strong Python or Scala
- Experience on AWS (S3, Glue, EMR)`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['NL'],
    mentions: ['Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Python'],
  },
  {
    id: 't2-ml-04',
    title: 'Business Intelligence Analyst',
    company: 'Fennmoor Outdoor',
    location: 'Denver, CO',
    format: 'html',
    body: `# About Fennmoor
Fennmoor is a retailer of camping and climbing equipment with 31 stores and a busy online shop.
# Responsibilities
- Build and maintain Tableau dashboards for store and e-commerce performance
- Translate business questions from merchandising into analyses
- Explain results to non-technical audiences in weekly trading meetings
# Qualifications
- Advanced SQL and Excel
- Some Python or R for ad-hoc analysis
- Strong commercial awareness`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Tableau', 'Communication', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't2-ml-05',
    title: 'Computer Vision Engineer',
    company: 'Vossberg Fahrzeugtechnik',
    location: 'Ingolstadt, Germany',
    format: 'text',
    body: `Vossberg Fahrzeugtechnik is an automotive supplier that develops camera systems for driver assistance, sold to automakers across Europe.

What you will do
- Train convolutional neural networks for lane and pedestrian detection
- Build features from radar and camera signals for sensor fusion
- Evaluate model performance on our closed test track recordings
- Work with the embedded team to port models to C++

What we expect
- Python, PyTorch and OpenCV
- Good linear algebra and geometry`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Neural networks', 'Feature engineering', 'Model evaluation', 'C++', 'Python', 'PyTorch', 'Linear algebra'],
  },
  {
    id: 't2-ml-06',
    title: 'NLP Engineer',
    company: 'Lexmoor',
    location: 'Toronto, ON',
    format: 'html',
    body: `# About Lexmoor
Lexmoor sells contract-review software to law firms; our product reads agreements and flags risky clauses.
# What you'll work on
- Fine-tune transformer models for clause classification with Hugging Face and PyTorch
- Clean and prepare annotated contract data with our legal reviewers
- Design evaluation sets and measure precision and recall on every release
# You have
- Strong Python
- Experience with Docker and a cloud platform
- Ability to learn new tools quickly in a fast-moving field`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Python', 'Docker', 'Continuous learning'],
  },
  {
    id: 't2-ml-07',
    title: 'Data Scientist - Pricing',
    company: 'Brightwell Grocers',
    location: 'Manchester, UK',
    format: 'double',
    body: `# About us
Brightwell Grocers is a supermarket chain with 410 stores and home delivery.
# The job
- Build price-elasticity models using regression and gradient-boosted trees
- Design and analyse A/B tests on promotions
- Engineer features from loyalty-card transactions
- Communicate recommendations to category managers
# You
- Python (pandas, NumPy, scikit-learn) and SQL
- Experience with Databricks or Spark
- Good knowledge of statistics`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Regression', 'Decision trees', 'Hypothesis testing', 'Feature engineering', 'Communication', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Apache Spark'],
  },
  {
    id: 't2-ml-08',
    title: 'AI Research Scientist',
    company: 'Calderwood Institute',
    location: 'Cambridge, MA',
    format: 'html',
    body: `# About the Institute
The Calderwood Institute is an independent, non-profit research lab studying how machines learn.
# Research
- Publish on reinforcement learning and planning
- Develop new deep network architectures and test them rigorously
- Collaborate with visiting academics
# Requirements
- PhD in machine learning, statistics or a related field
- Strong mathematical background: linear algebra, calculus and probability theory
- Fluency in Python and JAX or PyTorch`,
    role: 'ARS',
    sector: null,
    countries: ['US'],
    mentions: ['Reinforcement learning', 'Neural networks', 'Linear algebra', 'Calculus', 'Probability', 'Python', 'PyTorch', 'Model evaluation'],
  },
  {
    id: 't2-ml-09',
    title: 'Data Analyst',
    company: 'Pellworth County Council',
    location: 'Pellworth, United Kingdom',
    format: 'text',
    body: `Pellworth County Council provides social care, roads, libraries and waste services to 600,000 residents.

About the role
- Produce Power BI reports on adult social care demand
- Check data quality and fix errors in case records before reporting
- Present findings to councillors and service managers in plain English

About you
- Confident with SQL and Excel; R is a plus alongside Python
- Able to juggle competing priorities and adapt to changing demands`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'R', 'Python', 'Adaptability'],
  },
  {
    id: 't2-ml-10',
    title: 'Senior Machine Learning Engineer, Fraud',
    company: 'Kestrel Pay',
    location: 'Dublin, Ireland',
    format: 'escaped',
    body: `# About Kestrel Pay
Kestrel Pay is a payments company processing card transactions for 80,000 merchants.
# In this role you will
- Ship real-time fraud models behind low-latency APIs
- Build feature pipelines on Kafka and Flink
- Run offline evaluation and champion/challenger tests before every rollout
- Own model deployment via GitHub Actions and Kubernetes
# You have
- Python and Java
- Experience with XGBoost, LightGBM or other tree-based models
- Strong sense of ownership and good judgement`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['APIs', 'Kafka', 'Feature engineering', 'Model evaluation', 'Deployment pipelines', 'Kubernetes', 'Python', 'Java', 'Decision trees', 'Git'],
  },
  {
    id: 't2-ml-11',
    title: 'Robotics Engineer',
    company: 'Tormund Automation',
    location: 'Eindhoven, Netherlands',
    format: 'div',
    body: `# About Tormund
Tormund Automation designs and builds pick-and-place machines in its own factory for electronics manufacturers.
# What you'll do
- Develop motion planning and control software in C++ and ROS
- Apply reinforcement learning to grasping in simulation
- Write Python tooling for calibration
# What you bring
- MSc in robotics or mechatronics
- Hands-on, pragmatic problem-solving attitude`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['NL'],
    mentions: ['C++', 'Reinforcement learning', 'Python', 'Problem-solving'],
  },
  {
    id: 't2-ml-12',
    title: 'Data Scientist',
    company: 'Ardent Telecom',
    location: 'Madrid, Spain',
    format: 'html',
    body: `# About Ardent
Ardent Telecom is a mobile network operator serving 9 million subscribers in Spain and Portugal.
# What you will do
- Predict customer churn with classification models
- Segment subscribers with clustering techniques
- Validate models on holdout data and track them in production
- Visualise results for marketing in Looker Studio
# What we look for
- Python, scikit-learn and PySpark
- Knowledge of hypothesis testing
- Good English; Spanish is a plus`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['ES'],
    mentions: ['Clustering', 'Model evaluation', 'Visualization', 'Google Data Studio', 'Python', 'Scikit-learn', 'Apache Spark', 'Hypothesis testing'],
  },
  {
    id: 't2-ml-13',
    title: 'Deep Learning Engineer',
    company: 'Syncline Bio',
    location: 'San Diego, California',
    format: 'html',
    body: `# About Syncline
Syncline Bio is a biotech company using protein language models to design antibody drugs.
# You will
- Train large neural networks on protein sequence data
- Scale training across GPU clusters with PyTorch
- Benchmark models against wet-lab assay results
# You have
- Deep learning experience in Python
- Familiarity with Kubeflow or similar orchestration`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Python', 'Kubeflow'],
  },
  {
    id: 't2-ml-14',
    title: 'Analytics Engineer',
    company: 'Tallyfold',
    location: 'Berlin, Germany',
    format: 'text',
    body: `Tallyfold is a B2B SaaS company whose invoicing software is used by 20,000 small businesses.

Your responsibilities
- Model our product data in dbt and Snowflake
- Build self-serve dashboards in Looker
- Write clear documentation and explain metric definitions to the rest of the company

What we look for
- Excellent SQL, some Python
- Git-based workflow`,
    role: null,
    sector: SECTOR.FIN, // invoicing software for small businesses: docs/sector-labels.md
    countries: ['DE'],
    mentions: ['Communication', 'Python', 'Git'],
  },
  {
    id: 't2-ml-15',
    title: 'Lead Data Scientist',
    company: 'Ministry of Transport Analytics Unit',
    location: 'Wellington, New Zealand',
    format: 'html',
    body: `# About us
The Ministry of Transport advises the government on roads, rail, aviation and maritime policy.
# The role
- Lead a team of four analysts modelling road safety outcomes
- Use Bayesian methods and significance testing to estimate policy effects
- Prepare and validate large administrative datasets
- Brief senior officials and ministers on what the evidence shows
# About you
- Expert in R or Python
- Strong statistical modelling background
- Sound judgement and critical thinking`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['NZ'],
    mentions: ['Hypothesis testing', 'Data cleaning', 'Communication', 'R', 'Python', 'Critical thinking', 'Probability'],
  },
  {
    id: 't2-ml-16',
    title: 'MLOps Engineer',
    company: 'Veltra Cloud',
    location: 'Remote - United States',
    format: 'escaped',
    body: `# About Veltra
Veltra Cloud is a cloud hosting company offering GPU servers to AI startups.
# What you'll do
- Build the platform our customers use to train and serve models
- Package workloads with Docker and orchestrate them on Kubernetes
- Integrate SageMaker and Vertex AI as export targets
- Maintain Terraform and our deployment pipelines
# You
- Go or Python
- Experience running Kubeflow or MLflow in production`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Docker', 'Kubernetes', 'AWS SageMaker', 'Google AI Platform', 'Deployment pipelines', 'Python', 'Kubeflow', 'MLflow'],
  },
  {
    id: 't2-ml-17',
    title: 'Data Scientist, Network Planning',
    company: 'Borealink',
    location: 'Calgary, Alberta',
    format: 'div',
    body: `# About Borealink
Borealink is a broadband and wireless carrier connecting rural communities across western Canada.
# Responsibilities
- Forecast traffic growth per cell site with time-series and regression models
- Detect anomalies in network telemetry
- Create data visualizations for engineering leadership with matplotlib and Power BI
# Requirements
- Python, pandas, NumPy
- Degree in statistics, mathematics or engineering`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Regression', 'Visualization', 'Matplotlib', 'Power BI', 'Python', 'Pandas', 'NumPy'],
  },
  {
    id: 't2-ml-18',
    title: 'Machine Learning Scientist',
    company: 'Granary Robotics',
    location: 'Pittsburgh, PA',
    format: 'html',
    body: `# About Granary
Granary Robotics builds autonomous harvesters for fruit farms.
# What you'll do
- Research perception models that find ripe fruit under leaves
- Label, curate and clean field image datasets
- Measure model accuracy across seasons and orchards
# What you need
- Python and PyTorch
- Experience with CNNs and vision transformers
- Comfort with ambiguity and changing priorities`,
    role: 'ARS',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Python', 'PyTorch', 'Neural networks', 'Data cleaning', 'Model evaluation', 'Adaptability'],
  },
  {
    id: 't2-ml-19',
    title: 'AI Product Manager',
    company: 'Parcelroute',
    location: 'London, UK',
    format: 'html',
    body: `# About Parcelroute
Parcelroute makes route-planning software for courier companies.
# What you'll do
- Own the roadmap for our ETA prediction features
- Work with data scientists and ML engineers to define success metrics
- Talk to customers and turn their problems into product requirements
# You
- Experience shipping ML-powered products
- Excellent communication and stakeholder management
- Strong business sense`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['DS', 'MLE', 'Communication', 'Business acumen'],
  },
  {
    id: 't2-ml-20',
    title: 'Data Engineer (Contract)',
    company: 'Meridian Power & Light',
    location: 'Phoenix, AZ',
    format: 'text',
    body: `Meridian Power & Light is an electric utility serving 1.4 million homes and businesses.

Scope
- Migrate meter-reading pipelines from Hadoop to Spark on Azure
- Build ingestion from smart meters using Kafka
- Deduplicate and validate meter readings before they reach billing

Skills
- Scala or Python
- Azure Data Factory, Databricks`,
    role: 'DE',
    sector: null,
    countries: ['US'],
    mentions: ['Hadoop', 'Apache Spark', 'Kafka', 'Data cleaning', 'Python'],
  },
  {
    id: 't2-ml-21',
    title: 'Quantitative Analyst',
    company: 'Stonebridge Capital Partners',
    location: 'New York, NY',
    format: 'html',
    body: `# About us
Stonebridge Capital Partners is an investment manager running systematic equity funds.
# The role
- Research signals using time-series regression and statistical testing
- Backtest strategies and evaluate their out-of-sample performance
- Write production code in Python and C++
# Requirements
- Degree in mathematics, physics or statistics
- Excellent probability and stochastic calculus`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Regression', 'Hypothesis testing', 'Python', 'C++', 'Probability', 'Calculus', 'Model evaluation'],
  },
  {
    id: 't2-ml-22',
    title: 'Junior Data Scientist',
    company: 'Wrenfield University Hospital',
    location: 'Bristol, United Kingdom',
    format: 'escaped',
    body: `# About us
Wrenfield University Hospital is an NHS teaching hospital with 1,100 beds.
# What you'll do
- Prepare and clean patient-flow data from the electronic patient record
- Build simple predictive models for bed occupancy
- Make charts and dashboards that ward managers can read at a glance
# What you need
- Python or R
- Willingness to learn and a collaborative attitude`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Visualization', 'Python', 'R', 'Continuous learning'],
  },
];
