#!/usr/bin/env bash
# SSH key rotation / revocation / audit across the org's Ansible inventory.
set -euo pipefail
CMD="${1:?rotate|revoke|audit}"; shift
INV=""; USER_ON_HOST="$(whoami)"; COMMENT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --inventory) INV="$2"; shift 2;;
    --user) USER_ON_HOST="$2"; shift 2;;
    --comment) COMMENT="$2"; shift 2;;
    *) echo "unknown $1"; exit 2;;
  esac
done
[[ -f "$INV" ]] || { echo "--inventory file required"; exit 2; }
HOSTS=$(ansible-inventory -i "$INV" --list | python3 -c 'import sys,json; d=json.load(sys.stdin); print("\n".join(sorted(d.get("_meta",{}).get("hostvars",{}).keys())))')

case "$CMD" in
rotate)
  STAMP=$(date +%Y-%m)
  NEW="$HOME/.ssh/id_ed25519_$STAMP"
  OLD_PUB="${OLD_PUB:-$HOME/.ssh/id_ed25519.pub}"
  [[ -f "$NEW" ]] || ssh-keygen -t ed25519 -a 100 -C "$(whoami)@company:$STAMP" -f "$NEW"
  ansible all -i "$INV" -m ansible.posix.authorized_key \
    -a "user=$USER_ON_HOST key='$(cat "$NEW.pub")' state=present"
  OK_HOSTS=()
  for h in $HOSTS; do
    if ssh -i "$NEW" -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=10 "$USER_ON_HOST@$h" true; then
      echo "verified $h"; OK_HOSTS+=("$h")
    else
      echo "NEW KEY FAILED on $h - stopping before removing old key anywhere else"; break
    fi
  done
  if [[ -f "$OLD_PUB" && ${#OK_HOSTS[@]} -gt 0 ]]; then
    LIMIT=$(IFS=,; echo "${OK_HOSTS[*]}")
    ansible all -i "$INV" --limit "$LIMIT" -m ansible.posix.authorized_key \
      -a "user=$USER_ON_HOST key='$(cat "$OLD_PUB")' state=absent"
    echo "Old key removed on ${#OK_HOSTS[@]} host(s). Update ~/.ssh/config IdentityFile to $NEW."
  fi
  ;;
revoke)
  [[ -n "$COMMENT" ]] || { echo "--comment required"; exit 2; }
  # Remove matching lines from every authorized_keys on each host, keeping a dated backup.
  ansible all -i "$INV" -b -m ansible.builtin.shell -a "
    for f in /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys; do
      [ -f \"\$f\" ] || continue
      if grep -qF -- '$COMMENT' \"\$f\"; then
        cp -p \"\$f\" \"\$f.bak-\$(date +%F)\"
        grep -F -- '$COMMENT' \"\$f\" | awk -v f=\"\$f\" '{print \"removed from \" f \": \" \$NF}'
        grep -vF -- '$COMMENT' \"\$f.bak-\$(date +%F)\" > \"\$f\"
      fi
    done"
  ;;
audit)
  echo "host,account,type,bits,fingerprint,comment"
  ansible all -i "$INV" -b -m ansible.builtin.shell -a '
    for f in /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys; do
      [ -f "$f" ] || continue; acct=$(echo "$f" | cut -d/ -f3); [ "$acct" = ".ssh" ] && acct=root
      while read -r line; do
        case "$line" in ""|\#*) continue;; esac
        echo "$line" > /tmp/.k.$$; fp=$(ssh-keygen -lf /tmp/.k.$$ 2>/dev/null) || continue
        echo "KEY,$(hostname -f),$acct,$(echo "$fp" | awk "{print \$NF}" | tr -d "()"),$(echo "$fp" | awk "{print \$1}"),$(echo "$fp" | awk "{print \$2}"),$(echo "$line" | awk "{print \$NF}")"
      done < "$f"; rm -f /tmp/.k.$$
    done' | sed -n 's/^KEY,//p'
  ;;
*) echo "unknown command $CMD"; exit 2;;
esac
