// The taxonomy is the seed article: its roles, skills, tools, certifications, sectors and countries,
// under the article's own wording. Aliases and context rules are ours; each one is here because it is
// precise in job postings (a wrong match costs as much as a missed one). Pure data: no imports of code,
// so role/sector/geo rules can import the canonical names from here without cycles.
import type { Category } from '../types.ts';

/**
 * When a matched alias counts. Patterns are RegExp sources, compiled once by the matcher:
 * - `rejectAfter`: tested against the text right after the match, anchored at its start;
 * - `rejectBefore`: tested against the text right before the match, anchored at its end;
 * - `rejectNear` / `requireNear`: tested against `window` characters on each side (the match excluded).
 * Flags: `i` unless `caseSensitive` is set on the rule. The reject-before/after text stops at a line
 * break (a block boundary in the normalised text): a heading or the next bullet is not context.
 */
export interface ContextRule {
  rejectAfter?: string[];
  rejectBefore?: string[];
  rejectNear?: string[];
  requireNear?: string[];
  /** Characters each side for the *Near lists. */
  window?: number;
  caseSensitive?: boolean;
}

export interface AliasSpec {
  text: string;
  /** Short or ambiguous aliases must appear exactly as written (`R`, `Julia`, `Spark`). */
  caseSensitive?: boolean;
  context?: ContextRule;
}

export type AliasInput = string | AliasSpec;

export interface EntitySpec {
  id: string;
  category: Category;
  group: string;
  /** Canonical name: the seed article's wording. */
  name: string;
  /** How the canonical name itself is matched; `false` when it is not a useful alias. */
  nameAlias?: Omit<AliasSpec, 'text'> | false;
  aliases?: AliasInput[];
}

export interface SectorSpec {
  name: string;
  /** The employers the article names as examples for the sector. */
  employers: string[];
}

export interface CountrySpec {
  name: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
}

// ---- context rules shared by several entries ----

/** Words that show a short name is the programming language (R, Julia). */
const LANGUAGE_CONTEXT: ContextRule = {
  window: 80,
  requireNear: [
    String.raw`\b(Python|SQL|SAS|Stata|MATLAB|Matlab|Scala|Java|C\+\+|Julia|SPSS|Rust|Go|Golang|JavaScript|TypeScript)\b`,
    String.raw`\b(programming|language|languages|coding|scripting|statistic|statistical|statistics|RStudio|tidyverse|ggplot2?|dplyr|Shiny|CRAN|Bioconductor|econometric)`,
  ],
  rejectAfter: [
    String.raw`\s*&`, // R&D, R & D
    String.raw`-?\d`, // R-2, R2 grades and model numbers
    String.raw`\.\s?[A-Z]\.`, // initials: "R. J." ("(R)" and "R&D" are also BLOCKERS below)
    String.raw`\.[A-Z]`,
    String.raw`'s\b`,
  ],
  rejectBefore: [
    String.raw`&\s*`, // Q&R, P&R
    String.raw`\b(grade|level|band|class|rating|type|size|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+`,
    String.raw`\b[A-Z]\.\s*`, // "J. R." initials
  ],
  caseSensitive: true,
};

/** The Julia language, not a person. */
const JULIA_CONTEXT: ContextRule = {
  ...LANGUAGE_CONTEXT,
  rejectAfter: [String.raw` +[A-Z][a-z]+`, String.raw`'s\b`, String.raw`\s*@`], // "Julia Smith", "Julia's", emails
  rejectBefore: [
    // "experience with Julia" is the language; talking or meeting with Julia is a person.
    String.raw`\b(contact|ask|email|e-mail|call|reach out to|(?:[Ss]peak|[Tt]alk|[Mm]eet|[Cc]hat|[Cc]onnect|in touch|touch base|[Ww]ork closely) with|by|Hi|Dear|Ms\.?|Mrs\.?|Miss|Dr\.?|recruiter|manager|colleague)\s+`,
  ],
};

/** Bare `Spark` as the framework, not "spark curiosity" or "the spark". */
const SPARK_CONTEXT: ContextRule = {
  window: 80,
  requireNear: [
    String.raw`\b(Hadoop|Kafka|Hive|HDFS|Databricks|Scala|SQL|PySpark|Airflow|Flink|Beam|EMR|Dataproc|Presto|Trino|Delta Lake|Iceberg|Parquet|Snowflake|BigQuery|Python|Java|big data|ETL|ELT|data pipelines?|distributed|streaming|batch|cluster|lakehouse|data lake|MLlib)\b`,
  ],
  rejectAfter: [
    String.raw`\s+(curiosity|interest|joy|innovation|ideas?|conversations?|change|creativity|excitement|passion|growth|debate|discussion|imagination|inspiration|new)\b`,
  ],
  rejectBefore: [String.raw`\b(that|will|can|could|may|might|helps?)\s+`], // the verb
  caseSensitive: true,
};

/** Test suites, not the statistical method. */
const REGRESSION_CONTEXT: ContextRule = {
  rejectAfter: [String.raw`\s*-?\s*(testing|tests?|suites?|bugs?|issues?|defects?|detection|runs?|checks?)\b`],
  rejectBefore: [String.raw`\b(performance|visual|automated|avoid|avoiding|prevent|preventing|catch|catching|no|non|UI|QA)[\s-]+`],
};

/** Infrastructure clusters, not the learning method. */
const CLUSTERING_CONTEXT: ContextRule = {
  rejectBefore: [
    String.raw`\b(server|database|db|failover|windows|sql server|high[- ]availability|HA|kubernetes|k8s|node|postgres|postgresql|redis|elasticsearch|mysql|storage|network|compute|hpc|vmware|hyper-v)\s+`,
  ],
};

/** Communication the skill, not network or radio communication. */
const COMMUNICATION_CONTEXT: ContextRule = {
  rejectAfter: [
    String.raw`\s+(protocols?|networks?|systems?|channels?|infrastructure|stacks?|bus|layers?|technolog\w*|interfaces?|links?|modules?|equipment|hardware|standards?)\b`,
  ],
  rejectBefore: [
    String.raw`\b(wireless|network|satellite|radio|serial|inter-process|interprocess|machine-to-machine|m2m|vehicle-to-vehicle|v2x|data|optical|mobile|unified|telecom|5G|4G|LTE)[\s-]+`,
  ],
};

/** "API" as in software interfaces, not active pharmaceutical ingredients or API petroleum standards. */
const API_CONTEXT: ContextRule = {
  window: 120,
  rejectNear: [
    String.raw`pharmaceutical ingredients?`,
    String.raw`\bdrug substances?\b`,
    String.raw`\bAPI\s+(manufactur|synthesis|production|plant|process chemistry)`,
  ],
  rejectAfter: [String.raw`\s*\d{1,4}\b`, String.raw`\s+(manufactur|synthesis|production|plant|process (?:development|chemistry|engineering))`],
  rejectBefore: [String.raw`\bAmerican Petroleum Institute\s*\(?`],
};

const TABLEAU_CONTEXT: ContextRule = {
  rejectAfter: [String.raw`x?\s+(de|du|des|d')\b`, String.raw`\s+d'`],
};

/** "Data Studio" alone: Azure Data Studio and others share it. */
const DATA_STUDIO_CONTEXT: ContextRule = {
  rejectBefore: [String.raw`\b(Azure|SQL|Oracle|AWS|Amazon|IBM|Watson|Dataiku|Toad|R)\s+`],
};

/** Bare RL: the learning paradigm, only with reinforcement-learning vocabulary around it. */
const RL_CONTEXT: ContextRule = {
  window: 100,
  requireNear: [
    String.raw`\b(reinforcement|reward|policy|policies|agents?|MDP|PPO|DQN|bandits?|RLHF|robot|robotics|simulation|Gym|control|LLM|fine-?tuning|imitation)\b`,
  ],
  caseSensitive: true,
};

/** The certification name alone can read as a job title. */
const CERT_CONTEXT: ContextRule = {
  window: 120,
  requireNear: [String.raw`\b(certif\w*|credential|Google|GCP|exam|accredit\w*)`],
};

// ---- entities ----

const ROLE_GROUP = 'Roles';

function role(slug: string, name: string, aliases: AliasInput[] = []): EntitySpec {
  // Body mentions are often plural ("our Data Scientists"); titles are someone else's job (role.ts).
  return { id: `role.${slug}`, category: 'role', group: ROLE_GROUP, name, aliases: [`${name}s`, ...aliases] };
}

export const ENTITIES: readonly EntitySpec[] = [
  // Roles
  role('machine-learning-engineer', 'Machine Learning Engineer', ['ML Engineer', 'ML Engineers', 'Machine-Learning Engineer']),
  role('data-scientist', 'Data Scientist'),
  role('ai-research-scientist', 'AI Research Scientist', ['Artificial Intelligence Research Scientist']),
  role('data-engineer', 'Data Engineer'),
  role('computer-vision-engineer', 'Computer Vision Engineer', ['CV Engineer', 'CV Engineers']),
  role('nlp-engineer', 'Natural Language Processing (NLP) Engineer', [
    'Natural Language Processing (NLP) Engineers',
    'NLP Engineer',
    'NLP Engineers',
    'Natural Language Processing Engineer',
    'Natural Language Processing Engineers',
  ]),
  role('business-intelligence-analyst', 'Business Intelligence Analyst', ['BI Analyst', 'BI Analysts']),
  role('ai-product-manager', 'AI Product Manager'),
  role('robotics-engineer', 'Robotics Engineer'),
  role('deep-learning-specialist', 'Deep Learning Specialist'),

  // Skills — Programming Languages
  {
    id: 'skill.python',
    category: 'skill',
    group: 'Programming Languages',
    name: 'Python',
    // The snake: a species name before it, or a zoo's words around it.
    nameAlias: { context: { window: 100, rejectBefore: [String.raw`\b(?:royal|ball|burmese|carpet|rock|green tree|blood)\s+`], rejectNear: [String.raw`\b(?:snakes?|reptiles?|vivarium|zoo|keepers?|enclosures?)\b`] } },
    aliases: ['Python3', 'Python 3'],
  },
  {
    id: 'skill.r',
    category: 'skill',
    group: 'Programming Languages',
    name: 'R',
    nameAlias: { caseSensitive: true, context: LANGUAGE_CONTEXT },
    aliases: ['R programming', 'R language', 'RStudio', 'R Studio', 'R/Shiny', 'tidyverse'],
  },
  {
    id: 'skill.java',
    category: 'skill',
    group: 'Programming Languages',
    name: 'Java',
    // "Java Script" written apart is still JavaScript; Java 8/11/17 is still Java.
    nameAlias: { context: { rejectAfter: [String.raw`\s*Script\b`] } },
  },
  {
    id: 'skill.cpp',
    category: 'skill',
    group: 'Programming Languages',
    name: 'C++',
    aliases: ['C/C++', 'modern C++'],
  },
  {
    id: 'skill.julia',
    category: 'skill',
    group: 'Programming Languages',
    name: 'Julia',
    nameAlias: { caseSensitive: true, context: JULIA_CONTEXT },
    aliases: ['JuliaLang', 'Julia language', 'Julia programming'],
  },

  // Skills — Mathematics and Statistics
  { id: 'skill.linear-algebra', category: 'skill', group: 'Mathematics and Statistics', name: 'Linear algebra', aliases: ['lineare Algebra'] },
  { id: 'skill.calculus', category: 'skill', group: 'Mathematics and Statistics', name: 'Calculus', aliases: ['multivariable calculus', 'multivariate calculus'] },
  {
    id: 'skill.probability',
    category: 'skill',
    group: 'Mathematics and Statistics',
    name: 'Probability',
    // "probability of default" (PD) is a credit-risk quantity, not the skill.
    nameAlias: { context: { rejectAfter: [String.raw`[\s-]+of[\s-]+default\b`] } },
    aliases: ['probability theory', 'probabilistic modeling', 'probabilistic modelling', 'Wahrscheinlichkeitsrechnung', 'Wahrscheinlichkeitstheorie'],
  },
  {
    id: 'skill.hypothesis-testing',
    category: 'skill',
    group: 'Mathematics and Statistics',
    name: 'Hypothesis testing',
    // A/B testing is hypothesis testing applied to products: postings ask for it in its place.
    aliases: ['hypothesis tests', 'statistical hypothesis testing', 'statistical significance testing', 'significance testing', 'A/B testing', 'A/B tests', 'A/B test', 'A/B-Tests', 'A/B-Test', 'A/B-Testing', 'Hypothesentests',
      'statistical testing', 'statistical tests', 'statistical test', 'test them statistically', 'A/B experiments', 'A/B experimentation', 'A/B experiment',
      'pruebas A/B', 'tests A/B', 'test A/B', 'statistische Tests', 'tests statistiques', 'pruebas estadísticas', 'Signifikanztests',
      // Hypotheses named as the object of testing, in English and Dutch ("toetst hypotheses").
      'test hypotheses', 'testing hypotheses', 'tests hypotheses', 'toetst hypotheses', 'hypotheses toetsen', 'hypothesen toetsen'],
  },

  // Skills — Machine Learning Algorithms
  {
    id: 'skill.regression',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Regression',
    nameAlias: { context: REGRESSION_CONTEXT },
    aliases: ['linear regression', 'logistic regression', 'regression analysis', 'regression models', 'regression modeling', 'regression modelling', 'Regressionsanalyse',
      'Regressionsmodelle', 'Regressionsmodellen', 'Regressionsmodell', 'modèles de régression', 'régression linéaire', 'régression logistique', 'modelos de regresión', 'regresión lineal', 'regresión logística'],
  },
  {
    id: 'skill.decision-trees',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Decision trees',
    // Tree ensembles are decision trees; postings name the ensemble more often than the tree.
    aliases: [{ text: 'decision tree', context: { rejectBefore: [String.raw`\b(?:triage|clinical|diagnostic|escalation|troubleshooting)\s+`] } }, 'random forest', 'random forests', 'gradient boosting', 'gradient boosted trees', 'gradient-boosted trees', 'XGBoost', 'LightGBM', 'CatBoost', 'tree-based models', 'tree-based methods', 'Entscheidungsbäume', 'tree ensembles', 'tree-based ensembles', 'boosted trees', 'árboles de decisión', 'arbres de décision'],
  },
  {
    id: 'skill.clustering',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Clustering',
    nameAlias: { context: CLUSTERING_CONTEXT },
    aliases: ['cluster analysis', 'k-means', 'kmeans', 'DBSCAN', 'hierarchical clustering', 'Clusteranalyse'],
  },
  {
    id: 'skill.neural-networks',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Neural networks',
    // Architecture names are neural networks by definition; the acronyms only as written (CNN, not "cnn.com").
    aliases: [
      'neural network', 'neural nets', 'neural net', 'neuronale Netze', 'neuronalen Netzen', 'réseaux de neurones', 'redes neuronales',
      'convolutional networks', 'convolutional neural', 'recurrent neural',
      // A network named by its vision task is a neural network ("transformer models" are left out: labels disagree).
      'segmentation networks', 'detection networks', 'deep neural', 'deep networks', 'deep network architectures', 'deep network architecture',
      { text: 'CNN', caseSensitive: true }, { text: 'CNNs', caseSensitive: true }, { text: 'RNN', caseSensitive: true }, { text: 'RNNs', caseSensitive: true },
      { text: 'LSTM', caseSensitive: true }, { text: 'LSTMs', caseSensitive: true },
    ],
  },
  {
    id: 'skill.reinforcement-learning',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Reinforcement learning',
    aliases: ['RLHF', { text: 'RL', caseSensitive: true, context: RL_CONTEXT }, 'Reinforcement Learning from Human Feedback'],
  },

  // Skills — Data Processing
  {
    id: 'skill.data-cleaning',
    category: 'skill',
    group: 'Data Processing',
    name: 'Data cleaning',
    aliases: ['data cleansing', 'data wrangling', 'data munging', 'data scrubbing', 'cleaning data', 'Datenbereinigung', 'nettoyage des données', 'nettoyage de données', 'limpieza de datos',
      // Paraphrases: cleaning named together with the other preparation steps, or its object named.
      'clean and prepare', 'prepare and clean', 'clean and join', 'clean and label', 'clean and validate', 'clean and transform',
      'clean and normalise', 'clean and normalize', 'cleaning and preparing', 'preparing and cleaning', 'clean the data', 'keep the data clean',
      'clean data', 'text cleaning', 'data quality checks', 'check data for errors', 'fix bad records',
      'limpeza de dados', 'limpeza dos dados', 'limpieza de los datos', 'limpiar los datos', 'limpiar y preparar', 'nettoyer les données',
      'Daten bereinigen',
      // Messy data named, de-duplication and validation of data: the cleaning step under other words.
      'messy data', 'dirty data', 'wrangle data', 'wrangle messy', 'wrangling data',
      // Image or listing de-duplication is a product feature, not data cleaning.
      ...['deduplicate', 'deduplicates', 'deduplicating', 'deduplication', 'de-duplicate', 'de-duplicating', 'de-duplication'].map((text) => ({ text, context: { rejectBefore: [String.raw`\b(?:image|photo|listing|content|near)[\s-]+`] } })),
      'data validation', 'validate data', 'validating data', 'prepare and validate', 'preparing and validating', 'check data quality', 'checking data quality', 'data quality rules', 'data quality issues', 'curate and clean',
      // Bare "clean" only with data named next to it: never "clean code" or a clean station.
      ...['clean', 'cleans', 'clean up', 'cleaning up', 'tidy up'].map((text) => ({ text, context: { window: 30, requireNear: [String.raw`\b(?:data|datasets?|records|readings|Daten)\b`], rejectAfter: [String.raw`[\s,]+(?:code|codebase|architecture|interfaces?|design|rooms?|energy|water|desks?|kitchen|station)\b`] } })),
      // Data quality named alone ("garantir la qualité des données") is a goal, not the cleaning work: left out.
      'saubere Daten', 'sauberen Daten', 'fiabiliser les données', 'fiabilisation des données',
      'registros erróneos', 'depuración de datos', 'depurar los datos',
      ...['depurar', 'depurar y consolidar'].map((text) => ({ text, context: { window: 40, requireNear: [String.raw`\bdatos\b`] } })),
      'pulizia dei dati', 'pulizia e preparazione', 'pulire i dati', 'pulire e preparare',
      // German verb forms: "bereitest Messdaten auf und bereinigst sie", only with data nearby.
      ...['bereinigen', 'bereinigst', 'bereinigt', 'bereinigen sie'].map((text) => ({ text, context: { window: 60, requireNear: [String.raw`daten`] } })),
    ],
  },
  {
    id: 'skill.feature-engineering',
    category: 'skill',
    group: 'Data Processing',
    name: 'Feature engineering',
    // Verb forms. "build features" alone is product work; "features from <data>" and feature pipelines are model inputs.
    aliases: ['feature-engineering', 'engineer features', 'engineering features', 'engineers features', 'features engineered',
      'build features from', 'building features from', 'create features from', 'creating features from', 'derive features', 'deriving features', 'feature pipelines', 'feature pipeline', 'feature creation'],
  },
  {
    id: 'skill.model-evaluation',
    category: 'skill',
    group: 'Data Processing',
    name: 'Model evaluation',
    aliases: ['model validation', 'model assessment', 'evaluating models', 'evaluate models', 'evaluation of models', 'model evaluations', 'model evals', 'offline evaluation', 'evaluation metrics',
      // "train and evaluate <models/networks/classifiers>": the object varies, the pair is always model work.
      'train and evaluate', 'training and evaluating', 'trains and evaluates', 'trained and evaluated',
      'train and validate', 'training and validating', 'evaluate model performance', 'evaluating model performance', 'measure model performance', 'evaluate LLM', 'LLM evals', 'automated evals', 'Modellgüte', 'Modellvalidierung', 'Modellbewertung',
      'évaluation des modèles', 'évaluer les modèles', 'evaluación de modelos', 'evaluar modelos', 'validación de modelos',
      // "überwachen Modelle und bewerten ihre Güte": quality of a model.
      { text: 'Güte', context: { window: 40, requireNear: [String.raw`modell`] } },
      // Validating, benchmarking and monitoring models, and the metrics or held-out sets used for it.
      'validate models', 'validate the models', 'validating models', 'benchmark models', 'benchmarking models', 'benchmark the models',
      // Performance only with a verb that measures it: "monitor data drift and model performance" is operations (a tuning decision).
      'monitor model performance', 'monitoring model performance', 'track model performance', 'tracking model performance', 'measure model accuracy', 'model accuracy', 'precision and recall',
      'performance des modèles', 'performances des modèles', 'validar los modelos', 'evaluar los modelos', 'rendimiento de los modelos', 'kwaliteit van modellen', 'kwaliteit van de modellen'],
  },

  // Skills — Software Engineering
  {
    id: 'skill.version-control',
    category: 'skill',
    group: 'Software Engineering',
    // The article's item verbatim: the skill is version control, Git its named example.
    name: 'Version control (Git)',
    nameAlias: false,
    aliases: ['version control', 'version-control', 'source control', 'revision control', 'Versionskontrolle', 'Versionsverwaltung', 'Git', 'GitHub', 'GitLab', 'Bitbucket'],
  },
  {
    id: 'skill.apis',
    category: 'skill',
    group: 'Software Engineering',
    name: 'APIs',
    // Uppercase only: "api" in lower case is usually part of a URL or identifier.
    nameAlias: { caseSensitive: true, context: API_CONTEXT },
    aliases: [
      { text: 'API', caseSensitive: true, context: API_CONTEXT },
      'REST APIs',
      'REST API',
      'RESTful',
      'GraphQL',
      'gRPC',
    ],
  },
  {
    id: 'skill.deployment-pipelines',
    category: 'skill',
    group: 'Software Engineering',
    name: 'Deployment pipelines',
    aliases: ['deployment pipeline', 'CI/CD', 'CI / CD', 'CICD', 'continuous integration', 'continuous delivery', 'continuous deployment', 'release pipelines', 'release pipeline', 'Azure Pipelines', 'Azure DevOps pipelines', 'Jenkins pipelines',
      // A CI server named alone (Jenkins, GitHub Actions) is not labelled as the skill: the tuning set's decision.
      'GitLab CI/CD', 'CI pipelines', 'CI pipeline', 'automate deployments', 'automating deployments', 'automated deployments', 'deployment automation'],
  },

  // Skills — Soft and Analytical Skills
  { id: 'skill.critical-thinking', category: 'skill', group: 'Soft and Analytical Skills', name: 'Critical thinking', aliases: ['critical thinker', 'critical-thinking', 'kritisches Denken'] },
  {
    id: 'skill.problem-solving',
    category: 'skill',
    group: 'Soft and Analytical Skills',
    name: 'Problem-solving',
    aliases: ['problem solving', 'problem solver', 'problem-solver', 'solving problems', 'Problemlösungskompetenz', 'Problemlösungsfähigkeit', 'lösungsorientiert',
      'résoudre des problèmes', 'résolution de problèmes', 'resolución de problemas', 'resolver problemas', 'resolução de problemas', 'Problemlösung'],
  },
  { id: 'skill.business-acumen', category: 'skill', group: 'Soft and Analytical Skills', name: 'Business acumen', aliases: ['commercial acumen', 'business sense', 'commercial awareness', 'business savvy', 'commercially minded', 'commercially-minded', 'commercially aware', 'commercial mindset', 'business judgement', 'business judgment', 'business-minded',
    'visão de negócio', 'visión de negocio', 'sens des affaires', 'unternehmerisches Denken'] },
  {
    id: 'skill.communication',
    category: 'skill',
    group: 'Soft and Analytical Skills',
    name: 'Communication',
    // Singular only: "Communications" is nearly always a team or a field, not the skill.
    nameAlias: { context: COMMUNICATION_CONTEXT },
    aliases: ['communication skills', 'communicator', 'communicate clearly', 'communicate effectively', 'communicates clearly', 'communicate complex', 'Kommunikationsfähigkeit', 'Kommunikationsfähigkeiten', 'Kommunikationsstärke',
      // Explaining results to people outside the field is the article's "communication ... to explain ML outcomes".
      'non-technical audiences', 'non-technical audience', 'non-technical colleagues', 'non-technical stakeholders', 'non-technical people',
      'communicate findings', 'communicate results', 'communicate insights', 'communicating findings', 'communicating results', 'communicate your findings',
      'present findings', 'present your findings', 'presenting findings', 'explain results', 'explain model results', 'explain numbers', 'explain complex',
      'stakeholder communication', 'writing skills', 'written English', 'written and verbal', 'verbal and written',
      ...['comunicación', 'comunicação'].map((text) => ({ text, context: { rejectBefore: [String.raw`\b(?:medios|meios|agencia|agência|departamento|dirección|direção|área)\s+de\s+`], rejectAfter: [String.raw`\s+(?:corporativa|interna|externa|digital|institucional|y marketing|e marketing)\b`] } })),
      'capacità comunicative', 'doti comunicative', 'kommunikationsstark', 'communicatieve vaardigheden', 'sens de la communication', 'qualités de communication',
      // The verb: communicating with people. Machines and services "communicate" too, so those are rejected.
      ...['communicate', 'communicates', 'communicating'].map((text) => ({ text, context: { window: 50, rejectNear: [String.raw`\b(?:services?|microservices?|devices?|systems?|components?|modules?|protocols?|sensors?|servers?|nodes?|robots?|vehicles?|machines?|asynchronously|via|over)\b`] } })),
      // Explaining to an audience outside the work.
      ...['explain', 'explaining', 'explains'].map((text) => ({ text, context: { window: 80, requireNear: [String.raw`\bto\s+(?:the\s+)?(?:rest of|non-|business|stakeholders|clients|customers|managers|leaders|leadership|executives|clinicians|regulators|committees|colleagues|partners|management|senior|board|users|patients|families|risk)`] } })),
      'communicate recommendations', 'präsentieren Ergebnisse', 'Ergebnisse präsentieren', 'präsentierst', 'Ergebnisse verständlich', 'verständlich erklären',
      'presentare i risultati', 'comunicare i risultati', 'helder uitleggen', 'duidelijk uitleggen', 'helder communiceren'],
  },
  {
    id: 'skill.visualization',
    category: 'skill',
    group: 'Soft and Analytical Skills',
    // The article: "Communication and visualization skills to explain ML outcomes" — presenting results.
    name: 'Visualization',
    aliases: ['visualisation', 'visualizations', 'visualisations', 'data visualization', 'data visualisation', 'data viz', 'dataviz', 'data storytelling', 'storytelling with data', 'Datenvisualisierung', 'visualisieren', 'visualisierst', 'Visualisierungen', 'visualización', 'visualizaciones', 'visualização', 'visualizações',
      'visualise', 'visualize', 'visualising', 'visualizing', 'visualisaties', 'visualiseren',
      // Charts made for people; Helm and org charts are not.
      { text: 'charts', context: { rejectBefore: [String.raw`\b(?:Helm|org|organi[sz]ational|flow|Gantt|nautical|sea|patient|medical)\s+`], rejectNear: [String.raw`\b(?:Helm|Kubernetes|k8s|nautical|navigation)\b`], window: 60 } }],
  },
  {
    id: 'skill.continuous-learning',
    category: 'skill',
    group: 'Soft and Analytical Skills',
    name: 'Continuous learning',
    aliases: ['willingness to learn', 'eager to learn', 'eagerness to learn', 'lifelong learning', 'life-long learning', 'keep learning', 'keen to learn', 'learn new tools', 'learn new technologies', 'quick learner', 'fast learner',
      'Lernbereitschaft', "envie d'apprendre", 'ganas de aprender', 'vontade de aprender',
      'pick up new', 'picks up new', 'picking up new', 'growth mindset', "goût d'apprendre", "désir d'apprendre"],
  },
  { id: 'skill.adaptability', category: 'skill', group: 'Soft and Analytical Skills', name: 'Adaptability', aliases: ['adaptable', 'Anpassungsfähigkeit', 'adapt quickly', 'adapts quickly', 'adapt to change', 'adapt to changing', 'adaptabilité', "capacité d'adaptation", 'capacidad de adaptación', 'adaptabilidad', 'capacidade de adaptação', 'adattabilità',
    'able to adapt', 'ability to adapt', 'willing to adapt', 'willingness to adapt', 'changing priorities', 'shifting priorities', 'comfort with ambiguity', 'comfortable with ambiguity', 'fast-changing environment'] },

  // Tools — Machine Learning Libraries
  { id: 'tool.tensorflow', category: 'tool', group: 'Machine Learning Libraries', name: 'TensorFlow', aliases: ['TFX', 'TensorFlow Lite', 'tf.keras'] },
  { id: 'tool.pytorch', category: 'tool', group: 'Machine Learning Libraries', name: 'PyTorch', aliases: ['PyTorch Lightning', 'libtorch'] },
  {
    id: 'tool.scikit-learn',
    category: 'tool',
    group: 'Machine Learning Libraries',
    name: 'Scikit-learn',
    aliases: ['sklearn', 'scikit learn', 'scikitlearn', 'sci-kit learn', 'sci-kit-learn'],
  },
  { id: 'tool.keras', category: 'tool', group: 'Machine Learning Libraries', name: 'Keras' },

  // Tools — Data Analysis Tools
  {
    id: 'tool.pandas',
    category: 'tool',
    group: 'Data Analysis Tools',
    name: 'Pandas',
    nameAlias: { context: { rejectBefore: [String.raw`\b(red|giant)\s+`], rejectAfter: [String.raw`\s+(bears?|at the zoo)\b`] } },
  },
  { id: 'tool.numpy', category: 'tool', group: 'Data Analysis Tools', name: 'NumPy' },
  { id: 'tool.matplotlib', category: 'tool', group: 'Data Analysis Tools', name: 'Matplotlib' },
  { id: 'tool.seaborn', category: 'tool', group: 'Data Analysis Tools', name: 'Seaborn',
    // A ship or a brand name: vessel prefixes or sea words around it.
    nameAlias: { context: { window: 80, rejectBefore: [String.raw`\b(?:MV|MS|SS|RV|HMS)\s+`], rejectNear: [String.raw`\b(?:ferry|ferries|vessels?|ships?|cruises?|deck|mooring|fleet|flagship)\b`] } } },

  // Tools — Big Data Frameworks
  {
    id: 'tool.apache-spark',
    category: 'tool',
    group: 'Big Data Frameworks',
    name: 'Apache Spark',
    aliases: ['PySpark', 'Spark SQL', 'Spark Streaming', 'Spark Structured Streaming', 'Spark MLlib', 'MLlib', 'SparkR', // "Spark jobs/clusters/applications": the nouns say it is the engine even without other big-data words.
      ...['Spark jobs', 'Spark job', 'Spark clusters', 'Spark cluster', 'Spark applications', 'Spark pipelines'].map((text) => ({ text, caseSensitive: true })),
      { text: 'Spark', caseSensitive: true, context: SPARK_CONTEXT }, { text: 'SPARK', caseSensitive: true, context: SPARK_CONTEXT }],
  },
  { id: 'tool.hadoop', category: 'tool', group: 'Big Data Frameworks', name: 'Hadoop', aliases: ['Apache Hadoop', 'HDFS'] },
  {
    id: 'tool.kafka',
    category: 'tool',
    group: 'Big Data Frameworks',
    name: 'Kafka',
    nameAlias: { context: { window: 60, rejectBefore: [String.raw`\bFranz\s+`], rejectNear: [String.raw`\b(?:books?|novels?|fiction|authors?|literature|writers?|poetry|Woolf|Camus|Kafkaesque|bookshop|bookseller)\b`] } },
    aliases: ['Apache Kafka', 'Kafka Streams', 'Confluent Kafka'],
  },

  // Tools — Cloud ML Platforms
  {
    id: 'tool.aws-sagemaker',
    category: 'tool',
    group: 'Cloud ML Platforms',
    name: 'AWS SageMaker',
    aliases: ['Amazon SageMaker', 'SageMaker', 'Amazon SageMaker AI', 'SageMaker Studio'],
  },
  {
    id: 'tool.google-ai-platform',
    category: 'tool',
    group: 'Cloud ML Platforms',
    name: 'Google AI Platform',
    // Bare "AI Platform" is a generic phrase ("our AI platform"); Vertex AI is the platform's current name.
    aliases: ['Google Cloud AI Platform', 'Cloud AI Platform', 'Vertex AI', 'Google Vertex AI', 'VertexAI', 'Google Cloud ML Engine', 'Cloud ML Engine'],
  },
  {
    id: 'tool.azure-ml',
    category: 'tool',
    group: 'Cloud ML Platforms',
    name: 'Microsoft Azure ML',
    aliases: ['Azure ML', 'AzureML', 'Azure Machine Learning', 'Microsoft Azure Machine Learning', 'Azure ML Studio', 'Azure Machine Learning Studio'],
  },
  {
    id: 'tool.ibm-watson',
    category: 'tool',
    group: 'Cloud ML Platforms',
    name: 'IBM Watson',
    // Never bare "Watson": a surname and a street name far more often than the platform.
    aliases: ['IBM watsonx', 'watsonx', 'Watson Studio', 'Watson Machine Learning', 'Watson Assistant', 'Watson Discovery', 'Watson NLP', 'Watson Natural Language Understanding', 'Watson OpenScale'],
  },

  // Tools — MLOps and Model Deployment Tools
  { id: 'tool.mlflow', category: 'tool', group: 'MLOps and Model Deployment Tools', name: 'MLflow' },
  { id: 'tool.kubeflow', category: 'tool', group: 'MLOps and Model Deployment Tools', name: 'Kubeflow', aliases: ['Kubeflow Pipelines'] },
  { id: 'tool.docker', category: 'tool', group: 'MLOps and Model Deployment Tools', name: 'Docker',
    // Dockers load ships: the plural, or port words around it.
    nameAlias: { context: { window: 80, rejectBefore: [String.raw`\b(?:as an?|experienced|skilled)\s+`], rejectNear: [String.raw`\b(?:quay|harbou?r|docks|vessels?|crane|cargo|stevedores?|container terminal|longshore\w*)\b`] } },
    aliases: ['Dockerfile', 'Dockerfiles', 'docker-compose', 'Docker Compose'] },
  {
    id: 'tool.kubernetes',
    category: 'tool',
    group: 'MLOps and Model Deployment Tools',
    name: 'Kubernetes',
    aliases: ['k8s', { text: 'EKS', caseSensitive: true }, { text: 'GKE', caseSensitive: true }, 'Azure Kubernetes Service', 'Amazon EKS'],
  },

  // Tools — Visualization Tools
  { id: 'tool.tableau', category: 'tool', group: 'Visualization Tools', name: 'Tableau', nameAlias: { context: TABLEAU_CONTEXT }, aliases: ['Tableau Desktop', 'Tableau Server'] },
  { id: 'tool.power-bi', category: 'tool', group: 'Visualization Tools', name: 'Power BI', aliases: ['PowerBI', 'Power-BI', 'Microsoft Power BI', 'MS Power BI'] },
  {
    id: 'tool.google-data-studio',
    category: 'tool',
    group: 'Visualization Tools',
    name: 'Google Data Studio',
    // Renamed Looker Studio in 2022; bare "Looker" is a different product.
    aliases: ['Looker Studio', 'Google Looker Studio', { text: 'Data Studio', context: DATA_STUDIO_CONTEXT }],
  },

  // Certifications
  {
    id: 'certification.google-professional-ml-engineer',
    category: 'certification',
    group: 'Certifications',
    name: 'Google Professional Machine Learning Engineer',
    aliases: [
      'Google Cloud Professional Machine Learning Engineer',
      'Google Cloud Certified Professional Machine Learning Engineer',
      'Google Cloud Certified - Professional Machine Learning Engineer',
      'GCP Professional Machine Learning Engineer',
      'Google Professional ML Engineer',
      'Google Cloud Professional ML Engineer',
      { text: 'Professional Machine Learning Engineer', context: CERT_CONTEXT },
    ],
  },
  {
    id: 'certification.aws-ml-specialty',
    category: 'certification',
    group: 'Certifications',
    name: 'AWS Certified Machine Learning – Specialty',
    aliases: ['AWS Certified Machine Learning Specialty', 'AWS Machine Learning Specialty', 'AWS Certified ML Specialty', 'AWS Certified ML - Specialty', 'AWS ML Specialty', 'AWS Machine Learning - Specialty', { text: 'MLS-C01', caseSensitive: true }],
  },
  {
    id: 'certification.azure-ai-engineer-associate',
    category: 'certification',
    group: 'Certifications',
    name: 'Microsoft Azure AI Engineer Associate',
    aliases: ['Azure AI Engineer Associate', 'Microsoft Certified: Azure AI Engineer Associate', { text: 'AI-102', caseSensitive: true }],
  },
  {
    id: 'certification.ibm-ml-professional-certificate',
    category: 'certification',
    group: 'Certifications',
    name: 'IBM Machine Learning Professional Certificate',
    aliases: ['IBM ML Professional Certificate'],
  },
  {
    id: 'certification.coursera-ml-andrew-ng',
    category: 'certification',
    group: 'Certifications',
    name: 'Coursera Machine Learning by Andrew Ng',
    aliases: ["Machine Learning by Andrew Ng", "Andrew Ng's Machine Learning", 'Andrew Ng’s Machine Learning', 'Coursera Machine Learning', 'Machine Learning Specialization by Andrew Ng'],
  },
  {
    id: 'certification.tensorflow-developer-certificate',
    category: 'certification',
    group: 'Certifications',
    name: 'TensorFlow Developer Certificate',
    aliases: ['TensorFlow Developer Certification', 'TensorFlow Certified Developer'],
  },
  {
    id: 'certification.caip',
    category: 'certification',
    group: 'Certifications',
    name: 'Certified Artificial Intelligence Practitioner (CAIP)',
    aliases: ['Certified Artificial Intelligence Practitioner', 'CertNexus CAIP', { text: 'CAIP', caseSensitive: true }],
  },
];

// ---- sectors and countries ----

export const SECTORS: readonly SectorSpec[] = [
  { name: 'Information Technology & Software Development', employers: ['Google', 'Microsoft', 'Amazon', 'IBM', 'Meta', 'Oracle', 'SAP'] },
  { name: 'Finance & FinTech', employers: ['JPMorgan Chase', 'PayPal', 'Mastercard', 'Capital One'] },
  { name: 'Healthcare & Pharmaceuticals', employers: ['Pfizer', 'GE Healthcare', 'Siemens Healthineers'] },
  { name: 'E-commerce & Retail', employers: ['Amazon', 'Walmart', 'Flipkart', 'Shopify'] },
  { name: 'Telecommunications', employers: ['Ericsson', 'Nokia', 'AT&T'] },
  { name: 'Automotive & Manufacturing', employers: ['Tesla', 'BMW', 'General Motors'] },
  // The article names "Governments" here, no employer.
  { name: 'Public Sector & Smart Cities', employers: [] },
];

export const COUNTRIES: readonly CountrySpec[] = [
  { name: 'United States', code: 'US' },
  { name: 'Canada', code: 'CA' },
  { name: 'India', code: 'IN' },
  { name: 'United Kingdom', code: 'GB' },
  { name: 'Germany', code: 'DE' },
  { name: 'Singapore', code: 'SG' },
  { name: 'Australia', code: 'AU' },
];

/**
 * Texts that win leftmost-longest over an alias they contain and count as nothing: `(R)` trademark marks
 * and R&D start before or at the `R` and are longer, so they shadow it without a context rule.
 */
export const BLOCKERS: readonly AliasSpec[] = [
  { text: '(R)', caseSensitive: true },
  { text: 'R&D', caseSensitive: true },
  { text: 'R & D', caseSensitive: true },
  { text: 'R+D', caseSensitive: true },
  { text: 'JavaScript' },
  { text: 'Java Script' },
];

/** Canonical role names, in the article's order (for role.ts). */
export const ROLE_NAMES: readonly string[] = ENTITIES.filter((e) => e.category === 'role').map((e) => e.name);
/** Canonical sector names, in the article's order (for sector.ts). */
export const SECTOR_NAMES: readonly string[] = SECTORS.map((s) => s.name);
