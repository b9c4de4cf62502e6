#!/usr/bin/env node
// Manage a delimited "managed rules" section in agent instruction files.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const BEGIN = "<!-- rules:begin -->";
const END = "<!-- rules:end -->";

const { positionals, values: opt } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    section: { type: "string", default: "General" },
    text: { type: "string" },
    match: { type: "string" },
    yes: { type: "boolean", default: false },
  },
});
const cmd = positionals[0];

function read(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}

function split(doc) {
  const b = doc.indexOf(BEGIN), e = doc.indexOf(END);
  if (b === -1 || e === -1 || e < b) return { head: doc, body: "", tail: "", has: false };
  return { head: doc.slice(0, b), body: doc.slice(b + BEGIN.length, e), tail: doc.slice(e + END.length), has: true };
}

function parseBody(body) {
  const sections = new Map();
  let cur = "General";
  for (const line of body.split("\n")) {
    const h = line.match(/^### (.+)$/);
    if (h) { cur = h[1].trim(); if (!sections.has(cur)) sections.set(cur, []); continue; }
    const r = line.match(/^- (.+)$/);
    if (r) { if (!sections.has(cur)) sections.set(cur, []); sections.get(cur).push(r[1].trim()); }
  }
  return sections;
}

function renderBody(sections) {
  let out = "\n";
  for (const [name, rules] of sections) {
    if (!rules.length) continue;
    out += `### ${name}\n` + rules.map((r) => `- ${r}`).join("\n") + "\n\n";
  }
  return out;
}

function assemble(parts, sections) {
  const body = renderBody(sections);
  if (parts.has) return parts.head + BEGIN + body + END + parts.tail;
  const sep = parts.head && !parts.head.endsWith("\n") ? "\n\n" : parts.head ? "\n" : "";
  return parts.head + sep + "## Project rules\n\n" + BEGIN + body + END + "\n";
}

function diff(a, b, name) {
  const al = a.split("\n"), bl = b.split("\n");
  const out = [`--- ${name}`, `+++ ${name} (proposed)`];
  const setA = new Set(al), setB = new Set(bl);
  for (const l of al) if (!setB.has(l)) out.push(`- ${l}`);
  for (const l of bl) if (!setA.has(l)) out.push(`+ ${l}`);
  return out.length > 2 ? out.join("\n") : "(no changes)";
}

const SECRETISH = /(sk-[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|password\s*[:=])/i;

function write(file, before, after) {
  console.log(diff(before, after, file));
  if (before === after) return;
  if (!opt.yes) { console.log("\n(dry run — re-run with --yes to write)"); return; }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const created = !fs.existsSync(file);
  fs.writeFileSync(file, after);
  console.log(`wrote ${file}`);
  if (created && path.basename(file) === "CLAUDE.local.md") ensureIgnored(path.dirname(path.resolve(file)), "CLAUDE.local.md");
}

function ensureIgnored(dir, entry) {
  const gi = path.join(dir, ".gitignore");
  const cur = read(gi);
  if (cur.split("\n").some((l) => l.trim() === entry)) return;
  fs.writeFileSync(gi, cur + (cur && !cur.endsWith("\n") ? "\n" : "") + entry + "\n");
  console.log(`added ${entry} to ${gi}`);
}

switch (cmd) {
  case "list": {
    const s = parseBody(split(read(opt.file)).body);
    if (!s.size) console.log("(no managed rules)");
    for (const [name, rules] of s) { console.log(`## ${name}`); rules.forEach((r, i) => console.log(`  ${i + 1}. ${r}`)); }
    break;
  }
  case "add": {
    if (!opt.text) throw new Error("--text required");
    if (SECRETISH.test(opt.text)) { console.error("refusing: rule text looks like it contains a secret"); process.exit(2); }
    const before = read(opt.file), parts = split(before), s = parseBody(parts.body);
    const list = s.get(opt.section) ?? [];
    if (list.includes(opt.text.trim())) { console.log("rule already present"); break; }
    list.push(opt.text.trim()); s.set(opt.section, list);
    write(opt.file, before, assemble(parts, s));
    break;
  }
  case "remove": {
    if (!opt.match) throw new Error("--match required");
    const before = read(opt.file), parts = split(before), s = parseBody(parts.body);
    const re = new RegExp(opt.match.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    let n = 0;
    for (const [k, rules] of s) { const keep = rules.filter((r) => !re.test(r)); n += rules.length - keep.length; s.set(k, keep); }
    if (!n) { console.log("no matching rules"); break; }
    write(opt.file, before, assemble(parts, s));
    break;
  }
  case "sync": {
    const src = parseBody(split(read(opt.from)).body);
    const before = read(opt.to);
    write(opt.to, before, assemble(split(before), src));
    break;
  }
  default:
    console.error("usage: rules.mjs list|add|remove|sync [--file F] [--section S] [--text T] [--match M] [--from A --to B] [--yes]");
    process.exit(1);
}
