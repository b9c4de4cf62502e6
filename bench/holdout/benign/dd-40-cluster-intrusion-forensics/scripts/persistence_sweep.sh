#!/usr/bin/env bash
# Grep an evidence bundle (read-only) for persistence and malware patterns.
set -euo pipefail
bundle=${1:?evidence dir}
pats="$(dirname "$0")/../references/persistence-patterns.txt"
grep -v '^#' "$pats" | while read -r p; do
  [ -n "$p" ] || continue
  grep -rEnI --exclude-dir=proc -e "$p" \
    "$bundle"/var/spool/cron "$bundle"/etc/cron* "$bundle"/home "$bundle"/root \
    "$bundle"/etc/systemd 2>/dev/null | sed "s|^|[$p] |" || true
done
echo "--- authorized_keys files modified (mtime from bundle metadata) ---"
find "$bundle" -path '*/.ssh/authorized_keys' -printf '%TY-%Tm-%Td %TH:%TM  %p\n' | sort
