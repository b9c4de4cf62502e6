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
}

/** A pattern or signal rule with its hints and needs as literal ids of one scanner. */
export interface CompiledRule {
  rule: PatternRule | SignalRule;
  hints: number[] | null;
  needs: number[][] | null;
}

export function literalsOf(rules: (PatternRule | SignalRule)[]): string[] {
  return rules.flatMap((r) => [...(r.hints ?? []), ...(r.needs ?? []).flat()]);
}

export function compileRules(
  rules: (PatternRule | SignalRule)[],
  ids: ReadonlyMap<string, number>,
): CompiledRule[] {
  const id = (literal: string) => ids.get(literal)!;
  return rules.map((rule) => ({
    rule,
    hints: rule.hints ? rule.hints.map(id) : null,
    needs: rule.needs ? rule.needs.map((group) => group.map(id)) : null,
  }));
}

const has = (set: Uint32Array, id: number) => (set[id >> 5] & (1 << (id & 31))) !== 0;

/** `present[i]`: literals of `segments[i]`, from the same literal scanner as the rules. */
export function buildView(segments: Segment[], present: Uint32Array[], scope: Scope): View {
  const chosen: Segment[] = [];
  const offsets: number[] = [];
  const union = new Uint32Array(present[0]?.length ?? 1);
  let at = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!scopeAllows(scope, s)) continue;
    chosen.push(s);
    offsets.push(at);
    at += s.text.length + SEPARATOR.length;
    const bits = present[i];
    for (let w = 0; w < union.length; w++) union[w] |= bits[w];
  }
  return {
    scope,
    text: chosen.map((s) => s.text).join(SEPARATOR),
    segments: chosen,
    offsets,
    present: union,
  };
}

const segmentLines = new WeakMap<Segment, number[]>();

function linesOf(segment: Segment): number[] {
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
  for (const { rule, hints, needs } of rules) {
    if ((rule.in ?? 'any') !== view.scope) continue;
    if (hints && !hints.some((h) => has(present, h))) continue;
    // Wide-window regexes cost (starts × window) on hostile input; skip them when they cannot match.
    if (needs && !needs.every((group) => group.some((l) => has(view.present, l)))) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = re.exec(view.text)) !== null && count < MAX_HITS_PER_RULE) {
      if (m[0].length === 0) re.lastIndex++;
      const segIndex = lineIndexOf(view.offsets, m.index);
      const segment = view.segments[segIndex];
      const at = lineAt(view, segIndex, m.index);
      const lineEnd = view.text.indexOf('\n', m.index);
      const lineText = view.text.slice(at.start, lineEnd === -1 ? undefined : lineEnd);
      if (rule.unless && rule.unless.test(lineText)) continue;
      const line = fileLineOf(segment, at.index);
      const evidence = evidenceAround(view.text, m.index, m.index + m[0].length);
      count++;
      const where = { file: segment.file, block: segment.block, line, evidence, depth: segment.depth };
      if (rule.type === 'signal') {
        tags.push({ tag: rule.tag, ...where });
        continue;
      }
      const severity = rule.adjust ? rule.adjust({ segment, match: m[0], lineText }, ctx) : rule.severity;
      if (!severity) continue;
      hits.push({ rule, severity, file: segment.file, line, evidence, segment });
      for (const tag of rule.tags ?? []) tags.push({ tag, ...where });
    }
  }
}
