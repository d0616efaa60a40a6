import type { Format } from './render.ts';

/** One hand-written posting and its analyst labels, before rendering. */
export interface CaseSource {
  id: string;
  title: string | null;
  company: string | null;
  location: string | null;
  locations?: string[];
  countryHints?: string[];
  industry?: string | null;
  format: Format;
  /** Light markup (see render.ts). Company intro and closing boilerplate are added around it. */
  body: string;
  /** Boilerplate blocks from boilerplate.ts appended after the body, e.g. ['benefitsUs', 'eeoUs']. */
  tail?: string[];
  /** Skip the company's intro paragraph. */
  noIntro?: boolean;
  role: string | null;
  /** Defaults to the company's sector in companies.ts. */
  sector?: string | null;
  countries: string[];
  /** Entity labels (seed wording or a SHORT key from entities.ts). */
  mentions: string[];
}
