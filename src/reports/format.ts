// Plain-text renderings of report rows: RFC 4180 CSV and aligned tables. Used by the CLI and the HTTP API.

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Plain aligned table. Control characters in scraped text are replaced so they cannot drive the terminal. */
export function toTable(headers: string[], rows: unknown[][], align: Array<'l' | 'r'> = []): string {
  const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v)).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const cells = [headers, ...rows].map((r) => r.map(clean));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}
