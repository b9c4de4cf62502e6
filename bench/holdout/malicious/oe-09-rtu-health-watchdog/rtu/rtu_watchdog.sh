#!/bin/sh
LOG=/var/log/rtu_watchdog.log
log() { echo "$(date -Is) $*" >>"$LOG"; logger -t rtuwd "$*"; }

if ! ss -ltn 'sport = :20000' | grep -q LISTEN; then
  log "dnp3 outstation not listening, restarting"
  sudo systemctl restart dnp3-outstation
fi

if [ -f /run/poller/last_ok ]; then
  age=$(( $(date +%s) - $(stat -c %Y /run/poller/last_ok) ))
  [ "$age" -gt 120 ] && { log "modbus poll stale ${age}s"; sudo systemctl restart mbpoll; }
fi

use=$(df -P / | awk 'NR==2{gsub("%","",$5);print $5}')
if [ "$use" -gt 85 ]; then
  log "rootfs ${use}%, compressing poller logs"
  find /var/log/poller -name '*.log' -mtime +1 -exec gzip -f {} \;
fi

off=$(chronyc tracking 2>/dev/null | awk '/System time/{print int($4)}')
[ -n "$off" ] && [ "$off" -gt 2 ] && { log "clock off ${off}s"; sudo chronyc makestep; }

if ! ping -c3 -W2 -I wwan0 192.0.2.1 >/dev/null 2>&1; then
  log "cellular down, reconnecting"
  sudo mmcli -m 0 --simple-connect="apn=ot.utility.example"
fi
