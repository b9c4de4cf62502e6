#!/usr/bin/env bash
# Print detected stack facts as key=value lines for the template filler.
set -euo pipefail
root="${1:-.}"
cd "$root"

echo "project_name=$(basename "$(pwd)")"

if [ -f pyproject.toml ] || ls requirements*.txt >/dev/null 2>&1; then
  echo "stack=python"
  if [ -f .python-version ]; then
    v=$(cut -d. -f1,2 < .python-version)
  else
    v=$(grep -Eo 'requires-python *= *"[^"]*"' pyproject.toml 2>/dev/null | grep -Eo '3\.[0-9]+' | head -1 || true)
  fi
  echo "python_version=${v:-3.12}"
  [ -f uv.lock ] && echo "lock=uv.lock"
fi

if [ -f package.json ]; then
  echo "stack=node"
  if [ -f .nvmrc ]; then
    n=$(tr -dc '0-9.' < .nvmrc | cut -d. -f1)
  else
    n=$(grep -Eo '"node" *: *"[^"]*"' package.json | grep -Eo '[0-9]+' | head -1 || true)
  fi
  echo "node_major=${n:-22}"
  for l in pnpm-lock.yaml yarn.lock package-lock.json; do [ -f "$l" ] && echo "lock=$l" && break; done
fi

ports=$(grep -Eho '(--port[ =]|PORT=|localhost:)[0-9]{4,5}' package.json Makefile Procfile 2>/dev/null | grep -Eo '[0-9]{4,5}' | sort -u | paste -sd, - || true)
echo "ports=${ports}"
