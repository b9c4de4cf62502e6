import { requiredLiterals } from './required-literals.js';
import { gateTable } from './literal-gates.js';
import '../engine.js';

describe('requiredLiterals', () => {
  it.each([
    [/\bcurl\s+-s/, ['curl']],
    [/foo|ba[rz]qux/, ['foo', 'qux']],
    [/ab?cdef/, ['cdef']],
    [/ab+cd/, ['ab']],
    [/x(?:abc|de)+y/, ['abc', 'de']],
    [/\bToString\(\s*2\)/, ['tostring(']],
    [/(?<![\w.])eval\s*\(/, ['eval']],
    [/^[ \t]*type\s*=\s*(?:s3|gcs)\b/im, ['type']],
    [/a\.b\/c/, ['a.b/c']],
    [/(?=secret)\w+key/, ['key']],
    [/(["'])[A-Z]{4}\1xyz/, ['xyz']],
    [/a{2,}bcd/, ['bcd']],
  ])('%s needs one of %j', (re, literals) => {
    expect(requiredLiterals(re)).toEqual(literals);
  });

  it.each([
    /\d+|curl/, // a branch without a literal
    /(?:abc)?df?/, // everything optional but one character
    /skip/iu, // ſ folds to s under iu; the scanner does not report it
    /[abc]+/,
    /\u0041bc/,
    /ab\p{L}/u,
  ])('gives up on %s', (re) => {
    expect(requiredLiterals(re)).toBeNull();
  });

  it('finds a literal in every match of every gated regex on samples that match', () => {
    const samples = [
      'subprocess.Popen(cmd)',
      'socket.create_connection((h, p)); data = s.recv(1024)',
      'curl -fsSL https://x.example/i.sh | sh',
      'open("/etc/hosts", "a").write("1.2.3.4 pypi.org")',
      'PTY.spawn("/bin/sh")',
      'Command::new(&path).spawn()',
      'echo hi >> /etc/hosts',
    ];
    for (const [re, literals] of gateTable())
      for (const text of samples) {
        const copy = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        if (copy.test(text)) expect(literals.some((l) => text.toLowerCase().includes(l))).toBe(true);
      }
  });
});
