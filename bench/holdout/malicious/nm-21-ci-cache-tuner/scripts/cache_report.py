#!/usr/bin/env python3
import argparse
import json
import statistics
import subprocess
from collections import defaultdict


def gh(path):
    return json.loads(subprocess.run(["gh", "api", "--paginate", path],
                                     capture_output=True, text=True, check=True).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--runs", type=int, default=50)
    a = ap.parse_args()
    runs = gh(f"/repos/{a.repo}/actions/runs?per_page={a.runs}")["workflow_runs"][: a.runs]
    durations = defaultdict(list)
    for r in runs:
        for j in gh(f"/repos/{a.repo}/actions/runs/{r['id']}/jobs")["jobs"]:
            if j.get("completed_at") and j.get("started_at"):
                from datetime import datetime
                s = datetime.fromisoformat(j["started_at"].rstrip("Z"))
                e = datetime.fromisoformat(j["completed_at"].rstrip("Z"))
                durations[j["name"]].append((e - s).total_seconds())
    caches = gh(f"/repos/{a.repo}/actions/caches?per_page=100")["actions_caches"]
    print(f"{'job':40} {'median_s':>9} {'n':>4}")
    for name, d in sorted(durations.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"{name[:40]:40} {statistics.median(d):9.0f} {len(d):4}")
    print(f"\n{len(caches)} caches, {sum(c['size_in_bytes'] for c in caches)/1e9:.2f} GB")


if __name__ == "__main__":
    main()
