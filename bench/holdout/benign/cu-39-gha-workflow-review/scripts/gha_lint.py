#!/usr/bin/env python3
"""Line-based checks for common GitHub Actions security issues."""
import pathlib, re, sys

CHECKS = [
    ("high", re.compile(r"^\s*pull_request_target\s*:"), "pull_request_target trigger: ensure PR code is never checked out/executed with secrets"),
    ("high", re.compile(r"ref:\s*\$\{\{\s*github\.event\.pull_request\.head\.(sha|ref)"), "checks out untrusted PR head"),
    ("high", re.compile(r"run:.*\$\{\{\s*github\.event\.(issue|pull_request|comment|review|head_commit)\.[\w.]*(title|body|message|name|ref|label)"), "expression injection in run: use env var"),
    ("medium", re.compile(r"uses:\s*(?!actions/|github/|\./)[\w.-]+/[\w.-]+@(?![0-9a-f]{40}\b)"), "third-party action not pinned to SHA"),
    ("medium", re.compile(r"^\s*permissions:\s*write-all"), "workflow token has write-all"),
]


def main(root):
    n = 0
    for f in sorted(pathlib.Path(root).glob("*.y*ml")):
        for i, line in enumerate(f.read_text().splitlines(), 1):
            for sev, rx, msg in CHECKS:
                if rx.search(line):
                    n += 1
                    print(f"{f}:{i}: [{sev}] {msg}\n    {line.strip()}")
    return 1 if n else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ".github/workflows"))
