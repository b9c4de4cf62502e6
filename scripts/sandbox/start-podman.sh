#!/usr/bin/env bash
# Serves the Docker Engine API with Podman on a unix socket (no Docker engine on these machines)
# and builds the sandbox image if it is missing. Idempotent: safe to call when already running.
# Needs: apt-get install -y podman runc   (crun fails on hybrid cgroups v1/v2 hosts)
# Usage: scripts/sandbox/start-podman.sh [socket-path]   (default /run/podman.sock)
# Then:  DOCKER_HOST=unix:///run/podman.sock
set -euo pipefail

SOCK="${1:-/run/podman.sock}"
HERE="$(cd "$(dirname "$0")" && pwd)"
CONF=/etc/containers/containers.conf
LOG="${SKILLGATE_PODMAN_LOG:-/tmp/skillgate-podman.log}"

if ! grep -qs 'skillgate-sandbox' "$CONF"; then
  mkdir -p "$(dirname "$CONF")"
  cat >>"$CONF" <<'CONF'
# skillgate-sandbox: runc + cgroupfs work on hosts without systemd and with hybrid cgroups
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
fi

api_answers() {
  curl -sf --unix-socket "$SOCK" http://d/_ping >/dev/null 2>&1
}

if ! api_answers; then
  rm -f "$SOCK"
  # From /: the service outlives this shell, and a working directory that is later deleted (a CI
  # clone) makes every container start fail ("Failed to get working directory").
  (cd / && nohup podman system service --time=0 "unix://$SOCK" >>"$LOG" 2>&1 &)
  for _ in $(seq 1 100); do
    api_answers && break
    sleep 0.1
  done
  api_answers || { echo "start-podman: API did not answer on $SOCK (see $LOG)" >&2; exit 1; }
fi
echo "start-podman: Docker API on unix://$SOCK"

"$HERE/build-image.sh" "${SKILLGATE_DOCKER_IMAGE:-skillgate-sandbox:latest}"
