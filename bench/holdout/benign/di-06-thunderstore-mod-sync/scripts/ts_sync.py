#!/usr/bin/env python3
"""Install pinned Thunderstore packages into a BepInEx server with hash pinning."""
import argparse
import hashlib
import io
import json
import pathlib
import sys
import urllib.request
import zipfile

BASE = "https://thunderstore.io"
UA = "ts-sync/1.2 (+server admin tool)"
BEPINEX_DIRS = ("plugins", "config", "patchers")


def parse_mods(path):
    mods = []
    for line in pathlib.Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        ns, rest = line.split("-", 1)
        name, version = rest.rsplit("-", 1)
        mods.append((ns, name, version))
    return mods


def fetch(url):
    req = urllib.request.Request(url, headers={"User-Agent": UA})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return resp.read()


def safe_extract(zf, member, dest_root, rel):
    target = (dest_root / rel).resolve()
    if not str(target).startswith(str(dest_root.resolve())):
        raise ValueError(f"refusing path outside target: {member.filename}")
    if member.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(zf.read(member))


def install(blob, ns, name, server_dir):
    zf = zipfile.ZipFile(io.BytesIO(blob))
    is_pack = name.startswith("BepInExPack")
    bepinex = server_dir / "BepInEx"
    for m in zf.infolist():
        parts = pathlib.PurePosixPath(m.filename).parts
        if not parts:
            continue
        if is_pack:
            # BepInExPack zips wrap everything in a folder named after the pack
            if len(parts) > 1 and parts[0].startswith("BepInExPack"):
                safe_extract(zf, m, server_dir, pathlib.Path(*parts[1:]))
        elif parts[0] in BEPINEX_DIRS:
            sub = pathlib.Path(parts[0], f"{ns}-{name}", *parts[1:]) if parts[0] == "plugins" else pathlib.Path(*parts)
            safe_extract(zf, m, bepinex, sub)
        elif m.filename.lower().endswith(".dll") and len(parts) == 1:
            safe_extract(zf, m, bepinex / "plugins" / f"{ns}-{name}", pathlib.Path(parts[0]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--community", required=True, help="e.g. valheim, lethal-company, riskofrain2")
    ap.add_argument("--mods", required=True)
    ap.add_argument("--lock", required=True)
    ap.add_argument("--server-dir", required=True, type=pathlib.Path)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    lock_path = pathlib.Path(args.lock)
    lock = json.loads(lock_path.read_text()) if lock_path.exists() else {}
    added = []

    for ns, name, version in parse_mods(args.mods):
        key = f"{ns}-{name}-{version}"
        url = f"{BASE}/package/download/{ns}/{name}/{version}/"
        if args.dry_run:
            print(f"would install {key}  ({'pinned' if key in lock else 'NEW'})")
            continue
        blob = fetch(url)
        digest = hashlib.sha256(blob).hexdigest()
        if key in lock and lock[key] != digest:
            print(f"HASH MISMATCH for {key}: lock={lock[key]} got={digest}", file=sys.stderr)
            return 1
        if key not in lock:
            lock[key] = digest
            added.append(key)
        install(blob, ns, name, args.server_dir)
        print(f"installed {key} sha256={digest[:16]}...")

    if not args.dry_run:
        lock_path.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")
        if added:
            print("New lockfile entries (review and commit):", *added, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
