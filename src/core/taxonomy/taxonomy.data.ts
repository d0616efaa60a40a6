// The taxonomy is the seed article: its roles, skills, tools, certifications, sectors and countries,
// under the article's own wording. Aliases and context rules are ours; each one is here because it is
// precise in job postings (a wrong match costs as much as a missed one). Pure data (the thin languages' aliases are
// in thin-languages.ts, also data): no imports of code,
// so role/sector/geo rules can import the canonical names from here without cycles.
import type { Category } from '../types.ts';
import { THIN_LANGUAGE_ALIASES } from './thin-languages.ts';

/**
 * When a matched alias counts. Patterns are RegExp sources, compiled once by the matcher:
 * - `rejectAfter`: tested against the text right after the match, anchored at its start;
 * - `rejectBefore`: tested against the text right before the match, anchored at its end;
 * - `requireAfter` / `requireBefore`: the same places, but the alias counts only when one of them matches
 *   (an object after a verb: "validate … models"; a verb before a noun);
 * - `rejectNear` / `requireNear`: tested against `window` characters on each side (the match excluded).
 * Flags: `i` unless `caseSensitive` is set on the rule. The before/after text stops at a line
 * break (a block boundary in the normalised text): a heading or the next bullet is not context.
 */
export interface ContextRule {
  rejectAfter?: string[];
  rejectBefore?: string[];
  requireAfter?: string[];
  requireBefore?: string[];
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
    // Data named beside it, in several languages ("build training data from billions of impressions", "meetdata … met Spark").
    String.raw`\b(?:\w*data|[Dd]ata(?:sets?)?|[Dd]aten\w*|donn[ée]es|datos|dados|dati|gegevens|billions?|terabytes?|petabytes?)\b`,
    // Large volumes of data in the other languages ("grandes volúmenes de datos con Spark", "große Datenmengen").
    String.raw`\b(?:(?:[Gg]randes?|[Gg]ros|[Gg]rands?|[Gg]randi|[Gg]roße[nm]?|[Gg]rote|[Ss]tora|[Dd]użych|[Vv]elk[ée]|[Ss]uuria) (?:volúmenes|volumes|volumi|quantités|cantidades|quantidades|quantità|Datenmengen|datamängder|hoeveelheden|ilości|objemy|datamääriä)|Datenmengen|datos masivos|dados massivos|donn[ée]es massives|Big Data)`,
  ],
  rejectAfter: [
    String.raw`\s+(curiosity|interest|joy|innovation|ideas?|conversations?|change|creativity|excitement|passion|growth|debate|discussion|imagination|inspiration|new)\b`,
    // The verb with its object: "Spark your curiosity", "spark their interest".
    String.raw`\s+(?:your|our|their|his|her|my)\b`,
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

// ---- paraphrase rules: a verb counts only with its object (or a noun only with its verb) ----

/** Each text as an alias under one context rule. */
function withContext(texts: readonly string[], context: ContextRule): AliasSpec[] {
  return texts.map((text) => ({ text, context }));
}

/** Data named right after a word ("errors in GPS data", "duplicated or malformed records"), not a data pipeline or data entry. */
const DATA_AFTER = String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:\w*data|datasets?|records|readings|rows|entries|values)\b(?!\s*(?:pipelines?|jobs?|flows?|processing|transfers?|entry|systems?|platforms?|cent(?:er|re)s?|engineers?|teams?))`;

/** A data word within a short window: the object of a cleaning verb in any of the languages. */
const DATA_NEAR: ContextRule = {
  window: 40,
  requireNear: [String.raw`\b(?:\w*data|datasets?|records|readings|spreadsheets|\w*daten|donn[ée]es|datos|dados|dati|gegevens)\b`],
  rejectAfter: [String.raw`[\s,]+(?:code|codebase|architecture|interfaces?|design|rooms?|energy|water|desks?|kitchen|station)\b`],
};

/** Words for trained models as the object of a verb; data models, business models and the like are not ML models. */
const MODEL_OBJECT = String.raw`(?<!\b(?:data|business|operating|delivery|service|care|staffing|role|3D|CAD|BIM|semantic|dbt|financial|Excel|vehicle|car|phone|product)\s)(?:models?|classifiers?|detectors?|rankers?|forecasts?|predictions?|LLMs?)\b(?!\s+of\s+(?:care|delivery|service|practice|working))`;

/** "Validate every model", "evaluate detection models", "judge model results": the verb with a model as its object. */
const MODEL_AFTER: ContextRule = {
  requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,2}\s+${MODEL_OBJECT}`],
};

/** Evaluating verbs in German, French, Spanish, Portuguese, Italian and Dutch, with models named next to them. */
const MODEL_NEAR: ContextRule = {
  window: 30,
  requireNear: [String.raw`(?<!\b(?:data|business|dbt|Daten|Geschäfts)[\s-])\b(?:KI-|ML-)?(?:Modell(?:e|en|er|s)?|mod[èe]les?|modelos?|modell[oi]|modellen)\b(?!\s+(?:économiques?|d'affaires|de (?:negocio|negócio|données|datos|dados)|di (?:business|dati)))`],
};

/** Presenting, sharing or explaining results, findings or insights: the verb with that object. */
const RESULTS_AFTER: ContextRule = {
  // "We share our forecasts and code openly" is the employer speaking, not a skill asked for.
  rejectBefore: [String.raw`\b(?:we|we'll|we will)\s+(?:[^\s,.;:]+\s+)?`],
  requireAfter: [
    String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:results|findings|insights|analyses|analysis|recommendations|conclusions|forecasts|predictions|decisions|achados|recommandations|raccomandazioni|aanbevelingen|decisiones|décisions|decisões|decisioni|Zusammenhänge|Sachverhalte|résultats|travaux|resultados|hallazgos|conclusiones|conclusões|análisis|análises|recomendaciones|recomendações|risultati|analisi|conclusioni|resultaten|bevindingen|inzichten|conclusies|Ergebnisse|Erkenntnisse|Analysen|Empfehlungen|indicateurs|indicadores|indicatori|Kennzahlen|KPIs|deviations|desviaciones|écarts|scostamenti|desvios)\b`,
  ],
};

/** People a result is explained or a point walked through to. */
const AUDIENCE = String.raw`(?:rest of|non-|business|stakeholders|researchers|scientists|product owners|editors|traders|clients?|customers?|managers|leaders|leadership|executives|clinicians|regulators|committees?|colleagues|partners|management|senior|board|users|patients|famil(?:y|ies)|residents|risk|teams?|lawyers|underwriters|actuaries|planners|engineers|doctors|nurses|physicians|staff|public|citizens|councillors|investors|officials|ministers|students|parents|visitors|buyers|merchandisers|operators|analysts|audiences?|people|everyone)`;

// ---- entities ----

const ROLE_GROUP = 'Roles';

function role(slug: string, name: string, aliases: AliasInput[] = []): EntitySpec {
  // Body mentions are often plural ("our Data Scientists"); titles are someone else's job (role.ts).
  return { id: `role.${slug}`, category: 'role', group: ROLE_GROUP, name, aliases: [`${name}s`, ...aliases] };
}

const BASE_ENTITIES: readonly EntitySpec[] = [
  // Roles
  // Colleagues in other languages' own words, singular and plural, with the "(a)" inflection marker.
  role('machine-learning-engineer', 'Machine Learning Engineer', ['ML Engineer', 'ML Engineers', 'Machine-Learning Engineer',
    'ingénieur machine learning', 'ingénieurs machine learning', 'ingeniero de machine learning', 'ingenieros de machine learning',
    'ingeniero(a) de machine learning', 'engenheiro de machine learning', 'engenheiros de machine learning',
    'engenheiro(a) de machine learning', 'ingegnere machine learning', 'ingegneri machine learning']),
  role('data-scientist', 'Data Scientist', ['scientifique de données', 'scientifiques de données', 'científico de datos',
    'científica de datos', 'científicos de datos', 'científico(a) de datos', 'cientista de dados', 'cientistas de dados',
    'cientista(o) de dados', 'Datenwissenschaftler', 'Datenwissenschaftlerin', 'Datenwissenschaftlerinnen']),
  role('ai-research-scientist', 'AI Research Scientist', ['Artificial Intelligence Research Scientist']),
  role('data-engineer', 'Data Engineer', ['ingénieur de données', 'ingénieurs de données', 'ingeniero de datos',
    'ingenieros de datos', 'ingeniera de datos', 'ingeniero(a) de datos', 'engenheiro de dados', 'engenheiros de dados',
    'engenheira de dados', 'engenheiro(a) de dados']),
  role('computer-vision-engineer', 'Computer Vision Engineer', ['CV Engineer', 'CV Engineers']),
  role('nlp-engineer', 'Natural Language Processing (NLP) Engineer', [
    'Natural Language Processing (NLP) Engineers',
    'NLP Engineer',
    'NLP Engineers',
    'Natural Language Processing Engineer',
    'Natural Language Processing Engineers',
  ]),
  role('business-intelligence-analyst', 'Business Intelligence Analyst', ['BI Analyst', 'BI Analysts', 'BI-Analyst',
    'BI-Analysten', 'BI-Analystin', 'analista de BI', 'analistas de BI', 'analista BI', 'analisti BI', 'analyste BI',
    'analystes BI', 'BI analist', 'BI analisten', 'Business Intelligence Analist', 'analista de inteligencia de negocios',
    'analistas de inteligencia de negocios', 'analista de business intelligence', 'analistas de business intelligence']),
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
  { id: 'skill.linear-algebra', category: 'skill', group: 'Mathematics and Statistics', name: 'Linear algebra', aliases: ['lineare Algebra', 'linearer Algebra', 'linearen Algebra',
    'álgebra linear', 'álgebra lineal', 'algèbre linéaire', 'algebra lineare', 'lineaire algebra', 'linjär algebra', 'lineær algebra', 'algebra liniowa', 'algebry liniowej',
    'algebrze liniowej', 'lineární algebra', 'lineární algebry', 'lineaarialgebra'] },
  { id: 'skill.calculus', category: 'skill', group: 'Mathematics and Statistics', name: 'Calculus', aliases: ['multivariable calculus', 'multivariate calculus'] },
  {
    id: 'skill.probability',
    category: 'skill',
    group: 'Mathematics and Statistics',
    name: 'Probability',
    // "probability of default" (PD) is a credit-risk quantity, not the skill.
    nameAlias: { context: { rejectAfter: [String.raw`[\s-]+of[\s-]+default\b`] } },
    aliases: ['probability theory', 'probabilistic modeling', 'probabilistic modelling', 'Wahrscheinlichkeitsrechnung', 'Wahrscheinlichkeitstheorie',
      // The other languages' names for the subject; a default probability ("probabilidad de impago") is a credit-risk quantity.
      ...withContext(['probabilidad', 'probabilidades', 'probabilité', 'probabilités', 'probabilità', 'probabilidade'], {
        rejectAfter: [String.raw`\s+(?:de|di|d')\s*(?:impago|incumplimiento|default|défaut|défaillance|inadimpl\w*|insolvenza)\b`] }),
      'sannolikhetslära', 'sannolikhetsteori', 'kansrekening', 'kansberekening', 'rachunek prawdopodobieństwa', 'rachunku prawdopodobieństwa', 'teoria prawdopodobieństwa',
      'teorii prawdopodobieństwa', 'sandsynlighedsregning', 'sandsynlighedsteori', 'sannsynlighetsregning', 'teorie pravděpodobnosti', 'todennäköisyyslaskenta',
      'todennäköisyyslaskennasta', 'todennäköisyyslaskentaa', 'todennäköisyyslaskennan',
      // Probability by its methods (docs/mention-labels.md): probabilistic models and forecasts, Bayesian methods.
      'probabilistic forecasts', 'probabilistic forecast', 'probabilistic forecasting', 'probabilistic models', 'probabilistic model', 'probabilistic programming',
      'probabilistic state estimation', 'probabilistic reasoning', 'probabilistic methods', 'probabilistic inference',
      'Bayesian methods', 'Bayesian statistics', 'Bayesian inference', 'Bayesian modelling', 'Bayesian modeling', 'Bayesian models', 'Bayesian model', 'Bayesian hierarchical models',
      'Bayesian approaches', 'Bayesian techniques', 'bayesianske metoder', 'bayesianska metoder', 'bayessche Statistik', 'bayessche Methoden', 'bayesianische Methoden',
      'méthodes bayésiennes', 'statistique bayésienne', 'métodos bayesianos', 'estadística bayesiana', 'estatística bayesiana', 'metodi bayesiani', 'statistica bayesiana',
      'bayesiaanse statistiek', 'bayesiaanse methoden', 'probabilistiske prognoser', 'probabilistiska prognoser', 'probabilistische Prognosen', 'probabilistische Modelle',
      'prévisions probabilistes', 'modèles probabilistes', 'modelos probabilísticos', 'previsiones probabilísticas', 'previsões probabilísticas', 'modelli probabilistici',
      'previsioni probabilistiche', 'probabilistische modellen', 'pravděpodobnostní modely', 'modele probabilistyczne'],
  },
  {
    id: 'skill.hypothesis-testing',
    category: 'skill',
    group: 'Mathematics and Statistics',
    name: 'Hypothesis testing',
    // A/B testing is hypothesis testing applied to products: postings ask for it in its place.
    aliases: ['controlled experiments', 'significance tests', 'significance testing', 'statistical significance', 'testes A/B', 'tests A/B', 'pruebas A/B', 'test A/B', 'testy A/B', 'hypothesis tests', 'statistical hypothesis testing', 'statistical significance testing', 'significance testing', 'A/B testing', 'A/B tests', 'A/B test', 'A/B-Tests', 'A/B-Test', 'A/B-Testing', 'Hypothesentests',
      'statistical testing', 'statistical tests', 'statistical test', 'test them statistically', 'A/B experiments', 'A/B experimentation', 'A/B experiment',
      'pruebas A/B', 'tests A/B', 'test A/B', 'statistische Tests', 'tests statistiques', 'pruebas estadísticas', 'Signifikanztests',
      // Hypotheses named as the object of testing, in English and Dutch ("toetst hypotheses").
      'test hypotheses', 'testing hypotheses', 'tests hypotheses', 'toetst hypotheses', 'hypotheses toetsen', 'hypothesen toetsen',
      // Significance named as what is checked, and the usual tests by name.
      'statistically significant', 'statistical significance', 'p-values', 'p-value', 't-tests', 't-test', 'chi-square test', 'chi-squared test',
      'statistisch signifikant', 'statistische Signifikanz', 'significativité statistique', 'statistiquement significatif', 'statistiquement significative',
      'significancia estadística', 'estadísticamente significativo', 'estadísticamente significativa', 'estadísticamente significativos', 'estadísticamente significativas',
      'significância estatística', 'estatisticamente significativo', 'estatisticamente significativa', 'significatività statistica',
      'statisticamente significativo', 'statisticamente significativa', 'statistisch significant',
      // Online experiments are A/B tests under another name (variants compared on live traffic); experiments in general are not.
      'online experiments', 'online experiment', 'online experimentation', 'split tests', 'split testing', 'split-testing', 'multivariate tests', 'multivariate testing',
      'experimentos A/B', 'experimentos online', 'expériences A/B', 'A/B-Experimente', 'Online-Experimente', 'esperimenti A/B', 'experimentos controlados',
      // Hypothesis tests by name in Italian, Portuguese, Spanish, French and Dutch.
      'test delle ipotesi', "test d'ipotesi", 'test di ipotesi', 'testes de hipóteses', 'teste de hipóteses', 'testes de hipótese',
      'pruebas de hipótesis', "tests d'hypothèses", "test d'hypothèse", "tests d'hypothèse", 'hypothesetoetsen', 'hypothesetoetsing',
      // "Online tests" in a hiring process are aptitude tests.
      ...withContext(['online tests', 'online testing'], { window: 60, requireNear: [String.raw`\b(?:offline|models?|experiment\w*|A/B|variants?|ranking|conversion|metrics?)\b`], rejectNear: [String.raw`\b(?:applica\w*|candidates?|aptitude|psychometric|recruitment|reasoning)\b`] })],
  },

  // Skills — Machine Learning Algorithms
  {
    id: 'skill.regression',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Regression',
    nameAlias: { context: REGRESSION_CONTEXT },
    aliases: [...withContext(['GLM', 'GLMs'], { rejectAfter: [String.raw`-?\d`] }).map((a) => ({ ...a, caseSensitive: true })), 'generalized linear models', 'generalised linear models', 'generalized linear model', 'generalised linear model', 'linear regression', 'logistic regression', 'regression analysis', 'regression models', 'regression modeling', 'regression modelling', 'Regressionsanalyse',
      'Regressionsmodelle', 'Regressionsmodellen', 'Regressionsmodell', 'modèles de régression', 'régression linéaire', 'régression logistique', 'modelos de regresión', 'regresión lineal', 'regresión logística',
      'regressione lineare', 'regressione logistica', 'modelli di regressione', 'regressão linear', 'regressão logística', 'modelos de regressão',
      'lineaire regressie', 'logistische regressie', 'regressiemodellen', 'lineare Regression', 'logistische Regression', 'modele regresji', 'Regressionsmodelle',
      // The bare word in other languages, not regression testing ("pruebas de regresión", "Regressionstests").
      ...withContext(['regresión', 'regressão', 'regressione', 'regressie', 'régression', 'regresji', 'Regressions-'], {
        rejectBefore: [String.raw`\b(?:pruebas|tests?|testes?|teste|test di|prove)\s+(?:de\s+|di\s+)?`],
        rejectAfter: [String.raw`\s*-?\s*(?:tests?|testing|testes?|pruebas)\b`] })],
  },
  {
    id: 'skill.decision-trees',
    category: 'skill',
    group: 'Machine Learning Algorithms',
    name: 'Decision trees',
    // Tree ensembles are decision trees; postings name the ensemble more often than the tree.
    aliases: [{ text: 'decision tree', context: { rejectBefore: [String.raw`\b(?:triage|clinical|diagnostic|escalation|troubleshooting)\s+`] } }, 'random forest', 'random forests', 'gradient boosting', 'gradient boosted trees', 'gradient-boosted trees', 'XGBoost', 'LightGBM', 'CatBoost', 'tree-based models', 'tree-based methods', 'Entscheidungsbäume', 'tree ensembles', 'tree-based ensembles', 'boosted trees', 'árboles de decisión', 'arbres de décision',
      'alberi decisionali', 'alberi di decisione', 'árvores de decisão', 'beslisbomen', 'Entscheidungsbaum', 'Entscheidungsbaumverfahren'],
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
      'neuronaler Netze', 'neuronale Netzwerke', 'neuronalen Netzwerken', 'neuronales Netz', 'réseaux neuronaux', 'réseau de neurones', 'réseau neuronal',
      'red neuronal', 'redes neurais', 'rede neural', 'reti neurali', 'rete neurale', 'neurale netwerken', 'neuraal netwerk',
      // Transformer and conformer models named by their architecture ("transformer-based rankers", Polish "transformery").
      'transformer-based', 'transformer architectures', 'transformer architecture', 'conformer architectures', 'conformer models', 'transformery', 'sieci neuronowe', 'sieci neuronowych',
      'convolutional networks', 'convolutional neural', 'recurrent neural',
      // A network named by its vision task is a neural network.
      'segmentation networks', 'detection networks', 'deep neural', 'deep networks', 'deep network architectures', 'deep network architecture',
      { text: 'CNN', caseSensitive: true }, { text: 'CNNs', caseSensitive: true }, { text: 'RNN', caseSensitive: true }, { text: 'RNNs', caseSensitive: true },
      { text: 'LSTM', caseSensitive: true }, { text: 'LSTMs', caseSensitive: true }, { text: 'U-Net', caseSensitive: true },
      'redes convolucionales', 'redes convolucionais', 'redes neuronais', 'réseaux convolutifs', 'réseaux de neurones convolutifs', 'reti convoluzionali', 'sieci konwolucyjne',
      'sieci konwolucyjnych', 'convolutionele netwerken', 'neurala nätverk', 'neuronové sítě', 'neuroverkot', 'deep learning models', 'deep learning model', 'deep-learning models',
      'neural models', 'neural model', 'neural ranking', 'neural retrieval',
      // Transformers are a network architecture like CNNs (the Hugging Face library named alone is a tool, not this);
      // power transformers have models too, so grid words around them reject it.
      ...withContext(['transformer models', 'transformer model', 'transformer networks', 'transformer architectures', 'transformer architecture', 'transformer-based models', 'vision transformers', 'vision transformer',
        'Transformer-Modelle', 'Transformer-Modellen', 'modèles transformers', 'modèles Transformer', 'modelos transformer', 'modelli transformer',
        // The architecture named alone ("train transformer policies", "basados en transformers", "vision transformerów"); Hugging Face's
        // library of that name is not the skill.
        'transformer', 'transformers', 'transformermodellen', 'transformerów', 'transformerami'],
      { window: 80, rejectNear: [String.raw`\b(?:power|substations?|voltage|kV|MVA|grid|breakers|relays|windings|switchgear|transmission)\b`],
        rejectBefore: [String.raw`\b(?:Hugging\s*Face|HF|🤗)\s*`], rejectAfter: [String.raw`\s+(?:library|libraries|package|Python package)\b`] }),
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
      'clean and normalise', 'clean and normalize', 'clean and reconcile', 'clean and standardise', 'clean and standardize', 'clean and enrich', 'clean and merge', 'cleaning and preparing', 'preparing and cleaning', 'clean the data', 'keep the data clean',
      'clean data', 'text cleaning', 'data quality checks', 'check data for errors', 'fix bad records',
      'limpeza de dados', 'limpeza dos dados', 'limpieza de los datos', 'limpiar los datos', 'limpiar y preparar', 'nettoyer les données',
      'Daten bereinigen',
      // Messy data named, de-duplication and validation of data: the cleaning step under other words.
      'messy data', 'dirty data', 'wrangle data', 'wrangle messy', 'wrangling data',
      // Image or listing de-duplication is a product feature, not data cleaning.
      ...['deduplicate', 'deduplicates', 'deduplicating', 'deduplication', 'de-duplicate', 'de-duplicating', 'de-duplication'].map((text) => ({ text, context: { rejectBefore: [String.raw`\b(?:image|photo|listing|content|near)[\s-]+`] } })),
      'data validation', 'validate data', 'validating data', 'prepare and validate', 'preparing and validating', 'check data quality', 'checking data quality', 'data quality rules', 'data quality issues', 'curate and clean',
      // Bare "clean" only with data named next to it: never "clean code" or a clean station.
      ...['clean', 'cleans', 'cleaning', 'clean up', 'cleaning up', 'tidy up'].map((text) => ({ text, context: { window: 30, requireNear: [String.raw`\b(?:data|datasets?|records|readings|feeds?|logs|(?:training|free|raw) text|transcripts|annotations|labels|Daten)\b`], rejectAfter: [String.raw`[\s,]+(?:code|codebase|architecture|interfaces?|design|rooms?|energy|water|desks?|kitchen|station)\b`] } })),
      // Data quality named alone ("garantir la qualité des données") is a goal, not the cleaning work: left out.
      'saubere Daten', 'sauberen Daten', 'fiabiliser les données', 'fiabilisation des données',
      'registros erróneos', 'depuración de datos', 'depurar los datos',
      ...['depurar', 'depurar y consolidar'].map((text) => ({ text, context: { window: 40, requireNear: [String.raw`\bdatos\b`] } })),
      'pulizia dei dati', 'pulizia e preparazione', 'pulire i dati', 'pulire e preparare',
      // German verb forms: "bereitest Messdaten auf und bereinigst sie", only with data nearby.
      ...['bereinigen', 'bereinigst', 'bereinigt', 'bereinigen sie'].map((text) => ({ text, context: { window: 60, requireNear: [String.raw`daten|annotation|datens[äa]tze|messwerte|werte`] } })),
      // Checking and correcting data, and Italian duplicates and incomplete records.
      'check and correct', 'checks and corrects', 'checking and correcting', 'correct the data', 'record incompleti', 'record duplicati',
      'checked and cleaned', 'fix data errors', 'data errors', 'fix label errors', 'fix labelling errors', 'fix labeling errors', 'rätta och komplettera', 'felaktiga värden', 'data quality tests', 'impute', 'imputation', 'imputing', 'validate the data', 'reconcile and validate',
      'eliminazione dei duplicati', 'clientes duplicados', 'registros duplicados',
      // Checks that catch bad records, and mismatches fixed ("catch missing or duplicated trades", "catch duplicates, nulls
      // and broken joins", "fix the data they flag", "Find and fix mismatches", "validaciones … que detecten duplicados").
      'fix the data', 'find and fix mismatches', 'fix mismatches', 'catch duplicates', 'detecten duplicados', 'detectar duplicados', 'reconciliation checks',
      ...withContext(['catch missing', 'catches missing', 'catch duplicated', 'catch duplicate'], { window: 60, requireNear: [String.raw`\b(?:records?|rows|trades|transactions|entries|data|values|orders|SKUs|events|joins|invoices|payments|items)\b`] }),
      // Cleaning named with its neighbours, duplicates removed, and data-quality checks under the other languages' names.
      'clean and filter', 'cleaning and filtering', 'clean and anonymise', 'clean and anonymize', 'limpiar y anonimizar', 'remove duplicates', 'removing duplicates', 'remove duplicate',
      'Datenqualitätsprüfungen', 'Datenqualitätsprüfung', 'Datenqualitätschecks', 'datakvalitetskontroller', 'datakvalitetskontroll', 'kontrole jakości danych', 'controles de calidad de datos',
      'contrôles de qualité des données', 'controlli di qualità dei dati', 'datakwaliteitscontroles', 'controles de qualidade de dados', 'for errors and gaps',
      // Correcting errors in the other languages, with data named nearby; correcting records or addresses themselves.
      ...withContext(['corrigeert fouten', 'corrigeer fouten', 'fouten en gaten', 'rätta fel', 'rättar fel', 'rättar felaktiga', 'korrigera fel', 'poprawianie błędów', 'poprawiać błędy',
        'corrigir erros', 'corregir errores', 'corriger les erreurs', 'correggere errori', 'correggere gli errori'], { window: 80,
        requireNear: [String.raw`(?:data|\w*gegevens|\w*daten|donn[ée]es|datos|dados|dati|danych|avläsningar|registros|enregistrements|record)`] }),
      // The verb, not the adjective ("the correct records").
      ...withContext(['correct', 'corrects', 'correcting'], { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:records|entries|address points|master data)\b`],
        rejectBefore: [String.raw`\b(?:the|a|an|are|is|be|been|and|in|with|of|most|all)\s+`] }),
      ...withContext(['for errors'], { requireBefore: [String.raw`\b(?:check|checks|checking|scan|scans|scanning|review|reviews|reviewing)\s+(?:[^\s,.;:]+\s+){0,3}(?:\w*data|records|entries|files)\s+`] }),
      // Correcting errors where data is named nearby ("Validate the data we load each night and correct errors at source").
      ...withContext(['correct errors', 'correcting errors', 'corrects errors'], { window: 80, requireNear: [String.raw`\b(?:data|records|figures|returns|entries|Daten|données|datos|dados)\b`] }),
      ...withContext(['duplicati'], { window: 60, requireNear: [String.raw`\b(?:record|dati|anagrafiche|transazioni)\b`] }),
      // Cleaning verbs of every language, curating and fixing up, with data named next to them.
      ...withContext(['cleanse', 'cleanses', 'cleansing', 'curate', 'curates', 'curating', 'curated', 'fix up', 'fixes up', 'fixing up', 'messy',
        'nettoyer', 'nettoyez', 'nettoyage', 'corriger', 'corrigez', 'limpiar', 'limpias', 'limpieza', 'corregir', 'corriges', 'limpar', 'limpeza', 'corrigir',
        'pulire', 'pulisci', 'pulizia', 'correggere', 'correggi', 'bonifica', 'bonificare', 'Bereinigung', 'schoont', 'opschonen', 'opgeschoond', 'opschoning'], DATA_NEAR),
      'data hygiene', 'data cleanup', 'data clean-up', 'dédoublonnage', 'dédoublonner', 'Dubletten', 'ontdubbelen', 'deduplicar', 'deduplicação', 'deduplicazione',
      // Errors, gaps, outliers and duplicates in data: the things cleaning removes, with the data named after them.
      ...withContext(['errors', 'gaps', 'inconsistencies', 'duplicates', 'outliers'], { requireAfter: [String.raw`(?:\s+(?:and|or)\s+[^\s,.;:]+)?\s+in(?:\s+(?:the|our|their))?${DATA_AFTER}`] }),
      ...withContext(['duplicated', 'duplicate', 'malformed', 'invalid', 'corrupt', 'corrupted', 'inconsistent', 'erroneous'], { requireAfter: [String.raw`(?:\s+(?:or|and)\s+[^\s,.;:]+|,)?${DATA_AFTER}`] }),
      'missing values', 'fehlende Werte', 'valeurs manquantes', 'valores faltantes', 'valores ausentes', 'valori mancanti', 'ontbrekende waarden',
      ...withContext(['outliers', 'Ausreißer', 'valeurs aberrantes', 'valores atípicos', 'valori anomali', 'uitschieters'], { window: 50,
        requireNear: [String.raw`\b(?:remov\w*|entfern\w*|bereinig\w*|handl\w*|treat\w*|supprim\w*|trait\w*|elimin\w*|correg\w*|corrig\w*|filter\w*|gaps|Lücken|missing|fehlende\w*|manquantes|faltantes|mancanti|ausentes|ontbrekende)`] }),
      // Correcting errors in the data, in German and Dutch: bug fixing ("Fehler beheben") is not meant.
      ...withContext(['Fehler korrigieren', 'Fehler bereinigen', 'korrigierst Fehler', 'lost fouten op', 'fouten oplossen', 'fouten op te lossen', 'fouten herstellen', 'fouten corrigeren'], { window: 60, requireNear: [String.raw`daten|data\b|gegevens`] }),
      // "Du sorgst für saubere, geprüfte Daten": the adjective with data after it.
      ...withContext(['saubere', 'sauberen', 'sauberer'], { requireAfter: [String.raw`(?:,?\s+[^\s,.;:]+){0,2}\s+\w*Daten\b`] }),
    ],
  },
  {
    id: 'skill.feature-engineering',
    category: 'skill',
    group: 'Data Processing',
    name: 'Feature engineering',
    // Verb forms. "build features" alone is product work; "features from <data>" and feature pipelines are model inputs.
    aliases: ['feature-engineering', 'engineer features', 'engineering features', 'engineers features', 'features engineered',
      'derive features', 'deriving features', 'feature pipelines', 'feature pipeline', 'feature creation',
      // Features, signals or variables made from data: a making verb before, "from" after ("derive behavioural signals from raw events");
      // product features come "from concept" or "from customer feedback".
      ...withContext(['features from', 'signals from', 'variables from', 'predictors from'], {
        requireBefore: [String.raw`\b(?:derive[sd]?|deriving|engineer(?:s|ed|ing)?|build(?:s|ing)?|create[sd]?|creating|compute[sd]?|computing|construct(?:s|ed|ing)?|extract(?:s|ed|ing)?|craft(?:s|ed|ing)?)(?:\s+[^\s,.;:]+){0,2}\s+`],
        rejectAfter: [String.raw`\s+(?:(?:the\s+)?concept|ideas?|design|discovery|scratch|prototypes?|start|zero|the ground up|end to end|(?:customer\s+|user\s+)?(?:feedback|requests?|research))\b`],
      }),
      // The same in French, Spanish, Portuguese and Italian: "Créer des variables explicatives à partir des données".
      ...withContext(['variables', 'variáveis', 'feature', 'features', 'caractéristiques', 'características', 'caratteristiche', 'variabili'], {
        requireBefore: [String.raw`\b(?:créer|créez|construire|construisez|dériver|concevoir|crear|construir|derivar|diseñar|generar|criar|gerar|creare|costruire|derivare|generare)(?:\s+[^\s,.;:]+){0,2}\s+`],
        requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:à partir|a partir|a partire)\b`],
        rejectAfter: [String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:à partir|a partir|a partire)\s+(?:de|des|du|dei|delle|degli|dos|das|do|da)?\s*(?:besoins|retours|maquettes|necesidades|comentarios|necessidades|feedback|richieste|esigenze)\b`],
      }),
      'ingeniería de características', 'ingeniería de variables', 'ingeniería de atributos', 'engenharia de features', 'engenharia de atributos', 'engenharia de variáveis',
      'ingegneria delle feature', 'ingegneria delle caratteristiche', 'ingénierie des caractéristiques', 'ingénierie des variables', 'création de variables', 'creación de variables',
      'criação de variáveis', 'kenmerken afleiden', 'features afleiden', 'Merkmale ableiten'],
  },
  {
    id: 'skill.model-evaluation',
    category: 'skill',
    group: 'Data Processing',
    name: 'Model evaluation',
    aliases: ['model validation', 'model assessment', 'evaluating models', 'evaluate models', 'evaluation of models', 'model evaluations', 'model evals', 'offline evaluation', 'evaluation metrics',
      // "train and evaluate <models/networks/classifiers>": the object varies, the pair is always model work.
      'train and evaluate', 'training and evaluating', 'trains and evaluates', 'trained and evaluated', 'train, evaluate and deploy', 'train, evaluate, and deploy',
      'develops and validates algorithms', 'develop and validate algorithms', 'ranking quality',
      'train and validate', 'training and validating', 'evaluate model performance', 'evaluating model performance', 'measure model performance', 'evaluate LLM', 'LLM evals', 'automated evals', 'Modellgüte', 'Modellvalidierung', 'Modellbewertung',
      'évaluation des modèles', 'évaluer les modèles', 'evaluación de modelos', 'evaluar modelos', 'validación de modelos',
      // "überwachen Modelle und bewerten ihre Güte": quality of a model.
      { text: 'Güte', context: { window: 40, requireNear: [String.raw`modell`] } },
      // Validating, benchmarking and monitoring models, and the metrics or held-out sets used for it.
      'validate models', 'validate the models', 'validating models', 'benchmark models', 'benchmarking models', 'benchmark the models',
      // Performance only with a verb that measures it; drift and retraining alone are operations, not evaluation.
      'monitor model performance', 'monitoring model performance', 'track model performance', 'tracking model performance', 'measure model accuracy', 'model accuracy', 'precision and recall',
      'performance des modèles', 'performances des modèles', 'validar los modelos', 'evaluar los modelos', 'rendimiento de los modelos', 'kwaliteit van modellen', 'kwaliteit van de modellen',
      // Evaluating verbs with a trained model as their object: "validate every model", "evaluate detection models", "judge model results".
      ...withContext(['evaluate', 'evaluates', 'evaluating', 'evaluated', 'assess', 'assesses', 'assessing', 'validate', 'validates', 'validating', 'validated',
        'benchmark', 'benchmarks', 'benchmarking', 'judge', 'judges', 'judging', 'stress-test', 'stress-testing'], MODEL_AFTER),
      // Testing, comparing and checking models: only "against" a reference or "for" accuracy or bias (cars and phones have models too).
      ...withContext(['test', 'tests', 'testing', 'tested', 'compare', 'compares', 'comparing', 'check', 'checks', 'checking'],
        { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,2}\s+${MODEL_OBJECT}\s+(?:against|for\s+(?:accuracy|bias|robustness|fairness|drift|errors?))\b`] }),
      // "Build pricing models and test them against last year's quotes"; "test them statistically" is hypothesis testing (a longer alias).
      ...withContext(['test them', 'tests them', 'testing them', 'tested them'], { requireBefore: [String.raw`\b(?:models?|architectures|networks|classifiers|detectors)\b[^\n.;]{0,40}`] }),
      // Quality, accuracy or performance of a model as something measured (improving it is model development).
      ...withContext(['model quality', 'model performance'], { window: 40, requireNear: [String.raw`\b(?:measur\w*|monitor\w*|track\w*|evaluat\w*|assess\w*|check\w*|report\w*|validat\w*|benchmark\w*)`] }),
      ...withContext(['detection accuracy', 'prediction accuracy', 'classification accuracy', 'segmentation accuracy', 'reconstruction quality', 'detection quality', 'ranking quality'],
        { requireBefore: [String.raw`\b(?:measur\w*|evaluat\w*|assess\w*|track\w*|monitor\w*|report\w*|check\w*|validat\w*|benchmark\w*)(?:\s+[^\s,.;:]+){0,2}\s+`] }),
      'backtest', 'backtests', 'backtesting', 'backtested', 'back-test', 'back-testing', 'out-of-sample', 'cross-validation', 'cross validation', 'holdout set', 'hold-out set', 'held-out data', 'held-out test',
      // The data and criteria that models are judged by.
      'evaluation sets', 'evaluation set', 'evaluation datasets', 'evaluation dataset', 'eval sets', 'evaluation suites', 'evaluation suite', 'evaluation harness',
      ...withContext(['evaluation criteria', "critères d'évaluation", 'criterios de evaluación', 'critérios de avaliação', 'criteri di valutazione', 'Bewertungskriterien',
        'Evaluationskriterien', 'evaluatiecriteria'], { window: 60,
        requireNear: [String.raw`\b(?:AI|ML|IA|KI|models?|modèles?|modelos?|modell[oi]|Modell\w*|LLMs?|machine learning|algorithms?|algorithmes?|algoritm\w*|recommandations|recomendaciones|assistant|asistente|chatbot)\b`] }),
      // Evaluation sets under the other languages' names, evaluations paired with benchmarks, a model as the thing evaluated.
      'set di valutazione', 'dataset di valutazione', "jeux d'évaluation", "jeu d'évaluation", 'conjuntos de evaluación', 'conjuntos de avaliação', 'Evaluationsdatensätze',
      'evaluatiesets', 'evaluatieset', 'evaluations and benchmarks', 'benchmarks and evaluations', 'model is evaluated', 'model is validated', 'model is tested',
      // Evaluation as a step of model work ("retrieval, prompt design, evaluation and deployment"), not staff, risk or bid evaluation.
      ...withContext(['evaluation', 'evaluations', 'evals'], { window: 40,
        requireNear: [String.raw`\b(?:LLMs?|RAG|retrieval|prompt (?:design|engineering)|fine-?tun\w*|embeddings)\b`, String.raw`\b${MODEL_OBJECT}`],
        rejectBefore: [String.raw`\b(?:performance|staff|employee|job|risk|impact|site|patient|clinical|nursing|needs|credit|property|vendor|supplier|bid|tender|program(?:me)?|policy|environmental)\s+`] }),
      // Policies of reinforcement learning are models; insurance policies are not.
      ...withContext(['evaluate policies', 'evaluating policies', 'evaluates policies'], { window: 100, requireNear: [String.raw`\b(?:reinforcement|reward|simulation|robots?|robotics|agents?|grasping)\b`] }),
      // The other languages' evaluating verbs, with models named next to them ("Bewertung der Modelle", "Je valideert modellen").
      ...withContext(['bewerten', 'bewertest', 'bewertet', 'Bewertung', 'evaluieren', 'evaluierst', 'evaluiert', 'Evaluierung', 'validieren', 'validierst', 'validiert', 'Validierung',
        'évaluer', 'évaluez', 'évaluation', 'valider', 'validez', 'validation', 'evaluar', 'evalúa', 'evaluación', 'validar', 'valida', 'validación',
        'avaliar', 'avalia', 'avaliação', 'validação', 'valutare', 'valutazione', 'validare', 'validazione', 'valideert', 'valideren', 'validatie', 'evalueert', 'evalueren', 'evaluatie',
        // Future and second-person forms, and Swedish.
        'valuterai', 'valuti', 'validerai', 'évaluerez', 'validerez', 'evaluarás', 'validarás', 'avaliarás', 'avaliará', 'validarás', 'evalueer',
        'utvärdera', 'utvärderar', 'utvärdering', 'validera', 'validerar'], MODEL_NEAR),
      // Models as the subject of validation ("how models are validated"), backtesting in French, and accuracy measured or
      // monitored ("Monitor forecast accuracy", "medir precisión y cobertura").
      'models are validated', 'models are evaluated', 'models are tested', 'models get validated', 'backtestez', 'backtester', 'backtestent',
      ...withContext(['forecast accuracy', 'precision and coverage', 'precisión y cobertura', 'précision et rappel', 'precisión y exhaustividad', 'Präzision und Recall'],
        { window: 60, requireNear: [String.raw`\b(?:measur\w*|monitor\w*|track\w*|evaluat\w*|report\w*|check\w*|medir|mide|mesurer|mesurez|messen|misst|medi\w*|valid\w*)`] }),
      // Performance or results measured against a reference: "Measure perception performance against labelled field logs",
      // "Evaluate methods rigorously against field measurements and public benchmarks".
      'offline benchmarks', 'offline benchmark',
      // Candidates compared with the model in production, validation and test sets, accuracy or recall reported, and
      // forecast quality and model performance in German, Spanish, Dutch and Polish.
      'against the production model', 'against the current model', 'against the live model', 'validation sets', 'validation set',
      'report recall', 'report precision', "model's accuracy", "model's performance",
      'Prognosegüte', 'Vorhersagegüte', 'Modellperformance', 'desempeño de los modelos', 'desempenho dos modelos', 'rendimiento del modelo',
      'test nieuwe modellen', 'test de modellen', 'zbiory ewaluacyjne', 'zbiór ewaluacyjny', 'jakość modeli',
      // Test sets and evaluation protocols; evaluating a named metric ("Evaluate sensitivity and specificity on multi-site test sets").
      'test sets', 'jeux de test', "protocoles d'évaluation", 'build benchmarks', 'vergelijkt nieuwe modellen', 'ocena jakości modeli', 'zbiorach testowych',
      ...withContext(['evaluate', 'evaluates', 'evaluating', 'evaluated'], { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:sensitivity|specificity|precision|recall|F1)\b`] }),
      ...withContext(['measure', 'measures', 'measuring', 'medir', 'mesurer', 'mesurez'], { requireAfter: [String.raw`[^.\n;]{0,40}\b(?:rates?|accuracy|precision|recall|errors?|desempe[ñn]o|performance)\b[^.\n;]{0,20}\b(?:against|contra|par rapport)\b`] }),
      ...withContext(['public benchmarks', 'against labelled', 'against labeled', 'against held-out', 'against ground truth', 'against a golden set', 'against the golden set'],
        { requireBefore: [String.raw`\b(?:measur\w*|evaluat\w*|assess\w*|validat\w*|benchmark\w*|test\w*|compar\w*)\b[^\n.;]{0,60}`] })],
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
      'REST-Schnittstellen', 'REST-Schnittstelle', 'REST interfaces', 'REST endpoints', 'interfaces REST', 'servicios REST',
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
      'GitLab CI/CD', 'CI pipelines', 'CI pipeline', 'automate deployments', 'automating deployments', 'automated deployments', 'deployment automation',
      // A CI/CD server named is the skill's tool, as GitHub is version control's. Jenkins is also a surname, CI also continuous
      // improvement, a confidence interval or a corporate identity: software words must be near.
      ...withContext(['Jenkins', 'CI'], { window: 60,
        requireNear: [String.raw`\b(?:tests?|testing|builds?|merges?|merge requests?|pull requests?|pipelines?|GitHub|GitLab|Git|Docker|Kubernetes|Maven|Gradle|Groovy|deploy\w*|green|code|CD|releases?|DevOps|Terraform|Ansible|Linux|Python|Java|agil\w*)\b`],
        // CI is also a trial's Chief Investigator.
        rejectNear: [String.raw`\b(?:lean|kaizen|six sigma|continuous improvement|confidence intervals?|corporate identity|corporate design|trials?|investigators?|clinical|patients?|protocols?|study|studies)\b`],
        rejectAfter: [String.raw`-(?:konform|Richtlinien|Vorgaben|Manual)`] }).map((a) => ({ ...a, caseSensitive: true })),
      // "GitHub Actions": GitHub stays version control, the word after it is the CI service.
      { text: 'Actions', caseSensitive: true, context: { requireBefore: [String.raw`\bGitHub\s+`] } },
      'CircleCI', 'Travis CI', 'Argo CD', 'ArgoCD', 'TeamCity', 'Buildkite', 'Tekton', 'CodePipeline', 'Octopus Deploy',
      // Automating builds and releases, and the practice's names in the other languages.
      'build, test and deploy', 'build, test and release', 'build, test, deploy', 'build-test-deploy', 'build automation', 'release automation', 'automated builds', 'automated releases',
      ...withContext(['automate', 'automates', 'automating', 'automatiseert', 'automatiseren', 'automatisierst', 'automatisieren'], { requireAfter: [String.raw`(?:\s+(?:the|our|all|de|onze|die|unsere))?\s+(?:builds?|releases?|deployments?|deploys?|Deployments?)\b`] }),
      'intégration continue', 'déploiement continu', 'livraison continue', 'integración continua', 'despliegue continuo', 'entrega continua', 'integração contínua', 'entrega contínua',
      'implantação contínua', 'integrazione continua', 'rilascio continuo', 'consegna continua', 'continue integratie', 'kontinuierliche Integration', 'kontinuierliches Deployment',
      'pipelines de déploiement', 'pipelines de despliegue', 'pipelines de implantação', 'pipelines de deploy', 'pipeline di deployment', 'pipeline di rilascio', 'Deployment-Pipelines', 'Deployment-Pipeline', 'Release-Pipelines'],
  },

  // Skills — Soft and Analytical Skills
  { id: 'skill.critical-thinking', category: 'skill', group: 'Soft and Analytical Skills', name: 'Critical thinking', aliases: ['critical thinker', 'critical-thinking', 'kritisches Denken',
    // The adverb only after thinking ("critically ill" is not it), and the other languages' names.
    'think critically', 'thinks critically', 'thinking critically', 'esprit critique', 'sens critique', 'pensamiento crítico', 'pensamento crítico', 'pensiero critico', 'spirito critico',
    'kritisch denken', 'kritisch denkvermogen', 'kritisches Denkvermögen', 'kritisch denkend', 'question assumptions', 'challenge assumptions',
    'Dinge zu hinterfragen', 'Dinge hinterfragen', 'Annahmen hinterfragen', 'Annahmen zu hinterfragen', 'Annahmen kritisch'] },
  {
    id: 'skill.problem-solving',
    category: 'skill',
    group: 'Soft and Analytical Skills',
    name: 'Problem-solving',
    aliases: ['problem solving', 'problem solver', 'problem-solver', 'solving problems', 'Problemlösungskompetenz', 'Problemlösungsfähigkeit', 'lösungsorientiert',
      'résoudre des problèmes', 'résolution de problèmes', 'resolución de problemas', 'resolver problemas', 'resolução de problemas', 'Problemlösung',
      // Solving problems as the verb with its object ("Solve problems on the shop floor", "solve production issues"), in several languages.
      'solve problems', 'solves problems', 'solve production problems', 'solve day-to-day production problems', 'solve production issues', 'lost problemen op', 'lost onverwachte problemen op',
      'problemen oplossen', 'lösa problem', 'löser problem', 'pragmatische Lösungen', 'Probleme strukturiert', 'risolvere problemi', 'rozwiązywanie problemów', 'rozwiązywać problemy'],
  },
  { id: 'skill.business-acumen', category: 'skill', group: 'Soft and Analytical Skills', name: 'Business acumen', aliases: ['commercial acumen', 'business sense', 'commercial awareness', 'business savvy', 'commercially minded', 'commercially-minded', 'commercially aware', 'commercial mindset', 'business judgement', 'business judgment', 'business-minded',
    'visão de negócio', 'visión de negocio', 'sens des affaires', 'unternehmerisches Denken',
    'sens du business', 'sens business', 'visione di business', 'visione del business', 'zakelijk inzicht', 'commercieel inzicht', 'kaufmännisches Verständnis', 'kaufmännisches Denken',
    'betriebswirtschaftliches Verständnis', 'wirtschaftliches Denken', 'Geschäftssinn', 'visión comercial', 'financial acumen', 'commercial understanding', 'commercial nous',
    'business understanding', 'understanding of the business', 'business mindset',
    'commercial instinct', 'commercial instincts', 'commercial sense', 'sentido de negócio', 'sentido de negocio', 'entendimiento del negocio', 'comprensión del negocio',
    'compreensão do negócio', 'affärsförståelse', 'affärsmässig', 'forretningsforståelse', 'zmysł biznesowy',
    // "Understanding of how manufacturing businesses make money".
    ...withContext(['make money', 'makes money', 'earn money', 'earns money'], { requireBefore: [String.raw`\bhow\b[^\n.;]{0,40}`] })] },
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
      // ("Explain the service to customers", "talk with families and explain changes", "explain trade-offs to the commercial team").
      ...withContext(['explain', 'explaining', 'explains'], { window: 80, requireNear: [String.raw`\b(?:to|with)\s+(?:the\s+|our\s+|your\s+|their\s+)?(?:[^\s,.;:]+\s+){0,3}${AUDIENCE}`] }),
      // German explaining what, how or why ("Sie erklären Tiefbauämtern, was die Modelle erkennen"), not the employer explaining to you.
      ...withContext(['erklären', 'erklärst', 'erklärt'], { window: 60, requireNear: [String.raw`\b(?:was|wie|warum|wo|weshalb|wieso)\b`],
        rejectBefore: [String.raw`\b(?:wir|Wir)\s+(?:[^\s,.;:]+\s+)?`], rejectAfter: [String.raw`\s+(?:Ihnen|dir|euch)\b`] }),
      'communiceert helder', 'communiceer helder', 'communiceert duidelijk',
      ...withContext(['write clear', 'writes clear', 'writing clear'], { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,2}\s+(?:reports?|notes|summaries|write-ups|handovers?)\b`] }),
      // Writing clearly, and telling a model's behaviour as a story.
      'write clearly', 'writes clearly', 'writing clearly', 'clear stories', 'translate complex',
      // Popularising technical subjects, presentation and storytelling skills, findings turned into advice (French, English, Dutch).
      'vulgariser des sujets techniques', 'vulgariser des sujets complexes', 'vertaalt je bevindingen', 'heldere adviezen',
      ...withContext(['presenteert', 'presenteer'], { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,3}\s+aan\b`] }),
      // Presenting one's work, or presenting anything to management, leadership or partners ("present yield reviews to management").
      'present your work', 'present their work', 'present our work', 'presenting your work',
      ...withContext(['present', 'presents', 'presenting'], { requireAfter: [String.raw`[^.\n;]{0,40}\bto\s+(?:the\s+|our\s+|your\s+)?(?:[^\s,.;:]+\s+)?(?:management|leadership|executives|board|stakeholders|senior leaders|directors|leaders)\b`] }),
      // Explaining to a team, a client or management in Spanish, Portuguese and French ("explicar las desviaciones al equipo de
      // Compras", "Explicar ao cliente", "expliquer aux équipes métier").
      ...withContext(['explicar', 'explicarás', 'explica', 'explicarlo', 'explicarla', 'expliquer', 'expliquez', 'expliquerez'], { window: 80,
        requireNear: [String.raw`(?:^|\s)(?:a|al|ao|aos|à|às|aux?)\s+(?:[^\s,.;:]+\s+){0,2}(?:equipos?|equipes?|équipes?|clientes?|clients?|gerentes|gestores|direcci[óo]n|dire[çc][ãa]o|direction|negocio|neg[óo]cio|m[ée]tiers?|managers|usuarios|usu[áa]rios|utilisateurs|pacientes|patients|chefs?|jef[ea]s?|responsables?|directeurs?|directores?|diretores?|d[ée]cideurs|[ée]lus|m[ée]dicos|m[ée]decins|architectes?|coll[èe]gues|colegas|partenaires|socios)\b`] }),
      'communicate recommendations', 'präsentieren Ergebnisse', 'Ergebnisse präsentieren', 'präsentierst', 'Ergebnisse verständlich', 'verständlich erklären',
      'presentare i risultati', 'comunicare i risultati', 'helder uitleggen', 'duidelijk uitleggen', 'helder communiceren',
      // Presenting, sharing or explaining results, findings or insights, in every language, with or without the audience named
      // (the article's "communication … to explain ML outcomes"); producing reports or dashboards alone is not this.
      ...withContext(['present', 'presents', 'presenting', 'share', 'shares', 'sharing', 'communicate', 'communicating', 'explain', 'explaining',
        'présenter', 'présentez', 'restituer', 'restituez', 'restitution des', 'communiquer', 'communiquez', 'partager', 'expliquer', 'vulgariser',
        'presentar', 'presentas', 'comunicar', 'comunicas', 'exponer', 'compartir', 'explicar', 'apresentar', 'compartilhar', 'partilhar',
        'presentare', 'presenterai', 'comunicare', 'condividere', 'spiegare', 'presenteert', 'presenteren', 'deelt', 'delen', 'communiceert', 'communiceren',
        'präsentierst', 'präsentieren', 'kommunizierst', 'kommunizieren', 'erklärst', 'erläuterst', 'vermittelst', 'stellst',
        // Future and second-person forms job ads use ("Spiegherai i risultati", "Presentarás tus resultados").
        'spiegherai', 'spieghi', 'comunicherai', 'condividerai', 'presenterete', 'explicarás', 'presentarás', 'comunicarás', 'compartirás',
        'apresentarás', 'apresentará', 'explicará', 'présenterez', 'expliquerez', 'communiquerez', 'partagerez', 'restituerez',
        // Writing results up for others.
        'write up', 'writes up', 'writing up'], RESULTS_AFTER),
      // Walking or talking someone through something; briefing people.
      // "We'll walk you through the process" is the employer speaking, not a skill asked for.
      ...withContext(['walk', 'walks', 'walking', 'talk', 'talks', 'talking'], { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){1,3}\s+through\b`], rejectAfter: [String.raw`\s+(?:you|yourself|us|me|candidates)\b`] }),
      ...withContext(['brief', 'briefs', 'briefing'], { requireAfter: [String.raw`\s+(?:the\s+|our\s+)?(?:[^\s,.;:]+\s+)?(?:officials|ministers|executives|leaders|leadership|stakeholders|management|board|councillors|directors)\b`] }),
      'in plain English', 'in plain language', 'in plain terms', 'in simple terms', "in layman's terms", 'in lay terms', 'clear reports', 'clear written reports', 'concise reports',
      'capacità di comunicazione', 'capacità comunicativa', 'abilità comunicative', 'competenze comunicative', 'communicatief sterk', 'communicatief vaardig',
      // The noun alone, where it is not a department, an agency or the channel of an institution.
      ...withContext(['comunicazione', 'Kommunikation'], {
        rejectBefore: [String.raw`\b(?:ufficio|agenzia|scienze|responsabile|direzione|area|settore|marketing\s*(?:e|&|und)|PR\s*(?:und|&)|interne|externe|Abteilung|Bereich|Fachbereich|Referat|Stabsstelle|Leitung|digitale|technische|serielle|drahtlose)(?:\s+(?:di|della|delle|in|der|für))?\s+`],
        rejectAfter: [String.raw`\s+(?:aziendale|interna|esterna|istituzionale|digitale|e marketing|und Marketing|\&)`] })],
  },
  {
    id: 'skill.visualization',
    category: 'skill',
    group: 'Soft and Analytical Skills',
    // The article: "Communication and visualization skills to explain ML outcomes" — presenting results.
    name: 'Visualization',
    aliases: ['visualisation', 'visualizations', 'visualisations', 'data visualization', 'data visualisation', 'data viz', 'dataviz', 'data storytelling', 'storytelling with data', 'Datenvisualisierung', 'visualisieren', 'visualisierst', 'Visualisierungen', 'visualización', 'visualizaciones', 'visualização', 'visualizações',
      'visualise', 'visualize', 'visualising', 'visualizing', 'visualisaties', 'visualiseren',
      'Visualisierung', 'visualisatie', 'datavisualisatie', 'visualizzazione', 'visualizzazioni', 'visualiser', 'visualisez',
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
      'pick up new', 'picks up new', 'picking up new', 'growth mindset', "goût d'apprendre", "désir d'apprendre",
      // Asked of the candidate: "we'd be happy to learn more about you" and "ready to learn more? Apply" are the employer speaking.
      ...withContext(['happy to learn', 'love to learn', 'love learning', 'love of learning', 'passion for learning', 'desire to learn', 'hungry to learn', 'hunger to learn', 'ready to learn',
        'open to learning', 'continuously learning', 'constantly learning', 'continuous learner', 'lifelong learner', 'learning mindset'],
      { rejectBefore: [String.raw`\b(?:we|we're|we'd|we are|we would|be|are|is|team)\s+`], rejectAfter: [String.raw`\s+(?:more|about\s+(?:you|your))\b`] }),
      'learn new skills', 'learn new methods', 'learn new techniques', 'learn new things', 'learning new skills', 'learning new tools', 'learning new technologies',
      // Keeping up with a field, not with the employer's job openings or news.
      ...withContext(['stay up to date with', 'stay current with', 'keep up to date with', 'keeping up to date with', 'keep up with'],
        { requireAfter: [String.raw`(?:\s+[^\s,.;:]+){0,3}\s+(?:research|developments|trends|advances|technolog\w*|tools|methods|techniques|best practices|field|industry|literature|state of the art)\b`] }),
      // "Always learning" asked of the candidate, not "we are always learning" about the team.
      { text: 'always learning', context: { rejectBefore: [String.raw`\b(?:we|we're|we are|are|is|team)\s+`] } },
      'leergierig', 'leergierigheid', 'Lernfreude', 'lernwillig', 'Wissbegierde', 'wissbegierig', 'voglia di imparare', 'desiderio di imparare', 'apprendimento continuo',
      'aprendizaje continuo', 'aprendizagem contínua', 'aprendizado contínuo', "soif d'apprendre", "volonté d'apprendre", 'deseo de aprender', 'afán de aprender',
      'disposición para aprender', 'disposição para aprender',
      // "Du arbeitest dich gerne in neue Themen ein".
      { text: 'in neue Themen', context: { requireAfter: [String.raw`\s+(?:ein\b|einzuarbeiten|einarbeiten)`] } }],
  },
  { id: 'skill.adaptability', category: 'skill', group: 'Soft and Analytical Skills', name: 'Adaptability', aliases: ['adaptable', 'Anpassungsfähigkeit', 'adapt quickly', 'adapts quickly', 'adapt to change', 'adapt to changing', 'adaptabilité', "capacité d'adaptation", 'capacidad de adaptación', 'adaptabilidad', 'capacidade de adaptação', 'adattabilità',
    'able to adapt', 'ability to adapt', 'willing to adapt', 'willingness to adapt', 'changing priorities', 'shifting priorities', 'comfort with ambiguity', 'comfortable with ambiguity', 'fast-changing environment',
    'priorities shift', 'priorities change', 'priorities shifting', 'fast-changing space', 'trivs i förändring', 'trives med forandring', 'trives med uklarhed', 'skiftende prioriteter',
    'skiftende prioriteringer', 'ändrade prioriteringar', 'zmieniających się priorytetów', 'wechselnde Prioritäten', 'priorités changeantes', 'prioridades cambiantes', 'prioridades em mudança',
    'priorità che cambiano', 'veranderende prioriteiten', 'anpassungsfähig', 'aanpassingsvermogen', 'capacidad para adaptarse', 'capacidade de se adaptar', 'capacità di adattamento',
    // Flexibility as a quality of the person; flexible hours, weekends, travel or remote work are conditions, not the skill.
    ...withContext(['flexibility', 'Flexibilität', 'flexibilité', 'flexibilidad', 'flexibilidade', 'flessibilità', 'flexibiliteit'], { window: 40,
      rejectNear: [String.raw`\b(?:hours|weekends?|shifts?|working|work-life|schedules?|rota|overtime|travel|remote|hybrid|home|location|offer|Arbeitszeit\w*|Reise\w*|horaires?|horarios?|horário\w*|orari\w*|turni|turnos|werktijden|uren|Homeoffice|télétravail)\b`] })] },

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
    // Azure AI Studio, renamed Azure AI Foundry in 2024, is where Azure's model training and deployment now live.
    aliases: ['Azure ML', 'AzureML', 'Azure Machine Learning', 'Microsoft Azure Machine Learning', 'Azure ML Studio', 'Azure Machine Learning Studio', 'Azure AI Foundry', 'Azure AI Studio'],
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
    // Inflected in Czech, Polish and Finnish ("nasazení modelů v Dockeru", "w Dockerze", "Dockerilla").
    aliases: ['Dockerfile', 'Dockerfiles', 'docker-compose', 'Docker Compose', 'Dockeru', 'Dockerem', 'Dockerze', 'Dockerissa', 'Dockerilla', 'Dockerin'] },
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

/** The entries with the thin languages' aliases (thin-languages.ts) added, without repeating an alias an entry has. */
export const ENTITIES: readonly EntitySpec[] = BASE_ENTITIES.map((e) => {
  const extra = THIN_LANGUAGE_ALIASES[e.id];
  if (!extra) return e;
  const text = (a: AliasInput): string => (typeof a === 'string' ? a : a.text).toLowerCase();
  const have = new Set([e.name, ...(e.aliases ?? [])].map((a) => (typeof a === 'string' ? a.toLowerCase() : text(a))));
  return { ...e, aliases: [...(e.aliases ?? []), ...extra.filter((a) => !have.has(text(a)))] };
});

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
