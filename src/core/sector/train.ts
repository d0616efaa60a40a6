// Builds src/core/sector/model.json from the labelled corpus: `npx tsx src/core/sector/train.ts`.
//   --cv       5-fold cross-validation on the corpus: accuracy, wrong and unclassified per threshold
//   --check    exit 1 when model.json is not what the corpus and feature code produce (the sync test's check)
// The threshold written into the model is the one with the best cross-validated accuracy, where a wrong sector
// counts twice as bad as an unclassified one (the issue prefers "unclassified" to a wrong sector).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpusDir } from '../ml/corpus.ts';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { SECTOR_NAMES } from '../taxonomy/taxonomy.data.ts';
import { NULL_CLASS, sectorFeatures } from '../sector.ts';
import { DEFAULT_TRAIN, compileModel, predictSoftmax, trainSoftmax, type CompiledModel, type TrainOptions, type TrainingExample } from './model.ts';
import type { SectorExample } from './corpus/example.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const MODEL_PATH = join(HERE, 'model.json');
const CORPUS_DIR = join(HERE, 'corpus');
export const CLASSES = [...SECTOR_NAMES, NULL_CLASS];
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

export async function loadCorpus(): Promise<SectorExample[]> {
  return loadCorpusDir<SectorExample>(CORPUS_DIR);
}

function toExample(e: SectorExample): TrainingExample {
  const label = CLASSES.indexOf(e.sector ?? NULL_CLASS);
  if (label < 0) throw new Error(`${e.id}: "${e.sector}" is not a sector`);
  return { features: sectorFeatures(e.text, e.company), label };
}

interface Tally { right: number; wrong: number; unclassified: number }

function decide(model: CompiledModel, features: string[], threshold: number): number {
  const p = predictSoftmax(model, features);
  let k = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[k]!) k = i;
  return p[k]! >= threshold ? k : CLASSES.length - 1;
}

/** Cross-validated tallies per threshold. Folds are fixed by a hash of the example id. */
export function crossValidate(corpus: SectorExample[], folds = 5, opts: TrainOptions = DEFAULT_TRAIN): Map<number, Tally> {
  const examples = corpus.map(toExample);
  const fold = corpus.map((e) => createHash('sha1').update(e.id).digest()[0]! % folds);
  const out = new Map(THRESHOLDS.map((t) => [t, { right: 0, wrong: 0, unclassified: 0 }]));
  const nul = CLASSES.length - 1;
  for (let k = 0; k < folds; k++) {
    const model = compileModel(trainSoftmax(CLASSES, examples.filter((_, i) => fold[i] !== k), opts));
    examples.forEach((ex, i) => {
      if (fold[i] !== k) return;
      for (const t of THRESHOLDS) {
        const got = decide(model, ex.features, t);
        const tally = out.get(t)!;
        if (got === ex.label) tally.right++;
        else if (got === nul) tally.unclassified++;
        else tally.wrong++;
      }
    });
  }
  return out;
}

export function chooseThreshold(cv: Map<number, Tally>): number {
  let best = THRESHOLDS[0]!;
  let bestScore = -Infinity;
  for (const [t, { right, wrong }] of cv) {
    const score = right - wrong; // a wrong sector costs its miss and once more
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

/** The model file's text. `threshold` skips the cross-validation that chooses it (the sync test passes the shipped one). */
export async function buildModelJson(threshold?: number): Promise<string> {
  const corpus = await loadCorpus();
  threshold ??= chooseThreshold(crossValidate(corpus));
  const model = trainSoftmax(CLASSES, corpus.map(toExample), DEFAULT_TRAIN);
  return JSON.stringify({ examples: corpus.length, threshold, train: DEFAULT_TRAIN, ...model }) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('usage: npx tsx src/core/sector/train.ts [--cv] [--check]\n  builds src/core/sector/model.json from src/core/sector/corpus/');
  } else if (args.includes('--cv')) {
    const corpus = await loadCorpus();
    console.log(`corpus: ${corpus.length} examples`);
    for (const [t, { right, wrong, unclassified }] of crossValidate(corpus)) {
      const n = right + wrong + unclassified;
      console.log(`threshold ${t.toFixed(2)}: right ${(right / n * 100).toFixed(1)} %  wrong ${wrong}  unclassified ${unclassified}`);
    }
  } else if (args.includes('--check')) {
    const same = readFileSync(MODEL_PATH, 'utf8') === (await buildModelJson());
    console.log(same ? 'model.json is in sync with the corpus' : 'model.json is stale: run npx tsx src/core/sector/train.ts');
    process.exitCode = same ? 0 : 1;
  } else {
    const json = await buildModelJson();
    writeFileSync(MODEL_PATH, json);
    const m = JSON.parse(json) as { examples: number; threshold: number; weights: object };
    console.log(`wrote ${MODEL_PATH}: ${m.examples} examples, ${Object.keys(m.weights).length} features, threshold ${m.threshold}`);
  }
}
