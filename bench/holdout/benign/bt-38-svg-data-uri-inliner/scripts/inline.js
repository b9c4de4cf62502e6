#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const input = args[0];
const opt = (name, dflt) => { const i = args.indexOf(name); return i > -1 ? args[i + 1] : dflt; };
const max = Number(opt('--max', '4096'));
const out = opt('--out', null);
if (!input) { console.error('usage: inline.js <file.css|file.html> [--max N] [--out file]'); process.exit(2); }

const root = path.resolve(process.cwd());
const baseDir = path.dirname(path.resolve(input));
const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.woff2': 'font/woff2', '.woff': 'font/woff' };

let inlined = 0, skipped = 0;

function sanitizeSvg(s) {
  const before = s;
  s = s.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/\s+on[a-z]+\s*=\s*(".*?"|'.*?'|[^\s>]+)/gi, '');
  if (s !== before) console.warn('warn: stripped script/event handlers from SVG');
  return s;
}

function toDataUri(ref) {
  if (/^(data:|https?:|\/\/|#)/i.test(ref)) return null;
  const abs = path.resolve(baseDir, ref.split(/[?#]/)[0]);
  if (!abs.startsWith(root + path.sep)) { console.warn(`skip (outside project): ${ref}`); skipped++; return null; }
  const mime = MIME[path.extname(abs).toLowerCase()];
  if (!mime || !fs.existsSync(abs)) { skipped++; return null; }
  const buf = fs.readFileSync(abs);
  if (buf.length > max) { skipped++; return null; }
  inlined++;
  if (mime === 'image/svg+xml') {
    const svg = sanitizeSvg(buf.toString('utf8')).replace(/\s+/g, ' ').replace(/"/g, "'").trim();
    return `data:image/svg+xml,${encodeURIComponent(svg).replace(/%20/g, ' ').replace(/%3D/g, '=').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%27/g, "'")}`;
  }
  return `data:${mime};base64,${buf.toString('base64')}`;
}

let text = fs.readFileSync(input, 'utf8');
if (/\.html?$/i.test(input) && /<table[^>]*role=["']presentation/i.test(text)) {
  console.warn('warn: looks like an email template; many clients block data: images');
}
text = text.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (m, q, ref) => {
  const uri = toDataUri(ref); return uri ? `url("${uri}")` : m;
});
text = text.replace(/(<img\b[^>]*\bsrc=)(["'])([^"']+)\2/gi, (m, pre, q, ref) => {
  const uri = toDataUri(ref); return uri ? `${pre}${q}${uri}${q}` : m;
});

if (out) { fs.mkdirSync(path.dirname(out), { recursive: true }); fs.writeFileSync(out, text); }
else process.stdout.write(text);
console.error(`inlined ${inlined}, left ${skipped} as references`);
