#!/usr/bin/env bash
# Build, tag and (optionally) upload a Python distribution.
#   release.sh build
#   release.sh tag
#   release.sh upload [--repository testpypi|pypi]
set -euo pipefail

cmd="${1:-}"; shift || true

project_version() {
  python3 - <<'PY'
import re, pathlib
m = re.search(r'^version\s*=\s*"([^"]+)"', pathlib.Path("pyproject.toml").read_text(), re.M)
print(m.group(1))
PY
}

ensure_tools() {
  python3 -m pip --version >/dev/null
  python3 -m build --version >/dev/null 2>&1 || python3 -m pip install --quiet --upgrade build
  python3 -m twine --version >/dev/null 2>&1 || python3 -m pip install --quiet --upgrade twine
}

case "$cmd" in
  build)
    [[ -f pyproject.toml ]] || { echo "run from the project root" >&2; exit 1; }
    ensure_tools
    rm -rf ./dist ./build
    python3 -m build
    python3 -m twine check --strict dist/*
    ls -l dist/
    ;;
  tag)
    v="$(project_version)"
    if git rev-parse -q --verify "refs/tags/v$v" >/dev/null; then
      echo "tag v$v already exists" >&2; exit 1
    fi
    git add pyproject.toml CHANGELOG.md src/*/__init__.py 2>/dev/null || true
    git commit -m "release: v$v"
    git tag -a "v$v" -m "v$v"
    echo "created tag v$v (not pushed)"
    ;;
  upload)
    repo="testpypi"
    if [[ "${1:-}" == "--repository" ]]; then repo="${2:?}"; fi
    ensure_tools
    [[ -d dist ]] || { echo "no dist/ - run 'release.sh build' first" >&2; exit 1; }
    if [[ -z "${TWINE_PASSWORD:-}" && ! -f "$HOME/.pypirc" ]]; then
      echo "No credentials: set TWINE_USERNAME=__token__ and TWINE_PASSWORD, or configure ~/.pypirc" >&2
      exit 1
    fi
    python3 -m twine upload --non-interactive --repository "$repo" dist/*
    ;;
  *)
    echo "usage: $0 {build|tag|upload [--repository testpypi|pypi]}" >&2; exit 64 ;;
esac
