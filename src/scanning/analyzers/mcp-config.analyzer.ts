import type { Segment } from '../rule.types.js';
import { flatString } from './flat-string.js';
import { lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

interface ServerConfig {
  command?: unknown;
  args?: unknown;
  env?: unknown;
  url?: unknown;
}

/** Where a config sits: a whole file, or a fenced snippet of a markdown file (lenient parsing). */
export interface McpPlace {
  /** File line of the text's first line. */
  line: number;
  /** Distinguishes the blocks of several snippets in one file. */
  tag: string;
  snippet: boolean;
}

/** Characters the line lookups of one config may search (64 times a 1 MiB config). */
const MAX_SEARCHED = 64 * 1024 * 1024;

/**
 * An MCP config (`.mcp.json`, `mcpServers`) launches commands: each server becomes a synthetic
 * shell segment `command args…` followed by `KEY=value` lines for its environment. A snippet in
 * markdown (the config the agent is told to add) may be a fragment: `"name": {…}` entries, one
 * server object, `//` comments or trailing commas.
 */
export function mcpSegments(
  file: string,
  text: string,
  place: McpPlace = { line: 1, tag: '', snippet: false },
): Segment[] {
  const servers = place.snippet ? parseSnippet(text) : parseServers(text);
  if (!servers) return [];
  const starts = lineStarts(text);
  // Each name is looked up from the start of the text: thousands of servers or variables in a 1 MiB
  // config cost seconds. Past a budget of characters searched, the rest sit on their server's line.
  let searched = 0;
  const lineOf = (needle: string, fallback: number) => {
    if (!needle || searched > MAX_SEARCHED) return fallback;
    const at = text.indexOf(JSON.stringify(needle).slice(1, -1));
    searched += at === -1 ? text.length : at;
    return at === -1 ? fallback : lineIndexOf(starts, at) + place.line;
  };
  return Object.entries(servers).flatMap(([name, server], n) => {
    const home = lineOf(`"${name}"`, place.line);
    const args = Array.isArray(server.args) ? server.args.map((a) => flatString(a)) : [];
    const command = [flatString(server.command ?? server.url ?? ''), ...args].join(' ');
    const longest = args.reduce((a, b) => (b.length > a.length ? b : a), '');
    const lines = [command];
    const lineMap = [lineOf(longest, home)];
    for (const [key, value] of Object.entries(asRecord(server.env) ?? {})) {
      lines.push(`${key}=${flatString(value)}`);
      lineMap.push(lineOf(key, home));
    }
    const launch = newSegment({
      file,
      kind: 'code',
      lang: 'shell',
      text: lines.join('\n'),
      line: home,
      lineMap,
      block: `${file}#mcp${place.tag}${n}`,
      depth: 0,
    });
    const inline = inlineProgram(flatString(server.command ?? ''), args);
    if (!inline) return [launch];
    const line = lineOf(inline.code, home);
    return [
      launch,
      newSegment({ ...launch, lang: inline.lang, text: inline.code, line, lineMap: undefined, pinned: true }),
    ];
  });
}

/** `node -e <code>` or `python -c <code>`: the program the server runs, read in its own language. */
function inlineProgram(command: string, args: string[]): { lang: 'js' | 'python'; code: string } | null {
  const bin = command.slice(command.lastIndexOf('/') + 1);
  const lang = /^(?:node|bun|deno)$/.test(bin) ? 'js' : /^python[\d.]*$/.test(bin) ? 'python' : null;
  if (!lang) return null;
  const flag = args.findIndex((a) => (lang === 'js' ? /^(?:-e|--eval|-p|--print)$/ : /^-c$/).test(a));
  return flag === -1 || flag + 1 >= args.length ? null : { lang, code: args[flag + 1] };
}

function parseServers(text: string): Record<string, ServerConfig> | null {
  if (!text.includes('"command"') && !text.includes('"url"')) return null;
  const root = parseRecord(text);
  const servers = asRecord(root?.mcpServers) ?? asRecord(root?.servers) ?? asRecord(root?.context_servers);
  return servers ? records(servers) : null;
}

/** Snippets up to this size are parsed (a config, not a data dump). */
const MAX_SNIPPET = 64 * 1024;
/** A `//` comment on its own line, and a comma before a closing bracket (JSONC). */
const LINE_COMMENT = /^[ \t]*\/\/[^\n]*$/gm;
const TRAILING_COMMA = /,(?=[ \t\r\n]*[}\]])/g;

/**
 * A markdown snippet: a whole config, a bare `"name": {…}` fragment of `mcpServers`, an object of
 * servers, or one server object; only entries with a string `command` count outside `mcpServers`.
 */
function parseSnippet(raw: string): Record<string, ServerConfig> | null {
  if (raw.length > MAX_SNIPPET || !raw.includes('"command"')) return null;
  const text = raw.replace(LINE_COMMENT, '').replace(TRAILING_COMMA, '');
  const full = parseServers(text);
  if (full) return full;
  const root = parseRecord(text) ?? parseRecord(`{${text}}`);
  if (!root) return null;
  if (typeof root.command === 'string') return { server: root };
  const out: Record<string, ServerConfig> = {};
  for (const [k, v] of Object.entries(records(root))) if (typeof v.command === 'string') out[k] = v;
  return Object.keys(out).length > 0 ? out : null;
}

function parseRecord(text: string): Record<string, unknown> | null {
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

function records(obj: Record<string, unknown>): Record<string, ServerConfig> {
  const out: Record<string, ServerConfig> = {};
  for (const [k, v] of Object.entries(obj)) {
    const rec = asRecord(v);
    if (rec) out[k] = rec;
  }
  return out;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
