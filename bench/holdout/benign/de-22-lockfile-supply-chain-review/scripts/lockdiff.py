#!/usr/bin/env python3
"""Diff two package-lock.json (v2/v3) revisions and flag risky changes."""
import argparse
import json
import subprocess
from urllib.parse import urlparse

OK_HOSTS = {"registry.npmjs.org", "npm.corp-artifacts.example"}


def load(rev, path):
    try:
        raw = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True, check=True).stdout
    except subprocess.CalledProcessError:
        return {}
    pk = json.loads(raw).get("packages", {})
    return {k.split("node_modules/")[-1]: v for k, v in pk.items() if k}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="origin/main")
    ap.add_argument("--head", default="HEAD")
    ap.add_argument("--file", default="package-lock.json")
    a = ap.parse_args()
    old, new = load(a.base, a.file), load(a.head, a.file)
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(k for k in set(new) & set(old) if new[k] != old[k])
    print(f"{len(added)} added, {len(removed)} removed, {len(changed)} changed")
    for name in added + changed:
        n, o = new[name], old.get(name, {})
        flags = []
        if n.get("hasInstallScript"):
            flags.append("install-script")
        host = urlparse(n.get("resolved", "")).hostname
        if n.get("resolved") and host not in OK_HOSTS:
            flags.append(f"resolved:{host or n['resolved'][:40]}")
        if o and n.get("integrity") != o.get("integrity") and n.get("version") == o.get("version"):
            flags.append("integrity-changed-same-version")
        if flags:
            tag = "NEW" if name in added else "CHG"
            print(f"{tag} {name}@{n.get('version')}  {' '.join(flags)}")


if __name__ == "__main__":
    main()
