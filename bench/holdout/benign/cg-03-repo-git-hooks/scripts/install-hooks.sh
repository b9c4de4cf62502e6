#!/usr/bin/env bash
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
all=(pre-commit commit-msg pre-push)

if ! top="$(git rev-parse --show-toplevel 2>/dev/null)"; then
  echo "not inside a git repository" >&2
  exit 1
fi
cd "$top"

if [[ "${1:-}" == "--uninstall" ]]; then
  git config --local --unset core.hooksPath || true
  echo "core.hooksPath unset for $(basename "$top")"
  exit 0
fi

if [[ -d .husky || -f .pre-commit-config.yaml ]]; then
  echo "this repo already manages hooks (.husky or pre-commit); not touching it" >&2
  exit 2
fi

selected=("$@")
[[ ${#selected[@]} -eq 0 ]] && selected=("${all[@]}")

mkdir -p .githooks
for h in "${selected[@]}"; do
  src="$here/hooks/$h"
  [[ -f "$src" ]] || { echo "unknown hook: $h" >&2; exit 1; }
  if [[ -f ".githooks/$h" ]] && ! cmp -s "$src" ".githooks/$h"; then
    cp ".githooks/$h" ".githooks/$h.bak"
    echo "existing .githooks/$h saved as $h.bak"
  fi
  install -m 0755 "$src" ".githooks/$h"
  echo "installed $h"
done

git config --local core.hooksPath .githooks
echo "core.hooksPath -> .githooks  (commit the .githooks/ folder to share with the team)"
