// test12, half A: 36 held-out postings, all in English, labelled by hand.
//
// Composition
// - Countries: US 7 (01 03 06 14 18 23 32), CA 5 (07 15 16 20 29), GB 6 (04 12 17 21 25 31),
//   AU 5 (02 05 08 22 35), IN 5 (09 10 27 28 34; 09 is also SG), SG 4 (13 30 33 36), IE 4 (11 19 24 26).
// - Roles (24): MLE 4 (01 14 21 28), DS 4 (02 10 22 30), DE 3 (05 11 32), BIA 3 (04 07 34), ARS 2 (09 20),
//   CVE 2 (03 18), NLP_ENG 2 (13 17), ROBO 2 (06 35), AIPM 1 (16), DLS 1 (25).
//   Null role (12): software engineer 15, credit risk analyst 12, analytics engineer 23, data analyst 27,
//   nurse 08, medical scientist 19, store manager 26, audit senior 36, maintenance technician 29,
//   policy officer 31, HGV driver 24, chef 33.
// - Sectors: IT 5 (01 09 13 15 25), FIN 4 (02 11 12 36), HEALTH 4 (03 08 14 19), RETAIL 4 (04 10 16 26),
//   TELCO 4 (05 17 20 27), AUTO 4 (06 18 28 29), PUBLIC 4 (07 30 31 32), null 7 (21 22 23 24 33 34 35).
// - Formats: raw 12 (Greenhouse 01 16 32, Lever 03 25, Workday 05 12, SmartRecruiters 09, JSON-LD 14,
//   Personio 19, Teamtailor 22, Recruitee 27), html 5, div 5, escaped 5, double 3, text 6.
// - Board industry field on 6: 05 09 16 21 22 29.
//
// Hard calls
// - 01: observability SaaS whose customers span startups, airlines and hospitals → IT. "Kubernetes clusters" →
//   Kubernetes, never Clustering. Go is not in the taxonomy. "ML platform engineers" in the body → MLE.
// - 02: "Decision Scientist" → DS (title and body). "Comfortable when the question isn't fully defined" →
//   Adaptability; "how a lender makes money" → Business acumen. Julia is the talent partner, not the language.
// - 03: AI that reads CT/mammography for hospitals → HEALTH. Catching corrupt/mislabelled studies → Data cleaning;
//   reader-study sensitivity/specificity → Model evaluation; "3D convolutional networks" → Neural networks.
// - 04: "Power BI Developer" → BIA. "Excel power users" and Power Automate are traps; Azure SQL is not Azure ML.
//   Azure DevOps deploy pipelines → Deployment pipelines; margin/waste/availability → Business acumen.
// - 05: building feature pipelines with data scientists → Feature engineering; CI/CD for data pipelines →
//   Deployment pipelines; "Scala or Java" → Java.
// - 06: maker of robotic palletising cells in its own plant → AUTO. R&D and "simulation regression suite" are
//   traps. "Hands-on problem solver" → Problem-solving.
// - 07: municipal department → PUBLIC. "Salary Grade R" is not R. Validate/reconcile/correct → Data cleaning.
// - 08: Helen Watson is a person, not IBM Watson. Paid professional development days are a benefit, not
//   Continuous learning. "Adapt when the ward gets busy" → Adaptability.
// - 09: search API used by publishers, job boards, travel sites, SaaS → IT. Locations Bengaluru + Singapore →
//   IN, SG. LambdaMART/gradient-boosted trees → Decision trees; transformers → Neural networks; annual
//   conference budget (benefit) not labelled, "keeps up with research" → Continuous learning.
// - 10: marketplace where households buy goods → RETAIL. Vertex AI → Google AI Platform; PySpark → Apache Spark;
//   k-means segmentation → Clustering; significance testing → Hypothesis testing; LightGBM → Decision trees.
// - 11: employer says what it does only in the closing paragraph: fraud/AML software for banks → FIN. Azure as a
//   cloud is not Microsoft Azure ML; "Any Azure certification" is generic → no certification label.
// - 12: "Credit Risk Analyst" → null role. Scorecard monitoring → Model evaluation; logistic regression →
//   Regression; "commercial mindset … profitability" → Business acumen. SAS is not in the taxonomy.
// - 13: help-desk software for any kind of company → IT. Azure AI Foundry → Microsoft Azure ML (judgement: it is
//   Microsoft's current hub for building and deploying models on Azure, built on Azure Machine Learning
//   workspaces). Azure Kubernetes Service → Kubernetes. Exact credential named → CERT_AZ. The learning stipend is a
//   benefit, not labelled.
// - 14: not-for-profit health insurer → HEALTH. "AWS Certified Machine Learning – Specialty preferred" names the
//   credential → CERT_AWS. GitLab CI + GitLab repositories → Deployment pipelines and Git. XGBoost → Decision trees.
// - 15: HR platform for any company → IT. JavaScript is not Java; Go/Kotlin not in taxonomy; "product features"
//   is not Feature engineering; regression tests/suite are not Regression; "Kubernetes cluster" → Kubernetes only.
//   Pull requests on GitHub → Git; GitHub Actions → Deployment pipelines; clear PR descriptions → Communication.
// - 16: fulfilment for online shops → RETAIL although the board's industry field says logistics. Body names the
//   role "AI Product Manager" → AIPM. "Challenge the assumptions" → Critical thinking; ambiguity → Adaptability.
// - 17: full-fibre broadband operator → TELCO. IBM Watson Assistant → IBM Watson. Transformer language models →
//   Neural networks. Cleaning/anonymising transcripts → Data cleaning.
// - 18: self-driving system for carmakers → AUTO. "Regression testing for perception software" is a trap.
//   Fixing label errors → Data cleaning. "robotics engineers on the planning team" → ROBO.
// - 19: "Medical Scientist" → null role; independent diagnostics lab → HEALTH. Reviewing/authorising lab results is
//   not Data cleaning. Excel not in taxonomy.
// - 20: maker of 5G radio equipment for operators → TELCO. "Research Scientist" in AI → ARS. "wireless
//   communications" is not Communication; "GPU cluster" is not Clustering; "Julia or MATLAB" → Julia (language).
//   Evaluating algorithms against baselines on network traces → Model evaluation.
// - 21: recruiter that names no client business → null. "AWS certification preferred" → no certification.
//   GitHub Actions alone → Deployment pipelines, not Git. Monitoring models in production → Model evaluation.
// - 22: energy generator/retailer → null (board field Utilities). Location "Perth" is settled by the AU hint and
//   "Western Australia". Azure Machine Learning → Microsoft Azure ML. LSTMs → Neural networks.
// - 23: reader-funded publisher → null (media). Looker Studio → Google Data Studio. "spark the most debate" is a
//   trap. "Analytics Engineer" → null role. dbt/BigQuery not in taxonomy.
// - 24: general haulier (building materials, agricultural supplies) → null. "C licence" is a licence class.
// - 25: AI company selling speech models → IT. "research scientists" colleagues → ARS. "Slurm clusters" trap.
//   Filtering duplicates and bad alignments → Data cleaning; word error rate benchmarks → Model evaluation.
// - 26: homeware chain → RETAIL. "visual merchandising" is not Visualization. Power BI store reports → Power BI.
// - 27: fibre ISP → TELCO. "Data Analyst" → null role. Clean CRM data → Data cleaning; charts → Visualization.
// - 28: packaging manufacturer → AUTO. R&D and "go-live" traps. Random forests/gradient boosting → Decision trees;
//   LSTM → Neural networks; "TensorFlow/Keras" → both; Google Professional ML Engineer named → CERT_GCP.
// - 29: biscuit maker → AUTO (makes goods sold in grocery stores). "three-phase power", "power tools" are traps.
// - 30: statutory board under a ministry → PUBLIC. "Evaluate pilots" (interventions, not models) is not Model
//   evaluation; controlled trials and statistical tests → Hypothesis testing. "Python or R" → both.
// - 31: government body → PUBLIC. "Band C" is a pay band. "challenge assumptions … think critically" →
//   Critical thinking; simple charts → Visualization.
// - 32: traffic-signal software sold to cities and counties → PUBLIC. "Java or Scala" → Java.
// - 33: hotel kitchen → null. Julia Ong is a person. WSQ Food Safety certificate is not a taxonomy credential.
// - 34: private university → null despite the BI role (board field Higher Education).
// - 35: gold and nickel miner → null. "autonomy features" is not Feature engineering.
// - 36: accounting firm → FIN. "Power Query in Excel" is not Power BI. "Willing to learn" → Continuous learning.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST12_A: HoldoutCase[] = [
  {
    id: 't12-a-01',
    title: 'ML Platform Engineer (Senior)',
    company: 'Stackhollow',
    location: 'Seattle, WA or Remote (US)',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;About Stackhollow&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;Stackhollow is the observability platform that more than 3,000 engineering teams &amp;mdash; from two-person startups to airlines and hospital networks &amp;mdash; use to trace, log and debug their production systems. We&amp;rsquo;re a remote-first company of ~420 people with hubs in Seattle, Denver and Toronto.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;The team&lt;/h3&gt;
&lt;p&gt;The ML Platform team owns the infrastructure behind our anomaly detection and log-summarization features: training pipelines, the model registry, online inference, and the tooling our data scientists use every day. You&amp;rsquo;d be one of four ML platform engineers. Go is our main service language; the ML stack is Python.&lt;/p&gt;
&lt;h3&gt;What you&amp;rsquo;ll do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Design and run the training and serving platform on our Kubernetes clusters (EKS) &amp;mdash; multi-tenant, GPU-aware, and cheap enough that nobody has to ask permission to retrain.&lt;/li&gt;
&lt;li&gt;Own experiment tracking and the model registry (MLflow today; we&amp;rsquo;re piloting Kubeflow Pipelines for scheduled retraining).&lt;/li&gt;
&lt;li&gt;Build CI/CD for models: every merge to a model repo on GitHub produces a versioned Docker image with its evaluation report attached.&lt;/li&gt;
&lt;li&gt;Put monitoring on models in production &amp;mdash; drift, latency, precision/recall against labeled samples &amp;mdash; and page the right people when they degrade.&lt;/li&gt;
&lt;li&gt;Expose inference through internal gRPC and REST APIs that product teams can call without reading our code.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What we&amp;rsquo;re looking for&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;5+ years building backend or infrastructure systems, 2+ of them close to machine learning.&lt;/li&gt;
&lt;li&gt;Strong Python; comfortable reading Go.&lt;/li&gt;
&lt;li&gt;Hands-on Kubernetes and Terraform experience on AWS.&lt;/li&gt;
&lt;li&gt;You can explain a trade-off to a data scientist and to a VP in the same afternoon.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Nice to have&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Ray or Triton Inference Server&lt;/li&gt;
&lt;li&gt;You&amp;rsquo;ve run an on-call rotation and made it better&lt;/li&gt;
&lt;/ul&gt;
&lt;div class=&quot;content-pay-transparency&quot;&gt;&lt;div class=&quot;pay-input&quot;&gt;&lt;div class=&quot;description&quot;&gt;&lt;p&gt;The base salary range for this role in the US is below. Final offers depend on level and location.&lt;/p&gt;&lt;/div&gt;&lt;div class=&quot;title&quot;&gt;US base salary&lt;/div&gt;&lt;div class=&quot;pay-range&quot;&gt;&lt;span&gt;$172,000&lt;/span&gt;&lt;span class=&quot;divider&quot;&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$214,000 USD&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Stackhollow is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.&amp;nbsp;&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['MLE', 'DS', 'Python', 'Kubernetes', 'MLflow', 'Kubeflow', 'Git', 'Deployment pipelines', 'Docker',
      'Model evaluation', 'APIs', 'Communication'],
  },
  {
    id: 't12-a-02',
    title: 'Decision Scientist – Member Lending',
    company: 'Yarrabend Community Credit Union',
    location: 'Melbourne, VIC 3000',
    format: 'html',
    body: `**Yarrabend Community Credit Union** has been looking after members across Victoria since 1962. We're member-owned, which means our profits go back into lower loan rates and better savings accounts instead of to shareholders.

# About the role
We're hiring a Decision Scientist to join our small Lending Insights team (currently three people plus a very patient Credit Risk Manager). You'll help decide who we lend to, at what price, and how we talk to members who fall behind on repayments.

# What you'll be doing
- Building and maintaining application scorecards using logistic regression, and challenging them with gradient-boosted models where it makes sense
- Designing and reading A/B tests on collections messaging and loan pricing offers
- Backtesting scorecards every quarter and explaining any drift to the Credit Committee
- Writing clear, plain-English papers for a non-technical board
- Working with our data engineer to get new bureau and open-banking data into the warehouse

# About you
- Degree in statistics, econometrics, actuarial studies or similar
- Solid Python (pandas, scikit-learn) or R - we use both, and we don't mind which you prefer
- SQL you'd be happy to show someone
- You understand how a lender makes money: margins, arrears, provisioning
- Curious, and comfortable when the question isn't fully defined yet

# Why Yarrabend
- 13% super, plus an extra week of "member week" leave
- Hybrid: 2 days a week in our Collins Street office
- Discounted home loan rate for staff

We're an equal opportunity employer and encourage Aboriginal and Torres Strait Islander people to apply. To apply, send your CV and a short cover letter by 14 March. Questions? Contact Julia Paterson, Talent Partner, on 03 9021 4470.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Hypothesis testing', 'Model evaluation', 'Communication', 'DE',
      'Python', 'Pandas', 'Scikit-learn', 'R', 'Business acumen', 'Adaptability'],
  },
  {
    id: 't12-a-03',
    title: 'Computer Vision Engineer - Medical Imaging',
    company: 'Lumenfold Imaging',
    location: 'Boston, MA',
    format: 'raw',
    body: `<div><b>Lumenfold</b> builds FDA-cleared software that reads chest CT and mammography studies alongside radiologists, flagging likely findings so the most urgent cases get read first. Our tools are in use at 140 hospitals and imaging centers across North America.</div><div><br></div><div>As a Computer Vision Engineer on the Detection team, you'll take models from research prototypes to products that run on hospital hardware, under design controls.</div><div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements plain-list"><ul><li>Train and improve 3D convolutional networks for lesion detection and segmentation in PyTorch</li><li>Build preprocessing for DICOM series: resampling, windowing, and catching corrupt or mislabeled studies before they reach training</li><li>Run offline evaluation against reader studies (sensitivity, specificity, FROC) and write up results for our clinical and regulatory teams</li><li>Optimize inference with ONNX and TensorRT so a study is processed in under 90 seconds on a single GPU</li><li>Package models in Docker for deployment at customer sites</li></ul></ul></div><div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list"><ul><li>MS or PhD in computer science, EE, biomedical engineering, or equivalent experience</li><li>3+ years of computer vision work with deep learning, ideally on medical or other volumetric data</li><li>Strong Python and NumPy; C++ is a plus</li><li>Experience in a regulated environment (IEC 62304, ISO 13485) is nice to have but not required</li></ul></ul></div><div class="section page-centered"><h3>Compensation</h3><ul class="posting-requirements plain-list"><ul><li>Base salary $150,000 – $185,000, plus equity</li><li>Medical, dental and vision, 401(k), 20 days PTO plus company holidays</li></ul></ul></div><div>Lumenfold is proud to be an equal opportunity workplace. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.</div>`,
    role: 'CVE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['CVE', 'Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Communication', 'Docker',
      'Python', 'NumPy', 'C++'],
  },
  {
    id: 't12-a-04',
    title: 'Power BI Developer – Trading Insights',
    company: 'Hollins & Vane',
    location: 'Leeds, West Yorkshire, UK',
    format: 'div',
    body: `# Power BI Developer – Trading Insights
Leeds Support Centre (hybrid, 3 days in office) | Permanent | £42,000 – £48,000 + bonus

Hollins & Vane has 212 food stores across the North of England and Scotland and a fast growing online grocery service. Our Trading Insights team gives buyers, store managers and the board the numbers they need to make the right calls – from how many strawberries to order for a heatwave to where we open next.

# The role
You'll be the team's second Power BI Developer, building and looking after the reports our trading and store operations colleagues use every day. Plenty of our users are Excel power users who will happily tell you when something doesn't add up, so attention to detail matters.

# What you'll do
- Design Power BI data models and reports (DAX, Power Query) on top of our Azure SQL warehouse
- Turn messy requirements from buyers into clear, well-designed visuals – not just another table
- Work with our data engineers when a new source system needs to come into the warehouse
- Manage the report estate in Git and deploy through Azure DevOps pipelines
- Automate the odd workflow with Power Automate

# What we're looking for
- 2+ years building Power BI reports in a commercial setting
- Strong SQL and DAX
- Retail or FMCG experience would be great, as would an understanding of margin, waste and availability
- A good communicator who can present back to senior stakeholders

# What's in it for you
- 15% colleague discount in store and online
- Pension with up to 7% employer contribution
- 25 days holiday plus bank holidays

Hollins & Vane is an equal opportunities employer and welcomes applications from all sections of the community.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'Visualization', 'DE', 'Git', 'Deployment pipelines', 'Business acumen',
      'Communication'],
  },
  {
    id: 't12-a-05',
    title: 'Senior Data Engineer - Network Analytics',
    company: 'Corella Mobile',
    location: 'Sydney, New South Wales, Australia',
    countryHints: ['AU'],
    industry: 'Telecommunications',
    format: 'raw',
    body: `<p><b>About Corella</b></p><p>Corella Mobile connects 4.1 million Australians on our 4G and 5G network, and this year we're rolling out fixed wireless home broadband to regional towns.</p><p><b>About the opportunity</b></p><p>Our Network Analytics squad turns billions of cell-site events a day into the insights our radio engineers use to plan capacity and fix dropouts before customers notice. We're looking for a Senior Data Engineer to lead the rebuild of our streaming platform.</p><p><b>What you'll be doing</b></p><ul><li><p>Design and build streaming pipelines on Kafka and Spark Structured Streaming, written in Scala or Java</p></li><li><p>Migrate legacy Hadoop batch jobs to our lakehouse on Databricks</p></li><li><p>Implement data quality checks and reconciliation so downstream reports can be trusted</p></li><li><p>Build the feature pipelines behind churn and network-fault models together with our data scientists</p></li><li><p>Mentor two mid-level engineers and review their code</p></li></ul><p><b>What you'll bring</b></p><ul><li><p>6+ years in data engineering, including streaming at scale</p></li><li><p>Strong Scala or Java; Python for tooling</p></li><li><p>Experience with Airflow, Delta Lake, and CI/CD for data pipelines</p></li><li><p>Telco experience (CDRs, OSS/BSS data) is a plus</p></li></ul><p><b>Why join us</b></p><p>Flexible hybrid work, a free unlimited mobile plan, 18 weeks paid parental leave and salary packaging.</p><p>Corella is committed to building a diverse and inclusive workforce. We welcome applications from Aboriginal and Torres Strait Islander peoples, people with disability, and people from all backgrounds.</p>`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Java', 'Hadoop', 'Data cleaning', 'Feature engineering', 'DS', 'Python',
      'Deployment pipelines'],
  },
  {
    id: 't12-a-06',
    title: 'Robotics Engineer II – Motion Planning',
    company: 'Quarrystone Robotics',
    location: 'Pittsburgh, PA 15222',
    format: 'escaped',
    body: `Quarrystone Robotics designs and builds robotic palletizing cells – the arm, the gripper, the vision system and the steel frame around them – in our own 80,000 sq ft plant in Pittsburgh. More than 900 of our cells are stacking cases at food, beverage and paper plants today.

# About the role
Our motion planning group sits inside R&D and is responsible for how the arm gets from pick to place quickly without hitting anything (including itself). As a Robotics Engineer, you'll write planning and control code that ships on every cell we build.

# Responsibilities
- Develop and tune trajectory planning and collision checking in C++ on ROS 2
- Write Python tools to replay field logs and reproduce failures
- Add cases to our simulation regression suite and keep it green
- Travel to customer plants (about 10%) to commission new cells and debug in person
- Work closely with our computer vision engineers on grasp-point selection

# Qualifications
- BS/MS in robotics, mechanical engineering, computer science or a related field
- 2+ years of C++ in a robotics or real-time setting
- Solid linear algebra and kinematics
- A hands-on problem solver who likes being on the plant floor
- Bonus: experience with reinforcement learning for grasping

# Pay & benefits
$118,000–$140,000 base, annual bonus, 401(k) with 5% match, and medical/dental/vision from day one.

Quarrystone is an Equal Opportunity Employer, including disability and protected veterans.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Python', 'CVE', 'Linear algebra', 'Problem-solving', 'Reinforcement learning'],
  },
  {
    id: 't12-a-07',
    title: 'Business Intelligence Analyst (Transit & Roads)',
    company: 'City of Port Alder',
    location: 'Port Alder, BC',
    format: 'text',
    body: `City of Port Alder – Engineering & Public Works Department
Posting No. 2025-114 | Regular Full-Time | Exempt
Salary Grade R: $88,410 to $103,950 per annum

# Position summary
Reporting to the Manager, Transportation Planning, the Business Intelligence Analyst develops and maintains the reporting that City Council and staff use to track transit ridership, road maintenance backlogs and snow-clearing performance. The position works with GIS, Finance and the Transit Operations Centre, and responds to information requests from Council.

# Key duties
- Develops and maintains Tableau dashboards and scheduled reports for department leadership.
- Extracts, validates and reconciles data from the work-order system, fare-collection system and traffic counters, correcting errors at source where possible.
- Prepares charts, maps and briefing notes for Council reports, written for a public audience.
- Responds to ad-hoc data requests from staff and residents in line with FOIPPA.
- Performs other related duties as assigned.

# Qualifications
- Degree in business, statistics, planning, computer science or a related discipline, plus three (3) years of related experience, or an equivalent combination of education and experience.
- Advanced SQL and Tableau; working knowledge of Excel and Python would be an asset.
- Demonstrated ability to present findings to non-technical audiences.
- Valid Class 5 BC Driver's Licence.

# How to apply
Submit your resume and cover letter through the City's careers portal by 4:30 p.m. on Friday, May 16. Only those selected for an interview will be contacted.

The City of Port Alder is committed to an inclusive workplace and welcomes applications from all qualified individuals.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['BIA', 'Tableau', 'Data cleaning', 'Visualization', 'Communication', 'Python'],
  },
  {
    id: 't12-a-08',
    title: 'Registered Nurse – Cardiac Ward (Part Time)',
    company: 'Kedron Vale Private Hospital',
    location: 'Brisbane, QLD',
    format: 'text',
    body: `Kedron Vale Private Hospital is a 180-bed acute care hospital on Brisbane's northside, offering cardiac, orthopaedic, maternity and day surgery services.

# The opportunity
We have a permanent part-time (0.6 FTE) Registered Nurse opportunity on our 28-bed Cardiac Ward. You'll report to Nurse Unit Manager Helen Watson and join a friendly team who genuinely look out for each other.

# About you
- Current AHPRA registration as a Registered Nurse
- At least 12 months' acute cardiac or medical experience (new grads, please see our Transition to Practice program)
- Telemetry and post-PCI care experience highly regarded
- Excellent communication skills with patients, families and the multidisciplinary team
- Able to think on your feet and adapt when the ward gets busy
- Current Working with Children Check, or willingness to obtain one

# What we offer
- Rotating roster across AM/PM shifts with weekend penalty rates
- Salary packaging up to $9,010 per year plus meal entertainment
- Free onsite parking and discounted staff health cover
- Paid professional development days and access to our clinical education team

Kedron Vale Private Hospital is an equal opportunity employer committed to a culturally safe workplace. Aboriginal and Torres Strait Islander people are encouraged to apply.

To apply, click Apply and attach your resume and AHPRA number. For a confidential chat, call the NUM on (07) 3350 2211.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't12-a-09',
    title: 'Applied Scientist – Search Relevance',
    company: 'Lanternfish',
    location: 'Bengaluru, Karnataka, India',
    locations: ['Bengaluru, Karnataka, India', 'Singapore'],
    industry: 'Computer Software',
    format: 'raw',
    body: `<div class="section companyDescription"><h2>Company Description</h2><p>Lanternfish builds the search and recommendations engine behind 11,000 websites and apps: online publishers, job boards, travel sites, SaaS help centres and marketplaces. Developers drop in our SDK, and we take care of indexing, ranking and personalisation.</p></div><div class="section jobDescription"><h2>Job Description</h2><p>Applied Scientists at Lanternfish own ranking quality end to end, from reading the literature to shipping models that serve 2 billion queries a month. You will join the Relevance team in Bengaluru and work closely with colleagues in our Singapore office.</p><ul><li>Develop learning-to-rank models (LambdaMART, gradient-boosted trees) and neural re-rankers built on transformers</li><li>Design offline evaluation with NDCG and recall@k, and run online A/B experiments to confirm the gains</li><li>Engineer query and document features from click logs</li><li>Write up results clearly for product and engineering leads</li><li>Partner with ML engineers to bring models into the serving path at acceptable latency</li></ul></div><div class="section qualifications"><h2>Qualifications</h2><ul><li>PhD, or MSc with 3+ years of industry experience, in information retrieval, NLP or machine learning</li><li>Strong Python and PyTorch; comfort with large-scale data processing in Spark</li><li>A solid footing in probability and linear algebra</li><li>You keep up with IR and NLP research and enjoy reading papers</li></ul></div><div class="section additionalInformation"><h2>Additional Information</h2><p>Hybrid (3 days a week in office). Health insurance for you and your family, ESOPs, and an annual conference budget. Lanternfish is an equal opportunity employer and values diversity.</p></div>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IN', 'SG'],
    mentions: ['ARS', 'Decision trees', 'Neural networks', 'Model evaluation', 'Hypothesis testing',
      'Feature engineering', 'Communication', 'MLE', 'Python', 'PyTorch', 'Apache Spark', 'Probability',
      'Linear algebra', 'Continuous learning'],
  },
  {
    id: 't12-a-10',
    title: 'Senior Data Scientist – Pricing & Promotions',
    company: 'Chaupal',
    location: 'Gurugram, Haryana',
    format: 'html',
    body: `# Who we are
Chaupal is where 38 million households in India shop for everything from pressure cookers to phone chargers. More than 60,000 sellers list on our marketplace, and our own quick-commerce service delivers groceries in under 20 minutes in nine cities.

# The role
As a Senior Data Scientist on the Pricing & Promotions team, you'll decide how much discount is enough - and when it's too much. Your models will set coupon budgets for festive sales like Diwali, where a 1% error costs crores.

# What you'll work on
- Price-elasticity and demand models using regression and gradient boosting (LightGBM)
- Customer segmentation with k-means and related methods to target offers
- Designing experiments for promotions and measuring lift with proper significance testing
- Feature pipelines in PySpark over billions of order lines
- Training and deploying models on Vertex AI, and tracking how they perform after launch
- Presenting recommendations to category heads who care about margin, not model architecture

# You have
- 4+ years of hands-on data science, preferably in e-commerce or consumer internet
- Python, SQL and the usual stack (pandas, NumPy, scikit-learn)
- Strong business acumen: you can talk GMV, contribution margin and take rate
- Bonus: causal inference, uplift modelling

# Perks
Medical cover for parents, flexible hours, 26 days of leave, and a meal allowance on late sprint nights.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Clustering', 'Hypothesis testing', 'Feature engineering',
      'Apache Spark', 'Google AI Platform', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'NumPy',
      'Scikit-learn', 'Business acumen'],
  },
  {
    id: 't12-a-11',
    title: 'Data Engineer (Azure)',
    company: 'Tallyvane',
    location: 'Dublin 2, Ireland',
    format: 'escaped',
    body: `We're hiring a Data Engineer to join the Platform Data squad in our Dublin office. You'll build the pipelines that feed our real-time scoring engine, which assesses more than 30 million card and account transactions each day.

# What you'll do
- Build and operate batch and streaming pipelines in Azure (Data Factory, Event Hubs, Databricks)
- Write clean, tested PySpark and SQL, and review your teammates' code on GitHub
- Own data validation: schema checks, deduplication, and alerting when a client's feed goes wrong
- Work with our data scientists so the data their models need is ready in days, not months
- Contribute to our CI/CD pipelines and infrastructure-as-code (Terraform)

# What you'll need
- 3+ years as a data engineer, ideally in a regulated industry
- Strong Python and SQL
- Experience with Spark, and some exposure to Kafka or Event Hubs
- Good written and spoken communication – many of our clients' data teams are in Germany and the Netherlands

# Nice to have
- Understanding of payments, card schemes or AML data
- Any Azure certification

# About Tallyvane
Tallyvane makes fraud and anti-money-laundering detection software for banks, credit unions and payment companies. Eleven of the twenty largest lenders in Europe use our platform to stop fraud before the money leaves the account. We're 260 people across Dublin, Amsterdam and Austin, and were named one of Ireland's Best Workplaces in 2024.

Benefits include private health insurance, a 6% matched pension and hybrid working. Tallyvane is an equal opportunity employer.`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: ['DE', 'Apache Spark', 'Git', 'Data cleaning', 'DS', 'Deployment pipelines', 'Python', 'Kafka',
      'Communication'],
  },
  {
    id: 't12-a-12',
    title: 'Credit Risk Analyst – Unsecured Lending',
    company: 'Ashcombe Lending',
    location: 'Manchester, United Kingdom',
    format: 'raw',
    body: `<p><span>Ashcombe Lending provides personal loans and car finance to over 400,000 customers in the UK. We are authorised and regulated by the Financial Conduct Authority.</span></p><p><b>The Role</b></p><p>Sitting within the Credit Risk team, you'll monitor the performance of our unsecured personal loan portfolio and help shape the credit policy that decides who we lend to.</p><p><b>Key Responsibilities</b></p><ul><li>Produce monthly portfolio performance packs covering arrears, roll rates and vintage analysis</li><li>Support the development and ongoing monitoring of application and behavioural scorecards (logistic regression)</li><li>Analyse the impact of proposed policy changes and present recommendations to the Credit Risk Committee</li><li>Support IFRS 9 impairment reporting and stress testing</li><li>Respond to ad hoc requests from Finance, Collections and Marketing</li></ul><p><b>About You</b></p><ul><li>Degree in a numerate discipline</li><li>Experience in consumer credit risk, ideally unsecured lending</li><li>Strong SQL and Excel; SAS or Python desirable</li><li>A commercial mindset &ndash; you understand how risk appetite affects growth and profitability</li><li>Confident communicating with senior stakeholders</li></ul><p><b>What We Offer</b></p><p>Salary &pound;38,000 &ndash; &pound;45,000, 10% bonus, 26 days holiday, hybrid working (2 days in the office).</p><p><i>Ashcombe Lending is committed to equality, diversity and inclusion. If you need any reasonable adjustments during the recruitment process, please let us know.</i></p>`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Model evaluation', 'Regression', 'Communication', 'Python', 'Business acumen'],
  },
  {
    id: 't12-a-13',
    title: 'NLP Engineer (Conversational AI)',
    company: 'Quayline',
    location: 'Singapore (Hybrid)',
    format: 'double',
    body: `# About Quayline
Quayline makes help-desk software: shared inboxes, ticketing, live chat and a knowledge base that support teams at 6,000 companies – from bike shops to software firms – use to answer their customers.

# The role
Our AI team is building Quayline Assist, which drafts replies, routes tickets and answers common questions on its own. We need an NLP Engineer who can take language models from a notebook to a feature used by 40,000 support agents.

# You will
- Fine-tune and evaluate transformer models for intent classification, entity extraction and summarisation
- Build retrieval-augmented generation over customers' knowledge bases, with guardrails
- Deploy and manage models on Azure AI Foundry and Azure Kubernetes Service
- Create evaluation sets with our support specialists and measure answer accuracy before and after every change
- Expose models to the product through internal APIs

# You have
- 3+ years in NLP or applied ML, with production experience
- Python, PyTorch and Hugging Face Transformers
- Understanding of tokenisation, embeddings and vector search
- The Microsoft Azure AI Engineer Associate certification, or willingness to get it in your first six months
- You enjoy working in a fast-changing space and don't mind priorities shifting

# Benefits
Flexible hours, 18 days annual leave, a cloud learning stipend and a MacBook Pro.

Quayline is an equal opportunity employer and does not discriminate on the basis of race, religion, gender, age or nationality.`,
    role: 'NLP_ENG',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['NLP_ENG', 'Neural networks', 'Microsoft Azure ML', 'Kubernetes', 'Model evaluation', 'APIs', 'Python',
      'PyTorch', 'CERT_AZ', 'Adaptability'],
  },
  {
    id: 't12-a-14',
    title: 'Machine Learning Engineer III – Claims Intelligence',
    company: 'Cedarlight Health Plans',
    location: 'Remote - US',
    countryHints: ['US'],
    format: 'raw',
    body: `<p><strong>Cedarlight Health Plans</strong> is a not-for-profit health insurer serving 1.2 million members across Tennessee, Kentucky and Georgia with commercial, Medicare Advantage and Medicaid plans.</p><p><strong>Position Summary</strong><br>The Machine Learning Engineer III designs, builds and maintains machine learning solutions that help us pay claims accurately and quickly, detect billing anomalies, and identify members who would benefit from care management outreach.</p><p><strong>Essential Functions</strong></p><ul><li>Develop production ML pipelines on AWS SageMaker, including training, batch inference and the model registry</li><li>Build and maintain features from medical claims, pharmacy and eligibility data in collaboration with data scientists</li><li>Implement model monitoring for drift, fairness across member groups, and performance over time</li><li>Establish CI/CD for ML with GitLab CI and Terraform, with all model code in GitLab repositories</li><li>Ensure all work complies with HIPAA and internal data governance standards</li></ul><p><strong>Qualifications</strong></p><ul><li>Bachelor's degree in Computer Science, Engineering or a related field and 5+ years' experience, or equivalent</li><li>Proficiency in Python and SQL; experience with XGBoost and scikit-learn</li><li>Experience with Docker and containerized deployments</li><li>AWS Certified Machine Learning – Specialty preferred</li></ul><p><strong>Compensation</strong><br>Pay range: $128,500 - $176,000 annually. Actual pay depends on experience and location. This role is eligible for an annual incentive.</p><p>Cedarlight Health Plans is an Equal Opportunity/Affirmative Action employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability, or protected veteran status.</p>`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['MLE', 'AWS SageMaker', 'Feature engineering', 'DS', 'Model evaluation', 'Deployment pipelines', 'Git',
      'Python', 'Decision trees', 'Scikit-learn', 'Docker', 'CERT_AWS'],
  },
  {
    id: 't12-a-15',
    title: 'Software Engineer II – Scheduling',
    company: 'Hearthline',
    location: 'Toronto, ON (Hybrid)',
    format: 'html',
    body: `Hi! We're **Hearthline**, the HR platform that 9,000 small and mid-sized companies across Canada and the US use to hire, onboard and manage their teams – restaurants, clinics, law firms, construction companies, you name it.

# What you'll work on
The Scheduling squad builds the part of Hearthline where managers plan shifts and employees request time off. It's one of our busiest products, and this year we're rebuilding the availability engine and opening a scheduling API to partners. Our backend services are written in Go and Kotlin, and the front end is React with TypeScript.

- Ship product features end to end, from the data model to the UI
- Design and maintain REST APIs for partner integrations
- Write unit, integration and regression tests, and keep our regression suite fast
- Run services on our Kubernetes cluster on GCP, with Docker images built by GitHub Actions
- Take part in a one-week on-call rotation roughly every eight weeks

# You might be a fit if you
- Have 2–4 years of professional software development experience
- Are comfortable in a typed backend language (Go, Kotlin, C# or similar) and modern JavaScript
- Care about clean code and write clear pull request descriptions on GitHub
- Enjoy pairing and reviewing code

# Compensation & perks
- Salary: $105,000 – $125,000 CAD + stock options
- Health, dental and vision from day one, plus a $500 wellness account
- Hybrid: our King St W office is open every day, but most of the team comes in on Tuesdays and Thursdays

Hearthline welcomes applicants of all backgrounds. If you need an accommodation at any point in the recruitment process, let us know and we'll work with you.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['CA'],
    mentions: ['APIs', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'Communication'],
  },
  {
    id: 't12-a-16',
    title: 'Product Manager, AI & Forecasting',
    company: 'Boxwright',
    location: 'Toronto, ON; Vancouver, BC',
    industry: 'Logistics and Supply Chain',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;We ship 40,000 orders a day for 1,800 online shops &amp;mdash; independent brands selling everything from skincare to bike parts on their own web stores and on marketplaces. Boxwright stores, picks, packs and ships for them from six fulfilment centres across Canada, and gets an order out the door the same day it&amp;rsquo;s placed.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;&lt;strong&gt;About the role&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;We&amp;rsquo;re looking for an AI Product Manager to own the products that decide where inventory should sit and how many people each warehouse needs tomorrow. You&amp;rsquo;ll lead a team of four ML engineers, a data scientist and a designer.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;You will&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Set the roadmap for demand forecasting, inventory placement and labour planning&lt;/li&gt;
&lt;li&gt;Turn what merchants and warehouse teams tell you into a prioritised roadmap with clear success metrics&lt;/li&gt;
&lt;li&gt;Decide when a model is good enough to ship, working with the team on offline evaluation and rollout guardrails&lt;/li&gt;
&lt;li&gt;Explain model behaviour and trade-offs to merchants, ops managers and our exec team&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;You have&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;4+ years in product management, including at least 2 shipping ML-powered products&lt;/li&gt;
&lt;li&gt;Enough technical depth to read a forecast-accuracy report and challenge the assumptions behind it&lt;/li&gt;
&lt;li&gt;Experience in logistics, e-commerce or supply chain&lt;/li&gt;
&lt;li&gt;Comfort with ambiguity &amp;mdash; our roadmap changes when peak season arrives&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Salary range&lt;/strong&gt;: $130,000 &amp;ndash; $155,000 CAD, plus equity.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Boxwright is committed to employment equity and welcomes applications from women, Indigenous peoples, persons with disabilities and members of visible minorities. Accommodations are available on request.&lt;/p&gt;&lt;/div&gt;`,
    role: 'AIPM',
    sector: SECTOR.RETAIL,
    countries: ['CA'],
    mentions: ['AIPM', 'MLE', 'DS', 'Model evaluation', 'Communication', 'Critical thinking', 'Adaptability'],
  },
  {
    id: 't12-a-17',
    title: 'Natural Language Processing Engineer – Customer Care',
    company: 'Fernline',
    location: 'Glasgow, Scotland (Hybrid)',
    format: 'div',
    body: `# Natural Language Processing Engineer – Customer Care
Fernline connects 1.3 million homes and businesses across Scotland and the North of England to full-fibre broadband and landline, and we've just launched our own mobile SIM plans.

Our Customer Care Technology team looks after every channel a customer uses to reach us: phone, webchat, WhatsApp and email. Last year those channels handled 9 million conversations. We want fewer customers to need us at all – and when they do, to get the right answer first time.

# What you'll be doing
- Build and improve NLP models that classify contact reasons, spot vulnerable customers and summarise calls for our agents
- Lead the migration of our virtual assistant from IBM Watson Assistant to an in-house service
- Fine-tune speech-to-text and transformer language models with PyTorch, and measure them against transcripts labelled by our quality team
- Clean and anonymise chat and call transcripts before they're used for training
- Work alongside our data scientists and the contact-centre operations team

# About you
- Experience building NLP systems in production (classification, NER, summarisation)
- Strong Python; experience with spaCy and Hugging Face
- Docker, and some familiarity with deploying to Kubernetes
- You can explain model decisions to non-technical colleagues, and you care about customers in difficult circumstances

# Benefits
Salary £55k–£68k, free full-fibre broadband at home, 8% pension contribution, 28 days holiday plus bank holidays, and paid volunteering days.

Fernline is proud to be a Disability Confident employer.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['NLP_ENG', 'IBM Watson', 'Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'DS',
      'Python', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't12-a-18',
    title: 'Perception Engineer (Computer Vision) – Level 3',
    company: 'Larkhill Autonomy',
    location: 'Ann Arbor, MI',
    format: 'double',
    body: `Larkhill builds the self-driving system – sensors, compute and software – that two North American carmakers are putting into their 2027 vehicles. Our test fleet has driven 6 million autonomous miles through Michigan winters, which is exactly as hard as it sounds.

# The team
Perception turns camera, radar and lidar data into a live picture of everything around the car. Computer vision engineers here own a model from data to deployment.

# What you'll do
- Design and train CNN- and transformer-based detection and tracking models for camera and lidar
- Mine fleet logs for hard cases (snow on lenses, glare, unusual road users) and work with the labeling team to fix label errors
- Build evaluation suites that measure precision and recall by scenario and gate every release
- Optimize models for our in-car compute with TensorRT and C++
- Work with the robotics engineers on our planning team to define what perception must output

# Requirements
- MS or PhD in computer vision, machine learning or robotics, or equivalent experience
- 3+ years shipping vision models in PyTorch
- Strong C++ and Python
- Solid understanding of 3D geometry, linear algebra and camera calibration
- Experience with regression testing for perception software is a plus

# Benefits
Base salary $160K–$210K depending on level, equity, 401(k) match, and free parking (our test vehicles are not included).

Larkhill Autonomy is an equal opportunity employer.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['CVE', 'Neural networks', 'Data cleaning', 'Model evaluation', 'C++', 'ROBO', 'PyTorch', 'Python',
      'Linear algebra'],
  },
  {
    id: 't12-a-19',
    title: 'Medical Scientist – Haematology (Senior Grade)',
    company: 'Corrib Diagnostics',
    location: 'Galway, Ireland',
    format: 'raw',
    body: `<p><strong>Corrib Diagnostics</strong> is an independent, INAB-accredited clinical laboratory processing over 1.5 million tests a year for GP practices, private hospitals and occupational health providers across the West of Ireland.</p><h4>Your tasks</h4><ul><li>Perform routine and specialised haematology and coagulation testing on automated analysers</li><li>Carry out daily quality control, calibration and maintenance, and troubleshoot analyser faults</li><li>Review and authorise results in our laboratory information system (LIS)</li><li>Examine blood films and escalate abnormal findings to the Consultant Haematologist</li><li>Take part in the out-of-hours on-call rota</li></ul><h4>Your profile</h4><ul><li>BSc in Medical Science (or equivalent) and CORU registration</li><li>2+ years' experience in a haematology laboratory</li><li>Good working knowledge of ISO 15189</li><li>Strong attention to detail and good problem-solving skills</li><li>Comfortable using Excel for QC trend reports</li></ul><h4>Why us?</h4><ul><li>Salary in line with HSE Medical Scientist scales, plus shift allowance</li><li>Defined contribution pension and health insurance</li><li>Support for CPD and postgraduate study</li></ul><p>Corrib Diagnostics is an equal opportunities employer.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't12-a-20',
    title: 'Research Scientist, AI for Radio Access Networks',
    company: 'Halvard Radio Networks',
    location: 'Ottawa, Ontario, Canada',
    format: 'escaped',
    body: `# Research Scientist, AI for Radio Access Networks
Ottawa, Ontario | Full-time | Hybrid

Halvard designs 5G baseband units, radios and the software that runs them for mobile operators in 30 countries. Our Ottawa research lab (140 people) works on what comes next: AI-native networks for 6G.

# What you'll do
As a Research Scientist in the Network Intelligence group, you will:
- Develop reinforcement learning and deep learning methods for beam management, link adaptation and energy saving in the RAN
- Build simulation environments and run large-scale experiments on our GPU cluster
- Evaluate algorithms against baselines on real network traces
- Contribute to our patent portfolio and, where possible, to open research
- Work with product teams to transfer results into our baseband software

# What we're looking for
- PhD in machine learning, electrical engineering or a related field
- Strong foundations in probability, linear algebra and optimisation
- A publication record in ML or wireless communications
- Python and PyTorch or JAX; Julia or MATLAB for simulation is fine too; C++ is an asset
- Knowledge of 3GPP standards is helpful, but we'll teach you

# Benefits
Competitive salary, annual bonus, RRSP matching and generous vacation.

Halvard is an equal opportunity employer and provides accommodations for applicants with disabilities on request.`,
    role: 'ARS',
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['ARS', 'Reinforcement learning', 'Neural networks', 'Model evaluation', 'Probability', 'Linear algebra',
      'Python', 'PyTorch', 'Julia', 'C++'],
  },
  {
    id: 't12-a-21',
    title: 'MLOps Engineer - Hybrid - £80k',
    company: 'Harrier Search Partners',
    location: 'London or Manchester (Hybrid)',
    industry: 'Staffing and Recruiting',
    format: 'text',
    body: `MLOps Engineer | London or Manchester (2 days a week in office) | £70,000 - £80,000 + benefits

Harrier Search Partners are working with a fast-growing, well-funded client to hire an MLOps Engineer into their central ML platform team. This is a brand new role and a real chance to shape how models get to production.

The role:
- Build and maintain ML pipelines from training through to deployment
- Containerise models with Docker and deploy on Kubernetes (EKS)
- Set up experiment tracking and a model registry with MLflow
- Implement CI/CD with GitHub Actions
- Monitor models in production and automate retraining

What they're looking for:
- 3+ years in DevOps, platform or ML engineering
- Strong Python
- Experience with AWS (SageMaker a plus)
- Infrastructure as code (Terraform)
- AWS certification preferred

What's on offer:
- Up to £80,000 base
- 10% bonus
- 25 days holiday
- Private healthcare

Interested? Apply now or get in touch with Tom at Harrier for a confidential chat. Harrier Search Partners is acting as an employment agency in relation to this vacancy.`,
    role: 'MLE',
    sector: null,
    countries: ['GB'],
    mentions: ['MLE', 'Docker', 'Kubernetes', 'MLflow', 'Deployment pipelines', 'Model evaluation', 'Python',
      'AWS SageMaker'],
  },
  {
    id: 't12-a-22',
    title: 'Data Scientist – Energy Forecasting',
    company: 'Brannock Energy',
    location: 'Perth',
    countryHints: ['AU'],
    industry: 'Utilities',
    format: 'raw',
    body: `<p>Brannock Energy generates and supplies electricity and gas to more than 600,000 homes and businesses in Western Australia, with a growing portfolio of wind, solar and battery storage.</p><p></p><h3>About the role</h3><p>Our Trading &amp; Forecasting team is looking for a Data Scientist to improve how we forecast demand, rooftop solar output and wholesale prices. Better forecasts mean fewer expensive surprises in the market&nbsp;– and lower bills for customers.</p><h3>What you'll do</h3><ul><li>Build short-term load and solar forecasts using gradient boosting and deep learning (LSTMs)</li><li>Clean and gap-fill smart-meter and weather data</li><li>Train, deploy and monitor models with Azure Machine Learning</li><li>Backtest forecasts and report accuracy to traders every week</li><li>Visualise forecast uncertainty so non-specialists can act on it</li></ul><h3>About you</h3><ul><li>Degree in statistics, mathematics, engineering or similar</li><li>3+ years of Python (pandas, scikit-learn, PyTorch or TensorFlow)</li><li>Experience with time-series forecasting</li><li>A clear communicator, happy to explain your work to traders and engineers</li></ul><h3>What's in it for you</h3><ul><li>Hybrid working from our West Perth office</li><li>12% super and 20 weeks paid parental leave</li><li>A discounted energy plan</li></ul><p>Applications close 30 June. We're committed to a diverse workforce and encourage applications from Aboriginal and Torres Strait Islander people.</p>`,
    role: 'DS',
    sector: null,
    countries: ['AU'],
    mentions: ['DS', 'Decision trees', 'Neural networks', 'Data cleaning', 'Microsoft Azure ML', 'Model evaluation',
      'Visualization', 'Python', 'Pandas', 'Scikit-learn', 'PyTorch', 'TensorFlow', 'Communication'],
  },
  {
    id: 't12-a-23',
    title: 'Analytics Engineer, Audience',
    company: 'Longwharf Media',
    location: 'New York, NY (Hybrid)',
    format: 'html',
    body: `Longwharf publishes independent journalism on politics, science and culture to 3 million monthly readers, plus four weekly podcasts. We're reader-funded: subscriptions pay for most of what we do.

# About the job
We're hiring our second Analytics Engineer to build the data models that tell the newsroom and the subscriptions team what's working: which stories bring in new subscribers, which newsletters keep them, and which pieces spark the most debate in the comments.

# Responsibilities
- Build and maintain dbt models in BigQuery on top of event, subscription and ad-server data
- Write tests and documentation so numbers agree everywhere, and fix data issues at the source: duplicates, bot traffic, broken tracking
- Own our Looker Studio reports for the newsroom and make them faster
- Keep our dbt project on GitHub tidy and reviewed
- Partner with the audience team's data analyst on subscriber reporting

# Requirements
- 2+ years in analytics engineering or data analysis
- Advanced SQL; Python for scripting
- Experience with dbt and a cloud data warehouse
- A knack for explaining numbers to editors who would rather be writing

Pay range: $105,000–$125,000. Longwharf offers full health coverage, a 4% 401(k) match and four weeks of vacation. We are an equal opportunity employer and strongly encourage applications from people of color, women, LGBTQ+ people and people with disabilites.`,
    role: null,
    sector: null,
    countries: ['US'],
    mentions: ['Data cleaning', 'Google Data Studio', 'Git', 'Python', 'Communication'],
  },
  {
    id: 't12-a-24',
    title: 'HGV Driver (C Licence) – Night Shift – Limerick',
    company: 'Halloran Haulage',
    location: 'Limerick, Co. Limerick',
    format: 'text',
    body: `Halloran Haulage is a family-run haulage company moving pallets, building materials and agricultural supplies for customers across Munster since 1987. Our fleet of 65 trucks runs out of depots in Limerick and Mallow.

We're looking for an experienced rigid truck driver for our night trunking runs between Limerick and Dublin.

Duties:
- Safe operation of rigid vehicles (up to 18t) on scheduled night routes
- Daily walk-around vehicle checks and defect reporting through our app
- Loading and unloading with a pallet truck
- Completing delivery paperwork and POD scans accurately
- Following tachograph and Working Time rules

Requirements:
- Full Irish C licence with CPC and a digital tacho card
- Minimum 2 years' HGV experience
- Clean licence (max 2 penalty points)
- A friendly, professional attitude with customers
- Able to stay calm and solve problems when a delivery doesn't go to plan

We offer:
- €17.50 per hour + night premium
- Guaranteed 45 hours per week
- Modern, well-maintained fleet
- Pension scheme after 6 months

To apply, send your CV to our Transport Manager or call into the Limerick depot.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't12-a-25',
    title: 'Deep Learning Specialist – Speech',
    company: 'Orrery Intelligence',
    location: 'London, UK',
    locations: ['London, UK', 'Remote - UK'],
    format: 'raw',
    body: `<div>Orrery Intelligence is an AI company that trains speech foundation models and sells access to them to developers. Thousands of companies — call centres, video platforms, accessibility apps — use Orrery to transcribe and understand audio in 60 languages.</div><div><br></div><div>We're a team of 90 in King's Cross, about half of us researchers and engineers.</div><div class="section page-centered"><h3>The role</h3><ul class="posting-requirements plain-list"><ul><li>As a Deep Learning Specialist on the Speech team, you'll design, train and scale transformer and conformer models on thousands of GPUs</li><li>Diagnose training instabilities and squeeze out efficiency with mixed precision and custom kernels</li><li>Curate and filter large audio–text datasets, removing duplicates and bad alignments</li><li>Design benchmarks and evaluate word error rate across accents and noisy conditions</li><li>Work closely with research scientists to turn new ideas into production-scale training runs</li></ul></ul></div><div class="section page-centered"><h3>About you</h3><ul class="posting-requirements plain-list"><ul><li>Deep expertise in PyTorch (JAX also welcome)</li><li>Experience training large neural networks end to end</li><li>Strong mathematical foundations: linear algebra, probability and calculus</li><li>You follow the research literature closely and like to try ideas quickly</li></ul></ul></div><div class="section page-centered"><h3>Nice to have</h3><ul class="posting-requirements plain-list"><ul><li>Distributed training (FSDP, DeepSpeed) on Kubernetes or Slurm clusters</li><li>Publications in speech or ML venues</li></ul></ul></div><div>Salary £120k–£170k plus meaningful equity. Orrery is an equal opportunity employer; we welcome applicants of every background.</div>`,
    role: 'DLS',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: ['DLS', 'Neural networks', 'Data cleaning', 'Model evaluation', 'ARS',
      'PyTorch', 'Linear algebra', 'Probability', 'Calculus',
      'Continuous learning', 'Kubernetes'],
  },
  {
    id: 't12-a-26',
    title: 'Store Manager – Cork (Mahon)',
    company: 'Larkspur Home',
    location: 'Cork, Ireland',
    format: 'div',
    body: `# Store Manager – Cork (Mahon)
Larkspur Home is Ireland's favourite homeware store, with 34 shops and a busy online store selling furniture, lighting, bedding and kitchenware. Everything we sell is chosen by our own buying team in Dublin.

# About the role
We're looking for a Store Manager to lead our Mahon store (a team of 22). You'll own the store's sales, customer experience and people – and you'll have the freedom to run it like your own business.

# Key responsibilities
- Drive sales and profitability, using our Power BI store reports to spot trends by category and week
- Recruit, train and develop a high-performing team
- Make sure visual merchandising brings each new collection to life
- Manage rosters, payroll hours and stock control, including the annual stocktake
- Keep the store safe, compliant and looking its best

# About you
- 3+ years' experience as a Store Manager or Assistant Store Manager in retail
- Strong commercial awareness and a track record of hitting targets
- Confident with Excel and reading sales reports
- Great communication skills and a hands-on leadership style
- Available to work weekends and late-night trading

# Benefits
Competitive salary and quarterly bonus, 30% staff discount, company pension, and your birthday off.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['IE'],
    mentions: ['Power BI', 'Business acumen', 'Communication'],
  },
  {
    id: 't12-a-27',
    title: 'Data Analyst – Customer Experience',
    company: 'Vayuline Fibernet',
    location: 'Hyderabad, Telangana, India',
    format: 'raw',
    body: `<p><strong>Vayuline Fibernet</strong> is a fibre-to-the-home broadband provider with 900,000 subscribers across Telangana, Maharashtra and Karnataka. We lay our own fibre and run our own network, so when something breaks, we fix it ourselves.</p><p><strong>What you'll do</strong></p><ul><li>Analyse installation, outage and complaint data to understand why customers churn in their first 90 days</li><li>Build and maintain Power BI dashboards for the customer experience and field operations teams</li><li>Write SQL against our PostgreSQL and ClickHouse databases, and automate recurring reports in Python</li><li>Check and clean CRM data – duplicate accounts and wrong pincodes are common</li><li>Create clear charts and one-page summaries for the leadership team</li></ul><p><strong>What we're looking for</strong></p><ul><li>1–3 years as a data analyst, preferably in telecom, ISP or consumer services</li><li>Strong SQL and Excel; working knowledge of Python (pandas)</li><li>Power BI or Tableau</li><li>Good communication in English; Telugu or Hindi is a plus</li></ul><p>Location: Hyderabad (Hitech City), 5 days from office. CTC: ₹7–10 LPA.</p>`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Power BI', 'Python', 'Data cleaning', 'Visualization', 'Communication', 'Pandas', 'Tableau'],
  },
  {
    id: 't12-a-28',
    title: 'Machine Learning Engineer – Predictive Maintenance (Plant Digitalisation)',
    company: 'Sahyadri Packaging Industries',
    location: 'Chakan, Pune, Maharashtra',
    format: 'double',
    body: `# About Sahyadri Packaging
Sahyadri Packaging Industries manufactures corrugated boxes, laminates and flexible pouches for food, pharma and FMCG brands from five plants in Maharashtra and Gujarat. Our R&D centre in Chakan is leading a plant digitalisation programme across all sites.

# Role overview
We are looking for a Machine Learning Engineer to build and deploy predictive maintenance models for our corrugators, printing machines and laminators. You will work closely with plant maintenance heads and the OT/automation team.

# Key responsibilities
- Build anomaly detection and remaining-useful-life models from vibration, temperature and PLC data
- Engineer features from high-frequency sensor signals (FFT, rolling statistics)
- Use random forests, gradient boosting and LSTM networks as appropriate
- Deploy models at the edge and in the cloud using Docker; expose predictions through REST APIs to the maintenance app
- Monitor model performance and false alarm rates after go-live
- Explain model outputs to plant engineers in plain language and train them on using the alerts

# Candidate profile
- B.E./B.Tech/M.Tech in Mechanical, Electrical, Computer Science or related
- 3–6 years in ML, at least 2 in manufacturing or industrial IoT
- Python, scikit-learn, TensorFlow/Keras or PyTorch
- Exposure to Azure IoT or AWS IoT
- Google Professional Machine Learning Engineer certification will be an added advantage

Compensation as per industry standards. Interested candidates may apply with an updated CV.`,
    role: 'MLE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: ['MLE', 'Feature engineering', 'Decision trees', 'Neural networks', 'Docker', 'APIs', 'Model evaluation',
      'Communication', 'Python', 'Scikit-learn', 'TensorFlow', 'Keras', 'PyTorch', 'CERT_GCP'],
  },
  {
    id: 't12-a-29',
    title: 'Maintenance Technician (309A/433A) – Nights',
    company: 'Burnside Biscuit Company',
    location: 'Hamilton, ON L8E 2Y4',
    industry: 'Food & Beverages',
    format: 'text',
    body: `Burnside Biscuit Company has been baking in Hamilton since 1921. Today our plant runs four high-speed lines producing crackers, cookies and private-label biscuits sold in grocery stores across Canada and the northern US.

Position: Maintenance Technician – Night Shift (Sun–Thu, 10:30 pm – 7:00 am)
Reports to: Maintenence Supervisor

# Responsibilities
- Perform preventive and corrective maintenance on ovens, mixers, packaging machines and conveyors
- Troubleshoot electrical, mechanical, pneumatic and hydraulic systems, including three-phase power up to 600V
- Read electrical schematics and troubleshoot Allen-Bradley PLCs
- Complete work orders in our CMMS and record spare parts used
- Follow lockout/tagout, GMP and food safety (SQF) requirements

# Qualifications
- 309A Industrial Electrician or 433A Industrial Mechanic Millwright licence (or apprentice in final year)
- 3+ years maintenance experience in food or other high-speed manufacturing
- Comfortable with power tools, welding and fabrication
- Strong troubleshooting and problem-solving skills
- Basic computer skills (email, Excel, CMMS)

# What we offer
- $42.00–$47.50/hour plus 10% night shift premium
- Benefits from day one, RRSP matching and a boot allowance
- Free biscuits (really)

Burnside Biscuit Company is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't12-a-30',
    title: 'Senior Data Scientist (Municipal Operations)',
    company: 'Town Operations Agency',
    location: 'Singapore',
    format: 'html',
    body: `# About us
The Town Operations Agency is a statutory board under the Ministry of National Development. We coordinate municipal services for Singapore's housing estates – refuse collection, drain maintenance, pest control and public-space cleaning – and respond to more than 900,000 feedback cases from residents every year.

# What the job involves
As a Senior Data Scientist in the Data & Analytics Division, you will use data to make estate services more responsive and cost-effective.
- Develop models to forecast feedback volumes and prioritise cases, including text classification of residents' reports
- Optimise refuse collection routes and schedules using contractors' GPS data
- Apply clustering to identify estates with recurring issues, and design targeted interventions
- Evaluate pilots rigorously, including with controlled trials and statistical tests
- Communicate insights to directors and policy officers through clear visualisations and papers
- Mentor junior data scientists and contribute to the agency's data governance

# Requirements
- Degree in data science, statistics, computer science or a related field; a postgraduate qualification is an advantage
- At least 4 years of relevant experience
- Proficient in Python or R, and SQL
- Experience with pandas, scikit-learn, Matplotlib or Seaborn, and with Tableau or a similar tool
- Strong analytical and problem-solving skills

Only Singapore Citizens will be considered. Only shortlisted candidates will be notified.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['DS', 'Clustering', 'Hypothesis testing', 'Communication', 'Visualization', 'Python', 'R', 'Pandas',
      'Scikit-learn', 'Matplotlib', 'Seaborn', 'Tableau', 'Problem-solving'],
  },
  {
    id: 't12-a-31',
    title: 'Policy Officer – Flood Risk Data (Band C)',
    company: 'Office for Coastal Resilience',
    location: 'Cardiff, Wales (hybrid)',
    format: 'div',
    body: `# Policy Officer – Flood Risk Data
Band C | £31,200 – £34,650 | Permanent | Cardiff, with hybrid working

The Office for Coastal Resilience is a government body responsible for policy on coastal erosion and flood defence in Wales. We advise ministers, fund local authority schemes and publish the national flood risk assessment.

# About the role
This role sits in our Evidence and Analysis team. You'll help turn flood risk data and research into policy advice, working with hydrologists, economists and colleagues in local authorities.

# Responsibilities
- Draft briefings, ministerial submissions and responses to correspondence
- Commission research from contractors and check their reports against the brief
- Keep the flood-defence investment tracker up to date in Excel and produce simple charts for the quarterly report
- Support the Programme Board, including preparing papers and minutes

# Essential criteria
- Excellent written communication, with the ability to explain technical information simply
- Confidence working with numbers and data
- Good organisational skills and the ability to manage competing priorities
- Ability to think critically about evidence and challenge assumptions constructively

# Desirable
- Welsh language skills (level 3)
- Knowledge of flood or environmental policy

# Benefits
Civil Service pension with an average employer contribution of 28.97%, 31 days' annual leave and flexi-time.

We are committed to equal opportunity. We run a guaranteed interview scheme for disabled applicants who meet the minimum criteria.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Communication', 'Visualization', 'Critical thinking'],
  },
  {
    id: 't12-a-32',
    title: 'Data Engineer, Traffic Platform',
    company: 'Signalgrove',
    location: 'Austin, TX',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Signalgrove makes the software that more than 260 cities and counties use to run their traffic signals. Our platform adjusts signal timing in real time, gives buses and fire trucks priority at intersections, and shows traffic engineers what&amp;rsquo;s happening on every corridor.&lt;/p&gt;&lt;/div&gt;
&lt;h2&gt;The role&lt;/h2&gt;
&lt;p&gt;We ingest detector, camera and connected-vehicle data from 48,000 intersections. As a Data Engineer on the Platform team, you&amp;rsquo;ll make that data reliable, fast and useful &amp;mdash; for our own algorithms and for the city engineers who depend on it.&lt;/p&gt;
&lt;h2&gt;What you&amp;rsquo;ll do&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Build and maintain streaming pipelines with Kafka and Flink, and batch jobs in Spark&lt;/li&gt;
&lt;li&gt;Design data models in Postgres/TimescaleDB and our S3 lakehouse&lt;/li&gt;
&lt;li&gt;Build validation and anomaly checks that catch failing detectors and bad timestamps&lt;/li&gt;
&lt;li&gt;Maintain the public data feeds and REST APIs that cities use to share data with researchers&lt;/li&gt;
&lt;li&gt;Work with our machine learning engineers on training datasets for signal-timing models&lt;/li&gt;
&lt;/ul&gt;
&lt;h2&gt;What you&amp;rsquo;ll bring&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;4+ years of data engineering experience&lt;/li&gt;
&lt;li&gt;Python, plus Java or Scala&lt;/li&gt;
&lt;li&gt;Hands-on with Kafka, Spark and Airflow&lt;/li&gt;
&lt;li&gt;Docker, Terraform and CI/CD; our code lives in GitLab&lt;/li&gt;
&lt;li&gt;Comfortable working in a small team where priorities can shift fast&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Salary range: $135,000&amp;ndash;$160,000 + equity. Full benefits, 401(k) match and a $1,500 home-office stipend.&lt;/p&gt;
&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Signalgrove is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.&lt;/p&gt;&lt;/div&gt;`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'APIs', 'MLE', 'Python', 'Java', 'Docker',
      'Deployment pipelines', 'Git', 'Adaptability'],
  },
  {
    id: 't12-a-33',
    title: 'Chef de Partie (Banquet)',
    company: 'The Harbourlight Hotel',
    location: 'Singapore 018956',
    format: 'text',
    body: `The Harbourlight is a 420-room waterfront hotel at Marina Bay with three restaurants, a rooftop bar and 2,400 sq m of banquet and conference space.

Job title: Chef de Partie (Banquet)
Department: Culinary
Reporting to: Executive Sous Chef Julia Ong

Responsibilities:
- Run your section during banquet service for events of up to 1,200 guests
- Prepare mise en place and follow standard recipes and plating guides
- Maintain food safety and hygiene standards in line with SFA requirements
- Check deliveries, rotate stock and keep temperature logs up to date
- Train and guide commis cooks

Requirements:
- Minimum 3 years in a hotel or high-volume kitchen, including at least 1 year as Demi Chef or CDP
- WSQ Food Safety Course Level 1 certificate
- Able to work shifts, weekends and public holidays
- A team player who stays calm under pressure and adapts quickly when event plans change

We offer:
- Duty meals, uniform and laundry
- Medical and dental benefits
- Staff room rates at our sister hotels
- Annual leave starting at 14 days

Interested candidates, please click "Apply". We regret that only shortlisted candidates will be notified.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Adaptability'],
  },
  {
    id: 't12-a-34',
    title: 'Business Intelligence Analyst – Institutional Research',
    company: 'Kaveri University',
    location: 'Chennai, Tamil Nadu',
    format: 'div',
    body: `# Business Intelligence Analyst – Institutional Research
Kaveri University is a private, multi-disciplinary university with 14,000 students across engineering, management, law and liberal arts on its campus in Chennai.

# About the position
The Office of Institutional Research supports the Vice-Chancellor, the deans and the admissions team with reliable data on enrolment, student progression, placements and accreditation (NAAC/NIRF). We are hiring a Business Intelligence Analyst to modernise our reporting.

# Responsibilities
- Consolidate data from the student information system, admissions CRM and placement cell into a central data mart
- Design and publish Power BI dashboards for academic leadership
- Reconcile and correct student records ahead of NIRF and NAAC submissions
- Analyse trends in the admissions funnel and drop-outs, and visualise them for the Academic Council
- Respond to data requests from departments within agreed timelines

# Eligibility
- Bachelor's or Master's degree in statistics, computer applications, engineering or management
- 2–4 years' experience in BI or MIS reporting
- Strong SQL, Power BI (DAX) and Excel
- Working knowledge of Python or R is desirable
- Good written and verbal communication

Salary: As per university norms, commensurate with experience. Apply with a CV and the names of two referees to the Registrar's Office.`,
    role: 'BIA',
    sector: null,
    countries: ['IN'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'Python', 'R', 'Communication'],
  },
  {
    id: 't12-a-35',
    title: 'Robotics Engineer – Autonomous Haulage & Drilling',
    company: 'Ironbark Resources',
    location: 'Kalgoorlie, WA (FIFO ex-Perth)',
    format: 'escaped',
    body: `Ironbark Resources operates three open-pit gold mines and a nickel concentrator in the Eastern Goldfields of Western Australia, producing around 380,000 ounces of gold a year.

# The role
Our Technology & Automation team is expanding autonomous haulage and drilling across all three sites. We're seeking a Robotics Engineer to take ownership of the integration, testing and performance of our autonomous fleet.

# Key accountabilities
- Integrate autonomous haul trucks and drill rigs with site fleet management and safety systems
- Develop and maintain Python and C++ tools for analysing machine logs and diagnosing faults
- Lead field testing and commissioning of new autonomy features
- Analyse delays and interactions between autonomous and manned equipment, and recommend fixes
- Work with the OEM's robotics engineers and our mine planners to improve cycle times

# About you
- Degree in mechatronics, electrical or mechanical engineering
- 3+ years in robotics, automation or autonomous vehicles
- Experience with ROS, sensor fusion, lidar and GNSS
- Strong problem-solving skills and a calm approach in the field
- Current WA driver's licence; mining experience highly regarded

# What we offer
- 8:6 FIFO roster ex-Perth, or residential in Kalgoorlie
- $160k–$185k + super + annual incentive
- Salary continuance insurance and generous parental leave

Ironbark is committed to a safe, inclusive and respectful workplace.`,
    role: 'ROBO',
    sector: null,
    countries: ['AU'],
    mentions: ['ROBO', 'Python', 'C++', 'Problem-solving'],
  },
  {
    id: 't12-a-36',
    title: 'Audit Senior / Assistant Manager (Financial Services)',
    company: 'Ridley Ong & Partners',
    location: 'Singapore',
    format: 'escaped',
    body: `# About us
Ridley Ong & Partners is a mid-tier public accounting firm in Singapore providing audit, tax and advisory services to listed companies, SMEs and not-for-profits across Southeast Asia. We have 320 staff and are a member of an international network of independent accounting firms.

# Job responsibilities
- Plan and execute audits of clients in financial services, trading and manufacturing
- Lead a team of 2–4 associates on site and review their working papers
- Identify key risks and communicate audit findings to client management and partners
- Use data analytics tools (IDEA, Power Query in Excel) to test full populations of journal entries
- Ensure compliance with SSAs and the firm's quality management policies

# Job requirements
- Degree in Accountancy; ACCA / CA (Singapore) qualified or pursuing
- At least 2 years of external audit experience in a public accounting firm
- Strong analytical and problem-solving skills
- Good command of written and spoken English
- Willing to learn and keen to grow with the firm

# Why join us
Structured training, study leave and exam sponsorship, clear progression to Manager in 3–4 years, and a five-day work week.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: ['Communication', 'Problem-solving', 'Continuous learning'],
  },
];
