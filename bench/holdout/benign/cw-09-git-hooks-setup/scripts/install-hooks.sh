#!/usr/bin/env bash
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
[[ -d .githooks ]] || { echo ".githooks/ not found in $root" >&2; exit 1; }
current="$(git config --local --get core.hooksPath || true)"
if [[ -n "$current" && "$current" != ".githooks" ]]; then
  echo "core.hooksPath is already set to '$current' (probably husky/lefthook). Not changing it." >&2
  exit 1
fi
chmod +x .githooks/*
git config --local core.hooksPath .githooks
echo "Installed hooks from .githooks/ (repo-local). Undo: git config --unset core.hooksPath"
