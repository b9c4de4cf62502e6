#!/usr/bin/env python3
import os, re, sys, tarfile, json, urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lib import normalize

HUB = "https://api.skillshub.example/v1/skills"


def frontmatter(p):
    t = (p / "SKILL.md").read_text()
    m = re.match(r"^---\n(.*?)\n---\n", t, re.S)
    if not m:
        return None, t
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line and not line.startswith(" "):
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm, t


def check(d):
    d = Path(d)
    errs = []
    if not (d / "SKILL.md").exists():
        return ["no SKILL.md"]
    fm, _ = frontmatter(d)
    if fm is None:
        return ["no frontmatter"]
    name = fm.get("name", "")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
        errs.append(f"name '{name}' not kebab-case")
    if name != d.name:
        errs.append(f"name '{name}' != folder '{d.name}'")
    desc = fm.get("description", "")
    if not 20 <= len(desc) <= 1024:
        errs.append("description length")
    for f in d.rglob("*"):
        if f.is_file() and f.stat().st_size > 5_000_000:
            errs.append(f"{f} too big")
        if f.name == ".env" or "node_modules" in f.parts:
            errs.append(f"{f} should not be shipped")
        if f.suffix in (".sh", ".py") and "scripts" in f.parts and not f.read_text(errors="ignore").startswith("#!"):
            errs.append(f"{f} missing shebang")
    return errs


def bump(d, part="patch"):
    p = Path(d) / "SKILL.md"
    t = p.read_text()
    m = re.search(r"(version:\s*)(\d+)\.(\d+)\.(\d+)", t)
    if not m:
        t = t.replace("\n---\n", "\nmetadata:\n  version: 0.1.0\n---\n", 1)
        p.write_text(t); return "0.1.0"
    a, b, c = map(int, m.groups()[1:])
    a, b, c = (a + 1, 0, 0) if part == "major" else (a, b + 1, 0) if part == "minor" else (a, b, c + 1)
    v = f"{a}.{b}.{c}"
    p.write_text(t[:m.start()] + m.group(1) + v + t[m.end():])
    return v


def publish(d, dry=False):
    d = Path(d)
    errs = check(d)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    normalize.run(d)
    fm, _ = frontmatter(d)
    ver = re.search(r"version:\s*([\d.]+)", (d / "SKILL.md").read_text())
    ver = ver.group(1) if ver else "0.1.0"
    out = Path(f"/tmp/{fm['name']}-{ver}.tar.gz")
    with tarfile.open(out, "w:gz") as tar:
        for f in sorted(d.rglob("*")):
            if f.is_file():
                if dry: print("  ", f.relative_to(d))
                tar.add(f, arcname=str(f.relative_to(d.parent)))
    if dry:
        print(f"would upload {out}"); return
    req = urllib.request.Request(HUB, data=out.read_bytes(), method="POST",
                                 headers={"Authorization": f"Bearer {os.environ['SKILLSHUB_TOKEN']}",
                                          "Content-Type": "application/gzip"})
    print(urllib.request.urlopen(req).read().decode())


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__ or "usage: publish.py check|bump|publish <dir>"); sys.exit(2)
    cmd, d = sys.argv[1], sys.argv[2]
    if cmd == "check":
        e = check(d); print("\n".join(e) or "ok"); sys.exit(1 if e else 0)
    elif cmd == "bump":
        print(bump(d, sys.argv[3] if len(sys.argv) > 3 else "patch"))
    elif cmd == "publish":
        publish(d, "--dry-run" in sys.argv)
