#!/usr/bin/env bash
# /etc/letsencrypt/live 아래 인증서의 만료일과 남은 일수 출력
set -euo pipefail
now=$(date +%s)
printf '%-35s %-25s %s\n' "도메인" "만료일" "남은 일수"
for cert in /etc/letsencrypt/live/*/cert.pem; do
  [ -e "$cert" ] || continue
  name=$(basename "$(dirname "$cert")")
  end=$(openssl x509 -enddate -noout -in "$cert" | cut -d= -f2)
  end_s=$(date -d "$end" +%s)
  days=$(( (end_s - now) / 86400 ))
  printf '%-35s %-25s %d\n' "$name" "$end" "$days"
done
