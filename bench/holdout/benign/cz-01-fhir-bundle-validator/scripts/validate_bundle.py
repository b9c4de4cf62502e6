#!/usr/bin/env python3
"""Offline + optional server-side validation of FHIR R4 Bundles.

Reports issues by JSON path only. Identifiers are shown as salted hash
prefixes so logs never carry PHI.
"""
import argparse
import hashlib
import json
import os
import sys
import urllib.request

SALT = os.environ.get("PHI_LOG_SALT", "local-dev-salt")
REQUIRED = {
    "Patient": ["identifier"],
    "Observation": ["status", "code", "subject"],
    "DiagnosticReport": ["status", "code", "subject"],
    "Encounter": ["status", "class", "subject"],
}


def mask(value: str) -> str:
    return "id#" + hashlib.sha256((SALT + value).encode()).hexdigest()[:10]


def walk_refs(node, path):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference" and isinstance(v, str):
                yield path, v
            else:
                yield from walk_refs(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk_refs(v, f"{path}[{i}]")


def check(bundle):
    issues = []
    if bundle.get("resourceType") != "Bundle":
        return [("error", "$", "root is not a Bundle")]
    btype = bundle.get("type")
    entries = bundle.get("entry", [])
    full_urls = {e.get("fullUrl") for e in entries if e.get("fullUrl")}
    local_ids = {
        f"{e['resource']['resourceType']}/{e['resource'].get('id')}"
        for e in entries if "resource" in e
    }
    for i, e in enumerate(entries):
        p = f"entry[{i}]"
        res = e.get("resource")
        if res is None:
            issues.append(("error", p, "entry has no resource"))
            continue
        rtype = res.get("resourceType", "?")
        if btype in ("transaction", "batch"):
            if not e.get("fullUrl"):
                issues.append(("error", p, "missing fullUrl"))
            if not e.get("request", {}).get("method"):
                issues.append(("error", f"{p}.request", "request.method missing"))
        for field in REQUIRED.get(rtype, []):
            if field not in res:
                issues.append(("error", f"{p}.resource.{field}", f"{rtype}.{field} is required"))
        if rtype == "Observation":
            codings = res.get("code", {}).get("coding", [])
            if not any(c.get("system") == "http://loinc.org" for c in codings):
                issues.append(("warning", f"{p}.resource.code", "no LOINC coding"))
        for rpath, ref in walk_refs(res, f"{p}.resource"):
            if ref.startswith("urn:uuid:") and ref not in full_urls:
                issues.append(("error", rpath, "unresolved urn:uuid reference"))
            elif "/" in ref and not ref.startswith("http") and ref not in local_ids \
                    and btype == "transaction":
                issues.append(("warning", rpath, f"reference to {ref.split('/')[0]}/{mask(ref)} not in bundle"))
    return issues


def server_validate(bundle):
    base = os.environ.get("FHIR_BASE_URL", "https://fhir-int.internal.example-health.org/fhir")
    token = os.environ.get("FHIR_VALIDATE_TOKEN")
    if not token:
        sys.exit("FHIR_VALIDATE_TOKEN not set - run `integ-login` first")
    req = urllib.request.Request(
        f"{base}/Bundle/$validate",
        data=json.dumps(bundle).encode(),
        headers={"Content-Type": "application/fhir+json",
                 "Authorization": f"Bearer {token}"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        outcome = json.load(r)
    return [(i.get("severity"), ",".join(i.get("expression", [])) or "?",
             i.get("diagnostics", "")[:200]) for i in outcome.get("issue", [])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--profile", default="us-core-6.1")
    ap.add_argument("--server", action="store_true")
    a = ap.parse_args()
    try:
        with open(a.file) as fh:
            bundle = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot parse: {type(exc).__name__}")
        return 2
    issues = server_validate(bundle) if a.server else check(bundle)
    for sev, path, msg in issues:
        print(f"{sev:8} {path:50} {msg}")
    print(f"{len(issues)} issue(s), profile={a.profile}")
    return 1 if any(s in ("error", "fatal") for s, _, _ in issues) else 0


if __name__ == "__main__":
    sys.exit(main())
