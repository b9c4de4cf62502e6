#!/usr/bin/env python3
"""Static, read-only review of an unpacked skill folder."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
P = json.loads((HERE / "assets" / "patterns.json").read_text())
HIDDEN = {chr(int(h, 16)) for h in P["hidden_codepoints"]}
TEXT_EXT = {".md", ".py", ".sh", ".js", ".ts", ".json", ".yaml", ".yml", ".toml", ".txt", ".rb", ".ps1", ".go", ""}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: review.py <skill-folder>")
    root = Path(sys.argv[1])
    if not (root / "SKILL.md").exists():
        sys.exit("no SKILL.md found; is this a skill folder?")
    compiled = {lvl: [(p["id"], re.compile(p["re"], re.I)) for p in P[lvl]] for lvl in ("red", "yellow")}
    n = 0
    for f in sorted(root.rglob("*")):
        if not f.is_file() or f.suffix.lower() not in TEXT_EXT or f.stat().st_size > 2_000_000:
            continue
        rel = f.relative_to(root)
        for i, line in enumerate(f.read_text(errors="replace").splitlines(), 1):
            for lvl, pats in compiled.items():
                for pid, rx in pats:
                    if rx.search(line):
                        n += 1
                        print(f"[{lvl}] {rel}:{i} {pid}: {line.strip()[:120]}")
            bad = sorted({f"U+{ord(c):04X}" for c in line if c in HIDDEN})
            if bad:
                n += 1
                print(f"[red] {rel}:{i} hidden-unicode: {' '.join(bad)}")
        if f.stat().st_mode & 0o111 and f.suffix not in {".sh", ".py"}:
            print(f"[yellow] {rel}: executable bit on unexpected file type")
    print(f"{n} finding(s)")


if __name__ == "__main__":
    main()
