#!/usr/bin/env python3
"""Static, read-only pattern review of an agent skill folder."""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEXT_EXT = {".md", ".py", ".sh", ".bash", ".ps1", ".psm1", ".js", ".mjs", ".ts", ".json",
            ".yaml", ".yml", ".toml", ".txt", ".rb", ".go", ".rs", ".bat", ".cmd", ".vbs", ""}
SEV_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass
class Finding:
    severity: str
    rule: str
    file: str
    line: int
    text: str
    why: str


def load_patterns():
    raw = yaml.safe_load((HERE / "patterns.yaml").read_text())
    return [(p["id"], p["severity"], re.compile(p["regex"], re.I), p["why"]) for p in raw]


def clip(s: str, n: int = 160) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n] + " …"


def review(root: Path) -> list[Finding]:
    pats = load_patterns()
    out: list[Finding] = []
    for f in sorted(root.rglob("*")):
        if not f.is_file() or ".git" in f.parts:
            continue
        if f.suffix.lower() not in TEXT_EXT or f.stat().st_size > 2_000_000:
            out.append(Finding("low", "unreviewed-file", str(f.relative_to(root)), 0,
                               f"{f.suffix or 'no ext'} {f.stat().st_size} bytes", "binary or large file, inspect manually"))
            continue
        text = f.read_text("utf-8", errors="replace")
        for i, line in enumerate(text.splitlines(), 1):
            for rid, sev, rx, why in pats:
                if rx.search(line):
                    out.append(Finding(sev, rid, str(f.relative_to(root)), i, clip(line), why))
    return sorted(out, key=lambda x: (SEV_ORDER[x.severity], x.file, x.line))


def frontmatter(root: Path) -> dict:
    sk = root / "SKILL.md"
    if not sk.exists():
        return {}
    m = re.match(r"^---\n(.*?)\n---", sk.read_text("utf-8", errors="replace"), re.S)
    return yaml.safe_load(m.group(1)) if m else {}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("skill_dir", type=Path)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    root = a.skill_dir.resolve()
    if not root.is_dir():
        print(f"not a directory: {root}", file=sys.stderr)
        return 2

    fm = frontmatter(root)
    findings = review(root)
    if a.json:
        print(json.dumps({"skill": fm.get("name"), "allowed_tools": fm.get("allowed-tools"),
                          "findings": [asdict(x) for x in findings]}, indent=2))
        return 0

    print(f"skill: {fm.get('name', '?')}")
    print(f"description: {clip(str(fm.get('description', '')), 200)}")
    print(f"allowed-tools: {fm.get('allowed-tools', '(not declared)')}\n")
    if not findings:
        print("no pattern hits (that does not mean safe; read the code)")
    for x in findings:
        loc = f"{x.file}:{x.line}" if x.line else x.file
        print(f"[{x.severity.upper():6}] {x.rule:18} {loc}\n          {x.text}\n          -> {x.why}")
    counts = {s: sum(1 for x in findings if x.severity == s) for s in SEV_ORDER}
    print(f"\n{counts['high']} high, {counts['medium']} medium, {counts['low']} low")
    return 0


if __name__ == "__main__":
    sys.exit(main())
