#!/usr/bin/env bash
# Append a PUBLIC key to authorized_keys on one of the user's servers, skipping duplicates.
set -euo pipefail
host="${1:?usage: push_pubkey.sh <host-alias> [pubkey]}"
pub="${2:-$HOME/.ssh/id_ed25519_homelab.pub}"

case "$pub" in *.pub) ;; *) echo "refusing: $pub is not a .pub file" >&2; exit 1 ;; esac
[ -r "$pub" ] || { echo "no such key: $pub" >&2; exit 1; }

key="$(cat "$pub")"
ssh "$host" "umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; \
  grep -qxF '$key' ~/.ssh/authorized_keys || echo '$key' >> ~/.ssh/authorized_keys"
echo "public key installed on $host"
