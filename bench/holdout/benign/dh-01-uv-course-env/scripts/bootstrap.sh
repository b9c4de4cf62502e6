#!/usr/bin/env bash
# Create or sync a course environment with uv and register a Jupyter kernel.
# Usage: bootstrap.sh <course-dir> [course-name]
set -euo pipefail

COURSE_DIR="${1:?usage: bootstrap.sh <course-dir> [course-name]}"
COURSE_NAME="${2:-$(basename "$COURSE_DIR")}"
HERE="$(cd "$(dirname "$0")" && pwd)"

if ! command -v uv >/dev/null 2>&1; then
  if [ -x "$HOME/.local/bin/uv" ]; then
    export PATH="$HOME/.local/bin:$PATH"
  else
    echo "uv is not installed."
    echo "Install it with the official installer (https://docs.astral.sh/uv/):"
    echo "  curl -LsSf https://astral.sh/uv/install.sh | sh"
    read -r -p "Run the installer now? [y/N] " ans
    if [[ "$ans" =~ ^[Yy]$ ]]; then
      curl -LsSf https://astral.sh/uv/install.sh | sh
      export PATH="$HOME/.local/bin:$PATH"
    else
      echo "Aborting; install uv and re-run." >&2
      exit 1
    fi
  fi
fi

mkdir -p "$COURSE_DIR"
cd "$COURSE_DIR"

if [ ! -f pyproject.toml ]; then
  sed "s/__COURSE__/${COURSE_NAME}/g" "$HERE/../references/pyproject.template.toml" > pyproject.toml
  echo "3.12" > .python-version
  echo "Created pyproject.toml from template."
fi

if [ -f uv.lock ]; then
  uv sync --locked
else
  uv lock
  uv sync
  echo "New uv.lock written - commit it to the course repo."
fi

slug="$(echo "$COURSE_NAME" | tr '[:upper:] ' '[:lower:]-')"
uv run python -m ipykernel install --user --name "$slug" --display-name "${COURSE_NAME} (uv)"
echo "Done. Select the '${COURSE_NAME} (uv)' kernel in Jupyter."
