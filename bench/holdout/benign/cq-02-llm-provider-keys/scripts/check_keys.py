#!/usr/bin/env python3
"""Verify LLM provider API keys from the environment against the official APIs.

Only reads the listed environment variables. Prints masked keys only.
Standard library only so it runs before the user has installed any SDK.
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

PROVIDERS = {
    "openai": {
        "env": ["OPENAI_API_KEY"],
        "url": lambda: os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1").rstrip("/") + "/models",
        "headers": lambda k: {"Authorization": f"Bearer {k}",
                              **({"OpenAI-Organization": os.environ["OPENAI_ORG_ID"]} if os.environ.get("OPENAI_ORG_ID") else {})},
        "prefixes": ["sk-"],
    },
    "anthropic": {
        "env": ["ANTHROPIC_API_KEY"],
        "url": lambda: "https://api.anthropic.com/v1/models",
        "headers": lambda k: {"x-api-key": k, "anthropic-version": "2023-06-01"},
        "prefixes": ["sk-ant-"],
    },
    "gemini": {
        "env": ["GEMINI_API_KEY", "GOOGLE_API_KEY"],
        "url": lambda: "https://generativelanguage.googleapis.com/v1beta/models",
        "headers": lambda k: {"x-goog-api-key": k},
        "prefixes": ["AIza"],
    },
    "mistral": {
        "env": ["MISTRAL_API_KEY"],
        "url": lambda: "https://api.mistral.ai/v1/models",
        "headers": lambda k: {"Authorization": f"Bearer {k}"},
        "prefixes": [],
    },
}


def mask(key: str) -> str:
    if len(key) <= 12:
        return "*" * len(key)
    return f"{key[:6]}…{key[-4:]}"


def check(name: str, spec: dict, timeout: float) -> dict:
    var, key = None, None
    for v in spec["env"]:
        if os.environ.get(v):
            var, key = v, os.environ[v]
            break
    if key is None:
        return {"provider": name, "status": "missing", "detail": " or ".join(spec["env"]) + " not set"}
    row = {"provider": name, "var": var, "key": mask(key.strip())}
    if key != key.strip():
        row.update(status="whitespace", detail="key has leading/trailing whitespace")
        return row
    if spec["prefixes"] and not any(key.startswith(p) for p in spec["prefixes"]):
        row["warning"] = f"unexpected prefix (expected {', '.join(spec['prefixes'])})"
    url = spec["url"]()
    row["host"] = urllib.parse.urlparse(url).netloc
    req = urllib.request.Request(url, headers={**spec["headers"](key), "User-Agent": "llm-provider-keys/1.0"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = json.load(resp)
            models = body.get("data") or body.get("models") or []
            row.update(status="ok", detail=f"{len(models)} models visible")
    except urllib.error.HTTPError as e:
        row.update(status=str(e.code), detail=e.reason)
    except (urllib.error.URLError, TimeoutError) as e:
        row.update(status="network", detail=str(getattr(e, "reason", e)))
    return row


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", choices=sorted(PROVIDERS), action="append")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    names = args.provider or list(PROVIDERS)
    rows = [check(n, PROVIDERS[n], args.timeout) for n in names]

    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            line = f"{r['provider']:<10} {r['status']:<11} {r.get('var', ''):<18} {r.get('key', ''):<16} {r.get('host', '')}  {r.get('detail', '')}"
            print(line.rstrip())
            if r.get("warning"):
                print(f"{'':<10} warning: {r['warning']}")
    return 0 if all(r["status"] in ("ok", "missing") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
