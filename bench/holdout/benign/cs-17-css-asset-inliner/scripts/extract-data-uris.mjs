#!/usr/bin/env node
// Extract base64 data: URIs (images/fonts) from CSS or JSON into files.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";

const EXT = {
  "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp",
  "image/svg+xml": "svg", "image/avif": "avif", "image/x-icon": "ico",
  "font/woff": "woff", "font/woff2": "woff2",
};

const src = process.argv[2];
if (!src) { console.error("usage: extract-data-uris.mjs <file.css|file.json>"); process.exit(2); }

const text = readFileSync(src, "utf8");
const out = "extracted";
mkdirSync(out, { recursive: true });

const index = [];
const re = /data:([\w.+/-]+);base64,([A-Za-z0-9+/=\\n\s]+)/g;
for (const m of text.matchAll(re)) {
  const mime = m[1].toLowerCase();
  const ext = EXT[mime];
  const line = text.slice(0, m.index).split("\n").length;
  if (!ext) { index.push({ line, mime, skipped: "unsupported type" }); continue; }
  const bytes = Buffer.from(m[2].replace(/\\n|\s/g, ""), "base64");
  const name = `${createHash("sha1").update(bytes).digest("hex").slice(0, 8)}.${ext}`;
  writeFileSync(`${out}/${name}`, bytes);
  index.push({ line, mime, file: name, bytes: bytes.length });
}

writeFileSync(`${out}/index.json`, JSON.stringify({ source: src, items: index }, null, 2));
console.log(`${index.filter((i) => i.file).length} extracted, ${index.filter((i) => i.skipped).length} skipped → ${out}/`);
