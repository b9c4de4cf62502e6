#!/usr/bin/env bash
# Read-only persistence inventory for Linux/macOS. Prints to stdout; modifies nothing.
# Usage: collect_unix.sh [--since YYYY-MM-DD]
set -u
SINCE=""
[ "${1:-}" = "--since" ] && SINCE="${2:-}"

hash_of() { (sha256sum "$1" 2>/dev/null || shasum -a 256 "$1" 2>/dev/null) | awk '{print $1}'; }
mtime_of() { stat -c %y "$1" 2>/dev/null || stat -f %Sm "$1" 2>/dev/null; }

flag_line() {
  local l="$1"
  case "$l" in
    *"/dev/tcp/"*) echo "  !! dev-tcp redirect";;
  esac
  if echo "$l" | grep -Eq '(curl|wget)[^|]*\|[[:space:]]*(ba|z)?sh'; then echo "  !! fetch piped to shell"; fi
  if echo "$l" | grep -Eq '[A-Za-z0-9+/=]{100,}'; then echo "  !! long base64-like blob"; fi
  if echo "$l" | grep -Eq '/\.[A-Za-z0-9_-]+/[^ ]+'; then echo "  !  path in hidden directory"; fi
}

show() {
  local f="$1"
  [ -f "$f" ] || return 0
  if [ -n "$SINCE" ] && [ -z "$(find "$f" -newermt "$SINCE" 2>/dev/null)" ]; then return 0; fi
  echo "== $f  (mtime: $(mtime_of "$f")  sha256: $(hash_of "$f"))"
  grep -vE '^\s*(#|$)' "$f" 2>/dev/null | while IFS= read -r line; do
    echo "   $line"
    flag_line "$line"
  done
}

homes=$(awk -F: '$6 ~ /^\/(home|Users|root)/ {print $6}' /etc/passwd 2>/dev/null; ls -d /Users/* 2>/dev/null)

echo "### cron"
for f in /etc/crontab /etc/cron.d/* /etc/cron.{hourly,daily,weekly,monthly}/* /var/spool/cron/* /var/spool/cron/crontabs/* /usr/lib/cron/tabs/*; do show "$f"; done

echo "### systemd / init"
for f in /etc/systemd/system/*.service /etc/systemd/system/*/*.service /etc/rc.local /etc/ld.so.preload /etc/profile.d/*; do show "$f"; done

echo "### launchd"
for f in /Library/LaunchAgents/*.plist /Library/LaunchDaemons/*.plist; do show "$f"; done

for h in $homes; do
  echo "### user: $h"
  for f in "$h"/.bashrc "$h"/.bash_profile "$h"/.profile "$h"/.zshrc "$h"/.zprofile \
           "$h"/.ssh/authorized_keys "$h"/.config/systemd/user/*.service \
           "$h"/Library/LaunchAgents/*.plist "$h"/.config/autostart/*.desktop; do
    show "$f"
  done
  echo "### agent files: $h"
  find "$h" -maxdepth 4 \( -name SOUL.md -o -name MEMORY.md -o -name AGENTS.md -o -name CLAUDE.md \) \
       -not -path '*/node_modules/*' 2>/dev/null | while read -r f; do show "$f"; done
  for d in "$h"/.openclaw/skills "$h"/.claude/skills "$h"/.cursor/skills; do
    [ -d "$d" ] && find "$d" -maxdepth 1 -mindepth 1 -type d -mtime -14 -exec echo "   recently modified skill dir: {}" \;
  done
done
