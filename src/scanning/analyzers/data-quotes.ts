import type { Segment } from '../rule.types.js';
import { lineStarts } from './segment-lines.js';

/**
 * Data files whose double quotes are syntax: a CSV/TSV cell, a JSON string, a quoted YAML scalar.
 * A rule asking "is this phrase cited in quotation marks?" must not take the quotes that delimit a
 * cell for a citation: an instruction written into a cell (`"notes": "do not mention this upload"`)
 * is addressed to whoever reads the cell, as much as the same sentence in prose.
 */
const CSV_FILE = /\.(?:csv|tsv)$/i;
/** JSON data, and Jupyter notebooks: JSON whose markdown cells are strings, each line opening with a syntax quote. */
const JSON_FILE = /\.(?:json|jsonl|ndjson|ipynb)$/i;
const YAML_FILE = /\.ya?ml$/i;
/** Record files whose text fields are quoted strings: CAN DBC, gettext catalogues, Apple .strings. */
const STRING_FIELD_FILE = /\.(?:dbc|po|pot|strings)$/i;

type DataKind = 'csv' | 'json' | 'yaml' | 'fields';

function dataKind(path: string): DataKind | null {
  if (CSV_FILE.test(path)) return 'csv';
  if (JSON_FILE.test(path)) return 'json';
  if (YAML_FILE.test(path)) return 'yaml';
  if (STRING_FIELD_FILE.test(path)) return 'fields';
  return null;
}

const QUOTE = 34; // "
const APOS = 39; // '
const BACKSLASH = 92;

/**
 * Keys and columns holding test inputs (a prompt-injection eval's probes, a chat dataset's turns):
 * their text is a sample shown to a model, so quotes around it still mark it as cited.
 */
const SAMPLE_KEY =
  /^(?:prompts?|payloads?|attacks?|probes?|injections?|jailbreaks?|examples?|samples?|inputs?|test_?inputs?|user_?inputs?|utterances?|documents?|adversarial\w*|messages?|quer(?:y|ies)|questions?|completions?|responses?|outputs?|expected\w*|text|content|transcripts?)$/i;
/** The longest key looked at ahead of a value. */
const MAX_KEY = 40;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/** The string opening at `at` is the value of a sample key (`"prompt": "…"`, `prompt: "…"`). */
function sampleValue(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) !== 58) return false;
  i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) === QUOTE || text.charCodeAt(i) === APOS) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= MAX_KEY && isKeyChar(text.charCodeAt(i))) i--;
  return end - i > 1 && end - i <= MAX_KEY && SAMPLE_KEY.test(text.slice(i + 1, end));
}

/** A CSV whose header names a test-input column: its cells are samples, quoted as before. */
function sampleTable(text: string): boolean {
  const header = text.slice(0, text.indexOf('\n') >>> 0).slice(0, 2000);
  return header.split(/[,;\t]/).some((h) => SAMPLE_KEY.test(h.trim().replace(/^"|"$/g, '')));
}

const SPACE = 32;

/** CSV: a quote opening a field is syntax, `""` inside a quoted field is one quotation mark. */
function csvView(text: string, out: Uint16Array): void {
  let inField = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inField) {
      if (c !== QUOTE) continue;
      out[i] = SPACE;
      if (text.charCodeAt(i + 1) === QUOTE) i++;
      else inField = fieldStart = false;
      continue;
    }
    if (c === QUOTE && fieldStart) {
      out[i] = SPACE;
      inField = true;
      continue;
    }
    // Spaces may precede a quoted field; any other character makes the field unquoted.
    if (c === 44 || c === 59 || c === 9 || c === 10 || c === 13) fieldStart = true;
    else if (c !== SPACE) fieldStart = false;
  }
}

/** JSON: every bare quote delimits a string; `\"` inside one is a quotation mark. */
function jsonView(text: string, out: Uint16Array): void {
  let inString = false;
  let keep = false; // a test input's string: its quotes stay
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString && c === BACKSLASH) {
      if (!keep && text.charCodeAt(i + 1) === QUOTE) out[i] = SPACE;
      i++;
      continue;
    }
    if (c === QUOTE) {
      if (!inString) keep = sampleValue(text, i);
      if (!keep) out[i] = SPACE;
      inString = !inString;
    }
    // A string never spans lines: a stray quote does not shift the rest of the file.
    if (c === 10) inString = false;
  }
}

/**
 * DBC comments (`CM_ SG_ 1521 Volts "…";`), gettext `msgstr "…"`, `.strings` entries: every bare quote
 * delimits a field and `\"` inside one is a quotation mark. A DBC comment may run over several lines.
 */
function fieldsView(text: string, out: Uint16Array): void {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString && c === BACKSLASH) {
      if (text.charCodeAt(i + 1) === QUOTE) out[i] = SPACE;
      i++;
      continue;
    }
    if (c === QUOTE) {
      out[i] = SPACE;
      inString = !inString;
    }
  }
}

/** Characters a quoted YAML scalar may follow: newline, `:`, `-`, `[`, `{`, `,`, `?`. */
const SCALAR_OPENERS = [10, 58, 45, 91, 123, 44, 63];

/** YAML: a quote that opens a scalar (after `:`, `-`, `[`, `{`, `,`, `?` or at a line's start). */
function yamlView(text: string, out: Uint16Array): void {
  let open = 0; // the quote of the scalar we are in, 0 outside one
  let keep = false; // the scalar is a test input's: its quotes stay
  let prev = 10; // last non-space character (a line start counts as a newline)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open === QUOTE) {
      if (c === BACKSLASH) {
        if (!keep && text.charCodeAt(i + 1) === QUOTE) out[i] = SPACE;
        i++;
      } else if (c === QUOTE) {
        if (!keep) out[i] = SPACE;
        open = 0;
        prev = c;
      }
      continue;
    }
    if (open === APOS) {
      if (c !== APOS) continue;
      if (text.charCodeAt(i + 1) === APOS) {
        i++;
        continue;
      }
      if (!keep) out[i] = SPACE;
      open = 0;
      prev = c;
      continue;
    }
    if ((c === QUOTE || c === APOS) && SCALAR_OPENERS.includes(prev)) {
      keep = sampleValue(text, i);
      if (!keep) out[i] = SPACE;
      open = c;
      continue;
    }
    if (c !== SPACE && c !== 9 && c !== 13) prev = c;
  }
}

const VIEWS: Record<DataKind, (text: string, out: Uint16Array) => void> = {
  csv: csvView,
  json: jsonView,
  yaml: yamlView,
  fields: fieldsView,
};

/** The text with the data file's syntax quotes blanked (same length, same lines). */
function viewOf(kind: DataKind, text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  VIEWS[kind](text, out);
  return new TextDecoder('utf-16le').decode(out);
}

const cache = new WeakMap<Segment, { starts: readonly number[]; text: string } | null>();

/**
 * Line `index` of a data file's segment with the quotes that delimit cells and strings blanked and
 * escaped quotation marks (`""`, `\"`) kept as one `"`: same length, same lines. Null for other text.
 */
export function citationLine(segment: Segment, index: number): string | null {
  let view = cache.get(segment);
  if (view === undefined) {
    const kind = segment.depth === 0 && segment.line === 1 ? dataKind(segment.file) : null;
    const text = kind && !(kind === 'csv' && sampleTable(segment.text)) ? viewOf(kind, segment.text) : null;
    view = text === null ? null : { text, starts: lineStarts(text) };
    cache.set(segment, view);
  }
  if (view === null) return null;
  const start = view.starts[index];
  if (start === undefined) return null;
  const end = view.text.indexOf('\n', start);
  return view.text.slice(start, end === -1 ? undefined : end);
}
