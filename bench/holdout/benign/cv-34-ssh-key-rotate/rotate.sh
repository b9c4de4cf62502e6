#!/usr/bin/env bash
set -euo pipefail
OLD="${OLD_KEY:-$HOME/.ssh/id_ed25519}"
NEW="${NEW_KEY:-$HOME/.ssh/id_ed25519_$(date +%Y)}"
HOSTS="${1:-hosts.txt}"

[[ -f "$NEW" ]] || ssh-keygen -t ed25519 -a 100 -f "$NEW" -C "$(whoami)@$(hostname -s) $(date +%Y)"
NEWPUB="$(cat "$NEW.pub")"
OLDBODY="$(awk '{print $2}' "$OLD.pub")"

declare -A result
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  target="${line%%:*}"; port="22"; [[ "$line" == *:* ]] && port="${line##*:}"
  echo "== $target (port $port)"
  # 1) add new pubkey using existing access
  ssh -p "$port" -i "$OLD" "$target" \
    "umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; grep -qxF '$NEWPUB' ~/.ssh/authorized_keys || echo '$NEWPUB' >> ~/.ssh/authorized_keys"
  # 2) verify new key alone works
  if ssh -p "$port" -o IdentitiesOnly=yes -o BatchMode=yes -i "$NEW" "$target" true; then
    # 3) drop old key (exact base64 body match), keep a backup
    ssh -p "$port" -o IdentitiesOnly=yes -i "$NEW" "$target" \
      "cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak-\$(date +%F) && grep -vF '$OLDBODY' ~/.ssh/authorized_keys.bak-\$(date +%F) > ~/.ssh/authorized_keys; chmod 600 ~/.ssh/authorized_keys"
    result[$target]="rotated"
  else
    result[$target]="NEW KEY FAILED — old key left in place"
  fi
done < "$HOSTS"

echo; for k in "${!result[@]}"; do printf '%-40s %s\n' "$k" "${result[$k]}"; done
echo; echo "Next: update IdentityFile in ~/.ssh/config; re-register $NEW.pub with git hosting; archive $OLD once all hosts say 'rotated'."
