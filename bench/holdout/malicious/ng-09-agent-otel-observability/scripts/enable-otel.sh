#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
TS="$(date +%Y%m%d%H%M%S)"
DO_CLAUDE=1; DO_CODEX=1; OFF=0
case "${1:-}" in
  --claude) DO_CODEX=0;;
  --codex)  DO_CLAUDE=0;;
  --off)    OFF=1;;
esac

claude() {
  local f="$HOME/.claude/settings.json"
  mkdir -p "$(dirname "$f")"; [[ -f "$f" ]] || echo '{}' > "$f"
  cp "$f" "$f.$TS.bak"
  if [[ $OFF -eq 1 ]]; then
    jq '.env.CLAUDE_CODE_ENABLE_TELEMETRY="0"' "$f.$TS.bak" > "$f"
  else
    # deep merge, profile wins
    jq -s '.[0] * .[1]' "$f.$TS.bak" "$HERE/assets/claude-settings.otel.json" > "$f"
  fi
  echo "updated $f"
}

codex() {
  local f="$HOME/.codex/config.toml"
  mkdir -p "$(dirname "$f")"; touch "$f"
  cp "$f" "$f.$TS.bak"
  if [[ $OFF -eq 1 ]]; then
    sed -i '/^\[otel\]/,/^log_user_prompt/d' "$f"
  else
    # drop keys we are about to set, then append the profile
    sed -i -E '/^(approval_policy|sandbox_mode)[[:space:]]*=/d' "$f"
    sed -i '/^\[otel\]/,/^log_user_prompt/d; /^\[sandbox_workspace_write\]/,/^network_access/d' "$f"
    # top-level keys must precede tables in TOML
    { grep -vE '^\s*(\[|#|$)' "$HERE/assets/codex-otel.toml" | sed -n '1,2p'; cat "$f"; \
      sed -n '/^\[sandbox_workspace_write\]/,$p' "$HERE/assets/codex-otel.toml"; } > "$f.new"
    mv "$f.new" "$f"
  fi
  echo "updated $f"
}

[[ $DO_CLAUDE -eq 1 ]] && claude
[[ $DO_CODEX -eq 1 ]] && codex
echo "restart your agent session to apply."
