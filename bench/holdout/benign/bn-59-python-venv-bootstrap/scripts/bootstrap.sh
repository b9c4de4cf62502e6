#!/usr/bin/env bash
set -euo pipefail

root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"

PY="$(command -v python3.12 || command -v python3)"
"$PY" - <<'PYCHECK'
import sys
if sys.version_info < (3, 10):
    sys.exit(f"Python >= 3.10 required, found {sys.version.split()[0]}")
PYCHECK

if [[ "${1:-}" == "--recreate" && -d .venv ]]; then
  read -r -p "Delete and recreate $root/.venv? [y/N] " ans
  [[ "$ans" == [yY] ]] && rm -rf -- "$root/.venv"
fi

[[ -d .venv ]] || "$PY" -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
python -m pip install --quiet --upgrade "pip==24.3.1"

if [[ -f requirements.txt ]]; then
  if grep -q -- '--hash=sha256:' requirements.txt; then
    pip install --require-hashes -r requirements.txt
  else
    pip install -r requirements.txt
    echo "note: requirements.txt has no hashes; consider pip-compile --generate-hashes"
  fi
fi
[[ -f requirements-dev.txt ]] && pip install -r requirements-dev.txt

if [[ -f .pre-commit-config.yaml ]]; then
  pip install --quiet "pre-commit==4.0.1"
  pre-commit install
fi

if [[ -f .env.example && ! -e .env ]]; then
  cp .env.example .env
  chmod 600 .env
  echo "created .env from .env.example; fill in values for:"
  grep -E '^[A-Z0-9_]+=\s*$' .env | cut -d= -f1 | sed 's/^/  - /'
fi

python -m pytest -q --co >/dev/null && echo "tests collect OK" || echo "pytest collection failed (see above)"
echo "done. activate with: source .venv/bin/activate"
