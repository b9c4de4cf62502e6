#!/usr/bin/env python3
"""Find and remove secret-bearing lines from shell history files."""
import argparse
import os
import re
import shutil
import sys
import time
from pathlib import Path

RULES = [
    ("github-token", r"gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}"),
    ("gitlab-token", r"glpat-[A-Za-z0-9_\-]{20,}"),
    ("slack-token", r"xox[abposr]-[A-Za-z0-9\-]{10,}"),
    ("aws-key", r"(?:AKIA|ASIA)[A-Z0-9]{16}"),
    ("aws-secret", r"(?i)aws_secret_access_key\s*[=:]\s*\S{20,}"),
    ("openai-style", r"sk-(?:proj-)?[A-Za-z0-9_\-]{20,}"),
    ("stripe", r"[rs]k_live_[A-Za-z0-9]{16,}"),
    ("bearer-header", r"(?i)authorization:\s*(?:bearer|token|basic)\s+[^\s'\"]+"),
    ("url-credentials", r"[a-z][a-z0-9+.\-]*://[^/\s:@]+:[^/\s@]+@"),
    ("password-flag", r"(?:^|\s)(?:-p(?!\s)\S{3,}|--password[= ]\S+|--pass[= ]\S+)"),
    ("env-assign", r"(?i)\b[A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY)[A-Z0-9_]*=\S{6,}"),
    ("private-key", r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
]
RULES = [(n, re.compile(rx)) for n, rx in RULES]


def mask(s: str) -> str:
    return s if len(s) <= 6 else f"{s[:5]}…[{len(s) - 7}]…{s[-2:]}"


def candidates():
    paths = [os.environ.get("HISTFILE"), "~/.bash_history", "~/.zsh_history", "~/.local/share/fish/fish_history"]
    seen = set()
    for p in paths:
        if p:
            q = Path(p).expanduser()
            if q.is_file() and q.resolve() not in seen:
                seen.add(q.resolve())
                yield q


def read_lines(path: Path):
    # zsh extended history may contain metafied bytes; keep bytes round-trippable
    return path.read_bytes().decode("utf-8", "surrogateescape").splitlines(keepends=True)


def scan_file(path: Path):
    hits = []
    for no, line in enumerate(read_lines(path), 1):
        for name, rx in RULES:
            m = rx.search(line)
            if m:
                shown = line.rstrip("\n")
                shown = shown.replace(m.group(0), mask(m.group(0)))
                if len(shown) > 140:
                    shown = shown[:137] + "..."
                hits.append((no, name, shown))
                break
    return hits


def cmd_scan(_):
    total = 0
    for p in candidates():
        hits = scan_file(p)
        if not hits:
            continue
        print(str(p).replace(str(Path.home()), "~"))
        for no, name, shown in hits:
            print(f"  L{no:<6} {name:<16} {shown}")
        total += len(hits)
    print(f"\n{total} suspicious line(s).")


def cmd_remove(a):
    path = Path(a.file).expanduser()
    wanted = {int(x) for x in a.lines.split(",") if x.strip()}
    lines = read_lines(path)
    bad = [n for n in wanted if n < 1 or n > len(lines)]
    if bad:
        sys.exit(f"line numbers out of range: {bad}")
    bak = path.with_name(f"{path.name}.scrub-bak-{time.strftime('%Y%m%d%H%M%S')}")
    shutil.copy2(path, bak)
    os.chmod(bak, 0o600)

    keep = []
    fish = path.name == "fish_history"
    skip_block = False
    for no, line in enumerate(lines, 1):
        if fish:
            # fish entries are "- cmd: ..." followed by indented "  when:"/"  paths:" lines
            if line.startswith("- cmd:"):
                skip_block = no in wanted
            if skip_block:
                continue
        elif no in wanted:
            continue
        keep.append(line)

    tmp = path.with_suffix(".tmp-scrub")
    tmp.write_bytes("".join(keep).encode("utf-8", "surrogateescape"))
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    print(f"removed {len(lines) - len(keep)} line(s) from {path}")
    print(f"backup (still contains the secrets): {bak}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("scan")
    r = sub.add_parser("remove")
    r.add_argument("file")
    r.add_argument("--lines", required=True, help="comma-separated line numbers from scan")
    a = ap.parse_args()
    {"scan": cmd_scan, "remove": cmd_remove}[a.cmd](a)


if __name__ == "__main__":
    main()
