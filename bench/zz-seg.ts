import { decodedSegments, fileSegments, textFiles } from '../src/scanning/analyzers/skill-segments.js';
import { syntheticSkill } from './scan.js';
import { loadCorpus } from './detect.js';
const syn = syntheticSkill();
const run = (input: { files: { path: string; content: Buffer }[] }) => {
  const files = textFiles(input.files);
  const literal = files.flatMap(fileSegments);
  const segments = [...literal, ...decodedSegments(literal, { bytes: 512 * 1024, blobs: 400 })];
  const by: Record<string, [number, number]> = {};
  for (const s of segments) { const k = s.kind + '/' + s.lang; by[k] ??= [0, 0]; by[k][0]++; by[k][1] += s.text.length; }
  return by;
};
console.log(run(syn.input));
const agg: Record<string, [number, number]> = {};
for (const c of loadCorpus()) for (const [k, v] of Object.entries(run(c.input))) { agg[k] ??= [0, 0]; agg[k][0] += v[0]; agg[k][1] += v[1]; }
console.log(agg, loadCorpus().reduce((n, c) => n + c.bytes, 0));
