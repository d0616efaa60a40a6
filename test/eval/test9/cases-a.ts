// Test-set (test9) postings, part A: 36 postings in English from fictional employers in the US, UK, India,
// Canada, Australia, Singapore and Germany. 24 titles name one of the ten roles in varied wordings; 12 are other
// jobs (analytics engineer, nurse, actuary, lab technologist, GIS analyst, revenue manager, …) whose bodies may
// still name tools. Employers describe themselves in their own words, at the top, after the role summary or at
// the end, and about a quarter say only what they do without naming their industry.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides, and a company made for one sector's
// businesses belongs to that sector; when the posting does not say, or the business is in none of the seven,
// the label is null.
//
// Role decisions: "Applied Scientist" and "Research Scientist" at an AI company → AI Research Scientist;
// "Decision Scientist" → Data Scientist; "ML Platform" and "MLOps" engineers → Machine Learning Engineer;
// "BI Developer" and "BI Analyst" → Business Intelligence Analyst; "Deep Learning Engineer" → Deep Learning
// Specialist; "Product Manager, AI" → AI Product Manager; "Robotics Software Engineer" → Robotics Engineer.
// Analytics engineers, data analysts, GIS analysts, actuaries and a teaching fellow in data science are null.
//
// Mention decisions (docs/extraction.md): a role named in the body is a role mention (colleagues included,
// and the posting's own role when the body names it); CNNs, LSTMs, transformer models and "neural networks"
// are Neural networks (no case here relies on a bare "deep learning"); gradient boosting, LightGBM, XGBoost and
// random forests are Decision trees; A/B tests and significance tests are Hypothesis testing; dashboards and
// reports alone are not Visualization; GitHub, GitLab, Azure DevOps repos and "version control" are Git; CI/CD,
// Jenkins, GitHub Actions and Argo CD are Deployment pipelines; Azure Machine Learning is Microsoft Azure ML.
// Hard cases:
// - t9-a-05: the AWS Certified Machine Learning – Specialty is named, so it is labelled.
// - t9-a-22: "Microsoft Certified: Azure AI Engineer Associate" is a certification, not a role mention of an
//   engineer; "As an MLOps engineer" in the body is a Machine Learning Engineer mention.
// - t9-a-06: "AWS" there is Singapore's Annual Wage Supplement, not Amazon's cloud.
// - t9-a-12, t9-a-24: "keep up with the research literature" is Continuous learning; t9-a-24's "research
//   scientists" at a video platform are AI Research Scientists.
// - t9-a-14: "comfortable with changing priorities" is Adaptability; t9-a-31 "a problem-solver" is
//   Problem-solving; t9-a-26 "critical thinking" is Critical thinking.
// - t9-a-17: the employer is named "… Technologies" but runs a share-trading app: Finance.
// - t9-a-18: the cameras ride on councils' waste trucks: a product made for cities' services, Public Sector.
// - t9-a-23: a dairy processor makes food in its own plants: Manufacturing (not a farmers' cooperative).
// - t9-a-27: a satellite internet operator's contact centre is the operator's: Telecommunications.
// - t9-a-12: seismic surveys for oil, gas and geothermal exploration are energy work: null.
// - t9-a-19: a road haulier whose trucks carry groceries and car parts is logistics: null.
// - t9-a-29: remote anywhere in the EU, no country named: no country.
// - t9-a-36: a recruiter that names no client's business: null.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

/** Greenhouse's job `content` field: the posting HTML, entity-escaped once. */
function greenhouse(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const TEST9_A: HoldoutCase[] = [
  {
    id: 't9-a-01',
    title: 'Staff Machine Learning Engineer, Disputes Automation',
    company: 'Orlavane',
    location: 'New York, NY',
    format: 'raw',
    // Greenhouse content: escaped HTML with a pay-transparency block and the company text in content-conclusion.
    body: greenhouse(
      `<div class="content-intro"></div><p><strong>The team</strong></p><p>When a cardholder disputes a charge, the issuing bank, the merchant&rsquo;s bank and the merchant all have to agree on who is right. Disputes Automation builds the models that predict how a chargeback will end and assemble the evidence automatically, so that 70% of the 600,000 cases we see each month never need a human analyst.</p><p><strong>What you&rsquo;ll do</strong></p><ul><li>Design features from authorization, clearing and merchant history data, and keep their definitions identical between training and serving</li><li>Train and retrain outcome models with XGBoost, and take a sequence model built on LSTMs from research into production</li><li>Own the backtests and shadow-mode comparisons that decide whether a new model replaces the one in production</li><li>Build event-driven services on Kafka that score cases within seconds of arrival</li><li>Set the engineering bar: code review in GitHub, test coverage, on-call runbooks</li><li>Mentor four ML engineers and work closely with our data scientists and dispute operations leads</li><li>Write design docs and explain model decisions to risk, legal and product partners</li></ul><p><strong>What you bring</strong></p><ul><li>8+ years of software engineering, 4+ of them on machine learning systems in production</li><li>Expert Python; working Java or Scala for JVM services</li><li>Experience with low-latency model serving and the operational side of ML</li><li>Payments, banking or fraud experience is a plus, not a requirement</li></ul><div class="content-pay-transparency"><div class="pay-input"><div class="description"><p>The base salary range below is for New York City. Total compensation also includes an annual bonus and equity.</p></div><div class="title">New York base salary</div><div class="pay-range"><span>$232,000</span><span class="divider">&mdash;</span><span>$281,000 USD</span></div></div></div><div class="content-conclusion"><p><strong>About Orlavane</strong></p><p>Orlavane runs a card network and processing platform for 3,400 banks and credit unions in North and South America. Each time one of their cardholders pays, Orlavane carries the authorization, clearing and settlement between the merchant&rsquo;s bank and the cardholder&rsquo;s. We employ 2,900 people in New York, Toronto, Mexico City and S&atilde;o Paulo.</p><p>Orlavane is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, marital status, veteran status or disability status. Applicants with arrest or conviction records will be considered in accordance with the NYC Fair Chance Act.</p></div>`,
    ),
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['Feature engineering', 'Decision trees', 'Neural networks', 'Model evaluation', 'Kafka', 'Git', 'MLE', 'DS', 'Communication', 'Python', 'Java'],
  },
  {
    id: 't9-a-02',
    title: 'Applied Scientist II, Delivery Time Estimation',
    company: 'Brambleway',
    location: 'Seattle, WA',
    format: 'html',
    body: `# Who we are
Brambleway brings fresh food and household staples to 700,000 homes in Washington, Oregon and Idaho, usually within two hours of the order. Our six fulfilment centres and 2,500 drivers work from the promise we make at checkout: the delivery window.

# The role
If we promise a window we cannot keep, the customer waits at home for nothing; if we are too cautious, we turn away orders we could have delivered. You will own the models that estimate how long picking, packing and driving will take, and how many delivery slots each centre can safely offer.
- Build probabilistic models of pick, pack and drive times, from regression baselines to gradient-boosted trees (LightGBM) and neural networks
- Engineer features from traffic, weather, order size, building access and driver history
- Evaluate every model change offline against the current production estimates and report calibration by region and time of day
- Design and read out A/B tests of slot-capacity policies with the operations team
- Write up and present findings to operations and product leaders

# Qualifications
- PhD, or MS with 3+ years of industry experience, in statistics, operations research, computer science or a related field
- Fluent Python and its scientific stack: NumPy, pandas, scikit-learn; PyTorch a plus
- Solid grounding in probability and statistical inference
- Experience processing large datasets with Spark

# Compensation and benefits
The base pay range for this position in Seattle is $156,000–$198,000 per year. Final offers depend on experience and location. Employees also receive restricted stock units, medical, dental and vision coverage, a 401(k) with company match, 18 days of PTO and a monthly grocery credit.

Brambleway is an equal opportunity employer and participates in E-Verify. Reasonable accommodations are available to applicants with disabilities throughout the hiring process.`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Regression', 'Decision trees', 'Neural networks', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Python', 'NumPy', 'Pandas', 'Scikit-learn', 'PyTorch', 'Probability', 'Apache Spark'],
  },
  {
    id: 't9-a-03',
    title: 'Decision Scientist, Member Pricing',
    company: 'Maplecrest Credit Union',
    location: 'Toronto, ON',
    format: 'div',
    body: `# The role
Our Pricing team sets the rates on every savings account, term deposit, mortgage and line of credit we offer. In this role you will help decide those rates so that they are fair to members, competitive in the market and sound for the credit union's balance sheet.
- Build models of how members respond to rate changes, using logistic regression and gradient boosting
- Estimate how many members would move their savings or renew their mortgage at each rate
- Design A/B tests of offers on live renewals with the Member Experience team, and read out the results
- Clean and reconcile product, rate-history and member data from our banking system before modelling
- Validate each model before it is used and track its performance every quarter with Model Risk Management
- Explain your recommendations to the Asset-Liability Committee in plain language

# What you bring
- A master's degree in statistics, economics, actuarial science or a related field
- 3+ years of pricing, credit or marketing analytics in a financial institution
- Python or R; SAS is welcome while we migrate off it
- A good feel for the business: you know how a quarter-point change moves deposits, margins and renewals
- Bilingualism (English/French) is an asset

# Compensation and benefits
Salary range: $102,000 – $128,000, plus an annual incentive. Defined benefit pension, health and dental benefits from your first day, a preferred mortgage rate and paid volunteer days.

# About Maplecrest
Maplecrest is a member-owned credit union with 38 branches across Ontario and 310,000 members. We offer chequing, savings, mortgages, business lending and wealth advice, and return a share of our profits to members every year.
Maplecrest is committed to an inclusive, barrier-free recruitment process. If you require accommodation at any stage, please let us know.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Regression', 'Decision trees', 'Hypothesis testing', 'Data cleaning', 'Model evaluation', 'Communication', 'Python', 'R', 'Business acumen'],
  },
  {
    id: 't9-a-04',
    title: 'Senior BI Developer – Pharmacy Analytics',
    company: 'Wattlebank Pharmacy Group',
    location: 'Melbourne VIC 3000',
    format: 'escaped',
    body: `# The role
We are looking for someone senior to rebuild how our pharmacies see their numbers: script volumes, front-of-shop sales, stock on hand and rosters, all in one place and all trusted.

# Who we are
Wattlebank runs 210 community pharmacies across Victoria, Tasmania and South Australia. Our pharmacists dispense 14 million prescriptions a year, give flu and travel vaccinations, and our stores sell health, beauty and wellness products.

# What you'll do
- Design the data model and build Power BI reports for pharmacy managers, area managers and the executive team
- Write and tune SQL against our Azure SQL warehouse and build the loads in Azure Data Factory
- Replace 60 hand-built Excel reports with a governed, self-service model
- Keep report and model code in Azure DevOps Git repos and release it through CI/CD pipelines
- Train store teams and explain what the numbers do and do not say

# About you
- 5+ years in BI development, with deep Power BI and DAX skills
- Strong SQL; Python for automation is a bonus
- Experience with retail or healthcare reporting
- Able to balance requests from pharmacists, finance and operations

# Benefits
$135,000 – $150,000 + super, a 20% team member discount, paid parental leave, an extra day off for your birthday and salary packaging options.

Wattlebank is committed to a diverse and inclusive workplace. Aboriginal and Torres Strait Islander people, people with disability and people of all ages are encouraged to apply.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Power BI', 'Git', 'Deployment pipelines', 'Communication', 'Python'],
  },
  {
    id: 't9-a-05',
    title: 'Senior Engineer, ML Platform',
    company: 'Quillbyte',
    location: 'Bengaluru, Karnataka, India',
    format: 'raw',
    // Lever description, lists and additional section joined by the adapter: <div> paragraphs, <h3> list titles.
    body: `<div><b>About Quillbyte</b></div><div>Quillbyte is a platform for logs, metrics and traces. Engineering teams at 5,000 companies, from two-person startups to airlines and hospitals, use it to find out why their software is slow or down. We are a 600-person software company headquartered in Bengaluru, with teams in Singapore and Amsterdam.</div><div><br></div><div>Our anomaly detection and log grouping features run on models trained by a small applied ML group. The ML platform team gives them the infrastructure to train, track and ship those models without waiting on anyone.</div><h3>What you'll do</h3><ul><li>Run and extend our Kubeflow Pipelines on Kubernetes (EKS) for training and batch scoring</li><li>Operate MLflow for experiment tracking and the model registry</li><li>Build the CI/CD that tests, packages as Docker images and promotes models from staging to production</li><li>Provide internal APIs for online inference, with latency and cost budgets per tenant</li><li>Add automated evaluation gates so that no model ships if it scores worse than production on our benchmark sets</li></ul><h3>What we're looking for</h3><ul><li>4+ years in platform, infrastructure or ML engineering</li><li>Strong Python and Go</li><li>Hands-on with Kubernetes, Terraform and AWS</li><li>Familiarity with the lifecycle of PyTorch or scikit-learn models</li><li>AWS Certified Machine Learning &ndash; Specialty is a plus</li></ul><div>Compensation: &#8377;45&ndash;60 lakh fixed per year plus ESOPs. Health insurance for you, your spouse, children and parents; a quarterly wellness allowance; 26 days of paid leave and a home-office setup budget.</div><div><br></div><div>Quillbyte is an equal opportunity employer. We welcome people of every gender, caste, religion, sexual orientation and ability, and we make reasonable accommodations throughout our hiring process.</div>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Kubeflow', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Docker', 'APIs', 'Model evaluation', 'Python', 'PyTorch', 'Scikit-learn', 'CERT_AWS'],
  },
  {
    id: 't9-a-06',
    title: 'Data Engineer – Billing & Usage Data',
    company: 'Straits Linkway',
    location: 'Singapore',
    format: 'text',
    body: `What you will do
Every call, message and megabyte our customers use becomes a usage record: 3 billion of them a day. You will build the pipelines that turn those records into accurate bills, usage alerts and the data our analysts and data scientists work with.
- Build streaming ingestion of usage records from network mediation systems with Kafka and Spark Structured Streaming
- Model and maintain the billing and usage data marts in our lakehouse on Azure
- Write automated data quality checks for completeness, duplicates and late-arriving records, and fix the gaps they find
- Orchestrate jobs with Airflow and deploy them through GitLab CI
- Work with data scientists on the features behind churn and bill-shock models

Requirements
- Degree in Computer Science, Engineering or a related field
- 3+ years as a data engineer
- Strong Python and SQL; Scala or Java is a plus
- Experience with Hadoop-era tools (Hive, HDFS) helps, as we are migrating off them
- Singapore Citizens, Permanent Residents or candidates eligible for a work pass

What we offer
Competitive remuneration with AWS and a variable bonus, flexible benefits, 21 days of annual leave, hybrid working and staff discounts on mobile and home plans.

About us
We carry the calls, messages and data of 3.1 million mobile and home customers across Singapore. Our 4,200 people run the cables, exchanges and masts that make it all work, and the shops and contact centres where customers meet us.

We are an equal opportunity employer. All qualified applicants will receive consideration regardless of age, race, religion, gender, marital status or disability. Only shortlisted candidates will be notified.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['SG'],
    mentions: ['DS', 'DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Feature engineering', 'Python', 'Java', 'Hadoop'],
  },
  {
    id: 't9-a-07',
    title: 'Computer Vision Engineer – Paint Surface Inspection',
    company: 'Remstal Karosseriewerke GmbH',
    location: 'Weinstadt, Baden-Württemberg',
    countryHints: ['DE'],
    format: 'raw',
    // SmartRecruiters jobAd: company, job description, qualifications and additional information sections.
    body: `<h3>Company Description</h3><p>Remstal Karosseriewerke presses, paints and assembles exterior body panels &ndash; bonnets, tailgates, doors and bumper covers &ndash; for three German carmakers. 2,300 people work at our plants in Weinstadt and Zwickau. English is the working language of our digital manufacturing team.</p><h3>Job Description</h3><p>Every painted panel that leaves our lines is inspected for craters, runs, dust inclusions and orange peel. Today that is done by people under bright lights at the end of the line. You will build the camera tunnel and models that take over most of this work.</p><ul><li>Develop and train CNN-based models for paint-defect detection and classification with PyTorch</li><li>Build the image-processing chain with OpenCV, from deflectometry and camera calibration to inference</li><li>Optimise models for edge devices on the line and write the performance-critical parts in C++</li><li>Build test sets with our quality engineers and report recall per defect class before any model is released</li><li>Containerise services with Docker and support the line through ramp-up</li></ul><h3>Qualifications</h3><ul><li>Master&#39;s degree or PhD in computer science, electrical engineering, physics or similar</li><li>3+ years of computer vision in production</li><li>Python and C++</li><li>Fluent English; German is a plus and we pay for courses</li></ul><h3>Additional Information</h3><p>Permanent contract under the IG Metall collective agreement, 35-hour week, 30 days of holiday, company pension scheme, bike leasing, canteen and support with relocation and visa.</p><p>We welcome applications from all people, regardless of gender, nationality, ethnic and social origin, religion, disability, age and sexual identity.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Neural networks', 'PyTorch', 'C++', 'Model evaluation', 'Docker', 'Python'],
  },
  {
    id: 't9-a-08',
    title: 'Robotics Software Engineer – Perception & Planning',
    company: 'Haulmark Robotics',
    location: 'Pittsburgh, PA',
    format: 'html',
    body: `# The role
You will write the software that lets our robot sand and paint a wall it has never seen, in a building that is still half finished, with electricians working in the next room.

# About us
We design and build robots that sand and paint interior walls on commercial construction sites. Our robots are assembled in our own plant in Homestead, Pennsylvania, and are at work on 40 sites from Boston to Atlanta. We are 180 people, 60 of them engineers.

# Responsibilities
- Develop motion and coverage planning in C++ on ROS 2
- Turn point clouds from our depth cameras into wall maps the planner can use
- Experiment with reinforcement learning for spray-path control in simulation
- Write tests in simulation and on hardware; own features from prototype to field release
- Work with mechanical and electrical engineers on new tools and end effectors

# Requirements
- BS/MS in robotics, mechanical engineering, computer science or a related field
- 3+ years of C++ in a robotics or real-time setting; Python for tooling
- Strong linear algebra and kinematics
- Comfortable in the lab and on a dusty job site

# Benefits
Base salary $140,000–$175,000 plus equity. Medical, dental and vision plans with 100% of employee premiums covered, a 401(k), 16 weeks of paid parental leave and lunch on Fridays.

Equal Opportunity Employer: Minorities/Women/Protected Veterans/Individuals with Disabilities.`,
    role: 'ROBO',
    sector: SECTOR.AUTO, // makes robots in its own plant: a machine maker, whatever its customers
    countries: ['US'],
    mentions: ['C++', 'Reinforcement learning', 'Python', 'Linear algebra'],
  },
  {
    id: 't9-a-09',
    title: 'Lead Data Scientist – Emergency Demand Modelling',
    company: 'Emergency Services Authority of Queensland',
    location: 'Brisbane, QLD',
    format: 'double',
    body: `# About us
The Emergency Services Authority of Queensland is the Queensland Government agency that runs fire, rescue and flood response across the state, with 240 stations, 3,100 paid firefighters and 30,000 volunteers.

# The opportunity
We are seeking a lead data scientist to head a small team in our Strategy and Planning branch. Your work will shape where stations are built, where crews are rostered and how we prepare for storm season.
- Model how demand for fire, rescue and flood responses changes with population growth, weather and building stock, using regression and spatial methods
- Cluster incident patterns to understand risk across suburbs and regional towns
- Evaluate changes to dispatch rules with proper statistical tests before they are rolled out
- Set the team's standards: code under version control, peer review, reproducible analysis
- Present findings to the executive, the Minister's office and community forums in plain language
- Lead and develop two data scientists and a data engineer

# About you
- Postgraduate qualifications in statistics, operations research, geography or similar
- Advanced R or Python
- Experience with large spatial and event datasets
- Australian citizenship or permanent residency is required

# Salary and conditions
AO8 $148,000 – $157,000 per annum, plus 12.75% superannuation. Flexible working arrangements and 17.5% annual leave loading.

We are committed to building an inclusive workforce that reflects the community we serve, and we encourage Aboriginal and Torres Strait Islander peoples, people with disability and people from culturally and linguistically diverse backgrounds to apply.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['DS', 'DE', 'Regression', 'Clustering', 'Hypothesis testing', 'Git', 'Communication', 'R', 'Python'],
  },
  {
    id: 't9-a-10',
    title: 'NLP Engineer, Customer Conversations',
    company: 'Heronbridge',
    location: 'Manchester, England',
    format: 'div',
    body: `# The role
Every month our contact centres and chat channels handle 2.4 million conversations. You'll build the language models that route them, summarise them and tell us why customers got in touch.

# Who we are
Heronbridge is a UK mobile network with 7 million customers on pay monthly, SIM-only and business plans, and a growing home broadband business. We run our own network, 400 stores and contact centres in Manchester, Cardiff and Glasgow.

# What you'll be doing
- Fine-tune transformer models for intent classification and call summarisation with Hugging Face and PyTorch
- Build evaluation sets with our contact-centre quality team and measure every model before and after release
- Clean and redact call transcripts so that no personal data leaves the secure zone
- Deploy models on Azure Machine Learning and monitor them in production
- Work with data scientists and product owners, and explain to them what each model can and cannot do

# What you'll bring
- Strong Python and experience putting NLP models into production
- Experience evaluating LLM outputs and designing prompts
- Clear writing for people who are not specialists

# What you'll get
£65,000 – £80,000, a 10% bonus, 25 days' holiday, pension contributions up to 10%, a free SIM with unlimited data and a share scheme.
We welcome applications from everyone, and we're happy to talk about flexible working and any adjustments you need.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'Microsoft Azure ML', 'DS', 'Communication', 'Python'],
  },
  {
    id: 't9-a-11',
    title: 'Product Manager, AI – Radiology Workflow',
    company: 'Quenby Health Systems',
    location: 'Boston, MA',
    locations: ['Remote - US'],
    format: 'raw',
    // Ashby descriptionHtml: <p><strong> headings, list items wrapped in <p>.
    body: `<p><strong>About the role</strong></p><p>Radiologists read more scans every year with no more hours in the day. You will own the AI features in our reading workflow: a worklist that moves likely brain bleeds and pulmonary emboli to the top, and draft reports that a radiologist edits instead of dictating from scratch.</p><p><strong>What you&#39;ll do</strong></p><ul><li><p>Own the roadmap and success metrics for worklist prioritisation and report drafting</p></li><li><p>Define evaluation criteria with radiologists &mdash; sensitivity, missed findings, time saved &mdash; and how we measure them before each release</p></li><li><p>Work every day with our ML engineers, computer vision engineers and clinical informatics team</p></li><li><p>Run A/B tests of workflow changes at pilot sites and decide from the results</p></li><li><p>Turn FDA, HIPAA and hospital security requirements into product decisions</p></li></ul><p><strong>What you have</strong></p><ul><li><p>5+ years of product management, including 2+ shipping machine learning products</p></li><li><p>Experience with radiology, PACS or other clinical workflows</p></li><li><p>Enough technical depth to discuss model trade-offs with engineers, and the business acumen to build the pricing case</p></li><li><p>Excellent written and verbal communication</p></li></ul><p><strong>Compensation</strong></p><p>$180,000 &ndash; $215,000 base salary plus equity. Medical, dental and vision coverage, a 401(k) with 4% match, flexible PTO and a home-office stipend.</p><p><strong>About Quenby</strong></p><p>Quenby makes the reporting, worklist and image-viewing software used by 1,100 imaging centres and hospital radiology departments across the United States. Our radiologist advisory board helps decide what we build next.</p><p>Quenby Health Systems is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.</p>`,
    role: 'AIPM',
    sector: SECTOR.HEALTH, // software made for radiology departments and imaging centres
    countries: ['US'],
    mentions: ['Model evaluation', 'MLE', 'CVE', 'Hypothesis testing', 'Business acumen', 'Communication'],
  },
  {
    id: 't9-a-12',
    title: 'Deep Learning Specialist – Seismic Imaging',
    company: 'Tolvane Geophysical',
    location: 'Calgary, AB',
    format: 'text',
    body: `Tolvane Geophysical acquires and processes seismic data for companies exploring for oil, gas, geothermal heat and underground carbon storage in Western Canada and the North Sea. Our processing centre in Calgary handles 40 terabytes of field data a week.

The position
We are bringing neural networks into our imaging workflow to denoise records, pick faults and fill in missing traces, and we need a specialist to lead that work.

Responsibilities
- Design and train convolutional networks and U-Nets on 3D seismic volumes in PyTorch
- Run distributed training on our GPU cluster and in the cloud
- Compare model outputs against conventional processing with our geophysicists, and document the results
- Package models for the processing team with Docker
- Keep up with the research literature and bring promising ideas to the team

Qualifications
- MSc or PhD in geophysics, computer science or applied mathematics
- 3+ years building neural networks for images or volumes
- Python, and C++ or Fortran for performance work
- Solid linear algebra and signal processing

Compensation
$120,000 – $150,000 CAD, an annual bonus, health and dental coverage, RRSP matching and a flexible work schedule.

Tolvane is an equal opportunity employer and provides accommodation during recruitment on request.`,
    role: 'DLS',
    sector: null, // seismic surveys for energy exploration: energy is unclassified
    countries: ['CA'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Docker', 'Continuous learning', 'Python', 'C++', 'Linear algebra'],
  },
  {
    id: 't9-a-13',
    title: 'Senior Research Scientist, Agents & Planning',
    company: 'Veradyne',
    location: 'London, UK; Toronto, Canada',
    format: 'escaped',
    body: `# The team
Our Agents team studies how learning systems can plan over long horizons and learn from sparse feedback. We publish openly and ship what works into the models our customers use.

# What you'll do
- Develop new reinforcement learning methods for agents that act in software environments
- Train large transformer-based policies with JAX and PyTorch on thousands of accelerators
- Design benchmarks and evaluations that show whether an agent is actually getting better
- Publish at NeurIPS, ICML and ICLR, and present your work to the wider company
- Collaborate with research engineers and with the product teams that deploy our models

# What we look for
- PhD in machine learning, computer science, statistics or a related field, or equivalent research experience
- A publication record in reinforcement learning, planning or sequential decision-making
- Strong mathematics: probability, linear algebra, optimisation
- Excellent Python

# Compensation
London: £150,000 – £230,000 base plus equity. Toronto: CA$210,000 – CA$320,000 base plus equity. Private healthcare, 30 days' holiday, enhanced parental leave and a conference travel budget.

# About Veradyne
Veradyne is an AI research company. We train foundation models and sell access to them, and the enterprise products built on them, to 9,000 businesses. Our labs are in London and Toronto, and we are a team of 450.
We are an equal opportunity employer and welcome applicants of every background. If you need adjustments during the process, tell your recruiter.`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['GB', 'CA'],
    mentions: ['Reinforcement learning', 'Neural networks', 'PyTorch', 'Model evaluation', 'Communication', 'Probability', 'Linear algebra', 'Python'],
  },
  {
    id: 't9-a-14',
    title: 'Business Intelligence Analyst – Merchandising & Inventory',
    company: 'Kettleby Home & Hardware',
    location: 'Mississauga, ON',
    format: 'html',
    body: `# About Kettleby
Kettleby has sold tools, paint, lumber and garden supplies to Ontario homeowners and contractors since 1962. Today we run 88 stores, two distribution centres and kettleby.ca.

# What you'll do
- Build and maintain Power BI reports on sales, margin, stock levels and markdowns for buyers and category managers
- Write SQL against our Snowflake warehouse and model data with dbt
- Analyse which products are overstocked or out of stock by store, and visualise trends so buyers can act on them
- Partner with Merchandising leaders to define KPIs and present monthly category reviews
- Find and fix mismatches between point-of-sale, purchase-order and inventory data

# What you need
- Degree in business, statistics, computer science or similar
- 2+ years in BI or analytics, ideally in retail
- Advanced Power BI (DAX, data modelling) and SQL
- Python or R is an asset
- Curious, organised and comfortable with changing priorities

# What we offer
$78,000 – $92,000, an annual bonus, a 20% employee discount, group benefits, RRSP matching and hybrid work with three days a week at our Mississauga support centre.

Kettleby is an equal opportunity employer committed to an accessible recruitment process. Accommodations are available on request under the AODA.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['Power BI', 'Visualization', 'Communication', 'Data cleaning', 'Python', 'R', 'Adaptability'],
  },
  {
    id: 't9-a-15',
    title: 'Machine Learning Engineer – Seller Trust & Safety',
    company: 'Loomstall',
    location: 'Singapore (Hybrid)',
    format: 'raw',
    // Greenhouse content with a content-intro block that sits after the role summary.
    body: greenhouse(
      `<p>Our Trust &amp; Safety team keeps counterfeit goods, prohibited items and fake sellers off Loomstall. You will build the models that review 1.5 million new listings a week, so that our human reviewers only see the hard cases.</p><div class="content-intro"><p><strong>About Loomstall</strong></p><p>Loomstall is a marketplace where 140,000 independent makers across Southeast Asia sell handmade clothing, homeware and gifts to 9 million shoppers. We take a commission on each sale and handle payments and delivery, so makers can focus on making.</p></div><p><strong>What you will do</strong></p><ul><li>Train image and text classifiers (CNNs and fine-tuned transformer models) that flag counterfeit and prohibited listings</li><li>Build features from seller history, listing metadata and buyer reports</li><li>Measure precision and recall with our reviewers, and evaluate every model on fresh samples before it ships</li><li>Run A/B tests of enforcement policies to understand their effect on honest sellers</li><li>Serve models on Kubernetes and deploy them with Argo CD</li></ul><p><strong>What you bring</strong></p><ul><li>3+ years of machine learning engineering</li><li>Python, plus Java or Go</li><li>TensorFlow or PyTorch</li><li>Experience with large-scale data processing in Spark</li></ul><p><strong>Benefits</strong></p><p>Competitive salary and equity, AWS and performance bonus, medical and dental coverage, 20 days of annual leave, a flexible benefits budget and a monthly credit to spend with Loomstall makers.</p><p>Loomstall is an equal opportunity employer. We welcome applicants of all backgrounds and do not discriminate on the basis of age, race, religion, gender, sexual orientation or disability.</p>`,
    ),
    role: 'MLE',
    sector: SECTOR.RETAIL, // a marketplace where consumers buy goods
    countries: ['SG'],
    mentions: ['Neural networks', 'Feature engineering', 'Model evaluation', 'Hypothesis testing', 'Kubernetes', 'Deployment pipelines', 'Python', 'Java', 'TensorFlow', 'PyTorch', 'Apache Spark'],
  },
  {
    id: 't9-a-16',
    title: 'Data Scientist, Member Health Outcomes',
    company: 'Prairielane Health Plan',
    location: 'Chicago, IL',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacers and a long EEO paragraph.
    body: `<p><b>Company Overview</b></p><p>Prairielane Health Plan provides medical and pharmacy coverage to 1.6 million members in Illinois, Indiana and Wisconsin through employer, Medicare Advantage and Medicaid plans. Our care managers, nurses and pharmacists work with members to keep them healthy and out of the hospital.</p><p>&nbsp;</p><p><b>Job Summary</b></p><p>The Data Scientist will join the Clinical Analytics team and build the models that decide which members our care managers call first.</p><p><b>Essential Functions</b></p><ul><li>Build models that identify members at risk of avoidable hospital admissions, using claims, pharmacy and lab data</li><li>Apply survival analysis, regression and gradient-boosted models (XGBoost)</li><li>Evaluate each model for accuracy and for fairness across member groups before it is deployed</li><li>Measure the impact of care-management programs with randomized designs and the right significance tests</li><li>Visualize results in Tableau and present them to medical directors and program leaders</li><li>Work with data engineers on reliable feeds from the claims warehouse</li></ul><p><b>Qualifications</b></p><ul><li>Master&rsquo;s degree in biostatistics, statistics, epidemiology or a related field</li><li>3+ years of experience in healthcare analytics</li><li>Python (pandas, scikit-learn) and SQL</li><li>Knowledge of claims data, ICD-10 and CPT codes</li></ul><p>&nbsp;</p><p><b>Pay Range</b></p><p>$112,000.00 &ndash; $140,000.00 annually. Actual pay depends on skills, experience and location. Eligible for an annual incentive, medical, dental, vision, 401(k) with match, tuition assistance and paid time off.</p><p>Prairielane Health Plan is an Equal Opportunity/Affirmative Action employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, protected veteran status or disability status. If you need a reasonable accommodation to apply, please contact Talent Acquisition.</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH, // a health insurer
    countries: ['US'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Model evaluation', 'Hypothesis testing', 'Visualization', 'Tableau', 'Communication', 'DE', 'Python', 'Pandas', 'Scikit-learn'],
  },
  {
    id: 't9-a-17',
    title: 'Data Engineer – Market Data Platform',
    company: 'Lontar Technologies Pvt Ltd',
    location: 'Mumbai, Maharashtra, India; Singapore',
    format: 'escaped',
    body: `# What you'll work on
Every trading day, 40 million orders and 3 billion market-data ticks pass through our systems. You will build the pipelines that feed risk checks, surveillance, customer statements and our analytics teams.
- Build streaming and batch pipelines with Kafka and Spark on AWS
- Design data models for orders, trades, positions and ledgers
- Write reconciliation checks that catch missing or duplicated trades before anyone downstream sees them
- Release through Jenkins pipelines and keep infrastructure as code
- Work with our data scientists on the features behind surveillance models

# You have
- 4+ years of data engineering
- Java or Scala, and Python
- Experience with Airflow, Docker and Kubernetes
- Clear communication with colleagues across Mumbai and Singapore

# Perks
Competitive salary, ESOPs, comprehensive medical cover for your family, hybrid work, a meal allowance and support if you move between our offices.

# About us
Six million people use our app to buy shares, mutual funds, futures and options on Indian exchanges, and our Singapore desk gives them access to US stocks. We are 1,800 people in Mumbai, Bengaluru and Singapore, and we have been profitable since 2019.`,
    role: 'DE',
    sector: SECTOR.FIN, // a share-trading app (a broker), whatever its name says
    countries: ['IN', 'SG'],
    mentions: ['Kafka', 'Apache Spark', 'Data cleaning', 'Deployment pipelines', 'DS', 'Feature engineering', 'Java', 'Python', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't9-a-18',
    title: 'Senior Computer Vision Engineer – Kerbside Waste',
    company: 'Kerbwise',
    location: 'Sydney NSW',
    format: 'div',
    body: `# About us
Kerbwise makes the cameras and software that 45 Australian and New Zealand councils use on their garbage trucks to spot contaminated recycling bins, overflowing bins, missed collections and illegal dumping. Our units ride on 1,900 trucks; faces and number plates are blurred on the device before any image leaves it.

# The role
- Develop detection and tracking models for bins, bin contents and dumped items in day, night and rain, using PyTorch
- Build CNN and vision transformer models small enough for our edge hardware, and write the inference code in C++
- Own evaluation: build labelled test sets from new council areas and report accuracy by object class
- Work with our data engineers on the pipelines that bring detections into council route planning
- Mentor two junior computer vision engineers

# Requirements
- 5+ years of computer vision, 2+ in production on embedded or edge devices
- Python and C++; OpenCV; TensorRT a plus
- Experience with multi-object tracking
- Full working rights in Australia

# Benefits
$170,000 – $195,000 + super, equity, a nine-day fortnight and 16 weeks of paid parental leave.
We are an equal opportunity employer and we encourage First Nations people, women and people with disability to apply.`,
    role: 'CVE',
    sector: SECTOR.PUBLIC, // products made for councils' waste services
    countries: ['AU'],
    mentions: ['PyTorch', 'Neural networks', 'C++', 'Model evaluation', 'DE', 'CVE', 'Python'],
  },
  {
    id: 't9-a-19',
    title: 'BI Analyst (m/f/d) – Finance & Controlling',
    company: 'Vierlande Spedition GmbH',
    location: 'Hamburg, Germany',
    format: 'text',
    body: `Your tasks
- Build and maintain reporting for controlling, fleet management and sales in Power BI
- Develop data models in our SQL Server warehouse together with IT
- Analyse cost per kilometre, empty runs and margin per customer, and present the results to management
- Automate the monthly closing reports that are still built by hand in Excel
- Support budgeting and forecasting

Your profile
- Degree in business informatics, economics or a similar field
- 2+ years as a BI analyst or in controlling
- Power BI and SQL; Python is a plus
- Business-fluent English; German is helpful but not required

What we offer
Permanent contract, 30 days of holiday, hybrid work, a Deutschlandticket, company pension and bike leasing.

About us
Our 1,900 trucks and 3,500 swap bodies move groceries, building materials and car parts between Scandinavia, Germany and Northern Italy. From our headquarters in Hamburg, 160 dispatchers plan 11,000 tours a week.

We value diversity and welcome all applications, regardless of gender, nationality, ethnic and social origin, religion, disability, age and sexual identity.`,
    role: 'BIA',
    sector: null, // road freight: logistics is unclassified, whatever the loads are
    countries: ['DE'],
    mentions: ['Power BI', 'Communication', 'BIA', 'Python'],
  },
  {
    id: 't9-a-20',
    title: 'Robotics Engineer – Duct Inspection Robots',
    company: 'Deccan Fibrenet',
    location: 'Hyderabad, Telangana',
    format: 'html',
    body: `# The role
Before we can pull fibre through a city, we need to know what is inside its ducts: collapses, water, roots, other people's cables. You will develop the robots that crawl through those ducts and tell us.

# About us
Deccan Fibrenet builds and runs the fibre broadband network that brings internet to 1.9 million homes and 60,000 businesses in Telangana, Andhra Pradesh and Karnataka. We also lease dark fibre to mobile operators for their towers.

# Responsibilities
- Design control and navigation software for duct-crawling robots in C++ and Python on ROS
- Integrate cameras, LiDAR and odometry; work with our ML team on defect detection
- Test prototypes on our training duct near Shamshabad and lead field trials with civil-works crews
- Write clear test reports and present results to network rollout heads
- Work with vendors on mechanical, tether and battery design

# Requirements
- B.Tech/M.Tech in robotics, mechatronics, electronics or mechanical engineering
- 3+ years of robotics software development
- Strong grasp of kinematics, control theory and linear algebra
- Willingness to travel to field sites across South India

# What we offer
Competitive pay, an annual bonus, medical insurance for your family and parents, a field allowance and a free home broadband connection.`,
    role: 'ROBO',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['C++', 'Python', 'Communication', 'Linear algebra'],
  },
  {
    id: 't9-a-21',
    title: 'Senior Manager, AI Product (Personal Finance)',
    company: 'Pocketwren',
    location: 'London, United Kingdom',
    format: 'raw',
    // Lever description with a <b> lead-in, lists under <h3>, and the closing section.
    body: `<div><b>About Pocketwren</b></div><div>Pocketwren is a money app used by 2.8 million people in the UK to budget, save and invest. We hold an electronic money licence, and our savings and investment accounts are provided with partner banks. Our customers trust us with their pay cheque; we take that seriously.</div><div><br></div><div>We are looking for a senior product leader to own our AI features: spending insights, automatic saving rules and the in-app assistant that answers &ldquo;can I afford this?&rdquo;.</div><h3>What you'll do</h3><ul><li>Set the strategy and roadmap for AI features across the app</li><li>Work with data scientists and ML engineers to define success metrics and how models are tested for accuracy, bias and unsuitable advice before launch</li><li>Run A/B tests with real customers and make decisions from the results</li><li>Work with Compliance on FCA Consumer Duty and explainability</li><li>Manage two product managers</li></ul><h3>What you'll bring</h3><ul><li>7+ years of product management, 3+ on machine learning products</li><li>Experience in fintech, banking or investing</li><li>Strong commercial judgement: you can size a market and build a business case</li><li>Clear writing and confident presenting, up to board level</li></ul><div>&pound;120,000 &ndash; &pound;145,000 plus share options, 28 days&rsquo; holiday plus bank holidays, private medical insurance, 6% matched pension and a flexible-working policy.</div><div><br></div><div>Pocketwren is an equal opportunity employer. We welcome applications from everyone and will make any adjustments you need during the process.</div>`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DS', 'MLE', 'Model evaluation', 'Hypothesis testing', 'Business acumen', 'Communication'],
  },
  {
    id: 't9-a-22',
    title: 'MLOps Engineer (IT-03)',
    company: 'Income Benefits Agency of Canada',
    location: 'Ottawa, ON / Gatineau, QC (hybrid)',
    format: 'double',
    body: `# About the organization
The Income Benefits Agency of Canada is the federal agency that processes pension, employment insurance and family benefit applications for 9 million Canadians each year.

# Your role
The Data Science Division builds models that sort incoming applications and flag files for a second review. As an MLOps engineer, you will make sure those models can be trusted in production.
- Build and maintain pipelines that retrain, validate and deploy models with Azure Machine Learning and Azure DevOps
- Package models as Docker containers and run them on Kubernetes (AKS)
- Track experiments and model versions in MLflow
- Monitor models for drift, performance and fairness, and prepare the evidence for our algorithmic impact assessments
- Work with data scientists to turn notebooks into tested Python packages

# Essential qualifications
- Degree in computer science, engineering or a related field
- 3 years of experience in ML engineering or DevOps
- Python and Git

# Asset qualifications
- Microsoft Certified: Azure AI Engineer Associate
- Bilingual (English and French)

# Conditions of employment
Salary: $93,000 to $112,000 (IT-03). Reliability status security clearance. Preference will be given to Canadian citizens and permanent residents.
The Agency is committed to employment equity and to a workplace that is free of barriers. Women, Indigenous peoples, persons with disabilities and members of visible minorities are encouraged to self-declare.`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['MLE', 'DS', 'Deployment pipelines', 'Model evaluation', 'Microsoft Azure ML', 'Docker', 'Kubernetes', 'MLflow', 'Python', 'Git', 'CERT_AZ'],
  },
  {
    id: 't9-a-23',
    title: 'Data Scientist – Yield & Quality',
    company: 'Glengowrie Dairy Foods',
    location: 'Toowoomba QLD 4350',
    format: 'text',
    body: `The role
Our plants lose about 2% of each day's milk to yield loss and out-of-spec batches. You will build the models that tell our plant managers why, and what to change.

What you'll do
- Join process data from 14,000 sensors with lab results and batch records, and clean up gaps, drifting sensors and mislabelled batches
- Build models that predict cheese yield and moisture from milk composition and process settings, using regression and random forests
- Visualise process behaviour for operators with clear charts in Power BI and Python
- Explain results on the plant floor and in the weekly production meeting
- Help set up our first models in Azure Machine Learning

What you'll bring
- Degree in statistics, chemical engineering, food science or data science
- 2+ years of Python, including pandas, scikit-learn and Matplotlib
- Experience with manufacturing or process data is a big plus
- Willingness to spend two days a week at our Toowoomba plant

Package
$115,000 – $130,000 + super, salary continuance insurance, relocation support and plenty of cheese.

About us
Every day 900 farms in southern Queensland and northern New South Wales send us 2.4 million litres of milk. In three plants we turn it into cheddar, butter, milk powder and long-life milk that is sold in Australian supermarkets and in 20 export markets.

We welcome applications from people of all backgrounds, including Aboriginal and Torres Strait Islander people.`,
    role: 'DS',
    sector: SECTOR.AUTO, // makes food in its own plants
    countries: ['AU'],
    mentions: ['Data cleaning', 'Regression', 'Decision trees', 'Visualization', 'Power BI', 'Python', 'Communication', 'Microsoft Azure ML', 'Pandas', 'Scikit-learn', 'Matplotlib'],
  },
  {
    id: 't9-a-24',
    title: 'Deep Learning Engineer, Video Understanding',
    company: 'Lautbridge GmbH',
    location: 'Berlin, Germany',
    format: 'raw',
    // Workday jobDescription with the employer's text at the end.
    body: `<p><b>Your team</b></p><p>The Video Understanding team builds the models that decide what a video is about, whether it breaks our rules and where its chapters begin.</p><p>&nbsp;</p><p><b>Your responsibilities</b></p><ul><li>Train and fine-tune video transformers and 3D CNNs with PyTorch on multi-node GPU clusters</li><li>Build data pipelines that de-duplicate, filter and clean 50 million labelled clips</li><li>Evaluate every model on held-out test sets per language and content type before release, and track regressions</li><li>Speed up inference with quantisation, TensorRT and custom C++ kernels</li><li>Work with research scientists on new architectures and with our policy specialists on labelling guidelines</li><li>Keep up with the research literature and share what is worth trying</li></ul><p><b>Your profile</b></p><ul><li>MSc or PhD in computer science, electrical engineering or a related field</li><li>3+ years of training neural networks on video, images or audio</li><li>Excellent Python and PyTorch</li><li>Working knowledge of Docker and Kubernetes</li><li>Very good English; German is not required</li></ul><p><b>What we offer</b></p><p>&euro;85,000 &ndash; &euro;110,000 a year, 30 days of holiday, a public-transport ticket, company pension, visa and relocation support and German lessons.</p><p>&nbsp;</p><p><b>About us</b></p><p>Creators upload 600,000 hours of video to us every week, from cooking lessons to chess commentary, and 90 million people a month watch it on our apps and website. We were founded in Berlin in 2014 and are 520 people from 48 countries.</p><p>We value diversity and welcome all applications, regardless of gender, nationality, ethnic and social origin, religion, disability, age and sexual identity.</p>`,
    role: 'DLS',
    sector: SECTOR.IT, // a video platform: an internet platform
    countries: ['DE'],
    mentions: ['Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'C++', 'ARS', 'Continuous learning', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 't9-a-25',
    title: 'Senior Analytics Engineer',
    company: 'Tallowfield',
    location: 'Denver, CO',
    locations: ['Remote - US'],
    format: 'html',
    body: `# What you'll do
- Own the dbt models that turn product events and billing data into trusted tables for finance, product and customer success
- Define and document metrics in our semantic layer
- Write tests that catch duplicates, nulls and broken joins before a dashboard does, and fix the data they flag
- Support analysts and data scientists with well-modelled data, and review their SQL
- Help choose the next tools in our stack (Snowflake, Fivetran, Airflow, Looker)

# What you'll bring
- 5+ years in analytics engineering, BI or data engineering
- Expert SQL and dbt; Python for scripting
- Version control with Git, and CI for data projects (dbt Cloud jobs, GitHub Actions)
- Clear writing: you document as you go

# Pay and benefits
$150,000 – $175,000 base salary plus equity. Medical, dental and vision coverage, a 401(k) with a 4% match, flexible PTO and a home-office stipend.

# About Tallowfield
Tallowfield makes HR software for companies of 50 to 5,000 employees. 11,000 employers in the US use it to hire, onboard, run performance reviews and manage time off for 1.3 million people.
Tallowfield is an equal opportunity employer. We consider qualified applicants regardless of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.`,
    role: null,
    sector: SECTOR.IT, // HR software any company uses
    countries: ['US'],
    mentions: ['Data cleaning', 'DS', 'Python', 'Git', 'Deployment pipelines', 'Communication'],
  },
  {
    id: 't9-a-26',
    title: 'Registered Nurse – Labor & Delivery (Nights)',
    company: 'Saguaro Valley Medical Center',
    location: 'Phoenix, AZ',
    format: 'raw',
    // Workday jobDescription: bold headings in <p>, <br> within paragraphs.
    body: `<p><b>About Saguaro Valley</b></p><p>Saguaro Valley Medical Center is a 480-bed not-for-profit hospital serving the West Valley of Phoenix. Our Women&rsquo;s Center welcomes more than 5,000 babies a year and has a Level III NICU.</p><p>&nbsp;</p><p><b>Schedule:</b> Full time, 36 hours per week, three 12-hour night shifts (7:00 pm &ndash; 7:30 am), every third weekend.</p><p><b>Responsibilities</b></p><ul><li>Provide nursing care to patients in labor, delivery and immediate recovery</li><li>Monitor maternal and fetal status, including electronic fetal monitoring</li><li>Assist with vaginal and cesarean births and newborn stabilization</li><li>Communicate clearly with patients, families, physicians and midwives</li><li>Document care accurately in the electronic health record</li></ul><p><b>Requirements</b></p><ul><li>Current Arizona or multistate RN license</li><li>BLS, ACLS and NRP certification</li><li>1+ year of labor and delivery experience preferred</li><li>Strong critical thinking in fast-changing situations</li></ul><p><b>Pay and benefits</b></p><p>$42.10 &ndash; $61.80 per hour, plus night and weekend differentials. Medical, dental and vision from day one, a 403(b) with match, tuition assistance and paid time off.</p><p>Saguaro Valley Medical Center is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Communication', 'Critical thinking'],
  },
  {
    id: 't9-a-27',
    title: 'Contact Centre Team Leader',
    company: 'Southerly Broadband',
    location: 'Townsville QLD',
    format: 'div',
    body: `# About us
Southerly Broadband connects 380,000 homes, farms and small businesses in regional and remote Australia to the internet by satellite and fixed wireless. Our contact centre in Townsville is where customers call when the weather, a new router or a bill gets in the way.

# The role
Lead a team of 14 consultants who help customers with connections, faults and billing.
- Coach your team through call listening, one-on-ones and daily huddles
- Manage rosters, leave and attendance so we meet our service levels
- Use our Power BI reports each morning to plan the day and spot trends in call reasons
- Handle escalated calls and make sure complaints are resolved within our commitments
- Work with the network team when an outage hits a region

# About you
- 2+ years leading a team in a contact centre, telco or retail environment
- Strong communication and coaching skills
- Comfortable with data and reports
- Available for a rotating roster between 7 am and 9 pm, including some weekends

# What we offer
$78,000 + super + a quarterly team bonus, free home internet, paid parental leave and a well-being program.
We are an equal opportunity employer and encourage Aboriginal and Torres Strait Islander people to apply.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['Power BI', 'Communication'],
  },
  {
    id: 't9-a-28',
    title: 'Medical Technologist – Microbiology',
    company: 'Kallang Diagnostics Pte Ltd',
    location: 'Singapore',
    format: 'escaped',
    body: `# Responsibilities
- Perform culture, identification and antimicrobial susceptibility testing on clinical specimens
- Operate and maintain MALDI-TOF and automated blood-culture analysers
- Check results and report critical values to clinicians promptly
- Take part in quality control, external quality assessment and CAP accreditation
- Work rotating shifts, including weekends and public holidays

# Requirements
- Degree in Biomedical Science, Medical Laboratory Science or equivalent
- 2 years' experience in a clinical microbiology laboratory
- Good communication skills and attention to detail

# What we offer
Competitive salary, medical and dental benefits, 18 days of annual leave, shift allowance and sponsorship for further studies.

# About us
Our 62 collection centres and our central laboratory in Kallang test 45,000 patient samples a day for GP clinics, specialists and hospitals across Singapore and Malaysia.
We regret that only shortlisted candidates will be notified.`,
    role: null,
    sector: SECTOR.HEALTH, // diagnostics laboratories
    countries: ['SG'],
    mentions: ['Communication'],
  },
  {
    id: 't9-a-29',
    title: 'Backend Software Engineer – Checkout',
    company: 'Stallkeep',
    location: 'Remote (EU)',
    format: 'raw',
    // Ashby descriptionHtml with <h2> section headings.
    body: `<p>You&#39;ll join the Checkout team, which owns the last three clicks before a shopper pays: the basket, shipping options, discounts, taxes and the hand-off to payment providers.</p><h2>About us</h2><p>Stallkeep is the e-commerce platform that 12,000 independent shops use to run their online store, take payments and ship orders. Bakeries, bike shops and bookshops in 19 countries sell through us, and we handle &euro;2.1 billion in orders a year.</p><h2>What you&#39;ll do</h2><ul><li><p>Design and build services in Kotlin and Java</p></li><li><p>Design the public APIs that shops and partners build on</p></li><li><p>Publish and consume order events on Kafka</p></li><li><p>Review code on GitHub and ship many times a day with GitHub Actions to Kubernetes</p></li><li><p>Share on-call for checkout, our most critical path</p></li></ul><h2>What you&#39;ll bring</h2><ul><li><p>4+ years of backend development on the JVM</p></li><li><p>Solid PostgreSQL and experience with Docker and Kubernetes</p></li><li><p>You can work from anywhere in the EU within two hours of Central European Time</p></li></ul><h2>Benefits</h2><p>&euro;70,000 &ndash; &euro;90,000 depending on experience and location, an equipment budget, 30 days of holiday and a yearly team week together.</p><p>Stallkeep welcomes people of every background. Tell us if you need adjustments at any stage.</p>`,
    role: null,
    sector: SECTOR.RETAIL, // an e-commerce platform made for shops
    countries: [],
    mentions: ['Java', 'APIs', 'Kafka', 'Git', 'Deployment pipelines', 'Kubernetes', 'Docker'],
  },
  {
    id: 't9-a-30',
    title: 'Data Analyst – Visitor Insights',
    company: 'Hollins Moor Wildlife Park',
    location: 'Chester',
    countryHints: ['GB'],
    format: 'text',
    body: `Hollins Moor Wildlife Park is a conservation charity. Our 120-acre park near Chester is home to 3,000 animals from 200 species, and 1.1 million visitors a year help pay for our breeding and field conservation work.

About the role
You will help us understand who visits, why they come back and how they spend their day, so we can plan staffing, catering and events better.
- Analyse ticketing, membership, catering and retail data
- Build and maintain Power BI reports for the commercial and operations teams
- Forecast daily attendance with regression models that use weather and school holidays
- Analyse visitor surveys with Python or R
- Present insights to the leadership team and recommend what to change

About you
- Degree in a numerate subject, or equivalent experience
- SQL and Power BI; Python or R
- Experience in leisure, tourism or retail analytics is a plus

Salary and benefits
£32,000 – £36,000, 25 days' holiday plus bank holidays, pension, free entry for you and your family, and discounts in our restaurants and shops.

We are committed to equality of opportunity and welcome applications from all sections of the community.`,
    role: null,
    sector: null, // a conservation charity's visitor attraction
    countries: ['GB'],
    mentions: ['Power BI', 'Regression', 'Python', 'R', 'Communication'],
  },
  {
    id: 't9-a-31',
    title: 'Multi-skilled Engineer (Nights)',
    company: 'Severnside Closures Ltd',
    location: 'Telford, Shropshire',
    format: 'html',
    body: `# The role
Keep our injection moulding and assembly lines running on a four-on, four-off night pattern.

# Key responsibilities
- Fault-find and repair mechanical, electrical, hydraulic and pneumatic systems on moulding machines, robots and assembly lines
- Carry out planned preventive maintenance and record all work in our CMMS
- Check the plant's Tableau downtime dashboards at the start of each shift and follow up on repeat stops
- Support root-cause analysis of repeat breakdowns with the day team
- Follow safe systems of work, including lockout/tagout

# About you
- Level 3 qualification (NVQ, HNC or time-served apprenticeship) in electrical or mechanical engineering
- Experience in a high-speed manufacturing environment
- PLC fault-finding on Siemens S7 or Allen-Bradley
- A problem-solver who stays calm when a line is down

# Benefits
£42,500 plus a 33% shift allowance, overtime at time and a half, 25 days' holiday plus bank holidays, a company pension and free parking.

# About us
Our 34 moulding lines in Telford make 3 billion bottle caps, pumps and triggers a year for drinks, household and personal-care brands across Europe.
Severnside Closures is an equal opportunities employer.`,
    role: null,
    sector: SECTOR.AUTO, // makes packaging in its own plant
    countries: ['GB'],
    mentions: ['Tableau', 'Problem-solving'],
  },
  {
    id: 't9-a-32',
    title: 'GIS Analyst – Planning & Development',
    company: 'City of Halvern Falls',
    location: 'Halvern Falls, Minnesota',
    format: 'escaped',
    body: `# About the City
Halvern Falls is a city of 74,000 residents on the Mississippi River. The Planning & Development Department handles zoning, building permits, code enforcement and long-range planning.

# Essential duties
- Maintain parcel, zoning and address layers in ArcGIS Pro and ArcGIS Online
- Produce maps and visualizations for City Council packets and public meetings
- Automate data updates with Python (ArcPy)
- Correct address points and parcel records with the Assessor's office
- Answer map and data requests from residents and staff

# Minimum qualifications
- Bachelor's degree in geography, GIS, planning or a related field
- 2 years of GIS experience, preferably in local government
- Valid driver's license

# Salary and benefits
$64,500 – $81,200 per year, PERA pension, health and dental insurance, 11 paid holidays and vacation accrual from day one.
The City of Halvern Falls is an Equal Opportunity Employer and values a diverse workforce.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['Visualization', 'Python', 'Data cleaning'],
  },
  {
    id: 't9-a-33',
    title: 'Teaching Fellow in Data Science (Two-Year Term)',
    company: 'Wentworth Cove University',
    location: 'Halifax, Nova Scotia',
    format: 'text',
    body: `Wentworth Cove University is a public university of 14,000 students on the Atlantic coast. The School of Mathematics and Computing invites applications for a two-year, teaching-focused position.

Duties
- Teach undergraduate courses in introductory data science, statistical learning and data visualisation
- Lead computer labs in Python and R, using Jupyter, pandas and scikit-learn
- Develop course materials on regression, clustering and decision trees
- Supervise capstone projects with community partners
- Contribute to the School's curriculum review

Qualifications
- PhD, or near completion, in statistics, computer science or a related field
- Evidence of effective university teaching
- Ability to explain technical ideas clearly to students from many backgrounds

Salary is set by the collective agreement with the Faculty Association.

Wentworth Cove University is committed to employment equity and welcomes applications from Indigenous persons, persons with disabilities, racialized persons, women and 2SLGBTQIA+ persons. All qualified candidates are encouraged to apply; Canadians and permanent residents will be given priority.`,
    role: null,
    sector: null, // a university
    countries: ['CA'],
    mentions: ['Visualization', 'Python', 'R', 'Pandas', 'Scikit-learn', 'Regression', 'Clustering', 'Decision trees', 'Communication'],
  },
  {
    id: 't9-a-34',
    title: 'Actuarial Analyst – Reserving',
    company: 'Vindhya Life Insurance Co. Ltd',
    location: 'Mumbai, India',
    format: 'double',
    body: `# Role summary
Support the quarterly valuation of our life insurance liabilities and the assumptions behind them, in our Mumbai head office.

# About us
Vindhya Life is a life insurer with 7 million policyholders across India. We sell term, savings and annuity plans through 400 branches, bank partners and online.

# Key responsibilities
- Run quarterly reserving and IFRS 17 valuation models
- Analyse mortality and lapse experience, and fit GLMs (Poisson and logistic regression) in R or Python
- Clean and validate policy data extracts before each valuation
- Prepare analyses of change for the Appointed Actuary
- Prepare returns for IRDAI

# Requirements
- Graduate in mathematics, statistics or actuarial science
- 4+ actuarial exams cleared (IAI or IFoA)
- Strong Excel, and R or Python; SQL is a plus
- Solid knowledge of probability and statistics
- Good written and verbal communication

# Benefits
CTC ₹12–18 lakh, exam fees and study leave, medical insurance for your family and gratuity.`,
    role: null,
    sector: SECTOR.FIN, // a life insurer
    countries: ['IN'],
    mentions: ['Regression', 'R', 'Python', 'Data cleaning', 'Probability', 'Communication'],
  },
  {
    id: 't9-a-35',
    title: 'Revenue Manager – Select-Service Hotels',
    company: 'Cumberland Plateau Hospitality',
    location: 'Nashville, TN',
    format: 'div',
    body: `# About us
Cumberland Plateau Hospitality owns and operates 24 select-service hotels in Tennessee, Kentucky and Alabama, with 2,600 rooms and 900 team members.

# The role
Set room rates for eight of our hotels so that we fill them at the best price, night after night.
- Set daily rates and restrictions using demand forecasts, pickup and pace
- Track competitor rates and local events, and adjust strategy quickly
- Build Tableau reports on occupancy, ADR and RevPAR for general managers
- Lead weekly revenue calls and present recommendations to hotel and regional leaders
- Manage rate loading across our property management system and online travel agencies

# Requirements
- 3+ years in hotel revenue management
- Strong Excel and Tableau
- Experience with IDeaS or a similar revenue management system

# Benefits
$72,000 – $85,000 plus a quarterly bonus, medical, dental and vision coverage, a 401(k) with match and discounted stays across our hotels.
Cumberland Plateau Hospitality is an equal opportunity employer.`,
    role: null,
    sector: null, // hotels: hospitality is unclassified
    countries: ['US'],
    mentions: ['Tableau', 'Communication'],
  },
  {
    id: 't9-a-36',
    title: 'DevOps Engineer (12-Month Contract)',
    company: 'Talentgrove Search Partners',
    location: 'Bengaluru, India (Hybrid)',
    format: 'double',
    body: `Talentgrove Search Partners is hiring a DevOps engineer on behalf of a fast-growing product company in Bengaluru. This is a 12-month contract with a strong chance of extension or conversion.

# Responsibilities
- Build and maintain CI/CD pipelines in Jenkins and GitHub Actions
- Run containerised workloads on Kubernetes and Docker across AWS and on-premises clusters
- Operate Kafka clusters and the monitoring stack (Prometheus, Grafana)
- Automate infrastructure with Terraform and Python scripts
- Take part in on-call and incident reviews

# Requirements
- 5+ years in DevOps or site reliability roles
- Strong Linux and networking fundamentals
- Hands-on Kubernetes, Docker and Git
- Python or Bash scripting

# Engagement
Contract rate ₹2.5–3.2 lakh per month, hybrid (three days a week in office), immediate joiners preferred.
Talentgrove is an equal opportunity recruiter. We do not charge candidates any fee.`,
    role: null,
    sector: null, // a recruiter that names no client's business
    countries: ['IN'],
    mentions: ['Deployment pipelines', 'Git', 'Kubernetes', 'Docker', 'Kafka', 'Python'],
  },
];
