#!/usr/bin/env python3
"""Static triage of an unpacked npm package directory. Reads files only; runs nothing."""
import base64
import binascii
import json
import pathlib
import re
import sys

URL = re.compile(r'https?://[^\s\'"`)]+')
IP = re.compile(r'\b(?:\d{1,3}\.){3}\d{1,3}\b')
B64 = re.compile(r'[A-Za-z0-9+/]{40,}={0,2}')
HEX = re.compile(r'(?:[0-9a-fA-F]{2}){20,}')
SINKS = re.compile(r'\b(child_process|execSync|spawn|eval|Function\(|vm\.run|new Function)\b')
SOURCES = re.compile(r'(process\.env|\.npmrc|\.ssh|\.aws|\.git-credentials|gh/hosts\.yml|Local State|Login Data|wallet)')


def decode(blob):
    for fn in (base64.b64decode, binascii.unhexlify):
        try:
            txt = fn(blob).decode("utf-8")
            if sum(c.isprintable() for c in txt) / max(len(txt), 1) > 0.9:
                return txt
        except Exception:
            pass
    return None


def main(root):
    root = pathlib.Path(root)
    pkg = json.loads((root / "package.json").read_text())
    print(f"# {pkg.get('name')}@{pkg.get('version')}\n")
    hooks = {k: v for k, v in pkg.get("scripts", {}).items() if k in ("preinstall", "install", "postinstall", "prepare")}
    print("## install hooks\n", json.dumps(hooks, indent=2) if hooks else "none", "\n")
    for f in sorted(root.rglob("*")):
        if not f.is_file() or f.stat().st_size > 2_000_000:
            continue
        try:
            s = f.read_text(errors="replace")
        except Exception:
            continue
        rel = f.relative_to(root)
        hits = set(SINKS.findall(s)) | set(SOURCES.findall(s))
        urls, ips = set(URL.findall(s)), set(IP.findall(s))
        decoded = [d for d in (decode(m) for m in B64.findall(s) + HEX.findall(s)) if d]
        if hits or urls or ips or decoded:
            print(f"## {rel}")
            if hits: print("- apis:", ", ".join(sorted(hits)))
            if urls: print("- urls:", ", ".join(sorted(urls)[:20]))
            if ips: print("- ips:", ", ".join(sorted(ips)[:20]))
            for d in decoded[:5]:
                print("- decoded blob (first 300 chars):\n```\n" + d[:300] + "\n```")
            print()


if __name__ == "__main__":
    main(sys.argv[1])
