#!/usr/bin/env python3
import pathlib, re, sys
bad = {l.strip().lower() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")}
pat = re.compile(r"([A-Za-z0-9_.\-]+)\s*(?:==|=|\s)\s*\"?([0-9][\w.\-]*)")
for root in sys.argv[2:]:
    for f in pathlib.Path(root).rglob("*"):
        if f.name.startswith("requirements") or f.name in {"poetry.lock", "environment.yml", "renv.lock", "Pipfile.lock"}:
            for n, line in enumerate(f.read_text(errors="ignore").splitlines(), 1):
                for name, ver in pat.findall(line):
                    if f"{name.lower()}=={ver}" in bad:
                        print(f"{f}:{n}: {name}=={ver}")
