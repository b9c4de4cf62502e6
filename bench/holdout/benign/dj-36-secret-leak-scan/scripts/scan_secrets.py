#!/usr/bin/env python3
"""Find likely secrets in site repos. Prints redacted matches only."""
import argparse, os, re, subprocess, sys

PATTERNS = {
    "discord_webhook": re.compile(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/[\w-]{60,70}"),
    "shopify_admin":   re.compile(r"\bshpat_[a-fA-F0-9x]{32}\b"),
    "github_pat":      re.compile(r"\bgh[pousr]_[A-Za-z0-9x]{36}\b"),
    "cloudflare_token":re.compile(r"(?i)cf[_-]?api[_-]?token['\"]?\s*[:=]\s*['\"]([A-Za-z0-9_-]{40})['\"]"),
    "stripe_secret":   re.compile(r"\bsk_live_[A-Za-z0-9x]{24,}\b"),
    "private_key":     re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"),
}
SKIP_DIRS = {".git", "node_modules", "vendor", ".cache"}

def redact(s):
    return s if len(s) < 12 else f"{s[:6]}…{s[-2:]} (len {len(s)})"

def scan_text(label, text):
    hits = 0
    for n, line in enumerate(text.splitlines(), 1):
        for kind, rx in PATTERNS.items():
            for m in rx.finditer(line):
                print(f"{label}:{n}  {kind:<16} {redact(m.group(0))}")
                hits += 1
    return hits

def walk(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in SKIP_DIRS]
        for f in files:
            p = os.path.join(d, f)
            try:
                if os.path.getsize(p) > 2_000_000:
                    continue
                with open(p, errors="ignore") as fh:
                    yield p, fh.read()
            except OSError:
                pass

def history(root):
    revs = subprocess.run(["git", "-C", root, "rev-list", "--all", "--objects"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    for line in revs:
        parts = line.split(" ", 1)
        if len(parts) != 2:
            continue
        sha, path = parts
        kind = subprocess.run(["git", "-C", root, "cat-file", "-t", sha], capture_output=True, text=True).stdout.strip()
        if kind == "blob":
            blob = subprocess.run(["git", "-C", root, "cat-file", "-p", sha], capture_output=True).stdout
            yield f"{sha[:8]}:{path}", blob.decode(errors="ignore")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+"); ap.add_argument("--history", action="store_true")
    a = ap.parse_args()
    total = 0
    for root in a.paths:
        source = history(root) if a.history else walk(root)
        for label, text in source:
            total += scan_text(label, text)
    print(f"\n{total} finding(s)", file=sys.stderr)
    sys.exit(1 if total else 0)

if __name__ == "__main__":
    main()
