// Test-set (test6) postings, part A: 36 postings in English from fictional employers that appear in no
// other set. 24 titles name one of the seed's ten roles in varied wordings; 12 are other jobs, tech and
// non-tech. Employers describe themselves in their own words: at the top, after the role summary or at the
// end, and about a quarter only through what they do. Traps: a pharmacy chain and a health insurer, accounting
// and payroll software, shelf cameras for supermarkets, inspection stations for factories, curb software
// for cities, a telecom operator's store, a recruiter naming its client, a non-profit institute on a public
// pay scale, and destinations, markets and sales territories that are not where the job is.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, and a company made for one of
// the seven sectors is in that sector; when the posting does not say, or the business is in none, null.
//
// Role decisions (title only): MLOps Engineer and ML Platform Engineer → Machine Learning Engineer; Decision
// Scientist → Data Scientist; Perception Engineer → Computer Vision Engineer; Deep Learning Engineer → Deep
// Learning Specialist; BI Developer and Power BI Developer → Business Intelligence Analyst; Product Manager,
// Machine Learning → AI Product Manager; Analytics Engineer, Data Analyst, Sales Engineer → null.
//
// Mention conventions (docs/extraction.md): paraphrases count by meaning; CNNs and transformer models are
// Neural networks; XGBoost, LightGBM, gradient boosting and random forests are Decision trees; A/B tests and
// significance tests are Hypothesis testing; dashboards alone are not Visualization, visualising and charts
// are; GitHub, GitLab and "version control" are Git; CI/CD, CI, Jenkins and Argo CD are Deployment pipelines;
// a generic cloud certification "welcome" is no certification, a named one from the seed is.
//
// Mention decisions for the cases that needed one:
// - People named by role are role mentions ("mentor two data scientists", "our robotics engineers"); teams
//   named by field are not ("the data engineering team", "the BI team", "decision science group").
// - "deep learning" never stands alone here: each posting that says it also names an architecture (CNNs,
//   transformer or conformer models, "deep neural networks"), which is what Neural networks is labelled on.
// - t6-a-02: "Feature pipelines that compute customer features" is Feature engineering; Argo CD deployments
//   are Deployment pipelines; "You write clearly" is Communication.
// - t6-a-12: de-duplicating consignments and correcting address records is Data cleaning; "automated
//   deployments with Azure DevOps" is Deployment pipelines and "version control" is Git.
// - t6-a-14: "detection and segmentation networks" is Neural networks, as "object detection networks" was.
// - t6-a-23: "automated tests in CI" is Deployment pipelines; "adapt plans when the weather does" is Adaptability.
// - t6-a-27: a nurse who communicates changes in a patient's condition clearly is asked for Communication.
// - t6-a-30: "quality reports and charts" is Visualization (making charts).
// - t6-a-32: "how neural networks are trained and evaluated" is Neural networks and Model evaluation.
// - No Hypothesis testing for pilots or trials without a comparison on live traffic or a significance test.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST6_A: HoldoutCase[] = [
  {
    id: 't6-a-01',
    title: 'MLOps Engineer II',
    company: 'Brackenridge Credit',
    location: 'Austin, TX',
    locations: ['Remote - United States'],
    format: 'raw',
    // Greenhouse job-board API `content`: the HTML entity-escaped, with intro, pay-transparency and conclusion divs.
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Brackenridge is hiring an engineer to keep our underwriting models fast, observable and boring in the best possible way.&lt;/strong&gt;&lt;/p&gt;&lt;/div&gt;&lt;h3&gt;&lt;strong&gt;What you'll do&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Run the platform our data scientists use to train and ship credit-decision models: MLflow for experiment tracking and the model registry, Kubeflow pipelines on Kubernetes for training&lt;/li&gt;&lt;li&gt;Turn notebooks into versioned, tested services behind internal REST APIs that answer in under 150 ms&lt;/li&gt;&lt;li&gt;Own the CI/CD path from a merged pull request on GitHub to a canary release&lt;/li&gt;&lt;li&gt;Build monitoring that tells us when a model's approval rates or accuracy move, and help the model risk team re-validate models before each release&lt;/li&gt;&lt;li&gt;Write runbooks and join a light on-call rotation (one week in six)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;&lt;strong&gt;What you'll bring&lt;/strong&gt;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;3+ years in software, DevOps or ML engineering, with Python as your main language&lt;/li&gt;&lt;li&gt;Hands-on Docker and Kubernetes; Terraform is a plus&lt;/li&gt;&lt;li&gt;Experience with AWS (we use EKS, S3 and SageMaker for batch scoring)&lt;/li&gt;&lt;li&gt;A calm approach to incidents and good problem-solving habits&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-pay-transparency&quot;&gt;&lt;div class=&quot;pay-input&quot;&gt;&lt;div class=&quot;description&quot;&gt;&lt;p&gt;The base salary range for this role is below. Final pay depends on location and experience.&lt;/p&gt;&lt;/div&gt;&lt;div class=&quot;title&quot;&gt;US base pay&lt;/div&gt;&lt;div class=&quot;pay-range&quot;&gt;&lt;span&gt;$138,000&lt;/span&gt;&lt;span class=&quot;divider&quot;&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$164,000 USD&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;&lt;strong&gt;About Brackenridge&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Brackenridge Credit lends to the businesses big banks tend to overlook: food trucks, hair salons, two-van plumbing firms. Since 2016 we have funded more than $2.1 billion in working-capital loans and lines of credit, and we make most decisions the same day. Brackenridge Credit, LLC is a licensed lender in every state where we operate.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Benefits&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Medical, dental and vision plans with 90% of premiums paid, a 401(k) with a 4% match, 16 weeks of paid parental leave, a $1,500 home-office budget and flexible PTO.&lt;/p&gt;&lt;p&gt;Brackenridge is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, marital status, veteran status, disability or any other legally protected status. Applicants in San Francisco and Los Angeles: we will consider qualified applicants with arrest and conviction records in line with local fair chance ordinances.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['DS', 'MLflow', 'Kubeflow', 'Kubernetes', 'APIs', 'Deployment pipelines', 'Git', 'Model evaluation', 'Python', 'Docker', 'AWS SageMaker', 'Problem-solving'],
  },
  {
    id: 't6-a-02',
    title: 'ML Platform Engineer',
    company: 'Loomwright',
    location: 'Remote (EU)',
    format: 'raw',
    // Ashby descriptionHtml: styled <p> and <ul>, list items wrapped in <p>.
    body: `<p style="min-height:1.7em"><strong>About Loomwright</strong></p><p style="min-height:1.7em">Loomwright is a data platform for teams that have outgrown spreadsheets but don&#39;t want a year-long warehouse project. More than 3,000 organisations &mdash; breweries, architecture firms, dental clinics, charities and software start-ups &mdash; connect their tools to Loomwright and get clean, joined tables and a place to build models on them. We are 140 people working remotely across eleven countries.</p><p style="min-height:1.7em"><strong>The role</strong></p><p style="min-height:1.7em">Our customers increasingly train models inside Loomwright: churn scores, demand forecasts, lead scoring. The ML Platform team builds the managed training and serving layer that turns this into one click instead of a quarter of work. You&#39;ll be its fourth engineer.</p><p style="min-height:1.7em"><strong>What you&#39;ll work on</strong></p><ul style="min-height:1.7em"><li><p style="min-height:1.7em">Multi-tenant model training on Kubernetes, with jobs orchestrated by Kubeflow and artefacts tracked in MLflow</p></li><li><p style="min-height:1.7em">A serving layer that autoscales thousands of small scikit-learn and XGBoost models, most of which are called a few times an hour</p></li><li><p style="min-height:1.7em">Automatic evaluation reports for every customer model: holdout metrics, calibration, and a plain-language summary of where the model goes wrong</p></li><li><p style="min-height:1.7em">Feature pipelines that compute customer features incrementally from event data</p></li><li><p style="min-height:1.7em">Our Go and Python services, their tests, and the Argo CD deployments that ship them</p></li></ul><p style="min-height:1.7em"><strong>You might be a fit if</strong></p><ul style="min-height:1.7em"><li><p style="min-height:1.7em">You&#39;ve built or run ML infrastructure in production</p></li><li><p style="min-height:1.7em">You write solid Python and are comfortable reading Go</p></li><li><p style="min-height:1.7em">You care about cost: a model called twice a day shouldn&#39;t hold a GPU</p></li><li><p style="min-height:1.7em">You write clearly &mdash; a remote team runs on written proposals</p></li></ul><p style="min-height:1.7em"><strong>Compensation</strong></p><p style="min-height:1.7em">&euro;85,000 &ndash; &euro;105,000 plus equity, depending on experience. We employ people through an employer of record in any EU member state; this role is open to candidates living in the EU.</p><p style="min-height:1.7em"><strong>Benefits</strong></p><ul style="min-height:1.7em"><li><p style="min-height:1.7em">30 days of paid holiday plus your local public holidays</p></li><li><p style="min-height:1.7em">&euro;2,000 yearly learning budget</p></li><li><p style="min-height:1.7em">Two company offsites a year</p></li></ul>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: [],
    mentions: ['Kubernetes', 'Kubeflow', 'MLflow', 'Scikit-learn', 'Decision trees', 'Model evaluation', 'Feature engineering', 'Python', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't6-a-03',
    title: 'Machine Learning Engineer – Returns Prediction',
    company: 'Chhaya Threads',
    location: 'Bengaluru, Karnataka',
    format: 'html',
    body: `One in five things our customers order comes back. We want to know which ones before they ship, and you will build the models and services that tell us.
# Who we are
Chhaya Threads started in 2014 selling 40 block-printed kurtas through a website. Today 11 million customers buy clothes, shoes and home linen from 2,300 brands on our app, and 60,000 parcels leave our Bhiwandi and Hoskote warehouses every day.
# What you will do
- Build models that predict the return risk of each order line from size history, fabric, photos and reviews
- Engineer features from clickstream and order data in PySpark
- Serve predictions through low-latency APIs used by checkout and the warehouse
- Compare every new model against the current one on last month's orders before it goes live, and run A/B tests with the checkout team
- Work with category managers to turn predictions into actions such as size advice and better photos
# What you bring
- 3–6 years of experience, at least two building ML systems in production
- Strong Python; working knowledge of Java or Scala
- Experience with LightGBM or XGBoost, and with PyTorch for image or text models
- Familiarity with Airflow, Docker and Git
# Good to have
- Experience with fashion or marketplace data
# What we offer
Competitive pay with ESOPs, health insurance for you, your spouse, children and parents, 24 days of paid leave, an annual learning allowance and a hybrid setup (three days a week in our Koramangala office).
Chhaya Threads is an equal opportunity employer and welcomes women returning to work after a career break.`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: ['Feature engineering', 'Apache Spark', 'APIs', 'Model evaluation', 'Hypothesis testing', 'Python', 'Java', 'Decision trees', 'PyTorch', 'Docker', 'Git'],
  },
  {
    id: 't6-a-04',
    title: 'Decision Scientist',
    company: 'Halsey Creek Foods',
    location: 'Chicago, IL',
    format: 'div',
    body: `# About Halsey Creek Foods
Halsey Creek makes pretzels, kettle chips and popcorn in three plants in Illinois and Indiana and ships them to grocery, club and convenience stores in 38 states. We are family owned, 1,600 people strong, and still use the kettle recipe from 1962.
# About the role
Our decision science group helps leaders choose: which lines to run in which plant, how much to spend on trade promotions, which new flavors to launch. You will own the analysis behind those choices, from framing the question to the recommendation.
- Build forecasting and regression models for promotion lift and plant capacity
- Design test-and-control trials with retail partners and test whether the differences are statistically significant
- Simulate supply and demand scenarios in Python and explain the trade-offs to plant managers and sales directors
- Visualize results with clear charts, and maintain the Power BI reports the sales team uses every Monday
- Partner with our data engineers on the data you need
# Qualifications
- Master's degree in statistics, economics, operations research or a related field
- 3+ years of experience in analytics or data science
- Python or R, and SQL
- Commercial instinct: you understand margin, price and volume
- Critical thinking: you question the data before you trust it
# Benefits
Medical, dental and vision insurance; a 401(k) with a 6% company match; profit sharing; 15 days of PTO plus 10 holidays; and, yes, free snacks.
Halsey Creek Foods is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or veteran status.`,
    role: 'DS',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Regression', 'Hypothesis testing', 'Python', 'Communication', 'Visualization', 'Power BI', 'DE', 'R', 'Business acumen', 'Critical thinking'],
  },
  {
    id: 't6-a-05',
    title: 'Senior Data Scientist – Demand Planning',
    company: 'Bellbird Grocers',
    location: 'Melbourne VIC 3008',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs, the "About us" last.
    body: `<p><b>Your new role</b></p><p>Every morning our ordering system decides how much milk, bread, fruit and meat each of our stores receives. As Senior Data Scientist in the Demand Planning team you will make those forecasts sharper, so fewer shelves sit empty and less food is thrown away.</p><p>&nbsp;</p><p><b>What you&#39;ll be doing</b></p><ul><li>Lead the redesign of our store-by-item forecasts, moving from gradient-boosted trees to hierarchical time-series models where they earn their place</li><li>Create features for weather, school holidays, local events and promotions</li><li>Backtest forecasts on past seasons and agree accuracy measures with the supply chain team</li><li>Mentor two data scientists and review their code in Azure Repos with Git</li><li>Present findings to the Head of Supply Chain and our store operations leaders</li></ul><p><b>What you&#39;ll bring</b></p><ul><li>5+ years of hands-on forecasting or data science experience</li><li>Expert Python (pandas, NumPy, scikit-learn); Spark on Databricks is a plus</li><li>Models deployed with Azure Machine Learning or a similar platform</li><li>The business judgement to know when a simpler model is good enough</li><li>Microsoft Certified: Azure AI Engineer Associate is desirable</li></ul><p>&nbsp;</p><p><b>Why join us</b></p><ul><li>10% team member discount on your shop</li><li>Salary packaging, an annual bonus plan and 12% superannuation</li><li>Hybrid work from our Docklands support office</li></ul><p>&nbsp;</p><p><b>About us</b></p><p>Bellbird started as one greengrocer in Geelong in 1958. Today our 140 stores across Victoria, New South Wales and South Australia, and our home delivery vans, fill the fridges and pantries of 2 million households every week.</p><p>Bellbird is committed to a diverse and inclusive workplace. We encourage applications from Aboriginal and Torres Strait Islander peoples, people with disability and people of all backgrounds. If you need adjustments during the recruitment process, please let us know.</p>`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Decision trees', 'Feature engineering', 'Model evaluation', 'DS', 'Git', 'Communication', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Apache Spark', 'Microsoft Azure ML', 'Business acumen', 'CERT_AZ'],
  },
  {
    id: 't6-a-06',
    title: 'Principal Data Scientist, Clinical Operations',
    company: 'Tanjong Rhu Medical Group',
    location: 'Singapore',
    format: 'escaped',
    body: `# About us
Tanjong Rhu Medical Group runs two private hospitals and 18 specialist clinics in Singapore, with 620 beds and close to 900,000 outpatient visits a year. Our Clinical Operations Analytics unit works beside doctors and nurses to shorten waits and keep beds flowing.
# The role
- Lead the models that predict admissions, length of stay and discharge readiness, using logistic regression, survival models and gradient boosting
- Cluster patient journeys to find the pathways that cause delays
- Define how models are validated against clinical outcomes before they reach the wards, and review them with our medical board
- Set standards for reproducible work: code in Git, documented datasets and peer review
- Coach a team of four data scientists and one BI analyst
- Explain results to clinicians and hospital management in plain language
# Requirements
- PhD or Master's in biostatistics, epidemiology, computer science or a related field
- 8+ years in data science, including 3+ in healthcare
- Expert in Python or R; experience with Spark is an advantage
- Familiarity with HL7 and FHIR data
# What we offer
Competitive remuneration with an annual variable bonus, comprehensive medical and dental benefits, 21 days of annual leave and study sponsorship.
We regret that only shortlisted candidates will be notified.`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['SG'],
    mentions: ['Regression', 'Decision trees', 'Clustering', 'Model evaluation', 'Git', 'DS', 'BIA', 'Communication', 'Python', 'R', 'Apache Spark'],
  },
  {
    id: 't6-a-07',
    title: 'Data Scientist (Remote, Canada)',
    company: 'Maplewise Money',
    location: 'Remote - Canada',
    format: 'text',
    body: `We're looking for someone to help 700,000 Canadians understand where their money goes, and save more of it.

# About Maplewise
Maplewise is a Canadian digital bank. We hold our members' savings in high-interest accounts, issue the Maplewise prepaid card and offer small, fairly priced credit lines. Deposits are held with our federally regulated partner and are eligible for CDIC protection.

# What you'll do
- Categorise transactions with text models and keep the category rules honest
- Build member-level forecasts of upcoming bills and paydays
- Design and analyse A/B tests on new features in the app
- Write SQL and Python that others can read; use Git and review pull requests
- Share what you learn with product, design and marketing in short written notes and demos
- Partner with ML engineers to ship your models

# What you bring
- 3+ years of data science in a consumer product
- Strong statistics: experiment design, regression, probability
- Python (pandas, scikit-learn) and SQL
- Comfort with ambiguity, and the willingness to change direction when the evidence does
- French is an asset

# What we offer
- Salary: $115,000 – $140,000 CAD plus stock options
- Remote-first within Canada, with a quarterly meet-up in Toronto
- Health and dental from day one, RRSP matching up to 5% and a $1,000 wellness account

Maplewise is committed to employment equity and welcomes applications from women, Indigenous peoples, persons with disabilities, members of visible minorities and people of all gender identities and sexual orientations. Accommodations are available on request throughout the hiring process.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Hypothesis testing', 'Python', 'Git', 'Communication', 'MLE', 'Regression', 'Probability', 'Pandas', 'Scikit-learn', 'Adaptability'],
  },
  {
    id: 't6-a-08',
    title: 'Applied Scientist, Enterprise Search',
    company: 'Sedgebrook Search',
    location: 'Toronto, ON',
    locations: ['Vancouver, BC'],
    format: 'raw',
    // Lever description and lists: <div> paragraphs, <div><br></div> spacers, <h3> list headings.
    body: `<div>Our search has to find the one clause in a 400-page contract, the right drawing among 90,000 engineering files, and the policy a night-shift nurse needs at 3 a.m. We are looking for an applied researcher to push the ranking and retrieval work that makes this possible.</div><div><br></div><h3>What you&#39;ll do</h3><ul><li>Research and prototype retrieval and ranking models: dense retrievers, cross-encoders and learning-to-rank with gradient-boosted trees</li><li>Fine-tune transformer models on each customer&#39;s vocabulary without leaking one customer&#39;s data into another&#39;s model</li><li>Design offline benchmarks and relevance judgements, and run online A/B tests with our product teams</li><li>Publish when it makes sense &ndash; we presented at SIGIR and ECIR last year</li><li>Hand prototypes over to our ML engineers as clean, tested PyTorch code</li></ul><h3>What you&#39;ll bring</h3><ul><li>A PhD in computer science, information retrieval or a related field, or equivalent research experience</li><li>Strong foundations in linear algebra, probability and optimisation</li><li>Fluent Python; experience with PyTorch and Hugging Face Transformers</li><li>Curiosity, and a habit of keeping up with new research</li></ul><div><br></div><div><b>About Sedgebrook</b></div><div>Sedgebrook makes enterprise search software. Law firms, engineering companies, hospitals and universities run it over their own documents, in our cloud or in theirs. We are 260 people with offices in Toronto and Vancouver.</div><div><br></div><div>The salary range for this position is $150,000 &ndash; $185,000 CAD, plus equity and an annual bonus. Sedgebrook is committed to an inclusive workplace; if you require an accommodation during the recruitment process, please let us know.</div>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['Decision trees', 'Neural networks', 'Model evaluation', 'Hypothesis testing', 'MLE', 'PyTorch', 'Linear algebra', 'Probability', 'Python', 'Continuous learning'],
  },
  {
    id: 't6-a-09',
    title: 'Research Scientist, Machine Learning',
    company: 'Elbmarsch Institute for Earth Observation',
    location: 'Hamburg',
    countryHints: ['DEU'],
    format: 'double',
    body: `# Who we are
The Elbmarsch Institute for Earth Observation is an independent, non-profit research institute funded by foundations and public research grants. Our 70 researchers turn satellite and radar data into open datasets on floods, coastal erosion and crop stress that anyone can use.
# Your role
We are looking for a research scientist in machine learning to lead our work on learning from satellite image time series with few labels.
- Develop new methods for self-supervised and weakly supervised learning on multispectral and radar imagery, using CNNs and vision transformers
- Publish at leading machine learning and remote sensing venues
- Evaluate methods rigorously against field measurements and public benchmarks
- Supervise doctoral researchers and co-write grant proposals
- Release code and models as open source on GitHub
# Your profile
- PhD in machine learning, computer vision, remote sensing or a related field
- A strong publication record
- Excellent Python and PyTorch; JAX or Julia is welcome
- Solid mathematical foundations: linear algebra, probability and calculus
- Fluent English; German is not required
# What we offer
Salary according to TV-L E14, 30 days of holiday, flexible working hours, a subsidised Deutschlandticket and an office on the Elbe.
We value diversity and welcome all applications regardless of gender, nationality, ethnic and social origin, religion, disability, age, sexual orientation or identity. Severely disabled applicants with equal qualifications will be given preference.`,
    role: 'ARS',
    sector: null,
    countries: ['DE'],
    mentions: ['ARS', 'Neural networks', 'Model evaluation', 'Git', 'Python', 'PyTorch', 'Julia', 'Linear algebra', 'Probability', 'Calculus'],
  },
  {
    id: 't6-a-10',
    title: 'Data Engineer III – Streaming',
    company: 'Tallowwood Telecom',
    location: 'Sydney NSW 2000',
    format: 'div',
    body: `# About Tallowwood
Tallowwood Telecom is Australia's challenger mobile and home internet provider. We run our own 4G and 5G network across regional New South Wales and Queensland, sell NBN plans nationally, and 1.4 million customers trust us with their connection.
# The team
The Network Data team turns signals from 6,000 cell sites into the data our network engineers, planners and data scientists rely on.
# What you'll do
- Build and run streaming pipelines on Kafka and Apache Flink that process 8 billion network events a day
- Migrate legacy Hadoop batch jobs to Spark on our cloud lakehouse
- Write data quality checks that catch broken feeds before the morning network report goes out
- Develop in Python and Java, with code reviewed in Git and shipped through Jenkins
- Provide well-documented tables and APIs for data scientists and BI analysts
# What you'll bring
- 5+ years as a data engineer, including streaming systems in production
- Deep knowledge of Kafka and Spark
- Infrastructure as code with Terraform; Docker and Kubernetes
- Good problem-solving skills and the patience to trace a bug through five systems
# Benefits
- A free mobile and home internet plan
- 16 weeks of paid parental leave
- An extra 2% superannuation on top of the legislated rate
Tallowwood Telecom is an equal opportunity employer. We celebrate diversity and are committed to an inclusive workplace for all employees, including Aboriginal and Torres Strait Islander peoples.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['DS', 'Kafka', 'Hadoop', 'Apache Spark', 'Data cleaning', 'Python', 'Java', 'Git', 'Deployment pipelines', 'APIs', 'BIA', 'DE', 'Docker', 'Kubernetes', 'Problem-solving'],
  },
  {
    id: 't6-a-11',
    title: 'Senior Big Data Engineer',
    company: 'Nilgiri Payments',
    location: 'Pune, Maharashtra, India',
    format: 'raw',
    // SmartRecruiters jobAd sections (company, job, qualifications, additional) concatenated by the adapter.
    body: `<p>Nilgiri Payments processes card and UPI payments for 180,000 merchants across India, from neighbourhood kirana stores to national airlines. We move more than &#8377;9,000 crore a month and are authorised by the Reserve Bank of India as a payment aggregator.</p><p><strong>Job Description</strong></p><p>You will build the data platform that our risk, settlement and merchant analytics teams run on.</p><ul><li>Design batch and streaming pipelines with Apache Spark, Kafka and Hive on our Hadoop cluster, and plan its move to the cloud</li><li>Build reconciliation jobs that match every transaction across banks, card networks and our ledger</li><li>Model data for the fraud analysts and data scientists who train our risk models</li><li>Tune jobs that handle 40 million transactions a day</li><li>Mentor junior engineers and review their Scala and Java code</li></ul><p><strong>Qualifications</strong></p><ul><li>B.E./B.Tech or M.Tech in computer science or equivalent</li><li>6&ndash;10 years of data engineering, with at least 3 on Spark</li><li>Strong Java or Scala, plus Python for scripting</li><li>Experience with Airflow, Git and CI/CD for data jobs</li><li>Knowledge of PCI DSS is a plus; a cloud data engineering certification (AWS or Azure) is welcome</li></ul><p><strong>Additional Information</strong></p><ul><li>Hybrid: three days a week at our Baner office</li><li>Medical cover of &#8377;10 lakh for you and your family, term life insurance and an annual performance bonus</li></ul><p>Nilgiri Payments is an equal opportunity employer.</p>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['Apache Spark', 'Kafka', 'Hadoop', 'DS', 'Java', 'Python', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't6-a-12',
    title: 'Lead Data Engineer (Azure)',
    company: 'Orwell Gate Freight',
    location: 'Ipswich, Suffolk; Manchester',
    format: 'text',
    body: `Hybrid – Ipswich or Manchester, two days a week in the office
£78,000 – £90,000 + 10% bonus

# The role
We are replacing a tangle of nightly spreadsheets and a 15-year-old SQL Server warehouse with a modern Azure data platform, and we need a hands-on lead to build it with us.

# What you will do
- Lead a team of four data engineers
- Design ingestion from our transport management system, port community systems and vehicle telematics into Azure Data Lake with Data Factory and Databricks (PySpark)
- Build tested, documented data models that the BI team uses in Power BI
- Put version control, code review and automated deployments in place with Azure DevOps
- Fix data at its source: de-duplicate consignments, correct address records and fill gaps in container events
- Work with operations managers to agree the roadmap

# What you will bring
- Several years of data engineering, including leading a small team
- Strong SQL and Python
- Experience with Azure data services
- A practical, problem-solving mindset

# Benefits
25 days' holiday plus bank holidays, a 6% matched pension, private medical insurance, life cover at four times salary and an electric car salary sacrifice scheme.

# About us
Every year Orwell Gate moves 310,000 containers from the quaysides of Felixstowe, Southampton and Liverpool to the warehouses and factories waiting for them. Our 900 drivers, planners and warehouse teams run 14 depots and a fleet of 650 trucks.

Orwell Gate Freight Ltd is an equal opportunities employer. We welcome applications from all parts of the community and will make reasonable adjustments for anyone who needs them.`,
    role: 'DE',
    sector: null,
    countries: ['GB'],
    mentions: ['DE', 'Apache Spark', 'Power BI', 'Git', 'Deployment pipelines', 'Data cleaning', 'Python', 'Problem-solving'],
  },
  {
    id: 't6-a-13',
    title: 'Computer Vision Engineer – Shelf Monitoring (m/w/d)',
    company: 'Shelfsight Analytics GmbH',
    location: 'Berlin',
    countryHints: ['DE'],
    format: 'escaped',
    body: `You will build the models that tell a store manager, within minutes, which shelf is empty and which price label is wrong.
# About Shelfsight
Shelfsight builds shelf-monitoring cameras and software for supermarkets and drugstore chains. Our small battery cameras clip onto shelf edges and photograph the opposite shelf every 30 minutes; our models turn those photos into restocking tasks on store staff's handhelds. 1,900 stores in seven European countries use Shelfsight today.
# What you'll do
- Train and improve object detection and product recognition models (CNNs and vision transformers) on millions of shelf images
- Compress and quantise models so they run on our in-store gateways
- Build evaluation datasets that reflect real stores, and report precision and recall per retailer
- Work with our data engineers on labelling pipelines and with our robotics engineers on the next camera generation
- Keep our training code clean, tested and in Git
# What you'll bring
- 3+ years of computer vision in industry
- PyTorch and OpenCV; TensorRT or ONNX Runtime is a plus
- Strong Python and some C++
- Professional English (German is not required)
# What we offer
€70,000–€88,000 gross per year, virtual stock options, 30 vacation days, a BVG ticket and a yearly learning budget of €1,500.
We welcome applications from people of all backgrounds. Shelfsight is committed to equal opportunity regardless of gender, origin, religion, disability, age or sexual identity.`,
    role: 'CVE',
    sector: SECTOR.RETAIL,
    countries: ['DE'],
    mentions: ['Neural networks', 'Model evaluation', 'DE', 'ROBO', 'Git', 'PyTorch', 'Python', 'C++'],
  },
  {
    id: 't6-a-14',
    title: 'Perception Engineer',
    company: 'Tillford Autonomy',
    location: 'Saskatoon, SK',
    industry: 'Machinery Manufacturing',
    format: 'html',
    body: `# About Tillford
Tillford Autonomy designs and builds self-driving tractors, and the retrofit kits that let a farmer's existing tractor seed and spray on its own. Every kit is assembled in our Saskatoon plant, and our machines worked 1.1 million acres across the Prairies last season.
# The role
You will own how our machines see the field: crop rows, rocks, people, animals and other vehicles, by day and by night, in dust and in rain.
- Develop and train detection and segmentation networks on camera and lidar data
- Fuse camera, lidar and radar into one picture of the world that the planner can trust
- Measure perception performance against labelled field logs and safety requirements before every release
- Write real-time C++ for our onboard NVIDIA computers, and Python tools for data and training
- Work closely with robotics engineers on the planner and with our hardware team on sensor mounts
# What you bring
- A degree in computer science, robotics, electrical engineering or similar
- 3+ years in computer vision or perception for robots or vehicles
- Strong C++ and Python; experience with PyTorch or TensorFlow
- Experience with ROS 2 is an asset
- Willingness to spend time in the field during seeding and harvest
# Compensation and benefits
$110,000 – $140,000 CAD, health and dental benefits, an RRSP match, and a heated shop to work in all winter.
Tillford Autonomy welcomes applications from everyone, including Indigenous peoples, women, persons with disabilities and members of visible minorities. Accommodations are available on request.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['Neural networks', 'Model evaluation', 'C++', 'Python', 'ROBO', 'PyTorch', 'TensorFlow'],
  },
  {
    id: 't6-a-15',
    title: 'NLP Engineer – Clinical Documentation',
    company: 'Corviston Health Records',
    location: 'Boston, MA',
    locations: ['Remote - US'],
    format: 'div',
    body: `# The opportunity
Doctors spend two hours on paperwork for every hour with patients. Our Clinical Documentation team builds the features that turn a visit's conversation and notes into a structured record, and we want them to be more accurate.
# What you'll do
- Build and fine-tune transformer models that extract diagnoses, medications and follow-ups from clinical notes
- Evaluate models on annotated notes and agree error budgets with our clinical informaticists
- Clean and de-identify training text so that no patient can be recognized
- Serve models behind APIs that our EHR calls in real time
- Work with data scientists, product managers and the physicians on our clinical advisory board
# What you'll bring
- 3+ years of applied NLP in production
- Python, PyTorch and Hugging Face; spaCy is a plus
- Experience with Docker and Kubernetes
- Understanding of HIPAA and how to handle protected health information
- Clear written communication
# Nice to have
- Experience with ICD-10, SNOMED CT or RxNorm
# Pay
The base pay for this role is $145,000–$175,000 per year. Pay within the range depends on skills, experience and location.
# About Corviston
Corviston Health Records makes the electronic health record that 1,300 independent practices and community hospitals use to chart, prescribe and bill. We are a software company that builds only for healthcare, and our 700 people include nurses and physicians as well as engineers.
# Benefits
Medical, dental and vision insurance; a 401(k) with a 5% match; 20 days of PTO plus 11 holidays; 12 weeks of paid parental leave.
Corviston Health Records is an equal opportunity employer. We do not discriminate based on race, religion, color, national origin, sex, sexual orientation, gender identity, age, veteran status, disability or any other protected characteristic.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Neural networks', 'Model evaluation', 'Data cleaning', 'APIs', 'DS', 'Python', 'PyTorch', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't6-a-16',
    title: 'Natural Language Processing Engineer',
    company: 'Severnvale District Council',
    location: 'Gloucester',
    countryHints: ['GB'],
    format: 'text',
    body: `Severnvale District Council looks after 128,000 residents across the Severn Vale, from bin collections and planning applications to housing support and local elections. Our Digital Services team builds the tools residents and staff use every day.

Grade 9: £43,693 – £47,754 per annum
Permanent, 37 hours per week, hybrid (Gloucester office two days a week)

# About the role
Every year we receive more than 200,000 emails, web forms and letters, and many wait days to reach the right team. You will build the language models that read each message, route it to the right service and suggest a first reply that a member of staff checks and sends.

# Main responsibilities
- Develop text classification and entity extraction models for residents' messages, starting from transformer models such as BERT
- Test the models for accuracy, and for bias across groups of residents, and publish the results in our algorithmic transparency record
- Build and maintain Python services with APIs that connect to our case management system
- Keep code under version control and deploy it through our CI pipelines
- Explain how the models work to councillors, staff and residents without jargon

# About you
- Experience building NLP systems in Python
- Knowledge of PyTorch or TensorFlow
- Understanding of UK GDPR and data protection principles
- A commitment to public service

# What we offer
The Local Government Pension Scheme, 26 days' annual leave rising to 31, flexible working, a cycle to work scheme and free parking.

Severnvale District Council is committed to equality of opportunity. We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria for the role.`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Neural networks', 'Model evaluation', 'Python', 'APIs', 'Git', 'Deployment pipelines', 'Communication', 'PyTorch', 'TensorFlow'],
  },
  {
    id: 't6-a-17',
    title: 'BI Developer',
    company: 'Thamesreach Fibre',
    location: 'Reading, Berkshire',
    countryHints: ['GBR'],
    format: 'raw',
    // Workday jobDescription: role summary first, then who the employer is, with &rsquo; and &pound; entities.
    body: `<p><b>About the role</b></p><p>We&rsquo;re looking for someone to build the reporting that shows how our network build, our customer service and our sales are really going.</p><p><b>Who we are</b></p><p>We dig trenches, lay ducts and light up full-fibre lines to homes in market towns and villages that were left behind on slow copper. Today 900,000 homes across the Thames Valley, Wiltshire and the Cotswolds can order from us, and 260,000 of them are online with us.</p><p>&nbsp;</p><p><b>What you&rsquo;ll do</b></p><ul><li>Design and build Power BI reports and semantic models for the build, service and commercial teams</li><li>Write and optimise SQL and DAX over our Azure Synapse warehouse</li><li>Automate data quality checks so that a broken feed never reaches a board pack</li><li>Visualise build progress on maps, street by street</li><li>Work with the data engineers to bring new sources into the warehouse</li><li>Understand the question behind each request, and present your findings back to the people who asked</li></ul><p><b>What you&rsquo;ll bring</b></p><ul><li>3+ years in a BI or reporting role</li><li>Expert Power BI and SQL; Tableau experience is also welcome</li><li>Some Python for data preparation is a bonus</li><li>Curiosity and an appetite to keep learning, about BI tools and about how a fibre network works</li></ul><p>&nbsp;</p><p><b>What&rsquo;s in it for you</b></p><p>&pound;48,000 &ndash; &pound;56,000, an annual bonus, 25 days&rsquo; holiday plus bank holidays, a 7% matched pension and a free gigabit connection if we serve your home.</p><p>We&rsquo;re committed to building a team that reflects the communities we serve, and we welcome applications from everyone. If you need any adjustments during the application process, just let us know.</p>`,
    role: 'BIA',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'DE', 'Communication', 'Tableau', 'Python', 'Continuous learning'],
  },
  {
    id: 't6-a-18',
    title: 'Business Intelligence Analyst – Store Operations',
    company: 'Mabry & Lisle Pharmacy',
    location: 'Raleigh, NC',
    format: 'html',
    body: `# About us
Mabry & Lisle is a family of 212 community pharmacies across North Carolina, South Carolina and Virginia. Our pharmacists fill 19 million prescriptions a year, give flu and shingles shots and run clinics for diabetes and blood pressure, and our front-of-store aisles carry everyday health and household essentials.
# The role
The Store Operations Analytics team helps district leaders and pharmacy managers run better stores. You will own the reporting on prescription wait times, staffing, inventory and front-store sales.
- Build and maintain Tableau dashboards for 24 district leaders
- Write SQL against our Snowflake warehouse and document the logic behind every metric
- Investigate why metrics move and write short summaries of what you find for leadership
- Validate data from our pharmacy system and point-of-sale feeds, and fix issues with the data engineering team
- Support store labor planning with simple forecasting models in Excel or Python
# Qualifications
- Bachelor's degree in business, analytics, information systems or a related field
- 2+ years of business intelligence or analytics experience
- Advanced SQL and Tableau; Power BI is a plus
- Strong attention to detail and the ability to juggle several requests at once
# Benefits
Medical, dental and vision insurance; a 401(k) with company match; an employee discount; paid time off; and tuition assistance.
Mabry & Lisle is an equal opportunity employer and a drug-free workplace.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Tableau', 'Communication', 'Data cleaning', 'Python', 'Power BI'],
  },
  {
    id: 't6-a-19',
    title: 'Power BI Developer',
    company: 'City of Port Ardley',
    location: 'Port Ardley, Ontario',
    format: 'double',
    body: `# Who we are
We plough 2,300 lane-kilometres of road, treat the drinking water for 140,000 residents, run eleven community centres and two libraries, and issue everything from dog licences to building permits. The City of Port Ardley employs 1,250 people on the north shore of Lake Erie.
# About the position
Reporting to the Manager, Data & Analytics, you will design and maintain the City's reporting, from council performance scorecards to snow-clearing response times.
- Build Power BI data models, reports and paginated reports for departments across the City
- Develop dataflows from our financial, work-order and 311 systems
- Visualize service levels on maps for council and residents, and publish open data on the City's portal
- Validate and clean source data with system owners
- Train staff to use self-serve reports
# Qualifications
- Diploma or degree in computer science, information management or business analytics
- 3 years of experience with Power BI, DAX and SQL Server
- Experience with Python or R is an asset
- Excellent communication and interpersonal skills
- Ability to adapt to shifting priorities in a busy public organization
# Compensation
$89,412 – $105,190 per year (2024 rates), 35 hours per week, OMERS pension and a comprehensive benefits package.
The City of Port Ardley is an equal opportunity employer committed to inclusive, barrier-free recruitment. Accommodation is available on request under the Accessibility for Ontarians with Disabilities Act (AODA).`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['Power BI', 'Visualization', 'Data cleaning', 'Python', 'R', 'Communication', 'Adaptability'],
  },
  {
    id: 't6-a-20',
    title: 'Product Manager, Machine Learning',
    company: 'Rosterlane',
    location: 'London, United Kingdom',
    locations: ['Berlin, Germany'],
    format: 'raw',
    // Greenhouse board page: content-intro and content-conclusion divs, HTML as rendered (not escaped).
    body: `<div class="content-intro"><p>Rosterlane is looking for someone to lead the machine learning features in our scheduling product, from forecasting how many people a shift needs to suggesting who should work it.</p></div><p><strong>In this role you will</strong></p><ul><li>Own the roadmap for demand forecasting, automatic scheduling and shift-swap recommendations</li><li>Work with our data scientists and machine learning engineers to decide what &quot;good&quot; looks like for each model, and how we evaluate models before and after launch</li><li>Decide what to roll out based on A/B test results</li><li>Talk to shift managers in warehouses, hospitals, shops and call centres every week</li><li>Write clear specs and explain trade-offs to leadership, sales and customers</li></ul><p><strong>You'll be great in this role if you have</strong></p><ul><li>4+ years of product management, with at least one machine learning product shipped</li><li>Enough statistics to challenge a model's results, and enough business sense to build a pricing case</li><li>Comfort with SQL; Python is a bonus</li><li>Experience with workforce management or HR software</li></ul><div class="content-conclusion"><p><strong>About Rosterlane</strong></p><p>Rosterlane makes workforce scheduling software. 6,500 employers, from restaurant groups and care providers to factories and airports, use it to plan shifts for 2.3 million workers, track hours and approve leave. We have offices in London and Berlin and work two days a week in the office.</p><p><strong>What we offer</strong></p><p>London: &pound;95,000 &ndash; &pound;115,000. Berlin: &euro;100,000 &ndash; &euro;120,000. Share options, 28 days of holiday, private health insurance and an annual learning budget.</p><p>We are an equal opportunity employer and value diversity. We do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.</p></div>`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['GB', 'DE'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen', 'Python'],
  },
  {
    id: 't6-a-21',
    title: 'Senior AI Product Manager – Care Management',
    company: 'Amberline Health Plan',
    location: 'Minneapolis, MN',
    format: 'escaped',
    body: `Lead the AI products that help our nurses reach members before a hospital stay, not after one.
# About Amberline
Amberline Health Plan is a not-for-profit health insurer covering 1.2 million members in Minnesota, Wisconsin and the Dakotas through employer, individual and Medicare Advantage plans. Our care management nurses call more than 300,000 members a year.
# What you'll do
- Own the product vision for the risk models that identify members who would benefit from outreach, and for the tools nurses use to act on them
- Partner with data scientists to define success metrics and how models are validated, including fairness checks across age, race and income groups
- Run pilots with care teams and measure what changed for members
- Translate complex model behavior into clear stories for clinical leaders, compliance and executives
- Manage a backlog across two engineering squads
# What you'll bring
- 6+ years of product management, with 2+ on AI or machine learning products
- Health plan or provider experience
- Strong business acumen: ROI cases, budgets and vendor negotiations
- Understanding of HIPAA and responsible AI practices
# Compensation
$150,000 – $182,000 base salary plus an annual incentive. Amberline offers medical, dental and vision coverage, a 403(b) with a 6% match, 25 days of PTO and a hybrid schedule.
Amberline Health Plan is an Equal Opportunity / Affirmative Action employer. Qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.`,
    role: 'AIPM',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['DS', 'Model evaluation', 'Communication', 'Business acumen'],
  },
  {
    id: 't6-a-22',
    title: 'Robotics Engineer – Warehouse Automation',
    company: 'Larder & Lane',
    location: 'Hinckley, Leicestershire',
    format: 'raw',
    // Lever description and lists, about the employer first.
    body: `<div>At Larder &amp; Lane we pick, pack and deliver 400,000 grocery orders a week to homes across England, from a single avocado to a family&#39;s whole weekly shop. Customers order on our app, and our own vans bring everything to the door in a one-hour slot.</div><div><br></div><div>Our new Hinckley fulfilment centre uses robot arms to pick thousands of different products, from eggs to bottles of bleach. We&#39;re hiring an engineer to make those arms faster and gentler.</div><div><br></div><h3>What you&#39;ll do</h3><ul><li>Develop grasp planning and motion planning for our picking cells in C++ and Python on ROS 2</li><li>Train grasp policies with reinforcement learning in simulation and transfer them to the real cells</li><li>Work with our computer vision engineers on item detection and pose estimation</li><li>Measure pick rates, drops and damage, and chase down the cause of every failure type</li><li>Support commissioning and on-site testing, including some early starts</li></ul><h3>What you&#39;ll need</h3><ul><li>A degree in robotics, mechatronics, mechanical or electrical engineering, or computer science</li><li>3+ years with industrial or collaborative robot arms</li><li>Strong C++ and working Python</li><li>Version control with Git and a habit of writing tests</li><li>Hands-on problem-solving on the warehouse floor</li></ul><h3>Nice to have</h3><ul><li>Experience with Isaac Sim, MuJoCo or Gazebo</li></ul><div><br></div><div>&pound;60,000 &ndash; &pound;75,000 plus bonus, 25 days&#39; holiday plus bank holidays, private medical cover, a 5% matched pension and 20% off your shopping with us. We welcome applicants of every background and will gladly adjust our process if you need us to.</div>`,
    role: 'ROBO',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['C++', 'Python', 'Reinforcement learning', 'CVE', 'Git', 'Problem-solving'],
  },
  {
    id: 't6-a-23',
    title: 'Senior Robotics Engineer, Field Systems (all genders)',
    company: 'Helgrund Offshore Wind',
    location: 'Bremerhaven',
    countryHints: ['Germany'],
    format: 'text',
    body: `# Your mission
Blades, towers and foundations at sea need regular inspection, and sending people up a 150-metre turbine in the North Sea is slow and risky. Our Field Systems team builds crawling and flying robots that inspect and repair turbines on their own. We are looking for a senior engineer to lead the autonomy of our blade-crawling robot.

# What you will do
- Lead the design of localisation, path planning and control for a robot that climbs turbine blades
- Develop in C++ and Python on ROS 2, with code in GitLab and automated tests in CI
- Use reinforcement learning in simulation to tune climbing gaits, and prove every change on our test rig before it goes offshore
- Work with robotics engineers, rope-access technicians and the blade-repair team
- Join offshore campaigns for two to three weeks a year (GWO Basic Safety Training provided)

# What you bring
- A degree in robotics, mechatronics, control engineering or similar; a PhD is welcome
- 6+ years of experience in mobile robotics
- Strong C++ and Python, and good knowledge of linear algebra and control theory
- Fluent English; German is a plus
- Independence, and the ability to adapt plans when the weather does

# What we offer
An attractive salary, 30 days of holiday, a company pension, JobRad bike leasing and relocation support to Bremerhaven.

# About us
Helgrund operates four offshore wind farms in the German North Sea with 290 turbines, enough to power 1.5 million homes. We also run our own service port in Bremerhaven, from which our vessels and technicians keep the turbines turning.

We welcome applications from people of all genders, origins, religions, ages and abilities. Severely disabled applicants will be given preference if equally qualified.`,
    role: 'ROBO',
    sector: null,
    countries: ['DE'],
    mentions: ['C++', 'Python', 'Git', 'Deployment pipelines', 'Reinforcement learning', 'ROBO', 'Linear algebra', 'Adaptability'],
  },
  {
    id: 't6-a-24',
    title: 'Deep Learning Engineer – Speech Recognition',
    company: 'Sahyadri Telecom',
    location: 'Hyderabad, Telangana',
    format: 'html',
    body: `# About Sahyadri Telecom
Sahyadri Telecom is a mobile and broadband operator serving 46 million subscribers in Maharashtra, Telangana, Karnataka and Goa. Our customer care centres take 2 lakh calls a day in nine languages.
# The role
Our Speech AI team builds the systems that let customers talk to us in their own language – Marathi, Telugu, Kannada, Konkani, Hindi or English – and that help our agents resolve calls faster.
- Train and fine-tune speech recognition models (conformer and other transformer architectures) for Indian languages and code-mixed speech
- Build data pipelines to clean, segment and label thousands of hours of call audio
- Measure word error rate by language, region and noise condition, and compare new models against production before every release
- Optimise models for real-time inference on GPUs with TensorRT, and serve them with Triton on Kubernetes
- Work with NLP engineers on intent detection and with our data engineers on privacy controls
# Requirements
- B.Tech/M.Tech/PhD in computer science, electrical engineering or a related field
- 3+ years of experience training deep neural networks for speech or audio
- Strong Python and PyTorch; experience with NVIDIA NeMo, ESPnet or k2 is a plus
- Working knowledge of Docker and Git
# What we offer
A competitive salary and performance bonus, medical insurance for your family, free mobile and broadband plans, and a learning budget for conferences and courses.
Sahyadri Telecom is an equal opportunity employer.`,
    role: 'DLS',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Neural networks', 'Data cleaning', 'Model evaluation', 'Kubernetes', 'NLP_ENG', 'DE', 'Python', 'PyTorch', 'Docker', 'Git'],
  },
  {
    id: 't6-a-25',
    title: 'Analytics Engineer',
    company: 'Plateline',
    location: 'Remote - US or Canada',
    format: 'double',
    body: `# About Plateline
Plateline is the point-of-sale and kitchen software behind 14,000 independent restaurants, cafés and food trucks in the US and Canada. Orders, menus, staff shifts and inventory all run through us, and owners use our reports to decide what to cook tomorrow.
# The role
- Own our dbt models in Snowflake that turn raw order, menu and shift events into trusted tables
- Write tests and data quality checks so our numbers match what restaurants see on their tills
- Build and maintain Looker Studio reports for our sales, support and finance teams
- Partner with our data scientists on the datasets behind menu recommendations
- Review pull requests in GitHub and keep our documentation current
# About you
- 3+ years in analytics engineering, BI or data engineering
- Expert SQL and dbt; Python for scripting
- Clear communication with non-technical teammates
# Pay and benefits
US: $125,000 – $150,000. Canada: $130,000 – $155,000 CAD. Equity, health coverage in both countries, four weeks of vacation and a $100 monthly meal credit at any Plateline restaurant.
Plateline is proud to be an equal opportunity employer.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US', 'CA'],
    mentions: ['Data cleaning', 'Google Data Studio', 'DS', 'Git', 'Python', 'Communication'],
  },
  {
    id: 't6-a-26',
    title: 'Data Analyst – Revenue Management',
    company: 'Straits Lark Airways',
    location: 'Singapore',
    industry: 'Airlines and Aviation',
    format: 'div',
    body: `# About the job
Our Revenue Management team sets the fares and seat availability for 180 daily flights. You will give the team the numbers it needs to decide quickly.
- Build and maintain Tableau dashboards on bookings, load factors and fares by route
- Analyse booking curves and competitor fares with SQL and Python (pandas)
- Check and clean the daily booking feeds from our reservation system before they reach the pricing analysts
- Present weekly findings to route managers
- Support analysts and data scientists with ad hoc data requests
# Requirements
- Degree in economics, statistics, mathematics or a related discipline
- 1–3 years of experience in data analysis, ideally in aviation, travel or hospitality
- Strong SQL and Excel; working Python
- Attention to detail and problem-solving skills
# What we offer
Staff travel benefits for you and your family, medical and dental coverage, 18 days of annual leave and a hybrid work arrangement.
# About us
From our home at Changi, we fly 9 million passengers a year to 46 cities across Southeast Asia, Australia and India on a fleet of 38 narrow-body jets. We keep fares low and planes on time.
We regret that only shortlisted candidates will be notified. Straits Lark Airways is an equal opportunity employer.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Tableau', 'Python', 'Pandas', 'Data cleaning', 'Communication', 'DS', 'Problem-solving'],
  },
  {
    id: 't6-a-27',
    title: 'Registered Nurse – ICU (Nights)',
    company: 'Kessock Valley Medical Center',
    location: 'Dayton, OH',
    format: 'raw',
    // Workday jobDescription: summary, duties and pay first, the employer last.
    body: `<p><b>Job Summary</b></p><p>Provides direct care to critically ill adult patients in our 24-bed medical-surgical ICU on the night shift (7p&ndash;7a, three shifts a week, every third weekend).</p><p>&nbsp;</p><p><b>Essential Functions</b></p><ul><li>Assesses, plans, implements and evaluates care for patients on ventilators, vasoactive drips and continuous renal replacement therapy</li><li>Titrates medications per protocol and documents care in the electronic health record</li><li>Communicates changes in patient condition to physicians and advanced practice providers promptly and clearly</li><li>Educates patients and families and supports them through difficult decisions</li><li>Precepts new graduate nurses and nursing students</li></ul><p><b>Qualifications</b></p><ul><li>Current Ohio RN license or multistate compact license</li><li>BSN preferred; ADN with enrollment in a BSN program within two years accepted</li><li>BLS and ACLS required at hire; CCRN preferred</li><li>1+ year of ICU experience preferred; new graduates may apply to our ICU residency</li><li>Critical thinking and sound clinical judgment under pressure</li></ul><p><b>Pay &amp; Benefits</b></p><p>$38.50 &ndash; $54.20 per hour based on experience, plus a night shift differential of $6.00/hour and a weekend differential of $3.00/hour. Sign-on bonus up to $15,000. Medical, dental and vision from day one, a 403(b) with match, tuition assistance and student loan repayment.</p><p>&nbsp;</p><p><b>About Us</b></p><p>Kessock Valley Medical Center is a 410-bed nonprofit teaching hospital and Level II trauma center that has served the Miami Valley for more than 100 years.</p><p>Kessock Valley Medical Center is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, genetic information, or protected veteran status.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication', 'Critical thinking'],
  },
  {
    id: 't6-a-28',
    title: 'Store Manager – Calgary Northeast',
    company: 'Northline Wireless',
    location: 'Calgary, AB',
    format: 'text',
    body: `Northline Wireless keeps 3.1 million Canadians connected on our national 5G network, with mobile, home internet and TV plans sold through 240 corporate stores from Victoria to Halifax.

# About the role
You lead a team of 8 to 12 mobility advisors in one of our busiest Calgary stores. You hire, coach and schedule the team, own the store's sales and customer-experience targets, and make sure every customer leaves with the right plan and a phone that works.

# What you'll do
- Coach advisors every day on customer conversations, device setup and our plans
- Read the store's sales and service reports each morning and set the day's priorities
- Handle escalated customer issues with patience and good judgement
- Manage inventory, cash and loss prevention procedures
- Adapt quickly to new launches, promotions and plans

# What you bring
- 3+ years of retail management, ideally in telecom or electronics
- Strong communication and leadership skills
- Problem solving: you fix what's broken, then fix why it broke
- Availability for evenings, weekends and launch days

# What we offer
A base salary of $58,000 – $66,000 plus monthly commission, 50% off your Northline plan, an employee share purchase plan, health and dental benefits, and paid training.

Northline Wireless is committed to diversity and inclusion and welcomes applications from all qualified candidates. Accommodations are available on request for candidates taking part in all aspects of the selection process.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Adaptability', 'Communication', 'Problem-solving'],
  },
  {
    id: 't6-a-29',
    title: 'Actuarial Analyst – Life Pricing',
    company: 'Ashgrove Talent',
    location: 'London',
    countryHints: ['GB'],
    industry: 'Staffing and Recruiting',
    format: 'html',
    body: `Ashgrove Talent is recruiting on behalf of our client, a mid-sized UK life insurer that protects around 1.5 million policyholders with term life, critical illness and income protection cover.
# The role
You will join the client's pricing team and support the analysis behind new products and rate reviews.
- Build and maintain pricing models in Excel and R, with some Python
- Analyse mortality, morbidity and lapse experience, including regression and survival analysis
- Prepare clear write-ups and present results to senior actuaries and the underwriting team
- Check policy data for errors and gaps before each valuation
- Keep model changes documented and under version control
# About you
- A strong degree in mathematics, actuarial science or another numerate subject
- Progress towards the IFoA exams (2–6 passed)
- Solid knowledge of probability and statistics
- A good communicator with an eye for detail
# Package
£42,000 – £52,000 depending on exams, study support with paid study leave, an exam pass bonus, 25 days' holiday, hybrid working (two days a week in the client's City of London office) and a 10% employer pension contribution.
Ashgrove Talent is acting as an employment agency in relation to this vacancy. We are committed to equal opportunities and welcome applications from all suitably qualified candidates.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['R', 'Python', 'Regression', 'Communication', 'Data cleaning', 'Git', 'Probability'],
  },
  {
    id: 't6-a-30',
    title: 'Quality Technician – Corrugation Line (Rotational Shifts)',
    company: 'Palar Packaging Pvt Ltd',
    location: 'Sriperumbudur, Tamil Nadu',
    countryHints: ['IN'],
    format: 'escaped',
    body: `Join the quality team on our corrugation line, testing board and boxes on every shift so that what we ship holds up in a warehouse in the monsoon.
# Who we are
Palar turns 90,000 tonnes of recycled paper a year into corrugated boxes, trays and display units for phone makers, food brands and online sellers. Our two plants near Chennai run around the clock, and our machines print, cut and glue more than a million boxes a day.
# Responsibilities
- Carry out incoming inspection of paper reels and adhesives
- Test board strength (ECT, BCT, burst and moisture) at set intervals and record the results in SAP QM
- Stop the line and alert the shift supervisor when results are out of specification
- Prepare daily quality reports and charts for the morning review meeting
- Support customer complaint investigations with the quality engineer
- Keep lab instruments calibrated and the lab clean
# Requirements
- Diploma or B.Sc. in chemistry, printing technology or mechanical engineering
- 1–3 years of quality control in packaging, paper or printing
- Working knowledge of MS Excel
- Willingness to work rotational shifts
# Benefits
Shift allowance, a subsidised canteen, company transport from Tambaram and Poonamallee, PF, ESI and group medical insurance.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['Visualization'],
  },
  {
    id: 't6-a-31',
    title: 'Senior Software Engineer, Backend (Bank Feeds)',
    company: 'Ledgerleaf',
    location: 'Sydney NSW',
    locations: ['Remote - Australia'],
    countryHints: ['AUS'],
    format: 'double',
    body: `# About the role
Our Bank Feeds team connects Ledgerleaf to 120 banks and card issuers, so that every transaction a business makes shows up in its books within minutes. We need a senior backend engineer to make those feeds faster and more reliable.
# What you'll do
- Design and build Java and Kotlin services on AWS that ingest 30 million transactions a day
- Design public and partner APIs, with versioning that doesn't break our integrators
- Improve our CI/CD pipelines and observability
- Find and fix the edge cases that make a bank feed drop or double a transaction
- Mentor engineers and lead design reviews
# What you'll bring
- 7+ years of backend development in Java, Kotlin or Go
- Experience with event-driven systems (Kafka or Kinesis), PostgreSQL and Docker
- A track record of solving hard production problems calmly
- Clear written communication for design docs and incident reviews
# Benefits
$185,000 – $210,000 + super, equity, 20 days' leave plus a week off between Christmas and New Year, and an annual learning budget.
# About Ledgerleaf
Ledgerleaf makes accounting and payroll software for small businesses in Australia and New Zealand. 410,000 businesses use Ledgerleaf to send invoices, reconcile their bank accounts, pay their staff and lodge tax returns.
Ledgerleaf is an equal opportunity employer, and we encourage Aboriginal and Torres Strait Islander people, people with disability and people from all backgrounds to apply.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['Java', 'APIs', 'Deployment pipelines', 'Kafka', 'Docker', 'Problem-solving', 'Communication'],
  },
  {
    id: 't6-a-32',
    title: 'Sales Engineer – Inline Inspection (m/w/d)',
    company: 'Prüfwerk Vision GmbH',
    location: 'Stuttgart',
    locations: ['München'],
    countryHints: ['DE'],
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter, with their section headings.
    body: `<p><strong>Company Description</strong></p><p>Prüfwerk Vision builds inline inspection systems for factories: camera stations and software that check welds, castings, painted surfaces and printed labels at line speed. Carmakers and their suppliers, drinks bottlers and pharmaceutical packagers run more than 2,000 Prüfwerk stations in 31 countries. We are 380 people, with engineering in Stuttgart and Munich.</p><p><strong>Job Description</strong></p><p>We are looking for someone who can explain to a plant manager, in their own language, how our cameras will catch the defects their inspectors miss.</p><ul><li>Run technical discovery with manufacturing and quality engineers at automotive and food and beverage plants in Germany, Austria and Switzerland</li><li>Set up proof-of-concept trials on the customer&rsquo;s line and present the results, including detection rates and false rejects, to plant management</li><li>Work with our computer vision engineers to size each project and write technical proposals</li><li>Demonstrate our training software, which lets customers teach the system new defect types without writing code</li><li>Bring what customers say back to product management</li></ul><p><strong>Qualifications</strong></p><ul><li>Degree in electrical engineering, mechatronics, automation or computer science</li><li>3+ years in pre-sales, applications engineering or system integration for industrial automation or machine vision</li><li>An understanding of how neural networks are trained and evaluated is a strong plus</li><li>Fluent German and English</li><li>Willingness to travel about 40% of the time</li></ul><p><strong>Additional Information</strong></p><p>A company car also for private use, 30 days of vacation, a variable pay component, a company pension scheme and hybrid working.</p><p>We welcome applications regardless of gender, nationality, ethnic and social origin, religion, disability, age, sexual orientation and identity.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Communication', 'CVE', 'Neural networks', 'Model evaluation'],
  },
  {
    id: 't6-a-33',
    title: 'Medical Laboratory Scientist – Public Health Laboratory',
    company: 'Tarrow County Health Department',
    location: 'Tarrow County, Texas',
    format: 'div',
    body: `# Position summary
The Public Health Laboratory tests specimens for tuberculosis, sexually transmitted infections and foodborne outbreaks, and tests drinking water, for a population of 640,000. The Medical Laboratory Scientist performs and reports these tests accurately and on time.
# Duties
- Perform PCR, culture and serology testing according to CLIA and Texas DSHS requirements
- Run quality control, document corrective actions and take part in proficiency testing
- Enter and verify results in the laboratory information system and report notifiable conditions to epidemiologists
- Maintain analyzers and keep maintenance logs current
- Support outbreak response, including after-hours call when needed
# Minimum qualifications
- Bachelor's degree in medical laboratory science, microbiology, biology or chemistry
- ASCP MLS certification or eligibility
- Two years of clinical or public health laboratory experience preferred
- Good written and verbal communication skills
# Salary and benefits
$58,240 – $71,760 per year. Texas County and District Retirement System pension; health, dental and vision insurance; 12 paid holidays; and paid vacation and sick leave.
# About us
The Tarrow County Health Department protects the health of everyone who lives, works and plays in Tarrow County. We run immunization clinics, inspect restaurants, track disease and respond to emergencies, and we are part of Tarrow County government.
Tarrow County is an Equal Opportunity Employer. Applicants must pass a background check.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['Communication'],
  },
  {
    id: 't6-a-34',
    title: 'Customer Success Manager – Municipal Accounts',
    company: 'Kerbside Logic',
    location: 'Denver, CO',
    industry: 'Software Development',
    format: 'html',
    body: `Help city transportation departments get the most out of Kerbside Logic: fewer double-parked delivery vans, more turnover at the curb, and parking revenue they can plan on.
# About Kerbside Logic
Kerbside Logic makes curb management software for cities. Our sensors, pay-by-plate app and enforcement tools help 70 municipalities in the US and Canada price parking, manage loading zones and plan their streets.
# What you'll do
- Own relationships with 15–20 city accounts, from parking managers to transportation directors
- Lead onboarding and training for city staff and parking enforcement officers
- Run quarterly business reviews: analyze each city's occupancy and compliance data and present what changed
- Turn feedback into clear requests for our product and engineering teams
- Spot expansion opportunities and work with sales on renewals
# What you'll bring
- 4+ years in customer success or account management, ideally with government customers
- Comfort with data: Excel, basic SQL and our Tableau-based reports
- Excellent written and spoken communication
- A problem-solver who stays calm when a council meeting gets heated
# Compensation
$92,000 – $110,000 base plus variable pay; medical, dental and vision; a 401(k) with a 4% match; and a transit pass.
Kerbside Logic is an equal opportunity employer.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['Communication', 'Tableau', 'Problem-solving'],
  },
  {
    id: 't6-a-35',
    title: 'Research Software Engineer (Grade 7)',
    company: 'Pennard University',
    location: 'Cardiff, Wales',
    format: 'text',
    body: `Pennard University is a research-intensive university in Cardiff with 24,000 students and a growing reputation in health data science and climate research.

Fixed term for 36 months. £39,105 – £46,485 per annum.

# The role
The Research Software Engineering group helps researchers across the university turn scripts into software that others can trust. You will join a team of nine engineers and work on projects lasting from a few weeks to two years.

# Main duties
- Turn research code in Python, R and C++ into tested, documented and maintainable packages
- Set up version control with Git, automated testing and continuous integration for research groups
- Help researchers run workloads on the university's HPC cluster and in Docker containers
- Build small web applications and APIs so that collaborators can explore research results
- Teach workshops on good software practice for postgraduate researchers
- Keep up with new tools and practices in research computing

# Person specification
- A degree in computer science or a scientific discipline, or equivalent experience
- Experience developing software in at least one of Python, R, C++ or Julia
- The ability to explain technical choices to researchers from different disciplines
- Willingness to learn new languages and domains quickly

The University offers 33 days of annual leave plus bank holidays and closure days, membership of the USS pension scheme, and generous family leave. We welcome applications in Welsh; applications in Welsh will not be treated less favourably than those in English.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Python', 'R', 'C++', 'Git', 'Deployment pipelines', 'Docker', 'APIs', 'Continuous learning', 'Julia', 'Communication'],
  },
  {
    id: 't6-a-36',
    title: 'Senior Accountant',
    company: 'Pemberton Quay Hotels',
    location: 'Singapore 049213',
    format: 'escaped',
    body: `# The role
Reporting to the Financial Controller, you will own the month-end close for our two Singapore properties and help prepare the group's consolidated reporting.
- Prepare monthly management accounts, balance sheet reconciliations and variance analysis
- Lead an accounts payable and receivable team of five
- Coordinate the annual audit and GST filings
- Build Power BI reports on room revenue, food and beverage costs and payroll for the general managers
- Improve processes and controls as we move to a new cloud ERP
# Requirements
- Degree in accountancy; ACCA, CA (Singapore) or CPA qualified
- 5+ years of experience, at least 2 in hospitality
- Strong Excel; Power BI experience is a plus
- Good communication skills in English; Mandarin is an advantage for liaising with our owners in Shanghai
# What we offer
Staff meals on duty, complimentary room nights, medical and dental benefits and 18 days of annual leave.
# About us
We welcome travellers to 1,100 rooms across two waterfront properties in Singapore and one in Penang, with 14 restaurants and bars and 2,800 square metres of meeting space. Our 1,400 colleagues look after more than 400,000 guests a year.
Only shortlisted candidates will be notified.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Power BI', 'Communication'],
  },
];
