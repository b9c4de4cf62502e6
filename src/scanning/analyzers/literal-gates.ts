import type { Segment } from '../rule.types.js';
import type { LiteralScanner } from './literal-scanner.js';
import { requiredLiterals } from './required-literals.js';

/**
 * Gates for the regexes of custom rules: each gated regex has literals one of which every match
 * contains (`requiredLiterals`); the engine's literal scanner, which reads every segment once anyway,
 * says which segments hold one, so a regex is not run over a segment (or a file) where it cannot
 * match. The answers are exactly those of running it: a gate only skips certain failures.
 *
 * Regexes are gated where they are defined, at module load (`gated(/…/)`), before the engine builds
 * its scanner; the engine opens the answers for the segments of one scan around its custom rules.
 */

const registry = new Map<RegExp, string[]>();

/** Registers the regex's required literals (if it has usable ones) with the engine's scanner. */
export function gated<T extends RegExp>(re: T): T {
  const literals = requiredLiterals(re);
  if (literals) registry.set(re, literals);
  return re;
}

/** Every literal of the gated regexes, for the scanner. */
export function gateLiterals(): string[] {
  return [...registry.values()].flat();
}

/** Literal ids of each gated regex, once the scanner is built. */
let gateIds = new Map<RegExp, Int32Array>();

export function bindGates(scanner: LiteralScanner): void {
  gateIds = new Map(
    [...registry].map(([re, literals]) => [re, Int32Array.from(literals, (l) => scanner.ids.get(l)!)]),
  );
}

/** One scan's literal sets: segment i's in `words` words from `sets[i × words]`. */
interface Scan {
  scanner: LiteralScanner;
  index: Map<Segment, number>;
  sets: Uint32Array;
  words: number;
  files: Map<string, { text: string; set: Uint32Array }>;
}

let current: Scan | null = null;

/** Runs `fn` with the literal sets of `segments` open to the gates. */
export function withGates<T>(
  scanner: LiteralScanner,
  segments: readonly Segment[],
  sets: Uint32Array,
  fn: () => T,
): T {
  const index = new Map<Segment, number>();
  for (let i = 0; i < segments.length; i++) if (!index.has(segments[i])) index.set(segments[i], i);
  const outer = current;
  current = { scanner, index, sets, words: scanner.words, files: new Map() };
  try {
    return fn();
  } finally {
    current = outer;
  }
}

function holdsAny(set: Uint32Array, first: number, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if ((set[first + (id >> 5)] & (1 << (id & 31))) !== 0) return true;
  }
  return false;
}

/**
 * False only when `re` cannot match anywhere in the segment's text (nor in any part of it); true
 * when it may, or when nothing is known (no scan open, an ungated regex, a segment of no scan).
 */
export function mayMatch(re: RegExp, seg: Segment): boolean {
  if (!current) return true;
  const ids = gateIds.get(re);
  if (!ids) return true;
  const i = current.index.get(seg);
  if (i === undefined || current.index.size === 0) return true;
  return holdsAny(current.sets, i * current.words, ids);
}

/** The same for a whole file's text (scanned on first use). */
export function mayMatchFile(re: RegExp, file: { path: string; text: string }): boolean {
  if (!current) return true;
  const ids = gateIds.get(re);
  if (!ids) return true;
  let entry = current.files.get(file.path);
  if (!entry || entry.text !== file.text) {
    entry = { text: file.text, set: new Uint32Array(current.words) };
    current.scanner.scan(file.text, entry.set);
    current.files.set(file.path, entry);
  }
  return holdsAny(entry.set, 0, ids);
}

/** `re.test(seg.text)`, skipped where the gate says it fails (a global regex's lastIndex reset as a failed test does). */
export function testSegment(re: RegExp, seg: Segment): boolean {
  if (!mayMatch(re, seg)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  }
  return re.test(seg.text);
}

/** `re.test(file.text)`, gated the same way. */
export function testFile(re: RegExp, file: { path: string; text: string }): boolean {
  if (!mayMatchFile(re, file)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  }
  return re.test(file.text);
}

/** The gated regexes with their literals (tests). */
export function gateTable(): [RegExp, string[]][] {
  return [...registry];
}
