import argparse
import fnmatch
import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

from .rules import PLACEHOLDERS, RULES

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}
MAX_BYTES = 1_000_000


def entropy(s):
    c = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


def redact(s):
    return s if len(s) <= 8 else f"{s[:4]}…{s[-2:]} ({len(s)} chars)"


def load_allow(root):
    f = root / ".secret-sniff-allow"
    if not f.exists():
        return []
    return [l.strip() for l in f.read_text().splitlines() if l.strip() and not l.startswith("#")]


def scan_text(text, path):
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if "secret-sniff: allow" in line:
            continue
        for rid, desc, rx, min_ent in RULES:
            for m in rx.finditer(line):
                val = m.group(1)
                if val.lower() in PLACEHOLDERS or "EXAMPLE" in val:
                    continue
                if min_ent and entropy(val) < min_ent:
                    continue
                out.append({"file": str(path), "line": lineno, "rule": rid,
                            "description": desc, "preview": redact(val)})
    return out


def iter_files(root, allow):
    for p in root.rglob("*"):
        if any(part in SKIP_DIRS for part in p.parts) or not p.is_file():
            continue
        rel = p.relative_to(root).as_posix()
        if any(fnmatch.fnmatch(rel, a) for a in allow):
            continue
        if p.stat().st_size > MAX_BYTES:
            continue
        yield p, rel


def staged_files(root):
    names = subprocess.run(["git", "diff", "--cached", "--name-only", "--diff-filter=ACM"],
                           cwd=root, capture_output=True, text=True, check=True).stdout.split()
    for n in names:
        blob = subprocess.run(["git", "show", f":{n}"], cwd=root, capture_output=True, check=True).stdout
        yield n, blob


def main():
    ap = argparse.ArgumentParser(prog="secret_sniff")
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--staged", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    root = Path(a.path).resolve()
    allow = load_allow(root)

    findings = []
    if a.staged:
        for rel, blob in staged_files(root):
            if any(fnmatch.fnmatch(rel, pat) for pat in allow):
                continue
            findings += scan_text(blob.decode("utf-8", "replace"), rel)
    else:
        for p, rel in iter_files(root, allow):
            try:
                findings += scan_text(p.read_text("utf-8"), rel)
            except UnicodeDecodeError:
                continue

    if a.json:
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            print(f"{f['file']}:{f['line']}  [{f['rule']}]  {f['preview']}")
        print(f"\n{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
