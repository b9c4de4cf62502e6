'use strict';
const { ESLint } = require('eslint');
const fg = require('fast-glob');
const path = require('path');
const fs = require('fs');

async function main() {
  const [repo = '.', ...rest] = process.argv.slice(2);
  const preset = rest.includes('--preset') ? rest[rest.indexOf('--preset') + 1] : 'recommended';
  const dry = rest.includes('--dry');
  const presetFile = path.join(__dirname, '..', 'presets', `${preset}.json`);
  const overrideConfig = fs.existsSync(presetFile) ? JSON.parse(fs.readFileSync(presetFile, 'utf8')) : {};

  const files = await fg(['**/*.{js,jsx,ts,tsx}'], { cwd: repo, ignore: ['**/node_modules/**', '**/dist/**'], absolute: true });
  const eslint = new ESLint({ cwd: repo, fix: !dry, overrideConfig });
  const byRule = {};
  for (let i = 0; i < files.length; i += 200) {
    const results = await eslint.lintFiles(files.slice(i, i + 200));
    if (!dry) await ESLint.outputFixes(results);
    for (const r of results) for (const m of r.messages) byRule[m.ruleId || 'parse'] = (byRule[m.ruleId || 'parse'] || 0) + 1;
    process.stderr.write(`batch ${i / 200 + 1}: ${results.length} files\n`);
  }
  Object.entries(byRule).sort((a, b) => b[1] - a[1]).forEach(([r, n]) => console.log(`${String(n).padStart(6)}  ${r}`));
}
main().catch((e) => { console.error(e); process.exit(1); });
