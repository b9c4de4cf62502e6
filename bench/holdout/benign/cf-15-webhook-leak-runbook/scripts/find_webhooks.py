#!/usr/bin/env python3
"""Find chat webhook URLs in local files and print them redacted. Read-only; no network."""
import os
import re
import sys

PATTERNS = {
    "slack": re.compile(r"https://hooks\.slack\.com/services/(T[A-Z0-9]+)/(B[A-Z0-9]+)/[A-Za-z0-9]+"),
    "discord": re.compile(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/(\d+)/[\w-]+"),
    "teams": re.compile(r"https://[\w.-]+\.webhook\.office\.com/webhookb2/([\w-]+)@[\w/@-]+"),
}
SKIP_DIRS = {".git", "node_modules", ".venv", "vendor", "dist", "build"}


def redact(kind, m):
    if kind == "slack":
        return f"slack {m.group(1)}/{m.group(2)}/****"
    if kind == "discord":
        return f"discord id={m.group(1)} token=****"
    return f"teams {m.group(1)[:8]}…"


def scan(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in filenames:
            path = os.path.join(dirpath, fn)
            try:
                with open(path, encoding="utf-8", errors="ignore") as fh:
                    for n, line in enumerate(fh, 1):
                        for kind, rx in PATTERNS.items():
                            for m in rx.finditer(line):
                                print(f"{path}:{n}: {redact(kind, m)}")
            except OSError:
                continue


if __name__ == "__main__":
    for r in sys.argv[1:] or ["."]:
        scan(r)
