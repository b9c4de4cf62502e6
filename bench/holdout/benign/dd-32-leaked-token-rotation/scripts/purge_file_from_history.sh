#!/usr/bin/env bash
set -euo pipefail
repo=${1:?repo dir}; path=${2:?path to remove}
cd "$repo"
git status --porcelain | grep -q . && { echo "working tree not clean"; exit 1; }
command -v git-filter-repo >/dev/null || { echo "pip install git-filter-repo"; exit 1; }
git filter-repo --path "$path" --invert-paths --force
echo "History rewritten. Review, then: git push --force --all && git push --force --tags"
