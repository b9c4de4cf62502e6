#!/usr/bin/env node
// Inline small local url(...) assets into CSS as base64 data URIs.
import { readFileSync, writeFileSync, statSync, existsSync, mkdirSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";

const MIME = {
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
  ".woff": "font/woff", ".woff2": "font/woff2",
};

const args = process.argv.slice(2);
const maxIdx = args.indexOf("--max");
const max = maxIdx >= 0 ? Number(args.splice(maxIdx, 2)[1]) : 4096;
const [input, output] = args;
if (!input || !output) {
  console.error("usage: inline-assets.mjs <in.css> <out.css> [--max bytes]");
  process.exit(2);
}

const base = dirname(resolve(input));
let inlined = 0, skipped = 0;
const css = readFileSync(input, "utf8").replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (m, q, ref) => {
  if (/^(data:|https?:|\/\/|#)/i.test(ref)) return m;
  const clean = ref.split(/[?#]/)[0];
  const file = resolve(base, clean);
  const mime = MIME[extname(file).toLowerCase()];
  if (!mime || !existsSync(file) || statSync(file).size > max) { skipped++; return m; }
  inlined++;
  return `url("data:${mime};base64,${readFileSync(file).toString("base64")}")`;
});

mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, css);
console.log(`${output}: ${inlined} inlined, ${skipped} left as URLs (max ${max} B)`);
