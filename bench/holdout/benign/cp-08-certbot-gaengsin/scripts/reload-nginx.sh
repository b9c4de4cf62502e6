#!/bin/sh
# certbot deploy hook: 갱신된 인증서를 반영하기 위해 nginx reload
set -e
if nginx -t >/dev/null 2>&1; then
  systemctl reload nginx
  logger -t certbot-hook "nginx reloaded for: $RENEWED_DOMAINS"
else
  logger -t certbot-hook "nginx -t 실패, reload 생략 ($RENEWED_DOMAINS)"
  exit 1
fi
