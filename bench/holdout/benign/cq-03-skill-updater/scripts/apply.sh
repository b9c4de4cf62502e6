#!/usr/bin/env bash
# Usage: apply.sh <installed-skill-dir> <tag>
#        apply.sh --rollback <installed-skill-dir> <backup-dir>
source "$(dirname "$0")/common.sh"

if [ "${1:-}" = "--rollback" ]; then
  skill="${2:?skill dir}"; backup="${3:?backup dir}"
  [ -f "$backup/SKILL.md" ] || { echo "not a skill backup: $backup" >&2; exit 1; }
  mkdir -p "$BACKUP_ROOT"
  mv "$skill" "$BACKUP_ROOT/$(basename "$skill")-rolledback-$(date +%Y%m%d%H%M%S)"
  cp -a "$backup" "$skill"
  echo "restored $skill from $backup"
  exit 0
fi

skill="${1:?skill dir}"; tag="${2:?tag}"
stage="$(stage_dir "$skill" "$tag")"
[ -d "$stage/repo" ] || { echo "run review.sh for $tag first" >&2; exit 1; }
src="$(fm_get "$skill/SKILL.md" source)"
[ "$(cat "$stage/source")" = "$src" ] || { echo "staged source mismatch; re-run review" >&2; exit 1; }
sub="$(fm_get "$skill/SKILL.md" source_path || true)"
new="$stage/repo/${sub:-.}"

old="$(fm_get "$skill/SKILL.md" version || echo unknown)"
mkdir -p "$BACKUP_ROOT"
bk="$BACKUP_ROOT/$(basename "$skill")-$old-$(date +%Y%m%d%H%M%S)"
mv "$skill" "$bk"
mkdir -p "$skill"
( cd "$new" && tar --exclude=.git -cf - . ) | ( cd "$skill" && tar -xf - )
rm -rf "$stage"
echo "updated $(basename "$skill") to $tag (backup: $bk)"
