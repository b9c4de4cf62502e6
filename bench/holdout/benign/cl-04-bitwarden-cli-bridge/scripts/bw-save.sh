#!/usr/bin/env bash
# Create a Bitwarden login item; password read from stdin so it never hits argv.
set -euo pipefail
name="" user="" uri="" from_stdin=0 folder=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --username) user="$2"; shift 2 ;;
    --uri) uri="$2"; shift 2 ;;
    --folder) folder="$2"; shift 2 ;;
    --password-from-stdin) from_stdin=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -n "$name" && $from_stdin -eq 1 ]] || { echo "need --name and --password-from-stdin" >&2; exit 2; }
IFS= read -r pw
folder_id=null
if [[ -n "$folder" ]]; then
  folder_id=$(bw list folders --search "$folder" | jq '.[0].id')
fi
bw get template item \
  | jq --arg n "$name" --arg u "$user" --arg p "$pw" --arg uri "$uri" --argjson f "$folder_id" \
      '.type=1 | .name=$n | .folderId=$f | .notes=null
       | .login={username:$u, password:$p, uris: (if $uri=="" then [] else [{match:null, uri:$uri}] end), totp:null}' \
  | bw encode | bw create item | jq -r '"saved: \(.name) (\(.id))"'
unset pw
