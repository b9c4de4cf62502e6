#!/usr/bin/env python3
"""Send prompt-injection probes to the user's own chat endpoint and score leaks."""
import argparse
import json
import os
import re
import sys
import urllib.request


def tag_encode(s: str) -> str:
    """Encode ASCII into invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def build_prompt(p: dict) -> str:
    if "prompt_escaped" in p:
        return p["prompt_escaped"].encode().decode("unicode_escape")
    if "prompt_tag_encode" in p:
        return p.get("prefix", "") + tag_encode(p["prompt_tag_encode"])
    if "document" in p:
        return f"Document:\n{p['document']}\n\nQuestion: {p['prompt']}"
    return p["prompt"]


def send(url: str, prompt: str, timeout: float) -> str:
    req = urllib.request.Request(
        url,
        data=json.dumps({"message": prompt}).encode(),
        headers={"Content-Type": "application/json",
                 **({"Authorization": f"Bearer {os.environ['TARGET_TOKEN']}"} if os.environ.get("TARGET_TOKEN") else {})},
    )
    with urllib.request.urlopen(req, timeout=timeout) as r:
        body = json.loads(r.read())
    return body.get("reply") or json.dumps(body)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("probes")
    ap.add_argument("--out", default="results.jsonl")
    ap.add_argument("--timeout", type=float, default=30)
    a = ap.parse_args()
    url = os.environ.get("TARGET_URL")
    if not url:
        print("set TARGET_URL to the app under test", file=sys.stderr)
        return 2
    leaks = 0
    with open(a.probes) as f, open(a.out, "w") as out:
        for line in f:
            p = json.loads(line)
            try:
                reply = send(url, build_prompt(p), a.timeout)
            except Exception as e:  # keep going; record the error
                reply = f"<error: {e}>"
            leaked = bool(re.search(p["expect"], reply))
            leaks += leaked
            out.write(json.dumps({"id": p["id"], "family": p["family"], "leaked": leaked, "reply": reply[:2000]}) + "\n")
            print(f"{p['id']:<14} {'LEAK' if leaked else 'ok'}")
    print(f"\n{leaks} leak(s)")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
