import type { Segment } from '../rule.types.js';
import { appendLineMap, fileLineOf, newSegment } from './segment-lines.js';

/**
 * Segments a file may yield one by one. Every rule visits every segment, so a file of thousands of
 * tiny blocks (1 MiB of headings, fences or `<!-- -->` comments: 100k+ segments) cost seconds though
 * its text is small; past this many, the rest are read together.
 */
export const MAX_SEGMENTS_PER_FILE = 2000;

/**
 * The file's segments, the ones past the budget merged into one segment per kind, language and
 * decoding depth, each line still mapped to its file line. Nothing is dropped: merged text is read
 * by every rule as before, only no longer apart (quoted-sample marks are not kept: they only lower).
 */
export function withinSegmentBudget(segments: Segment[], max = MAX_SEGMENTS_PER_FILE): Segment[] {
  if (segments.length <= max) return segments;
  const kept = segments.slice(0, max);
  const groups = new Map<string, Segment[]>();
  let last: Segment[] | undefined;
  for (let i = max; i < segments.length; i++) {
    const s = segments[i];
    // Runs of one kind are the rule in such files: the key is built only when the kind changes.
    if (last && last[0].kind === s.kind && last[0].lang === s.lang && last[0].depth === s.depth) {
      last.push(s);
      continue;
    }
    const key = `${s.kind}|${s.lang}|${s.depth}`;
    const group = groups.get(key) ?? [];
    if (group.length === 0) groups.set(key, group);
    group.push(s);
    last = group;
  }
  return [...kept, ...[...groups.values()].map(merged)];
}

function merged(group: Segment[]): Segment {
  const first = group[0];
  if (group.length === 1) return first;
  const lineMap: number[] = [];
  for (const s of group) appendLineMap(lineMap, s.text, (k) => fileLineOf(s, k));
  return newSegment({
    ...first,
    text: group.map((s) => s.text).join('\n'),
    line: lineMap[0],
    lineMap,
    pinned: undefined,
    quoted: undefined,
    block: `${first.block}+`,
  });
}
