// test14, half A: 36 hand-written English postings with analyst labels. Sealed: written without looking at the
// extractor or at any other evaluation set; labels follow docs/sector-labels.md and the analyst conventions.
//
// Composition
//   Countries: US, Canada, UK, Australia, India, Singapore, Ireland (t14-a-20 is US + CA; t14-a-27 is remote
//   worldwide → []). All English.
//   Roles (24): MLE 01 14 23 · DS 02 11 22 24 · ARS 03 18 · DE 04 12 17 · CVE 05 15 · NLP_ENG 06 16 ·
//   BIA 07 13 19 · AIPM 08 20 · ROBO 09 21 · DLS 10. Null role (12): 25–36 (software engineer, data analyst,
//   analytics engineer, staff nurse, store manager, credit risk analyst, maintenance technician, transport policy
//   analyst, warehouse supervisor, financial accountant, medical laboratory scientist, chef de partie).
//   Sectors: IT 03 18 20 27 · FIN 01 08 22 25 30 · HEALTH 06 10 13 28 35 · RETAIL 02 14 26 29 ·
//   TELCO 04 11 19 34 · AUTO 05 09 17 31 · PUBLIC 07 15 32 · null 12 16 21 23 24 33 36.
//   Board industry field on 11 17 21 27 29 31. Raw board HTML on 01 03 04 06 10 14 17 21 24 27 31 35.
//
// Sector calls
//   01 payment processor for merchants → FIN. 03 speech models licensed to banks, hospitals, carmakers, contact
//   centres (many industries) → IT. 05 optical inspection stations for automotive body shops → AUTO (systems made
//   for factories). 06 EHR vendor → HEALTH. 08 general insurer (homes, cars, small business; not health) → FIN.
//   09 harvesting-robot maker with its own plant; customers are growers (agriculture is outside the seven) but the
//   employer makes machines → AUTO. 10 radiology AI software → HEALTH. 12 recruiter, client's business never
//   said → null. 13 health system described only in the closing paragraph → HEALTH. 14 quick-commerce grocery
//   delivery → RETAIL. 15 parking sensors and maps run by councils → PUBLIC (made for cities' services).
//   16 employer never says what it does → null. 17 packaging maker (goods end up on grocery shelves; still the
//   maker) → AUTO. 18 AI research company selling agents through an API → IT. 19 mobile operator's stores,
//   described only at the end → TELCO. 20 developer platform used across industries → IT. 21 3PL operating
//   warehouses for industrial, automotive and healthcare shippers → null (logistics; not made for online shops).
//   22 "retail lending" is a bank's consumer credit, not Retail → FIN (bank named in the closing paragraph).
//   23 public university → null. 24 wind/solar generator that also sells power to homes → null (energy).
//   25 digital bank → FIN. 27 scheduling/HR software for hourly teams in any industry → IT. 29 outdoor-gear chain
//   selling in its own stores and online → RETAIL. 30 building society → FIN. 31 snack and cereal maker → AUTO.
//   32 government data office → PUBLIC. 33 freight and storage (pharma distributors among clients) → null.
//   34 tower company leasing to mobile operators → TELCO. 35 diagnostic laboratories → HEALTH. 36 hotel → null.
//
// Role calls
//   03 "Applied Scientist – Speech Recognition" → ARS. 07 "Business Intelligence Developer (Power BI)" → BIA.
//   18 "Research Scientist, Reinforcement Learning" at an AI company → ARS. 19 "BI Analyst" → BIA.
//   23 "Machine Learning Engineer (MLOps)" → MLE. 24 "Decision Scientist" → DS. 25 Software Engineer, 26 Data
//   Analyst, 27 Analytics Engineer, 30 Credit Risk Analyst, 35 Medical Laboratory Scientist → null.
//
// Mention decisions
//   A role is listed in mentions only when the body names it (title alone does not count); "ML engineers" → MLE,
//   "MLOps engineers" (10) → MLE, "robotics engineers" (05, 21) → ROBO, "data engineers"/"Data Engineer" → DE.
//   01 GitHub Actions → Deployment pipelines and review in GitHub → Git; "AWS certification preferred" is no
//   certification; gRPC API → APIs; "reading Java" counts as Java. 02 "Spark new ideas" is a verb (no Spark);
//   GLMs → Regression; A/B + significance testing → Hypothesis testing. 03 R&D not labelled; word error rate
//   evaluation → Model evaluation; "keep up with research" → Continuous learning. 04 "Kubernetes cluster" and
//   "old cluster" → Kubernetes / Hadoop only, no Clustering; PySpark → Apache Spark; GitLab → Git, GitLab CI →
//   Deployment pipelines. 05 "regression testing suite" not Regression; CNN → Neural networks; precision/recall →
//   Model evaluation. 07 "Grade R" is a pay grade, not R; "the power to change things" is not Power BI; Excel not
//   an entity. 09 "CI on every merge" → Deployment pipelines. 10 TensorFlow Developer Certificate named exactly →
//   CERT_TF. 11 Vertex AI → Google AI Platform; k-means → Clustering; XGBoost → Decision trees. 12 "good to go" and
//   "Go" not labelled; a generic "AWS" not SageMaker. 13 Julia Marsh is a person (no Julia); "Azure" data warehouse
//   is not Azure ML. 14 two-tower deep learning → Neural networks; NDCG/recall@k → Model evaluation; online A/B
//   tests → Hypothesis testing. 15 TF Lite → TensorFlow; relabelling/verifying labels → Data cleaning. 16 Azure AI
//   Foundry → Microsoft Azure ML (Microsoft's managed ML/AI platform, built on Azure Machine Learning workspaces;
//   hard call). 17 R&D not labelled; Azure DevOps pipelines → Deployment pipelines. 18 "simulation code in Julia"
//   → Julia. 19 Power Query/DAX are not Power BI on their own but Power BI is named; "power users" not labelled.
//   20 Google Professional Machine Learning Engineer named exactly → CERT_GCP. 21 "Go or Rust" not labelled;
//   Kalman filters / probabilistic localisation → Probability. 22 Azure Machine Learning → Microsoft Azure ML;
//   scorecards with logistic regression → Regression; backtesting/PSI → Model evaluation. 23 "AWS Certified
//   Machine Learning Engineer – Associate" is a different credential from the seed's Specialty → no certification;
//   HPC "cluster" not Clustering. 24 Looker Studio → Google Data Studio. 25 "regression testing" not Regression;
//   JavaScript (frontend) not Java, but Java 17 is named for the job → Java; Jenkins → Deployment pipelines.
//   27 Looker (the BI product) is not Looker Studio → no Google Data Studio; JavaScript not Java; dbt tests on bad
//   data → Data cleaning. 28 Aoife Watson is a person (no IBM Watson); "critical thinking" named → Critical
//   thinking; CPD "continuous learning" → Continuous learning. 31 "power transmission" not Power BI. 33 "pay grade
//   R2" not R. 34 "power and fuel" not Power BI; Power BI named → Power BI. 35 method comparison by linear
//   regression → Regression. 36 Julia Ferreira is a person; "spark" a verb.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST14_A: HoldoutCase[] = [
  {
    id: 't14-a-01',
    title: 'Senior Machine Learning Engineer, Fraud & Risk',
    company: 'Lanternpay',
    location: 'Toronto, ON',
    countryHints: ['CA'],
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Lanternpay processes card and bank payments for more than 40,000 independent merchants across Canada: caf&amp;eacute;s, physio clinics, hardware stores, dog groomers, the corner bakery. When a payment crosses our rails, our risk models have about 80 milliseconds to decide whether it looks right.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;&lt;strong&gt;About the role&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We're hiring a Senior Machine Learning Engineer for the Fraud &amp;amp; Risk team &amp;mdash; six people today: three ML engineers, two data scientists and one very patient analyst. You will own the real-time scoring service end to end, from the streaming features to the model that answers our authorisation service.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;What you'll do&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Build and maintain streaming features from Kafka topics (velocity counts, merchant-level aggregates, device and BIN signals)&lt;/li&gt;&lt;li&gt;Train and retrain gradient-boosted tree models and ship them into a low-latency Python service&lt;/li&gt;&lt;li&gt;Expose scores through a gRPC API that the authorisation team calls on every transaction&lt;/li&gt;&lt;li&gt;Monitor live models for drift, precision and recall, and own the alerting when they degrade&lt;/li&gt;&lt;li&gt;Package services with Docker and run them on our Kubernetes platform&lt;/li&gt;&lt;li&gt;Keep our GitHub Actions workflows green; all code goes through review in GitHub&lt;/li&gt;&lt;li&gt;Work with the team's data scientists to turn notebook experiments into production code&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;What we're looking for&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;5+ years in software or ML engineering, with at least 2 running models in production&lt;/li&gt;&lt;li&gt;Strong Python. You're comfortable reading Java when the payments core team needs a second pair of eyes&lt;/li&gt;&lt;li&gt;Experience with AWS SageMaker or a similar managed training setup&lt;/li&gt;&lt;li&gt;You can explain a trade-off clearly to people who don't write code &amp;mdash; risk ops, compliance, merchant support&lt;/li&gt;&lt;li&gt;AWS certification preferred&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Compensation &amp;amp; benefits&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;The base salary range for this role is $165,000&amp;ndash;$195,000 CAD, plus stock options and an annual bonus. Final offers depend on experience and location. We also offer health and dental from day one, a $1,500 learning budget, and 4 weeks of vacation.&lt;/p&gt;&lt;p&gt;This role is hybrid: our Toronto office on King St W, two days a week.&lt;/p&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Lanternpay is an equal opportunity employer. We welcome applicants of all backgrounds and will provide accommodations throughout the hiring process on request &amp;mdash; just let your recruiter know.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: [
      'MLE', 'DS', 'Kafka', 'Feature engineering', 'Decision trees', 'Python', 'APIs', 'Model evaluation', 'Docker',
      'Kubernetes', 'Deployment pipelines', 'Git', 'Java', 'AWS SageMaker', 'Communication',
    ],
  },
  {
    id: 't14-a-02',
    title: 'Data Scientist II – Pricing & Promotions',
    company: "Fennimore's Supermarkets",
    location: 'Leeds, West Yorkshire, United Kingdom',
    format: 'html',
    body: `Fennimore's has been selling groceries in the north of England since 1911. Today we run 212 supermarkets and convenience stores between Berwick and Stoke, plus home delivery from 40 of them. Our Data & Insight team works out of the Leeds support centre, a short walk from the station.

# The role
Price is where our customers feel us most. You'll build the models that tell our commercial teams what happens to volume, margin and basket size when we move a price or run a promotion, and then help them make the call.

# What you'll do
- Estimate price elasticities across roughly 30,000 product lines, mostly with GLMs and other regression models
- Design and read out promotional tests, including A/B tests on app-only offers and the significance testing behind them
- Build the features that matter: seasonality, cannibalisation, competitor price gaps, weather
- Write production-quality Python (pandas, scikit-learn) and hand finished models to our ML engineers for deployment
- Present findings to buying directors and explain what the numbers mean for margin, in plain English
- Spark new ideas. We're a small team and the best suggestions often come from the newest people

# About you
- A degree in a quantitative subject, or equivalent experiance
- 2+ years building statistical models on real, messy retail or consumer data
- Strong commercial awareness: you know a promotion that grows sales can still lose money
- Tableau is a bonus, as most of our reporting lives there
- Excel wizardry not required (but you will use it)

# What you'll get
- Salary £48,000–£56,000 plus annual bonus
- 15% colleague discount in store and online
- Hybrid working: two days a week in Leeds
- Pension with up to 8% employer contribution

We're proud to be an equal opportunities employer and we'll make reasonable adjustments at any stage of the process.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: [
      'Regression', 'Hypothesis testing', 'Feature engineering', 'Python', 'Pandas', 'Scikit-learn', 'MLE',
      'Communication', 'Business acumen', 'Tableau',
    ],
  },
  {
    id: 't14-a-03',
    title: 'Applied Scientist – Speech Recognition (Indic Languages)',
    company: 'Murmurline',
    location: 'Bengaluru, Karnataka, India',
    format: 'raw',
    body: `<div><b>Murmurline</b> builds speech recognition and voice models for Indian languages. Our APIs transcribe more than 9 million minutes of audio every week for contact centres, banks, hospitals, logistics firms and in-car infotainment systems.</div><div><br></div><div>Our applied research group in Bengaluru is small (11 people) and we ship what we research. Most of what we work on is in production within a quarter.</div><div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements plain-list"><li>Train and fine-tune transformer and conformer acoustic models for low-resource languages such as Odia, Konkani and Bhojpuri</li><li>Design evaluation sets and measure word error rate across accents, noise levels and code-mixed speech</li><li>Work closely with ML engineers to move models from PyTorch research code into our streaming inference service</li><li>Read widely, keep up with research from the speech community, and publish when we have something worth saying</li></ul></div><div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list"><li>PhD, or a Master's with research experience, in speech, ASR or sequence modelling</li><li>Strong Python and PyTorch</li><li>Experience with self-supervised pretraining on unlabelled audio is a plus</li><li>Ability to write and present clearly to engineers, linguists and product managers</li></ul></div><div class="section page-centered"><h3>Good to know</h3><ul class="posting-requirements plain-list"><li>We are not a big company with a big R&amp;D budget. We have a lot of GPUs per person and very few meetings.</li><li>Hybrid, 3 days a week in our Indiranagar office</li></ul></div><div>Murmurline is an equal opportunity employer. We do not discriminate on the basis of caste, religion, gender, disability or any other characteristic.</div>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Neural networks', 'Model evaluation', 'MLE', 'PyTorch', 'Python', 'Continuous learning', 'Communication'],
  },
  {
    id: 't14-a-04',
    title: 'Data Engineer (Streaming) - Network Analytics',
    company: 'Skerrylink Mobile',
    location: 'Dublin, Leinster, Ireland',
    format: 'raw',
    body: `<p><b>About Skerrylink</b></p><p>Skerrylink runs one of Ireland's three national mobile networks, serving 1.9 million customers on 4G and 5G, alongside home broadband over fibre and fixed wireless.</p><p><b>The Role</b></p><p>Every cell site on our network reports performance counters every fifteen minutes. Our Network Analytics team turns that firehose into something radio engineers can act on. We are looking for a Data Engineer to build and run the streaming side of that platform.</p><p><b>Key Responsibilities</b></p><ul><li><p>Build and operate streaming ingestion from Kafka into our lakehouse with PySpark Structured Streaming</p></li><li><p>Write data quality checks that catch missing counters, duplicated records and clock drift before they reach the engineers' dashboards</p></li><li><p>Deploy and operate jobs on our on-premises Kubernetes cluster, containerised with Docker</p></li><li><p>Maintain code in GitLab and release through GitLab CI</p></li><li><p>Support the network data scientists with clean, well-documented datasets</p></li></ul><p><b>Skills &amp; Experience</b></p><ul><li><p>3+ years in data engineering</p></li><li><p>Python, and either Java or Scala</p></li><li><p>Solid SQL; Hadoop experience is useful while we migrate off our old cluster</p></li><li><p>Telecoms knowledge welcome but not required</p></li></ul><p><b>What we offer</b></p><p>Competitive salary, 10% pension contribution, health insurance for you and your family, a free Skerrylink unlimited plan, and hybrid working from our Grand Canal Dock office.</p><p>Skerrylink is an equal opportunities employer. If you need any reasonable accommodations during the recruitment process, please let us know.</p>`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['IE'],
    mentions: [
      'DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'Kubernetes', 'Docker', 'Git', 'Deployment pipelines', 'DS',
      'Python', 'Java', 'Hadoop',
    ],
  },
  {
    id: 't14-a-05',
    title: 'Computer Vision Engineer – Weld & Surface Inspection',
    company: 'Brindlecast Vision Systems',
    location: 'Chakan, Pune',
    format: 'div',
    body: `Brindlecast designs and builds automated optical inspection stations for automotive body shops and component plants. Our systems sit on the production line at 14 plants across Maharashtra and Tamil Nadu and check every weld seam, paint panel and casting before it moves to the next station.

# What you will work on
- Develop defect detection models (CNN-based segmentation and classification) for weld spatter, paint runs and casting porosity
- Port models to edge hardware in C++ with TensorRT
- Measure precision and recall against the plant's quality inspectors; a false reject stops the line, a miss reaches the customer
- Calibrate multi-camera rigs, which needs real comfort with linear algebra and projective geometry
- Add every escaped defect to our regression testing suite so it never ships twice
- Work beside our robotics engineers, who mount cameras on the cell's robot arms

# You should have
- B.E. / M.Tech in computer science, electronics or mechatronics
- 3+ years of computer vision in production, in Python and C++
- PyTorch or a similar framework
- Docker knowledge is useful for our edge deployments
- Willingness to travel to customer plants (about 25% of the time)

Shift allowance for plant visits, group health cover for family, and transport from Pune city.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['Neural networks', 'C++', 'Model evaluation', 'Linear algebra', 'ROBO', 'Python', 'PyTorch', 'Docker'],
  },
  {
    id: 't14-a-06',
    title: 'NLP Engineer (Clinical Text)',
    company: 'Clarimond Health',
    location: 'Singapore',
    format: 'raw',
    body: `<div class="sr-section"><h2>Company Description</h2><p>Clarimond builds the electronic health record used by more than 60 hospitals and 400 clinics in Singapore, Malaysia and Vietnam. Doctors write notes all day; we make those notes useful.</p></div><div class="sr-section"><h2>Job Description</h2><p>As an NLP Engineer in our Clinical Intelligence squad, you will build models that read discharge summaries, referral letters and radiology reports and pull out diagnoses, medications and follow-up actions.</p><ul><li>Fine-tune transformer-based language models for clinical named-entity recognition and coding</li><li>Clean and normalise messy clinical notes: abbreviations, misspellings, mixed English and Malay</li><li>Expose models through internal REST APIs that the EHR calls</li><li>Evaluate models against clinician-annotated gold sets and track their performance after release</li></ul></div><div class="sr-section"><h2>Qualifications</h2><ul><li>3+ years working on NLP problems</li><li>Python; PyTorch or TensorFlow</li><li>Docker; some Kubernetes is a plus</li><li>Experience working with clinicians or other domain experts, and explaining model errors in plain language</li></ul></div><div class="sr-section"><h2>Additional Information</h2><p>Medical, dental and optical coverage, 18 days of annual leave, and a learning allowance. Only shortlisted candidates will be notified. We do not accept unsolicited agency CVs.</p></div>`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['SG'],
    mentions: [
      'NLP_ENG', 'Neural networks', 'Data cleaning', 'APIs', 'Model evaluation', 'Python', 'PyTorch', 'TensorFlow',
      'Docker', 'Kubernetes', 'Communication',
    ],
  },
  {
    id: 't14-a-07',
    title: 'Business Intelligence Developer (Power BI)',
    company: 'Kestrelford District Council',
    location: 'Kestrelford, Hertfordshire',
    format: 'text',
    body: `Salary: Grade R, £38,220 – £41,771 per annum
Contract: Permanent, 37 hours per week
Location: Civic Offices, Kestrelford (hybrid, minimum two days in the office)
Closing date: 14 March

# About us
Kestrelford District Council delivers services to 94,000 residents: bin collections, planning, housing, council tax and benefits, parks and two leisure centres. We are a small council with big ambitions to use our data better.

# About the role
Our Performance & Insight team is three people. You will be the one who makes our reporting work.

- Build and maintain Power BI reports for housing, revenues, waste and customer services
- Clean and validate data coming out of our housing and revenues systems before it reaches a report
- Design charts that an elected member can read in thirty seconds
- Explain to heads of service what the data says, and what it doesn't
- Look after our SQL Server reporting database and the odd Excel workbook nobody else dares open

# About you
You'll have built BI reporting in a busy organisation, ideally in local government. You'll want the power to change things and the patience to bring people with you.

We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria. This post is subject to a basic DBS check.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'Communication'],
  },
  {
    id: 't14-a-08',
    title: 'AI Product Manager – Claims Automation',
    company: 'Oxbow Assurance',
    location: 'Sydney NSW 2000',
    format: 'escaped',
    body: `Oxbow Assurance insures 1.3 million homes, cars and small businesses across Australia. When something goes wrong, our claims team is the reason people stay with us.

# The opportunity
We're looking for an AI Product Manager to lead our claims automation product line. You'll work with a squad of data scientists, machine learning engineers and claims specialists to decide where AI helps customers get paid faster, and where it doesn't.

# What you'll do
- Own the roadmap for claims triage, document extraction and fraud flagging
- Agree success measures with the team: how a model's precision and recall translate into claims handled, complaints and leakage, and where the release thresholds sit
- Write clear product requirements and communicate progress to executives and frontline claims staff
- Understand the economics of a claim: handling cost, leakage, retention and reinsurance
- Challenge assumptions and think critically about where automation should not be used
- Stay comfortable with ambiguity as regulation and customer expectations shift

# What you'll bring
- 4+ years of product management, including at least one ML-powered product in production
- Insurance or financial services experience is a strong advantage
- A track record of shipping with engineering teams, not just writing specs

Hybrid (3 days in our Sydney CBD office). Salary $170k – $195k + super + STI.`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: [
      'AIPM', 'DS', 'MLE', 'Model evaluation', 'Communication', 'Business acumen', 'Critical thinking', 'Adaptability',
    ],
  },
  {
    id: 't14-a-09',
    title: 'Robotics Engineer – Manipulation & Grasping',
    company: 'Furrowlight Robotics',
    location: 'Lonsdale SA 5160',
    countryHints: ['AU'],
    format: 'html',
    body: `Furrowlight designs and manufactures harvesting robots for orchards and vineyards. Every arm, gripper and chassis is built at our plant in Lonsdale, south of Adelaide, and we ship around 120 units a season to growers in Australia, New Zealand and California.

# The role
Picking a ripe apple without bruising it is a hard manipulation problem. You'll join the Manipulation team and work on the software that decides how each arm reaches, grasps and lets go.

# Responsibilities
- Develop grasp planning and motion control in C++ on ROS 2
- Train reinforcement learning policies in simulation for delicate picking, then transfer them to real arms
- Work through kinematics and dynamics, where the linear algebra and calculus actually matter
- Write Python tooling to analyse field logs and test runs
- Keep your work in Git, with code review and CI on every merge
- Solve problems in the field: when a robot misbehaves in a vineyard at 5am, you'll help work out why

# About you
- Degree in mechatronics, robotics, computer science or similar
- 3+ years building software for real robots
- Happy to spend a few weeks each harvest season on farms

We offer relocation support to South Australia, a 10% bonus and plenty of fresh fruit.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['AU'],
    mentions: [
      'C++', 'Reinforcement learning', 'Linear algebra', 'Calculus', 'Python', 'Git', 'Deployment pipelines',
      'Problem-solving',
    ],
  },
  {
    id: 't14-a-10',
    title: 'Deep Learning Specialist – Chest CT',
    company: 'Lumenquill Imaging',
    location: 'Chennai, TN, IN',
    format: 'raw',
    body: `<p>Lumenquill builds AI software that helps radiologists find lung nodules, rib fractures and haemorrhages faster. Our products are cleared for clinical use in 19 countries and run in more than 340 hospitals.</p><p><strong>About the role</strong><br>Our Chennai team is growing its chest CT programme. You will own model development for new findings from the first data pull to regulatory submission.</p><p><strong>Responsibilities</strong></p><ul><li>Design and train 3D convolutional networks on CT volumes</li><li>PyTorch is our main framework; some older models are still in TensorFlow</li><li>Run evaluation studies with radiologists (sensitivity, specificity, FROC) and write them up for regulatory files</li><li>Work with our MLOps engineers to package models with Docker for hospital deployment</li></ul><p><strong>Requirements</strong></p><ul><li>M.Tech / M.S. / PhD with 3+ years in deep learning for images</li><li>Strong Python</li><li>Sound fundamentals in probability and linear algebra</li><li>Medical imaging experience (DICOM, CT, MRI) is a plus</li><li>TensorFlow Developer Certificate is nice to have</li></ul><p>Lumenquill is an equal opportunity employer.&nbsp;</p>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['IN'],
    mentions: [
      'Neural networks', 'PyTorch', 'TensorFlow', 'Model evaluation', 'MLE', 'Docker', 'Python', 'Probability',
      'Linear algebra', 'CERT_TF',
    ],
  },
  {
    id: 't14-a-11',
    title: 'Lead Data Scientist, Network & Customer Analytics',
    company: 'Pandan Mobile',
    location: 'Paya Lebar, Singapore',
    industry: 'Telecommunications',
    format: 'double',
    body: `Pandan Mobile is hiring a Lead Data Scientist to head our network and customer analytics work. You will lead three data scientists and set the technical direction for how we use data across the 5G network and our 2.4 million subscribers.

# Key responsibilities
- Segment cell sites and customers with k-means and other clustering methods to target network investment and offers
- Build churn and upgrade-propensity models with XGBoost
- Run model pipelines on Vertex AI and large-scale feature jobs in PySpark
- Partner with data engineers on the data platform roadmap
- Present findings and recommendations to CXOs and network planning

# Requirements
- 7+ years in data science, with 2+ leading a team
- Expert Python and SQL
- Telecommunications experience strongly preferred
- Master's or PhD in a quantitative field

Only shortlisted candidates will be notified.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['SG'],
    mentions: [
      'DS', 'Clustering', 'Decision trees', 'Google AI Platform', 'Apache Spark', 'DE', 'Communication', 'Python',
    ],
  },
  {
    id: 't14-a-12',
    title: 'Data Engineer – Python / Spark – Fully Remote – £70k',
    company: 'Copperwhistle Recruitment',
    location: 'Remote - UK',
    format: 'text',
    body: `Data Engineer | Fully remote (UK based) | £60,000 – £70,000 + bonus

My client is a fast-growing, well-funded scale-up and they're looking for a Data Engineer to join a team of five. This is a chance to build things properly from the ground up.

What you'll be doing:
- Building batch and streaming pipelines in Python and Spark
- Containerising jobs with Docker
- Working in Git with proper code review and CI/CD
- Owning pipelines end to end, from ingestion to the models the analysts use

What they need:
- 3+ years in a data engineering role
- Strong Python and SQL
- Cloud experience (AWS preferred)
- Airflow or dbt is a plus

Interviews are happening this week and next, so if you're ready to go, send your CV and I'll give you a call. Copperwhistle Recruitment is acting as an employment agency in relation to this vacancy.`,
    role: 'DE',
    sector: null,
    countries: ['GB'],
    mentions: ['DE', 'Python', 'Apache Spark', 'Docker', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't14-a-13',
    title: 'Business Intelligence Analyst II - Revenue Cycle',
    company: 'Hollins Creek Health',
    location: 'Omaha, NE 68114',
    format: 'escaped',
    body: `# Position summary
The Business Intelligence Analyst II supports the revenue cycle: patient access, coding, billing and collections. You will report to Julia Marsh, Director of Revenue Cycle Analytics, and work closely with finance and operations leaders.

# Essential functions
- Build and maintain Tableau dashboards on denials, days in A/R and point-of-service collections
- Write SQL against Epic Clarity and Caboodle
- Validate and reconcile data between the EHR, the clearinghouse and the general ledger; chase down and correct discrepancies
- Design clear visualizations that show trends, not just numbers
- Communicate findings to directors and present monthly to the revenue cycle steering group
- Support our move of the data warehouse to Azure

# Qualifications
- Bachelor's degree in a related field, or equivalent experience
- 3 years of healthcare analytics experience
- Epic certification preferred

Pay range: $72,800 - $98,300 annually, depending on experience.

Hollins Creek Health is a nonprofit health system of four hospitals and 38 clinics serving eastern Nebraska and western Iowa. We are an equal opportunity employer.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Tableau', 'Data cleaning', 'Visualization', 'Communication'],
  },
  {
    id: 't14-a-14',
    title: 'Machine Learning Engineer II — Search & Recommendations',
    company: 'Tokri Lane',
    location: 'Gurugram, Haryana',
    format: 'raw',
    body: `<div>Tokri Lane delivers groceries and household essentials in under 20 minutes across 11 Indian cities. That's more than 2 lakh orders every day from 600 dark stores, and most of them start with a search box.</div><div><br></div><div>The Search &amp; Recommendations team decides what a customer sees first. We're hiring an ML engineer who likes owning a model from training to serving.</div><div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements plain-list"><li>Build and improve two-tower deep learning retrieval and ranking models in PyTorch</li><li>Build feature pipelines in PySpark on clickstream and order data</li><li>Run offline evaluation (NDCG, recall@k) and then online A/B tests before any rollout</li><li>Orchestrate training with Kubeflow Pipelines on Kubernetes; ship containers with Docker</li><li>Serve models through low-latency gRPC APIs</li><li>Work with data scientists in the Growth team on experiment design</li></ul></div><div class="section page-centered"><h3>What we're looking for</h3><ul class="posting-requirements plain-list"><li>2–5 years of ML engineering experience</li><li>Strong Python</li><li>Experience with recommender systems or search ranking</li></ul></div><div>We're an equal opportunity employer and value diversity at our company.</div>`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: [
      'MLE', 'Neural networks', 'PyTorch', 'Feature engineering', 'Apache Spark', 'Model evaluation',
      'Hypothesis testing', 'Kubeflow', 'Kubernetes', 'Docker', 'APIs', 'DS', 'Python',
    ],
  },
  {
    id: 't14-a-15',
    title: 'Computer Vision Engineer (Edge)',
    company: 'Curbsight',
    location: 'Melbourne VIC (Hybrid)',
    format: 'html',
    body: `Curbsight makes kerbside sensing for local government. Our camera units sit on light poles, count free parking bays, spot loading-zone misuse and feed the live parking maps that 23 councils across Victoria and New South Wales publish to residents.

# What you'll do
- Train and improve object detection models (CNNs, YOLO-family) for cars, vans, bikes and e-scooters
- Convert and optimise models with TF Lite for our ARM-based units
- Own labelling quality: review, correct and re-label images where annotators disagree
- Evaluate accuracy at night, in rain and in low sun, and report it honestly to councils
- Write Python for training and C++ for the on-device pipeline
- Keep everything in Git and reviewed

# About you
- 3+ years in computer vision
- Experience deploying models to constrained devices
- Understanding of privacy by design (we blur faces and plates on the device)

We offer 4 weeks of leave, a learning budget, and a genuinely flexible week.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['Neural networks', 'TensorFlow', 'Data cleaning', 'Model evaluation', 'Python', 'C++', 'Git'],
  },
  {
    id: 't14-a-16',
    title: 'NLP Engineer - LLM Applications',
    company: 'Quenby Sloane',
    location: 'Dublin, Ireland / Hybrid',
    format: 'div',
    body: `We're building a small team to put large language models safely into the hands of our 3,000 colleagues. Your first project: an assistant that answers questions from internal policies and contracts, with sources.

# What you'll do
- Build retrieval-augmented generation services on Azure AI Foundry
- Fine-tune and compare transformer models for classification and extraction
- Build evaluation sets and measure groundedness and accuracy before every release
- Build and maintain Python APIs (FastAPI) used by other internal teams
- Package services with Docker
- Work with legal and compliance colleagues and explain clearly what the models can and can't do

# What we're looking for
- 3+ years in NLP or applied ML
- Hands-on experience with LLMs in production, not just prototypes
- A good sense of when not to use an LLM

Hybrid: 2 days a week in our Dublin office. Competitive salary and pension.`,
    role: 'NLP_ENG',
    sector: null,
    countries: ['IE'],
    mentions: ['Microsoft Azure ML', 'Neural networks', 'Model evaluation', 'Python', 'APIs', 'Docker', 'Communication'],
  },
  {
    id: 't14-a-17',
    title: 'Senior Data Engineer, Plant Data Platform',
    company: 'Cobbleridge Packaging',
    location: 'Mississauga, Ontario, Canada',
    industry: 'Packaging and Containers Manufacturing',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Cobbleridge makes corrugated boxes, folding cartons and moulded-fibre trays at seven plants in Ontario and Quebec. About 1,900 of us run corrugators, die-cutters and printing lines around the clock, and more than half of what we make ends up on a grocery shelf somewhere in North America.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;&lt;strong&gt;The role&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Our plants generate a lot of data and use very little of it. The Plant Data Platform team (four people, growing to seven) is changing that. As a Senior Data Engineer you'll design how machine and quality data gets from the floor to the people and models who need it.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Responsibilities&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Build ingestion from PLCs and plant historians into our Databricks lakehouse using PySpark&lt;/li&gt;&lt;li&gt;Stand up Kafka topics for machine events (stops, speed changes, waste counts) from all seven sites&lt;/li&gt;&lt;li&gt;Write data quality checks that catch sensor dropouts, duplicated events and unit mix-ups, and fix them at the source where you can&lt;/li&gt;&lt;li&gt;Keep everything in Git and deploy through Azure DevOps pipelines&lt;/li&gt;&lt;li&gt;Support our two data scientists and the reliability engineers working on predictive maintenance for corrugators&lt;/li&gt;&lt;li&gt;Occasionally help our R&amp;amp;D group in Burlington, who trial new fibre blends and need their line-trial data kept separate&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Qualifications&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;5+ years of data engineering, at least part of it with industrial, IoT or time-series data&lt;/li&gt;&lt;li&gt;Python and SQL at a high level&lt;/li&gt;&lt;li&gt;Spark experience (PySpark preferred)&lt;/li&gt;&lt;li&gt;Willingness to visit plants &amp;mdash; steel-toe boots provided&lt;/li&gt;&lt;li&gt;French is an asset for our Quebec sites&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Salary range: $118,000 &amp;ndash; $142,000 CAD plus 8% target bonus, group RRSP matching, and a pension plan.&lt;/p&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Cobbleridge is committed to employment equity and accessibility. Accommodation is available on request at every stage of recruitment under the Accessibility for Ontarians with Disabilities Act.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DE',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'Python'],
  },
  {
    id: 't14-a-18',
    title: 'Research Scientist, Reinforcement Learning',
    company: 'Velmarin Labs',
    location: 'London, England, United Kingdom',
    format: 'escaped',
    body: `Velmarin Labs is an AI research company building agents that carry out long software tasks: migrating codebases, triaging incidents, writing tests. Businesses use our agents through our API.

# The role
As a Research Scientist on the Agents team, you'll work on how our agents learn from feedback over long horizons.

- Develop reinforcement learning methods from human and automated feedback
- Explore transformer architecture changes that help with long-context planning
- Design rigorous evaluations of agent behaviour and publish the results internally (and externally when we can)
- Keep up with the literature and bring ideas back to the team
- Explain your results clearly to engineers and leadership

# You have
- A PhD in machine learning or a related field, or equivalent research experience
- Publications in reinforcement learning or sequence modelling
- Strong Python; PyTorch or JAX
- Deep comfort with probability and linear algebra
- Some of our simulation code is in Julia; familiarity is welcome but not required

Salary £140,000 – £220,000 plus equity. We sponsor visas.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: [
      'ARS', 'Reinforcement learning', 'Neural networks', 'Model evaluation',
      'Continuous learning', 'Communication', 'Python', 'PyTorch',
      'Probability', 'Linear algebra', 'Julia',
    ],
  },
  {
    id: 't14-a-19',
    title: 'BI Analyst – Retail Store Performance',
    company: 'Bunyip Mobile',
    location: 'Brisbane, QLD',
    countryHints: ['AU'],
    format: 'text',
    body: `Our 140 stores are where most customers meet us. We want to know which ones are doing well and why.

What you'll do
- Build and own Power BI dashboards on store sales, foot traffic, conversion and staffing
- Shape data with Power Query and DAX; you'll also live in Excel more than you'd like
- Turn numbers into charts store managers will actually look at
- Talk to area managers every week and explain what's changed
- Bring a commercial mindset: know how a plan upgrade, an accessory sale and a handset repayment each make us money

What you bring
- 2+ years in a BI or reporting role, ideally retail or telco
- Experience supporting power users and a lot of not-so-power users

About us
Bunyip Mobile is an Australian mobile and home internet provider with 1.1 million customers. We run our own stores and call centres and our head office is in Fortitude Valley.`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Power BI', 'Visualization', 'Communication', 'Business acumen'],
  },
  {
    id: 't14-a-20',
    title: 'Senior AI Product Manager, Developer Platform',
    company: 'Plinthwork',
    location: 'San Francisco, CA or Toronto, ON',
    locations: ['San Francisco, CA', 'Toronto, ON'],
    countryHints: ['US', 'CA'],
    format: 'double',
    body: `Plinthwork makes the internal developer platform that 2,100 engineering teams use to build, ship and run software, from banks and airlines to game studios and hospitals.

# About the role
As an AI Product Manager, you'll own our AI features: automated code review, incident summaries and a service catalogue that answers questions. You'll partner with ML engineers and data scientists every day.

# What you'll do
- Decide what to build, and what not to, for AI features used by thousands of engineers
- Define offline evaluation metrics and guardrails with the ML team, and hold us to them after launch
- Shape our public API and SDKs so customers can build on these features
- Communicate decisions clearly in writing; we're a writing-first company
- Be a structured problem-solver, and think critically about the evidence behind every decision

# What you bring
- 6+ years of product management, 2+ on ML or AI products
- A technical background; you've shipped developer tools before
- Google Professional Machine Learning Engineer certification is a plus

# Pay
US: $205,000 – $250,000. Canada: CA$190,000 – CA$230,000. Plus equity.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['US', 'CA'],
    mentions: [
      'AIPM', 'MLE', 'DS', 'Model evaluation', 'APIs', 'Communication', 'Problem-solving', 'Critical thinking',
      'CERT_GCP',
    ],
  },
  {
    id: 't14-a-21',
    title: 'Robotics Engineer II – AMR Fleet',
    company: 'Pilotfish Freight',
    location: 'Memphis, TN',
    industry: 'Transportation, Logistics, Supply Chain and Storage',
    format: 'raw',
    body: `<div class="prose"><p>Pilotfish Freight operates 14 distribution centers and a regional trucking fleet for industrial, automotive and healthcare shippers across the Mid-South. Our Memphis campus moves about 60,000 pallets a week.</p><h3>About the job</h3><p>We're rolling out autonomous mobile robots (AMRs) across our buildings and you'll join two other robotics engineers to make them work in real warehouses, not demo halls.</p><ul><li>Integrate and tune AMRs from three vendors with our warehouse management system</li><li>Write fleet coordination and monitoring software in C++ and Python</li><li>Improve localization: probabilistic state estimation, Kalman filters, sensor fusion</li><li>Use Git and code review for everything that touches the floor</li><li>Diagnose and solve problems on the floor with operators and maintenance techs</li></ul><h3>What you need</h3><ul><li>BS in robotics, mechanical, electrical or computer engineering</li><li>2+ years working with mobile robots</li><li>Go or Rust is a bonus</li><li>Able to work some nights and weekends during go-lives</li></ul><p>Medical, dental, vision, 401(k) with match. Pilotfish Freight is an Equal Opportunity Employer, including disability and veterans.</p></div>`,
    role: 'ROBO',
    sector: null,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Python', 'Probability', 'Git', 'Problem-solving'],
  },
  {
    id: 't14-a-22',
    title: 'Data Scientist – Credit Decisioning (Retail Lending)',
    company: 'Shreeyash Bank',
    location: 'Mumbai (BKC)',
    format: 'html',
    body: `# Role purpose
Build and maintain the models that decide who gets a personal loan, a two-wheeler loan or a credit card, and at what limit.

# Key responsibilities
- Develop application scorecards with logistic regression, and challenger models with XGBoost
- Engineer features from bureau, bank statement and repayment data
- Backtest models and monitor stability (PSI, characteristic analysis) every month
- Write Python with pandas and scikit-learn; maintain a few legacy models in R
- Train, register and deploy models on Azure Machine Learning
- Explain models to the credit committee and prepare documentation for model risk and RBI reviews

# Requirements
- 3–6 years in credit risk modelling or data science in a bank or NBFC
- Postgraduate degree in statistics, economics, engineering or similar

# About us
Shreeyash Bank is a scheduled commercial bank with 640 branches across western and central India, serving 9 million customers with savings, loans and cards.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: [
      'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Python', 'Pandas', 'Scikit-learn',
      'R', 'Microsoft Azure ML', 'Communication',
    ],
  },
  {
    id: 't14-a-23',
    title: 'Machine Learning Engineer (MLOps), Research Computing',
    company: 'Westmarch University',
    location: 'Vancouver, BC',
    format: 'div',
    body: `Advanced Research Computing at Westmarch University supports more than 1,400 researchers, from genomics to linguistics. More and more of them train models, and they need help getting those models to run reliably.

# What you'll do
- Run a shared MLflow service for experiment tracking and model registry
- Build and maintain Kubernetes-hosted services for model serving alongside our HPC cluster
- Help researchers containerise their work with Docker and Apptainer
- Build GitLab CI templates so research groups can test and release their code the same way every time
- Teach workshops and write documentation; explain things to people who are experts in something else

# Qualifications
- Bachelor's degree and 3+ years of related experience
- Strong Python and Linux
- AWS Certified Machine Learning Engineer – Associate or similar credentials are an asset

This is a unionized position. Salary range: $88,000 – $104,000 per annum. Westmarch University is committed to employment equity and encourages applications from Indigenous people, racialized people, people with disabilities, and people of all gender identities.`,
    role: 'MLE',
    sector: null,
    countries: ['CA'],
    mentions: ['MLflow', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'Python', 'Communication'],
  },
  {
    id: 't14-a-24',
    title: 'Decision Scientist',
    company: 'Brackenvale Energy',
    location: 'Perth WA 6000',
    format: 'raw',
    body: `<h3>Brackenvale Energy</h3><p>We generate electricity from 11 wind and solar farms across Western Australia and sell it to 210,000 homes and businesses.</p><h3>Your tasks</h3><ul><li>Build probabilistic forecasts of demand, wind output and wholesale prices</li><li>Use regression models to understand what drives customer bills and hardship</li><li>Design and evaluate tariff trials with proper hypothesis testing</li><li>Work in R and Python</li><li>Build Looker Studio dashboards and charts for the customer and trading teams</li></ul><h3>Your profile</h3><ul><li>A degree in statistics, econometrics or similar</li><li>You understand how an energy retailer makes (and loses) money in the wholesale market</li><li>You can explain uncertainty to executives without losing them</li></ul><h3>Why us?</h3><ul><li>Hybrid working from our Perth office</li><li>Salary $125k – $140k + super</li></ul>`,
    role: 'DS',
    sector: null,
    countries: ['AU'],
    mentions: [
      'Probability', 'Regression', 'Hypothesis testing', 'R', 'Python', 'Google Data Studio', 'Visualization',
      'Business acumen', 'Communication',
    ],
  },
  {
    id: 't14-a-25',
    title: 'Software Engineer II (Backend, Payments)',
    company: 'Kopi Bank',
    location: 'Singapore (Hybrid)',
    format: 'escaped',
    body: `Kopi Bank is a digital bank for Singapore's freelancers and small businesses, licensed by the Monetary Authority of Singapore. We hold deposits, make loans and move money, all from an app.

# What you'll work on
Our Payments team builds the services behind PayNow transfers, card authorisations and FAST payments.

- Build backend services in Java 17 and Spring Boot
- Design and own REST and gRPC APIs used by the app and by partner banks
- Publish and consume events on Kafka
- Ship with Docker to Kubernetes
- Write unit tests and extend our regression testing suites so nothing breaks at month end
- Work in GitHub, with Jenkins pipelines for every release

Our frontend team writes TypeScript and JavaScript; you won't need to, but you'll work closely with them.

# About you
- 3+ years of backend engineering
- Experience with payments or core banking is a plus

We offer competitive pay, an annual bonus and a flexible benefits allowance.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['Java', 'APIs', 'Kafka', 'Docker', 'Kubernetes', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't14-a-26',
    title: 'Data Analyst – Trading & Merchandising',
    company: 'Ballyrowan Home & Garden',
    location: 'Galway, Co. Galway',
    format: 'text',
    body: `Ballyrowan Home & Garden has 28 stores across Ireland selling furniture, garden, DIY and homewares, with a growing online shop. Our support office is in Galway.

The role
Our trading team makes hundreds of decisions a week on range, price and stock. You'll give them the numbers.

Responsibilities
- Produce the weekly sales, margin and stock reports in Power BI
- Write SQL against our data warehouse (hosted on Azure) and use Excel for ad-hoc work
- Clean up product master data: duplicate SKUs, wrong categories, missing suppliers
- Present findings to buyers and merchandisers and answer their "why?" questions

Requirements
- 1–3 years in an analyst role, retail preferred
- Good SQL, strong Excel
- Clear, confident communicator

Benefits: staff discount, bike to work scheme, pension contribution, 23 days' annual leave.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['IE'],
    mentions: ['Power BI', 'Data cleaning', 'Communication'],
  },
  {
    id: 't14-a-27',
    title: 'Analytics Engineer',
    company: 'Rosterleaf',
    location: 'Remote (Worldwide)',
    industry: 'Software Development',
    format: 'raw',
    body: `<div>Rosterleaf is scheduling, time tracking and HR software for hourly teams. Restaurants, warehouses, clinics and retailers in 40 countries use us to build rotas and pay people on time.</div><div><br></div><div>We're a remote company of 160 people. Our data team is five, and we're hiring our second analytics engineer.</div><div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements plain-list"><li>Build and maintain dbt models on Snowflake that the whole company reports from</li><li>Write dbt tests and checks that catch bad, late or duplicated data before anyone sees it</li><li>Keep our project in Git with code review, and run it through CI on every pull request</li><li>Build explores and dashboards in Looker</li><li>Write small Python scripts when SQL isn't enough</li><li>Work with our data engineers on ingestion and modelling standards</li></ul></div><div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list"><li>2+ years of analytics engineering or BI</li><li>Excellent SQL and solid dbt</li><li>Our product is a JavaScript/TypeScript monorepo; you won't need to write it, but reading it helps</li></ul></div><div>We pay the same band wherever you live. Rosterleaf is an equal opportunity employer.</div>`,
    role: null,
    sector: SECTOR.IT,
    countries: [],
    mentions: ['Data cleaning', 'Git', 'Deployment pipelines', 'Python', 'DE'],
  },
  {
    id: 't14-a-28',
    title: 'Staff Nurse – Intensive Care Unit (Permanent, Nights)',
    company: 'Ardnamore General Hospital',
    location: 'Cork, Ireland',
    format: 'html',
    body: `Ardnamore General is a 420-bed acute hospital serving Cork city and county, with a 16-bed Intensive Care Unit and a busy emergency department.

# The post
We are recruiting Staff Nurses for our ICU on a permanent night rota. You will report to Aoife Watson, Clinical Nurse Manager 2.

# Duties
- Deliver safe, high-quality care to critically ill adults, including ventilated patients
- Communicate clearly with patients' families, often at the hardest moments
- Use critical thinking under pressure and escalate early
- Adapt to a changing unit: staffing, patient mix and protocols change quickly
- Take part in audits and teaching on the unit

# Eligibility
- Registered General Nurse (RGN) on the active register with the NMBI
- 12 months' post-registration experience (ICU experience desirable)
- A commitment to continuous learning; we fund a Post-Graduate Diploma in Critical Care after 12 months

Salary on the Staff Nurse scale, with night and weekend premiums. Ardnamore General is an equal opportunities employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Communication', 'Critical thinking', 'Adaptability', 'Continuous learning'],
  },
  {
    id: 't14-a-29',
    title: 'Store Manager',
    company: 'Tidepool Outfitters',
    location: 'Halifax, NS',
    countryHints: ['CA'],
    industry: 'Retail',
    format: 'div',
    body: `We power weekend adventures across Atlantic Canada: paddles, tents, boots and good advice, from 19 stores and tidepooloutfitters.ca.

# What you'll do
- Lead a team of 25 full- and part-time staff at our Halifax waterfront store
- Own the store's P&L; understand what drives sales, margin and shrink and act on it
- Hire, train and coach; build schedules that work for the team and the business
- Communicate weekly with the district manager and your team
- Adapt quickly when the season changes overnight (and it does)

# What you need
- 3+ years managing a retail store
- Comfortable with Excel and our scheduling tools
- Love of the outdoors is a plus

Competitive salary, quarterly bonus, 40% staff discount and gear loans.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['Business acumen', 'Communication', 'Adaptability'],
  },
  {
    id: 't14-a-30',
    title: 'Credit Risk Analyst – Mortgages',
    company: 'Ryeholme Building Society',
    location: 'Harrogate, North Yorkshire, HG1',
    format: 'double',
    body: `Ryeholme Building Society has helped people in Yorkshire buy homes and save since 1868. We're owned by our 310,000 members, not shareholders.

# About the role
You'll join the Credit Risk team monitoring our £6bn mortgage book.

- Monitor portfolio performance: arrears, LTV mix, affordability and concentration
- Maintain and recalibrate PD models built with logistic regression
- Backtest models every quarter and report on performance to the Model Risk Committee
- Use SAS, Python or R for analysis, and Excel for reporting packs
- Write clear papers for the Risk Committee and present them

# About you
- Degree in a numerate subject
- 2+ years in credit risk at a bank, building society or lender

Salary £42,000 – £50,000, bonus, 11% pension, 27 days' holiday plus bank holidays.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Regression', 'Model evaluation', 'Python', 'R', 'Communication'],
  },
  {
    id: 't14-a-31',
    title: 'Maintenance Technician – 2nd Shift',
    company: 'Pennock Valley Foods',
    location: 'Grand Rapids, MI',
    industry: 'Food and Beverage Manufacturing',
    format: 'raw',
    body: `<p><b>Job Description:</b></p><p>Pennock Valley Foods makes breakfast cereals and granola bars at our Grand Rapids plant for national brands and store brands. We're looking for a 2nd shift Maintenance Technician to keep our packaging and processing lines running.</p><p><b>Responsibilities:</b></p><ul><li><p>Troubleshoot and repair conveyors, fillers, case packers and ovens</p></li><li><p>Diagnose electrical faults and work with Allen-Bradley PLCs</p></li><li><p>Maintain power transmission components: gearboxes, belts, chains, bearings</p></li><li><p>Complete preventive maintenance and record work in our CMMS</p></li><li><p>Solve problems with operators to reduce downtime</p></li></ul><p><b>Qualifications:</b></p><ul><li><p>High school diploma or GED; technical degree preferred</p></li><li><p>3+ years of industrial maintenance</p></li><li><p>Basic computer skills (Excel, email)</p></li></ul><p>Schedule: Monday–Friday, 2:30pm–11pm. Pay: $29.50–$36.00/hour plus shift differential.</p><p>Pennock Valley Foods is an equal opportunity employer.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't14-a-32',
    title: 'Senior Analyst, Transport Policy & Data',
    company: 'National Mobility Data Office',
    location: 'Singapore',
    format: 'html',
    body: `The National Mobility Data Office is a government agency that collects and analyses data on how people travel, and advises ministries on transport policy.

# What you will do
- Analyse fare-card taps, bus arrival data and traffic counts to understand how commuters travel
- Evaluate policy pilots (off-peak fares, new bus routes) with regression models and hypothesis testing
- Work in R or Python
- Create charts and visualisations for ministerial briefs
- Write concise briefs and present findings to senior management
- Think critically about data quality and what the evidence does and does not support

# Requirements
- Degree in economics, statistics, transport planning or related field
- At least 3 years of relevant experience
- Singapore Citizens only

Only shortlisted candidates will be notified.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['Regression', 'Hypothesis testing', 'R', 'Python', 'Visualization', 'Communication', 'Critical thinking'],
  },
  {
    id: 't14-a-33',
    title: 'Warehouse Shift Supervisor (Nights)',
    company: 'Brennock Freight & Storage',
    location: 'Dundalk, Co. Louth',
    format: 'text',
    body: `Brennock Freight & Storage provides ambient and chilled storage and cross-border haulage for food producers, drinks companies and pharmaceutical distributors. Our Dundalk site runs 24/7.

The role
- Lead a team of 18 on the night shift: picking, loading and goods-in
- Use our WMS and Excel to plan the shift and report on it
- Communicate clearly with transport planners, drivers and the day shift
- Adapt the plan when trucks run late or orders change at 3am
- Keep the site safe and HACCP-compliant

About you
- 2+ years supervising in a warehouse
- Counterbalance or reach truck licence an advantage

Pay grade R2: €38,000 – €42,000 plus night premium. Free parking and subsidised canteen.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't14-a-34',
    title: 'Senior Financial Accountant',
    company: 'Gopuram Towers',
    location: 'Hyderabad, Telangana',
    format: 'div',
    body: `Gopuram Towers owns and operates more than 18,000 telecom towers across South India. Mobile operators lease space on our towers for their antennas, and we keep the sites powered and running.

# Responsibilities
- Month-end and year-end close under Ind AS, including Ind AS 116 lease accounting
- Track power and fuel costs at tower sites and reconcile them against operator recharges
- Prepare MIS packs; Excel (including Power Query) is essential and Power BI reporting is a plus
- Work with statutory and internal auditors
- Communicate clearly with operations and commercial teams

# Requirements
- CA with 4–7 years of post-qualification experience
- Infrastructure or telecom experience preferred`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Power BI', 'Communication'],
  },
  {
    id: 't14-a-35',
    title: 'Medical Laboratory Scientist / Technologist',
    company: 'Prairieline Diagnostics',
    location: 'Calgary, AB T2E',
    format: 'raw',
    body: `<h2>Description</h2><p>Prairieline Diagnostics runs community laboratories and patient service centres across southern Alberta, processing blood work and specimens for family physicians, clinics and long-term care homes.</p><p>We're hiring a Medical Laboratory Technologist for our core lab in Calgary (chemistry and hematology).</p><h2>Responsibilities</h2><ul><li>Perform and verify routine and stat testing in chemistry and hematology</li><li>Run quality control and apply Westgard rules; troubleshoot analyzers</li><li>Take part in method comparison studies when new analyzers arrive, including linear regression and bias analysis</li><li>Communicate critical results to physicians promptly</li></ul><h2>Requirements</h2><ul><li>Registration with CSMLS and the College of Medical Laboratory Technologists of Alberta</li><li>Rotating shifts including weekends</li></ul><p>We offer competitive wages, a benefits plan and RRSP matching.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['Regression', 'Communication'],
  },
  {
    id: 't14-a-36',
    title: 'Chef de Partie',
    company: 'The Merrow House Hotel',
    location: 'Edinburgh EH1',
    format: 'double',
    body: `The Merrow House is a 64-room townhouse hotel on the edge of the Old Town, with a 70-cover restaurant and a busy afternoon tea.

# The role
Join Head Chef Julia Ferreira's brigade running the larder and pastry sections.

- Prepare and present dishes to our standards, every service
- Keep your section organised, clean and stocked
- Clear communication on the pass
- Help train commis chefs and spark their love of seasonal Scottish produce

# About you
- Previous experience as a CDP or strong demi chef de partie
- Food hygiene certificate

£14.50 per hour plus tronc, staff meals, 28 days' holiday.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
];
