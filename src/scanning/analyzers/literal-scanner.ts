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
  /** Sets the bit of every literal occurring in `text`. */
  scan(text: string, into: Uint32Array): void;
}

const WIDTH = 128;
const SHIFT = 7;
const DOTTED_CAPITAL_I = 0x130;
const KELVIN = 0x212a;

export function literalScanner(literals: string[]): LiteralScanner {
  const unique = [...new Set(literals)];
  for (const l of unique)
    if (!/^[\x20-\x7e]+$/.test(l) || l !== l.toLowerCase())
      throw new Error(`literal must be non-empty lower-case ASCII: ${JSON.stringify(l)}`);
  const ids = new Map(unique.map((l, i) => [l, i]));
  const { delta, outputs } = automaton(unique);
  const stamp = new Int32Array(outputs.length);
  const ends = Uint8Array.from(outputs, (o) => (o === null ? 0 : 1));
  let run = 0;
  return {
    ids,
    words: Math.max(1, Math.ceil(unique.length / 32)),
    scan(text, into) {
      run++;
      const mark = (state: number) => {
        const found = outputs[state >> SHIFT];
        if (found === null || stamp[state >> SHIFT] === run) return;
        stamp[state >> SHIFT] = run;
        for (const id of found) into[id >> 5] |= 1 << (id & 31);
      };
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (c >= WIDTH) {
          if (c === KELVIN) c = 107;
          else {
            // `İ` lower-cases to "i" + U+0307: an "i", then a character no literal contains.
            if (c === DOTTED_CAPITAL_I) mark(delta[s + 105]);
            s = 0;
            continue;
          }
        }
        s = delta[s + c];
        if (ends[s >> SHIFT] === 1) mark(s);
      }
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
