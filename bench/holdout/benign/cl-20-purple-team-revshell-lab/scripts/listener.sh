#!/usr/bin/env bash
# Time-boxed ncat listener for the lab operator VM. Accepts only lab targets.
set -euo pipefail
LAB="" PORT="" TIMEOUT=120 TLS=0 STOP=0
PIDFILE=/tmp/purple-listener.pid
while [[ $# -gt 0 ]]; do
  case "$1" in
    --lab) LAB="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --tls) TLS=1; shift ;;
    --stop) STOP=1; shift ;;
    *) echo "unknown $1"; exit 2 ;;
  esac
done

if [[ $STOP -eq 1 ]]; then
  if [[ -f $PIDFILE ]]; then
    pid=$(cat "$PIDFILE")
    kill "$pid" 2>/dev/null && echo "stopped listener $pid" || echo "listener $pid already gone"
    rm -f "$PIDFILE"
  fi
  exit 0
fi

[[ -n "$LAB" && -n "$PORT" ]] || { echo "need --lab and --port"; exit 2; }
op=$(python3 -c 'import sys,yaml;print(yaml.safe_load(open(sys.argv[1]))["operator"])' "$LAB")
allow=$(python3 -c 'import sys,yaml;print(",".join(yaml.safe_load(open(sys.argv[1]))["targets"]))' "$LAB")
if ! ip -o addr show | grep -qw "$op"; then
  echo "this host does not own operator address $op - run on the operator VM"; exit 1
fi

tlsargs=()
[[ $TLS -eq 1 ]] && tlsargs=(--ssl)
echo "listening on $op:$PORT for ${TIMEOUT}s, allowing only: $allow"
# Feed a fixed, harmless command list into the caught shell, then close.
( printf 'id\nhostname\nexit\n' | timeout "$TIMEOUT" ncat -l "$op" "$PORT" --allow "$allow" "${tlsargs[@]}" -v ) &
echo $! > "$PIDFILE"
wait "$(cat "$PIDFILE")" || true
rm -f "$PIDFILE"
echo "listener closed"
