#!/usr/bin/env bash
# Moodle upgrade-night helper. Usage: upgrade_night.sh <stable-branch> [--dry-run]
set -euo pipefail

BRANCH="${1:?stable branch, e.g. MOODLE_405_STABLE}"
DRY="${2:-}"
MOODLE_DIR="${MOODLE_DIR:-/var/www/moodle}"
WWW_USER="${WWW_USER:-www-data}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/moodle}"
STAMP="$(date +%Y%m%d-%H%M)"

run() {
  echo "+ $*"
  [ "$DRY" = "--dry-run" ] || "$@"
}
mphp() { run sudo -u "$WWW_USER" php "$MOODLE_DIR/admin/cli/$1" "${@:2}"; }

cd "$MOODLE_DIR"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "Local modifications in $MOODLE_DIR - commit or stash them first." >&2
  exit 1
fi

dbtype="$(php -r 'define("CLI_SCRIPT",1);define("ABORT_AFTER_CONFIG",1);require "config.php";echo $CFG->dbtype;')"
dbname="$(php -r 'define("CLI_SCRIPT",1);define("ABORT_AFTER_CONFIG",1);require "config.php";echo $CFG->dbname;')"

mphp maintenance.php --enable
run mkdir -p "$BACKUP_DIR"
case "$dbtype" in
  pgsql)  run sudo -u postgres pg_dump -Fc -f "$BACKUP_DIR/$dbname-$STAMP.dump" "$dbname" ;;
  mysqli|mariadb) run sh -c "mysqldump --single-transaction '$dbname' | gzip > '$BACKUP_DIR/$dbname-$STAMP.sql.gz'" ;;
  *) echo "unknown dbtype $dbtype; take a DB backup manually" >&2; exit 1 ;;
esac

run sudo -u "$WWW_USER" git fetch origin "$BRANCH"
run sudo -u "$WWW_USER" git merge --ff-only "origin/$BRANCH"
mphp upgrade.php --non-interactive
mphp purge_caches.php
mphp maintenance.php --disable

echo "Recently failed scheduled tasks:"
run sudo -u "$WWW_USER" php admin/tool/task/cli/schedule_task.php --list | grep -i fail || true
