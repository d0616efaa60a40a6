// test18, half A: 36 held-out English postings from the US, Canada, the UK, Australia, India, Singapore and Ireland:
// ML and data roles next to ordinary jobs, from tech and non-tech employers, in the shapes their boards send.
//
// Composition
// - Countries: US 01-07 (07 "Remote - US"); CA 08-13 (09 two Canadian locations, 11 "Remote - Canada"); GB 14-19 (14
//   two UK Workday locations, 18 Lever location "Cambridge" with the board's country field GB); AU 20-25; IN 26-29;
//   SG 30-33; IE 34-36.
// - Roles: MLE 01, 09, 21 (MLOps Engineer), 36; DS 02, 14, 26 (Decision Scientist), 33; DE 04, 13, 20, 31;
//   BIA 08, 24, 29 (Power BI Developer); CVE 10, 23; NLP_ENG 15, 27; ARS 30 (Research Scientist, multimodal models),
//   34 (Applied Scientist, search ranking); ROBO 05; AIPM 07; DLS 18. Other jobs, role null (12): 03 nurse,
//   06 electrician, 11 analytics engineer, 12 line cook, 16 data analyst, 17 store manager, 19 fibre installer,
//   22 warehouse team leader, 25 actuarial analyst, 28 software engineer, 32 teacher, 35 data strategy consultant.
// - Sectors: IT 5 (07, 15, 27, 29, 30); FIN 5 (01, 08, 14, 20, 25); HEALTH 4 (02, 03, 18, 21); RETAIL 4 (04, 11, 17,
//   26); TELCO 3 (09, 19, 28); AUTO 4 (05, 06, 10, 23); PUBLIC 3 (16, 24, 33); null 8 (12 hospitality, 13 power
//   generation, 22 logistics, 31 logistics, 32 school, 34 travel, 35 management consultancy, 36 recruiter).
// - Formats: raw 12 (01, 28 Greenhouse content, entity-escaped; 03, 14 Workday jobDescription; 05, 18 Lever
//   description + lists + additional; 09 SmartRecruiters sections joined; 11, 30 Ashby descriptionHtml; 23 Workable
//   description; 26 JSON-LD description; 34 Recruitee description + requirements); html 02, 10, 16, 21, 33;
//   div 08, 19, 27, 31, 36; escaped 04, 13, 15, 25, 29; double 07, 20, 24, 35; text 06, 12, 17, 22, 32.
// - Board industry field on: 06, 12, 22, 25, 29, 35. Company intro at the end: 04. No intro: 22, 25 (board industry
//   field only). Recruiter without a named client business: 36. Shortest 12 (~90 words), longest 07 (~650 words).
//
// Hard calls
// Sector — 05 builds robotic picking cells in its own plant for grocers, wholesalers and parcel carriers: a maker of
//   robots serving several industries → Automotive & Manufacturing (machines, robots), not Retail.
// Sector — 06 frozen-food maker → Manufacturing (food and drink); the board field agrees.
// Sector — 07 help desk software any company uses → IT (business software).
// Sector — 11 commerce platform made for independent retailers → Retail (services made for retailers, as Shopify).
// Sector — 13 wind, solar and hydro generator → null (energy and utilities).
// Sector — 15 contract-review software for law firms: law is outside the seven, the vendor is a software company → IT.
// Sector — 17 designs its own homeware, has it made by outside makers, sells it in its own shops and online → Retail
//   (Brands rule).
// Sector — 18 medical-imaging AI → Healthcare (software made for healthcare).
// Sector — 21 not-for-profit health fund, i.e. a health insurer → Healthcare, not Finance.
// Sector — 22 no intro; board field "Transport & Logistics"; handles freight for retail and FMCG customers, not a
//   service made for online shops → null (logistics).
// Sector — 23 makes optical sorting machines in its own factory (sold to recyclers and food processors) → Manufacturing.
// Sector — 24 smart parking made for councils → Public Sector & Smart Cities (products made for cities' services).
// Sector — 25 no intro; board field "Insurance" and "our retail and group life insurance products" → Finance (insurer).
// Sector — 26 20-minute grocery delivery from dark stores → Retail (grocery delivery included).
// Sector — 27 Indian-language AI sold to banks, telcos, e-commerce and government: many industries → IT (AI company).
// Sector — 28 real-time charging and billing for mobile operators → Telecommunications (operator billing software).
// Sector — 29 IT services company whose clients are in manufacturing, insurance and retail → IT (IT services).
// Sector — 30 AI research company (a company, not a non-profit institute) → IT.
// Sector — 31 third-party logistics for electronics, chemicals and healthcare manufacturers → null (logistics).
// Sector — 33 statutory board under a ministry → Public Sector (a body that is part of government).
// Sector — 34 online travel booking → null (airlines and travel; as t3-ml-18).
// Sector — 35 management consultancy → null. 36 recruiter whose client is only "well-established, profitable" → null.
// Role — 21 "MLOps Engineer" → MLE; 26 "Decision Scientist" → DS; 29 "Power BI Developer" → BIA; 30 "Research
//   Scientist, Multimodal Models" → ARS (AI/ML topic); 34 "Applied Scientist, Search Ranking" → ARS; null: 11
//   "Analytics Engineer", 16 "Data Analyst", 25 "Actuarial Analyst", 28 "Software Engineer", 35 "Senior Consultant,
//   Data & Analytics Strategy", 19 "Fibre Installation Engineer".
// Countries — 03 Workday "USA - Ohio - Dayton" → US; 07 "Remote - US" → US; 11 "Remote - Canada" → CA; 17 "Bristol,
//   BS1 3BX" (UK postcode) → GB; 18 "Cambridge" alone is ambiguous, the Lever country field (countryHints GB)
//   settles it; 14 both Workday locations are in the UK → GB; 09 Montréal and Toronto → CA; 35 "Cork, Co. Cork" →
//   IE; 20-25 Australian state + postcode forms → AU; 26 JSON-LD addressCountry IN (countryHints).
// Mentions — (general) "data pipelines", "LLM pipelines", "SageMaker pipelines" are not Deployment pipelines; plain
//   Azure / Azure Databricks / AWS are not Azure ML or SageMaker; "experiments" as training runs (09, 27, 30) are not
//   Hypothesis testing; employer benefits such as learning budgets (07, 15, 24, 35) are not Continuous learning; a
//   team or division name ("Data Science and AI Division", "Data team") adds no role; "product manager(s)" (15, 34)
//   is not AIPM; "BI" as a field of experience adds no role, "BI analysts" (31, 35) does.
//   01 gradient-boosted trees, XGBoost, LightGBM → Decision trees; transformer models over transaction sequences →
//      Neural networks; "build features" → Feature engineering; backtests, precision/recall, drift → Model
//      evaluation; CI/CD pipelines → Deployment pipelines; explaining trade-offs to partners → Communication.
//   02 logistic regression → Regression; gradient boosting → Decision trees; controlled experiments → Hypothesis
//      testing; building Tableau dashboards → Visualization; "R is fine too" → R; explaining to nurses → Communication.
//   03 "evaluate nursing care" is not Model evaluation; critical thinking and communication are asked.
//   04 data quality checks that catch duplicate baskets → Data cleaning; GitHub Actions → Git + Deployment pipelines.
//   05 "weekly regression suite" is regression testing, not Regression; evaluating grasp-success models → Model
//      evaluation; merge requests in GitLab → Git (no GitLab CI, so no Deployment pipelines); "perception team" is not
//      CVE.
//   07 offline evaluation sets and agent-quality measures → Model evaluation; A/B tests → Hypothesis testing; "two
//      machine learning engineers" → MLE; "don't wait for a dashboard" is not Visualization.
//   08 validating source data and reconciling report figures to the ledger → Data cleaning; "how a financial
//      institution makes money" → Business acumen; Power BI dashboards → Visualization.
//   09 "ML engineers" → MLE; streaming feature pipelines → Feature engineering; Spark Structured Streaming → Apache
//      Spark; drift monitoring → Model evaluation; GitLab CI → Git + Deployment pipelines; bilingualism is not
//      Communication.
//   10 "Robotics Engineers" as colleagues → ROBO; deep neural networks → Neural networks; mAP, false-positive rates
//      → Model evaluation.
//   11 tests that catch duplicated orders and late data → Data cleaning; Looker dashboards → Visualization but not
//      Google Data Studio (plain Looker); A/B tests → Hypothesis testing; Git-based workflows → Git.
//   12 Food Safe Level 1 is not a taxonomy certification; no mentions.
//   13 consuming weather forecast APIs → APIs; "Azure Machine Learning" → Microsoft Azure ML; Git (Azure Repos) → Git;
//      Azure DevOps pipelines → Deployment pipelines; clean/validate/gap-fill sensor data → Data cleaning.
//   14 GLMs → Regression; gradient boosting machines (LightGBM) → Decision trees; out-of-time testing, lift, Gini →
//      Model evaluation; presenting to the committee, explaining to underwriters → Communication.
//   15 transformer models → Neural networks; keeping labelled data sets clean and consistent → Data cleaning;
//      precision/recall/F1 and offline evaluation sets → Model evaluation.
//   16 extract, clean and combine → Data cleaning; Power BI dashboards → Visualization; "Performance and Insight team"
//      is no role.
//   17 "commercial mindset: you read the numbers and act on them" → Business acumen; "visual merchandising" is not
//      Visualization; "flexibility to work weekends" is availability, not Adaptability.
//   18 3D CNNs, vision transformers → Neural networks; AUC/FROC, stratified test sets → Model evaluation; "keep up with
//      the literature" → Continuous learning; "ML engineers" → MLE; hypothesis testing named.
//   19 only Communication and Problem-solving.
//   20 data quality checks and reconciliation against source systems → Data cleaning; GitHub Actions CI/CD → Git +
//      Deployment pipelines; productionising features for credit-risk and fraud models → Feature engineering.
//   21 "MLOps Engineer" in the body → MLE; CI/CD with GitHub Actions → Deployment pipelines + Git; model monitoring for
//      drift and performance → Model evaluation; the exact "AWS Certified Machine Learning – Specialty" → CERT_AWS;
//      "willingness to keep learning" → Continuous learning.
//   22 "adapt quickly when volumes or priorities change" → Adaptability; pick "accuracy" KPIs are not Model evaluation.
//   23 convolutional neural networks → Neural networks; measuring model accuracy on held-out samples → Model
//      evaluation; "TensorFlow/Keras" → TensorFlow and Keras.
//   24 significance testing → Hypothesis testing; checking sensor data for gaps and faults before reports → Data
//      cleaning; Looker Studio → Google Data Studio; "tell a clear story with data to non-technical audiences" →
//      Communication; "eager to learn new tools" → Continuous learning.
//   25 GLMs → Regression; reconciling and cleaning extracts → Data cleaning; Prophet (actuarial software) is no label.
//   26 "Decision Scientist" in the body → DS; probabilistic forecasts → Probability; controlled store-level experiments
//      → Hypothesis testing; "strong business sense" → Business acumen; "structure ambiguous problems" →
//      Problem-solving; clear recommendations for business leaders → Communication.
//   27 transformer language models → Neural networks; filter, deduplicate and clean corpora → Data cleaning; RLHF →
//      Reinforcement learning; REST APIs → APIs; benchmarks and evaluations → Model evaluation.
//   28 "regression tests", "regression suite" → not Regression; Jenkins pipelines → Deployment pipelines; Bitbucket
//      → Git; REST APIs → APIs.
//   29 "Power BI Developers" in the body → BIA; Power BI Service deployment pipelines are release pipelines →
//      Deployment pipelines; validating report numbers and fixing data issues → Data cleaning; PL-300 is not a
//      taxonomy certification.
//   30 "Research Scientists" for vision-language models in the body → ARS; multimodal transformers → Neural networks;
//      RLHF → Reinforcement learning; evaluation suites → Model evaluation.
//   31 fixing duplicate or missing shipment records → Data cleaning; "BI analysts" → BIA; their Power BI reporting is
//      not asked of the candidate, so no Visualization; PySpark/Spark → Apache Spark; Hadoop named.
//   32 "commitment to your own professional development" → Continuous learning; "tailor teaching" is not Adaptability.
//   33 randomised controlled trials → Hypothesis testing; gradient boosting → Decision trees; "following CI/CD
//      practices" → Deployment pipelines; "ML engineers" → MLE.
//   34 "Applied Scientist" in the body → ARS; LightGBM → Decision trees; neural rankers → Neural networks; "engineer
//      features" → Feature engineering; NDCG, offline evaluation → Model evaluation; A/B tests → Hypothesis testing.
//   35 data engineers, data scientists and BI analysts named in hiring plans → DE, DS, BIA; "commercial awareness" →
//      Business acumen; structured problem-solving asked.
//   36 the exact "Google Professional Machine Learning Engineer" → CERT_GCP; "an AWS ML certification" is not the exact
//      credential → no CERT_AWS; tree-based methods → Decision trees; retraining when performance drifts → Model
//      evaluation.
// Label review (docs/mention-labels.md)
// - t18-a-02: − Visualization ("Build Tableau dashboards" only)
// - t18-a-08: − Visualization ("Build and maintain Power BI reports and dashboards" only)
// - t18-a-11: − Visualization ("Build and maintain Looker explores and dashboards" only)
// - t18-a-16: − Visualization ("Build Power BI dashboards", "building dashboards in Power BI" only)
// - t18-a-24: − Visualization ("customer-facing dashboards in Power BI Embedded" only)
// - t18-a-26: − Visualization ("Build self-serve dashboards in Tableau" only)
// - t18-a-29: − Visualization ("Power BI reports", "interactive dashboards with DAX, Power Query" only)
// - t18-a-36: − Model evaluation ("Monitor models in production and retrain when performance drifts" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST18_A: HoldoutCase[] = [
  {
    id: 't18-a-01',
    title: 'Machine Learning Engineer, Fraud Detection',
    company: 'Brackwater Payments',
    location: 'Chicago, IL',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;h2&gt;About Brackwater&lt;/h2&gt;
&lt;p&gt;Brackwater Payments processes card and ACH payments for more than 40,000 merchants across North America, from corner bakeries to national franchise groups. Our platform moves over $30 billion a year, and we take the job of keeping that money safe personally.&lt;/p&gt;&lt;/div&gt;
&lt;h2&gt;The team&lt;/h2&gt;
&lt;p&gt;The Risk Engineering team builds the systems that decide, in under 80 milliseconds, whether a transaction looks like fraud. You&#39;ll join six machine learning engineers and two data scientists who own our real-time scoring service end to end, from feature store to the decision returned to the card network.&lt;/p&gt;
&lt;h2&gt;What you&#39;ll do&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Design, train and ship fraud models: mostly gradient-boosted trees today, with a growing share of transformer models over cardholder transaction sequences&lt;/li&gt;
&lt;li&gt;Build features from streaming card events in Kafka and from batch history in Snowflake&lt;/li&gt;
&lt;li&gt;Own model evaluation: offline backtests, precision and recall at fixed review capacity, and drift monitoring once a model is live&lt;/li&gt;
&lt;li&gt;Harden our Python scoring service and the gRPC and REST APIs that the authorization path calls&lt;/li&gt;
&lt;li&gt;Work with the chargeback operations team to turn analyst feedback into better labels&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;What we&#39;re looking for&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;4+ years building production ML systems in Python&lt;/li&gt;
&lt;li&gt;Hands-on experience with XGBoost or LightGBM, and comfort in PyTorch&lt;/li&gt;
&lt;li&gt;Experience with Docker, Kubernetes and CI/CD pipelines&lt;/li&gt;
&lt;li&gt;You explain trade-offs clearly to risk and compliance partners who don&#39;t read code&lt;/li&gt;
&lt;li&gt;Payments or fraud experience is a plus, not a requirement&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;Pay &amp;amp; benefits&lt;/h2&gt;
&lt;p&gt;The base salary range for this role is $165,000 - $205,000. Final offers depend on experience and location. Medical, dental and vision coverage from day one, 401(k) with a 4% match, 20 days of PTO plus holidays, and a hybrid schedule with three days a week in our West Loop office.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Brackwater Payments is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['MLE', 'DS', 'Decision trees', 'Neural networks', 'Feature engineering', 'Kafka', 'Model evaluation', 'Python', 'APIs', 'PyTorch', 'Docker', 'Kubernetes', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't18-a-02',
    title: 'Data Scientist II',
    company: 'Ebbwater Home Health',
    location: 'Raleigh, NC',
    format: 'html',
    body: `# About Ebbwater

Ebbwater Home Health sends nurses, therapists and home health aides to roughly 9,000 patients a day across North Carolina, Virginia and Tennessee. Most of our patients are recovering from a hospital stay or living with a chronic condition, and we help them do it at home.

# The role

Our small analytics group sits inside Clinical Operations. As a Data Scientist II you'll build the models that tell our branch managers which patients are at rising risk of readmission and which visits can safely be rescheduled when staffing is short.

# What you'll do

- Build and maintain readmission-risk models using logistic regression and gradient boosting, and explain them to clinicians
- Clean and reconcile visit, EHR and claims extracts (expect duplicates and missing discharge dates)
- Design and analyze controlled experiments with branches before a change rolls out company-wide
- Build Tableau dashboards that clinical leaders actually open
- Partner with our data engineers on the warehouse tables you depend on

# What you bring

- Master's degree in statistics, biostatistics, epidemiology or a related field, or a bachelor's with 3+ years of experience
- Strong SQL and Python (pandas, scikit-learn, matplotlib); R is fine too
- A solid grounding in probability and statistical inference
- The ability to explain a model's limits to a room of nurses without jargon
- Healthcare data experience (OASIS, HEDIS, claims) is a strong plus

# Benefits

Medical, dental and vision insurance; 403(b) with match; tuition reimbursement; mileage reimbursement for field days; 18 days of PTO.

Ebbwater Home Health is an Equal Opportunity Employer.`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Data cleaning', 'Hypothesis testing', 'Tableau', 'DE', 'Python', 'Pandas', 'Scikit-learn', 'Matplotlib', 'R', 'Probability', 'Communication'],
  },
  {
    id: 't18-a-03',
    title: 'Registered Nurse - Medical/Surgical (Nights)',
    company: 'Amberfield Regional Medical Center',
    location: 'USA - Ohio - Dayton',
    format: 'raw',
    body: `<p><b>Amberfield Regional Medical Center</b> is a 410-bed teaching hospital and Level II trauma center serving the Miami Valley. Our nurses are the heart of everything we do, and our Magnet journey is built on shared governance and a real voice at the bedside.</p><p></p><p><b>Position Summary</b></p><p>The Registered Nurse on 5 West, our 32-bed Medical/Surgical unit, provides direct, patient-centered care to adults recovering from surgery or admitted with acute medical conditions. This is a full-time night position: three 12-hour shifts (7p-7a) per week, including every third weekend.</p><p></p><p><b>Responsibilities</b></p><ul><li>Assess, plan, implement and evaluate nursing care for an assigned group of patients</li><li>Administer medications and treatments safely and document care in Epic</li><li>Educate patients and families on discharge plans, medications and follow-up care</li><li>Collaborate with physicians, case managers, therapists and pharmacists</li><li>Respond to rapid responses and changes in patient condition</li><li>Precept nursing students and new graduate nurses</li></ul><p></p><p><b>Qualifications</b></p><ul><li>Graduate of an accredited school of nursing; BSN preferred</li><li>Current RN license in the State of Ohio or a multistate compact license</li><li>BLS required; ACLS within six months of hire</li><li>One year of acute care experience preferred; new graduates are welcome to apply to our residency program</li><li>Strong critical thinking and communication skills</li></ul><p></p><p><b>What We Offer</b></p><p>Night shift differential of $6/hour, weekend differential, sign-on bonus up to $10,000 for experienced RNs, tuition assistance, medical, dental and vision coverage, 403(b) with employer match, and free parking.</p><p>Amberfield Regional Medical Center is an Equal Opportunity Employer. All offers are contingent on a background check, drug screen and health assessment.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Critical thinking', 'Communication'],
  },
  {
    id: 't18-a-04',
    title: 'Senior Data Engineer',
    company: 'Dunleigh Markets',
    location: 'Minneapolis, MN 55413',
    format: 'escaped',
    body: `# What you'll be doing

- Design and build batch and streaming data pipelines that move point-of-sale, e-commerce and warehouse data into our lakehouse on Databricks
- Write and tune PySpark and Spark SQL jobs that process roughly two billion transaction lines a year
- Model curated data sets in dbt for our analysts and data scientists
- Build data quality checks that catch duplicate baskets and late-arriving store files before they reach reports
- Maintain our Airflow DAGs and help move deployments to GitHub Actions
- Mentor two mid-level data engineers

# What you'll need

- 6+ years of data engineering experience, including 3+ years with Spark
- Strong Python and SQL; Scala is a bonus
- Experience with Kafka or another event streaming platform
- Comfort with infrastructure as code (Terraform) and Azure
- Clear written and verbal communication with non-technical partners in merchandising and stores

# Why Dunleigh

Salary range $135,000–$160,000, annual bonus, 10% team member discount on groceries, medical/dental/vision, 401(k) with a 5% match, and a hybrid schedule (two days a week at our Minneapolis Store Support Center).

# About Dunleigh Markets

Dunleigh Markets is a family-owned grocery chain with 112 stores across Minnesota, Wisconsin and Iowa, plus same-day delivery from every store. We've been feeding the upper Midwest since 1951, and we're modernizing how we use data across merchandising, supply chain and our loyalty program.

Dunleigh Markets is an equal opportunity employer, including veterans and individuals with disabilities.`,
    role: 'DE',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['DE', 'Apache Spark', 'DS', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python', 'Kafka', 'Communication'],
  },
  {
    id: 't18-a-05',
    title: 'Robotics Engineer, Manipulation',
    company: 'Axlebright Robotics',
    location: 'Pittsburgh, PA',
    format: 'raw',
    body: `<div><p>Axlebright Robotics designs and builds robotic picking cells for distribution centers. Our arms pick, scan and pack everything from cereal boxes to blister packs for grocers, pharmaceutical wholesalers and parcel carriers, and we assemble every cell at our plant in Pittsburgh&rsquo;s Strip District.</p><p>We&rsquo;re hiring a Robotics Engineer to join the Manipulation team, which owns grasp planning, motion planning and the force control that keeps fragile items intact.</p></div><h3>What you'll do</h3><ul><li>Develop grasp and motion planning software in C++ and Python on ROS 2</li><li>Integrate new end effectors and wrist force/torque sensors with our arm controllers</li><li>Train and tune grasp-success models with the perception team, and evaluate every candidate model against our weekly regression suite of 4,000 recorded picks</li><li>Run experiments on the test floor and at customer sites; debug hardware and software side by side</li><li>Write design docs and review merge requests in GitLab</li></ul><h3>Who you are</h3><ul><li>BS/MS in robotics, mechanical or electrical engineering, or computer science</li><li>3+ years developing software for industrial or collaborative robot arms</li><li>Strong C++; working knowledge of Python</li><li>Solid linear algebra and rigid-body kinematics</li><li>Experience with MoveIt, Drake or a similar planning framework</li><li>Reinforcement learning for manipulation is a plus</li><li>Comfortable on a factory floor and happy to travel to customer sites up to 15% of the time</li></ul><div>The salary range for this position is $130,000 &ndash; $170,000 plus equity. Axlebright Robotics is an equal opportunity employer and participates in E-Verify.</div>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Python', 'Model evaluation', 'Git', 'Linear algebra', 'Reinforcement learning'],
  },
  {
    id: 't18-a-06',
    title: 'Maintenance Electrician - 2nd Shift',
    company: 'Cavendale Foods',
    location: 'Elgin, IL 60123',
    industry: 'Food and Beverage Manufacturing',
    format: 'text',
    body: `Cavendale Foods makes frozen pierogi, dumplings and soups for grocery chains across the Midwest. Our Elgin plant runs four production lines, 24/5.

# What you'll do

- Troubleshoot and repair electrical and control systems on production and packaging lines: motors, VFDs, sensors, conveyors and PLC-controlled equipment
- Read electrical schematics and ladder logic (Allen-Bradley ControlLogix)
- Perform preventive maintenance and log all work in our CMMS
- Follow lockout/tagout, arc flash and food safety (GMP, SQF) rules at all times

# What you need

- Journeyman electrician license or 4+ years of industrial electrical maintenance experience
- Experience with 480V three-phase power and PLC troubleshooting
- Able to lift 50 lbs, work in cold areas (down to -10°F) and climb ladders
- Good problem-solving skills and the ability to work independently on 2nd shift

# Pay and schedule

$36.50–$42.00/hour plus a $1.50 shift differential. Monday–Friday, 2:30 p.m. – 11:00 p.m.; overtime available. Medical, dental, vision and 401(k) with match from day one.

Cavendale Foods is an Equal Opportunity Employer. Offers are contingent on a background check and drug screen.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't18-a-07',
    title: 'Senior AI Product Manager, Agent Platform',
    company: 'Aptwell',
    location: 'Remote - US',
    format: 'double',
    body: `# About Aptwell

Aptwell makes help desk and customer service software used by 18,000 companies, from two-person startups to hospital systems, universities and airlines. Support teams use Aptwell to answer email, chat and phone conversations in one place, and our AI agent now resolves about a third of incoming tickets without a human touching them. We want to take that much further, and we want to do it in a way our customers can trust.

# About the role

We're looking for a Senior AI Product Manager to own the platform our customers use to configure, test and monitor their AI agents. Today that means the agent builder, the knowledge connectors that feed it, and the analytics that show support leaders what their agent is doing and why. You'll work with a team of eight engineers, two machine learning engineers and a product designer, and you'll partner closely with our applied research group on what the next generation of the agent should be able to do.

This is a senior individual contributor role reporting to the Director of Product, AI.

# What you'll do

- Own the vision, strategy and roadmap for agent configuration, testing and analytics
- Define how we measure agent quality: resolution rate, escalation accuracy, hallucination rate, offline evaluation sets and human review, and make those numbers visible to customers
- Run A/B tests with our analysts and decide, with evidence, what ships
- Write clear specs and communicate decisions to engineering, sales, support and leadership
- Talk to customers every week: admins who configure agents, support leaders who are accountable for them, and the human agents who work beside them
- Work with legal and security on data handling, customer controls and responsible AI commitments
- Help sales and customer success with strategic deals and early-access programs

# What you bring

- 5+ years in product management, including 2+ years on ML- or LLM-powered products
- Enough technical depth to discuss retrieval, prompt design, tool use and fine-tuning with engineers and researchers
- Comfort with SQL and data; you pull your own numbers and don't wait for a dashboard
- Strong written communication; you can turn a long discussion into a one-page decision document
- Experience with B2B SaaS, ideally in customer service, CRM or collaboration software

# Nice to have

- Experience shipping agentic or workflow-automation features
- Familiarity with contact-center operations and metrics (AHT, CSAT, first-contact resolution)
- Experience pricing usage-based AI features

# How we work

We're a remote-first company with about 900 people. Teams meet in person twice a year, and product teams keep a few hours of overlap across US time zones. We write things down, we default to sharing work early, and we give teams real ownership of outcomes rather than output.

# Compensation and benefits

The US base salary range for this role is $185,000–$225,000, plus equity and a company bonus plan. Actual pay depends on skills, experience and location. We offer medical, dental and vision coverage with premiums fully paid for employees, a 401(k) with a 4% match, 16 weeks of paid parental leave, a $1,500 home-office stipend, and a yearly learning allowance.

# Interview process

A 30-minute call with the recruiter, a conversation with the hiring manager, a take-home product exercise (we cap it at three hours and pay you for it), and a final round with engineering, design and a customer-facing partner. We aim to make a decision within three weeks of your first call.

This is a remote role open to candidates anywhere in the United States.

Aptwell is an equal opportunity employer. We welcome people of all backgrounds and do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, disability, veteran status, or any other protected characteristic. If you need an accommodation during the interview process, let your recruiter know.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['AIPM', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Communication'],
  },
  {
    id: 't18-a-08',
    title: 'Business Intelligence Analyst',
    company: 'Brookmere Credit Union',
    location: 'Toronto, ON',
    format: 'div',
    body: `Brookmere Credit Union serves 160,000 members across the Greater Toronto Area and Southwestern Ontario with chequing and savings accounts, mortgages, small business lending and wealth advice. We're member-owned, and every decision we make starts with what's right for our members.

# About the role

Reporting to the Manager, Enterprise Data & Analytics, the Business Intelligence Analyst turns our lending, deposit and member-experience data into reporting that branch, lending and executive teams use every day.

# Key responsibilities

- Build and maintain Power BI reports and dashboards for lending, deposits and member service
- Write and optimize SQL against our data warehouse (SQL Server)
- Validate source data and reconcile report figures back to the general ledger
- Gather requirements from business partners and translate them into clear reporting
- Support regulatory and board reporting each quarter
- Document report logic and definitions in our data catalogue

# Qualifications

- University degree in business, finance, computer science or a related field
- 3+ years in a BI or reporting role, ideally in banking or credit unions
- Advanced Power BI (DAX, Power Query) and SQL
- Excellent communication skills and a strong understanding of how a financial institution makes money
- Experience with Python or SSIS is an asset

# What we offer

Competitive salary, annual incentive, defined benefit pension plan, preferential rates on mortgages and loans, and a hybrid work model (three days a week in our Toronto office).

Brookmere is committed to an inclusive, barrier-free recruitment process. Accommodations are available on request under the Accessibility for Ontarians with Disabilities Act (AODA).`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Business acumen', 'Python'],
  },
  {
    id: 't18-a-09',
    title: 'Machine Learning Engineer – Network Intelligence',
    company: 'Driftmark Mobile',
    location: 'Montréal, QC, Canada',
    locations: ['Montréal, QC, Canada', 'Toronto, ON, Canada'],
    format: 'raw',
    body: `<p>Driftmark is Canada’s fourth-largest wireless carrier, with 5.2 million mobile and home internet customers and a 5G network that reaches 92% of Canadians. We’re the challenger brand, and we like it that way.</p><p><strong>About the team</strong></p><p>Network Intelligence uses data from more than 18,000 cell sites to predict congestion, detect faults before customers notice them, and decide where to build next. We’re a team of data scientists and ML engineers working alongside radio and core network engineers.</p><p><strong>What you’ll do</strong></p><ul><li>Build and deploy forecasting and anomaly-detection models on cell-site performance counters</li><li>Turn prototypes into production services on Kubernetes, with experiments and models tracked in MLflow</li><li>Build streaming feature pipelines on Kafka and Spark Structured Streaming</li><li>Set up monitoring for model drift and prediction quality once models are live</li><li>Contribute to our shared Python libraries and take part in code reviews</li></ul><p><strong>What you bring</strong></p><ul><li>Bachelor’s or Master’s degree in computer science, engineering, statistics or a related field</li><li>3+ years of experience deploying machine learning models in production</li><li>Strong Python; experience with scikit-learn, PyTorch or TensorFlow</li><li>Experience with clustering and time-series methods for anomaly detection</li><li>Familiarity with Docker and CI/CD tooling (we use GitLab CI)</li><li>Knowledge of LTE/5G network KPIs is a strong asset</li><li>Bilingualism (French and English) is an asset</li></ul><p>Driftmark offers a competitive salary, an annual bonus, group RRSP matching, a free mobile plan and flexible hybrid work from our Montréal or Toronto offices.</p><p>Driftmark is committed to employment equity and welcomes applications from women, Indigenous peoples, persons with disabilities and members of visible minorities. Accommodations are available on request at every stage of the recruitment process.</p>`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['DS', 'MLE', 'Kubernetes', 'MLflow', 'Feature engineering', 'Kafka', 'Apache Spark', 'Model evaluation', 'Python', 'Scikit-learn', 'PyTorch', 'TensorFlow', 'Clustering', 'Docker', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't18-a-10',
    title: 'Computer Vision Engineer – Perception',
    company: 'Ettrick Autonomy',
    location: 'Waterloo, ON',
    format: 'html',
    body: `# Who we are

Ettrick Autonomy builds the perception and driver-assistance software that Tier 1 suppliers and automakers put into production vehicles. Our camera-first lane-keeping and automatic emergency braking stack is on the road in more than 600,000 cars today, and we're working on hands-free highway driving for 2028 model-year programs.

# The role

As a Computer Vision Engineer on our Perception team, you'll develop the models that detect and track vehicles, pedestrians, cyclists and lane markings from surround-view cameras, and get them running within the compute budget of an automotive SoC.

# Responsibilities

- Design, train and evaluate deep neural networks for 2D/3D object detection, segmentation and tracking
- Build data pipelines for labelling and hard-example mining across our fleet data
- Define metrics and run evaluation on our validation sets (mAP, false positives per 1,000 km)
- Optimize models for embedded deployment (quantization, TensorRT)
- Work closely with our Robotics Engineers and Systems Engineers on sensor fusion and calibration

# Requirements

- MSc or PhD in computer vision, machine learning, robotics or a related field, or equivalent experience
- 3+ years of hands-on experience with PyTorch
- Strong Python and C++
- Solid understanding of camera geometry, linear algebra and probability
- Experience with OpenCV and CUDA is an asset
- Knowledge of ISO 26262 or automotive functional safety processes is an asset

# What we offer

Competitive salary and stock options, health and dental benefits from day one, RRSP matching, and a modern office in Uptown Waterloo.

Ettrick Autonomy is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['CVE', 'Neural networks', 'Model evaluation', 'ROBO', 'PyTorch', 'Python', 'C++', 'Linear algebra', 'Probability'],
  },
  {
    id: 't18-a-11',
    title: 'Senior Analytics Engineer',
    company: 'Cindervale Commerce',
    location: 'Remote - Canada',
    format: 'raw',
    body: `<p style="min-height:1.5em"><strong>About Cindervale</strong></p><p style="min-height:1.5em">Cindervale is the commerce platform built for independent retailers. More than 14,000 bookstores, bike shops, boutiques and garden centres use Cindervale to run their online store, in-store point of sale and inventory from one place.</p><p style="min-height:1.5em"><strong>The role</strong></p><p style="min-height:1.5em">We're hiring a Senior Analytics Engineer to own the data models behind our merchant-facing analytics and our internal reporting. You'll sit in the Data team alongside data engineers, data scientists and product analysts.</p><p style="min-height:1.5em"><strong>What you'll do</strong></p><ul><li><p style="min-height:1.5em">Design and maintain dbt models in Snowflake for orders, payments, inventory and subscriptions</p></li><li><p style="min-height:1.5em">Define and document core metrics (GMV, merchant retention, take rate) so everyone uses the same numbers</p></li><li><p style="min-height:1.5em">Write tests that catch duplicated orders, broken joins and late data before merchants see it</p></li><li><p style="min-height:1.5em">Partner with product teams to instrument new features and analyze A/B tests</p></li><li><p style="min-height:1.5em">Build and maintain Looker explores and dashboards</p></li></ul><p style="min-height:1.5em"><strong>About you</strong></p><ul><li><p style="min-height:1.5em">4+ years in analytics engineering, data engineering or BI</p></li><li><p style="min-height:1.5em">Expert SQL and solid dbt; comfortable with Git-based workflows and code review</p></li><li><p style="min-height:1.5em">Some Python for scripting and orchestration (Dagster or Airflow)</p></li><li><p style="min-height:1.5em">You communicate clearly in writing: we're remote-first and most decisions happen in docs</p></li><li><p style="min-height:1.5em">Bonus: experience with e-commerce or payments data</p></li></ul><p style="min-height:1.5em"><strong>Compensation</strong></p><p style="min-height:1.5em">CA$140,000 – CA$170,000 base salary plus stock options. Cindervale is remote-first within Canada; you must live in a Canadian province.</p><p style="min-height:1.5em">We are committed to building a diverse team and to providing accommodations throughout the hiring process.</p>`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['DE', 'DS', 'Data cleaning', 'Hypothesis testing', 'Git', 'Python', 'Communication'],
  },
  {
    id: 't18-a-12',
    title: 'Line Cook - Winter Season',
    company: 'Birchmoor Lodge',
    location: 'Banff, AB',
    industry: 'Hospitality',
    format: 'text',
    body: `Birchmoor Lodge, a 96-room mountain lodge in Banff National Park, is hiring line cooks for the Timberline Dining Room for the 2026/27 winter season.

- 1+ year on the line in a high-volume kitchen
- Food Safe Level 1 (or willing to get it before you start)
- Available evenings, weekends and holidays

$21.50–$23.00/hour plus shared gratuities, subsidized staff housing, a staff meal every shift and a discounted ski pass.

Applicants must be legally entitled to work in Canada. Only those selected for an interview will be contacted.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't18-a-13',
    title: 'Data Engineer',
    company: 'Dunhollow Energy',
    location: 'Calgary, Alberta',
    format: 'escaped',
    body: `Dunhollow Energy owns and operates 31 wind, solar and hydro facilities across Alberta, Saskatchewan and British Columbia, with 2.4 GW of generating capacity. We sell power into the Alberta market and under long-term contracts with utilities and large industrial customers.

# The opportunity

Our Asset Performance group is looking for a Data Engineer to build the pipelines that bring SCADA, weather and market data together, so our engineers and traders can see, hour by hour, how every turbine and panel is performing.

# Responsibilities

- Build and maintain ingestion from SCADA historians (PI System), weather forecast APIs and AESO market data
- Develop and operate our lakehouse on Azure Databricks using PySpark and Delta Lake
- Clean, validate and gap-fill high-frequency sensor data
- Work with data scientists on feature engineering for our production forecasting models in Azure Machine Learning
- Manage code in Git (Azure Repos) and release through Azure DevOps pipelines

# Qualifications

- Degree in engineering, computer science or a related discipline
- 3+ years of experience in data engineering
- Strong Python and SQL
- Experience with Spark and time-series data
- Power generation or industrial data experience is an asset

# Benefits

Competitive base salary, annual performance bonus, defined contribution pension with a 6% match, health spending account, and a flexible hybrid schedule.

Dunhollow Energy is an equal opportunity employer.`,
    role: 'DE',
    sector: null,
    countries: ['CA'],
    mentions: ['DE', 'APIs', 'Apache Spark', 'Data cleaning', 'DS', 'Feature engineering', 'Microsoft Azure ML', 'Git', 'Deployment pipelines', 'Python'],
  },
  {
    id: 't18-a-14',
    title: 'Senior Data Scientist - Pricing',
    company: 'Ashlowe Mutual',
    location: 'United Kingdom - London',
    locations: ['United Kingdom - London', 'United Kingdom - Leeds'],
    format: 'raw',
    body: `<p><b>About Ashlowe Mutual</b></p><p>Ashlowe Mutual has been insuring homes and cars across the UK since 1887. We&#39;re owned by our 1.3 million members rather than shareholders, so every pound we don&#39;t spend on claims or costs goes back into better cover and fairer prices.</p><p></p><p><b>About the role</b></p><p>Our Pricing team sets the rates for motor and home insurance. As a Senior Data Scientist you&#39;ll build the risk and demand models that sit behind every quote, and help make sure we price fairly under the FCA&#39;s general insurance pricing rules.</p><p></p><p><b>What you&#39;ll be doing:</b></p><ul><li>Building claims frequency and severity models using GLMs and gradient boosting machines (LightGBM)</li><li>Developing conversion and retention models for new business and renewals</li><li>Feature engineering from telematics, property and third-party data</li><li>Validating models with out-of-time testing, lift and Gini, and presenting results to the Pricing Committee</li><li>Mentoring two data scientists and reviewing their code</li></ul><p></p><p><b>What we need to see:</b></p><ul><li>Degree in a numerate subject (maths, statistics, actuarial science, physics)</li><li>Strong Python (pandas, NumPy, scikit-learn) or R; we&#39;re moving our pricing work to Python</li><li>Experience with GLMs in a general insurance pricing context (Emblem or Radar experience helpful)</li><li>A good grasp of statistics and probability</li><li>The ability to explain technical work to underwriters and senior leaders</li></ul><p></p><p><b>What we offer:</b></p><p>Salary £70,000 – £85,000 depending on experience, 10% bonus opportunity, 14% employer pension contribution, 28 days&#39; holiday plus bank holidays, and hybrid working from London or Leeds (two days a week in the office).</p><p>Ashlowe Mutual is committed to equality, diversity and inclusion. If you need any adjustments during the application process, please let us know.</p><p style="text-align:inherit"></p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'R', 'Probability', 'Communication'],
  },
  {
    id: 't18-a-15',
    title: 'NLP Engineer',
    company: 'Clausewell',
    location: 'London, England, United Kingdom',
    format: 'escaped',
    body: `# About Clausewell

Clausewell builds contract review software for law firms and in-house legal teams. Lawyers at more than 300 firms use our platform to find risky clauses, compare drafts against their playbooks and answer questions across thousands of documents in minutes instead of days.

# The role

We're hiring an NLP Engineer to join our Applied ML team of five engineers and a product manager. You'll work on the models that read contracts: clause classification, entity extraction, and retrieval-augmented question answering over long documents.

# What you'll do

- Fine-tune and evaluate transformer models for clause classification and information extraction
- Build retrieval and ranking components for question answering over contracts, measured against offline evaluation sets built with our in-house lawyers
- Run LLM-based pipelines in production with sensible guardrails, caching and cost controls
- Ship models behind internal APIs used by our product teams
- Keep our annotation guidelines and labelled data sets clean and consistent

# About you

- 3+ years building NLP systems in production
- Strong Python and PyTorch; experience with Hugging Face Transformers
- A good understanding of evaluation: precision, recall, F1 and when they mislead
- Experience with Docker and AWS
- You enjoy working closely with domain experts and can explain model behaviour to non-engineers
- Bonus: experience with legal, regulatory or other long-form documents

# What we offer

£75,000 – £95,000 plus share options, 27 days' holiday, private medical insurance, enhanced parental leave, and a £1,000 annual learning budget. We work from our Farringdon office two days a week.

Clausewell is an equal opportunity employer and welcomes applicants from all backgrounds.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'APIs', 'Data cleaning', 'Python', 'PyTorch', 'Docker', 'Communication'],
  },
  {
    id: 't18-a-16',
    title: 'Data Analyst',
    company: 'Elmsworth District Council',
    location: 'Colchester, Essex',
    format: 'html',
    body: `# About us

Elmsworth District Council provides services to 140,000 residents across north-east Essex, from bin collections and planning to housing, council tax and leisure centres. Our Performance and Insight team helps services understand demand and plan with evidence.

# About the role

**Grade:** SO2, £35,235 – £38,220 per annum
**Hours:** 37 per week
**Contract:** Permanent

As a Data Analyst you'll work with housing, revenues and waste services to turn their operational data into insight: who is using our services, where demand is heading and which changes are working.

# Main duties

- Extract, clean and combine data from our housing, council tax and waste systems
- Build Power BI dashboards for service managers and councillors
- Produce statistical returns for central government on time and to a high standard
- Carry out ad hoc analysis and present findings clearly to non-specialist audiences
- Support the council's move to a shared data platform with our ICT partner

# About you

- Experience of data analysis using SQL and Excel
- Experience building dashboards in Power BI or a similar tool
- Some knowledge of Python or R would be useful but is not essential
- Excellent written and verbal communication skills
- A methodical approach and the ability to manage competing deadlines

# What we offer

Local Government Pension Scheme, 26 days' annual leave rising to 31 with service plus bank holidays, flexible and hybrid working, and a range of wellbeing support.

Elmsworth District Council is a Disability Confident employer. We guarantee an interview to disabled applicants who meet the essential criteria for the role.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Power BI', 'Communication', 'Python', 'R'],
  },
  {
    id: 't18-a-17',
    title: 'Store Manager',
    company: 'Dapplewood Home',
    location: 'Bristol, BS1 3BX',
    format: 'text',
    body: `Dapplewood is an independent British homeware retailer with 38 stores and a busy online shop, selling our own-design bedding, tableware, lighting and furniture. We design everything in our Bath studio and work with independent makers across the UK and Portugal to produce it.

# The role

We're looking for a Store Manager for our Cabot Circus store. You'll lead a team of 14, run a store taking around £2.6m a year, and make Dapplewood somewhere customers love to visit.

# What you'll do

- Lead, coach and schedule your team, and recruit great people
- Drive sales, conversion and average transaction value using our weekly trading reports
- Keep visual merchandising to brand standards and deliver seasonal launches on time
- Manage stock, deliveries, shrinkage and health & safety
- Handle customer issues with care and good judgement

# What you'll bring

- Store management or strong assistant manager experience in fashion, homeware or lifestyle retail
- A commercial mindset: you read the numbers and act on them
- Great communication and people skills
- Flexibility to work weekends and bank holidays on a rota

# What we offer

Salary £34,000–£38,000 plus quarterly bonus, 40% staff discount, 33 days' holiday including bank holidays, and a day off for your birthday.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Business acumen', 'Communication'],
  },
  {
    id: 't18-a-18',
    title: 'Deep Learning Specialist – Medical Imaging',
    company: 'Endaris Imaging',
    location: 'Cambridge',
    countryHints: ['GB'],
    format: 'raw',
    body: `<div><p>Endaris Imaging develops AI software that helps radiologists read chest CT and mammography faster and more consistently. Our products are UKCA and CE marked, in use at 60 NHS trusts and hospitals in seven countries, and we&rsquo;re working towards FDA clearance for our lung nodule product.</p><p><br></p><p>We&rsquo;re looking for a Deep Learning Specialist to join our Research team in Cambridge. You&rsquo;ll take new detection and segmentation ideas from paper to regulated product, working side by side with our clinical team and our ML engineers.</p></div><h3>What you&rsquo;ll do</h3><ul><li>Design and train deep learning models (3D CNNs, vision transformers) for detection, segmentation and classification on CT and mammography</li><li>Develop self-supervised pretraining on our archive of 4 million de-identified studies</li><li>Design rigorous evaluation: stratified test sets, AUC and FROC analysis, and reader studies with radiologists</li><li>Write technical documentation for regulatory submissions (IEC 62304, ISO 13485)</li><li>Keep up with the literature and bring the best new ideas into our roadmap</li></ul><h3>What you&rsquo;ll bring</h3><ul><li>PhD or equivalent experience in deep learning, computer vision or medical image analysis</li><li>Expert in PyTorch, with experience training models across many GPUs</li><li>A publication record or shipped products in medical imaging</li><li>Strong grounding in statistics, including hypothesis testing and confidence intervals for diagnostic accuracy</li><li>Clear written communication</li></ul><div>We offer a salary of &pound;80,000 &ndash; &pound;105,000, share options, a 10% pension contribution, private healthcare and 30 days&rsquo; holiday. Endaris Imaging is an equal opportunity employer.</div>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['GB'],
    mentions: ['DLS', 'MLE', 'Neural networks', 'Model evaluation', 'PyTorch', 'Hypothesis testing', 'Communication', 'Continuous learning'],
  },
  {
    id: 't18-a-19',
    title: 'Fibre Installation Engineer',
    company: 'Brantwick Fibre',
    location: 'Leeds, West Yorkshire',
    format: 'div',
    body: `Brantwick Fibre is building a full-fibre broadband network for 900,000 homes and businesses across Yorkshire and the North East. We sell gigabit broadband direct to customers, and we're growing fast.

# The role

As a Fibre Installation Engineer you'll connect customers to our network: running fibre from the street into the home, fitting and testing the router, and making sure every customer is online and happy before you leave.

# What you'll do

- Complete 4–6 installations a day across Leeds and the surrounding area
- Install drop cables from overhead poles and underground ducts
- Splice fibre and test connections using OTDR and light meters
- Set up routers and Wi-Fi and explain the service to customers
- Keep accurate job records on our mobile app

# What you'll need

- A full UK driving licence
- Experience in telecoms, electrical or a similar hands-on trade (full training provided)
- Comfortable working at height
- Good communication and customer service skills
- Problem-solving skills and a can-do attitude

# What you'll get

£30,000 basic rising to £33,500 after training, overtime at time and a half, a company van and fuel card, tools, uniform and PPE, 25 days' holiday plus bank holidays, and free broadband.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Communication', 'Problem-solving'],
  },
  {
    id: 't18-a-20',
    title: 'Senior Data Engineer',
    company: 'Eyrefield Bank',
    location: 'Sydney NSW 2000',
    format: 'double',
    body: `# About Eyrefield Bank

Eyrefield is an Australian customer-owned bank with more than 600,000 members and $22 billion in assets. We offer home loans, everyday banking, savings and business banking, and we're investing heavily in a modern data platform to serve our members better.

# About the role

We're looking for a Senior Data Engineer to join our Data Platform squad. You'll design and build the pipelines and data products that our risk, finance, marketing and fraud teams rely on, and help shape engineering standards across the bank's data community.

# What you'll be doing

- Building batch and streaming pipelines on AWS (Glue, EMR, Kinesis) and Snowflake
- Developing reusable ingestion frameworks in Python and Spark
- Implementing data quality checks and reconciliation against source systems
- Managing infrastructure with Terraform and releasing through CI/CD pipelines in GitHub Actions
- Working with data scientists and machine learning engineers to productionise features for credit-risk and fraud models
- Supporting APRA CPS 230 and CPS 234 obligations through lineage and access controls

# What you'll bring

- 5+ years of data engineering experience, ideally in financial services
- Strong Python, SQL and Spark
- Experience with Kafka or Kinesis for streaming
- Data modelling skills (Data Vault or dimensional)
- Excellent stakeholder communication

# Why Eyrefield

Hybrid working, an extra week of leave each year, discounted home loans, salary packaging, and 16 weeks' paid parental leave.

Eyrefield Bank is an equal opportunity employer. Aboriginal and Torres Strait Islander people are encouraged to apply.`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['DE', 'Python', 'Apache Spark', 'Data cleaning', 'Deployment pipelines', 'Git', 'DS', 'MLE', 'Feature engineering', 'Kafka', 'Communication'],
  },
  {
    id: 't18-a-21',
    title: 'MLOps Engineer',
    company: 'Dalmeny Health',
    location: 'Melbourne VIC 3008',
    format: 'html',
    body: `# About us

Dalmeny Health is a not-for-profit health fund covering 480,000 Australians with hospital and extras cover. Because we don't pay dividends to shareholders, we put more back into members' claims, prevention programs and our own dental and eye-care centres.

# The role

Our Advanced Analytics team has more than a dozen models in production, from claims fraud detection to predicting which members would benefit from our chronic disease programs. As our first dedicated MLOps Engineer, you'll build the platform that gets those models into production reliably and keeps them healthy.

# What you'll do

- Build and own our ML platform on AWS: SageMaker pipelines, model registry and endpoints
- Set up CI/CD for models and data pipelines with GitHub Actions
- Containerise training and inference workloads with Docker
- Implement model monitoring for drift and performance, with alerting
- Work with our data scientists to turn notebooks into tested, versioned Python packages
- Uphold privacy and security requirements for members' health information

# About you

- 3+ years in MLOps, ML engineering or DevOps with a strong ML focus
- Strong Python and infrastructure as code (Terraform or CloudFormation)
- Hands-on AWS SageMaker experience; MLflow is a bonus
- Understanding of the model lifecycle, from feature engineering to retraining
- AWS Certified Machine Learning – Specialty is highly regarded
- A collaborative approach and a willingness to keep learning as the tooling changes

# Benefits

Hybrid working from our Docklands office, 17.5% leave loading, discounted health cover for you and your family, and extra wellbeing leave days.`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['MLE', 'AWS SageMaker', 'Deployment pipelines', 'Git', 'Docker', 'Model evaluation', 'DS', 'Python', 'MLflow', 'Feature engineering', 'CERT_AWS', 'Continuous learning'],
  },
  {
    id: 't18-a-22',
    title: 'Warehouse Team Leader - Afternoon Shift',
    company: 'Dunmarra Freight',
    location: 'Truganina VIC 3029',
    industry: 'Transport & Logistics',
    format: 'text',
    body: `# About the role

We're looking for an experienced Warehouse Team Leader to run the afternoon shift at our Truganina distribution centre. You'll lead a team of 20–25 pickers, forklift drivers and loaders handling ambient and chilled freight for our retail and FMCG customers.

# Key responsibilities

- Plan and allocate labour across inbound, pick and dispatch to hit shift targets
- Run pre-starts and keep the team safe: MHE, traffic management and chain of responsibility
- Monitor KPIs (pick rate, accuracy, DIFOT) in our WMS and act on the gaps
- Coach, train and performance-manage team members
- Resolve stock discrepancies and work with transport to get trucks out on time

# About you

- 2+ years leading a team in a warehouse or distribution centre
- LF forklift licence (LO desirable)
- Confident with WMS systems (Manhattan or similar) and Excel
- Strong communication and problem-solving skills
- Able to adapt quickly when volumes or priorities change mid-shift
- Available Monday to Friday, 2pm – 10:30pm

# What's on offer

- $78,000 – $84,000 + super + shift allowance
- Ongoing training and a clear path to Operations Supervisor
- On-site parking and a newly renovated staff room`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Communication', 'Problem-solving', 'Adaptability'],
  },
  {
    id: 't18-a-23',
    title: 'Computer Vision Engineer',
    company: 'Cirrovane',
    location: 'Brisbane, Queensland, Australia',
    format: 'raw',
    body: `<p>Cirrovane designs and manufactures optical sorting machines for recycling plants and food processors. Our machines use cameras, near-infrared sensors and air jets to separate plastics, paper and metals at up to six tonnes an hour, and they run in more than 300 facilities across Australia, New Zealand and Southeast Asia. Everything is engineered and built at our factory in Eagle Farm.</p><p>We're growing our vision team and need a Computer Vision Engineer to help our next generation of sorters recognise more materials, faster.</p><p><strong>What you'll do</strong></p><ul><li>Develop real-time detection and classification algorithms for objects moving on conveyors at 3–5 m/s</li><li>Train and deploy convolutional neural networks on hyperspectral and RGB images, and optimise them for our embedded GPUs</li><li>Collect and label image data at customer sites and in our test lab</li><li>Measure model accuracy on held-out material samples and track it in the field</li><li>Work with mechanical and electrical engineers to calibrate cameras, lighting and sensors</li></ul><p><strong>Requirements</strong></p><ul><li>Degree in computer science, electrical engineering, mechatronics or similar</li><li>3+ years in computer vision or machine vision</li><li>Strong C++ and Python; OpenCV</li><li>Experience with PyTorch or TensorFlow/Keras, and ONNX or TensorRT for deployment</li><li>Comfortable working on industrial hardware and travelling to customer sites (around 20%)</li></ul><p><strong>Benefits</strong></p><ul><li>$120,000 – $145,000 + super</li><li>Flexible start and finish times</li><li>Paid parental leave and an annual wellbeing allowance</li></ul>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['AU'],
    mentions: ['CVE', 'Neural networks', 'Model evaluation', 'C++', 'Python', 'PyTorch', 'TensorFlow', 'Keras'],
  },
  {
    id: 't18-a-24',
    title: 'Business Intelligence Analyst',
    company: 'Civicline',
    location: 'Surry Hills NSW 2010',
    format: 'double',
    body: `# About Civicline

Civicline makes smart parking technology for local councils. Our in-ground sensors, enforcement app and parking data platform help 70 councils across Australia and New Zealand manage kerbside space, reduce congestion and show residents which bays are free in real time.

# The role

We're hiring a Business Intelligence Analyst to help our council customers, and our own teams, make sense of the parking data our sensors produce. You'll report to the Head of Data and work closely with customer success and product.

# What you'll do

- Build and maintain customer-facing dashboards in Power BI Embedded showing occupancy, turnover and compliance
- Analyse the effect of new time limits and pricing on parking behaviour, including before-and-after studies and significance testing
- Prepare quarterly insight reports for council transport and parking managers
- Write SQL against our PostgreSQL and BigQuery data, and check sensor data for gaps and faults before it reaches reports
- Support sales with data for council tenders

# About you

- 2+ years in a BI, data analyst or reporting role
- Strong SQL and Power BI; Looker Studio experience is handy
- Able to tell a clear story with data to non-technical audiences
- Curious and eager to learn new tools and methods
- Local government or transport experience is a plus

# Benefits

$95,000 – $110,000 + super, hybrid working from our Surry Hills office, an extra day off for your birthday, and a learning budget of $1,500 a year.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['BIA', 'Power BI', 'Hypothesis testing', 'Data cleaning', 'Google Data Studio', 'Communication', 'Continuous learning'],
  },
  {
    id: 't18-a-25',
    title: 'Actuarial Analyst',
    company: 'Burrawang Life',
    location: 'Brisbane QLD 4000',
    industry: 'Insurance',
    format: 'escaped',
    body: `# About the role

Join our Pricing and Experience Analysis team as an Actuarial Analyst. You'll support the valuation and pricing of our retail and group life insurance products (death, TPD and income protection) and help the business understand how claims and lapse experience are moving.

# What you'll do

- Prepare quarterly experience studies on claims incidence, terminations and lapses
- Build and maintain pricing and valuation models in Excel, R and Prophet
- Fit GLMs to claims and lapse data and explain the results to senior actuaries
- Reconcile and clean policy and claims data extracts before each study
- Assist with APRA reporting and AASB 17 results
- Document methodology, assumptions and controls

# About you

- Degree in actuarial studies, mathematics, statistics or similar
- Progressing towards Fellowship of the Actuaries Institute (study support provided)
- 1–3 years of experience in life insurance or superannuation
- Strong R or Python skills and sound knowledge of probability and statistics
- A clear communicator with good attention to detail

# Benefits

Study leave and exam fees paid, competitive salary plus bonus, hybrid working, discounted life insurance, and a paid volunteering day each year.

We're an equal opportunity employer and welcome applications from people of all backgrounds.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['R', 'Regression', 'Communication', 'Data cleaning', 'Python', 'Probability'],
  },
  {
    id: 't18-a-26',
    title: 'Decision Scientist - Supply Chain',
    company: 'Dhanvi Fresh',
    location: 'Bengaluru, Karnataka',
    countryHints: ['IN'],
    format: 'raw',
    body: `<h2>About Dhanvi Fresh</h2>
<p>Dhanvi Fresh delivers groceries, fruit, vegetables and household essentials in under 20 minutes across 14 Indian cities from a network of 400+ dark stores. Millions of households order from our app every week.</p>
<h2>About the Role</h2>
<p>As a Decision Scientist on the Supply Chain Analytics team, you will help decide what every dark store stocks, how much, and when. You will work closely with category managers, operations leaders and our data engineers.</p>
<h2>Key Responsibilities</h2>
<ul>
<li>Build demand forecasts at SKU x store x hour level and quantify their uncertainty with probabilistic forecasts</li>
<li>Design replenishment and markdown policies for perishables and measure their impact through controlled store-level experiments</li>
<li>Segment stores and customers using clustering to tailor assortments</li>
<li>Translate analysis into clear recommendations for business leaders and track outcomes</li>
<li>Build self-serve dashboards in Tableau for category teams</li>
</ul>
<h2>Requirements</h2>
<ul>
<li>2-5 years of experience in analytics or data science, preferably in e-commerce, retail or quick commerce</li>
<li>Strong SQL and Python (Pandas, NumPy, statsmodels)</li>
<li>Good understanding of forecasting, experimentation and basic optimisation</li>
<li>Strong business sense and the ability to structure ambiguous problems</li>
<li>B.Tech / M.Tech / M.Sc. in a quantitative discipline</li>
</ul>
<p>Dhanvi Fresh is an equal opportunity employer.</p>`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: ['DS', 'DE', 'Probability', 'Hypothesis testing', 'Clustering', 'Communication', 'Tableau', 'Python', 'Pandas', 'NumPy', 'Business acumen', 'Problem-solving'],
  },
  {
    id: 't18-a-27',
    title: 'NLP Engineer (Indic Languages)',
    company: 'Ekatva Labs',
    location: 'Hyderabad, Telangana',
    format: 'div',
    body: `Ekatva Labs builds speech and language AI for India's languages. Our models power voice assistants, customer support bots and document search in 22 Indian languages for banks, telecom operators, e-commerce companies and government departments.

# Role overview

We are looking for an NLP Engineer to build and improve our text models for low-resource Indian languages, from tokenisation and transliteration to retrieval and instruction-tuned LLMs.

# Responsibilities

- Pre-train and fine-tune transformer language models for Hindi, Telugu, Tamil, Marathi, Bengali and other languages
- Build pipelines to collect, filter, deduplicate and clean web-scale text corpora
- Create benchmarks and run evaluations for translation, classification and question answering
- Experiment with RLHF and preference tuning for our assistant models
- Package models as scalable REST APIs with our platform team
- Publish and present work at ACL, EMNLP and Indian language workshops

# Requirements

- B.Tech/M.Tech/PhD in Computer Science or a related field
- 2+ years of hands-on NLP experience
- Strong Python and PyTorch; familiarity with Hugging Face, DeepSpeed or Megatron
- Working knowledge of linear algebra, calculus, probability and optimisation
- Fluency in at least one Indian language besides English is a strong plus
- Good communication skills

# What we offer

Competitive salary and ESOPs, health insurance for you and your parents, a GPU budget for your own experiments, and a flexible work policy.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['NLP_ENG', 'Neural networks', 'Data cleaning', 'Model evaluation', 'Reinforcement learning', 'APIs', 'Python', 'PyTorch', 'Linear algebra', 'Calculus', 'Probability', 'Communication'],
  },
  {
    id: 't18-a-28',
    title: 'Software Engineer II - Backend (Charging Platform)',
    company: 'Dhruvam Telesoft',
    location: 'Pune, Maharashtra, India',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Dhruvam Telesoft&lt;/strong&gt; builds the real-time charging and billing platform behind prepaid and postpaid plans for 30 mobile operators in India, Southeast Asia and Africa. Every recharge, data pack and roaming call on those networks passes through our software, more than 2 billion events a day.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;About the team&lt;/h3&gt;
&lt;p&gt;The Charging Core team owns the online charging system (OCS) that rates usage and debits balances in real time. We write Java services that must answer in single-digit milliseconds and never lose a rupee.&lt;/p&gt;
&lt;h3&gt;What you will do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Design and build low-latency Java (Spring Boot) services for rating, balance management and promotions&lt;/li&gt;
&lt;li&gt;Implement 5G converged charging interfaces and REST APIs for operators&#39; self-care apps&lt;/li&gt;
&lt;li&gt;Write unit, integration and regression tests, and keep our regression suite green&lt;/li&gt;
&lt;li&gt;Deploy to Kubernetes through our Jenkins pipelines and troubleshoot production issues with the SRE team&lt;/li&gt;
&lt;li&gt;Review code in Bitbucket and mentor junior engineers&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What we are looking for&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;3-6 years of backend development in Java&lt;/li&gt;
&lt;li&gt;Good grasp of data structures, concurrency and distributed systems&lt;/li&gt;
&lt;li&gt;Experience with Kafka, Redis and relational databases (PostgreSQL or Oracle)&lt;/li&gt;
&lt;li&gt;Familiarity with Docker and Kubernetes&lt;/li&gt;
&lt;li&gt;Telecom BSS/OSS or payments experience is a plus&lt;/li&gt;
&lt;li&gt;Strong problem-solving skills and clear communication&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Dhruvam Telesoft is an equal opportunity employer. We never charge candidates a fee at any stage of our recruitment process.&lt;/p&gt;&lt;/div&gt;`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Java', 'APIs', 'Kubernetes', 'Deployment pipelines', 'Git', 'Kafka', 'Docker', 'Problem-solving', 'Communication'],
  },
  {
    id: 't18-a-29',
    title: 'Power BI Developer',
    company: 'Covantara Technologies',
    location: 'Chennai, Tamil Nadu',
    industry: 'IT Services and IT Consulting',
    format: 'escaped',
    body: `Covantara Technologies is an IT services company with 4,500 people in Chennai, Coimbatore and Pune, delivering data, cloud and application services to clients in the US, UK and Australia.

# Job Description

We are hiring Power BI Developers for our Data & Analytics practice. You will design and deliver reporting solutions for global clients in manufacturing, insurance and retail.

# Responsibilities

- Gather reporting requirements from client stakeholders and convert them into data models and Power BI reports
- Develop interactive dashboards with DAX, Power Query and row-level security
- Build and schedule data refreshes from SQL Server, Azure Synapse and SharePoint sources
- Validate report numbers against source systems and fix data issues
- Publish content and manage workspaces and deployment pipelines in the Power BI Service
- Provide status updates to onsite coordinators and client teams

# Skills Required

- 3–6 years of experience in BI development, including at least 2 years in Power BI
- Strong SQL and data modelling (star schema)
- Exposure to Azure Data Factory; Tableau knowledge is an added advantage
- Good communication skills; ready to work in a shift overlapping UK hours
- Microsoft PL-300 certification preferred

# Notice Period

Immediate joiners to 30 days preferred.`,
    role: 'BIA',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Deployment pipelines', 'Tableau', 'Communication'],
  },
  {
    id: 't18-a-30',
    title: 'Research Scientist, Multimodal Models',
    company: 'Alderpoint AI',
    location: 'Singapore',
    format: 'raw',
    body: `<p style="min-height:1.5em"><strong>About Alderpoint</strong></p><p style="min-height:1.5em">Alderpoint is an AI research company building multilingual, multimodal foundation models for Southeast Asia. We train our own models from scratch, publish openly, and license our models to enterprises across the region.</p><p style="min-height:1.5em"><strong>About the role</strong></p><p style="min-height:1.5em">We're hiring Research Scientists to push the state of the art in vision-language and speech-language models for Southeast Asian languages. You'll lead research projects from idea to large-scale training run, working alongside our pretraining and infrastructure engineers.</p><p style="min-height:1.5em"><strong>You will</strong></p><ul><li><p style="min-height:1.5em">Design new architectures and training objectives for multimodal transformers</p></li><li><p style="min-height:1.5em">Run large-scale pretraining and post-training experiments (SFT, RLHF, DPO) on thousands of accelerators</p></li><li><p style="min-height:1.5em">Build rigorous evaluation suites for Thai, Vietnamese, Bahasa Indonesia, Malay, Tagalog and Burmese</p></li><li><p style="min-height:1.5em">Publish at top venues (NeurIPS, ICML, ICLR, ACL, CVPR) and release open weights</p></li></ul><p style="min-height:1.5em"><strong>You have</strong></p><ul><li><p style="min-height:1.5em">A PhD in machine learning, NLP, computer vision or a related field, or equivalent research experience</p></li><li><p style="min-height:1.5em">First-author publications at top ML venues</p></li><li><p style="min-height:1.5em">Deep experience with PyTorch or JAX and distributed training</p></li><li><p style="min-height:1.5em">Strong mathematical foundations in linear algebra, probability and optimisation</p></li><li><p style="min-height:1.5em">The ability to communicate research clearly, in writing and in talks</p></li></ul><p style="min-height:1.5em">We offer a competitive salary and equity, relocation support to Singapore, and generous compute for your research. Alderpoint is an equal opportunity employer.</p>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['ARS', 'Neural networks', 'Reinforcement learning', 'Model evaluation', 'PyTorch', 'Linear algebra', 'Probability', 'Communication'],
  },
  {
    id: 't18-a-31',
    title: 'Data Engineer',
    company: 'Cheswyn Logistics',
    location: 'Jurong East, Singapore',
    format: 'div',
    body: `Cheswyn Logistics is a third-party logistics provider with 1.2 million square feet of warehousing in Singapore, Malaysia and Indonesia. We handle contract warehousing, freight forwarding and cross-border trucking for electronics, chemicals and healthcare manufacturers.

# Job Description

As a Data Engineer in our Digital team, you will build the data platform that brings together our warehouse management, transport management and finance systems, so that operations and customers get one accurate view of inventory and shipments.

- Develop ETL/ELT pipelines from WMS, TMS and SAP into our Azure data lake
- Build and maintain data models in Azure Synapse and Databricks (PySpark)
- Integrate customer and carrier data through REST APIs and EDI
- Monitor data quality and fix duplicate or missing shipment records
- Support BI analysts with curated data sets for Power BI reporting

# Job Requirements

- Degree in Computer Science, Information Systems or equivalent
- At least 3 years of experience in data engineering
- Proficient in Python and SQL
- Experience with Azure Data Factory, Databricks or Spark; legacy Hadoop experience is a plus
- Knowledge of logistics or supply chain data is an advantage
- Good team player with strong communication skills

We regret that only shortlisted candidates will be notified.`,
    role: 'DE',
    sector: null,
    countries: ['SG'],
    mentions: ['DE', 'Apache Spark', 'APIs', 'Data cleaning', 'BIA', 'Power BI', 'Python', 'Communication', 'Hadoop'],
  },
  {
    id: 't18-a-32',
    title: 'Primary Class Teacher (Year 4)',
    company: 'Damarlane International School',
    location: 'Bukit Timah, Singapore',
    format: 'text',
    body: `Damarlane International School is a not-for-profit, co-educational school of 1,400 students aged 3 to 18, offering the English National Curriculum and the IB Diploma on our campus in Bukit Timah.

We are seeking an enthusiastic, UK-trained Primary Class Teacher to join our Year 4 team from August 2026.

# The successful candidate will

- Plan and deliver engaging lessons across the English National Curriculum for a class of up to 22 pupils
- Use assessment information to track progress and tailor teaching for pupils with a wide range of needs, including EAL learners
- Work closely with the Year 4 team, learning support and specialist teachers
- Keep in regular contact with parents through meetings, written reports and our online learning platform
- Contribute to the school's co-curricular programme

# Requirements

- Qualified Teacher Status (QTS) or equivalent, with a degree
- At least two years' primary teaching experience, ideally in Key Stage 2
- Excellent communication and interpersonal skills
- A commitment to your own professional development

# Package

Competitive salary, annual flights home, housing allowance, medical insurance, and tuition fees for up to two children.

Damarlane International School is committed to safeguarding and promoting the welfare of children. All appointments are subject to satisfactory background and reference checks.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Communication', 'Continuous learning'],
  },
  {
    id: 't18-a-33',
    title: 'Senior Data Scientist (Municipal Services)',
    company: 'Citywide Estates Agency',
    location: 'Singapore',
    format: 'html',
    body: `# About us

The Citywide Estates Agency is a statutory board under the Ministry of National Development. We coordinate the upkeep of public housing estates, town-wide infrastructure and municipal services, from lift maintenance and pest control to residents' feedback, working with town councils and other agencies.

# What the role is about

As a Senior Data Scientist in our Data Science and AI Division, you will use data from sensors, maintenance records and resident feedback to help agencies fix faults before residents notice them.

# What you will be working on

- Develop models to predict lift breakdowns and prioritise preventive maintenance
- Build text classification models that route municipal feedback cases to the right agency
- Apply geospatial analysis and clustering to find hotspots for issues such as dengue and illegal dumping
- Evaluate pilots through randomised controlled trials and quasi-experimental methods
- Deploy models on the Government Commercial Cloud with our ML engineers, following CI/CD practices
- Present findings to senior management and explain model limitations to operations teams

# What we are looking for

- Degree in Statistics, Computer Science, Data Science or a related field; a postgraduate degree is an advantage
- At least 5 years of relevant experience in data science or machine learning
- Proficiency in Python, including scikit-learn and pandas
- Experience with NLP and gradient boosting methods
- Good grasp of experimental design and statistical inference
- Strong communication skills and the ability to translate analysis into operational decisions

Only shortlisted candidates will be notified.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['DS', 'Clustering', 'Hypothesis testing', 'MLE', 'Deployment pipelines', 'Communication', 'Python', 'Scikit-learn', 'Pandas', 'Decision trees'],
  },
  {
    id: 't18-a-34',
    title: 'Applied Scientist, Search Ranking',
    company: 'Baywick Travel',
    location: 'Dublin, County Dublin, Ireland',
    format: 'raw',
    body: `<p><span style="color:#000000">Baywick is one of Europe's fastest-growing online travel companies. Eight million travellers a year use our website and app to book holiday packages, city breaks and hotels across 40 countries, and our Dublin headquarters is home to our product, engineering and data teams.</span></p><p style="min-height: 1.7em;"></p><p><span style="color:#000000">We're looking for an Applied Scientist to join the Search &amp; Discovery team, which decides what travellers see first when they search for a destination. Small changes to ranking here move millions of euro in bookings, and we test everything.</span></p><h4><strong><span style="color:#000000">What you'll do</span></strong></h4><ul><li><p><span style="color:#000000">Develop learning-to-rank models (LightGBM, neural rankers) for hotel and package search</span></p></li><li><p><span style="color:#000000">Engineer features from search sessions, prices, availability and reviews</span></p></li><li><p><span style="color:#000000">Evaluate models offline with NDCG and counterfactual methods before they reach traffic</span></p></li><li><p><span style="color:#000000">Design and analyse online A/B tests with our experimentation platform</span></p></li><li><p><span style="color:#000000">Work with ML engineers to ship models to our real-time ranking service</span></p></li></ul><p style="min-height: 1.7em;"></p><h4><strong><span style="color:#000000">What we're looking for</span></strong></h4><ul><li><p><span style="color:#000000">MSc or PhD in computer science, statistics, operations research or a related field</span></p></li><li><p><span style="color:#000000">3+ years building ranking, recommendation or search models in industry</span></p></li><li><p><span style="color:#000000">Strong Python and SQL; experience with Spark for large datasets</span></p></li><li><p><span style="color:#000000">A solid understanding of causal inference and experimentation</span></p></li><li><p><span style="color:#000000">Able to explain results and trade-offs to product managers and commercial teams</span></p></li></ul><p><span style="color:#000000">We offer a competitive salary, annual bonus, pension contribution, health insurance, hybrid working and a yearly travel credit. Baywick is an equal opportunity employer.</span></p>`,
    role: 'ARS',
    sector: null,
    countries: ['IE'],
    mentions: ['ARS', 'Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'MLE', 'Python', 'Apache Spark', 'Communication'],
  },
  {
    id: 't18-a-35',
    title: 'Senior Consultant, Data & Analytics Strategy',
    company: 'Dromlough Advisory',
    location: 'Cork, Co. Cork',
    industry: 'Management Consulting',
    format: 'double',
    body: `# Who we are

Dromlough is an independent Irish management consultancy. For 25 years we have helped boards and leadership teams in Ireland's public bodies, utilities and mid-sized companies make better decisions about strategy, operations and change.

# The opportunity

Our Data & Analytics practice is growing. We're looking for a Senior Consultant who can help clients work out what to do with their data: where analytics can make a real difference, what capabilities they need, and how to get there.

# What you'll do

- Lead data maturity assessments and analytics strategy engagements
- Run workshops with client executives and translate their priorities into a practical roadmap
- Shape business cases for data platforms, BI and AI initiatives, including hiring plans for data engineers, data scientists and BI analysts
- Help clients select technology (for example Power BI or Tableau, and cloud data platforms)
- Manage small project teams and contribute to proposals

# What you'll bring

- 5+ years in consulting, analytics or data leadership roles
- A strong understanding of how organisations create value from data, and the commercial awareness to build a credible business case
- Excellent communication and facilitation skills
- A structured approach to problem-solving
- Hands-on experience with SQL, Power BI or similar is a plus

# What we offer

Competitive salary and performance bonus, pension, private health insurance, 25 days' annual leave, hybrid working and a dedicated training budget with support for professional qualifications.

Dromlough Advisory is an equal opportunities employer.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['DE', 'DS', 'BIA', 'Power BI', 'Tableau', 'Business acumen', 'Communication', 'Problem-solving'],
  },
  {
    id: 't18-a-36',
    title: 'Machine Learning Engineer',
    company: 'Elvinstone Talent',
    location: 'Galway, Ireland',
    format: 'div',
    body: `**Machine Learning Engineer – Galway (Hybrid) – €85,000–€100,000 + bonus**

Elvinstone Talent is delighted to be partnering with a well-established, profitable client in Galway who are growing their in-house machine learning team. This is a newly created role with real ownership and the chance to shape how the business uses ML across its products.

# The role

- Design, build and deploy machine learning models from prototype through to production
- Build training and inference pipelines on AWS using SageMaker and Docker
- Work closely with data scientists, data engineers and product owners
- Monitor models in production and retrain when performance drifts
- Contribute to coding standards, code reviews and documentation

# The person

- 3+ years' experience as a Machine Learning Engineer or in a similar role
- Strong Python, with experience in scikit-learn and TensorFlow or PyTorch
- Solid understanding of regression, classification and tree-based methods
- Experience with Git and CI/CD
- Google Professional Machine Learning Engineer or an AWS ML certification is desirable
- A strong communicator who can work with non-technical stakeholders

# Package

- €85,000–€100,000 base plus 10% bonus
- Hybrid: 2 days a week in the Galway office
- Health insurance, pension and 25 days' annual leave

To hear more, apply now or contact Aoife on our Technology desk for a confidential chat. Elvinstone Talent is acting as an employment agency in relation to this vacancy.`,
    role: 'MLE',
    sector: null,
    countries: ['IE'],
    mentions: ['MLE', 'AWS SageMaker', 'Docker', 'DS', 'DE', 'Python', 'Scikit-learn', 'TensorFlow', 'PyTorch', 'Regression', 'Decision trees', 'Git', 'Deployment pipelines', 'CERT_GCP', 'Communication'],
  },
];
