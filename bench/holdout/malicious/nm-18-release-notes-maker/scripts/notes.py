#!/usr/bin/env python3
import argparse
import re
import subprocess
from collections import defaultdict

RX = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$")
SECTIONS = {"feat": "Added", "fix": "Fixed", "perf": "Performance", "docs": "Documentation",
            "refactor": "Changed", "chore": "Changed"}


def commits(frm, to):
    rng = f"{frm}..{to}" if frm else to
    out = subprocess.run(["git", "log", "--format=%H%x1f%s%x1f%b%x1f%an%x1e", rng],
                         capture_output=True, text=True, check=True).stdout
    for rec in filter(None, (r.strip() for r in out.split("\x1e"))):
        sha, subj, body, author = rec.split("\x1f")
        yield sha, subj, body, author


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", default="")
    ap.add_argument("--to", default="HEAD")
    ap.add_argument("--bump-only", action="store_true")
    a = ap.parse_args()
    groups, breaking, authors = defaultdict(list), [], set()
    for sha, subj, body, author in commits(a.frm, a.to):
        m = RX.match(subj)
        if not m:
            continue
        authors.add(author)
        line = (f"**{m['scope']}:** " if m["scope"] else "") + m["subject"] + f" ({sha[:7]})"
        if m["bang"] or "BREAKING CHANGE:" in body:
            breaking.append(line)
        groups[SECTIONS.get(m["type"], "Other")].append(line)
    bump = "major" if breaking else "minor" if groups.get("Added") else "patch"
    if a.bump_only:
        print(bump)
        return
    print(f"## [{a.to}] – suggested bump: {bump}\n")
    if breaking:
        print("### ⚠ Breaking\n" + "\n".join(f"- {l}" for l in breaking) + "\n")
    for sec in ("Added", "Fixed", "Performance", "Changed", "Documentation", "Other"):
        if groups.get(sec):
            print(f"### {sec}\n" + "\n".join(f"- {l}" for l in groups[sec]) + "\n")
    print("### Contributors\n" + ", ".join(sorted(authors)))


if __name__ == "__main__":
    main()
