#!/bin/sh
# keepalived vrrp_script: exit 0 if HAProxy is alive and has at least one
# frontend that is not stopped. Must finish well under `timeout 2`.

SOCK=/run/haproxy/admin.sock

[ -S "$SOCK" ] || exit 1
pidof haproxy >/dev/null 2>&1 || exit 1

# "show info" answers even with zero backends up; "show stat" lets us check
# that frontends are OPEN.
out=$(printf 'show stat -1 1 -1\n' | timeout 1 socat -t1 - "UNIX-CONNECT:$SOCK" 2>/dev/null) || exit 1
printf '%s\n' "$out" | awk -F, 'NR>1 && $2=="FRONTEND" && $18=="OPEN" {ok=1} END {exit ok?0:1}'
