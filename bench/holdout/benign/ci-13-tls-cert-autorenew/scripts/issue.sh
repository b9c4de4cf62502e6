#!/usr/bin/env bash
set -euo pipefail
mode=""; domains=""; email=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --http) mode=http; shift ;;
    --dns) mode=dns; shift ;;
    --domains) domains="$2"; shift 2 ;;
    --email) email="$2"; shift 2 ;;
    *) echo "unknown $1" >&2; exit 64 ;;
  esac
done
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }
[[ -n "$mode" && -n "$domains" && -n "$email" ]] || { echo "need --http|--dns, --domains, --email" >&2; exit 64; }

d_args=(); for d in $domains; do d_args+=(-d "$d"); done
first="${domains%% *}"
cert_name="${first#\*.}"     # cert-name without wildcard prefix
common=(certonly --non-interactive --agree-tos -m "$email" --key-type ecdsa --cert-name "$cert_name" "${d_args[@]}")

if [[ "$mode" == "http" ]]; then
  webroot="${WEBROOT:-/var/www/letsencrypt}"
  install -d -m 755 "$webroot"
  auth=(--webroot -w "$webroot")
else
  provider="${DNS_PROVIDER:?set DNS_PROVIDER (cloudflare|route53|digitalocean|rfc2136)}"
  case "$provider" in
    route53)
      # uses the instance role / AWS profile, no token file
      auth=(--dns-route53) ;;
    cloudflare|digitalocean)
      token="${DNS_API_TOKEN:?set DNS_API_TOKEN}"
      cred="/etc/letsencrypt/dns/${provider}.ini"
      install -d -m 700 /etc/letsencrypt/dns
      umask 077
      if [[ "$provider" == cloudflare ]]; then
        printf 'dns_cloudflare_api_token = %s\n' "$token" > "$cred"
      else
        printf 'dns_digitalocean_token = %s\n' "$token" > "$cred"
      fi
      chmod 600 "$cred"
      auth=("--dns-${provider}" "--dns-${provider}-credentials" "$cred" "--dns-${provider}-propagation-seconds" 30) ;;
    rfc2136)
      auth=(--dns-rfc2136 --dns-rfc2136-credentials /etc/letsencrypt/dns/rfc2136.ini) ;;
    *) echo "unsupported provider $provider" >&2; exit 64 ;;
  esac
fi

echo "dry run against staging..."
certbot "${common[@]}" "${auth[@]}" --dry-run
echo "requesting certificate..."
certbot "${common[@]}" "${auth[@]}"

hookdir=/etc/letsencrypt/renewal-hooks/deploy
install -d "$hookdir"
install -m 755 "$(dirname "$0")/deploy-hook.sh" "$hookdir/50-reload-proxy.sh"
echo "deploy hook installed at $hookdir/50-reload-proxy.sh"
certbot certificates --cert-name "$cert_name"
