// Labelled employer introductions: the training examples of the sector model (see docs/sector-labels.md for
// the labelling rule and src/core/sector/train.ts for how the model is built from them). Every example is
// written for this project; employers are fictional.

/** The seven sector names, as the seed writes them, or null for an employer in none of them. */
export type SectorLabel =
  | 'Information Technology & Software Development'
  | 'Finance & FinTech'
  | 'Healthcare & Pharmaceuticals'
  | 'E-commerce & Retail'
  | 'Telecommunications'
  | 'Automotive & Manufacturing'
  | 'Public Sector & Smart Cities'
  | null;

export interface SectorExample {
  /** Unique across the corpus: `<file prefix>-<number>`, e.g. `fh-017`. */
  id: string;
  /** The posting's company field, as a board would send it. */
  company: string;
  /**
   * The opening of the posting's description as a board sends it (plain text, light markdown such as `# About
   * us` headings and `- ` bullets, or HTML), up to about 1,200 characters: the employer's self-description is in
   * it somewhere, sometimes after a role teaser, sometimes only implied by what the employer does.
   */
  text: string;
  sector: SectorLabel;
  /** Language of the text: en, de, fr, es, it, nl, pt, … */
  lang: string;
  /** Optional: why the label, for a hard case. */
  why?: string;
}
