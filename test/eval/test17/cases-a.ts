// test17, half A: 36 held-out English postings from the US, Canada, the UK, Australia, India, Singapore and Ireland,
// two thirds titled as one of the seed's roles and one third other jobs from across the economy.
//
// Composition
// - Countries: US 01-07 (07 Seattle + New York); CA 08-13; GB 14-19; AU 20-25 (21 Melbourne + remote within
//   Australia); IN 26-29; SG 30-33 (31 via countryHints); IE 34-36.
// - Roles: MLE 01, 11, 20, 34; DS 02, 14, 21, 27; DE 08, 18, 26; BIA 06, 15, 25, 33; ARS 07, 31; CVE 04, 30;
//   NLP_ENG 09, 29; AIPM 17; ROBO 12; DLS 23. Role null (12): 03 registered nurse, 05 data analyst, 10 store manager,
//   13 industrial electrician, 16 head chef, 19 warehouse team leader, 22 maths teacher, 24 analytics engineer,
//   28 actuarial analyst, 32 software engineer, 35 statistician, 36 quantity surveyor.
// - Sectors: IT 5 (01, 07, 26, 29, 31); FIN 5 (02, 08, 14, 20, 28); HEALTH 4 (03, 09, 15, 23); RETAIL 4 (05, 10, 19,
//   25); TELCO 3 (11, 17, 21); AUTO 4 (04, 12, 27, 30); PUBLIC 3 (06, 18, 35); null 8 (13 oil sands, 16 pubs,
//   22 school, 24 newspapers, 32 recruiter with an unnamed client, 33 freight forwarder, 34 travel agent,
//   36 building contractor).
// - Formats: raw 12 (01, 34 Greenhouse content; 03, 11, 19 Workday jobDescription; 06, 25 JSON-LD description;
//   08, 26 Lever description; 17 Ashby descriptionHtml; 20 SmartRecruiters section HTML; 30 Workable description);
//   html 02, 07, 12, 18, 27, 31; div 04, 13, 15, 21, 28; escaped 09, 23, 29, 35; double 14, 24, 32;
//   text 05, 10, 16, 22, 33, 36.
// - Board industry field on: 10 (Retail), 13 (Oil & Energy), 16 (Hospitality), 25 (Automotive), 28 (Insurance),
//   33 (Logistics & Supply Chain).
//
// Hard calls
// Sector — 09: ambient note-taking software for physicians and clinics is software made for healthcare -> HEALTH.
// Sector — 12: builds robotic packing cells for food plants; a maker of robots and machines -> AUTO, not food.
// Sector — 15: an NHS foundation trust is a public hospital -> HEALTH (the page: public hospitals are Healthcare).
// Sector — 19: the job is in a warehouse but the employer is an online shop -> RETAIL (the employer's business).
// Sector — 25: board industry says Automotive, but the employer describes itself as a group of car dealerships,
//   which the table puts under E-commerce & Retail; the employer's own description decides -> RETAIL.
// Sector — 26: IT services firm building data platforms for clients in many industries -> IT.
// Sector — 29: assistant platform sold to banks, shops, utilities and government alike (many industries) -> IT.
// Sector — 30: automated optical inspection machines for electronics assembly lines are production-line inspection
//   systems made for factories -> AUTO; it does not make computers or chips, so not IT.
// Sector — 31: a game studio is an internet platform (games) -> IT.
// Sector — 32: recruiter; the client is only "a regional business", so its business is not said -> null.
// Sector — 33: freight forwarding and contract logistics -> null (logistics not made for online shops).
// Sector — 34: online travel agent that books holidays -> null (travel; see the t3-ml-18 decision).
// Sector — 35: statutory body planning and funding public transport is part of government -> PUBLIC.
// Role — 07 "Applied Scientist, Reinforcement Learning" and 31 "Research Scientist, Multimodal Learning" -> ARS
//   (ML topics). 15 "Senior BI Developer" -> BIA. 34 "MLOps Engineer" -> MLE. 05 Data Analyst, 24 Analytics
//   Engineer, 28 Actuarial Analyst, 32 Software Engineer and 35 Statistician -> null.
// Countries — 10 "London, ON" is London, Ontario -> CA. 18 "Boston, Lincolnshire" -> GB. 22 "Mount Lawley WA 6050"
//   is Western Australia -> AU. 31 "One-North" is a Singapore business park; the board's countryHints give SG.
//   21 "Remote, Australia" stays inside AU. 35 "Dún Laoghaire, Co. Dublin" and 36 "Cork, Co. Cork" -> IE.
// Mentions — general: "deep learning" on its own is not counted as Neural networks (only explicit forms: neural
//   networks, CNNs, transformer models); "data pipelines" and "training pipelines" are not Deployment pipelines;
//   data-quality checks and data tests on analytical data count as Data cleaning.
// Mentions — 01: MLE from "six ML engineers", DS from "two data scientists"; "transformer-based text models" ->
//   Neural networks; offline evaluation, precision/recall, drift -> Model evaluation; Spark in the nice-to-haves
//   counts; Weights & Biases, Airflow, Ray are not labels; "product manager" is not AIPM.
// Mentions — 02: GLMs -> Regression; gradient boosting/XGBoost/LightGBM -> Decision trees; "engineer new rating
//   variables" -> Feature engineering; lift/Gini validation -> Model evaluation; rate tests and controlled
//   experiments -> Hypothesis testing; DE from "data engineers"; lift charts are a validation tool here, not
//   Visualization.
// Mentions — 03: critical thinking is an expected behaviour here -> Critical thinking; "evaluates care" is not Model
//   evaluation; RN is not R.
// Mentions — 04: "regression evaluations" before each release is release testing -> Model evaluation, not
//   Regression; "fix bad labels and remove duplicate frames" -> Data cleaning; CVE from "computer vision engineers".
// Mentions — 05: Tableau dashboards -> Visualization; Power BI named as an alternative still counts; presenting
//   to non-technical partners -> Communication.
// Mentions — 06: validating source data and resolving data quality issues -> Data cleaning; BIA from the body's
//   "Business Intelligence Analyst".
// Mentions — 07: body names Applied Scientists and research scientists -> ARS; "ML engineers" -> MLE; RLHF ->
//   Reinforcement learning; building evaluations -> Model evaluation; "reading the results critically" ->
//   Critical thinking; writing up results for reviews and publication -> Communication; quality control of
//   preference data -> Data cleaning; "experiments" here are training runs, not controlled experiments -> no
//   Hypothesis testing; "large language models" and JAX are not labels; the weekly reading group describes the
//   employer -> no Continuous learning.
// Mentions — 08: automated data quality checks and reconciliations -> Data cleaning; CI/CD in Azure DevOps ->
//   Deployment pipelines; GitHub pull requests -> Git; Spark Structured Streaming/PySpark -> Apache Spark; feeding
//   fraud models is not Feature engineering.
// Mentions — 09: evaluation sets and release-over-release accuracy -> Model evaluation; transformer architectures ->
//   Neural networks; de-identification is privacy handling, not Data cleaning.
// Mentions — 10, 13: "power tools" is not Power BI.
// Mentions — 11: "MLOps engineers" -> MLE; Vertex AI -> Google AI Platform; GKE -> Kubernetes; CI/CD for models ->
//   Deployment pipelines; model performance and drift -> Model evaluation; the exact Google credential is named
//   -> CERT_GCP; a feature store is not Feature engineering.
// Mentions — 14: logistic regression -> Regression; gradient boosted trees -> Decision trees; validating and
//   monitoring models -> Model evaluation; "willingness to keep learning" -> Continuous learning.
// Mentions — 15: "BI Analysts" -> BIA; "evidence of continuing professional development" -> Continuous learning;
//   "Git or Azure DevOps for version control" -> Git only (no pipelines named); "prioritise a varied workload" is not
//   Adaptability.
// Mentions — 17: "NLP engineers" -> NLP_ENG; "a data scientist" -> DS; A/B tests -> Hypothesis testing; commercial
//   awareness -> Business acumen; discussing trade-offs with engineers is not counted as Critical thinking.
// Mentions — 18: "BI analysts" -> BIA; data quality rules -> Data cleaning; the role models data for Power BI but
//   does not build charts -> no Visualization.
// Mentions — 20: GitHub Actions -> Git and Deployment pipelines; scam-detection features from payment events ->
//   Feature engineering; LightGBM -> Decision trees; the exact AWS credential is named -> CERT_AWS.
// Mentions — 21: "Ongoing learning and development" is a benefit, not asked of the candidate -> no Continuous
//   learning.
// Mentions — 22: calculus named as a taught subject -> Calculus; "ongoing professional learning" -> Continuous
//   learning.
// Mentions — 23: "cleaning and label quality checks" -> Data cleaning; ROC/AUC validation studies -> Model
//   evaluation; keeping up with the literature -> Continuous learning; scikit-image is not Scikit-learn.
// Mentions — 24: data tests so numbers can be trusted -> Data cleaning; "data engineering" is a field in the
//   experience line, not the Data Engineer role -> no DE; Git repository and GitHub Actions -> Git and Deployment
//   pipelines.
// Mentions — 26: "BI developers" -> BIA; Hive on Hadoop -> Hadoop; Jenkins CI/CD -> Deployment pipelines;
//   Bitbucket -> Git; validation checks and deduplication -> Data cleaning; "AWS or Databricks certification" is
//   not a named credential.
// Mentions — 27: random forests -> Decision trees; "design of experiments" -> Hypothesis testing (controlled
//   experiments); teaching engineers to use dashboards is not building them -> no Visualization.
// Mentions — 28: checking policy data for completeness and accuracy -> Data cleaning; "analytical skills" is not
//   Critical thinking.
// Mentions — 29: "ML Engineer" -> MLE; FastAPI microservices -> APIs; "understanding of transformers" -> Neural
//   networks; fluency in English and an Indian language is a language requirement, not Communication.
// Mentions — 30: correcting labelling errors -> Data cleaning; false-call and escape rates -> Model evaluation;
//   CNNs -> Neural networks; OpenCV is not a label.
// Mentions — 31: "Research Scientist" in the AI Research group -> ARS; "ML engineers" -> MLE; diffusion and
//   transformer models -> Neural networks.
// Mentions — 32: "regression suites" is not Regression; Go is not a label.
// Mentions — 33: "junior BI analysts" -> BIA; "the data engineering team" names a team, not the role -> no DE;
//   "AWS (annual wage supplement)" is pay; business sense -> Business acumen; shifting priorities -> Adaptability.
// Mentions — 34: Azure Machine Learning -> Microsoft Azure ML; AKS -> Kubernetes; "compute clusters" is not
//   Clustering; NDCG and drift -> Model evaluation; learning new tools -> Continuous learning; MLflow
//   "experiment tracking" is not Hypothesis testing.
// Mentions — 35: "sampling theory and probability" -> Probability; charts for publication -> Visualization.
// Label review (docs/mention-labels.md)
// - t17-a-05: − Visualization ("fill-rate dashboards in Tableau" only)
// - t17-a-06: − Visualization ("Power BI reports" and "public-facing dashboards" only)
// - t17-a-15: − Visualization ("maintain Power BI dashboards and reports" only)
// - t17-a-21: − Visualization ("Build dashboards in Power BI" only)
// - t17-a-25: − Visualization ("maintain Power BI dashboards" only)
// - t17-a-33: − Visualization ("KPI dashboards ... in Tableau" only; "tell a story with data" is Communication)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST17_A: HoldoutCase[] = [
  {
    id: 't17-a-01',
    title: 'Machine Learning Engineer II, Ticket Intelligence',
    company: 'Auvrel',
    location: 'San Francisco, CA',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;h2&gt;About Auvrel&lt;/h2&gt;
&lt;p&gt;Auvrel builds help desk software for customer support teams. More than 9,000 companies, from two-person startups to global airlines, use Auvrel to answer email, chat and phone tickets in one place, and our AI features now touch almost every ticket that comes through the platform.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;The team&lt;/h3&gt;
&lt;p&gt;Ticket Intelligence owns the models behind auto-triage, suggested replies, language detection and sentiment alerts. We are six ML engineers, two data scientists, a designer and a product manager, and we ship to production every week. We work closely with the Platform team, who run our inference infrastructure, and with Support Ops, who are also our toughest customers.&lt;/p&gt;
&lt;h3&gt;What you&#39;ll do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Train, ship and maintain the classification and ranking models that route about 40 million tickets a month&lt;/li&gt;
&lt;li&gt;Own feature engineering for your models, from ticket text and metadata to agent actions and customer history&lt;/li&gt;
&lt;li&gt;Run offline evaluation (precision and recall by queue, calibration, latency budgets) and design A/B tests with our experimentation team&lt;/li&gt;
&lt;li&gt;Serve models behind low-latency APIs on Kubernetes, and keep an eye on cost, latency and drift once they are live&lt;/li&gt;
&lt;li&gt;Improve our training pipelines so that retraining a model is a button, not a project&lt;/li&gt;
&lt;li&gt;Review code, write short design docs and mentor newer engineers&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What we&#39;re looking for&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;3+ years building production machine learning systems in Python&lt;/li&gt;
&lt;li&gt;Hands-on experience with PyTorch or TensorFlow and with transformer-based text models&lt;/li&gt;
&lt;li&gt;Comfort with SQL, Docker and at least one cloud provider (we run on AWS)&lt;/li&gt;
&lt;li&gt;Experience with an experiment tracker such as MLflow or Weights &amp;amp; Biases&lt;/li&gt;
&lt;li&gt;Clear written communication: you can explain a trade-off to a support lead as well as to another engineer&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Nice to have&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Multilingual text, or fine-tuning and evaluating LLMs&lt;/li&gt;
&lt;li&gt;Airflow, Ray or Spark for large training jobs&lt;/li&gt;
&lt;li&gt;Experience in a B2B SaaS company&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;How we work&lt;/h3&gt;
&lt;p&gt;We&#39;re a hybrid team. Most of Ticket Intelligence is in our San Francisco office on Tuesdays and Thursdays, and the rest of the week is up to you. We write things down, keep meetings short and give engineers real ownership of what they build.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;The base salary range for this role in San Francisco is $165,000 to $205,000. Your offer will depend on your skills and experience, and also includes equity, a 401(k) match, medical, dental and vision coverage, 16 weeks of paid parental leave and a yearly learning stipend.&lt;/p&gt;
&lt;p&gt;Auvrel is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status. If you need an accommodation during the interview process, let your recruiter know.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: [
      'MLE', 'DS', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'APIs', 'Kubernetes', 'Python',
      'PyTorch', 'TensorFlow', 'Neural networks', 'Docker', 'MLflow', 'Communication', 'Apache Spark',
    ],
  },
  {
    id: 't17-a-02',
    title: 'Senior Data Scientist, Pricing',
    company: 'Brackenfold Mutual Insurance',
    location: 'Columbus, OH',
    format: 'html',
    body: `Brackenfold Mutual has written home and auto insurance for Midwestern families since 1921. We are owned by our policyholders, which means we answer to them, not to Wall Street.

# About the role
Our Pricing Analytics team sets the rates for 1.3 million personal auto and homeowners policies in eleven states. As a Senior Data Scientist you will build the loss-cost and retention models behind those rates, and work with actuaries, product owners and our state filings team to get them approved and into production.

# What you'll do
- Develop generalized linear models and gradient boosting models for claim frequency and severity
- Engineer new rating variables from telematics, property and third-party data
- Validate models with holdout lift charts, Gini and double-lift analysis, and document them for regulators
- Design and read out rate tests and other controlled experiments
- Partner with data engineers to put scoring into our rating engine
- Coach two junior data scientists

# What you bring
- Master's or PhD in statistics, actuarial science, economics or a related quantitative field
- 5+ years of predictive modeling experience, ideally in P&C insurance
- Strong Python or R, and SQL; experience with scikit-learn, XGBoost or LightGBM
- A solid grounding in probability and GLM theory
- The ability to explain model results to underwriters, executives and regulators in plain language
- Business acumen: you understand how a rate change moves retention, premium and loss ratio

# Benefits
Hybrid schedule (three days a week in our downtown Columbus office), 401(k) with 6% match plus a pension, medical, dental and vision from day one, 20 days of PTO and paid volunteer time.

Salary range: $138,000 - $172,000 plus annual incentive.

Brackenfold Mutual is an Equal Opportunity Employer. Candidates must be authorized to work in the United States; we are unable to sponsor visas for this position.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: [
      'DS', 'DE', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Python',
      'R', 'Scikit-learn', 'Probability', 'Communication', 'Business acumen',
    ],
  },
  {
    id: 't17-a-03',
    title: 'Registered Nurse - Medical/Surgical - Nights',
    company: 'Caddowmere Health',
    location: 'Cedar Rapids, IA',
    format: 'raw',
    body: `<p><b>Caddowmere Health</b> is a not-for-profit health system with four hospitals and 30 clinics across eastern Iowa. Our 412-bed flagship hospital in Cedar Rapids is a Level II trauma center and a Magnet&reg;-designated facility.</p><p></p><p><b>Position Summary</b></p><p>The Registered Nurse provides direct patient care on our 36-bed adult Medical/Surgical unit using the nursing process. This position works three 12-hour night shifts per week (7p&ndash;7a), every third weekend and a rotating holiday.</p><p></p><p><b>Responsibilities</b></p><ul><li>Assesses, plans, implements and evaluates care for an assignment of 4&ndash;5 patients</li><li>Administers medications and IV therapies per policy and documents in the electronic health record (Epic)</li><li>Uses clinical judgment and critical thinking to recognize changes in patient condition and escalates to the provider or rapid response team</li><li>Educates patients and families on the plan of care and discharge</li><li>Precepts nursing students and new graduates as assigned</li></ul><p></p><p><b>Qualifications</b></p><ul><li>Graduate of an accredited school of nursing; BSN preferred</li><li>Current Iowa RN license or multistate compact license</li><li>BLS required; ACLS within 6 months of hire</li><li>Excellent communication and teamwork skills</li></ul><p></p><p><b>Pay &amp; Benefits</b></p><p>$36.50 &ndash; $52.75 per hour based on experience, plus a $5.00 per hour night differential. Sign-on bonus up to $10,000 for experienced RNs. Medical, dental, vision, tuition assistance and a 403(b) with employer match.</p><p>Caddowmere Health is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Critical thinking', 'Communication'],
  },
  {
    id: 't17-a-04',
    title: 'Computer Vision Engineer, Perception',
    company: 'Dunmoral Autonomy',
    location: 'Pittsburgh, PA',
    format: 'div',
    body: `Dunmoral Autonomy builds self-driving systems for Class 8 trucks. Our driverless freight lanes run between Dallas and Houston today, and we are expanding into the Southeast next year.

# The Perception team
Perception turns raw camera, lidar and radar data into the objects, lanes and free space our planner relies on. Our computer vision engineers own their models from data collection to on-truck deployment.

# Responsibilities
- Design and train deep neural networks for 2D and 3D object detection, lane estimation and tracking at highway speeds
- Build camera-lidar fusion models that hold up in rain, glare and night driving
- Curate training sets: mine hard examples from fleet logs, fix bad labels and remove duplicate frames
- Define evaluation metrics and run regression evaluations on our scenario library before every software release
- Optimize models for the on-vehicle GPU (TensorRT, quantization) with the embedded team

# Requirements
- MS or PhD in computer vision, robotics, machine learning or a similar field, or equivalent industry experience
- 3+ years of hands-on work with PyTorch
- Strong C++ and Python
- Solid foundation in linear algebra, 3D geometry and camera models
- Experience shipping perception models on a robot or vehicle

# Bonus points
- Experience with BEV or transformer-based detection architectures
- Familiarity with ROS 2 and CUDA

Compensation: $160,000 - $230,000 base plus equity. Dunmoral Autonomy participates in E-Verify and is an equal opportunity employer.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: [
      'CVE', 'Neural networks', 'Data cleaning', 'Model evaluation', 'PyTorch', 'C++', 'Python', 'Linear algebra',
    ],
  },
  {
    id: 't17-a-05',
    title: 'Data Analyst, Supply Chain',
    company: 'Emberlane Outfitters',
    location: 'Denver, CO',
    format: 'text',
    body: `Emberlane Outfitters sells camping, climbing and paddling gear through 48 stores in the Mountain West and online at emberlane.com.

# About the job
We're looking for a Data Analyst to join the Supply Chain Planning team at our Denver support center. You'll help us get the right tents and jackets to the right stores before the season turns.

# What you'll do
- Build and maintain weekly in-stock, sell-through and vendor fill-rate dashboards in Tableau
- Pull and clean data from our ERP, warehouse and point-of-sale systems using SQL
- Support the demand planners with analysis for seasonal buys and markdowns
- Dig into questions like "why did we run out of size 10 boots in Bozeman?" and share what you find
- Help the merchant team with ad hoc analysis in Excel

# What you'll need
- Bachelor's degree in business, supply chain, statistics or a related field
- 2+ years in an analytics role, ideally in retail or consumer goods
- Strong SQL and Excel; Tableau or Power BI
- Python is a plus
- A curious, problem-solving mindset and the ability to present findings to non-technical partners

# Perks
40% gear discount, two paid "Go Days" a year to get outside, hybrid schedule, medical, dental and vision, 401(k) with match.

Pay: $68,000 - $82,000 annually.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Tableau', 'Data cleaning', 'Power BI', 'Python', 'Problem-solving', 'Communication'],
  },
  {
    id: 't17-a-06',
    title: 'Business Intelligence Analyst',
    company: 'Bexmoor County',
    location: 'Bexmoor, MN',
    format: 'raw',
    body: `<h2>Position Overview</h2>
<p>Bexmoor County is seeking a Business Intelligence Analyst to join the Information Technology Department&rsquo;s Data &amp; Analytics Services unit. The position supports county departments, including Human Services, Public Health, the Sheriff&rsquo;s Office and Public Works, by turning operational data into reports and dashboards that help staff and elected officials make decisions.</p>
<h2>Essential Functions</h2>
<ul>
<li>Gathers reporting requirements from department staff and translates them into data models and Power BI reports.</li>
<li>Writes and optimizes SQL queries against the county&rsquo;s data warehouse (SQL Server) and case management systems.</li>
<li>Validates source data, resolves data quality issues with system owners and documents data definitions.</li>
<li>Publishes public-facing dashboards, including the county&rsquo;s budget transparency portal, in line with accessibility standards.</li>
<li>Trains department users on self-service reporting.</li>
<li>Performs other duties as assigned.</li>
</ul>
<h2>Minimum Qualifications</h2>
<ul>
<li>Bachelor&rsquo;s degree in information systems, statistics, public administration or a related field AND two (2) years of experience in reporting or data analysis; OR an equivalent combination of education and experience.</li>
<li>Experience developing reports in Power BI, Tableau or a similar tool.</li>
</ul>
<h2>Preferred Qualifications</h2>
<ul>
<li>Experience with government or human services data.</li>
<li>DAX and Power Query.</li>
<li>Experience using Python or R for data preparation.</li>
</ul>
<h2>Knowledge, Skills &amp; Abilities</h2>
<ul>
<li>Ability to communicate technical information clearly, orally and in writing, to non-technical audiences.</li>
<li>Ability to establish and maintain effective working relationships with employees, officials and the public.</li>
</ul>
<p><strong>Salary:</strong> $71,843.20 - $94,369.60 Annually<br><strong>Job Type:</strong> Full-time, Benefits-eligible<br><strong>Closing Date:</strong> Continuous</p>
<p>Bexmoor County is an Equal Opportunity Employer and a Veterans Preference employer.</p>`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['BIA', 'Power BI', 'Tableau', 'Data cleaning', 'Python', 'R', 'Communication'],
  },
  {
    id: 't17-a-07',
    title: 'Applied Scientist, Reinforcement Learning',
    company: 'Calvanta Labs',
    location: 'Seattle, WA',
    locations: ['Seattle, WA', 'New York, NY'],
    format: 'html',
    body: `Calvanta Labs trains foundation models for software agents: systems that can read a codebase, plan a change and carry it out. We are a 140-person company backed by long-term investors, and we publish much of our research.

# About the role
Applied Scientists on our Post-Training team turn research ideas into the training recipes behind our production models. You will work closely with research scientists, ML engineers and the evaluation team, and you will own your experiments end to end, from the first small-scale run to the model our customers use.

# What you'll work on
- Reinforcement learning from human and automated feedback (RLHF, and RL from execution results) for code-writing agents
- Reward modeling, preference data collection and quality control
- Large-scale training runs on thousands of GPUs with PyTorch and JAX
- Building evaluations that actually predict how the model performs for customers, and reading the results critically
- Writing up results for internal reviews and, when it makes sense, for publication

# You might be a fit if you have
- A PhD in machine learning, computer science or a related field, or equivalent research experience
- Publications or shipped work in reinforcement learning or large language models
- Strong Python and deep familiarity with PyTorch
- Working knowledge of probability, linear algebra and optimization
- Good judgment about which experiments are worth running, and the habit of checking your own results before anyone else does

# How we work
Research and engineering sit together at Calvanta. Small teams own a problem from start to finish, write their decisions down, and share negative results as readily as positive ones. We run a weekly reading group and a quarterly research week in which anyone can work on an idea of their own.

# Where you'll work
This role is based in our Seattle or New York office, with three in-office days a week. We help with relocation, including temporary housing and moving costs.

# Our interview process
- A 30-minute call with a recruiter
- A technical conversation with a member of the Post-Training team about a project you have led
- A paid take-home research exercise (capped at four hours), or a walk-through of a recent paper of yours
- A final loop: a coding interview, a research deep dive and a conversation about how you work with others

We know great researchers come from many backgrounds. If this role excites you but your experience doesn't match every point above, we would still like to hear from you.

# Compensation
The annual base salary range for this position is $210,000 - $320,000. Total compensation also includes equity and benefits: medical, dental and vision coverage, a 401(k) match, parental leave and a home office stipend.

Calvanta Labs is proud to be an equal opportunity workplace. We are committed to equal employment opportunity regardless of race, color, ancestry, religion, sex, national origin, sexual orientation, age, citizenship, marital status, disability, gender identity or veteran status.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: [
      'ARS', 'MLE', 'Reinforcement learning', 'Data cleaning', 'PyTorch', 'Python', 'Probability', 'Linear algebra',
      'Model evaluation', 'Critical thinking', 'Communication',
    ],
  },
  {
    id: 't17-a-08',
    title: 'Data Engineer, Payments & Lending',
    company: 'Carrowlyn Credit Union',
    location: 'Toronto, ON',
    format: 'raw',
    body: `<div><b>Who we are</b></div><div>Carrowlyn Credit Union serves 310,000 members across Ontario with chequing and savings accounts, mortgages, small-business lending and wealth services. As a member-owned co-operative, we reinvest our profits in better rates and in the communities where our members live and work.</div><div><br></div><div><b>The opportunity</b></div><div>We are modernizing our data platform and moving from nightly batch files to streaming. As a Data Engineer on the Payments &amp; Lending squad, you will build the pipelines that feed fraud monitoring, loan adjudication reporting and our regulatory submissions to FSRA and FINTRAC.</div><div><br></div><div><b>What you'll do</b></div><ul><li>Build and operate streaming pipelines with Kafka and Spark Structured Streaming on Azure Databricks</li><li>Model data in our lakehouse using dbt and Delta Lake</li><li>Write automated data quality checks and reconciliations so that finance and risk teams can trust the numbers</li><li>Work with the data scientists on our fraud team to deliver transaction data to their models in near real time</li><li>Contribute to our CI/CD pipelines in Azure DevOps and review pull requests in GitHub</li></ul><div><b>What you bring</b></div><ul><li>3+ years of data engineering experience</li><li>Strong SQL and Python (PySpark)</li><li>Experience with Kafka or another event-streaming platform</li><li>Understanding of data security and privacy in a regulated environment</li><li>Bilingualism (English/French) is an asset</li></ul><div><br></div><div>Salary range: $95,000 &ndash; $118,000 plus annual incentive. Carrowlyn is committed to an inclusive, barrier-free recruitment process. Accommodations are available on request for candidates taking part in all aspects of the selection process.</div>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: [
      'DE', 'DS', 'Kafka', 'Apache Spark', 'Python', 'Data cleaning', 'Deployment pipelines', 'Git',
    ],
  },
  {
    id: 't17-a-09',
    title: 'NLP Engineer',
    company: 'Dovecrest Health',
    location: 'Montréal, QC, Canada',
    format: 'escaped',
    body: `Dovecrest Health makes an ambient clinical documentation assistant for family physicians and walk-in clinics. With the patient's consent, our software listens to the visit, drafts the SOAP note and codes it for provincial billing, saving doctors an average of 90 minutes a day. Dovecrest is used in more than 1,800 clinics across Canada.

# Your role
As an NLP Engineer, you will improve how we turn doctor-patient conversations in English and French into accurate, structured clinical notes.

- Fine-tune and evaluate speech and language models for medical summarization and entity extraction
- Build evaluation sets with our clinician reviewers and track factual accuracy, omission rate and hallucinations release over release
- Build the text processing services that sit between speech recognition and note generation, and expose them through internal APIs
- Work with our privacy team to make sure all training data is de-identified and handled in line with PHIPA and Quebec's Law 25

# About you
- 3+ years in NLP or speech engineering, with models in production
- Excellent Python; experience with PyTorch and the Hugging Face ecosystem
- A good understanding of transformer architectures and their failure modes
- Experience with clinical text (notes, ICD-10, SNOMED CT) is a strong plus
- French is an asset

# Why Dovecrest
Hybrid work from our Mile End office, four weeks of vacation, health and dental coverage from day one, and a $2,000 yearly learning budget.

Dovecrest Health is committed to employment equity and welcomes applications from all qualified candidates.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['NLP_ENG', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'Neural networks'],
  },
  {
    id: 't17-a-10',
    title: 'Store Manager',
    company: 'Embury Home & Hardware',
    location: 'London, ON',
    industry: 'Retail',
    format: 'text',
    body: `Embury Home & Hardware is a family-owned chain of 22 hardware and home improvement stores in southwestern Ontario.

We are hiring a Store Manager for our Wellington Road location. You will lead a team of 35 full- and part-time associates and be accountable for sales, margin, shrink and customer service.

# Responsibilities
- Hire, train and schedule staff, and coach department leads
- Manage inventory, ordering and seasonal sets with the merchandising team
- Review weekly sales and labour reports and act on them
- Keep the store safe, clean and compliant with health and safety requirements
- Resolve escalated customer concerns

# What we're looking for
- 3+ years of retail management experience; hardware or building supply is an asset
- Strong business acumen and a good head for numbers
- Able to adapt quickly when priorities change in the busy spring season
- Knowledge of power tools, lumber and paint is a plus
- Available to work evenings and weekends

Competitive salary, quarterly bonus, employee discount and group benefits.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['Business acumen', 'Adaptability'],
  },
  {
    id: 't17-a-11',
    title: 'Senior Machine Learning Engineer',
    company: 'Borealith Communications',
    location: 'Calgary, Alberta',
    format: 'raw',
    body: `<p><b>Who we are</b></p><p>Borealith Communications connects more than four million Canadians with wireless, home internet and TV service. From fibre in Calgary&#39;s newest communities to LTE towers along the Alaska Highway, we build and run the networks people count on every day.</p><p></p><p><b>About the team</b></p><p>The Network AI team builds models that predict equipment failures, forecast cell-site congestion and flag customers who are likely to be affected by an outage before they call us. We work with network operations, field services and the data platform team.</p><p></p><p><b>What you&#39;ll do</b></p><ul><li>Design, build and deploy machine learning models for anomaly detection and capacity forecasting on network telemetry</li><li>Own the path from notebook to production: packaging, Vertex AI pipelines, monitoring and retraining</li><li>Build reusable components with our MLOps engineers, including a feature store, a model registry and CI/CD for models</li><li>Track model performance and data drift, and decide when a model needs retraining</li><li>Mentor intermediate engineers and help set engineering standards</li></ul><p></p><p><b>What you bring</b></p><ul><li>6+ years of software or ML engineering experience, including 3+ years with machine learning in production</li><li>Expert Python; experience with scikit-learn, XGBoost and TensorFlow or PyTorch</li><li>Experience with time series forecasting and with clustering or other unsupervised methods</li><li>Hands-on Google Cloud experience (BigQuery, Vertex AI, GKE)</li><li>Google Cloud Professional Machine Learning Engineer certification is an asset</li></ul><p></p><p><b>What&#39;s in it for you</b></p><p>Hybrid work, discounted wireless and home internet, a defined contribution pension with company match, and an annual bonus.</p><p>The salary range for this position is $128,000 &ndash; $160,000.</p><p>Borealith is an equal opportunity employer. We are committed to providing accommodations throughout the recruitment process; let us know if you need one.</p>`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: [
      'MLE', 'Google AI Platform', 'Deployment pipelines', 'Model evaluation', 'Python', 'Scikit-learn', 'Decision trees',
      'TensorFlow', 'PyTorch', 'Clustering', 'Kubernetes', 'CERT_GCP',
    ],
  },
  {
    id: 't17-a-12',
    title: 'Robotics Engineer - Applications',
    company: 'Askerbay Robotics',
    location: 'Waterloo, ON N2V 2B1',
    format: 'html',
    body: `Askerbay Robotics designs and builds robotic case-packing and palletizing cells for food and beverage plants. Our robots load everything from yogurt cups to 20 kg bags of flour, and more than 300 of them run on production lines across North America.

# The role
We're looking for a Robotics Engineer to join our Applications team. You'll take a customer's line, product and packing pattern and turn it into a working cell: motion planning, gripper selection, vision setup and on-site commissioning.

# Responsibilities
- Program and simulate robot cells (FANUC, ABB and our own controller)
- Write motion and path-planning code in C++ and Python on ROS 2
- Integrate cameras and sensors for pick location and quality checks
- Commission cells at customer sites (up to 30% travel, mostly Ontario and the US Midwest)
- Troubleshoot problems on the line with maintenance and operations staff

# Qualifications
- Degree in mechatronics, mechanical, electrical or software engineering (P.Eng. or EIT an asset)
- 2+ years of experience with industrial robots or automation
- Comfortable with C++, Python and PLC basics
- Strong problem-solving skills and a calm head during a start-up
- Valid passport and driver's licence

We offer a competitive salary, RRSP matching, extended health benefits and a shop full of robots to learn on.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['ROBO', 'C++', 'Python', 'Problem-solving'],
  },
  {
    id: 't17-a-13',
    title: 'Journeyperson Industrial Electrician - 14/14 Rotation',
    company: 'Deltaveld Energy',
    location: 'Fort McMurray, AB',
    industry: 'Oil & Energy',
    format: 'div',
    body: `Deltaveld Energy operates in-situ oil sands facilities in northeastern Alberta.

# Position
We are hiring Journeyperson Industrial Electricians for our Quillmoor facility on a 14 days on / 14 days off rotation. Flights from Calgary and Edmonton and camp accommodation are provided.

# Duties
- Install, maintain and repair electrical equipment including motors, VFDs, MCCs, switchgear and instrumentation up to 25 kV
- Troubleshoot control circuits and work with instrument technicians on PLC and DCS faults
- Complete preventive maintenance work orders in SAP
- Follow lockout/tagout, arc flash and site safety procedures

# Requirements
- Alberta Journeyperson Industrial Electrician certificate or Red Seal
- H2S Alive, Standard First Aid and CSTS (or willingness to obtain)
- Own hand tools; power tools are supplied
- Strong troubleshooting and problem-solving skills
- Successful completion of a pre-access drug and alcohol test

Deltaveld Energy is an equal opportunity employer. Only candidates selected for an interview will be contacted.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't17-a-14',
    title: 'Data Scientist',
    company: 'Elderwyn Building Society',
    location: 'Leeds, LS1 4AP',
    format: 'double',
    body: `# About us
Elderwyn Building Society has helped people in Yorkshire buy their homes and save for the future since 1863. We have 41 branches, 650,000 members and no shareholders, so our profits go back into better rates and better service.

# The role
We're growing our Data Science team and are looking for a Data Scientist to help us understand our members better. You'll work on problems such as predicting mortgage retention, spotting members who may be heading into financial difficulty, and making our savings communications more relevant.

# What you'll be doing
- Building and validating predictive models (logistic regression, gradient boosted trees, survival models) in Python
- Preparing, cleaning and joining data from our mortgage, savings and digital channels
- Designing and analysing A/B tests for member communications with the marketing team
- Working with Model Risk to document and monitor models in line with PRA expectations
- Presenting findings to colleagues across the Society in a clear, jargon-free way

# What we're looking for
- A degree in a numerate subject (maths, statistics, economics, physics or similar)
- Commercial experience of building models in Python or R, using pandas and scikit-learn
- Good SQL
- An understanding of financial services would be helpful but isn't essential
- Curiosity and a willingness to keep learning

# What's in it for you
- Salary £48,000 - £58,000 depending on experience
- Hybrid working (two days a week in our Leeds head office)
- 27 days' holiday plus bank holidays, rising with service
- Defined contribution pension with up to 10% employer contribution
- Annual bonus scheme

Elderwyn is a Disability Confident employer, and we're happy to talk about flexible working.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: [
      'DS', 'Regression', 'Decision trees', 'Model evaluation', 'Python', 'Data cleaning', 'Hypothesis testing',
      'Communication', 'R', 'Pandas', 'Scikit-learn', 'Continuous learning',
    ],
  },
  {
    id: 't17-a-15',
    title: 'Senior BI Developer',
    company: 'Bellmoor and Stanning NHS Foundation Trust',
    location: 'Wolverhampton, WV10 0QP',
    format: 'div',
    body: `# Job summary
An exciting opportunity has arisen for a Senior BI Developer (Band 7) to join the Trust's Business Intelligence team. The team provides the information that supports operational delivery, performance management and national returns across our two acute hospitals and our community services.

# Main duties of the job
The postholder will lead the development of the Trust's Power BI reporting suite and data warehouse. You will work closely with clinical divisions, finance and the Integrated Care Board to produce timely, accurate information on waiting lists, A&E performance, theatre utilisation and bed occupancy.

The role includes line management of two BI Analysts, and you will act as deputy for the Head of Business Intelligence when required.

# About us
Bellmoor and Stanning NHS Foundation Trust provides acute and community healthcare to around 600,000 people across the Black Country and south Staffordshire. We employ over 8,000 staff and are proud of our CQC rating of Good. We offer flexible working, a generous NHS pension, salary sacrifice schemes, and a wide range of health and wellbeing support.

# Job responsibilities
- Design, build and maintain Power BI dashboards and reports for clinical and corporate users
- Develop and optimise SQL Server stored procedures, SSIS packages and data models
- Validate data, investigate data quality issues and work with system owners to correct them at source
- Support the timely submission of national datasets (SUS, ECDS, RTT, Diagnostics)
- Line manage and develop two BI Analysts
- Present complex information to senior managers and clinicians in a way they can understand and act on
- Ensure all work complies with information governance, confidentiality and data protection requirements

Please refer to the attached job description and person specification for full details of the role.

# Person specification
**Qualifications**
- Degree or equivalent experience in a relevant subject
- Evidence of continuing professional development

**Experience**
- Extensive experience of T-SQL and Power BI (DAX, Power Query)
- Knowledge of NHS data standards and national returns
- Experience of using Git or Azure DevOps for version control (desirable)

**Skills**
- Excellent communication skills, written and verbal
- Able to prioritise a varied workload and meet tight deadlines

# Working for our organisation
Our values of Caring, Listening and Improving guide how we treat our patients and each other. As a member of staff you will have access to our Staff Networks, an on-site nursery at Bellmoor General Hospital, discounted gym membership, the Cycle to Work scheme and free confidential counselling through our Employee Assistance Programme.

The Business Intelligence team is based at Bellmoor General Hospital. Hybrid working is available by agreement with your line manager, with a minimum of two days a week on site.

# Additional information
We welcome applications from people who wish to work flexibly, and we will consider all requests. Applications from job seekers who require Skilled Worker sponsorship to work in the UK are welcome and will be considered alongside all other applications.

Please note that we may close this vacancy early if we receive a high number of applications, so we encourage you to apply as soon as possible. All correspondence will be sent by email, so please check your inbox (and junk folder) regularly.

This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975 and as such will require a submission to the Disclosure and Barring Service.

Salary: £46,148 to £52,809 a year, per annum pro rata.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Git', 'Continuous learning'],
  },
  {
    id: 't17-a-16',
    title: 'Head Chef',
    company: 'Copperwick Inns',
    location: 'Bath, BA1 2QH',
    industry: 'Hospitality',
    format: 'text',
    body: `Copperwick Inns is a small group of seven independent pubs with rooms across Somerset and Wiltshire.

We're looking for a Head Chef for The Copperwick Arms in Bath, a busy 90-cover pub with a seasonal menu and a big Sunday lunch trade.

# You will
- Run the kitchen day to day, leading a brigade of six
- Write seasonal menus with our Executive Chef and keep GP on target
- Order, manage stock and build relationships with local suppliers
- Keep our 5-star food hygiene rating

# You'll have
- Experience as a Head Chef, or as a strong Sous Chef ready to step up, in a quality fresh-food kitchen
- Level 3 Food Hygiene
- A calm, organised approach and good communication with front of house

Up to £42,000 plus tronc (around £4,000 a year), 28 days' holiday, meals on shift, and 50% off food and rooms across the group.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't17-a-17',
    title: 'AI Product Manager - Customer Care',
    company: 'Dartwell Mobile',
    location: 'Reading, England, United Kingdom',
    format: 'raw',
    body: `<p style="min-height:1.5em"><strong>About Dartwell</strong></p><p style="min-height:1.5em">Dartwell Mobile is a UK mobile network with 5.2 million customers on pay monthly, SIM-only and business plans. We run our own 4G and 5G network and more than 120 stores, and we want switching to us to be the easiest decision our customers ever make.</p><p style="min-height:1.5em"><strong>The role</strong></p><p style="min-height:1.5em">We're hiring an AI Product Manager to own our customer care assistant, which handles over a million chats a month. You'll decide what it should do next, work out how we measure whether it's really helping, and make sure it stays safe and on-brand. You'll lead a squad of NLP engineers, a data scientist and a designer, and work closely with our care and compliance teams.</p><p style="min-height:1.5em"><strong>What you'll do</strong></p><ul><li><p style="min-height:1.5em">Set the roadmap for the assistant and for the agent-assist tools used in our contact centres</p></li><li><p style="min-height:1.5em">Define success metrics (containment, CSAT, escalation quality) and run A/B tests to prove impact</p></li><li><p style="min-height:1.5em">Work with engineers to decide when to use retrieval, fine-tuning or plain rules, and review model evaluation results before each release</p></li><li><p style="min-height:1.5em">Make sure we meet Ofcom and ICO expectations on fair treatment and data protection</p></li></ul><p style="min-height:1.5em"><strong>About you</strong></p><ul><li><p style="min-height:1.5em">Product management experience with ML or LLM-based products in production</p></li><li><p style="min-height:1.5em">Enough technical depth to discuss trade-offs with engineers (you don't need to write code)</p></li><li><p style="min-height:1.5em">Strong communication and stakeholder management skills</p></li><li><p style="min-height:1.5em">Commercial awareness: you can tie a product decision to cost-to-serve and churn</p></li></ul><p style="min-height:1.5em"><strong>What we offer</strong></p><p style="min-height:1.5em">£85,000–£100,000 plus bonus, a free unlimited SIM, 25 days' holiday and hybrid working (two days a week in Reading).</p>`,
    role: 'AIPM',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['AIPM', 'NLP_ENG', 'DS', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Business acumen'],
  },
  {
    id: 't17-a-18',
    title: 'Data Engineer',
    company: 'Eastmarsh District Council',
    location: 'Boston, Lincolnshire',
    format: 'html',
    body: `# About the council
Eastmarsh District Council provides local services to 72,000 residents across the coastal towns and villages of east Lincolnshire, from bin collections and housing to planning and council tax.

# About the role
We're building a small in-house data team as part of our digital strategy, shared with two neighbouring councils. As our first Data Engineer, you'll bring together data from our housing, revenues and benefits, waste and customer contact systems into a single Azure data platform, so that officers and councillors can see what is happening and plan ahead.

# Key responsibilities
- Design and build data pipelines in Azure Data Factory and Synapse
- Create and maintain a clean, documented data model for reporting in Power BI
- Put data quality rules in place and fix issues at source with service teams
- Apply the council's information governance and data protection policies (UK GDPR)
- Support BI analysts and service managers with data requests

# About you
- Experience building data pipelines, ideally on Azure
- Strong SQL; Python is desirable
- Understanding of data modelling (star schemas, slowly changing dimensions)
- Able to explain technical ideas to non-technical colleagues
- Experience of local government would be useful but isn't required

# What we offer
Grade 9: £39,186 - £42,708, Local Government Pension Scheme, 26 days' annual leave rising to 31, and flexible and hybrid working from our Boston office.

Closing date: 14 March. Interviews will be held in the week commencing 24 March.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['DE', 'BIA', 'Power BI', 'Data cleaning', 'Python', 'Communication'],
  },
  {
    id: 't17-a-19',
    title: 'Warehouse Team Leader - Nights',
    company: 'Cinderkettle Home',
    location: 'Daventry, NN11 8UH',
    format: 'raw',
    body: `<p><b>About Cinderkettle</b></p><p>Cinderkettle Home is the UK&#39;s favourite online shop for cookware, tableware and kitchen gadgets, shipping more than 20,000 orders a day from our fulfilment centre in Daventry.</p><p><b>The Role</b></p><p>We&#39;re looking for a Warehouse Team Leader to lead a team of 25 pickers and packers on our night shift (Sunday to Thursday, 10pm &ndash; 6:30am).</p><ul><li>Plan labour and hit pick, pack and dispatch targets so customers get their orders on time</li><li>Coach your team on quality, safety and productivity</li><li>Carry out return-to-work interviews, absence management and inductions</li><li>Use our WMS and Excel to track performance and report to the Shift Manager</li><li>Keep the site safe: MHE checks, housekeeping and incident reporting</li></ul><p><b>About You</b></p><ul><li>Previous team leader experience in a warehouse or distribution centre</li><li>Confident with Excel and warehouse management systems</li><li>Counterbalance or reach truck licence desirable</li><li>A good communicator who stays calm under pressure and adapts when volumes change at short notice</li></ul><p><b>What You&#39;ll Get</b></p><ul><li>&pound;31,500 per year including night premium</li><li>25% staff discount</li><li>Company pension and life assurance</li><li>Free on-site parking</li></ul>`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't17-a-20',
    title: 'Machine Learning Engineer',
    company: 'Brellick Bank',
    location: 'Sydney NSW 2000',
    format: 'raw',
    body: `<p>Brellick Bank is Australia&#39;s customer-owned digital bank, with 900,000 customers, no branches and a 4.8-star app. We hold a full banking licence and are regulated by APRA.</p><p><strong>About the team</strong></p><p>Our Decision Science team builds the models behind credit decisioning, collections and scam detection. You&#39;ll join a group of eight ML engineers and data scientists working on AWS.</p><p><strong>What you&#39;ll do</strong></p><ul><li>Turn models built by our data scientists into reliable, monitored services on Amazon SageMaker</li><li>Build training and inference pipelines with Step Functions and SageMaker Pipelines, deployed through GitHub Actions</li><li>Develop real-time scam detection features from payment events streamed through Kafka</li><li>Implement model monitoring for accuracy, drift and fairness, and set up alerting</li><li>Work with Model Risk and Security so our ML platform meets CPS 230 and CPS 234</li></ul><p><strong>About you</strong></p><ul><li>4+ years in software or machine learning engineering</li><li>Strong Python; good knowledge of scikit-learn, LightGBM and MLOps tooling</li><li>Hands-on with AWS (SageMaker, Lambda, ECS) and infrastructure as code (Terraform or CDK)</li><li>Docker and containerised deployment</li><li>AWS Certified Machine Learning &ndash; Specialty is highly regarded</li></ul><p><strong>Why Brellick</strong></p><ul><li>Flexible hybrid work from our Sydney CBD office</li><li>An extra week of leave and paid volunteering days</li><li>Employee share plan and salary packaging</li></ul><p>Brellick Bank welcomes applications from Aboriginal and Torres Strait Islander peoples, people with disability and people from all backgrounds.</p>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: [
      'MLE', 'DS', 'AWS SageMaker', 'Git', 'Deployment pipelines', 'Kafka', 'Feature engineering', 'Model evaluation',
      'Python', 'Scikit-learn', 'Decision trees', 'Docker', 'CERT_AWS',
    ],
  },
  {
    id: 't17-a-21',
    title: 'Data Scientist - Network Analytics',
    company: 'Cassowen Telecom',
    location: 'Melbourne VIC 3000',
    locations: ['Melbourne VIC 3000', 'Remote, Australia'],
    format: 'div',
    body: `Cassowen Telecom is a regional Australian telco delivering fixed wireless, fibre and mobile services to 400,000 homes and businesses in country Victoria, New South Wales and South Australia.

# The opportunity
Join our Network Analytics team as a Data Scientist and help us decide where to build next and keep our network running when it matters. This role can be based in our Melbourne office or remote within Australia.

# What you'll be doing
- Build forecasting models for traffic growth and capacity on our fixed wireless towers
- Use clustering to group towers and customers by usage pattern for planning and pricing
- Analyse outage and fault data to find the root causes of poor customer experience
- Build dashboards in Power BI for the network and executive teams
- Share insights with engineering and commercial teams and help them act on them

# About you
- Tertiary qualification in data science, statistics, engineering or similar
- 3+ years' experience in a data science role
- Proficiency in Python (pandas, NumPy, scikit-learn) and SQL
- Experience with time-series forecasting; exposure to geospatial data is a plus
- A problem solver who enjoys messy real-world data
- Strong communication skills

# Benefits
- Hybrid or remote working
- Discounted nbn and mobile plans
- Option to purchase additional annual leave
- Ongoing learning and development

Cassowen Telecom is an equal opportunity employer and encourages applications from Aboriginal and Torres Strait Islander people.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: [
      'DS', 'Clustering', 'Power BI', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Problem-solving',
      'Communication',
    ],
  },
  {
    id: 't17-a-22',
    title: 'Mathematics Teacher (Years 7-12)',
    company: 'Ebbtide Grammar School',
    location: 'Mount Lawley WA 6050',
    format: 'text',
    body: `Ebbtide Grammar School is an independent, co-educational Anglican school for students from Kindergarten to Year 12, on a leafy campus ten minutes from the Perth CBD.

We are seeking an enthusiastic and experienced Mathematics Teacher to join our Mathematics Learning Area from the start of Term 1 next year. This is a full-time, permanent position.

# The successful applicant will
- Teach Mathematics across Years 7-12, including ATAR Mathematics Methods and/or Mathematics Specialist (calculus, vectors and statistics)
- Use student achievement data to plan lessons and support every student
- Contribute to the school's co-curricular program
- Demonstrate a commitment to ongoing professional learning

# Selection criteria
- A relevant teaching qualification and registration with the Teacher Registration Board of WA
- A current Working with Children Check
- Excellent communication and interpersonal skills
- Knowledge of the SCSA curriculum

Applications, including a cover letter, CV and the names of three referees, should be emailed to the Principal's PA by Friday 17 October. Ebbtide Grammar is a child safe organisation and is committed to the safety and wellbeing of all children.`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Calculus', 'Continuous learning', 'Communication'],
  },
  {
    id: 't17-a-23',
    title: 'Deep Learning Specialist - Medical Imaging',
    company: 'Dawnmere Radiology',
    location: 'Brisbane City QLD 4000',
    format: 'escaped',
    body: `Dawnmere Radiology is one of Queensland's largest private radiology practices, with 46 clinics performing X-ray, CT, MRI, ultrasound and mammography for more than a million patients a year.

# About the role
Our Clinical AI team develops and validates algorithms that help our radiologists report faster and more safely, from triaging urgent head CTs to flagging missed fractures. As a Deep Learning Specialist you'll lead model development for a new chest CT program, working with our radiologists, PACS engineers and regulatory team.

# Responsibilities
- Design and train convolutional and transformer-based neural networks for detection and segmentation in CT and MRI
- Build data pipelines for DICOM images and radiology reports, including de-identification, cleaning and label quality checks
- Run rigorous validation studies: ROC/AUC, sensitivity at fixed specificity, and subgroup analysis across scanners and sites
- Package models with Docker for deployment on our on-premise GPU servers
- Keep up with the research literature and bring the best ideas into our work

# About you
- PhD or Master's in computer science, biomedical engineering, physics or a related field
- 4+ years' experience building deep learning models with PyTorch or TensorFlow
- Strong Python; experience with MONAI, NumPy and scikit-image
- Experience with medical imaging data and regulatory requirements (TGA, FDA or CE marking) is highly desirable

# What we offer
Salary from $150,000 plus super, flexible hours, and the chance to see your work used by 200 radiologists every day.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: [
      'DLS', 'Neural networks', 'Data cleaning', 'Model evaluation', 'Docker', 'Continuous learning', 'PyTorch',
      'TensorFlow', 'Python', 'NumPy',
    ],
  },
  {
    id: 't17-a-24',
    title: 'Analytics Engineer',
    company: 'Aldgrave Media',
    location: 'Adelaide SA 5000',
    format: 'double',
    body: `# About Aldgrave
Aldgrave Media publishes six regional newspapers, three lifestyle magazines and a network of local news websites across South Australia and the Northern Territory. Around 1.8 million readers a month rely on us for local news.

# The role
As our digital subscriptions grow, we need better data. We're looking for an Analytics Engineer to own the models behind our subscriber, advertising and audience reporting.

- Build and maintain dbt models in Snowflake from our CMS, paywall and ad server data
- Write data tests and documentation so our numbers can be trusted
- Work with our data analysts and the newsroom to define metrics such as engaged readers and churn
- Support the set-up and analysis of A/B tests on paywall offers
- Look after our Git repository and the deployment workflow for dbt (GitHub Actions)

# About you
- 2+ years in analytics engineering, data engineering or BI
- Advanced SQL and hands-on dbt
- Experience with a cloud warehouse (Snowflake, BigQuery or Redshift)
- Some Python is handy
- You explain data clearly to people who don't work with it

Full-time, hybrid from our Adelaide office. Salary $100k - $115k plus super.`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Data cleaning', 'Hypothesis testing', 'Git', 'Deployment pipelines', 'Python', 'Communication'],
  },
  {
    id: 't17-a-25',
    title: 'Business Intelligence Analyst',
    company: 'Dunnart Motor Group',
    location: 'Parramatta NSW 2150',
    industry: 'Automotive',
    format: 'raw',
    body: `<p><strong>About Dunnart Motor Group</strong></p><p>Dunnart Motor Group is a family-owned automotive retailer with 19 new and used car dealerships across Western Sydney and the Central West, representing 14 brands. We sell more than 15,000 vehicles a year and service many more through our workshops.</p><p><strong>About the role</strong></p><p>Reporting to the Group Finance Manager, the Business Intelligence Analyst will deliver accurate, timely reporting on vehicle sales, finance and insurance, service and parts across the group.</p><p><strong>Key responsibilities</strong></p><ul><li>Develop and maintain Power BI dashboards for dealer principals and the executive team</li><li>Extract and transform data from our dealer management system, CRM and manufacturer portals</li><li>Automate manual Excel reports</li><li>Analyse stock turn, gross profit per vehicle and workshop utilisation, and recommend improvements</li></ul><p><strong>About you</strong></p><ul><li>Degree in business, finance, IT or a related discipline</li><li>2+ years&rsquo; experience in a BI or reporting role</li><li>Advanced Power BI (DAX) and SQL skills</li><li>Automotive retail experience is highly regarded</li><li>Strong attention to detail and the confidence to present to senior managers</li></ul><p>Dunnart Motor Group offers a salary package of $95,000&ndash;$110,000 plus super, vehicle purchase discounts and free servicing.</p>`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['BIA', 'Power BI', 'Communication'],
  },
  {
    id: 't17-a-26',
    title: 'Data Engineer',
    company: 'Amrutvel Infotech',
    location: 'Bengaluru, Karnataka, India',
    format: 'raw',
    body: `<div><b>About Amrutvel</b></div><div>Amrutvel Infotech is an IT services and data engineering company with 2,400 people in Bengaluru, Pune and Chennai. We build and run data platforms for clients in retail, banking, logistics and healthcare across India, the Middle East and Europe.</div><div><br></div><div><b>Role: Data Engineer (3&ndash;6 years)</b></div><div>You will join a client-facing delivery team building a cloud data platform on AWS and Databricks, working alongside architects, BI developers and data scientists from the client&#39;s side.</div><div><br></div><div><b>Responsibilities</b></div><ul><li>Develop batch and streaming pipelines using PySpark, Spark SQL and Kafka</li><li>Migrate legacy Hadoop (Hive) workloads to Databricks Delta Lake</li><li>Orchestrate jobs with Airflow and maintain CI/CD using Jenkins and Bitbucket</li><li>Write unit tests and data validation checks; handle deduplication and late-arriving data</li><li>Participate in client calls, sprint planning and estimation</li></ul><div><b>Must have</b></div><ul><li>B.E./B.Tech/MCA</li><li>3+ years as a Data Engineer with Python and SQL</li><li>Hands-on Spark (PySpark) and one cloud platform (AWS preferred)</li><li>Good communication skills for client interaction</li></ul><div><b>Good to have</b></div><ul><li>Scala, Snowflake, dbt</li><li>Docker and Kubernetes basics</li><li>AWS or Databricks certification</li></ul><div><br></div><div>Notice period: immediate to 30 days preferred. Work mode: hybrid (3 days from office).</div>`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: [
      'DE', 'BIA', 'DS', 'Apache Spark', 'Kafka', 'Hadoop', 'Deployment pipelines', 'Git', 'Data cleaning', 'Python',
      'Communication', 'Docker', 'Kubernetes',
    ],
  },
  {
    id: 't17-a-27',
    title: 'Senior Data Scientist - Digital Manufacturing',
    company: 'Chandrakor Auto Components',
    location: 'Pune, Maharashtra',
    format: 'html',
    body: `Chandrakor Auto Components Ltd. makes braking systems, steering parts and precision castings for passenger car and two-wheeler manufacturers in India and Europe. Our seven plants in Maharashtra and Tamil Nadu employ more than 6,000 people.

# Job Description
We are setting up a Digital Manufacturing cell at our Chakan plant and are looking for a Senior Data Scientist to lead analytics for quality and maintenance.

# Key Responsibilities
- Build predictive maintenance models for CNC machines, presses and furnaces using sensor and PLC data
- Develop root-cause models for casting defects from process parameters (regression, random forests, SHAP)
- Perform feature engineering on high-frequency time-series data
- Deploy models on the plant edge servers in Docker containers and monitor their accuracy over time
- Train plant engineers to use the dashboards and act on model outputs
- Work with the IT team to integrate results into MES and SAP through REST APIs

# Qualifications
- B.Tech/M.Tech in Mechanical, Production, Computer Science or Statistics
- 6+ years of experience, with at least 3 in manufacturing analytics
- Strong in Python, pandas and scikit-learn; exposure to TensorFlow is a plus
- Knowledge of statistical process control and design of experiments
- Good communication in English; Marathi or Hindi is an advantage

CTC as per industry standards. Candidates from automotive or engineering industries preferred.`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: [
      'DS', 'Regression', 'Decision trees', 'Feature engineering', 'Docker', 'Model evaluation', 'APIs', 'Python',
      'Pandas', 'Scikit-learn', 'TensorFlow', 'Hypothesis testing', 'Communication',
    ],
  },
  {
    id: 't17-a-28',
    title: 'Actuarial Analyst - Valuation & Pricing',
    company: 'Bhavitra Life Insurance',
    location: 'Mumbai, Maharashtra, India',
    industry: 'Insurance',
    format: 'div',
    body: `Bhavitra Life Insurance Company Ltd. is a private life insurer offering term, savings, pension and group products through agency, bancassurance and digital channels.

# Role Summary
The Actuarial Analyst will support the Valuation and Pricing team in the Appointed Actuary's function.

# Key Responsibilities
- Prepare quarterly reserve valuations and embedded value calculations in line with IRDAI regulations
- Carry out experience analysis for mortality, lapse and expenses
- Support the pricing of new term and group products using Prophet and Excel models
- Prepare data extracts and check policy data from administration systems for completeness and accuracy
- Automate recurring calculations using Python or R

# Requirements
- Graduate in Mathematics, Statistics or Actuarial Science
- Cleared 3-6 papers of the Institute of Actuaries of India (IAI) or IFoA
- Good knowledge of probability and financial mathematics
- Proficient in Excel; working knowledge of Python or R
- Strong analytical and communication skills`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['Data cleaning', 'Python', 'R', 'Probability', 'Communication'],
  },
  {
    id: 't17-a-29',
    title: 'NLP Engineer - Conversational AI',
    company: 'Chitravan Labs',
    location: 'Hyderabad, Telangana',
    format: 'escaped',
    body: `Chitravan Labs builds voice and chat assistants in 14 Indian languages. Banks, e-commerce companies, utilities and government departments use our platform to answer customer queries in Telugu, Hindi, Tamil and more.

# What you will do
- Build intent classification, entity extraction and retrieval components for multilingual assistants
- Fine-tune open-source language models (Llama, Gemma, IndicBERT) with PyTorch and Hugging Face Transformers
- Create and clean training datasets from call transcripts and chat logs, and work with our annotation team on guidelines
- Evaluate models with precision, recall and F1 per language and track their quality in production
- Serve models through FastAPI microservices on Kubernetes

# What we are looking for
- 2-5 years of experience as an NLP Engineer or ML Engineer
- Strong Python and a good understanding of transformers, embeddings and tokenization for Indic scripts
- Experience with Docker, Git and CI/CD
- Knowledge of RAG and vector databases is a plus
- Fluency in English and at least one Indian language

Immediate joiners preferred. Work from office, Hyderabad (HITEC City).`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: [
      'NLP_ENG', 'MLE', 'PyTorch', 'Data cleaning', 'Model evaluation', 'APIs', 'Kubernetes', 'Python',
      'Neural networks', 'Docker', 'Git', 'Deployment pipelines',
    ],
  },
  {
    id: 't17-a-30',
    title: 'Computer Vision Engineer',
    company: 'Ecliptra Vision',
    location: 'Singapore',
    format: 'raw',
    body: `<p>Ecliptra Vision builds automated optical inspection systems for electronics and semiconductor packaging lines. Our machines check solder joints, wire bonds and component placement at line speed for contract manufacturers in Singapore, Malaysia, Vietnam and Mexico.</p><p><strong>The Role</strong></p><p>As a Computer Vision Engineer, you will develop the defect detection software that runs on our inspection machines and work directly with customers&#39; process engineers to bring new products onto the line.</p><ul><li>Develop classical image processing and deep learning algorithms for defect detection and measurement (OpenCV, PyTorch)</li><li>Build and curate image datasets from customer lines, including correcting labelling errors and handling class imbalance</li><li>Measure false-call and escape rates, and tune models to each customer&#39;s quality targets</li><li>Optimise inference in C++ for real-time performance on industrial PCs</li><li>Support installations and trials at customer sites in the region</li></ul><p><strong>Requirements</strong></p><ul><li>Degree in Computer Engineering, Electrical Engineering or a related field</li><li>2+ years of experience in machine vision or computer vision</li><li>Proficiency in C++ and Python</li><li>Experience training CNNs for classification or segmentation</li><li>Willingness to travel up to 25% within Southeast Asia</li></ul><p><strong>Benefits</strong></p><ul><li>Competitive salary and annual bonus</li><li>Medical and dental coverage</li><li>Training budget</li></ul>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['SG'],
    mentions: ['CVE', 'PyTorch', 'Data cleaning', 'Model evaluation', 'C++', 'Python', 'Neural networks'],
  },
  {
    id: 't17-a-31',
    title: 'Research Scientist, Multimodal Learning',
    company: 'Dreskel Games',
    location: 'One-North',
    countryHints: ['SG'],
    format: 'html',
    body: `Dreskel Games is an independent studio behind the mobile RPG series Lanternfall, played by more than 30 million people. Our AI Research group explores how generative models can make game worlds richer and help our artists and designers work faster.

# The role
We're looking for a Research Scientist to work on multimodal models that understand and generate game art, animation and dialogue. You'll set your own research agenda within the group's goals and work with ML engineers to get the best ideas into our tools.

# What you'll do
- Research and train diffusion and transformer models for 2D art, character animation and in-game text
- Explore reinforcement learning for game-playing agents that test levels for balance
- Design evaluation protocols that combine automatic metrics with artist feedback
- Publish at top venues (NeurIPS, CVPR, SIGGRAPH) when the work is ready

# Requirements
- PhD in machine learning, computer vision, graphics or a related field
- A strong publication record
- Excellent Python and PyTorch; experience with JAX is a plus
- Good communication skills and an interest in games

# Nice to have
- Experience with Unity or Unreal Engine
- Familiarity with C++

We offer a competitive package, flexible hours and a generous games budget.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: [
      'ARS', 'MLE', 'Neural networks', 'Reinforcement learning', 'Model evaluation', 'Python', 'PyTorch',
      'Communication', 'C++',
    ],
  },
  {
    id: 't17-a-32',
    title: 'Software Engineer (Backend, Go/Java)',
    company: 'Corbelle Talent Partners',
    location: 'Singapore',
    format: 'double',
    body: `# About our client
Our client is a well-funded, fast-growing regional business headquartered in Singapore, with engineering hubs in Jakarta and Ho Chi Minh City. They are expanding their core platform team and have asked us to find experienced backend engineers.

# Responsibilities
- Design, build and operate high-throughput backend services in Go and Java
- Design REST and gRPC APIs used by web and mobile clients
- Own your services in production: monitoring, on-call and incident reviews
- Improve test coverage across unit, integration and regression suites
- Work in a modern stack with Kafka, PostgreSQL, Redis, Docker and Kubernetes

# Requirements
- 4+ years of backend development experience
- Strong Java or Go; experience with microservices
- Familiarity with CI/CD and Git-based workflows
- Good problem-solving and communication skills
- Singaporeans and PRs are encouraged to apply; our client can support EP applications for exceptional candidates

Corbelle Talent Partners Pte Ltd | EA Licence No. 19C9876 | Registration No. R1987654

We regret that only shortlisted candidates will be notified.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: [
      'Java', 'APIs', 'Kafka', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Git', 'Problem-solving', 'Communication',
    ],
  },
  {
    id: 't17-a-33',
    title: 'Senior Business Intelligence Analyst',
    company: 'Dorvane Freight',
    location: 'Changi, Singapore',
    industry: 'Logistics & Supply Chain',
    format: 'text',
    body: `Dorvane Freight is an Asia-Pacific freight forwarder and contract logistics provider, moving air and ocean cargo for more than 3,000 shippers from our hubs in Singapore, Hong Kong and Sydney.

# Job Responsibilities
- Own the regional KPI dashboards for air freight, ocean freight and warehousing in Tableau
- Work with country managers to define metrics such as on-time delivery, cost per shipment and yield
- Write and optimise SQL on our Snowflake warehouse, and build data models with the data engineering team
- Run deep-dive analyses on lane profitability and present recommendations to the regional leadership team
- Mentor two junior BI analysts

# Job Requirements
- Degree in Business Analytics, Supply Chain, Computer Science or equivalent
- 5+ years in business intelligence or analytics, ideally in logistics or transport
- Expert SQL and Tableau; Power BI exposure is a plus
- Python for automation is an advantage
- Strong business sense and the ability to tell a story with data
- Able to work in a fast-changing environment with shifting priorities

We offer a competitive salary, AWS (annual wage supplement), variable bonus and hybrid work arrangements.`,
    role: 'BIA',
    sector: null,
    countries: ['SG'],
    mentions: [
      'BIA', 'Tableau', 'Power BI', 'Python', 'Business acumen', 'Communication', 'Adaptability',
    ],
  },
  {
    id: 't17-a-34',
    title: 'MLOps Engineer',
    company: 'Eskervale Travel',
    location: 'Dublin 2, Ireland',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Eskervale Travel is Ireland&#39;s largest online travel agent. We help two million customers a year book package holidays, city breaks and sun holidays from Dublin, Cork, Shannon and Knock, and we work with more than 40 airlines and 9,000 hotels.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;About the role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Our data science team has built models for hotel ranking, dynamic package pricing and customer service routing. They work, but shipping a new version still takes weeks. We&#39;re hiring our first MLOps Engineer to make models easier to ship, cheaper to run and safer to change.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;What you&#39;ll do&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Build and own our ML platform on Azure: Azure Machine Learning workspaces, AKS for model serving, and MLflow for experiment tracking and the model registry&lt;/li&gt;
&lt;li&gt;Create reusable training and deployment pipelines in Azure DevOps&lt;/li&gt;
&lt;li&gt;Set up monitoring for data drift and ranking quality (NDCG, conversion) and alert the owning data scientist when something moves&lt;/li&gt;
&lt;li&gt;Right-size compute clusters and bring our cloud bill down&lt;/li&gt;
&lt;li&gt;Help data scientists package their work properly: Docker images, tests and code review on GitHub&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What you&#39;ll bring&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;3+ years in DevOps, platform or ML engineering&lt;/li&gt;
&lt;li&gt;Good Python and solid Linux fundamentals&lt;/li&gt;
&lt;li&gt;Terraform or Bicep, Docker and Kubernetes&lt;/li&gt;
&lt;li&gt;Experience with MLflow, Kubeflow or similar tools&lt;/li&gt;
&lt;li&gt;A pragmatic attitude and a willingness to learn new tools as the field changes&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Hybrid working (two days a week in our Dublin 2 office), 25 days&#39; annual leave, 6% employer pension contribution, private health insurance and an annual travel credit.&lt;/p&gt;
&lt;p&gt;Eskervale Travel is an equal opportunities employer and welcomes applications from everyone.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: null,
    countries: ['IE'],
    mentions: [
      'MLE', 'DS', 'Microsoft Azure ML', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Model evaluation', 'Docker',
      'Git', 'Python', 'Kubeflow', 'Continuous learning',
    ],
  },
  {
    id: 't17-a-35',
    title: 'Statistician (Higher Executive Officer)',
    company: 'Eastern Regional Transport Authority',
    location: 'Dún Laoghaire, Co. Dublin, Ireland',
    format: 'escaped',
    body: `The Eastern Regional Transport Authority (ERTA) is the statutory body responsible for planning and funding public bus and rail services in the Greater Dublin Area.

# The Role
ERTA is recruiting a Statistician at Higher Executive Officer grade to join its Transport Insights Unit. The Unit publishes official travel statistics and supports the planning of new bus routes, cycle infrastructure and fare policy.

# Key Duties
- Design and analyse the annual Household Travel Survey, including sampling, weighting and estimation
- Produce quarterly patronage statistics from ticketing and automatic passenger counter data
- Build regression and small-area estimation models to support transport planning
- Check, clean and document survey and administrative data
- Produce clear charts, tables and commentary for publication and for the Minister's office

# Essential Requirements
- A primary degree (NFQ Level 8) in statistics, mathematics, economics or a related discipline with a significant statistics component
- Experience with R or Python for statistical analysis
- Knowledge of survey methodology, sampling theory and probability
- Excellent written and oral communication skills

# Salary and Benefits
HEO salary scale: €57,000 - €72,000 (PPC rate). Public service pension, 29 days' annual leave and a blended working policy.

ERTA is an equal opportunities employer and is committed to a policy of equal opportunity.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['IE'],
    mentions: ['Regression', 'Data cleaning', 'Visualization', 'R', 'Python', 'Probability', 'Communication'],
  },
  {
    id: 't17-a-36',
    title: 'Quantity Surveyor',
    company: 'Brosnaghan Construction',
    location: 'Cork, Co. Cork',
    format: 'text',
    body: `Brosnaghan Construction is a main contractor delivering commercial, residential and education projects across Munster.

We're looking for an experienced Quantity Surveyor to join our Cork team on a new 140-unit residential scheme in Ballincollig.

- Prepare cost plans, valuations and final accounts
- Manage subcontractor procurement and payments
- Report monthly on cost and programme to the Contracts Manager
- Degree in Quantity Surveying or Construction Economics
- 4+ years' experience with a main contractor
- Strong negotiation and communication skills

Competitive salary, car allowance, pension and health insurance. Apply with your CV.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Communication'],
  },
];
