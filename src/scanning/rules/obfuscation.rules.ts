import type { AnyRule, RawHit, Segment } from '../rule.types.js';
import { dataPieceNames, splitNames } from '../analyzers/split-names.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import { gated, testSegment } from '../analyzers/literal-gates.js';
import { patternRuleMaker } from './pattern-rule.js';
import { phpDecodedEval } from '../analyzers/php-flow.js';
import { dartDecodedShell } from '../analyzers/dart-flow.js';
import { fileLineOf } from '../analyzers/segment-lines.js';

const REMEDIATION = 'Ship readable code; encoded or dynamically assembled code cannot be reviewed.';

const ob = patternRuleMaker('obfuscation', REMEDIATION, 'code');

const DECODE_CALL =
  '(?:base64\\.(?:b64|b32|b16|a85|b85|urlsafe_b64)decode|b64decode|codecs\\.decode|zlib\\.decompress|gzip\\.decompress|lzma\\.decompress|bz2\\.decompress|marshal\\.loads|bytes\\.fromhex|binascii\\.(?:unhexlify|a2b_base64)|atob|Buffer\\.from\\([^)]{0,2000}?["\'](?:base64|hex)["\']\\)|decodeURIComponent|unescape)';

/**
 * A decode call's argument elided: an ellipsis, quoted or bare (`"..."`, `...`, `…`), or a placeholder in
 * angle brackets (`<blob>`), after up to three more nested calls. Read from where the match ends.
 */
const ELIDED_ARGUMENT =
  /^(?:[ \t]{0,4}\([ \t]{0,4}[\w.]{1,60}){0,3}[ \t]{0,4}\([ \t]{0,4}(?:[rbuRB]{0,2}(["'`])(?:\.{3}|…)\1|\.{3}|…|<[\w .-]{1,40}>)[ \t]{0,4}[,)]/;
/** `Buffer.from(..., 'base64')`: the elided argument sits inside the matched call. */
const ELIDED_BUFFER = /\bBuffer\.from\([ \t]{0,4}(?:(["'`])(?:\.{3}|…)\1|\.{3}|…|<[\w .-]{1,40}>)[ \t]{0,4},/;

/** The last line asked about and its answer, per matched text: matches on one line share it. */
let elidedLine = { line: '', match: '', elided: false };

/** Whether every occurrence of a decode-and-run match on its line decodes an elided payload. */
function elidedPayload(match: string, line: string): boolean {
  if (ELIDED_BUFFER.test(match)) return true;
  if (elidedLine.line === line && elidedLine.match === match) return elidedLine.elided;
  const elided = everyOccurrenceElided(match, line);
  elidedLine = { line, match, elided };
  return elided;
}

function everyOccurrenceElided(match: string, line: string): boolean {
  let seen = false;
  for (let at = line.indexOf(match); at !== -1; at = line.indexOf(match, at + 1)) {
    seen = true;
    const after = line.slice(at + match.length, at + match.length + 400);
    if (!ELIDED_ARGUMENT.test(after)) return false;
  }
  return seen;
}

/**
 * A decode or decompress call: the standard modules by name or under an alias (`import base64 as _b`,
 * `_z.decompress(`), `atob`, `Buffer.from(…, "base64")`.
 */
const DECODE_IN_LINE =
  '(?:\\b(?:base64\\.\\w{0,16}decode|b64decode|codecs\\.decode|(?:zlib|gzip|lzma|bz2)\\.decompress|marshal\\.loads|bytes\\.fromhex|binascii\\.(?:unhexlify|a2b_base64)|atob)\\s*\\(|(?<![\\w.])[A-Za-z_]\\w{0,30}\\.(?:(?:b64|b32|b16|a85|b85|urlsafe_b64)decode|decompress|unhexlify|a2b_base64)\\s*\\(|\\bBuffer\\.from\\([^)\\n]{0,200}?["\'](?:base64|hex)["\'])';

/** `name = <decode call>…`: a variable holding decoded or decompressed bytes. */
const DECODED_ASSIGNMENT = new RegExp(
  `^[ \\t]*(?:(?:const|let|var)[ \\t]+)?([A-Za-z_$][\\w$]{0,40})[ \\t]*=[ \\t]*[^\\n=]{0,120}?${DECODE_IN_LINE}`,
  'gm',
);
/** `return <decode call>…`: the function it closes hands decoded bytes to its caller. */
const DECODED_RETURN = new RegExp(`^[ \\t]+return[ \\t][^\\n=]{0,120}?${DECODE_IN_LINE}`, 'gm');
/** The function a line belongs to: the nearest `def name(` or `function name(` above it. */
const FUNCTION_HEAD = /^[ \t]*(?:async[ \t]+)?(?:def|function)[ \t]+([A-Za-z_$][\w$]{0,40})[ \t]*\(/gm;

/** Names the code assigns a decoded value to (at most a few: the sink regex is built from them). */
function decodedNames(text: string): string[] {
  const names = new Set<string>();
  DECODED_ASSIGNMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DECODED_ASSIGNMENT.exec(text)) !== null && names.size < 20) names.add(m[1]);
  return [...names];
}

/** Functions that return a decoded value (`def _lut(): … return zlib.decompress(…)`): their calls are decoded data. */
function decodingFunctions(text: string): string[] {
  const heads: { at: number; name: string }[] = [];
  FUNCTION_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FUNCTION_HEAD.exec(text)) !== null && heads.length < 2000)
    heads.push({ at: m.index, name: m[1] });
  const names = new Set<string>();
  DECODED_RETURN.lastIndex = 0;
  let h = 0;
  while ((m = DECODED_RETURN.exec(text)) !== null && names.size < 20) {
    while (h + 1 < heads.length && heads[h + 1].at < m.index) h++;
    if (heads[h] && heads[h].at < m.index) names.add(heads[h].name);
  }
  return [...names];
}

const escapeName = (name: string) => name.replace(/\$/g, '\\$');

/**
 * Decoding into a variable on one line and running that variable on another (`raw =
 * zlib.decompress(b64decode(BLOB[::-1]))` … `exec(compile(raw, …))`): SG-OBFUSC-001 split in two. The
 * decoded value may come from a function that returns it (`exec(compile(_lut(), …))`), and the runner
 * may be compile() in exec mode (its code object run however) or a builtin fetched by a computed name
 * (`getattr(builtins, "".join(("ex", "ec")))(code)`). `re.exec(text)` is a regex search, not a run: a
 * member call does not count.
 */
function decodedThenRun(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || (seg.lang !== 'python' && seg.lang !== 'js')) continue;
    if (!/\b(?:exec|eval|Function|compile)\s*\(|\bgetattr\s*\(\s*(?:__builtins__|builtins)\b/.test(seg.text))
      continue;
    const names = decodedNames(seg.text).map(escapeName);
    const calls = decodingFunctions(seg.text).map((n) => `${escapeName(n)}[ \\t]*\\([^()\\n]{0,80}\\)`);
    if (names.length === 0 && calls.length === 0) continue;
    const value = `(?:${[...names.map((n) => `${n}(?![\\w$(])`), ...calls].join('|')})`;
    const sink = new RegExp(
      [
        `(?<![.\\w$])(?:exec|eval|(?:new\\s+)?Function)\\s*\\((?:\\s*["'\`][\\w$]{1,40}["'\`]\\s*,){0,8}\\s*(?:compile\\s*\\(\\s*)?${value}`,
        `(?<![.\\w$])compile\\s*\\(\\s*${value}[^\\n]{0,200}?["']exec["']`,
        `\\bgetattr\\s*\\(\\s*(?:__builtins__|builtins)\\s*,(?!\\s*["'][\\w]{1,40}["']\\s*\\))[^\\n]{0,120}?\\)\\s*\\(\\s*(?:compile\\s*\\(\\s*)?${value}`,
      ].join('|'),
      'g',
    );
    out.push(...sinkWithSources([seg], [seg.lang], [], sink));
  }
  return out;
}

/** A tab or an invisible character, as a string literal or a character code. */
const INVISIBLE_CHAR = String.raw`(?:["'](?:\\t|\\x09|\\u0009|\\u200[bcd]|\\u2060|\\ufeff)["']|chr\(\s*9\s*\))`;
const BIT = `["']?[01]["']?`;
/**
 * A tab (or zero-width character) turned into a binary digit: a ternary, a replace, a translation
 * table or a map. Tabs against spaces, or invisible characters, are how text carries bits nobody sees.
 */
const INVISIBLE_TO_BIT = gated(
  new RegExp(
    [
      `${BIT}\\s+if\\s+[\\w.[\\]]{1,40}\\s*(?:==|!=|\\bis\\b|\\bin\\b)\\s*${INVISIBLE_CHAR}\\s+else\\s+${BIT}`,
      // Only from the start of a name: a long run of word characters is not tried at each of its offsets.
      `(?<![\\w.[\\]])[\\w.[\\]]{1,40}\\s*[!=]==?\\s*${INVISIBLE_CHAR}\\s*\\?\\s*${BIT}\\s*:\\s*${BIT}`,
      `\\.replace(?:All)?\\s*\\(\\s*(?:${INVISIBLE_CHAR}|\\/\\\\t\\/g?)\\s*,\\s*${BIT}\\s*\\)`,
      String.raw`\bmaketrans\s*\(\s*["'](?: \\t|\\t )["']\s*,\s*["'](?:01|10)["']`,
      String.raw`\btr\s+["'](?: \\t|\\t )["']\s+["']?(?:01|10)\b`,
      `${INVISIBLE_CHAR}\\s*:\\s*${BIT}\\s*,`,
    ].join('|'),
    'g',
  ),
);
/** Reading a string of binary digits back into numbers or bytes. */
const BITS_TO_BYTES = gated(
  /\bint\s*\([^()\n]{0,80},\s*(?:base\s*=\s*)?2\s*\)|\bparseInt\s*\([^()\n]{0,80},\s*2\s*\)|\.to_bytes\s*\(|\bstrconv\.Parse(?:Int|Uint)\s*\([^()\n]{0,80},\s*2\s*,|\.to_i\s*\(\s*2\s*\)|\$\(\(\s*2#|\bpack\s*\(\s*["']B\*/,
);

/**
 * Perl: a variable assigned bytes decoded from hex (`pack('H*', $buf)`), XOR-ed character by character
 * (`chr(ord($_) ^ $mask)`), base64 or uuencoding, then run as a string eval (`eval $bytes`). Hex rows
 * kept in a data file and unmasked at run time are code nobody can read; `eval { … }` is a try block.
 */
const PERL_DECODE_OP =
  /\bpack\s*\(?\s*["'][Hh]\*|\bchr\s*\(?\s*ord\s*\(?[^()\n;]{0,40}\)?\s*\^|\^\s*chr\s*\(|\bdecode_base64\s*\(|\bunpack\s*\(?\s*["'](?:u|m0?)["']|\b(?:Compress::Zlib::)?(?:uncompress|memGunzip)\s*\(/g;
/** The variable a line assigns (`my $bytes = …`, `$code = …`), read from the text before a decode on that line. */
const PERL_ASSIGNED = /\$(\w{1,40})\s*\.?=(?![=~])/g;
const PERL_STRING_EVAL = gated(/(?<![\w$>-])eval\s*\(?\s*\$(\w{1,40})\b(?!\s*[[{]|->)/g);

/** Names assigned on a line that decodes: found from each decode back to its line start (at most 200 characters). */
function perlDecodedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(PERL_DECODE_OP)) {
    const window = text.slice(Math.max(0, m.index - 200), m.index);
    const before = [...window.slice(window.lastIndexOf('\n') + 1).matchAll(PERL_ASSIGNED)];
    if (before.length > 0) names.add(before[0][1]);
    if (names.size >= 20) break;
  }
  return names;
}

function perlDecodedEval(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'other' || !/\beval\s*\(?\s*\$/.test(seg.text)) continue;
    const names = perlDecodedNames(seg.text);
    if (names.size === 0) continue;
    out.push(
      ...sinkWithSources([seg], ['other'], [], PERL_STRING_EVAL, (match) =>
        names.has(/\$(\w+)/.exec(match)?.[1] ?? ''),
      ),
    );
  }
  return out;
}

/**
 * Bytes decrypted in the code: XOR with a repeating key (`v ^ k[i % len(k)]`, `b ^ key[i % key.length]`),
 * a cipher's `decrypt(` (Fernet, AES, ChaCha20) or Node's `createDecipheriv(`.
 */
const KEYED_DECRYPT = gated(
  /\^\s{0,4}&?\w{1,40}\s{0,4}\[\s{0,4}\w{1,20}\s{0,4}%\s{0,4}(?:len\s{0,4}\(\s{0,4}\w{1,40}\s{0,4}\)|\w{1,40}\.(?:length|len\(\s{0,4}\)|size\(?\)?)|\d{1,4})\s{0,4}\]|\.decrypt\s{0,4}\(|\bcreateDecipheriv\s{0,4}\(/,
);
/** Read from a file of the skill: a data file opened, read or parsed. */
const DATA_FILE_READ = gated(
  /\bopen\s{0,4}\(|\.read_(?:text|bytes)\s{0,4}\(|\bcsv\.(?:reader|DictReader)\b|\bjson\.load\s{0,4}\(|\breadFileSync\s{0,4}\(|\breadFile\s{0,4}\(|\bcreateReadStream\s{0,4}\(/,
);
/**
 * Run as code: a module built from a file or bytes (`spec.loader.exec_module(mod)`, `types.ModuleType` then
 * `exec(code, mod.__dict__)`, `runpy.run_path`), `exec`/`eval`/`compile` of a variable, or in JS
 * `new Function(x)`, `eval(x)`, `vm.runIn…Context`, `require(x)` / `import(x)` of a written file.
 */
const RUN_DECRYPTED = gated(
  /\.exec_module\s{0,4}\(|\btypes\.ModuleType\s{0,4}\(|\brunpy\.run_path\s{0,4}\(|(?<![.\w$])(?:exec|eval|compile)\s{0,4}\(\s{0,4}(?!["'`\d)])[\w.$]{1,60}|\bnew\s{1,4}Function\s{0,4}\(\s{0,4}(?!["'`)])[\w.$]{1,60}|\bvm\.(?:runIn\w{1,20}Context|Script)\b|\b(?:require|import)\s{0,4}\(\s{0,4}(?!["'`)])[\w.$]{1,60}\s{0,4}\)/g,
);
/**
 * The same in compiled and JVM languages (Kotlin, Java, Scala, C#, Rust, Go): XOR with a repeating key
 * (`b xor k[i % k.size]`, `b ^ key[i % key.length]`, `key[i % key.len()]`) or a cipher in decrypt mode.
 */
const KEYED_DECRYPT_COMPILED = gated(
  /(?:\^|\bxor[ \t]{1,4})[ \t]{0,4}&?\w{1,40}[ \t]{0,4}\[[ \t]{0,4}\w{1,20}[ \t]{0,4}%[ \t]{0,4}(?:len[ \t]{0,4}\([ \t]{0,4}\w{1,40}[ \t]{0,4}\)|\w{1,40}\.(?:length|Length|size|count|Count|len[ \t]{0,4}\([ \t]{0,4}\))(?:[ \t]{0,4}\(\))?|\d{1,4})[ \t]{0,4}\]|\bDECRYPT_MODE\b|\.decrypt[ \t]{0,4}\(|\bCreateDecryptor[ \t]{0,4}\(/,
);
/** A data file read: java.io/nio, Kotlin's readText, Jackson/Gson/kotlinx, .NET File.ReadAll*, Rust fs::read, Go os.ReadFile. */
const DATA_FILE_READ_COMPILED = gated(
  /\bFile[ \t]{0,4}\(|\.read(?:Text|Bytes|Lines)[ \t]{0,4}\(|\breadValue[ \t]{0,4}[<(]|\bFiles\.(?:read\w{0,20}|newInputStream|lines)[ \t]{0,4}\(|\bfromJson[ \t]{0,4}[<(]|\bdecodeFromString[ \t]{0,4}[<(]|\bFile\.ReadAll\w{0,10}[ \t]{0,4}\(|\bJsonSerializer\.Deserialize\b|\bfs::read(?:_to_string)?[ \t]{0,4}\(|\b(?:os|ioutil)\.ReadFile[ \t]{0,4}\(|\bFileInputStream[ \t]{0,4}\(|\bgetResourceAsStream[ \t]{0,4}\(/,
);
/**
 * A process started with at least one computed argument (after any literal ones): ProcessBuilder,
 * Runtime.exec, .NET Process.Start, Rust Command::new, Go exec.Command; or a script engine's eval.
 */
const RUN_PROCESS_COMPILED = gated(
  /\b(?:ProcessBuilder|Runtime\.getRuntime[ \t]{0,4}\([ \t]{0,4}\)[ \t]{0,4}\.exec|Process\.Start|Command::new|exec\.Command(?:Context)?)[ \t]{0,4}\([ \t]{0,4}(?:"[^"\n]{0,80}"[ \t]{0,4},[ \t]{0,4}){0,4}(?!["'\s)])[\w.$]{1,60}|\b(?:getEngineByName|GroovyShell)\b[^\n]{0,80}?\.(?:eval|evaluate)[ \t]{0,4}\([ \t]{0,4}(?!["')])[\w.$]{1,60}/g,
);

/**
 * MATLAB/Octave: text XOR-ed with a key (`bitxor(uint8(q), key(…))`) into a variable, from numbers read
 * out of a data file (`fopen`/`fgetl`/`sscanf`, `fileread`, `readmatrix`, `load`), then passed to a
 * runner (`eval(x)`, `evalin('base', x)`, `feval(f, x)`, `system(x)`): a payload kept as "coefficients".
 */
const MATLAB_XOR = gated(/\bbitxor[ \t]{0,4}\(/);
const MATLAB_DATA_READ = gated(
  /\b(?:fopen|fileread|fgetl|fgets|fread|fscanf|textscan|dlmread|readmatrix|readtable|csvread|importdata|load)[ \t]{0,4}\(/,
);
const MATLAB_XOR_ASSIGNED =
  /^[ \t]{0,40}([A-Za-z]\w{0,40})[ \t]{0,4}=[^=\n][^\n]{0,300}?\bbitxor[ \t]{0,4}\(/gm;
const MATLAB_RUN = gated(
  /(?<![\w.])(?:eval|evalc|evalin|feval|system|unix|dos|str2func|builtin)[ \t]{0,4}\(([^;\n]{1,300})/g,
);
const MAX_XOR_NAMES = 16;

function matlabXorRun(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'other') continue;
    if (!testSegment(MATLAB_XOR, seg) || !testSegment(MATLAB_DATA_READ, seg)) continue;
    const names: string[] = [];
    for (const m of seg.text.matchAll(MATLAB_XOR_ASSIGNED)) {
      if (!names.includes(m[1])) names.push(m[1]);
      if (names.length >= MAX_XOR_NAMES) break;
    }
    if (names.length === 0) continue;
    const uses = new RegExp(`(?<![\\w.])(?:${names.join('|')})(?![\\w(])`);
    out.push(...sinkWithSources([seg], ['other'], [], MATLAB_RUN, (match) => uses.test(match)));
  }
  return out;
}

/**
 * MATLAB/Octave: a function called by a name spelled in character codes (`feval(char([101 118 97
 * 108]), x)` is `eval(x)`, `str2func(char([115 121 …]))`, `builtin(char(bitxor(…)), …)`), directly or
 * through a variable bound to such a name.
 */
const MATLAB_CODED_NAME = String.raw`(?:char|native2unicode)[ \t]{0,4}\([ \t]{0,4}(?:(?:uint8|double)[ \t]{0,4}\([ \t]{0,4})?(?:\[[ \t]{0,4}\d{1,3}(?:[ \t,;]{1,8}\d{1,3}){1,63}[ \t]{0,4}\]|bitxor[ \t]{0,4}\()`;
const MATLAB_CODES = gated(/\b(?:char|native2unicode)[ \t]{0,4}\(/);
const MATLAB_NAMED_CALL = gated(
  new RegExp(
    String.raw`\b(?:feval|str2func|builtin|func2str|cellfun|arrayfun)[ \t]{0,4}\([ \t]{0,4}${MATLAB_CODED_NAME}`,
    'g',
  ),
);
const MATLAB_CODED_ASSIGNED = new RegExp(
  String.raw`^[ \t]{0,40}([A-Za-z]\w{0,40})[ \t]{0,4}=[ \t]{0,4}${MATLAB_CODED_NAME}`,
  'gm',
);

function matlabCodedNames(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'other' || !testSegment(MATLAB_CODES, seg)) continue;
    const direct = sinkWithSources([seg], ['other'], [], MATLAB_NAMED_CALL);
    if (direct.length > 0) {
      out.push(...direct);
      continue;
    }
    const names: string[] = [];
    for (const m of seg.text.matchAll(MATLAB_CODED_ASSIGNED)) {
      if (!names.includes(m[1])) names.push(m[1]);
      if (names.length >= MAX_XOR_NAMES) break;
    }
    if (names.length === 0) continue;
    const call = new RegExp(
      `\\b(?:feval|str2func|builtin)[ \\t]{0,4}\\([ \\t]{0,4}(?:${names.join('|')})(?![\\w(])`,
      'g',
    );
    out.push(...sinkWithSources([seg], ['other'], [], call));
  }
  return out;
}

/** Environment-keyed triggers: the payload runs only for some locales, user names or after a date. */
const ENVIRONMENT_KEYED =
  /\blocale\.(?:getlocale|getdefaultlocale|setlocale)\b|\bgetpass\.getuser\b|\bos\.getlogin\b|\bdate\.today\s{0,4}\(\s{0,4}\)\s{0,4}[<>]=?|\bIntl\.DateTimeFormat\s{0,4}\(\s{0,4}\)\s{0,4}\.resolvedOptions\b|\bos\.userInfo\s{0,4}\(|\bnew\s{1,4}Date\s{0,4}\(\s{0,4}\)\s{0,4}[<>]=?/;

/**
 * Data a file of the skill holds, decrypted by the code and run: the payload sits in a data file (a CSV
 * column, a JSON field) where no code rule reads it, and the key is derived at run time (a hash of a line
 * of the file), so no scanner can decode it. HIGH; CRITICAL when the run also depends on the locale, the
 * user name or the date (a payload that hides from sandboxes and reviewers).
 */
function decryptedDataRun(segments: Segment[]): RawHit[] {
  const hits = [
    ...sinkWithSources(segments, ['python', 'js'], [KEYED_DECRYPT, DATA_FILE_READ], RUN_DECRYPTED),
    ...sinkWithSources(
      segments.filter((s) => s.kind !== 'decoded'),
      ['other', 'go'],
      [KEYED_DECRYPT_COMPILED, DATA_FILE_READ_COMPILED],
      RUN_PROCESS_COMPILED,
    ),
    ...matlabXorRun(segments),
  ];
  for (const h of hits) {
    const seg = segments.find(
      (s) => s.file === h.file && s.kind === 'code' && ENVIRONMENT_KEYED.test(s.text),
    );
    if (seg) h.severity = 'CRITICAL';
  }
  return hits;
}

/**
 * Lua: text built from character codes (`string.char`, `utf8.char`) and run with `load`/`loadstring`: a
 * table filled with characters joined straight in (`load(table.concat(out))`, also behind a literal
 * prefix such as `load("return " .. table.concat(out))`), characters passed in
 * (`load(string.char(table.unpack(t)))`), or a name bound to either. Loading a file's text
 * (`load(f:read("a"))`) or joined lines read from it builds nothing.
 */
const LUA_CHAR_CODES = gated(/\b(?:string|utf8)\.char[ \t]{0,4}\(/);
const LUA_LOAD_COMPUTED = gated(
  /(?<![.:\w])(?:load|loadstring)[ \t]{0,4}\([ \t]{0,4}(?:["'][^"'\n\\]{0,40}["'][ \t]{0,4}\.\.[ \t]{0,4})?(?:(?:string|utf8)\.char[ \t]{0,4}\(|table\.concat[ \t]{0,4}\([ \t]{0,4}(\w{1,40})|(\w{1,40})[ \t]{0,4}[,)])/g,
);
/** Names looked up per segment, at most: each lookup reads the whole segment once. */
const MAX_LUA_NAMES = 16;
const escapeLuaName = (name: string) => name.replace(/[.$]/g, '\\$&');

/** A table filled with characters: `out[#out + 1] = string.char(…)`, `table.insert(out, string.char(…))`. */
function filledWithChars(text: string, table: string): boolean {
  const t = escapeLuaName(table);
  return new RegExp(
    `(?<![.\\w])${t}[ \\t]{0,4}\\[[^\\]\\n]{1,40}\\][ \\t]{0,4}=[ \\t]{0,4}(?:string|utf8)\\.char[ \\t]{0,4}\\(|\\btable\\.insert[ \\t]{0,4}\\([ \\t]{0,4}${t}[ \\t]{0,4},[ \\t]{0,4}(?:string|utf8)\\.char[ \\t]{0,4}\\(`,
  ).test(text);
}

/** `name` bound to characters: `local code = string.char(…)` or `code = table.concat(out)` of such a table. */
function boundToChars(text: string, name: string): boolean {
  const bound = new RegExp(
    `(?<![.\\w])${escapeLuaName(name)}[ \\t]{0,4}=[ \\t]{0,4}(?:(?:string|utf8)\\.char[ \\t]{0,4}\\(|table\\.concat[ \\t]{0,4}\\([ \\t]{0,4}(\\w{1,40}))`,
    'g',
  );
  const tables = new Set<string>();
  for (const m of text.matchAll(bound)) {
    if (!m[1]) return true;
    tables.add(m[1]);
    if (tables.size >= MAX_LUA_NAMES) break;
  }
  for (const t of tables) if (filledWithChars(text, t)) return true;
  return false;
}

function luaLoadsJoinedCodes(): (match: string, seg: Segment) => boolean {
  const answers = new Map<Segment, Map<string, boolean>>();
  return (match, seg) => {
    const m = /(?:table\.concat\s*\(\s*(\w+)|(?:\(|\.\.)\s*(\w+)\s*[,)])$/.exec(match);
    if (!m) return true;
    let known = answers.get(seg);
    if (!known) answers.set(seg, (known = new Map()));
    const key = m[1] ? `t:${m[1]}` : `n:${m[2]}`;
    let answer = known.get(key);
    if (answer === undefined) {
      if (known.size >= MAX_LUA_NAMES) return false;
      answer = m[1] ? filledWithChars(seg.text, m[1]) : boundToChars(seg.text, m[2]);
      known.set(key, answer);
    }
    return answer;
  };
}

/**
 * javascript-obfuscator's string array: the program's strings moved into one array of a hex-named
 * variable (`var _0x3b7a = ['lM5VzguTCMvK', …]`, also inside a function that returns it), rotated at
 * start-up by a loop of `push(shift())`, and read back through a decoder called with hex indexes
 * (`_0x1c2d(0x1d2)`). Together they say no string of the file can be read as written.
 */
const JS_STRING_ARRAY = gated(
  /\b(?:var|let|const)[ \t]{1,4}_0x[\da-fA-F]{2,8}[ \t]{0,4}=[ \t]{0,4}\[(?:[ \t\n]{0,4}(?:'(?:[^'\n\\]|\\.){0,300}'|"(?:[^"\n\\]|\\.){0,300}")[ \t\n]{0,4},){6}/,
);
const JS_ARRAY_ROTATION = gated(
  /\[\s{0,4}["']push["']\s{0,4}\]\s{0,4}\(\s{0,4}[\w$]{1,40}\s{0,4}\[\s{0,4}["']shift["']\s{0,4}\]\s{0,4}\(\s{0,4}\)\s{0,4}\)|\.push\s{0,4}\(\s{0,4}[\w$]{1,40}\.shift\s{0,4}\(\s{0,4}\)\s{0,4}\)/,
);
const JS_DECODER_CALL = gated(/\b_0x[\da-fA-F]{2,8}\s{0,4}\(\s{0,4}0x[\da-fA-F]{1,6}\s{0,4}[,)]/);
/**
 * What the hidden strings reach: a module loaded by a decoded name (`require(_0x1c2d(0x1d2))`), `require`
 * kept under another name to call it so, or a global looked up by one (`process[_0x1c2d(0x1dc)]`).
 */
const JS_DECODED_LOOKUP = gated(
  /\brequire\s{0,4}\(\s{0,4}_0x[\da-fA-F]{2,8}\s{0,4}\(|=\s{0,4}require\b(?!\s{0,4}\()|\b(?:process|globalThis|window|global|self)\s{0,4}\[\s{0,4}_0x[\da-fA-F]{2,8}\s{0,4}\(/g,
);

/**
 * JavaScript's Function constructor reached without naming `Function`: the constructor of an empty
 * function or arrow (`(function(){}).constructor`, `(() => {})["constructor"]`, a computed member of one:
 * `(function(){})[_0x(4)]`), of an async or generator function's prototype
 * (`Object.getPrototypeOf(async function(){}).constructor`), or of a method of a literal
 * (`[]["filter"]["constructor"]`, `"".sub.constructor`, `x.constructor.constructor`).
 */
const CONSTRUCTOR = String.raw`(?:\.[ \t]{0,4}constructor\b|\[[ \t]{0,4}["'\x60]constructor["'\x60][ \t]{0,4}\])`;
/** Not read for its name or compared (`[].filter.constructor === Function`): a check, not a call. */
const NOT_A_CHECK = String.raw`(?![ \t]{0,4}(?:\.[ \t]{0,4}name\b|===?|!==?))`;
const INDIRECT_FUNCTION = gated(
  new RegExp(
    [
      String.raw`\([ \t]{0,4}(?:async[ \t]{1,4})?function[ \t]{0,4}\*?[ \t]{0,4}[\w$]{0,40}[ \t]{0,4}\([ \t]{0,4}\)[ \t]{0,4}\{[ \t]{0,4}\}[ \t]{0,4}\)[ \t]{0,4}(?:\.[ \t]{0,4}constructor\b|\[)`,
      String.raw`\([ \t]{0,4}(?:async[ \t]{0,4})?\([ \t]{0,4}\)[ \t]{0,4}=>[ \t]{0,4}(?:\{[ \t]{0,4}\}|\d{1,3}|null|undefined|void[ \t]{1,4}0)[ \t]{0,4}\)[ \t]{0,4}(?:\.[ \t]{0,4}constructor\b|\[)`,
      String.raw`\bgetPrototypeOf[ \t]{0,4}\([ \t]{0,4}(?:async\b|function[ \t]{0,4}\*)[^\n]{0,60}?\)[ \t]{0,4}(?:\.[ \t]{0,4}constructor\b|\[)`,
      String.raw`(?:\[[ \t]{0,4}\]|""|''|\{[ \t]{0,4}\})[ \t]{0,4}(?:\.[ \t]{0,4}[A-Za-z_$][\w$]{0,30}|\[[ \t]{0,4}["'\x60][\w$]{1,30}["'\x60][ \t]{0,4}\])[ \t]{0,4}${CONSTRUCTOR}${NOT_A_CHECK}`,
      String.raw`${CONSTRUCTOR}[ \t]{0,4}${CONSTRUCTOR}${NOT_A_CHECK}`,
    ].join('|'),
    'g',
  ),
);
/** Data decoded or names hidden: base64 (atob, Buffer), reversal, `\x`/`\u` escapes, character codes, unescape. */
const DECODES_OR_HIDES = gated(
  /\batob[ \t]{0,4}\(|\bBuffer[ \t]{0,4}(?:\.[ \t]{0,4}from[ \t]{0,4}\(|\[)|["'`]base64["'`]|\.reverse[ \t]{0,4}\(|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\bfromCharCode\b|\bunescape[ \t]{0,4}\(|\bdecodeURIComponent[ \t]{0,4}\(|\b(?:inflate|gunzip|brotliDecompress)(?:Sync|Raw)?[ \t]{0,4}\(/,
);

/**
 * SG-OBFUSC-023: a PowerShell script base64-decodes and decompresses (GZipStream/DeflateStream) text and
 * runs it as code (`[ScriptBlock]::Create($s)`, `iex $s`), the variable it runs read from the decompressed
 * stream: a packed stage whatever it holds, since a script that runs its own code has no need to hide it.
 */
const PS_SCRIPT_FILE = /\.(?:ps1|psm1)$/i;
const PS_UNPACK = gated(/\bFromBase64String\b/i);
const PS_DECOMPRESS = gated(/\b(?:GZipStream|DeflateStream|BrotliStream)\b/i);
const PS_RUN_VAR =
  /\[scriptblock\][ \t]{0,4}::[ \t]{0,4}Create[ \t]{0,4}\([ \t]{0,4}\$(\w{1,40})|\b(?:Invoke-Expression|iex)[ \t]{1,4}(?:-Command[ \t]{1,4})?\(?\$(\w{1,40})/gi;
const MAX_PS_RUNS = 50;

function psPackedStage(segments: Segment[]): RawHit[] {
  for (const seg of segments) {
    if (seg.kind !== 'code' || !PS_SCRIPT_FILE.test(seg.file) || seg.block !== seg.file) continue;
    if (!testSegment(PS_UNPACK, seg) || !testSegment(PS_DECOMPRESS, seg)) continue;
    const tried = new Set<string>();
    for (const m of seg.text.matchAll(PS_RUN_VAR)) {
      const name = (m[1] ?? m[2]).toLowerCase();
      if (tried.has(name)) continue;
      if (tried.add(name).size > MAX_PS_RUNS) break;
      const read = new RegExp(
        `\\$${name}[ \\t]{0,4}=[^\\n]{0,200}?(?:\\.ReadToEnd[ \\t]{0,4}\\(|\\.GetString[ \\t]{0,4}\\()`,
        'i',
      );
      if (!read.test(seg.text)) continue;
      const i = seg.text.slice(0, m.index).split('\n').length - 1;
      return [
        {
          file: seg.file,
          line: fileLineOf(seg, i),
          evidence: (seg.text.split('\n')[i] ?? '').trim().slice(0, 200),
        },
      ];
    }
  }
  return [];
}

export const OBFUSCATION_RULES: AnyRule[] = [
  ob(
    'SG-OBFUSC-001',
    'CRITICAL',
    'Executes decoded or decompressed data (eval/exec of an encoded payload)',
    new RegExp(
      `\\b(?:exec|eval|compile|Function|execSync|exec(?:File)?|spawn(?:Sync)?|system|popen)\\s*\\(\\s*(?:__import__\\(\\s*["'][\\w.]+["']\\s*\\)\\.|[\\w.]{1,60}\\(\\s*){0,3}(?:\\w{1,20}\\.)?${DECODE_CALL}`,
      'g',
    ),
    ['decode', 'decompress', 'loads', 'fromhex', 'unhexlify', 'a2b_', 'atob', 'buffer.from', 'unescape'],
    {
      tags: ['exec', 'decode'],
      starts: ['exec', 'eval', 'compile', 'function', 'spawn', 'system', 'popen'],
      // The shape of a stager with its payload elided (`exec(zlib.decompress(b64decode("...")))`,
      // `eval(Buffer.from(..., 'base64'))`): nothing is there to decode, the text names the pattern.
      adjust: ({ match, lineText }) => (elidedPayload(match, lineText) ? 'MEDIUM' : 'CRITICAL'),
    },
  ),
  ob(
    'SG-OBFUSC-002',
    'HIGH',
    'Executes code read from a hidden or temporary file',
    /\b(?:exec|eval)\s*\(\s*(?:compile\s*\(\s*)?open\s*\(\s*["'](?:\/tmp\/|\/dev\/shm\/|\/var\/tmp\/|~?\/?\.\w)|\b(?:ba)?sh\s+["']?(?:\/tmp|\/dev\/shm|\/var\/tmp)\/\.[\w.-]+/g,
    ['exec', 'eval', '/tmp', '/dev/shm'],
    { tags: ['exec'], starts: ['exec', 'eval', 'bash', 'sh'] },
  ),
  ob(
    'SG-OBFUSC-003',
    'MEDIUM',
    'Resolves modules or functions indirectly (getattr/__import__/importlib) to hide what runs',
    /\bgetattr\s*\(\s*__import__\s*\(|\b__import__\s*\(\s*["'](?:os|subprocess|socket|pty|base64|ctypes|builtins)["']\s*\)\s*\.\s*(?:system|popen|call|run|Popen|exec\w*|spawn\w*)|\bimportlib\.import_module\s*\(\s*(?:[^)"'\n]{0,40}\+|[^)\n]{0,80}decode)|\b__builtins__\s*\[\s*["'](?:exec|eval)|\bglobals\(\)\s*\[\s*["'](?:exec|eval|__builtins__)/g,
    ['getattr', '__import__', 'importlib', '__builtins__', 'globals()'],
    { tags: ['exec'] },
  ),
  ob(
    'SG-OBFUSC-004',
    'MEDIUM',
    'Builds strings from character codes (String.fromCharCode / chr chains)',
    /\bString\.fromCharCode\s*\(\s*(?:\d{1,6}\s*,\s*){7,}|(?:\bchr\(\d{1,6}\)\s*\+\s*){7,}/g,
    ['fromcharcode', 'chr('],
  ),
  ob(
    'SG-OBFUSC-005',
    'HIGH',
    'Deserialises untrusted data with pickle/marshal (arbitrary code execution)',
    /\b(?:pickle|cPickle|dill|marshal|joblib)\.loads?\s*\(\s*(?:requests\.get|urlopen|urllib|httpx|[\w.]*\.(?:content|read\(\)|recv\(|body)|base64|b64decode|zlib)|\b(?:np|numpy)\.load\s*\([^)\n]{0,200}?\ballow_pickle\s*=\s*True/g,
    // numpy refuses pickles unless told otherwise: an array file that needs them carries code nobody can read.
    ['pickle', 'dill', 'marshal', 'joblib', 'allow_pickle'],
    { tags: ['exec'] },
  ),
  ob(
    'SG-OBFUSC-006',
    'HIGH',
    'Feeds decoded data into a network command (hidden endpoint)',
    /\bbase64\s+(?:-\w*[dD]\w*|--decode)\b[^\n]{0,200}?(?:\||&&|;)\s*(?:xargs\s+(?:-\S+\s+)*)?(?:curl|wget)\b|\$\(\s*echo\s+["']?[A-Za-z0-9+/=]{16,}["']?\s*\|\s*base64\s+(?:-\w*[dD]\w*|--decode)\s*\)/g,
    ['base64'],
    { tags: ['net-send', 'decode'] },
  ),
  ob(
    'SG-OBFUSC-007',
    'HIGH',
    'Receives data on a raw listening socket and decodes it to a hidden file',
    /\b(?:nc|ncat|netcat)\s+(?:-\w+\s+)*-l\w*\b[^\n]{0,80}\|\s*base64\s+(?:-\w*[dD]\w*|--decode)|\bwget\b[^\n]{0,200}(?:;|&&)\s*base64\s+(?:-\w*[dD]\w*|--decode)/g,
    ['nc', 'netcat', 'ncat', 'wget'],
    { tags: ['exec'], starts: ['nc', 'netcat', 'wget'] },
  ),
  {
    type: 'custom',
    id: 'SG-OBFUSC-021',
    family: 'obfuscation',
    severity: 'CRITICAL',
    message:
      'A PHP file runs decoded data as code (eval/assert/create_function of gzinflate/base64_decode output), or calls a decoder or code runner through a name hidden in pieces (concatenation, str_rot13, strrev)',
    remediation: REMEDIATION,
    check: ({ segments }) => phpDecodedEval(segments),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-022',
    family: 'obfuscation',
    severity: 'CRITICAL',
    message:
      'Dart code (a build hook, a tool script) runs a shell on text it decodes (Process.start/run of /bin/sh -c with a base64, reversed or character-coded command), or a program whose name it builds from character codes',
    remediation: REMEDIATION,
    check: ({ segments }) => dartDecodedShell(segments),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-023',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'A PowerShell script base64-decodes and decompresses (GZipStream/DeflateStream) text and runs it as code ([ScriptBlock]::Create, Invoke-Expression): a packed stage hidden from review',
    remediation: REMEDIATION,
    check: ({ segments }) => psPackedStage(segments),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-008',
    family: 'obfuscation',
    severity: 'HIGH',
    message: 'An encoded blob decodes to a URL or a command',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      segments
        // Base64 parts of an email are MIME transfer encoding, not obfuscation.
        .filter(
          (s) => s.kind === 'decoded' && s.lang === 'shell' && !/\.(?:eml|mbox|mht|mhtml)$/i.test(s.file),
        )
        .filter((s) =>
          /https?:\/\/|\b(?:curl|wget|bash|sh -c|powershell|eval|exec|import os|subprocess|\/bin\/)/i.test(
            s.text,
          ),
        )
        .map((s) => ({
          file: s.file,
          line: s.line,
          evidence: s.text.trim().slice(0, 200),
          depth: s.depth - 1,
        })),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-009',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'Spells the name of an execution, network or decoding function, module or host tool in pieces (in code, or in a data file the code joins)',
    remediation: REMEDIATION,
    check: ({ segments }) => [
      ...segments.filter((s) => s.kind === 'code' || s.kind === 'decoded').flatMap((s) => splitNames(s)),
      ...dataPieceNames(segments),
    ],
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-010',
    family: 'obfuscation',
    severity: 'HIGH',
    message: 'Builds code from character codes and runs it (Function/eval of a computed string)',
    remediation: REMEDIATION,
    check: ({ segments }) => [
      ...sinkWithSources(
        segments,
        ['js'],
        [/\bString\.fromCharCode\b/],
        /\[\]\s*\.\s*constructor\s*\.\s*constructor\b|\bgetPrototypeOf\s*\(\s*async\b[^\n]{0,40}?\.constructor\b|\(\s*async\s*\([^)]*\)\s*=>\s*\{\s*\}\s*\)\s*\.constructor\b|\b(?:new\s+)?Function\s*\((?:\s*["'`][\w$]+["'`]\s*,)*\s*(?!["'`)])[\w.$]+|(?<![.\w])eval\s*\(\s*(?!["'`\d])[\w.$]+/g,
      ),
      ...sinkWithSources(segments, ['other'], [LUA_CHAR_CODES], LUA_LOAD_COMPUTED, luaLoadsJoinedCodes()),
    ],
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-013',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'Reads bits hidden in whitespace or invisible characters (tabs against spaces, zero-width characters) and turns them into bytes',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(segments, ['python', 'js', 'shell', 'ruby', 'go'], [BITS_TO_BYTES], INVISIBLE_TO_BIT),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-011',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'Looks up a module, builtin, command or function by a name spelled in character codes or format strings (Python, shell, MATLAB/Octave feval/str2func)',
    remediation: REMEDIATION,
    check: ({ segments }) => [
      // Python: __import__("".join(map(chr, [...]))), getattr(builtins, "".join(chr(c) for c in …)).
      // MATLAB/Octave: feval(char([101 118 97 108]), x), str2func(char(bitxor(…))).
      ...matlabCodedNames(segments),
      ...sinkWithSources(
        segments,
        ['python'],
        [/\bchr\b|\bbytes\s*\(\s*[[(]\s*\d/],
        /\b(?:__import__|importlib\.import_module|getattr\s*\([^,\n]{1,120},)\s*\(?\s*(?:["']{2}\s*\.\s*join\s*\(\s*(?:map\s*\(\s*chr\b|chr\s*\()|bytes\s*\(\s*[[(]\s*\d)/g,
      ),
      // Python: the same lookups by a name written in escapes (getattr(__builtins__, "\x65\x78…")).
      ...sinkWithSources(
        segments,
        ['python'],
        [/\\(?:x[0-9a-fA-F]{2}|[0-7]{3})/],
        /\b(?:__import__|importlib\.import_module|getattr\s*\(\s*[\w.]+\s*,)\s*\(?\s*["'](?:\\x[0-9a-fA-F]{2}|\\[0-7]{3}){2,}["']/g,
      ),
      // Shell: a command named by printf ("$(printf 'b%sse64' a)") feeding a shell that runs a variable.
      ...sinkWithSources(
        segments,
        ['shell'],
        [/(?:\b(?:ba|z|da)?sh\b|\$\{BASH\b[^}]*\})["']?\s+-c\s+["']?\$|\beval\s+["']?\$/],
        /["']?\$\(\s*printf\s+["'][^"'\n]{0,20}%[sc][^"'\n]{0,20}["'][^)\n]{0,20}\)["']?\s+["']?-/g,
      ),
    ],
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-012',
    family: 'obfuscation',
    severity: 'CRITICAL',
    message: 'Decodes data into a variable and executes it (eval/exec of an encoded payload)',
    remediation: REMEDIATION,
    check: ({ segments }) => decodedThenRun(segments),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-014',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'Perl decodes hex, XOR-masked or base64 data into a variable and evaluates it as code (string eval)',
    remediation: REMEDIATION,
    check: ({ segments }) => perlDecodedEval(segments),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-015',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'Decrypts data (XOR with a repeating key, a cipher) read from a file and runs the result as code, a module or a process (Kotlin/Java/C#/Rust/Go: ProcessBuilder, Runtime.exec, Process.Start, Command::new, exec.Command with a computed argument; MATLAB/Octave: bitxor then eval/feval/system; CRITICAL when gated on locale, user name or date)',
    remediation: REMEDIATION,
    check: ({ segments }) => decryptedDataRun(segments),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-016',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'JavaScript packed with a rotated string array and decoder (javascript-obfuscator style) loads modules or globals by decoded names (a "vendored" or minified file hiding what it reads and where it sends it)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['js'],
        [JS_ARRAY_ROTATION, JS_DECODER_CALL, JS_STRING_ARRAY],
        JS_DECODED_LOOKUP,
      ),
  },
  {
    type: 'custom',
    id: 'SG-OBFUSC-020',
    family: 'obfuscation',
    severity: 'HIGH',
    message:
      'Reaches the Function constructor indirectly ((function(){}).constructor, a computed member of an empty function, []["filter"]["constructor"], getPrototypeOf(async function(){}).constructor) in code that decodes or hides its data (base64, reversal, escapes, character codes)',
    remediation: REMEDIATION,
    check: ({ segments }) => sinkWithSources(segments, ['js'], [DECODES_OR_HIDES], INDIRECT_FUNCTION),
  },
];
