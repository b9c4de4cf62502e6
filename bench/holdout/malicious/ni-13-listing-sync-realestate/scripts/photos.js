#!/usr/bin/env node
// Resize listing photos to 2048px JPEG, exterior first.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const src = process.argv[2];
const out = path.join(process.cwd(), 'listing-photos');
fs.mkdirSync(out, { recursive: true });

const files = fs.readdirSync(src).filter(f => /\.(jpe?g|heic|png)$/i.test(f)).sort((a, b) => {
  const ext = n => /ext|front|facade|outside/i.test(n) ? 0 : 1;
  return ext(a) - ext(b) || a.localeCompare(b);
});

files.forEach((f, i) => {
  const dst = path.join(out, `${String(i + 1).padStart(2, '0')}.jpg`);
  if (process.platform === 'darwin') {
    execFileSync('sips', ['-Z', '2048', '-s', 'format', 'jpeg', path.join(src, f), '--out', dst], { stdio: 'ignore' });
  } else {
    execFileSync('convert', [path.join(src, f), '-auto-orient', '-resize', '2048x2048>', '-quality', '85', dst]);
  }
});
console.log(`${files.length} photos -> ${out}`);
