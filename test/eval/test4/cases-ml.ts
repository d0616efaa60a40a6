// Test-set (test4) postings for the seed's roles in English, from employers that describe themselves in
// their own words (no employer here appears in any other set).
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST4_ML: HoldoutCase[] = [
  {
    id: 't4-ml-01',
    title: 'Machine Learning Engineer, Fraud',
    company: 'Kestrel Pay',
    location: 'London, United Kingdom',
    format: 'html',
    body: `# About Kestrel Pay
Kestrel Pay processes card payments for 40,000 small merchants and settles their money the next day.
# What you will do
- Build fraud models that score every card payment in under 50 ms
- Ship models with MLflow and Docker
# About you
- Strong Python and experience with gradient boosted decision trees
- Clear communication with risk analysts`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Python', 'Decision trees', 'Communication', 'MLflow', 'Docker'],
  },
  {
    id: 't4-ml-02',
    title: 'Senior Data Scientist - Claims',
    company: 'Harbourline Mutual',
    location: 'Toronto, ON',
    countryHints: ['CA'],
    format: 'escaped',
    body: `# Who we are
Harbourline Mutual has insured homes and cars in Ontario since 1921.
# The role
- Model claim severity with regression and survival analysis
- Present findings to actuaries and product owners
# Requirements
- Python or R, pandas
- Solid probability and hypothesis testing`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Regression', 'Communication', 'Python', 'R', 'Pandas', 'Probability', 'Hypothesis testing'],
  },
  {
    id: 't4-ml-03',
    title: 'Computer Vision Engineer',
    company: 'Ostara Imaging',
    location: 'Boston, MA',
    format: 'div',
    body: `# About Ostara
Ostara Imaging makes software that helps radiologists read chest CT scans faster. Our tools are cleared by the FDA and used in 200 hospitals.
# Responsibilities
- Train segmentation networks in PyTorch
- Evaluate models against radiologist reads
# Qualifications
- Python, NumPy, experience with neural networks for medical images`,
    role: 'CVE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['PyTorch', 'Model evaluation', 'Python', 'NumPy', 'Neural networks'],
  },
  {
    id: 't4-ml-04',
    title: 'Data Engineer',
    company: 'Larchfield Grocers',
    location: 'Manchester, England',
    format: 'text',
    body: `Larchfield Grocers runs 180 supermarkets and a home delivery service across the north of England.

What you'll do
- Build batch and streaming pipelines with Apache Spark and Kafka
- Model sales and stock data for our buying teams

What you'll need
- Python and SQL
- Docker, Git`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Apache Spark', 'Kafka', 'Python', 'Docker', 'Git'],
  },
  {
    id: 't4-ml-05',
    title: 'NLP Engineer',
    company: 'Tessellate Networks',
    location: 'Bengaluru, Karnataka, India',
    format: 'html',
    body: `# About us
Tessellate Networks is a mobile operator serving 60 million subscribers with 4G and 5G across South India.
# The job
- Build intent classifiers for our customer care chat in Hindi, Tamil and English
- Fine-tune transformer models with PyTorch
# You bring
- Python, experience with neural networks
- Problem-solving mindset`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['PyTorch', 'Python', 'Neural networks', 'Problem-solving'],
  },
  {
    id: 't4-ml-06',
    title: 'Robotics Engineer - Body Shop Automation',
    company: 'Calder Motor Works',
    location: 'Sunderland, England',
    format: 'escaped',
    body: `# Our company
Calder Motor Works builds electric SUVs at its plant in the north east, with 3,000 people on the line.
# Responsibilities
- Program and commission welding robots
- Write motion planning tools in C++ and Python
# Requirements
- Degree in mechatronics or similar
- Linear algebra and kinematics`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['GB'],
    mentions: ['C++', 'Python', 'Linear algebra'],
  },
  {
    id: 't4-ml-07',
    title: 'Business Intelligence Analyst',
    company: 'City of Wrenford',
    location: 'Wrenford, Ohio',
    countryHints: ['US'],
    format: 'html',
    body: `# About the City
The City of Wrenford serves 120,000 residents. Our departments run parks, water, streets and public safety.
# Duties
- Build Power BI dashboards for council and department heads
- Clean service request data
# Minimum qualifications
- Two years of reporting experience
- Good written communication`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['Power BI', 'Data cleaning', 'Communication'],
  },
  {
    id: 't4-ml-08',
    title: 'AI Product Manager',
    company: 'Quillmark',
    location: 'Remote - US',
    countryHints: ['US'],
    format: 'div',
    body: `# About Quillmark
Quillmark is a SaaS platform that helps legal teams draft and review contracts.
# What you'll do
- Own the roadmap for our drafting assistant
- Work with ML engineers on model evaluation
# About you
- 4+ years of product management in B2B software
- Business acumen and critical thinking`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['MLE', 'Model evaluation', 'Business acumen', 'Critical thinking'],
  },
  {
    id: 't4-ml-09',
    title: 'Research Scientist, Reinforcement Learning',
    company: 'Meridian Labs',
    location: 'Singapore',
    format: 'text',
    body: `Meridian Labs is an independent research lab working on agents that plan.

You will
- Publish research on reinforcement learning and planning
- Run large experiments in JAX and PyTorch

You have
- PhD in machine learning
- Strong probability and linear algebra`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['Reinforcement learning', 'PyTorch', 'Probability', 'Linear algebra'],
  },
  {
    id: 't4-ml-10',
    title: 'Data Scientist',
    company: 'Brindle & Co',
    location: 'Sydney NSW',
    countryHints: ['AU'],
    format: 'html',
    body: `# About Brindle & Co
Brindle & Co is an Australian fashion label selling online and through 40 stores.
# The role
- Forecast demand for each style and size
- Test pricing with A/B experiments
# You have
- Python, pandas, scikit-learn
- Visualization skills in Tableau`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Hypothesis testing', 'Python', 'Pandas', 'Scikit-learn', 'Visualization', 'Tableau'],
  },
  {
    id: 't4-ml-11',
    title: 'Deep Learning Engineer',
    company: 'Voltaic Drive Systems',
    location: 'Detroit, MI',
    industry: 'Automotive',
    format: 'escaped',
    body: `# Who we are
Voltaic Drive Systems supplies battery management units to carmakers.
# What you'll do
- Train neural networks that predict cell degradation
- Deploy models to embedded controllers
# Qualifications
- PyTorch, TensorFlow
- C++ and Python`,
    role: 'DLS',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Neural networks', 'PyTorch', 'TensorFlow', 'C++', 'Python'],
  },
  {
    id: 't4-ml-12',
    title: 'Staff Machine Learning Engineer',
    company: 'Nimbusfold',
    location: 'San Francisco, CA',
    format: 'html',
    body: `# About Nimbusfold
Nimbusfold builds developer tools: our observability platform is used by 8,000 engineering teams.
# You will
- Build anomaly detection for metrics and logs
- Run models on Kubernetes
# You have
- Python, Go
- Clustering and time-series methods`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Python', 'Kubernetes', 'Clustering'],
  },
  {
    id: 't4-ml-13',
    title: 'Data Engineer II',
    company: 'Pinecrest Health Partners',
    location: 'Nashville, TN',
    industry: 'Hospital & Health Care',
    format: 'div',
    body: `# About us
Pinecrest Health Partners operates 14 hospitals and 90 clinics in Tennessee.
# Responsibilities
- Build pipelines from our electronic health record into the warehouse
- Maintain Airflow jobs and data quality checks
# Requirements
- Python, Apache Spark
- Git and CI/CD`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Python', 'Apache Spark', 'Git', 'Deployment pipelines', 'Data cleaning'],
  },
  {
    id: 't4-ml-14',
    title: 'Machine Learning Engineer - Network Planning',
    company: 'Fibrelink Australia',
    location: 'Melbourne VIC',
    countryHints: ['AU'],
    format: 'text',
    body: `Fibrelink Australia builds and runs fibre broadband and wholesale network services for internet providers.

The role
- Predict network faults from equipment telemetry
- Build feature engineering pipelines in Python

About you
- scikit-learn, Docker
- Adaptability in a changing team`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Feature engineering', 'Python', 'Scikit-learn', 'Docker', 'Adaptability'],
  },
  {
    id: 't4-ml-15',
    title: 'Analytics Engineer',
    company: 'Saltmarsh Analytics',
    location: 'Edinburgh, Scotland',
    format: 'html',
    body: `# About us
Saltmarsh Analytics is a small consultancy that builds reporting for charities.
# The job
- Model data with dbt and SQL
- Build dashboards in Looker and Power BI
# You
- Good communication with non-technical clients`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Power BI', 'Communication'],
  },
  {
    id: 't4-ml-16',
    title: 'Computer Vision Engineer - Traffic',
    company: 'Transport Authority of Lakeshore',
    location: 'Vancouver, BC',
    countryHints: ['CA'],
    format: 'escaped',
    body: `# About the Authority
We are the regional transport authority that plans and operates buses, ferries and the SkyLink for 2.6 million people.
# Your work
- Count cyclists and pedestrians from intersection cameras
- Evaluate detection models against manual counts
# You bring
- Python, OpenCV, PyTorch`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['Model evaluation', 'Python', 'PyTorch'],
  },
  {
    id: 't4-ml-17',
    title: 'Senior Data Scientist, Underwriting',
    company: 'Tallis Lending',
    location: 'New York, NY',
    industry: 'Financial Services',
    format: 'html',
    body: `# About Tallis
Tallis offers small business loans online.
# What you'll do
- Build credit risk models with gradient boosting and regression
- Explain model decisions to regulators
# What you'll bring
- Python, SQL, scikit-learn
- Strong statistics`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Regression', 'Communication', 'Python', 'Scikit-learn', 'Decision trees'],
  },
  {
    id: 't4-ml-18',
    title: 'Robotics Software Engineer',
    company: 'Orchard Row Robotics',
    location: 'Fresno, CA',
    format: 'div',
    body: `# About us
Orchard Row Robotics builds machines that prune and harvest fruit trees.
# The role
- Write perception and control software in C++
- Test on the farm each week
# You have
- ROS, Python
- Problem-solving in the field`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['C++', 'Python', 'Problem-solving'],
  },
  {
    id: 't4-ml-19',
    title: 'Business Intelligence Analyst',
    company: 'Ferrovia Components',
    location: 'Pune, Maharashtra',
    countryHints: ['IN'],
    format: 'html',
    body: `# About the company
Ferrovia Components manufactures brake discs and castings for carmakers in four plants.
# Responsibilities
- Report scrap rates and line output in Power BI
- Work with plant managers on KPIs
# Requirements
- Excel, SQL
- Critical thinking`,
    role: 'BIA',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['Power BI', 'Critical thinking'],
  },
  {
    id: 't4-ml-20',
    title: 'Data Scientist - Search Ranking',
    company: 'Cartwheel Market',
    location: 'Seattle, WA',
    format: 'escaped',
    body: `# About Cartwheel
Cartwheel Market is an online marketplace where 30,000 independent sellers ship home goods to shoppers.
# The work
- Improve search ranking with learning-to-rank models
- Run offline model evaluation and online tests
# Qualifications
- PhD or MS, Python, PyTorch`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Model evaluation', 'Python', 'PyTorch', 'Hypothesis testing'],
  },
];
