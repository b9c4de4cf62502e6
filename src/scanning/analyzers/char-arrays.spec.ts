import { charArraySegments } from './char-arrays.js';
import { fileSegments, textFiles } from './skill-segments.js';

const segmentsOf = (files: Record<string, string>) =>
  textFiles(Object.entries(files).map(([path, text]) => ({ path, content: Buffer.from(text) }))).flatMap(
    fileSegments,
  );
const decoded = (files: Record<string, string>) =>
  charArraySegments(segmentsOf(files), { bytes: 64 * 1024, blobs: 64 }).map((s) => s.text.split('\n')[0]);

describe('char-code arrays', () => {
  it('should read a table walked backwards with a shift (Lua)', () => {
    const lua = [
      'local H = { 105, 116, 113, 48, 103, 110, 114, 111, 99, 122, 103, 48, 102, 99, 113, 110, 123, 99, 114 }',
      'local function u(t) local s = {} for i = #t, 1, -1 do s[#s + 1] = string.char(t[i] - 2) end return table.concat(s) end',
    ].join('\n');
    expect(decoded({ 'lua/x/net.lua': lua })).toContain('payload.example.org');
  });

  it('should read a SQL array through the chr() shift of the function that decodes it', () => {
    const sql = [
      "CREATE FUNCTION pg_temp.lbl(int[]) RETURNS text LANGUAGE sql AS $$ SELECT string_agg(chr(c - 5), '') FROM unnest($1) c $$;",
      'SELECT pg_temp.lbl(ARRAY[105,110,108,37,48,120,109,116,119,121,37]);',
    ].join('\n');
    expect(decoded({ 'db/report.sql': sql })).toContain('dig +short ');
  });

  it('should XOR with the package name a build reads from CARGO_PKG_NAME', () => {
    const rs = [
      'const P: &[u8] = &[0x42, 0x06, 0x0b, 0x09, 0x03, 0x1b, 0x4a, 0x5c, 0x0a, 0x01, 0x0f, 0x0d, 0x0b, 0x05, 0x48, 0x0c, 0x16, 0x03, 0x19, 0x0a, 0x01, 0x0d];',
      'fn d(b: &[u8]) -> String {',
      '    let k = env!("CARGO_PKG_NAME").as_bytes();',
      '    b.iter().enumerate().map(|(i, c)| (c ^ k[i % k.len()]) as char).collect()',
      '}',
    ].join('\n');
    const files = { 'build.rs': rs, 'Cargo.toml': '[package]\nname = "ledger-sync"\nversion = "0.1.0"\n' };
    expect(decoded(files)).toContain('.config/solana/id.json');
  });

  it('should leave numeric tables alone when the code turns no code into a character', () => {
    expect(
      decoded({
        'lib/dims.lua': 'local D = { 112, 97, 121, 108, 111, 97, 100, 46, 111, 114, 103 }\nreturn D\n',
      }),
    ).toEqual([]);
  });

  it('should scan 1 MiB of numbers without a closing bracket in under a second', () => {
    const text = 'string.char(x - 1)\nlocal t = {' + '1, '.repeat((1024 * 1024) / 3);
    const start = performance.now();
    decoded({ 'big.lua': text });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('should scan 1 MiB of short arrays in under a second', () => {
    const text = 'string.char(x - 1)\n' + '{65,66,67,68,69,70,71,72} '.repeat((1024 * 1024) / 26);
    const start = performance.now();
    decoded({ 'big.lua': text });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
