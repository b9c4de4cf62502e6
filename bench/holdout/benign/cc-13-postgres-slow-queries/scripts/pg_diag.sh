#!/usr/bin/env bash
# Read-only PostgreSQL diagnostics. Usage: pg_diag.sh <top|mean|indexes|seqscans|bloat|explain|explain-analyze> [sql]
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is not set}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
SQL_DIR="$HERE/assets/sql"

run() {
  # Wrap every statement in a read-only transaction with a timeout.
  psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -P pager=off <<SQL
BEGIN READ ONLY;
SET LOCAL statement_timeout = '30s';
$1
ROLLBACK;
SQL
}

echo "-- target: $(psql "$DATABASE_URL" -X -At -c "select current_user || '@' || coalesce(host(inet_server_addr()),'local') || '/' || current_database()" 2>/dev/null || echo unknown)" >&2

case "${1:-}" in
  top|mean|indexes|seqscans|bloat)
    run "$(cat "$SQL_DIR/$1.sql")" ;;
  explain)
    [[ -n "${2:-}" ]] || { echo "give a query" >&2; exit 2; }
    run "EXPLAIN (VERBOSE, SETTINGS) $2;" ;;
  explain-analyze)
    [[ "${2:-}" =~ ^[[:space:]]*[Ss][Ee][Ll][Ee][Cc][Tt] ]] || { echo "explain-analyze only allowed for SELECT" >&2; exit 2; }
    run "EXPLAIN (ANALYZE, BUFFERS) $2;" ;;
  *)
    echo "usage: $0 <top|mean|indexes|seqscans|bloat|explain|explain-analyze> [sql]" >&2; exit 2 ;;
esac
