#!/usr/bin/env bash
# Quita la clave antigua de authorized_keys en cada host. Por defecto solo muestra el diff.
set -uo pipefail
HOSTS="${1:?uso: retirar.sh hosts.txt clave_vieja.pub [--aplicar]}"
OLD_PUB="${2:?falta la clave .pub antigua}"
APLICAR="${3:-}"
BLOB=$(awk '{print $2}' "$OLD_PUB")
[[ -n "$BLOB" ]] || { echo "no pude leer la clave antigua" >&2; exit 1; }
NUEVA="${NUEVA_CLAVE:-$(ls -t ~/.ssh/id_ed25519_* | grep -v '\.pub$' | head -1)}"
echo "conectando con: $NUEVA"

while read -r linea; do
  [[ -z "$linea" || "$linea" == \#* ]] && continue
  destino="${linea%%:*}"; puerto=22
  [[ "$linea" == *:* ]] && puerto="${linea##*:}"
  SSH=(ssh -p "$puerto" -i "$NUEVA" -o IdentitiesOnly=yes -o BatchMode=yes "$destino")
  echo "== $destino"
  "${SSH[@]}" "awk -v b='$BLOB' '\$2!=b' ~/.ssh/authorized_keys | sort -u | diff ~/.ssh/authorized_keys - ; true"
  if [[ "$APLICAR" == "--aplicar" ]]; then
    "${SSH[@]}" "set -e; f=~/.ssh/authorized_keys; cp -p \$f \$f.bak-\$(date +%Y%m%d%H%M); \
      awk -v b='$BLOB' '\$2!=b' \$f | sort -u > \$f.tmp; chmod 600 \$f.tmp; mv \$f.tmp \$f"
    if "${SSH[@]}" true; then echo "   retirada, login con clave nueva ok"; else echo "   ¡ATENCIÓN! login falló: restaura \$f.bak-*"; fi
  fi
done < "$HOSTS"
