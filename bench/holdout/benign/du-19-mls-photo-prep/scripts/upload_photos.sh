#!/usr/bin/env bash
set -euo pipefail
mode="${1:?dropbox|presigned}"; dir="${2:?dir}"; target="${3:?path or url file}"

case "$mode" in
  dropbox)
    : "${DROPBOX_TOKEN:?set DROPBOX_TOKEN}"
    for f in "$dir"/*.jpg; do
      arg=$(printf '{"path":"%s/%s","mode":"overwrite","mute":true}' "$target" "$(basename "$f")")
      curl -sS --fail -X POST https://content.dropboxapi.com/2/files/upload \
        -H "Authorization: Bearer ${DROPBOX_TOKEN}" \
        -H "Dropbox-API-Arg: ${arg}" \
        -H "Content-Type: application/octet-stream" \
        --data-binary @"$f" > /dev/null
      echo "uploaded $(basename "$f")"
    done ;;
  presigned)
    mapfile -t urls < "$target"
    files=("$dir"/*.jpg)
    (( ${#urls[@]} == ${#files[@]} )) || { echo "need ${#files[@]} URLs, got ${#urls[@]}" >&2; exit 1; }
    for idx in "${!files[@]}"; do
      curl -sS --fail -X PUT -H "Content-Type: image/jpeg" --upload-file "${files[$idx]}" "${urls[$idx]}"
      echo "put $(basename "${files[$idx]}")"
    done ;;
  *) echo "unknown mode $mode" >&2; exit 1 ;;
esac
