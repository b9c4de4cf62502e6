import type { RawHit, Segment } from '../rule.types.js';
import { mayMatch, testSegment } from './literal-gates.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from './segment-lines.js';

/**
 * Where `sink` matches in a code segment that also matches every one of `needs` (a script file is
 * one segment; a fenced block is its own): the first sink is reported, one hit per segment. `needs`
 * are tested in order, so the rarest goes first (a non-global copy of the sink when it is rarest).
 * Regexes registered with `gated` skip segments without their required literals.
 */
export function sinkWithSources(
  segments: Segment[],
  langs: readonly Segment['lang'][],
  needs: RegExp[],
  sink: RegExp,
  keep: (match: string, seg: Segment, at: number) => boolean = () => true,
  /** Sinks `keep` may turn down per segment before the segment is given up (bounds a hostile file). */
  maxRejected = Infinity,
): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'decoded' && (seg.kind !== 'code' || !langs.includes(seg.lang))) continue;
    // Callers list the rarest test first: most segments end after one pass.
    if (!needs.every((re) => testSegment(re, seg))) continue;
    sink.lastIndex = 0;
    if (!mayMatch(sink, seg)) continue;
    let m: RegExpExecArray | null;
    let rejected = 0;
    while ((m = sink.exec(seg.text)) !== null) {
      if (!keep(m[0], seg, m.index)) {
        if (++rejected >= maxRejected) break;
        continue;
      }
      const line = fileLineOf(seg, lineIndexOf(lineStarts(seg.text), m.index));
      out.push({
        file: seg.file,
        line,
        evidence: evidenceAround(seg.text, m.index, m.index + m[0].length),
        depth: seg.depth,
      });
      break;
    }
  }
  return out;
}
