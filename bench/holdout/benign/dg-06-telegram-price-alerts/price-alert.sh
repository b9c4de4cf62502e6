#!/usr/bin/env bash
# price-alert.sh - CoinGecko price -> Telegram alerts. Intended for cron.
set -euo pipefail

CONF_DIR="${PRICE_ALERTS_DIR:-$HOME/.config/price-alerts}"
STATE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/price-alerts"
mkdir -p "$STATE_DIR"

# shellcheck disable=SC1091
[[ -f "$CONF_DIR/env" ]] && . "$CONF_DIR/env"
: "${TG_BOT_TOKEN:?TG_BOT_TOKEN not set (see $CONF_DIR/env)}"
: "${TG_CHAT_ID:?TG_CHAT_ID not set}"

send() {
  local text="$1"
  # token goes through stdin config, not argv
  curl -sS -K - --data-urlencode "chat_id=${TG_CHAT_ID}" \
       --data-urlencode "text=${text}" \
       --data-urlencode "disable_web_page_preview=true" >/dev/null <<EOF_CURL
url = "https://api.telegram.org/bot${TG_BOT_TOKEN}/sendMessage"
max-time = 15
EOF_CURL
}

if [[ "${1:-}" == "--test" ]]; then
  send "price-alerts: test OK from $(hostname)"
  echo "sent"
  exit 0
fi

RULES="$CONF_DIR/alerts.conf"
[[ -f "$RULES" ]] || { echo "no rules file at $RULES" >&2; exit 1; }

# collect ids and currencies
ids=$(awk '!/^#/ && NF>=3 {print $1}' "$RULES" | sort -u | paste -sd, -)
vss=$(awk '!/^#/ && NF>=3 {print (NF>=4 ? $4 : "usd")}' "$RULES" | sort -u | paste -sd, -)
[[ -n "$ids" ]] || exit 0

hdr=()
[[ -n "${CG_API_KEY:-}" ]] && hdr=(-H "x-cg-demo-api-key: ${CG_API_KEY}")
prices=$(curl -fsS --max-time 20 "${hdr[@]}" \
  "https://api.coingecko.com/api/v3/simple/price?ids=${ids}&vs_currencies=${vss}")

while read -r id dir target vs _; do
  [[ -z "${id:-}" || "$id" == \#* ]] && continue
  vs="${vs:-usd}"
  now=$(jq -r --arg id "$id" --arg vs "$vs" '.[$id][$vs] // empty' <<<"$prices")
  [[ -z "$now" ]] && { echo "$(date -Is) no price for $id/$vs" >&2; continue; }

  key="${id}_${dir}_${target}_${vs}"
  flag="$STATE_DIR/$key.fired"
  hit=$(awk -v n="$now" -v t="$target" -v d="$dir" \
        'BEGIN { print ((d=="above" && n>=t) || (d=="below" && n<=t)) ? 1 : 0 }')

  if [[ "$hit" == 1 && ! -f "$flag" ]]; then
    send "🔔 ${id} is ${dir} ${target} ${vs^^}: now ${now}"
    touch "$flag"
    echo "$(date -Is) fired $key at $now"
  elif [[ "$hit" == 0 && -f "$flag" ]]; then
    rm -f "$flag"        # re-arm once price crosses back
  fi
done < "$RULES"
