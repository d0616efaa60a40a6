// Closing blocks that boards repeat on every posting: benefits, equal-opportunity statements,
// privacy notes. Written for this set; no taxonomy entities, a few traps ("contact Julia").

export const TAILS: Record<string, string> = {
  benefitsUs: `# What we offer
- Competitive base salary, annual bonus and equity
- Medical, dental and vision insurance for you and your dependents
- 401(k) with a 4% company match
- 20 days of paid time off plus company holidays
- 16 weeks of paid parental leave
- A yearly learning budget of $1,500`,
  benefitsUk: `# Benefits
- 27 days' holiday plus bank holidays
- Pension with up to 8% employer contribution
- Private medical insurance and an employee assistance programme
- Cycle to work scheme and season-ticket loan
- Hybrid working: two days a week in the office`,
  benefitsDe: `# Was wir bieten
- 30 Tage Urlaub und flexible Arbeitszeiten
- Betriebliche Altersvorsorge und Zuschuss zum Deutschlandticket
- Mobiles Arbeiten bis zu 3 Tage pro Woche
- Firmenfitness und Jobrad`,
  benefitsFr: `# Avantages
- RTT, mutuelle prise en charge à 70 %
- Tickets restaurant et forfait mobilités durables
- Télétravail jusqu'à deux jours par semaine`,
  benefitsIn: `# Perks
- Group health insurance for you, your spouse, children and parents
- Flexible hours and a hybrid work model
- Meal allowance and transport from select locations`,
  eeoUs: `# Equal opportunity
We are an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other characteristic protected by law. We will consider qualified applicants with arrest and conviction records in accordance with applicable fair chance laws.`,
  eeoUk: `We are committed to building a diverse and inclusive workplace. We welcome applications from everyone regardless of background, and we are a Disability Confident employer. If you need any adjustments during the recruitment process, just let us know.`,
  eeoDe: `Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.`,
  eeoFr: `Nous sommes attachés à la diversité et à l'inclusion. Ce poste est ouvert aux personnes en situation de handicap.`,
  accommodation: `If you require a reasonable accommodation to complete an application or interview, please email accommodations@example.com.`,
  privacy: `By applying, you agree that we process your personal data as described in our candidate privacy notice. We keep applications for 12 months.`,
  contactJulia: `Questions about this role? Contact Julia in our talent team at careers@example.com and she will get back to you within two working days.`,
  agency: `We do not accept unsolicited CVs from recruitment agencies. Any CVs sent without an agreement in place will be treated as a direct application.`,
  pay: `# Pay transparency
The base salary range for this role is listed below. Final pay depends on location, skills and experience. This role is eligible for our bonus plan.`,
};
