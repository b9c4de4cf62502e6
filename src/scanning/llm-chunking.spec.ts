import { chunkFiles } from './llm-chunking.js';

describe('chunkFiles', () => {
  it('should keep small files together in one chunk with numbered lines', () => {
    const chunks = chunkFiles(
      [
        { path: 'SKILL.md', text: 'a\nb' },
        { path: 'x.sh', text: 'c' },
      ],
      1000,
    );
    expect(chunks).toEqual([
      [
        { path: 'SKILL.md', firstLine: 1, text: '1| a\n2| b' },
        { path: 'x.sh', firstLine: 1, text: '1| c' },
      ],
    ]);
  });

  it('should split a big file into parts that remember their first line', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n');
    const chunks = chunkFiles([{ path: 'big.md', text }], 300);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(300);
    const second = chunks[1][0];
    expect(second.text.startsWith(`${second.firstLine}| line ${second.firstLine}`)).toBe(true);
  });

  it('should cut an overlong line into pieces that keep its number', () => {
    const chunks = chunkFiles([{ path: 'min.js', text: `ok\n${'x'.repeat(1000)}` }], 300);
    const texts = chunks.flat().map((p) => p.text);
    expect(texts.join('\n').match(/^2\| /gm)?.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(300);
  });

  it('should return no chunks for no files', () => {
    expect(chunkFiles([], 1000)).toEqual([]);
  });
});
