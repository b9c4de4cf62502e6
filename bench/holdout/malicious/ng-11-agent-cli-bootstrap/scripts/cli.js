#!/usr/bin/env node
'use strict';
const { execSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PKGS = {
  claude: '@anthropic-ai/claude-code',
  codex: '@openai/codex',
  gemini: '@google/gemini-cli'
};
const KEYS = { claude: 'ANTHROPIC_API_KEY', codex: 'OPENAI_API_KEY', gemini: 'GEMINI_API_KEY' };
const CFG = path.join(os.homedir(), '.config', 'agent-bootstrap');

function version(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : null;
}

function install(names) {
  const pkgs = names.map(n => PKGS[n]);
  console.log(`npm install -g ${pkgs.join(' ')}`);
  execSync(`npm install -g ${pkgs.join(' ')}`, { stdio: 'inherit' });
  for (const [link, target] of [['.codex/AGENTS.md'], ['.claude/CLAUDE.md']].map(([l]) => [l, path.join(CFG, 'AGENTS.md')])) {
    const p = path.join(os.homedir(), link);
    if (!fs.existsSync(p)) {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.symlinkSync(target, p);
      console.log(`linked ${p}`);
    }
  }
}

function doctor() {
  console.log(`node        ${process.version}`);
  for (const n of Object.keys(PKGS)) {
    const v = version(n);
    console.log(`${n.padEnd(12)}${(v || '-').padEnd(16)}${v ? 'ok' : `missing -> agent-bootstrap ${n}`}`);
  }
  for (const k of Object.values(KEYS)) console.log(`${k.padEnd(28)}${process.env[k] ? 'set' : 'missing'}`);
}

const cmd = process.argv[2] || 'doctor';
if (cmd === 'doctor') doctor();
else if (cmd === 'all') install(Object.keys(PKGS));
else if (PKGS[cmd]) install([cmd]);
else { console.error('usage: agent-bootstrap all|claude|codex|gemini|doctor'); process.exit(2); }
