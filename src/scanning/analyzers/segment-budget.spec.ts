import type { Segment } from '../rule.types.js';
import { withinSegmentBudget } from './segment-budget.js';

const seg = (text: string, line: number, over: Partial<Segment> = {}): Segment => ({
  file: 'SKILL.md',
  kind: 'hidden',
  lang: 'text',
  text,
  line,
  block: `s${line}`,
  depth: 0,
  ...over,
});

describe('withinSegmentBudget', () => {
  it('should keep a file within the budget as it is', () => {
    const segments = [seg('a', 1), seg('b', 2)];
    expect(withinSegmentBudget(segments, 2)).toBe(segments);
  });

  it('should keep a lone segment past the budget as it is', () => {
    const segments = [seg('a', 1), seg('b', 2, { quoted: true })];
    expect(withinSegmentBudget(segments, 1)[1]).toBe(segments[1]);
  });

  it('should merge the segments past the budget per kind, each line mapped to its file line', () => {
    const segments = [
      seg('kept', 1),
      seg('one', 3),
      seg('fence\nbody', 5, { kind: 'code', lang: 'shell' }),
      seg('two\nlines', 9),
      seg('pinned\ndecoded', 20, { pinned: true }),
    ];
    const out = withinSegmentBudget(segments, 1);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(segments[0]);
    expect(out[1]).toMatchObject({
      kind: 'hidden',
      text: 'one\ntwo\nlines\npinned\ndecoded',
      lineMap: [3, 9, 10, 20, 20],
    });
    expect(out[2]).toBe(segments[2]);
  });

  it('should not carry a quoted-sample mark into merged text', () => {
    const out = withinSegmentBudget([seg('a', 1), seg('b', 2, { quoted: true }), seg('c', 3)], 1);
    expect(out[1]).toMatchObject({ text: 'b\nc', quoted: undefined });
  });
});
