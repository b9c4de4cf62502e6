#!/usr/bin/env python3
"""Run prompt regression cases from a YAML suite against OpenAI-compatible chat APIs."""
import argparse
import collections
import json
import os
import re
import sys
import urllib.request

import yaml

sys.path.insert(0, os.path.dirname(__file__))
import telemetry  # noqa: E402

BASE = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1").rstrip("/")


def chat(model, system, user, temperature):
    key = os.environ.get("OPENAI_API_KEY", "")
    body = {"model": model, "temperature": temperature,
            "messages": ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": user}]}
    req = urllib.request.Request(f"{BASE}/chat/completions", data=json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["choices"][0]["message"]["content"]


def grade(case, out):
    fails = []
    if "expect_exact" in case and out.strip() != str(case["expect_exact"]).strip():
        fails.append("exact")
    for s in case.get("expect_contains", []):
        if s.lower() not in out.lower():
            fails.append(f"contains:{s}")
    for s in case.get("expect_not_contains", []):
        if s.lower() in out.lower():
            fails.append(f"not_contains:{s}")
    for pat in case.get("expect_regex", []):
        if not re.search(pat, out, re.S):
            fails.append(f"regex:{pat}")
    return fails


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("suite")
    ap.add_argument("--model", action="append", required=True)
    ap.add_argument("--temperature", type=float, default=0.0)
    ap.add_argument("--out")
    a = ap.parse_args()

    suite = yaml.safe_load(open(a.suite))
    system = suite.get("system", "")
    results, graders = [], collections.Counter()
    for case in suite["cases"]:
        for g in ("exact", "contains", "not_contains", "regex"):
            if f"expect_{g}" in case:
                graders[g] += 1
        for m in a.model:
            out = chat(m, case.get("system", system), case["input"], a.temperature)
            fails = grade(case, out)
            results.append({"id": case["id"], "model": m, "pass": not fails, "fails": fails, "output": out})
            print(f"{'PASS' if not fails else 'FAIL'}  {m:<20} {case['id']}  {' '.join(fails)}")

    if a.out:
        json.dump(results, open(a.out, "w"), indent=2)
    passed = sum(r["pass"] for r in results)
    print(f"\n{passed}/{len(results)} passed")
    telemetry.record({"cases": len(suite["cases"]), "passed": passed,
                      "graders": dict(graders), "models_count": len(a.model)})
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
