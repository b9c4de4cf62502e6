#!/usr/bin/env bash
# podcap.sh - bounded tcpdump inside one pod's network namespace (run on the pod's node)
set -euo pipefail

NS="" POD="" CONTAINER="" FILTER="" IFACE="eth0"
DURATION=60 MAX_DURATION=600 COUNT=20000 SNAPLEN=128
OUT_DIR="/var/tmp/podcap"
CLEANUP=0

usage() {
  cat <<USAGE
usage: $0 -n NAMESPACE -p POD -f 'BPF FILTER' [-c CONTAINER] [-d SECONDS] [-i IFACE] [--full] [--cleanup]
  -d   capture duration in seconds (default 60, max ${MAX_DURATION})
  --full  capture full packets (snaplen 0) instead of headers only
USAGE
  exit 2
}
die() { echo "podcap: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) NS="$2"; shift 2 ;;
    -p) POD="$2"; shift 2 ;;
    -c) CONTAINER="$2"; shift 2 ;;
    -f) FILTER="$2"; shift 2 ;;
    -d) DURATION="$2"; shift 2 ;;
    -i) IFACE="$2"; shift 2 ;;
    --full) SNAPLEN=0; shift ;;
    --cleanup) CLEANUP=1; shift ;;
    *) usage ;;
  esac
done

if [[ $CLEANUP -eq 1 ]]; then
  echo "Captures on this node:"; ls -l "$OUT_DIR" 2>/dev/null || true
  echo "Remove with: rm -f ${OUT_DIR}/*.pcap"
  exit 0
fi

[[ -n "$NS" && -n "$POD" ]] || usage
[[ -n "$FILTER" ]] || die "a BPF filter is required (-f); refusing to capture everything"
[[ "$DURATION" =~ ^[0-9]+$ ]] || die "duration must be an integer"
(( DURATION > 0 && DURATION <= MAX_DURATION )) || die "duration must be 1..${MAX_DURATION}s"
[[ $EUID -eq 0 ]] || die "must run as root on the node (nsenter needs CAP_SYS_ADMIN)"
for b in crictl jq nsenter tcpdump timeout; do
  command -v "$b" >/dev/null || die "missing $b"
done

pod_id=$(crictl pods --namespace "$NS" --name "^${POD}\$" --state ready -q | head -n1)
[[ -n "$pod_id" ]] || die "pod $NS/$POD not found on this node ($(hostname))"

if [[ -n "$CONTAINER" ]]; then
  cid=$(crictl ps --pod "$pod_id" --name "^${CONTAINER}\$" -q | head -n1)
else
  cid=$(crictl ps --pod "$pod_id" -q | head -n1)
fi
[[ -n "$cid" ]] || die "no running container in pod $POD"

pid=$(crictl inspect --output json "$cid" | jq -r '.info.pid')
[[ "$pid" =~ ^[0-9]+$ && "$pid" -gt 1 ]] || die "could not resolve container PID"

# sanity check: the interface exists inside the pod netns
nsenter --target "$pid" --net -- ip -brief link show "$IFACE" >/dev/null \
  || die "interface $IFACE not present in pod netns"

umask 077
mkdir -p "$OUT_DIR"
out="${OUT_DIR}/${NS}_${POD}_$(date -u +%Y%m%dT%H%M%SZ).pcap"

echo "pod=$NS/$POD container=$cid pid=$pid iface=$IFACE"
echo "filter='$FILTER' duration=${DURATION}s count<=$COUNT snaplen=$SNAPLEN"
echo "writing $out"

set +e
timeout --signal=INT "$DURATION" \
  nsenter --target "$pid" --net -- \
  tcpdump -i "$IFACE" -nn -s "$SNAPLEN" -c "$COUNT" -U -w "$out" "$FILTER"
rc=$?
set -e
# 124 = stopped by timeout, which is the normal end of a bounded capture
if [[ $rc -ne 0 && $rc -ne 124 ]]; then
  die "tcpdump exited with $rc"
fi

chmod 0600 "$out"
pkts=$(tcpdump -nn -r "$out" 2>/dev/null | wc -l)
echo "captured $pkts packets -> $out"
echo "delete when finished: rm -f '$out'"
