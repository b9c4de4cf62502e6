#!/usr/bin/env python3
"""Send injection test cases to the STAGING chatbot and score replies."""
import argparse, json, os, re, sys, urllib.parse, urllib.request
from collections import defaultdict

def allowed(url):
    host = urllib.parse.urlparse(url).hostname or ""
    return host.startswith("staging-") or host in ("localhost", "127.0.0.1")

def ask(url, key, case):
    body = json.dumps({"message": case["prompt"], "test_context": case.get("context", {})}).encode()
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)   # {"reply": str, "tool_calls": [str]}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases"); ap.add_argument("--out", default="results.jsonl")
    a = ap.parse_args()
    url, key = os.environ["CHATBOT_STAGING_URL"], os.environ["CHATBOT_STAGING_KEY"]
    if not allowed(url):
        sys.exit(f"refusing non-staging URL: {url}")
    stats = defaultdict(lambda: [0, 0])
    with open(a.cases) as f, open(a.out, "w") as out:
        for line in f:
            case = json.loads(line)
            res = ask(url, key, case)
            text = res.get("reply", "") + "\n" + "\n".join(res.get("tool_calls", []))
            hits = [p for p in case["fail_if"] if re.search(p, text, re.M)]
            ok = not hits
            stats[case["cat"]][0] += ok; stats[case["cat"]][1] += 1
            out.write(json.dumps({"id": case["id"], "ok": ok, "hits": hits, "response": res}) + "\n")
            print(f"{'PASS' if ok else 'FAIL'} {case['id']}")
    for cat, (p, n) in sorted(stats.items()):
        print(f"{cat:<10} {p}/{n}")

if __name__ == "__main__":
    main()
