// Test-set (test8) postings, part A: 36 English postings from fictional employers in the US, UK, India,
// Canada, Australia, Singapore and Germany, 24 with titles among the ten roles and 12 without. Employers
// describe themselves in their own words, a third of them at the end of the posting and about a quarter only
// through what they do. Ten bodies are raw board HTML (Workday, Greenhouse, Lever, SmartRecruiters, Ashby).
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a company made for one sector's
// businesses is in that sector, and null when the posting does not say or the business is in none of the seven.
//
// Role decisions (title only): Applied Scientist and Research Scientist at an AI company → AI Research
// Scientist; MLOps Engineer and ML Platform Engineer → Machine Learning Engineer; Decision Scientist → Data
// Scientist; BI Developer and Reporting & BI Analyst → Business Intelligence Analyst; Deep Learning Engineer →
// Deep Learning Specialist; Data Analyst, Actuarial Analyst, Solutions Engineer, Site Reliability Engineer,
// Policy Analyst and Software Engineer → null.
//
// Mention decisions: the posting's own role named in the body (including a title synonym such as "As an
// Applied Scientist" or "As BI Developer") and colleagues' roles ("our data engineers") are role mentions;
// team or field names ("data engineering", "the science team") are not. Learning or certification budgets in
// the benefits are not Continuous learning or certifications; "keep up with the research literature" and "a
// commitment to your own professional learning" are Continuous learning. Vertex AI is Google AI Platform.
// Hard cases: t8-a-26 (ICU nurse) "communicate clearly with patients, families and the team" is
// Communication and "adaptable and calm under pressure" Adaptability; t8-a-31 "communicate critical values to
// nurses and physicians" is Communication; t8-a-36 (computing teacher) names what students are taught —
// cleaning a dataset, a decision tree, charting with Matplotlib — and those are labelled; t8-a-21, t8-a-23
// "R&D" is not R; t8-a-29 has the board industry "Software Development" but the employer builds billing
// software for mobile and broadband operators (Telecommunications); t8-a-35 carries auto parts but is a
// haulier (null); t8-a-16 is remote anywhere in the EU with no country named ([]); t8-a-19 mentions a Toronto
// office but the job is in London.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST8_A: HoldoutCase[] = [
  {
    id: 't8-a-01',
    title: 'Senior Machine Learning Engineer, Fraud Detection',
    company: 'Northbarrow Bank',
    location: 'Minneapolis, MN',
    industry: 'Banking',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs, long US EEO paragraph.
    body: `<p><b>About Northbarrow</b></p><p>Northbarrow Bank has served farmers, families and small businesses across Minnesota, Iowa and the Dakotas since 1889. Today we hold $31 billion in deposits, run 140 branches and process about 9 million debit card transactions every week.</p><p>&nbsp;</p><p><b>Job Description</b></p><p>Our Fraud Strategy team is looking for a Senior Machine Learning Engineer to rebuild the real-time scoring service that reviews every card and ACH payment before it settles.</p><ul><li>Design, train and tune fraud models with XGBoost and PyTorch, using features computed from streaming transaction events in Kafka</li><li>Serve models behind low-latency REST APIs running on Kubernetes</li><li>Validate every model against holdout months and the current champion before release, and document the results for Model Risk Management</li><li>Automate training and release with Jenkins and keep all code in GitHub</li><li>Mentor two machine learning engineers and partner with fraud analysts and data scientists</li></ul><p><b>Required Qualifications</b></p><ul><li>Bachelor&#39;s degree in computer science, statistics or a related field and 6+ years of relevant experience</li><li>Expert Python; working knowledge of Java for our payment services</li><li>Experience with MLflow or a similar model registry</li></ul><p><b>Preferred Qualifications</b></p><ul><li>AWS Certified Machine Learning – Specialty</li><li>Experience in card fraud, AML or credit risk</li></ul><p>&nbsp;</p><p><b>Compensation</b></p><p>The base pay range for this position is $142,000.00 - $188,000.00 annually. Actual pay depends on skills, experience and location. This role is eligible for our annual incentive plan.</p><p><b>Benefits</b></p><p>Medical, dental and vision insurance; 401(k) with a 6% company match; 25 days of paid time off; paid parental leave; tuition reimbursement; and an employee assistance program.</p><p>&nbsp;</p><p>Northbarrow Bank is an Equal Opportunity Employer, including Disability/Veterans. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status. Member FDIC.</p>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Decision trees', 'PyTorch', 'Feature engineering', 'Kafka', 'APIs', 'Kubernetes', 'Model evaluation', 'Deployment pipelines', 'Git', 'MLE', 'DS', 'Python', 'Java', 'MLflow', 'CERT_AWS'],
  },
  {
    id: 't8-a-02',
    title: 'Data Scientist – Demand Forecasting',
    company: 'Quenda Grocers',
    location: 'Perth WA 6000',
    countryHints: ['AU'],
    format: 'html',
    body: `# The role
Every night our forecasts decide how much bread, milk, fruit and meat arrives at each store the next morning. Order too little and shelves are empty by lunchtime; order too much and it ends up in the bin. We are hiring a Data Scientist to make those forecasts sharper across 11,000 fresh lines.

# What you'll do
- Build and improve demand forecasting models in Python, from regression baselines to gradient-boosted trees with LightGBM
- Engineer features from weather, school holidays, promotions and local events
- Backtest forecasts against last season's sales and track forecast accuracy by category and store
- Chart what the model got wrong and why, and talk it through with buyers and replenishment teams
- Work closely with our data engineers on the pipelines that feed the models

# About you
- A degree in statistics, maths, econometrics or similar, and 2+ years building forecasts in industry
- Confident with pandas, NumPy and scikit-learn
- Sound probability and statistics; you know when a prediction interval matters more than a point forecast
- Experience with Spark is welcome

# What's in it for you
- Salary $125,000 – $140,000 plus super
- 10% off your shopping at any Quenda store
- Hybrid working from our Perth support office
- Paid parental leave and a purchased-leave scheme

# About Quenda Grocers
Quenda Grocers is a Western Australian supermarket chain with 96 stores from Kununurra to Albany. We buy from more than 400 local growers and producers and employ 9,500 team members.
Quenda Grocers is an equal opportunity employer. Aboriginal and Torres Strait Islander people are encouraged to apply.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['DS', 'Python', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Visualization', 'Communication', 'DE', 'Pandas', 'NumPy', 'Scikit-learn', 'Probability', 'Apache Spark'],
  },
  {
    id: 't8-a-03',
    title: 'Data Engineer II',
    company: 'Exe Valley Connect',
    location: 'Exeter, England, United Kingdom',
    format: 'raw',
    // Greenhouse `content`: the HTML entity-escaped, with intro and conclusion divs.
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Who we are&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We've laid 11,000 km of cable under the lanes and streets of Devon, Cornwall and Somerset so that 640,000 homes and farms can work, learn and stream without waiting for a page to load. When a connection drops, we want to know before the customer does.&lt;/p&gt;&lt;/div&gt;&lt;h2&gt;The role&lt;/h2&gt;&lt;p&gt;You'll join a team of five building the data platform behind our fault prediction, customer service and network build planning.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Build and run batch and streaming pipelines in Python and PySpark&lt;/li&gt;&lt;li&gt;Ingest line telemetry from our network through Kafka&lt;/li&gt;&lt;li&gt;Write data quality checks so that bad readings are caught before they reach a report&lt;/li&gt;&lt;li&gt;Orchestrate jobs with Airflow and deploy them with GitLab CI&lt;/li&gt;&lt;li&gt;Design well-documented tables for analysts, data scientists and the network planning team&lt;/li&gt;&lt;/ul&gt;&lt;h2&gt;What we're looking for&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;2+ years as a data engineer&lt;/li&gt;&lt;li&gt;Strong SQL and Python&lt;/li&gt;&lt;li&gt;Experience with Docker; Kubernetes is a bonus&lt;/li&gt;&lt;li&gt;You explain technical trade-offs clearly to people who aren't engineers&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;&lt;strong&gt;Salary:&lt;/strong&gt; £48,000 – £58,000 depending on experience&lt;/p&gt;&lt;p&gt;27 days' holiday plus bank holidays, a 7% matched pension, free broadband at home &amp; hybrid working from our Exeter office.&lt;/p&gt;&lt;p&gt;We're committed to building a team that reflects the communities we serve. If you need any adjustments during the application process, let us know.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Python', 'Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'DE', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't8-a-04',
    title: 'Machine Vision Engineer (m/f/d)',
    company: 'Ostholm Abfülltechnik GmbH',
    location: 'Hamburg',
    countryHints: ['DE'],
    format: 'div',
    body: `# Your mission
Help our customers' filling lines catch every crooked cap, under-filled bottle and torn label before it leaves the line, at 60,000 containers an hour.

# Who we are
Ostholm designs and builds filling, capping and labelling machines for breweries, dairies and juice producers. About 1,300 machines from our plant in Hamburg-Harburg are running in 70 countries. The working language in our engineering department is English.

# What you will do
- Develop inspection software for our camera modules in C++ and Python, using OpenCV and Halcon
- Train CNN-based defect classifiers in PyTorch when rule-based inspection reaches its limits
- Build test sets from customer images and measure false reject rates before each software release
- Commission vision systems at customer sites (about 20% travel)
- Document interfaces for our PLC programmers and robotics engineers

# Your profile
- Master's degree in computer science, electrical engineering, physics or similar
- 3+ years in industrial image processing
- Solid linear algebra and camera geometry (calibration, projections)
- Good English; German is helpful but not required

# What we offer
30 days' holiday, flexible working hours, a company pension, bike leasing, a subsidised canteen and a permanent contract under the metalworking collective agreement.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['C++', 'Python', 'Neural networks', 'PyTorch', 'Model evaluation', 'ROBO', 'Linear algebra'],
  },
  {
    id: 't8-a-05',
    title: 'Senior NLP Engineer, Clinical Documentation',
    company: 'Scribewell',
    location: 'Remote (United States)',
    format: 'raw',
    // Ashby descriptionHtml: styled <p> and <li><p> blocks; about-us at the end.
    body: `<p style="min-height:1.5em">Clinicians spend two hours on paperwork for every hour with patients. Our product listens to a visit (with the patient&#39;s consent) and drafts the note, the orders and the billing codes for the clinician to review. As a Senior NLP Engineer you&#39;ll own the models that turn a messy conversation into a note a physician is willing to sign.</p><p style="min-height:1.5em"><strong>What you&#39;ll do</strong></p><ul style="min-height:1.5em"><li><p style="min-height:1.5em">Fine-tune and distil transformer models for summarisation and medical entity extraction in PyTorch</p></li><li><p style="min-height:1.5em">Build evaluation sets with our clinician annotators and measure factual errors per note section</p></li><li><p style="min-height:1.5em">Clean and de-identify transcripts before they are used for training</p></li><li><p style="min-height:1.5em">Ship models as containerised services (Docker, Kubernetes) with the machine learning engineers on our platform team</p></li><li><p style="min-height:1.5em">Write clearly: design docs, model cards and the occasional explanation for a hospital&#39;s compliance team</p></li></ul><p style="min-height:1.5em"><strong>You might be a fit if</strong></p><ul style="min-height:1.5em"><li><p style="min-height:1.5em">You have 5+ years building language systems in production, with strong Python</p></li><li><p style="min-height:1.5em">You&#39;ve worked with speech transcripts or clinical text</p></li><li><p style="min-height:1.5em">You care about failure modes more than leaderboard scores</p></li><li><p style="min-height:1.5em">Bonus: experience with HIPAA-regulated data</p></li></ul><p style="min-height:1.5em"><strong>Compensation &amp; benefits</strong></p><p style="min-height:1.5em">$185K – $225K + equity. Medical, dental and vision (100% covered for you, 80% for dependents), 401(k), 16 weeks of paid parental leave, a home office stipend and quarterly in-person weeks.</p><p style="min-height:1.5em"><strong>About Scribewell</strong></p><p style="min-height:1.5em">Scribewell builds ambient documentation software for hospitals and physician groups. It is live in 230 hospitals and clinics across 31 states, from rural critical access hospitals to academic medical centers. We&#39;re a team of 140, and about a quarter of us have worked as clinicians.</p><p style="min-height:1.5em">Scribewell is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, marital status, veteran status or disability status.</p>`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['NLP_ENG', 'Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'Docker', 'Kubernetes', 'MLE', 'Communication', 'Python'],
  },
  {
    id: 't8-a-06',
    title: 'Applied Scientist, Search Ranking',
    company: 'Maplecraft Market',
    location: 'Vancouver, British Columbia, Canada',
    format: 'escaped',
    body: `# About Maplecraft
Maplecraft Market is an online marketplace where 2.4 million shoppers buy handmade furniture, pottery, clothing and food from 85,000 independent makers across Canada and the northern US. We take a small commission on each sale and handle payments and shipping labels for our makers.

# What you'll work on
As an Applied Scientist on the Search team you'll decide which of 6 million listings a shopper sees first.
- Research and build learning-to-rank models, from gradient-boosted trees to two-tower neural networks for retrieval
- Design online A/B tests and interleaving experiments, and read them out honestly
- Build offline evaluation with NDCG and click models so we can compare rankers before they go live
- Derive features from listings, photos and shopper behaviour
- Write internal papers and present results to product and engineering leads

# What you bring
- PhD or MSc in computer science, statistics or a related field, or equivalent industry experience
- Strong Python and experience with PyTorch or TensorFlow
- Solid foundations in probability and linear algebra
- Experience with Spark for large-scale training data is a plus

# Compensation and benefits
The salary range for this role in Vancouver is CA$150,000 – CA$190,000 plus RSUs. Extended health & dental, RRSP matching, a $1,000 annual wellness account and a monthly credit to spend with Maplecraft makers.
Maplecraft is committed to employment equity and accessible hiring. Tell us about any accommodations you need & we'll make them.`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['ARS', 'Decision trees', 'Neural networks', 'Hypothesis testing', 'Model evaluation', 'Feature engineering', 'Communication', 'Python', 'PyTorch', 'TensorFlow', 'Probability', 'Linear algebra', 'Apache Spark'],
  },
  {
    id: 't8-a-07',
    title: 'BI Developer (Power BI) – Grade 8',
    company: 'Pimbrook Borough Council',
    location: 'Preston, Lancashire',
    countryHints: ['GB'],
    format: 'text',
    body: `# About the council
Pimbrook Borough Council provides services to 148,000 residents: bin collections, council tax, housing, planning, parks, leisure centres and support for families. We are an accredited Living Wage employer.

# The role
Our Business Intelligence team is small and busy. As BI Developer you will build the reports that councillors, service managers and the public rely on, from housing waiting lists to missed bin collections.

# Key responsibilities
- Design, build and maintain Power BI reports and data models
- Write SQL against our data warehouse and the line-of-business systems behind it
- Check and correct data from housing, revenues and waste systems, and agree fixes with the services that own it
- Present findings to service managers and committees in plain English
- Keep report definitions and SQL scripts under version control

# Person specification
- Experience building Power BI reports with DAX
- Good SQL skills
- Able to prioritise when several services want something by Friday
- Experience with Python or R would be useful but is not essential

# Salary and conditions
Grade 8: £37,938 – £41,511. 37 hours per week. Local Government Pension Scheme. Hybrid working, usually two days a week at the Civic Centre.

Pimbrook Borough Council is committed to equality and diversity. We guarantee an interview to disabled applicants and care leavers who meet the essential criteria. This post is subject to a basic DBS check.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Git', 'Python', 'R'],
  },
  {
    id: 't8-a-08',
    title: 'Product Manager, AI (Tillerdesk Assist)',
    company: 'Tillerdesk',
    location: 'Singapore',
    format: 'raw',
    // Lever: description divs, then <h3> + <ul> list sections, then the closing "additional" block.
    body: `<div><span style="font-size: 16px">Tillerdesk Assist is the AI agent inside our help desk. It reads a customer&#39;s message, looks up the answer in the company&#39;s help centre and past tickets, and either replies or hands over to a human with a summary. It now resolves about 38% of the tickets it sees. We&#39;re looking for someone to own what it does next.</span></div><div><br></div><div><h3>What you&#39;ll own</h3><ul><li>The Assist roadmap: which new actions it can take, which languages it speaks, and where it should not answer at all</li><li>Evaluation: with our ML engineers, define the test suites and quality bars that every model or prompt change must pass before release</li><li>Talking to support leaders at our customers every week</li><li>Pricing and packaging, with sales and finance</li></ul></div><div><h3>What you&#39;ll bring</h3><ul><li>4+ years in product management for B2B SaaS, including at least one shipped ML or LLM product</li><li>Comfort reading the numbers yourself: SQL, and a notebook if you need one</li><li>You write clearly and can explain a model&#39;s limits to a customer&#39;s head of support</li><li>Commercial sense: you can size a market and defend a price</li></ul></div><div><div>Salary range S$170,000 – S$210,000 plus equity. 21 days of annual leave, medical and dental coverage, flexible hours and a learning budget of S$2,000 a year.</div><div><br></div><div><b>About us</b></div><div>Tillerdesk makes help desk software used by 14,000 companies, from online shops and airlines to universities and game studios. Our team of 600 works from Singapore, Kuala Lumpur and Lisbon.</div><div><br></div><div>Tillerdesk is an equal opportunity employer. We do not discriminate on the basis of race, religion, gender, sexual orientation, age, marital status, disability or nationality.</div></div>`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['Model evaluation', 'MLE', 'Communication', 'Business acumen'],
  },
  {
    id: 't8-a-09',
    title: 'MLOps Engineer',
    company: 'Chillar Pay',
    location: 'Bengaluru, Karnataka',
    format: 'double',
    body: `# Who we are
At Chillar, a soundbox on the counter and an app let 2.1 million kirana stores, chai stalls and chemists take money from any UPI app and see it in their bank account the next morning. When a shopkeeper needs stock before Diwali, we advance working capital against their daily sales.

# About the role
Our risk and credit models decide in milliseconds whether a transaction looks wrong and how much a merchant can borrow. You will build the platform that trains, ships and watches those models.
- Own our training and serving stack on AWS: SageMaker pipelines and endpoints, EKS
- Set up MLflow tracking and a model registry, and move teams off notebooks-on-laptops
- Build CI/CD with GitHub Actions so a data scientist can ship a model with a pull request
- Monitor drift, latency and model performance in production, and alert when they degrade
- Package services with Docker and manage infrastructure as code with Terraform

# What we're looking for
- 3–7 years in DevOps or platform engineering, with at least one year close to ML
- Strong Python and shell; comfortable on Kubernetes
- A problem-solver who enjoys finding why a pipeline failed at 3 a.m.
- AWS certification is a plus

# Perks
Health insurance for you, your spouse, children and parents; ESOPs; 24 days of leave; a hybrid week at our Koramangala office; lunch on us.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['AWS SageMaker', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Git', 'DS', 'Model evaluation', 'Docker', 'Python', 'Problem-solving'],
  },
  {
    id: 't8-a-10',
    title: 'Decision Scientist, Member Retention',
    company: 'Bluebonnet Athletic Clubs',
    location: 'Austin, TX',
    format: 'html',
    body: `# The role
Why do members quit in their third month, and what would make them stay? As our first Decision Scientist you will answer questions like these with data and help leaders decide what to change: class schedules, pricing, the onboarding program, staffing at the front desk.

# What you will do
- Build churn models with logistic regression and survival analysis
- Segment members by how they actually use the clubs, with clustering
- Design experiments with club managers, including A/B tests of offers in our app
- Visualize results in Tableau and present recommendations to the leadership team
- Partner with our data engineer on reliable member tables

# What you bring
- 3+ years of analytics experience
- R or Python, and SQL
- Strong business sense: you can translate a retention curve into dollars
- Curiosity and critical thinking; you push back when the data does not support the story

# Pay and perks
$115,000 – $135,000 base + bonus. Free membership for you and one guest, medical, dental and vision plans, 401(k) with match, 15 days PTO plus holidays.

# About Bluebonnet
Bluebonnet Athletic Clubs runs 34 gyms across Texas and Oklahoma, with pools, climbing walls, group classes and childcare. Our 280,000 members range from competitive swimmers to retirees doing water aerobics.
Bluebonnet is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, genetic information or veteran status.`,
    role: 'DS',
    sector: null,
    countries: ['US'],
    mentions: ['DS', 'Regression', 'Clustering', 'Hypothesis testing', 'Visualization', 'Tableau', 'Communication', 'DE', 'R', 'Python', 'Business acumen', 'Critical thinking'],
  },
  {
    id: 't8-a-11',
    title: 'Robotics Software Engineer – Manipulation',
    company: 'Graspwell Robotics',
    location: 'Pittsburgh, PA, United States',
    format: 'raw',
    // SmartRecruiters jobAd: Company Description, Job Description, Qualifications, Additional Information.
    body: `<h3>Company Description</h3><p>We build robot arms that pick mixed items out of totes in warehouses – toothpaste, phone cases, socks, bottles – at 1,100 picks an hour without a human touching them. More than 400 of our arms are at work in distribution centers across North America and Europe, and every one is assembled and tested in our Pittsburgh factory.</p><h3>Job Description</h3><p>As a Robotics Software Engineer on the Manipulation team you&#39;ll write the code that plans how an arm reaches into a cluttered tote, grasps an item it has never seen and places it without dropping it.</p><ul><li>Develop motion planning and grasp selection in C++ and Python on ROS 2</li><li>Train grasp-success models with our perception team and run them on the robot</li><li>Use reinforcement learning in simulation to improve pick strategies before they run on real cells</li><li>Write unit and hardware-in-the-loop tests; every merge runs through our CI</li><li>Review failed picks from the fleet with our field service team</li></ul><h3>Qualifications</h3><ul><li>BS/MS in robotics, mechanical engineering, computer science or similar</li><li>3+ years writing production C++</li><li>Strong grasp of linear algebra, kinematics and 3D geometry</li><li>Experience with PyTorch is a plus</li></ul><h3>Additional Information</h3><p>Base salary: $130,000 – $165,000, plus equity. Medical, dental and vision, a 401(k) with 4% match and relocation support. This role is on-site five days a week in our Lawrenceville lab.</p><p>Graspwell Robotics is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or protected veteran status.</p>`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Python', 'Reinforcement learning', 'Deployment pipelines', 'Linear algebra', 'PyTorch'],
  },
  {
    id: 't8-a-12',
    title: 'Deep Learning Engineer – Chest Imaging',
    company: 'Netravue AI',
    location: 'Hyderabad, Telangana, India',
    locations: ['Hyderabad, Telangana, India', 'Singapore'],
    format: 'escaped',
    body: `# About Netravue
Netravue builds AI software that reads chest X-rays and CT scans alongside radiologists. Our products are cleared in India, Singapore and the EU and read more than 90,000 scans a day in 600 hospitals and diagnostic centres.

# The role
- Design and train convolutional and transformer-based networks that detect lung nodules, TB and fractures
- Work in PyTorch on multi-GPU clusters, and export models with ONNX for hospital servers
- Evaluate sensitivity and specificity on multi-site test sets and prepare the evidence for regulatory filings
- Curate training data with our radiologists: resolve label disagreements, remove duplicate studies and fix mislabelled images
- Keep up with the research literature and bring the useful ideas into the product

# Requirements
- M.Tech, MS or PhD in computer science, electrical engineering or similar
- 3+ years training deep networks on images, preferably medical
- Excellent Python; NumPy and OpenCV
- Experience with Docker and Git

# Benefits
Competitive salary and ESOPs, health insurance for your family, relocation support between our Hyderabad and Singapore offices, and 25 days of leave.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['IN', 'SG'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'Continuous learning', 'Python', 'NumPy', 'Docker', 'Git'],
  },
  {
    id: 't8-a-13',
    title: 'Senior Data Engineer – Network Analytics',
    company: 'Gumleaf Mobile',
    location: 'Melbourne, Victoria, Australia',
    industry: 'Telecommunications',
    format: 'div',
    body: `# The opportunity
Our network throws off 12 billion events a day: cell handovers, dropped calls, data sessions, tower alarms. The Network Analytics squad turns them into the tables our radio engineers use to plan upgrades and find faults. We're looking for a Senior Data Engineer to lead the move from nightly batch to near real time.

# What you'll do
- Design streaming pipelines with Kafka and Spark Structured Streaming on AWS
- Retire the last Hadoop jobs on our on-premises cluster
- Set standards for testing, code review and CI/CD across the squad
- Model data for analysts and data scientists, and build data quality checks that alert before anyone notices a gap
- Coach two mid-level engineers

# About you
- 6+ years of data engineering, 2+ in streaming
- Strong Python or Scala, and SQL you're proud of
- A clear communicator who can talk a design through with engineers and non-engineers alike
- Adaptable: priorities change when the network has a bad day

# Benefits
Hybrid work, 18 weeks' paid parental leave, a free mobile plan, discounted devices and an extra day of leave for your birthday.

# Who we are
Every day 6.5 million Australians make calls, stream and tap to pay over Gumleaf's 8,000 sites, from the Pilbara to Hobart. In the last five years we have switched on coverage in more regional towns than anyone else.
Gumleaf is an equal opportunity employer and welcomes applications from Aboriginal and Torres Strait Islander people, people with disability and people of all ages, genders and backgrounds.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Hadoop', 'Deployment pipelines', 'DS', 'Data cleaning', 'Python', 'Communication', 'Adaptability'],
  },
  {
    id: 't8-a-14',
    title: 'Business Intelligence Analyst',
    company: 'Prairie Crossing Health Centre',
    location: 'Winnipeg, MB',
    format: 'div',
    body: `# About us
Prairie Crossing Health Centre is a 410-bed hospital serving Winnipeg's south end and 14 rural communities. Our emergency department sees 70,000 visits a year, and our teams also run dialysis, maternity and mental health programs.

# Position summary
Reporting to the Director of Decision Support, the Business Intelligence Analyst turns data from our patient administration, emergency and surgical systems into reports that help managers plan beds, staff and operating room time.

# Responsibilities
- Build and maintain Power BI and Tableau reports for clinical and corporate programs
- Write SQL to extract and join data from the hospital's systems
- Validate data against source systems and work with unit clerks to correct errors at the source
- Visualize patient flow in ways a charge nurse can read at a glance
- Respond to data requests from managers and present findings at program meetings

# Qualifications
- Degree in health informatics, statistics, computer science or a related field
- Two years of experience in reporting or analytics, preferably in health care
- Knowledge of Python or R is an asset
- Strong problem-solving and critical thinking skills

# Compensation
Salary range: $72,418 – $89,964 per year, under the applicable collective agreement. Comprehensive health benefits, a defined benefit pension plan and four weeks' vacation.
We are committed to an inclusive, barrier-free workplace. If you need an accommodation at any stage of hiring, please tell the recruiter.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['BIA', 'Power BI', 'Tableau', 'Data cleaning', 'Visualization', 'Communication', 'Python', 'R', 'Problem-solving', 'Critical thinking'],
  },
  {
    id: 't8-a-15',
    title: 'Computer Vision Engineer, Traffic Analytics',
    company: 'Civitrack Systems',
    location: 'Singapore',
    format: 'html',
    body: `# The role
We are hiring a Computer Vision Engineer to improve how our cameras count, classify and track vehicles, cyclists and pedestrians at junctions, in rain and at night.

# About Civitrack
Civitrack makes the software that road authorities in 19 cities use to time traffic lights, spot incidents and plan bus priority. Our sensors watch 6,000 junctions from Singapore to Auckland, and the cities we work for use the counts to decide where the next bus lane or crossing goes.

# What you'll do
- Train and optimise detection and tracking networks (YOLO-style CNNs, transformers for re-identification) in PyTorch
- Deploy models to roadside edge devices with Docker, and to the cloud on Kubernetes
- Build evaluation sets from hard cases (glare, heavy rain, occlusion) and report accuracy per junction type
- Work with our traffic engineers and the city transport teams we serve

# Requirements
- 3+ years of computer vision in production
- Strong Python and C++
- Familiarity with camera calibration and multi-object tracking

# Benefits
Competitive salary, annual wage supplement, a flexible benefits account, dental and outpatient coverage, and 20 days' leave.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'Docker', 'Kubernetes', 'Model evaluation', 'Python', 'C++'],
  },
  {
    id: 't8-a-16',
    title: 'ML Platform Engineer',
    company: 'Quellstream',
    location: 'Remote – EU',
    format: 'raw',
    // Greenhouse `content`, entity-escaped; about-us inside the conclusion div.
    body: `&lt;h2&gt;About the role&lt;/h2&gt;&lt;p&gt;Quellstream's customers train and serve thousands of models on our platform every day. You'll work on the part that makes that feel easy: managed training jobs, the model registry and one-click deployment.&lt;/p&gt;&lt;h2&gt;What you'll do&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Build and run our Kubeflow-based training service on Kubernetes across three clouds&lt;/li&gt;&lt;li&gt;Extend our MLflow integration so experiments, models and lineage land in one place&lt;/li&gt;&lt;li&gt;Design public REST and gRPC APIs for model deployment, and keep them backwards compatible&lt;/li&gt;&lt;li&gt;Own CI/CD for the ML platform services&lt;/li&gt;&lt;li&gt;Write reference docs and examples for our users' machine learning engineers&lt;/li&gt;&lt;/ul&gt;&lt;h2&gt;What we're looking for&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;5+ years in backend or platform engineering, 2+ with ML infrastructure&lt;/li&gt;&lt;li&gt;Go or Python; Docker and Kubernetes in production&lt;/li&gt;&lt;li&gt;Experience with SageMaker, Vertex AI or Azure Machine Learning, which helps you understand our users&lt;/li&gt;&lt;li&gt;You keep learning: ML tooling changes every year and so do we&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;h2&gt;Where and how&lt;/h2&gt;&lt;p&gt;This is a fully remote role for people living in the European Union. We meet in person twice a year.&lt;/p&gt;&lt;p&gt;Salary: €95,000 – €120,000 + stock options, 30 days' holiday, a home-office budget &amp; a yearly learning budget.&lt;/p&gt;&lt;h2&gt;About Quellstream&lt;/h2&gt;&lt;p&gt;Quellstream is a cloud data and machine learning platform. Engineers at 1,800 companies use it to store data, run pipelines and serve models without running their own clusters. We're 420 people in 22 countries.&lt;/p&gt;&lt;p&gt;We welcome applicants of every background. If you need any accommodations, tell your recruiter.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: [],
    mentions: ['Kubeflow', 'Kubernetes', 'MLflow', 'APIs', 'Deployment pipelines', 'MLE', 'Python', 'Docker', 'AWS SageMaker', 'Google AI Platform', 'Microsoft Azure ML', 'Continuous learning'],
  },
  {
    id: 't8-a-17',
    title: 'Lead Data Scientist – Underwriting',
    company: 'Forthbridge Mutual',
    location: 'Edinburgh, Scotland',
    format: 'text',
    body: `# Who we are
Forthbridge Mutual has insured homes, farms and small businesses in Scotland and the north of England since 1864. We are owned by our 700,000 members, not by shareholders, so every pound we save comes back to them.

# The role
You'll lead a team of four data scientists building the pricing and underwriting models for our home and farm policies.

# What you'll do
- Build and challenge GLMs and gradient boosting models for claim frequency and severity
- Validate models on out-of-time data and present the results to our pricing committee, and to the regulator when asked
- Make sure the data going into every model has been checked and cleaned, and document what was changed
- Engineer rating factors from property, flood and weather data
- Grow the team's habits in Python, Git and reproducible code
- Work alongside actuaries, underwriters and the claims team

# About you
- Experience leading modelling work in general insurance
- Python or R, and solid statistics: regression, probability and hypothesis testing
- Able to explain a model's behaviour to underwriters and to a board
- Commercially minded

# What we offer
£85,000 – £100,000, a 12% non-contributory pension, 30 days' leave plus public holidays, private medical cover and a discount on Forthbridge policies.

Forthbridge Mutual is an equal opportunities employer. We are happy to talk about flexible working.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Model evaluation', 'Communication', 'Data cleaning', 'Feature engineering', 'Python', 'Git', 'R', 'Probability', 'Hypothesis testing', 'Business acumen'],
  },
  {
    id: 't8-a-18',
    title: 'NLP Engineer – Customer Enquiries',
    company: 'Tarrawing Shire Council',
    location: 'Geelong VIC 3220',
    countryHints: ['AU'],
    format: 'double',
    body: `# About us
Tarrawing Shire Council looks after 92,000 residents across coastal towns and farming districts west of Geelong. We maintain 1,900 km of roads, collect kerbside waste, issue planning permits, run libraries and support families and older residents.

# About the role
Residents contact us 300,000 times a year by email, web form and phone. Many of those messages land with the wrong team and wait days for an answer. As NLP Engineer, you will build the language models that read each enquiry, route it to the right team and suggest a reply from our knowledge base.

# Key responsibilities
- Fine-tune transformer models to classify and route enquiries
- Build and maintain retrieval over council policies and service pages
- Evaluate routing accuracy each month and report it to the Customer Experience Manager
- Remove personal information and duplicate messages from training data
- Publish models as APIs that our customer request system can call

# Key selection criteria
- Degree in computer science, linguistics or a related field
- Python and Hugging Face experience
- Clear written and verbal communication
- Microsoft Azure AI Engineer Associate certification, or willingness to obtain it within 12 months

# Salary and conditions
Band 7: $104,806 – $115,200 + 11.5% superannuation. 38-hour week, a nine-day fortnight option and salary packaging.
Tarrawing Shire Council is a child safe organisation. The successful applicant will need a current Working with Children Check and a National Police Check.`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'Python', 'Communication', 'CERT_AZ'],
  },
  {
    id: 't8-a-19',
    title: 'Research Scientist, Reinforcement Learning',
    company: 'Everwhirl Research',
    location: 'London, UK (Hybrid)',
    format: 'raw',
    // Ashby descriptionHtml; about-us at the end.
    body: `<p style="min-height:1.5em">We train agents that learn to operate software the way people do: reading a screen, planning a sequence of steps and recovering when something goes wrong. As a Research Scientist on the Agents team you&#39;ll help set research direction and run the experiments that test it.</p><p style="min-height:1.5em"><strong>What you&#39;ll do</strong></p><ul style="min-height:1.5em"><li><p style="min-height:1.5em">Design reinforcement learning methods for long-horizon tasks, from reward modelling to offline RL</p></li><li><p style="min-height:1.5em">Train large transformer policies in PyTorch and JAX on thousands of accelerators</p></li><li><p style="min-height:1.5em">Build benchmarks that measure what agents can really do, and compare methods honestly</p></li><li><p style="min-height:1.5em">Publish at top venues when it serves the work, and share results with the whole company every week</p></li></ul><p style="min-height:1.5em"><strong>Who you are</strong></p><ul style="min-height:1.5em"><li><p style="min-height:1.5em">PhD in machine learning or a related field, or an equivalent research track record</p></li><li><p style="min-height:1.5em">Publications in RL, planning or large-scale learning</p></li><li><p style="min-height:1.5em">Fluent in Python and at home with the maths: linear algebra, probability, calculus</p></li><li><p style="min-height:1.5em">Good taste in problems, and the critical thinking to drop an idea that isn&#39;t working</p></li></ul><p style="min-height:1.5em"><strong>Compensation</strong></p><p style="min-height:1.5em">£160,000 – £240,000 base + meaningful equity. Private health cover, 30 days&#39; holiday, a 6% pension, visa sponsorship and relocation to London.</p><p style="min-height:1.5em"><strong>About Everwhirl</strong></p><p style="min-height:1.5em">Everwhirl is an AI research company of 90 people in London and Toronto. We build general-purpose agents and license them to businesses of every kind. We were founded by researchers who wanted to do long-horizon work with the resources of a company.</p><p style="min-height:1.5em">Everwhirl is committed to equal opportunity. Tell us if you need adjustments at any stage.</p>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['ARS', 'Reinforcement learning', 'Neural networks', 'PyTorch', 'Model evaluation', 'Communication', 'Python', 'Linear algebra', 'Probability', 'Calculus', 'Critical thinking'],
  },
  {
    id: 't8-a-20',
    title: 'Senior AI Product Manager – Personalisation',
    company: 'Zarikaa',
    location: 'Bengaluru, India',
    format: 'div',
    body: `# Who we are
Every day Zarikaa packs and ships 45,000 orders of kurtas, sneakers, sarees and handbags to customers in 19,000 pin codes, and takes back the ones that don't fit. Our app has 30 million monthly users and a catalogue of 1.6 million styles from 4,000 brands.

# The role
You will own personalisation across the app: the home feed, "similar styles", size recommendations and push notifications. You'll work with a team of 12 data scientists and machine learning engineers.
- Set the roadmap and define success metrics for each model-driven feature
- Plan and read A/B tests with the experimentation team, and decide what ships
- Define, with the science team, how models are evaluated offline before they reach an experiment
- Explain trade-offs to category heads and leadership in plain language

# What you need
- 6+ years in product management, 3+ on recommendation, search or ML products
- Enough SQL and Python to check a number yourself
- Strong commercial instincts: you know what a 1% lift in conversion is worth
- Comfortable with ambiguity and with priorities that change in a fast-moving business

# Benefits
Medical cover for your family, ESOPs, 30% off on Zarikaa, flexible hours and a relocation bonus.`,
    role: 'AIPM',
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: ['DS', 'MLE', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Python', 'Business acumen', 'Adaptability'],
  },
  {
    id: 't8-a-21',
    title: 'Reporting & BI Analyst',
    company: 'Essex County Metalform',
    location: 'Windsor, ON',
    format: 'escaped',
    body: `# What you'll do
Our plant managers start every shift by looking at yesterday's scrap, downtime and on-time delivery. You will make sure those numbers are right and that they tell the story quickly.
- Build and maintain Power BI reports on production, quality and delivery performance
- Pull data from our MES, ERP and maintenance systems with SQL
- Find and fix data errors with the shift supervisors who enter them
- Automate monthly KPI packs that today take a week of Excel
- Support the continuous improvement team with ad hoc analysis

# What you bring
- College diploma or degree in business, engineering or IT
- 2+ years in reporting or BI, ideally in a plant
- Advanced Excel and Power BI (DAX, Power Query); some Python is a plus
- Attention to detail and the patience to chase a number back to its source

# What we offer
Competitive pay, RRSP matching, group benefits from day one, a safety boot allowance and a day shift with no rotations.

# Who we are
In our two plants on the Detroit River we stamp, weld and assemble door frames, roof panels and battery trays for four vehicle assembly plants in Ontario and Michigan. We are 1,100 people running 24 presses and 300 welding robots, family-owned since 1974, and our R&D team tests new lightweight alloys with our customers.
Essex County Metalform is committed to accessible employment. Accommodations for applicants with disabilities are available on request.`,
    role: 'BIA',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['Power BI', 'Data cleaning', 'Python'],
  },
  {
    id: 't8-a-22',
    title: 'Data Engineer – 12 Month Contract',
    company: 'Saltwharf Talent',
    location: 'Sydney NSW',
    countryHints: ['AU'],
    industry: 'Staffing and Recruiting',
    format: 'text',
    body: `Saltwharf Talent is partnering with a well-funded Sydney scale-up to find a contract Data Engineer for an initial 12 months, with a strong chance of extension.

# The role
- Build batch and streaming pipelines in Python and Apache Spark on Databricks
- Load event data from Kafka into the lakehouse and model it for reporting
- Set up data quality tests and alerting in dbt
- Work in Git with pull requests and automated deployments through Azure DevOps pipelines
- Support two data analysts and a data scientist

# About you
- 4+ years in data engineering
- Strong SQL and Python
- Experience with Azure and Docker
- Available to start within four weeks

Rate: $950 – $1,100 per day plus super. Hybrid, two days a week in the CBD office.

To apply, send your CV quoting reference SWT-4471. Saltwharf Talent is acting as an employment business in relation to this vacancy. Only shortlisted candidates will be contacted. We handle your personal information in line with the Australian Privacy Principles.`,
    role: 'DE',
    sector: null,
    countries: ['AU'],
    mentions: ['DE', 'Python', 'Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'Docker'],
  },
  {
    id: 't8-a-23',
    title: 'Machine Learning Engineer – RAN Optimization',
    company: 'Corvane Radio Systems',
    location: 'Plano, TX',
    locations: ['Plano, Texas, United States', 'Ottawa, Ontario, Canada'],
    format: 'html',
    body: `# The team
The RAN Intelligence group builds the software that tunes our radios after they are installed: antenna tilt, power, handover thresholds and the sleep modes that save energy at night. Our models run inside the radio access networks of 60 mobile operators.

# What you'll do
- Develop models that predict cell load and recommend configuration changes, using reinforcement learning and gradient-boosted trees
- Build training pipelines on Kubeflow and track experiments with MLflow
- Validate every recommendation in our network emulator before it reaches a live operator network
- Write production inference services in Python and C++ with well-documented APIs
- Work with radio engineers, data scientists and operator customers during field trials

# Minimum qualifications
- MS in electrical engineering, computer science or a related field
- 3+ years building and deploying ML models
- Python, scikit-learn, and TensorFlow or PyTorch

# Preferred qualifications
- Knowledge of LTE/5G radio access networks
- Google Professional Machine Learning Engineer certification

# Compensation
US: $138,000 – $176,000 base. Canada: CA$125,000 – CA$158,000 base. Plus an annual bonus and stock units.

# About Corvane
Corvane designs and builds radio access network equipment – base stations, antennas and the software that runs them – for mobile operators on four continents. We have 5,200 employees and major R&D sites in Plano and Ottawa.
Corvane is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['US', 'CA'],
    mentions: ['Reinforcement learning', 'Decision trees', 'Kubeflow', 'MLflow', 'Model evaluation', 'Python', 'C++', 'APIs', 'DS', 'Scikit-learn', 'TensorFlow', 'PyTorch', 'CERT_GCP'],
  },
  {
    id: 't8-a-24',
    title: 'Data Scientist – Wind Power Forecasting',
    company: 'Nordwind Energie Betrieb GmbH',
    location: 'Munich, Germany',
    format: 'raw',
    // Lever: description divs with <b> lead-ins, then <h3> + <ul> list sections.
    body: `<div><b>Who we are</b></div><div>Nordwind operates 62 onshore wind farms and three offshore farms in the North Sea, with 3.1 GW of capacity. We sell the electricity we produce on the power exchange, so a better forecast of tomorrow&#39;s wind is worth real money. Our team of 40 in Munich is international and works in English.</div><div><br></div><div><b>Your role</b></div><div>Join the Forecasting team as a Data Scientist and own the day-ahead and intraday production forecasts for our offshore portfolio.</div><div><h3>What you will do</h3><ul><li>Build forecasting models from numerical weather predictions and turbine SCADA data, using gradient boosting and LSTM networks</li><li>Clean SCADA data: detect curtailment, icing and sensor faults, and fill or flag the gaps</li><li>Backtest forecasts and compare them with those of our external forecast vendors</li><li>Plot and explain forecast errors to the trading desk every week</li></ul></div><div><h3>What you bring</h3><ul><li>MSc or PhD in meteorology, physics, statistics or a related field</li><li>Python with pandas, NumPy, scikit-learn and Matplotlib</li><li>Solid probability and statistics, including probabilistic forecasts</li><li>Experience with Git and Docker</li></ul></div><div><h3>What we offer</h3><ul><li>€80,000 – €95,000 gross per year</li><li>30 days of holiday, flexible hours and two home-office days a week</li><li>A public transport ticket and a company pension</li></ul></div><div>Nordwind welcomes applications from everyone, regardless of gender, nationality, ethnic and social origin, religion, disability, age and sexual orientation.</div>`,
    role: 'DS',
    sector: null,
    countries: ['DE'],
    mentions: ['DS', 'Decision trees', 'Neural networks', 'Data cleaning', 'Model evaluation', 'Visualization', 'Communication', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Matplotlib', 'Probability', 'Git', 'Docker'],
  },
  {
    id: 't8-a-25',
    title: 'Data Analyst, Growth',
    company: 'Kopi Money',
    location: 'Singapore',
    format: 'html',
    body: `# What you'll do
- Own the weekly growth numbers: sign-ups, first deposits, card activations and referrals
- Design and analyse A/B tests on onboarding screens and referral rewards
- Build Tableau dashboards for the growth and marketing teams
- Dig into funnels with SQL and Python (pandas), and turn findings into clear recommendations
- Segment users with clustering to find who drops off and why

# What we're looking for
- 2–4 years as a data or product analyst, ideally at a consumer app
- Strong SQL; comfortable in Python
- You present numbers simply and confidently to people who are not analysts
- A self-starter who wants to keep learning new methods

# What we offer
Competitive salary and equity, 18 days' leave plus your birthday, flexible hours and a S$1,500 yearly allowance for courses and books.

# About Kopi Money
Kopi Money is a digital account and money app for Singapore's twenty-somethings. 900,000 customers use Kopi to get paid, split bills, save in round-up jars and invest their spare change. We hold a major payment institution licence from the Monetary Authority of Singapore.
Kopi Money is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['Hypothesis testing', 'Tableau', 'Python', 'Pandas', 'Communication', 'Clustering', 'Continuous learning'],
  },
  {
    id: 't8-a-26',
    title: 'Registered Nurse – Intensive Care Unit',
    company: 'Kurrajong Grove Hospital',
    location: 'Brisbane QLD',
    countryHints: ['AU'],
    format: 'text',
    body: `# About us
Kurrajong Grove Hospital is a 260-bed private hospital in Brisbane's northern suburbs, with cardiac, orthopaedic and oncology services and a 16-bed intensive care unit.

# The role
We are looking for Registered Nurses, full-time or part-time, to join our ICU team on a rotating roster.

# You will
- Care for ventilated and post-operative cardiac patients
- Monitor, record and escalate changes in a patient's condition
- Communicate clearly with patients, families and the multidisciplinary team
- Support graduate nurses and students on placement

# You will need
- Current AHPRA registration as a Registered Nurse
- At least 2 years of critical care experience, or a postgraduate qualification in intensive care
- Current Advanced Life Support certification
- Adaptable and calm under pressure

# What we offer
Salary packaging up to $9,010 per year, paid parental leave, free onsite parking, an education allowance and discounted private health insurance.

Kurrajong Grove Hospital is committed to a safe, inclusive workplace. Aboriginal and Torres Strait Islander applicants are encouraged to apply.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't8-a-27',
    title: 'Store Manager',
    company: 'Brecklands Food Stores',
    location: 'Norwich, Norfolk',
    countryHints: ['GB'],
    format: 'div',
    body: `# Your role
Run one of our busiest shops, with 45 colleagues and £14 million in annual sales. You'll be responsible for everything from fresh availability and waste to rotas, safety and the customer experience.

# What you'll be doing
- Lead, coach and develop your department managers and team
- Use our weekly Power BI sales and waste reports to plan orders, rotas and promotions
- Keep the shop compliant with food safety, health & safety and licensing law
- Solve problems on the shop floor quickly and calmly
- Build links with the local community

# What you'll need
- Experience as a store manager or deputy in food retail or hospitality
- Good with numbers, with a strong sense of what drives sales and profit
- A personal licence, or willingness to obtain one

# What you'll get
Salary £44,000 – £50,000 plus up to 20% bonus, 15% colleague discount, a car allowance, 28 days' holiday, a pension and a share save scheme.

# About us
Brecklands started as a single bakery in Thetford in 1952. Today our 210 shops across Norfolk, Suffolk and Cambridgeshire sell fresh bread, fruit and veg, local meat and everyday basics, seven days a week.
We welcome applications from everyone and make reasonable adjustments for candidates who need them.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Power BI', 'Problem-solving', 'Business acumen'],
  },
  {
    id: 't8-a-28',
    title: 'Actuarial Analyst II – Pricing',
    company: 'Quinnipack Life Insurance Company',
    location: 'Hartford, CT',
    format: 'raw',
    // Workday jobDescription with &nbsp; spacers and an entity-escaped ampersand.
    body: `<p><b>About Quinnipack</b></p><p>For 130 years Quinnipack Life has helped families in New England protect what matters with term and whole life insurance, annuities and disability income coverage. We manage $46 billion in policyholder assets and pay more than $2 billion in benefits each year.</p><p>&nbsp;</p><p><b>Position Overview</b></p><p>The Actuarial Analyst II supports pricing of our term and universal life products. You will work under the direction of the Pricing Actuary and alongside our data scientists on mortality studies.</p><p><b>Key Responsibilities</b></p><ul><li>Build and maintain pricing models in AXIS and Excel</li><li>Run experience studies on mortality and lapse, using R and generalized linear models</li><li>Reconcile and validate policy data before each study, and correct errors with the administration team</li><li>Prepare exhibits and present results to the pricing committee</li></ul><p><b>Qualifications</b></p><ul><li>Bachelor&#39;s degree in actuarial science, mathematics or statistics</li><li>Progress toward ASA, with at least three SOA exams passed</li><li>Strong foundation in probability and statistics</li><li>Python or VBA experience is a plus</li></ul><p>&nbsp;</p><p><b>Compensation &amp; Benefits</b></p><p>Salary range: $78,000 – $96,000. Exam support program with paid study time and a raise for each exam passed. Medical, dental and vision, a 401(k) with 6% match and a hybrid schedule.</p><p>Quinnipack Life is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.</p>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['DS', 'R', 'Regression', 'Data cleaning', 'Communication', 'Probability', 'Python'],
  },
  {
    id: 't8-a-29',
    title: 'Senior Software Engineer – Billing Platform (Java)',
    company: 'Ratewise Systems',
    location: 'Pune, Maharashtra, India',
    industry: 'Software Development',
    format: 'escaped',
    body: `# What you'll do
- Design and build rating and charging microservices in Java 17 and Spring Boot
- Process usage events at 200,000 per second with Kafka
- Expose REST APIs to our customers' CRM and self-care apps
- Run services on Kubernetes, with Docker images built through our Jenkins CI/CD pipelines
- Review code on GitLab and mentor junior engineers
- Work with our data engineers on the usage data feeds

# What you bring
- 6+ years of backend development in Java
- Experience with high-throughput, low-latency systems
- Strong problem-solving skills and a sense of ownership
- Telecom billing experience is a strong plus

# Benefits
Group health cover for you and your parents, term life insurance, a yearly certification budget, hybrid working and a team offsite every quarter.

# About Ratewise
Ratewise builds the charging and billing platform that 40 mobile and broadband operators in Asia, Africa and the Middle East use to rate calls and data, run prepaid balances and send 300 million bills a month. We're a product company of 1,400 people, headquartered in Pune.
Ratewise is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Java', 'Kafka', 'APIs', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'DE', 'Problem-solving'],
  },
  {
    id: 't8-a-30',
    title: 'Field Service Technician',
    company: 'Palmettia Fill & Seal',
    location: 'Greenville, SC',
    format: 'double',
    body: `# Who we are
We design and build the machines that fill, seal and cap pouches and bottles for sauces, shampoos and pet food. Every machine is assembled and tested in our Greenville plant before it ships, and our technicians keep 2,300 of them running at customer sites across North America.

# What you'll do
- Install, commission and service our machines at customer plants (up to 60% travel)
- Repair mechanical, pneumatic and electrical faults, including PLC and servo issues
- Train customer operators and maintenance staff
- Write clear service reports after every visit

# What you need
- Associate degree or trade school in industrial maintenance or mechatronics, or equivalent experience
- 3+ years servicing packaging or other automated machinery
- Able to read electrical schematics and use a multimeter
- Valid driver's license and passport

# What we offer
$68,000 – $84,000 plus overtime and per diem, a company vehicle, medical, dental and vision, a 401(k) match and paid training at our factory.
Palmettia Fill & Seal is an equal opportunity employer, including individuals with disabilities and protected veterans.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't8-a-31',
    title: 'Medical Laboratory Scientist – Night Shift',
    company: 'Saltgrass Diagnostics',
    location: 'Salt Lake City, UT',
    format: 'escaped',
    body: `# Position summary
Perform and verify clinical tests in our core laboratory overnight, so that hospital and clinic results are ready before morning rounds.

# About Saltgrass
Saltgrass Diagnostics runs a reference laboratory and 48 patient service centers across Utah, Idaho and Nevada, testing 30,000 specimens a day for hospitals, physicians and employers.

# Responsibilities
- Run chemistry, hematology and urinalysis analyzers, and perform their maintenance and calibration
- Review quality control results and take corrective action
- Verify and release results in the laboratory information system
- Communicate critical values to nurses and physicians promptly

# Qualifications
- Bachelor's degree in medical laboratory science or a related science
- ASCP MLS certification, or eligible within 6 months
- Night shift, Sunday to Thursday

# Benefits
A shift differential of $4.50/hour, medical, dental and vision, a 401(k) with 5% match, tuition assistance and 20 days of PTO.
Saltgrass Diagnostics is an EEO/AA employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't8-a-32',
    title: 'Solutions Engineer (Pre-Sales), APAC',
    company: 'Vectorhaven',
    location: 'Singapore',
    locations: ['Singapore', 'Sydney, NSW, Australia'],
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter.
    body: `<h3>Company Description</h3><p>Vectorhaven is a data and AI platform that 3,000 companies – banks, retailers, airlines, hospitals, game studios – use to build pipelines, train models and serve them from one place. We are 1,100 people across 14 offices.</p><h3>Job Description</h3><p>As a Solutions Engineer you will be the technical partner to our account executives in Southeast Asia and Australia.</p><ul><li>Run discovery with customers&#39; data and ML teams and design architectures on Vectorhaven</li><li>Build demos and proofs of concept in Python and SQL, with Spark for large data and MLflow for model tracking</li><li>Show customers how to take a scikit-learn or PyTorch model to production on Kubernetes</li><li>Present to data scientists, data engineers and CIOs in the same week</li><li>Bring what you hear back to our product team</li></ul><h3>Qualifications</h3><ul><li>5+ years in pre-sales, consulting or data engineering</li><li>Hands-on with Python, Spark and at least one cloud (AWS, Azure or GCP)</li><li>Excellent communication and presentation skills</li><li>Mandarin or Bahasa Indonesia is a plus</li></ul><h3>Additional Information</h3><p>Competitive base plus commission, equity, medical coverage, 20 days of leave and about 30% travel across the region. You can be based in our Singapore or Sydney office.</p><p>Vectorhaven is an equal opportunity employer.</p>`,
    role: null,
    sector: SECTOR.IT,
    countries: ['SG', 'AU'],
    mentions: ['Python', 'Apache Spark', 'MLflow', 'Scikit-learn', 'PyTorch', 'Kubernetes', 'Communication', 'DS', 'DE'],
  },
  {
    id: 't8-a-33',
    title: 'Policy Analyst – Data and Digital Services',
    company: 'Township of Kinross Falls',
    location: 'Kinross Falls, Ontario',
    format: 'html',
    body: `# Position summary
The Policy Analyst researches and drafts the Township's policies on open data, privacy and the use of automated tools such as AI in municipal services, and supports their rollout across departments.

# About the Township
The Township of Kinross Falls is a growing municipality of 38,000 residents on the shores of Lake Simcoe. Our 420 staff deliver water and wastewater services, roads, recreation, fire services, planning and by-law enforcement.

# Duties
- Research practices in other municipalities and draft policy options for Council
- Write the Township's first guideline on the responsible use of AI tools by staff
- Work with IT, the Clerk's office and our data analyst to publish open datasets
- Prepare reports to Council and present them at committee meetings
- Answer staff questions about privacy and records rules

# Qualifications
- University degree in public policy, political science, law or a related discipline
- 3 years of policy experience, preferably in municipal government
- Excellent written and verbal communication skills
- Sound judgement and critical thinking
- Familiarity with Power BI or Tableau would be an asset

# Compensation
$84,553 – $99,470 per year (2025 rates), OMERS pension, comprehensive benefits and a 35-hour work week.
The Township of Kinross Falls is an equal opportunity employer. Accommodations are available on request under the Accessibility for Ontarians with Disabilities Act.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['Communication', 'Critical thinking', 'Power BI', 'Tableau'],
  },
  {
    id: 't8-a-34',
    title: 'Site Reliability Engineer (m/f/d) – Research Computing',
    company: 'Hochschule Lahnfeld',
    location: 'Koblenz',
    countryHints: ['DE'],
    industry: 'Higher Education',
    format: 'double',
    body: `# About us
Hochschule Lahnfeld is a university of applied sciences with 9,000 students in engineering, business and health. Our Research Computing team runs the GPU cluster, storage and services used by 60 research groups.

# Your tasks
- Operate and automate our Kubernetes and Slurm clusters, including the GPU partition used for training neural networks
- Maintain JupyterHub, GitLab and the container registry for research groups
- Build monitoring and alerting, and take part in an on-call rota during working hours
- Package research software in Docker containers so it runs the same on a laptop and on the cluster
- Help researchers and PhD students get their jobs running

# Your profile
- Degree in computer science or comparable experience
- 3+ years of Linux administration or SRE
- Scripting in Python or Bash; Ansible or Terraform
- Good English; German is an advantage but not required

# What we offer
Pay according to TV-L E12 (full-time), 30 days' holiday, flexible hours, a job ticket and colleagues who build everything from satellite sensors to hearing aids.
Hochschule Lahnfeld promotes equal opportunities. Applicants with severe disabilities are given preference where qualifications are equal.`,
    role: null,
    sector: null,
    countries: ['DE'],
    mentions: ['Kubernetes', 'Neural networks', 'Git', 'Docker', 'Python'],
  },
  {
    id: 't8-a-35',
    title: 'Maintenance Technician – Cross-Dock Terminal',
    company: 'Trentway Freight Lines',
    location: 'Mississauga, ON',
    format: 'double',
    body: `# About us
Our 900 trucks and 14 cross-dock terminals move pallets of paper, paint, tiles and auto parts overnight between manufacturers and wholesalers across Ontario and Quebec.

# What you'll do
- Maintain and repair conveyors, dock levellers, overhead doors, forklift chargers and lighting at our Mississauga terminal
- Carry out preventive maintenance from our maintenance system and record every job
- Respond to breakdowns on the night shift and get the dock moving again
- Follow lockout/tagout and all safety procedures

# What you need
- Industrial Mechanic Millwright (433A) or Electrician (309A/442A) licence, or an apprentice in the final year
- 2+ years of industrial maintenance experience
- Able to work nights and weekends on a rotating schedule

# What we offer
$38 – $46 per hour, a shift premium, group benefits from day one, RRSP matching and a boot & tool allowance.
Trentway Freight Lines is an equal opportunity employer and will provide accommodations in accordance with the AODA.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: [],
  },
  {
    id: 't8-a-36',
    title: 'Teacher of Computing (Secondary)',
    company: 'Sennett Cove International School',
    location: 'Singapore',
    industry: 'Education',
    format: 'text',
    body: `# About the school
Sennett Cove International School is a non-profit, co-educational school for 1,400 students aged 3 to 18 from more than 50 nationalities. We follow the English National Curriculum to IGCSE and offer the IB Diploma in Years 12 and 13.

# The role
We are looking for an enthusiastic Teacher of Computing to join our Computing and Design faculty from August.

# Responsibilities
- Teach computing from Year 7 to IB Diploma, including programming in Python and Java
- Introduce older students to data and machine learning: cleaning a dataset, training a simple decision tree and charting the results with Matplotlib
- Run the robotics club and coach teams for regional competitions
- Explain hard ideas simply, and give clear feedback to students and parents
- Contribute to the school's digital safety programme

# Requirements
- Degree in computer science or a related subject and a recognised teaching qualification (PGCE or equivalent)
- At least two years of secondary teaching experience
- A commitment to your own professional learning
- Willingness to contribute to the wider life of the school

# Package
Competitive salary, housing allowance, an annual flight home, medical insurance and tuition for up to two children.

Sennett Cove is committed to safeguarding and promoting the welfare of children. All appointments are subject to satisfactory background checks.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Python', 'Java', 'Data cleaning', 'Decision trees', 'Visualization', 'Matplotlib', 'Communication', 'Continuous learning'],
  },
];
