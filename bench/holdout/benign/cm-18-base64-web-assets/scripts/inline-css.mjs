#!/usr/bin/env node
// Inline small url(...) assets in a CSS file as base64 data URIs.
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { dirname, resolve, relative, extname, sep } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string", short: "o" }, "max-kb": { type: "string", default: "8" } },
});
const [input] = positionals;
if (!input) { console.error("usage: inline-css.mjs in.css -o out.css [--max-kb 8]"); process.exit(64); }

const MIME = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
  ".webp": "image/webp", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff" };
const maxBytes = Number(values["max-kb"]) * 1024;
const base = dirname(resolve(input));
let inlined = 0, skipped = 0;

const css = readFileSync(input, "utf8").replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (m, q, ref) => {
  if (/^(data:|https?:|\/\/|#)/i.test(ref)) return m;
  const clean = ref.split(/[?#]/)[0];
  const file = resolve(base, clean);
  const rel = relative(base, file);
  if (rel.startsWith("..") || rel.includes(`..${sep}`)) { skipped++; return m; }   // stay inside the CSS dir
  const mime = MIME[extname(file).toLowerCase()];
  let size;
  try { size = statSync(file).size; } catch { skipped++; return m; }
  if (!mime || size > maxBytes) { skipped++; return m; }
  inlined++;
  return `url("data:${mime};base64,${readFileSync(file).toString("base64")}")`;
});

writeFileSync(values.out ?? input.replace(/\.css$/, ".inlined.css"), css);
console.error(`inlined ${inlined} asset(s), left ${skipped} as-is`);
