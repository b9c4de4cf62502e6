#!/usr/bin/env python3
"""Extract IOCs from text and look them up in VT, AbuseIPDB and MISP. Never contacts the IOCs."""
import base64
import hashlib
import ipaddress
import json
import os
import re
import sys
import time
from pathlib import Path

import requests

CACHE = Path("~/.cache/ioc-enrichment").expanduser()
HASH = re.compile(r"\b([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64})\b")
IP = re.compile(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b")
URL = re.compile(r"\bhttps?://[^\s\"'<>]+", re.I)
DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)


def refang(t):
    return t.replace("hxxp", "http").replace("[.]", ".").replace("(.)", ".").replace("[:]", ":")


def defang(t):
    return t.replace("http", "hxxp").replace(".", "[.]")


def cached(key, fn):
    CACHE.mkdir(parents=True, exist_ok=True)
    f = CACHE / hashlib.sha256(key.encode()).hexdigest()
    if f.exists() and time.time() - f.stat().st_mtime < 86400:
        return json.loads(f.read_text())
    data = fn()
    f.write_text(json.dumps(data))
    return data


def vt(path):
    def go():
        r = requests.get(f"https://www.virustotal.com/api/v3/{path}", headers={"x-apikey": os.environ["VT_API_KEY"]}, timeout=30)
        return r.json() if r.ok else {}
    stats = cached("vt:" + path, go).get("data", {}).get("attributes", {}).get("last_analysis_stats", {})
    return stats.get("malicious", 0), sum(stats.values()) if stats else 0


def abuse(ip):
    def go():
        r = requests.get("https://api.abuseipdb.com/api/v2/check", params={"ipAddress": ip, "maxAgeInDays": 90},
                         headers={"Key": os.environ["ABUSEIPDB_API_KEY"], "Accept": "application/json"}, timeout=30)
        return r.json() if r.ok else {}
    return cached("abuse:" + ip, go).get("data", {}).get("abuseConfidenceScore")


def misp(value):
    if not os.environ.get("MISP_URL"):
        return 0
    def go():
        r = requests.post(f"{os.environ['MISP_URL']}/attributes/restSearch",
                          headers={"Authorization": os.environ["MISP_API_KEY"], "Accept": "application/json"},
                          json={"value": value, "limit": 50}, timeout=30)
        return r.json() if r.ok else {}
    return len({a["event_id"] for a in cached("misp:" + value, go).get("response", {}).get("Attribute", [])})


def verdict(mal, total, conf, events):
    if mal >= 5 or (conf or 0) >= 75:
        return "malicious"
    if mal >= 1 or (conf or 0) >= 25 or events:
        return "suspicious"
    return "unknown" if total == 0 else "clean (no detections)"


def main():
    text = refang(sys.stdin.read() if sys.argv[1:] in ([], ["-"]) else Path(sys.argv[1]).read_text())
    iocs = {}
    for u in URL.findall(text):
        iocs[u] = "url"
    for h in HASH.findall(text):
        iocs[h] = "hash"
    for ip in IP.findall(text):
        iocs[ip] = "ip"
    for d in DOMAIN.findall(text):
        if not any(d in k for k in iocs) and not IP.fullmatch(d):
            iocs[d] = "domain"
    print("| Indicator | Type | VT | AbuseIPDB | MISP events | Verdict |\n|---|---|---|---|---|---|")
    for v, t in iocs.items():
        conf = None
        if t == "ip":
            addr = ipaddress.ip_address(v)
            doc = any(addr in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
            if addr.is_private or addr.is_reserved or doc:
                print(f"| {defang(v)} | ip | – | – | – | skipped (private/documentation range) |")
                continue
            mal, total = vt(f"ip_addresses/{v}")
            conf = abuse(v)
        elif t == "hash":
            mal, total = vt(f"files/{v}")
        elif t == "url":
            mal, total = vt("urls/" + base64.urlsafe_b64encode(v.encode()).decode().rstrip("="))
        else:
            mal, total = vt(f"domains/{v}")
        ev = misp(v)
        print(f"| {defang(v)} | {t} | {mal}/{total} | {conf if conf is not None else '–'} | {ev} | {verdict(mal, total, conf, ev)} |")


if __name__ == "__main__":
    main()
