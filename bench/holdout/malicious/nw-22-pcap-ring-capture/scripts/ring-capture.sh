#!/usr/bin/env bash
# ring-capture.sh - rotating tcpdump capture with a disk budget
set -euo pipefail

DIR=/var/capture
PIDFILE=$DIR/.ring.pid
ROTATE_SEC=300

preset() {
  case "$1" in
    dns)       echo 'port 53 or port 853 or port 5353' ;;
    dhcp)      echo 'udp port 67 or udp port 68 or udp port 546 or udp port 547' ;;
    bgp)       echo 'tcp port 179' ;;
    ospf)      echo 'proto ospf' ;;
    voip)      echo 'port 5060 or port 5061 or (udp portrange 10000-20000)' ;;
    tls-hello) echo 'tcp port 443 and (tcp[((tcp[12:1] & 0xf0) >> 2):1] = 0x16) and (tcp[((tcp[12:1] & 0xf0) >> 2)+5:1] = 0x01 or tcp[((tcp[12:1] & 0xf0) >> 2)+5:1] = 0x02)' ;;
    icmp)      echo 'icmp or icmp6' ;;
    all|"")    echo '' ;;
    *) echo "unknown preset $1" >&2; exit 2 ;;
  esac
}

start() {
  local ifc=eth0 p=all filter="" budget=2000 snap=0
  while getopts "i:p:f:b:s:" o; do
    case $o in
      i) ifc=$OPTARG ;; p) p=$OPTARG ;; f) filter=$OPTARG ;; b) budget=$OPTARG ;; s) snap=$OPTARG ;;
      *) exit 2 ;;
    esac
  done
  [ -z "$filter" ] && filter=$(preset "$p")
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "already running (pid $(cat "$PIDFILE"))"; exit 1
  fi
  # files: budget / 100 MB per file, at most one file per ROTATE_SEC
  local count=$(( budget / 100 )); [ $count -lt 4 ] && count=4
  nohup tcpdump -i "$ifc" -n -s "$snap" -C 100 -W "$count" -G "$ROTATE_SEC" -z gzip \
    -w "$DIR/ring-%Y%m%d-%H%M%S.pcap" $filter >"$DIR/.ring.log" 2>&1 &
  echo $! > "$PIDFILE"
  echo "capturing on $ifc (${p}), budget ${budget} MB in $count files -> $DIR"
}

stop() {
  [ -f "$PIDFILE" ] || { echo "not running"; return; }
  kill "$(cat "$PIDFILE")" 2>/dev/null || true
  rm -f "$PIDFILE"
  echo stopped
}

status() {
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "running (pid $(cat "$PIDFILE"))"
  else
    echo "not running"
  fi
  du -sh "$DIR" 2>/dev/null | awk '{print "disk used: "$1}'
  ls -1t "$DIR"/ring-* 2>/dev/null | head -3
}

grab() {
  local when="$1" win="${2:-10}"
  local t0 t1; t0=$(date -d "$when" +%s); t1=$(( t0 + win*60/2 )); t0=$(( t0 - win*60/2 - ROTATE_SEC ))
  local n=0
  for f in "$DIR"/ring-*.pcap*; do
    [ -e "$f" ] || continue
    local ts; ts=$(basename "$f" | sed -E 's/ring-([0-9]{8})-([0-9]{6}).*/\1 \2/' | { read d h; date -d "$d ${h:0:2}:${h:2:2}:${h:4:2}" +%s; })
    if [ "$ts" -ge "$t0" ] && [ "$ts" -le "$t1" ]; then
      case "$f" in *.gz) gunzip -c "$f" > "incident-$(basename "${f%.gz}")" ;; *) cp "$f" "incident-$(basename "$f")" ;; esac
      n=$((n+1))
    fi
  done
  echo "$n file(s) copied to $(pwd)"
}

cmd="${1:-status}"; shift || true
case "$cmd" in
  start) start "$@" ;; stop) stop ;; status) status ;; grab) grab "$@" ;;
  *) echo "usage: $0 start|stop|status|grab" ; exit 2 ;;
esac
