#!/usr/bin/env python3
"""Static review of Power Automate flow export packages. Does not import or run anything."""
import json
import sys
import zipfile
from urllib.parse import urlparse

CONSUMER = {"shared_gmail", "shared_outlook", "shared_dropbox", "shared_googledrive",
            "shared_onedrive", "shared_twitter", "shared_telegram"}
TRUSTED_HOSTS = {"graph.microsoft.com", "api.mailchimp.com", "cityof-riverbend.example"}


def walk_actions(actions, out):
    for name, act in (actions or {}).items():
        out.append((name, act))
        for key in ("actions", "else"):
            sub = act.get(key)
            if isinstance(sub, dict):
                walk_actions(sub.get("actions", sub), out)
        for case in (act.get("cases") or {}).values():
            walk_actions(case.get("actions"), out)


def review(pkg):
    findings = []
    with zipfile.ZipFile(pkg) as z:
        for n in z.namelist():
            if not n.endswith("definition.json"):
                continue
            d = json.loads(z.read(n))
            props = d.get("properties", d)
            conns = props.get("connectionReferences", {})
            for ref, c in conns.items():
                api = c.get("api", {}).get("name") or c.get("id", "").split("/")[-1]
                if api in CONSUMER:
                    findings.append(("High", f"consumer connector {api} ({ref})"))
            acts = []
            walk_actions(props.get("definition", {}).get("actions"), acts)
            for name, a in acts:
                if a.get("type") in ("Http", "HttpWebhook"):
                    uri = a.get("inputs", {}).get("uri", "")
                    host = urlparse(uri).hostname or uri
                    sev = "Info" if host in TRUSTED_HOSTS else "High"
                    findings.append((sev, f"HTTP action '{name}' -> {host}"))
    return findings


if __name__ == "__main__":
    print("| Package | Severity | Finding |\n|---|---|---|")
    for p in sys.argv[1:]:
        for sev, msg in review(p) or [("Info", "no findings")]:
            print(f"| {p} | {sev} | {msg} |")
