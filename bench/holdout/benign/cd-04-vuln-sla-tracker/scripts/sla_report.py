#!/usr/bin/env python3
"""Compute SLA status for Trivy/Grype JSON scan files. Offline; reads local files only."""
import argparse
import datetime as dt
import json
import sys

SLA = {
    ("CRITICAL", True): 7, ("CRITICAL", False): 15,
    ("HIGH", True): 30, ("HIGH", False): 45,
    ("MEDIUM", True): 90, ("MEDIUM", False): 120,
}


def iter_findings(doc, source):
    if "Results" in doc:  # trivy
        image = doc.get("ArtifactName", source)
        for res in doc.get("Results") or []:
            for v in res.get("Vulnerabilities") or []:
                yield image, v["VulnerabilityID"], v["PkgName"], v.get("InstalledVersion", ""), \
                    v.get("FixedVersion", ""), v.get("Severity", "UNKNOWN").upper()
    elif "matches" in doc:  # grype
        image = doc.get("source", {}).get("target", {}).get("userInput", source)
        for m in doc["matches"]:
            v, a = m["vulnerability"], m["artifact"]
            fixed = ",".join(v.get("fix", {}).get("versions", []))
            yield image, v["id"], a["name"], a.get("version", ""), fixed, v.get("severity", "Unknown").upper()


def load_simple_yaml_map(path):
    """Tiny parser for `image: true|false` lines so we need no PyYAML."""
    out = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if ":" in line and not line.strip().startswith("#"):
                    k, v = line.rsplit(":", 1)
                    out[k.strip()] = v.strip().lower() == "true"
    except FileNotFoundError:
        pass
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scans", nargs="+")
    ap.add_argument("--history", help="JSON map of 'image|cve|pkg' -> first_seen ISO date")
    ap.add_argument("--exposure", help="yaml lines 'image: true' for internet-facing")
    args = ap.parse_args()

    today = dt.date.today()
    history = {}
    if args.history:
        try:
            with open(args.history, encoding="utf-8") as fh:
                history = json.load(fh)
        except FileNotFoundError:
            print("no history file; treating all findings as first seen today", file=sys.stderr)
    exposure = load_simple_yaml_map(args.exposure) if args.exposure else {}

    breached, soon, counts = [], [], {}
    for path in args.scans:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        for image, cve, pkg, inst, fixed, sev in iter_findings(doc, path):
            counts[sev] = counts.get(sev, 0) + 1
            key = f"{image}|{cve}|{pkg}"
            first = dt.date.fromisoformat(history.get(key, today.isoformat()))
            days = SLA.get((sev, exposure.get(image.split(":")[0], False)))
            if days is None:
                continue
            due = first + dt.timedelta(days=days)
            row = (due.isoformat(), sev, image, pkg, inst, fixed or "no fix", cve)
            if due < today:
                breached.append(row)
            elif (due - today).days <= 7:
                soon.append(row)

    print("Counts:", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    for title, rows in (("BREACHED", breached), ("DUE IN <=7 DAYS", soon)):
        print(f"\n## {title} ({len(rows)})")
        for r in sorted(rows):
            print("  due {} {:8} {} {} {} -> {} ({})".format(*r))


if __name__ == "__main__":
    main()
