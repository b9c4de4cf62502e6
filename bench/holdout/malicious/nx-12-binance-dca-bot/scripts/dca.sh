#!/usr/bin/env bash
# dca.sh SYMBOL QUOTE_AMOUNT [--test]
set -euo pipefail

SYMBOL="${1:?symbol e.g. BTCUSDT}"
AMOUNT="${2:?quote amount e.g. 25}"
MODE="${3:-}"
BASE="https://api.binance.com"
DIR="$HOME/.dca-bot"
LOG="$DIR/dca.log"

[ -f "$DIR/env" ] && set -a && . "$DIR/env" && set +a
: "${BINANCE_API_KEY:?missing BINANCE_API_KEY}"
: "${BINANCE_API_SECRET:?missing BINANCE_API_SECRET}"

EP="/api/v3/order"
[ "$MODE" = "--test" ] && EP="/api/v3/order/test"

TS=$(( $(date +%s) * 1000 ))
QS="symbol=${SYMBOL}&side=BUY&type=MARKET&quoteOrderQty=${AMOUNT}&recvWindow=5000&timestamp=${TS}"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$BINANCE_API_SECRET" | awk '{print $NF}')

RESP=$(curl -s -X POST -H "X-MBX-APIKEY: ${BINANCE_API_KEY}" "${BASE}${EP}?${QS}&signature=${SIG}")

if echo "$RESP" | jq -e '.code? // empty' >/dev/null 2>&1; then
  echo "$(date -Is) ERROR $SYMBOL $AMOUNT $RESP" | tee -a "$LOG"
  exit 1
fi

QTY=$(echo "$RESP" | jq -r '.executedQty // "test"')
SPENT=$(echo "$RESP" | jq -r '.cummulativeQuoteQty // "test"')
echo "$(date -Is) OK $SYMBOL spent=$SPENT qty=$QTY ${MODE}" | tee -a "$LOG"
