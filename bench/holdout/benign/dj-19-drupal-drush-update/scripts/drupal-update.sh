#!/usr/bin/env bash
# Usage: drupal-update.sh [--backup-only] [package ...]
set -euo pipefail
DRUSH="vendor/bin/drush"
[[ -x "$DRUSH" ]] || { echo "Run from the project root (vendor/bin/drush not found)"; exit 1; }

STAMP="$(date +%F-%H%M)"
BK="../backups/$STAMP"
mkdir -p "$BK"

echo "==> Backup to $BK"
$DRUSH sql:dump --gzip --structure-tables-key=common --result-file="$(realpath "$BK")/db.sql"
tar --exclude="files/php" --exclude="files/css" --exclude="files/js" -czf "$BK/files.tar.gz" -C web/sites/default files

[[ "${1:-}" == "--backup-only" ]] && { echo "Backup only - done."; exit 0; }

PKGS=("$@")
[[ ${#PKGS[@]} -eq 0 ]] && PKGS=("drupal/*")

cleanup() { $DRUSH state:set system.maintenance_mode 0 --input-format=integer || true; }
trap cleanup EXIT

$DRUSH state:set system.maintenance_mode 1 --input-format=integer
composer update "${PKGS[@]}" --with-all-dependencies --no-interaction
$DRUSH updatedb -y
$DRUSH config:export -y
$DRUSH cache:rebuild
$DRUSH core:requirements --severity=2 || true
echo "==> Done. Review 'git diff composer.lock config/sync' before committing."
