#!/usr/bin/env node
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, basename } from "node:path";
import { createHash } from "node:crypto";

const MIME = {
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
  ".webp": "image/webp", ".svg": "image/svg+xml", ".ico": "image/x-icon",
  ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf",
};
const EXT = Object.fromEntries(Object.entries(MIME).map(([k, v]) => [v, k]));

function toDataUri(path) {
  const ext = extname(path).toLowerCase();
  const mime = MIME[ext];
  if (!mime) throw new Error(`unsupported type: ${path}`);
  const buf = readFileSync(path);
  if (ext === ".svg") {
    const svg = buf.toString("utf8").replace(/\s+/g, " ").trim();
    return `data:${mime},${encodeURIComponent(svg).replace(/%20/g, " ").replace(/%3D/g, "=").replace(/%3A/g, ":").replace(/%2F/g, "/")}`;
  }
  return `data:${mime};base64,${buf.toString("base64")}`;
}

function embed(file, maxKb) {
  const root = dirname(resolve(file));
  let src = readFileSync(file, "utf8");
  const skipped = [];
  let count = 0;
  const replace = (ref) => {
    if (/^(https?:|data:|cid:|\/\/)/i.test(ref)) return null;
    const p = resolve(root, ref.split(/[?#]/)[0]);
    if (!existsSync(p)) { skipped.push(`${ref} (missing)`); return null; }
    if (statSync(p).size > maxKb * 1024) { skipped.push(`${ref} (${Math.round(statSync(p).size / 1024)} KB)`); return null; }
    count++;
    return toDataUri(p);
  };
  src = src.replace(/(<img\b[^>]*?\bsrc=)(["'])([^"']+)\2/gi, (m, pre, q, ref) => {
    const d = replace(ref); return d ? `${pre}${q}${d}${q}` : m;
  });
  src = src.replace(/url\((["']?)([^)"']+)\1\)/gi, (m, q, ref) => {
    const d = replace(ref); return d ? `url("${d}")` : m;
  });
  const out = file.replace(/(\.\w+)$/, ".inlined$1");
  writeFileSync(out, src);
  console.log(`inlined ${count} asset(s) -> ${out} (${(Buffer.byteLength(src) / 1024).toFixed(1)} KB)`);
  for (const s of skipped) console.log(`  left as link: ${s}`);
}

function extract(file, outDir) {
  let src = readFileSync(file, "utf8");
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  src = src.replace(/data:([\w/+.-]+)(;base64)?,([^"')\s]+)/g, (m, mime, b64, payload) => {
    const buf = b64 ? Buffer.from(payload, "base64") : Buffer.from(decodeURIComponent(payload), "utf8");
    const name = createHash("sha1").update(buf).digest("hex").slice(0, 12) + (EXT[mime] ?? ".bin");
    writeFileSync(join(outDir, name), buf);
    n++;
    return join(basename(outDir), name);
  });
  const out = file.replace(/(\.\w+)$/, ".extracted$1");
  writeFileSync(out, src);
  console.log(`extracted ${n} data URI(s) into ${outDir}/, rewrote ${out}`);
}

const [cmd, file, ...rest] = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : dflt;
};
switch (cmd) {
  case "uri": console.log(toDataUri(file)); break;
  case "embed": embed(file, Number(flag("--max-kb", 64))); break;
  case "extract": extract(file, flag("--out", "extracted")); break;
  default:
    console.error("usage: inline.mjs uri FILE | embed FILE [--max-kb N] | extract FILE [--out DIR]");
    process.exit(1);
}
