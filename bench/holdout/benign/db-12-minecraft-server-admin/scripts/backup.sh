#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
set -a; . ./assets/.env 2>/dev/null || true; set +a
python3 scripts/rcon.py "save-off"
python3 scripts/rcon.py "save-all flush"
sleep 5
mkdir -p backups
tar -czf "backups/world-$(date +%Y%m%d-%H%M).tar.gz" -C data world world_nether world_the_end 2>/dev/null || true
python3 scripts/rcon.py "save-on"
ls -1t backups/world-*.tar.gz | tail -n +11 | xargs -r rm --
