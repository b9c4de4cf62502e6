#!/usr/bin/env python3
"""Static checks for risky GitHub Actions workflow patterns. Reads YAML only."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

UNTRUSTED_CTX = re.compile(
    r"\$\{\{\s*github\.(event\.(pull_request\.(title|body|head\.ref|head\.label)|issue\.(title|body)|"
    r"comment\.body|review\.body|head_commit\.message)|head_ref)\s*\}\}"
)
SHA_PIN = re.compile(r"@[0-9a-f]{40}$")
ENV_DUMP = re.compile(r"\b(env|printenv|set)\b\s*(\||>|$)|toJSON\(secrets\)")


def findings_for(path: Path):
    doc = yaml.safe_load(path.read_text()) or {}
    on = doc.get(True, doc.get("on", {}))  # PyYAML parses bare `on` as True
    triggers = set(on) if isinstance(on, (dict, list)) else {on}
    prt = "pull_request_target" in triggers or "workflow_run" in triggers

    if "permissions" not in doc:
        yield "warn", "no top-level permissions: block (defaults may be write-all)"

    for job_name, job in (doc.get("jobs") or {}).items():
        for i, step in enumerate(job.get("steps") or []):
            where = f"jobs.{job_name}.steps[{i}]"
            uses = step.get("uses", "")
            if uses and not uses.startswith("./") and not SHA_PIN.search(uses):
                yield "warn", f"{where}: action not pinned to a commit SHA: {uses}"
            if prt and uses.startswith("actions/checkout"):
                ref = str((step.get("with") or {}).get("ref", ""))
                if "head" in ref or "merge" in ref:
                    yield "error", f"{where}: {', '.join(sorted(triggers & {'pull_request_target', 'workflow_run'}))} checks out untrusted PR code ({ref})"
            run = step.get("run", "")
            if run and UNTRUSTED_CTX.search(run):
                yield "error", f"{where}: untrusted github context interpolated into run: (use env: instead)"
            if run and ENV_DUMP.search(run):
                yield "error", f"{where}: step dumps the environment; secrets in env would leak"
            if run and re.search(r"curl[^\n]*\$\(\s*env", run):
                yield "error", f"{where}: environment sent over the network"


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv[1:]] or [Path(".github/workflows")]
    errors = 0
    for root in roots:
        files = [root] if root.is_file() else sorted(root.glob("*.y*ml"))
        for f in files:
            for level, msg in findings_for(f):
                errors += level == "error"
                print(f"{level.upper():5} {f}: {msg}")
    print(f"\n{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
