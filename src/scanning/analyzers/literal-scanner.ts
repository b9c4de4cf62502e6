/**
 * `charCodeAt.call(text, i)` in per-character loops: texts come in many string representations (flat,
 * sliced, concatenated; one- or two-byte), and past four of them `text.charCodeAt(i)` becomes a
 * megamorphic property lookup per character. Optimized code inlines the call only through a constant
 * of the module itself: imported, it is a generic call.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Which of many lower-case ASCII literals occur in a text, in one pass and without lower-casing it
 * first: an Aho-Corasick automaton whose transitions fold A-Z to a-z. Non-ASCII characters reset it,
 * except the two whose lower case is ASCII (U+0130 → "i̇", U+212A → "k"), so the answer is exactly
 * the literals `text.toLowerCase().includes(literal)` would find.
 */
export interface LiteralScanner {
  /** Id of each literal: its bit in a presence set. */
  readonly ids: ReadonlyMap<string, number>;
  /** Presence set size in 32-bit words. */
  readonly words: number;
  /**
   * Sets the bit of every literal occurring in `text`, in the set of `words` words starting at
   * `into[first]` (one array can hold the sets of many texts). With `places`, also appends each
   * occurrence of an anchor literal as the pair (id, start offset), in the order the occurrences end;
   * with `wanted`, only of the anchors whose id is set there.
   */
  scan(text: string, into: Uint32Array, places?: number[], wanted?: Uint8Array, first?: number): void;
}

const ASCII = 128;
const DOTTED_CAPITAL_I = 0x130;
const KELVIN = 0x212a;

/** `anchors`: literals whose every occurrence `scan` reports (they must be among `literals`). */
export function literalScanner(literals: string[], anchors: string[] = []): LiteralScanner {
  // Anchors first: their ids stay small, so per-anchor tables are sized by the anchors, not all literals.
  const unique = [...new Set([...anchors, ...literals])];
  for (const l of unique)
    if (!/^[\x20-\x7e]+$/.test(l) || l !== l.toLowerCase())
      throw new Error(`literal must be non-empty lower-case ASCII: ${JSON.stringify(l)}`);
  const ids = new Map(unique.map((l, i) => [l, i]));
  const { delta, classOf, shift, outputs, firstEnding } = automaton(unique);
  const stamp = new Int32Array(outputs.length);
  const anchorIds = new Set(anchors.map((a) => ids.get(a)!));
  const anchored = outputs.map((o) => (o ?? []).filter((id) => anchorIds.has(id)));
  const endsAnchor = Uint8Array.from(anchored, (ids) => (ids.length > 0 ? 1 : 0));
  const endsNoAnchor = new Uint8Array(outputs.length);
  const lengths = Int32Array.from(unique, (l) => l.length);
  // Row offset of the first state that ends literals: states are numbered so that all of them come last.
  const endingRow = firstEnding << shift;
  const iRow = classOf[105];
  let run = 0;
  // The current scan's outputs, so the hot loop below stays small.
  let bits: Uint32Array = new Uint32Array(0);
  let bitsFrom = 0;
  let found: number[] | undefined;
  let only: Uint8Array | undefined;
  const mark = (state: number) => {
    if (stamp[state] === run) return;
    stamp[state] = run;
    for (const id of outputs[state]!) bits[bitsFrom + (id >> 5)] |= 1 << (id & 31);
  };
  const hit = (state: number, end: number) => {
    mark(state);
    if (!found || anchored[state].length === 0) return;
    for (const id of anchored[state]) if (!only || only[id] === 1) found.push(id, end - lengths[id]);
  };
  return {
    ids,
    words: Math.max(1, Math.ceil(unique.length / 32)),
    scan(text, into, places, wanted, first = 0) {
      run++;
      bits = into;
      bitsFrom = first;
      found = places;
      only = wanted;
      // Locals rather than closure variables in the hot loop.
      const table = delta;
      const classes = classOf;
      const ending = endingRow;
      const seen = stamp;
      const now = run;
      // States whose every call to `hit` would be a no-op are skipped without the call.
      const reports = places ? endsAnchor : endsNoAnchor;
      const n = text.length;
      let s = 0;
      for (let i = 0; i < n; i++) {
        let c = charCodeAt.call(text, i);
        if (c >= ASCII) {
          if (c === KELVIN) c = 107;
          else {
            // `İ` lower-cases to "i" + U+0307: an "i", then a character no literal contains.
            if (c === DOTTED_CAPITAL_I && table[s + iRow] >= ending) mark(table[s + iRow] >> shift);
            s = 0;
            continue;
          }
        }
        s = table[s + classes[c]];
        if (s >= ending) {
          const state = s >> shift;
          if (seen[state] !== now || reports[state] === 1) hit(state, i + 1);
        }
      }
      found = undefined;
      only = undefined;
    },
  };
}

interface Automaton {
  /** Goto table (state × character class) with failure links resolved; entries are row offsets. */
  delta: Int32Array;
  /** Character class of each ASCII code, A-Z folded; 0 for characters no literal contains. */
  classOf: Uint8Array;
  /** log2 of the row width. */
  shift: number;
  outputs: (number[] | null)[];
  /** States from this one on end literals; the others do not. */
  firstEnding: number;
}

/**
 * Aho-Corasick over the characters the literals use (every other character leads back to the root),
 * so the table stays small enough for the cache. Entries hold the next state's row offset
 * (state << shift) to save a shift per character.
 */
function automaton(literals: string[]): Automaton {
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const l of literals)
    for (let k = 0; k < l.length; k++)
      if (classOf[l.charCodeAt(k)] === 0) classOf[l.charCodeAt(k)] = classes++;
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];
  let shift = 0;
  while (1 << shift < classes) shift++;
  const width = 1 << shift;
  const trie: number[][] = [[]];
  const out: number[][] = [[]];
  literals.forEach((l, id) => {
    let s = 0;
    for (let k = 0; k < l.length; k++) {
      const c = classOf[l.charCodeAt(k)];
      if (trie[s][c] === undefined) {
        trie[s][c] = trie.length;
        trie.push([]);
        out.push([]);
      }
      s = trie[s][c];
    }
    out[s].push(id);
  });
  const delta = new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let c = 1; c < classes; c++) {
    const next = trie[0][c];
    if (next !== undefined) {
      delta[c] = next;
      queue.push(next);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    out[s].push(...out[fail[s]]);
    for (let c = 1; c < classes; c++) {
      const next = trie[s][c];
      if (next === undefined) delta[s * width + c] = delta[fail[s] * width + c];
      else {
        fail[next] = delta[fail[s] * width + c];
        delta[s * width + c] = next;
        queue.push(next);
      }
    }
  }
  // Renumber: states without outputs first (the root among them), then those with; within each,
  // breadth-first, so the shallow states most characters go through share a few cache lines.
  const breadth = new Int32Array(trie.length);
  queue.forEach((state, q) => (breadth[state] = q + 1));
  const order = [...trie.keys()].sort(
    (a, b) => Number(out[a].length > 0) - Number(out[b].length > 0) || breadth[a] - breadth[b],
  );
  const renamed = new Int32Array(trie.length);
  order.forEach((old, now) => (renamed[old] = now));
  const table = new Int32Array(delta.length);
  order.forEach((old, now) => {
    for (let c = 0; c < width; c++) table[now * width + c] = renamed[delta[old * width + c]] << shift;
  });
  const firstEnding = order.findIndex((s) => out[s].length > 0);
  return {
    delta: table,
    classOf,
    shift,
    outputs: order.map((s) => (out[s].length > 0 ? [...new Set(out[s])] : null)),
    firstEnding: firstEnding === -1 ? trie.length : firstEnding,
  };
}
