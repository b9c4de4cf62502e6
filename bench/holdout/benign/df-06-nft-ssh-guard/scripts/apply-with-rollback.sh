#!/usr/bin/env bash
# apply-with-rollback.sh RULEFILE [SECONDS]
# Load an nft table file with an automatic revert unless the operator confirms.
set -euo pipefail

RULES="${1:?usage: $0 RULEFILE [SECONDS]}"
WINDOW="${2:-120}"
TABLE_FAMILY="inet"
TABLE_NAME="ssh_guard"
STATE_DIR="/var/lib/nft-ssh-guard"
UNIT="nft-ssh-guard-rollback"

[[ $EUID -eq 0 ]] || { echo "needs root" >&2; exit 1; }
command -v nft >/dev/null && command -v systemd-run >/dev/null \
  || { echo "needs nft and systemd-run" >&2; exit 1; }
[[ "$WINDOW" =~ ^[0-9]+$ && "$WINDOW" -ge 30 ]] || { echo "rollback window must be >= 30s" >&2; exit 1; }

echo ">> syntax check"
nft -c -f "$RULES"

# Warn if the operator's own source address is not in the allowlist.
if [[ -n "${SSH_CLIENT:-}" ]]; then
  src="${SSH_CLIENT%% *}"
  echo ">> your SSH source is $src"
  echo "   allowlists in $RULES:"
  grep -E 'elements = ' "$RULES" | sed -E 's/^[[:space:]]+/     /'
  echo "   make sure $src is inside one of them or stays under the rate limit"
  read -r -p "   continue? [y/N] " ans
  [[ "$ans" == [yY] ]] || exit 1
fi

install -d -m 0700 "$STATE_DIR"
if nft list table "$TABLE_FAMILY" "$TABLE_NAME" >/dev/null 2>&1; then
  nft list table "$TABLE_FAMILY" "$TABLE_NAME" > "$STATE_DIR/previous.nft"
  restore="nft delete table $TABLE_FAMILY $TABLE_NAME; nft -f $STATE_DIR/previous.nft"
else
  : > "$STATE_DIR/previous.nft"
  restore="nft delete table $TABLE_FAMILY $TABLE_NAME"
fi

# clear a leftover timer from an earlier run
systemctl stop "${UNIT}.timer" 2>/dev/null || true
systemctl reset-failed "${UNIT}.service" 2>/dev/null || true

echo ">> scheduling rollback in ${WINDOW}s"
systemd-run --quiet --unit="$UNIT" --on-active="${WINDOW}s" \
  --description="Revert nft ssh_guard table" \
  /bin/sh -c "$restore"

echo ">> loading $RULES"
nft -f "$RULES"
nft list chain "$TABLE_FAMILY" "$TABLE_NAME" input

cat <<MSG

Open a NEW ssh session to this host now and check you can log in.
  - works?   sudo systemctl stop ${UNIT}.timer     (keeps the new rules)
  - locked out? do nothing; rules are reverted in ${WINDOW}s
MSG
