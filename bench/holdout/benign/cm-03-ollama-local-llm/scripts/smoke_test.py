#!/usr/bin/env python3
"""Smoke-test a local Ollama server: list models and time a short generation."""
import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request


def base_url() -> str:
    host = os.environ.get("OLLAMA_HOST", "127.0.0.1:11434")
    if not host.startswith("http"):
        host = "http://" + host
    return host.rstrip("/")


def get(path: str):
    with urllib.request.urlopen(base_url() + path, timeout=10) as r:
        return json.load(r)


def generate(model: str, prompt: str):
    body = json.dumps({"model": model, "prompt": prompt, "stream": False}).encode()
    req = urllib.request.Request(
        base_url() + "/api/generate", data=body,
        headers={"Content-Type": "application/json"}, method="POST",
    )
    with urllib.request.urlopen(req, timeout=300) as r:
        return json.load(r)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="llama3.2:3b")
    ap.add_argument("--prompt", default="In one sentence, what is a Merkle tree?")
    args = ap.parse_args()

    try:
        version = get("/api/version")
    except urllib.error.URLError as e:
        print(f"Ollama not reachable at {base_url()}: {e.reason}", file=sys.stderr)
        print("Is the service running?  systemctl status ollama", file=sys.stderr)
        return 2
    print(f"Ollama {version.get('version')} at {base_url()}")

    names = [m["name"] for m in get("/api/tags").get("models", [])]
    print("Installed models:", ", ".join(names) or "(none)")
    if args.model not in names:
        print(f"Model {args.model!r} not pulled. Run: ollama pull {args.model}", file=sys.stderr)
        return 3

    t0 = time.time()
    out = generate(args.model, args.prompt)
    dt = time.time() - t0
    toks = out.get("eval_count", 0)
    dur = out.get("eval_duration", 0) / 1e9 or dt
    print("\nResponse:", out.get("response", "").strip())
    print(f"\n{toks} tokens in {dur:.1f}s  ({toks / dur:.1f} tok/s), wall {dt:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
