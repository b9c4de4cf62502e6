import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { clean, lineIndexOf, lineStarts } from '../analyzers/segment-lines.js';
import { BIDI, TAG_CHARS, ZERO_WIDTH } from '../analyzers/unicode.analyzer.js';
import { gated, testFile } from '../analyzers/literal-gates.js';

const REMEDIATION = 'Remove invisible characters; text a reviewer cannot see must not carry instructions.';

/**
 * Any character of BIDI or ZERO_WIDTH, or the high surrogate of every tag character: a file without
 * one has nothing for these rules, and most files have none. One pass instead of one per rule.
 */
const MAYBE_INVISIBLE = gated(
  /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uDB40]/,
);
const invisibleFree = new WeakMap<CustomInput['files'][number], boolean>();

function isClean(file: CustomInput['files'][number]): boolean {
  let free = invisibleFree.get(file);
  if (free === undefined) invisibleFree.set(file, (free = !testFile(MAYBE_INVISIBLE, file)));
  return free;
}

function perFile(input: CustomInput, re: RegExp, min: number): RawHit[] {
  const out: RawHit[] = [];
  for (const f of input.files) {
    if (isClean(f)) continue;
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
