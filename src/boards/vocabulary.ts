// Word lists the local boards dataset is generated from. All employers are fictional. Entity names use the
// seed article's wording (the taxonomy's canonical names); `say` lists the spellings postings use for them.
// Boilerplate text elsewhere avoids every taxonomy word, so a posting mentions exactly what its truth says.
import type { Category } from '../core/types.ts';

/** The seed's sectors, in its wording (kept here so the dataset does not depend on the classifier's module). */
export const SECTORS = [
  'Information Technology & Software Development',
  'Finance & FinTech',
  'Healthcare & Pharmaceuticals',
  'E-commerce & Retail',
  'Telecommunications',
  'Automotive & Manufacturing',
  'Public Sector & Smart Cities',
] as const;
export type Sector = (typeof SECTORS)[number];

export const ROLES = [
  'Machine Learning Engineer',
  'Data Scientist',
  'AI Research Scientist',
  'Data Engineer',
  'Computer Vision Engineer',
  'Natural Language Processing (NLP) Engineer',
  'Business Intelligence Analyst',
  'AI Product Manager',
  'Robotics Engineer',
  'Deep Learning Specialist',
] as const;
export type Role = (typeof ROLES)[number];

/** Title spellings per role; the first is the seed's own wording. */
export const ROLE_TITLES: Record<Role, string[]> = {
  'Machine Learning Engineer': ['Machine Learning Engineer', 'ML Engineer'],
  'Data Scientist': ['Data Scientist'],
  'AI Research Scientist': ['AI Research Scientist'],
  'Data Engineer': ['Data Engineer'],
  'Computer Vision Engineer': ['Computer Vision Engineer'],
  'Natural Language Processing (NLP) Engineer': ['Natural Language Processing (NLP) Engineer', 'NLP Engineer'],
  'Business Intelligence Analyst': ['Business Intelligence Analyst', 'BI Analyst'],
  'AI Product Manager': ['AI Product Manager'],
  'Robotics Engineer': ['Robotics Engineer'],
  'Deep Learning Specialist': ['Deep Learning Specialist'],
};

export const SENIORITY_PREFIXES = ['', '', 'Senior ', 'Senior ', 'Lead ', 'Staff ', 'Junior ', 'Principal '];
export const TITLE_SUFFIXES = ['', '', '', ' - Growth', ', Core Products', ' II'];

/** Jobs that are none of the taxonomy's roles, with the entities they may still name. */
export const OTHER_JOBS: Array<{ title: string; department: string; entities: string[] }> = [
  { title: 'Account Executive', department: 'Sales', entities: [] },
  { title: 'Office Manager', department: 'Operations', entities: [] },
  { title: 'Customer Support Specialist', department: 'Customer Success', entities: [] },
  { title: 'Financial Controller', department: 'Finance', entities: ['Power BI'] },
  { title: 'Technical Recruiter', department: 'People', entities: [] },
  { title: 'Backend Software Engineer', department: 'Engineering', entities: ['Java', 'Docker', 'Version control (Git)'] },
  { title: 'Site Reliability Engineer', department: 'Engineering', entities: ['Kubernetes', 'Docker'] },
  { title: 'Maintenance Technician', department: 'Operations', entities: [] },
  { title: 'Payroll Coordinator', department: 'Finance', entities: [] },
  { title: 'Marketing Manager', department: 'Marketing', entities: ['Tableau'] },
];

export interface EntityWord {
  category: Exclude<Category, 'role'>;
  /** Canonical (seed) name, as the ground truth records it. */
  name: string;
  /** Spellings used in generated text; all are plain aliases an extractor should know. */
  say: string[];
  /** Taxonomy names whose text this one contains (a certificate naming a tool); those are named too. */
  implies?: string[];
}

export const ENTITY_WORDS: EntityWord[] = [
  { category: 'skill', name: 'Python', say: ['Python'] },
  { category: 'skill', name: 'R', say: ['R programming', 'R language'] },
  { category: 'skill', name: 'Java', say: ['Java'] },
  { category: 'skill', name: 'C++', say: ['C++', 'modern C++'] },
  { category: 'skill', name: 'Julia', say: ['Julia language', 'Julia programming'] },
  { category: 'skill', name: 'Linear algebra', say: ['linear algebra'] },
  { category: 'skill', name: 'Calculus', say: ['calculus', 'multivariable calculus'] },
  { category: 'skill', name: 'Probability', say: ['probability theory', 'probability'] },
  { category: 'skill', name: 'Hypothesis testing', say: ['hypothesis testing', 'A/B testing'] },
  { category: 'skill', name: 'Regression', say: ['regression analysis', 'linear regression', 'logistic regression'] },
  { category: 'skill', name: 'Decision trees', say: ['decision trees', 'gradient boosting'] },
  { category: 'skill', name: 'Clustering', say: ['clustering', 'cluster analysis'] },
  { category: 'skill', name: 'Neural networks', say: ['neural networks'] },
  { category: 'skill', name: 'Reinforcement learning', say: ['reinforcement learning'] },
  { category: 'skill', name: 'Data cleaning', say: ['data cleaning', 'data cleansing'] },
  { category: 'skill', name: 'Feature engineering', say: ['feature engineering'] },
  { category: 'skill', name: 'Model evaluation', say: ['model evaluation', 'model validation'] },
  { category: 'skill', name: 'Version control (Git)', say: ['Git', 'version control'] },
  { category: 'skill', name: 'APIs', say: ['REST APIs', 'APIs'] },
  { category: 'skill', name: 'Deployment pipelines', say: ['deployment pipelines', 'CI/CD'] },
  { category: 'tool', name: 'TensorFlow', say: ['TensorFlow'] },
  { category: 'tool', name: 'PyTorch', say: ['PyTorch'] },
  { category: 'tool', name: 'Scikit-learn', say: ['scikit-learn', 'sklearn', 'Scikit-learn'] },
  { category: 'tool', name: 'Keras', say: ['Keras'] },
  { category: 'tool', name: 'Pandas', say: ['pandas', 'Pandas'] },
  { category: 'tool', name: 'NumPy', say: ['NumPy'] },
  { category: 'tool', name: 'Matplotlib', say: ['Matplotlib'] },
  { category: 'tool', name: 'Seaborn', say: ['Seaborn'] },
  { category: 'tool', name: 'Apache Spark', say: ['Apache Spark', 'PySpark', 'Spark SQL'] },
  { category: 'tool', name: 'Hadoop', say: ['Hadoop', 'Apache Hadoop'] },
  { category: 'tool', name: 'Kafka', say: ['Kafka', 'Apache Kafka'] },
  { category: 'tool', name: 'AWS SageMaker', say: ['AWS SageMaker', 'Amazon SageMaker', 'SageMaker'] },
  { category: 'tool', name: 'Google AI Platform', say: ['Google AI Platform', 'Vertex AI'] },
  { category: 'tool', name: 'Microsoft Azure ML', say: ['Azure ML', 'Azure Machine Learning', 'Microsoft Azure ML'] },
  { category: 'tool', name: 'IBM Watson', say: ['IBM Watson', 'Watson Studio'] },
  { category: 'tool', name: 'MLflow', say: ['MLflow'] },
  { category: 'tool', name: 'Kubeflow', say: ['Kubeflow'] },
  { category: 'tool', name: 'Docker', say: ['Docker'] },
  { category: 'tool', name: 'Kubernetes', say: ['Kubernetes', 'k8s'] },
  { category: 'tool', name: 'Tableau', say: ['Tableau'] },
  { category: 'tool', name: 'Power BI', say: ['Power BI', 'PowerBI'] },
  { category: 'tool', name: 'Google Data Studio', say: ['Google Data Studio', 'Looker Studio'] },
  {
    category: 'certification',
    name: 'Google Professional Machine Learning Engineer',
    say: ['Google Professional Machine Learning Engineer'],
  },
  {
    category: 'certification',
    name: 'AWS Certified Machine Learning – Specialty',
    say: ['AWS Certified Machine Learning – Specialty', 'AWS Certified Machine Learning Specialty'],
  },
  {
    category: 'certification',
    name: 'Microsoft Azure AI Engineer Associate',
    say: ['Microsoft Azure AI Engineer Associate', 'Azure AI Engineer Associate'],
  },
  { category: 'certification', name: 'IBM Machine Learning Professional Certificate', say: ['IBM Machine Learning Professional Certificate'] },
  { category: 'certification', name: 'Coursera Machine Learning by Andrew Ng', say: ['Coursera Machine Learning by Andrew Ng'] },
  {
    category: 'certification',
    name: 'TensorFlow Developer Certificate',
    say: ['TensorFlow Developer Certificate'],
    implies: ['TensorFlow'],
  },
  {
    category: 'certification',
    name: 'Certified Artificial Intelligence Practitioner (CAIP)',
    say: ['Certified Artificial Intelligence Practitioner (CAIP)', 'Certified Artificial Intelligence Practitioner'],
  },
];

export const ENTITY_BY_NAME = new Map(ENTITY_WORDS.map((e) => [e.name, e]));

/** Which entities each role's postings draw from (most likely first). */
export const ROLE_ENTITIES: Record<Role, string[]> = {
  'Machine Learning Engineer': ['Python', 'PyTorch', 'TensorFlow', 'Docker', 'Kubernetes', 'MLflow', 'Kubeflow', 'AWS SageMaker', 'Version control (Git)', 'APIs', 'Scikit-learn', 'Feature engineering', 'Model evaluation', 'Deployment pipelines', 'Apache Spark'],
  'Data Scientist': ['Python', 'R', 'Pandas', 'NumPy', 'Scikit-learn', 'Regression', 'Hypothesis testing', 'Probability', 'Clustering', 'Decision trees', 'Matplotlib', 'Seaborn', 'Tableau', 'Feature engineering', 'Data cleaning'],
  'AI Research Scientist': ['PyTorch', 'Python', 'C++', 'Julia', 'Reinforcement learning', 'Neural networks', 'Linear algebra', 'Calculus', 'Probability', 'TensorFlow', 'Keras', 'Model evaluation'],
  'Data Engineer': ['Apache Spark', 'Hadoop', 'Kafka', 'Python', 'Java', 'Docker', 'Kubernetes', 'Version control (Git)', 'Data cleaning', 'APIs', 'Deployment pipelines'],
  'Computer Vision Engineer': ['PyTorch', 'TensorFlow', 'C++', 'Python', 'Neural networks', 'NumPy', 'Docker', 'Keras', 'Model evaluation'],
  'Natural Language Processing (NLP) Engineer': ['Python', 'PyTorch', 'TensorFlow', 'Neural networks', 'Docker', 'Kubernetes', 'APIs', 'IBM Watson', 'Model evaluation'],
  'Business Intelligence Analyst': ['Power BI', 'Tableau', 'Google Data Studio', 'Python', 'Pandas', 'Regression', 'Hypothesis testing', 'Data cleaning'],
  'AI Product Manager': ['Model evaluation', 'APIs', 'Google AI Platform', 'Microsoft Azure ML', 'Tableau', 'Hypothesis testing'],
  'Robotics Engineer': ['C++', 'Python', 'Reinforcement learning', 'Neural networks', 'Linear algebra', 'Calculus', 'Docker', 'PyTorch'],
  'Deep Learning Specialist': ['TensorFlow', 'PyTorch', 'Keras', 'Neural networks', 'Python', 'Kubeflow', 'Microsoft Azure ML', 'Google AI Platform'],
};

/** Names whose demand rises week over week in the dataset, and names that fall (so trend reports have a signal). */
export const RISING = new Set(['PyTorch', 'MLflow', 'Kubeflow', 'Microsoft Azure ML']);
export const FALLING = new Set(['TensorFlow', 'Hadoop', 'Keras']);

export interface Place {
  city: string;
  region: string;
  regionCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  IN: 'India',
  GB: 'United Kingdom',
  DE: 'Germany',
  SG: 'Singapore',
  AU: 'Australia',
  NL: 'Netherlands',
  FR: 'France',
  IE: 'Ireland',
  JP: 'Japan',
};

/** Seed countries first; they carry most postings. */
export const SEED_COUNTRIES = ['US', 'CA', 'IN', 'GB', 'DE', 'SG', 'AU'] as const;
export const OTHER_COUNTRIES = ['NL', 'FR', 'IE', 'JP'] as const;

export const PLACES: Record<string, Place[]> = {
  US: [
    { city: 'San Francisco', region: 'California', regionCode: 'CA', country: 'US' },
    { city: 'New York', region: 'New York', regionCode: 'NY', country: 'US' },
    { city: 'Seattle', region: 'Washington', regionCode: 'WA', country: 'US' },
    { city: 'Austin', region: 'Texas', regionCode: 'TX', country: 'US' },
    { city: 'Boston', region: 'Massachusetts', regionCode: 'MA', country: 'US' },
    { city: 'Chicago', region: 'Illinois', regionCode: 'IL', country: 'US' },
  ],
  CA: [
    { city: 'Toronto', region: 'Ontario', regionCode: 'ON', country: 'CA' },
    { city: 'Montreal', region: 'Quebec', regionCode: 'QC', country: 'CA' },
    { city: 'Vancouver', region: 'British Columbia', regionCode: 'BC', country: 'CA' },
  ],
  IN: [
    { city: 'Bengaluru', region: 'Karnataka', regionCode: 'KA', country: 'IN' },
    { city: 'Hyderabad', region: 'Telangana', regionCode: 'TG', country: 'IN' },
    { city: 'Pune', region: 'Maharashtra', regionCode: 'MH', country: 'IN' },
  ],
  GB: [
    { city: 'London', region: 'England', regionCode: 'ENG', country: 'GB' },
    { city: 'Manchester', region: 'England', regionCode: 'ENG', country: 'GB' },
    { city: 'Edinburgh', region: 'Scotland', regionCode: 'SCT', country: 'GB' },
  ],
  DE: [
    { city: 'Berlin', region: 'Berlin', regionCode: 'BE', country: 'DE' },
    { city: 'Munich', region: 'Bavaria', regionCode: 'BY', country: 'DE' },
    { city: 'Hamburg', region: 'Hamburg', regionCode: 'HH', country: 'DE' },
  ],
  SG: [{ city: 'Singapore', region: 'Singapore', regionCode: 'SG', country: 'SG' }],
  AU: [
    { city: 'Sydney', region: 'New South Wales', regionCode: 'NSW', country: 'AU' },
    { city: 'Melbourne', region: 'Victoria', regionCode: 'VIC', country: 'AU' },
  ],
  NL: [{ city: 'Amsterdam', region: 'North Holland', regionCode: 'NH', country: 'NL' }],
  FR: [{ city: 'Paris', region: 'Île-de-France', regionCode: 'IDF', country: 'FR' }],
  IE: [{ city: 'Dublin', region: 'Leinster', regionCode: 'L', country: 'IE' }],
  JP: [{ city: 'Tokyo', region: 'Tokyo', regionCode: '13', country: 'JP' }],
};

/** UTC offset (minutes) used when a board prints local times, per country. */
export const UTC_OFFSET_MIN: Record<string, number> = {
  US: -240, CA: -240, IN: 330, GB: 60, DE: 120, SG: 480, AU: 600, NL: 120, FR: 120, IE: 60, JP: 540,
};

/** Fictional employers, by sector; names hint at the sector without naming any taxonomy entity. */
export const EMPLOYER_NAMES: Record<Sector, string[]> = {
  'Information Technology & Software Development': ['Brightloom Software', 'Quillstack Software', 'Nimbusforge Software'],
  'Finance & FinTech': ['Harborline Bank', 'Ledgerly Payments', 'Crestmark Capital'],
  'Healthcare & Pharmaceuticals': ['Meridale Health', 'Vantora Pharmaceuticals', 'Clearwell Diagnostics'],
  'E-commerce & Retail': ['Basketly Retail', 'Tradewind Marketplace', 'Orchard Lane Stores'],
  Telecommunications: ['Signalpoint Telecom', 'Farwave Telecom', 'Aerolink Telecommunications'],
  'Automotive & Manufacturing': ['Kestrel Motors', 'Torque & Axle Automotive', 'Ironvale Manufacturing'],
  'Public Sector & Smart Cities': ['City of Port Halden', 'Northmere Transit Authority', 'Ravensholt Digital Services Agency'],
};

/** Extra name parts when more employers are asked for than the lists above hold. */
export const EXTRA_NAME_PARTS = ['Amber', 'Birch', 'Cobalt', 'Dune', 'Ember', 'Fable', 'Granite', 'Hollow', 'Indigo', 'Juniper'];
export const SECTOR_SUFFIX: Record<Sector, string> = {
  'Information Technology & Software Development': 'Software',
  'Finance & FinTech': 'Bank',
  'Healthcare & Pharmaceuticals': 'Pharmaceuticals',
  'E-commerce & Retail': 'Retail',
  Telecommunications: 'Telecom',
  'Automotive & Manufacturing': 'Motors',
  'Public Sector & Smart Cities': 'City Council',
};

/** One paragraph per sector: what the employer does, in plain words. `{company}` is replaced. */
export const SECTOR_INTROS: Record<Sector, string[]> = {
  'Information Technology & Software Development': [
    '{company} builds software that helps teams plan, ship and run their products. Our engineers work on cloud services, developer platforms and customer-facing applications.',
    '{company} is a software company serving thousands of businesses. We make the tools that product teams rely on every day.',
  ],
  'Finance & FinTech': [
    '{company} is a financial services company serving retail banking and payments customers. Our teams work on fraud detection, credit risk and payment products.',
    '{company} moves money for millions of people and businesses. We are a fintech company with a banking licence and a focus on safe, fast payments.',
  ],
  'Healthcare & Pharmaceuticals': [
    '{company} works across healthcare and pharmaceuticals, supporting hospitals, clinical teams and drug discovery programmes.',
    '{company} develops medicines and diagnostics. Our scientists and engineers work together to bring treatments to patients sooner.',
  ],
  'E-commerce & Retail': [
    '{company} runs an online marketplace and a network of stores. Our teams work on recommendation systems, search and customer analytics for shoppers.',
    '{company} is a retail and e-commerce company selling to customers in many countries, online and in store.',
  ],
  Telecommunications: [
    '{company} is a telecommunications operator running mobile and fixed networks. We work on network optimisation and predictive maintenance for millions of subscribers.',
    '{company} connects homes and businesses with broadband and mobile service across several countries.',
  ],
  'Automotive & Manufacturing': [
    '{company} designs and manufactures vehicles and industrial equipment. Our teams work on autonomous systems, smart factories and predictive maintenance.',
    '{company} builds cars, trucks and the plants that make them, with a strong focus on quality on the production line.',
  ],
  'Public Sector & Smart Cities': [
    '{company} is a public sector body delivering citizen services, traffic management and smart city programmes for residents.',
    '{company} serves the public: we run transport, permits and neighbourhood services, and we are modernising how residents reach us.',
  ],
};

/** Duties that name no taxonomy entity. */
export const DUTIES = [
  'Own projects from the first prototype to a production release.',
  'Work closely with product owners, designers and engineers in a cross-functional team.',
  'Review the work of colleagues and keep shared runbooks current.',
  'Measure the impact of your work on customer outcomes and report it to stakeholders.',
  'Mentor junior colleagues and help grow the team.',
  'Plan work in short iterations and keep the roadmap realistic.',
  'Take part in an on-call rotation for the services your team runs.',
  'Partner with legal and privacy colleagues so that customer data is handled with care.',
];

/** Phrases that introduce entity mentions in requirement bullets; `{x}` is a list of spellings. */
export const REQUIREMENT_FRAMES = [
  'Hands-on experience with {x}.',
  'Solid working knowledge of {x}.',
  'You have shipped production work using {x}.',
  'Practical experience with {x} in a professional setting.',
  'Nice to have: {x}.',
];

export const CERT_FRAMES = ['Holding the {x} is a plus.', 'We value the {x} credential.'];

export const REQUIREMENT_FILLERS = [
  'A degree in a quantitative field or equivalent practical experience.',
  'At least three years of relevant professional experience.',
  'Fluent written and spoken English.',
];

export const BENEFITS = [
  'Flexible working hours and a hybrid office policy.',
  'An annual budget for conferences, books and courses.',
  'Generous parental leave.',
  'Comprehensive insurance cover for you and your family.',
  'A pension plan with employer matching.',
  'Twenty-five days of paid holiday plus public holidays.',
];

export const EEO =
  '{company} is an equal opportunity employer. We welcome applicants of every background and do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, disability or any other protected characteristic.';

export const DEPARTMENTS_BY_ROLE: Record<Role, string> = {
  'Machine Learning Engineer': 'Engineering',
  'Data Scientist': 'Data',
  'AI Research Scientist': 'Research',
  'Data Engineer': 'Data',
  'Computer Vision Engineer': 'Engineering',
  'Natural Language Processing (NLP) Engineer': 'Engineering',
  'Business Intelligence Analyst': 'Analytics',
  'AI Product Manager': 'Product',
  'Robotics Engineer': 'Engineering',
  'Deep Learning Specialist': 'Research',
};
