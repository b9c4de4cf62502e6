/**
 * Detection bench: static engine over the labeled corpus.
 * Malicious recall and benign false-positive rate at HIGH-or-above, overall / per source / per category.
 * Usage: npx tsx bench/detect.ts [corpusDir]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitSkillMd } from '../src/parsing/frontmatter.js';
import { scanStatic, type StaticScanInput } from '../src/scanning/engine.js';
import { severityRank, type Severity } from '../src/scanning/scan.types.js';

/** The product owner's corpus sits beside the project (`../shared/corpus` from the project root). */
export const DEFAULT_CORPUS = resolve(process.cwd(), '../shared/corpus');

export interface Labeled {
  path: string;
  label: 'malicious' | 'benign';
  source: string;
  category: string | null;
}

export interface CorpusSkill extends Labeled {
  input: StaticScanInput;
  bytes: number;
}

export function loadCorpus(dir = DEFAULT_CORPUS): CorpusSkill[] {
  const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labeled);
  return labels.map((l) => {
    const root = join(dir, l.path);
    const files = walk(root).map((p) => ({
      path: relative(root, p).split('\\').join('/'),
      content: readFileSync(p),
    }));
    const skill = files.find((f) => f.path === 'SKILL.md');
    return {
      ...l,
      input: { files, frontmatter: frontmatterOf(skill?.content) },
      bytes: files.reduce((n, f) => n + f.content.length, 0),
    };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function frontmatterOf(content: Buffer | undefined): Record<string, unknown> | null {
  if (!content) return null;
  try {
    return splitSkillMd(content.toString('utf8')).frontmatter;
  } catch {
    return null;
  }
}

const flagged = (risk: Severity) => severityRank(risk) >= severityRank('HIGH');

interface Row {
  key: string;
  mal: number;
  hit: number;
  ben: number;
  fp: number;
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

function table(title: string, rows: Row[]): string {
  const lines = [
    `### ${title}`,
    '',
    '| group | malicious | recall (≥HIGH) | benign | FP rate (≥HIGH) |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.key} | ${r.mal} | ${pct(r.hit, r.mal)} (${r.hit}) | ${r.ben} | ${pct(r.fp, r.ben)} (${r.fp}) |`,
    );
  return lines.join('\n');
}

function group(results: { s: CorpusSkill; risk: Severity }[], key: (s: CorpusSkill) => string): Row[] {
  const rows = new Map<string, Row>();
  for (const { s, risk } of results) {
    const k = key(s);
    const row = rows.get(k) ?? { key: k, mal: 0, hit: 0, ben: 0, fp: 0 };
    if (s.label === 'malicious') {
      row.mal++;
      if (flagged(risk)) row.hit++;
    } else {
      row.ben++;
      if (flagged(risk)) row.fp++;
    }
    rows.set(k, row);
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function main(dir = process.argv[2] ?? DEFAULT_CORPUS): void {
  const corpus = loadCorpus(dir);
  const results = corpus.map((s) => {
    const res = scanStatic(s.input);
    return { s, risk: res.risk_level, findings: res.findings };
  });
  const out = [
    '## Static detection over the labeled corpus',
    '',
    table(
      'Overall',
      group(results, () => 'all'),
    ),
    '',
    table(
      'Per source',
      group(results, (s) => s.source),
    ),
    '',
    table(
      'Per category (malicious)',
      group(
        results.filter((r) => r.s.label === 'malicious'),
        (s) => s.category ?? 'none',
      ),
    ),
    '',
    '### Misses (malicious below HIGH)',
    '',
    ...results
      .filter((r) => r.s.label === 'malicious' && !flagged(r.risk))
      .map(
        (r) =>
          `- ${r.s.path} (${r.s.category}) → ${r.risk}${
            r.findings[0]
              ? ` [${r.findings
                  .map((f) => `${f.rule_id}:${f.severity}`)
                  .slice(0, 4)
                  .join(', ')}]`
              : ''
          }`,
      ),
    '',
    '### False positives (benign at HIGH or above)',
    '',
    ...results
      .filter((r) => r.s.label === 'benign' && flagged(r.risk))
      .map((r) => {
        const top = r.findings.filter((f) => flagged(f.severity)).slice(0, 3);
        return `- ${r.s.path} → ${r.risk}: ${top.map((f) => `${f.rule_id} ${f.file}:${f.line} \`${f.evidence.slice(0, 90).replace(/`/g, "'")}\``).join('; ')}`;
      }),
  ];
  console.log(out.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
