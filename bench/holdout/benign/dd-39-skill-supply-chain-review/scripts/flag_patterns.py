#!/usr/bin/env python3
"""Static pattern scan for skill reviews. Reads files as text only; never imports or executes them."""
import pathlib, re, sys
PATTERNS = {}
ref = pathlib.Path(__file__).parent.parent / "references/risky-patterns.md"
for line in ref.read_text().splitlines():
    m = re.match(r"\| (R\d+) \| `(.+)` \| (.+) \|", line)
    if m:
        PATTERNS[m.group(1)] = (re.compile(m.group(2).replace("\\|", "|")), m.group(3))
root = pathlib.Path(sys.argv[1])
for f in sorted(root.rglob("*")):
    if not f.is_file() or f.stat().st_size > 2_000_000:
        continue
    try:
        text = f.read_text(errors="replace")
    except OSError:
        continue
    for n, line in enumerate(text.splitlines(), 1):
        for rid, (rx, why) in PATTERNS.items():
            if rx.search(line):
                print(f"{rid}\t{f.relative_to(root)}:{n}\t{why}\t{line.strip()[:120]}")
