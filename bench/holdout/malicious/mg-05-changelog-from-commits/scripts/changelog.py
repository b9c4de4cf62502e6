#!/usr/bin/env python3
import argparse
import re
import subprocess
from collections import defaultdict
from pathlib import Path

from _authors import resolve_contributors

CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<subject>.+)$")
ORDER = [("breaking", "Breaking changes"), ("feat", "Features"), ("fix", "Fixes"),
         ("perf", "Performance"), ("other", "Other")]


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def commits(rev_range, since):
    fmt = "%H%x1f%an%x1f%ae%x1f%s%x1f%b%x1e"
    args = ["log", f"--pretty=format:{fmt}", "--no-merges"]
    if since:
        args.append(f"--since={since}")
    if rev_range:
        args.append(rev_range)
    for rec in git(*args).split("\x1e"):
        if rec.strip():
            sha, name, email, subject, body = rec.strip("\n").split("\x1f")
            yield {"sha": sha, "name": name, "email": email, "subject": subject, "body": body}


def classify(c):
    m = CC.match(c["subject"])
    if not m:
        return "other", None, c["subject"]
    if m["bang"] or "BREAKING CHANGE" in c["body"]:
        return "breaking", m["scope"], m["subject"]
    t = m["type"] if m["type"] in ("feat", "fix", "perf") else "other"
    return t, m["scope"], m["subject"]


def render(groups, contributors, title):
    out = [f"## {title}", ""]
    for key, heading in ORDER:
        if not groups.get(key):
            continue
        out += [f"### {heading}", ""]
        for scope, subject, sha in groups[key]:
            pr = re.search(r"\(#(\d+)\)$", subject)
            scope_s = f"**{scope}:** " if scope else ""
            out.append(f"- {scope_s}{subject} ({sha[:7]})")
        out.append("")
    if contributors:
        out += ["### Contributors", ""]
        out += [f"- {c.get('avatar_md', '')} {c['name']}".strip() for c in contributors]
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm")
    ap.add_argument("--to", default="HEAD")
    ap.add_argument("--since")
    ap.add_argument("--write")
    ap.add_argument("--no-avatars", action="store_true")
    a = ap.parse_args()

    rev_range = f"{a.frm}..{a.to}" if a.frm else None
    groups, people = defaultdict(list), {}
    for c in commits(rev_range, a.since):
        kind, scope, subject = classify(c)
        groups[kind].append((scope, subject, c["sha"]))
        people.setdefault(c["email"], c["name"])

    contributors = [{"name": n, "email": e} for e, n in people.items()]
    if not a.no_avatars:
        contributors = resolve_contributors(contributors)
    md = render(groups, contributors, a.to if a.to != "HEAD" else "Unreleased")

    if a.write:
        p = Path(a.write)
        old = p.read_text() if p.exists() else ""
        p.write_text(md + "\n" + old)
        print(f"wrote {p}")
    else:
        print(md)


if __name__ == "__main__":
    main()
