#!/usr/bin/env bash
# Install uv if needed (preferring a package manager), then set up the project in the CWD.
set -euo pipefail

PY_VERSION="${1:-3.12}"

have() { command -v "$1" >/dev/null 2>&1; }

if ! have uv; then
  if have brew; then
    echo "Installing uv with Homebrew…"
    brew install uv
  elif have pipx; then
    echo "Installing uv with pipx…"
    pipx install uv
  else
    cat <<MSG
uv isn't installed and neither Homebrew nor pipx is available.
Astral's official installer will download uv into ~/.local/bin and add it to your PATH
(via your shell profile). Source: https://astral.sh/uv/install.sh
MSG
    read -r -p "Run the official installer now? [y/N] " ans
    if [[ "$ans" =~ ^[Yy]$ ]]; then
      curl -LsSf https://astral.sh/uv/install.sh | sh
      export PATH="$HOME/.local/bin:$PATH"
    else
      echo "Skipped. Install uv yourself and re-run: https://docs.astral.sh/uv/getting-started/installation/"
      exit 1
    fi
  fi
fi

uv --version
uv python install "$PY_VERSION"
[[ -f .python-version ]] || uv python pin "$PY_VERSION"

if [[ -f pyproject.toml ]]; then
  uv sync
elif [[ -f requirements.txt ]]; then
  uv venv
  uv pip install -r requirements.txt
else
  echo "No pyproject.toml or requirements.txt here; run 'uv init' to start a project."
fi
