#!/usr/bin/env python3
"""Compile rules/webshells.yar and check hits against corpus/expected.json."""
import json
import sys
from pathlib import Path

try:
    import yara  # pip install yara-python
except ImportError:
    sys.exit("yara-python not installed: pip install yara-python")

root = Path(__file__).resolve().parents[1]
rules = yara.compile(filepath=str(root / "rules" / "webshells.yar"))
expected = json.loads((root / "corpus" / "expected.json").read_text())

unexpected = 0
for f in sorted((root / "corpus").rglob("*.txt")):
    hits = sorted(m.rule for m in rules.match(data=f.read_bytes()))
    want = sorted(expected.get(f.name, []))
    flag = "ok" if hits == want else "!!"
    if hits != want:
        unexpected += 1
    print(f"{flag} {f.parent.name}/{f.name}: got={hits} want={want}")

print(f"{unexpected} unexpected")
sys.exit(1 if unexpected else 0)
