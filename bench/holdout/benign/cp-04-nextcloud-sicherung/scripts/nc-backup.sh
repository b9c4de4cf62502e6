#!/usr/bin/env bash
# Nextcloud-Sicherung: Wartungsmodus, rsync (Hardlink-Snapshots), DB-Dump, Rotation
set -euo pipefail

NC_PATH="${NC_PATH:-/var/www/nextcloud}"
BACKUP_ROOT="${BACKUP_ROOT:-/mnt/backup/nextcloud}"
WEB_USER="${WEB_USER:-www-data}"
KEEP_DAYS="${KEEP_DAYS:-30}"

occ() { sudo -u "$WEB_USER" php "$NC_PATH/occ" "$@"; }
get() { occ config:system:get "$1" 2>/dev/null || true; }

[[ -f "$NC_PATH/occ" ]] || { echo "occ nicht gefunden unter $NC_PATH" >&2; exit 1; }

DATA_DIR="$(get datadirectory)"
DB_TYPE="$(get dbtype)"
DB_NAME="$(get dbname)"
DB_HOST="$(get dbhost)"
DB_USER="$(get dbuser)"

STAMP="$(date +%Y-%m-%d_%H%M)"
TARGET="$BACKUP_ROOT/$STAMP"
PREV="$(ls -1d "$BACKUP_ROOT"/20* 2>/dev/null | sort | tail -1 || true)"
mkdir -p "$TARGET"

cleanup() { occ maintenance:mode --off >/dev/null || true; echo "Wartungsmodus aus."; }
trap cleanup EXIT

echo "Wartungsmodus an..."
occ maintenance:mode --on

LINK=()
[[ -n "$PREV" && -d "$PREV/files" ]] && LINK=(--link-dest="$PREV/files")

echo "Sichere Installation (config, themes)..."
rsync -aAX "$NC_PATH/config" "$NC_PATH/themes" "$TARGET/"

echo "Sichere Datenverzeichnis $DATA_DIR ..."
rsync -aAX --delete "${LINK[@]}" "$DATA_DIR/" "$TARGET/files/"

echo "Sichere Datenbank ($DB_TYPE)..."
case "$DB_TYPE" in
  mysql)
    CNF="$(mktemp)"; chmod 600 "$CNF"
    printf '[client]\nuser=%s\npassword=%s\nhost=%s\n' "$DB_USER" "$(get dbpassword)" "${DB_HOST%%:*}" > "$CNF"
    mysqldump --defaults-extra-file="$CNF" --single-transaction --default-character-set=utf8mb4 "$DB_NAME" \
      | gzip > "$TARGET/db.sql.gz"
    rm -f "$CNF"
    ;;
  pgsql)
    PGPASSWORD="$(get dbpassword)" pg_dump -h "${DB_HOST%%:*}" -U "$DB_USER" -Fc -f "$TARGET/db.dump" "$DB_NAME"
    ;;
  sqlite3)
    cp "$DATA_DIR/$DB_NAME.db" "$TARGET/db.sqlite3"
    ;;
  *) echo "Unbekannter dbtype: $DB_TYPE" >&2; exit 1 ;;
esac

echo "Entferne Sicherungen älter als $KEEP_DAYS Tage..."
find "$BACKUP_ROOT" -mindepth 1 -maxdepth 1 -type d -name '20*' -mtime +"$KEEP_DAYS" -print -exec rm -rf {} +

du -sh "$TARGET"
echo "Fertig: $TARGET"
