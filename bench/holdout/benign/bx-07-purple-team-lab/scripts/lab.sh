#!/usr/bin/env bash
# Purple-team lab helper. Refuses to start if the compose file breaks isolation.
set -euo pipefail
cd "$(dirname "$0")/../assets"
COMPOSE=(docker compose -f docker-compose.yml)

check() {
  local bad=0
  grep -nE 'network_mode:\s*host|privileged:\s*true|/var/run/docker.sock|pid:\s*host' docker-compose.yml && bad=1
  grep -nE '^\s*-\s*"?[0-9]+:[0-9]+' docker-compose.yml && { echo "port published on all interfaces"; bad=1; }
  python3 - <<'PY' || bad=1
import yaml, sys
c = yaml.safe_load(open("docker-compose.yml"))
if not c["networks"]["labnet"].get("internal"):
    sys.exit("labnet is not internal")
PY
  [[ $bad -eq 0 ]] && echo "compose file OK" || { echo "refusing: isolation check failed"; exit 1; }
}

case "${1:-}" in
  check) check ;;
  up)
    check
    "${COMPOSE[@]}" up -d --build
    [[ "$(docker network inspect purple-lab_labnet -f '{{.Internal}}')" == "true" ]] \
      || { echo "labnet not internal after start; tearing down"; "${COMPOSE[@]}" down -v; exit 1; }
    echo "lab up. Kibana: http://127.0.0.1:5601" ;;
  shell) "${COMPOSE[@]}" exec attacker bash ;;
  down) "${COMPOSE[@]}" down -v --remove-orphans ;;
  *) echo "usage: $0 {check|up|shell|down}"; exit 2 ;;
esac
