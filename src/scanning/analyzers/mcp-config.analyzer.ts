import type { Segment } from '../rule.types.js';
import { lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

interface ServerConfig {
  command?: unknown;
  args?: unknown;
  env?: unknown;
  url?: unknown;
}

/**
 * An MCP config (`.mcp.json`, `mcpServers`) launches commands: each server becomes a synthetic
 * shell segment `command args…` followed by `KEY=value` lines for its environment.
 */
export function mcpSegments(file: string, text: string): Segment[] {
  const servers = parseServers(text);
  if (!servers) return [];
  const starts = lineStarts(text);
  const lineOf = (needle: string, fallback: number) => {
    const at = needle ? text.indexOf(JSON.stringify(needle).slice(1, -1)) : -1;
    return at === -1 ? fallback : lineIndexOf(starts, at) + 1;
  };
  return Object.entries(servers).flatMap(([name, server], n) => {
    const home = lineOf(`"${name}"`, 1);
    const args = Array.isArray(server.args) ? server.args.map(String) : [];
    const command = [String(server.command ?? server.url ?? ''), ...args].join(' ');
    const longest = args.reduce((a, b) => (b.length > a.length ? b : a), '');
    const lines = [command];
    const lineMap = [lineOf(longest, home)];
    for (const [key, value] of Object.entries(asRecord(server.env) ?? {})) {
      lines.push(`${key}=${String(value)}`);
      lineMap.push(lineOf(key, home));
    }
    const launch = newSegment({
      file,
      kind: 'code',
      lang: 'shell',
      text: lines.join('\n'),
      line: home,
      lineMap,
      block: `${file}#mcp${n}`,
      depth: 0,
    });
    const inline = inlineProgram(String(server.command ?? ''), args);
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
  try {
    const root = asRecord(JSON.parse(text));
    const servers = asRecord(root?.mcpServers) ?? asRecord(root?.servers);
    if (!servers) return null;
    const out: Record<string, ServerConfig> = {};
    for (const [k, v] of Object.entries(servers)) {
      const rec = asRecord(v);
      if (rec) out[k] = rec;
    }
    return out;
  } catch {
    return null;
  }
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
