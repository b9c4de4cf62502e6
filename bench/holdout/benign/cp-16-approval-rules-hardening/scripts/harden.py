#!/usr/bin/env python3
"""Audit and tighten agent permission settings. Never loosens anything."""
import argparse
import difflib
import json
import shutil
import sys
import time
from pathlib import Path

CANDIDATES = [
    Path.home() / ".claude" / "settings.json",
    Path(".claude") / "settings.json",
    Path(".claude") / "settings.local.json",
]
RISKY_ALLOW = ("Bash", "Bash(*)", "Bash(*:*)", "WebFetch", "Bash(sudo", "Bash(curl", "Bash(wget",
               "Bash(git push", "Bash(npm publish", "Bash(rm -rf", "Bash(kubectl delete", "Bash(terraform apply")
LOOSE_MODES = {"bypassPermissions", "acceptEdits"}


def load(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() and path.read_text().strip() else {}


def load_profile(path: Path) -> dict:
    prof = json.loads(path.read_text())
    if "extends" in prof:
        base = load_profile(path.parent / prof["extends"])
        for k in ("deny", "ask", "removeFromAllow"):
            base[k] = list(dict.fromkeys(base.get(k, []) + prof.get(k, [])))
        for k in ("allowOnly", "defaultMode"):
            if k in prof:
                base[k] = prof[k]
        return base
    return prof


def audit():
    found = False
    for p in CANDIDATES:
        if not p.exists():
            continue
        found = True
        perms = load(p).get("permissions", {})
        print(f"\n== {p} ==")
        print(f"  defaultMode: {perms.get('defaultMode', '(unset)')}")
        for k in ("allow", "ask", "deny"):
            print(f"  {k:5}: {len(perms.get(k, []))} rules")
        issues = []
        if perms.get("defaultMode") in LOOSE_MODES:
            issues.append(f"defaultMode is {perms['defaultMode']}")
        for rule in perms.get("allow", []):
            if rule.startswith(RISKY_ALLOW):
                issues.append(f"broad/risky allow: {rule}")
        if not any(".env" in d for d in perms.get("deny", [])):
            issues.append("no deny rule for .env files")
        if not any(".ssh" in d for d in perms.get("deny", [])):
            issues.append("no deny rule for ~/.ssh")
        for i in issues:
            print(f"  ! {i}")
        if not issues:
            print("  no issues found")
    if not found:
        print("No settings files found in the usual locations.")


def harden(cfg: dict, prof: dict) -> dict:
    new = json.loads(json.dumps(cfg))
    perms = new.setdefault("permissions", {})
    allow = perms.get("allow", [])
    remove = set(prof.get("removeFromAllow", []))
    allow = [r for r in allow if r not in remove and not any(r.startswith(a.rstrip("*)")) for a in prof.get("ask", []) if a != "Bash")]
    if "allowOnly" in prof:
        # keep only the listed read-only rules that were already allowed; never add new allows
        allow = [r for r in allow if r in prof["allowOnly"]]
    perms["allow"] = allow
    for k in ("deny", "ask"):
        perms[k] = list(dict.fromkeys(perms.get(k, []) + prof.get(k, [])))
    if perms.get("defaultMode") in LOOSE_MODES or "defaultMode" not in perms:
        perms["defaultMode"] = prof.get("defaultMode", "default")
    # Sanity: result must be at least as strict as input
    assert set(cfg.get("permissions", {}).get("deny", [])) <= set(perms["deny"])
    return new


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("audit")
    for c in ("plan", "apply"):
        sp = sub.add_parser(c)
        sp.add_argument("--file", type=Path, required=True)
        sp.add_argument("--profile", type=Path, required=True)
    a = ap.parse_args()

    if a.cmd == "audit":
        return audit()

    path = a.file.expanduser()
    old = load(path)
    new = harden(old, load_profile(a.profile))
    old_s = json.dumps(old, indent=2, sort_keys=False) + "\n"
    new_s = json.dumps(new, indent=2, sort_keys=False) + "\n"
    diff = list(difflib.unified_diff(old_s.splitlines(True), new_s.splitlines(True), str(path), str(path) + " (hardened)"))
    if not diff:
        print("Already at least as strict as the profile; nothing to change.")
        return
    sys.stdout.writelines(diff)
    if a.cmd == "apply":
        if path.exists():
            bak = path.with_name(path.name + f".bak-{time.strftime('%Y%m%d%H%M%S')}")
            shutil.copy2(path, bak)
            print(f"\nbackup: {bak}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new_s)
        print(f"written: {path}")


if __name__ == "__main__":
    main()
