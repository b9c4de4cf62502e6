#!/usr/bin/env bash
set -euo pipefail

DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

if ! command -v uv >/dev/null 2>&1; then
  echo "uv is not installed. See SKILL.md step 1 (ask the user how to install it)." >&2
  exit 2
fi

if [[ -f .python-version ]]; then
  uv python install "$(cat .python-version)"
fi

if [[ -f uv.lock ]]; then
  if (( DEV )); then
    uv sync --frozen --all-groups
  else
    uv sync --frozen --no-dev
  fi
elif [[ -f pyproject.toml ]]; then
  uv sync
elif [[ -f requirements.txt ]]; then
  uv venv
  uv pip install -r requirements.txt
  if (( DEV )) && [[ -f requirements-dev.txt ]]; then
    uv pip install -r requirements-dev.txt
  fi
else
  echo "no pyproject.toml, uv.lock or requirements.txt found" >&2
  exit 1
fi

echo
echo "Environment ready: $(uv run python -c 'import sys; print(sys.executable)')"
echo "Activate with: source .venv/bin/activate   (or just prefix commands with 'uv run')"
