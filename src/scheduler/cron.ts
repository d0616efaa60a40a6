import cron from 'node-cron';

/** null when the expression is valid; otherwise what is wrong with it. */
export function validateSchedule(pattern: string): string | null {
  const v = cron.validateDetailed(pattern);
  if (v.valid) return null;
  return v.errors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'invalid cron expression';
}
