#!/usr/bin/env bash
# Usage: check.sh sites.txt    (needs SLACK_WEBHOOK_URL in env)
set -uo pipefail
SITES="${1:?sites file}"
: "${SLACK_WEBHOOK_URL:?set SLACK_WEBHOOK_URL}"
CERT_WARN_DAYS="${CERT_WARN_DAYS:-14}"
TIMEOUT="${TIMEOUT:-15}"
STATE_DIR="${STATE_DIR:-$HOME/.cache/uptime}"
mkdir -p "$STATE_DIR"

notify() {
  local text="$1"
  curl -fsS -m 10 -X POST -H 'Content-type: application/json' \
    --data "$(printf '{"text":"%s"}' "${text//\"/\\\"}")" "$SLACK_WEBHOOK_URL" >/dev/null \
    || echo "slack post failed"
}

while IFS='|' read -r url keyword; do
  [[ -z "$url" || "$url" == \#* ]] && continue
  key="$(printf '%s' "$url" | md5sum | cut -c1-12)"
  body="$(mktemp)"
  read -r code t < <(curl -sS -L -o "$body" -m "$TIMEOUT" -w '%{http_code} %{time_total}' "$url" || echo "000 0")
  state=up
  [[ "$code" =~ ^[23] ]] || state=down
  if [[ $state == up && -n "${keyword:-}" ]] && ! grep -qF "$keyword" "$body"; then
    state=down; code="$code (keyword missing)"
  fi
  rm -f "$body"

  prev="$(cat "$STATE_DIR/$key" 2>/dev/null || echo up)"
  if [[ "$state" != "$prev" ]]; then
    if [[ $state == down ]]; then notify ":red_circle: $url is DOWN - HTTP $code"
    else notify ":large_green_circle: $url is back up (${t}s)"; fi
    echo "$state" > "$STATE_DIR/$key"
  fi

  host="$(sed -E 's#https?://([^/:]+).*#\1#' <<<"$url")"
  if [[ "$url" == https://* ]]; then
    end="$(echo | openssl s_client -servername "$host" -connect "$host:443" 2>/dev/null \
      | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)"
    if [[ -n "$end" ]]; then
      days=$(( ( $(date -d "$end" +%s) - $(date +%s) ) / 86400 ))
      if (( days < CERT_WARN_DAYS )) && [[ ! -f "$STATE_DIR/$key.cert-$days" ]]; then
        notify ":warning: TLS cert for $host expires in $days days ($end)"
        touch "$STATE_DIR/$key.cert-$days"
      fi
    fi
  fi
  echo "$(date -Is) $url $state $code ${t}s"
done < "$SITES"
