#!/usr/bin/env bash
# Decode JWT header + payload locally. No network. Signature is ignored.
set -euo pipefail

now_epoch="$(date -u +%s)"
if [ "${1:-}" = "--now" ]; then
  now_epoch="$(date -u -d "$2" +%s 2>/dev/null || date -u -j -f '%Y-%m-%dT%H:%M:%SZ' "$2" +%s)"
  shift 2
fi

token="$(tr -d ' \r\n\t' | sed -E 's/^(Bearer|bearer)//')"
IFS=. read -r h p _sig <<<"$token"
[ -n "${h:-}" ] && [ -n "${p:-}" ] || { echo "doesn't look like a JWT (need header.payload.signature)" >&2; exit 2; }

b64url_decode() {
  local s="${1//-/+}"; s="${s//_//}"
  case $(( ${#s} % 4 )) in 2) s="$s==" ;; 3) s="$s=" ;; 1) echo "bad base64url length" >&2; return 1 ;; esac
  printf '%s' "$s" | base64 -d 2>/dev/null || printf '%s' "$s" | base64 -D
}

header="$(b64url_decode "$h")"
payload="$(b64url_decode "$p")"

echo "── header"
jq . <<<"$header"
echo "── payload"
jq . <<<"$payload"
echo "── analysis"

alg="$(jq -r '.alg // "none"' <<<"$header")"
[ "$alg" = "none" ] && echo "WARNING  alg=none — unsigned token; any API accepting this is misconfigured"

fmt() { date -u -d "@$1" +%FT%TZ 2>/dev/null || date -u -r "$1" +%FT%TZ; }

for claim in iat nbf exp; do
  v="$(jq -r --arg c "$claim" '.[$c] // empty' <<<"$payload")"
  [ -n "$v" ] || continue
  diff=$(( v - now_epoch ))
  rel=$(( diff < 0 ? -diff : diff ))
  mins=$(( rel / 60 ))
  case "$claim" in
    exp) if [ "$diff" -lt 0 ]; then echo "EXPIRED  $mins min ago ($(fmt "$v"))"; else echo "exp      valid for $mins more min ($(fmt "$v"))"; fi ;;
    nbf) [ "$diff" -gt 0 ] && echo "NOT YET  nbf is $mins min in the future — check clock skew ($(fmt "$v"))" || echo "nbf      ok ($(fmt "$v"))" ;;
    iat) [ "$diff" -gt 60 ] && echo "SKEW     iat is $mins min in the future ($(fmt "$v"))" || echo "iat      $(fmt "$v")" ;;
  esac
done

jq -r '
  [ (if .iss then "iss      \(.iss)" else empty end),
    (if .aud then "aud      \(.aud | if type=="array" then join(", ") else . end)" else empty end),
    (if .sub then "sub      \(.sub)" else empty end),
    (if .scope then "scope    \(.scope)" elif .scp then "scp      \(.scp | if type=="array" then join(" ") else . end)" else empty end),
    (if .roles then "roles    \(.roles | join(", "))" else empty end)
  ] | .[]' <<<"$payload"
