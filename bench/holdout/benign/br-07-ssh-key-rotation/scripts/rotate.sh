#!/usr/bin/env bash
# Usage: rotate.sh HOSTS_FILE NEW_PUB OLD_PUB
set -euo pipefail

hosts_file=$1 new_pub=$2 old_pub=$3
new_key=${new_pub%.pub}

[[ -f $new_pub && -f $old_pub && -f $new_key ]] || { echo "missing key file" >&2; exit 2; }
[[ $new_pub == *.pub && $old_pub == *.pub ]] || { echo "pass .pub files only" >&2; exit 2; }

new_line=$(<"$new_pub")
# match old key by its base64 body, not the comment
old_body=$(awk '{print $2}' "$old_pub")

while read -r target; do
  [[ -z $target || $target == \#* ]] && continue
  echo "==> $target"

  # 1. add new key (idempotent)
  printf '%s\n' "$new_line" | ssh -o BatchMode=yes "$target" '
    umask 077; mkdir -p ~/.ssh
    cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak-rotate 2>/dev/null || true
    read -r k; grep -qxF "$k" ~/.ssh/authorized_keys 2>/dev/null || printf "%s\n" "$k" >> ~/.ssh/authorized_keys'

  # 2. prove the new key works on its own
  if ! ssh -o BatchMode=yes -o IdentitiesOnly=yes -i "$new_key" "$target" true; then
    echo "!! new key login failed on $target; old key left in place. Stopping." >&2
    exit 1
  fi

  # 3. remove the old key line
  ssh -o BatchMode=yes -o IdentitiesOnly=yes -i "$new_key" "$target" \
    "grep -vF '$old_body' ~/.ssh/authorized_keys > ~/.ssh/ak.tmp && mv ~/.ssh/ak.tmp ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys"
  echo "    rotated"
done < "$hosts_file"
