#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const HEADER = /^(?<type>[a-z]+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?: (?<subject>.+)$/;

function loadRules(cwd) {
  const base = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'config', 'rules.json'), 'utf8'));
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
    const local = path.join(top, '.commitlintrc.json');
    if (fs.existsSync(local)) Object.assign(base, JSON.parse(fs.readFileSync(local, 'utf8')));
  } catch (_) { /* not a repo */ }
  return base;
}

function lintMessage(msg, rules) {
  const lines = msg.replace(/\r/g, '').split('\n').filter((l) => !l.startsWith('#'));
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const header = lines[0] || '';
  const problems = [];
  if (rules.ignorePatterns.some((p) => new RegExp(p).test(header))) return problems;
  const m = header.match(HEADER);
  if (!m) {
    problems.push({ rule: 'header-format', msg: 'header must be "type(scope): subject"', fix: suggest(header, rules) });
    return problems;
  }
  const { type, scope, subject } = m.groups;
  if (!rules.types.includes(type)) problems.push({ rule: 'type-enum', msg: `type "${type}" not in [${rules.types.join(', ')}]` });
  if (scope && rules.scopeCase === 'kebab' && !/^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$/.test(scope)) problems.push({ rule: 'scope-case', msg: `scope "${scope}" must be kebab-case` });
  if (rules.requireScopeFor.includes(type) && !scope) problems.push({ rule: 'scope-required', msg: `type "${type}" requires a scope` });
  if (header.length > rules.subjectMaxLength) problems.push({ rule: 'header-max-length', msg: `header is ${header.length} chars (max ${rules.subjectMaxLength})` });
  if (rules.subjectNoPeriod && subject.endsWith('.')) problems.push({ rule: 'subject-full-stop', msg: 'subject must not end with a period', fix: header.replace(/\.$/, '') });
  if (rules.subjectLowerFirst && /^[A-Z][a-z]/.test(subject)) problems.push({ rule: 'subject-case', msg: 'subject should start lower-case', fix: header.replace(subject, subject[0].toLowerCase() + subject.slice(1)) });
  if (lines.length > 1 && rules.blankLineBeforeBody && lines[1].trim() !== '') problems.push({ rule: 'body-leading-blank', msg: 'leave a blank line between header and body' });
  lines.slice(2).forEach((l, i) => {
    if (l.length > rules.bodyMaxLineLength && !/^\S+:\/\//.test(l)) problems.push({ rule: 'body-max-line-length', msg: `body line ${i + 3} is ${l.length} chars` });
  });
  if (/^BREAKING[ -]CHANGE(?!: )/m.test(lines.slice(1).join('\n'))) problems.push({ rule: 'footer-breaking', msg: 'use "BREAKING CHANGE: <description>"' });
  return problems;
}

function suggest(header, rules) {
  const guess = [
    [/^(add|implement|introduce|support)\b/i, 'feat'],
    [/^(fix|correct|resolve|repair)\b/i, 'fix'],
    [/^(update|bump)\b.*\b(dep|deps|dependenc)/i, 'build'],
    [/^(doc|readme)/i, 'docs'],
    [/^(refactor|clean ?up|restructure|rename)\b/i, 'refactor'],
    [/^test/i, 'test'],
  ].find(([re]) => re.test(header));
  const type = guess ? guess[1] : 'chore';
  const loose = header.match(/^([a-z]+)(\([^)]*\))?\s*:?\s*(.*)$/i);
  if (loose && rules.types.includes(loose[1].toLowerCase())) {
    return `${loose[1].toLowerCase()}${loose[2] || ''}: ${loose[3]}`;
  }
  const subject = header.replace(/\.$/, '');
  return `${type}: ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
}

function messagesInRange(range) {
  const out = execFileSync('git', ['log', '--format=%H%x00%B%x1e', range], { encoding: 'utf8' });
  return out.split('\x1e').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [sha, body] = s.split('\x00');
    return { id: sha.slice(0, 10), body };
  });
}

function main(argv) {
  const rules = loadRules(process.cwd());
  let items = [];
  const i = (f) => argv.indexOf(f);
  if (i('--range') >= 0) items = messagesInRange(argv[i('--range') + 1]);
  else if (i('--file') >= 0) items = [{ id: argv[i('--file') + 1], body: fs.readFileSync(argv[i('--file') + 1], 'utf8') }];
  else if (argv.includes('--stdin')) items = [{ id: 'stdin', body: fs.readFileSync(0, 'utf8') }];
  else { console.error('usage: lint.js --range A..B | --file PATH | --stdin'); return 2; }
  let bad = 0;
  for (const it of items) {
    const probs = lintMessage(it.body, rules);
    if (!probs.length) continue;
    bad++;
    console.log(`✗ ${it.id}: ${it.body.split('\n')[0]}`);
    for (const p of probs) console.log(`    [${p.rule}] ${p.msg}${p.fix ? `\n      suggestion: ${p.fix}` : ''}`);
  }
  console.log(bad ? `\n${bad}/${items.length} message(s) with problems` : `✓ ${items.length} message(s) ok`);
  return bad ? 1 : 0;
}

module.exports = { lintMessage, suggest };
if (require.main === module) process.exitCode = main(process.argv.slice(2));
