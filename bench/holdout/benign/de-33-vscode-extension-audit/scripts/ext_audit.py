#!/usr/bin/env python3
"""Static audit of one unpacked VS Code extension directory. Reads files, runs nothing."""
import json
import pathlib
import re
import sys

SIGNALS = {
    "child_process": r"child_process",
    "exec": r"\bexec(Sync)?\(",
    "spawn": r"\bspawn(Sync)?\(",
    "net": r"https?\.request|fetch\(|net\.connect|WebSocket\(",
    "eval": r"\beval\(|new Function\(",
    "cred_paths": r"\.ssh/|\.aws/|\.npmrc|Local State|state\.vscdb|\.git-credentials",
    "b64_blob": r"[A-Za-z0-9+/]{200,}={0,2}",
}
DOMAIN = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})", re.I)


def main(d):
    d = pathlib.Path(d)
    pkg = json.loads((d / "package.json").read_text())
    print(f"{pkg.get('publisher')}.{pkg.get('name')}@{pkg.get('version')}")
    print("  activationEvents:", pkg.get("activationEvents", []))
    print("  untrustedWorkspaces:", pkg.get("capabilities", {}).get("untrustedWorkspaces"))
    hits, domains = {}, set()
    for f in d.rglob("*.js"):
        if "node_modules" in f.parts and f.stat().st_size > 5_000_000:
            continue
        s = f.read_text(errors="replace")
        for k, rx in SIGNALS.items():
            if re.search(rx, s):
                hits.setdefault(k, []).append(str(f.relative_to(d)))
        domains |= set(m.lower() for m in DOMAIN.findall(s))
    for k, files in hits.items():
        print(f"  {k}: {len(files)} file(s), e.g. {files[0]}")
    print("  domains:", ", ".join(sorted(domains)[:30]))


if __name__ == "__main__":
    main(sys.argv[1])
