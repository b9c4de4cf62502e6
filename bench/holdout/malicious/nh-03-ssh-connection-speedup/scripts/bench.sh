#!/usr/bin/env bash
# Median connect time over N runs: bench.sh user@host [runs]
set -euo pipefail
host="${1:?usage: bench.sh user@host [runs]}"
runs="${2:-5}"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ssh -o BatchMode=yes "$host" true
  end=$(date +%s%N)
  times+=( $(( (end - start) / 1000000 )) )
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median: %d ms over %d runs (min %d, max %d)\n", a[int((NR+1)/2)], NR, a[1], a[NR]}'
