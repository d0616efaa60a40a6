// test15, half A: 36 invented English-language postings with analyst labels (sealed test set).
//
// Composition
// - Countries: US 6, Canada 6, Australia 6, UK 5, Ireland 4, India 4, Singapore 3, one London-or-Dublin case
//   (t15-a-15 → GB, IE) and one fully remote case with no country (t15-a-11 → []).
// - Roles: 24 titles among the seed's ten roles — DS 4 (02, 12, 17, 22), MLE 3 (01, 11, 16), DE 3 (04, 14, 24),
//   BIA 3 (07, 13, 19), ARS 2 (03, 15), CVE 2 (05, 18), NLP_ENG 2 (06, 21), AIPM 2 (08, 20), ROBO 2 (09, 23),
//   DLS 1 (10); 12 other jobs with role null (25 software engineer, 26 data analyst, 27 analytics engineer,
//   28 nurse, 29 store manager, 30 credit risk analyst, 31 production supervisor, 32 transport planner,
//   33 statistician, 34 lab technician, 35 sous chef, 36 sales development rep).
// - Sectors: IT 5, FIN 6, HEALTH 4, RETAIL 4, TELCO 3, AUTO 4, PUBLIC 3, null 7.
// - Formats: raw 12 (Greenhouse escaped 01, 24; Lever 03, 20; Workday 06, 17; SmartRecruiters 08; JSON-LD 12, 33;
//   Personio 14; Teamtailor 21; Recruitee 30), html 6, div 5, text 5, escaped 4, double 4.
// - Board industry field on 6 cases (12, 17, 19, 22, 28, 36).
//
// Role calls
// - 12 "Decision Scientist" → DS. 16 "ML Platform Engineer" → MLE. 11 "MLOps Engineer" → MLE. 03 "Applied
//   Scientist" → ARS. 07 "Power BI Developer" and 19 "BI Developer" → BIA. 08 "VP, AI Product Manager" → AIPM.
// - 25 Software Engineer, 26 Data Analyst, 27 Analytics Engineer, 30 Credit Risk Analyst, 33 Statistician → null.
// - Title roles are listed in mentions only when the body names the role too (or a title that maps to it, e.g.
//   "Decision Scientist" in 12's body → DS). Not named in the body, so not mentioned: 16 (MLE), 21 (NLP_ENG).
//
// Sector calls
// - 01 fraud scoring sold to card issuers and credit unions → FIN (vendor made for one sector).
// - 09 builds robots that tend CNC machines on factory floors → AUTO (robot maker, made for factories).
// - 16 observability SaaS used by banks, game studios, airlines, hospitals → IT (multi-industry software).
// - 18 autonomous trucking developer → AUTO (autonomous-driving company), though it hauls freight.
// - 20 adaptive traffic-signal software for cities → PUBLIC (made for cities' services).
// - 24 payroll and bookkeeping for small businesses → FIN (money software for small firms).
// - 25 e-commerce platform for independent retailers → RETAIL (service made for retailers).
// - 26 community pharmacy chain → HEALTH (pharmacy chains are Healthcare, not Retail).
// - 28 private hospital → HEALTH. 31 industrial bakery → AUTO (food maker in a factory).
// - 17 mutual insurer of farms/homes/cars → FIN (not a health insurer).
// - 04 broadband operator, described only in the closing paragraph → TELCO.
// - null: 11 (says nothing about its business), 13 (university), 22 (oil and gas producer), 23 (mining),
//   32 (freight forwarder for manufacturers, not online shops), 34 (water utility), 35 (hotel).
//
// Mention decisions
// - 01 "Kubernetes clusters" → Kubernetes only, no Clustering; "AWS certification is a nice-to-have" → no cert;
//   JavaScript remark → no label; GitHub code review → Git; GitHub Actions → Deployment pipelines.
// - 02 Vertex AI → Google AI Platform; "Google Cloud Professional Machine Learning Engineer" → CERT_GCP;
//   "analytics engineers" → no role label.
// - 04 GitLab CI → Deployment pipelines only (no repo wording, so no Git); PySpark → Apache Spark.
// - 07, 22 "Azure data platform"/Azure cloud → not Microsoft Azure ML; 22 "Azure Machine Learning" → Azure ML;
//   22 "Azure AI Engineer Associate" → CERT_AZ.
// - 08 "Band R" → no R; "read a confusion matrix … how models are evaluated" → Model evaluation.
// - 09 "CI/CD pipeline" for simulation tests → Deployment pipelines.
// - 10, 31 "R&D" → nothing. 25 "regression testing" → no Regression; "Go" → nothing; Java yes, JavaScript no.
// - 11 "AWS certification preferred" → no cert; monitoring drift in production → Model evaluation; SageMaker → AWS SageMaker.
// - 14, 17 "build/engineer features" → Feature engineering; 16 "feature store" (infrastructure) → not Feature engineering.
// - 16 "offline evaluation metrics regress" → Model evaluation, no Regression.
// - 21 Azure AI Foundry → Microsoft Azure ML (judgement: Microsoft's current name for its ML platform, as
//   Vertex AI is Google's); transformer language models → Neural networks.
// - 24, 26 Looker Studio → Google Data Studio.
// - 03 the employer's speech APIs, which the scientist ships models into → APIs.
// - 23 "write clear technical documentation" → Communication; 09 "work through field failures" → not
//   Problem-solving (no explicit wording).
// - 24 Northern Ireland location → GB; 31 "Hamilton, ON" → CA; 35 "Dublin 2" → IE.
// - 28, 35 Julia / Watson are people → no Julia, no IBM Watson. 29 "spark the kind of energy" → no Spark.
// - 30 logistic regression → Regression; gradient boosting → Decision trees; PSI/Gini/KS monitoring → Model
//   evaluation; champion–challenger significance → Hypothesis testing; "lending economics" → Business acumen.
// - 34 linear regression of calibration standards → Regression (a real regression, not a trap).
// - 19 "Tableau Desktop Specialist certification" → no certification label.
// - Non-tech jobs keep soft skills where the wording is explicit (Communication, Adaptability, Problem-solving,
//   Business acumen, Continuous learning); "continuous improvement" (31) is not Continuous learning.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST15_A: HoldoutCase[] = [
  {
    id: 't15-a-01',
    title: 'Senior Machine Learning Engineer – Fraud Signals',
    company: 'Ledgerhawk',
    location: 'Toronto, Ontario, Canada',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Ledgerhawk&lt;/strong&gt; builds real-time fraud scoring for card issuers, credit unions and digital banks across North America. Every swipe, tap and e-Transfer that passes through our platform gets a risk score in under 40 milliseconds, and more than 90 financial institutions rely on those scores to decide what to approve.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;About the role&lt;/h3&gt;
&lt;p&gt;We're looking for a Senior Machine Learning Engineer to join the Fraud Signals team. You'll own models from the first notebook to the production endpoint, working side by side with our data engineers and with the fraud analysts who investigate the cases our models flag.&lt;/p&gt;
&lt;h3&gt;What you'll do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship transaction-scoring models — mostly gradient-boosted trees, with sequence models (LSTMs and small transformers) for account-level behaviour&lt;/li&gt;
&lt;li&gt;Build and maintain features computed from streaming card events in Kafka&lt;/li&gt;
&lt;li&gt;Run backtests against labelled chargeback data and watch precision/recall drift once models are live&lt;/li&gt;
&lt;li&gt;Package models as Python and Java scoring services and deploy them to our Kubernetes clusters through GitHub Actions&lt;/li&gt;
&lt;li&gt;Track experiments and model versions in MLflow&lt;/li&gt;
&lt;li&gt;Explain model behaviour to client risk teams in plain language&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What you bring&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building ML systems in production, ideally in payments, lending or fraud&lt;/li&gt;
&lt;li&gt;Strong Python; working knowledge of Java (our scoring gateway is JVM-based — JavaScript experience doesn't transfer here, sorry!)&lt;/li&gt;
&lt;li&gt;Comfort with imbalanced classification and cost-sensitive evaluation&lt;/li&gt;
&lt;li&gt;Good habits around code review on GitHub&lt;/li&gt;
&lt;li&gt;An AWS certification is a nice-to-have, not a requirement&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Pay &amp;amp; benefits&lt;/h3&gt;
&lt;p&gt;The base salary range for this role in Toronto is CAD $165,000 – $195,000, plus bonus and equity. Health, dental and vision from day one, RRSP matching, and a $1,500 annual learning budget.&lt;/p&gt;
&lt;p&gt;Ledgerhawk is an equal opportunity employer. We welcome applicants of all backgrounds and will provide accommodations throughout the recruitment process on request.&lt;/p&gt;`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['MLE', 'DE', 'Decision trees', 'Neural networks', 'Feature engineering', 'Kafka', 'Model evaluation', 'Python', 'Java', 'Kubernetes', 'Deployment pipelines', 'MLflow', 'Communication', 'Git'],
  },
  {
    id: 't15-a-02',
    title: 'Data Scientist II (Pricing & Promotions)',
    company: 'Pantrybird',
    location: 'Sydney NSW 2015',
    format: 'html',
    body: `We pack and deliver around 60,000 grocery orders a week from three fulfilment centres across Sydney, Newcastle and the Central Coast — fresh produce, pantry staples and a growing range of our own-label products. Pantrybird started as a two-van operation in Marrickville in 2016.

# The role
As a Data Scientist in our Pricing & Promotions squad, you'll help decide what a punnet of strawberries should cost on a Tuesday. You'll build price elasticity models, design and read out promotional experiments, and work out which discounts actually bring customers back.

# You'll be
- Building demand and elasticity models (think regularised regression and hierarchical models) in Python
- Designing A/B tests for price changes and calling them honestly, including the ones that don't work
- Segmenting customers by basket behaviour with k-means and similar methods
- Turning results into clear charts and short write-ups for the commercial team
- Deploying models on Vertex AI with our ML platform crew
- Partnering with the analytics engineers who maintain our dbt models in BigQuery

# You'll have
- 3+ years in a data science role; grocery, retail or marketplace experience a bonus
- Python (pandas, scikit-learn, statsmodels) and solid SQL
- A real feel for the commercial side: margin, basket size, promo funding
- Comfort with ambiguity — pricing questions rarely arrive neatly framed
- Google Cloud Professional Machine Learning Engineer certification is a plus

# Perks
Hybrid (2 days in our Alexandria office), 20% off your Pantrybird shop, 18 weeks' paid parental leave and an annual wellbeing allowance.

We acknowledge the Gadigal people of the Eora Nation, the traditional custodians of the land on which we work.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['DS', 'Regression', 'Python', 'Hypothesis testing', 'Clustering', 'Visualization', 'Communication', 'Google AI Platform', 'Pandas', 'Scikit-learn', 'Business acumen', 'Adaptability', 'CERT_GCP'],
  },
  {
    id: 't15-a-03',
    title: 'Applied Scientist, Speech Recognition (Indic Languages)',
    company: 'Vocalith',
    location: 'Bengaluru, Karnataka, India',
    format: 'raw',
    body: `<div><b>Vocalith</b> makes speech recognition and voice synthesis APIs that developers plug into call-centre software, video apps, cars, hearing aids and accessibility tools. Our models transcribe more than two billion minutes of audio a month in 48 languages.</div><div><br></div><div>Our Bengaluru lab focuses on Indian languages and code-switched speech — Hinglish, Tanglish and everything in between. As an Applied Scientist here, you'll push recognition accuracy for languages that most systems still handle poorly.</div><div><br></div><h3>What you'll work on</h3><ul><li>Train and fine-tune large transformer and conformer acoustic models in PyTorch on multi-node GPU jobs</li><li>Design evaluation sets and measure word error rate across accents, noise conditions and domains</li><li>Explore self-supervised pretraining and semi-supervised learning on unlabelled audio</li><li>Collaborate with our ML engineers to get models into the streaming API at low latency</li><li>Publish at Interspeech or ICASSP when the work deserves it</li></ul><h3>What we're looking for</h3><ul><li>PhD or Master's in CS, EE or a related field, with research in speech or deep learning</li><li>Strong Python and PyTorch; C++ is a plus for decoder work</li><li>Solid grounding in probability and linear algebra</li><li>You keep up with the literature and enjoy trying new ideas quickly</li></ul><h3>Good to know</h3><ul><li>Hybrid: 3 days a week at our Indiranagar office</li><li>Compute budget is not the bottleneck here</li></ul>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['ARS', 'APIs', 'Neural networks', 'PyTorch', 'Model evaluation', 'MLE', 'Python', 'C++', 'Probability', 'Linear algebra', 'Continuous learning'],
  },
  {
    id: 't15-a-04',
    title: 'Data Engineer - Network Analytics',
    company: 'Glenmara Broadband',
    location: 'Dublin, Ireland',
    format: 'div',
    body: `# About the job
We're hiring a Data Engineer to join Network Analytics in Dublin. The team turns telemetry from our access network — OLTs, home routers, the core — into data that our planners and operations engineers trust. Right now that's around 4 TB of events a day, and it grows every time we connect another town.

# What you'll do
- Build and run batch and streaming pipelines in PySpark and Kafka
- Model data in our lakehouse so analysts and data scientists can self-serve
- Put data quality checks in place: deduplication, schema validation, and alerting when a feed goes quiet
- Maintain Airflow DAGs and improve how we deploy them (currently GitLab CI)
- Expose curated datasets to internal tools through a small REST API

# What you'll need
- 3+ years as a data engineer
- Python and SQL; Scala is nice to have
- Hands-on with Spark and Kafka at volume
- Docker, and some exposure to Kubernetes
- Clear written communication — a lot of our work is async

# Who we are
Glenmara Broadband runs a full-fibre network passing more than 600,000 premises across Leinster and Munster, and sells broadband and phone services to homes and businesses over it. We're proud to be an equal opportunities employer.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['IE'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'DS', 'Data cleaning', 'Deployment pipelines', 'APIs', 'Python', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't15-a-05',
    title: 'Computer Vision Engineer (Weld Inspection)',
    company: 'Tarrowby Vision Systems',
    location: 'Birmingham, England, United Kingdom',
    format: 'text',
    body: `Tarrowby Vision Systems designs inline inspection cells for automotive and aerospace production lines. Our cameras sit above robot welding stations and conveyors and flag a bad weld or a missing clip before the part moves to the next station. Customers include tier-one suppliers in the West Midlands, Germany and Mexico.

# The role
We're looking for a Computer Vision Engineer to improve the detection models behind our weld-seam inspection product. You'll work with raw images from structured-light and thermal cameras, and you'll spend real time on factory floors seeing how the system copes with bad lighting and spatter.

# Responsibilities
- Develop defect detection and segmentation models (CNN-based) in PyTorch
- Write efficient image-processing code in C++ and OpenCV for our edge boxes
- Build labelled datasets with our inspection specialists and keep them clean: relabel, remove duplicates, fix class mix-ups
- Measure false-reject and escape rates against customer acceptance criteria
- Support commissioning at customer sites (approx. 20% travel, UK and EU)

# About you
- Degree in computer science, engineering, physics or similar
- 2+ years of computer vision work, ideally industrial
- Python and C++
- A methodical problem-solver when a line is down and the customer is waiting
- Full UK driving licence

Salary £48,000–£60,000 depending on experience. 25 days holiday plus bank holidays, 6% employer pension contribution, on-site parking.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['GB'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'C++', 'Data cleaning', 'Model evaluation', 'Python', 'Problem-solving'],
  },
  {
    id: 't15-a-06',
    title: 'NLP Engineer II, Clinical Language',
    company: 'Charthaven Health Systems',
    location: 'Boston, MA',
    format: 'raw',
    body: `<p><b>Who We Are</b></p><p>Charthaven makes the electronic health record used by more than 300 community hospitals and 2,000 outpatient clinics in the United States. Clinicians use Charthaven to chart, order and hand off care; our goal is to give them back the hours they lose to documentation.</p><p><b>The Opportunity</b></p><p>The Clinical Language team builds the models that read physician notes, discharge summaries and referral letters: extracting problems, medications and allergies, and drafting summaries a clinician can check in seconds. As an NLP Engineer you will take models from prototype to the features clinicians see every day.</p><p><b>What You Will Do</b></p><ul><li>Fine-tune and evaluate transformer models for clinical named-entity recognition, relation extraction and summarization</li><li>Build evaluation harnesses with clinician-annotated gold sets; report precision and recall by specialty</li><li>Write de-identification and text normalization steps for messy note text (abbreviations, templates, copy-forward)</li><li>Serve models behind internal APIs with our platform team and containerize them with Docker</li><li>Partner with clinical informaticists and product managers to decide what is safe to ship</li></ul><p><b>What You Will Bring</b></p><ul><li>3+ years of NLP or ML engineering experience</li><li>Python, PyTorch and Hugging Face Transformers</li><li>Experience with healthcare data (HL7/FHIR, clinical terminologies) strongly preferred</li><li>Ability to explain model limitations to non-technical colleagues</li></ul><p><b>Compensation</b></p><p>The expected base pay range for this position is $150,000 - $185,000 USD annually. Actual pay depends on skills, experience and location.</p><p>Charthaven is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.</p>`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'Docker', 'Python', 'PyTorch', 'Communication'],
  },
  {
    id: 't15-a-07',
    title: 'Power BI Developer',
    company: 'Mossgate Borough Council',
    location: 'Mossgate Town Hall, Greater Manchester, UK',
    format: 'escaped',
    body: `**Salary:** Grade 9, £38,626 – £42,708
**Hours:** 37 per week, hybrid (minimum 2 days at Mossgate Town Hall)
**Contract:** Permanent

Mossgate Borough Council provides services to 230,000 residents, from bin collections and libraries to adult social care, housing and planning. Our Insight & Intelligence team helps councillors and service managers make decisions with good evidence.

# About the role
As our Power BI Developer you'll design and maintain the reports that show how services are performing: waiting times for housing repairs, social care caseloads, council tax collection. You'll also help service areas move away from hand-built spreadsheets.

# Key responsibilities
- Build and publish Power BI reports and data models (DAX, Power Query)
- Work with our data engineers to bring new sources into the council's Azure data platform
- Check and correct source data, and report data quality issues back to service owners
- Present findings to managers and elected members in a way non-specialists can follow
- Support colleagues across the council to use self-service reporting

# Essential criteria
- Demonstrable experience of Power BI development
- Good SQL; Excel to an advanced level
- Strong communication skills, written and verbal
- A commitment to public service and to safeguarding

This post is subject to a basic DBS check. We are a Disability Confident Employer and guarantee an interview to disabled applicants who meet the essential criteria.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'DE', 'Data cleaning', 'Communication'],
  },
  {
    id: 't15-a-08',
    title: 'VP, AI Product Manager – Retail Banking',
    company: 'Kallang Strand Bank',
    location: 'Singapore',
    format: 'raw',
    body: `<h2>Company Description</h2><p>Kallang Strand Bank serves over 4 million personal and business customers across Singapore, Malaysia and Indonesia with deposits, home loans, cards and wealth management. Our Group Data &amp; AI Office builds the models behind credit decisions, personalised offers and our 24/7 digital banking app.</p><h2>Job Description</h2><p>We are seeking an AI Product Manager to own the customer-facing AI roadmap in Retail Banking: the assistant inside our mobile app, next-best-offer recommendations, and smart spending alerts.</p><ul><li>Define product vision, OKRs and a quarterly roadmap for AI-powered features, working with data scientists, ML engineers and designers</li><li>Translate business goals (deposit growth, card activation, lower call volumes) into problems the team can solve with models</li><li>Define success metrics and run controlled experiments before full rollout</li><li>Work with Risk, Compliance and Model Risk Management so that models meet MAS principles on fairness, ethics, accountability and transparency</li><li>Communicate progress to senior stakeholders clearly and concisely</li></ul><h2>Qualifications</h2><ul><li>7+ years in product management, including at least 3 years on ML or data products</li><li>Good understanding of how models are built and evaluated: you don't need to code, but you can read a confusion matrix</li><li>Strong business acumen; banking or payments experience preferred</li><li>Comfortable in a fast-changing regulatory and technology environment</li></ul><h2>Additional Information</h2><p>This role is graded at Band R (Vice President). Only shortlisted candidates will be notified. By applying, you consent to the collection, use and disclosure of your personal data for recruitment purposes in accordance with the PDPA.</p>`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['AIPM', 'DS', 'MLE', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Business acumen', 'Adaptability'],
  },
  {
    id: 't15-a-09',
    title: 'Robotics Engineer – Mobile Manipulation',
    company: 'Kestrelworks Robotics',
    location: 'Pittsburgh, PA 15201',
    format: 'html',
    body: `Kestrelworks builds and assembles autonomous mobile manipulators at our plant in Lawrenceville: wheeled robots with a 6-axis arm that load and unload CNC machines, swap tooling and move parts between cells on factory floors. 140 of our robots are running at 31 machine shops today.

# What you'll do
As a Robotics Engineer on the Manipulation team, you'll own the software that gets our arm from "I see a part" to "the part is clamped in the vise" — safely, thousands of times a shift.
- Develop motion planning, grasp planning and force-controlled insertion in C++ on ROS 2
- Integrate perception outputs (pose estimates from our vision team) into manipulation
- Write simulation tests in Isaac Sim and Gazebo that run in our CI/CD pipeline on every merge
- Tune controllers on hardware in our test cell and at customer sites
- Work through field failures with our service technicians

# What we're looking for
- BS/MS in robotics, mechanical or electrical engineering, or computer science
- 3+ years of C++ and Python in robotics
- Solid linear algebra and rigid-body kinematics
- Experience with reinforcement learning for manipulation is a plus, not a requirement
- You like getting your hands dirty; debugging a robot at 6 a.m. is occasionally part of the job

# Benefits
Medical, dental and vision; 401(k) with 4% match; 15 days PTO plus a plant shutdown between Christmas and New Year. Salary range $120,000–$160,000.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Deployment pipelines', 'Python', 'Linear algebra', 'Reinforcement learning'],
  },
  {
    id: 't15-a-10',
    title: 'Deep Learning Specialist – Chest CT (R&D)',
    company: 'Lumeqa Imaging',
    location: 'Hyderabad, Telangana',
    format: 'double',
    body: `Lumeqa Imaging develops AI software that helps radiologists read chest CT and X-ray studies faster. Our triage and detection products are cleared for clinical use in India, the EU and Australia, and run in more than 400 hospitals and diagnostic centres.

# Role
We are hiring a Deep Learning Specialist for our Hyderabad R&D centre. You will design and train models that find lung nodules, measure them across follow-up scans, and flag urgent findings on the radiologist's worklist.

# Responsibilities
- Research, implement and train 3D CNNs and vision transformers for detection and segmentation in PyTorch
- Curate training data with our radiologist annotators: resolve disagreements, remove corrupted DICOM series, standardise pixel spacing
- Evaluate models on multi-site test sets; report sensitivity, specificity and FROC; support clinical validation studies
- Optimise inference with TensorRT and ONNX for on-premise GPU servers
- Keep up with recent medical imaging research and bring useful ideas into the product

# Requirements
- M.Tech / MS / PhD in computer science, electrical engineering or a related field
- 3–6 years in deep learning, at least 2 of them in medical imaging
- Strong Python; familiarity with MONAI is a plus
- Good working knowledge of NumPy and image-processing libraries`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['IN'],
    mentions: ['DLS', 'Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Continuous learning', 'Python', 'NumPy'],
  },
  {
    id: 't15-a-11',
    title: 'MLOps Engineer',
    company: 'Brindlecove',
    location: 'Remote',
    format: 'text',
    body: `Brindlecove is a small, fully distributed team of about 60 people spread across time zones from UTC-5 to UTC+2. We're hiring an MLOps Engineer to own the path from a trained model to something that runs reliably in production.

# What you'd be doing
- Build and maintain our training and deployment pipelines (GitHub Actions, Argo, Terraform)
- Run model serving on Kubernetes: manage the cluster, autoscaling and GPU scheduling
- Set up a model registry and experiment tracking with MLflow
- Monitor models in production for drift and performance degradation, and alert the owning team
- Help data scientists package their work in Docker without it turning into a week-long project

# About you
- 3+ years in DevOps, SRE or ML platform roles
- Strong Python; some Go is helpful
- AWS experience (we use SageMaker for some training jobs); AWS certification preferred
- You write clearly: runbooks, RFCs, postmortems

# How we work
Async-first, with two overlap hours a day. 30 days holiday, a home-office budget and a team offsite twice a year. Salary bands are published internally; this role sits in band E.`,
    role: 'MLE',
    sector: null,
    countries: [],
    mentions: ['MLE', 'Deployment pipelines', 'Kubernetes', 'MLflow', 'Model evaluation', 'DS', 'Docker', 'Python', 'AWS SageMaker', 'Communication'],
  },
  {
    id: 't15-a-12',
    title: 'Decision Scientist, Merchandising',
    company: 'Harlow & Pike',
    location: 'Chicago, IL',
    countryHints: ['US'],
    industry: 'Retail',
    format: 'raw',
    body: `<p><strong>Harlow &amp; Pike</strong> has been part of Midwestern life since 1921. Today we run 58 department stores across eight states and a website that ships to all fifty, selling apparel, home goods, beauty and gifts from more than 1,200 brands.</p><p><strong>Position Summary</strong><br>The Decision Scientist, Merchandising helps our buyers and planners decide what to buy, how much, and where to send it. You will turn sales, inventory and customer data into recommendations that change real purchase orders.</p><p><strong>Essential Duties</strong></p><ul><li>Build forecasting and allocation models for seasonal assortments (Python, R)</li><li>Use decision trees, random forests and gradient boosting to predict size curves and sell-through</li><li>Design and analyze in-store tests and markdown experiments</li><li>Create clear visualizations in Tableau and present recommendations to merchandising leadership</li><li>Partner with our data engineers on data definitions and new sources</li></ul><p><strong>Qualifications</strong></p><ul><li>Master's degree in statistics, economics, operations research or a related field, or equivalent experience</li><li>3+ years applying analytics or data science in retail, CPG or e-commerce</li><li>Understanding of retail economics: margin, open-to-buy, markdown cadence</li><li>Willingness to question assumptions and challenge the way things have always been done</li></ul><p>Harlow &amp; Pike is an equal opportunity employer. Associates enjoy a 25% merchandise discount.</p>`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['DS', 'Python', 'R', 'Decision trees', 'Hypothesis testing', 'Visualization', 'Tableau', 'Communication', 'DE', 'Business acumen', 'Critical thinking'],
  },
  {
    id: 't15-a-13',
    title: 'Business Intelligence Analyst – Planning & Performance',
    company: 'Kooringal Downs University',
    location: 'Melbourne VIC 3000',
    format: 'html',
    body: `**Business Intelligence Analyst – Planning & Performance**
HEW Level 7, fixed-term to December 2026 | $104,000 – $113,000 + 17% super | City campus

Kooringal Downs University is home to 41,000 students across three Victorian campuses. The Planning & Performance unit gives the University Executive the numbers behind enrolments, load planning, student success and research income.

# About the role
You'll be the go-to person for student data: building and refreshing reporting on enrolments, attrition and graduate outcomes, and answering ad-hoc questions from faculties. Most of our reporting lives in Power BI, with some legacy Tableau we're retiring.

# Key responsibilities
- Develop Power BI dashboards and semantic models on the student data warehouse
- Write and optimise SQL against SQL Server and Snowflake
- Validate and reconcile data between the student system and government submission files
- Produce charts and briefing notes for University committees
- Keep the team's documentation and code in our Azure DevOps Git repos

# Selection criteria
- Demonstrated experience as a BI analyst or report developer
- Advanced SQL and Power BI; Tableau desirable
- Strong written and verbal communication
- Ability to manage competing priorities in a changing environment

To apply, please address the selection criteria in a cover letter of no more than two pages. Aboriginal and Torres Strait Islander candidates are strongly encouraged to apply.`,
    role: 'BIA',
    sector: null,
    countries: ['AU'],
    mentions: ['BIA', 'Power BI', 'Tableau', 'Data cleaning', 'Visualization', 'Communication', 'Git', 'Adaptability'],
  },
  {
    id: 't15-a-14',
    title: 'Senior Data Engineer (Streaming)',
    company: 'Lionrock Mobile',
    location: 'Singapore (Hybrid)',
    format: 'raw',
    body: `<p>Lionrock Mobile is one of Singapore's mobile network operators, serving 2.7 million subscribers on 4G and 5G with postpaid, prepaid, roaming and home fibre plans. Our Data Platform team ingests every call record, data session and cell-site event the network produces.</p><p><strong>Your tasks</strong></p><ul><li>Design streaming pipelines on Kafka and Spark Structured Streaming that process 9 billion network events a day</li><li>Own data contracts with the network and billing teams, and build validation that catches malformed CDRs before they reach anyone downstream</li><li>Migrate legacy Hadoop jobs (HDFS, Hive) to our cloud lakehouse</li><li>Build and serve features for our data scientists working on churn and network-quality models</li><li>Mentor two junior data engineers</li></ul><p><strong>Your profile</strong></p><ul><li>6+ years of data engineering, at least 2 of them on streaming at telco or similar scale</li><li>Scala or Java, plus Python</li><li>Kafka, Spark and the Hadoop ecosystem</li><li>Kubernetes and Docker for running data services</li><li>A good communicator with technical and non-technical teams alike</li></ul><p><strong>Why us?</strong></p><ul><li>Variable bonus, flexible benefits, and a free mobile line with unlimited data</li><li>Hybrid working from our one-north office</li></ul>`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['SG'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'Hadoop', 'Feature engineering', 'DS', 'Java', 'Python', 'Kubernetes', 'Docker', 'Communication'],
  },
  {
    id: 't15-a-15',
    title: 'Research Scientist, Reinforcement Learning',
    company: 'Paraline Labs',
    location: 'London, UK or Dublin, Ireland',
    locations: ['London, United Kingdom', 'Dublin, Ireland'],
    format: 'escaped',
    body: `Paraline Labs is an AI research company. We train large models, study how they learn to plan, use tools and act over long horizons, and license them to companies building assistants and agents. We're about 180 people, most of them researchers and engineers.

# About the team
The Agents team works on reinforcement learning for language models: reward modelling, RL from human and AI feedback, and environments in which models learn to complete multi-step tasks. As a Research Scientist on the team you'll choose problems, run the experiments and decide what we try next.

# You might
- Design and run RL experiments at scale on thousands of accelerators
- Build new training environments, and evaluations that tell us whether an agent actually got better
- Write research code in Python and JAX, occasionally PyTorch
- Publish, or not: we care about results more than papers
- Work with research engineers to make experiments reproducible

# You probably have
- A PhD in machine learning or a related field, or equivalent research experience
- A track record in reinforcement learning or large-scale deep learning
- Strong mathematical foundations in probability, calculus and linear algebra
- The curiosity to keep reading new papers every week
- The habit of questioning your own results before anyone else does

Compensation: £170,000–£260,000 base plus equity in London; equivalent ranges in Dublin. We sponsor visas.`,
    role: 'ARS',
    sector: SECTOR.IT,
    mentions: ['ARS', 'Reinforcement learning', 'Model evaluation', 'Python', 'PyTorch', 'Neural networks', 'Probability', 'Calculus', 'Linear algebra', 'Continuous learning', 'Critical thinking'],
    countries: ['GB', 'IE'],
  },
  {
    id: 't15-a-16',
    title: 'Staff ML Platform Engineer',
    company: 'Faultlyne',
    location: 'Vancouver, BC (Hybrid) or Remote - Canada',
    format: 'div',
    body: `Faultlyne is an observability platform: we collect logs, metrics and traces from our customers' software and help their engineers find out why something broke. About 3,000 companies use Faultlyne — banks, game studios, airlines, hospitals and a lot of SaaS startups.

# The team
ML Platform builds the infrastructure behind Faultlyne's anomaly detection and root-cause features. We're five engineers, supporting the applied ML team that trains models on billions of time series.

# What you'll own
- The feature store and training platform: Spark jobs on Kubernetes, with Kubeflow Pipelines for orchestration
- Online model serving with strict latency budgets (p99 under 50 ms)
- CI/CD for models, including shadow deployments and automatic rollback when offline evaluation metrics regress
- Cost: GPUs are expensive and we'd like to spend less on them

# You have
- 8+ years in software engineering, 3+ of them on ML infrastructure
- Python, and Go or Java
- Deep Kubernetes experience; Docker; Terraform
- Experience with Kafka or similar streaming systems
- The ability to communicate trade-offs clearly in design docs

Base salary range (Canada): CAD $190,000 – $235,000 plus equity. We're happy to talk about part-time or compressed schedules.`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['Apache Spark', 'Kubernetes', 'Kubeflow', 'Deployment pipelines', 'Model evaluation', 'Python', 'Java', 'Docker', 'Kafka', 'Communication'],
  },
  {
    id: 't15-a-17',
    title: 'Data Scientist – Claims Analytics',
    company: 'Shannonside Mutual',
    location: 'Cork, Co. Cork',
    industry: 'Insurance',
    format: 'raw',
    body: `<p><b>About Shannonside Mutual</b></p><p>For over a century we have insured the farms, homes, cars and small businesses of Munster and beyond. As a mutual we're owned by our 310,000 members rather than shareholders, which means our decisions are made for the long term.</p><p><b>The Role</b></p><p>Reporting to the Head of Claims Analytics, the Data Scientist will build models that help our claims handlers settle genuine claims faster and spot the ones that need a closer look.</p><p><b>Key Responsibilities</b></p><ul><li>Develop claims triage and fraud-propensity models using GLMs, gradient boosting (XGBoost/LightGBM) and survival analysis</li><li>Engineer features from claim notes, telematics and policy history</li><li>Validate models with out-of-time testing and monitor them once deployed</li><li>Present findings to claims managers and the Model Governance Committee</li><li>Work with our data engineers to productionise pipelines in Azure Databricks (PySpark)</li></ul><p><b>Requirements</b></p><ul><li>Degree in actuarial science, statistics, mathematics or computer science</li><li>2+ years' experience in a data science role, ideally in general insurance</li><li>Proficient in Python (pandas, scikit-learn); R is an advantage</li><li>Experience using Git for version control</li><li>Excellent communication skills</li></ul><p><b>What We Offer</b></p><p>Competitive salary, 10% employer pension contribution, health insurance, hybrid working (2 days a week in our Cork office), and study support for professional qualifications.</p><p>Shannonside Mutual Insurance DAC is regulated by the Central Bank of Ireland.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'DE', 'Apache Spark', 'Python', 'Pandas', 'Scikit-learn', 'R', 'Git'],
  },
  {
    id: 't15-a-18',
    title: 'Computer Vision Engineer, Perception (Long Range)',
    company: 'Redhaul Autonomy',
    location: 'Austin, Texas, United States',
    format: 'html',
    body: `# About Redhaul
Redhaul Autonomy develops self-driving technology for Class 8 trucks. Our driverless trucks haul freight for carriers on the Dallas–Houston and San Antonio–Laredo corridors, and we fit our sensor kit and compute to new trucks at our Austin integration facility.

# The role
Our Perception team turns camera, lidar and radar data into a picture of the road: every vehicle, pedestrian, cone and tire fragment. As a Computer Vision Engineer you'll focus on long-range camera perception — seeing a stalled car 300 meters ahead at highway speed.

# Responsibilities
- Train and deploy camera-based 2D/3D detection and tracking networks in PyTorch
- Own data mining for rare events: find the hard cases in petabytes of drive logs and get them labeled
- Define metrics and build evaluation pipelines that measure detection range and recall by object class
- Optimize models for our in-vehicle compute with TensorRT and C++

# Minimum qualifications
- MS or PhD in computer vision, robotics or a related field, or equivalent experience
- 3+ years training deep learning models for perception
- Strong Python and C++
- Comfortable with linear algebra, projective geometry and camera calibration

# Nice to have
- Experience with multi-sensor fusion or temporal models (transformers, LSTMs)
- Experience working with robotics engineers on vehicle integration

Redhaul offers a competitive salary, equity and comprehensive benefits. Target base salary: $165,000–$215,000. We are an E-Verify employer.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python', 'Linear algebra', 'ROBO'],
  },
  {
    id: 't15-a-19',
    title: 'BI Developer - Tableau/Power BI',
    company: 'Corvantis Technologies',
    location: 'Pune, Maharashtra, India',
    industry: 'IT Services and IT Consulting',
    format: 'text',
    body: `Corvantis Technologies is an IT services company whose 9,000 consultants deliver data, cloud and application projects for clients in banking, retail, healthcare and manufacturing across 14 countries.

Job Title: BI Developer
Experience: 4 - 7 years
Location: Pune (Hinjewadi), work from office 4 days a week
Notice period: Immediate to 30 days preferred

# Job Description
- Design and develop interactive dashboards and reports in Tableau and Power BI for client engagements
- Write complex SQL queries, stored procedures and views (Oracle / SQL Server)
- Build data visualizations that tell a clear story to business users
- Gather requirements from client stakeholders and translate them into report specifications
- Perform data validation and reconcile report figures with source systems
- Optimise dashboard performance and manage workbook publishing on Tableau Server

# Required Skills
- Hands-on Tableau and Power BI development (min 3 years)
- Strong SQL
- Basic Python for data preparation is a plus
- Good communication and client-facing skills
- Tableau Desktop Specialist certification is an advantage

Interested candidates may share their updated CV with current CTC, expected CTC and notice period.`,
    role: 'BIA',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['BIA', 'Tableau', 'Power BI', 'Visualization', 'Communication', 'Data cleaning', 'Python'],
  },
  {
    id: 't15-a-20',
    title: 'Senior AI Product Manager, Signal Optimization',
    company: 'Gridwise Mobility',
    location: 'Ottawa, ON',
    format: 'raw',
    body: `<div>Gridwise Mobility makes adaptive traffic-signal software for cities and regional transportation authorities. Our platform runs more than 11,000 signalized intersections in 70 municipalities across Canada and the northern US, cutting delays for buses, cyclists and drivers and helping cities reach their Vision Zero targets.</div><div><br></div><div>We're looking for a Senior AI Product Manager to lead the product behind our signal optimization models — the reinforcement learning agents that adjust signal timing minute by minute from detector, camera and connected-vehicle data.</div><h3>In this role you will</h3><ul><li>Own the roadmap for optimization and prediction features, balancing city requirements, safety and engineering effort</li><li>Work daily with our ML engineers and data scientists to define what "better" means and how it is measured in the field</li><li>Run pilots with city traffic engineers and turn the results into clear recommendations</li><li>Write crisp product requirements, and explain complex model behaviour to municipal procurement and council staff</li></ul><h3>You'll need</h3><ul><li>5+ years of product management, including 2+ on ML-driven products</li><li>Familiarity with how reinforcement learning and forecasting models are trained and evaluated</li><li>Experience working with government or public-sector customers</li><li>The ability to think critically about data that looks too good to be true</li><li>Bilingual English/French is an asset</li></ul><h3>Compensation</h3><ul><li>Salary range: CAD $150,000–$180,000</li><li>Comprehensive health benefits, RRSP matching and a flexible hybrid setup at our ByWard Market office</li></ul>`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['AIPM', 'Reinforcement learning', 'MLE', 'DS', 'Model evaluation', 'Communication', 'Critical thinking'],
  },
  {
    id: 't15-a-21',
    title: 'NLP Engineer – Customer Care Assistant',
    company: 'Banksia Mobile',
    location: 'Perth WA',
    format: 'raw',
    body: `<p><strong>Banksia Mobile</strong> keeps 1.4 million Australians connected with mobile plans, NBN broadband and home wireless, sold online and through 85 stores from Broome to Hobart. We run our own 5G network across WA and regional SA.</p><p>Every month our customer care team handles around 600,000 chats and calls. We want our virtual assistant to properly resolve more of them, not just deflect them.</p><h3>What you'll be doing</h3><ul><li>Build intent classification, entity extraction and retrieval components for our customer care assistant</li><li>Fine-tune and evaluate transformer-based language models on anonymised chat transcripts, measuring containment and resolution rather than accuracy alone</li><li>Clean and de-identify transcript data before it goes anywhere near a model</li><li>Connect the assistant to our billing and network APIs so it can actually check a customer's outage or data usage</li><li>Work with the CX team to understand where customers get stuck</li></ul><h3>What you'll bring</h3><ul><li>3+ years building NLP systems in production</li><li>Python, PyTorch or TensorFlow, and Hugging Face</li><li>Experience deploying with Docker; we build on Azure AI Foundry</li><li>Happy to adapt as priorities shift — this space moves fast</li></ul><h3>Perks</h3><ul><li>Free mobile plan and home broadband</li><li>Hybrid work, 3 days a week in our Perth CBD office</li><li>An extra day of leave for your birthday</li></ul>`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'Python', 'PyTorch', 'TensorFlow', 'Docker', 'Microsoft Azure ML', 'Adaptability'],
  },
  {
    id: 't15-a-22',
    title: 'Data Scientist, Production Optimization',
    company: 'Prairie Ember Energy',
    location: 'Calgary, AB',
    industry: 'Oil and Gas',
    format: 'double',
    body: `Prairie Ember Energy is a Calgary-based producer of natural gas and light oil with operations in the Montney and Deep Basin. We operate more than 1,100 wells and three gas processing plants.

# The Opportunity
Our Production Engineering group is looking for a Data Scientist to help our engineers get more out of existing wells. You will build models that predict well decline, detect equipment problems early and recommend artificial lift changes.

# Responsibilities
- Develop predictive models for production forecasting and equipment failure in Python (scikit-learn, XGBoost)
- Clean and align high-frequency SCADA data with well tests and maintenance records
- Work with field operators and engineers to understand the physical process behind the data
- Communicate results through clear visualizations and presentations to technical and leadership audiences
- Deploy models with our IT team on Azure Machine Learning

# Qualifications
- Degree in engineering, statistics, computer science or a related discipline; P.Eng. or EIT an asset
- 3+ years of data science experience, ideally in oil and gas or heavy industry
- Strong Python and SQL; Spotfire or Power BI experience is helpful
- Understanding of time-series methods and regression
- Microsoft Certified: Azure AI Engineer Associate is an asset

Prairie Ember offers a competitive base salary, annual bonus and a savings plan. We thank all applicants; only those selected for an interview will be contacted.`,
    role: 'DS',
    sector: null,
    countries: ['CA'],
    mentions: ['DS', 'Python', 'Scikit-learn', 'Decision trees', 'Data cleaning', 'Communication', 'Visualization', 'Microsoft Azure ML', 'Power BI', 'Regression', 'CERT_AZ'],
  },
  {
    id: 't15-a-23',
    title: 'Robotics Engineer (Autonomous Drilling)',
    company: 'Ironbark Ridge Minerals',
    location: 'Brisbane, Queensland, Australia',
    format: 'div',
    body: `**Robotics Engineer**
Brisbane, QLD | FIFO roster options to our Pilbara sites | Full time

Ironbark Ridge Minerals mines iron ore and copper at four operations in Western Australia and Queensland. Our Technology & Automation team runs one of the largest fleets of autonomous haul trucks and drill rigs in the country.

# About the opportunity
We're looking for a Robotics Engineer to support and extend the autonomy systems on our drill rigs. You'll split your time between our Brisbane operations centre and site, working with drill operators, OEM engineers and our automation specialists.

# What you'll do
- Develop and test software for autonomous drill positioning and obstacle detection (C++, ROS)
- Analyse machine and sensor logs to find the cause of autonomy faults and stoppages
- Build simulation scenarios to test changes before they go to site
- Write clear technical documentation and change requests for site teams
- Comply with all site safety requirements and our Fatal Risk Controls

# What you'll bring
- Degree in mechatronics, robotics, electrical or software engineering
- 2+ years working with robotic or autonomous systems
- C++ and Python; MATLAB is handy
- Version control with Git and a disciplined approach to testing
- Current driver's licence; ability to pass a pre-employment medical and drug and alcohol test

We offer a competitive salary package, salary-sacrifice options and an employee share plan.`,
    role: 'ROBO',
    sector: null,
    countries: ['AU'],
    mentions: ['ROBO', 'C++', 'Communication', 'Python', 'Git'],
  },
  {
    id: 't15-a-24',
    title: 'Data Engineer',
    company: 'Tallyloop',
    location: 'Belfast, Northern Ireland',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Tallyloop runs payroll, pensions and bookkeeping for 45,000 small businesses and sole traders across the UK and Ireland. Cafés, plumbers, dental practices and design studios use us to pay their people correctly and keep HMRC and Revenue happy.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;The role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;We're growing our data team in Belfast and need a Data Engineer to build the pipelines that feed our finance reporting, our customer analytics and the models that catch payroll errors before a payslip goes out.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;You will&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Build ELT pipelines from our Postgres databases and third-party APIs (HMRC, open banking providers) into BigQuery&lt;/li&gt;
&lt;li&gt;Own the dbt models and tests that keep key metrics consistent&lt;/li&gt;
&lt;li&gt;Write data quality checks and fix issues at source with product engineers&lt;/li&gt;
&lt;li&gt;Help our analysts move their reports to Looker Studio&lt;/li&gt;
&lt;li&gt;Review code in GitHub and deploy through our CI/CD pipelines&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;You have&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;2+ years' experience as a data engineer or analytics engineer&lt;/li&gt;
&lt;li&gt;Python and SQL&lt;/li&gt;
&lt;li&gt;Experience with Airflow or Dagster, and with Docker&lt;/li&gt;
&lt;li&gt;A curious mind and a willingness to learn new tools&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Benefits&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;£50,000–£62,000, 28 days holiday plus bank holidays, private medical cover, and a 4.5-day week in July and August.&lt;/p&gt;
&lt;p&gt;Tallyloop welcomes applications from everyone. As required in Northern Ireland, we monitor applications for community background and gender.&lt;/p&gt;`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DE', 'APIs', 'Data cleaning', 'Google Data Studio', 'Git', 'Deployment pipelines', 'Python', 'Docker', 'Continuous learning'],
  },
  {
    id: 't15-a-25',
    title: 'Senior Software Engineer, Checkout (Go)',
    company: 'Shopwarden',
    location: 'Remote - Canada',
    format: 'escaped',
    body: `Shopwarden powers online stores for more than 80,000 independent retailers: bookshops, bike shops, bakeries, record stores. Merchants use us to run their storefront, take payments, keep stock in sync between their physical shop and their website, and ship orders.

# About the role
The Checkout team owns the last three screens before a shopper clicks "Pay". When checkout is slow our merchants lose sales, so we care a lot about latency and reliability.

# What you'll do
- Build and maintain checkout services in Go, with some Java in older services
- Design REST and gRPC APIs used by our storefront themes and mobile apps
- Work with the frontend team (TypeScript/JavaScript) on new payment methods
- Improve our test suites: unit, integration and regression testing for every release
- Take part in on-call (one week in six, paid)

# You have
- 5+ years of backend software development
- Production experience in Go or Java
- Experience with PostgreSQL, Redis and Kubernetes
- Good judgement about when to ship and when to wait

Salary range: CAD $155,000–$185,000. We're remote-first within Canada, with quarterly meetups in Toronto or Montréal.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['Java', 'APIs', 'Kubernetes'],
  },
  {
    id: 't15-a-26',
    title: 'Data Analyst – Commercial Insights',
    company: 'Wellmere Pharmacy',
    location: 'Leeds, LS11',
    format: 'html',
    body: `**Location:** Wellmere Support Centre, Leeds (hybrid)
**Salary:** £36,000 – £41,000 + bonus

With 310 community pharmacies across England and a growing online prescription service, Wellmere Pharmacy helps 1.5 million patients a month get their medicines and health advice. Our Support Centre teams keep the branches stocked, staffed and running.

# The role
As a Data Analyst in Commercial Insights, you'll help our buying, category and pharmacy operations teams understand what's happening in their numbers: over-the-counter medicine sales, prescription volumes, seasonal flu vaccinations.

# What you'll do
- Build and maintain reports in Power BI and Looker Studio
- Pull and join data with SQL from our data warehouse
- Run basic significance testing on promotional trials in branches
- Produce charts and short summaries for weekly trading meetings
- Spot data issues and get them fixed with our data engineers

# About you
- Experience in a data analyst or reporting role
- Strong Excel (lookups, pivot tables) and SQL
- Power BI experience essential
- Confident presenting to non-technical colleagues
- A good understanding of how retail and pharmacy businesses make money

Wellmere is proud to be an equal opportunities employer. We'll make reasonable adjustments at every stage of your application.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['Power BI', 'Google Data Studio', 'Hypothesis testing', 'Visualization', 'Data cleaning', 'DE', 'Communication', 'Business acumen'],
  },
  {
    id: 't15-a-27',
    title: 'Analytics Engineer, Investment Data',
    company: 'Ashgrove Lane Capital',
    location: 'New York, NY',
    format: 'double',
    body: `Ashgrove Lane Capital is an independent asset manager with $38 billion under management across fixed income, multi-asset and private credit strategies for pension funds, endowments and insurers.

# Role overview
We are hiring an Analytics Engineer to join the Investment Data team. You will build reliable, well-tested data models that portfolio managers, risk and client reporting use every day: holdings, transactions, benchmarks, performance and attribution.

# Responsibilities
- Develop and maintain dbt models on Snowflake with thorough tests and documentation
- Reconcile positions and cash between our order management system, custodians and fund administrators; investigate and correct breaks
- Build Python tooling to ingest data from vendor APIs (Bloomberg, ICE, MSCI)
- Manage code in Git and contribute to our CI/CD processes
- Partner with data engineers, quants and client reporting analysts

# Qualifications
- 3+ years in analytics engineering, data engineering or a similar role, ideally at an asset manager
- Expert SQL; strong Python (pandas)
- Understanding of fixed income instruments and portfolio accounting
- Meticulous, with strong problem-solving skills

Base salary range: $140,000–$170,000 plus discretionary bonus. Ashgrove Lane is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Data cleaning', 'Python', 'APIs', 'Git', 'Deployment pipelines', 'DE', 'Pandas', 'Problem-solving'],
  },
  {
    id: 't15-a-28',
    title: 'Registered Nurse – ICU',
    company: "St Aldric's Hospital",
    location: 'Adelaide SA 5067',
    industry: 'Hospitals and Health Care',
    format: 'text',
    body: `St Aldric's is a 320-bed private hospital in Adelaide's eastern suburbs, providing cardiac, orthopaedic, oncology and maternity care. Our 16-bed ICU cares for post-surgical and medical patients around the clock.

# About the role
We are seeking experienced Registered Nurses to join our ICU team on a permanent full-time or part-time basis (rotating roster including nights and weekends).

# You will
- Provide high-quality, patient-centred critical care nursing
- Recognise and respond to deteriorating patients, including ventilated patients
- Communicate clearly with patients, families and the multidisciplinary team
- Contribute to quality improvement activities and clinical audit
- Use our electronic medical record and bedside monitoring systems accurately

# About you
- Current AHPRA registration as a Registered Nurse
- Postgraduate qualification in critical care, or working towards one
- Minimum 2 years' ICU experience
- Current ALS certification
- Ability to stay calm and adapt in a fast-changing environment

# Benefits
Salary packaging up to $9,010, free onsite parking, ongoing education and scholarships, and access to our Employee Assistance Program.

Applications close 14 March. For a confidential chat, contact Julia Watson, Nurse Unit Manager ICU.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't15-a-29',
    title: 'Store Manager – Partick',
    company: 'Thistlemart',
    location: 'Glasgow, Scotland',
    format: 'div',
    body: `**Store Manager**
Partick, Glasgow G11 | Full time, 45 hours | £42,000 + bonus + car allowance

Thistlemart is Scotland's own supermarket: 190 stores from the Borders to Shetland, selling fresh, local and everyday food and drink. We're proud to source more than 60% of what we sell from Scottish farmers and producers.

# About the role
You'll lead a team of around 70 colleagues in one of our busiest city stores. You'll be responsible for sales, availability, costs and the customer experience, and you'll spark the kind of energy that makes people want to come to work.

# What we're looking for
- Proven experience as a store manager or deputy in food retail
- Commercial awareness: you understand how labour, waste and shrinkage affect profit
- Confident with numbers; able to use Excel and our reporting tools to track KPIs
- A strong people leader who communicates clearly with your team and your area manager
- Able to adapt plans quickly when deliveries are late or the weather turns

# What's in it for you
- Annual bonus of up to 15%
- 15% colleague discount
- Pension with up to 7% employer contribution
- Leadership development through our Thistle Leaders programme`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Business acumen', 'Communication', 'Adaptability'],
  },
  {
    id: 't15-a-30',
    title: 'Credit Risk Analyst – Unsecured Lending',
    company: 'Konkan Vistar Finance',
    location: 'Mumbai',
    countryHints: ['IN'],
    format: 'raw',
    body: `<p>Konkan Vistar Finance is an RBI-registered NBFC providing personal loans, two-wheeler loans and small business credit to 2.2 million customers in Maharashtra, Karnataka and Gujarat, mostly through our app and 340 branches.</p><h3>About the role</h3><p>The Credit Risk Analyst will support the Risk team in designing, monitoring and improving credit policies for our unsecured personal loan portfolio.</p><h3>Key responsibilities</h3><ul><li>Develop and refresh application scorecards using logistic regression; test challenger models built with gradient boosting</li><li>Monitor portfolio performance (vintage analysis, roll rates, bounce rates) and track scorecard stability with PSI, Gini and KS</li><li>Run champion–challenger tests on policy changes and assess statistical significance</li><li>Prepare the monthly risk MIS and present insights to the Chief Risk Officer</li><li>Work with the tech and product teams on bureau data integration through APIs</li></ul><h3>Requirements</h3><ul><li>2–4 years' experience in credit risk analytics at a bank, NBFC or fintech</li><li>Strong SQL, and Python or SAS; R is a plus</li><li>Advanced Excel</li><li>Sound understanding of lending economics and regulatory norms</li><li>B.Tech / M.Sc. Statistics / MBA (Finance)</li></ul>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['Regression', 'Decision trees', 'Model evaluation', 'Hypothesis testing', 'Communication', 'APIs', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't15-a-31',
    title: 'Production Supervisor – Nights',
    company: 'Goldcrust Bakeries',
    location: 'Hamilton, ON',
    format: 'text',
    body: `Every night our Hamilton bakery turns out around 1.8 million hamburger buns, hot dog rolls and English muffins for grocery chains and quick-service restaurants across Ontario and Quebec. Goldcrust Bakeries has been baking in Hamilton since 1964 and today runs four high-speed lines.

# Position: Production Supervisor (Nights)
Schedule: Sunday–Thursday, 10:00 p.m. – 6:30 a.m.
Pay: $72,000 – $82,000 per year, plus shift premium

# Responsibilities
- Lead a crew of 25–30 operators, sanitation and shipping staff
- Meet safety, food safety (SQF), quality and output targets for each shift
- Work with Maintenance to troubleshoot line stoppages and keep downtime low
- Support R&D trials of new products on the line
- Record shift data and daily production reports in Excel and our MES
- Coach and develop team members; handle attendance and performance issues

# Requirements
- 3+ years of supervisory experience in food or consumer goods manufacturing
- Knowledge of HACCP, GMP and Lean / continuous improvement
- Strong problem-solving skills and the ability to stay calm under pressure
- Clear communicator, in person and in writing
- Post-secondary education in food science, engineering or business preferred

Goldcrust is committed to accessibility; accommodations are available on request throughout the hiring process.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['Problem-solving', 'Communication'],
  },
  {
    id: 't15-a-32',
    title: 'Transport Planner',
    company: 'Tanjong Freightlines',
    location: 'Singapore',
    format: 'html',
    body: `Tanjong Freightlines is a freight forwarder moving sea and air cargo between Singapore, Southeast Asia, India and Europe. We handle customs clearance, warehousing and trucking for manufacturers, chemical companies and project cargo customers.

# Responsibilities
- Plan daily container pickups and deliveries with our trucking partners to meet vessel cut-offs
- Monitor shipments and update customers proactively on delays
- Prepare and check shipping documents (bills of lading, commercial invoices, permits)
- Keep accurate records in our TMS and prepare weekly volume reports in Excel
- Go the extra mile to resolve exceptions with ports, airlines and customs

# Requirements
- Diploma or degree in logistics or supply chain management
- 1–3 years' experience in freight forwarding or transport planning
- Good communication skills in English; Mandarin or Malay is an advantage
- Able to work under pressure and adapt to changing schedules

Interested applicants, please click "Apply Now". We regret that only shortlisted candidates will be notified.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't15-a-33',
    title: 'Senior Statistician (APS Level 6)',
    company: 'Commonwealth Office for Housing Data',
    location: 'Canberra ACT',
    format: 'raw',
    body: `<p>The Commonwealth Office for Housing Data is an Australian Government agency in the Treasury portfolio. We collect and publish national statistics on housing supply, rents, homelessness services and home ownership, and we advise ministers on housing policy.</p><p><strong>About the role</strong></p><p>The Senior Statistician will lead the methods behind our quarterly rental affordability series and support new data collections from the states and territories.</p><p><strong>Key duties</strong></p><ul><li>Design sample surveys and estimation methods; produce standard errors and confidence intervals</li><li>Fit regression and small-area estimation models in R and Python</li><li>Check, edit and impute administrative data received from states and territories</li><li>Run significance tests on movements between periods and explain what they mean to policy areas</li><li>Produce publication-quality charts and accessible commentary</li><li>Manage code in GitLab and follow the agency's quality assurance framework</li></ul><p><strong>Eligibility</strong></p><p>To be eligible for this role you must be an Australian citizen and able to obtain and maintain a Baseline security clearance.</p><p><strong>Salary:</strong> $98,512 – $111,233 plus 15.4% superannuation. Flexible working arrangements are available.</p>`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['Regression', 'R', 'Python', 'Data cleaning', 'Hypothesis testing', 'Communication', 'Visualization', 'Git'],
  },
  {
    id: 't15-a-34',
    title: 'Laboratory Technician – Water Quality',
    company: 'Western Reservoirs',
    location: 'Galway, Ireland',
    format: 'escaped',
    body: `Western Reservoirs is the regional water utility for Galway, Mayo and Roscommon. We treat and supply drinking water to 290,000 people and operate 46 wastewater treatment plants.

# About the role
Our accredited laboratory in Galway tests thousands of drinking water and wastewater samples every month. We are looking for a Laboratory Technician to join the chemistry team.

# Duties
- Collect and analyse samples using ICP-MS, ion chromatography and spectrophotometry
- Perform routine calibration, including linear regression of calibration standards, and quality control checks
- Record and review results in our LIMS; flag and correct transcription errors
- Maintain ISO 17025 documentation and take part in internal audits
- Support the team during boil-water notices and incidents, including an out-of-hours rota

# Requirements
- Degree in chemistry, environmental science or a related subject
- Experience in an accredited laboratory (ISO 17025) is desirable
- Good IT skills, including Excel; some experience with R or Python for data checking would be helpful
- Attention to detail and good communication skills
- Full clean driving licence

Salary: €36,400 – €44,900 depending on experience. 26 days' annual leave, a defined contribution pension and a cycle-to-work scheme.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Regression', 'Data cleaning', 'R', 'Python', 'Communication'],
  },
  {
    id: 't15-a-35',
    title: 'Sous Chef',
    company: 'The Halfpenny Quay Hotel',
    location: 'Dublin 2',
    format: 'div',
    body: `**Sous Chef – The Quay Kitchen**
Dublin 2 | Full-time | €44,000 – €48,000 + tips share

The Halfpenny Quay Hotel is a 140-bedroom four-star hotel on the Liffey, with a busy brasserie, a cocktail bar and conference rooms for up to 200 guests.

Our Head Chef, Julia, is looking for a Sous Chef to help run a brigade of 14. You'll step up when she's off, run the pass on busy nights, and help develop seasonal menus built around Irish producers.

# Responsibilities
- Run the kitchen in the Head Chef's absence
- Oversee food safety, HACCP records and allergen information
- Manage ordering, stock rotation and food costs
- Train and support commis chefs and chefs de partie
- Work closely with front of house to keep service smooth

# About you
- 3+ years as a sous chef or senior CDP in a quality kitchen
- Calm under pressure and a clear communicator
- Creative, with a passion for seasonal produce
- Happy to work evenings, weekends and bank holidays

Staff meals on duty, uniform provided, discounts across our hotels and a bike-to-work scheme.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Communication'],
  },
  {
    id: 't15-a-36',
    title: 'Sales Development Representative',
    company: 'Pipewright',
    location: 'Denver, CO',
    industry: 'Software Development',
    format: 'double',
    body: `Pipewright is the CRM built for teams that sell by phone and email. More than 6,000 companies, from solar installers to recruiting agencies to SaaS startups, use Pipewright to manage leads, log calls and forecast revenue.

# What you'll do
As a Sales Development Representative, you'll be the first conversation many prospects have with Pipewright.
- Research target accounts and reach out by phone, email and LinkedIn
- Qualify inbound leads and book discovery calls for our Account Executives
- Hit monthly targets for qualified meetings and pipeline
- Keep clean, accurate records in Pipewright (yes, we use our own product)
- Share feedback from prospects with marketing and product

# What we're looking for
- 0–2 years in sales, customer service or another customer-facing role
- Excellent written and verbal communication
- Resilient, coachable and eager to learn
- Curious about how businesses run and how they make money
- Bonus: you've used a CRM before

# Pay and perks
OTE $68,000–$78,000 (base $52,000 plus uncapped commission). Medical, dental, vision and 401(k), with a clear promotion path to Account Executive within 12–18 months. Hybrid: 3 days a week in our LoDo office.

Pipewright is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Communication', 'Continuous learning', 'Business acumen'],
  },
];
