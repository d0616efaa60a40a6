// Employer / industry / text → one of the seed's seven sectors, or null. Minimal first cut.
export const SECTORS = [
  'Information Technology & Software Development',
  'Finance & FinTech',
  'Healthcare & Pharmaceuticals',
  'E-commerce & Retail',
  'Telecommunications',
  'Automotive & Manufacturing',
  'Public Sector & Smart Cities',
] as const;

export const sectorRules: unknown = { version: 0, sectors: SECTORS };

export function sectorFor(input: {
  company?: string | null;
  industry?: string | null;
  text?: string | null;
}): string | null {
  void input;
  return null;
}
