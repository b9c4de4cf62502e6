#!/usr/bin/env python3
"""Read-only audit of WinSCP scripts and batch wrappers."""
import re
import sys
from pathlib import Path

RULES = [
    ("PLAINTEXT_PW", re.compile(r"(s?ftp|scp|ftps)://[^:\s/]+:[^@\s]+@", re.I)),
    ("HOSTKEY_ANY", re.compile(r"-hostkey\s*=\s*\"?\*\"?", re.I)),
    ("PLAIN_FTP", re.compile(r"\bopen\s+\"?ftp://", re.I)),
    ("WIDE_PUT", re.compile(r"\bput\s+(-r\s+)?\"?[A-Z]:\\(\*|Users\b)", re.I)),
    ("ARCHIVE", re.compile(r"\b(7z(\.exe)?\"?\s+a|rar(\.exe)?\s+a|Compress-Archive)\b", re.I)),
    ("TEMP_EXEC", re.compile(r"%(TEMP|TMP|PUBLIC)%\\\S+\.(exe|dll|bat|ps1|vbs)", re.I)),
]
HOST_RE = re.compile(r"(?:s?ftp|scp|ftps)://(?:[^@\s]+@)?([^/:\s\"]+)", re.I)
MASK_RE = re.compile(r"(://[^:\s/]+:)[^@\s]+@")


def load_known(root: Path) -> set[str]:
    f = root / "known_partners.txt"
    if not f.exists():
        return set()
    return {l.strip().lower() for l in f.read_text().splitlines() if l.strip() and not l.startswith("#")}


def audit(root: Path) -> None:
    known = load_known(root)
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in {".txt", ".bat", ".cmd", ".winscp", ".ps1"}:
            continue
        lines = path.read_text(errors="ignore").splitlines()
        saw_archive = False
        for n, line in enumerate(lines, 1):
            shown = MASK_RE.sub(r"\1****@", line.strip())
            for name, rx in RULES:
                if rx.search(line):
                    print(f"{path}:{n}: {name}: {shown}")
                    if name == "ARCHIVE":
                        saw_archive = True
            for host in HOST_RE.findall(line):
                if known and host.lower() not in known:
                    print(f"{path}:{n}: UNKNOWN_HOST ({host}): {shown}")
            if saw_archive and re.search(r"\bput\b", line, re.I):
                print(f"{path}:{n}: ARCHIVE_THEN_PUT: {shown}")


if __name__ == "__main__":
    audit(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
