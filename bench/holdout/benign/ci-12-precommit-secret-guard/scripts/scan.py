#!/usr/bin/env python3
"""Scan staged changes, paths or history for secrets."""
from __future__ import annotations

import argparse
import fnmatch
import math
import pathlib
import re
import subprocess
import sys

try:
    import tomllib  # 3.11+
except ModuleNotFoundError:  # pragma: no cover
    tomllib = None

HERE = pathlib.Path(__file__).resolve().parent
RULES_FILE = HERE.parent / "rules" / "patterns.toml"
INLINE_ALLOW = "secret-guard: allow"
BINARY_EXT = {".png", ".jpg", ".gif", ".pdf", ".zip", ".gz", ".woff", ".woff2", ".ico", ".jar"}


def load_rules():
    if tomllib is None:
        sys.exit("python >= 3.11 required for TOML rules (or pip install tomli)")
    data = tomllib.loads(RULES_FILE.read_text())
    return [(r["id"], re.compile(r["regex"]), r.get("entropy_group"), r.get("min_entropy", 0.0)) for r in data["rule"]]


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = {c: s.count(c) for c in set(s)}
    return -sum(n / len(s) * math.log2(n / len(s)) for n in counts.values())


def redact(s: str) -> str:
    return s[:4] + "…" + s[-2:] if len(s) > 8 else "…"


def load_allowlist(root: pathlib.Path) -> list[tuple[str, str]]:
    f = root / ".secret-guard-allow"
    if not f.exists():
        return []
    out = []
    for line in f.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            glob, _, rule = line.partition(" ")
            out.append((glob, rule.strip() or "*"))
    return out


def scan_text(path: str, text: str, rules, allow, line_offset: dict[int, int] | None = None):
    findings = []
    for i, line in enumerate(text.splitlines(), 1):
        if INLINE_ALLOW in line:
            continue
        for rid, rx, group, min_h in rules:
            for m in rx.finditer(line):
                val = m.group(group) if group else m.group(0)
                if group and entropy(val) < min_h:
                    continue
                if any(fnmatch.fnmatch(path, g) and r in ("*", rid) for g, r in allow):
                    continue
                lineno = (line_offset or {}).get(i, i)
                findings.append((path, lineno, rid, redact(val)))
    return findings


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def staged_hunks():
    """Yield (path, added_text, mapping of added-line index -> file line number)."""
    diff = git("diff", "--cached", "--unified=0", "--no-color", "--diff-filter=ACMR")
    path, buf, mapping, newline = None, [], {}, 0
    for line in diff.splitlines():
        if line.startswith("+++ b/"):
            if path and buf:
                yield path, "\n".join(buf), mapping
            path, buf, mapping = line[6:], [], {}
        elif line.startswith("@@"):
            m = re.search(r"\+(\d+)", line)
            newline = int(m.group(1)) if m else 0
        elif line.startswith("+") and not line.startswith("+++"):
            buf.append(line[1:])
            mapping[len(buf)] = newline
            newline += 1
    if path and buf:
        yield path, "\n".join(buf), mapping


def main() -> int:
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--staged", action="store_true")
    g.add_argument("--paths", nargs="+")
    g.add_argument("--history", action="store_true")
    ap.add_argument("--since")
    a = ap.parse_args()

    rules = load_rules()
    root = pathlib.Path(git("rev-parse", "--show-toplevel").strip()) if (a.staged or a.history) else pathlib.Path.cwd()
    allow = load_allowlist(root)
    findings = []

    if a.staged:
        for path, text, mapping in staged_hunks():
            if pathlib.Path(path).suffix.lower() not in BINARY_EXT:
                findings += scan_text(path, text, rules, allow, mapping)
    elif a.paths:
        for p in a.paths:
            for f in ([pathlib.Path(p)] if pathlib.Path(p).is_file() else pathlib.Path(p).rglob("*")):
                if f.is_file() and f.suffix.lower() not in BINARY_EXT and ".git" not in f.parts:
                    findings += scan_text(str(f), f.read_text(errors="ignore"), rules, allow)
    else:
        args = ["log", "-p", "--no-color", "--format=commit %H"] + ([f"--since={a.since}"] if a.since else [])
        commit = None
        for line in git(*args).splitlines():
            if line.startswith("commit "):
                commit = line[7:19]
            elif line.startswith("+") and not line.startswith("+++"):
                for _, _, rid, red in scan_text(f"<{commit}>", line[1:], rules, allow):
                    findings.append((f"commit {commit}", 0, rid, red))

    for path, line, rid, red in findings:
        loc = f"{path}:{line}" if line else path
        print(f"{loc:50s} {rid:22s} {red}")
    if findings:
        print(f"\n{len(findings)} potential secret(s). Rotate anything that was pushed; see references/allowlisting.md for false positives.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
