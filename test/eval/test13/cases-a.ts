// test13, half A: 36 held-out English postings (t13-a-01 … t13-a-36), written and labelled for this set only.
//
// Composition
// - Countries: US 7, CA 6, AU 6, IE 5, SG 5, GB 4, IN 4 (t13-a-11 is SG+AU, t13-a-25 is US+CA); t13-a-27 is
//   "Remote" with no place named → [].
// - Roles: 24 postings with seed roles — MLE 3 (01, 11, 22), DS 3 (02, 12, 23), ARS 2 (03, 21), DE 3 (04, 13, 24),
//   CVE 2 (05, 14), NLP_ENG 2 (06, 15), BIA 3 (07, 16, 17), AIPM 2 (08, 18), ROBO 2 (09, 19), DLS 2 (10, 20);
//   12 with role null (25 software engineer, 26 data analyst, 27 analytics engineer, 28 ICU nurse, 29 assistant
//   store manager, 30 credit risk analyst, 31 process engineer, 32 transport planner, 33 truck driver,
//   34 medical laboratory scientist, 35 pastry chef, 36 management accountant).
// - Sectors: FIN 5, HEALTH 5, RETAIL 4, IT 4, AUTO 4, PUBLIC 4, TELCO 3, null 7.
// - Formats: raw 12 (Greenhouse content, entity-escaped as the board sends it, 01, 18; Lever 03, 13; Workday 05, 11, 19; JSON-LD 07;
//   SmartRecruiters 10, 24; Teamtailor 17; Personio 22), html 6, div 5, escaped 4, double 3, text 6.
// - Board industry field on 6: 08, 16, 20, 27, 29, 33.
//
// Sector calls
// - 01 grocery-delivery app where households order from local grocers → RETAIL (marketplace for goods).
// - 05 builds inspection cells for car plants' lines → AUTO (systems made for factories).
// - 06 electronic medical record vendor → HEALTH. 10 radiology AI software → HEALTH.
// - 08 fraud/scam scoring sold to banks and credit unions → FIN although the board's industry says
//   "Software Development" (vendor made for one sector).
// - 09 maker of robotic pick-and-place cells for food producers → AUTO (maker of machines/robots).
// - 11 diversified group (ports, hotels, property, convenience stores); the hiring unit is Group Technology serving
//   all of them → null (conglomerate, no single business unit).
// - 13 recruiter whose client is only "a venture-backed scale-up" → null.
// - 14 traffic cameras and signal-timing software sold to city transport departments → PUBLIC.
// - 16 voluntary hospital group; it says what it is only in a closing paragraph, plus industry field → HEALTH.
// - 17 tower company leasing sites to wireless carriers → TELCO.
// - 18 CRM / customer-messaging SaaS used across industries → IT. 25 help-desk SaaS → IT.
// - 19 maker of surgical robots → HEALTH (medical devices), not AUTO.
// - 20 IT services company serving many industries → IT.
// - 23, 32 government agency / shire council → PUBLIC.
// - 26 airline → null. 33 freight haulier for many industries → null (logistics). 34 veterinary reference lab →
//   null (vets). 35 hotel → null. 36 electricity and gas generator/retailer → null (energy).
// - 27 employer never describes itself; the board's industry field "Financial Services" and the card/ledger/deposit
//   work decide → FIN.
// - 31 biscuit bakery, described only through what it ships → AUTO (food maker).
//
// Role calls
// - 11 "MLOps Engineer" → MLE. 12 "Decision Scientist" → DS. 15 "Conversational AI Engineer (NLP)" → NLP_ENG.
// - 16 "Power BI Developer" → BIA; 17 "BI Analyst" → BIA. 18 "Product Manager – AI Platform" → AIPM.
// - 19 "Robotics Software Engineer" → ROBO. 21 "Applied Scientist II" → ARS. 03 "Research Scientist" (AI lab) → ARS.
// - 26 Data Analyst, 27 Analytics Engineer, 30 Credit Risk Analyst, 34 Medical Laboratory Scientist → null.
//
// Mention calls
// - A role is listed only where the body names it (title alone is not a mention): 09, 14, 15 and 18 do not name
//   their own role in the body, so it is not listed; 16 names "Power BI Developer" → BIA; 11 "MLOps Engineer" → MLE.
// - "GitHub Actions" alone (01, 25) → Deployment pipelines only, not Git; 13 and 24 also name GitHub for code → Git.
// - 04 "Azure" data services is the cloud, not Microsoft Azure ML; 22 "Azure Machine Learning" → Microsoft Azure ML.
// - 04 "Azure data engineering certification" and 11 "AWS certification preferred" are generic → no certification.
//   10 names the TensorFlow Developer Certificate → CERT_TF; 20 names Google Professional Machine Learning Engineer.
// - 20 Vertex AI → Google AI Platform; 12 and 27 Looker Studio → Google Data Studio.
// - 05 TF Lite → TensorFlow; 04 PySpark → Apache Spark; 22 scikit-learn/pandas/NumPy listed as tools.
// - Traps not labelled: Kubernetes cluster (01, 20), "cluster of four hospitals" (16), image segmentation (05, 10),
//   regression test suites (19), R&D (21, 34), "spark conversations"/"spark change" (12, 31), Julia Brennan (02) and
//   Julia Tan (35), Daniel Watson (15), JavaScript (24, 25), pay band "R3" (29), "go-live"/"Go" (01, 05, 33), Excel.
// - "Ship product features" (18, 25) is not Feature engineering; "feature store" (11) alone is not either.
// - 03 the company's own API product is not API work for the hire → no APIs.
// - 02 quarterly review of model performance with actuaries → Model evaluation; Tableau views alone → no Visualization.
// - 07, 17, 30 "charts" → Visualization; 16 "visualisations" → Visualization; dashboards alone (29) → none.
// - 26 and 31, 36: Power BI named as part of non-technical jobs → Power BI.
// - 28 "adapt quickly when priorities change" → Adaptability; 34 phoning critical results to clinics → Communication.
// - 33 and 35 have no taxonomy mentions.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST13_A: HoldoutCase[] = [
  {
    id: 't13-a-01',
    title: 'Senior Machine Learning Engineer, Search & Ranking',
    company: 'Bramblecart',
    location: 'Toronto, ON, Canada',
    format: 'raw',
    body: `&lt;p&gt;&lt;strong&gt;About Bramblecart&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Bramblecart is the app 2.1 million households across Ontario, Quebec and BC use to order groceries from the independent grocers, butchers and bakeries in their own neighbourhood, usually in under an hour.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;The role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Search is where most baskets begin. As a Senior Machine Learning Engineer on Search &amp;amp; Ranking you will own the models that decide which of 400,000 products a shopper sees first, from candidate retrieval through to the final re-ranker.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;What you'll do&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;Train and ship learning-to-rank models (LightGBM today, with a two-tower neural retrieval model in flight) in Python and PyTorch&lt;/li&gt;&lt;li&gt;Build features from basket history, store inventory and substitution signals, and keep the feature store honest&lt;/li&gt;&lt;li&gt;Run offline evaluation (NDCG, recall@k) and design A/B tests with our experimentation team before anything reaches 100% of traffic&lt;/li&gt;&lt;li&gt;Package models with Docker and deploy them to our Kubernetes cluster through GitHub Actions&lt;/li&gt;&lt;li&gt;Partner with data scientists and product managers, and explain trade-offs to people who don't live in notebooks&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What you bring&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;5+ years building production ML systems, ideally in search, recommendations or ads&lt;/li&gt;&lt;li&gt;Strong Python; comfort reading Go or Java services is a bonus&lt;/li&gt;&lt;li&gt;You've debugged a model that looked great offline and flat online, and you know why it happened&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Compensation&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;The base salary range for this role is CAD $165,000 – $205,000, plus equity and benefits. Final offers depend on experience and level.&lt;/p&gt;
&lt;p&gt;Bramblecart is an equal opportunity employer. We welcome applicants of all backgrounds and will provide accommodations throughout the hiring process on request.&lt;/p&gt;`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['MLE', 'Python', 'PyTorch', 'Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation',
      'Hypothesis testing', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Java', 'DS', 'Communication'],
  },
  {
    id: 't13-a-02',
    title: 'Data Scientist II – Motor Claims',
    company: 'Ossory Mutual Assurance',
    location: 'Dublin 2, Ireland',
    format: 'html',
    body: `Ossory Mutual has insured Irish drivers, homes and farms since 1931, and it is still owned by its 240,000 members.

# About the team
The Claims Analytics team sits between our claims handlers, actuaries and fraud investigators. You'll report to Julia Brennan, Head of Claims Analytics, and work alongside two other data scientists and a data engineer.

# What you'll work on
- Building claim-severity and settlement-time models using GLMs and gradient boosting (we use both R and Python, and you should be comfortable in at least one)
- Designing significance tests to check whether changes to our triage process actually shortened claim cycles
- Reviewing model performance each quarter with the actuarial function and writing up the results for our model risk committee
- Turning findings into Tableau views that claims managers will actually open

# About you
- A degree in statistics, actuarial science, mathematics or a related subject
- 2-4 years' experience building predictive models, ideally in general insurance
- Commercial awareness: you understand that a model that saves €2 on a €9,000 claim isn't worth the change request
- Clear written and spoken communication

# What we offer
Salary €62,000–€74,000 depending on experience, 8% employer pension contribution, hybrid working (two days a week in our Dublin office), and 25 days' annual leave plus a day off for your birthday.

Ossory Mutual Assurance DAC is regulated by the Central Bank of Ireland.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['DS', 'DE', 'Regression', 'Decision trees', 'R', 'Python', 'Hypothesis testing', 'Model evaluation', 'Tableau',
      'Business acumen', 'Communication'],
  },
  {
    id: 't13-a-03',
    title: 'Research Scientist, Speech and Language',
    company: 'Halyard Reasoning Labs',
    location: 'London, United Kingdom',
    format: 'raw',
    body: `<div>Halyard Reasoning Labs is a 60-person AI company building foundation models for spoken language. Our models power transcription, voice agents and real-time translation for the developers and enterprises that license them through our API.</div><div><br></div><div>We are hiring a Research Scientist to join the speech team in King's Cross. You'll work on the questions that decide how well our next model generation listens: data mixture, tokenisation of audio, long-context modelling and evaluation.</div><h3>What you'll do</h3><ul><li>Design, run and analyse large-scale pre-training and fine-tuning experiments on transformer-based speech and text models</li><li>Explore reinforcement learning from human and automated feedback for spoken dialogue</li><li>Build evaluation suites that measure what users actually care about (word error rate across accents, latency, hallucination), not just leaderboard numbers</li><li>Work with our NLP engineers and infrastructure team to get research into production models</li><li>Publish when it makes sense, and present your work to the whole lab every few weeks</li></ul><h3>What we're looking for</h3><ul><li>PhD or equivalent research experience in machine learning, speech or NLP</li><li>Fluency in Python and PyTorch; JAX experience welcome</li><li>A track record of papers or open-source work you can talk us through</li><li>Genuine curiosity and the habit of keeping up with the research literature</li></ul><div>We offer a competitive salary and meaningful equity, private medical insurance, and relocation support to London. We sponsor visas.</div>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['ARS', 'Neural networks', 'Reinforcement learning', 'Model evaluation', 'NLP_ENG', 'Python', 'PyTorch',
      'Communication', 'Continuous learning'],
  },
  {
    id: 't13-a-04',
    title: 'Data Engineer (Azure) - Hybrid',
    company: 'Corella Fibre & Mobile',
    location: 'Melbourne VIC 3000',
    format: 'div',
    body: `Corella runs the fibre and 5G network behind 1.8 million homes and small businesses across Victoria and southern NSW, along with the retail brands they buy their plans from.

We're after a Data Engineer to join our Network Data squad. The squad builds the pipelines that move tower telemetry, outage tickets and usage records into the platform our network planners rely on every morning.

# What you'll be doing
- Building and maintaining batch and streaming pipelines on Azure (Data Factory, Event Hubs, Databricks) with PySpark
- Consuming network event streams from Kafka and landing them in our lakehouse
- Writing data quality checks so bad telemetry is caught before it reaches a planner's report
- Publishing curated tables that feed the Power BI reports used by our NOC and field teams
- Keeping everything in Git (Azure Repos) with CI/CD pipelines and peer review

# What you'll bring
- 3+ years as a data engineer
- Strong SQL and Python
- Experience with Azure data services (an Azure data engineering certification is nice to have, not essential)
- Ability to explain technical trade-offs to non-technical stakeholders
- A calm head when an outage hits at 2am (there's an on-call roster, one week in six, with an allowance)

# Why Corella
Hybrid working from our Southbank office, 16 weeks' paid parental leave, discounted plans on our network and salary packaging.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'Data cleaning', 'Power BI', 'Git', 'Deployment pipelines', 'Python',
      'Communication'],
  },
  {
    id: 't13-a-05',
    title: 'Computer Vision Engineer - Weld & Surface Inspection',
    company: 'Vyomika Inspection Systems',
    location: 'Pune, Maharashtra, India',
    countryHints: ['IN'],
    format: 'raw',
    body: `<p><b>About Vyomika</b></p><p>Vyomika designs and builds inline inspection cells for automotive and two-wheeler plants. Our camera stations sit on body-in-white and paint lines at more than 40 factories in India, Thailand and Mexico, and flag weld spatter, porosity and paint defects before a vehicle leaves the line.</p><p><b>Job Description</b></p><p>As a Computer Vision Engineer you will develop the detection models and the imaging pipeline that run on our edge controllers on the shop floor.</p><p><b>Key Responsibilities</b></p><ul><li>Develop and optimise CNN-based defect detection and segmentation models in PyTorch; convert them to TensorRT or TF Lite for our edge hardware</li><li>Write performant C++ for image acquisition and pre-processing, and Python for training and tooling</li><li>Measure precision and recall per defect class against plant-labelled ground truth and track drift after line changes</li><li>Support go-live at customer plants (travel up to 25%)</li><li>Work with mechanical and optics engineers on lighting and camera placement</li></ul><p><b>Qualifications</b></p><ul><li>B.E./B.Tech/M.Tech in Computer Science, Electronics or a related field</li><li>3–6 years in computer vision, ideally industrial</li><li>Solid grounding in linear algebra and camera geometry</li><li>Experience with Docker and Linux-based embedded targets</li></ul><p>Vyomika Inspection Systems Pvt. Ltd. is an equal opportunity employer.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'TensorFlow', 'C++', 'Python', 'Model evaluation', 'Linear algebra',
      'Docker'],
  },
  {
    id: 't13-a-06',
    title: 'NLP Engineer (Clinical Text)',
    company: 'Kelvara Clinical Software',
    location: 'Singapore',
    format: 'escaped',
    body: `Kelvara builds the electronic medical record used by 70 hospitals and polyclinics across Southeast Asia. Doctors write more than a million clinical notes in it every week, and most of what matters in those notes never reaches a structured field.

# The role
We're hiring an NLP Engineer to turn free-text notes, discharge summaries and referral letters into structured, coded data that clinicians can trust.

# You will
- Fine-tune transformer models for clinical entity recognition, negation detection and ICD-10 coding
- Clean and normalise messy clinical text: abbreviations, mixed English and Malay, copy-pasted templates
- Build evaluation sets with our clinical informaticists and report precision and recall per specialty
- Expose models to the EMR through internal REST APIs and package them in Docker
- Explain model behaviour to doctors and nurses in plain language

# You have
- 3+ years building NLP systems in Python
- Experience with Hugging Face or similar libraries
- Understanding of healthcare data privacy (PDPA, de-identification)
- Bonus: experience with medical terminologies such as SNOMED CT

We offer a competitive package, flexible hours and the chance to work on software clinicians use every day.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['SG'],
    mentions: ['NLP_ENG', 'Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'Docker', 'Communication', 'Python'],
  },
  {
    id: 't13-a-07',
    title: 'Business Intelligence Analyst II',
    company: 'Tamsett County',
    location: 'Port Alder, WA',
    format: 'raw',
    body: `<p><strong>Tamsett County — Department of Finance &amp; Budget</strong></p><p><strong>Salary:</strong> $78,412.80 – $99,870.40 Annually<br><strong>Job Type:</strong> Full-time, Represented<br><strong>Closing:</strong> Continuous</p><p><strong>Position Summary</strong></p><p>The Business Intelligence Analyst II builds and maintains the reporting that County departments use to manage budgets, permits, 911 call volumes and road maintenance. You will be the go-to person for turning data from our ERP, permitting system and computer-aided dispatch into reports that elected officials and department directors can read at a glance, so departments are empowered to manage their own numbers.</p><p><strong>Essential Functions</strong></p><ul><li>Develop, publish and maintain Power BI reports and data models; write DAX and SQL</li><li>Validate and reconcile source data, working with system owners to correct errors at the source</li><li>Create charts and maps for the annual budget book and the public open data portal</li><li>Present findings to the Board of Commissioners and department directors</li><li>Train staff to use self-service reports and maintain documentation</li></ul><p><strong>Minimum Qualifications</strong></p><ul><li>Bachelor's degree in information systems, public administration, statistics or a related field and three (3) years of related experience; OR an equivalent combination of education and experience</li><li>Advanced Excel skills</li><li>Valid Washington State driver's license</li></ul><p><strong>Desirable</strong></p><ul><li>Experience with Tableau or other BI platforms</li><li>Experience in local government</li></ul><p>Tamsett County is an Equal Opportunity Employer. Veterans' preference applies.</p>`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication', 'Tableau'],
  },
  {
    id: 't13-a-08',
    title: 'Senior AI Product Manager, Fraud Decisioning',
    company: 'Quillhaven Risk',
    location: 'New York, NY',
    industry: 'Software Development',
    format: 'html',
    body: `Quillhaven builds real-time fraud and scam scoring for banks and credit unions. Every time a customer of one of our 140 client institutions sends a wire, adds a payee or logs in from a new device, our models score the event in under 50 milliseconds.

# About the role
We're looking for a Senior AI Product Manager to own our authorized push payment (APP) scam product. You'll decide what the models should optimize for, which signals we take on, and how scores show up in our clients' case-management queues.

# Responsibilities
- Own the roadmap for scam detection models, working day to day with our data scientists and ML engineers
- Define success metrics with clients' fraud teams, including the precision/recall trade-off each bank is willing to accept
- Write clear product requirements and explain model decisions to bank risk committees and examiners
- Question assumptions in our own data: a chargeback label isn't always fraud
- Work with Sales and Customer Success on pricing and packaging

# Qualifications
- 6+ years of product management, with at least 3 on ML-driven products
- Experience in fraud, AML, payments or credit
- Enough technical depth to read a model evaluation report and ask the right questions
- Strong business sense: you can build the case for a feature in terms of fraud losses avoided and analyst hours saved
- Excellent written and verbal communication

Base salary $185,000 – $225,000 plus bonus and equity. Quillhaven is an equal opportunity employer.`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['AIPM', 'DS', 'MLE', 'Model evaluation', 'Communication', 'Critical thinking', 'Business acumen'],
  },
  {
    id: 't13-a-09',
    title: 'Robotics Engineer – Pick & Place (Graduate to Mid-level)',
    company: 'Gantry & Finch Automation',
    location: 'Eagle Farm QLD 4009',
    format: 'text',
    body: `Gantry & Finch designs and builds robotic pick-and-place and case-packing cells for food and beverage producers. We've installed more than 300 cells, from cheese plants in Tasmania to bakeries in Singapore, and every one of them is built in our Eagle Farm workshop.

# About the role
Our robotics team is growing. You'll work across motion planning, vision-guided picking and the HMI software operators use on the line, spending time in the workshop commissioning new cells and on customer sites when they go in.

# You'll need
- A degree in mechatronics, robotics, electrical or software engineering
- C++ and Python, and experience with ROS or ROS 2
- Solid linear algebra and calculus: kinematics, transforms and trajectory planning are daily work
- Some exposure to reinforcement learning or learned grasping would be nice but isn't required
- Familiarity with Git and code review
- A practical, hands-on approach to problem-solving on the factory floor
- A current Australian driver licence and willingness to travel interstate for installs (about four weeks a year)

# What we offer
- Salary $85k–$120k + super depending on experience
- Real ownership of cells that ship to real customers
- Friday lunch in the workshop

Apply with your CV and a short note about something you've built.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['AU'],
    mentions: ['C++', 'Python', 'Linear algebra', 'Calculus', 'Reinforcement learning', 'Git', 'Problem-solving'],
  },
  {
    id: 't13-a-10',
    title: 'Deep Learning Specialist — Chest CT',
    company: 'Lumenoc Imaging',
    location: 'Vancouver, British Columbia, Canada',
    format: 'raw',
    body: `<h2>Company Description</h2><p>Lumenoc Imaging develops FDA-cleared and Health Canada-licensed AI software that helps radiologists detect lung nodules, pulmonary embolism and rib fractures on CT. Our tools read more than 20,000 scans a day in 180 hospitals.</p><h2>Job Description</h2><p>We are looking for a Deep Learning Specialist to join the Algorithms team. You'll develop and validate the 3D segmentation and detection networks behind our next chest CT product.</p><ul><li>Design and train 3D CNN and vision-transformer models in PyTorch on multi-site CT data</li><li>Curate training data: deduplicate studies, correct mislabelled series and check DICOM metadata</li><li>Run standalone performance studies (sensitivity, specificity, FROC) to support regulatory submissions</li><li>Review failure cases with radiologists and present findings to the clinical and regulatory teams</li><li>Containerise models with Docker for deployment in hospital environments</li></ul><h2>Qualifications</h2><ul><li>MSc or PhD in computer science, biomedical engineering or a related field</li><li>3+ years training deep networks on medical or 3D imaging data</li><li>Strong Python; experience with MONAI, TensorFlow or PyTorch</li><li>The TensorFlow Developer Certificate or comparable evidence of practical skill is an asset</li><li>Experience working under ISO 13485 / IEC 62304 is a plus</li></ul><h2>Additional Information</h2><p>Salary range: CAD $120,000 – $150,000. Lumenoc offers extended health and dental, RRSP matching and a hybrid schedule. We encourage applications from people of all backgrounds.</p>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['DLS', 'Neural networks', 'PyTorch', 'TensorFlow', 'CERT_TF', 'Python', 'Data cleaning', 'Model evaluation',
      'Communication', 'Docker'],
  },
  {
    id: 't13-a-11',
    title: 'MLOps Engineer',
    company: 'Tanjong Crest Group',
    location: 'Singapore or Sydney, NSW',
    locations: ['Singapore', 'Sydney, NSW, Australia'],
    format: 'raw',
    body: `<p><b>About Us</b></p><p>Tanjong Crest Group is a diversified group with interests in port terminals, hotels, commercial property and convenience retail across Singapore, Malaysia and Australia. Group Technology provides shared data, cloud and security services to all of our businesses.</p><p><b>The Role</b></p><p>We are looking for an MLOps Engineer to build the platform our data scientists use to take models from notebook to production: demand forecasts for hotels, berth planning for terminals and pricing for stores.</p><p><b>Responsibilities</b></p><ul><li>Build and run our ML platform on AWS: SageMaker pipelines, model registry and feature store</li><li>Standardise experiment tracking with MLflow</li><li>Package models as Docker images and deploy them to EKS (Kubernetes) through GitLab CI</li><li>Set up monitoring for drift and accuracy decay on models in production, with alerts to the owning teams</li><li>Write infrastructure as code (Terraform) and keep it in version control</li></ul><p><b>Requirements</b></p><ul><li>4+ years in DevOps, platform or ML engineering</li><li>Strong Python and Linux</li><li>Hands-on experience with AWS SageMaker, MLflow and Kubernetes</li><li>AWS certification preferred</li><li>Comfortable working across several businesses with different priorities, and adapting when those priorities change</li></ul><p>Only shortlisted candidates will be notified.</p>`,
    role: 'MLE',
    sector: null,
    countries: ['SG', 'AU'],
    mentions: ['MLE', 'DS', 'AWS SageMaker', 'MLflow', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Model evaluation', 'Git',
      'Python', 'Adaptability'],
  },
  {
    id: 't13-a-12',
    title: 'Decision Scientist – Pricing & Promotions',
    company: 'Tillmouth Supermarkets',
    location: 'Manchester, England (Hybrid)',
    format: 'escaped',
    body: `# Who we are
Tillmouth has been feeding the North West since 1962. Today we run 212 supermarkets and convenience stores from Carlisle to Crewe, with an online shop and click-and-collect at every large store.

# The job
Every week our trading teams decide which 3,000 products go on promotion and at what price. As a Decision Scientist you'll help them make those calls with evidence rather than gut feel.

- Measure the true uplift of promotions using controlled store trials and A/B tests on the online shop
- Build price-elasticity models (log-linear regression and hierarchical models) in Python or R
- Segment customers and stores with k-means and other clustering methods so promotions can be tailored
- Build simple, honest charts that buyers understand, in Looker Studio
- Spark conversations with buyers about what the numbers do and don't say

# About you
- Experience in a quantitative role in retail, FMCG or something comparable
- Strong SQL and either Python or R
- Business sense: you can talk margin, cannibalisation and halo effects
- A great communicator, confident in a room full of buyers

# Benefits
Colleague discount of 10% in store and online, a pension with up to 7% matched contributions, and 25 days' holiday rising with service.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['DS', 'Hypothesis testing', 'Regression', 'Clustering', 'Python', 'R', 'Visualization', 'Google Data Studio',
      'Business acumen', 'Communication'],
  },
  {
    id: 't13-a-13',
    title: 'Senior Data Engineer (Remote, Canada)',
    company: 'Northpeak Talent Partners',
    location: 'Remote - Canada',
    format: 'raw',
    body: `<div>Northpeak Talent Partners is recruiting on behalf of our client, a venture-backed scale-up that is growing fast and hiring its third data engineer.</div><div><br></div><div>This is a fully remote role for candidates based in Canada. The data team is small, so you'll have a real say in the architecture.</div><h3>Responsibilities</h3><ul><li>Design and build ELT pipelines in Python and SQL, orchestrated with Airflow</li><li>Migrate legacy Hadoop jobs to Spark</li><li>Own data quality: tests, deduplication and alerting on broken upstream feeds</li><li>Build integrations with third-party REST APIs</li><li>Set up CI/CD for the data platform with GitHub and GitHub Actions</li></ul><h3>Requirements</h3><ul><li>5+ years of data engineering experience</li><li>Python and SQL; Java or Scala a plus</li><li>Experience with Kafka or another streaming platform</li><li>Docker and infrastructure as code</li><li>Comfortable in a start-up environment where things change quickly</li></ul><div>Salary: $140k–$165k CAD + options. Northpeak Talent Partners is committed to an inclusive recruitment process; tell us about any accommodations you need.</div>`,
    role: 'DE',
    sector: null,
    countries: ['CA'],
    mentions: ['DE', 'Python', 'Hadoop', 'Apache Spark', 'Data cleaning', 'APIs', 'Git', 'Deployment pipelines', 'Java', 'Kafka',
      'Docker', 'Adaptability'],
  },
  {
    id: 't13-a-14',
    title: 'Computer Vision Engineer – Traffic Analytics',
    company: 'Junctionwise',
    location: 'Singapore',
    format: 'html',
    body: `Junctionwise makes the sensors and software that city transport departments use to see what is happening at their junctions. Our cameras count vehicles, cyclists and pedestrians, detect near-misses and feed adaptive signal timing in 35 cities across Asia-Pacific.

# What you'll do
- Build and improve detection, tracking and classification models for road users in rain, glare and at night
- Train models with PyTorch and optimise them to run on our roadside edge units in C++
- Measure tracking accuracy against hand-counted video and report the results to city customers
- Work closely with our traffic engineers and the data engineers who maintain our video pipeline
- Review camera footage retention with privacy in mind

# What we're looking for
- 3+ years of hands-on computer vision experience
- Strong Python and C++
- Knowledge of deep learning architectures for detection and multi-object tracking
- Solid understanding of probability and linear algebra (Kalman filters shouldn't scare you)
- A proactive problem-solver who enjoys field work as much as the lab

Our office is at one-north. We offer flexible hours, 18 days of annual leave, and medical and dental coverage.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['PyTorch', 'C++', 'Python', 'Model evaluation', 'DE', 'Neural networks', 'Probability', 'Linear algebra',
      'Problem-solving'],
  },
  {
    id: 't13-a-15',
    title: 'Conversational AI Engineer (NLP)',
    company: 'Sarangi Telenet',
    location: 'Gurugram, Haryana',
    format: 'div',
    body: `Sarangi Telenet is one of India's fastest-growing mobile and home broadband operators, serving 46 million subscribers in 14 telecom circles. Our customer care app and IVR answer more than 2 lakh queries a day.

# Role overview
We are hiring an engineer to improve the virtual assistant that handles recharges, bill queries and network complaints in English, Hindi and Hinglish. You will report to Daniel Watson, Head of Digital Care.

# Key responsibilities
- Build intent classification and entity extraction models for multilingual, code-mixed customer messages
- Fine-tune and evaluate transformer language models; track intent accuracy, containment and escalation rates after every release
- Integrate the assistant with billing and CRM systems via REST APIs
- Stream conversation events through Kafka for analytics
- Collaborate with data scientists and the care operations team

# Requirements
- B.Tech / M.Tech with 3-5 years of experiance in NLP
- Strong Python; experience with transformer libraries and vector search
- Experience deploying models with Docker
- Good communication skills in English and Hindi`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Neural networks', 'Model evaluation', 'APIs', 'Kafka', 'DS', 'Python', 'Docker', 'Communication'],
  },
  {
    id: 't13-a-16',
    title: 'Power BI Developer',
    company: 'Blackwater Valley Hospitals',
    location: 'Cork, Ireland',
    industry: 'Hospitals and Health Care',
    format: 'text',
    body: `Power BI Developer (Grade VI), permanent, whole-time

# The role
The Performance & Information Unit produces the reports that managers across our cluster of four hospitals use to run theatres, emergency departments and outpatient clinics. We're looking for a Power BI Developer to rebuild our suite of reports on a single, governed data model.

# Main duties
- Design Power BI data models, DAX measures and reports for ED waiting times, theatre utilisation, bed occupancy and waiting lists
- Work with the data engineers in our information team to source and validate data from the patient administration and theatre systems
- Build clear visualisations that clinical directors can read in five minutes
- Document reports and train report users
- Meet service managers to understand what they need, and say no politely when a new report isn't the answer

# Essential
- Third-level qualification in a relevant discipline
- Two years' experience developing Power BI reports
- Strong SQL
- Excellent communication and interpersonal skills

# Desirable
- Experience of health service data
- Experience with Tableau or SSRS

# About us
Blackwater Valley Hospitals is a voluntary hospital group providing acute, maternity and rehabilitation care to 600,000 people in Cork and Kerry.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['BIA', 'Power BI', 'DE', 'Data cleaning', 'Visualization', 'Communication', 'Tableau'],
  },
  {
    id: 't13-a-17',
    title: 'BI Analyst, Site Performance',
    company: 'Chinook Mastworks',
    location: 'Calgary, Alberta, Canada',
    format: 'raw',
    body: `<p>Chinook Mastworks owns and operates 5,400 towers, rooftops and small-cell sites across Western Canada and leases space on them to every national and regional wireless carrier. When a carrier wants to add 5G capacity in a new subdivision, we're usually the first call.</p><h3>About the job</h3><p>The Site Performance team tracks how our portfolio earns: tenancy ratios, lease escalators, power costs and the time it takes to get a new carrier onto a tower. As our BI Analyst, you'll own the reporting that leadership and the commercial team use every week.</p><h3>What you'll do</h3><ul><li>Build and maintain Tableau dashboards for leasing, colocation and site-build pipelines</li><li>Write SQL and Python to pull data from our lease management and ERP systems</li><li>Create clear charts and maps for quarterly board packs</li><li>Run ad hoc analysis on questions like "which sites are worth a second tenant?"</li><li>Explain the numbers to commercial managers and regional directors</li></ul><h3>Who you are</h3><ul><li>2–4 years in BI or analytics</li><li>Strong SQL and Tableau; some Python</li><li>You understand how a lease-based business makes money</li><li>Detail-oriented, with strong communication skills</li></ul><p>Hybrid: three days a week at our Beltline office. Salary $82,000–$98,000 plus an annual bonus.</p>`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['BIA', 'Tableau', 'Python', 'Visualization', 'Communication', 'Business acumen'],
  },
  {
    id: 't13-a-18',
    title: 'Product Manager – AI Platform',
    company: 'Parleyspan',
    location: 'Dublin, Ireland (Hybrid)',
    format: 'raw',
    body: `&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Parleyspan is the CRM and customer-messaging platform that 9,000 companies, from two-person online shops to airlines and insurers, use to talk to their customers across email, chat and WhatsApp.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;The role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;We're looking for someone to lead our AI Platform: the shared layer of models, retrieval and evaluation that every Parleyspan AI feature is built on, from reply suggestions to ticket summaries.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;What you'll do&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;Set the roadmap for the AI Platform with our ML engineers and applied scientists&lt;/li&gt;&lt;li&gt;Define how we evaluate LLM-powered features before they ship: offline test sets, human review and online metrics&lt;/li&gt;&lt;li&gt;Work with feature teams so they can ship new product features faster on top of the platform&lt;/li&gt;&lt;li&gt;Own the public APIs that partners use to plug their own models into Parleyspan&lt;/li&gt;&lt;li&gt;Keep stakeholders across Product, Legal and Sales informed with crisp written updates&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What you'll bring&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;4+ years of product management in B2B SaaS, including AI/ML products&lt;/li&gt;&lt;li&gt;Enough technical background to discuss model trade-offs with engineers&lt;/li&gt;&lt;li&gt;Comfort with ambiguity: the field changes monthly and so will some of our plans&lt;/li&gt;&lt;li&gt;Strong commercial instinct; you know which features customers will pay for&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Benefits&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Private health insurance, pension contribution, hybrid working from our Grand Canal Dock office and 27 days' leave.&lt;/p&gt;
&lt;p&gt;Parleyspan is an equal opportunities employer.&lt;/p&gt;`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['IE'],
    mentions: ['MLE', 'ARS', 'Model evaluation', 'APIs', 'Communication', 'Adaptability', 'Business acumen'],
  },
  {
    id: 't13-a-19',
    title: 'Robotics Software Engineer, Motion Control',
    company: 'Stellate Surgical Robotics',
    location: 'Boston, MA',
    countryHints: ['US'],
    format: 'raw',
    body: `<p>Stellate Surgical Robotics designs and manufactures a compact robotic system for minimally invasive gynecologic and general surgery. Our first system is in clinical use at 30 U.S. hospitals.</p><p><b>Position Overview</b></p><p>The Robotics Software Engineer will develop real-time motion control and kinematics software for our instrument arms, working at the boundary of software, hardware and clinical safety.</p><p><b>Responsibilities</b></p><ul><li>Design and implement real-time control software in C++ on Linux with real-time extensions</li><li>Develop forward and inverse kinematics, trajectory generation and collision avoidance</li><li>Write Python tools for log analysis and bench-test automation</li><li>Maintain regression test suites and hardware-in-the-loop tests under our design controls process (IEC 62304)</li><li>Troubleshoot issues across mechanical, electrical and software subsystems</li></ul><p><b>Requirements</b></p><ul><li>BS/MS in Robotics, Mechanical or Electrical Engineering, or Computer Science</li><li>4+ years of C++ in a real-time or embedded setting</li><li>Strong linear algebra and rigid-body kinematics</li><li>Experience with Git-based workflows and code review</li><li>Medical device experience a plus</li></ul><p>Pay range: $140,000 – $175,000 per year. Stellate Surgical Robotics is an Equal Opportunity Employer; all qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</p>`,
    role: 'ROBO',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Python', 'Linear algebra', 'Git'],
  },
  {
    id: 't13-a-20',
    title: 'Deep Learning Specialist',
    company: 'Kaveri Bridge Technologies',
    location: 'Hyderabad, Telangana, India',
    industry: 'IT Services and IT Consulting',
    format: 'html',
    body: `# Job Summary
We are looking for a Deep Learning Specialist with 5-8 years of experience to join our AI Centre of Excellence in Hitec City, Hyderabad. You will design deep learning solutions for clients in insurance, logistics and consumer goods, and guide junior engineers.

# Roles & Responsibilities
- Design, train and tune neural networks (CNNs, LSTMs, transformers) using TensorFlow, Keras and PyTorch
- Deploy models on Vertex AI and on client-managed Kubernetes clusters with Docker
- Engineer features from tabular, image and text data
- Benchmark model accuracy and latency and present the results to client stakeholders
- Mentor a team of 4-6 engineers and review their code in GitLab

# About Kaveri Bridge
Kaveri Bridge Technologies is an IT services and digital engineering company with 6,500 people across Hyderabad, Chennai, Pune and Dallas. We build, modernise and run software for enterprises in more than 20 countries.

# Desired Candidate Profile
- B.Tech / M.Tech / MCA; PhD a plus
- Strong Python and mathematics fundamentals
- Google Professional Machine Learning Engineer certification is a plus
- Immediate joiners or 30-day notice preferred`,
    role: 'DLS',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['DLS', 'Neural networks', 'TensorFlow', 'Keras', 'PyTorch', 'Google AI Platform', 'Kubernetes', 'Docker',
      'Feature engineering', 'Model evaluation', 'Communication', 'Git', 'Python', 'CERT_GCP'],
  },
  {
    id: 't13-a-21',
    title: 'Applied Scientist II, Search Relevance',
    company: 'Carrowmarket',
    location: 'Seattle, WA',
    format: 'double',
    body: `Carrowmarket is an online marketplace where 14 million shoppers buy vintage, handmade and second-hand goods from 600,000 independent sellers.

# About the team
The Search Relevance team decides what a shopper sees after typing "mid-century lamp". We're a mix of applied scientists, ML engineers and a product manager. Our R&D budget is modest, so we prize ideas that ship.

# What you'll do
- Develop query understanding and ranking models, including transformer-based embeddings for retrieval
- Explore contextual bandits and reinforcement learning for exploration in ranking
- Design online A/B tests and interpret the results with the experimentation platform team
- Use Spark to build training sets from billions of search events
- Write design docs and present results to product and engineering leaders

# Basic qualifications
- PhD in computer science, statistics or a related field, or an MS plus 3 years of applied research experience
- Proficiency in Python
- Experience with regression and causal inference methods for measuring marketplace effects

# Preferred qualifications
- Publications at SIGIR, KDD, WSDM or similar venues
- Experience with two-sided marketplaces

The pay range for this position in Seattle is $168,000–$232,000 per year, plus equity and benefits. Carrowmarket is an equal opportunity employer.`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['ARS', 'MLE', 'Neural networks', 'Reinforcement learning', 'Hypothesis testing', 'Apache Spark', 'Communication',
      'Python', 'Regression'],
  },
  {
    id: 't13-a-22',
    title: 'Machine Learning Engineer – Demand & Supply Forecasting (m/f/d)',
    company: 'Aldren Motor Company',
    location: 'Coventry, West Midlands, United Kingdom',
    countryHints: ['GB'],
    format: 'raw',
    body: `<p>At Aldren we've built cars in Coventry for 70 years. Our Binley plant assembles 140,000 vehicles a year, including our first all-electric estate, and ships them to 30 markets.</p><p><strong>Your tasks</strong></p><ul><li>Build and maintain forecasting models for part demand and supplier lead times with Python, pandas, NumPy and scikit-learn, using XGBoost for the gradient-boosted models</li><li>Engineer features from production schedules, supplier performance and dealer orders</li><li>Backtest forecasts against actual consumption and report accuracy to supply chain leadership every month</li><li>Deploy models on Azure Machine Learning and package services with Docker</li><li>Keep code in Git and work with our data engineers on upstream pipelines</li></ul><p><strong>Your profile</strong></p><ul><li>3+ years as a Machine Learning Engineer or data scientist in a production environment</li><li>Experience in automotive, manufacturing or supply chain is a plus</li><li>A clear communicator who can explain a forecast's uncertainty to a plant manager</li><li>Happy to split hybrid working between the plant and our Coventry tech hub</li></ul><p><strong>Why us?</strong></p><ul><li>Salary £55,000 – £68,000</li><li>Employee car scheme and discounts</li><li>Defined contribution pension with up to 10% employer contribution</li></ul>`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['GB'],
    mentions: ['MLE', 'DS', 'DE', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Decision trees', 'Feature engineering',
      'Model evaluation', 'Microsoft Azure ML', 'Docker', 'Git', 'Communication'],
  },
  {
    id: 't13-a-23',
    title: 'Data Scientist (APS 6)',
    company: 'Australian Scheme Compliance Office',
    location: 'Canberra, ACT',
    format: 'div',
    body: `The Australian Scheme Compliance Office (ASCO) is the Commonwealth agency responsible for making sure payments under national assistance schemes reach the people entitled to them. We work with partner agencies to detect error and fraud while treating claimants fairly.

# About the position
The Data Science and Analytics Branch is seeking a Data Scientist to develop risk models that help compliance officers prioritise reviews.

# Key duties
- Develop and maintain risk-scoring models using logistic regression and random forests in R or Python
- Identify groups of similar claims using clustering methods to support targeted reviews
- Test whether new intervention letters change outcomes, using randomised trials and significance testing
- Prepare, clean and validate data extracted from agency systems
- Write clear briefs for Senior Executive Service officers and ministerial offices
- Think critically about fairness and bias in automated decision-making

# Eligibility
- Australian citizenship is required
- Ability to obtain and maintain a Baseline security clearance

# Salary
$96,522 – $106,574 plus 15.4% superannuation.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['DS', 'Regression', 'Decision trees', 'R', 'Python', 'Clustering', 'Hypothesis testing', 'Data cleaning',
      'Communication', 'Critical thinking'],
  },
  {
    id: 't13-a-24',
    title: 'Data Engineer – Payments Reconciliation',
    company: 'Tembusu Payments',
    location: 'Singapore',
    format: 'raw',
    body: `<h2>Company Description</h2><p>Tembusu Payments is a licensed major payment institution processing card and real-time payments for 12,000 merchants across Singapore, Malaysia and Indonesia. We acquire transactions, settle funds to merchants and run the fraud checks in between.</p><h2>Job Description</h2><p>As a Data Engineer on the Settlement Data team, you'll build the pipelines that reconcile billions of dollars in transactions between card schemes, banks and merchants every day.</p><ul><li>Build streaming pipelines with Kafka and Spark Structured Streaming</li><li>Write services in Java (not JavaScript; our front end is a seperate team) and some Python</li><li>Implement automated data validation and reconciliation checks that catch mismatched records before settlement</li><li>Deploy on Kubernetes with Docker; code is reviewed in GitHub and shipped through Jenkins</li><li>Work closely with finance operations and our risk data scientists</li></ul><h2>Qualifications</h2><ul><li>4+ years of data engineering, ideally in payments or banking</li><li>Experience with Java or Scala and Kafka</li><li>Knowledge of ISO 8583 or ISO 20022 messaging is a plus</li><li>A strong sense of ownership and problem-solving skills</li></ul><h2>Additional Information</h2><p>Competitive salary, performance bonus and 20 days of annual leave. Only shortlisted candidates will be contacted.</p>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Java', 'Python', 'Data cleaning', 'Kubernetes', 'Docker', 'Git',
      'Deployment pipelines', 'DS', 'Problem-solving'],
  },
  {
    id: 't13-a-25',
    title: 'Software Engineer II, Backend (Platform)',
    company: 'Quayside Desk Software',
    location: 'Remote (US & Canada)',
    countryHints: ['US', 'CA'],
    format: 'html',
    body: `Quayside Desk is help desk software for support teams. More than 11,000 companies, from bike shops to hospital IT departments, use it to answer tickets, run their knowledge base and measure customer satisfaction.

# What you'll do
- Design and build backend services in Java and Kotlin that process 30 million tickets a month
- Build and maintain the public REST APIs and webhooks our integration partners rely on
- Ship product features with your squad end to end, from design doc to production
- Improve our deployment pipeline and observability (GitHub Actions, Argo CD, Datadog)
- Run our services on Kubernetes and Docker on AWS
- Take part in an on-call rotation, roughly one week every two months

# What you'll need
- 3+ years of backend software engineering
- Strong Java (our front end is React and TypeScript; you won't need JavaScript day to day)
- Experience with relational databases and message queues such as Kafka
- Good written communication for a remote-first team

Compensation: US $135,000–$165,000; Canada CAD $150,000–$180,000. We are remote-first across US and Canadian time zones.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US', 'CA'],
    mentions: ['Java', 'APIs', 'Deployment pipelines', 'Kubernetes', 'Docker', 'Kafka', 'Communication'],
  },
  {
    id: 't13-a-26',
    title: 'Data Analyst – Revenue Management',
    company: 'Kesari Skyways',
    location: 'Mumbai, Maharashtra, India',
    format: 'text',
    body: `Kesari Skyways flies 180 daily departures to 38 domestic and 9 international destinations from our hubs in Mumbai and Hyderabad.

# About the role
The Revenue Management team sets fares and seat inventory for every flight we sell. As a Data Analyst you will give analysts and pricing managers the data and reports they need to make fast decisions.

# Responsibilities
- Build and maintain daily booking-pace and load-factor reports in Power BI
- Write SQL queries against our reservation data warehouse
- Clean and reconcile booking data from the reservation system and travel agency channels
- Analyse route performance and present insights to route managers
- Support the data scientists with ad hoc data pulls for forecasting models

# Requirements
- Graduate in engineering, statistics, economics or a related field
- 1-3 years of experience in a data or reporting role; airline experience preferred
- Strong Excel and SQL; Python is a plus
- Good communication skills and attention to detail
- Willingness to work a rotational Saturday roster during peak season`,
    role: null,
    sector: null,
    countries: ['IN'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'DS', 'Python'],
  },
  {
    id: 't13-a-27',
    title: 'Analytics Engineer',
    company: 'Wickerbank',
    location: 'Remote',
    industry: 'Financial Services',
    format: 'escaped',
    body: `# About the role
We're hiring our fourth Analytics Engineer. You'll own the models in our warehouse that turn raw events from the app, the card processor and the ledger into tables the rest of the company trusts.

# What you'll do
- Build and test dbt models on Snowflake
- Define metrics (active customers, deposit balances, card spend) once, so they mean the same thing in every report
- Write data tests that catch duplicated transactions and broken joins before anyone sees them
- Maintain our Looker Studio and Tableau reporting for Finance and Risk
- Review pull requests in GitHub and improve our CI/CD pipeline

# About you
- 2+ years in analytics engineering, BI or data engineering
- Excellent SQL; some Python
- You care about documentation and about explaining metric definitions to non-technical colleagues
- You work well asynchronously; we're a remote-first team spread across several time zones

# Benefits
Home office budget, flexible hours, and a free Wickerbank Plus subscription.`,
    role: null,
    sector: SECTOR.FIN,
    countries: [],
    mentions: ['Data cleaning', 'Google Data Studio', 'Tableau', 'Git', 'Deployment pipelines', 'Python', 'Communication'],
  },
  {
    id: 't13-a-28',
    title: 'Registered Nurse - Medical ICU - Nights ($15K Sign-On)',
    company: 'Bayou Crescent Medical Center',
    location: 'Houston, TX 77030',
    format: 'escaped',
    body: `Bayou Crescent Medical Center is a 640-bed acute care and Level I trauma hospital in Houston, with 4,800 employees and nationally recognized cardiac and transplant programs.

# Position summary
The Registered Nurse provides direct care to critically ill adults in our 28-bed Medical ICU, including patients on ventilators, CRRT and ECMO. You'll work 3x12 night shifts (7p–7a) with every third weekend.

# Responsibilities
- Assess, plan, implement and evaluate nursing care for 1–2 critically ill patients
- Titrate vasoactive infusions and manage arterial and central lines per protocol
- Communicate clearly with physicians, respiratory therapists, pharmacists and families during rapid changes in a patient's condition
- Document care accurately in the electronic health record
- Precept new graduate nurses and take part in unit-based councils

# Qualifications
- Current Texas or compact RN license
- BSN preferred; ADN with BSN within 3 years accepted
- BLS and ACLS required; CCRN preferred
- Minimum 1 year of ICU experience
- Ability to adapt quickly when priorities change during a shift

# Benefits
$15,000 sign-on bonus for eligible experienced RNs, shift differential, tuition reimbursement, 403(b) with match, and medical, dental and vision from day one. New hires recieve a 12-week ICU orientation.

Bayou Crescent Medical Center is an Equal Opportunity Employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't13-a-29',
    title: 'Assistant Store Manager – Princes Street',
    company: 'Haddington & Rowe',
    location: 'Edinburgh, Scotland, UK',
    industry: 'Retail',
    format: 'double',
    body: `Haddington & Rowe has been Scotland's department store since 1884, with six stores from Aberdeen to Dumfries and a website that delivers across the UK. We sell fashion, beauty, home and food, and we're proud of the service our colleagues give.

# The role
Pay band: R3 (Retail Management)

As Assistant Store Manager at our flagship on Princes Street, you'll run the shop floor day to day alongside the Store Manager, leading a team of 90 colleagues across eight departments.

# What you'll do
- Lead trading on the floor: staffing, visual standards, stock availability and queues
- Use the weekly sales dashboards and Excel trading reports to spot where a department is falling behind, and act on it
- Coach section managers and run performance reviews
- Handle customer escalations calmly and fairly
- Keep the store safe, compliant and ready for the Christmas peak

# What you'll bring
- Experience managing a team in a busy retail, hospitality or service environment
- Strong commercial awareness: you understand margin, shrinkage and what makes a good trading day
- A natural communicator who can motivate a team at the 8am briefing
- Willingness to work weekends and late nights during peak

# What we offer
Salary £34,500–£38,000, 25% staff discount, a bonus scheme and a pension. Apply online; our recruitment team will be in touch within two weeks.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Business acumen', 'Communication'],
  },
  {
    id: 't13-a-30',
    title: 'Credit Risk Analyst',
    company: 'Kildonan Prairie Credit Union',
    location: 'Winnipeg, MB',
    format: 'text',
    body: `Kildonan Prairie Credit Union is a member-owned financial co-operative with 21 branches across Manitoba and $6.8 billion in assets. We offer everyday banking, mortgages, business lending and wealth services to 140,000 members.

# Position Summary
Reporting to the Manager, Credit Risk Analytics, the Credit Risk Analyst develops and monitors the credit scoring and provisioning models behind our retail and commercial lending portfolios.

# Key Responsibilities
- Develop and recalibrate application and behavioural scorecards using logistic regression
- Perform the annual model validation and backtesting of our IFRS 9 expected credit loss models
- Prepare portfolio risk reports and charts for the Credit Committee and the Board Risk Committee
- Extract and prepare data using SQL, SAS and Python

# Qualifications
- Degree in Statistics, Finance, Economics or Mathematics
- 3+ years in credit risk modelling or analytics
- Strong skills in SQL, SAS or Python; advanced Excel
- Ability to explain complex results to non-technical audiences
- Progress toward the CFA or FRM is an asset

Salary range: $78,000–$95,000. Kildonan Prairie is committed to employment equity.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Regression', 'Model evaluation', 'Visualization', 'Python', 'Communication'],
  },
  {
    id: 't13-a-31',
    title: 'Process Engineer (Maintenance & Reliability)',
    company: 'Shannonmore Biscuit Company',
    location: 'Limerick, Ireland',
    format: 'div',
    body: `# About us
Three generations of bakers, one bakery. Our site in Raheen ships 900 tonnes of biscuits, crackers and oat bars every week to shops in Ireland, the UK and 20 other markets.

# The role
We're looking for a Process Engineer to improve reliability on our four oven lines and two packing halls. You'll lead root-cause investigations, plan maintenance and help our lines run more consistently.

# Responsibilities
- Lead structured problem-solving (5 Whys, fishbone, 8D) on line stoppages and quality deviations
- Build predictive maintenance routines using vibration and temperature data from our PLCs
- Analyse downtime data in Excel and Power BI and share weekly reports with the production team
- Manage contractors and capital projects up to €250k
- Support HACCP, BRCGS and safety audits

# Requirements
- Degree in mechanical, electrical or process engineering
- 3+ years in food, pharma or FMCG manufacturing
- Strong communication skills across shifts and teams
- The drive to spark change on the shop floor

# Package
Competitive salary, shift allowance where applicable, pension, health insurance and free biscuits (really).`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['IE'],
    mentions: ['Problem-solving', 'Power BI', 'Communication'],
  },
  {
    id: 't13-a-32',
    title: 'Transport Planner',
    company: 'Wollomby Shire Council',
    location: 'Wollomby, NSW',
    format: 'double',
    body: `Wollomby Shire Council looks after 1,900 km of local roads, 40 bridges and the footpaths, bus shelters and cycleways of a growing shire of 58,000 people on the NSW South Coast.

# About the role
Grade 14. Permanent full time, 35 hours per week, 9-day fortnight available.

The Transport Planner prepares Council's integrated transport strategy, assesses the traffic impacts of development applications and manages state-funded road-safety programs.

# Key responsibilities
- Analyse traffic counts, crash data and travel surveys using GIS
- Prepare reports to Council and present recommendations at public meetings
- Consult with the community, schools and local businesses on changes to speed zones, parking and cycleways
- Review traffic impact assessments submitted by developers and question assumptions that don't hold up
- Manage consultants and grant-funded projects

# Essential criteria
- Tertiary qualifications in transport planning, traffic engineering or a related discipline
- Experience with traffic modelling software (SIDRA, Aimsun)
- Excellent written and verbal communication skills
- Class C driver licence

# How to apply
Address the essential criteria in a cover letter of no more than two pages. Applications close 11:59pm Sunday 14 September.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['Communication', 'Critical thinking'],
  },
  {
    id: 't13-a-33',
    title: 'Class C Driver / Warehouse Operative – Nights',
    company: 'Ferrycarrig Logistics',
    location: 'Blanchardstown, Dublin 15',
    industry: 'Transportation, Logistics, Supply Chain and Storage',
    format: 'text',
    body: `Ferrycarrig Logistics moves chilled and ambient freight for food producers, builders' merchants and pharmaceutical companies across Ireland, with 140 trucks and three cross-dock warehouses.

# The job
We're hiring drivers for our Blanchardstown depot on nights (Sun–Thu, 22:00–07:30). Routes cover Dublin, Meath and Kildare. When you're not on the road you'll help load and pick in the warehouse.

# What you'll do
- Drive a rigid truck on multi-drop routes (typically 12–18 drops)
- Load, secure and check pallets against the manifest using handheld scanners
- Complete vehicle walkaround checks and tachograph records
- Report any delivery issues to the night transport planner
- Go the extra mile for customers (sometimes literally)

# Requirements
- Full Class C licence, CPC card and digital tacho card
- Forklift licence an advantage
- Good English and a friendly attitude
- Clean licence (max 4 penalty points)

# Pay
€17.50/hr base, €3.00/hr night premium, overtime at time and a half. Pension after probation.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: [],
  },
  {
    id: 't13-a-34',
    title: 'Medical Laboratory Scientist – Clinical Pathology (2nd Shift)',
    company: 'Paddock Lane Veterinary Reference Laboratory',
    location: 'Lexington, KY 40511',
    format: 'html',
    body: `Paddock Lane is a veterinary reference laboratory serving 2,300 equine, companion-animal and livestock practices across the Southeast. Our Lexington lab runs more than 9,000 samples a day, from foal bloodwork to herd surveillance.

# Job summary
The Medical Laboratory Scientist performs hematology, chemistry and urinalysis testing on animal samples and reviews results before they are released to veterinarians.

# Duties
- Perform and verify testing on automated analyzers; review blood smears manually when flagged
- Run daily quality control and troubleshoot analyzer errors; document corrective actions
- Take part in method validation and R&D projects with our pathologists (new species reference intervals)
- Communicate critical results to veterinary clinics by phone
- Keep a clean, safe work area

# Qualifications
- Bachelor's degree in medical laboratory science, biology or chemistry
- MLS(ASCP) certification preferred
- Veterinary lab experience a plus but not required; we'll train you on species differences
- Comfortable with Excel and our LIS

# Schedule & pay
Second shift, Tue–Sat, 2:30pm–11pm. $29.50–$36.00/hr plus shift differential. Medical, dental, 401(k) with 5% match, and discounted veterinary care for your own pets.`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't13-a-35',
    title: 'Chef de Partie (Pastry)',
    company: 'The Marisol Quay Hotel',
    location: 'Singapore',
    format: 'text',
    body: `# About us
The Marisol Quay Hotel is a 312-room waterfront hotel at Marina Bay with three restaurants, a rooftop bar and a busy banqueting floor.

# Job Description
- Prepare and present plated desserts, pastries, breads and afternoon tea for our restaurants and banquets
- Run your section during service and supervise commis chefs
- Follow recipes and portion specifications, and suggest new seasonal items to our Pastry Chef, Julia Tan
- Check deliveries, rotate stock and keep temperature logs
- Ensure food safety and hygiene standards at all times

# Requirements
- Minimum 3 years' experience in pastry, including at least 1 year as Demi Chef or Chef de Partie in a hotel or fine-dining kitchen
- Basic Food Hygiene certificate
- Able to work shifts, weekends and public holidays
- Team player with a positive attitude

# Benefits
5-day work week, duty meals, uniform laundry, medical and dental benefits, and staff rates at our sister hotels.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: [],
  },
  {
    id: 't13-a-36',
    title: 'Management Accountant',
    company: 'Westcape Energy',
    location: 'Perth, Western Australia',
    format: 'div',
    body: `Westcape Energy generates and sells electricity and gas to 480,000 homes and businesses in Western Australia, from our gas-fired plant at Kwinana and two wind farms in the Mid West.

# About the role
Reporting to the Finance Business Partner – Generation, you'll own month-end reporting, budgets and forecasts for our generation assets.

# Key responsibilities
- Prepare monthly management accounts, variance analysis and commentary
- Build the annual budget and quarterly reforecasts for generation operating costs
- Partner with plant managers to understand cost drivers and challenge spend
- Improve reporting using Power BI; we're moving our monthly pack out of Excel
- Support the year-end audit and statutory reporting

# About you
- CA or CPA qualified (or close to completion)
- 3+ years of post-qualification experience, ideally in energy, resources or utilities
- Advanced Excel; Power BI experience highly regarded
- Strong business acumen and the ability to present financial information clearly to non-finance managers

# Benefits
Flexible working, 14 weeks' paid parental leave, discounted energy, and a salary of $115,000–$130,000 plus super.`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Power BI', 'Business acumen', 'Communication'],
  },
];
