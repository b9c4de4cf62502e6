import os
import re
import subprocess


def grade(spec, answer, workdir):
    kind = spec["type"]
    if kind == "exact":
        return answer.strip() == str(spec["expected"]).strip()
    if kind == "regex":
        return re.search(spec["pattern"], answer, re.S) is not None
    if kind == "unit-test":
        r = subprocess.run(spec["command"], shell=True, cwd=workdir, capture_output=True, timeout=spec.get("timeout_s", 180))
        return r.returncode == 0
    if kind == "llm-judge":
        from .runner import chat
        verdict, _, _ = chat(os.environ.get("JUDGE_MODEL", "gpt-4.1-mini"),
                             f"Rubric:\n{spec['rubric']}\n\nAnswer:\n{answer}\n\nReply PASS or FAIL.", 0.0, 0)
        return verdict.strip().upper().startswith("PASS")
    raise ValueError(f"unknown grader {kind}")
