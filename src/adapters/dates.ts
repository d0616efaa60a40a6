// Board dates → ISO 8601 (UTC, `toISOString`). Never defaults to "now": anything that is not a date
// (relative phrases like "Posted 30+ Days Ago", empty strings) becomes null.

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Epoch milliseconds (Lever `createdAt`) → ISO. Seconds are accepted when clearly seconds. */
export function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  // Before 1973 in ms is below 1e11; real epoch-seconds values are ~1.7e9.
  const ms = value < 1e11 ? value * 1000 : value;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Parse a board date: ISO 8601 date or date-time (with `Z`, `±hh:mm`, `±hhmm` or no offset — read as UTC),
 * epoch numbers, or numeric strings of epoch ms. Returns null for anything else.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  // Recruitee writes `2026-09-18 12:55:59 UTC`.
  const s = value.trim().replace(/\s+UTC$/i, 'Z');
  if (s === '') return null;
  if (/^\d{10,13}$/.test(s)) return fromEpoch(Number(s));
  const m = ISO_LIKE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone] = m;
  let offset = 'Z';
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
  }
  const ms = frac ? `.${frac.padEnd(3, '0').slice(0, 3)}` : '';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${ms}${offset}`);
  if (Number.isNaN(date.getTime())) return null;
  // Reject overflowed calendar values (2025-02-31 would roll into March).
  if (!zone && date.getUTCDate() !== Number(d)) return null;
  return date.toISOString();
}
