#!/usr/bin/env node
// Read-only scanner for invisible / bidi / tag / confusable Unicode.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, extname } from "node:path";

const SKIP_DIRS = new Set([".git", "node_modules", "dist", "build", ".venv"]);
const TEXT_EXT = new Set([".md", ".js", ".mjs", ".ts", ".py", ".sh", ".json", ".yaml", ".yml", ".toml", ".go", ".rb", ".rs", ".java", ".c", ".h", ".txt", ""]);

export function classify(cp, col) {
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return ["high", "bidi"];
  if (cp >= 0xe0000 && cp <= 0xe007f) return ["high", "tag-chars"];
  if ([0x200b, 0x200c, 0x200d, 0x2060].includes(cp)) return ["medium", "zero-width"];
  if (cp === 0xfeff && col > 0) return ["medium", "zero-width"];
  if (cp === 0x00ad || cp === 0x180e) return ["low", "format"];
  return null;
}

const CONFUSABLE = /[A-Za-z]+[\u0400-\u04FF\u0370-\u03FF]+[A-Za-z]*|[\u0400-\u04FF\u0370-\u03FF]+[A-Za-z]+/gu;

export function scanText(text, file = "<input>") {
  const out = [];
  text.split("\n").forEach((line, i) => {
    let col = 0;
    let tagRun = "";
    let tagStart = -1;
    for (const ch of line) {
      const cp = ch.codePointAt(0);
      const c = classify(cp, i === 0 ? col : col + 1);
      if (c && c[1] === "tag-chars") {
        if (tagStart < 0) tagStart = col;
        tagRun += String.fromCharCode(cp - 0xe0000);
      } else {
        if (tagRun) {
          out.push({ file, line: i + 1, col: tagStart + 1, severity: "high", kind: "tag-chars", decoded: tagRun });
          tagRun = ""; tagStart = -1;
        }
        if (c) out.push({ file, line: i + 1, col: col + 1, severity: c[0], kind: c[1], cp: "U+" + cp.toString(16).toUpperCase().padStart(4, "0") });
      }
      col += 1;
    }
    if (tagRun) out.push({ file, line: i + 1, col: tagStart + 1, severity: "high", kind: "tag-chars", decoded: tagRun });
    for (const m of line.matchAll(CONFUSABLE)) {
      out.push({ file, line: i + 1, col: m.index + 1, severity: "medium", kind: "confusable", word: m[0] });
    }
  });
  return out;
}

function* walk(p) {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p)) if (!SKIP_DIRS.has(e)) yield* walk(join(p, e));
  } else if (st.isFile() && TEXT_EXT.has(extname(p)) && st.size < 2_000_000) {
    yield p;
  }
}

function show(f) {
  const where = `${f.file}:${f.line}:${f.col}`;
  if (f.kind === "tag-chars") return `${where} ${f.severity} tag-chars decoded: ${JSON.stringify(f.decoded)}`;
  if (f.kind === "confusable") return `${where} ${f.severity} confusable: ${JSON.stringify(f.word)}`;
  return `${where} ${f.severity} ${f.kind} ${f.cp}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith("--")) ?? ".";
  const findings = [];
  for (const f of walk(target)) findings.push(...scanText(readFileSync(f, "utf8"), f));
  if (args.includes("--json")) console.log(JSON.stringify(findings, null, 2));
  else findings.forEach((f) => console.log(show(f)));
  process.exit(findings.some((f) => f.severity === "high") ? 1 : 0);
}
