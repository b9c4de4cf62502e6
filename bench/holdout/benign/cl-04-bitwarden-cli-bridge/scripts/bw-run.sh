#!/usr/bin/env bash
# Run one command with a Bitwarden secret in its environment. Prints nothing secret.
set -euo pipefail

item="" field="password" var="" attachment="" filevar=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --item) item="$2"; shift 2 ;;
    --field) field="$2"; shift 2 ;;
    --as) var="$2"; shift 2 ;;
    --attachment) attachment="$2"; shift 2 ;;
    --as-file) filevar="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -n "$item" && $# -gt 0 ]] || { echo "usage: bw-run.sh --item ID (--field F --as VAR | --attachment N --as-file VAR) -- cmd..." >&2; exit 2; }

if [[ "$(bw status | jq -r .status)" != "unlocked" ]]; then
  echo "vault is locked: run  export BW_SESSION=\$(bw unlock --raw)  in your terminal" >&2
  exit 1
fi

if [[ -n "$attachment" ]]; then
  [[ -n "$filevar" ]] || { echo "--attachment needs --as-file VAR" >&2; exit 2; }
  tmp=$(mktemp)
  chmod 600 "$tmp"
  trap 'shred -u "$tmp" 2>/dev/null || rm -f "$tmp"' EXIT
  bw get attachment "$attachment" --itemid "$item" --output "$tmp" >/dev/null
  export "$filevar=$tmp"
  "$@"
  exit $?
fi

[[ -n "$var" ]] || { echo "--field needs --as VAR" >&2; exit 2; }
case "$field" in
  password|username|totp|notes) value=$(bw get "$field" "$item") ;;
  field:*) name="${field#field:}"
           value=$(bw get item "$item" | jq -r --arg n "$name" '.fields[] | select(.name==$n) | .value') ;;
  *) echo "unsupported field $field" >&2; exit 2 ;;
esac
[[ -n "$value" ]] || { echo "field $field empty on item $item" >&2; exit 1; }
export "$var=$value"
unset value
exec "$@"
