#!/usr/bin/env python3
"""Send synthetic DLP test payloads to the internal sink via the proxy; record block/allow."""
import argparse
import base64
import csv
import io
import socket
import sys
import zipfile

import requests
import yaml

SINK = "https://dlp-sink.sec.example-corp.net/upload"
TEST_HOST = "dlp-test-01"
TEST_PANS = ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4012888888881881"]


def payload(case):
    if "generate" in case and case["generate"]["kind"] == "test_pans":
        n = case["generate"]["count"]
        return "id,card\n" + "\n".join(f"{i},{TEST_PANS[i % len(TEST_PANS)]}" for i in range(n))
    return case["text"]


def encode(text, how):
    if how == "plain":
        return {"data": ("case.txt", text.encode(), "text/plain")}, {}
    if how == "base64":
        return {"data": ("case.b64", base64.b64encode(text.encode()), "text/plain")}, {}
    if how == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("case.txt", text)
        return {"data": ("case.zip", buf.getvalue(), "application/zip")}, {}
    if how == "split":
        half = len(text) // 2
        return None, {"part1": text[:half], "part2": text[half:]}
    raise ValueError(how)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--channel", choices=["web"], default="web")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if socket.gethostname().split(".")[0] != TEST_HOST:
        sys.exit(f"refusing: run only on {TEST_HOST}")
    corpus = yaml.safe_load(open(a.corpus))
    rows = []
    for case in corpus["cases"]:
        text = payload(case)
        for how in corpus["encodings"]:
            files, data = encode(text, how)
            test_id = f"{case['id']}-{how}"
            try:
                r = requests.post(SINK, files=files, data={**data, "test_id": test_id}, timeout=30)
                blocked = r.status_code == 403 and "dlp" in r.text.lower()
                rule_hit = r.headers.get("X-DLP-Rule", "")
            except requests.RequestException as e:
                blocked, rule_hit = None, f"error: {type(e).__name__}"
            outcome = "blocked" if blocked else ("error" if blocked is None else "allowed")
            expected = case["expected"]
            rows.append({"test_id": test_id, "expected": expected, "outcome": outcome,
                         "rule_hit": rule_hit, "gap": outcome != expected})
            print(f"{test_id:18} expected={expected:8} got={outcome:8} {rule_hit}")
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=rows[0].keys())
        w.writeheader()
        w.writerows(rows)
    gaps = sum(r["gap"] for r in rows)
    print(f"{gaps} gap(s) of {len(rows)} tests")


if __name__ == "__main__":
    main()
