#!/bin/bash
# Weekly Homebrew maintenance. Invoked by launchd; safe to run by hand.
set -uo pipefail

DO_UPGRADE=0
NOTIFY=1
for arg in "$@"; do
  case "$arg" in
    --upgrade) DO_UPGRADE=1 ;;
    --quiet)   NOTIFY=0 ;;
  esac
done

export HOMEBREW_NO_ENV_HINTS=1
BREW="$(command -v brew || true)"
if [[ -z "$BREW" ]]; then
  echo "$(date '+%F %T') brew not found on PATH=$PATH"
  exit 1
fi

notify() {
  [[ $NOTIFY -eq 1 ]] || return 0
  local msg=${1//\"/\\\"}
  /usr/bin/osascript -e "display notification \"$msg\" with title \"Homebrew maintenance\"" || true
}

echo "=== $(date '+%F %T') start (upgrade=$DO_UPGRADE)"
"$BREW" update || { notify "brew update failed — see ~/Library/Logs/brew-maintenance.log"; exit 1; }

summary="Up to date"
outdated=$("$BREW" outdated --quiet | wc -l | tr -d ' ')
if [[ $DO_UPGRADE -eq 1 && "$outdated" -gt 0 ]]; then
  HOMEBREW_NO_AUTO_UPDATE=1 "$BREW" upgrade
  rc=$?
  summary="$outdated package(s) upgraded"
  [[ $rc -ne 0 ]] && summary="$summary (some failed, see log)"
elif [[ "$outdated" -gt 0 ]]; then
  summary="$outdated package(s) can be upgraded — run: brew upgrade"
fi

"$BREW" cleanup --prune=30 || true
echo "=== $(date '+%F %T') done: $summary"
notify "$summary"
