#!/bin/bash
# encode_episode.sh <master.wav>  -> ~/Podcasts/Ready/<name>.mp3 and .m4a
set -euo pipefail
export PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
IN="$1"; NAME="$(basename "${IN%.*}")"; OUT="$HOME/Podcasts/Ready"
mkdir -p "$OUT"
# wait until the copy has finished (file size stable)
prev=-1; while :; do s=$(stat -f%z "$IN"); [[ "$s" == "$prev" ]] && break; prev=$s; sleep 3; done

stats=$(ffmpeg -hide_banner -i "$IN" -af loudnorm=I=-16:TP=-1:LRA=11:print_format=json -f null - 2>&1 | sed -n '/{/,/}/p')
mi=$(echo "$stats" | awk -F'"' '/input_i/{print $4}')
mtp=$(echo "$stats" | awk -F'"' '/input_tp/{print $4}')
mlra=$(echo "$stats" | awk -F'"' '/input_lra/{print $4}')
mth=$(echo "$stats" | awk -F'"' '/input_thresh/{print $4}')
AF="loudnorm=I=-16:TP=-1:LRA=11:measured_I=$mi:measured_TP=$mtp:measured_LRA=$mlra:measured_thresh=$mth:linear=true"

ffmpeg -hide_banner -y -i "$IN" -af "$AF" -ar 44100 -c:a libmp3lame -b:a 128k "$OUT/$NAME.mp3"
ffmpeg -hide_banner -y -i "$IN" -af "$AF" -ar 44100 -c:a aac -b:a 96k -movflags +faststart "$OUT/$NAME.m4a"
osascript -e "display notification \"$NAME ready\" with title \"Podcast encode\""
