// Technology postings whose title is none of the seed's roles: software, platform, QA, security,
// sales engineering. They carry many tools and most of the traps (JavaScript, regression testing,
// Kubernetes clusters, generic cloud certifications).
import type { CaseSource } from './case.ts';

export const CASES_OTHER_TECH: CaseSource[] = [
  {
    id: 'tech-001',
    title: 'Senior Frontend Engineer',
    company: 'Northwind Labs',
    location: 'Toronto, Canada',
    format: 'html',
    body: `# What you'll do
- Build our code review UI in TypeScript and React
- Improve performance of large diffs in the browser
- Work with designers on an accessible component library
# What you bring
- 5+ years of JavaScript and TypeScript
- Deep knowledge of CSS and browser APIs
- Experience with end-to-end and regression testing`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['CA'],
    mentions: ['APIs'],
  },
  {
    id: 'tech-002',
    title: 'Backend Engineer (Go)',
    company: 'Tallyrand Pay',
    location: 'Amsterdam',
    countryHints: ['NLD'],
    format: 'escaped',
    body: `# The team
Payouts moves merchants' money to their bank accounts, every day, in 40 currencies.
# You will
- Design and build services in Go that handle millions of payouts
- Run them on Kubernetes clusters across three regions
- Publish events to Kafka and keep our public APIs stable
# You have
- 4+ years of backend experience in Go, Java or Kotlin
- Experience with PostgreSQL and Docker`,
    tail: ['benefitsUk'],
    role: null,
    countries: ['NL'],
    mentions: ['Kubernetes', 'Kafka', 'APIs', 'Java', 'Docker'],
  },
  {
    id: 'tech-003',
    title: 'Site Reliability Engineer',
    company: 'Quillstack',
    location: 'Dublin, Ireland',
    format: 'html',
    body: `# What you'll do
- Keep our managed database fleet healthy across 14 regions
- Automate operations in Go and Python
- Operate large Kubernetes clusters and improve our deployment pipelines
- Take part in a humane on-call rotation
# What you bring
- Linux internals, networking and observability experience
- Terraform, Docker
- AWS certification preferred`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['IE'],
    mentions: ['Python', 'Kubernetes', 'Deployment pipelines', 'Docker'],
  },
  {
    id: 'tech-004',
    title: 'QA Engineer',
    company: 'Cobaltline Software',
    location: 'Pune, India',
    format: 'text',
    body: `We are looking for a QA Engineer to join our Bengaluru and Pune quality team.

Responsibilities
- Write and maintain automated test suites with Selenium and Playwright
- Own regression testing for monthly releases
- Test REST APIs with Postman
- Report defects clearly and work with developers to fix them

Requirements
- 3+ years in software testing
- JavaScript or Java for automation
- Git, Jenkins`,
    tail: ['benefitsIn'],
    role: null,
    countries: ['IN'],
    mentions: ['APIs', 'Java', 'Git', 'Deployment pipelines'],
  },
  {
    id: 'tech-005',
    title: 'Full Stack Developer',
    company: 'Mosaic Media Group',
    location: 'Manchester',
    countryHints: ['United Kingdom'],
    format: 'html',
    body: `# About the role
Build the websites and CMS tools our editors use to publish 2,000 stories a day.
- Develop features in JavaScript (Node.js, React) and PHP
- Write clean APIs for our mobile apps
- Use Git and code review every day
# About you
- 3+ years of web development
- Experience with Docker is a bonus`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['APIs', 'Git', 'Docker'],
  },
  {
    id: 'tech-006',
    title: 'DevOps Engineer',
    company: 'Apothea Pharma Ltd',
    location: 'Hyderabad, India',
    format: 'div',
    body: `# Job purpose
Automate build, test and release of our validated manufacturing applications.
# Responsibilities
- Maintain Jenkins and GitLab CI deployment pipelines
- Build Docker images and manage Kubernetes clusters on Azure
- Script in Python and PowerShell
# Skills
- Git, Docker, Kubernetes, Terraform
- Azure certifications (AZ-104 / AZ-400) preferred`,
    tail: ['benefitsIn'],
    role: null,
    countries: ['IN'],
    mentions: ['Deployment pipelines', 'Docker', 'Kubernetes', 'Python', 'Git'],
  },
  {
    id: 'tech-007',
    title: 'Security Engineer',
    company: 'Larkspur Bank',
    location: 'London, United Kingdom',
    format: 'escaped',
    body: `# What you'll do
- Secure our cloud platform and container workloads
- Review designs and threat-model new services
- Automate detections in Python
- Harden Kubernetes clusters and Docker images
# What you'll need
- Experience in cloud security (AWS or Azure)
- Knowledge of OWASP and secure coding in Java or JavaScript
- CISSP or similar certification is desirable`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Python', 'Kubernetes', 'Docker', 'Java'],
  },
  {
    id: 'tech-008',
    title: 'Software Engineer, Embedded',
    company: 'Voltara Motors',
    location: 'Detroit, MI',
    format: 'html',
    body: `# Responsibilities
- Write embedded C and C++ for battery management and motor control units
- Develop hardware-in-the-loop test benches
- Participate in design reviews and ISO 26262 safety analysis
# Requirements
- BS in electrical or computer engineering
- 3+ years of embedded software experience
- Experience with CAN, AUTOSAR and Git`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['C++', 'Git'],
  },
  {
    id: 'tech-009',
    title: 'Solutions Architect, Data & AI',
    company: 'Quillstack',
    location: 'Singapore',
    format: 'html',
    body: `# What you'll do
- Help customers in South-East Asia design data and AI platforms on Quillstack
- Run proofs of concept with Apache Spark, Kafka and our managed Kubernetes
- Compare our platform with AWS SageMaker, Vertex AI and Azure Machine Learning for customers
# What you bring
- 7+ years in solutions architecture or consulting
- Hands-on Python
- Excellent presentation and communication skills
- Google Cloud certified or AWS certified professionals are encouraged to apply`,
    tail: ['eeoUs'],
    role: null,
    countries: ['SG'],
    mentions: ['Apache Spark', 'Kafka', 'Kubernetes', 'AWS SageMaker', 'Google AI Platform', 'Microsoft Azure ML', 'Python', 'Communication'],
  },
  {
    id: 'tech-010',
    title: 'Platform Engineer',
    company: 'Basketly',
    location: 'Berlin',
    countryHints: ['DE'],
    format: 'escaped',
    body: `# Your role
Build the internal platform that 300 engineers use to ship every day.
- Run Kubernetes clusters on GCP with Terraform
- Improve CI/CD so that deployment pipelines are fast and safe
- Support teams running Kafka and PostgreSQL
# Your profile
- Go or Python
- Docker, Helm, Argo CD
- Regression testing of infrastructure changes is familiar to you`,
    tail: ['benefitsDe', 'eeoDe'],
    role: null,
    countries: ['DE'],
    mentions: ['Kubernetes', 'Deployment pipelines', 'Kafka', 'Python', 'Docker'],
  },
  {
    id: 'tech-011',
    title: 'Software Engineer II',
    company: 'Meridian Mutual Insurance',
    location: 'Remote - US',
    format: 'div',
    body: `# What you'll do
- Build and maintain Java and Spring Boot services for policy administration
- Create REST APIs consumed by our mobile app
- Write unit and regression tests
# What you'll need
- 2+ years of Java
- Familiarity with Git, Docker and Jenkins`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Java', 'APIs', 'Git', 'Docker', 'Deployment pipelines'],
  },
  {
    id: 'tech-012',
    title: 'Engineering Manager, Data Platform',
    company: 'Cobaltline Software',
    location: 'Austin, Texas',
    format: 'html',
    body: `# The role
Lead the team of Data Engineers that runs our warehouse, pipelines and streaming platform.
- Hire, coach and grow a team of seven
- Own the roadmap for our Spark and Kafka platform
- Work with Data Scientists and Business Intelligence Analysts who use the platform
# You have
- 3+ years managing engineers
- A background in data engineering (Python, Java or Scala)`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'DS', 'BIA', 'Python', 'Java'],
  },
  {
    id: 'tech-013',
    title: 'Technical Writer',
    company: 'Northwind Labs',
    location: 'Remote, US',
    format: 'html',
    body: `# What you'll do
- Write guides and references for our public APIs and CLI
- Work with engineers to document new features before launch
- Keep docs in Git and review pull requests
# What you bring
- 3+ years of technical writing for developers
- Ability to read JavaScript, Python or Go code samples
- Excellent written communication`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['APIs', 'Git', 'Python', 'Communication'],
  },
  {
    id: 'tech-014',
    title: 'Mobile Engineer (iOS)',
    company: 'Telnova',
    location: 'Sydney, Australia',
    format: 'escaped',
    body: `# What you'll do
- Build features for the Telnova app in Swift and SwiftUI
- Integrate with our account and billing APIs
- Improve crash rates and app start time
# What you bring
- 4+ years of iOS development
- Knowledge of Xcode Cloud and Git`,
    tail: [],
    role: null,
    countries: ['AU'],
    mentions: ['APIs', 'Git'],
  },
  {
    id: 'tech-015',
    title: 'IT Support Technician',
    company: 'St. Columba Health System',
    location: 'Akron, OH',
    format: 'text',
    body: `Provides first and second line support to clinical and administrative staff.

Duties:
- Install and troubleshoot desktops, printers and clinical devices
- Resolve tickets in ServiceNow
- Support Microsoft 365 and Windows 11

Requirements:
- Associate degree or equivalent experience
- CompTIA A+ certification preferred
- Good customer service and communication skills`,
    tail: ['eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 'tech-016',
    title: 'Sales Engineer, AI Platform',
    company: 'Heliograph AI',
    location: 'London, UK',
    format: 'html',
    body: `# What you'll do
- Run technical discovery and demos for enterprise prospects
- Build proofs of concept in Python against our APIs
- Answer security questionnaires with our security team
# What you bring
- 4+ years as a sales engineer or solutions engineer
- Familiarity with LLMs, embeddings and retrieval
- Experience with AWS or Azure; AWS certification is a plus`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Python', 'APIs'],
  },
  {
    id: 'tech-017',
    title: 'Database Administrator',
    company: 'Westmark Transit Authority',
    location: 'Tacoma, WA',
    format: 'div',
    body: `# Duties
- Administer Oracle and SQL Server databases for fare collection and scheduling systems
- Plan backups, patching and disaster recovery tests
- Tune queries and support developers
# Qualifications
- Five years of DBA experience
- Scripting in PowerShell or Python`,
    tail: ['eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Python'],
  },
  {
    id: 'tech-018',
    title: 'Research Engineer',
    company: 'Heliograph AI',
    location: 'Berlin, Germany; Remote (EU)',
    format: 'html',
    body: `# About the role
Research Engineers build the training and evaluation infrastructure our researchers depend on.
- Scale distributed PyTorch training to thousands of GPUs
- Build model evaluation pipelines for new benchmarks
- Profile and optimise C++ and CUDA kernels
# You have
- Strong Python and software engineering skills
- Experience with large-scale distributed systems, Docker and Kubernetes`,
    tail: ['benefitsDe', 'eeoUs'],
    role: null,
    countries: ['DE'],
    mentions: ['PyTorch', 'Model evaluation', 'C++', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 'tech-019',
    title: 'Java Developer',
    company: 'Mastercard',
    location: 'Pune, Maharashtra, India',
    format: 'escaped',
    body: `# Role
- Build high-throughput services for transaction switching in Java 17 and Spring
- Work with Kafka, Oracle and Redis
- Write automated tests including regression testing suites
# All about you
- 5+ years of Java development
- Exposure to Docker and Kubernetes
- Good problem-solving skills`,
    tail: ['eeoUs'],
    role: null,
    countries: ['IN'],
    mentions: ['Java', 'Kafka', 'Docker', 'Kubernetes', 'Problem-solving'],
  },
  {
    id: 'tech-020',
    title: 'Systems Engineer - Network Automation',
    company: 'Ericsson',
    location: 'Plano, Texas',
    format: 'html',
    body: `# What you will do
- Automate configuration of 5G core networks with Python and Ansible
- Develop tooling against vendor APIs
- Run network functions as containers on Kubernetes
# You will bring
- Telecom networking background (IP, MPLS, 5G core)
- Python, Git, Docker`,
    tail: ['eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Python', 'APIs', 'Kubernetes', 'Git', 'Docker'],
  },
  {
    id: 'tech-021',
    title: 'C# .NET Developer',
    company: 'Hartwell & Rowe',
    location: 'Leeds, West Yorkshire',
    countryHints: ['GB'],
    format: 'text',
    body: `Join our e-commerce engineering team working on the checkout and order management platform.

You will:
- Build services in C# and .NET 8
- Write SQL Server stored procedures
- Deploy through Azure DevOps pipelines

You have:
- 3+ years of C# development
- Experience with JavaScript and TypeScript on the front end`,
    tail: ['benefitsUk', 'eeoUk'],
    role: null,
    countries: ['GB'],
    mentions: ['Deployment pipelines'],
  },
  {
    id: 'tech-022',
    title: 'Product Manager, Payments',
    company: 'Tallyrand Pay',
    location: 'New York, NY',
    format: 'html',
    body: `# What you'll do
- Own the roadmap for card acceptance in North America
- Work with engineering, risk and partnerships
- Define metrics and track them in Looker
# What you bring
- 4+ years of product management in payments or fintech
- Strong business acumen
- Comfortable reading SQL`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Business acumen'],
  },
  {
    id: 'tech-023',
    title: 'Cloud Engineer',
    company: 'Civic Digital Office',
    location: 'Wellington, New Zealand',
    format: 'escaped',
    body: `# About the role
Build and run the government's shared cloud landing zones.
- Infrastructure as code with Terraform
- Container platforms on Kubernetes
- Identity and network security
# Skills
- AWS or Azure certified (Associate level or higher)
- Python or PowerShell scripting`,
    tail: [],
    role: null,
    countries: ['NZ'],
    mentions: ['Kubernetes', 'Python'],
  },
  {
    id: 'tech-024',
    title: 'Software Engineer, Machine Learning Infrastructure',
    company: 'Mosaic Media Group',
    location: 'Los Angeles, CA',
    format: 'html',
    body: `# What you'll do
- Build the feature store and model serving layer used by our recommendation teams
- Run Ray and Spark jobs on Kubernetes
- Integrate MLflow model registry with our deployment pipelines
# What you bring
- Python and Java or Go
- Experience with Docker and Kubernetes in production`,
    tail: ['pay', 'benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Apache Spark', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Python', 'Java', 'Docker'],
  },
  {
    id: 'tech-025',
    title: 'Scrum Master',
    company: 'Kaufladen24 GmbH',
    location: 'Leipzig, Deutschland',
    format: 'html',
    body: `# Deine Aufgaben
- Du begleitest zwei Entwicklungsteams als Scrum Master
- Du moderierst Sprint-Planungen, Reviews und Retrospektiven
- Du förderst kontinuierliche Verbesserung und Zusammenarbeit
# Dein Profil
- Mehrjährige Erfahrung als Scrum Master
- Zertifizierung als PSM I oder CSM
- Sehr gute Kommunikationsfähigkeit auf Deutsch und Englisch`,
    tail: ['benefitsDe', 'eeoDe'],
    role: null,
    countries: ['DE'],
    mentions: ['Communication'],
  },
  {
    id: 'tech-026',
    title: 'Data Platform Engineer (R&D Tools)',
    company: 'Veridia Therapeutics',
    location: 'Boston, MA',
    format: 'div',
    body: `# About the role
Build the data systems that our R&D scientists use to store and analyse lab results.
- Develop Python services and APIs for instrument data
- Maintain our R&D data lake and its Spark jobs
- Package tools with Docker
# Qualifications
- 3+ years of software or data engineering
- Python, SQL, Git`,
    tail: ['benefitsUs', 'eeoUs'],
    role: null,
    countries: ['US'],
    mentions: ['Python', 'APIs', 'Apache Spark', 'Docker', 'Git'],
  },
  {
    id: 'tech-027',
    title: 'Machine Learning Platform Engineer',
    company: 'SAP',
    location: 'Bangalore, Karnataka, India',
    format: 'escaped',
    body: `# What you'll build
- Services for training and serving models on Kubernetes
- Integrations with Kubeflow and KServe
- Monitoring for model quality in production
# What you bring
- Go, Python or Java
- Docker and Kubernetes
- Understanding of TensorFlow and PyTorch model formats`,
    tail: ['eeoUs'],
    role: 'MLE', // an ML platform engineer is the MLOps engineer under another name (role.ts)
    countries: ['IN'],
    mentions: ['Kubernetes', 'Kubeflow', 'Python', 'Java', 'Docker', 'TensorFlow', 'PyTorch', 'Model evaluation'],
  },
  {
    id: 'tech-028',
    title: 'Robotics Software Engineer',
    company: 'BMW Group',
    location: 'Spartanburg, South Carolina',
    format: 'html',
    body: `# Your tasks
- Program and optimise robots in the body shop
- Develop offline simulation of robot paths
- Develop software tools in C++ and Python for robot data analysis
# Your profile
- Degree in mechatronics, robotics or electrical engineering
- Experience with KUKA or FANUC robots
- Team spirit and problem-solving skills`,
    tail: ['eeoUs'],
    role: 'ROBO',
    countries: ['US'],
    mentions: ['C++', 'Python', 'Problem-solving'],
  },
  {
    id: 'tech-029',
    title: 'Solutions Engineer (Pre-Sales)',
    company: 'Cobaltline Software',
    location: 'Sydney NSW 2000',
    format: 'text',
    body: `Help finance teams in Australia and New Zealand see what Cobaltline can do.

- Lead demos and workshops
- Build custom integrations with our APIs and Excel add-in
- Partner with Account Executives on deals

You bring 3+ years of pre-sales experience with SaaS finance products and strong presentation skills. Experience with Power BI or Tableau reporting is helpful.`,
    tail: [],
    role: null,
    countries: ['AU'],
    mentions: ['APIs', 'Power BI', 'Tableau'],
  },
  {
    id: 'tech-030',
    title: 'Game Developer',
    company: 'Mosaic Media Group',
    location: 'Montréal, QC',
    format: 'html',
    body: `# Your role
Build casual mobile games for our TV brands.
- Gameplay programming in C++ and C# (Unity)
- Work closely with artists and designers
- Profile and optimise on low-end Android devices
# You have
- A portfolio of shipped games
- Git and code review habits`,
    tail: [],
    role: null,
    countries: ['CA'],
    mentions: ['C++', 'Git'],
  },
];
