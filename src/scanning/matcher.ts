import type { Severity } from './scan.types.js';
import type { PatternRule, Scope, Segment, SignalRule, SkillContext, TagHit } from './rule.types.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from './analyzers/segment-lines.js';

const MAX_HITS_PER_RULE = 200;
const SEPARATOR = '\n\n';
export const SCOPES: Scope[] = ['text', 'code', 'any'];

export interface PatternHit {
  rule: PatternRule;
  severity: Severity;
  file: string;
  line: number;
  evidence: string;
  segment: Segment;
}

export function scopeAllows(scope: Scope | undefined, seg: Segment): boolean {
  const s = scope ?? 'any';
  switch (seg.kind) {
    case 'comment':
      return s === 'text';
    case 'prose':
    case 'hidden':
      return s !== 'code';
    case 'code':
      return s !== 'text' || seg.lang === 'text' || seg.lang === 'other';
    default:
      return true;
  }
}

/**
 * All segments a scope can see, joined into one text: each regex runs once per scope instead of
 * once per segment, and offsets map back to segment and file line.
 */
export interface View {
  scope: Scope;
  text: string;
  segments: Segment[];
  offsets: number[];
  /** Literals (hints and needs) occurring in the view. */
  present: Uint32Array;
  /** Per segment: anchor literal occurrences as (id, start offset) pairs. */
  places: number[][];
  /** View offsets where each anchor literal starts, built on first use. */
  anchorStarts?: AnchorStarts;
}

/** A pattern or signal rule with its hints and needs as literal ids of one scanner. */
export interface CompiledRule {
  rule: PatternRule | SignalRule;
  /** `rule.in`, defaulted: read once per view for every rule, so kept on one object shape. */
  scope: Scope;
  hints: number[] | null;
  needs: number[][] | null;
  /** Ids of `rule.starts`, and the regex made sticky to try it at their offsets only. */
  starts: number[] | null;
  /** `rule.lead`, defaulted: the regex is also tried this many offsets before each anchor. */
  lead: number;
  sticky: RegExp | null;
}

export function literalsOf(rules: (PatternRule | SignalRule)[]): string[] {
  return rules.flatMap((r) => [...(r.hints ?? []), ...(r.needs ?? []).flat()]);
}

export function startsOf(rules: (PatternRule | SignalRule)[]): string[] {
  return rules.flatMap((r) => r.starts ?? []);
}

export function compileRules(
  rules: (PatternRule | SignalRule)[],
  ids: ReadonlyMap<string, number>,
): CompiledRule[] {
  const id = (literal: string) => ids.get(literal)!;
  return rules.map((rule) => ({
    rule,
    scope: rule.in ?? 'any',
    hints: rule.hints ? rule.hints.map(id) : null,
    needs: rule.needs ? rule.needs.map((group) => group.map(id)) : null,
    starts: rule.starts ? rule.starts.map(id) : null,
    lead: rule.lead ?? 0,
    sticky: rule.starts ? stickyOf(rule.pattern) : null,
  }));
}

function stickyOf(pattern: RegExp): RegExp {
  // Under `u` with `i`, ſ and K fold to ASCII letters the literal scanner does not report.
  if (pattern.unicode) throw new Error(`starts need a regex without the u flag: ${pattern.source}`);
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}

const has = (set: Uint32Array, id: number) => (set[id >> 5] & (1 << (id & 31))) !== 0;

function hasAny(set: Uint32Array, ids: number[]): boolean {
  for (const id of ids) if (has(set, id)) return true;
  return false;
}

function hasEach(set: Uint32Array, groups: number[][]): boolean {
  for (const group of groups) if (!hasAny(set, group)) return false;
  return true;
}

/**
 * `present`: the literals of `segments[i]` in the `words` words from `present[i × words]`, from the
 * same literal scanner as the rules.
 */
export function buildView(
  segments: Segment[],
  present: Uint32Array,
  words: number,
  places: number[][],
  scope: Scope,
): View {
  const chosen: Segment[] = [];
  const chosenPlaces: number[][] = [];
  const offsets: number[] = [];
  const union = new Uint32Array(words);
  let at = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!scopeAllows(scope, s)) continue;
    chosen.push(s);
    chosenPlaces.push(places[i]);
    offsets.push(at);
    at += s.text.length + SEPARATOR.length;
    const first = i * words;
    for (let w = 0; w < words; w++) union[w] |= present[first + w];
  }
  return {
    scope,
    text: chosen.map((s) => s.text).join(SEPARATOR),
    segments: chosen,
    offsets,
    present: union,
    places: chosenPlaces,
  };
}

const segmentLines = new WeakMap<Segment, readonly number[]>();

function linesOf(segment: Segment): readonly number[] {
  let starts = segmentLines.get(segment);
  if (!starts) segmentLines.set(segment, (starts = lineStarts(segment.text)));
  return starts;
}

/** Line of the view holding `offset`: its index within the segment and where it starts in the view. */
function lineAt(view: View, segIndex: number, offset: number): { index: number; start: number } {
  const base = view.offsets[segIndex];
  const segment = view.segments[segIndex];
  const starts = linesOf(segment);
  const local = offset - base;
  // The second separator newline is an empty line of its own, one past the segment's last line.
  if (local > segment.text.length) return { index: starts.length, start: offset };
  const index = lineIndexOf(starts, local);
  return { index, start: base + starts[index] };
}

export function matchView(
  view: View,
  rules: CompiledRule[],
  present: Uint32Array,
  ctx: SkillContext,
  hits: PatternHit[],
  tags: TagHit[],
): void {
  for (const compiled of rules) {
    const { rule, hints, needs } = compiled;
    if (compiled.scope !== view.scope) continue;
    if (hints && !hasAny(present, hints)) continue;
    // Wide-window regexes cost (starts × window) on hostile input; skip them when they cannot match.
    if (needs && !hasEach(view.present, needs)) continue;
    const next = matcherOf(compiled, view);
    let m: RegExpExecArray | null;
    let count = 0;
    let from = 0;
    // Matches on one line share its `unless` answer: a long line is tested once, not once per match.
    let unlessLine = -1;
    let unlessHolds = false;
    while ((m = next(from)) !== null && count < MAX_HITS_PER_RULE) {
      from = m.index + Math.max(1, m[0].length);
      // A leading `\s*` can start in the separator before a segment: the match belongs where its text starts.
      const start = m.index + leadingNewlines(m[0]);
      const segIndex = lineIndexOf(view.offsets, start);
      const segment = view.segments[segIndex];
      const at = lineAt(view, segIndex, start);
      const lineEnd = view.text.indexOf('\n', start);
      const lineText = view.text.slice(at.start, lineEnd === -1 ? undefined : lineEnd);
      if (rule.unless) {
        if (at.start !== unlessLine) [unlessLine, unlessHolds] = [at.start, rule.unless.test(lineText)];
        if (unlessHolds) continue;
      }
      const line = fileLineOf(segment, at.index);
      const evidence = evidenceAround(view.text, m.index, m.index + m[0].length);
      count++;
      const where = { file: segment.file, block: segment.block, line, evidence, depth: segment.depth };
      if (rule.type === 'signal') {
        tags.push({ tag: rule.tag, ...where });
        continue;
      }
      const severity = rule.adjust
        ? rule.adjust({ segment, match: m[0], lineText, lineIndex: at.index }, ctx)
        : rule.severity;
      if (!severity) continue;
      hits.push({ rule, severity, file: segment.file, line, evidence, segment });
      for (const tag of rule.tags ?? []) tags.push({ tag, ...where });
    }
  }
}

/** Length of the run of whitespace up to the last newline at the start of a match (`^\s*…` across lines). */
function leadingNewlines(match: string): number {
  let last = -1;
  for (let i = 0; i < match.length; i++) {
    const c = match.charCodeAt(i);
    if (c === 10) last = i;
    else if (c !== 32 && c !== 9 && c !== 13) break;
  }
  return last + 1;
}

/** The first match at or after an offset: what a global regex's next `exec` returns from there. */
function matcherOf(compiled: CompiledRule, view: View): (from: number) => RegExpExecArray | null {
  const { rule, starts, lead, sticky } = compiled;
  const candidates = starts && sticky ? candidatesOf(view, starts, lead) : null;
  if (!candidates) {
    const re = rule.pattern;
    return (from) => {
      re.lastIndex = from;
      return re.exec(view.text);
    };
  }
  // Every match starts at an anchor occurrence (or up to `lead` before one), so trying only those
  // offsets, in order, finds the same matches.
  let k = 0;
  return (from) => {
    while (k < candidates.length) {
      const at = candidates[k++];
      if (at < from) continue;
      sticky!.lastIndex = at;
      const m = sticky!.exec(view.text);
      if (m) return m;
    }
    return null;
  };
}

/** One sticky try costs about as much as scanning this many characters with the plain regex. */
const TRY_COST = 96;

/**
 * Sorted offsets where the rule's anchors start, each with the `lead` offsets before it; null when so
 * many that one plain scan is cheaper.
 */
function candidatesOf(view: View, ids: number[], lead: number): Int32Array | null {
  const { first, at } = (view.anchorStarts ??= anchorStarts(view));
  const count = (id: number) => (id + 1 < first.length ? first[id + 1] - first[id] : 0);
  let total = 0;
  for (const id of ids) total += count(id) * (lead + 1);
  if (total * TRY_COST > view.text.length) return null;
  const out = new Int32Array(total);
  let n = 0;
  for (const id of ids) {
    if (count(id) === 0) continue;
    for (let k = first[id]; k < first[id + 1]; k++)
      for (let back = Math.min(lead, at[k]); back >= 0; back--) out[n++] = at[k] - back;
  }
  return out.subarray(0, n).sort();
}

/** Offsets of anchor `id` in the view: `at[first[id]]` up to `at[first[id + 1]]`, ascending. */
interface AnchorStarts {
  first: number[];
  at: number[];
}

/** A counting sort of the view's anchor occurrences by literal id. */
function anchorStarts(view: View): AnchorStarts {
  let ids = 0;
  let total = 0;
  for (const pairs of view.places) {
    for (let k = 0; k < pairs.length; k += 2) ids = Math.max(ids, pairs[k] + 1);
    total += pairs.length >> 1;
  }
  // Plain arrays: a typed array this size lives outside the heap and costs more to allocate than to fill.
  const first: number[] = new Array<number>(ids + 1).fill(0);
  for (const pairs of view.places) for (let k = 0; k < pairs.length; k += 2) first[pairs[k] + 1]++;
  for (let id = 0; id < ids; id++) first[id + 1] += first[id];
  const fill = first.slice(0, ids);
  const at: number[] = new Array<number>(total).fill(0);
  view.places.forEach((pairs, j) => {
    const base = view.offsets[j];
    for (let k = 0; k < pairs.length; k += 2) at[fill[pairs[k]]++] = base + pairs[k + 1];
  });
  return { first, at };
}
