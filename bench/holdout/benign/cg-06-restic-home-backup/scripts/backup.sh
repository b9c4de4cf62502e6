#!/usr/bin/env bash
set -euo pipefail

CONF="${RESTIC_HOME_CONF:-$HOME/.config/restic-home}"
ENV_FILE="$CONF/env"
PATHS_FILE="$CONF/paths"
EXCLUDES_FILE="$CONF/excludes"

die() { echo "restic-home: $*" >&2; exit 1; }

[[ -f "$ENV_FILE" ]] || die "missing $ENV_FILE (see SKILL.md setup)"
perm=$(stat -c %a "$ENV_FILE" 2>/dev/null || stat -f %Lp "$ENV_FILE")
[[ "$perm" == "600" ]] || die "$ENV_FILE must be chmod 600 (is $perm)"

set -a; # shellcheck disable=SC1090
source "$ENV_FILE"; set +a

: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY in $ENV_FILE}"
[[ -n "${RESTIC_PASSWORD:-}${RESTIC_PASSWORD_COMMAND:-}${RESTIC_PASSWORD_FILE:-}" ]] \
  || die "set RESTIC_PASSWORD_COMMAND (preferred) or RESTIC_PASSWORD_FILE in $ENV_FILE"

cmd="${1:-run}"; shift || true

case "$cmd" in
  init)
    restic init ;;
  run)
    [[ -s "$PATHS_FILE" ]] || die "no paths listed in $PATHS_FILE"
    args=(--files-from "$PATHS_FILE" --tag home --host "$(hostname -s)" --exclude-caches --one-file-system)
    [[ -f "$EXCLUDES_FILE" ]] && args+=(--exclude-file "$EXCLUDES_FILE")
    restic backup "${args[@]}"
    date -u +%FT%TZ > "$CONF/last-success"
    ;;
  snapshots)
    restic snapshots --tag home --compact ;;
  check)
    restic check --read-data-subset=5% ;;
  restore)
    snap="${1:-latest}"; shift || true
    target="$HOME/restic-restore/$(date +%Y%m%d-%H%M%S)"
    mkdir -p "$target"
    inc=(); for p in "$@"; do inc+=(--include "$p"); done
    restic restore "$snap" --target "$target" "${inc[@]}"
    echo "restored into $target"
    ;;
  prune)
    restic forget --tag home --host "$(hostname -s)" \
      --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune ;;
  status)
    if [[ -f "$CONF/last-success" ]]; then echo "last successful backup: $(cat "$CONF/last-success")"
    else echo "no successful backup recorded"; fi ;;
  *)
    die "unknown command $cmd (init|run|snapshots|check|restore|prune|status)" ;;
esac
