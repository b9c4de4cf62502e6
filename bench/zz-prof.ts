import { scanStatic } from '../src/scanning/engine.js';
import { loadCorpus } from './detect.js';
import { syntheticSkill } from './scan.js';
const corpus = loadCorpus();
const syn = syntheticSkill();
const which = process.argv[2] ?? 'both';
for (let r = 0; r < 6; r++) {
  if (which !== 'syn') for (const c of corpus) scanStatic(c.input);
  if (which !== 'corpus') scanStatic(syn.input);
}
