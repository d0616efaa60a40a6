// Test-set (test3) postings for the seed's roles, written and labelled before the extractor was run on
// them and before the fixes made against test2. Never tuned on.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST3_ML: HoldoutCase[] = [
  {
    id: 't3-ml-01',
    title: 'Data Scientist, Pricing',
    company: 'Copperfield Home Insurance',
    location: 'Bristol, England, United Kingdom',
    format: 'html',
    body: `# About us
Copperfield Home Insurance covers 800,000 homes across the UK.
# What you'll do
- Build pricing models in Python and test them against last year's quotes
- Engineer features from property, weather and claims history
- Tidy up inconsistent address data before it reaches the models
- Walk underwriters through what the models say and why
# About you
- Confident with pandas, NumPy and SQL
- A good grasp of regression and probability`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Python', 'Model evaluation', 'Feature engineering', 'Data cleaning', 'Communication', 'Pandas', 'NumPy', 'Regression', 'Probability'],
  },
  {
    id: 't3-ml-02',
    title: 'Machine Learning Engineer, Search',
    company: 'Tidewater Marketplace',
    location: 'Seattle, WA',
    format: 'escaped',
    body: `# About Tidewater
Tidewater is an online marketplace for secondhand outdoor gear.
# Responsibilities
- Train ranking models with PyTorch and ship them behind a REST API
- Own the CI/CD pipeline that takes a model from notebook to production
- Measure offline and online model quality and decide what launches
# Qualifications
- 3+ years of Python; experience with Docker and Kubernetes
- Clear written communication`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['PyTorch', 'APIs', 'Deployment pipelines', 'Model evaluation', 'Python', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't3-ml-03',
    title: 'Senior Data Engineer',
    company: 'Larkspur Payments',
    location: 'Dublin, Ireland',
    format: 'div',
    body: `# Who we are
Larkspur Payments processes card payments for 40,000 small merchants.
# The job
- Design streaming pipelines on Kafka and batch jobs on Spark clusters
- Put data quality checks in place so bad transactions never reach finance
- Keep our infrastructure in Terraform and our code in GitHub
# You have
- Strong Scala or Python
- Experience with Airflow and a cloud data warehouse`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Python'],
  },
  {
    id: 't3-ml-04',
    title: 'Computer Vision Engineer',
    company: 'Brightfurrow Agritech',
    location: 'Sacramento, CA',
    format: 'text',
    body: `Brightfurrow builds camera rigs that spot weeds in vegetable fields.

What you'll work on
- Train convolutional neural networks that tell weeds from crops
- Label and curate image datasets, throwing out blurry or mislabelled frames
- Benchmark models on new farms before each season
- Optimise inference on embedded GPUs with C++

What you bring
- PyTorch and OpenCV
- You enjoy figuring things out in the field, literally`,
    role: 'CVE',
    sector: SECTOR.AUTO, // a maker of camera rigs (machines) is Manufacturing whatever its customers: docs/sector-labels.md
    countries: ['US'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'C++', 'PyTorch'],
  },
  {
    id: 't3-ml-05',
    title: 'NLP Engineer',
    company: 'Quillmark Legal',
    location: 'Toronto, ON, Canada',
    format: 'html',
    body: `# About Quillmark
Quillmark makes contract review software for law firms.
# What you'll do
- Fine-tune transformer models to find clauses in contracts
- Build evaluation sets with our lawyers and track precision and recall per clause type
- Serve models through gRPC services on Kubernetes
# What we need
- Python, PyTorch and Hugging Face
- Able to explain model behaviour to lawyers who have never seen a confusion matrix`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['Model evaluation', 'APIs', 'Kubernetes', 'Python', 'PyTorch', 'Communication', 'Neural networks'],
  },
  {
    id: 't3-ml-06',
    title: 'Business Intelligence Analyst',
    company: 'Merrow Foods',
    location: 'Manchester, United Kingdom',
    format: 'html',
    body: `# About Merrow
Merrow Foods runs 120 convenience stores in the North West.
# The role
- Build Power BI reports for store managers and the buying team
- Turn sales data into clear charts the board can read in five minutes
- Reconcile figures between the till system and finance before each month end
# You
- Strong SQL and Excel
- Commercially minded, with an eye for what matters to the business`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Power BI', 'Visualization', 'Data cleaning', 'Business acumen'],
  },
  {
    id: 't3-ml-07',
    title: 'Applied Scientist, Forecasting',
    company: 'Norrland Grid',
    location: 'Stockholm, Sweden',
    format: 'escaped',
    body: `# About us
Norrland Grid operates electricity distribution networks in central Sweden.
# What you will do
- Forecast hourly load with gradient boosted trees and neural networks
- Create features from weather, calendar and meter data
- Backtest forecasts and report their error to the control room
# What you bring
- PhD or MSc in statistics, physics or similar
- Python, scikit-learn, TensorFlow`,
    role: 'ARS',
    sector: null,
    countries: ['SE'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation', 'Python', 'Scikit-learn', 'TensorFlow'],
  },
  {
    id: 't3-ml-08',
    title: 'MLOps Engineer',
    company: 'Helix Genomics',
    location: 'Cambridge, MA',
    format: 'div',
    body: `# About Helix
Helix Genomics develops sequencing tests for rare diseases.
# Responsibilities
- Run our model registry in MLflow and pipelines in Kubeflow
- Automate build, test and deploy for every model change
- Containerise training code and keep GPU costs in check on SageMaker
# Requirements
- Python and Bash
- Experience with Docker and Terraform`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['MLflow', 'Kubeflow', 'Deployment pipelines', 'AWS SageMaker', 'Python', 'Docker'],
  },
  {
    id: 't3-ml-09',
    title: 'Data Scientist',
    company: 'Saltmarsh Logistics',
    location: 'Rotterdam, Netherlands',
    format: 'html',
    body: `# About us
Saltmarsh Logistics moves containers between Rotterdam and inland terminals by barge and rail.
# What you'll do
- Predict delays with regression and tree-based models
- Deal with gaps and errors in GPS data from barges
- Run A/B tests on planning rules with the operations team
- Share results in plain language with planners
# About you
- Python or R
- Curious and keen to learn about shipping`,
    role: 'DS',
    sector: null,
    countries: ['NL'],
    mentions: ['Regression', 'Decision trees', 'Data cleaning', 'Hypothesis testing', 'Communication', 'Python', 'R', 'Continuous learning'],
  },
  {
    id: 't3-ml-10',
    title: 'Research Scientist, Reinforcement Learning',
    company: 'Vantablue Robotics',
    location: 'Zurich, Switzerland',
    format: 'text',
    body: `Vantablue Robotics builds warehouse picking arms.

Your work
- Research reinforcement learning methods for grasping
- Publish at top venues and turn results into code our robots run
- Design experiments and evaluate policies in simulation and on hardware

You have
- PhD in machine learning or robotics
- Deep knowledge of linear algebra and calculus
- JAX or PyTorch`,
    role: 'ARS',
    sector: SECTOR.AUTO,
    countries: ['CH'],
    mentions: ['Reinforcement learning', 'Model evaluation', 'Linear algebra', 'Calculus', 'PyTorch'],
  },
  {
    id: 't3-ml-11',
    title: 'Analytics Engineer',
    company: 'Fernhill Credit Union',
    location: 'Portland, OR',
    format: 'html',
    body: `# About us
Fernhill Credit Union serves 90,000 members in Oregon.
# What you'll do
- Model member and loan data in dbt on our warehouse
- Write tests that catch duplicated or malformed records
- Build Tableau dashboards for the lending team
# What you bring
- Advanced SQL; some Python
- Version control with Git`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Data cleaning', 'Tableau', 'Python', 'Git'],
  },
  {
    id: 't3-ml-12',
    title: 'Machine Learning Engineer',
    company: 'Corvid Security',
    location: 'Austin, TX',
    format: 'escaped',
    body: `# About Corvid
Corvid Security detects account takeovers for banks and fintechs.
# The role
- Build and tune anomaly detection models on login events
- Derive behavioural signals from raw event streams in Kafka
- Validate every model against labelled fraud cases before rollout
- Adapt quickly as attackers change tactics
# Requirements
- Python, scikit-learn, Spark Streaming`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Feature engineering', 'Kafka', 'Model evaluation', 'Adaptability', 'Python', 'Scikit-learn', 'Apache Spark'],
  },
  {
    id: 't3-ml-13',
    title: 'Data Engineer',
    company: 'Bramblewood Hospital Trust',
    location: 'Nottingham, England',
    format: 'div',
    body: `# About the Trust
Bramblewood runs two acute hospitals and community services for 700,000 people.
# Main duties
- Build pipelines from the patient administration system into our data platform
- De-duplicate patient records and standardise codes
- Document data flows so analysts can trust them
# Person specification
- Python and SQL
- Experience with Azure Data Factory
- Good communication skills`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Python', 'Communication'],
  },
  {
    id: 't3-ml-14',
    title: 'Deep Learning Engineer',
    company: 'Aurora Imaging',
    location: 'Munich, Germany',
    format: 'html',
    body: `# About us
Aurora Imaging builds MRI reconstruction software for hospitals.
# Tasks
- Develop deep neural networks for image reconstruction in PyTorch
- Measure reconstruction quality with radiologists and report results
- Write clean, tested Python and C++
# Profile
- Master's or PhD in a quantitative field
- Fluent English`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Python', 'C++'],
  },
  {
    id: 't3-ml-15',
    title: 'AI Product Manager',
    company: 'Lanternfish Software',
    location: 'Remote - United States',
    format: 'text',
    body: `Lanternfish makes scheduling software for dental practices.

What you'll do
- Own the roadmap for our appointment no-show predictions
- Work with data scientists to define success metrics and judge model results
- Talk to customers every week and translate what you hear into priorities

About you
- Product experience on ML features
- Strong business sense and great storytelling with data`,
    role: 'AIPM',
    sector: SECTOR.HEALTH, // scheduling software made for dental practices: docs/sector-labels.md
    countries: ['US'],
    mentions: ['DS', 'Model evaluation', 'Business acumen', 'Visualization'],
  },
  {
    id: 't3-ml-16',
    title: 'Junior Data Analyst',
    company: 'Pembrook Council',
    location: 'Cardiff, Wales',
    format: 'html',
    body: `# About us
Pembrook Council delivers services to 180,000 residents.
# What you'll do
- Clean survey and service data and spot problems in it
- Produce charts and short reports for councillors
- Learn new tools as our data platform grows
# About you
- Excel and some R or Python
- Patient, careful and good with people`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Visualization', 'Continuous learning', 'R', 'Python'],
  },
  {
    id: 't3-ml-17',
    title: 'Robotics Software Engineer',
    company: 'Ironbark Mining Systems',
    location: 'Perth, Western Australia',
    format: 'escaped',
    body: `# About us
Ironbark builds autonomous haul trucks for open-pit mines.
# What you'll do
- Write motion planning and control code in C++ and ROS 2
- Test new behaviours in simulation before they go to site
- Maintain our continuous integration for robot software
# About you
- Solid linear algebra and probability
- Comfortable on a remote mine site for two weeks at a time`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['AU'],
    mentions: ['C++', 'Deployment pipelines', 'Linear algebra', 'Probability'],
  },
  {
    id: 't3-ml-18',
    title: 'Staff Data Scientist, Experimentation',
    company: 'Pinecone Travel',
    location: 'San Francisco, CA',
    format: 'html',
    body: `# About Pinecone
Pinecone Travel books small-group trips in 40 countries.
# What you'll do
- Set the standard for how we design and read experiments
- Check whether differences are statistically significant before anyone ships
- Coach product managers on interpreting results
# What you bring
- Deep statistics; Python or R
- Able to influence without authority`,
    role: 'DS',
    sector: null, // a travel agency: travel is unclassified (docs/sector-labels.md)
    countries: ['US'],
    mentions: ['Hypothesis testing', 'Communication', 'Python', 'R'],
  },
  {
    id: 't3-ml-19',
    title: 'Data Scientist (Contract)',
    company: 'Gullwing Energy',
    location: 'Aberdeen, Scotland',
    format: 'div',
    body: `# About us
Gullwing Energy operates offshore wind farms in the North Sea.
# Scope
- Detect turbine faults from SCADA data with clustering and classification
- Clean sensor data and fill gaps sensibly
- Present findings to asset managers
# Skills
- Python, pandas, Matplotlib
- 6-month contract`,
    role: 'DS',
    sector: null,
    countries: ['GB'],
    mentions: ['Clustering', 'Data cleaning', 'Communication', 'Python', 'Pandas', 'Matplotlib'],
  },
  {
    id: 't3-ml-20',
    title: 'Machine Learning Engineer, Recommendations',
    company: 'Moonharbor Streaming',
    location: 'Los Angeles, CA',
    format: 'html',
    body: `# About us
Moonharbor is a streaming service for independent films.
# What you'll do
- Build the feature pipelines behind our recommendations
- Retrain and roll out models weekly through an automated deployment pipeline
- Run online experiments to see what actually improves watch time
# What you bring
- Python and TensorFlow or PyTorch
- Comfortable with ambiguity and shifting priorities`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Feature engineering', 'Deployment pipelines', 'Hypothesis testing', 'Python', 'TensorFlow', 'PyTorch', 'Adaptability'],
  },
];
