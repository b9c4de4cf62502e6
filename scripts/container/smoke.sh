#!/usr/bin/env bash
# Builds the Dockerfile with Podman on the offline base (scripts/container/build-base.sh) and checks
# the image end to end: non-root, health and readiness against a PostgreSQL server, an import, a code
# skill run through bubblewrap inside the container, a clean SIGTERM stop, and the embedded database
# kept on a /data volume across containers. Prints PASS/FAIL per check; exits 1 when any fails.
# Needs: root, podman (runc), psql, curl, node, a PostgreSQL server (trust auth for user postgres).
# Usage: scripts/container/smoke.sh
# Env:   SKILLGATE_NODE_IMAGE   base image (default localhost/skillgate-node-base:20, built if missing;
#                               set node:20-bookworm-slim where a registry is reachable)
#        SKILLGATE_SMOKE_IMAGE  tag to build (default skillgate:local)
#        SKILLGATE_SMOKE_PG     server URL without database (default postgres://postgres@127.0.0.1:5432)
#        SKILLGATE_SMOKE_DB     database to (re)create (default skillgate_container)
#        SKILLGATE_SMOKE_KEEP=1 keep the containers, the volume and the database afterwards
set -uo pipefail

cd "$(dirname "$0")/../.."
HERE=scripts/container
BASE="${SKILLGATE_NODE_IMAGE:-localhost/skillgate-node-base:20}"
IMAGE="${SKILLGATE_SMOKE_IMAGE:-skillgate:local}"
PG="${SKILLGATE_SMOKE_PG:-postgres://postgres@127.0.0.1:5432}"
DB="${SKILLGATE_SMOKE_DB:-skillgate_container}"
RUN_ID="$$"
CTR="skillgate-smoke-$RUN_ID"
VOL="skillgate-smoke-data-$RUN_ID"
KEY="smoke-operator-key-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
GRACE=35 # docker-compose.yml stop_grace_period
WORK="$(mktemp -d /tmp/skillgate-smoke.XXXXXX)"

# The image's runtime options, as in docker-compose.yml.
SECURITY=(--security-opt seccomp=unconfined --security-opt apparmor=unconfined
  --security-opt systempaths=unconfined)
# Podman asks for nofile/nproc limits above what a process without CAP_SYS_RESOURCE may set on some
# hosts (runc: "error setting rlimits"); stay within this shell's hard limits.
ULIMITS=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit "nproc=4096:4096")

# shellcheck source=lib.sh
source "$HERE/lib.sh"

cleanup() {
  if [ "${SKILLGATE_SMOKE_KEEP:-0}" != 1 ]; then
    podman rm -f -t 0 "$CTR-pg" "$CTR-embedded-1" "$CTR-embedded-2" >/dev/null 2>&1
    podman volume rm -f "$VOL" >/dev/null 2>&1
    psql "$PG/postgres" -qAtc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  else
    echo "kept: containers $CTR-*, volume $VOL, database $DB"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })'
}

# wait_up NAME PORT: waits for /health to answer 200 while the container keeps running.
wait_up() {
  local name="$1" port="$2" i
  for i in $(seq 1 120); do
    [ "$(http GET "http://127.0.0.1:$port/health" /dev/null)" = 200 ] && return 0
    if [ "$(podman inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ]; then
      echo "container $name exited; its log:"
      podman logs --tail 40 "$name" 2>&1
      return 1
    fi
    sleep 0.5
  done
  echo "no 200 from /health after 60 s; log:"
  podman logs --tail 40 "$name" 2>&1
  return 1
}

# run_app NAME PORT [extra podman args...]
run_app() {
  local name="$1" port="$2"
  shift 2
  podman run -d --name "$name" --network host "${SECURITY[@]}" "${ULIMITS[@]}" \
    -e PORT="$port" -e SKILLGATE_ADMIN_KEY="$KEY" -e SKILLGATE_SANDBOX=bwrap "$@" "$IMAGE" >/dev/null
}

# ---------------------------------------------------------------------------------------------------
phase "base image $BASE"
t=$SECONDS
if [ "$BASE" = localhost/skillgate-node-base:20 ]; then
  bash "$HERE/build-base.sh" "$BASE" || { fail "base image built"; exit 1; }
fi
podman image exists "$BASE" || { fail "base image $BASE present"; exit 1; }
T_BASE=$((SECONDS - t))

phase "podman build -t $IMAGE (log: $WORK/build.log)"
t=$SECONDS
[ -f .dockerignore ] || { fail ".dockerignore present (node_modules, dist, .git stay out of the context)"; exit 1; }
old_id="$(podman image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)"
if podman build --pull=never "${ULIMITS[@]}" --build-arg NODE_IMAGE="$BASE" -t "$IMAGE" . >"$WORK/build.log" 2>&1; then
  pass "image builds (multi-stage, NODE_IMAGE=$BASE)"
else
  tail -n 40 "$WORK/build.log"
  fail "image builds"
  exit 1
fi
T_BUILD=$((SECONDS - t))
# The image this build replaced, if nothing else uses it (build-stage layers stay as the cache).
new_id="$(podman image inspect -f '{{.Id}}' "$IMAGE")"
if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then podman rmi "$old_id" >/dev/null 2>&1 || true; fi
echo "image size: $(podman image inspect -f '{{.Size}}' "$IMAGE" | awk '{ printf "%.0f MB", $1 / 1e6 }')"

user="$(podman image inspect -f '{{.Config.User}}' "$IMAGE")"
entry="$(podman image inspect -f '{{join .Config.Entrypoint " "}}' "$IMAGE")"
[ -n "$user" ] && [ "$user" != root ] && [ "$user" != 0 ]
check $? "image runs as a non-root user (USER $user)"
[ "$entry" = "/usr/bin/tini --" ]
check $? "tini is the entrypoint ($entry)"
podman run --rm "${ULIMITS[@]}" --entrypoint sh "$IMAGE" -c 'command -v bwrap && command -v prlimit && command -v python3' >/dev/null
check $? "bubblewrap, prlimit and python3 are in the image"

# ---------------------------------------------------------------------------------------------------
phase "against PostgreSQL: $PG/$DB"
T_PG_START=$SECONDS
t=$SECONDS
psql "$PG/postgres" -qAtc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null &&
  psql "$PG/postgres" -qAtc "CREATE DATABASE $DB" >/dev/null
check $? "fresh database $DB created"
PORT="$(free_port)"
BASE_URL="http://127.0.0.1:$PORT"
run_app "$CTR-pg" "$PORT" -e DATABASE_URL="$PG/$DB"
if wait_up "$CTR-pg" "$PORT"; then
  pass "container starts and migrates $DB (port $PORT, $((SECONDS - t)) s)"
else
  fail "container starts against PostgreSQL"
  exit 1
fi

# Every process of the container (tini, node) runs as the image user, none as root.
podman top "$CTR-pg" user args >"$WORK/top.txt" 2>&1
cat "$WORK/top.txt"
awk 'NR > 1 && $1 == "root" { bad = 1 } NR > 1 { n++ } END { exit (bad || n < 2) }' "$WORK/top.txt"
check $? "no process in the container runs as root"
uid="$(podman exec "$CTR-pg" id -u)"
[ "$uid" != 0 ]
check $? "exec user is uid $uid"

code="$(http GET "$BASE_URL/health" "$WORK/health.json")"
[ "$code" = 200 ]
check $? "GET /health -> $code $(cat "$WORK/health.json")"
code="$(http GET "$BASE_URL/health/ready" "$WORK/ready.json")"
[ "$code" = 200 ] && [ "$(json "$WORK/ready.json" b.details.sandbox.driver)" = bwrap ]
check $? "GET /health/ready -> $code, sandbox driver $(json "$WORK/ready.json" b.details.sandbox.driver): $(cat "$WORK/ready.json")"

ver="$(podman exec "$CTR-pg" node dist/cli/skillgate.js --version 2>&1)"
[[ "$ver" == "skillgate $(node -p 'require("./package.json").version')"* ]]
check $? "the CLI runs in the image (skillgate --version: $ver)"

# A prompt skill through the README's raw_content example.
code="$(http POST "$BASE_URL/api/skills/import" "$WORK/import.json" -H "X-API-Key: $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"source":"raw_content","content":"---\nname: container-hello\ndescription: Says hello.\n---\nSay hello."}')"
[ "$code" = 201 ] && [ "$(json "$WORK/import.json" b.status)" = Active ]
check $? "POST /api/skills/import (raw_content, operator key) -> $code, status $(json "$WORK/import.json" b.status), risk $(json "$WORK/import.json" b.scan_result.risk_level)"

# A code skill (SKILL.md + scripts/hello.py) through the upload route, run by an INTERN agent.
write_code_skill "$WORK"
code="$(http POST "$BASE_URL/api/skills/import/upload" "$WORK/upload.json" -H "X-API-Key: $KEY" \
  -F "file=@$WORK/skill.tar.gz")"
SKILL_ID="$(json "$WORK/upload.json" b.skill_id)"
status="$(json "$WORK/upload.json" b.status)"
# Tolerate a scan that finishes after the answer: wait up to 20 s for Active.
for _ in $(seq 1 40); do
  [ "$status" = Active ] || [ -z "$SKILL_ID" ] && break
  sleep 0.5
  http GET "$BASE_URL/api/skills/$SKILL_ID" "$WORK/skill.json" -H "X-API-Key: $KEY" >/dev/null
  status="$(json "$WORK/skill.json" b.status)"
done
[ "$code" = 201 ] && [ "$status" = Active ] && [ "$(json "$WORK/upload.json" b.skill_type)" = code ]
check $? "POST /api/skills/import/upload (code skill) -> $code, type $(json "$WORK/upload.json" b.skill_type), status $status"

code="$(http POST "$BASE_URL/api/agents" "$WORK/agent.json" -H "X-API-Key: $KEY" \
  -H 'Content-Type: application/json' -d '{"name":"container-smoke","maturity":"INTERN"}')"
AGENT_KEY="$(json "$WORK/agent.json" b.api_key)"
[ "$code" = 201 ] && [ -n "$AGENT_KEY" ]
check $? "POST /api/agents (INTERN) -> $code"

code="$(http POST "$BASE_URL/api/skills/execute" "$WORK/exec.json" -H "X-API-Key: $AGENT_KEY" \
  -H 'Content-Type: application/json' -d "{\"skill_id\":\"$SKILL_ID\",\"inputs\":{\"args\":[\"container\"]}}")"
out="$(json "$WORK/exec.json" 'b.output.trim()')"
echo "execute: $(cat "$WORK/exec.json")"
# uid 65534 can only come from bwrap's user namespace: the app itself runs as uid $uid.
[ "$code" = 200 ] && [ "$(json "$WORK/exec.json" b.status)" = succeeded ] &&
  [ "$(json "$WORK/exec.json" b.driver)" = bwrap ] && [[ "$out" == "hello container uid=65534 "* ]]
check $? "POST /api/skills/execute (agent key) runs the code skill through bwrap in the container -> $code, $(json "$WORK/exec.json" b.status), driver $(json "$WORK/exec.json" b.driver), \"$out\""

# SIGTERM: podman stop sends it (via tini) and waits up to the compose grace period.
# Exit 0: node's shutdown hook ran and tini passed its code on; 143 would mean killed by the signal.
ms0=$(date +%s%3N)
podman stop -t "$GRACE" "$CTR-pg" >/dev/null
took_ms=$(($(date +%s%3N) - ms0))
exit_code="$(podman inspect -f '{{.State.ExitCode}}' "$CTR-pg")"
{ [ "$exit_code" = 0 ] || [ "$exit_code" = 143 ]; } && [ "$took_ms" -lt $((GRACE * 1000)) ]
check $? "podman stop (SIGTERM) -> exit code $exit_code after ${took_ms} ms (grace ${GRACE} s)"
T_PG=$((SECONDS - T_PG_START))

# ---------------------------------------------------------------------------------------------------
phase "embedded database (PGlite) on volume $VOL at /data"
t=$SECONDS
podman volume create "$VOL" >/dev/null
PORT2="$(free_port)"
run_app "$CTR-embedded-1" "$PORT2" -v "$VOL:/data"
if wait_up "$CTR-embedded-1" "$PORT2"; then
  pass "container starts on the embedded database (port $PORT2, $((SECONDS - t)) s)"
  code="$(http POST "http://127.0.0.1:$PORT2/api/skills/import" "$WORK/import2.json" -H "X-API-Key: $KEY" \
    -H 'Content-Type: application/json' \
    -d '{"source":"raw_content","content":"---\nname: volume-hello\ndescription: Survives a new container.\n---\nSay hello."}')"
  [ "$code" = 201 ]
  check $? "import into the embedded database -> $code"
  podman stop -t "$GRACE" "$CTR-embedded-1" >/dev/null
  mnt="$(podman volume inspect -f '{{.Mountpoint}}' "$VOL")"
  files="$(find "$mnt" -type f | wc -l)"
  owner="$(stat -c %u "$mnt")"
  [ "$files" -gt 0 ]
  check $? "the database files are on the volume ($files files, volume owned by uid $owner)"
  run_app "$CTR-embedded-2" "$PORT2" -v "$VOL:/data"
  if wait_up "$CTR-embedded-2" "$PORT2"; then
    http GET "http://127.0.0.1:$PORT2/api/skills/list?q=volume-hello" "$WORK/list2.json" -H "X-API-Key: $KEY" >/dev/null
    [ "$(json "$WORK/list2.json" 'b.skills.some((s) => s.name === "volume-hello")')" = true ]
    check $? "a new container on the same volume sees the skill (total $(json "$WORK/list2.json" b.total))"
    podman stop -t "$GRACE" "$CTR-embedded-2" >/dev/null
  else
    fail "a new container starts on the same volume"
  fi
else
  fail "container starts on the embedded database"
fi
T_EMB=$((SECONDS - t))

# ---------------------------------------------------------------------------------------------------
summary "timings: base ${T_BASE}s, build ${T_BUILD}s, PostgreSQL checks ${T_PG}s, volume checks ${T_EMB}s, total $((SECONDS - T0))s" smoke
