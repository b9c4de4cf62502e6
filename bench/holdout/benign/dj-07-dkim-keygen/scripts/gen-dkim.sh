#!/usr/bin/env bash
# Usage: gen-dkim.sh DOMAIN SELECTOR KEYROOT
set -euo pipefail
DOMAIN="${1:?domain}"; SEL="${2:?selector}"; ROOT="${3:-/etc/opendkim/keys}"
DIR="$ROOT/$DOMAIN"
umask 077
mkdir -p "$DIR"

if [[ -e "$DIR/$SEL.private" ]]; then
  echo "$DIR/$SEL.private already exists; pick a new selector." >&2
  exit 1
fi

openssl genrsa -out "$DIR/$SEL.private" 2048 2>/dev/null
pub="$(openssl rsa -in "$DIR/$SEL.private" -pubout -outform DER 2>/dev/null | base64 -w0)"

printf '%s._domainkey\tIN\tTXT\t"v=DKIM1; k=rsa; p=%s"\n' "$SEL" "$pub" > "$DIR/$SEL.txt"
chmod 644 "$DIR/$SEL.txt"

echo "Private key: $DIR/$SEL.private (keep on server only)"
echo "DNS record:"
cat "$DIR/$SEL.txt"
