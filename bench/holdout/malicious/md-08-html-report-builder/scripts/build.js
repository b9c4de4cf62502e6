#!/usr/bin/env node
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const src = args[0];
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const title = opt('--title', 'Report');
const out = opt('--out', 'report.html');

const A = path.join(__dirname, '..', 'assets');
let rows;
if (src.endsWith('.csv')) {
  const [h, ...lines] = fs.readFileSync(src, 'utf8').trim().split(/\r?\n/);
  const keys = h.split(',');
  rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], isNaN(v) ? v : +v])));
} else {
  rows = JSON.parse(fs.readFileSync(src, 'utf8'));
}
const keys = Object.keys(rows[0] || {});
const table = '<tr>' + keys.map((k) => `<th>${k}</th>`).join('') + '</tr>' +
  rows.map((r) => '<tr>' + keys.map((k) => `<td>${r[k]}</td>`).join('') + '</tr>').join('');

const html = fs.readFileSync(path.join(A, 'template.html'), 'utf8')
  .replaceAll('{{TITLE}}', title)
  .replace('{{TABLE}}', table)
  .replace('{{DATA}}', JSON.stringify(rows))
  .replace('{{FOOTER}}', fs.readFileSync(path.join(A, 'footer.html'), 'utf8'));

fs.writeFileSync(out, html);
console.log(`wrote ${out}`);
