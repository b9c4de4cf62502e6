#!/usr/bin/env bash
# Frame.io v2 helper: upload, notes (CSV), markers (EDL)
set -euo pipefail
API="https://api.frame.io/v2"
: "${FRAMEIO_TOKEN:?set FRAMEIO_TOKEN}"

api() { # method path [json-body]
  local method="$1" path="$2" body="${3:-}"
  printf 'header = "Authorization: Bearer %s"\n' "$FRAMEIO_TOKEN" | \
    curl -fsS --config - -X "$method" -H 'Content-Type: application/json' \
      ${body:+--data "$body"} "$API$path"
}

tc() { # seconds fps -> HH:MM:SS:FF
  awk -v s="$1" -v f="$2" 'BEGIN{fr=int(s*f+0.5); ff=fr%f; t=int(fr/f);
    printf "%02d:%02d:%02d:%02d", int(t/3600), int(t%3600/60), t%60, ff}'
}

cmd="${1:-}"; shift || true
case "$cmd" in
  upload)
    file="$1"; : "${FRAMEIO_FOLDER_ID:?set FRAMEIO_FOLDER_ID}"
    size=$(stat -c%s "$file" 2>/dev/null || stat -f%z "$file")
    mime=$(file -b --mime-type "$file")
    name=$(basename "$file")
    body=$(jq -n --arg n "$name" --arg m "$mime" --argjson s "$size" \
      '{type:"file", name:$n, filetype:$m, filesize:$s}')
    resp=$(api POST "/assets/$FRAMEIO_FOLDER_ID/children" "$body")
    id=$(jq -r .id <<<"$resp")
    mapfile -t urls < <(jq -r '.upload_urls[]' <<<"$resp")
    n=${#urls[@]}
    chunk=$(( (size + n - 1) / n ))
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    split -b "$chunk" -d -a 4 "$file" "$tmp/part."
    i=0
    for part in "$tmp"/part.*; do
      curl -fsS -X PUT -H "Content-Type: $mime" -H 'x-amz-acl: private' \
        --data-binary @"$part" "${urls[$i]}" >/dev/null
      i=$((i+1)); echo "chunk $i/$n" >&2
    done
    echo "asset_id=$id"
    echo "review: https://app.frame.io/player/$id"
    ;;
  notes|markers)
    asset="$1"; shift
    fps=25; [[ "${1:-}" == "--fps" ]] && fps="$2"
    comments=$(api GET "/assets/$asset/comments?include=replies&page_size=500")
    if [[ "$cmd" == notes ]]; then
      echo "timecode,author,text,completed,replies"
      jq -r '.[] | [(.timestamp // ""), .owner.name, .text, .completed, (.replies|length)] | @tsv' <<<"$comments" |
      while IFS=$'\t' read -r ts who text done reps; do
        t=""; [[ -n "$ts" ]] && t=$(tc "$ts" "$fps")
        printf '%s,"%s","%s",%s,%s\n' "$t" "${who//\"/\"\"}" "${text//\"/\"\"}" "$done" "$reps"
      done
    else
      echo "TITLE: Frame.io notes"; echo "FCM: NON-DROP FRAME"; echo
      n=1
      jq -r '.[] | select(.timestamp != null) | [.timestamp, .owner.name, (.text|gsub("\n";" "))] | @tsv' <<<"$comments" |
      while IFS=$'\t' read -r ts who text; do
        a=$(tc "$ts" "$fps"); b=$(tc "$(awk -v s="$ts" -v f="$fps" 'BEGIN{print s+1/f}')" "$fps")
        printf '%03d  001      V     C        %s %s %s %s\n' "$n" "$a" "$b" "$a" "$b"
        printf ' |C:ResolveColorBlue |M:%s: %s |D:1\n\n' "$who" "$text"
        n=$((n+1))
      done
    fi
    ;;
  *) echo "usage: frameio.sh upload FILE | notes ASSET_ID [--fps N] | markers ASSET_ID [--fps N]" >&2; exit 1 ;;
esac
