// Test-set (test5) postings for the seed's roles, in English, from fictional employers that describe
// themselves in their own prose (no employer here appears in any other set).
//
// Sector labels follow docs/sector-labels.md. The set was first labelled with "a software vendor to banks,
// hospitals or shops is Information Technology"; the written convention (the seed's own examples: Shopify,
// Ericsson, Siemens Healthineers) places a vendor made for one sector in that sector, and two labels changed by
// it: t5-ml-06 (core banking software) and t5-in-09 (e-invoicing and payroll software), IT → Finance & FinTech.
//
// Mention decisions: a role named in the description is a role mention (colleagues included, in any
// language); "deep learning", CNNs and transformer models are Neural networks; XGBoost, LightGBM, random
// forests and gradient-boosted trees are Decision trees; A/B tests and significance tests are Hypothesis
// testing; dashboards alone are not Visualization, "visualise" is; GitHub, GitLab and "version control" are
// Git; CI/CD, CI and release pipelines are Deployment pipelines; "AWS certification preferred" is no
// certification.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST5_ML: HoldoutCase[] = [
  {
    id: 't5-ml-01',
    title: 'Senior ML Engineer – Claims Automation',
    company: 'Ravelston Assurance',
    location: 'Leeds, West Yorkshire',
    locations: ['Remote, United Kingdom'],
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs.
    body: `<p><b>Who we are</b></p><p>At Ravelston we insure 1.8 million vans, taxis and small business fleets, and we pay most claims within ten working days. When a driver calls us after an accident, our models help decide which claims can be settled straight away and which need a closer look.</p><p>&nbsp;</p><p><b>The opportunity</b></p><p>Join the Claims Automation squad as the senior engineer who takes models from a data scientist's notebook to a service that handles 4,000 claims a day.</p><ul><li>Productionise triage and fraud models built with gradient-boosted trees (LightGBM) and scikit-learn</li><li>Own model serving on AWS: SageMaker endpoints, Lambda and Step Functions</li><li>Package services with Docker and release them through our GitLab CI pipelines</li><li>Set up monitoring for drift, latency and the outcomes that matter to the claims floor</li><li>Explain how the models behave to claims handlers and underwriters who have no statistics background</li></ul><p><b>What you'll bring</b></p><ul><li>Strong Python and solid engineering habits: tests, code review, small well-named interfaces</li><li>Experience running ML services in production on AWS</li><li>Comfortable working alongside data scientists, actuaries and fraud investigators</li><li>AWS certification preferred</li></ul><p>&nbsp;</p><p><b>What we offer</b></p><p>&pound;70,000 &ndash; &pound;85,000, a 10% bonus target, 26 days' holiday plus bank holidays, 8% employer pension contribution, two paid volunteering days and a discount on your own motor policy.</p><p>Ravelston Assurance Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. We welcome applications from everyone and will make reasonable adjustments at every stage of the process.</p>`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DS', 'Decision trees', 'Scikit-learn', 'AWS SageMaker', 'Docker', 'Git', 'Deployment pipelines', 'Communication', 'Python'],
  },
  {
    id: 't5-ml-02',
    title: 'Data Scientist II, Pricing & Promotions',
    company: "Penhallow's",
    location: 'Columbus, OH',
    format: 'html',
    body: `# About us
Since 1911 Penhallow's has sold furniture, fashion and kitchenware across the Midwest. Today our 62 stores and penhallows.com serve more than nine million customers a year, and our pricing team decides what goes on sale, when, and by how much.
# What you'll do
- Estimate price elasticity for 80,000 items with regression models, and keep them honest as the assortment changes
- Design and read out A/B tests for promotions on the website and in the weekly circular
- Clean messy point-of-sale and promotion-calendar feeds before anyone models them
- Turn results into clear recommendations for merchants who are not analysts
- Build a few well-chosen Tableau views that merchants actually open
# What you'll bring
- 3+ years in analytics or data science, ideally in retail or consumer goods
- Python or R, with pandas or the tidyverse
- Strong SQL
- Commercial awareness: you care whether a promotion made money, not only whether it moved a metric
# Nice to have
- Experience with Bayesian hierarchical models
# Pay and benefits
The expected salary range for this role is $98,000–$124,000 per year plus an annual bonus. Associates receive a 25% store discount, medical, dental and vision coverage from day one, a 401(k) with a 4% match, and paid parental leave.
# Equal opportunity
Penhallow's is an equal opportunity employer. We consider all qualified applicants without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other protected characteristic. If you need an accommodation to apply, email accommodations@penhallows.com.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Regression', 'Hypothesis testing', 'Data cleaning', 'Communication', 'Tableau', 'Python', 'R', 'Pandas', 'Business acumen', 'Probability'],
  },
  {
    id: 't5-ml-03',
    title: 'Computer Vision Engineer – Inline Inspection',
    company: 'Hallgarth Braking Systems',
    location: 'Chakan, Pune',
    countryHints: ['IN'],
    format: 'escaped',
    body: `# About Hallgarth
We build air-disc brakes and brake chambers for buses and heavy trucks. Our Chakan plant, part of the town's automotive cluster, ships 1.2 million brake assemblies a year to truck makers in India and Europe.
# The role
Our quality team wants every machined caliper checked by camera before it leaves the line. You will own the vision systems that make this possible.
- Train defect-detection CNNs on images of machined surfaces in PyTorch
- Measure precision and recall against a labelled golden set before any model goes live
- Write fast inference code in C++ for the industrial PCs next to the line
- Work with line engineers on camera position and lighting
# Requirements
- B.E./M.Tech in electronics, computer science or mechatronics
- 3+ years in computer vision, with OpenCV and Python
- Experience deploying deep learning models on NVIDIA Jetson or similar is a plus
- Willing to work on the shop floor in safety shoes
# Benefits
Group medical insurance for your family, canteen meals, company bus from Pimpri-Chinchwad and Pune city, and an annual performance bonus.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python'],
  },
  {
    id: 't5-ml-04',
    title: 'Data Engineer, Network Telemetry',
    company: 'Hochelaga Telecom',
    location: 'Montréal, QC; Toronto, ON',
    format: 'div',
    body: `# Who we are
Hochelaga Telecom connects 2.3 million homes and businesses in Quebec and eastern Ontario to fibre internet, TV and mobile. Our network team collects 40 billion telemetry events a day from routers, cell sites and set-top boxes.
# Your mandate
- Build streaming ingestion from network devices into our lakehouse with Kafka and Spark Structured Streaming
- Migrate batch jobs off our on-premises Hadoop cluster
- Write jobs in Python or Scala/Java, tested and reviewed in Git
- Automate builds and deployments with CI/CD
- Give our data scientists and network engineers reliable, documented tables
# Requirements
- 4+ years of data engineering
- Fluent English; French is required for Montréal-based positions
- Experience with Kubernetes is an asset
# What we offer
- Hybrid work: two days a week at the office
- Group insurance, a defined-contribution pension plan and discounted Hochelaga services
Hochelaga Telecom subscribes to the principles of employment equity and invites women, Indigenous people, visible minorities and persons with disabilities to apply.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Kafka', 'Apache Spark', 'Hadoop', 'Python', 'Java', 'Git', 'Deployment pipelines', 'DS', 'Kubernetes'],
  },
  {
    id: 't5-ml-05',
    title: 'NLP Engineer (Clinical Text)',
    company: 'Carrigdown Hospital Group',
    location: 'Cork, Ireland',
    industry: 'Hospitals and Health Care',
    format: 'html',
    body: `# About us
Carrigdown Hospital Group runs four acute hospitals and 22 community clinics across Munster and treats more than 400,000 patients a year. Our clinical informatics team, led by Dr Julia Okafor, builds tools that give clinicians time back.
# The role
Most of what we know about a patient is written in free text: discharge letters, referral notes, radiology reports. You will build the language models that turn that text into structured data for audit, research and clinical coding.
- Fine-tune transformer models for entity extraction and coding with Hugging Face and PyTorch
- De-identify and clean free-text notes before they leave the clinical record
- Evaluate extraction quality against annotations from our clinical coders and report error rates per note type
- Explain what the models can and cannot do to consultants, nurses and the data protection office
# About you
- Degree in computer science, computational linguistics or similar
- Strong Python
- Experience with clinical or other sensitive text is an advantage
- You must be eligible to work in Ireland
# Why join us
Competitive salary, 30 days' annual leave, education support, a defined-contribution pension and a cycle-to-work scheme.
Carrigdown Hospital Group is an equal opportunities employer.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Communication', 'Python'],
  },
  {
    id: 't5-ml-06',
    title: 'Senior Product Manager – AI',
    company: 'Loftmark Software',
    location: 'Charlotte, NC',
    locations: ['Remote - United States'],
    industry: 'Software Development',
    format: 'double',
    body: `# About Loftmark
Loftmark makes the core banking platform that 140 credit unions and community banks run on: deposit accounts, loans, cards and the online banking their members log into. We don't lend or hold deposits ourselves; we build the software that lets small institutions compete with big banks.
# The role
We are adding AI features across the platform: a loan-document reader, transaction categorisation and a back-office assistant. You will own that roadmap.
- Talk to credit union staff every week and turn what you hear into problems worth solving
- Partner with our data scientists and ML engineers to define what "good enough" means for each model, and how we evaluate models before they reach a customer
- Write requirements on fairness, explainability and audit trails that hold up in front of the examiners who review our customers
- Decide what ships, what waits and what we stop
# What you bring
- 5+ years of product management in B2B software, 2+ on machine learning products
- Business acumen: you can build a pricing case as well as a backlog
- A clear communicator in writing and in front of a room
- Banking or credit union experience is a plus
# Benefits
Medical, dental and vision coverage, an HSA contribution, a 401(k) with a 5% match, 20 days of PTO and a home-office stipend.
Loftmark is an Equal Opportunity Employer, including disability and veterans.`,
    role: 'AIPM',
    sector: SECTOR.FIN, // core banking software for credit unions: made for financial firms (docs/sector-labels.md)
    countries: ['US'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Business acumen', 'Communication'],
  },
  {
    id: 't5-ml-07',
    title: 'AI Research Scientist – Multimodal Learning (Fixed Term, 36 months)',
    company: 'Kellingworth University',
    location: 'Durham',
    countryHints: ['GB'],
    format: 'text',
    body: `Kellingworth University is a research university of 21,000 students. The Visual Learning Lab in the Department of Computer Science studies how machines can learn from images, video and language together.

Role summary
We seek a postdoctoral AI research scientist to lead a strand of work on learning from video with little or no labelling. You will publish at leading venues, supervise PhD students and help write the lab's next grant.

Main duties
- Design and run experiments on self-supervised learning for video and text
- Build deep learning models in PyTorch and scale them on the university's GPU cluster
- Write papers, release code and present work at conferences
- Co-supervise two PhD students

Person specification (essential)
- PhD, or near completion, in machine learning, computer vision or a related field
- A strong publication record
- Excellent Python; experience with Julia or C++ is welcome
- Solid command of linear algebra, probability and multivariate calculus

Person specification (desirable)
- Experience with reinforcement learning from video

Salary: Grade 7, £38,249 – £45,163 per annum. The post is fixed term for 36 months.

The University is committed to equality, diversity and inclusion and welcomes applications from all sections of the community. We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria.`,
    role: 'ARS',
    sector: null,
    countries: ['GB'],
    mentions: ['ARS', 'Neural networks', 'PyTorch', 'Python', 'Julia', 'C++', 'Linear algebra', 'Probability', 'Calculus', 'Reinforcement learning'],
  },
  {
    id: 't5-ml-08',
    title: 'Deep Learning Specialist, Ultrasound',
    company: 'Sonavera',
    location: 'Toronto, ON M5G 1X8',
    format: 'escaped',
    body: `# About Sonavera
Sonavera designs and manufactures handheld ultrasound probes and the app that runs them. Midwives in 900 maternity units and family doctors in 4,000 practices use our probes to scan at the bedside.
# What you'll work on
- Design and train networks that guide a novice to the right view and estimate fetal measurements in real time
- Build training pipelines in TensorFlow and Keras, and compress models to run on a phone
- Evaluate model performance across probe models, gestational ages and skin tones, and write it up for our regulatory submissions
- Work with sonographers to plan labelling and review hard cases
# What you'll need
- MSc or PhD with a focus on deep learning for images or video
- 3+ years building neural networks in Python
- Experience with medical imaging and with Health Canada or FDA submissions is a plus
- TensorFlow Developer Certificate is an asset
# What we offer
Salary $135,000–$160,000 CAD, stock options, extended health and dental coverage, RRSP matching and a $1,500 yearly budget for courses and conferences.
Sonavera welcomes applications from people with disabilities. Accommodations are available on request for candidates taking part in all aspects of the selection process.`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['Neural networks', 'TensorFlow', 'Keras', 'Model evaluation', 'Python', 'CERT_TF'],
  },
  {
    id: 't5-ml-09',
    title: 'Business Intelligence Analyst II',
    company: 'Tamsworth County Health Department',
    location: 'Tamsworth, Illinois',
    format: 'div',
    body: `# Agency overview
The Tamsworth County Health Department is the local public health agency for 310,000 county residents. We run immunisation clinics, restaurant inspections, WIC and disease surveillance, and we report to the elected County Board.
# Position summary
Under the direction of the Epidemiology Manager, Marcus Watson, the Business Intelligence Analyst II builds the reports and dashboards the department uses to plan services and to report to the state.
# Essential duties
- Build and maintain Power BI reports on clinic visits, inspections and case investigations
- Clean and reconcile data from the state immunisation registry and our clinic system
- Design data visualizations that work for the public website and for the Board of Health
- Answer ad hoc data requests from program managers and explain the limits of the numbers in plain terms
- Track the pipeline of grant deliverables and report progress quarterly
# Minimum qualifications
- Bachelor's degree in public health, statistics, information systems or a related field
- Two years of experience in reporting or data analysis
- Proficiency in SQL and Excel
# Preferred qualifications
- Experience with R or SAS for surveillance data
# Salary and benefits
Grade 14: $64,210 – $82,400 annually. IMRF pension, health, dental and vision insurance, and 12 paid holidays. This position is covered by a collective bargaining agreement.
Tamsworth County is an Equal Opportunity Employer. Veterans' preference applies.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Communication', 'R'],
  },
  {
    id: 't5-ml-10',
    title: 'Machine Learning Engineer – Churn & Offers',
    company: 'Jharna Mobile',
    location: 'Gurugram, Haryana, India',
    format: 'html',
    body: `# About Jharna Mobile
Jharna Mobile carries voice and data for 48 million prepaid and postpaid customers across north and east India. Every day our offers engine decides which recharge pack to show each customer in the app and over SMS.
# What you will do
- Build features from recharge, usage and complaint histories for churn and next-best-offer models
- Train models in TensorFlow and scikit-learn on data prepared with Spark
- Run pipelines on Kubeflow and track experiments in MLflow on our Kubernetes platform
- Maintain CI/CD for model services and keep all code in Git
- Partner with marketing to design A/B tests of new offers
# What we are looking for
- 3–6 years of experience, at least 2 in production ML
- Strong Python
- Google Professional Machine Learning Engineer certification is preferred
# Why Jharna
Medical insurance for you and your parents, a free unlimited plan, a hybrid week and a yearly performance bonus.`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Feature engineering', 'TensorFlow', 'Scikit-learn', 'Apache Spark', 'Kubeflow', 'MLflow', 'Kubernetes', 'Deployment pipelines', 'Git', 'Hypothesis testing', 'Python', 'CERT_GCP'],
  },
  {
    id: 't5-ml-11',
    title: 'Data Scientist – Compliance Analytics (APS 6)',
    company: 'Australian Grants Integrity Commission',
    location: 'Canberra ACT 2600',
    countryHints: ['AUS'],
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter.
    body: `<p><strong>About us</strong></p><p>The Australian Grants Integrity Commission checks that the $18 billion the Commonwealth gives out in grants each year reaches the people and projects it was meant for. We audit recipients, investigate misuse and advise agencies on how to design safer programs.</p><p><strong>The job</strong></p><p>As a Data Scientist in our Compliance Analytics team you will help auditors decide which of 60,000 grant recipients to look at first.</p><ul><li>Build risk models with logistic regression and random forests in Python or R</li><li>Use k-means and other unsupervised methods to find unusual groups of claims</li><li>Test whether new audit strategies actually find more misuse, with proper statistical tests</li><li>Visualise results for auditors and the executive board</li><li>Document your work so it can withstand legal and parliamentary scrutiny</li></ul><p><strong>Who we are looking for</strong></p><ul><li>A degree in statistics, data science, econometrics or similar</li><li>Experience with pandas or the R tidyverse</li><li>Sound judgement and critical thinking when the data is messy and the stakes are high</li></ul><p><strong>Eligibility</strong></p><p>You must be an Australian citizen and be able to obtain and maintain a Baseline security clearance.</p><p>Salary: APS 6, $97,402 &ndash; $110,559 plus 15.4% superannuation.</p><p>We value diversity and welcome applications from Aboriginal and Torres Strait Islander people, people with disability and people from culturally and linguistically diverse backgrounds.</p>`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Python', 'R', 'Clustering', 'Hypothesis testing', 'Visualization', 'Pandas', 'Critical thinking'],
  },
  {
    id: 't5-ml-12',
    title: 'Senior Computer Vision Engineer – Self-Checkout',
    company: 'Tolhurst DIY',
    location: 'Birmingham, West Midlands',
    countryHints: ['GBR'],
    format: 'html',
    body: `# About Tolhurst
Our 85 warehouse stores sell paint, timber, tools and garden gear to trade customers and weekend DIYers across the UK, and we deliver 30,000 online orders a week from the same shelves.
# The team
Self-checkout is now how most of our customers pay. The Store Vision team builds the cameras-and-models system that recognises unbarcoded items such as cut timber and loose screws, and spots mistakes before they become losses.
# Responsibilities
- Lead the design of object detection and recognition networks for the checkout camera
- Train in PyTorch, optimise for edge devices, and ship in Docker containers to 1,400 tills
- Manage Vertex AI training jobs and datasets with the data engineering team
- Keep code, models and configs under version control with Git
- Mentor two mid-level engineers
# Requirements
- 5+ years of computer vision in industry
- Strong Python and C++
- Experience running models on NVIDIA or Intel edge hardware
# Benefits
A bonus of up to 15%, 25% colleague discount, private medical cover, 33 days' holiday including bank holidays and a pension matched up to 7%.`,
    role: 'CVE',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['Neural networks', 'PyTorch', 'Docker', 'Google AI Platform', 'Git', 'Python', 'C++'],
  },
  {
    id: 't5-ml-13',
    title: 'Data Analyst – Member Insights',
    company: 'Sherwood Vale Building Society',
    location: 'Nottingham',
    countryHints: ['United Kingdom'],
    format: 'text',
    body: `Sherwood Vale is a mutual. We help people buy their homes and look after the savings of 900,000 members across the East Midlands, through 48 branches, our app and our contact centre. Because we have no shareholders, our profits go back to members as better rates.

About the role
You will join a small Member Insights team that helps the business understand who our members are and what they need from us.

What you'll be doing
- Pull and clean data from our mortgage, savings and contact-centre systems
- Build and maintain Power BI reports for branch and product managers
- Visualise trends in member behaviour and write short, plain-English summaries
- Work with the data engineers to fix problems at source
- Support our Consumer Duty outcomes monitoring

What you'll bring
- Strong SQL; some Python is helpful
- A curious mind and eagerness to keep learning new tools
- Clear communication with non-technical colleagues

What's in it for you
- Salary £36,000 – £42,000
- Annual bonus, 27 days' holiday plus bank holidays and up to 12% employer pension contribution
- Hybrid working: two days a week at our Nottingham head office

Sherwood Vale Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. We are proud to be a Disability Confident Committed employer.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Data cleaning', 'Power BI', 'Visualization', 'Communication', 'DE', 'Python', 'Continuous learning'],
  },
  {
    id: 't5-ml-14',
    title: 'Robotics Engineer, Autonomy',
    company: 'Brandvold Harvesting Machines',
    location: 'Lincoln, NE',
    format: 'div',
    body: `# About Brandvold
We design and build forage harvesters, balers and loader wagons at our plant in Lincoln, Nebraska, and sell them through 300 dealers in North America. Our autonomy group is teaching machines to follow a windrow without a driver's hands on the wheel.
# What you'll do
- Develop localisation and path-following software for self-driving balers in C++ and ROS 2
- Fuse GPS, IMU and lidar with Kalman filters
- Build simulation tests in Python and run field trials from May to October
- Work side by side with our test drivers during the harvest season
# What you need
- BS/MS in robotics, mechanical or electrical engineering, or computer science
- Comfortable with the linear algebra and probability behind state estimation
- Experience with C++ on Linux
- A hands-on problem solver in the field
- Valid driver's license; ability to travel to farms 30% of the time
# Safety
Our plant is a zero-spark zone around the paint line: you'll complete hot-work and PPE training in your first week.
Brandvold is an equal opportunity employer. We consider all qualified applicants without regard to any characteristic protected by law.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['C++', 'Python', 'Linear algebra', 'Probability', 'Problem-solving'],
  },
  {
    id: 't5-ml-15',
    title: 'ML Engineer, Discovery Platform',
    company: 'Tarragon Biologics',
    location: 'South San Francisco, CA',
    locations: ['Cambridge, MA'],
    format: 'escaped',
    body: `# About Tarragon
Tarragon Biologics discovers, develops and manufactures antibody medicines for autoimmune disease. Two of our programs are in phase III, and our R&D teams screen millions of antibody variants each month.
# The role
Our protein design models are only useful if scientists can run them. You will build the platform that takes models from the research group to the lab bench.
- Turn research code into reliable services with Docker and Kubernetes
- Run training jobs on AWS SageMaker and register models in MLflow
- Build internal APIs that let R&D scientists score sequences from their notebooks
- Partner with data scientists and lab automation engineers
# Qualifications
- 4+ years of software or ML engineering
- Strong Python; experience with PyTorch
- No biology background required
# Compensation
The base pay range for this position is $165,000–$205,000. Equity, a 401(k) match and comprehensive benefits are included.
Tarragon is an equal opportunity employer.`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Docker', 'Kubernetes', 'AWS SageMaker', 'MLflow', 'APIs', 'DS', 'Python', 'PyTorch'],
  },
  {
    id: 't5-ml-16',
    title: 'Senior Data Engineer',
    company: 'Stintwork',
    location: 'Remote - Canada or United States',
    format: 'html',
    body: `# About Stintwork
Stintwork makes the scheduling and time-clock app that 2 million shift workers and their managers use at restaurants, clinics and warehouses. We're a team of 180, fully remote across North America.
# What you'll do
- Own the event stream that carries 300 million app events a day through Kafka into our warehouse
- Write Spark jobs in Python or Java that model shifts, swaps and payroll exports
- Find and repair broken, duplicated and late events so that reports can be trusted
- Expose curated datasets through internal APIs and work with our BI analysts on the metrics layer
- Run everything in Docker on Kubernetes, deployed through GitHub Actions
# What you'll bring
- 6+ years of data engineering
- Deep knowledge of stream processing
- Experience with dbt and Snowflake is nice to have
# Benefits
Health benefits in both countries, four-day weeks in July and August, and a $2,000 home-office budget.
We welcome candidates of all backgrounds and experiences.`,
    role: 'DE',
    sector: SECTOR.IT,
    countries: ['CA', 'US'],
    mentions: ['Kafka', 'Apache Spark', 'Python', 'Java', 'Data cleaning', 'APIs', 'BIA', 'Docker', 'Kubernetes', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't5-ml-17',
    title: 'Senior Data Scientist, Network Experience',
    company: 'Straitslink',
    location: 'Singapore 139964',
    format: 'double',
    body: `# About us
Straitslink sells prepaid SIM plans, home fibre and enterprise connectivity to 3.5 million customers in Singapore and Malaysia. Our Network Experience team links what customers feel, such as dropped calls and slow video, to what the network does.
# What you'll do
- Segment customers by experience using k-means and other clustering methods
- Forecast traffic per cell site and flag anomalies
- Design A/B tests for network and pricing changes, and read them out with proper significance tests
- Prepare analyses in pandas and NumPy, and visualise them with Matplotlib and Seaborn
- Brief senior managers in plain language
# Requirements
- Master's in statistics, computer science or engineering
- 5+ years as a data scientist, preferably in telecoms
- Python, scikit-learn, SQL
- Business sense: you can turn an analysis into a revenue or cost number
# What we offer
Annual wage supplement, variable bonus, medical and dental cover, and 21 days' leave.
Straitslink is an equal opportunity employer and abides by the Tripartite Guidelines on Fair Employment Practices.`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['SG'],
    mentions: ['Clustering', 'Hypothesis testing', 'Pandas', 'NumPy', 'Visualization', 'Matplotlib', 'Seaborn', 'Communication', 'DS', 'Python', 'Scikit-learn', 'Business acumen'],
  },
  {
    id: 't5-ml-18',
    title: 'BI Analyst (Power BI)',
    company: 'Dunholme Tyre Company',
    location: 'Ajax, Ontario',
    format: 'text',
    body: `Dunholme Tyre Company moulds nine million car and light-truck tyres a year at our plant in Ajax, for carmakers' assembly lines and for the replacement market.

What you'll do
- Build Power BI reports on scrap, downtime and energy use for each curing press
- Write DAX measures and model data from our MES and SAP
- Create clear data visualisations for shift meetings
- Dig into the numbers when a line underperforms and find the real cause

What we're looking for
- 2+ years in a BI or reporting role, ideally in manufacturing
- Critical thinking and a structured approach to problem solving
- Excellent Excel; SQL is an asset

We offer a defined benefit pension plan, group benefits from day one, tuition support and on-site parking.

Dunholme is committed to accessible hiring under the AODA; accommodations are available upon request.`,
    role: 'BIA',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['Power BI', 'Visualization', 'Critical thinking', 'Problem-solving'],
  },
  {
    id: 't5-ml-19',
    title: 'Data Scientist (Inflow Forecasting)',
    company: 'Kōwhai Energy',
    location: 'Christchurch, New Zealand',
    format: 'html',
    body: `# About Kōwhai Energy
We generate electricity from eleven hydro stations and two wind farms in the South Island, and sell it to 280,000 homes and businesses. How much water reaches our lakes decides how much power we can offer the market.
# The role
- Build inflow forecasts from rainfall, snow and river-flow data
- Fit regression and Bayesian models in R or Python
- Quantify uncertainty so traders know how far to trust each forecast
- Keep code in Git and analyses reproducible
- Walk the trading desk through the forecasts every morning
# About you
- A degree in statistics, hydrology or a related quantitative field
- Strong grounding in probability
- Experience with pandas and NumPy, or their R equivalents
# Life at Kōwhai
Five weeks' annual leave, 6% KiwiSaver contributions, medical insurance and a day off for your birthday.`,
    role: 'DS',
    sector: null,
    countries: ['NZ'],
    mentions: ['Regression', 'R', 'Python', 'Git', 'Communication', 'Probability', 'Pandas', 'NumPy'],
  },
  {
    id: 't5-ml-20',
    title: 'Natural Language Processing Engineer',
    company: 'Inchkeith Asset Management',
    location: 'Edinburgh EH2 4AD',
    format: 'raw',
    // Oracle Recruiting Cloud: inline styles, spans and <br> runs with &bull; bullets.
    body: `<p><span style="font-size:11pt"><b>About us</b></span></p><p><span style="font-size:11pt">Inchkeith manages &pound;38 billion for pension schemes, charities and families. Our analysts read thousands of company reports, earnings calls and regulatory filings each quarter; we want them to spend their time on judgement, not on searching.</span></p><p><span style="font-size:11pt"><b>The role</b><br>You will build the language tools our investment teams use every day.<br>&bull; Fine-tune transformer models to extract climate commitments and risk statements from annual reports<br>&bull; Train and deploy models with Azure Machine Learning and keep them under version control in Azure Repos (Git)<br>&bull; Evaluate each model against analyst-labelled samples before release<br>&bull; Migrate our client-query assistant from IBM watsonx Assistant to an in-house service</span></p><p><span style="font-size:11pt"><b>About you</b><br>Strong Python and experience with the Hugging Face libraries.<br>Ability to explain model limitations to fund managers.<br>Microsoft Certified: Azure AI Engineer Associate, or willingness to obtain it in your first year.</span></p><p><span style="font-size:11pt">Inchkeith Asset Management Limited is authorised and regulated by the Financial Conduct Authority. We are committed to an inclusive workplace.</span></p>`,
    role: 'NLP_ENG',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Neural networks', 'Microsoft Azure ML', 'Git', 'Model evaluation', 'IBM Watson', 'Python', 'Communication', 'CERT_AZ'],
  },
];
