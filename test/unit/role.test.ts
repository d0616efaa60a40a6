import { describe, expect, it } from 'vitest';
import { roleFromTitle, roleRules } from '../../src/core/role.ts';
import { ROLE_NAMES } from '../../src/core/taxonomy/taxonomy.data.ts';

const MLE = 'Machine Learning Engineer';
const DS = 'Data Scientist';
const RS = 'AI Research Scientist';
const DE = 'Data Engineer';
const CV = 'Computer Vision Engineer';
const NLP = 'Natural Language Processing (NLP) Engineer';
const BI = 'Business Intelligence Analyst';
const PM = 'AI Product Manager';
const ROB = 'Robotics Engineer';
const DL = 'Deep Learning Specialist';

const CASES: Array<[string, string | null]> = [
  // the seed's own wording, with seniority and team noise
  ['Machine Learning Engineer', MLE],
  ['Senior Machine Learning Engineer', MLE],
  ['Staff Machine Learning Engineer - Payments', MLE],
  ['ML Engineer II', MLE],
  ['Sr. Data Scientist', DS],
  ['Data Scientist (m/w/d)', DS],
  ['Data Scientist (Remote)', DS],
  ['Principal Data Scientist, Search', DS],
  ['Head of Data Science', DS],
  ['Data Science Intern', DS],
  ['Werkstudent Data Science (m/w/d)', DS],
  ['AI Research Scientist', RS],
  ['Data Engineer III', DE],
  ['Lead Data Engineer (Remote)', DE],
  ['Computer Vision Engineer', CV],
  ['Natural Language Processing (NLP) Engineer', NLP],
  ['Business Intelligence Analyst', BI],
  ['AI Product Manager', PM],
  ['Robotics Engineer', ROB],
  ['Deep Learning Specialist', DL],
  // synonyms and decisions
  ['MLOps Engineer', MLE],
  ['AI Engineer', MLE],
  ['Senior Software Engineer, Machine Learning', MLE],
  ['AI/ML Engineer', MLE],
  ['Engineering Manager, Machine Learning', MLE],
  ['Applied Scientist', RS],
  ['Applied Scientist II, Alexa', RS],
  ['Machine Learning Scientist', RS],
  ['Research Scientist, AI', RS],
  ['Staff Research Scientist, Machine Learning', RS],
  ['Research Engineer, LLMs', RS],
  ['BI Developer', BI],
  ['BI Analyst', BI],
  ['Power BI Developer', BI],
  ['Tableau Developer', BI],
  ['NLP Engineer', NLP],
  ['Machine Learning Engineer, NLP', NLP],
  ['Computer Vision Scientist', CV],
  ['Principal Engineer, Computer Vision', CV],
  ['Perception Engineer', CV],
  ['Big Data Engineer', DE],
  ['Ingeniero de Datos', DE],
  ['Engenheiro(a) de Dados', DE],
  ['Engenheira de Dados Sênior', DE],
  ['Cientista de Dados', DS],
  ['Ingegnere dei dati', DE],
  ['Ingénieur Machine Learning (F/H)', MLE],
  ['Científico de Datos', DS],
  ['Machine Learning Engineer, Platform', MLE],
  // An ML platform engineer is the MLOps engineer under another name.
  ['Machine Learning Platform Engineer', MLE],
  ['ML Platform Engineer', MLE],
  ['Decision Scientist', DS],
  ['Científica/o de Datos – Surtido y Demanda', DS],
  ['Productmanager AI', PM],
  ['Especialista em Deep Learning (m/f)', DL],
  ['Inżynier Danych (K/M/N)', DE],
  ['AI-forskare, autonom körning', RS],
  // Czech words that end in an accented letter ("učení", "umělé") still end a word; inflected "umělé inteligence"
  ['Výzkumník/Výzkumnice v oblasti umělé inteligence', RS],
  ['Výzkumník strojového učení', RS],
  ['Inženýr strojového učení', MLE],
  ['Výzkumník v oblasti materiálů', null],
  // Québec's "intelligence d'affaires", Czech and Finnish developer words, deep learning in other languages
  ["Analyste en intelligence d'affaires – Crédit", BI],
  ['Power BI vývojář/ka', BI],
  ['BI-kehittäjä', BI],
  ['Spécialiste en apprentissage profond', DL],
  ['Specjalista ds. uczenia głębokiego', DL],
  ['Syväoppimisen asiantuntija', DL],
  ["Analyste en assurance de dommages", null],
  ['Chercheur en intelligence artificielle', RS],
  ['Responsable de Producto de IA (H/M/X)', PM],
  ['Ingegnere Robotico – Celle di Saldatura (m/f/x)', ROB],
  ['Computer Vision Ontwikkelaar (m/v/x)', CV],
  ['Datascientist Waterkwaliteit (32–36 uur)', DS],
  ['Dataingenjör till vårt plattformsteam', DE],
  // The job comes before the dash; a product named after it does not rule it out.
  ['NLP Engineer – Customer Care Assistant', NLP],
  ['Robotik-Ingenieur:in Greifsysteme', ROB],
  ['Jefe/a de Producto de IA – Estacionamiento Medido', PM],
  ['Engenheiro(a) de Processamento de Linguagem Natural', NLP],
  ['Senior Engineer, ML Platform', MLE],
  ['Senior Research Scientist, Agents & Planning', RS],
  ['Research Scientist, Urban Planning', null],
  ['Senior Manager, AI Product (Personal Finance)', PM],
  ['Product Manager IA (H/F/X)', PM],
  ['Robotingenjör – Palleteringsceller', ROB],
  ['BI-utvecklare', BI],
  ['Teaching Fellow in Data Science (Two-Year Term)', null],
  ['Sales Engineer - Machine Learning', null],
  ['Customer Support Specialist - AI Products', null],
  ['Dateningenieur (m/w/d)', DE],
  ['Deep Learning Engineer', DL],
  ['Robotics Software Engineer', ROB],
  ['Senior Product Manager, Machine Learning Platform', PM],
  ['Product Owner - AI', PM],
  ['Data Scientist - NLP', DS],
  ['Data Scientist / ML Engineer', DS],
  ['Marketing Data Scientist', DS],
  ['Ingenieur für maschinelles Lernen', MLE],
  // traps: null, never a near miss
  ['Medical Laboratory Scientist', null],
  ['Data Entry Clerk', null],
  ['Product Manager, Payments', null],
  ['Data Product Manager', null],
  ['Sales Engineer', null],
  ['Sales Engineer, Machine Learning', null],
  ['Solutions Architect, AI', null],
  ['Technical Recruiter, Machine Learning', null],
  ['Research Scientist', null],
  ['Research Scientist - Chemistry', null],
  ['Software Engineer', null],
  ['Data Center Engineer', null],
  ['Analytics Engineer', null],
  ['Software Engineer, Machine Learning Infrastructure', null],
  ['Senior Software Engineer, Data Platform', null],
  ['Database Engineer', null],
  ['Junior Data Analyst', null],
  ['Customer Success Manager', null],
  ['Robotics Technician', null],
  ['AI Data Annotator', null],
  ['Marketing Manager, AI', null],
  // Romance-language titles put the engineer or analyst before the discipline.
  ['Ingegnere Machine Learning Senior', 'Machine Learning Engineer'],
  ['Engenheira de Machine Learning Pleno', 'Machine Learning Engineer'],
  ['Ingénieure Intelligence Artificielle (H/F)', 'Machine Learning Engineer'],
  ['Ingeniero de Aprendizaje Automático', 'Machine Learning Engineer'],
  ['Analista BI Junior', 'Business Intelligence Analyst'],
  ['Analyste Business Intelligence (F/H)', 'Business Intelligence Analyst'],
  ['Analista de Datos', null],
  ['Ingegnere Meccanico', null],
  ['Ingénieur Vision par Ordinateur', 'Computer Vision Engineer'],
  ['Ingeniera de Visión Artificial', 'Computer Vision Engineer'],
  ['Engenheiro de Visão Computacional', 'Computer Vision Engineer'],
  ['Ingénieur Commercial Vision par Ordinateur', null],
  ['Científico(a) de Datos Sr.', 'Data Scientist'],
  ['Scientifique de données principal(e)', 'Data Scientist'],
  ['Ingeniero(a) de Datos', 'Data Engineer'],
  ['Ingénieur Robotique (H/F)', 'Robotics Engineer'],
  ['Analista de Inteligencia de Negocios', 'Business Intelligence Analyst'],
  ['Business Intelligence Analist', 'Business Intelligence Analyst'],
  // Polish, Swedish, Danish and Czech forms: the analyst noun before or after, and compounds
  ['Starszy Analityk Business Intelligence', BI],
  ['Specjalista ds. Business Intelligence', BI],
  ['Business Intelligence-analytiker', BI],
  ['Analityk danych', null],
  ['Analityk biznesowy', null],
  ['Inżynier uczenia maszynowego', MLE],
  ['Maskininlärningsingenjör', MLE],
  ['Senior maskinlæringsingeniør', MLE],
  ['Robotikingenjör – rörelseplanering', ROB],
  ['Research Scientist, Speech and Language', RS],
  ['Produktchef AI – Personalisering', PM],
  ['Tutkija, tekoäly (Research Scientist) – radioverkot', RS],
  ['Forsker i kunstig intelligens', RS],
  ['Produktsjef – kundeservice', null],
  ['Research Scientist, Dialogue Systems', RS],
  ['Clinical Research Scientist', null],
  ['Dataingeniør – seksjon for datadeling', DE],
  ['Gerente de Produto de IA', 'AI Product Manager'],
  ['Gerente de Produto', null],
  ['Product Manager - Des Moines, IA', null],
  ['Software Engineer, Des Moines IA', null],
  ['', null],
];

describe('roleFromTitle', () => {
  it.each(CASES)('%s → %s', (title, role) => {
    expect(roleFromTitle(title)).toBe(role);
  });

  it('returns null for null and undefined', () => {
    expect(roleFromTitle(null)).toBeNull();
    expect(roleFromTitle(undefined)).toBeNull();
  });

  it('only ever returns a taxonomy role name', () => {
    for (const [title] of CASES) {
      const r = roleFromTitle(title);
      if (r !== null) expect(ROLE_NAMES).toContain(r);
    }
  });

  it('covers every seed role in the table', () => {
    const seen = new Set(CASES.map(([, r]) => r).filter((r) => r !== null));
    expect([...seen].sort()).toEqual([...ROLE_NAMES].sort());
  });

  it('exposes its rules as JSON-serialisable data', () => {
    expect(JSON.parse(JSON.stringify(roleRules))).toEqual(roleRules);
  });
});
