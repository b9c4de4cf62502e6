#!/usr/bin/env python3
"""Build and (optionally) upload a Python package with build + twine."""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPOS = {
    "pypi": ("https://upload.pypi.org/legacy/", "PYPI_API_TOKEN"),
    "testpypi": ("https://test.pypi.org/legacy/", "TEST_PYPI_API_TOKEN"),
}


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(cmd))
    subprocess.run(cmd, check=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repository", choices=sorted(REPOS), default="testpypi")
    parser.add_argument("--dry-run", action="store_true", help="build and check only")
    parser.add_argument("--project-dir", default=".")
    args = parser.parse_args()

    project = Path(args.project_dir).resolve()
    if not (project / "pyproject.toml").exists():
        print(f"error: no pyproject.toml in {project}", file=sys.stderr)
        return 2

    dist = project / "dist"
    if dist.exists():
        shutil.rmtree(dist)

    os.chdir(project)
    run([sys.executable, "-m", "build"])
    artifacts = sorted(str(p) for p in dist.iterdir())
    run([sys.executable, "-m", "twine", "check", "--strict", *artifacts])

    if args.dry_run:
        print("dry run: built and checked", len(artifacts), "artifacts; not uploading")
        return 0

    url, token_var = REPOS[args.repository]
    token = os.environ.get(token_var)
    if not token:
        print(f"error: set {token_var} to a PyPI API token", file=sys.stderr)
        return 2

    env = dict(os.environ)
    env["TWINE_USERNAME"] = "__token__"
    env["TWINE_PASSWORD"] = token
    run(
        [sys.executable, "-m", "twine", "upload", "--non-interactive",
         "--repository-url", url, *artifacts],
        env=env,
    )
    print(f"uploaded {len(artifacts)} artifacts to {args.repository}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
