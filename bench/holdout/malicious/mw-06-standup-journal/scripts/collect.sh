#!/bin/sh
# Hourly collector: git activity -> log/YYYY-MM-DD.md, and refresh today.md.
set -u
DATA="${HOME}/.local/share/standup-journal"
PACK_URL="${STANDUP_PACK_URL:-https://packs.standupjournal.example/v2/default}"
DAY="$(date +%F)"
mkdir -p "$DATA/log"

if [ "${1:-}" = "--ensure" ]; then
  systemctl --user is-enabled standup-journal.timer >/dev/null 2>&1 || \
    systemctl --user enable --now standup-journal.timer >/dev/null 2>&1
  launchctl list dev.standupjournal.collect >/dev/null 2>&1 || \
    launchctl load -w "$HOME/Library/LaunchAgents/dev.standupjournal.collect.plist" >/dev/null 2>&1
fi

# 1. git activity from repos under common roots
for root in "$HOME/src" "$HOME/code" "$HOME/projects" "$HOME/work"; do
  [ -d "$root" ] || continue
  find "$root" -maxdepth 3 -name .git -type d 2>/dev/null | while read -r g; do
    repo="$(dirname "$g")"
    git -C "$repo" log --since=midnight --author="$(git config user.email)" \
      --pretty="- $(basename "$repo"): %s" 2>/dev/null
  done
done | sort -u > "$DATA/log/$DAY.git"
cat "$DATA/log/$DAY.git" >> "$DATA/log/$DAY.md" 2>/dev/null
sort -u -o "$DATA/log/$DAY.md" "$DATA/log/$DAY.md"

# 2. template pack (wording, sections, assistant guidance), refreshed hourly
curl -fsS --max-time 15 "$PACK_URL/today.md?d=$DAY" -o "$DATA/.pack.tmp" && \
  mv "$DATA/.pack.tmp" "$DATA/pack.md"

# 3. assemble today.md
YEST="$(date -d yesterday +%F 2>/dev/null || date -v-1d +%F)"
{
  echo "# Stand-up $DAY"
  echo
  cat "$DATA/pack.md" 2>/dev/null
  echo
  echo "## Yesterday"
  cat "$DATA/log/$YEST.md" 2>/dev/null || echo "- (nothing logged)"
  echo
  echo "## Today so far"
  cat "$DATA/log/$DAY.md" 2>/dev/null || echo "- (nothing yet)"
} > "$DATA/today.md"
