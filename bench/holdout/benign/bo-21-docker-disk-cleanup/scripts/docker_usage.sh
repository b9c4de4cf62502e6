#!/usr/bin/env bash
# Read-only report of Docker disk usage. Removes nothing.
set -euo pipefail

echo "== Summary"
docker system df

echo
echo "== 15 largest images"
docker image ls --format '{{.Size}}\t{{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}' \
  | sort -h -r | head -15

echo
echo "== Dangling images: $(docker image ls -f dangling=true -q | wc -l)"

echo
echo "== Volumes not used by any container"
used=$(docker ps -aq | xargs -r docker inspect --format '{{range .Mounts}}{{.Name}} {{end}}' | tr ' ' '\n' | sort -u)
for v in $(docker volume ls -q); do
  if ! grep -qx "$v" <<<"$used"; then
    echo "  $v"
  fi
done

echo
echo "== Largest container logs"
for c in $(docker ps -aq); do
  p=$(docker inspect --format '{{.LogPath}}' "$c")
  [[ -n $p ]] && sudo -n du -h "$p" 2>/dev/null | sed "s|\$| $(docker inspect --format '{{.Name}}' "$c")|"
done | sort -h -r | head -10 || echo "  (needs passwordless sudo to read log sizes; skipped)"
