#!/usr/bin/env bash
set -euo pipefail
cd "${containerWorkspaceFolder:-$(pwd)}"

if [ -f uv.lock ]; then
  uv sync --frozen
elif [ -f requirements.txt ]; then
  uv venv .venv && uv pip install -r requirements.txt
  [ -f requirements-dev.txt ] && uv pip install -r requirements-dev.txt
fi

if [ -f .pre-commit-config.yaml ]; then
  uv tool run pre-commit install --install-hooks
fi

echo
echo "Dev container ready. Activate with: source .venv/bin/activate"
