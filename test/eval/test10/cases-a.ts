// Test-set (test10) postings, part A: 36 English postings from fictional employers in the US, UK, India,
// Canada, Australia, Singapore and Germany. 24 titles are among the ten roles in varied wordings; 12 are not
// (analyst, engineering, nursing, retail, laboratory and trade jobs), and their bodies may still name tools.
// About a third of the employers describe themselves at the end of the posting, and about a quarter say what
// they do without naming their industry.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a company made for one sector's
// businesses is in that sector, and null beats a wrong sector.
//
// Role decisions follow the earlier sets: "Decision Scientist" is Data Scientist, "Applied Scientist" and a
// machine-learning "Research Scientist" are AI Research Scientist, "ML Platform Engineer" and "MLOps Engineer"
// are Machine Learning Engineer, "BI Developer" is Business Intelligence Analyst, a "Perception Engineer
// (Computer Vision)" is Computer Vision Engineer; "Analytics Engineer", "Data Analyst", "Model Risk Analyst",
// "Medical Laboratory Scientist" and "Lecturer in Data Science" are none of the ten (null).
//
// Mention decisions: colleagues' roles named in the body are role mentions, and "applied scientists" named as
// colleagues (t10-a-08) are AI Research Scientist by the same mapping as the title rule; CNNs, transformers,
// conformers and graph neural networks are Neural networks; XGBoost, LightGBM, random forests and gradient
// boosting are Decision trees; GLMs and logistic regression are Regression; A/B tests are Hypothesis testing,
// store trials alone would not be; data quality checks or tests, and fixing gaps and duplicates, are Data
// cleaning; GitHub, GitLab and Git are Git; CI/CD, Jenkins, GitHub Actions and Azure DevOps pipelines are
// Deployment pipelines; "Looker Studio" is Google Data Studio under its newer name (t10-a-15); serving models
// behind REST APIs is APIs; dashboards in a BI tool name the tool, not Visualization. A university teaching
// "careers as data scientists and data engineers" names both roles (t10-a-36). The Singapore marketplace
// (t10-a-04) serves Malaysia and Indonesia but the job is in Singapore only.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

/** Greenhouse sends `content` as entity-escaped HTML; this writes a Greenhouse body as the board sends it. */
function greenhouse(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const TEST10_A: HoldoutCase[] = [
  {
    id: 't10-a-01',
    title: 'Staff Machine Learning Engineer, Payments Risk',
    company: 'Fernhollow Pay',
    location: 'Austin, TX',
    locations: ['Remote - US'],
    format: 'raw',
    // Greenhouse content: escaped HTML, intro and conclusion divs, the employer described at the end.
    body: greenhouse(
      `<div class="content-intro"><p><em>This role can be based in our Austin office or remote anywhere in the United States.</em></p></div><h3><strong>The role</strong></h3><p>Every card payment that runs through Fernhollow gets a risk score in under 80 milliseconds. As the Staff Machine Learning Engineer on Payments Risk, you will own the models and the scoring service behind that number, and you will decide what "good enough" means before a new model touches real money.</p><h3><strong>What you&rsquo;ll do</strong></h3><ul><li>Design and ship fraud and chargeback models built on gradient-boosted trees (XGBoost), from feature pipelines to online serving</li><li>Build streaming features from transaction and device events on Kafka</li><li>Set the standard for how we evaluate models offline and in shadow mode, and track their precision and loss rates after launch</li><li>Track experiments and model versions in MLflow; ship services in Docker containers on Kubernetes</li><li>Mentor engineers and partner closely with our data scientists and dispute analysts</li></ul><h3><strong>What you bring</strong></h3><ul><li>8+ years of software engineering, 4+ of them running machine learning in production</li><li>Expert Python; Go or Java is a plus</li><li>Experience with fraud, credit or other adversarial problems where the other side adapts</li><li>Comfortable sharing an on-call rotation for a service that never sleeps</li></ul><h3><strong>Compensation</strong></h3><p>The base salary range for this role is $205,000&nbsp;&ndash;&nbsp;$245,000 plus equity. Final offers depend on location, skills and experience. We also offer medical, dental and vision coverage with 100% of premiums paid for employees, a 401(k) with a 4% match, 16 weeks of paid parental leave and a $1,200 yearly learning budget.</p><div class="content-conclusion"><p><strong>About Fernhollow</strong></p><p>Fernhollow helps 60,000 independent restaurants, caf&eacute;s and food trucks take card and tap payments, get their money the next morning and borrow against future sales when the walk-in fridge breaks. We move more than $14 billion a year for owners who would rather be cooking than reconciling.</p><p>Fernhollow is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, marital status, veteran status or disability. We will consider qualified applicants with arrest and conviction records in accordance with applicable law.</p></div>`,
    ),
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Decision trees', 'Feature engineering', 'Kafka', 'Model evaluation', 'MLflow', 'Docker', 'Kubernetes', 'DS', 'Python', 'Java'],
  },
  {
    id: 't10-a-02',
    title: 'Decision Scientist – Pricing & Range',
    company: 'Wattlegrove Markets',
    location: 'Parramatta NSW 2150',
    countryHints: ['AU'],
    format: 'html',
    body: `# Who we are
Wattlegrove feeds three million households a week from 140 neighbourhood stores across New South Wales and Queensland, and our vans bring the weekly shop to another 90,000 doorsteps. We are still owned by the Barrett family, who opened the first store in Orange in 1964.
# The role
Our Decision Science team tells category managers what a price change, a new range or a loyalty offer will really do, and then checks whether it did.
- Design store trials and online A/B tests for prices, promotions and loyalty offers, and say so plainly when a change did not work
- Build demand and uplift models with regression and gradient boosting
- Estimate causal effects where a clean test is not possible
- Present recommendations to category managers and the executive team
# About you
- A degree in statistics, econometrics or a similar field, and 3+ years of applied work
- Fluent in Python or R, and SQL
- Comfortable with probability and experimental design
- Commercial instinct: you know what a point of margin is worth
# What's in it for you
- Salary $125,000 – $145,000 plus superannuation and an annual incentive
- 10% team member discount, rising to 15% after two years
- Hybrid work from our Parramatta support office
We welcome applications from Aboriginal and Torres Strait Islander people, people with disability, people from culturally and linguistically diverse backgrounds and LGBTQI+ people. Tell us if you need adjustments at any stage of the process.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Hypothesis testing', 'Regression', 'Decision trees', 'Communication', 'Python', 'R', 'Probability', 'Business acumen'],
  },
  {
    id: 't10-a-03',
    title: 'Applied Scientist II, Speech Recognition',
    company: 'Vaakya Labs',
    location: 'Bengaluru, Karnataka',
    locations: ['Hyderabad, Telangana'],
    countryHints: ['IN'],
    format: 'raw',
    // Lever posting: description divs, then each list as an <h3> and <ul>, then the "additional" block.
    body: `<div>We are looking for a scientist to push the accuracy of our speech recognition in Indian languages and in code-mixed speech, where a caller switches from Kannada to English in the middle of a sentence.</div><div><br></div><div><b>About Vaakya</b></div><div>Vaakya Labs builds speech and language APIs that other companies put inside their own products: banks use them in phone menus, hospitals for dictation, delivery firms for driver check-ins. We serve 400 customers in 11 languages and transcribe two billion minutes of audio a year.</div><div><br></div><h3>What you will do</h3><ul><li>Train and fine-tune transformer and conformer acoustic models in PyTorch on tens of thousands of hours of audio</li><li>Design test sets for each language and dialect and track word error rate before any model is released</li><li>Work with our ML engineers to make models fast enough for streaming on CPUs</li><li>Publish at Interspeech or ICASSP when the work is ready</li></ul><h3>What we look for</h3><ul><li>A PhD, or a Master's with research experience, in speech or language processing</li><li>Strong Python, and C++ for inference code</li><li>A solid grounding in probability and linear algebra</li><li>Speaking at least one Indian language besides English is a plus</li></ul><div>Hybrid: three days a week in our Bengaluru or Hyderabad office. Health insurance that covers your parents, ESOPs for every employee and a yearly conference budget.</div><div>Vaakya Labs is an equal opportunity employer and does not discriminate on the basis of gender, caste, religion, disability or sexual orientation.</div>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'MLE', 'Python', 'C++', 'Probability', 'Linear algebra'],
  },
  {
    id: 't10-a-04',
    title: 'Senior Data Engineer, Marketplace',
    company: 'Kampong Cart',
    location: 'Singapore',
    format: 'double',
    body: `# The role
Every order on Kampong Cart passes through thirty services before it reaches a doorstep. You will build the pipelines behind seller payouts, search ranking and the numbers our leadership reads every Monday.
# What you'll do
- Build batch and streaming pipelines with Apache Spark and Kafka on AWS
- Model the warehouse tables that analysts and data scientists use every day, with tests and documentation
- Write data quality checks that catch broken seller feeds before they reach a report
- Orchestrate jobs with Airflow and deploy them through GitHub Actions
- Review code and mentor two data engineers
# What we're looking for
- 5+ years in data engineering; strong Python and SQL, Scala or Java welcome
- Experience moving off Hadoop is useful, not required
- Docker and Kubernetes in day-to-day work
# What we offer
- Flexible benefits budget of S$2,500 a year, and a monthly shopping credit
- 20 days of annual leave plus your birthday off
- Hybrid work from our office at one-north
# About Kampong Cart
Kampong Cart is the marketplace where nine million shoppers in Singapore, Malaysia and Indonesia buy groceries, electronics and everything in between from 45,000 independent sellers.
We are an equal opportunity employer and consider all applicants regardless of race, religion, age, gender or disability. Only shortlisted candidates will be notified.`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['SG'],
    mentions: ['Apache Spark', 'Kafka', 'DS', 'Data cleaning', 'Deployment pipelines', 'Git', 'DE', 'Python', 'Java', 'Hadoop', 'Docker', 'Kubernetes'],
  },
  {
    id: 't10-a-05',
    title: 'Perception Engineer (Computer Vision) – Camera & Lidar',
    company: 'Isarlauf Autonomy GmbH',
    location: 'Garching bei München, Germany',
    format: 'escaped',
    body: `# About us
Isarlauf Autonomy builds the self-driving system for hub-to-hub freight trucks. Our trucks have covered three million autonomous kilometres on German and Austrian motorways with a safety driver on board, and our first driverless routes open next year.
# Your tasks
- Develop 3D object detection and tracking from camera and lidar with CNNs and vision transformers
- Train models in PyTorch on our GPU cluster and export them with TensorRT for the in-vehicle computer
- Build benchmarks for night, rain and tunnel scenes and measure detection accuracy on them
- Write production C++17 for the perception stack
# Your profile
- MSc or PhD in computer vision, robotics or a related field
- Python and C++; Git and Docker in daily use
- Working language is English; German is a plus
# What we offer
- 30 days of vacation, a Deutschlandticket and a company pension scheme
- Relocation support and visa help for you and your family
- An office next to the U6, with a test track 20 minutes away
We value diversity and welcome all applications regardless of gender, nationality, ethnic and social origin, religion, disability, age, sexual orientation and identity.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python', 'Git', 'Docker'],
  },
  {
    id: 't10-a-06',
    title: 'Senior NLP Engineer – Customer Care AI',
    company: 'Tembusu Telecom',
    location: 'Singapore',
    format: 'div',
    body: `# The role
Two million customers message us every month about bills, roaming charges and slow home broadband. You will build the language models that understand those messages and pass the hard ones to the right person.
# About Tembusu
Tembusu Telecom runs Singapore's third-largest mobile network and a fibre broadband service for 700,000 homes. Our 1,900 people work in our retail shops, contact centres and network operations centre in Paya Lebar.
# What you'll do
- Fine-tune and evaluate intent classification and retrieval models on English, Malay, Mandarin and Singlish chat logs
- Build answers grounded in our policy documents with LLM APIs, with guardrails against made-up answers
- De-duplicate and clean chat transcripts and mask personal data before any training run
- Deploy models as APIs on Azure ML and Kubernetes
- Share results with care-centre managers in plain language
# What you'll need
- 4+ years of NLP work in industry
- Python and the Hugging Face libraries, with PyTorch or TensorFlow
- A degree in computer science, linguistics or a related field
# Benefits
Free mobile and broadband plan, medical and dental coverage, 21 days of annual leave and a yearly training allowance.
Tembusu Telecom is an equal opportunity employer. Only shortlisted candidates will be contacted.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['SG'],
    mentions: ['Model evaluation', 'Data cleaning', 'APIs', 'Microsoft Azure ML', 'Kubernetes', 'Communication', 'Python', 'PyTorch', 'TensorFlow'],
  },
  {
    id: 't10-a-07',
    title: 'BI Developer (Power BI)',
    company: 'Harrowdale Borough Council',
    location: 'Harrowdale Town Hall, Greater Manchester',
    countryHints: ['GB'],
    format: 'text',
    body: `# About us
Harrowdale Borough Council provides services to 240,000 residents: bin collections, libraries, council tax, housing and adult social care. Our Insight and Performance team makes sure decisions are made on good information.
# The role
You will build and look after the Power BI reports that social care, housing and revenues teams use every day, and help us move away from spreadsheets emailed round on a Friday.
- Build Power BI reports and data models on our SQL Server data warehouse, with well-written DAX
- Automate refreshes and retire manual Excel returns
- Visualise trends in waiting lists and homelessness for councillors and the public
- Explain what the numbers can and cannot show to service managers
- Work with our data engineer and two performance analysts
# Person specification
- Proven experience building Power BI reports in a production setting
- Strong SQL
- Experience with Azure Data Factory is desirable
# Salary and benefits
Grade 9: £38,220 – £41,771 per annum. Local Government Pension Scheme, 27 days' annual leave rising to 32, hybrid working and a cycle-to-work scheme.
Harrowdale Borough Council is a Disability Confident Leader and guarantees an interview to disabled applicants who meet the essential criteria. We are committed to safeguarding; this post is subject to a basic DBS check.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Power BI', 'Visualization', 'Communication', 'DE'],
  },
  {
    id: 't10-a-08',
    title: 'Senior Product Manager, Machine Learning',
    company: 'Quillfeather',
    location: 'Toronto, ON',
    locations: ['New York, NY'],
    format: 'double',
    body: `# What you'll own
Quillfeather reads a contract so our customers don't have to: it pulls out parties, renewal dates and payment terms, and warns when a clause looks unusual. You will own the roadmap for these machine learning features.
- Define success metrics and evaluation criteria for each model with our applied scientists and ML engineers
- Run A/B tests on new features and decide what ships from the results
- Write clear specs and communicate trade-offs to the leadership team
- Build the business case for each feature: pricing, cost to serve and how it moves renewals
# What you have
- 5+ years of product management, 2+ on machine learning products
- Enough technical depth to read a Python notebook and ask good questions about it
- Experience with B2B software sold to legal or finance teams is a plus
# Compensation
Toronto: CAD 170,000 – 200,000. New York: USD 190,000 – 225,000. Plus equity, health and dental coverage, and four weeks of vacation.
# About Quillfeather
Quillfeather makes the document platform that 12,000 companies use to draft, sign and store their contracts, from law firms to hospitals to hardware stores.
Quillfeather is committed to equal employment opportunity and provides accommodations for applicants with disabilities on request.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['CA', 'US'],
    mentions: ['Model evaluation', 'ARS', 'MLE', 'Hypothesis testing', 'Communication', 'Business acumen', 'Python'],
  },
  {
    id: 't10-a-09',
    title: 'Robotics Software Engineer – Motion Planning',
    company: 'Gripworks Robotics',
    location: 'Pittsburgh, PA',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacers, a long US equal-opportunity paragraph.
    body: `<p><b>About Gripworks</b></p><p>Our arms pick two million items a day out of totes in warehouses across North America, from phone cases to bags of dog food. We design the grippers, build the arms in our own plant on the Allegheny River, and write every line of software that runs them.</p><p>&nbsp;</p><p><b>Job Description</b></p><p>The Motion team decides how an arm gets from the tote to the box without dropping, crushing or hitting anything. You will write the planners that make every pick faster.</p><ul><li>Develop motion planning and control software in modern C++ on ROS 2</li><li>Train grasping policies with reinforcement learning in simulation and carry them over to real cells</li><li>Write Python tooling for simulation, log replay and analysis</li><li>Ship code through our Jenkins pipelines to 900 robots in the field, packaged in Docker</li></ul><p><b>Required Qualifications</b></p><ul><li>BS or MS in robotics, computer science or mechanical engineering</li><li>3+ years of C++ in production</li><li>Strong linear algebra and 3D geometry</li></ul><p><b>Preferred Qualifications</b></p><ul><li>Experience with MoveIt, Drake or a similar planning framework</li></ul><p>&nbsp;</p><p>Pay range: $135,000 - $170,000 per year. Medical, dental and vision coverage, a 401(k) with a 5% company match and paid parental leave.</p><p>Gripworks Robotics is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, pregnancy, sexual orientation, gender identity, national origin, age, protected veteran status, disability or any other characteristic protected by federal, state or local law. If you need a reasonable accommodation to complete your application, please contact our People team.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['C++', 'Reinforcement learning', 'Python', 'Deployment pipelines', 'Docker', 'Linear algebra'],
  },
  {
    id: 't10-a-10',
    title: 'Deep Learning Specialist – Digital Pathology',
    company: 'Cherwell Histology AI',
    location: 'Oxford, Oxfordshire',
    countryHints: ['GB'],
    format: 'html',
    body: `# About us
Cherwell Histology AI builds software that helps pathologists read biopsy slides. Our prostate and breast products are used in 60 NHS and European hospital laboratories and have been reviewed by more than 300 consultant pathologists.
# The role
- Train CNNs and vision transformers on gigapixel whole-slide images with PyTorch
- Curate and clean annotation sets with our pathologists, and remove slides with scanning faults
- Validate models against pathologists' reads for our UKCA and CE submissions
- Visualise model attention with Matplotlib so pathologists can see why a region was flagged
- Write efficient tiling and augmentation code with NumPy
# About you
- PhD or equivalent experience in deep learning for images
- Excellent Python; Docker is helpful
- Experience in a regulated medical device setting is a plus
# Benefits
£75,000 – £95,000, share options, private medical insurance, 28 days' holiday plus bank holidays and a 6% matched pension.
Cherwell Histology AI is an equal opportunities employer and welcomes applicants from all backgrounds.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Visualization', 'Matplotlib', 'NumPy', 'Python', 'Docker'],
  },
  {
    id: 't10-a-11',
    title: 'ML Platform Engineer',
    company: 'Dadar Mercantile Bank',
    location: 'Mumbai, Maharashtra, India',
    format: 'escaped',
    body: `# The role
Our credit-scoring and anti-money-laundering models decide which loans are approved and which payments are stopped. You will run the platform they are trained and served on.
# Responsibilities
- Operate our model platform on Kubernetes: Kubeflow Pipelines for training, MLflow as the model registry
- Build CI/CD for models with Jenkins and GitLab
- Serve scoring models behind REST APIs with agreed latency targets
- Help data scientists move from notebooks to reproducible pipelines
- Set up monitoring and alerting for every production model
# Requirements
- 4+ years in platform, DevOps or ML engineering
- Python, Docker and Kubernetes; Terraform is a plus
- Familiarity with RBI guidelines on IT outsourcing and data localisation is an advantage
# Benefits
Group medical cover for your family, concessional home loan rates, leave travel allowance and a retirement gratuity.
# About us
Dadar Mercantile Bank has served Maharashtra and Goa since 1947. Our 310 branches hold the savings of four million customers and lend to small manufacturers, traders and farmers.
Dadar Mercantile Bank is an equal opportunity employer.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['Kubernetes', 'Kubeflow', 'MLflow', 'Deployment pipelines', 'Git', 'APIs', 'DS', 'Python', 'Docker'],
  },
  {
    id: 't10-a-12',
    title: 'Data Scientist II – Clinical Operations',
    company: 'Saint Ottilie Health',
    location: 'Milwaukee, WI',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacers, the employer after the role summary.
    body: `<p><b>Position Summary</b></p><p>The Clinical Operations Analytics team helps our hospitals plan beds, staff and discharges. As a Data Scientist II you will build the models that tell charge nurses which patients are likely to go home tomorrow.</p><p>&nbsp;</p><p><b>About Saint Ottilie Health</b></p><p>Saint Ottilie Health is a Catholic, not-for-profit health system of eight hospitals, 70 clinics and a home health agency serving southeastern Wisconsin. Our 19,000 caregivers see more than a million patients a year.</p><p>&nbsp;</p><p><b>Responsibilities</b></p><ul><li>Predict length of stay, readmissions and no-shows with logistic regression and random forests</li><li>Pull and clean data from Epic Clarity and our scheduling systems</li><li>Present findings to nursing and operations leaders, and help them act on them</li><li>Maintain the Tableau workbooks that unit managers check each morning</li></ul><p><b>Qualifications</b></p><ul><li>Master's degree in statistics, data science or a related field, or a Bachelor's with 4 years of experience</li><li>R or Python, including scikit-learn or tidymodels</li><li>SQL</li></ul><p>&nbsp;</p><p>Pay range: $92,000 - $121,000 annually. Benefits include medical, dental, vision, a 403(b) with employer match, tuition assistance and paid time off.</p><p>Saint Ottilie Health is an Equal Opportunity/Affirmative Action employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Data cleaning', 'Communication', 'Tableau', 'R', 'Python', 'Scikit-learn'],
  },
  {
    id: 't10-a-13',
    title: 'Senior Data Engineer – Smart Metering',
    company: 'Severnlight',
    location: 'Bristol',
    countryHints: ['GB'],
    format: 'div',
    body: `# Who we are
Severnlight keeps the lights and the heating on in 1.4 million homes across the South West and Wales. Most of them now have a smart meter that tells us, every half hour, how much they use.
# The job
- Ingest half-hourly meter reads with Kafka and Apache Spark on Databricks
- Find and fix gaps, duplicates and impossible readings before bills are calculated
- Build pipelines in Python and dbt, kept in Git and released through Azure DevOps pipelines
- Give our data scientists clean, documented data for demand forecasting and tariff design
# You'll need
- 5+ years of data engineering
- Strong Python and SQL
- Experience with streaming data at scale
# What we offer
- £70,000 – £82,000, a 10% bonus and an 8% pension contribution
- 30 days' holiday plus bank holidays
- Hybrid working from our Temple Quay office
We're committed to building a team that reflects the customers we serve and welcome applications from everyone.`,
    role: 'DE',
    sector: null,
    countries: ['GB'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'Python', 'Git', 'Deployment pipelines', 'DS'],
  },
  {
    id: 't10-a-14',
    title: 'MLOps Engineer',
    company: 'Tallowmere',
    location: 'Remote (EU)',
    format: 'raw',
    // Ashby descriptionHtml: <h2> headings, <p> inside <li>, empty min-height spacer paragraphs.
    body: `<h2>About the role</h2><p>Our code suggestions now run on models we host ourselves. We need an engineer who makes them fast, cheap and boring to operate.</p><p style="min-height:1.7em"></p><h2>What you'll do</h2><ul><li><p>Run GPU inference for our models on Kubernetes, and cut its cost per request</p></li><li><p>Build the harness that evaluates every new model on our benchmark suite before release</p></li><li><p>Package training and serving jobs with Docker and ship them through GitHub Actions</p></li><li><p>Write tooling in Python for dataset versioning and rollbacks</p></li></ul><p style="min-height:1.7em"></p><h2>What we're looking for</h2><ul><li><p>3+ years operating production systems, at least one of them serving models</p></li><li><p>Terraform and a major cloud</p></li></ul><p style="min-height:1.7em"></p><h2>Where you'll work</h2><p>We hire anywhere in the European Union. You need the right to work in an EU country; we do not sponsor visas.</p><h2>About Tallowmere</h2><p>Tallowmere makes the code review and test tools that 3,000 engineering teams use to ship software safely. We are 85 people, fully remote, and profitable.</p><p>Tallowmere is an equal opportunity employer.</p>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: [],
    mentions: ['Kubernetes', 'Model evaluation', 'Docker', 'Deployment pipelines', 'Git', 'Python'],
  },
  {
    id: 't10-a-15',
    title: 'Business Intelligence Analyst – Merchandising',
    company: 'Muskoka Outfitters',
    location: 'Calgary, AB',
    format: 'text',
    body: `# About us
Muskoka Outfitters sells tents, paddles, boots and jackets online to campers and climbers across Canada, and runs four flagship stores in Calgary, Vancouver, Toronto and Halifax.
# What you'll do
- Own the Tableau dashboards our buyers and planners use to decide what to reorder
- Automate the weekly sales, margin and inventory reports with SQL and Python
- Maintain Looker Studio reports on web traffic for the e-commerce team
- Present insights at the weekly trading meeting
# What you bring
- 2+ years in BI or reporting, ideally in retail
- Strong SQL; working Python
- Commercial sense: sell-through, margin and weeks of cover mean something to you
# Perks
$78,000 – $92,000, 30% staff discount, a gear-testing allowance and health and dental benefits from day one.
Muskoka Outfitters is an equal opportunity employer. Accommodations are available on request throughout the hiring process.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['Tableau', 'Python', 'Google Data Studio', 'Communication', 'Business acumen'],
  },
  {
    id: 't10-a-16',
    title: 'Research Scientist, Machine Learning for Weather Prediction',
    company: 'Equatorial Weather Research Institute',
    location: 'Singapore',
    format: 'html',
    body: `# About the Institute
The Equatorial Weather Research Institute is an independent, non-profit research institute. We study tropical storms, monsoon rainfall and urban heat, and we share our forecasts and code openly with weather services across Southeast Asia.
# The position
- Develop data-driven weather models, including graph neural networks and transformers, trained on decades of reanalysis data
- Implement them in PyTorch or JAX and scale them on our GPU cluster
- Evaluate forecasts against rain gauges and radar with standard skill scores
- Publish in peer-reviewed journals and work closely with our meteorologists
# Requirements
- PhD in machine learning, atmospheric science, applied mathematics or a related field
- Strong Python
- Command of calculus, linear algebra and probability
# Terms
Two-year contract, renewable. Competitive salary, medical benefits and a relocation allowance.
The Institute welcomes applications from all qualified candidates.`,
    role: 'ARS',
    sector: null,
    countries: ['SG'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Python', 'Calculus', 'Linear algebra', 'Probability'],
  },
  {
    id: 't10-a-17',
    title: 'Senior Data Scientist – Network Planning',
    company: 'Bluegum Telecom',
    location: 'Melbourne, VIC',
    locations: ['Sydney, NSW'],
    countryHints: ['AU'],
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter, company description last.
    body: `<p><strong>Job Description</strong></p><p>Where should the next 5G site go, and which ones need more capacity before the footy finals? Our planners answer that with your models.</p><ul><li>Forecast traffic per cell site with time-series models and gradient boosting</li><li>Cluster sites by how and when they are used</li><li>Work with five billion network records a day in Apache Spark on Databricks</li><li>Visualise coverage gaps and forecasts on maps for radio planning engineers</li></ul><p><strong>Qualifications</strong></p><ul><li>5+ years in data science</li><li>Python with pandas and PySpark; geospatial experience welcome</li><li>A degree in statistics, engineering or a related field</li></ul><p><strong>Additional Information</strong></p><p>Hybrid work, 16 weeks' paid parental leave, discounted mobile and internet plans and salary packaging. We are happy to talk about flexible hours.</p><p><strong>Company Description</strong></p><p>Bluegum Telecom runs a 4G and 5G mobile network that reaches 98% of Australians and sells home internet to 1.1 million households. We are proud to be an equal opportunity employer and welcome applications from Aboriginal and Torres Strait Islander peoples.</p>`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Decision trees', 'Clustering', 'Apache Spark', 'Visualization', 'Python', 'Pandas'],
  },
  {
    id: 't10-a-18',
    title: 'Computer Vision Engineer – Kerbside Sensing',
    company: 'Curbline Civic',
    location: 'Denver, CO',
    format: 'double',
    body: `# Who we are
Curbline helps 40 city governments know what is happening at the kerb: who is parked, for how long, and where the delivery vans stop. Cities use our sensors and software to set loading zones, enforce time limits and cut double parking.
# What you'll do
- Train object detection and vehicle classification CNNs in PyTorch that never read a licence plate
- Optimise models for NVIDIA Jetson devices with TensorRT
- Measure accuracy across snow, glare and night scenes before each release
- Blur faces and plates on the device, so no personal data leaves the pole
# What you bring
- 3+ years of computer vision in production
- C++ and Python, OpenCV and Docker
- Experience with edge devices
# Pay and benefits
$140,000 – $165,000, equity, medical, dental and vision, a 401(k) and an RTD EcoPass.
Curbline Civic is an equal opportunity employer.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python', 'Docker'],
  },
  {
    id: 't10-a-19',
    title: 'Data Engineer II',
    company: 'Cottonwood Health Plan',
    location: 'Omaha, NE',
    format: 'escaped',
    body: `# Position summary
You will build the pipelines that bring claims, eligibility and pharmacy data together, so our teams can see what care members receive and what it costs.
# Who we are
Cottonwood pays for the doctor visits, hospital stays and prescriptions of 900,000 members across Nebraska, Iowa and Kansas. We have been member-owned since 1938.
# Responsibilities
- Build ELT pipelines into Snowflake with dbt and Airflow
- Write data quality tests for every feed and fix what they catch
- Keep code in Git and deploy through our CI pipeline
- Partner with actuaries and BI analysts on the data they need
- Protect member data under HIPAA
# Qualifications
- 3+ years of data engineering
- Python and SQL
- Health plan or claims data experience preferred
# Benefits
Salary $98,000 – $118,000. Medical, dental and vision coverage, a 401(k) with a 6% match, and 25 days of PTO.
Cottonwood Health Plan is an equal opportunity employer, including individuals with disabilities and protected veterans.`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Data cleaning', 'Git', 'Deployment pipelines', 'BIA', 'Python'],
  },
  {
    id: 't10-a-20',
    title: 'Lead Data Scientist, Credit Risk',
    company: 'Thistledown Lending',
    location: 'London',
    locations: ['Edinburgh'],
    countryHints: ['GB'],
    format: 'html',
    body: `# The role
You will lead a team of four data scientists who decide who we lend to, how much and at what price.
- Build application and behavioural scorecards with logistic regression and gradient boosting
- Engineer features from open banking transactions and bureau data
- Backtest and validate models, and present them to the credit committee and our model risk reviewers
- Explain individual decisions with SHAP so customers get a clear reason
# About you
- 7+ years in credit risk modelling, including people leadership
- Python with scikit-learn and LightGBM
- Knowledge of FCA consumer duty and IFRS 9
# What we offer
£110,000 – £130,000, a bonus of up to 20%, private medical insurance, 30 days' holiday and hybrid working from London or Edinburgh.
# About Thistledown
Thistledown Lending lends to 400,000 people across the UK, from personal loans for a new boiler to finance for a first car. We are authorised and regulated by the Financial Conduct Authority.
Thistledown is an equal opportunities employer and welcomes applications from all backgrounds.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Scikit-learn'],
  },
  {
    id: 't10-a-21',
    title: 'Machine Learning Engineer – Demand Forecasting',
    company: 'Deccan Crisp Foods',
    location: 'Hyderabad, Telangana, India',
    format: 'div',
    body: `# About us
Our three plants in Telangana and Andhra Pradesh fry, season and pack two million packets of chips and namkeen every day, and 1,200 distributors take them to 400,000 kirana shops.
# Your role
- Build demand forecasting models for every product and distributor with LightGBM
- Engineer features from promotions, festivals, weather and school holidays
- Put models into production on Azure ML with Docker, and track runs with MLflow
- Measure forecast accuracy every week with the planning team
# What you bring
- 3+ years of ML engineering
- Python with pandas and NumPy
- Experience with supply chain or FMCG data is a plus
# Benefits
Medical insurance for your family, a yearly bonus, subsidised canteen meals and a product hamper at Diwali.
Deccan Crisp Foods is an equal opportunity employer.`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['Decision trees', 'Feature engineering', 'Microsoft Azure ML', 'Docker', 'MLflow', 'Model evaluation', 'Python', 'Pandas', 'NumPy'],
  },
  {
    id: 't10-a-22',
    title: 'NLP Engineer (APS 6)',
    company: 'Office of Carer Payments',
    location: 'Adelaide SA 5000',
    countryHints: ['AU'],
    format: 'text',
    body: `# The opportunity
Carers write to us every day: letters, emails and web forms about payments, changes in care and hardship. You will build the models that read this correspondence and route it to the right team, so urgent cases are answered first.
# About us
The Office of Carer Payments is a Commonwealth agency that supports 600,000 Australians who care for a family member or friend.
# What you'll do
- Fine-tune transformer models for classification and entity extraction with Hugging Face and PyTorch
- Evaluate accuracy and fairness across payment types and languages before release
- Deploy models as APIs inside our secure environment
- Keep code in Git and document decisions for audit
- Work with our data scientists and privacy officers
# Eligibility
You must be an Australian citizen and able to obtain a Baseline security clearance.
# Salary
APS 6: $95,800 – $108,300 plus 15.4% superannuation.
We value diversity and encourage applications from Aboriginal and Torres Strait Islander people, people with disability and people of all ages.`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'APIs', 'Git', 'DS'],
  },
  {
    id: 't10-a-23',
    title: 'Senior Product Manager – AI Assistant',
    company: 'Hearthwire',
    location: 'London',
    locations: ['Manchester'],
    countryHints: ['GB'],
    format: 'raw',
    // Lever posting: description divs, lists as <h3> and <ul>, the employer in the closing block.
    body: `<div>Our app answers questions about bills, outages and upgrades for three million customers. You will own the AI assistant inside it.</div><div><br></div><h3>What you'll do</h3><ul><li>Set the roadmap for the assistant and decide which questions it should answer and which it hands to an agent</li><li>Define evaluation criteria and guardrails with our NLP engineers</li><li>Run A/B tests on answer styles and measure the effect on repeat contacts</li><li>Communicate progress and trade-offs to the executive team</li><li>Own the business case: what each answered question saves in cost to serve</li></ul><h3>What you'll bring</h3><ul><li>5+ years of product management, including a conversational or AI product</li><li>Comfortable with data and with reading experiment results</li></ul><div><br></div><div><b>About Hearthwire</b></div><div>Hearthwire brings full-fibre broadband, mobile and landline to homes across the North of England. We dig our own network, and we answer our own phones in Manchester and Leeds.</div><div>Salary &pound;90,000 &ndash; &pound;105,000, bonus, 28 days' holiday and free broadband. Hearthwire is an equal opportunities employer.</div>`,
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Model evaluation', 'NLP_ENG', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't10-a-24',
    title: 'Robotics Engineer (Drain Inspection)',
    company: 'Urban Conduits Agency',
    location: 'Singapore',
    format: 'escaped',
    body: `# About us
The Urban Conduits Agency is the statutory board that plans, builds and maintains Singapore's drains, canals and deep tunnel sewers.
# What you will do
- Develop crawler and tethered robots that inspect sewer tunnels too deep or too narrow for people
- Write navigation and SLAM software in C++ on ROS 2, and test tools in Python
- Integrate CNN-based crack and corrosion detection from our computer vision engineers
- Plan field trials with our maintenance crews at night
# Requirements
- Degree in mechanical, electrical or robotics engineering
- 2+ years building field robots
- Willing to work in confined spaces after safety training
# Benefits
Flexible benefits, medical coverage and a professional development scheme. Only shortlisted candidates will be notified.`,
    role: 'ROBO',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['C++', 'Python', 'Neural networks', 'CVE'],
  },
  {
    id: 't10-a-25',
    title: 'Actuarial Analyst – Individual Life Pricing',
    company: 'Laurentide Mutual Life',
    location: 'Waterloo, ON',
    format: 'html',
    body: `# About us
Laurentide Mutual Life has insured Canadian families since 1887. We offer term and whole life insurance and annuities to 1.2 million policyholders, and we are owned by them.
# Your role
- Run mortality and lapse experience studies with generalised linear models in R
- Update pricing assumptions and support new product launches
- Automate valuation checks in Python
- Communicate results to the pricing committee in clear memos
# Your profile
- Bachelor's degree in actuarial science, mathematics or statistics
- Progress toward the FSA or ACAS designation, with at least three exams passed
- Good Excel and some programming experience
# What we offer
Paid study time and exam fees, a defined-benefit pension, health and dental coverage and a hybrid schedule.
Laurentide Mutual Life is committed to diversity and inclusion and offers accommodation on request.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Regression', 'R', 'Python', 'Communication'],
  },
  {
    id: 't10-a-26',
    title: 'Registered Nurse – Medical/Surgical (Nights)',
    company: 'Juniper Ridge Medical Center',
    location: 'Flagstaff, AZ',
    format: 'raw',
    // Workday jobDescription: <p><b> headings and &nbsp; spacers, the employer described at the end.
    body: `<p><b>Job Summary</b></p><p>Join our 32-bed medical/surgical unit as a night-shift Registered Nurse. You will care for adult patients after surgery and with complex medical conditions, working with physicians, pharmacists and therapists.</p><p>&nbsp;</p><p><b>Responsibilities</b></p><ul><li>Assess, plan and deliver nursing care for a group of four to five patients</li><li>Give medications and monitor their effects</li><li>Document care in the electronic health record</li><li>Teach patients and families before discharge</li></ul><p><b>Requirements</b></p><ul><li>Active Arizona or compact RN license</li><li>BLS certification; ACLS within six months of hire</li><li>One year of acute care experience preferred</li></ul><p>&nbsp;</p><p>Shift: 7p&ndash;7a, three nights a week, every third weekend. Pay: $41.50 &ndash; $58.20 per hour plus a night differential. Sign-on bonus available.</p><p><b>About Juniper Ridge</b></p><p>Juniper Ridge Medical Center is a 210-bed regional hospital and Level II trauma center serving northern Arizona and the Navajo Nation. We offer medical, dental and vision coverage, a 403(b) with match, tuition reimbursement and relocation assistance.</p><p>Juniper Ridge Medical Center is an Equal Opportunity Employer and does not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't10-a-27',
    title: 'Store Manager',
    company: 'Holloway & Finch Chemists',
    location: 'Norwich, Norfolk',
    countryHints: ['GB'],
    format: 'div',
    body: `# About us
Holloway & Finch is a family-owned chain of 96 pharmacies across East Anglia. Our stores dispense prescriptions, give flu jabs and travel vaccines, and sell everything from sun cream to baby milk.
# The role
- Lead a team of 14, including dispensers and healthcare assistants, alongside the store's pharmacist
- Hit sales, margin and service targets, using our weekly Power BI store reports to plan staffing and stock
- Keep the store safe, clean and compliant with GPhC standards
- Recruit, train and develop your team
# About you
- Experience managing a retail store, ideally in pharmacy or health and beauty
- A calm, organised leader
# Rewards
£34,000 – £38,000, a quarterly bonus, 20% staff discount and a pension.
Holloway & Finch is an equal opportunities employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Power BI'],
  },
  {
    id: 't10-a-28',
    title: 'Senior Software Engineer, Backend (Time & Attendance)',
    company: 'Peoplegrid',
    location: 'Pune, Maharashtra, India',
    locations: ['Singapore'],
    format: 'raw',
    // Greenhouse content: escaped HTML, the employer in the conclusion div.
    body: greenhouse(
      `<h3><strong>What you&rsquo;ll do</strong></h3><p>Our Time &amp; Attendance product records shifts, leave and overtime for 2.5 million workers. You will build the backend services behind it.</p><ul><li>Design and build microservices in Java and Kotlin</li><li>Publish and consume events on Kafka</li><li>Design REST APIs used by our mobile app and by customers&rsquo; own systems</li><li>Run services in Docker on Kubernetes on AWS</li><li>Review code on GitHub and keep our CI/CD pipelines green</li></ul><h3><strong>What you bring</strong></h3><ul><li>6+ years of backend development</li><li>Strong Java; Kotlin is a plus</li><li>Experience with PostgreSQL and distributed systems</li></ul><h3><strong>Benefits</strong></h3><p>Health insurance for you and your family, ESOPs, a learning budget and flexible hours.</p><div class="content-conclusion"><p><strong>About Peoplegrid</strong></p><p>Peoplegrid makes HR software for growing companies in Asia: hiring, onboarding, time tracking and performance reviews in one place. 4,000 companies use it, from restaurant groups to software firms.</p><p>Peoplegrid is an equal opportunity employer.</p></div>`,
    ),
    role: null,
    sector: SECTOR.IT,
    countries: ['IN', 'SG'],
    mentions: ['Java', 'Kafka', 'APIs', 'Docker', 'Kubernetes', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't10-a-29',
    title: 'Data Analyst – Network & Revenue',
    company: 'Coralwing Airways',
    location: 'Brisbane QLD 4000',
    countryHints: ['AU'],
    format: 'text',
    body: `# The role
Help us decide where to fly, how often, and at what fares. You will turn booking data into advice our network planners act on.
# About us
We fly 38 aircraft to 27 destinations across Queensland, the Northern Territory and the Pacific Islands, and carry 3.5 million passengers a year.
# What you'll do
- Analyse bookings, load factors and fares with SQL and Python (pandas)
- Build simple regression models to estimate how demand responds to price
- Maintain Tableau dashboards for the revenue team
- Present insights to network planning each fortnight
# About you
- Degree in a quantitative field
- 2+ years in an analyst role
# Benefits
Staff travel for you and your family, salary $90,000 – $100,000 plus super.
We are an equal opportunity employer.`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Python', 'Pandas', 'Regression', 'Tableau', 'Communication'],
  },
  {
    id: 't10-a-30',
    title: 'Field Service Technician – Fibre Installs',
    company: 'Tamarack Fibre',
    location: 'Truro, NS',
    countryHints: ['CA'],
    format: 'text',
    body: `# Who we are
We bring gigabit internet to 200 rural towns in Nova Scotia and New Brunswick, and we run the lines ourselves.
# The job
- Install drops from the pole or pedestal to the home, and set up the modem and Wi-Fi
- Splice and test fibre with OTDR and power meters
- Troubleshoot service calls and leave every customer online
- Keep your truck and tools in good order
# What you need
- Valid Class 5 driver's licence and a clean abstract
- Comfortable working at heights and in all weather
- Fibre splicing experience is an asset; we train the right people
# What we offer
$27 – $34 per hour, a company truck, overtime, health and dental benefits and RRSP matching.
Tamarack Fibre is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't10-a-31',
    title: 'Maintenance Technician – Night Shift (English-speaking team)',
    company: 'Rheinhalde Verpackungswerke GmbH',
    location: 'Duisburg, Germany',
    format: 'escaped',
    body: `# About us
Rheinhalde Verpackungswerke makes corrugated boxes and food trays on 14 production lines in Duisburg. Our night team keeps the lines running for customers across the Rhine-Ruhr region.
# Your tasks
- Preventive and corrective maintenance on corrugators, die-cutters and folder-gluers
- Fault-finding on Siemens S7 PLCs, drives and pneumatics
- Record work orders and spare parts in SAP PM
- Support line changeovers with the shift leader
# Your profile
- Completed vocational training as an industrial mechanic, mechatronics technician or electrician
- Experience in continuous production
- Good English; German is a plus, and we pay for courses
# We offer
Shift allowances, 30 days' holiday, a company pension and a bike-leasing scheme.
We welcome applications regardless of gender, nationality, origin, religion, disability, age or sexual identity.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: [],
  },
  {
    id: 't10-a-32',
    title: 'Analytics Engineer',
    company: 'Loomhaven',
    location: 'Brooklyn, NY',
    format: 'double',
    body: `# The role
Turn raw order, inventory and web data into tables that everyone trusts, from the buyers to the finance team.
- Build and own dbt models on Snowflake
- Write tests that catch duplicate orders, missing SKUs and late feeds
- Keep models in Git and deploy through our CI pipeline
- Work with our data scientist on demand forecasts and with merchandisers on reporting in Looker
- Script what needs scripting in Python
# You have
- 3+ years in analytics engineering or a similar role
- Excellent SQL
# Pay and benefits
$120,000 – $140,000, a 40% employee discount, medical, dental and vision coverage and a 401(k).
# About Loomhaven
Loomhaven designs its own knitwear and sells it only in our 22 shops and at loomhaven.com. Every sweater is made by partner mills we visit twice a year.
Loomhaven is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'Python'],
  },
  {
    id: 't10-a-33',
    title: 'Medical Laboratory Scientist – Haematology',
    company: 'Northfield Veterinary Diagnostics',
    location: 'Guelph, ON',
    format: 'html',
    body: `# Who we are
We run the blood, urine and tissue tests that 1,800 veterinary clinics across Ontario send us overnight, so a vet can call a worried dog owner with results the next morning.
# The role
- Perform complete blood counts, blood smear reviews and coagulation tests
- Run quality control and maintain haematology analysers
- Flag critical results to the duty veterinary pathologist
- Record results in our laboratory information system
# Requirements
- MLT diploma or a BSc in medical laboratory science
- CMLTO registration, or eligibility
- Experience with animal samples is an asset; we will train you
# What we offer
Shift premiums, health and dental benefits, a pet care allowance and paid continuing education.
Northfield Veterinary Diagnostics is an equal opportunity employer.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't10-a-34',
    title: 'Model Risk Analyst (Validation)',
    company: 'Niddatal Bank AG',
    location: 'Frankfurt am Main, Germany',
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter, company description last.
    body: `<p><strong>Job Description</strong></p><p>Our Model Risk team checks every model the bank uses to lend, price and hold capital. You will validate them independently.</p><ul><li>Validate PD and LGD models built with logistic regression and gradient boosting</li><li>Backtest models and build challenger models in Python or R</li><li>Write validation reports and present findings to the model risk committee</li><li>Follow ECB and EBA expectations on internal models</li></ul><p><strong>Qualifications</strong></p><ul><li>Master's degree in statistics, mathematics, economics or a related field</li><li>2+ years in risk modelling or validation</li><li>Fluent English; German is an advantage</li></ul><p><strong>Additional Information</strong></p><p>30 days' holiday, a company pension, a job ticket and hybrid work.</p><p><strong>Company Description</strong></p><p>Niddatal Bank AG finances mid-sized companies in Germany and Austria: working capital, equipment loans and trade finance for 9,000 businesses. We are supervised by BaFin and the Bundesbank. We welcome applications regardless of gender, nationality, origin, religion, disability, age or sexual identity.</p>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['DE'],
    mentions: ['Model evaluation', 'Regression', 'Decision trees', 'Python', 'R', 'Communication'],
  },
  {
    id: 't10-a-35',
    title: 'Warehouse Shift Supervisor',
    company: 'Cinder Road Logistics',
    location: 'Memphis, TN',
    format: 'div',
    body: `# The role
Lead a second-shift team of 25 associates receiving, storing and shipping freight in our 600,000 sq ft building near the airport.
# About us
Cinder Road stores and ships for 60 brands: appliances, tyres, medical supplies and outdoor furniture. Trucks leave our docks for every state east of the Rockies.
# Responsibilities
- Plan labour for each shift and assign associates to receiving, picking and loading
- Track productivity and accuracy on our Power BI dashboards and act on what you see
- Coach, train and hold associates accountable
- Enforce safety rules for forklifts and dock work
# Qualifications
- 2+ years leading a warehouse team
- Forklift certification, or willingness to get it
# Pay
$24 – $28 per hour, shift differential, medical, dental and vision coverage, and a 401(k).
Cinder Road Logistics is an equal opportunity employer and a drug-free workplace.`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Power BI'],
  },
  {
    id: 't10-a-36',
    title: 'Lecturer in Data Science (English-taught programmes)',
    company: 'Corvale University of Applied Sciences',
    location: 'Berlin, Germany',
    format: 'double',
    body: `# About us
Corvale University of Applied Sciences is a state-recognised private university with 4,500 students from 90 countries. Our bachelor's and master's programmes are taught in English.
# Your tasks
- Teach inferential statistics, hypothesis testing and machine learning with Python and scikit-learn
- Supervise bachelor's and master's theses
- Prepare students for careers as data scientists and data engineers through projects with partner companies
- Contribute to curriculum development and accreditation
# Your profile
- PhD in statistics, computer science or a related field
- Teaching experience at university level
- Professional experience outside academia is welcome
# We offer
A permanent contract after probation, a teaching load of 18 hours a week, 30 days' holiday and a budget for conferences.
We value diversity and welcome all applications regardless of gender, nationality, ethnic and social origin, religion, disability, age, sexual orientation and identity.`,
    role: null,
    sector: null,
    countries: ['DE'],
    mentions: ['Hypothesis testing', 'Python', 'Scikit-learn', 'DS', 'DE'],
  },
];
