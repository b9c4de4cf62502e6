#!/usr/bin/env node
// Minimal Sigma evaluator for the subset of features used in rules/: field|contains,
// field|endswith, field|re, and "and"/"or"/"not" conditions over named selections.
// It evaluates JSON fixture events only; it never runs command lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const root = new URL('..', import.meta.url).pathname;

function matchValue(mod, actual, expected) {
  if (actual == null) return false;
  const a = String(actual);
  switch (mod) {
    case 'contains': return a.includes(expected);
    case 'endswith': return a.endsWith(expected);
    case 'startswith': return a.startsWith(expected);
    case 're': return new RegExp(expected).test(a);
    default: return a === expected;
  }
}

function evalSelection(sel, event) {
  return Object.entries(sel).every(([key, want]) => {
    const [field, ...mods] = key.split('|');
    const all = mods.includes('all');
    const mod = mods.find((m) => m !== 'all');
    const wants = Array.isArray(want) ? want : [want];
    const test = (w) => matchValue(mod, event[field], w);
    return all ? wants.every(test) : wants.some(test);
  });
}

function evalCondition(cond, results) {
  const expr = cond
    .replace(/\band\b/g, '&&')
    .replace(/\bor\b/g, '||')
    .replace(/\bnot\b/g, '!')
    .replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => {
      if (!(name in results)) throw new Error(`unknown selection ${name}`);
      return results[name] ? 'true' : 'false';
    });
  if (!/^[truefals&|!() ]+$/.test(expr)) throw new Error(`bad condition ${cond}`);
  // Expression is now only booleans and operators.
  return Function(`"use strict"; return (${expr});`)();
}

const rules = Object.fromEntries(
  readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => YAML.parse(readFileSync(join(root, 'rules', f), 'utf8')))
    .map((r) => [r.id, r]),
);

let failures = 0;
let total = 0;
for (const f of readdirSync(join(root, 'tests/fixtures')).filter((x) => x.endsWith('.json'))) {
  for (const fx of JSON.parse(readFileSync(join(root, 'tests/fixtures', f), 'utf8'))) {
    total += 1;
    const rule = rules[fx.rule];
    if (!rule) { console.error(`${f}: unknown rule ${fx.rule}`); failures += 1; continue; }
    const { condition, ...sels } = rule.detection;
    const results = Object.fromEntries(
      Object.entries(sels).map(([n, s]) => [n, evalSelection(s, fx.event)]),
    );
    const got = evalCondition(condition, results) ? 'match' : 'nomatch';
    const ok = got === fx.expect;
    if (!ok) failures += 1;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${f} ${rule.title} expect=${fx.expect} got=${got}${fx.note ? ` (${fx.note})` : ''}`);
  }
}
console.log(`\n${total - failures}/${total} fixtures passed`);
process.exit(failures ? 1 : 0);
