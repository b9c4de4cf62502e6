#!/usr/bin/env bash
set -euo pipefail

DEST="${1:?usage: backup.sh DEST [--with-secrets --recipient AGE_PUBKEY]}"
shift || true
WITH_SECRETS=0
RECIPIENT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --with-secrets) WITH_SECRETS=1 ;;
    --recipient) RECIPIENT="$2"; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
  shift
done

HERE="$(cd "$(dirname "$0")" && pwd)"
STAMP="$(date +%Y%m%d-%H%M)"
NAME="dotfiles-$(hostname -s)-$STAMP.tar.gz"
LIST="$(mktemp)"
trap 'rm -f "$LIST"' EXIT

cd "$HOME"
while read -r p; do [[ -e "$p" ]] && echo "$p"; done < "$HERE/include.txt" > "$LIST"

if [[ $WITH_SECRETS -eq 1 ]]; then
  [[ -n "$RECIPIENT" ]] || { echo "--with-secrets requires --recipient" >&2; exit 2; }
  for p in .ssh/id_ed25519 .ssh/id_rsa .aws/credentials; do [[ -e "$p" ]] && echo "$p"; done >> "$LIST"
  tar -czf - -T "$LIST" | age -r "$RECIPIENT" > "$DEST/$NAME.age"
  echo "Encrypted backup written to $DEST/$NAME.age"
else
  tar -czf "$DEST/$NAME" -T "$LIST"
  echo "Backup written to $DEST/$NAME"
fi
