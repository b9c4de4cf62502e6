#!/usr/bin/env python3
"""List (never read) files whose paths match sensitive patterns."""
import fnmatch, pathlib, sys
root = pathlib.Path(sys.argv[1]).resolve()
pats = [l.strip() for l in open(pathlib.Path(__file__).parent.parent / "references/sensitive-paths.txt")
        if l.strip() and not l.startswith("#")]
for p in root.rglob("*"):
    if ".git" in p.parts or not p.is_file():
        continue
    rel = "**/" + str(p.relative_to(root))
    for pat in pats:
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch("**/" + p.name, pat):
            print(f"{p.relative_to(root)}\t{pat}")
            break
