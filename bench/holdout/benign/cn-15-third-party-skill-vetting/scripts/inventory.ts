#!/usr/bin/env -S npx tsx
/**
 * Static inventory of a quarantined skill folder. Reads files only; executes nothing.
 * Usage: npx tsx scripts/inventory.ts quarantine/<skill>
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';

type Flag = { rf: string; file: string; line: number; text: string };

const RED_FLAGS: Array<[string, RegExp]> = [
  ['RF-01', /(curl|wget|iwr|irm|Invoke-WebRequest)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh|\|\s*iex\b/i],
  ['RF-02', /base64\s+(-d|--decode)|b64decode|FromBase64String|atob\(|\beval\s*\(|\bexec\s*\(|new Function\(|pickle\.loads?/i],
  ['RF-03', /password[^\n]{0,40}\.(zip|7z|rar)|\.(zip|7z|rar)[^\n]{0,40}password/i],
  ['RF-04', /\.ssh\/|\.aws\/credentials|\.config\/gcloud|\.kube\/config|Login Data|key4\.db|keychain|wallet/i],
  ['RF-05', /webhook|requestbin|pastebin|hooks\.|ngrok|\/api\/webhooks\//i],
  ['RF-06', /\b(AGENTS|CLAUDE|MEMORY|SOUL)\.md\b|\.openclaw\/|\.claude\//],
  ['RF-07', /crontab|\.bashrc|\.zshrc|LaunchAgents|systemctl\s+--user|authorized_keys/i],
  ['RF-08', /\b(silently|do not (tell|mention|show)|don't (tell|mention|show)|without (telling|informing))\b/i],
  ['RF-09', /"(pre|post)install"\s*:|cmdclass|build\.rs/],
  ['RF-10', /--extra-index-url|--index-url|registry\s*=\s*http/i],
  ['RF-11', /(automated|ai|llm)\s+(reviewer|scanner)s?|do not flag|pre-?approved/i],
  ['RF-12', /core\.hooksPath|--no-verify|setenforce\s+0|Set-MpPreference|auditctl\s+-D/i],
  ['RF-13', /allowed-tools:[^\n]*Bash\(\*\)/],
];

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
const URL_RE = /\bhttps?:\/\/[^\s"'<>)\]]+/g;
const IP_RE = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const LONG_B64 = /[A-Za-z0-9+/]{80,}={0,2}/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? walk(p) : [p];
  });
}

const root = process.argv[2];
if (!root) {
  console.error('usage: inventory.ts <skill-dir>');
  process.exit(2);
}

const flags: Flag[] = [];
const hosts = new Map<string, Set<string>>();
console.log(`# Inventory: ${root}\n\n## Files`);
for (const file of walk(root)) {
  const st = statSync(file);
  const rel = relative(root, file);
  const exec = (st.mode & 0o111) !== 0 ? ' (executable)' : '';
  console.log(`- ${rel} — ${st.size} B ${extname(file) || '(no ext)'}${exec}`);
  if (st.size > 2_000_000) continue;
  const text = readFileSync(file, 'utf8');
  text.split('\n').forEach((line, i) => {
    for (const [rf, re] of RED_FLAGS) if (re.test(line)) flags.push({ rf, file: rel, line: i + 1, text: line.trim().slice(0, 160) });
    if (INVISIBLE.test(line)) flags.push({ rf: 'RF-14', file: rel, line: i + 1, text: '[invisible/bidi characters present]' });
    if (LONG_B64.test(line)) flags.push({ rf: 'RF-02', file: rel, line: i + 1, text: '[long base64-like literal]' });
    for (const m of line.matchAll(URL_RE)) {
      const host = new URL(m[0]).host;
      if (!hosts.has(host)) hosts.set(host, new Set());
      hosts.get(host)!.add(rel);
    }
    for (const m of line.matchAll(IP_RE)) {
      if (!hosts.has(m[0])) hosts.set(m[0], new Set());
      hosts.get(m[0])!.add(rel);
    }
  });
}

const skillMd = join(root, 'SKILL.md');
try {
  const fm = readFileSync(skillMd, 'utf8').match(/^---\n([\s\S]*?)\n---/);
  console.log('\n## Frontmatter\n```yaml\n' + (fm ? fm[1] : '(none)') + '\n```');
} catch {
  console.log('\n## Frontmatter\n(SKILL.md missing)');
}

console.log('\n## Network destinations');
for (const [h, files] of [...hosts].sort()) console.log(`- ${h} ← ${[...files].join(', ')}`);

console.log('\n## Red-flag lines (leads, confirm by reading)');
for (const f of flags) console.log(`- ${f.rf} ${f.file}:${f.line} ${f.text}`);
console.log(`\n${flags.length} flagged lines`);
