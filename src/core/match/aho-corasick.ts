// Aho–Corasick over UTF-16 code units: one left-to-right pass, every pattern occurrence reported at its end,
// time linear in text length plus matches. ASCII transitions are a dense DFA table (the common case);
// other code units walk failure links over per-node maps (amortised linear).

const ASCII = 128;

export class AhoCorasick {
  /** Dense ASCII transitions, completed with failure links: next[state * 128 + c]. */
  private readonly next: Int32Array;
  /** Non-ASCII children per node (only nodes that have any). */
  private readonly wide: Array<Map<number, number> | undefined>;
  private readonly fail: Int32Array;
  /** Pattern indices ending at each node, including those of its failure chain, flattened:
   *  node k's outputs are outputs[outStart[k] .. outStart[k + 1]). Typed arrays keep the hot loop monomorphic. */
  private readonly outStart: Int32Array;
  private readonly outputs: Int32Array;
  readonly lengths: readonly number[];

  /** `patterns` must already be folded the way the scanned text will be. */
  constructor(patterns: readonly string[]) {
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    for (let p = 0; p < patterns.length; p++) {
      const s = patterns[p]!;
      if (s.length === 0) throw new Error(`empty pattern at index ${p}`);
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let child = children[node]!.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          own.push([]);
          children[node]!.set(c, child);
        }
        node = child;
      }
      own[node]!.push(p);
    }
    const n = children.length;
    this.lengths = patterns.map((s) => s.length);
    this.fail = new Int32Array(n);
    this.next = new Int32Array(n * ASCII);
    this.wide = new Array(n);
    const out: Array<readonly number[]> = new Array(n);
    out[0] = own[0]!;

    // BFS: a node's failure target is complete before the node is visited.
    const queue: number[] = [];
    for (let c = 0; c < ASCII; c++) {
      const child = children[0]!.get(c);
      this.next[c] = child ?? 0;
    }
    for (const [c, child] of children[0]!) {
      this.fail[child] = 0;
      queue.push(child);
      if (c >= ASCII) (this.wide[0] ??= new Map()).set(c, child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      const f = this.fail[node]!;
      const fo = out[f]!;
      const oo = own[node]!;
      out[node] = oo.length === 0 ? fo : fo.length === 0 ? oo : [...oo, ...fo];
      for (let c = 0; c < ASCII; c++) {
        const child = children[node]!.get(c);
        this.next[node * ASCII + c] = child ?? this.next[f * ASCII + c]!;
      }
      for (const [c, child] of children[node]!) {
        if (c >= ASCII) (this.wide[node] ??= new Map()).set(c, child);
        this.fail[child] = this.step(f, c);
        queue.push(child);
      }
    }
    this.outStart = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) this.outStart[k + 1] = this.outStart[k]! + out[k]!.length;
    this.outputs = new Int32Array(this.outStart[n]!);
    for (let k = 0; k < n; k++) this.outputs.set(out[k]!, this.outStart[k]!);
  }

  private step(state: number, c: number): number {
    if (c < ASCII) return this.next[state * ASCII + c]!;
    let s = state;
    for (;;) {
      const child = this.wide[s]?.get(c);
      if (child !== undefined) return child;
      if (s === 0) return 0;
      s = this.fail[s]!;
    }
  }

  /**
   * Scans `text` through `fold` (a code-unit → code-unit table) and calls `onMatch(end, pattern)` for every
   * occurrence; `end` is exclusive.
   */
  scan(text: string, fold: Uint16Array, onMatch: (end: number, pattern: number) => void): void {
    const next = this.next;
    const outStart = this.outStart;
    const outputs = this.outputs;
    const n = text.length;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const c = fold[text.charCodeAt(i)]!;
      state = c < ASCII ? next[(state << 7) | c]! : this.step(state, c);
      const from = outStart[state]!;
      const to = outStart[state + 1]!;
      for (let k = from; k < to; k++) onMatch(i + 1, outputs[k]!);
    }
  }
}
