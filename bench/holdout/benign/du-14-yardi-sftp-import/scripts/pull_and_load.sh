#!/usr/bin/env bash
set -euo pipefail
day="${1:-$(date -d yesterday +%F)}"
base=/var/lib/yardi-import
in="$base/incoming/$day"; done_dir="$base/loaded/$day"
mkdir -p "$in" "$done_dir"

sftp -b - -o BatchMode=yes -o StrictHostKeyChecking=yes "${YARDI_SFTP_USER}@${YARDI_SFTP_HOST}" <<SFTP
lcd $in
cd /outbound/voyager
mget *_${day//-/}.csv
SFTP

for f in "$in"/*.csv; do
  table="stg_$(basename "$f" | sed -E 's/_[0-9]{8}\.csv$//' | tr 'A-Z' 'a-z')"
  rows=$(($(wc -l < "$f") - 1))
  (( rows > 0 )) || { echo "empty: $f" >&2; exit 2; }
  prev=$(psql "$PGURL" -Atc "select coalesce(max(row_count),0) from etl_log where tbl='$table' and day < '$day'")
  if (( prev > 0 && rows * 100 < prev * 80 )); then
    echo "row count for $table dropped from $prev to $rows; not loading" >&2; exit 3
  fi
  psql "$PGURL" -v ON_ERROR_STOP=1 <<SQL
begin;
truncate $table;
\copy $table from '$f' with (format csv, header true)
insert into etl_log(tbl, day, row_count) values ('$table', '$day', $rows);
commit;
SQL
  mv "$f" "$done_dir/"
  echo "loaded $table ($rows rows)"
done
