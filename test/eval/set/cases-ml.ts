// Postings whose title is one of the seed's ML roles (engineering, research, vision, language,
// deep learning, product, robotics).
import type { CaseSource } from './case.ts';
import { SECTOR } from './entities.ts';

export const CASES_ML: CaseSource[] = [
  {
    id: 'ml-001',
    title: 'Senior Machine Learning Engineer',
    company: 'Northwind Labs',
    location: 'San Francisco, CA',
    format: 'html',
    body: `# The role
We are looking for a Senior Machine Learning Engineer to join our Code Intelligence team. You will build the models that rank code review suggestions and flag risky changes before they merge.
# What you'll do
- Design, train and ship ranking models in PyTorch, from prototype to production
- Own feature engineering and offline model evaluation for suggestion quality
- Build batch and streaming training data pipelines on Apache Spark and Kafka
- Package models with Docker and deploy them on Kubernetes
- Partner with data scientists and product managers to define success metrics
# What you bring
- 5+ years of software engineering experience, 3+ in ML
- Strong Python; Java or Go is a plus
- A solid grasp of probability, linear algebra and neural networks
- Experience with MLflow or a similar experiment tracker`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: 'MLE',
    countries: ['US'],
    mentions: ['MLE', 'PyTorch', 'Feature engineering', 'Model evaluation', 'Apache Spark', 'Kafka', 'Docker', 'Kubernetes', 'DS', 'Python', 'Java', 'Probability', 'Linear algebra', 'Neural networks', 'MLflow'],
  },
  {
    id: 'ml-002',
    title: 'Machine Learning Engineer, Fraud',
    company: 'Tallyrand Pay',
    location: 'New York, NY; Amsterdam, Netherlands',
    format: 'escaped',
    body: `# About the team
The Risk ML team protects merchants and cardholders from fraud. We score every payment in under 50 ms.
# You will
- Build and retrain gradient-boosted decision trees and neural networks that score transactions
- Work on feature engineering over real-time event streams in Kafka
- Run experiments with careful hypothesis testing before anything reaches production
- Improve our deployment pipelines so a new model can ship safely in a day
# You have
- Professional experience with Python and Scikit-learn; XGBoost or LightGBM experience is a plus
- Experience with AWS SageMaker or an equivalent training platform
- Familiarity with Docker and CI/CD
- AWS certification preferred`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'MLE',
    countries: ['NL', 'US'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'Kafka', 'Hypothesis testing', 'Deployment pipelines', 'Python', 'Scikit-learn', 'AWS SageMaker', 'Docker'],
  },
  {
    id: 'ml-003',
    title: 'ML Engineer - Recommendations',
    company: 'Basketly',
    location: 'London, UK',
    format: 'html',
    body: `Basketly's recommendations power the "You might also need" carousel that millions of shoppers see every day. We're hiring an ML Engineer to make them smarter.
# Responsibilities
- Build candidate generation and ranking models with TensorFlow and Keras
- Write clean, tested Python and review your teammates' code in Git
- Serve models behind low-latency APIs and monitor them in production
- Use Pandas and NumPy daily for analysis, and share findings with clear charts
# Nice to have
- Experience with Kubeflow pipelines on Kubernetes
- Knowledge of reinforcement learning for bandit-style ranking
- Google Cloud certified (any track)`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'MLE',
    countries: ['GB'],
    mentions: ['MLE', 'TensorFlow', 'Keras', 'Python', 'Git', 'APIs', 'Pandas', 'NumPy', 'Kubeflow', 'Kubernetes', 'Reinforcement learning', 'Visualization', 'Communication'],
  },
  {
    id: 'ml-004',
    title: 'Machine Learning Engineer II',
    company: 'Meridian Mutual Insurance',
    location: 'Columbus, Ohio',
    format: 'div',
    body: `# Position summary
The Machine Learning Engineer II builds and maintains models that price policies and triage claims. You will work closely with actuaries, data engineers and our data science team.
# Essential functions
- Develop regression and classification models for pricing and claims severity
- Productionise models using Microsoft Azure ML and Azure DevOps deployment pipelines
- Write unit tests and documentation; keep code in Git
- Monitor model drift and retrain as needed
# Qualifications
- Bachelor's degree in computer science, statistics or related field
- 3+ years with Python; R is a plus
- Experience with Scikit-learn and Pandas
- Microsoft Azure AI Engineer Associate certification preferred`,
    tail: ['benefitsUs', 'eeoUs', 'accommodation'],
    role: 'MLE',
    countries: ['US'],
    mentions: ['MLE', 'DE', 'Regression', 'Microsoft Azure ML', 'Deployment pipelines', 'Git', 'Python', 'R', 'Scikit-learn', 'Pandas', 'CERT_AZ'],
  },
  {
    id: 'ml-005',
    title: 'Staff Machine Learning Engineer, Platform',
    company: 'Quillstack',
    location: 'Remote - US',
    format: 'escaped',
    body: `# What you'll work on
Our ML platform lets product teams train, register and serve models without worrying about infrastructure. As a Staff Machine Learning Engineer you will set its technical direction.
- Run and extend our Kubeflow and MLflow installation on Kubernetes clusters with thousands of GPUs
- Build the feature store and the offline/online model evaluation harness
- Make PyTorch and TensorFlow training jobs reproducible and cheap
- Mentor engineers across the platform group
# You might be a fit if
- You have shipped ML infrastructure at scale
- You write production code in Python and Go, and can read C++
- You have strong opinions about Docker images, and about regression testing for models`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: 'MLE',
    countries: ['US'],
    mentions: ['MLE', 'Kubeflow', 'MLflow', 'Kubernetes', 'Model evaluation', 'PyTorch', 'TensorFlow', 'Python', 'C++', 'Docker'],
  },
  {
    id: 'ml-006',
    title: 'Machine Learning Engineer (Google Cloud)',
    company: 'Orbis Consulting Partners',
    location: 'Toronto, ON',
    format: 'html',
    body: `Our Data & AI practice is growing. As a Machine Learning Engineer you will help clients move models from notebooks into production on Google Cloud.
# What you will do
- Build training and serving pipelines on Vertex AI
- Turn data scientists' prototypes into maintainable Python packages
- Set up deployment pipelines with Cloud Build and Terraform
- Present results to client stakeholders in Looker Studio dashboards
# What we look for
- 3+ years in ML engineering or software engineering
- Experience with TensorFlow or PyTorch, and with BigQuery
- Google Professional Machine Learning Engineer certification, or willingness to obtain it within six months`,
    tail: ['eeoUk', 'agency'],
    role: 'MLE',
    countries: ['CA'],
    mentions: ['MLE', 'Google AI Platform', 'DS', 'Python', 'Deployment pipelines', 'Google Data Studio', 'TensorFlow', 'PyTorch', 'CERT_GCP', 'Communication'],
  },
  {
    id: 'ml-007',
    title: 'Machine Learning Engineer',
    company: 'Apothea Pharma Ltd',
    location: 'Hyderabad, Telangana, India',
    format: 'text',
    body: `# Job description
We are setting up a digital manufacturing team and are looking for a Machine Learning Engineer to build predictive quality models for our tablet and injectable lines.
# Key responsibilities
- Collect and clean sensor and batch record data (data cleaning is a big part of this job)
- Build anomaly detection using clustering and neural networks
- Deploy models on-premise using Docker
- Create dashboards in Power BI for plant quality heads
# Requirements
- B.Tech / M.Tech in computer science or chemical engineering
- 2-5 years experience with Python, Pandas, Scikit-learn
- Exposure to GMP environments is an advantage`,
    tail: ['benefitsIn'],
    role: 'MLE',
    countries: ['IN'],
    mentions: ['MLE', 'Data cleaning', 'Clustering', 'Neural networks', 'Docker', 'Power BI', 'Python', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 'ml-008',
    title: 'Senior ML Engineer, Personalisation',
    company: 'Hartwell & Rowe',
    location: 'Manchester, England, United Kingdom',
    format: 'html',
    body: `We're bringing personalisation to our website and app. You'll be the second ML engineer on a small, friendly team.
# You'll
- Build recommendation models with PyTorch and serve them on AWS using SageMaker endpoints
- Work with our Data Engineer on Spark jobs that prepare training data (PySpark)
- Evaluate models offline and through A/B tests
# You'll need
- Python and SQL
- Experience with Docker
- Good communication skills; you'll explain results to merchandisers`,
    tail: ['benefitsUk', 'eeoUk', 'contactJulia'],
    role: 'MLE',
    countries: ['GB'],
    mentions: ['MLE', 'PyTorch', 'AWS SageMaker', 'DE', 'Apache Spark', 'Python', 'Docker', 'Communication', 'Model evaluation', 'Hypothesis testing'],
  },
  {
    id: 'ml-009',
    title: 'Machine Learning Engineer - Network Optimisation',
    company: 'Telnova',
    location: 'Munich, Germany',
    countryHints: ['DEU'],
    format: 'escaped',
    body: `# Your mission
Help us predict congestion and failures in our radio access network before customers notice.
# Your tasks
- Build forecasting and anomaly detection models for network KPIs
- Work with terabytes of counters in Hadoop and Spark
- Bring models to production with MLflow, Docker and Kubernetes
# Your profile
- Degree in computer science, mathematics or electrical engineering
- Very good Python, working knowledge of Scala or Java
- Experience with TensorFlow
- Fluent English; German is a plus`,
    tail: ['benefitsDe', 'eeoDe'],
    role: 'MLE',
    countries: ['DE'],
    mentions: ['Hadoop', 'Apache Spark', 'MLflow', 'Docker', 'Kubernetes', 'Python', 'Java', 'TensorFlow'],
  },
  {
    id: 'ml-010',
    title: 'Machine Learning Engineer, Driver Assistance',
    company: 'Voltara Motors',
    location: 'Detroit, MI',
    format: 'div',
    body: `# The opportunity
Our autonomy team builds perception and planning software for urban delivery routes. Join us as a Machine Learning Engineer focused on training infrastructure and model quality.
# Responsibilities
- Train and evaluate neural networks for object detection and tracking
- Maintain data cleaning and labelling workflows for camera and lidar data
- Optimise inference with TensorRT and C++
- Work closely with Computer Vision Engineers and Robotics Engineers
# Requirements
- MS in computer science or related field
- Strong Python and C++; PyTorch
- Experience with Docker and Git`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'MLE',
    countries: ['US'],
    mentions: ['MLE', 'Neural networks', 'Model evaluation', 'Data cleaning', 'C++', 'CVE', 'ROBO', 'Python', 'PyTorch', 'Docker', 'Git'],
  },
  {
    id: 'ml-011',
    title: 'Research Scientist, Language Models',
    company: 'Heliograph AI',
    location: 'Toronto, Canada; London, United Kingdom',
    format: 'html',
    body: `# About the role
We are looking for a research scientist to advance how our language models reason and use tools. You will publish, and your work will ship.
# You will
- Design pre-training and post-training experiments, including reinforcement learning from human feedback
- Study scaling behaviour and build careful model evaluation suites
- Write high-quality research code in PyTorch and JAX
# You have
- A PhD in machine learning, computer science or a related field, or equivalent experience
- Publications at NeurIPS, ICML, ICLR or ACL
- Deep knowledge of neural networks, probability and linear algebra`,
    tail: ['benefitsUk', 'eeoUs'],
    role: 'ARS', // a research scientist with an AI topic in the title (role.ts)
    countries: ['CA', 'GB'],
    mentions: ['Reinforcement learning', 'Model evaluation', 'PyTorch', 'Neural networks', 'Probability', 'Linear algebra'],
  },
  {
    id: 'ml-012',
    title: 'AI Research Scientist',
    company: 'Heliograph AI',
    location: 'Montreal, Quebec',
    format: 'escaped',
    body: `As an AI Research Scientist you will explore new architectures for efficient multimodal models and turn the best ideas into our next model generation.
# Responsibilities
- Propose, run and analyse large-scale experiments
- Collaborate with Machine Learning Engineers on training infrastructure
- Mentor residents and interns
# Qualifications
- PhD in computer science, statistics or a related field
- Track record of first-author publications
- Expertise in PyTorch; familiarity with TensorFlow or JAX
- Strong mathematics: linear algebra, calculus and probability
- Experience with reinforcement learning is a plus`,
    tail: ['eeoUs', 'privacy'],
    role: 'ARS',
    countries: ['CA'],
    mentions: ['ARS', 'MLE', 'PyTorch', 'TensorFlow', 'Linear algebra', 'Calculus', 'Probability', 'Reinforcement learning'],
  },
  {
    id: 'ml-013',
    title: 'Senior AI Research Scientist - Drug Discovery',
    company: 'Veridia Therapeutics',
    location: 'Cambridge, MA',
    format: 'html',
    body: `# The position
Veridia is looking for a Senior AI Research Scientist to lead our work on generative models for small molecules and on models that predict toxicity.
# Key responsibilities
- Develop graph neural networks and diffusion models for molecular design
- Define benchmarks and model evaluation protocols with our chemists
- Present results to R&D leadership and at external conferences
# Required
- PhD and 4+ years of post-doctoral or industry experience
- Fluency in Python and PyTorch
- Experience with cheminformatics toolkits such as RDKit`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'ARS',
    countries: ['US'],
    mentions: ['ARS', 'Neural networks', 'Model evaluation', 'Python', 'PyTorch', 'Communication'],
  },
  {
    id: 'ml-014',
    title: 'AI Research Scientist (Reinforcement Learning)',
    company: 'Kestrel Automation',
    location: 'Stuttgart, Germany',
    format: 'text',
    body: `Our research group teaches robot arms to assemble parts they have never seen. We are hiring an AI Research Scientist with a focus on reinforcement learning.

# What you will do
- Research sim-to-real transfer and policy learning for manipulation
- Build simulation environments and training pipelines
- Work with our Robotics Engineers to test policies on real cells

# What you bring
- PhD in robotics, machine learning or related field
- Strong publication record in reinforcement learning
- Python and C++, PyTorch`,
    tail: ['eeoDe'],
    role: 'ARS',
    countries: ['DE'],
    mentions: ['ARS', 'Reinforcement learning', 'ROBO', 'Python', 'C++', 'PyTorch'],
  },
  {
    id: 'ml-015',
    title: 'Computer Vision Engineer',
    company: 'Kestrel Automation',
    location: 'Detroit, Michigan, United States',
    format: 'html',
    body: `# Role overview
As a Computer Vision Engineer you will develop the vision systems that guide our robots to pick, place and inspect parts on automotive assembly lines.
# Responsibilities
- Develop 2D and 3D vision algorithms for part localisation and defect detection
- Train neural networks for segmentation with PyTorch and deploy them on edge GPUs
- Write production C++ with OpenCV and Python tooling around it
- Commission systems on customer sites (up to 25% travel)
# Requirements
- BS/MS in computer science, electrical engineering or similar
- 3+ years of industrial computer vision experience
- Knowledge of camera calibration and linear algebra`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'CVE',
    countries: ['US'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'C++', 'Python', 'Linear algebra'],
  },
  {
    id: 'ml-016',
    title: 'Senior Computer Vision Engineer - Medical Imaging',
    company: 'Siemens Healthineers',
    location: 'Erlangen, Germany',
    countryHints: ['Germany'],
    format: 'div',
    body: `# Your tasks
- Develop deep learning methods for segmentation and detection in CT and MR images
- Take algorithms from research prototypes to certified medical products
- Collaborate with clinical partners, regulatory experts and our Deep Learning Specialists
- Write code in Python and C++, with TensorFlow or PyTorch
# Your qualifications
- Master's or PhD in computer science, physics or biomedical engineering
- Several years of experience in medical image analysis
- Experience with Docker and Git-based workflows`,
    tail: ['eeoDe'],
    role: 'CVE',
    countries: ['DE'],
    mentions: ['DLS', 'Python', 'C++', 'TensorFlow', 'PyTorch', 'Docker', 'Git'],
  },
  {
    id: 'ml-017',
    title: 'Computer Vision Engineer (Retail Analytics)',
    company: 'Basketly',
    location: 'Bengaluru, India',
    format: 'escaped',
    body: `# What you'll do
- Build models that read shelf photos from partner stores to keep our catalogue in sync
- Work on OCR, product recognition and image deduplication
- Own model evaluation datasets and metrics
- Deploy to Kubernetes with our platform team
# What we're looking for
- 3+ years in computer vision
- Python, PyTorch, OpenCV
- Experience with Docker
- Bonus: TensorFlow Developer Certificate`,
    tail: ['benefitsIn'],
    role: 'CVE',
    countries: ['IN'],
    mentions: ['Model evaluation', 'Kubernetes', 'Python', 'PyTorch', 'Docker', 'CERT_TF'],
  },
  {
    id: 'ml-018',
    title: 'Computer Vision Engineer',
    company: 'City of Port Adair',
    location: 'Port Adair, Washington, United States',
    format: 'text',
    body: `# Position description
The Smart Mobility program is deploying cameras at 200 intersections to count vehicles, cyclists and pedestrians. The Computer Vision Engineer will develop and maintain the detection models and make sure they respect residents' privacy (no faces or plates stored).

# Duties
- Train and evaluate detection models
- Maintain the on-device software (Python, C++)
- Produce monthly reports for council in Tableau

# Minimum qualifications
- Bachelor's degree and three years of relevant experience
- Experience with neural networks for object detection
- Must pass a background check`,
    tail: ['eeoUs', 'accommodation'],
    role: 'CVE',
    countries: ['US'],
    mentions: ['CVE', 'Model evaluation', 'Python', 'C++', 'Tableau', 'Neural networks'],
  },
  {
    id: 'ml-019',
    title: 'NLP Engineer',
    company: 'Haverford & Lowe LLP',
    location: 'London, United Kingdom',
    format: 'html',
    body: `# The role
Our Legal Engineering team is hiring an NLP Engineer to build tools that help lawyers review contracts and court filings faster.
# What you'll do
- Fine-tune and evaluate language models for clause extraction and classification
- Build retrieval pipelines over millions of documents
- Expose models to internal apps through REST APIs
- Work with Python, Hugging Face Transformers and PyTorch
# About you
- 3+ years of experience in natural language processing
- Solid understanding of model evaluation and error analysis
- Experience with Docker; Azure experience is a plus
- Clear written communication`,
    tail: ['benefitsUk', 'eeoUk', 'agency'],
    role: 'NLP_ENG',
    countries: ['GB'],
    mentions: ['NLP_ENG', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'Docker', 'Communication'],
  },
  {
    id: 'ml-020',
    title: 'Natural Language Processing Engineer',
    company: 'Larkspur Bank',
    location: 'Edinburgh, Scotland',
    format: 'escaped',
    body: `# About the role
Our customers send us 40,000 messages a day. As a Natural Language Processing Engineer you'll build models that understand them and route them to the right team, and improve our in-app assistant.
# Key responsibilities
- Build intent classification and entity extraction models
- Fine-tune transformer models with PyTorch, and track experiments in MLflow
- Work with Data Scientists and conversation designers
# What you'll need
- Python, with experience in spaCy or Hugging Face
- Experience deploying models with Docker and Kubernetes
- Knowledge of model evaluation for imbalanced classes`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'NLP_ENG',
    countries: ['GB'],
    mentions: ['NLP_ENG', 'PyTorch', 'MLflow', 'DS', 'Python', 'Docker', 'Kubernetes', 'Model evaluation', 'Neural networks'],
  },
  {
    id: 'ml-021',
    title: 'Senior NLP Engineer - Conversational AI',
    company: 'Telnova',
    location: 'Singapore',
    format: 'html',
    body: `Telnova's digital care team handles millions of customer conversations a month. We are looking for a Senior NLP Engineer to lead work on our chatbots and voice assistants.
# Responsibilities
- Design the language understanding stack for chat and voice
- Use IBM Watson Assistant today, and lead our move to open models
- Build evaluation sets and dashboards for conversation quality
# Requirements
- 5+ years of NLP experience, Python
- Experience with TensorFlow or PyTorch
- Strong stakeholder communication`,
    tail: ['privacy'],
    role: 'NLP_ENG',
    countries: ['SG'],
    mentions: ['NLP_ENG', 'IBM Watson', 'Python', 'TensorFlow', 'PyTorch', 'Communication', 'Model evaluation'],
  },
  {
    id: 'ml-022',
    title: 'Deep Learning Specialist',
    company: 'Quillstack',
    location: 'Sydney, NSW',
    format: 'text',
    body: `Quillstack is launching GPU instances in Australia and needs a Deep Learning Specialist to help customers get the most out of them.

What you'll do:
* Advise customers on training and serving neural networks efficiently
* Write reference implementations and benchmarks in PyTorch, TensorFlow and Keras
* Profile workloads and tune CUDA and C++ kernels where needed
* Run workshops for customer teams

What you'll bring:
* Hands-on deep learning experience in production
* Python and C++
* Experience with Docker and Kubernetes
* Customer-facing communication skills`,
    tail: ['eeoUs'],
    role: 'DLS',
    countries: ['AU'],
    mentions: ['DLS', 'Neural networks', 'PyTorch', 'TensorFlow', 'Keras', 'C++', 'Python', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 'ml-023',
    title: 'Deep Learning Specialist - Speech',
    company: 'Ericsson',
    location: 'Chennai, Tamil Nadu, India',
    format: 'div',
    body: `# Key responsibilities
- Develop neural networks for speech recognition and noise suppression on network edge devices
- Quantise and compress models for deployment
- Collaborate with NLP Engineers on voice services
# Key qualifications
- Master's degree in electronics, computer science or similar
- 4+ years of experience with TensorFlow and Keras
- Programming in Python and C++`,
    tail: ['eeoUs'],
    role: 'DLS',
    countries: ['IN'],
    mentions: ['Neural networks', 'NLP_ENG', 'TensorFlow', 'Keras', 'Python', 'C++'],
  },
  {
    id: 'ml-024',
    title: 'AI Product Manager',
    company: 'Cobaltline Software',
    location: 'Austin, TX',
    format: 'html',
    body: `# About the role
We're adding forecasting and assistant features across Cobaltline. As AI Product Manager you will own the roadmap for these features, from discovery to launch.
# What you'll do
- Talk to customers and turn their problems into clear product requirements
- Work with Machine Learning Engineers and Data Scientists to define success metrics and model evaluation criteria
- Decide what to build, what to buy and what not to do
- Track adoption in Tableau and share results with leadership
# What you'll bring
- 4+ years of product management, including ML-powered products
- Enough technical depth to discuss trade-offs with engineers
- Strong business acumen and communication skills`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'AIPM',
    countries: ['US'],
    mentions: ['AIPM', 'MLE', 'DS', 'Model evaluation', 'Tableau', 'Business acumen', 'Communication'],
  },
  {
    id: 'ml-025',
    title: 'Senior Product Manager, AI',
    company: 'Northwind Labs',
    location: 'Remote, Canada; Remote, US',
    format: 'escaped',
    body: `# The job
Northwind is bringing AI assistance into every step of code review. We need a senior product manager to own the assistant's roadmap.
- Define the product strategy and success metrics
- Partner with research and ML engineering
- Run user research and beta programs
# You have
- 6+ years of product management in developer tools
- Experience shipping LLM-based features
- Excellent communication`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: 'AIPM',
    countries: ['CA', 'US'],
    mentions: ['Communication'],
  },
  {
    id: 'ml-026',
    title: 'Robotics Engineer',
    company: 'Kestrel Automation',
    location: 'Greenville, SC',
    format: 'html',
    body: `# What you'll do
As a Robotics Engineer you will program, simulate and commission six-axis robot cells for welding and assembly.
- Develop motion planning and control software in C++ and Python
- Integrate vision from our Computer Vision Engineers into robot programs
- Use ROS 2 and our in-house simulator
- Support production ramp-ups at customer plants
# What you'll need
- BS in mechanical, electrical or robotics engineering
- Experience with industrial robots (FANUC, KUKA or ABB)
- Working knowledge of linear algebra and kinematics
- Git`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'ROBO',
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Python', 'CVE', 'Linear algebra', 'Git'],
  },
  {
    id: 'ml-027',
    title: 'Robotics Engineer - Autonomous Mobile Robots',
    company: 'Basketly',
    location: 'Melbourne, VIC, Australia',
    format: 'text',
    body: `Our micro-fulfilment centres use autonomous robots to pick groceries. We're hiring a Robotics Engineer to improve navigation and fleet behaviour.

Responsibilities
- Develop localisation and path planning in C++
- Apply reinforcement learning to fleet coordination experiments
- Analyse robot logs with Python and Pandas

Requirements
- Degree in robotics, mechatronics or computer science
- Experience with ROS
- Problem-solving under real-world constraints`,
    tail: [],
    role: 'ROBO',
    countries: ['AU'],
    mentions: ['ROBO', 'C++', 'Reinforcement learning', 'Python', 'Pandas', 'Problem-solving'],
  },
  {
    id: 'ml-028',
    title: 'Machine Learning Engineer',
    company: 'Talentbridge Staffing',
    location: 'Remote',
    format: 'text',
    body: `Our client, a fast-growing scale-up, is looking for a Machine Learning Engineer. Fully remote within Europe.

Must have:
- 4+ years Python
- PyTorch or TensorFlow
- Experience with MLOps tooling (MLflow, Kubeflow)
- Cloud experience (AWS, GCP or Azure)

Nice to have:
- AWS Certified Machine Learning - Specialty
- Experience with Kafka

Salary: up to EUR 95k + bonus.`,
    tail: ['agency'],
    role: 'MLE',
    countries: [],
    mentions: ['MLE', 'Python', 'PyTorch', 'TensorFlow', 'MLflow', 'Kubeflow', 'CERT_AWS', 'Kafka'],
  },
  {
    id: 'ml-029',
    title: 'Senior Machine Learning Engineer - Forecasting',
    company: 'Shopify',
    location: 'Ottawa, Ontario, Canada',
    format: 'html',
    body: `# What you'll do
- Build demand forecasting models that help merchants plan inventory
- Develop features in BigQuery and Apache Spark, and train models with TensorFlow
- Design offline model evaluation and online experiments
- Write production-grade Python
# Who you are
- 5+ years building ML systems
- Comfortable with regression, time-series methods and probability
- You communicate clearly in writing`,
    tail: ['eeoUs'],
    role: 'MLE',
    countries: ['CA'],
    mentions: ['Apache Spark', 'TensorFlow', 'Model evaluation', 'Python', 'Regression', 'Probability', 'Communication', 'Feature engineering', 'Hypothesis testing'],
  },
  {
    id: 'ml-030',
    title: 'Machine Learning Engineer - GenAI',
    company: 'Mastercard',
    location: "O'Fallon, Missouri",
    format: 'div',
    body: `# Overview
The AI Garage team builds generative AI solutions for fraud, customer service and cyber security.
# Role
- Build retrieval-augmented generation services with Python
- Evaluate LLM outputs with automated and human model evaluation
- Deploy services to Kubernetes using our deployment pipelines
- Work with product owners, Data Scientists and security architects
# All about you
- Experience with PyTorch and Hugging Face
- Familiarity with Databricks and Spark
- AWS Certified Machine Learning – Specialty or similar cloud certification is a plus`,
    tail: ['eeoUs'],
    role: 'MLE',
    countries: ['US'],
    mentions: ['Python', 'Model evaluation', 'Kubernetes', 'Deployment pipelines', 'DS', 'PyTorch', 'Apache Spark', 'CERT_AWS'],
  },
  {
    id: 'ml-031',
    title: 'Applied Scientist, Search',
    company: 'Basketly',
    location: 'Berlin, Germany',
    format: 'html',
    body: `# Your impact
Help customers find what they need in a catalogue of 4 million products. You will improve query understanding and ranking.
- Train learning-to-rank models with decision trees and neural networks
- Run online experiments and hypothesis testing on search metrics
- Prototype in Python notebooks, ship with engineering
# Your background
- MSc or PhD in a quantitative field
- Experience with PyTorch or TensorFlow, Pandas and Scikit-learn`,
    tail: ['benefitsDe', 'eeoDe'],
    role: 'ARS', // relabelled: "Applied Scientist" is the ML research scientist family (role.ts decision)
    countries: ['DE'],
    mentions: ['Decision trees', 'Neural networks', 'Hypothesis testing', 'Python', 'PyTorch', 'TensorFlow', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 'ml-032',
    title: 'MLOps Engineer',
    company: 'Larkspur Bank',
    location: 'Leeds, UK',
    format: 'escaped',
    body: `# The role
You will look after the platform our data science teams use to train and deploy models.
# What you'll do
- Operate Azure Machine Learning workspaces, registries and endpoints
- Build deployment pipelines in Azure DevOps for model releases
- Containerise workloads with Docker and run them on AKS (Kubernetes)
- Maintain MLflow tracking
# What we need
- Python and Bash
- Infrastructure as code (Terraform or Bicep)
- Experience working in a regulated environment`,
    tail: ['benefitsUk', 'eeoUk'],
    role: 'MLE', // relabelled: MLOps engineers are counted as ML engineers (role.ts decision)
    countries: ['GB'],
    mentions: ['Microsoft Azure ML', 'Deployment pipelines', 'Docker', 'Kubernetes', 'MLflow', 'Python'],
  },
  {
    id: 'ml-033',
    title: 'Machine Learning Intern (Summer 2026)',
    company: 'Cobaltline Software',
    location: 'Dublin, Ireland',
    format: 'html',
    body: `# About the internship
A 12-week paid internship on our Forecasting team. You'll work on a real project with a mentor and present it at the end of the summer.
# You might work on
- Feature engineering for cash-flow forecasts
- Comparing regression models against our production baseline
- Visualising results with Matplotlib and Seaborn
# You are
- Studying computer science, statistics or mathematics
- Comfortable with Python and NumPy
- Curious, with a habit of continuous learning`,
    tail: ['eeoUk'],
    role: null,
    countries: ['IE'],
    mentions: ['Feature engineering', 'Regression', 'Matplotlib', 'Seaborn', 'Python', 'NumPy', 'Continuous learning', 'Visualization', 'Model evaluation'],
  },
  {
    id: 'ml-034',
    title: 'Lead Machine Learning Engineer',
    company: 'Greenleaf Energy',
    location: 'Copenhagen, Denmark',
    format: 'text',
    body: `We forecast wind and solar output for 200 parks and trade the power on European markets. As Lead Machine Learning Engineer you will own our forecasting models end to end.

What you will do
- Lead a team of four engineers
- Build probabilistic forecasting models in Python with PyTorch and Scikit-learn
- Move our training jobs from cron scripts to Kubeflow
- Work with traders and meteorologists

What we are looking for
- 6+ years of experience, 2+ leading people
- Strong knowledge of probability and time series
- Docker, Kubernetes, Git`,
    tail: ['privacy'],
    role: 'MLE',
    countries: ['DK'],
    mentions: ['MLE', 'Python', 'PyTorch', 'Scikit-learn', 'Kubeflow', 'Probability', 'Docker', 'Kubernetes', 'Git'],
  },
  {
    id: 'ml-035',
    title: 'Machine Learning Engineer, Ads Ranking',
    company: 'Mosaic Media Group',
    location: 'New York City, NY',
    format: 'escaped',
    body: `# What you'll do
- Improve click-through and conversion models for our ad marketplace
- Build feature pipelines on Spark and Kafka
- Run A/B tests and read them with proper hypothesis testing
# What you bring
- Python, SQL and either Java or Scala
- TensorFlow or PyTorch
- Experience with large-scale ranking systems`,
    tail: ['benefitsUs', 'eeoUs'],
    role: 'MLE',
    countries: ['US'],
    mentions: ['Apache Spark', 'Kafka', 'Hypothesis testing', 'Python', 'Java', 'TensorFlow', 'PyTorch', 'Feature engineering'],
  },
  {
    id: 'ml-036',
    title: 'AI/ML Engineer',
    company: 'Civic Digital Office',
    location: 'Singapore',
    format: 'html',
    body: `# What you will be working on
- Build and maintain AI services used by public officers, such as document summarisation and translation
- Evaluate open and commercial models for accuracy, safety and cost
- Deploy services in containers (Docker, Kubernetes) on government cloud
# What we are looking for
- Experience in Python and modern ML frameworks such as PyTorch
- Understanding of model evaluation and responsible AI
- Singapore citizens only`,
    tail: [],
    role: 'MLE',
    countries: ['SG'],
    mentions: ['Docker', 'Kubernetes', 'Python', 'PyTorch', 'Model evaluation'],
  },
  {
    id: 'ml-037',
    title: 'Senior Computer Vision Engineer',
    company: 'Voltara Motors',
    location: 'Palo Alto, California',
    format: 'html',
    body: `# About the team
The perception team turns camera data into an understanding of the road: lanes, signs, other vehicles and vulnerable road users.
# Responsibilities
- Develop and train detection and segmentation networks (CNNs, vision transformers) in PyTorch
- Improve data cleaning and auto-labelling for our training sets
- Write efficient C++ for in-vehicle inference
# Requirements
- MS/PhD with 5+ years in computer vision
- Strong Python and C++
- Experience with Apache Spark for large data processing is a plus`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: 'CVE',
    countries: ['US'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'C++', 'Python', 'Apache Spark'],
  },
  {
    id: 'ml-038',
    title: 'Applied AI Engineer',
    company: 'Orbis Consulting Partners',
    location: 'Sydney, Australia',
    format: 'escaped',
    body: `# The role
Help our clients build assistants and automation with large language models.
- Build prototypes in Python against OpenAI, Anthropic and Azure OpenAI APIs
- Use IBM watsonx for clients on IBM stacks
- Work with our AI Product Managers on scoping
# Requirements
- 3+ years software engineering
- Strong client communication
- Certified Artificial Intelligence Practitioner (CAIP) or similar is a plus`,
    tail: ['agency'],
    role: 'MLE', // relabelled: "AI Engineer" titles are ML engineers (role.ts decision)
    countries: ['AU'],
    mentions: ['Python', 'APIs', 'IBM Watson', 'AIPM', 'Communication', 'CERT_CAIP'],
  },
  {
    id: 'ml-039',
    title: 'Deep Learning Specialist (Contract)',
    company: 'Talentbridge Staffing',
    location: 'Bangalore',
    format: 'text',
    body: `12 month contract, extendable. Hybrid, 3 days onsite.

Skills required:
Deep learning, CNN/RNN, TensorFlow 2.x, Keras, Python, NumPy, OpenCV, model optimisation for edge devices, Git.

Good to have: TensorFlow Developer Certificate, Google Cloud Professional ML Engineer certification.`,
    tail: [],
    role: 'DLS',
    countries: ['IN'],
    mentions: ['Neural networks', 'TensorFlow', 'Keras', 'Python', 'NumPy', 'Git', 'CERT_TF', 'CERT_GCP'],
  },
  {
    id: 'ml-040',
    title: 'Product Manager - AI Platform',
    company: 'SAP',
    location: 'Walldorf, DE',
    format: 'div',
    body: `# What you'll do
- Own the roadmap for the model lifecycle features of our AI platform
- Work with engineering teams in Walldorf and Bangalore
- Engage customers to understand how they train and deploy models
# What you bring
- 5+ years of product management in enterprise software
- Good understanding of MLOps and tools like MLflow and Kubeflow
- Business acumen and excellent communication skills in English; German is a plus`,
    tail: ['eeoDe'],
    role: 'AIPM',
    countries: ['DE'],
    mentions: ['MLflow', 'Kubeflow', 'Business acumen', 'Communication'],
  },
];

// Keeps SECTOR referenced for cases that override the company's sector.
void SECTOR;
