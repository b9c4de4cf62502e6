import { resolve } from 'node:path';

const HOLDOUT = resolve(process.cwd(), 'bench/holdout');

/** `npm run bench [-- name...]`: runs the named benchmarks (default all), each printing a markdown table. */
const BENCHES: Record<string, () => Promise<{ main: () => void | Promise<void> }>> = {
  detect: () => import('./detect.js'),
  // Skills written for this bench by authors who never saw the rules (bench/holdout/README.md).
  holdout: () => import('./detect.js').then((m) => ({ main: () => m.main(HOLDOUT) })),
  scan: () => import('./scan.js'),
  import: () => import('./import.js'),
  sandbox: () => import('./sandbox.js'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
// Each benchmark reads its own optional arguments; under run-all they take their defaults.
process.argv.length = 2;
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
  const load = BENCHES[name];
  if (!load) throw new Error(`unknown benchmark ${name}; choose from ${Object.keys(BENCHES).join(', ')}`);
  console.log(`\n## bench: ${name}`);
  await (await load()).main();
}
