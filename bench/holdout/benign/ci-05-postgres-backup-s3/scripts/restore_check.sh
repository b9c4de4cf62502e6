#!/usr/bin/env bash
# Restore the newest (or a given) backup into a throwaway database and run sanity checks.
set -euo pipefail
which="${1:-latest}"
env_file="${PG_BACKUP_ENV:-$HOME/.config/pg-backup/backup.env}"
set -a; source "$env_file"; set +a

s3_args=(); [[ -n "${BACKUP_S3_ENDPOINT:-}" ]] && s3_args+=(--endpoint-url "$BACKUP_S3_ENDPOINT")
prefix="${BACKUP_S3_URI}/${PGDATABASE}/"

if [[ "$which" == "latest" ]]; then
  obj="$(aws "${s3_args[@]}" s3 ls "$prefix" --recursive | grep -E '\.dump(\.gpg)?$' | sort | tail -n1 | awk '{print $4}')"
  bucket="${BACKUP_S3_URI#s3://}"; bucket="${bucket%%/*}"
  uri="s3://${bucket}/${obj}"
else
  uri="$which"
fi
echo "restoring from $uri"

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
aws "${s3_args[@]}" s3 cp "$uri" "$work/" --only-show-errors
aws "${s3_args[@]}" s3 cp "$uri.sha256" "$work/" --only-show-errors
( cd "$work" && sha256sum -c ./*.sha256 )

f="$(ls "$work"/*.dump* | grep -v sha256)"
if [[ "$f" == *.gpg ]]; then gpg --batch -o "${f%.gpg}" --decrypt "$f"; f="${f%.gpg}"; fi

scratch="restorecheck_$(date +%s)"
[[ "$scratch" != "$PGDATABASE" ]] || exit 1
createdb "$scratch"
trap 'dropdb --if-exists "$scratch"; rm -rf "$work"' EXIT
pg_restore --no-owner --no-privileges -d "$scratch" "$f"

psql -d "$scratch" -Atc "select count(*) from information_schema.tables where table_schema not in ('pg_catalog','information_schema')" \
  | xargs -I{} echo "tables restored: {}"
psql -d "$scratch" -Atc "select relname, n_live_tup from pg_stat_user_tables order by n_live_tup desc limit 5"
echo "restore check passed; scratch database $scratch will be dropped"
