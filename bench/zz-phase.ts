import { decodedSegments, fileSegments, textFiles } from '../src/scanning/analyzers/skill-segments.js';
import { skillContext } from '../src/scanning/skill-context.js';
import { buildView, compileRules, literalsOf, matchView, SCOPES, type PatternHit } from '../src/scanning/matcher.js';
import { literalScanner } from '../src/scanning/analyzers/literal-scanner.js';
import { ALL_RULES } from '../src/scanning/rules/index.js';
import type { CustomRule, PatternRule, SignalRule, TagHit } from '../src/scanning/rule.types.js';
import { loadCorpus } from './detect.js';
import { syntheticSkill } from './scan.js';
const LINE_RULES = ALL_RULES.filter((r): r is PatternRule | SignalRule => r.type === 'pattern' || r.type === 'signal');
const CUSTOM_RULES = ALL_RULES.filter((r): r is CustomRule => r.type === 'custom');
const LITERALS = literalScanner(literalsOf(LINE_RULES));
const COMPILED = compileRules(LINE_RULES, LITERALS.ids);
const T: Record<string, number> = {};
let last = 0;
const now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const lap = (k: string) => { const t = now(); T[k] = (T[k] ?? 0) + t - last; last = t; };
const corpus = loadCorpus();
const syn = syntheticSkill();
const inputs = process.argv[2] === 'syn' ? [syn.input] : corpus.map((c) => c.input);
for (let r = 0; r < 5; r++)
  for (const input of inputs) {
    last = now();
    const files = textFiles(input.files);
    const ctx = skillContext(files, input.frontmatter ?? null);
    lap('textFiles+ctx');
    const literal = files.flatMap(fileSegments);
    lap('fileSegments');
    const segments = [...literal, ...decodedSegments(literal, { bytes: 512 * 1024, blobs: 400 })];
    lap('decode');
    const hits: PatternHit[] = [];
    const tags: TagHit[] = [];
    const perSegment = segments.map((s) => { const bits = new Uint32Array(LITERALS.words); LITERALS.scan(s.text, bits); return bits; });
    const present = new Uint32Array(LITERALS.words);
    for (const bits of perSegment) for (let w = 0; w < bits.length; w++) present[w] |= bits[w];
    lap('literals');
    for (const scope of SCOPES) {
      const v = buildView(segments, perSegment, scope);
      lap('buildView');
      matchView(v, COMPILED, present, ctx, hits, tags);
      lap('match ' + scope);
    }
    for (const rule of CUSTOM_RULES) {
      rule.check({ segments, files, ctx, tagHits: tags });
      lap('custom ' + rule.id);
    }
  }
const tot = Object.values(T).reduce((a, b) => a + b, 0);
for (const [k, v] of Object.entries(T).sort((a, b) => b[1] - a[1])) console.log(k.padEnd(30), v.toFixed(0), (100 * v / tot).toFixed(1) + '%');
