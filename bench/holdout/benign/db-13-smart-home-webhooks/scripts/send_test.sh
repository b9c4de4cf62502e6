#!/usr/bin/env bash
set -euo pipefail
msg="${1:-Test event}"
ts=$(date +%s)
body=$(printf '{"device":"test","message":"%s"}' "$msg")
sig=$(printf '%s.%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$RELAY_HMAC_SECRET" -hex | awk '{print $2}')
curl -fsS -X POST http://127.0.0.1:8787/event -H "X-Timestamp: $ts" -H "X-Signature: sha256=$sig" -d "$body"
echo "sent"
