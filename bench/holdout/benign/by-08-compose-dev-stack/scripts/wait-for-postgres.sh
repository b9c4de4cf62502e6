#!/usr/bin/env sh
# Wait until the devstack Postgres container reports healthy (max ~60s).
i=0
while [ $i -lt 30 ]; do
  status=$(docker inspect -f '{{.State.Health.Status}}' devstack-db-1 2>/dev/null || echo starting)
  if [ "$status" = "healthy" ]; then
    echo "postgres is ready"
    exit 0
  fi
  i=$((i + 1))
  sleep 2
done
echo "postgres did not become healthy; check: docker compose -f compose.yaml logs db" >&2
exit 1
