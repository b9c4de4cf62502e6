import type { RawHit } from '../rule.types.js';
import { isLocalHost, registrable } from '../rules/indicators.js';
import { flowNodes, type Rec } from './node-red-flows.analyzer.js';
import { docsText } from './record-sends.js';
import { evidenceAround } from './segment-lines.js';

/**
 * A Node-RED flow that reads records of people (a file, a CSV, a database) and hands them to an
 * HTTP request node that POSTs or PUTs to an outside host the skill's documents never name. The
 * address is often set by an upstream function node (`msg.url = …`) and the request node left
 * blank, so neither node alone reads as a send.
 */

const FLOW_FILE = /\.json$/i;
const MAX_FLOW_FILE = 1024 * 1024;
const MAX_UPSTREAM = 200;
const MAX_VISITS = 4000;
/** Senders wired into one node that are followed upstream. */
const MAX_PARENTS = 50;
const MAX_CODE = 64 * 1024;
/** Nodes whose output is stored records: file reads, parsed tables, database queries. */
const RECORD_SOURCE =
  /^(?:file in|csv|xlsx?|spreadsheet-in|mysql|postgresql|postgres|MSSQL|mssql|sqlite|sqlitedb|mongodb\d?|mongodb4?-in|oracledb|firebird)$/i;
/** A write method: the request carries a body. */
const WRITE_METHOD = /^(?:POST|PUT|PATCH)$/i;
const SET_METHOD = /\bmsg\.method\s{0,4}=\s{0,4}["'`](?:POST|PUT|PATCH)["'`]/i;
const SET_URL = /\bmsg\.url\s{0,4}=\s{0,4}["'`]https?:\/\/([^"'`\s/?#:]{1,253})/;
const LITERAL_HOST = /^https?:\/\/([^"'`\s/?#:{}]{1,253})/;
/** Contact and identity columns of people's records (customers, patients, members). */
const PERSONAL =
  /\b(?:cust(?:omer)?_?(?:name|phone|e?mail|addr(?:ess)?)|e-?mail|phone|mobile|first_?name|last_?name|full_?name|address|street|postcode|zip|dob|date_?of_?birth|birth_?date|ssn|vin|licen[cs]e_?(?:no|number|plate))\b/gi;
const MIN_PERSONAL = 3;
const MAX_PERSONAL_SCAN = 2000;

const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_CODE) : '');

function personalFields(text: string, seen = new Set<string>()): Set<string> {
  let n = 0;
  for (const m of text.matchAll(PERSONAL)) {
    if (++n > MAX_PERSONAL_SCAN) break;
    seen.add(m[0].toLowerCase().replace(/[_-]/g, ''));
    if (seen.size >= MIN_PERSONAL) break;
  }
  return seen;
}

/** The code of a function node (its message handler and its deploy-time setup). */
const codeOf = (node: Rec) => `${str(node.initialize)}\n${str(node.func)}`;

export function flowRecordSends(files: { path: string; text: string }[]): RawHit[] {
  let docs: string | null = null;
  let docFields = new Set<string>();
  const hits: RawHit[] = [];
  for (const file of files) {
    if (!FLOW_FILE.test(file.path) || file.text.length > MAX_FLOW_FILE) continue;
    if (!file.text.includes('"http request"') || !file.text.includes('"wires"')) continue;
    const nodes = flowNodes(file.text);
    if (!nodes) continue;
    const parents = new Map<string, Rec[]>();
    for (const node of nodes) {
      if (!Array.isArray(node.wires)) continue;
      for (const port of node.wires)
        for (const id of Array.isArray(port) ? port : []) {
          if (typeof id !== 'string') continue;
          const list = parents.get(id) ?? [];
          if (list.length < MAX_PARENTS) list.push(node);
          parents.set(id, list);
        }
    }
    // Upstream nodes visited over all requests of the file: a flow wired all to all is not walked per request.
    let budget = MAX_VISITS;
    for (const request of nodes) {
      if (request.type !== 'http request') continue;
      const method = str(request.method);
      if (!WRITE_METHOD.test(method) && method !== 'use') continue;
      if (budget <= 0) break;
      // Everything upstream of the request: what it sends and where its message was addressed.
      const upstream: Rec[] = [];
      const seen = new Set<Rec>([request]);
      const queue = [...(parents.get(str(request.id)) ?? [])];
      for (let q = 0; q < queue.length && upstream.length < MAX_UPSTREAM && budget > 0; q++) {
        const node = queue[q];
        if (seen.has(node)) continue;
        seen.add(node);
        budget--;
        upstream.push(node);
        queue.push(...(parents.get(str(node.id)) ?? []));
      }
      const code = upstream
        .filter((n) => n.type === 'function')
        .slice(0, 20)
        .map(codeOf)
        .join('\n')
        .slice(0, MAX_CODE);
      if (!WRITE_METHOD.test(method) && !SET_METHOD.test(code)) continue;
      const url = str(request.url).trim();
      const host = (url ? LITERAL_HOST.exec(url) : SET_URL.exec(code))?.[1]?.toLowerCase();
      if (!host || !host.includes('.') || isLocalHost(host)) continue;
      // The records: a file, table or query upstream, or a function node assembling personal fields.
      const records =
        upstream.some((n) => RECORD_SOURCE.test(str(n.type))) || personalFields(code).size >= MIN_PERSONAL;
      if (!records) continue;
      if (docs === null) {
        docs = docsText(files);
        docFields = personalFields(docs);
      }
      if (docs.includes(registrable(host))) continue;
      if (personalFields(code, new Set(docFields)).size < MIN_PERSONAL) continue;
      const at = Math.max(0, file.text.indexOf(host));
      const line = file.text.slice(0, at).split('\n').length;
      hits.push({ file: file.path, line, evidence: evidenceAround(file.text, at, at + host.length) });
      break;
    }
  }
  return hits;
}
