import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { clean, lineIndexOf, lineStarts } from '../analyzers/segment-lines.js';
import { BIDI, TAG_CHARS, ZERO_WIDTH } from '../analyzers/unicode.analyzer.js';

const REMEDIATION = 'Remove invisible characters; text a reviewer cannot see must not carry instructions.';

/** Every character these rules look for is outside ASCII; most files have none. */
const NON_ASCII = /[\u0080-\uffff]/;
const asciiOnly = new WeakMap<CustomInput['files'][number], boolean>();

function isAscii(file: CustomInput['files'][number]): boolean {
  let ascii = asciiOnly.get(file);
  if (ascii === undefined) asciiOnly.set(file, (ascii = !NON_ASCII.test(file.text)));
  return ascii;
}

function perFile(input: CustomInput, re: RegExp, min: number): RawHit[] {
  const out: RawHit[] = [];
  for (const f of input.files) {
    if (isAscii(f)) continue;
    re.lastIndex = 0;
    const all = f.text.match(re);
    if (!all || all.length < min) continue;
    re.lastIndex = 0;
    const first = re.exec(f.text);
    const at = first?.index ?? 0;
    const starts = lineStarts(f.text);
    const idx = lineIndexOf(starts, at);
    const line = f.text.slice(starts[idx], starts[idx + 1] ?? f.text.length);
    const visible = clean(line.replace(re, '⟨?⟩').replace(/[\u{E0000}-\u{E007F}]/gu, ''));
    out.push({
      file: f.path,
      line: idx + 1,
      evidence: `${all.length} hidden characters: ${visible}`.slice(0, 200),
    });
  }
  return out;
}

export const UNICODE_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-UNICODE-001',
    family: 'prompt-injection',
    severity: 'CRITICAL',
    message: 'Contains Unicode tag characters (invisible ASCII smuggling of instructions)',
    remediation: REMEDIATION,
    check: (input) => perFile(input, new RegExp(TAG_CHARS.source, 'gu'), 4),
  },
  {
    type: 'custom',
    id: 'SG-UNICODE-002',
    family: 'prompt-injection',
    severity: 'HIGH',
    message: 'Contains bidirectional control characters (text displays differently from what is read)',
    remediation: REMEDIATION,
    check: (input) => perFile(input, BIDI, 1),
  },
  {
    type: 'custom',
    id: 'SG-UNICODE-003',
    family: 'prompt-injection',
    severity: 'HIGH',
    message: 'Contains many zero-width characters (hidden text or watermarking)',
    remediation: REMEDIATION,
    check: (input) => perFile(input, ZERO_WIDTH, 8),
  },
];
