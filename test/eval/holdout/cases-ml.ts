// Held-out postings for the seed's ML and data roles. Labelled by reading, before any extractor run.
import type { HoldoutCase } from './case.ts';
import { SECTOR } from '../set/entities.ts';

export const HOLDOUT_ML: HoldoutCase[] = [
  {
    id: 'ho-ml-01',
    title: 'Senior Machine Learning Engineer, Personalisation',
    company: 'Brightwater Grocers',
    location: 'Manchester, England',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs.
    body: `<p><b>About Brightwater</b></p><p>Brightwater Grocers runs 310 supermarkets and a home-delivery service across the north of England and Scotland.</p><p>&nbsp;</p><p><b>The job</b></p><p>You will build the models that choose which offers each customer sees in our app and on their receipts.</p><ul><li>Train ranking models with LightGBM and PyTorch</li><li>Design offline evaluation and run A/B tests with the marketing team</li><li>Own pipelines in Databricks and Spark SQL</li><li>Ship services with Docker on Kubernetes (EKS)</li></ul><p><b>About you</b></p><ul><li>Strong Python and SQL</li><li>You can explain model results to non-technical colleagues</li><li>Experience with feature stores is a plus</li></ul><p>&nbsp;</p><p>Brightwater is an equal opportunities employer.</p>`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Decision trees', 'PyTorch', 'Model evaluation', 'Hypothesis testing', 'Apache Spark', 'Docker', 'Kubernetes', 'Python', 'Communication'],
  },
  {
    id: 'ho-ml-02',
    title: 'Staff Machine Learning Engineer (LLM Platform)',
    company: 'Vantablue Software',
    location: 'Remote - Canada',
    format: 'html',
    body: `# Who we are
Vantablue Software is a SaaS company whose help-desk product is used by 9,000 support teams.
# What you will work on
- Build retrieval and fine-tuning pipelines for our support assistant with Hugging Face and PyTorch
- Evaluate LLM outputs with automated evals and human review
- Serve models over gRPC and REST to the product teams
- Track experiments in MLflow
# You bring
- 7+ years of engineering, 3+ shipping ML
- Python, and either Go or Rust
- Familiarity with RLHF or preference tuning`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['PyTorch', 'Model evaluation', 'APIs', 'MLflow', 'Python', 'Reinforcement learning'],
  },
  {
    id: 'ho-ml-03',
    title: 'Perception Engineer',
    company: 'Furrow Robotics',
    location: 'Fresno, CA',
    format: 'div',
    body: `# About Furrow
Furrow Robotics designs and manufactures autonomous weeding machines for vegetable farms. Our machines have covered 80,000 acres.
# The role
Our perception stack tells crops from weeds in real time. You will:
- Train and validate segmentation networks on stereo camera data
- Write C++17 and Python for the on-robot pipeline (ROS 2, OpenCV)
- Work side by side with robotics engineers and agronomists
# Requirements
- MS in computer vision or a related field
- Experience with PyTorch and TensorRT`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Neural networks', 'Model evaluation', 'C++', 'Python', 'ROBO', 'PyTorch'],
  },
  {
    id: 'ho-ml-04',
    title: 'NLP Engineer',
    company: 'Lexent Software',
    location: 'Bengaluru, Karnataka',
    format: 'escaped',
    body: `# About Lexent
Lexent Software builds contract-review software for in-house legal teams at 600 companies.
# Responsibilities
- Build named-entity recognition and clause classification models for contracts
- Fine-tune transformer models with Hugging Face and PyTorch
- Write text cleaning and labelling guidelines with our legal experts
- Expose models through internal APIs
# Requirements
- Python, spaCy, scikit-learn
- Solid understanding of probability and statistics
- Good written English`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'APIs', 'Python', 'Scikit-learn', 'Probability', 'Communication'],
  },
  {
    id: 'ho-ml-05',
    title: 'Research Scientist, Reinforcement Learning',
    company: 'Parallax Labs',
    location: 'London; Zurich',
    format: 'html',
    body: `# About Parallax
Parallax Labs is an independent AI research lab. We publish our work and release our models openly.
# The team
We study agents that learn from interaction: game environments, robotic simulation and LLM agents.
# You might be a fit if you
- Have a PhD in machine learning or comparable research experience
- Have published on policy optimisation, model-based RL or offline RL
- Write clean research code in JAX or PyTorch
- Are comfortable with linear algebra, calculus and probability`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['CH', 'GB'],
    mentions: ['Reinforcement learning', 'PyTorch', 'Linear algebra', 'Calculus', 'Probability'],
  },
  {
    id: 'ho-ml-06',
    title: 'Data Scientist, Credit Risk',
    company: 'Pennyfold',
    location: 'Toronto, ON M5V 2T6',
    format: 'text',
    body: `About Pennyfold
Pennyfold is a Canadian fintech offering credit cards and personal loans through a mobile app.

What you'll do
- Build probability-of-default models using logistic regression and gradient boosting
- Clean and join bureau data; document every transformation
- Present results to the credit committee with clear visualisations
- Monitor models in production and report drift

What you have
- 3+ years in credit risk modelling
- SQL, Python (pandas, statsmodels) or R
- Strong business acumen`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Regression', 'Decision trees', 'Data cleaning', 'Visualization', 'Python', 'Pandas', 'R', 'Business acumen', 'Communication'],
  },
  {
    id: 'ho-ml-07',
    title: 'Data Engineer II',
    company: 'Kestrel Freight',
    location: 'Atlanta, Georgia',
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter.
    body: `<p>Kestrel Freight is a trucking and logistics company moving goods for 4,000 shippers across North America.</p><p>Our data team builds the platform behind pricing, routing and driver safety.</p><ul><li>Build and operate ELT pipelines with Airflow, dbt and Snowflake</li><li>Stream telematics events through Kafka into the lake</li><li>Write data quality checks and fix bad records at the source</li><li>Manage infrastructure as code with Terraform and GitHub Actions</li></ul><p>Qualifications</p><ul><li>3+ years as a data engineer</li><li>Python and advanced SQL</li><li>Experience with Spark is a plus</li></ul>`,
    role: 'DE',
    sector: null,
    countries: ['US'],
    mentions: ['Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'DE', 'Python', 'Apache Spark'],
  },
  {
    id: 'ho-ml-08',
    title: 'Business Intelligence Analyst',
    company: 'Saint Aldric Health System',
    location: 'Columbus, OH 43215',
    format: 'div',
    body: `# About us
Saint Aldric Health System operates six hospitals and 40 clinics in central Ohio.
# Position summary
The BI Analyst builds dashboards and reports for nursing, finance and quality leaders.
- Develop Power BI reports on our Epic data warehouse
- Write SQL and validate numbers with clinical stakeholders
- Translate questions from leaders into clear metrics and data visualization
# Qualifications
- Bachelor's degree in a quantitative field
- 2+ years of BI experience in healthcare preferred
- Excellent communication and critical thinking`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['BIA', 'Power BI', 'Visualization', 'Communication', 'Critical thinking'],
  },
  {
    id: 'ho-ml-09',
    title: 'AI Product Manager',
    company: 'Corvid Mobile',
    location: 'Dallas, TX',
    format: 'html',
    body: `# About Corvid
Corvid Mobile is a wireless carrier serving 11 million subscribers with 5G and home broadband.
# The role
Own the roadmap for the AI features in our customer care app: a virtual assistant, smart troubleshooting and bill explanations.
- Work with data scientists and ML engineers to define model success metrics
- Decide when a model is good enough to ship, using experiment results
- Balance customer value, cost and risk
# About you
- 5+ years of product management, 2+ on ML products
- You can read a confusion matrix and ask the right questions about model evaluation
- Comfortable with SQL and dashboards in Tableau`,
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: ['US'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Tableau'],
  },
  {
    id: 'ho-ml-10',
    title: 'Robotics Engineer - Manipulation',
    company: 'Tessellate Automation',
    location: 'Pittsburgh, Pennsylvania, United States',
    format: 'html',
    body: `# About Tessellate
Tessellate Automation builds robotic cells that pack parcels in warehouses and factories.
# What you'll do
- Develop grasp planning and motion control for 6-axis arms
- Write modern C++ and Python on ROS
- Run experiments in simulation and on hardware, and analyse the results
- Use reinforcement learning where classical planning falls short
# What you need
- MS or PhD in robotics or mechanical engineering
- Linear algebra and kinematics
- Git-based workflows and code review`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['C++', 'Python', 'Reinforcement learning', 'Linear algebra', 'Git'],
  },
  {
    id: 'ho-ml-11',
    title: 'Deep Learning Engineer, Medical Imaging',
    company: 'Radiantis Medical',
    location: 'Munich, Germany',
    format: 'escaped',
    body: `# About Radiantis
Radiantis Medical develops CE-marked software that helps radiologists find lung nodules on CT scans.
# Your tasks
- Design convolutional neural networks for detection and segmentation in 3D volumes
- Set up rigorous model validation with our clinical partners
- Prepare and clean DICOM data from 14 hospitals
# Your profile
- Strong Python and PyTorch; TensorFlow is a plus
- Experience with Docker and CI/CD
- German is helpful but not required`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'Python', 'PyTorch', 'TensorFlow', 'Docker', 'Deployment pipelines'],
  },
  {
    id: 'ho-ml-12',
    title: 'Machine Learning Scientist',
    company: 'Ardent Therapeutics',
    location: 'Cambridge, MA',
    format: 'html',
    body: `# About Ardent
Ardent Therapeutics is a clinical-stage biotech using machine learning to design antibody drugs.
# Role
- Develop generative and predictive models of protein sequences and structures
- Partner with wet-lab scientists to design and evaluate experiments
- Bring Bayesian thinking and careful hypothesis testing to noisy assay data
# Qualifications
- PhD in computational biology, machine learning or a related field
- Python, PyTorch, NumPy
- Julia experience is welcome`,
    role: 'ARS',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Hypothesis testing', 'Python', 'PyTorch', 'NumPy', 'Julia'],
  },
  {
    id: 'ho-ml-13',
    title: 'Senior Data Scientist - Pricing',
    company: 'Orla Air',
    location: 'Dublin 2, Ireland',
    format: 'text',
    body: `ABOUT ORLA AIR
Orla Air is a low-cost airline flying 140 routes from six European bases.

THE ROLE
You will own the fare models that set millions of prices every night.
• Build demand forecasts and price-elasticity models (regression, tree ensembles)
• Run controlled pricing experiments and judge them with proper statistical testing
• Work in Python, SQL and PySpark on Databricks
• Explain trade-offs to the commercial team

WHAT WE OFFER
Staff travel, pension, health insurance.`,
    role: 'DS',
    sector: null,
    countries: ['IE'],
    mentions: ['Regression', 'Decision trees', 'Hypothesis testing', 'Python', 'Apache Spark', 'Communication'],
  },
  {
    id: 'ho-ml-14',
    title: 'Analytics Engineer',
    company: 'Halden Outdoor',
    location: 'Oslo, Norway',
    format: 'html',
    body: `# About Halden
Halden Outdoor sells hiking and camping gear through its online store and 22 shops in Norway and Sweden.
# What you'll do
- Model our sales and stock data in dbt on BigQuery
- Build self-service dashboards in Looker Studio for buyers and store managers
- Keep the data clean, tested and documented
# You have
- Strong SQL, some Python
- Version control with Git`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['NO'],
    mentions: ['Google Data Studio', 'Data cleaning', 'Python', 'Git'],
  },
  {
    id: 'ho-ml-15',
    title: 'Machine Learning Engineer, Ads',
    company: 'Pinecrest Media',
    location: 'Los Angeles, California',
    format: 'double',
    body: `# About Pinecrest
Pinecrest Media runs streaming channels and podcasts with 30 million monthly listeners.
# Responsibilities
- Build click-through and conversion models for audio ads
- Operate training on Vertex AI and serve models on GKE
- Feature engineering over listening sessions in BigQuery
# Requirements
- Python and TensorFlow or Keras
- Experience with scikit-learn and XGBoost
- Google Cloud Professional Machine Learning Engineer certification is a plus`,
    role: 'MLE',
    sector: null,
    countries: ['US'],
    mentions: ['Google AI Platform', 'Kubernetes', 'Feature engineering', 'Python', 'TensorFlow', 'Keras', 'Scikit-learn', 'Decision trees', 'CERT_GCP'],
  },
  {
    id: 'ho-ml-16',
    title: 'MLOps Engineer',
    company: 'Cinder Payments',
    location: 'Singapore 048583',
    format: 'raw',
    // Recruitee description: <h2> headings and <p><strong> lead-ins.
    body: `<h2>About Cinder</h2><p>Cinder Payments processes card and QR payments for 120,000 merchants across Southeast Asia.</p><h2>What you will do</h2><p><strong>Platform.</strong> Run our model training and serving platform on Kubernetes with Kubeflow Pipelines and MLflow.</p><p><strong>Delivery.</strong> Build the CI/CD that takes a model from a merge request to production.</p><p><strong>Observability.</strong> Monitor data drift and model performance.</p><h2>Requirements</h2><ul><li>Python, Docker, Terraform</li><li>AWS (SageMaker is a plus)</li><li>AWS certification preferred</li></ul>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['Kubernetes', 'Kubeflow', 'MLflow', 'Deployment pipelines', 'Python', 'Docker', 'AWS SageMaker', 'Model evaluation'],
  },
  {
    id: 'ho-ml-17',
    title: 'Lead Data Scientist',
    company: 'Greyhaven Insurance',
    location: 'Sydney NSW 2000',
    format: 'div',
    body: `# About Greyhaven
Greyhaven Insurance protects 2 million Australian homes and cars.
# The opportunity
Lead a team of five data scientists working on claims triage and fraud.
- Set technical direction for claims models (gradient boosting, GLMs, survival models)
- Coach the team on model evaluation and experiment design
- Work with claims leaders to turn models into decisions
# About you
- 8+ years in data science, 2+ leading people
- Python or R; SAS experience is fine too
- Clear communicator and strong commercial acumen`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['DS', 'Decision trees', 'Model evaluation', 'Python', 'R', 'Communication', 'Business acumen'],
  },
  {
    id: 'ho-ml-18',
    title: 'Computer Vision Engineer',
    company: 'Stillwater Retail Technologies',
    location: 'Remote (US or Canada)',
    format: 'html',
    body: `# About us
We make shelf-scanning cameras for grocery stores: our software spots empty shelves and wrong prices.
# You will
- Train object detection models (YOLO-style CNNs) on store images
- Quantise and deploy models to edge devices with TensorFlow Lite
- Clean and label our image datasets with the annotation team
# You have
- 4+ years in computer vision
- Python, OpenCV, C++
- Kubernetes and Docker for the cloud side`,
    role: 'CVE',
    sector: SECTOR.RETAIL, // shelf cameras made for grocery stores: docs/sector-labels.md
    countries: ['CA', 'US'],
    mentions: ['Neural networks', 'TensorFlow', 'Data cleaning', 'Python', 'C++', 'Kubernetes', 'Docker'],
  },
  {
    id: 'ho-ml-19',
    title: 'Data Engineer (Azure)',
    company: 'Veldhuis Energie',
    location: 'Utrecht, Netherlands',
    format: 'escaped',
    body: `# Over Veldhuis
Veldhuis Energie supplies gas and green electricity to 900,000 Dutch households.
# Your role
- Build pipelines in Azure Data Factory and Databricks (PySpark)
- Model smart-meter data in Delta Lake
- Automate deployments with Azure DevOps pipelines
# Your profile
- Python and SQL
- Experience with Kafka or Event Hubs
- Dutch or English`,
    role: 'DE',
    sector: null,
    countries: ['NL'],
    mentions: ['Apache Spark', 'Deployment pipelines', 'Python', 'Kafka'],
  },
  {
    id: 'ho-ml-20',
    title: 'Applied Scientist II',
    company: 'Ridgeline Marketplace',
    location: 'Seattle, WA 98109',
    format: 'html',
    body: `# About Ridgeline
Ridgeline is an online marketplace where 3 million shoppers buy used outdoor gear from each other.
# What you'll do
- Improve search ranking and recommendations with learning-to-rank and two-tower models
- Design A/B experiments and read them rigorously
- Work with engineers to put models in production
# Basic qualifications
- PhD, or MS with 3 years of industry experience
- Python; PyTorch or TensorFlow
- Experience with Spark and Hadoop ecosystems`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Hypothesis testing', 'Python', 'PyTorch', 'TensorFlow', 'Apache Spark', 'Hadoop'],
  },
  {
    id: 'ho-ml-21',
    title: 'Junior Data Analyst',
    company: 'Foxglove Housing Association',
    location: 'Bristol',
    format: 'text',
    body: `Foxglove Housing Association provides 18,000 affordable homes in the South West.

We are looking for a junior analyst to support our repairs and tenancy teams.

You will:
- Prepare monthly reports in Excel and Power BI
- Check data for errors and chase missing records
- Answer questions from managers

You will need good attention to detail, a willingness to learn, and the ability to explain numbers simply.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Continuous learning', 'Communication'],
  },
  {
    id: 'ho-ml-22',
    title: 'Machine Learning Engineer',
    company: 'Siemens Healthineers',
    location: 'Erlangen, Bavaria, Germany',
    countryHints: ['DE'],
    format: 'html',
    body: `# Your tasks
- Develop deep learning algorithms for MR image reconstruction
- Implement and optimise models in PyTorch and C++ for our scanners
- Verify algorithms against regulatory requirements and document them
# Your qualifications
- Master's or PhD in electrical engineering, physics or computer science
- Solid mathematics: linear algebra, probability
- Experience with Git, Jenkins and Docker
- Good communication skills in English; German is a plus`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['PyTorch', 'C++', 'Linear algebra', 'Probability', 'Git', 'Docker', 'Communication', 'Deployment pipelines'],
  },
  {
    id: 'ho-ml-23',
    title: 'Senior Data Scientist',
    company: 'Municipality of Eastvale',
    location: 'Eastvale, Ontario',
    format: 'div',
    body: `# About the Municipality
The Municipality of Eastvale delivers transit, water, roads and recreation services to 310,000 residents.
# Job summary
Reporting to the Director of Digital Services, you will use data to improve snow clearing routes, transit reliability and 311 response times.
- Build forecasting and clustering models on service request data
- Publish open data and clear dashboards for council and residents
- Follow our privacy and algorithmic transparency policies
# Qualifications
- Degree in statistics, data science or engineering
- Python or R, SQL, and Tableau or Power BI`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['Clustering', 'Python', 'R', 'Tableau', 'Power BI'],
  },
  {
    id: 'ho-ml-24',
    title: 'AI Engineer',
    company: 'Quillon Consulting',
    location: 'Hyderabad, Telangana 500081',
    format: 'text',
    body: `About Quillon
Quillon Consulting helps mid-sized firms adopt AI. We are 300 consultants across India and the Gulf.

Role
Build LLM-based assistants for our clients: retrieval, prompt design, evaluation and deployment on Azure.

Must have
- Python, LangChain or similar
- Azure OpenAI and Azure Machine Learning
- REST API design
- Microsoft Certified: Azure AI Engineer Associate (AI-102) preferred`,
    role: 'MLE',
    sector: null,
    countries: ['IN'],
    mentions: ['Model evaluation', 'Python', 'Microsoft Azure ML', 'APIs', 'CERT_AZ'],
  },
];
