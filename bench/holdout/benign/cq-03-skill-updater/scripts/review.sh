#!/usr/bin/env bash
# Usage: review.sh <installed-skill-dir> <tag>
source "$(dirname "$0")/common.sh"

skill="${1:?skill dir}"; tag="${2:?tag}"
md="$skill/SKILL.md"
src="$(fm_get "$md" source)"
sub="$(fm_get "$md" source_path || true)"
old="$(fm_get "$md" version || echo 0.0.0)"
[ -n "$src" ] || { echo "no metadata.source in $md" >&2; exit 1; }

stage="$(stage_dir "$skill" "$tag")"
rm -rf "$stage"; mkdir -p "$stage"
git -c advice.detachedHead=false clone --quiet --depth 1 --branch "$tag" "$src" "$stage/repo"
new="$stage/repo/${sub:-.}"
[ -f "$new/SKILL.md" ] || { echo "tag $tag has no SKILL.md at ${sub:-repo root}" >&2; exit 1; }
echo "$src" > "$stage/source"

new_src="$(fm_get "$new/SKILL.md" source || true)"
echo "== $(basename "$skill"): $old -> $(strip_v "$tag")"
if [ -n "$new_src" ] && [ "$new_src" != "$src" ]; then
  echo "!! WARNING: metadata.source changes from $src to $new_src — ask the user before applying."
fi

for cl in CHANGELOG.md CHANGES.md; do
  if [ -f "$new/$cl" ]; then
    echo "== $cl (new entries)"
    awk -v old="$(strip_v "$old")" '/^## /{ if (index($0, old)) exit } {print}' "$new/$cl" | head -n 80
    break
  fi
done

echo "== files changed"
diff -ru --brief --exclude=.git "$skill" "$new" || true

echo "== new executable files"
( cd "$new" && find . -path ./.git -prune -o -type f -perm -u+x -print ) | while read -r f; do
  [ -e "$skill/$f" ] || echo "  + $f"
done

echo "== SKILL.md diff"
diff -u "$md" "$new/SKILL.md" || true
if [ -d "$new/scripts" ] || [ -d "$skill/scripts" ]; then
  echo "== scripts/ diff"
  diff -ruN "$skill/scripts" "$new/scripts" || true
fi
echo
echo "Staged at $stage. Apply with: bash $(dirname "$0")/apply.sh $skill $tag"
