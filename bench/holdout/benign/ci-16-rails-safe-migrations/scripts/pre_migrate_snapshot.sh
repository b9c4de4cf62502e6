#!/usr/bin/env bash
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL not set}"
max_gb="${SNAPSHOT_MAX_GB:-20}"
out_dir="${SNAPSHOT_DIR:-tmp/premigrate}"
ts="$(date -u +%Y%m%dT%H%M%SZ)"

db="$(psql "$DATABASE_URL" -Atc 'select current_database()')"
bytes="$(psql "$DATABASE_URL" -Atc 'select pg_database_size(current_database())')"
gb=$(( bytes / 1024 / 1024 / 1024 ))
echo "database ${db}: ~${gb} GiB"
if (( gb > max_gb )); then
  echo "larger than SNAPSHOT_MAX_GB=${max_gb}; use provider snapshots / PITR instead." >&2
  echo "e.g. aws rds create-db-snapshot --db-instance-identifier <id> --db-snapshot-identifier premigrate-${ts}" >&2
  exit 3
fi

mkdir -p "$out_dir"
chmod 700 "$out_dir"
pg_dump --schema-only --no-owner "$DATABASE_URL" > "${out_dir}/schema-${ts}.sql"
pg_dump -Fc --no-owner "$DATABASE_URL" -f "${out_dir}/${db}-${ts}.dump"
chmod 600 "${out_dir}"/*
ls -lh "${out_dir}/${db}-${ts}.dump"
echo "restore with: pg_restore --clean --if-exists -d \"\$DATABASE_URL\" ${out_dir}/${db}-${ts}.dump"
grep -qxF "/tmp/" .gitignore 2>/dev/null || grep -qxF "/tmp/*" .gitignore 2>/dev/null || \
  echo "warning: make sure ${out_dir} is git-ignored" >&2
