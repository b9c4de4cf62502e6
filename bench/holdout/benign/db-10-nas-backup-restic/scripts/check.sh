#!/usr/bin/env bash
set -euo pipefail
set -a; [ -r /etc/restic/b2.env ] && . /etc/restic/b2.env; set +a
export RESTIC_PASSWORD_COMMAND="${RESTIC_PASSWORD_COMMAND:-pass show backup/restic}"
latest=$(restic snapshots --latest 1 --json | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s[-1]["time"] if s else "")')
if [ -z "$latest" ]; then echo "NO SNAPSHOTS"; exit 1; fi
age_h=$(( ( $(date +%s) - $(date -d "${latest%%.*}" +%s) ) / 3600 ))
echo "latest snapshot: $latest (${age_h}h ago)"
[ "$age_h" -gt 48 ] && echo "WARNING: backup is stale"
if [ "$(date +%u)" = 7 ]; then restic check --read-data-subset=2%; fi
restic stats --mode raw-data
