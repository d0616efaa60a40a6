// Context rules (data in taxonomy.data.ts) compiled once into a predicate over (text, start, end).
// Reject- and require-before/after looks see at most a fixed window of the same line; they are tried in place (a
// sticky match after the alias, a lookbehind before it) and only re-checked on a slice of the line when
// the match found runs across a line break or past the window, so no slice is made per candidate. Near looks ("Python within 80 characters")
// are answered from the pattern's matches in the text, found lazily left to right and kept for the
// rest of the scan: a text dense with candidates costs one pass per rule, not one window per candidate.
import type { ContextRule } from '../taxonomy/taxonomy.data.ts';

/** Per-scan state: the near-pattern matches found so far, per pattern. Create one per text. */
export type ScanMemo = Map<RegExp, NearMatches>;

export type ContextCheck = (text: string, start: number, end: number, memo: ScanMemo) => boolean;

/** Characters of same-line text the reject-before/after patterns see. */
const EDGE_WINDOW = 60;
const DEFAULT_NEAR_WINDOW = 80;

function anyOf(patterns: readonly string[] | undefined, flags: string, wrap: (alt: string) => string): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  return new RegExp(wrap(patterns.map((p) => `(?:${p})`).join('|')), flags);
}

/**
 * The matches of one global pattern in one text, in order, found on demand. Matches are found the way a
 * global scan finds them (leftmost, then onward from the end of the previous one), starting at the
 * first window asked about; a query further left than that restarts the scan there.
 */
export class NearMatches {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Every match starting in [from, scanned) is recorded. */
  private from = 0;
  private scanned = -1;
  /** Index of the first recorded match that can still be inside a window (queries move right). */
  private first = 0;
  private lastLo = 0;

  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {}

  /** Whether a match lies wholly inside [lo, start) or wholly inside [end, hi). */
  within(lo: number, start: number, end: number, hi: number): boolean {
    if (this.scanned < 0 || lo < this.from) {
      this.starts.length = 0;
      this.ends.length = 0;
      this.first = 0;
      this.from = lo;
      this.scanned = lo;
    }
    const re = this.re;
    const n = this.text.length;
    while (this.scanned < hi && this.scanned <= n) {
      re.lastIndex = this.scanned;
      const m = re.exec(this.text);
      if (m === null) {
        this.scanned = n + 1;
        break;
      }
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      this.scanned = m.index + Math.max(1, m[0].length);
    }
    const starts = this.starts;
    const ends = this.ends;
    if (lo < this.lastLo) this.first = 0;
    this.lastLo = lo;
    while (this.first < starts.length && starts[this.first]! < lo) this.first++;
    for (let k = this.first; k < starts.length && starts[k]! < hi; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      if ((e <= start) || (s >= end && e <= hi)) return true;
    }
    return false;
  }
}

/**
 * `^(?:alt)` on the same-line text after `end`. Tried as a sticky match on the whole text; a match that
 * stays on the line and inside the window is the answer, anything else is settled on the slice itself.
 */
function edgeAfter(alt: string, flags: string): (text: string, end: number) => boolean {
  const sticky = new RegExp(`(?:${alt})`, `${flags}y`);
  const anchored = new RegExp(`^(?:${alt})`, flags);
  return (text, end) => {
    sticky.lastIndex = end;
    const m = sticky.exec(text);
    if (m === null) return false;
    if (m[0].length <= EDGE_WINDOW && !m[0].includes('\n')) return true;
    let right = text.slice(end, end + EDGE_WINDOW);
    const nl = right.indexOf('\n');
    if (nl >= 0) right = right.slice(0, nl);
    return anchored.test(right);
  };
}

/** `(?:alt)$` on the same-line text before `start`, tried as a lookbehind in place (see edgeAfter). */
function edgeBefore(alt: string, flags: string): (text: string, start: number) => boolean {
  const behind = new RegExp(`(?<=((?:${alt})))`, `${flags}y`);
  const anchored = new RegExp(`(?:${alt})$`, flags);
  return (text, start) => {
    behind.lastIndex = start;
    const m = behind.exec(text);
    if (m === null) return false;
    const seen = m[1] ?? '';
    if (seen.length <= EDGE_WINDOW && !seen.includes('\n')) return true;
    let left = text.slice(Math.max(0, start - EDGE_WINDOW), start);
    const nl = left.lastIndexOf('\n');
    if (nl >= 0) left = left.slice(nl + 1);
    return anchored.test(left);
  };
}

function alternation(patterns: readonly string[] | undefined): string | null {
  return patterns && patterns.length > 0 ? patterns.map((p) => `(?:${p})`).join('|') : null;
}

function near(memo: ScanMemo, re: RegExp, text: string): NearMatches {
  let m = memo.get(re);
  if (!m) memo.set(re, (m = new NearMatches(re, text)));
  return m;
}

export function compileContext(rules: readonly ContextRule[]): ContextCheck | null {
  if (rules.length === 0) return null;
  const checks = rules.map(compileOne);
  return (text, start, end, memo) => checks.every((c) => c(text, start, end, memo));
}

function compileOne(rule: ContextRule): ContextCheck {
  const flags = rule.caseSensitive ? '' : 'i';
  const edge = <T>(patterns: readonly string[] | undefined, make: (alt: string, flags: string) => T): T | null => {
    const alt = alternation(patterns);
    return alt === null ? null : make(alt, flags);
  };
  const after = edge(rule.rejectAfter, edgeAfter);
  const before = edge(rule.rejectBefore, edgeBefore);
  const needAfter = edge(rule.requireAfter, edgeAfter);
  const needBefore = edge(rule.requireBefore, edgeBefore);
  // Global: scanned with lastIndex over the whole text (see NearMatches).
  const rejectNear = anyOf(rule.rejectNear, `${flags}g`, (a) => a);
  const requireNear = anyOf(rule.requireNear, `${flags}g`, (a) => a);
  const window = rule.window ?? DEFAULT_NEAR_WINDOW;
  return (text, start, end, memo) => {
    // A near pattern counts when one of its matches lies within `window` characters on one side of the
    // alias, not overlapping it (so the alias cannot satisfy its own requirement). Near checks go first:
    // after the text's first candidate they are lookups, and they settle most rejections.
    if (rejectNear || requireNear) {
      const lo = Math.max(0, start - window);
      const hi = Math.min(text.length, end + window);
      if (rejectNear && near(memo, rejectNear, text).within(lo, start, end, hi)) return false;
      if (requireNear && !near(memo, requireNear, text).within(lo, start, end, hi)) return false;
    }
    if (after && after(text, end)) return false;
    if (before && before(text, start)) return false;
    if (needAfter && !needAfter(text, end)) return false;
    if (needBefore && !needBefore(text, start)) return false;
    return true;
  };
}
