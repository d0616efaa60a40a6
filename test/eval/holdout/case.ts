import type { CaseSource } from '../set/case.ts';
import type { Format } from '../set/render.ts';

/**
 * A held-out posting. Written and labelled after the extractor was tuned on test/eval/set/ and never
 * used for tuning: its errors are reported, not fixed. `raw` bodies are the exact HTML a board sends
 * (Workday, SmartRecruiters, Oracle, Recruitee, Eightfold and JSON-LD shapes); other formats are rendered
 * from the light markup of set/render.ts. Holdout employers are not in set/companies.ts, so the body
 * carries its own intro and the sector is always given.
 */
export interface HoldoutCase extends Omit<CaseSource, 'format' | 'tail' | 'noIntro' | 'sector'> {
  format: Format | 'raw';
  sector: string | null;
}
