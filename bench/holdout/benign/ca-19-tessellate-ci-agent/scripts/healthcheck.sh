#!/usr/bin/env bash
# Quick local health check for the Tessellate agent. Read-only.
set -uo pipefail

ok() { printf '  [ok]   %s\n' "$1"; }
bad() { printf '  [FAIL] %s\n' "$1"; FAILED=1; }
FAILED=0

echo "Tessellate agent health"
systemctl is-active --quiet tessellate-agent && ok "service active" || bad "service not active"
id tessellate >/dev/null 2>&1 && ok "user 'tessellate' exists" || bad "user missing"

if sudo test -f /var/lib/tessellate-agent/agent.json; then
  perm=$(sudo stat -c '%a %U' /var/lib/tessellate-agent/agent.json)
  [ "$perm" = "600 tessellate" ] && ok "credential file perms $perm" || bad "credential file perms $perm (want 600 tessellate)"
else
  bad "not registered (no agent.json)"
fi

code=$(curl -s -o /dev/null -w '%{http_code}' https://api.tessellate-ci.dev/healthz || echo 000)
[ "$code" = "200" ] && ok "API reachable" || bad "API unreachable (HTTP $code) - check proxy/firewall egress"

if id -nG tessellate 2>/dev/null | grep -qw docker; then
  docker info >/dev/null 2>&1 && ok "docker executor available" || bad "in docker group but docker not running"
fi

exit $FAILED
