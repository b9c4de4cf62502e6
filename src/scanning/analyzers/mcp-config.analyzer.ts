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
  return Object.entries(servers).map(([name, server], n) => {
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
    return newSegment({
      file,
      kind: 'code',
      lang: 'shell',
      text: lines.join('\n'),
      line: home,
      lineMap,
      block: `${file}#mcp${n}`,
      depth: 0,
    });
  });
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
