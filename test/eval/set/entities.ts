// The labels' vocabulary: every taxonomy entity a case may name, keyed by the seed's wording.
// Cases list mentions by these keys; `build-set.ts` writes the category and canonical name.
// The integrity test checks each name against loadTaxonomy(), so a rename there shows up here.
import type { Category } from '../../../src/core/types.ts';

export interface EntityKey {
  category: Category;
  name: string;
}

const ROLE = [
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
];

const SKILL = [
  'Python', 'R', 'Java', 'C++', 'Julia',
  'Linear algebra', 'Calculus', 'Probability', 'Hypothesis testing',
  'Regression', 'Decision trees', 'Clustering', 'Neural networks', 'Reinforcement learning',
  'Data cleaning', 'Feature engineering', 'Model evaluation',
  'Version control (Git)', 'APIs', 'Deployment pipelines',
  'Critical thinking', 'Problem-solving', 'Business acumen', 'Communication', 'Visualization',
  'Continuous learning', 'Adaptability',
];

const TOOL = [
  'TensorFlow', 'PyTorch', 'Scikit-learn', 'Keras',
  'Pandas', 'NumPy', 'Matplotlib', 'Seaborn',
  'Apache Spark', 'Hadoop', 'Kafka',
  'AWS SageMaker', 'Google AI Platform', 'Microsoft Azure ML', 'IBM Watson',
  'MLflow', 'Kubeflow', 'Docker', 'Kubernetes',
  'Tableau', 'Power BI', 'Google Data Studio',
];

const CERT = [
  'Google Professional Machine Learning Engineer',
  'AWS Certified Machine Learning – Specialty',
  'Microsoft Azure AI Engineer Associate',
  'IBM Machine Learning Professional Certificate',
  'Coursera Machine Learning by Andrew Ng',
  'TensorFlow Developer Certificate',
  'Certified Artificial Intelligence Practitioner (CAIP)',
];

/** Short labels used in the case files → seed wording (only where the seed's wording is long). */
export const SHORT: Record<string, string> = {
  Git: 'Version control (Git)',
  NLP_ENG: 'Natural Language Processing (NLP) Engineer',
  BIA: 'Business Intelligence Analyst',
  MLE: 'Machine Learning Engineer',
  DS: 'Data Scientist',
  DE: 'Data Engineer',
  ARS: 'AI Research Scientist',
  CVE: 'Computer Vision Engineer',
  AIPM: 'AI Product Manager',
  ROBO: 'Robotics Engineer',
  DLS: 'Deep Learning Specialist',
  CERT_GCP: 'Google Professional Machine Learning Engineer',
  CERT_AWS: 'AWS Certified Machine Learning – Specialty',
  CERT_AZ: 'Microsoft Azure AI Engineer Associate',
  CERT_IBM: 'IBM Machine Learning Professional Certificate',
  CERT_NG: 'Coursera Machine Learning by Andrew Ng',
  CERT_TF: 'TensorFlow Developer Certificate',
  CERT_CAIP: 'Certified Artificial Intelligence Practitioner (CAIP)',
};

export const ENTITIES: EntityKey[] = [
  ...ROLE.map((name) => ({ category: 'role' as const, name })),
  ...SKILL.map((name) => ({ category: 'skill' as const, name })),
  ...TOOL.map((name) => ({ category: 'tool' as const, name })),
  ...CERT.map((name) => ({ category: 'certification' as const, name })),
];

export const SECTOR = {
  IT: 'Information Technology & Software Development',
  FIN: 'Finance & FinTech',
  HEALTH: 'Healthcare & Pharmaceuticals',
  RETAIL: 'E-commerce & Retail',
  TELCO: 'Telecommunications',
  AUTO: 'Automotive & Manufacturing',
  PUBLIC: 'Public Sector & Smart Cities',
} as const;

/** Resolve one label ("PyTorch", "MLE") to its entity; throws on an unknown label. */
export function resolveLabel(label: string): EntityKey {
  const name = SHORT[label] ?? label;
  const hit = ENTITIES.find((e) => e.name === name);
  if (!hit) throw new Error(`unknown entity label: ${label}`);
  return hit;
}
