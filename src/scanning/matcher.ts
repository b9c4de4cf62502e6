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
  lines: number[];
  firstLine: number[];
}

export function buildView(segments: Segment[], scope: Scope): View {
  const chosen = segments.filter((s) => scopeAllows(scope, s));
  const offsets: number[] = [];
  let at = 0;
  for (const s of chosen) {
    offsets.push(at);
    at += s.text.length + SEPARATOR.length;
  }
  const text = chosen.map((s) => s.text).join(SEPARATOR);
  const lines = lineStarts(text);
  return {
    scope,
    text,
    segments: chosen,
    offsets,
    lines,
    firstLine: offsets.map((o) => lineIndexOf(lines, o)),
  };
}

/** Hints present in a lower-cased text, in one overlapping regex pass. */
export function hintScanner(hints: string[]): (lower: string) => Set<string> {
  const unique = [...new Set(hints)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return () => new Set();
  const re = new RegExp(unique.map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
  return (lower) => {
    const found = new Set<string>();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null) {
      found.add(m[0]);
      re.lastIndex = m.index + 1;
    }
    // A longer hint shadows the shorter ones it contains at the same position.
    for (const f of [...found])
      for (const h of unique) if (h.length < f.length && f.includes(h)) found.add(h);
    return found;
  };
}

export function matchView(
  view: View,
  rules: (PatternRule | SignalRule)[],
  present: Set<string>,
  ctx: SkillContext,
  hits: PatternHit[],
  tags: TagHit[],
): void {
  let lower: string | undefined;
  for (const rule of rules) {
    if ((rule.in ?? 'any') !== view.scope) continue;
    if (rule.hints && !rule.hints.some((h) => present.has(h))) continue;
    if (rule.needs) {
      lower ??= view.text.toLowerCase();
      const text = lower;
      // Wide-window regexes cost (starts × window) on hostile input; skip them when they cannot match.
      if (!rule.needs.every((group) => group.some((literal) => text.includes(literal)))) continue;
    }
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = re.exec(view.text)) !== null && count < MAX_HITS_PER_RULE) {
      if (m[0].length === 0) re.lastIndex++;
      const segIndex = lineIndexOf(view.offsets, m.index);
      const segment = view.segments[segIndex];
      const index = lineIndexOf(view.lines, m.index);
      const lineEnd = view.text.indexOf('\n', m.index);
      const lineText = view.text.slice(view.lines[index], lineEnd === -1 ? undefined : lineEnd);
      if (rule.unless && rule.unless.test(lineText)) continue;
      const line = fileLineOf(segment, index - view.firstLine[segIndex]);
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
