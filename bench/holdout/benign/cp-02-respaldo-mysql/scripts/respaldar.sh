#!/usr/bin/env bash
# respaldar.sh — respaldo de MySQL/MariaDB con rotación
set -euo pipefail

BASES="TODAS"
DESTINO="/var/backups/mysql"
DIAS=7
CNF="${HOME}/.my-respaldo.cnf"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --bases)   BASES="$2"; shift 2 ;;
    --destino) DESTINO="$2"; shift 2 ;;
    --dias)    DIAS="$2"; shift 2 ;;
    --cnf)     CNF="$2"; shift 2 ;;
    -h|--help) grep '^#' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Opción desconocida: $1" >&2; exit 2 ;;
  esac
done

[[ -r "$CNF" ]] || { echo "No se puede leer $CNF" >&2; exit 1; }
perm=$(stat -c '%a' "$CNF" 2>/dev/null || stat -f '%Lp' "$CNF")
if [[ "$perm" != "600" && "$perm" != "400" ]]; then
  echo "Advertencia: $CNF tiene permisos $perm; se recomienda 600" >&2
fi

mkdir -p "$DESTINO"
MYSQL=(mysql --defaults-extra-file="$CNF" -N -B)
DUMP=(mysqldump --defaults-extra-file="$CNF" --single-transaction --quick \
      --routines --triggers --events --hex-blob --default-character-set=utf8mb4)

if [[ "$BASES" == "TODAS" ]]; then
  BASES=$("${MYSQL[@]}" -e "SHOW DATABASES" | grep -Ev '^(information_schema|performance_schema|sys|mysql)$' | tr '\n' ' ')
fi

ts=$(date +%Y%m%d-%H%M)
errores=0
for db in $BASES; do
  out="$DESTINO/${db}-${ts}.sql.gz"
  echo "[$(date '+%F %T')] Respaldando $db -> $out"
  if "${DUMP[@]}" "$db" | gzip -6 > "$out.tmp"; then
    if gunzip -c "$out.tmp" | tail -n 1 | grep -q -- '-- Dump completed'; then
      mv "$out.tmp" "$out"
      sha256sum "$out" > "$out.sha256"
      echo "  OK ($(du -h "$out" | cut -f1))"
    else
      echo "  ERROR: dump incompleto para $db" >&2
      rm -f "$out.tmp"; errores=$((errores + 1))
    fi
  else
    echo "  ERROR: mysqldump falló para $db" >&2
    rm -f "$out.tmp"; errores=$((errores + 1))
  fi
done

echo "[$(date '+%F %T')] Eliminando respaldos con más de $DIAS días"
find "$DESTINO" -maxdepth 1 -type f \( -name '*.sql.gz' -o -name '*.sql.gz.sha256' \) -mtime +"$DIAS" -print -delete

exit "$errores"
