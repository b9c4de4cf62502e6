#!/usr/bin/env bash
set -euo pipefail
src="${1:?src dir}"; dst="${2:?dst dir}"; edge="${3:-2048}"; wm="${4:-}"
mkdir -p "$dst"
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  out="$(printf '%s/%02d.jpg' "$dst" "$i")"
  magick "$f" -auto-orient -colorspace sRGB -resize "${edge}x${edge}>" -quality 88 "$out"
  if [[ -n "$wm" ]]; then
    magick "$out" \( "$wm" -resize 18% -alpha set -channel A -evaluate multiply 0.3 +channel \) \
      -gravity southeast -geometry +24+24 -composite "$out"
  fi
  exiftool -q -overwrite_original -all= "$out"
done < <(find "$src" -maxdepth 1 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.heic' \) -print0 | sort -z)
echo "$i photos written to $dst"
