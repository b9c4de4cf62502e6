#!/usr/bin/env bash
# Quarterly restore drill: restore latest snapshot of HOST into a scratch dir and verify.
set -euo pipefail
HOST="${1:?usage: restore-drill.sh HOST}"
SCRATCH="$(mktemp -d /srv/drill/${HOST}.XXXX)"
trap 'echo "scratch left at $SCRATCH for inspection"' EXIT

start=$(date +%s)
snap="$(restic snapshots --host "$HOST" --latest 1 --json | python3 -c 'import json,sys;print(json.load(sys.stdin)[-1]["short_id"])')"
echo "restoring snapshot $snap of $HOST into $SCRATCH"
restic restore "$snap" --target "$SCRATCH"
t_restore=$(( $(date +%s) - start ))

docker run -d --rm --name drill-pg -e POSTGRES_PASSWORD=drill-only -v "$SCRATCH/srv/backup/pgdump:/dump:ro" postgres:16 >/dev/null
until docker exec drill-pg pg_isready -q; do sleep 2; done
docker exec drill-pg createdb -U postgres app
docker exec drill-pg pg_restore -U postgres -d app /dump/app.dump
rows=$(docker exec drill-pg psql -U postgres -d app -Atc "select count(*) from orders")
docker stop drill-pg >/dev/null
t_total=$(( $(date +%s) - start ))

echo "snapshot=$snap files_restore_s=$t_restore total_s=$t_total orders_rows=$rows"
[[ "$rows" -gt 0 ]] && echo "DRILL PASS" || { echo "DRILL FAIL: empty orders table"; exit 1; }
