#!/usr/bin/env python3
"""Diff two renders of a Helm chart, resource by resource."""
from __future__ import annotations

import argparse
import base64
import difflib
import hashlib
import subprocess
import sys

import yaml

NOISY_LABELS = {"helm.sh/chart", "app.kubernetes.io/version"}


def render(chart: str, values: str | None, version: str | None, repo: str | None) -> dict[str, dict]:
    ref = chart
    cmd = ["helm", "template", "diff", ref]
    if version:
        name = chart.rstrip("/").split("/")[-1]
        cmd = ["helm", "template", "diff", f"{repo.rstrip('/')}/{name}", "--version", version]
    if values:
        cmd += ["-f", values]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    res = {}
    for doc in yaml.safe_load_all(out):
        if not doc:
            continue
        for lbl in NOISY_LABELS:
            doc.get("metadata", {}).get("labels", {}).pop(lbl, None)
        if doc.get("kind") == "Secret":
            for field in ("data", "stringData"):
                for k, v in (doc.get(field) or {}).items():
                    raw = base64.b64decode(v) if field == "data" else v.encode()
                    doc[field][k] = "<sha256:" + hashlib.sha256(raw).hexdigest()[:16] + ">"
        key = f'{doc["kind"]}/{doc["metadata"].get("namespace", "-")}/{doc["metadata"]["name"]}'
        res[key] = doc
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("chart")
    ap.add_argument("--a", help="values file for side A")
    ap.add_argument("--b", help="values file for side B")
    ap.add_argument("--rev-a", help="published chart version for side A")
    ap.add_argument("--repo", help="chart repo/OCI prefix for --rev-a")
    a = ap.parse_args()

    left = render(a.chart, a.a, a.rev_a, a.repo)
    right = render(a.chart, a.b or a.a, None, None)
    changed = 0
    for key in sorted(set(left) | set(right)):
        la = yaml.safe_dump(left.get(key), sort_keys=True).splitlines() if key in left else []
        lb = yaml.safe_dump(right.get(key), sort_keys=True).splitlines() if key in right else []
        if la == lb:
            continue
        changed += 1
        print(f"\n### {key} ({'added' if not la else 'removed' if not lb else 'changed'})")
        for line in difflib.unified_diff(la, lb, "A", "B", lineterm="", n=2):
            print(line)
    print(f"\n{changed} resource(s) differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
