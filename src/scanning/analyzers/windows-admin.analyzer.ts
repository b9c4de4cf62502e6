import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { fileLang, isOtherSource } from './fence-lang.js';
import { lineIndexOf, lineStarts, linesOf, mappedShellSegment } from './segment-lines.js';
import { unescapeXml } from './launch-commands.analyzer.js';

/** An XML file (a Task Scheduler export, a Group Policy Preferences `ScheduledTasks.xml`), also as a template. */
const XML_FILE = /\.xml(?:\.(?:in|j2|tmpl|tpl|template|example|sample))?$/i;
/** Task Scheduler's schema or a Group Policy Preferences task list. */
const TASK_SCHEMA = /schemas\.microsoft\.com\/windows\/2004\/02\/mit\/task|<scheduledtasks[\s>]/;
const MAX_ACTIONS = 200;
const MAX_COMMAND = 8000;
/** How far past `<Exec>` its `</Exec>` is looked for. */
const MAX_EXEC = 64 * 1024;

/** The text of `<name>…</name>` inside `body` (a CDATA section read as is), or ''. */
function element(body: string, name: string): string {
  const open = new RegExp(`<${name}(?:\\s[^>]{0,200})?>`, 'i').exec(body);
  if (!open) return '';
  const from = open.index + open[0].length;
  const to = body.toLowerCase().indexOf(`</${name.toLowerCase()}>`, from);
  if (to < 0) return '';
  const raw = body.slice(from, Math.min(to, from + MAX_COMMAND)).trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw);
  return cdata ? cdata[1] : unescapeXml(raw);
}

/** A Group Policy Preferences v1 task: the program and its arguments as attributes of its tag. */
const GPP_TASK_OPEN = /<(?:task|immediatetask)\s/g;
const GPP_APP = /\bappName="([^"]{1,2000})"/i;
const GPP_ARGS = /\bargs="([^"]{0,4000})"/i;
const MAX_TAG = 8000;

function gppTasks(
  text: string,
  lower: string,
  starts: readonly number[],
  lines: string[],
  lineMap: number[],
) {
  GPP_TASK_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (lines.length < MAX_ACTIONS && (m = GPP_TASK_OPEN.exec(lower)) !== null) {
    const close = lower.indexOf('>', m.index);
    if (close < 0) break;
    GPP_TASK_OPEN.lastIndex = close;
    if (close - m.index > MAX_TAG) continue;
    const tag = text.slice(m.index, close);
    const app = GPP_APP.exec(tag)?.[1];
    if (!app) continue;
    const args = GPP_ARGS.exec(tag)?.[1] ?? '';
    lines.push(unescapeXml(`${app} ${args}`).replace(/\s+/g, ' ').trim());
    lineMap.push(lineIndexOf(starts, m.index) + 1);
  }
}

/**
 * The actions of a Windows Task Scheduler task kept as XML (`<Exec><Command>` and `<Arguments>`, as
 * `schtasks /Create /XML` and a Group Policy import register it; a GPP v1 task's `appName`/`args`):
 * one command line each at its `<Command>` line, so the shell rules read what the scheduler runs (often
 * as SYSTEM, at boot or logon). The rest of the XML stays prose.
 */
export function scheduledTaskSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    const text = file.text;
    const lower = text.toLowerCase();
    // An XML file, or a text file (a task kept as `.txt`, no extension) that is a task by its schema.
    if (
      !XML_FILE.test(file.path) &&
      (fileLang(file.path) !== 'other' || isOtherSource(file.path) || !TASK_SCHEMA.test(lower))
    )
      continue;
    if (!lower.includes('<exec') && !lower.includes('appname=')) continue;
    const starts = lineStarts(text);
    const lines: string[] = [];
    const lineMap: number[] = [];
    const open = /<exec[\s>]/g;
    let m: RegExpExecArray | null;
    while (lines.length < MAX_ACTIONS && (m = open.exec(lower)) !== null) {
      const at = m.index;
      const end = lower.indexOf('</exec>', at);
      if (end < 0 || end - at > MAX_EXEC) break;
      const body = text.slice(at, end);
      const command = element(body, 'Command');
      if (command) {
        const args = element(body, 'Arguments');
        lines.push(`${command} ${args}`.replace(/\s+/g, ' ').trim());
        lineMap.push(lineIndexOf(starts, at + body.toLowerCase().indexOf('<command')) + 1);
      }
      open.lastIndex = end;
    }
    if (lower.includes('appname=')) gppTasks(text, lower, starts, lines, lineMap);
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'scheduled-task'));
  }
  return out;
}

/** A registry export (`regedit /e`, a `.reg` merged by double-click or `reg import`). */
const REG_FILE = /\.reg(?:\.(?:txt|example|sample|template|tmpl))?$/i;
const REG_HEADER = /^(?:Windows Registry Editor Version 5\.00|REGEDIT4)\b/;
const REG_KEY = /^[ \t]{0,8}\[(-?)([^\]\n]{1,1000})\][ \t]*$/;
/** `"Name"=…` or `@=…`, the name with `\"` and `\\` escapes. */
const REG_VALUE = /^[ \t]{0,8}(?:"((?:[^"\\]|\\.){0,1000})"|@)[ \t]{0,8}=[ \t]{0,8}(.{0,8000})$/;
const MAX_REG_LINES = 50000;
/** Values read per file (a full hive export holds far more than any setup file merges). */
const MAX_REG_VALUES = 10000;
const MAX_REG_CHARS = 256 * 1024;
/** Hex value lines continued with `\` joined. */
const MAX_CONTINUED = 400;
/** A value's data read up to this many characters (a binary blob's tail is not a command). */
const MAX_VALUE = 16000;

function regString(raw: string): string {
  return raw.replace(/\\(.)/g, '$1');
}

/** `hex(2):41,00,42,00` (REG_EXPAND_SZ) and `hex(7):` (REG_MULTI_SZ): UTF-16LE text. */
function hexText(hex: string): string {
  const bytes = hex.match(/[0-9a-f]{2}/gi) ?? [];
  let s = '';
  for (let i = 0; i + 1 < bytes.length && i < 16000; i += 2) {
    const code = parseInt(bytes[i], 16) | (parseInt(bytes[i + 1], 16) << 8);
    s += code === 0 ? ' ' : String.fromCharCode(code);
  }
  return s.trim();
}

function regData(raw: string): { type: string; data: string } | null {
  const value = raw.trim();
  if (value === '-') return null;
  const dword = /^dword:([0-9a-f]{1,8})$/i.exec(value);
  if (dword) return { type: 'REG_DWORD', data: String(parseInt(dword[1], 16)) };
  const str = /^"((?:[^"\\]|\\.)*)"/.exec(value);
  if (str) return { type: 'REG_SZ', data: `"${regString(str[1])}"` };
  const hex = /^hex\(([27])\):(.*)$/i.exec(value);
  if (hex) return { type: hex[1] === '2' ? 'REG_EXPAND_SZ' : 'REG_MULTI_SZ', data: `"${hexText(hex[2])}"` };
  return { type: 'REG_BINARY', data: value.replace(/^hex(?:\([0-9a-f]{1,2}\))?:/i, '').slice(0, 200) };
}

/**
 * A registry file's keys and values as the `reg add` / `reg delete` commands that write them, one line
 * each at the value's line, so the rules that read registry writes in scripts (Run keys, security
 * policy values) read the same writes merged from a file.
 */
export function registryFileSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!REG_FILE.test(file.path) || !REG_HEADER.test(file.text.trimStart())) continue;
    const all = linesOf(file.text);
    const lines: string[] = [];
    const lineMap: number[] = [];
    let key = '';
    const n = Math.min(all.length, MAX_REG_LINES);
    let chars = 0;
    for (let i = 0; i < n && lines.length < MAX_REG_VALUES && chars < MAX_REG_CHARS; i++) {
      const line = all[i].replace(/\r$/, '');
      const k = REG_KEY.exec(line);
      if (k) {
        key = k[2].trim();
        if (k[1]) {
          lines.push(`reg delete "${key}" /f`);
          lineMap.push(i + 1);
          key = '';
        }
        continue;
      }
      if (!key) continue;
      const v = REG_VALUE.exec(line.slice(0, 9000));
      if (!v) continue;
      const at = i;
      const parts = [v[2]];
      let size = v[2].length;
      let continued = v[2].endsWith('\\');
      for (let c = 0; c < MAX_CONTINUED && continued && i + 1 < n; c++) {
        parts[parts.length - 1] = parts[parts.length - 1].replace(/\\$/, '');
        const next = all[++i].trim();
        continued = next.endsWith('\\');
        if (size < MAX_VALUE) parts.push(next);
        size += next.length;
      }
      const raw = parts.join('');
      const name = v[1] === undefined ? '/ve' : `/v "${regString(v[1])}"`;
      const data = regData(raw);
      const command = data
        ? `reg add "${key}" ${name} /t ${data.type} /d ${data.data} /f`
        : `reg delete "${key}" ${name} /f`;
      lines.push(command);
      chars += command.length;
      lineMap.push(at + 1);
    }
    if (lines.length > 0) out.push(mappedShellSegment(file.path, lines, lineMap, 'registry'));
  }
  return out;
}
