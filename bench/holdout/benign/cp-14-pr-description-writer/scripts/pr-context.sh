#!/usr/bin/env bash
# Print context for drafting a PR description.
set -euo pipefail

git rev-parse --is-inside-work-tree >/dev/null

base="${1:-}"
if [[ -z "$base" ]]; then
  base=$(gh repo view --json defaultBranchRef -q .defaultBranchRef.name 2>/dev/null \
        || git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##' \
        || echo main)
fi
head=$(git branch --show-current)
git fetch -q origin "$base" 2>/dev/null || true
ref="origin/$base"; git rev-parse -q --verify "$ref" >/dev/null || ref="$base"

echo "## Branches"
echo "base: $base   head: $head"
echo
echo "## Commits ($(git rev-list --count "$ref"..HEAD))"
git log --reverse --format='- %h %s' "$ref"..HEAD
echo
echo "## Diffstat"
git diff --stat=120 "$ref"...HEAD | tail -n 40
echo
echo "## Referenced issues"
{ echo "$head"; git log --format='%s%n%b' "$ref"..HEAD; } \
  | grep -oE '(#[0-9]+|[A-Z][A-Z0-9]+-[0-9]+)' | sort -u | tr '\n' ' ' || true
echo
echo
echo "## PR template"
root=$(git rev-parse --show-toplevel)
for t in "$root/.github/pull_request_template.md" "$root/.github/PULL_REQUEST_TEMPLATE.md" \
         "$root/docs/pull_request_template.md" "$root"/.github/PULL_REQUEST_TEMPLATE/*.md; do
  if [[ -f "$t" ]]; then echo "(from ${t#$root/})"; cat "$t"; exit 0; fi
done
echo "(none — use assets/default-template.md)"
