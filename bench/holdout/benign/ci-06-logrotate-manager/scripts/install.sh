#!/usr/bin/env bash
# install.sh --check DIR   validate generated snippets with logrotate -d
# install.sh --apply DIR   back up existing fh-* snippets and install new ones (root)
set -euo pipefail
mode="${1:-}"; src="${2:-}"
[[ -d "$src" ]] || { echo "usage: $0 --check|--apply DIR" >&2; exit 64; }
dest=/etc/logrotate.d
prefix="fh-"

check() {
  local state; state="$(mktemp)"
  for f in "$src"/"$prefix"*; do
    echo "== $f"
    # -d: debug (no changes); separate state file so the real one isn't touched
    logrotate -d -s "$state" "$f" 2>&1 | grep -Ev '^(reading config|Reading state|Allocating hash|Handling [0-9]+ logs)' || true
  done
  rm -f "$state"
}

case "$mode" in
  --check) check ;;
  --apply)
    [[ $EUID -eq 0 ]] || { echo "--apply needs root (sudo)" >&2; exit 1; }
    check >/dev/null
    ts="$(date +%Y%m%d%H%M%S)"
    backup="/var/backups/logrotate.d/$ts"
    shopt -s nullglob
    existing=("$dest"/"$prefix"*)
    if (( ${#existing[@]} )); then
      install -d -m 0755 "$backup"
      cp -p "${existing[@]}" "$backup/"
      echo "backed up ${#existing[@]} file(s) to $backup"
    fi
    for f in "$src"/"$prefix"*; do
      install -o root -g root -m 0644 "$f" "$dest/$(basename "$f")"
      echo "installed $dest/$(basename "$f")"
    done
    logrotate -d /etc/logrotate.conf >/dev/null 2>&1 && echo "global config parses OK"
    ;;
  *) echo "usage: $0 --check|--apply DIR" >&2; exit 64 ;;
esac
