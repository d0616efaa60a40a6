// Test-set (test11) postings in English, part A: 24 titles among the seed's ten roles in varied wordings and 12
// other jobs (software, nursing, retail, actuarial, laboratory and plant work), from fictional employers that
// describe themselves in their own words, at the top, after the role summary or at the end of the posting.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, a company made for one sector's
// businesses is in that sector, and null beats a wrong sector.
// Sector calls: a spend-management card app for trades businesses is Finance (t11-a-10); cameras on council
// trucks that send road repairs to works crews are made for cities' services, Public Sector (t11-a-08); a fibre
// wholesaler that internet providers resell is Telecommunications (t11-a-17), as is billing software for operators
// (t11-a-28); a maker of robotic picking cells and an oat mill are Manufacturing (t11-a-11, t11-a-31); grocery
// delivery is Retail (t11-a-29); a speech API sold to many industries is IT (t11-a-12); a farmers' co-operative,
// an iron-ore miner, a book publisher, a freight forwarder, an online school and an independent testing
// laboratory are unclassified (t11-a-22, -23, -24, -30, -33, -35).
// Role calls: "Decision Scientist" is a Data Scientist, "Engineer, ML Platform" and "MLOps Engineer" are Machine
// Learning Engineers, "Applied Scientist" and "Research Scientist, Language Models" are AI Research Scientists,
// "BI Developer" is a Business Intelligence Analyst; "Analytics Engineer", "Data Analyst", "Credit Risk Analyst"
// and "Actuarial Analyst" are none of the ten (null), as in the earlier sets.
//
// Mention decisions: a role named in the description is a role mention (colleagues included); CNNs, transformer
// models, conformers, RNN-T and two-tower networks are Neural networks; XGBoost, LightGBM, random forests and
// gradient boosting are Decision trees; GLMs, Poisson/gamma and logistic regression are Regression; A/B tests and
// a named "hypothesis testing" are Hypothesis testing; dashboards alone are not Visualization, "visualise" and
// "charts" are; GitHub, Azure DevOps Git repos and "version control" are Git; CI/CD, CI, Jenkins and GitHub
// Actions are Deployment pipelines; backtesting, acceptance metrics and spot checks of model output are Model
// evaluation; data quality tests and reconciling/correcting records are Data cleaning. Hard cases: t11-a-17
// "reconcile and correct circuit records" is Data cleaning (correction is asked for, not only reconciling);
// t11-a-18 "write clear design docs and explain trade-offs" is Communication; t11-a-12 "a habit of continuous
// learning" is Continuous learning; t11-a-31 "spark-producing work" is no Apache Spark; t11-a-28 "regression
// suites" is no Regression; t11-a-35 calibration curves are not labelled Regression (no method is named).
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST11_A: HoldoutCase[] = [
  {
    id: 't11-a-01',
    title: 'Senior Machine Learning Engineer, Fraud Signals',
    company: 'Tellwright Payments',
    location: 'Chicago, IL',
    industry: 'Financial Services',
    format: 'raw',
    // Greenhouse board API `content`: entity-escaped HTML, company text in content-conclusion at the end.
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;This role is hybrid: three days a week in our Chicago office.&lt;/strong&gt;&lt;/p&gt;&lt;/div&gt;&lt;p&gt;Every second, about 9,000 card authorisations pass through Tellwright. Our Fraud Signals team decides in under 40 milliseconds which ones look wrong. We are looking for a senior engineer to own the models and services behind those decisions.&lt;/p&gt;&lt;h3&gt;&lt;strong&gt;What you&#39;ll do&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Build and run real-time scoring services that sit in the authorisation path&lt;/li&gt;&lt;li&gt;Train gradient-boosted tree models with XGBoost and retrain them as fraud patterns shift&lt;/li&gt;&lt;li&gt;Engineer features from transaction streams in Kafka and Apache Flink: velocity counts, merchant risk, device history&lt;/li&gt;&lt;li&gt;Backtest every candidate model against the last quarter&#39;s chargebacks before it goes live&lt;/li&gt;&lt;li&gt;Ship through GitHub Actions to our Kubernetes clusters, with canary releases and fast rollbacks&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;&lt;strong&gt;What you&#39;ll bring&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;6+ years in software or ML engineering, 2+ on systems with tight latency budgets&lt;/li&gt;&lt;li&gt;Python, plus Java or Go for the services&lt;/li&gt;&lt;li&gt;Comfort with pandas and NumPy for analysis&lt;/li&gt;&lt;li&gt;You can walk a risk operations lead through why a model declined a payment&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-pay-transparency&quot;&gt;&lt;div class=&quot;pay-input&quot;&gt;&lt;div class=&quot;title&quot;&gt;Chicago base salary range&lt;/div&gt;&lt;div class=&quot;pay-range&quot;&gt;&lt;span&gt;$185,000&lt;/span&gt;&lt;span class=&quot;divider&quot;&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$225,000 USD&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;&lt;strong&gt;About Tellwright&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Tellwright processes card and bank payments for 40,000 merchants across North America, from corner caf&amp;eacute;s to regional airlines, and settles more than $90 billion a year. We are a registered payment facilitator and a principal member of the major card networks.&lt;/p&gt;&lt;p&gt;Benefits include medical, dental and vision plans with $0 premiums for employees, a 401(k) with a 5% match, 16 weeks of paid parental leave and an annual learning budget of $2,000.&lt;/p&gt;&lt;p&gt;Tellwright is an equal opportunity employer. We consider qualified applicants with arrest and conviction records in accordance with the Chicago Fair Chance Ordinance.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Decision trees', 'Feature engineering', 'Kafka', 'Model evaluation', 'Deployment pipelines', 'Git', 'Kubernetes', 'Python', 'Java', 'Pandas', 'NumPy', 'Communication'],
  },
  {
    id: 't11-a-02',
    title: 'Data Scientist – Demand Forecasting',
    company: "Marrowby's",
    location: 'Brisbane QLD 4000',
    format: 'html',
    body: `# The role
Our replenishment team orders stock for every store every night. You will build the forecasts those orders are based on, so that shelves are full on Saturday morning and less bread goes in the bin on Monday.

# Who we are
From Cairns to Coffs Harbour, 180 Marrowby's neighbourhood stores fill about three million shopping baskets a week with fresh bread, fruit and veg, meat and pantry staples. We are still owned by the family that opened the first shop in Toowoomba in 1964.

# What you'll do
- Forecast daily demand for 25,000 products in every store with regression and gradient boosting (LightGBM)
- Derive features from weather, school holidays, local events and our promotions calendar
- Check forecast accuracy against actual sales every week and explain the big misses to the replenishment team
- Work with our data engineers on the Spark pipelines in Databricks that feed your models

# What you'll bring
- 3+ years building forecasting or pricing models
- Python with pandas and scikit-learn
- A tertiary degree in statistics, mathematics, econometrics or similar

# What's in it for you
- Salary $125,000 – $145,000 plus 11.5% superannuation
- 10% team member discount, which rises to 15% after two years
- Hybrid work from our Fortitude Valley support office
- Paid parental leave and an extra day off on your birthday

Marrowby's is an equal opportunity employer. We welcome applications from Aboriginal and Torres Strait Islander peoples, people with disability, and people of all ages, genders and backgrounds.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'DE', 'Apache Spark', 'Python', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't11-a-03',
    title: 'Applied Scientist II – Ticket Routing',
    company: 'Deskloom',
    location: 'Bengaluru, Karnataka',
    countryHints: ['IN'],
    format: 'div',
    body: `# About Deskloom
Deskloom makes help-desk software. 11,000 companies, from airlines and universities to game studios and city councils, answer their customers' emails, chats and calls in Deskloom every day.

# What you'll work on
When a message arrives, Deskloom decides which team should see it and how urgent it is. You will research, prototype and ship the models behind that decision, across 30 languages.
- Fine-tune transformer models for intent, urgency and language detection in PyTorch
- Design offline evaluation sets with our support-operations partners, and run A/B tests on live traffic
- Work with ML engineers to bring your models into production
- Write up what you learn for the wider science group

# What we look for
- PhD, or MS with 3+ years of industry experience, in machine learning or NLP
- Strong Python
- A solid grounding in probability and statistics

# Perks
Hybrid work from our Indiranagar office, health insurance for you, your spouse, children and parents, ESOPs, and a yearly budget for conferences.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Hypothesis testing', 'MLE', 'Python', 'Probability'],
  },
  {
    id: 't11-a-04',
    title: 'MLOps Engineer (m/f/d)',
    company: 'Kestrelgate Imaging',
    location: 'Berlin, Germany',
    format: 'raw',
    // Lever posting page: description <div>s, then list sections with <h3> headings, then closing text.
    body: `<div class="section page-centered"><div>We are looking for an engineer to make our path from a trained model to a certified medical-device release fast, repeatable and auditable.</div><div><br></div><div>Our team of 14 works in English. You will report to our Head of ML Engineering.</div></div><div class="section page-centered"><h3>What you will do</h3><ul class="posting-requirements plain-list"><li>Run the pipelines that take our models from training to release: MLflow for experiment tracking and the model registry, Kubeflow Pipelines for training on Kubernetes</li><li>Containerise inference services with Docker and keep them small and reproducible</li><li>Automate validation: every release candidate is tested on locked clinical datasets, and the results go straight into the technical file</li><li>Maintain our CI/CD in GitLab, including signed builds and traceable artefacts</li><li>Work closely with our data scientists and the regulatory affairs team</li></ul></div><div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list"><li>3+ years in DevOps, platform or ML engineering</li><li>Good Python; Terraform is a plus</li><li>Interest in working under IEC 62304 and ISO 13485 (we will teach you)</li><li>Fluent English; German is nice to have</li></ul></div><div class="section page-centered"><div><b>About Kestrelgate</b></div><div>Kestrelgate builds software that reads chest CT and X-ray scans and flags suspected lung nodules and fractures for radiologists. It is CE-marked under the EU MDR and runs in 140 hospitals across Germany, Austria and the Nordics.</div><div><br></div><div>We offer &euro;72,000 &ndash; &euro;88,000, 30 days of holiday, a BVG public transport ticket, a company pension with a 20% employer top-up and a yearly learning budget. We welcome applications regardless of gender, nationality, ethnic and social origin, religion, disability, age and sexual identity.</div></div>`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['MLflow', 'Kubeflow', 'Kubernetes', 'Docker', 'Model evaluation', 'Deployment pipelines', 'Git', 'DS', 'Python'],
  },
  {
    id: 't11-a-05',
    title: 'Decision Scientist – Network Investment',
    company: 'Brackenfield Broadband',
    location: 'Bristol, England',
    format: 'escaped',
    body: `# Who we are
We keep 1.4 million homes and small businesses across the South West and South Wales online, over 38,000 km of full-fibre cable we built ourselves. Each year we decide which 200,000 premises to reach next.

# The role
In this role you will help the investment committee choose where the next spade goes in the ground.
- Model take-up and payback by street with regression and survival analysis
- Cluster neighbourhoods by expected demand and build cost
- Run controlled A/B tests of launch offers on our sign-up pages
- Visualise build plans on maps that field planners can read at a glance
- Present recommendations to the investment committee, including where the model is unsure

# What you'll need
- Experience in R or Python, and SQL
- Commercial judgement: you think in payback periods and customer lifetime value
- A degree with a strong quantitative element

# What we offer
£62,000 – £74,000, a bonus of up to 12%, 27 days' holiday plus bank holidays, a 7% matched pension and free broadband at home.
We're a Disability Confident Committed employer. Tell us if you need any adjustments to take part in our process.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Regression', 'Clustering', 'Hypothesis testing', 'Visualization', 'Communication', 'R', 'Python', 'Business acumen'],
  },
  {
    id: 't11-a-06',
    title: 'BI Developer (Power BI)',
    company: 'Chelmer Vale District Council',
    location: 'Maldon, Essex, United Kingdom',
    format: 'text',
    body: `Job summary
We are looking for someone to join our small Insight team. You will build the reports our housing, waste and council tax services use to run day to day, and the figures we publish to residents.

About the council
Chelmer Vale District Council serves 92,000 residents in towns and villages along the Blackwater estuary. We collect bins, run three leisure centres, decide planning applications, collect council tax and find homes for families in need.

Main duties
- Build and maintain Power BI reports and the data models behind them
- Write and tune SQL against our data warehouse
- Check source data for errors and duplicates and get them fixed at source with the service teams
- Explain what the figures show, and what they don't, to councillors and heads of service
- Keep report code in Azure DevOps Git repositories

Person specification
- Experience building reports in Power BI or a similar tool
- Good SQL
- Patience with data that was never designed to be reported on

Salary and benefits
Grade 9: £38,220 – £42,839 per annum. Local Government Pension Scheme, 26 days' annual leave rising to 31 with service, flexible and hybrid working.

Chelmer Vale District Council is a Disability Confident Employer. We guarantee an interview to disabled applicants who meet the essential criteria.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'Git'],
  },
  {
    id: 't11-a-07',
    title: 'Lead Data Engineer - Plant Data',
    company: 'Ostrander Carton Company',
    location: 'Toledo, OH',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, spans, &nbsp; spacers, company paragraph at the end.
    body: `<p><span><b>Job Description:</b></span></p><p><span>We are building a single plant-data platform for our mills and converting plants. As Lead Data Engineer you will set its direction and lead a team of four data engineers.</span></p><p>&nbsp;</p><p><b>Key Responsibilities</b></p><ul><li><span>Stream readings from 600 corrugators, printers and gluers into our lakehouse through Kafka</span></li><li><span>Build batch jobs in Apache Spark and Python for quality, waste and downtime reporting</span></li><li><span>Write data quality checks that catch stuck sensors, duplicate events and missing shifts</span></li><li><span>Use Git and Azure DevOps pipelines for CI/CD on everything we ship</span></li><li><span>Give our reliability engineers and data scientists tables they can trust</span></li></ul><p><b>Qualifications</b></p><ul><li><span>7+ years of data engineering, 2+ leading others</span></li><li><span>Python, and Scala or Java</span></li><li><span>Experience with OT data (OPC UA, historians) is a plus</span></li><li><span>Ability to travel to our plants up to 20% of the time</span></li></ul><p>&nbsp;</p><p><b>Compensation</b></p><p><span>$142,000 &ndash; $168,000 per year plus an annual incentive. Medical, dental and vision insurance, a 401(k) with a 6% company match, and 15 days of PTO plus 10 holidays.</span></p><p>&nbsp;</p><p><b>About Ostrander</b></p><p><span>We turn recycled paperboard into two billion cereal, cracker and frozen-food boxes a year at four mills and converting plants in Ohio and Michigan. Ostrander has been family-owned since 1931.</span></p><p><span>Ostrander Carton Company is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</span></p>`,
    role: 'DE',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Python', 'Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'Java'],
  },
  {
    id: 't11-a-08',
    title: 'Computer Vision Engineer, Road Asset Survey',
    company: 'Roadsight',
    location: 'Melbourne VIC 3000',
    format: 'double',
    body: `# About Roadsight
Roadsight puts cameras on councils' own rubbish trucks and street sweepers. Our software finds potholes, faded line markings, damaged signs and overgrown footpaths on every street they drive, and sends repair jobs straight to the works crews of 46 councils in Victoria and New South Wales.

# What you'll do
- Train detection and segmentation networks (CNNs and vision transformers) in PyTorch
- Measure precision and recall for each defect type against surveys done by council road inspectors
- Curate training images: remove duplicates, blurred frames and mislabelled boxes
- Optimise models in C++ to run on the edge devices in each truck

# About you
- 3+ years in computer vision
- Python and OpenCV; Docker
- Happy to ride along on a collection round now and then

# Benefits
$140,000 – $165,000 plus super, equity, nine-day fortnights and a learning budget.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'C++', 'Python', 'Docker'],
  },
  {
    id: 't11-a-09',
    title: 'NLP Engineer – Contact Centre Insights',
    company: 'Sarvani Mobile',
    location: 'Gurugram, Haryana',
    countryHints: ['IN'],
    format: 'html',
    body: `# Role overview
Every month our contact centres handle nine million calls and chats. You will build the language models that tell us why customers get in touch, so that we fix the cause instead of answering the same question again.

# About Sarvani
More than 42 million people in India top up, call, stream and pay their bills on the Sarvani network, and 6,000 advisers answer their questions in 11 languages.

# Responsibilities
- Build intent and complaint classifiers for Hindi, English and Hinglish transcripts
- Fine-tune multilingual transformer models with Hugging Face and PyTorch
- Clean speech-to-text transcripts: fix spellings, remove duplicates and mask phone numbers
- Evaluate each model against adviser-tagged samples before every release
- Serve models as APIs on our private cloud with Docker and Kubernetes

# Requirements
- B.Tech/M.Tech with 3–6 years in NLP
- Strong Python
- A problem-solving attitude when requirements are vague

# Benefits
Medical cover for your family, free postpaid connection, meal cards and a relocation allowance.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'APIs', 'Docker', 'Kubernetes', 'Python', 'Problem-solving'],
  },
  {
    id: 't11-a-10',
    title: 'Senior AI Product Manager',
    company: 'Ledgerfly',
    location: 'Toronto, ON',
    locations: ['Remote - Canada'],
    format: 'raw',
    // Ashby descriptionHtml: <p style> paragraphs, <h2> headings, list items wrapping <p>.
    body: `<p style="min-height:1.5em">Ledgerfly is the spend account for trades businesses: plumbers, electricians, roofers and landscapers. 28,000 small firms across Canada use our corporate cards, bill pay and receipt matching to keep their books straight without an office manager.</p><h2>The role</h2><p style="min-height:1.5em">We are adding AI across the product: reading receipts from a photo, categorising every transaction and forecasting cash flow a month ahead. You will own that roadmap.</p><ul style="min-height:1.5em"><li><p style="min-height:1.5em">Talk to business owners every week, on job sites as well as on calls</p></li><li><p style="min-height:1.5em">Work with our ML engineers and data scientists to set quality bars and decide how each model is evaluated before launch</p></li><li><p style="min-height:1.5em">Run A/B tests in the app and decide what to ship from the results</p></li><li><p style="min-height:1.5em">Communicate decisions and trade-offs clearly to engineering, compliance and sales</p></li></ul><h2>About you</h2><ul style="min-height:1.5em"><li><p style="min-height:1.5em">5+ years in product management, 2+ on machine learning features</p></li><li><p style="min-height:1.5em">Strong business sense: pricing, unit economics and what a card program earns</p></li><li><p style="min-height:1.5em">Fintech experience is an asset</p></li></ul><h2>Compensation</h2><p style="min-height:1.5em">$170,000 &ndash; $195,000 CAD base, plus equity. Health and dental from day one, RRSP matching and a $1,000 home-office budget.</p>`,
    role: 'AIPM',
    sector: SECTOR.FIN, // money software for small firms (cards, bill pay): docs/sector-labels.md
    countries: ['CA'],
    mentions: ['MLE', 'DS', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen'],
  },
  {
    id: 't11-a-11',
    title: 'Robotics Engineer – Pick Cells (English-speaking team)',
    company: 'Greifwerk Automation GmbH',
    location: 'Garching bei München, Germany',
    format: 'div',
    body: `# Your mission
You will make our robots pick items they have never seen before, faster and with fewer drops.

# Who we are
Greifwerk designs and builds robotic picking cells: an arm, a gripper, cameras and our own software in one cabinet that drops into a warehouse conveyor line. More than 300 of our cells run in distribution centres in nine countries, and we build every one of them in Garching.

# Your tasks
- Develop motion planning and grasp selection in C++ and Python on ROS 2
- Train grasp-quality CNNs in PyTorch with our computer vision engineers
- Try reinforcement learning for regrasping and recovery
- Commission cells at customer sites (travel up to 20%)

# Your profile
- Degree in robotics, mechatronics, computer science or similar
- Solid linear algebra and 3D geometry
- Git and Docker in daily use

# What we offer
€68,000 – €84,000, 30 days of holiday, a Deutschlandticket, a company pension and a workshop where you can break things.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['C++', 'Python', 'Neural networks', 'PyTorch', 'CVE', 'Reinforcement learning', 'Linear algebra', 'Git', 'Docker'],
  },
  {
    id: 't11-a-12',
    title: 'Deep Learning Specialist – Speech Recognition',
    company: 'Vocaline Labs Pte. Ltd.',
    location: 'Singapore 018989',
    format: 'escaped',
    body: `# The role
We are hiring a specialist to push our speech recognition on accented, noisy and code-switched speech.
- Train end-to-end speech recognition models (conformers, transformers and RNN-T) for English, Mandarin, Malay and Singlish
- Run distributed training on GPU clusters with PyTorch
- Build and maintain evaluation sets for accents and noisy audio, and report word error rate per domain
- Clean and filter crowd-sourced audio transcripts before they reach training

# Requirements
- MSc or PhD in machine learning, speech or signal processing
- 3+ years of hands-on deep learning
- Python; C++ for inference kernels is a plus
- A habit of continuous learning: you read the new papers and try the good ones

# Benefits
Competitive salary, annual bonus, share options, flexible hours and comprehensive medical and dental coverage.

# About Vocaline
Vocaline builds speech recognition and voice APIs that other software teams plug into their products. Banks' phone lines, ride-hailing apps, hospitals' dictation tools and game studios' voice chat all run on it, in 14 languages.
Vocaline is an equal opportunity employer and follows the Tripartite Guidelines on Fair Employment Practices.`,
    role: 'DLS',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'Python', 'C++', 'Continuous learning'],
  },
  {
    id: 't11-a-13',
    title: 'Staff Data Scientist, Underwriting Models',
    company: 'Pellridge Mutual',
    location: 'Des Moines, IA',
    locations: ['Remote - United States'],
    format: 'raw',
    // SmartRecruiters jobAd: companyDescription, jobDescription, qualifications and additionalInformation.
    body: `<h3>Company Description</h3><p>Pellridge Mutual has insured farms, homes and family cars in 14 Midwestern states since 1921. We are owned by our 600,000 policyholders, not by shareholders, and we answer to them.</p><h3>Job Description</h3><p>We are looking for a Staff Data Scientist to lead the next generation of our personal auto and homeowners underwriting models.</p><ul><li>Build pricing and underwriting models with GLMs (Poisson and gamma regression) and gradient-boosted trees</li><li>Engineer features from telematics, property and weather data</li><li>Validate models with our actuaries and support filings with state regulators</li><li>Mentor three data scientists and review their work</li><li>Communicate model results to underwriting leadership</li></ul><h3>Qualifications</h3><ul><li>8+ years in data science, ideally in insurance</li><li>Python and R; Spark on Databricks</li><li>Strong grounding in probability and statistics</li></ul><h3>Additional Information</h3><p>The base salary range for this position is $168,000 &ndash; $205,000, plus an annual incentive. Benefits include medical, dental and vision coverage, a pension plan and a 401(k) with a 6% match, and 25 days of paid time off.</p><p>Pellridge Mutual is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, age, disability, veteran status or any other protected characteristic.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'DS', 'Communication', 'Python', 'R', 'Apache Spark', 'Probability'],
  },
  {
    id: 't11-a-14',
    title: 'Machine Learning Engineer, Recommendations',
    company: 'Tansy & Rowe',
    location: 'London, England, United Kingdom',
    format: 'text',
    body: `About the role
Our home feed and "complete the look" carousels drive a third of what customers buy. You will build and run the models behind them.

About Tansy & Rowe
Tansy & Rowe sells women's and men's clothing from 400 independent labels through our website and app, and ships to 1.3 million customers in the UK and Ireland from our warehouse in Daventry.

What you'll do
- Train two-tower neural networks for retrieval and ranking in TensorFlow
- Run A/B tests with the product analytics team
- Deploy on AWS SageMaker, with Docker images built in our CI pipeline
- Keep an eye on latency and cost as traffic grows

What you'll need
- 3+ years in ML engineering
- Python; experience with Spark for large training sets

Benefits
£75,000 – £90,000, 30% staff discount, 25 days' holiday plus your birthday off, private medical cover and a 6% matched pension.

We're committed to building a diverse team and welcome applications from everyone.`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Neural networks', 'TensorFlow', 'Hypothesis testing', 'AWS SageMaker', 'Docker', 'Deployment pipelines', 'Python', 'Apache Spark'],
  },
  {
    id: 't11-a-15',
    title: 'Research Scientist, Language Models',
    company: 'Meridel AI',
    location: 'San Francisco, CA; London, UK',
    locations: ['San Francisco, California, United States', 'London, England, United Kingdom'],
    format: 'html',
    body: `# About the team
Our reasoning team studies how language models plan, check their own work and use tools over long tasks. We publish what we can and ship the rest into our models.

# What you'll do
- Design and run pretraining and fine-tuning experiments on transformer models at scale
- Apply reinforcement learning from human and AI feedback
- Build rigorous evaluations and benchmarks for multi-step reasoning
- Work alongside research engineers and ML engineers to turn results into production models

# You might be a fit if you have
- A PhD or equivalent research experience in machine learning
- Experience with PyTorch or JAX, and strong Python
- Strong mathematical foundations in linear algebra, probability and optimisation

# Compensation
The annual base salary is $240,000 – $340,000 in San Francisco and £160,000 – £230,000 in London, plus equity.

# About Meridel AI
Meridel AI is a research company building large language models and the tools to make them reliable. We sell API access to our models to software teams around the world and publish much of our research openly.
Meridel AI is an equal opportunity employer.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['US', 'GB'],
    mentions: ['Neural networks', 'Reinforcement learning', 'Model evaluation', 'MLE', 'PyTorch', 'Python', 'Linear algebra', 'Probability'],
  },
  {
    id: 't11-a-16',
    title: 'Data Engineer II',
    company: 'Cobblestone Pharmacy',
    location: 'Vancouver, BC',
    format: 'double',
    body: `# Who we are
Cobblestone Pharmacy runs 310 community pharmacies across British Columbia and Alberta. Our pharmacists fill 19 million prescriptions a year, give flu shots and help patients manage their medications.

# What you'll do
- Build ELT pipelines from our dispensing system and loyalty app into Snowflake with dbt and Airflow
- Write data quality tests that catch duplicate prescriptions and missing store feeds
- Package jobs with Docker
- Support our BI analysts and data scientists with well-documented models

# What you bring
- 3+ years of data engineering with Python and SQL
- Version control with Git and a habit of code review
- Experience with health data and privacy law (PIPA, HIA) is an asset

# Perks
Salary $105,000 – $122,000, extended health and dental, RRSP matching, and a 20% discount on front-store products.`,
    role: 'DE',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['Data cleaning', 'Docker', 'BIA', 'DS', 'Python', 'Git'],
  },
  {
    id: 't11-a-17',
    title: 'Business Intelligence Analyst – Network Operations',
    company: 'Coralline Fibre',
    location: 'Sydney NSW 2000',
    format: 'div',
    body: `# The opportunity
Our operations team wants to know where faults happen, how fast we fix them and where new connections get stuck. You will give them the numbers.

# About us
We lay and light the fibre that 70 internet providers resell to homes and businesses in Sydney, Newcastle and Wollongong. Our 4,800 km of cable runs under roads, rail corridors and the harbour.

# Responsibilities
- Build Tableau dashboards for fault volumes, repair times and provisioning backlogs
- Pull data from our network inventory and ticketing systems with SQL
- Reconcile and correct circuit records that disagree between systems
- Present the monthly performance pack to the operations leadership team

# About you
- 2+ years in BI or reporting
- Strong critical thinking: you question a number before you publish it
- Python for automation is a plus

# Benefits
Salary $110,000 – $125,000 plus super, hybrid work, and a home internet service on us.`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Tableau', 'Data cleaning', 'Communication', 'Critical thinking', 'Python'],
  },
  {
    id: 't11-a-18',
    title: 'Engineer, ML Platform',
    company: 'Nimbusway Cloud',
    location: 'Hyderabad, Telangana, India',
    locations: ['Remote - India'],
    format: 'div',
    body: `# About Nimbusway
Nimbusway is a cloud provider for developers. 90,000 teams run virtual machines, managed databases, Kubernetes clusters and GPU instances on our platform in six regions.

# What you'll build
The platform our customers use to train and serve models on rented GPUs: managed notebooks, training jobs and inference endpoints.
- Operate Kubeflow and Ray on Kubernetes for multi-tenant training
- Integrate MLflow for experiment tracking and the model registry
- Write services in Go and Python
- Own CI/CD and infrastructure as code with Terraform
- Build base Docker images that customers trust

# What you need
- 4+ years in platform or infrastructure engineering
- Write clear design docs and explain trade-offs to customers and other teams

# Benefits
Health insurance for your family, ESOPs, a home-office allowance and quarterly team offsites.`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Kubeflow', 'Kubernetes', 'MLflow', 'Python', 'Deployment pipelines', 'Docker', 'Communication'],
  },
  {
    id: 't11-a-19',
    title: 'Senior Data Scientist – Clinical Trial Analytics',
    company: 'Veracourt Clinical Research',
    location: 'Cambridge, MA',
    locations: ['Pune, Maharashtra, India'],
    format: 'raw',
    // Workday jobDescription with two locations on the board and the company paragraph last.
    body: `<p><b>Job Summary</b></p><p>Our Trial Analytics group helps study teams recruit the right patients at the right sites and spot trouble early. This role can be based in Cambridge, MA or Pune, India.</p><p>&nbsp;</p><p><b>Essential Functions</b></p><ul><li>Predict site enrolment and patient drop-out with survival models, regression and random forests</li><li>Cluster trial sites by performance and patient mix</li><li>Clean and reconcile data from EDC systems and site reports, correcting errors at source</li><li>Build visualizations for study teams in Spotfire and Power BI</li><li>Present findings to sponsors and internal leadership</li></ul><p><b>Qualifications</b></p><ul><li>MS or PhD in biostatistics, statistics or data science, with 5+ years of experience</li><li>R and Python</li><li>Sound knowledge of hypothesis testing and clinical trial statistics</li></ul><p>&nbsp;</p><p><b>About Veracourt</b></p><p>Veracourt is a clinical research organisation. We run phase I&ndash;IV trials for biotech and pharmaceutical sponsors at 2,300 sites in 40 countries, and we have supported the approval of 90 new medicines.</p><p>Pay range (Cambridge, MA): $150,000 &ndash; $182,000 annually. Veracourt is an Equal Opportunity Employer/Protected Veterans/Individuals with Disabilities.</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['US', 'IN'],
    mentions: ['Regression', 'Decision trees', 'Clustering', 'Data cleaning', 'Visualization', 'Power BI', 'Communication', 'R', 'Python', 'Hypothesis testing'],
  },
  {
    id: 't11-a-20',
    title: 'Data Scientist (Public Transport Planning)',
    company: 'Civic Mobility Board',
    location: 'Singapore',
    format: 'text',
    body: `What the role is
You will help decide where buses run, how often, and how crowded they are allowed to get.

About us
The Civic Mobility Board is the statutory board that plans bus and rail services for the public. We set routes, timetables and fares, and we answer to the Ministry and to commuters.

What you will be working on
- Model passenger flows from fare-card taps with Python and Spark
- Forecast ridership with regression and time-series models
- Cluster commuters' travel patterns to find under-served areas
- Visualise crowding on maps for planners
- Present recommendations to directors and to the public consultation team

What we are looking for
- Degree in statistics, transport engineering, computer science or related
- At least 2 years of relevant experience
- Only Singapore Citizens will be shortlisted

We regret that only shortlisted candidates will be notified.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['Python', 'Apache Spark', 'Regression', 'Clustering', 'Visualization', 'Communication'],
  },
  {
    id: 't11-a-21',
    title: 'AI Product Manager – Driver Assistance Software',
    company: 'Brenninger Fahrzeugelektronik GmbH',
    location: 'Stuttgart, Germany',
    format: 'html',
    body: `# About Brenninger
Brenninger develops and manufactures radar sensors, camera modules and the control units behind lane keeping and emergency braking for European carmakers. 5,400 people work at our sites in Stuttgart, Győr and Brno.

# Your role
- Own the product roadmap for our camera-based perception features
- Work with computer vision engineers and data engineers on what data we collect and why
- Define acceptance criteria and evaluation metrics for each model before release
- Build business cases for new features with sales and finance
- Communicate roadmaps and trade-offs to carmakers' engineering teams

# Your profile
- 5+ years in product management, 2+ with machine learning products
- Knowledge of ISO 26262 and SOTIF is a plus
- Fluent English; German is an advantage

# Our offer
IG Metall collective agreement, 35-hour week, 30 days of holiday, company car leasing and a company pension.`,
    role: 'AIPM',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['CVE', 'DE', 'Model evaluation', 'Business acumen', 'Communication'],
  },
  {
    id: 't11-a-22',
    title: 'Data Scientist – Crop Yield Forecasting',
    company: 'Prairie Yield Co-operative',
    location: 'Saskatoon, Saskatchewan',
    countryHints: ['CA'],
    format: 'escaped',
    body: `# What you'll do
Our members want to know in July what they will harvest in September. You will build the forecasts that tell them.
- Forecast yields field by field from satellite imagery, soil and weather data with gradient boosting and neural networks
- Derive features from satellite vegetation indices and growing degree days
- Compare forecasts against harvest scale tickets each fall
- Explain results to agronomists and to members at our winter meetings

# What you bring
- Graduate degree in statistics, agronomy, data science or similar
- Python with scikit-learn and XGBoost
- A driver's licence and willingness to visit farms

# What we offer
Salary $95,000 – $115,000, a patronage-linked bonus, health and dental benefits and a defined-contribution pension.

# About Prairie Yield
Prairie Yield is a farmers' co-operative owned by 5,200 grain and oilseed growers in Saskatchewan and Manitoba. We store, grade and market our members' crops, and sell them seed and crop inputs at cost.`,
    role: 'DS',
    sector: null,
    countries: ['CA'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Scikit-learn'],
  },
  {
    id: 't11-a-23',
    title: 'Robotics Engineer – Autonomous Drilling (FIFO)',
    company: 'Ironmantle Resources',
    location: 'Perth WA 6000',
    format: 'double',
    body: `# About us
We dig, crush and rail 70 million tonnes of iron ore a year from three Pilbara sites to our port at Port Hedland. Our autonomous drills and haul trucks are run from an operations centre in Perth.

# The role
- Develop perception and control software for autonomous blast-hole drills in C++ on ROS
- Fuse lidar, GNSS and IMU data with Kalman filters
- Build Python tooling for log replay and testing
- Keep code in Git with review on every change

# About you
- Degree in mechatronics, robotics or electrical engineering
- Strong linear algebra and probability
- Problem-solving under pressure on a remote site

# Roster and benefits
8 days on, 6 days off FIFO from Perth. Salary $165,000 – $190,000 plus super and an annual bonus.`,
    role: 'ROBO',
    sector: null,
    countries: ['AU'],
    mentions: ['C++', 'Python', 'Git', 'Linear algebra', 'Probability', 'Problem-solving'],
  },
  {
    id: 't11-a-24',
    title: 'NLP Engineer, Back Catalogue',
    company: 'Quayle & Morrow Books',
    location: 'Singapore',
    format: 'raw',
    // Greenhouse job page (unescaped): content-intro with the role summary and company, body, conclusion.
    body: `<div class="content-intro"><p>We are hiring an engineer to make 18,000 older titles findable again.</p><p>Quayle &amp; Morrow publishes 600 new books a year in English, Chinese and Malay &ndash; textbooks, fiction and children's picture books &ndash; and keeps its whole back list in print.</p></div><h3><strong>Responsibilities</strong></h3><ul><li>Build pipelines that extract metadata, topics and reading levels from scanned titles</li><li>Fine-tune transformer models for classification and summarisation</li><li>Clean OCR output: fix broken words and strip running headers and page numbers</li><li>Expose results through an internal API for editors and the rights team</li><li>Measure extraction quality with editors' spot checks</li></ul><h3><strong>Requirements</strong></h3><ul><li>3+ years of NLP work in Python (spaCy, Hugging Face)</li><li>Chinese or Malay reading ability is a plus</li></ul><div class="content-conclusion"><p>We offer a 13th-month bonus, flexible hours and a generous book allowance. Quayle &amp; Morrow is an equal opportunity employer.</p></div>`,
    role: 'NLP_ENG',
    sector: null,
    countries: ['SG'],
    mentions: ['Neural networks', 'Data cleaning', 'APIs', 'Model evaluation', 'Python'],
  },
  {
    id: 't11-a-25',
    title: 'Registered Nurse – Cardiac Step-Down (Nights)',
    company: 'St. Elwin Medical Center',
    location: 'Spokane, WA',
    format: 'html',
    body: `# About St. Elwin
St. Elwin Medical Center is a 420-bed teaching hospital and Level II trauma center serving eastern Washington and north Idaho.

# Position summary
Provide care for adult patients recovering from heart attacks, cardiac surgery and catheter procedures on our 28-bed step-down unit. Shifts are 7p–7a, three nights a week.

# Responsibilities
- Monitor cardiac rhythms and vital signs and respond to changes
- Give medications, manage IV drips and titrate per protocol
- Teach patients and families about medications and recovery
- Document care in Epic

# Qualifications
- Current Washington RN license
- BLS and ACLS required
- One year of acute care experience preferred

# Pay and benefits
$48.50 – $72.10 per hour, plus night differential of $4.25 per hour. Medical, dental and vision, tuition assistance and a 403(b) with match.
St. Elwin Medical Center is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't11-a-26',
    title: 'Store Manager',
    company: 'Birchcroft Hardware',
    location: 'Kelowna, BC',
    format: 'text',
    body: `The role
You will run our Kelowna store: a team of 45, 30,000 products and a garden centre that triples in size every spring.

What you'll do
- Lead, hire and coach department supervisors
- Use our Power BI store dashboards to track sales, shrink and labour hours
- Run the store like your own business: read the P&L and act on it
- Keep the store safe, clean and fully stocked

What you bring
- 3+ years managing a store or department in retail
- Strong problem-solving skills on a busy floor
- Weekend availability in peak season

Pay and benefits
$78,000 – $90,000 plus a quarterly store bonus, extended health and dental, RRSP matching and a 20% employee discount.

About Birchcroft Hardware
Birchcroft Hardware is a family-owned chain of 38 hardware and home stores in British Columbia and Alberta. Contractors and homeowners come to us for lumber, paint, tools and advice.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['Power BI', 'Business acumen', 'Problem-solving'],
  },
  {
    id: 't11-a-27',
    title: 'Actuarial Analyst – Longevity',
    company: 'Ashmere Life & Pensions',
    location: 'Edinburgh, Scotland',
    format: 'escaped',
    body: `# The role
Join our Longevity team to help set the assumptions behind how long our annuity customers will live, and so how much we hold to pay them.

# Who we are
Ashmere pays pensions to 1.1 million retired people across the UK and looks after £64 billion of savings and annuities for them.

# What you'll do
- Fit mortality models with GLMs and other regression models in R
- Clean and validate administration data before each valuation
- Write up results clearly for the Actuarial Function Holder
- Automate routine work; Python is increasingly used across the team

# What you'll need
- A numerate degree and progress towards IFoA exams
- Good Excel and some R

# What we offer
£36,000 – £44,000, paid study leave and exam support, a 12% pension contribution, 28 days' holiday and a bonus.
We are committed to an inclusive workplace and are happy to talk flexible working.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Regression', 'R', 'Data cleaning', 'Communication', 'Python'],
  },
  {
    id: 't11-a-28',
    title: 'Senior Software Engineer – Billing Platform',
    company: 'Tarangini Systems',
    location: 'Bengaluru, Karnataka, India',
    format: 'div',
    body: `# What you'll do
- Design and build rating and invoicing services in Java 17 and Spring Boot
- Publish and consume usage events on Kafka
- Write REST APIs for operators' self-care apps
- Run services on Kubernetes with Docker, released through Jenkins
- Keep our regression suites green; code lives in Git

# What you need
- 6+ years of backend development in Java
- Experience with high-volume transactional systems

# Benefits
Medical insurance for you and your parents, hybrid work, and a yearly learning allowance.

# About Tarangini
Tarangini builds the billing and charging software that 23 mobile and broadband operators in Asia and Africa use to rate calls, data and bundles and to bill 310 million subscribers.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Java', 'Kafka', 'APIs', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git'],
  },
  {
    id: 't11-a-29',
    title: 'Analytics Engineer',
    company: 'Crateful',
    location: 'Remote — EU',
    format: 'raw',
    // Ashby descriptionHtml with <h2> headings and <p> inside list items.
    body: `<p style="min-height:1.5em">Crateful brings groceries to your door in 30 minutes. We run 60 small warehouses in eleven European cities and deliver around 400,000 orders a week.</p><h2>What you'll do</h2><ul style="min-height:1.5em"><li><p style="min-height:1.5em">Model our warehouse, order and marketing data in dbt on BigQuery</p></li><li><p style="min-height:1.5em">Write tests that catch duplicate orders, broken joins and late-arriving data</p></li><li><p style="min-height:1.5em">Work in Git, with CI for every dbt change</p></li><li><p style="min-height:1.5em">Partner with our data scientists and data engineers on shared models</p></li></ul><h2>What we're looking for</h2><ul style="min-height:1.5em"><li><p style="min-height:1.5em">3+ years of SQL-heavy analytics or data work</p></li><li><p style="min-height:1.5em">Python for scripting</p></li><li><p style="min-height:1.5em">The right to work in an EU member state</p></li></ul><h2>Compensation</h2><p style="min-height:1.5em">&euro;70,000 &ndash; &euro;85,000, stock options, a monthly grocery credit and a yearly learning budget. This role is fully remote within the EU.</p>`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: [],
    mentions: ['Data cleaning', 'Git', 'Deployment pipelines', 'DS', 'DE', 'Python'],
  },
  {
    id: 't11-a-30',
    title: 'Data Analyst, Ocean Freight',
    company: 'Meranti Freight Forwarding',
    location: 'Singapore',
    format: 'text',
    body: `Job description
You will help our trade lane managers price better and spot delays before customers do.

Who we are
Meranti books space on container ships and aircraft for 3,000 importers and exporters across Southeast Asia, clears their goods through customs and trucks them to the door.

Responsibilities
- Build Tableau dashboards on volumes, margins and transit times
- Analyse shipment data with SQL and Python (pandas)
- Clean shipment data pulled from carrier portals: fix port codes, remove duplicate bookings
- Present insights to trade lane managers each month

Requirements
- Degree in business analytics, logistics or related
- 2 years of experience with SQL

We offer a 13th-month bonus, AWS (annual wage supplement), medical and dental benefits.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Tableau', 'Python', 'Pandas', 'Data cleaning', 'Communication'],
  },
  {
    id: 't11-a-31',
    title: 'Maintenance Technician – Night Shift',
    company: 'Cobbler Creek Mills',
    location: 'Cedar Rapids, IA',
    format: 'raw',
    // Workday jobDescription: spacer paragraphs, company paragraph and EEO statement at the end.
    body: `<p><b>Position Summary</b></p><p>Keep our flaking mills, ovens and packaging lines running on nights (6:00 pm &ndash; 6:30 am, 2-2-3 rotation).</p><p>&nbsp;</p><p><b>Duties</b></p><ul><li>Troubleshoot and repair mechanical, electrical, pneumatic and hydraulic equipment</li><li>Work with Allen-Bradley PLCs and variable-frequency drives</li><li>Complete preventive maintenance in our CMMS</li><li>Follow lockout/tagout and hot-work permits for welding and other spark-producing work</li></ul><p><b>Requirements</b></p><ul><li>3+ years of industrial maintenance, ideally in food manufacturing</li><li>Ability to lift 50 lbs and work at heights</li></ul><p><b>Pay</b></p><p>$31.00 &ndash; $38.50 per hour plus a $2.00 night premium. Medical, dental and vision, a 401(k) with a 5% match and a free case of granola every month.</p><p>&nbsp;</p><p><b>About Us</b></p><p>Cobbler Creek Mills turns 400 million pounds of oats a year into rolled oats, granola and oat flour for grocery brands across North America.</p><p>Cobbler Creek Mills is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: [],
  },
  {
    id: 't11-a-32',
    title: 'Pharmacy Technician / Dispensary Assistant',
    company: 'Wattlebrook Chemists',
    location: 'Hobart TAS 7000',
    format: 'double',
    body: `# About us
Wattlebrook Chemists is a Tasmanian-owned group of 27 pharmacies. Our pharmacists dispense, vaccinate and run medication reviews for people in towns from Burnie to Huonville.

# The role
- Prepare prescriptions for pharmacist checking
- Manage stock, returns and the dose administration aid packing line
- Help customers at the dispensary counter and over the phone

# About you
- Certificate III or IV in Community Pharmacy, or willing to complete it with us
- Accurate, calm and friendly

# What we offer
Above-award pay, staff discounts, paid training and a rostered weekend off each month.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: [],
  },
  {
    id: 't11-a-33',
    title: 'Site Reliability Engineer',
    company: 'Vidyapath Learning',
    location: 'Bengaluru (Hybrid) / Remote – India',
    format: 'escaped',
    body: `# What you'll do
Keep our live classes running at 7 pm on a school night, when 300,000 students join at once.
- Run our services on Kubernetes and Docker across two cloud regions
- Own deployment pipelines in GitHub Actions and infrastructure in Terraform
- Write automation in Python or Go
- Lead incident reviews and make the fixes stick

# What you need
- 4+ years in SRE or DevOps
- Experience with Prometheus and Grafana

# Benefits
Health insurance for your family, ESOPs, and free courses for your children.

# About Vidyapath
Vidyapath runs live online classes in maths, science and coding for 2.4 million school students in India, taught by 9,000 teachers.`,
    role: null,
    sector: null,
    countries: ['IN'],
    mentions: ['Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'Python'],
  },
  {
    id: 't11-a-34',
    title: 'Transport Planning Officer',
    company: 'Hollinsford Borough Council',
    location: 'Hollinsford, Lancashire',
    countryHints: ['GB'],
    format: 'text',
    body: `Job purpose
Plan safer streets and better bus routes for the borough, and build the evidence for our funding bids.

About the council
Hollinsford Borough Council looks after 240 km of roads, two bus stations and the parks, libraries and housing services for 130,000 residents.

Main responsibilities
- Design and analyse traffic counts and travel surveys
- Prepare maps and charts for reports and consultations
- Present findings to councillors and at public meetings
- Work with the county highways team and bus operators

Essential criteria
- Degree in transport planning, geography or civil engineering
- Experience with GIS (ArcGIS or QGIS)

Grade 8: £35,235 – £38,626. Local Government Pension Scheme and flexible working. We are a Disability Confident employer.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Visualization', 'Communication'],
  },
  {
    id: 't11-a-35',
    title: 'Laboratory Scientist – Environmental Chemistry',
    company: 'Calverton Analytical Laboratories',
    location: 'Raleigh, NC',
    format: 'html',
    body: `# Summary
Run trace-metal and organic analyses on drinking water, soil and waste samples under EPA methods.

# Responsibilities
- Prepare and analyse samples by ICP-MS and GC-MS
- Build calibration curves and review quality-control results
- Enter and review data in our LIMS
- Maintain instruments and troubleshoot problems

# Qualifications
- Bachelor's degree in chemistry or a related science
- 2+ years of environmental lab experience
- Python scripting for LIMS exports is a plus

# Benefits
$58,000 – $70,000. Medical, dental and vision, a 401(k) with match and tuition help.

# About Calverton
Calverton is an independent testing laboratory. Water utilities, builders, farms and factories send us 250,000 samples a year to test for metals, pesticides and solvents.
Calverton Analytical Laboratories is an Equal Opportunity Employer.`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Python'],
  },
  {
    id: 't11-a-36',
    title: 'Credit Risk Analyst',
    company: 'Senang Savings Bank',
    location: 'Singapore',
    format: 'double',
    body: `# Job summary
Monitor our consumer and small-business loan books and keep our credit scorecards sharp.

# About us
Senang Savings Bank is a digital bank. 700,000 customers hold savings accounts, personal loans and small-business credit lines with us, all from one app.

# Responsibilities
- Build and refresh application scorecards with logistic regression
- Test gradient-boosting challenger models against the current scorecards
- Back-test scorecards every quarter and report model performance
- Present findings to the credit committee
- Work in SAS and Python

# Requirements
- Degree in statistics, economics or a quantitative field
- 3+ years in credit risk

We offer a competitive salary, variable bonus and flexible benefits.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['Regression', 'Decision trees', 'Model evaluation', 'Communication', 'Python'],
  },
];
