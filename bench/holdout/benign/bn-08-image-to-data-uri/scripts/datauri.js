#!/usr/bin/env node
// Encode a local image as a data URI, or decode a data URI into a file.
'use strict';
const fs = require('fs');
const path = require('path');

const MIME = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

function encode(file, asCss) {
  const mime = MIME[path.extname(file).toLowerCase()];
  if (!mime) throw new Error(`unsupported extension: ${file}`);
  const buf = fs.readFileSync(file);
  if (buf.length > 20 * 1024) console.error(`warning: ${file} is ${(buf.length / 1024).toFixed(1)} KB`);
  const uri = `data:${mime};base64,${buf.toString('base64')}`;
  console.log(asCss ? `url("${uri}")` : uri);
}

function decode(uri, out, force) {
  const m = /^data:([\w/+.-]+);base64,(.+)$/s.exec(uri.trim());
  if (!m) throw new Error('not a base64 data URI');
  if (fs.existsSync(out) && !force) throw new Error(`${out} exists (use --force)`);
  fs.writeFileSync(out, Buffer.from(m[2], 'base64'));
  console.log(`wrote ${out} (${m[1]})`);
}

const [cmd, a, b] = process.argv.slice(2);
const flags = new Set(process.argv.slice(2).filter((x) => x.startsWith('--')));
try {
  if (cmd === 'encode') encode(a, flags.has('--css'));
  else if (cmd === 'decode') decode(a, b, flags.has('--force'));
  else {
    console.error('usage: datauri.js encode <file> [--css] | decode <uri> <out> [--force]');
    process.exit(2);
  }
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
