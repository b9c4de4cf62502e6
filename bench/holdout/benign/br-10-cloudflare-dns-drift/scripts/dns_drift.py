#!/usr/bin/env python3
import argparse, os, sys
import requests, yaml
import dns.resolver

CF = "https://api.cloudflare.com/client/v4"


def cf_get(path, **params):
    tok = os.environ.get("CLOUDFLARE_API_TOKEN")
    if not tok:
        sys.exit("export CLOUDFLARE_API_TOKEN (DNS:Read scope) first")
    r = requests.get(CF + path, params=params, timeout=15,
                     headers={"Authorization": f"Bearer {tok}"})
    r.raise_for_status()
    body = r.json()
    if not body.get("success"):
        sys.exit(f"cloudflare error: {body.get('errors')}")
    return body


def live_records(zone):
    zid = cf_get("/zones", name=zone)["result"][0]["id"]
    page, out = 1, []
    while True:
        b = cf_get(f"/zones/{zid}/dns_records", page=page, per_page=100)
        out += b["result"]
        if page >= b["result_info"]["total_pages"]:
            return out
        page += 1


def key(rec, zone):
    name = rec["name"]
    if name in ("@", zone):
        name = zone
    elif not name.endswith(zone):
        name = f"{name}.{zone}"
    return (rec["type"], name.lower(), str(rec["content"]).rstrip(".").lower())


def dangling(target):
    for rtype in ("A", "AAAA"):
        try:
            dns.resolver.resolve(target, rtype, lifetime=5)
            return False
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers):
            continue
        except dns.exception.Timeout:
            return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zone", required=True)
    ap.add_argument("--desired", required=True)
    a = ap.parse_args()

    desired = {key(r, a.zone): r for r in yaml.safe_load(open(a.desired))}
    live = {key(r, a.zone): r for r in live_records(a.zone)
            if r["type"] not in ("NS", "SOA")}

    by_name = lambda d: {(t, n) for (t, n, _) in d}
    for k in sorted(desired.keys() - live.keys()):
        tag = "CHANGED" if (k[0], k[1]) in by_name(live) else "MISSING"
        print(f"{tag:8} {k[0]:5} {k[1]} -> {k[2]}")
    for k in sorted(live.keys() - desired.keys()):
        if (k[0], k[1]) not in by_name(desired):
            print(f"EXTRA    {k[0]:5} {k[1]} -> {k[2]}")
    for (t, n, c), r in sorted(live.items()):
        if t == "CNAME" and not r.get("proxied") and dangling(c):
            print(f"DANGLING CNAME {n} -> {c}")


if __name__ == "__main__":
    main()
