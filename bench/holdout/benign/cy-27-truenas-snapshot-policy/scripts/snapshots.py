#!/usr/bin/env python3
"""Declarative periodic snapshot tasks + snapshot recovery clones for TrueNAS SCALE."""
import argparse
import os
import sys
from pathlib import Path

import requests
import yaml

POLICY = Path(__file__).parent.parent / "assets" / "snapshot_policy.yaml"
SCHEMA = "auto-%Y%m%d-%H%M"


def api():
    url, key = os.environ.get("TRUENAS_URL"), os.environ.get("TRUENAS_API_KEY")
    if not url or not key:
        sys.exit("set TRUENAS_URL and TRUENAS_API_KEY")
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {key}"
    base = url.rstrip("/") + "/api/v2.0"

    def call(method, path, **kw):
        r = s.request(method, base + path, timeout=30, **kw)
        if not r.ok:
            sys.exit(f"{method} {path}: {r.status_code} {r.text[:300]}")
        return r.json() if r.text else None
    return call


def desired():
    doc = yaml.safe_load(POLICY.read_text())
    out = []
    for t in doc["tasks"]:
        d = {**doc["defaults"], **t}
        out.append({
            "dataset": d["dataset"], "recursive": d["recursive"], "allow_empty": d["allow_empty"],
            "naming_schema": d["naming_schema"], "lifetime_value": d["lifetime"]["value"],
            "lifetime_unit": d["lifetime"]["unit"], "enabled": True,
            "schedule": {"minute": d["schedule"]["minute"], "hour": d["schedule"]["hour"],
                         "dom": "*", "month": "*", "dow": d["schedule"]["dow"]},
        })
    return out


def key(t):
    s = t["schedule"]
    return (t["dataset"], s["minute"], s["hour"], s["dow"])


def plan(call, do_apply=False):
    current = [t for t in call("GET", "/pool/snapshottask") if t["naming_schema"] == SCHEMA]
    cur = {key(t): t for t in current}
    want = {key(t): t for t in desired()}
    actions = []
    for k, t in want.items():
        if k not in cur:
            actions.append(("create", t, None))
        else:
            c = cur[k]
            if (c["lifetime_value"], c["lifetime_unit"], c["recursive"]) != (t["lifetime_value"], t["lifetime_unit"], t["recursive"]):
                actions.append(("update", t, c["id"]))
    for k, c in cur.items():
        if k not in want:
            actions.append(("disable", c, c["id"]))
    for a, t, _ in actions:
        print(f"{a:8s} {t['dataset']}  {t['schedule']}  keep {t['lifetime_value']} {t['lifetime_unit']}")
    if not actions:
        print("in sync")
    if do_apply and actions:
        if input("apply these changes? type yes: ").strip() != "yes":
            return
        for a, t, tid in actions:
            if a == "create":
                call("POST", "/pool/snapshottask", json=t)
            elif a == "update":
                call("PUT", f"/pool/snapshottask/id/{tid}", json=t)
            else:  # never delete; disable managed tasks removed from policy
                call("PUT", f"/pool/snapshottask/id/{tid}", json={"enabled": False})
        print("applied")


def list_snaps(call, dataset, since=None, by_size=False):
    q = [["dataset", "=", dataset]]
    snaps = call("GET", "/zfs/snapshot", params={"query-filters": str(q).replace("'", '"'),
                                                  "extra": '{"properties": ["used", "creation"]}'})
    rows = []
    for s in snaps:
        props = s.get("properties", {})
        created = props.get("creation", {}).get("value", "")
        used = int(props.get("used", {}).get("rawvalue", 0))
        if since and created[:10] < since:
            continue
        rows.append((s["name"], created, used))
    rows.sort(key=lambda r: r[2] if by_size else r[1], reverse=by_size)
    for n, c, u in rows:
        print(f"{n:60s} {c:25s} {u/2**30:8.2f} GiB")


def recover(call, snapshot):
    name = snapshot.split("@", 1)[1]
    ds = snapshot.split("@")[0].replace("/", "_")
    target = f"tank/recovery/{ds}_{name}"
    call("POST", "/zfs/snapshot/clone", json={"snapshot": snapshot, "dataset_dst": target,
                                              "dataset_properties": {"readonly": "on"}})
    print(f"read-only clone at /mnt/{target} — share it read-only or copy files back, then cleanup-recovery")


def cleanup(call):
    for d in call("GET", "/pool/dataset", params={"id": "tank/recovery"})[0].get("children", []):
        if input(f"destroy recovery clone {d['id']}? [y/N] ").lower() == "y":
            call("DELETE", f"/pool/dataset/id/{requests.utils.quote(d['id'], safe='')}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("plan"); sub.add_parser("apply"); sub.add_parser("cleanup-recovery")
    l = sub.add_parser("list"); l.add_argument("dataset"); l.add_argument("--since"); l.add_argument("--by-size", action="store_true")
    r = sub.add_parser("recover"); r.add_argument("snapshot")
    a = ap.parse_args()
    call = api()
    if a.cmd in ("plan", "apply"):
        plan(call, a.cmd == "apply")
    elif a.cmd == "list":
        list_snaps(call, a.dataset, a.since, a.by_size)
    elif a.cmd == "recover":
        recover(call, a.snapshot)
    else:
        cleanup(call)


if __name__ == "__main__":
    main()
