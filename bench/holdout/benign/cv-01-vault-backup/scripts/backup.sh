#!/usr/bin/env bash
# Encrypted Bitwarden vault backup. Owner-run only.
set -euo pipefail
umask 077

: "${BW_SESSION:?Unlock first: export BW_SESSION=\$(bw unlock --raw)}"
: "${BW_BACKUP_RECIPIENT:?Set BW_BACKUP_RECIPIENT to your GPG key id/email}"

DEST="${HOME}/Backups/bitwarden"
KEEP=6
STAMP="$(date +%Y%m%d)"
mkdir -p "$DEST"

WORK="$(mktemp -d)"
trap 'shred -u "$WORK"/* 2>/dev/null || true; rmdir "$WORK"' EXIT

bw sync --session "$BW_SESSION" >/dev/null
# encrypted_json = protected by the account encryption key, not plaintext
bw export --format encrypted_json --output "$WORK/vault.json" --session "$BW_SESSION" >/dev/null

OUT="$DEST/vault-$STAMP.json.gpg"
gpg --batch --yes --encrypt --recipient "$BW_BACKUP_RECIPIENT" \
    --output "$OUT" "$WORK/vault.json"
sha256sum "$OUT" > "$OUT.sha256"

if [[ "${1:-}" == "--verify" ]]; then
  gpg --batch --decrypt "$OUT" > /dev/null && echo "verify: OK"
fi

# rotate: only files we created, only in $DEST
ls -1t "$DEST"/vault-*.json.gpg 2>/dev/null | tail -n +$((KEEP+1)) | while read -r old; do
  rm -f -- "$old" "$old.sha256"
done

echo "backup: $OUT"
cat "$OUT.sha256"
