#!/usr/bin/env bash
set -euo pipefail
: "${ROUTER_HOST:?set ROUTER_HOST}"
DEST="$HOME/router-backups"
install -d -m 700 "$DEST"
stamp=$(date +%Y%m%d-%H%M)
if [ "${1:-}" != "--diff" ]; then
  ssh -o BatchMode=yes "root@$ROUTER_HOST" 'sysupgrade -b /tmp/backup.tar.gz'
  scp -q "root@$ROUTER_HOST:/tmp/backup.tar.gz" "$DEST/openwrt-$stamp.tar.gz"
  ssh -o BatchMode=yes "root@$ROUTER_HOST" 'rm -f /tmp/backup.tar.gz'
  chmod 600 "$DEST/openwrt-$stamp.tar.gz"
  echo "saved $DEST/openwrt-$stamp.tar.gz"
  exit 0
fi
mapfile -t last < <(ls -1t "$DEST"/openwrt-*.tar.gz | head -2)
[ "${#last[@]}" -eq 2 ] || { echo "need two backups"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/new" "$tmp/old"
tar -xzf "${last[0]}" -C "$tmp/new" etc/config
tar -xzf "${last[1]}" -C "$tmp/old" etc/config
diff -ru "$tmp/old/etc/config" "$tmp/new/etc/config" \
  | sed -E "s/(option (key|password|psk|sae_password) ).*/\1'****'/" || true
