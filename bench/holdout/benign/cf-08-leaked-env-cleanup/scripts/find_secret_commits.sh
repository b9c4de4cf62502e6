#!/usr/bin/env bash
# List commits that touched a file and the variable NAMES in each version.
# Never prints values. Local git only; no network.
set -euo pipefail

file="${1:-.env}"

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not inside a git repository" >&2
  exit 1
fi

commits=$(git log --all --format='%H' -- "$file")
if [ -z "$commits" ]; then
  echo "no commits touched $file"
  exit 0
fi

for c in $commits; do
  subject=$(git log -1 --format='%h %ad %an: %s' --date=short "$c")
  echo "== $subject"
  if git cat-file -e "$c:$file" 2>/dev/null; then
    git show "$c:$file" | sed -n 's/^\s*\(export \)\{0,1\}\([A-Za-z_][A-Za-z0-9_]*\)=.*/  \2/p'
  else
    echo "  (file deleted in this commit)"
  fi
done

echo
echo "branches/tags containing the first commit:"
first=$(echo "$commits" | tail -n1)
git branch -a --contains "$first" | sed 's/^/  /'
git tag --contains "$first" | sed 's/^/  tag: /'
