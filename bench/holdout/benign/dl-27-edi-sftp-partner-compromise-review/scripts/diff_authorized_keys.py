#!/usr/bin/env python3
"""Compare two directories of per-account authorized_keys files (read-only).

Layout: <dir>/<account>/authorized_keys  or  <dir>/<account>.pub
Prints added / removed key fingerprints per account.
"""
import argparse
import base64
import hashlib
from pathlib import Path


def fingerprint(line: str) -> str | None:
    parts = line.strip().split()
    if len(parts) < 2 or line.lstrip().startswith("#"):
        return None
    try:
        raw = base64.b64decode(parts[1])
    except Exception:
        return None
    digest = hashlib.sha256(raw).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def load(root: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in root.rglob("*"):
        if not p.is_file():
            continue
        if p.name == "authorized_keys":
            account = p.parent.name
        elif p.suffix == ".pub":
            account = p.stem
        else:
            continue
        fps = {fp for fp in map(fingerprint, p.read_text(errors="ignore").splitlines()) if fp}
        out.setdefault(account, set()).update(fps)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True, type=Path)
    ap.add_argument("--new", required=True, type=Path)
    a = ap.parse_args()
    old, new = load(a.old), load(a.new)
    for acct in sorted(set(old) | set(new)):
        added = new.get(acct, set()) - old.get(acct, set())
        removed = old.get(acct, set()) - new.get(acct, set())
        if added or removed:
            print(f"[{acct}]")
            for fp in sorted(added):
                print(f"  + {fp}")
            for fp in sorted(removed):
                print(f"  - {fp}")


if __name__ == "__main__":
    main()
