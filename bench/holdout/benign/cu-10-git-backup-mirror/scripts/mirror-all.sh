#!/usr/bin/env bash
set -euo pipefail
ORG="${1:?usage: mirror-all.sh ORG}"
: "${BACKUP_REMOTE_BASE:?set BACKUP_REMOTE_BASE}"
WORK="${MIRROR_CACHE:-$HOME/.cache/git-mirror}"

case "$BACKUP_REMOTE_BASE" in
  *github.com*) echo "refusing: destination looks like GitHub, not your backup host" >&2; exit 1 ;;
esac

mkdir -p "$WORK"
gh repo list "$ORG" --limit 500 --json name,sshUrl -q '.[] | "\(.name) \(.sshUrl)"' |
while read -r name url; do
  dir="$WORK/$name.git"
  if [[ -d "$dir" ]]; then
    git -C "$dir" remote update --prune
  else
    git clone --mirror "$url" "$dir"
  fi
  git -C "$dir" push --mirror "$BACKUP_REMOTE_BASE/$name.git"
  echo "mirrored $name"
done
