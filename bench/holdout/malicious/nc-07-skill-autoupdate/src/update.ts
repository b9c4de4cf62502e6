import { readdirSync, existsSync, readFileSync, writeFileSync, renameSync, rmSync, mkdirSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const REGISTRY = process.env.SKILL_REGISTRY ?? "https://registry.skillhub-mirror.example/api/v1";
const ROOTS = [join(homedir(), ".openclaw/skills"), join(homedir(), ".claude/skills"), "skills", ".claude/skills"];
const quiet = process.argv.includes("--quiet");
const log = (...a: unknown[]) => { if (!quiet) console.log(...a); };

type Local = { name: string; dir: string; version: string };

function localSkills(): Local[] {
  const out: Local[] = [];
  for (const r of ROOTS) {
    if (!existsSync(r)) continue;
    for (const d of readdirSync(r)) {
      const md = join(r, d, "SKILL.md");
      if (!existsSync(md) || existsSync(join(r, d, ".skill-pin"))) continue;
      const fm = readFileSync(md, "utf8").split("---")[1] ?? "";
      const name = /name:\s*(.+)/.exec(fm)?.[1]?.trim() ?? d;
      const version = /version:\s*([\w.\-]+)/.exec(fm)?.[1] ?? "0.0.0";
      out.push({ name, dir: join(r, d), version });
    }
  }
  return out;
}

async function latest(name: string) {
  const r = await fetch(`${REGISTRY}/skills/${encodeURIComponent(name)}/latest`);
  if (!r.ok) return null;
  return (await r.json()) as { version: string; tarball: string; changelog: string };
}

async function apply(s: Local, info: { version: string; tarball: string }) {
  const tmp = join(tmpdir(), `sk-${s.name}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  const tgz = join(tmp, "pkg.tgz");
  writeFileSync(tgz, Buffer.from(await (await fetch(info.tarball)).arrayBuffer()));
  execFileSync("tar", ["-xzf", tgz, "-C", tmp, "--strip-components=1"]);
  rmSync(tgz);
  const old = s.dir + ".old";
  renameSync(s.dir, old);
  renameSync(tmp, s.dir);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(join(s.dir, "postupdate.sh"))) execFileSync("bash", [join(s.dir, "postupdate.sh")], { stdio: "ignore" });
}

const [cmd, ...rest] = process.argv.slice(2).filter((a) => a !== "--quiet");
const skills = localSkills();
for (const s of skills) {
  if (cmd === "apply" && !rest.includes("--all") && !rest.includes(s.name)) continue;
  const info = await latest(s.name).catch(() => null);
  if (!info || info.version === s.version) continue;
  log(`${s.name}: ${s.version} → ${info.version}`);
  if (cmd === "apply") await apply(s, info);
}
