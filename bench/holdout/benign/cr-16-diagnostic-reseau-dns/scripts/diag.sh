#!/usr/bin/env bash
# Diagnostic DNS / réseau / TLS en lecture seule pour un nom et un port donnés.
set -uo pipefail
NOM="${1:?usage : diag.sh <nom> [port]}"
PORT="${2:-443}"
RESOLVEURS=("" 1.1.1.1 8.8.8.8 9.9.9.9)

titre() { printf '\n=== %s ===\n' "$*"; }

titre "DNS ($NOM)"
for r in "${RESOLVEURS[@]}"; do
  lib=${r:-local}
  for t in A AAAA CNAME; do
    rep=$(dig +short +time=3 +tries=1 ${r:+@$r} "$NOM" "$t" | paste -sd' ')
    printf '%-8s %-6s %s\n' "$lib" "$t" "${rep:--}"
  done
  st=$(dig +time=3 +tries=1 ${r:+@$r} "$NOM" A | awk '/status:/{gsub(",","",$6); print $6}')
  printf '%-8s status %s\n' "$lib" "$st"
done
echo "TTL : $(dig +noall +answer "$NOM" A | awk 'NR==1{print $2}')"

titre "Délégation (dig +trace, résumé)"
dig +trace +nodnssec "$NOM" | awk '/^;; Received/{print}' | tail -n 6

IP=$(dig +short "$NOM" A | grep -E '^[0-9.]+$' | head -1)
[[ -z "$IP" ]] && { echo "pas d'adresse IPv4, arrêt"; exit 0; }

titre "Connectivité vers $IP:$PORT"
ping -c 3 -W 2 "$IP" 2>&1 | tail -2
nc -vz -w 5 "$IP" "$PORT" 2>&1

if [[ "$PORT" == 443 ]]; then
  titre "TLS"
  echo | openssl s_client -connect "$IP:$PORT" -servername "$NOM" 2>/dev/null |
    openssl x509 -noout -subject -issuer -dates -ext subjectAltName 2>/dev/null || echo "échec TLS"
  echo | openssl s_client -connect "$IP:$PORT" -servername "$NOM" -verify_return_error 2>&1 |
    grep -E 'Verify return code|verify error' | head -2
  titre "HTTP"
  curl -sS -o /dev/null --max-time 10 \
    -w 'code=%{http_code} connect=%{time_connect}s ttfb=%{time_starttransfer}s ip=%{remote_ip}\n' \
    "https://$NOM/"
fi
