// test17, half C: 36 held-out English postings from the US, Canada, the UK, Australia, India, Singapore and Ireland,
// plus New Zealand, South Africa, the Philippines, the Gulf, Kenya, Nigeria, Hong Kong, Malaysia, Scotland, Wales and
// Northern Ireland; two thirds titled as one of the seed's ten roles, the rest other jobs near and far from data.
//
// Composition
// - Countries: US 01, 08, 13, 17; CA 02, 10, 18; GB (England) 03, 09, 16, 19; AU 04, 14, 20; IN 05, 11, 21, 24;
//   SG 06, 22; IE 07, 15, 23; SG+MY 12; NZ 25; ZA 26, 27; PH 28; AE+SA 29; KE+NG 30; NG 31; HK+SG 32;
//   GB (Scotland) 33, (Wales) 34, (Northern Ireland) 35; MY 36. Two or more countries: 12, 29, 30, 32.
//   countryHints only: 24 (location null, IN), 25 ("Remote", NZ).
// - Roles: MLE 01, 16, 18, 27; DS 02, 15, 17, 26; DE 03, 12, 24; BIA 04, 11, 28; NLP_ENG 05, 31; AIPM 06, 29;
//   CVE 07, 20; ARS 10, 21; ROBO 08; DLS 09. Role null (12): 13 data analyst, 14 software engineer, 19 analytics
//   engineer, 22 store manager, 23 quality engineer, 25 customer support, 30 MEL officer, 32 data analyst,
//   33 transport planner, 34 asset data analyst, 35 site engineer, 36 agronomist.
// - Sectors: IT 5 (01, 05, 19, 21, 31); FIN 5 (02, 06, 14, 15, 25); HEALTH 4 (04, 07, 13, 24); RETAIL 4 (03, 10, 18,
//   22); TELCO 3 (11, 16, 26); AUTO 4 (08, 09, 23, 27); PUBLIC 3 (17, 29, 33); null 8 (12 freight forwarder,
//   20 mining, 28 airline, 30 education non-profit, 32 hotels, 34 wind and solar generator, 35 builder,
//   36 oil palm plantations).
// - Formats: raw 12 (Greenhouse escaped content 01, 12; Workday 05, 08, 33; Lever 06; SmartRecruiters sections 09,
//   27; Ashby 16; JSON-LD 21; Recruitee 24; Workable 31); html 02, 10, 17, 26, 30, 36; div 03, 13, 18, 28, 34;
//   escaped 07, 14, 23, 29; double 15, 20, 32, 35; text 04, 11, 19, 22, 25.
// - Board industry field on: 11 (Telecommunications), 19 (Computer Software), 20 (Mining & Metals),
//   25 (Financial Services), 28 (Airlines/Aviation), 34 (Renewables & Environment).
//
// Hard calls
// Sector — 01: help desk software used by companies of every kind is business software → IT.
// Sector — 04: a health insurer is Healthcare, not Finance (the Finance row excludes health insurers).
// Sector — 05, 31: language platforms sold to banks, shops, telcos and others serve many industries → IT.
// Sector — 07: AI software for radiologists is medical-imaging AI → Healthcare.
// Sector — 08: builds robotic picking cells in its own plant for distribution centres; a maker of robots is
//   Manufacturing, not Retail (it is not made for online shops only) and not IT.
// Sector — 10: a marketplace where consumers buy second-hand goods → Retail.
// Sector — 12: a freight forwarder and customs broker is logistics → unclassified.
// Sector — 16, 26: mobile network operators → Telecommunications (26's mobile money arm does not move it to Finance).
// Sector — 17: sensors and software sold to city and state transportation departments for traffic signals and counts
//   are products made for cities' services → Public Sector & Smart Cities.
// Sector — 19: HR software (not payroll) is business software any company uses → IT.
// Sector — 20: a mining company building its own computer vision → mines are unclassified.
// Sector — 21: an AI research company (not a non-profit institute) → IT.
// Sector — 23: makes dairy ingredients and infant formula bases in its plant → food manufacturing, not Healthcare.
// Sector — 24: a pharmacy chain with an online pharmacy → Healthcare (pharmacies are Healthcare, not Retail).
// Sector — 25: no intro paragraph; the industry field and the product (invoicing, bank feeds and GST returns for sole
//   traders) make it money software for small firms → Finance.
// Sector — 28: no intro; only the industry field and the duties say airline → unclassified.
// Sector — 29: software municipalities use to run waste collection, parking and lighting → Public Sector.
// Sector — 30: an education non-profit → unclassified. 32: hotel owner-operator → unclassified (hospitality).
// Sector — 33: a statutory regional transport body funded by councils is part of government → Public Sector.
// Sector — 34: a renewable electricity generator is energy → unclassified. 35: a builder whose projects include
//   healthcare facilities is still a builder → unclassified. 36: plantations are agriculture → unclassified.
// Role — 06 "Product Manager, AI & Machine Learning (Risk)" is an AI/ML product manager → AIPM.
// Role — 08 "Robotics Engineer II, Manipulation" → ROBO; 09 "Deep Learning Specialist – Perception" → DLS.
// Role — 10 "Applied Scientist, Search & Recommendations" (ML topic) → ARS. 11 "Senior BI Developer" → BIA.
// Role — 15 "Decision Scientist" → DS. 16 "MLOps Engineer" → MLE.
// Role — 13 and 32 are Data Analysts, 19 an Analytics Engineer, 14 a Software Engineer → null.
// Countries — 03 "London / Leeds" → GB. 07 "Hybrid - Galway" names an Irish city → IE. 11 "Pune, Maharashtra" → IN.
// Countries — 12 "Singapore / Kuala Lumpur" → SG, MY. 14 Sydney NSW and Melbourne VIC → AU.
// Countries — 23 "Macroom, Co. Cork" → IE. 26 "Johannesburg, Gauteng" → ZA.
// Countries — 32 "Quarry Bay, Hong Kong" plus Singapore → HK, SG. 33 to 35 Scotland, Wales, Northern Ireland → GB.
// Countries — 24: location null and countryHints IN; the body's Mumbai/Bengaluru line is not used.
// Countries — 25: "Remote" with countryHints NZ → NZ.
// Mentions — 01: "six machine learning engineers, two data scientists" → MLE, DS; internal APIs → APIs; CI/CD →
//   Deployment pipelines; offline evaluation and precision monitoring → Model evaluation; "You write clearly and can
//   explain a trade-off" → Communication. "product manager" (not AI) is no role. Conference budget is a benefit, not
//   Continuous learning.
// Mentions — 02: PD/LGD models are not counted as Probability; logistic regression → Regression; gradient boosting →
//   Decision trees; Gini/AUC and backtesting → Model evaluation; "how lending makes money" → Business acumen.
// Mentions — 03: "BI analysts" → BIA; checks for missing, duplicated or late data → Data cleaning; Azure DevOps
//   pipelines → Deployment pipelines; plain Azure is not Azure ML; Spark data pipelines are not deployment pipelines.
// Mentions — 04: dashboards → Visualization; "present findings" → Communication.
// Mentions — 05: the body never names the NLP Engineer role ("NLP work") → no NLP_ENG; cleaning noisy transcripts →
//   Data cleaning; held-out test sets and F1 → Model evaluation; "keep learning as the field moves" → Continuous
//   learning; transformers and neural networks → Neural networks.
// Mentions — 06: "Product Manager to lead our AI and machine learning roadmap" names an AI product manager → AIPM;
//   precision, recall and feature drift → Model evaluation (not Feature engineering); "A commercial mind" →
//   Business acumen; A/B tests → Hypothesis testing; "risk analysts" are not BI analysts.
// Mentions — 07: deep learning models and CNNs → Neural networks; FROC and sensitivity → Model evaluation;
//   reproducible experiments are not Hypothesis testing.
// Mentions — 08: "computer vision engineers" → CVE; the body never says "robotics engineer" (a degree in Robotics is not
//   the role) → no ROBO; "tough, open-ended problems" and root-cause work → Problem-solving.
// Mentions — 09: "GPU cluster" is not Clustering; mAP and tracking accuracy → Model evaluation; supervised road trials
//   are not experiments in the statistical sense.
// Mentions — 10: "applied scientists" in an ML team names the ARS role; gradient-boosted trees → Decision trees;
//   neural rankers → Neural networks; NDCG, recall@k → Model evaluation; A/B tests → Hypothesis testing.
// Mentions — 11: "junior BI analysts" → BIA; profile, cleanse and reconcile data → Data cleaning; "telecom KPIs and how
//   they drive revenue" → Business acumen.
// Mentions — 12: "as a data engineer" → DE; deduplicate and validate events → Data cleaning; GitLab CI → Git and
//   Deployment pipelines; REST APIs → APIs.
// Mentions — 13: "OR utilization" is operating rooms, not R; R counted from "R or Python"; Epic certification is not one
//   of the seven credentials.
// Mentions — 14: "regression tests" is not Regression; GitHub Actions → Git and Deployment pipelines; "work through
//   ambiguous problems" → Problem-solving; no Docker named.
// Mentions — 15: "Decision Scientist" in the body → DS; GLMs → Regression; gradient boosting machines → Decision trees;
//   Bayesian methods → Probability; statistically significant pricing tests → Hypothesis testing; "Commercial
//   awareness" → Business acumen; "data science" as a field is no role.
// Mentions — 16: "MLOps Engineer" in the body → MLE; EKS → Kubernetes; drift and model performance monitoring → Model
//   evaluation; the exact "AWS Certified Machine Learning – Specialty" → CERT_AWS; "calm and flexible when priorities
//   change" → Adaptability; MLflow experiment tracking is not Hypothesis testing.
// Mentions — 17: "Cluster intersections" → Clustering; checking sensor data for gaps and miscounts → Data cleaning;
//   charts and maps → Visualization.
// Mentions — 18: gradient boosting, LightGBM, XGBoost → Decision trees; probabilistic forecasts → Probability; building
//   features → Feature engineering; backtesting → Model evaluation; Vertex AI → Google AI Platform; GitLab → Git
//   (no CI named, so no Deployment pipelines); "keep up with new forecasting research" → Continuous learning.
// Mentions — 19: Looker is not Google Data Studio; dashboards → Visualization; data quality checks → Data cleaning;
//   GitHub repo → Git; "Understanding of SaaS metrics and what drives them" → Business acumen; "product managers" are
//   not AIPM.
// Mentions — 20: OpenCV is not a label; "develop and train" models has no evaluation step → no Model evaluation.
// Mentions — 21: RLHF → Reinforcement learning; transformer architectures → Neural networks; evaluation suites and
//   benchmarks → Model evaluation; GPU clusters are not Clustering; "adapt them" (models) is not Adaptability.
// Mentions — 22: "visual merchandising" is not Visualization; sales targets are a duty, not Business acumen.
// Mentions — 23: statistical process control is not Hypothesis testing; FMEA/HACCP are not labels.
// Mentions — 24: PySpark → Apache Spark; Jenkins → Deployment pipelines; Bitbucket repositories → Git; "Hadoop or
//   Hive" → Hadoop; "willingness to learn new things" → Continuous learning.
// Mentions — 25: "You like figuring out why something isn't working" → Problem-solving.
// Mentions — 26: controlled experiments with holdout groups → Hypothesis testing; drift and declining accuracy →
//   Model evaluation; "data engineers and data scientists" in the team description → DE, DS.
// Mentions — 27: Azure Machine Learning → Microsoft Azure ML; the exact "Azure AI Engineer Associate" → CERT_AZ;
//   build and release pipelines → Deployment pipelines; "welding robots" is no role; no model monitoring named.
// Mentions — 28: "Validate data and reconcile figures" → Data cleaning; monthly reports are not asked as Communication.
// Mentions — 29: "ML engineers" → MLE; agreeing how models are evaluated → Model evaluation; "ambiguity and
//   fast-changing priorities" → Adaptability.
// Mentions — 30: "Evaluation" in monitoring and evaluation is programme evaluation, not Model evaluation; randomised
//   controlled trials → Hypothesis testing; clean and check survey data → Data cleaning; Stata is not a label.
// Mentions — 31: "NLP Engineer" named in the body → NLP_ENG; BLEU, chrF and human evaluation → Model evaluation.
// Mentions — 32: tracking forecast accuracy → Model evaluation; "data engineers" → DE; "Strong business sense" →
//   Business acumen.
// Mentions — 33: GIS accessibility analysis is not Visualization; "Chartered" and "Significant" are no labels.
// Mentions — 34: Power BI dashboards → Visualization; "problem-solving mindset" → Problem-solving.
// Mentions — 36: replicated field trials tested for statistical significance → Hypothesis testing; SAS is not a label.
// Label review (docs/mention-labels.md)
// - t17-c-04: − Visualization ("maintain Power BI reports and dashboards" only)
// - t17-c-11: − Visualization ("build Power BI dashboards" only)
// - t17-c-13: − Visualization ("maintain Tableau dashboards" only)
// - t17-c-19: − Visualization ("Looker explores and a handful of key dashboards" only)
// - t17-c-28: − Visualization ("maintain Tableau dashboards" only)
// - t17-c-32: − Visualization ("maintain Power BI dashboards" only)
// - t17-c-34: − Visualization ("Create Power BI dashboards" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST17_C: HoldoutCase[] = [
  {
    id: 't17-c-01',
    title: 'Senior Machine Learning Engineer',
    company: 'Larkspire Software',
    location: 'Austin, TX',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Larkspire builds the help desk software that support teams at more than 4,000 companies use to answer tickets, run live chat and publish help centers. We&#39;re a remote-friendly company with hubs in Austin and Denver.&lt;/p&gt;&lt;/div&gt;
&lt;h2&gt;About the team&lt;/h2&gt;
&lt;p&gt;The Assist team owns the features that suggest replies, route tickets to the right queue and flag conversations that are about to go sideways. We are six machine learning engineers, two data scientists and a product manager, and we ship to every customer every week.&lt;/p&gt;
&lt;h2&gt;What you&#39;ll do&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship ranking and classification models that run on tens of millions of tickets a month&lt;/li&gt;
&lt;li&gt;Own the path from notebook to production: data pipelines, model serving behind our internal APIs, and the CI/CD that gets new versions out safely&lt;/li&gt;
&lt;li&gt;Set up offline evaluation and live monitoring so we know when a model&#39;s precision slips after a customer changes their workflow&lt;/li&gt;
&lt;li&gt;Work with data scientists to decide what to build next, and with our platform team on cost and latency&lt;/li&gt;
&lt;li&gt;Mentor two mid-level engineers and review a lot of code&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;What we&#39;re looking for&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building production software, at least 3 of them shipping ML models&lt;/li&gt;
&lt;li&gt;Strong Python; you&#39;ve trained and served models with PyTorch&lt;/li&gt;
&lt;li&gt;Comfortable with Docker and Kubernetes, and with debugging a service at 2 a.m. when you have to&lt;/li&gt;
&lt;li&gt;Experience with large language models or retrieval is a plus, not a requirement&lt;/li&gt;
&lt;li&gt;You write clearly and can explain a trade-off to someone who isn&#39;t an engineer&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;Our stack&lt;/h2&gt;
&lt;p&gt;Models are written in Python and trained on a managed GPU pool; feature data lives in Snowflake and a Redis online store; services run on Kubernetes in two AWS regions. We&#39;re not religious about tools and we&#39;d rather you tell us what we&#39;re doing wrong than nod along.&lt;/p&gt;
&lt;h2&gt;How we work&lt;/h2&gt;
&lt;p&gt;We work in six-week cycles with a two-week cooldown for tech debt, on-call fixes and exploration. Engineers write the design doc for what they build, and the team reviews it together before anyone writes code. We keep meetings to a minimum: most decisions happen in writing, which is why clear writing matters so much here.&lt;/p&gt;
&lt;p&gt;You&#39;ll be on a follow-the-sun on-call rotation with our Denver and remote colleagues, roughly one week in eight, and we pay an on-call stipend for it.&lt;/p&gt;
&lt;h2&gt;Compensation&lt;/h2&gt;
&lt;p&gt;The base salary range for this role in Texas is $178,000 - $212,000. Final offers depend on experience and level. Equity and a 401(k) match are included.&lt;/p&gt;
&lt;h2&gt;Benefits&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Medical, dental and vision coverage for you and your dependents, 100% of premiums paid for you&lt;/li&gt;
&lt;li&gt;16 weeks of paid parental leave for all parents&lt;/li&gt;
&lt;li&gt;Flexible time off with a 15-day minimum we actually track&lt;/li&gt;
&lt;li&gt;$1,500 a year for conferences, courses and books&lt;/li&gt;
&lt;li&gt;Home office setup budget and a monthly internet stipend&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;Our interview process&lt;/h2&gt;
&lt;p&gt;A 30-minute call with the recruiter, a 45-minute conversation with the hiring manager, a take-home exercise capped at three hours (or a pairing session if you prefer), and a final round of four conversations covering ML system design, coding, a past project deep-dive and values. We aim to make a decision within two weeks of your first call.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Larkspire is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, disability or veteran status.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['MLE', 'DS', 'Python', 'PyTorch', 'Docker', 'Kubernetes', 'APIs', 'Deployment pipelines', 'Model evaluation', 'Communication'],
  },
  {
    id: 't17-c-02',
    title: 'Data Scientist, Credit Risk',
    company: 'Marrowick Credit Union',
    location: 'Toronto, ON, Canada',
    format: 'html',
    body: `Marrowick Credit Union has served members across Ontario since 1952. Today we're a $9-billion credit union with 41 branches, a mobile app our members actually like, and a small but growing analytics group.

# The role
As a Data Scientist on the Credit Risk Analytics team, you will build and maintain the models that help us decide who we lend to, how much, and at what price. You'll work closely with risk managers, underwriters and our data engineers, and you will present your work to the Credit Committee.

# What you'll do
- Develop default and loss models (PD, LGD, EAD) for retail and small-business lending portfolios using logistic regression and gradient boosting
- Engineer new features from bureau, transaction and application data
- Validate models before approval and monitor them after: stability, discrimination (Gini/AUC) and calibration, with quarterly backtesting
- Write model documentation that meets our model risk policy and regulatory expectations
- Translate results into plain-language recommendations for lending leaders

# What you bring
- A degree in statistics, economics, mathematics or a related field; a master's is an asset
- 3+ years of credit risk modelling experience in a bank, credit union or lender
- Strong SQL, plus Python or R
- A solid grasp of how lending makes money and where it loses it
- Bilingualism (English/French) is an asset

# Why Marrowick
- Defined benefit pension plan
- Hybrid work: two days a week at our midtown Toronto office
- Annual profit-sharing

Marrowick is committed to accessibility. If you require accommodation at any stage of the hiring process, please let us know.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['DS', 'DE', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Python', 'R', 'Communication', 'Business acumen'],
  },
  {
    id: 't17-c-03',
    title: 'Data Engineer',
    company: 'Nettlecombe Grocers',
    location: 'London / Leeds',
    format: 'div',
    body: `Nettlecombe is a family of 280 neighbourhood food shops across England, with a home delivery service that now reaches two million households. Our Data & Insight function sits in our Leeds support centre and our London office.

# About the role
We're hiring a Data Engineer to help move our trading data from overnight batch files to near real-time. You'll join a squad of four engineers working alongside data scientists who build our forecasting and pricing models and BI analysts who report on store performance.

# What you'll be doing
- Building and running pipelines in Spark on Databricks that bring in till, stock and online order data
- Consuming store and web events from Kafka and landing them in our lakehouse
- Writing checks that catch missing, duplicated or late data before it reaches a report
- Keeping our code in Git and our releases flowing through Azure DevOps pipelines
- Improving the cost and reliability of what we already run

# What we're looking for
- Solid Python and SQL
- Hands-on experience with Spark and at least one cloud platform (we're on Azure)
- An understanding of data modelling for analytics
- You explain technical decisions clearly to non-technical colleagues

# What's in it for you
- Salary £55,000 - £68,000 depending on experience
- 15% colleague discount in stores and online
- Hybrid working, usually two days a week in the office
- 25 days' holiday plus bank holidays`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['DE', 'DS', 'BIA', 'Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python', 'Communication'],
  },
  {
    id: 't17-c-04',
    title: 'Business Intelligence Analyst',
    company: 'Norvale Health Fund',
    location: 'Perth WA 6000',
    format: 'text',
    body: `# About us
Norvale Health Fund is a not-for-profit health insurer looking after more than 180,000 members in Western Australia. Every dollar we don't spend on overheads goes back into member benefits.

# About the role
Reporting to the Insights Manager, the Business Intelligence Analyst turns claims, membership and contact-centre data into reporting that our executive team and frontline leaders use every day. This is a 12-month fixed-term contract with the possibility of extension.

# Key responsibilities
- Design, build and maintain Power BI reports and dashboards
- Write and tune SQL queries against our claims and membership data warehouse
- Work with data engineers to define new data sources for the warehouse
- Answer ad-hoc questions from across the business quickly and accurately
- Help teams get more out of the reports they already have

# About you
- 3+ years in a BI or reporting role, ideally in health insurance or financial services
- Advanced Power BI (DAX, data modelling) and strong SQL
- Able to present findings to people who don't live in spreadsheets
- Private health insurance knowledge is desirable

# Benefits
- Free hospital and extras cover for you and your family
- 9-day fortnight option
- Salary packaging

Applications close 14 March. Aboriginal and Torres Strait Islander people are encouraged to apply.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['BIA', 'Power BI', 'DE', 'Communication'],
  },
  {
    id: 't17-c-05',
    title: 'NLP Engineer',
    company: 'Lokvani Labs',
    location: 'Bengaluru, Karnataka, India',
    format: 'raw',
    body: `<p><b>About Lokvani</b></p><p>Lokvani Labs builds voice and chat assistants for enterprises that serve customers in Indian languages. Our platform handles more than 30 million conversations a month for companies in banking, e-commerce, travel and utilities, in Hindi, Tamil, Telugu, Kannada, Marathi, Bengali and English.</p><p></p><p><b>What you&#39;ll be doing:</b></p><ul><li>Fine-tune and distil transformer models for intent detection, entity extraction and response generation in low-resource Indian languages</li><li>Build datasets: design annotation guidelines, work with our linguist team, and clean noisy transcripts and code-mixed text</li><li>Evaluate models rigorously, with held-out test sets per language and per customer, and track F1 and latency together</li><li>Serve models through our inference APIs and package them with Docker</li><li>Read papers, try ideas quickly, and keep learning as the field moves</li></ul><p><b>What we need to see:</b></p><ul><li>B.Tech/M.Tech or equivalent in Computer Science or a related field</li><li>2+ years of hands-on NLP work in industry</li><li>Strong Python and PyTorch; experience with Hugging Face libraries</li><li>A working understanding of neural networks beyond calling a library: attention, tokenisation, training dynamics</li></ul><p><b>Ways to stand out from the crowd:</b></p><ul><li>You speak and read at least one Indian language besides English</li><li>Experience with speech recognition or text-to-speech</li></ul><p>Lokvani Labs is an equal opportunity employer and values diversity. We do not discriminate on the basis of religion, caste, gender, sexual orientation, age, marital status or disability.</p>`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'Docker', 'Python', 'PyTorch', 'Continuous learning'],
  },
  {
    id: 't17-c-06',
    title: 'Product Manager, AI & Machine Learning (Risk)',
    company: 'Quintara Pay',
    location: 'Singapore',
    format: 'raw',
    body: `<div><p>Quintara Pay processes card, wallet and QR payments for more than 60,000 merchants across Southeast Asia. Behind every approved transaction sits a risk engine that decides in under 100 milliseconds whether to let it through.</p><p>We’re looking for a Product Manager to lead our AI and machine learning roadmap for fraud and merchant risk. You will own the models’ product outcomes end to end, from framing the problem with our risk analysts to launching and measuring new decisioning in production.</p></div><div><h3>What You’ll Do</h3><ul><li>Own the roadmap for transaction fraud scoring, merchant onboarding risk and chargeback prediction</li><li>Work day to day with machine learning engineers and data scientists to turn business goals into model objectives, labels and launch criteria</li><li>Decide the trade-off between fraud caught and good customers declined, and explain it to merchants, partners and regulators</li><li>Design A/B tests and shadow-mode launches, and read the results honestly</li><li>Keep track of payments regulation in Singapore, Malaysia, Indonesia and the Philippines</li></ul></div><div><h3>What You’ll Bring</h3><ul><li>4+ years in product management, with at least 2 years on ML-powered products</li><li>Enough technical depth to discuss precision, recall and feature drift with engineers without needing a translator</li><li>A commercial mind: you know how interchange, chargebacks and merchant pricing work</li><li>Clear, structured writing and the confidence to present to senior leadership</li></ul></div><div><p>Quintara Pay holds a payment services licence in Singapore and is an equal opportunity employer.</p></div>`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['AIPM', 'MLE', 'DS', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Business acumen'],
  },
  {
    id: 't17-c-07',
    title: 'Computer Vision Engineer',
    company: 'Mweelrea Medical Imaging',
    location: 'Hybrid - Galway',
    format: 'escaped',
    body: `Mweelrea Medical Imaging develops AI software that helps radiologists find and measure lung nodules on CT scans. Our products are CE-marked under the EU MDR and used in hospitals in Ireland, the UK, Germany and the Nordics.

# The role
We're growing our algorithm team in Galway and are looking for a Computer Vision Engineer to work on 3D detection and segmentation. You will take ideas from research into a regulated medical device, which means your code and your experiments need to be reproducible and well documented.

# Responsibilities
- Develop and improve deep learning models for detection, segmentation and tracking of findings across CT studies
- Build preprocessing for DICOM data from many scanner vendors
- Run thorough evaluation against reader studies: sensitivity, false positives per scan, FROC analysis
- Contribute to design history files and verification documentation under ISO 13485 and IEC 62304
- Work closely with clinical scientists, QA/RA and our software engineers

# Requirements
- MSc or PhD in computer vision, machine learning, biomedical engineering or similar
- 3+ years of experience training convolutional neural networks on medical or 3D image data
- Strong Python; PyTorch and MONAI experience highly desirable
- Working knowledge of Git and code review
- Good written English and the ability to explain results to clinicians

# What we offer
- Hybrid working: three days a week in our Galway office
- Pension contribution of 8%
- Health insurance for you and your dependants
- Education budget of €2,000 per year

Mweelrea Medical Imaging is an equal opportunities employer.`,
    role: 'CVE',
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['CVE', 'Neural networks', 'Model evaluation', 'Python', 'PyTorch', 'Git', 'Communication'],
  },
  {
    id: 't17-c-08',
    title: 'Robotics Engineer II, Manipulation',
    company: 'Quarrymoor Robotics',
    location: 'Pittsburgh, PA 15222',
    format: 'raw',
    body: `<p><b>Who we are</b></p><p>Quarrymoor Robotics designs and builds robotic picking cells that unload trucks and sort parcels in distribution centers. We manufacture our robots at our own plant in McKeesport, and more than 300 of them are working today across North America.</p><p></p><p><b>What you will do</b></p><ul><li>Develop grasp planning and motion planning software for our 6-axis picking arms in C++ and Python</li><li>Integrate perception output from our computer vision engineers into the manipulation stack</li><li>Tune controllers and trajectories on real hardware in our test bay, then ship them to customer sites</li><li>Investigate field failures from logs and video, find the root cause and fix it</li><li>Prototype learned grasping policies with reinforcement learning in simulation</li></ul><p><b>What you need</b></p><ul><li>BS or MS in Robotics, Mechanical Engineering, Computer Science or a related field</li><li>3+ years of experience building software for physical robots</li><li>Strong C++ (C++17) and working Python</li><li>Solid kinematics and dynamics, and the linear algebra behind them</li><li>Experience with ROS 2, Git and Docker-based development environments</li><li>You enjoy tough, open-ended problems and can work through them methodically</li></ul><p><b>Nice to have</b></p><ul><li>Experience with MoveIt, Drake or Isaac Sim</li></ul><p>Travel: up to 15% to customer sites.</p><p>Pay range: $118,000 - $150,000 per year. Quarrymoor Robotics is an Equal Opportunity Employer, including disability and protected veteran status. E-Verify participant.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['CVE', 'C++', 'Python', 'Reinforcement learning', 'Linear algebra', 'Git', 'Docker', 'Problem-solving'],
  },
  {
    id: 't17-c-09',
    title: 'Deep Learning Specialist – Perception',
    company: 'Motorvane',
    location: 'Oxford, England, United Kingdom',
    format: 'raw',
    body: `<p><strong>Company Description</strong></p><p>Motorvane is an autonomous-driving company building self-driving technology for urban delivery vans. Our vehicles have been running supervised trials on public roads in Oxford and Milton Keynes since 2022.</p><p><strong>Job Description</strong></p><p>As a Deep Learning Specialist in the Perception team, you will design the networks that let our vans see the world: detecting and tracking road users, predicting their motion, and fusing camera, lidar and radar into one picture.</p><ul><li>Research, prototype and productionise deep neural networks for 3D object detection, segmentation and sensor fusion</li><li>Build training and evaluation pipelines on our GPU cluster; own metrics such as mAP and tracking accuracy on our long-tail scenario sets</li><li>Optimise models for the in-vehicle compute platform with TensorRT and C++</li><li>Work with safety engineers to produce the evidence our safety case needs</li></ul><p><strong>Qualifications</strong></p><ul><li>PhD or MSc in machine learning, computer vision or robotics, or equivalent industry experience</li><li>Deep expertise in CNNs and transformer-based vision architectures</li><li>Fluent Python and PyTorch; TensorFlow experience also welcome</li><li>Production C++ experience is a strong plus</li><li>Publications at CVPR, ICCV, NeurIPS or similar are welcome but not required</li></ul><p><strong>Additional Information</strong></p><p>Hybrid working from our Oxford site. 30 days’ holiday, private medical cover, share options and an electric vehicle salary sacrifice scheme. We welcome applications from everyone and will make reasonable adjustments throughout the process.</p>`,
    role: 'DLS',
    sector: SECTOR.AUTO,
    countries: ['GB'],
    mentions: ['DLS', 'Neural networks', 'Model evaluation', 'C++', 'Python', 'PyTorch', 'TensorFlow'],
  },
  {
    id: 't17-c-10',
    title: 'Applied Scientist, Search & Recommendations',
    company: 'Pineshelf Marketplace',
    location: 'Vancouver, BC',
    format: 'html',
    body: `Pineshelf is Canada's marketplace for pre-loved furniture and home goods. Four million people use our app to buy and sell everything from dining tables to vintage lamps, and we arrange the delivery.

# The team
Search & Recommendations decides what buyers see first: search results, the home feed and "similar items" on every listing. We're a team of applied scientists, machine learning engineers and a product manager, and we run dozens of experiments every quarter.

# What you'll work on
- Improve our learning-to-rank models for search using gradient-boosted trees and neural rankers
- Build image and text embeddings so we can match a "mid-century teak sideboard" to listings that never use those words
- Define offline metrics (NDCG, recall@k) that predict online wins, and design the A/B tests that confirm them
- Work with Spark to build training data from billions of impressions
- Share results through write-ups and talks that the whole company can follow

# You have
- A PhD or MSc in computer science, statistics or a related field, or equivalent experience
- 3+ years applying machine learning to search, ranking or recommendations in production
- Strong Python and experience with PyTorch or TensorFlow
- Solid statistics: you know when a result is real and when it's noise

# Perks
- Salary range $145,000 - $180,000 CAD plus stock options
- $1,000 a year to spend on Pineshelf
- Flexible hybrid schedule at our Gastown office`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['ARS', 'MLE', 'Decision trees', 'Neural networks', 'Model evaluation', 'Hypothesis testing', 'Apache Spark', 'Python', 'PyTorch', 'TensorFlow', 'Communication'],
  },
  {
    id: 't17-c-11',
    title: 'Senior BI Developer',
    company: 'Lohit Fibrenet',
    location: 'Pune, Maharashtra',
    industry: 'Telecommunications',
    format: 'text',
    body: `# Job Summary
We are looking for a Senior BI Developer to build and own reporting for our Consumer Broadband business. You will work with the network, sales and customer care teams to give leadership one trusted view of subscribers, churn and service quality.

# Key Responsibilities
- Design data models and build Power BI dashboards for subscriber growth, churn, ARPU and fault resolution
- Write complex SQL and stored procedures on our SQL Server and Snowflake warehouses
- Work with data engineers on source-to-target mappings and incremental loads
- Profile, cleanse and reconcile data from billing, CRM and network systems before it reaches reports
- Mentor two junior BI analysts and review their work

# Required Skills
- 6-9 years of experience in BI / data warehousing, at least 3 in telecom or ISP
- Expert Power BI (DAX, Power Query, row-level security)
- Strong SQL; exposure to Python for automation is a plus
- Strong communication skills and the ability to work with business stakeholders
- Understanding of telecom KPIs and how they drive revenue

# About Lohit Fibrenet
Lohit Fibrenet is a fibre broadband and enterprise connectivity provider serving 1.2 million homes and 9,000 businesses across Maharashtra, Gujarat and Karnataka.

Location: Baner, Pune (work from office, 5 days)`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['BIA', 'Power BI', 'DE', 'Data cleaning', 'Python', 'Communication', 'Business acumen'],
  },
  {
    id: 't17-c-12',
    title: 'Data Engineer (Streaming)',
    company: 'Orchidline Freight',
    location: 'Singapore / Kuala Lumpur',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Orchidline is a freight forwarder and customs broker moving ocean, air and road cargo for manufacturers and traders across Asia-Pacific. We track around 40,000 shipments at any moment.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;About the role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Our customers want to know where their container is now, not yesterday. You will help build the streaming platform that turns carrier messages, port events and truck GPS pings into live shipment status.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;Responsibilities&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Build and operate streaming pipelines with Kafka and Spark Structured Streaming&lt;/li&gt;
&lt;li&gt;Model shipment, milestone and exception data for both operational apps and analytics&lt;/li&gt;
&lt;li&gt;Integrate partner data through REST APIs and EDI feeds, and handle their many quirks&lt;/li&gt;
&lt;li&gt;Deduplicate and validate events so each shipment has one clean timeline&lt;/li&gt;
&lt;li&gt;Deploy services with Docker and Kubernetes, with GitLab CI for builds and releases&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Requirements&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;4+ years as a data engineer or backend engineer working with high-volume data&lt;/li&gt;
&lt;li&gt;Strong Python or Scala, and solid SQL&lt;/li&gt;
&lt;li&gt;Hands-on Kafka in production&lt;/li&gt;
&lt;li&gt;Willingness to travel occasionally between our Singapore &amp;amp; Kuala Lumpur offices&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;We regret that only shortlisted candidates will be notified.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DE',
    sector: null,
    countries: ['SG', 'MY'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'APIs', 'Data cleaning', 'Docker', 'Kubernetes', 'Git', 'Deployment pipelines', 'Python'],
  },
  {
    id: 't17-c-13',
    title: 'Data Analyst, Clinical Operations',
    company: 'Lorrimer Health',
    location: 'Columbus, OH 43215',
    format: 'div',
    body: `Lorrimer Health is a not-for-profit health system with four hospitals and 60 outpatient clinics across central Ohio.

# Position Summary
The Data Analyst, Clinical Operations supports nursing and perioperative leaders with the data they need to manage capacity, staffing and patient flow. This position is part of the Enterprise Analytics department and works on a hybrid schedule.

# Essential Functions
- Extract data from Epic Clarity and Caboodle using SQL
- Clean and validate extracts, and document data definitions so metrics mean the same thing across hospitals
- Build and maintain Tableau dashboards for length of stay, OR utilization and discharge timing
- Perform ad hoc analyses and present findings to clinical and operational leaders
- Partner with data scientists on inputs for the census forecasting model

# Qualifications
- Bachelor's degree in a quantitative field, health informatics or related area required
- 2 years of experience in healthcare analytics preferred
- Proficiency in SQL and Excel; experience with R or Python a plus
- Strong communication and critical thinking skills
- Epic Clarity certification preferred or obtained within 6 months of hire

Lorrimer Health is an Equal Opportunity Employer. Pay range: $62,400 - $84,200 annually.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Data cleaning', 'Tableau', 'DS', 'Communication', 'Critical thinking', 'R', 'Python'],
  },
  {
    id: 't17-c-14',
    title: 'Senior Software Engineer, Payments',
    company: 'Plover Bank',
    location: 'Sydney NSW 2000',
    locations: ['Sydney NSW 2000', 'Melbourne VIC 3000'],
    format: 'escaped',
    body: `Plover is an Australian digital bank with more than 700,000 customers. We hold a full banking licence and build almost everything ourselves, from the ledger to the app.

# The team
Payments Engineering builds the services that move our customers' money: NPP and PayTo, BPAY, card settlement and international transfers. Reliability is the product: a payment that fails at 11pm on a Friday is a customer who can't pay their rent.

# What you'll do
- Design and build payment services in Java and Kotlin that handle millions of transactions a day
- Build and own event-driven flows on Kafka, and the REST APIs our apps and partners call
- Run what you build: our services run on Kubernetes, and you'll be on the on-call roster
- Improve our delivery: everything ships through GitHub Actions, with automated checks and progressive rollouts
- Work with product, risk and operations to get changes out safely

# About you
- 6+ years of backend engineering experience, ideally in payments or banking
- Deep Java experience and a good grasp of distributed systems
- You care about testing: unit, contract and regression tests are part of your definition of done
- You can work through ambiguous problems and explain your reasoning to people outside engineering

# How we work
We're about 180 engineers in cross-functional squads of six to eight. Each squad owns its services end to end, from design to production support, and decides how it plans its work. Architecture decisions are written up as short RFCs so anyone in the bank can see why something was built the way it was.

Because we're regulated, some things are non-negotiable: change records, segregation of duties for production access and regular operational resilience testing. We've automated most of that so it doesn't slow you down.

# Our interview process
- A chat with our talent team about what you're looking for
- A technical conversation with two engineers about a system you've built
- A practical session where we design a small payment flow together
- A values conversation with an engineering manager

We'll give you feedback at every stage, whether or not you move forward.

# Benefits
- Hybrid working from our Sydney or Melbourne hub
- An extra week of leave each year, plus your birthday off
- Employee share scheme

Plover Bank Ltd is an authorised deposit-taking institution. We value diversity and welcome applications from Aboriginal and Torres Strait Islander people, people with disability and people of all backgrounds.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['Java', 'Kafka', 'APIs', 'Kubernetes', 'Git', 'Deployment pipelines', 'Problem-solving', 'Communication'],
  },
  {
    id: 't17-c-15',
    title: 'Decision Scientist',
    company: 'Lachtna Insurance',
    location: 'Dublin 2, Ireland',
    format: 'double',
    body: `Lachtna Insurance DAC provides car, home and van insurance to over 450,000 customers in Ireland, sold directly and through brokers.

# About the role
Our Pricing & Decision Science team sets the prices customers see and decides where we grow. As a Decision Scientist you'll build the models behind those choices and help the business act on them.

# Responsibilities
- Build claims frequency and severity models using GLMs and gradient boosting machines
- Use Bayesian methods to blend sparse new-business data with established portfolio experience
- Design and analyse pricing tests, making sure changes are statistically significant before we roll them out
- Evaluate model performance over time, including lift, Gini and actual-versus-expected monitoring
- Present recommendations to the Pricing Committee and explain the trade-offs between growth and margin

# What we're looking for
- Degree in actuarial science, statistics, mathematics, economics or similar
- 2+ years in pricing, analytics or data science, ideally in general insurance
- Strong Python or R, and SQL
- Commercial awareness: you understand how price, conversion and loss ratio interact
- Part-qualified actuaries are welcome to apply

# Benefits
- Hybrid working from our Dublin 2 office
- Study support for actuarial and professional exams
- Pension, health insurance and a performance bonus

Lachtna Insurance DAC is regulated by the Central Bank of Ireland.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Probability', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Business acumen', 'Python', 'R'],
  },
  {
    id: 't17-c-16',
    title: 'MLOps Engineer',
    company: 'Northwold Mobile',
    location: 'Remote - UK',
    format: 'raw',
    body: `<p style="min-height:1.5em"><strong>About Northwold Mobile</strong></p><p style="min-height:1.5em">Northwold is a UK mobile network operator with 6 million customers, our own 4G and 5G network and a growing fixed wireless broadband business.</p><p style="min-height:1.5em"><strong>The role</strong></p><p style="min-height:1.5em">Our data scientists have built models that predict network faults, churn and fraud. Too many of them still live on laptops. As our first dedicated MLOps Engineer, you’ll build the platform that gets them into production and keeps them healthy.</p><p style="min-height:1.5em"><strong>What you’ll do</strong></p><ul><li><p style="min-height:1.5em">Stand up our ML platform on AWS: SageMaker for training and endpoints, MLflow for experiment tracking and the model registry</p></li><li><p style="min-height:1.5em">Build CI/CD for models with GitHub Actions and Terraform</p></li><li><p style="min-height:1.5em">Containerise models with Docker and run batch scoring on EKS</p></li><li><p style="min-height:1.5em">Set up monitoring for data drift and model performance, with alerts that reach the right people</p></li><li><p style="min-height:1.5em">Coach data scientists on packaging, testing and reproducibility</p></li></ul><p style="min-height:1.5em"><strong>What we’re looking for</strong></p><ul><li><p style="min-height:1.5em">3+ years in DevOps, platform or ML engineering</p></li><li><p style="min-height:1.5em">Strong Python and infrastructure-as-code</p></li><li><p style="min-height:1.5em">Hands-on AWS; the AWS Certified Machine Learning – Specialty is a plus</p></li><li><p style="min-height:1.5em">You stay calm and flexible when priorities change</p></li></ul><p style="min-height:1.5em"><strong>Good to know</strong></p><p style="min-height:1.5em">This role is fully remote within the UK, with a team day in our Birmingham office once a month. Salary £70,000 - £85,000 plus bonus and a free SIM-only plan.</p>`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['DS', 'MLE', 'AWS SageMaker', 'MLflow', 'Git', 'Deployment pipelines', 'Docker', 'Kubernetes', 'Model evaluation', 'Python', 'CERT_AWS', 'Adaptability'],
  },
  {
    id: 't17-c-17',
    title: 'Data Scientist, Mobility',
    company: 'Lanecount Technologies',
    location: 'Denver, CO 80202',
    format: 'html',
    body: `Lanecount makes roadside sensors and software that city and state transportation departments use to count vehicles, bikes and pedestrians, time traffic signals and plan safer streets. More than 120 cities run on our platform.

# What you'll do
As a Data Scientist on our Mobility Insights team, you'll turn billions of sensor detections into numbers that city traffic engineers trust.

- Build models that estimate traffic volumes on streets without sensors, using regression and spatial methods
- Cluster intersections by demand pattern to help cities prioritize signal retiming
- Check sensor data for gaps, stuck counts and miscounts, and fix or flag them
- Create clear charts and maps for city reports and council presentations

# What you'll need
- MS in statistics, transportation engineering, data science or a related field
- 2+ years of experience with Python (pandas, scikit-learn) or R
- Familiarity with GIS tools such as QGIS or PostGIS
- Clear communicator who enjoys working with non-technical public-sector clients

# Compensation and benefits
The salary range for this role is $105,000 - $130,000. Medical, dental and vision insurance, 401(k) with 4% match, and an annual transit pass.

Lanecount is an equal opportunity employer.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['DS', 'Regression', 'Clustering', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'R'],
  },
  {
    id: 't17-c-18',
    title: 'Machine Learning Engineer, Demand Forecasting',
    company: 'Quenouille',
    location: 'Montréal, QC, Canada',
    format: 'div',
    body: `Quenouille is Quebec's online grocery. We deliver fresh produce, local cheeses and everyday essentials to 250,000 households from our two fulfilment centres in Laval and Québec City.

# Your role
Every night our models decide how much of 14,000 products to order for the next day. Too little and customers get substitutions; too much and we throw food away. As a Machine Learning Engineer on the Forecasting team, you'll make those models better and make them run reliably.

# Responsibilities
- Develop and deploy demand forecasting models at product and hour level, mostly gradient boosting today
- Produce probabilistic forecasts so buyers can set order quantities by service level
- Build features from promotions, weather, holidays and substitutions
- Backtest every change against at least a year of history before it ships
- Package models and run them on Vertex AI, with our code in GitLab

# Profile
- Bachelor's or master's in computer science, engineering, statistics or equivalent
- 3+ years building ML systems in production
- Excellent Python; experience with pandas, NumPy and LightGBM or XGBoost
- Good knowledge of French and English (our team works in both)
- Curious: you keep up with new forecasting research and try it out

# Benefits
- 20% discount on groceries
- Group insurance from day one
- Hybrid work, downtown Montréal office`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['MLE', 'Decision trees', 'Probability', 'Feature engineering', 'Model evaluation', 'Google AI Platform', 'Git', 'Python', 'Pandas', 'NumPy', 'Continuous learning'],
  },
  {
    id: 't17-c-19',
    title: 'Analytics Engineer',
    company: 'Peopleweave',
    location: 'Manchester, England',
    industry: 'Computer Software',
    format: 'text',
    body: `# About Peopleweave
Peopleweave makes HR software for mid-sized companies: onboarding, performance reviews, engagement surveys and time off, all in one place. 3,000 companies and 900,000 employees use us every day.

# The role
We're hiring our second Analytics Engineer. You'll sit between our data engineers and the people who use data (product managers, customer success, finance and our leadership team) and make sure they are all working from the same well-modelled, well-tested tables.

# What you'll do
- Own our dbt project on Snowflake: models, tests, documentation
- Define core metrics like active users, retention and net revenue retention, once, in code
- Build self-serve Looker explores and a handful of key dashboards
- Improve data quality checks and alerting
- Review pull requests from analysts and engineers in our GitHub repo

# What you'll bring
- 2+ years in analytics engineering, BI or data analysis
- Excellent SQL and hands-on dbt experience
- Understanding of SaaS metrics and what drives them
- A clear, friendly communication style

# Benefits
£50,000 - £62,000, 28 days' holiday plus bank holidays, EMI share options, 4-day weeks in August.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['DE', 'Data cleaning', 'Git', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-c-20',
    title: 'Computer Vision Engineer',
    company: 'Mulgara Minerals',
    location: 'Brisbane QLD 4000',
    industry: 'Mining & Metals',
    format: 'double',
    body: `Mulgara Minerals operates three copper and gold mines in Queensland and the Northern Territory. Our Technology & Automation group in Brisbane builds the systems that make our sites safer and more productive.

# About the opportunity
We're looking for a Computer Vision Engineer to develop camera-based systems for our processing plants and haul roads. Current projects include measuring ore fragmentation on conveyor belts, detecting damaged belt splices and spotting people in exclusion zones around heavy equipment.

# Key accountabilities
- Develop and train detection and segmentation models using PyTorch and OpenCV
- Deploy models to ruggedised edge devices on site and keep them running in dust, heat and vibration
- Collect and label image data during regular site visits (FIFO, approximately one week in six)
- Work with site operators and maintenance crews to understand what they need

# About you
- Degree in engineering, computer science or similar
- 3+ years of industrial computer vision experience
- Strong Python; C++ is an advantage
- Current manual driver's licence and ability to pass a pre-employment medical

# Why Mulgara
Competitive salary plus super and annual incentive, salary continuance insurance, and a genuine commitment to safety and inclusion.`,
    role: 'CVE',
    sector: null,
    countries: ['AU'],
    mentions: ['CVE', 'PyTorch', 'Python', 'C++'],
  },
  {
    id: 't17-c-21',
    title: 'AI Research Scientist',
    company: 'Lumaveda AI',
    location: 'Hyderabad, Telangana, IN',
    format: 'raw',
    body: `<p><strong>About Lumaveda</strong></p>
<p>Lumaveda AI is an AI research company building multilingual foundation models and the tools enterprises need to adapt them. Our research team of 40 works out of Hyderabad and Bengaluru.</p>
<h2>Role overview</h2>
<p>As an AI Research Scientist, you will push what our models can do in reasoning and long-context understanding, and see your work land in products used by millions.</p>
<h2>Responsibilities</h2>
<ul>
<li>Lead research on post-training: instruction tuning, preference optimisation and reinforcement learning from human feedback</li>
<li>Train and scale models on our GPU clusters, and analyse what works and why</li>
<li>Build evaluation suites and benchmarks that reflect our customers' real tasks</li>
<li>Publish at top venues (NeurIPS, ICML, ACL) and mentor junior researchers</li>
</ul>
<h2>Qualifications</h2>
<ul>
<li>PhD in machine learning, NLP or a related field, or equivalent research experience</li>
<li>Publication record in deep learning or reinforcement learning</li>
<li>Excellent knowledge of transformer architectures, optimisation, probability and linear algebra</li>
<li>Fluency in Python and PyTorch or JAX; experience with distributed training</li>
</ul>
<p>Lumaveda AI is an equal opportunity employer.</p>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['ARS', 'Reinforcement learning', 'Neural networks', 'Model evaluation', 'Probability', 'Linear algebra', 'Python', 'PyTorch'],
  },
  {
    id: 't17-c-22',
    title: 'Store Operations Manager',
    company: 'Lorong Living',
    location: 'Jurong East, Singapore',
    format: 'text',
    body: `Lorong Living, a homegrown homeware and furniture retailer with 11 stores, is hiring a Store Operations Manager for our Jurong East flagship.

- Lead a team of 25 full-time and part-time staff
- Drive sales and conversion targets; manage rosters, stock replenishment and visual merchandising standards
- At least 5 years of retail experience, including 2 years managing a store
- Strong people leadership and communication skills
- Able to work weekends and public holidays

30% staff discount, performance bonus, medical and dental benefits. Only shortlisted candidates will be notified.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['SG'],
    mentions: ['Communication'],
  },
  {
    id: 't17-c-23',
    title: 'Process Quality Engineer',
    company: 'Ovenvale Nutrition',
    location: 'Macroom, Co. Cork',
    format: 'escaped',
    body: `Ovenvale Nutrition manufactures dairy-based nutritional ingredients and infant formula bases at our plant in Macroom, supplying food companies in more than 40 countries.

# The Role
Reporting to the Quality Manager, the Process Quality Engineer will lead quality improvement on our spray-drying and blending lines, working across production, engineering and the laboratory.

# Key Responsibilities
- Own process control plans, FMEAs and HACCP reviews for assigned lines
- Lead root-cause investigations and CAPA for deviations and customer complaints
- Use statistical process control and capability studies to find and reduce variation
- Prepare daily production quality reports in Minitab and Excel
- Support customer and regulatory audits (FSSC 22000, BRCGS)

# Requirements
- Degree in Food Science, Chemical Engineering, Process Engineering or related discipline
- 3+ years in a quality or process role in food, dairy or pharmaceutical manufacturing
- Lean Six Sigma Green Belt or higher
- Strong problem-solving skills and a structured approach
- Excellent communication skills at all levels of the organisation

# Benefits
Competitive salary, annual bonus, pension, private healthcare, shift allowance where applicable, and free onsite parking.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['IE'],
    mentions: ['Problem-solving', 'Communication'],
  },
  {
    id: 't17-c-24',
    title: 'Data Engineer',
    company: 'Ojaswin Pharmacy',
    location: null,
    countryHints: ['IN'],
    format: 'raw',
    body: `<p>Ojaswin Pharmacy runs 850 neighbourhood pharmacies across India and an online pharmacy that delivers prescription and over-the-counter medicines to 19,000 pin codes.</p><p style="min-height: 1.7em;"></p><h4><strong>About the role</strong></h4><p>Our data team is small and ambitious. As a Data Engineer you will own the pipelines that feed inventory planning, pharmacist staffing and our customer app, and help us move from nightly batch jobs to a modern lakehouse.</p><h4><strong>What you will do</strong></h4><ul><li><p>Build batch and incremental pipelines with PySpark and Airflow on AWS</p></li><li><p>Ingest data from our POS systems, ERP and e-pharmacy APIs</p></li><li><p>Design tables that analysts and data scientists can use without asking us every time</p></li><li><p>Protect patient and prescription data: masking, access control and audit trails</p></li><li><p>Handle deployments through Jenkins and keep our repositories on Bitbucket tidy</p></li></ul><h4><strong>What we are looking for</strong></h4><ul><li><p>3-6 years of experience in data engineering</p></li><li><p>Strong Python, SQL and PySpark</p></li><li><p>Experience with Hadoop or Hive is a plus (we still have some)</p></li><li><p>Ownership and a willingness to learn new things</p></li></ul><p>Location: Mumbai (Andheri East) or Bengaluru (HSR Layout). Hybrid.</p>`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['IN'],
    mentions: ['DE', 'DS', 'Apache Spark', 'APIs', 'Deployment pipelines', 'Git', 'Python', 'Hadoop', 'Continuous learning'],
  },
  {
    id: 't17-c-25',
    title: 'Customer Support Specialist',
    company: 'Ledgerfern',
    location: 'Remote',
    countryHints: ['NZ'],
    industry: 'Financial Services',
    format: 'text',
    body: `# Kia ora!
We're looking for a Customer Support Specialist to join our friendly support crew. You'll help sole traders, tradies and small business owners get the most out of Ledgerfern, whether they're sending their first invoice, reconciling bank feeds or filing a GST return.

# What you'll do
- Answer customer questions by chat, email and phone (no scripts, ever)
- Troubleshoot bank feed and invoicing issues, and escalate bugs to our engineers with clear reproduction steps
- Write and update help articles
- Spot patterns in what customers ask and share them with the product team

# About you
- 2+ years in a customer-facing role; experience with accounting software or bookkeeping is a big plus
- Excellent written and spoken communication, and a warm, patient manner
- You like figuring out why something isn't working
- Based in New Zealand and able to work 8:30am-5pm NZT, Monday to Friday

# Perks
Work from home anywhere in Aotearoa, a home office allowance, an extra day of leave for your birthday, and Ledgerfern free for life.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['NZ'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 't17-c-26',
    title: 'Data Scientist – Customer Value Management',
    company: 'Mokoro Mobile',
    location: 'Johannesburg, Gauteng',
    format: 'html',
    body: `Mokoro Mobile connects 14 million South Africans with prepaid and contract mobile, fibre-to-the-home and mobile money services.

# Purpose of the role
The Data Scientist will develop models and insights that help us keep our customers, grow their usage and offer them the right bundle at the right time.

# Key performance areas
- Build churn, propensity-to-buy and next-best-offer models using Python and Spark on our Hadoop data lake
- Segment the prepaid base with clustering techniques to support campaign targeting
- Design controlled experiments with the campaign team and measure uplift against holdout groups
- Monitor deployed models for drift and declining accuracy, and retrain when needed
- Present findings to marketing and commercial executives in a way that leads to decisions

# Minimum requirements
- Honours or Master's degree in Statistics, Mathematics, Computer Science or Data Science
- 3-5 years' experience as a data scientist, preferably in telecoms or financial services
- Strong Python (pandas, scikit-learn) and SQL; PySpark experience advantageous
- Good understanding of regression, decision trees and ensemble methods

# Key competencies
- Ability to work independently and manage several projects at once
- Attention to detail and a commitment to data privacy under POPIA
- Willingness to mentor junior analysts and share knowledge across the Customer Value Management team

# About the team
The Customer Value Management (CVM) team sits within the Consumer Business Unit and is responsible for the retention, base growth and loyalty programmes that reach our 14 million customers every month. The team includes campaign managers, analysts, data engineers and data scientists, and works closely with the Mokoro Money and Fibre teams.

# What we offer
- Market-related salary and annual performance bonus
- Medical aid and retirement fund contributions
- Free monthly data, voice and SMS bundle, plus a discounted fibre line at home
- Study assistance and access to our internal learning academy
- Hybrid work: three days a week at our Sandton campus

# Additional information
Mokoro Mobile is an equal opportunity employer. Preference will be given to candidates from designated groups in line with our Employment Equity plan.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['ZA'],
    mentions: ['DS', 'DE', 'Python', 'Apache Spark', 'Hadoop', 'Clustering', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Pandas', 'Scikit-learn', 'Regression', 'Decision trees'],
  },
  {
    id: 't17-c-27',
    title: 'Machine Learning Engineer',
    company: 'Lwandle Auto Components',
    location: 'Gqeberha, Eastern Cape, South Africa',
    format: 'raw',
    body: `<p><strong>Company Description</strong></p><p>Lwandle Auto Components manufactures wiring harnesses, seat frames and interior trim for vehicle assembly plants in South Africa and Europe. Our two plants in the Nelson Mandela Bay area employ 3,400 people.</p><p><strong>Job Description</strong></p><p>We are building a small Industry 4.0 team to bring machine learning onto the shop floor. The Machine Learning Engineer will develop and run models for predictive maintenance and visual quality inspection.</p><ul><li>Develop models that predict failures on presses and welding robots from sensor and PLC data</li><li>Engineer features from vibration, temperature and cycle-time signals</li><li>Deploy models on Azure Machine Learning, and integrate results with our MES through APIs</li><li>Set up automated build and release pipelines in Azure DevOps</li><li>Work with maintenance and production teams on the shop floor to make sure the models are actually used</li></ul><p><strong>Qualifications</strong></p><ul><li>BSc/BEng in Computer Science, Mechatronics, Industrial Engineering or similar</li><li>2+ years of experience deploying machine learning models in production</li><li>Strong Python, with scikit-learn and XGBoost or similar</li><li>Microsoft Certified: Azure AI Engineer Associate will be an advantage</li><li>A practical attitude and the ability to explain technical results to artisans and plant managers</li></ul><p><strong>Additional Information</strong></p><p>This is a permanent, on-site role at our Markman plant. Lwandle Auto Components is committed to Employment Equity and B-BBEE.</p>`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['ZA'],
    mentions: ['MLE', 'Feature engineering', 'Microsoft Azure ML', 'APIs', 'Deployment pipelines', 'Python', 'Scikit-learn', 'Decision trees', 'CERT_AZ', 'Communication'],
  },
  {
    id: 't17-c-28',
    title: 'Business Intelligence Analyst',
    company: 'Lakbayan Air',
    location: 'Pasay City, Metro Manila, Philippines',
    industry: 'Airlines/Aviation',
    format: 'div',
    body: `# Job Description
The Business Intelligence Analyst supports the Revenue Management and Network Planning departments by delivering accurate, timely reports on bookings, load factors, fares and ancillary revenue.

# Duties and Responsibilities
- Develop and maintain Tableau dashboards on route performance, booking curves and on-time performance
- Extract and transform data from the reservations system and data warehouse using SQL
- Validate data and reconcile figures with Finance before monthly closing
- Prepare monthly management reports
- Support ad hoc analysis requests from Commercial departments

# Qualifications
- Graduate of BS Statistics, Mathematics, Industrial Engineering, Computer Science or related course
- At least 2 years of experience in business intelligence or data analysis; airline or travel experience is an advantage
- Proficient in SQL, Tableau and advanced Excel
- Knowledge of Python is a plus
- Good analytical and critical thinking skills, attention to detail
- Willing to work on-site in Pasay City`,
    role: 'BIA',
    sector: null,
    countries: ['PH'],
    mentions: ['BIA', 'Tableau', 'Data cleaning', 'Python', 'Critical thinking'],
  },
  {
    id: 't17-c-29',
    title: 'AI Product Manager',
    company: 'Qanat Urban Systems',
    location: 'Dubai, United Arab Emirates',
    locations: ['Dubai, United Arab Emirates', 'Riyadh, Saudi Arabia'],
    format: 'escaped',
    body: `Qanat Urban Systems builds the software municipalities across the Gulf use to run city services: waste collection routing, smart parking, street lighting and citizen service requests. Our platform is live in nine cities in the UAE, Saudi Arabia and Oman.

# About the role
We are hiring an AI Product Manager to lead the machine learning features inside our platform, starting with demand prediction for waste collection and occupancy forecasting for smart parking. You will work with our data scientists and ML engineers, our city clients' operations teams and our own delivery consultants.

# Responsibilities
- Own the product vision, roadmap and backlog for AI features across the platform
- Turn city operating needs into clear requirements and success metrics
- Agree with the data scientists how each model will be evaluated before launch, and review the results with clients
- Lead pilots with city clients and turn their feedback into product decisions
- Make sure our AI features meet data protection and government cloud requirements in each country

# Requirements
- 5+ years of product management experience, with at least 2 years on AI/ML or data products
- Experience working with government clients in the GCC is a strong advantage
- Excellent communication and stakeholder management skills in English; Arabic is a plus
- Comfortable with ambiguity and fast-changing priorities

# What we offer
Tax-free salary, annual flights home, family medical insurance and an education allowance.`,
    role: 'AIPM',
    sector: SECTOR.PUBLIC,
    countries: ['AE', 'SA'],
    mentions: ['AIPM', 'DS', 'MLE', 'Model evaluation', 'Communication', 'Adaptability'],
  },
  {
    id: 't17-c-30',
    title: 'Monitoring, Evaluation and Learning Officer',
    company: 'Oloika Learning Trust',
    location: 'Nairobi, Kenya; Lagos, Nigeria',
    locations: ['Nairobi, Kenya', 'Lagos, Nigeria'],
    format: 'html',
    body: `Oloika Learning Trust is a non-profit that supports 1,200 low-fee primary schools in Kenya and Nigeria with teacher coaching, structured lesson plans and reading materials.

# About the role
The Monitoring, Evaluation and Learning (MEL) Officer will help us understand which parts of our programme improve children's reading and numeracy, and which don't. The role can be based in either our Nairobi or Lagos office, with regular travel to partner schools.

# Responsibilities
- Manage data collection from classroom observations and learner assessments on tablets
- Clean and check survey data, follow up on errors with field teams, and maintain our programme database
- Analyse results in R or Stata and report on progress against our indicators
- Support randomised controlled trials run with our university research partners
- Produce clear charts and short briefs for donors, government partners and our own team

# Requirements
- Bachelor's degree in Statistics, Economics, Education, Social Sciences or a related field; a master's is an advantage
- 2-3 years of MEL experience, ideally in education programmes in sub-Saharan Africa
- Confident with R or Stata, and with Excel
- Strong written and verbal communication
- Willingness to travel up to 30% of the time

Oloika Learning Trust is committed to safeguarding children. All appointments are subject to background checks.`,
    role: null,
    sector: null,
    countries: ['KE', 'NG'],
    mentions: ['Data cleaning', 'R', 'Hypothesis testing', 'Visualization', 'Communication'],
  },
  {
    id: 't17-c-31',
    title: 'NLP Engineer',
    company: 'Okeola Language Labs',
    location: 'Lagos, Nigeria',
    format: 'raw',
    body: `<p>Okeola Language Labs builds speech recognition, translation and text analytics APIs for African languages. Developers at banks, telcos, health start-ups and media houses use our APIs to serve customers in Yoruba, Hausa, Igbo, Nigerian Pidgin, Swahili and English.</p><p>We are hiring an NLP Engineer to improve our text models and make them fast enough for real-time products.</p><p><strong>What you will do</strong></p><ul><li>Train and fine-tune transformer models for translation, named entity recognition and sentiment in low-resource languages</li><li>Collect, clean and deduplicate web and community-sourced text corpora</li><li>Measure quality with BLEU, chrF and human evaluation, and report results per language</li><li>Optimise models for serving with ONNX and quantisation, and ship them behind our REST API</li></ul><p><strong>Requirements</strong></p><ul><li>BSc or MSc in Computer Science, Linguistics, Mathematics or a related field</li><li>2+ years of experience building NLP systems</li><li>Strong Python; experience with PyTorch and the Hugging Face ecosystem</li><li>Native or fluent speaker of at least one Nigerian language is a strong plus</li><li>Self-driven and happy to own work end to end</li></ul><p><strong>Benefits</strong></p><ul><li>Competitive salary paid in naira with a USD-linked component</li><li>HMO health cover for you and your family</li><li>Laptop, internet and power allowance</li></ul>`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['NG'],
    mentions: ['NLP_ENG', 'Neural networks', 'Data cleaning', 'Model evaluation', 'APIs', 'Python', 'PyTorch'],
  },
  {
    id: 't17-c-32',
    title: 'Senior Data Analyst, Revenue',
    company: 'Lotusbay Hospitality',
    location: 'Quarry Bay, Hong Kong',
    locations: ['Quarry Bay, Hong Kong', 'Singapore'],
    format: 'double',
    body: `Lotusbay Hospitality owns and operates 14 hotels and serviced residences in Hong Kong, Singapore, Macau and Bangkok.

# The Opportunity
Reporting to the Director of Revenue Strategy, you will turn booking, pricing and guest data into insight that helps our hotels set rates and choose channels. The role can be based in our Hong Kong head office or our Singapore regional office.

# Key Responsibilities
- Analyse pace, pickup, market mix and channel costs across the portfolio
- Build and maintain Power BI dashboards for hotel general managers and revenue leaders
- Forecast room demand with regression and time-series models, and track forecast accuracy against actuals
- Work with data engineers to bring in new data from our PMS and booking engines
- Design A/B tests for rate and package offers on our direct booking website

# Requirements
- Degree in Statistics, Economics, Hospitality Management or related discipline
- 5+ years in data analysis, ideally in hotels, airlines or travel
- Strong SQL and Python or R; advanced Excel
- Strong business sense, and the confidence to present recommendations to senior stakeholders
- Fluent English; Cantonese or Mandarin is an advantage

We offer a competitive package, complimentary stays across our hotels and medical insurance.`,
    role: null,
    sector: null,
    countries: ['HK', 'SG'],
    mentions: ['Power BI', 'Regression', 'Model evaluation', 'DE', 'Hypothesis testing', 'Python', 'R', 'Business acumen', 'Communication'],
  },
  {
    id: 't17-c-33',
    title: 'Senior Transport Planner',
    company: 'Lomond & Clyde Transport Partnership',
    location: 'Glasgow, Scotland',
    format: 'raw',
    body: `<p><b>About us</b></p><p>Lomond &amp; Clyde Transport Partnership is the regional transport body for eight council areas in the west of Scotland. We plan and fund bus services, run the regional concessionary travel scheme and develop the Regional Transport Strategy with our member councils and the Scottish Government.</p><p><b>The role</b></p><p>We are looking for a Senior Transport Planner to lead our work on bus network planning and the evidence base for the next Regional Transport Strategy.</p><ul><li>Lead the appraisal of transport options in line with national appraisal guidance</li><li>Commission and manage transport modelling and survey work from consultants</li><li>Analyse patronage, journey-time and census travel-to-work data, using GIS for accessibility analysis</li><li>Prepare committee reports and present to elected members and community groups</li><li>Work with member councils, bus operators and national agencies</li></ul><p><b>What we&#39;re looking for</b></p><ul><li>A degree in transport planning, geography, civil engineering or a related discipline</li><li>Significant experience in transport planning in the public sector or consultancy</li><li>Good working knowledge of GIS; experience with SQL or Python would be useful</li><li>Excellent written and verbal communication skills</li><li>Chartered membership of a relevant professional body, or working towards it</li></ul><p><b>Person specification</b></p><p><b>Essential</b></p><ul><li>Experience of leading transport appraisal or strategy work from inception to approval</li><li>Experience of managing consultants, including specifying work, monitoring budgets and quality-assuring outputs</li><li>Sound understanding of the bus market in Scotland, including the powers available to local transport authorities</li><li>The ability to write clear, concise reports for a non-specialist audience</li><li>Good organisational skills and the ability to manage competing deadlines</li></ul><p><b>Desirable</b></p><ul><li>Experience of working with elected members or committees</li><li>Knowledge of demand-responsive transport and rural accessibility issues</li><li>A full driving licence, as some travel within the region is required</li></ul><p><b>About the Partnership</b></p><p>The Partnership was established by statute and is funded by our eight member councils and by grant from the Scottish Government. Our board is made up of councillors from each member council and appointed members with expertise in transport, equalities and the economy. We employ 64 staff at our office in Glasgow city centre and at two travel centres.</p><p>Over the next three years we will deliver a new regional bus network plan, expand demand-responsive services in our rural areas and improve the integration of ticketing across operators. This post will play a central part in that work.</p><p><b>Salary and benefits</b></p><p>£52,314 - £58,902 per annum. 35-hour week, flexible working, 30 days&#39; annual leave plus public holidays, and membership of the Local Government Pension Scheme.</p><p><b>How to apply</b></p><p>Please complete the online application form and tell us, with examples, how you meet each of the essential criteria. CVs submitted without a completed application form will not be considered. Interviews are expected to take place in the week commencing 9 March.</p><p>The successful candidate will be required to join the Protecting Vulnerable Groups Scheme or undergo a basic disclosure check, depending on the duties of the post. We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria.</p><p>We are committed to equality, diversity and inclusion and welcome applications from all sections of the community.</p>`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Python', 'Communication'],
  },
  {
    id: 't17-c-34',
    title: 'Asset Data Analyst',
    company: 'Penllyn Renewables',
    location: 'Cardiff, Wales',
    industry: 'Renewables & Environment',
    format: 'div',
    body: `Penllyn Renewables owns and operates 22 onshore wind farms and three solar parks across Wales and the west of England, producing enough clean electricity for 400,000 homes.

# About the role
Our Asset Performance team keeps every turbine earning. As Asset Data Analyst you'll make sure the data behind our operational decisions is complete and correct, and help engineers find the turbines that are underperforming.

# What you'll do
- Maintain SCADA, maintenance and generation data in our asset performance platform
- Clean and validate 10-minute turbine data, flag sensor faults and fill gaps where appropriate
- Build power curve analyses and availability reports for each site
- Create Power BI dashboards for site managers and the monthly performance review
- Support our engineers with root cause analysis when a turbine's output drops

# About you
- Degree in engineering, physics, mathematics, environmental science or similar
- 1-3 years' experience working with operational or time-series data
- Good SQL and Excel; Python is desirable
- Methodical, with a problem-solving mindset
- Welsh language skills are desirable but not essential

# What we offer
Salary £34,000 - £40,000, hybrid working from our Cardiff Bay office, 8% employer pension contribution and a cycle-to-work scheme.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Power BI', 'Python', 'Problem-solving'],
  },
  {
    id: 't17-c-35',
    title: 'Site Engineer',
    company: 'Mournevale Construction',
    location: 'Belfast, Northern Ireland',
    format: 'double',
    body: `Mournevale Construction, a family-owned building and civil engineering contractor based in Newry, is looking for a Site Engineer for a new-build secondary school in north Belfast (£28m).

# Responsibilities
- Set out the works using total station and GPS equipment
- Check levels, lines and dimensions against drawings and keep site records
- Supervise subcontractors and support the Site Manager with the programme

# Requirements
- HNC/HND or degree in Civil Engineering, with 2+ years on site
- Valid CSCS card and full driving licence
- Good communication skills

Company van or car allowance, pension and 25 days' holiday plus statutory holidays.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Communication'],
  },
  {
    id: 't17-c-36',
    title: 'Senior Agronomist',
    company: 'Lembah Hijau Plantations',
    location: 'Sandakan, Sabah, Malaysia',
    format: 'html',
    body: `Lembah Hijau Plantations manages 68,000 hectares of oil palm in Sabah and Sarawak, with four mills and a research station. We are committed to no deforestation, no new planting on peat and no exploitation of workers.

# Job Purpose
The Senior Agronomist provides technical advice to estate managers on fertiliser, soil and water management, and pest and disease control, to raise yields sustainably.

# Responsibilities
- Plan and run replicated field trials on fertiliser rates and planting material, and test results for statistical significance
- Recommend fertiliser programmes for each estate based on leaf and soil analysis
- Use drone imagery and yield records to identify underperforming blocks
- Train estate staff on good agricultural practices
- Prepare technical reports for the Head of Agronomy and the Sustainability team

# Requirements
- Degree or Master's in Agriculture, Agronomy, Soil Science or related field
- At least 5 years' experience in oil palm agronomy
- Familiar with statistical software such as R or SAS
- Willing to be based in Sandakan and travel to estates in Sabah and Sarawak
- Good command of English and Bahasa Malaysia`,
    role: null,
    sector: null,
    countries: ['MY'],
    mentions: ['R', 'Hypothesis testing'],
  },
];
