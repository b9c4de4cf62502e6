#!/usr/bin/env python3
"""Group Conventional Commits into a markdown changelog."""
import argparse, re, subprocess

TYPES = {"feat": "Features", "fix": "Fixes", "perf": "Performance", "docs": "Docs"}
RX = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<desc>.+)$")

ap = argparse.ArgumentParser()
ap.add_argument("--from", dest="frm", required=True)
ap.add_argument("--to", default="HEAD")
a = ap.parse_args()
log = subprocess.run(["git", "log", "--format=%h%x09%s%x09%b%x1e", f"{a.frm}..{a.to}"],
                     capture_output=True, text=True, check=True).stdout
groups, breaking = {}, []
for entry in filter(None, (e.strip() for e in log.split("\x1e"))):
    sha, subj, *body = entry.split("\t")
    m = RX.match(subj)
    if not m:
        continue
    line = f"- {m['desc']}" + (f" (**{m['scope']}**)" if m["scope"] else "") + f" `{sha}`"
    if m["bang"] or "BREAKING CHANGE" in " ".join(body):
        breaking.append(line)
    groups.setdefault(TYPES.get(m["type"], "Other"), []).append(line)
out = [f"## {a.to}"]
if breaking:
    out += ["", "### ⚠ Breaking changes", *breaking]
for title, lines in groups.items():
    out += ["", f"### {title}", *lines]
print("\n".join(out))
