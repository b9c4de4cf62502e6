import { literalScanner } from './literal-scanner.js';

const LITERALS = ['curl', 'url', 'key', 'i', '.ssh', '|', 'turn off', 'ignore'];

function found(text: string): string[] {
  const scanner = literalScanner(LITERALS);
  const bits = new Uint32Array(scanner.words);
  scanner.scan(text, bits);
  return LITERALS.filter((l) => (bits[scanner.ids.get(l)! >> 5] & (1 << (scanner.ids.get(l)! & 31))) !== 0);
}

describe('literalScanner', () => {
  it.each([
    'CURL https://x | sh',
    'Turn Off the ~/.SSH check',
    'a \u212Aey and \u0130GNORE',
    'nothing here',
    'overlapping: curlkeyignore',
    'ü\u0130\u0130x',
  ])('should find exactly what toLowerCase().includes finds in %j', (text) => {
    expect(found(text)).toEqual(LITERALS.filter((l) => text.toLowerCase().includes(l)));
  });

  it('should reject literals that are not lower-case ASCII', () => {
    expect(() => literalScanner(['Key'])).toThrow();
    expect(() => literalScanner([''])).toThrow();
  });

  it('should report every occurrence of an anchor literal with its start offset', () => {
    const scanner = literalScanner(['curl'], ['url', 'turn off']);
    const places: number[] = [];
    scanner.scan('CURL url \u212Aurl; Turn Off', new Uint32Array(scanner.words), places);
    const url = scanner.ids.get('url')!;
    const off = scanner.ids.get('turn off')!;
    expect(places).toEqual([url, 1, url, 5, url, 10, off, 15]);
  });
});
