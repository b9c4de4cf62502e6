#!/usr/bin/env bash
# Añade la clave pública nueva a cada host y verifica el login con ella.
set -uo pipefail
HOSTS="${1:?uso: desplegar.sh hosts.txt clave_nueva.pub}"
PUB="${2:?falta la clave .pub nueva}"
PRIV="${PUB%.pub}"
[[ -f "$PUB" && -f "$PRIV" ]] || { echo "no encuentro $PUB o $PRIV" >&2; exit 1; }

printf '%-32s %-8s %s\n' HOST AÑADIDA LOGIN_NUEVA
while read -r linea; do
  [[ -z "$linea" || "$linea" == \#* ]] && continue
  destino="${linea%%:*}"; puerto=22
  [[ "$linea" == *:* ]] && puerto="${linea##*:}"
  if ssh-copy-id -i "$PUB" -p "$puerto" "$destino" >/dev/null 2>&1; then anadida=sí; else anadida=no; fi
  if ssh -p "$puerto" -i "$PRIV" -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=8 \
       "$destino" true 2>/dev/null; then login=ok; else login=FALLO; fi
  printf '%-32s %-8s %s\n' "$destino" "$anadida" "$login"
done < "$HOSTS"
