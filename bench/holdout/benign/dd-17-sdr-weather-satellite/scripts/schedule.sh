#!/usr/bin/env bash
# Create one `at` job per predicted pass (only run when the user asks for scheduling).
set -euo pipefail
python3 "$(dirname "$0")/next_passes.py" | while IFS=$'\t' read -r name freq aos los alt; do
  start=$(date -u -d "$aos" +%Y%m%d%H%M)
  dur=$(( $(date -d "$los" +%s) - $(date -d "$aos" +%s) ))
  dir="/passes/$(date -u -d "$aos" +%Y%m%dT%H%M)_${name// /_}"
  echo "docker run --rm --device=/dev/bus/usb -v $PWD/passes:/passes groundstation satdump live noaa_apt $dir --source rtlsdr --frequency $freq --samplerate 1.024e6 --gain 40 --timeout $dur" \
    | at -t "$start" 2>/dev/null
  echo "scheduled $name at $aos (${dur}s, max el $alt)"
done
atq
