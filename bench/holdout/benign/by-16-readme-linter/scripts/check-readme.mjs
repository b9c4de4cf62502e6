#!/usr/bin/env node
// Offline README checker. Usage: node check-readme.mjs README.md [--json]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const rules = JSON.parse(readFileSync(join(here, '..', 'assets', 'readme-rules.json'), 'utf8'));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? 'README.md';
const text = readFileSync(file, 'utf8');
const baseDir = dirname(resolve(file));
const lines = text.split(/\r?\n/);
const findings = [];
const on = (rule) => !rules.disabled.includes(rule);
const add = (rule, line, message) => findings.push({ rule, line, message });

// Headings and code fences
const headings = [];
let inFence = false;
lines.forEach((l, i) => {
  const fence = l.match(/^\s*(```|~~~)(.*)$/);
  if (fence) {
    if (!inFence && on('code-lang') && fence[2].trim() === '') {
      add('code-lang', i + 1, 'code block without a language tag');
    }
    inFence = !inFence;
    return;
  }
  if (inFence) {
    if (on('long-lines-in-code') && l.length > rules.maxCodeLineLength) {
      add('long-lines-in-code', i + 1, `code line is ${l.length} chars`);
    }
    return;
  }
  const h = l.match(/^(#{1,6})\s+(.*)$/);
  if (h) headings.push({ level: h[1].length, title: h[2].trim(), line: i + 1 });
  if (on('todo-markers')) {
    for (const p of rules.todoPatterns) {
      if (new RegExp(p, 'i').test(l)) add('todo-markers', i + 1, `found "${l.trim().slice(0, 60)}"`);
    }
  }
});

if (on('single-h1')) {
  const h1 = headings.filter((h) => h.level === 1);
  if (h1.length !== 1) add('single-h1', h1[1]?.line ?? 1, `expected one H1, found ${h1.length}`);
}
if (on('heading-increment')) {
  for (let i = 1; i < headings.length; i++) {
    if (headings[i].level > headings[i - 1].level + 1) {
      add('heading-increment', headings[i].line, `heading jumps from h${headings[i - 1].level} to h${headings[i].level}`);
    }
  }
}
if (on('required-sections')) {
  const titles = headings.map((h) => h.title.toLowerCase());
  for (const [section, aliases] of Object.entries(rules.requiredSections)) {
    if (!titles.some((t) => aliases.some((a) => t.includes(a)))) {
      add('required-sections', 0, `no "${section}" section`);
    }
  }
}

// Links and images (relative only)
const external = new Set();
if (on('relative-links')) {
  const linkRe = /!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
  lines.forEach((l, i) => {
    for (const m of l.matchAll(linkRe)) {
      const target = m[1];
      if (/^(https?:|mailto:)/i.test(target)) { external.add(target); continue; }
      if (target.startsWith('#')) continue;
      const path = decodeURIComponent(target.split('#')[0]);
      if (path && !existsSync(resolve(baseDir, path))) {
        add('relative-links', i + 1, `link target not found: ${path}`);
      }
    }
  });
}

if (asJson) {
  console.log(JSON.stringify({ file, findings, externalLinks: [...external] }, null, 2));
} else {
  if (findings.length === 0) console.log(`${file}: no issues found`);
  for (const f of findings) console.log(`${file}:${f.line}  [${f.rule}] ${f.message}`);
  if (external.size) console.log(`\n${external.size} external links not checked (offline).`);
}
process.exitCode = findings.length ? 1 : 0;
