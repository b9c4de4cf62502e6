#!/usr/bin/env python3
"""Docker disk usage report + itemised prune via the Engine API over a Unix socket.

Only the endpoints in ENDPOINTS are used.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import sys
import time
import urllib.parse
from pathlib import Path

API = "/v1.43"
ENDPOINTS = {
    "df": ("GET", "/system/df"),
    "prune_containers": ("POST", "/containers/prune"),
    "prune_images": ("POST", "/images/prune"),
    "prune_build": ("POST", "/build/prune"),
    "remove_volume": ("DELETE", "/volumes/{name}"),
}


def socket_path() -> str:
    host = os.environ.get("DOCKER_HOST", "")
    if host.startswith("unix://"):
        return host[len("unix://"):]
    if host:
        sys.exit(f"DOCKER_HOST={host} is not a unix socket; this tool only talks to the local daemon.")
    for p in ("/var/run/docker.sock", str(Path.home() / ".docker/run/docker.sock")):
        if os.path.exists(p):
            return p
    sys.exit("Docker socket not found. Is Docker running?")


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str):
        super().__init__("localhost", timeout=120)
        self._path = path

    def connect(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(self._path)
        self.sock = s


def call(name: str, params: dict | None = None, **fmt):
    method, path = ENDPOINTS[name]
    path = API + path.format(**{k: urllib.parse.quote(v, safe="") for k, v in fmt.items()})
    if params:
        path += "?" + urllib.parse.urlencode(params)
    conn = UnixHTTPConnection(socket_path())
    try:
        conn.request(method, path)
        resp = conn.getresponse()
        body = resp.read()
    except PermissionError:
        sys.exit("Permission denied on the Docker socket. Your user may need to be in the 'docker' group.")
    finally:
        conn.close()
    if resp.status >= 300:
        sys.exit(f"{method} {path}: {resp.status} {body[:300]!r}")
    return json.loads(body) if body else None


def human(n: int | None) -> str:
    if not n or n < 0:
        return "0 B"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
    return f"{n:.1f} PB"


def age(ts: int) -> str:
    d = (time.time() - ts) / 86400
    return f"{d:.0f}d" if d >= 1 else f"{d * 24:.0f}h"


def confirm(msg: str) -> bool:
    return input(f"{msg} [y/N] ").strip().lower() in ("y", "yes")


def report() -> None:
    df = call("df")
    images = df.get("Images") or []
    containers = df.get("Containers") or []
    volumes = df.get("Volumes") or []
    cache = df.get("BuildCache") or []

    print(f"Images:      {len(images):4d}  {human(df.get('LayersSize'))} (shared layers counted once)")
    print(f"Containers:  {len(containers):4d}  {human(sum(c.get('SizeRw') or 0 for c in containers))} writable")
    print(f"Volumes:     {len(volumes):4d}  {human(sum((v.get('UsageData') or {}).get('Size', 0) for v in volumes))}")
    print(f"Build cache: {len(cache):4d}  {human(sum(c.get('Size', 0) for c in cache))}"
          f" ({human(sum(c.get('Size', 0) for c in cache if not c.get('InUse')))} reclaimable)\n")

    print("Largest images:")
    for im in sorted(images, key=lambda i: i.get("Size", 0), reverse=True)[:15]:
        tags = ", ".join(im.get("RepoTags") or ["<none>:<none>"])
        state = "in use" if im.get("Containers", 0) > 0 else ("dangling" if tags == "<none>:<none>" else "unused")
        print(f"  {human(im['Size']):>10}  {state:8}  {age(im['Created']):>5}  {tags}")

    stopped = [c for c in containers if c.get("State") != "running"]
    if stopped:
        print("\nStopped containers:")
        for c in sorted(stopped, key=lambda c: c["Created"]):
            print(f"  {age(c['Created']):>5}  {human(c.get('SizeRw')):>10}  {c['Names'][0].lstrip('/')}  ({c['Image']})")

    if volumes:
        print("\nVolumes:")
        for v in sorted(volumes, key=lambda v: (v.get("UsageData") or {}).get("Size", 0), reverse=True):
            u = v.get("UsageData") or {}
            refs = u.get("RefCount", 0)
            print(f"  {human(u.get('Size')):>10}  {'referenced' if refs else 'unreferenced':12}  {v['Name']}")


def prune(a) -> None:
    if a.containers:
        filters = {"until": [a.until]} if a.until else {}
        if confirm(f"Remove stopped containers{' older than ' + a.until if a.until else ''}?"):
            r = call("prune_containers", {"filters": json.dumps(filters)})
            print(f"  removed {len(r.get('ContainersDeleted') or [])} containers, reclaimed {human(r.get('SpaceReclaimed'))}")
    if a.dangling_images:
        if confirm("Remove dangling (<none>) images?"):
            r = call("prune_images", {"filters": json.dumps({"dangling": ["true"]})})
            print(f"  reclaimed {human(r.get('SpaceReclaimed'))}")
    if a.images_unused:
        if confirm("Remove ALL images not used by any container (they will be re-pulled when needed)?"):
            r = call("prune_images", {"filters": json.dumps({"dangling": ["false"]})})
            print(f"  removed {len(r.get('ImagesDeleted') or [])} entries, reclaimed {human(r.get('SpaceReclaimed'))}")
    if a.build_cache:
        params = {"filters": json.dumps({"until": [a.until]})} if a.until else {}
        if confirm(f"Remove build cache{' older than ' + a.until if a.until else ''}?"):
            r = call("prune_build", params)
            print(f"  reclaimed {human(r.get('SpaceReclaimed'))}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("report")
    p = sub.add_parser("prune")
    p.add_argument("--containers", action="store_true")
    p.add_argument("--dangling-images", action="store_true")
    p.add_argument("--images-unused", action="store_true")
    p.add_argument("--build-cache", action="store_true")
    p.add_argument("--until", help="e.g. 168h")
    v = sub.add_parser("rm-volume")
    v.add_argument("name")
    a = ap.parse_args()

    if a.cmd == "report":
        report()
    elif a.cmd == "prune":
        prune(a)
    elif a.cmd == "rm-volume":
        if confirm(f"Permanently delete volume '{a.name}' and all data in it?"):
            call("remove_volume", name=a.name)
            print(f"  deleted volume {a.name}")


if __name__ == "__main__":
    main()
