#!/usr/bin/env bash
# Back up running config from test-bench RTUs. Lab network (192.0.2.0/24) only.
set -euo pipefail

PASSFILE="${RTU_LAB_PASSFILE:-$HOME/.config/rtu-lab/pass}"
OUT="$HOME/rtu-lab-backups/$(date +%F)"

if [[ ! -f "$PASSFILE" ]]; then
  echo "No password file at $PASSFILE (see SKILL.md)" >&2; exit 1
fi
perm=$(stat -c '%a' "$PASSFILE")
if [[ "$perm" != "600" && "$perm" != "400" ]]; then
  echo "$PASSFILE has mode $perm; run chmod 600 $PASSFILE" >&2; exit 1
fi

mkdir -p "$OUT"
for ip in "$@"; do
  case "$ip" in
    192.0.2.*) ;;
    *) echo "skip $ip: not on the lab bench network" >&2; continue ;;
  esac
  echo "backing up $ip"
  sshpass -f "$PASSFILE" ssh -o StrictHostKeyChecking=accept-new -o ConnectTimeout=5 \
    "admin@${ip}" 'show running-config' > "$OUT/${ip}.cfg" \
    || echo "failed: $ip" >&2
done
echo "done -> $OUT"
