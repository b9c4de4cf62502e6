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
   * Sets the bit of every literal occurring in `text`. With `places`, also appends each occurrence of
   * an anchor literal as the pair (id, start offset), in the order the occurrences end; with `wanted`,
   * only of the anchors whose id is set there.
   */
  scan(text: string, into: Uint32Array, places?: number[], wanted?: Uint8Array): void;
}

const WIDTH = 128;
const SHIFT = 7;
const DOTTED_CAPITAL_I = 0x130;
const KELVIN = 0x212a;

/** `anchors`: literals whose every occurrence `scan` reports (they must be among `literals`). */
export function literalScanner(literals: string[], anchors: string[] = []): LiteralScanner {
  const unique = [...new Set([...literals, ...anchors])];
  for (const l of unique)
    if (!/^[\x20-\x7e]+$/.test(l) || l !== l.toLowerCase())
      throw new Error(`literal must be non-empty lower-case ASCII: ${JSON.stringify(l)}`);
  const ids = new Map(unique.map((l, i) => [l, i]));
  const { delta, outputs } = automaton(unique);
  const stamp = new Int32Array(outputs.length);
  const anchorIds = new Set(anchors.map((a) => ids.get(a)!));
  const anchored = outputs.map((o) => (o ?? []).filter((id) => anchorIds.has(id)));
  // Bit 1: the state ends literals; bit 2: some of them are anchors.
  const ends = Uint8Array.from(outputs, (o, s) => (o === null ? 0 : anchored[s].length > 0 ? 3 : 1));
  const lengths = Int32Array.from(unique, (l) => l.length);
  let run = 0;
  // The current scan's outputs, so the hot loop below stays small.
  let bits: Uint32Array = new Uint32Array(0);
  let found: number[] | undefined;
  let only: Uint8Array | undefined;
  const mark = (state: number) => {
    if (stamp[state] === run) return;
    stamp[state] = run;
    for (const id of outputs[state]!) bits[id >> 5] |= 1 << (id & 31);
  };
  const hit = (state: number, end: number) => {
    mark(state);
    if (ends[state] !== 3 || !found) return;
    for (const id of anchored[state]) if (!only || only[id] === 1) found.push(id, end - lengths[id]);
  };
  return {
    ids,
    words: Math.max(1, Math.ceil(unique.length / 32)),
    scan(text, into, places, wanted) {
      run++;
      bits = into;
      found = places;
      only = wanted;
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (c >= WIDTH) {
          if (c === KELVIN) c = 107;
          else {
            // `İ` lower-cases to "i" + U+0307: an "i", then a character no literal contains.
            if (c === DOTTED_CAPITAL_I && ends[delta[s + 105] >> SHIFT] !== 0) mark(delta[s + 105] >> SHIFT);
            s = 0;
            continue;
          }
        }
        s = delta[s + c];
        if (ends[s >> SHIFT] !== 0) hit(s >> SHIFT, i + 1);
      }
      found = undefined;
      only = undefined;
    },
  };
}

/**
 * Dense goto table (state × ASCII, A-Z folded) with failure links resolved; outputs per state.
 * Entries hold the next state's row offset (state × WIDTH) to save a multiplication per character.
 */
function automaton(literals: string[]): { delta: Int32Array; outputs: (number[] | null)[] } {
  const trie: number[][] = [[]];
  const out: number[][] = [[]];
  literals.forEach((l, id) => {
    let s = 0;
    for (let k = 0; k < l.length; k++) {
      const c = l.charCodeAt(k);
      if (trie[s][c] === undefined) {
        trie[s][c] = trie.length;
        trie.push([]);
        out.push([]);
      }
      s = trie[s][c];
    }
    out[s].push(id);
  });
  const delta = new Int32Array(trie.length * WIDTH);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let c = 0; c < WIDTH; c++) {
    const next = trie[0][c];
    if (next !== undefined) {
      delta[c] = next;
      queue.push(next);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    out[s].push(...out[fail[s]]);
    for (let c = 0; c < WIDTH; c++) {
      const next = trie[s][c];
      if (next === undefined) delta[s * WIDTH + c] = delta[fail[s] * WIDTH + c];
      else {
        fail[next] = delta[fail[s] * WIDTH + c];
        delta[s * WIDTH + c] = next;
        queue.push(next);
      }
    }
  }
  for (let s = 0; s < trie.length; s++)
    for (let c = 65; c <= 90; c++) delta[s * WIDTH + c] = delta[s * WIDTH + c + 32];
  for (let k = 0; k < delta.length; k++) delta[k] *= WIDTH;
  return { delta, outputs: out.map((o) => (o.length > 0 ? [...new Set(o)] : null)) };
}
