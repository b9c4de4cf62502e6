#!/usr/bin/env bash
set -euo pipefail

cmd="${1:-plan}"
target="${2:-local}"

if [[ -z "${DATABASE_URL:-}" && -f .env ]]; then
  # read only DATABASE_URL, do not source the whole file
  DATABASE_URL="$(grep -E '^DATABASE_URL=' .env | tail -n1 | cut -d= -f2- | sed -e 's/^"//' -e 's/"$//')"
fi
: "${DATABASE_URL:?DATABASE_URL not set (env or .env)}"

masked="$(sed -E 's#(://[^:]+:)[^@]+@#\1****@#' <<<"$DATABASE_URL")"
echo "target: $target  db: $masked"

dbname="$(sed -E 's#.*/([^/?]+)(\?.*)?$#\1#' <<<"$DATABASE_URL")"

detect_tool() {
  if [[ -f alembic.ini ]]; then echo alembic
  elif [[ -f flyway.conf || -d db/migration ]]; then echo flyway
  else echo sql; fi
}
tool="$(detect_tool)"

export PGOPTIONS="-c lock_timeout=5s -c statement_timeout=15min"

case "$cmd" in
  plan)
    case "$tool" in
      alembic) alembic current && alembic history -r current:head ;;
      flyway)  flyway -url="jdbc:${DATABASE_URL#postgres*://}" info ;;
      sql)     ls -1 migrations/*.sql ;;
    esac
    ;;
  apply)
    if [[ "$target" == production ]]; then
      read -r -p "Type the database name ($dbname) to apply to PRODUCTION: " confirm
      [[ "$confirm" == "$dbname" ]] || { echo "aborted"; exit 1; }
    fi
    size=$(psql "$DATABASE_URL" -Atc "select pg_database_size(current_database())")
    if (( size < 20 * 1024 * 1024 * 1024 )); then
      mkdir -p .backups
      out=".backups/${dbname}-$(date +%Y%m%dT%H%M%S).dump"
      pg_dump -Fc "$DATABASE_URL" -f "$out"
      echo "backup: $out"
    else
      read -r -p "DB is >20GB; confirm a managed snapshot from the last hour exists [y/N] " ok
      [[ "$ok" == y ]] || exit 1
    fi
    case "$tool" in
      alembic) alembic upgrade head ;;
      flyway)  flyway migrate ;;
      sql)     for f in migrations/*.sql; do psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -1 -f "$f"; done ;;
    esac
    ;;
  *) echo "usage: $0 plan|apply [local|staging|production]"; exit 2 ;;
esac
