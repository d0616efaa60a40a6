// Skills asked for in the employer's own words. The matcher finds what a posting names ("data cleaning", "CI/CD",
// "communication skills"); many postings instead describe the work ("walk the risk team through why a payment
// was declined", "find and fix the gaps in ten years of meter readings"). A multi-label model trained on labelled
// posting lines (src/core/skills/corpus/) reads each line of the normalised text and says which of ten such
// skills it asks for. Its mentions point at the whole line, so an analyst sees exactly what was read.
//
// It only adds a skill the matcher did not find in the posting, and only above a per-skill threshold chosen by
// cross-validation with a false alarm costing more than a miss: named evidence wins, and precision comes first.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Mention } from '../types.ts';
import { foldAccents } from '../text/fold-accents.ts';
import { compileMultiLabel, predictMultiLabel, type CompiledMultiLabel, type MultiLabelModel } from './model.ts';

/** Lines shorter than this say too little to read ("Skills", "Python, SQL"). */
const MIN_LINE_CHARS = 20;
/** Longer paragraphs are read sentence by sentence. */
const SENTENCE_END = /(?<=[.!?;])\s+(?=[\p{Lu}\d"“(])/gu;

/** The [start, end) offsets of the lines and sentences the model reads, in the normalised text. */
export function lineUnits(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lineStart = 0;
  const push = (s: number, e: number): void => {
    // Trim bullets and spaces so a span starts at the first word.
    while (s < e && /[\s\-*•·–]/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e - s >= MIN_LINE_CHARS) out.push([s, e]);
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let s = 0;
    for (const m of line.matchAll(SENTENCE_END)) {
      push(lineStart + s, lineStart + m.index);
      s = m.index + m[0].length;
    }
    push(lineStart + s, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}


/** Words, five-letter prefixes of longer words (inflections), word pairs and the line's first word. */
export function lineFeatures(line: string): string[] {
  return [...lineFeatureSet(line)];
}

function lineFeatureSet(line: string): Set<string> {
  const toks = (foldAccents(line).match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => (DIGITS.test(t) ? '#' : t));
  const f = new Set<string>();
  let prev: string | undefined;
  for (const t of toks) {
    f.add(`w:${t}`);
    if (t.length >= 6) f.add(`p:${t.slice(0, 5)}`);
    if (prev !== undefined) f.add(`b:${prev}_${t}`);
    prev = t;
  }
  if (toks.length) f.add(`h:${toks[0]}`);
  return f;
}
const DIGITS = /^\d+$/;

export interface SentenceModel extends MultiLabelModel {
  /** Per label: the probability at or above which a line counts; null for a skill the model does not report. */
  thresholds: Array<number | null>;
}

const MODEL_URL = new URL('./sentence-model.json', import.meta.url);
let modelText: string | null = null;
let model: (CompiledMultiLabel & { thresholds: number[] }) | null = null;

function loadModelText(): string {
  return (modelText ??= readFileSync(MODEL_URL, 'utf8'));
}

/** A short hash of the shipped weights, for the taxonomy version. */
export function sentenceModelHash(): string {
  return createHash('sha256').update(loadModelText()).digest('hex').slice(0, 12);
}

function loadModel(): CompiledMultiLabel & { thresholds: number[] } {
  if (model) return model;
  const m = JSON.parse(loadModelText()) as SentenceModel;
  return (model = { ...compileMultiLabel(m), thresholds: m.thresholds.map((t) => t ?? Infinity) });
}

/** Each skill's probability for one line. */
export function lineScores(line: string): Record<string, number> {
  const m = loadModel();
  const p = predictMultiLabel(m, lineFeatures(line));
  return Object.fromEntries(m.labels.map((l, i) => [l, p[i]!]));
}

export interface SkillEntity {
  entityId: string;
  group: string;
}

/**
 * The skills the model reads in the text's lines that are not among `found` (names the matcher already found),
 * one mention per skill with every line that asks for it as a span.
 */
export function sentenceSkillMentions(text: string, found: ReadonlySet<string>, entityOf: (name: string) => SkillEntity): Mention[] {
  const m = loadModel();
  const byLabel = new Map<number, Array<[number, number]>>();
  for (const [s, e] of lineUnits(text)) {
    const p = predictMultiLabel(m, lineFeatureSet(text.slice(s, e)));
    for (let k = 0; k < p.length; k++) {
      if (p[k]! < m.thresholds[k]! || found.has(m.labels[k]!)) continue;
      const spans = byLabel.get(k);
      if (spans) spans.push([s, e]);
      else byLabel.set(k, [[s, e]]);
    }
  }
  return [...byLabel].map(([k, spans]) => {
    const name = m.labels[k]!;
    const { entityId, group } = entityOf(name);
    return { entityId, category: 'skill', group, name, count: spans.length, spans };
  });
}
