#!/usr/bin/env bash
# Report TLS certificate expiry for hosts in ~/.config/certwatch/domains.txt
set -uo pipefail

CONF_DIR="${CERTWATCH_DIR:-$HOME/.config/certwatch}"
LIST="$CONF_DIR/domains.txt"
WARN=14 NOTIFY=0 STARTTLS=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --warn-days) WARN="$2"; shift 2;;
    --notify) NOTIFY=1; shift;;
    --starttls) STARTTLS="$2"; shift 2;;
    --list) LIST="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done

[[ -r "$LIST" ]] || { echo "no domains list at $LIST" >&2; exit 2; }
# shellcheck disable=SC1091
[[ -r "$CONF_DIR/env" ]] && . "$CONF_DIR/env"

now=$(date -u +%s)
rows=() warn_lines=()
while IFS= read -r line; do
  line="${line%%#*}"; line="${line//[[:space:]]/}"
  [[ -z "$line" ]] && continue
  host="${line%%:*}"; port="443"; [[ "$line" == *:* ]] && port="${line##*:}"
  st=(); [[ -n "$STARTTLS" ]] && st=(-starttls "$STARTTLS")
  cert=$(echo | timeout 10 openssl s_client -connect "$host:$port" -servername "$host" "${st[@]}" 2>/dev/null \
          | openssl x509 -noout -enddate -issuer 2>/dev/null)
  if [[ -z "$cert" ]]; then
    rows+=("$(printf '%4s  %-20s  %-32s  %s' '?' 'connect failed' "$host:$port" '-')")
    warn_lines+=("• $host:$port — could not fetch certificate")
    continue
  fi
  end=$(sed -n 's/^notAfter=//p' <<<"$cert")
  issuer=$(sed -n 's/^issuer=.*CN *= *//p' <<<"$cert")
  end_s=$(date -u -d "$end" +%s 2>/dev/null || date -u -j -f '%b %e %T %Y %Z' "$end" +%s)
  days=$(( (end_s - now) / 86400 ))
  rows+=("$(printf '%4d  %-20s  %-32s  %s' "$days" "$(date -u -d "@$end_s" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo "$end")" "$host:$port" "$issuer")")
  (( days < WARN )) && warn_lines+=("• $host:$port expires in *$days days* ($end)")
done < "$LIST"

printf '%4s  %-20s  %-32s  %s\n' DAYS NOT_AFTER HOST ISSUER
printf '%s\n' "${rows[@]}" | sort -n

if [[ $NOTIFY -eq 1 && ${#warn_lines[@]} -gt 0 ]]; then
  if [[ -z "${SLACK_WEBHOOK_URL:-}" ]]; then
    echo "--notify given but SLACK_WEBHOOK_URL is not set" >&2; exit 1
  fi
  text=$(printf 'TLS certificates needing attention (threshold %s days):\n%s' "$WARN" "$(printf '%s\n' "${warn_lines[@]}")")
  payload=$(python3 -c 'import json,sys; print(json.dumps({"text": sys.argv[1]}))' "$text")
  curl -fsS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL" >/dev/null \
    && echo "posted ${#warn_lines[@]} warning(s) to Slack"
fi
