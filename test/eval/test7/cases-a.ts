// Test-set (test7) postings, part A: 36 English postings from fictional employers in the US, the UK, India,
// Canada, Australia, Singapore and Germany (one remote within the EU). 24 titles are among the seed's ten
// roles, 12 are other work (analytics and software jobs outside the ten, nursing, a store, a plant, a hotel).
// About a third of the employers describe themselves at the end of the posting, and about a quarter say what
// they do without naming their industry.
//
// Sector rule (docs/sector-labels.md): the employer's own business decides (a vendor made for one sector is in it), else null.
//
// Role decisions (from the title only): "Decision Scientist" is a Data Scientist; "ML Platform Engineer" and
// "AI Engineer" are Machine Learning Engineers (an ML platform engineer does the MLOps work that title already
// maps to; the tuning set's older tech-027 says null for "Machine Learning Platform Engineer"); "Perception
// Engineer" is a Computer Vision Engineer; "Business Intelligence Developer" is a Business Intelligence
// Analyst; "Analytics Engineer", "Data Analyst" and "Actuarial Analyst" fit none of the ten.
//
// Mention decisions: a role named in the description is a role mention, colleagues included ("BI developer"
// in a requirement is the Business Intelligence Analyst role, and a recruiter's "MLOps Engineer" header line in
// the body is a Machine Learning Engineer mention); "the data science team" names a team, not a role.
// Named network architectures (CNNs, LSTMs, U-Net, transformer models, PointPillars) and "neural networks"
// are Neural networks; no posting here says "deep learning" alone. GLMs are Regression; gradient boosting,
// GBMs, LightGBM and XGBoost are Decision trees. Reconciliation and data-quality checks that catch duplicated,
// missing or mismatched records are Data cleaning; so is correcting errors or gaps at source. False-positive
// rates tracked in production are Model evaluation (model performance), drift monitoring alone is not.
// GitHub and GitLab are Git; GitLab CI, Jenkins, Azure DevOps pipelines and "CI" are Deployment pipelines.
// "Cloud certifications (AWS or GCP)" is no certification; a named certification is one. Learning budgets among
// the benefits are not Continuous learning; GPU and Kubernetes clusters are not Clustering. Traps: an "animal
// hospital" (a vet, unclassified), a robot maker whose customers are grocers and pharmacies (Manufacturing), a
// logistics firm that delivers to hospitals (unclassified), a company's other offices and customers' countries
// named in its intro (not job locations), London in Ontario, Perth in Western Australia, and R&D.
import type { HoldoutCase } from '../holdout/case.ts';
import { SECTOR } from '../set/entities.ts';

export const TEST7_A: HoldoutCase[] = [
  {
    id: 't7-a-01',
    title: 'Senior Data Scientist – Credit Risk',
    company: 'Quillfen Mutual',
    location: 'Manchester, England',
    format: 'raw',
    // Workday jobDescription: <p><b> headings, &nbsp; spacer paragraphs.
    body: `<p><b>About Quillfen</b></p><p>Quillfen Mutual is owned by its 640,000 members. We offer mortgages, savings accounts and personal loans from 31 branches across the North West and online, and every pound we lend comes from members&rsquo; savings.</p><p>&nbsp;</p><p><b>About the role</b></p><p>Our Credit Risk Analytics team decides who we lend to and how much. As a senior data scientist you will rebuild the application scorecards for unsecured loans and help the Credit Committee understand what they say.</p><ul><li>Develop application and behavioural scorecards with logistic regression, and challenger models with gradient boosting</li><li>Derive new predictive variables from current-account transactions and credit bureau data</li><li>Backtest models against five years of outcomes and write the validation packs our Model Risk team reviews</li><li>Present model results and their trade-offs to the Credit Committee in plain English</li><li>Coach two junior analysts</li></ul><p><b>About you</b></p><ul><li>Several years building credit risk models in a bank, building society or specialist lender</li><li>Strong Python (pandas, scikit-learn) and SQL; SAS experience is welcome while we finish migrating away from it</li><li>Working knowledge of IFRS 9 and the regulator&rsquo;s expectations on model risk management</li><li>Your code lives in Git and is reviewed by a colleague before it runs</li></ul><p>&nbsp;</p><p><b>What we offer</b></p><p>Salary &pound;68,000 &ndash; &pound;79,000, an annual bonus scheme, 27 days&rsquo; holiday plus bank holidays, a pension with up to 10% employer contribution, hybrid working (two days a week in our Piccadilly office) and a reduced staff mortgage rate.</p><p>Quillfen Mutual is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. We are a Disability Confident employer and will make reasonable adjustments at any stage of the recruitment process; just tell us what you need.</p>`,
    role: 'DS',
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['DS', 'Regression', 'Decision trees', 'Feature engineering', 'Model evaluation', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Git'],
  },
  {
    id: 't7-a-02',
    title: 'Machine Learning Engineer II, Care Management',
    company: 'Calloway Shield Health Plan',
    location: 'Minneapolis, MN',
    format: 'raw',
    // Greenhouse board page: content-intro and content-conclusion blocks, the employer only at the end.
    body: `<div class="content-intro"><p><em>Hybrid: three days a week in our downtown Minneapolis office.</em></p></div><h3>What you&rsquo;ll do</h3><p>Our care management nurses call members who are likely to end up in the hospital and help them stay out of it. The models that decide who gets a call each morning run as batch jobs written six years ago. You will rebuild them as services the whole team can trust.</p><ul><li>Turn readmission and emergency-visit models from notebooks into tested Python services</li><li>Serve models on Kubernetes; keep the code in GitHub and ship it through Jenkins pipelines</li><li>Track experiments and model versions with MLflow, and compare every candidate against the production model before it replaces it</li><li>Work closely with the data scientists who build the models and the nurses who act on them</li></ul><h3>What you bring</h3><ul><li>3+ years building and running software in production</li><li>Python, Docker and Kubernetes in production</li><li>Comfort handling protected health information under HIPAA</li><li>You keep learning: new tools, papers and other teams&rsquo; incident write-ups</li></ul><h3>Compensation</h3><p>The base pay range for this position is $118,000&ndash;$146,000 per year. Actual pay depends on skills, experience and location. This role is eligible for an annual incentive of up to 10%.</p><p>Benefits include medical, dental and vision coverage, a 403(b) with a 6% employer contribution, 25 days of paid time off, paid parental leave, and tuition assistance.</p><div class="content-conclusion"><p><strong>About Calloway Shield</strong></p><p>Calloway Shield is a not-for-profit health plan covering 1.1 million people in Minnesota, Wisconsin and the Dakotas through employer, individual and Medicare Advantage plans. We pay claims, negotiate with hospitals and clinics on our members&rsquo; behalf, and run care programs for members living with chronic conditions.</p><p>Calloway Shield is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, protected veteran status, or any other characteristic protected by law. If you need a reasonable accommodation during the application process, please contact our Talent Acquisition team.</p></div>`,
    role: 'MLE',
    sector: SECTOR.HEALTH,
    countries: ['US'],
    mentions: ['Python', 'Kubernetes', 'Git', 'Deployment pipelines', 'MLflow', 'Model evaluation', 'DS', 'Docker', 'Continuous learning'],
  },
  {
    id: 't7-a-03',
    title: 'Applied Scientist, Search Relevance',
    company: 'Tamblyn',
    location: 'Seattle, WA',
    locations: ['Seattle, WA', 'Vancouver, BC, Canada'],
    format: 'raw',
    // Ashby description: <h2> sections, plain <p> and <ul>.
    body: `<p><strong>Tamblyn</strong> is where people sell the sofa they no longer have room for, and someone across town picks it up on Saturday. About 45,000 pieces of used furniture change hands through Tamblyn every week, and we take a small fee when they do.</p><h2>The role</h2><p>When a buyer types &ldquo;mid-century walnut desk&rdquo;, the listings they see first decide whether a sale happens. You will lead the science behind that ranking.</p><ul><li>Train and ship learning-to-rank models, from the gradient-boosted trees we run today to transformer-based rankers</li><li>Design online experiments and read out A/B tests with the right statistics</li><li>Build offline evaluation sets from search logs and human relevance judgments</li><li>Write up what you learn so the rest of the company can use it</li></ul><h2>You might be a fit if you have</h2><ul><li>A PhD or MS in computer science, statistics or a related field, or equivalent experience</li><li>Strong foundations in probability and linear algebra</li><li>Fluency in Python and PyTorch</li><li>Published work in information retrieval (a plus, not a requirement)</li></ul><h2>Compensation</h2><p>Seattle: $165,000 &ndash; $210,000 base. Vancouver: CA$170,000 &ndash; CA$205,000 base. Plus equity, health coverage from day one, and a $1,500 home-furnishing credit (used or new).</p><p>Tamblyn is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, veteran status or disability.</p>`,
    role: 'ARS',
    sector: SECTOR.RETAIL,
    countries: ['US', 'CA'],
    mentions: ['Decision trees', 'Neural networks', 'Hypothesis testing', 'Model evaluation', 'Communication', 'Probability', 'Linear algebra', 'Python', 'PyTorch'],
  },
  {
    id: 't7-a-04',
    title: 'Data Engineer (Network & Customer Data)',
    company: 'Ferncastle Fibre',
    location: 'Sheffield, UK',
    format: 'html',
    body: `# Who we are
We keep 900,000 homes and 40,000 small businesses in Yorkshire and the East Midlands online. Our engineers have laid 11,000 km of full-fibre cable since 2017, and our own people in Sheffield answer the phone when something goes wrong.
# What you'll be doing
- Build and run the pipelines that bring router, outage and customer-contact data into our Databricks lakehouse, using Apache Spark and Airflow
- Write data quality checks that catch missing, duplicated or impossible readings before anyone builds a report on them
- Publish documented tables for the analysts and data scientists who forecast faults and call volumes
- Keep everything in Git, reviewed, and deployed through CI/CD
# What we're looking for
- Strong Python and SQL
- Experience running Spark on a cloud platform (we use Azure)
- Kafka experience is a bonus
- You explain technical trade-offs clearly to people who aren't engineers
# What's in it for you
£52,000–£62,000, 25 days' holiday plus your birthday off, a 6% matched pension, free full-fibre broadband at home, private medical cover, and two days a week in our Sheffield office.
We want our team to look like the communities we connect. If you need any adjustments during the process, tell us and we'll make them.`,
    role: 'DE',
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Apache Spark', 'Data cleaning', 'DS', 'Git', 'Deployment pipelines', 'Python', 'Kafka', 'Communication'],
  },
  {
    id: 't7-a-05',
    title: 'Computer Vision Engineer – Weld Inspection',
    company: 'Drumlin Axle Works',
    location: 'Windsor, ON',
    format: 'div',
    body: `# The role
Every rear axle housing we weld is still checked by a person with a flashlight. We want cameras and models to do the first pass, so our inspectors can spend their time on the hard cases.
# Responsibilities
- Collect and label images of weld seams from three robotic welding cells
- Train segmentation and classification CNNs in PyTorch and export them to run at line speed
- Measure false-reject and escape rates against our inspectors' decisions, before and after launch
- Write inference and camera-control code in C++ and Python
- Work with our controls engineers and robotics engineers on triggers, lighting and fixtures
# Qualifications
- Degree in engineering or computer science
- 3+ years of industrial machine vision (commercial smart cameras or custom systems)
- Comfortable on a plant floor; steel-toe boots and safety glasses are required
# Benefits
Competitive salary, a group RRSP with company match, extended health and dental from your first day, tuition reimbursement and an on-site gym.
# About Drumlin
Drumlin Axle Works has machined and assembled axles for pickup trucks and delivery vans in Windsor since 1964. Our 1,300 employees supply three vehicle assembly plants in Ontario and Michigan.
Drumlin is committed to accessibility and will provide accommodations throughout the hiring process under the Accessibility for Ontarians with Disabilities Act. Please let us know what you need.`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['CA'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python', 'ROBO'],
  },
  {
    id: 't7-a-06',
    title: 'NLP Engineer – Customer Care AI',
    company: 'Yarrowgate Mobile',
    location: 'Bengaluru, Karnataka',
    countryHints: ['IN'],
    format: 'escaped',
    body: `# About us
Yarrowgate Mobile is a mobile network operator with 48 million subscribers across South India. Our 4G and 5G network reaches 19,000 towns, and our care centres handle 1.5 lakh calls and chats a day in English, Kannada, Tamil, Telugu and Malayalam.
# What you will do
- Build intent classification and entity extraction models for customer chats in five languages
- Fine-tune multilingual transformer models with Hugging Face and PyTorch, and quantise them for serving
- Evaluate every model by language and by intent, and report where it fails
- Clean and de-duplicate chat transcripts and strip customers' personal data before training
- Expose models as REST APIs for the chat platform team
# What you bring
- B.Tech/M.Tech in computer science or a related field
- 2–5 years of hands-on NLP work
- Strong Python; working knowledge of Docker
- Reading knowledge of at least one South Indian language is a plus
# What we offer
Medical insurance for you, your spouse, children and parents; a free postpaid connection; an annual performance bonus; and hybrid work from our Whitefield campus.
Yarrowgate Mobile is an equal opportunity employer & does not charge any fee at any stage of recruitment.`,
    role: 'NLP_ENG',
    sector: SECTOR.TELCO,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'Data cleaning', 'APIs', 'Python', 'Docker'],
  },
  {
    id: 't7-a-07',
    title: 'Business Intelligence Developer',
    company: 'Pellinore Outdoor',
    location: 'Brisbane QLD 4000',
    countryHints: ['AU'],
    format: 'text',
    body: `# The role
Reporting to the Head of Data, you'll own the reports and data models that our store, online and buying teams open every morning.
# Key responsibilities
- Design and maintain Power BI data models and reports for sales, margin, stock cover and online conversion
- Write and tune SQL against our Snowflake warehouse
- Fix gaps and errors in product and store master data with the teams that own it
- Visualise trends for the buying team so they can see which ranges to deepen and which to clear
- Run short training sessions so store managers can answer their own questions
# About you
- 3+ years as a BI developer or reporting analyst
- Advanced Power BI (DAX, Power Query) and SQL
- Python is a plus
- A genuine interest in how a retail business makes its money
# Perks
$105,000–$120,000 plus super, a 30% team discount, an annual gear allowance, two paid adventure days a year and flexible hours.
# About Pellinore Outdoor
Pellinore Outdoor sells hiking, camping and climbing gear through 38 stores in Queensland, New South Wales and Victoria, and online. We started as one shop in Fortitude Valley in 1989, and we still test every tent we sell.
We celebrate diversity and welcome applications from Aboriginal and Torres Strait Islander peoples, people with disability, and people of all ages, backgrounds and identities.`,
    role: 'BIA',
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Power BI', 'Data cleaning', 'Visualization', 'BIA', 'Python', 'Business acumen'],
  },
  {
    id: 't7-a-08',
    title: 'Decision Scientist, Store Operations',
    company: 'Bramblecote Provisions',
    location: 'Chicago, IL',
    format: 'double',
    body: `# Who we are
Bramblecote Provisions runs 140 neighborhood grocery stores across Illinois, Indiana and Wisconsin, each with its own bakery and butcher counter. We're employee-owned: every associate with a year of service holds shares.
# The job
Our Store Analytics team helps store and supply leaders make calls with evidence: how many bakers a store needs on Saturday, which stores get a new self-checkout lane, what to do with bread that hasn't sold by 4 pm.
- Frame the decision first, then pick the method: regression, simulation, or a small test in a handful of stores
- Run store-level A/B tests and work out whether a difference is real
- Build labor and waste forecasts in Python or R
- Present recommendations to store directors with a clear story and honest caveats
# What you bring
- 3+ years in analytics or operations research
- Python or R, SQL, and comfort with statistics
- Business sense: you know a margin from a markup
- Experience in grocery or restaurants is a plus
# Pay and benefits
$110,000–$135,000, an annual bonus, ESOP shares, a 401(k) with match, medical/dental/vision, and 10% off your groceries.
Bramblecote Provisions is an equal opportunity employer & participates in E-Verify.`,
    role: 'DS',
    sector: SECTOR.RETAIL,
    countries: ['US'],
    mentions: ['Regression', 'Hypothesis testing', 'Python', 'R', 'Communication', 'Business acumen'],
  },
  {
    id: 't7-a-09',
    title: 'ML Platform Engineer',
    company: 'Corvenna Systems',
    location: 'Berlin, Germany',
    format: 'raw',
    // Lever description: <div> paragraphs with <br> spacers, <h3> list headings, the employer at the end.
    body: `<div>We&rsquo;re looking for an engineer to build the platform our machine learning engineers and data scientists use to train, evaluate and ship models &mdash; so that getting a model from an idea to production takes days, not quarters.</div><div><br></div><div>You&rsquo;ll join a team of five in Berlin. We work in English.</div><div><br></div><h3>What you&#39;ll do</h3><ul><li>Run our training and serving stack on Kubernetes, with Kubeflow Pipelines for training and our own gateway for inference</li><li>Maintain the MLflow model registry and the evaluation jobs every model must pass before release</li><li>Build release pipelines for models and their containers (Docker, GitLab CI, Argo CD)</li><li>Help teams move off hand-built SageMaker notebooks onto the shared platform</li></ul><h3>What you&#39;ll need</h3><ul><li>Strong Python, and Go or Java</li><li>Production Kubernetes experience</li><li>A solid grasp of how models are trained and evaluated; you don&rsquo;t need to be a researcher</li><li>Good written English; German is not required</li></ul><h3>What we offer</h3><ul><li>&euro;78,000&ndash;&euro;96,000 plus virtual stock options</li><li>30 vacation days, a Deutschlandticket and a &euro;1,000 yearly learning budget</li><li>Relocation support and visa sponsorship</li></ul><div><b>About Corvenna</b></div><div>Corvenna makes observability software: 3,200 engineering teams use it to trace requests, collect logs and get paged when their services slow down. We&rsquo;re 260 people across Berlin, Lisbon and Toronto, and we&rsquo;ve been profitable since 2022.</div><div><br></div><div>Corvenna is an equal opportunity employer. We welcome applications from people of every background, and we&rsquo;ll happily adjust our interview process if you need us to.</div>`,
    role: 'MLE',
    sector: SECTOR.IT,
    countries: ['DE'],
    mentions: ['MLE', 'DS', 'Kubernetes', 'Kubeflow', 'MLflow', 'Model evaluation', 'Deployment pipelines', 'Docker', 'Git', 'AWS SageMaker', 'Python', 'Java'],
  },
  {
    id: 't7-a-10',
    title: 'AI Product Manager – Clinical Documentation',
    company: 'Wardnote Clinical',
    location: 'Toronto, ON, Canada',
    format: 'raw',
    // SmartRecruiters jobAd sections concatenated by the adapter (company, job, qualifications, additional).
    body: `<p>Wardnote Clinical builds the software that nurses and physicians in 70 Canadian hospitals use to write notes, hand patients over between shifts and order tests. Our products are certified to work with the provincial health record systems in Ontario, British Columbia and Nova Scotia.</p><p><strong>Job Description</strong></p><p>We are bringing AI to the most time-consuming part of a clinician&rsquo;s day: documentation. You will own the roadmap for ambient note drafting and discharge summaries.</p><ul><li>Decide what to build together with clinicians, our machine learning engineers and our privacy office</li><li>Define how we evaluate drafted notes for accuracy, omissions and safety before any hospital switches a feature on</li><li>Run pilots in two hospitals and turn what you see on the wards into requirements</li><li>Explain model limitations to hospital executives and clinical informatics leads</li></ul><p><strong>Qualifications</strong></p><ul><li>4+ years of product management, including AI or ML products</li><li>Experience with healthcare software, EHRs or clinical settings</li><li>Enough technical depth to discuss LLM evaluation and prompt design with engineers</li><li>Bilingual English/French is an asset</li></ul><p><strong>Additional Information</strong></p><p>Salary range: $135,000&ndash;$160,000 CAD. Health and dental coverage from day one, RRSP matching, and a home-office stipend.</p><p>Wardnote welcomes applications from people with disabilities. Accommodations are available on request for candidates taking part in all aspects of the selection process.</p>`,
    role: 'AIPM',
    sector: SECTOR.HEALTH,
    countries: ['CA'],
    mentions: ['MLE', 'Model evaluation', 'Communication'],
  },
  {
    id: 't7-a-11',
    title: 'Research Scientist (Machine Learning)',
    company: 'Aldermoor Institute for Machine Intelligence',
    location: 'Cambridge, UK',
    format: 'html',
    body: `# About the Institute
The Aldermoor Institute is an independent research institute funded by a charitable endowment, grants and donations. Our 60 researchers publish everything they find, and nobody here has customers to answer to.
# The position
We are hiring a scientist to join the Learning Under Uncertainty group, which studies how models can tell when they do not know the answer.
- Develop methods for calibrated uncertainty in neural networks, from Bayesian approaches to ensembles
- Benchmark new methods against strong baselines on shared evaluation suites, and publish at NeurIPS, ICML and similar venues
- Release open-source code in JAX or PyTorch
- Supervise PhD students visiting from partner universities
# Essential criteria
- A PhD in machine learning, statistics or a related field
- A publication record in probabilistic machine learning
- Strong mathematics: probability, linear algebra and calculus
# Terms
Fixed term for four years. Salary £58,000–£72,000, 30 days' annual leave plus bank holidays, a defined-contribution pension with 12% employer contribution, and a generous conference budget.
The Institute is a registered charity in England and Wales. We particularly welcome applications from women and from people from groups under-represented in science.`,
    role: 'ARS',
    sector: null,
    countries: ['GB'],
    mentions: ['Neural networks', 'Model evaluation', 'PyTorch', 'Probability', 'Linear algebra', 'Calculus'],
  },
  {
    id: 't7-a-12',
    title: 'Robotics Engineer II, Mobile Picking',
    company: 'Strathcole Robotics',
    location: 'Pittsburgh, PA',
    format: 'escaped',
    body: `# What you'll work on
Our robots drive between warehouse shelves and pick individual items into totes. You will work on the arm: planning grasps, avoiding collisions and recovering when an item slips.
- Develop motion planning and grasping software in C++ and Python on ROS 2
- Train grasp-success policies with reinforcement learning in simulation and transfer them to real arms
- Test every release on the robots on our 20,000 sq ft test floor before it ships to a customer site
- Use Git, code review and CI for everything that runs on a robot
# Requirements
- MS or PhD in robotics, mechanical engineering or computer science, or a BS with 3+ years of experience
- Strong C++ and linear algebra
- Experience with real hardware, not only simulation
# Compensation & benefits
Base salary $135,000 – $165,000 plus equity; medical, dental and vision paid at 100% for employees; a 401(k) with 4% match; and a yearly learning stipend.
# About us
Strathcole Robotics designs and builds autonomous picking robots. We machine and assemble every robot in our own plant on the Allegheny River, and 1,400 of them now work in warehouses for grocers, pharmacies and parcel carriers.
Strathcole is an equal opportunity employer. We consider all applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.`,
    role: 'ROBO',
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['C++', 'Python', 'Reinforcement learning', 'Git', 'Deployment pipelines', 'Linear algebra'],
  },
  {
    id: 't7-a-13',
    title: 'Deep Learning Engineer – Satellite Imagery',
    company: 'Skyfold Analytics',
    location: 'Singapore',
    format: 'div',
    body: `# About Skyfold
We turn satellite pictures into answers. Every five days our models map 30 million hectares of rice, oil palm and rubber across Southeast Asia, and insurers, commodity traders and governments subscribe to what we find.
# The role
- Train semantic segmentation networks (U-Net and vision transformers) on multispectral and radar imagery
- Run distributed training on GPU clusters with PyTorch, and track experiments with MLflow
- Build validation sets from field surveys and report accuracy per crop and per region
- Work with our data engineers to turn model outputs into weekly map layers
# Requirements
- Master's or PhD in computer vision, remote sensing or a related field
- Strong Python, PyTorch and NumPy
- Experience with geospatial tools (GDAL, rasterio) is a plus
# What we offer
A competitive salary, ESOP, paid conference travel, flexible hours and a hybrid office in one-north.`,
    role: 'DLS',
    sector: SECTOR.IT,
    countries: ['SG'],
    mentions: ['Neural networks', 'PyTorch', 'MLflow', 'Model evaluation', 'DE', 'Python', 'NumPy'],
  },
  {
    id: 't7-a-14',
    title: 'Lead Data Engineer, Payments',
    company: 'Sableridge Pay',
    location: 'Singapore',
    locations: ['Singapore', 'Kuala Lumpur, Malaysia'],
    format: 'raw',
    // Greenhouse board page: location line in content-intro, the employer in content-conclusion.
    body: `<div class="content-intro"><p>Singapore or Kuala Lumpur &middot; Full-time &middot; Hybrid</p></div><p>We are looking for a lead engineer for the team that owns our settlement and reconciliation data. Every card and QR payment a merchant accepts through us passes through the pipelines you will run.</p><p><strong>What you&rsquo;ll do</strong></p><ul><li>Lead four data engineers building batch and streaming pipelines with Kafka, Apache Spark and Flink</li><li>Design the reconciliation checks that flag duplicated, missing or mismatched transactions before settlement files go out</li><li>Give our fraud data scientists and our finance team trustworthy data, on time, every day</li><li>Set standards for code review, testing and releases through our Jenkins pipelines</li></ul><p><strong>What you&rsquo;ll bring</strong></p><ul><li>7+ years in data engineering, including 2+ leading a team</li><li>Scala or Java, plus Python</li><li>Experience in a regulated industry</li><li>Clear communication with engineers as well as finance and compliance colleagues</li></ul><div class="content-conclusion"><p><strong>About Sableridge</strong></p><p>Ninety thousand merchants across Singapore and Malaysia, from hawker stalls to airlines, take card, wallet and QR payments on Sableridge terminals and checkout pages, and we settle the money into their bank accounts the next morning. We hold licences from the Monetary Authority of Singapore and Bank Negara Malaysia.</p><p>Sableridge is an equal opportunity employer. We hire on merit and do not discriminate by race, religion, gender, age, nationality or disability.</p></div>`,
    role: 'DE',
    sector: SECTOR.FIN,
    countries: ['SG', 'MY'],
    mentions: ['DE', 'Kafka', 'Apache Spark', 'Data cleaning', 'DS', 'Deployment pipelines', 'Java', 'Python', 'Communication'],
  },
  {
    id: 't7-a-15',
    title: 'Senior Data Engineer – Manufacturing Analytics',
    company: 'Oberhain Kunststofftechnik GmbH',
    location: 'Stuttgart',
    countryHints: ['DEU'],
    format: 'double',
    body: `# About us
Oberhain Kunststofftechnik moulds plastic parts for car interiors: door panels, centre consoles, air vents. We run 140 injection-moulding machines in three plants in Baden-Württemberg and supply most German carmakers. Our IT team works in English.
# Your tasks
- Connect machine controllers and MES data from our plants to a central data platform on Azure
- Build streaming pipelines with Kafka and batch jobs with Apache Spark
- Model the data so our process engineers and data scientists can compare cycle times, scrap and downtime across plants
- Automate deployments with Azure DevOps pipelines and keep all code in Git
# Your profile
- 5+ years of experience as a data engineer
- Python and SQL; Scala is a plus
- Docker; Kubernetes is a plus
- Fluent English; German is helpful but not required
# We offer
Pay under the metal and electrical industry collective agreement, 30 days' holiday, a company pension, bike leasing, a subsidised canteen and flexible hours with up to two days of mobile work a week.`,
    role: 'DE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Kafka', 'Apache Spark', 'DS', 'Deployment pipelines', 'Git', 'DE', 'Python', 'Docker', 'Kubernetes'],
  },
  {
    id: 't7-a-16',
    title: 'Business Intelligence Analyst (Grade 9)',
    company: 'Eastmere Borough Council',
    location: 'Civic Centre, Eastmere, Essex',
    countryHints: ['GB'],
    format: 'text',
    body: `# About us
Eastmere Borough Council provides services to 140,000 residents: bin collections, housing, planning, parks, council tax and benefits. Our Insight team helps councillors and managers see how services are doing and where money is best spent.
# About the role
- Build and maintain Power BI reports on housing repairs, homelessness, council tax collection and waste
- Bring together data from our housing, revenues and customer systems, and correct errors at source with service teams
- Present findings to heads of service and the Cabinet in plain language
- Support the Council's move from spreadsheets to a shared data warehouse
# About you
- Experience in performance reporting, ideally in local government
- Strong Power BI and SQL; some Python or R is welcome
- Organised, with an eye for detail
# What we offer
Salary £39,186 – £42,708 (Grade 9), 37 hours a week. Local Government Pension Scheme, 26 days' annual leave rising to 31 with service, flexible and hybrid working, and an employee assistance programme.
We are a Disability Confident Leader and guarantee an interview to disabled applicants who meet the essential criteria. We welcome applications from all sections of the community.`,
    role: 'BIA',
    sector: SECTOR.PUBLIC,
    countries: ['GB'],
    mentions: ['Power BI', 'Data cleaning', 'Communication', 'Python', 'R'],
  },
  {
    id: 't7-a-17',
    title: 'Data Scientist – Ridership & Service Planning',
    company: 'Cinder Creek Regional Transit District',
    location: 'Sacramento, CA',
    format: 'html',
    body: `# Position summary
The Service Planning division is looking for a data scientist to help decide where buses and light rail should run, how often, and at what times of day.
# About the District
The Cinder Creek Regional Transit District is a public agency governed by a board of elected officials from eleven cities and two counties. We carry 38 million passengers a year on 74 bus routes, two light-rail lines and a paratransit service.
# Essential functions
- Estimate ridership from fare-card taps, automatic passenger counters and vehicle GPS; clean and reconcile these sources where they disagree
- Build regression and clustering models of travel patterns for the network redesign
- Visualize trip patterns on maps and charts for the board and the public
- Write reproducible analyses in Python or R, versioned in Git
# Minimum qualifications
- Bachelor's degree in statistics, transportation planning, computer science or a related field
- Two years of professional experience analyzing data
# Salary and benefits
$98,452 – $126,130 annually. CalPERS retirement; medical, dental and vision plans; 12 paid holidays; free transit for you and your household.
The District is an Equal Employment Opportunity employer. Applicants needing an accommodation during the examination process should contact Human Resources at least five business days in advance.`,
    role: 'DS',
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['DS', 'Data cleaning', 'Regression', 'Clustering', 'Visualization', 'Python', 'R', 'Git'],
  },
  {
    id: 't7-a-18',
    title: 'Senior Perception Engineer, Lidar',
    company: 'Vorland Autonomy GmbH',
    location: 'Munich, Germany',
    format: 'raw',
    // Ashby description: <h2> sections and a benefits list.
    body: `<h2>About Vorland</h2><p>Vorland builds the self-driving system for heavy trucks on European motorways. Our test fleet of 24 trucks carries freight between Munich, Nuremberg and Leipzig with safety drivers on board, and our sensors and computer are fitted at the truck factory, not afterwards.</p><h2>The Role</h2><p>You will lead work on how our trucks see other vehicles, people and debris up to 300 metres ahead.</p><ul><li>Develop 3D object detection and tracking from lidar point clouds and camera images</li><li>Train networks such as PointPillars and bird&rsquo;s-eye-view transformers in PyTorch, and deploy them on the truck computer</li><li>Own evaluation: build scenario test sets from fleet data and report recall by range, in rain and at night</li><li>Write production C++ that runs at 20 Hz</li></ul><h2>What We&rsquo;re Looking For</h2><ul><li>5+ years in perception for autonomous vehicles or robots</li><li>Excellent C++ and Python</li><li>A strong foundation in linear algebra and probability</li></ul><h2>Benefits</h2><ul><li>Competitive salary and virtual shares</li><li>30 days of vacation, a Deutschlandticket and relocation support</li><li>English-speaking team of 35 nationalities</li></ul><p>We are committed to equal opportunity regardless of gender, nationality, ethnic origin, religion, disability, age or sexual identity.</p>`,
    role: 'CVE',
    sector: SECTOR.AUTO,
    countries: ['DE'],
    mentions: ['Neural networks', 'PyTorch', 'Model evaluation', 'C++', 'Python', 'Linear algebra', 'Probability'],
  },
  {
    id: 't7-a-19',
    title: 'AI Engineer – Fraud Analytics',
    company: 'Velankar Urban Co-operative Bank',
    location: 'Pune, Maharashtra',
    countryHints: ['IN'],
    format: 'div',
    body: `# Role overview
We are building our first in-house fraud detection models for UPI, card and net-banking transactions, and need an engineer to take them to production.
# Key responsibilities
- Develop fraud scoring models using XGBoost and LSTM networks over transaction sequences
- Engineer features from transaction history, device data and beneficiary patterns
- Build real-time scoring APIs with FastAPI, packaged in Docker, and deploy them on Azure Machine Learning
- Track false-positive rates with the fraud operations team and retrain when they drift
# Desired profile
- B.E./B.Tech/MCA with 3–6 years of building ML systems
- Python, scikit-learn, and TensorFlow or PyTorch
- Microsoft Azure AI Engineer Associate certification is an advantage
- Exposure to RBI guidelines on digital payment security
# About the Bank
Velankar Urban Co-operative Bank was founded in 1961 by textile workers in Pune. Today we serve 9 lakh members and customers through 74 branches in Maharashtra and Goa, offering savings accounts, gold loans, housing loans and small business credit. The Bank is regulated by the Reserve Bank of India.
We are an equal opportunity employer. The Bank never asks candidates for money at any stage of selection.`,
    role: 'MLE',
    sector: SECTOR.FIN,
    countries: ['IN'],
    mentions: ['Decision trees', 'Neural networks', 'Feature engineering', 'APIs', 'Docker', 'Microsoft Azure ML', 'Model evaluation', 'Python', 'Scikit-learn', 'TensorFlow', 'PyTorch', 'CERT_AZ'],
  },
  {
    id: 't7-a-20',
    title: 'Senior Product Manager, Machine Learning',
    company: 'Peopleloom',
    location: 'Remote – United States or Canada',
    format: 'escaped',
    body: `# The opportunity
Our customers' HR teams spend hours every week answering the same policy questions and sifting applications. You will lead the product work that puts machine learning to work on both.
# What you'll do
- Own the roadmap for AI features in recruiting and in the employee help desk
- Work with our data scientists and ML engineers to decide what to build and how to measure it
- Run A/B tests on new features and make the call from the results
- Write clear specs, and share results with customers and leadership
- Set guardrails for fairness in candidate matching with our legal and trust teams
# What you'll bring
- 5+ years of product management, 2+ on ML or AI products
- Comfortable reading SQL and a Python notebook
- Comfortable saying no to good ideas that are not the priority
# Compensation
US base salary range: $160,000–$195,000. Canadian base salary range: CA$150,000–CA$180,000. Plus equity, health benefits, a home-office budget and 20 days of paid time off.
# About Peopleloom
Peopleloom is HR software for companies with 200 to 5,000 employees: hiring, onboarding, employee records and a help desk in one place. More than 4,000 companies, from breweries to hospitals, run their people operations on Peopleloom.
Peopleloom is proud to be an equal opportunity employer & welcomes applicants of every race, religion, gender identity, sexual orientation, age, ability and veteran status.`,
    role: 'AIPM',
    sector: SECTOR.IT,
    countries: ['US', 'CA'],
    mentions: ['DS', 'MLE', 'Hypothesis testing', 'Communication', 'Python'],
  },
  {
    id: 't7-a-21',
    title: 'NLP Engineer – Legislation Search',
    company: 'Federal Legislation Access Office',
    location: 'Canberra, ACT',
    countryHints: ['AU'],
    format: 'raw',
    // Workday jobDescription: the employer after the opening summary, salary and diversity lines at the end.
    body: `<p><b>The opportunity</b></p><p>We are looking for an NLP engineer to make Commonwealth legislation easier to search and understand for the public, for lawyers and for public servants.</p><p>&nbsp;</p><p><b>About us</b></p><p>The Federal Legislation Access Office is a Commonwealth statutory agency in the Attorney-General&rsquo;s portfolio. We publish the authorised versions of every Act and legislative instrument in force &ndash; more than 40,000 documents and their amendment histories &ndash; and keep them free for everyone to read.</p><p><b>What you will do</b></p><ul><li>Build search and question answering over legislation using embeddings and transformer models</li><li>Create evaluation sets with our legal editors and measure answer accuracy before every release</li><li>Deploy services in Docker containers on our government cloud through automated CI/CD</li><li>Explain to legal editors and executives what the system can and cannot be trusted to do</li></ul><p><b>Who we are looking for</b></p><ul><li>Experience building NLP systems in Python</li><li>Familiarity with Hugging Face, PyTorch and vector search</li><li>Australian citizenship and the ability to obtain a Baseline security clearance</li></ul><p>&nbsp;</p><p><b>Salary:</b> EL1, $121,000 &ndash; $138,000 plus 15.4% superannuation.</p><p>We are committed to a diverse workforce and encourage applications from Aboriginal and Torres Strait Islander peoples, people with disability, and people from culturally and linguistically diverse backgrounds. RecruitAbility applies to this vacancy.</p>`,
    role: 'NLP_ENG',
    sector: SECTOR.PUBLIC,
    countries: ['AU'],
    mentions: ['NLP_ENG', 'Neural networks', 'Model evaluation', 'Docker', 'Deployment pipelines', 'Communication', 'Python', 'PyTorch'],
  },
  {
    id: 't7-a-22',
    title: 'MLOps Engineer – 12 Month Contract',
    company: 'Hollin & Pryce Talent',
    location: 'London (hybrid)',
    countryHints: ['GB'],
    format: 'text',
    body: `MLOps Engineer | 12-month contract | £550–£650 per day (Outside IR35) | London, 2 days a week on site

Hollin & Pryce Talent is delighted to be partnering with a well-funded, fast-growing client on a key hire for their machine learning platform team.

# The role
- Take models built by the data science team into production on AWS (SageMaker, ECS)
- Build CI/CD pipelines for training and deployment with Terraform and Jenkins
- Containerise workloads with Docker and orchestrate them on Kubernetes
- Put model monitoring and automated retraining in place
# Essential skills
- 3+ years running machine learning systems in production
- Strong Python
- Infrastructure as code (Terraform)
- Excellent stakeholder communication
# Desirable
- MLflow or Kubeflow
- AWS Certified Machine Learning – Specialty

Interested? Send your CV today for immediate consideration; interviews are taking place next week.

Hollin & Pryce Talent is acting as an employment business in relation to this vacancy. We are an equal opportunities employer and welcome applications from all suitably qualified persons regardless of their race, sex, disability, religion/belief, sexual orientation or age.`,
    role: 'MLE',
    sector: null,
    countries: ['GB'],
    mentions: ['MLE', 'AWS SageMaker', 'Deployment pipelines', 'Docker', 'Kubernetes', 'Python', 'Communication', 'MLflow', 'Kubeflow', 'CERT_AWS'],
  },
  {
    id: 't7-a-23',
    title: 'Data Scientist, Load Forecasting',
    company: 'Prairiegate Power',
    location: 'Calgary, AB, Canada',
    format: 'raw',
    // SmartRecruiters jobAd with the company description placed last.
    body: `<p><strong>Job Description</strong></p><p>Forecasts of how much electricity Albertans will use tomorrow, next week and next winter drive almost every decision we make. Join the Forecasting team and make them better.</p><ul><li>Build short-term load forecasts with gradient-boosted trees and neural networks, using weather, calendar and smart-meter data</li><li>Backtest every model against last year&rsquo;s actual load and publish the error by region and hour</li><li>Clean and fill gaps in meter and weather data, and document every fix</li><li>Share forecasts and their uncertainty with system operators and traders in a daily briefing</li></ul><p><strong>Qualifications</strong></p><ul><li>Degree in statistics, engineering or another quantitative field</li><li>3+ years of forecasting with Python (pandas, scikit-learn, LightGBM)</li><li>Knowledge of time series methods and probability</li></ul><p><strong>Additional Information</strong></p><p>Salary: $105,000 &ndash; $130,000 plus an annual incentive. Defined benefit pension, health and dental coverage for your family, a wellness account and nine-day fortnights.</p><p><strong>Company Description</strong></p><p>Prairiegate Power generates and delivers electricity to 1.1 million homes and businesses in Alberta from 40 wind farms, six gas plants and 9,000 km of transmission lines. We have kept the lights on since 1948.</p><p>Prairiegate is an equal opportunity employer and is committed to providing accommodations for people with disabilities during the hiring process.</p>`,
    role: 'DS',
    sector: null,
    countries: ['CA'],
    mentions: ['Decision trees', 'Neural networks', 'Model evaluation', 'Data cleaning', 'Communication', 'Python', 'Pandas', 'Scikit-learn', 'Probability'],
  },
  {
    id: 't7-a-24',
    title: 'Computer Vision Engineer (Digital Pathology)',
    company: 'Mirovia Diagnostics',
    location: 'Hyderabad, Telangana',
    countryHints: ['IND'],
    format: 'html',
    body: `# About Mirovia
Mirovia Diagnostics makes slide scanners and image-analysis software that help pathologists read biopsies faster. Our registered scanners are used in 300 hospital and reference laboratories in India, the Middle East and Africa.
# What you'll do
- Build detection and segmentation models for tumour regions and cell counts on gigapixel slide images
- Train CNNs and vision transformers in PyTorch and TensorFlow
- Validate models against pathologists' annotations and prepare the evidence for regulatory submissions
- Optimise inference on our scanner workstations with C++
# What you'll need
- M.Tech or PhD in computer vision or image processing
- Strong Python and OpenCV; C++ is a plus
- Curiosity about medicine: we will teach you the pathology
# Benefits
Health insurance for your family, ESOPs, and a learning budget for courses and conferences.`,
    role: 'CVE',
    sector: SECTOR.HEALTH,
    countries: ['IN'],
    mentions: ['Neural networks', 'PyTorch', 'TensorFlow', 'Model evaluation', 'C++', 'Python'],
  },
  {
    id: 't7-a-25',
    title: 'Analytics Engineer',
    company: 'Larderline',
    location: 'Melbourne, VIC',
    format: 'raw',
    // Lever description: <div> lead, <h3> lists, the employer at the end.
    body: `<div><b>About the role</b></div><div>You&rsquo;ll own the dbt models that turn raw order, courier and restaurant events into the tables everyone at Larderline uses to make decisions &mdash; from how many couriers to roster on a rainy Friday to which suburbs to launch in next.</div><div><br></div><h3>What you&#39;ll do</h3><ul><li>Build and test dbt models in Snowflake, with code in GitHub and every change deployed through CI</li><li>Write tests that catch duplicated orders, late events and broken joins before they reach a dashboard</li><li>Work with data engineers on ingestion and with analysts on the metrics they need</li><li>Document metrics so that &ldquo;active customer&rdquo; means the same thing everywhere</li></ul><h3>What you&#39;ll bring</h3><ul><li>Advanced SQL and dbt</li><li>Some Python</li><li>Experience with Tableau or Metabase</li></ul><h3>Perks</h3><ul><li>$125k&ndash;$145k + super</li><li>$60 of Larderline credit every week</li><li>Hybrid, with a Cremorne office and a very good coffee machine</li></ul><div><b>About Larderline</b></div><div>Larderline brings dinner from 9,000 local restaurants and groceries from 600 corner stores to doorsteps in Melbourne, Sydney, Brisbane, Adelaide and Perth, usually in under 35 minutes.</div><div><br></div><div>Larderline is an equal opportunity employer. We encourage Aboriginal and Torres Strait Islander people, people with disability and people from all cultural backgrounds to apply.</div>`,
    role: null,
    sector: SECTOR.RETAIL,
    countries: ['AU'],
    mentions: ['Git', 'Deployment pipelines', 'Data cleaning', 'DE', 'Python', 'Tableau'],
  },
  {
    id: 't7-a-26',
    title: 'Data Analyst, Customer Insights',
    company: 'Northreach Wireless',
    location: 'London, ON',
    format: 'escaped',
    body: `# About Northreach
2.4 million people in southwestern and northern Ontario carry a Northreach SIM in their phone. Our towers cover 98% of the region's population, and our 180 stores and our contact centre here in London look after them.
# What you'll do
- Analyse churn, plan changes and roaming usage to find where customers are unhappy and why
- Build Tableau dashboards for the customer experience and retail teams
- Segment customers with k-means clustering and profile each group
- Present insights to directors every month
# What you bring
- 2+ years as an analyst in a subscription business
- SQL and Tableau; Python or R is an asset
- Bilingualism (English/French) is an asset
# Perks
A discounted phone plan, group benefits from day one, pension matching and a hybrid schedule.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['CA'],
    mentions: ['Tableau', 'Clustering', 'Communication', 'Python', 'R'],
  },
  {
    id: 't7-a-27',
    title: 'Registered Nurse – Oncology Day Unit',
    company: "St Aidan's Coastal Hospital",
    location: 'Perth WA 6000',
    countryHints: ['AUS'],
    format: 'div',
    body: `# About the role
Our Oncology Day Unit gives chemotherapy and immunotherapy to around 60 patients a day. We're looking for a Registered Nurse with a passion for cancer care to join a supportive team of 28 nurses. Permanent part time (0.8 FTE) and full time positions are available.
# Responsibilities
- Administer systemic anti-cancer therapy according to protocols
- Assess patients before treatment and manage infusion reactions
- Educate patients and families about treatment and side effects
- Document care in the electronic medical record
# Selection criteria
- Current registration as a Registered Nurse with AHPRA
- Chemotherapy accreditation, or willingness to complete it with our support
- Excellent communication skills and compassion
# What we offer
Salary packaging of up to $9,010 a year tax free, five weeks' annual leave, paid professional development, and free parking on site.
# About us
St Aidan's Coastal Hospital is a 420-bed not-for-profit hospital in Perth providing cancer, cardiac, maternity and surgical care. Our 2,300 staff and volunteers care for more than 90,000 patients a year.
We are committed to a safe, inclusive workplace. All employees must meet our immunisation requirements and hold a current National Police Certificate.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['AU'],
    mentions: ['Communication'],
  },
  {
    id: 't7-a-28',
    title: 'Store Manager',
    company: 'Tollbridge Mobile',
    location: 'Leicester, LE1',
    countryHints: ['GB'],
    format: 'text',
    body: `Store Manager – Highcross, Leicester
Full time, 40 hours. £31,500 basic plus up to £9,000 on-target bonus.

# About Tollbridge
We run the network that 6 million people across the UK use to call, text and stream: 4G and 5G masts from Cornwall to Caithness, and 210 stores where people come to choose a phone or sort out their account.

# About the role
You'll run one of our busiest stores: a team of 11 advisers who help customers pick phones, move to a new plan, set up home broadband and fix problems with their account.
- Hit monthly targets for new connections, upgrades and accessories
- Coach advisers every day and plan rotas around footfall
- Use our Power BI store dashboard to track conversion and customer satisfaction
- Keep the store compliant with consumer credit rules

# About you
- 2+ years managing a retail store, ideally in mobile, tech or banking
- You lead by example on the shop floor
- A commercial mindset: you know what drives the numbers in a store

# Benefits
Half-price airtime, 25 days' holiday plus bank holidays, a pension, a free birthday day off and a cycle-to-work scheme.`,
    role: null,
    sector: SECTOR.TELCO,
    countries: ['GB'],
    mentions: ['Power BI', 'Business acumen'],
  },
  {
    id: 't7-a-29',
    title: 'Actuarial Analyst – Pricing',
    company: 'Kellerby Insurance',
    location: 'London EC3',
    countryHints: ['GBR'],
    format: 'html',
    body: `# The role
Join our Personal Lines Pricing team as an actuarial analyst working towards fellowship. You will help set the prices that 1.3 million customers pay for their home and contents cover.
# About Kellerby
Kellerby Insurance has insured homes in the UK since 1906. Today we cover buildings, contents and pets, sold directly and through comparison sites, and we handle every claim with our own team in Norwich.
# What you'll do
- Build pricing models for home insurance using GLMs and gradient boosting machines in R and Python
- Clean and prepare claims and exposure data, fixing errors you find with the data owners
- Test price changes with A/B tests on our direct channel
- Present pricing recommendations to the Head of Pricing and the underwriting committee
# What you'll bring
- A degree in a numerate subject and progress through the IFoA exams
- R or Python
- Strong Excel
# Benefits
Salary £40,000–£48,000, full study support (paid exam fees and study leave), a 12% pension contribution, 28 days' holiday and private medical insurance.
Kellerby Insurance is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.`,
    role: null,
    sector: SECTOR.FIN,
    countries: ['GB'],
    mentions: ['Regression', 'Decision trees', 'R', 'Python', 'Data cleaning', 'Hypothesis testing', 'Communication'],
  },
  {
    id: 't7-a-30',
    title: 'Backend Software Engineer (Go)',
    company: 'Nimbrel Cloud',
    location: 'Bengaluru, India',
    locations: ['Bengaluru, India', 'Remote, India'],
    format: 'double',
    body: `# About Nimbrel
Nimbrel is a cloud hosting company: we run virtual machines, managed databases and object storage for 60,000 developers and businesses from data centres in Mumbai, Chennai and Singapore.
# What you'll do
- Build the Go services behind our control plane, the APIs that create, resize and bill virtual machines
- Design gRPC and REST APIs that our public CLI and infrastructure-as-code providers use
- Run services on Kubernetes and ship them through CI/CD several times a day
- Take part in a fair, well-paid on-call rotation
# What we're looking for
- 4+ years building backend services in Go, Java or C++
- Experience with distributed systems, PostgreSQL and Kafka
- Docker and Kubernetes
- Cloud certifications (AWS or GCP) are a plus
# Benefits
Competitive salary & ESOPs, health insurance for your family, a ₹50,000 yearly learning budget, and work from home or our Indiranagar office.`,
    role: null,
    sector: SECTOR.IT,
    countries: ['IN'],
    mentions: ['APIs', 'Kubernetes', 'Deployment pipelines', 'Java', 'C++', 'Kafka', 'Docker'],
  },
  {
    id: 't7-a-31',
    title: 'Maintenance Technician – Night Shift',
    company: 'Pennock Biscuit Company',
    location: 'Lancaster, PA',
    format: 'raw',
    // Workday jobDescription with the employer at the end and a long US equal-opportunity paragraph.
    body: `<p><b>Job Summary</b></p><p>Keep our production lines running through the night. You will troubleshoot and repair mixers, ovens, cooling conveyors and packaging machines, and work with R&amp;D on trials of new lines.</p><p><b>Essential Duties</b></p><ul><li>Respond to breakdowns and diagnose electrical, mechanical, pneumatic and hydraulic faults</li><li>Troubleshoot PLC-controlled equipment and robotic palletizers</li><li>Complete preventive maintenance work orders in our maintenance management system</li><li>Follow lockout/tagout and food safety procedures at all times</li></ul><p><b>Qualifications</b></p><ul><li>3+ years of industrial maintenance experience, ideally in food manufacturing</li><li>Strong troubleshooting and problem-solving skills</li><li>Able to lift 50 lbs and work 12-hour shifts on a 2-2-3 schedule</li></ul><p><b>Pay</b></p><p>$29.50&ndash;$36.00 per hour plus a $2.00 night shift differential. Medical, dental and vision, a 401(k) with company match, and a monthly box of whatever came off the line.</p><p>&nbsp;</p><p><b>Who we are</b></p><p>Since 1897, our ovens in Lancaster County have baked crackers, pretzels and shortbread. Today three lines run around the clock, and 3 million packs leave our dock every week for grocery stores along the East Coast.</p><p>Pennock Biscuit Company is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, protected veteran status, or any other characteristic protected by federal, state or local law. Pennock participates in E-Verify and maintains a drug-free workplace.</p>`,
    role: null,
    sector: SECTOR.AUTO,
    countries: ['US'],
    mentions: ['Problem-solving'],
  },
  {
    id: 't7-a-32',
    title: 'Traffic Signal Field Technician',
    company: 'Signalgrid Urban Systems',
    location: 'Austin, TX',
    format: 'double',
    body: `# About us
Signalgrid Urban Systems makes the adaptive traffic-signal controllers and cloud software that 140 cities and counties use to time their intersections, give buses priority and clear the way for fire trucks.
# What you'll do
- Install, configure and troubleshoot signal controllers and detection cameras at customer intersections across Texas
- Work with city traffic engineers to commission new corridors
- Upload timing plans and check the results in our web portal
- Document every site visit
- Adapt quickly when weather, road closures or an urgent outage change the day's plan
# Requirements
- IMSA Traffic Signal Level II certification, or the ability to obtain it within 12 months
- A valid driver's license and a clean driving record; travel up to 50%
- Comfortable working from a bucket truck
# Pay & benefits
$27–$34 per hour, a company truck, per diem when traveling, medical/dental/vision, and a 401(k) with 5% match.`,
    role: null,
    sector: SECTOR.PUBLIC,
    countries: ['US'],
    mentions: ['Adaptability'],
  },
  {
    id: 't7-a-33',
    title: 'Veterinary Technician',
    company: 'Cedar Hollow Animal Hospital',
    location: 'Victoria, BC',
    format: 'double',
    body: `# The position
We're looking for a Registered Veterinary Technologist or an experienced veterinary technician to join our team of five veterinarians and twelve support staff. Four-day work week, no overnight shifts.
# What you'll do
- Monitor anaesthesia and assist in surgery and dentistry
- Take radiographs and run in-house lab work
- Place catheters, give treatments and care for hospitalised patients
- Communicate clearly and kindly with pet owners about care plans and costs
# What you'll bring
- RVT designation with the provincial association, or working towards it
- At least two years of small-animal clinical experience
# What we offer
A wage of $29–$36 per hour, a continuing education allowance, extended health and dental, and generous discounts on your own pets' care.
# About us
Cedar Hollow Animal Hospital has cared for dogs and cats in Victoria since 1987. We are a small, independent practice with a loyal client base and a fear-free approach to handling.`,
    role: null,
    sector: null,
    countries: ['CA'],
    mentions: ['Communication'],
  },
  {
    id: 't7-a-34',
    title: 'Front Office Manager',
    company: 'The Marlinspike Quay Hotel',
    location: 'Singapore',
    format: 'escaped',
    body: `# About us
Our 312 rooms and suites look over the Singapore River from a restored 1920s warehouse. Guests come for the river, the rooftop pool and a breakfast that people still write to us about.
# The role
- Lead a team of 24 across reception, concierge, guest relations and the club lounge
- Manage arrivals, room allocation and upgrades with the revenue team
- Prepare weekly occupancy and guest-satisfaction reports in Power BI
- Handle escalations with calm and good humour
# Requirements
- Diploma or degree in hospitality management
- 5+ years in front office, including 2 as an assistant manager in a hotel of 200+ rooms
- Experience with Opera PMS
# Benefits
Duty meals, laundry of uniforms, complimentary nights at our sister properties, medical and dental coverage, and 18 days' annual leave.`,
    role: null,
    sector: null,
    countries: ['SG'],
    mentions: ['Power BI'],
  },
  {
    id: 't7-a-35',
    title: 'Site Reliability Engineer',
    company: 'Ostler Freight',
    location: 'Remote (EU time zones)',
    format: 'div',
    body: `# About us
Every night 1,800 of our trucks move pallets between 40 cross-dock hubs, and by morning the goods are at factories, builders' merchants and hospitals. Our software team of 70 builds the systems that plan the routes and track every pallet.
# What you'll do
- Run our Kubernetes clusters and the Kafka platform that carries 2 billion tracking events a month
- Own observability: metrics, tracing, alerting and a sane on-call
- Automate infrastructure with Terraform, with every change reviewed in GitLab and rolled out by GitLab CI pipelines
- Lead blameless post-mortems
# About you
- 4+ years in SRE or DevOps
- Kubernetes, Docker, Linux and networking
- Go or Python for tooling
- A calm problem solver during incidents
# What we offer
Fully remote within EU time zones (we employ through an employer of record where we have no entity), €70k–€90k depending on location, 28 days' holiday and a €1,500 home-office budget.`,
    role: null,
    sector: null,
    countries: [],
    mentions: ['Kubernetes', 'Kafka', 'Git', 'Deployment pipelines', 'Docker', 'Python', 'Problem-solving'],
  },
  {
    id: 't7-a-36',
    title: 'QC Analyst – Biologics',
    company: 'Taunusgen Biologics GmbH',
    location: 'Frankfurt am Main',
    countryHints: ['DE'],
    format: 'text',
    body: `# About us
Taunusgen Biologics develops and manufactures monoclonal antibodies for autoimmune diseases. Our 700 colleagues in Frankfurt and Marburg work in English and German.
# Your role
Join our Quality Control laboratory and release the batches that reach patients.
- Perform HPLC, ELISA and cell-based potency assays under GMP
- Review data in LIMS and investigate out-of-specification results
- Trend assay results with JMP or R and present findings at the monthly QC meeting
# Your profile
- Degree in biotechnology, chemistry or a related field
- Experience in a GMP laboratory
- Fluent English; German is a plus
# What we offer
An open-ended contract, 30 days' holiday, a company pension, a subsidised public transport ticket and support with relocation to Frankfurt.`,
    role: null,
    sector: SECTOR.HEALTH,
    countries: ['DE'],
    mentions: ['R', 'Communication'],
  },
];
