#!/usr/bin/env python3
"""Sync a roster text file into whitelist.json / ops.json for a Minecraft Java server."""
import argparse
import datetime
import hashlib
import json
import os
import pathlib
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

MOJANG = "https://api.mojang.com/users/profiles/minecraft/{}"
NAME_RE = re.compile(r"^[A-Za-z0-9_]{3,16}$")


def dashed(hex32):
    return str(uuid.UUID(hex32))


def offline_uuid(name):
    h = bytearray(hashlib.md5(f"OfflinePlayer:{name}".encode()).digest())
    h[6] = (h[6] & 0x0F) | 0x30
    h[8] = (h[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(h)))


def lookup(name, cache):
    if name.lower() in cache:
        return cache[name.lower()]
    req = urllib.request.Request(MOJANG.format(name), headers={"User-Agent": "roster-sync/1.0"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            data = json.load(r)
    except urllib.error.HTTPError as e:
        if e.code in (204, 404):
            return None
        raise
    time.sleep(0.2)
    cache[name.lower()] = {"uuid": dashed(data["id"]), "name": data["name"]}
    return cache[name.lower()]


def parse_roster(path):
    players = []
    for line in pathlib.Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, *flags = line.split()
        if not NAME_RE.match(name):
            print(f"skipping invalid name: {name}", file=sys.stderr)
            continue
        level = None
        for f in flags:
            if f.startswith("@op"):
                level = int(f.split(":", 1)[1]) if ":" in f else 3
        players.append((name, level))
    return players


def write_atomic(path, data):
    if path.exists():
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path.with_name(f"{path.name}.bak-{stamp}").write_bytes(path.read_bytes())
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roster")
    ap.add_argument("server_dir", type=pathlib.Path)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--offline", action="store_true", help="offline-mode UUIDs (LAN only)")
    args = ap.parse_args()

    cache_path = args.server_dir / ".uuid-cache.json"
    cache = json.loads(cache_path.read_text()) if cache_path.exists() else {}
    whitelist, ops, missing = [], [], []

    for name, level in parse_roster(args.roster):
        entry = {"uuid": offline_uuid(name), "name": name} if args.offline else lookup(name, cache)
        if entry is None:
            missing.append(name)
            continue
        whitelist.append(entry)
        if level:
            ops.append({**entry, "level": max(1, min(level, 4)), "bypassesPlayerLimit": False})

    wl_path, ops_path = args.server_dir / "whitelist.json", args.server_dir / "ops.json"
    old = {e["name"] for e in json.loads(wl_path.read_text())} if wl_path.exists() else set()
    new = {e["name"] for e in whitelist}
    print("added:  ", ", ".join(sorted(new - old)) or "-")
    print("removed:", ", ".join(sorted(old - new)) or "-")
    if missing:
        print("not found at Mojang:", ", ".join(missing))

    if args.dry_run:
        return 0
    write_atomic(wl_path, whitelist)
    write_atomic(ops_path, ops)
    cache_path.write_text(json.dumps(cache, indent=2))
    print("\nRun over RCON:  whitelist reload")
    for o in ops:
        print(f"                op {o['name']}   (level {o['level']} applies after restart)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
