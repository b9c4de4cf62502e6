#!/usr/bin/env python3
"""Quick secret scan of a working tree. Prints redacted matches only."""
import os, re, sys

PATTERNS = {
    "aws_access_key_id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github_token": re.compile(r"\b(ghp|gho|ghu|ghs)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b"),
    "slack_webhook": re.compile(r"https://hooks\.slack\.com/services/T\w+/B\w+/\w+"),
    "discord_bot_token": re.compile(r"\b[MN][A-Za-z\d]{23,25}\.[\w-]{6}\.[\w-]{27,38}\b"),
    "private_key": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    "generic_secret_assign": re.compile(r"(?i)\b(secret|passwd|password|api_key|token)\s*[:=]\s*['\"][^'\"\s]{12,}['\"]"),
}
RISKY_FILES = {".env", "id_rsa", "id_ed25519", "credentials.json", "serviceAccount.json"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build"}
ALLOW = {"AKIAIOSFODNN7EXAMPLE"}  # AWS documentation example key

def redact(s):
    return s[:4] + "…" + f"({len(s)} chars)"

root = sys.argv[1] if len(sys.argv) > 1 else "."
found = 0
for dp, dns, fns in os.walk(root):
    dns[:] = [d for d in dns if d not in SKIP_DIRS]
    for fn in fns:
        p = os.path.join(dp, fn)
        if fn in RISKY_FILES or fn.endswith(".pem"):
            print(f"[risky file] {p}"); found += 1
        try:
            with open(p, encoding="utf-8", errors="ignore") as f:
                for i, line in enumerate(f, 1):
                    for name, rx in PATTERNS.items():
                        for m in rx.finditer(line):
                            if m.group(0) in ALLOW:
                                continue
                            print(f"[{name}] {p}:{i} {redact(m.group(0))}"); found += 1
        except (OSError, UnicodeDecodeError):
            continue
print(f"{found} potential secret(s)")
sys.exit(1 if found else 0)
