#!/usr/bin/env bash
# Read-only Docker host audit. Output: Markdown on stdout.
set -uo pipefail
command -v jq >/dev/null || { echo "jq required" >&2; exit 1; }

SOCK=/var/run/docker.sock
echo "# Docker host audit — $(hostname) — $(date -u +%F)"
echo
echo "## Daemon"
docker info --format '- Server version: {{.ServerVersion}}
- Rootless: {{range .SecurityOptions}}{{if eq . "name=rootless"}}yes{{end}}{{end}}
- Security options: {{join .SecurityOptions ", "}}
- Live restore: {{.LiveRestoreEnabled}}' 2>/dev/null || echo "- docker info failed (permissions?)"
if [[ -f /etc/docker/daemon.json ]]; then
  echo "- daemon.json keys: $(jq -r 'keys|join(", ")' /etc/docker/daemon.json)"
  jq -e '.hosts[]? | select(startswith("tcp://"))' /etc/docker/daemon.json >/dev/null 2>&1 &&
    echo "- **TCP listener configured**: $(jq -r '.hosts|join(", ")' /etc/docker/daemon.json)"
fi
ps -eo args | grep -E '[d]ockerd.*-H *tcp://' && echo "- **dockerd started with a TCP -H flag**"

echo
echo "## Socket"
if [[ -S $SOCK ]]; then
  echo "- \`$SOCK\`: $(stat -Lc '%A %U:%G' "$SOCK")"
  perm=$(stat -Lc '%a' "$SOCK")
  [[ "${perm: -1}" != "0" ]] && echo "- **world-accessible socket** (mode $perm)"
else
  echo "- no socket at $SOCK"
fi
echo "- docker group members: $(getent group docker | cut -d: -f4 | sed 's/,/, /g')"

echo
echo "## Containers"
echo "| Name | Image | User | Privileged | CapAdd | Host ns | Sensitive mounts | SecurityOpt |"
echo "|---|---|---|---|---|---|---|---|"
for id in $(docker ps -q); do
  docker inspect "$id" | jq -r '.[0] |
    [ (.Name|ltrimstr("/")),
      .Config.Image,
      (if (.Config.User // "") == "" then "root(default)" else .Config.User end),
      (.HostConfig.Privileged|tostring),
      ((.HostConfig.CapAdd // [])|join(",")),
      ([ (if .HostConfig.PidMode=="host" then "pid" else empty end),
         (if .HostConfig.NetworkMode=="host" then "net" else empty end),
         (if .HostConfig.IpcMode=="host" then "ipc" else empty end) ]|join(",")),
      ([ .Mounts[] | select(.Source=="/" or (.Source|test("^/(etc|root|var/run/docker.sock|run/containerd|proc|sys)")))
         | "\(.Source)\(if .RW then "(rw)" else "(ro)" end)" ] | join(" ")),
      ((.HostConfig.SecurityOpt // [])|join(","))
    ] | "| " + join(" | ") + " |"'
done

echo
echo "## Notes"
echo "- Review any row with Privileged=true, a docker.sock mount, host pid/net, or rw mounts of / or /etc."
echo "- This audit made no changes."
