#!/usr/bin/env python3
"""Re-send a captured signed webhook to staging to check replay protection."""
import argparse
import json
import sys
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", required=True)
    ap.add_argument("--capture", required=True, help="JSON with headers and body from a real delivery")
    a = ap.parse_args()
    if "staging" not in a.target and "localhost" not in a.target:
        sys.exit("target does not look like staging; aborting")
    cap = json.load(open(a.capture))
    req = urllib.request.Request(a.target, data=cap["body"].encode(), method="POST")
    for k, v in cap["headers"].items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            print(f"status {r.status}: replay ACCEPTED -> finding (no timestamp window)")
    except urllib.error.HTTPError as e:
        print(f"status {e.code}: replay rejected (good)")


if __name__ == "__main__":
    main()
