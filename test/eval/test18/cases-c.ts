// test18, half C: 36 held-out postings in English, from the seven main English-posting markets and twelve others.
//
// Composition
// - Countries: US 01, 08, 12, 30 (30 also CA); CA 04, 09 (location "Hybrid" only: label []), 31; GB 02, 14, 17,
//   25 (written "Glasgow, Scotland"), 32 (also IE); AU 05, 11, 33; IN 03, 10, 16, 34 (countryHints only);
//   SG 06, 13 (also MY), 35; IE 07, 15, 36; NZ 18, 28 (no location, countryHints only); ZA 19, 29; PH 20;
//   AE 21 (also SA), 27; MY 22; KE 23 (also UG); HK 24; NG 26. Two or more countries: 13, 21, 23, 30, 32.
// - Roles: MLE 01, 13, 15 (MLOps Engineer), 21; DS 02, 12, 18, 23; DE 03, 11, 19; BIA 04, 14 (BI Developer),
//   20 (Power BI Developer); ARS 07, 24 (Research Scientist, Machine Learning); CVE 05, 16; NLP_ENG 06, 17;
//   AIPM 09; ROBO 08, 22; DLS 10. Role null: 25 Data Analyst, 26 Backend Software Engineer, 27 Registered Nurse,
//   28 Store Manager, 29 Fibre Field Technician, 30 Analytics Engineer, 31 Data Analyst, 32 Product Manager,
//   33 Veterinary Nurse, 34 QA Automation Engineer, 35 Research Scientist (plant genomics), 36 Quantity Surveyor.
// - Sectors: IT 5 (07, 09, 20, 30, 34); FIN 5 (01, 04, 15, 23, 24); HEALTH 4 (06, 10, 12, 27);
//   RETAIL 4 (02, 13, 14, 28); TELCO 3 (03, 17, 29); AUTO 4 (05, 08, 16, 22); PUBLIC 3 (11, 21, 31);
//   null 8 (18, 19, 25, 26, 32, 33, 35, 36).
// - Formats: raw 01, 17 (Greenhouse content), 05 (Workday), 07, 30 (Ashby), 10, 19 (SmartRecruiters sections),
//   12 (JSON-LD), 13 (Lever), 24, 27 (Workable), 33 (Recruitee); html 06, 16, 18, 25, 34; div 03, 11, 22, 31, 36;
//   escaped 02, 09, 15, 26, 32; double 08, 21, 29, 35; text 04, 14, 20, 23, 28.
// - Board industry field on: 14, 18, 22, 25, 27, 36 (22 and 36 have no company intro at all).
//
// Hard calls
// Sector — 05: builds inspection cells for manufacturers' production lines: systems made for factories → AUTO.
// Sector — 09: HR and scheduling software sold to employers in many industries: business software → IT.
// Sector — 14: group of car dealerships (motor retail) → RETAIL.
// Sector — 18: electricity and gas "retailer": energy and utilities are unclassified → null.
// Sector — 20: Microsoft partner / IT services firm whose clients span many industries → IT.
// Sector — 21: traffic management and smart parking platforms for municipalities → PUBLIC (Smart Cities).
// Sector — 22: no intro; industry field and "equipment built in our Penang factory": a machine maker, not a chip
//   maker → AUTO.
// Sector — 25: housing association and registered charity: non-profit / housing → null.
// Sector — 26: freight and trucking company with its own tech team: logistics → null.
// Sector — 29: open-access fibre-to-the-home network operator → TELCO.
// Sector — 30: project workspace software for agencies, studios and consultancies (industries outside the seven) → IT.
// Sector — 31: publicly run transit authority → PUBLIC.
// Sector — 32: online travel company with a checkout and payments: travel booking is unclassified → null.
// Sector — 33: veterinary hospital → null (vets). 35: non-profit research institute → null. 36: construction → null.
// Role — 14 "BI Developer" and 20 "Power BI Developer" → BIA; 15 "MLOps Engineer" → MLE; 24 "Research Scientist,
//   Machine Learning" → ARS; 30 "Senior Analytics Engineer", 25/31 "Data Analyst", 35 "Research Scientist, Plant
//   Genomics" and 34 "QA Automation Engineer" → null.
// Countries — 05 Workday "AUS - South Australia - Mawson Lakes" → AU; 11 "Warwick QLD 4370" → AU (not Warwick,
//   England); 31 "Hamilton, ON L8P 4R5" → CA; 16 "Pune, MH" → IN; 18 "Auckland CBD, Auckland" → NZ; 24 "Central,
//   Hong Kong" → HK; 09 "Hybrid" with no hints → [] although the body names the Toronto and Halifax offices and CAD pay;
//   21 location "Dubai" plus locations in the UAE and Saudi Arabia → AE, SA; 34 "Remote" + hint IN.
// Mentions
// 01: gradient-boosted / LightGBM → Decision trees; precision, recall, drift alerts → Model evaluation; "reading Java
//   services" → Java; "explain a model's trade-offs to a compliance officer" → Communication.
// 02: propensity models with logistic regression → Regression; trials with significance testing → Hypothesis
//   testing; "commercial mindset" → Business acumen; "question assumptions" → Critical thinking.
// 03: data quality checks for missing, duplicate and malformed records → Data cleaning; "BI analysts" → BIA;
//   "Hadoop cluster" is not Clustering.
// 04: validating source data and resolving discrepancies → Data cleaning; Power BI dashboards → Visualization.
// 05: "clean image datasets" → Data cleaning; measuring against false reject / escape rates → Model evaluation;
//   "solving problems on the factory floor" → Problem-solving. Travel to New Zealand does not add a country.
// 07: "ML engineers" → MLE; RL from human and AI feedback → Reinforcement learning; evaluation suites and
//   benchmarks → Model evaluation; reading groups not counted as Continuous learning.
// 08: "regression suites" is testing, not Regression; probabilistic occupancy maps + "probability" → Probability.
// 09: "machine learning engineers" → MLE; offline evaluation → Model evaluation; A/B tests → Hypothesis testing;
//   "comfort with ambiguity in a fast-changing area" → Adaptability; learning budget is a perk, not a requirement.
// 10: "Research & Development" is not R; "MLOps engineers" → MLE; AUC/sensitivity → Model evaluation; "GPU
//   cluster" is not Clustering; "keeps up to date with the latest research" → Continuous learning.
// 11: "Business Intelligence team" names a team, not the BIA role; modelling data for Power BI is not Visualization;
//   Azure DevOps Repos + Git → Git only (no pipeline named); "Azure data platform" is not Azure ML.
// 12: random forests → Decision trees; the Enterprise Data team's "data engineers" → DE; calibration and validation of risk models → Model evaluation; randomized
//   pilots and A/B tests → Hypothesis testing; GitHub → Git.
// 13: two-tower neural networks → Neural networks; NDCG and recall@k → Model evaluation; "communication skills in
//   English" → Communication.
// 14: "correcting errors at source" → Data cleaning; both "BI Developer" and "BI Analyst" in the body → BIA.
// 15: SageMaker → AWS SageMaker; GitLab CI → Git + Deployment pipelines; EKS → Kubernetes; drift monitoring →
//   Model evaluation; the AWS ML Specialty is named exactly → CERT_AWS.
// 16: the body never names the Computer Vision Engineer role ("an engineer"), so no CVE; KPI dashboards →
//   Visualization; TensorFlow/Keras → TensorFlow + Keras.
// 17: customer account APIs → APIs; CI/CD → Deployment pipelines; "Hugging Face" is not a label.
// 18: probabilistic price forecasts → Probability; backtesting forecast models → Model evaluation; "willingness to
//   learn the energy market" → Continuous learning.
// 19: cleansing and reconciliation → Data cleaning; CI/CD pipelines in Azure DevOps → Deployment pipelines.
// 20: "Power BI Developer" in the body → BIA; PL-300 is not one of the labelled certifications; Azure Machine
//   Learning → Microsoft Azure ML.
// 21: graph neural networks → Neural networks; Vertex AI → Google AI Platform; Kubeflow Pipelines → Kubeflow;
//   the Google Professional ML Engineer certification is named exactly → CERT_GCP; "project managers" is not AIPM;
//   APIs feeding "control-room dashboards" is not Visualization.
// 22: "vision systems" does not name the CVE role; "Robotics Engineer" in the requirements → ROBO.
// 23: scorecards with Gini/PSI and backtests → Model evaluation; "build robust features" → Feature engineering.
// 24: "Research Scientist" in the body with an ML topic → ARS; Bayesian methods → Probability; "question your own
//   results" → Critical thinking; gradient-boosted trees → Decision trees.
// 26: GitHub Actions → Git + Deployment pipelines; REST and GraphQL APIs → APIs; "data engineer" → DE.
// 27: "communicate effectively with patients" (a duty) → Communication; "adapt quickly" → Adaptability;
//   "evaluate nursing care" is not Model evaluation.
// 28: weekend and public holiday availability is not Adaptability; "commercial sense" → Business acumen.
// 29: "Grade 12" is not R; only Problem-solving.
// 30: tests that catch bad data → Data cleaning; dashboards for leadership → Visualization; GitHub workflows → Git;
//   "business sense" → Business acumen; plain Looker is not Google Data Studio.
// 31: before-and-after studies with statistical tests → Hypothesis testing; maps and dashboards → Visualization.
// 32: A/B tests → Hypothesis testing; Looker Studio → Google Data Studio; "commercial judgement" → Business acumen.
// 33: "able to adapt when the day doesn't go to plan" → Adaptability; "clear communicator" → Communication.
// 34: Jenkins pipelines and CI/CD → Deployment pipelines; "regression and smoke tests" is not Regression;
//   "Java or TypeScript" → Java.
// 35: ridge regression → Regression; random forests → Decision trees; "data scientists" → DS.
// 36: Power BI dashboards for management → Visualization.
// Label review (docs/mention-labels.md)
// - t18-c-04: − Visualization ("Power BI dashboards" only)
// - t18-c-14: − Visualization ("Power BI reports and dashboards" only)
// - t18-c-20: − Visualization ("interactive Power BI dashboards" only)
// - t18-c-25: − Visualization ("Develop dashboards in Power BI" only)
// - t18-c-30: − Visualization ("Maintain our Looker semantic layer and build the dashboards" only)
// - t18-c-36: − Visualization ("build Power BI dashboards" only)
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST18_C: HoldoutCase[] = [
  {
    id: 't18-c-01',
    title: 'Machine Learning Engineer, Risk',
    company: 'Lumenvale Payments',
    location: 'Charlotte, NC',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;h2&gt;About Lumenvale&lt;/h2&gt;
&lt;p&gt;Lumenvale Payments processes card and ACH payments for more than 40,000 independent merchants across North America. Every authorization we approve runs through our risk platform in under 80 milliseconds.&lt;/p&gt;&lt;/div&gt;
&lt;h3&gt;The role&lt;/h3&gt;
&lt;p&gt;Our Risk Engineering team builds the models that decide whether a transaction looks like fraud, whether a new merchant should be onboarded, and when a chargeback pattern needs a human look. As a Machine Learning Engineer you will own models from the first notebook to the production scoring service.&lt;/p&gt;
&lt;p&gt;The team is nine people today: six engineers, two risk scientists and a product manager. We sit next to (and on Slack with) the Risk Operations analysts who review the cases our models flag, so you&#39;ll usually see the effect of a threshold change the same afternoon you ship it.&lt;/p&gt;
&lt;h3&gt;What you&#39;ll do&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Train and ship gradient-boosted models (mostly LightGBM) that score card transactions in real time&lt;/li&gt;
&lt;li&gt;Build streaming features from our Kafka event bus together with our data engineers&lt;/li&gt;
&lt;li&gt;Package models in Docker and deploy them through our CI/CD pipeline to Kubernetes&lt;/li&gt;
&lt;li&gt;Track precision, recall and dollar-weighted loss after launch, and set up alerts for drift&lt;/li&gt;
&lt;li&gt;Work with risk analysts and the chargeback operations team to turn investigation notes into new signals&lt;/li&gt;
&lt;li&gt;Help decide which of our rules-based checks should be replaced by models, and which should stay as rules&lt;/li&gt;
&lt;li&gt;Write design docs and take part in the on-call rotation for the scoring service (roughly one week in eight)&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;What we&#39;re looking for&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;3+ years building ML systems in production, ideally in payments, lending or ad fraud&lt;/li&gt;
&lt;li&gt;Strong Python and SQL; comfortable reading Java services&lt;/li&gt;
&lt;li&gt;Experience with feature engineering for highly imbalanced data&lt;/li&gt;
&lt;li&gt;You can explain a model&#39;s trade-offs to a compliance officer as clearly as to an engineer&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Nice to have&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Graph-based features for merchant and device networks&lt;/li&gt;
&lt;li&gt;Familiarity with card network rules and chargeback reason codes&lt;/li&gt;
&lt;li&gt;Experience with a stream processing framework such as Flink&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;How we work&lt;/h3&gt;
&lt;p&gt;We&#39;re hybrid: Tuesday to Thursday in our Charlotte office in South End, the rest of the week from wherever you work best. We write things down, review each other&#39;s code, and try hard to keep meetings under ten hours a week.&lt;/p&gt;
&lt;h3&gt;Our interview process&lt;/h3&gt;
&lt;p&gt;A 30-minute recruiter call, a 60-minute technical screen with an engineer, a modelling exercise (take-home or live, your choice), and a final round of three conversations with the team and our Head of Risk. We aim to make a decision within two weeks of your first call.&lt;/p&gt;
&lt;h3&gt;Compensation and benefits&lt;/h3&gt;
&lt;p&gt;The base salary range for this role in Charlotte is $148,000 - $182,000. Final offers depend on experience and location.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Annual bonus target of 10%&lt;/li&gt;
&lt;li&gt;Medical, dental and vision coverage from day one, with employee premiums fully paid&lt;/li&gt;
&lt;li&gt;401(k) with a 4% match, vested immediately&lt;/li&gt;
&lt;li&gt;16 weeks of paid parental leave&lt;/li&gt;
&lt;li&gt;20 days of PTO plus 11 company holidays&lt;/li&gt;
&lt;li&gt;$1,500 a year for conferences, courses and books&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;We are unable to sponsor or take over sponsorship of an employment visa for this role.&lt;/p&gt;
&lt;p&gt;&lt;em&gt;Lumenvale Payments is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. If you need a reasonable accommodation at any stage of the hiring process, please contact our recruiting team. Lumenvale participates in E-Verify.&lt;/em&gt;&lt;/p&gt;`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['US'],
    mentions: [
      'MLE', 'Decision trees', 'Kafka', 'DE', 'Docker', 'Deployment pipelines', 'Kubernetes', 'Model evaluation',
      'Python', 'Java', 'Feature engineering', 'Communication',
    ],
  },
  {
    id: 't18-c-02',
    title: 'Data Scientist - Customer Insight',
    company: 'Mossgrove Supermarkets',
    location: 'London / Leeds',
    format: 'escaped',
    body: `Mossgrove has been selling good food at fair prices since 1962. Today we run 310 supermarkets and 160 convenience stores across England and Wales, plus a growing home delivery business.

# About the team
Customer Insight sits within our Data & Analytics function and works with Trading, Marketing and Loyalty. We look after the data behind Mossgrove Rewards, which 9 million customers use every week. As a Data Scientist in the team, you'll turn that data into decisions about prices, promotions and ranges.

# What you'll be doing
- Building propensity and churn models using logistic regression and gradient boosting
- Segmenting customers with clustering techniques and keeping the segments fresh as shopping habits change
- Designing and analysing in-store and online trials, from sample size to significance testing
- Working closely with data engineers to get reliable data into our Databricks environment
- Presenting findings to senior trading colleagues in a clear, non-technical way

# What we're looking for
- Degree in a quantitative subject, or equivalent experience
- Solid Python (pandas, scikit-learn) and SQL
- Experience with Spark is a bonus
- A commercial mindset: you care about what the numbers mean for our customers and our stores
- You question assumptions and look for the story behind the numbers

# What's in it for you
- Salary £52,000 - £60,000 plus bonus
- 15% colleague discount from day one
- Hybrid working: two days a week in our London or Leeds office
- 26 days holiday plus bank holidays

We're committed to being an inclusive employer and welcome applications from everyone. If you need any adjustments during the application process, please let us know.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: [
      'DS', 'Regression', 'Decision trees', 'Clustering', 'Hypothesis testing', 'DE', 'Communication', 'Python',
      'Pandas', 'Scikit-learn', 'Apache Spark', 'Business acumen', 'Critical thinking',
    ],
  },
  {
    id: 't18-c-03',
    title: 'Data Engineer - Network Analytics',
    company: 'Navtara Telecom',
    location: 'Bengaluru, Karnataka, India',
    format: 'div',
    body: `Navtara Telecom is one of India's fastest growing mobile and home broadband operators, serving over 60 million subscribers across 14 telecom circles.

# Role overview
The Network Analytics team turns billions of daily network events (call detail records, cell-site KPIs, fibre alarms) into data that planners and operations engineers can trust. We are hiring a Data Engineer to build and run the batch and streaming pipelines behind this work.

# Key responsibilities
- Design, build and maintain ingestion pipelines on Spark and Kafka for CDR and probe data
- Migrate legacy jobs from our on-premise Hadoop cluster to the cloud lakehouse
- Write data quality checks that catch missing, duplicate and malformed records before they reach reports
- Orchestrate workflows in Airflow and manage code in Git with peer reviews
- Support data scientists and BI analysts with well-modelled, documented tables

# Requirements
- B.E./B.Tech in Computer Science or related field with 3-6 years of experience
- Strong programming skills in Python or Scala and advanced SQL
- Hands-on experience with Apache Spark, Kafka and the Hadoop ecosystem (HDFS, Hive)
- Exposure to Docker and Kubernetes is good to have
- Good problem-solving skills and ownership of what you build

Navtara Telecom is an equal opportunity employer.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: [
      'DE', 'Apache Spark', 'Kafka', 'Hadoop', 'Data cleaning', 'Git', 'DS', 'BIA', 'Python', 'Docker', 'Kubernetes',
      'Problem-solving',
    ],
  },
  {
    id: 't18-c-04',
    title: 'Business Intelligence Analyst',
    company: 'Prairiewide Credit Union',
    location: 'Saskatoon, SK',
    format: 'text',
    body: `Prairiewide Credit Union is a member-owned financial cooperative with 34 branches across Saskatchewan and Alberta. We offer everyday banking, agricultural lending, mortgages and wealth services to more than 190,000 members.

# About the role
Reporting to the Manager, Enterprise Analytics, the Business Intelligence Analyst builds and maintains the reports and dashboards that branch, lending and executive teams use to run the credit union. This is a permanent, full-time position based at our Saskatoon head office, with up to two days a week from home.

# Responsibilities
- Develop and maintain Power BI dashboards for deposits, loan growth, delinquency and member experience
- Write and optimize SQL queries against our data warehouse
- Validate source data and work with system owners to resolve discrepancies
- Gather reporting requirements from branch and lending leaders
- Document report logic and support end users with training

# Qualifications
- Degree or diploma in business, computer science, statistics or a related field
- 2+ years of experience in a reporting or BI role, preferably in financial services
- Advanced skills in Power BI (DAX, Power Query) and SQL; Excel is a must
- Strong attention to detail and the ability to explain data to people who don't work with it every day
- Experience with Tableau or SSRS is an asset

# What we offer
Competitive salary ($68,000 - $84,000), defined contribution pension with employer matching, health and dental benefits, and paid volunteer days.

Prairiewide is committed to employment equity and welcomes applications from Indigenous peoples, visible minorities, persons with disabilities and women. Accommodations are available on request throughout the recruitment process.`,
    role: 'BIA',
    sector: SECTOR.FIN,
    countries: ['CA'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Tableau'],
  },
  {
    id: 't18-c-05',
    title: 'Computer Vision Engineer',
    company: 'Occulux Inspection Systems',
    location: 'AUS - South Australia - Mawson Lakes',
    format: 'raw',
    body: `<p><b>About Occulux</b></p><p>Occulux Inspection Systems designs and builds automated visual inspection cells for manufacturers. Our systems sit on production lines in food packaging, automotive components and pharmaceutical blister packing, catching defects that human inspectors miss at line speed.</p><p></p><p><b>The Opportunity</b></p><p>We are looking for a Computer Vision Engineer to join our engineering team in Mawson Lakes. You will develop the defect detection models and image processing pipelines that run on our inspection cells, working alongside mechanical, optical and software engineers.</p><p><b>Key Responsibilities</b></p><ul><li>Develop and train convolutional neural networks for defect detection and segmentation using PyTorch</li><li>Build classical image processing routines in OpenCV for alignment, measurement and lighting correction</li><li>Optimise models for deployment on NVIDIA Jetson modules and industrial PCs (TensorRT, ONNX)</li><li>Label, curate and clean image datasets collected from customer sites</li><li>Measure model performance against customer acceptance criteria (false reject rate, escape rate) and report results</li><li>Travel to customer sites in Australia and New Zealand for commissioning (approx. 15%)</li></ul><p><b>About You</b></p><ul><li>Degree in Engineering, Computer Science or Mathematics; postgraduate study in computer vision highly regarded</li><li>3+ years experience with Python and C++ in a computer vision context</li><li>Solid understanding of linear algebra and camera geometry</li><li>Experience with industrial cameras, lenses and lighting is a plus</li><li>A practical, hands-on approach to solving problems on the factory floor</li></ul><p><b>Why Occulux</b></p><p>Flexible hours, a 9-day fortnight option, salary packaging and a well-equipped lab. Applicants must have full working rights in Australia.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['AU'],
    mentions: [
      'CVE', 'Neural networks', 'PyTorch', 'Data cleaning', 'Model evaluation', 'Python', 'C++', 'Linear algebra',
      'Problem-solving',
    ],
  },
  {
    id: 't18-c-06',
    title: 'NLP Engineer (Clinical Text)',
    company: 'Orchard Crest Medical Group',
    location: 'Singapore',
    format: 'html',
    body: `Orchard Crest Medical Group runs two private hospitals, 18 specialist clinics and a home nursing service across Singapore. Our Digital Health Office builds the tools our doctors and nurses use every day.

# The role
Clinicians at Orchard Crest write thousands of discharge summaries, referral letters and nursing notes every day. As an NLP Engineer in the Digital Health Office, you will build models that extract diagnoses, medications and follow-up actions from this free text, so that care teams spend less time on paperwork and more time with patients.

# What you will do
- Fine-tune transformer models (e.g. clinical BERT variants) for named entity recognition and classification of clinical notes
- Build de-identification pipelines that remove patient identifiers before data leaves the clinical network
- Work with our clinical coders to write annotation guidelines and build gold-standard datasets
- Evaluate models with precision, recall and F1, and run error analysis with clinicians
- Expose models as internal REST APIs consumed by our EHR integration team

# What we are looking for
- Degree in Computer Science, Computational Linguistics or a related field
- 2+ years of hands-on NLP experience in Python with PyTorch or TensorFlow
- Familiarity with Docker and with deploying models on-premise
- Ability to explain model behaviour to doctors and nurses who are not technical
- Experience with medical terminology (ICD-10, SNOMED CT) is an advantage

Only shortlisted candidates will be notified. By submitting your application, you consent to the collection, use and disclosure of your personal data for recruitment purposes in accordance with the PDPA.`,
    role: 'NLP_ENG',
    sector: SECTOR.HEALTH,
    countries: ['SG'],
    mentions: [
      'NLP_ENG', 'Neural networks', 'Model evaluation', 'APIs', 'Python', 'PyTorch', 'TensorFlow', 'Docker',
      'Communication',
    ],
  },
  {
    id: 't18-c-07',
    title: 'Senior AI Research Scientist',
    company: 'Quorvane AI',
    location: 'Hybrid - Dublin',
    format: 'raw',
    body: `<p style="min-height:1.5em"><strong>About Quorvane</strong></p><p style="min-height:1.5em">Quorvane AI is a research-driven company building multimodal models that read complex documents: contracts, invoices, technical drawings and scanned forms. Software companies in more than 30 countries use our models through our API. We are 70 people, split between Dublin and London.</p><p style="min-height:1.5em"><strong>The role</strong></p><p style="min-height:1.5em">As a Senior AI Research Scientist you will lead research projects on long-context document reasoning, from the first idea to a model that ships in our product. You will work closely with our ML engineers, who own training infrastructure and serving.</p><p style="min-height:1.5em"><strong>You will</strong></p><ul><li><p style="min-height:1.5em">Design and run experiments on transformer architectures for layout-aware document understanding</p></li><li><p style="min-height:1.5em">Explore post-training methods, including reinforcement learning from human and AI feedback</p></li><li><p style="min-height:1.5em">Build evaluation suites that reflect how customers actually use our models, and keep our benchmarks honest</p></li><li><p style="min-height:1.5em">Publish at top venues when it makes sense, and present papers in our internal reading group</p></li></ul><p style="min-height:1.5em"><strong>You have</strong></p><ul><li><p style="min-height:1.5em">A PhD in machine learning, NLP, computer vision or a related field, or equivalent research experience</p></li><li><p style="min-height:1.5em">A strong publication record or open-source work that others build on</p></li><li><p style="min-height:1.5em">Fluency in Python and PyTorch; JAX is a plus</p></li><li><p style="min-height:1.5em">Solid grounding in probability, linear algebra and optimisation</p></li><li><p style="min-height:1.5em">The ability to explain your research clearly to engineers and product people</p></li></ul><p style="min-height:1.5em"><strong>Benefits</strong></p><p style="min-height:1.5em">Competitive salary and meaningful equity, private health insurance, pension contribution, a generous compute budget for your own research and a yearly learning allowance.</p>`,
    role: 'ARS',
    sector: SECTOR.IT,
    countries: ['IE'],
    mentions: [
      'ARS', 'MLE', 'Neural networks', 'Reinforcement learning', 'Model evaluation', 'Python', 'PyTorch',
      'Probability', 'Linear algebra', 'Communication',
    ],
  },
  {
    id: 't18-c-08',
    title: 'Robotics Engineer II',
    company: 'Pallaxis Robotics',
    location: 'Pittsburgh, PA 15222',
    format: 'double',
    body: `Pallaxis Robotics designs and manufactures autonomous mobile robots that move pallets and totes in warehouses and distribution centers. More than 2,000 of our robots are at work today in facilities across North America.

# What you'll work on
As a Robotics Engineer on the Navigation team, you'll improve how our robots localize, plan paths and share aisles safely with people and forklifts.

- Develop and tune localization and path-planning algorithms in C++ on ROS 2
- Fuse lidar, wheel odometry and IMU data with Kalman filters and probabilistic occupancy maps
- Build simulation scenarios and regression suites to catch navigation bugs before field release
- Analyze fleet logs with Python to find the causes of stops and near-misses
- Support field engineers during customer deployments (up to 20% travel)

# Requirements
- BS or MS in Robotics, Mechanical, Electrical or Computer Engineering
- 2-5 years of experience with mobile robots or autonomous vehicles
- Strong C++ and working knowledge of Python
- Good grounding in linear algebra, probability and state estimation
- Comfortable with Git-based workflows and code review

# Nice to have
- Experience with reinforcement learning for motion planning
- Docker-based simulation environments

Pay range: $118,000 - $145,000 per year, plus equity. Benefits include medical, dental, vision, 401(k) match, and 15 days of PTO.

Pallaxis Robotics is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['ROBO', 'C++', 'Probability', 'Python', 'Linear algebra', 'Git', 'Reinforcement learning', 'Docker'],
  },
  {
    id: 't18-c-09',
    title: 'AI Product Manager',
    company: 'Moraine Labs',
    location: 'Hybrid',
    format: 'escaped',
    body: `Moraine Labs makes HR and scheduling software used by 4,000 mid-sized employers in retail, healthcare, hospitality and logistics. Our platform handles shift scheduling, time tracking and employee self-service for more than a million hourly workers.

# About the role
We're hiring our first AI Product Manager to lead the features that use machine learning and large language models: demand-based schedule suggestions, an assistant that answers employees' policy questions, and smarter shift-swap matching. You'll work from our Toronto office three days a week.

Moraine's AI work started two years ago with a small team and a single forecasting model. Today the Applied AI group is eleven people, and the features it ships are used by more than 300,000 employees every week. You'll be the product lead for the whole group, reporting to our VP of Product.

# What you'll do
- Own the roadmap for AI features, from discovery with customers to launch and adoption
- Work day to day with our machine learning engineers and data scientists to define success metrics and acceptance criteria for models
- Decide when a model is good enough to ship by reviewing offline evaluation results and running A/B tests in production
- Work with Legal and Security on responsible AI, privacy and customer data commitments
- Write clear specs and communicate trade-offs to executives, sales and support

# What you bring
- 4+ years of product management experience in B2B SaaS, including at least one shipped ML or LLM feature
- Enough technical depth to discuss model evaluation, latency and cost with engineers
- Strong business acumen: you can connect a model improvement to retention and revenue
- Comfort with ambiguity in a fast-changing area
- Bonus: hands-on SQL or Python

# Your first 90 days
- Meet at least 20 customers across our main industries to understand how managers build schedules today
- Review every AI feature currently in production, including how it is measured and where it falls short
- Agree a two-quarter roadmap with Engineering, Design and our Head of Applied AI
- Ship at least one improvement to the employee assistant

# How we work
We are a hybrid company with offices in Toronto and Halifax. Teams plan in six-week cycles, write decisions down and demo their work every Friday. We care more about outcomes than hours online.

# Our interview process
- Intro call with our recruiter (30 minutes)
- Conversation with our VP of Product (45 minutes)
- Product case: walk us through how you would launch an AI feature when the data is imperfect (60 minutes)
- Meet the team: engineering, design and customer success (3 x 30 minutes)

# Perks
- Salary range $135,000 - $165,000 CAD plus stock options
- Health, dental and vision from day one, with premiums fully covered
- RRSP matching up to 4%
- Four weeks of vacation plus a company-wide week off in December
- $1,500 annual learning budget and a home office allowance

Moraine Labs is an equal opportunity employer. We welcome applications from people of all backgrounds, identities and abilities, and we know that great candidates don't always tick every box. Accommodations are available on request for candidates taking part in all aspects of the selection process.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: [],
    mentions: [
      'AIPM', 'MLE', 'DS', 'Model evaluation', 'Hypothesis testing', 'Communication', 'Business acumen',
      'Adaptability', 'Python',
    ],
  },
  {
    id: 't18-c-10',
    title: 'Deep Learning Specialist - Medical Imaging',
    company: 'Nilaya Imaging',
    location: 'Hyderabad, Telangana, India',
    format: 'raw',
    body: `<p><strong>Nilaya Imaging</strong> builds AI software that helps radiologists read chest X-rays, CT scans and mammograms faster and more accurately. Our products are CE-marked and CDSCO-registered and are used in more than 400 hospitals and diagnostic centres in India, Southeast Asia and the Middle East.</p><p><strong>About the role</strong></p><p>We are looking for a Deep Learning Specialist to join our Research &amp; Development team in Hyderabad. You will take new detection and triage products from early prototype to a validated model ready for regulatory submission.</p><ul><li>Design and train deep neural networks (CNNs, vision transformers) for detection and segmentation of findings in 2D and 3D scans</li><li>Work with radiologists to define labelling protocols and review difficult cases</li><li>Validate models on multi-site data and report sensitivity, specificity and AUC with confidence intervals</li><li>Improve training throughput with mixed precision and distributed training on our GPU cluster</li><li>Collaborate with MLOps engineers to move models into production</li></ul><p><strong>Qualifications</strong></p><ul><li>M.Tech / M.S. / PhD in Computer Science, Electrical Engineering or a related field</li><li>3+ years of experience in deep learning for computer vision, preferably medical imaging</li><li>Expert in Python and PyTorch; experience with MONAI is a plus</li><li>Strong foundation in probability and statistics, including hypothesis testing</li><li>Keeps up to date with the latest research in medical imaging and applies it</li><li>Good written and verbal communication skills</li></ul><p><strong>Additional Information</strong></p><ul><li>Competitive CTC with ESOPs</li><li>Medical insurance for you and your family</li><li>Work from office, 5 days a week</li></ul><p>Nilaya Imaging is an equal opportunity employer.</p>`,
    role: 'DLS',
    sector: SECTOR.HEALTH,
    countries: ['IN'],
    mentions: [
      'DLS', 'Neural networks', 'Model evaluation', 'MLE', 'Python', 'PyTorch', 'Probability', 'Hypothesis testing',
      'Continuous learning', 'Communication',
    ],
  },
  {
    id: 't18-c-11',
    title: 'Data Engineer',
    company: 'Pelham Downs Regional Council',
    location: 'Warwick QLD 4370',
    format: 'div',
    body: `Pelham Downs Regional Council delivers services to around 68,000 residents across one of Queensland's largest agricultural regions, from roads and water to libraries, waste collection and community events.

# About the position
Temporary full-time, 2-year contract | Level 6 | $98,400 - $104,900 plus 12% superannuation

Council is building a modern data platform to improve how we plan roads, manage water assets and respond to customer requests. The Data Engineer will design and maintain the pipelines that bring data from our asset management, finance, GIS and customer request systems into a central Azure data platform.

# Key responsibilities
- Build and maintain data pipelines in Azure Data Factory and Databricks
- Model data for reporting in Power BI in partnership with the Business Intelligence team
- Implement data validation, deduplication and quality rules across source systems
- Maintain documentation and version control using Azure DevOps Repos and Git
- Contribute to Council's data governance framework and records management obligations

# Selection criteria
- Tertiary qualifications in IT, data or a related discipline, or equivalent experience
- Demonstrated experience with SQL and Python in a data engineering role
- Experience working with APIs to extract data from SaaS systems
- Well-developed communication skills and the ability to work with staff who are not technical
- Current Queensland driver licence (C class)

To apply, please submit your resume and a cover letter of no more than two pages addressing the selection criteria. Applications close 5pm, Friday 14 November.

Council is an equal opportunity employer and encourages applications from Aboriginal and Torres Strait Islander people, people with disability and people from culturally and linguistically diverse backgrounds.`,
    role: 'DE',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['DE', 'Power BI', 'Data cleaning', 'Git', 'Python', 'APIs', 'Communication'],
  },
  {
    id: 't18-c-12',
    title: 'Senior Data Scientist, Population Health',
    company: 'Lakemont Health System',
    location: 'Columbus, OH',
    format: 'raw',
    body: `<p><strong>Lakemont Health System</strong> is a nonprofit network of six hospitals, 90 outpatient sites and a home health agency serving central Ohio.</p><p><strong>Department:</strong> Analytics &amp; Data Science<br><strong>Location:</strong> Lakemont Corporate Center, Columbus, OH<br><strong>Schedule:</strong> Full-time, Monday-Friday, hybrid (3 days remote)</p><p><strong>Position Summary</strong></p><p>The Senior Data Scientist, Population Health, develops predictive models that help care managers reach patients before they end up in the emergency department. This position partners with physicians, nurse care managers and the Enterprise Data team to put models into everyday clinical workflows.</p><p><strong>Essential Functions</strong></p><ul><li>Develop and validate risk models for readmission, ED utilization and missed appointments using claims and EHR data</li><li>Apply regression, random forests and survival analysis; assess calibration and fairness across patient groups</li><li>Design evaluations of care management programs, including randomized pilots and A/B tests of outreach messages</li><li>Build visualizations and Tableau dashboards that care teams can act on</li><li>Work with the Enterprise Data team's data engineers to move model pipelines into production and schedule scoring</li><li>Present model results and program evaluations to the Population Health Steering Committee</li><li>Mentor junior analysts and review code in GitHub</li><li>Ensure all work complies with HIPAA and the health system's data governance policies</li></ul><p><strong>Qualifications</strong></p><ul><li>Master's degree in Statistics, Biostatistics, Epidemiology, Computer Science or related field required; PhD preferred</li><li>5 years of experience in healthcare analytics or data science</li><li>Proficiency in R or Python, and SQL</li><li>Experience with Epic Clarity or Caboodle data strongly preferred</li><li>Excellent communication skills with clinical and executive audiences</li></ul><p><strong>Why Lakemont</strong></p><p>At Lakemont, your work reaches patients in every corner of central Ohio. We invest in the people who make that possible.</p><ul><li>Medical, dental and vision plans with low-cost options for Lakemont providers</li><li>403(b) retirement plan with employer match</li><li>Paid time off that grows with your years of service</li><li>Tuition reimbursement and student loan repayment assistance</li><li>Employee assistance program and on-site fitness centers</li></ul><p><strong>Work Environment</strong></p><p>Office environment. Requires prolonged periods of sitting and working at a computer. Occasional travel to hospital and clinic sites within the Lakemont service area.</p><p>Lakemont Health System is an Equal Opportunity Employer, including disability/veterans. We are committed to providing a workplace free of discrimination and harassment. Lakemont Health System is a tobacco-free and drug-free workplace; employment is contingent on a background check and health screening.</p>`,
    role: 'DS',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: [
      'DS', 'Model evaluation', 'Regression', 'Decision trees', 'Hypothesis testing', 'Visualization', 'Tableau',
      'DE', 'Git', 'R', 'Python', 'Communication',
    ],
  },
  {
    id: 't18-c-13',
    title: 'Machine Learning Engineer, Search & Recommendations',
    company: 'Pasarly',
    location: 'Singapore',
    locations: ['Singapore', 'Kuala Lumpur, Malaysia'],
    format: 'raw',
    body: `<div><b>About Pasarly</b></div><div>Pasarly is Southeast Asia's marketplace for home, fashion and everyday essentials. More than 30,000 sellers use Pasarly to reach shoppers in Singapore, Malaysia and Indonesia, and we deliver most orders within two days.</div><div><br></div><div><b>The team</b></div><div>Search &amp; Recommendations decides what 12 million monthly shoppers see when they search, browse a category or open the app. We are a team of machine learning engineers, data scientists and backend engineers working across our Singapore and Kuala Lumpur offices.</div><div><br></div><div><b>What you will do</b></div><ul><li>Build and improve retrieval and ranking models for product search, including two-tower neural networks and learning-to-rank with LightGBM</li><li>Engineer ranking features and build training data pipelines in PySpark</li><li>Run online experiments and read A/B test results together with our data scientists</li><li>Measure offline ranking quality with NDCG and recall@k before anything goes live</li><li>Deploy and monitor models on Kubernetes, with MLflow for experiment tracking</li></ul><div><b>What we are looking for</b></div><ul><li>3+ years of experience as a Machine Learning Engineer or in a similar role</li><li>Strong Python; experience with TensorFlow or PyTorch</li><li>Understanding of information retrieval and recommender systems</li><li>Good communication skills in English; Bahasa Melayu or Bahasa Indonesia is a plus</li></ul><div>This role can be based in Singapore or Kuala Lumpur. Relocation support is available.</div>`,
    role: 'MLE',
    sector: SECTOR.RETAIL,
    countries: ['SG', 'MY'],
    mentions: [
      'MLE', 'DS', 'Neural networks', 'Decision trees', 'Feature engineering', 'Apache Spark', 'Hypothesis testing',
      'Model evaluation', 'Kubernetes', 'MLflow', 'Python', 'TensorFlow', 'PyTorch', 'Communication',
    ],
  },
  {
    id: 't18-c-14',
    title: 'BI Developer',
    company: 'Pennington Motor Group',
    location: 'Birmingham, England, United Kingdom',
    industry: 'Retail Motor Vehicles',
    format: 'text',
    body: `Pennington Motor Group is one of the Midlands' largest family-owned car retailers, representing 11 manufacturer brands across 27 dealerships, with a used car supermarket and our own body shops.

# The role
We're looking for a BI Developer to join our small central data team at head office in Birmingham. You'll take ownership of the reporting that our sales, aftersales and finance teams rely on every morning, and help us move away from dozens of spreadsheets towards one trusted set of numbers.

# Day to day
- Build and maintain Power BI reports and dashboards covering vehicle sales, stock ageing, workshop utilisation and F&I penetration
- Develop SSIS packages and SQL stored procedures to pull data from our dealer management system and manufacturer portals
- Work with department heads to understand what they need and turn it into practical reports
- Look after data quality, chasing and correcting errors at source
- Support the Head of Data with ad hoc analysis

# About you
- Proven experience in a BI Developer or BI Analyst role
- Strong T-SQL and Power BI (DAX, data modelling)
- Motor trade experience is useful but not essential
- A good communicator who is comfortable talking to sales managers as well as accountants
- Organised, with a can-do attitude to problem-solving

# Benefits
- Salary £38,000 - £45,000 depending on experience
- Hybrid working after probation (3 days in the office)
- Staff discounts on vehicles, servicing and parts
- Company pension and life assurance`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['GB'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Communication', 'Problem-solving'],
  },
  {
    id: 't18-c-15',
    title: 'MLOps Engineer',
    company: 'Liffeyside Bank',
    location: 'Dublin 2, Ireland',
    format: 'escaped',
    body: `Liffeyside Bank is an Irish retail and business bank serving over 1.2 million customers through our branch network, mobile app and business banking centres.

# About the team
Our Data & AI Centre of Excellence builds the models behind credit decisions, fraud alerts and personalised offers in the app. As the bank scales its use of machine learning, we're growing the team that makes sure every model is built, deployed and monitored in a safe, auditable way. As an MLOps Engineer, you'll be at the centre of that work.

# Responsibilities
- Build and maintain the bank's ML platform on AWS, centred on SageMaker pipelines and the model registry
- Automate training, testing and deployment with GitLab CI and Terraform
- Containerise models with Docker and support real-time inference on EKS
- Implement model monitoring for data drift and performance decay, and report to Model Risk Management
- Work with data scientists to move models from notebooks into production code
- Contribute to the bank's model governance standards in line with Central Bank of Ireland expectations

# Requirements
- 3+ years in a DevOps, platform or ML engineering role
- Strong Python and infrastructure-as-code skills
- Hands-on experience with AWS, including SageMaker
- Understanding of the ML lifecycle and model validation
- AWS Certified Machine Learning – Specialty is an advantage
- Clear communicator who documents decisions well

# What we offer
Competitive salary, performance bonus, defined contribution pension (up to 12% employer contribution), hybrid working, healthcare and a subsidised staff mortgage rate.

Liffeyside Bank is an equal opportunities employer. Liffeyside Bank DAC is regulated by the Central Bank of Ireland.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['IE'],
    mentions: [
      'MLE', 'AWS SageMaker', 'Git', 'Deployment pipelines', 'Docker', 'Kubernetes', 'Model evaluation', 'DS',
      'Python', 'CERT_AWS', 'Communication',
    ],
  },
  {
    id: 't18-c-16',
    title: 'Computer Vision Engineer - ADAS',
    company: 'Pravaah Mobility Systems',
    location: 'Pune, MH',
    format: 'html',
    body: `Pravaah Mobility Systems is a Tier-1 supplier of driver assistance and body electronics to passenger car and commercial vehicle makers in India, Japan and Europe.

# Job description
We are looking for an engineer to develop perception features for our front camera ADAS platform: lane keeping, traffic sign recognition and pedestrian detection.

# Responsibilities
- Develop and optimise deep learning models (CNN-based detectors and segmentation networks) for embedded automotive SoCs
- Implement pre- and post-processing in C++ and validate on recorded drive data
- Build KPI dashboards for detection rate, false positives and latency across test drives
- Support data collection campaigns and the annotation team with labelling guidelines
- Follow ASPICE processes and work with functional safety (ISO 26262) engineers

# Desired profile
- B.E./M.Tech in Electronics, Computer Science or equivalent, 4-8 years of experience
- Strong C++ and Python; experience with TensorFlow/Keras or PyTorch, and OpenCV
- Knowledge of camera calibration and multi-view geometry, with good linear algebra fundamentals
- Experience with model quantisation (TensorRT, SNPE) preferred
- Good problem-solving skills`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['IN'],
    mentions: [
      'Neural networks', 'C++', 'Model evaluation', 'Visualization', 'Python', 'TensorFlow', 'Keras', 'PyTorch',
      'Linear algebra', 'Problem-solving',
    ],
  },
  {
    id: 't18-c-17',
    title: 'NLP Engineer, Conversational AI',
    company: 'Mizzle Mobile',
    location: 'Remote - UK',
    format: 'raw',
    body: `&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;&lt;strong&gt;Mizzle Mobile&lt;/strong&gt; is the UK&#39;s challenger mobile network, with 3.4 million customers on SIM-only and handset plans and a 4.6-star app rating that we work hard to keep.&lt;/p&gt;&lt;/div&gt;
&lt;p&gt;Most of our customers never call us. They talk to Mizzy, our in-app assistant, which handles over 60% of conversations without a human. We&#39;re looking for an NLP Engineer to help make Mizzy smarter about bills, roaming and network issues.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;What you&#39;ll be doing&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Building retrieval-augmented generation over our help content and customer account APIs&lt;/li&gt;
&lt;li&gt;Fine-tuning intent and entity models, and running offline evaluation before each release&lt;/li&gt;
&lt;li&gt;Designing A/B tests with our product team to measure containment and customer satisfaction&lt;/li&gt;
&lt;li&gt;Working with our Customer Care team to review failed conversations every sprint&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;What you&#39;ll need&lt;/strong&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Commercial experience building NLP or LLM products in Python&lt;/li&gt;
&lt;li&gt;Experience with Hugging Face and vector databases&lt;/li&gt;
&lt;li&gt;Good software engineering habits: tests, code review, CI/CD&lt;/li&gt;
&lt;li&gt;A user-first mindset and clear written communication&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;strong&gt;Where and how&lt;/strong&gt;&lt;/p&gt;
&lt;p&gt;This is a remote role within the UK, with a team day in our Bristol office once a month. Salary &amp;pound;65,000 - &amp;pound;80,000 + bonus + a free unlimited SIM.&lt;/p&gt;
&lt;p&gt;We are proud to be an equal opportunity employer and a Disability Confident Committed employer.&lt;/p&gt;`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: [
      'NLP_ENG', 'APIs', 'Model evaluation', 'Hypothesis testing', 'Python', 'Deployment pipelines', 'Communication',
    ],
  },
  {
    id: 't18-c-18',
    title: 'Data Scientist',
    company: 'Pohutukawa Power',
    location: 'Auckland CBD, Auckland',
    industry: 'Utilities',
    format: 'html',
    body: `# Kia ora!
Pohutukawa Power is an independent electricity and gas retailer supplying around 120,000 homes and small businesses across Aotearoa. We buy power on the wholesale market and own two small hydro schemes in the Waikato.

# About the role
Our Pricing & Forecasting team is looking for a Data Scientist to improve how we forecast customer demand and wholesale prices. You'll work alongside our energy traders and data engineers, and your models will directly shape how we hedge and price.

# What you'll do
- Build half-hourly demand forecasts using smart meter data, weather and calendar effects
- Develop probabilistic price forecasts for the wholesale market and backtest forecast models against historical prices
- Engineer features from weather feeds, outage data and customer behaviour
- Automate your work in Python and share results through clear visualisations
- Explain your findings to traders and the leadership team

# What you'll bring
- A degree in statistics, mathematics, econometrics or similar
- 3+ years of experience in forecasting or time series modelling
- Strong Python (pandas, NumPy, statsmodels) and SQL
- Experience with gradient boosting methods such as XGBoost
- A curious mind and a willingness to learn the energy market

# Why join us?
Flexible working, an extra day of leave on your birthday, discounted power, and a team that takes both the work and the banter seriously.

You must have the right to work in New Zealand to apply for this role.`,
    role: 'DS',
    sector: null,
    countries: ['NZ'],
    mentions: [
      'DS', 'DE', 'Probability', 'Model evaluation', 'Feature engineering', 'Python', 'Visualization', 'Communication',
      'Pandas', 'NumPy', 'Decision trees', 'Continuous learning',
    ],
  },
  {
    id: 't18-c-19',
    title: 'Data Engineer',
    company: 'Lowveld Minerals',
    location: 'Johannesburg, Gauteng, South Africa',
    format: 'raw',
    body: `<p>Lowveld Minerals is a mid-tier producer of platinum group metals and chrome with three operating mines in Limpopo and Mpumalanga and a smelter complex near Polokwane. We employ more than 9,000 people.</p><p><strong>Purpose of the Role</strong></p><p>The Data Engineer will form part of the Digital Mining team at our Johannesburg head office, building the data foundations for our operational analytics programme: fleet management, plant performance, safety and ore reconciliation.</p><p><strong>Key Performance Areas</strong></p><ul><li>Develop and maintain data pipelines from OT historians, fleet management systems and SAP into the cloud data platform</li><li>Build streaming ingestion for equipment telemetry using Kafka</li><li>Develop batch transformations in Spark and SQL</li><li>Implement data quality checks, including cleansing and reconciliation of shift and production data</li><li>Maintain CI/CD pipelines for data workloads in Azure DevOps</li><li>Support data scientists and metallurgists with curated datasets</li></ul><p><strong>Minimum Requirements</strong></p><ul><li>BSc / BEng in Computer Science, Information Systems or Engineering</li><li>4+ years' experience as a data engineer</li><li>Proficiency in Python and SQL</li><li>Experience with Kafka, Spark and Databricks</li><li>Mining or heavy industry experience will be advantageous</li><li>Valid driver's licence and willingness to travel to mine sites</li></ul><p><strong>Additional Information</strong></p><p>Lowveld Minerals is committed to employment equity. Preference will be given to candidates from designated groups in line with our Employment Equity Plan.</p>`,
    role: 'DE',
    sector: null,
    countries: ['ZA'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'Deployment pipelines', 'DS', 'Python'],
  },
  {
    id: 't18-c-20',
    title: 'Power BI Developer',
    company: 'Mayon Cloud Solutions',
    location: 'Makati City, Metro Manila',
    format: 'text',
    body: `Mayon Cloud Solutions is a Microsoft partner and IT services company helping businesses across the Philippines and Asia-Pacific move to the cloud, modernise their data and automate their processes.

# Job Summary
We are looking for a Power BI Developer to join our Data & Analytics practice. You will deliver dashboards and reporting solutions for clients in banking, retail, manufacturing and the public sector.

# Duties and Responsibilities
- Gather reporting requirements from clients and turn them into report designs
- Build data models, DAX measures and interactive Power BI dashboards
- Prepare and clean data from Excel, SQL Server and cloud sources using Power Query
- Publish reports to Power BI Service and manage workspaces, gateways and row-level security
- Train client users and prepare technical documentation

# Qualifications
- Bachelor's degree in Information Technology, Computer Science, Statistics or related course
- At least 2 years of experience in Power BI development
- Strong SQL skills; knowledge of Azure Synapse or Fabric is a plus
- Exposure to Azure Machine Learning is an added advantage
- Microsoft Certified: Power BI Data Analyst Associate (PL-300) is an advantage
- Good communication skills and can work with minimal supervision
- Willing to work on a hybrid setup in Makati

# What we offer
- Competitive salary and performance bonus
- HMO coverage from day one plus one dependent
- Paid certification exams
- 15 vacation leaves and 15 sick leaves`,
    role: 'BIA',
    sector: SECTOR.IT,
    countries: ['PH'],
    mentions: ['BIA', 'Power BI', 'Data cleaning', 'Microsoft Azure ML', 'Communication'],
  },
  {
    id: 't18-c-21',
    title: 'Machine Learning Engineer - Urban Mobility',
    company: 'Qamar Urban Systems',
    location: 'Dubai',
    locations: ['Dubai - United Arab Emirates', 'Riyadh - Saudi Arabia'],
    format: 'double',
    body: `Qamar Urban Systems builds traffic management and smart parking platforms for municipalities and road authorities across the Gulf. Our software controls more than 3,000 signalised junctions and guides drivers to 200,000 parking bays every day.

# The Role
We are looking for a Machine Learning Engineer to join our Mobility Intelligence team. You will build the models that predict congestion, optimise signal timings and forecast parking demand, and take them all the way to production in our clients' control centres.

# Responsibilities
- Develop traffic flow forecasting models using graph neural networks and gradient boosting
- Experiment with reinforcement learning for adaptive signal control in simulation (SUMO)
- Build and maintain model training and serving pipelines on Google Cloud with Vertex AI and Kubeflow Pipelines
- Monitor model accuracy and drift across cities, and retrain as road networks change
- Build REST APIs that expose predictions to control-room dashboards
- Work closely with data engineers, traffic engineers and client project managers

# Requirements
- Bachelor's or Master's degree in Computer Science, Transportation Engineering or a related field
- 3+ years of experience deploying ML models in production
- Strong Python and experience with TensorFlow or PyTorch
- Experience with Docker, Kubernetes and CI/CD
- Google Professional Machine Learning Engineer certification is preferred
- Excellent communication skills in English; Arabic is a plus

# What We Offer
Tax-free salary, annual flights home, medical insurance for you and your family, and 30 days annual leave. The role is based in Dubai with regular travel to our Riyadh project office.`,
    role: 'MLE',
    sector: SECTOR.PUBLIC,
    countries: ['AE', 'SA'],
    mentions: [
      'MLE', 'Neural networks', 'Decision trees', 'Reinforcement learning', 'Google AI Platform', 'Kubeflow',
      'Model evaluation', 'APIs', 'DE', 'Python', 'TensorFlow', 'PyTorch', 'Docker', 'Kubernetes',
      'Deployment pipelines', 'CERT_GCP', 'Communication',
    ],
  },
  {
    id: 't18-c-22',
    title: 'Robotics Engineer',
    company: 'Pelita Automation Sdn Bhd',
    location: 'Bayan Lepas, Pulau Pinang, Malaysia',
    industry: 'Industrial Machinery Manufacturing',
    format: 'div',
    body: `# Job Responsibilities
- Design, program and commission robotic cells for the semiconductor back-end and electronics assembly equipment built in our Penang factory
- Integrate 6-axis and SCARA robots with vision systems, conveyors and PLCs
- Develop robot motion programs and HMI screens, and write test procedures for factory acceptance tests
- Troubleshoot mechanical, electrical and software issues during build and at customer sites
- Prepare technical documentation and train customer maintenance teams

# Job Requirements
- Degree in Mechatronics, Electrical & Electronic or Mechanical Engineering
- Minimum 2 years of experience as a Robotics Engineer or Automation Engineer in a manufacturing environment
- Hands-on experience with FANUC, ABB, Epson or Yaskawa robots
- Knowledge of C++ or Python for robot and vision integration is an added advantage
- Able to travel to customers in Malaysia, Singapore, Thailand and China
- Good problem solving skills and a team player
- Fresh graduates are encouraged to apply for our Graduate Engineer programme instead`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['MY'],
    mentions: ['ROBO', 'C++', 'Python', 'Problem-solving'],
  },
  {
    id: 't18-c-23',
    title: 'Data Scientist, Credit Risk',
    company: 'Mkopo Bora',
    location: 'Nairobi, Kenya',
    locations: ['Nairobi, Kenya', 'Kampala, Uganda'],
    format: 'text',
    body: `Mkopo Bora is a digital lender providing short-term loans and savings to small traders and farmers through mobile money. Since 2018 we have disbursed more than KES 40 billion to 2.5 million customers in Kenya and Uganda.

# About the job
As a Data Scientist in our Credit team, you will build and monitor the scorecards that decide who gets a loan, how much and at what price. You will use mobile money transaction histories, repayment behaviour and alternative data to extend credit responsibly.

# Responsibilities
- Develop credit scoring models using logistic regression, XGBoost and survival models
- Clean and validate raw transaction data and build robust features from it
- Backtest scorecards and monitor Gini, PSI and default rates after deployment
- Design A/B tests for loan limits and pricing with the Product team
- Present results to the Chief Risk Officer and the credit committee

# Requirements
- Degree in Statistics, Actuarial Science, Mathematics, Economics or Computer Science
- 2+ years of experience in credit risk modelling or a data science role in fintech or banking
- Proficiency in Python or R, and SQL
- Solid understanding of probability and statistical inference
- Strong communication skills and the ability to work independently

# What we offer
Competitive salary, medical cover (inpatient and outpatient), pension, and a hybrid working arrangement. The role is based in Nairobi with occasional travel to Kampala.`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['KE', 'UG'],
    mentions: [
      'DS', 'Regression', 'Decision trees', 'Data cleaning', 'Feature engineering', 'Model evaluation',
      'Hypothesis testing', 'Communication', 'Python', 'R', 'Probability',
    ],
  },
  {
    id: 't18-c-24',
    title: 'Research Scientist, Machine Learning',
    company: 'Lockhart Harbour Capital',
    location: 'Central, Hong Kong',
    format: 'raw',
    body: `<p>Lockhart Harbour Capital is a quantitative investment firm managing systematic equity and futures strategies across Asian and global markets. Our team of 85 includes researchers, engineers and traders in Hong Kong and Tokyo.</p><p>We are hiring a Research Scientist to apply modern machine learning to return prediction and portfolio construction. You will join a small research group with significant freedom to pursue ideas, and a direct line to live trading.</p><p><strong>What you will do</strong></p><ul><li>Research predictive signals from price, order book and alternative data using deep neural networks and gradient-boosted trees</li><li>Design robust backtests that avoid look-ahead bias and overfitting, and evaluate signals out of sample</li><li>Apply Bayesian methods to combine forecasts and quantify uncertainty</li><li>Write production-quality research code in Python and contribute to our shared C++ libraries</li></ul><p><strong>What we look for</strong></p><ul><li>PhD in Computer Science, Statistics, Physics, Mathematics or a related field</li><li>Publications at NeurIPS, ICML, ICLR or similar are a strong plus</li><li>Deep understanding of linear algebra, calculus, probability and optimisation</li><li>Experience with PyTorch or JAX</li><li>Intellectual honesty: you question your own results before anyone else does</li></ul><p>We offer a highly competitive base salary and performance-linked bonus, relocation to Hong Kong, and full medical and dental coverage.</p>`,
    role: 'ARS',
    sector: SECTOR.FIN,
    countries: ['HK'],
    mentions: [
      'ARS', 'Neural networks', 'Decision trees', 'Model evaluation', 'Probability', 'Python', 'C++',
      'Linear algebra', 'Calculus', 'PyTorch', 'Critical thinking',
    ],
  },
  {
    id: 't18-c-25',
    title: 'Data Analyst',
    company: 'Quarrybrae Housing Association',
    location: 'Glasgow, Scotland',
    industry: 'Non-profit Organizations',
    format: 'html',
    body: `Quarrybrae Housing Association provides over 6,500 affordable homes for rent across Glasgow and North Lanarkshire, along with tenancy support, money advice and community regeneration projects. We are a registered Scottish charity.

# About the role
**Salary:** £36,420 - £40,190 (Grade 6) | 35 hours per week | Permanent

We are recruiting a Data Analyst to help us use our data better. You will produce the performance reports we submit to the Scottish Housing Regulator and help our housing, repairs and finance teams understand their numbers.

# Main duties
- Produce monthly and annual performance reports, including the Annual Return on the Charter
- Develop dashboards in Power BI for repairs, rent arrears and tenant satisfaction
- Check, clean and reconcile data from our housing management system
- Carry out tenant survey analysis and present findings to the Board and tenant groups
- Support colleagues to improve how data is recorded

# About you
- Experience in a data or performance analysis role, ideally in housing or the public sector
- Strong Excel and SQL skills; experience with Power BI
- Ability to present data clearly to non-specialist audiences
- Knowledge of R or Python would be an advantage but is not essential

We offer 42 days annual leave (including public holidays), a defined benefit pension scheme, flexible working and a hybrid model.`,
    role: null,
    sector: null,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'R', 'Python'],
  },
  {
    id: 't18-c-26',
    title: 'Backend Software Engineer (Go)',
    company: 'Oyelaran Logistics',
    location: 'Lekki, Lagos State, Nigeria',
    format: 'escaped',
    body: `Oyelaran Logistics moves freight for manufacturers and distributors across Nigeria and Ghana with a fleet of over 1,200 trucks and a network of cross-docking hubs. Our technology team builds the platform that matches loads to trucks, tracks every trip and pays drivers on time.

# The Role
We are hiring a Backend Software Engineer to build and scale the services behind our shipper app, driver app and operations dashboard.

# What You Will Do
- Design and build backend services in Go and Node.js
- Develop and maintain REST and GraphQL APIs used by our mobile apps and partners
- Publish and consume events with Kafka for trip tracking and payments
- Write unit and integration tests, and keep our CI/CD pipelines in GitHub Actions healthy
- Work with our data engineer on event schemas and reporting tables

# What You Should Have
- 3+ years of professional backend development experience
- Strong knowledge of PostgreSQL and Redis
- Experience with Docker; Kubernetes is a plus
- Good understanding of distributed systems and API security
- Ability to communicate clearly in a remote-first team

# Benefits
- Competitive salary paid in naira, with annual review
- HMO for you and your family
- Work-from-home allowance and a new laptop
- Hybrid: two days a week at our Lekki office`,
    role: null,
    sector: null,
    countries: ['NG'],
    mentions: ['APIs', 'Kafka', 'Deployment pipelines', 'Git', 'DE', 'Docker', 'Kubernetes', 'Communication'],
  },
  {
    id: 't18-c-27',
    title: 'Registered Nurse - Intensive Care Unit',
    company: 'Noor Al Sahel Hospital',
    location: 'Abu Dhabi, AE',
    industry: 'Hospitals and Health Care',
    format: 'raw',
    body: `<p>Noor Al Sahel Hospital is a 220-bed multi-specialty private hospital in Abu Dhabi offering cardiac, oncology, maternity and critical care services.</p><p><strong>Job Purpose</strong></p><p>To provide safe, evidence-based, patient-centred nursing care to critically ill adult patients in the Intensive Care Unit, in line with DOH Abu Dhabi standards and hospital policies.</p><p><strong>Key Responsibilities</strong></p><ul><li>Assess, plan, implement and evaluate nursing care for ventilated and haemodynamically unstable patients</li><li>Manage invasive lines, infusions and vasoactive medications as per protocol</li><li>Document care accurately in the electronic health record</li><li>Communicate effectively with patients, families and the multidisciplinary team</li><li>Take part in unit quality improvement projects and infection control audits</li></ul><p><strong>Requirements</strong></p><ul><li>Bachelor of Science in Nursing</li><li>Minimum 3 years of recent ICU experience in a tertiary hospital</li><li>Active DOH licence or eligibility, with primary source verification completed</li><li>Valid BLS and ACLS certification</li><li>Ability to remain calm and adapt quickly in a fast-changing clinical environment</li></ul><p><strong>Benefits</strong></p><ul><li>Tax-free salary with housing and transport allowance</li><li>Annual air ticket and 30 days leave</li><li>Medical insurance and end-of-service gratuity</li></ul>`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AE'],
    mentions: ['Communication', 'Adaptability'],
  },
  {
    id: 't18-c-28',
    title: 'Store Manager',
    company: 'Pukeko Outdoor Co.',
    location: null,
    countryHints: ['NZ'],
    format: 'text',
    body: `Pukeko Outdoor Co. is a Kiwi-owned outdoor retailer with 22 stores nationwide and a busy online store.

We're after an experienced Store Manager for our Riccarton store in Christchurch.

- Lead and roster a team of 12
- Own sales, margin and stock results
- 3+ years' retail leadership experience
- Strong communication and people leadership skills
- Good commercial sense and comfort with numbers
- Weekend and public holiday availability

Great staff discount and a bonus scheme. Must be legally entitled to work in New Zealand.`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['NZ'],
    mentions: ['Communication', 'Business acumen'],
  },
  {
    id: 't18-c-29',
    title: 'Fibre Field Technician',
    company: 'Quiver Fibre Networks',
    location: 'Bellville, Western Cape, 7530',
    format: 'double',
    body: `Quiver Fibre Networks builds and operates open-access fibre-to-the-home networks in the Western Cape and Gauteng, connecting over 180,000 homes to the internet service providers of their choice.

# Purpose of the job
To install, maintain and repair fibre connections in customer homes and on the street, making sure every customer gets connected quickly and with as little disruption as possible.

# Duties
- Install ONTs and drop cables at customer premises
- Splice and test fibre using fusion splicers, OTDRs and power meters
- Respond to network faults and restore service within SLA
- Record job details and test results on the field service app
- Follow all health and safety rules, including working at heights

# Requirements
- Matric (Grade 12)
- Fibre splicing certificate or relevant FTTH training
- At least 2 years' experience as a fibre technician
- Valid Code B/EB driver's licence
- Good problem-solving skills and a friendly, professional attitude

We offer a company vehicle, cellphone and tools, a medical aid contribution and overtime pay. Quiver Fibre Networks is an equal opportunity employer and supports employment equity.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['ZA'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't18-c-30',
    title: 'Senior Analytics Engineer',
    company: 'Loomwell',
    location: 'Remote (US or Canada)',
    format: 'raw',
    body: `<p style="min-height:1.5em"><strong>About Loomwell</strong></p><p style="min-height:1.5em">Loomwell is the project workspace for creative agencies, architecture studios and consulting teams. Over 9,000 companies plan work, track time and send client reports in Loomwell. We're a remote-first company of 180 people across the US and Canada.</p><p style="min-height:1.5em"><strong>About the role</strong></p><p style="min-height:1.5em">Our data team is five people: two analytics engineers, a data engineer and two data scientists. You'll own the modeled layer of our warehouse that everyone from Finance to Product depends on.</p><p style="min-height:1.5em"><strong>What you'll do</strong></p><ul><li><p style="min-height:1.5em">Design and maintain dbt models in Snowflake for product usage, billing and revenue metrics</p></li><li><p style="min-height:1.5em">Set up tests and monitoring so bad data is caught before it reaches a dashboard</p></li><li><p style="min-height:1.5em">Partner with Finance on ARR, churn and net revenue retention definitions</p></li><li><p style="min-height:1.5em">Maintain our Looker semantic layer and build the dashboards our leadership team reviews each week</p></li><li><p style="min-height:1.5em">Review pull requests and improve our GitHub workflows</p></li></ul><p style="min-height:1.5em"><strong>What you'll bring</strong></p><ul><li><p style="min-height:1.5em">4+ years in analytics engineering, data engineering or BI</p></li><li><p style="min-height:1.5em">Expert SQL and hands-on dbt experience</p></li><li><p style="min-height:1.5em">Some Python for scripting and orchestration (Dagster or Airflow)</p></li><li><p style="min-height:1.5em">Good business sense: you understand how a SaaS company makes money</p></li><li><p style="min-height:1.5em">Clear written communication; we work asynchronously</p></li></ul><p style="min-height:1.5em"><strong>Compensation</strong></p><p style="min-height:1.5em">US: $150,000 - $175,000. Canada: CA$160,000 - CA$185,000. Plus equity and a $2,000 home office budget.</p>`,
    role: null,
    sector: SECTOR.IT,
    countries: ['US', 'CA'],
    mentions: ['DE', 'DS', 'Data cleaning', 'Git', 'Python', 'Business acumen', 'Communication'],
  },
  {
    id: 't18-c-31',
    title: 'Data Analyst, Service Planning',
    company: 'Portage Valley Transit Authority',
    location: 'Hamilton, ON L8P 4R5',
    format: 'div',
    body: `Portage Valley Transit Authority operates bus and paratransit services for 560,000 residents across the city and surrounding municipalities, carrying about 26 million riders a year.

# Position Summary
Reporting to the Manager of Service Planning, the Data Analyst analyzes ridership, on-time performance and fare data to support route planning, scheduling and the annual service plan approved by the Transit Board.

# Key Duties
- Prepare ridership and on-time performance reports using automatic passenger counter and AVL data
- Clean and validate large transit datasets, flagging equipment faults and gaps
- Build maps and interactive dashboards in Tableau and ArcGIS for planners and the public
- Support before-and-after studies of service changes using statistical tests
- Respond to data requests from Council, the public and partner agencies

# Qualifications
- University degree in Geography, Urban Planning, Statistics, Computer Science or a related field
- 2 years of experience in data analysis, ideally in transportation
- Proficiency in SQL and either R or Python
- Experience with Tableau and GIS software
- Strong written and oral communication skills

Salary: $78,500 - $92,300 per year. This is a unionized position. We are an equal opportunity employer committed to inclusive, barrier-free recruitment. Accommodation will be provided in accordance with the Accessibility for Ontarians with Disabilities Act.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['CA'],
    mentions: ['Data cleaning', 'Visualization', 'Tableau', 'Hypothesis testing', 'R', 'Python', 'Communication'],
  },
  {
    id: 't18-c-32',
    title: 'Product Manager, Checkout',
    company: 'Ottersea Travel',
    location: 'London / Dublin',
    format: 'escaped',
    body: `Ottersea Travel helps 4 million people a year book package holidays, city breaks and ferry trips across Europe. We're an online travel company with our own tour operator licence and offices in London and Dublin.

# The role
We're looking for a Product Manager to own our checkout: the last five screens between a customer choosing a holiday and paying for it. It's where small changes make a big difference to conversion, and where payments, fraud checks and supplier availability all meet.

# What you'll do
- Own the checkout roadmap and prioritise work for a team of six engineers and a designer
- Run A/B tests on payment options, extras and page layouts, and read the results with our analysts
- Work with our payments partners to add local payment methods and reduce declines
- Use funnel data and customer research to decide what to build next
- Keep stakeholders in Commercial, Finance and Customer Service informed

# About you
- 3+ years as a product manager on a consumer web or app product
- Experience with e-commerce or payments checkouts
- Comfortable with data: you can write basic SQL and find your way around Amplitude and Looker Studio
- Great communication skills, written and verbal
- Good commercial judgement

# Benefits
Hybrid working, 27 days holiday, an annual travel credit, private medical insurance and a pension with 6% employer contribution.`,
    role: null,
    sector: null,
    countries: ['GB', 'IE'],
    mentions: ['Hypothesis testing', 'Google Data Studio', 'Communication', 'Business acumen'],
  },
  {
    id: 't18-c-33',
    title: 'Veterinary Nurse',
    company: 'Paddlewick Veterinary Hospital',
    location: 'Geelong VIC',
    format: 'raw',
    body: `<p>Paddlewick Veterinary Hospital is an independent 24-hour small animal hospital in Geelong.</p><h4><strong>Veterinary Nurse – full time</strong></h4><p>4 x 10-hour shifts, one weekend in three.</p><ul><li><p>Monitor anaesthesia, assist in surgery and care for hospitalised patients</p></li><li><p>Run in-house pathology and take radiographs</p></li><li><p>Cert IV in Veterinary Nursing and at least 1 year of clinical experience</p></li><li><p>Calm under pressure and able to adapt when the day doesn’t go to plan</p></li><li><p>A kind, clear communicator with clients and colleagues</p></li></ul><p>Above-award pay, $1,000 CPD allowance and pet care discounts.</p>`,
    role: null,
    sector: null,
    countries: ['AU'],
    mentions: ['Adaptability', 'Communication'],
  },
  {
    id: 't18-c-34',
    title: 'QA Automation Engineer',
    company: 'Quintic Softworks',
    location: 'Remote',
    countryHints: ['IN'],
    format: 'html',
    body: `Quintic Softworks is an IT services and product engineering company with 1,400 engineers delivering software for clients in the US, UK and Australia.

# About the role
We are looking for a QA Automation Engineer to join a product engineering team building a customer support platform for a US-based SaaS client. This is a fully remote role within India.

# Responsibilities
- Design and maintain automated UI and API test suites using Playwright and REST Assured
- Write regression and smoke tests and integrate them into Jenkins pipelines
- Test REST APIs and validate responses against contracts
- Log, track and verify defects in Jira
- Participate in sprint planning and work closely with developers and product owners

# Requirements
- 3-5 years of experience in test automation
- Strong in Java or TypeScript
- Experience with Git and CI/CD tools
- Basic knowledge of SQL and Docker
- Good communication skills to work with onsite teams with US time overlap (till 10:30 PM IST)`,
    role: null,
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['APIs', 'Deployment pipelines', 'Java', 'Git', 'Docker', 'Communication'],
  },
  {
    id: 't18-c-35',
    title: 'Research Scientist, Plant Genomics',
    company: 'Lalang Institute for Crop Science',
    location: 'Singapore 138667',
    format: 'double',
    body: `The Lalang Institute for Crop Science is a non-profit research institute working on climate-resilient crops for tropical Asia. Our labs in one-north host 120 scientists working on rice, leafy vegetables and alternative proteins.

# The position
We are seeking a Research Scientist to lead genomics work in our Rice Resilience programme, identifying genes linked to heat and flood tolerance and supporting breeding partners across the region.

# Responsibilities
- Lead greenhouse and field phenotyping of rice lines under heat and flood stress
- Analyse whole-genome sequencing and RNA-seq data to identify candidate genes
- Apply statistical and machine learning models for genomic selection, such as ridge regression and random forests
- Collaborate with bioinformaticians, data scientists and breeders
- Publish in peer-reviewed journals and prepare grant applications

# Requirements
- PhD in Plant Biology, Genetics, Bioinformatics or a related field
- Experience with R and Python (pandas, Matplotlib) for genomic data analysis
- Knowledge of quantitative genetics and statistics
- Strong written communication skills

Singapore citizens and permanent residents, as well as foreign candidates, are welcome to apply. Only shortlisted candidates will be notified.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Regression', 'Decision trees', 'DS', 'R', 'Python', 'Pandas', 'Matplotlib', 'Communication'],
  },
  {
    id: 't18-c-36',
    title: 'Quantity Surveyor',
    company: 'Partridge Hill Construction',
    location: 'Galway, Co. Galway',
    industry: 'Construction',
    format: 'div',
    body: `# The Role
We are looking for an experienced Quantity Surveyor to join our commercial team in Galway, working on residential and education projects across the West of Ireland with values from €5m to €40m.

# Responsibilities
- Prepare cost plans, tenders and bills of quantities
- Manage subcontractor procurement, valuations and final accounts
- Prepare monthly cost value reconciliations and report to the Commercial Director
- Track project costs and cash flow, and build Power BI dashboards for the management team
- Manage variations and change control with clients and design teams

# Requirements
- Degree in Quantity Surveying or Construction Economics
- 4+ years' post-qualification experience with a main contractor in Ireland or the UK
- Strong knowledge of the Public Works Contracts and RIAI forms of contract
- Proficiency in Excel and CostX; Power BI is an advantage
- Excellent negotiation and communication skills
- Full clean driving licence

# Package
Competitive salary, company car or car allowance, pension, health insurance and a structured path to chartership.`,
    role: null,
    sector: null,
    countries: ['IE'],
    mentions: ['Power BI', 'Communication'],
  },
];
