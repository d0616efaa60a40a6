// Builds src/core/skills/sentence-model.json from the labelled lines: `npx tsx src/core/skills/train.ts`.
//   --cv       5-fold cross-validation on the corpus: precision and recall per skill and threshold
//   --check    exit 1 when sentence-model.json is not what the corpus and feature code produce (the sync test's check)
// Each skill's threshold is the one with the best cross-validated TP − FALSE_ALARM_COST × FP: a line wrongly read
// as a skill costs several missed ones, because the matcher has already found most skills by name and the
// model's job is the rest, without false alarms.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpusDir } from '../ml/corpus.ts';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { MULTI_LABEL_TRAIN, compileMultiLabel, predictMultiLabel, trainMultiLabel, type MultiLabelExample, type MultiLabelTrainOptions } from './model.ts';
import { lineFeatures } from './sentence-skills.ts';
import { SENTENCE_SKILLS, type SkillSentence } from './corpus/example.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SENTENCE_MODEL_PATH = join(HERE, 'sentence-model.json');
const CORPUS_DIR = join(HERE, 'corpus');
const LABELS: string[] = [...SENTENCE_SKILLS];
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
export const FALSE_ALARM_COST = 4;

export async function loadSentenceCorpus(): Promise<SkillSentence[]> {
  return loadCorpusDir<SkillSentence>(CORPUS_DIR);
}

function toExample(s: SkillSentence): MultiLabelExample {
  const labels = s.skills.map((k) => {
    const i = LABELS.indexOf(k);
    if (i < 0) throw new Error(`${s.id}: "${k}" is not one of the sentence model's skills`);
    return i;
  });
  return { features: lineFeatures(s.text), labels };
}

interface Tally { tp: number; fp: number; fn: number }

/** Cross-validated tallies per skill and threshold. Folds are fixed by a hash of the line id. */
export function crossValidate(corpus: SkillSentence[], folds = 5, opts: MultiLabelTrainOptions = MULTI_LABEL_TRAIN): Tally[][] {
  const examples = corpus.map(toExample);
  const fold = corpus.map((e) => createHash('sha1').update(e.id).digest()[0]! % folds);
  const out = LABELS.map(() => THRESHOLDS.map(() => ({ tp: 0, fp: 0, fn: 0 })));
  for (let k = 0; k < folds; k++) {
    const model = compileMultiLabel(trainMultiLabel(LABELS, examples.filter((_, i) => fold[i] !== k), opts));
    examples.forEach((ex, i) => {
      if (fold[i] !== k) return;
      const p = predictMultiLabel(model, ex.features);
      LABELS.forEach((_, l) => {
        const truth = ex.labels.includes(l);
        THRESHOLDS.forEach((t, ti) => {
          const said = p[l]! >= t;
          const tally = out[l]![ti]!;
          if (said && truth) tally.tp++;
          else if (said) tally.fp++;
          else if (truth) tally.fn++;
        });
      });
    });
  }
  return out;
}

/**
 * Skills the model is trained on but does not report: on the development sets the matcher already finds nearly
 * every Critical thinking and Adaptability that analysts label, and the model's readings of them were mostly
 * false alarms ("critical values" in a laboratory, "comfortable working at heights").
 */
export const NOT_REPORTED: readonly string[] = ['Critical thinking', 'Adaptability'];

export function chooseThresholds(cv: Tally[][]): Array<number | null> {
  return cv.map((perThreshold, l) => {
    if (NOT_REPORTED.includes(LABELS[l]!)) return null;
    let best = THRESHOLDS[THRESHOLDS.length - 1]!;
    let bestScore = -Infinity;
    perThreshold.forEach(({ tp, fp }, ti) => {
      const score = tp - FALSE_ALARM_COST * fp;
      if (score > bestScore) [best, bestScore] = [THRESHOLDS[ti]!, score];
    });
    return best;
  });
}

/** The model file's text. `thresholds` skips the cross-validation that chooses them (the sync test passes the shipped ones). */
export async function buildSentenceModelJson(thresholds?: Array<number | null>): Promise<string> {
  const corpus = await loadSentenceCorpus();
  thresholds ??= chooseThresholds(crossValidate(corpus));
  const model = trainMultiLabel(LABELS, corpus.map(toExample), MULTI_LABEL_TRAIN);
  return JSON.stringify({ examples: corpus.length, thresholds, train: MULTI_LABEL_TRAIN, ...model }) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('usage: npx tsx src/core/skills/train.ts [--cv] [--check]\n  builds src/core/skills/sentence-model.json from src/core/skills/corpus/');
  } else if (args.includes('--cv')) {
    const corpus = await loadSentenceCorpus();
    console.log(`corpus: ${corpus.length} lines, ${corpus.filter((s) => s.skills.length === 0).length} with no skill`);
    const cv = crossValidate(corpus);
    const chosen = chooseThresholds(cv);
    LABELS.forEach((label, l) => {
      console.log(`${label} (chosen ${chosen[l] ?? 'not reported'})`);
      cv[l]!.forEach(({ tp, fp, fn }, ti) => {
        const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
        console.log(`  ${THRESHOLDS[ti]!.toFixed(2)}  tp ${String(tp).padStart(3)}  fp ${String(fp).padStart(3)}  fn ${String(fn).padStart(3)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}`);
      });
    });
  } else if (args.includes('--check')) {
    const same = readFileSync(SENTENCE_MODEL_PATH, 'utf8') === (await buildSentenceModelJson());
    console.log(same ? 'sentence-model.json is in sync with the corpus' : 'sentence-model.json is stale: run npx tsx src/core/skills/train.ts');
    process.exitCode = same ? 0 : 1;
  } else {
    const json = await buildSentenceModelJson();
    writeFileSync(SENTENCE_MODEL_PATH, json);
    const m = JSON.parse(json) as { examples: number; thresholds: Array<number | null>; weights: object };
    console.log(`wrote ${SENTENCE_MODEL_PATH}: ${m.examples} lines, ${Object.keys(m.weights).length} features, thresholds ${m.thresholds.join(' ')}`);
  }
}
