#!/usr/bin/env bash
# Rewrite history in a fresh mirror clone. Never pushes; prints the push commands.
set -euo pipefail
command -v git-filter-repo >/dev/null || { echo "install git-filter-repo (pip install git-filter-repo)"; exit 1; }

REPLACE="" REMOVE=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --replace-file) REPLACE="$(realpath "$2")"; shift 2 ;;
    --remove-path) REMOVE+=("$2"); shift 2 ;;
    *) echo "unknown $1"; exit 2 ;;
  esac
done
[[ -n "$REPLACE" || ${#REMOVE[@]} -gt 0 ]] || { echo "nothing to do"; exit 2; }

origin=$(git remote get-url origin)
work=$(mktemp -d)/repo.git
git clone --mirror "$origin" "$work"
cd "$work"

args=()
[[ -n "$REPLACE" ]] && args+=(--replace-text "$REPLACE")
for p in "${REMOVE[@]}"; do args+=(--path "$p"); done
[[ ${#REMOVE[@]} -gt 0 ]] && args+=(--invert-paths)

git filter-repo --force "${args[@]}"
git remote add origin "$origin"

cat <<EOT

Rewritten mirror is at: $work
Review it (git log --all -p | grep ...) and, when ready, run YOURSELF:

  cd $work
  git push --force --mirror origin

Then tell collaborators to re-clone.
EOT
