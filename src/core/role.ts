// Title → one of the seed's ten roles, or null. Minimal first cut; deepened below.
export const ROLES = [
  'Machine Learning Engineer',
  'Data Scientist',
  'AI Research Scientist',
  'Data Engineer',
  'Computer Vision Engineer',
  'Natural Language Processing (NLP) Engineer',
  'Business Intelligence Analyst',
  'AI Product Manager',
  'Robotics Engineer',
  'Deep Learning Specialist',
] as const;

export const roleRules: unknown = { version: 0, roles: ROLES };

export function roleFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const t = title.toLowerCase();
  for (const r of ROLES) if (t.includes(r.toLowerCase())) return r;
  return null;
}
