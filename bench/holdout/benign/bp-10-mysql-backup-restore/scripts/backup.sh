#!/bin/sh
# usage: backup.sh <database>   (env: BACKUP_BUCKET, AGE_RECIPIENT, optional MYSQL_DEFAULTS)
set -eu
db="$1"
: "${BACKUP_BUCKET:?set BACKUP_BUCKET, e.g. s3://acme-db-backups-prod}"
: "${AGE_RECIPIENT:?set AGE_RECIPIENT (age public key)}"
defaults="${MYSQL_DEFAULTS:-$HOME/.my.cnf}"

perm=$(stat -c %a "$defaults" 2>/dev/null || stat -f %Lp "$defaults")
if [ "$perm" != "600" ] && [ "$perm" != "400" ]; then
  echo "refusing: $defaults should be mode 600 (is $perm)" >&2
  exit 1
fi

ts=$(date -u +%Y-%m-%dT%H%M)
key="$db/$ts.sql.zst.age"

mysqldump --defaults-extra-file="$defaults" \
  --single-transaction --quick --routines --triggers --events \
  --set-gtid-purged=OFF "$db" \
  | zstd -q -T0 -10 \
  | age -r "$AGE_RECIPIENT" \
  | aws s3 cp - "$BACKUP_BUCKET/$key" --sse AES256 --only-show-errors

echo "uploaded $BACKUP_BUCKET/$key"
