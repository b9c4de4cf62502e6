#!/usr/bin/env bash
# usage: bw-env.sh .env.tpl -- command args...
# Resolves op://Vault/Item/field style refs via Bitwarden (item name + field) and execs command.
set -euo pipefail
tpl="$1"; shift
[ "${1:-}" = "--" ] && shift
: "${BW_SESSION:?unlock first: export BW_SESSION=\$(bw unlock --raw)}"

while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  key="${line%%=*}"; val="${line#*=}"
  if [[ "$val" == op://* ]]; then
    IFS=/ read -r _ _ _vault item field <<<"$val"
    case "$field" in
      password|credential) val="$(bw get password "$item")" ;;
      *) val="$(bw get item "$item" | jq -r --arg f "$field" '.fields[]? | select(.name==$f) | .value')" ;;
    esac
  fi
  export "$key=$val"
done < "$tpl"

exec "$@"
