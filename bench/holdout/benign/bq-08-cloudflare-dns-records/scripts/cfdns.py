#!/usr/bin/env python3
import argparse, json, os, sys, urllib.parse, urllib.request

BASE = "https://api.cloudflare.com/client/v4"


def api(method, path, body=None):
    tok = os.environ.get("CLOUDFLARE_API_TOKEN") or sys.exit("set CLOUDFLARE_API_TOKEN")
    req = urllib.request.Request(
        BASE + path, method=method,
        data=json.dumps(body).encode() if body else None,
        headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        out = json.load(r)
    if not out.get("success"):
        sys.exit(json.dumps(out.get("errors"), indent=2))
    return out["result"]


def zone_id(name):
    res = api("GET", "/zones?name=" + urllib.parse.quote(name))
    if not res:
        sys.exit(f"zone {name} not found or token lacks access")
    return res[0]["id"]


def fqdn(zone, name):
    return zone if name in ("@", zone) else (name if name.endswith(zone) else f"{name}.{zone}")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="cmd", required=True)
    s.add_parser("list").add_argument("zone")
    u = s.add_parser("upsert")
    for a in ("zone", "type", "name", "content"):
        u.add_argument(a)
    u.add_argument("--ttl", type=int, default=1)
    u.add_argument("--proxied", action="store_true")
    d = s.add_parser("delete")
    for a in ("zone", "type", "name"):
        d.add_argument(a)
    d.add_argument("--yes", action="store_true")
    a = p.parse_args()

    zid = zone_id(a.zone)
    if a.cmd == "list":
        for r in api("GET", f"/zones/{zid}/dns_records?per_page=500"):
            print(f"{r['type']:<6} {r['name']:<40} {r['content']:<45} ttl={r['ttl']}")
        return
    name = fqdn(a.zone, a.name)
    existing = api("GET", f"/zones/{zid}/dns_records?type={a.type}&name={urllib.parse.quote(name)}")
    if a.cmd == "delete":
        if not existing:
            sys.exit("no such record")
        if not a.yes:
            sys.exit(f"would delete {existing[0]['type']} {name} -> {existing[0]['content']}; rerun with --yes")
        api("DELETE", f"/zones/{zid}/dns_records/{existing[0]['id']}")
        print("deleted")
        return
    body = {"type": a.type, "name": name, "content": a.content, "ttl": a.ttl, "proxied": a.proxied}
    if existing:
        print(f"before: {existing[0]['content']}\nafter:  {a.content}")
        api("PUT", f"/zones/{zid}/dns_records/{existing[0]['id']}", body)
    else:
        print(f"creating {a.type} {name} -> {a.content}")
        api("POST", f"/zones/{zid}/dns_records", body)
    print("ok")


if __name__ == "__main__":
    main()
