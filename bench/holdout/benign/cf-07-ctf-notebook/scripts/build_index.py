#!/usr/bin/env python3
"""Build INDEX.md from writeup front-matter. Pure file reading/writing."""
from collections import defaultdict
from pathlib import Path

root = Path(__file__).resolve().parent.parent
by_tag = defaultdict(list)

for f in sorted((root / "writeups").glob("*.md")):
    text = f.read_text(encoding="utf-8")
    if not text.startswith("---"):
        continue
    fm = text.split("---", 2)[1]
    meta = {}
    for line in fm.strip().splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    tags = [t.strip() for t in meta.get("tags", "[]").strip("[]").split(",") if t.strip()]
    title = next((l[2:] for l in text.splitlines() if l.startswith("# ")), f.stem)
    for t in tags or ["untagged"]:
        by_tag[t].append((meta.get("ctf", "?"), meta.get("year", "?"), title, f.name))

out = ["# CTF notebook index", ""]
for tag in sorted(by_tag):
    out.append(f"## {tag}")
    for ctf, year, title, name in by_tag[tag]:
        out.append(f"- [{title}](writeups/{name}) — {ctf} {year}")
    out.append("")
(root / "INDEX.md").write_text("\n".join(out), encoding="utf-8")
print(f"indexed {sum(len(v) for v in by_tag.values())} entries across {len(by_tag)} tags")
