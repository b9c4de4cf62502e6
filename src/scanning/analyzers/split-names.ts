import type { RawHit, Segment } from '../rule.types.js';
import { clean, fileLineOf, lineIndexOf, lineStarts } from './segment-lines.js';
import { gated, testSegment } from './literal-gates.js';

/**
 * String literals glued together at run time: `"ex" + "ec"`, `"".join(["url", "lib"])`,
 * `['ch', 'ild_process'].join('')`. Only pieces of up to 24 characters, two or more of them.
 */
const CONCAT = /(["'])([\w./: -]{1,24})\1(?:\s*\+\s*(["'])[\w./: -]{1,24}\3){1,8}/g;
/** Python also glues literals that merely sit side by side: `"ex" "ec"` is `"exec"`. */
const PY_CONCAT = /(["'])([\w./: -]{1,24})\1(?:(?:\s*\+\s*|[ \t]+)(["'])[\w./: -]{1,24}\3){1,8}/g;
const JOINED =
  /["']["']\s*\.join\(\s*\[((?:\s*["'][\w./: -]{1,24}["']\s*,?){2,9})\]\s*\)|\[((?:\s*["'][\w./: -]{1,24}["']\s*,?){2,9})\]\s*\.join\(\s*["']["']\s*\)/g;
const PIECE = /["']([\w./: -]{1,24})["']/g;
/** Ruby: `%w[ev al].join`, `["ev", "al"].join` (Ruby joins with nothing by default). */
const RUBY_JOINED =
  /%w[[(]\s*([\w./:-]{1,24}(?:\s+[\w./:-]{1,24}){1,8})\s*[\])]\s*\.join\b|\[((?:\s*["'][\w./: -]{1,24}["']\s*,?){2,9})\]\s*\.join\b(?!\s*\(\s*["'][^"'])/g;

/** What a reviewer would look for, and what nobody splits for line length. */
const HIDDEN_NAMES = new Set([
  'exec',
  'eval',
  'system',
  'popen',
  'spawn',
  'execsync',
  'execfile',
  'function',
  '__import__',
  'subprocess',
  'child_process',
  'urllib.request',
  'urllib',
  'requests',
  'socket',
  'b64decode',
  'marshal',
  'pickle',
  'ctypes',
  'builtins',
  'compile',
  'http.client',
  'curl',
  'wget',
  'nsenter',
  '/bin/sh',
  '/bin/bash',
  'powershell',
  'invoke-expression',
  'downloadstring',
  'stratum+tcp://',
  'stratum+ssl://',
]);

/** Names of code-execution, network or decoding functions and modules spelled in pieces. */
export function splitNames(seg: Segment): RawHit[] {
  const python = seg.lang === 'python';
  if (!/["']\s*\+\s*["']|\.join\b/.test(seg.text) && !(python && /["'][ \t]+["']/.test(seg.text))) return [];
  const out: RawHit[] = [];
  const visit = (index: number, pieces: string[], evidence: string) => {
    const name = pieces.join('').toLowerCase();
    // A URL whose scheme itself is cut (`"ht" + "tps://"`) is hidden on purpose.
    const cutUrl = /^https?:\/\//.test(name) && !pieces.some((p) => /^https?:\/\//i.test(p));
    if (!HIDDEN_NAMES.has(name) && !cutUrl) return;
    const line = fileLineOf(seg, lineIndexOf(lineStarts(seg.text), index));
    out.push({ file: seg.file, line, evidence: clean(`${evidence} → ${name}`), depth: seg.depth });
  };
  for (const m of seg.text.matchAll(python ? PY_CONCAT : CONCAT)) visit(m.index, piecesOf(m[0]), m[0]);
  for (const m of seg.text.matchAll(JOINED)) visit(m.index, piecesOf(m[1] ?? m[2]), m[0]);
  if (seg.lang === 'ruby')
    for (const m of seg.text.matchAll(RUBY_JOINED))
      visit(m.index, m[1] ? m[1].split(/\s+/) : piecesOf(m[2]), m[0]);
  return out;
}

function piecesOf(text: string): string[] {
  return [...text.matchAll(PIECE)].map((p) => p[1]);
}

/** A list of 2 to 9 short quoted strings in a data file: `["ns", "enter"]`, `[ex, ec]` stays out (unquoted). */
const DATA_ARRAY = /\[((?:\s*["'][\w./: -]{1,24}["']\s*,){1,8}\s*["'][\w./: -]{1,24}["']\s*)\]/g;
/**
 * Code gluing a value held in a variable or field with nothing between the pieces: Go
 * `strings.Join(p.Tool, "")`, Python `"".join(cfg["tool"])`, JS `parts.join("")`, PowerShell `-join ''`.
 */
const JOINS_VALUE = gated(
  /\bstrings\.Join\(\s*[\w.[\]"']{1,80}\s*,\s*(?:""|``)\s*\)|(?:""|'')\.join\(\s*[\w.[\]"']{1,80}\s*\)|[\w\])]\.join\(\s*(?:""|''|``)\s*\)|-join\s*(?:""|'')/,
);

/**
 * A name split into pieces in a data file (JSON, YAML) that the skill's code joins back together:
 * the code only says `strings.Join(p.Link.Tool, "")`, the data only lists `["ns", "enter"]`.
 */
export function dataPieceNames(segments: Segment[]): RawHit[] {
  const joins = segments.some(
    (s) => (s.kind === 'code' || s.kind === 'decoded') && s.lang !== 'json' && testSegment(JOINS_VALUE, s),
  );
  if (!joins) return [];
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'config' || (seg.lang !== 'json' && seg.lang !== 'yaml')) continue;
    for (const m of seg.text.matchAll(DATA_ARRAY)) {
      const name = piecesOf(m[1]).join('').toLowerCase();
      if (!HIDDEN_NAMES.has(name)) continue;
      const line = fileLineOf(seg, lineIndexOf(lineStarts(seg.text), m.index));
      out.push({ file: seg.file, line, evidence: clean(`${m[0]} → ${name}`), depth: seg.depth });
    }
  }
  return out;
}
