// Labelled posting lines: the training examples of the skill-sentence model, which finds the skills that postings
// ask for in their own words ("walk the risk team through why a payment was declined" is Communication). Every
// example is written for this project. The labelling rule is the analysts' one in docs/extraction.md: a skill is
// labelled when the line asks for it or names it as part of the work, in any language and any wording; a line
// that only shares words with a skill is labelled with nothing.

/** The skills the sentence model reads, as the seed writes them. */
export const SENTENCE_SKILLS = [
  'Communication',
  'Model evaluation',
  'Data cleaning',
  'Feature engineering',
  'Business acumen',
  'Problem-solving',
  'Critical thinking',
  'Continuous learning',
  'Adaptability',
  'Visualization',
] as const;

export type SentenceSkill = (typeof SENTENCE_SKILLS)[number];

export interface SkillSentence {
  /** Unique across the corpus: `<file prefix>-<number>`, e.g. `en1-017`. */
  id: string;
  /** One line of a posting as its normalised text reads: a bullet, a sentence or a short paragraph. */
  text: string;
  /** The skills the line asks for or names; [] for none. */
  skills: SentenceSkill[];
  /** Language of the line: en, de, fr, es, it, nl, pt, pl, sv, da, no, … */
  lang: string;
}
