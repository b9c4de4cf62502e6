import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { embeddedScriptSegment, jsonValueLines, newSegment } from './segment-lines.js';

/** A Node-RED flow export: a JSON array of nodes, each with an `id`, a `type` and its output `wires`. */
const FLOW_FILE = /\.json$/i;
/** Files read (a flow export, not a data dump). */
const MAX_FLOW_FILE = 1024 * 1024;
const MAX_NODES = 2000;
const MAX_CODE = 64 * 1024;
/** Characters the line lookups of one file may search. */
const MAX_SEARCHED = 16 * 1024 * 1024;

/** The block every segment of one flow file shares: the nodes of a flow are one program. */
export const NODE_RED_BLOCK = '#node-red';

export type Rec = Record<string, unknown>;

function asRecord(v: unknown): Rec | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null;
}

const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_CODE) : '');

/** The nodes of a flow export (`[…]`, or `{ "flows": […] }` as the admin API and projects write it). */
export function flowNodes(text: string): Rec[] | null {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return null;
  }
  const list = Array.isArray(root) ? root : asRecord(root)?.flows;
  if (!Array.isArray(list)) return null;
  const nodes = list
    .slice(0, MAX_NODES)
    .map(asRecord)
    .filter((n): n is Rec => n !== null);
  // A flow: most records are nodes (`id` and `type`), some of them wired to others.
  const isNode = (n: Rec) => typeof n.id === 'string' && typeof n.type === 'string';
  if (nodes.length === 0 || !nodes.every(isNode) || !nodes.some((n) => Array.isArray(n.wires))) return null;
  return nodes;
}

/**
 * A Node-RED flow is a program kept as JSON: an Exec node runs its `command` (with `msg.payload`
 * appended when asked, then its `append` text) in a shell, a Function node's `func` (and its
 * `initialize`/`finalize`) is JavaScript run on deploy and on every message, an HTTP request node
 * calls its `url`. Each becomes a code segment at the line of its key, all in one block per file:
 * what one node reads, a node it is wired to sends.
 */
export function nodeRedFlowSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!FLOW_FILE.test(file.path) || file.text.length > MAX_FLOW_FILE) continue;
    if (!file.text.includes('"wires"')) continue;
    const nodes = flowNodes(file.text);
    if (!nodes) continue;
    // Nodes are read in file order, so each value's line is found after the last one's.
    const lineOf = jsonValueLines(file.text, MAX_SEARCHED);
    const block = `${file.path}${NODE_RED_BLOCK}`;
    const shell: string[] = [];
    const shellLines: number[] = [];
    for (const node of nodes) {
      if (node.type === 'exec') {
        const command = str(node.command);
        if (!command.trim()) continue;
        // An appended payload is unknown here: it stands as one argument.
        const payload = node.addpay ? ' "$PAYLOAD"' : '';
        const append = str(node.append);
        shell.push(`${command}${payload}${append ? ` ${append}` : ''}`.replace(/[\r\n]+/g, ' '));
        shellLines.push(lineOf(command));
      } else if (node.type === 'function') {
        for (const key of ['initialize', 'func', 'finalize']) {
          const code = str(node[key]);
          if (!code.trim()) continue;
          const segment = embeddedScriptSegment(file.path, code, 'js', lineOf(code), block);
          if (segment) out.push(segment);
        }
      } else if (node.type === 'http request') {
        const url = str(node.url);
        if (!url.trim()) continue;
        const method = typeof node.method === 'string' ? node.method : 'GET';
        const request = `msg.method = ${JSON.stringify(method)}; msg.url = ${JSON.stringify(url)};`;
        const segment = embeddedScriptSegment(file.path, request, 'js', lineOf(url), block);
        if (segment) out.push(segment);
      }
    }
    if (shell.length > 0)
      out.push(
        newSegment({
          file: file.path,
          kind: 'code',
          lang: 'shell',
          text: shell.join('\n'),
          line: shellLines[0],
          lineMap: shellLines,
          block,
          depth: 0,
        }),
      );
  }
  return out;
}
