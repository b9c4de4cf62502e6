import type { Lang, Segment } from '../rule.types.js';
import { blank } from './blank.js';
import { splitComments } from './code-lexer.js';
import { decodeBlobs, type DecodeBudget } from './decoders.js';
import { fileLang, isOtherSource, PTH_FILE } from './fence-lang.js';
import { markdownSegments } from './markdown.analyzer.js';
import { mcpSegments } from './mcp-config.analyzer.js';
import { NOTEBOOK_FILE, notebookSegments } from './notebook.analyzer.js';
import { fileLineOf, lineIndexOf, lineStarts, newSegment } from './segment-lines.js';
import { reversedCopies, transformedSegments, visibleTransforms } from './transforms.js';
import { charArraySegments, indexPickSegments } from './char-arrays.js';
import { vbaStringSegments } from './vba-strings.js';
import { splitSql, SQL_FILE } from './sql-reader.js';
import { decodeTagChars, TAG_RUN } from './unicode.analyzer.js';
import { decodeFileText } from './text-decoding.js';

/** A polkit JavaScript rules file (`49-x.rules`; udev and audit `.rules` files hold no `polkit.`). */
const POLKIT_RULES_FILE = /\.rules$/i;
/** `/etc/sudoers`, a drop-in under `sudoers.d/`, or a file kept as `name.sudoers`. */
export const SUDOERS_FILE = /(?:^|\/)sudoers(?:\.d\/[^/]{1,200})?$|\.sudoers$/i;

/** A Dart source file. */
const DART_FILE = /\.dart$/i;

export const MAX_FILE_CHARS = 4 * 1024 * 1024;
const MAX_DECODE_DEPTH = 3;
/** Shifted and reversed strings: their own budget, so whole data files cannot starve base64 decoding. */
const TRANSFORM_BUDGET = { bytes: 64 * 1024, blobs: 32 };
/** Char-code arrays read through the code's visible arithmetic: their own budget too. */
const CHAR_ARRAY_BUDGET = { bytes: 64 * 1024, blobs: 64 };

export interface TextFile {
  path: string;
  text: string;
}

/** Text files of a skill (UTF-8, or UTF-16 as Windows tools write it); binary files are skipped. */
export function textFiles(files: { path: string; content: Buffer }[]): TextFile[] {
  const out: TextFile[] = [];
  for (const f of files) {
    const text = decodeFileText(f.content, MAX_FILE_CHARS);
    if (text !== null) out.push({ path: f.path, text });
  }
  return out;
}

export function fileSegments(file: TextFile): Segment[] {
  const lang = detectLang(file);
  if (lang === 'markdown') return withMcpSnippets(markdownSegments(file.path, file.text));
  const base: Omit<Segment, 'kind' | 'text'> = { file: file.path, lang, line: 1, block: file.path, depth: 0 };
  if (lang === 'json')
    return [newSegment({ ...base, kind: 'config', text: file.text }), ...mcpSegments(file.path, file.text)];
  if (NOTEBOOK_FILE.test(file.path))
    return [
      // Markdown cells and outputs stay prose, as before; the code cells are read as code.
      newSegment({ ...base, kind: 'prose', lang: 'text', text: file.text }),
      ...notebookSegments(file.path, file.text),
    ];
  if (PTH_FILE.test(file.path))
    return [newSegment({ ...base, kind: 'prose', lang: 'text', text: file.text }), pthCode(file)];
  if (lang === 'other' && SQL_FILE.test(file.path)) {
    const { code, comments } = splitSql(file.text);
    const out = [newSegment({ ...base, kind: 'code', text: code })];
    if (comments.trim())
      out.push(newSegment({ ...base, kind: 'comment', text: comments, block: `${file.path}#comments` }));
    return out;
  }
  // A polkit rules file (`/etc/polkit-1/rules.d/*.rules`) is JavaScript the authority runs.
  if (lang === 'other' && POLKIT_RULES_FILE.test(file.path) && file.text.includes('polkit.')) {
    const { code, comments } = splitComments(file.text, 'js');
    const out = [newSegment({ ...base, kind: 'code', lang: 'js', text: code })];
    if (comments.trim())
      out.push(newSegment({ ...base, kind: 'comment', text: comments, block: `${file.path}#comments` }));
    return out;
  }
  // A sudoers file or drop-in is configuration sudo reads, not prose.
  if (lang === 'other' && SUDOERS_FILE.test(file.path))
    return [newSegment({ ...base, kind: 'config', text: file.text })];
  // Dart (a Flutter app's `hook/build.dart`, `tool/*.dart`): other source, its comments split off like JS.
  if (lang === 'other' && DART_FILE.test(file.path)) {
    const { code, comments } = splitComments(file.text, 'dart');
    const out = [newSegment({ ...base, kind: 'code', text: code })];
    if (comments.trim())
      out.push(newSegment({ ...base, kind: 'comment', text: comments, block: `${file.path}#comments` }));
    return out;
  }
  // A Tcl script (shebang `tclsh`/`wish`) is code whatever its name.
  if (lang === 'other' && (isOtherSource(file.path, file.text) || file.text.startsWith('#!')))
    return [newSegment({ ...base, kind: 'code', text: file.text })];
  if (lang === 'other') {
    const hidden = GIFT_FILE.test(file.path) ? giftComments(file) : templateComments(file);
    return [
      newSegment({ ...base, kind: 'prose', lang: 'text', text: hidden.rest }),
      ...hidden.segments,
      ...scriptSegments(file),
    ];
  }
  const { code, comments } = splitComments(file.text, lang);
  const out: Segment[] = [newSegment({ ...base, kind: lang === 'yaml' ? 'config' : 'code', text: code })];
  if (comments.trim())
    out.push(newSegment({ ...base, kind: 'comment', text: comments, block: `${file.path}#comments` }));
  if (lang === 'yaml') out.push(...templateComments(file).segments);
  return out;
}

/**
 * Template files: Go / Helm (`.tmpl`, `.tpl`, `.gotmpl`, a chart's `templates/`), Jinja and Nunjucks
 * (`.j2`, `.jinja`, `.njk`), Handlebars and Mustache (`.hbs`, `.mustache`), Twig and Liquid.
 */
const TEMPLATE_FILE =
  /\.(?:tmpl|tpl|gotmpl|gohtml|j2|jinja2?|njk|nunjucks|twig|liquid|hbs|handlebars|mustache)$|(?:^|\/)templates\/[^/]{1,200}\.(?:ya?ml|txt|conf|json|toml|ini)$/i;
/**
 * A template's comment: Go's comment action (a C-style comment inside `{{ }}`, trim marks allowed),
 * Jinja `{# … #}`, Handlebars `{{!-- … --}}` and `{{! … }}`. Rendering drops it, so no one reviewing the output sees it; an agent
 * reading the file does: it is hidden text like an HTML comment in markdown.
 */
const TEMPLATE_COMMENT_OPEN = /\{\{-?[ \t]{0,4}\/\*|(?<!\$)\{#-?|\{\{!(?:--)?/g;
const MAX_TEMPLATE_COMMENTS = 200;

/**
 * A page template kept as `.html` (Hugo layouts and partials, Django and Jekyll templates): only the
 * unambiguous comment openers, Go `{{/*`, Handlebars `{{!--` and Jinja `{#` before a space or trim
 * mark (a Svelte block `{#if}` is not a comment).
 */
const HTML_TEMPLATE_COMMENT_OPEN = /\{\{-?[ \t]{0,4}\/\*|(?<!\$)\{#-?(?=[\s-])|\{\{!--/g;
const HTML_PAGE_FILE = /\.html?$/i;

function templateComments(file: TextFile): { rest: string; segments: Segment[] } {
  const text = file.text;
  const html = !TEMPLATE_FILE.test(file.path) && HTML_PAGE_FILE.test(file.path);
  if ((!html && !TEMPLATE_FILE.test(file.path)) || !/\{\{|\{#/.test(text))
    return { rest: text, segments: [] };
  const OPEN = html ? HTML_TEMPLATE_COMMENT_OPEN : TEMPLATE_COMMENT_OPEN;
  const segments: Segment[] = [];
  let rest = '';
  let last = 0;
  let starts: readonly number[] | undefined;
  OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (segments.length < MAX_TEMPLATE_COMMENTS && (m = OPEN.exec(text)) !== null) {
    const open = m[0];
    const closer = open.endsWith('*')
      ? '*/'
      : open.startsWith('{#')
        ? '#}'
        : open.endsWith('--')
          ? '--}}'
          : '}}';
    const from = m.index + open.length;
    const close = text.indexOf(closer, from);
    const stop = close === -1 ? text.length : close;
    // The comment runs to the closing braces (`*/ -}}`); an unclosed one to the end of the file.
    const braces = close === -1 ? -1 : text.indexOf('}', close + closer.length - 1);
    const end = close === -1 ? text.length : braces === -1 ? close + closer.length : braces + 1;
    const body = text.slice(from, stop);
    if (body.trim()) {
      const line = lineIndexOf((starts ??= lineStarts(text)), from) + 1;
      segments.push(
        newSegment({
          file: file.path,
          kind: 'hidden',
          lang: 'text',
          text: body,
          line,
          block: `${file.path}#t${segments.length}`,
          depth: 0,
        }),
      );
    }
    rest += text.slice(last, m.index) + blank(text.slice(m.index, end));
    last = end;
    OPEN.lastIndex = end;
  }
  return { rest: rest + text.slice(last), segments };
}

/** A Moodle GIFT question file. */
const GIFT_FILE = /\.gift$/i;
const GIFT_COMMENT = /^[ \t]*\/\//;

/**
 * GIFT comments (`//` lines) are dropped on import: no student or teacher sees them in the question
 * bank, but an agent reading the file does. Each run of comment lines is hidden text, like a template
 * comment; the questions stay prose.
 */
function giftComments(file: TextFile): { rest: string; segments: Segment[] } {
  const lines = file.text.split('\n');
  const segments: Segment[] = [];
  const rest: string[] = [];
  let run: string[] = [];
  let runStart = 0;
  const flush = () => {
    if (run.length && run.join('').replace(/[\s/=-]/g, '') && segments.length < MAX_TEMPLATE_COMMENTS) {
      segments.push(
        newSegment({
          file: file.path,
          kind: 'hidden',
          lang: 'text',
          text: run.join('\n'),
          line: runStart + 1,
          block: `${file.path}#g${segments.length}`,
          depth: 0,
        }),
      );
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (GIFT_COMMENT.test(lines[i])) {
      if (!run.length) runStart = i;
      run.push(lines[i]);
      rest.push(blank(lines[i]));
    } else {
      flush();
      rest.push(lines[i]);
    }
  }
  flush();
  return { rest: rest.join('\n'), segments };
}

/** A `.pth` line site.py executes: `import` then a space or tab; every other line is a path. */
const PTH_EXEC_LINE = /^import[ \t]/;

/**
 * A `.pth` file in site-packages is read at every interpreter start; its `import` lines run as
 * Python. They become a Python segment (other lines left empty, so lines stay in place).
 */
function pthCode(file: TextFile): Segment {
  const text = file.text
    .split('\n')
    .map((l) => (PTH_EXEC_LINE.test(l) ? l : ''))
    .join('\n');
  return newSegment({
    file: file.path,
    kind: 'code',
    lang: 'python',
    text,
    line: 1,
    block: file.path,
    depth: 0,
  });
}

/** Languages a fence holding a JSON config may be marked with (or none). */
const SNIPPET_LANGS: readonly Lang[] = ['json', 'text', 'other'];

/**
 * MCP configs quoted in markdown (the JSON the agent is told to add to `.mcp.json`) launch the same
 * commands as a config file: their servers become segments too.
 */
function withMcpSnippets(segments: Segment[]): Segment[] {
  const out = segments.slice();
  let n = 0;
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'hidden') continue;
    if (!SNIPPET_LANGS.includes(seg.lang) || !seg.text.includes('"command"')) continue;
    const found = mcpSegments(seg.file, seg.text, { line: seg.line, tag: `s${n++}-`, snippet: true });
    for (let i = 0; i < found.length; i++) out.push(found[i]);
  }
  return out;
}

const SCRIPT_OPEN = /<script\b/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

/**
 * `<script\b[^>]*>([\s\S]*?)<\/script\s*>` matched by hand: as one pattern, every `<script` with no
 * closing tag after it was read to the end of the file (1 MiB of `<script>`: 35 s). An opening tag ends
 * at the next `>`, its body at the next closing tag; when none follows, no later tag can close either.
 */
export function scriptBodies(text: string): { body: string; start: number }[] {
  const out: { body: string; start: number }[] = [];
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(text); open !== null; open = SCRIPT_OPEN.exec(text)) {
    const gt = text.indexOf('>', open.index + open[0].length);
    if (gt === -1) break;
    SCRIPT_CLOSE.lastIndex = gt + 1;
    const close = SCRIPT_CLOSE.exec(text);
    if (close === null) break;
    out.push({ body: text.slice(gt + 1, close.index), start: gt + 1 });
    SCRIPT_OPEN.lastIndex = close.index + close[0].length;
  }
  return out;
}

/**
 * Inline `<script>` bodies of an HTML file (a report template, a page footer), read as JavaScript.
 * Pages whose `<script>` blocks run in the visitor's browser: HTML and the server-side page templates
 * that render to it (Liquid snippets, Handlebars, Nunjucks, Twig, Jinja, ERB, EJS, Go templates).
 */
const SCRIPT_PAGE_FILE =
  /\.(?:html?|xhtml|liquid|hbs|handlebars|mustache|njk|nunjucks|twig|j2|jinja2?|erb|ejs|gohtml|tmpl|tpl)$/i;

function scriptSegments(file: TextFile): Segment[] {
  if (!SCRIPT_PAGE_FILE.test(file.path) || !/<script\b/i.test(file.text)) return [];
  const out: Segment[] = [];
  let n = 0;
  let starts: readonly number[] | undefined;
  for (const { body, start } of scriptBodies(file.text)) {
    if (!body.trim()) continue;
    const line = lineIndexOf((starts ??= lineStarts(file.text)), start) + 1;
    const { code } = splitComments(body, 'js');
    out.push(
      newSegment({
        file: file.path,
        kind: 'code',
        lang: 'js',
        text: code,
        line,
        block: `${file.path}#script${n++}`,
        depth: 0,
      }),
    );
  }
  return out;
}

function detectLang(file: TextFile): Lang | 'markdown' {
  const byName = fileLang(file.path);
  if (byName !== 'other' || !file.text.startsWith('#!')) return byName;
  // A source file of a language named by its extension (`x.main.kts`, `tool.pl`) stays that language.
  if (isOtherSource(file.path)) return 'other';
  const shebang = file.text.slice(0, file.text.indexOf('\n') >>> 0).toLowerCase();
  // Tcl is not shell: read as other source code (its `#` comments are not split off).
  if (/\b(?:tclsh|wish)[\d.]{0,6}\b/.test(shebang)) return 'other';
  if (shebang.includes('python')) return 'python';
  if (shebang.includes('node') || shebang.includes('deno') || shebang.includes('bun')) return 'js';
  if (shebang.includes('ruby')) return 'ruby';
  return 'shell';
}

/**
 * Decoded payloads (base64, hex, escapes, tag characters; rot13/Caesar-shifted and reversed strings
 * when the skill's code applies that transform) as extra segments, a few layers deep.
 */
export function decodedSegments(segments: Segment[], budget: DecodeBudget): Segment[] {
  const out: Segment[] = [];
  let layer = segments;
  // A reversal the code applies after decoding (`base64 -D | rev | sh`): each decoded blob is read backwards too.
  const reverse = visibleTransforms(segments).some((t) => t.kind === 'reverse');
  for (let depth = 1; depth <= MAX_DECODE_DEPTH && layer.length > 0; depth++) {
    const next: Segment[] =
      depth === 1
        ? [
            ...transformedSegments(segments, { ...TRANSFORM_BUDGET }),
            ...charArraySegments(segments, { ...CHAR_ARRAY_BUDGET }),
            ...indexPickSegments(segments, { ...CHAR_ARRAY_BUDGET }),
            ...vbaStringSegments(segments, { ...CHAR_ARRAY_BUDGET }),
          ]
        : [];
    for (const seg of layer) {
      if (seg.kind === 'comment' && depth === 1) continue;
      const blobs = decodeSegment(seg, depth, budget);
      next.push(...blobs);
      if (reverse) next.push(...reversedCopies(blobs, budget));
    }
    out.push(...next);
    layer = next;
  }
  return out;
}

function decodeSegment(seg: Segment, depth: number, budget: DecodeBudget): Segment[] {
  const out: Segment[] = [];
  let starts: readonly number[] | undefined;
  const at = (offset: number) => fileLineOf(seg, lineIndexOf((starts ??= lineStarts(seg.text)), offset));
  for (const blob of decodeBlobs(seg.text, budget)) {
    out.push(
      newSegment({
        ...seg,
        kind: 'decoded',
        lang: 'shell',
        text: blob.text,
        line: at(blob.offset),
        pinned: true,
        lineMap: undefined,
        depth,
      }),
    );
  }
  // Tag characters are astral: no high surrogate U+DB40, no tag run.
  if (depth === 1 && seg.text.includes('\uDB40')) {
    TAG_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAG_RUN.exec(seg.text)) !== null) {
      const text = decodeTagChars(m[0]);
      if (text.trim())
        out.push(
          newSegment({
            ...seg,
            kind: 'decoded',
            lang: 'text',
            text,
            line: at(m.index),
            pinned: true,
            lineMap: undefined,
            depth,
          }),
        );
    }
  }
  return out;
}
