// Title → one of the seed's ten roles, or null. A posting's role is what its title says; a wrong role
// costs more than none, so every rule needs both a discipline and a job noun, and whole families of
// titles that merely mention a discipline (sales, recruiting, product management) are ruled out first.
//
// Decisions:
// - Seniority and level (Senior, Staff, Lead, Head of, Intern, I/II/III, Werkstudent) do not change the role.
// - A specialisation beats the generic role: "ML Engineer, NLP" → NLP Engineer, "Research Scientist,
//   Computer Vision" → Computer Vision Engineer, "Deep Learning Research Scientist" → Deep Learning
//   Specialist — but "Data Scientist, NLP" stays Data Scientist (the seed names that role outright).
// - "Applied Scientist", "Machine Learning Scientist", "Research Engineer (AI/ML)" → AI Research Scientist.
//   "Research Scientist" without an AI/ML word or an AI research topic ("Agents", "Language Models") is null (it is as
//   often chemistry or biology).
// - "AI Engineer", "GenAI/LLM Engineer", "MLOps Engineer" → Machine Learning Engineer.
// - "Big Data Engineer", "ETL Developer", "Dateningenieur", "Ingeniero de Datos" → Data Engineer.
//   "Analytics Engineer" is null: it models data for analysts and is neither Data Engineer nor BI by title.
// - An ML platform engineer builds and runs the platform models ship on, which is MLOps: "ML Platform Engineer"
//   → Machine Learning Engineer. Other platform/infrastructure/tooling engineers ("Data Platform Engineer",
//   "Software Engineer, ML Infrastructure") are null unless the seed role is named outright.
// - "Decision Scientist" → Data Scientist.
// - Researchers in other languages with an AI/ML word ("AI-forskare", "Chercheur en IA") → AI Research Scientist.
// - "BI Developer/Engineer", "Power BI/Tableau Developer" → Business Intelligence Analyst.
//   "Data Analyst" is null: the seed has no such role and it is not a BI role by title alone.
// - "Perception Engineer" → Computer Vision Engineer; "Robotics Software Engineer" → Robotics Engineer.
// - A product manager is an AI Product Manager only with an AI/ML word in the title; otherwise null.
// - A title naming two roles ("Data Scientist / ML Engineer") takes the first.
// - Romance word order counts: "Ingegnere Machine Learning", "Engenheiro(a) de Machine Learning" → Machine
//   Learning Engineer; "Analista de Business Intelligence", "Analyste BI" → Business Intelligence Analyst.
import { ROLE_NAMES } from './taxonomy/taxonomy.data.ts';
import { memoByString } from './memo.ts';

function canonical(name: string): string {
  if (!ROLE_NAMES.includes(name)) throw new Error(`role.ts: "${name}" is not a taxonomy role`);
  return name;
}

const ML = String.raw`(?:machine learning|ml|mlops|ai ml|ml ai|artificial intelligence|ai|(?:de|d'|en|em|produit|produto|producto|manager) ia|genai|generative ai|llms?|reinforcement learning|foundation models?|deep learning|maschinelles lernen|ki|apprentissage automatique|aprendizaje autom[áa]tico|aprendizado de m[áa]quina|intelligenza artificiale|intelig[êe]ncia artificial|inteligencia artificial|intelligence artificielle|uczenia maszynowego|uczenie maszynowe|sztucznej inteligencji|sztuczna inteligencja|teko[äa]ly\w*|kunstig intelligens|artificiell intelligens|um[ěe]l[áa] inteligence|maskininl[äa]rning|maskinl[æa]ring|strojov[ée]ho u[čc]en[íi]|koneoppimi\w*|um[ěe]l[áée] inteligenc\w*)`;
/** "Engineer" in the languages whose titles put the discipline after it: "Ingegnere Machine Learning", "Engenheiro(a) de …". */
const ENGINEER_INTL = String.raw`(?:ingenieur|ingénieur|ingénieure|ingeniero|ingeniera|ingegnere|engenheir[oa]|entwickler|desarrollador(?:a)?|sviluppatore|desenvolvedor(?:a)?|in[żz]ynier(?:ka)?|ontwikkelaar|ingenj[öo]r|ingeni[øo]r|in[žz]en[ýy]r)`;
/** "Specialist" and "researcher" in other languages. */
const SPECIALIST_INTL = String.raw`(?:especialista|sp[ée]cialiste|specialista|spezialist(?:in)?|specialist|specjalist(?:a|ka)|asiantuntija)`;
const RESEARCHER_INTL = String.raw`(?:forskare|forsker|tutkija|badacz(?:ka)?|v[ýy]zkumn[íi]k|forscher(?:in)?|chercheu(?:r|se)|investigador(?:a)?|ricercat(?:ore|rice)|pesquisador(?:a)?|onderzoeker)`;
const JOB = String.raw`(?:engineer|engineers|engineering|developer|scientist|researcher|specialist|lead|architect|intern|manager|expert|développeur|${ENGINEER_INTL}|${SPECIALIST_INTL})`;

/** Deep learning in other languages: "Spécialiste en apprentissage profond", "Specialista na hluboké učení". */
const DEEP_LEARNING = String.raw`(?:deep learning|apprentissage profond|aprendizaje profundo|aprendizado profundo|apprendimento profondo|uczeni[ae] g[łl][ęe]bokie(?:go)?|g[łl][ęe]bokiego uczenia|hlubok[ée](?:ho)? u[čc]en[íi]|syv[äa]oppimi\w*|djupinl[äa]rning|dyb l[æa]ring|dyp l[æa]ring)`;

/** Computer vision in the languages whose titles put it after the job noun: "Ingénieur Vision par Ordinateur". */
const VISION_INTL = String.raw`vision par ordinateur|vision artificielle|visi[oó]n (?:por computador(?:a)?|artificial)|visione artificiale|vis[aã]o (?:computacional|computador)`;

/** Research topics that are AI by themselves ("Research Scientist, Agents & Planning"). */
const AI_TOPIC = String.raw`(?:agents|recommend\w*|ranking|generative|language models?|multimodal|alignment|interpretability|speech|spoken language|language|dialogue|conversational)`;

/** Natural language processing in the languages whose titles put it after the job noun. */
const NLP_INTL = String.raw`processamento de linguagem natural|procesamiento de(?:l)? lenguaje natural|traitement (?:automatique )?(?:du|des) langues? naturelles?|traitement du langage naturel|elaborazione del linguaggio naturale|natuurlijke taalverwerking|sprachverarbeitung`;

/** Titles that name a discipline without doing the job. Checked before every role rule. */
const EXCLUDE = [
  String.raw`\b(?:sales|pre ?sales|account (?:executive|manager)|business development|recruit(?:er|ing|ment)|talent|sourcer|marketing (?:manager|specialist|lead|director)|customer (?:success|support|service)|support|technician|clerk|data entry|assistant|laboratory|teaching|counsel|attorney|paralegal|legal|writer|editor|teacher|instructor|trainer|tutor|professor|lecturer|solutions? (?:engineer|architect|consultant)|field application|partner manager|program manager|project manager|annotat|labell?er|labell?ing|rater|data center|data centre|ing[ée]nieure? commerciale?|ingenier[oa] comercial|technico-commercial\w*)\b`,
];

/** Ordered: the first rule that matches wins (after the product-manager gate). */
const RULES: Array<[string, string]> = [
  ['Data Scientist', String.raw`\b(?:data scien(?:tist|tists|ce)|datascientist|decision scien(?:tist|tists|ce)|datenwissenschaftler(?:in)?|cient[íi]fic[oa] de datos|cientista de dados|scienziat[oa] (?:dei )?dati|scientifique (?:des|de) donn[ée]es|data science (?:lead|manager|engineer|consultant|analyst))\b`],
  ['Robotics Engineer', String.raw`\brobot(?:ik)?ingen(?:j[öo]r|i[øo]r)\b|\brobot(?:ics?|ik)\b.*\b(?:engineer|engineering|developer|specialist|ingenieur)\b|\b(?:engineer|developer)\b.*\brobotics\b|\b${ENGINEER_INTL}\b.*\b(?:robotique|rob[óo]tic[ao]|robotik)(?![\p{L}])`],
  ['Computer Vision Engineer', String.raw`\b(?:computer vision|cv|machine vision|perception|image processing|bildverarbeitung)\b.*\b${JOB}\b|\b${JOB}\b.*\b(?:computer vision|machine vision|perception|${VISION_INTL})\b`],
  ['Natural Language Processing (NLP) Engineer', String.raw`\b(?:nlp|nlu|natural language(?: processing| understanding)?|computational linguist(?:ics)?|conversational ai)\b.*\b${JOB}\b|\b${JOB}\b.*\b(?:nlp|nlu|natural language(?: processing| understanding)?|${NLP_INTL})\b|\bcomputational linguist\b`],
  ['Deep Learning Specialist', String.raw`\b${DEEP_LEARNING}\b.*\b${JOB}\b|\b${JOB}\b.*\b${DEEP_LEARNING}\b`],
  ['AI Research Scientist', String.raw`\b(?:applied scientist|research scientist|research engineer|researcher|research fellow|scientist)\b.*\b${ML}\b|\b${ML}\b.*\b(?:research scientist|research engineer|researcher|scientist)\b|\bapplied scientist\b|\b${RESEARCHER_INTL}\b.*\b${ML}\b|\b${ML}\b.*\b${RESEARCHER_INTL}\b|\bresearch scientist\b.*\b${AI_TOPIC}\b`],
  ['Machine Learning Engineer', String.raw`\bmaskin(?:inl[äa]rnings|l[æa]rings)ingen(?:j[öo]r|i[øo]r)\b|\b${ML}\b.*\b(?:engineer|engineering|developer|lead|architect|intern|${ENGINEER_INTL})\b|\b(?:engineer|engineering|developer|lead|${ENGINEER_INTL})\b.*\b${ML}\b`],
  ['Data Engineer', String.raw`\b(?:(?:big |cloud )?data (?:pipeline |warehouse |integration )?engineer(?:s|ing)?|dateningenieur(?:in)?|ingenier[oa] de datos|engenheir[oa](?: a)? de dados|ingegnere (?:dei )?dati|ing[ée]nieur (?:de )?(?:donn[ée]es|data)|etl (?:developer|engineer)|data engineering|in[żz]ynier(?:ka)? danych|data ?ingenj[öo]r|data ?ingeni[øo]r)\b`],
  // "Analista de Business Intelligence", "Analyste BI": Romance titles put the job noun first.
  ['Business Intelligence Analyst', String.raw`\b(?:business intelligence|bi|power bi|tableau|looker)\b.*\b(?:analyst|analist|developer|engineer|specialist|consultant|lead|manager|architect|entwickler|analytiker|analityk|analytik|utvecklare|udvikler|utvikler|v[ýy]voj[áa][řr](?:ka)?|programista|kehitt[äa]j[äa])\b|\b(?:analista|analyste|analist|analityk|analityczka|analytiker|analytik|analyytikko|consultor|consultora|consulente|sviluppatore|desarrollador|desenvolvedor|specjalista|specjalistka)\b.*\b(?:business intelligence|bi|power bi|inteligencia de negocios|intelig[êe]ncia de neg[óo]cios|intelligence d ?affaires)\b|\bbi-?(?:utvecklare|analytiker|udvikler|utvikler|ontwikkelaar|entwickler(?:in)?)\b`],
];

/**
 * Platform and infrastructure engineers build for ML or data teams without being them ("ML Platform
 * Engineer", "Software Engineer, ML Infrastructure"): null unless the title names a seed role outright.
 */
const PLATFORM = String.raw`\b(?:platform|infrastructure|infra|tools|tooling)\b`;
/** "ML Platform Engineer", "Machine Learning Platform Engineer": the MLOps engineer under another name. */
const ML_PLATFORM = String.raw`\b(?:ml|machine learning|mlops|ai)\s+platform\s+(?:engineer|developer)\b|\b(?:engineer|developer)\s+(?:ml|machine learning|mlops)\s+platform\b`;
const EXPLICIT = String.raw`\b(?:machine learning engineer|ml engineer|mlops engineer|data engineer|data scientist|research scientist|applied scientist)\b`;

const AI_PM = String.raw`\bmanager\b.*\b(?:ai|ml|machine learning) products?\b|\b(?:product (?:manager|owner|lead|management|director)|productmanager|productowner|produktmanager(?:in)?|gerente de produ(?:to|cto)|chef de produit|product manager|responsable (?:de )?produit|responsable de produ(?:cto|to)|responsabile (?:di )?prodotto|jef[ea] de producto|gerente de producto|produktchef|produktsjef|tuotep[äa][äa]llikk[öo]|kierownik produktu|mened[żz]er produktu|product owner|produktov[ýy] mana[žz]er)\b`;

/** Removed before matching: they say nothing about the role and some contain role words. */
const NOISE = [
  String.raw`\((?:[mwfdhxi]|all|all genders|alle|divers)(?:\s*[/|,]\s*(?:[mwfdhxi]|all|divers))*\)`,
  String.raw`\b(?:m|w|f|d|h|x)\s*/\s*(?:m|w|f|d|h|x)(?:\s*/\s*(?:m|w|f|d|h|x))?\b`,
  String.raw`\b(?:senior|sr|junior|jr|staff|principal|distinguished|lead|head of|director of|vp of|chief|associate|intern|internship|working student|werkstudent(?:in)?|praktikant(?:in)?|praktikum|trainee|graduate|entry level|mid level|level|i{1,3}|iv|v|[1-5])\b`,
];

export const roleRules: unknown = { version: 16, deepLearning: DEEP_LEARNING, nlpIntl: NLP_INTL, aiTopic: AI_TOPIC, platform: PLATFORM, mlPlatform: ML_PLATFORM, explicit: EXPLICIT, exclude: EXCLUDE, aiProductManager: AI_PM, ml: ML, job: JOB, rules: RULES, noise: NOISE };

/**
 * The rules are written with `\b`, which in a plain pattern treats "í" or "ł" as a non-word character, so
 * "strojového učení" or "Analityk" after "ł" would never end a word. Compiled with Unicode word edges instead.
 */
const W = String.raw`[\p{L}\p{N}_]`;
function re(source: string, flags = 'i'): RegExp {
  return new RegExp(source.replaceAll(String.raw`\b`, `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`), `${flags}u`);
}

const excludeRes = EXCLUDE.map((s) => re(s));
const ruleRes = RULES.map(([name, s]) => [canonical(name), re(s)] as const);
const noiseRes = NOISE.map((s) => re(s, 'gi'));
const pmRe = re(AI_PM);
const platformRe = re(PLATFORM);
const mlPlatformRe = re(ML_PLATFORM);
const MACHINE_LEARNING_ENGINEER = canonical('Machine Learning Engineer');
const explicitRe = re(EXPLICIT);
const mlRe = re(String.raw`\b${ML}\b`);
const AI_PRODUCT_MANAGER = canonical('AI Product Manager');

function clean(title: string): string {
  let t = title.normalize('NFKC').toLowerCase();
  // Inflection markers inside a word: "Científico(a)", "principal(e)", "Entwickler(in)".
  t = t.replace(/(?<=\p{L})\((?:a|e|o|as|es|in|innen|ne)\)/gu, '');
  // … and after a slash: "Científica/o", "Ingeniero/a".
  t = t.replace(/(?<=\p{L})\/(?:a|o|e|as|os|in|ka)(?![\p{L}])/gu, '');
  t = t.replace(/[–—|]/g, ' - ').replace(/[()[\],:;]/g, ' ').replace(/&/g, ' and ');
  for (const re of noiseRes) t = t.replace(re, ' ');
  return t.replace(/[^\p{L}\p{N}+#-]+/gu, ' ').replace(/\s+-\s+/g, ' ').replace(/\s+/g, ' ').trim();
}

function one(title: string): string | null {
  // "NLP Engineer – Customer Care Assistant": the job comes before the dash, and what follows (a team, a product)
  // must not rule it out.
  const lead = title.split(/\s+[–—-]\s+/)[0]!;
  if (lead !== title) {
    const r = judge(clean(lead));
    if (r) return r;
  }
  return judge(clean(title));
}

function judge(t: string): string | null {
  if (!t) return null;
  if (pmRe.test(t)) return mlRe.test(t) ? AI_PRODUCT_MANAGER : null;
  if (excludeRes.some((re) => re.test(t))) return null;
  if (mlPlatformRe.test(t)) return MACHINE_LEARNING_ENGINEER;
  if (platformRe.test(t) && !explicitRe.test(t)) return null;
  for (const [name, re] of ruleRes) if (re.test(t)) return name;
  return null;
}

const roleOfTitle = memoByString(readTitle);

export function roleFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  return roleOfTitle(title);
}

function readTitle(title: string): string | null {
  // "Data Scientist / ML Engineer": the first alternative that names a role.
  const gender = title.replace(/\b[mwfdhx]\s*\/\s*[mwfdhx](?:\s*\/\s*[mwfdhx])?\b/gi, ' ');
  for (const alt of gender.split(/\s+\/\s+|\s+or\s+/i)) {
    const r = one(alt);
    if (r) return r;
  }
  return null;
}
