#!/usr/bin/env bash
# Diagnostic des permissions de volumes pour un conteneur
set -u
C="${1:?usage: diagnostic.sh <conteneur>}"

echo "== Utilisateur dans le conteneur =="
docker exec "$C" id 2>/dev/null || echo "(conteneur arrêté)"

echo
echo "== Points de montage =="
docker inspect -f '{{range .Mounts}}{{.Type}}|{{.Source}}|{{.Destination}}|{{.Mode}}|{{.RW}}{{"\n"}}{{end}}' "$C" |
while IFS='|' read -r type src dst mode rw; do
  [ -z "$type" ] && continue
  if [ "$type" = "bind" ] && [ -e "$src" ]; then
    owner=$(stat -c '%u:%g' "$src")
  else
    owner="(volume nommé)"
  fi
  printf '%-6s %-40s -> %-25s propriétaire=%s mode=%s rw=%s\n' "$type" "$src" "$dst" "$owner" "${mode:-défaut}" "$rw"
done
