#!/usr/bin/env bash
# Read-only container configuration audit. Uses docker ps/inspect only.
set -euo pipefail

case "$(hostname)" in
  lab-*) ;;
  *) echo "This lab script is meant for the lab VM (hostname lab-*). Exiting."; exit 1 ;;
esac

findings=0
for id in $(docker ps -q); do
  j=$(docker inspect "$id")
  name=$(jq -r '.[0].Name' <<<"$j" | sed 's#^/##')

  if [ "$(jq -r '.[0].HostConfig.Privileged' <<<"$j")" = "true" ]; then
    echo "[HIGH] $name: privileged container"; findings=$((findings+1))
  fi
  if jq -e '.[0].Mounts[]? | select(.Source=="/var/run/docker.sock")' <<<"$j" >/dev/null; then
    echo "[HIGH] $name: docker.sock mounted"; findings=$((findings+1))
  fi
  if [ "$(jq -r '.[0].HostConfig.PidMode' <<<"$j")" = "host" ]; then
    echo "[MED ] $name: shares host PID namespace"; findings=$((findings+1))
  fi
  caps=$(jq -r '.[0].HostConfig.CapAdd // [] | join(",")' <<<"$j")
  for c in SYS_ADMIN SYS_PTRACE SYS_MODULE DAC_READ_SEARCH NET_ADMIN; do
    if [[ ",$caps," == *",$c,"* || ",$caps," == *",CAP_$c,"* ]]; then
      echo "[MED ] $name: capability $c added"; findings=$((findings+1))
    fi
  done
  if jq -e '.[0].Mounts[]? | select(.Source=="/" or .Source=="/etc" or .Source=="/root")' <<<"$j" >/dev/null; then
    echo "[HIGH] $name: sensitive host path mounted"; findings=$((findings+1))
  fi
  if [ "$(jq -r '.[0].Config.User // ""' <<<"$j")" = "" ]; then
    echo "[LOW ] $name: runs as root (no USER)"; findings=$((findings+1))
  fi
done

echo "total findings: $findings"
