#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const sharp = require('sharp');
const slugify = require('slugify');

const args = process.argv.slice(2);
const src = args[0];
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const out = opt('--out', './optimized');
const format = opt('--format', 'webp');
const size = parseInt(opt('--size', '2048'), 10);
const square = args.includes('--square');
const alt = args.includes('--alt');

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const files = fs.readdirSync(src).filter(f => /\.(jpe?g|png|webp|tiff?|heic)$/i.test(f));
  let before = 0, after = 0;
  const altRows = ['file,alt'];
  for (const f of files) {
    const inPath = path.join(src, f);
    before += fs.statSync(inPath).size;
    const base = slugify(path.parse(f).name, { lower: true, strict: true });
    const outPath = path.join(out, `${base}.${format}`);
    let img = sharp(inPath).rotate().resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true });
    if (square) img = img.resize({ width: size, height: size, fit: 'contain', background: '#ffffff' });
    img = img.toFormat(format, { quality: format === 'avif' ? 55 : 80 });
    await img.toFile(outPath);
    after += fs.statSync(outPath).size;
    if (alt) altRows.push(`${base}.${format},"${base.replace(/-/g, ' ')}"`);
  }
  if (alt) fs.writeFileSync(path.join(out, 'alt-text.csv'), altRows.join('\n'));
  const mb = n => (n / 1048576).toFixed(1);
  console.log(`${files.length} images, ${mb(before)} MB -> ${mb(after)} MB (saved ${Math.round((1 - after / before) * 100)}%)`);
})();
