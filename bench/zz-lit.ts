import { ALL_RULES } from '../src/scanning/rules/index.js';
import { literalsOf } from '../src/scanning/matcher.js';
import { literalScanner } from '../src/scanning/analyzers/literal-scanner.js';
import type { PatternRule, SignalRule } from '../src/scanning/rule.types.js';
import { syntheticSkill } from './scan.js';
const LINE = ALL_RULES.filter((r): r is PatternRule | SignalRule => r.type === 'pattern' || r.type === 'signal');
const lits = literalsOf(LINE);
console.log('literals', lits.length, new Set(lits).size, 'chars', [...new Set(lits)].join('').length);
const sc = literalScanner(lits);
const syn = syntheticSkill();
const text = syn.input.files.map((f) => f.content.toString()).join('\n');
const bits = new Uint32Array(sc.words);
for (let r = 0; r < 5; r++) {
  const t = process.cpuUsage();
  sc.scan(text, bits);
  const d = process.cpuUsage(t);
  console.log('scan ms', (d.user + d.system) / 1000, 'chars', text.length);
}
