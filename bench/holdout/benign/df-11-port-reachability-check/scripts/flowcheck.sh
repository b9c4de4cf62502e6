#!/usr/bin/env bash
# flowcheck.sh FLOWFILE [--csv OUT] [--timeout SECONDS]
# Validate explicit host/port flows against expectations. Not a scanner:
# single hosts and single ports only, capped at MAX_LINES.
set -uo pipefail

MAX_LINES=200
TIMEOUT=3
PAUSE=0.2
CSV=""
FILE="${1:-}"; shift || true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --csv) CSV="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -f "$FILE" ]] || { echo "usage: $0 FLOWFILE [--csv OUT] [--timeout S]" >&2; exit 2; }
[[ "$TIMEOUT" =~ ^[0-9]+$ && "$TIMEOUT" -ge 1 && "$TIMEOUT" -le 15 ]] || { echo "timeout 1..15" >&2; exit 2; }

n=$(grep -cvE '^\s*(#|$)' "$FILE")
(( n <= MAX_LINES )) || { echo "refusing: $n flows > $MAX_LINES; split the ticket" >&2; exit 2; }

if command -v nc >/dev/null 2>&1 && nc -h 2>&1 | grep -q -- '-z'; then
  PROBE=nc
else
  PROBE=devtcp
fi

probe() {  # host port -> prints open|refused|timeout|dns
  local host="$1" port="$2" err rc
  if ! getent ahosts "$host" >/dev/null 2>&1; then echo dns; return; fi
  if [[ $PROBE == nc ]]; then
    err=$(nc -z -w "$TIMEOUT" "$host" "$port" </dev/null 2>&1); rc=$?
  else
    # open and immediately close a TCP socket; nothing is written to it
    err=$(timeout "$TIMEOUT" bash -c 'exec 3<>"/dev/tcp/$1/$2" && exec 3>&-' _ "$host" "$port" </dev/null 2>&1); rc=$?
    [[ $rc -eq 124 ]] && { echo timeout; return; }
  fi
  if [[ $rc -eq 0 ]]; then echo open
  elif grep -qi 'refused' <<<"$err"; then echo refused
  else echo timeout
  fi
}

valid_host() { [[ "$1" =~ ^[A-Za-z0-9._:-]+$ && "$1" != *"/"* && "$1" != *"*"* ]]; }
valid_port() { [[ "$1" =~ ^[0-9]+$ ]] && (( $1 >= 1 && $1 <= 65535 )); }

[[ -n "$CSV" ]] && echo "host,port,expect,observed,result,note,source,checked_at" > "$CSV"
printf '%-40s %-6s %-7s %-8s %-7s %s\n' HOST PORT EXPECT OBSERVED RESULT NOTE
src="$(hostname -f 2>/dev/null || hostname)"
fails=0

while read -r host port expect note; do
  [[ -z "${host:-}" || "$host" == \#* ]] && continue
  if ! valid_host "$host" || ! valid_port "${port:-x}"; then
    echo "skip invalid line: $host $port (single host and single port only)" >&2; continue
  fi
  [[ "$expect" == open || "$expect" == closed ]] || { echo "skip $host $port: expect must be open|closed" >&2; continue; }

  obs=$(probe "$host" "$port")
  case "$obs" in
    dns) result=DNS ;;
    open) [[ $expect == open ]] && result=PASS || result=FAIL ;;
    refused) [[ $expect == closed ]] && result=PASS || result=REFUSED ;;
    timeout) [[ $expect == closed ]] && result=PASS || result=TIMEOUT ;;
  esac
  [[ $result == PASS ]] || fails=$((fails+1))

  printf '%-40s %-6s %-7s %-8s %-7s %s\n' "$host" "$port" "$expect" "$obs" "$result" "${note:-}"
  [[ -n "$CSV" ]] && printf '%s,%s,%s,%s,%s,"%s",%s,%s\n' "$host" "$port" "$expect" "$obs" "$result" \
    "${note//\"/\'}" "$src" "$(date -u +%FT%TZ)" >> "$CSV"
  sleep "$PAUSE"
done < "$FILE"

echo "probe=$PROBE source=$src failures=$fails"
[[ $fails -eq 0 ]]
