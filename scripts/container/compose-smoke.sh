#!/usr/bin/env bash
# Runs docker-compose.yml itself, unchanged, with docker-compose against Podman's Docker API and
# checks it as an operator would use it: both services up in order (PostgreSQL healthy first), the
# app on port 3000 migrated and ready with bubblewrap, an import, a code skill executed by an agent
# through bwrap, `docker-compose stop` (SIGTERM) exiting 0 within the grace period, and the skills
# kept on the pgdata volume across `down` and `up`. Without a registry, the two images the file
# pulls are replaced by offline stand-ins through an override file that changes nothing else:
# NODE_IMAGE=localhost/skillgate-node-base:20 (build-base.sh) for the build, and for `postgres:16`
# Debian's PostgreSQL 15 initialised from the same POSTGRES_* variables (postgres-standin/). A
# second override keeps the containers' open-file and process limits within this host's hard limits.
# Needs: root, podman (runc), docker-compose (apt-get install docker-compose), curl, node.
# Usage: scripts/container/compose-smoke.sh
# Env:   SKILLGATE_COMPOSE_STANDINS=0  use the real images (where a registry is reachable)
#        SKILLGATE_COMPOSE_KEEP=1      leave the project up afterwards
set -uo pipefail

cd "$(dirname "$0")/../.."
HERE=scripts/container
# shellcheck source=lib.sh
source "$HERE/lib.sh"
PROJECT="skillgate-compose-$$"
BASE=localhost/skillgate-node-base:20
PG_STANDIN=localhost/skillgate-postgres-standin:15
GRACE=35 # docker-compose.yml stop_grace_period
URL=http://127.0.0.1:3000
WORK="$(mktemp -d /tmp/skillgate-compose.XXXXXX)"
export SKILLGATE_ADMIN_KEY="compose-operator-key-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export DOCKER_HOST="${DOCKER_HOST:-unix:///run/podman.sock}"
KEY="$SKILLGATE_ADMIN_KEY"

# Podman asks for nofile/nproc limits above what a process without CAP_SYS_RESOURCE may set on some
# hosts (runc: "error setting rlimits"); keep both services within this shell's hard limits.
LIMITS="ulimits: { nofile: { soft: $(ulimit -Hn), hard: $(ulimit -Hn) }, nproc: 4096 }"
cat >"$WORK/host-limits.yml" <<YAML
services:
  postgres:
    $LIMITS
  skillgate:
    $LIMITS
YAML
FILES=(-f docker-compose.yml -f "$WORK/host-limits.yml")
if [ "${SKILLGATE_COMPOSE_STANDINS:-1}" = 1 ]; then
  cat >"$WORK/standins.yml" <<YAML
services:
  postgres:
    image: $PG_STANDIN
  skillgate:
    build:
      context: .
      args:
        NODE_IMAGE: $BASE
YAML
  FILES+=(-f "$WORK/standins.yml")
fi
compose() { docker-compose -p "$PROJECT" "${FILES[@]}" "$@"; }

cleanup() {
  [ -n "${PUMP:-}" ] && kill "$PUMP" 2>/dev/null
  if [ "${SKILLGATE_COMPOSE_KEEP:-0}" = 1 ]; then
    echo "kept: compose project $PROJECT (files: ${FILES[*]})"
  else
    compose down -v --remove-orphans >/dev/null 2>&1
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# Podman runs healthchecks from systemd timers; on a host without systemd nothing runs them and
# `depends_on: condition: service_healthy` waits forever. There, this script is the timer: every
# 2 s (the compose interval) it runs each project container's own healthcheck command.
pump_healthchecks() {
  local c
  while sleep 2; do
    for c in $(podman ps -q --filter "label=com.docker.compose.project=$PROJECT"); do
      podman healthcheck run "$c" >/dev/null 2>&1 || true
    done
  done
}

container_of() { compose ps -q "$1" 2>/dev/null | head -n 1; }

wait_health() {
  local i
  for i in $(seq 1 240); do
    [ "$(http GET "$URL/health" /dev/null)" = 200 ] && return 0
    sleep 0.5
  done
  compose logs --tail 40
  return 1
}

# ---------------------------------------------------------------------------------------------------
phase "prerequisites"
command -v docker-compose >/dev/null || { fail "docker-compose installed (apt-get install docker-compose)"; exit 1; }
bash scripts/sandbox/start-podman.sh "${DOCKER_HOST#unix://}" >/dev/null || { fail "Podman API up"; exit 1; }
if [ "${SKILLGATE_COMPOSE_STANDINS:-1}" = 1 ]; then
  bash "$HERE/build-base.sh" "$BASE" || { fail "node base stand-in built"; exit 1; }
  if ! podman image exists "$PG_STANDIN"; then
    podman build --pull=never --build-arg BASE="$BASE" -t "$PG_STANDIN" "$HERE/postgres-standin" \
      >"$WORK/pg-build.log" 2>&1 || { tail -n 30 "$WORK/pg-build.log"; fail "postgres stand-in built"; exit 1; }
  fi
fi
if curl -s -o /dev/null --max-time 1 "$URL/health"; then fail "port 3000 is free"; exit 1; fi
echo "docker-compose $(docker-compose version --short), Podman API at $DOCKER_HOST"
if [ "$(cat /proc/1/comm)" != systemd ]; then
  pump_healthchecks &
  PUMP=$!
  echo "no systemd: this script runs the containers' healthchecks every 2 s"
fi

phase "docker-compose up -d --build (log: $WORK/up.log)"
t=$SECONDS
compose up -d --build >"$WORK/up.log" 2>&1
rc=$?
check $rc "docker-compose up -d --build"
[ "$rc" = 0 ] || { tail -n 40 "$WORK/up.log"; exit 1; }
wait_health
check $? "the app answers /health on port 3000 ($((SECONDS - t)) s from up)"
pg="$(container_of postgres)"
[ "$(podman inspect -f '{{.State.Health.Status}}' "$pg" 2>/dev/null)" = healthy ]
check $? "PostgreSQL reports healthy (pg_isready healthcheck)"
code="$(http GET "$URL/health/ready" "$WORK/ready.json")"
[ "$code" = 200 ] && [ "$(json "$WORK/ready.json" b.details.sandbox.driver)" = bwrap ]
check $? "GET /health/ready -> $code: $(cat "$WORK/ready.json")"
app="$(container_of skillgate)"
podman top "$app" user args | awk 'NR > 1 && $1 == "root" { bad = 1 } END { exit bad }'
check $? "no process of the app container runs as root"

phase "import and execute through the compose deployment"
code="$(http POST "$URL/api/skills/import" "$WORK/import.json" -H "X-API-Key: $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"source":"raw_content","content":"---\nname: compose-hello\ndescription: Says hello.\n---\nSay hello."}')"
[ "$code" = 201 ] && [ "$(json "$WORK/import.json" b.status)" = Active ]
check $? "POST /api/skills/import -> $code, status $(json "$WORK/import.json" b.status)"
write_code_skill "$WORK"
code="$(http POST "$URL/api/skills/import/upload" "$WORK/upload.json" -H "X-API-Key: $KEY" -F "file=@$WORK/skill.tar.gz")"
SKILL_ID="$(json "$WORK/upload.json" b.skill_id)"
[ "$code" = 201 ] && [ "$(json "$WORK/upload.json" b.status)" = Active ]
check $? "POST /api/skills/import/upload (code skill) -> $code, status $(json "$WORK/upload.json" b.status)"
http POST "$URL/api/agents" "$WORK/agent.json" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"compose-smoke","maturity":"INTERN"}' >/dev/null
AGENT_KEY="$(json "$WORK/agent.json" b.api_key)"
code="$(http POST "$URL/api/skills/execute" "$WORK/exec.json" -H "X-API-Key: $AGENT_KEY" \
  -H 'Content-Type: application/json' -d "{\"skill_id\":\"$SKILL_ID\",\"inputs\":{\"args\":[\"compose\"]}}")"
out="$(json "$WORK/exec.json" 'b.output.trim()')"
[ "$code" = 200 ] && [ "$(json "$WORK/exec.json" b.driver)" = bwrap ] && [[ "$out" == "hello compose uid=65534 "* ]]
check $? "POST /api/skills/execute (agent) -> $code, driver $(json "$WORK/exec.json" b.driver), \"$out\""

phase "docker-compose stop (SIGTERM), down, up: the volume keeps the skills"
ms0=$(date +%s%3N)
compose stop skillgate >/dev/null 2>&1
took_ms=$(($(date +%s%3N) - ms0))
exit_code="$(podman inspect -f '{{.State.ExitCode}}' "$app")"
[ "$exit_code" = 0 ] && [ "$took_ms" -lt $((GRACE * 1000)) ]
check $? "docker-compose stop skillgate -> exit code $exit_code after ${took_ms} ms (grace ${GRACE} s)"
compose down >/dev/null 2>&1
check $? "docker-compose down (volume kept)"
compose up -d >"$WORK/up2.log" 2>&1 && wait_health
check $? "docker-compose up -d again"
http GET "$URL/api/skills/list?limit=10" "$WORK/list.json" -H "X-API-Key: $KEY" >/dev/null
[ "$(json "$WORK/list.json" 'b.skills.map((s) => s.name).sort().join(",")')" = "compose-hello,container-python-hello" ]
check $? "the skills imported before are listed after down and up ($(json "$WORK/list.json" b.total))"

summary "total $((SECONDS - T0))s" compose-smoke
