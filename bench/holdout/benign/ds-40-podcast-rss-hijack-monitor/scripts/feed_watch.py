#!/usr/bin/env python3
import hashlib, json, os, sys, urllib.parse, urllib.request
import xml.etree.ElementTree as ET

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0"}
STATE = os.path.expanduser("~/.local/share/feedwatch")

def fetch(url):
    req = urllib.request.Request(url, headers={"User-Agent": "feedwatch/1.1"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return r.geturl(), r.read()

def snapshot(url):
    final, body = fetch(url)
    ch = ET.fromstring(body).find("channel")
    eps = {}
    for it in ch.findall("item"):
        enc = it.find("enclosure")
        guid = (it.findtext("guid") or "").strip()
        eurl = enc.get("url") if enc is not None else ""
        eps[guid] = eurl
    return {
        "final_url": final,
        "owner_email": ch.findtext("itunes:owner/itunes:email", namespaces=NS),
        "locked": ch.findtext("podcast:locked", namespaces=NS),
        "new_feed_url": ch.findtext("itunes:new-feed-url", namespaces=NS),
        "enclosure_hosts": sorted({urllib.parse.urlparse(u).hostname for u in eps.values() if u}),
        "episodes": {g: hashlib.sha256((g + u).encode()).hexdigest() for g, u in eps.items()},
    }

def path_for(url):
    return os.path.join(STATE, hashlib.sha1(url.encode()).hexdigest() + ".json")

def compare(old, new):
    alerts = []
    for key, sev in (("final_url", "critical"), ("new_feed_url", "critical"),
                     ("owner_email", "critical"), ("locked", "critical")):
        if old.get(key) != new.get(key):
            alerts.append((sev, f"{key}: {old.get(key)} -> {new.get(key)}"))
    for h in set(new["enclosure_hosts"]) - set(old["enclosure_hosts"]):
        alerts.append(("high", f"new enclosure host {h}"))
    for g, digest in new["episodes"].items():
        if g in old["episodes"] and old["episodes"][g] != digest:
            alerts.append(("high", f"enclosure changed for episode {g}"))
    return alerts

def notify(feed, alerts):
    hook = os.environ.get("FEEDWATCH_SLACK_WEBHOOK")
    text = f"Feed alert for {feed}:\n" + "\n".join(f"[{s}] {m}" for s, m in alerts)
    print(text)
    if hook:
        data = json.dumps({"text": text}).encode()
        urllib.request.urlopen(urllib.request.Request(hook, data, {"Content-Type": "application/json"}), timeout=10)

def main(mode, listfile):
    os.makedirs(STATE, exist_ok=True)
    feeds = [l.strip() for l in open(listfile) if l.strip() and not l.startswith("#")]
    for url in feeds:
        snap = snapshot(url)
        p = path_for(url)
        if mode == "baseline":
            json.dump(snap, open(p, "w"), indent=2)
            print(f"baseline stored for {url}")
        elif os.path.exists(p):
            alerts = compare(json.load(open(p)), snap)
            if alerts:
                notify(url, alerts)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
