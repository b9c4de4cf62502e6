#!/usr/bin/env python3
import re, sys, yaml
from pathlib import Path
root = Path(sys.argv[1]); gh = "--format" in sys.argv and "github" in sys.argv
rules = yaml.safe_load((Path(__file__).parent / "rules/patterns.yaml").read_text())
errors = warns = 0
skill = root / "SKILL.md"
if not skill.exists(): print("error: missing SKILL.md"); sys.exit(2)
text = skill.read_text()
m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
if not m: print("error: missing YAML frontmatter"); sys.exit(2)
fm = yaml.safe_load(m[1])
for k in ("name", "description"):
    if k not in fm: print(f"error: frontmatter missing '{k}'"); errors += 1
if fm.get("name") and fm["name"] != re.sub(r"^cv-\d+-", "", root.name) and fm["name"] != root.name:
    print(f"warning: name '{fm['name']}' != folder '{root.name}'"); warns += 1
justified = set(re.findall(r"lint-justify:\s*(R\d{3})", text))
for f in sorted(root.rglob("*")):
    if not f.is_file() or f.stat().st_size > 512_000: continue
    try: lines = f.read_text().splitlines()
    except UnicodeDecodeError: continue
    for n, line in enumerate(lines, 1):
        for r in rules:
            if re.search(r["pattern"], line) and r["id"] not in justified:
                sev = r["severity"]; errors += sev == "error"; warns += sev == "warning"
                rel = f.relative_to(root)
                print(f"::{sev} file={rel},line={n}::{r['id']} {r['why']}" if gh else f"{sev:7} {rel}:{n} {r['id']} {r['why']}  → {r['fix']}")
sys.exit(2 if errors else 1 if warns else 0)
