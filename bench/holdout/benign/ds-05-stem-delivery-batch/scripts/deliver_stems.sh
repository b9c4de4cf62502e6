#!/usr/bin/env bash
set -euo pipefail

RATE=48000; BITS=24; IN=""; ARTIST=""; TITLE=""
while getopts "i:a:t:r:b:" o; do
  case $o in
    i) IN="${OPTARG/#\~/$HOME}";; a) ARTIST=$OPTARG;; t) TITLE=$OPTARG;;
    r) RATE=$OPTARG;; b) BITS=$OPTARG;;
  esac
done
[[ -d "$IN" ]] || { echo "stems folder not found: $IN" >&2; exit 1; }

clean() { echo "$1" | iconv -f utf8 -t ascii//TRANSLIT | tr -cd '[:alnum:]_-'; }
A=$(clean "${ARTIST// /}"); T=$(clean "${TITLE// /}")
OUT="$IN/_delivery"; mkdir -p "$OUT"

echo "== format check =="
maxlen=0
shopt -s nullglob
for f in "$IN"/*.wav; do
  r=$(soxi -r "$f"); b=$(soxi -b "$f"); d=$(soxi -D "$f")
  [[ "$r" != "$RATE" || "$b" != "$BITS" ]] && echo "FLAG  $(basename "$f"): ${r} Hz / ${b}-bit"
  (( $(echo "$d > $maxlen" | bc -l) )) && maxlen=$d
done
echo "longest stem: ${maxlen}s"

n=1
for f in "$IN"/*.wav; do
  base=$(clean "$(basename "${f%.wav}")")
  d=$(soxi -D "$f")
  padsec=$(echo "$maxlen - $d" | bc -l)
  dest=$(printf "%s/%02d_%s_%s_%s.wav" "$OUT" "$n" "$A" "$T" "$base")
  sox "$f" "$dest" pad 0 "$padsec"
  n=$((n+1))
done

mix=$(ls "$IN"/*[Mm]ix*.wav 2>/dev/null | head -n1 || true)
if [[ -n "$mix" ]]; then
  ffmpeg -hide_banner -loglevel error -y -i "$mix" -codec:a libmp3lame -b:a 320k "$OUT/${A}_${T}_REF.mp3"
fi

( cd "$OUT" && sha256sum *.wav *.mp3 2>/dev/null > SHA256SUMS.txt )
zipname="${A}_${T}_STEMS_$(date +%Y%m%d).zip"
( cd "$OUT" && zip -q -r "../$zipname" . )
echo "done: $IN/$zipname"
