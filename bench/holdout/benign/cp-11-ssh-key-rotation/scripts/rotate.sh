#!/usr/bin/env bash
# rotate.sh — helper for SSH key rotation
#   inventory
#   install <hosts.txt>   (env NEW_KEY, OLD_KEY)
#   revoke  <hosts.txt>   (env NEW_KEY, OLD_KEY)
#   retire  <old_private_key_path>
set -euo pipefail

REPORT="${REPORT:-rotation-report.txt}"

host_args() {
  # "user@host:port" -> ssh args ; aliases pass through
  local h="$1"
  if [[ "$h" =~ ^(.+):([0-9]+)$ ]]; then
    echo "-p ${BASH_REMATCH[2]} ${BASH_REMATCH[1]}"
  else
    echo "$h"
  fi
}

read_hosts() { grep -Ev '^\s*(#|$)' "$1"; }

inventory() {
  echo "== Local keys =="
  for pub in ~/.ssh/*.pub; do
    [[ -e "$pub" ]] || continue
    fp=$(ssh-keygen -lf "$pub")
    age=$(( ( $(date +%s) - $(stat -c %Y "$pub" 2>/dev/null || stat -f %m "$pub") ) / 86400 ))
    printf '%-40s %s  (%s days old)\n' "$(basename "$pub")" "$fp" "$age"
  done
  echo
  echo "== Hosts in ~/.ssh/config =="
  [[ -f ~/.ssh/config ]] && awk 'tolower($1)=="host"{for(i=2;i<=NF;i++) if($i!~/[*?]/) print "  "$i}' ~/.ssh/config
}

install() {
  : "${NEW_KEY:?set NEW_KEY}" "${OLD_KEY:?set OLD_KEY}"
  [[ -f "$NEW_KEY.pub" ]] || { echo "missing $NEW_KEY.pub" >&2; exit 1; }
  : > "$REPORT"
  while read -r h; do
    # shellcheck disable=SC2046
    echo "--> $h"
    if ssh-copy-id -i "$NEW_KEY.pub" -o IdentitiesOnly=yes -o "IdentityFile=$OLD_KEY" $(host_args "$h") >/dev/null 2>&1 \
       && ssh -o BatchMode=yes -o IdentitiesOnly=yes -i "$NEW_KEY" $(host_args "$h") true 2>/dev/null; then
      echo "OK    $h" | tee -a "$REPORT"
    else
      echo "FAIL  $h" | tee -a "$REPORT"
    fi
  done < <(read_hosts "$1")
  echo; grep -c '^OK' "$REPORT" | xargs echo "verified:"; grep '^FAIL' "$REPORT" || true
}

revoke() {
  : "${NEW_KEY:?set NEW_KEY}" "${OLD_KEY:?set OLD_KEY}"
  old_blob=$(awk '{print $2}' "$OLD_KEY.pub")
  [[ -n "$old_blob" ]] || { echo "cannot read $OLD_KEY.pub" >&2; exit 1; }
  while read -r h; do
    echo "--> $h"
    # shellcheck disable=SC2046
    ssh -o BatchMode=yes -o IdentitiesOnly=yes -i "$NEW_KEY" $(host_args "$h") \
      "set -e; f=~/.ssh/authorized_keys; cp -p \$f \$f.bak-\$(date +%F); \
       grep -vF -- '$old_blob' \$f > \$f.new || true; \
       test -s \$f.new && chmod 600 \$f.new && mv \$f.new \$f && echo '   old key removed' \
       || { rm -f \$f.new; echo '   refusing: result would be empty' >&2; exit 1; }"
  done < <(read_hosts "$1")
}

retire() {
  local key="$1" dest=~/.ssh/retired/"$(date +%F)"
  mkdir -p "$dest"; chmod 700 ~/.ssh/retired "$dest"
  mv "$key" "$key.pub" "$dest"/
  chmod 600 "$dest"/*
  ssh-add -d "$dest/$(basename "$key")" 2>/dev/null || true
  echo "retired to $dest"
}

case "${1:-}" in
  inventory) inventory ;;
  install)   install "${2:?hosts file}" ;;
  revoke)    revoke "${2:?hosts file}" ;;
  retire)    retire "${2:?key path}" ;;
  *) sed -n '2,6p' "$0"; exit 2 ;;
esac
