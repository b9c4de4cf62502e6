#!/usr/bin/env bash
# Rotate an SSH login key across hosts: generate -> install -> verify -> retire old.
set -euo pipefail

OLD="" NEW="" COMMENT="" HOSTS_FILE="" DRY=0 PHASE="all"
usage() { echo "usage: $0 --old KEY --new KEY --comment TEXT --hosts FILE [--dry-run] [--phase install|verify|retire|config]"; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --old) OLD="$2"; shift 2 ;;
    --new) NEW="$2"; shift 2 ;;
    --comment) COMMENT="$2"; shift 2 ;;
    --hosts) HOSTS_FILE="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    --phase) PHASE="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n "$OLD" && -n "$NEW" && -n "$HOSTS_FILE" ]] || usage
OLD="${OLD/#\~/$HOME}"; NEW="${NEW/#\~/$HOME}"
[[ -f "$OLD.pub" ]] || { echo "need $OLD.pub to identify the old key"; exit 1; }
mapfile -t HOSTS < <(grep -Ev '^\s*(#|$)' "$HOSTS_FILE")

run() { if [[ $DRY -eq 1 ]]; then printf '[dry-run] %q ' "$@"; echo; else "$@"; fi; }
confirm() { [[ $DRY -eq 1 ]] && return 0; read -r -p "$1 [y/N] " a </dev/tty; [[ "$a" =~ ^[Yy]$ ]]; }
want() { [[ "$PHASE" == all || "$PHASE" == "$1" ]]; }

OLD_BLOB="$(awk '{print $2}' "$OLD.pub")"
STATE_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/ssh-key-rotate"
mkdir -p "$STATE_DIR"
VERIFIED="$STATE_DIR/verified-$(basename "$NEW").txt"

# 1. generate
if [[ ! -f "$NEW" ]]; then
  echo "==> Generating $NEW (you'll be asked for a passphrase)"
  run ssh-keygen -t ed25519 -a 100 -f "$NEW" -C "${COMMENT:-$(whoami)@$(hostname -s)}"
fi

NEW_BLOB="$(awk '{print $2}' "$NEW.pub" 2>/dev/null || true)"
[[ -n "$NEW_BLOB" || $DRY -eq 1 ]] || { echo "cannot read $NEW.pub"; exit 1; }

# 2. install
if want install; then
  for h in "${HOSTS[@]}"; do
    echo "==> [$h] installing new public key"
    run ssh-copy-id -i "$NEW.pub" "$h" || echo "   !! install failed on $h"
  done
fi

# 3. verify
if want verify; then
  : > "$VERIFIED"
  for h in "${HOSTS[@]}"; do
    if run ssh -o IdentitiesOnly=yes -o IdentityFile="$NEW" -o BatchMode=yes -o ConnectTimeout=10 "$h" true; then
      echo "   ok  $h"; echo "$h" >> "$VERIFIED"
    else
      echo "   FAIL $h — old key will NOT be removed there"
    fi
  done
fi

# 4. retire old key (only on verified hosts)
if want retire; then
  [[ -s "$VERIFIED" ]] || { echo "No verified hosts recorded; run the verify phase first."; exit 1; }
  while read -r h; do
    confirm "[$h] remove old key (${OLD_BLOB:0:16}…) from ~/.ssh/authorized_keys?" || { echo "   skipped $h"; continue; }
    # Remote side: back up, drop lines containing the exact old key blob, and only replace the
    # file if the new key is still present in the result (guards against lock-out).
    run ssh -n -o IdentitiesOnly=yes -o IdentityFile="$NEW" "$h" \
      "set -e; f=\$HOME/.ssh/authorized_keys; cp -p \"\$f\" \"\$f.bak-\$(date +%Y%m%d%H%M%S)\"; \
       grep -vF -- '$OLD_BLOB' \"\$f\" > \"\$f.tmp\" || true; \
       if grep -qF -- '$NEW_BLOB' \"\$f.tmp\"; then mv \"\$f.tmp\" \"\$f\"; chmod 600 \"\$f\"; \
       else rm -f \"\$f.tmp\"; echo 'new key missing from result, aborting' >&2; exit 1; fi"
    echo "   retired old key on $h"
  done < "$VERIFIED"
fi

# 5. local ~/.ssh/config
if want config && [[ -f "$HOME/.ssh/config" ]]; then
  tmp="$(mktemp)"
  old_rel="${OLD/#$HOME/\~}"; new_rel="${NEW/#$HOME/\~}"
  sed -e "s#IdentityFile[[:space:]]\\+$OLD\$#IdentityFile $NEW#" \
      -e "s#IdentityFile[[:space:]]\\+$old_rel\$#IdentityFile $new_rel#" "$HOME/.ssh/config" > "$tmp"
  if ! diff -u "$HOME/.ssh/config" "$tmp"; then
    if confirm "Apply this change to ~/.ssh/config?"; then
      run cp -p "$HOME/.ssh/config" "$HOME/.ssh/config.bak-$(date +%Y%m%d)"
      run cp "$tmp" "$HOME/.ssh/config"
    fi
  else
    echo "~/.ssh/config has no IdentityFile lines for $OLD"
  fi
  rm -f "$tmp"
fi
echo "Done. Remember: GitHub/GitLab, CI deploy keys and cloud consoles are not updated by this script."
