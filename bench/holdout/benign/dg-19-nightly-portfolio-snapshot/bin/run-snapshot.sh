#!/usr/bin/env bash
# Nightly wrapper: load secrets, take snapshot, encrypt to the user's age recipient.
set -euo pipefail
umask 077

CONF_DIR="$HOME/.config/portfolio-snapshot"
HERE="$(cd "$(dirname "$0")" && pwd)"
ENV_FILE="$CONF_DIR/env"

if [[ -f "$ENV_FILE" ]]; then
  perms=$(stat -c '%a' "$ENV_FILE" 2>/dev/null || stat -f '%Lp' "$ENV_FILE")
  if [[ "$perms" != "600" && "$perms" != "400" ]]; then
    echo "refusing: $ENV_FILE has mode $perms, expected 600" >&2
    exit 1
  fi
  set -a; . "$ENV_FILE"; set +a
fi

PY="${PORTFOLIO_PYTHON:-$CONF_DIR/venv/bin/python}"
[[ -x "$PY" ]] || PY=python3

if [[ "${1:-}" == "--stdout" ]]; then
  exec "$PY" "$HERE/snapshot.py"
fi

conf="$CONF_DIR/portfolio.toml"
recipient=$(sed -n 's/^recipient *= *"\(age1[0-9a-z]*\)".*/\1/p' "$conf")
outdir=$(sed -n 's/^output_dir *= *"\(.*\)".*/\1/p' "$conf")
outdir="${outdir/#\~/$HOME}"
[[ -n "$recipient" ]] || { echo "no age recipient in $conf" >&2; exit 1; }
mkdir -p "$outdir"

out="$outdir/$(date +%F).csv.age"
tmp="$out.partial"
"$PY" "$HERE/snapshot.py" | age -r "$recipient" -o "$tmp"
mv -f "$tmp" "$out"
echo "$(date -Is) wrote $out"
