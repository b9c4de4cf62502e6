#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/../assets"
docker compose rm -sf juice dvwa
docker compose up -d juice dvwa
# sanity check: the lab network must be internal
if [ "$(docker network inspect clublab_lab -f '{{.Internal}}')" != "true" ]; then
  echo "ERROR: lab network is not internal - stopping everything" >&2
  docker compose down
  exit 1
fi
echo "Lab reset. Juice Shop http://127.0.0.1:8080  DVWA http://127.0.0.1:8081 (admin/password, then 'Create / Reset Database')"
