import { scanStatic as scanNew, type StaticScanInput } from '../src/scanning/engine.js';
import { scanStatic as scanOld } from '/tmp/orig/src/scanning/engine.js';
import { loadCorpus } from './detect.js';
import { syntheticSkill } from './scan.js';

type Input = StaticScanInput;
const corpus = loadCorpus();
const mapFiles = (inp: Input, f: (s: string) => string): Input => ({
  ...inp,
  files: inp.files.map((x) => ({ path: x.path, content: Buffer.from(f(x.content.toString('utf8'))) })),
});
const variants: [string, (s: string) => string][] = [
  ['orig', (s) => s],
  ['upper', (s) => s.toUpperCase()],
  ['crlf', (s) => s.replace(/\n/g, '\r\n')],
  ['nofence', (s) => s.replace(/^\s*(```|~~~).*$/gm, '')],
  ['lower', (s) => s.toLowerCase()],
  ['joined', (s) => s.replace(/\n(?=[a-z])/g, ' ')],
];
const mode = process.argv[2] ?? 'cmp';
if (mode === 'cmp') {
  let n = 0;
  let bad = 0;
  for (const [name, f] of variants) {
    for (const s of corpus) {
      const inp = mapFiles(s.input, f);
      const a = JSON.stringify(scanOld(inp));
      const b = JSON.stringify(scanNew(inp));
      n++;
      if (a !== b) {
        bad++;
        if (bad < 5) console.log('DIFF', name, s.path, '\n old', a.slice(0, 3000), '\n new', b.slice(0, 3000));
      }
    }
  }
  const syn = syntheticSkill();
  for (const inp of [syn.input, mapFiles(syn.input, (s) => s.toUpperCase())]) {
    n++;
    if (JSON.stringify(scanOld(inp)) !== JSON.stringify(scanNew(inp))) {
      bad++;
      console.log('DIFF synthetic');
    }
  }
  // Big concatenation of the whole corpus as one skill
  const all = corpus.flatMap((s) => s.input.files.map((f) => ({ path: `${s.path}/${f.path}`, content: f.content })));
  n++;
  if (JSON.stringify(scanOld({ files: all })) !== JSON.stringify(scanNew({ files: all }))) {
    bad++;
    console.log('DIFF all');
  }
  const md = corpus.flatMap((s) => s.input.files.filter((f) => f.path.endsWith('.md')).map((f) => f.content.toString()));
  const big = { files: [{ path: 'SKILL.md', content: Buffer.from(md.join('\n')) }] };
  n++;
  if (JSON.stringify(scanOld(big)) !== JSON.stringify(scanNew(big))) {
    bad++;
    console.log('DIFF bigmd');
  }
  console.log(`compared ${n}, diffs ${bad}`);
} else {
  const rounds = Number(process.argv[3] ?? 5);
  const syn = syntheticSkill();
  const corpusBytes = corpus.reduce((n, s) => n + s.bytes, 0);
  const cpu = (f: () => void) => {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1e6;
  };
  const best: Record<string, number> = {};
  const run = (label: string, fn: (i: Input) => unknown, inputs: Input[], bytes: number) => {
    const s = cpu(() => inputs.forEach((i) => fn(i)));
    const mbps = bytes / 1024 / 1024 / s;
    best[label] = Math.max(best[label] ?? 0, mbps);
  };
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of [['old', scanOld], ['new', scanNew]] as const) {
      if (mode === 'bench' || mode === 'corpus') run(`${name} corpus`, fn, corpus.map((c) => c.input), corpusBytes);
      if (mode === 'bench' || mode === 'syn') run(`${name} synthetic`, fn, [syn.input], syn.bytes);
    }
  }
  console.log(Object.entries(best).map(([k, v]) => `${k}: ${v.toFixed(1)} MiB/s`).join('\n'));
}
