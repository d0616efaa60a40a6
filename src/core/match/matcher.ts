// One pass over the text: Aho–Corasick over a length-preserving case-folded view (offsets need no map),
// then per candidate: token boundaries, exact case for case-sensitive aliases, context rules; finally
// leftmost-longest selection among the survivors, so "Apache Spark" beats "Spark" and "(R)" shadows "R".
import type { Category, Mention } from '../types.ts';
import { BLOCKERS, ENTITIES, type AliasSpec, type ContextRule, type EntitySpec } from '../taxonomy/taxonomy.data.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { CASE_FOLD as CASE_FOLD_TABLE, PUNCT_FOLD as PUNCT_FOLD_TABLE, WORD_CHAR as WORD_CHAR_TABLE, foldString } from './fold.ts';
import { compileContext, type ContextCheck, type ScanMemo } from './context.ts';

// Module-local bindings: imported bindings can compile to getters, which the per-character paths feel.
const CASE_FOLD = CASE_FOLD_TABLE;
const PUNCT_FOLD = PUNCT_FOLD_TABLE;
const WORD_CHAR = WORD_CHAR_TABLE;

/** Bump when matching semantics change: it feeds the taxonomy version, so stored extractions are redone. */
export const MATCHER_REVISION = 'matcher-2';

export const CATEGORY_ORDER: readonly Category[] = ['role', 'skill', 'tool', 'certification'];

interface CompiledAlias {
  text: string;
  /** Index into the entity list; -1 for a blocker. */
  entity: number;
  caseSensitive: boolean;
  /** Whether the first/last code unit is a word character (then the neighbour must not be one). */
  startsWord: boolean;
  endsWord: boolean;
  /** For an alias ending in a symbol (C++), that symbol: "C+++" is not C++. */
  endSymbol: number;
  context: ContextCheck | null;
}

export interface Matcher {
  /** Mentions per entity, sorted by category order then name; spans ascending. */
  match(text: string): Mention[];
  /** Selected occurrences with the alias text that matched, in text order (for tests and evidence views). */
  occurrences(text: string): Array<{ entityId: string; alias: string; start: number; end: number }>;
}

/** The aliases an entity is matched by: its name (unless `nameAlias: false`) and its listed aliases. */
export function aliasesOf(e: EntitySpec): AliasSpec[] {
  const list: AliasSpec[] = [];
  if (e.nameAlias !== false) list.push({ text: e.name, ...(e.nameAlias ?? {}) });
  for (const a of e.aliases ?? []) list.push(typeof a === 'string' ? { text: a } : a);
  return list;
}

function compileAlias(spec: AliasSpec, entity: number): CompiledAlias {
  const text = spec.text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const rules: ContextRule[] = spec.context ? [spec.context] : [];
  return {
    text,
    entity,
    caseSensitive: spec.caseSensitive === true,
    startsWord: WORD_CHAR[first] === 1,
    endsWord: WORD_CHAR[last] === 1,
    endSymbol: WORD_CHAR[last] === 1 ? -1 : last,
    context: compileContext(rules),
  };
}

export function createMatcher(entities: readonly EntitySpec[], blockers: readonly AliasSpec[] = []): Matcher {
  const aliases: CompiledAlias[] = [];
  entities.forEach((e, i) => {
    for (const a of aliasesOf(e)) aliases.push(compileAlias(a, i));
  });
  for (const b of blockers) aliases.push(compileAlias(b, -1));
  const automaton = new AhoCorasick(aliases.map((a) => foldString(a.text)));
  // Output order of each entity, computed once: mentions are then sorted by an integer.
  const order = new Int32Array(entities.length);
  sortMentions(entities.map((e, i) => ({ category: e.category, name: e.name, i }))).forEach((x, rank) => {
    order[x.i] = rank;
  });
  const punctAliases = aliases.map((a) => foldString(a.text, PUNCT_FOLD));

  function accepts(text: string, start: number, end: number, a: CompiledAlias, idx: number, memo: ScanMemo): boolean {
    if (a.startsWord && start > 0 && WORD_CHAR[text.charCodeAt(start - 1)] === 1) return false;
    if (end < text.length) {
      const after = text.charCodeAt(end);
      if (a.endsWord ? WORD_CHAR[after] === 1 : PUNCT_FOLD[after] === a.endSymbol) return false;
    }
    if (a.caseSensitive) {
      const want = punctAliases[idx]!;
      for (let k = 0; k < want.length; k++) {
        if (PUNCT_FOLD[text.charCodeAt(start + k)] !== want.charCodeAt(k)) return false;
      }
    }
    return a.context === null || a.context(text, start, end, memo);
  }

  /** Calls `keep` for each selected occurrence, in text order. */
  function select(text: string, keep: (start: number, end: number, alias: number) => void): void {
    // Accepted candidates as parallel integer arrays (no object per candidate), kept ordered leftmost
    // first, longest first among equal starts. They arrive in order of their end, so an insertion only
    // moves past candidates that start inside it: linear in practice, and bounded by the longest alias.
    const starts: number[] = [];
    const ends: number[] = [];
    const ids: number[] = [];
    const memo: ScanMemo = new Map();
    automaton.scan(text, CASE_FOLD, (end, idx) => {
      const a = aliases[idx]!;
      const start = end - a.text.length;
      if (!accepts(text, start, end, a, idx, memo)) return;
      let k = starts.length;
      starts.push(start);
      ends.push(end);
      ids.push(idx);
      while (k > 0) {
        const ps = starts[k - 1]!;
        const pe = ends[k - 1]!;
        if (ps < start || (ps === start && (pe > end || (pe === end && ids[k - 1]! < idx)))) break;
        starts[k] = ps;
        ends[k] = pe;
        ids[k] = ids[k - 1]!;
        k--;
      }
      starts[k] = start;
      ends[k] = end;
      ids[k] = idx;
    });
    // Greedily keep non-overlapping ones; blockers win their stretch and count as nothing.
    let reach = 0;
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k]!;
      if (s < reach) continue;
      reach = ends[k]!;
      if (aliases[ids[k]!]!.entity >= 0) keep(s, reach, ids[k]!);
    }
  }

  return {
    match(text) {
      // Spans per entity by index: a dense array beats a Map when every mention looks its entity up.
      const byEntity: Array<Array<[number, number]> | undefined> = new Array(entities.length);
      const found: number[] = [];
      select(text, (start, end, alias) => {
        const e = aliases[alias]!.entity;
        const spans = byEntity[e];
        if (spans) spans.push([start, end]);
        else {
          byEntity[e] = [[start, end]];
          found.push(e);
        }
      });
      found.sort((x, y) => order[x]! - order[y]!);
      return found.map((i) => {
        const e = entities[i]!;
        const spans = byEntity[i]!;
        return { entityId: e.id, category: e.category, group: e.group, name: e.name, count: spans.length, spans };
      });
    },
    occurrences(text) {
      const out: Array<{ entityId: string; alias: string; start: number; end: number }> = [];
      select(text, (start, end, alias) => {
        out.push({ entityId: entities[aliases[alias]!.entity]!.id, alias: aliases[alias]!.text, start, end });
      });
      return out;
    },
  };
}

/** Category order (role, skill, tool, certification), then name; code-unit order keeps it locale-free. */
export function sortMentions<T extends { category: Category; name: string }>(mentions: T[]): T[] {
  const rank = (c: Category): number => CATEGORY_ORDER.indexOf(c);
  return mentions.sort((a, b) => {
    const d = rank(a.category) - rank(b.category);
    if (d !== 0) return d;
    const an = a.name.toLowerCase();
    const bn = b.name.toLowerCase();
    return an < bn ? -1 : an > bn ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

let shared: Matcher | null = null;

/** The matcher over the project taxonomy, built once per process. */
export function defaultMatcher(): Matcher {
  return (shared ??= createMatcher(ENTITIES, BLOCKERS));
}

export function matchMentions(text: string): Mention[] {
  return defaultMatcher().match(text);
}
