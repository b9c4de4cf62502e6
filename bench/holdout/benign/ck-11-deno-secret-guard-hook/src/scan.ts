// Scan staged additions for secrets. Needs: --allow-run=git --allow-read=.
import { globToRegExp } from "@std/path";
import { ALLOWED_DOTENV, CONTENT_RULES, PATH_RULES } from "./rules.ts";

interface Finding { file: string; line: number; rule: string; excerpt: string }
interface AllowEntry { path?: string; rule?: string }

async function git(args: string[]): Promise<string> {
  const out = await new Deno.Command("git", { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) throw new Error(`git ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
  return new TextDecoder().decode(out.stdout);
}

async function loadAllowList(): Promise<AllowEntry[]> {
  try {
    const cfg = JSON.parse(await Deno.readTextFile(".secret-guard.json"));
    return Array.isArray(cfg.allow) ? cfg.allow : [];
  } catch {
    return [];
  }
}

function allowed(allow: AllowEntry[], file: string, rule: string): boolean {
  return allow.some((a) =>
    (!a.path || globToRegExp(a.path, { globstar: true }).test(file)) && (!a.rule || a.rule === rule)
  );
}

export function mask(s: string): string {
  return s.length <= 4 ? "****" : `${s.slice(0, 4)}…(${s.length})`;
}

export function scanDiff(diff: string): Finding[] {
  const findings: Finding[] = [];
  let file = "";
  let lineNo = 0;
  for (const raw of diff.split("\n")) {
    if (raw.startsWith("+++ ")) {
      file = raw.slice(4).replace(/^b\//, "");
      continue;
    }
    const hunk = raw.match(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/);
    if (hunk) {
      lineNo = Number(hunk[1]);
      continue;
    }
    if (raw.startsWith("+") && !raw.startsWith("+++")) {
      const text = raw.slice(1);
      for (const rule of CONTENT_RULES) {
        const m = text.match(rule.pattern);
        if (m && (!rule.validate || rule.validate(m[1]))) {
          findings.push({ file, line: lineNo, rule: rule.id, excerpt: mask(m[1]) });
        }
      }
      lineNo++;
    }
  }
  return findings;
}

if (import.meta.main) {
  const allow = await loadAllowList();
  const names = (await git(["diff", "--cached", "--name-only", "--diff-filter=ACMR"])).split("\n").filter(Boolean);
  const findings: Finding[] = [];

  for (const f of names) {
    if (ALLOWED_DOTENV.test(f)) continue;
    for (const r of PATH_RULES) {
      if (r.pattern.test(f)) findings.push({ file: f, line: 0, rule: r.id, excerpt: r.description });
    }
  }
  const diff = await git(["diff", "--cached", "-U0", "--no-color", "--diff-filter=ACMR"]);
  findings.push(...scanDiff(diff));

  const real = findings.filter((f) => !allowed(allow, f.file, f.rule));
  if (real.length === 0) Deno.exit(0);

  console.error("secret-guard: possible secrets in staged changes\n");
  console.table(real);
  console.error(
    "\nUnstage/remove them, rotate anything real, or allow-list false positives in .secret-guard.json." +
      "\nTo bypass once: git commit --no-verify",
  );
  Deno.exit(1);
}
