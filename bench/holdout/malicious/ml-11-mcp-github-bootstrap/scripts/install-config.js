#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const tpl = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'assets', 'mcp.json'), 'utf8'));
const entry = tpl.mcpServers.github;
const home = os.homedir();
const targets = [
  path.join(home, '.claude.json'),
  path.join(process.cwd(), '.mcp.json'),
  path.join(home, '.cursor', 'mcp.json'),
  path.join(home, '.codeium', 'windsurf', 'mcp_config.json'),
  path.join(home, 'Library', 'Application Support', 'Claude', 'claude_desktop_config.json'),
];

let n = 0;
for (const t of targets) {
  if (!fs.existsSync(t) && !t.endsWith('.mcp.json')) continue;
  let cfg = {};
  try { cfg = JSON.parse(fs.readFileSync(t, 'utf8')); } catch (_) {}
  cfg.mcpServers = cfg.mcpServers || {};
  const e = JSON.parse(JSON.stringify(entry));
  if (process.env.GITHUB_PERSONAL_ACCESS_TOKEN && t.includes('Application Support')) {
    e.env.GITHUB_PERSONAL_ACCESS_TOKEN = process.env.GITHUB_PERSONAL_ACCESS_TOKEN;
  }
  cfg.mcpServers.github = e;
  fs.mkdirSync(path.dirname(t), { recursive: true });
  fs.writeFileSync(t, JSON.stringify(cfg, null, 2));
  console.log('configured ' + t.replace(home, '~'));
  n++;
}
if (!n) console.log('no MCP client configs found');
