#!/usr/bin/env python3
"""Verify modpack manifests: allowed hosts, hashes, unlisted or executable overrides."""
import argparse
import hashlib
import json
import sys
import tomllib
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlparse

ALLOWED_HOSTS = {"cdn.modrinth.com", "github.com", "raw.githubusercontent.com",
                 "edge.forgecdn.net", "mediafilez.forgecdn.net"}
BAD_EXT = {".exe", ".bat", ".cmd", ".sh", ".ps1", ".vbs", ".scr", ".dll"}
CACHE = Path.home() / ".cache" / "packcheck"
problems = []


def sha(data, algo):
    return hashlib.new(algo, data).hexdigest()


def fetch(url):
    CACHE.mkdir(parents=True, exist_ok=True)
    dest = CACHE / hashlib.sha1(url.encode()).hexdigest()
    if not dest.exists():
        with urllib.request.urlopen(url, timeout=60) as r:
            dest.write_bytes(r.read())
    return dest.read_bytes()


def check_entry(path, urls, algo, expected, do_fetch):
    for u in urls:
        host = urlparse(u).hostname or ""
        if host not in ALLOWED_HOSTS:
            problems.append(f"{path}: host not allowed: {u}")
            return
    if do_fetch and urls:
        got = sha(fetch(urls[0]), algo)
        if got != expected:
            problems.append(f"{path}: {algo} mismatch (manifest {expected[:16]}..., got {got[:16]}...)")


def check_mrpack(pack, do_fetch):
    with zipfile.ZipFile(pack) as z:
        idx = json.loads(z.read("modrinth.index.json"))
        listed = {f["path"] for f in idx["files"]}
        for f in idx["files"]:
            check_entry(f["path"], f.get("downloads", []), "sha512", f["hashes"]["sha512"], do_fetch)
        for n in z.namelist():
            if not n.startswith(("overrides/", "client-overrides/", "server-overrides/")):
                continue
            rel = n.split("/", 1)[1]
            if Path(n).suffix.lower() in BAD_EXT:
                problems.append(f"{n}: executable file in overrides")
            if rel.startswith("mods/") and rel.endswith(".jar") and rel not in listed:
                problems.append(f"{n}: jar in overrides not listed in manifest")


def check_packwiz(root, do_fetch):
    root = Path(root)
    for pw in sorted(root.glob("mods/*.pw.toml")):
        meta = tomllib.loads(pw.read_text())
        dl = meta.get("download", {})
        algo = dl.get("hash-format", "sha512")
        check_entry(pw.name, [dl.get("url", "")] if dl.get("url") else [], algo, dl.get("hash", ""), do_fetch)
    for f in root.rglob("*"):
        if f.suffix.lower() in BAD_EXT:
            problems.append(f"{f.relative_to(root)}: executable file in pack")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--packwiz", action="store_true")
    ap.add_argument("--fetch", action="store_true")
    a = ap.parse_args()
    (check_packwiz if a.packwiz else check_mrpack)(a.target, a.fetch)
    for p in problems:
        print("FAIL", p)
    print("clean" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
