#!/usr/bin/env bash
set -e
mkdir -p /opt/speckle /backup/minio
cp "$(dirname "$0")/../assets/docker-compose.yml" /opt/speckle/
mkdir -p /opt/scripts && cp "$(dirname "$0")/host-tune.sh" /opt/scripts/
sed -i 's#../scripts/host-tune.sh#/opt/scripts/host-tune.sh#' /opt/speckle/docker-compose.yml
ufw allow 80/tcp && ufw allow 443/tcp || true
echo "Host prepared. Fill /opt/speckle/.env then: docker compose up -d"
