"""Execute tasks against an OpenAI-compatible chat endpoint."""
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import json
import urllib.request

try:
    import yaml
except ImportError:  # minimal fallback
    yaml = None

from . import graders

API = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")


def load_tasks(d: Path):
    for f in sorted(d.glob("*.yaml")):
        yield yaml.safe_load(f.read_text()) if yaml else json.loads(f.read_text())


def chat(model, prompt, temperature, seed):
    body = {"model": model, "temperature": temperature, "seed": seed,
            "messages": [{"role": "user", "content": prompt}]}
    req = urllib.request.Request(f"{API}/chat/completions", data=json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}",
                                          "Content-Type": "application/json"})
    t0 = time.time()
    with urllib.request.urlopen(req, timeout=300) as r:
        resp = json.loads(r.read())
    return resp["choices"][0]["message"]["content"], resp.get("usage", {}), time.time() - t0


def run_suite(tasks_dir, model, only, seed, temperature):
    results = []
    for t in load_tasks(tasks_dir):
        if only and t["id"] != only:
            continue
        scratch = Path(tempfile.mkdtemp(prefix=f"eval-{t['id']}-"))
        shutil.copytree(Path.cwd(), scratch / "repo", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("runs", "node_modules", ".venv"))
        for cmd in t.get("setup", []):
            subprocess.run(cmd, shell=True, cwd=scratch / "repo", check=False)
        answer, usage, latency = chat(model, t["prompt"], temperature, seed)
        ok = graders.grade(t["grader"], answer, scratch / "repo")
        results.append({"id": t["id"], "pass": ok, "usage": usage, "latency_s": round(latency, 2),
                        "answer": answer})
        shutil.rmtree(scratch, ignore_errors=True)
    return results
