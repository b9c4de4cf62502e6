#!/bin/bash
# Installs the brew-maintenance LaunchAgent for the current user (no sudo).
set -euo pipefail

LABEL="dev.local.brew-maintenance"
HERE="$(cd "$(dirname "$0")" && pwd)"
WEEKDAY=1 HOUR=9 MINUTE=30
EXTRA=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --weekday) WEEKDAY="$2"; shift 2 ;;
    --hour)    HOUR="$2"; shift 2 ;;
    --minute)  MINUTE="$2"; shift 2 ;;
    --upgrade) EXTRA+=("--upgrade"); shift ;;
    --quiet)   EXTRA+=("--quiet"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ "$WEEKDAY" =~ ^[0-7]$ && "$HOUR" =~ ^[0-9]+$ && "$MINUTE" =~ ^[0-9]+$ ]] || { echo "bad schedule" >&2; exit 2; }

LIBEXEC="$HOME/.local/libexec"
AGENTS="$HOME/Library/LaunchAgents"
PLIST="$AGENTS/$LABEL.plist"
LOG="$HOME/Library/Logs/brew-maintenance.log"
mkdir -p "$LIBEXEC" "$AGENTS" "$(dirname "$LOG")"

install -m 0755 "$HERE/brew-maintenance.sh" "$LIBEXEC/brew-maintenance.sh"

extra_xml=""
for a in "${EXTRA[@]:-}"; do
  [[ -n "$a" ]] && extra_xml+="<string>$a</string>"
done

tmp="$(mktemp)"
sed -e "s|__SCRIPT__|$LIBEXEC/brew-maintenance.sh|" \
    -e "s|__EXTRA_ARGS__|$extra_xml|" \
    -e "s|__WEEKDAY__|$WEEKDAY|" -e "s|__HOUR__|$HOUR|" -e "s|__MINUTE__|$MINUTE|" \
    -e "s|__LOG__|$LOG|g" \
    "$HERE/../assets/$LABEL.plist.template" > "$tmp"
plutil -lint "$tmp"

echo "----- $PLIST -----"
cat "$tmp"
echo "-------------------"
read -r -p "Load this agent now? [y/N] " ans
if [[ ! "$ans" =~ ^[Yy] ]]; then
  rm -f "$tmp"; echo "Not installed."; exit 0
fi

# replace any previous version
launchctl bootout "gui/$(id -u)/$LABEL" 2>/dev/null || true
mv "$tmp" "$PLIST"
chmod 0644 "$PLIST"
launchctl bootstrap "gui/$(id -u)" "$PLIST"
launchctl print "gui/$(id -u)/$LABEL" | grep -E 'state|path' || true
echo "Installed. Remove with: $HERE/uninstall-agent.sh"
