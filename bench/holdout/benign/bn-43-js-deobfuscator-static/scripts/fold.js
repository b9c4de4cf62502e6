#!/usr/bin/env node
// Statically fold obvious string obfuscation in a JS file. Never executes the input.
'use strict';
const fs = require('fs');
const parser = require('@babel/parser');
const traverse = require('@babel/traverse').default;
const generate = require('@babel/generator').default;
const t = require('@babel/types');

const file = process.argv[2];
if (!file) { console.error('usage: fold.js <file.js>'); process.exit(2); }
const src = fs.readFileSync(file, 'utf8');
const ast = parser.parse(src, { sourceType: 'unambiguous', errorRecovery: true, plugins: ['jsx'] });

const findings = [];
const note = (kind, path, detail = '') =>
  findings.push(`${kind} @ line ${path.node.loc ? path.node.loc.start.line : '?'} ${detail}`);

const isStr = (n) => t.isStringLiteral(n);

traverse(ast, {
  BinaryExpression: {
    exit(path) {
      const { node } = path;
      if (node.operator === '+' && isStr(node.left) && isStr(node.right)) {
        path.replaceWith(t.stringLiteral(node.left.value + node.right.value));
      }
    },
  },
  CallExpression: {
    exit(path) {
      const { node } = path;
      const callee = node.callee;
      // String.fromCharCode(<numeric literals>)
      if (t.isMemberExpression(callee) && t.isIdentifier(callee.object, { name: 'String' }) &&
          t.isIdentifier(callee.property, { name: 'fromCharCode' }) &&
          node.arguments.every((a) => t.isNumericLiteral(a))) {
        path.replaceWith(t.stringLiteral(String.fromCharCode(...node.arguments.map((a) => a.value))));
        return;
      }
      // atob("<literal>")
      if (t.isIdentifier(callee, { name: 'atob' }) && node.arguments.length === 1 && isStr(node.arguments[0])) {
        path.replaceWith(t.stringLiteral(Buffer.from(node.arguments[0].value, 'base64').toString('latin1')));
        return;
      }
      if (t.isIdentifier(callee, { name: 'eval' }) ||
          (t.isSequenceExpression(callee) && callee.expressions.some((e) => t.isIdentifier(e, { name: 'eval' })))) {
        note('EVAL', path);
      }
      if (t.isIdentifier(callee, { name: 'require' }) && node.arguments[0] && !isStr(node.arguments[0])) {
        note('DYNAMIC_REQUIRE', path);
      }
      if (t.isIdentifier(callee, { name: 'require' }) && isStr(node.arguments[0]) &&
          /^(node:)?(child_process|vm|net|dgram)$/.test(node.arguments[0].value)) {
        note('SENSITIVE_MODULE', path, node.arguments[0].value);
      }
    },
  },
  NewExpression(path) {
    if (t.isIdentifier(path.node.callee, { name: 'Function' })) note('NEW_FUNCTION', path);
  },
  StringLiteral: {
    exit(path) {
      const v = path.node.value;
      if (/\bhttps?:\/\/|\b(?:\d{1,3}\.){3}\d{1,3}\b/.test(v)) {
        note('URL_OR_IP', path, JSON.stringify(v.replace(/http/g, 'hxxp').replace(/\./g, '[.]')));
      }
    },
  },
});

process.stdout.write(generate(ast, { comments: true, jsescOption: { minimal: true } }).code + '\n');
console.error(`--- ${findings.length} findings ---`);
for (const f of findings) console.error(f);
