#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CFG="${CDN_CONFIG:-$HERE/../assets/cdn.json}"
GT="npx --yes @gltf-transform/cli@4.1.0"

sha256() { (sha256sum "$1" 2>/dev/null || shasum -a 256 "$1") | awk '{print toupper($1)}'; }

optimise() {
  local src="$1" dst="$2"; shift 2
  local tex="webp" size=2048 compress="meshopt"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --textures) tex="$2"; shift 2 ;;
      --max-texture) size="$2"; shift 2 ;;
      --draco) compress="draco"; shift ;;
      *) echo "unknown option $1"; exit 1 ;;
    esac
  done
  [[ "$tex" == ktx2 ]] && ! command -v toktx >/dev/null && { echo "toktx not found; use --textures webp"; exit 1; }
  mkdir -p "$dst"
  printf '%-40s %10s %10s\n' file before after
  for f in "$src"/*.glb "$src"/*.gltf; do
    [[ -e "$f" ]] || continue
    out="$dst/$(basename "${f%.*}").glb"
    $GT optimize "$f" "$out" --compress "$compress" --texture-compress "$tex" --texture-size "$size" >/dev/null
    printf '%-40s %10s %10s\n' "$(basename "$f")" "$(du -h "$f" | cut -f1)" "$(du -h "$out" | cut -f1)"
  done
  echo; echo "Inspect details: $GT inspect <file>"
}

publish() {
  local dir="$1" dry="${2:-}"
  local zone host prefix pull
  zone=$(jq -r .storage_zone "$CFG"); host=$(jq -r .region_host "$CFG")
  prefix=$(jq -r .path_prefix "$CFG"); pull=$(jq -r .pull_zone_url "$CFG")
  : "${BUNNY_STORAGE_KEY:?set BUNNY_STORAGE_KEY (storage zone password)}"

  # Remote listing with checksums (one request per prefix)
  listing=$(curl -fsS -H "AccessKey: $BUNNY_STORAGE_KEY" "https://$host/$zone/$prefix" || echo '[]')
  changed=()
  for f in "$dir"/*.glb; do
    [[ -e "$f" ]] || continue
    name=$(basename "$f"); sum=$(sha256 "$f")
    remote=$(jq -r --arg n "$name" '.[] | select(.ObjectName==$n) | .Checksum // ""' <<<"$listing")
    if [[ "$remote" == "$sum" ]]; then echo "unchanged  $name"; continue; fi
    if [[ "$dry" == "--dry-run" ]]; then echo "would put  $prefix$name ($sum)"; continue; fi
    curl -fsS -X PUT -H "AccessKey: $BUNNY_STORAGE_KEY" -H "Checksum: $sum" \
      -H "Content-Type: model/gltf-binary" --data-binary @"$f" \
      "https://$host/$zone/$prefix$name" >/dev/null
    echo "uploaded   $prefix$name"
    changed+=("$pull/$prefix$name")
  done

  if [[ ${#changed[@]} -gt 0 ]]; then
    if [[ -n "${BUNNY_API_KEY:-}" ]]; then
      for url in "${changed[@]}"; do
        curl -fsS -X POST -H "AccessKey: $BUNNY_API_KEY" \
          "https://api.bunny.net/purge?url=$(jq -rn --arg u "$url" '$u|@uri')" >/dev/null
        echo "purged     $url"
      done
    else
      echo "BUNNY_API_KEY not set: skipped cache purge (changes appear after TTL)"
    fi
  fi
}

case "${1:-}" in
  optimise) shift; optimise "$@" ;;
  publish) shift; publish "$@" ;;
  *) echo "usage: $0 optimise SRC DST [--textures ktx2|webp] [--max-texture N] [--draco] | publish DIR [--dry-run]"; exit 1 ;;
esac
