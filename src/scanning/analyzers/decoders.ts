import { gunzipSync, inflateSync } from 'node:zlib';

/** Per-character reads: see `charCodeAt` in literal-scanner.ts (a module's own constant is inlined). */
const charCodeAt = String.prototype.charCodeAt;

export interface DecodedBlob {
  text: string;
  /** Offset of the encoded blob in the source text. */
  offset: number;
  encoding: 'base64' | 'hex' | 'escapes' | 'char-codes' | 'zlib';
}

export interface DecodeBudget {
  bytes: number;
  blobs: number;
}

const MAX_BLOB = 64 * 1024;
/**
 * Quoted base64 pieces joined by `+`, `&`, `.` or nothing (implicit concatenation). The separator
 * is one optional character between runs of spaces, so a long run of spaces is walked once.
 */
const SPLIT_BLOB =
  /(["'])[A-Za-z0-9+/_-]{16,}={0,2}\1(?:\s*(?:[+&.]\s*)?(["'])[A-Za-z0-9+/_-]{8,}={0,2}\2){1,400}/g;
const PIECE = /(["'])([A-Za-z0-9+/_=-]+)\1/g;

function joinPieces(split: string): string {
  let joined = '';
  for (const m of split.matchAll(PIECE)) joined += m[2];
  return joined;
}
const MIN_TEXT = 8;
const ESCAPES = /(?:\\x[0-9a-fA-F]{2}){6,}/g;
/** Octal byte escapes (`$'\\163\\165…'` in bash, `"\\163…"` in Perl, Python, C): one byte each. */
const OCTAL_ESCAPES = /(?:\\[0-3][0-7]{2}){6,}/g;
/** JS `String.fromCharCode(99, …)`, Dart `String.fromCharCodes([99, …])` (a list, maybe `<int>[…]`), `chr(99) + …`. */
const CHAR_CODES =
  /fromCharCodes?\(\s*(?:(?:<int>\s*)?\[\s*)?((?:\d{1,6}\s*,\s*){5,}\d{1,6})(?:\s{0,80},)?\s{0,80}\]?\s{0,80}\)|\bchr\(\d{1,6}\)(?:\s*\+\s*chr\(\d{1,6}\)){5,}/g;
/**
 * A CMake list of character codes (`set(T 99 117 114 108 …)`, or `"99;117;…"`) in a file that turns codes
 * into characters with `string(ASCII …)`: the list is the text.
 */
const CMAKE_CODES = /\bset\s*\(\s*[\w${}.-]{1,80}\s+"?((?:\d{1,3}[\s;]{1,8}){7,4096}\d{1,3})"?\s*\)/gi;
const CMAKE_ASCII = /\bstring\s*\(\s*ASCII\b/i;

/** Encoded payloads inside `text` that decode to readable text (bounded by the budget). */
export function decodeBlobs(text: string, budget: DecodeBudget): DecodedBlob[] {
  const out: DecodedBlob[] = [];
  const inflater = boundedInflater();
  const fromBase64 = (s: string) => base64Text(s, inflater);
  const runs = alphabetRuns(text);
  const inflatable = longestCompressedRuns(text, runs);
  const unchecked = (s: string) => base64Text(s, () => null);
  for (const [start, end] of runs) {
    if (budget.blobs <= 0 || budget.bytes <= 0) break;
    const stop = Math.min(end, start + MAX_BLOB);
    const kind = blobKind(text, start, stop);
    if (!kind) continue;
    const blob = text.slice(start, stop);
    const decoded =
      kind === 'hex'
        ? blob.length >= 24 && blob.length % 2 === 0
          ? readable(Buffer.from(blob, 'hex'), 'hex')
          : null
        : inflatable.has(start)
          ? fromBase64(blob)
          : unchecked(blob);
    if (!decoded) continue;
    budget.blobs--;
    budget.bytes -= decoded.text.length;
    out.push({ ...decoded, offset: start });
  }
  // A blob cut into quoted pieces to keep lines short ("JAB1…" +\n "AGcA…") only decodes whole.
  if (runs.length >= 2) collect(text, SPLIT_BLOB, budget, out, (s) => fromBase64(joinPieces(s)));
  // Own bound (at most MAX_HEADS × MAX_PIECES tries): decoys that used up the first one do not hide a split blob.
  if (runs.length >= 2) joinCompressedPieces(text, runs, budget, out, boundedInflater());
  if (text.includes('\\x'))
    collect(text, ESCAPES, budget, out, (s) =>
      readable(Buffer.from(s.replace(/\\x/g, ''), 'hex'), 'escapes'),
    );
  if (text.includes('\\')) collect(text, OCTAL_ESCAPES, budget, out, (s) => fromOctalEscapes(s));
  if (text.includes('fromCharCode') || text.includes('chr('))
    collect(text, CHAR_CODES, budget, out, (s) => fromCharCodes(s));
  if ((text.includes('SCII') || text.includes('scii')) && CMAKE_ASCII.test(text))
    collect(text, CMAKE_CODES, budget, out, (s) =>
      fromCharCodes(s.replace(/^set\s*\(\s*[\w${}.-]{1,80}/i, '')),
    );
  return out;
}

const MIN_RUN = 20;
const ALPHABET = new Uint8Array(65536);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_')
  ALPHABET[ch.charCodeAt(0)] = 1;

/**
 * Runs of base64/hex alphabet characters at least 20 long, with up to two `=` of padding. Linear
 * and without regex backtracking: any such run covers a multiple of 20 (minus one), so only those
 * positions are probed and a run is walked out from a probe that lands in one.
 */
function alphabetRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const n = text.length;
  for (let probe = MIN_RUN - 1; probe < n; probe += MIN_RUN) {
    if (ALPHABET[charCodeAt.call(text, probe)] === 0) continue;
    let start = probe;
    while (start > 0 && ALPHABET[charCodeAt.call(text, start - 1)] === 1) start--;
    // Most runs are words: too short if the character that would be their 20th is not in the alphabet.
    if (ALPHABET[charCodeAt.call(text, start + MIN_RUN - 1)] !== 1) continue;
    let i = probe + 1;
    while (i < n && ALPHABET[charCodeAt.call(text, i)] === 1) i++;
    if (i - start >= MIN_RUN) {
      let end = i;
      while (end < n && end - i < 2 && charCodeAt.call(text, end) === 61) end++;
      runs.push([start, end]);
    }
    probe = i - ((i - (MIN_RUN - 1)) % MIN_RUN);
  }
  return runs;
}

/** Base64 of a gzip (`1f 8b`) or zlib (`78 01/5e/9c/da`) stream: what a compressed blob starts with. */
const COMPRESSED_HEAD = /^(?:H4sI|eA|eF|eJ|eN)/;
/** Compressed heads tried, pieces joined to one, and characters between two pieces. */
const MAX_HEADS = 8;
const MAX_PIECES = 16;
const MAX_GAP = 160;

/**
 * A compressed blob cut into pieces that sit in separate variables or table entries
 * (`$t = @{ a = 'H4sI…'; b = '…' }` joined later by `$t.a + $t.b`): a head that does not inflate
 * alone is joined with the runs that follow it closely until the stream inflates.
 */
function joinCompressedPieces(
  text: string,
  runs: [number, number][],
  budget: DecodeBudget,
  out: DecodedBlob[],
  inflate: Inflater,
): void {
  let heads = 0;
  for (let r = 0; r < runs.length - 1 && heads < MAX_HEADS; r++) {
    if (budget.blobs <= 0 || budget.bytes <= 0) return;
    const [start, end] = runs[r];
    if (!COMPRESSED_HEAD.test(text.slice(start, start + 4)) || out.some((b) => b.offset === start)) continue;
    heads++;
    let joined = text.slice(start, end);
    let last = end;
    for (let k = r + 1; k < runs.length && k <= r + MAX_PIECES; k++) {
      const [s2, e2] = runs[k];
      if (s2 - last > MAX_GAP || joined.length + (e2 - s2) > MAX_BLOB) break;
      joined += text.slice(s2, e2);
      last = e2;
      if (!looksBase64(joined)) break;
      const inflated = inflate(Buffer.from(joined.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
      if (!inflated) continue;
      const decoded = readable(inflated, 'zlib');
      if (decoded) {
        budget.blobs--;
        budget.bytes -= decoded.text.length;
        out.push({ ...decoded, offset: start });
      }
      r = k;
      break;
    }
  }
}

function collect(
  text: string,
  re: RegExp,
  budget: DecodeBudget,
  out: DecodedBlob[],
  decode: (s: string) => Omit<DecodedBlob, 'offset'> | null,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (budget.blobs <= 0 || budget.bytes <= 0) return;
    const blob = m[0].length > MAX_BLOB ? m[0].slice(0, MAX_BLOB) : m[0];
    const decoded = decode(blob);
    if (!decoded) continue;
    budget.blobs--;
    budget.bytes -= decoded.text.length;
    out.push({ ...decoded, offset: m.index });
  }
}

/**
 * Hex digits only, or what `looksBase64` accepts, for `text[start, end)`; null for neither (most
 * runs: words, paths), found in one pass without slicing the run out.
 */
function blobKind(text: string, start: number, end: number): 'hex' | 'base64' | null {
  let upper = false;
  let lower = false;
  let digit = false;
  let hex = true;
  let plusSlash = false;
  let dashUnderscore = false;
  for (let k = start; k < end; k++) {
    const c = charCodeAt.call(text, k);
    if (c >= 48 && c <= 57) digit = true;
    else if (c >= 65 && c <= 90) {
      upper = true;
      hex &&= c <= 70;
    } else if (c >= 97 && c <= 122) {
      lower = true;
      hex &&= c <= 102;
    } else {
      hex = false;
      plusSlash ||= c === 43 || c === 47;
      dashUnderscore ||= c === 45 || c === 95;
    }
  }
  if (hex) return 'hex';
  return upper && lower && digit && !(plusSlash && dashUnderscore) ? 'base64' : null;
}

/** Real base64 of text mixes cases and digits and uses one alphabet; paths and identifiers don't. */
function looksBase64(s: string): boolean {
  if (!/[A-Z]/.test(s) || !/[a-z]/.test(s) || !/[0-9]/.test(s)) return false;
  return !(/[+/]/.test(s) && /[-_]/.test(s));
}

function base64Text(s: string, inflate: Inflater): Omit<DecodedBlob, 'offset'> | null {
  if (!looksBase64(s)) return null;
  const bytes = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const inflated = inflate(bytes);
  if (inflated) return readable(inflated, 'zlib');
  return readable(bytes, 'base64');
}

type Inflater = (bytes: Buffer) => Buffer | null;

/**
 * The runs worth an inflate: those that start like a compressed stream, longest first, at most
 * MAX_FAILED_INFLATES of them. A payload is not hidden by short decoys placed before it; to push it
 * out, each decoy would have to be as long as the payload.
 */
function longestCompressedRuns(text: string, runs: [number, number][]): Set<number> {
  const heads = runs.filter(([start]) => COMPRESSED_HEAD.test(text.slice(start, start + 4)));
  if (heads.length > MAX_FAILED_INFLATES) heads.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  return new Set(heads.slice(0, MAX_FAILED_INFLATES).map(([start]) => start));
}

/**
 * A failed inflate costs ~0.1 ms (zlib throws, and the error captures a stack), so a text of thousands
 * of short runs that merely start like a compressed stream (`'eJx…'`) took seconds per MiB. Failures
 * are capped per text; successes stay bounded by the decode budget.
 */
const MAX_FAILED_INFLATES = 256;

function boundedInflater(): Inflater {
  let failures = 0;
  return (bytes) => {
    const zlibHeader = bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1]);
    const gzipHeader = bytes[0] === 0x1f && bytes[1] === 0x8b;
    if ((!zlibHeader && !gzipHeader) || failures >= MAX_FAILED_INFLATES) return null;
    try {
      const opts = { maxOutputLength: MAX_BLOB };
      return gzipHeader ? gunzipSync(bytes, opts) : inflateSync(bytes, opts);
    } catch {
      failures++;
      return null;
    }
  };
}

function fromOctalEscapes(s: string): Omit<DecodedBlob, 'offset'> | null {
  const codes = s.match(/[0-7]{3}/g) ?? [];
  return readable(Buffer.from(codes.map((c) => parseInt(c, 8))), 'escapes');
}

function fromCharCodes(s: string): Omit<DecodedBlob, 'offset'> | null {
  const codes = s.match(/\d{1,6}/g) ?? [];
  const text = String.fromCharCode(...codes.slice(0, 4096).map((c) => Number(c) & 0xffff));
  return isReadable(text) ? { text, encoding: 'char-codes' } : null;
}

function readable(bytes: Buffer, encoding: DecodedBlob['encoding']): Omit<DecodedBlob, 'offset'> | null {
  if (bytes.length < MIN_TEXT) return null;
  // PowerShell's -EncodedCommand is UTF-16LE: every second byte of ASCII text is zero.
  const text = bytes.toString(isUtf16Le(bytes) ? 'utf16le' : 'latin1');
  return isReadable(text) ? { text, encoding } : null;
}

function isUtf16Le(bytes: Buffer): boolean {
  if (bytes.length < 2 * MIN_TEXT) return false;
  let zeros = 0;
  for (let k = 1; k < bytes.length; k += 2) if (bytes[k] === 0) zeros++;
  return zeros >= 0.9 * (bytes.length >> 1);
}

/** Mostly printable ASCII with at least one separator: real text, not random bytes. */
export function isReadable(text: string): boolean {
  if (text.length < MIN_TEXT) return false;
  let printable = 0;
  let separators = 0;
  for (let k = 0; k < text.length; k++) {
    const c = charCodeAt.call(text, k);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) printable++;
    if (c === 0x20 || c === 0x2f || c === 0x2e || c === 0x3a) separators++;
  }
  return printable / text.length >= 0.95 && separators > 0;
}
