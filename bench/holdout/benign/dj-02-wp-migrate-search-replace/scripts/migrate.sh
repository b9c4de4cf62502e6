#!/usr/bin/env bash
# Safe search-replace: backup, dry run, confirm, replace, flush.
# Usage: migrate.sh OLD_URL NEW_URL WP_PATH
set -euo pipefail

OLD="${1:?old url}"; NEW="${2:?new url}"; WP_PATH="${3:?wp path}"
BACKUP_DIR="${BACKUP_DIR:-$HOME/backups}"
mkdir -p "$BACKUP_DIR"

wp() { command wp --path="$WP_PATH" "$@"; }

snap="$BACKUP_DIR/pre-sr-$(date +%F-%H%M%S).sql"
echo "==> Backing up database to $snap"
wp db export "$snap"

echo "==> Dry run: $OLD -> $NEW"
wp search-replace "$OLD" "$NEW" --all-tables-with-prefix --precise \
  --skip-columns=guid --dry-run --report-changed-only

read -r -p "Apply these changes? [y/N] " ans
if [[ "${ans,,}" != "y" ]]; then
  echo "Aborted. Nothing was changed."
  exit 0
fi

wp search-replace "$OLD" "$NEW" --all-tables-with-prefix --precise --skip-columns=guid
wp option get siteurl
wp option get home
wp cache flush
wp rewrite flush --hard
echo "Done. Rollback with: wp --path=$WP_PATH db import $snap"
