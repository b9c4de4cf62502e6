#!/usr/bin/env bash
set -euo pipefail
mode=${1:?push|pull}; path=${2:?path}; shift 2
: "${HPC_HOST:?}"; : "${HPC_PROJECT_DIR:?}"
here="$(cd "$(dirname "$0")/.." && pwd)"
opts=(-azP --partial --human-readable --exclude-from="$here/references/rsync-excludes.txt" "$@")
case "$mode" in
  push) rsync "${opts[@]}" "$path" "$HPC_HOST:$HPC_PROJECT_DIR/$path" ;;
  pull) mkdir -p "$path"; rsync "${opts[@]}" "$HPC_HOST:$HPC_PROJECT_DIR/$path" "$path" ;;
  *) echo "usage: sync.sh push|pull PATH [rsync opts]"; exit 2 ;;
esac
