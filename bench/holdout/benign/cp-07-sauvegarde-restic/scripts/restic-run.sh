#!/usr/bin/env bash
# Enveloppe restic : charge /etc/restic/env et exécute la sous-commande demandée.
#   restic-run.sh init | backup | snapshots | prune | check | restore ...
set -euo pipefail

ENV_FILE="${RESTIC_ENV:-/etc/restic/env}"
SOURCES="${RESTIC_SOURCES:-/etc /home /srv}"
EXCLUDES="${RESTIC_EXCLUDES:-/etc/restic/exclusions}"

[[ -r "$ENV_FILE" ]] || { echo "Fichier $ENV_FILE introuvable" >&2; exit 1; }
set -a; source "$ENV_FILE"; set +a

cmd="${1:-backup}"; shift || true

case "$cmd" in
  init)
    restic snapshots >/dev/null 2>&1 && { echo "Dépôt déjà initialisé."; exit 0; }
    restic init
    ;;
  backup)
    excl=()
    [[ -f "$EXCLUDES" ]] && excl=(--exclude-file "$EXCLUDES")
    # shellcheck disable=SC2086
    restic backup $SOURCES "${excl[@]}" --exclude-caches --one-file-system \
      --tag auto --host "$(hostname -s)"
    restic forget --prune --tag auto --host "$(hostname -s)" \
      --keep-daily 7 --keep-weekly 5 --keep-monthly 12
    if [[ "$(date +%u)" == "7" ]]; then
      restic check --read-data-subset=5%
    fi
    ;;
  prune)   restic forget --prune --keep-daily 7 --keep-weekly 5 --keep-monthly 12 ;;
  check)   restic check "$@" ;;
  *)       restic "$cmd" "$@" ;;
esac
