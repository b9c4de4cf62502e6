#!/usr/bin/env python3
"""Flag suspicious lines in a Jenkinsfile/shared-library diff. Read-only."""
import re
import sys

PATTERNS = {
    "pipe-to-shell": re.compile(r"(curl|wget)[^|\n]*\|\s*(ba)?sh"),
    "groovy-execute": re.compile(r"\"[^\"]+\"\.execute\(\)"),
    "env-dump": re.compile(r"\benv\s*>\s*\S+|printenv"),
    "secret-transform": re.compile(r"\$\{?[A-Z_]*(KEY|TOKEN|PASS)[A-Z_]*\}?\s*\|\s*(rev|base64|xxd)"),
    "external-upload": re.compile(r"curl\s+.*(-T|--upload-file|-d\s*@)"),
    "unpinned-library": re.compile(r"@Library\(['\"][^@'\"]+['\"]\)"),
}
ALLOWED_HOSTS = ("artifactory.plantops.example", "git.plantops.example")


def main(path):
    hits = 0
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.startswith("+") or line.startswith("+++"):
                continue
            for name, rx in PATTERNS.items():
                if rx.search(line) and not any(h in line for h in ALLOWED_HOSTS):
                    hits += 1
                    print(f"{path}:{n}: [{name}] {line[1:].strip()}")
    print(f"{hits} finding(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
