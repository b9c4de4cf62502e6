/**
 * Throughput bench: static engine on one core over the corpus and a synthetic large skill.
 * Usage: npx tsx bench/scan.ts [corpusDir]
 */
import { pathToFileURL } from 'node:url';
import { scanStatic, type StaticScanInput } from '../src/scanning/engine.js';
import { DEFAULT_CORPUS, loadCorpus } from './detect.js';

interface Measure {
  label: string;
  skills: number;
  bytes: number;
  ms: number;
  p50: number;
  p99: number;
}

function measure(
  label: string,
  inputs: { input: StaticScanInput; bytes: number }[],
  rounds: number,
): Measure {
  for (const s of inputs.slice(0, 20)) scanStatic(s.input);
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of inputs) {
      const t = performance.now();
      scanStatic(s.input);
      times.push(performance.now() - t);
    }
  }
  const ms = performance.now() - start;
  times.sort((a, b) => a - b);
  const bytes = inputs.reduce((n, s) => n + s.bytes, 0) * rounds;
  return {
    label,
    skills: inputs.length * rounds,
    bytes,
    ms,
    p50: times[times.length >> 1],
    p99: times[Math.floor(times.length * 0.99)],
  };
}

/** A big but realistic skill: many sections, code blocks in several languages, scripts. */
export function syntheticSkill(targetBytes = 4 * 1024 * 1024): { input: StaticScanInput; bytes: number } {
  const section = (i: number) =>
    `## Step ${i}\n\nCall the API with your key and parse the JSON answer; see https://docs.example.com/${i}.\n\n` +
    '```bash\ncurl -s -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/items | jq .\n```\n\n' +
    '```python\nimport json, os\nresp = requests.get(url, headers={"Authorization": os.environ["API_TOKEN"]})\nprint(json.dumps(resp.json()))\n```\n\n';
  const script =
    'import os\n\ndef run(path):\n    # read the input and write a summary\n    with open(path) as f:\n        return len(f.read())\n\n';
  let md =
    '---\nname: big-skill\ndescription: A large synthetic skill for throughput measurement\n---\n# Big\n\n';
  let i = 0;
  while (md.length < targetBytes / 2) md += section(i++);
  const py = script.repeat(Math.ceil(targetBytes / 2 / script.length));
  const files = [
    { path: 'SKILL.md', content: Buffer.from(md) },
    { path: 'scripts/tool.py', content: Buffer.from(py) },
  ];
  return { input: { files }, bytes: files.reduce((n, f) => n + f.content.length, 0) };
}

function row(m: Measure): string {
  const mbps = m.bytes / 1024 / 1024 / (m.ms / 1000);
  return `| ${m.label} | ${m.skills} | ${(m.bytes / 1024 / 1024).toFixed(1)} | ${((m.skills * 1000) / m.ms).toFixed(0)} | ${mbps.toFixed(1)} | ${m.p50.toFixed(2)} | ${m.p99.toFixed(2)} |`;
}

export function main(dir = process.argv[2] ?? DEFAULT_CORPUS): void {
  const corpus = loadCorpus(dir);
  const results = [
    measure('corpus (805 skills) ×5', corpus, 5),
    measure('synthetic 4 MiB skill ×5', [syntheticSkill()], 5),
  ];
  console.log(
    [
      '## Static scan throughput (one core)',
      '',
      '| workload | skills scanned | MiB | skills/s | MiB/s | p50 ms/skill | p99 ms/skill |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...results.map(row),
    ].join('\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
