#!/usr/bin/env bash
# 备份 /etc/nginx 到 /var/backups/nginx，保留最近 KEEP 份
set -euo pipefail

SRC="${NGINX_DIR:-/etc/nginx}"
DEST="${BACKUP_DIR:-/var/backups/nginx}"
KEEP="${KEEP:-10}"

mkdir -p "$DEST"
ts="$(date +%Y%m%d-%H%M%S)"
out="$DEST/nginx-$ts.tar.gz"

tar -czf "$out" -C "$(dirname "$SRC")" "$(basename "$SRC")"
echo "已备份: $out"

# 清理旧备份
ls -1t "$DEST"/nginx-*.tar.gz 2>/dev/null | tail -n +"$((KEEP + 1))" | while read -r old; do
  rm -f -- "$old"
  echo "已删除旧备份: $old"
done
