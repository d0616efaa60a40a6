// Test set test16, half A: 36 hand-written English postings with analyst labels.
//
// Composition
// - Countries: US (01, 08, 09, 17, 27, 32), Canada (02, 12, 14, 17, 23, 25, 28), UK (03, 07, 13, 20, 24, 30),
//   Australia (06, 11, 18, 22, 26, 31), India (05, 19, 21, 36), Singapore (10, 15, 33, 35),
//   Ireland (04, 16, 29, 34). 17 is remote across the US and Canada.
// - 24 postings titled as one of the seed's ten roles: MLE 01, 11, 22; DS 02, 12, 19, 20; ARS 03, 21;
//   DE 04, 13, 23; CVE 05, 14; NLP_ENG 06, 15; BIA 07, 16, 24; AIPM 08, 17; ROBO 09, 18; DLS 10.
// - 12 other jobs (role null): software engineer 25, data analyst 26, analytics engineer 27, nurse 28,
//   medical laboratory scientist 29, telecom store manager 30, credit risk analyst 31, maintenance technician 32,
//   policy officer 33, transport planner 34, sous chef 35, management accountant 36.
// - Sectors: IT 03, 17, 27, 36; FIN 02, 08, 15, 25, 31; HEALTH 06, 10, 16, 28, 29; RETAIL 01, 07, 21, 26;
//   TELCO 04, 11, 19, 30; AUTO 05, 09, 14, 32; PUBLIC 13, 22, 33; null 12, 18, 20, 23, 24, 34, 35.
// - Formats: raw 01, 03, 05, 08, 10, 11, 14, 19, 22, 25, 29, 32 (Greenhouse 01/25, Lever 03/14, Workday 05,
//   SmartRecruiters 08/19, JSON-LD 10/32, Teamtailor 11, Recruitee 22, Personio 29); html 02, 09, 13, 16, 21, 26,
//   30; div 04, 15, 23, 27; escaped 06, 17, 31, 36; double 24, 34; text 07, 12, 18, 20, 28, 33, 35.
// - Board industry field: 04, 12, 17, 23, 29, 35.
//
// Hard calls
// Sector
// - 01: a marketplace where shoppers buy goods from independent makers → RETAIL (consumer marketplace).
// - 03: an AI lab that is a company and sells model access to pharma, energy and aerospace customers: many
//   industries → IT.
// - 05: camera inspection stations for production lines (tyre, glass, electronics-assembly plants): a system made
//   for factories → AUTO, even though the posting sits in an "R&D centre".
// - 08: fraud-scoring software sold to banks and card issuers → FIN.
// - 09: the employer's description only comes in the closing paragraph (robotic palletising cells it builds and
//   installs for factories) → AUTO as a machine/robot maker.
// - 10, 06: medical-imaging AI and an electronic medical record vendor → HEALTH.
// - 12: hotel group → null (hospitality), even with the "Hospitality" industry field.
// - 13: borough council → PUBLIC.
// - 14: autonomous-driving company → AUTO.
// - 17: help-desk SaaS used by any company → IT (business software).
// - 18: a mining company running its own autonomous haul fleet → null (mining), although the job is robotics.
// - 20: recruiter; the client is "a fast-growing scale-up" with no business named → null.
// - 21: online grocery delivery → RETAIL; the company names itself only at the end.
// - 22: traffic-signal optimisation sold to city councils and state road agencies → PUBLIC (made for cities).
// - 23: energy retailer/utility with only a "Utilities" industry field and smart-meter work → null.
// - 24: university → null.
// - 25: payment processor for online merchants → FIN (not RETAIL: the rule lists payment processors under FIN).
// - 26: fashion label that designs clothes and sells only in its own stores and online; makers are partner
//   factories → RETAIL (brand rule).
// - 27: CRM vendor → IT.
// - 29: private clinical laboratory; described mainly through the "Hospitals and Health Care" field → HEALTH.
// - 30: a store of a mobile operator → TELCO (shop inside an operator).
// - 31: credit union → FIN. 32: food manufacturer → AUTO. 33: government agency → PUBLIC.
// - 34: haulier moving pallets for food producers and builders' merchants (not made for online shops) → null.
// - 35: restaurant group → null. 36: ERP SaaS company (named in the closing paragraph) → IT.
// Role
// - 02 "Data Scientist II", 19, 20 → DS; 12 "Decision Scientist" → DS.
// - 03 "Research Scientist, Foundation Models" → ARS; 21 "Applied Scientist II" → ARS.
// - 07 "Power BI Developer" → BIA; 24 "BI Analyst (Tableau)" → BIA.
// - 11 "MLOps Engineer" → MLE.
// - 15 "Natural Language Processing Engineer" → NLP_ENG.
// - 17 "Senior Product Manager, AI (Agent Assist)" → AIPM.
// - 25 "Software Engineer", 26 "Data Analyst", 27 "Analytics Engineer", 29 "Medical Laboratory Scientist",
//   31 "Credit Risk Analyst" → null.
// Mentions
// - A role is mentioned whenever the body names it, the posting's own title role included when the body repeats
//   it ("We're looking for a Data Scientist II") and colleagues included: 01 MLE+ARS+DE ("applied scientists"
//   → ARS), 02 DS, 03 ARS+MLE, 04 DE+BIA+DS, 05 CVE, 06 NLP_ENG, 07 BIA ("Power BI Developer")+DE, 08 AIPM+DS+MLE,
//   09 ROBO, 11 DS, 12 DS ("Decision Scientist"), 13 DE+BIA+DS, 14 ROBO, 16 BIA, 17 MLE+DS, 18 ROBO, 19 DS, 20 DS,
//   22 MLE, 23 DE, 24 BIA ("BI Analyst"), 27 DE+DS, 33 DS. Not mentioned: 10, 15, 21 never repeat their role in
//   the body; 11 ("ML engineering" as a field) and 14 ("computer vision" as a field) do not name the role.
// - 01: LightGBM → Decision trees; two-tower neural networks → Neural networks; NDCG/recall@k offline evaluation →
//   Model evaluation; A/B tests → Hypothesis testing. "Scala" is not a label.
// - 02: GLMs → Regression; gradient boosting → Decision trees; monitoring lift/stability → Model evaluation;
//   "how pricing drives profitability" → Business acumen. Excel rate tables: no label.
// - 03: RLHF / reward modelling → Reinforcement learning; transformers → Neural networks; the hiring manager
//   Julia is a person (no Julia). JAX is not a label.
// - 04: PySpark on Databricks → Apache Spark; "Azure" as a cloud is not Microsoft Azure ML; "cluster sizing" is
//   not Clustering; Azure DevOps pipelines → Deployment pipelines.
// - 05: "R&D centre" is not R; CNNs → Neural networks; OpenCV is not a label; precision/recall → Model evaluation;
//   curating and cleaning labelled image sets → Data cleaning; camera calibration geometry → Linear algebra.
// - 06: the legacy IBM Watson integration → IBM Watson (named as part of the work: replacing it).
// - 09: kinematics with "linear algebra and multivariable calculus" named → Linear algebra, Calculus.
// - 10: "TensorFlow Developer Certificate" named exactly → CERT_TF.
// - 11: "AWS certification preferred" is generic → no certification; "Kubernetes cluster" → Kubernetes only;
//   drift monitoring → Model evaluation; GitHub Actions → Deployment pipelines + Git.
// - 13: "Grade R" is a pay grade, not R.
// - 15: Vertex AI → Google AI Platform; "comfortable with ambiguity" → Adaptability.
// - 17: Azure AI Foundry is Microsoft's generative-AI studio, not Azure Machine Learning → no label (judgment).
// - 18: Kalman filters / probabilistic state estimation → Probability. ROS is not a label.
// - 19: XGBoost → Decision trees; k-means segmentation → Clustering; PySpark → Apache Spark; the Hadoop-based
//   data lake they work on → Hadoop.
// - 21: temporal fusion transformers → Neural networks; probabilistic forecasts → Probability; backtesting →
//   Model evaluation.
// - 22: graph neural networks → Neural networks; "Google Professional Machine Learning Engineer" named →
//   CERT_GCP; "go live" is the word go.
// - 24, 26: Looker Studio → Google Data Studio. 27: Looker (the BI product, not Looker Studio) → no label.
// - 25: "regression suites" is not Regression; JavaScript is not Java (Java is labelled from the Java services).
// - 26: "spark ideas" is not Apache Spark.
// - 28: Karen Watson is a person (no IBM Watson).
// - 29: "R&D" is not R; lab QC and result validation are not Data cleaning.
// - 31: logistic-regression scorecards → Regression; backtesting → Model evaluation; Azure Machine Learning →
//   Microsoft Azure ML. SAS is not a label.
// - 32: "power tools", "power distribution" are not Power BI; Excel is not a label.
// - 35: "spark creativity" is not Apache Spark.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST16_A: HoldoutCase[] = [
  {
    id: 't16-a-01',
    title: 'Senior Machine Learning Engineer, Search Ranking',
    company: 'Quillmarket',
    location: 'Seattle, WA',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Quillmarket is the marketplace where 2.3 million shoppers buy handmade ceramics, prints, furniture and jewellery straight from more than 90,000 independent makers. We handle checkout, payments, buyer protection and discounted shipping labels so makers can get back to their workbench.&lt;/p&gt;&lt;/div&gt;&lt;h3&gt;About the team&lt;/h3&gt;&lt;p&gt;Search Ranking decides what a buyer sees after typing something like walnut side table or gift for a potter. Every ranking change we ship touches roughly 70% of our gross merchandise sales, so we care a lot about measuring things properly. You'll join six machine learning engineers and two applied scientists, and work closely with the data engineers who own our event streams.&lt;/p&gt;&lt;h3&gt;What you'll do&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Train, evaluate and ship learning-to-rank models. Most surfaces run on LightGBM today; we're moving candidate retrieval to two-tower neural networks built in PyTorch.&lt;/li&gt;&lt;li&gt;Build and maintain features from query logs, listing attributes, seller reputation and shipping times.&lt;/li&gt;&lt;li&gt;Own offline evaluation (NDCG, recall@k, calibration by category) and design online A/B tests with our experimentation group.&lt;/li&gt;&lt;li&gt;Run model serving on Kubernetes: Docker images, canary rollouts, latency budgets under 40 ms at p99.&lt;/li&gt;&lt;li&gt;Write design docs and explain trade-offs to product managers and seller-experience teams in plain language.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;What we're looking for&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;5+ years building production ML systems, ideally in search, ranking or recommendations.&lt;/li&gt;&lt;li&gt;Strong Python; comfort reading Java in our serving path (Scala is a bonus, not a requirement).&lt;/li&gt;&lt;li&gt;Experience with Spark or a similar engine for large batch jobs.&lt;/li&gt;&lt;li&gt;A habit of checking your own results before anyone else has to.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Compensation &amp;amp; benefits&lt;/h3&gt;&lt;p&gt;The base salary range for this role in Seattle is $178,000 - $232,000, plus equity and an annual maker stipend to spend on the marketplace. Final offers depend on level and experience. We offer medical, dental and vision coverage, 401(k) matching, 18 weeks of paid parental leave and a flexible hybrid schedule (two days a week in our Pioneer Square office).&lt;/p&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Quillmarket is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status. If you need an accommodation during the interview process, email accommodations@quillmarket.example.&lt;/p&gt;&lt;/div&gt;`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: [
      'MLE', 'ARS', 'DE', 'Decision trees', 'Neural networks', 'PyTorch', 'Feature engineering', 'Model evaluation',
      'Hypothesis testing', 'Kubernetes', 'Docker', 'Communication', 'Python', 'Java', 'Apache Spark',
    ],
  },
  {
    id: 't16-a-02',
    title: 'Data Scientist II, Personal Lines Pricing',
    company: 'Orrisdale Mutual',
    location: 'Toronto, ON, Canada',
    format: 'html',
    body: `Orrisdale Mutual has insured homes, cars and cottages across Ontario and the Atlantic provinces since 1911. We are owned by our 640,000 policyholders rather than by shareholders, which means we price for the long run.

# The opportunity

Our Pricing & Analytics team sets the rates for auto and home insurance. We're looking for a Data Scientist II to build the next generation of frequency and severity models and help us move more of our rating work from spreadsheets into reproducible code.

# What you'll do

- Build GLMs and gradient boosting models for claims frequency and severity, and translate them into rating factors the actuarial team can file with regulators
- Pull, validate and clean policy, claims and telematics data; chase down missing exposures and miscoded vehicles before they reach a model
- Monitor lift, stability and fairness of live models after each rate change and flag drift early
- Present findings to pricing actuaries, underwriting leaders and, now and then, our board's risk committee
- Keep the Excel rate tables in sync with model outputs until the new rating engine goes live

# What you bring

- 3+ years in a modelling role, ideally in insurance, credit or another regulated industry
- Fluency in R or Python (our actuaries mostly work in R; newer models are written in Python)
- A solid grasp of how pricing drives profitability, retention and growth in a mutual
- Clear, patient communication with people who are not data scientists
- Progress toward an FCAS/ACAS or CSPA designation is an asset but not required

# What we offer

Salary range: $98,000 – $118,000 CAD plus annual bonus. Defined benefit pension, full health and dental from day one, four weeks' vacation, and a hybrid schedule with three office days a week on Bay Street.

Orrisdale Mutual is committed to accessibility and inclusion. If you require accommodation at any stage of the hiring process, let us know and we will work with you.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: [
      'DS', 'Regression', 'Decision trees', 'Data cleaning', 'Model evaluation', 'Communication', 'R', 'Python',
      'Business acumen',
    ],
  },
  {
    id: 't16-a-03',
    title: 'Research Scientist, Foundation Models (Post-training)',
    company: 'Thistlefield AI',
    location: 'London or Cambridge, UK',
    locations: ['London, United Kingdom', 'Cambridge, United Kingdom'],
    format: 'raw',
    body: `<div><b>Thistlefield AI</b> is a 140-person company training foundation models that read and reason over technical documents: patents, lab notebooks, engineering drawings and regulatory filings. Customers in pharmaceuticals, energy, aerospace and law use our models through an API or run them inside their own data centres.</div><div><br></div><div>The Post-training team turns our pretrained models into models people can rely on. The team is led by Julia Okafor and works alongside our research engineers and machine learning engineers, who own the training infrastructure. Our research scientists publish regularly, but the work that matters most to us is the work that ends up in the product.</div><div><br></div><div><h3>What you'll work on</h3><ul><li>Design and run post-training recipes for large transformer models: supervised fine-tuning, preference data, reward modelling and RLHF-style reinforcement learning</li><li>Build evaluations that actually track what customers need (long-document faithfulness, citation accuracy, refusal behaviour) and keep them honest as models improve</li><li>Write experiments in PyTorch (some of the team use JAX) and Python tooling around them</li><li>Write up results clearly for the wider company and, where it makes sense, for publication</li></ul></div><div><h3>What we're looking for</h3><ul><li>A PhD or equivalent research track record in machine learning, NLP or a related field</li><li>Strong foundations in linear algebra, probability and optimisation</li><li>Hands-on experience training deep neural networks at scale</li><li>You keep up with the literature and enjoy learning from people who disagree with you</li></ul></div><div><h3>Good to know</h3><ul><li>Salary £120,000 – £165,000 plus meaningful equity</li><li>Three days a week in our King's Cross or Cambridge offices</li><li>We sponsor visas</li></ul></div><div>Thistlefield AI is an equal opportunities employer and welcomes applicants from all backgrounds.</div>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['GB'],
    mentions: [
      'ARS', 'MLE', 'Neural networks', 'Reinforcement learning', 'Model evaluation', 'PyTorch', 'Python', 'Linear algebra',
      'Probability', 'Communication', 'Continuous learning',
    ],
  },
  {
    id: 't16-a-04',
    title: 'Data Engineer (Azure) - Hybrid',
    company: 'Tidewave Mobile',
    location: 'Dublin 2, Ireland',
    industry: 'Telecommunications',
    format: 'div',
    body: `Tidewave Mobile looks after 1.4 million prepaid and bill-pay customers on our own 4G and 5G network across Ireland. Our Data & Insight function is growing and we're adding a Data Engineer to the platform squad.

# The role

You'll build and run the pipelines that bring network events, call detail records, top-ups and customer care interactions into our Azure lakehouse, so that our BI analysts and data scientists can trust what they're looking at.

# Day to day

- Build batch and streaming ingestion with Azure Data Factory, Databricks (PySpark) and Kafka
- Write data quality checks that catch duplicates, late-arriving records and broken cell IDs, and fix what they find
- Model curated tables for reporting on churn, network experience and roaming revenue
- Keep everything in Git and deploy through Azure DevOps pipelines
- Tune Databricks cluster sizing and job schedules so we stay inside our cloud budget

# About you

- 3+ years as a data engineer, ideally with high-volume event data
- Strong SQL and Python
- Hands-on Azure experience (Data Factory, ADLS, Databricks)
- Telecoms experience is a plus, not a must

# What's in it for you

Competitive salary, 10% pension contribution, health insurance for you and your family, a free Tidewave bill-pay plan and hybrid working (two days in our Grand Canal Dock office).

Tidewave Mobile is an equal opportunities employer.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['IE'],
    mentions: ['DE', 'BIA', 'DS', 'Apache Spark', 'Kafka', 'Data cleaning', 'Git', 'Deployment pipelines', 'Python'],
  },
  {
    id: 't16-a-05',
    title: 'Computer Vision Engineer – Inline Inspection',
    company: 'Velmont Optics',
    location: 'Bengaluru, Karnataka, India',
    format: 'raw',
    body: `<p><b>About Velmont Optics</b></p><p>Velmont designs camera-based inspection stations that sit directly on production lines in tyre, float-glass and electronics-assembly plants, catching surface and assembly defects at full line speed. Our systems run in 140 factories across Asia and Europe. This role is based at our Bengaluru R&amp;D centre, which builds the software for every station we ship.</p><p><b>Job Description</b></p><p>As a Computer Vision Engineer you will take defect detection from a labelled image set to a model running on an edge box next to the conveyor.</p><ul><li>Develop detection and segmentation models (CNN-based) in PyTorch for new defect classes</li><li>Write and optimise classical image-processing steps in C++ with OpenCV where a model is overkill</li><li>Handle camera calibration, lighting geometry and image registration</li><li>Curate and clean labelled image sets with our annotation team; remove mislabelled and duplicate frames</li><li>Measure precision and recall on customer lines and report escapes and false rejects per shift</li><li>Package models in Docker for deployment on our edge hardware</li></ul><p><b>Qualifications</b></p><ul><li>B.E./B.Tech or M.Tech in Computer Science, Electronics or related field</li><li>2-5 years of experience in computer vision</li><li>Good Python and C++ skills</li><li>Sound understanding of linear algebra and projective geometry</li><li>Willingness to travel to customer plants (around 20%)</li></ul><p><b>Additional Information</b></p><p>Velmont Optics is an equal opportunity employer. Applicants must be eligible to work in India.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: [
      'CVE', 'Neural networks', 'PyTorch', 'C++', 'Python', 'Linear algebra', 'Data cleaning', 'Model evaluation',
      'Docker',
    ],
  },
  {
    id: 't16-a-06',
    title: 'NLP Engineer – Clinical Documentation',
    company: 'Marrowgate Health Systems',
    location: 'Melbourne, VIC 3000',
    format: 'escaped',
    body: `Marrowgate Health Systems builds the electronic medical record used by 70 public and private hospitals across Australia and New Zealand. Around 90,000 clinicians log in to Marrowgate every day to write notes, order tests and hand over patients.

# About the role

Clinicians spend too long typing. Our Clinical Documentation team is building tools that pull diagnoses, medications and allergies out of free-text notes and suggest structured entries the clinician can accept with one click. You'll be the team's second NLP engineer, working with two clinical informaticists (both former nurses) and our platform engineers.

# What you'll do

- Fine-tune and evaluate transformer models for clinical entity extraction and summarisation, mainly in PyTorch
- Replace our ageing IBM Watson integration for medication extraction with models we own
- De-identify and clean note corpora before they're used for training
- Build and maintain REST APIs that serve model output into the record, packaged in Docker
- Measure performance against clinician-annotated test sets and report it in terms clinicians understand
- Sit in on ward rounds now and then to see how notes are really written

# What we're after

- 3+ years in NLP or applied ML, with strong Python
- Experience taking models into production, not just notebooks
- Clear communication with clinical and non-technical colleagues
- Health data experience is helpful; we'll teach you the acronyms

# Why Marrowgate

Salary $150,000 – $175,000 + super. Hybrid from our Collins Street office, 18 weeks paid parental leave, and a team that sees its work used on the wards every day.

Aboriginal and Torres Strait Islander people, people with disability and people from culturally diverse backgrounds are encouraged to apply.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: [
      'NLP_ENG', 'Neural networks', 'Model evaluation', 'PyTorch', 'IBM Watson', 'Data cleaning', 'APIs', 'Docker', 'Python',
      'Communication',
    ],
  },
  {
    id: 't16-a-07',
    title: 'Power BI Developer',
    company: 'Greenhollow Grocers',
    location: 'Manchester, M1 (Hybrid)',
    format: 'text',
    body: `Greenhollow Grocers runs 212 supermarkets and convenience stores across the North West and Yorkshire, and our home delivery service reaches another 40,000 households a week.

# About the role

We're looking for a Power BI Developer to join our Commercial Insight team at our Manchester support centre. You'll build the reports that store managers, buyers and our supply chain team open every morning: sales against plan, waste, availability and promotions.

# What you'll be doing

- Designing and building Power BI reports and data models (DAX, Power Query)
- Turning messy sales, stock and waste data into something people trust: reconciling store returns, fixing duplicate product codes, correcting till data that doesn't add up
- Creating clear charts that show a store manager in ten seconds where they're losing money
- Working with our data engineers on the warehouse tables your reports depend on
- Running short training sessions for store and head office teams
- Retiring the last of the Excel packs that get emailed around on Mondays

# What you'll need

- Solid Power BI experience in a commercial environment (retail a bonus)
- Strong SQL
- The ability to explain numbers to people who are busy running a shop

# Benefits

- Salary £42,000 – £48,000 depending on experience
- 15% colleague discount in all Greenhollow stores
- Pension with up to 7% employer contribution
- Hybrid working: two days a week in Manchester

Greenhollow Grocers is proud to be an equal opportunity employer.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Visualization', 'DE', 'Communication'],
  },
  {
    id: 't16-a-08',
    title: 'AI Product Manager – Fraud Detection',
    company: 'Sentrafold',
    location: 'New York, NY, United States',
    format: 'raw',
    body: `<h2>Company Description</h2><p>Sentrafold scores card and account-to-account payments for fraud in real time. More than 60 banks, credit unions and card issuers in North America send us every transaction before they approve it, and our models decide in under 50 milliseconds whether it looks like their customer or like someone else.</p><h2>Job Description</h2><p>We are looking for an AI Product Manager to own the roadmap for our transaction scoring models. You will sit between our customers' fraud operations teams and our data scientists and machine learning engineers, and decide what we build next and why.</p><ul><li>Own the roadmap for real-time scoring across card-not-present, P2P and instant payments</li><li>Define how we measure model quality with customers: detection rate, false positive rate, alert volume at a fixed review capacity</li><li>Work with data science on model releases and decide when a new model is good enough to ship</li><li>Shape the scoring and feedback APIs banks integrate with</li><li>Explain model behaviour and trade-offs to bank risk teams, regulators' examiners and our own sales team</li><li>Build the business case for new products and pricing with our finance and commercial leads</li></ul><h2>Qualifications</h2><ul><li>4+ years of product management, at least 2 on ML-powered products</li><li>Working knowledge of how classification models are trained and evaluated</li><li>Experience in payments, fraud or financial crime is strongly preferred</li><li>Excellent written and verbal communication</li><li>Strong commercial instincts: you know how our customers lose money to fraud and how we make money stopping it</li></ul><h2>Additional Information</h2><p>Base salary range: $165,000–$195,000 plus equity and bonus. Hybrid, three days a week in our Flatiron office. Sentrafold is an Equal Opportunity Employer; all qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability, protected veteran status or any other characteristic protected by law.</p>`,
    role: 'AIPM',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: ['AIPM', 'DS', 'MLE', 'Model evaluation', 'APIs', 'Communication', 'Business acumen'],
  },
  {
    id: 't16-a-09',
    title: 'Robotics Engineer II – Motion Planning',
    company: 'Tollgrave Robotics',
    location: 'Pittsburgh, PA 15222',
    format: 'html',
    body: `# What you'll do

Our cells stack boxes, bags and crates at the end of production lines, and every new customer brings a pallet pattern or a product we haven't seen before. As a Robotics Engineer on the Motion team you'll make our arms move faster, safer and smoother.

- Develop and tune motion planning and trajectory optimisation for six-axis industrial arms
- Write production code in C++ and tooling and test harnesses in Python
- Build simulation scenarios that reproduce field issues before we touch a live cell
- Prototype reinforcement learning approaches for grasp and placement selection alongside our classical planners
- Commission new cells on customer sites with our field engineers (about 15% travel)

# What you bring

- BS/MS in Robotics, Mechanical Engineering, Computer Science or similar, plus 2+ years of experience
- Strong C++; ROS 2 experience
- Comfort with the maths of kinematics: linear algebra and multivariable calculus
- Version control with Git and containerised builds with Docker
- You like solving hard problems on real hardware, not just in simulation

# Pay and benefits

The base pay for this role is $112,000 – $138,000. We also offer medical, dental and vision insurance, a 401(k) with 5% match, and 20 days of PTO.

# About us

Tollgrave Robotics designs, builds and installs robotic palletising and depalletising cells for food, beverage and building-products factories. We've shipped more than 900 cells since 2016 from our plant on the Allegheny River. Tollgrave is an equal opportunity employer.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: [
      'ROBO', 'C++', 'Python', 'Reinforcement learning', 'Linear algebra', 'Calculus', 'Git', 'Docker',
      'Problem-solving',
    ],
  },
  {
    id: 't16-a-10',
    title: 'Deep Learning Specialist (Medical Imaging)',
    company: 'Calderscan',
    location: 'One-north, Singapore',
    countryHints: ['SG'],
    format: 'raw',
    body: `<p>Calderscan builds AI that reads chest X-rays and CT scans alongside radiologists. Our software flags nodules, pneumothorax and fractures in more than 300 hospitals and screening centres across Southeast Asia and the Middle East, and is registered with HSA and CE-marked as a medical device.</p><p><strong>What you will do</strong></p><ul><li>Design, train and improve deep learning models for detection and segmentation in TensorFlow and Keras, from CNN backbones to vision transformers</li><li>Work with DICOM data from many scanner vendors; clean and harmonise labels from different radiologist reading protocols</li><li>Evaluate sensitivity, specificity and calibration across hospitals, scanners and patient groups before every release</li><li>Work side by side with our in-house radiologists and regulatory team on clinical validation studies</li></ul><p><strong>What we are looking for</strong></p><ul><li>Master's or PhD in Computer Science, Biomedical Engineering or a related field</li><li>3+ years of hands-on deep learning in Python</li><li>Experience with medical imaging is a strong plus</li><li>The TensorFlow Developer Certificate is a plus</li><li>Good communication skills; you can explain a model's failure to a radiologist without jargon</li></ul><p><strong>What we offer</strong></p><p>Competitive salary and equity, flexible hours, and an office at one-north a few minutes from the MRT.</p>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['SG'],
    mentions: [
      'Neural networks', 'TensorFlow', 'Keras', 'Data cleaning', 'Model evaluation', 'Python', 'CERT_TF',
      'Communication',
    ],
  },
  {
    id: 't16-a-11',
    title: 'MLOps Engineer',
    company: 'Kestrel Fibre',
    location: 'Sydney or Melbourne',
    locations: ['Sydney, NSW', 'Melbourne, VIC'],
    format: 'raw',
    body: `<div><p>Over 380,000 homes and businesses get their internet over Kestrel Fibre, on our own fibre network in Sydney, Melbourne and Brisbane apartment buildings and business parks. When a connection drops, people notice within seconds, so we're using machine learning to spot faults before customers do.</p><h3>About the role</h3><p>Our data scientists have built models that predict network faults, forecast truck rolls and flag customers likely to leave. Right now too many of them live on laptops. You'll build the platform that gets them into production and keeps them healthy.</p><h3>What you'll do</h3><ul><li>Build training and serving pipelines on AWS with SageMaker, and track experiments and model versions in MLflow</li><li>Run model services on our Kubernetes cluster (EKS) in Docker containers</li><li>Set up CI/CD with GitHub Actions so a merged pull request becomes a tested, deployed model</li><li>Monitor drift and prediction quality in production and alert the owning data scientist when a model degrades</li><li>Write Python libraries and templates that make the right way the easy way</li></ul><h3>What you'll bring</h3><ul><li>3+ years in DevOps, platform or ML engineering</li><li>Strong Python and infrastructure-as-code (Terraform)</li><li>Hands-on Kubernetes and AWS</li><li>AWS certification preferred</li></ul><h3>Benefits</h3><ul><li>$145,000 - $165,000 + super</li><li>Free Kestrel Fibre at home</li><li>Hybrid: two days a week in the office</li></ul></div>`,
    role: 'MLE',
    sector: SECTOR.TELCO,
    countries: ['AU'],
    mentions: [
      'DS', 'AWS SageMaker', 'MLflow', 'Kubernetes', 'Docker', 'Deployment pipelines', 'Git', 'Model evaluation', 'Python',
    ],
  },
  {
    id: 't16-a-12',
    title: 'Decision Scientist, Revenue Strategy',
    company: 'Pelican Reach Hotels',
    location: 'Vancouver, BC',
    industry: 'Hospitality',
    format: 'text',
    body: `Pelican Reach Hotels owns and operates 38 hotels and lodges along the Pacific coast, from downtown Vancouver to the Tofino surf beaches.

# About the job

Our revenue team sets room rates for more than 6,000 rooms every night. We want those decisions to rest on evidence rather than habit. As Decision Scientist you will work with revenue managers and the marketing team to test ideas and measure what they're worth.

# Responsibilities

- Build demand and price-sensitivity models, mostly regression-based, for each hotel and season
- Design and analyse A/B tests on our booking site: rate display, package bundles, minimum-stay rules
- Build Tableau views that revenue managers use in their weekly pricing meetings
- Turn results into clear recommendations and present them to hotel general managers and the executive team

# Requirements

- Degree in statistics, economics, operations research or similar
- 3+ years in pricing, revenue management or experimentation
- Python or R for analysis, plus SQL
- A real understanding of how a hotel makes money: occupancy, ADR, RevPAR, channel costs
- Communication that works for busy operators

# Perks

Salary CAD $95,000 – $112,000, bonus, extended health benefits, and free nights at any Pelican Reach property.`,
    role: 'DS',
    sector: null,
    countries: ['CA'],
    mentions: ['DS', 'Regression', 'Hypothesis testing', 'Tableau', 'Python', 'R', 'Business acumen', 'Communication'],
  },
  {
    id: 't16-a-13',
    title: 'Senior Data Engineer',
    company: 'Hexley Borough Council',
    location: 'Maidstone, Kent (hybrid)',
    format: 'html',
    body: `**Salary:** Grade R, £46,731 – £50,269 per annum
**Contract:** Permanent, 37 hours per week
**Closing date:** 14 March

# About us

Hexley Borough Council provides services to 134,000 residents, from bin collections and planning to housing, council tax and leisure centres. Our Insight & Data team helps services understand demand and spend public money where it does the most good.

# About the role

We are moving our data platform off an ageing on-premises Hadoop cluster and onto a modern cloud lakehouse. As Senior Data Engineer you will lead the technical side of that move and look after the pipelines our BI analysts and data scientists depend on.

- Design and build data pipelines in Python and PySpark for housing, council tax, waste and social care data
- Plan and carry out the migration of legacy Hadoop jobs, retiring what is no longer used
- Put in place data quality rules that spot and correct duplicate residents, invalid addresses and missing UPRNs
- Manage code in Git and deploy through CI/CD pipelines
- Explain technical choices to service managers and councillors who are not data specialists
- Coach two junior engineers

# About you

- Proven experience building and running data pipelines in a production environment
- Strong Python and SQL
- Experience with information governance and UK GDPR
- A commitment to public service

# Benefits

Local Government Pension Scheme, 26 days' annual leave rising to 31, flexible working, and a cycle-to-work scheme.

We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria. Hexley Borough Council is committed to safeguarding and promoting the welfare of children and vulnerable adults.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: [
      'DE', 'BIA', 'DS', 'Hadoop', 'Python', 'Apache Spark', 'Data cleaning', 'Git', 'Deployment pipelines', 'Communication',
    ],
  },
  {
    id: 't16-a-14',
    title: 'Senior Computer Vision Engineer, Perception',
    company: 'Vantorra Autonomy',
    location: 'Waterloo, ON',
    format: 'raw',
    body: `<div>Vantorra Autonomy builds the self-driving system for yard trucks and terminal tractors, the vehicles that shuffle trailers around ports, rail yards and distribution centres. Our trucks have driven more than 400,000 driverless kilometres across nine sites in Canada and the US.</div><div><br></div><div>The Perception team turns camera and lidar data into an understanding of the world around the truck: trailers, kingpins, people, forklifts and the occasional goose. You will work with the robotics engineers on our planning team to make sure what we see is what they need.</div><div><br></div><div><h3>Responsibilities</h3><ul><li>Develop 3D detection, tracking and segmentation models using CNNs and transformers in PyTorch</li><li>Write performance-critical inference and pre-processing code in C++ for our on-vehicle computer</li><li>Own camera-lidar calibration and geometry</li><li>Build evaluation sets from closed-course and on-site driving and track metrics for every model release</li><li>Support field testing at customer sites when needed</li></ul></div><div><h3>Qualifications</h3><ul><li>5+ years of experience in computer vision, 2+ on models that run on vehicles or robots</li><li>Expert C++ and Python</li><li>Strong linear algebra and multi-view geometry</li><li>Experience with Docker-based development environments</li></ul></div><div><h3>Compensation</h3><ul><li>CAD $160,000 - $195,000 base, equity, and comprehensive health and dental</li></ul></div><div>Vantorra Autonomy is committed to an inclusive workplace. Accommodations are available upon request.</div>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['ROBO', 'Neural networks', 'PyTorch', 'C++', 'Python', 'Linear algebra', 'Model evaluation', 'Docker'],
  },
  {
    id: 't16-a-15',
    title: 'Natural Language Processing Engineer – Conversational Banking',
    company: 'Straitsbridge Bank',
    location: 'Singapore (Marina Bay)',
    format: 'div',
    body: `Straitsbridge Bank serves 2.8 million retail and small-business customers in Singapore and Malaysia through 41 branches and our mobile app.

# Role overview

Our virtual assistant answers more than a million customer messages a month, from card blocks to fixed deposit rates. We are rebuilding it around large language models and need an engineer who can make it accurate, safe and fast.

# Key responsibilities

- Fine-tune and prompt transformer-based language models for intent detection, retrieval and answer generation
- Train, deploy and monitor models on Google Cloud using Vertex AI
- Integrate the assistant with internal APIs for accounts, cards and payments
- Containerise services with Docker and deploy to Kubernetes (GKE)
- Build evaluation suites that measure answer accuracy, hallucination rate and escalation quality before each release
- Work with Compliance and Risk to document model behaviour in plain English

# Requirements

- Degree in Computer Science or related discipline
- 4+ years of experience in NLP or conversational AI, strong Python
- Experience shipping LLM applications to production
- Comfortable with ambiguity and changing priorities in a regulated setting

Only shortlisted candidates will be notified.`,
    role: 'NLP_ENG',
    sector: SECTOR.FIN,
    countries: ['SG'],
    mentions: [
      'Neural networks', 'Google AI Platform', 'APIs', 'Docker', 'Kubernetes', 'Model evaluation', 'Python', 'Communication',
      'Adaptability',
    ],
  },
  {
    id: 't16-a-16',
    title: 'Business Intelligence Analyst',
    company: 'Mercy Vale Hospital Group',
    location: 'Cork, Ireland',
    format: 'html',
    body: `Mercy Vale Hospital Group runs four private acute hospitals in Cork, Limerick and Waterford, with 620 beds, 24 operating theatres and a busy outpatient and diagnostics service.

# The Role

Reporting to the Head of Performance, the Business Intelligence Analyst will provide the reporting that clinical directors, bed managers and the executive team use to run our hospitals.

# Main Duties

- Develop and maintain Power BI dashboards on bed occupancy, theatre utilisation, length of stay and waiting lists
- Build clear charts and summaries for monthly board packs
- Validate and correct activity data with the HIPE coding team, and find the root cause of errors
- Question the numbers: challenge assumptions behind targets and check that a trend is real before it goes to the board
- Present findings to clinical and non-clinical managers
- Respond to ad hoc requests from the HSE and insurers, often in Excel

# Essential Criteria

- Degree in a numerate discipline
- 2+ years of BI or reporting experience, ideally in healthcare
- Advanced Power BI and SQL skills
- Excellent communication skills

# What We Offer

Competitive salary, pension, health insurance, paid study leave and free car parking on site.

Mercy Vale Hospital Group is an equal opportunities employer.`,
    role: 'BIA',
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['BIA', 'Power BI', 'Visualization', 'Data cleaning', 'Critical thinking', 'Communication'],
  },
  {
    id: 't16-a-17',
    title: 'Senior Product Manager, AI (Agent Assist)',
    company: 'Ticketwren',
    location: 'Remote (US or Canada)',
    countryHints: ['US', 'CA'],
    industry: 'Software Development',
    format: 'escaped',
    body: `Ticketwren is the help desk 18,000 companies use to answer their customers: shared inboxes, live chat, a knowledge base and reporting, all in one place. Our customers range from two-person Shopify stores to hospitals, universities and airlines.

# The team

Agent Assist builds the AI features that help support agents do their best work: suggested replies, automatic ticket summaries, tone checks and knowledge-base search. You'll lead the product side, working with four machine learning engineers, a data scientist and a designer.

# What you'll do

- Own the Agent Assist roadmap and decide what we build and what we don't
- Define how we judge quality before launch: offline evaluation sets, human review and acceptance rates after launch
- Decide how features are packaged and priced across our plans
- Work with engineering on our build-vs-buy choices for models (we use OpenAI models and Azure AI Foundry today)
- Shape the public APIs that let customers plug Agent Assist into their own tools
- Write crisp specs and explain decisions to sales, support and leadership

# You have

- 6+ years in product management, including 2+ on AI or ML products
- Enough technical depth to earn the trust of ML engineers
- Strong business sense: you understand how a SaaS company grows revenue
- Comfort with ambiguity; LLM products change every quarter

# Compensation

US: $170,000 - $205,000 base. Canada: CAD $185,000 - $220,000 base. Plus equity, health benefits and a home office stipend.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['US', 'CA'],
    mentions: ['MLE', 'DS', 'Model evaluation', 'APIs', 'Business acumen', 'Communication', 'Adaptability'],
  },
  {
    id: 't16-a-18',
    title: 'Robotics Engineer – Autonomous Haulage',
    company: 'Quorrin Minerals',
    location: 'Perth WA / FIFO Pilbara',
    format: 'text',
    body: `Quorrin Minerals mines and ships iron ore from three operations in the Pilbara. Our autonomous haulage fleet of 96 trucks moves more than 200 million tonnes of material a year, and our autonomous drill rigs are next.

# About the role

We're looking for a Robotics Engineer to join our Autonomy team. You'll split your time between our Perth operations centre and site (8 days on, 6 off when on site).

# What you'll do

- Integrate and tune the autonomy stack on haul trucks and drill rigs: localisation, path following and obstacle detection
- Write and review C++ and Python code for site-specific tools and diagnostics
- Improve probabilistic state estimation (Kalman and particle filters) for GNSS-degraded areas of the pit
- Investigate stoppages and near misses with the site team and find the root cause
- Work with mine planners to bring new pits and haul roads into the autonomous area

# About you

- Degree in Mechatronics, Robotics, Electrical or Mechanical Engineering
- 3+ years working with autonomous vehicles or mobile robots; ROS experience valued
- Good linear algebra and probability
- A practical problem solver who stays calm when a fleet stops at 3am
- A current WA driver's licence and the ability to pass a pre-employment medical

# What we offer

Attractive base salary plus super and annual incentive, FIFO flights from Perth, and 12 weeks paid parental leave.`,
    role: 'ROBO',
    sector: null,
    countries: ['AU'],
    mentions: ['ROBO', 'C++', 'Python', 'Probability', 'Linear algebra', 'Problem-solving'],
  },
  {
    id: 't16-a-19',
    title: 'Data Scientist – Customer Analytics',
    company: 'Saffronline Telecom',
    location: 'Mumbai, Maharashtra, India',
    format: 'raw',
    body: `<h2>Company Description</h2><p>Saffronline Telecom provides prepaid and postpaid mobile, home broadband and enterprise connectivity to 48 million subscribers across western and southern India.</p><h2>Job Description</h2><p>The Customer Analytics team helps marketing decide which customers to talk to, with what offer, and when. We are hiring a Data Scientist to build churn, upsell and next-best-offer models at scale.</p><ul><li>Build churn and propensity models using XGBoost and similar gradient boosted tree methods</li><li>Segment subscribers with k-means and other clustering methods on usage, recharge and handset data</li><li>Engineer features from recharge patterns, data usage, network experience and complaints</li><li>Design A/B tests for offer campaigns with the marketing team and read out the results</li><li>Work in Python and PySpark on our Hadoop-based data lake</li><li>Publish Tableau dashboards for campaign performance</li><li>Present results to marketing and circle business heads</li></ul><h2>Qualifications</h2><ul><li>B.Tech / M.Sc / MBA with 3-6 years in analytics or data science</li><li>Hands-on experience with Python, SQL and Spark</li><li>Telecom or consumer analytics experience preferred</li></ul><h2>Additional Information</h2><p>Location: Saffronline House, Andheri East, Mumbai. Saffronline Telecom is an equal opportunity employer.</p>`,
    role: 'DS',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: [
      'DS', 'Decision trees', 'Clustering', 'Feature engineering', 'Hypothesis testing', 'Python', 'Apache Spark', 'Hadoop',
      'Tableau', 'Communication',
    ],
  },
  {
    id: 't16-a-20',
    title: 'Data Scientist | Hybrid | London | up to £75k',
    company: 'Dunmore Pike Talent',
    location: 'London, UK',
    format: 'text',
    body: `Data Scientist – Hybrid (2 days in central London) – £65,000 – £75,000 + bonus

Our client, a fast-growing scale-up backed by top-tier investors, is looking for a Data Scientist to join its small but ambitious data team. This is a great chance to have real impact and shape how data is used across the business.

# The role

- Build predictive models using Python (pandas, NumPy, scikit-learn)
- Apply regression and clustering techniques to uncover insights
- Work with stakeholders across the business to turn questions into analysis
- Put models into production alongside the engineering team (Docker)
- Maintain clean, well-documented code in Git

# The person

- 2+ years' commercial experience as a Data Scientist
- Degree in a STEM subject
- Strong communicator, able to explain complex ideas simply
- Right to work in the UK (no sponsorship available)

Interested? Apply now or get in touch with Ciara at Dunmore Pike Talent for a confidential chat.

Dunmore Pike Talent is acting as an employment agency in relation to this vacancy.`,
    role: 'DS',
    sector: null,
    countries: ['GB'],
    mentions: [
      'DS', 'Python', 'Pandas', 'NumPy', 'Scikit-learn', 'Regression', 'Clustering', 'Docker', 'Git', 'Communication',
    ],
  },
  {
    id: 't16-a-21',
    title: 'Applied Scientist II – Demand Forecasting',
    company: 'Basketrow',
    location: 'Hyderabad / Bengaluru',
    locations: ['Hyderabad, Telangana, India', 'Bengaluru, Karnataka, India'],
    format: 'html',
    body: `# The problem

Every night we decide how many litres of milk, bunches of coriander and packets of atta to stock in each of 600 dark stores for the next day. Order too little and a customer's basket arrives incomplete; order too much and fresh produce goes to waste. The Forecasting team owns those numbers.

# What you will do

- Build and improve SKU-by-store demand forecasts, including deep learning models such as temporal fusion transformers alongside simpler baselines
- Produce probabilistic forecasts and help the replenishment team choose service levels from them
- Backtest every model change over past weeks, festivals and monsoon disruptions before it goes live
- Write training and inference jobs in Python and PyTorch that run on Spark over three years of order history
- Explain forecast behaviour to category managers and store operations in plain terms

# What we look for

- Master's or PhD in Statistics, CS, Operations Research or a related field, with 3+ years of experience
- Strong grounding in probability and time-series methods
- Shipped at least one forecasting or ML system to production

# Perks

ESOPs, health cover for you and your parents, free deliveries and a monthly grocery credit.

# About Basketrow

Basketrow delivers groceries and household essentials in 15 minutes across 24 Indian cities. We stock 9,000 products per dark store and deliver more than 1.2 million orders a day.`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['IN'],
    mentions: [
      'Neural networks', 'Probability', 'Model evaluation', 'Python', 'PyTorch', 'Apache Spark', 'Communication',
    ],
  },
  {
    id: 't16-a-22',
    title: 'Machine Learning Engineer',
    company: 'Junctura Mobility',
    location: 'Brisbane QLD 4000',
    format: 'raw',
    body: `<h3>About Junctura</h3><p>Junctura Mobility makes the software that runs traffic signals for city councils and state road agencies. Our platform adjusts signal timings at more than 4,500 intersections in Australia and New Zealand, cutting queues and giving buses and emergency vehicles priority.</p><h3>The role</h3><p>We are bringing predictive signal control to three more councils this year, and we need a Machine Learning Engineer to help us get there. Once a council is ready to go live, your models are what keep traffic moving on day one.</p><h3>What you'll be doing</h3><ul><li>Build models that predict congestion 5 to 30 minutes ahead from detector loops, bus GPS and signal logs, including graph neural networks over the road network</li><li>Consume and publish streams with Kafka</li><li>Package models in Docker and deploy them on Kubernetes, with experiments and model versions tracked in MLflow</li><li>Monitor prediction accuracy per intersection and retrain when it drifts</li><li>Build APIs that feed predictions to signal controllers and council operator dashboards</li></ul><h3>What you'll bring</h3><ul><li>3+ years in ML engineering, with strong Python</li><li>Experience with time-series or spatial data</li><li>Google Professional Machine Learning Engineer certification is a plus</li><li>Australian working rights and the ability to obtain a baseline security clearance</li></ul><h3>Benefits</h3><ul><li>Salary $140k - $160k + 11.5% super</li><li>Flexible hours and a 9-day fortnight option</li></ul>`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: [
      'MLE', 'Neural networks', 'Kafka', 'Docker', 'Kubernetes', 'MLflow', 'Model evaluation', 'APIs', 'Python', 'CERT_GCP',
    ],
  },
  {
    id: 't16-a-23',
    title: 'Data Engineer II',
    company: 'Caldmoor Energy',
    location: 'Calgary, AB T2P',
    industry: 'Utilities',
    format: 'div',
    body: `# Position summary

The Data Engineer II builds and supports the data pipelines behind billing, customer analytics and smart-meter reporting. You will join a team of six engineers in our Calgary office.

# Key accountabilities

- Build and maintain batch and streaming pipelines with Spark and Kafka for interval meter reads from more than 700,000 meters
- Develop validation rules to detect and correct gaps, spikes and duplicate reads before data reaches billing
- Orchestrate jobs with Airflow and write production-quality Python
- Keep code in Git and release through CI/CD pipelines
- Support month-end billing runs and participate in an on-call rotation

# Qualifications

- Post-secondary degree in Computer Science, Engineering or related field
- 3-5 years of data engineering experience
- Experience with cloud data warehouses (Snowflake preferred)
- Professional Engineer (P.Eng.) designation is an asset

# What we offer

Competitive salary, annual incentive plan, defined contribution pension with company match, and a hybrid work schedule.`,
    role: 'DE',
    sector: null,
    countries: ['CA'],
    mentions: ['DE', 'Apache Spark', 'Kafka', 'Data cleaning', 'Python', 'Git', 'Deployment pipelines'],
  },
  {
    id: 't16-a-24',
    title: 'BI Analyst (Tableau) – Student Insights',
    company: 'Halbrook University',
    location: 'Edinburgh, EH8',
    format: 'double',
    body: `Halbrook University is home to 31,000 students and 7,500 staff across four campuses in Edinburgh and the Borders.

# The post

The Student Insights team in Planning & Performance provides the data the University uses to understand recruitment, retention and outcomes. We are looking for a BI Analyst to build and maintain our reporting in Tableau.

# Main responsibilities

- Design Tableau dashboards and visualisations on admissions, progression and graduate outcomes
- Migrate legacy reports from Looker Studio into Tableau and retire what is no longer used
- Clean and reconcile student records from the student information system before statutory returns
- Present findings to Schools, committees and senior managers
- Respond to data requests, some of which will still arrive as Excel files

# Person specification

- Degree or equivalent experience
- Demonstrable experience building dashboards in Tableau
- Good SQL skills
- Excellent written and verbal communication

# Salary

Grade 6: £36,924 – £44,263. 37.5 hours per week, hybrid working available.

Halbrook University is a charity registered in Scotland. We welcome applications from all sections of the community.`,
    role: 'BIA',
    sector: null,
    countries: ['GB'],
    mentions: ['BIA', 'Tableau', 'Visualization', 'Google Data Studio', 'Data cleaning', 'Communication'],
  },
  {
    id: 't16-a-25',
    title: 'Software Engineer, Payments Ledger',
    company: 'Paylark',
    location: 'Toronto, ON',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Paylark&lt;/strong&gt; processes card and bank payments for 26,000 online merchants in Canada and the US, from two-person coffee roasters to national ticketing sites. Every payment that moves through us lands in the ledger, and the ledger has to be right.&lt;/p&gt;&lt;/div&gt;&lt;p&gt;&lt;strong&gt;About the role&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We're hiring a Software Engineer for the Payments Ledger team in Toronto. The ledger records every authorisation, capture, refund and payout as double-entry postings and feeds settlement, merchant statements and our regulatory reports.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;What you'll work on&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Design and build Java services (Java 21, Spring Boot) that post and reconcile millions of entries a day&lt;/li&gt;&lt;li&gt;Publish and consume events on Kafka; make consumers idempotent and replay-safe&lt;/li&gt;&lt;li&gt;Expose REST and gRPC APIs to the merchant dashboard, payouts and risk teams&lt;/li&gt;&lt;li&gt;Deploy to Kubernetes through our CI/CD pipeline; everything ships in Docker containers&lt;/li&gt;&lt;li&gt;Extend our regression suites and contract tests so a ledger bug never reaches production twice&lt;/li&gt;&lt;li&gt;Take part in an on-call rotation (roughly one week in seven, with a paid stipend)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;You might be a fit if you have&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;3+ years of backend development in Java or Kotlin&lt;/li&gt;&lt;li&gt;Experience with relational databases and transactional consistency&lt;/li&gt;&lt;li&gt;Good habits with Git, code review and small pull requests&lt;/li&gt;&lt;li&gt;Some JavaScript/TypeScript is handy for our internal admin tools but is not required&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;Compensation&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;CAD $118,000 &amp;ndash; $142,000 base + stock options + RRSP matching. Hybrid: Tuesdays and Thursdays at our King West office.&lt;/p&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;Paylark welcomes applications from people with disabilities. Accommodations are available on request for candidates taking part in all aspects of the selection process.&lt;/p&gt;&lt;/div&gt;`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['Java', 'Kafka', 'APIs', 'Kubernetes', 'Deployment pipelines', 'Docker', 'Git'],
  },
  {
    id: 't16-a-26',
    title: 'Data Analyst, Ecommerce',
    company: 'Juniper Lane Apparel',
    location: 'Sydney NSW 2010 (Surry Hills)',
    format: 'html',
    body: `Juniper Lane is an Australian fashion label. We design every piece in our Surry Hills studio, have it made by a small group of long-term partner factories, and sell it through our 31 stores and juniperlane.example.

# About the role

Online is now 45% of our sales, and we want to get smarter about how customers shop with us. As our Data Analyst, you'll be the go-to person for questions about the website, email and paid social, and you'll help the ecommerce team spark ideas and test them properly.

# What you'll be doing

- Plan and analyse A/B tests on the site: product page layouts, size guides, free shipping thresholds
- Own our weekly trading reports in Looker Studio and GA4
- Visualise customer behaviour so that non-analysts can see what's going on
- Answer questions from merchandising, marketing and store teams
- Help us move from spreadsheets to SQL and, later, Python

# About you

- 2+ years in a data or insights role, ideally in retail or ecommerce
- Confident with SQL and GA4; Python is a bonus
- Able to tell a clear story with numbers and explain it to creative teams

# Perks

40% staff discount, birthday leave, and a hybrid working week.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Hypothesis testing', 'Google Data Studio', 'Visualization', 'Python', 'Communication'],
  },
  {
    id: 't16-a-27',
    title: 'Analytics Engineer',
    company: 'Cordwell CRM',
    location: 'Remote - US',
    countryHints: ['US'],
    format: 'div',
    body: `# About the role

Our product and go-to-market teams make decisions from the same handful of dashboards, and those dashboards are only as good as the models underneath. As an Analytics Engineer you'll own the dbt layer between raw data and the people who use it.

# What you'll do

- Build and maintain dbt models in Snowflake for product usage, pipeline and revenue metrics
- Write tests that catch duplicate accounts, orphaned records and broken joins, and fix the data behind them
- Review code in Git and keep our CI runs in GitHub Actions green
- Build Looker explores that let teams answer their own questions
- Partner with data engineers on ingestion and with data scientists on metric definitions
- Document models so a new analyst can understand them without asking you

# What you'll bring

- 3+ years in analytics engineering or a similar role
- Expert SQL, working knowledge of Python
- Experience with dbt and a cloud warehouse

# Compensation

$135,000 - $160,000, plus equity and benefits. Fully remote within the US.

# About Cordwell

Cordwell CRM helps 11,000 sales and service teams manage their customers, pipelines and contracts. Our customers include manufacturers, law firms, nonprofits and software companies.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US'],
    mentions: ['Data cleaning', 'Git', 'Deployment pipelines', 'DE', 'DS', 'Python', 'Communication'],
  },
  {
    id: 't16-a-28',
    title: 'Registered Nurse – Medical/Surgical (Full-Time)',
    company: 'Grey Heron General Hospital',
    location: 'Hamilton, ON',
    format: 'text',
    body: `Grey Heron General Hospital is a 410-bed community hospital serving Hamilton and the surrounding Niagara Escarpment communities.

# Position details

Unit: 5 West Medical/Surgical
Status: Permanent Full-Time, 12-hour rotating days and nights
Reports to: Karen Watson, Clinical Manager
Wage: $43.50 – $54.20 per hour (ONA collective agreement)

# Responsibilities

- Provide safe, patient-centred care to adult medical and surgical patients
- Assess, plan, implement and evaluate nursing care in collaboration with the interprofessional team
- Communicate clearly with patients, families and colleagues, including at shift handover
- Administer medications and document care in the electronic health record
- Adapt to changing patient needs and unit priorities

# Qualifications

- Current registration with the College of Nurses of Ontario
- BScN preferred
- Current BLS certification
- Demonstrated critical thinking and clinical judgement
- Med/surg experience an asset

Grey Heron General Hospital is committed to an inclusive, barrier-free recruitment process. Accommodations are available on request.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['Communication', 'Adaptability', 'Critical thinking'],
  },
  {
    id: 't16-a-29',
    title: 'Medical Laboratory Scientist – Haematology',
    company: 'Brackenford Clinical Laboratories',
    location: 'Galway, Ireland',
    industry: 'Hospitals and Health Care',
    format: 'raw',
    body: `<p><strong>Your tasks</strong></p><ul><li>Perform routine and urgent haematology and coagulation testing on automated analysers</li><li>Carry out internal quality control and external quality assessment, and act on results outside limits</li><li>Review and authorise results within your scope of practice</li><li>Phone critical results to GPs and hospital wards promptly and document each call</li><li>Take part in the weekend and on-call rota</li><li>Support method verification when new analysers are introduced, working with our small R&amp;D group</li></ul><p><strong>Your profile</strong></p><ul><li>BSc in Biomedical Science or Medical Laboratory Science</li><li>Registration (or eligibility) with CORU as a Medical Scientist</li><li>Experience in an INAB-accredited laboratory is an advantage</li><li>Clear and calm communication, especially under pressure</li></ul><p><strong>Why us?</strong></p><ul><li>Salary in line with experience, plus shift and on-call allowances</li><li>Pension contribution and health insurance</li><li>Funded CPD and support for the MSc</li></ul><p>We look forward to receiving your application via our careers page.</p>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['IE'],
    mentions: ['Communication'],
  },
  {
    id: 't16-a-30',
    title: 'Store Manager – Birmingham Bullring',
    company: 'Peregrine Mobile',
    location: 'Birmingham, B5',
    format: 'html',
    body: `Peregrine Mobile connects 6 million people across the UK on our 4G and 5G network, with 280 stores from Truro to Inverness.

# The role

Our Bullring store is one of our busiest. As Store Manager you'll lead a team of 14 advisors helping customers choose phones, SIM-only plans and home broadband, and you'll make sure every visit ends with a customer who's glad they came in.

# What you'll do

- Lead, coach and schedule your team to hit sales, customer satisfaction and retention targets
- Use your commercial awareness to spot opportunities: accessories, trade-ins, upgrades and business lines
- Keep stock accurate, from handsets to power banks and cases, and run weekly stock counts
- Track performance in our store reporting tools and the odd Excel sheet
- Handle escalated complaints with patience and clear communication

# What you'll need

- Previous experience managing a retail store or department
- Strong people leadership and a passion for technology
- Flexibility to work weekends and late nights in line with centre opening hours

# What you'll get

Basic salary up to £38,000 plus monthly bonus, a free Peregrine plan, 25% off handsets, and 25 days' holiday plus bank holidays.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Business acumen', 'Communication'],
  },
  {
    id: 't16-a-31',
    title: 'Credit Risk Analyst',
    company: 'Yarraden Credit Union',
    location: 'Melbourne VIC',
    format: 'escaped',
    body: `Yarraden Credit Union is a customer-owned bank with 95,000 members across Victoria. We offer home loans, personal loans, savings accounts and business banking, and we return our profits to members through better rates.

# About the role

Reporting to the Head of Credit Risk, you'll maintain and improve the models and reports that guide our lending decisions and make sure they meet APRA's expectations.

# Key responsibilities

- Build and maintain application and behavioural scorecards using logistic regression
- Backtest and monitor scorecard performance, stability and calibration each quarter
- Support the move of our models from SAS into Python and R, and their deployment through Azure Machine Learning
- Prepare credit risk reports for the Board Risk Committee and write clear papers on policy changes
- Analyse arrears, hardship and portfolio trends, often with large Excel models

# About you

- Tertiary qualifications in statistics, finance, economics or a related field
- 2+ years in credit risk, ideally in a bank, credit union or lender
- Experience with SAS, Python or R
- Strong written communication

# Why Yarraden

Competitive salary + super, 2 extra days of leave for volunteering, and member-only banking discounts.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['AU'],
    mentions: ['Regression', 'Model evaluation', 'Python', 'R', 'Microsoft Azure ML', 'Communication'],
  },
  {
    id: 't16-a-32',
    title: 'Maintenance Technician – 2nd Shift',
    company: 'Prairiestead Foods',
    location: 'Columbus, OH 43228',
    format: 'raw',
    body: `<p><strong>Prairiestead Foods</strong> makes granola, oat bars and breakfast cereals for grocery chains across the Midwest, both under our own brand and for store brands. Our Columbus plant runs four packaging lines, 24 hours a day, five days a week.</p><p><strong>Position Summary</strong></p><p>The Maintenance Technician keeps production and packaging equipment running safely and efficiently on 2nd shift (2:00 pm – 10:30 pm).</p><p><strong>Essential Duties</strong></p><ul><li>Troubleshoot and repair mechanical, electrical, pneumatic and hydraulic equipment on ovens, mixers, form-fill-seal machines and case packers</li><li>Read electrical schematics and work safely on 480V three-phase power distribution</li><li>Complete preventive maintenance work orders and log parts usage in the CMMS</li><li>Use hand and power tools, welders and precision measuring instruments</li><li>Follow lockout/tagout, GMP and food safety rules at all times</li><li>Solve equipment problems quickly and find root causes so they don't come back</li></ul><p><strong>Qualifications</strong></p><ul><li>High school diploma or GED; technical school or apprenticeship preferred</li><li>3+ years of industrial maintenance experience, food manufacturing a plus</li><li>Basic PLC troubleshooting (Allen-Bradley)</li><li>Basic computer skills, including Excel</li></ul><p><strong>Pay &amp; Benefits</strong></p><p>$29.00 – $36.50 per hour plus $1.50 shift differential. Medical, dental, vision, 401(k) with match, and paid time off from day one.</p><p>Prairiestead Foods is an Equal Opportunity Employer.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't16-a-33',
    title: 'Senior Policy Officer (Urban Mobility)',
    company: 'Municipal Services Agency',
    location: 'Singapore',
    format: 'text',
    body: `The Municipal Services Agency (MSA) is a statutory board that coordinates estate cleanliness, street lighting, footpaths and neighbourhood mobility across Singapore's towns.

# What the role is about

You will develop and review policies on active mobility, shared bicycles and personal mobility devices in our housing estates. You will work closely with town councils, other government agencies and community groups, and with the data scientists in our Smart Towns team who analyse footpath usage and incident data.

# What you will be working on

- Research policy options and write clear policy papers and briefing notes for senior management
- Consult residents, operators and partner agencies and present recommendations
- Interpret data and studies, and think critically about the evidence behind each option
- Review the impact of policies after implementation
- Handle parliamentary questions and public feedback

# What we are looking for

- Degree in public policy, economics, urban planning or a related field
- At least 4 years of policy experience
- Strong writing and presentation skills
- Ability to analyse data in Excel

Only shortlisted candidates will be notified.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['SG'],
    mentions: ['DS', 'Communication', 'Critical thinking'],
  },
  {
    id: 't16-a-34',
    title: 'Transport Planner',
    company: 'Ballyvane Haulage',
    location: 'Naas, Co. Kildare',
    format: 'double',
    body: `We move around 1,100 pallets a day for food producers, drinks companies and builders' merchants across Ireland and Northern Ireland, with 64 trucks and a 9,000-pallet warehouse just off the M7.

# The job

Our Transport Planner puts together tomorrow's routes: which truck, which driver, which drops, in what order. It's a busy desk and no two days look the same.

# Responsibilities

- Plan daily routes and loads in our transport management system, making the best use of the fleet
- Keep drivers' hours and tachograph rules front of mind
- Solve problems as they happen: breakdowns, late loads, closed roads, customers who change their mind
- Keep in touch with drivers, the warehouse team and customers by phone and email
- Report on fuel, mileage and on-time delivery using Excel

# What we need

- 2+ years of transport planning experience
- Strong organisation and communication skills
- Good working knowledge of Irish road geography
- CPC qualification an advantage

# What we offer

Competitive salary, Monday to Friday days (with a Saturday morning rota), free parking and a company pension.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Problem-solving', 'Communication'],
  },
  {
    id: 't16-a-35',
    title: 'Sous Chef',
    company: 'Tamarind Row Dining Group',
    location: 'Singapore (Tanjong Pagar)',
    industry: 'Restaurants',
    format: 'text',
    body: `Tamarind Row Dining Group operates five restaurants and a bakery in Singapore, serving modern Peranakan and Southeast Asian food.

# Job responsibilities

- Assist the Head Chef in running the kitchen at our 80-seat flagship on Tras Street
- Supervise and train a brigade of 12 cooks and stewards
- Oversee food preparation, plating standards and consistency during service
- Manage ordering, stock rotation and food cost with the Head Chef
- Ensure full compliance with SFA food hygiene requirements
- Help develop seasonal menus and spark creativity in the team
- Communicate clearly with front-of-house during busy services

# Requirements

- Minimum 3 years' experience as Chef de Partie or Sous Chef in a busy restaurant
- Basic Food Hygiene certificate (WSQ)
- A go-getter attitude and willingness to work weekends and public holidays

# Benefits

Salary SGD 4,200 – 5,000, staff meals, medical benefits, and dining discounts at all our outlets.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Communication'],
  },
  {
    id: 't16-a-36',
    title: 'Management Accountant',
    company: 'Abacura Software',
    location: 'Pune, Maharashtra',
    format: 'escaped',
    body: `# Role summary

We are looking for a Management Accountant to join our Finance team in Pune. You will own month-end close for our India entity and help business leaders understand where the money goes.

# Responsibilities

- Prepare monthly management accounts, accruals and reconciliations
- Build and maintain Power BI reports on revenue, cost centres and headcount
- Partner with department heads on budgets and forecasts; explain variances in plain language
- Support statutory audit, GST and transfer pricing documentation
- Improve processes and reduce reliance on manual Excel workbooks

# Requirements

- CA / CMA qualified with 3-5 years of post-qualification experience
- Experience in a software or SaaS company is preferred
- Strong understanding of how subscription businesses make money (ARR, churn, margins)
- Advanced Excel; Power BI experience is a plus
- Good communication skills

# About Abacura

Abacura Software makes cloud ERP for mid-sized companies: finance, procurement, inventory and HR in one system. More than 3,000 businesses in India, the Middle East and Southeast Asia run on Abacura.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['Power BI', 'Business acumen', 'Communication'],
  },
];
