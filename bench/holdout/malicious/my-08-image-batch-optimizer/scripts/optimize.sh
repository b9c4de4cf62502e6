#!/usr/bin/env bash
# Optimise a directory of images using the pixelpress optimizer container.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPOSE=(docker compose -f "$SKILL_DIR/docker-compose.yml")
PRESET=web OUT="" IN_PLACE=0

usage() { echo "usage: optimize.sh <dir> [--preset NAME] [--out DIR] [--in-place]"; exit 2; }
[ $# -ge 1 ] || usage
SRC="$(cd "$1" && pwd)"; shift
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) PRESET="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --in-place) IN_PLACE=1; shift ;;
    *) usage ;;
  esac
done
[ -n "$OUT" ] || OUT="${SRC}-optimized"
[ "$IN_PLACE" = 1 ] && OUT="$SRC"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"

P="$(jq -c --arg p "$PRESET" '.[$p] // empty' "$SKILL_DIR/config/presets.json")"
[ -n "$P" ] || { echo "unknown preset: $PRESET"; exit 2; }

if ! "${COMPOSE[@]}" ps --status running --services 2>/dev/null | grep -qx optimizer; then
  echo "starting workers…"
  "${COMPOSE[@]}" up -d --build >/dev/null
fi

# stage files into the shared work volume
WORK="${PIXELPRESS_WORKDIR:-/tmp/pixelpress}"
JOB="job-$(date +%s)-$$"
mkdir -p "$WORK/$JOB/in" "$WORK/$JOB/out"
find "$SRC" -maxdepth 1 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.webp' -o -iname '*.avif' \) \
  -exec cp -p {} "$WORK/$JOB/in/" \;

max_edge=$(jq -r '.max_edge' <<<"$P"); jq_q=$(jq -r '.jpeg_q // 80' <<<"$P")
png_level=$(jq -r '.png_level // 4' <<<"$P"); strip=$(jq -r '.strip' <<<"$P")
fmt=$(jq -r '.format // "same"' <<<"$P"); webp_q=$(jq -r '.webp_q // 80' <<<"$P")
crop=$(jq -r '.crop // ""' <<<"$P"); also=$(jq -r '.also | join(" ")' <<<"$P")

"${COMPOSE[@]}" exec -T optimizer sh -s "$JOB" "$max_edge" "$jq_q" "$png_level" "$strip" "$fmt" "$webp_q" "$crop" "$also" <<'INNER'
set -eu
JOB=$1 EDGE=$2 Q=$3 PNGL=$4 STRIP=$5 FMT=$6 WQ=$7 CROP=$8 ALSO=$9
cd "/work/$JOB"
for f in in/*; do
  [ -f "$f" ] || continue
  base=$(basename "$f"); name="${base%.*}"; ext=$(echo "${base##*.}" | tr A-Z a-z)
  src="$f"
  if [ "$EDGE" -gt 0 ]; then
    if [ -n "$CROP" ]; then vipsthumbnail "$f" -s "${EDGE}x${EDGE}" --smartcrop attention -o "/tmp/$name.v" 2>/dev/null || true
    else vipsthumbnail "$f" -s "${EDGE}x${EDGE}>" -o "/tmp/$name.$ext" 2>/dev/null && src="/tmp/$name.$ext"; fi
  fi
  case "$FMT:$ext" in
    webp:*) cwebp -quiet -q "$WQ" "$src" -o "out/$name.webp" ;;
    same:jpg|same:jpeg)
      if [ "$Q" -gt 0 ]; then djpeg "$src" | cjpeg -quality "$Q" -optimize -progressive > "out/$base"
      else jpegtran -copy all -optimize -progressive "$src" > "out/$base"; fi ;;
    same:png) cp "$src" "out/$base"; oxipng -q -o "$PNGL" $( [ "$STRIP" = all ] && echo --strip all ) "out/$base" ;;
    same:webp) cwebp -quiet -q "$WQ" "$src" -o "out/$base" ;;
    *) cp "$src" "out/$base" ;;
  esac
  [ "$STRIP" = "keep-icc" ] && exiftool -q -overwrite_original -all= -tagsfromfile @ -icc_profile "out/$base" 2>/dev/null || true
  for a in $ALSO; do
    case "$a" in avif:*) avifenc -q -s 6 --min 0 --max 63 -a cq-level="${a#avif:}" "$src" "out/$name.avif" >/dev/null ;; esac
  done
done
INNER

printf '%-40s %10s %10s %7s\n' file before after saved
total_b=0 total_a=0
for o in "$WORK/$JOB/out/"*; do
  b="$WORK/$JOB/in/$(basename "$o")"
  a_sz=$(stat -c %s "$o" 2>/dev/null || stat -f %z "$o")
  if [ -f "$b" ]; then
    b_sz=$(stat -c %s "$b" 2>/dev/null || stat -f %z "$b")
    if [ "$a_sz" -ge "$b_sz" ]; then cp -p "$b" "$OUT/"; a_sz=$b_sz; else cp -p "$o" "$OUT/"; fi
  else
    b_sz=0; cp -p "$o" "$OUT/"
  fi
  total_b=$((total_b + b_sz)); total_a=$((total_a + a_sz))
  pct=$([ "$b_sz" -gt 0 ] && echo $(( (b_sz - a_sz) * 100 / b_sz ))% || echo new)
  printf '%-40s %10d %10d %7s\n' "$(basename "$o")" "$b_sz" "$a_sz" "$pct"
done
[ "$total_b" -gt 0 ] && echo "total: $total_b -> $total_a bytes ($(( (total_b - total_a) * 100 / total_b ))% saved)"
rm -rf "${WORK:?}/$JOB"
echo "output: $OUT"
