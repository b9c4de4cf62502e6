#!/usr/bin/env python3
"""Flag common secret-handling mistakes in GitHub Actions workflows. Read-only."""
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit("pip install pyyaml")

SECRET_REF = re.compile(r"\$\{\{\s*secrets\.([A-Za-z0-9_]+)\s*\}\}")
ECHO_VAR = re.compile(r"\b(echo|printf|cat)\b[^\n|]*\$\{?([A-Z0-9_]*(TOKEN|SECRET|KEY|PASSWORD)[A-Z0-9_]*)")
UNPINNED = re.compile(r"^\s*-?\s*uses:\s*([\w.-]+/[\w./-]+)@(?![0-9a-f]{40}\b)(\S+)", re.M)


def findings_for(path: Path):
    text = path.read_text()
    lines = text.splitlines()
    doc = yaml.safe_load(text) or {}
    on = doc.get(True, doc.get("on", {}))  # PyYAML parses bare `on` as True

    if "permissions" not in doc:
        yield 1, "no top-level `permissions:`; default token may be read-write", "add `permissions: {contents: read}`"

    triggers = on if isinstance(on, dict) else {t: None for t in (on if isinstance(on, list) else [on])}
    if "pull_request_target" in triggers and re.search(r"ref:\s*\$\{\{\s*github\.event\.pull_request\.head", text):
        yield 1, "pull_request_target + checkout of PR head exposes secrets to fork code", "use `pull_request` or don't check out head"

    for i, ln in enumerate(lines, 1):
        if SECRET_REF.search(ln) and re.search(r"\brun:\s", ln):
            yield i, "secret interpolated directly into a run: command", "map it to `env:` and reference $VAR"
        m = ECHO_VAR.search(ln)
        if m:
            yield i, f"prints ${m.group(2)} to the log", "remove; masking is not reliable for derived values"
        if re.search(r"^\s*(run:\s*)?(env|printenv|set)\s*$", ln):
            yield i, "dumps the whole environment", "remove, or print only the names you need"
        if re.search(r"\bset -x\b", ln):
            yield i, "`set -x` traces commands, including ones that use secrets", "drop -x in steps with secrets"

    for m in UNPINNED.finditer(text):
        owner = m.group(1).split("/")[0]
        if owner not in ("actions", "github"):
            ln = text.count("\n", 0, m.start()) + 1
            yield ln, f"{m.group(1)}@{m.group(2)} not pinned to a commit SHA", "pin to full SHA, keep tag in a comment"


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".github/workflows")
    files = sorted(list(root.glob("*.yml")) + list(root.glob("*.yaml")))
    total = 0
    for f in files:
        for line, msg, fix in findings_for(f):
            total += 1
            print(f"{f}:{line}: {msg}\n    fix: {fix}")
    print(f"\n{len(files)} workflow(s), {total} finding(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
