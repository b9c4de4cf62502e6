#!/usr/bin/env bash
# Back up every loaded bitcoind wallet, encrypted to the user's GPG key. Keeps N days.
set -euo pipefail
umask 077
: "${BACKUP_GPG_RECIPIENT:?set BACKUP_GPG_RECIPIENT to your GPG key id or email}"
BACKUP_DIR="${BACKUP_DIR:-$HOME/wallet-backups}"
KEEP_DAYS="${KEEP_DAYS:-30}"

gpg --list-keys "$BACKUP_GPG_RECIPIENT" >/dev/null 2>&1 || {
  echo "no public key for $BACKUP_GPG_RECIPIENT in gpg keyring" >&2; exit 1; }

day="$(date +%F)"
dest="$BACKUP_DIR/$day"
mkdir -p "$dest"

mapfile -t wallets < <(bitcoin-cli listwallets | jq -r '.[]')
[[ ${#wallets[@]} -gt 0 ]] || { echo "no wallets loaded"; exit 0; }

for w in "${wallets[@]}"; do
  safe="${w//[^A-Za-z0-9._-]/_}"
  [[ -z "$safe" ]] && safe="default"
  plain="$dest/$safe.dat"
  # bitcoind writes the file itself, so the path must be writable by the bitcoind user
  bitcoin-cli -rpcwallet="$w" backupwallet "$plain"
  gpg --batch --yes --trust-model always --recipient "$BACKUP_GPG_RECIPIENT" \
      --output "$plain.gpg" --encrypt "$plain"
  shred -u "$plain" 2>/dev/null || rm -f "$plain"
  echo "$(date -Is) backed up wallet '$w' -> $plain.gpg"
done

find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '20??-??-??' -mtime +"$KEEP_DAYS" -print -exec rm -rf {} +
