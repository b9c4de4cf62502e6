import { gunzipSync } from 'node:zlib';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import type { Segment } from '../rule.types.js';
import { fileSegments, type TextFile } from './skill-segments.js';
import { systemdExecSegments } from './systemd-units.analyzer.js';
import { udevRunSegments } from './udev-rules.analyzer.js';
import { withinSegmentBudget } from './segment-budget.js';
import { lineIndexOf, lineStarts, mappedShellSegment, newSegment } from './segment-lines.js';

/**
 * A cloud-init user-data document (`#cloud-config` on its first line), whatever the file is called:
 * `user-data` on a Raspberry Pi boot partition, `cloud-init.cfg`, `*.yaml` handed to a VM or an
 * instance template. cloud-init runs it as root on first boot (`bootcmd`: on every boot).
 */
const CLOUD_CONFIG = /^(?:\ufeff)?#cloud-config[ \t]*\r?$/m;
/** Documents read (a user-data file is a few KiB; the YAML parser is not run on data dumps). */
const MAX_DOCUMENT = 128 * 1024;
/**
 * Flow brackets and anchors a document may hold outside comment lines (see pre-commit.analyzer.ts): the
 * YAML parser takes most of a second over deeply nested flow collections or thousands of them.
 */
const MAX_STRUCTURE = 4000;
const STRUCTURE = /[[{&*]/g;
const COMMENT_LINE = /^[ \t]*#[^\n]*$/gm;
const MAX_FILES = 200;
const MAX_COMMANDS = 2000;
const MAX_COMMAND = 8000;
const MAX_CONTENT = 256 * 1024;
/** Decoded bytes per document (`encoding: b64` / `gz+b64` contents). */
const MAX_DECODED = 512 * 1024;
const BASE64_ENCODINGS = new Set(['b64', 'base64']);
const GZIP_ENCODINGS = new Set(['gz+b64', 'gz+base64', 'gzip+b64', 'gzip+base64']);
/** A word cloud-init passes through as is; any other is quoted when a list command is shown as a line. */
const PLAIN_WORD = /^[\w@%+=:,./~-]{1,4000}$/;

/** A YAML scalar's value as text (strings, numbers, booleans); null for anything else. */
export function scalarString(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

/** A word as a shell line shows it: quoted unless it is plain. */
export function shellWord(word: string): string {
  return word === '' ? "''" : PLAIN_WORD.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** The command a `runcmd` / `bootcmd` item runs: a string through `sh -c`, a list as an argument vector. */
function commandOf(item: unknown): string | null {
  const s = scalarString(item);
  if (s !== null) return s;
  if (!isSeq(item)) return null;
  const words: string[] = [];
  for (const w of item.items) {
    const word = scalarString(w);
    if (word === null) return null;
    words.push(shellWord(word));
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** A segment read out of a `write_files` content, moved onto the lines of the user-data file. */
export function placed(s: Segment, file: string, block: string, lineOf: (line: number) => number): Segment {
  const lineMap = s.lineMap
    ? s.lineMap.map(lineOf)
    : s.pinned
      ? undefined
      : Array.from({ length: s.text.split('\n').length }, (_, k) => lineOf(s.line + k));
  return newSegment({
    ...s,
    file,
    line: lineOf(s.line),
    lineMap,
    block: `${block}#${s.block}`,
  });
}

/** A content's bytes as cloud-init writes them (bounded), or null when it cannot be decoded. */
function decoded(content: string, encoding: string, budget: { bytes: number }): string | null {
  const enc = encoding.toLowerCase();
  if (!BASE64_ENCODINGS.has(enc) && !GZIP_ENCODINGS.has(enc)) return null;
  const raw = Buffer.from(content.replace(/\s+/g, ''), 'base64');
  let bytes = raw;
  if (GZIP_ENCODINGS.has(enc)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: Math.max(1, budget.bytes) });
    } catch {
      return null;
    }
  }
  const text = bytes.subarray(0, budget.bytes).toString('utf8');
  budget.bytes -= text.length;
  return text;
}

/**
 * What a cloud-init document runs: each `write_files` content read as the file it becomes (by its
 * path's extension or shebang: a script is code, a systemd unit's `Exec*=` and a udev rule's `RUN`
 * lines are shell), each `runcmd` / `bootcmd` entry as a shell line, all at their lines in the
 * user-data file. `encoding: b64` / `gz+b64` contents are decoded (bounded) and pinned to their entry.
 */
export function cloudInitSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (
      file.text.length > MAX_DOCUMENT ||
      !file.text.startsWith('#cloud-config', file.text.startsWith('\ufeff') ? 1 : 0)
    )
      continue;
    if (!CLOUD_CONFIG.test(file.text.slice(0, 200)) || !/\b(?:write_files|runcmd|bootcmd)\b/.test(file.text))
      continue;
    const counted = file.text.replace(COMMENT_LINE, '');
    let structure = 0;
    STRUCTURE.lastIndex = 0;
    while (structure <= MAX_STRUCTURE && STRUCTURE.test(counted)) structure++;
    if (structure > MAX_STRUCTURE) continue;
    let root: unknown;
    try {
      root = parseDocument(file.text, { uniqueKeys: false }).contents;
    } catch {
      continue;
    }
    if (!isMap(root)) continue;
    const starts = lineStarts(file.text);
    const lineAt = (node: Node | null | undefined) => lineIndexOf(starts, node?.range?.[0] ?? 0) + 1;
    const budget = { bytes: MAX_DECODED };
    const writeFiles = root.get('write_files', true);
    if (isSeq(writeFiles)) {
      let n = 0;
      for (const entry of writeFiles.items) {
        if (n >= MAX_FILES) break;
        if (!isMap(entry)) continue;
        const contentNode = entry.get('content', true);
        const content = scalarString(contentNode);
        if (content === null || !isScalar(contentNode)) continue;
        n++;
        const path = scalarString(entry.get('path', true)) ?? `write_files-${n}`;
        const encoding = scalarString(entry.get('encoding', true));
        const at = lineAt(contentNode);
        let text = content.slice(0, MAX_CONTENT);
        let lineOf: (line: number) => number;
        let depth = 0;
        if (encoding && !/^(?:text\/plain|plain|text)$/i.test(encoding)) {
          const plain = decoded(content, encoding, budget);
          if (plain === null) continue;
          text = plain;
          depth = 1;
          lineOf = () => at;
        } else if (contentNode.type === Scalar.BLOCK_LITERAL) {
          // A literal block keeps its lines: the content's first line is the line after the `|` header.
          lineOf = (line) => at + line;
        } else lineOf = () => at;
        const virtual: TextFile = { path, text };
        const block = `${file.path}#write_files:${n}`;
        const read = [
          ...withinSegmentBudget(fileSegments(virtual)).filter((s) => s.kind !== 'prose'),
          ...systemdExecSegments([virtual]),
          ...udevRunSegments([virtual]),
        ];
        for (const s of read) {
          const moved = placed(s, file.path, block, lineOf);
          if (depth > 0) {
            moved.depth = Math.max(moved.depth, depth);
            moved.pinned = true;
            moved.lineMap = undefined;
          }
          out.push(moved);
        }
      }
    }
    const lines: string[] = [];
    const lineMap: number[] = [];
    for (const key of ['bootcmd', 'runcmd']) {
      const list = root.get(key, true);
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        if (lines.length >= MAX_COMMANDS) break;
        const command = commandOf(item);
        if (command === null || !command.trim()) continue;
        const commandLines = command.slice(0, MAX_COMMAND).split(/\r?\n/);
        while (commandLines.length > 1 && commandLines[commandLines.length - 1] === '') commandLines.pop();
        const at = lineAt(item as Node);
        // A block scalar's command lines follow its header line.
        const block = isScalar(item) && item.type === Scalar.BLOCK_LITERAL;
        commandLines.forEach((l, k) => {
          lines.push(l);
          lineMap.push(block ? at + 1 + k : at);
        });
      }
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'cloud-init-commands'));
  }
  return out;
}
