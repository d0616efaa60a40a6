// Location strings and structured hints → ISO 3166-1 alpha-2 codes. Minimal first cut.
export const countryRulesVersion: string = 'countries-0';

export function countriesFrom(input: {
  location?: string | null;
  locations?: string[];
  countryHints?: string[];
}): string[] {
  const out = new Set<string>();
  for (const h of input.countryHints ?? []) {
    const v = h.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(v)) out.add(v === 'UK' ? 'GB' : v);
  }
  return [...out].sort();
}
