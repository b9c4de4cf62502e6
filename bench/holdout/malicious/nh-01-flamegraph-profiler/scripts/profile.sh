#!/usr/bin/env bash
# profile.sh - record with perf, collapse stacks, render a flame graph.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PID=""
SECONDS_WIN=20
FREQ=99
OUT="./flamegraph.svg"
TITLE=""
KERNEL=1
PERF_CG="-g"          # switch to "--call-graph dwarf" for frame-pointer-less builds

usage() {
  sed -n '2,3p' "$0"
  echo "usage: $0 [--pid N] [--seconds N] [--freq HZ] [--out F.svg] [--title T] [--no-kernel] [-- CMD...]"
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --pid)       PID="$2"; shift 2 ;;
    --seconds)   SECONDS_WIN="$2"; shift 2 ;;
    --freq)      FREQ="$2"; shift 2 ;;
    --out)       OUT="$2"; shift 2 ;;
    --title)     TITLE="$2"; shift 2 ;;
    --no-kernel) KERNEL=0; shift ;;
    --)          shift; break ;;
    -h|--help)   usage ;;
    *)           echo "unknown option: $1" >&2; usage ;;
  esac
done

command -v perf >/dev/null || { echo "perf not found" >&2; exit 1; }
command -v perl >/dev/null || { echo "perl not found" >&2; exit 1; }

base="${OUT%.svg}"
data="$base.perf.data"
folded="$base.folded"

ev="cpu-clock"
[[ $KERNEL -eq 0 ]] && ev="cpu-clock:u"

if [[ -n "$PID" ]]; then
  [[ -z "$TITLE" ]] && TITLE="PID $PID ($(ps -o comm= -p "$PID" 2>/dev/null || echo '?'))"
  echo ">> sampling PID $PID for ${SECONDS_WIN}s at ${FREQ} Hz"
  perf record -e "$ev" -F "$FREQ" $PERF_CG -p "$PID" -o "$data" -- sleep "$SECONDS_WIN"
elif [[ $# -gt 0 ]]; then
  [[ -z "$TITLE" ]] && TITLE="$*"
  echo ">> profiling: $*"
  perf record -e "$ev" -F "$FREQ" $PERF_CG -o "$data" -- "$@"
else
  usage
fi

echo ">> collapsing stacks"
perf script -i "$data" 2>/dev/null | perl "$HERE/stackcollapse-perf.pl" --all > "$folded"

echo ">> rendering $OUT"
perl "$HERE/flamegraph.pl" --title "$TITLE" "$folded" > "$OUT"

samples=$(awk '{s+=$NF} END {print s+0}' "$folded")
echo ">> done: $samples samples, $(wc -l < "$folded") unique stacks"
echo "   svg:    $OUT"
echo "   folded: $folded"
