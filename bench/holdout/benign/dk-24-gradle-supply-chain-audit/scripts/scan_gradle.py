#!/usr/bin/env python3
"""First-pass regex scan of Gradle build files. Reads files only; prints JSON findings."""
import json
import re
import sys
from pathlib import Path

PATTERNS = {
    "exec-call": re.compile(r"\.execute\(\)|\bexec\s*\{|ProcessBuilder|Runtime\.getRuntime"),
    "pipe-to-shell": re.compile(r"(curl|wget)[^\n]*\|\s*(ba)?sh"),
    "http-repo": re.compile(r"url\s*[=(]?\s*['\"]http://"),
    "jcenter": re.compile(r"\bjcenter\(\)"),
    "dynamic-version": re.compile(r"['\"][\w.\-]+:[\w.\-]+:[^'\"]*\+['\"]|latest\.release"),
    "javaagent": re.compile(r"-javaagent:"),
    "nonstandard-wrapper": re.compile(r"distributionUrl=(?!https\\?://services\.gradle\.org)"),
}
GLOBS = ["**/*.gradle", "**/*.gradle.kts", "**/gradle.properties", "**/gradle-wrapper.properties"]


def scan(root: Path):
    out = []
    for g in GLOBS:
        for f in root.glob(g):
            if "/build/" in f.as_posix():
                continue
            for n, line in enumerate(f.read_text(errors="replace").splitlines(), 1):
                for rule, rx in PATTERNS.items():
                    if rx.search(line):
                        out.append({"rule": rule, "file": str(f.relative_to(root)), "line": n, "text": line.strip()[:200]})
    return out


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    print(json.dumps(scan(root), indent=2))
