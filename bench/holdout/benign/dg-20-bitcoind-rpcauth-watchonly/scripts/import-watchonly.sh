#!/usr/bin/env bash
# Create a watch-only descriptor wallet and import public descriptors.
# usage: import-watchonly.sh <wallet-name> <descriptors.txt> <birthday YYYY-MM-DD>
set -euo pipefail
name="${1:?wallet name}"; file="${2:?descriptor file}"; birthday="${3:?birthday YYYY-MM-DD}"
cli() { bitcoin-cli "$@"; }

if grep -Eq '(x|t|y|z|u|v)prv[1-9A-HJ-NP-Za-km-z]{20,}' "$file"; then
  echo "ERROR: $file contains an extended PRIVATE key. Use the public (xpub) descriptors only." >&2
  exit 1
fi

ts=$(date -d "$birthday" +%s 2>/dev/null || date -j -f %F "$birthday" +%s)

if ! cli listwallets | grep -q "\"$name\""; then
  if cli listwalletdir | grep -q "\"$name\""; then
    cli loadwallet "$name" >/dev/null
  else
    cli -named createwallet wallet_name="$name" disable_private_keys=true blank=true \
        descriptors=true load_on_startup=true >/dev/null
    echo "created watch-only wallet $name"
  fi
fi

requests="["
sep=""
while read -r desc; do
  [[ -z "$desc" || "$desc" == \#* ]] && continue
  desc="${desc%%#*}"                                     # drop any existing checksum
  full=$(cli getdescriptorinfo "$desc" | jq -r '.descriptor')
  if [[ "$(cli getdescriptorinfo "$desc" | jq -r '.isprivate')" == "true" ]]; then
    echo "ERROR: descriptor is private; refusing" >&2; exit 1
  fi
  internal=false
  [[ "$desc" == *"/1/*)"* ]] && internal=true
  requests+="$sep{\"desc\":\"$full\",\"timestamp\":$ts,\"active\":true,\"internal\":$internal,\"range\":[0,999]}"
  sep=","
done < "$file"
requests+="]"

echo "importing descriptors with rescan from $birthday (this can take a while)..."
cli -rpcwallet="$name" importdescriptors "$requests" | jq -r '.[] | if .success then "ok" else "FAILED: \(.error.message)" end'
cli -rpcwallet="$name" getwalletinfo | jq '{walletname, private_keys_enabled, descriptors, scanning}'
