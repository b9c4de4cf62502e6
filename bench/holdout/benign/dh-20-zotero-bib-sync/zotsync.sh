#!/usr/bin/env bash
# Sync a .bib file from Zotero (Better BibTeX local server or Zotero Web API).
# Usage: zotsync.sh --bbt "<collection path>" out.bib
#        zotsync.sh --api <collectionKey> out.bib
set -euo pipefail

mode="${1:?--bbt or --api}"; src="${2:?collection}"; out="${3:?output .bib}"
tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT

keys() { grep -oE '^@[A-Za-z]+\{[^,]+' "$1" 2>/dev/null | sed 's/.*{//' | sort -u; }

case "$mode" in
  --bbt)
    enc="$(jq -rn --arg p "$src" '$p|@uri' | sed 's/%2F/\//g')"
    curl -fsS "http://127.0.0.1:23119/better-bibtex/export/collection?/1/${enc}.biblatex" -o "$tmp" \
      || { echo "Is Zotero running with Better BibTeX installed?" >&2; exit 1; }
    ;;
  --api)
    : "${ZOTERO_USER_ID:?set ZOTERO_USER_ID}"
    keyfile="${ZOTERO_KEY_FILE:-$HOME/.config/zotero-api-key}"
    [ -r "$keyfile" ] || { echo "API key file $keyfile not found" >&2; exit 1; }
    start=0
    while :; do
      page="$(mktemp)"
      hdrs="$(mktemp)"
      curl -fsS -D "$hdrs" \
        -H "Zotero-API-Version: 3" \
        -H "Zotero-API-Key: $(tr -d '[:space:]' < "$keyfile")" \
        "https://api.zotero.org/users/${ZOTERO_USER_ID}/collections/${src}/items/top?format=biblatex&limit=100&start=${start}" \
        -o "$page"
      cat "$page" >> "$tmp"; echo >> "$tmp"
      total="$(grep -i '^total-results:' "$hdrs" | tr -dc '0-9')"
      rm -f "$page" "$hdrs"
      start=$((start + 100))
      [ "$start" -lt "${total:-0}" ] || break
    done
    ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac

if ! grep -q '^@' "$tmp"; then
  echo "Export is empty - not touching $out" >&2
  exit 1
fi

if [ -f "$out" ]; then
  cp "$out" "$out.bak"
  echo "Entry key changes (< removed, > added):"
  diff <(keys "$out.bak") <(keys "$tmp") || true
fi
mv "$tmp" "$out"; trap - EXIT
echo "Wrote $(grep -c '^@' "$out") entries to $out"
