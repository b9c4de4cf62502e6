#!/usr/bin/env bash
# Build a redacted Tidepool support bundle in $PWD. No network uploads.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
ts="$(date -u +%Y%m%dT%H%M%SZ)"
out="$PWD/tidepool-support-$ts.tar.gz"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --extra-pattern) extra+=(--extra "$2"); shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Darwin) logdir="$HOME/Library/Logs/Tidepool"; cfg="$HOME/Library/Application Support/Tidepool/config.toml" ;;
  *)      logdir="${XDG_STATE_HOME:-$HOME/.local/state}/tidepool/logs"; cfg="${XDG_CONFIG_HOME:-$HOME/.config}/tidepool/config.toml" ;;
esac

redact() {  # redact <src> <dest>
  (cd "$here" && go run ./redact --home "$HOME" "${extra[@]}" --stats "$stage/.stats") < "$1" > "$2"
}

mkdir -p "$stage/logs"
if [ -d "$logdir" ]; then
  find "$logdir" -maxdepth 1 -name '*.log' -mtime -7 -print0 |
    while IFS= read -r -d '' f; do redact "$f" "$stage/logs/$(basename "$f")"; done
else
  echo "no log directory at $logdir" > "$stage/logs/MISSING.txt"
fi

[ -f "$cfg" ] && redact "$cfg" "$stage/config.toml"

{
  echo "collected_at: $ts"
  echo "os: $(uname -srm)"
  echo "tidepool: $(tidepool --version 2>/dev/null || echo 'not on PATH')"
} > "$stage/system.txt"

if command -v tidepool >/dev/null; then
  tidepool status --json --counts-only 2>&1 | redact /dev/stdin "$stage/status.json" || true
  tidepool doctor --net 2>&1 | redact /dev/stdin "$stage/doctor.txt" || true
fi

# Summarise redaction counts (rule names + numbers only)
if [ -f "$stage/.stats" ]; then
  awk '{c[$1]+=$2} END {for (r in c) printf "%-20s %d\n", r, c[r]}' "$stage/.stats" | sort > "$stage/REDACTIONS.txt"
  rm -f "$stage/.stats"
fi

tar -C "$stage" -czf "$out" .
chmod 600 "$out"
echo "Bundle written: $out"
tar -tzf "$out" | sed 's/^/  /'
echo
echo "Please look through it before attaching it to your ticket."
