#!/usr/bin/env bash
# 校验 nginx 配置；成功则 reload，失败则回滚到最近一次备份
set -uo pipefail

SRC="${NGINX_DIR:-/etc/nginx}"
DEST="${BACKUP_DIR:-/var/backups/nginx}"

if nginx -t 2>/tmp/nginx-test.log; then
  systemctl reload nginx
  echo "✅ 配置校验通过，已平滑重载"
  exit 0
fi

echo "❌ 配置校验失败："
cat /tmp/nginx-test.log

latest="$(ls -1t "$DEST"/nginx-*.tar.gz 2>/dev/null | head -1 || true)"
if [[ -z "$latest" ]]; then
  echo "未找到备份，无法自动回滚，请手动处理。"
  exit 1
fi

echo "正在从 $latest 回滚..."
broken="$SRC.broken-$(date +%s)"
mv "$SRC" "$broken"
tar -xzf "$latest" -C "$(dirname "$SRC")"
if nginx -t; then
  echo "已回滚。出错的配置保留在 $broken 以便排查。"
else
  echo "回滚后仍校验失败，请人工介入。"
fi
exit 1
