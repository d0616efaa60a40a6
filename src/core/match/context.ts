// Context rules (data in taxonomy.data.ts) compiled once into a predicate over (text, start, end).
// Every look is bounded by a fixed window, so a candidate costs O(window) however long the text is.
import type { ContextRule } from '../taxonomy/taxonomy.data.ts';

export type ContextCheck = (text: string, start: number, end: number) => boolean;

/** Characters of same-line text the reject-before/after patterns see. */
const EDGE_WINDOW = 60;
const DEFAULT_NEAR_WINDOW = 80;

function anyOf(patterns: readonly string[] | undefined, flags: string, wrap: (alt: string) => string): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  return new RegExp(wrap(patterns.map((p) => `(?:${p})`).join('|')), flags);
}

export function compileContext(rules: readonly ContextRule[]): ContextCheck | null {
  if (rules.length === 0) return null;
  const checks = rules.map(compileOne);
  return (text, start, end) => checks.every((c) => c(text, start, end));
}

function compileOne(rule: ContextRule): ContextCheck {
  const flags = rule.caseSensitive ? '' : 'i';
  const after = anyOf(rule.rejectAfter, flags, (a) => `^(?:${a})`);
  const before = anyOf(rule.rejectBefore, flags, (a) => `(?:${a})$`);
  const rejectNear = anyOf(rule.rejectNear, flags, (a) => a);
  const requireNear = anyOf(rule.requireNear, flags, (a) => a);
  const window = rule.window ?? DEFAULT_NEAR_WINDOW;
  return (text, start, end) => {
    if (after) {
      let right = text.slice(end, end + EDGE_WINDOW);
      const nl = right.indexOf('\n');
      if (nl >= 0) right = right.slice(0, nl);
      if (after.test(right)) return false;
    }
    if (before) {
      let left = text.slice(Math.max(0, start - EDGE_WINDOW), start);
      const nl = left.lastIndexOf('\n');
      if (nl >= 0) left = left.slice(nl + 1);
      if (before.test(left)) return false;
    }
    if (rejectNear || requireNear) {
      // The match itself is replaced by a separator so it cannot satisfy its own requirement.
      const near = `${text.slice(Math.max(0, start - window), start)} \u0000 ${text.slice(end, end + window)}`;
      if (rejectNear && rejectNear.test(near)) return false;
      if (requireNear && !requireNear.test(near)) return false;
    }
    return true;
  };
}
