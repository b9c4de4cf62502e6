#!/usr/bin/env python3
import argparse, csv, ipaddress, json, pathlib, re, sys

def refang(s): return s.replace("hxxp", "http").replace("[.]", ".").replace("[:]", ":")
def defang(s): return s.replace("http", "hxxp").replace(".", "[.]")

def classify(v):
    v = refang(v.strip())
    if re.fullmatch(r"[a-fA-F0-9]{64}", v): return "sha256", v.lower()
    if re.fullmatch(r"[a-fA-F0-9]{32}", v): return "md5", v.lower()
    try:
        ipaddress.ip_address(v); return "ip-dst", v
    except ValueError: pass
    if v.startswith(("http://", "https://")): return "url", v
    if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", v, re.I): return "domain", v.lower()
    return None, v

def allowed(t, v, allow):
    if t == "ip-dst":
        ip = ipaddress.ip_address(v)
        return ip.is_private or any(ip in ipaddress.ip_network(n) for n in allow if "/" in n)
    return t == "domain" and any(v == a or v.endswith("." + a) for a in allow if "/" not in a)

def stix(path):
    for o in json.load(open(path)).get("objects", []):
        if o.get("type") == "indicator":
            for m in re.findall(r"= '([^']+)'", o.get("pattern", "")):
                yield m, path.name, o.get("created", "")

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("src", nargs="?"); ap.add_argument("--out")
    ap.add_argument("--export-firewall"); ap.add_argument("--types", nargs="*", default=["ip-dst", "domain"])
    a = ap.parse_args()
    if a.export_firewall:
        for r in csv.DictReader(open(a.export_firewall)):
            if r["type"] in a.types and r["tlp"] != "RED":
                print(refang(r["value_defanged"]))
        return
    allow = [l.strip() for l in open(pathlib.Path(__file__).parent.parent / "assets/allowlist.txt") if l.strip() and not l.startswith("#")]
    seen = {}
    for p in pathlib.Path(a.src).iterdir():
        rows = stix(p) if p.suffix == ".json" else ((r["indicator"], p.name, r.get("first_seen", "")) for r in csv.DictReader(open(p)))
        for val, src, first in rows:
            t, v = classify(val)
            if t and not allowed(t, v, allow):
                seen.setdefault((t, v), (src, first))
    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh); w.writerow(["type", "value_defanged", "source", "first_seen", "tlp"])
        for (t, v), (src, first) in sorted(seen.items()):
            w.writerow([t, defang(v), src, first, "AMBER"])
    print(f"{len(seen)} indicators", file=sys.stderr)

main()
