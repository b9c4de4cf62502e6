#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { checkFlows, checkSettings, checkPackages } = require('./rules');

const SEV = { low: 1, medium: 2, high: 3 };

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : def;
}

// settings.js is a CommonJS module; only pull out the keys we care about without executing it
function readSettings(file) {
  if (!file || !fs.existsSync(file)) return {};
  const src = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const has = (k) => new RegExp(`\\b${k}\\s*:`).test(src);
  const cs = src.match(/\bcredentialSecret\s*:\s*(false|["'][^"']*["'])/);
  return {
    adminAuth: has('adminAuth'),
    httpNodeAuth: has('httpNodeAuth'),
    credentialSecret: cs ? (cs[1] === 'false' ? false : true) : undefined,
  };
}

function main() {
  const dir = arg('dir', path.join(os.homedir(), '.node-red'));
  const flowsFile = arg('flows', fs.existsSync(path.join(dir, 'flows.json')) ? path.join(dir, 'flows.json')
    : (fs.readdirSync(dir).find((f) => /^flows_.*\.json$/.test(f) && !f.includes('_cred')) || 'flows.json'));
  const settingsFile = arg('settings', path.join(dir, 'settings.js'));
  const minSev = SEV[arg('min-severity', 'low')] || 1;
  const failOn = SEV[arg('fail-on', 'high')] || 3;

  const flows = JSON.parse(fs.readFileSync(path.isAbsolute(flowsFile) ? flowsFile : path.join(dir, flowsFile), 'utf8'));
  const settings = readSettings(settingsFile);
  const pkgPath = path.join(dir, 'package.json');
  const pkg = fs.existsSync(pkgPath) ? JSON.parse(fs.readFileSync(pkgPath, 'utf8')) : {};

  const findings = [...checkSettings(settings), ...checkFlows(flows, settings), ...checkPackages(pkg)]
    .filter((f) => SEV[f.severity] >= minSev)
    .sort((a, b) => SEV[b.severity] - SEV[a.severity] || a.id.localeCompare(b.id));

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ flows: flowsFile, findings }, null, 2));
  } else {
    console.log(`${findings.length} finding(s) in ${flowsFile}\n`);
    for (const f of findings) {
      const where = f.node ? ` [${f.node.tab} / ${f.node.name || f.node.type} ${f.node.id}]` : '';
      console.log(`${f.severity.toUpperCase().padEnd(6)} ${f.id}  ${f.msg}${where}`);
    }
  }
  process.exitCode = findings.some((f) => SEV[f.severity] >= failOn) ? 1 : 0;
}

main();
