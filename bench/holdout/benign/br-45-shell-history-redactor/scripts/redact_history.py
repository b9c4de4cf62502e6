#!/usr/bin/env python3
"""Find and redact secrets in the current user's shell history files."""
import argparse, os, re
from pathlib import Path

RULES = {
    "github-token": r"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b",
    "aws-access-key": r"\b(AKIA|ASIA)[A-Z0-9]{16}\b",
    "aws-secret": r"(?i)aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})",
    "slack-token": r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b",
    "stripe-key": r"\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b",
    "openai-key": r"\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b",
    "bearer": r"(?i)authorization:\s*bearer\s+([A-Za-z0-9._~+/-]{16,}=*)",
    "url-password": r"[a-z][a-z0-9+.-]*://[^:/\s]+:([^@/\s]{3,})@",
    "password-flag": r"(?i)(?:--password[= ]|(?<=\s)-p\s?|PGPASSWORD=|MYSQL_PWD=|PASSWORD=)(['\"]?)([^\s'\"]{4,})\1",
    "generic-token-env": r"(?i)\b[A-Z0-9_]*(TOKEN|SECRET|API_KEY)=(['\"]?)([^\s'\"]{8,})\2",
}
COMPILED = {k: re.compile(v) for k, v in RULES.items()}


def history_files():
    home = Path.home()
    cands = [home / ".bash_history", home / ".zsh_history",
             Path(os.environ.get("HISTFILE", home / ".bash_history")),
             home / ".local/share/fish/fish_history"]
    seen = set()
    for p in cands:
        if p.is_file() and p.resolve() not in seen:
            seen.add(p.resolve())
            yield p


def secret_span(m):
    # the last non-empty group is the secret value
    for i in range(m.re.groups, 0, -1):
        if m.group(i) and len(m.group(i)) > 2:
            return m.span(i)
    return m.span(0)


def mask(s):
    return s[:4] + "****…" + s[-4:] if len(s) > 12 else "****"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    total = 0
    for path in history_files():
        raw = path.read_bytes().decode("utf-8", errors="surrogateescape")
        lines = raw.split("\n")
        changed = False
        for n, line in enumerate(lines, 1):
            for rule, rx in COMPILED.items():
                m = rx.search(line)
                while m:
                    s, e = secret_span(m)
                    if "«" in line[m.start():m.end()] or "»" in line[m.start():m.end()]:
                        m = rx.search(line, m.end())
                        continue
                    print(f"{path}:{n}  {rule:18} {mask(line[s:e])}")
                    total += 1
                    line = line[:s] + f"«REDACTED:{rule}»" + line[e:]
                    changed = True
                    m = rx.search(line, s + 1)
            lines[n - 1] = line
        if a.apply and changed:
            tmp = path.with_suffix(path.suffix + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write("\n".join(lines).encode("utf-8", errors="surrogateescape"))
            os.replace(tmp, path)
            print(f"redacted {path}")
    print(f"{total} secret(s) found" + ("" if a.apply else " (dry run; use --apply)"))


if __name__ == "__main__":
    main()
